// The statistics as an Excel workbook, through the app's tabular writer (the eligibility report's): the across-years
// table with the front-line share and the changes, then the detailed year by title and by level.
import { tablesXlsx, type XlsxSheet } from '../../documents/xlsxTables.ts';
import { vi } from '../../i18n/vi.ts';
import type { Statistics } from './loadStatistics.ts';
import { yearLabel } from './statistics.presenter.ts';

const T = (key: string) => (vi as Record<string, string>)[key] ?? key;

/** The workbook of `stats` for `schoolName`, in Vietnamese like the school's other exports. */
export async function statisticsXlsx(stats: Statistics, schoolName: string): Promise<Buffer> {
  const sheets: XlsxSheet[] = [
    {
      name: 'Qua các năm học',
      title: `${T('statistics.title')} — ${schoolName}`,
      notes: [T('statistics.frontLineNote')],
      header: [
        T('statistics.year'),
        T('statistics.staff'),
        T('award.LDTT'),
        T('statistics.ldttRate'),
        T('award.CSTDCS'),
        T('statistics.cstdcsRate'),
        T('statistics.collectiveTitles'),
        T('statistics.initiatives'),
        T('statistics.commended'),
        T('statistics.frontLine'),
        T('statistics.frontLineRate'),
        T('statistics.changeLdtt'),
        T('statistics.changeCstdcs'),
        T('statistics.changeCommended'),
        T('statistics.changeFrontLine'),
      ],
      rows: stats.years.rows.map((r) => [
        r.label,
        r.staff,
        r.ldtt,
        r.ldttRate,
        r.cstdcs,
        r.cstdcsRate,
        r.collectiveTitles,
        r.initiatives,
        r.commended,
        r.frontLine,
        r.frontLineRate,
        r.ldttChange,
        r.cstdcsChange,
        r.commendedChange,
        r.frontLinePoints,
      ]),
      widths: [12, 12, 12, 10, 12, 10, 12, 12, 14, 14, 12, 12, 12, 14, 14],
    },
  ];
  if (stats.year !== null) {
    const year = yearLabel(stats.year);
    sheets.push(
      {
        name: `Năm học ${year}`,
        title: `${T('statistics.awardsChart')} ${year}`,
        header: [T('statistics.award'), T('statistics.count')],
        rows: [
          ...stats.awards.map((a) => [`${T(`award.${a.code}`)}${a.collective ? ` (${T('statistics.collective')})` : ''}`, a.count]),
          ...stats.initiatives.map((i) => [`${T('statistics.initiatives')} ${T(`initiativeLevel.${i.level}`)}`, i.count]),
        ],
        widths: [50, 12],
      },
      {
        name: 'Theo cấp',
        title: `${T('statistics.levelsHeading')} — ${T('statistics.year').toLocaleLowerCase('vi')} ${year}`,
        notes: [T('statistics.levelsNote')],
        header: [T('statistics.level'), T('statistics.titles'), T('statistics.forms'), T('statistics.total')],
        rows: stats.levels.levels.map((l) => [T(`statistics.level.${l.level}`), l.titles, l.forms, l.total]),
        widths: [45, 18, 22, 10],
      },
    );
  }
  return tablesXlsx(sheets);
}
