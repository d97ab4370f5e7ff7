export { Diagnosis, DiagnosisStatus } from './diagnosis.entity';
export { PatientDiagnosesResolver } from './diagnosis.resolver';
