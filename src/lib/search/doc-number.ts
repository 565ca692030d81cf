// Document numbers such as "99-QĐ/TW" are typed in many ways ("99-QD/TW", "99/QĐ-TW", "QĐ 99",
// "quyết định 99"). Each numbered page carries lookup keys in a searchable Pagefind meta field;
// a query that reads as a document number is turned into the matching key.
import { foldForSearch } from './fold.ts';

/** Every key starts with this, so a key never collides with an ordinary word of the text. */
const KEY_PREFIX = 'vbso';

/**
 * Type codes used in Party document numbers (NQ nghị quyết, QĐ quyết định or quy định, QĐi quy định
 * of the Central Committee, CT chỉ thị, KL kết luận, KH kế hoạch, HD hướng dẫn, CV công văn,
 * PA phương án, TB thông báo, BC báo cáo, QC quy chế), folded; only these count in "QĐ 99".
 */
const TYPE_CODES = ['nq', 'qd', 'qdi', 'ct', 'kl', 'kh', 'hd', 'cv', 'pa', 'tb', 'bc', 'qc'];

/** Kinds of document as people write them before a number ("quyết định 99"), folded without spaces. */
const KIND_WORDS = ['nghiquyet', 'quyetdinh', 'quydinh', 'chithi', 'ketluan', 'kehoach', 'huongdan', 'congvan', 'phuongan', 'thongbao', 'baocao', 'quyche'];

export interface DocumentNumber {
  /** Serial number without leading zeros, e.g. "4" for "04-NQ/TW". */
  serial: string;
  /** Folded type code, e.g. "qd", "qdi", "nq". */
  code: string;
  /** Folded issuer code, e.g. "tw", "tu", "bcd". */
  issuer: string;
}

const trimZeros = (digits: string) => digits.replace(/^0+(?=\d)/, '');

/** Reads an official number, Party style "04-NQ/TW", "02-PA/BCĐ" or State style "15/KH-UBND"; null for any other shape. */
export function parseDocumentNumber(number: string): DocumentNumber | null {
  const folded = foldForSearch(number);
  const match = /^\s*(\d{1,6})\s*-\s*(\p{L}+)\s*\/\s*(\p{L}+)\s*$/u.exec(folded) ?? /^\s*(\d{1,6})\s*\/\s*(\p{L}+)\s*-\s*(\p{L}+)\s*$/u.exec(folded);
  if (!match) return null;
  return { serial: trimZeros(match[1]!), code: match[2]!, issuer: match[3]! };
}

const kindWord = (kind: string) => foldForSearch(kind).replace(/[^a-z]/g, '');

/**
 * Ends the key of a bare serial ("vbso99so"): Pagefind matches a query word as the start of a word, and
 * no type code or kind starts with "so", so "vbso9so" never reaches 99's keys.
 */
const SERIAL_END = 'so';

const serialKey = (serial: string) => `${KEY_PREFIX}${serial}${SERIAL_END}`;

/**
 * The lookup keys a numbered page is indexed with: full number, number and code, number and kind,
 * and the bare serial. Throws on a number it cannot read, so no numbered document silently drops
 * out of number search.
 */
export function documentNumberKeys(number: string, kind: string): string[] {
  const parsed = parseDocumentNumber(number);
  if (!parsed) throw new Error(`Search: cannot read the document number "${number}"; write it like 99-QĐ/TW or 15/KH-UBND`);
  const { serial, code, issuer } = parsed;
  const keys = [`${KEY_PREFIX}${serial}${code}${issuer}`, `${KEY_PREFIX}${serial}${code}`, serialKey(serial)];
  const word = kindWord(kind);
  if (word) keys.push(`${KEY_PREFIX}${serial}${word}`);
  return [...new Set(keys)];
}

const SEP = String.raw`\s*[-/.\s]\s*`;
const CODE = `(${TYPE_CODES.join('|')})`;
const SO = String.raw`(?:so\s*)?`;
const N = String.raw`(\d{1,6})`;
const FULL_FORMS = [
  // 99-QĐ/TW, 99/QĐ-TW, 99 QD TW, số 99-QĐ/TW
  new RegExp(String.raw`(?:^|\s)${SO}${N}${SEP}([a-z]{1,5})${SEP}([a-z]{1,5})(?=\s|$)`),
  // 99QĐ/TW (no separator after the serial), only with a known code
  new RegExp(String.raw`(?:^|\s)${SO}${N}${CODE}${SEP}([a-z]{1,5})(?=\s|$)`),
];
const CODE_THEN_NUMBER = new RegExp(String.raw`(?:^|\s)${CODE}\s*[-.\s]?\s*${SO}${N}(?=\s|$|[-/])`);
// QĐ-TW 124, QĐ/TW số 124, qd tw 124: the symbol written before the serial.
const SYMBOL_THEN_NUMBER = new RegExp(String.raw`(?:^|\s)${CODE}\s*[-/.\s]\s*(?!so\b)([a-z]{1,5})\s*[-/.\s:]?\s*${SO}${N}(?=\s|$)`);
// 124, số 124, so 99, số: 04 — the whole query is the serial.
const BARE_NUMBER = /^(?:so\s*[.:]?\s*)?(\d{1,6})$/;
const NUMBER_THEN_CODE = new RegExp(String.raw`(?:^|\s)${SO}${N}\s*[-/\s]?\s*${CODE}(?=\s|$)`);
const KIND_THEN_NUMBER = new RegExp(String.raw`(?:^|\s)(${KIND_WORDS.join('|')})\s*${SO}${N}(?=\s|$|[-/])`);

/** The key of a page's date ("2017-10-03" → "vbsongay20171003"), so a date typed as staff write it finds the page of that day. */
export function dateKey(isoDate: string): string {
  return `${KEY_PREFIX}ngay${isoDate.replace(/-/g, '')}`;
}

// 03/10/2017, 3-10-2017, ngày 03.10.2017: the whole query is a date, day first.
const DATE_QUERY = /^(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

/**
 * The lookup key for a query that names a document by its number, or null when it does not.
 * "99-QĐ/TW", "99-qd/tw", "99/QĐ-TW", "QĐ-TW 99" → full key; "QĐ 99", "99 QĐ" → number and code;
 * "quyết định 99", "quyet dinh so 99" → number and kind; "99", "số 99" → every document numbered 99;
 * "03/10/2017", "ngày 3-10-2017" → the pages of that date.
 */
export function documentNumberQueryKey(query: string): string | null {
  const folded = foldForSearch(query).replace(/\s+/g, ' ').trim();
  const date = DATE_QUERY.exec(folded);
  if (date) return dateKey(`${date[4]}-${date[3]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`);
  const bare = BARE_NUMBER.exec(folded);
  if (bare) return serialKey(trimZeros(bare[1]!));
  for (const form of FULL_FORMS) {
    const full = form.exec(folded);
    if (full) {
      const [, serial, code, issuer] = full;
      // Read "99 quyet dinh" as number and kind rather than as a code and issuer.
      const asKind = `${code}${issuer}`;
      if (KIND_WORDS.includes(asKind)) return `${KEY_PREFIX}${trimZeros(serial!)}${asKind}`;
      // "124 của Ban Bí thư": words after a number, no type code.
      if (TYPE_CODES.includes(code!)) return `${KEY_PREFIX}${trimZeros(serial!)}${code}${issuer}`;
    }
  }
  const symbolFirst = SYMBOL_THEN_NUMBER.exec(folded);
  if (symbolFirst) {
    const [, code, issuer, serial] = symbolFirst;
    const asKind = `${code}${issuer}`;
    if (!KIND_WORDS.includes(asKind)) return `${KEY_PREFIX}${trimZeros(serial!)}${code}${issuer}`;
  }
  const codeFirst = CODE_THEN_NUMBER.exec(folded);
  if (codeFirst) return `${KEY_PREFIX}${trimZeros(codeFirst[2]!)}${codeFirst[1]}`;
  const numberFirst = NUMBER_THEN_CODE.exec(folded);
  if (numberFirst) return `${KEY_PREFIX}${trimZeros(numberFirst[1]!)}${numberFirst[2]}`;
  const joinedKinds = folded.replace(/\b(nghi|quyet|quy|chi|ket|ke|huong|cong|phuong|thong|bao) (quyet|dinh|thi|luan|hoach|dan|van|an|bao|cao|che)\b/g, '$1$2');
  const kindFirst = KIND_THEN_NUMBER.exec(joinedKinds);
  if (kindFirst) return `${KEY_PREFIX}${trimZeros(kindFirst[2]!)}${kindFirst[1]}`;
  return null;
}
