import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { pgArray } from '../../../platform/db/sql';
import { groupBy, requestLoader } from '../../../platform/graphql/request-loader';
import { DateOnly } from '../../../platform/graphql/scalars';
import { Patient } from '../../patients';
import { MeasureAdministration } from './measure-administration.entity';
import { MeasureAssignment } from './measure-assignment.entity';
import { MeasureInstrument, SafetyAlertAction } from './measure-enums';
import { measureForm } from './measure-form';
import { latestScoresFor, measuresDueFor, practiceToday } from './measure-queries';
import { AssignMeasureInput, RecordMeasureResponsesInput } from './measures.inputs';
import { measuresService } from './measures.service';
import {
  DueMeasure,
  InstrumentNorms,
  LatestScore,
  MeasureForm,
  MeasureHistory,
  NotImprovingMeasure,
  ReliableChangeNormsInput,
} from './measures.types';
import { changePracticeNorms, normsTable, practiceNormOverrides } from './practice-norms';
import { SafetyAlert } from './safety-alert.entity';
import { safetyAlertService } from './safety-alert.service';

/** Operations of measurement-based care; rules and row scope live in the services. */
@Resolver()
export class MeasuresResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => MeasureForm, { description: 'An instrument’s questions and answer options, for the tablet page.' })
  measureForm(@Arg('instrument', () => MeasureInstrument) instrument: MeasureInstrument): MeasureForm {
    return measureForm(instrument);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => MeasureAssignment, { description: 'Assigns an instrument to a patient on your care team.' })
  assignMeasure(@Arg('input') input: AssignMeasureInput, @Ctx() ctx: RequestContext): Promise<MeasureAssignment> {
    return measuresService.assign(ctx, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => MeasureAssignment, { description: 'Stops an assignment: it is no longer due.' })
  stopMeasureAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<MeasureAssignment> {
    return measuresService.stop(ctx, id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => MeasureAdministration, {
    description:
      'Stores a questionnaire answered on the clinic tablet (the clinician signed in). The server scores it; ' +
      'a positive suicide-risk screen raises a safety alert for the treating clinicians.',
  })
  recordMeasureResponses(
    @Arg('input') input: RecordMeasureResponsesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasureAdministration> {
    return measuresService.record(ctx, input);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Query(() => [SafetyAlert], { description: 'Safety alerts raised for you, newest first; `open` filters.' })
  mySafetyAlerts(
    @Arg('open', () => Boolean, { nullable: true }) open: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SafetyAlert[]> {
    return safetyAlertService.mine(ctx, open);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Mutation(() => SafetyAlert, { description: 'Records what you did about an alert (a note is required for OTHER).' })
  acknowledgeSafetyAlert(
    @Arg('id', () => ID) id: string,
    @Arg('action', () => SafetyAlertAction) action: SafetyAlertAction,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SafetyAlert> {
    return safetyAlertService.acknowledge(ctx, id, action, note);
  }

  @DataClassOf(DataClass.CLINICAL)
  @Query(() => [NotImprovingMeasure], {
    description: 'Your care-team patients with no reliable improvement `weeks` after their first score.',
  })
  notImprovingPatients(
    @Arg('weeks', () => Int, { defaultValue: 8 }) weeks: number,
    @Ctx() ctx: RequestContext,
  ): Promise<NotImprovingMeasure[]> {
    return measuresService.notImproving(ctx, weeks);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Query(() => [InstrumentNorms], {
    description: "Reliable-change norms per instrument: the practice's or the default.",
  })
  async reliableChangeNorms(@Ctx() ctx: RequestContext): Promise<InstrumentNorms[]> {
    return normsTable(await practiceNormOverrides(ctx.em, ctx.viewer!.practiceId)) as InstrumentNorms[];
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => [InstrumentNorms], {
    description: "Sets the practice's norms for an instrument (null: reliable change off for it). Managers only.",
  })
  async setReliableChangeNorms(
    @Arg('instrument', () => MeasureInstrument) instrument: MeasureInstrument,
    @Arg('norms', () => ReliableChangeNormsInput, { nullable: true }) norms: ReliableChangeNormsInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InstrumentNorms[]> {
    return (await changePracticeNorms(ctx, instrument, { set: norms })) as InstrumentNorms[];
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @Mutation(() => [InstrumentNorms], { description: "Puts an instrument's default norms back. Managers only." })
  async resetReliableChangeNorms(
    @Arg('instrument', () => MeasureInstrument) instrument: MeasureInstrument,
    @Ctx() ctx: RequestContext,
  ): Promise<InstrumentNorms[]> {
    return (await changePracticeNorms(ctx, instrument, { reset: true })) as InstrumentNorms[];
  }
}

/** Measures on the chart. CLINICAL fields: the field guard admits only the care team. */
@Resolver(() => Patient)
export class PatientMeasuresResolver {
  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [DueMeasure], {
    description: "Measures due on a day (default today, in the practice's time zone), one per instrument.",
  })
  async measuresDue(
    @Root() patient: Patient,
    @Arg('on', () => DateOnly, { nullable: true }) on: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DueMeasure[]> {
    const practiceId = ctx.viewer!.practiceId;
    // One look-up of "today" per request, however many patients are listed.
    const today = requestLoader<string, string>(ctx, 'practiceToday', (keys) =>
      practiceToday(ctx.em, practiceId).then((date) => keys.map(() => date)),
    );
    const date = on ?? (await today.load(practiceId));
    const loader = requestLoader<string, DueMeasure[]>(ctx, `measuresDue:${date}`, async (patientIds) => {
      const due = await measuresDueFor(ctx.em, practiceId, patientIds, date);
      return patientIds.map((id) => due.get(id) ?? []);
    });
    return loader.load(patient.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => Int, {
    description: "Safety alerts not yet acknowledged, whoever they were raised for (the chart banner's risk flag).",
  })
  openSafetyAlerts(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<number> {
    return requestLoader<string, number>(ctx, 'openSafetyAlerts', async (patientIds) => {
      const rows = await ctx.em.getConnection().execute<{ patient_id: string; open: number }[]>(
        `select patient_id, count(*)::int as open from safety_alert
          where practice_id = ? and patient_id = any(?::uuid[]) and acknowledged_at is null group by patient_id`,
        [ctx.viewer!.practiceId, pgArray(patientIds)],
      );
      const open = new Map(rows.map((row) => [row.patient_id, row.open]));
      return patientIds.map((id) => open.get(id) ?? 0);
    }).load(patient.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => MeasureHistory, {
    description: 'One instrument’s last administrations with reliable change, response and remission marks.',
  })
  measureHistory(
    @Root() patient: Patient,
    @Arg('instrument', () => MeasureInstrument) instrument: MeasureInstrument,
    @Arg('last', () => Int, { defaultValue: 24 }) last: number,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasureHistory> {
    return measuresService.history(ctx, patient, instrument, last);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [LatestScore], { description: 'The latest score of each instrument, for the chart banner.' })
  latestScores(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<LatestScore[]> {
    const loader = requestLoader<string, LatestScore[]>(ctx, 'latestScores', async (patientIds) => {
      const latest = await latestScoresFor(ctx.em, patientIds);
      return patientIds.map((id) => latest.get(id) ?? []);
    });
    return loader.load(patient.id);
  }

  @DataClassOf(DataClass.CLINICAL)
  @FieldResolver(() => [MeasureAssignment], { description: 'Measure assignments, active first, newest first.' })
  measureAssignments(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<MeasureAssignment[]> {
    const loader = requestLoader<string, MeasureAssignment[]>(ctx, 'measureAssignments', async (patientIds) => {
      const rows = await ctx.em.find(
        MeasureAssignment,
        { patient: { $in: [...patientIds] } },
        { orderBy: { stoppedAt: 'asc nulls first', createdAt: 'desc' } },
      );
      return groupBy(patientIds, rows, (row) => row.patient.id);
    });
    return loader.load(patient.id);
  }
}

@Resolver(() => MeasureAssignment)
export class MeasureAssignmentResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() assignment: MeasureAssignment): string {
    return assignment.patient.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  assignedById(@Root() assignment: MeasureAssignment): string {
    return assignment.assignedBy.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Boolean, { description: 'Not stopped.' })
  active(@Root() assignment: MeasureAssignment): boolean {
    return !assignment.stoppedAt;
  }
}

@Resolver(() => MeasureAdministration)
export class MeasureAdministrationResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() administration: MeasureAdministration): string {
    return administration.patient.id;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID, { nullable: true })
  assignmentId(@Root() administration: MeasureAdministration): string | null {
    return administration.assignment?.id ?? null;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID, { nullable: true, description: 'The clinician who handed over the tablet.' })
  administeredById(@Root() administration: MeasureAdministration): string | null {
    return administration.administeredBy?.id ?? null;
  }
}

@Resolver(() => SafetyAlert)
export class SafetyAlertResolver {
  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID)
  patientId(@Root() alert: SafetyAlert): string {
    return alert.patient.id;
  }

  @FieldResolver(() => Patient, { description: 'Who it is about (name and contacts, for calling them).' })
  patient(@Root() alert: SafetyAlert, @Ctx() ctx: RequestContext): Promise<Patient> {
    const loader = requestLoader<string, Patient>(ctx, 'safetyAlertPatient', async (ids) => {
      const rows = await ctx.em.find(Patient, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id)!);
    });
    return loader.load(alert.patient.id);
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => Date)
  raisedAt(@Root() alert: SafetyAlert): Date {
    return alert.createdAt;
  }

  @DataClassOf(DataClass.OPERATIONAL)
  @FieldResolver(() => ID, { nullable: true })
  acknowledgedById(@Root() alert: SafetyAlert): string | null {
    return alert.acknowledgedBy?.id ?? null;
  }

  @FieldResolver(() => MeasureAdministration, { description: 'The administration that raised it.' })
  administration(@Root() alert: SafetyAlert, @Ctx() ctx: RequestContext): Promise<MeasureAdministration> {
    const loader = requestLoader<string, MeasureAdministration>(ctx, 'safetyAlertAdministration', async (ids) => {
      const rows = await ctx.em.find(MeasureAdministration, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id)!);
    });
    return loader.load(alert.administration.id);
  }
}

@Resolver(() => NotImprovingMeasure)
export class NotImprovingMeasureResolver {
  @FieldResolver(() => Patient)
  patient(@Root() row: NotImprovingMeasure, @Ctx() ctx: RequestContext): Promise<Patient> {
    const loader = requestLoader<string, Patient>(ctx, 'notImprovingPatient', async (ids) => {
      const rows = await ctx.em.find(Patient, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id)!);
    });
    return loader.load(row.patientId);
  }
}
