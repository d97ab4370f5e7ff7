import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { QuantityUnit } from '../../../gql/graphql';
import { FormErrorAlert } from './FormErrorAlert';
import type { PrescriptionValues } from './prescriptionDraft';

const UNIT_OPTIONS: { value: QuantityUnit; label: string }[] = [
  { value: 'TABLET', label: 'Tablets' },
  { value: 'CAPSULE', label: 'Capsules' },
  { value: 'MILLILITER', label: 'mL' },
];

export interface PrescriptionFormProps {
  values: PrescriptionValues;
  onChange: (values: PrescriptionValues) => void;
  onSubmit: () => void;
  checking: boolean;
  /** The API's message, and the field it names (e.g. a drug not in the formulary). */
  error: string | null;
  fieldErrors: Record<string, string>;
}

/**
 * The prescription as written. There is no formulary search in the API yet, so the drug is typed:
 * only formulary drugs can be drafted, and the API says so when one is not.
 */
export function PrescriptionForm({ values, onChange, onSubmit, checking, error, fieldErrors }: PrescriptionFormProps) {
  const text = (name: keyof PrescriptionValues) => ({
    value: values[name] as string,
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ ...values, [name]: event.currentTarget.value }),
  });
  const number = (name: 'quantity' | 'refills' | 'daysSupply') => ({
    value: values[name],
    onChange: (value: number | string) => onChange({ ...values, [name]: value }),
  });

  return (
    <form
      aria-label="Prescription"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label="Drug"
            required
            description="Formulary name, e.g. sertraline"
            error={fieldErrors['drug']}
            {...text('drug')}
          />
          <TextInput
            label="Strength"
            required
            placeholder="50 mg"
            error={fieldErrors['strength']}
            {...text('strength')}
          />
          <TextInput label="Dose form" placeholder="tablet" {...text('form')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <NumberInput label="Quantity" required min={0} max={100000} decimalScale={2} {...number('quantity')} />
          <Select
            label="Unit"
            data={UNIT_OPTIONS}
            value={values.unit}
            allowDeselect={false}
            onChange={(value) => onChange({ ...values, unit: (value as QuantityUnit | null) ?? values.unit })}
          />
          <NumberInput label="Refills" required min={0} max={99} allowDecimal={false} {...number('refills')} />
          <NumberInput label="Days supply" required min={1} max={365} allowDecimal={false} {...number('daysSupply')} />
        </SimpleGrid>
        <Textarea
          label="Directions (sig)"
          required
          autosize
          minRows={2}
          placeholder="Take 1 tablet by mouth once daily"
          error={fieldErrors['sig']}
          {...text('sig')}
        />
        <Checkbox
          label="Dispense as written (no substitution)"
          checked={values.dispenseAsWritten}
          onChange={(event) => onChange({ ...values, dispenseAsWritten: event.currentTarget.checked })}
        />
        <Fieldset legend="Pharmacy" variant="filled">
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput label="Pharmacy name" required maxLength={35} {...text('pharmacyName')} />
              <TextInput
                label="Pharmacy NCPDP ID"
                required
                description="Seven digits"
                inputMode="numeric"
                pattern="\d{7}"
                maxLength={7}
                {...text('pharmacyNcpdpId')}
              />
            </SimpleGrid>
            <TextInput label="Pharmacy address" maxLength={40} {...text('pharmacyAddressLine1')} />
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
              <TextInput label="City" maxLength={40} {...text('pharmacyCity')} />
              <TextInput label="State" maxLength={2} placeholder="CA" {...text('pharmacyState')} />
              <TextInput label="ZIP code" maxLength={10} {...text('pharmacyPostalCode')} />
              <TextInput label="Pharmacy phone" type="tel" {...text('pharmacyPhone')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <FormErrorAlert message={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={checking}>
            Check interactions
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
