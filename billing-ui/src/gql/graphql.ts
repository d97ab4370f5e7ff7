/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type PayerKind =
  | 'COMMERCIAL'
  | 'MEDICAID'
  | 'MEDICARE'
  | 'OTHER'
  | 'TRICARE';

export type PayerTelehealthRulesInput = {
  /** Whether the payer pays for audio-only visits. */
  audioOnlyAllowed?: boolean | null | undefined;
  /** Modifiers on audio-only visits, e.g. 93 or FQ. */
  audioOnlyModifiers?: Array<string> | null | undefined;
  /** Modifiers on video visits, e.g. 95 or GT ([] for none). */
  videoModifiers?: Array<string> | null | undefined;
  /** Place of service for telehealth with the patient at home. */
  videoPlaceOfServiceHome?: string | null | undefined;
  /** Place of service for telehealth anywhere else. */
  videoPlaceOfServiceOther?: string | null | undefined;
};

export type PolicyPriority =
  | 'PRIMARY'
  | 'SECONDARY'
  | 'TERTIARY';

export type CoverageCell_PolicyFragment = { memberId: string | null, copayCents: number | null, payer: { id: string, name: string } | null } & { ' $fragmentName'?: 'CoverageCell_PolicyFragment' };

export type PatientAccountsTable_PatientFragment = { id: string, mrn: string, legalFirstName: string | null, legalLastName: string | null, dateOfBirth: string | null, insurancePolicies: Array<(
    { id: string, priority: PolicyPriority | null }
    & { ' $fragmentRefs'?: { 'CoverageCell_PolicyFragment': CoverageCell_PolicyFragment } }
  )> | null } & { ' $fragmentName'?: 'PatientAccountsTable_PatientFragment' };

export type BillingPatientAccountsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type BillingPatientAccountsQuery = { patients: { totalCount: number, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'PatientAccountsTable_PatientFragment': PatientAccountsTable_PatientFragment } }
    )> } | null };

export type PayerTelehealthDrawer_PayerFragment = { id: string, name: string, telehealthRules: { videoPlaceOfServiceHome: string | null, videoPlaceOfServiceOther: string | null, videoModifiers: Array<string> | null, audioOnlyModifiers: Array<string> | null, audioOnlyAllowed: boolean | null } | null } & { ' $fragmentName'?: 'PayerTelehealthDrawer_PayerFragment' };

export type BillingUpdatePayerTelehealthRulesMutationVariables = Exact<{
  payerId: string | number;
  input: PayerTelehealthRulesInput;
}>;


export type BillingUpdatePayerTelehealthRulesMutation = { updatePayerTelehealthRules: (
    { id: string }
    & { ' $fragmentRefs'?: { 'PayerTelehealthDrawer_PayerFragment': PayerTelehealthDrawer_PayerFragment } }
  ) };

export type PayersTable_PayerFragment = { id: string, name: string, kind: PayerKind, payerCode: string, phone: string | null, telehealthRules: { videoPlaceOfServiceHome: string | null, videoPlaceOfServiceOther: string | null, videoModifiers: Array<string> | null, audioOnlyModifiers: Array<string> | null, audioOnlyAllowed: boolean | null } | null } & { ' $fragmentName'?: 'PayersTable_PayerFragment' };

export type BillingPayersQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingPayersQuery = { payers: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'PayersTable_PayerFragment': PayersTable_PayerFragment;'PayerTelehealthDrawer_PayerFragment': PayerTelehealthDrawer_PayerFragment } }
  )> | null };

export const CoverageCell_PolicyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageCell_policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"copayCents"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CoverageCell_PolicyFragment, unknown>;
export const PatientAccountsTable_PatientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAccountsTable_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"insurancePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageCell_policy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageCell_policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"copayCents"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PatientAccountsTable_PatientFragment, unknown>;
export const PayerTelehealthDrawer_PayerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayerTelehealthDrawer_payer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceHome"}},{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceOther"}},{"kind":"Field","name":{"kind":"Name","value":"videoModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyAllowed"}}]}}]}}]} as unknown as DocumentNode<PayerTelehealthDrawer_PayerFragment, unknown>;
export const PayersTable_PayerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayersTable_payer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payerCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceHome"}},{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceOther"}},{"kind":"Field","name":{"kind":"Name","value":"videoModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyAllowed"}}]}}]}}]} as unknown as DocumentNode<PayersTable_PayerFragment, unknown>;
export const BillingPatientAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPatientAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatientAccountsTable_patient"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageCell_policy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"copayCents"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatientAccountsTable_patient"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"legalFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"legalLastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"insurancePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageCell_policy"}}]}}]}}]} as unknown as DocumentNode<BillingPatientAccountsQuery, BillingPatientAccountsQueryVariables>;
export const BillingUpdatePayerTelehealthRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingUpdatePayerTelehealthRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayerTelehealthRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePayerTelehealthRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayerTelehealthDrawer_payer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayerTelehealthDrawer_payer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceHome"}},{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceOther"}},{"kind":"Field","name":{"kind":"Name","value":"videoModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyAllowed"}}]}}]}}]} as unknown as DocumentNode<BillingUpdatePayerTelehealthRulesMutation, BillingUpdatePayerTelehealthRulesMutationVariables>;
export const BillingPayersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPayers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayersTable_payer"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayerTelehealthDrawer_payer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayersTable_payer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payerCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceHome"}},{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceOther"}},{"kind":"Field","name":{"kind":"Name","value":"videoModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyAllowed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayerTelehealthDrawer_payer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"telehealthRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceHome"}},{"kind":"Field","name":{"kind":"Name","value":"videoPlaceOfServiceOther"}},{"kind":"Field","name":{"kind":"Name","value":"videoModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyModifiers"}},{"kind":"Field","name":{"kind":"Name","value":"audioOnlyAllowed"}}]}}]}}]} as unknown as DocumentNode<BillingPayersQuery, BillingPayersQueryVariables>;