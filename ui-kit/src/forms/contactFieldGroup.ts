import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { CONTACT_LABELS, type ContactField } from './contactRules';

/**
 * Props of a group of contact inputs. Typed by the fields the group shows, so any react-hook-form
 * form whose values include them can pass its own `register` and `formState.errors` as they are.
 */
export interface ContactFieldGroupProps<F extends ContactField> {
  register: (name: F) => UseFormRegisterReturn;
  errors: Partial<Record<F, { message?: string } | undefined>>;
  /**
   * 'off' where staff type someone else's details (the browser would offer their own);
   * 'on' where patients type their own, with the standard autocomplete tokens.
   */
  autofill: 'on' | 'off';
  legend?: ReactNode;
}

/** Label, registration and error message of one input in the group. */
export function contactInputProps<F extends ContactField>(
  { register, errors }: Pick<ContactFieldGroupProps<F>, 'register' | 'errors'>,
  name: F,
) {
  return { label: CONTACT_LABELS[name], ...register(name), error: errors[name]?.message };
}

/** The autocomplete attribute: the token when autofill is on, else "off". */
export function autoCompleteFor(autofill: 'on' | 'off', token?: string): string | undefined {
  return autofill === 'on' ? token : 'off';
}
