// Exemplar rows → what the pages print: the subject's name whichever kind it is, the story as paragraphs, the year.

type Subject = { subjectName: string | null; staff: { fullName: string } | null; collective: { name: string } | null };

/** The name of the person or collective the exemplar is about. */
export function subjectOf(e: Subject): string {
  return e.staff?.fullName ?? e.collective?.name ?? e.subjectName ?? '';
}

/** The story split into paragraphs (blank lines) and lines (printed with <br> by the view, never as HTML). */
export function paragraphsOf(story: string): string[][] {
  return story.split(/\n{2,}/).map((p) => p.split('\n'));
}

/** The first `max` characters of the story on one line, for a list. */
export function excerptOf(story: string, max = 240): string {
  const flat = story.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max).replace(/\s+\S*$/, '')}…` : flat;
}

/** "2024-2025". */
export function yearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** The form's values for an existing exemplar (the subject radio chosen from the filled column). */
export function formValuesOf(e: {
  kind: string;
  staffId: string | null;
  collectiveId: string | null;
  subjectName: string | null;
  title: string;
  story: string;
  deedOn: Date | null;
}): Record<string, string> {
  return {
    kind: e.kind,
    subjectType: e.staffId ? 'staff' : e.collectiveId ? 'collective' : 'name',
    staffId: e.staffId ?? '',
    collectiveId: e.collectiveId ?? '',
    subjectName: e.subjectName ?? '',
    title: e.title,
    story: e.story,
    deedOn: e.deedOn ? e.deedOn.toISOString().slice(0, 10) : '',
  };
}
