import { randomBytes } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Practice } from '../platform/db/practice.entity';
import { PRACTICE_FILTER } from '../platform/db/practice-scoped.entity';
import { Role } from '../platform/permissions/role';
import { Payer, PayerKind } from '../modules/billing';
import { Diagnosis } from '../modules/clinical';
import { hashPassword, hashToken, StaffMember, User } from '../modules/identity';
import { PortalInvitation } from '../modules/portal';
import {
  CareTeamMember,
  CareTeamRole,
  Consent,
  ConsentKind,
  EmergencyContact,
  Guarantor,
  InsurancePolicy,
  mailRecipientOf,
  Patient,
  PolicyPriority,
  PortalStatus,
  PostalAddress,
  ReminderChannel,
  SexAssignedAtBirth,
  SubscriberRelationship,
} from '../modules/patients';
import { Facility, Room } from '../modules/scheduling';
import {
  CLINICAL_NOTES,
  DEMO_PASSWORD,
  DIAGNOSES,
  FIRST_NAMES,
  LANGUAGES,
  LAST_NAMES,
  NICKNAMES,
  PRESCRIBER_KEYS,
  REFERRAL_SOURCES,
  RIVERBEND_FACILITIES,
  RIVERBEND_SITE_CLINICIANS,
  RIVERBEND_PAYERS,
  RIVERBEND_STAFF,
  STREETS,
  THERAPIST_KEYS,
  type StaffSeed,
} from './demo-data';
import { createRandom, type Random } from './random';
import { seedClinicalRecords } from './seed-clinical';
import { seedSchedule } from './seed-schedule';

export const DEMO_LOGINS = [
  ...RIVERBEND_STAFF.filter((s) => s.email).map((s) => ({
    email: s.email!,
    who: `${s.firstName} ${s.lastName}, ${s.credentials}`,
  })),
  { email: 'patient@riverbend.test', who: 'Avery Johnson, a patient of Dana Reyes' },
  { email: 'manager@lakeside.test', who: 'manager of Lakeside Counseling (a second practice, for isolation)' },
];

/** Seeds the demo practices once; returns false when they already exist. */
export async function seedDemo(orm: MikroORM): Promise<boolean> {
  const em = orm.em.fork();
  const existing = await em
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from practice where slug = 'riverbend'`);
  if (Number(existing[0]?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    await seedRiverbend(tx, passwordHash);
    await seedLakeside(tx, passwordHash);
  });
  return true;
}

function scoped(em: EntityManager, practice: Practice): EntityManager {
  const fork = em.fork({ clear: false });
  fork.setFilterParams(PRACTICE_FILTER, { practiceId: practice.id });
  return fork;
}

function createStaff(em: EntityManager, practice: Practice, seeds: StaffSeed[], passwordHash: string) {
  const byKey = new Map<string, StaffMember>();
  for (const seed of seeds) {
    const staff = em.create(StaffMember, {
      practice,
      firstName: seed.firstName,
      lastName: seed.lastName,
      credentials: seed.credentials,
      roles: seed.roles,
      npi: seed.npi ?? null,
      canPrescribe: seed.canPrescribe ?? false,
      calendarColor: seed.color,
    });
    byKey.set(seed.key, staff);
    if (seed.email) em.create(User, { practice, email: seed.email, passwordHash, staffMember: staff });
  }
  for (const seed of seeds) {
    if (seed.supervisorKey) byKey.get(seed.key)!.supervisor = ref(byKey.get(seed.supervisorKey)!);
  }
  return byKey;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function phone(random: Random, area: string): string {
  return `(${area}) 555-${String(random.int(1000, 9999))}`;
}

async function seedRiverbend(em: EntityManager, passwordHash: string): Promise<void> {
  const random = createRandom(20261128);
  const practice = em.create(Practice, { name: 'Riverbend Behavioral Health', slug: 'riverbend' });
  const tx = scoped(em, practice);
  const sites = RIVERBEND_FACILITIES.map((spec) => {
    const { rooms, ...fields } = spec;
    const facility = tx.create(Facility, { ...fields, practice });
    return { facility, rooms: rooms.map((name) => tx.create(Room, { practice, facility, name })) };
  });
  const caseloads = new Map<StaffMember, Patient[]>();
  const addToCaseload = (staffMember: StaffMember, patient: Patient) =>
    caseloads.set(staffMember, [...(caseloads.get(staffMember) ?? []), patient]);
  const payers = RIVERBEND_PAYERS.map((spec) => tx.create(Payer, { ...spec, practice }));
  const staff = createStaff(tx, practice, RIVERBEND_STAFF, passwordHash);
  const referenceDay = new Date(Date.UTC(2026, 10, 1));

  for (let index = 0; index < 150; index++) {
    // Patient 0 is the portal demo login: an adult patient of Dana Reyes.
    const first = index === 0 ? 'Avery' : random.pick(FIRST_NAMES);
    const last = index === 0 ? 'Johnson' : random.pick(LAST_NAMES);
    const minor = index !== 0 && index % 10 === 3;
    const age = minor ? random.int(8, 17) : random.int(19, 78);
    const dob = new Date(referenceDay);
    dob.setUTCFullYear(dob.getUTCFullYear() - age);
    dob.setUTCDate(dob.getUTCDate() - random.int(0, 364));
    const area = index % 3 === 2 ? '303' : '512';
    const female = random.chance(0.55);
    const pronouns = random.chance(0.08) ? 'they/them' : female ? 'she/her' : 'he/him';
    const patient = tx.create(Patient, {
      practice,
      mrn: String(index + 1).padStart(6, '0'),
      legalFirstName: first,
      legalLastName: last,
      preferredName: NICKNAMES[first] && random.chance(0.6) ? NICKNAMES[first] : null,
      pronouns: random.chance(0.7) ? pronouns : null,
      dateOfBirth: isoDate(dob),
      sexAssignedAtBirth: female ? SexAssignedAtBirth.FEMALE : SexAssignedAtBirth.MALE,
      mobilePhone: phone(random, area),
      email: minor ? null : `${first}.${last}${index}@example.com`.toLowerCase(),
      address: Object.assign(new PostalAddress(), {
        line1: `${random.int(100, 9899)} ${random.pick(STREETS)}`,
        city: area === '303' ? 'Denver' : 'Austin',
        state: area === '303' ? 'CO' : 'TX',
        postalCode: area === '303' ? '80205' : '78704',
      }),
      emergencyContact: Object.assign(new EmergencyContact(), {
        name: `${random.pick(FIRST_NAMES)} ${last}`,
        relationship: minor ? 'Parent' : random.pick(['Spouse', 'Sibling', 'Friend', 'Parent']),
        phone: phone(random, area),
      }),
      guarantor: minor
        ? Object.assign(new Guarantor(), {
            name: `${random.pick(FIRST_NAMES)} ${last}`,
            relationship: 'Parent',
            phone: phone(random, area),
          })
        : null,
      // Only the demo patient has a portal login; of the others about a third were invited.
      portalStatus:
        index === 0
          ? PortalStatus.ACTIVE
          : random.pick([PortalStatus.NOT_INVITED, PortalStatus.INVITED, PortalStatus.NOT_INVITED]),
      // Most agreed to email reminders at intake (not drawn from `random`: the roster stays the same).
      reminderChannels: index % 5 === 4 ? [] : [ReminderChannel.EMAIL],
      schedulingPreferences: random.chance(0.3)
        ? random.pick(['Mornings only', 'After 4pm', 'Telehealth preferred', 'Tuesdays or Thursdays'])
        : null,
    });
    // Derived from the index and names, not drawn from `random`: the roster stays the same.
    patient.preferredLanguage = LANGUAGES[index % LANGUAGES.length];
    patient.referralSource = REFERRAL_SOURCES[index % REFERRAL_SOURCES.length];
    if (patient.guarantor) {
      patient.guarantor.email = `${patient.guarantor.name.replace(' ', '.')}${index}@example.com`.toLowerCase();
    }
    const invitee = mailRecipientOf(patient);
    if (patient.portalStatus === PortalStatus.INVITED && invitee) {
      tx.create(PortalInvitation, {
        practice,
        patient,
        email: invitee.email,
        tokenHash: hashToken(randomBytes(32).toString('base64url')),
        expiresAt: new Date(Date.now() + ((index % 6) + 1) * 86_400_000),
        sentBy: 'Alicia Moreno',
      });
    } else if (patient.portalStatus === PortalStatus.INVITED) {
      patient.portalStatus = PortalStatus.NOT_INVITED;
    }
    if (index === 0) {
      tx.create(User, { practice, email: 'patient@riverbend.test', passwordHash, patient });
    }

    const uninsured = index !== 0 && random.chance(0.08);
    if (!uninsured) {
      const payer = minor ? random.pick(payers.filter((p) => p.kind !== PayerKind.MEDICARE)) : random.pick(payers);
      tx.create(InsurancePolicy, {
        practice,
        patient,
        payer,
        memberId: `${payer.payerCode.slice(0, 3).toUpperCase()}${random.int(10_000_000, 99_999_999)}`,
        groupNumber: payer.kind === PayerKind.COMMERCIAL ? `GRP${random.int(1000, 9999)}` : null,
        subscriberName: minor ? patient.guarantor!.name : `${first} ${last}`,
        relationshipToSubscriber: minor ? SubscriberRelationship.CHILD : SubscriberRelationship.SELF,
        priority: PolicyPriority.PRIMARY,
        copayCents: payer.kind === PayerKind.COMMERCIAL ? random.pick([2000, 2500, 3000, 4000]) : 0,
        effectiveFrom: '2026-01-01',
      });
      if (random.chance(0.12)) {
        const secondary = random.pick(payers.filter((p) => p !== payer));
        tx.create(InsurancePolicy, {
          practice,
          patient,
          payer: secondary,
          memberId: `S${random.int(100_000_000, 999_999_999)}`,
          subscriberName: `${random.pick(FIRST_NAMES)} ${last}`,
          relationshipToSubscriber: SubscriberRelationship.SPOUSE,
          priority: PolicyPriority.SECONDARY,
          copayCents: 0,
          effectiveFrom: '2026-01-01',
        });
      }
    }

    // Intake paperwork: most signed everything; a few still owe forms (the arrivals board shows it).
    const signer = minor ? (patient.guarantor?.name ?? `${first} ${last}`) : `${first} ${last}`;
    const kinds = [
      ...(index % 9 === 5 ? [] : [ConsentKind.TREATMENT, ConsentKind.HIPAA_NOTICE, ConsentKind.FINANCIAL_POLICY]),
      ...(index % 2 === 0 ? [ConsentKind.TELEHEALTH] : []),
    ];
    for (const kind of kinds) {
      tx.create(Consent, {
        practice,
        patient,
        kind,
        version: '2026-01',
        signerName: signer,
        signerRelationship: minor ? 'PARENT' : 'SELF',
        typedSignature: signer,
        signedAt: referenceDay,
      });
    }

    const therapistKey = index === 0 ? 'reyes' : THERAPIST_KEYS[index % THERAPIST_KEYS.length]!;
    tx.create(CareTeamMember, {
      practice,
      patient,
      staffMember: staff.get(therapistKey)!,
      role: CareTeamRole.PRIMARY_CLINICIAN,
    });
    addToCaseload(staff.get(therapistKey)!, patient);
    if (index % 4 === 1 || index === 0) {
      tx.create(CareTeamMember, {
        practice,
        patient,
        staffMember: staff.get(PRESCRIBER_KEYS[Math.floor(index / 4) % 2]!)!,
        role: CareTeamRole.PRESCRIBER,
      });
      addToCaseload(staff.get(PRESCRIBER_KEYS[Math.floor(index / 4) % 2]!)!, patient);
    }

    const diagnosisCount = random.int(1, 2);
    const used = new Set<string>();
    for (let d = 0; d < diagnosisCount; d++) {
      // Avery (the portal login) has the depression her treatment plan and PHQ-9 history are about.
      const firstCode = index === 0 ? 'F33.1' : minor ? 'F90.0' : null;
      const diagnosis = d === 0 && firstCode ? DIAGNOSES.find((x) => x.code === firstCode)! : random.pick(DIAGNOSES);
      if (used.has(diagnosis.code)) continue;
      used.add(diagnosis.code);
      tx.create(Diagnosis, {
        practice,
        patient,
        icd10Code: diagnosis.code,
        description: diagnosis.description,
        isPrimary: d === 0,
        clinicalNote: random.pick(CLINICAL_NOTES),
        diagnosedOn: isoDate(new Date(Date.UTC(2025, random.int(0, 11), random.int(1, 28)))),
      });
    }
  }
  const clinicianAt = (keys: readonly string[]) =>
    keys.map((key) => ({ staff: staff.get(key)!, prescriber: PRESCRIBER_KEYS.includes(key) }));
  seedSchedule(tx, random, {
    practice,
    caseloads,
    today: new Date(),
    sites: [
      { ...sites[0]!, clinicians: clinicianAt(RIVERBEND_SITE_CLINICIANS[0]) },
      { ...sites[1]!, clinicians: clinicianAt(RIVERBEND_SITE_CLINICIANS[1]) },
    ],
  });
  await tx.flush();
  await seedClinicalRecords(tx, random, {
    practice,
    staff,
    caseloads,
    today: new Date(),
    timeZone: sites[0]!.facility.timeZone,
  });
  await tx
    .getConnection()
    .execute('update practice set mrn_counter = 150 where id = ?', [practice.id], 'run', tx.getTransactionContext());
}

/** A second, small practice: nothing of it may ever be visible from Riverbend, and vice versa. */
async function seedLakeside(em: EntityManager, passwordHash: string): Promise<void> {
  const practice = em.create(Practice, { name: 'Lakeside Counseling', slug: 'lakeside' });
  const tx = scoped(em, practice);
  tx.create(Facility, {
    practice,
    name: 'Lakeside Main',
    addressLine1: '40 Shore Rd',
    city: 'Madison',
    state: 'WI',
    postalCode: '53703',
    phone: '(608) 555-0170',
    timeZone: 'America/Chicago',
    placeOfServiceCode: '11',
  });
  const payer = tx.create(Payer, { practice, name: 'Quartz Health', payerCode: '39180', kind: PayerKind.COMMERCIAL });
  const staff = createStaff(
    tx,
    practice,
    [
      {
        key: 'manager',
        firstName: 'Ruth',
        lastName: 'Olsen',
        credentials: 'Practice manager',
        roles: [Role.PRACTICE_MANAGER, Role.FRONT_DESK],
        color: '#495057',
        email: 'manager@lakeside.test',
      },
      {
        key: 'therapist',
        firstName: 'Lars',
        lastName: 'Berg',
        credentials: 'LPC',
        roles: [Role.CLINICIAN],
        color: '#1c7ed6',
        email: 'clinician@lakeside.test',
      },
    ],
    passwordHash,
  );
  for (let index = 0; index < 5; index++) {
    const patient = tx.create(Patient, {
      practice,
      mrn: String(index + 1).padStart(6, '0'),
      legalFirstName: ['Ingrid', 'Mason', 'Elsa', 'Tobias', 'Wren'][index]!,
      legalLastName: 'Lindqvist',
      dateOfBirth: `19${70 + index * 5}-05-1${index}`,
      sexAssignedAtBirth: index % 2 ? SexAssignedAtBirth.MALE : SexAssignedAtBirth.FEMALE,
      mobilePhone: `(608) 555-01${10 + index}`,
    });
    tx.create(InsurancePolicy, {
      practice,
      patient,
      payer,
      memberId: `QZ${1000 + index}`,
      subscriberName: `${patient.legalFirstName} Lindqvist`,
      relationshipToSubscriber: SubscriberRelationship.SELF,
      priority: PolicyPriority.PRIMARY,
      copayCents: 2500,
      effectiveFrom: '2026-01-01',
    });
    tx.create(CareTeamMember, {
      practice,
      patient,
      staffMember: staff.get('therapist')!,
      role: CareTeamRole.PRIMARY_CLINICIAN,
    });
    tx.create(Diagnosis, {
      practice,
      patient,
      icd10Code: 'F41.1',
      description: 'Generalized anxiety disorder',
      isPrimary: true,
      clinicalNote: 'Lakeside clinical note.',
      diagnosedOn: '2026-02-01',
    });
  }
  await tx.flush();
  await tx
    .getConnection()
    .execute('update practice set mrn_counter = 5 where id = ?', [practice.id], 'run', tx.getTransactionContext());
}
