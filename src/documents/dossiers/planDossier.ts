// The ordered list of what goes into a dossier: one entry per document or evidence file, grouped by the rule set's
// parts (in rule-set order), nominees in list order within a part. Both the merged PDF and the ZIP follow it.
import type { DossierInput, DossierNominee, EvidenceFile } from '../../domain/dossiers/dossierInput.ts';
import { dossierLevelParts, nomineeParts } from '../../domain/dossiers/partsFor.ts';
import { foldForSearch } from '../../domain/text.ts';
import type { DossierPartDefinition } from '../../domain/rules/ruleSetTypes.ts';
import { meetingMinutesDocument } from '../council/meetingMinutesDocument.ts';
import { voteCountDocument } from '../council/voteCountDocument.ts';
import type { OfficialDocument } from '../model.ts';
import { achievementReportDocument } from './achievementReportDocument.ts';
import { submissionDocument } from './submissionDocument.ts';
import { initiativeProofDocument, postingCommentsDocument, priorDecisionsDocument } from './supportingDocuments.ts';

export interface DossierEntry {
  /** ASCII file name without extension, unique in the dossier: "03-bao-cao-thanh-tich-nguyen-thi-an". */
  file: string;
  part: DossierPartDefinition;
  nominee: DossierNominee | null;
  /** The bookmark and table-of-contents label. */
  label: string;
  source: { kind: 'document'; doc: OfficialDocument } | { kind: 'evidence'; file: EvidenceFile };
}

/** A file-name slug: diacritics folded, lower case, dashes. */
export function slug(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

function documentsFor(d: DossierInput, part: DossierPartDefinition, n: DossierNominee): { label: string; doc: OfficialDocument }[] {
  switch (part.kind) {
    case 'achievementReport':
    case 'summaryReport':
      return n.report ? [{ label: n.name, doc: achievementReportDocument(d, n, part.form, part.kind === 'summaryReport') }] : [];
    case 'initiativeProof':
      return n.initiatives.length || n.excellentRating ? [{ label: n.name, doc: initiativeProofDocument(d, n, part.name) }] : [];
    case 'priorDecisions':
      return n.priorAwards.length ? [{ label: n.name, doc: priorDecisionsDocument(d, n) }] : [];
    default:
      return [];
  }
}

function dossierDocuments(d: DossierInput, part: DossierPartDefinition): { label: string; doc: OfficialDocument }[] {
  switch (part.kind) {
    case 'submission':
      // The issued tờ trình is drawn from its snapshot: the same document however the live rows changed since.
      return [{ label: part.name, doc: d.submission ?? submissionDocument(d, part.form) }];
    case 'minutes':
      return d.meeting ? [{ label: part.name, doc: meetingMinutesDocument(d.meeting) }] : [];
    case 'voteCount':
      return (d.meeting?.rounds ?? []).map((r) => ({ label: r.title, doc: voteCountDocument(d.meeting!, r) }));
    case 'postingComments':
      return d.postingComments === null ? [] : [{ label: part.name, doc: postingCommentsDocument(d) }];
    default:
      return [];
  }
}

/** Every entry of the dossier `d` under the rule set's `parts`, in filing order. */
export function planDossier(d: DossierInput, parts: readonly DossierPartDefinition[]): DossierEntry[] {
  const entries: DossierEntry[] = [];
  const add = (e: Omit<DossierEntry, 'file'>, name: string) => entries.push({ ...e, file: `${String(entries.length + 1).padStart(2, '0')}-${slug(name)}` });
  const whole = dossierLevelParts(parts, d.procedure);
  const seen = new Set<string>();
  for (const part of parts) {
    if (seen.has(part.kind) && part.scope === 'nominee') continue; // the subject variants share one group
    seen.add(part.kind);
    if (part.scope === 'dossier') {
      if (!whole.includes(part)) continue;
      for (const x of dossierDocuments(d, part))
        add({ part, nominee: null, label: x.label, source: { kind: 'document', doc: x.doc } }, `${part.name} ${x.label === part.name ? '' : x.label}`);
      continue;
    }
    for (const n of d.nominees) {
      const own = nomineeParts(parts, d.procedure, n).find((p) => p.kind === part.kind);
      if (!own) continue;
      if (own.kind === 'evidence') {
        // A file the check found unmergeable (encrypted, damaged, no page type) stays out; the check names it.
        for (const f of n.evidence.filter((x) => !x.problem))
          add(
            { part: own, nominee: n, label: `${n.name}: ${f.fileName}`, source: { kind: 'evidence', file: f } },
            `minh chung ${n.name} ${f.fileName.replace(/\.(pdf|jpe?g|png)$/i, '')}`,
          );
        continue;
      }
      for (const x of documentsFor(d, own, n))
        add({ part: own, nominee: n, label: x.label, source: { kind: 'document', doc: x.doc } }, `${own.name.slice(0, 24)} ${n.name}`);
    }
  }
  return entries;
}
