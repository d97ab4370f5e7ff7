/**
 * A small, hand-maintained starter formulary: ingredients a behavioral-health practice prescribes, plus the
 * non-psychiatric drugs it meets on medication lists because they interact with psychiatric drugs
 * (domain reference §7.2). It exists so interaction screening (interactions.ts) has classes to match on.
 *
 * Entries are ingredients, not products. Product-level facts (alcohol in an oral solution, IV versus oral
 * haloperidol, a combination product's schedule) are invisible here; the rules' management text says so
 * where it matters.
 *
 * RxNorm: `rxcui` is deliberately left unset. We have no RxNorm release in this environment, and a CUI typed
 * from memory would be a wrong code presented as an authoritative one. The field is filled when the
 * public-domain "current prescribable content" subset is imported (domain reference §7.1).
 */

/** Every class a drug can carry. Therapeutic classes are for display; the rest drive interaction rules. */
export const DRUG_CLASSES = [
  // Antidepressants
  'SSRI',
  'SNRI',
  'TCA',
  'MAOI',
  /** Vilazodone and vortioxetine: serotonin reuptake inhibition plus receptor activity. */
  'SEROTONIN_MODULATOR',
  'NDRI',
  'ATYPICAL_ANTIDEPRESSANT',
  // Other psychiatric classes
  'ANTIPSYCHOTIC',
  'MOOD_STABILIZER',
  'VALPROATE',
  'ANTICONVULSANT',
  'ANXIOLYTIC',
  'BENZODIAZEPINE',
  'Z_DRUG',
  'GABAPENTINOID',
  'STIMULANT',
  'NOREPINEPHRINE_REUPTAKE_INHIBITOR',
  'ALPHA2_AGONIST',
  'ANTIHISTAMINE',
  'OPIOID',
  'OPIOID_ANTAGONIST',
  'ALCOHOL_DETERRENT',
  'ALCOHOL_USE_DISORDER_AGENT',
  // Effect classes used by the interaction rules
  /** Raises synaptic serotonin: the drugs named in the serotonin-syndrome rows (§7.2 rows 1, 8, 9). */
  'SEROTONERGIC',
  /** The QT-prolonging drugs and classes named in §7.2 row 6 — not every drug with a QT signal. */
  'QT_PROLONGING',
  /** Non-opioid CNS depressants for the opioid boxed warning (§7.2 row 10). Opioids carry OPIOID instead. */
  'CNS_DEPRESSANT',
  'SYMPATHOMIMETIC',
  'SEIZURE_THRESHOLD_LOWERING',
  // Metabolic (FDA "strong" inhibitor/inducer categories)
  'STRONG_CYP1A2_INHIBITOR',
  'STRONG_CYP2D6_INHIBITOR',
  'STRONG_CYP3A4_INHIBITOR',
  'STRONG_CYP3A4_INDUCER',
  /** CYP3A4 substrates whose labels advise a dose change or avoidance with a strong inducer (§7.2 row 12). */
  'CYP3A4_INDUCTION_SENSITIVE',
  // Non-psychiatric classes that interact
  'NSAID',
  'ACE_INHIBITOR',
  'ARB',
  'THIAZIDE',
  'ANTICOAGULANT_ANTIPLATELET',
  'TRIPTAN',
  'MACROLIDE',
  'FLUOROQUINOLONE',
  'AZOLE_ANTIFUNGAL',
  'ANTIBIOTIC',
  'ANTIARRHYTHMIC',
  'ANTIMALARIAL',
  'ANTIEMETIC',
  'ANTIRETROVIRAL',
  'BETA_BLOCKER',
  'ALPHA1_BLOCKER',
  'HORMONAL_CONTRACEPTIVE',
  'SERM',
  'DECONGESTANT',
  'ANTITUSSIVE',
  'HERBAL_SUPPLEMENT',
  'ALCOHOL',
] as const;

export type DrugClass = (typeof DRUG_CLASSES)[number];

/** DEA schedules a practice can prescribe (Schedule I has no accepted medical use). */
export type ControlledSchedule = 'II' | 'III' | 'IV' | 'V';

export interface FormularyDrug {
  /** Lowercase ingredient name, e.g. 'sertraline': the key interaction rules match on. */
  readonly id: string;
  readonly name: string;
  readonly classes: readonly DrugClass[];
  /** Federal schedule (21 CFR 1308). State schedules can be stricter; see gabapentin. */
  readonly controlledSchedule: ControlledSchedule | null;
  readonly commonStrengths?: readonly string[];
  readonly forms?: readonly string[];
  /** RxNorm ingredient (TTY=IN) CUI. Unset until RxNorm data is imported; never typed in by hand. */
  readonly rxcui?: string;
}

const SSRI = ['SSRI', 'SEROTONERGIC'] as const;
const SNRI = ['SNRI', 'SEROTONERGIC'] as const;
/** Every TCA is serotonergic to some degree and is named as QT-prolonging in §7.2 row 6. */
const TCA = ['TCA', 'SEROTONERGIC', 'QT_PROLONGING'] as const;
const MAOI = ['MAOI', 'SEROTONERGIC'] as const;
const BENZODIAZEPINE = ['BENZODIAZEPINE', 'ANXIOLYTIC', 'CNS_DEPRESSANT'] as const;
const Z_DRUG = ['Z_DRUG', 'CNS_DEPRESSANT'] as const;
/** Amphetamines and methylphenidate are also the sympathomimetics of §7.2 row 2. */
const STIMULANT = ['STIMULANT', 'SYMPATHOMIMETIC'] as const;
const STRONG_CYP3A4_INHIBITING_AZOLE = ['AZOLE_ANTIFUNGAL', 'QT_PROLONGING', 'STRONG_CYP3A4_INHIBITOR'] as const;
const CONTRACEPTIVE = ['HORMONAL_CONTRACEPTIVE'] as const;
const BLEEDING = ['ANTICOAGULANT_ANTIPLATELET'] as const;

export const FORMULARY: readonly FormularyDrug[] = [
  // ── SSRIs and serotonin modulators ───────────────────────────────────────────────────────────────
  {
    id: 'fluoxetine',
    name: 'Fluoxetine',
    classes: [...SSRI, 'STRONG_CYP2D6_INHIBITOR'],
    controlledSchedule: null,
    commonStrengths: ['10 mg', '20 mg', '40 mg', '60 mg'],
    forms: ['capsule', 'tablet', 'oral solution'],
  },
  {
    id: 'sertraline',
    name: 'Sertraline',
    classes: SSRI,
    controlledSchedule: null,
    commonStrengths: ['25 mg', '50 mg', '100 mg'],
    forms: ['tablet', 'oral concentrate'],
  },
  {
    id: 'paroxetine',
    name: 'Paroxetine',
    classes: [...SSRI, 'STRONG_CYP2D6_INHIBITOR'],
    controlledSchedule: null,
    commonStrengths: ['10 mg', '20 mg', '30 mg', '40 mg'],
    forms: ['tablet', 'extended-release tablet', 'oral suspension'],
  },
  {
    id: 'citalopram',
    name: 'Citalopram',
    classes: [...SSRI, 'QT_PROLONGING'],
    controlledSchedule: null,
    commonStrengths: ['10 mg', '20 mg', '40 mg'],
    forms: ['tablet', 'oral solution'],
  },
  {
    id: 'escitalopram',
    name: 'Escitalopram',
    classes: [...SSRI, 'QT_PROLONGING'],
    controlledSchedule: null,
    commonStrengths: ['5 mg', '10 mg', '20 mg'],
    forms: ['tablet', 'oral solution'],
  },
  {
    id: 'fluvoxamine',
    name: 'Fluvoxamine',
    classes: [...SSRI, 'STRONG_CYP1A2_INHIBITOR'],
    controlledSchedule: null,
    commonStrengths: ['25 mg', '50 mg', '100 mg'],
    forms: ['tablet', 'extended-release capsule'],
  },
  {
    id: 'vilazodone',
    name: 'Vilazodone',
    classes: ['SEROTONIN_MODULATOR', 'SEROTONERGIC', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: null,
    commonStrengths: ['10 mg', '20 mg', '40 mg'],
    forms: ['tablet'],
  },
  {
    id: 'vortioxetine',
    name: 'Vortioxetine',
    classes: ['SEROTONIN_MODULATOR', 'SEROTONERGIC'],
    controlledSchedule: null,
    commonStrengths: ['5 mg', '10 mg', '20 mg'],
    forms: ['tablet'],
  },

  // ── SNRIs ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'venlafaxine',
    name: 'Venlafaxine',
    classes: SNRI,
    controlledSchedule: null,
    commonStrengths: ['37.5 mg', '75 mg', '150 mg'],
    forms: ['extended-release capsule', 'tablet'],
  },
  {
    id: 'desvenlafaxine',
    name: 'Desvenlafaxine',
    classes: SNRI,
    controlledSchedule: null,
    commonStrengths: ['25 mg', '50 mg', '100 mg'],
    forms: ['extended-release tablet'],
  },
  {
    id: 'duloxetine',
    name: 'Duloxetine',
    classes: SNRI,
    controlledSchedule: null,
    commonStrengths: ['20 mg', '30 mg', '60 mg'],
    forms: ['delayed-release capsule'],
  },
  {
    id: 'levomilnacipran',
    name: 'Levomilnacipran',
    classes: SNRI,
    controlledSchedule: null,
    commonStrengths: ['20 mg', '40 mg', '80 mg', '120 mg'],
    forms: ['extended-release capsule'],
  },

  // ── Tricyclics ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'amitriptyline',
    name: 'Amitriptyline',
    classes: TCA,
    controlledSchedule: null,
    commonStrengths: ['10 mg', '25 mg', '50 mg', '75 mg', '100 mg'],
    forms: ['tablet'],
  },
  {
    id: 'nortriptyline',
    name: 'Nortriptyline',
    classes: TCA,
    controlledSchedule: null,
    commonStrengths: ['10 mg', '25 mg', '50 mg', '75 mg'],
    forms: ['capsule', 'oral solution'],
  },
  {
    id: 'imipramine',
    name: 'Imipramine',
    classes: TCA,
    controlledSchedule: null,
    commonStrengths: ['10 mg', '25 mg', '50 mg'],
    forms: ['tablet', 'capsule'],
  },
  { id: 'desipramine', name: 'Desipramine', classes: TCA, controlledSchedule: null, forms: ['tablet'] },
  {
    id: 'clomipramine',
    name: 'Clomipramine',
    classes: TCA,
    controlledSchedule: null,
    commonStrengths: ['25 mg', '50 mg', '75 mg'],
    forms: ['capsule'],
  },
  { id: 'doxepin', name: 'Doxepin', classes: TCA, controlledSchedule: null, forms: ['capsule', 'tablet'] },

  // ── MAOIs (linezolid and methylene blue act as MAOIs: §7.2 row 1) ───────────────────────────────
  {
    id: 'phenelzine',
    name: 'Phenelzine',
    classes: MAOI,
    controlledSchedule: null,
    commonStrengths: ['15 mg'],
    forms: ['tablet'],
  },
  {
    id: 'tranylcypromine',
    name: 'Tranylcypromine',
    classes: MAOI,
    controlledSchedule: null,
    commonStrengths: ['10 mg'],
    forms: ['tablet'],
  },
  {
    id: 'isocarboxazid',
    name: 'Isocarboxazid',
    classes: MAOI,
    controlledSchedule: null,
    commonStrengths: ['10 mg'],
    forms: ['tablet'],
  },
  {
    id: 'selegiline',
    name: 'Selegiline',
    classes: MAOI,
    controlledSchedule: null,
    commonStrengths: ['6 mg/24 h', '9 mg/24 h', '12 mg/24 h'],
    forms: ['transdermal patch', 'capsule', 'tablet'],
  },
  {
    id: 'linezolid',
    name: 'Linezolid',
    classes: [...MAOI, 'ANTIBIOTIC'],
    controlledSchedule: null,
    commonStrengths: ['600 mg'],
    forms: ['tablet', 'injection'],
  },
  { id: 'methylene blue', name: 'Methylene blue', classes: MAOI, controlledSchedule: null, forms: ['injection'] },

  // ── Other antidepressants and anxiolytics ────────────────────────────────────────────────────────
  {
    id: 'bupropion',
    name: 'Bupropion',
    classes: ['NDRI', 'STRONG_CYP2D6_INHIBITOR'],
    controlledSchedule: null,
    commonStrengths: ['75 mg', '100 mg', '150 mg', '200 mg', '300 mg', '450 mg'],
    forms: ['tablet', 'extended-release tablet'],
  },
  {
    id: 'mirtazapine',
    name: 'Mirtazapine',
    classes: ['ATYPICAL_ANTIDEPRESSANT', 'SEROTONERGIC'],
    controlledSchedule: null,
    commonStrengths: ['7.5 mg', '15 mg', '30 mg', '45 mg'],
    forms: ['tablet', 'orally disintegrating tablet'],
  },
  {
    id: 'trazodone',
    name: 'Trazodone',
    classes: ['ATYPICAL_ANTIDEPRESSANT', 'SEROTONERGIC'],
    controlledSchedule: null,
    commonStrengths: ['50 mg', '100 mg', '150 mg', '300 mg'],
    forms: ['tablet'],
  },
  {
    id: 'buspirone',
    name: 'Buspirone',
    classes: ['ANXIOLYTIC', 'SEROTONERGIC', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: null,
    commonStrengths: ['5 mg', '7.5 mg', '10 mg', '15 mg', '30 mg'],
    forms: ['tablet'],
  },
  {
    // The hydroxyzine label also warns of QT prolongation, but §7.2 row 6 does not list it, so it is not tagged.
    id: 'hydroxyzine',
    name: 'Hydroxyzine',
    classes: ['ANTIHISTAMINE', 'ANXIOLYTIC', 'CNS_DEPRESSANT'],
    controlledSchedule: null,
    commonStrengths: ['10 mg', '25 mg', '50 mg'],
    forms: ['tablet', 'capsule', 'oral solution'],
  },

  // ── Benzodiazepines, z-drugs, gabapentinoids ─────────────────────────────────────────────────────
  {
    id: 'alprazolam',
    name: 'Alprazolam',
    classes: [...BENZODIAZEPINE, 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: 'IV',
    commonStrengths: ['0.25 mg', '0.5 mg', '1 mg', '2 mg'],
    forms: ['tablet', 'extended-release tablet', 'orally disintegrating tablet'],
  },
  {
    id: 'clonazepam',
    name: 'Clonazepam',
    classes: BENZODIAZEPINE,
    controlledSchedule: 'IV',
    commonStrengths: ['0.5 mg', '1 mg', '2 mg'],
    forms: ['tablet', 'orally disintegrating tablet'],
  },
  {
    id: 'lorazepam',
    name: 'Lorazepam',
    classes: BENZODIAZEPINE,
    controlledSchedule: 'IV',
    commonStrengths: ['0.5 mg', '1 mg', '2 mg'],
    forms: ['tablet', 'oral concentrate', 'injection'],
  },
  {
    id: 'diazepam',
    name: 'Diazepam',
    classes: BENZODIAZEPINE,
    controlledSchedule: 'IV',
    commonStrengths: ['2 mg', '5 mg', '10 mg'],
    forms: ['tablet', 'oral solution', 'injection'],
  },
  {
    id: 'chlordiazepoxide',
    name: 'Chlordiazepoxide',
    classes: BENZODIAZEPINE,
    controlledSchedule: 'IV',
    commonStrengths: ['5 mg', '10 mg', '25 mg'],
    forms: ['capsule'],
  },
  { id: 'temazepam', name: 'Temazepam', classes: BENZODIAZEPINE, controlledSchedule: 'IV', forms: ['capsule'] },
  { id: 'oxazepam', name: 'Oxazepam', classes: BENZODIAZEPINE, controlledSchedule: 'IV', forms: ['capsule'] },
  {
    id: 'zolpidem',
    name: 'Zolpidem',
    classes: Z_DRUG,
    controlledSchedule: 'IV',
    commonStrengths: ['5 mg', '10 mg', '6.25 mg', '12.5 mg'],
    forms: ['tablet', 'extended-release tablet', 'sublingual tablet'],
  },
  {
    id: 'eszopiclone',
    name: 'Eszopiclone',
    classes: Z_DRUG,
    controlledSchedule: 'IV',
    commonStrengths: ['1 mg', '2 mg', '3 mg'],
    forms: ['tablet'],
  },
  { id: 'zaleplon', name: 'Zaleplon', classes: Z_DRUG, controlledSchedule: 'IV', forms: ['capsule'] },
  {
    // Not federally controlled, but several states schedule gabapentin (Schedule V) or require PDMP reporting.
    id: 'gabapentin',
    name: 'Gabapentin',
    classes: ['GABAPENTINOID', 'ANTICONVULSANT', 'CNS_DEPRESSANT'],
    controlledSchedule: null,
    commonStrengths: ['100 mg', '300 mg', '400 mg', '600 mg', '800 mg'],
    forms: ['capsule', 'tablet', 'oral solution'],
  },
  {
    id: 'pregabalin',
    name: 'Pregabalin',
    classes: ['GABAPENTINOID', 'ANTICONVULSANT', 'CNS_DEPRESSANT'],
    controlledSchedule: 'V',
    commonStrengths: ['25 mg', '50 mg', '75 mg', '100 mg', '150 mg', '200 mg', '300 mg'],
    forms: ['capsule', 'oral solution'],
  },

  // ── Antipsychotics ───────────────────────────────────────────────────────────────────────────────
  {
    // §7.2 names IV haloperidol. Route is a product fact this list cannot see, so every haloperidol is tagged:
    // the alert errs toward showing, and its management text says the risk is greatest with IV use.
    id: 'haloperidol',
    name: 'Haloperidol',
    classes: ['ANTIPSYCHOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
    commonStrengths: ['0.5 mg', '1 mg', '2 mg', '5 mg', '10 mg', '20 mg'],
    forms: ['tablet', 'oral concentrate', 'injection', 'long-acting injection'],
  },
  {
    // The low-potency phenothiazine that lowers the seizure threshold most (§7.2 row 16, "high-dose antipsychotics").
    id: 'chlorpromazine',
    name: 'Chlorpromazine',
    classes: ['ANTIPSYCHOTIC', 'SEIZURE_THRESHOLD_LOWERING'],
    controlledSchedule: null,
    forms: ['tablet', 'injection'],
  },
  {
    id: 'fluphenazine',
    name: 'Fluphenazine',
    classes: ['ANTIPSYCHOTIC'],
    controlledSchedule: null,
    forms: ['tablet', 'oral concentrate', 'long-acting injection'],
  },
  { id: 'perphenazine', name: 'Perphenazine', classes: ['ANTIPSYCHOTIC'], controlledSchedule: null, forms: ['tablet'] },
  {
    id: 'thioridazine',
    name: 'Thioridazine',
    classes: ['ANTIPSYCHOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
    forms: ['tablet'],
  },
  {
    id: 'pimozide',
    name: 'Pimozide',
    classes: ['ANTIPSYCHOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
    commonStrengths: ['1 mg', '2 mg'],
    forms: ['tablet'],
  },
  {
    id: 'clozapine',
    name: 'Clozapine',
    classes: ['ANTIPSYCHOTIC', 'SEIZURE_THRESHOLD_LOWERING'],
    controlledSchedule: null,
    commonStrengths: ['25 mg', '50 mg', '100 mg', '200 mg'],
    forms: ['tablet', 'orally disintegrating tablet', 'oral suspension'],
  },
  {
    id: 'olanzapine',
    name: 'Olanzapine',
    classes: ['ANTIPSYCHOTIC'],
    controlledSchedule: null,
    commonStrengths: ['2.5 mg', '5 mg', '7.5 mg', '10 mg', '15 mg', '20 mg'],
    forms: ['tablet', 'orally disintegrating tablet', 'injection', 'long-acting injection'],
  },
  {
    id: 'quetiapine',
    name: 'Quetiapine',
    classes: ['ANTIPSYCHOTIC', 'QT_PROLONGING', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: null,
    commonStrengths: ['25 mg', '50 mg', '100 mg', '200 mg', '300 mg', '400 mg'],
    forms: ['tablet', 'extended-release tablet'],
  },
  {
    id: 'risperidone',
    name: 'Risperidone',
    classes: ['ANTIPSYCHOTIC'],
    controlledSchedule: null,
    commonStrengths: ['0.25 mg', '0.5 mg', '1 mg', '2 mg', '3 mg', '4 mg'],
    forms: ['tablet', 'orally disintegrating tablet', 'oral solution', 'long-acting injection'],
  },
  {
    id: 'paliperidone',
    name: 'Paliperidone',
    classes: ['ANTIPSYCHOTIC'],
    controlledSchedule: null,
    forms: ['extended-release tablet', 'long-acting injection'],
  },
  {
    id: 'aripiprazole',
    name: 'Aripiprazole',
    classes: ['ANTIPSYCHOTIC', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: null,
    commonStrengths: ['2 mg', '5 mg', '10 mg', '15 mg', '20 mg', '30 mg'],
    forms: ['tablet', 'orally disintegrating tablet', 'oral solution', 'long-acting injection'],
  },
  {
    id: 'brexpiprazole',
    name: 'Brexpiprazole',
    classes: ['ANTIPSYCHOTIC', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: null,
    commonStrengths: ['0.25 mg', '0.5 mg', '1 mg', '2 mg', '3 mg', '4 mg'],
    forms: ['tablet'],
  },
  {
    id: 'cariprazine',
    name: 'Cariprazine',
    classes: ['ANTIPSYCHOTIC', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: null,
    commonStrengths: ['1.5 mg', '3 mg', '4.5 mg', '6 mg'],
    forms: ['capsule'],
  },
  {
    id: 'lurasidone',
    name: 'Lurasidone',
    classes: ['ANTIPSYCHOTIC'],
    controlledSchedule: null,
    commonStrengths: ['20 mg', '40 mg', '60 mg', '80 mg', '120 mg'],
    forms: ['tablet'],
  },
  {
    id: 'ziprasidone',
    name: 'Ziprasidone',
    classes: ['ANTIPSYCHOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
    commonStrengths: ['20 mg', '40 mg', '60 mg', '80 mg'],
    forms: ['capsule', 'injection'],
  },
  {
    id: 'iloperidone',
    name: 'Iloperidone',
    classes: ['ANTIPSYCHOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
    forms: ['tablet'],
  },
  {
    id: 'asenapine',
    name: 'Asenapine',
    classes: ['ANTIPSYCHOTIC'],
    controlledSchedule: null,
    forms: ['sublingual tablet', 'transdermal patch'],
  },
  {
    id: 'lumateperone',
    name: 'Lumateperone',
    classes: ['ANTIPSYCHOTIC', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: null,
    forms: ['capsule'],
  },

  // ── Mood stabilizers ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'lithium',
    name: 'Lithium',
    classes: ['MOOD_STABILIZER', 'SEROTONERGIC'],
    controlledSchedule: null,
    commonStrengths: ['150 mg', '300 mg', '450 mg', '600 mg'],
    forms: ['capsule', 'tablet', 'extended-release tablet', 'oral solution'],
  },
  {
    id: 'valproic acid',
    name: 'Valproic acid',
    classes: ['MOOD_STABILIZER', 'ANTICONVULSANT', 'VALPROATE'],
    controlledSchedule: null,
    commonStrengths: ['250 mg'],
    forms: ['capsule', 'oral solution'],
  },
  {
    id: 'divalproex',
    name: 'Divalproex sodium',
    classes: ['MOOD_STABILIZER', 'ANTICONVULSANT', 'VALPROATE'],
    controlledSchedule: null,
    commonStrengths: ['125 mg', '250 mg', '500 mg'],
    forms: ['delayed-release tablet', 'extended-release tablet', 'sprinkle capsule'],
  },
  {
    id: 'lamotrigine',
    name: 'Lamotrigine',
    classes: ['MOOD_STABILIZER', 'ANTICONVULSANT'],
    controlledSchedule: null,
    commonStrengths: ['25 mg', '100 mg', '150 mg', '200 mg'],
    forms: ['tablet', 'chewable tablet', 'orally disintegrating tablet', 'extended-release tablet'],
  },
  {
    id: 'carbamazepine',
    name: 'Carbamazepine',
    classes: ['MOOD_STABILIZER', 'ANTICONVULSANT', 'STRONG_CYP3A4_INDUCER'],
    controlledSchedule: null,
    commonStrengths: ['100 mg', '200 mg', '300 mg', '400 mg'],
    forms: ['tablet', 'chewable tablet', 'extended-release tablet', 'extended-release capsule', 'oral suspension'],
  },
  {
    id: 'oxcarbazepine',
    name: 'Oxcarbazepine',
    classes: ['ANTICONVULSANT'],
    controlledSchedule: null,
    commonStrengths: ['150 mg', '300 mg', '600 mg'],
    forms: ['tablet', 'oral suspension'],
  },

  // ── ADHD ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'amphetamine',
    name: 'Amphetamine (mixed amphetamine salts)',
    classes: STIMULANT,
    controlledSchedule: 'II',
    commonStrengths: ['5 mg', '10 mg', '15 mg', '20 mg', '25 mg', '30 mg'],
    forms: ['tablet', 'extended-release capsule'],
  },
  {
    id: 'dextroamphetamine',
    name: 'Dextroamphetamine',
    classes: STIMULANT,
    controlledSchedule: 'II',
    forms: ['tablet', 'extended-release capsule', 'oral solution'],
  },
  {
    id: 'lisdexamfetamine',
    name: 'Lisdexamfetamine',
    classes: STIMULANT,
    controlledSchedule: 'II',
    commonStrengths: ['10 mg', '20 mg', '30 mg', '40 mg', '50 mg', '60 mg', '70 mg'],
    forms: ['capsule', 'chewable tablet'],
  },
  {
    id: 'methylphenidate',
    name: 'Methylphenidate',
    classes: STIMULANT,
    controlledSchedule: 'II',
    commonStrengths: ['5 mg', '10 mg', '20 mg', '18 mg', '27 mg', '36 mg', '54 mg'],
    forms: ['tablet', 'extended-release tablet', 'extended-release capsule', 'transdermal patch'],
  },
  {
    id: 'dexmethylphenidate',
    name: 'Dexmethylphenidate',
    classes: STIMULANT,
    controlledSchedule: 'II',
    forms: ['tablet', 'extended-release capsule'],
  },
  {
    id: 'atomoxetine',
    name: 'Atomoxetine',
    classes: ['NOREPINEPHRINE_REUPTAKE_INHIBITOR'],
    controlledSchedule: null,
    commonStrengths: ['10 mg', '18 mg', '25 mg', '40 mg', '60 mg', '80 mg', '100 mg'],
    forms: ['capsule'],
  },
  {
    id: 'guanfacine',
    name: 'Guanfacine',
    classes: ['ALPHA2_AGONIST'],
    controlledSchedule: null,
    commonStrengths: ['1 mg', '2 mg', '3 mg', '4 mg'],
    forms: ['tablet', 'extended-release tablet'],
  },
  {
    id: 'clonidine',
    name: 'Clonidine',
    classes: ['ALPHA2_AGONIST'],
    controlledSchedule: null,
    commonStrengths: ['0.1 mg', '0.2 mg', '0.3 mg'],
    forms: ['tablet', 'extended-release tablet', 'transdermal patch'],
  },

  // ── Substance use disorder ───────────────────────────────────────────────────────────────────────
  {
    id: 'naltrexone',
    name: 'Naltrexone',
    classes: ['OPIOID_ANTAGONIST', 'ALCOHOL_USE_DISORDER_AGENT'],
    controlledSchedule: null,
    commonStrengths: ['50 mg', '380 mg'],
    forms: ['tablet', 'extended-release injectable suspension'],
  },
  {
    id: 'naloxone',
    name: 'Naloxone',
    classes: ['OPIOID_ANTAGONIST'],
    controlledSchedule: null,
    commonStrengths: ['4 mg'],
    forms: ['nasal spray', 'injection'],
  },
  {
    id: 'buprenorphine',
    name: 'Buprenorphine',
    classes: ['OPIOID', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: 'III',
    commonStrengths: ['2 mg', '8 mg'],
    forms: ['sublingual tablet', 'sublingual film', 'extended-release injection'],
  },
  {
    id: 'methadone',
    name: 'Methadone',
    classes: ['OPIOID', 'SEROTONERGIC', 'QT_PROLONGING', 'CYP3A4_INDUCTION_SENSITIVE'],
    controlledSchedule: 'II',
    forms: ['tablet', 'oral concentrate', 'oral solution'],
  },
  {
    id: 'disulfiram',
    name: 'Disulfiram',
    classes: ['ALCOHOL_DETERRENT'],
    controlledSchedule: null,
    commonStrengths: ['250 mg', '500 mg'],
    forms: ['tablet'],
  },
  {
    id: 'acamprosate',
    name: 'Acamprosate',
    classes: ['ALCOHOL_USE_DISORDER_AGENT'],
    controlledSchedule: null,
    commonStrengths: ['333 mg'],
    forms: ['delayed-release tablet'],
  },

  // ── Other drugs psychiatrists prescribe ──────────────────────────────────────────────────────────
  {
    id: 'prazosin',
    name: 'Prazosin',
    classes: ['ALPHA1_BLOCKER'],
    controlledSchedule: null,
    commonStrengths: ['1 mg', '2 mg', '5 mg'],
    forms: ['capsule'],
  },
  {
    id: 'propranolol',
    name: 'Propranolol',
    classes: ['BETA_BLOCKER'],
    controlledSchedule: null,
    commonStrengths: ['10 mg', '20 mg', '40 mg', '80 mg'],
    forms: ['tablet', 'extended-release capsule', 'oral solution'],
  },

  // ── Opioids ──────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'tramadol',
    name: 'Tramadol',
    classes: ['OPIOID', 'SEROTONERGIC', 'SEIZURE_THRESHOLD_LOWERING'],
    controlledSchedule: 'IV',
    forms: ['tablet', 'extended-release tablet'],
  },
  { id: 'meperidine', name: 'Meperidine', classes: ['OPIOID', 'SEROTONERGIC'], controlledSchedule: 'II' },
  {
    id: 'fentanyl',
    name: 'Fentanyl',
    classes: ['OPIOID', 'SEROTONERGIC'],
    controlledSchedule: 'II',
    forms: ['transdermal patch', 'injection'],
  },
  // Schedule II as a single ingredient; combination products are III (with acetaminophen) or V (some cough syrups).
  { id: 'codeine', name: 'Codeine', classes: ['OPIOID'], controlledSchedule: 'II' },
  { id: 'oxycodone', name: 'Oxycodone', classes: ['OPIOID'], controlledSchedule: 'II' },
  { id: 'hydrocodone', name: 'Hydrocodone', classes: ['OPIOID'], controlledSchedule: 'II' },
  { id: 'morphine', name: 'Morphine', classes: ['OPIOID'], controlledSchedule: 'II' },

  // ── Other serotonergic drugs (§7.2 rows 1 and 9) ─────────────────────────────────────────────────
  {
    id: 'dextromethorphan',
    name: 'Dextromethorphan',
    classes: ['ANTITUSSIVE', 'SEROTONERGIC'],
    controlledSchedule: null,
  },
  {
    // FDA lists St John's wort among strong CYP3A4 inducers.
    id: 'st johns wort',
    name: "St John's wort",
    classes: ['HERBAL_SUPPLEMENT', 'SEROTONERGIC', 'STRONG_CYP3A4_INDUCER'],
    controlledSchedule: null,
  },
  { id: 'sumatriptan', name: 'Sumatriptan', classes: ['TRIPTAN', 'SEROTONERGIC'], controlledSchedule: null },
  { id: 'rizatriptan', name: 'Rizatriptan', classes: ['TRIPTAN', 'SEROTONERGIC'], controlledSchedule: null },
  { id: 'zolmitriptan', name: 'Zolmitriptan', classes: ['TRIPTAN', 'SEROTONERGIC'], controlledSchedule: null },

  // ── Sympathomimetics (§7.2 row 2) ────────────────────────────────────────────────────────────────
  {
    // Not scheduled, but a "listed chemical" sold from behind the counter (Combat Methamphetamine Epidemic Act).
    id: 'pseudoephedrine',
    name: 'Pseudoephedrine',
    classes: ['SYMPATHOMIMETIC', 'DECONGESTANT'],
    controlledSchedule: null,
  },
  {
    id: 'phenylephrine',
    name: 'Phenylephrine',
    classes: ['SYMPATHOMIMETIC', 'DECONGESTANT'],
    controlledSchedule: null,
  },

  // ── Drugs that raise lithium levels (§7.2 row 3) and bleeding partners (row 15) ──────────────────
  { id: 'ibuprofen', name: 'Ibuprofen', classes: ['NSAID'], controlledSchedule: null },
  { id: 'naproxen', name: 'Naproxen', classes: ['NSAID'], controlledSchedule: null },
  { id: 'celecoxib', name: 'Celecoxib', classes: ['NSAID'], controlledSchedule: null },
  { id: 'meloxicam', name: 'Meloxicam', classes: ['NSAID'], controlledSchedule: null },
  { id: 'diclofenac', name: 'Diclofenac', classes: ['NSAID'], controlledSchedule: null },
  { id: 'lisinopril', name: 'Lisinopril', classes: ['ACE_INHIBITOR'], controlledSchedule: null },
  { id: 'enalapril', name: 'Enalapril', classes: ['ACE_INHIBITOR'], controlledSchedule: null },
  { id: 'losartan', name: 'Losartan', classes: ['ARB'], controlledSchedule: null },
  { id: 'valsartan', name: 'Valsartan', classes: ['ARB'], controlledSchedule: null },
  { id: 'hydrochlorothiazide', name: 'Hydrochlorothiazide', classes: ['THIAZIDE'], controlledSchedule: null },
  { id: 'chlorthalidone', name: 'Chlorthalidone', classes: ['THIAZIDE'], controlledSchedule: null },
  { id: 'warfarin', name: 'Warfarin', classes: BLEEDING, controlledSchedule: null },
  { id: 'apixaban', name: 'Apixaban', classes: BLEEDING, controlledSchedule: null },
  { id: 'rivaroxaban', name: 'Rivaroxaban', classes: BLEEDING, controlledSchedule: null },
  { id: 'clopidogrel', name: 'Clopidogrel', classes: BLEEDING, controlledSchedule: null },
  // Antiplatelet, and deliberately not NSAID: low-dose aspirin does not meaningfully raise lithium levels.
  { id: 'aspirin', name: 'Aspirin', classes: BLEEDING, controlledSchedule: null },

  // ── Anti-infectives and other QT-prolonging drugs (§7.2 rows 4, 6, 13) ───────────────────────────
  {
    id: 'ciprofloxacin',
    name: 'Ciprofloxacin',
    classes: ['FLUOROQUINOLONE', 'ANTIBIOTIC', 'QT_PROLONGING', 'STRONG_CYP1A2_INHIBITOR'],
    controlledSchedule: null,
  },
  {
    // Named in §7.2 row 4; no longer marketed in the US but can appear on a medication list from abroad.
    id: 'enoxacin',
    name: 'Enoxacin',
    classes: ['FLUOROQUINOLONE', 'ANTIBIOTIC', 'QT_PROLONGING', 'STRONG_CYP1A2_INHIBITOR'],
    controlledSchedule: null,
  },
  {
    id: 'levofloxacin',
    name: 'Levofloxacin',
    classes: ['FLUOROQUINOLONE', 'ANTIBIOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
  },
  {
    id: 'moxifloxacin',
    name: 'Moxifloxacin',
    classes: ['FLUOROQUINOLONE', 'ANTIBIOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
  },
  {
    id: 'erythromycin',
    name: 'Erythromycin',
    classes: ['MACROLIDE', 'ANTIBIOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
  },
  {
    id: 'clarithromycin',
    name: 'Clarithromycin',
    classes: ['MACROLIDE', 'ANTIBIOTIC', 'QT_PROLONGING', 'STRONG_CYP3A4_INHIBITOR'],
    controlledSchedule: null,
  },
  {
    id: 'azithromycin',
    name: 'Azithromycin',
    classes: ['MACROLIDE', 'ANTIBIOTIC', 'QT_PROLONGING'],
    controlledSchedule: null,
  },
  { id: 'ketoconazole', name: 'Ketoconazole', classes: STRONG_CYP3A4_INHIBITING_AZOLE, controlledSchedule: null },
  { id: 'itraconazole', name: 'Itraconazole', classes: STRONG_CYP3A4_INHIBITING_AZOLE, controlledSchedule: null },
  { id: 'voriconazole', name: 'Voriconazole', classes: STRONG_CYP3A4_INHIBITING_AZOLE, controlledSchedule: null },
  {
    id: 'fluconazole',
    name: 'Fluconazole',
    classes: ['AZOLE_ANTIFUNGAL', 'QT_PROLONGING'],
    controlledSchedule: null,
  },
  { id: 'ondansetron', name: 'Ondansetron', classes: ['ANTIEMETIC', 'QT_PROLONGING'], controlledSchedule: null },
  { id: 'amiodarone', name: 'Amiodarone', classes: ['ANTIARRHYTHMIC', 'QT_PROLONGING'], controlledSchedule: null },
  {
    id: 'sotalol',
    name: 'Sotalol',
    classes: ['ANTIARRHYTHMIC', 'BETA_BLOCKER', 'QT_PROLONGING'],
    controlledSchedule: null,
  },
  {
    id: 'hydroxychloroquine',
    name: 'Hydroxychloroquine',
    classes: ['ANTIMALARIAL', 'QT_PROLONGING'],
    controlledSchedule: null,
  },
  {
    id: 'ritonavir',
    name: 'Ritonavir',
    classes: ['ANTIRETROVIRAL', 'STRONG_CYP3A4_INHIBITOR'],
    controlledSchedule: null,
  },

  // ── CYP2D6-dependent drugs (§7.2 row 14) ─────────────────────────────────────────────────────────
  { id: 'tamoxifen', name: 'Tamoxifen', classes: ['SERM'], controlledSchedule: null },
  { id: 'metoprolol', name: 'Metoprolol', classes: ['BETA_BLOCKER'], controlledSchedule: null },

  // ── Hormonal contraceptives (§7.2 row 12) ────────────────────────────────────────────────────────
  { id: 'ethinyl estradiol', name: 'Ethinyl estradiol', classes: CONTRACEPTIVE, controlledSchedule: null },
  { id: 'levonorgestrel', name: 'Levonorgestrel', classes: CONTRACEPTIVE, controlledSchedule: null },
  { id: 'norethindrone', name: 'Norethindrone', classes: CONTRACEPTIVE, controlledSchedule: null },

  // ── Alcohol (§7.2 rows 10 and 18) ────────────────────────────────────────────────────────────────
  {
    // Not prescribed, but recorded on medication lists and substance-use histories so rules can screen it.
    id: 'ethanol',
    name: 'Alcohol (ethanol)',
    classes: ['ALCOHOL', 'CNS_DEPRESSANT'],
    controlledSchedule: null,
  },
];

/**
 * Folds how a drug is typed into one key: case, spacing, apostrophes and full stops do not matter,
 * so "St. John's Wort" finds 'st johns wort'.
 */
export function normalizeDrugKey(text: string): string {
  return text.trim().toLowerCase().replace(/['’.]/g, '').replace(/\s+/g, ' ');
}

const BY_KEY: ReadonlyMap<string, FormularyDrug> = new Map(
  FORMULARY.flatMap((drug) => [
    [normalizeDrugKey(drug.name), drug],
    [drug.id, drug],
  ]),
);

/** Finds a formulary drug by id or by display name, ignoring case and punctuation. */
export function findDrug(nameOrId: string): FormularyDrug | undefined {
  return BY_KEY.get(normalizeDrugKey(nameOrId));
}

/**
 * The key interaction screening uses for a drug: the formulary id when the drug is known, otherwise the
 * normalized text (still matched by ingredient-named rules, but by no class rule).
 */
export function canonicalDrugId(nameOrId: string): string {
  return findDrug(nameOrId)?.id ?? normalizeDrugKey(nameOrId);
}

/**
 * Drugs whose id or name, or any word of them, starts with `prefix` — for a prescribing picker.
 * Whole-name matches come first, then word matches, each alphabetical. An empty prefix finds nothing.
 */
export function searchFormulary(prefix: string, limit = 20): FormularyDrug[] {
  const key = normalizeDrugKey(prefix);
  if (key === '') return [];
  const rank = (drug: FormularyDrug): number => {
    const name = normalizeDrugKey(drug.name);
    if (drug.id.startsWith(key) || name.startsWith(key)) return 0;
    const words = `${drug.id} ${name}`.split(/[\s()/-]+/);
    return words.some((word) => word.startsWith(key)) ? 1 : -1;
  };
  return FORMULARY.map((drug) => ({ drug, rank: rank(drug) }))
    .filter((hit) => hit.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.drug.name.localeCompare(b.drug.name))
    .slice(0, limit)
    .map((hit) => hit.drug);
}

/** Whether a drug is a federally controlled substance (needs a DEA number and EPCS to prescribe). */
export function isControlled(drug: FormularyDrug): boolean {
  return drug.controlledSchedule !== null;
}
