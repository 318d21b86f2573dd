import { NOT_NAME_WORDS, ZH_SURNAMES, ZH_TITLE_WORDS } from './lexicon.js';

/** A person's name spotted in text without being on the watchlist. */
export interface NameSpan {
  start: number;
  end: number;
}

const LATIN_NAME = /(?<![A-Za-z.])[A-Z][a-z'’]+(?:[A-Z][a-z]+)?(?: (?:[A-Z][a-z'’]+(?:[A-Z][a-z]+)?|[A-Z]\.)){1,3}(?![A-Za-z])/g;
const HAN = /\p{Script=Han}/u;
// Characters that may follow a Chinese name: a verb or adverb that starts the predicate, or punctuation.
const AFTER_ZH_NAME = new Set('被已将宣正官确于在离加辞出跳转重回也因日近表称曾此,.:;、 ("「“和与及等则还又'.split(''));

/**
 * Romanised names in cased text: two to four capitalised words ("Chi Hao Wu",
 * "Rohan Varma"), with leading or trailing non-name words ("Former", "Researcher") trimmed.
 */
export function findLatinNames(cased: string, from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  const slice = cased.slice(from, to);
  for (const m of slice.matchAll(LATIN_NAME)) {
    const words = m[0].split(' ');
    let offset = m.index;
    while (words.length && NOT_NAME_WORDS.has(words[0]!.toLowerCase().replace(/['’]s$/, ''))) offset += words.shift()!.length + 1;
    while (words.length && NOT_NAME_WORDS.has(words[words.length - 1]!.toLowerCase().replace(/['’]s$/, ''))) words.pop();
    if (words.length < 2 || words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) continue;
    let text = words.join(' ');
    text = text.replace(/['’]s$/, '');
    out.push({ start: from + offset, end: from + offset + text.length });
  }
  return out;
}

function zhNameAt(text: string, at: number, limit: number): NameSpan | null {
  if (!ZH_SURNAMES.has(text[at] ?? '')) return null;
  for (const len of [3, 2]) {
    const end = at + len;
    if (end > limit) continue;
    const body = text.slice(at, end);
    if (![...body].every((c) => HAN.test(c))) continue;
    const next = text[end];
    if (next === undefined || end === limit || AFTER_ZH_NAME.has(next) || !HAN.test(next)) return { start: at, end };
  }
  return null;
}

/**
 * Chinese names anchored by a title before them (负责人林俊旸, CEO徐育斌) or by a move
 * trigger right after them (林俊旸离职). Only sentences with a trigger are searched.
 */
export function findChineseNames(text: string, from: number, to: number, triggerStarts: number[]): NameSpan[] {
  const out: NameSpan[] = [];
  const seen = new Set<number>();
  const push = (n: NameSpan | null) => {
    if (n && !seen.has(n.start)) {
      seen.add(n.start);
      out.push(n);
    }
  };
  const sentence = text.slice(from, to);
  for (const title of ZH_TITLE_WORDS) {
    for (let i = sentence.indexOf(title); i >= 0; i = sentence.indexOf(title, i + 1)) push(zhNameAt(text, from + i + title.length, to));
  }
  for (const t of triggerStarts) {
    for (const len of [3, 2]) {
      const start = t - len;
      if (start < from) continue;
      const before = text[start - 1];
      if (start > from && before !== undefined && HAN.test(before) && !'的,是'.includes(before)) continue;
      const n = zhNameAt(text, start, t);
      if (n && n.end === t) {
        push(n);
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
