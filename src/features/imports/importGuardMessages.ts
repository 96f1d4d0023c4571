// The Vietnamese messages of the upload guards (archive check, parse worker), shared by the staff and history
// imports, in the browser and on the command line.
import { XLSX_LIMITS } from './inspectZip.ts';
import { PARSE_LIMITS } from './parseLimits.ts';

const thousands = (n: number) => n.toLocaleString('vi-VN');
const megabytes = (bytes: number) => thousands(Math.round(bytes / 1024 / 1024));

export const importGuardMessages = {
  archiveTooLarge:
    `Tệp Excel này khi giải nén lớn bất thường (quá ${megabytes(XLSX_LIMITS.maxUncompressedBytes)} MB hoặc bị nén quá mức), ` +
    'có thể là tệp độc hại, nên không được xử lý. Vui lòng dùng tệp mẫu hoặc chia thành nhiều tệp nhỏ hơn.',
  tooManyEntries: `Tệp Excel có hơn ${thousands(XLSX_LIMITS.maxEntries)} thành phần, vượt giới hạn an toàn nên không được xử lý. Vui lòng dùng tệp mẫu.`,
  unreadable: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính .xlsx. Vui lòng dùng tệp mẫu.',
  tooHeavy:
    `Tệp quá lớn hoặc quá phức tạp để xử lý (vượt ${thousands(PARSE_LIMITS.timeoutMs / 1000)} giây hoặc ` +
    `${thousands(PARSE_LIMITS.maxMemoryMb)} MB bộ nhớ). Vui lòng chia thành nhiều tệp nhỏ hơn.`,
};
