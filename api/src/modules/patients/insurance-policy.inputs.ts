import { IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateOnly } from '../../platform/graphql/scalars';
import { PolicyPriority, SubscriberRelationship } from './insurance-policy.entity';

@InputType()
export class AddInsurancePolicyInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => ID) @IsUUID() payerId!: string;
  @Field() @Length(1, 50) memberId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) groupNumber?: string | null;
  @Field() @Length(1, 200) subscriberName!: string;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() subscriberDateOfBirth?: string | null;
  @Field(() => SubscriberRelationship) relationshipToSubscriber!: SubscriberRelationship;
  @Field(() => PolicyPriority) priority!: PolicyPriority;
  @Field(() => Int, { description: 'Copay per visit in cents.' }) @Min(0) @Max(1_000_000) copayCents!: number;
  @Field(() => DateOnly) effectiveFrom!: string;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() effectiveTo?: string | null;
}

/** Only the fields sent are changed; `version` must be the one the editor loaded. */
@InputType()
export class UpdateInsurancePolicyInput {
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() payerId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 50) memberId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) groupNumber?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) subscriberName?: string;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() subscriberDateOfBirth?: string | null;
  @Field(() => SubscriberRelationship, { nullable: true })
  @IsOptional()
  relationshipToSubscriber?: SubscriberRelationship;
  @Field(() => PolicyPriority, { nullable: true }) @IsOptional() priority?: PolicyPriority;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(1_000_000) copayCents?: number;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() effectiveFrom?: string;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() effectiveTo?: string | null;
}
