import type { Role } from '../gql/graphql';

/** The four frontends, by the path the API serves them under (`/frontdesk/`, ...). */
export type AppName = 'frontdesk' | 'clinician' | 'billing' | 'portal';

export const APP_NAMES: readonly AppName[] = ['frontdesk', 'clinician', 'billing', 'portal'];

/** Who uses which app (DESIGN.md "Identity and sessions"). A manager has two homes. */
export const APP_ROLES: Readonly<Record<AppName, readonly Role[]>> = {
  frontdesk: ['FRONT_DESK', 'PRACTICE_MANAGER'],
  clinician: ['CLINICIAN'],
  billing: ['BILLER', 'PRACTICE_MANAGER'],
  portal: ['PATIENT'],
};

export const APP_TITLES: Readonly<Record<AppName, string>> = {
  frontdesk: 'Front desk console',
  clinician: 'Clinician workspace',
  billing: 'Billing workbench',
  portal: 'Patient portal',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  FRONT_DESK: 'Front desk',
  CLINICIAN: 'Clinician',
  BILLER: 'Biller',
  PRACTICE_MANAGER: 'Practice manager',
  PATIENT: 'Patient',
};

/** Vite dev servers, one port per app (the API serves all four on one origin in production). */
export const APP_DEV_PORTS: Readonly<Record<AppName, number>> = {
  frontdesk: 5173,
  clinician: 5174,
  billing: 5175,
  portal: 5176,
};

export function canUseApp(app: AppName, roles: readonly Role[]): boolean {
  return roles.some((role) => APP_ROLES[app].includes(role));
}

/** The apps a user with these roles may open, in a stable order. */
export function appsForRoles(roles: readonly Role[]): AppName[] {
  return APP_NAMES.filter((app) => canUseApp(app, roles));
}

/**
 * Where an app lives. In production every app is served by the API on one origin, so the path is
 * enough; under the Vite dev servers each app has its own port (cookies are shared across ports).
 */
export function appHref(app: AppName): string {
  if (typeof window !== 'undefined') {
    const port = Number(window.location.port);
    if (Object.values(APP_DEV_PORTS).includes(port)) {
      return `${window.location.protocol}//${window.location.hostname}:${APP_DEV_PORTS[app]}/${app}/`;
    }
  }
  return `/${app}/`;
}

/** "Front desk console and Billing workbench" */
export function joinTitles(apps: readonly AppName[]): string {
  const titles = apps.map((app) => `the ${APP_TITLES[app]}`);
  if (titles.length <= 1) return titles[0] ?? '';
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** A role's label; also for role names that arrive as plain strings (audit events). */
export function roleLabel(role: string): string {
  return (ROLE_LABELS as Readonly<Record<string, string>>)[role] ?? role;
}
