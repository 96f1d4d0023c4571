// View models for the staff pages.
import { formatDate } from '../../i18n/index.ts';

type Row = {
  id: string;
  code: string;
  fullName: string;
  gender: string;
  position: string;
  active: boolean;
  contractType: string;
  /** Absent when the reader may not see personal data (not selected). */
  birthDate?: Date | null;
  collective: { name: string } | null;
  user: { username: string } | null;
};

/** Rows of the staff list. */
export function presentStaffRows(rows: Row[]) {
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    fullName: r.fullName,
    genderKey: `gender.${r.gender}`,
    position: r.position,
    collective: r.collective?.name ?? '',
    birthDate: r.birthDate ? formatDate(r.birthDate) : '',
    contractKey: `contract.${r.contractType}`,
    active: r.active,
    username: r.user?.username ?? null,
  }));
}

type Editable = {
  code: string;
  fullName: string;
  gender: string;
  birthDate: Date | null;
  position: string;
  collectiveId: string | null;
  specialty: string | null;
  qualification: string | null;
  joinedSectorOn: Date | null;
  contractType: string;
  active: boolean;
};
const isoOfCalendarDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** Form values from a saved staff member (dates as yyyy-mm-dd for <input type="date">). */
export function staffFormValues(s?: Editable): Record<string, string | boolean> {
  if (!s)
    return {
      code: '',
      fullName: '',
      gender: '',
      birthDate: '',
      position: '',
      collectiveId: '',
      specialty: '',
      qualification: '',
      joinedSectorOn: '',
      contractType: 'civil_servant',
      active: true,
    };
  return {
    ...s,
    birthDate: isoOfCalendarDate(s.birthDate),
    joinedSectorOn: isoOfCalendarDate(s.joinedSectorOn),
    collectiveId: s.collectiveId ?? '',
    specialty: s.specialty ?? '',
    qualification: s.qualification ?? '',
  };
}
