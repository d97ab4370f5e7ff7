import { PageHeader, formatDate } from '@handoff/ui-kit';
import { Alert, Badge, Box, Grid, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { NoteEditor_NoteFragment } from '../../../gql/graphql';
import { useNoteAutosave } from '../hooks/useNoteAutosave';
import type { NoteVocabulary } from '../hooks/useNoteVocabulary';
import { FollowUpScheduler } from './FollowUpScheduler';
import { GoalsSection } from './GoalsSection';
import { GroupSessionNotice } from './GroupSessionNotice';
import { InterventionsSection } from './InterventionsSection';
import { MentalStatusSection } from './MentalStatusSection';
import { NoteConflictAlert } from './NoteConflictAlert';
import { IntakeSection } from './IntakeSection';
import { INTAKE_SERVICES, SERVICE_LABELS } from './noteLabels';
import { NotePreview } from './NotePreview';
import { PlanSection } from './PlanSection';
import { PresentationSection } from './PresentationSection';
import { RiskSection } from './RiskSection';
import { SaveStatusText } from './SaveStatusText';
import { SessionSection } from './SessionSection';
import { SignNotePanel } from './SignNotePanel';

export interface NoteDraftEditorProps {
  note: NoteEditor_NoteFragment;
  vocabulary: NoteVocabulary;
  /** Above the title, e.g. the back link. */
  before?: ReactNode;
}

/**
 * The draft progress note: the structured sections on the left, the rendered note and the
 * signing checklist beside them. Everything typed is autosaved (see useNoteAutosave).
 */
export function NoteDraftEditor({ note, vocabulary, before }: NoteDraftEditorProps) {
  const autosave = useNoteAutosave(note);
  const { draft, update, settings, state } = autosave;
  const sectionProps = { draft, onChange: update, vocabulary };

  const prepare = async () => ((await autosave.flush()) ? autosave.currentVersion() : null);

  return (
    <>
      <PageHeader
        before={before}
        title="Progress note"
        badge={<Badge color="yellow">Draft</Badge>}
        description={`${formatDate(note.dateOfService)} · ${SERVICE_LABELS[settings.service]}`}
        actions={<SaveStatusText state={state} />}
      />
      <Stack gap="md">
        {state.kind === 'conflict' ? <NoteConflictAlert onResolve={autosave.resolveConflict} /> : null}
        {state.kind === 'error' ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
            Not saved: {state.message} Your text is kept; the next change saves again.
          </Alert>
        ) : null}
        <Grid gap="md">
          {/* Leaving any field saves at once; typing saves after a pause. */}
          <Grid.Col span={{ base: 12, lg: 7 }} onBlur={() => void autosave.flush()}>
            <Stack gap="md" component="form" aria-label="Progress note" onSubmit={(e) => e.preventDefault()}>
              {note.groupNoteId ? null : (
                <SessionSection
                  {...sectionProps}
                  service={settings.service}
                  onServiceChange={(service) => autosave.updateSettings({ service })}
                  dateOfService={note.dateOfService}
                  timeZone={note.timeZone}
                />
              )}
              {INTAKE_SERVICES.includes(settings.service) ? <IntakeSection draft={draft} onChange={update} /> : null}
              <PresentationSection {...sectionProps} />
              <MentalStatusSection {...sectionProps} />
              <RiskSection {...sectionProps} />
              <InterventionsSection {...sectionProps} />
              <GoalsSection {...sectionProps} />
              <PlanSection
                draft={draft}
                onChange={update}
                followUp={
                  note.appointmentId && !note.groupNoteId ? (
                    <FollowUpScheduler
                      noteId={note.id}
                      dateOfService={note.dateOfService}
                      timeZone={note.timeZone}
                      sessionStart={draft.sessionStart}
                      sessionEnd={draft.sessionEnd}
                      applyServerChange={autosave.applyServerChange}
                    />
                  ) : null
                }
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Box pos="sticky" top={68}>
              <Stack gap="md">
                {note.groupNoteId ? (
                  <GroupSessionNotice groupNoteId={note.groupNoteId} />
                ) : (
                  <SignNotePanel noteId={note.id} missing={note.missingForSignature} prepare={prepare} />
                )}
                <NotePreview
                  noteId={note.id}
                  title="Preview"
                  format={settings.format}
                  onFormatChange={(format) => autosave.updateSettings({ format })}
                />
              </Stack>
            </Box>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
