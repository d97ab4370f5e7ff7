import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../platform/context/request-context';
import { Practice } from '../../platform/db/practice.entity';
import { isUuid } from '../../platform/db/sql';
import { publicUrl } from '../../platform/mail/public-url';
import { hashPassword, hashToken, User } from '../identity';
import { isMinor, mailRecipientOf, Patient, PortalStatus } from '../patients';
import { PortalInvitation } from './portal-invitation.entity';
import { PortalErrorCode, portalError } from './portal.errors';

const VALID_FOR_MS = 7 * 24 * 3_600_000;

/** Inviting patients to the portal and activating their accounts from the emailed link. */
export class PortalInvitationService {
  /** Sends (or re-sends) the invitation; an earlier pending link stops working. */
  async invite(ctx: RequestContext, patientId: string): Promise<PortalInvitation> {
    const patient = isUuid(patientId) ? await ctx.em.findOne(Patient, { id: patientId }) : null;
    if (!patient) throw portalError(PortalErrorCode.PATIENT_NOT_FOUND, 'No patient with this id.');
    if (patient.portalStatus === PortalStatus.ACTIVE) {
      throw portalError(PortalErrorCode.ALREADY_ACTIVE, 'This patient already uses the portal.');
    }
    const recipient = mailRecipientOf(patient);
    if (!recipient) {
      throw portalError(
        PortalErrorCode.NO_EMAIL_ON_FILE,
        isMinor(patient)
          ? "Add the parent or guardian's email (guarantor) or the patient's email to the profile first."
          : 'Add an email address to the profile first.',
        'email',
      );
    }
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const pending = await ctx.em.find(PortalInvitation, { patient, acceptedAt: null, revokedAt: null });
    for (const old of pending) old.revokedAt = now;
    const practice = await ctx.em.findOneOrFail(Practice, { id: ctx.viewer!.practiceId });
    const invitation = ctx.em.create(PortalInvitation, {
      practice,
      patient,
      email: recipient.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + VALID_FOR_MS),
      sentBy: ctx.viewer!.displayName,
    });
    patient.portalStatus = PortalStatus.INVITED;
    await ctx.em.flush();
    await ctx.mailer.send({
      to: recipient.email,
      subject: `Your ${practice.name} patient portal`,
      text: [
        `Hello ${recipient.name},`,
        '',
        recipient.proxy
          ? `${practice.name} invites you to its patient portal as the parent or guardian of ${patient.preferredName ?? patient.legalFirstName}:`
          : `${practice.name} invites you to its patient portal, where you can see your appointments,`,
        recipient.proxy
          ? 'see their appointments, complete forms, pay bills and message their care team.'
          : 'complete forms, pay bills and message your care team.',
        '',
        `Set your password here (the link works once, for 7 days):`,
        `${publicUrl()}/portal/activate?token=${token}`,
        '',
        'If you did not expect this email, you can ignore it.',
      ].join('\n'),
    });
    return invitation;
  }

  /** Creates the patient's login from a valid link; the link then stops working. */
  async activate(ctx: RequestContext, token: string, password: string): Promise<boolean> {
    const invitation = await ctx.em.findOne(
      PortalInvitation,
      { tokenHash: hashToken(token) },
      { filters: false, populate: ['patient'] },
    );
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
      throw portalError(
        PortalErrorCode.INVITATION_INVALID,
        'This link has expired or was already used. Ask the front desk for a new one.',
      );
    }
    const taken = await ctx.em.count(User, { email: invitation.email.toLowerCase() }, { filters: false });
    if (taken > 0) throw portalError(PortalErrorCode.EMAIL_IN_USE, 'An account with this email already exists.');
    const patient = invitation.patient.getEntity();
    ctx.em.create(User, {
      practice: invitation.practice,
      email: invitation.email.toLowerCase(),
      passwordHash: await hashPassword(password),
      patient,
    });
    invitation.acceptedAt = new Date();
    patient.portalStatus = PortalStatus.ACTIVE;
    await ctx.em.flush();
    return true;
  }
}

export const portalInvitationService = new PortalInvitationService();
