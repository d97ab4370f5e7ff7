import { ChoiceChips, SectionCard } from '@handoff/ui-kit';
import {
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { NoteService } from '../../../gql/graphql';
import { EM_SERVICES, SERVICE_LABELS, SERVICE_ORDER } from './noteLabels';
import { ModalityRadio, SessionTimeInputs } from './SessionTimingFields';
import { chipOptions, type NoteSectionProps } from './noteSectionProps';

export interface SessionSectionProps extends NoteSectionProps {
  service: NoteService;
  onServiceChange: (service: NoteService) => void;
  dateOfService: string;
  /** The note's zone: session times are on the facility's clock. */
  timeZone: string;
}

/**
 * The billing header of the note: what the session was, when, how and where, and who was there.
 * Times drive the CPT code (psychotherapy minutes), modality and place drive the POS and modifiers.
 */
export function SessionSection({
  draft,
  onChange,
  vocabulary,
  service,
  onServiceChange,
  dateOfService,
  timeZone,
}: SessionSectionProps) {
  const remote = !!draft.modality && draft.modality !== 'IN_PERSON';

  return (
    <SectionCard title="Session">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Service"
            data={(SERVICE_ORDER.includes(service) ? SERVICE_ORDER : [service, ...SERVICE_ORDER]).map((value) => ({
              value,
              label: SERVICE_LABELS[value],
            }))}
            value={service}
            onChange={(value) => {
              if (value) onServiceChange(value as NoteService);
            }}
            allowDeselect={false}
          />
          <SessionTimeInputs times={draft} dateOfService={dateOfService} timeZone={timeZone} onChange={onChange} />
        </SimpleGrid>

        <ModalityRadio value={draft.modality} onChange={(modality) => onChange({ modality })} />

        {remote ? (
          <Stack gap="xs" pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
            <Radio.Group
              label="Where was the patient?"
              description="At home bills place of service 10; elsewhere 02."
              value={draft.patientAtHome === true ? 'home' : draft.patientAtHome === false ? 'elsewhere' : ''}
              onChange={(value) => onChange({ patientAtHome: value === 'home' })}
            >
              <Group gap="lg" mt={4}>
                <Radio value="home" label="At home" />
                <Radio value="elsewhere" label="Elsewhere" />
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Patient location"
                placeholder="City and state, or a description"
                value={draft.patientLocation ?? ''}
                onChange={(event) => onChange({ patientLocation: event.currentTarget.value })}
              />
              <TextInput
                label="Your location"
                value={draft.providerLocation ?? ''}
                onChange={(event) => onChange({ providerLocation: event.currentTarget.value })}
              />
            </SimpleGrid>
            <Checkbox
              label="The patient consented to telehealth"
              checked={draft.telehealthConsent === true}
              onChange={(event) => onChange({ telehealthConsent: event.currentTarget.checked })}
            />
            {draft.modality === 'AUDIO_ONLY' ? (
              <TextInput
                label="Why audio only"
                description="Payers require the reason video was not used."
                value={draft.audioOnlyReason ?? ''}
                onChange={(event) => onChange({ audioOnlyReason: event.currentTarget.value })}
              />
            ) : null}
          </Stack>
        ) : null}

        <ChoiceChips
          label="Participants"
          options={chipOptions(vocabulary.options('participants'))}
          value={draft.participants ?? []}
          onChange={(participants) => onChange({ participants })}
        />
        <TextInput
          label="Participant details"
          placeholder="Names or relationships of others present"
          value={draft.participantNotes ?? ''}
          onChange={(event) => onChange({ participantNotes: event.currentTarget.value })}
        />

        <Select
          label="Interactive complexity"
          description="Documents the reason for add-on code +90785, when it applies."
          placeholder="Not applicable"
          data={chipOptions(vocabulary.options('interactiveComplexity'))}
          value={draft.interactiveComplexity ?? null}
          onChange={(value) => onChange({ interactiveComplexity: value })}
          clearable
        />
        {draft.interactiveComplexity ? (
          <Textarea
            label="Interactive complexity details"
            autosize
            minRows={1}
            value={draft.interactiveComplexityNotes ?? ''}
            onChange={(event) => onChange({ interactiveComplexityNotes: event.currentTarget.value })}
          />
        ) : null}

        {EM_SERVICES.includes(service) ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Evaluation and management
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput
                label="E/M minutes"
                description="Excluding psychotherapy time"
                min={0}
                value={draft.emMinutes ?? ''}
                onChange={(value) => onChange({ emMinutes: typeof value === 'number' ? value : null })}
              />
              <Select
                label="Medical decision making"
                data={[
                  { value: '2', label: 'Straightforward (2)' },
                  { value: '3', label: 'Low (3)' },
                  { value: '4', label: 'Moderate (4)' },
                  { value: '5', label: 'High (5)' },
                ]}
                value={draft.mdmLevel ? String(draft.mdmLevel) : null}
                onChange={(value) => onChange({ mdmLevel: value ? Number(value) : null })}
                clearable
              />
            </SimpleGrid>
          </Stack>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
