import { graphql } from '../gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    displayName
    roles
    staffMemberId
    patientId
    practiceId
    sessionExpiresAt
    idleTimeoutSeconds
  }
`);
