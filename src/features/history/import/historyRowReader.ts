// Reads the cells of one row, value by value, recording a cell-level error for every bad value. Readers always
// return something of the right type (a placeholder on error) so row parsers stay straight-line code; a row with
// any error is dropped by the caller. A class rather than closures: one reader per row of files of 50,000 rows.
import { isoOfCalendarDate } from '../../../domain/calendarDate.ts';
import { parseCellDate } from '../../staff/import/parseCellDate.ts';
import { cellText, type PlainCellValue } from '../../staff/import/readCellValue.ts';
import type { HistoryRowError } from '../historyTypes.ts';
import { choiceKey, YES_NO, type ChoiceTable } from './historyChoices.ts';
import type { HistoryDirectory } from './historyDirectory.ts';
import { historyImportMessages as M } from './historyImportMessages.ts';
import { parseSchoolYear } from './parseSchoolYear.ts';

/** A row's values by column header; a header is absent when the file has no such column. */
export type HistoryCells = ReadonlyMap<string, PlainCellValue>;

interface NumberRule {
  min: number;
  max: number;
  places: number;
  percent?: boolean;
}
const MONTHS: NumberRule = { min: 0, max: 12, places: 1 };
const DAYS: NumberRule = { min: 0, max: 366, places: 0 };
const SHARE: NumberRule = { min: 0, max: 100, places: 2, percent: true };

/** A number typed or stored in a cell; Vietnamese decimal comma accepted ("9,5"). */
function readNumber(value: PlainCellValue, allowPercent: boolean): number | null {
  if (typeof value === 'number') return value;
  const typed = cellText(value);
  const text = allowPercent ? typed.replace(/\s*%$/, '') : typed;
  if (!/^\d+(?:[.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** Whether `n` has at most `places` decimals, allowing for binary floating-point noise from Excel. */
function hasDecimals(n: number, places: number): boolean {
  const scaled = n * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Reads typed values from one row of `sheet`, collecting errors in `errors`. */
export class HistoryRowReader {
  readonly errors: HistoryRowError[] = [];

  constructor(
    readonly sheet: string,
    readonly row: number,
    private readonly cells: HistoryCells,
    private readonly dir: HistoryDirectory,
  ) {}

  fail(column: string, message: string): void {
    this.errors.push({ sheet: this.sheet, row: this.row, column, message });
  }

  /** Clean text of a cell ('' when empty or absent). */
  text(header: string): string {
    return cellText(this.cells.get(header) ?? null);
  }

  /** Text with a length limit; '' (and an error when required) when empty. */
  str(header: string, required: boolean, max: number): string {
    const value = this.needed(header, required);
    if (value.length > max) this.fail(header, M.tooLong(header, max));
    return value;
  }

  /** A required staff code, in the directory's spelling. */
  staffCode(header: string): string {
    const typed = this.needed(header, true);
    if (typed === '') return '';
    const code = this.dir.staffCode(typed);
    if (code === undefined) this.fail(header, M.unknownStaff(typed));
    return code ?? '';
  }

  /** A collective name, in the directory's spelling; null when empty. */
  collective(header: string, required: boolean): string | null {
    const typed = this.needed(header, required);
    if (typed === '') return null;
    const name = this.dir.collectiveName(typed);
    if (name === undefined) this.fail(header, M.unknownCollective(typed));
    return name ?? null;
  }

  /** A required school year, as its start year. */
  year(header: string): number {
    const typed = this.needed(header, true);
    if (typed === '') return 0;
    const year = parseSchoolYear(typed);
    if (year === null) this.fail(header, M.year(typed));
    return year ?? 0;
  }

  /** One value of a closed list; null when empty. */
  choice<T>(header: string, table: ChoiceTable<T>, required: boolean): T | null {
    const typed = this.needed(header, required);
    if (typed === '') return null;
    const value = table.byKey.get(choiceKey(typed));
    if (value === undefined) this.fail(header, M.choice(header, typed, table.labels));
    return value ?? null;
  }

  /** Có/Không; Excel TRUE/FALSE cells read as "true"/"false", which YES_NO accepts. */
  yesNo(header: string, required: boolean): boolean | null {
    return this.choice(header, YES_NO, required);
  }

  /** A calendar date as YYYY-MM-DD; null when empty. */
  date(header: string, required: boolean): string | null {
    const typed = this.needed(header, required);
    if (typed === '') return null;
    const parsed = parseCellDate(this.cells.get(header) ?? null);
    if (!parsed.ok || !parsed.value) {
      this.fail(header, M.date(header, typed, parsed.ok ? 'format' : parsed.reason));
      return null;
    }
    return isoOfCalendarDate(parsed.value);
  }

  months(header: string): number | null {
    return this.number(header, MONTHS, M.months);
  }

  days(header: string): number | null {
    return this.number(header, DAYS, (shown) => M.days(header, shown));
  }

  share(header: string): number | null {
    return this.number(header, SHARE, M.share);
  }

  private needed(header: string, required: boolean): string {
    const value = this.text(header);
    if (value === '' && required) this.fail(header, M.required(header));
    return value;
  }

  private number(header: string, rule: NumberRule, message: (shown: string) => string): number | null {
    const typed = this.text(header);
    if (typed === '') return null;
    const n = readNumber(this.cells.get(header) ?? null, rule.percent === true);
    if (n !== null && n >= rule.min && n <= rule.max && hasDecimals(n, rule.places)) {
      return Math.round(n * 10 ** rule.places) / 10 ** rule.places;
    }
    this.fail(header, message(typed));
    return null;
  }
}
