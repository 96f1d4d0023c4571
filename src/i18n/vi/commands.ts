// Vietnamese messages: workflow commands (empty registrations, crashed imports, issued documents).
export const commands = {
  'registrations.chooseTitleOrForm': 'Vui lòng chọn ít nhất một danh hiệu thi đua hoặc hình thức khen thưởng.',
  'registrations.emptyCannotBeApproved': 'Đăng ký chưa chọn danh hiệu hay hình thức khen thưởng nào nên không thể duyệt. Vui lòng trả lại để bổ sung.',
} as const;
