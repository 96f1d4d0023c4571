// Vietnamese messages: sign-in and upload safety (issue 10).
export const auth = {
  'files.nameMismatch':
    'Tên tệp có phần mở rộng không khớp với nội dung tệp (ví dụ tệp PDF lại mang tên .htaccess hoặc .zip). Vui lòng đổi tên tệp cho đúng loại rồi tải lên lại.',
} as const;
