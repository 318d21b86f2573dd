import { isLatin, isLower, isUpper } from '../text/chars.js';
import {
  alternation,
  ARROWS,
  CONTEXT_WORDS,
  MONTHS_EN,
  NOT_NAME_WORDS,
  WINDOWS,
  ZH_CLAUSE_OPENERS,
  ZH_LIST_OPENERS,
  ZH_GREETINGS,
  ZH_NAME_CHARS,
  ZH_NOT_NAMES,
  ZH_APPOINTING_WORDS,
  ZH_REPLACED_AFTER_DE,
  ZH_CLEFT_AFTER_DE,
  ZH_REPLACING_WORDS,
  ZH_SURNAMES,
  ZH_TITLE_WORDS,
  ZH_TRANSLIT_CHARS,
} from './lexicon.js';

/** A person's name spotted in text without being on the watchlist. */
export interface NameSpan {
  start: number;
  end: number;
}

// A run of capitalised words (with initials and a nickname in parentheses: "Priya (Pia) Raman"), split into names later.
// A nickname may stand in parentheses or quotes between the names: "Priya (Pia) Raman", 'Elena "Lena" Marquez'.
// A particle may stand before a surname: "Pieter de Vries", "Ursula von der Leyen". Initials may open it: "R. J. Calloway",
// "J.P. Castellanos" (not "U.S. Army"). An Irish Ó before a surname (folded to "O"): "Fionnuala Ó Briain".
const CAPITALISED_RUN = new RegExp(
  `(?<![A-Za-z.])[A-Z](?:\\. (?:[A-Z]\\. )?[A-Z][a-z'’]+(?:[A-Z][a-z]+)?|\\.[A-Z]\\. [A-Z][a-z'’]+(?:[A-Z][a-z]+)?|[a-z'’]+(?:[A-Z][a-z]+)?(?: (?:(?:${alternation(CONTEXT_WORDS.nameParticles.en)}) )*(?:O )?(?:[A-Z][a-z'’]+(?:[A-Z][a-z]+)?|[A-Z]\\.|\\([A-Z][a-z]+\\)|["“‘][A-Z][a-z]+["”’]))+)(?![A-Za-z])`,
  'g',
);
const COUNTRY_INITIALS = /^(?:U\.S\.|U\.K\.|E\.U\.)/;
const NICKNAME = /^(?:\([A-Z][a-z]+\)|["“‘][A-Z][a-z]+["”’])$/;
// The CJK ideographs of normalised (Simplified) text, by code unit: the hot loops test these, not a regex.
export const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
function allHan(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isHanCode(text.charCodeAt(k))) return false;
  return end > start;
}
const chars = (s: string) => new Set(s.split(''));
const AFTER_ZH_NAME = chars(ZH_NAME_CHARS.after);
const FUNCTION_CHARS = chars(ZH_NAME_CHARS.function);
// What may follow a name at a clause start: a function word or a possessive ("马晓川的离职").
// Or a gloss in parentheses: "牟一帆(原美团首席技术官)已加入京东"; or 正/刚 opening the predicate ("宋立正与腾讯洽谈").
const CLAUSE_START_FOLLOW = chars(`${ZH_NAME_CHARS.function}的(正刚`);
const ARROW_LIST_FOLLOW = chars(`${ZH_NAME_CHARS.function}的(:`);
const BRACKET_CLOSE = chars('】');
const NOT_NAME_END = chars(ZH_NAME_CHARS.notNameEnd);
const ADVERBS = chars(ZH_NAME_CHARS.adverbs);
const AFTER_ZHI = chars(ZH_NAME_CHARS.afterZhi);
const TITLE_END = chars(ZH_NAME_CHARS.titleEnd);
// Before a name, who came from somewhere: "来自百度的宓远航。" (then the sentence's or clause's end).
const CAME_FROM_DE = /来自[^,;。的]{1,16}的/g;
const NAME_THEN_END = chars(',;。!?');
// Before a name, relieving of a post: "免去尹慕白集团副总裁职务" (then the post, its company, or 先生/女士).
const RELIEVED_OF = /免去|免除|撤销/g;
const RELIEVED_FOLLOW = chars(`${ZH_NAME_CHARS.function}集公副总首职董技同先女`);
// A character after a numeral is part of a number ("千万年薪").
const ZH_NUMERALS = chars('零一二三四五六七八九十百千万亿两几数');
const COMMA: ReadonlySet<string> = new Set([',']);
// Two-character words that open what follows a name (times, 正式, and verbs such as 宣布 or 表示): never a given name.
const ZH_CLAUSE_WORDS: ReadonlySet<string> = new Set(ZH_CLAUSE_OPENERS.filter((w) => w.length === 2));
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(ZH_NAME_CHARS.predicateOpeners.split(' '));
const SURNAME_CODES = new Uint8Array(0x10000);
for (const s of ZH_SURNAMES) SURNAME_CODES[s.charCodeAt(0)] = 1;
const isSurnameCode = (c: number) => SURNAME_CODES[c] === 1;
// What opens the clause after a name set off by a comma: a time word, an adverb or a function word ("，近日…", "，已…").
const CLAUSE_AFTER_NAME = new RegExp(`^\\s*(?:${alternation(ZH_CLAUSE_OPENERS)}|[${ZH_NAME_CHARS.function}])`);
const TIME_END = new RegExp(`[${ZH_NAME_CHARS.timeEnd}]$`);
const LIST_JOINER_CHARS = chars(ZH_NAME_CHARS.listJoiners);
const PRONOUNS = new Set<string>(CONTEXT_WORDS.pronouns.en);
const ZH_TITLES_SET = new Set<string>(ZH_TITLE_WORDS);

const ZH_COMPOUND_SURNAMES: ReadonlySet<string> = new Set(ZH_NAME_CHARS.compoundSurnames.split(' '));
const COMPOUND_FIRST = new Uint8Array(0x10000);
for (const s of ZH_COMPOUND_SURNAMES) COMPOUND_FIRST[s.charCodeAt(0)] = 1;
/** Whether a compound surname starts at `at` (its first character looked up before any string is cut). */
const compoundAt = (text: string, at: number) => COMPOUND_FIRST[text.charCodeAt(at)] === 1 && ZH_COMPOUND_SURNAMES.has(text.slice(at, at + 2));
// A Chinese name's lengths, longest first: a compound surname and two given characters make four.
const WITH_COMPOUND = [4, 3, 2];
const WITHOUT_COMPOUND = [3, 2];
/** The lengths a name ending at `end` may have (four only where a compound surname would open it: asked per move word). */
const lengthsEndingAt = (text: string, end: number) => (end >= 4 && compoundAt(text, end - 4) ? WITH_COMPOUND : WITHOUT_COMPOUND);
const ZH_HONORIFICS: ReadonlySet<string> = new Set(ZH_NAME_CHARS.honorifics.split(' '));
const ZH_TITLE_START = /^(?:首席|副总|总裁|总监|总经|董事|主任|负责|研究|高级|资深|执行|技术|产品|首任|新任|联席|院长|所长)/;
const ZH_PEOPLE_COUNTS: ReadonlySet<string> = new Set(ZH_NAME_CHARS.peopleCounts.split(' '));
const TAKES_CHARGE_AFTER = new RegExp(`^(?:${alternation(CONTEXT_WORDS.takesCharge.zh)})`);
const PLACE_LEAD = new RegExp(`(?<!\\b(?:${alternation(CONTEXT_WORDS.inParticleVerbs.en)}) )\\b(?:${alternation(CONTEXT_WORDS.placeLeads.en)}) $`);

const INNER_CAPITAL_PREFIXES: ReadonlySet<string> = new Set(CONTEXT_WORDS.nameInnerCapitalPrefixes.en);
/** Whether a capitalised word has a capital inside that no name has ("AlphaGo", "DeepMind"; not "McGrew", "LeCun"). */
function productCapitals(w: string): boolean {
  for (let k = 2; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (!isUpper(c)) continue;
    // (After a lower-case letter only: "J.P.", "O'Brien" are names.)
    const before = w.charCodeAt(k - 1);
    return isLower(before) && !INNER_CAPITAL_PREFIXES.has(w.slice(0, k).toLowerCase());
  }
  return false;
}

/** Whether a word ends in a possessive "'s" or "’s". */
function possessive(w: string): boolean {
  const n = w.length;
  const q = w.charCodeAt(n - 2);
  return n > 2 && w.charCodeAt(n - 1) === 0x73 && (q === 0x27 || q === 0x2019);
}
/** A word lowercased, without its possessive (called for every capitalised word: no regex). */
const bare = (w: string) => (possessive(w) ? w.slice(0, -2) : w).toLowerCase();

/**
 * Romanised names in cased text: two to four capitalised words ("Chi Hao Wu", "Rohan Varma").
 * A run of capitalised words is cut at every word that is never part of a name, so a Title-Case
 * headline ("Ben Cole Leaves Mistral To Start …") yields "Ben Cole", not the headline.
 * A last word that is also a pronoun stays: "Kaiming He" is a name. A nickname in parentheses
 * stays inside the span; `nameText` drops it.
 */
export function findLatinNames(cased: string, from: number, to: number, hyphens: readonly number[] = []): NameSpan[] {
  const out: NameSpan[] = [];
  const slice = hyphens.length ? withHyphenatedSyllables(cased.slice(from, to), from, hyphens) : cased.slice(from, to);
  for (const m of slice.matchAll(CAPITALISED_RUN)) {
    // ("U.S. Army", "U.K. Parliament": two initials that are a country, no name.)
    if (m[0].charCodeAt(1) === 0x2e && COUNTRY_INITIALS.test(m[0])) continue;
    let offset = from + m.index;
    let words: { text: string; at: number }[] = [];
    const flush = () => {
      while (words.length > 1 && NOT_NAME_WORDS.has(bare(words[words.length - 1]!.text)) && !PRONOUNS.has(bare(words[words.length - 1]!.text))) words.pop();
      // ("Lars Henriksen (Anthropic)": a word in parentheses after the name is an affiliation; a nickname stands inside.)
      while (words.length > 1 && NICKNAME.test(words[words.length - 1]!.text)) words.pop();
      const real = words.filter((w) => !NICKNAME.test(w.text));
      // "in San Francisco", "at Carnegie Mellon": a place or an institution, not a person.
      const place = () => PLACE_LEAD.test(cased.slice(Math.max(0, words[0]!.at - 16), words[0]!.at));
      if (real.length >= 2 && real.length <= 4 && !NICKNAME.test(words[0]!.text) && !place()) {
        const last = words[words.length - 1]!;
        const end = last.at + last.text.length - (possessive(last.text) ? 2 : 0);
        out.push({ start: words[0]!.at, end });
      }
      words = [];
    };
    for (const w of m[0].split(' ')) {
      const at = offset;
      offset += w.length + 1;
      const word = bare(w);
      const pronoun = PRONOUNS.has(word);
      if ((NOT_NAME_WORDS.has(word) && !(words.length >= 1 && pronoun)) || productCapitals(w)) {
        flush();
        continue;
      }
      words.push({ text: w, at });
      // A possessive or a surname that is also a pronoun ends the name ("Ben Cole's Startup", "Kaiming He").
      if (possessive(w) || pronoun) flush();
    }
    flush();
  }
  return out;
}

// After a hyphen, short syllables of a given name ("Jae-won", "Min-jun"), not words such as "-led" or "-run".
const NOT_SYLLABLES = new Set(['led', 'run', 'era', 'wide', 'like', 'free', 'only', 'born', 'made', 'up', 'in', 'out', 'off', 'on', 'old', 'new']);

/**
 * The sentence with a short lower-case syllable after a hyphen capitalised, so "Jae won Kim" (normalising turns the
 * hyphen of "Jae-won" into a space) reads as one name; `hyphens` are where the text had one. Lengths do not change.
 */
function withHyphenatedSyllables(slice: string, from: number, hyphens: readonly number[]): string {
  let out = slice;
  for (const h of hyphens) {
    const k = h - from;
    if (k <= 0 || k >= slice.length - 1 || !isLatin(slice.charCodeAt(k - 1))) continue;
    const word = /^[a-z]{2,4}(?![A-Za-z])/.exec(slice.slice(k + 1, k + 6))?.[0];
    if (!word || NOT_SYLLABLES.has(word) || !/[A-Z][a-z]*$/.test(slice.slice(Math.max(0, k - 8), k))) continue;
    out = out.slice(0, k + 1) + word[0]!.toUpperCase() + out.slice(k + 2);
  }
  return out;
}
/** A discovered name as shown: a nickname in parentheses dropped ("Priya (Pia) Raman" → "Priya Raman"). */
export function nameText(span: string): string {
  if (!/[(（"“‘]/.test(span)) return span.trim();
  return span
    .replace(/\s*[(（][^)）]*[)）]\s*/g, ' ')
    .replace(/\s*["“‘][A-Z][a-z]+["”’]\s*/g, ' ')
    .trim();
}

/**
 * A 2- or 3-character name from a common surname at `at`; a trigger starting right after it
 * settles the length. `follow` is the set of characters that may come after the name.
 */
function zhNameAt(text: string, at: number, limit: number, triggerStarts: ReadonlySet<number>, follow: ReadonlySet<string> = AFTER_ZH_NAME): NameSpan | null {
  // (Reads stay inside the text: an out-of-bounds read throws this function's optimised code away.)
  if (at >= text.length) return null;
  // A compound surname ("欧阳若辰", "司马云舟") takes two characters; a name never starts inside one ("阳若辰").
  const compound = compoundAt(text, at);
  if (!compound && (!isSurnameCode(text.charCodeAt(at)) || (at > 0 && compoundAt(text, at - 1)))) return null;
  // "这张专辑", "一张照片": 张 after a demonstrative or a number counts things.
  if (text.charCodeAt(at) === 0x5f20 /* 张 */ && at > 0 && CLASSIFIER_BEFORE.has(text[at - 1]!)) return null;
  // "高管", "毕业生", "包括": words that start with a surname character.
  if (!compound && (ZH_NOT_NAMES.has(text.slice(at, at + 2)) || ZH_NOT_NAMES.has(text.slice(at, at + 3)))) return null;
  // "两位高管先后离职": nor one that ends a word ("管" of "高管").
  if (at > 0 && (ZH_NOT_NAMES.has(text.slice(at - 1, at + 1)) || ZH_TITLES_SET.has(text.slice(at - 1, at + 1)) || (at > 1 && ZH_TITLES_SET.has(text.slice(at - 2, at + 1))))) return null;
  // The given name starts at g: one or two characters, so the name is short (surname + 1) or long (surname + 2).
  const g = compound ? at + 2 : at + 1;
  const short = g + 1 - at;
  const long = short + 1;
  // (But 之 may stand inside a given name: "沈之航", not "宋之后".)
  // "亚历克斯·陈已加入": a given name never opens with a function word.
  if (FUNCTION_CHARS.has(text[g]!)) return null;
  const zhiInside = text[g] === '之' && isHanCode(text.charCodeAt(g + 1)) && !AFTER_ZHI.has(text[g + 1]!);
  if (NOT_NAME_END.has(text[g]!) && !zhiInside) return null;
  // "周畅已从…": a function word right after two characters ends the name there ("宋立的离职": so does 的), but
  // "沈牧之已加盟" is a name ending in 之 ("宋立之后" is not).
  // So is "骆清和已于本月离职", where 和 ends the name before a function word, 、, a time word or a predicate's opener
  // ("濮阳清和正式出任"; "宋立和夏云帆" is two names).
  const afterLong = text[g + 2] ?? '';
  // ("一同加入的还有前Meta研究员阮清和。": and where 和 ends the sentence, no name follows it to join.)
  const softEnd =
    (text[g + 1] === '之' && AFTER_ZH_NAME.has(afterLong) && !AFTER_ZHI.has(afterLong)) ||
    (text[g + 1] === '和' &&
      // ("罗清和加盟": a move word right after 和, which then joins no second name.)
      (triggerStarts.has(g + 2) ||
        FUNCTION_CHARS.has(afterLong) ||
        afterLong === '、' ||
        afterLong === '' ||
        !isHanCode(afterLong.charCodeAt(0)) ||
        PREDICATE_OPENERS.has(text.slice(g + 2, g + 4)) ||
        ZH_CLAUSE_WORDS.has(text.slice(g + 2, g + 4))));
  // "宋立近日现身…": a time word right after two characters ends the name there.
  // ("宋立正在筹备离职", "宋立正与腾讯洽谈": a word opening the predicate ends the name before it.)
  // ("技术总监闵浩任CTO": a bare 任 before a title takes the post; it is no third character.)
  const takesPost = text[g + 1] === '任' && (isLatin(text.charCodeAt(g + 2)) || ZH_TITLE_START.test(text.slice(g + 2, g + 4)));
  const shortOnly =
    takesPost || FUNCTION_CHARS.has(text[g + 1]!) || (NOT_NAME_END.has(text[g + 1]!) && !softEnd) || ZH_CLAUSE_WORDS.has(text.slice(g + 1, g + 3)) || PREDICATE_OPENERS.has(text.slice(g + 1, g + 3));
  // "回应高管离职": a name's given name is no word of its own ("高管", "成员").
  const longIsWord = ZH_NOT_NAMES.has(text.slice(g, g + 2)) || ZH_TITLES_SET.has(text.slice(g, g + 2)) || ZH_CLAUSE_WORDS.has(text.slice(g, g + 2));
  // "宋立现调任…": an adverb between a two-character name and a move word is not the name's third character.
  const adverbBeforeTrigger = ADVERBS.has(text[g + 1]!) && triggerStarts.has(g + 2);
  for (const len of [short, long]) {
    if (len === long && (shortOnly || longIsWord || adverbBeforeTrigger)) continue;
    // ("易承泽 加入阿里巴巴": a page may pad a name with a space.)
    const gap = text.charCodeAt(at + len) === 0x20 ? 1 : 0;
    if (triggerStarts.has(at + len + gap) && allHan(text, at, at + len)) return { start: at, end: at + len };
  }
  for (const len of [long, short]) {
    const end = at + len;
    if (end > limit || (len === long && (shortOnly || longIsWord))) continue;
    if (!allHan(text, at, end)) continue;
    const next = text[end];
    // (A part of a transliterated name is no name of its own: "安娜·鲁伊斯" is read whole.)
    if (next !== undefined && DOT_CHARS.has(next)) return null;
    const postAfter = next === '任' && (isLatin(text.charCodeAt(end + 1)) || ZH_TITLE_START.test(text.slice(end + 1, end + 3)));
    // ("易承泽 从字节跳动加入…": or after a space a page pads it with.)
    const padded = next === ' ' && end + 1 < limit && follow.has(text[end + 1]!);
    if (next === undefined || end === limit || follow.has(next) || (follow === AFTER_ZH_NAME && !isHanCode(next.charCodeAt(0))) || postAfter || padded) return { start: at, end };
    // "封一鸣博士日前…": an honorific after the name; "…、景若溪三人均已离职": a count of those listed.
    // ("邬清和提前结束了交接": a word opening the predicate, as 正式 or 提前.)
    const word = text.slice(end, end + 2);
    // ("俞晨阳本月初入职百度": a time word.)
    if (ZH_HONORIFICS.has(word) || ZH_PEOPLE_COUNTS.has(word) || PREDICATE_OPENERS.has(word) || TIME_AFTER_NAME.test(text.slice(end, end + 5))) return { start: at, end };
  }
  return null;
}

const LATIN_TITLE_BEFORE = /(?:^|[^a-z])(?:ceo|cto|coo|cfo|cso|cmo|cpo|vp|svp|evp)$/;
const PAREN: ReadonlySet<string> = new Set(['(']);
// "(lilian weng)": two or three Latin words in parentheses, as a person's name is glossed.
export const LATIN_NAME_GLOSS = /^\s*\(\s*([a-z]+(?:[ -][a-z]+){1,2})\s*\)/;

/** "翁荔（Lilian Weng）": a Chinese name glossed with its Latin form in parentheses. */
function latinGlossed(text: string, at: number, limit: number, triggers: ReadonlySet<number>): NameSpan | null {
  if (text.charCodeAt(at + 2) !== 0x28 && text.charCodeAt(at + 3) !== 0x28) return null;
  const n = zhNameAt(text, at, limit, triggers, PAREN);
  return n && LATIN_NAME_GLOSS.test(text.slice(n.end, n.end + 40)) ? n : null;
}

/**
 * A name opening a clause right before a time ("黎书白今年3月离开腾讯", "宋立近日…"), or before the count of a trend it
 * makes ("岑远航成为今年第三位离开…的联合创始人", "葛若川是首位加盟小米的…"); or after 随着 ("随着邓一舟近日离开").
 */
function nameBeforeTime(text: string, at: number, limit: number, triggers: ReadonlySet<number>): NameSpan | null {
  const start = text.startsWith('随着', at) ? at + 2 : at;
  const n = zhNameAt(text, start, limit, triggers);
  if (n && timeAt(text, n.end)) return n;
  // (A second reading only where 是 or 成 stands where a name would end: asked at every clause start.)
  const verbAt = (k: number) => BEFORE_COUNT.has(text[start + k] ?? '');
  if (!verbAt(2) && !verbAt(3) && !verbAt(4)) return null;
  const counted = zhNameAt(text, start, limit, triggers, BEFORE_COUNT);
  return counted && ORDINAL_AFTER_NAME.test(text.slice(counted.end, counted.end + 10)) ? counted : null;
}
const BEFORE_COUNT: ReadonlySet<string> = new Set(['是', '成']);
// "成为今年第三位", "是首位", "成为又一位": a count of movers the name is one of.
const ORDINAL_AFTER_NAME = /^(?:成为|是)(?:今年|本月|本周|近期|近日)?(?:第[一二三四五六七八九十\d]{1,2}|首|又一|最后一)(?:位|名|个)/;

/** Whether one or two function words or adverbs start at `i` and a move word right after them ("已加盟", "已经离职"). */
function adverbsThenTrigger(text: string, i: number, triggers: ReadonlySet<number>): boolean {
  const soft = (k: number) => FUNCTION_CHARS.has(text[k] ?? '') || ADVERBS.has(text[k] ?? '');
  return soft(i) && (triggers.has(i + 1) || (soft(i + 1) && triggers.has(i + 2)));
}

/** Whether a time word starts at `i` ("近日", "当地时间", "周二", "3月"): what may end a name before its predicate. */
function timeAt(text: string, i: number): boolean {
  return ZH_CLAUSE_WORDS.has(text.slice(i, i + 2)) || TIME_AFTER_NAME.test(text.slice(i, i + 5));
}
const LIST_JOINER_ZH: ReadonlySet<string> = new Set(['和', '、', '与']);
// ("贺景明2025年6月从字节跳动离职": a year too.)
const TIME_AFTER_NAME = /^(?:当地|周[一二三四五六日]|昨[天日]|今[天日]|本周|上周|本月|上月|上个月|今年|去年|明天|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月|\d{4}年)/;

/** "任命洪一帆为Seed团队负责人，蒯思远为…": the next name of an appointment list, before 为. */
const APPOINTED_NEXT = /,(?=\p{Script=Han}{2,4}为)/gu;

/** A sentence that is only a Chinese name, after a dash ("——龚一帆"): a signature. */
export function soleChineseName(text: string, from: number, to: number): NameSpan | null {
  let at = from;
  while (at < to && !isHanCode(text.charCodeAt(at))) at++;
  const n = at < to ? zhNameAt(text, at, to, NO_TRIGGERS) : null;
  return n && /^[\s.!)]*$/.test(text.slice(n.end, to)) ? n : null;
}
const NO_TRIGGERS: ReadonlySet<number> = new Set();

/**
 * The name an embedded post is signed with, opening its signature line after the quote marks and dashes: "> — Maren
 * Holt (@marenholt) November 12, 2025", "> —— 祁望舒 11月18日 来自微博"; null where the line is no such signature (a handle,
 * a date or a platform right after the name).
 */
export function embedSignatureName(cased: string, from: number, to: number): NameSpan | null {
  let at = from;
  while (at < to && EMBED_LEAD.test(cased[at]!)) at++;
  if (isHanCode(cased.charCodeAt(at))) {
    const n = zhNameAt(cased, at, to, NO_TRIGGERS, EMBED_HAN_FOLLOW);
    return n && EMBED_TAIL.test(cased.slice(n.end, to)) ? n : null;
  }
  const n = findLatinNames(cased, at, to).find((s) => s.start === at);
  return n && EMBED_TAIL.test(cased.slice(n.end, to)) ? n : null;
}
const EMBED_LEAD = /[>\s]/;
const EMBED_HAN_FOLLOW = chars(' (');
// After the name: a handle, a date, a platform's mark.
const EMBED_TAIL = new RegExp(
  `^\\s*(?:\\(@[\\w.]+\\)|\\(\\s*@|@[\\w.]+|[•·]|\\d{1,2}月\\d{1,2}日|\\d{4}[-/年]|(?:${MONTHS_EN.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')}|sept)\\b)`,
  'i',
);

/** "本名欧阳澈", "（本名郑晓岚）": the Chinese name right after a word of real name, to a bracket, a mark or the end. */
export function realChineseName(text: string, from: number, to: number): NameSpan | null {
  const n = zhNameAt(text, from, to, NO_TRIGGERS, REAL_NAME_FOLLOW);
  if (n) return n;
  // (At the text's end, nothing follows to settle the length: the whole rest, if a name's length.)
  const rest = text.slice(from, to).replace(/[\s.!)]+$/, '');
  return rest.length >= 2 && rest.length <= 4 && [...rest].every((c) => isHanCode(c.charCodeAt(0))) && isSurnameCode(rest.charCodeAt(0)) ? { start: from, end: from + rest.length } : null;
}
const REAL_NAME_FOLLOW = chars(')),.;: ');

/** "— priya natarajan" closing a post written all in lower case: a line of two or three words in lower case, the signature's name. */
export function lowerCaseSignature(cased: string, from: number, to: number): NameSpan | null {
  const line = LOWER_CASE_NAME.exec(cased.slice(from, to));
  const start = line ? from + line.index + line[0].indexOf(line[1]!) : -1;
  return line ? { start, end: start + line[1]!.length } : null;
}
const LOWER_CASE_NAME = /^\s*([a-z][a-z'’]+(?: [a-z][a-z'’]+){1,2})[\s.!]*$/;

/** Each Latin word with its first letter capital and the rest lower case ("MARA" → "Mara", "priya" → "Priya"). */
export function titleCased(words: string): string {
  return words.replace(/\p{L}[\p{L}'’]*/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/**
 * The cased text with a sentence's capitals put right for reading names, or null where nothing needs it: a line all in
 * capitals ("BREAKING: OPENAI RESEARCH CHIEF MARA LINDQVIST LEAVES") in title case, and a name set in capitals inside a
 * sentence ("announced that JORDAN MILLS, formerly …": two or three words after a word in lower case, so no dateline).
 */
export function casedForNames(cased: string, from: number, to: number): string | null {
  const sentence = cased.slice(from, to);
  if (!CAPITALS_PAIR.test(sentence)) return null;
  const repaired = /[a-z]/.test(sentence)
    ? sentence.replace(NAME_IN_CAPITALS, (_run: string, before: string, name: string) => `${before}${titleCased(name)}`)
    : WORDS_THREE.test(sentence)
      ? titleCased(sentence)
      : sentence;
  return repaired === sentence ? null : cased.slice(0, from) + repaired + cased.slice(to);
}
const CAPITALS_PAIR = /[A-Z]{2}[A-Z'’-]* [A-Z]{2}/;
const NAME_IN_CAPITALS = /(\b[a-z]+[,:]? )([A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){1,2})(?![A-Za-z])(?! [A-Z]{2})/g;
const WORDS_THREE = /[A-Z]+\W+[A-Z]+\W+[A-Z]+/;

/**
 * "RHEA CASTELLANO: …", "DANA OKAFOR (xAI): …": a transcript's speaker label, a name in capitals opening a line before a
 * colon (or an affiliation in parentheses and then one). The span and the name as written in title case; only labels
 * that read as a name once so cased ("HOST:", "CHIEF EXECUTIVE:" are none).
 */
export function speakerLabelName(cased: string, from: number, to: number): { span: NameSpan; name: string } | null {
  const label = SPEAKER_LABEL.exec(cased.slice(from, Math.min(to, from + 64)));
  if (!label) return null;
  const written = label[1]!;
  const name = titleCased(written);
  const read = findLatinNames(name, 0, name.length);
  if (read.length !== 1 || read[0]!.start !== 0 || read[0]!.end !== name.length) return null;
  const start = from + label.index + label[0].indexOf(written);
  return { span: { start, end: start + written.length }, name };
}
const SPEAKER_LABEL = /^\s*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3})(?: \([^)]{1,40}\))?:/;

/**
 * "专访｜…：贺知行谈大模型人才流动", "对话欧阳澈：…": the name an interview's headline gives its guest, opening a part of the
 * headline (after 对话 or a bar or colon) before 谈, 说 or a colon.
 */
export function intervieweeChineseName(text: string, from: number, to: number): NameSpan | null {
  for (let at = from; at < to; at++) {
    if (!(at === from || INTERVIEWEE_BEFORE.has(text[at - 1]!) || text.startsWith('对话', at - 2))) continue;
    const n = zhNameAt(text, at, to, NO_TRIGGERS, INTERVIEWEE_FOLLOW);
    if (n) return n;
  }
  return null;
}
const INTERVIEWEE_BEFORE = chars('|:,. ');
const INTERVIEWEE_FOLLOW = chars('谈说:,');

/** "钟离远航，任首席技术官；": a line of an appointment list, a Chinese name and then its post (after any bullet). */
export function appointedLineName(text: string, from: number, to: number): NameSpan | null {
  const n = nameOpeningLine(text, from, to, COMMA_FOLLOW);
  return n && APPOINTED_AFTER.test(text.slice(n.end, n.end + 4)) ? n : null;
}
const LINE_BULLET = /[\s•·▪◦*\d.)]/;

/** "· 蒋明川，阿里通义实验室": a Chinese name opening a list's line (after any bullet), before a comma, colon or bracket. */
export function listLineChineseName(text: string, from: number, to: number): NameSpan | null {
  return nameOpeningLine(text, from, to, LIST_LINE_FOLLOW);
}

/** The Chinese name a line opens with after any bullet, `follow` the characters that may come after it. */
function nameOpeningLine(text: string, from: number, to: number, follow: ReadonlySet<string>): NameSpan | null {
  let at = from;
  while (at < to && LINE_BULLET.test(text[at]!)) at++;
  return isHanCode(text.charCodeAt(at)) ? zhNameAt(text, at, to, NO_TRIGGERS, follow) : null;
}
const LIST_LINE_FOLLOW = chars(',:( ');
const COMMA_FOLLOW = chars(',:');
const APPOINTED_AFTER = /^[,:]\s*(?:任|出任|担任|升任|兼任|拟任)/;

/** A Chinese name opening a sentence with no move word, a verb of being or a function word after it ("仇思远是…", "蔡明哲2020年…"). */
export function openingChineseName(text: string, from: number, to: number): NameSpan | null {
  return isHanCode(text.charCodeAt(from)) ? zhNameAt(text, from, to, NO_TRIGGERS, OPENING_FOLLOW) : null;
}
const OPENING_FOLLOW = chars(`${ZH_NAME_CHARS.function}是的0123456789`);

/**
 * Chinese names in a sentence with a move trigger or a list of people (the caller decides which sentences): after a title (负责人马晓川, CEO钱一鸣),
 * right before a trigger (马晓川离职), or opening a clause (钱一鸣从百度跳槽…).
 */
const HONORED_NAME = /先生|女士/g;
// Before 先生 or 女士, words that are no name: "这位女士", "该先生", "一位女士".
const NOT_HONORED = new Set('这那该一两几各每此某其本位名'.split(''));
/** The two or three Han characters before an honorific at `at`, after a clause's start, 的 or a title, if they can be a name. */
function honoredName(text: string, at: number, from: number): NameSpan | null {
  for (const len of [3, 2]) {
    const start = at - len;
    if (start < from || !allHan(text, start, at) || NOT_HONORED.has(text[start]!) || NOT_HONORED.has(text[start + 1]!)) continue;
    const before = text[start - 1];
    if (start === from || before === undefined || '，,：:；;、】 的'.includes(before) || TITLE_END.has(before)) return { start, end: at };
  }
  return null;
}

/** A break a list's item may follow: a comma, a semicolon, a colon, a space or a line's end. */
function isClauseBreak(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x20 || code === 0x0a;
}

/** A list's bullet: ▲ ● ■ ◆ ★ • (circled numbers are digits once normalised, asked apart). */
function isBullet(code: number): boolean {
  return code === 0x25b2 || code === 0x25cf || code === 0x25a0 || code === 0x25c6 || code === 0x2605 || code === 0x2022;
}

export function findChineseNames(text: string, from: number, to: number, triggerStarts: number[]): NameSpan[] {
  const triggers = new Set(triggerStarts);
  const out: NameSpan[] = [];
  const seen = new Set<number>();
  const push = (n: NameSpan | null) => {
    // A name never runs into a move word ("主任离任" holds no "任离任").
    if (n && triggerStarts.some((t) => t > n.start && t < n.end)) return;
    // Nor overlaps a name found before ("研究员翁明睿拟加入" holds no "明睿拟").
    if (n && out.some((o) => o.start < n.end && n.start < o.end && o.start !== n.start)) return;
    if (n && !seen.has(n.start)) {
      seen.add(n.start);
      out.push(n);
    }
  };
  const sentence = text.slice(from, to);
  // "前谷歌大脑研究科学家亚历克斯·陈已加入": a transliterated name, its parts joined by a middle dot. First: its last part
  // may start with a surname ("约翰·舒尔曼"), which must not be read as a name of its own.
  for (const m of sentence.matchAll(NAME_DOTS)) push(dottedName(text, from + m.index, from, to, triggers));
  // ("负责人 鲍思齐 已加盟": a page may pad a name with spaces, full-width ones too.)
  // ("Tech Lead（T11）郜明川": or a rank in brackets between the title and the name.)
  const afterTitle = (end: number) => {
    const bracket = text.charCodeAt(end) === 0x28 /* ( */ ? text.indexOf(')', end) : -1;
    if (bracket > end && bracket - end <= 12 && bracket < to) end = bracket + 1;
    const at = text.charCodeAt(end) === 0x20 && isHanCode(text.charCodeAt(end + 1)) ? end + 1 : end;
    return transliteratedAt(text, at, to, triggers) ?? zhNameAt(text, at, to, triggers);
  };
  for (const m of sentence.matchAll(ZH_TITLES)) push(afterTitle(from + m.index + m[0].length));
  // "首席财务官马晓川": any chief-something officer is a title.
  for (const m of sentence.matchAll(ZH_CHIEF_TITLE)) push(afterTitle(from + m.index + m[0].length));
  // Names that open a list after the move ("还有钱一鸣", "包括…"), or the object of a verb ("招募了马晓川").
  for (const m of sentence.matchAll(ZH_LIST_OPENERS)) push(zhNameAt(text, from + m.index + m[0].length, to, triggers));
  // The one relieved of a post: "决定免去尹慕白集团副总裁职务" (the post, or its company, right after the name).
  for (const m of sentence.matchAll(RELIEVED_OF)) push(zhNameAt(text, from + m.index + m[0].length, to, triggers, RELIEVED_FOLLOW));
  for (const m of sentence.matchAll(ZH_GREETINGS)) push(zhNameAt(text, from + m.index + m[0].length, to, triggers));
  // (Only in a sentence that appoints: "任命A为…，B为…".)
  if (APPOINTING.test(sentence)) for (const m of sentence.matchAll(APPOINTED_NEXT)) push(zhNameAt(text, from + m.index + 1, to, triggers, WEI));
  // (The pattern only where a word of replacing stands: most sentences have none.)
  if (REPLACING.test(sentence)) for (const m of sentence.matchAll(ZH_REPLACED_AFTER_DE)) push(zhNameAt(text, from + m.index + m[0].length, to, triggers));
  if (sentence.includes('是')) for (const m of sentence.matchAll(ZH_CLEFT_AFTER_DE)) push(zhNameAt(text, from + m.index + m[0].length, to, triggers));
  // Who came from somewhere, after 的: "迎来新任技术负责人——来自百度的宓远航。"
  for (const m of sentence.matchAll(CAME_FROM_DE)) push(zhNameAt(text, from + m.index + m[0].length, to, triggers, NAME_THEN_END));
  // The agent of taking charge: "由钱一鸣负责", "由钱一鸣统筹".
  for (let i = sentence.indexOf('由'); i >= 0; i = sentence.indexOf('由', i + 1)) {
    const n = zhNameAt(text, from + i + 1, to, triggers);
    if (n && TAKES_CHARGE_AFTER.test(text.slice(n.end, n.end + 2))) push(n);
  }

  for (const t of triggerStarts) {
    for (const len of lengthsEndingAt(text, t)) {
      const start = t - len;
      if (start < from) continue;
      const before = text[start - 1];
      if (start > from && before !== undefined && isHanCode(before.charCodeAt(0)) && !'的是'.includes(before) && !TITLE_END.has(before)) continue;
      const n = zhNameAt(text, start, t, triggers);
      if (n && n.end === t) {
        push(n);
        break;
      }
    }
  }
  // Where the sentence opens a list of people ("分别是", "包括"), or -1.
  const listAt = sentence.search(ZH_LIST_OPENER_AT);
  const listStart = listAt < 0 ? -1 : from + listAt;
  // "谭一舟：OpenAI → 腾讯": in a newsletter's shorthand a name opens each entry, before a colon.
  const arrows = ARROWS.some((a) => sentence.includes(a));
  // Read by code unit: a one-character string per Han character was most of this loop's garbage.
  for (let i = from; i < to; i++) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x0a;
    // At a clause start only a clear predicate may follow ("钱一鸣从…", "马晓川已…"): "明显与…" is a word, not a name.
    // (Or right after a descriptor in quotes: "华为“天才少年”彭志辉（网名…）已从华为离职".)
    // (Or opening a quote: "“钟一鸣已经离开阿里，加入了腾讯”".)
    // (Or after a bullet: "▲易承泽（原字节跳动）加盟阿里巴巴", "①易承泽：字节跳动→阿里巴巴".)
    if (
      i === from ||
      isClauseBreak(prev) ||
      prev === 0x201d ||
      prev === 0x300d ||
      prev === 0x201c ||
      prev === 0x300c ||
      isBullet(prev) ||
      // (Circled numbers are digits once normalised: "；2乔书瑶：百度→月之暗面".)
      (prev >= 0x30 && prev <= 0x39 && (i - 1 === from || isClauseBreak(text.charCodeAt(i - 2))))
    ) {
      push(
        zhNameAt(text, i, to, triggers, arrows ? ARROW_LIST_FOLLOW : CLAUSE_START_FOLLOW) ??
          listHead(text, i, to, triggers) ??
          nameBeforeTime(text, i, to, triggers) ??
          transliteratedAt(text, i, to, triggers),
      );
      continue;
    }
    // "【景一帆】原字节跳动Seed研究员，现已加入…": a list's name in lenticular brackets.
    if (prev === 0x3010) {
      const bracketed = zhNameAt(text, i, to, triggers, BRACKET_CLOSE);
      if (bracketed) {
        push(bracketed);
        continue;
      }
    }
    const compound = compoundAt(text, i);
    if (!compound && !isSurnameCode(text.charCodeAt(i))) continue;
    // "分别是前阿里通义实验室的吴思远、前腾讯混元的邓嘉禾，以及来自月之暗面的骆文清": each item of a list is someone described,
    // with 的 or a gloss in parentheses ("包括…、预训练负责人(原谷歌研究员)孟子骞，以及…").
    const item = (prev === 0x7684 /* 的 */ || prev === 0x29) /* ) */ && listStart >= 0 && listStart < i ? listItem(text, i, to, triggers) : null;
    const glossed = item ? null : latinGlossed(text, i, to, triggers);
    if (item) {
      push(item);
    } else if (glossed) {
      push(glossed);
    } else if (prev === 0x7684 /* 的 */ && i + 3 < text.length && text.charCodeAt(i + 3) === 0x2c && CLAUSE_AFTER_NAME.test(text.slice(i + 4, i + 8))) {
      // "一年前从谷歌回国的黎书言，近日被曝已加入腾讯": a three-character name described by a clause ending in 的, then a comma.
      const n = zhNameAt(text, i, to, triggers, COMMA);
      if (n && n.end - n.start === 3) push(n);
    } else if (prev === 0x7684 /* 的 */ && i + 3 < to && allHan(text, i, i + 3) && CLAUSE_AFTER_NAME.test(text.slice(i + 3, i + 7)) && !ZH_NOT_NAMES.has(text.slice(i, i + 2))) {
      // "云与智慧产业事业群的白若琳同时升任": or right before a clause opener.
      push({ start: i, end: i + 3 });
    } else if (
      prev === 0x7684 /* 的 */ &&
      i + 4 < to &&
      allHan(text, i, i + 3) &&
      LIST_JOINER_ZH.has(text[i + 3]!) &&
      // ("通义实验室的殷楚南、工程负责人饶佳慧": after 、 the next item may open with its title.)
      (isSurnameCode(text.charCodeAt(i + 4)) || (text[i + 3] === '、' && isSurnameCode(text.charCodeAt(i)))) &&
      !ZH_NOT_NAMES.has(text.slice(i, i + 2)) &&
      !ZH_TITLES_SET.has(text.slice(i, i + 2))
    ) {
      // "语音方向的池佳禾和蔡明轩投奔腾讯混元": a three-character name described by 的, then 和 or 、 and the next name.
      push({ start: i, end: i + 3 });
    } else if (prev === 0x7684 /* 的 */ && adverbsThenTrigger(text, i + 2, triggers) && !ZH_NOT_NAMES.has(text.slice(i, i + 2)) && !ZH_TITLES_SET.has(text.slice(i, i + 2))) {
      // "负责消费级产品的宋立已加盟…": a two-character name described by a clause ending in 的, then 已 and a move word.
      const n = zhNameAt(text, i, to, triggers);
      if (n && n.end === i + 2) push(n);
    } else if (isHanCode(prev) && !(isSurnameCode(prev) && (i - 1 === from || !isHanCode(text.charCodeAt(i - 2))))) {
      // After a descriptor that is not a listed title ("技术大拿马晓川已…"): three characters, then a function word.
      // (Not inside a name that opens its clause: "，黄文灏确已离开" holds no "文灏确".)
      // (A compound surname is sure enough to take a two- or four-character name: "院士仲孙立德将…".)
      const n = zhNameAt(text, i, to, triggers, FUNCTION_CHARS);
      // ("熊思齐此后将…" holds no "齐此后": a given name is no such word.)
      if (
        n &&
        (compound || n.end - n.start === 3) &&
        !ZH_CLAUSE_WORDS.has(text.slice(n.end - 2, n.end)) &&
        !FUNCTION_CHARS.has(text[i]!) &&
        // ("开出千万年薪挖角" holds no "万年薪": a character after a numeral is part of a number.)
        !ZH_NUMERALS.has(text[i - 1]!) &&
        !TIME_END.test(text.slice(n.start, n.end)) &&
        !out.some((o) => o.end === i)
      )
        push(n);
    } else if (isLower(prev) && LATIN_TITLE_BEFORE.test(text.slice(Math.max(from, i - 4), i))) {
      // After a title in Latin letters ("公司CTO宓思齐将…", "阿里巴巴CEO吴泳铭表示"): a name, then a predicate.
      push(zhNameAt(text, i, to, triggers));
    }
  }
  // "宋立、夏云帆均已离职": two name-shaped words on either side of an enumeration comma are both names.
  for (let i = sentence.indexOf('、'); i >= 0; i = sentence.indexOf('、', i + 1)) {
    const at = from + i;
    const right = zhNameAt(text, at + 1, to, triggers);
    // The name before may carry a gloss: "宋立(原…负责人)、夏云帆".
    const glossStart = text[at - 1] === ')' ? text.lastIndexOf('(', at) : -1;
    const leftEnd = glossStart > from && at - glossStart <= WINDOWS.listGloss + 2 ? glossStart : at;
    const left = right ? nameEndingAt(text, leftEnd, from, triggers) : null;
    if (left && right) {
      push(left);
      push(right);
    }
  }
  // "快手宣布，盖书航先生将出任…": a name before 先生 or 女士 at a clause's start, whatever its surname.
  if (sentence.includes('先生') || sentence.includes('女士')) for (const m of sentence.matchAll(HONORED_NAME)) push(honoredName(text, from + m.index, from));
  // "马晓川和钱一鸣", "马晓川、副总裁钱一鸣": each name joined to a found one is a name too.
  for (let k = 0; k < out.length; k++) push(nextInList(text, out[k]!.end, to, triggers));
  // "联合创始人宋立离职的传闻，…，宋立确已离开": a name found in two characters elsewhere in the sentence is not three here
  // when the third is a word that may follow a name.
  for (let k = 0; k < out.length; k++) {
    const n = out[k]!;
    if (n.end - n.start !== 3 || !AFTER_ZH_NAME.has(text[n.start + 2]!)) continue;
    const short = text.slice(n.start, n.start + 2);
    if (out.some((o) => o !== n && o.end - o.start === 2 && text.slice(o.start, o.end) === short)) out[k] = { start: n.start, end: n.start + 2 };
  }
  return out.sort((a, b) => a.start - b.start);
}

// Every title in one pattern, longest first, so one pass finds them all.
// ("负责人之一庞乐": one of several holding the title.)
const ZH_TITLES = new RegExp(`(?:${alternation(ZH_TITLE_WORDS)})(?:之一)?`, 'g');
// "首席财务官", "副总裁": titles made from parts rather than listed.
const CHIEF_TITLE = '首席\\p{Script=Han}{1,5}官|[副总]?(?:总裁|总监|经理)';
const ZH_CHIEF_TITLE = new RegExp(CHIEF_TITLE, 'gu');
const ZH_CHIEF_TITLE_AT = new RegExp(`^(?:${CHIEF_TITLE})`, 'u');
const ZH_JOINER = /^(?:、|和|与|及|以及|,)/;
const TITLES_BY_LENGTH = [...ZH_TITLE_WORDS].sort((a, b) => b.length - a.length);

/** The name after a list joiner and an optional title ("、副总裁钱一鸣", "和周子墨"), if one stands there. */
function nextInList(text: string, at: number, limit: number, triggers: ReadonlySet<number>): NameSpan | null {
  // "宋立(原视觉负责人)、夏云帆": a gloss in parentheses belongs to the name before it.
  at += GLOSS.exec(text.slice(at, at + WINDOWS.listGloss + 2))?.[0].length ?? 0;
  const joiner = ZH_JOINER.exec(text.slice(at, at + 2));
  if (!joiner) return null;
  let i = at + joiner[0].length;
  const title = TITLES_BY_LENGTH.find((t) => text.startsWith(t, i)) ?? ZH_CHIEF_TITLE_AT.exec(text.slice(i, i + 8))?.[0];
  if (title) i += title.length;
  return zhNameAt(text, i, limit, triggers);
}
/** A gloss in parentheses opening the text ("(原…负责人)", "(who worked on reasoning models)"). */
export const GLOSS = /^\s*[(（][^)）]*[)）]/;

// By code unit: 1 a character of transliteration, 3 one that Chinese given names rarely use.
const TRANSLIT_CODES = new Uint8Array(0x10000);
for (const c of ZH_TRANSLIT_CHARS.all) TRANSLIT_CODES[c.charCodeAt(0)] = 1;
for (const c of ZH_TRANSLIT_CHARS.marker) TRANSLIT_CODES[c.charCodeAt(0)] = 3;

/** A foreign name written without a middle dot at `at` ("卡帕西确认…", "奥特曼表示"): 3 to 5 such characters, then a predicate or a move word. */
function transliteratedAt(text: string, at: number, limit: number, triggers: ReadonlySet<number>): NameSpan | null {
  let end = at;
  let markers = 0;
  while (end < limit && end - at < 5 && !(end > at && triggers.has(end))) {
    const kind = TRANSLIT_CODES[text.charCodeAt(end)]!;
    if (kind === 0) break;
    if (kind === 3) markers++;
    end++;
  }
  if (end - at < 3 || markers === 0 || ZH_NOT_NAMES.has(text.slice(at, at + 2))) return null;
  const next = text[end];
  return next === undefined || end === limit || triggers.has(end) || AFTER_ZH_NAME.has(next) || !isHanCode(next.charCodeAt(0)) ? { start: at, end } : null;
}

const REPLACING = new RegExp(ZH_REPLACING_WORDS.join('|'));
const APPOINTING = new RegExp(ZH_APPOINTING_WORDS.join('|'));
const WEI = chars('为');
const CLASSIFIER_BEFORE = chars('这那一两几每数');
/** The middle dots that join the parts of a transliterated name ("亚历克斯·陈"). */
export const NAME_DOT_CHARS = '·・•';
const NAME_DOTS = new RegExp(`[${NAME_DOT_CHARS}]`, 'g');
const DOT_CHARS = chars(NAME_DOT_CHARS);
// Before a transliterated name, what ends its description: a title, 的, or a word of joining ("前谷歌大脑研究科学家").
const BEFORE_DOTTED = new RegExp(`(?:${alternation(ZH_TITLE_WORDS)}|的|前|原)`, 'g');

/** A transliterated name around a middle dot at `dot` ("亚历克斯·陈"): Han characters on both sides, up to a predicate. */
export function dottedName(text: string, dot: number, from: number, to: number, triggers: ReadonlySet<number> = NO_TRIGGERS): NameSpan | null {
  let start = dot;
  while (start > from && dot - start < 12 && isHanCode(text.charCodeAt(start - 1))) start--;
  let cut = 0;
  for (const m of text.slice(start, dot).matchAll(BEFORE_DOTTED)) cut = m.index + m[0].length;
  start += cut;
  let end = dot + 1;
  while (end < to && end - dot <= 5 && isHanCode(text.charCodeAt(end)) && !triggers.has(end) && !AFTER_ZH_NAME.has(text[end]!) && !timeAt(text, end)) end++;
  // ("伊利亚·苏茨克维当地时间周二宣布离职": a time word ends the name too.)
  const stops = end >= to || triggers.has(end) || AFTER_ZH_NAME.has(text[end]!) || !isHanCode(text.charCodeAt(end)) || timeAt(text, end);
  if (!stops || dot - start < 1 || dot - start > 6 || end - dot < 2 || FUNCTION_CHARS.has(text[start]!)) return null;
  return { start, end };
}

/** A name that ends right at `end` ("…的宋立、"): three characters if they start with a surname, else two (four after a compound surname). */
function nameEndingAt(text: string, end: number, from: number, triggers: ReadonlySet<number>): NameSpan | null {
  for (const len of lengthsEndingAt(text, end)) {
    const start = end - len;
    if (start < from) continue;
    const n = zhNameAt(text, start, end, triggers);
    if (n && n.end === end) return n;
  }
  return null;
}

// What may follow a name that is one item of a list: a joiner, a comma ("，以及"), or the sentence's end.
const LIST_ITEM_FOLLOW = chars(`${ZH_NAME_CHARS.listJoiners},以。`);
const ZH_LIST_OPENER_AT = new RegExp(ZH_LIST_OPENERS.source);

/** A name that is one item of a list, described before it with 的 ("前腾讯混元的邓嘉禾、"). */
function listItem(text: string, at: number, limit: number, triggers: ReadonlySet<number>): NameSpan | null {
  return zhNameAt(text, at, limit, triggers, LIST_ITEM_FOLLOW);
}

/** The first name of a list at a clause start ("马晓川和钱一鸣已…"): a name, a joiner, then another name. */
function listHead(text: string, at: number, limit: number, triggers: ReadonlySet<number>): NameSpan | null {
  const n = zhNameAt(text, at, limit, triggers, LIST_JOINER_CHARS);
  return n && nextInList(text, n.end, limit, triggers) ? n : null;
}
