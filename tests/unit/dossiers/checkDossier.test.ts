// The completeness check names the nominee and the part of every gap, and is empty for a complete dossier.
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../../src/domain/dossiers/checkDossier.ts';
import { LUAT_2022_ND_152 } from '../../../src/domain/rules/ruleSets/luat2022Nd152.ts';
import { LUAT_2022_ND_98 } from '../../../src/domain/rules/ruleSets/luat2022Nd98.ts';
import { buildDossierInput } from '../../fixtures/documents/dossierInput.ts';

const parts = LUAT_2022_ND_152.dossierParts;

describe('checkDossier', () => {
  it('finds nothing in a complete dossier', async () => {
    expect(checkDossier(await buildDossierInput(3, 0), parts)).toEqual([]);
  });

  it('removing one achievement report names that nominee and the report part (Mẫu số 05)', async () => {
    const input = await buildDossierInput(3, 0);
    input.nominees[1]!.report = null;
    expect(checkDossier(input, parts)).toEqual([{ code: 'missingReport', nominationId: 'n1', nominee: 'Trần Văn Đức', part: 'Báo cáo thành tích cá nhân' }]);
  });

  it('names a ballot without result, an initiative without effect, a nominee off the approved list and a vote below the threshold', async () => {
    const input = await buildDossierInput(4, 0);
    input.nominees[0]!.vote = null;
    input.nominees[1]!.initiatives[0]!.impact = null;
    input.approvedNominationIds = ['n0', 'n1', 'n3'];
    input.nominees[3]!.vote = { votesFor: 3, totalMembers: 5, pct: 60, thresholdPct: 80, strict: false, passed: false };
    const codes = checkDossier(input, parts).map((i) => `${i.code}:${i.nominee}`);
    expect(codes).toEqual([
      'missingVoteResult:Nguyễn Thị Ánh',
      'initiativeWithoutImpact:Trần Văn Đức',
      'notApproved:Lê Thị Hồng Nhung',
      'voteBelowThreshold:Phạm Quốc Việt',
    ]);
  });

  it('a CSTĐCS without initiative is proven by the HTXSNV rating under NĐ 152 (QĐ 638/QĐ-BNV), not under NĐ 98', async () => {
    const input = await buildDossierInput(1, 0);
    input.nominees[0]!.initiatives = [];
    expect(checkDossier(input, parts)).toEqual([]);
    expect(checkDossier(input, LUAT_2022_ND_98.dossierParts).map((i) => i.code)).toEqual(['missingCstdProof']);
    input.nominees[0]!.excellentRating = false;
    expect(checkDossier(input, parts).map((i) => i.code)).toEqual(['missingCstdProof']);
  });

  it('the minutes are required for the ordinary procedure only', async () => {
    const input = await buildDossierInput(1, 0);
    input.meeting = null;
    expect(checkDossier(input, parts).map((i) => i.code)).toEqual(['missingMinutes']);
    input.procedure = 'simplified';
    input.approvedNominationIds = null;
    expect(checkDossier(input, parts)).toEqual([]);
  });
});
