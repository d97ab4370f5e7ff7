import { domainErrors } from '../../../platform/errors/domain-error';

/** Errors of group notes and follow-ups (progress notes' own errors are in clinical.errors.ts). */
export enum NotesErrorCode {
  GROUP_NOTE_NOT_FOUND = 'GROUP_NOTE_NOT_FOUND',
  NOT_A_GROUP_APPOINTMENT = 'NOT_A_GROUP_APPOINTMENT',
  GROUP_NOTE_REQUIRED = 'GROUP_NOTE_REQUIRED',
  NO_ATTENDEES_TO_DOCUMENT = 'NO_ATTENDEES_TO_DOCUMENT',
  SIGNED_WITH_GROUP = 'SIGNED_WITH_GROUP',
  GROUP_NOTE_INCOMPLETE = 'GROUP_NOTE_INCOMPLETE',
  FOLLOW_UP_NEEDS_APPOINTMENT = 'FOLLOW_UP_NEEDS_APPOINTMENT',
}

export const notesError = domainErrors<NotesErrorCode>({
  [NotesErrorCode.GROUP_NOTE_NOT_FOUND]: 'NOT_FOUND',
  [NotesErrorCode.NOT_A_GROUP_APPOINTMENT]: 'BAD_USER_INPUT',
  [NotesErrorCode.GROUP_NOTE_REQUIRED]: 'BAD_USER_INPUT',
  [NotesErrorCode.NO_ATTENDEES_TO_DOCUMENT]: 'BAD_USER_INPUT',
  [NotesErrorCode.SIGNED_WITH_GROUP]: 'BAD_USER_INPUT',
  [NotesErrorCode.GROUP_NOTE_INCOMPLETE]: 'BAD_USER_INPUT',
  [NotesErrorCode.FOLLOW_UP_NEEDS_APPOINTMENT]: 'BAD_USER_INPUT',
});
