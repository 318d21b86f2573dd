import * as OpenCC from 'opencc-js/t2cn';

/**
 * Text prepared for matching, with a map back to the original so that evidence
 * is quoted in the source's own script.
 */
export interface NormalizedText {
  readonly original: string;
  /** NFKC, Simplified script, pinyin annotations and zero-width characters removed, Latin case and diacritics folded, dashes as spaces, whitespace collapsed. */
  readonly text: string;
  /** The same as `text` but with letter case kept (same length, same offsets), for spotting names. */
  readonly cased: string;
  /** offsets[i] is the index in `original` of the character that produced text[i]; offsets[text.length] = original.length. */
  readonly offsets: Int32Array;
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const ZERO_WIDTH = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
// Letters that carry no combining mark to strip, so NFD alone would not fold them.
const SPECIAL_FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };

// A pinyin annotation glued after a Han character, as in 導(dǎo)讀: one or two syllables, at least one tone mark.
const PINYIN_ANNOTATION = /(?<=\p{Script=Han})[(（]\s*(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}(?:\s[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7})?\s*[)）]/gu;

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f;
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

function foldLatin(s: string): string {
  const lower = s.toLowerCase();
  return SPECIAL_FOLD[lower] ?? stripMarks(lower);
}

/** Marks the original indexes that a glued-in pinyin annotation covers. */
function annotationMask(original: string): Uint8Array | null {
  let mask: Uint8Array | null = null;
  PINYIN_ANNOTATION.lastIndex = 0;
  for (const m of original.matchAll(PINYIN_ANNOTATION)) {
    mask ??= new Uint8Array(original.length);
    mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

/** What one other character becomes: NFKC, Latin folded (lowercase, no diacritics), and its cased form. */
function foldCharUncached(cp: number): [string, string] {
  const nfkc = String.fromCodePoint(cp).normalize('NFKC');
  const latin = cp < 0x2000 || (cp >= 0xff00 && cp <= 0xffef);
  let piece = latin ? foldLatin(nfkc) : nfkc.toLowerCase();
  let casedPiece = latin ? stripMarks(nfkc) : nfkc;
  if (casedPiece.length !== piece.length) casedPiece = piece;
  if (piece.length === 1 && (isSpace(piece.charCodeAt(0)) || DASHES.has(piece.charCodeAt(0)))) piece = casedPiece = ' ';
  return [piece, casedPiece];
}

// The folding of a character never changes: a memo (bounded) spares NFKC and NFD on every "，" and "’".
const FOLDED = new Map<number, [string, string]>();
const MAX_FOLDED = 20_000;
function foldChar(cp: number): [string, string] {
  let f = FOLDED.get(cp);
  if (!f) {
    f = foldCharUncached(cp);
    if (FOLDED.size < MAX_FOLDED) FOLDED.set(cp, f);
  }
  return f;
}

const UTF16 = new TextDecoder('utf-16le');
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The normalised text is built in typed arrays (two code-unit buffers and the offset map) and
 * decoded once: per-character strings pushed into arrays were a third of reading's time. Text
 * without Han characters skips the script conversion and the pinyin pass.
 */
export function normalize(original: string): NormalizedText {
  const han = HAS_HAN.test(original);
  const mask = han ? annotationMask(original) : null;
  const converted = han ? toSimplified(original) : original;
  // The converter maps character for character; if it ever changes length, fall back to the original script.
  const script = converted.length === original.length ? converted : original;
  let cap = original.length + 16;
  let out = new Uint16Array(cap);
  let cased = new Uint16Array(cap);
  let offsets = new Int32Array(cap + 1);
  let len = 0;
  const push = (unit: number, casedUnit: number, at: number) => {
    if (len === cap) {
      cap *= 2;
      const o = new Uint16Array(cap);
      o.set(out);
      out = o;
      const c = new Uint16Array(cap);
      c.set(cased);
      cased = c;
      const f = new Int32Array(cap + 1);
      f.set(offsets);
      offsets = f;
    }
    out[len] = unit;
    cased[len] = casedUnit;
    offsets[len++] = at;
  };
  let lastWasSpace = true;
  for (let i = 0; i < original.length;) {
    const cp = script.codePointAt(i)!;
    const at = i;
    i += cp > 0xffff ? 2 : 1;
    if (mask?.[at]) continue;
    // Most characters of news are ASCII letters, digits and punctuation: decided without a lookup.
    if (cp < 0x80 && cp > 0x20 && cp !== 0x2d) {
      push(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp, cp, at);
      lastWasSpace = false;
      continue;
    }
    if (ZERO_WIDTH.has(cp)) continue;
    if (cp === 0x0a || cp === 0x2029) {
      // Line breaks survive (collapsed) because they end sentences and headlines.
      if (len && out[len - 1] === 0x20) out[len - 1] = cased[len - 1] = 0x0a;
      else if (len && out[len - 1] !== 0x0a) push(0x0a, 0x0a, at);
      lastWasSpace = true;
      continue;
    }
    if (isSpace(cp) || DASHES.has(cp)) {
      if (!lastWasSpace) {
        push(0x20, 0x20, at);
        lastWasSpace = true;
      }
      continue;
    }
    if (cp < 0x80) {
      push(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp, cp, at);
      lastWasSpace = false;
      continue;
    }
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      push(cp, cp, at);
      lastWasSpace = false;
      continue;
    }
    const [piece, casedPiece] = foldChar(cp);
    if (piece === ' ' && lastWasSpace) continue;
    for (let k = 0; k < piece.length; k++) push(piece.charCodeAt(k), casedPiece.charCodeAt(k), at);
    lastWasSpace = piece === ' ';
  }
  while (len && (out[len - 1] === 0x20 || out[len - 1] === 0x0a)) len--;
  const map = offsets.slice(0, len + 1);
  map[len] = original.length;
  return { original, text: UTF16.decode(out.subarray(0, len)), cased: UTF16.decode(cased.subarray(0, len)), offsets: map };
}

/** The original text behind normalized positions [start, end). */
export function originalSpan(n: NormalizedText, start: number, end: number): string {
  const from = n.offsets[start] ?? n.original.length;
  // The end maps to just past the last original character that produced text[end - 1].
  let to = end < n.offsets.length - 1 ? n.offsets[end]! : n.original.length;
  if (end > start && to <= n.offsets[end - 1]!) to = n.offsets[end - 1]! + 1;
  return n.original.slice(from, to).trim();
}

// Printable ASCII only: what most aliases are, and what needs no offset map to normalise.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Normalises a watchlist alias the same way as text, so both meet in the automaton. */
export function normalizeAlias(alias: string): string {
  // The same result as normalize() for plain ASCII (dashes as spaces, spaces collapsed, lowercase), without its buffers:
  // a 100,000-alias watchlist is normalised at every start.
  if (PLAIN_ASCII.test(alias)) return alias.replace(/-/g, ' ').replace(/ {2,}/g, ' ').trim().toLowerCase();
  return normalize(alias).text;
}

/** The original text without glued-in pinyin annotations (導(dǎo)讀 → 導讀), script unchanged: for quoting. */
export function stripAnnotations(original: string): string {
  return original.replace(PINYIN_ANNOTATION, '');
}
