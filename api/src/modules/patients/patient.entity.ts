import { Collection, Embedded, Entity, Enum, Index, OneToMany, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { DateOnly } from '../../platform/graphql/scalars';
import { EmergencyContact, Guarantor, PostalAddress } from './patient-contacts.embeddable';
import { InsurancePolicy } from './insurance-policy.entity';
import { CareTeamMember } from './care-team-member.entity';

export enum PatientStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(PatientStatus, { name: 'PatientStatus' });

export enum PortalStatus {
  NOT_INVITED = 'NOT_INVITED',
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(PortalStatus, { name: 'PortalStatus' });

export enum ReminderChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(ReminderChannel, { name: 'ReminderChannel' });

export enum SexAssignedAtBirth {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  INTERSEX = 'INTERSEX',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(SexAssignedAtBirth, { name: 'SexAssignedAtBirth' });

/** The centre of the patient graph. Demographics are DEMOGRAPHIC; the rest hang off it. */
@DataClassOf<Patient>(DataClass.DEMOGRAPHIC, { owner: { patientId: (p) => p.id } })
@ObjectType()
@Entity()
@Unique({ properties: ['practice', 'mrn'] })
// Name order for lists and searches (Migration20261129100000_patient_name_order, patient-search.ts).
@Index({
  name: 'patient_practice_name',
  expression:
    'create index patient_practice_name on patient (practice_id, (lower(legal_last_name) collate "C"), (lower(legal_first_name) collate "C"), id)',
})
@Index({ properties: ['practice', 'dateOfBirth'] })
export class Patient extends PracticeScopedEntity {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field({ description: 'Medical record number, unique within the practice.' })
  @Property()
  mrn!: string;

  @Field()
  @Property()
  legalFirstName!: string;

  @Field()
  @Property()
  legalLastName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  preferredName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  pronouns?: string | null;

  @Field(() => DateOnly)
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => SexAssignedAtBirth)
  @Enum({ items: () => SexAssignedAtBirth })
  sexAssignedAtBirth!: SexAssignedAtBirth;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  genderIdentity?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  mobilePhone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Language for visits and letters, e.g. Spanish.' })
  @Property({ type: 'text', nullable: true })
  preferredLanguage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the patient came to the practice: self, physician, school...',
  })
  @Property({ type: 'text', nullable: true })
  referralSource?: string | null;

  @Field(() => PostalAddress, { nullable: true })
  @Embedded(() => PostalAddress, { nullable: true })
  address?: PostalAddress | null;

  @Field(() => EmergencyContact, { nullable: true })
  @Embedded(() => EmergencyContact, { nullable: true })
  emergencyContact?: EmergencyContact | null;

  @Field(() => Guarantor, { nullable: true, description: 'Who pays; for a minor, the parent or guardian.' })
  @Embedded(() => Guarantor, { nullable: true })
  guarantor?: Guarantor | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => PatientStatus)
  @Enum({ items: () => PatientStatus, default: PatientStatus.ACTIVE })
  status: Opt<PatientStatus> = PatientStatus.ACTIVE;

  @Field(() => PortalStatus)
  @Enum({ items: () => PortalStatus, default: PortalStatus.NOT_INVITED })
  portalStatus: Opt<PortalStatus> = PortalStatus.NOT_INVITED;

  @Field(() => [ReminderChannel], { description: 'Channels the patient agreed to receive appointment reminders on.' })
  @Enum({ items: () => ReminderChannel, array: true, default: [] })
  reminderChannels: Opt<ReminderChannel[]> = [];

  @DataClassOf(DataClass.SCHEDULING)
  @Field(() => String, { nullable: true, description: 'Standing scheduling preferences, e.g. "after 4pm".' })
  @Property({ type: 'text', nullable: true })
  schedulingPreferences?: string | null;

  /**
   * The day a clinician confirmed "no known allergies" (NKDA), and who; cleared when an allergy is
   * added. Written with SQL by the medications module (not a profile edit: no version bump).
   */
  @Property({ type: 'date', nullable: true })
  noKnownAllergiesOn?: string | null;

  @Property({ type: 'uuid', nullable: true })
  noKnownAllergiesById?: string | null;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  @OneToMany(() => InsurancePolicy, (policy) => policy.patient)
  insurancePolicies = new Collection<InsurancePolicy>(this);

  @OneToMany(() => CareTeamMember, (member) => member.patient)
  careTeam = new Collection<CareTeamMember>(this);
}
