import { IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../../platform/context/request-context';
import { DataClass, DataClassOf } from '../../../platform/data-class/data-class';
import { zonedDate, zonedTime } from '../../../platform/time/zoned-time';
import { Appointment, appointmentService, Facility, WarningOverrideInput } from '../../scheduling';
import { NotesErrorCode, notesError } from './notes.errors';
import { NoteStatus, ProgressNote } from './progress-note.entity';
import { progressNoteService } from './progress-note.service';

@InputType()
export class ScheduleFollowUpInput {
  @Field(() => Date) startsAt!: Date;
  @Field(() => Int, { nullable: true, description: "Defaults to the appointment type's length." })
  @IsOptional()
  @Min(5)
  @Max(480)
  durationMinutes?: number | null;
  @Field(() => ID, { nullable: true, description: "Defaults to the documented appointment's type." })
  @IsOptional()
  @IsUUID()
  appointmentTypeId?: string | null;
  @Field(() => WarningOverrideInput, { nullable: true, description: 'As for bookAppointment.' })
  @IsOptional()
  @ValidateNested()
  override?: WarningOverrideInput | null;
}

@DataClassOf<FollowUpBooking>(DataClass.SCHEDULING, { owner: { patientId: (b) => b.note.patient.id } })
@ObjectType({ description: 'The follow-up booked from a note.' })
export class FollowUpBooking {
  @DataClassOf(DataClass.OPERATIONAL)
  @Field(() => ID)
  appointmentId!: string;

  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;

  @DataClassOf(DataClass.OPERATIONAL)
  @Field({ description: 'False for a signed note: it is locked, so the booking is not written into it.' })
  recordedInNote!: boolean;

  @DataClassOf(DataClass.CLINICAL)
  @Field(() => ProgressNote, { description: 'The note, with a new version when the follow-up was recorded.' })
  note!: ProgressNote;
}

/**
 * Books the patient's next visit with the note's author from the note itself, through the
 * calendar's own booking (same conflicts, warnings and overrides, same CONFLICT errors), at the
 * documented appointment's facility; no room is taken (the front desk assigns rooms).
 *
 * On a draft the booking is then written into the plan (nextAppointment), which gives the draft a
 * new version: the editor takes it from the answer. A signed note is locked, so the follow-up is
 * still booked but the note is left as signed (`recordedInNote: false`); an addendum can say so.
 * The booking commits first (the calendar reads it back to publish it), so an autosave landing in
 * between is not a reason to fail: the plan is written onto the fresh draft instead.
 */
export async function scheduleFollowUp(
  ctx: RequestContext,
  noteId: string,
  input: ScheduleFollowUpInput,
): Promise<FollowUpBooking> {
  const note = await progressNoteService.authoredNote(ctx, noteId);
  const documented = note.appointmentId ? await ctx.em.findOne(Appointment, { id: note.appointmentId }) : null;
  if (!documented) {
    throw notesError(NotesErrorCode.FOLLOW_UP_NEEDS_APPOINTMENT, 'This note documents no appointment to follow up.');
  }
  const facility = await ctx.em.findOneOrFail(Facility, { id: documented.facility.id });
  const booked = await appointmentService.book(ctx, {
    providerId: note.author.id,
    facilityId: facility.id,
    appointmentTypeId: input.appointmentTypeId ?? documented.appointmentType.id,
    patientIds: [note.patient.id],
    startsAt: input.startsAt,
    minutes: input.durationMinutes ?? null,
    override: input.override ?? null,
  });
  const when = `${zonedDate(booked.startsAt, facility.timeZone)} ${zonedTime(booked.startsAt, facility.timeZone)}`;
  const written = await recordInPlan(ctx, note, booked.id, when);
  return {
    appointmentId: booked.id,
    startsAt: booked.startsAt,
    endsAt: booked.endsAt,
    recordedInNote: written.status === NoteStatus.DRAFT,
    note: written,
  };
}

/** Writes the follow-up into a draft's plan (a signed note is returned untouched). */
async function recordInPlan(
  ctx: RequestContext,
  note: ProgressNote,
  appointmentId: string,
  when: string,
): Promise<ProgressNote> {
  for (let attempt = 1; ; attempt++) {
    if (note.status !== NoteStatus.DRAFT) return note;
    note.content = { ...note.content, nextAppointmentId: appointmentId, nextAppointment: when };
    try {
      await ctx.em.flush();
      return note;
    } catch (error) {
      if ((error as { name?: string }).name !== 'OptimisticLockError' || attempt > 1) throw error;
      ctx.em.clear();
      note = await ctx.em.findOneOrFail(ProgressNote, { id: note.id });
    }
  }
}
