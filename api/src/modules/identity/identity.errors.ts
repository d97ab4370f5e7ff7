import { domainErrors } from '../../platform/errors/domain-error';

export enum IdentityErrorCode {
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  STAFF_MEMBER_NOT_FOUND = 'STAFF_MEMBER_NOT_FOUND',
}

export const identityError = domainErrors<IdentityErrorCode>({
  [IdentityErrorCode.SIGN_IN_FAILED]: 'UNAUTHENTICATED',
  [IdentityErrorCode.STAFF_MEMBER_NOT_FOUND]: 'NOT_FOUND',
});

/**
 * The one answer to every failed sign-in: wrong password, unknown email, locked or disabled
 * account. Saying which would tell an attacker which emails have accounts (ASVS 6.3.8).
 */
export const SIGN_IN_FAILED_MESSAGE =
  'Sign-in failed. Check your email and password. After repeated failures, sign-in is paused for 15 minutes.';
