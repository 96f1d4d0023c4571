// The official-document model: a plain, display-ready description of a Vietnamese administrative document
// (Nghị định 30/2020/NĐ-CP, Phụ lục I). Both renderers (PDF, DOCX) draw exactly this object, so a document
// looks the same whichever format is exported. Texts are stored as they should appear (case, numbering).

/** A calendar day without time or zone: documents are dated by day, and a Date would drag a time zone in. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** A draft not yet signed knows only its year: the date line then keeps blanks for day and month. */
export type IssueDate = CalendarDate | { year: number; month?: undefined; day?: undefined };

/** Top of the first page: agency on the left, Quốc hiệu / Tiêu ngữ on the right. */
export interface DocumentHeader {
  /** Tên cơ quan, tổ chức chủ quản (upper line, regular), e.g. "TRƯỜNG TIỂU HỌC LÝ THƯỜNG KIỆT". */
  parentAgency?: string;
  /** Tên cơ quan, tổ chức ban hành (bold, short line below), e.g. "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG". */
  issuingAgency: string;
  /** Số, ký hiệu without the "Số: " prefix, e.g. "12/KH-HĐTĐKT". */
  number: string;
  /** Địa danh, e.g. "Long Biên". */
  place: string;
  date: IssueDate;
  /** A document that takes no register number (a report signed by a person): no "Số:" line. */
  unnumbered?: boolean;
}

/** A body paragraph: justified with a first-line indent; `lead` is a bold run before the text ("3.1."). */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  lead?: string;
}

/** A numbered heading: level 1 "I.", 2 "1.", 3 "1.1.", 4 "a)"; `number` is shown as given. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3 | 4;
  number: string;
  text: string;
}

/** A list whose items start with "- ", the usual list style of Vietnamese administrative documents. */
export interface BulletsBlock {
  kind: 'bullets';
  items: string[];
}

export interface TableColumn {
  title: string;
  /** Relative width: columns share the text width in proportion to these numbers. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A table whose header row is repeated on every page it spans; rows are never split across pages. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: string[][];
}

export interface SpacerBlock {
  kind: 'spacer';
  /** Vertical space in points; one blank body line when absent. */
  points?: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block = ParagraphBlock | HeadingBlock | BulletsBlock | TableBlock | SpacerBlock | PageBreakBlock;

/** Quyền hạn, chức vụ, họ tên người ký. */
export interface SignatureBlock {
  /** "TM. HỘI ĐỒNG", "KT. HIỆU TRƯỞNG"; absent when the head signs in their own name. */
  authority?: string;
  /** "CHỦ TỊCH", "PHÓ HIỆU TRƯỞNG". */
  title: string;
  /** Họ tên, e.g. "Nguyễn Thúy Hà". */
  name: string;
}

/** One line of "Nơi nhận": "- HĐTĐKT quận: để báo cáo;". */
export interface Recipient {
  name: string;
  purpose?: string;
}

/**
 * A phụ lục printed after the signature block (ND 30/2020, Phụ lục I): on its own pages, "Phụ lục" (with a Roman
 * number when there are several) on one centred bold line, the title in bold capitals, then the italic reference
 * "(Kèm theo … số … ngày … của …)"; its pages are numbered on their own.
 */
export interface Annex {
  /** "Phụ lục" or "Phụ lục I". */
  label: string;
  /** Upper case, e.g. "DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN". */
  title: string;
  /** "(Kèm theo Quyết định số 05/QĐ-THLTK ngày 20/5/2025 của Hiệu trưởng …)". */
  reference: string;
  body: Block[];
}

export interface OfficialDocument {
  header: DocumentHeader;
  /** Tên loại văn bản, upper case, e.g. "KẾ HOẠCH". */
  typeName: string;
  /** Trích yếu nội dung, e.g. "Công tác thi đua, khen thưởng năm 2024". */
  summary: string;
  /**
   * A công văn (ND 30/2020, Phụ lục I, mẫu 1.4): no type-name line is printed; the trích yếu ("V/v …") sits under the
   * số in the left column, and "Kính gửi:" with these addressees follows the header, centred.
   */
  letter?: { addressees: string[] };
  body: Block[];
  signature: SignatureBlock;
  recipients: Recipient[];
  /** What "- Lưu: …." lists, e.g. ["VT"] or ["VT", "TĐKT(2)"]. */
  archive: string[];
  /** Phụ lục, printed after the signature block and "Nơi nhận", each from a new page. */
  annexes?: Annex[];
  /** Document title for the file's metadata; the type name and summary when absent. */
  /** A draft not yet signed: marked "DỰ THẢO" in the top margin of page 1. */
  draft?: boolean;
  title?: string;
  author?: string;
}
