// LibreOffice, headless, to check that the DOCX opens and converts. Locally a missing LibreOffice skips those
// tests with a message; in CI (CI=true) it fails them (Debian package: libreoffice-writer-nogui).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LIBREOFFICE_PACKAGE = 'libreoffice-writer-nogui';

/** The soffice binary on PATH, if any. */
export function findSoffice(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
}

/** Converts .docx bytes to PDF bytes with a throw-away profile, so parallel runs do not share a lock. */
export function convertDocxToPdf(soffice: string, docx: Buffer): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-lo-'));
  const input = path.join(dir, 'document.docx');
  writeFileSync(input, docx);
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'pipe',
      timeout: 90_000,
    });
    return readFileSync(path.join(dir, 'document.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
