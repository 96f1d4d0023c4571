// Every message key a view or a route uses exists in the catalogues (a missing key would show raw to the user).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/i18n/vi.ts';

const root = path.resolve(import.meta.dirname, '../..');
function files(dir: string, ext: string[]): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : files(p, ext);
    return ext.some((e) => f.endsWith(e)) ? [p] : [];
  });
}

describe('message keys', () => {
  it('every literal key passed to t() or m() in views and code exists in the Vietnamese catalogue', () => {
    const missing: string[] = [];
    for (const file of [...files(path.join(root, 'views'), ['.ejs']), ...files(path.join(root, 'src'), ['.ts'])]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\b(?:t|m)\('([a-z][\w]*\.[\w.]*\w)'/g)) {
        if (!(match[1]! in vi)) missing.push(`${path.relative(root, file)}: ${match[1]}`);
      }
      // Keys handed to AppError, flash and zod messages: 'word.word' string literals in those calls.
      for (const match of text.matchAll(/(?:AppError\([^,]+, |flash\(req, '\w+', |message: )'([a-z]+\.[a-zA-Z][\w.]*)'/g)) {
        const key = match[1]!;
        if (
          /^(staff|plan|plans|import|account|users|council|audit|notifications|collectives|school|movements|files|calendar|register|form|field|login|error|home|notify)\./.test(
            key,
          ) &&
          !(key in vi)
        ) {
          missing.push(`${path.relative(root, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
