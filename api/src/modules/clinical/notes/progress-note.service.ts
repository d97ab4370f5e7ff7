import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context/request-context';
import { Practice } from '../../../platform/db/practice.entity';
import { isUuid } from '../../../platform/db/sql';
import { forbiddenError } from '../../../platform/errors/domain-error';
import { zonedDate } from '../../../platform/time/zoned-time';
import { StaffMember } from '../../identity';
import { Appointment, AppointmentStatus } from '../../scheduling';
import { ClinicalErrorCode, clinicalError } from '../clinical.errors';
import { type NoteContent, Modality, NoteService } from './note-content';
import { withoutGroupShared } from './group-content';
import { chargeSignedNote } from './note-charge';
import { missingForSignature, sessionMinutes } from './note-completeness';
import { unknownCodes, type VocabularyList } from './note-vocabulary';
import { NotesErrorCode, notesError } from './notes.errors';
import { NoteAddendum, ProgressNote, NoteStatus } from './progress-note.entity';
import type { AddNoteAddendumInput, SaveProgressNoteDraftInput, StartProgressNoteInput } from './progress-note.inputs';

/** The service an appointment type's default CPT code implies (domain.md §3.1). */
function serviceFromCpt(cpt: string | null | undefined): NoteService {
  if (cpt === '90791') return NoteService.INTAKE;
  if (cpt === '90792') return NoteService.INTAKE_MEDICAL;
  if (cpt === '90846') return NoteService.FAMILY_WITHOUT_PATIENT;
  if (cpt === '90847') return NoteService.FAMILY_WITH_PATIENT;
  if (cpt === '90839') return NoteService.CRISIS;
  if (cpt === '90853') return NoteService.GROUP;
  if (cpt && /^992\d\d$/.test(cpt)) return NoteService.EM_WITH_PSYCHOTHERAPY;
  return NoteService.PSYCHOTHERAPY;
}

const STALE_MESSAGE = 'This note was saved elsewhere since you opened it. Reload to see the latest version.';

/** The editor's version must be the note's: anything older would overwrite a save it never saw. */
export function assertCurrentVersion(note: { version: number }, version: number): void {
  if (note.version !== version) {
    throw clinicalError(ClinicalErrorCode.NOTE_STALE_VERSION, STALE_MESSAGE, 'version', {
      currentVersion: note.version,
    });
  }
}

/**
 * Writing, signing and amending progress notes. Only the author writes a draft and signs it; a
 * signed note never changes again (the database enforces it too), later information goes in
 * addenda. Supervisees' notes wait for the supervisor's co-signature.
 */
export class ProgressNoteService {
  /** Opens the draft for a patient's appointment, or returns the one already started. */
  async start(ctx: RequestContext, input: StartProgressNoteInput): Promise<ProgressNote> {
    const staffId = this.staffId(ctx);
    const appointment = await this.documentableAppointment(ctx, input.appointmentId);
    const attendees = appointment.attendees.getItems();
    const attendee = input.patientId
      ? attendees.find((a) => a.patient.id === input.patientId)
      : attendees.length === 1
        ? attendees[0]
        : undefined;
    if (!attendee) {
      throw clinicalError(
        ClinicalErrorCode.PATIENT_NOT_ATTENDING,
        'Say which attendee of the appointment the note is for.',
        'patientId',
      );
    }
    const existing = await ctx.em.findOne(ProgressNote, { appointmentId: appointment.id, patient: attendee.patient });
    if (existing) return existing;
    const type = appointment.appointmentType.getEntity();
    if (type.group) {
      throw notesError(
        NotesErrorCode.GROUP_NOTE_REQUIRED,
        'A group session is documented with a group note, which opens every member’s note.',
        'appointmentId',
      );
    }
    const service = input.service ?? serviceFromCpt(type.defaultCptCode);
    if (service === NoteService.GROUP) {
      throw notesError(NotesErrorCode.GROUP_NOTE_REQUIRED, 'Group notes start from a group appointment.', 'service');
    }
    const content: NoteContent = {
      sessionStart: appointment.startsAt,
      sessionEnd: appointment.endsAt,
      modality: type.telehealth ? Modality.VIDEO : Modality.IN_PERSON,
      // Family work without the patient (90846) must not start out saying the patient was there.
      participants: service === NoteService.FAMILY_WITHOUT_PATIENT ? [] : ['PATIENT'],
    };
    const note = ctx.em.create(ProgressNote, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      patient: attendee.patient,
      appointmentId: appointment.id,
      author: ctx.em.getReference(StaffMember, staffId),
      // A date of service is the facility's calendar date, not UTC's.
      dateOfService: zonedDate(appointment.startsAt, appointment.facility.getEntity().timeZone),
      service,
      format: input.format ?? undefined,
      content,
    });
    await ctx.em.flush();
    return note;
  }

  /** The viewer's own, not cancelled appointment, with its attendees, type and facility loaded. */
  async documentableAppointment(ctx: RequestContext, appointmentId: string): Promise<Appointment> {
    const staffId = this.staffId(ctx);
    const appointment = isUuid(appointmentId)
      ? await ctx.em.findOne(
          Appointment,
          { id: appointmentId },
          { populate: ['attendees', 'appointmentType', 'facility'] },
        )
      : null;
    if (!appointment) throw clinicalError(ClinicalErrorCode.APPOINTMENT_NOT_FOUND, 'No appointment with this id.');
    if (appointment.provider.id !== staffId) {
      throw clinicalError(ClinicalErrorCode.NOT_YOUR_APPOINTMENT, 'Only the appointment’s provider writes its note.');
    }
    if ([AppointmentStatus.CANCELLED, AppointmentStatus.LATE_CANCELLED].includes(appointment.status)) {
      throw clinicalError(
        ClinicalErrorCode.APPOINTMENT_NOT_DOCUMENTABLE,
        'A cancelled appointment has no session to document.',
      );
    }
    return appointment;
  }

  /** Autosave: the whole core replaces the draft's, unless someone saved in between. */
  async saveDraft(ctx: RequestContext, id: string, input: SaveProgressNoteDraftInput): Promise<ProgressNote> {
    const note = await this.authoredNote(ctx, id);
    if (note.status !== NoteStatus.DRAFT) {
      throw clinicalError(ClinicalErrorCode.NOTE_ALREADY_SIGNED, 'This note is signed: write an addendum instead.');
    }
    assertCurrentVersion(note, input.version);
    validateContent(input.content);
    if (note.groupNote) {
      // A member's own part only: the session's shared part is saved on the group note.
      note.content = withoutGroupShared(normaliseContent(input.content));
    } else {
      if (input.service === NoteService.GROUP) {
        throw notesError(NotesErrorCode.GROUP_NOTE_REQUIRED, 'Group notes start from a group appointment.', 'service');
      }
      note.content = normaliseContent(input.content);
      if (input.service) note.service = input.service;
    }
    if (input.format) note.format = input.format;
    // Another request may have saved since this one read the row: the version check in the
    // UPDATE (optimistic locking) turns that into the same CONFLICT instead of a lost write.
    await this.flushOrConflict(ctx.em);
    return note;
  }

  /** Signs and locks the note; returns it signed. Co-signature and billing follow from here. */
  async sign(ctx: RequestContext, id: string, version: number): Promise<ProgressNote> {
    const note = await this.authoredNote(ctx, id);
    if (note.status === NoteStatus.SIGNED) {
      throw clinicalError(ClinicalErrorCode.NOTE_ALREADY_SIGNED, 'This note is already signed.');
    }
    if (note.groupNote) {
      throw notesError(NotesErrorCode.SIGNED_WITH_GROUP, 'A group member’s note is signed with its group note.');
    }
    assertCurrentVersion(note, version);
    const missing = missingForSignature(note.service, note.content);
    if (missing.length > 0) {
      throw clinicalError(ClinicalErrorCode.NOTE_INCOMPLETE, `Before signing, add: ${missing.join('; ')}.`, undefined, {
        missing,
      });
    }
    const author = await ctx.em.findOneOrFail(StaffMember, { id: note.author.id });
    note.status = NoteStatus.SIGNED;
    note.signedAt = new Date();
    // A supervisee (a clinician practising under a supervisor) bills only once the supervisor co-signs.
    note.cosigner = author.supervisor ?? null;
    // The hand-off to billing happens here, in the same transaction as the signature.
    await chargeSignedNote(ctx.em, note);
    await this.flushOrConflict(ctx.em);
    return note;
  }

  async cosign(ctx: RequestContext, id: string): Promise<ProgressNote> {
    const note = await this.reachableNote(ctx, id);
    if (note.status !== NoteStatus.SIGNED) {
      throw clinicalError(ClinicalErrorCode.NOTE_NOT_SIGNED, 'The author has not signed this note yet.');
    }
    if (!note.cosigner || note.cosigner.id !== ctx.viewer?.staffMemberId) {
      throw clinicalError(ClinicalErrorCode.NOT_THE_COSIGNER, 'Only the author’s supervisor co-signs this note.');
    }
    if (note.cosignedAt) throw clinicalError(ClinicalErrorCode.ALREADY_COSIGNED, 'This note is already co-signed.');
    note.cosignedAt = new Date();
    // Held until now for the missing co-signature: coded again with it.
    await chargeSignedNote(ctx.em, note);
    await this.flushOrConflict(ctx.em);
    return note;
  }

  /** An addendum to a signed note, by the author or another clinician caring for the patient. */
  async addAddendum(ctx: RequestContext, input: AddNoteAddendumInput): Promise<NoteAddendum> {
    const note = await this.reachableNote(ctx, input.noteId);
    if (note.status !== NoteStatus.SIGNED) {
      throw clinicalError(ClinicalErrorCode.NOTE_NOT_SIGNED, 'A draft is edited, not amended.');
    }
    const addendum = ctx.em.create(NoteAddendum, {
      practice: ctx.em.getReference(Practice, ctx.viewer!.practiceId),
      note,
      patient: note.patient,
      author: ctx.em.getReference(StaffMember, this.staffId(ctx)),
      text: input.text.trim(),
      signedAt: new Date(),
    });
    await ctx.em.flush();
    return addendum;
  }

  /** A note of a patient the viewer has a care relationship with (else NOT_FOUND, not a hint). */
  async reachableNote(ctx: RequestContext, id: string): Promise<ProgressNote> {
    const note = isUuid(id) ? await ctx.em.findOne(ProgressNote, { id }) : null;
    if (
      !note ||
      (!ctx.access.hasCareRelationship(note.patient.id) && note.cosigner?.id !== ctx.viewer?.staffMemberId)
    ) {
      throw clinicalError(ClinicalErrorCode.NOTE_NOT_FOUND, 'No progress note with this id.');
    }
    return note;
  }

  async authoredNote(ctx: RequestContext, id: string): Promise<ProgressNote> {
    const note = await this.reachableNote(ctx, id);
    if (note.author.id !== ctx.viewer?.staffMemberId) throw forbiddenError('Only the author edits or signs a note.');
    return note;
  }

  staffId(ctx: RequestContext): string {
    const id = ctx.viewer?.staffMemberId;
    if (!id) throw forbiddenError();
    return id;
  }

  async flushOrConflict(em: EntityManager): Promise<void> {
    try {
      await em.flush();
    } catch (error) {
      if ((error as { name?: string }).name === 'OptimisticLockError') {
        throw clinicalError(ClinicalErrorCode.NOTE_STALE_VERSION, STALE_MESSAGE, 'version');
      }
      throw error;
    }
  }
}

const CODED: Array<[VocabularyList, (c: NoteContent) => readonly string[] | null | undefined]> = [
  ['participants', (c) => c.participants],
  ['symptoms', (c) => c.symptoms],
  ['mentalStatus', (c) => c.mentalStatus],
  ['interventions', (c) => c.interventions],
  ['responses', (c) => c.responses],
  ['protectiveFactors', (c) => c.risk?.protectiveFactors],
  ['progress', (c) => c.goalsAddressed?.map((g) => g.progress)],
  ['interactiveComplexity', (c) => (c.interactiveComplexity ? [c.interactiveComplexity] : [])],
];

/** Quick picks must be codes of their lists; times must run forwards. */
export function validateContent(content: NoteContent): void {
  const wrong = CODED.flatMap(([list, read]) =>
    unknownCodes(list, read(content) ?? []).map((code) => `${list}: ${code}`),
  );
  if (wrong.length > 0) {
    throw clinicalError(
      ClinicalErrorCode.NOTE_INVALID_CODES,
      `Unknown quick-pick codes: ${wrong.join(', ')}.`,
      'content',
      {
        codes: wrong,
      },
    );
  }
  const minutes = sessionMinutes(content);
  if (minutes !== null && minutes <= 0) {
    throw clinicalError(
      ClinicalErrorCode.NOTE_TIMES_OUT_OF_ORDER,
      'The session must end after it starts.',
      'content.sessionEnd',
    );
  }
  if (content.mdmLevel !== null && content.mdmLevel !== undefined && (content.mdmLevel < 2 || content.mdmLevel > 5)) {
    throw clinicalError(ClinicalErrorCode.NOTE_INVALID_CODES, 'The MDM level is 2 to 5.', 'content.mdmLevel');
  }
}

/** Duplicate quick picks dropped, free text trimmed: what is stored is what is signed. */
function normaliseContent(content: NoteContent): NoteContent {
  const unique = (codes: string[] | null | undefined) => (codes ? [...new Set(codes)] : codes);
  return {
    ...content,
    participants: unique(content.participants),
    symptoms: unique(content.symptoms),
    mentalStatus: unique(content.mentalStatus),
    interventions: unique(content.interventions),
    responses: unique(content.responses),
  };
}

export const progressNoteService = new ProgressNoteService();
