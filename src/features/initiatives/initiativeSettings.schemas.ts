// The initiative settings form: rubric rows (c<n>.key/name/max/descriptors), band thresholds (band.<grade>), the
// third-review gap, rounding, reminder days, the two deadlines and the collective exclusion. Parsed field by field so
// each message sits beside its own input and the form comes back as typed.
import { z } from 'zod';
import type { GradeBand, InitiativeRules } from '../../domain/initiatives/initiativeRuleTypes.ts';
import type { SchemeSettings } from '../../domain/initiatives/schemeSettings.ts';
import { formString, optionalDate } from '../../http/formFields.ts';

/** Rubric rows the form offers (filled rows count, blank rows are ignored). */
export const RUBRIC_ROWS = 8;

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const whole = (min: number, max: number, message: string) =>
  formString
    .transform((v) => v.trim())
    .pipe(z.string().regex(/^\d{1,3}$/, 'initiativeSettings.whole'))
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
const line = formString.transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim());

export type SettingsValues = Record<string, string | boolean>;

/** The form's values from the year's rules and deadlines (what the page shows first). */
export function settingsValues(rules: InitiativeRules, submissionDueOn: Date | null, scoringDueOn: Date | null): SettingsValues {
  const v: SettingsValues = {
    disagreementThreshold: String(rules.disagreementThreshold.value),
    decimals: String(rules.rounding.decimals),
    scoringReminderDays: String(rules.scoringReminderDays.value),
    excludeSameCollective: rules.excludeSameCollective.value,
    submissionDueOn: submissionDueOn?.toISOString().slice(0, 10) ?? '',
    scoringDueOn: scoringDueOn?.toISOString().slice(0, 10) ?? '',
  };
  rules.rubric.criteria.forEach((c, n) => {
    Object.assign(v, { [`c${n}.key`]: c.key, [`c${n}.name`]: c.name, [`c${n}.max`]: String(c.maxPoints), [`c${n}.descriptors`]: c.descriptors.join('\n') });
  });
  for (const b of rules.grades.bands) v[`band.${b.grade}`] = String(b.minPoints);
  return v;
}

/** Parses the submitted form against the year's bands; returns the values as typed and either settings or errors. */
export function parseSettingsForm(body: Record<string, unknown>, bands: GradeBand[]) {
  const values: SettingsValues = { excludeSameCollective: body.excludeSameCollective === 'on' };
  for (const [k, raw] of Object.entries(body)) if (k !== '_csrf' && k !== 'excludeSameCollective') values[k] = text(raw);
  const errors: Record<string, string> = {};
  const field = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const r = schema.safeParse(body[name]);
    if (!r.success) errors[name] ??= r.error.issues[0]?.message ?? 'form.invalid';
    return r.success ? r.data : undefined;
  };
  const criteria: SchemeSettings['criteria'] = [];
  const keys = new Set<string>();
  for (let n = 0; n < RUBRIC_ROWS; n++) {
    const name = field(`c${n}.name`, line.pipe(z.string().max(120, 'form.tooLong')));
    if (!name && text(body[`c${n}.max`]).trim() === '') continue;
    if (!name) errors[`c${n}.name`] = 'initiativeSettings.criterionNameMissing';
    const maxPoints = field(`c${n}.max`, whole(1, 100, 'initiativeSettings.maxRange'));
    const descriptors = text(body[`c${n}.descriptors`])
      .normalize('NFC')
      .split(/\r?\n/)
      .map((d) => d.trim())
      .filter(Boolean);
    if (descriptors.length > 10 || descriptors.some((d) => d.length > 300)) errors[`c${n}.descriptors`] = 'initiativeSettings.descriptorsTooLong';
    // A row keeps its key (scores are stored by key); a new row gets the first free "tc<n>".
    let key = /^[a-z][a-z0-9_]{0,39}$/.test(text(body[`c${n}.key`])) ? text(body[`c${n}.key`]) : `tc${n + 1}`;
    while (keys.has(key)) key = `${key}_`;
    keys.add(key);
    if (name && maxPoints !== undefined) criteria.push({ key, name, maxPoints, descriptors });
  }
  const parsedBands = bands.map((b) => ({ ...b, minPoints: field(`band.${b.grade}`, whole(0, 100, 'initiativeSettings.points0to100')) ?? b.minPoints }));
  const disagreementThreshold = field('disagreementThreshold', whole(0, 100, 'initiativeSettings.points0to100'));
  const decimals = field('decimals', formString.pipe(z.enum(['0', '1', '2'], { message: 'initiativeSettings.decimals.invalid' })).transform(Number));
  const scoringReminderDays = field('scoringReminderDays', whole(0, 30, 'initiativeSettings.days0to30'));
  const submissionDueOn = field('submissionDueOn', optionalDate);
  const scoringDueOn = field('scoringDueOn', optionalDate);
  const settings: SchemeSettings = {
    criteria,
    bands: parsedBands,
    disagreementThreshold: disagreementThreshold ?? 0,
    decimals: decimals ?? 0,
    scoringReminderDays: scoringReminderDays ?? 0,
    excludeSameCollective: values.excludeSameCollective === true,
    submissionDueOn: submissionDueOn ?? null,
    scoringDueOn: scoringDueOn ?? null,
  };
  return { values, errors, settings };
}
