/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n": typeof types.CareTeamList_PatientFragmentDoc,
    "\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.InsuranceList_PatientFragmentDoc,
    "\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": typeof types.CreatePatientDocument,
    "\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n": typeof types.PatientDemographics_PatientFragmentDoc,
    "\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PatientResultsTable_PatientFragmentDoc,
    "\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": typeof types.FrontDeskPatientDocument,
    "\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": typeof types.FrontDeskPatientUpdatedDocument,
    "\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n": typeof types.FrontDeskPatientsDocument,
    "\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n": typeof types.AuditChainStatus_ReportFragmentDoc,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n": typeof types.AuditEventsTable_EventFragmentDoc,
    "\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": typeof types.EmergencyAccessTable_GrantFragmentDoc,
    "\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": typeof types.PracticeOverviewDocument,
};
const documents: Documents = {
    "\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n": types.CareTeamList_PatientFragmentDoc,
    "\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.InsuranceList_PatientFragmentDoc,
    "\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": types.CreatePatientDocument,
    "\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n": types.PatientDemographics_PatientFragmentDoc,
    "\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n": types.PatientResultsTable_PatientFragmentDoc,
    "\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": types.FrontDeskPatientDocument,
    "\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n": types.FrontDeskPatientUpdatedDocument,
    "\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n": types.FrontDeskPatientsDocument,
    "\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n": types.AuditChainStatus_ReportFragmentDoc,
    "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n": types.AuditEventsTable_EventFragmentDoc,
    "\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n": types.EmergencyAccessTable_GrantFragmentDoc,
    "\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n": types.PracticeOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CareTeamList_patient on Patient {\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n        calendarColor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InsuranceList_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      effectiveTo\n      subscriberName\n      relationshipToSubscriber\n      payer {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePatient($input: CreatePatientInput!) {\n    createPatient(input: $input) {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment PatientDemographics_patient on Patient {\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    sexAssignedAtBirth\n    genderIdentity\n    mobilePhone\n    homePhone\n    email\n    portalStatus\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    guarantor {\n      name\n      relationship\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PatientResultsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    dateOfBirth\n    mobilePhone\n    homePhone\n    insurancePolicies {\n      id\n      priority\n      memberId\n      payer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"): (typeof documents)["\n  query FrontDeskPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"): (typeof documents)["\n  subscription FrontDeskPatientUpdated($id: ID!) {\n    patientUpdated(id: $id) {\n      id\n      mrn\n      status\n      legalFirstName\n      legalLastName\n      preferredName\n      pronouns\n      dateOfBirth\n      ...PatientDemographics_patient\n      ...InsuranceList_patient\n      ...CareTeamList_patient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrontDeskPatients($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientResultsTable_patient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n"): (typeof documents)["\n  fragment AuditChainStatus_report on AuditChainReport {\n    ok\n    checkedCount\n    firstBrokenEventId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n"): (typeof documents)["\n  fragment AuditEventsTable_event on AuditEvent {\n    id\n    occurredAt\n    action\n    actorName\n    actorRoles\n    entityType\n    entityId\n    patientId\n    fields\n    reason\n    ip\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"): (typeof documents)["\n  fragment EmergencyAccessTable_grant on EmergencyAccessGrant {\n    id\n    createdAt\n    expiresAt\n    reason\n    staffMember {\n      id\n      displayName\n    }\n    patient {\n      id\n      mrn\n      legalFirstName\n      legalLastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeOverview($auditFirst: Int!) {\n    verifyAuditChain {\n      ...AuditChainStatus_report\n    }\n    emergencyAccessGrants {\n      id\n      ...EmergencyAccessTable_grant\n    }\n    auditEvents(first: $auditFirst) {\n      nextCursor\n      nodes {\n        id\n        ...AuditEventsTable_event\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;