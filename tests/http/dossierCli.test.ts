// `npm run dossier` (issue 14): `--to <body>` exports that body's dossier with the bytes the page stored for its
// version; an unknown body is refused; stopping it mid-export (SIGTERM, as Ctrl-C or a service manager does) or a
// failure leaves neither a partial file nor its work folder in --out.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestDossierExport } from '../../src/features/dossiers/requestDossierExport.ts';
import { runDossierExport } from '../../src/features/dossiers/runDossierExport.ts';
import { textPdf } from '../support/evidenceFiles.ts';
import { useTestDatabase } from '../support/testDatabase.ts';
import { buildTwoBodySchool, CITY, WARD } from '../support/twoBodySchool.ts';

const db = useTestDatabase();
const root = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-11-26T03:00:00Z');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
let school: Awaited<ReturnType<typeof buildTwoBodySchool>>;

const outDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
  dirs.push(d);
  return d;
};

/** Starts the CLI on the test database; `onStderr` sees its progress output. */
function cli(args: string[], onStderr: (text: string) => void = () => undefined) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/dossier.ts'), '--year', '2026-2027', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.current.url, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
    onStderr(stderr);
  });
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, exit };
}

beforeAll(async () => {
  school = await buildTwoBodySchool(db.current.prisma);
  // A 60-page scan for a ward nominee keeps the ward's export busy long enough to be stopped in the middle.
  const scan = await textPdf('SCAN page', 60);
  const file = await db.current.prisma.storedFile.create({
    data: {
      schoolId: school.schoolId,
      ownerType: 'Nomination',
      ownerId: school.ward[0]!,
      fileName: 'ban-scan-60-trang.pdf',
      mimeType: 'application/pdf',
      size: scan.length,
      sha256: createHash('sha256').update(scan).digest('hex'),
      content: new Uint8Array(scan),
    },
  });
  await db.current.prisma.nominationEvidence.create({ data: { schoolId: school.schoolId, nominationId: school.ward[0]!, fileId: file.id } });
}, 120_000);

describe('npm run dossier', () => {
  it('--to picks one body and writes the bytes the page stored for that version', async () => {
    const req = { startYear: 2026, receiver: CITY, overrideReason: 'Báo cáo gửi bổ sung', mayOverride: true };
    const { id } = await requestDossierExport(db.current.prisma, school.ctx(now), req);
    await runDossierExport(db.current.prisma, id, () => now);
    const row = await db.current.prisma.dossierExport.findUniqueOrThrow({ where: { id } });
    const out = outDir();
    const run = await cli(['--to', CITY, '--out', out, '--force']).exit;
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['ho-so-khen-thuong-2026-2027-v1.pdf', 'ho-so-khen-thuong-2026-2027-v1.zip']);
    expect(readFileSync(path.join(out, 'ho-so-khen-thuong-2026-2027-v1.pdf')).equals(Buffer.from(row.pdf!))).toBe(true);
    expect(readFileSync(path.join(out, 'ho-so-khen-thuong-2026-2027-v1.zip')).equals(Buffer.from(row.zip!))).toBe(true);

    const unknown = await cli(['--to', 'Ủy ban không có', '--out', out]).exit;
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`Receiving bodies: ${WARD}; ${CITY}.`);
    expect(readdirSync(out)).toHaveLength(2); // nothing added, no work folder left
  });

  it('stopped mid-export by SIGTERM, it leaves no partial file and no work folder', async () => {
    const out = outDir();
    let seenWork: string[] = [];
    const run = cli(['--to', WARD, '--out', out, '--force'], (stderr) => {
      // Once rendering has begun (a progress line), the work folder exists: stop the process there.
      if (seenWork.length === 0 && /\d+% /.test(stderr)) {
        seenWork = readdirSync(out);
        run.child.kill('SIGTERM');
      }
    });
    const result = await run.exit;
    expect(seenWork.some((f) => f.startsWith('.ho-so-tam-'))).toBe(true);
    expect(result.code).toBe(143);
    expect(result.stdout).not.toContain('.pdf');
    expect(result.stderr).toContain('Stopped; no file written.');
    expect(readdirSync(out)).toEqual([]);
  });
});
