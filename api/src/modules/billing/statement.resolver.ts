import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../platform/data-class/data-class';
import { groupBy, requestLoader } from '../../platform/graphql/request-loader';
import { Patient } from '../patients';
import { Statement } from './statement.entity';
import { sendStatement } from './statement.service';

@Resolver(() => Statement)
export class StatementResolver {
  @DataClassOf(DataClass.FINANCIAL)
  @Mutation(() => Statement, {
    description: 'Records a statement of the current balance and emails the patient (or guarantor) a notice.',
  })
  sendStatement(@Arg('patientId', () => ID) patientId: string, @Ctx() ctx: RequestContext): Promise<Statement> {
    return sendStatement(ctx, patientId);
  }

  @DataClassOf(DataClass.FINANCIAL)
  @FieldResolver(() => Date)
  sentAt(@Root() statement: Statement): Date {
    return statement.createdAt;
  }

  @DataClassOf(DataClass.FINANCIAL)
  @FieldResolver(() => String, { description: 'The statement of the current balance, as a PDF.' })
  pdfUrl(@Root() statement: Statement): string {
    return `/documents/statements/${statement.patient.id}.pdf`;
  }
}

@Resolver(() => Patient)
export class PatientStatementsResolver {
  @DataClassOf(DataClass.FINANCIAL)
  @FieldResolver(() => [Statement], { description: 'Statements sent, newest first.' })
  statements(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Statement[]> {
    return requestLoader<string, Statement[]>(ctx, 'statementsByPatient', async (patientIds) => {
      const rows = await ctx.em.find(
        Statement,
        { patient: { $in: [...patientIds] } },
        { orderBy: { createdAt: 'desc', id: 'asc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    }).load(patient.id);
  }
}
