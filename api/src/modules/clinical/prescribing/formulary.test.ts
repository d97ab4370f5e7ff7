import { FORMULARY, canonicalDrugId, findDrug, isControlled, normalizeDrugKey, searchFormulary } from './formulary';

const ids = (drugs: { id: string }[]) => drugs.map((drug) => drug.id);

describe('searchFormulary', () => {
  it('finds a drug by the first letters of its name', () => {
    expect(ids(searchFormulary('sert'))).toEqual(['sertraline']);
  });

  it('lists every drug starting with the prefix, alphabetically', () => {
    expect(ids(searchFormulary('flu'))).toEqual(['fluconazole', 'fluoxetine', 'fluphenazine', 'fluvoxamine']);
  });

  it('ignores case, spacing and punctuation, so "ST. JOHN\'S" finds St John\'s wort', () => {
    expect(ids(searchFormulary("ST. JOHN'S"))).toEqual(['st johns wort']);
  });

  it('matches later words of a name after whole-name matches', () => {
    const hits = ids(searchFormulary('blue'));
    expect(hits).toEqual(['methylene blue']);
    expect(ids(searchFormulary('meth'))).toEqual(
      expect.arrayContaining(['methadone', 'methylphenidate', 'methylene blue']),
    );
  });

  it('finds nothing for an empty or blank search rather than the whole formulary', () => {
    expect(searchFormulary('')).toEqual([]);
    expect(searchFormulary('   ')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(searchFormulary('c', 3)).toHaveLength(3);
  });
});

describe('findDrug', () => {
  it('finds a drug by id or display name in any case', () => {
    expect(findDrug('Sertraline')?.id).toBe('sertraline');
    expect(findDrug("St John's Wort")?.id).toBe('st johns wort');
    expect(findDrug('Divalproex sodium')?.id).toBe('divalproex');
  });

  it('returns undefined for a drug not in the starter formulary', () => {
    expect(findDrug('unobtainium')).toBeUndefined();
    expect(canonicalDrugId('  Unobtainium ')).toBe('unobtainium');
  });
});

describe('drug classes the interaction rules rely on', () => {
  it('marks fluoxetine and paroxetine as SSRIs that strongly inhibit CYP2D6, but not sertraline', () => {
    expect(findDrug('fluoxetine')?.classes).toEqual(expect.arrayContaining(['SSRI', 'STRONG_CYP2D6_INHIBITOR']));
    expect(findDrug('paroxetine')?.classes).toEqual(expect.arrayContaining(['SSRI', 'STRONG_CYP2D6_INHIBITOR']));
    expect(findDrug('sertraline')?.classes).not.toContain('STRONG_CYP2D6_INHIBITOR');
  });

  it('counts linezolid and methylene blue as MAOIs, as the FDA does', () => {
    expect(findDrug('linezolid')?.classes).toContain('MAOI');
    expect(findDrug('methylene blue')?.classes).toContain('MAOI');
  });

  it('marks citalopram QT-prolonging and fluvoxamine a strong CYP1A2 inhibitor', () => {
    expect(findDrug('citalopram')?.classes).toContain('QT_PROLONGING');
    expect(findDrug('fluvoxamine')?.classes).toContain('STRONG_CYP1A2_INHIBITOR');
  });

  it('counts carbamazepine and St John’s wort as strong CYP3A4 inducers', () => {
    expect(findDrug('carbamazepine')?.classes).toContain('STRONG_CYP3A4_INDUCER');
    expect(findDrug('st johns wort')?.classes).toContain('STRONG_CYP3A4_INDUCER');
  });

  it('keeps opioids out of CNS_DEPRESSANT so the opioid rule pairs a depressant with an opioid', () => {
    for (const drug of FORMULARY.filter((d) => d.classes.includes('OPIOID'))) {
      expect(drug.classes).not.toContain('CNS_DEPRESSANT');
    }
    expect(findDrug('alprazolam')?.classes).toEqual(expect.arrayContaining(['BENZODIAZEPINE', 'CNS_DEPRESSANT']));
  });

  it('does not call aspirin an NSAID, so low-dose aspirin does not trip the lithium rule', () => {
    expect(findDrug('aspirin')?.classes).toEqual(['ANTICOAGULANT_ANTIPLATELET']);
  });
});

describe('controlled-substance schedules', () => {
  it.each([
    ['methylphenidate', 'II'],
    ['lisdexamfetamine', 'II'],
    ['methadone', 'II'],
    ['buprenorphine', 'III'],
    ['alprazolam', 'IV'],
    ['zolpidem', 'IV'],
    ['tramadol', 'IV'],
    ['pregabalin', 'V'],
  ])('%s is federal Schedule %s', (id, schedule) => {
    const drug = findDrug(id)!;
    expect(drug.controlledSchedule).toBe(schedule);
    expect(isControlled(drug)).toBe(true);
  });

  it('leaves gabapentin, bupropion and atomoxetine uncontrolled federally', () => {
    for (const id of ['gabapentin', 'bupropion', 'atomoxetine']) expect(findDrug(id)?.controlledSchedule).toBeNull();
  });
});

describe('formulary integrity', () => {
  it('has unique lowercase ids that are their own lookup key', () => {
    const all = ids([...FORMULARY]);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(normalizeDrugKey(id)).toBe(id);
  });

  it('never lets one drug’s name shadow another drug’s id', () => {
    for (const drug of FORMULARY) expect(findDrug(drug.name)?.id).toBe(drug.id);
  });

  it('carries no hand-typed RxNorm codes', () => {
    expect(FORMULARY.filter((drug) => drug.rxcui !== undefined)).toEqual([]);
  });

  it('holds every drug the starter interaction table names', () => {
    const namedInTable = [
      'phenelzine',
      'tranylcypromine',
      'isocarboxazid',
      'selegiline',
      'linezolid',
      'methylene blue',
      'clomipramine',
      'imipramine',
      'vortioxetine',
      'vilazodone',
      'tramadol',
      'meperidine',
      'methadone',
      'fentanyl',
      'dextromethorphan',
      'st johns wort',
      'amphetamine',
      'methylphenidate',
      'pseudoephedrine',
      'bupropion',
      'buspirone',
      'lithium',
      'ibuprofen',
      'naproxen',
      'celecoxib',
      'clozapine',
      'fluvoxamine',
      'ciprofloxacin',
      'enoxacin',
      'olanzapine',
      'carbamazepine',
      'citalopram',
      'escitalopram',
      'ziprasidone',
      'haloperidol',
      'thioridazine',
      'pimozide',
      'iloperidone',
      'quetiapine',
      'erythromycin',
      'clarithromycin',
      'azithromycin',
      'ondansetron',
      'amiodarone',
      'sotalol',
      'hydroxychloroquine',
      'fluoxetine',
      'paroxetine',
      'sertraline',
      'buprenorphine',
      'valproic acid',
      'lamotrigine',
      'aripiprazole',
      'lurasidone',
      'ketoconazole',
      'ritonavir',
      'brexpiprazole',
      'atomoxetine',
      'tamoxifen',
      'codeine',
      'disulfiram',
      'ethanol',
    ];
    expect(namedInTable.filter((id) => findDrug(id) === undefined)).toEqual([]);
  });
});
