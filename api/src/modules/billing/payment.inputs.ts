import { IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PaymentMethod } from './payment.entity';

@InputType()
export class CollectPaymentInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => Int, { description: 'Cents, more than zero.' }) @Min(1) @Max(10_000_000) amountCents!: number;
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 30) checkNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'From tokenizeCard (or the processor’s card reader).' })
  @IsOptional()
  @Length(1, 100)
  cardToken?: string | null;
  @Field(() => ID, { nullable: true, description: 'The visit this pays for (a copay).' })
  @IsOptional()
  @IsUUID()
  appointmentId?: string | null;
  @Field({ description: 'Generated once per payment attempt by the client; a retry sends the same key.' })
  @Length(8, 100)
  idempotencyKey!: string;
}

@InputType()
export class CardInput {
  @Field() @Matches(/^[\d ]{13,23}$/) number!: string;
  @Field(() => Int) @Min(1) @Max(12) expMonth!: number;
  @Field(() => Int) @Min(2000) @Max(2100) expYear!: number;
}
