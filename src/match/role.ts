import type { Span } from '../text/sentences.js';
import { wasHyphen, type NormalizedText } from '../text/normalize.js';
import { CONTEXT_WORDS, HEADED_FIELDS, NOT_AFTER_REN, ROLE_TRANSLATIONS, WINDOWS } from './lexicon.js';
import type { Mention } from './mentions.js';
import { isHanCode } from './names.js';
import { enNumber, zhNumber } from '../text/numbers.js';

const EN_ROLE_WORD =
  /\b(officer|chief|head|director|scientist|researcher|engineer|lead|president|vp|cto|ceo|coo|cso|founder|co founder|cofounder|manager|fellow|advisor|adviser|partner|professor|professorship|entrepreneur in residence|executive in residence|architect|member of technical staff|principal|counsel|treasurer|controller|secretary)\b/;
/** Whether words hold a role word ("the current cto", "its chief executive"). */
export const hasRoleWord = (words: string): boolean => EN_ROLE_WORD.test(words.toLowerCase());
// (A Latin role inside Chinese text ends at Chinese punctuation too: "接任CTO。".)
// (A time after the role ends it too: "as an associate professor of electrical engineering this fall".)
// ("head of on-device models": "on" right after "of" opens the field, a hyphened word normalising parted.)
const EN_ROLE_END =
  /(?<!\bof)\son\b|\s(?:at|in(?! residence)|for|from|after|where|and|but|to|with|following|who|which|of the company|starting|this|next|later|effective|beginning|until|while|when|since|role|position|is|was|will be|makes|made|gives|gave|comes|came|leaves|means)\b|[,.;:()。，；：！？、]/;
const ZH_ROLE_KEYS = [...ROLE_TRANSLATIONS.keys()].sort((a, b) => b.length - a.length);
const HEADED_FIELD = new RegExp(`(${[...HEADED_FIELDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?:方向|团队|业务|部门|部|线)?负责人`);
// (一 ends a role, "之一", but not inside a product's name: "文心一言技术负责人".)
const ZH_ROLE_END = /[,.;:!?()「」“”、。！？的]|一(?!言)|职位|职务|一职|到任|上任/;
const AS_AUXILIARY = /^(?:has|have|had|did|does|do|is|are|was|were|will)\b/;
// Nor as the end of a word: 主任, 责任, 信任, 继任, 历任, 前任 ("原主任陶建国将转任…" opens no role at 任); nor a post
// given up (卸任, 离任, 辞任, 解任: "卸任CTO一职，转任首席科学家" takes the second).
const NOT_BEFORE_REN = new Set('主责信放继历前到卸离辞解'.split(''));
// Words of appointing that a person and 为 follow ("任命X为…", "聘任韩书瑶女士为…").
const ZH_APPOINTS = /(?:任命|聘任|聘请|委任|提名|推举|选举)[^,;。]{0,12}$/;
const HONORIFIC_AFTER = /^(?:先生|女士)$/;
const LATIN_ORG_BEFORE_HAN = /^[a-z][a-z0-9.&-]{4,15}(?=\p{Script=Han})/u;
const ORG_BEFORE_DE = /^\s*([^,.;:!?()。，；的]{1,30})的\s*(?:新任|首任|首位)?\s*/;
const ZH_ROLE_WORD = /(官|师|员|长|总|主任|负责人|主管|科学家|经理|教授|创始人|合伙人|顾问|架构师|lead|head|ceo|cto|coo)/;

/** How long the name before a role is ("Irene Kowalski chief scientist": capitalised words that are no role word, then a lower-case one). */
function leadingNameLength(cased: string): number {
  if (!/^[A-Z]/.test(cased)) return 0;
  const words = cased.split(' ', 5);
  let n = 0;
  while (n < 3 && /^[A-Z]/.test(words[n] ?? '') && !EN_ROLE_WORD.test(words[n]!.toLowerCase())) n++;
  // ("Member of Technical Staff": a capitalised word before "of" opens a title, no name.)
  return n > 0 && /^[a-z]/.test(words[n] ?? '') && words[n] !== 'of' ? words.slice(0, n).join(' ').length + 1 : 0;
}

function titleCase(role: string): string {
  return (
    role
      .replace(/(^|[\s-])([a-z])/g, (_, before: string, c: string) => before + c.toUpperCase())
      .replace(/\b(Ai|Vp|Cto|Ceo|Coo|Ml|Llm)\b/g, (w) => w.toUpperCase())
      .replace(/\b(Of|In)\b/g, (w) => w.toLowerCase())
      // (Normalising made "co-founder" two words.)
      .replace(/\bCo Founder\b/g, 'Co-founder')
  );
}

/** The role a sentence gives ("as Chief AI Officer", "担任首席AI官"), in English where a translation is known. */
export function extractRole(text: string, cased: string, sentence: Span, markers: Mention[], person?: Span): string | null {
  // "任命沈嘉禾为百度集团执行副总裁": the role after the appointed person's 为 comes first.
  // ("委任卞一诺女士为本公司首席财务官": an honorific may stand between.)
  const wei = person ? person.end + (HONORIFIC_AFTER.test(text.slice(person.end, person.end + 2)) ? 2 : 0) : -1;
  if (person && text.charCodeAt(wei) === 0x4e3a /* 为 */ && ZH_APPOINTS.test(text.slice(Math.max(0, person.start - 16), person.start))) {
    const role = chineseRole(text.slice(wei + 1, Math.min(sentence.end, wei + 91)), cased.slice(wei + 1, Math.min(sentence.end, wei + 91)));
    if (role) return role;
  }
  for (const m of markers) {
    if (m.entity.kind !== 'role' || m.start < sentence.start || m.start >= sentence.end) continue;
    // "named former OpenAI researcher Shengjia Zhao chief scientist": the person's description and name come before the role.
    // (Not where the role comes first and "is" names its holder: "Stepping in as interim CEO is X, its strategy chief".)
    const after =
      person &&
      person.start >= m.end &&
      person.start - m.end <= WINDOWS.roleAfterName &&
      /^[\s,]*[a-z]/.test(text.slice(person.end, person.end + 3)) &&
      !/\sis\s+$/.test(text.slice(m.end, person.start))
        ? person.end
        : m.end;
    // "出任Cohere的新任CTO": the org the post is at, then 的, comes before the title.
    const at = isHanCode(text.charCodeAt(m.start)) ? ORG_BEFORE_DE.exec(text.slice(after, after + 40)) : null;
    const from = at && !ZH_ROLE_WORD.test(at[1]!) && !EN_ROLE_WORD.test(at[1]!) ? after + at[0].length : after;
    const rest = text.slice(from, Math.min(sentence.end, from + 90)).trimStart();
    // "任" opens a role ("任首席科学家"), but not as the first character of a word ("任命左思源为…", "任职").
    if (m.end - m.start === 1 && text[m.start] === '任' && (NOT_AFTER_REN.has(rest[0] ?? '') || NOT_BEFORE_REN.has(text[m.start - 1] ?? ''))) continue;
    // "…, as has its head of product, X": "as" before a verb compares, it opens no role.
    if (AS_AUXILIARY.test(rest) && text.slice(m.start, m.end) === 'as') continue;
    const restCased = cased.slice(from, Math.min(sentence.end, from + 90)).trimStart();
    // ("出任MiniMax首席技术官": a Latin name longer than a title's prefix such as "AI" is the org, before the title.)
    const latin = LATIN_ORG_BEFORE_HAN.exec(rest)?.[0].length ?? 0;
    if (/^\p{Script=Han}|^[a-z]{1,4}\p{Script=Han}/u.test(rest.slice(latin))) {
      const role = chineseRole(rest.slice(latin), restCased.slice(latin));
      if (role) return role;
      continue;
    }
    // "appointed Carlos Medina as corporate vice president": the role is what follows "as", not the name before it.
    // "named Irene Kowalski chief scientist": a name before the role is not part of it.
    const named = /^(?:[\w'’.-]+ ){1,4}as /.exec(rest)?.[0].length ?? leadingNameLength(restCased);
    // ("has named Tang Muyun, formerly of Microsoft Research Asia, its chief scientist": past the aside about the person.)
    const skip = named + (ASIDE_BEFORE_ROLE.exec(rest.slice(named))?.[0].length ?? 0);
    const role = englishRole(rest.slice(skip), restCased.slice(skip));
    if (role) return role;
  }
  return null;
}

/** The post named from `from` to `end`, in either script ("CTO", "副总裁" → Vice President), or null. */
export function postNamed(text: string, cased: string, from: number, end: number): string | null {
  const rest = text.slice(from, end);
  const restCased = cased.slice(from, end);
  return /^\p{Script=Han}|^[a-z]{1,4}\p{Script=Han}/u.test(rest) ? chineseRole(rest, restCased) : englishRole(rest, restCased);
}

const NAMED_TO_POST = /^(?:who (?:was|had been|has been) (?:named|appointed|made|promoted to) |who became )/;
const BEFORE_TITLE: ReadonlySet<string> = new Set(CONTEXT_WORDS.beforeTitle.en);
const PAST_TITLE = new RegExp(`^(?:${CONTEXT_WORDS.pastTitle.en.join('|')})\\b`);
const TITLE_HEAD = new RegExp(`^(?:${[...CONTEXT_WORDS.titleHeads.en, ...CONTEXT_WORDS.heldTitleHeads.en].join('|')})$`);
const ZH_TITLE_END = new RegExp(`(?:${CONTEXT_WORDS.heldTitleHeads.zh.join('|')})$`);
const ZH_TITLE_START = new RegExp(`^.*(?:${CONTEXT_WORDS.beforeTitle.zh.join('|')})|^.*[,.;:!?()【】▌•]`);
// (An org's possessive before a title: "Mistral AI's", "the company's".)
const POSSESSIVE = /^(?:the )?(?:[\w.&-]+ ){0,3}[\w.&-]+['’]s /;
// "Stability AI said its chief executive, X, …": who speaks, then the owner of the title; "OpenAI has hired a new country
// lead, X", "Anthropic has found its chief financial officer: X": the hirer and its verb.
const HIRER_THEN_TITLE =
  /^(?:[\w.&'’-]+ ){1,6}?(?:has |have |had |will )?(?:hired|hires|named|names|appointed|appoints|tapped|taps|added|adds|recruited|recruits|brought in|brings in|found|finds) (?:its |their |a |an |the )?(?:new )?/;
const SPEAKER_THEN_OWNER = new RegExp(`^(?:[\\w.&-]+ ){1,4}(?:${CONTEXT_WORDS.speechVerbs.en.join('|')}) (?:that )?(?:its|his|her|their) `);

/**
 * The post a sentence says the person holds as who they are, not as a move ("Xiaomi's head of large models, X, has
 * left", "X, vice president of engineering at Scale AI, left", "communications chief X is stepping down",
 * "百度副总裁、文心一言技术负责人X卸任"): for a departure, the post left. Null where none is told, or only a past one
 * ("X, a former Google researcher, has left OpenAI").
 */
export function heldTitle(text: string, cased: string, sentence: Span, person: Span): string | null {
  if (isHanCode(text.charCodeAt(person.start)))
    return chineseTitleBefore(
      text.slice(Math.max(sentence.start, person.start - WINDOWS.titleBeforeName), person.start),
      cased.slice(Math.max(sentence.start, person.start - WINDOWS.titleBeforeName), person.start),
    );
  // After the name: ", vice president of engineering at Scale AI,".
  if (text.startsWith(', ', person.end)) {
    const after = text.slice(person.end + 2, Math.min(sentence.end, person.end + 92));
    // (After a relative clause of being named to the post: ", who was named
    // chief financial officer of xAI in July,".)
    const lead = NAMED_TO_POST.exec(after)?.[0].length ?? 0;
    const skip = lead + (POSSESSIVE.exec(after.slice(lead))?.[0].length ?? 0);
    const role = PAST_TITLE.test(after.replace(/^(?:a|an|the) /, '')) ? null : englishRole(after.slice(skip), cased.slice(person.end + 2 + skip, Math.min(sentence.end, person.end + 92)));
    if (role) return role;
  }
  const lo = Math.max(sentence.start, person.start - 90);
  const before = text.slice(lo, person.start);
  // Before it, as the whole clause before its comma: "Xiaomi's head of large models, X,".
  // (Or its colon: "Anthropic has found its chief financial officer: X".)
  const clause = /(?:^|[.;:•,]\s*)([^,.;:•]+)[,:] $/.exec(before);
  if (clause) {
    const at = person.start - 2 - clause[1]!.length;
    // ("OpenAI has hired a new country lead, X": the clause's subject and verb are no part of the title.)
    const skip = (POSSESSIVE.exec(clause[1]!) ?? SPEAKER_THEN_OWNER.exec(clause[1]!) ?? HIRER_THEN_TITLE.exec(clause[1]!))?.[0].length ?? 0;
    const body = clause[1]!.slice(skip);
    if (!BEFORE_TITLE.has(body.split(' ', 1)[0]!)) {
      const role = englishRole(body, cased.slice(at + skip, person.start - 2));
      if (role && role.length === body.length) return role;
    }
  }
  const ofTitle = OF_TITLE_BEFORE.exec(before);
  if (ofTitle) {
    const words = ofTitle[1] ?? ofTitle[2]!;
    const at = person.start - 2 - words.length;
    const role = englishRole(words, cased.slice(at, person.start - 2));
    if (role) return role;
  }
  // Right before it: "communications chief X" (lower-case words that end in a title's head).
  const words = before.trimEnd().split(' ');
  if (!TITLE_HEAD.test(words[words.length - 1] ?? '')) return null;
  let n = 0;
  let at = person.start;
  while (n < 4 && n < words.length) {
    const w = words[words.length - 1 - n]!;
    const start = at - 1 - w.length;
    // (Not a word written with a capital anywhere: "xAI co-founder X" names the org first.)
    if (!/^[a-z][a-z-]*$/.test(w) || BEFORE_TITLE.has(w) || w.endsWith('ed') || /[A-Z]/.test(cased.slice(start, start + w.length))) break;
    at = start;
    n++;
  }
  return n ? englishRole(text.slice(at, person.start - 1), cased.slice(at, person.start - 1)) : null;
}

/**
 * A Chinese title right before a name ("百度副总裁、文心一言技术负责人"): the first listed, in English where known. (原 or
 * 前 before it is the post the departure made past: "通义实验室前负责人X已正式离开阿里".)
 */
function chineseTitleBefore(before: string, cased: string): string | null {
  const title = before.replace(/(?:之一)?的$/, '');
  if (!ZH_TITLE_END.test(title)) return null;
  // (After the last 的: "负责商业化的副总裁", "这家大模型独角兽的首席运营官" hold the title after it.)
  const opened = Math.max(ZH_TITLE_START.exec(title)?.[0].length ?? 0, title.lastIndexOf('的') + 1);
  const start = opened + (/^(?:原|前|现任)/.exec(title.slice(opened))?.[0].length ?? 0);
  const first = title.slice(start).split('、', 1)[0]!;
  return first ? chineseRole(first, cased.slice(start, start + first.length)) : null;
}

const COUNTED_TITLE = new RegExp(`^(?:${CONTEXT_WORDS.titleCounts.en.join('|')})\\s+(?:of\\s+)?(?:(?:[\\w.&-]+ ){0,3}?[\\w.&-]+['’]s\\s+)?`);
// "the departure of its third co-founder in a month, X": the title the noun's object gives, right before the name.
// ("Microsoft said that its chief scientist for artificial intelligence, X, would leave": so does the title an org
// says its own; not any "its", which may be a new company's: "Its chief executive, X, led Loon's team before leaving".)
const OF_TITLE_BEFORE = /\b(?:of\s+((?:its|the|their|his|her)\s+[^,;:]{2,60})|that\s+((?:its|their)\s+[^,;:]{2,60})),\s$/;
const OF_OWNER = / of (?:[A-Z][\w.&-]* ){0,2}[A-Z][\w.&-]*['’]s /;
const LINE_LABEL = /^(?:[\w'’]+ ){0,3}[\w'’]+: /;
// What may stand between an unnamed post and its move word: "is to", "is set to", "will".
const SUBJECT_AUXILIARIES = /(?: (?:is|was|will|has|had|would|be|set|expected|about|going|plans|to))+ ?$/;

/**
 * The post a move's unnamed subject is ("Stability AI's chief executive is to step down" → Chief Executive): the words
 * between `from` and the move word at `to`, after an org's possessive, when they are a title and nothing else; or null.
 */
export function subjectPost(text: string, cased: string, from: number, to: number): string | null {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const words = raw.slice(lead).replace(SUBJECT_AUXILIARIES, '').trimEnd();
  // (After a newsletter's label, if any: "What's happening: OpenAI's hardware chief is leaving".)
  const label = LINE_LABEL.exec(words)?.[0].length ?? 0;
  const skip = label + (POSSESSIVE.exec(words.slice(label))?.[0].length ?? 0);
  const body = words.slice(skip);
  const at = from + lead + skip;
  const role = body ? englishRole(body, cased.slice(at, at + body.length)) : null;
  return role && role.length === body.length ? role : null;
}

const HELD_BEFORE_LEAD = new RegExp(`^\\s*(?:${CONTEXT_WORDS.heldBeforeLeads.zh.join('|')})`);

/** The post after a word of holding it before at `from` ("此前担任百度文心大模型技术负责人" → Technical Lead), or null. */
export function postHeldBefore(text: string, cased: string, from: number, end: number): string | null {
  const lead = HELD_BEFORE_LEAD.exec(text.slice(from, end));
  if (!lead) return null;
  const at = from + lead[0].length;
  return chineseRole(text.slice(at, end), cased.slice(at, end));
}

/** A Chinese role at the start of `rest`, in English where a translation is known, or null. */
function chineseRole(text: string, textCased: string): string | null {
  // ("获委任为…教授": the 为 after a verb of appointing opens the role, it is no part of it.)
  const skip = text.startsWith('为') ? 1 : 0;
  const rest = text.slice(skip);
  const restCased = textCased.slice(skip);
  const end = rest.search(ZH_ROLE_END);
  const phrase = (end < 0 ? rest : rest.slice(0, end)).slice(0, 24).trim();
  if (!phrase || !ZH_ROLE_WORD.test(phrase)) return null;
  // The longest known title inside the phrase ("Meta超级智能实验室首席科学家" → Chief Scientist).
  const known = ZH_ROLE_KEYS.find((k) => phrase.includes(k));
  if (known === '负责人') {
    // ("通义千问产品负责人": the field it heads, where a known one stands right before, a unit's word between at most.)
    const field = HEADED_FIELD.exec(phrase);
    if (field) return `Head of ${HEADED_FIELDS.get(field[1]!)!}`;
  }
  return known ? ROLE_TRANSLATIONS.get(known)! : restCased.slice(0, phrase.length);
}

const ASIDE_BEFORE_ROLE = /^,\s[^,]{1,60},\s(?=(?:its|their|the company['’]s)\s)/;
const OF_PRONOUN = /\b(of) (?:its|their|his|her) /i;
/** An English role at the start of `rest` (lower case) and `restCased` (as written), or null. */
function englishRole(rest: string, restCased: string): string | null {
  // ("appointed as a joint company secretary": after a word of appointing, "as" may stand before the article.)
  const article = /^(?:as )?(?:(?:the )?(?:company|firm|lab|startup|team|group|unit)['’]s |its |the |a |an |their |his |her |our |new |the new )*/.exec(rest)![0].length;
  // ("the latest of OpenAI's co-founders to leave", "its third co-founder": a title counted, the plural one of many.)
  let counted = COUNTED_TITLE.exec(rest.slice(article))?.[0].length ?? 0;
  // ("the latest OpenAI co-founder to leave": an org's name, as written, may stand between the count and the title.)
  if (counted) counted += /^(?:[A-Z][\w.&-]*[A-Z][\w.&-]*\s+|[A-Z][\w.&-]*\s+(?=[a-z]))/.exec(restCased.slice(article + counted))?.[0].length ?? 0;
  const at = article + counted;
  const body = rest.slice(at);
  // (A title "of" someone's org ends before it: "a co-founder of Elon Musk's xAI".)
  const ownerAt = restCased.slice(at).search(OF_OWNER);
  const roleEnd = body.search(EN_ROLE_END);
  const endAt = ownerAt >= 0 && (roleEnd < 0 || ownerAt < roleEnd) ? ownerAt : roleEnd;
  const phrase = (endAt < 0 ? body : body.slice(0, endAt)).split(' ').slice(0, 7).join(' ').trim();
  if (!phrase || !EN_ROLE_WORD.test(phrase)) return null;
  const original = restCased.slice(at, at + phrase.length);
  // ("head of its model evaluation group": the owner's pronoun after "of" is no part of the title.)
  // ("took up a professorship": the post is the professor's.)
  const role = (/[A-Z]/.test(original) ? original : titleCase(phrase)).replace(OF_PRONOUN, '$1 ').replace(/\b([Pp])rofessorship\b/, '$1rofessor');
  return counted && role.endsWith('s') ? role.slice(0, -1) : role;
}

/**
 * A Latin role as the text wrote it between its letters: normalising made "post-training" two words, and a role read
 * from the normalised text shows "Head of Post Training" unless the hyphens are put back ("Head of Post-Training").
 */
export function hyphensRestored(n: NormalizedText, role: string, sentence: Span): string {
  if (!role.includes(' ') || !/^[\x20-\x7e]+$/.test(role)) return role;
  const at = n.text.indexOf(role.toLowerCase(), sentence.start);
  if (at < 0 || at + role.length > sentence.end) return role;
  let out = '';
  for (let i = 0; i < role.length; i++) out += role[i] === ' ' && wasHyphen(n, at + i) ? '-' : role[i];
  return out;
}

/** How long the person stayed, where the sentence says ("工作了五年多" → "5+ years", "after six years" → "6 years"). */
export function extractTenure(sentence: string): string | null {
  // (Not the end of a year, "2023年": the number may not follow another digit.)
  const zh = /([\d一二两三四五六七八九十]{1,3})\s*(?:个)?年(多|半)?(?!级|代|度|前|薪|月)/.exec(sentence);
  if (zh && !/[\d一二两三四五六七八九十]/.test(sentence[zh.index - 1] ?? '') && /(工作|任职|效力|入职|在|待了|服务)/.test(sentence)) {
    const n = zhNumber(zh[1]!);
    if (n && n < 60) return `${n}${zh[2] === '多' ? '+' : zh[2] === '半' ? '.5' : ''} years`;
  }
  const en = /\b(more than |over |nearly |almost )?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)[- ](?:and a half )?years?\b(?! ago| old)/.exec(sentence);
  if (en && /(after|spent|years at|years with|year stint|year tenure|worked)/.test(sentence)) {
    // ("a year", "nearly a year": one.)
    const n = en[2] === 'a' ? 1 : enNumber(en[2]!);
    const plus = en[1] === 'more than ' || en[1] === 'over ' ? '+' : '';
    if (n) return `${n}${plus} year${n === 1 && !plus ? '' : 's'}`;
  }
  if (/\ba decade\b/.test(sentence) && /(after|spent|worked)/.test(sentence)) return '10 years';
  return null;
}
