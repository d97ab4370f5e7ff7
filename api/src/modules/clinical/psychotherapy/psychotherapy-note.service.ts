import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { forbiddenError } from '../../../platform/errors/domain-error';
import { StaffMember } from '../../identity';
import { Patient } from '../../patients';
import { AppointmentAttendee } from '../../scheduling';
import { PsychotherapyErrorCode, psychotherapyError } from './psychotherapy.errors';
import { PsychotherapyNote } from './psychotherapy-note.entity';
import type { WritePsychotherapyNoteInput } from './psychotherapy-note.inputs';

const STALE_MESSAGE = 'This note was saved elsewhere since you opened it. Reload to see the latest version.';
const MAX_TEXT = 20_000;

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_TEXT) {
    throw psychotherapyError(
      PsychotherapyErrorCode.TEXT_INVALID,
      `Write the note (1 to ${MAX_TEXT} characters).`,
      'text',
    );
  }
  return trimmed;
}

/**
 * Psychotherapy notes (45 CFR 164.501, 164.508(a)(2)). Read only by the author and, for supervised
 * training, by the author's current supervisor; break-the-glass does not open them (security.md
 * PN-01). Written, changed and deleted by the author alone. Every read is audited under the
 * note's id: the service records each note it hands out, and the field guard adds the fields read
 * to the same audit row.
 */
export class PsychotherapyNoteService {
  /** The viewer's notes about a patient and, as their supervisor, their supervisees' ones; newest first. */
  async listForPatient(ctx: RequestContext, patientId: string): Promise<PsychotherapyNote[]> {
    const staffId = this.staffId(ctx);
    if (!isUuid(patientId)) return [];
    const notes = await ctx.em.find(
      PsychotherapyNote,
      { patient: patientId, $or: [{ author: staffId }, { author: { supervisor: staffId } }] },
      { populate: ['author'], orderBy: { createdAt: 'desc', id: 'asc' } },
    );
    for (const note of notes) this.recordRead(ctx, note);
    return notes;
  }

  async read(ctx: RequestContext, id: string): Promise<PsychotherapyNote> {
    const note = await this.readableNote(ctx, id);
    this.recordRead(ctx, note);
    return note;
  }

  /** A new note by the viewer about a patient they treat (a care relationship, not an emergency grant). */
  async write(ctx: RequestContext, input: WritePsychotherapyNoteInput): Promise<PsychotherapyNote> {
    const staffId = this.staffId(ctx);
    const text = cleanText(input.text);
    const patientId = input.patientId;
    if (!isUuid(patientId) || !ctx.access.hasCareRelationship(patientId) || ctx.access.isEmergencyAccess(patientId)) {
      throw psychotherapyError(PsychotherapyErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.', 'patientId');
    }
    if (input.appointmentId) await this.assertAttended(ctx.em, input.appointmentId, patientId);
    const note = ctx.em.create(PsychotherapyNote, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      patient: ctx.em.getReference(Patient, patientId),
      author: await ctx.em.findOneOrFail(StaffMember, { id: staffId }),
      appointmentId: input.appointmentId ?? null,
      text,
    });
    await ctx.em.flush();
    return note;
  }

  async update(ctx: RequestContext, id: string, text: string, version: number): Promise<PsychotherapyNote> {
    const note = await this.authoredNote(ctx, id);
    if (note.version !== version) {
      throw psychotherapyError(PsychotherapyErrorCode.STALE_VERSION, STALE_MESSAGE, 'version', {
        currentVersion: note.version,
      });
    }
    note.text = cleanText(text);
    try {
      await ctx.em.flush();
    } catch (error) {
      if ((error as { name?: string }).name === 'OptimisticLockError') {
        throw psychotherapyError(PsychotherapyErrorCode.STALE_VERSION, STALE_MESSAGE, 'version');
      }
      throw error;
    }
    return note;
  }

  /** The author may destroy their own process notes; the audit log keeps that it happened. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const note = await this.authoredNote(ctx, id);
    ctx.em.remove(note);
    await ctx.em.flush();
    return id;
  }

  /** A note the viewer may read, with its author loaded (the field guard needs their supervisor). */
  private async readableNote(ctx: RequestContext, id: string): Promise<PsychotherapyNote> {
    const note = isUuid(id) ? await ctx.em.findOne(PsychotherapyNote, { id }, { populate: ['author'] }) : null;
    const staffId = ctx.viewer?.staffMemberId;
    const author = note?.author.getEntity();
    if (!note || !staffId || (author!.id !== staffId && author!.supervisor?.id !== staffId)) {
      // Whether a note exists is itself protected: anyone else is told there is none.
      throw psychotherapyError(PsychotherapyErrorCode.NOTE_NOT_FOUND, 'No psychotherapy note with this id.');
    }
    return note;
  }

  private async authoredNote(ctx: RequestContext, id: string): Promise<PsychotherapyNote> {
    const note = await this.readableNote(ctx, id);
    if (note.author.id !== ctx.viewer?.staffMemberId) {
      throw psychotherapyError(PsychotherapyErrorCode.NOT_THE_AUTHOR, 'Only the author changes or deletes this note.');
    }
    return note;
  }

  private async assertAttended(em: EntityManager, appointmentId: string, patientId: string): Promise<void> {
    const attendance = isUuid(appointmentId)
      ? await em.findOne(AppointmentAttendee, { appointment: appointmentId, patient: patientId })
      : null;
    if (!attendance) {
      throw psychotherapyError(
        PsychotherapyErrorCode.APPOINTMENT_NOT_FOUND,
        'The patient has no appointment with this id.',
        'appointmentId',
      );
    }
  }

  /** The explicit audit of a note handed to a reader, merged with the fields the guard sees read. */
  private recordRead(ctx: RequestContext, note: PsychotherapyNote): void {
    ctx.auditReads.record('PsychotherapyNote', note.id, note.patient.id, 'id', false);
  }

  private staffId(ctx: RequestContext): string {
    const id = ctx.viewer?.staffMemberId;
    if (!id) throw forbiddenError();
    return id;
  }
}

export const psychotherapyNoteService = new PsychotherapyNoteService();
