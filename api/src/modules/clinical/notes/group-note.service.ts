import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { forbiddenError } from '../../../platform/errors/domain-error';
import { zonedDate } from '../../../platform/time/zoned-time';
import { StaffMember } from '../../identity';
import { Attendance } from '../../scheduling';
import { ClinicalErrorCode, clinicalError } from '../clinical.errors';
import { withGroupShared } from './group-content';
import { type GroupSharedContent, GroupNote } from './group-note.entity';
import { Modality, NoteService } from './note-content';
import { chargeSignedNote } from './note-charge';
import { missingForSignature, missingInGroupShared, sessionMinutes } from './note-completeness';
import { unknownCodes } from './note-vocabulary';
import { NotesErrorCode, notesError } from './notes.errors';
import { NoteStatus, ProgressNote } from './progress-note.entity';
import { assertCurrentVersion, progressNoteService } from './progress-note.service';

/** What stands between a group note and its signature: the shared part's gaps and each member's. */
export interface GroupNoteGaps {
  shared: string[];
  /** Members in the order their notes were opened; `member` is that 1-based position. */
  members: Array<{ member: number; noteId: string; patientId: string; missing: string[] }>;
}

/** Attendees marked absent have no session to document and nothing to bill. */
const ABSENT: readonly Attendance[] = [Attendance.NO_SHOW, Attendance.CANCELLED];

/**
 * Group sessions (90853): one shared part, one ProgressNote per attendee for that member's own
 * part. Signing signs them all at once, and each member's note becomes that member's charge.
 */
export class GroupNoteService {
  /**
   * Opens the group note of the viewer's group appointment with a member note for every attendee
   * not marked absent; called again, it returns the same note and adds attendees added since.
   */
  async start(ctx: RequestContext, appointmentId: string): Promise<GroupNote> {
    const appointment = await progressNoteService.documentableAppointment(ctx, appointmentId);
    const type = appointment.appointmentType.getEntity();
    if (!type.group) {
      throw notesError(
        NotesErrorCode.NOT_A_GROUP_APPOINTMENT,
        'This appointment is not a group session: start a progress note instead.',
        'appointmentId',
      );
    }
    const em = ctx.em;
    const practice = em.getReference(Practice, ctx.viewer!.practiceId);
    const author = em.getReference(StaffMember, progressNoteService.staffId(ctx));
    const dateOfService = zonedDate(appointment.startsAt, appointment.facility.getEntity().timeZone);
    const group =
      (await em.findOne(GroupNote, { appointmentId: appointment.id })) ??
      em.create(GroupNote, {
        practice,
        appointmentId: appointment.id,
        author,
        dateOfService,
        shared: {
          sessionStart: appointment.startsAt,
          sessionEnd: appointment.endsAt,
          modality: type.telehealth ? Modality.VIDEO : Modality.IN_PERSON,
        },
      });
    if (group.status === NoteStatus.SIGNED) return group;
    const existing = await em.find(ProgressNote, { appointmentId: appointment.id });
    const documented = new Set(existing.map((note) => note.patient.id));
    const present = appointment.attendees.getItems().filter((a) => !ABSENT.includes(a.attendance));
    for (const attendee of present.filter((a) => !documented.has(a.patient.id))) {
      em.create(ProgressNote, {
        practice,
        patient: attendee.patient,
        appointmentId: appointment.id,
        author,
        dateOfService,
        service: NoteService.GROUP,
        groupNote: group,
        content: { participants: ['PATIENT'] },
      });
    }
    if (present.length === 0 && existing.length === 0) {
      throw notesError(NotesErrorCode.NO_ATTENDEES_TO_DOCUMENT, 'Every attendee of this session is marked absent.');
    }
    await em.flush();
    return group;
  }

  /** Autosave of the shared part, with the same optimistic locking as a progress note. */
  async saveShared(ctx: RequestContext, id: string, shared: GroupSharedContent, version: number): Promise<GroupNote> {
    const group = await this.authoredGroup(ctx, id);
    if (group.status !== NoteStatus.DRAFT) {
      throw clinicalError(
        ClinicalErrorCode.NOTE_ALREADY_SIGNED,
        'This group note is signed: add addenda to members’ notes.',
      );
    }
    assertCurrentVersion(group, version);
    validateShared(shared);
    group.shared = { ...shared, interventions: shared.interventions ? [...new Set(shared.interventions)] : null };
    await progressNoteService.flushOrConflict(ctx.em);
    return group;
  }

  /**
   * Signs the shared part and every member's note in one transaction and creates one charge per
   * member (90853, that member's diagnoses and payer). Refused, changing nothing, while the shared
   * part or any member's part is incomplete; the refusal lists the gaps by member position and
   * note id, never by name.
   */
  async sign(ctx: RequestContext, id: string, version: number): Promise<GroupNote> {
    const group = await this.authoredGroup(ctx, id);
    if (group.status === NoteStatus.SIGNED) {
      throw clinicalError(ClinicalErrorCode.NOTE_ALREADY_SIGNED, 'This group note is already signed.');
    }
    assertCurrentVersion(group, version);
    const members = await this.members(ctx.em, group);
    const gaps = gapsOf(group, members);
    if (gaps.shared.length > 0 || gaps.members.length > 0) {
      const parts = [
        ...(gaps.shared.length > 0 ? [`the shared part: ${gaps.shared.join('; ')}`] : []),
        ...gaps.members.map((m) => `member ${m.member}: ${m.missing.join('; ')}`),
      ];
      throw notesError(
        NotesErrorCode.GROUP_NOTE_INCOMPLETE,
        `Before signing, add to ${parts.join('. To ')}.`,
        undefined,
        {
          missing: gaps,
        },
      );
    }
    const author = await ctx.em.findOneOrFail(StaffMember, { id: group.author.id });
    const signedAt = new Date();
    try {
      // One transaction: every member is signed and charged, or none is.
      await ctx.em.transactional(async (em) => {
        group.status = NoteStatus.SIGNED;
        group.signedAt = signedAt;
        for (const note of members) {
          // The shared part is copied in, so the member's signed note stands alone in their chart.
          note.content = withGroupShared(note.content, group.shared);
          note.status = NoteStatus.SIGNED;
          note.signedAt = signedAt;
          note.cosigner = author.supervisor ?? null;
          await chargeSignedNote(em, note);
        }
        await em.flush();
      });
    } catch (error) {
      if ((error as { name?: string }).name === 'OptimisticLockError') {
        throw clinicalError(ClinicalErrorCode.NOTE_STALE_VERSION, 'This group note changed since you opened it.');
      }
      throw error;
    }
    return group;
  }

  /** A group note the viewer wrote: it lists every member, so no one else opens it. */
  async authoredGroup(ctx: RequestContext, id: string): Promise<GroupNote> {
    const group = isUuid(id) ? await ctx.em.findOne(GroupNote, { id }) : null;
    if (!group) throw notesError(NotesErrorCode.GROUP_NOTE_NOT_FOUND, 'No group note with this id.');
    if (group.author.id !== ctx.viewer?.staffMemberId) {
      // Other clinicians reach their own patient's part through that patient's chart.
      throw forbiddenError('Only the author opens a group note.');
    }
    return group;
  }

  members(em: EntityManager, group: GroupNote): Promise<ProgressNote[]> {
    return em.find(ProgressNote, { groupNote: group }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  gaps(group: GroupNote, members: ProgressNote[]): GroupNoteGaps {
    return gapsOf(group, members);
  }
}

function gapsOf(group: GroupNote, members: ProgressNote[]): GroupNoteGaps {
  if (group.status === NoteStatus.SIGNED) return { shared: [], members: [] };
  const shared = missingInGroupShared(group.shared);
  const gaps = members.map((note, index) => ({
    member: index + 1,
    noteId: note.id,
    patientId: note.patient.id,
    missing: missingForSignature(NoteService.GROUP, withGroupShared(note.content, group.shared)).filter(
      (item) => !shared.includes(item),
    ),
  }));
  return { shared, members: gaps.filter((gap) => gap.missing.length > 0) };
}

function validateShared(shared: GroupSharedContent): void {
  const wrong = unknownCodes('interventions', shared.interventions ?? []);
  if (wrong.length > 0) {
    throw clinicalError(
      ClinicalErrorCode.NOTE_INVALID_CODES,
      `Unknown quick-pick codes: interventions: ${wrong.join(', ')}.`,
      'shared.interventions',
      { codes: wrong },
    );
  }
  const minutes = sessionMinutes(shared);
  if (minutes !== null && minutes <= 0) {
    throw clinicalError(
      ClinicalErrorCode.NOTE_TIMES_OUT_OF_ORDER,
      'The session must end after it starts.',
      'shared.sessionEnd',
    );
  }
}

export const groupNoteService = new GroupNoteService();
