// Vietnamese messages: the initiative scheme's yearly settings, conflicts on the assignment page, the initiative
// council's composition, scoring reminders and the proposal to the upper level.
export const initiativeSettings = {
  'conflictKind.author': 'tác giả',
  'conflictKind.same_collective': 'cùng tổ với tác giả',
  'conflictKind.recused': 'đã xin không chấm',
  'initiativeSettings.conflictsHeading': 'Xung đột lợi ích',
  'initiativeSettings.excluded': 'không được phân công',
  'initiativeSettings.flaggedOnly': 'được đánh dấu, vẫn có thể phân công',
  'initiativeSettings.alreadyAssigned': 'đã được phân công',
  'initiativeSettings.sameCollectiveExcluded': 'Năm học này loại trừ thành viên cùng tổ với tác giả.',
  'initiativeSettings.sameCollectiveFlagged': 'Năm học này chỉ đánh dấu, không loại trừ thành viên cùng tổ với tác giả.',
};
