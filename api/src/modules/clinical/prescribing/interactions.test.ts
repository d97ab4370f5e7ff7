import { DRUG_CLASSES, FORMULARY, findDrug } from './formulary';
import {
  INTERACTION_SCREENING_DISCLAIMER,
  STARTER_INTERACTION_RULES,
  screenNewPrescription,
  screenWashout,
  starterKnowledgeBase,
  unscreenedDrugIds,
  type InteractionAlert,
  type InteractionKnowledgeBase,
} from './interactions';

const screen = (...drugIds: string[]) => starterKnowledgeBase.screen(drugIds);
const summary = (alerts: InteractionAlert[]) => alerts.map((alert) => `${alert.ruleId}:${alert.severity}`);

/**
 * One representative pair per rule, covering all 18 rows of the starter table (domain reference §7.2).
 * Each pair must raise exactly this one alert: a second alert for the same pair would be noise.
 */
const REPRESENTATIVE_PAIRS: [row: number, drugA: string, drugB: string, ruleId: string, severity: string][] = [
  [1, 'phenelzine', 'sertraline', 'r01-maoi-serotonergic', 'CONTRAINDICATED'],
  [2, 'tranylcypromine', 'pseudoephedrine', 'r02-maoi-pressor', 'CONTRAINDICATED'],
  [3, 'lithium', 'ibuprofen', 'r03-lithium-renal-clearance', 'MAJOR'],
  [4, 'clozapine', 'fluvoxamine', 'r04-clozapine-cyp1a2-inhibitor', 'MAJOR'],
  [4, 'olanzapine', 'ciprofloxacin', 'r04-olanzapine-cyp1a2-inhibitor', 'MODERATE'],
  [5, 'clozapine', 'carbamazepine', 'r05-clozapine-carbamazepine', 'MAJOR'],
  [6, 'citalopram', 'ondansetron', 'r06-qt-prolonging-combination', 'MAJOR'],
  [6, 'thioridazine', 'azithromycin', 'r06-thioridazine-pimozide-qt', 'CONTRAINDICATED'],
  [6, 'thioridazine', 'paroxetine', 'r06-thioridazine-metabolic-inhibitor', 'CONTRAINDICATED'],
  [6, 'pimozide', 'sertraline', 'r06-pimozide-ssri', 'CONTRAINDICATED'],
  [7, 'sertraline', 'tramadol', 'r07-ssri-snri-tramadol', 'MAJOR'],
  [8, 'linezolid', 'escitalopram', 'r08-linezolid-methylene-blue-serotonergic', 'CONTRAINDICATED'],
  [9, 'sertraline', 'sumatriptan', 'r09-serotonergic-combination', 'MODERATE'],
  [10, 'alprazolam', 'oxycodone', 'r10-cns-depressant-opioid', 'MAJOR'],
  [11, 'divalproex', 'lamotrigine', 'r11-valproate-lamotrigine', 'MAJOR'],
  [12, 'carbamazepine', 'lurasidone', 'r12-cyp3a4-inducer-lurasidone', 'CONTRAINDICATED'],
  [12, 'carbamazepine', 'ethinyl estradiol', 'r12-cyp3a4-inducer-substrate', 'MAJOR'],
  [13, 'ketoconazole', 'lurasidone', 'r13-cyp3a4-inhibitor-contraindicated', 'CONTRAINDICATED'],
  [13, 'ritonavir', 'quetiapine', 'r13-cyp3a4-inhibitor-quetiapine', 'MAJOR'],
  [14, 'paroxetine', 'tamoxifen', 'r14-cyp2d6-inhibitor-tamoxifen', 'MAJOR'],
  [14, 'fluoxetine', 'nortriptyline', 'r14-cyp2d6-inhibitor-tca', 'MAJOR'],
  [14, 'fluoxetine', 'aripiprazole', 'r14-cyp2d6-inhibitor-aripiprazole', 'MODERATE'],
  [14, 'paroxetine', 'metoprolol', 'r14-cyp2d6-inhibitor-substrate', 'MODERATE'],
  [14, 'bupropion', 'codeine', 'r14-cyp2d6-inhibitor-prodrug-opioid', 'MODERATE'],
  [15, 'sertraline', 'warfarin', 'r15-serotonergic-antidepressant-bleeding', 'MODERATE'],
  [16, 'bupropion', 'clozapine', 'r16-bupropion-seizure-threshold', 'MAJOR'],
  [17, 'phenelzine', 'methylphenidate', 'r17-stimulant-maoi', 'CONTRAINDICATED'],
  [18, 'disulfiram', 'ethanol', 'r18-disulfiram-alcohol', 'CONTRAINDICATED'],
];

describe('the starter knowledge base', () => {
  it.each(REPRESENTATIVE_PAIRS)('row %i: %s with %s raises %s (%s)', (_row, drugA, drugB, ruleId, severity) => {
    expect(summary(screen(drugA, drugB))).toEqual([`${ruleId}:${severity}`]);
  });

  it('fires the same alert whichever drug is listed first', () => {
    for (const [, drugA, drugB] of REPRESENTATIVE_PAIRS) {
      expect(summary(screen(drugB, drugA))).toEqual(summary(screen(drugA, drugB)));
    }
  });

  it('encodes all 18 rows of the starter table, and every rule has a representative pair above', () => {
    expect([...new Set(STARTER_INTERACTION_RULES.map((rule) => rule.row))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    expect(STARTER_INTERACTION_RULES.map((rule) => rule.id).sort()).toEqual(
      [...new Set(REPRESENTATIVE_PAIRS.map(([, , , ruleId]) => ruleId))].sort(),
    );
  });

  it('lists the drugs in the order of the rule: the MAOI first, then the serotonergic drug', () => {
    expect(screen('sertraline', 'phenelzine')[0]?.drugs).toEqual(['phenelzine', 'sertraline']);
  });

  it('catches each lithium partner class: ACE inhibitor, ARB and thiazide as well as NSAIDs', () => {
    for (const partner of ['lisinopril', 'losartan', 'hydrochlorothiazide', 'celecoxib']) {
      expect(summary(screen('lithium', partner))).toEqual(['r03-lithium-renal-clearance:MAJOR']);
    }
  });

  it('warns about every sedative class with buprenorphine, including gabapentin, z-drugs and alcohol', () => {
    for (const depressant of ['gabapentin', 'zolpidem', 'ethanol', 'clonazepam']) {
      expect(summary(screen(depressant, 'buprenorphine'))).toEqual(['r10-cns-depressant-opioid:MAJOR']);
    }
  });

  it('treats MAOI + bupropion and MAOI + buspirone as contraindicated pressor combinations', () => {
    expect(summary(screen('phenelzine', 'bupropion'))).toEqual(['r02-maoi-pressor:CONTRAINDICATED']);
    expect(summary(screen('phenelzine', 'buspirone'))).toContain('r02-maoi-pressor:CONTRAINDICATED');
  });
});

describe('what the starter rules do not flag', () => {
  it('raises nothing for sertraline with hydroxyzine: neither drug is in a row that pairs them', () => {
    expect(screen('sertraline', 'hydroxyzine')).toEqual([]);
  });

  it('never screens a drug against itself, even when it is listed twice or by name', () => {
    expect(screen('citalopram', 'citalopram')).toEqual([]);
    expect(screen('citalopram', 'Citalopram')).toEqual([]);
    expect(screen('lithium')).toEqual([]);
    expect(screen()).toEqual([]);
  });

  it('ignores drugs it does not know instead of failing, and says which ones were not screened', () => {
    expect(screen('sertraline', 'unobtainium')).toEqual([]);
    expect(unscreenedDrugIds(['sertraline', 'Unobtainium', 'unobtainium'])).toEqual(['unobtainium']);
  });
});

describe('one alert per hazard', () => {
  it('raises each rule once for a pair that matches it both ways round', () => {
    expect(summary(screen('citalopram', 'escitalopram'))).toEqual(['r06-qt-prolonging-combination:MAJOR']);
  });

  it('shows only the stimulant rule for an MAOI with a stimulant, not the general sympathomimetic rule too', () => {
    expect(summary(screen('tranylcypromine', 'lisdexamfetamine'))).toEqual(['r17-stimulant-maoi:CONTRAINDICATED']);
  });

  it('shows linezolid’s emergency-use rule, not the psychiatric MAOI rule, for linezolid with an SSRI', () => {
    expect(summary(screen('linezolid', 'sertraline'))).toEqual([
      'r08-linezolid-methylene-blue-serotonergic:CONTRAINDICATED',
    ]);
  });

  it('drops the moderate serotonergic alert when an MAOI rule already contraindicates the pair', () => {
    expect(summary(screen('phenelzine', 'fentanyl'))).toEqual(['r01-maoi-serotonergic:CONTRAINDICATED']);
  });

  it('shows the pimozide-SSRI contraindication instead of two QT alerts for pimozide with citalopram', () => {
    expect(summary(screen('pimozide', 'citalopram'))).toEqual(['r06-pimozide-ssri:CONTRAINDICATED']);
  });

  it('keeps alerts with different mechanisms for the same pair: serotonin syndrome and lost analgesia', () => {
    expect(summary(screen('fluoxetine', 'tramadol'))).toEqual([
      'r07-ssri-snri-tramadol:MAJOR',
      'r14-cyp2d6-inhibitor-prodrug-opioid:MODERATE',
    ]);
  });
});

describe('alert severity and overrides', () => {
  it('requires an override reason for contraindicated and major alerts but not moderate ones', () => {
    const alerts = STARTER_INTERACTION_RULES.flatMap((rule) => {
      const pair = REPRESENTATIVE_PAIRS.find(([, , , ruleId]) => ruleId === rule.id)!;
      return screen(pair[1], pair[2]);
    });
    for (const alert of alerts) {
      expect(alert.requiresOverrideReason).toBe(alert.severity !== 'MODERATE');
    }
    expect(alerts.some((alert) => alert.severity === 'MODERATE')).toBe(true);
  });

  it('sorts the most severe alerts first across a whole medication list', () => {
    const alerts = screen('sertraline', 'sumatriptan', 'lithium', 'ibuprofen', 'phenelzine');
    const ranks = alerts.map((alert) => ['CONTRAINDICATED', 'MAJOR', 'MODERATE'].indexOf(alert.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(alerts[0]?.severity).toBe('CONTRAINDICATED');
    expect(alerts.at(-1)?.severity).toBe('MODERATE');
  });

  it('tells the prescriber about the 14-day MAOI washout and the 5-week fluoxetine washout', () => {
    const [alert] = screen('phenelzine', 'fluoxetine');
    expect(alert?.management).toMatch(/14 days/);
    expect(alert?.management).toMatch(/5 weeks after stopping fluoxetine/);
  });

  it('labels the starter base as non-exhaustive with the agreed disclaimer', () => {
    expect(starterKnowledgeBase.nonExhaustive).toBe(true);
    expect(INTERACTION_SCREENING_DISCLAIMER).toBe(
      'Starter interaction screening: non-exhaustive, clinician review required.',
    );
  });
});

describe('screenNewPrescription', () => {
  it('reports only alerts involving the new drug, not combinations already on the list', () => {
    const alerts = screenNewPrescription('sertraline', ['alprazolam', 'oxycodone', 'warfarin']);
    expect(summary(alerts)).toEqual(['r15-serotonergic-antidepressant-bleeding:MODERATE']);
  });

  it('finds every interaction of the new drug with the current list', () => {
    const alerts = screenNewPrescription('Tramadol', ['alprazolam', 'duloxetine', 'bupropion']);
    expect(alerts.map((alert) => [alert.ruleId, ...alert.drugs])).toEqual([
      ['r07-ssri-snri-tramadol', 'duloxetine', 'tramadol'],
      ['r10-cns-depressant-opioid', 'alprazolam', 'tramadol'],
      ['r16-bupropion-seizure-threshold', 'bupropion', 'tramadol'],
      ['r14-cyp2d6-inhibitor-prodrug-opioid', 'bupropion', 'tramadol'],
    ]);
  });

  it('returns nothing when re-prescribing a drug the patient already takes', () => {
    expect(screenNewPrescription('lithium', ['lithium'])).toEqual([]);
  });

  it('delegates to whatever knowledge base is plugged in', () => {
    const commercial: InteractionKnowledgeBase = {
      name: 'Commercial KB',
      nonExhaustive: false,
      screen: (drugIds) =>
        drugIds.includes('x')
          ? [
              {
                ruleId: 'vendor-1',
                severity: 'MAJOR',
                drugs: ['x', 'y'],
                mechanism: 'm',
                management: 'n',
                source: 'vendor',
                requiresOverrideReason: true,
              },
            ]
          : [],
    };
    expect(screenNewPrescription('x', ['y'], commercial).map((alert) => alert.ruleId)).toEqual(['vendor-1']);
  });
});

describe('screenWashout', () => {
  it('blocks starting an MAOI 20 days after fluoxetine, which needs 5 weeks', () => {
    const [alert] = screenWashout('phenelzine', [{ drugId: 'fluoxetine', stoppedOn: '2025-03-01' }], '2025-03-21');
    expect(alert).toMatchObject({
      ruleId: 'r01-maoi-washout',
      severity: 'CONTRAINDICATED',
      drugs: ['phenelzine', 'fluoxetine'],
      requiresOverrideReason: true,
      washout: { stoppedOn: '2025-03-01', requiredDays: 35, clearOn: '2025-04-05' },
    });
  });

  it('allows the MAOI once the 5-week fluoxetine washout is complete', () => {
    expect(screenWashout('phenelzine', [{ drugId: 'fluoxetine', stoppedOn: '2025-03-01' }], '2025-04-05')).toEqual([]);
    expect(screenWashout('phenelzine', [{ drugId: 'fluoxetine', stoppedOn: '2025-03-01' }], '2025-04-04')).toHaveLength(
      1,
    );
  });

  it('needs 14 days after sertraline before an MAOI', () => {
    const stopped = [{ drugId: 'sertraline', stoppedOn: '2025-01-01' }];
    expect(screenWashout('tranylcypromine', stopped, '2025-01-14')).toHaveLength(1);
    expect(screenWashout('tranylcypromine', stopped, '2025-01-15')).toEqual([]);
  });

  it('needs 14 days after stopping an MAOI before a serotonergic drug', () => {
    const stopped = [{ drugId: 'phenelzine', stoppedOn: '2025-06-10' }];
    expect(screenWashout('escitalopram', stopped, '2025-06-20')[0]?.washout?.clearOn).toBe('2025-06-24');
    expect(screenWashout('escitalopram', stopped, '2025-06-24')).toEqual([]);
  });

  it('ignores stopped drugs that need no washout', () => {
    expect(screenWashout('phenelzine', [{ drugId: 'lamotrigine', stoppedOn: '2025-06-10' }], '2025-06-11')).toEqual([]);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() =>
      screenWashout('phenelzine', [{ drugId: 'fluoxetine', stoppedOn: '03/01/2025' }], '2025-04-01'),
    ).toThrow(RangeError);
  });
});

describe('rule integrity', () => {
  it('names only ingredients the formulary knows, so no rule is silently dead', () => {
    const named = STARTER_INTERACTION_RULES.flatMap((rule) =>
      rule.matches.flatMap((selector) => [...(selector.ingredients ?? []), ...(selector.except ?? [])]),
    );
    expect(named.filter((id) => findDrug(id) === undefined)).toEqual([]);
  });

  it('uses only classes that at least one formulary drug carries', () => {
    const used = STARTER_INTERACTION_RULES.flatMap((rule) =>
      rule.matches.flatMap((selector) => selector.classes ?? []),
    );
    const carried = new Set(FORMULARY.flatMap((drug) => drug.classes));
    expect(used.filter((drugClass) => !carried.has(drugClass))).toEqual([]);
    expect(used.every((drugClass) => (DRUG_CLASSES as readonly string[]).includes(drugClass))).toBe(true);
  });

  it('has unique rule ids, and supersedes only rules that exist', () => {
    const ruleIds = STARTER_INTERACTION_RULES.map((rule) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    const superseded = STARTER_INTERACTION_RULES.flatMap((rule) => rule.supersedes ?? []);
    expect(superseded.filter((id) => !ruleIds.includes(id))).toEqual([]);
  });
});
