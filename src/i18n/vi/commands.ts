// Vietnamese messages: workflow commands (empty registrations, crashed imports, issued documents).
export const commands = {
  'registrations.chooseTitleOrForm': 'Vui lòng chọn ít nhất một danh hiệu thi đua hoặc hình thức khen thưởng.',
  'registrations.emptyCannotBeApproved': 'Đăng ký chưa chọn danh hiệu hay hình thức khen thưởng nào nên không thể duyệt. Vui lòng trả lại để bổ sung.',
  'registrations.summaryIssued': 'Đã cấp số {symbol} cho bảng tổng hợp mới.',
  'registrations.summaryVersions': 'Các bản đã ban hành',
  'registrations.summaryNewVersion': 'Ban hành bản mới',
  'registrations.summaryNewVersionHelp': 'Tải lại luôn cho đúng bản đã ban hành. Khi danh sách được duyệt thay đổi, hãy ban hành bản mới: bản mới nhận số mới.',
} as const;
