// The completeness check of a dossier (pure): what is missing or inconsistent, per nominee and per part, before
// anything is exported. An empty list means the dossier may be exported without the chair's override.
import type { DossierPartDefinition } from '../rules/ruleSetTypes.ts';
import { DEFAULT_MAX_DOSSIER_BYTES, type DossierInput } from './dossierInput.ts';
import { evidenceSizeIssue } from './evidenceSize.ts';
import { dossierLevelParts, nomineeParts } from './partsFor.ts';

export type DossierIssueCode =
  | 'noApprovedList'
  | 'missingMinutes'
  | 'missingVoteResult'
  | 'missingReport'
  | 'reportNotConfirmed'
  | 'initiativeWithoutImpact'
  | 'missingCstdProof'
  | 'notApproved'
  | 'voteBelowThreshold'
  | 'noNominees'
  | 'dossierTooLarge'
  | 'evidenceEncrypted'
  | 'evidenceCorrupt'
  | 'evidenceUnsupported';

/** One finding: which nominee (null for the whole dossier), which part (its rule-set name) and what. */
export interface DossierIssue {
  code: DossierIssueCode;
  nominationId: string | null;
  nominee: string | null;
  part: string | null;
  /** Extra text for the message: the initiative's title, the vote figures. */
  detail?: string;
}

const partName = (parts: readonly DossierPartDefinition[], kind: DossierPartDefinition['kind']) => parts.find((p) => p.kind === kind)?.name ?? null;

/** Lists every problem of `input` against the rule set's `parts`; empty when the dossier is complete. */
export function checkDossier(input: DossierInput, parts: readonly DossierPartDefinition[]): DossierIssue[] {
  const issues: DossierIssue[] = [];
  const whole = dossierLevelParts(parts, input.procedure);
  const ordinary = input.procedure === 'ordinary';
  if (input.nominees.length === 0) issues.push({ code: 'noNominees', nominationId: null, nominee: null, part: partName(parts, 'submission') });
  if (ordinary && input.approvedNominationIds === null)
    issues.push({ code: 'noApprovedList', nominationId: null, nominee: null, part: partName(parts, 'submission') });
  if (whole.some((p) => p.kind === 'minutes' && p.required) && input.meeting === null)
    issues.push({ code: 'missingMinutes', nominationId: null, nominee: null, part: partName(parts, 'minutes') });
  for (const n of input.nominees) {
    const who = { nominationId: n.nominationId, nominee: n.name };
    const own = nomineeParts(parts, input.procedure, n);
    if (ordinary && input.approvedNominationIds !== null && !input.approvedNominationIds.includes(n.nominationId))
      issues.push({ code: 'notApproved', ...who, part: partName(parts, 'submission') });
    if (ordinary && n.voteRequired) {
      if (n.vote === null) issues.push({ code: 'missingVoteResult', ...who, part: partName(parts, 'voteCount') });
      else if (!n.vote.passed)
        issues.push({
          code: 'voteBelowThreshold',
          ...who,
          part: partName(parts, 'voteCount'),
          detail: `${n.vote.votesFor}/${n.vote.totalMembers} (${n.vote.pct.toFixed(2).replace('.', ',')}%) ${n.vote.strict ? '≤' : '<'} ${n.vote.thresholdPct}%`,
        });
    }
    for (const part of own.filter((p) => p.required)) {
      if (part.kind === 'achievementReport' || part.kind === 'summaryReport') {
        if (n.report === null) issues.push({ code: 'missingReport', ...who, part: part.name });
        else if (n.report.confirmedBy === null) issues.push({ code: 'reportNotConfirmed', ...who, part: part.name });
      }
      if (part.kind === 'initiativeProof') {
        const proven = n.initiatives.some((i) => i.decisionNumber !== null) || (n.excellentRating && (part.excellentRatingSuffices ?? []).includes(n.code));
        if (!proven) issues.push({ code: 'missingCstdProof', ...who, part: part.name });
      }
    }
    const evidencePart = own.find((p) => p.kind === 'evidence');
    if (evidencePart)
      for (const f of n.evidence.filter((x) => x.problem))
        issues.push({ code: EVIDENCE_CODE[f.problem!], ...who, part: evidencePart.name, detail: f.fileName });
    if (own.some((p) => p.kind === 'initiativeProof'))
      for (const i of n.initiatives.filter((x) => x.impact === null || x.impact.trim() === ''))
        issues.push({ code: 'initiativeWithoutImpact', ...who, part: partName(parts, 'initiativeProof'), detail: i.title });
  }
  const tooLarge = evidenceSizeIssue(input, input.maxBytes ?? DEFAULT_MAX_DOSSIER_BYTES);
  if (tooLarge) issues.push(tooLarge);
  return issues;
}

const EVIDENCE_CODE = { encrypted: 'evidenceEncrypted', corrupt: 'evidenceCorrupt', unsupported: 'evidenceUnsupported' } as const;
