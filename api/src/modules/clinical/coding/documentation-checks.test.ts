import {
  type CheckContext,
  DOCUMENTATION_CHECKS,
  type DocumentationFinding,
  type DocumentationRuleId,
  holdsCharge,
  runDocumentationChecks,
} from './documentation-checks';
import {
  type ChargeLine,
  type DocumentedService,
  type PayerCodingRules,
  PRACTICE_DEFAULT_CODING_RULES,
  type RenderingProvider,
} from './documented-service';
import { note, PSYCHIATRIST, THERAPIST } from './documented-service.fixture';

function line(cpt: string, overrides: Partial<ChargeLine> = {}): ChargeLine {
  return { cpt, modifiers: [], units: 1, placeOfService: '11', diagnosisPointers: [1], ...overrides };
}

function lines(...cpts: string[]): ChargeLine[] {
  return cpts.map((cpt) => line(cpt));
}

function context(overrides: Partial<CheckContext> = {}): CheckContext {
  return { payer: PRACTICE_DEFAULT_CODING_RULES, diagnosisCodes: ['F41.1'], ...overrides };
}

/** Runs one rule of the list, as the UI or a scrubber would. */
function check(
  ruleId: DocumentationRuleId,
  service: DocumentedService,
  charged: readonly ChargeLine[],
  ctx: CheckContext = context(),
): DocumentationFinding | null {
  const rule = DOCUMENTATION_CHECKS.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.check(service, charged, ctx);
}

describe('the rule list', () => {
  it('gives every rule a stable, unique SCREAMING_SNAKE id', () => {
    const ids = DOCUMENTATION_CHECKS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('gives every rule a severity and a one-sentence summary a UI can show', () => {
    for (const rule of DOCUMENTATION_CHECKS) {
      expect(['ERROR', 'WARNING']).toContain(rule.severity);
      expect(rule.summary).toMatch(/^[A-Z0-9"].+\.$/);
    }
  });

  it("stamps each finding with its rule's id and severity", () => {
    const finding = check('SPECIFIC_DIAGNOSIS_CODES', note(), lines('90837'), context({ diagnosisCodes: ['F99'] }));
    expect(finding).toMatchObject({ ruleId: 'SPECIFIC_DIAGNOSIS_CODES', severity: 'WARNING' });
  });

  it('finds nothing wrong with a clean note and its lines', () => {
    expect(runDocumentationChecks(note(), lines('90837'), context())).toEqual([]);
  });

  it('returns findings in rule order, and only ERRORs hold the charge', () => {
    const findings = runDocumentationChecks(
      note({ psychotherapyMinutes: 47, diagnoses: [{ code: 'F41.9', billable: true, primary: true }] }),
      lines('90837'),
      context({ diagnosisCodes: ['F41.9'] }),
    );
    expect(findings.map((f) => [f.ruleId, holdsCharge(f)])).toEqual([
      ['TIME_SUPPORTS_CODE', true],
      ['SPECIFIC_DIAGNOSIS_CODES', false],
    ]);
  });
});

describe('COSIGNED_BY_SUPERVISOR', () => {
  const preLicensed: RenderingProvider = { ...THERAPIST, licensed: false };

  it("holds a pre-licensed clinician's note that the supervisor has not co-signed", () => {
    const finding = check('COSIGNED_BY_SUPERVISOR', note({ renderingProvider: preLicensed }), lines('90837'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain('not co-signed by the supervisor');
    expect(finding?.fix).toContain('co-sign');
  });

  it('passes once the supervisor co-signs', () => {
    const service = note({ renderingProvider: preLicensed, coSignedBySupervisor: true });
    expect(check('COSIGNED_BY_SUPERVISOR', service, lines('90837'))).toBeNull();
  });

  it('does not ask a licensed clinician for a co-signature', () => {
    expect(check('COSIGNED_BY_SUPERVISOR', note({ coSignedBySupervisor: false }), lines('90837'))).toBeNull();
  });
});

describe('MINUTES_DOCUMENTED', () => {
  it('holds individual psychotherapy without face-to-face minutes', () => {
    const finding = check('MINUTES_DOCUMENTED', note({ psychotherapyMinutes: null }), []);
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toBe(
      'Individual psychotherapy is billed by time, but this note has no face-to-face minutes.',
    );
    expect(finding?.fix).toContain('start and end times');
  });

  it.each(['CRISIS', 'FAMILY_WITH_PATIENT', 'FAMILY_WITHOUT_PATIENT'] as const)('holds %s without minutes', (kind) => {
    expect(check('MINUTES_DOCUMENTED', note({ kind, psychotherapyMinutes: null }), [])).not.toBeNull();
  });

  it('names the psychotherapy add-on for an E/M visit with psychotherapy', () => {
    const service = note({ kind: 'EM_WITH_PSYCHOTHERAPY', psychotherapyMinutes: null, emMdmLevel: 3 });
    expect(check('MINUTES_DOCUMENTED', service, lines('99213'))?.message).toContain('The psychotherapy add-on');
  });

  it('holds a timed code on the lines even when the note is filed as an untimed service', () => {
    const service = note({ kind: 'INTAKE', psychotherapyMinutes: null });
    expect(check('MINUTES_DOCUMENTED', service, lines('90834'))?.message).toContain('90834 is billed by time');
  });

  it.each(['INTAKE', 'INTAKE_MEDICAL', 'GROUP', 'EM_ONLY'] as const)('does not ask %s for minutes', (kind) => {
    expect(check('MINUTES_DOCUMENTED', note({ kind, psychotherapyMinutes: null }), [])).toBeNull();
  });
});

describe('PSYCHOTHERAPY_MINIMUM_TIME', () => {
  it.each(['PSYCHOTHERAPY', 'CRISIS', 'EM_WITH_PSYCHOTHERAPY'] as const)(
    'holds %s at 15 minutes and passes it at 16',
    (kind) => {
      const at15 = check('PSYCHOTHERAPY_MINIMUM_TIME', note({ kind, psychotherapyMinutes: 15 }), []);
      expect(at15?.severity).toBe('ERROR');
      expect(at15?.message).toBe(
        'Psychotherapy needs at least 16 face-to-face minutes to be billed; this note shows 15.',
      );
      expect(check('PSYCHOTHERAPY_MINIMUM_TIME', note({ kind, psychotherapyMinutes: 16 }), [])).toBeNull();
    },
  );

  it('suggests billing E/M only when the psychotherapy part of an E/M visit is too short', () => {
    const service = note({ kind: 'EM_WITH_PSYCHOTHERAPY', psychotherapyMinutes: 10, emMdmLevel: 3 });
    expect(check('PSYCHOTHERAPY_MINIMUM_TIME', service, lines('99213'))?.fix).toContain('bill the visit as E/M only');
  });

  it('leaves short family sessions to the family rule', () => {
    expect(
      check('PSYCHOTHERAPY_MINIMUM_TIME', note({ kind: 'FAMILY_WITH_PATIENT', psychotherapyMinutes: 10 }), []),
    ).toBeNull();
  });
});

describe('FAMILY_MINIMUM_TIME', () => {
  it.each([
    ['FAMILY_WITH_PATIENT', '90847'],
    ['FAMILY_WITHOUT_PATIENT', '90846'],
  ] as const)('holds %s at 25 minutes, naming %s, and passes it at 26', (kind, cpt) => {
    const at25 = check('FAMILY_MINIMUM_TIME', note({ kind, psychotherapyMinutes: 25 }), []);
    expect(at25?.severity).toBe('ERROR');
    expect(at25?.message).toBe(`Family psychotherapy (${cpt}) needs at least 26 minutes; this note shows 25.`);
    expect(check('FAMILY_MINIMUM_TIME', note({ kind, psychotherapyMinutes: 26 }), [])).toBeNull();
  });
});

describe('CRISIS_MINIMUM_TIME', () => {
  it('warns, without holding, that 29 minutes of crisis work is billed as 90832', () => {
    const finding = check('CRISIS_MINIMUM_TIME', note({ kind: 'CRISIS', psychotherapyMinutes: 29 }), lines('90832'));
    expect(finding?.severity).toBe('WARNING');
    expect(finding?.message).toBe(
      'Crisis psychotherapy (90839) needs at least 30 minutes; this note shows 29, so it is billed as 90832.',
    );
    expect(finding?.fix).toContain('need not be continuous');
  });

  it('says nothing at 30 minutes', () => {
    expect(check('CRISIS_MINIMUM_TIME', note({ kind: 'CRISIS', psychotherapyMinutes: 30 }), lines('90839'))).toBeNull();
  });

  it('says nothing when nothing could be billed (the 16-minute rule explains)', () => {
    expect(check('CRISIS_MINIMUM_TIME', note({ kind: 'CRISIS', psychotherapyMinutes: 12 }), [])).toBeNull();
  });
});

describe('EM_LEVEL_DOCUMENTED', () => {
  const em = (overrides: Partial<DocumentedService>) =>
    note({ kind: 'EM_ONLY', psychotherapyMinutes: null, renderingProvider: PSYCHIATRIST, ...overrides });

  it('holds an E/M visit with neither a decision-making level nor E/M time', () => {
    const finding = check('EM_LEVEL_DOCUMENTED', em({}), []);
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain('this note has neither');
  });

  it.each([
    ['an established', false, 9, 10, '99212'],
    ['a new', true, 14, 15, '99202'],
  ] as const)('holds %s patient at %i minutes and passes at %i (%s)', (_label, newPatient, below, at, cpt) => {
    const finding = check('EM_LEVEL_DOCUMENTED', em({ newPatient, emMinutes: below }), []);
    expect(finding?.message).toContain(`at least ${at} minutes of E/M time (${cpt}); this note shows ${below} minutes`);
    expect(check('EM_LEVEL_DOCUMENTED', em({ newPatient, emMinutes: at }), [])).toBeNull();
  });

  it('accepts a decision-making level without time', () => {
    expect(check('EM_LEVEL_DOCUMENTED', em({ emMdmLevel: 2 }), [])).toBeNull();
  });

  it('applies to E/M with psychotherapy too, and to nothing else', () => {
    expect(check('EM_LEVEL_DOCUMENTED', em({ kind: 'EM_WITH_PSYCHOTHERAPY' }), [])).not.toBeNull();
    expect(check('EM_LEVEL_DOCUMENTED', note(), lines('90837'))).toBeNull();
  });
});

describe('TIME_SUPPORTS_CODE', () => {
  it('explains that 90837 needs 53 minutes when the note shows 47, and offers 90834', () => {
    const finding = check('TIME_SUPPORTS_CODE', note({ psychotherapyMinutes: 47 }), lines('90837'));
    expect(finding).toEqual({
      ruleId: 'TIME_SUPPORTS_CODE',
      severity: 'ERROR',
      message: '90837 needs at least 53 face-to-face minutes; this note shows 47.',
      fix: 'Bill 90834, or correct the start and end times in an addendum if the session was longer.',
    });
  });

  it.each([
    ['90832', 15, 16, null],
    ['90834', 37, 38, '90832'],
    ['90837', 52, 53, '90834'],
    ['90833', 15, 16, null],
    ['90836', 37, 38, '90833'],
    ['90838', 52, 53, '90836'],
    ['90839', 29, 30, '90832'],
    ['90846', 25, 26, null],
    ['90847', 25, 26, null],
  ])('%s fails at %i minutes and passes at %i (fallback: %s)', (cpt, below, at, fallback) => {
    const finding = check('TIME_SUPPORTS_CODE', note({ psychotherapyMinutes: below }), lines(cpt));
    expect(finding?.message).toContain(`${cpt} needs at least ${at} face-to-face minutes; this note shows ${below}`);
    expect(finding?.fix).toContain(fallback ? `Bill ${fallback}` : `Remove ${cpt}`);
    expect(check('TIME_SUPPORTS_CODE', note({ psychotherapyMinutes: at }), lines(cpt))).toBeNull();
  });

  it.each([
    [1, 74, 75, 'Remove 90840'],
    [2, 104, 105, 'Bill 1 unit of 90840'],
    [3, 134, 135, 'Bill 2 units of 90840'],
  ])('%i unit(s) of 90840 fail at %i crisis minutes and pass at %i', (units, below, at, fix) => {
    const charged = [line('90839'), line('90840', { units })];
    const finding = check('TIME_SUPPORTS_CODE', note({ kind: 'CRISIS', psychotherapyMinutes: below }), charged);
    expect(finding?.message).toContain(`at least ${at} minutes of crisis psychotherapy; this note shows ${below}`);
    expect(finding?.fix).toContain(fix);
    expect(check('TIME_SUPPORTS_CODE', note({ kind: 'CRISIS', psychotherapyMinutes: at }), charged)).toBeNull();
  });

  it('explains an E/M level that neither decision making nor time supports, and offers the supported level', () => {
    const service = note({ kind: 'EM_ONLY', renderingProvider: PSYCHIATRIST, emMdmLevel: 3, emMinutes: 22 });
    const finding = check('TIME_SUPPORTS_CODE', service, lines('99214'));
    expect(finding?.message).toBe(
      '99214 needs medical decision making at level 4 or at least 30 minutes of E/M time; this note shows decision making at level 3 and 22 minutes.',
    );
    expect(finding?.fix).toContain('Bill 99213');
  });

  it.each([
    ['established', false, '99212', 9, 10],
    ['established', false, '99213', 19, 20],
    ['established', false, '99214', 29, 30],
    ['established', false, '99215', 39, 40],
    ['new', true, '99202', 14, 15],
    ['new', true, '99203', 29, 30],
    ['new', true, '99204', 44, 45],
    ['new', true, '99205', 59, 60],
  ] as const)('%s patient: %s fails at %i E/M minutes and passes at %i', (_label, newPatient, cpt, below, at) => {
    const em = (emMinutes: number) => note({ kind: 'EM_ONLY', renderingProvider: PSYCHIATRIST, newPatient, emMinutes });
    expect(check('TIME_SUPPORTS_CODE', em(below), lines(cpt))).not.toBeNull();
    expect(check('TIME_SUPPORTS_CODE', em(at), lines(cpt))).toBeNull();
  });

  it('accepts an E/M level supported by decision making alone', () => {
    const service = note({ kind: 'EM_ONLY', renderingProvider: PSYCHIATRIST, emMdmLevel: 5, emMinutes: 5 });
    expect(check('TIME_SUPPORTS_CODE', service, lines('99215'))).toBeNull();
  });

  it('reports every unsupported line in one finding', () => {
    const service = note({
      kind: 'EM_WITH_PSYCHOTHERAPY',
      renderingProvider: PSYCHIATRIST,
      emMdmLevel: 2,
      psychotherapyMinutes: 20,
    });
    const finding = check('TIME_SUPPORTS_CODE', service, lines('99214', '90836'));
    expect(finding?.message).toContain('99214 needs');
    expect(finding?.message).toContain('90836 needs at least 38');
  });

  it('leaves missing minutes to MINUTES_DOCUMENTED', () => {
    expect(check('TIME_SUPPORTS_CODE', note({ psychotherapyMinutes: null }), lines('90837'))).toBeNull();
  });
});

describe('CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED', () => {
  const crisis = (crisisDocumentation: DocumentedService['crisisDocumentation']) =>
    note({ kind: 'CRISIS', psychotherapyMinutes: 60, crisisDocumentation });

  it('holds 90839 without a risk assessment or safety plan', () => {
    const finding = check('CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED', crisis(null), lines('90839'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain('this note is missing a risk assessment and a safety plan');
  });

  it('names only what is missing', () => {
    const finding = check(
      'CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED',
      crisis({ riskAssessment: true, safetyPlan: false }),
      lines('90839'),
    );
    expect(finding?.message).toMatch(/missing a safety plan\.$/);
  });

  it('passes when both are documented', () => {
    const full = crisis({ riskAssessment: true, safetyPlan: true });
    expect(check('CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED', full, lines('90839'))).toBeNull();
  });

  it('does not apply when short crisis work is billed as 90832', () => {
    expect(check('CRISIS_RISK_AND_SAFETY_PLAN_DOCUMENTED', crisis(null), lines('90832'))).toBeNull();
  });
});

describe('FAMILY_PARTICIPANTS_DOCUMENTED', () => {
  it('warns when a family session lists no one present', () => {
    const service = note({ kind: 'FAMILY_WITHOUT_PATIENT', psychotherapyMinutes: 50, participants: [] });
    expect(check('FAMILY_PARTICIPANTS_DOCUMENTED', service, lines('90846'))?.severity).toBe('WARNING');
  });

  it('passes when the family members present are listed', () => {
    const service = note({ kind: 'FAMILY_WITH_PATIENT', psychotherapyMinutes: 50, participants: ['mother'] });
    expect(check('FAMILY_PARTICIPANTS_DOCUMENTED', service, lines('90847'))).toBeNull();
  });

  it('does not ask a group note to list the other members, who are other patients', () => {
    expect(check('FAMILY_PARTICIPANTS_DOCUMENTED', note({ kind: 'GROUP' }), lines('90853'))).toBeNull();
  });
});

describe('MEDICAL_EVALUATION_BY_MEDICAL_PROVIDER', () => {
  it('holds 90792 by a therapist and points to 90791', () => {
    const finding = check('MEDICAL_EVALUATION_BY_MEDICAL_PROVIDER', note({ kind: 'INTAKE_MEDICAL' }), lines('90792'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain('physician, nurse practitioner or physician assistant');
    expect(finding?.fix).toContain('Bill 90791');
  });

  it('passes 90792 by a psychiatrist', () => {
    const service = note({ kind: 'INTAKE_MEDICAL', renderingProvider: PSYCHIATRIST });
    expect(check('MEDICAL_EVALUATION_BY_MEDICAL_PROVIDER', service, lines('90792'))).toBeNull();
  });
});

describe('EM_BY_MEDICAL_PROVIDER', () => {
  it('holds E/M by a therapist and suggests billing the psychotherapy alone', () => {
    const service = note({ kind: 'EM_WITH_PSYCHOTHERAPY', psychotherapyMinutes: 45, emMdmLevel: 3 });
    const finding = check('EM_BY_MEDICAL_PROVIDER', service, lines('99213', '90836'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.fix).toBe('Bill the psychotherapy alone as 90834.');
  });

  it('suggests changing the service when there is no psychotherapy to bill instead', () => {
    const service = note({ kind: 'EM_ONLY', psychotherapyMinutes: null, emMdmLevel: 3 });
    expect(check('EM_BY_MEDICAL_PROVIDER', service, lines('99213'))?.fix).toContain('Change the service');
  });

  it('passes E/M by a psychiatrist', () => {
    const service = note({ kind: 'EM_ONLY', renderingProvider: PSYCHIATRIST, emMdmLevel: 3 });
    expect(check('EM_BY_MEDICAL_PROVIDER', service, lines('99213'))).toBeNull();
  });
});

describe('ONE_PSYCHOTHERAPY_CODE_PER_SESSION', () => {
  it('holds two psychotherapy codes added together for a long session', () => {
    const finding = check(
      'ONE_PSYCHOTHERAPY_CODE_PER_SESSION',
      note({ psychotherapyMinutes: 90 }),
      lines('90837', '90832'),
    );
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain('90837 and 90832');
    expect(finding?.fix).toContain('a 75-minute session is still 90837');
  });

  it('holds a psychotherapy code billed for more than one unit', () => {
    const charged = [line('90837', { units: 2 })];
    expect(check('ONE_PSYCHOTHERAPY_CODE_PER_SESSION', note(), charged)?.message).toContain('90837 × 2');
  });

  it('passes one code, and an E/M visit with its one add-on', () => {
    expect(check('ONE_PSYCHOTHERAPY_CODE_PER_SESSION', note(), lines('90837'))).toBeNull();
    expect(check('ONE_PSYCHOTHERAPY_CODE_PER_SESSION', note(), lines('99213', '90836'))).toBeNull();
  });
});

describe('ADD_ON_WITH_PRIMARY', () => {
  it('holds 90785 with no code it may accompany', () => {
    const reason = note({ interactiveComplexity: 'SENTINEL_EVENT' });
    expect(check('ADD_ON_WITH_PRIMARY', reason, lines('90785'))?.fix).toBe('Remove 90785.');
    expect(check('ADD_ON_WITH_PRIMARY', reason, lines('99213', '90785'))).not.toBeNull();
  });

  it('holds a psychotherapy add-on without an E/M line and names the standalone code', () => {
    const finding = check('ADD_ON_WITH_PRIMARY', note({ psychotherapyMinutes: 45 }), lines('90836'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.fix).toContain('bill the psychotherapy as 90834');
  });

  it('holds 90840 without 90839', () => {
    expect(check('ADD_ON_WITH_PRIMARY', note({ kind: 'CRISIS' }), lines('90840'))?.message).toContain('needs 90839');
  });

  it('passes each add-on with its primary', () => {
    expect(check('ADD_ON_WITH_PRIMARY', note(), lines('90834', '90785'))).toBeNull();
    expect(check('ADD_ON_WITH_PRIMARY', note(), lines('99213', '90836', '90785'))).toBeNull();
    expect(check('ADD_ON_WITH_PRIMARY', note(), lines('90839', '90840'))).toBeNull();
  });
});

describe('NO_MUTUALLY_EXCLUSIVE_CODES', () => {
  it.each([
    ['90791', '90834'],
    ['90792', '90837'],
    ['90791', '90792'],
    ['90839', '90832'],
    ['90839', '90785'],
    ['90840', '90847'],
    ['99213', '90837'],
    ['90792', '99204'],
    ['90785', '90847'],
  ])('holds %s with %s on the same date', (first, second) => {
    const finding = check('NO_MUTUALLY_EXCLUSIVE_CODES', note(), lines(first, second));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain(`${first} and ${second} cannot be billed together`);
  });

  it('tells the prescriber to use the add-on code with E/M', () => {
    expect(check('NO_MUTUALLY_EXCLUSIVE_CODES', note(), lines('99213', '90834'))?.fix).toContain(
      '90833, 90836 or 90838',
    );
  });

  it.each([
    ['99213', '90836'],
    ['90834', '90785'],
    ['90839', '90840'],
    ['90853', '90785'],
  ])('passes %s with %s', (first, second) => {
    expect(check('NO_MUTUALLY_EXCLUSIVE_CODES', note(), lines(first, second))).toBeNull();
  });
});

describe('INTERACTIVE_COMPLEXITY_REASON_DOCUMENTED', () => {
  it('holds 90785 without a documented reason', () => {
    const finding = check('INTERACTIVE_COMPLEXITY_REASON_DOCUMENTED', note(), lines('90834', '90785'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.fix).toContain('or remove 90785');
  });

  it('passes 90785 with a documented reason', () => {
    const service = note({ interactiveComplexity: 'MALADAPTIVE_COMMUNICATION' });
    expect(check('INTERACTIVE_COMPLEXITY_REASON_DOCUMENTED', service, lines('90834', '90785'))).toBeNull();
  });
});

describe('INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE', () => {
  const withReason = (overrides: Partial<DocumentedService> = {}) =>
    note({ interactiveComplexity: 'CAREGIVER_INTERFERENCE', ...overrides });

  it('warns, without holding, that 90785 is left off crisis psychotherapy', () => {
    const finding = check(
      'INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE',
      withReason({ kind: 'CRISIS' }),
      lines('90839', '90840'),
    );
    expect(finding?.severity).toBe('WARNING');
    expect(finding?.message).toBe(
      'Interactive complexity is documented, but 90785 cannot be billed with 90839 and 90840, so it is left off the claim.',
    );
  });

  it('says nothing when the service allows 90785, when nothing was billed, or when no reason is documented', () => {
    expect(check('INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE', withReason(), lines('90834', '90785'))).toBeNull();
    expect(check('INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE', withReason(), [])).toBeNull();
    expect(check('INTERACTIVE_COMPLEXITY_WITH_ALLOWED_SERVICE', note(), lines('90847'))).toBeNull();
  });
});

describe('AUDIO_ONLY_COVERED_BY_PAYER', () => {
  const noAudio: PayerCodingRules = {
    telehealth: { ...PRACTICE_DEFAULT_CODING_RULES.telehealth, audioOnlyAllowed: false },
  };

  it('holds an audio-only visit to a payer that does not cover audio-only', () => {
    const audio = line('90837', { placeOfService: '10', modifiers: ['93'] });
    const finding = check(
      'AUDIO_ONLY_COVERED_BY_PAYER',
      note({ modality: 'AUDIO_ONLY', patientAtHome: true }),
      [audio],
      context({ payer: noAudio }),
    );
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain('does not pay for audio-only visits');
  });

  it('passes audio-only for a payer that covers it, and video for one that does not cover audio-only', () => {
    expect(check('AUDIO_ONLY_COVERED_BY_PAYER', note({ modality: 'AUDIO_ONLY' }), lines('90837'))).toBeNull();
    expect(
      check('AUDIO_ONLY_COVERED_BY_PAYER', note({ modality: 'VIDEO' }), lines('90837'), context({ payer: noAudio })),
    ).toBeNull();
  });
});

describe('PLACE_OF_SERVICE_MATCHES_MODALITY', () => {
  const video = note({ modality: 'VIDEO', patientAtHome: true });

  it('holds a home video visit billed as an office visit, and says what to use', () => {
    const finding = check('PLACE_OF_SERVICE_MATCHES_MODALITY', video, lines('90837'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toBe(
      "A video visit at the patient's home is billed with place of service 10 and modifier 95; 90837 has place of service 11 and no telehealth modifier.",
    );
    expect(finding?.fix).toBe('Use place of service 10 and modifier 95 on every line.');
  });

  it('holds an in-person visit carrying a telehealth modifier', () => {
    const finding = check('PLACE_OF_SERVICE_MATCHES_MODALITY', note(), [line('90837', { modifiers: ['95'] })]);
    expect(finding?.message).toContain('90837 has place of service 11 and modifier 95');
  });

  it('holds an audio-only visit billed with the video modifier', () => {
    const audio = note({ modality: 'AUDIO_ONLY', patientAtHome: false });
    const finding = check('PLACE_OF_SERVICE_MATCHES_MODALITY', audio, [
      line('90837', { placeOfService: '02', modifiers: ['95'] }),
    ]);
    expect(finding?.fix).toBe('Use place of service 02 and modifier 93 on every line.');
  });

  it('passes the right place and modifier, and ignores non-telehealth modifiers', () => {
    expect(
      check('PLACE_OF_SERVICE_MATCHES_MODALITY', video, [
        line('90837', { placeOfService: '10', modifiers: ['95', 'HO'] }),
      ]),
    ).toBeNull();
  });

  it("follows the payer's table", () => {
    const payer: PayerCodingRules = {
      telehealth: { ...PRACTICE_DEFAULT_CODING_RULES.telehealth, videoPlaceOfService: { home: '11', other: '11' } },
    };
    const charged = [line('90837', { placeOfService: '11', modifiers: ['95'] })];
    expect(check('PLACE_OF_SERVICE_MATCHES_MODALITY', video, charged, context({ payer }))).toBeNull();
  });
});

describe('BILLABLE_DIAGNOSIS_PRESENT', () => {
  it('holds a claim with no billable diagnosis', () => {
    const finding = check(
      'BILLABLE_DIAGNOSIS_PRESENT',
      note({ diagnoses: [] }),
      lines('90837'),
      context({ diagnosisCodes: [] }),
    );
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toBe('There is no billable diagnosis on the claim.');
    expect(finding?.fix).toContain('Add the diagnosis');
  });

  it('asks for specific codes when only category headings are listed', () => {
    const service = note({ diagnoses: [{ code: 'F43.1', billable: false, primary: true }] });
    const finding = check('BILLABLE_DIAGNOSIS_PRESENT', service, lines('90837'), context({ diagnosisCodes: [] }));
    expect(finding?.fix).toContain('specific, billable codes');
  });
});

describe('NO_HEADER_DIAGNOSIS_CODES', () => {
  it('holds a category heading, naming it and asking for a more specific code', () => {
    const service = note({
      diagnoses: [
        { code: 'F41.1', billable: true, primary: true },
        { code: 'F43.2', billable: false, primary: false },
      ],
    });
    const finding = check('NO_HEADER_DIAGNOSIS_CODES', service, lines('90837'));
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toBe(
      'F43.2 is not a billable code on 2026-03-02: it is a category heading (or not valid that year).',
    );
    expect(finding?.fix).toBe('Pick a more specific code under F43.2 on the problem list.');
  });

  it('names every heading in one finding', () => {
    const service = note({
      diagnoses: [
        { code: 'F32', billable: false, primary: true },
        { code: 'F41', billable: false, primary: false },
      ],
    });
    expect(check('NO_HEADER_DIAGNOSIS_CODES', service, lines('90837'))?.message).toMatch(
      /^F32 and F41 are not billable/,
    );
  });

  it('passes billable codes', () => {
    expect(check('NO_HEADER_DIAGNOSIS_CODES', note(), lines('90837'))).toBeNull();
  });
});

describe('SPECIFIC_DIAGNOSIS_CODES', () => {
  it.each(['F32.9', 'F32.A', 'F41.9', 'F43.9', 'F99'])('warns on the unspecified code %s', (code) => {
    const finding = check('SPECIFIC_DIAGNOSIS_CODES', note(), lines('90837'), context({ diagnosisCodes: [code] }));
    expect(finding?.severity).toBe('WARNING');
    expect(finding?.message).toContain(`${code} is an "unspecified" code`);
  });

  it('passes specific codes', () => {
    expect(
      check('SPECIFIC_DIAGNOSIS_CODES', note(), lines('90837'), context({ diagnosisCodes: ['F41.1', 'F43.10'] })),
    ).toBeNull();
  });
});

describe('NO_Z_CODE_PRIMARY_FOR_PSYCHOTHERAPY', () => {
  it('warns when a Z-code is the primary diagnosis for psychotherapy', () => {
    const finding = check(
      'NO_Z_CODE_PRIMARY_FOR_PSYCHOTHERAPY',
      note(),
      lines('90837'),
      context({ diagnosisCodes: ['Z63.0', 'F41.1'] }),
    );
    expect(finding?.severity).toBe('WARNING');
    expect(finding?.message).toContain('Z63.0');
    expect(finding?.fix).toContain('secondary');
  });

  it('passes a Z-code as a secondary diagnosis, or as primary for a service that is not psychotherapy', () => {
    expect(
      check(
        'NO_Z_CODE_PRIMARY_FOR_PSYCHOTHERAPY',
        note(),
        lines('90837'),
        context({ diagnosisCodes: ['F41.1', 'Z63.0'] }),
      ),
    ).toBeNull();
    expect(
      check('NO_Z_CODE_PRIMARY_FOR_PSYCHOTHERAPY', note(), lines('90791'), context({ diagnosisCodes: ['Z63.0'] })),
    ).toBeNull();
  });
});

describe('PRIMARY_DIAGNOSIS_MARKED', () => {
  const ctx = context({ diagnosisCodes: ['F43.23', 'F41.1'] });

  it('warns when no diagnosis is marked primary, saying which one goes first', () => {
    const service = note({
      diagnoses: [
        { code: 'F43.23', billable: true, primary: false },
        { code: 'F41.1', billable: true, primary: false },
      ],
    });
    const finding = check('PRIMARY_DIAGNOSIS_MARKED', service, lines('90837'), ctx);
    expect(finding?.severity).toBe('WARNING');
    expect(finding?.message).toContain('so F43.23 (first on the problem list) goes first');
  });

  it('warns when more than one diagnosis is marked primary', () => {
    const service = note({
      diagnoses: [
        { code: 'F43.23', billable: true, primary: true },
        { code: 'F41.1', billable: true, primary: true },
      ],
    });
    expect(check('PRIMARY_DIAGNOSIS_MARKED', service, lines('90837'), ctx)?.fix).toBe(
      'Mark only one diagnosis as primary.',
    );
  });

  it('passes exactly one primary', () => {
    expect(check('PRIMARY_DIAGNOSIS_MARKED', note(), lines('90837'))).toBeNull();
  });
});

describe('DIAGNOSES_FIT_ON_CLAIM', () => {
  const codes = Array.from({ length: 13 }, (_, i) => `F${40 + i}.1`);
  const diagnoses = codes.map((code, i) => ({ code, billable: true, primary: i === 0 }));

  it('warns, naming the codes a 12-diagnosis claim leaves off', () => {
    const finding = check(
      'DIAGNOSES_FIT_ON_CLAIM',
      note({ diagnoses }),
      lines('90837'),
      context({ diagnosisCodes: codes.slice(0, 12) }),
    );
    expect(finding?.severity).toBe('WARNING');
    expect(finding?.message).toBe('A claim holds at most 12 diagnoses; this note lists 13, so F52.1 is left off.');
  });

  it('passes 12 diagnoses', () => {
    const twelve = diagnoses.slice(0, 12);
    expect(
      check(
        'DIAGNOSES_FIT_ON_CLAIM',
        note({ diagnoses: twelve }),
        lines('90837'),
        context({ diagnosisCodes: codes.slice(0, 12) }),
      ),
    ).toBeNull();
  });
});

describe('DIAGNOSIS_POINTERS_VALID', () => {
  const ctx = context({ diagnosisCodes: ['F41.1', 'F43.10', 'F33.1', 'F90.0', 'Z63.0'] });
  const pointing = (diagnosisPointers: number[]) => [line('90837', { diagnosisPointers })];

  it.each([
    [[], 'points to no diagnosis'],
    [[6], 'points to diagnosis 6, but the claim lists 5'],
    [[0], 'points to diagnosis 0'],
    [[1, 2, 3, 4, 5], 'a line takes at most 4'],
    [[1, 1], 'the same diagnosis twice'],
  ])('holds a line pointing to %j', (pointers, message) => {
    const finding = check('DIAGNOSIS_POINTERS_VALID', note(), pointing(pointers), ctx);
    expect(finding?.severity).toBe('ERROR');
    expect(finding?.message).toContain(message);
  });

  it('passes one to four pointers into the claim', () => {
    expect(check('DIAGNOSIS_POINTERS_VALID', note(), pointing([1]), ctx)).toBeNull();
    expect(check('DIAGNOSIS_POINTERS_VALID', note(), pointing([1, 2, 3, 4]), ctx)).toBeNull();
  });

  it('leaves a claim without diagnoses to BILLABLE_DIAGNOSIS_PRESENT', () => {
    expect(check('DIAGNOSIS_POINTERS_VALID', note(), pointing([]), context({ diagnosisCodes: [] }))).toBeNull();
  });
});
