// The demo school: Trường Tiểu học Lý Thường Kiệt (Long Biên, Hà Nội), from the school's real 2024 plan
// (prisma/seed/ke-hoach-2024.json). Staff are plausible but invented. Demo data only, never for production.

export const demoSchool = {
  code: 'THLTK',
  name: 'Trường Tiểu học Lý Thường Kiệt',
  address: 'Phường Long Biên, Thành phố Hà Nội',
  placeName: 'Long Biên',
  documentPrefix: 'THLTK',
};

/** Governing body and the council that receives dossiers, before and after the 01/07/2025 reform. */
export function demoYearSettings(startYear: number) {
  return startYear >= 2025
    ? { governingBody: 'UBND PHƯỜNG LONG BIÊN', upperCouncil: 'Hội đồng Thi đua - Khen thưởng phường Long Biên' }
    : { governingBody: 'UBND QUẬN LONG BIÊN', upperCouncil: 'Hội đồng Thi đua - Khen thưởng quận Long Biên' };
}

export const demoCollectives = [
  { key: 'k1', name: 'Tổ khối 1', kind: 'grade_group' },
  { key: 'k2', name: 'Tổ khối 2', kind: 'grade_group' },
  { key: 'k3', name: 'Tổ khối 3', kind: 'grade_group' },
  { key: 'k4', name: 'Tổ khối 4', kind: 'grade_group' },
  { key: 'k5', name: 'Tổ khối 5', kind: 'grade_group' },
  { key: 'vp', name: 'Tổ văn phòng', kind: 'office' },
] as const;

type G = 'male' | 'female';
/** [code, full name, gender, birth date, position, collective key, specialty, contract, joined sector] */
type Row = [string, string, G, string, string, string, string, 'civil_servant' | 'contract', string];

export const demoStaff: Row[] = [
  ['GV001', 'Nguyễn Thúy Hà', 'female', '1975-04-12', 'Hiệu trưởng', 'vp', 'Giáo dục tiểu học', 'civil_servant', '1996-09-01'],
  ['GV002', 'Trần Minh Đức', 'male', '1979-10-03', 'Phó Hiệu trưởng', 'vp', 'Giáo dục tiểu học', 'civil_servant', '2001-09-01'],
  ['GV003', 'Lê Thị Thu Hằng', 'female', '1982-06-21', 'Phó Hiệu trưởng', 'vp', 'Giáo dục tiểu học', 'civil_servant', '2004-09-01'],
  ['GV004', 'Phạm Thị Lan', 'female', '1984-02-14', 'Tổ trưởng', 'k1', 'Giáo dục tiểu học', 'civil_servant', '2006-09-01'],
  ['GV005', 'Hoàng Thị Mai', 'female', '1988-11-30', 'Giáo viên', 'k1', 'Giáo dục tiểu học', 'civil_servant', '2010-09-01'],
  ['GV006', 'Vũ Thị Ngọc Ánh', 'female', '1990-05-08', 'Giáo viên', 'k1', 'Giáo dục tiểu học', 'civil_servant', '2012-09-01'],
  ['GV007', 'Đặng Thu Trang', 'female', '1993-09-17', 'Giáo viên', 'k1', 'Giáo dục tiểu học', 'civil_servant', '2015-09-01'],
  ['GV008', 'Bùi Thị Hồng Nhung', 'female', '1995-01-25', 'Giáo viên', 'k1', 'Tiếng Anh', 'contract', '2018-09-01'],
  ['GV009', 'Đỗ Thị Hương', 'female', '1983-07-02', 'Tổ trưởng', 'k2', 'Giáo dục tiểu học', 'civil_servant', '2005-09-01'],
  ['GV010', 'Ngô Thị Bích Ngọc', 'female', '1987-03-19', 'Giáo viên', 'k2', 'Giáo dục tiểu học', 'civil_servant', '2009-09-01'],
  ['GV011', 'Dương Văn Hùng', 'male', '1985-12-11', 'Giáo viên', 'k2', 'Giáo dục thể chất', 'civil_servant', '2008-09-01'],
  ['GV012', 'Lý Thị Thanh Huyền', 'female', '1991-08-05', 'Giáo viên', 'k2', 'Giáo dục tiểu học', 'civil_servant', '2013-09-01'],
  ['GV013', 'Trịnh Thị Yến', 'female', '1996-04-28', 'Giáo viên', 'k2', 'Giáo dục tiểu học', 'contract', '2019-09-01'],
  ['GV014', 'Nguyễn Thị Kim Oanh', 'female', '1980-10-09', 'Tổ trưởng', 'k3', 'Giáo dục tiểu học', 'civil_servant', '2002-09-01'],
  ['GV015', 'Phan Thị Thảo', 'female', '1986-06-16', 'Giáo viên', 'k3', 'Giáo dục tiểu học', 'civil_servant', '2008-09-01'],
  ['GV016', 'Cao Thị Diệu Linh', 'female', '1989-02-22', 'Giáo viên', 'k3', 'Âm nhạc', 'civil_servant', '2011-09-01'],
  ['GV017', 'Tạ Quang Huy', 'male', '1992-12-03', 'Giáo viên', 'k3', 'Tin học', 'civil_servant', '2014-09-01'],
  ['GV018', 'Lương Thị Hạnh', 'female', '1994-07-14', 'Giáo viên', 'k3', 'Giáo dục tiểu học', 'civil_servant', '2016-09-01'],
  ['GV019', 'Mai Thị Phương', 'female', '1981-05-27', 'Tổ trưởng', 'k4', 'Giáo dục tiểu học', 'civil_servant', '2003-09-01'],
  ['GV020', 'Nguyễn Văn Thành', 'male', '1984-09-09', 'Giáo viên', 'k4', 'Giáo dục tiểu học', 'civil_servant', '2007-09-01'],
  ['GV021', 'Đinh Thị Loan', 'female', '1987-01-13', 'Giáo viên', 'k4', 'Mĩ thuật', 'civil_servant', '2009-09-01'],
  ['GV022', 'Hà Thị Thu Thủy', 'female', '1990-11-20', 'Giáo viên', 'k4', 'Giáo dục tiểu học', 'civil_servant', '2012-09-01'],
  ['GV023', 'Kiều Thị Vân', 'female', '1997-03-06', 'Giáo viên', 'k4', 'Tiếng Anh', 'contract', '2020-09-01'],
  ['GV024', 'Trần Thị Minh Nguyệt', 'female', '1982-08-18', 'Tổ trưởng', 'k5', 'Giáo dục tiểu học', 'civil_servant', '2004-09-01'],
  ['GV025', 'Lê Văn Tuấn', 'male', '1986-04-01', 'Giáo viên', 'k5', 'Giáo dục tiểu học', 'civil_servant', '2008-09-01'],
  ['GV026', 'Phạm Thị Hoa', 'female', '1988-12-24', 'Giáo viên', 'k5', 'Giáo dục tiểu học', 'civil_servant', '2010-09-01'],
  ['GV027', 'Vũ Thị Quỳnh', 'female', '1993-06-10', 'Giáo viên', 'k5', 'Giáo dục tiểu học', 'civil_servant', '2015-09-01'],
  ['GV028', 'Nguyễn Thị Thu Hà', 'female', '1995-10-15', 'Giáo viên', 'k5', 'Đạo đức', 'civil_servant', '2017-09-01'],
  ['GV029', 'Hoàng Văn Nam', 'male', '1983-03-23', 'Giáo viên', 'k4', 'Giáo dục thể chất', 'civil_servant', '2006-09-01'],
  ['GV030', 'Đoàn Thị Thanh Tâm', 'female', '1985-08-29', 'Giáo viên', 'k3', 'Giáo dục tiểu học', 'civil_servant', '2007-09-01'],
  ['GV031', 'Chu Thị Hải Yến', 'female', '1992-02-04', 'Giáo viên', 'k2', 'Giáo dục tiểu học', 'civil_servant', '2014-09-01'],
  ['GV032', 'Nguyễn Thị Minh Châu', 'female', '1998-05-19', 'Giáo viên', 'k1', 'Giáo dục tiểu học', 'contract', '2021-09-01'],
  ['NV001', 'Trần Thị Bình', 'female', '1980-01-07', 'Tổ trưởng', 'vp', 'Kế toán', 'civil_servant', '2003-09-01'],
  ['NV002', 'Lê Thị Hồng', 'female', '1986-07-22', 'Văn thư', 'vp', 'Văn thư lưu trữ', 'civil_servant', '2009-09-01'],
  ['NV003', 'Phạm Văn Khánh', 'male', '1978-11-11', 'Bảo vệ', 'vp', 'Bảo vệ', 'contract', '2010-09-01'],
  ['NV004', 'Ngô Thị Nga', 'female', '1989-09-03', 'Y tế học đường', 'vp', 'Y sĩ', 'civil_servant', '2012-09-01'],
  ['NV005', 'Đỗ Thị Liên', 'female', '1991-04-16', 'Thư viện - Thiết bị', 'vp', 'Thư viện', 'civil_servant', '2014-09-01'],
  ['NV006', 'Vương Thị Tuyết', 'female', '1994-12-08', 'Tổng phụ trách Đội', 'vp', 'Giáo dục tiểu học', 'civil_servant', '2016-09-01'],
  ['GV033', 'Bạch Thị Ngân', 'female', '1990-06-26', 'Giáo viên', 'k5', 'Tiếng Anh', 'civil_servant', '2013-09-01'],
  ['GV034', 'Lại Văn Sơn', 'male', '1987-10-31', 'Giáo viên', 'k1', 'Giáo dục thể chất', 'civil_servant', '2010-09-01'],
];

/** Demo logins (password thidua2024) and who they are. */
export const DEMO_PASSWORD = 'thidua2024';
export const demoAccounts = [
  { username: 'admin', displayName: 'Quản trị hệ thống', staffCode: null, isAdmin: true },
  { username: 'chutich', displayName: 'Nguyễn Thúy Hà', staffCode: 'GV001', isAdmin: false },
  { username: 'phochutich', displayName: 'Trần Minh Đức', staffCode: 'GV002', isAdmin: false },
  { username: 'thuky', displayName: 'Lê Thị Hồng', staffCode: 'NV002', isAdmin: false },
  { username: 'uyvien', displayName: 'Phạm Thị Lan', staffCode: 'GV004', isAdmin: false },
  { username: 'giaovien', displayName: 'Hoàng Thị Mai', staffCode: 'GV005', isAdmin: false },
] as const;

/** The council of every school year: staff code → role. Group leaders sit as members (as the plan describes). */
export const demoCouncil: Array<[string, 'chair' | 'vice_chair' | 'secretary' | 'council_member' | 'initiative_council']> = [
  ['GV001', 'chair'],
  ['GV002', 'vice_chair'],
  ['NV002', 'secretary'],
  ['GV004', 'council_member'],
  ['GV009', 'council_member'],
  ['GV014', 'council_member'],
  ['GV019', 'council_member'],
  ['GV024', 'council_member'],
  ['NV001', 'council_member'],
  ['GV003', 'initiative_council'],
  ['GV014', 'initiative_council'],
  ['GV019', 'initiative_council'],
];

/** The initiative council's chair (a deputy head, as the initiative rules require; seated above). */
export const demoInitiativeChair = 'GV003';

/** The change made in the middle of last school year: a member leaves the council and another takes the seat. */
export const demoCouncilChange = { leaves: 'NV001', joins: 'GV025' } as const;
