import type { RequestContext } from '../../platform/context/request-context';
import { isUuid } from '../../platform/db/sql';
import { domainErrors } from '../../platform/errors/domain-error';
import { Payer } from './payer.entity';
import type { PayerTelehealthRules } from './payer-telehealth-rules';

enum PayerErrorCode {
  PAYER_NOT_FOUND = 'PAYER_NOT_FOUND',
}
const payerError = domainErrors<PayerErrorCode>({ [PayerErrorCode.PAYER_NOT_FOUND]: 'NOT_FOUND' });

/**
 * Replaces a payer's telehealth overrides (empty fields: the practice default; all empty clears
 * them). Charges coded from now on use them; charges already created keep their coding.
 */
export async function updatePayerTelehealthRules(
  ctx: RequestContext,
  payerId: string,
  input: PayerTelehealthRules,
): Promise<Payer> {
  const payer = isUuid(payerId) ? await ctx.em.findOne(Payer, { id: payerId }) : null;
  if (!payer) throw payerError(PayerErrorCode.PAYER_NOT_FOUND, 'No payer with this id.');
  const rules: PayerTelehealthRules = {
    videoPlaceOfServiceHome: input.videoPlaceOfServiceHome ?? null,
    videoPlaceOfServiceOther: input.videoPlaceOfServiceOther ?? null,
    videoModifiers: input.videoModifiers ? [...new Set(input.videoModifiers)] : null,
    audioOnlyModifiers: input.audioOnlyModifiers ? [...new Set(input.audioOnlyModifiers)] : null,
    audioOnlyAllowed: input.audioOnlyAllowed ?? null,
  };
  payer.telehealthRules = Object.values(rules).some((value) => value !== null) ? rules : null;
  await ctx.em.flush();
  return payer;
}
