// The Vietnamese sentence of a completeness-check finding, from the catalogue.
import type { DossierIssue } from '../../domain/dossiers/checkDossier.ts';
import { vi } from '../../i18n/vi.ts';

/** "Trần Văn Đức – Báo cáo thành tích cá nhân: thiếu báo cáo thành tích." */
export function issueMessage(issue: DossierIssue): string {
  const text = vi[`dossiers.issue.${issue.code}`].replace('{detail}', issue.detail ?? '');
  const where = [issue.nominee, issue.part].filter(Boolean).join(' – ');
  return where ? `${where}: ${text}` : text;
}
