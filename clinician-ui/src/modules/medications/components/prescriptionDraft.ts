import type { DraftPrescriptionInput, QuantityUnit } from '../../../gql/graphql';

/** What the prescriber types, kept while they go back and forth between the form and the review. */
export interface PrescriptionValues {
  drug: string;
  strength: string;
  form: string;
  quantity: number | string;
  unit: QuantityUnit;
  refills: number | string;
  daysSupply: number | string;
  sig: string;
  dispenseAsWritten: boolean;
  pharmacyName: string;
  pharmacyNcpdpId: string;
  pharmacyAddressLine1: string;
  pharmacyCity: string;
  pharmacyState: string;
  pharmacyPostalCode: string;
  pharmacyPhone: string;
}

export const EMPTY_PRESCRIPTION: PrescriptionValues = {
  drug: '',
  strength: '',
  form: '',
  quantity: '',
  unit: 'TABLET',
  refills: 0,
  daysSupply: 30,
  sig: '',
  dispenseAsWritten: false,
  pharmacyName: '',
  pharmacyNcpdpId: '',
  pharmacyAddressLine1: '',
  pharmacyCity: '',
  pharmacyState: '',
  pharmacyPostalCode: '',
  pharmacyPhone: '',
};

const orNull = (text: string) => text.trim() || null;
const num = (value: number | string) => (typeof value === 'number' ? value : Number(value));

export function draftPrescriptionInput(patientId: string, v: PrescriptionValues): DraftPrescriptionInput {
  return {
    patientId,
    drug: v.drug.trim(),
    strength: v.strength.trim(),
    form: orNull(v.form),
    quantity: num(v.quantity),
    unit: v.unit,
    refills: num(v.refills),
    daysSupply: num(v.daysSupply),
    sig: v.sig.trim(),
    substitutionAllowed: !v.dispenseAsWritten,
    pharmacy: {
      name: v.pharmacyName.trim(),
      ncpdpId: v.pharmacyNcpdpId.trim(),
      addressLine1: orNull(v.pharmacyAddressLine1),
      city: orNull(v.pharmacyCity),
      state: orNull(v.pharmacyState)?.toUpperCase() ?? null,
      postalCode: orNull(v.pharmacyPostalCode),
      phone: orNull(v.pharmacyPhone),
    },
  };
}
