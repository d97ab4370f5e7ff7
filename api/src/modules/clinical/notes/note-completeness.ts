import { IdeationLevel, Modality, type NoteContent, NoteService } from './note-content';

/** Minutes between the documented start and end (content read back from JSON holds ISO text). */
export function sessionMinutes(content: NoteContent): number | null {
  if (!content.sessionStart || !content.sessionEnd) return null;
  const minutes = (new Date(content.sessionEnd).getTime() - new Date(content.sessionStart).getTime()) / 60_000;
  return Math.round(minutes);
}

const has = (text: string | null | undefined) => (text ?? '').trim().length > 0;
const any = (codes: readonly string[] | null | undefined) => (codes ?? []).length > 0;

/**
 * What a note must contain before it can be signed (domain.md §6.1, "required header/billing
 * fields on every note"): each entry names the missing part in words a clinician acts on. Billing
 * rules (time supports the code, add-on pairing, ...) are separate: they hold the charge, not the
 * signature.
 */
export function missingForSignature(service: NoteService, content: NoteContent): string[] {
  const missing: string[] = [];
  const minutes = sessionMinutes(content);
  if (minutes === null) missing.push('Session start and end times');
  else if (minutes <= 0) missing.push('An end time after the start time');
  if (!content.modality) missing.push('Modality (in person, video or audio only)');
  if (content.modality && content.modality !== Modality.IN_PERSON) {
    if (content.patientAtHome === null || content.patientAtHome === undefined) missing.push("The patient's location");
    if (!content.telehealthConsent) missing.push('Telehealth consent');
  }
  if (content.modality === Modality.AUDIO_ONLY && !has(content.audioOnlyReason)) {
    missing.push('Why the session was audio only');
  }
  if (!any(content.participants)) missing.push('Who was present');
  const risk = content.risk;
  if (!risk?.suicidalIdeation || !risk.homicidalIdeation)
    missing.push('Risk assessment (suicidal and homicidal ideation)');
  if (risk?.suicidalIdeation && risk.suicidalIdeation !== IdeationLevel.DENIED && !risk.riskLevel) {
    missing.push('Risk level, with ideation present');
  }
  if (service !== NoteService.EM_ONLY && !any(content.interventions)) missing.push('Interventions used');
  if (!has(content.presentingConcerns) && !any(content.symptoms)) missing.push('Presenting concerns or symptoms');
  if (!has(content.plan)) missing.push('Plan');
  if (service === NoteService.CRISIS && content.safetyPlan !== true) missing.push('The safety plan made in the crisis');
  return missing;
}
