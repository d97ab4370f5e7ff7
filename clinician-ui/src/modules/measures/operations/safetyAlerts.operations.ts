import { graphql } from '../../../gql';

/**
 * Open safety alerts raised for me. One document for My day's panel and the chart banner, so
 * they share one request and one cache entry; the live listener refetches it by name.
 */
export const ClinicianSafetyAlertsQuery = graphql(`
  query ClinicianSafetyAlerts {
    mySafetyAlerts(open: true) {
      id
      patientId
      instrument
      raisedAt
      flags {
        itemId
        reason
      }
      patient {
        id
        legalFirstName
        legalLastName
      }
      administration {
        id
        itemScores {
          itemId
          number
          value
        }
      }
    }
  }
`);

/** Each alert raised for me, as it is raised (the server re-checks care team and session per event). */
export const ClinicianSafetyAlertRaisedSubscription = graphql(`
  subscription ClinicianSafetyAlertRaised {
    safetyAlertRaised {
      id
      patientId
      instrument
      raisedAt
      flags {
        itemId
        reason
      }
      patient {
        id
        legalFirstName
        legalLastName
      }
    }
  }
`);

export const AcknowledgeSafetyAlertMutation = graphql(`
  mutation ClinicianAcknowledgeSafetyAlert($id: ID!, $action: SafetyAlertAction!, $note: String) {
    acknowledgeSafetyAlert(id: $id, action: $action, note: $note) {
      id
      acknowledgedAt
      action
      actionNote
    }
  }
`);

/** Refetched when an alert is raised or acknowledged: the lists, my day, and the open chart's banner. */
export const SAFETY_ALERT_QUERIES = ['ClinicianSafetyAlerts', 'ClinicianMyDay', 'ClinicianPatientChart'];
