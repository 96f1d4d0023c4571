// The time limits for settling đơn thư, as law data with basis and certainty. domain.md does not cover complaints,
// denunciations or petitions, so every entry is [U]: read from the cited articles, not verified by the domain review.
// Two stages where the law has them: the case must be accepted (thụ lý) within a time from receipt, and settled within
// calendar days counted from the day it was accepted; a petition (kiến nghị) is answered within days of receipt.
import type { LegalBasis } from '../rules/ruleSetTypes.ts';

export type ComplaintKind = 'khieu_nai' | 'to_cao' | 'kien_nghi';

export interface DeadlineRule {
  /** Days to settle an ordinary case. */
  days: number;
  /** Days for a complex case (khiếu nại) or the first extension (tố cáo); null when the law has none. */
  complexDays: number | null;
  /** Accepting the case (thụ lý): within `days` of receipt (working days when `workingDays`); null: no such step. */
  accept: { days: number; workingDays: boolean; basis: LegalBasis } | null;
  /** Days in a remote, hard-to-reach area; null when the law makes no difference. */
  remoteDays: number | null;
  /** Days for a complex case in a remote area. */
  remoteComplexDays: number | null;
  basis: LegalBasis;
}

const FROM_ACCEPTANCE = 'Tính từ ngày thụ lý';

export const COMPLAINT_DEADLINES: Readonly<Record<ComplaintKind, DeadlineRule>> = {
  khieu_nai: {
    days: 30,
    complexDays: 45,
    remoteDays: 45,
    remoteComplexDays: 60,
    accept: {
      days: 10,
      workingDays: false,
      basis: { document: 'Luật Khiếu nại số 02/2011/QH13', article: 'Điều 27', certainty: 'U', note: 'Thụ lý giải quyết trong 10 ngày kể từ ngày nhận đơn' },
    },
    basis: { document: 'Luật Khiếu nại số 02/2011/QH13', article: 'Điều 28', certainty: 'U', note: `Giải quyết lần đầu. ${FROM_ACCEPTANCE}` },
  },
  to_cao: {
    days: 30,
    complexDays: 60,
    remoteDays: null,
    remoteComplexDays: null,
    accept: {
      days: 7,
      workingDays: true,
      basis: {
        document: 'Luật Tố cáo số 25/2018/QH14',
        article: 'Điều 29',
        certainty: 'U',
        note: 'Kiểm tra điều kiện và quyết định thụ lý trong 07 ngày làm việc kể từ ngày nhận đơn (10 ngày làm việc khi phải xác minh ở nhiều nơi)',
      },
    },
    basis: {
      document: 'Luật Tố cáo số 25/2018/QH14',
      article: 'Điều 30',
      certainty: 'U',
      note: `Vụ việc phức tạp gia hạn một lần không quá 30 ngày; đặc biệt phức tạp gia hạn hai lần. ${FROM_ACCEPTANCE}`,
    },
  },
  kien_nghi: {
    days: 10,
    complexDays: null,
    remoteDays: null,
    remoteComplexDays: null,
    accept: null,
    basis: {
      document: 'Luật Tiếp công dân số 42/2013/QH13; Nghị định 64/2014/NĐ-CP',
      article: 'Điều 28 (Luật); Điều 25 (Nghị định)',
      certainty: 'U',
      note: 'Thời hạn trả lời kiến nghị, phản ánh chưa được đối chiếu; mặc định 10 ngày, Hội đồng điều chỉnh khi cần',
    },
  },
};
