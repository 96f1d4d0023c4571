// The ND 30/2020 header of a document the school issues: governing body above, the school in capitals, number,
// place and date. One shape for every school document.
import type { CalendarDate, DocumentHeader } from './model.ts';

/** The header of a document issued by `school` under `symbol` on `date`. */
export function schoolHeader(school: { name: string; governingBody: string; placeName: string }, symbol: string, date: CalendarDate): DocumentHeader {
  return { parentAgency: school.governingBody, issuingAgency: school.name.toLocaleUpperCase('vi'), number: symbol, place: school.placeName, date };
}

/** The header of a document the school's Hội đồng Thi đua - Khen thưởng issues: the school above, the council. */
export function councilHeader(school: { name: string; placeName: string }, symbol: string, date: CalendarDate): DocumentHeader {
  return { parentAgency: school.name.toLocaleUpperCase('vi'), issuingAgency: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', number: symbol, place: school.placeName, date };
}
