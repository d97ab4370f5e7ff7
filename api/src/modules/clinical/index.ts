export { Diagnosis, DiagnosisStatus } from './diagnosis.entity';
export { DiagnosisResolver, PatientDiagnosesResolver } from './diagnosis.resolver';
export { clinicalPermissions } from './clinical.permissions';
export { codeSetYearFor, fiscalYearOf, Icd10Code, lookupIcd10 } from './icd10-code-set';
export { NoteAddendum, NoteFormat, NoteStatus, ProgressNote } from './notes/progress-note.entity';
export { PatientProgressNotesResolver, ProgressNoteResolver } from './notes/progress-note.resolver';
export * as coding from './coding';
export * as measures from './measures';
export * as prescribing from './prescribing';
