import type { ChecklistSection, SectionNotes } from './api';

/** The start form's field for each checklist section (the API's sectionNotes property). */
export const NOTE_FIELD: Record<ChecklistSection['kind'], keyof SectionNotes> = {
  GOALS: 'goals',
  KEY_CONTACTS: 'keyContacts',
  OPEN_FOLLOW_UPS: 'openFollowUps',
  OPEN_OPPORTUNITIES: 'openOpportunities',
  RISKS: 'risks',
};

/** Only the sections something was added to; blank text is not sent. */
export function toSectionNotes(values: Partial<Record<keyof SectionNotes, string>>): SectionNotes | undefined {
  const notes: SectionNotes = {};
  (Object.keys(values) as (keyof SectionNotes)[]).forEach((k) => {
    const text = values[k]?.trim();
    if (text) notes[k] = text;
  });
  return Object.keys(notes).length ? notes : undefined;
}
