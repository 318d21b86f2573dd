import { normalizeAlias, originalSpan, wasHyphen, type NormalizedText } from '../text/normalize.js';
import type { Span } from '../text/sentences.js';
import { isLatin, isLower, isUpper } from '../text/chars.js';
import {
  alternation,
  COMPANY_NAME_ENDS,
  CONTEXT_WORDS,
  GIVEN_NAME_FORMS,
  NOT_AFTER_REN,
  NOT_NAME_WORDS,
  SOURCE_AFTER_FROM,
  WINDOWS,
  ZH_GREETINGS,
  type Trigger,
  type TriggerCondition,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import {
  appointedLineName,
  realChineseName,
  embedSignatureName,
  listLineChineseName,
  lowerCaseSignature,
  casedForNames,
  titleCased,
  intervieweeChineseName,
  speakerLabelName,
  dottedName,
  findChineseNames,
  openingChineseName,
  soleChineseName,
  findLatinNames,
  GLOSS,
  isHanCode,
  LATIN_NAME_GLOSS,
  NAME_DOT_CHARS,
  nameText,
  type NameSpan,
} from './names.js';
import { hasRoleWord } from './role.js';
import { romanisationsOf } from './romanize.js';
import { LAST_WEEKS_ZH } from './biography.js';
import { EN_NUMBER_WORDS } from '../text/numbers.js';
import type { RuleEvent, RuleId } from './rules.js';
import type { MatchIndex } from './watch-index.js';

/** A person as named in one sentence: watched (by alias) or discovered (by shape). */
export interface PersonMention {
  start: number;
  end: number;
  key: string;
  name: string;
  watched: boolean;
  weak: boolean;
  /** Named by surname after the article named them in full ("Whitfield's departure"). Always set: one object shape. */
  referred: boolean;
}

export interface TriggerMention {
  start: number;
  end: number;
  trigger: Trigger;
  word: string;
}

export interface OrgMention {
  start: number;
  end: number;
  org: string;
}

export type MarkerKind = 'rumour' | 'denial' | 'past' | 'from' | 'to' | 'role' | 'temporary' | 'hypothetical' | 'apposition';

// "has left the Amazon and returned to her lab": a company's one-word name after "the", with no noun after it, is something else
// (a river, a wind); institutions take "the" ("the White House", "the Allen Institute"), and so does a name before a noun
// ("the Meta AI app").
const THE_BEFORE = /(?:^|[^a-z])the $/;
const PHRASE_END_AFTER = new RegExp(`^(?:[,.;:!?)]|\\s+(?:${alternation(CONTEXT_WORDS.phraseEnders.en)})\\b|$)`);
const INSTITUTION = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.institutionWords.en)})`);
function bareWithThe(text: string, start: number, end: number, org: string, sentenceStart: number): boolean {
  // (A name of several words carries its own noun: "the ChatGPT maker", "the Llama models".)
  if (text.lastIndexOf(' ', end - 1) >= start) return false;
  return THE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 5), start)) && PHRASE_END_AFTER.test(text.slice(end, end + 8)) && !INSTITUTION.test(org);
}

// "Gemini, the cryptocurrency exchange founded by …": a product or unit's name described as a company of its own is
// another company's (Google's Gemini is never "the exchange").
// ("Crypto exchange Gemini hires …": or the noun right before it.)
// (Not the speaker after it: "are joining Google DeepMind, the startup said".)
const COMPANY_OF_ITS_OWN = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:${alternation(CONTEXT_WORDS.independentNouns.en)})\\b(?!\\s+(?:${alternation(CONTEXT_WORDS.speechVerbs.en)})\\b)`);
const COMPANY_NOUN_BEFORE = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.independentNouns.en)})\\s+$`);
// (Words before the org are read from its sentence's start on: a headline's "joins a startup" is no noun before the next line's "Google DeepMind".)
function companyOfItsOwn(text: string, start: number, end: number, sentenceStart: number): boolean {
  return COMPANY_OF_ITS_OWN.test(text.slice(end, end + 60)) || COMPANY_NOUN_BEFORE.test(text.slice(Math.max(sentenceStart, start - 16), start));
}

// "said on LinkedIn that she is stepping away", "wrote on X", "X on LinkedIn: …": the platform a person speaks on is no workplace.
const SPOKEN_ON = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.speechVerbs.en)})\\s+(?:\\w+\\s+)?on\\s+$`);
const PLATFORM: ReadonlySet<string> = new Set(CONTEXT_WORDS.postingPlatforms.en);
// (A title "Mireille Fontaine on LinkedIn" ends at the platform, or a colon or bar follows it.)
const HEADER_END = /^\s*(?:[:|\n]|$)/;
function spokenOn(text: string, start: number, end: number, sentenceStart: number): boolean {
  // (Read for every org of every sentence: "on " right before it first, without a slice.)
  // ("Tomasz Zielinski on LinkedIn: New role!", a title "… on LinkedIn": a post's header names the platform too.)
  return (
    start >= 3 &&
    text.startsWith('on ', start - 3) &&
    PLATFORM.has(text.slice(start, end)) &&
    (HEADER_END.test(text.slice(end, end + 2)) || SPOKEN_ON.test(text.slice(Math.max(sentenceStart, start - 24), start)))
  );
}

// "Mass Effect 2, Left 4 Dead 2": a capitalised move word inside a sentence, a number right after it, names a work.
const CAPITALISED_BEFORE_NUMBER = /^ \d/;
function inWorkTitle(cased: string, start: number, end: number, sentenceStart: number): boolean {
  const c = cased.charCodeAt(start);
  return c >= 0x41 && c <= 0x5a && start > sentenceStart + 1 && CAPITALISED_BEFORE_NUMBER.test(cased.slice(end, end + 2));
}

const isClauseBreak = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a; // , ; :
// What may stand between two names of one list: a joiner (", and" too), after an optional gloss in
// parentheses that belongs to the name before, and before an optional short title ("、副总裁", "and chief scientist").
const W = CONTEXT_WORDS;
const LIST_JOINERS = new RegExp(
  // After the joiner, the next name's title may itself list roles ("阿里推荐业务副总裁、地图负责人").
  `^\\s*(?:as\\s+[\\p{L} -]{1,${WINDOWS.listGloss}}?\\s*)?(?:[(（][^)）]{0,${WINDOWS.listGloss}}[)）]\\s*)?(?:${alternation([...W.listJoiners.en, ...W.listJoiners.zh]).replace(/ /g, '\\s*')})\\s*[\\p{L} 、-]{0,${WINDOWS.listGloss}}$`,
  'u',
);
// Words that add people to a move already told: "还有钱一鸣和周子墨", "along with Ben Cole".
// (English words whole: "as is" is no part of "has issued".)
const ALSO = new RegExp(`\\b(?:${alternation(W.also.en)})\\b|${alternation(W.also.zh)}`);

// A sentence that lists the people of a move told just before it: "Among them are …", "其中包括…".
// ", the former chief executive of Nextdoor, as chief financial officer, and ": one hired with a post, then the next.
const HIRED_NEXT = /^,[^;.]*\bas\s[^;.]*,\s*and\s+$/;
const SAME_MOVE_HINTS = ['same', 'suit', 'similar', '同样', '跟进', '紧随'];
const SAME_MOVE = new RegExp(`\\b(?:${alternation(W.sameMove.en)})\\b|${alternation(W.sameMove.zh)}`);
// "to work on AI products alongside X": a verb of working together, in the clause before "alongside" or "with".
const WORKS_WITH = new RegExp(`\\b(?:${alternation(W.worksWith.en)})\\b[^,;]*$|(?:${alternation(W.worksWith.zh)})[^,;]*$`);
const JOINS_EARLIER_MOVERS = new RegExp(`\\bjoin(?:s|ed|ing)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation(W.earlierMovers.en)})\\s*,?\\s*$`);
const CLAUSE_JOIN = /,\s*(?:and|but|while|whereas)\s/;
const FORMER_LATTER = /^\s*(前者|后者)[^,;:]{0,4}$/;
const ORIGIN_LEAD = /^\s+from\s+(?:the\s+)?$/;
const ITEM_AFTER_ORIGIN = /^\s*,?\s*(?:and|as well as)\s+$/;
// "with $30 million from Andreessen Horowitz": money, then who it is from.
const MONEY_BEFORE = /(?:\$\s?\d[\d.,]*\s*(?:million|billion|[mb]n?)?|\b(?:funding|investment|backing|financing|capital|money|raised|raising))\s+$/;
// "记者从腾讯内部获悉": after 从, an org a reporter learned something from.
const OFFER_BEFORE = new RegExp(`\\b(?:${alternation(W.offerNouns.en)})\\s+$`);
// "What X's exit means for Mistral": a verb of what something means, before "for".
const MEANING_BEFORE = new RegExp(`\\b(?:${alternation(W.meaningVerbs.en)})\\s+$`);
const SOURCE_AFTER = new RegExp(`^(?:${alternation(SOURCE_AFTER_FROM.zhBetween)}){0,2}(?:${alternation(SOURCE_AFTER_FROM.zh)})`);
export const LIST_SENTENCE = new RegExp(`^(?:${alternation([...W.listSentence.en, ...W.listSentence.zh])}|the (?:departing|departed|new) [a-z ]{0,30}(?:include|are))`);

const HAN_CHAR = /\p{Script=Han}/u;
const NAME_DOT = new RegExp(`[${NAME_DOT_CHARS}]`);
// A person right before these describes the org after them: "X创办的Y", "X领导的团队".
const FOUNDER_OF = new RegExp(`^(?:${alternation(W.founderOf.zh)})的`);
/** "OpenAI-backed robotics startup Figure AI": what the described org is, between the describing word and its name. */
const DESCRIBED_AS = new RegExp(`^(?:\\s+[a-z][\\w-]*){0,2}?\\s+(?:${alternation(W.epithetNouns.en)})\\s+$`);
const COMPANY_OBJECT = new RegExp(`^\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:${alternation(W.companyNouns.en)})(?=\\s*,|\\s+(?:${alternation(W.companyObjectFollowers.en)})\\b)`);
const FOUNDED_BEFORE = new RegExp(`^[^,;.:]*?(?:${alternation([...W.founderOf.zh, '旗下', '投资'])})的\\s*$`);
const QUOTED = /[“"][^”"]{8,200}[”"]/g;
// A capitalised word standing alone (not inside a run of them), a possessive allowed: "Whitfield", "Whitfield's".
// (An inner capital stays inside the word: "McCandlish", "DeVries".)
const LONE_CAPITALISED_WORD = "[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’]s)?(?! [A-Z][a-z])(?![A-Za-z])";
const LONE_CAPITALISED = new RegExp(`(?<![A-Z][A-Za-z'’.]* |[A-Za-z])${LONE_CAPITALISED_WORD}`, 'g');
// The same where an honorific stands in the sentence, which does not make a run ("Dr. Iyer"): a slower pattern, asked only there.
const LONE_CAPITALISED_AFTER_HONORIFIC = new RegExp(`(?<!(?!(?:Dr|Mr|Ms|Mrs|Prof)\\. )[A-Z][A-Za-z'’.]* |[A-Za-z])${LONE_CAPITALISED_WORD}`, 'g');
const HONORIFIC = /\b(?:Dr|Mr|Ms|Mrs|Prof)\. [A-Z]/;
const HONORIFIC_BEFORE = /\b(?:Dr|Mr|Ms|Mrs|Prof)\. $/;
const TITLE_CASE_SMALL_WORDS = new Set<string>(W.titleCaseSmall.en);

// After a move told as a plural noun, the words that introduce its people ("exits at Cohere included", "departures were");
// after a word that is also a verb ("other exits at Cohere included"), only "include".
// "new hires include …", "迎来两位新成员：A与B": a list after the noun.
// "迎来新成员，X出任首席科学家": a Chinese noun of joining, its newcomer opening the next clause.
const ZH_NEXT_CLAUSE_LEAD = /^,(?=\S)/;
const GROUP_RELATIVE_SUBJECT = new RegExp(
  `^\\s*(?:(?:${alternation(EN_NUMBER_WORDS)}|\\d+|${alternation(W.groupDeterminers.en)})\\s+){0,3}(?:[a-z-]+\\s+)?(?:${alternation(W.groupNouns.en)})\\s+(?:who|that|whom)\\s[^,;]*$`,
);
const PARTITIVE_SUBJECT = new RegExp(
  `\\b(?:${alternation(W.partitiveCounts.en)})\\s+of\\s+(?:whom|them|those)\\s+(?:(?:${alternation(W.auxiliaries.en)})\\s+){0,2}(?:(?:since|also|now|already|all)\\s+)?$`,
);
const ONE_HIRE = /\b(?:hire|recruit)$/;
const COUNT_SUBJECT = new RegExp(
  `^\\s*(?:\\d{1,3}|${alternation(EN_NUMBER_WORDS.filter((w) => w !== 'one' && w !== 'a'))}|several|many|most|some|a few|dozens)\\s+(?:(?:${alternation(W.auxiliaries.en)})\\s+){0,2}(?:(?:since|also|now|already|all)\\s+)?$`,
);
// A greeting in the move's clause before it, with no clause break between.
const GREETING_BEFORE = new RegExp(`(${ZH_GREETINGS.source})[^,;。]*$`);
// "欢迎更多企业加入": companies (or developers, partners) are the subject, not the person who speaks.
// (Asked only of joining and returning: "新任", "提交辞呈" after 公司 are the person's.)
const ZH_GROUP_SUBJECT = new RegExp(`(?:${alternation(W.ownedGroups.zh)})(?:也|都|纷纷|陆续|已|将)?$`);
// ("since several of her deputies left for Meta": a count of them too.)
const OWNED_GROUP_SUBJECT = new RegExp(
  `(?<!\\b(?:and|with|along with)\\s)\\b(?:(?:several|some|many|two|three|four|five|most|a few|dozens) of\\s+)?(?:her|his|their|our|my)\\s+(?:${alternation(W.ownedGroups.en)})\\s+(?:(?:${alternation(W.auxiliaries.en)})\\s+){0,2}$`,
);
const POST_SUBJECT = new RegExp(
  `\\b(?:${alternation(W.postSubjectLead.en)})\\s+(?:${alternation(W.definiteDeterminers.en)})\\s+((?:[\\w-]+\\s+){1,4})(?:(?:${alternation(W.auxiliaries.en)})\\s+){0,2}$`,
);
// ("腾讯云AI产品负责人X调任混元团队；原混元产品负责人则已离职": the former holder of a post, unnamed, leaves.)
const ZH_POST_SUBJECT = new RegExp(`^\\s*(?:${alternation(W.formerHolder.zh)})([^,;。]{0,14}?(?:${alternation(W.postTitles.zh)}))(?:则|也|随后|同时)?$`, 'i');
// ", who quit in the spring, and", ", now at xAI, and": an aside of a list item's own, after its name.
const ITEM_OWN_ASIDE = /^\s*,\s*(?:who|now|formerly|previously|most recently)\s/;
// "his deputy, ", "the company's chief operating officer, ": a title set off before a name.
const TITLE_THEN_NAME = /^\s+(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+,\s+(?=[a-z])/;
const NOUN_LIST_LEAD = new RegExp(`^\\s*:|^[^,.;:]{0,${WINDOWS.listLead}}?\\b(?:${alternation(W.nounListLead.en)})\\b`);
const AMONG_THOSE = new RegExp(`\\b(?:${alternation(W.amongThose.en)})\\s+$`);
const VERB_LIST_LEAD = new RegExp(`^[^,.;:]{0,${WINDOWS.listLead}}?\\b(?:${alternation(W.verbListLead.en)})\\b`);

// "Ana Ruiz, who went to a startup, Ben Cole, …": a relative clause about the name before, inside a list.
const OF_NAME_GAP = /^\s*(?:of\s+)?(?:(?:dr|prof|mr|ms|mrs|madam)\.?\s+)?$/;
const NICKNAME_LEAD = new RegExp(`^\\s*(?:(?:better\\s+)?known(?:\\s+\\w+){0,2}\\s+as|${alternation(W.nicknameWords.en)})\\s+$`);
const UNNAMED_OBJECT = new RegExp(`^\\s+(?:${alternation(W.unnamedObjects.en)})\\b`);
const ASIDE_NO_AND = new RegExp(`^,\\s*(?:${alternation(W.relativePronouns.en)})\\s[^;]*,\\s*$`);
const RELATIVE_ASIDE = new RegExp(`^,\\s*(?:${alternation(W.relativePronouns.en)})\\s[^,;]{1,${WINDOWS.listGloss * 2}},\\s*(?:and\\s+)?$`);

// "…, who will report to Anthropic's chief technology officer, ": an aside whose last words are its object's title.
// (A reporting line: "who went to a startup, Ben Cole" is a list.)
const ASIDE_OBJECT_TITLE = /\b(?:(?:report|reports|reporting|answer|answers|answering)\s+(?:directly\s+)?to|(?:work|works|working)\s+(?:for|under))\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s*$/;
// "Jack Doe, tech lead for Gemini, and Joan Roe": a title or description between commas, then the next name (no verb in it).
const APPOSITIVE_ASIDE = new RegExp(`^,\\s*[^,;:()]{1,${WINDOWS.listGloss * 2}},\\s*(?:and\\s+)?$`);
// "…: David Lau, a former vice president at Tesla; Uday Rao, who led infrastructure at xAI; and …": a list whose
// items are set off by semicolons, each a name and one description (a relative clause's verb is the name's own).
const SEMICOLON_ASIDE = new RegExp(`^,\\s*((?:${alternation(W.relativePronouns.en)})\\s)?[^,;:()]{1,${WINDOWS.listGloss * 3}};\\s*(?:and\\s+)?$`);

// "former chief operating officer of ", "ex-head of research at ": a past title, then "of" or "at" right before an org.
const FORMER_TITLE_OF = new RegExp(`\\b(?:${alternation(W.former.en)})\\s+(?:[\\w-]+\\s+){1,4}(?:of|at)\\s+(?:the\\s+)?$`);
// "former " or "ex-" (a space once normalised) right before an org; "前" unless it ends another word ("目前", "之前", "以前").
// (A space may stand between 前 and a Latin name: "原 Scale AI CEO".)
const FORMER_BEFORE_NAME = new RegExp(`\\b(?:${alternation(W.former.en)})\\b[^,;.]*$`);
const FORMER = new RegExp(`(?:\\b(?:${alternation(W.former.en)})\\s*|(?<![${'往提目之以年月日天此'}])(?:${alternation(W.former.zh)})\\s?)$`);

// "After six years at", "following a decade with"; "在…工作两年后".
// "After six years at Google,", "Personal news: after an amazing three and a half years on the post-training team at OpenAI,",
// "after 5 great years at @GoogleDeepMind,".
const STINT_EN = new RegExp(
  `^(?:\\s*[\\w ]{1,24}:)?\\s*["“]?\\s*(?:${alternation(W.stint.en)})\\s+(?:[\\w-]+\\s+){0,6}(?:${alternation(W.stintNouns.en)})\\s+(?:(?:on|in)\\s+(?:[\\w-]+\\s+){1,4})?(?:at|with)\\s+@?$`,
);
const HELD_BEFORE = new RegExp(`(?:${alternation([...W.heldBefore.zh, ...W.cameUpThrough.zh])})\\s*$`);
const UNTIL = new RegExp(`^\\s+(?:${alternation(W.until.en)})\\s`);
// "由…周明轩统筹": after 由, a name and then taking charge.
const HANDS_OVER = new RegExp(`^由[^,.;:!?]{2,20}?(?:${alternation(W.takesCharge.zh)})`);
const STINT_ZH_LEAD = /^\s*在\s*$/;
const STINT_ZH_OF = new RegExp(`^\\s*(?:[a-z]+\\s*)?(?:${alternation(W.tenure.zh)})[^,的]{0,8}的[^,]{0,10}$`);
// "此前在百度负责文心大模型的X": a past remit at the org, told as the person's description.
const PAST_BEFORE_AT = new RegExp(`(?:${alternation(W.pastOpeners.zh)}|曾经|曾)在$`);
const LED_THERE_OF = new RegExp(`^\\s*(?:${alternation(W.ledThere.zh)})[^,的]{0,12}的[^,]{0,10}$`);
const STINT_ZH_ENDED = /(?:结束了?|告别了?)在\s*$/;
// (A count of years may stand before the noun: "在字节跳动的八年职业生涯".)
const STINT_ZH_JOURNEY = new RegExp(`^[^,]{0,8}的[^,]{0,4}?(?:${alternation(W.stintNouns.zh)})`);
const STINT_ZH_END = new RegExp(`^(?:${alternation(W.tenure.zh)})[^,]{0,8}(?:后|之后)\\s*$`);

// "launched Lumen Safety, a startup …": a name (capitalised words), then an apposition calling it a company.
// ("has launched Lumen Safety, a startup building …"; "launches world-model startup Axiom Labs": or the noun before the name.)
const NAMED_COMPANY = new RegExp(
  `^\\s+(?:(?:[A-Z][\\w.&'-]*\\s+){0,3}[A-Z][\\w.&'-]*,\\s+(?:${alternation(W.appositionOpeners.en)})\\s+(?:[\\w-]+\\s+){0,3}?(?:${alternation(W.companyNouns.en)})\\b|(?:[a-z][\\w-]*\\s+){0,3}(?:${alternation(W.companyNouns.en)})\\s+[A-Z])`,
);
const EMERGING = new RegExp(`\\b(?:${alternation(W.emerging.en)})\\b`);
// The opening of an aside about the person before it: a relative clause or an apposition.
// ("Elena Sato, whom Alexandr Wang met at a conference, has joined Meta": the object forms too.)
const ASIDE_OPENER = new RegExp(`^\\s*(?:${alternation([...W.relativePronouns.en, ...W.appositionOpeners.en, 'whom', 'whose', 'his', 'her', 'their', 'its'])})\\s`);
// "welcome Hannah Lowe to …", "welcomed former Google researcher Ana Ruiz": a capitalised name after a few words at most.
// ("hiring Windsurf chief executive Varun Mohan": an org's name may open the words before it.)
// (Lower-case words and an org's capitalised ones may describe the person first: "landed former Stripe engineer X".)
// "added Wen Jiahao, previously at ByteDance", "added Ana Ruiz to its policy team": the name, then a workplace's words (or the end).
// (An aside may stand between: "added Celia Rowntree, Stripe's former finance chief, to its board"; or end the sentence:
// "added Wen Jiahao, previously at ByteDance.")
// ("added Meta researcher Sofia Lindqvist to its technical staff": an org and lower-case words may describe the person first.)
const ADDED_TO_STAFF = new RegExp(
  `^\\s+(?:(?:[A-Z][\\w.&'’-]*\\s+){0,2}(?:(?!(?:the|by|of|from|to|with|for|on|in|at|and)\\s)[a-z-]+\\s+){1,3}(?=[A-Z]))?(?:[A-Z][\\w.'’-]*\\s+){1,3}?[A-Z][\\w'’-]*(?:(?:,[^,;]{1,60})?\\s*[.!]?\\s*$|(?:,[^,;]{1,90},)?\\s*(?:${alternation(CONTEXT_WORDS.addedToStaff.en)})\\b)`,
);
// A count of people in Chinese ("多位", "三名"): the number, then the classifier.
const ZH_COUNT_NUMBER = '[\\d一二三四五六七八九十两几数多]+';
const ZH_COUNT = `${ZH_COUNT_NUMBER}[名位个]`;
// ("谢清源在大会上谈到近期多位研究员离职一事": so do the people a Chinese verb of speaking about is followed by.)
// ", said X": a quote's speaker, set off from the clause before.
const SPEAKER_BEFORE_NAME = new RegExp(`,\\s*(?:${alternation(W.speechVerbs.en)})\\s+(?:(?:by|to)\\s+)?$`);
// "系出阿里巴巴…的", "出身字节跳动…的": where someone came up, before the org.
const CAME_UP_THROUGH = new RegExp(`(?:${alternation(W.cameUpThrough.zh)})$`);
// "…加入小米的研究员X": the move's description runs on to 的 and a title or nothing, then the name.
const DESCRIBES_NEXT = /^[^,;:。]{0,16}?的[^,;:。的]{0,12}$/;
// "，由联合创始人X出任": a clause opening with 由, its agent named before the move word.
const BY_AGENT_BEFORE = /[,;，；]由[^,;:，；。]{0,20}$/;
const SAID_OTHER_SUBJECT = new RegExp(
  `\\b(?:${alternation(W.speechVerbs.en)})(?:\\s+(?:on|last|this)\\s+\\w+)?\\s+(?:that\\s+)?(?:the|a|an|its|their|this)\\s+[^,;]*$|(?:${alternation(W.speakingOf.zh)})[^,;。]{0,8}(?:${ZH_COUNT})[^,;。]{0,8}$`,
);
const COLON_LIST = new RegExp(`^\\s*(?:了)?(?:${ZH_COUNT_NUMBER}[名位个]?)?(?:${alternation(CONTEXT_WORDS.listedPeople.zh)})?\\s*:`);
// Right before a headline's mover: a title ("research chief ") or an owner ("openai's ").
const HEADLINE_MOVER_AFTER = new RegExp(`(?:\\b(?:${alternation([...W.titleHeads.en, ...W.heldTitleHeads.en])})|['’]s)\\s+$`);
// After a hire's object: a verb of saying ("…, X said"), the object a speaker.
const SAID_AFTER_NAME = new RegExp(`^\\s*(?:${alternation(W.speechVerbs.en)})\\b`);
// Between a hire word and a post word: the object's own post ("has hired its new chief financial officer, X").
const OBJECT_DETERMINER = /^\s*(?:its|their|his|her|a|an|the)\s+$/;
// The words before a company where one works ("在字节跳动的四年").
const AT_BEFORE_ORG: ReadonlySet<number> = new Set([...'在去到'].map((c) => c.charCodeAt(0)));
// "钟离远航，任首席技术官；": a line that opens with a short Chinese name, a comma and a word of taking a post.
const APPOINTED_LINE = /^[\s•·*\d.)]*\p{Script=Han}{2,4}[,:]\s*(?:任|出任|担任|升任|兼任|拟任)/u;
const ADDED_GROUP = new RegExp(
  `^\\s+(?:${alternation(EN_NUMBER_WORDS)}|\\d+)\\s+(?:[a-z-]+\\s+)?(?:${alternation(CONTEXT_WORDS.groupNouns.en)})\\s+(?:${alternation(CONTEXT_WORDS.addedToStaff.en)})\\b`,
);
// "Taking over the research organization is Priyanka Menon": the words of the post, then "is" or "will be" and a name.
// (A surname may open with a particle: "Anouk de Vries".)
// "Out: X": after the label and its colon, a capitalised word.
const LABEL_COLON = /^\s*[A-Z\p{Script=Han}]/u;
// "加盟字节跳动的，是": the rest of a cleft's first half up to 的是 (的 right before 是, a comma between at most).
const ZH_CLEFT = /^[^,.;!?。，；]{0,30}?的(?:人)?[,，]?(?:则|正)?是/;
// "转投Meta：": the move's own words up to a colon (its object, a few words).
const MOVE_THEN_COLON = /^[^,.;:!?。，；]{1,24}:/;
// "New at xAI: X, who …": the rest of a label up to its colon, then a name set off on its own ("Out at Meta, the mood is
// grim: X said …" is no label).
const LABEL_REST = /^[^,.;:!?\n]{1,48}:/;
const LABELLED_NAME = /^[^,.;:!?\n]{1,48}:\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s*(?:[,;(]|$)/u;
const INVERTED_SUBJECT = /^[^,.;:]{0,60}?\s(?:is|will be|are|will now be)\s+(?:(?:Dr|Prof)\.?\s+)?[A-Z][a-z'’]+\s+(?:(?:de|van|von|der|den|del|da|di|du|le|la|al|bin)\s+)*[A-Z][a-z]/;
// After a name one character longer than a watched one: a clause's opening ("宋立新已离职", not "宋立新加入" = 宋立 newly joins).
const LONGER_NAME_NEXT = /^[已将于近曾也在从现则均便]/;
// A capitalised given name right before a surname (not an honorific, nor an owner: "Meta's Lin").
const GIVEN_BEFORE = /(?<![\w.'’-])([A-Z][a-z'’-]+) $/;
const HONORIFICS: ReadonlySet<string> = new Set(W.honorificsBefore.en);
/** Whether a given name other than `given` (the watched person's) stands right before the surname at `at`. */
function otherGivenName(cased: string, at: number, given: string): boolean {
  if (ownGivenName(cased, at, given)) return false;
  const m = GIVEN_BEFORE.exec(cased.slice(Math.max(0, at - 24), at));
  if (!m) return false;
  const word = m[1]!;
  return !sameGivenName(word, given) && !HONORIFICS.has(word) && !/['’]s$/.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}
/** A watched name's words before its surname ("Ana" of "Ana Torres-Vidal"). */
const givenNameOf = (name: string) => name.split(' ').slice(0, -1).join(' ');
// The two capitalised words (or initials) right before a surname, on its line: a given name, perhaps a middle one after it.
// (Either may be a nickname in quotes or brackets: 'Katherine "Katie" Osei', "Priya (Pia) Raman".)
const TWO_WORDS_BEFORE = /(?:["“(]?(\p{Lu}[\p{L}'’-]*\.?)["”)]? +)?["“(]?(\p{Lu}[\p{L}'’-]*\.?)["”)]? +$/u;
/**
 * Whether the watched person's given name, or a familiar form of it, stands right before the surname at `at`, or one word
 * before it with a middle name or an initial between: "Mike Tanaka", "Samuel J. Okoro", "Ana Lucia Torres-Vidal" are the
 * watched "Michael Tanaka", "Samuel Okoro", "Ana Torres-Vidal" named in full.
 */
function ownGivenName(cased: string, at: number, given: string): boolean {
  const m = TWO_WORDS_BEFORE.exec(cased.slice(Math.max(0, at - 40), at));
  const is = (word: string | undefined) => word !== undefined && word.replace(/\.$/, '').length > 1 && sameGivenName(word.replace(/\.$/, ''), given);
  return m !== null && (is(m[2]) || is(m[1]));
}
// The same given name, written with or without accents, one the start of the other ("Leo" and "Leopold"), or a familiar
// form of it ("Mike" and "Michael").
const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function sameGivenName(word: string, given: string): boolean {
  const a = foldName(word);
  return foldName(given)
    .split(' ')
    .some((g) => g.length > 1 && (a.startsWith(g) || g.startsWith(a) || GIVEN_NAME_FORMS[g]?.includes(a) === true || GIVEN_NAME_FORMS[a]?.includes(g) === true));
}

/** What a trigger condition may look at: the move word, its sentence and the mentions in it. */
interface TriggerSite {
  t: Trigger;
  m: Mention;
  n: NormalizedText;
  span: Span;
  inside: readonly Mention[];
  /** Asked by two conditions of one entry ("added"): read once. */
  addedGroup?: boolean;
}
const textAfter = ({ n, m, span }: TriggerSite): string => n.cased.slice(m.end, span.end);
// ("has added four people to its research staff": a counted group, whom a list after names.)
const addedGroup = (site: TriggerSite): boolean =>
  (site.addedGroup ??= site.t.when?.includes('addsToStaff') === true && ADDED_GROUP.test(site.n.text.slice(site.m.end, site.m.end + WINDOWS.objectReach)));
/** The org right after the move word (a space at most between), if any. */
const orgRightAfter = ({ m, inside }: TriggerSite): Mention | undefined => inside.find((o) => o.entity.kind === 'org' && o.start >= m.end && o.start <= m.end + 1);
const isSchool = (o: Mention): boolean => o.entity.kind === 'org' && SCHOOL.test(o.entity.org);

/** Each condition a lexicon entry may set (`Trigger.when`), as one test of the words around the move word. */
const TRIGGER_CONDITIONS: Record<TriggerCondition, (site: TriggerSite) => boolean> = {
  namedCompany: ({ n, m }) => NAMED_COMPANY.test(n.cased.slice(m.end, m.end + WINDOWS.objectReach * 2)),
  namedPerson: (site) => addedGroup(site) || NAMED_PERSON_NEXT.test(site.n.cased.slice(site.m.end, site.m.end + WINDOWS.objectReach)),
  addsToStaff: (site) => addedGroup(site) || ADDED_TO_STAFF.test(textAfter(site)),
  congratsOn: (site) => CONGRATS_ON.test(textAfter(site)),
  inverted: (site) => site.m.start === site.span.start && INVERTED_SUBJECT.test(textAfter(site)),
  labelledLine: ({ n, m, span }) => m.start === span.start && (n.text.charCodeAt(m.end - 1) === 0x3a /* : */ ? LABEL_COLON : LABELLED_NAME).test(n.cased.slice(m.end, span.end)),
  hirerBefore: ({ m, span, inside }) => inside.some((o) => o.entity.kind === 'org' && o.end <= m.start && o.start >= span.start),
  formerBefore: ({ n, m, span }) => FORMER_BEFORE_NAME.test(n.text.slice(Math.max(span.start, m.start - WINDOWS.titleBeforeName * 2), m.start)),
  orgNext: (site) => orgRightAfter(site) !== undefined,
  companyNext: (site) => {
    const next = orgRightAfter(site);
    return next !== undefined && !isSchool(next);
  },
  // ("正式成为小米MiMo团队的一员": one of its people, not its partner or its shareholder.)
  memberOf: (site) => {
    const next = orgRightAfter(site);
    return next !== undefined && MEMBER_AFTER.test(site.n.text.slice(next.end, next.end + 12));
  },
  companyBefore: ({ n, m, inside }) => {
    const before = inside.find((o) => o.entity.kind === 'org' && o.end <= m.start && m.start - o.end <= 1 && n.text.charCodeAt(o.start - 1) === 0x4ece /* 从 */);
    return before !== undefined && !isSchool(before);
  },
  atCompanyBefore: ({ n, m, inside, span }) => {
    let clause = m.start;
    while (clause > span.start && !isClauseBreak(n.text.charCodeAt(clause - 1))) clause--;
    return inside.some((o) => o.entity.kind === 'org' && o.start >= clause && o.end <= m.start && AT_BEFORE_ORG.has(n.text.charCodeAt(o.start - 1)) && !isSchool(o));
  },
  orgBound: ({ n, m, inside }) => {
    const org = inside.find((o) => o.entity.kind === 'org' && o.end <= m.start && m.start - o.end <= 1);
    return org !== undefined && /\b(?:is|are)\s+$/.test(n.text.slice(Math.max(0, org.start - 8), org.start));
  },
  orgLater: ({ n, m, inside }) => inside.some((o) => o.entity.kind === 'org' && o.start >= m.end && AT_ORG.test(n.text.slice(Math.max(m.end, o.start - 8), o.start))),
  emerging: ({ n, span }) => EMERGING.test(n.text.slice(span.start, span.end)),
  // ("will assume the role of chief operating officer": in English, a title word before the next comma.)
  postAfter: ({ n, m }) => (isLatin(n.text.charCodeAt(m.start)) ? hasRoleWord(n.text.slice(m.end, m.end + 48).split(/[,.;:]/, 1)[0]!) : POST_AFTER.test(n.text.slice(m.end, m.end + 24))),
  stintAfter: ({ n, m }) => STINT_AFTER.test(n.text.slice(m.end, m.end + 32)),
  stintEnds: ({ n, m }) => STINT_ENDS.test(n.text.slice(m.end, m.end + 64)),
  inChargeLater: ({ n, m, span }) => IN_CHARGE_OF.test(n.text.slice(m.end, span.end)),
  intoOrgLater: ({ n, m, inside }) =>
    inside.some((o) => o.entity.kind === 'org' && o.start > m.end && INTO_BEFORE.test(n.text.slice(Math.max(m.end, o.start - 10), o.start)) && NAME_IN.test(n.cased.slice(m.end, o.start))),
  orgSoonAfter: ({ n, m, inside }) => inside.some((o) => o.entity.kind === 'org' && o.start >= m.end && o.start - m.end <= WINDOWS.orgSoonAfter && !/[,;:。，；：]/.test(n.text.slice(m.end, o.start))),
  companyNextNotTopic: (site) => {
    const next = orgRightAfter(site);
    return next !== undefined && !isSchool(next) && !TOPIC_VERB_AFTER.test(site.n.text.slice(next.end, next.end + 12));
  },
  personBefore: ({ n, m, span }) => PERSON_BEFORE_PASSIVE.test(n.cased.slice(Math.max(span.start, m.start - 64), m.start)),
  nameRightBefore: ({ n, m, span }) => NAME_RIGHT_BEFORE.test(n.cased.slice(Math.max(span.start, m.start - 40), m.start)),
  worksThereNext: (site) => {
    const next = orgRightAfter(site);
    return next !== undefined && WORKS_THERE_AFTER.test(site.n.text.slice(next.end, next.end + 4));
  },
  staffAfter: ({ n, m }) => STAFF_AFTER_ZH.test(n.text.slice(m.end, m.end + 16)),
  worksAtAfter: ({ n, m }) => WORKS_AT_AFTER.test(n.text.slice(m.end, m.end + 24)),
  peopleBefore: ({ n, m, span }) => PEOPLE_BEFORE_ZH.test(n.text.slice(Math.max(span.start, m.start - 8), m.start)),
  newOrgAfter: ({ n, m }) => NEW_ORG_AFTER.test(n.text.slice(m.end, m.end + 64)),
  unitOfNext: (site) => {
    const next = orgRightAfter(site);
    return next !== undefined && UNIT_OF_ORG.test(site.n.text.slice(next.end, next.end + 48));
  },
  vacancyFilled: ({ n, m, span }) => VACANCY_BY.test(n.text.slice(span.start, m.start)),
  stintBefore: (site) => TRIGGER_CONDITIONS.atCompanyBefore(site) && STINT_BEFORE.test(site.n.text.slice(Math.max(site.span.start, site.m.start - 16), site.m.start)),
  hanBefore: ({ n, m }) => {
    let at = m.start;
    while (at > 0 && n.text.charCodeAt(at - 1) === 0x20) at--;
    return at > 0 && isHanCode(n.text.charCodeAt(at - 1));
  },
  offerFrom: (site) => {
    const next = orgRightAfter(site);
    return next !== undefined && OFFER_AFTER.test(site.n.text.slice(next.end, next.end + 12));
  },
  forAnother: ({ n, m, inside }) => inside.some((o) => o.entity.kind === 'org' && o.start > m.end && !isSchool(o) && FOR_ANOTHER.test(n.cased.slice(m.end, o.start))),
};

/**
 * Whether a move word is one where it stands: the conditions its lexicon entry sets ("launched" only before a company's
 * name, "welcomes" only before a person's, "added" only with where they go …), and not inside a work's title.
 */
function triggerHolds(t: Trigger, m: Mention, n: NormalizedText, span: Span, inside: readonly Mention[]): boolean {
  if (t.when) {
    const site: TriggerSite = { t, m, n, span, inside };
    for (const c of t.when) if (!TRIGGER_CONDITIONS[c](site)) return false;
  }
  return !inWorkTitle(n.cased, m.start, m.end, span.start);
}

// "swapped OpenAI for …", "ditching Mountain View for …": a few words given up, then "for".
const FOR_ANOTHER = /^\s+[^\s,.;:][^,.;:]{0,30}?\sfor\s+$/;
const ORG_NAME_NEXT = new RegExp(`^\\s+(?:${alternation(COMPANY_NAME_ENDS)})\\b`);
const IN_CHARGE_OF = /\bin charge of\b/;
const MERGED_BEFORE = /\b(?:folded|folds|folding|merged|merges|merging|integrated|integrates|absorbed|absorbs|rolled|rolls)(?:\s+[\w'’-]+){0,3}\s+$/;
/** "… into Meta Superintelligence Labs": right before the org someone is brought into. */
export const INTO_BEFORE = /\binto\s+(?:the\s+)?$/;
// A person's name somewhere in the words: two capitalised words ("its founder, Tomasz Wrona, and …").
const NAME_IN = /\b[A-Z][a-z'’]+\s+[A-Z][a-z]/;
// "接受了xAI的offer", "接受了Meta开出的offer", "accepted Anthropic's offer": after the org, its offer.
const OFFER_AFTER = new RegExp(`^(?:(?:开出)?的(?:正式)?(?:${alternation(W.offerNouns.zh)})|['’]s\\s+(?:(?:formal|job|final)\\s+)?offer\\b)`);
// After "departing": a few lower-case title words, then the name (a comma may set it off); no verb between.
const DEPARTING_TITLE_GAP = /^(?:\s+(?!(?:is|was|has|had|will|said|says|and)\b)[a-z&'’-]+){1,6},?\s+$/;
const ZH_DESCRIPTION_GAP = /^[^,.;:!?，。；：、！？\s]*$/;
const TITLE_WORD_IN = new RegExp(`\\b(?:${alternation([...CONTEXT_WORDS.titleHeads.en, 'vp', 'executive'])})\\b`);
// "这一空缺已由…": a vacancy, then 由 and who fills it.
const VACANCY_BY = /空缺[^。;]{0,30}由/;
// "在Meta的四年", "在字节的三年时光": 的, then a time spent there, right before the word.
const STINT_BEFORE = new RegExp(`的[^,;。]{0,4}?(?:${ZH_COUNT_NUMBER}(?:年|个月)|${alternation(W.stintNouns.zh)})[^,;。]{0,2}$`);
// "he and several members of his team were", "Ana Ruiz, a Meta engineer, was": a person (or "he"/"she"), then only a
// passive's "was".
// Two or three capitalised words right before, a name's ("Mark Tilden out after"; not "stepped out after").
const NAME_RIGHT_BEFORE = /\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s+$/u;
const RETAINED_BEFORE = /\b(?:retained|engaged|retains|engages)\s+$/;
// "backed by Alibaba and Tencent", "funded by Sequoia, Alibaba and Tencent": the backers, each of a list.
const BACKED_BY = /\b(?:backed|funded|bankrolled|owned|controlled|incubated)\s+(?:in part\s+)?by\s+(?:[\w.&'’ -]{1,40}?(?:,\s+|\s+and\s+|\s+&\s+)){0,3}$/;
const PERSON_BEFORE_PASSIVE = new RegExp(
  `(?:\\b(?:${alternation(W.subjectPronouns.en)}|I|we|they)|\\p{Lu}[\\p{L}'’-]+(?:,[^,.;]{1,48},)?)(?:\\s+and\\s+[^,.;]{1,40}?)?\\s+(?:also\\s+)?(?:was|were|is|are|has been|have been|had been)\\s+(?:also\\s+|among those\\s+)?$`,
  'u',
);
const TOPIC_VERB_AFTER = new RegExp(`^\\s+(?:${alternation(W.topicVerbs.en)})\\b`);
const WORKS_THERE_AFTER = new RegExp(`^(?:${alternation(W.worksThere.zh)})`);
const STINT_ENDS = new RegExp(`^\\s+[^,.;!]{1,40}?\\s(?:${alternation(W.stintEnds.en)})\\b`);
const STINT_AFTER = new RegExp(`^[^,;。]{1,16}?的[^,;。]{0,4}?(?:${alternation(W.stintNouns.zh)})`);
const POST_AFTER = new RegExp(`^[^,;。]{0,18}?(?:${alternation(W.postWords.zh)})`);
// "Anthropic's Asia-Pacific business", "OpenAI's new devices team": the org's, then a unit of it within three words.
const UNIT_OF_ORG = new RegExp(`^['’]s(?:\\s+[\\w-]+){0,3}?\\s+(?:${alternation(CONTEXT_WORDS.unitNouns.en)})\\b`);
// "an independent nonprofit", "her own AI safety lab", "a new venture fund": an article, three words at most, the kind.
const NEW_ORG_AFTER = new RegExp(`^\\s+(?:a|an|her own|his own|their own|a new)\\s+(?:[\\w-]+\\s+){0,3}?(?:${alternation(CONTEXT_WORDS.newOrgNouns.en)})\\b`);
// People (or a word after a list of them) right before a word of flowing: "三名技术骨干流向", "两人均流向".
const PEOPLE_BEFORE_ZH = new RegExp(`(?:${alternation([...CONTEXT_WORDS.unnamedPeople.zh, '员工', '成员', '两人', '三人', '均', '都'])})$`);
// Verbs of leading a team, right after a name: "阚思远带领腾讯混元团队完成了…".
const LEADS_A_TEAM = new RegExp(alternation(CONTEXT_WORDS.leadsATeam.zh), 'g');
const STAFF_AFTER_ZH = new RegExp(`^[^,;:。]{0,10}?(?:${alternation([...CONTEXT_WORDS.unnamedPeople.zh, ...CONTEXT_WORDS.staffTitles.zh, '成员', '新人', '大将', '老将'])})`);
const WORKS_AT_AFTER = new RegExp(`^[^,;。]{0,16}?(?:${alternation(CONTEXT_WORDS.worksAtSchool.zh)})`);
const MEMBER_AFTER = /^[^,;:]{0,8}?(?:的)?(?:一员|成员)/;
// "… Director of Applied AI at Microsoft": the org a post is at (not "a cameo in a Netflix documentary").
const AT_ORG = /\b(?:at|with|for)\s+$/;
const SCHOOL = new RegExp(`${alternation(CONTEXT_WORDS.schoolWords.en)}|${alternation(CONTEXT_WORDS.schoolWords.zh)}`);
const SELF_NAMING = /我是(?:当事人|本人)?/;
const REAL_NAMING = new RegExp(`(?:${alternation(W.realName.zh)})\\s*:?\\s*`);
// "congrats to Hana Kobayashi on starting as …": the name, then "on" and a word of moving.
const CONGRATS_ON = new RegExp(`^\\s+(?:[A-Z][\\w.'’-]*\\s+){1,3}?on\\s+(?:${alternation(CONTEXT_WORDS.congratsOn.en)})\\b`);
// (A surname may open with a particle: "brought in Pieter de Graaf".)
const SPEAKS_AFTER_ZH = new RegExp(`^(?:${alternation(W.statementVerbs.zh)})`);
const NAMED_PERSON_NEXT = new RegExp(
  `^\\s+(?:(?:(?!(?:the|by|of|from|to|with|for|on|in|at)\\s)[a-z-]+|[A-Z][\\w.'’-]*(?=\\s+[a-z])|[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,2}['’]s)\\s+){0,5}(?:(?:Dr|Prof|Mr|Ms|Mrs)\\.?\\s+)?[A-Z][a-z'’]+\\s+(?:(?:${alternation(W.nameParticles.en)})\\s+)*[A-Z][a-z]`,
);
// "…, said on X that he had left": a subject pronoun after a reporting verb, right before the move word.
const SPEAKER_PRONOUN = new RegExp(`\\b(?:${alternation(W.subjectPronouns.en)})\\s+(?:(?:${alternation(W.auxiliaries.en)})\\s+){0,2}$`);
const SPEECH_VERB = new RegExp(`\\b(?:${alternation(W.speechVerbs.en)})\\b`);
// A quote of someone speaking of themselves, and who said it: right after the closing mark ('," X, who led …, wrote',
// '," said X'), or before the opening one ('X wrote on X: "', 'X在朋友圈写道：“').
const FIRST_PERSON = new RegExp(`(?<![a-z])(?:${alternation(W.firstPerson.en)})(?![a-z'’])|${alternation(W.firstPerson.zh)}`);
const QUOTE_MARK = /["“”]/g;
const ELIDED_FIRST_PERSON = new RegExp(`^\\s*(?:${alternation(W.elidedFirstPerson.en)})\\b`);
// (Asked of every sentence a move word is read in: no slice, no regex.)
function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}
// The person words of a quote: the last before the move word must be the speaker's own ("he told me he was leaving" is not).
const PERSON_WORD = new RegExp(`(?<![a-z])(?:${alternation([...W.firstPerson.en, ...W.pronouns.en, 'him', 'them'])})(?![a-z'’])|[${[...W.firstPerson.zh, ...W.subjectPronouns.zh].join('')}]`, 'g');
const SPEECH_AFTER_NAME = new RegExp(`^(?:\\s*,[^"“”,]{1,100},)?\\s*(?:${alternation(W.speechVerbs.en)})\\b|^\\s*[^"“”,。]{0,16}(?:${alternation(W.speechVerbs.zh)})`);
// Between a closing quote and the speaker's name: nothing, or a short description ("former OpenAI researcher", "前OpenAI研究员").
const DESCRIPTOR_GAP = /^\s*,?\s*[^,;:"“”。！？!?]{0,40}$/;
const PERSON_WORD_TEST = new RegExp(PERSON_WORD.source);
const SAID_BEFORE_NAME = new RegExp(`^\\s*,?\\s*(?:${alternation(W.speechVerbs.en)})\\s+$`);
const SPEECH_BEFORE_QUOTE = new RegExp(
  `^(?:\\s*,[^"“”,]{1,100},)?\\s*(?:(?:${alternation(W.speechVerbs.en)})\\b[^"“”]{0,40}|[^"“”,。]{0,24}(?:${alternation(W.speechVerbs.zh)})(?:[^"“”,。:]{0,8}(?=:))?)\\s*[:,]?\\s*$`,
);
// "has hired three engineers", "招募了两名研究员": an active hire whose object names nobody.
// ("邵云帆亲自招募前谷歌研究员": a description of someone, nobody named, up to the end of the clause.)
const RELATION_AFTER_DE = new RegExp(`^(?:${alternation(W.relationsOf.zh)})`);
// Between a hiring org and its verb: nothing, or "has", "also", "quietly".
const HIRER_BEFORE = /^\s+(?:(?:has|have|also|quietly|just|now)\s+)*$/;
const PRONOUN_OBJECT_NEXT = /^\s+(?:him|her|them)\b/;
const HIRES_FROM = /^\s+(?:away\s+)?from\s/;
// (Never "of" first: "is OpenAI's new chief of staff" is a title that runs on, no group hired.)
const GROUP_OBJECT = new RegExp(
  `^(?!\\s+of\\s)\\s*(?:[\\w-]+\\s+){0,3}?(?:${alternation(W.groupNouns.en)})\\b|^了?[\\d一二三四五六七八九十两几多数百千]+(?:${alternation(W.groupNouns.zh)})|^了?(?:一[名位])?[^,;。:]{0,12}(?:${alternation(W.unnamedPeople.zh)})\\s*(?:[,;。:]|$)`,
);

// A gap that holds a verb belongs to another clause, not to a list.
const TRIGGERISH = new RegExp(`\\b(?:${alternation(W.clauseVerbs.en)})\\b|[${W.clauseVerbs.zh.join('')}]`);
// So does one that opens a time clause: "named X interim chief executive after founder Y left" lists no one.
// An auxiliary right before the move word, an adverb at most between: "was hired", "has been quietly poached" (not
// "was excited to welcome").
const PASSIVE_BEFORE = /\b(?:was|were|been|is being|be|being)\s+(?:\w+ly\s+)?$/;
// (The move word may carry the passive itself: "was fired", "被裁".)
const PASSIVE_WORD = /^(?:was|were|been|is being|be)\b|^被/;
// "X 将与 Y 共同领导": between the two names, "with"; between the second and the move word, "jointly".
const JOINT_WITH = new RegExp(`^\\s*(?:${alternation(W.jointWith.zh)})?\\s*(?:与|和|同|跟)\\s*$`);
const JOINTLY = new RegExp(alternation(W.jointly.zh));
const PARTED_WITH = /\bways with$/;
// After "the departure of": the person's description, then a comma before the name ("of Anthropic's head of recruiting, ").
const OF_APPOSITION = /^\s*(?:of\s+)?[^,;.:]{1,60},\s*$/;
// After "the departure of" or "its hiring of": a title, or an org's possessive (its name taken out), right before the name
// ("of co-founder Lukas Brenner", "of Google DeepMind's Fiona Gallagher", "of its head of research X").
const OF_TITLE = new RegExp(
  `^\\s*(?:of\\s+)?(?:(?:its|their|the|his|her)\\s+)?(?:['’]s\\s+)?(?:(?:[a-z-]+\\s+){0,3}?(?:${alternation([...W.titleHeads.en, ...W.heldTitleHeads.en])})(?:\\s+of\\s+[a-z]+)?\\s+)?$`,
);
const CONJUNCTION_BEFORE = new RegExp(`\\b(?:${alternation(W.clauseConjunctions.en)})\\s+$`);
// Between a founding and a co-founder named after it: "co-found Periodic Labs with", "与…共同创办" is told before.
const CO_FOUNDER_BEFORE = /^[^,;:]{0,40}\bwith\s+(?:(?:fellow|former|ex-)\s+)?$/;
const RELATIVE_DE = /^[^,;:]{0,8}的$/;
const TIME_GAP = new RegExp(`\\b(?:${alternation([...W.timeConjunctions.en, ...W.vacancyConjunctions.en])})\\b`);

/** The span around `pos` between two of `breaks` (sorted positions inside `s`): a clause, or a part between semicolons. */
function between(breaks: readonly number[], pos: number, s: Span): Span {
  let start = s.start;
  let end = s.end;
  for (const b of breaks) {
    if (b < pos) start = b + 1;
    else {
      end = b;
      break;
    }
  }
  return { start, end };
}

export const within = (m: { start: number }, s: Span) => m.start >= s.start && m.start < s.end;

/** Whether a sentence is a Title-Case headline: nearly every word capitalised, so capitals do not mark names. */
function isTitleCase(cased: string): boolean {
  if (HAN_CHAR.test(cased)) return false;
  // Counted in one pass over the words, without a match object per word: asked of every sentence a name is found in.
  // A word is a run of Latin letters with no word character (letter, digit, "_") on either side, as /\b[A-Za-z]+\b/.
  let words = 0;
  let lower = 0;
  const n = cased.length;
  for (let i = 0; i < n;) {
    if (!isLatin(cased.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isLatin(cased.charCodeAt(end))) end++;
    const whole = (i === 0 || !isWordChar(cased.charCodeAt(i - 1))) && (end === n || !isWordChar(cased.charCodeAt(end)));
    if (whole && !(end - i <= SMALL_WORD_MAX && TITLE_CASE_SMALL_WORDS.has(cased.slice(i, end).toLowerCase()))) {
      words++;
      const c = cased.charCodeAt(i);
      if (isLower(c)) lower++;
    }
    i = end;
  }
  return words >= WINDOWS.titleCaseMinWords && lower <= words * WINDOWS.titleCaseLowerShare;
}
const isWordChar = (c: number) => isLatin(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const SMALL_WORD_MAX = Math.max(...[...TITLE_CASE_SMALL_WORDS].map((w) => w.length));

// The words of a full name around a surname or a given name found in the text: one or two capitalised words before a
// surname ("Dana Whitfield"), one or two after a given name ("Leila Haddad").
const NAME_WORDS_BEFORE = /(?<![A-Za-z])(?:[A-Z][a-z'’]+ ){1,2}$/;
const NAME_WORDS_AFTER = /^(?: [A-Z][a-z'’]+(?:[A-Z][a-z]+)?){1,2}(?![A-Za-z])/;

/**
 * Where the article names someone in full with this word as their surname or given name: each span found around an
 * occurrence of the word (a plain search, then a check anchored there: most lone capitalised words are in no name).
 */
function* fullNamesWith(cased: string, word: string, part: 'surname' | 'given'): Generator<{ start: number; end: number }> {
  for (let i = cased.indexOf(word); i >= 0; i = cased.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (isLatin(cased.charCodeAt(i - 1)) || isLatin(cased.charCodeAt(end))) continue;
    if (part === 'surname') {
      const before = NAME_WORDS_BEFORE.exec(cased.slice(Math.max(0, i - 40), i));
      if (before) yield { start: i - before[0].length, end };
    } else {
      const after = NAME_WORDS_AFTER.exec(cased.slice(end, end + 40));
      if (after) yield { start: i, end: end + after[0].length };
    }
  }
}

/**
 * What an article's sentences share while they are read: the Latin names of each sentence (found once,
 * whether discovery or the surname list asks first), and the people it names in full, by surname.
 */
export class ArticleNames {
  private readonly latin = new Map<number, NameSpan[]>();
  /** Chinese names found in the sentences read so far: each is a name wherever the article writes it again. */
  private readonly hanNames = new Set<string>();
  /** The Latin gloss of each Chinese name asked about (null: none in the article). */
  private readonly glosses = new Map<string, string | null>();
  private readonly bySurname = new Map<string, string | null>();
  private readonly byGiven = new Map<string, string | null>();
  private readonly namesakes = new Map<string, boolean>();
  private hasDot: boolean | undefined;
  private hasParen: boolean | undefined;

  constructor(
    private readonly n: NormalizedText,
    private readonly sentences: readonly Span[],
    /** Watched people the article names by a full name or alias (not only by surname). */
    private readonly namedInFull: ReadonlySet<string> = new Set(),
  ) {}

  /** Whether a Chinese name stands somewhere in the article with a clause opening right after it ("宋立新已离职"). */
  standsAsName(name: string): boolean {
    for (let i = this.n.text.indexOf(name); i >= 0; i = this.n.text.indexOf(name, i + 1)) if (LONGER_NAME_NEXT.test(this.n.text.charAt(i + name.length))) return true;
    return false;
  }

  /** Whether a watched person's surname here is them: the article names them in full too ("Priya Raman … Raman's departure"). */
  surnameIsNamed(key: string): boolean {
    return this.namedInFull.has(key);
  }

  /**
   * The watched person the article names in full whose name this one cuts short at the end ("Ana García" where the
   * headline names the watched Ana García-López), or undefined.
   */
  watchedLongerName(key: string): string | undefined {
    for (const full of this.namedInFull) if (full.startsWith(`${key} `)) return full;
    return undefined;
  }

  /**
   * Whether the watched surname at `at` is another person's: a given name other than the watched one stands right before
   * it ("Michael Lin" for a watch on Sarah Lin), or, where the watched person is not named in full, the article names such
   * a namesake (then "Lin" is theirs).
   */
  namesakeAt(key: string, watchedName: string, at: number): boolean {
    const given = givenNameOf(watchedName);
    const before = otherGivenName(this.n.cased, at, given);
    if (before || this.namedInFull.has(key)) return before;
    let found = this.namesakes.get(key);
    if (found === undefined) {
      const surname = watchedName.split(' ').pop()!;
      found = false;
      for (let i = this.n.cased.indexOf(surname); i >= 0 && !found; i = this.n.cased.indexOf(surname, i + 1)) found = otherGivenName(this.n.cased, i, given);
      this.namesakes.set(key, found);
    }
    return found;
  }

  latinNames(s: Span): NameSpan[] {
    let names = this.latin.get(s.start);
    // (Capitals put right first where a line or a name is set in them: "MARA LINDQVIST LEAVES FOR META".)
    if (!names) this.latin.set(s.start, (names = findLatinNames(casedForNames(this.n.cased, s.start, s.end) ?? this.n.cased, s.start, s.end, this.hyphensIn(s))));
    return names;
  }

  /** Where the sentence had a hyphen between letters (normalised to a space): "Jae-won Kim" is one name. */
  private hyphensIn(s: Span): number[] {
    // (One walk over the sentence: an indexOf from its start ran to the next hyphen, often far past it, for every sentence.)
    const out: number[] = [];
    for (let i = s.start; i < s.end; i++) if (wasHyphen(this.n, i)) out.push(i);
    return out;
  }

  /**
   * The full name of the one person the article names with this surname ("Whitfield" → "Dana Whitfield"), for
   * the sentences that then say only "Whitfield"; null if nobody, or two people, have it. Names in Title-Case
   * headlines do not count (their capitals are no names).
   */
  fullNameOf(surname: string): string | null {
    return this.oneNamed(surname, 'surname', this.bySurname);
  }

  /**
   * "Okonkwo-Blake" where the article names "Harriet Okonkwo-Blake": a name whose only breaks are hyphens is a double
   * surname (discovery reads it as two words), the full name's.
   */
  fullNameOfHyphenated(s: Span): string | null {
    // (Asked of every name discovery reads: most were written with no hyphen at all.)
    const { original, offsets } = this.n;
    if (!original.slice(offsets[s.start], offsets[s.end - 1]! + 1).includes('-')) return null;
    const hyphens = this.hyphensIn(s).length;
    const spaces = this.n.text.slice(s.start, s.end).split(' ').length - 1;
    return hyphens > 0 && hyphens === spaces ? this.fullNameOf(this.n.cased.slice(s.start, s.end)) : null;
  }

  /** The full transliterated name whose last part this is ("苏茨克维" → "伊利亚·苏茨克维"), if the article writes one. */
  dottedFullName(last: string): string | null {
    const text = this.n.text;
    if ((this.hasDot ??= NAME_DOT.test(text)) === false) return null;
    for (const dot of NAME_DOT_CHARS) {
      const at = text.indexOf(dot + last);
      if (at < 1) continue;
      const span = dottedName(text, at, Math.max(0, at - 12), Math.min(text.length, at + 1 + last.length + 1));
      if (span && span.end === at + 1 + last.length) return text.slice(span.start, span.end);
    }
    return null;
  }

  /**
   * The Latin name a Chinese one is glossed with somewhere in the article ("龐若鳴（Ruoming Pang）", "巴布舒金(Igor
   * Babuschkin)"), if any: the person's name in every sentence, so the English and Chinese reports of a move meet.
   */
  latinGloss(han: string): string | null {
    const { text } = this.n;
    if ((this.hasParen ??= text.includes('(')) === false) return null;
    let found = this.glosses.get(han);
    if (found !== undefined) return found;
    found = null;
    for (let at = text.indexOf(han); at >= 0 && found === null; at = text.indexOf(han, at + 1)) {
      const after = at + han.length;
      const gloss = LATIN_NAME_GLOSS.exec(text.slice(after, after + 48));
      if (!gloss) continue;
      // (As the original writes it: "Kuan-Ting Lai" keeps its hyphen.)
      const start = after + gloss[0].indexOf(gloss[1]!);
      found = originalSpan(this.n, start, start + gloss[1]!.length);
    }
    this.glosses.set(han, found);
    return found;
  }

  /** Remembers Chinese names found in a sentence, for the sentences after it. */
  noteHanNames(names: Iterable<string>): void {
    for (const name of names) this.hanNames.add(name);
  }

  /**
   * Where a Chinese name found in an earlier sentence stands again in [from, to) ("…，接替游思瀚的工作", where
   * discovery alone would not read 游思瀚 before 的).
   */
  knownHanNames(from: number, to: number): NameSpan[] {
    const out: NameSpan[] = [];
    if (!this.hanNames.size) return out;
    // (Searched in the sentence alone: an indexOf on the article would read all of its rest for every name.)
    const sentence = this.n.text.slice(from, to);
    for (const name of this.hanNames) {
      for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length)) out.push({ start: from + at, end: from + at + name.length });
    }
    return out;
  }

  /** The same for a given name: "Dr. Leila Haddad is joining Cohere. Leila joins us from Google DeepMind". */
  fullNameByGiven(given: string): string | null {
    return this.oneNamed(given, 'given', this.byGiven);
  }

  private oneNamed(word: string, part: 'surname' | 'given', known: Map<string, string | null>): string | null {
    let full = known.get(word);
    if (full !== undefined) return full;
    full = null;
    for (const m of fullNamesWith(this.n.cased, word, part)) {
      const s = this.sentences.find((x) => m.start >= x.start && m.start < x.end);
      if (!s || isTitleCase(this.n.cased.slice(s.start, s.end))) continue;
      // The name as discovery reads it there (leading words that are no names dropped).
      const span = this.latinNames(s).find((x) => (part === 'surname' ? x.end === m.end : x.start === m.start));
      if (!span) continue;
      const name = nameText(originalSpan(this.n, span.start, span.end));
      if (full !== null && full !== name) {
        full = null;
        break;
      }
      full = name;
    }
    known.set(word, full);
    return full;
  }
}

/** One sentence with its people, orgs, triggers and markers, and the questions move recognition asks of it. */
export class SentenceReader {
  private watchedPeople: PersonMention[];
  private allPeople: PersonMention[] | null = null;
  /** Whether a later sentence refers to this one's people (by a pronoun or as a group), so its Chinese names are guessed. */
  private referredTo = false;
  readonly orgs: OrgMention[];
  readonly triggers: TriggerMention[];
  readonly markers: Mention[];
  /** What each rule decided here, for explain. */
  readonly events: RuleEvent[] = [];
  /** Who moves along with whom ("Zoph was returning to OpenAI along with Luke Metz"): each added person, and the lead. */
  readonly companions = new Map<PersonMention, PersonMention>();
  private yearSeen: boolean | undefined;
  private ownText: string | undefined;
  private titleCaseSeen: boolean | undefined;
  /** Whether a quote mark stands in the sentence or right before it (asked for every move word). */
  private quoteSeen: boolean | undefined;
  private sameMove: RegExpExecArray | null | undefined;
  private clauseBreaks: number[] | undefined;
  private semicolons: number[] | undefined;
  /** What biography.ts found for each move word (by its start), once read: the theme and the sentence both ask. */
  biography: Map<number, { rule: RuleId; detail: string } | null> | undefined;

  /** `inside`: the mentions that start in this sentence (the caller slices them, so reading stays linear). */
  constructor(
    readonly n: NormalizedText,
    readonly span: Span,
    inside: Mention[],
    readonly index: MatchIndex,
    /** What the article's sentences share (a sentence read alone is its own article). */
    private readonly article: ArticleNames = new ArticleNames(n, [span]),
  ) {
    // One pass sorts the sentence's mentions by kind (readers are built for every sentence with a mention).
    const orgs: OrgMention[] = [];
    const triggers: TriggerMention[] = [];
    const markers: Mention[] = [];
    const watched: PersonMention[] = [];
    for (const m of inside) {
      const e = m.entity;
      if (e.kind === 'org') {
        if (
          !bareWithThe(n.text, m.start, m.end, e.org, span.start) &&
          !(index.catalog.get(e.org)?.parent && companyOfItsOwn(n.text, m.start, m.end, span.start)) &&
          !spokenOn(n.text, m.start, m.end, span.start)
        )
          orgs.push({ start: m.start, end: m.end, org: e.org });
      } else if (e.kind === 'trigger' && triggerHolds(e.trigger, m, n, span, inside)) {
        triggers.push({ start: m.start, end: m.end, trigger: e.trigger, word: n.text.slice(m.start, m.end) });
      } else if (e.kind === 'person') {
        // A surname alone may be a namesake's: "Michael Lin", or "Lin" where the article names Michael Lin and not the watched Sarah Lin.
        if (e.weak && article.namesakeAt(e.key, index.people.get(e.key)!, m.start)) {
          this.fire('names.namesake', n.text.slice(m.start, m.end), `not ${index.people.get(e.key)!}: another person of that surname`);
          continue;
        }
        // ("The baker who made the campus famous": a surname alone is a name only capitalised.)
        if (e.weak && isLower(n.cased.charCodeAt(m.start))) {
          this.fire('names.namesake', n.text.slice(m.start, m.end), `not ${index.people.get(e.key)!}: a word, written lower-case`);
          continue;
        }
        // ("Okonkwo Labs, a robotics startup, has hired …": the surname opens an org's name.)
        if (e.weak && ORG_NAME_NEXT.test(n.text.slice(m.end, m.end + 16)) && isUpper(n.cased.charCodeAt(m.end + 1))) {
          this.fire('names.namesake', n.text.slice(m.start, m.end), `not ${index.people.get(e.key)!}: part of an org's name`);
          continue;
        }
        // (Always a boolean: a field that is sometimes undefined changes every PersonMention's shape.)
        // (A surname after the watched given name, a familiar form of it or a middle name is the name in full: "Mike Tanaka".)
        const inFull = e.weak === true && ownGivenName(n.cased, m.start, givenNameOf(index.people.get(e.key)!));
        const weak = e.weak === true && !inFull && !article.surnameIsNamed(e.key);
        watched.push({ start: m.start, end: m.end, key: e.key, name: index.people.get(e.key)!, watched: true, weak, referred: false });
        if (e.weak && !weak) this.fire('names.surname', n.text.slice(m.start, m.end), `${index.people.get(e.key)!}, named in full ${inFull ? 'here' : 'in the article'}`);
      } else if (e.kind !== 'not-trigger' && e.kind !== 'not-name') markers.push(m);
    }
    this.orgs = orgs;
    this.triggers = triggers;
    this.markers = markers;
    this.watchedPeople = watched;
  }

  /** The clause around a position in this sentence. */
  clause(pos: number): Span {
    // (Asked several times for every move word: the sentence's breaks are found once.)
    const breaks = (this.clauseBreaks ??= this.breaksWhere(isClauseBreak));
    return between(breaks, pos, this.span);
  }

  /** Where the sentence's characters of a kind stand, in order. */
  private breaksWhere(is: (c: number) => boolean): number[] {
    const out: number[] = [];
    for (let i = this.span.start; i < this.span.end; i++) if (is(this.text.charCodeAt(i))) out.push(i);
    return out;
  }

  private breaksBetween(connector: Mention, org: OrgMention): boolean {
    const gap = this.text.slice(connector.end, org.start);
    // (", and Marta Kowalczyk, who led Grok's post-training": a clause of its own after a comma and a conjunction.)
    return gap.includes(';') || (isHanCode(this.text.charCodeAt(connector.start)) ? gap.includes(',') : gap.includes(',') && CLAUSE_JOIN.test(gap));
  }

  /** The part of the sentence between semicolons around a position: "一、X已加入A；二、原B院长Y出任C" holds two moves. */
  segment(pos: number): Span {
    const semicolons = (this.semicolons ??= this.breaksWhere((c) => c === 0x3b));
    return semicolons.length ? between(semicolons, pos, this.span) : this.span;
  }

  /** Whether the sentence holds a year at all (most do not: their biography rules need not look for one). */
  get hasYear(): boolean {
    return (this.yearSeen ??= /(?:19|20)\d\d/.test(this.text.slice(this.span.start, this.span.end)));
  }

  fire(rule: RuleId, at: string, detail?: string): void {
    this.record(rule, 'fired', at, detail);
  }

  block(rule: RuleId, at: string, detail?: string): void {
    this.record(rule, 'blocked', at, detail);
  }

  // One object per event (no spread): every move word records several.
  private record(rule: RuleId, outcome: RuleEvent['outcome'], at: string, detail: string | undefined): void {
    const e: RuleEvent = { rule, outcome, at };
    if (detail) e.detail = detail;
    this.events.push(e);
  }

  /** The words of a span as written. */
  words(span: { start: number; end: number }): string {
    return originalSpan(this.n, span.start, span.end);
  }

  /**
   * A Title-Case headline capitalises every word, so capitals there do not mark names ("Shakes Up Its
   * Leadership"): a name found in one counts only if the article names it again, or is only the headline.
   */
  private get titleCase(): boolean {
    return (this.titleCaseSeen ??= isTitleCase(this.withoutOrgs()));
  }

  /** The sentence as written with its orgs left out: their names are capitalised in any sentence ("Felix Ober: OpenAI → Thinking Machines Lab"). */
  private withoutOrgs(): string {
    const cased = this.n.cased;
    let out = '';
    let at = this.span.start;
    for (const o of this.orgs) {
      out += cased.slice(at, o.start);
      at = Math.max(at, o.end);
    }
    return out + cased.slice(at, this.span.end);
  }

  /** Inside a quoted Title-Case title ("“Scaling Laws For Agent Evaluation”"): a title, not names. */
  private inQuotedTitle(s: { start: number; end: number }): boolean {
    const cased = this.n.cased;
    for (const m of cased.slice(this.span.start, this.span.end).matchAll(QUOTED)) {
      const start = this.span.start + m.index;
      if (s.start > start && s.end < start + m[0].length && isTitleCase(m[0])) return true;
    }
    return false;
  }

  private namedElsewhere(s: { start: number; end: number }): boolean {
    const name = this.n.cased.slice(s.start, s.end);
    const cased = this.n.cased;
    if (this.span.start === 0 && this.span.end >= cased.trimEnd().length) return true;
    // The body may name them by surname alone ("… said Raman").
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    return [name, surname].some((w) => cased.indexOf(w) < this.span.start || cased.indexOf(w, this.span.end) >= 0);
  }

  /**
   * A name in the item's Title-Case or all-capitals headline that the body does not repeat, standing between a title or
   * an owner and a move word ("… RESEARCH CHIEF MARA LINDQVIST LEAVES FOR META", "OpenAI's Mara Lindqvist Leaves"): the
   * mover (not "Another Star Leaves Apple", which no title or owner introduces).
   */
  private headlineMover(s: { start: number; end: number }): boolean {
    if (this.span.start !== 0 || !this.triggers.some((t) => t.start - s.end <= 1 && t.start >= s.end)) return false;
    const before = this.text.slice(Math.max(0, s.start - 24), s.start);
    return HEADLINE_MOVER_AFTER.test(before);
  }

  /** Whether the sentence opens by listing the people of a move told before it. */
  get listsPeople(): boolean {
    return LIST_SENTENCE.test(this.text.slice(this.span.start, this.span.start + 40));
  }

  /** Where the sentence says its person "made the same move" as someone before ("followed suit", "做出了同样的选择"), if it does. */
  get repeatsMove(): RegExpExecArray | null {
    if (this.sameMove === undefined) {
      const sentence = this.text.slice(this.span.start, this.span.end);
      // (A word each phrase holds, looked for first: most sentences hold none.)
      const at = SAME_MOVE_HINTS.some((h) => sentence.includes(h)) ? SAME_MOVE.exec(sentence) : null;
      if (at) at.index += this.span.start;
      this.sameMove = at;
    }
    return this.sameMove;
  }

  /** Whether the sentence hands someone's work to a person by name ("…由首席科学家周明轩统筹"): a name is likely there. */
  get handsOver(): boolean {
    const by = this.find('由');
    return by >= 0 && HANDS_OVER.test(this.text.slice(by, this.span.end));
  }

  /** Where a character first stands in the sentence from `from` on, or -1 (not past its end: indexOf would read the article's rest). */
  /** The people of later clauses who take a post with a bare 任 ("，技术总监闵浩任CTO"), after someone took one at `t`. */
  alsoTakingPosts(t: TriggerMention, subjects: readonly PersonMention[]): PersonMention[] {
    return this.people.filter(
      (p) =>
        p.start > t.end &&
        !subjects.includes(p) &&
        this.text[p.end] === '任' &&
        !NOT_AFTER_REN.has(this.text[p.end + 1] ?? '') &&
        this.text.slice(t.end, p.start).includes(',') &&
        !this.triggers.some((o) => o.start > t.end && o.start < p.start),
    );
  }

  /** Whether a word stands in the sentence. */
  includes(word: string): boolean {
    return (this.ownText ??= this.text.slice(this.span.start, this.span.end)).includes(word);
  }

  find(char: string, from = this.span.start): number {
    const code = char.charCodeAt(0);
    const text = this.text;
    for (let i = Math.max(from, this.span.start); i < this.span.end; i++) if (text.charCodeAt(i) === code) return i;
    return -1;
  }

  /** Watched and discovered people, in text order. Discovering names is the costly part of reading, so it waits until a rule asks. */
  get people(): PersonMention[] {
    if (!this.allPeople) {
      // (Discovery runs first: it may find a watched mention is part of someone else's name.)
      const found = this.discover();
      this.allPeople = [...this.watchedPeople, ...found].sort((a, b) => a.start - b.start);
    }
    return this.allPeople;
  }

  get text(): string {
    return this.n.text;
  }

  /**
   * The people a later sentence refers to as a group ("三人已于本月先后离职" after "…的三位技术骨干A、B和C均参与了…"):
   * Chinese names are guessed here too, though the sentence has no move word of its own.
   */
  peopleReferredToAsGroup(): PersonMention[] {
    return this.peopleReferredTo().filter((p) => !this.possessive(p));
  }

  /**
   * The people a later sentence refers to by a pronoun or as a group, Chinese names guessed though the sentence has no
   * move word ("研究员柏思远的竞业期已于上月届满。…他目前已正式入职阿里巴巴").
   */
  peopleReferredTo(): PersonMention[] {
    // (Read again only where names were not guessed before: discovery is the costly part of reading.)
    if (!this.guessesHanNames && HAN_CHAR.test(this.text.slice(this.span.start, this.span.end))) {
      this.referredTo = true;
      this.allPeople = null;
    }
    return this.people;
  }

  /**
   * Chinese names opening a clause before a verb of leading a team ("过去三年，阚思远带领腾讯混元团队…"), for a headline's
   * mover the body names without a move word; the people read already where there are any.
   */
  peopleLeading(): PersonMention[] {
    const found = this.peopleReferredTo();
    if (found.length || !HAN_CHAR.test(this.text.slice(this.span.start, this.span.end))) return found;
    const starts: number[] = [];
    for (const m of this.text.slice(this.span.start, this.span.end).matchAll(LEADS_A_TEAM)) starts.push(this.span.start + m.index);
    if (!starts.length) return found;
    const taken = [...this.orgs];
    return findChineseNames(this.n.text, this.span.start, this.span.end, starts)
      .filter((s) => !taken.some((o) => s.start < o.end && o.start < s.end))
      .map((s) => this.person(s, null));
  }

  /** Whether Chinese names are guessed here: only where a move, a list or a group reference makes a name likely. */
  private get guessesHanNames(): boolean {
    return this.triggers.length > 0 || this.listsPeople || this.handsOver || this.repeatsMove !== null || this.referredTo;
  }

  private discover(): PersonMention[] {
    const spans = [
      ...this.article.latinNames(this.span).filter((s) => !(this.titleCase || this.inQuotedTitle(s)) || this.namedElsewhere(s) || this.headlineMover(s)),
      // Chinese names are guessed from their surroundings: only where a move or a list makes a name likely; elsewhere
      // only the names earlier sentences found are looked for ("柯景行此前是商汤科技的研究员").
      ...(!HAN_CHAR.test(this.text.slice(this.span.start, this.span.end)) ? [] : this.guessesHanNames ? this.chineseNames() : this.article.knownHanNames(this.span.start, this.span.end)),
      ...(APPOINTED_LINE.test(this.text.slice(this.span.start, this.span.start + 16)) ? [appointedLineName(this.n.text, this.span.start, this.span.end)].filter((s) => s !== null) : []),
    ];
    // "宋立新已离职" beside a watch on 宋立: a Chinese name one character longer, the clause opening right after it, is
    // someone else's; the watched mention inside it is not theirs (and leaves the sentence's watched people).
    // (Or where the article writes it so elsewhere: the headline's "宋立新创业" then "宋立新已离职创业".)
    // ("Daniel Osei-Bonsu" beside a watch on Daniel Osei: a capitalised part hyphened on is a longer surname, someone else's.)
    const inLonger = this.watchedPeople.filter((w) =>
      isHanCode(this.text.charCodeAt(w.start))
        ? spans.some((s) => s.start === w.start && s.end === w.end + 1 && (LONGER_NAME_NEXT.test(this.text.charAt(s.end)) || this.article.standsAsName(this.text.slice(s.start, s.end))))
        : wasHyphen(this.n, w.end) && isUpper(this.n.cased.charCodeAt(w.end + 1)),
    );
    for (const w of inLonger) this.fire('names.namesake', this.n.text.slice(w.start, spans.find((s) => s.start === w.start && s.end > w.end)?.end ?? w.end + 1), `not ${w.name}: a longer name`);
    if (inLonger.length) this.watchedPeople = this.watchedPeople.filter((w) => !inLonger.includes(w));
    const taken = [...this.watchedPeople, ...this.orgs];
    const overlaps = (a: { start: number; end: number }) => taken.some((b) => a.start < b.end && b.start < a.end);
    const found = this.withoutGlossedNames(
      spans.filter((s) => !overlaps(s)),
      this.watchedPeople,
    );
    const label = speakerLabelName(this.n.cased, this.span.start, this.span.end);
    const labelled = label && !overlaps(label.span) && !found.some((s) => s.start < label.span.end && label.span.start < s.end) ? [this.speaker(label.span, label.name)] : [];
    return [...labelled, ...found.map((s) => this.person(s, this.glossedName(s) ?? this.dottedFullName(s) ?? this.hyphenatedSurname(s))), ...this.bySurname([...taken, ...found])];
  }

  /**
   * The people a list's line names ("**Anthropic**: Dev Patel (from Stripe), Lucia Gomez (from OpenAI)"), read though a
   * line of names and orgs reads like a Title-Case headline: a list's line is made of names.
   */
  peopleListed(): PersonMention[] {
    const found = this.peopleReferredTo();
    // ("· 蒋明川，阿里通义实验室": a Chinese name opening the line, which discovery does not read with no move word.)
    const opening = !found.length && HAN_CHAR.test(this.text.slice(this.span.start, this.span.end)) ? listLineChineseName(this.n.text, this.span.start, this.span.end) : null;
    if (opening) return [this.person(opening, this.glossedName(opening))];
    if (!this.titleCase) return found;
    const taken = [...found, ...this.orgs];
    const more = this.article.latinNames(this.span).filter((s) => !taken.some((t) => s.start < t.end && t.start < s.end));
    return [...found, ...more.map((s) => this.person(s, null))].sort((a, b) => a.start - b.start);
  }

  /**
   * The name that fills a table's cell ("| Corisande Vale | Google DeepMind |"), read though a row of capitals reads like a
   * headline: the cell bounds the name.
   */
  nameInCell(cell: Span): PersonMention | null {
    const found = this.peopleReferredTo().find((p) => !p.weak && p.start >= cell.start && p.end <= cell.end);
    if (found) return found;
    // (A name read on across a tab runs past its cell: "Rosamund Achebe\tScale AI" reads "Rosamund Achebe Scale"; the cell
    // bounds it.)
    const named = (HAN_CHAR.test(this.text.charAt(cell.start)) ? findChineseNames(this.n.text, cell.start, cell.end, []) : this.article.latinNames(this.span)).some(
      (n) => n.start === cell.start && n.end >= cell.end,
    );
    return named && !this.orgs.some((o) => o.start < cell.end && cell.start < o.end) ? this.person(cell, null) : null;
  }

  /** The Chinese names of the sentence: those discovery reads, and those an earlier sentence found, wherever they stand. */
  private chineseNames(): NameSpan[] {
    // (No name is a move word itself: "前字节大模型骨干单飞" holds no person 单飞.)
    const found = findChineseNames(
      this.n.text,
      this.span.start,
      this.span.end,
      this.triggers.map((t) => t.start),
    ).filter((f) => !this.triggers.some((t) => t.start < f.end && f.start < t.end));
    // A name read before beats a guess that overlaps it ("欧阳若谷此前…" holds no "谷此前").
    const known = this.article.knownHanNames(this.span.start, this.span.end);
    this.article.noteHanNames(found.map((f) => this.n.text.slice(f.start, f.end)));
    if (!known.length) return found;
    return [...known, ...found.filter((f) => !known.some((k) => k.start < f.end && f.start < k.end))].sort((a, b) => a.start - b.start);
  }

  /**
   * "龐若鳴（Ruoming Pang）將離開蘋果": a name in Latin letters in parentheses right after a Chinese one is the same
   * person. The discovered one of the two goes (the Chinese one, when the Latin one is watched).
   */
  private withoutGlossedNames(found: NameSpan[], watched: readonly PersonMention[]): NameSpan[] {
    const text = this.n.text;
    if (found.length < 2 && !watched.length) return found;
    if (this.find('(') < 0) return found;
    const glossed = (han: { end: number }, latin: { start: number; end: number }) =>
      latin.start > han.end &&
      latin.start - han.end <= 3 &&
      /^\s*\(\s*$/.test(text.slice(han.end, latin.start)) &&
      /^\s*\)/.test(text.slice(latin.end, latin.end + 3)) &&
      isHanCode(text.charCodeAt(han.end - 1));
    return found.filter(
      (s) =>
        // A discovered Latin name glossing a Chinese one, found or watched.
        !(isLatin(text.charCodeAt(s.start)) && [...found, ...watched].some((h) => h !== s && glossed(h, s))) &&
        // A discovered Chinese name glossed by a watched Latin one.
        !watched.some((w) => glossed(s, w)),
    );
  }

  /** The Chinese name a sentence with no move word opens with ("仇思远是字节跳动Seed团队…"), which discovery does not read there. */
  openingName(): PersonMention | null {
    const n = openingChineseName(this.n.text, this.span.start, this.span.end);
    return n ? this.person(n, this.glossedName(n)) : null;
  }

  /** The guest an interview's Chinese headline names ("专访｜…：贺知行谈…", "对话欧阳澈："), which discovery does not read there. */
  intervieweeName(): PersonMention | null {
    const n = intervieweeChineseName(this.n.text, this.span.start, this.span.end);
    return n ? this.person(n, this.glossedName(n)) : null;
  }

  /** "本名欧阳澈": the Chinese name right after a word of real name, if the sentence has one. */
  realName(): PersonMention | null {
    const at = REAL_NAMING.exec(this.text.slice(this.span.start, this.span.end));
    if (!at) return null;
    const from = this.span.start + at.index + at[0].length;
    const n = realChineseName(this.n.text, from, this.span.end);
    return n ? this.person(n, this.glossedName(n)) : null;
  }

  /** "我是当事人钱嘉懿": the name a writer gives themselves, after 我是 (and 当事人), if the sentence has one. */
  selfNamed(): PersonMention | null {
    const at = SELF_NAMING.exec(this.text.slice(this.span.start, this.span.end));
    if (!at) return null;
    // (The name runs to the first mark after it: "我是当事人钱嘉懿。".)
    const from = this.span.start + at.index + at[0].length;
    let end = from;
    while (end < this.span.end && HAN_CHAR.test(this.text[end]!)) end++;
    const n = end - from >= 2 && end - from <= 4 ? openingChineseName(this.n.text, from, end) : null;
    return n && n.end === end ? this.person(n, this.glossedName(n)) : null;
  }

  /** The name an embedded post's signature line opens with ("> — Maren Holt (@marenholt) November 12, 2025"), if it is one. */
  embedSignature(): PersonMention | null {
    const n = embedSignatureName(this.n.cased, this.span.start, this.span.end);
    return n ? this.person(n, this.glossedName(n)) : null;
  }

  /**
   * The name a signature line ends with ("——龚一帆", "#NewJob #AI — Rafael Quintana"), which discovery does not read
   * there (no move word for a Chinese name; a line of capitals for a Latin one), if it ends with one.
   */
  signatureName(from = this.span.start): PersonMention | null {
    const latin = this.article.latinNames(this.span).at(-1);
    const n =
      latin && latin.start >= from && /^[\s.!)]*$/.test(this.text.slice(latin.end, this.span.end))
        ? latin
        : HAN_CHAR.test(this.text.slice(from, this.span.end))
          ? soleChineseName(this.n.text, from, this.span.end)
          : lowerCaseSignature(this.n.cased, from, this.span.end);
    return n ? this.person(n, null) : null;
  }

  /** The one name the sentence's words before `end` are ("岑嘉言 - 百度百科", "Priyanka Das (computer scientist) - Wikipedia"), if they are one. */
  nameUntil(end: number): PersonMention | null {
    const words = this.text
      .slice(this.span.start, end)
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trimEnd();
    const stop = this.span.start + words.length;
    const latin = this.article.latinNames(this.span)[0];
    // (Discovery reads "Marisol Ortega Wikipedia" as one name: the page's name is cut off it.)
    const n = latin && latin.start === this.span.start && latin.end >= stop ? { start: latin.start, end: stop } : HAN_CHAR.test(words) ? soleChineseName(this.n.text, this.span.start, stop) : null;
    return n ? this.person(n, this.glossedName(n)) : null;
  }

  /** "龐若鳴" where the article glosses it "龐若鳴（Ruoming Pang）": the Latin name is the person's. */
  private glossedName(s: { start: number; end: number }): string | null {
    if (!HAN_CHAR.test(this.n.text[s.start]!)) return null;
    const full = this.article.latinGloss(this.n.text.slice(s.start, s.end));
    if (full) this.fire('names.gloss', this.n.text.slice(s.start, s.end), `${full}, the Latin name the article glosses it with`);
    return full;
  }

  /** "苏茨克维" where the article also writes "伊利亚·苏茨克维": the last part of a transliterated name is that name. */
  private dottedFullName(s: { start: number; end: number }): string | null {
    if (!HAN_CHAR.test(this.n.text[s.start]!) || NAME_DOT.test(this.n.text.slice(s.start, s.end))) return null;
    const full = this.article.dottedFullName(this.n.text.slice(s.start, s.end));
    if (full) this.fire('names.surname', this.n.text.slice(s.start, s.end), `${full}, the one person the article names with it`);
    return full;
  }

  private hyphenatedSurname(s: { start: number; end: number }): string | null {
    if (HAN_CHAR.test(this.n.text[s.start]!)) return null;
    const full = this.article.fullNameOfHyphenated(s);
    if (full) this.fire('names.surname', this.n.cased.slice(s.start, s.end), `${full}, the one person the article names with it`);
    return full;
  }

  /** A discovered person; `fullName` when the text names them by surname only. */
  private person(s: { start: number; end: number }, fullName: string | null): PersonMention {
    // (A name written all in capitals or all in lower case is shown in title case: "JORDAN MILLS", "priya natarajan".)
    const written = fullName ?? nameText(originalSpan(this.n, s.start, s.end));
    const name = /\p{Ll}/u.test(written) !== /\p{Lu}/u.test(written) && /[A-Za-z]/.test(written) ? titleCased(written) : written;
    // The normalised text is what personKey would make of the name: no second normalisation per name.
    const key = fullName ? normalizeAlias(fullName) : nameText(this.n.text.slice(s.start, s.end));
    // "Priya (Pia) Raman" is the watched "Priya Raman" once the nickname is dropped.
    const watchedName = this.index.people.get(key);
    // ("Ana García" in a body whose headline names the watched Ana García-López.)
    const longer = watchedName === undefined && !HAN_CHAR.test(name) ? this.article.watchedLongerName(key) : undefined;
    if (longer) {
      this.fire('names.shortened', name, `${this.index.people.get(longer)!}, whom the article names in full`);
      return { start: s.start, end: s.end, key: longer, name: this.index.people.get(longer)!, watched: true, weak: false, referred: true };
    }
    if (watchedName === undefined && this.index.pinyinPeople.size && HAN_CHAR.test(name)) {
      // "唐一帆" for a watch on "Tang Yifan": the watch's key, the name as the text writes it (pinyin names many people).
      const watch = this.pinyinWatchOf(name);
      if (watch) {
        this.fire('names.romanised', name, `${this.index.people.get(watch)!}, watched by that romanised name`);
        return { start: s.start, end: s.end, key: watch, name, watched: true, weak: false, referred: fullName !== null };
      }
    }
    return { start: s.start, end: s.end, key, name: watchedName ?? name, watched: watchedName !== undefined, weak: false, referred: fullName !== null };
  }

  /** A transcript's speaker, labelled in capitals: the watch's name where it is watched, else the label in title case. */
  private speaker(s: NameSpan, name: string): PersonMention {
    const found = this.person(s, null);
    this.fire('names.speaker', name, 'the speaker a transcript labels in capitals');
    return found.watched ? found : { ...found, name };
  }

  private pinyinWatchOf(hanName: string): string | undefined {
    for (const spelt of romanisationsOf(hanName)) {
      const key = this.index.pinyinPeople.get(normalizeAlias(spelt));
      if (key) return key;
    }
    return undefined;
  }

  /** "Whitfield's departure": a lone capitalised word that is the surname of one person the article names in full. */
  private bySurname(taken: { start: number; end: number }[]): PersonMention[] {
    const out: PersonMention[] = [];
    const sentence = this.n.cased.slice(this.span.start, this.span.end);
    const honorific = sentence.includes('. ') && HONORIFIC.test(sentence);
    for (const m of sentence.matchAll(honorific ? LONE_CAPITALISED_AFTER_HONORIFIC : LONE_CAPITALISED)) {
      const word = m[0].replace(/['’]s$/, '');
      // "The", "In", "Meanwhile": most lone capitals are no surname, and need not build the article's list.
      if (NOT_NAME_WORDS.has(word.toLowerCase())) continue;
      // (Two letters only after an honorific: "Dr. Ho", where the article names "Ho Wing Sze", surname first.)
      const long = word.length >= 3 || (honorific && HONORIFIC_BEFORE.test(sentence.slice(Math.max(0, m.index - 5), m.index)));
      const surname = long ? this.article.fullNameOf(word) : null;
      const full = surname ?? (long ? this.article.fullNameByGiven(word) : null);
      const start = this.span.start + m.index;
      const end = start + word.length;
      if (full && !taken.some((b) => start < b.end && b.start < end)) {
        out.push(this.person({ start, end }, full));
        this.fire(surname ? 'names.surname' : 'names.given', word, `${full}, the one person the article names with it`);
      }
    }
    return out;
  }

  hasMarker(kind: MarkerKind, where: Span): boolean {
    return this.markers.some((m) => m.entity.kind === kind && within(m, where));
  }

  /** The first marker of a kind in a span. */
  marker(kind: MarkerKind, where: Span): Mention | undefined {
    return this.markers.find((m) => m.entity.kind === kind && within(m, where));
  }

  /** "OpenAI rival Anthropic", "谷歌投资的Anthropic": the org a description is about, instead of the one describing it. */
  described(org: OrgMention): OrgMention {
    const joined = (a: number, b: number) => b >= a && /^[\s\-的'’s]{0,3}$/.test(this.text.slice(a, b));
    const word = this.markers.find((m) => m.entity.kind === 'apposition' && joined(org.end, m.start));
    // "加入前OpenAI技术长穆拉蒂创办的Thinking Machines Lab": an org in a clause ending in "创办的" describes the org after it.
    const near = word ? '' : this.text.slice(org.end, org.end + WINDOWS.titleBeforeName);
    const head = near.includes('的') ? this.orgs.find((o) => o.start > org.end && o.start - org.end <= WINDOWS.titleBeforeName && FOUNDED_BEFORE.test(this.text.slice(org.end, o.start))) : undefined;
    if (head) {
      this.fire('end.apposition', this.words({ start: org.start, end: head.end }), `${org.org} describes ${head.org}`);
      return head;
    }
    if (!word) return org;
    const next = this.orgs.find((o) => joined(word.end, o.start) || (o.start > word.end && DESCRIBED_AS.test(this.text.slice(word.end, o.start))));
    if (!next) return org;
    this.fire('end.apposition', this.words({ start: org.start, end: next.end }), `${org.org} describes ${next.org}`);
    return next;
  }

  /** The first org after `pos` in the same clause (or up to `limit`), not past another trigger or a "for"/"to join". */
  orgAfter(pos: number, limit: number): OrgMention | null {
    const nextTrigger = this.triggers.find((t) => t.start >= pos)?.start ?? Infinity;
    const nextTo = this.markers.find((m) => m.entity.kind === 'to' && m.start >= pos)?.start ?? Infinity;
    const org = this.orgs.find((o) => o.start >= pos && o.start < limit && o.start < nextTrigger && o.start < nextTo);
    return org ? this.described(org) : null;
  }

  /** Whether two orgs are one (both named, with one top-level org: "MSL" and Meta are one). */
  sameOrg(a: OrgMention | null | undefined, b: OrgMention | null | undefined): boolean {
    return !!a && !!b && this.index.catalog.root(a.org) === this.index.catalog.root(b.org);
  }

  /** "former OpenAI", "ex-Google", "former Apple designers": a former employer, told right before the org. */
  formerRightBefore(org: OrgMention): boolean {
    return FORMER.test(this.text.slice(Math.max(this.span.start, org.start - 8), org.start));
  }

  /** "former Meta executive", "前百度副总裁": the org was someone's employer, not where anyone goes. */
  /** Whether the org is named as another's backer ("the Beijing start-up backed by Alibaba and Tencent"): no one's employer. */
  isBacker(org: OrgMention): boolean {
    return BACKED_BY.test(this.text.slice(Math.max(this.span.start, org.start - 60), org.start));
  }

  /** Whether the org is one retained or engaged by another ("which retained Spencer Stuart"): an agent, no employer. */
  isRetained(org: OrgMention): boolean {
    return RETAINED_BEFORE.test(this.text.slice(Math.max(this.span.start, org.start - 12), org.start));
  }

  isFormer(org: OrgMention): boolean {
    if (this.formerRightBefore(org)) return true;
    // "who headed policy at Anthropic until this summer": a post held there until some time.
    if (UNTIL.test(this.text.slice(org.end, org.end + 8))) return true;
    if (HELD_BEFORE.test(this.text.slice(Math.max(this.span.start, org.start - 5), org.start))) return true;
    // "百度出身的AI老兵X": someone who came up through the org, and has left it.
    if (this.text.startsWith('出身', org.end)) return true;
    // "the former chief operating officer of Figma": a past title, then the org it was held at (the pattern only
    // where "former" or "ex" stands: asked of many orgs).
    const lead = this.text.slice(Math.max(this.span.start, org.start - WINDOWS.formerTitleReach), org.start);
    if ((lead.includes('former') || lead.includes('ex ')) && FORMER_TITLE_OF.test(lead)) return true;
    // "前阿里巴巴达摩院院长": a unit named right after a former org is as former.
    const parent = this.orgs.find((o) => o.end <= org.start && org.start - o.end <= 1);
    return parent !== undefined && this.sameOrg(parent, org) && this.formerRightBefore(parent);
  }

  /** The org of a stint a clause before `pos` tells ("After six years at Google,", "在谷歌工作两年后，"), if any. */
  stintBefore(pos: number): OrgMention | null {
    for (const o of this.orgs) {
      if (o.end > pos) break;
      // "在Meta FAIR工作了九年的研究员柏文舟": a stint told as the person's description, in the person's clause.
      if (this.text.charCodeAt(o.start - 1) === 0x5728 /* 在 */ && STINT_ZH_OF.test(this.text.slice(o.end, pos))) return o;
      if (this.text.charCodeAt(o.start - 1) === 0x5728 && PAST_BEFORE_AT.test(this.text.slice(Math.max(this.span.start, o.start - 5), o.start)) && LED_THERE_OF.test(this.text.slice(o.end, pos)))
        return o;
      // ("系出阿里巴巴达摩院的工程师X", "出身字节跳动的研究员X": the org someone came up through, told the same way.)
      if (CAME_UP_THROUGH.test(this.text.slice(Math.max(this.span.start, o.start - 3), o.start)) && DESCRIBES_NEXT.test(this.text.slice(o.end, pos))) return o;
      const clause = this.clause(o.start);
      if (clause.end > pos) continue;
      const lead = this.text.slice(clause.start, o.start);
      if (STINT_EN.test(lead) || (STINT_ZH_LEAD.test(lead) && STINT_ZH_END.test(this.text.slice(o.end, clause.end)))) return o;
      // "结束了在字节跳动五年的旅程": a stint said to end.
      if (STINT_ZH_ENDED.test(lead) && STINT_ZH_JOURNEY.test(this.text.slice(o.end, clause.end))) return o;
    }
    return null;
  }

  orgBefore(pos: number, from: number): OrgMention | null {
    const before = this.orgs.filter((o) => o.end <= pos && o.start >= from);
    return before[before.length - 1] ?? null;
  }

  /** Whether an org stands in the clause of a move word already read as biography ("who joined from Uber in 2023"). */
  inBiography(org: OrgMention): boolean {
    const known = this.biography;
    if (!known) return false;
    return this.triggers.some((t) => known.get(t.start) && within(org, this.clause(t.start)));
  }

  /** Whether a connector of that kind stands right before an org ("从谷歌", "from Google"). */
  introducedBy(kind: 'from' | 'to', org: OrgMention, notBefore = 0): boolean {
    // (Or right after an org it introduces: "从阿里巴巴通义实验室" names one place, the unit after its parent.)
    // (Only a connector from `notBefore` on: the 去 of "辞去百度副总裁职务" is the move word's own.)
    const parent = this.orgs.find((o) => o.end === org.start || (o.end < org.start && org.start - o.end <= 1 && /^\s$/.test(this.text[o.end]!)));
    return (
      this.markers.some((m) => m.entity.kind === kind && m.start >= notBefore && m.end <= org.start && org.start - m.end <= 2) ||
      (parent !== undefined && parent !== org && this.introducedBy(kind, parent, notBefore))
    );
  }

  /** The unit of the same org named in the sentence, if the move names only the org (and the other end is elsewhere). */
  preferUnit(end: OrgMention | null, other: OrgMention | null): OrgMention | null {
    if (!end) return end;
    const cat = this.index.catalog;
    const root = cat.root(end.org);
    if (end.org !== root || (other && cat.root(other.org) === root)) return end;
    return this.orgs.find((o) => o.org !== root && cat.root(o.org) === root) ?? end;
  }

  /** An org reached through a connector word ("for OpenAI", "从谷歌"), searched from `from` on (and not after `before`). */
  orgAfterConnector(kind: 'from' | 'to', from: number, before = Infinity): OrgMention | null {
    for (const m of this.markers) {
      if (m.entity.kind !== kind || m.start < from) continue;
      if (m.start > before) return null;
      // Never past a semicolon, nor past a comma after a Chinese connector ("自动驾驶大模型；二、原京东…" is 自 in a word).
      // (A former employer is no destination: "to join former OpenAI CTO Mira Murati's Thinking Machines Lab".)
      const org = this.orgs.find((o) => o.start >= m.end && o.start - m.end <= WINDOWS.connectorReach && !this.breaksBetween(m, o) && !(kind === 'to' && this.formerRightBefore(o)));
      if (org && kind === 'from' && SOURCE_AFTER.test(this.text.slice(org.end, org.end + 8))) continue;
      // ("After weighing offers from Meta and xAI, X has joined Anthropic": who made an offer is no origin.)
      if (org && kind === 'from' && OFFER_BEFORE.test(this.text.slice(Math.max(this.span.start, m.start - 16), m.start))) continue;
      // ("has started a company, Parallax Robotics, with $30 million from Andreessen Horowitz": money from an investor.)
      if (org && kind === 'from' && MONEY_BEFORE.test(this.text.slice(Math.max(this.span.start, m.start - 24), m.start))) continue;
      // ("What X's exit means for Mistral": for whom the move matters.)
      if (org && kind === 'to' && MEANING_BEFORE.test(this.text.slice(Math.max(this.span.start, m.start - 12), m.start))) continue;
      // ("the social network, which Elon Musk folded into his AI company xAI": a company merged into another, no one's move.)
      if (org && kind === 'to' && MERGED_BEFORE.test(this.text.slice(Math.max(this.span.start, m.start - 24), m.start))) continue;
      if (org && !this.triggers.some((t) => t.start > m.end && t.start < org.start && t.trigger.shape !== 'leave')) return this.described(org);
    }
    return null;
  }

  /** "…, said on X that he had left": between `from` and `to`, a verb of saying and then a subject pronoun right before `to`. */
  private speaksBefore(from: number, to: number): boolean {
    const between = this.text.slice(from, to);
    const pronoun = SPEAKER_PRONOUN.exec(between);
    return pronoun !== null && SPEECH_VERB.test(between.slice(0, pronoun.index));
  }

  /** Who is quoted saying a move word in the first person ("today was my last day at OpenAI," Lena Hartmann wrote), if anyone. */
  private quotedSpeaker(t: TriggerMention, candidates: PersonMention[]): PersonMention | null {
    const text = this.text;
    const lead = Math.max(0, this.span.start - 2);
    if (!(this.quoteSeen ??= hasQuoteMark(text, lead, this.span.end))) return null;
    // The quote the move word is in: the sentence may open inside it (its opening mark left in a sentence before, on the
    // same line: "“Some personal news: Friday was my last day at X. Next week I start at Y,” she wrote").
    const opensInside = this.quoteOpenedBefore() >= 0;
    const marks = [...text.slice(this.span.start, this.span.end).matchAll(QUOTE_MARK)].map((m) => this.span.start + m.index);
    const before = marks.filter((i) => i < t.start);
    if ((before.length + (opensInside ? 1 : 0)) % 2 === 0) return null;
    const open = before.length ? before[before.length - 1]! : this.span.start - 1;
    const close = marks.find((i) => i >= t.end) ?? -1;
    const own = [...text.slice(Math.max(open + 1, this.span.start), t.end).matchAll(PERSON_WORD)].pop();
    // ("“First week at xAI in the books,” wrote X": a quote that opens with the move word, its "I" left out, and names no
    // one else, is the speaker's.)
    // (Not one dated years back: "“First week at OpenAI felt like a year,” X recalled of his start there in 2016".)
    const elided = !own && /^\s*$/.test(text.slice(open + 1, t.start)) && !PERSON_WORD_TEST.test(text.slice(t.end, close >= 0 ? close : this.span.end)) && !this.hasYear;
    if (!elided && (!own || !FIRST_PERSON.test(own[0]))) return null;
    // "I'm excited to share that Ana Ruiz is joining": a person the quote names before the move word is its subject.
    if (candidates.some((p) => p.start > open && p.end <= t.start)) return null;
    if (close >= 0) {
      const after = candidates.find((p) => p.start > close);
      const gap = after ? text.slice(close + 1, after.start) : '';
      // The speaker may be described between the quote and their name ("“我已经从OpenAI离职了，”前OpenAI研究员X表示").
      const described = DESCRIPTOR_GAP.test(gap) && !PERSON_WORD_TEST.test(gap);
      if (after && (SAID_BEFORE_NAME.test(gap) || (described && SPEECH_AFTER_NAME.test(text.slice(after.end, this.span.end))))) return after;
    }
    return open >= this.span.start ? this.speakerBefore(open, candidates) : null;
  }

  /** Who opens a quote at `open` with a verb of saying ("X posted on LinkedIn: “…"), among `candidates` (this sentence's people). */
  speakerBefore(open: number, candidates: readonly PersonMention[] = this.people): PersonMention | null {
    const speaker = candidates.filter((p) => p.end <= open).pop();
    return speaker && SPEECH_BEFORE_QUOTE.test(this.text.slice(speaker.end, open)) ? speaker : null;
  }

  /**
   * Where the quote this sentence opens inside was opened, on the same line ("… posted on LinkedIn: “Bittersweet day. After
   * three years, my time at OpenAI has come to an end."), or -1 when it opens outside any.
   */
  quoteOpenedBefore(): number {
    const lineStart = this.text.lastIndexOf('\n', this.span.start - 1) + 1;
    if (!hasQuoteMark(this.text, lineStart, this.span.start)) return -1;
    const marks = [...this.text.slice(lineStart, this.span.start).matchAll(QUOTE_MARK)];
    return marks.length % 2 === 1 ? lineStart + marks[marks.length - 1]!.index : -1;
  }

  /** Whether the sentence opens as a post does with its "I'm" left out ("Excited for what's next at …"). */
  opensWithElidedFirstPerson(): boolean {
    return ELIDED_FIRST_PERSON.test(this.text.slice(this.span.start, this.span.start + 24));
  }

  /** The people a trigger is about: the nearest person before it with any listed alongside, else the first after it. */
  subjects(t: TriggerMention): PersonMention[] {
    // "A与B先后离开公司，前者已加入字节跳动，后者则选择创业": the first or the last of the list before the clause.
    // (Asked only where 者 stands just before the move word: most have none.)
    const clause = this.text.slice(Math.max(this.span.start, t.start - 6), t.start).includes('者') ? this.clause(t.start) : null;
    const which = clause ? FORMER_LATTER.exec(this.text.slice(clause.start, t.start)) : null;
    if (clause && which) {
      const before = this.people.filter((p) => p.end <= clause.start);
      const list = before.map((_, i) => this.listFrom(before.slice(i))).find((l) => l.length > 1 && l[l.length - 1] === before[before.length - 1]);
      if (list) {
        const one = which[1] === '前者' ? list[0]! : list[list.length - 1]!;
        this.fire('subject.pronoun', which[1]!, `${one.name}, the ${which[1] === '前者' ? 'first' : 'last'} of the list before`);
        return [one];
      }
    }
    // "本月加盟字节跳动的，是前阿里研究员X": a cleft names the mover after 的是 (the words of the move come first).
    const cleft = HAN_CHAR.test(t.word) && !t.trigger.successor ? ZH_CLEFT.exec(this.text.slice(t.end, this.span.end)) : null;
    if (cleft) {
      const listed = this.listFrom(this.people.filter((p) => p.start >= t.end + cleft[0].length && p.start - (t.end + cleft[0].length) <= WINDOWS.titleBeforeName * 2));
      if (listed.length) {
        this.fire('subject.cleft', listed.map((p) => p.name).join('、'));
        return listed;
      }
    }
    // "Cohere departures include its policy lead X, …", "exits this year included X; Y": the people listed after it.
    const next = this.text.slice(t.end, t.end + WINDOWS.listLead + 10);
    // "Among those leaving Cohere are A, who …, and B": the move word names a group the list after "are" fills.
    const among = AMONG_THOSE.test(this.text.slice(Math.max(this.span.start, t.start - 24), t.start));
    // ("Also departing: A, who …, and B": any move word may name its people in a list after a colon.)
    // (Not where a verb of its own follows: "HIRED: Anthropic brought on X".)
    // ("新加入三名成员：A（原字节跳动）、B…": a count of people may stand before the colon.)
    const colon = next.includes(':') && !this.triggers.some((o) => o.start > t.end) ? COLON_LIST.exec(next)?.[0] : undefined;
    const lead = /\binclud/.test(t.word)
      ? ''
      : colon !== undefined
        ? colon
        : // ("New at xAI: X": a label with its org, the name after its colon.)
          ((t.trigger.when?.includes('labelledLine') ? LABEL_REST.exec(next)?.[0] : undefined) ??
          (t.trigger.noun || among || next.includes('includ')
            ? ((t.trigger.noun || among ? NOUN_LIST_LEAD : VERB_LIST_LEAD).exec(next)?.[0] ??
              (t.trigger.noun && t.trigger.event === 'join' && HAN_CHAR.test(t.word) ? ZH_NEXT_CLAUSE_LEAD.exec(next)?.[0] : undefined) ??
              // "Its newest senior hire is X": one hire, named after "is".
              // ("The newest hire at Amazon's AGI lab is X": where they were hired may come between.)
              // ("The latest hire, announced internally on Monday, is X": or an aside between.)
              (t.trigger.noun && ONE_HIRE.test(t.word) ? /^(?:\s+(?:at|to|for)\s[^,.;:]{1,40}?)?(?:\s*,[^,.;:]{1,40},)?\s+(?:is|was)\s/.exec(next)?.[0] : undefined) ??
              // "Meta's newest hires — A, B and C — all worked on …": names right after a plural noun (normalising drops the dash).
              (t.trigger.noun && t.trigger.shape === 'hire' && this.people.some((p) => p.start === t.end + 1) ? '' : undefined) ??
              // "On the way out is X": the name right after it ("Also leaving is his deputy, X": or after their title).
              // ("Out: X": or after a label's colon.)
              (t.trigger.noun && /(?:\b(?:is|are)|:)$/.test(t.word) ? (this.people.some((p) => p.start === t.end + 1) ? '' : TITLE_THEN_NAME.exec(next)?.[0]) : undefined))
            : undefined));
    // "DeepSeek又一研究员转投Meta：前V3核心作者邓一帆", "Another OpenAI researcher heads to Meta: former o1 lead X": a move
    // told of someone unnamed, then a colon and who it is.
    // (Only where the words before the colon name the org moved to or from: not "is leaving the market: CEO X said".)
    const thenColon = lead === undefined && !t.trigger.successor && !this.people.some((p) => p.end <= t.start) ? MOVE_THEN_COLON.exec(next) : null;
    const colonAt = thenColon ? t.end + thenColon[0].length : -1;
    if (thenColon && this.orgs.some((o) => o.start >= t.end && o.end < colonAt)) {
      const at = colonAt;
      const listed = this.listFrom(this.people.filter((p) => p.start >= at && p.start - at <= WINDOWS.titleBeforeName * 2));
      if (listed.length) {
        this.fire('subject.noun', listed.map((p) => p.name).join(', '), 'named after the colon that follows the move');
        return listed;
      }
    }
    if (lead !== undefined) {
      const listed = this.listFrom(this.people.filter((p) => p.start >= t.end + lead.length));
      if (listed.length) {
        this.fire('subject.noun', listed.map((p) => p.name).join(', '));
        return listed;
      }
    }
    // "its departing AI platform chief, Helen Zhao", "departing CTO Mira Castell": a word of leaving used as an adjective
    // before a title names who leaves after it.
    // ("新加入的前快手可灵技术负责人戚明岳": in Chinese, a description with no break between.)
    if (t.trigger.adjective) {
      const han = isHanCode(t.word.charCodeAt(0));
      const p = this.people.find((q) => q.start >= t.end && q.start - t.end <= (han ? 24 : 48) && (han ? ZH_DESCRIPTION_GAP : DEPARTING_TITLE_GAP).test(this.text.slice(t.end, q.start)));
      if (p && (han || TITLE_WORD_IN.test(this.text.slice(t.end, p.start)))) {
        this.fire('subject.noun', this.words({ start: t.start, end: p.end }), 'the one a title after the adjective names');
        return [p];
      }
    }
    if (t.trigger.noun) {
      // "the departure of Priya Raman", "Priya Raman's exit": the noun names its person.
      // ("The departure of Anthropic's head of recruiting, Greta Olsen, …": the person set off after the noun's object.)
      const of = this.people.find((p) => {
        const gap = this.text.slice(t.end, p.start);
        // ("the appointment of Dr. Ho Wing Sze": an honorific may stand before the name.)
        if (p.start < t.end) return false;
        if (OF_NAME_GAP.test(gap)) return t.word.endsWith(' of') || /of\s+/.test(gap);
        if (!t.word.endsWith(' of') && !/^\s*of\s/.test(gap)) return false;
        const org = this.orgs.find((o) => o.start >= t.end && o.end <= p.start);
        return OF_APPOSITION.test(gap) || OF_TITLE.test(org ? `${this.text.slice(t.end, org.start)}${this.text.slice(org.end, p.start)}` : gap);
      });
      // The owner: "X's exit", or X right before a trigger that carries the possessive itself ("X's appointment").
      const owner = this.people.find((p) => p.end <= t.start && (/^['’]s\s*(?:\w+\s+)?$/.test(this.text.slice(p.end, t.start)) || (p.end === t.start && /^['’]s /.test(t.word))));
      // "Ben Cole, who worked with X on voice models, said his move to …": "his" is the sentence's subject.
      const pronoun = /\b(his|her|their)\s+(?:\w+\s+)?$/.exec(this.text.slice(Math.max(this.span.start, t.start - 24), t.start));
      const subject = pronoun ? this.people.find((p) => p.end <= t.start && !this.possessive(p)) : undefined;
      // "X and research vice president Y also announced their departures": "their" owns the whole list.
      const subjectList = subject && pronoun![1] === 'their' ? this.listFrom(this.people.filter((p) => p.start >= subject.start && p.end <= t.start)) : subject ? [subject] : [];
      const who = of ? this.listFrom(this.people.filter((p) => p.start >= of.start)) : owner ? [owner] : subjectList;
      if (who.length) {
        this.fire('subject.noun', this.words({ start: Math.min(t.start, who[0]!.start), end: Math.max(t.end, who[who.length - 1]!.end) }));
        return who;
      }
      // "hiring has outpaced departures": a plural names no one it does not list or own.
      if (/s$/.test(t.word.split(' ')[0]!)) return [];
      // "has been elevated to the role after the departure of his predecessor", "the departure of so many researchers":
      // the noun's object is someone unnamed.
      if (t.word.endsWith(' of') && UNNAMED_OBJECT.test(next)) return [];
    }
    // "founded xAI with eleven co-founders, several of whom have since left": the group is the subject, named by nobody.
    if (PARTITIVE_SUBJECT.test(this.text.slice(Math.max(this.span.start, t.start - 48), t.start))) return [];
    // ("Of the twelve people who founded xAI with Elon Musk in 2023, five had left": a count opening the clause is its subject.)
    if (!t.trigger.noun && COUNT_SUBJECT.test(this.text.slice(this.clause(t.start).start, t.start))) {
      this.block('block.no-subject', t.word, 'the subject is a count of people, not a person');
      return [];
    }

    // "explains why her team left Google Docs": a group owned by the person is the subject, not the person (unless
    // listed with them: "Ana Ruiz and her team have joined Meta").
    const arriving = t.trigger.event === 'join' || t.trigger.event === 'return';
    if (
      !t.trigger.noun &&
      (OWNED_GROUP_SUBJECT.test(this.text.slice(Math.max(this.span.start, t.start - 40), t.start)) ||
        (arriving && ZH_GROUP_SUBJECT.test(this.text.slice(Math.max(this.span.start, t.start - 8), t.start))))
    ) {
      this.block('block.no-subject', t.word, 'the subject is a group ("her team"), not a person');
      return [];
    }
    // "is poised to take over as CTO when the current CTO steps down": a post is the subject of its own clause.
    const post = POST_SUBJECT.exec(this.text.slice(Math.max(this.span.start, t.start - 48), t.start));
    if (post && hasRoleWord(post[1]!)) {
      this.block('block.no-subject', t.word, `the subject is "${post[1]!.trim()}", a post, not a person`);
      return [];
    }
    const formerHolder = HAN_CHAR.test(t.word) ? ZH_POST_SUBJECT.exec(this.text.slice(this.clause(t.start).start, t.start)) : null;
    if (formerHolder) {
      this.block('block.no-subject', t.word, `the subject is the former ${formerHolder[1]}, a post, not a person`);
      return [];
    }
    // ("杨帆在朋友圈欢迎前谷歌研究员加盟": the one named greets someone unnamed, who is the one who moves.)
    if (HAN_CHAR.test(t.word)) {
      const clauseStart = this.clause(t.start).start;
      const greeting = GREETING_BEFORE.exec(this.text.slice(clauseStart, t.start));
      const at = greeting ? clauseStart + greeting.index : -1;
      if (greeting && this.people.some((p) => p.end <= at) && !this.people.some((p) => p.start >= at && p.start < t.start)) {
        this.block('block.no-subject', t.word, `the one named greets ("${greeting[1]}") someone the sentence does not name`);
        return [];
      }
    }
    // "Ana Ruiz's startup": a possessive names an owner, not the one who moves.
    const candidates = this.people.filter((p) => !this.possessive(p));
    const before = candidates.filter((p) => p.end <= t.start);
    const after = candidates.filter((p) => p.start >= t.end);
    // "…, and Samuel Okafor, who joins from Google DeepMind": a move told in a relative clause is its name's alone.
    // (Not "They are Ana Ruiz and Ben Cole, who will join …": there the clause is the whole list's; only a name after
    // another's own aside is alone.)
    const last = before[before.length - 1];
    const prior = before[before.length - 2];
    const relativeOwner =
      last &&
      prior &&
      this.text.charCodeAt(last.end) === 0x2c &&
      /^,\s*who\s+(?:(?:[a-z]+ly|also|then|later|since|now)\s+)?$/.test(this.text.slice(last.end, t.start)) &&
      ITEM_OWN_ASIDE.test(this.text.slice(prior.end, last.start))
        ? last
        : undefined;
    if (relativeOwner) {
      this.fire('subject.before', relativeOwner.name, '"who" right after the name');
      return [relativeOwner];
    }
    // "a new startup founded by ex-OpenAI engineer X": the agent after "by" made the move.
    // "… will be led on an interim basis by her deputy, X": so is the one who takes over a team.
    const agentAfter = t.trigger.event === 'founding' ? t.word.endsWith(' by') || /^\s*by\s/.test(this.text.slice(t.end, t.end + 4)) : t.trigger.event === 'promotion' && t.word.endsWith(' by');
    if (agentAfter) {
      const agent = after.find((p) => p.start - t.end <= WINDOWS.orgBeforePerson + 4 && /^[^,;:]*,?\s*$/.test(this.text.slice(t.end, p.start)));
      if (agent) {
        const who = this.listFrom(after.slice(after.indexOf(agent)));
        this.fire('subject.agent', who.map((p) => p.name).join(', '));
        return who;
      }
    }
    // "Stability AI has parted ways with its head of research, Kofi Mensah": an org parts ways with the person after.
    if (PARTED_WITH.test(t.word) && !before.length) {
      const other = after.find((p) => p.start - t.end <= WINDOWS.orgBeforePerson + 24 && !/[;.]/.test(this.text.slice(t.end, p.start)));
      if (other) {
        const who = this.listFrom(after.slice(after.indexOf(other)));
        this.fire('subject.object', who.map((p) => p.name).join(', '), `"${t.word}": the one parted with`);
        return who;
      }
    }
    const quoted = this.quotedSpeaker(t, candidates);
    if (quoted) {
      this.fire('subject.quoted', quoted.name, `"${t.word}" in their own words`);
      return [quoted];
    }
    // A noun ("new hires") has no object: its people are listed, or own it.
    const active = (t.trigger.shape === 'hire' || t.trigger.shape === 'dismiss') && !t.trigger.noun && !this.passive(t);
    if (active && after.length && this.objectOf(t, after[0]!)) {
      const who = this.listFrom(after);
      // "任命洪一帆为Seed团队负责人，蒯思远为豆包大模型产品负责人": each "，B为…" is one more appointed.
      if (HAN_CHAR.test(t.word)) {
        for (const p of after) if (!who.includes(p) && this.text[p.end] === '为' && this.text[p.start - 1] === ',') who.push(p);
      } else {
        // "hired X, the former chief executive of Nextdoor, as chief financial officer, and Y, …, as chief product officer".
        for (let k = after.indexOf(who[who.length - 1]!) + 1; k < after.length && HIRED_NEXT.test(this.text.slice(who[who.length - 1]!.end, after[k]!.start)); k++) who.push(after[k]!);
      }
      this.fire(who.length > 1 ? 'subject.list' : 'subject.object', who.map((p) => p.name).join(', '));
      return who;
    }
    // "SSI, the lab Ilya Sutskever co-founded, is losing one of its first researchers": a loss names its people after it.
    if (t.trigger.loss && !after.length) return [];
    // "Ana Ruiz has hired three engineers": the person before an active hire of people it does not name is who hires.
    // ("A startup backed by X hires from Google": so is one before a hire "from" an org, with no one named after it.)
    // ("Under X, Microsoft AI hires": and so is the org right before the verb, the person before it no one hired.)
    // (Not one whose object is "him" or "her", the person before: "X has left Apple, and Meta hired him".)
    const orgHires = () =>
      t.trigger.shape === 'hire' &&
      !after.length &&
      !PRONOUN_OBJECT_NEXT.test(this.text.slice(t.end, t.end + 6)) &&
      this.orgs.some((o) => o.start >= before[before.length - 1]!.end && HIRER_BEFORE.test(this.text.slice(o.end, t.start)));
    const hires =
      active &&
      before.length > 0 &&
      (GROUP_OBJECT.test(this.text.slice(t.end, Math.min(this.span.end, t.end + WINDOWS.groupObject))) ||
        (t.trigger.shape === 'hire' && !after.length && HIRES_FROM.test(this.text.slice(t.end, t.end + 8))) ||
        orgHires());
    if (hires) this.block('block.no-subject', t.word, `${before[before.length - 1]!.name} hires; the hired are not named`);
    // "Rowan Pike, who founded xAI with Elon Musk, said that he had left": "he" is the speaker, who opens the sentence.
    const speaker = before.length > 1 && before[0]!.start - this.span.start <= 1 && this.speaksBefore(before[0]!.end, t.start) ? before[0] : undefined;
    if (speaker) this.fire('subject.speaker', speaker.name, `"${t.word}" after what ${speaker.name} said`);
    // "Ana Ruiz, who worked with Ben Cole at Google, has joined Cohere": a name inside an aside about the person
    // before it is not who moves.
    // ("Three researchers who reported to Sarah Lin at Meta have left": so is one inside a relative clause about a group
    // that opens the clause, the subject.)
    const groupSubject = before.length > 0 && GROUP_RELATIVE_SUBJECT.test(this.text.slice(this.clause(t.start).start, t.start));
    const named = groupSubject ? [] : before.filter((p) => !this.inAsideAbout(p, before, t));
    if (named.length < before.length)
      this.fire(
        'subject.aside',
        before
          .filter((p) => !named.includes(p))
          .map((p) => p.name)
          .join(', '),
        'named in an aside about someone else',
      );
    // ("analyst Orla Fitzgerald said the lead would depart only slowly": after a verb of saying, a noun phrase is the
    // subject, not the speaker.)
    const lastNamed = named[named.length - 1];
    if (!speaker && lastNamed && SAID_OTHER_SUBJECT.test(this.text.slice(lastNamed.end, t.start))) {
      this.block('block.no-subject', t.word, `what ${lastNamed.name} speaks of is the subject`);
      return [];
    }
    // ("李谦宣布交棒，由联合创始人X出任CEO": after 由, the one who takes the post stands between it and the word.)
    if (!speaker && lastNamed && BY_AGENT_BEFORE.test(this.text.slice(lastNamed.end, t.start))) {
      this.block('block.no-subject', t.word, `the one after 由 takes it, not ${lastNamed.name}`);
      return [];
    }
    const nearest = hires ? undefined : (speaker ?? lastNamed);
    // Where the first "including", "还有" … after the move word stands: the people after it are added to the move.
    const alsoAt = after.length ? this.firstAlso(t.end) : -1;
    // "刚刚从DeepSeek加入小米的研究员X在发布会上表示": a move word in a description (…的) of the one named right after it,
    // dated to the last weeks (one of long ago describes who they are: "今年初离开快手加盟美团的负责人X").
    const described =
      !nearest &&
      HAN_CHAR.test(t.word) &&
      after[0] &&
      DESCRIBES_NEXT.test(this.text.slice(t.end, after[0].start)) &&
      LAST_WEEKS_ZH.test(this.text.slice(this.clause(t.start).start, t.start)) &&
      // (Not where the one described moves again after: "三个月前刚从字节跳动跳槽至阿里巴巴的X，近日再次跳槽，已加入腾讯".)
      !this.triggers.some((x) => x.start > after[0]!.end)
        ? after[0]
        : undefined;
    if (described) {
      this.fire('subject.described', described.name, `"…${t.word}…的" describes ${described.name}`);
      return [described];
    }
    if (!nearest) {
      // "Several researchers have left for Mistral, including Ben Cole and …"
      const listed = alsoAt < 0 ? [] : after.filter((p) => p.start > alsoAt);
      if (listed.length) this.fire('subject.also', listed.map((p) => p.name).join(', '));
      return listed;
    }
    const out = [nearest];
    // "前GitHub CEO X 将与 Wang 共同领导该部门": the one "with" whom someone does it jointly does it too.
    const jointly = JOINTLY.test(this.text.slice(nearest.end, t.end));
    for (let i = named.indexOf(nearest) - 1; i >= 0; i--) {
      const gap = this.text.slice(named[i]!.end, out[0]!.start);
      if (!this.joinsList(gap) && !(jointly && out.length === 1 && JOINT_WITH.test(gap))) break;
      // ("the exit of X, who led xAI's build-out, Y will serve as …": before the last name, a relative aside with no "and"
      // ends the clause about X, no list.)
      if (out.length === 1 && ASIDE_NO_AND.test(gap)) break;
      out.unshift(named[i]!);
    }
    this.fire(out.length > 1 ? 'subject.list' : 'subject.before', out.map((p) => p.name).join(', '));
    // "is leaving to co-found Periodic Labs with Ekin Dogus Cubuk": the one founded with founds it too.
    if (t.trigger.event === 'founding') {
      const clauseEnd = this.clause(t.start).end;
      const partner = after.find((p) => p.start < clauseEnd && CO_FOUNDER_BEFORE.test(this.text.slice(t.end, p.start)));
      if (partner && !out.includes(partner)) {
        const listed = this.listFrom(after.slice(after.indexOf(partner)));
        this.fire('subject.also', listed.map((p) => p.name).join(', '), `founded "with" them`);
        out.push(...listed);
      }
    }
    // "马晓川宣布离职，随他一起离开的还有钱一鸣和周子墨": people added after the move is told.
    const also = alsoAt < 0 ? -1 : after.findIndex((p) => p.start > alsoAt);
    if (also >= 0) {
      const listed = this.listFrom(after.slice(also));
      this.fire('subject.also', listed.map((p) => p.name).join(', '));
      for (const p of listed) this.companions.set(p, nearest);
      out.push(...listed);
    }
    return out;
  }

  /** Whether a person stands inside an aside (", who …,", ", a former colleague of …,") about someone named right before it. */
  private inAsideAbout(p: PersonMention, before: PersonMention[], t: TriggerMention): boolean {
    const clause = this.clause(p.start);
    // ("X, known to colleagues as Sasha, has joined …": a nickname in the aside is X.)
    const lead = this.text.slice(clause.start, p.start);
    if (clause.end >= t.start || !(ASIDE_OPENER.test(lead) || NICKNAME_LEAD.test(lead))) return false;
    return before.some((q) => q.end <= clause.start && /^\s*,\s*$/.test(this.text.slice(q.end, clause.start)));
  }

  /** Whether a person is named as an owner ("Ana Ruiz's startup"), not as someone who moves. */
  possessive(p: PersonMention): boolean {
    const c = this.text.charCodeAt(p.end);
    if (c === 0x27 || c === 0x2019) return this.text.charCodeAt(p.end + 1) === 0x73 && !/[a-z0-9]/.test(this.text[p.end + 2] ?? '');
    // "米拉·穆拉蒂创办的Thinking Machines Lab迎来新成员": the founder describes the org (not "由宋立创办的…", its agent).
    // ("曾是创始人杨子墨的副手": whose deputy someone is.)
    if (c === 0x7684 /* 的 */ && RELATION_AFTER_DE.test(this.text.slice(p.end + 1, p.end + 4))) return true;
    return c >= 0x4e00 && FOUNDER_OF.test(this.text.slice(p.end, p.end + 8)) && this.text.charCodeAt(p.start - 1) !== 0x7531; /* 由 */
  }

  /** Where the first word that adds people to a move ("including", "还有") stands after `from` in the sentence, or -1. */
  private firstAlso(from: number): number {
    const m = ALSO.exec(this.text.slice(from, this.span.end));
    if (!m) return -1;
    // "is joining Meta to work on AI products alongside X": whom someone works with is a colleague, not one more mover.
    if (WORKS_WITH.test(this.text.slice(Math.max(from, from + m.index - WINDOWS.listGloss), from + m.index))) return -1;
    // ("…to start a company, joining former colleagues such as X who have done the same": those who went before.)
    if (JOINS_EARLIER_MOVERS.test(this.text.slice(Math.max(this.span.start, from + m.index - WINDOWS.listGloss), from + m.index))) return -1;
    return from + m.index;
  }

  /** Whether the words between two names join them into one list: a joiner, or a relative clause aside ("X, who left in June, Y"). */
  joinsList(gap: string): boolean {
    // A gloss in parentheses is the name's own ("Ravi Menon (who worked on reasoning models), Clara Zhou"): its verbs start no clause.
    const bare = gap.includes('(') ? gap.replace(GLOSS, '') : gap;
    // ("Meta hires Microsoft's Elena Sato, introduced by Alexandr Wang": the agent of a participle is no item.)
    if (/\sby\s*$/.test(bare)) return false;
    // (Not an aside that ends on its own object's title: "X, who will report to Anthropic's chief technology officer, Y".)
    if (((LIST_JOINERS.test(gap) || APPOSITIVE_ASIDE.test(gap)) && !TRIGGERISH.test(bare) && !TIME_GAP.test(bare)) || (RELATIVE_ASIDE.test(gap) && !ASIDE_OBJECT_TITLE.test(gap))) return true;
    const item = gap.includes(';') ? SEMICOLON_ASIDE.exec(gap) : null;
    return item !== null && (item[1] !== undefined || !TRIGGERISH.test(gap));
  }

  /** Whether a person after an active verb is its object: in its clause or close by, with no other verb between. */
  private objectOf(t: TriggerMention, p: PersonMention): boolean {
    // (A verb inside a clause that describes the person with 的 is theirs: "接替已于上月离职的夏云帆".)
    // (Not the post word of the object itself: "has hired its new chief financial officer, X".)
    const ownPost = (o: TriggerMention) => o.trigger.postAt !== undefined && t.trigger.shape === 'hire' && OBJECT_DETERMINER.test(this.text.slice(t.end, o.start));
    if (this.triggers.some((o) => o.start > t.end && o.start < p.start && !RELATIVE_DE.test(this.text.slice(o.end, p.start)) && !ownPost(o))) return false;
    // "Scale AI names interim CEO as Alexandr Wang joins Meta": a conjunction opens a clause whose subject the person is.
    if (CONJUNCTION_BEFORE.test(this.text.slice(Math.max(t.end, p.start - 10), p.start)) && this.triggers.some((o) => o.start >= p.end && o.start - p.end <= WINDOWS.subjectToVerb)) return false;
    // "hired four more researchers from OpenAI, The Information reported, a drive led by Mark Zuckerberg": a counted
    // object is who was hired; a name clauses further on is someone else's, unless a list leads to it ("including X",
    // "four researchers: X, …"). (One set off right after the count names them: "three researchers, X, Y and Z".)
    if (t.trigger.shape === 'hire') {
      const gap = this.text.slice(t.end, p.start);
      // ("Google has snapped up a small robotics startup run by X": what it took is a company, whose founder stays.)
      if (COMPANY_OBJECT.test(gap)) return false;
      if (gap.split(',').length > 2 && GROUP_OBJECT.test(this.text.slice(t.end, t.end + WINDOWS.groupObject)) && !ALSO.test(gap) && !/[:：]/.test(gap)) return false;
    }
    // ("the app now replaces Google Assistant on Android, said X": the speaker after a comma is no object; nor "…, X said".)
    if (SPEAKER_BEFORE_NAME.test(this.text.slice(Math.max(t.end, p.start - 24), p.start))) return false;
    if (this.text.slice(t.end, p.start).includes(',') && SAID_AFTER_NAME.test(this.text.slice(p.end, p.end + 12))) return false;
    // ("腾讯云近日拿下某省政务项目，腾讯云副总裁毛一舟表示": nor, in Chinese, one who speaks after a comma.)
    if (HAN_CHAR.test(t.word) && this.text.slice(t.end, p.start).includes(',') && SPEAKS_AFTER_ZH.test(this.text.slice(p.end, p.end + 4))) return false;
    // A hire's object may stand far off ("hired from Cohere once more, now adding X").
    return t.trigger.shape === 'hire' || p.start < this.clause(t.start).end || p.start - t.end <= WINDOWS.objectReach;
  }

  /** The list that opens with the first of `people`: the names after it joined by list words ("A, B and C", "A、B和C"). */
  listFrom(people: readonly PersonMention[]): PersonMention[] {
    if (!people.length) return [];
    const out = [people[0]!];
    for (let i = 1; i < people.length; i++) {
      const gap = this.text.slice(out[out.length - 1]!.end, people[i]!.start);
      if (!this.joinsList(gap) && !this.originAfter(out[out.length - 1]!, people[i]!)) break;
      // "parts ways with CTO Barret Zoph; Soumith Chintala named CTO": a name after a semicolon that a move word
      // follows opens a clause of its own.
      // (So does one after a relative aside with no "and": "the exit of X, who led xAI's build-out, Y will serve as …".)
      if ((gap.includes(';') || ASIDE_NO_AND.test(gap)) && this.triggers.some((t) => t.start >= people[i]!.end && t.start - people[i]!.end <= 2)) break;
      out.push(people[i]!);
    }
    return out;
  }

  /**
   * "hired A and B from Google DeepMind and C from Meta": the org a "from" right after `a` names, closing a part of the
   * list before the next item `b` (or, with no next item, ending the list).
   */
  originAfter(a: { end: number }, b?: { start: number }): OrgMention | undefined {
    const closes = (o: OrgMention) => (b ? o.end < b.start && ITEM_AFTER_ORIGIN.test(this.text.slice(o.end, b.start)) : o.start - a.end <= WINDOWS.originAfterLast);
    return this.orgs.find((o) => o.start > a.end && ORIGIN_LEAD.test(this.text.slice(a.end, o.start)) && closes(o));
  }

  /** "X was hired by OpenAI", "X被OpenAI挖角": the person stands before the trigger. */
  passive(t: TriggerMention): boolean {
    // An English auxiliary right before the verb (an adverb between: "was quietly hired"), not anywhere before it: "said
    // the company was excited to welcome X" is active.
    const before = this.text.slice(Math.max(this.span.start, t.start - 30), t.start);
    // ("鄺嘉朗獲委任為…教授": 获 right before an appointing verb is a passive too.)
    return before.includes('被') || PASSIVE_WORD.test(t.word) || PASSIVE_BEFORE.test(before) || (before.endsWith('获') && t.trigger.shape === 'hire');
  }
}
