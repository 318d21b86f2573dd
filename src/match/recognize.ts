import type { Move, MoveEvent, MoveStatus } from '../domain.js';
import { originalSpan, stripAnnotations, type NormalizedText } from '../text/normalize.js';
import { EN_NUMBER_WORDS, enNumber, zhNumber } from '../text/numbers.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { isLatin } from '../text/chars.js';
import { biographical, earlierYearAt, fillsVacancy, inRelativeClause, type Blocked } from './biography.js';
import { contextOrgs, scanText, type Mention, type ScannedText } from './mentions.js';
import { extractRole, extractTenure, hasRoleWord, heldTitle, postHeldBefore, postNamed, subjectPost, hyphensRestored } from './role.js';
import { ArticleNames, INTO_BEFORE, SentenceReader, within, type OrgMention, type PersonMention, type TriggerMention } from './sentence-reader.js';
import { isHanCode } from './names.js';
import type { MatchIndex } from './watch-index.js';
import { describeEvent, type RuleEvent, type RuleId } from './rules.js';
import { alternation, ARROWS, CONTEXT_WORDS, MONTHS_EN, SAME_POSTS, SOURCE_AFTER_FROM, VISITING_POSTS, WINDOWS, ZH_NAME_CHARS } from './lexicon.js';

/** What one sentence says, for `labwatch explain`. */
export interface SentenceTrace {
  text: string;
  people: string[];
  orgs: string[];
  triggers: string[];
  /** Every rule that fired or blocked here, in the order they decided. */
  rules: RuleEvent[];
}

export { describeEvent };

export interface Recognition {
  moves: Move[];
  mentions: { kind: 'person' | 'org'; name: string; text: string }[];
  sentences: SentenceTrace[];
  /** An article about departures from one org (its lead says so), or null. */
  theme: string | null;
}

export interface RecognizeOptions {
  /** The year the item was published: earlier years mark biography. */
  year: number;
}

interface Candidate {
  person: PersonMention;
  event: MoveEvent;
  from: OrgMention | null;
  to: OrgMention | null;
  role: string | null;
  tenure: string | null;
  status: MoveStatus;
  strength: number;
  sentence: Span;
  reasons: string[];
  inferred: boolean;
  /** Replaced after leaving ("She replaces X, who left …"): they left the org their successor joins. */
  vacates?: boolean;
  /** Replaced in a post ("He replaces Denis Yates"): gone from it only if a leave word of their own says so. */
  replaced?: boolean;
  /** A successor: the move of the person whose post they take ("X will be replaced by Y"); their org is where Y goes. */
  succeeds?: Candidate;
  /** Told by a post held now ("now runs"): a move only with an origin elsewhere. */
  heldNow?: boolean;
  /** A post given up and a new one taken where they are, both told in one sentence ("卸任…，转而专注剪映"): a departure told elsewhere is the same change. */
  movedOn?: boolean;
  /** Listed under a move told before ("Among them are …", the lines after "new hires:"). */
  listed?: boolean;
  /** Appointed by the org they already work at ("OpenAI has tapped X, its senior vice president, as …"): a promotion. */
  insider?: boolean;
  /** Moves along with someone ("along with Luke Metz"): the lead's key, whose origin is theirs where the text gives them none. */
  alongWith?: string;
  /** The post the sentence names the person by ("Xiaomi's head of large models, X,"): the role of a departure that goes nowhere named. */
  heldTitle?: string | null;
}

// "Cohere said that X", "阶跃星辰迎来…X": words between an org and a person that make the org the speaker.
const REPORTING = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.reporting.en)})\\b|${alternation(CONTEXT_WORDS.reporting.zh)}`);
// "…, which will remain independent": staying told of someone, or something, else.
const OTHER_SUBJECT = /\b(?:which|that|it|they|company|lab|team)\s+$/;
const WELCOME = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.welcome.en)})\\b`);
// A move confirmed by the company or the person, which a lead's source does not make a rumour.
const CONFIRMED = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.confirmed.en)})\\b|${alternation(CONTEXT_WORDS.confirmed.zh)}`);
// After a departure, staying in a post (the words after the verb are the post).
const STAYS_ON = new RegExp(`(?:\\b(?:${alternation(CONTEXT_WORDS.staysOn.en)})\\b|${alternation(CONTEXT_WORDS.staysOn.zh)})([^.;。；]{0,24})`);
// A seat on the board that is a job ("继续担任公司执行董事"): no way out.
const EXECUTIVE_SEAT = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.executiveSeats.en)})\\b|${alternation(CONTEXT_WORDS.executiveSeats.zh)}`, 'g');
const WAY_OUT = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.postsOnTheWayOut.en)})\\b|${alternation(CONTEXT_WORDS.postsOnTheWayOut.zh)}`);
const VISIT_AFTER_ORG = new RegExp(`^[^,;]{0,4}?(?:${alternation(CONTEXT_WORDS.visits.zh)})`);
const NOW_AT = /^\s*,\s*(?:now|who is now|currently)\s+(?:at|with)\s+$/;
// "(from OpenAI)", "(ex-Google)", "(Anthropic)", "（原字节跳动）": what opens parentheses right after a name, before the org they came from.
const PAREN_ORIGIN = /^\s*\(\s*(?:(?:from|formerly|previously|ex)(?:\s+(?:of|at))?[\s-]*|原|前|来自)?$/;
// Between a subject and its move word: nothing, or an adverb ("其中韩启明已加入", "Y is leaving").
const SUBJECT_GAP = /^\s?(?:[已将也则]|(?:is|has|will|was)\s)?$/;
// ", and will become …": a verb whose subject is left out.
const ELIDED_SUBJECT = /^[^.;]*,?\s+and\s+(?:(?:will|would|has|had|is|was)\s+)?$/;
// "… to the company's chief operating officer, Mei Tanaka": a person named as an object (of "to", "for", "by").
const OBJECT_BEFORE = /\b(?:to|for|by|with|from)\s+(?:[\w'’-]+\s+){0,5}(?:[\w'’-]+,\s*)?$/;
// "转任董事会主席": a new post named after a move word (not 顾问, an adviser's way out, nor "其他职务").
// A headline's post that is whole already, and a body's post read cleanly (letters, digits, spaces): see the merge of roles.
const C_SUITE = /^(?:CEO|CTO|COO|CFO|CSO|CPO|CMO|CIO|CRO)$/;
const PLAIN_POST = /^[\p{L}\p{N} &'’-]+$/u;
// "removed X as head of Gemini product and moved her into …": the post taken away, then the new one's verb.
const REMOVED_AS = /^,?\s+as\s[^.;]{1,60}?\band\s+$/;
const NAMED_NEW_POST = new RegExp(`^[^,.;。，]{0,12}?(?:${alternation(CONTEXT_WORDS.namedPosts.zh)})`);
// ", its head of model training,": an apposition that the hirer's own "its" opens.
const HIRER_OWN = /^\s*,\s*(?:its|the company['’]s|the firm['’]s|the lab['’]s|the startup['’]s)\s/;
// "She was most recently …": a subject pronoun opening a sentence or clause.
// (After a time word that opens the sentence: "Previously, she …", "此前，她在谷歌…".)
const OPENING_PRONOUN = new RegExp(
  `^\\s*(?:(?:${alternation(CONTEXT_WORDS.pastOpeners.en)}),\\s*)?(?:${alternation(CONTEXT_WORDS.subjectPronouns.en)})\\b|^\\s*(?:(?:${alternation(CONTEXT_WORDS.pastOpeners.zh)}),?)?(?:${alternation([...CONTEXT_WORDS.subjectPronouns.zh, '其'])})`,
);
// "是首位": a copula and the count of a trend, before the move word in its clause.
const COPULA_BEFORE = /是(?:本月|今年|本周|近期)?(?:第[一二三四五六七八九十\d]{1,2}|首|又一|最后一)(?:位|名|个)$/;
// "从阿里离职的": after an org, a word of leaving it and 的, describing the person named next.
const LEFT_IN_DESCRIPTION = new RegExp(`^[^,，]{0,4}?(?:${alternation(CONTEXT_WORDS.leftBefore.zh)})[^,，]{0,4}的`);
const PLATFORM_PAGE_AFTER = new RegExp(`^\\s+(?:${alternation(CONTEXT_WORDS.platformPages.en)})\\b(?!-)`);
const ON_PLATFORM = /^\s*(?:\([^)]*\)\s*)?on\s+$/;
// (A date may open it too, as a reference page's dated entries do: "2025年10月 加入月之暗面".)
const ZH_DROPPED_SUBJECT = new RegExp(`^(?:\\s|#[^#]{0,10}#?|\\d{4}年(?:\\d{1,2}月)?|\\d{1,2}月(?:\\d{1,2}日)?|${alternation(CONTEXT_WORDS.droppedSubjectLead.zh)})*(?:从[^,;]{1,16}?)?$`);
// ("此前任职于百度。": a network notice's Chinese line, its subject left out.)
const PAST_LABEL = new RegExp(`^\\s*(?:${alternation(CONTEXT_WORDS.pastOpeners.en)})\\s*:|^\\s*(?:${alternation(CONTEXT_WORDS.pastOpeners.zh)})(?=任职于|就职于)`);

const FIRST_PERSON_MOVE = new RegExp(`(?<![a-z])(?:${alternation(CONTEXT_WORDS.firstPersonSubjects.en)})\\s+(?:just\\s+)?(?:${alternation(CONTEXT_WORDS.firstPersonMoves.en)})\\b`);
const OPENING_I = new RegExp(`^\\s*(?:(?:${alternation(CONTEXT_WORDS.pastOpeners.en)}),?\\s*)?i\\b`);
// "X, who spent eight years at Meta", "a veteran of Google": where a newly appointed person comes from.
const CAME_FROM = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.cameFrom.en)})\\b|${alternation(CONTEXT_WORDS.cameFrom.zh)}`);
// "由钱一鸣接替", "由通义实验室首席科学家钱一鸣统筹": the agent of a succession (a unit and title may stand between), who takes the post.
const BY_AGENT = /由[^\s,.;:!?]{0,14}$/;
// Right after an org, someone who studied there: "清华大学校友", "Stanford graduate".
const ALUMNI = new RegExp(`^(?:['’]s)?\\s*(?:${alternation(CONTEXT_WORDS.alumni.en)})\\b|^(?:${alternation(CONTEXT_WORDS.alumni.zh)})`);
// "由副总裁钱一鸣负责": taking charge of the work, right after the agent.
const TAKES_CHARGE = new RegExp(`^(?:${alternation(CONTEXT_WORDS.takesCharge.zh)})`);
// "组织架构调整", "a reshuffle": the article's "X担任Y" are appointments.
const ACQUISITION = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.acquisition.en)})\\b|${alternation(CONTEXT_WORDS.acquisition.zh)}`);
// "Relay's founder and CEO, X", "创始人兼CEO X": a founder named right before the person.
const FOUNDER_BEFORE = /\b(?:co ?founder|founder)(?: and (?:ceo|chief executive))?,?\s*$|创始人(?:兼ceo)?$/;
const REORGANISATION = new RegExp(alternation([...CONTEXT_WORDS.reorganisation.en, ...CONTEXT_WORDS.reorganisation.zh]));
// "继续担任", "目前担任", "remains": a role that goes on.
const CHANGE_VERBS: ReadonlySet<string> = new Set(CONTEXT_WORDS.changeVerbs.zh);
const RISE_VERBS: ReadonlySet<string> = new Set([...CONTEXT_WORDS.riseVerbs.en, ...CONTEXT_WORDS.riseVerbs.zh]);
const CONTINUING = new RegExp(`(?:${alternation([...CONTEXT_WORDS.continuing.en, ...CONTEXT_WORDS.continuing.zh])})\\s*$`);
// "I've joined", "I have officially joined", "我已加入": the writer as the subject, right before the move word.
// ("I've left OpenAI and joined Anthropic": the second verb after "and" has the first one's "I".)
const FIRST_PERSON_SUBJECT = new RegExp(
  `(?<![a-z])(?:${alternation(CONTEXT_WORDS.firstPersonSubjects.en)})\\s+(?:(?:[a-z]+\\s+){0,2}|[a-z]+\\s+[^,.;:!?]{1,40}?\\band\\s+(?:then\\s+|now\\s+|also\\s+)?)$|${alternation(CONTEXT_WORDS.firstPerson.zh)}[^，,。]{0,10}$`,
);
// A post's sentence that opens with its move word, its "I" left out: "Last day at Meta today.", "Joining Anthropic next month!"
// (After a word of when at most: "Today: first day at xAI.")
const OPENS_WITH_MOVE = /^[\s>"“]*(?:(?:today|tomorrow|this week|next week|officially|and now)\W{0,2}\s*)?$/;
const FIRST_PERSON_WORD = new RegExp(`^(?:${alternation(CONTEXT_WORDS.firstPerson.en)})\\s`);
// The last line of an item, a signature: a dash, then only the name (in the original: normalising drops dashes).
// A founding word in the past tense, its verb first or last: "co founded", "launched a startup", "has started a company".
const FOUNDED_DONE = /^(?:has |have |had |just )?[a-z-]+ed\b|ed$/;
const FOUNDING_UNDER_WAY = new RegExp(`(${alternation(CONTEXT_WORDS.planned.zh)})?(?:${alternation(CONTEXT_WORDS.foundingUnderWay.zh)})[^,;]{0,4}$`);
const BYLINE = /^\s*by\s+$|^by\s/;
// After the name that opens a title: the platform the item was posted on.
const POSTED_ON = new RegExp(`^\\s*(?:\\(@[\\w.]+\\)\\s*)?on\\s+(?:${alternation(CONTEXT_WORDS.postingPlatforms.en)})\\b`);
// "柯一帆的微博": a name, 的 and the platform it posted on.
const ZH_POSTED_IN = new RegExp(`^\\p{Script=Han}{2,4}的(?:${alternation(CONTEXT_WORDS.postingPlatforms.zh)})`, 'u');
const QUOTE_MARKS = /["“”「」『』]/;
const SIGNATURE_DASH = /(?:—|–|--|-|~)\s*$/;
// English words that stand for a person named before: "she", "the executive", "the 38-year-old".
const REFERRING_EN = `${alternation([...CONTEXT_WORDS.subjectPronouns.en, ...CONTEXT_WORDS.definiteSubjects.en])}|the \\d{2} year old|the (?:[\\w-]+ ){0,3}?(?:${alternation(CONTEXT_WORDS.epithets.en)})`;
// "Ethan Qu（瞿明哲）": between a name and its gloss, only the opening bracket.
const GLOSS_OPENS = /^\s*[(（]\s*$/;
// A bio's verb with its subject left out ("Joined xAI in October 2025 from Morgan Stanley."), not a noun phrase ("The latest to go").
const BIO_VERB = /^(?:joined|joins|left|leaves|rejoined|returned|moved|departed)\b/;
/** Whether the sentence goes on the line of the sentence before (no line break between them). */
function sameLineBefore(r: SentenceReader): boolean {
  const k = r.text.lastIndexOf('\n', r.span.start - 1);
  const before = r.text.lastIndexOf('.', r.span.start - 1);
  return before > k && r.span.start - before <= 3;
}
const REFLEXIVE_OPENING = /^\s*自己/;
// "方将加入", "方已于…": one Han character opening the clause, then a word that opens the predicate.
const SURNAME_ALONE = /^\s*(\p{Script=Han})(?:将|已|已经|则|也|随后|目前)$/u;
// (Opening its clause: not "Anthropic confirmed her departure", which tells of a move already told.)
const OWNER_PRONOUN_BEFORE = /(?:^|[,;:])\s*(?:his|her)\s+$/;
// "You left Google for …", "你上个月从字节跳动离职", "您刚刚从微软亚洲研究院加盟": the one spoken to, right before the verb.
const SECOND_PERSON_SUBJECT = /(?<![a-z])you\s+(?:[a-z]+\s+)?$|(?:你|您)[^,.;。?？]{0,16}$/;
const PROFILE_SAYS = /(?:更新了?|显示|写道|写着|改为|改成|标注为|注明)[^,.;。]{0,10}:\s*$/;
// "本周，她…": a pronoun opening the sentence, after a short time phrase.
const OPENING_PRONOUN_ZH = /^\s*(?:[^,.;。]{1,8},\s*)?(?:他|她)/;
const ZH_ELIDED_LEAD = new RegExp(`^(?:\\s|${alternation(CONTEXT_WORDS.elidedSubjectLead.zh)})*$`);
// "邬博士已正式": a surname (one character or two) and an honorific, opening the clause before the move word.
const SURNAME_HONORIFIC = new RegExp(`^\\s*(\\p{Script=Han}{1,2}?)(?:${ZH_NAME_CHARS.honorifics.split(' ').join('|')})[^,.;:。，；：]{0,8}$`, 'u');
const THAT_OTHER_SUBJECT = /\bthat\s+(?!he\b|she\b|they\b)(?:the|its|his|her|their|a|an|it|we|some|many|several|most|\d+)\b/;
const PRONOUN_SUBJECT = new RegExp(`\\b(?:${REFERRING_EN})\\b|${alternation([...CONTEXT_WORDS.subjectPronouns.zh, ...CONTEXT_WORDS.definiteSubjects.zh])}`);
// "Both are joining Nvidia", "All three start this month", "两人均已加入腾讯": a group as the clause's whole subject.
const GROUP_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s*|\\band\\s+)(?:${alternation(CONTEXT_WORDS.groupSubjects.en)})\\s+(?:(?:are|will|have|has|also|now|each|all|both)\\s+){0,2}$|(?:${alternation(CONTEXT_WORDS.groupSubjects.zh)})(?:${alternation(CONTEXT_WORDS.groupAdverbs.zh)})*$`,
);
// A relative clause set off by commas: ", who led the development of Claude Code,".
const RELATIVE_ASIDE = new RegExp(`\\s*,\\s*(?:${alternation(CONTEXT_WORDS.relativePronouns.en)})\\b[^,;]*,`);
// After a quote: "…,” she said", "…,” the 38-year-old said".
const SPOKEN_BY_PRONOUN = new RegExp(`["”]\\s*,?\\s*(?:${REFERRING_EN})\\s+(?:${alternation(CONTEXT_WORDS.speechVerbs.en)})\\b`);
// "The latter has now left": the second of two people named before (not "the former OpenAI researcher X").
const LATTER_OR_FORMER = /^\s*the\s+(latter|former)(?:\s*,[^,]*,)?\s+(?:(?:has|have|had|is|was|will|now|since|also|then)\s+){0,3}$/;
// "The executive, who spent nine years at Google, will join …": the subject opens the sentence, an aside before the verb.
const OPENING_SUBJECT_ASIDE = new RegExp(`^\\s*(?:${REFERRING_EN})\\s*,[^;]*,\\s*$`);
// "was named to TIME's list of …", "named one of the year's award winners": the words a few steps after the verb.
const HONOUR = new RegExp(`^(?:\\s+[\\w'’.-]+){0,4}?\\s+(${alternation(CONTEXT_WORDS.honourNouns.en)})\\b|^为?[^,;。]{0,20}?(${alternation(CONTEXT_WORDS.honourNouns.zh)})`);
// An apposition of one person: ", a research lead at Google".
const SINGULAR_APPOSITION = /^\s*,\s*(?:a|an)\s/;
// A joiner and a title in lower case, no org: ", co-founder ", " and its president ".
const BARE_TITLE_JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:its\s+)?[a-z][a-z -]{1,30}\s$/;
// Only a joiner between two names: "A and B", "A, B", "A、B".
const BARE_JOINER = new RegExp(`^\\s*(?:,\\s*)?(?:(?:${alternation(CONTEXT_WORDS.listJoiners.en)})\\s+)?$|^\\s*(?:${alternation(CONTEXT_WORDS.listJoiners.zh)})\\s*$`);
// A departure word weaker than this ("steps away") may be a leave.
const SOFT_DEPARTURE = 0.85;
// Words of sports news that make an item without a catalog org off topic.
const OFF_TOPIC_MIN = 2;
const RECAP_NOUN_LEAD = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.recapNounLead.en)})\\s+$`);
const RECAP_LIST = new RegExp(`^[^,.;:]{0,${WINDOWS.listLead}}?\\b(?:${alternation(CONTEXT_WORDS.recapListLead.en)})\\b`);
const BIOGRAPHY_RULES = new Set<RuleId>(['block.past', 'block.year', 'block.time-clause', 'block.relative-clause', 'block.gerund']);
const CO_FOUNDER = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.coFounder.en)})\\b|${alternation(CONTEXT_WORDS.coFounder.zh)}`);
const TENURE = new RegExp(alternation([...CONTEXT_WORDS.tenure.en, ...CONTEXT_WORDS.tenure.zh]));
const OBJECT_VERBS_EN = new Set<string>(CONTEXT_WORDS.objectVerbs.en);
const WORKPLACE = new Set<string>(CONTEXT_WORDS.workplaceNouns.en);
const POST_NOUNS = new Set<string>(CONTEXT_WORDS.postNouns.en);
const ZH_LEAVING_OR_BACK = new Set<string>(CONTEXT_WORDS.objectVerbs.zh.filter((w) => w !== '加入'));
const ZH_WORKPLACE = new RegExp(alternation(CONTEXT_WORDS.zhWorkplaceNouns.zh));
// ("将回归董事会日常工作": a body's everyday work, a few characters of whose work it is at most.)
const ZH_BACK_TO_DUTIES = new RegExp(`^[^,;。]{0,4}?(?:${alternation(CONTEXT_WORDS.zhDuties.zh)})`);
const ZH_TAKING_PART = new RegExp(`^了?[^,;。]{0,20}?(?:${alternation([...CONTEXT_WORDS.zhParticipationNouns.zh, ...CONTEXT_WORDS.zhFeatureNouns.zh])})`);
// ("left them for OpenAI": a pronoun before "for" may be the people left behind, and the move goes on.)
// " as head of research for ": a post and the org it is at, right after a pronoun object ("joining us as …").
const POST_AT_ORG = /^\s+as\s+(?:[\w-]+\s+){1,6}(?:for|at|of)\s+(?:the\s+)?$/;
// " as head of inference": after "joining us", a post (a memo's "us" is the company).
const US_AS_POST = new RegExp(`^\\s+as\\s+(?:(?:our|its|the|a|an)\\s+)?(?:new\\s+)?(?:[\\w-]+\\s+){0,2}(?:${alternation(CONTEXT_WORDS.titleHeads.en)})\\b`);
const SIDE_POST = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.sidePosts.en)})\\b|${alternation(CONTEXT_WORDS.sidePosts.zh)}`);
const BACK_FROM = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.backFrom.en)})\\b[^,;]*$`);
// (Read in the cased text, in either case for a Title-Case headline: "Former Airbnb Executive".)
const bothCases = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
const FORMER_TITLE_BEFORE = new RegExp(
  `\\b(?:${alternation(bothCases(CONTEXT_WORDS.former.en))})[\\s-]+(?:[A-Z][\\w.&'’-]*\\s+){1,3}(?:${alternation(bothCases(CONTEXT_WORDS.formerTitles.en))})\\s+$`,
);
const GONE_TO_BEFORE = new RegExp(`(?:${alternation(CONTEXT_WORDS.goneTo.zh)})$`);
// ("has come out of retirement to lead manufacturing design at OpenAI": or the work it is for.)
const POST_AFTER_VERB = /^(?:\s+(?:us\s+|the team\s+)?as|:|\s+to\s+(?:lead|head|run|oversee))\s+(?:[\w-]+\s+){1,6}(?:for|at|of)\s+(?:the\s+)?$/;
const OBJECT_PRONOUN = new RegExp(`^\\s+(?:${alternation(CONTEXT_WORDS.objectPronouns.en)})\\b(?!\\s+(?:for|to join)\\b)`);
// "joined other labs in calling for shared standards": joining others in an action.
const JOINED_IN_ACTION = new RegExp(`^\\s+(?:[\\w'’.-]+\\s+){1,6}?in\\s+(?:${alternation(CONTEXT_WORDS.joinedInActions.en)})\\b`);
const OTHERS_BEFORE_DE = new RegExp(`(?:${alternation(CONTEXT_WORDS.othersBeforeDe.zh)})$`);
const POLITICIAN_OBJECT = new RegExp(`^\\s+(?:u\\.s\\.\\s+|former\\s+)?(?:${alternation(CONTEXT_WORDS.politicalTitles.en)})\\s+[a-z]+`);
// Between an org and a person, a title in lower case ("Nvidia chief executive Jensen Huang"); after them, where they are joined.
const TITLE_BETWEEN =
  /^(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}(?:executive|officer|ceo|cto|founder|cofounder|president|chairman|chair|researcher|scientist|engineer|head|lead|director|chief|boss|leader)\s+$/;
const JOINED_AT = /^(?:['’]s\b|\s+(?:at|in)\s)/;
const WITH_CONTENT = new RegExp(`^(?:\\s+[a-z]+){0,3}?\\s+with\\s+(?:a|an|his|her|their|its|new|another)\\b[^.;]{0,40}?\\b(?:${alternation(CONTEXT_WORDS.contentNouns.en)})\\b`);
// (What the longer pattern needs, found first: most hires name no outside service.)
const SERVICE_HINT = /lawyer|attorney|law firm|bank|consult|advis|lobby|auditor/;
const OUTSIDE_SERVICE = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,4}?(?:${alternation(CONTEXT_WORDS.outsideServices.en)})\\b`);
// "will join X and Y on a keynote panel", "joined Sequoia in a $40 million round": others joined at an event or in a round.
const JOINED_AT_EVENT = new RegExp(
  `^[^.;]{0,80}?\\b(?:on|at|for|in)\\s+(?:a|an|the)\\s+(?:[\\w$€£.,-]+\\s+){0,3}?(?:${alternation([...CONTEXT_WORDS.eventNouns.en, ...CONTEXT_WORDS.roundNouns.en])})\\b`,
);
const JOINED_GROUP = new RegExp(`^\\s+(?:${alternation(CONTEXT_WORDS.crowdCounts.en)}|\\d[\\d,]*)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation(CONTEXT_WORDS.groupNouns.en)})\\b`);
// The object of a move verb that opens with a determiner, and its next few words.
// (A few words may name whose it is: "a Microsoft Teams call", "the Google I/O stage".)
const ALMA_MATER_POST = new RegExp(`${alternation(CONTEXT_WORDS.almaMaterPosts.zh)}`);
const EVENT_OBJECT = new RegExp(`^\\s+(?:(?:to\\s+|from\\s+)?(?:a|an|the)\\s+)?(?:[\\w/-]+\\s+){0,3}?(?:${alternation(CONTEXT_WORDS.eventNouns.en)})\\b`);
// A move word said not to have happened: "has not left", "was not among those laid off"; "并未加盟", "并不在此次裁员名单中".
// (A negator that opens with "n'" ends a word: "hasn't"; the others are words of their own.)
const [NEGATOR_ENDS, NEGATOR_WORDS] = [true, false].map((end) => alternation(CONTEXT_WORDS.negators.en.filter((w) => /^n['’]/.test(w) === end)));
const NEGATED_EN = new RegExp(`(?:(?<![a-z])(?:${NEGATOR_WORDS})|${NEGATOR_ENDS})(?:\\s+(?:${alternation(CONTEXT_WORDS.negatedFillers.en)}))*\\s+$`);
const NEGATED_ZH = new RegExp(`(?<!得)(?:${alternation(CONTEXT_WORDS.negators.zh)})(?:${alternation(CONTEXT_WORDS.negatedFillers.zh)})?$`);
// "Is X about to leave Google?", "X会离开阿里吗？": a question whether the move happens.
const YES_NO_QUESTION = new RegExp(`^\\s*(?:${alternation(CONTEXT_WORDS.yesNoQuestions.en)})\\b[^?]*\\?\\s*$|(?:${alternation(CONTEXT_WORDS.yesNoQuestions.zh)})\\s*[?？]\\s*$`);
// "did not leave OpenAI until March": it did, then.
const UNTIL = /\buntil\b/;
const RETURNS_TO_DO = new RegExp(`^\\s+(?:${alternation(CONTEXT_WORDS.returnsToDo.en)})\\b`);
const OBJECT_EN = new RegExp(`^\\s+(?:${alternation(CONTEXT_WORDS.objectOpeners.en)})\\b(?:\\s+(?!(?:${alternation(CONTEXT_WORDS.objectEnds.en)})\\b)[\\w'’.-]+){0,${WINDOWS.leaveObjectWords}}`);
// "joined the ranks of OpenAI": an org right after "of" belongs to the object.
const OF_ORG = /^\s+of\s+/;
// An aside after a name, up to the org it describes the person by (no clause break: "X, a researcher at OpenAI's …").
const APPOSITION_DESCRIBES = new RegExp(`^,\\s*(?:${alternation(CONTEXT_WORDS.describingAside.en)})\\s[^,;]*$`);
// ", a longtime Amazon Web Services executive,": a noun phrase after a person that describes them by an org.
// (Up to four words of title: ", a research director at ".)
const APPOSITION_LEAD = new RegExp(`^,\\s*(?:${alternation(CONTEXT_WORDS.appositionOpeners.en)})\\s+(?:[\\w-]+\\s+){0,4}$`);
// Right before a hiring verb, words that make it a noun: "a string of hires", "its latest recruits".
const NOUN_FORM = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.nounDeterminers.en)})\\s+$`);
// "… hires Mustafa Suleyman has made": the name after the noun is who made them.
const HIRES_MADE = /^\s+(?:[\w'’.-]+\s+){1,4}(?:(?:has|have|had)\s+)?made\b/;
// "The big names are in place": a plural noun, the subject of the verb right after it (not "new hires include X",
// "new hires are X and Y": those list moves).
const PLURAL_SUBJECT_OF = /^\s+(?:are|were|have|had|remain)\b/;
// "the company's head of product, X": an org named before, by a noun.
const COMPANY_REF = new RegExp(`\\b(the (?:${alternation(CONTEXT_WORDS.companyNouns.en)})['’]s)\\s+(?:[\\w-]+\\s+){0,3}[\\w-]+,?\\s*$`);
// Right before a hiring verb, a passive: "has been tapped", "was hired", "was then hired". (Wider than
// SentenceReader.passive, which asks who the subject is and must not read "was excited to welcome X" as one: here
// the question is only where the hirer stands, and moves-dev's directions fall when the two are made one.)
const PASSIVE_EN = /\b(?:was|were|been|is being|be)\s+(?:\w+\s+)?$/;
// After a person: ", the former chief executive of Nextdoor" (up to the org's first capital).
const FORMER_POST_ELSEWHERE = new RegExp(`^,\\s*(?:the\\s+|a\\s+)?(?:${alternation(CONTEXT_WORDS.former.en)})[\\s-]+(?:[a-z-]+\\s+){1,4}(?:of|at)\\s+(?:the\\s+)?(?=[A-Z])`);
// Between a move word and an org, an infinitive of purpose: "stepping down to focus on teaching at …" (not "to OpenAI").
const NOUN_OBJECT_GAP = /^\s*(?:from|at|of|with)\s+(?:the\s+)?$/;
const PURPOSE_BEFORE = /\bto\s+[a-z]+\b/;
const CAUSE_BEFORE = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.causeOpeners.en)})\\s+(?:a|an|the|its|his|her|their)\\s`);
const STINT_AT = /\b(?:at|with|from)\s+$/;
/**
 * The org of a post taken with none named after the verb: the nearest before it, unless that org only titles the
 * person ("清华大学…教授周伯文已出任实验室主任") and the sentence opens with another org that tells it ("上海人工智能实验室
 * 官网信息显示，…"): then the opening org, and the title's is where they come from.
 */
function postOrg(r: SentenceReader, t: TriggerMention, nearest: OrgMention | null): OrgMention | null {
  if (!nearest || !isHanCode(r.text.charCodeAt(nearest.end))) return nearest;
  const titled = r.people.find((p) => p.start >= nearest.end && p.start - nearest.end <= WINDOWS.titleBeforeName && p.end <= t.start && !/[,，的]/.test(r.text.slice(nearest.end, p.start)));
  if (!titled) return nearest;
  // (The opening org tells it: "…官网信息显示，", "…宣布，"; in the same part of the sentence, not an earlier item of a list.)
  const segment = r.segment(t.start);
  const opening = r.orgs.find((o) => o.start >= segment.start && o.end <= nearest.start && !r.sameOrg(o, nearest) && !r.isFormer(o) && !r.introducedBy('from', o));
  const tells = opening ? r.text.slice(opening.end, nearest.start) : '';
  return opening && tells.includes(',') && (REPORTING.test(tells.slice(0, tells.indexOf(','))) || SHOWS.test(tells.slice(0, tells.indexOf(',')))) ? opening : nearest;
}
const SHOWS = new RegExp(alternation(CONTEXT_WORDS.announces.zh));
const NEW_EMPLOYER = new RegExp(`(?:\\b(?:${alternation(CONTEXT_WORDS.newEmployer.en)})\\s*,?\\s*|(?:${alternation(CONTEXT_WORDS.newEmployer.zh)}))$`);
// "… and am now building agents at": where someone who left is now, told right after.
const AND_NOW_AT = /\band\s+(?:(?:i\s+)?am|i['’]m|is|are|she['’]s|he['’]s)\s+now\s+(?:[a-z-]+\s+){0,3}?(?:at|with)\s+$/;
// "… before he starts at": where someone on the way out goes next (the present tense: "before joining" may be a past).
const BEFORE_STARTING = new RegExp(`\\bbefore\\s+(?:he|she|they)\\s+(?:${alternation(CONTEXT_WORDS.startsNext.en)})\\s+$`);
// "目前已在Anthropic上班": where someone who left works now.
const ZH_NOW_AT_BEFORE = new RegExp(`(?:${alternation(CONTEXT_WORDS.nowAt.zh)})(?:已经|已)?在$`);
const ZH_NOW_AT_AFTER = new RegExp(`^(?:${alternation(CONTEXT_WORDS.worksThere.zh)})`);
// A project named at the end of the clause before, then 由 and the one who leads it: "…模型项目，由江远舟掌舵".
const LED_PROJECT = new RegExp(`(${alternation(CONTEXT_WORDS.projectNouns.zh)})[,，]由[^,，。]{1,24}$`);
// "（本文来自微信公众号：智能涌现）": a repost's credit, right before the org it names.
const REPOST_CREDIT = new RegExp(`(?:${alternation(CONTEXT_WORDS.repostCredits.zh)})\\s*$`);
// "after two weeks at", "after six years with", "after five years on Google's Gemini team": a stint, right before its org.
const STINT_BEFORE_ORG = /\bafter\s+(?:[\w-]+\s+){1,3}(?:weeks?|months?|years?|decades?)\s+(?:at|with|on)\s+$/;
// ", Meta said on Thursday.": an org's words closing the sentence.
const SAYS_AFTER = new RegExp(`^\\s+(?:${alternation(CONTEXT_WORDS.statementVerbs.en)})\\b[^,;]*$`);
const COMPANY_SAYS = new RegExp(`\\b(?:it|the (?:company|startup|firm|lab))\\s+(?:has\\s+)?(?:${alternation(CONTEXT_WORDS.statementVerbs.en)})\\s+(?:that\\s+)?$`);
// (Or the company's hires as a noun: "Among its recent hires is X".)
// ("The company also named X": an adverb may stand before the verb.)
// (Not after "it also": "It also hired two other OpenAI researchers" is the hirer of the hire told before.)
const COMPANY_HIRES =
  /\bthe (?:company|startup|firm|lab|chipmaker)\s+(?:has\s+|had\s+)?(?:also\s+|then\s+|now\s+|today\s+)?$|\bit\s+(?:has\s+|had\s+)?$|\bits\s+(?:(?:most\s+)?(?:recent|latest|newest|new)\s+)?$/;
/** Where a comma opens a clause with 其/他/她 and a past word ("，其此前任职于字节跳动"), or -1 (read by code unit: asked of every sentence with a promotion). */
function pronounPastClause(r: SentenceReader): number {
  const text = r.text;
  for (let i = r.span.start; i < r.span.end - 2; i++) {
    if (text.charCodeAt(i) !== 0x2c) continue;
    const p = text.charCodeAt(i + 1);
    if ((p === 0x5176 /* 其 */ || p === 0x4ed6 /* 他 */ || p === 0x5979) /* 她 */ && PAST_AFTER_PRONOUN.test(text.slice(i + 2, i + 4))) return i;
  }
  return -1;
}
const PAST_AFTER_PRONOUN = /^(?:此前|曾)/;
const PLANNED_BEFORE = new RegExp(`(?:${alternation(CONTEXT_WORDS.planned.zh)})[^,;]{0,4}$`);

/**
 * "CoreWeave said that X, who spent 14 years at Microsoft, will become its chief technology officer": "its" right after
 * the move word is the org whose word the sentence reports, before any org in the aside about the person.
 */
function itsReporter(r: SentenceReader, t: TriggerMention): OrgMention | null {
  if (!ITS_AFTER.test(r.text.slice(t.end, t.end + 6))) return null;
  const org = r.orgs[0];
  if (!org || org.end > t.start || r.isFormer(org) || !REPORTING.test(r.text.slice(org.end, Math.min(t.start, org.end + 40)))) return null;
  r.fire('end.coreference', 'its', `${org.org}, whose word the sentence reports`);
  return org;
}
const ITS_AFTER = /^\s+its\s/;

const ITEM_ASIDE = /^\s*,\s*(?:who|which)\s/;
const ONE_OF_THEM = /,\s*(?:前者|后者)/;

/**
 * ("先是…的糜书航离职加入字节跳动，随后…的尉迟清也确认离开": an org an earlier clause joins is where someone went, not
 * where the one named after it leaves.)
 */
function notADestination(r: SentenceReader, o: OrgMention | null): OrgMention | null {
  return o && r.triggers.some((x) => x.trigger.shape !== 'leave' && x.trigger.event !== 'promotion' && x.end <= o.start && o.start - x.end <= 2) ? null : o;
}

/** Where a trigger's move starts and ends, by the trigger's shape. */
function endsOf(r: SentenceReader, t: TriggerMention): { from: OrgMention | null; to: OrgMention | null } {
  const clause = r.clause(t.start);
  // The object may run past a comma ("离开了，加入…" aside), never past a semicolon: "汤明哲离职；智谱AI任命…" is another move.
  const semicolon = r.find(';', t.end);
  const after = r.orgAfter(t.end, Math.min(Math.max(clause.end, t.end + 12), semicolon >= 0 ? semicolon : Infinity));
  // ("was pushed out after a review of the Siri overhaul": an org inside the cause of the move is not its object; "after a
  // decade at Google" still names one.)
  // ("此次加盟的研究员X曾在OpenAI…": a move word before 的 describes who, it has no org as its object.)
  const object =
    (after && CAUSE_BEFORE.test(r.text.slice(t.end, after.start)) && !STINT_AT.test(r.text.slice(Math.max(t.end, after.start - 6), after.start))) || codeAt(r.text, t.end) === 0x7684 /* 的 */
      ? null
      : after;
  const named = (rule: 'end.object' | 'end.connector' | 'end.hirer' | 'end.before', o: OrgMention | null, end: 'from' | 'to') => {
    if (o) r.fire(rule, r.words(o), `${end} ${o.org}`);
    return o;
  };
  switch (t.trigger.shape) {
    case 'leave': {
      // "is stepping down to focus on teaching at the University of Toronto": an org in the purpose after the verb is
      // no org left. Nor one in a biographical clause before it ("X, who joined from Uber in 2023, has been succeeded").
      // ("请辞，将转往台积电": an org after a word of going there is where they go, not what they leave.)
      // ("confirmed her departure in a post on LinkedIn": after a bare move noun, only "from", "at" or "of" right
      // before it names the org left: "departures at xAI".)
      const bareNoun = object !== null && t.trigger.noun === true && !t.word.includes(' ') && !NOUN_OBJECT_GAP.test(r.text.slice(t.end, object.start));
      // ("刚从腾讯混元离职，现在在月之暗面…", "从字节毕业了，新的征程从智谱开始": with the org left told by 从 right before the
      // move word, an org past the comma after it is no org left.)
      const fromBefore = object !== null && r.orgs.some((o) => o.end <= t.start && t.start - o.end <= 2 && r.text.charCodeAt(o.start - 1) === 0x4ece /* 从 */);
      const pastComma = fromBefore && r.text.slice(t.end, object.start).includes(',');
      // ("接替他的是今年从谷歌DeepMind加入字节的伍思远", "will be replaced by Y, a Google veteran": what follows is the
      // successor and their past, not the org left; a part of the post handed over may still name it.)
      const successorNext = t.trigger.successor === 'after' && !t.trigger.partOfPost;
      // After "will be replaced by" come the successor and their past, not where the leaver goes; a connector after
      // the next verb is that verb's ("X has left, and Y is leaving for OpenAI"), unless that verb only tells more of
      // the people already named ("… and Z, who left for OpenAI").
      // (Nor past the next item of a list whose items carry their own aside: "X, who quit in the spring, Y, who quietly
      // moved to Mistral".)
      // (Not the one the move word names right after it: "On the way out is X, who … is joining Mistral AI".)
      const nextItem = r.people.find((p) => p.start > t.end + 2 && ITEM_ASIDE.test(r.text.slice(p.end, p.end + 9)))?.start;
      // (Nor past a semicolon and someone else named after it: "蓝雨萱从月之暗面离职；单若愚已加入字节跳动" lists two moves.)
      // (Nor past someone named as the subject of a move word right after them: "A、B均已离职，其中A已加入腾讯" gives
      // Tencent to A alone.)
      const nextEntry = r.people.find(
        (p) => p.start > t.end && (r.text.slice(t.end, p.start).includes(';') || r.triggers.some((x) => x.start >= p.end && x.start - p.end <= 5 && SUBJECT_GAP.test(r.text.slice(p.end, x.start)))),
      )?.start;
      // (Nor past a clause about one of them: "A与B先后离开公司，前者已加入字节跳动".)
      const oneOfThem = r.text.slice(t.end, r.span.end).search(ONE_OF_THEM);
      const next = Math.min(
        r.triggers.find((x) => x.start >= t.end && !inRelativeClause(r, x))?.start ?? Infinity,
        nextItem ?? Infinity,
        nextEntry ?? Infinity,
        oneOfThem < 0 ? Infinity : t.end + oneOfThem,
      );
      // ("the departure of X, who led the Flash team, to OpenAI": a move told as a noun goes where a bare "to" points.)
      const nounTo = t.trigger.noun ? r.orgs.find((o) => o.start > t.end && o.start < next && bareToBefore(r, o)) : undefined;
      const left =
        object && !bareNoun && !pastComma && !successorNext && object !== nounTo && !PURPOSE_BEFORE.test(r.text.slice(t.end, object.start)) && !r.introducedBy('to', object, t.end) ? object : null;
      const from =
        named('end.object', left, 'from') ??
        referredOrg(r, t.end, t.start, null) ??
        named('end.before', justJoined(r, t), 'from') ??
        // ("Li Mengting, a lawyer who uses Kimi, said she had left her firm": a workplace of their own, unnamed, is the one
        // left, unless an org names it before the person: "Google engineer X quit her job".)
        (leftOwnPlace(r, t)
          ? named('end.before', employerBefore(r, Math.min(r.people[0]?.start ?? t.start, t.start), r.span.start), 'from')
          : named('end.before', outsideBiography(r, employerBefore(r, t.start, clause.start) ?? notADestination(r, employerBefore(r, t.start, r.span.start))), 'from'));
      if (t.trigger.successor) return { from, to: null };
      // ("has left the university to join the company": the company named before, not the one left.)
      const connector = r.markers.find((m) => m.entity.kind === 'to' && m.start >= t.end && m.start - t.end <= WINDOWS.connectorReach && m.start < (nextEntry ?? Infinity));
      // ("left in April, it emerged when his new employer, Mistral AI, listed him": the org called the new employer.)
      // ("I've left Meta and am now building agents at xAI": where they are now, in the same breath.)
      const newEmployer = r.orgs.find(
        (o) =>
          o.start > t.end &&
          o !== from &&
          (NEW_EMPLOYER.test(r.text.slice(Math.max(t.end, o.start - 20), o.start)) ||
            AND_NOW_AT.test(r.text.slice(t.end, o.start)) ||
            BEFORE_STARTING.test(r.text.slice(Math.max(t.end, o.start - 24), o.start)) ||
            (ZH_NOW_AT_BEFORE.test(r.text.slice(Math.max(t.end, o.start - 6), o.start)) && ZH_NOW_AT_AFTER.test(r.text.slice(o.end, o.end + 4)))),
      );
      return {
        from,
        to:
          named('end.connector', r.orgAfterConnector('to', from ? from.end : t.end, next), 'to') ??
          (connector ? referredOrg(r, connector.end, t.start, from) : null) ??
          named('end.connector', newEmployer ?? nounTo ?? null, 'to') ??
          // (Not a company they leave to start: "has left to start Tandem Labs, a company …" is a departure by the set's
          // convention, its company told in the alert's text.)
          (connector && connector.start < next && !FOUNDING_CONNECTOR.test(r.text.slice(connector.start, connector.end)) ? uncataloguedAt(r, connector.end, 'to') : null),
      };
    }
    case 'enter':
    case 'switch': {
      // "has accepted an offer from Meta": the org the offer is from is the one joined.
      if (t.word.endsWith(' offer from')) return { from: null, to: named('end.object', r.orgs.find((o) => o.start >= t.end && o.start - t.end <= 2) ?? null, 'to') };
      // "to form a startup with fellow Google researcher X": an org after "with" is a co-founder's, not the company.
      // "a new startup founded by ex-OpenAI engineer X": what follows "by" is the founder and their past.
      // "Lund joins from Google Cloud": an object after "from" is where they come from, never where they go.
      // "一同加入的还有前Meta研究员X", "joins a group that includes several former Apple designers": an org someone is
      // "former" of is never where they go.
      const founded =
        object &&
        ((t.trigger.event === 'founding' && (t.word.endsWith(' by') || CO_FOUNDER.test(r.text.slice(t.end, object.start)))) ||
          r.introducedBy('from', object) ||
          ((t.trigger.event === 'join' || t.trigger.event === 'founding') && r.formerRightBefore(object)))
          ? null
          : object;
      // "moved from Microsoft to Anthropic", "X's move from Microsoft to Anthropic": the org after "to" right after the
      // one it comes from.
      const onTo = object && !founded && r.introducedBy('from', object) ? r.orgs.find((o) => o.start > object.end && ORG_TO_ORG.test(r.text.slice(object.end, o.start))) : undefined;
      // "is joining us as head of research for Microsoft AI": with no org as the object, the org of the post named;
      // "已到小米履新": or the org gone to right before the verb.
      const postAt =
        object || t.trigger.event !== 'join'
          ? undefined
          : // ("has a new role: Director of Applied AI at Microsoft": a post after a colon runs past the clause's end.)
            (r.orgs.find((o) => o.start > t.end && o.start < (r.text.startsWith(':', t.end) ? r.segment(t.start).end : clause.end) && POST_AFTER_VERB.test(r.text.slice(t.end, o.start))) ??
            r.orgs.find((o) => o.end <= t.start && t.start - o.end <= 2 && GONE_TO_BEFORE.test(r.text.slice(Math.max(clause.start, o.start - 2), o.start))));
      // A promotion is at an org someone works for now: not one they are "former" of.
      const to =
        t.trigger.event === 'promotion'
          ? (named('end.object', current(r, object), 'to') ??
            itsReporter(r, t) ??
            // (Not an org in a clause read as biography: "X, who left OpenAI in 2021 …, was named …".)
            // (Nor one someone comes from: "X joins us from Meta … and will lead our pretraining efforts".)
            named(
              'end.before',
              notOrigin(
                r,
                outsideBiography(
                  r,
                  postOrg(r, t, notAnothersMove(r, t, current(r, r.orgBefore(t.start, r.span.start)))) ??
                    r.orgs.find((o) => o.end <= t.start && !r.isFormer(o) && notAnothersMove(r, t, o)) ??
                    current(r, r.orgs[0]),
                ),
              ),
              'to',
            ))
          : (named('end.object', founded ?? onTo ?? postAt ?? foundedBefore(r, t) ?? boundFor(r, t), 'to') ??
            named('end.hirer', object ? null : announcedHiring(r, t), 'to') ??
            newCompany(r, t) ??
            companyNamedAfterMover(r, t) ??
            // (Not a post held now: "now runs Quill AI, a coding startup" may be their own.)
            (t.trigger.event === 'join' && !object && !t.trigger.heldNow ? uncataloguedAt(r, t.end, 'to') : null));
      // (Only in the trigger's own part of the sentence: a list's items split by semicolons each have their own origin.)
      const segment = r.segment(t.start);
      // ("has rejoined Anthropic after two weeks at Anysphere": a stint that ends with the move is where it comes from.)
      // (That stint first: "A is moving from Cohere to Anthropic, and B has returned to Mistral AI after a year at Meta".)
      const stintBefore = (limit: number) => r.orgs.find((o) => o.start > t.end && o.start < limit && STINT_BEFORE_ORG.test(r.text.slice(Math.max(t.end, o.start - 40), o.start)));
      let from = stintBefore(Math.min(segment.end, r.clause(t.start).end)) ?? r.orgAfterConnector('from', segment.start, segment.end) ?? stintBefore(segment.end) ?? null;
      // ("2023年从阿里离职的宋一川，…正式加入字节跳动": an org left in a description of the subject is an earlier move's.)
      if (from && from.end <= t.start && LEFT_IN_DESCRIPTION.test(r.text.slice(from.end, from.end + 12))) from = null;
      // ("葛远舟是首位加盟小米的DeepSeek研究员": who joins, described after 的 by the org they come from.)
      if (!from && to && t.trigger.event === 'join' && COPULA_BEFORE.test(r.text.slice(r.clause(t.start).start, t.start))) {
        from = r.orgs.find((o) => o.start === to.end + 1 && r.text.charCodeAt(to.end) === 0x7684 /* 的 */ && !r.sameOrg(o, to)) ?? null;
        if (from) r.fire('end.attributive', r.words(from), `from ${from.org}: the one who joins is described by it after 的`);
      }
      if (from && to && from.start === to.start) from = null;
      // ("（本文来自微信公众号：智能涌现）": a repost's credit names where the text came from, not the person.)
      if (from && REPOST_CREDIT.test(r.text.slice(Math.max(r.span.start, from.start - 8), from.start))) from = null;
      // "X, who joined Meta from OpenAI in June, will be chief scientist": a promotion's "from" is not another verb's.
      if (from && t.trigger.event === 'promotion' && r.triggers.some((o) => o !== t && o.end <= from!.start && within(o, r.clause(from!.start)))) from = null;
      // (Nor one of a relative clause of its own with no move word: "Demirci, who came to Microsoft from Amazon in 2021, has been elevated".)
      if (from && t.trigger.event === 'promotion' && r.clause(from.start).start !== r.clause(t.start).start && RELATIVE_OPENING.test(r.text.slice(r.clause(from.start).start, from.start))) from = null;
      // ("Two months after leaving Apple for Meta, X has joined OpenAI", "三个月前刚从字节跳动跳槽至阿里巴巴的X…已加入腾讯": where an
      // earlier move of the same sentence took them is where this one starts.)
      const stop = from && t.trigger.event === 'join' ? earlierStop(r, t, from) : null;
      if (stop) {
        r.fire('end.described-elsewhere', r.words(stop), `from ${stop.org}, where the earlier move took them`);
        return { from: stop, to };
      }
      return { from: named('end.connector', from, 'from'), to };
    }
    case 'hire': {
      // "congrats to X on joining Google DeepMind": the org after the congratulations is the one joined.
      if (t.trigger.when?.includes('congratsOn')) {
        const joined = r.orgs.find((o) => o.start > t.end && !/^['’]s\b/.test(r.text.slice(o.end, o.end + 3)));
        return { from: null, to: named('end.object', joined ?? null, 'to') };
      }
      // "字节跳动从谷歌挖来…": the org after "from" is the origin, the one before it the hirer.
      // "智谱AI今日宣布，任命…": the hirer may open the sentence, a clause before the verb.
      // (Not a former employer describing the one hired: "智谱将前OpenAI研究员X收入麾下"; nor one named as a backer: "Zhipu AI,
      // the start-up backed by Alibaba and Tencent, has appointed X"; nor a search firm retained to find them: "Anthropic,
      // which retained Spencer Stuart …, has settled on X".)
      const mayHire = (o: OrgMention) => o.end <= t.start && !r.introducedBy('from', o) && !r.isFormer(o) && !r.isBacker(o) && !r.isRetained(o);
      const nearest = r.orgs.filter((o) => o.start >= clause.start && mayHire(o)).pop() ?? r.orgs.filter(mayHire).pop() ?? null;
      // "香港科技大學今日宣布，商湯科技副總裁X獲委任為…": in a Chinese passive the org before the person is theirs; the
      // one that opens the sentence and announces it hires.
      const hirer = codeAt(r.text, t.start - 1) === 0x83b7 /* 获 */ ? postOrg(r, t, nearest) : nearest;
      // The hirer before the verb first: a "for" after the person is their old title ("research lead for Google Search"),
      // and an org right before the person is their description ("任命清华大学教授X").
      // (Not across "is": "The newest hire at Amazon's AGI lab is X", "Joining her at Anthropic will be X" name where X was hired.)
      const describesObject =
        object && r.people.some((p) => p.start >= object.end && p.start - object.end <= WINDOWS.titleBeforeName && !/\s(?:is|was|will be)\s/.test(r.text.slice(object.end, p.start)));
      // "X has been tapped to lead operations at SSI", "X was hired by OpenAI": in a passive the hirer follows the verb.
      const passiveHirer = PASSIVE_EN.test(r.text.slice(Math.max(r.span.start, t.start - 16), t.start))
        ? current(
            r,
            r.orgs.find((o) => o.start >= t.end && o.start < clause.end),
          )
        : null;
      // "谷歌…获得Windsurf的技术授权，并招揽其CEO X": 其 right after the verb is the org named last, where X works; the
      // hirer is the one named before it.
      const its = codeAt(r.text, t.end) === 0x5176 /* 其 */ && hirer && hirer.start < clause.start ? hirer : null;
      const itsHirer = its ? r.orgs.filter((o) => o.end <= its.start && !r.introducedBy('from', o) && !r.isFormer(o) && !r.sameOrg(o, its)).pop() : undefined;
      if (its && itsHirer) {
        r.fire('end.its-staff', `${r.words(its)} … ${t.word}其`, `from ${its.org}, hired by ${itsHirer.org}`);
        return { from: its, to: named('end.hirer', itsHirer, 'to') };
      }
      // ("the lab named X, a researcher who joined Meta from Boston Dynamics in 2020, as …": an object inside another
      // verb's clause is that verb's, and so is its "from".)
      const othersObject = (o: OrgMention | null) => o !== null && r.triggers.some((x) => x !== t && x.start > t.end && x.end <= o.start && within(x, r.clause(o.start)));
      // (Not a "for" inside a relative clause about the one hired: "hires is X, who led camera hardware for Meta's glasses".)
      const relative = r.text.slice(t.end, r.span.end).search(RELATIVE_AFTER_COMMA);
      const to =
        named('end.hirer', passiveHirer ?? hirer, 'to') ??
        named('end.connector', r.orgAfterConnector('to', t.end, relative < 0 ? Infinity : t.end + relative), 'to') ??
        named('end.object', describesObject || othersObject(object) ? null : object, 'to');
      const segment = r.segment(t.start);
      // (Not a "from" before this verb's own hirer: "OpenAI has hired X from Google DeepMind, while Google has hired …".)
      const fromStart = hirer && hirer.start > segment.start && hirer.end <= t.start ? hirer.start : segment.start;
      const from = r.orgAfterConnector('from', fromStart, segment.end);
      // ("xAI hires Apple's Siri engineering lead": with nobody named, the org whose staff the object is is where they come from.)
      // ("小米迎来前OpenAI研究员": or one "former" of it.)
      const whose =
        !from &&
        to &&
        object &&
        !r.sameOrg(object, to) &&
        // ("Tencent has poached the product chief of ByteDance's Doubao chatbot": or the org a title is "of".)
        ((object.start - t.end <= 2 && (POSSESSIVE_NEXT.test(r.text.slice(object.end, object.end + 3)) || r.isFormer(object))) || TITLE_OF_BEFORE.test(r.text.slice(t.end, object.start))) &&
        !r.people.some((p) => p.start > t.end)
          ? object
          : null;
      if (whose) return { from: named('end.object', whose, 'from'), to };
      return { from: named('end.connector', othersObject(from) ? null : from, 'from'), to };
    }
    case 'dismiss': {
      // "OpenAI fired X", "X被百度开除", "X was fired by OpenAI": the org that lets someone go is where they were.
      // "Meta has lost two more researchers to OpenAI": after a loss, "to" names where they went.
      // ("流失两名研究员，均加入了阿里巴巴": a join after the loss names it too.)
      const lost = t.trigger.loss === true;
      const lostTo = lost
        ? // (Past a person set off by commas: "lost its head of pretraining, Ravi Kumar, to Meta".)
          (r.orgs.find(
            (o) =>
              o.start > t.end &&
              o.start < r.segment(t.start).end &&
              LOST_TO.test(r.text.slice(Math.max(t.end, o.start - 24), o.start)) &&
              (o.start < clause.end || r.people.some((p) => p.start > t.end && p.end < o.start)),
          ) ??
          notInAside(r, t.end, r.orgAfterConnector('to', t.end)) ??
          undefined)
        : undefined;
      // (After "succeeded by" comes the successor and their past, not the org that let anyone go.)
      const by = lost || t.trigger.successor ? null : r.orgAfterConnector('to', t.end);
      // ("hired X from Meta and lost Y to Apple": an org after "from" or "to" is another move's end, not who lets anyone go.)
      const letGoBy = r.orgs.filter((o) => o.end <= t.start && o.start >= clause.start && !r.introducedBy('from', o) && !r.introducedBy('to', o)).pop() ?? null;
      const from =
        named('end.connector', by, 'from') ??
        named('end.hirer', letGoBy, 'from') ??
        named('end.object', lostTo ? null : object, 'from') ??
        named('end.before', outsideBiography(r, r.orgBefore(t.start, r.span.start)), 'from');
      return { from, to: lostTo ? named('end.connector', lostTo, 'to') : null };
    }
  }
}

// After a hire word, a title and "of" before the org: "poached the product chief of ByteDance's Doubao".
const TITLE_OF_BEFORE = /^\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,4}?(?:chief|head|lead|leader|director|president|officer|scientist|manager)\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:of|at)\s+$/;
// "lost X to OpenAI", "lost X to rival OpenAI".
const LOST_TO = /\bto\s+(?:(?:its\s+|a\s+)?(?:rival|competitor|peer)\s+)?$/;

/**
 * The org, unless an aside about someone opens between `from` and it ("is losing X, who ran evaluation for the Llama
 * models, …": the aside's connector, not the loss's).
 */
function notInAside(r: SentenceReader, from: number, o: OrgMention | null): OrgMention | null {
  return o && !ASIDE_BETWEEN.test(r.text.slice(from, o.start)) ? o : null;
}
const ASIDE_BETWEEN = /,\s*(?:who|which)\s/;

/**
 * The words that show the object of a hire works at the hirer already, or null: the hirer's own "its" ("Cohere has
 * tapped X, its head of model training, as …"), or an apposition naming a unit of the hirer ("Apple has tapped X, a
 * Siri veteran, to lead …").
 */
function alreadyAtHirer(r: SentenceReader, person: PersonMention, hirer: OrgMention): string | null {
  const own = HIRER_OWN.exec(r.text.slice(person.end, person.end + 24));
  if (own) return own[0].replace(/^\s*,\s*/, '').trim();
  if (r.text.charCodeAt(person.end) !== 0x2c) return null;
  const unit = r.orgs.find((o) => o.start > person.end && APPOSITION_LEAD.test(r.text.slice(person.end, o.start)) && r.sameOrg(o, hirer) && o.org !== hirer.org);
  return unit ? r.words(unit) : null;
}

/** Whether a relative clause after the person says they joined `org` already ("…, who joined Meta last year"). */
function joinedBefore(r: SentenceReader, person: PersonMention, org: OrgMention | null): boolean {
  if (!org) return false;
  return r.triggers.some((x) => x.trigger.event === 'join' && x.start > person.end && inRelativeClause(r, x) && r.sameOrg(r.orgAfter(x.end, x.end + 3), org));
}

/** Who posts the item: the person or org opening a title "X on LinkedIn: …", "Mistral AI on X: …". */
function postedBy<T extends Span>(title: SentenceReader, named: readonly T[]): T | null {
  const first = named[0];
  return first && first.start === title.span.start && POSTED_ON.test(title.text.slice(first.end, first.end + 40)) ? first : null;
}
/** "即刻 | 温予安": a title of a platform, a bar and the one name after it, who posted the item. */
function afterPlatformBar(title: SentenceReader): PersonMention | null {
  const bar = PLATFORM_BAR.exec(title.text.slice(title.span.start, title.span.end));
  if (!bar) return null;
  // (A name discovery does not read, in a title with no move word, is read as the title's last words.)
  const only = title.people.length === 1 ? title.people[0]! : title.people.length ? null : title.signatureName(title.span.start + bar[0].length);
  return only && only.start === title.span.start + bar[0].length && /^\s*$/.test(title.text.slice(only.end, title.span.end)) ? only : null;
}
const REAL_NAME = new RegExp(alternation(CONTEXT_WORDS.realName.zh));
// An embedded post's lines, as our HTML reading writes a blockquote: "> …".
const QUOTED_LINE = /^[ \t]*>/;
// Its signature line, after the quote mark: "> — Maren Holt (@marenholt) …", "> —— 祁望舒 …".
const EMBED_DASH = /^[>\s]*(?:—|–|--|-)/;
/** The original text of the line a position stands on, from its start to the position and a few characters on. */
function lineOpening(n: NormalizedText, at: number): string {
  const end = n.offsets[at]!;
  return n.original.slice(n.original.lastIndexOf('\n', end - 1) + 1, end + 4);
}
const INTERVIEW_TITLE = new RegExp(`(?<![a-z])(?:${alternation(CONTEXT_WORDS.interviewTitles.en)})(?![a-z])|${alternation(CONTEXT_WORDS.interviewTitles.zh)}`);
// (A title's dash is normalised to a space: "岑嘉言 - 百度百科" reads "岑嘉言 百度百科".)
const REFERENCE_PAGE = new RegExp(`[-–—_|\\s]+(?:${alternation([...CONTEXT_WORDS.referencePages.en, ...CONTEXT_WORDS.referencePages.zh])})\\s*$`);
const PLATFORM_BAR = new RegExp(`^\\s*(?:${alternation([...CONTEXT_WORDS.postingPlatforms.en, ...CONTEXT_WORDS.postingPlatforms.zh])})\\s*[|:]\\s*`);
const JOINS_US = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.joinsUs.en)})\\b`);

/** The company posting is where someone its post says "joins us" goes. */
function joinsPoster(r: SentenceReader, c: Candidate, poster: OrgMention): void {
  c.to = poster;
  c.reasons.push(`at ${poster.org}: the company's own post`);
  r.fire('end.poster', poster.org, `${c.person.name} to ${poster.org}, who posts it`);
}

/** "is Meta-bound": the org right before the word is where the person is headed. */
function boundFor(r: SentenceReader, t: TriggerMention): OrgMention | null {
  return t.trigger.when?.includes('orgBound') ? (r.orgs.find((o) => o.end <= t.start && t.start - o.end <= 1) ?? null) : null;
}

/** The org, unless "from" introduces it: where someone comes from. */
function notOrigin(r: SentenceReader, o: OrgMention | null): OrgMention | null {
  return o && !r.introducedBy('from', o) ? o : null;
}

/** The last org before `pos` (from `from` on) that is no counterpart in dealings ("the legal fights with OpenAI"). */
function employerBefore(r: SentenceReader, pos: number, from: number): OrgMention | null {
  const o = r.orgBefore(pos, from);
  if (!o || !DEALINGS_WITH.test(r.text.slice(Math.max(from, o.start - 24), o.start))) return o;
  return employerBefore(r, o.start, from);
}
const DEALINGS_WITH = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.dealings.en)})\\s+(?:with|against)\\s+(?:the\\s+)?$`);

/**
 * "Just four months after joining Meta's superintelligence lab from OpenAI, X has left again": the org a time clause
 * before the departure says they joined is the one they leave (not the one they came from).
 */
function justJoined(r: SentenceReader, t: TriggerMention): OrgMention | null {
  const joining = r.triggers.find((o) => o.end <= t.start && o.trigger.event === 'join' && /\bafter\s+$/.test(r.text.slice(Math.max(r.span.start, o.start - 8), o.start)));
  const org = joining ? r.orgs.find((o) => o.start >= joining.end && o.start - joining.end <= 2 && o.end <= t.start) : undefined;
  return org ? r.described(org) : null;
}

/** The org, unless it stands in a clause read as biography. */
function outsideBiography(r: SentenceReader, o: OrgMention | null): OrgMention | null {
  return o && !r.inBiography(o) ? o : null;
}

/** "Periodic Labs, founded by X": the org a participle of founding follows is the one founded. */
function foundedBefore(r: SentenceReader, t: TriggerMention): OrgMention | undefined {
  if (t.trigger.event !== 'founding' || !t.word.endsWith(' by')) return undefined;
  return r.orgs.find((o) => o.end <= t.start && FOUNDED_ORG_GAP.test(r.text.slice(o.end, t.start)));
}
// "World Labs, the startup founded by …": a comma, or an apposition calling the org a company.
const FOUNDED_ORG_GAP = new RegExp(`^\\s*,?\\s*(?:(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation(CONTEXT_WORDS.companyNouns.en)})\\s*)?$`);

/**
 * "X近日在朋友圈晒出了月之暗面的新工牌，确认已加入这家公司": "the company" joined is the one named between the mover and
 * the move word (not one they are former of, nor one they come from: those describe the mover).
 */
function companyNamedAfterMover(r: SentenceReader, t: TriggerMention): OrgMention | null {
  // (Chinese only: in English an org after the name mostly stands in an aside describing them, "X, formerly at Meta's
  // FAIR lab, had joined the company", the company the one speaking.)
  if (t.trigger.event !== 'join' || !isHanCode(r.text.charCodeAt(t.end))) return null;
  const mover = r.people.find((p) => p.end <= t.start);
  return mover ? referredOrg(r, t.end, t.start, null, (o) => o.start >= mover.end && !r.isFormer(o) && !r.introducedBy('from', o)) : null;
}

/**
 * "has founded Tessellate Robotics, a startup …", "创立了一家名为“深流智能”的公司": a company the catalog does not know
 * yet, by the name the text gives it right after the founding word.
 */
function newCompany(r: SentenceReader, t: TriggerMention): OrgMention | null {
  if (t.trigger.event !== 'founding' || t.word.endsWith(' by')) return null;
  // ("launched a company, Vireo Labs, last week": after a word that ends in the kind of company, its name set off by a comma.)
  const comma = ENDS_IN_ORG_NOUN.test(t.word) && r.n.cased.charCodeAt(t.end) === 0x2c /* , */ ? 1 : 0;
  const after = r.n.cased.slice(t.end + comma, Math.min(r.span.end, t.end + WINDOWS.newCompanyName));
  const m = NEW_COMPANY_EN.exec(after) ?? NEW_COMPANY_ZH.exec(after) ?? NEW_COMPANY_LATIN_IN_ZH.exec(after);
  if (!m?.indices?.[1]) return null;
  // (A sentence's full stop is no part of the name: "have co-founded Arcadia.")
  const name = m[1]!.trim().replace(/[.'’-]+$/, '');
  const start = t.end + comma + m.indices[1][0];
  const end = start + name.length;
  if (NOT_COMPANY_NAME.test(name) || r.people.some((p) => p.start < end && start < p.end) || r.orgs.some((o) => o.start < end && start < o.end)) return null;
  r.fire('end.new-company', name, `to ${name}, a company the catalog does not know`);
  return { start, end, org: name };
}
// ("has started a company of his own, Parallax Robotics, with …", "to set up an independent nonprofit, Threshold Evals":
// the kind of organisation, then its name set off by a comma.)
const NEW_COMPANY_EN = new RegExp(
  `^(?:\\s+of\\s+(?:his|her|their)\\s+own\\s*,|\\s+(?:a|an|his own|her own|their own)\\s+(?:new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${alternation(CONTEXT_WORDS.newOrgNouns.en)})\\s*,)?\\s+(?:(?:a|an)\\s+(?:new\\s+)?(?:[\\w-]+\\s+)?(?:${alternation(CONTEXT_WORDS.companyNouns.en)})\\s+(?:called|named)\\s+)?([A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,3})(?=\\s*(?:[,.;:]|$)|\\s+(?:${alternation(CONTEXT_WORDS.afterCompanyName.en)})\\b)`,
  'd',
);
// ("成立了一家专注视频生成的初创公司“流形智能”", "创办AI基础设施公司“算衡科技”": the quoted name after the company noun.)
// ("宣布创业，新公司“穹宇智能”专注于…": or after a comma, the new company named.)
const NEW_COMPANY_ZH = /^了?\s*(?:,\s*(?:其|他的|她的)?新(?:公司|企业)(?:名为|叫做?|为)?|(?:一家)?(?:名为|叫做?|[^,;。“"「]{0,16}?(?:公司|企业)))\s*[“"「]([^”"」]{2,20})[”"」]/d;
const NEW_COMPANY_LATIN_IN_ZH = /^了?\s*([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})(?=\s*(?:[,，。；;]|$))/d;
const ENDS_IN_ORG_NOUN = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.newOrgNouns.en)})$`);
// Capitalised words after a founding verb that are no company's name.
const NOT_COMPANY_NAME = new RegExp(`^(?:${alternation(CONTEXT_WORDS.notCompanyNames.en)})\\b`);

/**
 * A company the catalog does not know, named right at `at` and called a company by the words after it: "Harvey, the
 * legal AI startup", "Decagon, a customer-support startup", "一家名为“星尘智能”的具身智能初创公司", "穹彻智能（一家专注机器人大脑
 * 的创业公司）". Only with such words: a capitalised word alone may be anything.
 */
function uncataloguedAt(r: SentenceReader, at: number, end: 'from' | 'to'): OrgMention | null {
  const after = r.n.cased.slice(at, Math.min(r.span.end, at + WINDOWS.newCompanyName));
  const m = UNCATALOGUED_EN.exec(after) ?? UNCATALOGUED_ZH_NAMED.exec(after) ?? UNCATALOGUED_ZH_GLOSSED.exec(after);
  if (!m?.indices?.[1]) return null;
  const name = m[1]!.trim();
  const start = at + m.indices[1][0];
  const stop = start + name.length;
  if (NOT_COMPANY_NAME.test(name) || r.people.some((p) => p.start < stop && start < p.end) || r.orgs.some((o) => o.start < stop && start < o.end)) return null;
  r.fire('end.uncatalogued', name, `${end} ${name}, a company the catalog does not know, called one there`);
  return { start, end: stop, org: name };
}
/** The company the catalog does not know that the apposition after a name places them at ("X, previously … at Glean, the … company"). */
function uncataloguedOrigin(r: SentenceReader, person: PersonMention): OrgMention | null {
  const at = AT_IN_APPOSITION.exec(r.text.slice(person.end, Math.min(r.span.end, person.end + WINDOWS.hiredApposition)));
  return at ? uncataloguedAt(r, person.end + at[0].length, 'from') : null;
}
const FOUNDING_CONNECTOR = /^to (?:start|found|co found|cofound|launch)\b/;
const AT_IN_APPOSITION = /^,\s+[^,;]{0,60}?\bat\s+(?=[a-z])/;
const UNCATALOGUED_EN = new RegExp(`^\\s*([A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,2}),\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:${alternation(CONTEXT_WORDS.companyNouns.en)})\\b`, 'd');
const UNCATALOGUED_ZH_NAMED = /^了?\s*一家名为[“"「]([^”"」]{2,20})[”"」]的[^,;。]{0,16}?(?:公司|企业)/d;
const UNCATALOGUED_ZH_GLOSSED = /^了?\s*([\p{Script=Han}A-Za-z]{2,10})\(一家[^)]{0,24}?(?:公司|企业)\)/du;

/** The org, unless someone is "former" of it. */
function current(r: SentenceReader, o: OrgMention | null | undefined): OrgMention | null {
  return o && !r.isFormer(o) ? o : null;
}

/** Whether the org is the object of another move word than `t`, right after it ("加入Meta", "to join Apple"). */
function objectOfAnother(r: SentenceReader, t: TriggerMention, o: OrgMention): boolean {
  return r.triggers.some((x) => x !== t && x.end <= o.start && o.start - x.end <= 1);
}

/** The org, unless another move word takes it with someone else named between it and `t` ("汪滔加入Meta，Jason Droege出任临时CEO"). */
function notAnothersMove(r: SentenceReader, t: TriggerMention, o: OrgMention | null): OrgMention | null {
  if (!o || !objectOfAnother(r, t, o)) return o;
  return r.people.some((p) => p.start >= o.end && p.end <= t.start) ? null : o;
}

/** The org, unless it is the move's destination. */
function notAt(o: OrgMention | null | undefined, to: OrgMention | null): OrgMention | null {
  return o && o.start !== to?.start ? o : null;
}

/**
 * "盛一舟、柴若谷近日离职，两人分别加入了阿里巴巴和DeepSeek", "Ana Ruiz and Ben Cole joined Google and Meta, respectively":
 * the movers' destinations in the order of their names, where the two lists are as long.
 */
function respectively(r: SentenceReader, byPerson: Map<string, Candidate>): void {
  if (byPerson.size < 2) return;
  const movers = [...byPerson.values()].filter((c) => c.to).sort((a, b) => a.person.start - b.person.start);
  const first = movers[0]?.to;
  if (movers.length < 2 || !first || movers.some((c) => c.to !== first)) return;
  if (!r.includes('分别') && !r.includes('respectively')) return;
  const run = [first];
  let end = first.end;
  for (const o of r.orgs) {
    // ("阿里通义": a unit named right after its company is one item.)
    if (o.start === end && r.sameOrg(o, run.at(-1))) end = o.end;
    else if (o.start > end && r.joinsList(r.text.slice(end, o.start))) {
      run.push(o);
      end = o.end;
    }
  }
  if (run.length !== movers.length) return;
  movers.forEach((c, i) => {
    c.to = run[i]!;
    r.fire('end.respectively', r.words(run[i]!), `${c.person.name} to ${run[i]!.org}`);
  });
}

/** "Anthropic on Thursday confirmed the hiring of X": the org that announces a hiring noun is the one that hires. */
function announcedHiring(r: SentenceReader, t: TriggerMention): OrgMention | null {
  if (!t.trigger.noun || !HIRING_NOUN.test(t.word)) return null;
  const clause = r.clause(t.start);
  const org = r.orgs.filter((o) => o.end <= t.start && o.start >= clause.start && !r.isFormer(o) && !r.introducedBy('from', o)).pop();
  return org && REPORTING.test(r.text.slice(org.end, t.start)) ? org : null;
}
const HIRING_NOUN = /^(?:hiring|hire|addition|appointment|recruitment) of$/;

/** Whether an org stands in the aside right after another person's name ("A, now at xAI, …", "A, who left Google, …"). */
function inAsideOfPrior(r: SentenceReader, o: OrgMention): boolean {
  const prior = r.people.filter((q) => q.end <= o.start).at(-1);
  return prior !== undefined && /^\s*,/.test(r.text.slice(prior.end, o.start));
}

/** "Cohere said that X …": an org that speaks about the person is not their employer. */
function describes(r: SentenceReader, o: OrgMention | null, person: PersonMention): OrgMention | null {
  // (Nor a platform someone has followers on: "在B站拥有百万粉丝的AI科普博主X".)
  if (!o) return null;
  const between = r.text.slice(o.end, person.start);
  return !REPORTING.test(between) && !((between.includes('粉丝') || between.includes('订阅') || between.includes('follower')) && FOLLOWERS_ON.test(between)) ? o : null;
}
const FOLLOWERS_ON = /^[^,;]{0,6}(?:粉丝|订阅者)|^[^,;]{0,12}\bfollowers\b/;

/**
 * "left the audience stunned", "returns to the question of", "will join a fireside chat", "离开舒适区", "加入了…的讨论":
 * the object of a move verb that names no org, no workplace and nobody to join; the words that show it, or null.
 */
function notAWorkplace(r: SentenceReader, t: TriggerMention): string | null {
  const clause = r.clause(t.start);
  const orgIn = (end: number) => r.orgs.some((o) => o.start >= t.end && o.start < end);
  if (t.trigger.shape === 'hire' && !t.trigger.noun && SERVICE_HINT.test(r.text.slice(t.end, t.end + 48))) {
    const service = OUTSIDE_SERVICE.exec(r.text.slice(t.end, clause.end));
    if (service) return r.words({ start: t.start, end: t.end + service[0].length });
  }
  // "去了百度开会", "去了谷歌总部参观": a visit to the org right after the move word, not a move there.
  if (t.trigger.when?.includes('companyNext') && r.text.charCodeAt(t.start) >= 0x3400) {
    const org = r.orgs.find((o) => o.start >= t.end && o.start - t.end <= 1);
    const visit = org ? VISIT_AFTER_ORG.exec(r.text.slice(org.end, clause.end)) : null;
    if (org && visit) return r.words({ start: t.start, end: org.end + visit[0].length });
  }
  // "阿里副总裁X将出任合资公司董事长": a post at a joint venture, held beside the person's own.
  const venture = t.trigger.event === 'join' || t.trigger.event === 'promotion' ? JOINT_VENTURE.exec(r.text.slice(t.end, Math.min(clause.end, t.end + 32))) : null;
  if (venture) return r.words({ start: t.start, end: t.end + venture[0].length });
  const action = t.trigger.event === 'join' ? JOINED_IN_ACTION.exec(r.text.slice(t.end, clause.end)) : null;
  if (action) return r.words({ start: t.start, end: t.end + action[0].length });
  // "joins panel on AI safety at Davos" (a headline drops its article), "joined a roundtable": an event, no employer; so
  // are others joined "on a keynote panel" or "in a $40 million round".
  const joinObject = (t.trigger.event === 'join' || t.trigger.event === 'return') && t.word.charCodeAt(0) < 0x80 ? r.text.slice(t.end, clause.end) : null;
  const event = joinObject !== null ? (EVENT_OBJECT.exec(joinObject) ?? JOINED_AT_EVENT.exec(joinObject)) : null;
  if (event) return r.words({ start: t.start, end: t.end + event[0].length });
  // "stepped away from the mic during the panel": so is a place at one, left for a moment.
  const left = t.trigger.event === 'departure' && t.word.charCodeAt(0) < 0x80 ? EVENT_OBJECT.exec(r.text.slice(t.end, clause.end)) : null;
  if (left) return r.words({ start: t.start, end: t.end + left[0].length });
  // "returned to Google's Zurich office on Tuesday, where she had worked for a decade, to give a talk": a visit.
  const visit = joinObject !== null ? VISIT_PURPOSE.exec(r.text.slice(t.end, r.span.end)) : null;
  if (visit) return visit[0];
  // "joined more than 200 scientists who signed …": joining people in an act (not "joined two colleagues at Anthropic").
  const group = joinObject !== null && t.trigger.event === 'join' ? JOINED_GROUP.exec(joinObject) : null;
  if (group && !/^\s+(?:at|in)\s/.test(joinObject!.slice(group[0].length))) return r.words({ start: t.start, end: t.end + group[0].length });
  if (OBJECT_VERBS_EN.has(t.word)) {
    const after = r.text.slice(t.end, clause.end);
    const act = t.trigger.event === 'return' && t.word.endsWith(' to') ? RETURNS_TO_DO.exec(after) : null;
    if (act) return r.words({ start: t.start, end: t.end + act[0].length });
    // "joined President Donald Trump at the White House", "returned to YouTube with a four-hour video": an appearance.
    const politician = t.trigger.event === 'join' ? POLITICIAN_OBJECT.exec(after) : null;
    if (politician) return r.words({ start: t.start, end: t.end + politician[0].length });
    const org = r.orgs.find((o) => o.start >= t.end && o.start - t.end <= 4);
    // "joined Nvidia chief executive Jensen Huang on stage": the object is someone the org describes, met, not joined
    // (not "… at Anthropic", nor "…'s team").
    const met =
      org && t.trigger.event === 'join' ? r.people.find((p) => p.start > org.end && p.start - org.end <= WINDOWS.titleBeforeName && TITLE_BETWEEN.test(r.text.slice(org.end, p.start))) : undefined;
    if (met && !JOINED_AT.test(r.text.slice(met.end, clause.end))) return r.words({ start: t.start, end: met.end });
    const content = org ? WITH_CONTENT.exec(r.text.slice(org.end, clause.end)) : null;
    if (org && content) return r.words({ start: t.start, end: org.end + content[0].length });
    const pronoun = OBJECT_PRONOUN.exec(after);
    // ("is joining us as head of research for Microsoft AI": a post named at an org after the pronoun is a workplace.)
    const postAt = pronoun !== null && r.orgs.some((o) => o.start > t.end + pronoun[0].length && o.start < clause.end && POST_AT_ORG.test(r.text.slice(t.end + pronoun[0].length, o.start)));
    // ("I'm delighted to share that X is joining us as head of inference": a memo's "us" with a post is the company.)
    const ourPost = pronoun !== null && /^\s+us$/.test(pronoun[0]) && US_AS_POST.test(r.text.slice(t.end + pronoun[0].length, clause.end));
    if (pronoun && !postAt && !ourPost) return r.words({ start: t.start, end: t.end + pronoun[0].length });
    const object = OBJECT_EN.exec(after);
    if (!object) return null;
    const end = t.end + object[0].length;
    const of = OF_ORG.exec(after.slice(object[0].length));
    // "joined her former colleague Ana Ruiz at Anthropic": someone named after the verb is who the person joins.
    if (orgIn(of ? end + of[0].length + 1 : end) || r.people.some((p) => p.start >= t.end && p.start < clause.end)) return null;
    const words = object[0]
      .trim()
      .split(/\s+/)
      .map((w) =>
        w
          .replace(/[.]+$/, '')
          .replace(/['’]s?$/, '')
          .replace(/s$/, ''),
      );
    // "will return to his previous role as general counsel": going back to a post, with no org named, is a post where
    // the person is (a return to an org names it: "returned to her old job at Google").
    if (t.trigger.event === 'return' && words.some((w) => POST_NOUNS.has(w)) && !orgIn(clause.end)) return r.words({ start: t.start, end });
    return words.some((w) => WORKPLACE.has(w) || WORKPLACE.has(`${w}s`) || /maker$/.test(w)) ? null : r.words({ start: t.start, end });
  }
  // "加入商汤阵营", "加入DeepSeek开发者群聊", "重返百度世界大会舞台": a camp, a chat, an event, not an employer.
  if ((t.trigger.event === 'join' || t.trigger.event === 'return') && isHanCode(t.word.charCodeAt(0))) {
    const camp = r.orgs.find((o) => o.start >= t.end && o.start - t.end <= 2 && ZH_CAMP_AFTER.test(r.text.slice(o.end, o.end + 12)));
    if (camp) return r.words({ start: t.start, end: camp.end });
  }
  if (ZH_LEAVING_OR_BACK.has(t.word)) {
    const object = r.text.slice(t.end, clause.end).replace(/^了/, '');
    // ("一同离开的，还有…": a move word before 的 has no object; biography decides what it describes.)
    if (t.trigger.event === 'return' && !orgIn(clause.end) && ZH_BACK_TO_DUTIES.test(object)) return r.words({ start: t.start, end: clause.end });
    if (!object.trim() || object.startsWith('的') || orgIn(clause.end) || ZH_WORKPLACE.test(object) || !/^\p{Script=Han}/u.test(object)) return null;
    return r.words({ start: t.start, end: clause.end });
  }
  if (t.word === '加入') {
    const taking = ZH_TAKING_PART.exec(r.text.slice(t.end, clause.end));
    if (!taking || orgIn(t.end + taking[0].length)) return null;
    return r.words({ start: t.start, end: t.end + taking[0].length });
  }
  return null;
}

const JOINT_VENTURE = new RegExp(`^\\s*(?:(?:as\\s+)?[a-z ]{0,30}?\\s+of\\s+)?(?:${alternation(CONTEXT_WORDS.jointVentures.en)})\\b|^(?:${alternation(CONTEXT_WORDS.jointVentures.zh)})`);
const ZH_CAMP_AFTER = new RegExp(`^[^\\s,.;:!?]{0,6}?(?:${alternation(CONTEXT_WORDS.camps.zh)})`);

/** The code unit at a position, or 0 outside the text (a read out of bounds throws the caller's optimised code away). */
function codeAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : 0;
}

/**
 * "a professor at UC Berkeley who has advised Anthropic, has left the university to join the company": an object
 * that refers back by a noun is the org named before it of that kind (a university for "the university").
 */
function referredOrg(r: SentenceReader, at: number, before: number, not: OrgMention | null, keep: (o: OrgMention) => boolean = () => true): OrgMention | null {
  const ref = REFERRED_OBJECT.exec(r.text.slice(at, at + 24));
  if (!ref) return null;
  const academic = ACADEMIC_NOUN.test(ref[0]);
  const org = r.orgs.filter((o) => o.end <= before && ACADEMIC_ORG.test(o.org) === academic && !r.sameOrg(o, not) && keep(o)).pop();
  if (!org) return null;
  r.fire('end.company-ref', r.words(org), `"${ref[0].trim()}": ${org.org}, named before`);
  return org;
}
const REFERRED_OBJECT = new RegExp(
  `^\\s+the\\s+(?:${alternation([...CONTEXT_WORDS.companyNouns.en, ...CONTEXT_WORDS.academicNouns.en])})\\b|^了?(?:这家|该|这所)(?:${alternation([...CONTEXT_WORDS.companyNouns.zh, ...CONTEXT_WORDS.academicNouns.zh])})`,
);
const ACADEMIC_NOUN = new RegExp(alternation([...CONTEXT_WORDS.academicNouns.en, ...CONTEXT_WORDS.academicNouns.zh]));
// The catalog's universities and institutes, by their names.
const ACADEMIC_ORG = /\b(?:University|College|Institute|School)\b|^(?:MIT|UC Berkeley|Stanford|Caltech)$|大学|学院/;

/** Whether the sentence ends with a question mark (asked before the question's pattern: most sentences do not). */
function endsWithQuestionMark(r: SentenceReader): boolean {
  let i = r.span.end - 1;
  while (i > r.span.start && r.text.charCodeAt(i) <= 0x20) i--;
  const c = r.text.charCodeAt(i);
  return c === 0x3f || c === 0xff1f;
}

/** The words right before a move word that say it did not happen, if any. */
function negation(r: SentenceReader, t: TriggerMention): string | null {
  // ("will not be joining … after all": a denial the status tells, kept as a denied move.)
  if (r.markers.some((m) => m.entity.kind === 'denial')) return null;
  const clause = r.clause(t.start);
  const before = r.text.slice(Math.max(clause.start, t.start - WINDOWS.negationReach), t.start);
  if (isHanCode(t.word.charCodeAt(0))) return NEGATED_ZH.exec(before)?.[0] ?? null;
  const negated = NEGATED_EN.exec(before);
  return negated && !UNTIL.test(r.text.slice(t.end, clause.end)) ? negated[0].trim() : null;
}

/** Why a trigger says nothing about a move here, if it does not: biography, a negation, a pause, a threat. */
function blocked(r: SentenceReader, t: TriggerMention, year: number, reorg: boolean): Blocked | null {
  const bio = biographical(r, t, year);
  if (bio) return bio;
  const negated = negation(r, t);
  if (negated) return { rule: 'block.negated', detail: `"${negated}"` };
  if (endsWithQuestionMark(r) && YES_NO_QUESTION.test(r.text.slice(r.span.start, r.span.end))) return { rule: 'block.hypothetical', detail: 'a question whether it happens' };
  if (t.trigger.reorgOnly && !reorg) return { rule: 'event.reorg', detail: 'a role held: the article is not about a reorganisation' };
  // "转发了一篇前员工的离职感言": the move of someone unnamed, owned before 的.
  const owner = codeAt(r.text, t.start - 1) === 0x7684 /* 的 */ ? OTHERS_BEFORE_DE.exec(r.text.slice(Math.max(r.span.start, t.start - 5), t.start - 1)) : null;
  if (owner) return { rule: 'block.no-subject', detail: `"${owner[0]}的${t.word}": someone else's move` };
  // "Bellini will continue to lead the group", "继续担任": a role that goes on is no new post.
  if (t.trigger.event === 'promotion') {
    // ("现调任核心本地商业CTO": 现 before a verb of change is when the change took effect.)
    const going = CHANGE_VERBS.has(t.word) ? null : CONTINUING.exec(r.text.slice(Math.max(r.clause(t.start).start, t.start - 16), t.start));
    if (going) return { rule: 'event.reorg', detail: `"${going[0].trim()}": the role goes on` };
    const honour = HONOUR.exec(r.text.slice(t.end, r.clause(t.start).end));
    if (honour) return { rule: 'block.object', detail: `"${honour[1] ?? honour[2]}": an honour, not a post` };
  }
  // "a string of hires Mustafa Suleyman has made": the verb's form used as a noun, whose person is the hirer.
  if (t.trigger.shape === 'hire' && !t.trigger.noun && NOUN_FORM.test(r.text.slice(Math.max(r.span.start, t.start - 12), t.start)) && HIRES_MADE.test(r.text.slice(t.end, r.clause(t.start).end))) {
    return { rule: 'block.noun-form', detail: `"${r.text.slice(Math.max(r.span.start, t.start - 12), t.end).trim()}"` };
  }
  if (t.word === 'names' && PLURAL_SUBJECT_OF.test(r.text.slice(t.end, t.end + 10))) {
    return { rule: 'block.noun-form', detail: `"${r.text.slice(t.start, t.end + 10).trim()}": a plural noun` };
  }
  if (t.trigger.afterWelcome && !WELCOME.test(r.text.slice(r.span.start, t.start))) return { rule: 'block.object', detail: `"${t.word}" without a welcome: a guest` };
  // "宣布休假三个月，将于明年初回归工作岗位": coming back from a leave told before it (nobody else named between) is no
  // return to an employer ("夏云帆休产假期间，宋立已回归腾讯" is one).
  if (t.trigger.event === 'return') {
    const leave = r.markers.find((m) => m.entity.kind === 'temporary' && m.end <= t.start);
    if (leave && !r.people.some((p) => p.start >= leave.end && p.end <= t.start)) return { rule: 'block.temporary', detail: `"${r.words(leave)}" before it` };
    // "has returned to the company after a three-month sabbatical": back from a leave named after the verb.
    const clauseEnd = r.clause(t.start).end;
    const back = r.markers.find((m) => m.entity.kind === 'temporary' && m.start >= t.end && m.start < clauseEnd && BACK_FROM.test(r.text.slice(t.end, m.start)));
    if (back) return { rule: 'block.temporary', detail: `"${r.words(back)}" it ends` };
  }
  const object = notAWorkplace(r, t);
  if (object) return { rule: 'block.object', detail: `"${object}": no workplace` };
  // "…启动新一代模型项目，由X掌舵": steering a project the clause before names, by 由, is no post.
  if (t.trigger.event === 'promotion' && HAN_START.test(t.word)) {
    const project = LED_PROJECT.exec(r.text.slice(r.span.start, t.start));
    if (project) return { rule: 'block.object', detail: `"${project[1]}": a project led, not a post` };
  }
  // "has hired the British actor Imogen Hartley to record reference audio": a performer hired for a piece of work.
  if (t.trigger.shape === 'hire') {
    const gig = GIG_HIRE.exec(r.text.slice(t.end, r.clause(t.start).end));
    if (gig) return { rule: 'block.object', detail: `"${gig[0].trim()}": a piece of work, not a job` };
  }
  // "has joined xAI as a visiting researcher for the summer": a post held for a term.
  if (t.trigger.event === 'join') {
    const visiting = r.markers.find((m) => m.entity.kind === 'temporary' && m.start >= t.end && m.start < r.clause(t.start).end && VISITING.test(r.text.slice(m.start, m.end)));
    if (visiting) return { rule: 'block.temporary', detail: `"${r.words(visiting)}"` };
  }
  if (t.trigger.event === 'departure') {
    const pause = r.marker('temporary', r.clause(t.start));
    if (pause) return { rule: 'block.temporary', detail: `"${r.words(pause)}"` };
    // "辞去公司执行董事职务，但将继续担任首席科学家": a post given up by someone who stays in another is no departure.
    const stays = STAYS_ON.exec(r.text.slice(t.end, r.span.end));
    if (stays && !WAY_OUT.test(stays[1]!.replace(EXECUTIVE_SEAT, '')) && !OTHER_SUBJECT.test(r.text.slice(Math.max(t.end, t.end + stays.index - 12), t.end + stays.index)))
      return { rule: 'block.stays', detail: `"${stays[0].trim()}"` };
  }
  const clause = r.clause(t.start);
  // "腾讯副总裁X当选中国人工智能学会理事长": elected to an association's post, not to a job at the employer.
  if (t.word.startsWith('当选') && ASSOCIATION_POST.test(r.text.slice(t.end, clause.end))) return { rule: 'block.object', detail: 'a post of an association or an academy' };
  // (The scanner finds fiction's words, as it finds the hypothetical's: no second pass over the sentence per move word.)
  const fiction = r.markers.find((m) => m.entity.kind === 'fiction');
  if (fiction) return { rule: 'block.hypothetical', detail: `"${r.words(fiction)}": fiction` };
  const unreal = r.markers.find((m) => m.entity.kind === 'hypothetical' && m.start >= clause.start && m.start <= t.start && t.start - m.end <= WINDOWS.hypotheticalReach);
  if (unreal) return { rule: 'block.hypothetical', detail: `"${r.words(unreal)}"` };
  // "… unless all current board members resign, and the board appoints X": a condition runs on past its first clause.
  const condition = r.includes('unless') || r.includes('除非') ? UNLESS.exec(r.text.slice(r.span.start, t.start)) : null;
  if (condition && !condition[0].includes(';')) return { rule: 'block.hypothetical', detail: `"${condition[1]}"` };
  // "Should X join OpenAI, …, he would be the fifth co-founder to leave": a condition told by inversion, and what would
  // follow from it.
  const inverted = INVERTED_CONDITION.exec(r.n.cased.slice(r.span.start, Math.min(r.span.end, r.span.start + 12)));
  if (inverted && WOULD.test(r.text.slice(r.span.start, r.span.end))) return { rule: 'block.hypothetical', detail: `"${inverted[0].trim()} …, would"` };
  // "Meta offered X $100 million to leave Google", "would need to pay X … to join": what an offer is for, not a move.
  // (The offer made to the person, then what for: not "turned down Meta's offer and decided to join Google".)
  const offer = t.word.startsWith('to ') ? OFFERED_FOR.exec(r.text.slice(clause.start, t.start)) : null;
  const offeredTo = offer && r.people.some((p) => p.start > clause.start + offer.index && p.end <= t.start) && !/\band\b/.test(r.text.slice(clause.start + offer.index, t.start));
  if (offer && offeredTo) return { rule: 'block.hypothetical', detail: `"${offer[0]} … ${t.word}": what an offer is for` };
  // "回到母校清华大学，为学生们做了一场演讲": going back to one's old school is a visit, unless to work there ("回到母校任教").
  if (t.trigger.event === 'return' && r.text.startsWith('母校', t.end) && !ALMA_MATER_POST.test(r.text.slice(t.end, r.span.end)))
    return { rule: 'block.object', detail: `"${r.words({ start: t.start, end: t.end + 2 })}": a visit to one's old school` };
  return null;
}
// A performer as the one hired, or a piece of work as what for, in the words after the hire.
const GIG_HIRE = new RegExp(`^\\s+(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${alternation(CONTEXT_WORDS.performers.en)})\\b|^[^,;]{0,60}?\\b(?:${alternation(CONTEXT_WORDS.gigTasks.en)})\\b`);
const POSSESSIVE_NEXT = /^['’]s\b/;
// An org's staff member as a noun: "Amazon engineer", "Google's AI researcher", "谷歌研究员".
const STAFF_AFTER_ORG = peopleAfterOrg(CONTEXT_WORDS.staffNouns.en, 2);
const OFFERED_FOR = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.offerVerbs.en)})\\b`);

/**
 * How a relative clause right after the person tells their departure as past ("X, who left in October"): the rule
 * that blocks it there ('block.relative-clause'; 'block.year' when an earlier year dates it), or null.
 */
function leftInAnAside(r: SentenceReader, p: PersonMention, year: number): RuleId | null {
  for (const o of r.triggers) {
    // (Or moved on: "succeeding X, who moved to Microsoft AI two years ago"; not a join, which may be to the post's own org.)
    // (Or to a new post where they were: "replaces X, who moved to a role in Microsoft's Azure business in the spring".)
    if ((o.trigger.shape !== 'leave' && o.trigger.shape !== 'switch' && !o.trigger.newPost) || o.start <= p.end || r.clause(o.start).start > p.end + 2) continue;
    const rule = biographical(r, o, year)?.rule;
    if (rule === 'block.relative-clause' || (rule && inRelativeClause(r, o))) return rule;
  }
  return null;
}

/**
 * The one a successor replaces, whose departure an aside tells ("She replaces X, who left in September to join
 * Amazon"): a departure to where the aside says, from the org of the post (known once the appointment is read).
 * Dated by an earlier year (`rule` is then 'block.year'), it is biography all the same.
 */
function readVacated(r: SentenceReader, t: TriggerMention, p: PersonMention, rule: RuleId, byPerson: Map<string, Candidate>, status: MoveStatus): void {
  if (rule !== 'block.relative-clause') r.block(rule, t.word, `${p.name} left before: the aside after the name says so`);
  if (byPerson.has(p.key) || rule !== 'block.relative-clause') return;
  const aside = r.triggers.filter((o) => o.start > p.end && r.clause(o.start).start <= p.end + 2);
  const ends = aside.map((o) => endsOf(r, o));
  const to = ends.find((e) => e.to)?.to ?? null;
  const movedOn = aside.some((o) => o.trigger.newPost);
  r.fire('event.vacancy', p.name, `replaced: the post ${p.name} left${to ? ` for ${movedOn ? 'a new post at ' : ''}${to.org}` : ''}`);
  byPerson.set(p.key, {
    person: p,
    event: movedOn ? 'promotion' : 'departure',
    from: movedOn ? null : (ends.find((e) => e.from)?.from ?? null),
    to,
    role: null,
    tenure: null,
    status,
    strength: t.trigger.strength,
    sentence: r.span,
    reasons: [`replaced ("${t.word}"), after leaving`],
    inferred: false,
    vacates: true,
  });
}

/** A move a sentence tells without naming anyone ("Three Microsoft researchers are leaving."): the next sentence may list them. */
interface UnnamedMove {
  trigger: TriggerMention;
  from: OrgMention | null;
  to: OrgMention | null;
  /** The sentence ends in a colon: a list follows, one person per line ("new hires:" then "- Ana Ruiz, …"). */
  colon: boolean;
  /** How many moved, where the sentence counts them ("has hired three researchers", "有三位核心成员离职"). */
  count: number | null;
  /** The post the unnamed subject of a departure is ("Stability AI's chief executive is to step down"). */
  post: string | null;
}

/** What a sentence is read with from the article around it. */
interface ArticleContext {
  year: number;
  /** The org of an article about people leaving it, if it is one. */
  theme: string | null;
  /** The headline or lead tells of a reorganisation: "X担任Y" there is an appointment. */
  reorg: boolean;
  /** Whether the lead tells of an acquisition ("has acquired Relay Labs", "完成对…的收购", "整体并入"). */
  acquisition: boolean;
  /** The company the lead tells was bought or licensed with its founders, if it names one (see `boughtCompany`). */
  readonly bought: OrgMention | null;
  /** Who signs the item at its end ("— Nadia Brooks", "——宋立"): a post in the first person is theirs. */
  signer: PersonMention | null;
  /** Who the title says posted the item ("柯一帆的微博", "即刻 | 温予安", "X on LinkedIn"), or null. */
  poster: PersonMention | null;
  /** Who a reference page is about ("岑嘉言 - 百度百科", "X - Wikipedia"): its dated entries leave them out. */
  pageSubject: PersonMention | null;
  /** In an interview, who answers where sentence `at` stands ("Corentin Dufresne: Honestly, I …"), or null. */
  answerer(at: Span): PersonMention | null;
  /** In an interview, who a question where sentence `at` stands is put to ("问：你上个月…" then "沈星野：…"), or null. */
  asked(at: Span): PersonMention | null;
  /** Who signs the embedded post a sentence quotes ("> …" lines, then "> — Maren Holt (@marenholt) November 12, 2025"). */
  embedSigner(at: Span): PersonMention | null;
  /** The real name a post's last sentence gives its writer ("本名欧阳澈"), if it does. */
  readonly realNamed: PersonMention | null;
  /** Who opens, with a verb of saying, the quote whose opening mark stands at `open` ("X posted on LinkedIn: “…"), or null. */
  quoteSpeaker(open: number): PersonMention | null;
  /** Whether an earlier sentence told a move of this person. */
  toldOf(key: string): boolean;
  /** The one person whose move the article told before, named in Chinese with this surname ("方启明" for 方), or null. */
  toldBySurname(surname: string): PersonMention | null;
  /** Whether an earlier sentence told a move of someone named. */
  toldNamed: boolean;
}

/** Whether the sentence denies its moves or tells them as a rumour, with the rule that says so. */
function statusOf(r: SentenceReader): MoveStatus {
  const denial = denialIn(r);
  // "据晚点LatePost报道", "據報導", "据界面新闻消息": another outlet's claim, like "reportedly".
  const rumourWord = rumourIn(r);
  // "香港01报道，…": an outlet's report opening the sentence is one too.
  const sentence = rumourWord ? '' : r.text.slice(r.span.start, r.span.end);
  // ("传月之暗面联合创始人X将离职": 传 opening a headline is "reportedly".)
  const rumour = rumourWord
    ? r.words(rumourWord)
    : // (Not a body's own site or notice: "据国家数据局官网消息" is official.)
      /据[^,.。]{0,24}(?:报[道导]|(?<!官网|官方|公告)消息)/.test(sentence)
      ? '据…报道'
      : // (Not an outlet's own dateline: "智东西11月25日报道，智谱AI今日发布内部邮件" reports what it saw itself.)
        /^[^,.。:]{1,16}报[道导][,:]/.test(sentence) && !/^[^,.。:]{0,12}\d月\d{1,2}日[^,.。:]{0,4}报[道导][,:]/.test(sentence)
        ? '…报道'
        : HEADLINE_CHUAN.test(sentence)
          ? '传…'
          : null;
  if (denial) r.fire('status.denial', r.words(denial));
  else if (rumour) r.fire('status.rumour', rumour);
  return denial ? 'denied' : rumour ? 'rumoured' : 'reported';
}

/**
 * "Google veteran explains move to Anthropic" then "…, said X, who left Google last month": the clause leaves the org
 * the unnamed move before came from, so it names who made that move.
 */
function leavesToldOrigin(r: SentenceReader, t: TriggerMention, told: UnnamedMove): boolean {
  if (t.trigger.shape !== 'leave' || !told.from || !told.to || told.trigger.trigger.event !== 'join') return false;
  const left = r.orgAfter(t.end, r.clause(t.start).end);
  return left !== null && r.sameOrg(left, told.from);
}

/**
 * Of the orgs an aside after a name tells, the one it marks as the latest ("a founding member of Google Brain who spent
 * the last three years at Inflection AI" → Inflection AI); else the first.
 */
function mostRecent(r: SentenceReader, from: number, orgs: OrgMention[]): OrgMention | undefined {
  if (orgs.length < 2) return orgs[0];
  return orgs.find((o) => LATEST_STINT.test(r.text.slice(Math.max(from, o.start - 40), o.start))) ?? orgs[0];
}
const LATEST_STINT = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.latestStint.en)})\\b[^,;()]{0,30}$`);

/** The post after a leave word following the person, up to 一职/职务/职位 ("卸去阿里云CTO一职" → CTO), or null. */
function postGivenUp(r: SentenceReader, person: PersonMention): string | null {
  // "将公司研究院院长一职交给Y": the post named right before the words that hand it over.
  const handing = r.triggers.find((x) => x.trigger.successor === 'after' && x.start >= person.end && POST_HANDED_WORD.test(x.word));
  const handed = handing ? POST_HANDED.exec(r.text.slice(Math.max(r.clause(handing.start).start, handing.start - 20), handing.start)) : null;
  if (handed) return postNamed(r.text, r.n.cased, handing!.start - handed[1]!.length, handing!.start);
  const t = r.triggers.find((x) => x.trigger.shape === 'leave' && x.start >= person.end && HAN_START.test(x.word));
  const post = t ? POST_GIVEN_UP.exec(r.text.slice(t.end, Math.min(r.span.end, t.end + 24))) : null;
  if (!post) return null;
  // (After the org's name, if one opens it: "阿里云CTO", "腾讯副总裁".)
  const at = t!.end + post.index + post[0].indexOf(post[1]!);
  const org = r.orgs.find((o) => o.start === at);
  const from = org ? org.end : at;
  const end = at + post[1]!.length;
  return from < end ? postNamed(r.text, r.n.cased, from, end) : null;
}
const POST_GIVEN_UP = /^([^,;。]{1,16}?)(?:一职|职务|职位)/;
// A join's object that names no org: "加入一家创业公司", "join a hedge fund".
const UNNAMED_NEXT = /^\s*(?:一家|一个|某|a\s|an\s)/;

/**
 * The org describing a group that is the subject of a move word, named by none ("Several Meta researchers have left",
 * "三名通义的技术骨干流向腾讯"): the one right before the group's noun, with no person in the subject.
 */
function groupOrigin(r: SentenceReader, t: TriggerMention): OrgMention | null {
  const clause = r.clause(t.start);
  if (r.people.some((p) => p.start >= clause.start && p.end <= t.start)) return null;
  return r.orgs.find((o) => o.start >= clause.start && o.end <= t.start && GROUP_AFTER_ORG.test(r.text.slice(o.end, t.start)) && !r.isFormer(o)) ?? null;
}
const GROUP_AFTER_ORG = peopleAfterOrg(CONTEXT_WORDS.groupNouns.en, 4);
/**
 * Right after an org, a noun for its people: "Amazon engineer", "Meta's AI researchers", "谷歌研究员", "通义的技术骨干"
 * (English nouns as given, two words between at most; the Chinese ones after 的 and `zhGap` characters at most).
 */
function peopleAfterOrg(en: readonly string[], zhGap: number): RegExp {
  return new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation(en)})\\b|^的?[^,;。]{0,${zhGap}}?(?:${alternation(CONTEXT_WORDS.unnamedPeople.zh)})`);
}

/** "首席财务官一职由前高瓴资本董事总经理Y接任": the post named before 由, which the one named after it takes. */
function postPassedOn(r: SentenceReader, person: PersonMention): string | null {
  const clause = r.clause(person.start);
  const post = POST_PASSED_ON.exec(r.text.slice(clause.start, person.start));
  if (!post) return null;
  // (After the org's name or "公司", if one opens it: "公司首席财务官".)
  const at = clause.start + post.index;
  const org = r.orgs.find((o) => o.start >= at && o.end <= at + post[1]!.length);
  const start = org ? org.end : at;
  const from = start + (/^(?:公司|集团)/.exec(r.text.slice(start, start + 2))?.[0].length ?? 0);
  return postNamed(r.text, r.n.cased, from, at + post[1]!.length);
}
const POST_PASSED_ON = /([^,;。]{1,16}?)(?:一职|职务|职位)(?:将|则|已|现)?由[^,;。]{0,24}$/;
const POST_HANDED_WORD = /^(?:一职|职务|的位置)/;
const POST_HANDED = /(?:将|把)(?:公司)?([^,;。]{1,16})$/;
// (A marker may be 任 alone, inside 担任.)
const LATER_POST_LEAD = new RegExp(`(?:${alternation(CONTEXT_WORDS.laterPostLeads.zh)})[担出就转]?$`);

/** Reads one sentence's triggers into candidate moves, one per person. */
function readSentence(
  r: SentenceReader,
  article: ArticleContext,
  told: UnnamedMove | null,
  antecedent: () => PersonMention | null,
  group: () => PersonMention[],
): { found: Candidate[]; unnamed: UnnamedMove | null } {
  const { year, theme } = article;
  const byPerson = new Map<string, Candidate>();
  let unnamed: UnnamedMove | null = null;
  const status = statusOf(r);
  // Orgs a person left in a biographical aside ("who left OpenAI in June"): where they came from.
  const formerOrgs: OrgMention[] = [];
  const wentTo: OrgMention[] = [];
  const bioClauses: Span[] = [];
  let vacated: Set<string> | null = null;
  // (The sentence's end, not Infinity: a small integer keeps this function's optimised code from deoptimising.)
  let firstUsed = r.span.end;
  let lastSubjects: PersonMention[] = [];
  // The subject of the last move word read with one, and where that word ends (a Chinese clause after it may leave it out).
  let carried: PersonMention[] = [];
  let carriedEnd = r.span.start;
  // Where the unnamed move told before went, when this sentence's clause names who left for it.
  let wentToTold: OrgMention | null = null;
  for (const t of r.triggers) {
    let stop = blocked(r, t, year, article.reorg);
    // "两位科学家联手创业" then "由A和B共同创办的星桥智能": the clause names who made the move told before it.
    // (Not an active hire: "是小米创始人X亲自挖来的" names who hires, not who was hired.)
    const hirer = t.trigger.shape === 'hire' && !r.passive(t);
    if (stop?.rule === 'block.relative-clause' && told && !hirer && (told.trigger.trigger.event === t.trigger.event || leavesToldOrigin(r, t, told))) {
      r.fire('article.named-later', t.word, `"${told.trigger.word}" (${told.trigger.trigger.event}) in the sentence before`);
      stop = null;
      if (t.trigger.event !== told.trigger.trigger.event) wentToTold = told.to;
    }
    if (stop) {
      r.block(stop.rule, t.word, stop.detail);
      // A role held ("加盟…担任首席AI官") is no biography: its clause still gives the move its role.
      if (stop.rule === 'event.reorg') continue;
      bioClauses.push(r.clause(t.start));
      const left = t.trigger.shape === 'leave' && stop.rule !== 'block.temporary' ? r.orgAfter(t.end, r.clause(t.start).end) : null;
      if (left) formerOrgs.push(left);
      // ("joined Google two years ago and left this week": a join dated back is the tenure a later leave ends.)
      // (The org joined, right after the verb: not "who joined from Uber in 2023".)
      const joinedBack = stop.rule === 'block.year' && t.trigger.event === 'join' && t.trigger.shape === 'enter' ? (r.orgs.find((o) => o.start >= t.end && o.start - t.end <= 2) ?? null) : null;
      if (joinedBack) formerOrgs.push(joinedBack);
      // "who left Microsoft for Google Cloud in 2021, is returning to Microsoft": where they went is where they come back from.
      const went = left ? r.orgAfterConnector('to', left.end, r.clause(t.start).end) : null;
      if (went) wentTo.push(went);
      continue;
    }
    // "Toby Lin is leaving xAI. Departures this year have included Igor Petrov and …": a list of earlier moves, told as background.
    // ("Earlier departures included Kira Lindström, who left for OpenAI last spring": the noun's own phrase lists them.)
    if (
      t.trigger.noun &&
      article.toldNamed &&
      (RECAP_LIST.test(r.text.slice(t.end, t.end + WINDOWS.listLead + 16)) || (/\bincluded$/.test(t.word) && RECAP_NOUN_LEAD.test(r.text.slice(Math.max(r.span.start, t.start - 12), t.start))))
    ) {
      r.block('block.recap', t.word, 'earlier moves listed after the news');
      continue;
    }
    r.fire('trigger', t.word, t.trigger.event);
    const vacancy = t.trigger.shape === 'leave' && fillsVacancy(r, t, r.clause(t.start).start);
    if (vacancy) r.fire('event.vacancy', t.word, 'the post an appointment before it fills');
    if (t.trigger.reorgOnly) r.fire('event.reorg', t.word, 'an appointment, in an article about a reorganisation');
    // "周子墨已离任，其职务由钱一鸣接替": the person after 由 takes the post of the one leaving it in this sentence (who
    // leaves, or moves to another post: "周子墨将调任集团战略部门，其原有工作由副总裁钱一鸣接手").
    if (t.trigger.successor) {
      const by = r.people.filter((p) => p.end <= t.start).pop();
      const departing =
        by && BY_AGENT.test(r.text.slice(Math.max(r.span.start, by.start - 16), by.start))
          ? [...byPerson.values()].find((c) => (c.event === 'departure' || c.event === 'promotion') && c.person.key !== by.key)
          : undefined;
      if (departing) {
        readSuccessor(r, t, [departing.person], byPerson, status);
        continue;
      }
    }
    let subjects = r.subjects(t);
    // "由副总裁翟一帆出任CEO，技术总监闵浩任CTO，研究员柯晓然任首席科学家": the clauses after a post taken name more who take one.
    const alsoTaking = subjects.length && TAKES_POST_ZH.has(t.word) ? r.alsoTakingPosts(t, subjects) : [];
    if (alsoTaking.length) {
      subjects = [...subjects, ...alsoTaking];
      r.fire('subject.also', alsoTaking.map((p) => p.name).join(', '), 'each takes a post (任) in a clause after');
    }
    // "Sabine Kühn … will take over research, and Arturo Bello will replace her as head of the app": "her" moved to
    // another post told before in the sentence; the successor takes the post she left, where she is.
    const successor = subjects.length === 1 && subjects[0]!.end <= t.start && t.trigger.successor === 'before' && REPLACES_PRONOUN.test(r.text.slice(t.end, t.end + 6)) ? subjects[0]! : null;
    const movedOn = successor ? [...byPerson.values()].find((c) => c.person.end <= successor.start && c.event === 'promotion') : undefined;
    if (successor && movedOn && !byPerson.has(successor.key)) {
      byPerson.set(successor.key, {
        person: successor,
        event: 'promotion',
        from: null,
        to: movedOn.to,
        role: null,
        tenure: null,
        status,
        strength: t.trigger.strength,
        sentence: r.span,
        reasons: [`takes the post ${movedOn.person.name} moves from ("${t.word}")`],
        inferred: false,
      });
      r.fire('subject.successor', successor.name, `takes the post ${movedOn.person.name} moves from`);
      continue;
    }
    if (t.trigger.successor === 'before' && noneReplaced(r, t, subjects)) continue;
    // "X is handing the chief executive role to Y, and will become executive chairman": a verb after ", and" with no
    // subject of its own has the subject of the verb before it, not the object named in between.
    const previous = lastSubjects;
    const elided = ELIDED_SUBJECT.test(r.text.slice(Math.max(r.span.start, t.start - 24), t.start));
    if (elided && previous.length && subjects.length && subjects.every((p) => !previous.includes(p))) {
      const between = r.text.slice(subjects[subjects.length - 1]!.end, t.start);
      if (ELIDED_SUBJECT.test(between) && OBJECT_BEFORE.test(r.text.slice(Math.max(r.span.start, subjects[0]!.start - 48), subjects[0]!.start))) {
        subjects = previous;
        r.fire('subject.elided', t.word, `${previous.map((p) => p.name).join(', ')}, the subject of the verb before`);
      }
    }
    lastSubjects = subjects;
    // "She replaces Ian Frost, who left in September to join Amazon": the aside tells the departure that left the post
    // open, news with the appointment that fills it (as "named X after Y left"). It left the org the successor joins.
    if (t.trigger.successor) {
      // (Each subject's aside is read once.)
      const asides = subjects.map((p) => [p, leftInAnAside(r, p, year)] as const).filter((a): a is readonly [PersonMention, RuleId] => a[1] !== null);
      for (const [p, rule] of asides) readVacated(r, t, p, rule, byPerson, status);
      const past = asides.map(([p]) => p);
      if (past.length) {
        subjects = subjects.filter((p) => !past.includes(p));
        if (!subjects.length) continue;
      }
    }
    // "Ana Ruiz spent six years at Google. This week she started at Anthropic.": she is the one person named before.
    // Not in a narrative ("When he left Google, he co-founded a chip startup"): a sentence with biography in it is one.
    // (Nor is a relative clause in the subject's own aside one: "The former Google engineer, who joined xAI in the
    // spring, is moving to Anthropic".)
    // (After a colon, the clause it opens: "X's short stint at xAI is over: the former Google engineer, who …, is moving".)
    const opening = r.text.slice(r.span.start, t.start);
    const aside = !subjects.length ? OPENING_SUBJECT_ASIDE.exec(opening.slice(opening.lastIndexOf(':') + 1)) : null;
    const narrative = r.events.some((e) => e.outcome === 'blocked' && BIOGRAPHY_RULES.has(e.rule) && !(aside && e.rule === 'block.relative-clause'));
    // "Farah Qureshi's short stint at xAI is over: she is moving to Anthropic": the one person named before it, as an
    // owner, in the same sentence.
    const peopleBefore = r.people.filter((p) => p.end <= t.start);
    const owner = peopleBefore.length && peopleBefore.every((p) => r.possessive(p) && p.key === peopleBefore[0]!.key) ? peopleBefore[0]! : null;
    // ("其离职后的去向也已确定": a leave word inside the owner phrase makes no narrative of it.)
    // (There, only a pronoun right before the verb is its subject: not "he has offered some researchers … to join".)
    const subjectClause = r.text.slice(r.clause(t.start).start, t.start);
    // (Not one who speaks of a clause with a subject of its own: "He added that the lab had hired more than 40 people".)
    const pronounSaid = PRONOUN_SUBJECT.exec(subjectClause);
    const said = pronounSaid && THAT_OTHER_SUBJECT.test(subjectClause.slice(pronounSaid.index + pronounSaid[0].length)) ? null : pronounSaid;
    const pronoun =
      !subjects.length && (!peopleBefore.length || owner)
        ? ((said && (!owner || /^\s*(?:[a-z]+\s+){0,2}$/.test(subjectClause.slice(said.index + said[0].length))) ? said : null) ??
          aside ??
          // ("接替他的是鲍一凡": the one replaced is a pronoun inside the move word.)
          (t.trigger.successor === 'after' ? PRONOUN_INSIDE.exec(t.word) : null) ??
          // ("他同时透露，自己已经从阿里离职": 自己 is the one who speaks, the pronoun opening the sentence.)
          (REFLEXIVE_OPENING.test(subjectClause) ? OPENING_PRONOUN.exec(r.text.slice(r.span.start, r.clause(t.start).start)) : null) ??
          // ("According to LatePost, his next stop is ByteDance's Seed team": a move told as a noun, owned by a pronoun.)
          (t.trigger.noun ? OWNER_PRONOUN_BEFORE.exec(subjectClause) : null) ??
          // ("本周，她在个人主页上更新了信息：已离开Anthropic": what a profile now says is of the one who updated it.)
          (PROFILE_SAYS.test(r.text.slice(r.span.start, r.clause(t.start).start)) ? OPENING_PRONOUN_ZH.exec(r.text.slice(r.span.start, r.clause(t.start).start)) : null))
        : null;
    // ("He did not take questions about the recent departures from the team": a plural move noun is no one person's move.)
    // ("此人離開後可能轉戰百度": a time clause of leaving, then where they may go next, is no narrative of the past.)
    const nextStep = narrative && FUTURE_AFTER_LEAVING.test(subjectClause) && r.events.every((e) => e.outcome !== 'blocked' || !BIOGRAPHY_RULES.has(e.rule) || e.rule === 'block.time-clause');
    if (pronoun && !t.trigger.plural && (!narrative || nextStep || pronoun[0].startsWith('其')) && !introducedUnnamed(r, pronoun, t)) {
      // (On a reference page, "he" is who the page is about, whoever else the entry before names: "… under Jeff Dean. In
      // November 2025 he left Google".)
      const named = owner ? null : antecedent();
      const before = owner ?? named ?? article.pageSubject;
      if (before) {
        subjects = [before];
        r.fire(
          'subject.pronoun',
          t.word,
          owner ? `${before.name}, the one person the sentence names before it` : named ? `${before.name}, the one person the sentence before names` : `${before.name}, who the page is about`,
        );
      }
    }
    // "前谷歌研究科学家邬星河近日回国。邬博士已正式加盟月之暗面": a surname and an honorific opening the clause, the person the
    // sentence before names in full.
    const titled = !subjects.length && !peopleBefore.length && !narrative ? SURNAME_HONORIFIC.exec(subjectClause) : null;
    if (titled) {
      const before = antecedent();
      if (before && (before.name.startsWith(titled[1]!) || before.name.startsWith(titled[1]!.slice(-1)))) {
        subjects = [before];
        r.fire('subject.pronoun', titled[0].trim(), `${before.name}, named in full in the sentence before`);
      }
    }
    // "Among those leaving are A, who …, and B, who …. Both are joining Nvidia.": the movers the sentence before names.
    // ("The duo, who led the development of Claude Code, have rejoined Anthropic": an aside may stand between.)
    if (
      !subjects.length &&
      !narrative &&
      !r.people.some((p) => p.end <= t.start) &&
      (GROUP_SUBJECT.test(r.text.slice(r.clause(t.start).start, t.start)) || GROUP_SUBJECT.test(r.text.slice(r.span.start, t.start).replace(RELATIVE_ASIDE, '')))
    ) {
      const movers = group();
      if (movers.length > 1) {
        subjects = movers;
        r.fire('subject.pronoun', t.word, `${movers.map((p) => p.name).join(', ')}, the movers the sentence before names`);
      }
    }
    // "A and B worked on Gemini's long-context work. The latter has now left": one of the two the sentence before names.
    const which = !subjects.length && !narrative && !r.people.some((p) => p.end <= t.start) ? LATTER_OR_FORMER.exec(r.text.slice(r.span.start, t.start)) : null;
    const pair = which ? group() : [];
    if (which && pair.length === 2) {
      subjects = [which[1] === 'latter' ? pair[1]! : pair[0]!];
      r.fire('subject.pronoun', t.word, `${subjects[0]!.name}, "the ${which[1]}" of the two the sentence before names`);
    }
    // "Personal news: … I've joined Thinking Machines Lab. — Nadia Brooks": a post in the first person is its signer's.
    // (The signer last: finding them reads the item's last sentence for names.)
    // ("today is my last day at Google", "Next week I start at Anthropic": the first person may open the move word itself.)
    // ("官宣一下：正式加入@阿里通义千问", "#离职# 今天从字节跳动毕业了": a Chinese post leaves out its writer, the subject.)
    const clauseBefore = r.text.slice(r.clause(t.start).start, t.start);
    const firstPerson = FIRST_PERSON_SUBJECT.test(clauseBefore) || FIRST_PERSON_WORD.test(t.word);
    // ('"I left Tesla because …" — Miguel Santos, who …': a pull quote's attribution, the name right after the quote closes.)
    const attributed = firstPerson && !subjects.length ? r.people.find((p) => p.start > t.end && /["”]\s*$/.test(r.text.slice(Math.max(t.end, p.start - 3), p.start))) : undefined;
    if (attributed) {
      subjects = [attributed];
      r.fire('subject.quoted', attributed.name, `"${t.word}" in their own words, the quote attributed to them after it`);
    }
    // (Only the poster the title names: looking for a signature at the end would read that sentence before its turn.)
    // (And names an org: "告别北京，下周搬去杭州" leaves a city.)
    // (An English word inside Chinese as much: "下周join Anthropic".)
    const inChinese = HAN_START.test(t.word) || t.trigger.when?.includes('hanBefore') === true;
    const dropped = !firstPerson && !subjects.length && !r.people.length && inChinese && r.orgs.length > 0 && ZH_DROPPED_SUBJECT.test(clauseBefore);
    const signer =
      !subjects.length && !narrative && !r.people.some((p) => p.end <= t.start)
        ? firstPerson
          ? // ("Lucía Ferrer - homepage" over "[Nov 2025] I joined Mistral AI": a homepage's "I" is who it is about.)
            ((QUOTE_OPENS.test(clauseBefore) ? null : article.answerer(r.span)) ?? article.embedSigner(r.span) ?? article.signer ?? article.pageSubject)
          : dropped
            ? (article.poster ?? article.realNamed ?? article.pageSubject)
            : !HAN_START.test(t.word) && OPENS_WITH_MOVE.test(r.text.slice(r.span.start, t.start))
              ? // ("Anthony Armstrong is our CFO. Joined xAI in October 2025 from Morgan Stanley.": a bio's line names its
                // subject in the sentence before, on the same line.)
                (article.embedSigner(r.span) ?? article.signer ?? (BIO_VERB.test(t.word) && sameLineBefore(r) ? antecedent() : null))
              : null
        : null;
    if (signer) {
      subjects = [signer];
      r.fire('subject.signed', t.word, `${signer.name}, who signs the post`);
    }
    // ("…方启明已离职。知情人士称，方将加入月之暗面": a Chinese surname alone, opening the clause, is the one of that surname
    // whose move the article told.)
    const surname = !subjects.length && !r.people.length ? SURNAME_ALONE.exec(subjectClause) : null;
    const bySurname = surname ? article.toldBySurname(surname[1]!) : null;
    if (bySurname) {
      subjects = [bySurname];
      r.fire('subject.pronoun', t.word, `${bySurname.name}, by the surname ${surname![1]}`);
    }
    // ("问：你上个月从字节跳动离职，加入了阿里通义实验室。" then "沈星野：…": "you" in a question is the one who answers it.)
    // (Not a question of it: "网上有传言说你要离开腾讯，加入字节？" asks, and the answer decides.)
    const asked = !subjects.length && !r.people.length && SECOND_PERSON_SUBJECT.test(clauseBefore) && !endsInQuestion(r.text, r.span) ? article.asked(r.span) : null;
    if (asked) {
      subjects = [asked];
      r.fire('subject.asked', t.word, `${asked.name}, who answers the question`);
    }
    if (!subjects.length && firstPerson && !r.people.length) subjects = quotedByPronoun(r, t, antecedent);
    if (!subjects.length && !r.people.length && (firstPerson || r.opensWithElidedFirstPerson())) subjects = quotedFromBefore(r, t, article, firstPerson);
    // "据悉，这位研究员已于上周离职，下一站是字节跳动": a Chinese clause that leaves out its subject has the subject of the
    // move word before it in the sentence (with no one named between).
    // (Only a clause that opens with the move word or an adverb, in the same part of the sentence: "；原混元产品负责人则已离职"
    // has a subject of its own.)
    if (
      !subjects.length &&
      carried.length &&
      HAN_START.test(t.word) &&
      ZH_ELIDED_LEAD.test(clauseBefore) &&
      !r.text.slice(carriedEnd, t.start).includes(';') &&
      !r.people.some((p) => p.start >= carriedEnd && p.end <= t.start)
    ) {
      subjects = carried;
      r.fire('subject.elided', t.word, `${carried.map((p) => p.name).join(', ')}, the subject of the move word before`);
    }
    if (subjects.length) {
      carried = subjects;
      carriedEnd = t.end;
    }
    // The sentence's role is the appointed person's, not that of whoever left the post.
    if (vacancy) for (const p of subjects) (vacated ??= new Set()).add(p.key);
    if (!subjects.length) {
      r.block('block.no-subject', t.word);
      if (!unnamed) {
        const ends = endsOf(r, t);
        // "腾讯混元团队的两名研究员近日加盟月之暗面": the org describing the unnamed people is where they come from.
        const described = t.trigger.shape === 'enter' && !ends.from ? current(r, r.orgBefore(t.start, r.span.start)) : null;
        const from = described && described.start !== ends.to?.start ? described : ends.from;
        const post = t.trigger.event === 'departure' ? subjectPost(r.text, r.n.cased, r.clause(t.start).start, t.start) : null;
        unnamed = { trigger: t, from, to: ends.to, colon: /:\s*$/.test(r.text.slice(r.span.start, r.span.end)), count: countedIn(r, t), post };
      }
      continue;
    }
    firstUsed = Math.min(firstUsed, t.start);
    const { from, to } = endsOf(r, t);
    const reasons: string[] = [`trigger "${t.word}" (${t.trigger.event})`];
    const listEnd = subjects.length > 1 ? subjects[subjects.length - 1]!.end : 0;
    const listShares = listEnd > 0 && sharesWordsAfter(r, subjects);
    for (const person of subjects) {
      const personReasons = [...reasons];
      // The org named just before a person is where they work now ("MSL研究员X", "Meta researcher X"),
      // and so is one in an apposition between the person and the verb ("X, who led work at DeepMind, joined …").
      // With an active hire ("Meta hired X, Apple's lead researcher, …") the apposition follows the person.
      // "清华大学教授X", "Google's X": the org right before the person.
      // A name set off by commas ("One of DeepSeek's early researchers, Wei Zhang, has joined …") is described by the clause before.
      // (Or one that ends the sentence: "It also hired two other OpenAI researchers, Ben Cole and Tomas Berg.")
      const apposition = codeAt(r.text, r.clause(person.start).start - 1) === 0x2c && (codeAt(r.text, person.end) === 0x2c || /^[\s.!]*$/.test(r.text.slice(person.end, r.span.end)));
      const reach = apposition ? Math.max(r.span.start, person.start - WINDOWS.orgBeforeApposition) : Math.max(r.clause(person.start).start, person.start - WINDOWS.orgBeforePerson);
      // "前OpenAI研究员、清华大学校友X", "Stanford graduate X": a school someone studied at is no workplace.
      let described = r.orgBefore(person.start, reach);
      // "ex-OpenAI safety lead Peter Strand, and Luis Ortega, who …", "前百度副总裁宋立将与夏云帆共同领导": an org in another
      // person's own title describes them (unless the two are one list: "前百度研究员宋立和夏云帆").
      // (Not one the person glosses: "前字节跳动Seed研究员Ethan Qu（瞿明哲）" is one person, named twice.)
      const ownTitleOf = (q: PersonMention) =>
        q.start >= described!.end && q.end <= person.start && !r.text.slice(described!.end, q.start).includes(',') && !GLOSS_OPENS.test(r.text.slice(q.end, person.start));
      if (described && r.people.some((q) => ownTitleOf(q) && (apposition || !r.joinsList(r.text.slice(q.end, person.start))))) described = null;
      // "is leaving to join Apple, while her deputy, Omar Siddiqui, …": the object of another move word, past a comma, is that move's.
      if (described && r.text.slice(described.end, person.start).includes(',') && objectOfAnother(r, t, described)) described = null;
      // ('"… on the Gemini team!" posted Ines Carvalho': an org inside a quote before the speaker is the quote's.)
      if (described && QUOTE_THEN_SPEAKER.test(r.text.slice(described.end, person.start))) described = null;
      // ("2023年从阿里离职的宋一川": an org left in a description of the person is no employer now.)
      if (described && LEFT_IN_DESCRIPTION.test(r.text.slice(described.end, person.start))) described = null;
      // ("The LinkedIn profile of X": a platform's page, no employer.)
      if (described && PLATFORM_PAGE_AFTER.test(r.text.slice(described.end, described.end + 12))) described = null;
      // "Marco Bellini, now at xAI, and Farah Siddiqui": an org in the aside after the name before is that name's.
      if (described && r.text.slice(described.end, person.start).includes(',') && inAsideOfPrior(r, described)) described = null;
      // "前OpenAI研究员、现腾讯首席AI科学家X": an org marked as current (现) is where they are now, not where they come from.
      while (described && (ALUMNI.test(r.text.slice(described.end, described.end + 12)) || (codeAt(r.text, described.start - 1) === 0x73b0 /* 现 */ && r.orgBefore(described.start, reach))))
        described = r.orgBefore(described.start, reach);
      // "Lepton联合创始人、前阿里巴巴副总裁X", "Lepton co-founder and former Alibaba vice president X": a former post
      // listed after one held now; the one held now is where they come from.
      if (described && r.isFormer(described)) {
        const now = r.orgBefore(described.start, reach);
        const between = now ? r.text.slice(now.end, described.start) : '';
        if (now && !r.isFormer(now) && (between.includes('、') || between.includes(' and ')) && !r.people.some((q) => q.start >= now.end && q.end <= described!.start)) described = now;
      }
      // "Scale AI's chief executive said that the company's head of product, X, …": "the company" is the org named before.
      // (Its pattern is tried only where "the " stands: asked for every person of every move.)
      const lead = described ? '' : r.text.slice(reach, person.start);
      const ref = lead.includes('the ') ? COMPANY_REF.exec(lead) : null;
      if (ref) {
        described = r.orgBefore(reach + ref.index, r.span.start);
        if (described) r.fire('end.coreference', `${ref[1]}`, `${person.name} at ${described.org}, named before`);
      }
      const prefix = notAt(ref ? described : describes(r, described, person), to);
      const attributive =
        prefix ??
        (t.start > person.end && t.trigger.shape !== 'leave'
          ? notAt(
              // (Not where an earlier join came from: "X, who joined from Uber in 2023, has been succeeded".)
              // (Nor a platform the person posts on: "Beatrix Nwosu on LinkedIn: … I've joined Mistral AI".)
              // (Nor past a clause about one of a list: "A与B先后离开，前者已加入字节跳动，后者则选择创业".)
              mostRecent(
                r,
                person.end,
                r.orgs.filter(
                  (o) =>
                    o.start >= person.end &&
                    o.end <= t.start &&
                    !(r.introducedBy('from', o) && r.inBiography(o)) &&
                    !ON_PLATFORM.test(r.text.slice(person.end, o.start)) &&
                    !ONE_OF_THEM.test(r.text.slice(person.end, o.start)) &&
                    // (Nor an org whose offer the aside tells of: "X, who turned down Meta's nine-figure offer, has agreed to join OpenAI".)
                    !ORG_OFFERING.test(r.text.slice(o.end, o.end + 32)),
                ),
              ),
              to,
            )
          : null) ??
        // ('"I've joined OpenAI!" posted Ana Ruiz, who spent eight years at Meta': so do those about a speaker after the quote.)
        (person.start > t.end &&
        // ("the exit of X, who led xAI's data centre build-out": so does the aside after a move told as a noun.)
        (t.trigger.shape === 'hire' ||
          (t.trigger.noun && (t.trigger.event === 'join' || t.trigger.event === 'departure' || t.trigger.event === 'promotion')) ||
          (t.trigger.event === 'join' && QUOTE_THEN_SPEAKER.test(r.text.slice(t.end, person.start))))
          ? notAt(
              // (After a list of the hired, the words about them follow its last name: "hired A, B and C, the three
              // researchers who set up OpenAI's Zurich office".)
              // (An apposition may run longer: "hired X, the co-founder and chief executive of the AI agent startup Adept".)
              r.orgs.find(
                (o) =>
                  o.start >= person.end &&
                  (o.start - person.end <= WINDOWS.hiredDescription ||
                    (o.start - person.end <= WINDOWS.hiredApposition && APPOSITION_DESCRIBES.test(r.text.slice(person.end, o.start))) ||
                    (listShares && o.start - listEnd <= WINDOWS.hiredDescription && !r.sameOrg(o, to))) &&
                  o.start !== to?.start &&
                  // (Nor one the hire brings them into: "brings its founder, X, and twenty engineers into Meta Superintelligence Labs".)
                  !(t.trigger.shape === 'hire' && INTO_BEFORE.test(r.text.slice(Math.max(person.end, o.start - 8), o.start))) &&
                  // (After a departure, not an org the aside moves to: "exits include A, who left …, B, who joined Meta".)
                  !(t.trigger.event === 'departure' && r.triggers.some((x) => x.start >= person.end && x.end <= o.start)) &&
                  // (Nor where the move told as a noun goes, past the aside: "the departure of X, who led the Flash team, to OpenAI".)
                  !(t.trigger.noun && bareToBefore(r, o)),
              ),
              to,
            )
          : null) ??
        // "co-found Periodic Labs with X, a former Google DeepMind researcher": a co-founder's apposition.
        (t.trigger.event === 'founding' && person.start > t.end
          ? notAt(
              r.orgs.find((o) => o.start > person.end && APPOSITION_DESCRIBES.test(r.text.slice(person.end, o.start))),
              to,
            )
          : null);
      // "分别是前阿里通义实验室的吴思远、…，以及来自月之暗面的骆文清": an origin inside a list describes the one name after it.
      // (An org between two of the list's names, right before the second: "Y left Mistral, along with A and B" is all of theirs.)
      const listOwner = from && subjects.length > 1 && subjects.some((p) => p.start > t.end && p.end <= from.start) ? subjects.find((p) => p.start >= from.end && p.start - from.end <= 2) : undefined;
      let pFrom = listOwner && listOwner !== person ? null : from;
      // "former Meta executive X will serve as …": a promotion from an org they have left is a join.
      let event: MoveEvent = t.trigger.event;
      // (Not a rise, with no org named for it: "原Kimi增长负责人卓一凡升任产品副总裁" rises where the old post was.)
      // (Not one an aside says joined the hirer already: "X, a former Google Brain researcher who joined Meta last year".)
      if (!pFrom && attributive && event === 'promotion' && r.isFormer(attributive) && !r.sameOrg(to, attributive) && (to || !RISE_VERBS.has(t.word)) && !joinedBefore(r, person, to)) {
        pFrom = attributive;
        event = 'join';
        r.fire('end.former', r.words(attributive), `${person.name} from ${attributive.org}: a join, not a promotion`);
      }
      // "北京大学教授卓一鸣将兼任百度首席科学家": a post at another org than the one the person's title names is a join
      // there (they may keep the first).
      // (Not a stint told with 的 before the title: "在Meta FAIR工作了九年的研究员X" is read as a stint below.)
      if (!pFrom && prefix && event === 'promotion' && to && t.start >= person.end && !r.sameOrg(to, prefix) && prefix.end <= person.start && !r.text.slice(prefix.end, person.start).includes('的')) {
        pFrom = prefix;
        event = 'join';
        r.fire('end.attributive', r.words(prefix), `${person.name} from ${prefix.org}: a post at another org, a join`);
      }
      // "原京东探索研究院院长柯明远出任蚂蚁集团技术研究院院长": a new post at another org than the one they were "former" of.
      if (pFrom && event === 'promotion' && to && !r.sameOrg(to, pFrom) && r.isFormer(pFrom)) {
        event = 'join';
        r.fire('end.former', r.words(pFrom), `${person.name} from ${pFrom.org}: a join, not a promotion`);
      }
      // "Sarah Friar, the former chief executive of Nextdoor, is its new CFO": a past post at an org the catalog does not
      // know is a post elsewhere, so the new one is a join.
      const formerElsewhere = !pFrom && event === 'promotion' ? FORMER_POST_ELSEWHERE.exec(r.n.cased.slice(person.end, person.end + WINDOWS.formerTitleReach + 16)) : null;
      if (formerElsewhere && !r.orgs.some((o) => o.start === person.end + formerElsewhere[0].length)) {
        event = 'join';
        const aside = r.words({ start: person.end + 1, end: r.clause(person.end + formerElsewhere[0].length).end });
        r.fire('end.former', aside.trim(), `${person.name}: a past post elsewhere, a join, not a promotion`);
      }
      // "Anthropic Names Former Airbnb Executive Lena Fischer …": the same, told before the name (an org the catalog does
      // not know, then a title).
      const formerBefore =
        !pFrom && event === 'promotion' && !attributive ? FORMER_TITLE_BEFORE.exec(r.n.cased.slice(Math.max(r.span.start, person.start - WINDOWS.formerTitleReach), person.start)) : null;
      if (formerBefore) {
        event = 'join';
        r.fire('end.former', formerBefore[0].trim(), `${person.name}: a past post elsewhere, a join, not a promotion`);
      }
      // "智谱AI任命清华大学教授X为首席科学家", "OpenAI named Google's X as CTO", "a new head of research: X, who spent
      // eight years at Meta": appointed from another org, a join. (Not any org in an aside after the name: "named X,
      // who left OpenAI in June, as chief scientist" may be a promotion of someone already there.)
      const aside = attributive && attributive.start > person.end ? r.text.slice(person.end, attributive.start) : null;
      const cameFrom = attributive && (attributive === prefix || (aside !== null && (CAME_FROM.test(aside) || APPOSITION_LEAD.test(aside))));
      // "X, Apple's senior director of machine learning, is set to become CTO of Mistral": an apposition between the
      // person and a post they take names where they work now.
      const takesPostFromElsewhere = aside !== null && t.trigger.shape === 'enter' && t.start > person.end && /^\s*,/.test(aside) && r.text.slice(attributive!.end, t.start).includes(',');
      // "Salesforce has acquired Relay Labs … Relay's founder and CEO, X, will lead research for Salesforce's Agentforce":
      // the founder of the company bought takes a post at the buyer, a join.
      if (!pFrom && event === 'promotion' && to && article.acquisition && FOUNDER_BEFORE.test(r.text.slice(Math.max(r.span.start, person.start - WINDOWS.founderTitle), person.start))) {
        event = 'join';
        r.fire('event.acquired', person.name, `founder of a company ${to.org} bought: a join`);
      }
      // (Not a side post, held while staying: "named X, a principal scientist at Microsoft Research, an adjunct professor".)
      const sidePost = () => SIDE_POST.test(r.text.slice(t.end, r.span.end));
      // (So does a noun of appointing before the name: "announced the appointment of X, previously at Google Cloud, as CTO".)
      const appointed = t.trigger.shape === 'hire' || (t.trigger.noun === true && person.start > t.end);
      if (!pFrom && ((cameFrom && appointed) || takesPostFromElsewhere) && event === 'promotion' && to && !r.sameOrg(to, attributive) && !sidePost() && !joinedBefore(r, person, to)) {
        event = 'join';
      }
      // "the company named X, previously at Google, as its head of policy": an org the aside says they were at before is
      // where they come from, even before the article says which company named them.
      // (Only where "the company" or "it" hires: a successor "previously head of Cohere's Toronto lab" stays at Cohere.)
      if (
        !pFrom &&
        !to &&
        event === 'promotion' &&
        t.trigger.shape === 'hire' &&
        aside !== null &&
        attributive &&
        CAME_FROM.test(aside) &&
        COMPANY_HIRES.test(r.text.slice(r.clause(t.start).start, t.start)) &&
        !sidePost()
      ) {
        pFrom = attributive;
        event = 'join';
        r.fire('end.attributive', r.words(attributive), `${person.name} from ${attributive.org}: "${aside.trim()}"`);
      }
      // The one hired already works at the hirer: a new post inside.
      const inside = !pFrom && event === 'join' && t.trigger.shape === 'hire' && person.start > t.end && to ? alreadyAtHirer(r, person, to) : null;
      if (inside && to) {
        event = 'promotion';
        r.fire('end.coreference', inside, `${person.name} works at ${to.org} already`);
      }
      // "柏文静：谷歌DeepMind → 字节跳动": in a newsletter's shorthand the org between the name and the arrow is the
      // origin, whatever stands before the name (the entry before it, where a scraper joined the lines).
      const arrow = ARROW_SET.has(t.word) && person.end <= t.start;
      const arrowFrom = arrow ? r.orgs.filter((o) => o.start >= person.end && o.end <= t.start).at(-1) : undefined;
      if (arrowFrom) {
        pFrom = arrowFrom;
        r.fire('end.attributive', r.words(arrowFrom), `${person.name} from ${arrowFrom.org}, before the arrow`);
      }
      // ("阿里巴巴 → 创业": a company of their own.)
      if (arrow && !to && ARROW_FOUNDING.test(r.text.slice(t.end, t.end + 24))) {
        event = 'founding';
        r.fire('event.arrow-founding', t.word, `${person.name}: a company of their own after the arrow`);
      }
      if (!pFrom && attributive && event !== 'promotion') {
        pFrom = attributive;
        r.fire('end.attributive', r.words(attributive), `${person.name} from ${attributive.org}`);
      }
      // "Several Meta researchers have joined Mistral AI, including X", "三名通义的技术骨干流向腾讯，其中包括X": one listed after
      // the move of a group shares the origin that describes the group.
      if (!pFrom && event !== 'promotion' && person.start > t.end) {
        const group = groupOrigin(r, t);
        if (group && !r.sameOrg(group, to)) {
          pFrom = group;
          r.fire('end.attributive', r.words(group), `${person.name} from ${group.org}, the org the group they are listed in is described by`);
        }
      }
      // ("has hired X, previously vice president of engineering at Glean, the enterprise search company": a company the
      // catalog does not know, in the apposition of the one hired.)
      if (!pFrom && event !== 'promotion' && t.trigger.shape === 'hire' && person.start > t.end) pFrom = uncataloguedOrigin(r, person);
      if (!pFrom && t.trigger.shape === 'switch') {
        pFrom = r.orgs.find((o) => !r.sameOrg(o, to)) ?? null;
        if (pFrom) {
          personReasons.push('origin from another org in the sentence');
          r.fire('end.other-org', r.words(pFrom), `from ${pFrom.org}`);
        }
      }
      // "Cohere said that X has joined", "阶跃星辰迎来…马晓川已加盟": with no org after the verb, the org the sentence opens
      // with is where the person arrives (not one they are "former" of, nor their own title's).
      let pTo = to;
      // "鞠明轩正与DeepSeek洽谈加入事宜": the org the person is in talks with is the one to join.
      const talks =
        !pTo && event === 'join'
          ? r.orgs.find((o) => o.start > person.end && o.end <= t.start && codeAt(r.text, o.start - 1) === 0x4e0e /* 与 */ && TALKS_WITH.test(r.text.slice(o.end, t.start)))
          : undefined;
      if (talks) {
        pTo = talks;
        r.fire('end.before', r.words(talks), `${person.name} to ${talks.org}, in talks with it`);
      }
      if (!pTo && (event === 'join' || event === 'return') && !t.trigger.noun && !arrow) {
        // (Not where the org joined is left unnamed: "has joined a rival lab"; nor an org of the person's own title,
        // "阿里通义千问团队…骨干X", nor a stint: "After nine years at Meta, X has joined …".)
        const unnamed = UNNAMED_OBJECT.test(r.text.slice(t.end, t.end + 12));
        const ownTitle = (o: OrgMention) => attributive !== null && o.end <= attributive.start && /^\s*$/.test(r.text.slice(o.end, attributive.start));
        const opening = unnamed
          ? undefined
          : r.orgs.find(
              (o) =>
                o.end <= person.start &&
                // (Not one describing whom a hire takes: "It also hired two other OpenAI researchers, X and Y".)
                (t.trigger.shape !== 'hire' || person.start < t.end || o.end <= t.start) &&
                !r.isFormer(o) &&
                o.start !== attributive?.start &&
                o.start !== pFrom?.start &&
                !ownTitle(o) &&
                !r.introducedBy('from', o) &&
                !STINT_BEFORE_ORG.test(r.text.slice(Math.max(r.span.start, o.start - 40), o.start)),
            );
        const subject = opening && r.described(opening);
        if (subject) {
          pTo = subject;
          r.fire('end.before', r.words(subject), `${person.name} to ${subject.org}, the org the sentence opens with`);
        }
        // "Volkov, who joins from Microsoft, will oversee the company's build-out, Meta said": the org that says so at
        // the sentence's end.
        const speaker = subject
          ? null
          : r.orgs.find(
              (o) => o.start > t.end && o.start !== pFrom?.start && SAYS_AFTER.test(r.text.slice(o.end, r.span.end)) && /,\s*$/.test(r.text.slice(Math.max(r.span.start, o.start - 3), o.start)),
            );
        if (speaker) {
          pTo = speaker;
          r.fire('end.before', r.words(speaker), `${person.name} to ${speaker.org}, the org that says so`);
        }
      }
      // (Not a join from elsewhere still under way: "Apple's AI chief to retire" then "X, until now at Microsoft, is
      // joining Apple"; "曾在OpenAI…，同样加入了Meta" is history.)
      if (t.trigger.event === 'join' && theme && to && r.index.catalog.root(to.org) === theme && !(pFrom && r.index.catalog.root(pFrom.org) !== theme && JOIN_AHEAD.test(t.word))) {
        r.block('block.theme-join', t.word, `joining ${theme} is history in an article about leaving it`);
        continue;
      }
      const c = byPerson.get(person.key);
      if (!c) {
        byPerson.set(person.key, {
          person,
          event,
          from: pFrom,
          to: pTo,
          role: null,
          tenure: null,
          status,
          strength: t.trigger.strength,
          sentence: r.span,
          reasons: personReasons,
          inferred: false,
          ...(t.trigger.successor ? { replaced: true } : {}),
          ...(t.trigger.heldNow ? { heldNow: true } : {}),
          ...(inside ? { insider: true } : {}),
          ...(r.companions.has(person) ? { alongWith: r.companions.get(person)!.key } : {}),
        });
        continue;
      }
      // "He replaces Denis Yates, who is leaving to start a company": the one replaced leaves the post the successor,
      // told by a pronoun, takes (the org of the appointment told before).
      if (c.replaced && event === 'departure' && !t.trigger.successor && !c.from) c.vacates = true;
      // A second trigger about the same person: a join to the org they are leaving is their tenure.
      c.reasons.push(...personReasons);
      // ("将调任集团战略部，不再负责大模型业务": a remit given up beside a new post is that post's other side.)
      if (event === 'departure' && c.event === 'promotion' && t.trigger.givesUpPost) {
        c.movedOn = true;
      } else if (event === 'departure' && c.event === 'founding' && !c.to && (!c.from || !pFrom || r.sameOrg(c.from, pFrom))) {
        // ("联合创办了一家AI公司，三人均于今年从谷歌离职": the departure is the founding's start, not a tenure.)
        c.from ??= pFrom;
      } else if (event === 'departure' && c.event !== 'departure') {
        r.fire('event.tenure', t.word, `${person.name}: a departure`);
        const joined = c.to;
        c.event = 'departure';
        c.from = pFrom ?? c.from;
        // (Where the join was to the org left, the departure's own destination stands: "whom Meta hired in June …, has
        // already left for OpenAI".)
        c.to = r.sameOrg(joined, pFrom) ? pTo : (joined ?? pTo);
      } else if (
        c.event === 'departure' &&
        event === 'promotion' &&
        pTo &&
        r.sameOrg(pTo, c.from) &&
        !c.to &&
        (elided || t.trigger.newPost || NAMED_NEW_POST.test(r.text.slice(t.end, r.clause(t.start).end)))
      ) {
        // "stepping down as chief executive, and will become executive chairman", "何一平将转任董事会主席": a new title
        // where they were (not "卸任，将转任公司其他职务", no post named, nor an adviser's: departures all the same).
        c.event = 'promotion';
        c.to = pTo;
        c.from = null;
        c.movedOn = true;
      } else if (
        c.event === 'departure' &&
        event === 'promotion' &&
        !pTo &&
        !c.to &&
        (t.trigger.newPost || TRANSFER_ZH.test(t.word)) &&
        (r.triggers.some((x) => x.trigger.givesUpPost && x.start > person.end && x.end <= t.start) || REMOVED_AS.test(r.text.slice(person.end, t.start)))
      ) {
        // "将不再负责具体业务，转任团队技术顾问": a remit given up for a new post, with no org named, is a change where they are.
        // ("has removed X as head of Gemini product and moved her into a senior adviser role": so is a post taken away.)
        c.event = 'promotion';
        c.to = c.from;
        c.from = null;
        c.movedOn = true;
      } else if (c.event === 'departure' && event !== 'departure') {
        // ("已离任，将转任百度集团战略顾问": the org of a post taken where they are is the one the post was left at.)
        if (event === 'promotion' && pTo && !c.from && (t.trigger.newPost || TRANSFER_ZH.test(t.word))) c.from = pTo;
        else if (pTo && !r.sameOrg(pTo, c.from)) c.to ??= pTo;
        if (event === 'return' && pTo && r.sameOrg(c.to, pTo)) returnAfterLeaving(c, pTo, r);
        // "离职，并…共同创立了一家公司", "left Google and co-founded Nimbus": a founding done, not planned, is the move.
        // ("已经离职，投身AI创业": thrown into, a founding done too; not "下一步将投身AI教育创业".)
        const underWay = FOUNDING_UNDER_WAY.exec(r.text.slice(Math.max(r.span.start, t.start - 8), t.start));
        // ("已从华为离职，与合伙人共同创办智元机器人": a company named as founded, in a language with no tense, is done.)
        const namedDone = pTo !== null && isHanCode(t.word.charCodeAt(0)) && !PLANNED_BEFORE.test(r.text.slice(Math.max(r.span.start, t.start - 6), t.start));
        if (event === 'founding' && (/^了/.test(r.text.slice(t.end)) || FOUNDED_DONE.test(t.word) || t.word.includes('了') || (underWay && !underWay[1]) || namedDone)) {
          c.event = 'founding';
          c.to ??= pTo;
          r.fire('event.founded', t.word, `${person.name}: a company founded, the departure its start`);
        }
      } else if (c.event === 'join' && event === 'return' && pTo && c.to && !r.sameOrg(pTo, c.to)) {
        // ("本月初入职百度，但仅两周后便宣布回归腾讯": in one sentence.)
        Object.assign(c, wentBackFrom(r, c, c.to, pTo));
      } else {
        c.from ??= pFrom;
        c.to ??= pTo;
      }
      c.strength = Math.max(c.strength, t.trigger.strength);
    }
    if (t.trigger.successor) readSuccessor(r, t, subjects, byPerson, status);
    if (t.trigger.partOfPost) {
      for (const p of subjects) {
        if (byPerson.get(p.key)?.event !== 'departure') continue;
        byPerson.delete(p.key);
        r.block('block.stays', p.name, `"${t.word}": part of the post handed over, the rest kept`);
      }
    }
  }
  // "X is leaving to join Apple, while her deputy, Y, has been promoted to replace her": a promotion is at the org
  // its people work for, not at the one a colleague leaves for.
  for (const c of byPerson.values()) {
    if (c.event !== 'promotion' || !c.to) continue;
    const left = [...byPerson.values()].find((o) => o !== c && o.event === 'departure' && o.from && o.to && r.sameOrg(o.to, c.to) && o.person.start < c.person.start);
    if (!left) continue;
    c.to = left.from;
    c.from = null;
    r.fire('end.successor', c.person.name, `at ${left.from!.org}, which ${left.person.name} leaves; not ${left.to!.org}, where they go`);
  }
  // Whoever takes charge of a leaver's work takes their post (leaving a post for another one counts: "宋立将转岗至
  // 战略研究部门，其原有工作由钱一鸣负责").
  const leaver = [...byPerson.values()].find((c) => c.event === 'departure' || c.event === 'promotion');
  if (leaver) readTakesCharge(r, leaver, byPerson, status);
  // "Two researchers who worked on DeepSeek's R1 model, Li Hao and Zhou Min, have joined …": a description before a
  // bare list is every member's, not only the last one's (one after a name, ", a research lead at Google", is its own).
  const listed = [...byPerson.values()];
  for (let k = listed.length - 2; k >= 0; k--) {
    const [a, b] = [listed[k]!, listed[k + 1]!];
    if (a.from || !b.from || b.from.end > a.person.start || a.event !== b.event || (a.to !== b.to && !r.sameOrg(a.to, b.to))) continue;
    if (!BARE_JOINER.test(r.text.slice(a.person.end, b.person.start))) continue;
    a.from = b.from;
    r.fire('end.attributive', r.words(b.from), `${a.person.name} from ${b.from.org}, listed with ${b.person.name}`);
  }
  // "hiring Windsurf chief executive Varun Mohan, co-founder Douglas Chen and …": a bare title after the first name is
  // a post at the org that name's title gives.
  for (let k = 1; k < listed.length; k++) {
    const [a, b] = [listed[k - 1]!, listed[k]!];
    if (b.from || !a.from || a.from.end > a.person.start || a.event !== b.event || !r.sameOrg(a.to, b.to)) continue;
    if (!BARE_TITLE_JOINER.test(r.text.slice(a.person.end, b.person.start))) continue;
    b.from = a.from;
    r.fire('end.attributive', r.words(a.from), `${b.person.name} from ${a.from.org}, listed with ${a.person.name}`);
  }
  // "Nadia Kowalczyk (from OpenAI), Emeka Obi (Google DeepMind) and …": an org in parentheses right after a name is that
  // person's origin, over one the list shares.
  for (const c of byPerson.values()) {
    if (c.event === 'promotion') continue;
    const own = r.orgs.find(
      (o) => o.start > c.person.end && o.start - c.person.end <= WINDOWS.parenOrigin && PAREN_ORIGIN.test(r.text.slice(c.person.end, o.start)) && /^\s*\)/.test(r.text.slice(o.end, o.end + 3)),
    );
    if (!own || r.sameOrg(own, c.to) || own === c.from) continue;
    c.from = own;
    r.fire('end.attributive', r.words(own), `${c.person.name} from ${own.org}, in parentheses after the name`);
  }
  // "hired A and B from Google DeepMind and C from Meta": each item's origin is the "from" that closes its part of the list.
  const inOrder = [...byPerson.values()].sort((a, b) => a.person.start - b.person.start);
  inOrder.forEach((c, k) => {
    if (c.event !== 'join' || !c.from) return;
    const origin = r.originAfter(c.person, inOrder[k + 1]?.person);
    if (!origin || origin === c.from || r.sameOrg(origin, c.to)) return;
    c.from = origin;
    r.fire('end.connector', r.words(origin), `${c.person.name} from ${origin.org}, the "from" of their part of the list`);
  });
  respectively(r, byPerson);
  // "Departures include A, now at xAI, and B, …": where a leaver is now, in an aside right after the name, is where they went.
  for (const c of byPerson.values()) {
    if (c.event !== 'departure' || c.to) continue;
    const now = r.orgs.find((o) => o.start > c.person.end && o.start - c.person.end <= WINDOWS.parenOrigin && NOW_AT.test(r.text.slice(c.person.end, o.start)));
    if (!now) continue;
    if (now === c.from) c.from = null;
    c.to = now;
    r.fire('end.aside', r.words(now), `${c.person.name} to ${now.org}, where the aside says they are now`);
  }
  for (const c of byPerson.values()) {
    if (r.sameOrg(c.from, c.to)) {
      if (c.event === 'departure') c.to = null;
      else if (c.event === 'join' || c.event === 'return') {
        // "前微软研究员X重新加入微软", "former Google researcher X has joined Google": joining where one worked before is a return.
        if (c.event === 'join' && c.from && r.isFormer(c.from)) c.event = 'return';
        // ("X, who ran Gemini's serving at Google DeepMind, has moved over to Google Cloud": from one unit to another of the
        // same company, a new post inside it.)
        else if (c.event === 'join' && c.from && c.to && c.from.org !== c.to.org) c.event = 'promotion';
        c.from = null;
      }
      r.fire('end.same-org', c.from?.org ?? c.to?.org ?? '', `${c.person.name}: one org at both ends`);
    }
    if (c.event === 'join' && c.from && r.triggers.some((t) => t.trigger.shape === 'switch')) {
      c.event = 'departure';
      r.fire('event.switch', c.person.name, `departure from ${c.from.org}`);
    }
    const cameBack = c.event === 'return' && !c.from ? wentTo.find((o) => !r.sameOrg(o, c.to)) : undefined;
    if (cameBack) {
      c.from = cameBack;
      c.reasons.push('origin from a biographical aside: where they went');
      r.fire('end.aside', r.words(cameBack), `${c.person.name} from ${cameBack.org}, where the aside says they went`);
    }
    if (!c.from && c.event !== 'promotion' && formerOrgs[0] && formerOrgs[0].start !== c.to?.start && !(c.event === 'return' && r.sameOrg(formerOrgs[0], c.to))) {
      c.from = formerOrgs[0];
      c.reasons.push('origin from a biographical aside');
      r.fire('end.aside', r.words(formerOrgs[0]), `${c.person.name} from ${formerOrgs[0].org}`);
    }
    // "After six years at Google, X has joined Anthropic", "在谷歌工作两年后，X重新回到阿里": the stint that ends is the origin.
    // (A new post elsewhere after a stint told as the person's description is a join: "在Meta工作了九年的X被任命为智谱AI首席科学家".)
    const stint = !c.from ? r.stintBefore(c.person.start) : null;
    if (stint && stint.start !== c.to?.start && (c.event !== 'promotion' || (c.to && !r.sameOrg(stint, c.to) && stint.end <= c.person.start))) {
      if (c.event === 'promotion') c.event = 'join';
      c.from = stint;
      c.reasons.push('origin from the stint the sentence opens with');
      r.fire('end.aside', r.words(stint), `${c.person.name} from ${stint.org}, after a stint there`);
    }
    // "通义千问负责人…从阿里离职": the sentence names the unit too; alerts name both.
    c.from = r.preferUnit(c.from, c.to);
    c.to = r.preferUnit(c.to, c.from);
    if (wentToTold && c.event === 'departure' && !c.to) {
      c.to = wentToTold;
      r.fire('article.named-later', c.person.name, `to ${wentToTold.org}, where the move told before went`);
    }
    // Where the next person with a move of their own is named after one who leaves (-1: none, or no departure), and
    // where the last one before them is ("named Y, its vice president of engineering, as successor to X, who is leaving":
    // a post given before Y's name is Y's).
    let nextMover = -1;
    let lastMover = -1;
    if (c.event === 'departure')
      for (const q of byPerson.values()) {
        if (q.person.key === c.person.key) continue;
        if (q.person.start > c.person.end && (nextMover < 0 || q.person.end < nextMover)) nextMover = q.person.end;
        if (q.person.end <= c.person.start) lastMover = Math.max(lastMover, q.person.end);
      }
    // ("removed X as head of Gemini product and moved her into a senior adviser role": the post taken away is not the role.)
    const removedUntil = c.event === 'promotion' ? (r.triggers.find((x) => x.trigger.newPost && x.start > c.person.end && REMOVED_AS.test(r.text.slice(c.person.end, x.start)))?.start ?? -1) : -1;
    // A role after the person first ("范思远出任AI实验室主任，原主任陶建国将转任顾问": each their own), else any the move tells.
    const roleMarkers = vacated?.has(c.person.key)
      ? []
      : withPostTriggers(
          r,
          c.person,
          // (Nor a post held before: "joins from Google, where she most recently served as vice president of …".)
          // (Nor, for one who leaves, a post told after someone else: "the exit of X, …, Y will serve as acting head".)
          // (Nor, for one who leaves for nowhere named, the post they keep or take after: "辞去总裁职务，退居幕后担任集团顾问".)
          r.markers.filter(
            (m) =>
              !bioClauses.some((b) => within(m, b)) &&
              !PAST_POST_BEFORE.test(r.text.slice(Math.max(r.span.start, m.start - 32), m.start)) &&
              !(nextMover >= 0 && m.start >= nextMover) &&
              !(m.start >= c.person.end && m.start < removedUntil) &&
              !(lastMover >= 0 && m.start < lastMover) &&
              !(c.event === 'departure' && !c.to && LATER_POST_LEAD.test(r.text.slice(Math.max(r.span.start, m.start - 8), m.start))) &&
              // (Nor the post at a next employer not named: "已离职，据悉将加入一家创业公司担任联合创始人".)
              !(
                c.event === 'departure' &&
                !c.to &&
                r.triggers.some((x) => x.trigger.event === 'join' && x.start > c.person.end && x.end <= m.start && UNNAMED_NEXT.test(r.text.slice(x.end, x.end + 4)))
              ),
          ),
        );
    // (Not past a semicolon after the person: "…由副总经理X接任；此外，Y已加入…，出任…" gives Y's role, not X's.)
    // (Nor from before a semicolon in front of the person: "…出任蚂蚁集团技术研究院院长；三、零一万物预训练负责人黄溯离职".)
    const semicolon = r.find(';', Math.max(c.person.end, firstUsed));
    // (Nor past the next person with a move of their own: "汪滔加入Meta，Jason Droege出任临时CEO" gives Droege's role.)
    let end = semicolon >= 0 ? semicolon : r.span.end;
    for (const q of byPerson.values()) if (q.person.start > c.person.end && q.person.start < end && r.triggers.some((x) => x.start >= c.person.end && x.end <= q.person.start)) end = q.person.start;
    const start = Math.max(firstUsed, r.segment(c.person.start).start);
    // ("IBM named X director of IBM Research, succeeding Y, who will become a senior adviser": a role right after the
    // name, given by a word of naming before it, is theirs before any later in the sentence.)
    const namedBefore = roleMarkers.some((m) => m.end <= c.person.start && c.person.start - m.end <= WINDOWS.roleAfterName) && ROLE_RIGHT_AFTER.test(r.text.slice(c.person.end, c.person.end + 40));
    const own = c.person.start > firstUsed && c.person.start < end && !namedBefore ? extractRole(r.text, r.n.cased, { start: c.person.start, end }, roleMarkers, c.person) : null;
    c.role = roleMarkers.length ? (own ?? extractRole(r.text, r.n.cased, { start, end }, roleMarkers, c.person)) : null;
    // "卸去阿里云CTO一职", "辞去腾讯副总裁职务": the post a departure gives up, named after its word, is the role.
    if (c.event === 'departure' && !c.to) c.role = postGivenUp(r, c.person) ?? c.role;
    else if (!c.role && (c.event === 'promotion' || c.event === 'join')) c.role = postPassedOn(r, c.person);
    c.tenure = extractTenure(r.text.slice(r.span.start, r.span.end));
    // (Asked of a departure that goes nowhere named yet; another sentence of the article may still give the move a role.)
    if (!c.role && c.event === 'departure' && !c.to && within(c.person, r.span)) {
      // (Only the words after a move word before the name: "xAI loses co-founder X" holds "co-founder", not "loses co-founder".)
      // (A noun keeps its "of": "the departure of its third co-founder, X".)
      const verb = r.triggers.filter((t) => t.start >= r.span.start && t.end <= c.person.start && !t.trigger.noun).pop();
      const from = verb ? verb.end + (/^\s*/.exec(r.text.slice(verb.end, c.person.start))?.[0].length ?? 0) : r.span.start;
      c.heldTitle = heldTitle(r.text, r.n.cased, { start: from, end: r.span.end }, c.person);
    }
  }
  // "Another member of Meta's Llama team has left: research scientist X joined Mistral AI": the loss told before a
  // colon, naming nobody, is where the person named after it comes from.
  if (unnamed?.from && unnamed.trigger.trigger.event === 'departure') {
    const colon = r.find(':', unnamed.trigger.end);
    for (const c of byPerson.values()) {
      if (c.from || colon < 0 || c.person.start < colon || r.sameOrg(c.to, unnamed.from)) continue;
      c.from = unnamed.from;
      r.fire('article.told-origin', c.person.name, `from ${unnamed.from.org}, the loss told before the colon`);
    }
  }
  return { found: [...byPerson.values()], unnamed };
}

/** The successor goes where the one they replace leaves (known once the article has given that org); after a move to another post, to that org. */
function takePost(r: SentenceReader, c: Candidate, departing: Candidate): void {
  // "Kowalski succeeds Hale, who is stepping down": with the successor's org known, that is the org Hale leaves.
  if (departing.event === 'departure' && !departing.from && c.to) {
    departing.from = c.to;
    r.fire('end.successor', c.to.org, `${departing.person.name} leaves ${c.to.org}, where ${c.person.name} takes the post`);
  }
  const post = departing.event === 'promotion' ? departing.to : departing.from;
  // "…is leaving to join Apple, while her deputy has been promoted to replace her": the successor takes the post where
  // it is, not where the leaver goes.
  if (c.to && departing.event === 'departure' && departing.to && post && r.sameOrg(c.to, departing.to) && !r.sameOrg(c.to, post)) c.to = null;
  if (c.to || !post) return;
  c.to = post;
  c.reasons.push(`to ${post.org}, where ${departing.person.name} leaves a post`);
  if (r.sameOrg(c.from, c.to)) {
    c.from = null;
    c.event = 'promotion';
  }
}

// What may open a line of a list before its name: bullets, numbers, spaces.
const BULLET = /^[\s•·▪◦*\d.)]*$/;

/**
 * "Ana Ruiz will be replaced by Ben Cole", "Tomas Berg succeeds Ana Ruiz": the successor takes the post at the org
 * the other leaves (filled in once the article has given that org). From another org named about them, a join.
 */
function readSuccessor(r: SentenceReader, t: TriggerMention, leaving: PersonMention[], byPerson: Map<string, Candidate>, status: MoveStatus): void {
  const departing = leaving[0] && byPerson.get(leaving[0].key);
  if (!departing) return;
  const others = r.people.filter((p) => !r.possessive(p) && !leaving.some((l) => l.key === p.key));
  // "He will be succeeded as chief scientist by Y": a passive puts the successor after the verb.
  const after = t.trigger.successor === 'after' || r.passive(t);
  const successor = after ? others.find((p) => p.start >= t.end) : others.filter((p) => p.end <= t.start).pop();
  if (!successor) return;
  // ("has named Y, its vice president of engineering, as successor to X": Y's appointment, read already, takes X's post.)
  const named = byPerson.get(successor.key);
  if (named) {
    if ((named.event === 'promotion' || named.event === 'join') && !named.succeeds) named.succeeds = departing;
    return;
  }
  // Where the successor comes from: an org in the words about them ("Ben Cole, who ran the applied team at Google").
  // ("接替他的是来自微软亚洲研究院的Y": or in the words before their name, after the move word.)
  const about = after
    ? (r.orgs.find((o) => o.start >= t.end && o.end <= successor.start && !r.sameOrg(o, departing.from)) ?? r.orgs.find((o) => o.start >= successor.end))
    : r.orgBefore(successor.start, r.clause(successor.start).start);
  // ("接替他的是今年年初从谷歌DeepMind加入字节的研究科学家Y": words about them that tell a join of theirs already made say
  // where they are now, an insider's promotion there.)
  const joined = after ? r.triggers.find((x) => x.trigger.event === 'join' && x.start >= t.end && x.end <= successor.start) : undefined;
  const there = joined ? r.orgs.find((o) => o.start >= joined.end && o.start - joined.end <= 1 && o.end <= successor.start) : undefined;
  const from = about && !there && !r.sameOrg(about, departing.from) ? about : null;
  r.fire('subject.successor', successor.name, `takes the post of ${departing.person.name}${from ? `, from ${from.org}` : there ? `, already at ${there.org}` : ''}`);
  byPerson.set(successor.key, {
    person: successor,
    event: from ? 'join' : 'promotion',
    from,
    to: there ?? null,
    role: null,
    tenure: null,
    status,
    // As sure as the departure that opens the post: a rumoured "其工作将由Y接手" is as likely as the leaving it follows.
    strength: Math.max(t.trigger.strength, departing.strength),
    sentence: r.span,
    reasons: [`takes the post of ${departing.person.name} ("${t.word}")`],
    inferred: false,
    succeeds: departing,
  });
  // ("will be divided between Renata Kowal and Omid Farahani": the rest of a list after the successor share the post.)
  if (after) sharePost(r, byPerson, byPerson.get(successor.key)!, r.listFrom(others.filter((p) => p.start >= successor.start)), departing.person.name);
}

/** The others of a successor's list ("A and B", "A、B和C") take the same post. */
function sharePost(r: SentenceReader, byPerson: Map<string, Candidate>, taken: Candidate, list: readonly PersonMention[], leaver: string): void {
  for (const q of list) {
    if (byPerson.has(q.key)) continue;
    byPerson.set(q.key, { ...taken, person: q, reasons: [...taken.reasons] });
    r.fire('subject.successor', q.name, `shares the post of ${leaver} with ${taken.person.name}`);
  }
}

/**
 * "林书航已离职，其工作将由副总裁孔令泽负责": whoever takes charge "by" (由) of a leaver's work takes their post, in the
 * leaver's sentence or the one after it ("…近日离职。阿里方面表示，…由首席科学家周明轩统筹。").
 */
function readTakesCharge(r: SentenceReader, leaver: Candidate, byPerson: Map<string, Candidate>, status: MoveStatus): void {
  // ("即日起由副总裁X全面负责可灵AI事业部…；原负责人Y不再担任相关职务": the one taking charge may be named first.)
  const here = within(leaver.person, r.span);
  const by = r.find('由', here ? r.span.start : leaver.person.end);
  // "其职责暂由CEO姜大昕代管": duties covered for a while are nobody's new post.
  if (by < 0 || r.text[by - 1] === '暂') return;
  for (const p of r.people) {
    if (p.start <= by || p.key === leaver.person.key || byPerson.has(p.key) || !BY_AGENT.test(r.text.slice(Math.max(r.span.start, p.start - 16), p.start))) continue;
    const duty = TAKES_CHARGE.exec(r.text.slice(p.end, p.end + 4));
    if (!duty) continue;
    const word = duty[0];
    readSuccessor(r, { start: p.end, end: p.end + word.length, word, trigger: { event: 'departure', shape: 'leave', strength: 0.75, successor: 'before' } }, [leaver.person], byPerson, status);
    // "分别由技术总监褚一鸣和石若兰负责": the others of the list after 由 that ends with this name share the work.
    const taken = byPerson.get(p.key);
    const list = r.listFrom(r.people.filter((q) => q.start > by && q.start <= p.start));
    if (taken && list.at(-1) === p) sharePost(r, byPerson, taken, list, leaver.person.name);
    return;
  }
}

/**
 * "Mike Dalton, an engineer at xAI, has made the same move": a sentence with no move word of its own, whose person
 * (named before the words) repeats the last move of a named person that the sentence before tells.
 */
function readSameMove(r: SentenceReader, before: readonly Candidate[], previous: Span): Candidate[] {
  const at = r.repeatsMove;
  if (!at) return [];
  const told = before.filter((c) => c.sentence.start === previous.start && c.status !== 'denied').pop();
  const person = told && r.people.filter((p) => p.end <= at.index && p.key !== told.person.key).pop();
  if (!told || !person) return [];
  // Their own org in the sentence ("an engineer at xAI") is where they come from, if it is not where the move went.
  const own = r.orgs.find((o) => o.start < at.index && !r.sameOrg(o, told.to)) ?? null;
  r.fire('article.same-move', r.words({ start: at.index, end: at.index + at[0].length }), `${person.name}: ${told.event} as ${told.person.name}`);
  return [
    {
      person,
      event: told.event,
      from: own ?? told.from,
      to: told.to,
      role: null,
      tenure: null,
      status: statusOf(r),
      strength: told.strength * 0.9,
      sentence: r.span,
      reasons: [`"${at[0]}" after ${told.person.name}'s ${told.event} in the sentence before`],
      inferred: false,
    },
  ];
}

/** How many people a move word's clause counts ("has hired three researchers from Google", "近期有三位核心成员离职"), or null. */
function countedIn(r: SentenceReader, t: TriggerMention): number | null {
  const clause = r.clause(t.start);
  const words = r.text.slice(clause.start, clause.end);
  const en = EN_COUNTED.exec(words);
  if (en) return enNumber(en[1]!);
  const zh = ZH_COUNTED.exec(words);
  return zh ? zhNumber(zh[1]!) : null;
}
const EN_COUNTED = new RegExp(`\\b(\\d{1,2}|${alternation(EN_NUMBER_WORDS)})\\s+(?:[a-z-]+\\s+){0,2}?(?:${alternation(CONTEXT_WORDS.groupNouns.en)})\\b`);
const ZH_COUNTED = /([两二三四五六七八九十\d]{1,3})(?:位|名)/;

/**
 * "Anthropic has hired three researchers from Google DeepMind. Ana Ruiz worked on …; Ben Cole led …; and Tomas Berg
 * was …": the sentence right after a move that counts its people, naming just that many (and no move of theirs), names them.
 */
function readCounted(r: SentenceReader, told: UnnamedMove, found: readonly Candidate[]): Candidate[] {
  if (!told.count || told.count < 2 || !r.people.length) return [];
  const people = new Map<string, PersonMention>();
  for (const p of r.people) if (!r.possessive(p)) people.set(p.key, p);
  if (people.size !== told.count) return [];
  // ("Lars Eriksen and Nomvula Dlamini joined in October; Sebastián Ortega followed": those counted with a join word of
  // their own and no org joined take the counted move's ends.)
  for (const c of found) {
    if (c.event !== told.trigger.trigger.event || c.to || c.from || !people.has(c.person.key)) continue;
    c.to = told.to;
    c.from = told.from;
    r.fire('article.list', c.person.name, `one of the ${told.count} that "${told.trigger.word}" counts in the sentence before, with its ends`);
  }
  const named = [...people.values()].filter((p) => !found.some((c) => c.person.key === p.key));
  if (!named.length) return [];
  r.fire('article.list', named.map((p) => p.name).join(', '), `the ${told.count} that "${told.trigger.word}" (${told.trigger.trigger.event}) counts in the sentence before`);
  return named.map((person) => listedUnder(told, person, r, told.from, 0.85, `one of the ${told.count} "${told.trigger.word}" (${told.trigger.trigger.event}) counts in the sentence before`));
}

/** A candidate for someone a list names under a move told without names: that move, theirs. */
function listedUnder(told: UnnamedMove, person: PersonMention, r: SentenceReader, from: OrgMention | null, weight: number, reason: string): Candidate {
  return {
    person,
    event: told.trigger.trigger.event,
    from,
    to: told.to,
    listed: true,
    role: null,
    tenure: null,
    status: 'reported',
    strength: told.trigger.trigger.strength * weight,
    sentence: r.span,
    reasons: [reason],
    inferred: false,
  };
}

/**
 * "Meta has a new director of research for its superintelligence lab." then "X, a Stanford PhD who spent six years at
 * Microsoft Research, starts on Monday": the post told with nobody named is the one the person who starts takes.
 */
function readStarting(r: SentenceReader, told: UnnamedMove): Candidate[] {
  const event = told.trigger.trigger.event;
  if ((event !== 'promotion' && event !== 'join') || !told.to || told.colon) return [];
  // (Chinese names guessed, though the sentence has no move word: "答：是…的研究员廖承宇".)
  const person = r.peopleReferredTo()[0];
  if (!person) return [];
  // ("Who is Anthropic's new chief scientist? It is X, who …", "问：DeepSeek的新任首席科学家是谁？答：是此前在谷歌任职的研究员X":
  // or the answer to a question about the post, the first person it names.)
  const answers = /\?\s*$/.test(r.text.slice(told.trigger.end, r.span.start)) && ANSWER_LEAD.test(r.text.slice(r.span.start, person.start));
  if (!answers && (person.start - r.span.start > 1 || !STARTS_IN_POST.test(r.text.slice(person.end, r.span.end)))) return [];
  // Where they come from: an org the sentence names that is neither the post's nor a school ("a Stanford PhD").
  const came = r.orgs.find((o) => !r.sameOrg(o, told.to) && !ACADEMIC_ORG.test(o.org)) ?? null;
  r.fire('article.list', person.name, `starts in the post "${told.trigger.word}" (${event}) tells in the sentence before`);
  const c = listedUnder(told, person, r, came ?? told.from, 0.85, `starts in the post "${told.trigger.word}" told in the sentence before`);
  if (came) c.event = 'join';
  // ("a new director of research", "新任首席科学家": the post is the words the appointment's word names.)
  const t = told.trigger;
  if (t.trigger.postAt !== undefined) {
    const from = t.start + t.trigger.postAt;
    // (To the question's mark, where it asks.)
    const mark = r.text.lastIndexOf('?', r.span.start);
    c.role = postNamed(r.text, r.n.cased, from, mark > from ? mark : r.span.start);
  }
  return [c];
}
/**
 * "Anthropic has lost one of its key safety researchers to rival OpenAI. X, who …, has officially made the switch": a
 * phrase that stands for the move the sentence before told with nobody named, after the one who made it.
 */
function readMadeTheMove(r: SentenceReader, told: UnnamedMove): Candidate[] {
  const made = MADE_THE_MOVE.exec(r.text.slice(r.span.start, r.span.end));
  if (!made) return [];
  const at = r.span.start + made.index;
  const person = r.people.find((p) => p.end <= at && !r.possessive(p));
  // (The one who made it opens the sentence, an aside at most between: "X, who …, has made the switch".)
  if (!person || person.start - r.span.start > 1) return [];
  r.fire('article.list', person.name, `"${made[0]}": the move "${told.trigger.word}" (${told.trigger.trigger.event}) tells in the sentence before`);
  // ("…, has officially made the switch, according to multiple reports": the sentence's own source.)
  return [{ ...listedUnder(told, person, r, told.from, 0.85, `made the move "${told.trigger.word}" told in the sentence before`), status: statusOf(r) }];
}
const MADE_THE_MOVE = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.madeTheMove.en)})\\b`);

// Before the person: a Q&A's label at most, a word that answers, and a description with no clause break.
const ANSWER_LEAD = new RegExp(`^\\s*(?:(?:a|答)\\s*:\\s*)?(?:(?:${alternation(CONTEXT_WORDS.answerLeads.en)})\\b|${alternation(CONTEXT_WORDS.answerLeads.zh)})[^,;.:!?]{0,40}$`);
// After the person (and an aside set off by commas): "starts on Monday", "will take over in March".
const STARTS_IN_POST = new RegExp(`^(?:(?:\\s*,[^.;]{0,120},)?\\s+(?:${alternation(CONTEXT_WORDS.startsInPost.en)})|\\s+(?:${alternation(CONTEXT_WORDS.leadsInPost.en)}))\\b`);

/**
 * "Stability AI's chief executive is to step down." then "Gemma Whitfield, who took the top job in 2024, will stay on as
 * an adviser": the post a departure told without a name is held by the person the sentence after opens with, in an aside
 * that says they took or hold a post (not one who speaks: "X, who chairs the board, said …").
 */
function readPostHolder(r: SentenceReader, told: UnnamedMove): Candidate[] {
  if (told.trigger.trigger.event !== 'departure' || !told.post || !told.from || told.colon || !r.people.length) return [];
  const person = r.people[0]!;
  // (A newsletter's label may open the line: "Zoom in: Tobias Wrenfield, who joined from Apple in 2024, …".)
  if (person.start - r.span.start > 1 && !SECTION_LABEL.test(r.text.slice(r.span.start, person.start))) return [];
  const aside = HOLDER_ASIDE.exec(r.text.slice(person.end, r.span.end));
  if (!aside || SPEAKS_NEXT.test(r.text.slice(person.end + aside[0].length, r.span.end))) return [];
  r.fire('article.post-holder', person.name, `holds the post (${told.post}) "${told.trigger.word}" leaves in the sentence before`);
  return [{ ...listedUnder(told, person, r, told.from, 0.85, `holds the post "${told.trigger.word}" leaves in the sentence before`), role: told.post }];
}
// "The latest is X", "The latest to go is X": one more of those the sentence before tells leaving.
const LATEST_OF_THEM = /^\s*(?:the latest(?: to (?:go|leave|head out|walk out|depart|follow))? (?:is|was)|最新的一位是|最新一位是)\s/;
// ", who took the top job in 2024,": an aside after the name that says the person took or holds a post.
const HOLDER_ASIDE = new RegExp(`^\\s*,\\s*who\\s+(?:${alternation(CONTEXT_WORDS.tookThePost.en)})\\b[^,;]{0,80},`);
// (Telling their own people is the leaver's news: "told staff on Friday that he plans to take time off".)
const SPEAKS_NEXT = new RegExp(`^\\s*(?:${alternation(CONTEXT_WORDS.speechVerbs.en)})\\b(?!\\s+(?:${alternation(CONTEXT_WORDS.ownPeople.en)})\\b)`);
const SECTION_LABEL = /^\s*(?:[\w'’]+ ){0,3}[\w'’]+:\s*$/;

/** "Among them are Ana Ruiz and Ben Cole.": the people a list sentence names share the move told before it. */
function readListed(r: SentenceReader, told: UnnamedMove): Candidate[] {
  // The cheap tests first: finding a sentence's people is the costly part of reading it.
  if ((!told.colon && !r.listsPeople) || !r.people.length) return [];
  const first = r.people[0]!;
  // Under a colon, each line that opens with a name (after a bullet) is one entry of the list.
  const entry = told.colon && BULLET.test(r.text.slice(r.span.start, first.start));
  if (!r.listsPeople && !entry) return [];
  // ("两位核心成员近期相继离职。其中，A将加入字节跳动，另一位…B则尚未确定去向": where the sentence names just as many as the
  // move counted, each is one of them, however the sentence goes on between.)
  const named = new Map(r.people.filter((p) => !r.possessive(p)).map((p) => [p.key, p]));
  const listed = told.count && told.count > 1 && named.size === told.count ? [...named.values()] : [first, ...r.people.slice(1).filter((p, i) => r.joinsList(r.text.slice(r.people[i]!.end, p.start)))];
  r.fire('article.list', listed.map((p) => p.name).join(', '), `"${told.trigger.word}" (${told.trigger.trigger.event}) ${entry ? 'above the list' : 'from the sentence before'}`);
  const root = (o: OrgMention | null) => (o ? r.index.catalog.root(o.org) : null);
  // An entry's own org is where a hire came from ("- Ben Cole, formerly at Cohere").
  const came = entry && told.trigger.trigger.event === 'join' ? (r.orgs.find((o) => root(o) !== root(told.to)) ?? null) : null;
  if (came) r.fire('end.attributive', r.words(came), `${first.name} from ${came.org}`);
  return listed.map((person) => listedUnder(told, person, r, told.from ?? came, 0.9, `listed after "${told.trigger.word}" (${told.trigger.trigger.event}) in the sentence before`));
}

/**
 * The one org a headline names ("月之暗面高层再生变动"), which the sentences after it need not repeat.
 * A departure with no origin leaves it, unless the headline is about joining; a join with no destination
 * joins it only when the headline is about joining.
 */
function headlineOrg(head: SentenceReader, orgs: readonly OrgMention[] = head.orgs): { org: OrgMention; joining: boolean; leaving: boolean; founding: boolean; reader: SentenceReader } | null {
  if (!orgs.length) return null;
  const roots = new Set(orgs.map((o) => head.index.catalog.root(o.org)));
  if (roots.size !== 1) return null;
  return {
    org: orgs[0]!,
    joining: head.triggers.some((t) => t.trigger.shape !== 'leave' && t.trigger.shape !== 'dismiss'),
    leaving: head.triggers.some((t) => t.trigger.shape === 'leave' || t.trigger.shape === 'dismiss'),
    // Founding a company is leaving the one the headline names ("上海人工智能实验室一名研究员创业"), where it tells nothing else.
    founding: head.triggers.length > 0 && head.triggers.every((t) => t.trigger.event === 'founding'),
    reader: head,
  };
}

/**
 * "关于首席技术官辞职的公告" over "证券代码：002230 证券简称：科大讯飞": a filing's header line names the issuer, which is the
 * headline's org (the "公司" its sentences speak of).
 */
function issuerHeader(title: SentenceReader, header: SentenceReader | undefined): ReturnType<typeof headlineOrg> {
  if (!header || title.orgs.length || header.triggers.length || !ISSUER_LABEL.test(header.text.slice(header.span.start, header.span.end))) return null;
  const head = headlineOrg(title, header.orgs);
  if (head) header.fire('end.headline', head.org.org, 'the issuer a filing names in its header line');
  return head;
}
const ISSUER_LABEL = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.issuerLabels.en)})\\b|${alternation(CONTEXT_WORDS.issuerLabels.zh)}`, 'i');

// Opening a sentence before a name: "That engineer,", "This researcher,".
const THAT_ONE_NAMED = new RegExp(`^\\s*(?:that|this)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternation(CONTEXT_WORDS.epithets.en)})\\s*,\\s*$`);

/**
 * "一位DeepSeek前员工近日发文…。这位前员工今年年初离开了DeepSeek": 这位 and a noun the article introduced with 一位, someone
 * it never names, not the one person the sentence before names.
 */
function introducedUnnamed(r: SentenceReader, pronoun: RegExpExecArray, t: TriggerMention): boolean {
  if (!THIS_ONE.test(pronoun[0])) return false;
  const at = r.text.indexOf(pronoun[0], r.span.start);
  const after = r.text.slice(at + pronoun[0].length, Math.min(t.start, at + pronoun[0].length + 4));
  const before = r.text.slice(0, r.span.start);
  for (let len = Math.min(4, after.length); len >= 2; len--) {
    const noun = after.slice(0, len);
    if (!/^\p{Script=Han}+$/u.test(noun)) continue;
    if (new RegExp(`(?:一位|一名)[^。,;:]{0,12}${noun}`).test(before)) return true;
  }
  return false;
}
const THIS_ONE = /^(?:这位|这名|该名)$/;
// A time clause of leaving, then a word of what may or will come: "离开后可能", "离职后将".
const FUTURE_AFTER_LEAVING = /(?:离开|离职|卸任|请辞)后[,]?(?:可能|将|或将|或|拟|预计)$/;

/**
 * "X, who left Anthropic in 2023 to co-found the agent startup Relay, has returned to the company", "…重新回到字节。他创办的
 * “明远科技”已停止运营": a return comes back from the company the person left to found, told in its sentence before the
 * return word or in the sentence after.
 */
function backFromOwnCompany(c: Candidate, r: SentenceReader, spans: Span[], reader: (i: number) => SentenceReader): void {
  const k = spans.findIndex((s) => s.start === c.sentence.start);
  let org: OrgMention | null = null;
  // (Any sentence that names them, in an aside of theirs; or in Chinese the return's sentence or the one after, 他创办的.)
  for (let i = 0; i < spans.length && !org; i++) {
    const s = spans[i]!;
    const en = OWN_COMPANY_EN.exec(r.n.cased.slice(s.start, s.end));
    if (en?.indices?.[1] && reader(i).people.some((p) => p.key === c.person.key)) org = { start: s.start + en.indices[1][0], end: s.start + en.indices[1][1], org: en[1]! };
    const zh = i === k || i === k + 1 ? OWN_COMPANY_ZH.exec(r.text.slice(s.start, s.end)) : null;
    if (!org && zh?.indices?.[1]) org = { start: s.start + zh.indices[1][0], end: s.start + zh.indices[1][1], org: zh[1]! };
  }
  if (!org || NOT_COMPANY_NAME.test(org.org) || r.sameOrg(org, c.to)) return;
  c.from = org;
  c.reasons.push(`from ${org.org}, the company they left to found`);
  r.fire('end.described-elsewhere', org.org, `${c.person.name} from ${org.org}, the company they left to found`);
}
const OWN_COMPANY_EN = new RegExp(
  `\\bto (?:co found|cofound|found|start|launch) (?:the |a |an |his own |her own |their own )?(?:[\\w-]+ ){0,3}?(?:${alternation(CONTEXT_WORDS.companyNouns.en)}),? ([A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,2})`,
  'd',
);
const OWN_COMPANY_ZH = /(?:他|她|其)(?:一手)?(?:创办|创立|联合创办)的[“"「]([^”"」]{2,20})[”"」]/d;

/**
 * "Two weeks after leaving Anthropic for Anysphere, A and B are going back. The duo … have rejoined Anthropic": a return
 * comes back from where the leaving of the org returned to went, told in its sentence or the one before.
 */
function backFromWhereTheyWent(c: Candidate, spans: Span[], reader: (i: number) => SentenceReader): void {
  const k = spans.findIndex((s) => s.start === c.sentence.start);
  for (let i = k; i >= Math.max(0, k - 1); i--) {
    const r = reader(i);
    for (const t of r.triggers) {
      if (t.trigger.shape !== 'leave') continue;
      const left = r.orgs.find((o) => o.start >= t.end && o.start - t.end <= 1);
      if (!left || !r.sameOrg(left, c.to)) continue;
      const went = r.orgAfterConnector('to', left.end, r.clause(t.start).end);
      if (!went || r.sameOrg(went, c.to)) continue;
      c.from = went;
      c.reasons.push(`from ${went.org}, where leaving ${left.org} took them`);
      r.fire('end.described-elsewhere', went.org, `${c.person.name} from ${went.org}, where leaving ${left.org} took them`);
      return;
    }
  }
}

/** Whether the candidate's move is a noun of arriving right before their name ("the arrival of X"). */
function arrivalNoun(r: SentenceReader, c: Candidate): boolean {
  return r.triggers.some((t) => t.trigger.noun === true && t.trigger.event === c.event && t.end <= c.person.start && c.person.start - t.end <= 1);
}

/**
 * `leftBefore(root)`: whether the article has told a departure from that org before this sentence ("… will retire. His
 * deputy will take over the group."): a promotion with no org is to that post, at the headline's org or the theme's.
 */
function carryHeadline(
  r: SentenceReader,
  c: Candidate,
  head: NonNullable<ReturnType<typeof headlineOrg>> | null,
  theme: string | null,
  reorg: boolean,
  leftBefore: (root: string | null) => boolean,
): void {
  const rootOf = (o: OrgMention | null) => (o ? r.index.catalog.root(o.org) : null);
  // ("Kimi users flock to …" over "she had left her firm": the workplace left is hers, unnamed.)
  if (c.event === 'departure' && !c.from && r.triggers.some((t) => t.trigger.shape === 'leave' && leftOwnPlace(r, t))) return;
  if (head && rootOf(c.event === 'departure' ? c.to : c.from) !== rootOf(head.org)) {
    // (A founding as much: "上海人工智能实验室一名研究员创业" over "该实验室青年研究员X已经离职创业".)
    // (And a join or a founding under a headline about leaving that names no one: "Inside the exodus from Apple's models team"
    // over "X joined OpenAI"; the headline's names read last, only then: reading them is discovery.)
    const leftHead = head.leaving && !head.joining && (c.event === 'join' || c.event === 'founding') && head.reader.people.length === 0;
    if (((c.event === 'departure' && !head.joining) || (c.event === 'founding' && head.founding) || leftHead) && !c.from) {
      c.from = head.org;
      c.reasons.push(`origin ${head.org.org} from the headline`);
      r.fire('end.headline', head.org.org, `${c.person.name} from ${head.org.org}`);
    } else if (
      !c.to &&
      // The hires a list names under "new hires:" (or in an article about a reorganisation) are the article's org's; a
      // promotion is within one org, the headline's when the headline is about people moving at all (or a reorganisation).
      // (Under any headline of moves, an arrival told as a noun from another org, naming no destination: "At Meta, a
      // quiet departure and a loud arrival" over "the arrival of X, a star researcher at OpenAI"; not "He had joined from
      // Morgan Stanley" under "xAI's finance chief exits".)
      (((c.event === 'join' || c.event === 'return') && ((head.joining && !head.leaving) || (head.leaving && c.from !== null && arrivalNoun(r, c)) || c.listed || reorg)) ||
        (c.event === 'promotion' && (head.joining || head.leaving || reorg || leftBefore(rootOf(head.org)))))
    ) {
      c.to = head.org;
      c.reasons.push(`destination ${head.org.org} from the headline`);
      r.fire('end.headline', head.org.org, `${c.person.name} to ${head.org.org}`);
      cameFromStint(r, c);
    }
  }
  // Without a headline org: in an article about people leaving one org, a departure told without an origin is from it.
  // (With one, the theme would give a bystander's departure the headline's story: the seed's Hive Box CEO.)
  // (So is a join, a return or a founding told without an origin: "At least five members of Apple's team have left. … Dan Okafor joined OpenAI.")
  // (Or with one that tells no move of its own, of that org: "Inside Apple's foundation models team".)
  const themed = theme !== null && (!head || (!head.joining && !head.leaving && rootOf(head.org) === theme));
  if (themed && c.event !== 'promotion' && !c.from && rootOf(c.to) !== theme) {
    c.from = { start: -1, end: -1, org: theme };
    c.reasons.push(`origin ${theme}: the article is about departures from it`);
    r.fire('end.headline', theme, `${c.person.name} from ${theme}, the org the article is about`);
  }
  // "X is leaving Apple … His deputy, Y, is expected to take over the group": a promotion naming no org, after a
  // departure in an article about departures from one org, is the successor's there.
  if (theme && c.event === 'promotion' && !c.to && !c.from && leftBefore(theme)) {
    c.to = { start: -1, end: -1, org: theme };
    c.reasons.push(`at ${theme}: the article is about departures from it`);
    r.fire('end.headline', theme, `${c.person.name} at ${theme}, the org the article is about`);
    cameFromStint(r, c);
  }
}

/**
 * The company a lead tells was bought, or licensed with its founders ("has hired the co-founders of Lumen Labs, a
 * two-year-old startup, and will pay $400 million to license its technology", "完成对AI Agent创业公司灵犀智能的收购"),
 * known to the catalog or not; null where the lead tells of no such deal or names no company.
 */
function boughtCompany(lead: string, index: MatchIndex): OrgMention | null {
  const named = STARTUP_NAMED_EN.exec(lead) ?? STARTUP_APPOSITION_EN.exec(lead) ?? STARTUP_NAMED_ZH.exec(lead);
  if (!named) return null;
  const name = named[1]!.trim();
  if (NOT_COMPANY_NAME.test(name.toLowerCase())) return null;
  const known = index.catalog.find(name);
  return { start: -1, end: -1, org: known ? known.name : name };
}
// "voice AI startup Cadenza", "the startup Lumen Labs".
const STARTUP_NAMED_EN = /\b(?:startup|start-up)\s+([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})/;
// "Lumen Labs, a two-year-old startup", "Cadenza, a voice AI startup".
const STARTUP_APPOSITION_EN = /\b([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}),\s+(?:a|an)\s+(?:[\w$-]+\s+){0,4}?(?:startup|start-up)\b/;
// "AI Agent创业公司灵犀智能的收购", "具身智能创业公司"星枢机器人"达成合作".
const STARTUP_NAMED_ZH = /(?:创业公司|初创公司|初创企业)"?([\p{Script=Han}A-Za-z0-9]{2,10}?)"?(?=的收购|达成|[,.;:，。；：]|将|已|$)/u;

/** "灵犀智能创始人兼CEO谭书远将带领团队整体加入通义实验室": a join with no origin, in an article about a deal, comes with the company bought. */
function cameWithCompany(r: SentenceReader, c: Candidate, bought: OrgMention | null): void {
  if (!bought || r.sameOrg(c.to, bought)) return;
  c.from = bought;
  c.reasons.push(`from ${bought.org}, the company the deal is for`);
  r.fire('end.acquired', bought.org, `${c.person.name} from ${bought.org}, the company the lead tells was bought or licensed`);
}

/**
 * "Meta has recruited X from OpenAI … following A and B, who joined in June" / "a string of hires from OpenAI": a join
 * from an org with no destination goes where the article's earlier join from that org went.
 */
function joinEarlierHire(r: SentenceReader, c: Candidate, earlier: readonly Candidate[]): void {
  const before = earlier.find((x) => (x.event === 'join' || x.event === 'return') && x.to && r.sameOrg(x.from, c.from) && !r.sameOrg(x.to, c.from));
  if (!before?.to) return;
  c.to = before.to;
  c.reasons.push(`destination ${before.to.org}, where the article's earlier hire from ${c.from!.org} went`);
  r.fire('end.earlier-hire', before.to.org, `${c.person.name} to ${before.to.org}, like ${before.person.name} from ${c.from!.org}`);
}

/**
 * "Microsoft has appointed X as a vice president. X spent eleven years at Meta": an appointment (or a join with no origin)
 * told in one sentence, from another org told in the next, is a join from it; so is an appointment by a company
 * not named ("同意聘任X为公司副总裁。X此前任腾讯混元大模型技术负责人").
 */
function cameFromNext(r: SentenceReader, c: Candidate, year: number, after = r.span.start): void {
  // (An appointment by a company the text does not name, "同意聘任X为公司副总裁", is a join from the org told next.)
  if ((c.event !== 'promotion' && c.event !== 'join') || c.from || (!c.to && c.event !== 'promotion') || !r.orgs.length) return;
  // (The cheap tests first: asking a sentence for its people runs name discovery on it.)
  const pastWord = CAME_FROM.test(r.text.slice(after, r.span.end));
  if (!pastWord && !r.triggers.some((t) => t.trigger.event === 'join' && t.start >= after)) return;
  // Named again, or "she" opening the sentence (or the clause after a semicolon: "…; she was most recently at Snap").
  const named = r.people.find((p) => p.key === c.person.key && p.start >= after);
  // ("…on LinkedIn: I've joined Mistral AI … Before this I spent four years at Meta": in a post, "I" is its poster.)
  const pronoun = named
    ? null
    : (OPENING_PRONOUN.exec(r.text.slice(after, r.span.end)) ??
      // ("Previously: Head of ML Platform at Amazon.": a profile card's label stands for the person.)
      PAST_LABEL.exec(r.text.slice(after, r.span.end)) ??
      (FIRST_PERSON_MOVE.test(r.text.slice(c.sentence.start, c.sentence.end)) ? OPENING_I.exec(r.text.slice(after, r.span.end)) : null));
  const from = named ? named.end : pronoun ? after + pronoun[0].length : -1;
  if (from < 0 || (pronoun && r.people.some((p) => p.start >= after))) return;
  // (Not where the sentence says they joined the org in an earlier year: "X此前在微软亚洲研究院工作多年，2023年加入小米" is
  // an insider appointed.)
  if (
    c.to &&
    r.triggers.some(
      (t) => t.trigger.event === 'join' && t.start >= from && earlierYearAt(r, t.start, year) !== null && r.orgs.some((o) => o.start >= t.end && o.start - t.end <= 1 && r.sameOrg(o, c.to)),
    )
  )
    return;
  if (!pastWord) {
    joinedEarlier(r, c, year, from);
    return;
  }
  const past = CAME_FROM.exec(r.text.slice(from, r.span.end));
  // ("此前，她在谷歌…": the past word may open the sentence before the pronoun.)
  const at = past ? from + past.index : pronoun && CAME_FROM.test(pronoun[0]) ? from : -1;
  // (In the past word's own clause: "此前任研究院副院长，曾在快手、美团等公司任职" names no org before, only older stints.)
  const clauseEnd = at >= 0 ? r.clause(at).end : -1;
  // ("was previously finance chief at Databricks rival Snowflake": the org a rival describes is the one.)
  const first = at >= 0 ? r.orgs.find((o) => o.start >= at && o.start < clauseEnd && !r.sameOrg(o, c.to)) : undefined;
  const org = first && r.described(first);
  if (!org || r.sameOrg(org, c.to)) return;
  c.event = 'join';
  c.from = org;
  c.reasons.push(`from ${org.org}: the next sentence tells where ${c.person.name} came from`);
  r.fire('article.came-from', r.words(org), `${c.person.name}, appointed from ${org.org}`);
}

/**
 * "X已加入月之暗面。X本科毕业于清华大学，2021年加入OpenAI。": a join of theirs dated in an earlier year, to another org
 * (not a school), is where the new join comes from; the last such one, and none left after it.
 */
function joinedEarlier(r: SentenceReader, c: Candidate, year: number, from: number): void {
  const moves = r.triggers.filter((t) => t.start >= from && (t.trigger.event === 'join' || t.trigger.shape === 'leave'));
  const last = moves[moves.length - 1];
  if (!last || last.trigger.event !== 'join' || earlierYearAt(r, last.start, year) === null) return;
  const org = r.orgs.find((o) => o.start >= last.end && o.start - last.end <= 1);
  if (!org || r.sameOrg(org, c.to) || ACADEMIC_ORG.test(org.org)) return;
  c.event = 'join';
  c.from = org;
  c.reasons.push(`from ${org.org}: the next sentence tells when ${c.person.name} joined it`);
  r.fire('article.came-from', r.words(org), `${c.person.name}, who joined ${org.org} in an earlier year`);
}

const RESUME_HEAD = /^\s*\p{Script=Han}{2,4}(?:先生|女士)?(?:简历)?\s*[,:]\s*(?:男|女|(?:19|20)\d\d年(?:\d{1,2}月)?出生|出生于)/u;
// In a résumé, a past post: the words of a past (曾任, 此前在) or a span of years at an org ("2010年至2024年在华为…任职").
const RESUME_PAST = new RegExp(`${CAME_FROM.source}|(?:19|20)\\d\\d年(?:\\d{1,2}月)?(?:至|-)(?:(?:19|20)\\d\\d年(?:\\d{1,2}月)?|今)?\\s*(?:在|于|就职于|任职于)`);

/** A promotion or a join with no origin, and a résumé line of its person that names a past post elsewhere: a join from there. */
function cameFromResume(r: SentenceReader, c: Candidate): void {
  if (c.from) return;
  const past = RESUME_PAST.exec(r.text.slice(r.span.start, r.span.end));
  if (!past) return;
  const at = r.span.start + past.index;
  const org = r.orgs.find((o) => o.start >= at && o.start < r.clause(at).end && !r.sameOrg(o, c.to));
  if (!org) return;
  c.event = 'join';
  c.from = org;
  c.reasons.push(`from ${org.org}: the résumé of ${c.person.name} tells a past post there`);
  r.fire('article.came-from', r.words(org), `${c.person.name}, appointed from ${org.org} (a résumé line)`);
}

/**
 * A promotion with no org: at the org where the article's last move went, or, after a departure, at the org left
 * ("X will leave Apple for Meta. … 其職務將由Y接任": Y fills the post X vacates).
 */
function samePlace(r: SentenceReader, c: Candidate, told: Candidate[]): void {
  const last = told.filter((x) => x.to || (x.event === 'departure' && x.from)).pop();
  const at = last?.event === 'departure' && last.from ? last.from : last?.to;
  if (!last || !at) return;
  c.to = at;
  c.reasons.push(`at ${at.org}, where the move told before ${at === last.to ? 'goes' : 'leaves'}`);
  r.fire('article.same-org', c.person.name, `at ${at.org}, where ${last.person.name}'s move ${at === last.to ? 'goes' : 'leaves'}`);
  cameFromStint(r, c);
}

/**
 * A promotion whose org the article gave, and a stint elsewhere in the words about its person ("接替她出任这一职位的，是此前在
 * 百度负责文心大模型的Y"): a join from there.
 */
function cameFromStint(r: SentenceReader, c: Candidate): void {
  const stint = c.event === 'promotion' && !c.from && c.to ? r.stintBefore(c.person.start) : null;
  if (!stint || r.sameOrg(stint, c.to)) return;
  c.event = 'join';
  c.from = stint;
  c.reasons.push(`from ${stint.org}: a stint there in the words about ${c.person.name}`);
  r.fire('end.aside', r.words(stint), `${c.person.name} from ${stint.org}, after a stint there`);
}

/** The org whose post someone replaced had left: where the latest appointment or hire told goes. */
function leftThePost(r: SentenceReader, c: Candidate, told: Candidate[]): void {
  const filled = told.filter((x) => x !== c && x.to && (x.event === 'join' || x.event === 'promotion')).pop();
  if (!filled?.to) return;
  c.from = filled.to;
  c.reasons.push(`from ${filled.to.org}: ${filled.person.name} takes the post`);
  r.fire('end.successor', c.person.name, `from ${filled.to.org}, where ${filled.person.name} takes the post`);
}

/** "Sarah Kim spent four years building Google's Gemini app. On Monday, she started a new job at Perplexity.": a join told after a sentence about the person's past elsewhere comes from there. */
function cameFromBefore(before: SentenceReader, r: SentenceReader, c: Candidate): void {
  const person = before.people.find((p) => p.key === c.person.key);
  const past = person ? CAME_FROM.exec(before.text.slice(person.end, before.span.end)) : null;
  const org = past && person ? before.orgs.find((o) => o.start >= person.end + past.index && !r.sameOrg(o, c.to)) : undefined;
  if (!org) return;
  c.from = org;
  c.reasons.push(`from ${org.org}: the sentence before tells where ${c.person.name} was`);
  r.fire('article.came-from', before.words(org), `${c.person.name}, joining from ${org.org}`);
}

/**
 * "X has stepped down from the company's board. He remains chief scientist.": the one who left a post in the sentence
 * before, told to stay in another (not one on the way out, as an adviser), has not left. The departure is dropped.
 */
function staysAfterLeaving(n: NormalizedText, span: Span, reader: () => SentenceReader, candidates: Candidate[], previous: Span): void {
  // (The sentence's reader is built only when the words are there: most sentences after a departure say nothing of staying.)
  const stays = STAYS_NEXT.exec(n.text.slice(span.start, span.end));
  if (!stays || WAY_OUT.test(stays[2]!)) return;
  const r = reader();
  const leavers = candidates.filter((c) => c.sentence.start === previous.start && c.event === 'departure' && !c.to);
  if (leavers.length !== 1) return;
  const leaver = leavers[0]!;
  const surname = leaver.person.key.split(' ').pop();
  if (!STAYS_PRONOUN.test(stays[1]!) && stays[1] !== surname) return;
  candidates.splice(candidates.indexOf(leaver), 1);
  r.block('block.stays', stays[0].trim(), `${leaver.person.name} stays: the sentence before told a post given up`);
}
const STAYS_NEXT = new RegExp(`^\\s*(he|she|they|他|她|[a-z'’-]+)\\s*(?:${alternation([...CONTEXT_WORDS.staysNext.en, ...CONTEXT_WORDS.staysNext.zh])})\\s*([^.;。；]{0,30})`);
const STAYS_PRONOUN = /^(?:he|she|they|他|她)$/;

/**
 * "I've left Google. Next stop: Anthropic.", "Lena Park is out at Google. Where is she headed? OpenAI, sources say.": a
 * sentence that is only a destination, labelled as the next stop or answering the question between, is where the one
 * leaver the sentence before tells with no destination goes.
 */
function nextStopAfterLeaving(r: SentenceReader, candidates: Candidate[], left: Span, question: Span | null): void {
  const to = r.orgs[0];
  // (A move word may be the label itself: "下一站：腾讯".)
  if (!to || r.triggers.some((t) => t.end > to.start)) return;
  const opening = r.text.slice(r.span.start, to.start);
  if (question ? !/^\W*$/.test(opening) || !WHERE_TO.test(r.text.slice(question.start, question.end)) : !NEXT_STOP_LABEL.test(opening)) return;
  if (r.people.length) return;
  // (Only the destination, and at most who says so: "OpenAI, sources say.")
  if (!/^[\s,]*(?:[\p{L}\s]{0,24})?[.!。！…]*$/u.test(r.text.slice(to.end, r.span.end))) return;
  const leavers = candidates.filter((c) => c.sentence.start === left.start && c.event === 'departure' && !c.to);
  if (leavers.length !== 1 || r.sameOrg(leavers[0]!.from, to)) return;
  const leaver = leavers[0]!;
  leaver.to = to;
  leaver.reasons.push(`to ${to.org}: the next stop told after the departure`);
  if (r.markers.some((m) => m.entity.kind === 'rumour')) leaver.status = 'rumoured';
  r.fire('article.next-stop', r.words(to), `${leaver.person.name} to ${to.org}, the next stop told after leaving`);
}
const NEXT_STOP_LABEL = new RegExp(`^\\W*(?:${alternation([...CONTEXT_WORDS.nextStopLabels.en, ...CONTEXT_WORDS.nextStopLabels.zh])})\\s*[:,]\\s*$`);
const WHERE_TO = new RegExp(
  `\\bwhere(?:'s|’s|\\s+is|\\s+are|\\s+will)?\\s+(?:he|she|they)(?:\\s+be)?\\s+(?:headed|heading|going|off to|landing|moving)\\b|\\bwhere to\\b|${alternation(CONTEXT_WORDS.whereTo.zh)}`,
);

/** "一同加入的还有前Meta研究员X", "Joining him is X": joined together with someone the sentence before names, so where they went. */
function joinedTogether(r: SentenceReader, c: Candidate, before: readonly Candidate[], previous: Span): void {
  if (!JOINED_TOGETHER.test(r.text.slice(r.span.start, c.person.start))) return;
  const told = before.filter((x) => x.sentence.start === previous.start && x.to && (x.event === 'join' || x.event === 'return')).pop();
  if (!told?.to) return;
  c.to = told.to;
  c.reasons.push(`to ${told.to.org}: joined together with ${told.person.name}`);
  r.fire('article.same-move', c.person.name, `${c.person.name}: to ${told.to.org} with ${told.person.name}`);
}
/**
 * "Also leaving is his deputy, X, who will join him there": someone going with the one the sentence before tells leaving
 * has that move's ends, where theirs are not told.
 */
function goesWith(r: SentenceReader, c: Candidate, before: readonly Candidate[], previous: Span): void {
  if (!GOES_WITH.test(r.text.slice(c.person.end, r.span.end))) return;
  const told = before.filter((x) => x.sentence.start === previous.start && x.person.key !== c.person.key);
  if (!told.length || told.some((x) => x.person.key !== told[0]!.person.key)) return;
  // (Their move as the article tells it so far: "His newest recruit is X, who led … at Google DeepMind. X will lead a
  // team, Microsoft confirmed. Two of his colleagues are going with him".)
  const { from, to } = movedSoFar(told[0]!.person.key, before);
  // (Leaving the same org, where theirs is told: "Also leaving Apple" in the headline.)
  if ((!from && !to) || (c.from && !r.sameOrg(c.from, from))) return;
  c.from ??= from;
  c.to ??= to;
  r.fire('article.same-move', c.person.name, `${c.person.name}: with ${told[0]!.person.name}${c.to ? `, to ${c.to.org}` : ''}`);
}
/** Where a person's moves told so far take them: the origin of a departure or an arrival, the destination of any. */
function movedSoFar(key: string, before: readonly Candidate[]): { from: OrgMention | null; to: OrgMention | null } {
  const theirs = before.filter((x) => x.person.key === key);
  const from = theirs.find((x) => x.event !== 'promotion' && x.from)?.from ?? null;
  const to = theirs.find((x) => x.event !== 'departure' && x.to)?.to ?? theirs.find((x) => x.to)?.to ?? null;
  return { from, to };
}
/**
 * "Daly's teammate Yusra Kamal has joined Anthropic", "其同事贺若川也已离职": a colleague of a mover told before worked
 * where that mover did.
 */
function colleagueOf(r: SentenceReader, c: Candidate, before: readonly Candidate[]): void {
  const lead = COLLEAGUE_BEFORE.exec(r.text.slice(Math.max(r.span.start, c.person.start - 48), c.person.start));
  if (!lead) return;
  const ownerName = lead[1] ? r.people.filter((p) => p.end <= c.person.start && p.key !== c.person.key && r.possessive(p)).pop() : undefined;
  const owner = ownerName ? before.find((x) => x.person.key === ownerName.key) : before.filter((x) => x.person.key !== c.person.key).pop();
  // (Where the owner came from, if any of their moves says: a promotion told after their hire is at the new org.)
  const at = owner ? (movedSoFar(owner.person.key, before).from ?? (owner.event === 'promotion' ? owner.to : null)) : null;
  if (!at || r.sameOrg(at, c.to)) return;
  c.from = at;
  c.reasons.push(`from ${at.org}: a colleague of ${owner!.person.name}`);
  r.fire('article.same-org', c.person.name, `from ${at.org}, where ${owner!.person.name}, whose colleague they are, was`);
}
// ("His exit came days after another co-founder, Rasmus Kjeldsen, told colleagues …": another of the same kind.)
const COLLEAGUE_BEFORE = new RegExp(
  `(?:(['’]s)|\\b(?:his|her|their)|其)\\s*(?:(?:longtime|former|fellow|close)\\s+)?(?:${alternation([...CONTEXT_WORDS.colleagueNouns.en, ...CONTEXT_WORDS.colleagueNouns.zh])})\\s*,?\\s*$|\\banother\\s+(?:co ?founder|founding member|founder)\\s*,?\\s*$`,
);

/** "Out: X, who ran Meta's generative AI product group. In: Y": the one in comes to where the one out left. */
function takesThePostLeft(r: SentenceReader, c: Candidate, before: readonly Candidate[], previous: Span): void {
  const out = before.filter((x) => x.sentence.start === previous.start && x.event === 'departure' && x.from);
  if (out.length !== 1) return;
  c.to = out[0]!.from;
  // ("In: Y, previously head of product at Instagram": a post elsewhere in the same company is a promotion.)
  if (r.sameOrg(c.from, c.to)) {
    c.event = 'promotion';
    c.from = null;
  }
  r.fire('article.same-move', c.person.name, `${c.person.name}: in at ${c.to!.org}, where ${out[0]!.person.name} is out`);
}
const IN_LABEL = /^in\s*:/;

/**
 * A Chinese sentence that is a quote in the first person ("“下周我将正式加入月之暗面…”"), whose speaker the next sentence
 * names and nothing else ("字节跳动Seed团队研究员冉若溪告诉记者。"): the quote's move is theirs, from the org they are named by
 * where the quote names none.
 */
function quotedThenSpeaker(r: SentenceReader, next: SentenceReader, year: number): Candidate[] {
  // (Or an English sentence after it that gives who said it: '"我刚刚入职小米…" Former DeepSeek researcher X confirmed the move'.)
  const line = next.text.slice(next.span.start, next.span.end);
  if (!SPEAKER_LINE_ZH.test(line) && !(isLatin(line.charCodeAt(0)) && SPEAKER_LINE_EN.test(line))) return [];
  // (Its Chinese names guessed though it has no move word.)
  const speakers = next.peopleReferredTo();
  if (!speakers.length || !speakers.every((p) => p.key === speakers[0]!.key)) return [];
  const speaker = speakers[0]!;
  const t = r.triggers.find((x) => (x.trigger.event === 'departure' || x.trigger.event === 'join') && !blocked(r, x, year, false));
  if (!t) return [];
  const ends = endsOf(r, t);
  const from = ends.from ?? next.orgBefore(speaker.start, next.span.start);
  r.fire('subject.quoted', speaker.name, `"${t.word}" in their own words, the speaker named in the sentence after`);
  const reason = `"${t.word}" in a quote in the first person, said by ${speaker.name}`;
  return [toldMove(r, speaker, t.trigger.event, from && !r.sameOrg(from, ends.to) ? from : null, ends.to, reason, t.trigger.strength * 0.9)];
}
// A quote opening the sentence, "我" (not 我们) before its move word. (Its mark may end the span before: a line that
// opens with a quote.)
const QUOTE_IN_FIRST_PERSON_ZH = /^\s?[“「"][^”」"]{0,20}?我(?!们)/;
const SPEAKER_LINE_EN = /\b(?:said|says|wrote|writes|posted|posts|confirmed|confirms|told)\b/;
// The speaker's line: a name, then a verb of saying closing it ("…在接受采访时说。", "…告诉记者。").
const SPEAKER_LINE_ZH = new RegExp(`(?:${alternation([...CONTEXT_WORDS.statementVerbs.zh, '告诉记者'])})[。！!.]?\\s*$`);

/** "…, Friday was my last day at @Google. Next up: @AnthropicAI": where the one the sentence before tells leaving goes. */
function nextUp(r: SentenceReader, before: readonly Candidate[], previous: Span): void {
  const left = before.filter((x) => x.sentence.start === previous.start && x.event === 'departure' && !x.to);
  const to = r.orgs.find((o) => o.start - r.span.start <= 11);
  if (left.length !== 1 || !to || r.sameOrg(left[0]!.from, to)) return;
  left[0]!.to = to;
  r.fire('article.same-move', r.words(to), `${left[0]!.person.name}: to ${to.org}, next`);
}
const NEXT_UP = /^next up\s*:/;
const GOES_WITH = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.goesWith.en)})\\b|${alternation(CONTEXT_WORDS.goesWith.zh)}`);
const JOINED_TOGETHER = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.joinedTogether.en)})\\b|${alternation(CONTEXT_WORDS.joinedTogether.zh)}`);

/**
 * "月之暗面再次从谷歌挖人。前谷歌研究科学家X已加入这家公司": a join to "the company", naming none, is to the org the
 * sentence before names as the one acting (not one people come from, nor one someone is "former" of). So is a seat on
 * "the board" ("Bret Taylor … will chair the new board").
 */
function joinedTheCompany(before: SentenceReader, r: SentenceReader, c: Candidate): void {
  // (Past a long aside, the join word's own object: "X, who spent eleven years at Google, most recently leading …, will
  // join the company as head of Japan".)
  const joinsIt =
    JOINED_THE_COMPANY.test(r.text.slice(c.person.end, r.span.end)) ||
    r.triggers.some(
      (t) => t.trigger.event === 'join' && t.start > c.person.end && THE_COMPANY_OBJECT.test(r.text.slice(t.end, t.end + 24)) && !r.people.some((p) => p.start > c.person.end && p.start < t.start),
    );
  if (!joinsIt) return;
  const org = before.orgs.find((o) => !before.introducedBy('from', o) && !before.isFormer(o) && !r.sameOrg(o, c.from));
  if (!org) return;
  c.to = org;
  c.reasons.push(`to ${org.org}: "the company" of the sentence before`);
  r.fire('end.company-ref', before.words(org), `${c.person.name} to ${org.org}, the company the sentence before names`);
}
/**
 * The org a description right before the name points back to, for a move with no origin: the former holder of a post
 * (原技术总监Y) leaves the org the sentence before appointed someone at; one who ran "that" unit (此前负责该方向的Y) comes
 * from the one org the sentence before names (not one someone is former of).
 */
function originPointedBack(r: SentenceReader, c: Candidate, before: SentenceReader, appointedBefore: () => Candidate | undefined): void {
  const lead = r.text.slice(Math.max(r.span.start, c.person.start - 16), c.person.start);
  let org: OrgMention | null = null;
  let why = '';
  if (c.event === 'departure' && FORMER_HOLDER.test(lead)) {
    const appointed = appointedBefore();
    org = appointed?.to ?? null;
    why = `the former holder of the post given to ${appointed?.person.name}`;
  } else if (RAN_THAT_UNIT.test(lead)) {
    org = theOneEmployer(before);
    why = 'ran the unit the sentence before names';
    if (org && r.sameOrg(org, c.to)) return;
  }
  if (!org) return;
  c.from = org;
  c.reasons.push(`from ${org.org}: ${why}`);
  r.fire('end.antecedent', org.org, `${c.person.name} from ${org.org}: ${why}`);
}
// Right before a name: the former holder of a post ("原技术总监", "前任CTO").
const FORMER_HOLDER = /(?:^|[,;。])\s*(?:原|前任)[^,;。]{1,8}$/;
// Right before a name: the one who ran "that" unit ("此前负责该方向的", "原负责这一团队的").
const RAN_THAT_UNIT = /负责(?:该|这一|此)(?:方向|团队|部门|业务|项目|实验室)的$/;
const OWN_PLACE_AFTER = /^\s+(?:her|his|their|my)\s+(?:(?:law|old|previous)\s+)?(?:firm|practice|employer|job|school|hospital|bank|agency)\b/;
/** "left her firm", "quit his job": the move word's object is a workplace of the person's own the sentence does not name. */
function leftOwnPlace(r: SentenceReader, t: TriggerMention): boolean {
  const own = OWN_PLACE_AFTER.exec(r.text.slice(t.end, t.end + 32));
  return own !== null && !r.orgs.some((o) => o.start >= t.end + own[0].length && o.start - (t.end + own[0].length) <= 5);
}
// "Related: …", "相关阅读：…": a line that links to an earlier story.
const RELATED_LINK = new RegExp(`^\\s*(?:${alternation(CONTEXT_WORDS.relatedLinks.en)}|${alternation(CONTEXT_WORDS.relatedLinks.zh)})\\s*:`);
const NOUN_TO_BEFORE = /\sto\s+(?:the\s+)?$/;
/** A bare "to" right before the org, after a name or the comma closing an aside ("… of X to OpenAI", "…, to OpenAI"; not "a blow to OpenAI"). */
function bareToBefore(r: SentenceReader, o: OrgMention): boolean {
  const to = NOUN_TO_BEFORE.exec(r.text.slice(Math.max(r.span.start, o.start - 8), o.start));
  if (!to) return false;
  const at = o.start - to[0].length;
  return r.text.charCodeAt(at - 1) === 0x2c /* , */ || r.people.some((p) => p.end === at);
}
/** An earlier move word before `t` whose origin is `from`, and the org it then names as its destination ("leaving Apple for Meta", "从字节跳动跳槽至阿里巴巴"). */
function earlierStop(r: SentenceReader, t: TriggerMention, from: OrgMention): OrgMention | null {
  if (from.end > t.start) return null;
  const earlier = r.triggers.find((x) => x !== t && x.end <= t.start && Math.abs(x.start - from.start) <= 12);
  if (!earlier) return null;
  // (In Chinese the word may carry its "to" itself: "跳槽至阿里巴巴".)
  const to = (o: OrgMention) => r.introducedBy('to', o) || (o.start - earlier.end <= 1 && /[至到去]$/.test(earlier.word));
  return r.orgs.find((o) => o.start > from.end && o.start >= earlier.end && o.end <= t.start && o.start - Math.max(from.end, earlier.end) <= 8 && to(o) && !r.sameOrg(o, from)) ?? null;
}
// "…, to run the company's enterprise business": the org the sentence refers back to as "the company".
const THE_COMPANYS = /\bthe (?:company|startup|firm|lab)['’]s\b/;
// "The role has now gone to X": a post filled, opening the hire's words.
const POST_FILLED = /^the (?:role|job|post|position|seat)\b/;
// A sentence opening with one hire told as a noun, its org unnamed: "The latest hire", "Its newest recruit".
const LATEST_HIRE_OPENING = /^\s*(?:the|its|their)\s+(?:(?:latest|newest|most recent|first)\s+)?(?:senior\s+)?(?:hire|recruit)$/;
/**
 * "FAIR, the research lab …, has lost much of its old guard. … This week the lab named X as its new director": a hire by
 * "the lab" (or company, startup, firm) with no org named is by the org an earlier sentence opens with, its subject.
 */
function hiredByTheCompany(r: SentenceReader, c: Candidate, spans: readonly Span[], reader: (i: number) => SentenceReader, i: number): void {
  // (Or "it said X would join as head of research": the company speaking of a join with no org.)
  // (Or a hire told as a noun opening the sentence: "The latest hire, announced internally on Monday, is X".)
  const t =
    // ("OpenAI posted the head of preparedness job in June. … The role has now gone to X": the post an earlier sentence's
    // org offered.)
    r.triggers.find(
      (x) =>
        x.trigger.shape === 'hire' &&
        x.end <= c.person.start &&
        (COMPANY_HIRES.test(r.text.slice(r.clause(x.start).start, x.start)) ||
          POST_FILLED.test(x.word) ||
          // ("a run of senior hires, most recently X, who joined from Meta to run the company's enterprise business".)
          (!r.orgs.some((o) => o.end <= x.start) && THE_COMPANYS.test(r.text.slice(c.person.end, r.span.end)))),
    ) ??
    (c.event === 'join' && COMPANY_SAYS.test(r.text.slice(r.span.start, c.person.start)) ? r.triggers.find((x) => x.trigger.event === 'join' && x.start > c.person.end) : undefined) ??
    r.triggers.find((x) => x.trigger.noun === true && x.end <= c.person.start && LATEST_HIRE_OPENING.test(r.text.slice(r.span.start, x.end)));
  if (!t) return;
  for (let j = i - 1; j >= 0; j--) {
    const opening = reader(j).orgs[0];
    if (!opening || opening.start - spans[j]!.start > 1 || r.sameOrg(opening, c.from)) continue;
    c.to = opening;
    c.reasons.push(`at ${opening.org}: "${r.words(t)}" by the org an earlier sentence opens with`);
    r.fire('end.company-ref', reader(j).words(opening), `${c.person.name} at ${opening.org}, the org an earlier sentence opens with`);
    return;
  }
}

/**
 * "Google has spun out a robotics team as an independent company, Tessellate Robotics, which will be led by X": a post at
 * the company a spin-out founds is a founding, from the org that spun it out; "…成立新公司，原阿里AI硬件负责人X出任新公司CEO":
 * a post at "the new company" leaves the org.
 */
function spunOut(r: SentenceReader, c: Candidate): void {
  const newCompany = c.role !== null && NEW_COMPANY_ROLE.test(c.role);
  // (Only a spin-out's words: "OpenAI, founded in 2015, has named X chief scientist" founds nothing now.)
  const founded = r.triggers.some((x) => x.trigger.event === 'founding' && x.end <= c.person.start && SPIN_OUT.test(x.word));
  if (!newCompany && !founded) return;
  c.from = c.to;
  c.to = null;
  if (newCompany) {
    c.event = 'departure';
    c.role = c.role!.replace(NEW_COMPANY_ROLE, '') || null;
  } else c.event = 'founding';
  r.fire('event.founded-after', c.person.name, `${c.person.name}: a post at the company spun out of ${c.from!.org}`);
}
const NEW_COMPANY_ROLE = /^(?:新公司|该公司|新成立公司)/;
const SPIN_OUT = /\bsp[iu]n(?:s|ning)? (?:out|off)\b|\bcarv(?:ed|es|ing) out\b|分拆|拆分/;

/** "…技术负责人一职一直空缺。这一空缺已由前百度…仲夏补上": a vacancy filled is at the org the sentence before says has the post empty. */
function fillsVacancyBefore(r: SentenceReader, c: Candidate, before: SentenceReader): void {
  // ("…的CTO一职已空缺半年。…这一职位将由X出任": or the post, referred to.)
  if ((r.find('空缺') < 0 && !THE_POST_TAKEN_BY.test(r.text.slice(r.span.start, c.person.start))) || r.find('由') < 0) return;
  const at = before.find('空缺');
  const org = at < 0 ? null : before.orgBefore(at, before.span.start);
  if (!org || r.sameOrg(org, c.from)) return;
  c.to = org;
  c.reasons.push(`at ${org.org}: the vacancy the sentence before tells`);
  r.fire('end.company-ref', before.words(org), `${c.person.name} at ${org.org}, whose post the sentence before says stood empty`);
}

const THE_POST_HELD_BY = /(?:该|这一|这个)(?:岗位|职位|职务)[^。;]{0,8}由/;
const THE_POST_TAKEN_BY = /(?:该|这一|这个)(?:岗位|职位|职务)(?:将|将会|已|已经)由[^。;]{0,20}$/;
/** "字节跳动Seed团队…挂出多模态负责人的职位。…该岗位此前由韦清扬担任，他已于上月加入阿里巴巴": who held the post an org advertised left that org. */
function heldThePostBefore(r: SentenceReader, c: Candidate, before: SentenceReader): void {
  const held = THE_POST_HELD_BY.exec(r.text.slice(r.span.start, c.person.start));
  const org = held ? before.orgs[0] : undefined;
  if (!org || r.sameOrg(org, c.to)) return;
  c.from = org;
  c.reasons.push(`from ${org.org}: the post the sentence before says it advertised`);
  r.fire('end.company-ref', before.words(org), `${c.person.name} from ${org.org}, whose post they held`);
}

function joinedWhereNamed(before: SentenceReader, r: SentenceReader, c: Candidate): void {
  if (!before.people.some((p) => p.key === c.person.key) || before.triggers.length) return;
  const others = before.orgs.filter((o) => !r.sameOrg(o, c.from));
  if (!others.length || others.some((o) => !r.sameOrg(o, others[0]!))) return;
  c.to = others[0]!;
  c.reasons.push(`to ${c.to.org}: where the sentence before names them`);
  r.fire('end.company-ref', before.words(c.to), `${c.person.name} to ${c.to.org}, where the sentence before names them`);
}

function orgThatSays(r: SentenceReader, c: Candidate): void {
  const org = r.orgs.find((o) => o.start > c.person.end && /,\s*$/.test(r.text.slice(o.start - 2, o.start)) && ORG_SAYS_AFTER.test(r.text.slice(o.end, o.end + 16)));
  if (!org) return;
  if (c.event === 'departure') c.from = org;
  else c.to = org;
  c.reasons.push(`${c.event === 'departure' ? 'from' : 'at'} ${org.org}: the org that tells it`);
  r.fire('end.company-ref', r.words(org), `${c.person.name} ${c.event === 'departure' ? 'from' : 'at'} ${org.org}, the org that says so`);
}
const ORG_SAYS_AFTER = new RegExp(`^\\s+(?:${alternation(CONTEXT_WORDS.statementVerbs.en)})\\b`);

/** "… gives Cohere its first chief scientist": the org given a post by the person's move is where they go. */
function givesItsPost(r: SentenceReader, c: Candidate): void {
  const org = r.orgs.find((o) => o.start > c.person.end && GIVES_BEFORE.test(r.text.slice(Math.max(r.span.start, o.start - 8), o.start)) && ITS_POST_AFTER.test(r.text.slice(o.end, o.end + 40)));
  if (!org || r.sameOrg(org, c.from)) return;
  c.to = org;
  c.event = 'join';
  c.role ??= postNamed(r.text, r.n.cased, org.end + ITS_POST_AFTER.exec(r.text.slice(org.end, org.end + 40))![0].length, r.clause(org.end).end);
  c.reasons.push(`to ${org.org}: the post the move gives it`);
  r.fire('end.object', r.words(org), `${c.person.name} to ${org.org}, which the move gives a post`);
}
const GIVES_BEFORE = /\b(?:gives|gave|will give|hands|handed)\s+$/;
const ITS_POST_AFTER = /^\s+(?:its|their)\s+(?:first|new|first-ever|first ever)?\s*/;
const THE_COMPANY_OBJECT = new RegExp(`^\\s+the\\s+(?:new\\s+)?(?:${alternation(CONTEXT_WORDS.companyNouns.en)})\\b`);
const JOINED_THE_COMPANY = new RegExp(
  `^[^.;。]{0,48}?(?:(?:${alternation(CONTEXT_WORDS.joinsCompany.zh)})了?(?:这家|该)?(?:初创|创业)?公司|\\b(?:${alternation(CONTEXT_WORDS.joinsCompany.en)})\\s+the\\s+(?:new\\s+)?(?:${alternation([...CONTEXT_WORDS.companyNouns.en, 'board'])})\\b)`,
);

/**
 * "Two others, Amani Njoroge and Filip Kowalczyk, have not said where they are going": in an article about departures
 * from one org, the others a sentence opens with are more of them.
 */
function readOthers(r: SentenceReader, theme: string): Candidate[] {
  const opening = OTHERS_OPENING.exec(r.text.slice(r.span.start, r.span.end));
  if (!opening) return [];
  const named = r.people.filter((p) => p.start >= r.span.start + opening[0].length);
  const listed = named.length ? r.listFrom(named) : [];
  if (!listed.length || listed[0]!.start - r.span.start - opening[0].length > 1) return [];
  r.fire('article.list', listed.map((p) => p.name).join(', '), `more departures from ${theme}, the org the article is about`);
  return listed.map((person) => themedDeparture(r, person, null, null, `one of the others an article about departures from ${theme} names`));
}
const OTHERS_OPENING = new RegExp(`^\\s*(?:(?:${alternation(EN_NUMBER_WORDS)}|\\d+|the)\\s+)?others\\s*,\\s*`);

/** A sentence with no trigger, in an article about leaving `theme`: "X在Meta工作八年多" is one of the leavers. */
function readTenure(r: SentenceReader, theme: string): Candidate[] {
  const sentence = r.text.slice(r.span.start, r.span.end);
  if (!TENURE.test(sentence)) return [];
  const tenure = extractTenure(sentence);
  if (!tenure) return [];
  const org = r.orgs.find((o) => r.index.catalog.root(o.org) === theme);
  const person = r.people.find((p) => org && p.start < org.start);
  if (!org || !person) return [];
  r.fire('article.tenure', person.name, `${tenure} at ${theme}`);
  return [themedDeparture(r, person, org, tenure, `${tenure} at ${theme}, in an article about departures from ${theme}`)];
}

/** A departure the article's theme tells rather than a move word (its origin, where not given, the theme's org). */
function themedDeparture(r: SentenceReader, person: PersonMention, from: OrgMention | null, tenure: string | null, reason: string): Candidate {
  return { person, event: 'departure', from, to: null, role: null, tenure, status: 'reported', strength: 0.6, sentence: r.span, reasons: [reason], inferred: true };
}

/**
 * A scoop's shorthand, a person, "to" and an org with nothing after but a source ("Scoop: Meta's Lena Vogt to
 * Anthropic, per two people familiar"): a move there, from the org the person is named by.
 */
function readShorthand(r: SentenceReader): Candidate[] {
  // (An org after " to " first: asking for the sentence's people runs name discovery on it.)
  if (!r.orgs.some((o) => r.text.slice(o.start - 4, o.start) === ' to ') || r.people.length !== 1 || r.people[0]!.weak) return [];
  const person = r.people[0]!;
  const to = r.orgs.find((o) => o.start === person.end + 4 && r.text.slice(person.end, o.start) === ' to ');
  if (!to || !SHORTHAND_TAIL.test(r.text.slice(to.end, r.span.end)) || !SHORTHAND_LEAD.test(r.text.slice(r.span.start, person.start))) return [];
  const from = r.orgBefore(person.start, r.span.start);
  // (Words before the name describe them by an org, or there are none: "introduce Ana Ruiz to Cohere" is no move.)
  const described = r.text.slice(r.span.start, person.start).replace(SHORTHAND_LABEL, '').trim();
  if (r.sameOrg(from, to) || (described && !from)) return [];
  r.fire('event.shorthand', person.name, `"${r.words({ start: person.start, end: to.end })}"`);
  return [toldMove(r, person, from ? 'departure' : 'join', from, to, `"${r.words({ start: person.start, end: to.end })}": a scoop's shorthand for a move`)];
}

/** A move read whole from a sentence's shape (a shorthand, a list's line, a table's row, a quote and its speaker). */
function toldMove(r: SentenceReader, person: PersonMention, event: MoveEvent, from: OrgMention | null, to: OrgMention | null, reason: string, strength = 0.75): Candidate {
  return { person, event, from, to, role: null, tenure: null, status: statusOf(r), strength, sentence: r.span, reasons: [reason], inferred: false };
}
/**
 * A page's structure in place of a sentence: a list line, a person, a dash and "Org to Org" ("• Maren Okafor – Google
 * DeepMind to Anthropic (research engineer)").
 */
function readLine(r: SentenceReader): Candidate[] {
  // (The two orgs first: asking for the sentence's people runs name discovery on it.)
  const to = r.orgs.find((o, i) => i > 0 && ORG_TO_ORG.test(r.text.slice(r.orgs[i - 1]!.end, o.start)));
  const from = to && r.orgs[r.orgs.indexOf(to) - 1]!;
  if (!from || !to || r.sameOrg(from, to) || !LINE_TAIL.test(r.text.slice(to.end, r.span.end))) return [];
  const person = r.people.length === 1 && !r.people[0]!.weak ? r.people[0]! : null;
  if (!person || person.end > from.start || !LINE_LEAD.test(r.text.slice(r.span.start, person.start))) return [];
  // (A dash is dropped from the normalised text: read in the original.)
  if (!LIST_DASH.test(originalSpan(r.n, person.end, from.start))) return [];
  const told = `"${r.words({ start: person.start, end: to.end })}": a list's line`;
  r.fire('event.shorthand', person.name, told);
  return [toldMove(r, person, 'join', from, to, `${told} for a move`)];
}

/** The lines under a newsletter's heading of moves ("HIRES", "## Left", "【离职】"), and the move the heading names. */
interface Section {
  event: 'join' | 'departure' | 'promotion';
  start: number;
  end: number;
}
const SECTION_EVENTS = ['join', 'departure', 'promotion'] as const;
const SECTION_NOUN: Record<Section['event'], string> = { join: 'hires', departure: 'departures', promotion: 'promotions' };
const SECTION_HEADING = new RegExp(
  `(?:^|\\n)[ \\t]*(?:#{1,4}\\s*|\\*\\*\\s*|[【\\[]\\s*)?(${SECTION_EVENTS.flatMap((e) => [...CONTEXT_WORDS.sectionHeadings[e].en, ...CONTEXT_WORDS.sectionHeadings[e].zh])
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(?:\\*\\*|[】\\]])?\\s*:?[ \\t]*(?=\\n)`,
  'g',
);
const SECTION_EVENT = new Map(SECTION_EVENTS.flatMap((e) => [...CONTEXT_WORDS.sectionHeadings[e].en, ...CONTEXT_WORDS.sectionHeadings[e].zh].map((w): [string, Section['event']] => [w, e])));

/** The sections of moves a text's headings open, each to the next heading or blank line (or a line naming nothing, found as read). */
function sectionsOf(text: string): Section[] {
  const heads = [...text.matchAll(SECTION_HEADING)];
  return heads.map((h, k) => {
    const start = h.index + h[0].length;
    const next = heads[k + 1]?.index ?? text.length;
    const blank = text.indexOf('\n\n', start + 1);
    return { event: SECTION_EVENT.get(h[1]!)!, start, end: blank >= 0 && blank < next ? blank : next };
  });
}

/**
 * A line under a newsletter's heading of moves, with no move word of its own: "- Corin Adler, previously at Google
 * DeepMind, now Anthropic" under HIRES, "**Anthropic**: Dev Patel (from Stripe), Lucia Gomez (from OpenAI)" under "##
 * Joined", "· 蒋明川，阿里通义实验室" under 【离职】. Each person the line names has the heading's move: where they came
 * from is the org an origin word introduces, the other org of their part of the line (or the one the line opens with)
 * the one they join, leave or are promoted at.
 */
function readSectionLine(r: SentenceReader, section: Section): Candidate[] {
  if (!r.orgs.length) return [];
  // (The org a line opens with, before a colon, is every person's on it: "**Anthropic**: Dev Patel, Lucia Gomez".)
  const lead = r.orgs[0]!.start - r.span.start <= 4 && /^\W*:/.test(r.text.slice(r.orgs[0]!.end, r.orgs[0]!.end + 4)) ? r.orgs[0]! : null;
  const people = r.peopleListed().filter((p) => !p.weak && !r.possessive(p));
  if (!people.length || (!lead && !LINE_LEAD.test(r.text.slice(r.span.start, people[0]!.start)))) return [];
  const found: Candidate[] = [];
  people.forEach((person, k) => {
    const end = people[k + 1]?.start ?? r.span.end;
    const orgs = r.orgs.filter((o) => o !== lead && o.start >= person.end && o.end <= end);
    const origin = orgs.find((o) => SECTION_ORIGIN.test(r.text.slice(Math.max(person.end, o.start - 16), o.start))) ?? null;
    const own = lead ?? orgs.find((o) => o !== origin) ?? null;
    const [from, to] = section.event === 'departure' ? [own ?? origin, null] : [origin, own];
    if ((section.event !== 'departure' && !to) || (section.event === 'departure' && !from) || r.sameOrg(from, to)) return;
    const told = `"${r.words({ start: person.start, end: Math.max(person.end, ...orgs.map((o) => o.end)) })}" under a heading of ${SECTION_NOUN[section.event]}`;
    r.fire('event.section', person.name, told);
    const c = toldMove(r, person, section.event, section.event === 'promotion' ? null : from, to, told);
    // ("Rania Aziz, now VP of research at OpenAI": the post before the org.)
    const post = section.event === 'promotion' && to ? NOW_POST.exec(r.text.slice(person.end, to.start)) : null;
    const at = post ? person.end + post.index + post[0].indexOf(post[1]!) : -1;
    if (post) c.role = postNamed(r.text, r.n.cased, at, at + post[1]!.length);
    found.push(c);
  });
  return found;
}
const SECTION_ORIGIN = new RegExp(`(?:\\b(?:${alternation(CONTEXT_WORDS.sectionOrigins.en)})|${alternation(CONTEXT_WORDS.sectionOrigins.zh)})\\W{0,2}$`);
const NOW_POST = /\bnow\s+([a-z][\w\s-]{1,40}?)\s+(?:at|of)\s*$/;

type TableColumn = keyof typeof CONTEXT_WORDS.tableColumns;
type TableColumns = Partial<Record<TableColumn, number>>;
const TABLE_COLUMN_NAMES = (Object.keys(CONTEXT_WORDS.tableColumns) as TableColumn[]).map((c): [TableColumn, RegExp] => [
  c,
  new RegExp(`^(?:${alternation(CONTEXT_WORDS.tableColumns[c].en)}|${alternation(CONTEXT_WORDS.tableColumns[c].zh)})$`),
]);
// A row that only rules the header off from the body: "|---|:---:|".
const TABLE_RULE = /^[\s|:-]*$/;

/** Whether text[i] parts a table's cells: a bar, or a space that was a tab ("Name\tFrom\tTo"). */
function isCellBreak(n: NormalizedText, i: number): boolean {
  const c = n.text.charCodeAt(i);
  return c === 0x7c /* | */ || (c === 0x20 && n.original.charCodeAt(n.offsets[i]!) === 0x09);
}

/** The cells of a line of a table, trimmed, without the empty ones its outer bars make. */
function cellsOf(n: NormalizedText, start: number, end: number): Span[] {
  const text = n.text;
  const cells: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isCellBreak(n, i)) continue;
    let a = from;
    let b = i;
    while (a < b && text.charCodeAt(a) <= 0x20) a++;
    while (b > a && text.charCodeAt(b - 1) <= 0x20) b--;
    cells.push({ start: a, end: b });
    from = i + 1;
  }
  if (cells.length && cells[0]!.start === cells[0]!.end) cells.shift();
  if (cells.length && cells.at(-1)!.start === cells.at(-1)!.end) cells.pop();
  return cells;
}

/** A table's header line ("Name | From | To | Role", "姓名 | 原单位 | 新单位 | 职务"): which column says what, or null. */
function tableColumns(n: NormalizedText): TableColumns | null {
  const text = n.text;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const columns: TableColumns = {};
    cellsOf(n, start, end).forEach((cell, i) => {
      const name = text.slice(cell.start, cell.end);
      const column = TABLE_COLUMN_NAMES.find(([c, re]) => columns[c] === undefined && re.test(name));
      if (column) columns[column[0]] = i;
    });
    if (columns.person !== undefined && (columns.from !== undefined || columns.to !== undefined)) return columns;
    start = end + 1;
  }
  return null;
}

/**
 * A row of a table whose header names the columns ("Name | From | To | Role", then "Lior Baptiste | OpenAI | Meta
 * Superintelligence Labs | Research Lead"; "姓名 | 原单位 | 新单位"): the move of the person it names, a departure where
 * the destination's cell names no org ("—").
 */
function readTableRow(r: SentenceReader, columns: TableColumns): Candidate[] {
  const cells = cellsOf(r.n, r.span.start, r.span.end);
  if (cells.length < 2 || TABLE_RULE.test(r.text.slice(r.span.start, r.span.end))) return [];
  const inCell = (column: TableColumn) => {
    const i = columns[column];
    return i === undefined || !cells[i] ? null : cells[i];
  };
  const orgIn = (column: TableColumn) => {
    const cell = inCell(column);
    return cell ? (r.orgs.find((o) => o.start >= cell.start && o.end <= cell.end) ?? null) : null;
  };
  const from = orgIn('from');
  const to = orgIn('to');
  const who = inCell('person');
  if ((!from && !to) || !who) return [];
  // (Chinese names guessed though the row has no move word: "| 易承泽 | 字节跳动 | 阿里巴巴 |".)
  const person = r.nameInCell(who);
  if (!person) return [];
  const event: MoveEvent = !to ? 'departure' : from && r.sameOrg(from, to) ? 'promotion' : 'join';
  const told = `"${r.words({ start: person.start, end: (to ?? from)!.end })}": a table's row`;
  r.fire('event.shorthand', person.name, told);
  const c = toldMove(r, person, event, event === 'promotion' ? null : from, to, `${told} for a move`);
  const post = inCell('role');
  if (post && post.end > post.start) c.role = postNamed(r.text, r.n.cased, post.start, post.end);
  return [c];
}
/**
 * "腾讯混元多模态负责人加盟字节Seed" over "过去三年，阚思远带领腾讯混元团队完成了多个多模态模型的研发…": a headline's move told of
 * someone it does not name, in an article that reads no move of anyone, is the move of the one person the body names in
 * sentences that name the org they come from (not one who speaks there: "腾讯CEO X表示").
 */
function headlineMover(told: UnnamedMove, spans: Span[], reader: (i: number) => SentenceReader): Candidate | null {
  const event = told.trigger.trigger.event;
  if ((event !== 'join' && event !== 'departure') || spans.length < 2) return null;
  const head = reader(0);
  if (head.people.length) return null;
  const origin = told.from ?? head.orgs.find((o) => o.end <= told.trigger.start && !head.sameOrg(o, told.to)) ?? null;
  // (One person told by a post at the org they come from, right before the move word: "Tencent's multimodal chief joins",
  // "腾讯混元多模态负责人加盟"; and a join names where to.)
  if (!origin || origin.end > told.trigger.start || (event === 'join' && !told.to)) return null;
  const subject = head.text.slice(origin.end, told.trigger.start);
  if (told.trigger.trigger.plural || !ONE_POST_SUBJECT.test(subject) || !(hasRoleWord(subject) || ZH_POST_END.test(subject))) return null;
  const named = new Map<string, { person: PersonMention; r: SentenceReader }>();
  for (let i = 1; i < spans.length; i++) {
    const r = reader(i);
    // (Only sentences that read no move of their own: one the rules read, and set aside, is no background of the headline's.)
    if (r.triggers.length) continue;
    // ("Fabienne Ostrowski confirmed the move in a post on X": or the one who confirms the move as theirs, right before it.)
    const confirms = CONFIRMS_THE_MOVE.exec(r.text.slice(r.span.start, r.span.end));
    if (confirms) {
      const at = r.span.start + confirms.index;
      const p = r.people.find((q) => q.end <= at && at - q.end <= 1 && q.start - r.span.start <= 1 && !r.possessive(q));
      if (p && !named.has(p.key)) named.set(p.key, { person: p, r });
      continue;
    }
    if (!r.orgs.some((o) => r.sameOrg(o, origin))) continue;
    for (const p of r.peopleLeading()) if (!r.possessive(p) && !SPEAKS_AFTER.test(r.text.slice(p.end, p.end + 12)) && !named.has(p.key)) named.set(p.key, { person: p, r });
  }
  const only = named.size === 1 ? [...named.values()][0] : undefined;
  if (!only) return null;
  const { person, r } = only;
  r.fire('article.headline-mover', person.name, `the move the headline tells of someone unnamed (${told.trigger.word}), the one person the body names at ${origin.org}`);
  const c = toldMove(r, person, event, origin, told.to, `the headline's move "${told.trigger.word}", the one person the body names at ${origin.org}`, 0.7);
  // (The article's source for it may stand in any sentence: "He will now do a similar job at Microsoft AI, according to an
  // internal memo".)
  const sourced = c.status === 'reported' ? spans.findIndex((_, i) => i > 0 && rumourIn(reader(i)) !== null) : -1;
  if (sourced > 0) {
    c.status = 'rumoured';
    reader(sourced).fire('status.rumour', person.name, "the article's source for the headline's move");
  }
  return c;
}
// Right after the subject opening the sentence: "confirmed the move", "announced her departure".
const CONFIRMS_THE_MOVE = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.confirmsOwnMove.en)})\\b`);
// Between the org and the move word: its possessive and a few words of a post, no clause break.
const ONE_POST_SUBJECT = /^(?:['’]s)?[^,;:.]{1,40}$/;
const ZH_POST_END = /(?:负责人|首席[^,;。]{0,4}|科学家|研究员|总裁|总监|高管|主任|cto|ceo|coo)$/;
// Right after a name, a verb of saying: who speaks is not who moves.
const SPEAKS_AFTER = new RegExp(`^[^,;。]{0,6}?(?:${alternation(CONTEXT_WORDS.speechVerbs.zh)}|\\b(?:${alternation(CONTEXT_WORDS.speechVerbs.en)})\\b)`);

type CardField = keyof typeof CONTEXT_WORDS.cardLabels;
const CARD_FIELDS = Object.keys(CONTEXT_WORDS.cardLabels) as CardField[];
const cardLabel = (f: CardField) => `(?:${alternation(CONTEXT_WORDS.cardLabels[f].en)}|${alternation(CONTEXT_WORDS.cardLabels[f].zh)})`;
// Anywhere in the text, a line (or a part after a semicolon) that opens with a card's label where a move is told.
const CARD_LABEL_ANYWHERE = new RegExp(`(?:^|\\n|;)\\s*(?:[•*·-]\\s*)?(?:${cardLabel('person')}|${cardLabel('previous')}|${cardLabel('next')}|${cardLabel('move')})\\s*:`);
// A card's line: a bullet at most, its label, a colon.
const CARD_LINE = new Map(
  CARD_FIELDS.map((f): [CardField, RegExp] => {
    return [f, new RegExp(`^\\s*(?:[•*·-]\\s*)?${cardLabel(f)}\\s*:\\s*`)];
  }),
);

/**
 * Fact cards of labelled lines ("Person: Hollis Tran", "Previous role: head of speech models, ByteDance Seed", "New
 * role: chief scientist for speech, Tencent Hunyuan"; "姓名：…", "原职务：…", "新职务：…"; or the fields on one line
 * between semicolons, or under a line that is only the name): the move of each person a card names, or what the
 * article's telling of that move lacks (where from, where to, the post).
 */
function readCards(n: NormalizedText, spans: Span[], reader: (i: number) => SentenceReader, candidates: Candidate[]): Candidate[] {
  // (The cheap test first: most texts hold no line that opens with a card's label and a colon.)
  if (!CARD_LABEL_ANYWHERE.test(n.text)) return [];
  // Each field where it is: a line, or a part of one between semicolons ("Name: X; From: Microsoft; To: Meta").
  const fields: { field: CardField; i: number; at: number; end: number }[] = [];
  spans.forEach((s, i) => {
    let from = s.start;
    while (from < s.end) {
      const semicolon = n.text.indexOf(';', from);
      const end = semicolon < 0 || semicolon >= s.end ? s.end : semicolon;
      const head = n.text.slice(from, Math.min(end, from + 32));
      let last = end;
      while (last > from && n.text.charCodeAt(last - 1) <= 0x20) last--;
      for (const [field, line] of CARD_LINE) {
        const m = line.exec(head);
        if (m) {
          fields.push({ field, i, at: from + m[0].length, end: last });
          break;
        }
      }
      from = end + 1;
    }
  });
  const out: Candidate[] = [];
  // A card opens at a person's label, or at a line that is only a name with a field line right after it.
  const opens = fields.flatMap((f, k) => (f.field === 'person' ? [k] : []));
  const bareName = (f: (typeof fields)[number]) => {
    if (f.i === 0 || fields.some((g) => g.i === f.i - 1)) return null;
    const r = reader(f.i - 1);
    const person = r.peopleReferredTo().find((p) => !p.weak && p.start - r.span.start <= 2 && /^\s*$/.test(r.text.slice(p.end, r.span.end)));
    return person ? { r, person } : null;
  };
  const starts = opens.length ? opens : fields.length && bareName(fields[0]!) ? [0] : [];
  starts.forEach((first, j) => {
    const card = fields.slice(first, starts[j + 1] ?? fields.length);
    const field = (f: CardField) => {
      const line = card.find((c) => c.field === f);
      if (!line) return null;
      const r = reader(line.i);
      const org = r.orgs.find((o) => o.start >= line.at && o.end <= line.end) ?? null;
      const post = !org
        ? postNamed(r.text, r.n.cased, line.at, line.end)
        : org.start - line.at <= 1
          ? postNamed(r.text, r.n.cased, org.end, line.end)
          : postNamed(r.text, r.n.cased, line.at, org.start);
      return { r, org, post, line };
    };
    const who = card.find((c) => c.field === 'person');
    // (Chinese names guessed though the line has no move word: "姓名：骆庭川"; the name fills its field, read though a line
    // of capitals reads like a headline: "Name: Wilhelmina Osei; From: …".)
    const named = who ? { r: reader(who.i), person: reader(who.i).nameInCell({ start: who.at, end: who.end }) } : bareName(card[0]!);
    const person = named?.person;
    // (A card is a person's line and one more that says where they go, or came from.)
    if (!named || !person || !card.some((c) => c.field === 'next' || c.field === 'previous' || c.field === 'move')) return;
    const previous = field('previous');
    const next = field('next');
    const moved = field('move');
    const arrow = moved && moved.r.orgs.filter((o) => o.start >= moved.line.at && o.end <= moved.line.end);
    const from = previous?.org ?? (arrow && arrow.length > 1 ? arrow[0]! : null);
    const to = next?.org ?? (arrow && arrow.length > 1 ? arrow[arrow.length - 1]! : null);
    const post = next?.post ?? field('role')?.post ?? null;
    const told = candidates.find((c) => c.person.key === person.key);
    if (told) {
      if (!told.from && from && !named.r.sameOrg(from, told.to)) told.from = from;
      if (!told.to && to && told.event !== 'departure') told.to = to;
      if (!told.role && post) told.role = post;
      named.r.fire('event.card', person.name, 'a fact card fills in the move told');
      return;
    }
    if (!to || (from && named.r.sameOrg(from, to))) return;
    named.r.fire('event.card', person.name, `a fact card: ${from ? `${from.org} → ` : ''}${to.org}`);
    const c = toldMove(named.r, person, 'join', from, to, 'a fact card of labelled lines');
    c.role = post;
    out.push(c);
  });
  return out;
}
const LIST_DASH = /^[-–—:]$/;
const ORG_TO_ORG = /^\s+to\s+$/;
// Before the name, a bullet or a number at most; after the destination, a gloss in parentheses at most.
const LINE_LEAD = /^\s*(?:[•*·-]|\d{1,2}[.)])?\s*$/;
const LINE_TAIL = /^\s*(?:\([^)]{0,60}\))?\s*[.;]?\s*$/;

// Before the name, a label and the person's description at most ("Scoop: Meta's", "Google DeepMind researcher").
const SHORTHAND_LEAD = /^\s*(?:[a-z]+\s*:\s*)?[^,.;:!?]{0,50}$/;
const SHORTHAND_LABEL = /^\s*[a-z]+\s*:\s*/;
// After the org, a source at most.
const SHORTHAND_TAIL = new RegExp(`^\\s*(?:,\\s*(?:${alternation(CONTEXT_WORDS.shorthandSources.en)})\\b[^;]*)?[.!]?\\s*$`);

/**
 * An article about people leaving one org: its lead reports departures without naming anyone
 * ("至少八人曝出离职", "three researchers quit Meta"). A lead that names who left is one story, not a roundup.
 */
// Between an org and the verb it is the subject of: nothing, or an auxiliary ("Apple has handed the reins").
const ORG_SUBJECT_GAP = /^\s*(?:(?:has|have|had|is|was|will)\s+)?$/;
// Between a hire and a loss told in one breath: a short object, then a comma or "and".
const HIRES_THEN = /^[^,;]{0,24}(?:,|\band\b)\s*$/;

function detectTheme(readers: SentenceReader[], index: MatchIndex, year: number): string | null {
  for (const r of readers.slice(0, 3)) {
    // A lead naming someone new is one story, not a roundup; a surname of someone named before ("Ruiz's exit follows …") is not.
    // (Or an org losing people: "Meta's superintelligence lab is losing more of its staff".)
    const leaving = (t: TriggerMention) => t.trigger.shape === 'leave' || t.trigger.loss === true;
    if (!r.triggers.some(leaving) || r.people.some((p) => !p.referred)) continue;
    // (Not a departure told as biography: "钟若水2018年离开阿里赴美" is no article about leaving Alibaba.)
    // (Not a verb whose subject is the org itself: "Apple hands the reins of its models team to a newcomer".)
    const orgSubject = (t: TriggerMention) => !t.trigger.noun && !t.trigger.loss && r.orgs.some((o) => o.end <= t.start && ORG_SUBJECT_GAP.test(r.text.slice(o.end, t.start)));
    const leave = r.triggers.find((t) => leaving(t) && !biographical(r, t, year) && !orgSubject(t));
    if (!leave) continue;
    // ("founder's exit to Meta": an org after "to" is where someone went, not what the article is about.)
    // (In its own clause: "与阿里分道扬镳后，他选择了腾讯" is about leaving Alibaba.)
    const after = r.orgAfter(leave.end, r.clause(leave.start).end);
    // (A loss is its subject's: "OpenAI loses another senior researcher to Anthropic".)
    const object = after && !leave.trigger.loss && !/^\s*(?:to|for)\s+$/.test(r.text.slice(leave.end, after.start)) ? after : null;
    const org = object ?? r.orgBefore(leave.start, r.span.start);
    // ("Microsoft hires one, loses another": a lead whose org hires, then loses, in one breath is about both.)
    const hires =
      org &&
      r.triggers.some(
        (t) => t.trigger.shape === 'hire' && !t.trigger.noun && t.end <= leave.start && HIRES_THEN.test(r.text.slice(t.end, leave.start)) && r.sameOrg(r.orgBefore(t.start, r.span.start), org),
      );
    if (org && !hires) {
      r.fire('article.theme', leave.word, `departures from ${index.catalog.root(org.org)}`);
      return index.catalog.root(org.org);
    }
  }
  return null;
}

function confidenceOf(c: Candidate): number {
  let score = c.strength;
  if (!c.person.watched) score *= 0.9;
  else if (c.person.weak) score *= 0.8;
  if (c.from && c.to) score += 0.05;
  if (c.status === 'rumoured') score *= 0.75;
  return Math.round(Math.min(1, score) * 100) / 100;
}

/**
 * The one org (not a school) the sentence a pronoun's antecedent stands in names, as their origin; not where they go. It
 * also takes the place of a school the reference itself names ("The Stanford PhD is joining Meta").
 */
function originOfAntecedent(c: Candidate, before: SentenceReader, r: SentenceReader): void {
  if (c.from && !ACADEMIC_ORG.test(c.from.org)) return;
  // (Not the platform a title posts on: "小红书 | 詹若水".)
  if (PLATFORM_BAR.test(before.text.slice(before.span.start, before.span.end))) return;
  const org = theOneEmployer(before) ?? theOneLeftBesides(before, c.to);
  if (!org || (c.to && before.sameOrg(org, c.to))) return;
  c.from = org;
  // ("The former executive has now been named chief operating officer of Perplexity": a post at another org is a join.)
  if (c.event === 'promotion' && c.to) c.event = 'join';
  r.fire('end.antecedent', org.org, `${c.person.name} from ${org.org}, named with them in the sentence before`);
}

/**
 * "X, the new chief scientist at xAI, who arrived from Google DeepMind in October, …": a post taken, and an aside after
 * the name of coming from another org this year, is a join from it.
 */
function arrivedFrom(c: Candidate, r: SentenceReader, year: number): void {
  if (!within(c.person, r.span)) return;
  const from = r.orgs.find((o) => o.start > c.person.end && !r.sameOrg(o, c.to) && ARRIVED_FROM_ASIDE.test(r.text.slice(c.person.end, o.start)));
  if (!from || earlierYearAt(r, from.start, year) !== null || AGO.test(r.text.slice(from.end, r.clause(from.start).end))) return;
  c.from = from;
  if (c.event === 'promotion') c.event = 'join';
  r.fire('end.attributive', r.words(from), `${c.person.name} from ${from.org}: an aside of coming from it`);
}
const ARRIVED_FROM_ASIDE = /^[^.;]{0,80}?,\s+who\s+(?:arrived|came|came over|moved over)\s+from\s+$/;
// ("who came from Google two years ago": an old arrival.)
const AGO = /\b(?:ago|last year|years earlier)\b/;

/** "Anthropic's newly hired head of global policy, X", "X, the new chief scientist at xAI": a title named as new is the post taken. */
function newTitle(c: Candidate, r: SentenceReader): void {
  if (!within(c.person, r.span)) return;
  if (!NEW_TITLE_BEFORE.test(r.text.slice(Math.max(r.span.start, c.person.start - WINDOWS.orgBeforePerson), c.person.start)) && !NEW_TITLE_AFTER.test(r.text.slice(c.person.end, c.person.end + 24)))
    return;
  const title = heldTitle(r.text, r.n.cased, r.span, c.person);
  if (!title) return;
  c.role = title;
  r.fire('role.held', title, `the post ${c.person.name} is named by as newly taken`);
}
const NEW_TITLE_WORDS = 'newly hired|newly appointed|newly named|new|incoming';
// (Or the post a hire names before the name: "has hired a country lead, X".)
// ("Anthropic has found its chief financial officer: X": or a search's end, a colon before the name.)
const NEW_TITLE_BEFORE = new RegExp(`\\b(?:${NEW_TITLE_WORDS}|(?:hired|appointed|named|tapped|recruited|found)\\s+(?:its|their|a|an))\\s+[^,.;:]{2,60}[,:]\\s*$`);
// ("X, the new chief scientist at xAI, …": or after the name.)
const NEW_TITLE_AFTER = new RegExp(`^,\\s+(?:the|its|a)\\s+(?:${NEW_TITLE_WORDS})\\s`);

/** The one workplace a sentence names (its orgs all of one company, none a school or a former employer), or null. */
function theOneEmployer(r: SentenceReader): OrgMention | null {
  const orgs = r.orgs.filter((o) => !ACADEMIC_ORG.test(o.org) && !r.isFormer(o));
  return new Set(orgs.map((o) => r.index.catalog.root(o.org))).size === 1 ? orgs[0]! : null;
}

/**
 * Besides where they go, the one other org a sentence names, right after a leave word: "A non-compete kept her from
 * joining xAI for a year after she left Tesla" (not an org someone else joins: "Gross … is joining Meta").
 */
function theOneLeftBesides(r: SentenceReader, to: OrgMention | null): OrgMention | null {
  if (!to || !r.orgs.some((o) => r.sameOrg(o, to))) return null;
  const others = r.orgs.filter((o) => !r.sameOrg(o, to) && !ACADEMIC_ORG.test(o.org));
  const left = others.find((o) => r.triggers.some((t) => t.trigger.shape === 'leave' && t.end <= o.start && o.start - t.end <= 2));
  return left && others.every((o) => r.sameOrg(o, left)) ? left : null;
}

/** The org named in the sentence before, for one leaving a company referred to by an epithet right before their name. */
function originOfEpithet(c: Candidate, before: SentenceReader, r: SentenceReader): void {
  if (!EPITHET_BEFORE.test(r.text.slice(Math.max(r.span.start, c.person.start - WINDOWS.epithetReach), c.person.start))) return;
  const org = theOneEmployer(before);
  if (!org) return;
  c.from = org;
  r.fire('end.antecedent', org.org, `${c.person.name} from ${org.org}: the company the epithet before the name refers to`);
}
// "这家大模型独角兽的首席运营官", "该公司副总裁", "the chipmaker's head of robotics": an epithet, then the title (set off
// by a comma or not).
const EPITHET_BEFORE = new RegExp(
  `(?:这家|该)[^,。;:的]{0,8}?(?:${alternation(CONTEXT_WORDS.epithetNouns.zh)})的?[^,。;:]{0,12}$|\\bthe\\s+(?:[\\w-]+\\s+){0,2}(?:${alternation(CONTEXT_WORDS.epithetNouns.en)})['’]s\\s+(?:[\\w-]+\\s+){0,3}[\\w-]+,?\\s+$`,
);

/**
 * "Zoph was returning to OpenAI along with Luke Metz": those who move along with someone, with no origin of their own,
 * come from where the lead does (told in another sentence: "Thinking Machines parted ways with Zoph").
 */
function originOfLead(moves: Candidate[], root: (org: string) => string, readerOf: (c: Candidate) => SentenceReader): void {
  for (const c of moves) {
    if (!c.alongWith || c.from) continue;
    const lead = moves.find((m) => m.person.key === c.alongWith);
    if (!lead?.from || lead.event !== c.event || !c.to || !lead.to || root(c.to.org) !== root(lead.to.org)) continue;
    c.from = lead.from;
    readerOf(c).fire('end.along-with', c.person.name, `from ${lead.from.org}, where ${lead.person.name} comes from`);
  }
}

/**
 * "公司CTO夏云帆已经离职" … "钱一鸣将出任智谱新一任CTO": a departure from a post
 * the text gives with no org, and one other person given that post at an org: the one leaving left that org.
 */
function originOfSuccessorsPost(moves: Candidate[], readerOf: (c: Candidate) => SentenceReader): void {
  for (const c of moves) {
    // "Apple said X, Meta's chief legal officer, will become its general counsel, succeeding Kate Adams": the one
    // succeeded leaves the post at the org the successor goes to, not the one the successor comes from.
    // (Or the one appointment beside a post said to be vacated: "succeeding Kate Adams, who plans to retire".)
    const fills = (m: Candidate) => m.event === 'join' && m.to !== null && m.from !== null;
    const inSentence = c.vacates ? moves.filter((m) => m !== c && m.sentence.start === c.sentence.start && fills(m)) : [];
    const successor = c.event !== 'departure' ? undefined : (moves.find((m) => m.succeeds?.person.key === c.person.key && fills(m)) ?? (inSentence.length === 1 ? inSentence[0] : undefined));
    if (successor && (!c.from || (c.from.start === successor.from!.start && c.from.org === successor.from!.org))) {
      c.from = successor.to;
      readerOf(c).fire('end.same-post', c.person.name, `from ${c.from!.org}, where ${successor.person.name} takes their post`);
      continue;
    }
    if (c.event !== 'departure' || c.from) continue;
    const r = readerOf(c);
    const title = r.text.slice(Math.max(c.sentence.start, c.person.start - WINDOWS.titleBeforeName), c.person.start);
    const post = SAME_POSTS.find((forms) => forms.some((f) => title.includes(f)));
    if (!post) continue;
    const successors = moves.filter((m) => m !== c && (m.event === 'promotion' || m.event === 'join') && m.to && post.some((f) => (m.role ?? '').toLowerCase().includes(f)));
    if (successors.length !== 1) continue;
    c.from = successors[0]!.to;
    r.fire('end.same-post', c.person.name, `from ${c.from!.org}, where ${successors[0]!.person.name} takes the same post`);
  }
}

/** "离开DeepSeek，回到清华大学任教", "has left Meta. She is returning to Google": leaving for an org one goes back to is a return. */
/**
 * "本月初入职百度，但仅两周后便宣布回归腾讯", "joined Microsoft AI on Monday. By Friday he was back at Google DeepMind": an
 * arrival, then a return elsewhere told after it: the return is the move, from the org just joined.
 */
function wentBackFrom(r: SentenceReader, c: Candidate, joined: OrgMention, to: OrgMention): Pick<Candidate, 'event' | 'from' | 'to'> {
  r.fire('event.return', to.org, `${c.person.name} goes back to ${to.org} from ${joined.org}, just joined`);
  return { event: 'return', from: joined, to };
}

function returnAfterLeaving(c: Candidate, to: OrgMention, r: SentenceReader): void {
  c.event = 'return';
  r.fire('event.return', to.org, `${c.person.name} leaves to go back to ${to.org}`);
}

/** A post given at one org (`post`), and the person told as coming from another with no destination (`came`). */
function hiredFrom(post: Candidate, came: Candidate, differ: (a: OrgMention | null, b: OrgMention | null) => boolean): boolean {
  return post.event === 'promotion' && Boolean(post.to) && (came.event === 'join' || came.event === 'departure') && Boolean(came.from) && !came.to && differ(came.from, post.to);
}

const STILL_AT = '仍在';
const ASSOCIATION_POST = new RegExp(`^[^,;]{0,16}?(?:${alternation(CONTEXT_WORDS.associationPosts.zh)})`);
// An interview's labels: a question ("Q:", "问："), an answer by a name ("Corentin Dufresne:", "答（汪若澜）：").
// (Not a quote inside the answer: 'Ana Ruiz: She said, "I left OpenAI"' is someone else's "I".)
const QUOTE_OPENS = /["“「]/;
const QUESTION_LABEL = /^\s*(?:q|question|问)\s*:/;
// A question's line: its label, or the interviewer's ("Q:", "问：", "记者：", "主持人：").
const QUESTION_LINE = /^\s*(?:q|question|问|记者|主持人|提问)\s*:/;
const ANSWER_LABEL = /^\s*[^\s:,.;]+(?:\s+[^\s:,.;]+){0,3}\s*:/;
const OWNS_A_POST = new RegExp(`^['’]s\\s+(?:new\\s+|latest\\s+|next\\s+)?(?:${alternation(CONTEXT_WORDS.ownedPosts.en)})\\b`);
// A join word of a move under way or ahead: "is joining", "joins", "will join", "将加入".
const JOIN_AHEAD = /^(?:is|are|will|to|set to)\s|ing$|\bjoins$|^(?:将|即将)/;
// The last "unless" before a move word, and what follows it (a semicolon ends the condition).
const INVERTED_CONDITION = /^\s*["“]?(?:Should|Were|Had)\s+(?=[A-Z])/;
const WOULD = /,[^.;]*\b(?:would|could|might)\b/;
const UNLESS = /(\bunless\b|除非)(?!.*(?:\bunless\b|除非))[^]*$/;
const ROLE_RIGHT_AFTER = new RegExp(`^\\s(?:(?:${alternation(CONTEXT_WORDS.titleModifiers.en)})\\s)*(?:${alternation(CONTEXT_WORDS.titleHeads.en)})\\b`);
const DATELINE_DASH = /^\s*[-–—]/;
const VISIT_PURPOSE = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.visitPurposes.en)})\\b`);
const WORKED_THERE = new RegExp(`^\\s*,\\s*where\\s+(?:he|she|they)\\s+(?:${alternation(CONTEXT_WORDS.workedThere.en)})\\b`);
function endsInQuestion(text: string, span: Span): boolean {
  let k = span.end - 1;
  while (k > span.start && text.charCodeAt(k) <= 0x20) k--;
  return text.charCodeAt(k) === 0x3f;
}
const BARE_QUESTION = new RegExp(`^\\s*(?:(?:${alternation(CONTEXT_WORDS.questionWords.en)})\\b[^.!?]{0,30}\\?|[^。！？?]{1,8}[？?])\\s*$`);
const RELATIVE_OPENING = new RegExp(`^\\s*(?:${alternation(CONTEXT_WORDS.relativePronouns.en)})\\b`);
const OFFICIAL_SOURCE = new RegExp(`(?:${alternation(SOURCE_AFTER_FROM.zhOfficial)})$`);
const MEMO_AUTHOR = /^\s+(?:from|by|sent by|written by)\s/;
const PAST_CLAUSE = new RegExp(`^\\s*(?:${alternation(CONTEXT_WORDS.pastOpeners.en)})\\b|^\\s*(?:${alternation(CONTEXT_WORDS.pastOpeners.zh)})`, 'i');

/**
 * A rumour word in the sentence, unless its clause opens with a past word ("已确认将加盟腾讯，此前市场一直传闻他将离开…"
 * settles an earlier rumour) or a later clause confirms it.
 */
function rumourIn(r: SentenceReader): Mention | null {
  const rumour = r.markers.find((m) => m.entity.kind === 'rumour' && within(m, r.span) && !ownWord(r, m));
  if (!rumour) return null;
  const clause = r.clause(rumour.start);
  if (clause.start > r.span.start && PAST_CLAUSE.test(r.text.slice(clause.start, rumour.start))) return null;
  // "according to a memo from chief operating officer Brad Lightcap": a memo its author is named for is the org's word.
  if (/memo$/.test(r.text.slice(rumour.start, rumour.end)) && MEMO_AUTHOR.test(r.text.slice(rumour.end, rumour.end + 16))) return null;
  // "对于X离职的传闻，零一万物回应称，X确已离开公司": a rumour the sentence goes on to confirm.
  // "xAI confirmed that X is leaving, after The Information first reported his departure": confirmed before the report
  // it credits.
  // (Not one still to come: "正洽谈加入，最快月底官宣".)
  return confirmsDone(r.text.slice(r.span.start, clause.start)) || confirmsDone(r.text.slice(clause.end, r.span.end)) ? null : rumour;
}

/** A rumour word that is the outlet's or the company's own word after all. */
function ownWord(r: SentenceReader, m: Mention): boolean {
  // "SANTA CLARA, Calif., Nov 24 (Reuters) - Nvidia said …": a wire's dateline is its own report, not one it credits.
  if (r.text.charCodeAt(m.start) === 0x28 /* ( */) {
    const after = r.n.offsets[m.end - 1]! + 1;
    return DATELINE_DASH.test(r.n.original.slice(after, after + 3));
  }
  // "记者从快手方面获悉", "记者从浙江大学获悉": learned from the company itself (not "从腾讯内部获悉", an insider).
  const official = OFFICIAL_SOURCE.test(r.text.slice(Math.max(r.span.start, m.start - 2), m.start)) ? m.start - 2 : m.start;
  return r.orgs.some((o) => o.end === official && r.text[o.start - 1] === '从');
}

/** Whether the text holds a word of confirming that is not one still to come ("最快月底官宣", "is expected to announce"). */
function confirmsDone(text: string): boolean {
  const confirmed = CONFIRMED.exec(text);
  return confirmed !== null && !TO_COME.test(text.slice(Math.max(0, confirmed.index - 16), confirmed.index));
}
const TO_COME = new RegExp(`(?:\\b(?:${alternation(CONTEXT_WORDS.confirmationToCome.en)})\\s+(?:\\w+\\s+)?|(?:${alternation(CONTEXT_WORDS.confirmationToCome.zh)})\\S{0,3})$`);

/** A denial word in the sentence, or "仍在" right before an org ("祁慕白仍在月之暗面工作"). */
function denialIn(r: SentenceReader): Span | null {
  const still = r.orgs.find((o) => r.text.slice(o.start - STILL_AT.length, o.start) === STILL_AT);
  const denial = r.marker('denial', r.span);
  // ("此前曾否认离职传闻，但腾讯方面今日证实，X已正式加盟": a past denial that the sentence turns from, to a move after the turn.)
  if (denial && PAST_DENIAL.test(r.text.slice(Math.max(r.span.start, denial.start - 12), denial.start))) {
    const rest = r.text.slice(denial.end, r.span.end);
    const turn = TURN_FROM_DENIAL.exec(rest);
    if ((turn && r.triggers.some((t) => t.start >= denial.end + turn.index)) || MADE_OFFICIAL.test(rest)) return null;
  }
  // ("辭任，將留任集團顧問至明年三月": kept on as an adviser for a while after leaving the post, no denial of it.)
  if (denial && r.text.slice(denial.start, denial.end) === '留任' && ADVISER_AFTER.test(r.text.slice(denial.end, denial.end + 8))) return null;
  // ("没有选择留在美国，而是回国去了月之暗面": staying, negated, is the move's other side.)
  if (denial && NEGATED_BEFORE.test(r.text.slice(Math.max(r.span.start, denial.start - 4), denial.start))) return null;
  return denial ?? (still ? { start: still.start - STILL_AT.length, end: still.end } : null);
}
const ADVISER_AFTER = /^(?:集团|公司)?(?:高级)?(?:顾问|咨询)/;
const NEGATED_BEFORE = /(?:没有|并未|没|未)$/;
const PAST_DENIAL = new RegExp(`(?:\\b(?:${alternation(CONTEXT_WORDS.pastDenial.en)})\\s+|(?:${alternation(CONTEXT_WORDS.pastDenial.zh)})[^,.;:]{0,4})$`);
const TURN_FROM_DENIAL = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.turnFromDenial.en)})\\b|${alternation(CONTEXT_WORDS.turnFromDenial.zh)}`);
const MADE_OFFICIAL = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.madeOfficial.en)})\\b|${alternation(CONTEXT_WORDS.madeOfficial.zh)}`);

/**
 * "有消息称，X将于近期离职。对此，小米方面回应称，该消息不实": a denial in a sentence with no move of its own denies the
 * rumoured moves told before it, of the people it names, or (naming nobody) of the sentence just before it. A move
 * reported as fact stays: a denial after it may be of a detail.
 */
function denyAfterward(spans: readonly Span[], built: readonly (SentenceReader | undefined)[], candidates: Candidate[]): void {
  for (const { r, i, named } of statementsAfter(spans, built, candidates, denialIn)) {
    // ("Update, 5 p.m.: Meta says the report is false." over the original story: an update denies what stands below it too.)
    const update = isUpdate(r);
    for (const c of candidates) {
      if (c.status !== 'rumoured' || (c.sentence.start >= spans[i]!.start && !update)) continue;
      if (named.size ? !named.has(c.person.key) : c.sentence.start !== spans[i - 1]?.start && !update) continue;
      c.status = 'denied';
      r.fire('status.denial', c.person.name, 'the report told before it, denied');
    }
  }
}

/** "据36氪报道，…已重返阿里云。阿里云方面证实了这一消息。": a confirmation with no move of its own confirms the rumour told last before it. */
function confirmAfterward(spans: readonly Span[], built: readonly (SentenceReader | undefined)[], candidates: Candidate[]): void {
  // ("Anthropic confirmed her departure": the move noun inside the words of confirming is no move of its own.)
  const confirms = (r: SentenceReader) => {
    const said = CONFIRMS_BEFORE.exec(r.text.slice(r.span.start, r.span.end));
    const at = said ? r.span.start + said.index : -1;
    return said !== null && r.triggers.every((t) => t.start >= at && t.end <= at + said[0].length);
  };
  for (const { r, i, named } of statementsAfter(spans, built, candidates, confirms)) {
    // (The last sentence before it that tells a move: "…已加入阿里通义实验室。程思远博士毕业于清华大学。阿里方面确认了这一消息。")
    // (An update confirms the story below it: "Update (Nov. 12): Anthropic confirmed the hire." over "Original story: …".)
    const update = isUpdate(r);
    const told = Math.max(...candidates.map((c) => c.sentence.start).filter((start) => start < spans[i]!.start));
    for (const c of candidates) {
      if (c.status !== 'rumoured' || (c.sentence.start !== told && !update) || (named.size && !named.has(c.person.key))) continue;
      c.status = 'reported';
      r.fire('status.confirmed', c.person.name, 'the report told just before it, confirmed');
    }
  }
}
/**
 * "Lucas Moreau, ex-FAIR, now at xAI. Updated his LinkedIn yesterday.": a sentence with no move of its own that gives a
 * changed profile as the evidence makes the move told just before it unconfirmed (unless that sentence confirms it).
 */
function evidenceAfterward(spans: readonly Span[], built: readonly (SentenceReader | undefined)[], candidates: Candidate[]): void {
  const evidence = (r: SentenceReader) => PROFILE_EVIDENCE.test(r.text.slice(r.span.start, r.span.end));
  for (const { r, i } of statementsAfter(spans, built, candidates, evidence)) {
    for (const c of candidates) {
      const told = r.text.slice(c.sentence.start, c.sentence.end);
      if (c.status !== 'reported' || c.sentence.start !== spans[i - 1]!.start || confirmsDone(told) || OFFICIAL_STATEMENT.test(told)) continue;
      c.status = 'rumoured';
      r.fire('status.rumour', c.person.name, 'a changed profile given as the evidence for the move told before it');
    }
  }
}
const PROFILE_EVIDENCE = new RegExp(
  `\\b(?:updated|changed)\\s+(?:his|her|their)\\s+(?:${alternation(CONTEXT_WORDS.profilePages.en)})\\b|\\b(?:${alternation(CONTEXT_WORDS.profilePages.en)})\\s+(?:now\\s+)?(?:shows|says|lists)\\b`,
);
const PLANNED_ONLY = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.plannedFounding.en)})\\b|${alternation(CONTEXT_WORDS.planned.zh)}`);
const POSSIBLE_ONLY = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.possibleOnly.en)})\\b|${alternation(CONTEXT_WORDS.possibleOnly.zh)}`);
const OFFICIAL_STATEMENT = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.officialStatement.en)})\\b|${alternation(CONTEXT_WORDS.officialStatement.zh)}`);
const CONFIRMS_BEFORE = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.confirmsBefore.en)})\\b|${alternation(CONTEXT_WORDS.confirmsBefore.zh)}`);

/** Whether a sentence opens with an update's label ("Update (Nov. 12):", "Update, 5 p.m.:", "Editor's note:", "更新："). */
function isUpdate(r: SentenceReader): boolean {
  return UPDATE_LABEL.test(r.text.slice(r.span.start, r.span.start + 40));
}
const UPDATE_LABEL = new RegExp(`^\\W*(?:(?:${alternation(CONTEXT_WORDS.updateLabels.en)})\\b[^:]{0,24}|${alternation(CONTEXT_WORDS.updateLabels.zh)}):`);

/** The sentences after the first that tell no move of their own and say what `says` looks for, with the people they name. */
function* statementsAfter(
  spans: readonly Span[],
  built: readonly (SentenceReader | undefined)[],
  candidates: readonly Candidate[],
  says: (r: SentenceReader) => unknown,
): Generator<{ r: SentenceReader; i: number; named: Set<string> }> {
  for (let i = 1; i < spans.length; i++) {
    const r = built[i];
    if (!r || !says(r) || candidates.some((c) => c.sentence.start === spans[i]!.start)) continue;
    yield { r, i, named: new Set(r.people.map((p) => p.key)) };
  }
}

/**
 * "专访｜前谷歌科学家宋嘉言：我为什么选择回国创业" over a body that tells that move as biography ("2019年，宋嘉言离开谷歌回国，
 * 创办了…"): the headline names a move of the past, retold, when the body has no news of the person and reads a move
 * word of the same kind about them as biography (or as a pause: "is back at OpenAI" over "returned after a sabbatical").
 */
function dropRetoldHeadline(spans: readonly Span[], built: readonly (SentenceReader | undefined)[], candidates: Candidate[], root: (org: string) => string): void {
  const head = built[0];
  if (spans.length < 2 || !head) return;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.sentence.start !== spans[0]!.start || candidates.some((o) => o !== c && o.person.key === c.person.key)) continue;
    // (Of the same org: "宋立已加入腾讯" is no retelling of "2019年加入谷歌".)
    const end = c.to ?? c.from;
    const sameOrg = (r: SentenceReader) => !end || r.orgs.some((o) => root(o.org) === root(end.org));
    const retold = built.some(
      (r, i) => i > 0 && r?.biography && r.triggers.some((t) => t.trigger.event === c.event && r.biography!.get(t.start)) && r.people.some((p) => p.key === c.person.key) && sameOrg(r),
    );
    // "Greg Brockman is back at OpenAI" over "has returned to the company after a three-month sabbatical": a pause, told in the body.
    const paused = built.some(
      (r, i) =>
        i > 0 &&
        r &&
        r.events.some((e) => e.outcome === 'blocked' && e.rule === 'block.temporary') &&
        r.triggers.some((t) => t.trigger.event === c.event) &&
        r.people.some((p) => p.key === c.person.key),
    );
    if (!retold && !paused) continue;
    candidates.splice(k, 1);
    if (paused) head.block('block.temporary', c.person.name, "the headline's move, told in the body as a pause");
    else head.block('block.past', c.person.name, "the headline's move, told in the body as biography");
  }
}

/**
 * "Google is reorganising the Gemini teams, according to an internal memo viewed by Reuters." then the moves: a lead
 * sentence that only gives the source makes the article's moves after it unconfirmed, unless the article confirms them.
 */
function sourcedByLead(text: string, spans: readonly Span[], built: readonly (SentenceReader | undefined)[], candidates: Candidate[], readerOf: (c: Candidate) => SentenceReader): void {
  if (!candidates.some((c) => c.status === 'reported')) return;
  // (The lead runs up to the first move, background before it: "2025年以来…。一方面…。36氪了解到，…。其中，X已加入…".)
  const first = Math.min(...candidates.map((c) => c.sentence.start));
  const lead = Math.max(
    3,
    Math.min(
      WINDOWS.leadSentences,
      spans.findIndex((s) => s.start >= first),
    ),
  );
  const source = spans.slice(0, lead).findIndex((s, i) => built[i] && !candidates.some((c) => c.sentence.start === s.start) && built[i]!.marker('rumour', s));
  if (source < 0 || CONFIRMED.test(text)) return;
  for (const c of candidates) {
    if (c.status !== 'reported' || c.sentence.start <= spans[source]!.start) continue;
    c.status = 'rumoured';
    readerOf(c).fire('status.rumour', c.person.name, "the lead gives the source of the article's moves");
  }
}

/** Which of two candidates for one person to keep (the other adds its facts). */
function preferOf(b: Candidate, c: Candidate): Candidate {
  // A move denied ("is not leaving the company") gives way to another the article tells of them ("He will take on a new role").
  if ((b.status === 'denied') !== (c.status === 'denied') && b.event !== c.event) return b.status === 'denied' ? c : b;
  // A move read from a sentence beats one inferred from the article.
  if (b.inferred !== c.inferred) return b.inferred ? c : b;
  return confidenceOf(c) > confidenceOf(b) ? c : b;
}

/** Keeps one candidate per person: the strongest, with facts the others add. */
function mergeByPerson(candidates: Candidate[], root: (org: string) => string, readerOf: (c: Candidate) => SentenceReader): Candidate[] {
  // Two ends that are not one org (either may be unknown).
  const differ = (a: OrgMention | null, b: OrgMention | null) => !a || !b || root(a.org) !== root(b.org);
  const arriving = (x: Candidate) => x.event === 'join' || x.event === 'return';
  const sentenceOf = (x: Candidate) => readerOf(x).text.slice(x.sentence.start, x.sentence.end);
  const possibleOnly = (x: Candidate) => POSSIBLE_ONLY.test(sentenceOf(x));
  const plannedOnly = (x: Candidate) => PLANNED_ONLY.test(sentenceOf(x));
  // (Or the org says it: "商汤方面回应称，X因个人原因离开", "X has left, a spokesperson said".)
  const confirms = (x: Candidate) => CONFIRMED.test(sentenceOf(x)) || (x.status === 'reported' && OFFICIAL_STATEMENT.test(sentenceOf(x)));
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const b = best.get(c.person.key);
    if (!b) {
      best.set(c.person.key, { ...c });
      continue;
    }
    // "An earlier version of this story said X had joined Google DeepMind. He joined Anthropic.": a move told as
    // fact after a denied one that went elsewhere corrects it.
    const correction = b.status === 'denied' && c.status === 'reported' && c.event === b.event && c.to && differ(b.to, c.to);
    if (correction) {
      best.set(c.person.key, { ...c });
      readerOf(c).fire('status.correction', c.person.name, `corrects the denied move to ${b.to?.org ?? 'an org not named'}`);
      continue;
    }
    // (Or told first: "X has joined Microsoft AI. Correction: An earlier version of this story said X had joined Meta.")
    if (c.status === 'denied' && b.status === 'reported' && c.event === b.event && b.to && differ(b.to, c.to)) {
      readerOf(b).fire('status.correction', b.person.name, `the denied move to ${c.to?.org ?? 'an org not named'} is the one corrected`);
      continue;
    }
    // An arrival, then a return elsewhere in a later sentence (wentBackFrom).
    // (Not a return told twice, the headline's and the body's: "X returns to Google" … "is going back to the search company".)
    if (b.event === 'join' && c.event === 'return' && b.to && c.to && differ(b.to, c.to) && b.status !== 'denied' && c.status !== 'denied') {
      best.set(c.person.key, { ...c, ...wentBackFrom(readerOf(c), c, b.to, c.to) });
      continue;
    }
    // "X已离职" … "据悉，X或将投身具身智能创业": a startup only rumoured does not make the reported departure a founding.
    // (Nor does a plan told in passing with no company named: "據悉，X將赴美國矽谷創業".)
    const hedged = [b, c].find((x) => x.event === 'founding' && ((x.status === 'rumoured' && possibleOnly(x)) || (!x.to && plannedOnly(x))));
    // (Or only reported as a rumour: "36氪获悉，X已于近日离职。…多位知情人士称其将投身AI创业".)
    const left = [b, c].find((x) => x.event === 'departure' && x.status !== 'denied' && !x.to);
    if (hedged && left && (!hedged.from || !left.from || !differ(hedged.from, left.from))) {
      best.set(c.person.key, { ...left, from: left.from ?? hedged.from });
      readerOf(hedged).fire('status.rumour', hedged.person.name, 'the startup after the departure is only rumoured, or only planned');
      continue;
    }
    // "X has left xAI, people said. He had joined from Morgan Stanley.": an arrival from elsewhere to an org not named,
    // beside a departure from another org, is how they came to the org they now leave.
    const cameFrom = [b, c].find((x) => x.event === 'join' && x.from && !x.to);
    const nowLeaves = [b, c].find((x) => x !== cameFrom && x.event === 'departure' && x.from);
    if (cameFrom && nowLeaves && differ(cameFrom.from, nowLeaves.from)) {
      best.set(c.person.key, { ...nowLeaves, role: nowLeaves.role ?? cameFrom.role });
      readerOf(cameFrom).block('block.past', cameFrom.person.name, `came from ${cameFrom.from!.org} to ${nowLeaves.from!.org}, the org they now leave`);
      continue;
    }
    const [keep, also] = preferOf(b, c) === b ? [b, c] : [c, b];
    const mergedOf = [keep, also];
    const merged = { ...keep };
    // "张楠卸任抖音集团CEO" over "张楠将卸任这一职务，转而专注剪映的发展": the headline's departure is the body's new post.
    const movedOn = [keep, also].find((x) => x.movedOn && x.event === 'promotion');
    const leaving = [keep, also].find((x) => x.event === 'departure' && !x.to);
    // (Where the new post's sentence names no org: "转任团队技术顾问", the org left is where it is.)
    if (movedOn && leaving && (!movedOn.to || !differ(leaving.from, movedOn.to))) {
      const to = movedOn.to ?? leaving.from;
      best.set(c.person.key, { ...movedOn, to, role: movedOn.role ?? leaving.role, status: keep.status === 'rumoured' || also.status === 'rumoured' ? 'rumoured' : movedOn.status });
      continue;
    }
    if (keep.event === also.event || also.inferred) {
      merged.from ??= also.from;
      merged.to ??= also.to;
    } else if (keep.event === 'departure' && arriving(also) && differ(also.to, keep.from)) {
      // "X has left OpenAI." … "He is now at Google.": one move, from one to the other; a return if the arrival is one.
      if (also.to && !differ(merged.to ?? also.to, also.to)) {
        merged.to = also.to;
        if (also.event === 'return') returnAfterLeaving(merged, also.to, readerOf(also));
      }
    } else if (arriving(keep) && also.event === 'departure' && differ(also.from, keep.to)) {
      merged.from ??= also.from;
    } else if (keep.event === 'departure' && also.event === 'founding' && !keep.to && (!keep.from || !also.from || !differ(keep.from, also.from))) {
      // "X has launched Lumen, a startup … X left Anthropic in March": leaving to start a company is a founding (not
      // when the departure goes to an org named: "翁荔创业" over "离开OpenAI，加入Thinking Machines Lab").
      merged.event = 'founding';
      merged.from ??= also.from;
      merged.to ??= also.to;
    } else if (keep.event === 'founding' && also.event === 'departure') {
      merged.from ??= also.from;
    } else if (arriving(keep) && !keep.from && also.insider && !differ(keep.to, also.to)) {
      // "OpenAI taps Mark Chen as chief research officer" … "has tapped Mark Chen, its senior vice president, as …":
      // the headline's hire is a promotion of someone already there.
      merged.event = 'promotion';
      merged.to ??= also.to;
    } else if (keep.event === 'promotion' && also.event === 'join' && keep.to && !keep.insider && !differ(keep.to, also.to)) {
      // "Sarah Friar becomes OpenAI's CFO" … "the former chief executive of Nextdoor, is its new CFO": the post is a hire.
      merged.event = 'join';
      merged.from ??= also.from;
    } else if (hiredFrom(keep, also, differ) || hiredFrom(also, keep, differ)) {
      // "Cohere announced the appointment of X as CRO." … "X joins from Google Cloud.": an appointment of someone
      // who comes from another org is a hire from there.
      const [post, came] = keep.event === 'promotion' ? [keep, also] : [also, keep];
      merged.event = 'join';
      merged.from = came.from;
      merged.to = post.to;
    }
    // (A headline shortens a post the body gives in full: "named Nvidia AI research VP" over "to vice president of AI research".)
    // (Not a C-suite title, already whole, nor a body's post read with stray marks.)
    if (also.role && keep.sentence.start === 0 && also.sentence.start > 0 && !differ(keep.to, also.to) && !C_SUITE.test(merged.role ?? '') && PLAIN_POST.test(also.role)) merged.role = also.role;
    else merged.role ??= also.role;
    merged.heldTitle ??= also.heldTitle;
    // (Told twice, it is as sure as its surer telling: "was pushed out, people familiar said" beats "He has since been replaced".)
    merged.strength = Math.max(merged.strength, also.strength);
    merged.tenure ??= also.tenure;
    // A rumour marker anywhere about the move (the body's "people familiar said") makes it unconfirmed.
    // (A denial of leaving does not deny the new post that follows it: "McAllister is not leaving. He will take on a new role".)
    if (also.status === 'denied' && (also.event === merged.event || merged.event !== 'promotion')) merged.status = 'denied';
    // ("had denied reports last month that she was leaving Meta. On Monday she confirmed that she has joined OpenAI": a
    // denial that a later, confirmed telling overturns.)
    const [denied, told] = keep.status === 'denied' ? [keep, also] : [also, keep];
    if (merged.status === 'denied' && denied.status === 'denied' && told.status === 'reported' && told.sentence.start > denied.sentence.start && confirms(told)) {
      merged.status = 'reported';
      readerOf(told).fire('status.correction', told.person.name, 'the denial told before it, overturned');
    }
    // (Unless the reported one says it is confirmed: "Update: X confirmed her departure", "更新：…已确认".)
    // (A confirmed departure does not confirm a destination only a rumour names: "阿里方面證實周暢已經離職" after
    // "據悉，周暢將加入字節跳動".)
    else if (also.status === 'rumoured' && merged.status === 'reported' && (!confirms(keep) || (!keep.to && also.to))) merged.status = 'rumoured';
    else if (merged.status === 'rumoured' && also.status === 'reported' && confirms(also) && (also.to || !merged.to)) merged.status = 'reported';
    // (Nor does a rumoured next step that names no org make a reported departure unconfirmed: "has moved on from Nvidia"
    // then "She is set to join a stealth-mode startup"; a company of their own is the move itself.)
    if (
      merged.status === 'rumoured' &&
      !merged.to &&
      mergedOf.some((x) => x.event === 'departure' && x.status === 'reported' && !x.to) &&
      mergedOf.every((x) => x.status !== 'rumoured' || (x.event !== 'founding' && !x.to && !x.from))
    )
      merged.status = 'reported';
    // A full name anywhere in the item names the person better than a surname.
    if (merged.person.weak && !also.person.weak) merged.person = also.person;
    best.set(c.person.key, merged);
  }
  return [...best.values()];
}

/**
 * What a move's ends say about it once the article is read: a return with no destination goes back to the org the
 * person left ("who left Anthropic last year … has returned to the lab"); a join from a named org to one the article
 * does not name ("has joined a stealth startup") is, for whoever watches, a departure from it.
 */
function settleEnds(c: Candidate, r: SentenceReader): void {
  if (c.event === 'return' && !c.to && c.from) {
    c.to = c.from;
    c.from = null;
    r.fire('end.return', c.to.org, `${c.person.name} back to ${c.to.org}`);
  } else if (c.event === 'join' && !c.to && c.from) {
    c.event = 'departure';
    r.fire('event.unnamed-destination', c.from.org, `${c.person.name}: a departure from ${c.from.org}, to an org not named`);
  } else if (c.event === 'departure' && c.from && c.to && r.sameOrg(c.from, c.to)) {
    // ("已离任，将转任百度集团战略顾问": a post given up for another where they are, merged from two sentences' words.)
    c.to = null;
    r.fire('end.same-org', c.from.org, `${c.person.name}: one org at both ends`);
  }
}

/**
 * "X will be chief scientist of …", "becomes its interim chief executive": a trigger right before its title opens a
 * role, as "as" does (so "will be", frequent in any text, need not be a role word of its own).
 */
function withPostTriggers(r: SentenceReader, person: PersonMention, markers: Mention[]): Mention[] {
  const posts = r.triggers.filter((t) => POST_TRIGGER.test(t.word));
  const opened = posts.map((t): Mention => ({ start: t.start, end: t.start + POST_TRIGGER.exec(t.word)![0].length, entity: { kind: 'role' } }));
  // "X is OpenAI's new chief of staff": the appointment's word holds the post's first word (a Chinese one, 新任, is read
  // by the role words after it).
  for (const t of r.triggers) if (t.trigger.postAt !== undefined && !isHanCode(t.word.charCodeAt(0))) opened.push({ start: t.start, end: t.start + t.trigger.postAt, entity: { kind: 'role' } });
  // "has promoted X, who ran its AI platform, to executive vice president": "to" after the one promoted opens the post.
  const promoted = r.triggers.some((t) => t.end <= person.start && PROMOTED.test(t.word));
  const to = promoted ? PROMOTED_TO.exec(r.text.slice(person.end, r.span.end)) : null;
  if (to) opened.push({ start: person.end + to[0].length - 3, end: person.end + to[0].length - 1, entity: { kind: 'role' } });
  return opened.length ? [...markers, ...opened].sort((a, b) => a.start - b.start) : markers;
}
// ("The elevation of X to executive vice president": the noun too.)
const PROMOTED = /^(?:has |have )?(?:promoted|promotes|elevated|elevates)$|^(?:elevation|promotion) of$/;
// (Not a verb after it: "promoted X to lead the Copilot team" says what they will do.)
const PROMOTED_TO = /^(?:,[^;:]{0,100}?,)?\s+to\s(?!(?:lead|run|head|oversee|manage|build|serve|become)\b)/;
// "served as", "previously worked as": the role after them was held before.
// ("…, where she spent nine years, most recently as executive vice president": the post she leaves.)
// ("who spent eight years as a senior counsel at the FTC": a stint's post too.)
const PAST_POST_BEFORE = /\b(?:served|worked|had been|most recently|previously|formerly|spent\s+(?:\S+\s+){1,3}?(?:years?|months?|decades?))\s+$/;
const POST_TRIGGER = /^(?:will (?:now )?be|will become|would become|is becoming|becomes)\b/;

/**
 * For "A replaces B" (the one replaced after the verb): whether nobody leaves by it, blocked and said why. Nobody named
 * after the verb ("will become its CTO, replacing a colleague who retired"), or the one replaced moved to another post
 * there and stays ("接替此前已转任集团首席科学家的苗一川").
 */
function noneReplaced(r: SentenceReader, t: TriggerMention, subjects: PersonMention[]): boolean {
  const names = () => subjects.map((p) => p.name).join(', ');
  if (subjects.length && !r.passive(t) && subjects.every((p) => p.end <= t.start)) {
    r.block('block.no-subject', t.word, `${names()} replaces someone not named`);
    return true;
  }
  if (subjects.some((p) => p.start > t.end && r.triggers.some((o) => o.trigger.event === 'promotion' && o.start > t.end && o.end < p.start))) {
    r.block('block.stays', t.word, `${names()}: moved to another post, not out`);
    return true;
  }
  // "replacing interim CEO X, who will return to his previous role as general counsel": the one replaced stays there.
  const stays = subjects.find((p) => p.start > t.end && STAYS_AFTER_REPLACED.test(r.text.slice(p.end, p.end + 64)));
  if (stays) {
    r.block('block.stays', t.word, `${stays.name}: stays in another post, not out`);
    return true;
  }
  return false;
}
const UNNAMED_OBJECT = new RegExp(`^\\s*(?:(?:${alternation(CONTEXT_WORDS.unnamedObject.en)})\\s|了?(?:${alternation(CONTEXT_WORDS.unnamedObject.zh)}))`);
const VISITING = new RegExp(`^(?:${alternation([...VISITING_POSTS.en, ...VISITING_POSTS.zh])})$`);
const TALKS_WITH = new RegExp(`^(?:${alternation(CONTEXT_WORDS.talksWith.zh)})$`);
const RELATIVE_AFTER_COMMA = new RegExp(`,\\s*(?:${alternation(CONTEXT_WORDS.relativePronouns.en)})\\b`);
const RECAP_HEADLINE = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.recapHeadlines.en)})|${alternation(CONTEXT_WORDS.recapHeadlines.zh)}`);
// A timeline's entry dated to the month by its opening: "February 2025:", "3. 2025年7月，". (Not a bare year, "2025:",
// which sums up a year in a piece that looks back.)
// (A month written in full or cut short: "Feb. 2025".)
const ENTRY_DATE = new RegExp(`^\\s*(?:\\d{1,2}[.、)]\\s*)?(?:(?:${MONTHS_EN.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?(\\d{4})\\b|(\\d{4})年\\d{1,2}月)`);
/** Whether a sentence opens with a month of this year: in a piece that looks back, an entry that is news. */
function datedThisYear(sentence: string, year: number): boolean {
  const m = ENTRY_DATE.exec(sentence);
  return m !== null && Number(m[1] ?? m[2]) === year;
}
const JUST_NOW = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.justNow.en)})\\b|${alternation(CONTEXT_WORDS.justNow.zh)}`);
const HEADLINE_CHUAN = new RegExp(`^传(?!${alternation(CONTEXT_WORDS.wordsOpeningWithChuan.zh)})`);
const ARROW_SET: ReadonlySet<string> = new Set(ARROWS);
const ARROW_FOUNDING = new RegExp(`^\\s*(?:${alternation([...CONTEXT_WORDS.arrowFounding.en, ...CONTEXT_WORDS.arrowFounding.zh])})`);
const STAYS_AFTER_REPLACED = new RegExp(`^\\s*,\\s*who\\s+(?:(?:will|would|is to|is set to|is expected to)\\s+)?(?:${alternation(CONTEXT_WORDS.staysAfterReplaced.en)})\\b`);

/** A first-person quote said by "she" or "the 38-year-old" ("I'm thrilled to join Mistral," the 38-year-old said): the one person named before. */
function quotedByPronoun(r: SentenceReader, t: TriggerMention, antecedent: () => PersonMention | null): PersonMention[] {
  if (!SPOKEN_BY_PRONOUN.test(r.text.slice(t.end, r.span.end))) return [];
  const before = antecedent();
  if (!before) return [];
  r.fire('subject.pronoun', t.word, `${before.name}, who says it: the one person the sentence before names`);
  return [before];
}

/**
 * A first-person sentence inside a quote opened in a sentence before, by the one who says it there ("X posted on LinkedIn:
 * “Bittersweet day. After three years, my time at OpenAI has come to an end. Excited for what's next at …”"). A sentence
 * with its "I'm" left out is theirs only after a move of theirs told before it: "So proud of Imogen. Excited for what's
 * next at Anthropic," from her manager, is her move, not his.
 */
function quotedFromBefore(r: SentenceReader, t: TriggerMention, article: ArticleContext, firstPerson: boolean): PersonMention[] {
  const open = r.quoteOpenedBefore();
  const speaker = open >= 0 ? article.quoteSpeaker(open) : null;
  if (!speaker || (!firstPerson && !article.toldOf(speaker.key))) return [];
  r.fire('subject.quoted', speaker.name, `"${t.word}" in their own words, in the quote they open before`);
  return [speaker];
}

/**
 * "Das joined DeepMind in 2017. She led its alignment team from 2021. In August 2025 she was hired by Meta": on a
 * reference page about the mover, a join with no origin comes from the org the last entry with a move word before it
 * took them to.
 */
function originInCareer(c: Candidate, r: SentenceReader, spans: readonly Span[], reader: (i: number) => SentenceReader): void {
  const own = spans.findIndex((s) => s.start === c.sentence.start);
  for (let i = own - 1; i >= 1; i--) {
    const entry = reader(i);
    const t = entry.triggers.filter((x) => x.trigger.event === 'join' || x.trigger.event === 'promotion').at(-1);
    if (!t) continue;
    const org = entry.orgs.find((o) => o.start >= t.end && entry.clause(o.start).start === entry.clause(t.start).start && !entry.sameOrg(o, c.to!));
    if (org) {
      c.from = org;
      c.reasons.push(`origin ${org.org}: the page's entry before`);
      r.fire('end.described-elsewhere', org.org, `${c.person.name} from ${org.org}, where the page's entry before took them`);
    }
    return;
  }
}

/** A bare list ("A, B and C, the three researchers who …") shares the words after it; "…, and C, a lead at Google" does not. */
function sharesWordsAfter(r: SentenceReader, subjects: PersonMention[]): boolean {
  const last = subjects[subjects.length - 1]!.end;
  return !SINGULAR_APPOSITION.test(r.text.slice(last, last + 6)) && subjects.every((p, k) => k === 0 || BARE_JOINER.test(r.text.slice(subjects[k - 1]!.end, p.start)));
}

/**
 * Where a join or return with no origin came from, told apart from its move word: "Noam Shazeer, who left Google in
 * 2021 to co-found Character.AI, is going back to Google" (the org the biography went to), or "Sora co-lead Tim Brooks
 * heads to Google DeepMind" then "Tim Brooks, one of the leaders of OpenAI's Sora, said …" (the org another sentence
 * of the lead describes the person by).
 */
function originElsewhere(c: Candidate, r: SentenceReader, spans: readonly Span[], reader: (i: number) => SentenceReader): void {
  const to = c.to!;
  // A return from the org it returns to is a return with its origin still to find: where the biography went next.
  if (c.event === 'return' && c.from && r.sameOrg(c.from, to)) c.from = null;
  if (c.event === 'return' && !c.from) {
    for (const i of leadSentencesNaming(c, r, spans)) {
      const other = reader(i);
      const p = other.people.find((q) => q.key === c.person.key);
      // (Before the person only in the move's own sentence: "加入Anysphere仅两周后，X回归Anthropic".)
      const went = p
        ? other.orgs.find(
            (o) =>
              (o.start > p.end || (other === r && !otherClauseBefore(r, o, p))) &&
              !other.sameOrg(o, to) &&
              other.triggers.some((t) => (t.trigger.event === 'join' || t.trigger.event === 'founding') && t.end <= o.start && o.start - t.end <= 2),
          )
        : undefined;
      if (went) {
        c.from = went;
        r.fire('end.described-elsewhere', went.org, `${c.person.name} from ${went.org}, where the biography took them`);
        return;
      }
    }
  }
  if (c.from) return;
  // "Anthropic has hired X. He ran preparedness at OpenAI until March …": the sentence after, opening with a pronoun.
  // ("委任许静怡女士为本公司首席财务官。许女士此前任职于高盛集团": a post filled from another org is a join.)
  const own = spans.findIndex((s) => s.start === c.sentence.start);
  // (The next sentences' openings are read before their readers are built: most joins have none of these.) A stint may
  // open one: "… at OpenAI! After four years at Microsoft Research, it's time for a new chapter." Two sentences may
  // stand between that name nobody else (the body retelling a headline's move, a notice's "Congratulate Oliver.").
  for (let k = own + 1; own >= 0 && k < Math.min(spans.length, own + 4); k++) {
    const lead = r.text.slice(spans[k]!.start, spans[k]!.start + 40);
    const stint = STINT_OPENING.test(lead);
    // (Nobody else named there but a poster: "Sam Altman on X: thrilled to welcome Priya Natarajan to OpenAI".)
    if (!(stint || OPENING_PRONOUN.test(lead) || opensWithSurname(lead, c.person.name)) || !r.people.every((p) => p.key === c.person.key || POSTED_ON.test(r.text.slice(p.end, p.end + 40)))) continue;
    if (k > own + 1 && !reader(k - 1).people.every((p) => p.key === c.person.key)) break;
    const next = reader(k);
    // ("She built much of the evaluation stack behind Gemini and will lead …": work done before, up to what comes next.)
    const pastWork = PAST_WORK_OPENING.test(lead);
    const org = next.orgs.find(
      (o) =>
        !next.sameOrg(o, to) && (stint || next.isFormer(o) || CAME_FROM.test(next.text.slice(next.span.start, o.start)) || (pastWork && !FUTURE_WORDS.test(next.text.slice(next.span.start, o.start)))),
    );
    if (org) {
      c.from = org;
      if (c.event === 'promotion') c.event = 'join';
      c.reasons.push(`origin ${org.org}: a sentence after tells where ${c.person.name} was`);
      r.fire('end.described-elsewhere', org.org, `${c.person.name} from ${org.org}, as a sentence after tells`);
      return;
    }
  }
  if (c.event === 'promotion') return;
  for (const i of leadSentencesNaming(c, r, spans)) {
    if (spans[i]!.start === c.sentence.start) continue;
    const other = reader(i);
    const p = other.people.find((q) => q.key === c.person.key);
    const org = p ? describedBy(other, p) : null;
    if (org && !other.sameOrg(org, to)) {
      c.from = org;
      c.reasons.push(`origin ${org.org}: another sentence describes ${c.person.name} by it`);
      r.fire('end.described-elsewhere', org.org, `${c.person.name} from ${org.org}, as another sentence describes them`);
      return;
    }
  }
}

/**
 * "桑若雪离开了工作六年的字节。两个月后，她创办的AI陪伴公司“小满”完成了首轮融资。": a company "she founded", named
 * after her departure was told, is the founding she left for (the relative clause alone reads as history).
 */
function foundedAfterLeaving(r: SentenceReader, candidates: Candidate[], antecedent: () => PersonMention | null): void {
  const t = r.triggers.find((x) => x.trigger.event === 'founding' && FOUNDED_BY_PRONOUN.test(r.text.slice(Math.max(r.span.start, x.start - 2), x.start)));
  if (!t || !r.events.some((e) => e.outcome === 'blocked' && e.rule === 'block.relative-clause' && e.at === t.word)) return;
  const who = antecedent();
  const left = who ? candidates.find((c) => c.person.key === who.key && c.event === 'departure' && !c.to && c.status !== 'denied') : undefined;
  if (!left) return;
  left.event = 'founding';
  left.reasons.push(`"${t.word}" after the departure: the company founded since`);
  r.fire('event.founded-after', t.word, `${left.person.name}: the departure told before is a founding`);
}
/**
 * "This week the Apple executive told his team he was leaving … Delacroix-Reyes said his new company, Tidewater Labs,
 * would build …", "…她的新公司“小满”已完成融资": a new company of theirs, named after their departure was told, is the
 * founding they left for.
 */
function newCompanyOfTheirs(r: SentenceReader, candidates: Candidate[], antecedent: () => PersonMention | null): void {
  const m = THEIR_NEW_COMPANY_EN.exec(r.n.cased.slice(r.span.start, r.span.end)) ?? THEIR_NEW_COMPANY_ZH.exec(r.text.slice(r.span.start, r.span.end));
  if (!m?.indices?.[1]) return;
  const at = r.span.start + m.index;
  // Whose: the last person named before it in the sentence, else the one the sentence before names.
  const who = r.people.filter((p) => p.end <= at).pop() ?? antecedent();
  // (Every telling of that departure: one read from the sentence, one inferred for "he".)
  const left = who ? candidates.filter((c) => c.person.key === who.key && c.event === 'departure' && !c.to && c.status !== 'denied') : [];
  if (!left.length) return;
  const start = r.span.start + m.indices[1][0];
  const name = m[1]!.trim();
  if (NOT_COMPANY_NAME.test(name) || r.orgs.some((o) => o.start < start + name.length && start < o.end)) return;
  for (const c of left) {
    c.event = 'founding';
    c.to = { start, end: start + name.length, org: name };
    c.reasons.push(`"${name}", a new company of theirs named after the departure`);
  }
  r.fire('event.founded-after', name, `${who!.name}: the departure told before is a founding`);
}
const THEIR_NEW_COMPANY_EN = new RegExp(
  `\\b(?:his|her|their) new (?:${alternation(CONTEXT_WORDS.companyNouns.en)})(?:,\\s+|\\s+(?:called|named)\\s+)([A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,3})(?=\\s*[,.;]|\\s+(?:${alternation(CONTEXT_WORDS.afterCompanyName.en)})\\b)`,
  'd',
);
const THEIR_NEW_COMPANY_ZH = /(?:他|她|其)的?新(?:公司|创业公司)[“"「]([^”"」]{2,20})[”"」]/d;
// A subject pronoun right before the move word, opening its clause: "，她创办的…".
const FOUNDED_BY_PRONOUN = /(?:^|[,;。])(?:他|她)$/;

/** Whether an org before the person stands in a clause of someone else's ("X加入了阿里通义；…；Y重返谷歌"): past a semicolon, or another person. */
function otherClauseBefore(r: SentenceReader, o: OrgMention, p: PersonMention): boolean {
  // (Not one listed with them: "加入Anysphere仅约两周后，Boris Cherny和Cat Wu双双回归Anthropic".)
  const other = r.people.find((q) => q.key !== p.key && q.start >= o.end && q.end <= p.start);
  return o.start < p.start && (r.text.slice(o.end, p.start).includes(';') || (other !== undefined && !r.joinsList(r.text.slice(other.end, p.start))));
}

/** The org "she" will work at, in the sentence after a departure to an org not named ("she would be working … at Mistral AI"). */
function worksNextAt(r: SentenceReader, c: Candidate): void {
  if (!SHE_WILL_WORK.test(r.text.slice(r.span.start, r.span.end))) return;
  const org = r.orgs.find((o) => / at\s+$/.test(r.text.slice(Math.max(r.span.start, o.start - 4), o.start)) && !r.sameOrg(o, c.from));
  if (!org) return;
  c.to = org;
  c.reasons.push(`to ${org.org}: the sentence after tells where ${c.person.name} works next`);
  r.fire('end.described-elsewhere', org.org, `${c.person.name} to ${org.org}, where the sentence after says they will work`);
}
const SHE_WILL_WORK = new RegExp(
  `\\b(?:${alternation(CONTEXT_WORDS.subjectPronouns.en)})\\s+(?:${alternation(CONTEXT_WORDS.toCome.en)})\\s+(?:now\\s+)?(?:be\\s+)?(?:${alternation(CONTEXT_WORDS.worksAt.en)})\\b`,
);

/** A departure's role from the sentence after it, which opens with the person (or 他/她) and the post held before. */
function roleHeldBefore(r: SentenceReader, c: Candidate): void {
  const lead = r.text.charCodeAt(r.span.start) === 0x4ed6 /* 他 */ || r.text.charCodeAt(r.span.start) === 0x5979 /* 她 */ ? r.span.start + 1 : -1;
  const named = lead < 0 ? r.people.find((p) => p.key === c.person.key && p.start - r.span.start <= 1) : undefined;
  const from = named ? named.end : lead;
  if (from < 0) return;
  const role = postHeldBefore(r.text, r.n.cased, from, r.clause(from).end);
  if (!role) return;
  c.heldTitle = role;
  r.fire('role.held', role, `the post the sentence after says ${c.person.name} held`);
}

/** "许女士此前任职于高盛集团", "Mr. Obi was …": a sentence opening with the person's surname and an honorific. */
function opensWithSurname(lead: string, name: string): boolean {
  if (HAN_START.test(name)) return lead.startsWith(name[0]!) && ZH_HONORIFIC_AFTER_SURNAME.test(lead.slice(1, 3));
  const honorific = EN_HONORIFIC_OPENING.exec(lead);
  return honorific !== null && lead.startsWith(name.split(' ').pop()!.toLowerCase(), honorific[0].length);
}
const PAST_WORK_OPENING = new RegExp(`^\\s*(?:${alternation(CONTEXT_WORDS.subjectPronouns.en)})\\s+(?:${alternation(CONTEXT_WORDS.pastWork.en)})\\b`);
const FUTURE_WORDS = new RegExp(`\\b(?:${alternation(CONTEXT_WORDS.toCome.en)})\\b`);
// (Or thanks for one: "Grateful for four great years at Hugging Face.")
// ("之前在阿里通义待了三年，感恩。": a stint told in Chinese; "Previously: Research Director at Google DeepMind", "此前：阿里巴巴…":
// a network's notice labels it; "👋 to my amazing team at Google after six years": a farewell to it.)
const STINT_OPENING =
  /^\s*(?:after|following|grateful for|thankful for|thanks to)\s+(?:[\w-]+\s+){0,4}(?:years?|months?|decades?)\s+(?:at|with)\s|^\s*(?:之前|此前|以前|先前|过去)?我?在[^,;。]{1,20}?(?:待了|工作了|干了)|^\s*(?:previously|formerly|prior|before|此前|之前|曾任)\s*:|^\s*(?:👋|goodbye|farewell)\s+to\s/;
const EN_HONORIFIC_OPENING = /^\s*(?:mr|ms|mrs|dr|prof)\.?\s+/;
// '… team!" posted ', '…," said ': a quote closed, then the verb that names its speaker.
const QUOTE_THEN_SPEAKER = new RegExp(`["”]\\s*,?\\s*(?:${alternation(CONTEXT_WORDS.speechVerbs.en)})\\s+$`);
const TAKES_POST_ZH: ReadonlySet<string> = new Set(CONTEXT_WORDS.takesPost.zh);
// 转任, 调任, 改任: a move to another post in the same company.
const TRANSFER_ZH = new RegExp(`^(?:${alternation(CONTEXT_WORDS.transfers.zh)})`);
const REPLACES_PRONOUN = /^\s+(?:him|her|them)\b/;
const PRONOUN_INSIDE = /[他她其]|\b(?:his|her)\b/;
// ("过去三年，她在Anthropic负责…": after a short time phrase too.)
const OPENS_WITH_PRONOUN = /^(?:[^,.;。]{1,8},\s*)?(?:he|she|his|her|他|她|其)(?![a-z])/;
const HAN_START = /^\p{Script=Han}/u;
const ZH_HONORIFIC_AFTER_SURNAME = /^(?:女士|先生|博士|教授|总)/;

/** The lead's sentences whose text holds the person's last name (the others need no reader built to be ruled out). */
function leadSentencesNaming(c: Candidate, r: SentenceReader, spans: readonly Span[]): number[] {
  const last = c.person.key.slice(c.person.key.lastIndexOf(' ') + 1);
  const out: number[] = [];
  for (let i = 0; i < Math.min(spans.length, WINDOWS.describedInSentences); i++) if (r.text.slice(spans[i]!.start, spans[i]!.end).includes(last)) out.push(i);
  return out;
}

/** After an org, its offer: "Meta's nine-figure offer" says who wanted the person, not where they were. */
const ORG_OFFERING = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:offer|bid|pitch)s?\b/;

/** The org a sentence with no move of its own describes a person by: "OpenAI researcher X", "X, one of the leaders of OpenAI's Sora, said". */
function describedBy(r: SentenceReader, p: PersonMention): OrgMention | null {
  if (r.triggers.length) return null;
  const clause = r.clause(p.start);
  const before = r.orgBefore(p.start, Math.max(clause.start, p.start - WINDOWS.titleBeforeName));
  if (before && !r.people.some((q) => q.start >= before.end && q.end <= p.start)) return before;
  if (codeAt(r.text, p.end) !== 0x2c) return null;
  const aside = r.clause(p.end + 1);
  const org = r.orgs.find((o) => o.start > p.end && o.end <= aside.end);
  return org && APPOSITION_DESCRIBES.test(r.text.slice(p.end, org.start)) ? org : null;
}

/** A role without the org it is "of", where that org is an end of the move ("chief financial officer of xAI" → "chief financial officer"). */
function withoutItsOrg(role: string, c: Candidate, r: SentenceReader): string {
  const of = / of ([^,;]+)$/.exec(role);
  if (!of) return role;
  const owner = of[1]!.toLowerCase();
  const ends = [c.from, c.to].filter((o): o is OrgMention => o !== null && o.start >= 0);
  return ends.some((o) => r.text.slice(o.start, o.end) === owner || o.org.toLowerCase() === owner) ? role.slice(0, of.index) : role;
}

/** Bytes that were not UTF-8 arrive as U+FFFD; they mean nothing in a role or a tenure, so they go. */
function clean(field: string | null): string | null {
  if (field === null) return null;
  const out = field
    .replace(/\uFFFD+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return out || null;
}

/** Finds the moves an item's text reports. Pure: the same text and index give the same moves. */
export function recognize(text: string, index: MatchIndex, options: RecognizeOptions): Recognition {
  return recognizeScanned(scanText(text, index), index, options);
}

/**
 * What the sentences of one article share while they are read. (A class, not an object literal with getters: V8
 * builds such a literal through the runtime, a cost paid for every item.)
 */
class ArticleState implements ArticleContext {
  private reorgSeen: boolean | undefined;
  private acquisitionSeen: boolean | undefined;
  private boughtSeen: OrgMention | null | undefined;
  private signerSeen: PersonMention | null | undefined;
  private posterSeen: PersonMention | null | undefined;
  private pageSubjectSeen: PersonMention | null | undefined;

  constructor(
    readonly year: number,
    readonly theme: string | null,
    private readonly n: NormalizedText,
    private readonly spans: readonly Span[],
    private readonly reader: (i: number) => SentenceReader,
    private readonly candidates: readonly Candidate[],
    private readonly index: MatchIndex,
  ) {}

  /** Whether the lead tells of a reorganisation: asked only by 担任 and promotions, so found only when asked. */
  get reorg(): boolean {
    return (this.reorgSeen ??= REORGANISATION.test(this.n.text.slice(0, this.spans[Math.min(2, this.spans.length - 1)]?.end ?? 0)));
  }

  get acquisition(): boolean {
    return (this.acquisitionSeen ??= ACQUISITION.test(this.n.text.slice(0, this.spans[Math.min(2, this.spans.length - 1)]?.end ?? 0)));
  }

  /** Asked only of a join with no origin, so found only then. */
  get bought(): OrgMention | null {
    if (this.boughtSeen === undefined) this.boughtSeen = this.acquisition ? boughtCompany(this.n.cased.slice(0, this.spans[Math.min(2, this.spans.length - 1)]?.end ?? 0), this.index) : null;
    return this.boughtSeen;
  }

  quoteSpeaker(open: number): PersonMention | null {
    const k = this.spans.findIndex((s) => s.start <= open && open < s.end);
    return k >= 0 ? this.reader(k).speakerBefore(open) : null;
  }

  asked(at: Span): PersonMention | null {
    const i = this.spans.findIndex((s) => s.start === at.start);
    // (The question's own line opens with its label: "Q: You left Google …", "记者：您刚刚…".)
    let k = i;
    while (k > 0 && k > i - 3 && this.n.text[this.spans[k]!.start - 1] !== '\n') k--;
    if (!QUESTION_LINE.test(this.n.text.slice(this.spans[k]!.start, this.spans[k]!.start + 12))) return null;
    // The label of the answer after it.
    for (let j = i + 1; j < this.spans.length && j <= i + 3; j++) {
      const s = this.spans[j]!;
      if (this.n.text[s.start - 1] !== '\n') continue;
      // (A Chinese label is read as an interview's guest is: discovery reads no name in a line with no move word.)
      const label = this.reader(j).people.find((p) => p.start - s.start <= 1 && /^\s*:/.test(this.n.text.slice(p.end, p.end + 2)));
      return label ?? this.reader(j).intervieweeName();
    }
    return null;
  }

  answerer(at: Span): PersonMention | null {
    const i = this.spans.findIndex((s) => s.start === at.start);
    // (Back to the label of the answer, not past a question: "Q: …", "问：…".)
    for (let k = i; k > 0 && k >= i - 4; k--) {
      const s = this.spans[k]!;
      const opening = this.n.text.slice(s.start, Math.min(s.end, s.start + 48));
      if (QUESTION_LABEL.test(opening)) return null;
      if (!ANSWER_LABEL.test(opening)) continue;
      const label = this.reader(k).people.find((p) => p.start - s.start <= 1 && /^\s*[:(]/.test(this.n.text.slice(p.end, p.end + 2)));
      if (label) return label;
    }
    return null;
  }

  embedSigner(at: Span): PersonMention | null {
    const { n, spans } = this;
    if (!QUOTED_LINE.test(lineOpening(n, at.start))) return null;
    const i = spans.findIndex((s) => s.start === at.start);
    // (Down the quote's lines to its signature: an embed is a few lines long.)
    for (let k = i + 1; k < spans.length && k <= i + 6; k++) {
      if (!QUOTED_LINE.test(lineOpening(n, spans[k]!.start))) return null;
      const signed = EMBED_DASH.test(n.original.slice(n.offsets[spans[k]!.start]!, n.offsets[spans[k]!.start]! + 6)) ? this.reader(k).embedSignature() : null;
      if (signed) return signed;
    }
    return null;
  }

  /**
   * Asked only by a first-person move with nobody named: the item's last sentence is a signature when it is one name
   * after a dash; or a byline opens it.
   */
  get signer(): PersonMention | null {
    if (this.signerSeen !== undefined) return this.signerSeen;
    const { n, spans } = this;
    const last = spans.length - 1;
    if (last < 1) return (this.signerSeen = null);
    const signature = this.reader(last);
    const { people } = signature;
    // ("——龚一帆", "#NewJob #AI — Rafael Quintana": a name discovery does not read there.)
    const only = people.length === 1 ? people[0]! : people.length === 0 ? signature.signatureName() : null;
    const ok = only && /^[\s.!)]*$/.test(n.text.slice(only.end, spans[last]!.end)) && SIGNATURE_DASH.test(n.original.slice(n.offsets[spans[last - 1]!.end]!, n.offsets[only.start]!));
    return (this.signerSeen = ok ? only : (this.realNamed ?? this.byline() ?? this.poster ?? this.selfIntroduced() ?? this.interviewee()));
  }

  /** "Mateo Lindgren (@mateolindgren) on X", "Harriet Osei on LinkedIn: …", "柯一帆的微博": a title naming who posted the item. */
  get poster(): PersonMention | null {
    if (this.posterSeen === undefined) this.posterSeen = this.titlePoster();
    return this.posterSeen;
  }

  private titlePoster(): PersonMention | null {
    const title = this.reader(0);
    const named = postedBy(title, title.people) ?? afterPlatformBar(title);
    if (named || !ZH_POSTED_IN.test(this.n.text.slice(title.span.start, title.span.end))) return named;
    // (A watched name is known whatever its surname: "计明轩的微博".)
    const first = title.people[0];
    const opening = first && first.start === title.span.start ? first : title.openingName();
    return opening && this.n.text.startsWith('的', opening.end) ? opening : null;
  }

  /** "岑嘉言 - 百度百科", "Halvard Steen (engineer) - Wikipedia": the person a reference page is about, or null. */
  get pageSubject(): PersonMention | null {
    if (this.pageSubjectSeen === undefined) this.pageSubjectSeen = this.referencePageSubject();
    return this.pageSubjectSeen;
  }

  private referencePageSubject(): PersonMention | null {
    const title = this.reader(0);
    const page = this.spans.length < 2 ? null : REFERENCE_PAGE.exec(this.n.text.slice(title.span.start, title.span.end));
    return page ? title.nameUntil(title.span.start + page.index) : null;
  }

  /** "Interview: Farid Haddad, Apple's new head of …", "专访｜…贺知行谈…": the one person an interview's headline names. */
  private interviewee(): PersonMention | null {
    const span = this.spans[0]!;
    if (!INTERVIEW_TITLE.test(this.n.text.slice(span.start, span.end))) return null;
    const title = this.reader(0);
    const named = title.peopleReferredTo();
    return named.length === 1 ? named[0]! : named.length ? null : title.intervieweeName();
  }

  /** "——花名“阿澈”，本名欧阳澈", "小红书@林间小鹿（本名郑晓岚）": the real name a post's last sentence gives its writer. */
  get realNamed(): PersonMention | null {
    const last = this.spans.length - 1;
    return last >= 1 && REAL_NAME.test(this.n.text.slice(this.spans[last]!.start, this.spans[last]!.end)) ? this.reader(last).realName() : null;
  }

  /** "谢邀，我是当事人钱嘉懿。": a writer naming themselves in the first two sentences. */
  private selfIntroduced(): PersonMention | null {
    for (let i = 0; i < Math.min(2, this.spans.length); i++) {
      const named = this.reader(i).selfNamed();
      if (named) return named;
    }
    return null;
  }

  /**
   * "By Hannah Whitcombe.": a byline of one name, in the first two sentences, signs a post in the first person too.
   * (Not in an item that quotes anyone: a reporter's byline over "'I resigned,' she said" is not the one who moved.)
   */
  private byline(): PersonMention | null {
    if (QUOTE_MARKS.test(this.n.text)) return null;
    for (let i = 0; i < Math.min(2, this.spans.length); i++) {
      const span = this.spans[i]!;
      if (!BYLINE.test(this.n.text.slice(span.start, span.start + 4))) continue;
      const { people } = this.reader(i);
      const only = people.length === 1 ? people[0]! : null;
      if (only && BYLINE.test(this.n.text.slice(span.start, only.start)) && /^[\s.]*$/.test(this.n.text.slice(only.end, span.end))) return only;
    }
    return null;
  }

  get toldNamed(): boolean {
    return this.candidates.length > 0;
  }

  toldOf(key: string): boolean {
    return this.candidates.some((c) => c.person.key === key);
  }

  toldBySurname(surname: string): PersonMention | null {
    const named = this.candidates.filter((c) => this.n.text.startsWith(surname, c.person.start) && c.person.end - c.person.start <= 3 && isHanCode(this.n.text.charCodeAt(c.person.start)));
    return named.length && named.every((c) => c.person.key === named[0]!.person.key) ? named[0]!.person : null;
  }
}

/** The moves of an item; the trace (mentions, sentences) is for explain, built only when read. */
class TracedRecognition implements Recognition {
  constructor(
    readonly moves: Move[],
    readonly theme: string | null,
    private readonly n: NormalizedText,
    private readonly found: readonly Mention[],
    private readonly spans: readonly Span[],
    private readonly reader: (i: number) => SentenceReader,
    private readonly index: MatchIndex,
  ) {}

  get mentions(): Recognition['mentions'] {
    const seen = new Set<string>();
    return this.found.flatMap((m) => {
      if (m.entity.kind !== 'person' && m.entity.kind !== 'org') return [];
      const name = m.entity.kind === 'org' ? m.entity.org : this.index.people.get(m.entity.key)!;
      const key = `${m.entity.kind}:${name}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ kind: m.entity.kind, name, text: originalSpan(this.n, m.start, m.end) }];
    });
  }

  get sentences(): SentenceTrace[] {
    return this.spans
      .map((_, i) => this.reader(i))
      .filter((r) => r.triggers.length || r.people.length || r.events.length)
      .map((r) => ({
        text: originalSpan(this.n, r.span.start, r.span.end),
        people: r.people.map((p) => `${p.name}${p.watched ? '' : ' (discovered)'}`),
        orgs: r.orgs.map((o) => o.org),
        triggers: r.triggers.map((t) => t.word),
        rules: r.events,
      }));
  }
}

/** As `recognize`, on a text already normalised and scanned (the pipeline scans each item once). */
export function recognizeScanned(scanned: ScannedText, index: MatchIndex, options: RecognizeOptions): Recognition {
  const { normalized: n, mentions } = scanned;
  // Mentions and sentences are both in text order: one pass hands each sentence its own mentions.
  let next = 0;
  const spans = splitSentences(n.text, n.cased);
  // Sentence i's mentions are mentions[bounds[2i] .. bounds[2i + 1]) (one array of small integers: no object per sentence).
  const bounds: number[] = [];
  for (const s of spans) {
    while (next < mentions.length && mentions[next]!.start < s.start) next++;
    let end = next;
    while (end < mentions.length && mentions[end]!.start < s.end) end++;
    bounds.push(next, end);
    next = end;
  }
  // A reader is built only for a sentence some rule reads: most sentences of a feed name nothing.
  const built: SentenceReader[] = [];
  const namedInFull = new Set<string>();
  for (const m of mentions) if (m.entity.kind === 'person' && !m.entity.weak) namedInFull.add(m.entity.key);
  const article = new ArticleNames(n, spans, namedInFull);
  const reader = (i: number) => (built[i] ??= new SentenceReader(n, spans[i]!, mentions.slice(bounds[2 * i], bounds[2 * i + 1]), index, article));
  // The reader of the sentence a candidate was read in (built: it was read).
  const readerOf = (c: Candidate) => reader(spans.findIndex((s) => s.start === c.sentence.start));
  const lead = spans.slice(0, 3).map((_, i) => reader(i));
  const theme = detectTheme(lead, index, options.year);
  // Sports news ("加盟一家中超俱乐部", "the midfielder joins …") names namesakes, not AI researchers.
  let offTopicWords = 0;
  for (const m of mentions) if (m.entity.kind === 'off-topic') offTopicWords++;
  const offTopic = offTopicWords >= OFF_TOPIC_MIN && !mentions.some((m) => m.entity.kind === 'org');
  // "A timeline of OpenAI's leadership exits", "The year in AI talent": an article that looks back.
  // (Not one the headline itself dates now: "… this week", "本月…".)
  const headline = spans.length > 1 ? n.text.slice(spans[0]!.start, spans[0]!.end) : '';
  const recap = RECAP_HEADLINE.test(headline) && !JUST_NOW.test(headline);
  const head = spans.length > 1 ? (headlineOrg(lead[0]!) ?? issuerHeader(lead[0]!, lead[1])) : null;
  const poster = lead.length ? postedBy(lead[0]!, lead[0]!.orgs) : null;
  const candidates: Candidate[] = [];
  const context = new ArticleState(options.year, theme, n, spans, reader, candidates, index);
  let told: UnnamedMove | null = null;
  let headHire: UnnamedMove | null = null;
  // The headline's move told of someone it does not name ("腾讯混元多模态负责人加盟字节Seed").
  let headUnnamed: UnnamedMove | null = null;
  // Whether any line could open a filing's résumé ("X，男，1983年出生"): asked once, not for every sentence.
  const mayHoldResume = n.text.includes('出生');
  // Whether the text holds a table of moves ("Name | From | To"): its rows are read as moves.
  const columns = n.text.includes('|') || n.original.includes('\t') ? tableColumns(n) : null;
  // Whether the text holds a newsletter's headings of moves ("HIRES", "## Left", "【离职】"): the lines under them are moves.
  const sections = n.text.includes('\n') ? sectionsOf(n.text) : null;
  // The last sentence that told a departure (one the next sentence may say the person stays after).
  let lastLeft = -1;
  spans.forEach((_, i) => {
    // (A sentence that names no org and no move word may still list more of an article's leavers: "Two others, A and B, …";
    // asked only of such sentences.)
    if (bounds[2 * i] === bounds[2 * i + 1] && !told && !(theme !== null && OTHERS_OPENING.test(n.text.slice(spans[i]!.start, spans[i]!.start + 16)))) {
      // ("He remains chief scientist." names nothing the scanner finds, but may keep the leaver before it.)
      if (i > 0 && lastLeft === i - 1) staysAfterLeaving(n, spans[i]!, () => reader(i), candidates, spans[i - 1]!);
      // (A line that names nothing ends a section of moves it stands in: "Panel" after the departures.)
      for (const x of sections ?? []) if (spans[i]!.start >= x.start && spans[i]!.start < x.end) x.end = spans[i]!.start;
      // ("…已从字节跳动离职。两个月后，她的新公司“小满”完成了首轮融资": a sentence naming only the company makes the last
      // departure told a founding.)
      if (lastLeft >= 0 && THEIR_NEW_COMPANY_ZH.test(n.text.slice(spans[i]!.start, spans[i]!.end)))
        newCompanyOfTheirs(reader(i), candidates, () => candidates.filter((c) => c.event === 'departure').pop()?.person ?? null);
      return;
    }
    const r = reader(i);
    if (offTopic) {
      if (r.triggers.length) r.block('article.off-topic', r.triggers[0]!.word, 'sports news, no org of the catalog');
      return;
    }
    if (recap && !JUST_NOW.test(n.text.slice(spans[i]!.start, spans[i]!.end)) && !datedThisYear(n.text.slice(spans[i]!.start, spans[i]!.end), options.year)) {
      for (const t of r.triggers) r.block('block.recap', t.word, 'an article that looks back, and no word of now');
      return;
    }
    // ("Related: Meta hires Scale AI's Alexandr Wang (June 2025)", "相关阅读：…": a link to an earlier story, not this one's news.)
    if (r.triggers.length && RELATED_LINK.test(n.text.slice(spans[i]!.start, spans[i]!.start + 24))) {
      for (const t of r.triggers) r.block('block.recap', t.word, 'a link to an earlier story');
      return;
    }
    // Who "he" or "she" is: the one person the sentence before names (none when it names several, or nobody).
    // ("研究员柏思远的竞业期已于上月届满。…他目前已正式入职阿里巴巴": a Chinese name in a sentence with no move word,
    // guessed once a later sentence refers to it; the one person there, owner or not.)
    const soleGuessed = (people: PersonMention[]) => (people.length && people.every((p) => p.key === people[0]!.key) ? people[0]! : null);
    const antecedent = (back = 1): PersonMention | null => {
      const k = i - back;
      if (k < 0) return null;
      // An owner ("Ana Ruiz's startup") is not who "he" is.
      const { people } = reader(k);
      // (Nor the author of a byline: "By Hannah Whitcombe. 'I resigned,' she told me.")
      if (BYLINE.test(n.text.slice(spans[k]!.start, spans[k]!.start + 4))) return null;
      // ("仇思远是字节跳动Seed团队…。这位90后近日已离职": a Chinese name opening a sentence with no move word.)
      // ("Ashby joined OpenAI in 2022. He plans to join a hedge fund. His responsibilities …": a sentence that names
      // nobody and opens with "he" passes on who he is, twice at most.)
      // (Not through biography: "He joined Google Brain in 2016 … He later moved to OpenAI.")
      if (!people.length) {
        // (So does an FAQ's question that names nobody: "Who is X? … Why is he in the news? He left Apple last week".)
        const passesOn =
          back < 3 &&
          (OPENS_WITH_PRONOUN.test(n.text.slice(spans[k]!.start, spans[k]!.start + 14)) || endsInQuestion(n.text, spans[k]!)) &&
          !reader(k).events.some((e) => e.outcome === 'blocked' && BIOGRAPHY_RULES.has(e.rule));
        return reader(k).openingName() ?? (passesOn ? antecedent(back + 1) : null) ?? soleGuessed(reader(k).peopleReferredTo());
      }
      // (But the owner of a post or a move is: "misstated X's new role. He has joined Perplexity as …".)
      return people.every((p) => p.key === people[0]!.key && (!reader(k).possessive(p) || OWNS_A_POST.test(n.text.slice(p.end, p.end + 24)))) ? people[0]! : null;
    };
    // Who "both" or "两人" are: the people of the moves the sentence before tells, or, where it tells none, the people it
    // names ("A and B built Claude Code. The duo have now left").
    const group = () => {
      const movers = new Map<string, PersonMention>();
      for (const c of candidates) if (i > 0 && c.sentence.start === spans[i - 1]!.start) movers.set(c.person.key, c.person);
      if (!movers.size && i > 0) for (const p of reader(i - 1).peopleReferredToAsGroup()) movers.set(p.key, p);
      return [...movers.values()];
    };
    const { found, unnamed } = r.triggers.length ? readSentence(r, context, told, antecedent, group) : { found: [], unnamed: null };
    // "They are A and B, who will join its team": a list sentence names the people of the move before, even with a verb of its own.
    const listed = told && (!found.length || r.listsPeople) ? readListed(r, told) : [];
    const entries = told && !listed.length ? readCounted(r, told, found) : listed;
    // ("…left, several for OpenAI. Among them was X, …, who is now at Anduril": where the listed say where they went, that
    // is where, not the destination the list's move gave most of them.)
    for (const e of listed) {
      const own = found.find((c) => c.person.key === e.person.key && c.to && !r.sameOrg(c.to, e.to));
      if (!own?.to) continue;
      e.to = own.to;
      r.fire('end.object', r.words(own.to), `${e.person.name} to ${own.to.org}: their own, not the list's`);
    }
    found.push(...entries);
    // ("“我已经离开腾讯了…”前腾讯混元研究员蓝书航在接受采访时说。": a quote in the first person, its speaker the next sentence's.)
    if (!found.length && r.triggers.length && i + 1 < spans.length && QUOTE_IN_FIRST_PERSON_ZH.test(r.text.slice(Math.max(0, r.span.start - 1), r.span.end)))
      found.push(...quotedThenSpeaker(r, reader(i + 1), options.year));
    if (!found.length && told && !r.triggers.length) found.push(...readStarting(r, told));
    if (!found.length && told && !r.triggers.length) found.push(...readMadeTheMove(r, told));
    // (A move word of the aside's own may stand there, read as biography: "who joined from Apple in 2024".)
    if (!found.length && told) found.push(...readPostHolder(r, told));
    if (!found.length && i > 0 && !r.triggers.length && candidates.at(-1)?.sentence.start === spans[i - 1]!.start) found.push(...readSameMove(r, candidates, spans[i - 1]!));
    if (!found.length && theme && r.people.length) found.push(...readTenure(r, theme));
    if (!found.length && theme && r.people.length) found.push(...readOthers(r, theme));
    if (!found.length && !r.triggers.length) found.push(...readShorthand(r));
    if (!found.length && !r.triggers.length) found.push(...(columns ? readTableRow(r, columns) : readLine(r)));
    const section = sections?.find((x) => r.span.start >= x.start && r.span.start < x.end);
    if (!found.length && section && !r.triggers.length) found.push(...readSectionLine(r, section));
    if (i > 0) for (const c of found) if ((c.event === 'join' || c.event === 'promotion') && !c.to) hiredByTheCompany(r, c, spans, reader, i);
    if (i > 0) for (const c of found) if (c.event === 'join' && !c.to) fillsVacancyBefore(r, c, reader(i - 1));
    if (i > 0) for (const c of found) if (c.event === 'join' && !c.from && c.to) heldThePostBefore(r, c, reader(i - 1));
    // ("Mistral AI on LinkedIn: Welcome to the team, X!" then "X joins us from Meta": the post's "us" is the company posting.)
    // ("Alphabet Q3 2025 earnings call transcript", then an executive's "X, who joins us from Microsoft": a headline naming one
    // org and no move is the org speaking.)
    const us = poster ?? (head && !head.joining && !head.leaving ? head.org : null);
    if (us) for (const c of found) if (c.event === 'join' && !c.to && !r.sameOrg(c.from, us) && JOINS_US.test(r.text.slice(r.span.start, r.span.end))) joinsPoster(r, c, us);
    if (i > 0 && found.length) {
      // Whether the article has told a departure from an org (a root) before this sentence.
      const leftBefore = (root: string | null) => root !== null && candidates.some((x) => x.event === 'departure' && x.from && index.catalog.root(x.from.org) === root);
      for (const c of found) carryHeadline(r, c, head, theme, context.reorg, leftBefore);
    }
    // "Thinking Machines Lab has lost another founding member. Leo Park is returning to OpenAI.": the loss told just
    // before, naming nobody, is where the person named now comes from.
    // (Not those the sentence lists under the loss, which share its move; but the others it names: "其中，A加入了阿里；B重返谷歌".)
    if (told?.from && told.trigger.trigger.event === 'departure') {
      for (const c of found) {
        if (c.from || entries.includes(c) || (c.to && r.sameOrg(c.to, told.from))) continue;
        c.from = told.from;
        r.fire('article.told-origin', c.person.name, `from ${told.from.org}, the loss the sentence before tells`);
      }
    }
    // "Pang left for Meta in July, and a dozen of his researchers have followed him out. The latest is X, …; she started at
    // Anthropic this week": the latest of those leaving comes from where the named leaver before left.
    if (i > 0 && LATEST_OF_THEM.test(r.text.slice(r.span.start, r.span.end))) {
      const before = candidates.find((x) => x.event === 'departure' && x.from && x.sentence.start === spans[i - 1]!.start);
      for (const c of found) {
        if (c.from || !before?.from || (c.to && r.sameOrg(c.to, before.from))) continue;
        c.from = before.from;
        r.fire('article.told-origin', c.person.name, `from ${before.from.org}: the latest of those leaving it, after ${before.person.name}`);
      }
    }
    // A leaver told in the sentence before, whose work this one hands to someone "by" (由) name.
    // (Or two sentences before, past a sentence about them: "…已于近日离职。滕嘉言2021年…。其原有团队…由…负责".)
    const leaver =
      !found.length && i > 0 && r.find('由') >= 0
        ? candidates.filter((c) => c.event === 'departure' && c.sentence.start >= spans[Math.max(0, i - 3)]!.start && c.sentence.start < spans[i]!.start).pop()
        : undefined;
    if (leaver) {
      const byPerson = new Map([[leaver.person.key, leaver]]);
      readTakesCharge(r, leaver, byPerson, leaver.status);
      found.push(...[...byPerson.values()].filter((c) => c !== leaver));
    }
    if (lastLeft === i - 1 && !found.length) staysAfterLeaving(n, spans[i]!, () => r, candidates, spans[i - 1]!);
    if (!found.length && lastLeft >= 0 && (lastLeft === i - 1 || lastLeft === i - 2)) nextStopAfterLeaving(r, candidates, spans[lastLeft]!, lastLeft === i - 2 ? spans[i - 1]! : null);
    if (!found.length && i > 0) foundedAfterLeaving(r, candidates, antecedent);
    if (!found.length && i > 0 && candidates.some((c) => c.event === 'departure' && !c.to)) newCompanyOfTheirs(r, candidates, antecedent);
    for (const c of found) if (c.event === 'promotion' && c.to) spunOut(r, c);
    for (const c of found) if (c.succeeds) takePost(r, c, c.succeeds);
    for (const c of found) if (c.event === 'join' && !c.from && c.to) cameWithCompany(r, c, context.bought);
    for (const c of found) if (c.event === 'join' && c.from && !c.to) joinEarlierHire(r, c, candidates);
    if (i > 0) for (const c of found) if (c.event === 'join' && !c.from && c.to) cameFromBefore(reader(i - 1), r, c);
    if (i > 0) for (const c of found) if (c.event === 'join' && !c.to) joinedTogether(r, c, candidates, spans[i - 1]!);
    if (i > 0) for (const c of found) if ((c.event === 'departure' || c.event === 'join') && !c.to) goesWith(r, c, candidates, spans[i - 1]!);
    for (const c of found) if (!c.from) colleagueOf(r, c, [...candidates, ...found.filter((x) => x.person.start < c.person.start)]);
    if (i > 0 && IN_LABEL.test(r.text.slice(r.span.start, r.span.start + 4))) for (const c of found) if (c.event === 'join' && !c.to) takesThePostLeft(r, c, candidates, spans[i - 1]!);
    if (i > 0 && !found.length && NEXT_UP.test(r.text.slice(r.span.start, r.span.start + 8))) nextUp(r, candidates, spans[i - 1]!);
    // ("X, a vice president who has run AI infrastructure since 2021, will retire in January, Google said": the org that
    // tells it is the one left.)
    for (const c of found) if ((c.event === 'departure' && !c.from) || (c.event === 'promotion' && !c.to)) orgThatSays(r, c);
    // ("The arrival of X, who led reasoning research at Google DeepMind, gives Cohere its first chief scientist".)
    for (const c of found) if ((c.event === 'join' || (c.event === 'departure' && c.from)) && !c.to) givesItsPost(r, c);
    // "Meta's superintelligence lab is run by A and B. The former joined from Scale AI in June": an arrival from an org,
    // going nowhere named, of someone the sentence before names at one other org, is to that org.
    if (i > 0) for (const c of found) if (c.event === 'join' && c.from && !c.to) joinedWhereNamed(reader(i - 1), r, c);
    // (Or a departure from an org the person is described by: "X, who spent eleven years at Google, will join the company".)
    if (i > 0) for (const c of found) if ((c.event === 'join' || (c.event === 'departure' && c.from)) && !c.to) joinedTheCompany(reader(i - 1), r, c);
    for (const c of found) if (c.vacates && !c.from) leftThePost(r, c, [...candidates, ...found]);
    // "…邵嘉禾已加入字节跳动，出任Seed团队负责人。原负责人祁宇航将转任顾问": a new post named with no org is at the org
    // of the move the article told just before.
    // (Or in this sentence, before it: "X will step down, and its vice president of research, Y, will take over the role".)
    for (const c of found) if (c.event === 'promotion' && !c.to && !c.from) samePlace(r, c, [...candidates, ...found.filter((x) => x !== c && x.person.start < c.person.start)]);
    // (Candidates first: asking a sentence for its people runs name discovery on it.)
    if (i > 0) for (const c of candidates) if (c.sentence.start === spans[i - 1]!.start && (c.event === 'promotion' || c.event === 'join')) cameFromNext(r, c, options.year);
    // ("Camille Varga is OpenAI's new chief of staff. Here is what to know about her. Who is Camille Varga? Varga, 38, spent
    // six years at Stripe": further on, a sentence that opens with the appointed person's name and tells only their past.)
    // (The cheap tests first: an appointment told two or more sentences back, then the sentence's words.)
    if (i > 1 && !r.triggers.length && candidates.some((c) => c.event === 'promotion' || c.event === 'join') && CAME_FROM.test(n.text.slice(spans[i]!.start, spans[i]!.end)))
      for (const c of candidates)
        if (
          (c.event === 'promotion' || c.event === 'join') &&
          c.sentence.start < spans[i - 1]!.start &&
          c.sentence.start >= spans[Math.max(0, i - WINDOWS.pastToldWithin)]!.start &&
          r.people.some((p) => p.key === c.person.key && p.start - r.span.start <= 1) &&
          // (Not where the article has told where they came from: "清华大学教授X已出任…。X曾任京东…" is an older past.)
          !candidates.some((x) => x.person.key === c.person.key && x.from)
        )
          cameFromNext(r, c, options.year);
    // ("Google named X its head of AI safety. Who is she? X spent nine years at Microsoft Research …": past a bare question.)
    // (The cheap test first: the sentence before ends in a question mark, "？" normalised to "?".)
    if (i > 1 && endsInQuestion(n.text, spans[i - 1]!) && BARE_QUESTION.test(n.text.slice(spans[i - 1]!.start, spans[i - 1]!.end)))
      for (const c of candidates) if (c.sentence.start === spans[i - 2]!.start && (c.event === 'promotion' || c.event === 'join')) cameFromNext(r, c, options.year);
    // A filing's résumé of the one appointed ("附件：简历。褚文涛，男，1983年出生…。2010年至2024年在华为…任职"): its lines tell
    // where they came from.
    // (The line's words first: most sentences are no résumé, and need no reader.)
    if (mayHoldResume)
      for (const k of [i, i - 1]) {
        // (The person the line opens with: "褚文涛，男，1983年出生", "封振宇先生简历：1978年出生".)
        const subject =
          k > 0 && RESUME_HEAD.test(n.text.slice(spans[k]!.start, Math.min(spans[k]!.end, spans[k]!.start + 24))) ? reader(k).people.find((p) => p.start - spans[k]!.start <= 1) : undefined;
        if (subject) for (const c of candidates) if (c.person.key === subject.key && c.sentence.start < spans[k]!.start && (c.event === 'promotion' || c.event === 'join')) cameFromResume(r, c);
      }
    // "X已从百度离职。X此前担任百度文心大模型技术负责人": the post the next sentence says they held is the one left.
    if (i > 0) for (const c of candidates) if (c.sentence.start === spans[i - 1]!.start && c.event === 'departure' && !c.role && !c.heldTitle && !c.to) roleHeldBefore(r, c);
    // "X has joined a rival lab. In a post she said she would be working on training at Mistral AI.": where "she" works
    // next is where the one who left the sentence before went.
    if (i > 0 && !found.length) for (const c of candidates) if (c.sentence.start === spans[i - 1]!.start && (c.event === 'departure' || c.event === 'join') && c.from && !c.to) worksNextAt(r, c);
    // ("X on LinkedIn: I've joined Mistral AI", the post retold with nobody named, then "Before this I spent …": the one
    // sentence between retold the same move.)
    const retoldTo = told?.to;
    if (i > 1 && retoldTo) for (const c of candidates) if (c.sentence.start === spans[i - 2]!.start && c.event === 'join' && r.sameOrg(c.to, retoldTo)) cameFromNext(r, c, options.year);
    const semicolon = found.length ? r.find(';') : -1;
    if (semicolon >= 0) for (const c of found) if (c.event === 'promotion' && c.person.end < semicolon) cameFromNext(r, c, options.year, semicolon + 1);
    // "…已于本周到岗，其此前任职于字节跳动": a clause after a comma that opens with 其/他/她 and a past word does too.
    const pastClause = found.length && found.some((c) => c.event === 'promotion') ? pronounPastClause(r) : -1;
    if (pastClause >= 0) for (const c of found) if (c.event === 'promotion' && c.person.end < pastClause) cameFromNext(r, c, options.year, pastClause + 1);
    // "Julien Marchetti wrote much of Mistral AI's inference stack. The engineer is leaving for Nvidia": someone referred to
    // from the sentence before comes from the one org that sentence names with them (after the rules that read that
    // sentence's words, and not where it told a move of theirs, which the merge reads).
    // (Only a move with an end of its own, or a departure: "He was joined by X" tells no move of "he".)
    if (i > 0)
      for (const c of found)
        if (
          (c.to || c.event === 'departure') &&
          // (Or named again, by surname: "…had two leads, Hugo Martins and Ines Carvalho. One of them, Martins, is joining Mistral AI".)
          // (Asked only of a surname: reading the sentence before for names is the costly part of reading.)
          (c.person.end <= spans[i]!.start ||
            (!c.from && (c.person.referred || c.person.weak) && reader(i - 1).people.some((p) => p.key === c.person.key)) ||
            // ("…was run by a soft-spoken engineer few outside Google had heard of. That engineer, Anselm Vukovic, is now
            // leaving": the one the sentence before describes, named now.)
            (!c.from && c.person.start - spans[i]!.start <= 40 && THAT_ONE_NAMED.test(n.text.slice(spans[i]!.start, c.person.start)))) &&
          !candidates.some((x) => x.person.key === c.person.key && x.sentence.start === spans[i - 1]!.start)
        )
          originOfAntecedent(c, reader(i - 1), r);
    // "MiniMax再失一名高管。这家大模型独角兽的首席运营官X已离职": the org an epithet refers to is the one named just before.
    if (i > 0) for (const c of found) if (c.event === 'departure' && !c.from && c.person.start > spans[i]!.start) originOfEpithet(c, reader(i - 1), r);
    // "董事会已委任X为集团技术总监。原技术总监Y因个人理由辞任", "而此前负责该方向的燕子川，已…转投腾讯混元": a description
    // before the name that points back to the sentence before.
    if (i > 0)
      for (const c of found)
        if (!c.from && (c.event === 'join' || c.event === 'departure'))
          originPointedBack(r, c, reader(i - 1), () => candidates.find((x) => x.sentence.start === spans[i - 1]!.start && (x.event === 'join' || x.event === 'promotion') && x.to));
    candidates.push(...found);
    if (found.some((c) => c.event === 'departure')) lastLeft = i;
    // "xAI hires Apple's Siri engineering lead" over "The engineer who oversaw that work, X, starts at xAI next week": a
    // join to where the headline's unnamed hire went comes from where that hire came from.
    // ("Amazon engineer moves over to Anthropic": or the headline's mover described by their org's staff noun.)
    const staffOf = (o: OrgMention) => STAFF_AFTER_ORG.test(r.text.slice(o.end, o.end + 24));
    if (i === 0 && unnamed?.from && unnamed.to && (unnamed.trigger.trigger.shape === 'hire' || staffOf(unnamed.from)) && !r.sameOrg(unnamed.from, unnamed.to)) headHire = unnamed;
    if (i === 0 && unnamed) headUnnamed = unnamed;
    if (i > 0 && headHire)
      for (const c of found) {
        if ((c.event !== 'join' && c.event !== 'return') || c.from || (c.to && !r.sameOrg(c.to, headHire.to))) continue;
        c.from = headHire.from;
        c.to ??= headHire.to;
        r.fire('article.told-origin', c.person.name, `from ${headHire.from!.org}, where the headline's hire came from`);
      }
    // ("百度文心团队的三年" over "当初参与发布的核心成员有不少已经离开。其中，…": departures told with no org leave the
    // headline's, where the headline tells no move of its own.)
    if (unnamed && i > 0 && !unnamed.from && unnamed.trigger.trigger.event === 'departure' && head && !head.joining && !head.leaving) {
      unnamed.from = head.org;
      r.fire('end.headline', head.org.org, `"${unnamed.trigger.word}" from ${head.org.org}`);
    }
    // A list under a colon goes on while its lines open with names.
    told = unnamed ?? (told?.colon && entries.length ? told : null);
  });
  if (!candidates.length && headUnnamed) {
    const c = headlineMover(headUnnamed, spans, reader);
    if (c) candidates.push(c);
  }
  candidates.push(...readCards(n, spans, reader, candidates));
  // "Dana Whitfield steps back … she is on medical leave until spring", "Ben Cole was put on leave … talk of his
  // departure": a soft departure (a move noun, "steps back") of someone the article puts on leave is that leave.
  // (Most items put nobody on leave: their readers are not walked.)
  const onLeave = candidates.length > 0 && mentions.some((m) => m.entity.kind === 'temporary');
  const onLeaveKeys = new Set(
    (onLeave ? built : []).flatMap((r) =>
      // The person a leave is about: the nearest one named before it in its sentence.
      r.markers
        .filter((m) => m.entity.kind === 'temporary')
        .flatMap((m) =>
          r.people
            .filter((p) => p.end <= m.start)
            .slice(-1)
            .map((p) => p.key),
        ),
    ),
  );
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.event === 'departure' && c.strength < SOFT_DEPARTURE && onLeaveKeys.has(c.person.key)) {
      candidates.splice(k, 1);
      readerOf(c).block('block.temporary', c.person.name, 'the article puts them on leave');
    }
  }
  denyAfterward(spans, built, candidates);
  confirmAfterward(spans, built, candidates);
  evidenceAfterward(spans, built, candidates);
  dropRetoldHeadline(spans, built, candidates, (org) => index.catalog.root(org));
  sourcedByLead(n.text, spans, built, candidates, readerOf);
  // Strict and surname-only watches are decided per watch when routing, against these.
  const orgsNamed = candidates.length ? contextOrgs(mentions, index.catalog) : [];
  const moves: Move[] = [];
  const merged = mergeByPerson(candidates, (org) => index.catalog.root(org), readerOf);
  for (const c of merged) settleEnds(c, readerOf(c));
  // "X is leaving, according to people familiar … His responsibilities will be divided between A and B": a successor of
  // a leaver the article only reports is as much a rumour.
  for (const c of merged) {
    if (!c.succeeds) continue;
    const leaver = merged.find((m) => m.person.key === c.succeeds!.person.key);
    // (A successor is as sure as the departure that opens the post, as the article tells it in the end: "Holt replaces
    // Giselle Marchetti, who is leaving Apple".)
    if (leaver) c.strength = Math.max(c.strength, leaver.strength);
    if (c.status !== 'reported') continue;
    // (Not one the sentence has someone say: "Apple said Stephen Lemay will succeed Dye".)
    if (REPORTING.test(n.text.slice(c.sentence.start, c.sentence.end))) continue;
    if (leaver?.status === 'rumoured') c.status = 'rumoured';
  }
  originOfLead(merged, (org) => index.catalog.root(org), readerOf);
  originOfSuccessorsPost(merged, readerOf);
  for (const c of merged) {
    if ((c.event === 'join' || c.event === 'promotion') && c.to && !c.from) arrivedFrom(c, readerOf(c), options.year);
    if ((c.event === 'join' || c.event === 'return' || c.event === 'promotion') && c.to) originElsewhere(c, readerOf(c), spans, reader);
    if (c.event === 'join' && c.to && !c.from && context.pageSubject?.key === c.person.key) originInCareer(c, readerOf(c), spans, reader);
    if (c.event === 'return' && (!c.from || readerOf(c).sameOrg(c.from, c.to))) backFromOwnCompany(c, readerOf(c), spans, reader);
    if (c.event === 'return' && c.to && (!c.from || readerOf(c).sameOrg(c.from, c.to))) backFromWhereTheyWent(c, spans, reader);
    if ((c.event === 'join' || c.event === 'promotion') && !c.role) newTitle(c, readerOf(c));
    if (c.heldNow) {
      // ("One of them, X, who came from Tesla's Autopilot team in 2023, now leads the cluster buildout": an origin of an
      // earlier year dates the move then; the post held now is no news.)
      const r = readerOf(c);
      const dated = c.from && within(c.from, r.span) ? earlierYearAt(r, c.from.start, options.year) : null;
      if (!c.from || dated !== null) {
        r.block('event.held-now', c.person.name, dated !== null ? `a post held now, come to from ${c.from!.org} in ${dated}` : 'a post held now, with no origin elsewhere');
        continue;
      }
    }
    // "was poached by OpenAI, where he had worked before": a join to an org the aside says they worked at is a return.
    if (c.event === 'join' && c.to && WORKED_THERE.test(n.text.slice(c.to.end, c.to.end + 40))) returnAfterLeaving(c, c.to, readerOf(c));
    // A departure that goes nowhere named, with no post the move tells: the post left is the one the person is named by.
    if (!c.role && c.heldTitle && c.event === 'departure' && !c.to) {
      c.role = c.heldTitle;
      readerOf(c).fire('role.held', c.role, `the post ${c.person.name} is named by, which the departure leaves`);
    }
    // "Garnier will be succeeded by Anaïs Robert": with no post of their own told, the successor takes the one left.
    const left = !c.role && c.succeeds?.event === 'departure' ? merged.find((m) => m.person.key === c.succeeds!.person.key) : undefined;
    const leftPost = left?.event === 'departure' ? (left.role ?? left.heldTitle) : null;
    if (leftPost) {
      c.role = leftPost;
      readerOf(c).fire('role.successor', c.role, `the post ${left!.person.name} leaves`);
    }
    // ("is stepping down from his chair at Oxford to join OpenAI": a departure from nowhere the catalog knows, to an org
    // a join word names, is the arrival there; "也将离职，目标是Meta" stays a departure with where it is headed.)
    const joinedTo = (to: OrgMention) => readerOf(c).triggers.some((x) => x.trigger.event === 'join' && x.end <= to.start && to.start - x.end <= 1);
    if (c.event === 'departure' && c.to && !c.from && joinedTo(c.to)) {
      c.event = 'join';
      c.reasons.push(`a join: from no org named, to ${c.to.org}`);
      readerOf(c).fire('event.arrival', c.person.name, `left no org named, for ${c.to.org}: a join`);
    }
    const watchedName = index.people.get(c.person.key);
    // ("Tang Yifan (唐一帆)": someone watched by a pinyin name, as the Chinese text writes them, since that spelling
    // stands for many names.)
    const asWritten = watchedName !== undefined && isHanCode(c.person.name.charCodeAt(0)) && !isHanCode(watchedName.charCodeAt(0)) ? ` (${c.person.name})` : '';
    moves.push({
      person: watchedName !== undefined && c.person.watched ? watchedName + asWritten : c.person.name,
      personKey: c.person.key,
      personWatchId: null,
      discovered: !c.person.watched,
      bySurname: c.person.watched && c.person.weak,
      contextOrgs: orgsNamed,
      event: c.event,
      from: c.from ? index.catalog.ref(c.from.org) : null,
      to: c.to ? index.catalog.ref(c.to.org) : null,
      role: clean(c.role && withoutItsOrg(hyphensRestored(n, c.role, c.sentence), c, readerOf(c))),
      tenure: clean(c.tenure),
      status: c.status,
      confidence: confidenceOf(c),
      evidence: stripAnnotations(originalSpan(n, c.sentence.start, c.sentence.end)),
      reasons: c.reasons,
      readBy: 'rules',
    });
  }
  return new TracedRecognition(moves, theme, n, mentions, spans, reader, index);
}
