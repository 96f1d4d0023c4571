// Builders for the citations used by both shipped rule sets, so each document is spelled one way.
import type { Certainty, LegalBasis, Parameter, ParameterKind, ParameterValue } from '../ruleSetTypes.ts';

export const LUAT_2022 = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
export const ND_98_2023 = 'Nghị định 98/2023/NĐ-CP';
export const ND_152_2025 = 'Nghị định 152/2025/NĐ-CP';
export const ND_129_2025 = 'Nghị định 129/2025/NĐ-CP';

/** A citation of the 2022 Law. */
export function luat(article: string, certainty: Certainty, note?: string): LegalBasis {
  return note === undefined ? { document: LUAT_2022, article, certainty } : { document: LUAT_2022, article, certainty, note };
}

/** A citation of any other document. */
export function cite(document: string, article: string, certainty: Certainty, note?: string): LegalBasis {
  return note === undefined ? { document, article, certainty } : { document, article, certainty, note };
}

/** A parameter whose default is its current value. */
export function param(key: string, label: string, kind: ParameterKind, value: ParameterValue, basis: LegalBasis, nullable = false): Parameter {
  return { key, label, kind, nullable, value, defaultValue: value, basis };
}

/** Parameters keyed by their key. */
export function byKey(list: readonly Parameter[]): Record<string, Parameter> {
  return Object.fromEntries(list.map((p) => [p.key, p]));
}
