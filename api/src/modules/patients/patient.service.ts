import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { Role } from '../../platform/permissions/role';
import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid, pgArray } from '../../platform/db/sql';
import { decodeCursor, encodeCursor } from '../../platform/graphql/pagination';
import { utcToday } from '../../platform/time/zoned-time';
import { Patient } from './patient.entity';
import type {
  ContactDetailsInput,
  CreatePatientInput,
  DuplicateCandidate,
  UpdateMyContactDetailsInput,
  UpdatePatientInput,
} from './patient.inputs';
import { EmergencyContact, Guarantor, PostalAddress } from './patient-contacts.embeddable';
import { publishPatientUpdated } from './patient-events';
import { PATIENT_COUNT_LIMIT, parsePatientSearch, patientSearchSql } from './patient-search';
import { patientRowScope } from './patient-scope';
import { PatientsErrorCode, patientsError } from './patients.errors';

/** Copies only the keys that were sent: an absent key leaves the field as it is, null clears it. */
function applyContactDetails(patient: Patient, input: ContactDetailsInput): void {
  if (input.preferredName !== undefined) patient.preferredName = input.preferredName;
  if (input.pronouns !== undefined) patient.pronouns = input.pronouns;
  if (input.preferredLanguage !== undefined) patient.preferredLanguage = input.preferredLanguage;
  if (input.mobilePhone !== undefined) patient.mobilePhone = input.mobilePhone;
  if (input.homePhone !== undefined) patient.homePhone = input.homePhone;
  if (input.email !== undefined) patient.email = input.email;
  if (input.reminderChannels) patient.reminderChannels = [...new Set(input.reminderChannels)];
  if (input.address !== undefined)
    patient.address = input.address ? Object.assign(new PostalAddress(), input.address) : null;
  if (input.emergencyContact !== undefined) {
    patient.emergencyContact = input.emergencyContact
      ? Object.assign(new EmergencyContact(), input.emergencyContact)
      : null;
  }
}

/** Patient profile use cases. Practice scoping comes from the ORM filter; row scope from patientRowScope. */
export class PatientService {
  /**
   * A patient the viewer may address by id, or NOT_FOUND (also for ids of other practices).
   * `withCoverage` reads the insurance policies and their payers in the same statement.
   */
  async get(ctx: RequestContext, id: string, { withCoverage = false } = {}): Promise<Patient> {
    const scope = patientRowScope(ctx);
    // Clinicians may address any patient of the practice by id (to ask for emergency access);
    // field permissions hide what is off their care team. A patient may address only themself.
    const reachable =
      isUuid(id) &&
      (scope.kind === 'practice' || ctx.viewer?.roles.includes(Role.CLINICIAN) || scope.patientIds.includes(id));
    const patient = reachable
      ? await ctx.em.findOne(Patient, { id }, withCoverage ? { populate: ['insurancePolicies.payer'] } : {})
      : null;
    if (!patient) throw patientsError(PatientsErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
    return patient;
  }

  async search(ctx: RequestContext, search: string | null | undefined, first: number, after?: string | null) {
    const scope = patientRowScope(ctx);
    const offset = decodeCursor(after);
    const { text, params } = patientSearchSql(
      parsePatientSearch(search),
      ctx.viewer!.practiceId,
      scope.kind === 'only' ? pgArray(scope.patientIds) : null,
      first,
      offset,
    );
    const [row] = await ctx.em.getConnection().execute<{ total: number; ids: string[] | null }[]>(text, params);
    const ids = row?.ids ?? [];
    const total = row?.total ?? 0;
    const pageIds = ids.slice(0, first);
    const patients = pageIds.length > 0 ? await ctx.em.find(Patient, { id: { $in: pageIds } }) : [];
    const byId = new Map(patients.map((p) => [p.id, p]));
    return {
      nodes: pageIds.map((id) => byId.get(id)).filter((p): p is Patient => p !== undefined),
      totalCount: Math.min(total, PATIENT_COUNT_LIMIT),
      totalCountIsExact: total <= PATIENT_COUNT_LIMIT,
      nextCursor: ids.length > first ? encodeCursor(offset + first) : null,
    };
  }

  /**
   * Likely existing records for a new patient, checked before creating one: the same date of
   * birth plus a similar name (trigram similarity, or the same last name), or the same phone or
   * email whatever the birth date. At most 10, closest first.
   */
  async possibleDuplicates(ctx: RequestContext, candidate: DuplicateCandidate): Promise<Patient[]> {
    const name = `${candidate.legalFirstName} ${candidate.legalLastName}`.toLowerCase().trim();
    const phone = (candidate.mobilePhone ?? '').replace(/\D/g, '');
    const email = candidate.email?.trim().toLowerCase() ?? '';
    const rows = await ctx.em.getConnection().execute<{ id: string }[]>(
      `select p.id from patient p
        where p.practice_id = ?
          and ((p.date_of_birth = ? and (similarity(p.search_text, ?) > 0.3 or lower(p.legal_last_name) = lower(?)))
               or (length(?) >= 10 and p.phone_digits like ?)
               or (? <> '' and lower(p.email) = ?))
        order by (p.date_of_birth = ?) desc, similarity(p.search_text, ?) desc, p.id
        limit 10`,
      [
        ctx.viewer!.practiceId,
        candidate.dateOfBirth,
        name,
        candidate.legalLastName.trim(),
        phone,
        `%${phone}%`,
        email,
        email,
        candidate.dateOfBirth,
        name,
      ],
    );
    if (rows.length === 0) return [];
    const patients = await ctx.em.find(Patient, { id: { $in: rows.map((row) => row.id) } });
    const byId = new Map(patients.map((p) => [p.id, p]));
    return rows.map((row) => byId.get(row.id)!).filter(Boolean);
  }

  async create(ctx: RequestContext, input: CreatePatientInput): Promise<Patient> {
    if (input.dateOfBirth > utcToday()) {
      throw patientsError(
        PatientsErrorCode.DATE_OF_BIRTH_IN_FUTURE,
        'Date of birth cannot be in the future.',
        'dateOfBirth',
      );
    }
    return ctx.em.transactional(async (em) => {
      const [counter] = await em
        .getConnection()
        .execute<{ mrn_counter: number }[]>(
          'update practice set mrn_counter = mrn_counter + 1 where id = ? returning mrn_counter',
          [ctx.viewer!.practiceId],
          'all',
          em.getTransactionContext(),
        );
      const patient = em.create(Patient, {
        practice: em.getReference(Practice, ctx.viewer!.practiceId),
        mrn: String(counter!.mrn_counter).padStart(6, '0'),
        legalFirstName: input.legalFirstName.trim(),
        legalLastName: input.legalLastName.trim(),
        dateOfBirth: input.dateOfBirth,
        sexAssignedAtBirth: input.sexAssignedAtBirth,
        genderIdentity: input.genderIdentity ?? null,
        schedulingPreferences: input.schedulingPreferences ?? null,
        referralSource: input.referralSource ?? null,
        guarantor: input.guarantor ? Object.assign(new Guarantor(), input.guarantor) : null,
      });
      applyContactDetails(patient, input);
      await em.flush();
      return patient;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdatePatientInput): Promise<Patient> {
    if (input.dateOfBirth && input.dateOfBirth > utcToday()) {
      throw patientsError(
        PatientsErrorCode.DATE_OF_BIRTH_IN_FUTURE,
        'Date of birth cannot be in the future.',
        'dateOfBirth',
      );
    }
    const patient = await this.get(ctx, id);
    await this.checkVersion(ctx, patient, input.version);
    if (input.legalFirstName !== undefined) patient.legalFirstName = input.legalFirstName.trim();
    if (input.legalLastName !== undefined) patient.legalLastName = input.legalLastName.trim();
    if (input.dateOfBirth !== undefined) patient.dateOfBirth = input.dateOfBirth;
    if (input.sexAssignedAtBirth !== undefined) patient.sexAssignedAtBirth = input.sexAssignedAtBirth;
    if (input.genderIdentity !== undefined) patient.genderIdentity = input.genderIdentity;
    if (input.schedulingPreferences !== undefined) patient.schedulingPreferences = input.schedulingPreferences;
    if (input.referralSource !== undefined) patient.referralSource = input.referralSource;
    if (input.status !== undefined) patient.status = input.status;
    if (input.guarantor !== undefined) {
      patient.guarantor = input.guarantor ? Object.assign(new Guarantor(), input.guarantor) : null;
    }
    applyContactDetails(patient, input);
    await this.flush(ctx);
    await publishPatientUpdated(ctx, patient.id);
    return patient;
  }

  /** The portal's "my profile": a patient edits their own contact details, nothing else. */
  async updateOwnContactDetails(ctx: RequestContext, input: UpdateMyContactDetailsInput): Promise<Patient> {
    const patient = await this.get(ctx, ctx.viewer!.patientId!);
    await this.checkVersion(ctx, patient, input.version);
    applyContactDetails(patient, input);
    await this.flush(ctx);
    await publishPatientUpdated(ctx, patient.id);
    return patient;
  }

  private async checkVersion(ctx: RequestContext, patient: Patient, version: number): Promise<void> {
    try {
      await ctx.em.lock(patient, LockMode.OPTIMISTIC, version);
    } catch (error) {
      if (error instanceof OptimisticLockError) throw staleVersion();
      throw error;
    }
  }

  private async flush(ctx: RequestContext): Promise<void> {
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) throw staleVersion();
      throw error;
    }
  }
}

export function staleVersion() {
  return patientsError(PatientsErrorCode.STALE_VERSION, 'Someone else changed this record. Reload it and try again.');
}

export const patientService = new PatientService();
