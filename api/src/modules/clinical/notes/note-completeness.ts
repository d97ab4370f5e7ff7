import type { GroupSharedContent } from './group-note.entity';
import { IdeationLevel, Modality, type NoteContent, NoteService } from './note-content';

/** Minutes between the documented start and end (content read back from JSON holds ISO text). */
export function sessionMinutes(content: Pick<NoteContent, 'sessionStart' | 'sessionEnd'>): number | null {
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
  else missing.push(...familyParticipantsMissing(service, content.participants ?? []));
  const risk = content.risk;
  if (!risk?.suicidalIdeation || !risk.homicidalIdeation)
    missing.push('Risk assessment (suicidal and homicidal ideation)');
  if (risk?.suicidalIdeation && risk.suicidalIdeation !== IdeationLevel.DENIED && !risk.riskLevel) {
    missing.push('Risk level, with ideation present');
  }
  if (isIntake(service)) {
    missing.push(...intakeMissing(content));
    return missing;
  }
  if (service !== NoteService.EM_ONLY && !any(content.interventions)) missing.push('Interventions used');
  if (service === NoteService.GROUP) {
    if (!has(content.groupTopic)) missing.push('Group topic');
    if (!any(content.responses) && !has(content.responseNotes)) missing.push("The member's participation and response");
  } else if (!has(content.presentingConcerns) && !any(content.symptoms)) {
    missing.push('Presenting concerns or symptoms');
  }
  if (!has(content.plan)) missing.push('Plan');
  if (service === NoteService.CRISIS && content.safetyPlan !== true) missing.push('The safety plan made in the crisis');
  return missing;
}

export function isIntake(service: NoteService): boolean {
  return service === NoteService.INTAKE || service === NoteService.INTAKE_MEDICAL;
}

/**
 * Family psychotherapy is coded by who was in the room: 90847 with the patient, 90846 without
 * (domain.md §3.1). A note whose participants contradict its service would bill the wrong code,
 * so it cannot be signed until one of them is corrected.
 */
function familyParticipantsMissing(service: NoteService, participants: readonly string[]): string[] {
  if (service !== NoteService.FAMILY_WITH_PATIENT && service !== NoteService.FAMILY_WITHOUT_PATIENT) return [];
  const missing: string[] = [];
  const patientPresent = participants.includes('PATIENT');
  if (!participants.some((p) => p !== 'PATIENT' && p !== 'INTERPRETER')) {
    missing.push('The family members present (family psychotherapy)');
  }
  if (service === NoteService.FAMILY_WITH_PATIENT && !patientPresent) {
    missing.push('The patient among those present (family psychotherapy with the patient), or change the service');
  }
  if (service === NoteService.FAMILY_WITHOUT_PATIENT && patientPresent) {
    missing.push(
      'Family psychotherapy without the patient: remove the patient from those present, or change the service',
    );
  }
  return missing;
}

/**
 * What a diagnostic evaluation (90791/90792) must document beyond the header and risk (domain.md
 * §6.2): the history that supports the diagnosis, a mental status exam, the formulation and the
 * recommendations. Identifying data and measures live elsewhere in the chart.
 */
function intakeMissing(content: NoteContent): string[] {
  const missing: string[] = [];
  if (!has(content.historyOfPresentIllness) && !has(content.presentingConcerns)) {
    missing.push('History of the present illness');
  }
  if (!has(content.psychiatricHistory)) missing.push('Psychiatric history');
  if (!has(content.substanceUseHistory)) missing.push('Substance use history');
  if (!has(content.medicalHistory)) missing.push('Medical history');
  if (!has(content.familySocialHistory)) missing.push('Family and social history');
  if (!any(content.mentalStatus) && !has(content.mentalStatusNotes)) missing.push('Mental status exam');
  if (!has(content.diagnosticFormulation)) missing.push('Diagnostic impression and formulation');
  if (!has(content.recommendations)) missing.push('Recommendations and level of care');
  return missing;
}

/** What the shared part of a group note needs before the group can be signed. */
export function missingInGroupShared(shared: GroupSharedContent): string[] {
  const missing: string[] = [];
  const minutes = sessionMinutes(shared);
  if (minutes === null) missing.push('Session start and end times');
  else if (minutes <= 0) missing.push('An end time after the start time');
  if (!shared.modality) missing.push('Modality (in person, video or audio only)');
  if (!any(shared.interventions)) missing.push('Interventions used');
  if (!has(shared.topic)) missing.push('Group topic');
  return missing;
}
