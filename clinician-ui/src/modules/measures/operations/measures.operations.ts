import { graphql } from '../../../gql';

/** An instrument's questions and bands (the same for every patient; cached for the session). */
export const MeasureFormQuery = graphql(`
  query ClinicianMeasureForm($instrument: MeasureInstrument!) {
    measureForm(instrument: $instrument) {
      instrument
      title
      shortTitle
      version
      recallPeriod
      prompt
      maxTotal
      questions {
        id
        number
        text
        kind
        required
        safetyItem
        options {
          value
          label
        }
        skippedWhen {
          itemId
          value
        }
      }
    }
  }
`);

export const AssignMeasureMutation = graphql(`
  mutation ClinicianAssignMeasure($input: AssignMeasureInput!) {
    assignMeasure(input: $input) {
      id
      instrument
      schedule
      intervalWeeks
      startsOn
      active
    }
  }
`);

export const StopMeasureAssignmentMutation = graphql(`
  mutation ClinicianStopMeasureAssignment($id: ID!) {
    stopMeasureAssignment(id: $id) {
      id
      active
      stoppedAt
    }
  }
`);

/** Only the id comes back: the patient-facing page must not receive (or show) the score. */
export const RecordMeasureResponsesMutation = graphql(`
  mutation ClinicianRecordMeasureResponses($input: RecordMeasureResponsesInput!) {
    recordMeasureResponses(input: $input) {
      id
    }
  }
`);

/** What the Measures tab and the banner show after new answers or a new assignment. */
export const MEASURE_QUERIES = ['ClinicianPatientMeasures', 'ClinicianMeasureHistory', 'ClinicianPatientChart'];
