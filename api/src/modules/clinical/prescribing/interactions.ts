/**
 * Drug-drug interaction screening.
 *
 * The NLM interaction API was retired in January 2024 and no freely licensed offline interaction dataset
 * exists (domain reference §0.4), so Handoff ships a small hand-written rule set — the 18 rows of §7.2 —
 * behind an interface a commercial knowledge base (FDB, Medi-Span, Multum) can later implement.
 * Rules match on formulary ingredient ids or hand-maintained classes (formulary.ts).
 *
 * Screening runs on prescribing, on medication-list changes and at reconciliation. CONTRAINDICATED and MAJOR
 * alerts need a documented override reason; the caller records it.
 */
import { canonicalDrugId, findDrug, type DrugClass } from './formulary';

/** Shown wherever these alerts are shown: the starter rules are not a complete interaction database. */
export const INTERACTION_SCREENING_DISCLAIMER =
  'Starter interaction screening: non-exhaustive, clinician review required.';

export type InteractionSeverity = 'CONTRAINDICATED' | 'MAJOR' | 'MODERATE';

const SEVERITY_RANK: Readonly<Record<InteractionSeverity, number>> = { CONTRAINDICATED: 0, MAJOR: 1, MODERATE: 2 };

export interface InteractionAlert {
  readonly ruleId: string;
  readonly severity: InteractionSeverity;
  /** The two ingredients, in the order of the rule's two sides. */
  readonly drugs: readonly [string, string];
  readonly mechanism: string;
  readonly management: string;
  readonly source: string;
  /** CONTRAINDICATED and MAJOR alerts can only be overridden with a documented reason (§7.2 rule-engine design). */
  readonly requiresOverrideReason: boolean;
  /** Set on washout alerts only: when the stopped drug was stopped and when the combination becomes acceptable. */
  readonly washout?: { readonly stoppedOn: string; readonly requiredDays: number; readonly clearOn: string };
}

/** The slot a commercial interaction knowledge base plugs into. */
export interface InteractionKnowledgeBase {
  readonly name: string;
  /** True when absence of an alert must not be read as "no interaction". */
  readonly nonExhaustive: boolean;
  /** Screens every pair of distinct drugs; alerts sorted most severe first. */
  screen(drugIds: readonly string[]): InteractionAlert[];
}

/** Matches a drug when its id is listed or it carries any listed class, unless its id is excepted. */
export interface DrugSelector {
  readonly ingredients?: readonly string[];
  readonly classes?: readonly DrugClass[];
  readonly except?: readonly string[];
}

export interface InteractionRule {
  readonly id: string;
  /** The §7.2 row this rule encodes. */
  readonly row: number;
  readonly matches: readonly [DrugSelector, DrugSelector];
  readonly severity: InteractionSeverity;
  readonly mechanism: string;
  /** Our own words, written for the prescriber. */
  readonly management: string;
  readonly source: string;
  /**
   * Rules this one replaces for the same pair: they describe the same hazard less specifically, and a second
   * alert for one hazard teaches clinicians to click through alerts.
   */
  readonly supersedes?: readonly string[];
}

/** The drugs §7.2 row 1 names as contraindicated with an MAOI (row 8 applies the same list to linezolid). */
const MAOI_SEROTONERGIC_PARTNERS: DrugSelector = {
  classes: ['SSRI', 'SNRI'],
  ingredients: [
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
  ],
};

/** Linezolid and IV methylene blue act as MAOIs but have their own emergency-use rule (row 8). */
const NON_PSYCHIATRIC_MAOIS = ['linezolid', 'methylene blue'];

const PSYCHIATRIC_MAOI: DrugSelector = { classes: ['MAOI'], except: NON_PSYCHIATRIC_MAOIS };
const ANY_MAOI: DrugSelector = { classes: ['MAOI'] };
const STRONG_CYP2D6_INHIBITOR: DrugSelector = { classes: ['STRONG_CYP2D6_INHIBITOR'] };
const SEROTONIN_SYNDROME = 'Serotonin syndrome';

export const STARTER_INTERACTION_RULES: readonly InteractionRule[] = [
  {
    id: 'r01-maoi-serotonergic',
    row: 1,
    matches: [PSYCHIATRIC_MAOI, MAOI_SEROTONERGIC_PARTNERS],
    severity: 'CONTRAINDICATED',
    mechanism: `${SEROTONIN_SYNDROME}: MAO inhibition plus another serotonergic drug can cause agitation, hyperthermia, clonus and autonomic instability, and can be fatal.`,
    management:
      'Do not combine. After stopping an MAOI, wait at least 14 days before starting a serotonergic drug. ' +
      'Before starting an MAOI, wait at least 14 days after stopping most SSRIs or SNRIs, and at least 5 weeks ' +
      'after stopping fluoxetine (its metabolite norfluoxetine is long-lived).',
    source: 'FDA labels (MAOIs, SSRIs, SNRIs): Contraindications',
    supersedes: ['r09-serotonergic-combination'],
  },
  {
    id: 'r02-maoi-pressor',
    row: 2,
    matches: [ANY_MAOI, { classes: ['SYMPATHOMIMETIC'], ingredients: ['bupropion', 'buspirone'] }],
    severity: 'CONTRAINDICATED',
    mechanism:
      'MAO inhibition stops the breakdown of noradrenaline released or boosted by sympathomimetics, bupropion ' +
      'or buspirone, raising blood pressure up to a hypertensive crisis.',
    management:
      'Avoid, including over-the-counter decongestants, and wait at least 14 days after stopping the MAOI. ' +
      'Counsel on diet: high-tyramine foods (aged cheese, cured or fermented meats, tap beer, fermented soy) ' +
      'carry the same risk; the 6 mg/24 h selegiline patch is the exception that needs no diet.',
    source: 'FDA labels (MAOIs, bupropion, buspirone): Contraindications / Drug Interactions',
  },
  {
    id: 'r03-lithium-renal-clearance',
    row: 3,
    matches: [{ ingredients: ['lithium'] }, { classes: ['NSAID', 'ACE_INHIBITOR', 'ARB', 'THIAZIDE'] }],
    severity: 'MAJOR',
    mechanism:
      'NSAIDs, ACE inhibitors, ARBs and thiazide diuretics reduce renal lithium clearance, raising the lithium ' +
      'level toward toxicity (tremor, ataxia, confusion, arrhythmia).',
    management:
      'Avoid if possible; acetaminophen is the usual analgesic alternative. If the combination is needed, ' +
      'consider a lower lithium dose and check the lithium level and renal function about 5 to 7 days after ' +
      'starting or changing either drug. Dehydration, vomiting, diarrhea and a low-salt diet raise levels too.',
    source: 'FDA label (lithium): Drug Interactions',
  },
  {
    id: 'r04-clozapine-cyp1a2-inhibitor',
    row: 4,
    matches: [{ ingredients: ['clozapine'] }, { classes: ['STRONG_CYP1A2_INHIBITOR'] }],
    severity: 'MAJOR',
    mechanism:
      'Strong CYP1A2 inhibitors block clozapine clearance; fluvoxamine can raise clozapine levels about 5- to ' +
      '10-fold (sedation, hypotension, seizures).',
    management:
      'Avoid. If unavoidable, reduce clozapine to about one third of the dose and monitor clozapine levels. ' +
      'Smoking works the same way: stopping smoking removes CYP1A2 induction by tobacco smoke (nicotine ' +
      'replacement does not replace it) and raises clozapine levels; starting to smoke lowers them.',
    source: 'FDA label (clozapine): Dosage and Administration / Drug Interactions',
  },
  {
    id: 'r04-olanzapine-cyp1a2-inhibitor',
    row: 4,
    matches: [{ ingredients: ['olanzapine'] }, { classes: ['STRONG_CYP1A2_INHIBITOR'] }],
    severity: 'MODERATE',
    mechanism: 'Strong CYP1A2 inhibitors raise olanzapine levels, less than they raise clozapine levels.',
    management:
      'Consider a lower olanzapine dose and watch for sedation and orthostatic hypotension. Stopping smoking ' +
      'also raises olanzapine levels.',
    source: 'FDA label (olanzapine): Drug Interactions',
  },
  {
    id: 'r05-clozapine-carbamazepine',
    row: 5,
    matches: [{ ingredients: ['clozapine'] }, { ingredients: ['carbamazepine'] }],
    severity: 'MAJOR',
    mechanism:
      'Both can suppress the bone marrow (additive agranulocytosis risk), and carbamazepine induces clozapine ' +
      'metabolism, lowering its level.',
    management:
      'Avoid; choose another mood stabilizer or anticonvulsant. If the two are already combined, monitor the ' +
      'absolute neutrophil count closely and check clozapine levels.',
    source: 'FDA label (clozapine): Drug Interactions',
  },
  {
    id: 'r06-qt-prolonging-combination',
    row: 6,
    matches: [{ classes: ['QT_PROLONGING'] }, { classes: ['QT_PROLONGING'] }],
    severity: 'MAJOR',
    mechanism: 'Two QT-prolonging drugs add their effects on cardiac repolarization: risk of torsades de pointes.',
    management:
      'Avoid if an alternative exists. Otherwise get a baseline ECG, correct potassium and magnesium, weigh ' +
      'other risk factors (bradycardia, heart disease, older age) and repeat the ECG after dose increases. ' +
      'Citalopram: at most 40 mg/day, 20 mg/day over age 60 or in CYP2C19 poor metabolizers. Haloperidol is ' +
      'flagged in every form; its QT risk is greatest given IV.',
    source: 'FDA labels (citalopram and others): Warnings and Precautions; CredibleMeds via ONC high-priority list',
  },
  {
    id: 'r06-thioridazine-pimozide-qt',
    row: 6,
    matches: [{ ingredients: ['thioridazine', 'pimozide'] }, { classes: ['QT_PROLONGING'] }],
    severity: 'CONTRAINDICATED',
    mechanism:
      'Thioridazine and pimozide prolong the QT interval on their own; another QT-prolonging drug raises the ' +
      'risk of torsades de pointes and sudden death.',
    management: 'Do not combine: their labels contraindicate other QT-prolonging drugs. Replace one of the two.',
    source: 'FDA labels (thioridazine, pimozide): Contraindications',
    supersedes: ['r06-qt-prolonging-combination'],
  },
  {
    id: 'r06-thioridazine-metabolic-inhibitor',
    row: 6,
    matches: [
      { ingredients: ['thioridazine'] },
      { classes: ['STRONG_CYP2D6_INHIBITOR'], ingredients: ['fluvoxamine'] },
    ],
    severity: 'CONTRAINDICATED',
    mechanism:
      'Fluoxetine, paroxetine and bupropion (CYP2D6 inhibitors) and fluvoxamine block thioridazine metabolism, ' +
      'raising its level and its QT prolongation.',
    management: 'Do not combine (label contraindication). Choose a different antipsychotic or antidepressant.',
    source: 'FDA label (thioridazine): Contraindications',
  },
  {
    id: 'r06-pimozide-ssri',
    row: 6,
    matches: [{ ingredients: ['pimozide'] }, { ingredients: ['sertraline', 'citalopram', 'escitalopram'] }],
    severity: 'CONTRAINDICATED',
    mechanism:
      'Sertraline raises pimozide exposure, and citalopram and escitalopram add QT prolongation; each label ' +
      'contraindicates pimozide.',
    management: 'Do not combine. Choose another antidepressant or antipsychotic.',
    source: 'FDA labels (sertraline, citalopram, escitalopram): Contraindications',
    supersedes: ['r06-qt-prolonging-combination', 'r06-thioridazine-pimozide-qt'],
  },
  {
    id: 'r07-ssri-snri-tramadol',
    row: 7,
    matches: [{ classes: ['SSRI', 'SNRI'] }, { ingredients: ['tramadol'] }],
    severity: 'MAJOR',
    mechanism:
      `${SEROTONIN_SYNDROME} and seizures: tramadol inhibits serotonin reuptake itself and lowers the seizure ` +
      'threshold. Fluoxetine and paroxetine also block its activation by CYP2D6, weakening analgesia.',
    management:
      'Prefer a non-serotonergic analgesic. If used together, keep the tramadol dose low, avoid it with a ' +
      'seizure history, and teach the patient the signs of serotonin syndrome.',
    source: 'FDA label (tramadol): Warnings and Precautions / Drug Interactions',
  },
  {
    id: 'r08-linezolid-methylene-blue-serotonergic',
    row: 8,
    matches: [{ ingredients: NON_PSYCHIATRIC_MAOIS }, MAOI_SEROTONERGIC_PARTNERS],
    severity: 'CONTRAINDICATED',
    mechanism: `${SEROTONIN_SYNDROME}: linezolid and IV methylene blue inhibit MAO and interact like an MAOI.`,
    management:
      'Do not combine except in an emergency (life-threatening infection, methemoglobinemia). Then stop the ' +
      'serotonergic drug, monitor for serotonin syndrome for 2 weeks (5 weeks after fluoxetine) or until 24 ' +
      'hours after the last linezolid or methylene blue dose, whichever comes first, and restart the ' +
      'serotonergic drug 24 hours after that last dose. When not urgent, stop the serotonergic drug and wait ' +
      '2 weeks (5 weeks for fluoxetine) first.',
    source: 'FDA Drug Safety Communications on linezolid and methylene blue (2011); FDA labels',
    supersedes: ['r09-serotonergic-combination'],
  },
  {
    id: 'r09-serotonergic-combination',
    row: 9,
    matches: [
      { classes: ['SEROTONERGIC'] },
      {
        classes: ['TRIPTAN'],
        ingredients: ['fentanyl', 'meperidine', 'dextromethorphan', 'lithium', 'st johns wort', 'buspirone'],
      },
    ],
    severity: 'MODERATE',
    mechanism: `${SEROTONIN_SYNDROME}, at a lower probability than with an MAOI.`,
    management:
      'Usually acceptable with monitoring. Start low, change one drug at a time, and ask the patient to report ' +
      'agitation, tremor, sweating, diarrhea, fever or muscle twitching, especially after dose increases.',
    source: 'FDA labels (triptans, serotonergic antidepressants): Warnings and Precautions',
  },
  {
    id: 'r10-cns-depressant-opioid',
    row: 10,
    matches: [{ classes: ['CNS_DEPRESSANT'] }, { classes: ['OPIOID'] }],
    severity: 'MAJOR',
    mechanism:
      'Benzodiazepines, z-drugs, gabapentinoids, alcohol and other CNS depressants add to opioid respiratory ' +
      'depression: profound sedation, coma and death (FDA boxed warning, 2016).',
    management:
      'Avoid when possible. If both are needed, use the lowest doses for the shortest time, prescribe ' +
      'naloxone, check the PDMP, and warn the patient and family about sedation and slowed breathing. Do not ' +
      'withhold buprenorphine or methadone for opioid use disorder because of a benzodiazepine (FDA, 2017): ' +
      'coordinate care and taper the depressant where appropriate.',
    source: 'FDA boxed warning, opioid and benzodiazepine labels (2016); FDA Drug Safety Communication (2017)',
  },
  {
    id: 'r11-valproate-lamotrigine',
    row: 11,
    matches: [{ classes: ['VALPROATE'] }, { ingredients: ['lamotrigine'] }],
    severity: 'MAJOR',
    mechanism:
      'Valproate inhibits lamotrigine glucuronidation, roughly doubling lamotrigine levels and raising the risk ' +
      'of serious rash (Stevens-Johnson syndrome, toxic epidermal necrolysis).',
    management:
      'Use the label schedule for patients on valproate: about half the usual lamotrigine dose and a slower ' +
      'titration. Tell the patient to report any rash or fever at once. Re-titrate when valproate is started ' +
      'or stopped.',
    source: 'FDA label (lamotrigine): Boxed Warning / Dosage and Administration',
  },
  {
    id: 'r12-cyp3a4-inducer-lurasidone',
    row: 12,
    matches: [{ classes: ['STRONG_CYP3A4_INDUCER'] }, { ingredients: ['lurasidone'] }],
    severity: 'CONTRAINDICATED',
    mechanism: 'Strong CYP3A4 inducers lower lurasidone exposure so far that it loses its effect.',
    management:
      'Do not combine (label contraindication). Choose another antipsychotic, or another mood stabilizer ' +
      'instead of the inducer; induction takes about two weeks to wear off after the inducer stops.',
    source: 'FDA label (lurasidone): Contraindications',
  },
  {
    id: 'r12-cyp3a4-inducer-substrate',
    row: 12,
    matches: [
      { classes: ['STRONG_CYP3A4_INDUCER'] },
      { classes: ['CYP3A4_INDUCTION_SENSITIVE', 'HORMONAL_CONTRACEPTIVE'] },
    ],
    severity: 'MAJOR',
    mechanism:
      'Strong CYP3A4 inducers (carbamazepine, St John’s wort) speed the metabolism of the other drug, which can ' +
      'lose its effect.',
    management:
      'Adjust or avoid: labels advise, for example, doubling aripiprazole or brexpiprazole, raising quetiapine, ' +
      'and not combining with cariprazine or lumateperone. With methadone or buprenorphine, watch for ' +
      'withdrawal. Hormonal contraceptives may fail: advise a non-hormonal or additional method. Undo dose ' +
      'changes after the inducer stops.',
    source: 'FDA labels (antipsychotics, contraceptives, carbamazepine): Drug Interactions',
  },
  {
    id: 'r13-cyp3a4-inhibitor-contraindicated',
    row: 13,
    matches: [{ classes: ['STRONG_CYP3A4_INHIBITOR'] }, { ingredients: ['lurasidone', 'pimozide'] }],
    severity: 'CONTRAINDICATED',
    mechanism:
      'Strong CYP3A4 inhibitors raise lurasidone and pimozide levels several-fold; with pimozide that means ' +
      'QT prolongation and arrhythmia.',
    management: 'Do not combine (label contraindications). Choose a different anti-infective or antipsychotic.',
    source: 'FDA labels (lurasidone, pimozide): Contraindications',
  },
  {
    id: 'r13-cyp3a4-inhibitor-quetiapine',
    row: 13,
    matches: [{ classes: ['STRONG_CYP3A4_INHIBITOR'] }, { ingredients: ['quetiapine'] }],
    severity: 'MAJOR',
    mechanism: 'Strong CYP3A4 inhibitors raise quetiapine exposure several-fold (sedation, hypotension, QT).',
    management:
      'Reduce quetiapine to about one sixth of the dose while the inhibitor is given, and raise it back about ' +
      '6-fold after the inhibitor stops.',
    source: 'FDA label (quetiapine): Dosage and Administration',
  },
  {
    id: 'r14-cyp2d6-inhibitor-tamoxifen',
    row: 14,
    matches: [STRONG_CYP2D6_INHIBITOR, { ingredients: ['tamoxifen'] }],
    severity: 'MAJOR',
    mechanism:
      'Tamoxifen needs CYP2D6 to form its active metabolite, endoxifen; strong CYP2D6 inhibitors lower ' +
      'endoxifen and may weaken protection against breast cancer recurrence.',
    management: 'Avoid: prefer an antidepressant with little CYP2D6 inhibition, and involve the oncology team.',
    source: 'FDA label (tamoxifen): Clinical Pharmacology; ONC high-priority interaction list',
  },
  {
    id: 'r14-cyp2d6-inhibitor-tca',
    row: 14,
    matches: [STRONG_CYP2D6_INHIBITOR, { classes: ['TCA'] }],
    severity: 'MAJOR',
    mechanism:
      'Strong CYP2D6 inhibitors can raise tricyclic levels several-fold (anticholinergic toxicity, QT ' +
      'prolongation, seizures).',
    management:
      'Avoid, or start the tricyclic low, check a tricyclic level and an ECG, and watch for toxicity. ' +
      'Fluoxetine’s inhibition lasts weeks after it is stopped.',
    source: 'FDA labels (tricyclic antidepressants): Drug Interactions',
  },
  {
    id: 'r14-cyp2d6-inhibitor-aripiprazole',
    row: 14,
    matches: [STRONG_CYP2D6_INHIBITOR, { ingredients: ['aripiprazole', 'brexpiprazole'] }],
    severity: 'MODERATE',
    mechanism: 'Strong CYP2D6 inhibitors roughly double aripiprazole and brexpiprazole exposure.',
    management: 'Give half the usual aripiprazole or brexpiprazole dose, and restore it when the inhibitor stops.',
    source: 'FDA labels (aripiprazole, brexpiprazole): Dosage and Administration',
  },
  {
    id: 'r14-cyp2d6-inhibitor-substrate',
    row: 14,
    matches: [STRONG_CYP2D6_INHIBITOR, { ingredients: ['atomoxetine', 'metoprolol', 'propranolol'] }],
    severity: 'MODERATE',
    mechanism: 'Strong CYP2D6 inhibitors raise atomoxetine and some beta-blocker levels.',
    management:
      'Atomoxetine: start low and raise to the usual target only if needed after about 4 weeks. Beta-blockers: ' +
      'watch heart rate and blood pressure, and lower the dose if bradycardia or hypotension appear.',
    source: 'FDA labels (atomoxetine, metoprolol, propranolol): Drug Interactions',
  },
  {
    id: 'r14-cyp2d6-inhibitor-prodrug-opioid',
    row: 14,
    matches: [STRONG_CYP2D6_INHIBITOR, { ingredients: ['codeine', 'tramadol'] }],
    severity: 'MODERATE',
    mechanism:
      'Codeine and tramadol need CYP2D6 to form their active opioid metabolites; strong CYP2D6 inhibitors ' +
      'weaken pain relief.',
    management:
      'Expect less analgesia; prefer an analgesic that does not depend on CYP2D6. If the inhibitor is stopped ' +
      'while the opioid continues, watch for opioid toxicity.',
    source: 'FDA labels (codeine, tramadol): Boxed Warning / Drug Interactions',
  },
  {
    id: 'r15-serotonergic-antidepressant-bleeding',
    row: 15,
    // Vilazodone and vortioxetine carry the same abnormal-bleeding warning as SSRIs and SNRIs.
    matches: [
      { classes: ['SSRI', 'SNRI'], ingredients: ['vilazodone', 'vortioxetine'] },
      { classes: ['ANTICOAGULANT_ANTIPLATELET', 'NSAID'] },
    ],
    severity: 'MODERATE',
    mechanism:
      'Serotonergic antidepressants deplete platelet serotonin and impair clotting; with anticoagulants, ' +
      'antiplatelets or NSAIDs the risk of bleeding, mostly gastrointestinal, rises.',
    management:
      'Monitor for bleeding (and the INR with warfarin). Consider a proton-pump inhibitor when there are other ' +
      'gastrointestinal bleeding risks, such as older age or a previous bleed.',
    source: 'FDA labels (SSRIs, SNRIs): Warnings and Precautions, Abnormal Bleeding',
  },
  {
    id: 'r16-bupropion-seizure-threshold',
    row: 16,
    matches: [{ ingredients: ['bupropion'] }, { classes: ['SEIZURE_THRESHOLD_LOWERING'] }],
    severity: 'MAJOR',
    mechanism: 'Bupropion lowers the seizure threshold in a dose-related way; the other drug adds to the risk.',
    management:
      'Use the lowest effective bupropion dose and titrate slowly. Avoid bupropion with a seizure disorder, ' +
      'an eating disorder, or abrupt withdrawal from alcohol or sedatives. Dose is not screened here: high-dose ' +
      'antipsychotics not listed as threshold-lowering carry a similar risk.',
    source: 'FDA label (bupropion): Warnings and Precautions, Seizure',
  },
  {
    id: 'r17-stimulant-maoi',
    row: 17,
    matches: [ANY_MAOI, { classes: ['STIMULANT'] }],
    severity: 'CONTRAINDICATED',
    mechanism: 'Stimulants release noradrenaline and dopamine; with MAO inhibited this can cause hypertensive crisis.',
    management: 'Do not combine, and wait at least 14 days after stopping an MAOI before starting a stimulant.',
    source: 'FDA labels (amphetamines, methylphenidate): Contraindications',
    supersedes: ['r02-maoi-pressor'],
  },
  {
    id: 'r18-disulfiram-alcohol',
    row: 18,
    matches: [{ ingredients: ['disulfiram'] }, { classes: ['ALCOHOL'] }],
    severity: 'CONTRAINDICATED',
    mechanism:
      'Disulfiram blocks aldehyde dehydrogenase, so alcohol causes acetaldehyde build-up: flushing, vomiting, ' +
      'tachycardia, hypotension and sometimes severe reactions.',
    management:
      'Never give disulfiram to an intoxicated patient or within 12 hours of drinking. Warn about hidden alcohol ' +
      'in oral solutions, elixirs, cough syrups and mouthwash (this list cannot see alcohol in a product); the ' +
      'reaction can occur up to 2 weeks after the last disulfiram dose.',
    source: 'FDA label (disulfiram): Contraindications / Warnings',
  },
];

function selects(selector: DrugSelector, drugId: string): boolean {
  if (selector.except?.includes(drugId)) return false;
  if (selector.ingredients?.includes(drugId)) return true;
  const classes = findDrug(drugId)?.classes ?? [];
  return selector.classes?.some((drugClass) => classes.includes(drugClass)) ?? false;
}

/** The pair in the rule's own order (side A first), or undefined when the rule does not apply. */
function orientedPair(rule: InteractionRule, x: string, y: string): readonly [string, string] | undefined {
  const [sideA, sideB] = rule.matches;
  if (selects(sideA, x) && selects(sideB, y)) return [x, y];
  if (selects(sideA, y) && selects(sideB, x)) return [y, x];
  return undefined;
}

function toAlert(rule: InteractionRule, drugs: readonly [string, string]): InteractionAlert {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    drugs,
    mechanism: rule.mechanism,
    management: rule.management,
    source: rule.source,
    requiresOverrideReason: rule.severity !== 'MODERATE',
  };
}

/** Distinct canonical ids: the same ingredient listed twice (two strengths) is one drug, never a pair. */
function distinctDrugIds(drugIds: readonly string[]): string[] {
  return [...new Set(drugIds.map(canonicalDrugId))];
}

/**
 * Screens every unordered pair of distinct drugs against `rules`: at most one alert per rule and pair,
 * superseded rules dropped, most severe first (then rule order).
 */
export function screenWithRules(rules: readonly InteractionRule[], drugIds: readonly string[]): InteractionAlert[] {
  const ids = distinctDrugIds(drugIds);
  const alerts: { alert: InteractionAlert; ruleIndex: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const fired = rules.flatMap((rule, ruleIndex) => {
        const drugs = orientedPair(rule, ids[i]!, ids[j]!);
        return drugs ? [{ rule, ruleIndex, drugs }] : [];
      });
      const superseded = new Set(fired.flatMap((hit) => hit.rule.supersedes ?? []));
      for (const hit of fired) {
        if (!superseded.has(hit.rule.id))
          alerts.push({ alert: toAlert(hit.rule, hit.drugs), ruleIndex: hit.ruleIndex });
      }
    }
  }
  return alerts
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.alert.severity] - SEVERITY_RANK[b.alert.severity] ||
        a.ruleIndex - b.ruleIndex ||
        a.alert.drugs.join().localeCompare(b.alert.drugs.join()),
    )
    .map((entry) => entry.alert);
}

/** Handoff's own rules (§7.2). Non-exhaustive by construction: absence of an alert proves nothing. */
export const starterKnowledgeBase: InteractionKnowledgeBase = {
  name: 'Handoff starter interaction rules',
  nonExhaustive: true,
  screen: (drugIds) => screenWithRules(STARTER_INTERACTION_RULES, drugIds),
};

/**
 * Alerts a new prescription raises against the patient's current medications — only those involving the
 * new drug, so long-standing combinations already reviewed do not re-alert on every prescription.
 */
export function screenNewPrescription(
  newDrugId: string,
  currentDrugIds: readonly string[],
  knowledgeBase: InteractionKnowledgeBase = starterKnowledgeBase,
): InteractionAlert[] {
  const newId = canonicalDrugId(newDrugId);
  return knowledgeBase
    .screen([newDrugId, ...currentDrugIds])
    .filter((alert) => alert.drugs.includes(newId) || alert.drugs.includes(newDrugId));
}

/** Drugs the starter rules know nothing about (not in the formulary): the UI should say they were not screened. */
export function unscreenedDrugIds(drugIds: readonly string[]): string[] {
  return distinctDrugIds(drugIds).filter((id) => findDrug(id) === undefined);
}

// ── Washout (§7.2 row 1) ─────────────────────────────────────────────────────────────────────────────

export interface StoppedMedication {
  readonly drugId: string;
  /** Last dose date, YYYY-MM-DD. */
  readonly stoppedOn: string;
}

/** 14 days for MAOIs and most serotonergic drugs; fluoxetine's long-lived metabolite needs 5 weeks. */
const MAOI_WASHOUT_DAYS = 14;
const FLUOXETINE_WASHOUT_DAYS = 35;
const WASHOUT_RULE_ID = 'r01-maoi-washout';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function utcDay(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError('Washout dates must be YYYY-MM-DD.');
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function isoFromUtcDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days the stopped drug must be gone before the new one starts, or undefined when no washout applies. */
function requiredWashoutDays(newId: string, stoppedId: string): number | undefined {
  const isMaoi = (id: string) => selects(ANY_MAOI, id);
  const isPartner = (id: string) => selects(MAOI_SEROTONERGIC_PARTNERS, id);
  if (isMaoi(newId) && isPartner(stoppedId)) {
    return stoppedId === 'fluoxetine' ? FLUOXETINE_WASHOUT_DAYS : MAOI_WASHOUT_DAYS;
  }
  if (isPartner(newId) && isMaoi(stoppedId)) return MAOI_WASHOUT_DAYS;
  return undefined;
}

/**
 * MAOI washout check (§7.2 row 1) for a drug about to be started: an alert for each recently stopped drug
 * whose washout has not finished by `today` (YYYY-MM-DD, passed in so the rule stays pure).
 */
export function screenWashout(
  newDrugId: string,
  recentlyStopped: readonly StoppedMedication[],
  today: string,
): InteractionAlert[] {
  const newId = canonicalDrugId(newDrugId);
  const todayDay = utcDay(today);
  return recentlyStopped.flatMap((stopped) => {
    const stoppedId = canonicalDrugId(stopped.drugId);
    const requiredDays = stoppedId === newId ? undefined : requiredWashoutDays(newId, stoppedId);
    if (requiredDays === undefined) return [];
    const clearDay = utcDay(stopped.stoppedOn) + requiredDays;
    if (todayDay >= clearDay) return [];
    return [
      {
        ruleId: WASHOUT_RULE_ID,
        severity: 'CONTRAINDICATED' as const,
        drugs: [newId, stoppedId] as const,
        mechanism: `${SEROTONIN_SYNDROME}: the stopped drug is still active until its washout ends.`,
        management:
          `Wait until the washout ends (${requiredDays} days after the last dose). An MAOI needs 14 days to ` +
          'wash out before a serotonergic drug; most SSRIs and SNRIs need 14 days before an MAOI, fluoxetine 5 ' +
          'weeks. Linezolid or methylene blue may still be given in an emergency, with monitoring (rule r08).',
        source: 'FDA labels (MAOIs, SSRIs, SNRIs): Dosage and Administration',
        requiresOverrideReason: true,
        washout: { stoppedOn: stopped.stoppedOn, requiredDays, clearOn: isoFromUtcDay(clearDay) },
      },
    ];
  });
}
