// Reads the plan of prisma/seed/ke-hoach-2024.json into the mapper's input shape.
import { z } from 'zod';
import type { AnnualPlan, AnnualPlanSection } from './annualPlan.ts';

interface SeedSection {
  number: string;
  title: string | null;
  paragraphs: string[];
  children?: SeedSection[] | undefined;
}

const seedSection: z.ZodType<SeedSection> = z.lazy(() =>
  z.object({
    number: z.string(),
    title: z.string().nullable(),
    paragraphs: z.array(z.string()),
    children: z.array(seedSection).optional(),
  }),
);

const seedPlan = z.object({
  year: z.number().int(),
  title: z.string(),
  preamble: z.array(z.string()),
  sections: z.array(seedSection),
  closing: z.string(),
  recipients: z.array(z.object({ name: z.string(), purpose: z.string().optional() })),
  signature: z.object({ onBehalfOf: z.string().nullish(), title: z.string(), name: z.string() }),
});

const seedFile = z.object({
  school: z.object({ name: z.string(), district: z.string(), city: z.string().optional() }),
  plan: seedPlan,
});

export type SeedFile = z.infer<typeof seedFile>;

/** Parses the seed file's school and plan; throws a ZodError naming the bad keys when the file is malformed. */
export function parseSeedFile(json: unknown): { school: SeedFile['school']; plan: AnnualPlan } {
  const file = seedFile.parse(json);
  return { school: file.school, plan: { ...file.plan, sections: file.plan.sections.map(seedSectionToPlan) } };
}

/** One seed section with its list items restored (see below). */
export function seedSectionToPlan(section: SeedSection): AnnualPlanSection {
  // The seed keeps every text as a "paragraph", but the original plan wrote a section's text as a "- " list
  // whenever it had two or more items and as running text when it had one: that rule restores the original.
  const asList = section.paragraphs.length >= 2;
  return {
    number: section.number,
    title: section.title,
    paragraphs: asList ? [] : section.paragraphs,
    bullets: asList ? section.paragraphs : [],
    children: (section.children ?? []).map(seedSectionToPlan),
  };
}
