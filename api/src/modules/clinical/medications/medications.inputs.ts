import { IsEnum, IsInt, IsOptional, IsPositive, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateOnly } from '../../../platform/graphql/scalars';
import { AllergySeverity } from './allergy.entity';
import { PdmpCheckMethod } from './pdmp-check.entity';
import { Pharmacy, QuantityUnit } from './prescription.entity';

@InputType()
export class AddMedicationInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field({ description: 'A formulary id or name ("sertraline"), or any other drug as free text.' })
  @Length(1, 200)
  drug!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100) strength?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100) form?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 1000) sig?: string | null;
  @Field(() => ID, { nullable: true, description: 'One of our staff; or give outsidePrescriberName.' })
  @IsOptional()
  @IsUUID()
  prescriberStaffId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 200) outsidePrescriberName?: string | null;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() startedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'What it is taken for.' })
  @IsOptional()
  @Length(0, 500)
  reason?: string | null;
}

@InputType()
export class StopMedicationInput {
  @Field(() => DateOnly, { nullable: true, description: 'Last dose; defaults to today.' })
  @IsOptional()
  stoppedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500) stopReason?: string | null;
}

@InputType()
export class AddAllergyInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field() @Length(1, 200) substance!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500) reaction?: string | null;
  @Field(() => AllergySeverity, { defaultValue: AllergySeverity.UNKNOWN })
  @IsEnum(AllergySeverity)
  severity!: AllergySeverity;
  @Field(() => DateOnly, { nullable: true, description: 'Defaults to today.' }) @IsOptional() notedOn?: string | null;
}

@InputType()
export class DraftPrescriptionInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field({ description: 'Formulary id or name: only formulary drugs are screened and prescribed.' })
  @Length(1, 100)
  drug!: string;
  @Field({ description: 'e.g. "50 mg".' }) @Length(1, 50) strength!: string;
  @Field(() => String, { nullable: true, description: 'e.g. "tablet".' }) @IsOptional() @Length(1, 50) form?:
    string | null;
  @Field(() => Float) @IsPositive() @Max(100000) quantity!: number;
  @Field(() => QuantityUnit) @IsEnum(QuantityUnit) unit!: QuantityUnit;
  @Field(() => Int) @IsInt() @Min(0) @Max(99) refills!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) daysSupply!: number;
  @Field() @Length(1, 1000) sig!: string;
  @Field({ defaultValue: true, description: 'False: dispense as written.' }) substitutionAllowed!: boolean;
  @Field(() => Pharmacy) @ValidateNested() pharmacy!: Pharmacy;
}

@InputType()
export class SignPrescriptionInput {
  @Field(() => String, { nullable: true, description: 'Required when an alert requires one.' })
  @IsOptional()
  @Length(0, 1000)
  overrideReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Controlled substances: a fresh code from your authenticator.' })
  @IsOptional()
  @Length(0, 12)
  totpCode?: string | null;
}

@InputType()
export class RecordPdmpCheckInput {
  @Field(() => PdmpCheckMethod, {
    description: 'INTEGRATED queries the PDMP adapter; STATE_PORTAL attests a check made in the state portal.',
  })
  @IsEnum(PdmpCheckMethod)
  method!: PdmpCheckMethod;
  @Field(() => String, { nullable: true, description: 'STATE_PORTAL: what the report showed, in short.' })
  @IsOptional()
  @Length(0, 1000)
  resultSummary?: string | null;
}
