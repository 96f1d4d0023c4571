// The completeness check over uploaded evidence: the size bound names the dossier's three biggest files with their
// nominees, counts only what would be merged, and an unmergeable upload is named per nominee and part.
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../../src/domain/dossiers/checkDossier.ts';
import type { EvidenceFile } from '../../../src/domain/dossiers/dossierInput.ts';
import { megabytes } from '../../../src/domain/dossiers/evidenceSize.ts';
import { LUAT_2022_ND_152 } from '../../../src/domain/rules/ruleSets/luat2022Nd152.ts';
import { issueMessage } from '../../../src/features/dossiers/dossierIssueMessage.ts';
import { buildDossierInput } from '../../fixtures/documents/dossierInput.ts';

const parts = LUAT_2022_ND_152.dossierParts;
const MB = 1024 * 1024;
const file = (fileName: string, size: number, problem: EvidenceFile['problem'] = null): EvidenceFile => ({
  fileName,
  size,
  sha256: '',
  problem,
  read: () => Promise.reject(new Error('the check never reads a file')),
});

describe('evidence in the completeness check', () => {
  it('over the bound: one finding naming the limit, the total and the three biggest files with their nominees', async () => {
    const input = await buildDossierInput(2, 0);
    input.maxBytes = 50 * MB;
    input.nominees[0]!.evidence = [file('a.pdf', 20 * MB), file('b.pdf', 5 * MB), file('khoa.pdf', 90 * MB, 'encrypted')];
    input.nominees[1]!.evidence = [file('c.jpg', 18.5 * MB), file('d.pdf', 12 * MB)];
    const found = checkDossier(input, parts).filter((i) => i.code === 'dossierTooLarge');
    expect(found).toHaveLength(1);
    // The encrypted 90 MB file is left out of the export, so it neither counts nor is named.
    expect(issueMessage(found[0]!)).toBe(
      'Hồ sơ vượt 50 MB: tệp minh chứng tổng cộng 55,5 MB; lớn nhất: "a.pdf" (20 MB, Nguyễn Thị Ánh), "c.jpg" (18,5 MB, Trần Văn Đức), ' +
        '"d.pdf" (12 MB, Trần Văn Đức). Hãy giảm dung lượng các tệp này (quét lại ở độ phân giải thấp hơn) hoặc bớt tệp minh chứng.',
    );
  });

  it('at the bound exactly: no finding; the default bound is 50 MB', async () => {
    const input = await buildDossierInput(1, 0);
    input.nominees[0]!.evidence = [file('a.pdf', 50 * MB)];
    expect(checkDossier(input, parts)).toEqual([]);
    input.nominees[0]!.evidence.push(file('b.pdf', 1));
    expect(checkDossier(input, parts).map((i) => i.code)).toEqual(['dossierTooLarge']);
  });

  it('names an encrypted, a damaged and an unmergeable upload with the nominee and the evidence part', async () => {
    const input = await buildDossierInput(1, 0);
    input.nominees[0]!.evidence = [file('khoa.pdf', 10, 'encrypted'), file('hong.pdf', 10, 'corrupt'), file('bang.xlsx', 10, 'unsupported')];
    expect(checkDossier(input, parts).map(issueMessage)).toEqual([
      'Nguyễn Thị Ánh – Tài liệu minh chứng: tệp "khoa.pdf" có mật khẩu hoặc bị mã hóa, không ghép được vào hồ sơ; hãy tải lên bản không đặt mật khẩu.',
      'Nguyễn Thị Ánh – Tài liệu minh chứng: tệp "hong.pdf" bị hỏng, không đọc được như một tệp PDF; hãy tải lên lại.',
      'Nguyễn Thị Ánh – Tài liệu minh chứng: tệp "bang.xlsx" không ghép được vào hồ sơ PDF (chỉ nhận PDF, JPEG, PNG); hãy chuyển sang PDF.',
    ]);
  });

  it('writes sizes with a Vietnamese decimal comma', () => {
    expect([megabytes(50 * MB), megabytes(1.25 * MB), megabytes(0.6 * MB)]).toEqual(['50 MB', '1,3 MB', '0,6 MB']);
  });
});
