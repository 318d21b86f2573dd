import { alternation, CONTEXT_WORDS, EARLIER_TIME_EN, MONTHS_EN, WINDOWS } from './lexicon.js';
import type { RuleId } from './rules.js';
import type { SentenceReader, TriggerMention } from './sentence-reader.js';
import type { Span } from '../text/sentences.js';
// A move word's short object, 的, then a noun for people: "离开公司的前同事们" (the move describes them).
const describedAfterDe = (nouns: readonly string[]) => new RegExp(`^了?[^,.;:。的]{1,6}的[^,.;:。]{0,3}?(?:${nouns.join('|')})`);
const ZH_DESCRIBES_PEOPLE = describedAfterDe(['同事', '员工', '高管', '成员', '研究员', '工程师', '人才', '伙伴', '们']);
// Right after the move word, 的 and a title: "加盟的研究员X".
const ZH_DESCRIBES_NOW = new RegExp(`^的[^,;。]{0,6}?(?:${alternation([...CONTEXT_WORDS.unnamedPeople.zh, '成员', '员工', '高管'])})`);
// After a word of joining an org (not of taking a post: "出任腾讯的首席科学家" is the post), a title after 的 is the person
// described too: "今年年初从谷歌加入字节的研究科学家伍思远".
const ZH_JOIN_WORDS = /^(?:加入|加盟|入职)/;
const ZH_DESCRIBES_STAFF = describedAfterDe(['科学家', '负责人', '专家', '主管', '总监', '经理', '设计师', '架构师', '骨干', '大牛', '博士', '教授']);

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?:年|\b)/g;
const W = CONTEXT_WORDS;
const span = WINDOWS.timeClauseSpan;
const ZH_TIME_CLAUSE_END = new RegExp(`^[^,]{0,${span}}(${alternation(W.timeClauseEnds.zh)})`);
// (Not 后 opening a word: 后训练 is post-training, 后者 the latter, 后来 later.)
const ZH_SINCE_END = new RegExp(`^[^,]{0,${span}}(${alternation(W.sinceEnds.zh)})(?![训者来续端台])`);
const ZH_TIME_CLAUSE_OF = new RegExp(`^[^,]{0,${span}}(后|之后)的`);
// Not "has since joined", where "since" is an adverb. Up to four words when the last are a person's name:
// "after co-founder Ana Ruiz stepped away" (but "after Cohere confirmed it had hired X" is no time clause of "hired").
const EN_TIME_CLAUSE = new RegExp(`\\b(${alternation(W.timeConjunctions.en)})\\s+(\\w+\\s+){0,2}$`);
// (A month with a year after it is no such time: "in March 2019".)
const RECENT_AFTER = new RegExp(`\\b(?:${alternation(W.recentTimes.en)})\\b(?!,?\\s+(?:of\\s+)?\\d{4})`);
const LAST_WEEKS = new RegExp(`\\b(?:${alternation(W.lastWeeks.en)})\\b`);
/** The last weeks, in Chinese ("刚刚", "上个月"): a move dated so is news even where it describes someone. */
export const LAST_WEEKS_ZH = new RegExp(alternation(W.lastWeeks.zh));
/** A time of this year in Chinese: "今年8月", "8月" (a month with no year before it). */
const THIS_YEAR_ZH = /今年|(?<![年\d])\d{1,2}月/;
const RECENT_BEFORE_WHEN = new RegExp(`\\b(?:${alternation(W.recentTimes.en)})\\s*,\\s*$`);
const EN_TIME_CLAUSE_NAMED = new RegExp(`\\b(${alternation(W.timeConjunctions.en)})\\s+(\\w+\\s+){3,4}$`);
const SINCE_ADVERB = /\b(?:has|have|had|and|but)\s+$/;
/** Whether the words before a move word end in a time clause's opening (`pattern`), with "since" a conjunction there. */
// A dash set off by spaces in the original text (normalising makes dashes spaces): the end of an aside.
const ASIDE_DASH = /\s(?:[–—―]|--)\s/;
function asideClosedBetween(r: SentenceReader, from: number, to: number): boolean {
  const { original, offsets } = r.n;
  return ASIDE_DASH.test(original.slice(offsets[from]!, offsets[to]!));
}
function opensTimeClause(pattern: RegExp, before: string): boolean {
  const m = pattern.exec(before);
  return m !== null && !SINCE_ADVERB.test(before.slice(0, m.index));
}
const ORG_FOUNDED_BY_NAME = /\b(?:the|a)\s+(?:[a-z-]+\s+)?(?:lab|company|startup|firm|venture)\s+(?:[A-Z][\w'’.-]*\s+){1,3}$/;
const EN_RELATIVE = new RegExp(`\\b(${alternation(W.relativePronouns.en)})\\s+(\\w+\\s+){0,2}$`);
// "X, who joined AMD from Google last year and now runs its cloud partnerships": a second verb of the same aside.
const EN_RELATIVE_AND = new RegExp(`\\b(?:${alternation(W.relativePronouns.en)})\\s+[^,;:]{1,80}\\band\\s+(?:\\w+\\s+)?$`);
const AND_NOW = /\band\s+(?:is|are|will|is now|is set to|is about to)\s+[a-z]+(?: [a-z]+)?$/;
const EN_RELATIVE_NOW = new RegExp(`\\b(${alternation(W.relativePronouns.en)})\\s+(${alternation(W.relativeNow.en)})\\b`);
const ZH_RETELLING = new RegExp(`^的(?:${alternation(W.retellingNouns.zh)})`);
// "…," said X, : a quote's speaker named right before the clause.
const SAID_NAME = /\b(?:said|says)\s+[^,.;]{2,40},\s*$/;
const EN_RELATIVE_START = new RegExp(`^\\s*(${alternation(W.relativePronouns.en)})\\b`);
const LATEST_MOVER = new RegExp(
  `^\\s*the\\s+(?:${alternation(W.latestMover.en)})\\s+(?:(?:to\\s+(?:move|leave|go|join|depart|jump ship|defect|exit))|departure|defector|hire|recruit|addition|arrival|exit)\\s+(?:is|was)\\b`,
);
// "Cohere's departures this year include Ana Ruiz, who quit in the spring, Ben Cole, who joined Meta in July": each
// item's aside tells that person's move. (Not "Earlier departures included X, who …": a recap, in the past.)
const LISTED_MOVES = new RegExp(`\\b(?:${alternation(W.listedMoves.en)})\\s+(?:[\\w'’-]+\\s+){0,3}?(?:include|includes|are)\\b`);
// "Ashdale's hiring follows that of Minerva Taft, a former Microsoft executive who took over …": the aside is that
// earlier move, told as news of the same kind.
const FOLLOWS_THAT_OF = new RegExp(`\\b(?:${alternation(W.followsThatOf.en)})\\s`);
const LISTED_AFTER_DE = new RegExp(`^的(?:${alternation(W.listedPeople.zh)})(?:包括|有|是|分别是|为)`);
// "Others who have left the team this year include A, now at xAI, and B, who went to Google": the list is the news.
const OTHERS_LISTED = new RegExp(`^\\s*(?:${alternation(W.othersWho.en)})\\s+who\\s+[^,.;:]{0,60}?\\b(?:include|includes|are)\\b`);
const GERUND_SUBJECT = /^\s+(?:was|is|has been|had been|would be|will be|felt|seemed)\b/;
const GERUND_PREPOSITION = new RegExp(`\\b(${alternation(W.gerundPrepositions.en)})\\s+$`);
const AFTER_STUDIES = new RegExp(`^[^,;]{0,40}?\\bafter\\s+(?:(?:her|his|their|a|an)\\s+)?(?:${alternation(W.studies.en)})(?![\\w])`);
// (The words may end the span: "after her predecessor" before ", Ben Cole, left".)
// (A title may stand before the name: "after co-founder Daniel Gross left".)
const VACANCY_CLAUSE = new RegExp(`\\b(?:${alternation(W.vacancyConjunctions.en)})\\s+(?:[\\w'’-]+(?:\\s+|$)){1,4}$`);
const DEFINITE_NOUN = new RegExp(`^\\s*(?:${alternation(W.definiteDeterminers.en)})\\s+(?:[\\w-]+\\s+){0,3}$`);
const OTHER_YEAR_LEAD = new RegExp(`\\b(${alternation(W.otherYearLeads.en)})\\s+$|(${alternation(W.otherYearLeads.zh)})$`);

export interface Blocked {
  rule: RuleId;
  detail: string;
}

/**
 * Whether a trigger sits in biography: "曾", "previously", an earlier year, "在加入X后", "after joining".
 * Each marker governs only the words it scopes: a past marker what follows it in its clause, a year its
 * own clause (or the short clause that leads into it), so "quit Cohere a year after joining" and
 * "rejoined Microsoft, five years after her 2020 exit" keep their main verb.
 */
export function biographical(r: SentenceReader, t: TriggerMention, year: number): Blocked | null {
  const known = r.biography?.get(t.start);
  if (known !== undefined) return known;
  const found = readBiography(r, t, year);
  (r.biography ??= new Map()).set(t.start, found);
  return found;
}

const EARLIER_AFTER = new RegExp(`\\b(?:${alternation(EARLIER_TIME_EN)})\\b|\\b\\d{1,2} years ago\\b`);
// (The comma may be left out, and the sentence may open a quote: '"A year ago I left Microsoft," he wrote'.)
const EARLIER_OPENING = new RegExp(`^\\s*["“]?\\s*(?:${alternation(EARLIER_TIME_EN)})(?:\\s*,|\\s)`);
const BEFORE_SOMEONE = /在(?:他|她|其|他们|她们)之前$/;
const SPAN_OF_TIME = /\b(?:years?|months?|weeks?|days?)\s+$/;
const UNTIL_YEAR = /\buntil\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b/;

function readBiography(r: SentenceReader, t: TriggerMention, year: number): Blocked | null {
  const clause = r.clause(t.start);
  // "who left Anthropic last year to start a company": an infinitive of purpose is as much past as the verb it serves.
  if (t.word.startsWith('to ')) {
    const serves = r.triggers.filter((o) => o.end <= t.start && o.start >= clause.start).pop();
    const bio = serves ? biographical(r, serves, year) : null;
    if (bio) return bio;
  }
  // "曾在谷歌工作六年的科学家钟若水已重返阿里": a past marker inside a description (…的) of the person governs only that description.
  // (Not "took files before joining OpenAI last month": the last weeks after it make the move the news.)
  const lately = () => LAST_WEEKS.test(r.text.slice(t.end, Math.min(clause.end, t.end + 60)));
  const past = r.markers.find(
    (m) =>
      m.entity.kind === 'past' &&
      m.start >= clause.start &&
      m.start <= t.start &&
      m.end <= clause.end &&
      !describesSubject(r, m.end, t.start) &&
      !(m.end >= t.end && r.text.startsWith('before', m.start) && lately()) &&
      // (Nor the surname 曾 of a name: "研究员曾燚近日跳槽至…".)
      !r.people.some((p) => p.start <= m.start && m.end <= p.end),
  );
  if (past) return { rule: 'block.past', detail: `"${r.words(past)}" before it in its clause` };
  // "X毕业后，加入了谷歌": a clause that ends in a past marker sets the time of the one after it.
  // (Not a span of time measured from it: "Less than a year after joining, X has bolted for OpenAI" is a short tenure.)
  // (Nor "在她之前，": before another person, an order of leavers, not a time.)
  const lead = r.markers.find(
    (m) =>
      m.entity.kind === 'past' &&
      m.end < clause.start &&
      /^[\s,]*$/.test(r.text.slice(m.end, clause.start)) &&
      !SPAN_OF_TIME.test(r.text.slice(Math.max(r.span.start, m.start - 10), m.start)) &&
      !BEFORE_SOMEONE.test(r.text.slice(Math.max(r.span.start, m.start - 4), m.end)),
  );
  if (lead) return { rule: 'block.past', detail: `"${r.words(lead)}" leads into its clause` };
  // "两年前，X从OpenAI离职回国，创办了…", "Previously, she …": a past marker that is the sentence's whole opening clause dates all of it.
  const opening = r.markers.find((m) => m.entity.kind === 'past' && m.start - r.span.start <= 1 && m.end <= t.start && r.clause(m.start).end - m.end <= 1);
  if (opening) return { rule: 'block.past', detail: `"${r.words(opening)}" opens the sentence` };
  const dated = r.hasYear ? yearsGoverning(r, clause, t).find((y) => y < year) : undefined;
  if (dated !== undefined) return { rule: 'block.year', detail: `earlier year ${dated}` };
  // "X left Google two years ago to start Lattice", "joined Meta last year": a time years back after the verb dates it,
  // and so does one opening the sentence ("A year ago, X walked away from OpenAI").
  // (Not one after a second move word, which it dates instead: "has returned to Baidu after leaving two years ago".)
  const later = EARLIER_AFTER.exec(r.text.slice(t.end, clause.end));
  const ownTime = later && !r.triggers.some((o) => o.start >= t.end && o.start < t.end + later.index);
  const earlier = (ownTime ? later : null) ?? EARLIER_OPENING.exec(r.text.slice(r.span.start, t.start));
  if (earlier) return { rule: 'block.year', detail: `"${earlier[0].replace(/^[\s"“]+|[\s,]+$/g, '')}"` };
  // "X, who ran Gemini's data efforts until 2024, is now at OpenAI": where someone is now, after a post held until an
  // earlier year, tells an old move.
  const until = t.trigger.state && r.hasYear ? UNTIL_YEAR.exec(r.text.slice(r.span.start, t.start)) : null;
  if (until && Number(until[1]) < year) return { rule: 'block.year', detail: `a post held until ${until[1]}` };
  const before = r.text.slice(clause.start, t.start);
  const after = r.text.slice(t.end, clause.end);
  const studies = AFTER_STUDIES.exec(after);
  if (studies) return { rule: 'block.past', detail: `"${studies[0].trim()}": a first job after one's studies` };
  // (Not a post's "写在离开DeepSeek之后": written after leaving, the writer's own news.)
  // (Nor "指控其在今年8月跳槽至DeepSeek前拷贝了代码": a move of this year before which something happened is news told in
  // passing, as "before he left the company in July to join OpenAI" is.)
  const recentBefore = () => (ZH_TIME_CLAUSE_END.exec(after)?.[1] ?? '').endsWith('前') && (THIS_YEAR_ZH.test(before) || LAST_WEEKS_ZH.test(before));
  if (/在$|在[^,]{0,4}$/.test(before) && !/写在$/.test(before) && ZH_TIME_CLAUSE_END.test(after) && !recentBefore()) return { rule: 'block.time-clause', detail: '在…后' };
  // "这是钱一鸣回归腾讯后的第一次…": a join or return followed by "后" dates something else; so does a departure when
  // another move follows it ("离开腾讯后创办了…": the later move is the news, and takes its origin from "离开").
  // (Not when the later move is someone else's: "原负责人庞一鸣卸任后，由吕书涵接棒".)
  if ((t.trigger.shape !== 'leave' || ownLaterMove(r, t)) && ZH_SINCE_END.test(after)) {
    return { rule: 'block.time-clause', detail: '…后' };
  }
  if (ZH_TIME_CLAUSE_OF.test(after)) return { rule: 'block.time-clause', detail: '…后的' };
  // (Not "while": in news it contrasts two moves more often than it sets a time.)
  // A noun ("after the resignation of X") still reports the move it names.
  // Unless the sentence is about the future: "will remain until June, before retiring from the company".
  const future = () => /\bwill\b/.test(r.text.slice(r.span.start, t.start));
  // "after his predecessor, Ruben Alcott, departed": the clause opener stands before the person set off by commas.
  const appositive = before.trim() ? null : leadPastApposition(r, clause);
  // ("X – a research scientist at Meta since 2018 – has left": a time inside an aside a dash closes governs nothing after it.)
  const timeClause = () =>
    (opensTimeClause(EN_TIME_CLAUSE, before) && !asideClosedBetween(r, clause.start + EN_TIME_CLAUSE.exec(before)!.index, t.start)) ||
    (appositive !== null && opensTimeClause(EN_TIME_CLAUSE, appositive.words)) ||
    (opensTimeClause(EN_TIME_CLAUSE_NAMED, before) && r.people.some((p) => p.end <= t.start && /^\s*$/.test(r.text.slice(p.end, t.start)) && p.start > t.start - 32));
  // "…before leaving in January to join Anthropic", "before he left the company in July": a departure this year that the
  // clause before it leads up to; and
  // any move of the last weeks ("took files before joining OpenAI last month").
  const recentDeparture = () => /\bbefore\s+(?:(?:he|she|they)\s+)?$/.test(before) && (t.trigger.shape === 'leave' ? RECENT_AFTER.test(after.slice(0, 40)) : lately());
  // "The departures began in March, when co-founder X left for Amazon": "when" after a time of this year says what
  // happened then, it dates nothing else.
  const whenThen = () => /^\s*when\b/.test(before) && RECENT_BEFORE_WHEN.test(r.text.slice(Math.max(r.span.start, clause.start - 32), clause.start));
  if (!t.trigger.noun && timeClause() && !future() && !recentDeparture() && !whenThen() && !(appositive ? fillsVacancy(r, t, appositive.start, appositive.end) : fillsVacancy(r, t, clause.start)))
    return { rule: 'block.time-clause', detail: 'after/before …' };
  // "他离开前公司…", no: "由X创立的公司", "离职的高管们": a move word before 的 describes a noun.
  // (But "此次加入的成员包括：…", "离职的人员有": the people who made the move are listed next.)
  // ("离职的还包括X和Y", "与X一同离开的，还有Y、Z": the others who made the move are named next.)
  // (Past the clause's comma: "一同离开的，还有…".)
  // (Nor "此次加盟的研究员X": a move of now, describing the one named after it, is news told in passing.)
  const justNow = () => LAST_WEEKS_ZH.test(r.text.slice(clause.start, t.start)) && ZH_DESCRIBES_NOW.test(after);
  if (after.startsWith('的') && !/^的,?(?:还有|还包括|是|有|包括|其中)/.test(r.text.slice(t.end, Math.min(r.span.end, t.end + 8))) && !LISTED_AFTER_DE.test(after) && !justNow())
    return { rule: 'block.relative-clause', detail: '…的' };
  // "谈到了离开公司的前同事们": the move and its short object describe the people after 的.
  // (Not a move of the last weeks with no move word after it in the sentence: "刚刚从DeepSeek加入小米的研究员X在发布会上表示"
  // is news told in passing.)
  const justNowDescribed = () => r.triggers.every((o) => o.end <= t.end + 12) && LAST_WEEKS_ZH.test(r.text.slice(clause.start, t.start));
  const describesPeople = ZH_DESCRIBES_PEOPLE.test(after) || (ZH_JOIN_WORDS.test(t.word) && ZH_DESCRIBES_STAFF.test(after));
  if (t.trigger.shape !== 'hire' && r.text.charCodeAt(t.start) >= 0x3400 && describesPeople && !justNowDescribed()) return { rule: 'block.relative-clause', detail: '…的 + people' };
  // "回顾了从百度加入腾讯的经历": the move and its org describe an experience being retold.
  const object = r.orgs.find((o) => o.start >= t.end && o.start - t.end <= 1);
  if (object && ZH_RETELLING.test(r.text.slice(object.end, object.end + 4))) return { rule: 'block.relative-clause', detail: '…的经历' };
  // "Safe Superintelligence, the lab Ilya Sutskever co-founded, …": a clause after "the lab" whose subject founded it.
  if (t.trigger.event === 'founding' && ORG_FOUNDED_BY_NAME.test(r.n.cased.slice(Math.max(r.span.start, t.start - 60), t.start))) {
    return { rule: 'block.relative-clause', detail: '"the lab X founded": it describes the org' };
  }
  // "the lab co-founded by Ilya Sutskever", "SSI, co-founded by …": a participle describing a known org tells its history.
  // (Not one the sentence says just emerged: "Periodic Labs, founded by X, emerged from stealth".)
  if (
    t.trigger.event === 'founding' &&
    !t.trigger.when?.includes('emerging') &&
    (t.word.endsWith(' by') || /^\s*by\b/.test(after)) &&
    (DEFINITE_NOUN.test(before) || (!before.trim() && r.orgs.some((o) => o.end <= clause.start && /^[\s,]*$/.test(r.text.slice(o.end, clause.start)))))
  ) {
    return { rule: 'block.relative-clause', detail: '"… founded by": it describes the org' };
  }
  // "her essay about leaving Baidu", "talked about joining": a gerund after a preposition names an act, it reports none.
  if (/ing$/.test(t.word) && GERUND_PREPOSITION.test(before)) return { rule: 'block.gerund', detail: `"${before.trim().split(' ').pop()} ${t.word}"` };
  // "said that leaving was the best decision": a move word in -ing as the subject of a verb names the act.
  if (/ing$/.test(t.word) && GERUND_SUBJECT.test(after)) return { rule: 'block.gerund', detail: `"${t.word}${GERUND_SUBJECT.exec(after)![0]}"` };
  // "X, who left OpenAI in June, …": the verb right after "who" tells the person's past.
  // Not "X and Y, who are joining Meta": a relative clause in the present or future tells the news itself.
  // (The trigger may carry the tense itself: "who is leaving".)
  // But "The latest to move is X, who joined Meta last week": the clause is the news the sentence names.
  // Nor "Perplexity, which hired former Apple search lead X last month, launched …": an org's recent hire, told in passing.
  const recentHire = t.trigger.shape === 'hire' && /\bwhich\s*$/.test(before) && RECENT_AFTER.test(after.slice(0, 80));
  // ("…and Samuel Okafor, who joins from Google DeepMind", "who takes over AGI infrastructure": a verb in the present right
  // after "who" is the news too.)
  // ("Kelsey Marr, who joins us from Microsoft as our new head of …": a speaker's own company hiring; not a panel's guest,
  // "who joins us from Anthropic, to discuss …".)
  const presentVerb = /\bwho\s+$/.test(before) && /^[a-z]+[^s]s(?:$| over | us\b)/.test(t.word) && !(/ us\b/.test(t.word) && GUEST_PURPOSE.test(r.text.slice(t.end, r.span.end)));
  // ('"It was a hard decision," said X, who has resigned as …': a speaker's own news, in the present perfect.)
  const speakerNews = /\bwho\s+(?:has|have)\s+$/.test(before) && SAID_NAME.test(r.text.slice(r.span.start, clause.start));
  // ("Owen Gallagher, who led the product team and is joining Perplexity": the aside's second verb, in the present or
  // future, is the news.)
  const relativeAnd = EN_RELATIVE_AND.test(before);
  const andNow = relativeAnd && AND_NOW.test(`${before}${t.word}`);
  // ('said X, who joined Anthropic from OpenAI last month', 'who recently left Google DeepMind': a move of the last
  // weeks told in passing is news the article may be the first to carry. Not one dated by a month alone, "who joined
  // Anthropic in March": the set reads that as the person's past.)
  // (Only where the sentence tells no other move: beside one, the aside is that mover's past.)
  // (Nor where the aside goes on to a second verb, "who left Google last month and started this week at Anthropic":
  // the whole aside is read elsewhere.)
  // (A loss's aside runs past its object's apposition: "which lost its head of foundation models, X, to Meta last month".)
  const lossTail = () => t.word.startsWith('lost ') && LAST_WEEKS.test(r.text.slice(t.end, Math.min(r.span.end, t.end + 100)));
  // (A move inside a quote closed before the aside is the quote's: '"I left Tesla …" — X, who joined xAI last week'.)
  const alone = () => r.triggers.every((x) => x === t || (x.end <= t.start && /["”]/.test(r.text.slice(x.end, t.start))));
  const recentAside = () => alone() && !/\band\s/.test(after) && (LAST_WEEKS.test(`${before.slice(-16)}${t.word}${after}`) || lossTail());
  if (
    (EN_RELATIVE.test(before) || relativeAnd) &&
    !recentAside() &&
    !recentHire &&
    !presentVerb &&
    !speakerNews &&
    !andNow &&
    !EN_RELATIVE_NOW.test(`${before}${t.word}`) &&
    !LATEST_MOVER.test(r.text.slice(r.span.start, clause.start)) &&
    !FOLLOWS_THAT_OF.test(r.text.slice(r.span.start, clause.start)) &&
    !LISTED_MOVES.test(r.text.slice(r.span.start, clause.start)) &&
    !OTHERS_LISTED.test(r.text.slice(r.span.start, r.span.end))
  ) {
    return { rule: 'block.relative-clause', detail: 'who …' };
  }
  return null;
}

const GUEST_PURPOSE = new RegExp(`^[^.;]*\\b(?:${alternation(CONTEXT_WORDS.guestPurposes.en)})\\b`);

/**
 * A verb whose subject is a person set off by commas ("after his predecessor, Ruben Alcott, departed"): the clause
 * that leads to the person ("after his predecessor "), where it starts, and the person's own clause after it.
 */
function leadPastApposition(r: SentenceReader, clause: Span): { words: string; start: number; end: number } | null {
  if (r.text.charCodeAt(clause.start - 1) !== 0x2c) return null;
  const p = r.people.find((q) => q.end <= clause.start && /^\s*,\s*$/.test(r.text.slice(q.end, clause.start)));
  if (!p) return null;
  const own = r.clause(p.start);
  if (own.start <= r.span.start || r.text.charCodeAt(own.start - 1) !== 0x2c || own.start < p.start - 1) return null;
  const lead = r.clause(own.start - 2);
  return { words: `${r.text.slice(lead.start, own.start - 1)} `, start: lead.start, end: own.start - 1 };
}

/** Whether the words from `from` to a trigger at `to` end in a description with 的 and then the person who moves ("…工作六年的科学家钟若水已"). */
function describesSubject(r: SentenceReader, from: number, to: number): boolean {
  // (Looked for inside the span only: lastIndexOf from `to` would read back through the article when there is none.)
  let of = to - 1;
  while (of >= from && r.text.charCodeAt(of) !== 0x7684 /* 的 */) of--;
  if (of < from) return false;
  if (r.people.some((p) => p.start > of && p.end <= to && p.start - of <= WINDOWS.titleBeforeName + 1)) return true;
  // ("这位曾带队研发多个视频模型的技术负责人已于本月离开字节跳动": a description of the subject told by 这位, no name after it.)
  const clause = r.clause(from);
  return DEMONSTRATIVE_LEAD.test(r.text.slice(clause.start, from)) && TITLE_THEN_MOVE.test(r.text.slice(of + 1, to));
}
const DEMONSTRATIVE_LEAD = /(?:这位|这名|该名|该)[^,;。]{0,4}$|(?:这位|这名|该名|该)$/;
const TITLE_THEN_MOVE = new RegExp(`^[^,;。]{0,8}?(?:${alternation([...W.unnamedPeople.zh, '总裁', '创始人', '主管', '总监', '经理', '人物'])})[^,;。]{0,10}$`);

/**
 * "Anthropic named X interim head after Y left for Google": a departure in a time clause is the vacancy an
 * appointment of someone else, earlier in the sentence, fills. It is as new as the appointment.
 */
export function fillsVacancy(r: SentenceReader, t: TriggerMention, clauseStart: number, leadEnd = t.start): boolean {
  if (t.trigger.shape !== 'leave') return false;
  const lead = VACANCY_CLAUSE.exec(r.text.slice(clauseStart, leadEnd));
  if (!lead) return false;
  const at = clauseStart + lead.index;
  const leaving = r.people.find((p) => p.start > at && p.end <= t.start);
  const appointed = r.triggers.find((o) => o.end <= at && !o.trigger.noun && (o.trigger.event === 'promotion' || o.trigger.event === 'join'));
  return leaving !== undefined && appointed !== undefined && r.people.some((p) => p.end <= at && p.key !== leaving.key);
}

/** Whether a trigger opens a relative clause about the person before it ("X, who left for OpenAI"). */
/** Whether a move word after `t` is the same person's: no one named between them. */
function ownLaterMove(r: SentenceReader, t: TriggerMention): boolean {
  return r.triggers.some((o) => o.start >= t.end && o.trigger.shape !== 'leave' && !r.people.some((p) => p.start >= t.end && p.end <= o.start));
}

export function inRelativeClause(r: SentenceReader, t: TriggerMention): boolean {
  return EN_RELATIVE.test(r.text.slice(r.clause(t.start).start, t.start));
}

/** An earlier year in the clause around `at` ("who came from Tesla's Autopilot team in 2023"), or null. */
export function earlierYearAt(r: SentenceReader, at: number, year: number): number | null {
  const clause = r.clause(at);
  for (const m of r.text.slice(clause.start, clause.end).matchAll(YEAR)) if (Number(m[1]) < year) return Number(m[1]);
  return null;
}

/** The years that date a clause: its own, and those of a short clause right before it. */
function yearsGoverning(r: SentenceReader, clause: { start: number; end: number }, t: TriggerMention): number[] {
  // A year after "since" or "its" dates something else ("has left since its 2021 launch").
  // (Nor one inside a description of the person before the move word: "2023年离职创业的宫若岩已重返阿里云".)
  const years = [...r.text.slice(clause.start, clause.end).matchAll(YEAR)]
    .filter((m) => !OTHER_YEAR_LEAD.test(r.text.slice(clause.start, clause.start + m.index + m[0].indexOf(m[1]!))))
    .filter((m) => !(clause.start + m.index < t.start && describesSubject(r, clause.start + m.index + m[0].length, t.start)))
    .map((m) => Number(m[1]));
  // A short clause right before this one, or opening the sentence ("In 2016,", "2010年,"), dates what follows it.
  // (The opening of the item the clause is in, past a colon or a semicolon: "2024年以来，…离开：去年，…；今年春天，X选择创业"
  // lists items dated each their own.)
  const before = r.text.slice(r.span.start, clause.start);
  const opening = r.span.start + Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  for (const at of clause.start > r.span.start ? [clause.start - 2, opening] : []) {
    const lead = r.clause(at);
    const words = r.text.slice(lead.start, lead.end);
    // (Not one that describes the subject it ends with: "2023年从阿里离职的宋一川，近日再度离开…".)
    const describedSubject = r.people.some((p) => p.end === lead.end && p.start >= lead.start && r.text.charCodeAt(p.start - 1) === 0x7684); /* 的 */
    // (Nor an aside that dates the org named before it: "OpenAI, founded in 2015, has named X chief scientist".)
    if (lead.end - lead.start <= WINDOWS.leadingTimeClause && !EN_RELATIVE_START.test(words) && !describedSubject && !ORG_DATED_ASIDE.test(words))
      years.push(...[...words.matchAll(YEAR)].map((m) => Number(m[1])));
  }
  // ("joined the startup, Ridgeline Semiconductor, in March 2024, according to the complaint": a clause that is only a
  // date, after the move's own or past a name set off after it, dates it too.)
  let next = clause.end;
  for (let k = 0; k < 2 && next < r.span.end - 1; k++) {
    const after = r.clause(next + 1);
    if (after.start <= next) break;
    const words = r.text.slice(after.start, after.end);
    const date = TRAILING_DATE.exec(words);
    if (date) {
      years.push(Number(date[1]));
      break;
    }
    if (r.triggers.some((o) => o.start >= after.start && o.start < after.end) || !/^\s*[A-Z]/.test(r.n.cased.slice(after.start, after.end))) break;
    next = after.end;
  }
  return years;
}
const ORG_DATED_ASIDE = /^\s*(?:founded|co-founded|established|launched|created|formed|incorporated|started|set up)\s+(?:in|back in)\s/;
const TRAILING_DATE = new RegExp(`^\\s*(?:in|back in)\\s+(?:early\\s+|late\\s+|mid-?)?(?:(?:${MONTHS_EN.join('|')})\\s+)?((?:19|20)\\d\\d)\\s*$`);
