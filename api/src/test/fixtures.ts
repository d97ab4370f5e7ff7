import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { Practice } from '../platform/db/practice.entity';
import { PRACTICE_FILTER } from '../platform/db/practice-scoped.entity';
import { Role } from '../platform/permissions/role';
import { Payer, PayerKind } from '../modules/billing';
import { Diagnosis } from '../modules/clinical';
import { hashPassword, StaffMember, User } from '../modules/identity';
import {
  CareTeamMember,
  CareTeamRole,
  InsurancePolicy,
  Patient,
  PolicyPriority,
  SexAssignedAtBirth,
  SubscriberRelationship,
} from '../modules/patients';
import { AppointmentType, Facility, Room } from '../modules/scheduling';
import { TEST_PASSWORD } from './graphql-client';

/** The people of a test practice, one per persona, with their sign-in emails. */
export interface PracticeFixture {
  practiceId: string;
  payerId: string;
  emails: {
    frontDesk: string;
    clinician: string;
    otherClinician: string;
    supervisor: string;
    associate: string;
    biller: string;
    manager: string;
    patient: string;
    otherPatient: string;
  };
  staff: {
    clinician: string;
    otherClinician: string;
    supervisor: string;
    associate: string;
    prescriber: string;
    frontDesk: string;
  };
  /** On `clinician`'s care team; signs in as `emails.patient`. */
  patientId: string;
  /** On `otherClinician`'s care team only. */
  otherPatientId: string;
  /** On `associate`'s care team: visible to the associate's supervisor too. */
  associatePatientId: string;
  policyId: string;
  diagnosisId: string;
  /** America/Chicago, with two rooms; no working hours until a test adds them. */
  facilityId: string;
  roomIds: [string, string];
  /** 50-minute individual visit. */
  appointmentTypeId: string;
  groupTypeId: string;
}

let passwordHash: Promise<string> | undefined;

/**
 * A fresh practice per test file: tests stay independent, and every test also exercises
 * practice scoping, because other files' practices share the database.
 */
export async function createPracticeFixture(orm: MikroORM, label = 'test'): Promise<PracticeFixture> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const suffix = randomUUID().slice(0, 8);
  const email = (who: string) => `${who}.${suffix}@${label}.handoff.test`;
  const em = orm.em.fork();
  const practice = em.create(Practice, { name: `${label} practice ${suffix}`, slug: `${label}-${suffix}` });
  em.setFilterParams(PRACTICE_FILTER, { practiceId: practice.id });
  const facility = em.create(Facility, {
    practice,
    name: 'Main',
    addressLine1: '1 Main St',
    city: 'Austin',
    state: 'TX',
    postalCode: '78701',
    phone: '(512) 555-0000',
    timeZone: 'America/Chicago',
    placeOfServiceCode: '11',
  });
  const rooms = [
    em.create(Room, { practice, facility, name: 'Room 1' }),
    em.create(Room, { practice, facility, name: 'Room 2' }),
  ];
  const appointmentType = em.create(AppointmentType, {
    practice,
    name: 'Psychotherapy',
    defaultMinutes: 50,
    color: '#1c7ed6',
    defaultCptCode: '90834',
  });
  const groupType = em.create(AppointmentType, {
    practice,
    name: 'Group',
    defaultMinutes: 90,
    color: '#f59f00',
    defaultCptCode: '90853',
    group: true,
  });
  const payer = em.create(Payer, { practice, name: 'Test Payer', payerCode: '99999', kind: PayerKind.COMMERCIAL });

  const person = (key: string, roles: Role[], extra: Partial<StaffMember> = {}) => {
    const staff = em.create(StaffMember, {
      practice,
      firstName: key,
      lastName: 'Tester',
      credentials: 'LCSW',
      roles,
      ...extra,
    });
    em.create(User, { practice, email: email(key), passwordHash: hash, staffMember: staff });
    return staff;
  };
  const frontDesk = person('frontdesk', [Role.FRONT_DESK]);
  const clinician = person('clinician', [Role.CLINICIAN]);
  const otherClinician = person('otherclinician', [Role.CLINICIAN]);
  const supervisor = person('supervisor', [Role.CLINICIAN]);
  const associate = person('associate', [Role.CLINICIAN], { supervisor: ref(supervisor) });
  const prescriber = person('prescriber', [Role.CLINICIAN], { canPrescribe: true, credentials: 'MD' });
  person('biller', [Role.BILLER]);
  person('manager', [Role.PRACTICE_MANAGER]);

  const newPatient = (first: string, mrn: string, careTeam: StaffMember) => {
    const patient = em.create(Patient, {
      practice,
      mrn,
      legalFirstName: first,
      legalLastName: `Fixture${suffix}`,
      dateOfBirth: '1990-04-12',
      sexAssignedAtBirth: SexAssignedAtBirth.FEMALE,
      mobilePhone: '(512) 555-0199',
      schedulingPreferences: 'Mornings',
    });
    em.create(CareTeamMember, { practice, patient, staffMember: careTeam, role: CareTeamRole.PRIMARY_CLINICIAN });
    return patient;
  };
  const patient = newPatient('Paula', '000001', clinician);
  const otherPatient = newPatient('Oscar', '000002', otherClinician);
  const associatePatient = newPatient('Ada', '000003', associate);
  em.create(User, { practice, email: email('patient'), passwordHash: hash, patient });
  em.create(User, { practice, email: email('otherpatient'), passwordHash: hash, patient: otherPatient });

  const policy = em.create(InsurancePolicy, {
    practice,
    patient,
    payer,
    memberId: 'M123456',
    subscriberName: 'Paula Fixture',
    relationshipToSubscriber: SubscriberRelationship.SELF,
    priority: PolicyPriority.PRIMARY,
    copayCents: 2500,
    effectiveFrom: '2026-01-01',
  });
  em.create(InsurancePolicy, {
    practice,
    patient: otherPatient,
    payer,
    memberId: 'M654321',
    subscriberName: 'Oscar Fixture',
    relationshipToSubscriber: SubscriberRelationship.SELF,
    priority: PolicyPriority.PRIMARY,
    copayCents: 3000,
    effectiveFrom: '2026-01-01',
  });
  const diagnosis = em.create(Diagnosis, {
    practice,
    patient,
    icd10Code: 'F41.1',
    description: 'Generalized anxiety disorder',
    isPrimary: true,
    clinicalNote: 'Formulation text',
    diagnosedOn: '2026-01-15',
  });
  for (const p of [otherPatient, associatePatient]) {
    em.create(Diagnosis, {
      practice,
      patient: p,
      icd10Code: 'F32.1',
      description: 'MDD',
      clinicalNote: 'Other note',
      diagnosedOn: '2026-01-15',
    });
  }
  await em.flush();
  await em.getConnection().execute('update practice set mrn_counter = 3 where id = ?', [practice.id]);

  return {
    practiceId: practice.id,
    payerId: payer.id,
    emails: {
      frontDesk: email('frontdesk'),
      clinician: email('clinician'),
      otherClinician: email('otherclinician'),
      supervisor: email('supervisor'),
      associate: email('associate'),
      biller: email('biller'),
      manager: email('manager'),
      patient: email('patient'),
      otherPatient: email('otherpatient'),
    },
    staff: {
      clinician: clinician.id,
      otherClinician: otherClinician.id,
      supervisor: supervisor.id,
      associate: associate.id,
      prescriber: prescriber.id,
      frontDesk: frontDesk.id,
    },
    patientId: patient.id,
    otherPatientId: otherPatient.id,
    associatePatientId: associatePatient.id,
    policyId: policy.id,
    diagnosisId: diagnosis.id,
    facilityId: facility.id,
    roomIds: [rooms[0]!.id, rooms[1]!.id],
    appointmentTypeId: appointmentType.id,
    groupTypeId: groupType.id,
  };
}
