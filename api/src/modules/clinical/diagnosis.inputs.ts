import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateOnly } from '../../platform/graphql/scalars';
import { DiagnosisStatus } from './diagnosis.entity';

@InputType()
export class AddDiagnosisInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field({ description: 'An ICD-10-CM code, with or without the dot (F41.1, f411).' }) @Length(3, 8) icd10Code!: string;
  @Field({ defaultValue: false, description: 'Make it the primary diagnosis (first on claims).' }) isPrimary!: boolean;
  @Field(() => DateOnly, { nullable: true, description: 'Defaults to today.' }) @IsOptional() diagnosedOn?:
    string | null;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() onsetDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) clinicalNote?: string | null;
}

/** Only the keys sent change; null clears an optional date or the note. */
@InputType()
export class UpdateDiagnosisInput {
  @Field(() => DiagnosisStatus, { nullable: true }) @IsOptional() @IsEnum(DiagnosisStatus) status?: DiagnosisStatus;
  @Field(() => DateOnly, { nullable: true, description: 'When resolving; defaults to today.' })
  @IsOptional()
  resolvedOn?: string | null;
  @Field({ nullable: true, description: 'True makes it the primary; the former primary becomes secondary.' })
  @IsOptional()
  isPrimary?: boolean;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() onsetDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 4000) clinicalNote?: string | null;
}
