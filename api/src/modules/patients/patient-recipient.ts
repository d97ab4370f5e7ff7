import type { Patient } from './patient.entity';

/** Under 18 on `today`: a parent or guardian signs, pays and uses the portal for them. */
export function isMinor(patient: Pick<Patient, 'dateOfBirth'>, today = new Date()): boolean {
  const eighteenth = new Date(`${patient.dateOfBirth}T00:00:00Z`);
  eighteenth.setUTCFullYear(eighteenth.getUTCFullYear() + 18);
  return eighteenth.getTime() > today.getTime();
}

export interface MailRecipient {
  email: string;
  name: string;
  /** A minor's parent or guardian, writing for the patient. */
  proxy: boolean;
}

/**
 * Who practice mail about a patient goes to: a minor's parent or guardian (the guarantor, their
 * portal proxy) when their email is on file, otherwise the patient; null when there is no email.
 */
export function mailRecipientOf(patient: Patient): MailRecipient | null {
  const guardian = patient.guarantor;
  if (isMinor(patient) && guardian?.email) return { email: guardian.email, name: guardian.name, proxy: true };
  if (patient.email)
    return { email: patient.email, name: patient.preferredName ?? patient.legalFirstName, proxy: false };
  return null;
}
