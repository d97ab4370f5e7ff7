import { domainErrors } from '../../platform/errors/domain-error';

export enum PortalErrorCode {
  PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND',
  NO_EMAIL_ON_FILE = 'NO_EMAIL_ON_FILE',
  ALREADY_ACTIVE = 'ALREADY_ACTIVE',
  INVITATION_INVALID = 'INVITATION_INVALID',
  EMAIL_IN_USE = 'EMAIL_IN_USE',
}

export const portalError = domainErrors<PortalErrorCode>({
  [PortalErrorCode.PATIENT_NOT_FOUND]: 'NOT_FOUND',
  [PortalErrorCode.NO_EMAIL_ON_FILE]: 'BAD_USER_INPUT',
  [PortalErrorCode.ALREADY_ACTIVE]: 'CONFLICT',
  [PortalErrorCode.INVITATION_INVALID]: 'BAD_USER_INPUT',
  [PortalErrorCode.EMAIL_IN_USE]: 'CONFLICT',
});
