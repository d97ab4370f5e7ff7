import { Entity, Index, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { PracticeScopedEntity } from '../../platform/db/practice-scoped.entity';
import { StaffMember } from './staff-member.entity';
import { Patient } from '../patients';

/**
 * A login identity: exactly one of a staff member or a patient. Not a GraphQL type: the
 * API exposes the signed-in user through `Viewer`, never the password hash or lockout state.
 * Emails are unique across practices so that sign-in needs no practice picker.
 */
@Entity({ tableName: 'app_user' })
@Index({ properties: ['practice'] })
export class User extends PracticeScopedEntity {
  @Property({ unique: true })
  email!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @OneToOne(() => StaffMember, { ref: true, nullable: true, owner: true })
  staffMember?: Ref<StaffMember> | null;

  @OneToOne(() => Patient, { ref: true, nullable: true, owner: true })
  patient?: Ref<Patient> | null;

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;
}
