import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { DateOnly } from '../../../platform/graphql/scalars';
import {
  ChangeCategoryValue,
  MeasureInstrument,
  MeasureSchedule,
  ScoreTrend,
  SeverityLevelValue,
} from './measure-enums';

export enum FormQuestionKind {
  SCORED = 'SCORED',
  CHOICE = 'CHOICE',
  YES_NO = 'YES_NO',
}
registerEnumType(FormQuestionKind, {
  name: 'FormQuestionKind',
  valuesConfig: {
    SCORED: { description: 'Counts towards the total; answer with `value`.' },
    CHOICE: { description: 'Unscored, optional; answer with `value`.' },
    YES_NO: { description: 'Unscored, optional; answer with `yes`.' },
  },
});

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class FormAnswerOption {
  @Field(() => Int) value!: number;
  @Field() label!: string;
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class SkipRule {
  @Field() itemId!: string;
  @Field(() => Int) value!: number;
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'One question of a form, as the tablet page renders it.' })
export class FormQuestion {
  @Field({ description: 'Send this as MeasureAnswerInput.itemId.' }) id!: string;
  @Field(() => Int) number!: number;
  @Field() text!: string;
  @Field(() => FormQuestionKind) kind!: FormQuestionKind;
  @Field({ description: 'Scored items must be answered unless skipped by the form’s own rule.' }) required!: boolean;
  @Field(() => [FormAnswerOption], { description: 'Empty for yes/no questions.' }) options!: FormAnswerOption[];
  @Field({ description: 'A positive answer raises a same-day safety alert.' }) safetyItem!: boolean;
  @Field(() => SkipRule, { nullable: true, description: 'May be left blank after this answer.' })
  skippedWhen?: SkipRule | null;
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class SeverityBandView {
  @Field(() => Int) min!: number;
  @Field(() => Int) max!: number;
  @Field() label!: string;
  @Field(() => SeverityLevelValue) level!: SeverityLevelValue;
}

@DataClassOf(DataClass.OPERATIONAL)
@ObjectType({ description: 'An instrument ready to render: questions, answer options and bands.' })
export class MeasureForm {
  @Field(() => MeasureInstrument) instrument!: MeasureInstrument;
  @Field() title!: string;
  @Field() shortTitle!: string;
  @Field() version!: string;
  @Field() recallPeriod!: string;
  @Field() prompt!: string;
  @Field(() => Int) maxTotal!: number;
  @Field(() => [FormQuestion]) questions!: FormQuestion[];
  @Field(() => [SeverityBandView], { description: 'Default bands (AUDIT-C and PCL-5 move with sex and cutoff).' })
  bands!: SeverityBandView[];
}

/** A measure due for a patient on a day. */
@DataClassOf<DueMeasure>(DataClass.CLINICAL, { owner: { patientId: (d) => d.patientId } })
@ObjectType()
export class DueMeasure {
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => ID) patientId!: string;
  @Field(() => MeasureInstrument) instrument!: MeasureInstrument;
  @Field(() => ID) assignmentId!: string;
  @Field(() => MeasureSchedule) schedule!: MeasureSchedule;
  @Field(() => DateOnly, { nullable: true }) lastCompletedOn!: string | null;
}

/** Reliable-change norms in force for an instrument (domain.md §5.1). */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class ReliableChangeNormsView {
  @Field(() => Float) sd!: number;
  @Field(() => Float) reliability!: number;
  @Field(() => Float, { description: 'Smallest reliable change in points: 1.96 × Sdiff.' })
  minimumReliableChange!: number;
}

/** One instrument's reliable-change norms on the practice's settings. */
@DataClassOf(DataClass.OPERATIONAL)
@ObjectType()
export class InstrumentNorms {
  @Field(() => MeasureInstrument) instrument!: MeasureInstrument;
  @Field(() => ReliableChangeNormsView, { nullable: true, description: 'In force; null: reliable change is off.' })
  norms!: ReliableChangeNormsView | null;
  @Field(() => ReliableChangeNormsView, { nullable: true, description: 'The default (domain.md §5.1).' })
  defaultNorms!: ReliableChangeNormsView | null;
  @Field({ description: "The practice's own setting (its norms, or off) is in force, not the default." })
  practiceSet!: boolean;
}

@InputType()
export class ReliableChangeNormsInput {
  @Field(() => Float, { description: 'Standard deviation of baseline (clinical-sample) totals.' }) sd!: number;
  @Field(() => Float, { description: "Test-retest reliability or Cronbach's alpha, 0 up to (not including) 1." })
  reliability!: number;
}

@DataClassOf<MeasureHistoryPoint>(DataClass.CLINICAL, { owner: { patientId: (p) => p.patientId } })
@ObjectType({ description: 'One administration on the trend chart, with its marks against the baseline.' })
export class MeasureHistoryPoint {
  patientId!: string;
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => ID) administrationId!: string;
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => Date) administeredAt!: Date;
  @Field(() => DateOnly) administeredOn!: string;
  @Field(() => Int) total!: number;
  @Field() bandLabel!: string;
  @Field(() => SeverityLevelValue) bandLevel!: SeverityLevelValue;
  @Field({ description: 'The first administration ever: what the others are compared with.' }) isBaseline!: boolean;
  @Field(() => Int, { description: 'Total minus the baseline total (negative is better).' })
  changeFromBaseline!: number;
  @Field(() => Float, { nullable: true, description: 'Jacobson-Truax RCI vs baseline; null without norms.' })
  reliableChangeIndex!: number | null;
  @Field(() => ChangeCategoryValue, { nullable: true }) change!: ChangeCategoryValue | null;
  @Field({ description: 'At least a 50% drop from the baseline.' }) response!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Below the remission cutoff (PHQ-9 < 5); null if undefined.' })
  remission!: boolean | null;
  @Field({ description: 'The administration raised a safety flag.' }) safetyFlag!: boolean;
}

@DataClassOf<MeasureHistory>(DataClass.CLINICAL, { owner: { patientId: (h) => h.patientId } })
@ObjectType({ description: "One instrument's trajectory for a patient, oldest point first." })
export class MeasureHistory {
  patientId!: string;
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => MeasureInstrument) instrument!: MeasureInstrument;
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => Int) maxTotal!: number;
  @Field(() => [SeverityBandView], { description: 'Bands for shading the chart (this patient’s cutoffs).' })
  bands!: SeverityBandView[];
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ReliableChangeNormsView, { nullable: true, description: 'Null: no reliable-change norms (AUDIT-C).' })
  norms!: ReliableChangeNormsView | null;
  @Field(() => [MeasureHistoryPoint]) points!: MeasureHistoryPoint[];
}

@DataClassOf<LatestScore>(DataClass.CLINICAL, { owner: { patientId: (s) => s.patientId } })
@ObjectType({ description: 'The latest score of one instrument, for the chart banner.' })
export class LatestScore {
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => ID) patientId!: string;
  @Field(() => MeasureInstrument) instrument!: MeasureInstrument;
  @Field(() => Int) total!: number;
  @Field() bandLabel!: string;
  @Field(() => SeverityLevelValue) bandLevel!: SeverityLevelValue;
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => Date) administeredAt!: Date;
  @Field(() => ScoreTrend, { nullable: true, description: 'Against the previous total; null with one score.' })
  trend!: ScoreTrend | null;
}

@DataClassOf<NotImprovingMeasure>(DataClass.CLINICAL, { owner: { patientId: (n) => n.patientId } })
@ObjectType({ description: 'A patient whose scores show no reliable improvement since their baseline.' })
export class NotImprovingMeasure {
  @DataClassOf(DataClass.OPERATIONAL) @Field(() => ID) patientId!: string;
  @Field(() => MeasureInstrument) instrument!: MeasureInstrument;
  @Field(() => DateOnly) baselineOn!: string;
  @Field(() => Int) baselineTotal!: number;
  @Field(() => DateOnly) latestOn!: string;
  @Field(() => Int) latestTotal!: number;
  @Field(() => Int, { description: 'Whole weeks since the baseline.' }) weeksSinceBaseline!: number;
}
