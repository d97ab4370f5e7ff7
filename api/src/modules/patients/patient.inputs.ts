import { IsEmail, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateOnly } from '../../platform/graphql/scalars';
import { PatientStatus, ReminderChannel, SexAssignedAtBirth } from './patient.entity';

const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const US_STATE = /^[A-Z]{2}$/;
const ZIP = /^\d{5}(-\d{4})?$/;

@InputType()
export class PostalAddressInput {
  @Field() @Length(1, 200) line1!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) line2?: string | null;
  @Field() @Length(1, 100) city!: string;
  @Field({ description: 'Two-letter state code.' }) @Matches(US_STATE) state!: string;
  @Field() @Matches(ZIP) postalCode!: string;
}

@InputType()
export class EmergencyContactInput {
  @Field() @Length(1, 200) name!: string;
  @Field() @Length(1, 50) relationship!: string;
  @Field() @Matches(PHONE) phone!: string;
}

@InputType()
export class GuarantorInput {
  @Field() @Length(1, 200) name!: string;
  @Field() @Length(1, 50) relationship!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() email?: string | null;
}

/** Contact details: the part of a patient's record that the patient may edit in the portal. */
@InputType()
export class ContactDetailsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) preferredName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) pronouns?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) preferredLanguage?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE) mobilePhone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE) homePhone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() email?: string | null;
  @Field(() => PostalAddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: PostalAddressInput | null;
  @Field(() => EmergencyContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  emergencyContact?: EmergencyContactInput | null;
  @Field(() => [ReminderChannel], { nullable: true, description: 'Reminder consent: the channels agreed to.' })
  @IsOptional()
  reminderChannels?: ReminderChannel[];
}

@InputType()
export class CreatePatientInput extends ContactDetailsInput {
  @Field() @Length(1, 100) legalFirstName!: string;
  @Field() @Length(1, 100) legalLastName!: string;
  @Field(() => DateOnly) dateOfBirth!: string;
  @Field(() => SexAssignedAtBirth) sexAssignedAtBirth!: SexAssignedAtBirth;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) genderIdentity?: string | null;
  @Field(() => GuarantorInput, { nullable: true }) @IsOptional() @ValidateNested() guarantor?: GuarantorInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) schedulingPreferences?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) referralSource?: string | null;
}

/** Only the fields sent are changed; `version` must be the one the editor loaded. */
@InputType()
export class UpdatePatientInput extends ContactDetailsInput {
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) legalFirstName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 100) legalLastName?: string;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() dateOfBirth?: string;
  @Field(() => SexAssignedAtBirth, { nullable: true }) @IsOptional() sexAssignedAtBirth?: SexAssignedAtBirth;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) genderIdentity?: string | null;
  @Field(() => GuarantorInput, { nullable: true }) @IsOptional() @ValidateNested() guarantor?: GuarantorInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) schedulingPreferences?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) referralSource?: string | null;
  @Field(() => PatientStatus, { nullable: true }) @IsOptional() status?: PatientStatus;
}

@InputType()
export class UpdateMyContactDetailsInput extends ContactDetailsInput {
  @Field(() => Int) version!: number;
}

/** What the new-patient form knows before creating: enough to spot an existing record. */
@InputType()
export class DuplicateCandidate {
  @Field() @Length(1, 100) legalFirstName!: string;
  @Field() @Length(1, 100) legalLastName!: string;
  @Field(() => DateOnly) dateOfBirth!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30) mobilePhone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) email?: string | null;
}
