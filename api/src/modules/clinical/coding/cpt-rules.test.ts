import { type CodingResult, codeService } from './cpt-rules';
import {
  type DocumentedService,
  type PayerCodingRules,
  PRACTICE_DEFAULT_CODING_RULES,
  type RenderingProvider,
} from './documented-service';
import { note, PSYCHIATRIST, THERAPIST } from './documented-service.fixture';

const FULL_CRISIS_DOCUMENTATION = { riskAssessment: true, safetyPlan: true };

function code(service: DocumentedService, payer: PayerCodingRules = PRACTICE_DEFAULT_CODING_RULES): CodingResult {
  return codeService(service, payer);
}

/** "90839", "90840×2": what a biller reads off the claim. */
function codes(result: CodingResult): string[] {
  return result.lines.map((line) => (line.units === 1 ? line.cpt : `${line.cpt}×${line.units}`));
}

function ruleIds(result: CodingResult): string[] {
  return result.findings.map((f) => f.ruleId);
}

function findingOf(result: CodingResult, ruleId: string) {
  const finding = result.findings.find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`expected a ${ruleId} finding, got ${ruleIds(result).join(', ') || 'none'}`);
  return finding;
}

describe('individual psychotherapy', () => {
  it('a clean 53-minute office session is one billable 90837 line with no findings', () => {
    const result = code(note());
    expect(result.billable).toBe(true);
    expect(result.findings).toEqual([]);
    expect(result.lines).toEqual([
      { cpt: '90837', modifiers: [], units: 1, placeOfService: '11', diagnosisPointers: [1] },
    ]);
    expect(result.diagnosisCodes).toEqual(['F41.1']);
  });

  it.each([
    [16, '90832'],
    [37, '90832'],
    [38, '90834'],
    [52, '90834'],
    [53, '90837'],
  ])('%i face-to-face minutes is billed as %s', (minutes, cpt) => {
    const result = code(note({ psychotherapyMinutes: minutes }));
    expect(codes(result)).toEqual([cpt]);
    expect(result.billable).toBe(true);
  });

  it('15 minutes is not billable as psychotherapy, and the finding says why and what to do', () => {
    const result = code(note({ psychotherapyMinutes: 15 }));
    expect(result.lines).toEqual([]);
    expect(result.billable).toBe(false);
    const finding = findingOf(result, 'PSYCHOTHERAPY_MINIMUM_TIME');
    expect(finding.severity).toBe('ERROR');
    expect(finding.message).toContain('at least 16 face-to-face minutes');
    expect(finding.message).toContain('shows 15');
    expect(finding.fix).toContain('correct the start and end times');
  });

  it('a 75-minute session is still a single 90837: codes are never added together', () => {
    const result = code(note({ psychotherapyMinutes: 75 }));
    expect(codes(result)).toEqual(['90837']);
  });

  it('a session without face-to-face minutes is held until the times are added', () => {
    const result = code(note({ psychotherapyMinutes: null }));
    expect(result.lines).toEqual([]);
    expect(result.billable).toBe(false);
    expect(ruleIds(result)).toEqual(['MINUTES_DOCUMENTED']);
  });
});

describe('diagnostic evaluation', () => {
  it('90791 is untimed and billable by any licensed clinician', () => {
    const result = code(note({ kind: 'INTAKE', psychotherapyMinutes: null }));
    expect(codes(result)).toEqual(['90791']);
    expect(result.billable).toBe(true);
  });

  it('90792 is billed for a physician, NP or PA', () => {
    const result = code(note({ kind: 'INTAKE_MEDICAL', renderingProvider: PSYCHIATRIST }));
    expect(codes(result)).toEqual(['90792']);
    expect(result.billable).toBe(true);
  });

  it('90792 documented by a therapist is held and the fix points to 90791', () => {
    const result = code(note({ kind: 'INTAKE_MEDICAL' }));
    expect(codes(result)).toEqual(['90792']);
    expect(result.billable).toBe(false);
    expect(findingOf(result, 'MEDICAL_EVALUATION_BY_MEDICAL_PROVIDER').fix).toContain('90791');
  });
});

describe('crisis psychotherapy', () => {
  const crisis = (minutes: number | null) =>
    code(note({ kind: 'CRISIS', psychotherapyMinutes: minutes, crisisDocumentation: FULL_CRISIS_DOCUMENTATION }));

  it.each([
    [30, ['90839']],
    [74, ['90839']],
    [75, ['90839', '90840']],
    [104, ['90839', '90840']],
    [105, ['90839', '90840×2']],
    [134, ['90839', '90840×2']],
    [135, ['90839', '90840×3']],
  ])('%i minutes of crisis work is billed as %j', (minutes, expected) => {
    const result = crisis(minutes);
    expect(codes(result)).toEqual(expected);
    expect(result.billable).toBe(true);
  });

  it.each([
    [16, '90832'],
    [29, '90832'],
  ])('%i minutes of crisis work is billed as %s, with a warning that does not hold the charge', (minutes, cpt) => {
    const result = crisis(minutes);
    expect(codes(result)).toEqual([cpt]);
    expect(result.billable).toBe(true);
    const finding = findingOf(result, 'CRISIS_MINIMUM_TIME');
    expect(finding.severity).toBe('WARNING');
    expect(finding.message).toContain(`billed as ${cpt}`);
  });

  it('15 minutes of crisis work cannot be billed at all', () => {
    const result = crisis(15);
    expect(result.lines).toEqual([]);
    expect(result.billable).toBe(false);
    expect(ruleIds(result)).toEqual(['PSYCHOTHERAPY_MINIMUM_TIME']);
  });

  it('crisis psychotherapy without a risk assessment and safety plan is held', () => {
    const result = code(note({ kind: 'CRISIS', psychotherapyMinutes: 60, crisisDocumentation: null }));
    expect(codes(result)).toEqual(['90839']);
    expect(result.billable).toBe(false);
    expect(findingOf(result, 'CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED').message).toContain(
      'missing a risk assessment and a safety plan',
    );
  });

  it('crisis psychotherapy never carries 90785, even with a documented reason', () => {
    const result = code(
      note({
        kind: 'CRISIS',
        psychotherapyMinutes: 60,
        crisisDocumentation: FULL_CRISIS_DOCUMENTATION,
        interactiveComplexity: 'SENTINEL_EVENT',
      }),
    );
    expect(codes(result)).toEqual(['90839']);
    expect(result.billable).toBe(true);
    expect(findingOf(result, 'INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE').severity).toBe('WARNING');
  });
});

describe('family and group psychotherapy', () => {
  it.each([
    ['FAMILY_WITH_PATIENT', '90847'],
    ['FAMILY_WITHOUT_PATIENT', '90846'],
  ] as const)('%s is billed as %s from 26 minutes', (kind, cpt) => {
    const result = code(note({ kind, psychotherapyMinutes: 26, participants: ['mother'] }));
    expect(codes(result)).toEqual([cpt]);
    expect(result.billable).toBe(true);
  });

  it.each(['FAMILY_WITH_PATIENT', 'FAMILY_WITHOUT_PATIENT'] as const)(
    '%s at 25 minutes is not billable as family psychotherapy',
    (kind) => {
      const result = code(note({ kind, psychotherapyMinutes: 25, participants: ['mother'] }));
      expect(result.lines).toEqual([]);
      expect(result.billable).toBe(false);
      expect(ruleIds(result)).toEqual(['FAMILY_MINIMUM_TIME']);
    },
  );

  it('family psychotherapy never carries 90785', () => {
    const result = code(
      note({
        kind: 'FAMILY_WITH_PATIENT',
        psychotherapyMinutes: 50,
        participants: ['father'],
        interactiveComplexity: 'MALADAPTIVE_COMMUNICATION',
      }),
    );
    expect(codes(result)).toEqual(['90847']);
    expect(result.billable).toBe(true);
  });

  it('group psychotherapy is untimed: 90853 is billed without minutes', () => {
    const result = code(note({ kind: 'GROUP', psychotherapyMinutes: null }));
    expect(codes(result)).toEqual(['90853']);
    expect(result.billable).toBe(true);
  });
});

describe('E/M visits', () => {
  const emOnly = (newPatient: boolean, emMinutes: number | null, emMdmLevel: 2 | 3 | 4 | 5 | null = null) =>
    code(
      note({
        kind: 'EM_ONLY',
        psychotherapyMinutes: null,
        renderingProvider: PSYCHIATRIST,
        newPatient,
        emMinutes,
        emMdmLevel,
      }),
    );

  it.each([
    [15, '99202'],
    [29, '99202'],
    [30, '99203'],
    [44, '99203'],
    [45, '99204'],
    [59, '99204'],
    [60, '99205'],
    [90, '99205'],
  ])('a new patient with %i minutes of E/M time is billed as %s', (minutes, cpt) => {
    expect(codes(emOnly(true, minutes))).toEqual([cpt]);
  });

  it.each([
    [10, '99212'],
    [19, '99212'],
    [20, '99213'],
    [29, '99213'],
    [30, '99214'],
    [39, '99214'],
    [40, '99215'],
  ])('an established patient with %i minutes of E/M time is billed as %s', (minutes, cpt) => {
    expect(codes(emOnly(false, minutes))).toEqual([cpt]);
  });

  it.each([
    ['a new', 14, true],
    ['an established', 9, false],
  ] as const)(
    '%s patient with only %i minutes and no decision-making level is not coded and is held',
    (_label, m, newPatient) => {
      const result = emOnly(newPatient, m);
      expect(result.lines).toEqual([]);
      expect(result.billable).toBe(false);
      expect(ruleIds(result)).toEqual(['EM_LEVEL_DOCUMENTED']);
    },
  );

  it('the level comes from decision making when it is higher than the time level', () => {
    expect(codes(emOnly(false, 10, 4))).toEqual(['99214']);
    expect(codes(emOnly(true, null, 3))).toEqual(['99203']);
  });

  it('the level comes from time when it is higher than the decision-making level', () => {
    expect(codes(emOnly(false, 40, 2))).toEqual(['99215']);
  });

  it('an E/M visit by a therapist is held: only physicians, NPs and PAs bill E/M', () => {
    const result = code(note({ kind: 'EM_ONLY', psychotherapyMinutes: null, emMdmLevel: 3 }));
    expect(result.billable).toBe(false);
    expect(ruleIds(result)).toContain('EM_BY_MEDICAL_PROVIDER');
  });
});

describe('E/M with psychotherapy', () => {
  const emWithPsychotherapy = (psychotherapyMinutes: number | null) =>
    code(
      note({
        kind: 'EM_WITH_PSYCHOTHERAPY',
        renderingProvider: PSYCHIATRIST,
        emMdmLevel: 3,
        emMinutes: 12,
        psychotherapyMinutes,
      }),
    );

  it.each([
    [16, '90833'],
    [37, '90833'],
    [38, '90836'],
    [52, '90836'],
    [53, '90838'],
    [80, '90838'],
  ])('%i psychotherapy minutes add %s to the E/M line, never a standalone psychotherapy code', (minutes, addOn) => {
    const result = emWithPsychotherapy(minutes);
    expect(codes(result)).toEqual(['99213', addOn]);
    expect(result.billable).toBe(true);
  });

  it('15 psychotherapy minutes leave only the E/M line, held with a fix to bill E/M only', () => {
    const result = emWithPsychotherapy(15);
    expect(codes(result)).toEqual(['99213']);
    expect(result.billable).toBe(false);
    expect(findingOf(result, 'PSYCHOTHERAPY_MINIMUM_TIME').fix).toContain('E/M only');
  });

  it('the add-on is never billed without an E/M line', () => {
    const result = code(
      note({ kind: 'EM_WITH_PSYCHOTHERAPY', renderingProvider: PSYCHIATRIST, psychotherapyMinutes: 45 }),
    );
    expect(result.lines).toEqual([]);
    expect(ruleIds(result)).toEqual(['EM_LEVEL_DOCUMENTED']);
  });

  it('missing psychotherapy minutes hold the visit', () => {
    const result = emWithPsychotherapy(null);
    expect(codes(result)).toEqual(['99213']);
    expect(result.billable).toBe(false);
    expect(findingOf(result, 'MINUTES_DOCUMENTED').message).toContain('psychotherapy add-on');
  });
});

describe('interactive complexity (+90785)', () => {
  it.each([
    ['PSYCHOTHERAPY', THERAPIST, ['90834', '90785']],
    ['INTAKE', THERAPIST, ['90791', '90785']],
    ['INTAKE_MEDICAL', PSYCHIATRIST, ['90792', '90785']],
    ['GROUP', THERAPIST, ['90853', '90785']],
    ['EM_WITH_PSYCHOTHERAPY', PSYCHIATRIST, ['99213', '90836', '90785']],
  ] as const)('is added to %s when a reason is documented', (kind, renderingProvider, expected) => {
    const result = code(
      note({
        kind,
        renderingProvider,
        psychotherapyMinutes: 45,
        emMdmLevel: 3,
        interactiveComplexity: 'CAREGIVER_INTERFERENCE',
      }),
    );
    expect(codes(result)).toEqual(expected);
    expect(result.billable).toBe(true);
  });

  it('is not added without a documented reason', () => {
    expect(codes(code(note({ psychotherapyMinutes: 45 })))).toEqual(['90834']);
  });

  it('is left off an E/M visit alone, with a warning', () => {
    const result = code(
      note({
        kind: 'EM_ONLY',
        renderingProvider: PSYCHIATRIST,
        emMdmLevel: 3,
        psychotherapyMinutes: null,
        interactiveComplexity: 'PLAY_EQUIPMENT_OR_INTERPRETER',
      }),
    );
    expect(codes(result)).toEqual(['99213']);
    expect(result.billable).toBe(true);
    expect(ruleIds(result)).toEqual(['INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE']);
  });
});

describe('telehealth place of service and modifiers', () => {
  it('an in-person visit uses the facility place of service and no telehealth modifier', () => {
    const result = code(note({ facilityPlaceOfService: '03' }));
    expect(result.lines[0]).toMatchObject({ placeOfService: '03', modifiers: [] });
  });

  it('a video visit at home is POS 10 with modifier 95 by default', () => {
    const result = code(note({ modality: 'VIDEO', patientAtHome: true }));
    expect(result.lines[0]).toMatchObject({ placeOfService: '10', modifiers: ['95'] });
    expect(result.billable).toBe(true);
  });

  it('a video visit away from home is POS 02 with modifier 95 by default', () => {
    const result = code(note({ modality: 'VIDEO', patientAtHome: false }));
    expect(result.lines[0]).toMatchObject({ placeOfService: '02', modifiers: ['95'] });
  });

  it('an audio-only visit carries modifier 93 by default', () => {
    const result = code(note({ modality: 'AUDIO_ONLY', patientAtHome: true }));
    expect(result.lines[0]).toMatchObject({ placeOfService: '10', modifiers: ['93'] });
    expect(result.billable).toBe(true);
  });

  it('every line of a telehealth visit carries the modifier, add-ons included', () => {
    const result = code(
      note({
        kind: 'EM_WITH_PSYCHOTHERAPY',
        renderingProvider: PSYCHIATRIST,
        emMdmLevel: 4,
        psychotherapyMinutes: 40,
        modality: 'VIDEO',
        patientAtHome: true,
      }),
    );
    expect(result.lines.map((l) => [l.cpt, l.placeOfService, l.modifiers])).toEqual([
      ['99214', '10', ['95']],
      ['90836', '10', ['95']],
    ]);
  });

  it("follows the payer's own table: POS 11 with 95 for video, FQ for audio-only", () => {
    const payer: PayerCodingRules = {
      telehealth: {
        videoPlaceOfService: { home: '11', other: '11' },
        videoModifiers: ['95'],
        audioOnlyModifiers: ['FQ'],
        audioOnlyAllowed: true,
      },
    };
    expect(code(note({ modality: 'VIDEO', patientAtHome: true }), payer).lines[0]).toMatchObject({
      placeOfService: '11',
      modifiers: ['95'],
    });
    expect(code(note({ modality: 'AUDIO_ONLY', patientAtHome: true }), payer).lines[0]).toMatchObject({
      placeOfService: '11',
      modifiers: ['FQ'],
    });
  });

  it('an audio-only visit to a payer that does not cover audio-only is held', () => {
    const payer: PayerCodingRules = {
      telehealth: { ...PRACTICE_DEFAULT_CODING_RULES.telehealth, audioOnlyAllowed: false },
    };
    const result = code(note({ modality: 'AUDIO_ONLY', patientAtHome: true }), payer);
    expect(result.billable).toBe(false);
    expect(ruleIds(result)).toEqual(['AUDIO_ONLY_COVERED_BY_PAYER']);
  });
});

describe('diagnoses on the claim', () => {
  it('lists the primary first, then the rest in problem-list order, billable codes only', () => {
    const result = code(
      note({
        diagnoses: [
          { code: 'F43.10', billable: true, primary: false },
          { code: 'Z63.0', billable: true, primary: false },
          { code: 'F33.1', billable: true, primary: true },
        ],
      }),
    );
    expect(result.diagnosisCodes).toEqual(['F33.1', 'F43.10', 'Z63.0']);
    expect(result.lines[0]!.diagnosisPointers).toEqual([1, 2, 3]);
    expect(result.billable).toBe(true);
  });

  it('points each line at no more than four diagnoses, primary first', () => {
    const diagnoses = ['F33.1', 'F41.1', 'F43.10', 'F90.0', 'F42.2', 'Z63.0'].map((c, i) => ({
      code: c,
      billable: true,
      primary: i === 0,
    }));
    const result = code(note({ diagnoses, interactiveComplexity: 'SENTINEL_EVENT' }));
    expect(result.diagnosisCodes).toHaveLength(6);
    expect(result.lines.map((l) => l.diagnosisPointers)).toEqual([
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ]);
  });

  it('sends at most 12 diagnoses and warns about the ones left off', () => {
    const diagnoses = Array.from({ length: 13 }, (_, i) => ({
      code: `F${40 + i}.1`,
      billable: true,
      primary: i === 0,
    }));
    const result = code(note({ diagnoses }));
    expect(result.diagnosisCodes).toHaveLength(12);
    expect(result.diagnosisCodes).not.toContain('F52.1');
    expect(result.billable).toBe(true);
    expect(findingOf(result, 'DIAGNOSES_FIT_ON_CLAIM').message).toContain('F52.1');
  });

  it('sends a code listed twice only once', () => {
    const result = code(
      note({
        diagnoses: [
          { code: 'F41.1', billable: true, primary: true },
          { code: 'F41.1', billable: true, primary: false },
        ],
      }),
    );
    expect(result.diagnosisCodes).toEqual(['F41.1']);
  });

  it('keeps a category heading off the claim and holds the charge, naming the code', () => {
    const result = code(
      note({
        diagnoses: [
          { code: 'F32', billable: false, primary: true },
          { code: 'F41.1', billable: true, primary: false },
        ],
      }),
    );
    expect(result.diagnosisCodes).toEqual(['F41.1']);
    expect(result.billable).toBe(false);
    const finding = findingOf(result, 'NO_HEADER_DIAGNOSIS_CODES');
    expect(finding.message).toContain('F32');
    expect(finding.fix).toBe('Pick a more specific code under F32 on the problem list.');
  });

  it('holds a claim with no billable diagnosis', () => {
    const result = code(note({ diagnoses: [] }));
    expect(result.diagnosisCodes).toEqual([]);
    expect(result.lines[0]!.diagnosisPointers).toEqual([]);
    expect(result.billable).toBe(false);
    expect(findingOf(result, 'BILLABLE_DIAGNOSIS_PRESENT').message).toBe(
      'There is no billable diagnosis on the claim.',
    );
  });

  it('puts the first billable code first when none is marked primary, and warns', () => {
    const result = code(
      note({
        diagnoses: [
          { code: 'F43.23', billable: true, primary: false },
          { code: 'F41.1', billable: true, primary: false },
        ],
      }),
    );
    expect(result.diagnosisCodes).toEqual(['F43.23', 'F41.1']);
    expect(result.billable).toBe(true);
    expect(ruleIds(result)).toEqual(['PRIMARY_DIAGNOSIS_MARKED']);
  });

  it('warns on an unspecified code but still bills', () => {
    const result = code(note({ diagnoses: [{ code: 'F41.9', billable: true, primary: true }] }));
    expect(result.billable).toBe(true);
    expect(ruleIds(result)).toEqual(['SPECIFIC_DIAGNOSIS_CODES']);
  });

  it('warns when a Z-code is the primary diagnosis for psychotherapy but still bills', () => {
    const result = code(note({ diagnoses: [{ code: 'Z63.0', billable: true, primary: true }] }));
    expect(result.billable).toBe(true);
    expect(ruleIds(result)).toEqual(['NO_Z_CODE_PRIMARY_FOR_PSYCHOTHERAPY']);
  });
});

describe('supervision', () => {
  const preLicensed: RenderingProvider = { canPrescribe: false, medicalProvider: false, licensed: false };

  it("holds a pre-licensed clinician's note until the supervisor co-signs it", () => {
    const result = code(note({ renderingProvider: preLicensed, coSignedBySupervisor: false }));
    expect(result.billable).toBe(false);
    expect(findingOf(result, 'COSIGNED_BY_SUPERVISOR').message).toContain('not co-signed by the supervisor');
  });

  it("releases a pre-licensed clinician's note once co-signed", () => {
    expect(code(note({ renderingProvider: preLicensed, coSignedBySupervisor: true })).billable).toBe(true);
  });
});
