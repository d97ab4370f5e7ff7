import { DomainError } from '../../../platform/errors/domain-error';
import { NewRxInputError, NewRxInputErrorReason, buildNewRx, type NewRxInput } from './ncpdp-newrx';

// ── A tiny XML reader: enough to prove the output is well-formed and to read values back ─────────────

interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  children: ParsedElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/** Parses our subset of XML (elements, attributes, text), throwing on anything malformed. */
function parseXml(xml: string): ParsedElement {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const token =
    /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/g;
  const root: ParsedElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  let position = 0;
  for (const match of body.matchAll(token)) {
    if (match.index !== position) throw new Error(`Malformed markup at offset ${position}`);
    position = match.index + match[0].length;
    const [, closing, name, attributeText, selfClosing, text] = match;
    const current = stack.at(-1)!;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(text) || text.includes('>')) throw new Error('Unescaped text');
      if (stack.length === 1 && text.trim() !== '') throw new Error('Text outside the root element');
      current.text += decode(text);
    } else if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      stack.pop();
    } else {
      const attributes = Object.fromEntries(
        [...attributeText!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, decode(value!)]),
      );
      const element: ParsedElement = { name: name!, attributes, children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (position !== body.length || stack.length !== 1 || root.children.length !== 1) throw new Error('Not well-formed');
  return root.children[0]!;
}

function find(element: ParsedElement, path: string): ParsedElement | undefined {
  return path
    .split('/')
    .reduce<ParsedElement | undefined>((node, name) => node?.children.find((child) => child.name === name), element);
}

const valueAt = (xml: string, path: string) => find(parseXml(xml), path)?.text.trim();
const MEDICATION = 'Body/NewRx/MedicationPrescribed';

// ── Fixtures (fictional people; NPI 1234567893 is the CMS example number) ────────────────────────────

function sertralineRx(): NewRxInput {
  return {
    header: {
      fromId: 'HANDOFF-PRESCRIBER-1',
      messageId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      sentTime: '2025-03-01T14:05:09.123Z',
      prescriberOrderNumber: 'RX-000123',
      software: { developer: 'Handoff', product: 'Handoff EHR', versionRelease: '0.1.0' },
    },
    patient: {
      medicalRecordNumber: 'MRN-42',
      lastName: 'Okafor',
      firstName: 'Ada',
      gender: 'F',
      dateOfBirth: '1984-03-09',
      address: { line1: '12 Elm St', city: 'Austin', state: 'TX', postalCode: '78701' },
      phone: '(512) 555-0142',
    },
    pharmacy: { ncpdpId: '1234567', businessName: 'Main Street Pharmacy', phone: '512-555-0100' },
    prescriber: {
      npi: '1234567893',
      stateLicenseNumber: 'TX-M12345',
      lastName: 'Rivera',
      firstName: 'Sam',
      address: { line1: '500 Congress Ave', line2: 'Suite 2', city: 'Austin', state: 'TX', postalCode: '78701-1234' },
    },
    medication: {
      drugDescription: 'Sertraline 50 MG Oral Tablet',
      deaSchedule: null,
      quantity: { value: 30, unitNciCode: 'C48542' },
      daysSupply: 30,
      writtenDate: '2025-03-01',
      substitutionAllowed: true,
      numberOfRefills: 2,
      sigText: 'Take 1 tablet by mouth once daily',
      diagnosis: { icd10Code: 'F32.9', description: 'Major depressive disorder, single episode, unspecified' },
    },
  };
}

function clonazepamRx(): NewRxInput {
  const input = sertralineRx();
  return {
    ...input,
    prescriber: { ...input.prescriber, deaNumber: 'AB1234563' },
    medication: {
      ...input.medication,
      drugDescription: 'Clonazepam 0.5 MG Oral Tablet',
      deaSchedule: 'IV',
      quantity: { value: 60, unitNciCode: 'C48542' },
      numberOfRefills: 1,
      sigText: 'Take 1 tablet by mouth twice daily as needed for anxiety',
      diagnosis: { icd10Code: 'F41.0' },
    },
  };
}

function buildError(input: NewRxInput): NewRxInputError {
  try {
    buildNewRx(input);
  } catch (error) {
    if (error instanceof NewRxInputError) return error;
    throw error;
  }
  throw new Error('buildNewRx accepted the input');
}

// ── Tests ────────────────────────────────────────────────────────────────────────────────────────────

describe('buildNewRx', () => {
  it('produces a well-formed 2017071 NewRx with the header the pharmacy routes on', () => {
    const xml = buildNewRx(sertralineRx());
    const message = parseXml(xml);
    expect(message.name).toBe('Message');
    expect(message.attributes).toMatchObject({ TransactionDomain: 'SCRIPT', TransactionVersion: '20170715' });
    expect(find(message, 'Header/To')).toMatchObject({ text: '1234567', attributes: { Qualifier: 'P' } });
    expect(valueAt(xml, 'Header/MessageID')).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(valueAt(xml, 'Header/SentTime')).toBe('2025-03-01T14:05:09.123Z');
    expect(valueAt(xml, 'Header/PrescriberOrderNumber')).toBe('RX-000123');
    expect(valueAt(xml, 'Body/NewRx/Prescriber/NonVeterinarian/Identification/NPI')).toBe('1234567893');
    expect(valueAt(xml, 'Body/NewRx/Patient/HumanPatient/DateOfBirth/Date')).toBe('1984-03-09');
    expect(valueAt(xml, 'Body/NewRx/Patient/HumanPatient/CommunicationNumbers/PrimaryTelephone/Number')).toBe(
      '5125550142',
    );
  });

  it('writes the medication as the pharmacy reads it: quantity, days supply, refills, sig and diagnosis', () => {
    const xml = buildNewRx(sertralineRx());
    expect(valueAt(xml, `${MEDICATION}/DrugDescription`)).toBe('Sertraline 50 MG Oral Tablet');
    expect(valueAt(xml, `${MEDICATION}/Quantity/Value`)).toBe('30');
    expect(valueAt(xml, `${MEDICATION}/Quantity/CodeListQualifier`)).toBe('38');
    expect(valueAt(xml, `${MEDICATION}/Quantity/QuantityUnitOfMeasure/Code`)).toBe('C48542');
    expect(valueAt(xml, `${MEDICATION}/DaysSupply`)).toBe('30');
    expect(valueAt(xml, `${MEDICATION}/WrittenDate/Date`)).toBe('2025-03-01');
    expect(valueAt(xml, `${MEDICATION}/Substitutions`)).toBe('0');
    expect(valueAt(xml, `${MEDICATION}/NumberOfRefills`)).toBe('2');
    expect(valueAt(xml, `${MEDICATION}/Sig/SigText`)).toBe('Take 1 tablet by mouth once daily');
    expect(valueAt(xml, `${MEDICATION}/Diagnosis/Primary/Code`)).toBe('F329');
    expect(valueAt(xml, `${MEDICATION}/Diagnosis/Primary/Qualifier`)).toBe('ABF');
  });

  it('marks a non-controlled drug as not scheduled and sends no DEA number', () => {
    const xml = buildNewRx(sertralineRx());
    expect(valueAt(xml, `${MEDICATION}/DrugCoded/DEASchedule/Code`)).toBe('C38046');
    expect(xml).not.toContain('<DEANumber>');
  });

  it('sends Substitutions 1 when the prescriber says dispense as written', () => {
    const input = sertralineRx();
    input.medication.substitutionAllowed = false;
    expect(valueAt(buildNewRx(input), `${MEDICATION}/Substitutions`)).toBe('1');
  });

  it('is pure: the same input gives the same message', () => {
    expect(buildNewRx(sertralineRx())).toBe(buildNewRx(sertralineRx()));
  });

  it('escapes &, < and > in free text so the message stays well-formed', () => {
    const input = sertralineRx();
    input.medication.sigText = 'Take 1 tablet & call if sleep < 4 hours or dose > 1 tablet';
    input.medication.note = 'Patient prefers "blister" packs & large print <please>';
    input.pharmacy.businessName = "Smith & Sons' Pharmacy";
    const xml = buildNewRx(input);
    expect(xml).toContain('Take 1 tablet &amp; call if sleep &lt; 4 hours or dose &gt; 1 tablet');
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    expect(valueAt(xml, `${MEDICATION}/Sig/SigText`)).toBe(input.medication.sigText);
    expect(valueAt(xml, `${MEDICATION}/Note`)).toBe(input.medication.note);
    expect(valueAt(xml, 'Body/NewRx/Pharmacy/BusinessName')).toBe("Smith & Sons' Pharmacy");
  });

  it('refuses a control character that XML cannot carry, naming the field', () => {
    const input = sertralineRx();
    input.medication.sigText = 'Take 1\u0007 tablet';
    expect(buildError(input)).toMatchObject({
      reason: NewRxInputErrorReason.INVALID_CHARACTER,
      field: 'medication.sigText',
    });
  });
});

describe('controlled substances', () => {
  it('sends the DEA number and the NCI code for the schedule', () => {
    const xml = buildNewRx(clonazepamRx());
    expect(valueAt(xml, 'Body/NewRx/Prescriber/NonVeterinarian/Identification/DEANumber')).toBe('AB1234563');
    expect(valueAt(xml, `${MEDICATION}/DrugCoded/DEASchedule/Code`)).toBe('C48677');
  });

  it('refuses a controlled substance without the prescriber’s DEA number', () => {
    const input = clonazepamRx();
    delete input.prescriber.deaNumber;
    const error = buildError(input);
    expect(error).toMatchObject({
      reason: NewRxInputErrorReason.DEA_NUMBER_REQUIRED,
      code: 'BAD_USER_INPUT',
      field: 'prescriber.deaNumber',
    });
    expect(error).toBeInstanceOf(DomainError);
  });

  it('refuses a DEA number whose check digit is wrong, without echoing the number', () => {
    const input = clonazepamRx();
    input.prescriber.deaNumber = 'AB1234567';
    const error = buildError(input);
    expect(error.reason).toBe(NewRxInputErrorReason.INVALID_FORMAT);
    expect(error.message).not.toContain('AB1234567');
  });

  it('refuses a controlled substance without the patient’s address (21 CFR 1306.05)', () => {
    const input = clonazepamRx();
    delete input.patient.address;
    expect(buildError(input)).toMatchObject({
      reason: NewRxInputErrorReason.ADDRESS_REQUIRED_FOR_CONTROLLED,
      field: 'patient.address',
    });
  });

  it('refuses any refill of a Schedule II stimulant', () => {
    const input = clonazepamRx();
    input.medication.deaSchedule = 'II';
    input.medication.numberOfRefills = 1;
    expect(buildError(input).reason).toBe(NewRxInputErrorReason.TOO_MANY_REFILLS);
    input.medication.numberOfRefills = 0;
    expect(valueAt(buildNewRx(input), `${MEDICATION}/DrugCoded/DEASchedule/Code`)).toBe('C48675');
  });

  it('allows five refills of a Schedule IV drug but not six', () => {
    const input = clonazepamRx();
    input.medication.numberOfRefills = 5;
    expect(valueAt(buildNewRx(input), `${MEDICATION}/NumberOfRefills`)).toBe('5');
    input.medication.numberOfRefills = 6;
    expect(buildError(input).reason).toBe(NewRxInputErrorReason.TOO_MANY_REFILLS);
  });
});

describe('input validation', () => {
  it('accepts a 210-character note to the pharmacist and refuses 211', () => {
    const input = sertralineRx();
    input.medication.note = 'n'.repeat(210);
    expect(valueAt(buildNewRx(input), `${MEDICATION}/Note`)).toHaveLength(210);
    input.medication.note = 'n'.repeat(211);
    expect(buildError(input)).toMatchObject({ reason: NewRxInputErrorReason.NOTE_TOO_LONG, field: 'medication.note' });
  });

  it('refuses an NPI with a wrong check digit', () => {
    const input = sertralineRx();
    input.prescriber.npi = '1234567890';
    expect(buildError(input)).toMatchObject({ reason: NewRxInputErrorReason.INVALID_FORMAT, field: 'prescriber.npi' });
  });

  it('refuses a missing sig and names the field', () => {
    const input = sertralineRx();
    input.medication.sigText = '   ';
    expect(buildError(input)).toMatchObject({
      reason: NewRxInputErrorReason.REQUIRED_FIELD_MISSING,
      field: 'medication.sigText',
    });
  });

  it('refuses an impossible date of birth', () => {
    const input = sertralineRx();
    input.patient.dateOfBirth = '1984-02-30';
    expect(buildError(input).field).toBe('patient.dateOfBirth');
  });

  it('refuses a zero quantity and a fractional days supply', () => {
    const zero = sertralineRx();
    zero.medication.quantity.value = 0;
    expect(buildError(zero).field).toBe('medication.quantity.value');
    const fractional = sertralineRx();
    fractional.medication.daysSupply = 7.5;
    expect(buildError(fractional).field).toBe('medication.daysSupply');
  });

  it('keeps patient details out of every error message', () => {
    const input = sertralineRx();
    input.patient.dateOfBirth = 'Okafor 1984';
    const error = buildError(input);
    expect(error.message).not.toMatch(/Okafor|Ada|1984/);
  });
});
