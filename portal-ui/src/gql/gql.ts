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
    "\n  fragment ContactDetailsForm_patient on Patient {\n    id\n    version\n    preferredName\n    pronouns\n    mobilePhone\n    homePhone\n    email\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n  }\n": typeof types.ContactDetailsForm_PatientFragmentDoc,
    "\n  mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n    updateMyContactDetails(input: $input) {\n      id\n      ...ContactDetailsForm_patient\n    }\n  }\n": typeof types.UpdateMyContactDetailsDocument,
    "\n  fragment CoverageSummary_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      payer {\n        id\n        name\n        phone\n      }\n    }\n  }\n": typeof types.CoverageSummary_PatientFragmentDoc,
    "\n  fragment ProfileSummary_patient on Patient {\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    sexAssignedAtBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProfileSummary_PatientFragmentDoc,
    "\n  query PortalMyProfile {\n    myProfile {\n      id\n      preferredName\n      legalFirstName\n      ...ProfileSummary_patient\n      ...CoverageSummary_patient\n      ...ContactDetailsForm_patient\n    }\n  }\n": typeof types.PortalMyProfileDocument,
};
const documents: Documents = {
    "\n  fragment ContactDetailsForm_patient on Patient {\n    id\n    version\n    preferredName\n    pronouns\n    mobilePhone\n    homePhone\n    email\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n  }\n": types.ContactDetailsForm_PatientFragmentDoc,
    "\n  mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n    updateMyContactDetails(input: $input) {\n      id\n      ...ContactDetailsForm_patient\n    }\n  }\n": types.UpdateMyContactDetailsDocument,
    "\n  fragment CoverageSummary_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      payer {\n        id\n        name\n        phone\n      }\n    }\n  }\n": types.CoverageSummary_PatientFragmentDoc,
    "\n  fragment ProfileSummary_patient on Patient {\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    sexAssignedAtBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProfileSummary_PatientFragmentDoc,
    "\n  query PortalMyProfile {\n    myProfile {\n      id\n      preferredName\n      legalFirstName\n      ...ProfileSummary_patient\n      ...CoverageSummary_patient\n      ...ContactDetailsForm_patient\n    }\n  }\n": types.PortalMyProfileDocument,
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
export function graphql(source: "\n  fragment ContactDetailsForm_patient on Patient {\n    id\n    version\n    preferredName\n    pronouns\n    mobilePhone\n    homePhone\n    email\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment ContactDetailsForm_patient on Patient {\n    id\n    version\n    preferredName\n    pronouns\n    mobilePhone\n    homePhone\n    email\n    address {\n      line1\n      line2\n      city\n      state\n      postalCode\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n    updateMyContactDetails(input: $input) {\n      id\n      ...ContactDetailsForm_patient\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyContactDetails($input: UpdateMyContactDetailsInput!) {\n    updateMyContactDetails(input: $input) {\n      id\n      ...ContactDetailsForm_patient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageSummary_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      payer {\n        id\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CoverageSummary_patient on Patient {\n    insurancePolicies {\n      id\n      priority\n      memberId\n      groupNumber\n      copayCents\n      effectiveFrom\n      payer {\n        id\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileSummary_patient on Patient {\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    sexAssignedAtBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileSummary_patient on Patient {\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    sexAssignedAtBirth\n    careTeam {\n      id\n      role\n      staffMember {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMyProfile {\n    myProfile {\n      id\n      preferredName\n      legalFirstName\n      ...ProfileSummary_patient\n      ...CoverageSummary_patient\n      ...ContactDetailsForm_patient\n    }\n  }\n"): (typeof documents)["\n  query PortalMyProfile {\n    myProfile {\n      id\n      preferredName\n      legalFirstName\n      ...ProfileSummary_patient\n      ...CoverageSummary_patient\n      ...ContactDetailsForm_patient\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;