import { PageHeader } from '@handoff/ui-kit';

/** The practice manager's scheduling and financial-policy settings (being built). */
export function SettingsPage() {
  return <PageHeader title="Settings" description="Facilities, rooms, appointment types, hours, time off, fees" />;
}
