import { Fieldset, Grid, TextInput } from '@mantine/core';
import { autoCompleteFor, contactInputProps, type ContactFieldGroupProps } from './contactFieldGroup';
import type { AddressField } from './contactRules';

export type AddressFieldsProps = ContactFieldGroupProps<AddressField>;

/** A US postal address (rules: `addressRules` and `requireWholeAddress`). */
export function AddressFields({ autofill, legend = 'Address', ...form }: AddressFieldsProps) {
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput autoComplete={autoCompleteFor(autofill, 'address-line1')} {...contactInputProps(form, 'line1')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput autoComplete={autoCompleteFor(autofill, 'address-line2')} {...contactInputProps(form, 'line2')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput autoComplete={autoCompleteFor(autofill, 'address-level2')} {...contactInputProps(form, 'city')} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <TextInput
            maxLength={2}
            autoComplete={autoCompleteFor(autofill, 'address-level1')}
            {...contactInputProps(form, 'state')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput
            inputMode="numeric"
            autoComplete={autoCompleteFor(autofill, 'postal-code')}
            {...contactInputProps(form, 'postalCode')}
          />
        </Grid.Col>
      </Grid>
    </Fieldset>
  );
}
