// The stored shape of a plan, validated whenever it is read back from JSON.
import { z } from 'zod';
import type { AnnualPlanSection } from '../../documents/annualPlan.ts';

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

/** A plan row's JSON columns, parsed. */
export function readPlan<T extends { content: unknown; basedOn: unknown; anniversaries: unknown; roleDuties: unknown }>(row: T) {
  return {
    ...row,
    content: planContentSchema.parse(row.content),
    basedOn: basedOnSchema.parse(row.basedOn),
    anniversaries: anniversariesSchema.parse(row.anniversaries),
    roleDuties: roleDutiesSchema.parse(row.roleDuties),
  };
}
