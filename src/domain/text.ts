// Text helpers shared by every layer: NFC normalisation and diacritic folding for search.

/** Unicode NFC form with trimmed, single-spaced whitespace: how every stored text is kept. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Lower-case, diacritics removed, đ → d: "Nguyễn Thúy Hà" → "nguyen thuy ha". Used for search keys. */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
