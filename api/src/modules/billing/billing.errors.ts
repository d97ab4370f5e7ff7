import { domainErrors } from '../../platform/errors/domain-error';

export enum BillingErrorCode {
  PATIENT_NOT_FOUND = 'PATIENT_NOT_FOUND',
  CHECK_NUMBER_REQUIRED = 'CHECK_NUMBER_REQUIRED',
  CARD_TOKEN_REQUIRED = 'CARD_TOKEN_REQUIRED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

export const billingError = domainErrors<BillingErrorCode>({
  [BillingErrorCode.PATIENT_NOT_FOUND]: 'NOT_FOUND',
  [BillingErrorCode.CHECK_NUMBER_REQUIRED]: 'BAD_USER_INPUT',
  [BillingErrorCode.CARD_TOKEN_REQUIRED]: 'BAD_USER_INPUT',
  [BillingErrorCode.IDEMPOTENCY_KEY_REUSED]: 'CONFLICT',
});
