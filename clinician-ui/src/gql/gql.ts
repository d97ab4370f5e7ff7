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
    "\n  fragment MyPatientsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n      }\n    }\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n    }\n  }\n": typeof types.MyPatientsTable_PatientFragmentDoc,
    "\n  mutation RequestEmergencyAccess($patientId: ID!, $reason: String!) {\n    requestEmergencyAccess(patientId: $patientId, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.RequestEmergencyAccessDocument,
    "\n  fragment PatientBanner_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.PatientBanner_PatientFragmentDoc,
    "\n  fragment ProblemList_patient on Patient {\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n      diagnosedOn\n      clinicalNote\n    }\n  }\n": typeof types.ProblemList_PatientFragmentDoc,
    "\n  query ClinicianMyPatients($first: Int!) {\n    patients(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...MyPatientsTable_patient\n      }\n    }\n  }\n": typeof types.ClinicianMyPatientsDocument,
    "\n  query ClinicianPatientChart($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      legalLastName\n      ...PatientBanner_patient\n      ...ProblemList_patient\n    }\n  }\n": typeof types.ClinicianPatientChartDocument,
};
const documents: Documents = {
    "\n  fragment MyPatientsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n      }\n    }\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n    }\n  }\n": types.MyPatientsTable_PatientFragmentDoc,
    "\n  mutation RequestEmergencyAccess($patientId: ID!, $reason: String!) {\n    requestEmergencyAccess(patientId: $patientId, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n": types.RequestEmergencyAccessDocument,
    "\n  fragment PatientBanner_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n": types.PatientBanner_PatientFragmentDoc,
    "\n  fragment ProblemList_patient on Patient {\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n      diagnosedOn\n      clinicalNote\n    }\n  }\n": types.ProblemList_PatientFragmentDoc,
    "\n  query ClinicianMyPatients($first: Int!) {\n    patients(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...MyPatientsTable_patient\n      }\n    }\n  }\n": types.ClinicianMyPatientsDocument,
    "\n  query ClinicianPatientChart($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      legalLastName\n      ...PatientBanner_patient\n      ...ProblemList_patient\n    }\n  }\n": types.ClinicianPatientChartDocument,
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
export function graphql(source: "\n  fragment MyPatientsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n      }\n    }\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment MyPatientsTable_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n      }\n    }\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmergencyAccess($patientId: ID!, $reason: String!) {\n    requestEmergencyAccess(patientId: $patientId, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEmergencyAccess($patientId: ID!, $reason: String!) {\n    requestEmergencyAccess(patientId: $patientId, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientBanner_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PatientBanner_patient on Patient {\n    id\n    mrn\n    status\n    legalFirstName\n    legalLastName\n    preferredName\n    pronouns\n    dateOfBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProblemList_patient on Patient {\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n      diagnosedOn\n      clinicalNote\n    }\n  }\n"): (typeof documents)["\n  fragment ProblemList_patient on Patient {\n    diagnoses {\n      id\n      icd10Code\n      description\n      isPrimary\n      status\n      diagnosedOn\n      clinicalNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicianMyPatients($first: Int!) {\n    patients(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...MyPatientsTable_patient\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClinicianMyPatients($first: Int!) {\n    patients(first: $first) {\n      totalCount\n      nodes {\n        id\n        ...MyPatientsTable_patient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicianPatientChart($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      legalLastName\n      ...PatientBanner_patient\n      ...ProblemList_patient\n    }\n  }\n"): (typeof documents)["\n  query ClinicianPatientChart($id: ID!) {\n    patient(id: $id) {\n      id\n      mrn\n      legalLastName\n      ...PatientBanner_patient\n      ...ProblemList_patient\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;