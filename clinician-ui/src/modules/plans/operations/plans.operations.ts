import { graphql } from '../../../gql';

/** Every field of a plan version: the editor sends the whole content back, so none may be left out. */
export const TreatmentPlanVersion_fields = graphql(`
  fragment TreatmentPlanVersion_fields on TreatmentPlanVersion {
    id
    versionNumber
    status
    version
    reviewDueOn
    activatedAt
    supersededAt
    dischargeCriteria
    patientParticipation
    problems {
      id
      text
      diagnosisId
      goals {
        id
        text
        objectives {
          id
          text
          targetDate
          baseline
          targetMeasure {
            instrument
            operator
            value
            text
          }
          interventions {
            modality
            frequency
            responsibleClinicianId
            notes
          }
        }
      }
    }
  }
`);

/** The Treatment plan tab's query; every plan write refetches it. */
export const PLAN_TAB_QUERIES = ['ClinicianPatientTreatmentPlan'];
