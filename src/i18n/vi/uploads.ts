// Vietnamese messages: checks on uploaded images and on the names of uploaded files (issue 10 §13).
export const uploads = {
  'files.imageTooLarge':
    'Ảnh có kích thước quá lớn để xử lý an toàn: chỉ nhận ảnh tối đa 12.000 điểm ảnh mỗi chiều và 48 triệu điểm ảnh. Vui lòng thu nhỏ ảnh rồi tải lên lại.',
  'files.imageMalformed':
    'Tệp ảnh không hợp lệ: cấu trúc ảnh bị hỏng hoặc có nội dung lạ (ví dụ mã lệnh chèn trong ảnh). Vui lòng lưu lại ảnh từ máy ảnh hoặc phần mềm chỉnh ảnh rồi tải lên lại.',
} as const;
