// Vietnamese messages: council membership periods (terms with validity dates, decisions with an effective date).
export const council = {
  'council.oneChair': 'Hội đồng chỉ có một Chủ tịch.',
  'council.laterDecisionExists': 'Đã có quyết định có hiệu lực từ ngày này hoặc sau ngày này; hãy chọn ngày hiệu lực muộn hơn.',
  'council.effectiveOutsideYear': 'Ngày hiệu lực phải nằm trong năm học này.',
  'council.chairOverlap': 'Đã có một Chủ tịch khác trong cùng thời gian; hãy tải lại trang và kiểm tra.',
  'council.effectiveOn': 'Ngày hiệu lực',
  'council.effectiveOnHint': 'Để trống nếu quyết định có hiệu lực từ ngày ký.',
  'council.membersHint':
    'Bắt đầu từ Hội đồng hiện tại. Đổi vai trò, thêm, bớt hoặc thay thành viên; người không còn trong danh sách thôi nhiệm vụ từ ngày trước ngày hiệu lực.',
  'council.initiativeCouncil': 'Hội đồng sáng kiến',
  'council.membersOn': 'Thành viên Hội đồng ngày {date}',
  'council.initiativeMembersOn': 'Thành viên Hội đồng sáng kiến ngày {date}',
  'council.noMembersOn': 'Không có thành viên nào vào ngày này.',
  'council.period': 'Thời gian',
  'council.periodOpen': 'từ {from}',
  'council.periodClosed': '{from} – {to}',
  'council.termsOfYear': 'Các nhiệm kỳ trong năm học',
  'council.decisionEffective': 'Quyết định số {number} ký ngày {date}, hiệu lực từ {effective}',
  'council.endedBy': 'thôi theo Quyết định số {number}',
  'council.viewOn': 'Xem ngày',
} as const;
