export { AuditResolver } from './audit.resolver';
export { practicePermissions } from './practice.permissions';
