import { Role } from '../platform/permissions/role';
import { PayerKind } from '../modules/billing';

export const DEMO_PASSWORD = 'handoff-demo';

export interface StaffSeed {
  key: string;
  firstName: string;
  lastName: string;
  credentials: string;
  roles: Role[];
  npi?: string;
  canPrescribe?: boolean;
  color: string;
  supervisorKey?: string;
  email?: string;
}

const { FRONT_DESK, CLINICIAN, BILLER, PRACTICE_MANAGER } = Role;

/** Riverbend's staff. `email` marks the demo logins printed at start-up. */
export const RIVERBEND_STAFF: StaffSeed[] = [
  {
    key: 'castillo',
    firstName: 'Miriam',
    lastName: 'Castillo',
    credentials: 'MD',
    roles: [CLINICIAN],
    npi: '1306849450',
    canPrescribe: true,
    color: '#7048e8',
    email: 'prescriber@riverbend.test',
  },
  {
    key: 'pike',
    firstName: 'Jordan',
    lastName: 'Pike',
    credentials: 'PMHNP-BC',
    roles: [CLINICIAN],
    npi: '1487665209',
    canPrescribe: true,
    color: '#ae3ec9',
  },
  {
    key: 'reyes',
    firstName: 'Dana',
    lastName: 'Reyes',
    credentials: 'LCSW',
    roles: [CLINICIAN],
    npi: '1730291654',
    color: '#1c7ed6',
    email: 'clinician@riverbend.test',
  },
  {
    key: 'okafor',
    firstName: 'Samuel',
    lastName: 'Okafor',
    credentials: 'PhD',
    roles: [CLINICIAN],
    npi: '1952384012',
    color: '#0ca678',
  },
  {
    key: 'natarajan',
    firstName: 'Priya',
    lastName: 'Natarajan',
    credentials: 'LPC',
    roles: [CLINICIAN],
    npi: '1104928375',
    color: '#f76707',
  },
  {
    key: 'brooks',
    firstName: 'Elena',
    lastName: 'Brooks',
    credentials: 'LMFT',
    roles: [CLINICIAN],
    npi: '1669473821',
    color: '#e64980',
  },
  {
    key: 'webb',
    firstName: 'Marcus',
    lastName: 'Webb',
    credentials: 'LCSW-S',
    roles: [CLINICIAN],
    npi: '1548230967',
    color: '#2f9e44',
  },
  {
    key: 'nguyen',
    firstName: 'Taylor',
    lastName: 'Nguyen',
    credentials: 'LPC-Associate',
    roles: [CLINICIAN],
    npi: '1215937460',
    color: '#1098ad',
    supervisorKey: 'webb',
    email: 'associate@riverbend.test',
  },
  {
    key: 'moreno',
    firstName: 'Alicia',
    lastName: 'Moreno',
    credentials: 'Front desk',
    roles: [FRONT_DESK],
    color: '#868e96',
    email: 'frontdesk@riverbend.test',
  },
  {
    key: 'carter',
    firstName: 'Ben',
    lastName: 'Carter',
    credentials: 'Front desk',
    roles: [FRONT_DESK],
    color: '#868e96',
    email: 'frontdesk2@riverbend.test',
  },
  {
    key: 'liu',
    firstName: 'Grace',
    lastName: 'Liu',
    credentials: 'Practice manager',
    roles: [PRACTICE_MANAGER],
    color: '#495057',
    email: 'manager@riverbend.test',
  },
  {
    key: 'haddad',
    firstName: 'Omar',
    lastName: 'Haddad',
    credentials: 'CPC',
    roles: [BILLER],
    color: '#495057',
    email: 'biller@riverbend.test',
  },
  {
    key: 'patel',
    firstName: 'Kim',
    lastName: 'Patel',
    credentials: 'CPB',
    roles: [BILLER],
    color: '#495057',
    email: 'biller2@riverbend.test',
  },
];

/** Therapists who carry caseloads as primary clinician, and prescribers who see some of them. */
export const THERAPIST_KEYS = ['reyes', 'okafor', 'natarajan', 'brooks', 'webb', 'nguyen'];
export const PRESCRIBER_KEYS = ['castillo', 'pike'];
/** Who works where: Austin, then Denver (the first three at each have a room; the fourth works by video). */
export const RIVERBEND_SITE_CLINICIANS = [
  ['castillo', 'reyes', 'okafor', 'brooks'],
  ['pike', 'natarajan', 'webb', 'nguyen'],
] as const;

export const RIVERBEND_FACILITIES = [
  {
    name: 'Riverbend Austin',
    addressLine1: '2100 S Lamar Blvd, Suite 300',
    city: 'Austin',
    state: 'TX',
    postalCode: '78704',
    phone: '(512) 555-0100',
    timeZone: 'America/Chicago',
    placeOfServiceCode: '11',
    rooms: ['Austin 1', 'Austin 2', 'Austin 3 (family)'],
  },
  {
    name: 'Riverbend Denver',
    addressLine1: '1550 Platte St, Suite 210',
    city: 'Denver',
    state: 'CO',
    postalCode: '80202',
    phone: '(303) 555-0140',
    timeZone: 'America/Denver',
    placeOfServiceCode: '11',
    rooms: ['Denver A', 'Denver B', 'Denver group room'],
  },
];

export const RIVERBEND_PAYERS = [
  { name: 'Blue Cross Blue Shield of Texas', payerCode: '84980', kind: PayerKind.COMMERCIAL, phone: '(800) 555-0111' },
  { name: 'Aetna', payerCode: '60054', kind: PayerKind.COMMERCIAL, phone: '(800) 555-0122' },
  { name: 'UnitedHealthcare', payerCode: '87726', kind: PayerKind.COMMERCIAL, phone: '(800) 555-0133' },
  { name: 'Medicare Part B (Novitas JH)', payerCode: '04412', kind: PayerKind.MEDICARE, phone: '(855) 555-0144' },
  { name: 'Texas Medicaid', payerCode: '617591011', kind: PayerKind.MEDICAID, phone: '(800) 555-0155' },
];

/** Common behavioral-health diagnoses (ICD-10-CM FY2026, billable). */
export const DIAGNOSES = [
  { code: 'F41.1', description: 'Generalized anxiety disorder' },
  { code: 'F32.1', description: 'Major depressive disorder, single episode, moderate' },
  { code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' },
  { code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
  { code: 'F43.23', description: 'Adjustment disorder with mixed anxiety and depressed mood' },
  { code: 'F40.10', description: 'Social phobia, unspecified' },
  { code: 'F41.0', description: 'Panic disorder [episodic paroxysmal anxiety]' },
  { code: 'F42.2', description: 'Mixed obsessional thoughts and acts' },
  { code: 'F90.0', description: 'Attention-deficit hyperactivity disorder, predominantly inattentive type' },
  { code: 'F34.1', description: 'Dysthymic disorder' },
  { code: 'F31.81', description: 'Bipolar II disorder' },
  { code: 'F60.3', description: 'Borderline personality disorder' },
  { code: 'Z63.0', description: 'Problems in relationship with spouse or partner' },
];

export const CLINICAL_NOTES = [
  'Meets criteria per structured interview; GAD-7 and PHQ-9 at intake support the formulation.',
  'Onset after a major life stressor; symptoms impair work and sleep. Monitor for recurrence.',
  'History reviewed with patient; rule out medical causes completed by PCP.',
  'Symptoms longstanding; treatment plan targets functioning at home and school.',
];

export const FIRST_NAMES = [
  'Avery',
  'Jordan',
  'Maya',
  'Liam',
  'Sofia',
  'Noah',
  'Isabella',
  'Ethan',
  'Amara',
  'Lucas',
  'Chloe',
  'Mateo',
  'Harper',
  'Elijah',
  'Zoe',
  'Gabriel',
  'Nora',
  'Caleb',
  'Leila',
  'Owen',
  'Hannah',
  'Diego',
  'Grace',
  'Julian',
  'Aaliyah',
  'Henry',
  'Camila',
  'Isaac',
  'Ruby',
  'Miles',
  'Ines',
  'Theo',
  'Layla',
  'Samir',
  'Freya',
  'Ezra',
  'Naomi',
  'Kai',
  'Vivian',
  'Rowan',
];
export const LAST_NAMES = [
  'Johnson',
  'Martinez',
  'Nguyen',
  'Patel',
  'Okafor',
  'Kim',
  'Garcia',
  'Thompson',
  'Rivera',
  'Chen',
  'Williams',
  'Hernandez',
  'Brown',
  'Lopez',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Moore',
  'Jackson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Ramirez',
  'Campbell',
  'Mitchell',
  'Roberts',
];
export const STREETS = [
  'Oak St',
  'Riverside Dr',
  'Congress Ave',
  'Cedar Ln',
  'Maple Ave',
  'Barton Springs Rd',
  'Elm St',
  'Lakeview Dr',
  'Colfax Ave',
  'Pine St',
];
/** Preferred names people actually go by, for the first names that have one. */
export const NICKNAMES: Record<string, string> = {
  Elijah: 'Eli',
  Gabriel: 'Gabe',
  Isabella: 'Bella',
  Samir: 'Sam',
  Julian: 'Jules',
  Vivian: 'Viv',
  Aaliyah: 'Ali',
  Mateo: 'Teo',
  Hannah: 'Annie',
  Camila: 'Cami',
};

/** Mostly English, as in a US practice with a bilingual clinician or two (cycled by patient index). */
export const LANGUAGES = ['English', 'English', 'Spanish', 'English', 'English', 'English', 'Vietnamese', 'English'];

export const REFERRAL_SOURCES = [
  'Self',
  'Primary care physician',
  'Insurance directory',
  'Self',
  'School counselor',
  'Friend or family',
  'Psychiatric hospital discharge',
];
