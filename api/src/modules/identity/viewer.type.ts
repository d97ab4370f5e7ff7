import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Role } from '../../platform/permissions/role';

/** The signed-in person and their session. Reading it never reveals anyone else. */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType('Viewer')
export class ViewerType {
  @Field(() => ID, { description: 'The user id.' })
  id!: string;

  @Field()
  email!: string;

  @Field({ description: 'How the person is greeted in the apps.' })
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => String, { nullable: true })
  staffMemberId?: string | undefined;

  @Field(() => String, { nullable: true })
  patientId?: string | undefined;

  @Field()
  practiceId!: string;

  @Field({ description: 'When the session ends however active it is.' })
  sessionExpiresAt!: Date;

  @Field(() => Int, { description: 'Inactivity after which the session ends, in seconds.' })
  idleTimeoutSeconds!: number;
}
