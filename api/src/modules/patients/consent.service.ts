import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid } from '../../platform/db/sql';
import { DateOnly } from '../../platform/graphql/scalars';
import { Consent, ConsentKind } from './consent.entity';
import { Patient } from './patient.entity';
import { PatientsErrorCode, patientsError } from './patients.errors';

@InputType()
export class RecordConsentInput {
  @Field(() => ID) @IsUUID() patientId!: string;
  @Field(() => ConsentKind) @IsEnum(ConsentKind) kind!: ConsentKind;
  @Field() @Length(1, 20) version!: string;
  @Field() @Length(1, 200) signerName!: string;
  @Field({ defaultValue: 'SELF' }) @Length(1, 50) signerRelationship!: string;
  @Field({ description: 'The signer types their full name.' }) @Length(2, 200) typedSignature!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 300) releaseTo?: string | null;
  @Field(() => DateOnly, { nullable: true }) @IsOptional() expiresOn?: string | null;
}

/** Recording signatures at the desk (or the portal, later) and revoking them. */
export class ConsentService {
  async record(ctx: RequestContext, input: RecordConsentInput): Promise<Consent> {
    const patient = await ctx.em.findOne(Patient, { id: input.patientId });
    if (!patient) throw patientsError(PatientsErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
    const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
    if (normalise(input.typedSignature) !== normalise(input.signerName)) {
      throw patientsError(
        PatientsErrorCode.SIGNATURE_MISMATCH,
        'The typed signature must match the signer’s name.',
        'typedSignature',
      );
    }
    if (input.kind === ConsentKind.RELEASE_OF_INFORMATION && !input.releaseTo) {
      throw patientsError(
        PatientsErrorCode.RELEASE_RECIPIENT_REQUIRED,
        'Say to whom information is released.',
        'releaseTo',
      );
    }
    const consent = ctx.em.create(Consent, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      patient,
      kind: input.kind,
      version: input.version.trim(),
      signerName: input.signerName.trim(),
      signerRelationship: input.signerRelationship.trim().toUpperCase(),
      typedSignature: input.typedSignature.trim(),
      signedAt: new Date(),
      signedFromIp: ctx.ip,
      releaseTo: input.releaseTo?.trim() ?? null,
      expiresOn: input.expiresOn ?? null,
    });
    await ctx.em.flush();
    return consent;
  }

  async revoke(ctx: RequestContext, id: string, reason: string): Promise<Consent> {
    const consent = isUuid(id) ? await ctx.em.findOne(Consent, { id }) : null;
    if (!consent) throw patientsError(PatientsErrorCode.CONSENT_NOT_FOUND, 'No consent with this id.');
    if (reason.trim().length < 3) {
      throw patientsError(PatientsErrorCode.REVOKE_REASON_REQUIRED, 'Say why the consent is revoked.', 'reason');
    }
    if (!consent.revokedAt) {
      consent.revokedAt = new Date();
      consent.revokedReason = reason.trim();
      await ctx.em.flush();
    }
    return consent;
  }
}

export const consentService = new ConsentService();
