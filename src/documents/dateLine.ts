// The "địa danh và thời gian" line of ND 30/2020: "Long Biên, ngày 05 tháng 3 năm 2024".
import type { IssueDate } from './model.ts';

// Blanks left in a draft for the day and month, to be written in by hand when the document is signed.
const BLANK = '\u00a0'.repeat(5);

/** Day as ND 30 writes it: a leading 0 below 10 ("05"), so it cannot be altered by adding a digit. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Month as ND 30 writes it: only January and February get a leading 0 ("01", "02"); "3" … "12" stay bare. */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** The full date line, e.g. "Long Biên, ngày 05 tháng 3 năm 2024"; blanks for a draft that has only a year. */
export function dateLine(place: string, date: IssueDate): string {
  const day = date.day === undefined ? BLANK : formatDay(date.day);
  const month = date.month === undefined ? BLANK : formatMonth(date.month);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** A calendar date as dd/mm/yyyy, the short form used in references and tables ("05/03/2024"). */
export function shortDate(d: { day: number; month: number; year: number }): string {
  return `${formatDay(d.day)}/${String(d.month).padStart(2, '0')}/${d.year}`;
}
