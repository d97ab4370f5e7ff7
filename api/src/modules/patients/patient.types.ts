import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Patient } from './patient.entity';

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'One page of patients.' })
export class PatientPage {
  @Field(() => [Patient])
  nodes!: Patient[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
