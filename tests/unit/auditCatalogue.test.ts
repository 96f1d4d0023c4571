// Every audit action and subject the code writes can be filtered on the audit page and reads as Vietnamese there:
// its group is in the action filter, its object type in the subject filter, and it has a sentence or a verb —
// a new feature that forgets them would show "thay đổi một bản ghi" and be missing from the filters (issue 15 §6).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/i18n/vi.ts';
import { en } from '../../src/i18n/en.ts';
import { AUDIT_ACTION_GROUPS, AUDIT_SUBJECTS } from '../../src/features/audit/audit.queries.ts';

const root = path.resolve(import.meta.dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : sources(p);
    return f.endsWith('.ts') ? [p] : [];
  });
}

const actions = new Set<string>();
const subjects = new Set<string>();
for (const file of sources(path.join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/action: '([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)) actions.add(m[1]!);
  for (const m of text.matchAll(/subject: '([A-Z][A-Za-z]+)'/g)) subjects.add(m[1]!);
}
const has = (key: string) => key in vi && key in en;

describe('audit catalogue', () => {
  it('finds the actions and subjects the commands write', () => {
    expect(actions.size).toBeGreaterThan(50);
    expect(subjects.has('Exemplar')).toBe(true);
  });

  it('every action belongs to a filterable group and reads as a sentence or with a verb', () => {
    const groups: readonly string[] = AUDIT_ACTION_GROUPS;
    const bad = [...actions].filter((a) => {
      const readable = has(`auditSentence.${a}`) || has(`auditAction.${a}`) || has(`auditVerb.${a.split('.').pop()}`);
      return !groups.includes(a.split('.')[0]!) || !readable;
    });
    expect(bad).toEqual([]);
    for (const g of groups) expect(has(`auditGroup.${g}`), g).toBe(true);
  });

  it('every object type is in the subject filter with a name in both languages', () => {
    const listed: readonly string[] = AUDIT_SUBJECTS;
    expect([...subjects].filter((s) => !listed.includes(s) || !has(`auditSubject.${s}`))).toEqual([]);
    for (const s of listed) expect(has(`auditSubject.${s}`), s).toBe(true);
  });
});
