import { domainErrors } from '../../../platform/errors/domain-error';

export enum PsychotherapyErrorCode {
  PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND',
  NOTE_NOT_FOUND = 'NOTE_NOT_FOUND',
  NOT_THE_AUTHOR = 'NOT_THE_AUTHOR',
  STALE_VERSION = 'STALE_VERSION',
  APPOINTMENT_NOT_FOUND = 'APPOINTMENT_NOT_FOUND',
  TEXT_INVALID = 'TEXT_INVALID',
}

export const psychotherapyError = domainErrors<PsychotherapyErrorCode>({
  [PsychotherapyErrorCode.PATIENT_NOT_FOUND]: 'NOT_FOUND',
  [PsychotherapyErrorCode.NOTE_NOT_FOUND]: 'NOT_FOUND',
  [PsychotherapyErrorCode.NOT_THE_AUTHOR]: 'FORBIDDEN',
  [PsychotherapyErrorCode.STALE_VERSION]: 'CONFLICT',
  [PsychotherapyErrorCode.APPOINTMENT_NOT_FOUND]: 'BAD_USER_INPUT',
  [PsychotherapyErrorCode.TEXT_INVALID]: 'BAD_USER_INPUT',
});
