import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type FormularyDrug,
  INTERACTION_SCREENING_DISCLAIMER,
  type InteractionAlert,
  canonicalDrugId,
  screenNewPrescription,
  screenWashout,
  starterKnowledgeBase,
} from '../prescribing';
import { Allergy, AllergySeverity } from './allergy.entity';
import { Medication, MedicationStatus } from './medication.entity';
import { InteractionAlertSeverity, type PrescriptionAlert } from './prescription.entity';

/** The knowledge base in use; a commercial one (FDB, Medi-Span, Multum) plugs in here. */
export const interactionKnowledgeBase = starterKnowledgeBase;

const SEVERITY_RANK: Readonly<Record<InteractionAlertSeverity, number>> = {
  CONTRAINDICATED: 0,
  MAJOR: 1,
  MODERATE: 2,
};

function toPrescriptionAlert(alert: InteractionAlert): PrescriptionAlert {
  return {
    ruleId: alert.ruleId,
    severity: alert.severity as InteractionAlertSeverity,
    drugs: [...alert.drugs],
    mechanism: alert.mechanism,
    recommendation: alert.management,
    source: alert.source,
    requiresOverrideReason: alert.requiresOverrideReason,
    washoutClearOn: alert.washout?.clearOn ?? null,
    disclaimer: INTERACTION_SCREENING_DISCLAIMER,
  };
}

/**
 * A recorded allergy naming the drug itself. Matching is by ingredient only: an allergy recorded as a
 * class ("sulfa", "NSAIDs") is not recognised, which the disclaimer covers.
 */
function allergyAlerts(drug: FormularyDrug, allergies: readonly Allergy[]): PrescriptionAlert[] {
  return allergies
    .filter((allergy) => canonicalDrugId(allergy.substance) === drug.id)
    .map((allergy) => ({
      ruleId: 'allergy',
      severity:
        allergy.severity === AllergySeverity.SEVERE
          ? InteractionAlertSeverity.CONTRAINDICATED
          : InteractionAlertSeverity.MAJOR,
      drugs: [drug.id, drug.id],
      mechanism: `The patient's allergy list records an allergy to ${drug.name.toLowerCase()}.`,
      recommendation: 'Confirm the allergy history with the patient and choose another drug unless it is disproved.',
      source: 'Patient allergy list',
      requiresOverrideReason: true,
      washoutClearOn: null,
      disclaimer: INTERACTION_SCREENING_DISCLAIMER,
    }));
}

export interface ScreeningResult {
  alerts: PrescriptionAlert[];
  /** Medication-list entries not in the formulary: the rules could not screen them. */
  unscreenedMedications: string[];
}

/**
 * Screens a new drug against the patient's active medications, the MAOI washout of recently stopped ones
 * (domain.md §7.2 row 1) and the allergy list. Only alerts involving the new drug are raised.
 */
export async function screenPrescription(
  em: EntityManager,
  patientId: string,
  drug: FormularyDrug,
  today: string,
): Promise<ScreeningResult> {
  const [medications, allergies] = await Promise.all([
    em.find(Medication, { patient: patientId }),
    em.find(Allergy, { patient: patientId, removedAt: null }),
  ]);
  const active = medications.filter((m) => m.status === MedicationStatus.ACTIVE);
  const stopped = medications.filter((m) => m.status === MedicationStatus.STOPPED && m.stoppedOn);
  const interactions = screenNewPrescription(
    drug.id,
    active.map((m) => m.drugId ?? m.drugName),
    interactionKnowledgeBase,
  );
  const washout = screenWashout(
    drug.id,
    stopped.map((m) => ({ drugId: m.drugId ?? m.drugName, stoppedOn: m.stoppedOn! })),
    today,
  );
  const alerts = [...allergyAlerts(drug, allergies), ...[...interactions, ...washout].map(toPrescriptionAlert)];
  return {
    alerts: alerts.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
    unscreenedMedications: active.filter((m) => !m.drugId).map((m) => m.drugName),
  };
}
