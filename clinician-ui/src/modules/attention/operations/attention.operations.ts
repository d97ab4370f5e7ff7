import { graphql } from '../../../gql';

/**
 * What the clinician still owes. One document for the navigation badges, My day's panel and the
 * pages, so they share one request and one cache entry; note mutations refetch it by name.
 */
export const ClinicianAttentionQuery = graphql(`
  query ClinicianAttention {
    myAttention {
      unsignedNotes {
        id
        patientId
        patient {
          id
          legalFirstName
          legalLastName
        }
        dateOfService
        service
        hoursSinceSession
        missingForSignature
      }
      awaitingMyCosignature {
        id
        patientId
        patient {
          id
          legalFirstName
          legalLastName
        }
        authorId
        dateOfService
        service
        signedAt
      }
      heldCharges {
        id
        progressNoteId
        dateOfService
        lines {
          cpt
          modifiers
        }
        findings {
          ruleId
          severity
          message
          fix
        }
      }
    }
  }
`);

/** Staff names for "written by" (a directory read). */
export const StaffNamesQuery = graphql(`
  query ClinicianStaffNames {
    staff {
      id
      displayName
    }
  }
`);
