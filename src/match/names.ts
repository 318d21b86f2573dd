import { NOT_NAME_WORDS, ZH_SURNAMES, ZH_TITLE_WORDS } from './lexicon.js';

/** A person's name spotted in text without being on the watchlist. */
export interface NameSpan {
  start: number;
  end: number;
}

const LATIN_NAME = /(?<![A-Za-z.])[A-Z][a-z'’]+(?:[A-Z][a-z]+)?(?: (?:[A-Z][a-z'’]+(?:[A-Z][a-z]+)?|[A-Z]\.)){1,3}(?![A-Za-z])/g;
const HAN = /\p{Script=Han}/u;
// Characters that may follow a Chinese name: the start of a predicate (verb, adverb, preposition) or punctuation.
const AFTER_ZH_NAME = new Set('被已将宣正官确于在离加辞出跳转重回也因日近表称曾此从自以对向为今现昨还则再升晋担接获入创成透坦认说指随亦便终仍刚均都早,.:;、 ("「“和与及等又'.split(''));
const FUNCTION_CHARS = new Set('已将被在从于也曾因'.split(''));
// Words that open a sentence but are never the first word of a name.
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'we', 'our']);

const bare = (w: string) => w.toLowerCase().replace(/['’]s$/, '');

/**
 * Romanised names in cased text: two to four capitalised words ("Chi Hao Wu",
 * "Rohan Varma"), with leading or trailing non-name words ("Former", "Researcher") trimmed.
 * A last word that is also a pronoun stays: "Kaiming He" is a name.
 */
export function findLatinNames(cased: string, from: number, to: number): NameSpan[] {
  const out: NameSpan[] = [];
  const slice = cased.slice(from, to);
  for (const m of slice.matchAll(LATIN_NAME)) {
    const words = m[0].split(' ');
    let offset = m.index;
    while (words.length && NOT_NAME_WORDS.has(bare(words[0]!))) offset += words.shift()!.length + 1;
    while (words.length > 1 && NOT_NAME_WORDS.has(bare(words[words.length - 1]!)) && !PRONOUNS.has(bare(words[words.length - 1]!))) words.pop();
    if (words.length < 2 || words.slice(0, -1).some((w) => NOT_NAME_WORDS.has(bare(w)))) continue;
    const text = words.join(' ').replace(/['’]s$/, '');
    out.push({ start: from + offset, end: from + offset + text.length });
  }
  return out;
}

/**
 * A 2- or 3-character name from a common surname at `at`; a trigger starting right after it
 * settles the length. `follow` is the set of characters that may come after the name.
 */
function zhNameAt(text: string, at: number, limit: number, triggerStarts: ReadonlySet<number>, follow: ReadonlySet<string> = AFTER_ZH_NAME): NameSpan | null {
  if (!ZH_SURNAMES.has(text[at] ?? '')) return null;
  for (const len of [2, 3]) {
    if (len === 3 && FUNCTION_CHARS.has(text[at + 2]!)) continue;
    if (triggerStarts.has(at + len) && [...text.slice(at, at + len)].every((c) => HAN.test(c))) return { start: at, end: at + len };
  }
  for (const len of [3, 2]) {
    const end = at + len;
    if (end > limit) continue;
    // "周畅已从…": a function word right after two characters ends the name there.
    if (len === 3 && FUNCTION_CHARS.has(text[at + 2]!)) continue;
    if (![...text.slice(at, end)].every((c) => HAN.test(c))) continue;
    const next = text[end];
    if (next === undefined || end === limit || follow.has(next) || (follow === AFTER_ZH_NAME && !HAN.test(next))) return { start: at, end };
  }
  return null;
}

/**
 * Chinese names in a sentence with a move trigger: after a title (负责人林俊旸, CEO徐育斌),
 * right before a trigger (林俊旸离职), or opening a clause (罗福莉从DeepSeek跳槽…).
 */
export function findChineseNames(text: string, from: number, to: number, triggerStarts: number[]): NameSpan[] {
  if (!triggerStarts.length) return [];
  const triggers = new Set(triggerStarts);
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
    for (let i = sentence.indexOf(title); i >= 0; i = sentence.indexOf(title, i + 1)) push(zhNameAt(text, from + i + title.length, to, triggers));
  }
  for (const t of triggerStarts) {
    for (const len of [3, 2]) {
      const start = t - len;
      if (start < from) continue;
      const before = text[start - 1];
      if (start > from && before !== undefined && HAN.test(before) && !'的是'.includes(before)) continue;
      const n = zhNameAt(text, start, t, triggers);
      if (n && n.end === t) {
        push(n);
        break;
      }
    }
  }
  // At a clause start only a clear predicate may follow ("罗福莉从…", "林俊旸已…"): "明显与…" is a word, not a name.
  for (let i = from; i < to; i++) {
    const prev = text[i - 1];
    if (i === from || prev === ',' || prev === ' ' || prev === '\n' || prev === ':') push(zhNameAt(text, i, to, triggers, FUNCTION_CHARS));
  }
  return out.sort((a, b) => a.start - b.start);
}
