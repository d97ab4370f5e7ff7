import type { StaffMember } from '../../identity';
import { type Patient, SexAssignedAtBirth } from '../../patients';
import type { Facility } from '../../scheduling';
import { type NewRxAddress, type NewRxInput, QUANTITY_UNIT_NCI_CODE, buildNewRx } from '../prescribing';
import { type Prescription, QuantityUnit } from './prescription.entity';

const UNIT_NCI_CODE: Readonly<Record<QuantityUnit, string>> = {
  [QuantityUnit.TABLET]: QUANTITY_UNIT_NCI_CODE.tablet,
  [QuantityUnit.CAPSULE]: QUANTITY_UNIT_NCI_CODE.capsule,
  [QuantityUnit.MILLILITER]: QUANTITY_UNIT_NCI_CODE.milliliter,
};

const GENDER: Readonly<Record<SexAssignedAtBirth, 'M' | 'F' | 'U'>> = {
  [SexAssignedAtBirth.FEMALE]: 'F',
  [SexAssignedAtBirth.MALE]: 'M',
  [SexAssignedAtBirth.INTERSEX]: 'U',
  [SexAssignedAtBirth.UNKNOWN]: 'U',
};

/** The NCPDP id fields cap at 35 characters; a UUID without dashes is 32. */
export const compactId = (uuid: string) => uuid.replace(/-/g, '');

export interface NewRxParties {
  prescription: Prescription;
  patient: Patient;
  prescriber: StaffMember;
  /** The practice location the prescriber writes from: its address and phone go on the prescription. */
  facility: Facility | null;
  messageId: string;
  sentAt: Date;
  writtenDate: string;
}

function pharmacyAddress(prescription: Prescription): NewRxAddress | undefined {
  const { addressLine1, city, state, postalCode } = prescription.pharmacy;
  if (!addressLine1 || !city || !state || !postalCode) return undefined;
  return { line1: addressLine1, city, state, postalCode };
}

/**
 * The NewRx message of a prescription being signed. buildNewRx validates it (a controlled substance
 * without the patient's or prescriber's address is refused, 21 CFR 1306.05(a)) and throws a
 * BAD_USER_INPUT error naming the field, never its value.
 */
export function newRxFor(parties: NewRxParties): string {
  const { prescription, patient, prescriber, facility } = parties;
  const input: NewRxInput = {
    header: {
      fromId: prescriber.npi ?? '',
      messageId: parties.messageId,
      sentTime: parties.sentAt.toISOString(),
      prescriberOrderNumber: compactId(prescription.id),
      software: { developer: 'Handoff', product: 'Handoff EHR', versionRelease: '0.1' },
    },
    patient: {
      medicalRecordNumber: patient.mrn,
      lastName: patient.legalLastName,
      firstName: patient.legalFirstName,
      gender: GENDER[patient.sexAssignedAtBirth],
      dateOfBirth: patient.dateOfBirth,
      address: patient.address
        ? {
            line1: patient.address.line1,
            line2: patient.address.line2 ?? undefined,
            city: patient.address.city,
            state: patient.address.state,
            postalCode: patient.address.postalCode,
          }
        : undefined,
      phone: patient.mobilePhone ?? patient.homePhone ?? undefined,
    },
    pharmacy: {
      ncpdpId: prescription.pharmacy.ncpdpId,
      businessName: prescription.pharmacy.name,
      address: pharmacyAddress(prescription),
      phone: prescription.pharmacy.phone ?? undefined,
    },
    prescriber: {
      npi: prescriber.npi ?? '',
      deaNumber: prescriber.deaNumber ?? undefined,
      stateLicenseNumber: prescriber.stateLicenseNumber ?? undefined,
      lastName: prescriber.lastName,
      firstName: prescriber.firstName,
      address: facility
        ? { line1: facility.addressLine1, city: facility.city, state: facility.state, postalCode: facility.postalCode }
        : undefined,
      phone: facility?.phone,
    },
    medication: {
      drugDescription: [prescription.drugName, prescription.strength, prescription.form].filter(Boolean).join(' '),
      deaSchedule: prescription.controlledSchedule ?? null,
      quantity: { value: prescription.quantity, unitNciCode: UNIT_NCI_CODE[prescription.unit] },
      daysSupply: prescription.daysSupply,
      writtenDate: parties.writtenDate,
      substitutionAllowed: prescription.substitutionAllowed,
      numberOfRefills: prescription.refills,
      sigText: prescription.sig,
    },
  };
  return buildNewRx(input);
}
