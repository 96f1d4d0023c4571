// Vietnamese messages: loading a school's past (staff and collectives import, coverage declared by the history
// import) and the eligibility report's legend and filters (issue 11 §8, §2, §10).
export const schoolSetup = {
  'import.collectivesHeading': 'Tổ (trang “{sheet}”)',
  'import.collectiveName': 'Tên tổ',
  'import.leader': 'Tổ trưởng: {code}',
  'history.kind.coverage': 'Năm học đã đủ dữ liệu',
  'history.kind.schoolYears': 'Năm học (tạo mới nếu chưa có)',
  'history.coverageDeclared': 'Sau khi nhập, các năm học sau được coi là đã đủ dữ liệu:',
  'eligibility.collectiveFilter': 'Tổ',
  'eligibility.allCollectives': 'Tất cả các tổ',
  'eligibility.legendHeading': 'Chú giải',
  'eligibility.legendMarks': 'Mức xác minh căn cứ pháp lý',
  'eligibility.legendVerified': 'Đã xác minh: đã đối chiếu với văn bản, đúng điều khoản.',
  'eligibility.legendPartial': 'Xác minh một phần: đã có văn bản, chưa đối chiếu hết chi tiết.',
  'eligibility.legendUnverified': 'Chưa xác minh: số điều hoặc nội dung chưa đối chiếu với văn bản gốc.',
  'eligibility.legendAbbr': 'Chữ viết tắt',
  'eligibility.basisNote': 'Căn cứ có đánh dấu * chưa xác minh số điều.',
  'eligibility.groupShown': '{title}: {n} dòng',
};
