import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid } from '../../platform/db/sql';
import { publicUrl } from '../../platform/mail/public-url';
import { mailRecipientOf, Patient } from '../patients';
import { BillingErrorCode, billingError } from './billing.errors';
import { balancesOf } from './ledger.service';
import { Statement } from './statement.entity';

/**
 * Sends a statement of the current balance: records it (the portal lists it) and emails a notice
 * to the patient, or to a minor's guarantor. Email is not a safe place for amounts or services,
 * so the notice only points to the portal.
 */
export async function sendStatement(ctx: RequestContext, patientId: string): Promise<Statement> {
  const patient = isUuid(patientId) ? await ctx.em.findOne(Patient, { id: patientId }) : null;
  if (!patient) throw billingError(BillingErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
  const [balances, practice] = await Promise.all([
    balancesOf(ctx.em, [patient.id]),
    ctx.em.findOneOrFail(Practice, { id: ctx.viewer!.practiceId }),
  ]);
  const recipient = mailRecipientOf(patient);
  const statement = ctx.em.create(Statement, {
    practice,
    patient,
    balanceCents: balances.get(patient.id) ?? 0,
    sentTo: recipient?.email ?? null,
    sentBy: ctx.viewer!.displayName,
  });
  await ctx.em.flush();
  if (recipient) {
    await ctx.mailer.send({
      to: recipient.email,
      subject: `A new statement from ${practice.name}`,
      text: [
        `Hello ${recipient.name},`,
        '',
        `${practice.name} has a new statement for ${recipient.proxy ? 'your family member' : 'you'}.`,
        `See it and pay online in the patient portal: ${publicUrl()}/portal/`,
        '',
        'Questions about it? Call the front desk.',
      ].join('\n'),
    });
  }
  return statement;
}
