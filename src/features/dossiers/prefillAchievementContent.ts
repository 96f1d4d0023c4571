// The first draft of a báo cáo thành tích from the records: profile from the staff directory, duties from the
// position, achievements from the nomination's summary. The nominee edits it; the chair confirms it.
import type { AchievementContent } from './achievementReportContent.ts';

const GENDER: Record<string, string> = { female: 'Nữ', male: 'Nam' };

/** The pre-filled content for a staff member's nomination (a collective gets its situation instead of a profile). */
export function prefillAchievementContent(
  staff: { birthDate: Date | null; gender: string; qualification: string | null; position: string } | null,
  nomination: { summary: string },
  collectiveName?: string,
): AchievementContent {
  const birth = staff?.birthDate;
  return {
    birthDate: birth ? `${String(birth.getUTCDate()).padStart(2, '0')}/${String(birth.getUTCMonth() + 1).padStart(2, '0')}/${birth.getUTCFullYear()}` : '',
    gender: staff ? (GENDER[staff.gender] ?? '') : '',
    hometown: '',
    qualification: staff?.qualification ?? '',
    duties: staff ? `${staff.position}; thực hiện nhiệm vụ được phân công trong năm học.` : '',
    achievements: nomination.summary ? [nomination.summary] : [],
    ...(collectiveName ? { situation: `${collectiveName}: đặc điểm, tình hình, nhiệm vụ được giao trong năm học.` } : {}),
  };
}
