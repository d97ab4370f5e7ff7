import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { groupBy, requestLoader } from '../../platform/graphql/request-loader';
import { Patient } from '../patients';
import { Diagnosis } from './diagnosis.entity';

@Resolver(() => Patient)
export class PatientDiagnosesResolver {
  @DataClassOf(DataClass.CODING)
  @FieldResolver(() => [Diagnosis], { description: 'The problem list: active first, primary first.' })
  diagnoses(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Diagnosis[]> {
    const loader = requestLoader<string, Diagnosis[]>(ctx, 'diagnosesByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        Diagnosis,
        { patient: { $in: [...patientIds] } },
        { orderBy: { status: 'asc', isPrimary: 'desc', diagnosedOn: 'asc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }
}
