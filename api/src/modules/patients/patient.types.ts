import { Field, Int, ObjectType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Patient } from './patient.entity';
import { PATIENT_COUNT_LIMIT } from './patient-search';

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'One page of patients.' })
export class PatientPage {
  @Field(() => [Patient])
  nodes!: Patient[];

  @Field(() => Int, { description: `All matches, counted up to ${PATIENT_COUNT_LIMIT}.` })
  totalCount!: number;

  @Field({ description: `False when more than ${PATIENT_COUNT_LIMIT} patients match: show "${PATIENT_COUNT_LIMIT}+".` })
  totalCountIsExact!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
