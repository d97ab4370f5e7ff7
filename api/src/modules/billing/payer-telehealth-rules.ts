import { ArrayMaxSize, IsBoolean, IsOptional, Matches } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';

const PLACE_OF_SERVICE = /^\d{2}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;

/**
 * How one payer wants telehealth coded (domain.md §3.2: plans differ on POS 02/10 vs 11 and on 95,
 * GT, 93 or FQ). Each field left empty follows the practice default (POS 10 at home, 02 elsewhere;
 * 95 for video; 93 for audio only; audio only allowed), which the coding rules apply.
 */
@DataClassOf(DataClass.DIRECTORY, { embedded: true })
@ObjectType()
@InputType('PayerTelehealthRulesInput')
export class PayerTelehealthRules {
  @Field(() => String, { nullable: true, description: 'Place of service for telehealth with the patient at home.' })
  @IsOptional()
  @Matches(PLACE_OF_SERVICE, { message: 'A place of service is two digits, e.g. 10.' })
  videoPlaceOfServiceHome?: string | null;

  @Field(() => String, { nullable: true, description: 'Place of service for telehealth anywhere else.' })
  @IsOptional()
  @Matches(PLACE_OF_SERVICE, { message: 'A place of service is two digits, e.g. 02.' })
  videoPlaceOfServiceOther?: string | null;

  @Field(() => [String], { nullable: true, description: 'Modifiers on video visits, e.g. 95 or GT ([] for none).' })
  @IsOptional()
  @ArrayMaxSize(4)
  @Matches(MODIFIER, { each: true, message: 'A modifier is two letters or digits, e.g. 95.' })
  videoModifiers?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Modifiers on audio-only visits, e.g. 93 or FQ.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @Matches(MODIFIER, { each: true, message: 'A modifier is two letters or digits, e.g. 93.' })
  audioOnlyModifiers?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the payer pays for audio-only visits.' })
  @IsOptional()
  @IsBoolean()
  audioOnlyAllowed?: boolean | null;
}
