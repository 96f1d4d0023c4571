// Pure rules of issue 13 points 6–7: the posting period in working days (weekends and Vietnamese holidays skipped,
// closing at the end of the last day in Vietnam) and the legal deadline of a complaint, each with `now`.
import { describe, expect, it } from 'vitest';
import { complaintDeadline, complaintUrgency } from '../../../src/domain/complaints/complaintDeadline.ts';
import { postingOpen, postingPeriod, workingDaysLeft } from '../../../src/domain/posting/postingPeriod.ts';
import { whyRateLimited } from '../../../src/domain/posting/postingLimits.ts';
import { isWorkingDay } from '../../../src/domain/posting/workingDays.ts';
import { RULE_SETS } from '../../../src/domain/rules/index.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('posting period', () => {
  it('skips weekends, the 30/4–1/5 holidays and the bridge day; a worked Saturday counts', () => {
    // Thursday 25/04/2024: 25, 26, (27–28 weekend, 29 bridge, 30/4, 1/5 holidays), 2, 3 and the worked Saturday 4 May.
    const p = postingPeriod(new Date('2024-04-25T02:00:00Z'), 5);
    expect([iso(p.startsOn), iso(p.endsOn)]).toEqual(['2024-04-25', '2024-05-04']);
    expect(isWorkingDay(day('2024-04-29'))).toBe(false);
    expect(isWorkingDay(day('2024-05-04'))).toBe(true); // Saturday worked for the bridge
    expect(isWorkingDay(day('2025-01-29'))).toBe(false); // Tết 2025
  });

  it('published on a Saturday (Vietnam day) starts on Monday; 23:30 UTC Friday is already Saturday in Vietnam', () => {
    const p = postingPeriod(new Date('2026-11-27T23:30:00Z'), 5);
    expect([iso(p.startsOn), iso(p.endsOn)]).toEqual(['2026-11-30', '2026-12-04']);
  });

  it('is open until the end of its last day in Vietnam, with the working days left counted from today', () => {
    const p = postingPeriod(new Date('2026-11-26T03:00:00Z'), 5); // Thu 26/11 → Wed 02/12
    expect(iso(p.endsOn)).toBe('2026-12-02');
    expect(workingDaysLeft(p, new Date('2026-11-26T03:00:00Z'))).toBe(5);
    expect(workingDaysLeft(p, new Date('2026-11-28T03:00:00Z'))).toBe(3); // Saturday: 30/11, 1/12, 2/12
    expect(postingOpen(p, new Date('2026-12-02T16:59:59Z'))).toBe(true);
    expect(postingOpen(p, new Date('2026-12-02T17:00:00Z'))).toBe(false); // 00:00 on 03/12 in Hà Nội
    expect(workingDaysLeft(p, new Date('2026-12-02T17:00:00Z'))).toBe(0);
  });

  it('the period is a rule-set parameter with its basis, tagged [U] (domain.md names none for a school)', () => {
    for (const rs of RULE_SETS) {
      const p = rs.parameters['posting.workingDays'];
      expect(p?.value).toBe(5);
      expect(p?.basis.certainty).toBe('U');
    }
  });

  it('the public form is limited per address, then per posting', () => {
    expect(whyRateLimited({ address: 4, posting: 99 })).toBeNull();
    expect(whyRateLimited({ address: 5, posting: 0 })).toBe('perAddress');
    expect(whyRateLimited({ address: 0, posting: 100 })).toBe('perPosting');
  });
});

describe('complaint deadlines', () => {
  const received = day('2026-11-02');
  it('khiếu nại: 30 days, 45 complex or remote, 60 both (Luật Khiếu nại 2011 Điều 28, [U])', () => {
    const d = (complex: boolean, remoteArea: boolean) => complaintDeadline('khieu_nai', received, received, { complex, remoteArea });
    expect([d(false, false), d(true, false), d(false, true), d(true, true)].map((x) => x.days)).toEqual([30, 45, 45, 60]);
    expect(iso(d(false, false).dueOn)).toBe('2026-12-02');
    expect(d(false, false).basis).toMatchObject({ article: 'Điều 28', certainty: 'U' });
  });

  it('tố cáo: 30 days, 60 when complex (Luật Tố cáo 2018 Điều 30); kiến nghị: 10 days', () => {
    expect(complaintDeadline('to_cao', received, received, { complex: false, remoteArea: true }).days).toBe(30);
    expect(complaintDeadline('to_cao', received, received, { complex: true, remoteArea: false }).days).toBe(60);
    expect(complaintDeadline('kien_nghi', received, null, { complex: true, remoteArea: true }).days).toBe(10);
  });

  it('before acceptance (thụ lý) the deadline is the acceptance time; once accepted, the settling time counts from acceptance', () => {
    const plain = { complex: false, remoteArea: false };
    // Luật Khiếu nại 2011 Điều 27: accepted within 10 days of receipt (received Monday 02/11/2026).
    const kn = complaintDeadline('khieu_nai', received, null, plain);
    expect([kn.stage, iso(kn.dueOn), kn.days, kn.basis.article]).toEqual(['accept', '2026-11-12', 10, 'Điều 27']);
    // Luật Tố cáo 2018 Điều 29: 7 working days from the day after receipt, weekends skipped: Tue 03 … Wed 11/11.
    const tc = complaintDeadline('to_cao', received, null, plain);
    expect([tc.stage, iso(tc.dueOn), tc.workingDays, tc.basis.article]).toEqual(['accept', '2026-11-11', true, 'Điều 29']);
    // Accepted on 10/11: 30 days from then (Điều 28), not from receipt.
    const accepted = complaintDeadline('khieu_nai', received, day('2026-11-10'), plain);
    expect([accepted.stage, iso(accepted.dueOn), accepted.basis.article]).toEqual(['settle', '2026-12-10', 'Điều 28']);
    // A petition has no acceptance step: 10 days from receipt whatever is entered.
    expect(iso(complaintDeadline('kien_nghi', received, day('2026-11-10'), plain).dueOn)).toBe('2026-11-12');
  });

  it('flags overdue and due-soon cases on the Vietnam day of `now`; settled ones never', () => {
    const dueOn = day('2026-12-02');
    expect(complaintUrgency({ dueOn, status: 'received' }, new Date('2026-11-20T03:00:00Z'))).toBe('onTime');
    expect(complaintUrgency({ dueOn, status: 'received' }, new Date('2026-11-27T03:00:00Z'))).toBe('dueSoon');
    expect(complaintUrgency({ dueOn, status: 'in_progress' }, new Date('2026-12-02T16:59:00Z'))).toBe('dueSoon');
    expect(complaintUrgency({ dueOn, status: 'in_progress' }, new Date('2026-12-02T17:00:00Z'))).toBe('overdue');
    expect(complaintUrgency({ dueOn, status: 'settled' }, new Date('2027-01-01T03:00:00Z'))).toBe('settled');
  });
});
