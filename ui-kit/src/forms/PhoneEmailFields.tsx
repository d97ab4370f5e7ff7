import { Fieldset, Grid, TextInput } from '@mantine/core';
import { autoCompleteFor, contactInputProps, type ContactFieldGroupProps } from './contactFieldGroup';
import type { PhoneEmailField } from './contactRules';

export type PhoneEmailFieldsProps = ContactFieldGroupProps<PhoneEmailField>;

/** Mobile phone, home phone and email (rules: `phoneEmailRules`). */
export function PhoneEmailFields({ autofill, legend = 'Phone and email', ...form }: PhoneEmailFieldsProps) {
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            type="tel"
            autoComplete={autoCompleteFor(autofill, 'tel')}
            {...contactInputProps(form, 'mobilePhone')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          {/* No token: "tel" would offer the mobile number here too. */}
          <TextInput type="tel" autoComplete={autoCompleteFor(autofill)} {...contactInputProps(form, 'homePhone')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            type="email"
            autoComplete={autoCompleteFor(autofill, 'email')}
            {...contactInputProps(form, 'email')}
          />
        </Grid.Col>
      </Grid>
    </Fieldset>
  );
}
