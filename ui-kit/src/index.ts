// @handoff/ui-kit: what the four apps share. Consumed as TypeScript source by each app's Vite build.

// Apps and roles
export {
  APP_DEV_PORTS,
  APP_NAMES,
  APP_ROLES,
  APP_TITLES,
  ROLE_LABELS,
  appHref,
  appsForRoles,
  canUseApp,
  joinTitles,
  roleLabel,
  type AppName,
} from './apps/apps';

// Apollo
export {
  closeSubscriptions,
  createApolloClient,
  type CreateApolloClientOptions,
  type HandoffOperationContext,
} from './apollo/createApolloClient';
export { getLastApiActivity, recordApiActivity, subscribeApiActivity } from './apollo/apiActivity';
export {
  blockingErrors,
  errorCodeOf,
  fieldAccess,
  hasErrorCode,
  invalidFields,
  userMessage,
  type ApiErrorCode,
  type FieldAccess,
  type ResponsePath,
} from './apollo/errors';

// Session and auth
export { useViewer, ViewerQueryDocument, type Viewer } from './session/useViewer';
export { useSignOut } from './session/useSignOut';
export { endSession, LogoutMutationDocument, type EndSessionOptions } from './session/endSession';
export { useSessionState } from './session/useSessionState';
export { IdleTimeoutWarning, IDLE_WARNING_SECONDS, type IdleTimeoutWarningProps } from './session/IdleTimeoutWarning';
export { LoginPage, LoginMutationDocument, type LoginPageProps } from './auth/LoginPage';
export { RequireRole, type RequireRoleProps } from './auth/RequireRole';
export { RoleGate, type RoleGateProps } from './auth/RoleGate';
export { WrongAppPage, type WrongAppPageProps } from './auth/WrongAppPage';

// Providers, theme, layout
export { AppProviders, FORBIDDEN_MESSAGE, type AppProvidersProps } from './providers/AppProviders';
export { handoffTheme } from './theme/theme';
export { AppShell, type AppShellNavItem, type AppShellProps } from './layout/AppShell';
export { BrandMark, type BrandMarkProps } from './layout/BrandMark';
export { FullPageLoader, PageLoader } from './layout/FullPageLoader';
export { NotFoundPage, type NotFoundPageProps } from './layout/NotFoundPage';
export { PageHeader, type PageHeaderProps } from './layout/PageHeader';
export { UserMenu, type UserMenuProps } from './layout/UserMenu';

// Presentational components
export { ChoiceChips, type ChoiceChipsOption, type ChoiceChipsProps } from './components/ChoiceChips';
export { ConfirmButton, type ConfirmButtonProps } from './components/ConfirmButton';
export { DataTable, type DataTableColumn, type DataTableProps } from './components/DataTable';
export { DateText, type DateTextProps } from './components/DateText';
export { DetailList, type DetailItem, type DetailListProps } from './components/DetailList';
export { EmptyState, type EmptyStateProps } from './components/EmptyState';
export { Money, type MoneyProps } from './components/Money';
export { QueryError, type QueryErrorProps } from './components/QueryError';
export { NOT_VISIBLE_TO_ROLE, RestrictedValue, type RestrictedValueProps } from './components/RestrictedValue';
export { SectionCard, type SectionCardProps } from './components/SectionCard';

// Patient contact details: rules, conversions and inputs shared by every form that edits them
export {
  ADDRESS_FIELDS,
  CONTACT_LABELS,
  EMERGENCY_CONTACT_FIELDS,
  addressInput,
  addressRules,
  addressValues,
  contactRules,
  emergencyContactInput,
  emergencyContactRules,
  emergencyContactValues,
  isEmailAddress,
  isPhoneNumber,
  optionalEmail,
  optionalPhone,
  optionalText,
  phoneEmailRules,
  requireWholeAddress,
  requireWholeEmergencyContact,
  type AddressField,
  type AddressValues,
  type ContactField,
  type EmergencyContact,
  type EmergencyContactField,
  type EmergencyContactValues,
  type PhoneEmailField,
  type PostalAddress,
} from './forms/contactRules';
export { type ContactFieldGroupProps } from './forms/contactFieldGroup';
export { AddressFields, type AddressFieldsProps } from './forms/AddressFields';
export { EmergencyContactFields, type EmergencyContactFieldsProps } from './forms/EmergencyContactFields';
export { PhoneEmailFields, type PhoneEmailFieldsProps } from './forms/PhoneEmailFields';

// Formatting
export {
  ageInYears,
  formatCents,
  formatCountdown,
  formatDate,
  formatDateTime,
  formatDuration,
  humanizeEnum,
  patientDisplayName,
} from './format/format';

// Notifications (so apps need not depend on @mantine/notifications themselves)
export { notifications } from '@mantine/notifications';

// A facility's clock
export {
  dateKeyOf,
  formatDay,
  formatShortDay,
  formatTime,
  formatTimeRange,
  fromWall,
  minutesBetween,
  parseDateKey,
  timeKeyOf,
  todayKey,
  toWall,
  wallToIso,
  zoneHint,
  zoneName,
} from './format/zonedTime';
