import { PageHeader } from '@handoff/ui-kit';

/** New patient intake, step by step (being built). */
export function IntakeWizardPage() {
  return <PageHeader title="New patient" description="Intake" />;
}
