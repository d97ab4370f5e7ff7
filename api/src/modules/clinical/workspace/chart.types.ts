import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { DateOnly, DateTimeIso } from '../../../platform/graphql/scalars';
import { MeasureInstrument } from '../measures/measure-enums';
import { AllergySeverity } from '../medications/allergy.entity';
import { NoteService } from '../notes/note-content';
import { NoteStatus } from '../notes/progress-note.entity';

// The chart's parts are value types `embedded` under one classified field of the chart: the
// field is checked (care team) and audited once per chart, not once per note header or score.

/** One score of an instrument: date, total and the instrument's band for it. */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class ChartScore {
  @Field(() => DateOnly)
  administeredOn!: string;

  @Field(() => Int)
  total!: number;

  @Field({ description: 'The severity band of the total, e.g. "Moderate".' })
  severityLabel!: string;
}

/** The last scores of one instrument, newest first. */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class ChartInstrumentScores {
  @Field(() => MeasureInstrument)
  instrument!: MeasureInstrument;

  @Field(() => [ChartScore])
  scores!: ChartScore[];
}

@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class ChartAllergy {
  @Field()
  substance!: string;

  @Field(() => AllergySeverity)
  severity!: AllergySeverity;
}

/** A problem-list entry: coded like `Diagnosis`, so it is CODING like its code. */
@DataClassOf(DataClass.CODING, { embedded: true })
@ObjectType()
export class ChartDiagnosis {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ICD-10-CM code, e.g. F41.1.' })
  icd10Code!: string;

  @Field()
  description!: string;

  @Field(() => Boolean)
  isPrimary!: boolean;
}

/** A progress note without its content. */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class ChartNoteHeader {
  @Field(() => ID)
  id!: string;

  @Field(() => DateOnly)
  dateOfService!: string;

  @Field(() => NoteService)
  service!: NoteService;

  @Field(() => NoteStatus)
  status!: NoteStatus;

  @Field(() => DateTimeIso, { nullable: true })
  signedAt?: Date | null;

  @Field(() => ID)
  authorId!: string;

  @Field(() => Boolean, { description: "Signed and waiting for the supervisor's co-signature." })
  cosignPending!: boolean;
}

export enum ChartEventKind {
  VISIT = 'VISIT',
  NOTE_SIGNED = 'NOTE_SIGNED',
  MEASURE = 'MEASURE',
  PLAN_ACTIVATED = 'PLAN_ACTIVATED',
  PRESCRIPTION_SIGNED = 'PRESCRIPTION_SIGNED',
}
registerEnumType(ChartEventKind, { name: 'ChartEventKind' });

/** One entry of the chart's timeline; `id` is the visit's, note's, administration's, plan version's or prescription's. */
@DataClassOf(DataClass.CLINICAL, { embedded: true })
@ObjectType()
export class ChartEvent {
  @Field(() => ChartEventKind)
  kind!: ChartEventKind;

  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeIso)
  occurredAt!: Date;

  @Field({
    description:
      'Visit: appointment type; note: service; measure: instrument; plan: "Version n"; prescription: drug and strength.',
  })
  summary!: string;

  @Field(() => String, { nullable: true, description: "A visit's status (AppointmentStatus)." })
  status?: string | null;

  @Field(() => Int, { nullable: true, description: "A measure's total." })
  total?: number | null;

  @Field(() => DateOnly, { nullable: true, description: 'The active plan version: when it is due for review.' })
  reviewDueOn?: string | null;
}

/** Who the chart is about, as the banner shows it. */
@DataClassOf<ChartBanner>(DataClass.DEMOGRAPHIC, { owner: { patientId: (b) => b.patientId } })
@ObjectType()
export class ChartBanner {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  patientId!: string;

  @Field({ description: 'Preferred (or legal) first name and last name.' })
  displayName!: string;

  @Field()
  legalFirstName!: string;

  @Field()
  legalLastName!: string;

  @Field(() => DateOnly)
  dateOfBirth!: string;

  @Field(() => Int, { description: 'Age in whole years today.' })
  age!: number;

  @Field(() => String, { nullable: true })
  pronouns?: string | null;

  @DataClassOf(DataClass.CODING)
  @Field(() => ChartDiagnosis, { nullable: true })
  primaryDiagnosis?: ChartDiagnosis | null;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => [ChartAllergy], { description: 'Allergies on file (not removed).' })
  allergies!: ChartAllergy[];

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => Int, { description: 'Safety alerts not yet acknowledged.' })
  openSafetyAlerts!: number;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => ChartScore, { nullable: true })
  latestPhq9?: ChartScore | null;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => ChartScore, { nullable: true })
  latestGad7?: ChartScore | null;
}

/** A patient's chart as a clinician opens it: one read. */
@DataClassOf<PatientChart>(DataClass.CLINICAL, { owner: { patientId: (c) => c.patientId } })
@ObjectType()
export class PatientChart {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  patientId!: string;

  @DataClassOf(DataClass.DEMOGRAPHIC)
  @Field(() => ChartBanner)
  banner!: ChartBanner;

  @Field(() => [ChartNoteHeader], { description: 'The last 20 progress notes, newest date of service first.' })
  progressNotes!: ChartNoteHeader[];

  @DataClassOf(DataClass.CODING)
  @Field(() => [ChartDiagnosis], { description: 'Active diagnoses, primary first, then in problem-list order.' })
  activeDiagnoses!: ChartDiagnosis[];

  @Field(() => [ChartInstrumentScores], { description: 'The last 24 scores of each instrument given, newest first.' })
  scores!: ChartInstrumentScores[];

  @Field(() => [ChartEvent], { description: 'The last 30 events, newest first.' })
  timeline!: ChartEvent[];
}
