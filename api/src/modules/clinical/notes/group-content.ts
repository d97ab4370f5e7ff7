import type { GroupSharedContent } from './group-note.entity';
import type { NoteContent } from './note-content';

/**
 * A group member's note as it reads in their chart: their own part with the session's shared part
 * (times, modality, topic, the clinician's interventions, the narrative). The shared part wins
 * where both speak, since it is the one record of the session; interventions are the group's plus
 * any the clinician used with this member alone.
 */
export function withGroupShared(member: NoteContent, shared: GroupSharedContent): NoteContent {
  const interventions = [...new Set([...(shared.interventions ?? []), ...(member.interventions ?? [])])];
  const interventionNotes = [shared.interventionNotes?.trim(), member.interventionNotes?.trim()].filter(Boolean);
  return {
    ...member,
    sessionStart: shared.sessionStart ?? null,
    sessionEnd: shared.sessionEnd ?? null,
    modality: shared.modality ?? null,
    groupTopic: shared.topic ?? null,
    groupNarrative: shared.narrative ?? null,
    interventions,
    interventionNotes: interventionNotes.length > 0 ? interventionNotes.join('\n') : null,
  };
}

/** The shared fields a member's own save may not set: they belong to the group note. */
export function withoutGroupShared(member: NoteContent): NoteContent {
  const { sessionStart: _s, sessionEnd: _e, modality: _m, groupTopic: _t, groupNarrative: _n, ...own } = member;
  return own;
}
