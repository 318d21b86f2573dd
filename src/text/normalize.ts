import { mojibakeRepairs, repairMojibake } from './mojibake.js';
import { simplify } from './simplify.js';

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

// Markdown a feed carries unrendered (a forum's, a repository's): a link's brackets and address, emphasis marks and
// backticks are no words ("**Ana Silva** left [OpenAI](https://openai.com)" reads "Ana Silva left OpenAI").
const MD_LINK = /\[([^\]\n]{1,80})\]\((?:https?:\/\/|\/)[^)\s]{0,300}\)/g;
const MD_EMPHASIS = /(\*\*|__)(?=\S)[^*_\n]{1,80}?\S\1|(?<![\w*])[_*](?=[^\s_*])[^_*\n]{1,60}?[^\s_*][_*](?![\w*])|`[^`\n]{1,60}`/g;

/** Marks the original indexes that markdown's syntax covers (the text inside it stays). */
function markdownMask(original: string, mask: Uint8Array | null): Uint8Array | null {
  for (const m of original.matchAll(MD_LINK)) {
    mask ??= new Uint8Array(original.length);
    mask[m.index] = 1;
    mask.fill(1, m.index + 1 + m[1]!.length, m.index + m[0].length);
  }
  for (const m of original.matchAll(MD_EMPHASIS)) {
    mask ??= new Uint8Array(original.length);
    const mark = m[1]?.length ?? 1;
    mask.fill(1, m.index, m.index + mark);
    mask.fill(1, m.index + m[0].length - mark, m.index + m[0].length);
  }
  return mask;
}

/** What one other character becomes: NFKC, Latin folded (lowercase, no diacritics), and its cased form. */
function foldCharUncached(cp: number): [string, string] {
  const nfkc = String.fromCodePoint(cp).normalize('NFKC');
  const latin = cp < 0x2000 || (cp >= 0xff00 && cp <= 0xffef);
  let piece = latin ? foldLatin(nfkc) : nfkc.toLowerCase();
  // ("Yıldız", "Łukasz": a letter folded by SPECIAL_FOLD keeps its case, so names still read as names.)
  const special = latin ? SPECIAL_FOLD[nfkc.toLowerCase()] : undefined;
  let casedPiece = special ? (nfkc === nfkc.toLowerCase() ? special : special[0]!.toUpperCase() + special.slice(1)) : latin ? stripMarks(nfkc) : nfkc;
  if (casedPiece.length !== piece.length) casedPiece = piece;
  if (piece.length === 1 && (isSpace(piece.charCodeAt(0)) || DASHES.has(piece.charCodeAt(0)))) piece = casedPiece = ' ';
  return [piece, casedPiece];
}

// The folding of a character never changes: a memo (bounded) spares NFKC and NFD for characters that fold to several units.
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

// What normalising does with each BMP code unit, decided the first time it is seen and then read from a table:
// the per-character branches and Set lookups were most of normalising's time.
// 0: not seen yet.
const ONE = 1; // one unit out: FOLDED_UNIT (lower) and CASED_UNIT
const SPACE = 2; // a space, dash or anything that folds to one
const LINE = 3; // a line break, kept because it ends sentences and headlines
const DROP = 4; // zero-width characters
const SEVERAL = 5; // folds to zero or several units: read from foldChar
const KIND = new Uint8Array(0x10000);
const FOLDED_UNIT = new Uint16Array(0x10000);
const CASED_UNIT = new Uint16Array(0x10000);

function classify(cp: number): number {
  let kind: number;
  if (ZERO_WIDTH.has(cp)) kind = DROP;
  else if (cp === 0x0a || cp === 0x2029) kind = LINE;
  else if (isSpace(cp) || DASHES.has(cp)) kind = SPACE;
  else if (cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff)) {
    kind = ONE;
    FOLDED_UNIT[cp] = cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
    CASED_UNIT[cp] = cp;
  } else {
    const [piece, casedPiece] = foldCharUncached(cp);
    if (piece === ' ') kind = SPACE;
    else if (piece.length === 1) {
      kind = ONE;
      FOLDED_UNIT[cp] = piece.charCodeAt(0);
      CASED_UNIT[cp] = casedPiece.charCodeAt(0);
    } else kind = SEVERAL;
  }
  KIND[cp] = kind;
  return kind;
}

const UTF16 = new TextDecoder('utf-16le');
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

// One set of buffers, reused by every call (normalising is synchronous): allocating three typed arrays per
// item cost more than filling them. Only the offset map is copied out.
let scratch = { out: new Uint16Array(4096), cased: new Uint16Array(4096), offsets: new Int32Array(4097) };

function grown(len: number, need: number): typeof scratch {
  const cap = Math.max(need, scratch.out.length * 2);
  const next = { out: new Uint16Array(cap), cased: new Uint16Array(cap), offsets: new Int32Array(cap + 1) };
  next.out.set(scratch.out.subarray(0, len));
  next.cased.set(scratch.cased.subarray(0, len));
  next.offsets.set(scratch.offsets.subarray(0, len));
  return (scratch = next);
}

/** Writes a character's folded units (and their cased form) into the buffers at `len`, each mapped to `at`: the new length. */
function writePiece(piece: string, casedPiece: string, at: number, len: number): number {
  const { out, cased, offsets } = scratch;
  for (let k = 0; k < piece.length; k++) {
    out[len] = piece.charCodeAt(k);
    cased[len] = casedPiece.charCodeAt(k);
    offsets[len++] = at;
  }
  return len;
}

/**
 * The normalised text is built in typed arrays (two code-unit buffers and the offset map) and decoded once.
 * Text without Han characters skips the script conversion and the pinyin pass.
 */
export function normalize(original: string): NormalizedText {
  const han = HAS_HAN.test(original);
  const annotated = han && (original.includes('(') || original.includes('（')) ? annotationMask(original) : null;
  // (Only where a link, bold or code mark stands: a lone "_" or "*" is common in feed text, and italics alone hide no word.)
  const mask = original.includes('](') || original.includes('**') || original.includes('__') || original.includes('`') ? markdownMask(original, annotated) : annotated;
  const converted = han ? simplify(original) : original;
  // The converter maps character for character; if it ever changes length, fall back to the original script.
  const script = converted.length === original.length ? converted : original;
  const n = original.length;
  // Invariant: room for one unit per input unit still to read (only SEVERAL writes more, and it makes room).
  let { out, cased, offsets } = scratch.out.length > n ? scratch : grown(0, n + 16);
  let len = 0;
  let lastWasSpace = true;
  // ("KarĂ©n Simonyan": mojibake is read as the text it stands for, each repaired character mapped to its run's start.)
  const repairs = mojibakeRepairs(original);
  let next = 0;
  for (let i = 0; i < n;) {
    const at = i;
    if (repairs !== null && next < repairs.length && repairs[next]!.start === at) {
      const { text: fixed, end } = repairs[next++]!;
      if (len + fixed.length * 4 + (n - end) >= out.length) ({ out, cased, offsets } = grown(len, len + fixed.length * 4 + (n - end) + 16));
      for (const ch of fixed) {
        const [piece, casedPiece] = foldChar(ch.codePointAt(0)!);
        if (piece === ' ' && lastWasSpace) continue;
        len = writePiece(piece, casedPiece, at, len);
        lastWasSpace = piece === ' ';
      }
      i = end;
      continue;
    }
    let cp = script.charCodeAt(i++);
    if (cp >= 0xd800 && cp <= 0xdbff && i < n) {
      const low = script.charCodeAt(i);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (mask !== null && mask[at] === 1) continue;
    const kind = cp > 0xffff ? SEVERAL : KIND[cp] || classify(cp);
    if (kind === ONE) {
      out[len] = FOLDED_UNIT[cp]!;
      cased[len] = CASED_UNIT[cp]!;
      offsets[len++] = at;
      lastWasSpace = false;
    } else if (kind === SPACE) {
      if (!lastWasSpace) {
        out[len] = cased[len] = 0x20;
        offsets[len++] = at;
        lastWasSpace = true;
      }
    } else if (kind === LINE) {
      if (len && out[len - 1] === 0x20) out[len - 1] = cased[len - 1] = 0x0a;
      else if (len && out[len - 1] !== 0x0a) {
        out[len] = cased[len] = 0x0a;
        offsets[len++] = at;
      }
      lastWasSpace = true;
    } else if (kind === SEVERAL) {
      const [piece, casedPiece] = foldChar(cp);
      if (piece === ' ' && lastWasSpace) continue;
      if (len + piece.length + (n - i) >= out.length) ({ out, cased, offsets } = grown(len, len + piece.length + (n - i) + 16));
      len = writePiece(piece, casedPiece, at, len);
      lastWasSpace = piece === ' ';
    }
  }
  while (len && (out[len - 1] === 0x20 || out[len - 1] === 0x0a)) len--;
  const map = offsets.slice(0, len + 1);
  map[len] = original.length;
  return { original, text: UTF16.decode(out.subarray(0, len)), cased: UTF16.decode(cased.subarray(0, len)), offsets: map };
}

/** Whether the space at normalised position `i` was a hyphen in the original ("Jae-won", "post-training"). */
export function wasHyphen(n: NormalizedText, i: number): boolean {
  return n.text.charCodeAt(i) === 0x20 && n.original.charCodeAt(n.offsets[i]!) === 0x2d;
}

/** The original text behind normalized positions [start, end), its mojibake repaired (names and quotes read as written). */
export function originalSpan(n: NormalizedText, start: number, end: number): string {
  const from = n.offsets[start] ?? n.original.length;
  // The end maps to just past the last original character that produced text[end - 1].
  let to = end < n.offsets.length - 1 ? n.offsets[end]! : n.original.length;
  if (end > start && to <= n.offsets[end - 1]!) to = n.offsets[end - 1]! + 1;
  return repairMojibake(n.original.slice(from, to)).trim();
}

// Printable ASCII only: what most aliases are, and what needs no offset map to normalise.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
// (But not with the marks markdown is read for: normalize() may drop them.)
const MARKDOWN_MARKS = /[*_`\]]/;

/** Normalises a watchlist alias the same way as text, so both meet in the automaton. */
export function normalizeAlias(alias: string): string {
  // The same result as normalize() for plain ASCII (dashes as spaces, spaces collapsed, lowercase), without its buffers:
  // a 100,000-alias watchlist is normalised at every start.
  if (PLAIN_ASCII.test(alias) && !MARKDOWN_MARKS.test(alias)) return alias.replace(/-/g, ' ').replace(/ {2,}/g, ' ').trim().toLowerCase();
  return normalize(alias).text;
}

/** The original text without glued-in pinyin annotations (導(dǎo)讀 → 導讀), script unchanged: for quoting. */
export function stripAnnotations(original: string): string {
  return original.replace(PINYIN_ANNOTATION, '');
}
