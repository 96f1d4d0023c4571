// Tests build the data they assert on (factories); only the demo's own tests may seed the demo school. This scans
// every test and support file for an import of the seeding code (src/db/seed/) and fails naming the file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const testsDir = path.resolve(import.meta.dirname, '..');
/** The demo's own tests: tests/http/demo*.test.ts and a seed test. */
const mayUseDemo = (file: string) => /^http\/demo[^/]*\.test\.ts$/.test(file) || /(^|\/)seed[^/]*\.test\.ts$/i.test(file);
/** Files still to rewrite on factories (a ratchet: it only shrinks; an entry that no longer seeds fails too). */
const notYetRewritten = new Set<string>([]);

/** The test-tree files (relative, posix) that import the seeding code. */
function filesImportingTheSeed(files: Array<{ file: string; text: string }>): string[] {
  return files.filter((f) => /^import\s[^;]*?from\s+['"][^'"]*\/src\/db\/seed\//m.test(f.text)).map((f) => f.file);
}

function testTree(): Array<{ file: string; text: string }> {
  return readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f.split(path.sep).join('/'), text: readFileSync(path.join(testsDir, f), 'utf8') }));
}

describe('the demo seed is used by its own tests only', () => {
  it('no other test or support file imports the seeding code (src/db/seed/)', () => {
    const seeding = filesImportingTheSeed(testTree());
    const offenders = seeding
      .filter((f) => !mayUseDemo(f) && !notYetRewritten.has(f))
      .map((f) => `tests/${f} seeds the demo school: build its data with tests/support/factories.ts`);
    const stale = [...notYetRewritten].filter((f) => !seeding.includes(f)).map((f) => `tests/${f} no longer seeds the demo: remove it from notYetRewritten`);
    expect([...offenders, ...stale]).toEqual([]);
  });

  it('the scan finds an import of the seeding helper (the check itself works)', () => {
    const files = [
      { file: 'http/plans.test.ts', text: "import { seedDemoSchool } from '../../src/db/seed/seedDemoSchool.ts';" },
      { file: 'http/demoCouncilCycle.test.ts', text: "import { seedDemoCouncilCycle } from '../../src/db/seed/seedDemoCouncilCycle.ts';" },
      { file: 'http/movements.test.ts', text: "import { buildMovement } from '../support/visibilityFactories.ts';" },
    ];
    expect(filesImportingTheSeed(files)).toEqual(['http/plans.test.ts', 'http/demoCouncilCycle.test.ts']);
    expect(files.map((f) => mayUseDemo(f.file))).toEqual([false, true, false]);
  });
});
