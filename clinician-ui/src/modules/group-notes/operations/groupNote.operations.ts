import { graphql } from '../../../gql';

/**
 * The group note as its page shows it. `shared` is read from the first member's groupSession (the
 * GroupNote type carries the shared part only there); every member carries the same one.
 */
export const GroupNoteEditor_group = graphql(`
  fragment GroupNoteEditor_group on GroupNote {
    id
    status
    version
    appointmentId
    dateOfService
    timeZone
    signedAt
    updatedAt
    members {
      id
      patientId
      patient {
        id
        legalFirstName
        legalLastName
      }
      status
      awaitingCosignature
      missingForSignature
      groupSession {
        sessionStart
        sessionEnd
        modality
        topic
        interventions
        interventionNotes
        narrative
      }
    }
    missingForSignature {
      shared
      members {
        member
        noteId
        patientId
        missing
      }
    }
  }
`);

export const GroupNotePageQuery = graphql(`
  query ClinicianGroupNote($id: ID!) {
    groupNote(id: $id) {
      id
      ...GroupNoteEditor_group
    }
  }
`);

export const StartGroupNoteMutation = graphql(`
  mutation StartGroupNote($appointmentId: ID!) {
    startGroupNote(appointmentId: $appointmentId) {
      id
      status
    }
  }
`);

/** Autosave of the shared part. */
export const SaveGroupNoteDraftMutation = graphql(`
  mutation SaveGroupNoteDraft($id: ID!, $shared: GroupSharedContentInput!, $version: Int!) {
    saveGroupNoteDraft(id: $id, shared: $shared, version: $version) {
      id
      ...GroupNoteEditor_group
    }
  }
`);

/** Signs the shared part and every member's note; each member's charge is then on their note. */
export const SignGroupNoteMutation = graphql(`
  mutation SignGroupNote($id: ID!, $version: Int!) {
    signGroupNote(id: $id, version: $version) {
      id
      ...GroupNoteEditor_group
    }
  }
`);
