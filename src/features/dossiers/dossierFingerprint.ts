// The fingerprint of a dossier's data: everything that is drawn, the evidence by its digest, without the version
// number. Two requests with the same fingerprint are the same dossier.
import { createHash } from 'node:crypto';
import type { DossierInput } from '../../domain/dossiers/dossierInput.ts';

/** SHA-256 (hex) of the input's data; functions (evidence readers) are replaced by the files' digests. */
export function dossierFingerprint(input: DossierInput): string {
  const data = {
    ...input,
    version: 0,
    nominees: input.nominees.map((n) => ({ ...n, evidence: n.evidence.map((e) => ({ fileName: e.fileName, size: e.size, sha256: e.sha256 })) })),
  };
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}
