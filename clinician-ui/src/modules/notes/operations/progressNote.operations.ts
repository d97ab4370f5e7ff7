import { graphql } from '../../../gql';

/**
 * Everything the editor shows of a note. The content selects every field of NoteContent: autosave
 * sends the whole core back, so a field left out here would be erased by the next save. The page's query and every mutation select it, so a save,
 * a signature or a co-signature updates the one cached note and each view of it re-renders.
 */
export const NoteEditor_note = graphql(`
  fragment NoteEditor_note on ProgressNote {
    id
    patientId
    authorId
    appointmentId
    groupNoteId
    version
    status
    format
    service
    dateOfService
    timeZone
    minutes
    hoursSinceSession
    missingForSignature
    awaitingCosignature
    signedAt
    cosignedAt
    updatedAt
    content {
      sessionStart
      sessionEnd
      modality
      patientAtHome
      patientLocation
      providerLocation
      telehealthConsent
      audioOnlyReason
      participants
      participantNotes
      presentingConcerns
      symptoms
      mentalStatus
      mentalStatusNotes
      risk {
        suicidalIdeation
        suicidePlan
        suicideIntent
        homicidalIdeation
        accessToMeans
        protectiveFactors
        riskLevel
        notes
      }
      safetyPlan
      interventions
      interventionNotes
      responses
      responseNotes
      goalsAddressed {
        goal
        progress
        notes
      }
      interactiveComplexity
      interactiveComplexityNotes
      emMinutes
      mdmLevel
      assessment
      plan
      nextAppointment
      nextAppointmentId
      referralReason
      historyOfPresentIllness
      psychiatricHistory
      medicalHistory
      substanceUseHistory
      traumaHistory
      familySocialHistory
      diagnosticFormulation
      recommendations
      groupTopic
      groupNarrative
    }
  }
`);

/** The signed note's outputs: the charge signing created and the addenda written since. */
export const SignedNote_note = graphql(`
  fragment SignedNote_note on ProgressNote {
    id
    charge {
      id
      status
      dateOfService
      diagnosisCodes
      totalCents
      lineFeesCents
      lines {
        cpt
        modifiers
        units
        placeOfService
        diagnosisPointers
      }
      findings {
        ruleId
        severity
        message
        fix
      }
    }
    addenda {
      id
      text
      signedAt
    }
  }
`);

export const ProgressNotePageQuery = graphql(`
  query ClinicianProgressNote($id: ID!) {
    progressNote(id: $id) {
      id
      ...NoteEditor_note
      ...SignedNote_note
    }
  }
`);

/** Autosave. `$format` is the preview's: the response refreshes the preview's cached rendering. */
export const SaveProgressNoteDraftMutation = graphql(`
  mutation SaveProgressNoteDraft($id: ID!, $input: SaveProgressNoteDraftInput!, $format: NoteFormat) {
    saveProgressNoteDraft(id: $id, input: $input) {
      id
      ...NoteEditor_note
      rendered(format: $format) {
        heading
        lines
      }
    }
  }
`);

export const SignProgressNoteMutation = graphql(`
  mutation SignProgressNote($id: ID!, $version: Int!) {
    signProgressNote(id: $id, version: $version) {
      id
      ...NoteEditor_note
      ...SignedNote_note
    }
  }
`);

export const StartProgressNoteMutation = graphql(`
  mutation StartProgressNote($input: StartProgressNoteInput!) {
    startProgressNote(input: $input) {
      id
      status
    }
  }
`);

export const CosignProgressNoteMutation = graphql(`
  mutation CosignProgressNote($id: ID!) {
    cosignProgressNote(id: $id) {
      id
      ...NoteEditor_note
      ...SignedNote_note
    }
  }
`);

export const AddNoteAddendumMutation = graphql(`
  mutation AddNoteAddendum($input: AddNoteAddendumInput!) {
    addNoteAddendum(input: $input) {
      id
      text
      signedAt
    }
  }
`);

export const NotePreviewQuery = graphql(`
  query ClinicianNotePreview($id: ID!, $format: NoteFormat) {
    progressNote(id: $id) {
      id
      rendered(format: $format) {
        heading
        lines
      }
    }
  }
`);

export const NoteVocabularyQuery = graphql(`
  query ClinicianNoteVocabulary {
    noteVocabulary {
      list
      options {
        code
        label
      }
    }
  }
`);

/**
 * The queries that list notes by state (badges, My day, the chart's notes): refetched after a note
 * is started, signed or co-signed, since a cached note changing status does not move it between lists.
 */
export const NOTE_LIST_QUERIES = ['ClinicianAttention', 'ClinicianMyDay', 'ClinicianPatientNotes'];
