export { AuditResolver } from './audit.resolver';
export { practicePermissions } from './practice.permissions';
export { PracticeSettings, PracticeSettingsResolver } from './practice-settings.resolver';
