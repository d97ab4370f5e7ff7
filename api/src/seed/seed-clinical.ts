import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { seal } from '../platform/crypto/sealed-secret';
import type { Practice } from '../platform/db/practice.entity';
import { addDays, zonedDate } from '../platform/time/zoned-time';
import {
  Allergy,
  chargeSignedNote,
  MeasureAdministration,
  MeasureAssignment,
  Medication,
  measures,
  NoteStatus,
  PlanStatus,
  ProgressNote,
  SafetyAlert,
  TreatmentPlanVersion,
} from '../modules/clinical';
import type { StaffMember } from '../modules/identity';
import type { Patient } from '../modules/patients';
import { Appointment, AppointmentStatus } from '../modules/scheduling';
import type { Random } from './random';

const { MeasureInstrument, MeasureSchedule, MeasureSource, INSTRUMENTS, scoredAdministration } = measures;
type Instrument = (typeof MeasureInstrument)[keyof typeof MeasureInstrument];

/**
 * The printed demo authenticator secret of the prescriber login (README): add it to an
 * authenticator app to sign a controlled-substance prescription in the demo. Demo data only.
 */
export const DEMO_PRESCRIBER_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface ClinicalSeed {
  practice: Practice;
  staff: ReadonlyMap<string, StaffMember>;
  caseloads: ReadonlyMap<StaffMember, Patient[]>;
  /** The demo's "now": histories run back from it. */
  today: Date;
  timeZone: string;
}

/**
 * What a practice that has used Handoff for a season holds: outcome-measure histories (Avery
 * Johnson improving, some patients flat), an open safety alert, Avery's treatment plan,
 * medications and an allergy, prescribers' credentials, and Dana Reyes's notes of the past week
 * (signed, each with its charge, except the last two, still drafts — one of them late).
 * Everything goes through the same scoring and charge code as the API.
 */
export async function seedClinicalRecords(tx: EntityManager, random: Random, seed: ClinicalSeed): Promise<void> {
  const today = zonedDate(seed.today, seed.timeZone);
  const reyes = seed.staff.get('reyes')!;
  const castillo = seed.staff.get('castillo')!;
  castillo.deaNumber = 'BC1234563';
  castillo.stateLicenseNumber = 'MD-48213';
  castillo.stateLicenseState = 'TX';
  castillo.totpSecret = seal(DEMO_PRESCRIBER_TOTP_SECRET);
  castillo.totpEnabledAt = seed.today;
  const pike = seed.staff.get('pike')!;
  pike.deaNumber = 'MP7654321';
  pike.stateLicenseNumber = 'APRN-20931';
  pike.stateLicenseState = 'TX';

  const reyesPatients = seed.caseloads.get(reyes) ?? [];
  const avery = reyesPatients[0]!;
  const administer = (patient: Patient, instrument: Instrument, totals: number[], everyDays = 14) =>
    totals.forEach((total, i) => {
      const on = addDays(today, -everyDays * (totals.length - i));
      const { values } = scoredAdministration(instrument, answersFor(instrument, total, random), {});
      tx.create(MeasureAdministration, {
        ...values,
        practice: seed.practice,
        patient,
        administeredAt: new Date(`${on}T15:00:00Z`),
        administeredOn: on,
        source: MeasureSource.IN_CLINIC,
        administeredBy: reyes,
      });
    });

  // Avery: depression responding to CBT (19 → 7), anxiety following; both measured on a schedule.
  administer(avery, MeasureInstrument.PHQ9, [19, 17, 15, 12, 10, 8, 7]);
  administer(avery, MeasureInstrument.GAD7, [15, 14, 12, 11, 9, 8]);
  tx.create(MeasureAssignment, {
    practice: seed.practice,
    patient: avery,
    instrument: MeasureInstrument.PHQ9,
    schedule: MeasureSchedule.EVERY_N_WEEKS,
    intervalWeeks: 2,
    startsOn: addDays(today, -98),
    assignedBy: reyes,
  });
  tx.create(MeasureAssignment, {
    practice: seed.practice,
    patient: avery,
    instrument: MeasureInstrument.GAD7,
    schedule: MeasureSchedule.BEFORE_EVERY_APPOINTMENT,
    startsOn: addDays(today, -84),
    assignedBy: reyes,
  });
  seedAveryPlanAndMedications(tx, seed, avery, reyes, castillo, today);

  // Every therapist's caseload: a few PHQ-9s, most improving, some flat (the "not improving" list).
  for (const [clinician, patients] of seed.caseloads) {
    if (clinician.canPrescribe) continue;
    patients.slice(clinician === reyes ? 1 : 0, 12).forEach((patient, i) => {
      const start = random.int(12, 22);
      const flat = i % 4 === 2;
      const totals = Array.from({ length: random.int(3, 6) }, (_, k) =>
        Math.max(0, flat ? start + random.int(-2, 2) : start - k * random.int(1, 3)),
      );
      administer(patient, MeasureInstrument.PHQ9, totals);
    });
  }

  // One positive item 9 not yet acknowledged: it waits on Dana Reyes's "my day".
  const flagged = reyesPatients[1];
  if (flagged) {
    const answers = answersFor(MeasureInstrument.PHQ9, 14, random, 1);
    const { values, flags } = scoredAdministration(MeasureInstrument.PHQ9, answers, {});
    const administration = tx.create(MeasureAdministration, {
      ...values,
      practice: seed.practice,
      patient: flagged,
      administeredAt: new Date(seed.today.getTime() - 3 * 3_600_000),
      administeredOn: today,
      source: MeasureSource.IN_CLINIC,
      administeredBy: reyes,
    });
    tx.create(SafetyAlert, {
      practice: seed.practice,
      patient: flagged,
      administration,
      instrument: MeasureInstrument.PHQ9,
      flags: flags.map((flag) => ({ itemId: flag.itemId, reason: flag.reason })),
      recipientStaffIds: [reyes.id],
    });
  }
  await tx.flush();
  await seedReyesNotes(tx, seed, reyes);
}

/** Answers that add up to `total`, spread over the scored items; the suicide item gets `item9`. */
function answersFor(instrument: Instrument, total: number, random: Random, item9 = 0): measures.Answers {
  const items = INSTRUMENTS[instrument].items.map((item) => item.id);
  const answers: Record<string, number> = Object.fromEntries(items.map((id) => [id, 0]));
  const spread = items.filter((id) => id !== 'selfHarmThoughts');
  if ('selfHarmThoughts' in answers) answers.selfHarmThoughts = item9;
  let left = Math.min(total - item9, spread.length * 3);
  while (left > 0) {
    const id = random.pick(spread);
    if (answers[id]! < 3) {
      answers[id]! += 1;
      left -= 1;
    }
  }
  return answers;
}

function seedAveryPlanAndMedications(
  tx: EntityManager,
  seed: ClinicalSeed,
  avery: Patient,
  reyes: StaffMember,
  castillo: StaffMember,
  today: string,
): void {
  const cbt = { modality: 'CBT', frequency: 'Weekly 53-minute individual sessions', responsibleClinicianId: reyes.id };
  tx.create(TreatmentPlanVersion, {
    practice: seed.practice,
    patient: avery,
    versionNumber: 1,
    status: PlanStatus.ACTIVE,
    author: reyes,
    activatedAt: new Date(`${addDays(today, -85)}T16:00:00Z`),
    activatedBy: reyes,
    reviewDueOn: addDays(today, 5),
    content: {
      problems: [
        {
          id: randomUUID(),
          text: 'Depressed mood and loss of interest most days',
          goals: [
            {
              id: randomUUID(),
              text: '"I want to enjoy my weekends again"',
              objectives: [
                {
                  id: randomUUID(),
                  text: 'Reduce depressive symptoms',
                  baseline: 'PHQ-9 of 19 at intake',
                  targetDate: addDays(today, 60),
                  targetMeasure: { instrument: 'PHQ9', operator: 'BELOW', value: 10 },
                  interventions: [cbt],
                },
                {
                  id: randomUUID(),
                  text: 'Schedules two pleasant activities a week',
                  targetDate: addDays(today, 30),
                  targetMeasure: { text: 'Two activities a week for four weeks, from the activity log' },
                  interventions: [{ ...cbt, frequency: 'Behavioural activation, reviewed weekly' }],
                },
              ],
            },
          ],
        },
      ],
      dischargeCriteria: 'PHQ-9 below 5 for two consecutive months.',
      patientParticipation: 'Avery helped write the goals and agrees with weekly sessions.',
    } as never,
  });
  tx.create(Medication, {
    practice: seed.practice,
    patient: avery,
    drugId: 'sertraline',
    drugName: 'Sertraline',
    strength: '100 mg',
    form: 'tablet',
    sig: 'Take 1 tablet by mouth every morning',
    prescriber: castillo,
    startedOn: addDays(today, -120),
    reason: 'Major depressive disorder',
  });
  tx.create(Allergy, {
    practice: seed.practice,
    patient: avery,
    substance: 'Penicillin',
    reaction: 'Hives',
    notedOn: addDays(today, -120),
  });
}

/**
 * Dana Reyes's visits of the past week that took place: signed notes with their charges (as the
 * API's signing does), except the two most recent, still drafts — one over 72 hours old.
 */
async function seedReyesNotes(tx: EntityManager, seed: ClinicalSeed, reyes: StaffMember): Promise<void> {
  const visits = await tx.find(
    Appointment,
    {
      provider: reyes,
      status: AppointmentStatus.COMPLETED,
      startsAt: { $gte: new Date(seed.today.getTime() - 8 * 86_400_000) },
    },
    { populate: ['attendees', 'appointmentType'], orderBy: { startsAt: 'asc' } },
  );
  const documentable = visits.filter((visit) =>
    ['90834', '90837'].includes(visit.appointmentType.getEntity().defaultCptCode ?? ''),
  );
  const late = (visit: Appointment) => seed.today.getTime() - visit.endsAt.getTime() > 80 * 3_600_000;
  const drafts = new Set([documentable.at(-1), documentable.findLast(late)]);
  for (const visit of documentable) {
    const attendee = visit.attendees.getItems()[0]!;
    const cpt = visit.appointmentType.getEntity().defaultCptCode;
    const draft = drafts.has(visit);
    const minutes = cpt === '90837' ? 55 : 45;
    const note = tx.create(ProgressNote, {
      practice: seed.practice,
      patient: attendee.patient,
      appointmentId: visit.id,
      author: reyes,
      dateOfService: zonedDate(visit.startsAt, seed.timeZone),
      service: 'PSYCHOTHERAPY' as never,
      status: draft ? NoteStatus.DRAFT : NoteStatus.SIGNED,
      signedAt: draft ? null : visit.endsAt,
      content: {
        sessionStart: visit.startsAt,
        sessionEnd: new Date(visit.startsAt.getTime() + minutes * 60_000),
        modality: 'IN_PERSON' as never,
        participants: ['PATIENT'],
        presentingConcerns: 'Follow-up of mood and anxiety; reviewed the week and homework.',
        symptoms: ['DEPRESSED_MOOD', 'ANXIETY'],
        mentalStatus: ['appearance:well_groomed', 'mood:euthymic', 'affect:congruent'],
        risk: draft ? null : ({ suicidalIdeation: 'DENIED', homicidalIdeation: 'DENIED' } as never),
        interventions: ['CBT', 'BEHAVIORAL_ACTIVATION'],
        responses: ['ENGAGED'],
        assessment: draft ? null : 'Gradual improvement; uses thought records between sessions.',
        plan: draft ? null : 'Continue weekly CBT; behavioural activation plan for the weekend.',
      },
    });
    if (!draft) await chargeSignedNote(tx, note);
  }
  await tx.flush();
}
