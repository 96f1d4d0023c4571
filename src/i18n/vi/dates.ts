// Vietnamese messages: dates typed or imported (the bounds come from the parser, so the text states what it checks).
import { BIRTH_AGE, DATE_BOUNDS } from '../../domain/calendarDate.ts';

const { minYear, maxYear } = DATE_BOUNDS;

export const dates = {
  'date.format': 'Ngày phải ghi dạng dd/mm/yyyy, ví dụ 05/09/2024.',
  'date.impossible': 'Ngày này không có trên lịch (ví dụ 31/02 hay 30/02): vui lòng kiểm tra lại ngày và tháng.',
  'date.outOfRange': `Năm phải từ ${minYear} đến ${maxYear} (ngày từ 01/01/${minYear} đến 31/12/${maxYear}).`,
  'date.birthInFuture': 'Ngày sinh không thể ở sau ngày hôm nay.',
  'date.birthAge': `Ngày sinh phải cho tuổi từ ${BIRTH_AGE.min} đến ${BIRTH_AGE.max}.`,
  'date.planLine': 'Dòng {line}: {problem}',
} as const;
