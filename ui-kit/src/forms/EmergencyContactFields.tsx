import { Fieldset, Grid, TextInput } from '@mantine/core';
import { autoCompleteFor, contactInputProps, type ContactFieldGroupProps } from './contactFieldGroup';
import type { EmergencyContactField } from './contactRules';

export interface EmergencyContactFieldsProps extends ContactFieldGroupProps<EmergencyContactField> {
  /** Shown under the relationship input, e.g. "e.g. Spouse, Parent, Friend". */
  relationshipHint?: string;
}

/** Whom to call in an emergency (rules: `emergencyContactRules` and `requireWholeEmergencyContact`). */
export function EmergencyContactFields({
  autofill,
  legend = 'Emergency contact',
  relationshipHint,
  ...form
}: EmergencyContactFieldsProps) {
  // No autocomplete tokens even with autofill on: they would offer the patient's own name and number.
  const autoComplete = autoCompleteFor(autofill);
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput autoComplete={autoComplete} {...contactInputProps(form, 'emergencyName')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput
            description={relationshipHint}
            autoComplete={autoComplete}
            {...contactInputProps(form, 'emergencyRelationship')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput type="tel" autoComplete={autoComplete} {...contactInputProps(form, 'emergencyPhone')} />
        </Grid.Col>
      </Grid>
    </Fieldset>
  );
}
