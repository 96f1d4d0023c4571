// The stored content of a báo cáo thành tích (AchievementReport.content), read back checked rather than cast.
import { z } from 'zod';

export const achievementContentSchema = z.object({
  birthDate: z.string().max(20).default(''),
  gender: z.string().max(20).default(''),
  hometown: z.string().max(300).default(''),
  qualification: z.string().max(300).default(''),
  duties: z.string().max(4000).default(''),
  achievements: z.array(z.string().max(4000)).max(50).default([]),
  situation: z.string().max(8000).optional(),
});

export type AchievementContent = z.infer<typeof achievementContentSchema>;

/** The stored content, or null when the JSON does not have the expected shape. */
export function readAchievementContent(json: unknown): AchievementContent | null {
  const parsed = achievementContentSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
