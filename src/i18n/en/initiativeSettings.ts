// English messages: the initiative scheme's yearly settings, conflicts on the assignment page, the initiative
// council's composition, scoring reminders and the proposal to the upper level.
export const initiativeSettings = {
  'conflictKind.author': 'author',
  'conflictKind.same_collective': 'same group as an author',
  'conflictKind.recused': 'recused',
  'initiativeSettings.conflictsHeading': 'Conflicts of interest',
  'initiativeSettings.excluded': 'cannot be assigned',
  'initiativeSettings.flaggedOnly': 'flagged, may still be assigned',
  'initiativeSettings.alreadyAssigned': 'already assigned',
  'initiativeSettings.sameCollectiveExcluded': 'This year, members of an author’s group are excluded.',
  'initiativeSettings.sameCollectiveFlagged': 'This year, members of an author’s group are flagged, not excluded.',
};
