/**
 * NCPDP SCRIPT 2017071 NewRx message builder (domain reference §8.3).
 *
 * This is the message our local e-prescribing adapter writes to its outbox. Handoff is not a certified
 * e-prescribing network participant: a certified e-Rx vendor or a Surescripts connection replaces the
 * transmission step (and is expected to supply its own SDK for SCRIPT 2023011, which Part D requires from
 * January 2028).
 *
 * Controlled substances (EPCS, 21 CFR Part 1311, §8.4): the prescription may only be transmitted by a
 * DEA-audited or certified application after two-factor authentication of the prescriber at signing
 * (identity-proofed to IAL2, two of: knowledge factor, biometric, FIPS 140-2 hard token) under two-person
 * logical access control. That application signs the message and sets Header/DigitalSignature; this builder
 * therefore never emits a signature and never claims one.
 *
 * Pure: MessageID and SentTime come from the input, so the same input always yields the same message.
 */
import { DomainError } from '../../../platform/errors/domain-error';
import type { ControlledSchedule } from './formulary';

/** The XML schema version attributes a 2017071 message carries. */
const SCRIPT_2017071_SCHEMA_VERSION = '20170715';

/** NCI Thesaurus codes for DEA schedules, as DrugCoded/DEASchedule carries them (FDA SPL DEA schedule list). */
export const DEA_SCHEDULE_NCI_CODE: Readonly<Record<ControlledSchedule, string>> = {
  II: 'C48675',
  III: 'C48676',
  IV: 'C48677',
  V: 'C48679',
};

/** NCI code for "not scheduled". */
const NOT_SCHEDULED_NCI_CODE = 'C38046';

/** NCI codes for the quantity units a psychiatric practice uses most. */
export const QUANTITY_UNIT_NCI_CODE = { tablet: 'C48542', capsule: 'C48480', milliliter: 'C28254' } as const;

/** Quantity/CodeListQualifier 38: the original quantity prescribed. */
const ORIGINAL_QUANTITY_QUALIFIER = '38';
/** Diagnosis/ClinicalInformationQualifier 1: supplied by the prescriber. */
const PRESCRIBER_SUPPLIED = '1';
/** Diagnosis code qualifier ABF: ICD-10-CM. */
const ICD10_QUALIFIER = 'ABF';

/** Field lengths from the 2017071 data dictionary. */
const MAX_NOTE_LENGTH = 210;
const MAX_DRUG_DESCRIPTION_LENGTH = 105;
const MAX_SIG_TEXT_LENGTH = 1000;
const MAX_MESSAGE_ID_LENGTH = 35;

/** 21 CFR 1306.12(a): no refills of Schedule II; 1306.22(a): at most five refills of Schedules III–IV. */
const MAX_REFILLS: Readonly<Record<ControlledSchedule, number | undefined>> = {
  II: 0,
  III: 5,
  IV: 5,
  V: undefined,
};

export enum NewRxInputErrorReason {
  REQUIRED_FIELD_MISSING = 'REQUIRED_FIELD_MISSING',
  INVALID_FORMAT = 'INVALID_FORMAT',
  INVALID_CHARACTER = 'INVALID_CHARACTER',
  TOO_LONG = 'TOO_LONG',
  NOTE_TOO_LONG = 'NOTE_TOO_LONG',
  DEA_NUMBER_REQUIRED = 'DEA_NUMBER_REQUIRED',
  ADDRESS_REQUIRED_FOR_CONTROLLED = 'ADDRESS_REQUIRED_FOR_CONTROLLED',
  TOO_MANY_REFILLS = 'TOO_MANY_REFILLS',
}

/**
 * A NewRx that cannot be built from its input. Every reason is the user's to fix (BAD_USER_INPUT). The
 * message names the field, never its value: values here are PHI (patient) or credentials (DEA number).
 */
export class NewRxInputError extends DomainError<NewRxInputErrorReason> {
  constructor(reason: NewRxInputErrorReason, message: string, field: string) {
    super(reason, 'BAD_USER_INPUT', message, field);
    this.name = 'NewRxInputError';
  }
}

export interface NewRxAddress {
  line1: string;
  line2?: string;
  city: string;
  /** Two-letter state code. */
  state: string;
  /** ZIP or ZIP+4. */
  postalCode: string;
}

export interface NewRxInput {
  header: {
    /** Our prescriber/system routing id (e.g. the Surescripts SPI) for Header/From. */
    fromId: string;
    messageId: string;
    /** UTC, e.g. 2025-03-01T14:05:09.123Z. */
    sentTime: string;
    /** Our prescription id, echoed back by the pharmacy in RxRenewal, RxChange and CancelRx. */
    prescriberOrderNumber: string;
    software: { developer: string; product: string; versionRelease: string };
  };
  patient: {
    medicalRecordNumber?: string;
    lastName: string;
    firstName: string;
    middleName?: string;
    gender: 'M' | 'F' | 'U';
    /** YYYY-MM-DD. */
    dateOfBirth: string;
    /** Required for a controlled substance (21 CFR 1306.05(a)). */
    address?: NewRxAddress;
    phone?: string;
  };
  pharmacy: {
    /** Seven-digit NCPDP provider id; also the Header/To address. */
    ncpdpId: string;
    npi?: string;
    businessName: string;
    address?: NewRxAddress;
    phone?: string;
  };
  prescriber: {
    npi: string;
    /** Required for a controlled substance. */
    deaNumber?: string;
    stateLicenseNumber?: string;
    lastName: string;
    firstName: string;
    /** Required for a controlled substance (21 CFR 1306.05(a)). */
    address?: NewRxAddress;
    phone?: string;
  };
  medication: {
    /** Full name, strength and form, e.g. "Sertraline 50 MG Oral Tablet". */
    drugDescription: string;
    /** 11-digit NDC, when known. */
    ndc?: string;
    /** RxNorm clinical or branded drug (or pack), when known. */
    rxNorm?: { code: string; qualifier: 'SCD' | 'SBD' | 'GPK' | 'BPK' };
    /** Null for a drug that is not controlled. */
    deaSchedule: ControlledSchedule | null;
    quantity: { value: number; unitNciCode: string };
    daysSupply: number;
    /** YYYY-MM-DD. */
    writtenDate: string;
    /** False sends Substitutions 1: dispense as written. */
    substitutionAllowed: boolean;
    numberOfRefills: number;
    sigText: string;
    diagnosis?: { icd10Code: string; description?: string };
    /** Free-text note to the pharmacist. */
    note?: string;
  };
}

// ── Validation ──────────────────────────────────────────────────────────────────────────────────────

function fail(reason: NewRxInputErrorReason, field: string, message: string): never {
  throw new NewRxInputError(reason, message, field);
}

/** XML 1.0 cannot carry C0 control characters other than tab, newline and carriage return, escaped or not. */
function hasXmlForbiddenCharacter(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) {
      return true;
    }
  }
  return false;
}

/** Walks every string in the input so no field can smuggle a character the XML cannot hold. */
function assertXmlSafe(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (hasXmlForbiddenCharacter(value)) {
      fail(NewRxInputErrorReason.INVALID_CHARACTER, path, `${path} contains a control character.`);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) assertXmlSafe(child, path ? `${path}.${key}` : key);
  }
}

function required(value: string | undefined, field: string): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') fail(NewRxInputErrorReason.REQUIRED_FIELD_MISSING, field, `${field} is required.`);
  return trimmed;
}

function maxLength(value: string, limit: number, field: string): string {
  if (value.length > limit) {
    fail(NewRxInputErrorReason.TOO_LONG, field, `${field} is ${value.length} characters; the limit is ${limit}.`);
  }
  return value;
}

function matching(value: string, pattern: RegExp, field: string, expected: string): string {
  if (!pattern.test(value)) fail(NewRxInputErrorReason.INVALID_FORMAT, field, `${field} must be ${expected}.`);
  return value;
}

function isoDate(value: string | undefined, field: string): string {
  const text = matching(required(value, field), /^\d{4}-\d{2}-\d{2}$/, field, 'a date (YYYY-MM-DD)');
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    fail(NewRxInputErrorReason.INVALID_FORMAT, field, `${field} must be a real calendar date.`);
  }
  return text;
}

/** NPI check digit: Luhn over the 10 digits with the card-issuer prefix 80840 (45 CFR 162.406). */
function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split('').map(Number);
  const sum = digits.reduceRight((total, digit, index) => {
    const fromRight = digits.length - 1 - index;
    const doubled = fromRight % 2 === 1 ? digit * 2 : digit;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function npi(value: string | undefined, field: string): string {
  const text = required(value, field);
  if (!isValidNpi(text)) {
    fail(NewRxInputErrorReason.INVALID_FORMAT, field, `${field} must be a 10-digit NPI with a valid check digit.`);
  }
  return text;
}

/**
 * DEA registration number: two letters then seven digits, the last a check digit — (d1+d3+d5) plus twice
 * (d2+d4+d6), last digit of the sum. The check catches most keying errors before the pharmacy rejects.
 */
function isValidDeaNumber(dea: string): boolean {
  const match = /^[A-Z][A-Z9](\d{7})$/.exec(dea);
  if (!match) return false;
  const d = match[1]!.split('').map(Number) as [number, number, number, number, number, number, number];
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}

function phoneDigits(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return matching(value.replace(/[\s().+-]/g, ''), /^\d{10}$/, field, 'a 10-digit US phone number');
}

function address(value: NewRxAddress | undefined, field: string): NewRxAddress | undefined {
  if (value === undefined) return undefined;
  return {
    line1: maxLength(required(value.line1, `${field}.line1`), 40, `${field}.line1`),
    line2: value.line2?.trim() ? maxLength(value.line2.trim(), 40, `${field}.line2`) : undefined,
    city: required(value.city, `${field}.city`),
    state: matching(
      required(value.state, `${field}.state`).toUpperCase(),
      /^[A-Z]{2}$/,
      `${field}.state`,
      'a two-letter state code',
    ),
    postalCode: matching(
      required(value.postalCode, `${field}.postalCode`).replace('-', ''),
      /^\d{5}(\d{4})?$/,
      `${field}.postalCode`,
      'a 5- or 9-digit ZIP code',
    ),
  };
}

/** ICD-10-CM codes travel without the dot in SCRIPT (F32.9 → F329). */
function icd10Code(value: string, field: string): string {
  const code = required(value, field).replace('.', '').toUpperCase();
  return matching(code, /^[A-Z]\d[0-9A-Z]{1,5}$/, field, 'an ICD-10-CM code');
}

function validatedInput(input: NewRxInput): NewRxInput {
  assertXmlSafe(input, '');
  const { header, patient, pharmacy, prescriber, medication } = input;
  const schedule = medication.deaSchedule;
  const controlled = schedule !== null;

  const note = medication.note?.trim() || undefined;
  if (note !== undefined && note.length > MAX_NOTE_LENGTH) {
    fail(
      NewRxInputErrorReason.NOTE_TOO_LONG,
      'medication.note',
      `The note to the pharmacist is ${note.length} characters; NCPDP allows ${MAX_NOTE_LENGTH}.`,
    );
  }

  // DEA number and both addresses are required on every controlled-substance prescription: 21 CFR 1306.05(a).
  const deaNumber = prescriber.deaNumber?.trim().toUpperCase() || undefined;
  if (controlled && deaNumber === undefined) {
    fail(
      NewRxInputErrorReason.DEA_NUMBER_REQUIRED,
      'prescriber.deaNumber',
      "The prescriber's DEA number is required for a controlled substance.",
    );
  }
  if (deaNumber !== undefined && !isValidDeaNumber(deaNumber)) {
    fail(
      NewRxInputErrorReason.INVALID_FORMAT,
      'prescriber.deaNumber',
      'prescriber.deaNumber must be two letters and seven digits with a valid check digit.',
    );
  }
  if (controlled && patient.address === undefined) {
    fail(
      NewRxInputErrorReason.ADDRESS_REQUIRED_FOR_CONTROLLED,
      'patient.address',
      "The patient's address is required for a controlled substance.",
    );
  }
  if (controlled && prescriber.address === undefined) {
    fail(
      NewRxInputErrorReason.ADDRESS_REQUIRED_FOR_CONTROLLED,
      'prescriber.address',
      "The prescriber's address is required for a controlled substance.",
    );
  }

  const refills = medication.numberOfRefills;
  if (!Number.isInteger(refills) || refills < 0) {
    fail(
      NewRxInputErrorReason.INVALID_FORMAT,
      'medication.numberOfRefills',
      'Refills must be a whole number, 0 or more.',
    );
  }
  const maxRefills = controlled ? MAX_REFILLS[schedule] : undefined;
  if (maxRefills !== undefined && refills > maxRefills) {
    fail(
      NewRxInputErrorReason.TOO_MANY_REFILLS,
      'medication.numberOfRefills',
      `Schedule ${schedule} allows at most ${maxRefills} refills.`,
    );
  }

  const quantity = medication.quantity.value;
  if (!Number.isFinite(quantity) || quantity <= 0 || !/^\d{1,11}(\.\d{1,5})?$/.test(String(quantity))) {
    fail(NewRxInputErrorReason.INVALID_FORMAT, 'medication.quantity.value', 'The quantity must be a positive number.');
  }
  if (!Number.isInteger(medication.daysSupply) || medication.daysSupply < 1) {
    fail(
      NewRxInputErrorReason.INVALID_FORMAT,
      'medication.daysSupply',
      'Days supply must be a whole number, 1 or more.',
    );
  }

  return {
    header: {
      fromId: required(header.fromId, 'header.fromId'),
      messageId: maxLength(required(header.messageId, 'header.messageId'), MAX_MESSAGE_ID_LENGTH, 'header.messageId'),
      sentTime: matching(
        required(header.sentTime, 'header.sentTime'),
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/,
        'header.sentTime',
        'a UTC date-time (YYYY-MM-DDThh:mm:ss.sZ)',
      ),
      prescriberOrderNumber: maxLength(
        required(header.prescriberOrderNumber, 'header.prescriberOrderNumber'),
        MAX_MESSAGE_ID_LENGTH,
        'header.prescriberOrderNumber',
      ),
      software: {
        developer: required(header.software.developer, 'header.software.developer'),
        product: required(header.software.product, 'header.software.product'),
        versionRelease: required(header.software.versionRelease, 'header.software.versionRelease'),
      },
    },
    patient: {
      medicalRecordNumber: patient.medicalRecordNumber?.trim() || undefined,
      lastName: required(patient.lastName, 'patient.lastName'),
      firstName: required(patient.firstName, 'patient.firstName'),
      middleName: patient.middleName?.trim() || undefined,
      gender: matching(patient.gender, /^[MFU]$/, 'patient.gender', 'M, F or U') as 'M' | 'F' | 'U',
      dateOfBirth: isoDate(patient.dateOfBirth, 'patient.dateOfBirth'),
      address: address(patient.address, 'patient.address'),
      phone: phoneDigits(patient.phone, 'patient.phone'),
    },
    pharmacy: {
      ncpdpId: matching(
        required(pharmacy.ncpdpId, 'pharmacy.ncpdpId'),
        /^\d{7}$/,
        'pharmacy.ncpdpId',
        'a 7-digit NCPDP ID',
      ),
      npi: pharmacy.npi?.trim() ? npi(pharmacy.npi, 'pharmacy.npi') : undefined,
      businessName: required(pharmacy.businessName, 'pharmacy.businessName'),
      address: address(pharmacy.address, 'pharmacy.address'),
      phone: phoneDigits(pharmacy.phone, 'pharmacy.phone'),
    },
    prescriber: {
      npi: npi(prescriber.npi, 'prescriber.npi'),
      deaNumber,
      stateLicenseNumber: prescriber.stateLicenseNumber?.trim() || undefined,
      lastName: required(prescriber.lastName, 'prescriber.lastName'),
      firstName: required(prescriber.firstName, 'prescriber.firstName'),
      address: address(prescriber.address, 'prescriber.address'),
      phone: phoneDigits(prescriber.phone, 'prescriber.phone'),
    },
    medication: {
      drugDescription: maxLength(
        required(medication.drugDescription, 'medication.drugDescription'),
        MAX_DRUG_DESCRIPTION_LENGTH,
        'medication.drugDescription',
      ),
      ndc: medication.ndc?.trim()
        ? matching(medication.ndc.replace(/-/g, ''), /^\d{11}$/, 'medication.ndc', 'an 11-digit NDC')
        : undefined,
      rxNorm: medication.rxNorm && {
        code: matching(
          required(medication.rxNorm.code, 'medication.rxNorm.code'),
          /^\d+$/,
          'medication.rxNorm.code',
          'digits',
        ),
        qualifier: medication.rxNorm.qualifier,
      },
      deaSchedule: schedule,
      quantity: {
        value: quantity,
        unitNciCode: matching(
          required(medication.quantity.unitNciCode, 'medication.quantity.unitNciCode'),
          /^C\d{4,6}$/,
          'medication.quantity.unitNciCode',
          'an NCI unit code such as C48542 (tablet)',
        ),
      },
      daysSupply: medication.daysSupply,
      writtenDate: isoDate(medication.writtenDate, 'medication.writtenDate'),
      substitutionAllowed: medication.substitutionAllowed,
      numberOfRefills: refills,
      sigText: maxLength(required(medication.sigText, 'medication.sigText'), MAX_SIG_TEXT_LENGTH, 'medication.sigText'),
      diagnosis: medication.diagnosis && {
        icd10Code: icd10Code(medication.diagnosis.icd10Code, 'medication.diagnosis.icd10Code'),
        description: medication.diagnosis.description?.trim() || undefined,
      },
      note,
    },
  };
}

// ── XML ─────────────────────────────────────────────────────────────────────────────────────────────

interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly text?: string;
  readonly children?: readonly (XmlElement | undefined)[];
}

/** Escapes the five XML special characters; safe in text and in double-quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, children: readonly (XmlElement | undefined)[], attributes?: Record<string, string>) {
  return { name, children, attributes };
}

/** A text element, or nothing when the value is absent (optional fields simply do not appear). */
function leaf(name: string, value: string | number | undefined, attributes?: Record<string, string>) {
  return value === undefined ? undefined : { name, text: String(value), attributes };
}

function render(node: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  if (node.text !== undefined) return `${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>`;
  const children = (node.children ?? []).filter((child): child is XmlElement => child !== undefined);
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  const body = children.map((child) => render(child, depth + 1)).join('\n');
  return `${indent}<${node.name}${attributes}>\n${body}\n${indent}</${node.name}>`;
}

function addressXml(value: NewRxAddress | undefined): XmlElement | undefined {
  if (value === undefined) return undefined;
  return element('Address', [
    leaf('AddressLine1', value.line1),
    leaf('AddressLine2', value.line2),
    leaf('City', value.city),
    leaf('StateProvince', value.state),
    leaf('PostalCode', value.postalCode),
    leaf('CountryCode', 'US'),
  ]);
}

function phoneXml(phone: string | undefined): XmlElement | undefined {
  if (phone === undefined) return undefined;
  return element('CommunicationNumbers', [element('PrimaryTelephone', [leaf('Number', phone)])]);
}

function medicationXml(medication: NewRxInput['medication']): XmlElement {
  const schedule = medication.deaSchedule;
  return element('MedicationPrescribed', [
    leaf('DrugDescription', medication.drugDescription),
    element('DrugCoded', [
      medication.ndc === undefined
        ? undefined
        : element('ProductCode', [leaf('Code', medication.ndc), leaf('Qualifier', 'ND')]),
      medication.rxNorm &&
        element('DrugDBCode', [leaf('Code', medication.rxNorm.code), leaf('Qualifier', medication.rxNorm.qualifier)]),
      element('DEASchedule', [
        leaf('Code', schedule === null ? NOT_SCHEDULED_NCI_CODE : DEA_SCHEDULE_NCI_CODE[schedule]),
      ]),
    ]),
    element('Quantity', [
      leaf('Value', medication.quantity.value),
      leaf('CodeListQualifier', ORIGINAL_QUANTITY_QUALIFIER),
      element('QuantityUnitOfMeasure', [leaf('Code', medication.quantity.unitNciCode)]),
    ]),
    leaf('DaysSupply', medication.daysSupply),
    element('WrittenDate', [leaf('Date', medication.writtenDate)]),
    // 0 = substitution allowed, 1 = dispense as written.
    leaf('Substitutions', medication.substitutionAllowed ? '0' : '1'),
    leaf('NumberOfRefills', medication.numberOfRefills),
    medication.diagnosis &&
      element('Diagnosis', [
        leaf('ClinicalInformationQualifier', PRESCRIBER_SUPPLIED),
        element('Primary', [
          leaf('Code', medication.diagnosis.icd10Code),
          leaf('Qualifier', ICD10_QUALIFIER),
          leaf('Description', medication.diagnosis.description),
        ]),
      ]),
    leaf('Note', medication.note),
    element('Sig', [leaf('SigText', medication.sigText)]),
  ]);
}

/**
 * Builds the NewRx XML for one prescription.
 *
 * @throws NewRxInputError when a required field is missing or malformed — including a controlled substance
 *   without the prescriber's DEA number or either address, too many refills for the schedule, or a note to
 *   the pharmacist over 210 characters. The error names the field, never its value.
 */
export function buildNewRx(input: NewRxInput): string {
  const { header, patient, pharmacy, prescriber, medication } = validatedInput(input);
  const versions = {
    DatatypesVersion: SCRIPT_2017071_SCHEMA_VERSION,
    TransportVersion: SCRIPT_2017071_SCHEMA_VERSION,
    TransactionDomain: 'SCRIPT',
    TransactionVersion: SCRIPT_2017071_SCHEMA_VERSION,
    StructuresVersion: SCRIPT_2017071_SCHEMA_VERSION,
    ECLVersion: SCRIPT_2017071_SCHEMA_VERSION,
  };
  const message = element(
    'Message',
    [
      element('Header', [
        // Qualifier P: a pharmacy's NCPDP ID; D: a prescriber's routing id.
        leaf('To', pharmacy.ncpdpId, { Qualifier: 'P' }),
        leaf('From', header.fromId, { Qualifier: 'D' }),
        leaf('MessageID', header.messageId),
        leaf('SentTime', header.sentTime),
        element('SenderSoftware', [
          leaf('SenderSoftwareDeveloper', header.software.developer),
          leaf('SenderSoftwareProduct', header.software.product),
          leaf('SenderSoftwareVersionRelease', header.software.versionRelease),
        ]),
        leaf('PrescriberOrderNumber', header.prescriberOrderNumber),
      ]),
      element('Body', [
        element('NewRx', [
          element('Patient', [
            element('HumanPatient', [
              patient.medicalRecordNumber === undefined
                ? undefined
                : element('Identification', [
                    leaf('MedicalRecordIdentificationNumberEHR', patient.medicalRecordNumber),
                  ]),
              element('Name', [
                leaf('LastName', patient.lastName),
                leaf('FirstName', patient.firstName),
                leaf('MiddleName', patient.middleName),
              ]),
              leaf('Gender', patient.gender),
              element('DateOfBirth', [leaf('Date', patient.dateOfBirth)]),
              addressXml(patient.address),
              phoneXml(patient.phone),
            ]),
          ]),
          element('Pharmacy', [
            element('Identification', [leaf('NCPDPID', pharmacy.ncpdpId), leaf('NPI', pharmacy.npi)]),
            leaf('BusinessName', pharmacy.businessName),
            addressXml(pharmacy.address),
            phoneXml(pharmacy.phone),
          ]),
          element('Prescriber', [
            element('NonVeterinarian', [
              element('Identification', [
                leaf('StateLicenseNumber', prescriber.stateLicenseNumber),
                leaf('DEANumber', prescriber.deaNumber),
                leaf('NPI', prescriber.npi),
              ]),
              element('Name', [leaf('LastName', prescriber.lastName), leaf('FirstName', prescriber.firstName)]),
              addressXml(prescriber.address),
              phoneXml(prescriber.phone),
            ]),
          ]),
          medicationXml(medication),
        ]),
      ]),
    ],
    versions,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(message, 0)}\n`;
}
