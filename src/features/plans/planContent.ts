// The stored shape of a plan, validated whenever it is read back from JSON. Every JSON column carries a format
// version (src/db/json/versionedJson.ts): Plan.content is `{ version: 1, ... }`, the lists are `{ version: 1, items }`.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { AnnualPlanSection } from '../../documents/annualPlan.ts';
import { listJson, versionedList, versionOne } from '../../db/json/versionedJson.ts';

const section: z.ZodType<AnnualPlanSection> = z.lazy(() =>
  z.object({
    number: z.string(),
    title: z.string().nullable(),
    paragraphs: z.array(z.string()),
    bullets: z.array(z.string()).optional(),
    children: z.array(section).optional(),
  }),
);

export const planContentSchema = z.object({
  preamble: z.array(z.string()),
  sections: z.array(section),
  closing: z.string(),
  recipients: z.array(z.object({ name: z.string(), purpose: z.string().optional() })),
  signature: z.object({ onBehalfOf: z.string().nullable().optional(), title: z.string(), name: z.string() }),
});
export type PlanContent = z.infer<typeof planContentSchema>;

export const basedOnSchema = z.array(
  z.object({ number: z.string().nullable(), date: z.string().nullable(), issuer: z.string().nullable(), title: z.string() }),
);
export type BasedOn = z.infer<typeof basedOnSchema>;

export const anniversariesSchema = z.array(
  z.object({ name: z.string(), date: z.string().nullable(), since: z.string().nullable().optional(), years: z.number().nullable().optional() }),
);
export type Anniversaries = z.infer<typeof anniversariesSchema>;

export const roleDutiesSchema = z.array(z.object({ role: z.string(), heading: z.string(), duties: z.array(z.string()) }));
export type RoleDuties = z.infer<typeof roleDutiesSchema>;

/** Plan.content as stored (version 1). */
export const storedPlanContentSchema = planContentSchema.extend({ version: versionOne });
const storedBasedOn = versionedList(basedOnSchema.element);
const storedAnniversaries = versionedList(anniversariesSchema.element);
const storedRoleDuties = versionedList(roleDutiesSchema.element);

/** Plan.content read from its column. */
export function readPlanContent(value: unknown): PlanContent {
  const { version: _version, ...content } = storedPlanContentSchema.parse(value);
  return content;
}

const json = (v: unknown) => v as Prisma.InputJsonValue;
/** Plan.content as written (version 1). */
export const planContentJson = (content: PlanContent) => json({ version: 1, ...content });
/** A list column of a plan (basedOn, anniversaries, roleDuties) as written (version 1). */
export const planListJson = <T>(items: T[]) => json(listJson(items));

/** A plan row's JSON columns, parsed. */
export function readPlan<T extends { content: unknown; basedOn: unknown; anniversaries: unknown; roleDuties: unknown }>(row: T) {
  return {
    ...row,
    content: readPlanContent(row.content),
    basedOn: storedBasedOn.parse(row.basedOn).items,
    anniversaries: storedAnniversaries.parse(row.anniversaries).items,
    roleDuties: storedRoleDuties.parse(row.roleDuties).items,
  };
}

/** The căn cứ and anniversary lists of a row or snapshot (absent columns read as empty). */
export function readPlanLists(row: { basedOn?: unknown; anniversaries?: unknown }): { basedOn: BasedOn; anniversaries: Anniversaries } {
  return {
    basedOn: row.basedOn === undefined ? [] : storedBasedOn.parse(row.basedOn).items,
    anniversaries: row.anniversaries === undefined ? [] : storedAnniversaries.parse(row.anniversaries).items,
  };
}

/** PlanVersion.snapshot: the plan as approved, `{ version: 1, title, content, basedOn, anniversaries, roleDuties }`. */
const planSnapshotSchema = z.object({
  version: versionOne,
  title: z.string(),
  content: z.unknown(),
  basedOn: z.unknown(),
  anniversaries: z.unknown(),
  roleDuties: z.unknown(),
});

/** PlanVersion.snapshot read from its column: the approved plan's title and parsed JSON. */
export function readPlanSnapshot(value: unknown) {
  const { version, title, ...json } = planSnapshotSchema.parse(value);
  return { version, title, ...readPlan(json) };
}

/** The PlanVersion.snapshot written at approval, from the plan row's stored columns. */
export function planSnapshotJson(plan: { title: string; content: unknown; basedOn: unknown; anniversaries: unknown; roleDuties: unknown }) {
  const read = readPlan(plan);
  return json({
    version: 1,
    title: plan.title,
    content: planContentJson(read.content),
    basedOn: planListJson(read.basedOn),
    anniversaries: planListJson(read.anniversaries),
    roleDuties: planListJson(read.roleDuties),
  });
}
