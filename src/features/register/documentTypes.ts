// Types of outgoing documents in the register (ND 30/2020, Phụ lục III abbreviations).
export const DOCUMENT_TYPES = {
  KH: 'Kế hoạch',
  TTr: 'Tờ trình',
  BB: 'Biên bản',
  BC: 'Báo cáo',
  QĐ: 'Quyết định',
  TB: 'Thông báo',
  CV: 'Công văn',
  HD: 'Hướng dẫn',
  GM: 'Giấy mời',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as DocumentType[];

/** "12/KH-HĐTĐKT": the số/ký hiệu of a document (ND 30/2020: number, type abbreviation, issuer abbreviation). */
export function documentSymbol(number: number, type: string, issuerCode: string): string {
  return `${String(number).padStart(2, '0')}/${type}-${issuerCode}`;
}

/** The issuer abbreviation of the school's emulation council on its documents. */
export const COUNCIL_ISSUER_CODE = 'HĐTĐKT';
