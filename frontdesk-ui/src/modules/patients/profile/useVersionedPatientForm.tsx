import { useMutation } from '@apollo/client/react';
import { invalidFields, notifications, userMessage } from '@handoff/ui-kit';
import { useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { UpdatePatientInput } from '../../../gql/graphql';
import { changedKeys, isStaleVersion, mergeOnto, type EditableValues, type VersionedValues } from './versionedEdit';

// Returns every section that shows these fields, so the page updates from the answer alone.
const ProfileUpdatePatientMutation = graphql(`
  mutation ProfileUpdatePatient($id: ID!, $input: UpdatePatientInput!) {
    updatePatient(id: $id, input: $input) {
      id
      version
      status
      legalFirstName
      legalLastName
      preferredName
      pronouns
      dateOfBirth
      ...PatientDemographics_patient
      ...GuarantorCard_patient
      ...PortalCard_patient
    }
  }
`);

export type PatientChanges = Omit<UpdatePatientInput, 'version'>;

export type EditState<V extends EditableValues> =
  | { kind: 'editing' }
  /** The save was refused because someone else saved first; nothing was written. */
  | { kind: 'stale' }
  /** The latest record is loaded with the user's changes re-applied: review, then save again. */
  | { kind: 'reloaded'; taken: (keyof V)[]; overridden: (keyof V)[] }
  | { kind: 'error'; message: string };

export interface UseVersionedPatientFormOptions<V extends EditableValues> {
  patientId: string;
  /** The values and version the editor opened with. */
  start: VersionedValues<V>;
  form: UseFormReturn<V>;
  /** Only the changed fields, as UpdatePatientInput (grouped fields such as the address go together). */
  toInput: (values: V, changed: ReadonlySet<keyof V>) => PatientChanges;
  /** Fetches the record again from the server; resolves to its values and version now. */
  reloadLatest: () => Promise<VersionedValues<V> | null>;
  /** Input names the API may reject that are not form fields (address → line1). */
  fieldAliases?: Readonly<Record<string, FieldPath<V>>>;
  /** The record's version now (kept fresh by the patientUpdated subscription): warns before a doomed save. */
  liveVersion?: number;
  /** Said in the toast when saved, e.g. "Contact details saved". */
  savedMessage: string;
  onSaved: () => void;
}

/**
 * Save and conflict handling for a patient edit form. The version sent is the one the editor
 * started from — never the live one the patientUpdated subscription keeps fresh in the cache —
 * so a concurrent save is caught by the API instead of silently overwritten.
 */
export function useVersionedPatientForm<V extends EditableValues>(options: UseVersionedPatientFormOptions<V>) {
  const { patientId, form, toInput, reloadLatest, fieldAliases, savedMessage, onSaved } = options;
  const [updatePatient, { loading: saving }] = useMutation(ProfileUpdatePatientMutation);
  const [base, setBase] = useState(options.start);
  const [state, setState] = useState<EditState<V>>({ kind: 'editing' });
  const [reloading, setReloading] = useState(false);

  async function save(values: V) {
    const changed = changedKeys(base.values, values);
    if (changed.size === 0) {
      onSaved();
      return;
    }
    const { data, error } = await updatePatient({
      variables: { id: patientId, input: { version: base.version, ...toInput(values, changed) } },
    });
    if (data?.updatePatient) {
      notifications.show({ color: 'teal', message: savedMessage });
      onSaved();
      return;
    }
    if (isStaleVersion(error)) {
      setState({ kind: 'stale' });
      return;
    }
    const invalid = invalidFields(error);
    for (const [field, message] of Object.entries(invalid)) {
      const target = fieldAliases?.[field] ?? (field in values ? (field as FieldPath<V>) : null);
      if (target) form.setError(target, { message });
    }
    setState({ kind: 'error', message: userMessage(error) });
  }

  /** Loads the latest record and puts the user's own changes back on top of it. */
  async function reload() {
    setReloading(true);
    try {
      const latest = await reloadLatest();
      if (!latest) {
        setState({ kind: 'error', message: 'The latest record could not be loaded. Try again.' });
        return;
      }
      const { merged, taken, overridden } = mergeOnto(latest.values, base.values, form.getValues());
      form.reset(merged);
      setBase(latest);
      setState({ kind: 'reloaded', taken, overridden });
    } catch (error) {
      setState({ kind: 'error', message: userMessage(error as Error) });
    } finally {
      setReloading(false);
    }
  }

  // Someone else saved while this editor is open: saving now would be refused, so say so up front.
  const outdated = options.liveVersion !== undefined && options.liveVersion > base.version;

  return { base, state, outdated, saving, reloading, save, reload };
}
