import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { Patient } from '../patients';
import { Diagnosis } from './diagnosis.entity';

@Resolver(() => Patient)
export class PatientDiagnosesResolver {
  @DataClassOf(DataClass.CODING)
  @FieldResolver(() => [Diagnosis], { description: 'The problem list: active first, primary first.' })
  diagnoses(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Diagnosis[]> {
    return ctx.em.find(
      Diagnosis,
      { patient },
      { orderBy: { status: 'asc', isPrimary: 'desc', diagnosedOn: 'asc' } },
    );
  }
}
