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
    "\n  fragment CoverageCell_policy on InsurancePolicy {\n    memberId\n    copayCents\n    payer {\n      id\n      name\n    }\n  }\n": typeof types.CoverageCell_PolicyFragmentDoc,
    "\n  fragment PatientAccountsTable_patient on Patient {\n    id\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    insurancePolicies {\n      id\n      priority\n      ...CoverageCell_policy\n    }\n  }\n": typeof types.PatientAccountsTable_PatientFragmentDoc,
    "\n  query BillingPatientAccounts($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientAccountsTable_patient\n      }\n    }\n  }\n": typeof types.BillingPatientAccountsDocument,
    "\n  fragment PayerTelehealthDrawer_payer on Payer {\n    id\n    name\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n": typeof types.PayerTelehealthDrawer_PayerFragmentDoc,
    "\n  mutation BillingUpdatePayerTelehealthRules($payerId: ID!, $input: PayerTelehealthRulesInput!) {\n    updatePayerTelehealthRules(payerId: $payerId, input: $input) {\n      id\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n": typeof types.BillingUpdatePayerTelehealthRulesDocument,
    "\n  fragment PayersTable_payer on Payer {\n    id\n    name\n    kind\n    payerCode\n    phone\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n": typeof types.PayersTable_PayerFragmentDoc,
    "\n  query BillingPayers {\n    payers {\n      id\n      ...PayersTable_payer\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n": typeof types.BillingPayersDocument,
};
const documents: Documents = {
    "\n  fragment CoverageCell_policy on InsurancePolicy {\n    memberId\n    copayCents\n    payer {\n      id\n      name\n    }\n  }\n": types.CoverageCell_PolicyFragmentDoc,
    "\n  fragment PatientAccountsTable_patient on Patient {\n    id\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    insurancePolicies {\n      id\n      priority\n      ...CoverageCell_policy\n    }\n  }\n": types.PatientAccountsTable_PatientFragmentDoc,
    "\n  query BillingPatientAccounts($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientAccountsTable_patient\n      }\n    }\n  }\n": types.BillingPatientAccountsDocument,
    "\n  fragment PayerTelehealthDrawer_payer on Payer {\n    id\n    name\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n": types.PayerTelehealthDrawer_PayerFragmentDoc,
    "\n  mutation BillingUpdatePayerTelehealthRules($payerId: ID!, $input: PayerTelehealthRulesInput!) {\n    updatePayerTelehealthRules(payerId: $payerId, input: $input) {\n      id\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n": types.BillingUpdatePayerTelehealthRulesDocument,
    "\n  fragment PayersTable_payer on Payer {\n    id\n    name\n    kind\n    payerCode\n    phone\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n": types.PayersTable_PayerFragmentDoc,
    "\n  query BillingPayers {\n    payers {\n      id\n      ...PayersTable_payer\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n": types.BillingPayersDocument,
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
export function graphql(source: "\n  fragment CoverageCell_policy on InsurancePolicy {\n    memberId\n    copayCents\n    payer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CoverageCell_policy on InsurancePolicy {\n    memberId\n    copayCents\n    payer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientAccountsTable_patient on Patient {\n    id\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    insurancePolicies {\n      id\n      priority\n      ...CoverageCell_policy\n    }\n  }\n"): (typeof documents)["\n  fragment PatientAccountsTable_patient on Patient {\n    id\n    mrn\n    legalFirstName\n    legalLastName\n    dateOfBirth\n    insurancePolicies {\n      id\n      priority\n      ...CoverageCell_policy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingPatientAccounts($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientAccountsTable_patient\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingPatientAccounts($search: String, $first: Int!) {\n    patients(search: $search, first: $first) {\n      totalCount\n      nodes {\n        id\n        ...PatientAccountsTable_patient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayerTelehealthDrawer_payer on Payer {\n    id\n    name\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n"): (typeof documents)["\n  fragment PayerTelehealthDrawer_payer on Payer {\n    id\n    name\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingUpdatePayerTelehealthRules($payerId: ID!, $input: PayerTelehealthRulesInput!) {\n    updatePayerTelehealthRules(payerId: $payerId, input: $input) {\n      id\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n"): (typeof documents)["\n  mutation BillingUpdatePayerTelehealthRules($payerId: ID!, $input: PayerTelehealthRulesInput!) {\n    updatePayerTelehealthRules(payerId: $payerId, input: $input) {\n      id\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PayersTable_payer on Payer {\n    id\n    name\n    kind\n    payerCode\n    phone\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n"): (typeof documents)["\n  fragment PayersTable_payer on Payer {\n    id\n    name\n    kind\n    payerCode\n    phone\n    telehealthRules {\n      videoPlaceOfServiceHome\n      videoPlaceOfServiceOther\n      videoModifiers\n      audioOnlyModifiers\n      audioOnlyAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingPayers {\n    payers {\n      id\n      ...PayersTable_payer\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n"): (typeof documents)["\n  query BillingPayers {\n    payers {\n      id\n      ...PayersTable_payer\n      ...PayerTelehealthDrawer_payer\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;