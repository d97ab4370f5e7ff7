import type { EntityManager } from '@mikro-orm/postgresql';
import { Charge, type ChargeFinding, ChargeStatus, feesFor, FindingSeverity, Payer } from '../../billing';
import { StaffMember } from '../../identity';
import { InsurancePolicy, PolicyPriority } from '../../patients';
import { Appointment } from '../../scheduling';
import { codeService, PRACTICE_DEFAULT_CODING_RULES, type DocumentedService, type PayerCodingRules } from '../coding';
import { Diagnosis, DiagnosisStatus } from '../diagnosis.entity';
import { codeSetYearFor, lookupIcd10 } from '../icd10-code-set';
import { type NoteContent, NoteService } from './note-content';
import { sessionMinutes } from './note-completeness';
import { NoteStatus, type ProgressNote } from './progress-note.entity';

/** Credentials of clinicians who may bill medical services (90792, E/M): physicians, NPs, PAs. */
const MEDICAL_CREDENTIALS = /\b(MD|DO|NP|PMHNP|APRN|FNP|PA|PA-C)\b/i;

/**
 * The hand-off to billing: a signed note becomes its charge (and a co-signature re-codes it). The
 * coding rules (coding/) pick CPT lines from what the note documents, and their findings decide
 * whether the charge is READY or HELD with an explanation. Nothing is re-typed by anyone.
 */
export async function chargeSignedNote(em: EntityManager, note: ProgressNote): Promise<Charge> {
  if (note.status !== NoteStatus.SIGNED) throw new Error('only a signed note is charged');
  const provider = await em.findOneOrFail(StaffMember, { id: note.author.id });
  const service = await documentedService(em, note, provider);
  const payerId = await primaryPayerOn(em, note.patient.id, note.dateOfService);
  const coding = codeService(service, await codingRulesOf(em, payerId));
  const fees = await feesFor(
    em,
    payerId,
    coding.lines.map((line) => line.cpt),
  );
  const findings: ChargeFinding[] = coding.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity === 'ERROR' ? FindingSeverity.ERROR : FindingSeverity.WARNING,
    message: f.message,
    fix: f.fix,
  }));
  const unpriced = coding.lines.filter((line) => fees.get(line.cpt) === undefined).map((line) => line.cpt);
  if (unpriced.length > 0) {
    findings.push({
      ruleId: 'FEE_ON_SCHEDULE',
      severity: FindingSeverity.ERROR,
      message: `No fee for ${unpriced.join(', ')} in the fee schedule.`,
      fix: 'Add the fee to the practice’s fee schedule, then re-check the charge.',
    });
  }
  const lineFeesCents = coding.lines.map((line) => (fees.get(line.cpt) ?? 0) * line.units);
  const values = {
    patient: note.patient,
    progressNoteId: note.id,
    appointmentId: note.appointmentId ?? null,
    renderingProvider: provider,
    payer: payerId ? em.getReference(Payer, payerId) : null,
    dateOfService: note.dateOfService,
    status:
      coding.billable && !findings.some((f) => f.severity === FindingSeverity.ERROR)
        ? ChargeStatus.READY
        : ChargeStatus.HELD,
    lines: coding.lines,
    diagnosisCodes: coding.diagnosisCodes,
    findings,
    lineFeesCents,
    totalCents: lineFeesCents.reduce((sum, fee) => sum + fee, 0),
  };
  const existing = await em.findOne(Charge, { progressNoteId: note.id });
  if (existing) return em.assign(existing, values);
  return em.create(Charge, { practice: note.practice, ...values });
}

async function documentedService(
  em: EntityManager,
  note: ProgressNote,
  provider: StaffMember,
): Promise<DocumentedService> {
  const content: NoteContent = note.content;
  const total = sessionMinutes(content);
  const emMinutes = content.emMinutes ?? null;
  const withEm = note.service === NoteService.EM_WITH_PSYCHOTHERAPY || note.service === NoteService.EM_ONLY;
  // With E/M, psychotherapy time is what remains of the session after the E/M time (domain.md §3.1).
  const psychotherapyMinutes = total === null ? null : withEm ? Math.max(0, total - (emMinutes ?? 0)) : total;
  const diagnoses = await em.find(
    Diagnosis,
    { patient: note.patient, status: DiagnosisStatus.ACTIVE },
    { orderBy: { isPrimary: 'desc', position: 'asc' } },
  );
  const codeSet = await lookupIcd10(
    em,
    diagnoses.map((d) => d.icd10Code),
    await codeSetYearFor(em, note.dateOfService),
  );
  const earlierNotes = await em.count('ProgressNote', {
    patient: note.patient,
    author: note.author,
    status: NoteStatus.SIGNED,
    dateOfService: { $lt: note.dateOfService },
  });
  const risk = content.risk;
  return {
    kind: note.service,
    dateOfService: note.dateOfService,
    psychotherapyMinutes: note.service === NoteService.EM_ONLY ? null : psychotherapyMinutes,
    emMinutes,
    emMdmLevel: (content.mdmLevel as 2 | 3 | 4 | 5 | null | undefined) ?? null,
    newPatient: earlierNotes === 0,
    interactiveComplexity: (content.interactiveComplexity as DocumentedService['interactiveComplexity']) ?? null,
    modality: content.modality ?? 'IN_PERSON',
    patientAtHome: content.patientAtHome ?? false,
    facilityPlaceOfService: await facilityPlaceOfService(em, note.appointmentId),
    renderingProvider: {
      canPrescribe: provider.canPrescribe,
      medicalProvider: MEDICAL_CREDENTIALS.test(provider.credentials),
      licensed: !provider.supervisor,
    },
    coSignedBySupervisor: !!note.cosignedAt,
    diagnoses: diagnoses.map((d) => ({
      code: d.icd10Code,
      billable: codeSet.get(d.icd10Code)?.billable ?? false,
      primary: d.isPrimary,
    })),
    crisisDocumentation:
      note.service === NoteService.CRISIS
        ? {
            riskAssessment: !!risk?.suicidalIdeation && !!risk.homicidalIdeation,
            safetyPlan: content.safetyPlan === true,
          }
        : null,
    participants: content.participants ?? [],
  };
}

/**
 * The primary payer's telehealth coding, each field it leaves empty following the practice
 * default (self-pay: the default). Place of service and modifiers differ by plan (domain.md §3.2),
 * and the wrong ones are denied (CO-4, CO-197).
 */
async function codingRulesOf(em: EntityManager, payerId: string | null): Promise<PayerCodingRules> {
  const fallback = PRACTICE_DEFAULT_CODING_RULES.telehealth;
  const own = payerId ? (await em.findOne(Payer, { id: payerId }))?.telehealthRules : null;
  if (!own) return PRACTICE_DEFAULT_CODING_RULES;
  return {
    telehealth: {
      videoPlaceOfService: {
        home: own.videoPlaceOfServiceHome ?? fallback.videoPlaceOfService.home,
        other: own.videoPlaceOfServiceOther ?? fallback.videoPlaceOfService.other,
      },
      videoModifiers: own.videoModifiers ?? fallback.videoModifiers,
      audioOnlyModifiers: own.audioOnlyModifiers ?? fallback.audioOnlyModifiers,
      audioOnlyAllowed: own.audioOnlyAllowed ?? fallback.audioOnlyAllowed,
    },
  };
}

/** Where an in-person visit took place, as the facility bills it (office 11 unless the facility says so). */
async function facilityPlaceOfService(em: EntityManager, appointmentId: string | null | undefined): Promise<string> {
  if (!appointmentId) return '11';
  const appointment = await em.findOne(Appointment, { id: appointmentId }, { populate: ['facility'] });
  return appointment?.facility.getEntity().placeOfServiceCode ?? '11';
}

/** The primary policy in effect on the date of service (self-pay: none). */
async function primaryPayerOn(em: EntityManager, patientId: string, date: string): Promise<string | null> {
  const policy = await em.findOne(InsurancePolicy, {
    patient: patientId,
    priority: PolicyPriority.PRIMARY,
    effectiveFrom: { $lte: date },
    $or: [{ effectiveTo: null }, { effectiveTo: { $gte: date } }],
  });
  return policy?.payer.id ?? null;
}
