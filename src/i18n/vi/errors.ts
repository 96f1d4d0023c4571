// Vietnamese messages: refusals of malformed requests, uploads that multer refuses, and the maintenance page.
export const errors = {
  'error.unavailable.title': 'Hệ thống đang bảo trì',
  'error.unavailable.body': 'Hệ thống đang bảo trì hoặc tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
  'error.badRequest.body': 'Yêu cầu không hợp lệ. Vui lòng tải lại trang và thử lại.',
  'error.badEncoding': 'Dữ liệu gửi lên có cách mã hóa không được hỗ trợ.',
  'error.badPath': 'Đường dẫn không hợp lệ.',
  'error.nulByte': 'Dữ liệu gửi lên chứa ký tự không hợp lệ (ký tự NUL). Vui lòng xóa ký tự đó và gửi lại.',
  'error.bodyTooLarge': 'Dữ liệu gửi lên quá lớn (tối đa {max}). Vui lòng rút gọn nội dung và gửi lại.',
  'error.tooManyFields': 'Biểu mẫu có quá nhiều trường (tối đa {max}).',
  'upload.tooLarge': 'Tệp tải lên vượt quá giới hạn {max} MB.',
  'upload.tooManyFiles': 'Chỉ được tải lên một tệp mỗi lần.',
  'upload.wrongField': 'Tệp phải được gửi trong ô chọn tệp của biểu mẫu.',
  'upload.tooManyFields': 'Biểu mẫu tải tệp có quá nhiều trường.',
  'upload.fieldTooLarge': 'Một trường của biểu mẫu tải tệp quá dài.',
  'upload.malformed': 'Dữ liệu tải lên bị hỏng hoặc không đầy đủ. Vui lòng chọn lại tệp và gửi lại.',
  'plan.sectionTooLong': 'Nội dung mục quá dài: tối đa {max} ký tự (hiện có {count}). Hãy rút gọn hoặc chia thành nhiều mục.',
} as const;
