// The upload corpus: malicious and malformed files (wrong magic, polyglots, script in SVG, HTML named .pdf, empty,
// over the limit, a zip bomb renamed, hostile names) and malformed multipart bodies sent raw.
import { deflateRawSync } from 'node:zlib';

export interface UploadCase {
  name: string;
  file?: { bytes: Buffer; filename: string };
  /** A raw multipart body with its Content-Type (for bodies supertest cannot build). */
  raw?: { contentType: string; body: Buffer };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200004e2000004e200806000000', 'hex'); // 20,000 × 20,000 header
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');

/** A zip whose one entry inflates to `size` bytes of zeros (a small bomb, made on the fly). */
function zipBomb(size: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(size));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const file = (name: string, bytes: Buffer, filename: string): UploadCase => ({ name, file: { bytes, filename } });
const raw = (name: string, contentType: string, body: string | Buffer): UploadCase => ({
  name,
  raw: { contentType, body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1') },
});
const part = (b: string, disposition: string, content: string) =>
  `--${b}\r\nContent-Disposition: form-data; ${disposition}\r\nContent-Type: application/pdf\r\n\r\n${content}\r\n`;

/** At least 30 hostile uploads for a route whose file field is `field` and whose limit is maxBytes. */
export function uploadCorpus(field: string, maxBytes: number): UploadCase[] {
  const B = 'hostileBoundary';
  return [
    file('wrong magic .pdf', Buffer.from('not a pdf at all'), 'a.pdf'),
    file('wrong magic .xlsx', Buffer.from('PK-but-not-really'), 'a.xlsx'),
    file('wrong magic .png', Buffer.from('GIF89a fake'), 'a.png'),
    file('exe renamed .pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'setup.pdf'),
    file('ELF renamed .docx', Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.alloc(200)]), 'a.docx'),
    file('GIF/JS polyglot', Buffer.from('GIF89a/*\x00\x00*/=alert(1)//;', 'latin1'), 'poly.gif'),
    file('PDF/HTML polyglot', Buffer.concat([PDF, HTML]), 'poly.pdf'),
    file('SVG with script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'a.svg'),
    file('SVG named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'a.png'),
    file('HTML renamed .pdf', HTML, 'report.pdf'),
    file('EICAR', Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'), 'eicar.pdf'),
    file('0 bytes', Buffer.alloc(0), 'empty.pdf'),
    file('max + 1 byte', Buffer.concat([PDF, Buffer.alloc(maxBytes + 1 - PDF.length)]), 'big.pdf'),
    file('pixel flood PNG', PNG, 'flood.png'),
    file('zip bomb renamed .pdf', zipBomb(50 * 1024 * 1024), 'bomb.pdf'),
    file('zip bomb as .xlsx', zipBomb(50 * 1024 * 1024), 'bomb.xlsx'),
    file('path traversal', PDF, '../../../../etc/passwd.pdf'),
    file('windows traversal', PDF, '..\\..\\windows\\win.ini.pdf'),
    file('encoded traversal', PDF, '%2e%2e%2f%2e%2e%2fetc%2fpasswd.pdf'),
    file('absolute path', PDF, '/etc/cron.d/x.pdf'),
    file('windows reserved', PDF, 'CON.pdf'),
    file('300-character name', PDF, `${'Thi đua '.repeat(37)}x.pdf`),
    file('RTL override', PDF, 'invoice\u202Efdp.exe'),
    file('NFD Vietnamese name', PDF, 'Kế hoạch thi đua.pdf'.normalize('NFD')),
    file('.htaccess', PDF, '.htaccess'),
    file('no extension', PDF, 'noext'),
    file('double extension', PDF, 'a.pdf.exe'),
    file('script name', PDF, '<script>alert(1)</script>.pdf'),
    file('control characters in name', PDF, 'a\r\nb\t.pdf'),
    raw('truncated closing boundary', `multipart/form-data; boundary=${B}`, part(B, `name="${field}"; filename="a.pdf"`, PDF.toString('latin1')) + `--${B}`),
    raw('truncated body', `multipart/form-data; boundary=${B}`, `--${B}\r\nContent-Disposition: form-data; name="${field}"; filename="a.pdf"\r\n\r\n%PDF-1.4`),
    raw('empty field name', `multipart/form-data; boundary=${B}`, `${part(B, 'name=""; filename="a.pdf"', '%PDF-1.4')}--${B}--\r\n`),
    raw('empty filename', `multipart/form-data; boundary=${B}`, `${part(B, `name="${field}"; filename=""`, '%PDF-1.4')}--${B}--\r\n`),
    raw(
      'duplicate file fields',
      `multipart/form-data; boundary=${B}`,
      `${part(B, `name="${field}"; filename="a.pdf"`, '%PDF-1.4')}${part(B, `name="${field}"; filename="b.pdf"`, '%PDF-1.4')}--${B}--\r\n`,
    ),
    raw('missing boundary', 'multipart/form-data', `--${B}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\nx\r\n--${B}--\r\n`),
    raw('garbage header', `multipart/form-data; boundary=${B}`, `--${B}\r\nGarbage\r\n\r\nx\r\n--${B}--\r\n`),
    raw('no parts', `multipart/form-data; boundary=${B}`, `--${B}--\r\n`),
    raw('wrong field name', `multipart/form-data; boundary=${B}`, `${part(B, 'name="other"; filename="a.pdf"', '%PDF-1.4')}--${B}--\r\n`),
  ];
}
