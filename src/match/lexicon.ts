import type { MoveEvent } from '../domain.js';

/**
 * How a trigger word relates the people and orgs around it.
 * - leave: the org after it is where the person came from (left Meta, 离开Meta)
 * - enter: the org after it is where the person goes (joins OpenAI, 加盟OpenAI)
 * - switch: goes to the org after it, having left another (转投OpenAI, defects to OpenAI)
 * - hire: the org before it takes the person after it (OpenAI hires X, 被OpenAI挖角)
 */
export type TriggerShape = 'leave' | 'enter' | 'switch' | 'hire' | 'dismiss';

/**
 * A condition a move word sets on the words around it (tested in sentence-reader.ts's `TRIGGER_CONDITIONS`):
 * - namedCompany: "launched" founds a company only before its name and ", a startup" ("launched Lumen, a startup …")
 * - namedPerson: "welcome", "brought in" hire only before a person's name ("welcome Hannah Lowe", not "welcomed the decision")
 * - addsToStaff: "added" hires only where a workplace follows the name ("to its policy team", ", previously at ByteDance")
 * - congratsOn: "congrats to X" only with "on joining", "on starting" or "on her new role" after the name
 * - inverted: "Taking over the research group is X": only opening a sentence, with "is" and a name after
 * - nameRightBefore: "xAI CFO Mark Tilden out after three months": a headline's "out" with no verb, right after a name
 * - orgNext: "X's last day at Anthropic": an org right after the word (not "last day at the office")
 * - companyNext: "went to Meta": a company right after the word (not a school: "went to Stanford")
 * - memberOf: "成为小米MiMo团队的一员": an org right after the word, and 一员/成员 after that
 * - companyBefore: "从字节毕业了": right after 从 and a company (not a school: "从清华毕业" is a degree)
 * - atCompanyBefore: "在字节跳动的四年画上句号": a company after 在, 去 or 到 earlier in the clause
 * - orgBound: "is Meta-bound": a company right before the word, "is" or "are" before the company
 * - orgLater: "has a new role": an org after it in its sentence, after "at", "with" or "for"
 * - emerging: "Periodic Labs, founded by X, emerged from stealth": a founding only where the company is new to the world
 * - postAfter: "卸下总裁职务", "will assume the role of chief operating officer": a word of a post a few characters after
 *   ("卸下心理包袱", "assumes the role of an attacker" are no moves)
 * - stintAfter: "结束了在字节跳动的八年职业生涯": a time of work after the org ("结束了在大会上的演讲" is no move)
 * - forAnother: "swapped OpenAI for Meta": a company after "for" a few words on, the one taken ("swapped Python for Rust" is no move)
 * - labelledLine: "Out: X. In: Y.", "New at xAI: X": only opening a sentence, a name right after the label's colon ("Out: the
 *   old guard" is no move)
 * - hirerBefore: "Mistral AI's research team now includes X": an org named before it in its sentence, whose the team is
 *   ("The startup's staff now includes X" names none: who "the startup" is, the rules do not know there)
 * - formerBefore: "its former engineer X, now at Meta": "former" or "ex-" shortly before it, where the person was
 *   ("X, now at Meta's Reality Labs, led the demo" tells no move)
 * - stintEnds: "my time at OpenAI has come to an end": the stint said to end a few words on ("my time at Google was well
 *   spent" is no move)
 * - offerFrom: "接受了xAI的offer", "accepted Anthropic's offer": an org right after the word and its offer after that ("接受了媒体采访" is no move)
 * - inChargeLater: "has put X in charge of its apps team": "in charge of" later in the sentence ("put X on the spot" is none)
 * - orgSoonAfter: "已转战马斯克旗下的xAI": an org a few characters on, in the same clause ("将转战线下市场" names none)
 * - companyNextNotTopic: "is onboarding at OpenAI": a company right after the word, and no verb of a topic after it
 *   ("Onboarding at Meta is chaos" talks about it)
 * - intoOrgLater: "a deal that brings its founder, X, … into Meta Superintelligence Labs": a name, then "into" and an org,
 *   later in the sentence ("brings X into the conversation" names none)
 * - personBefore: "he and several members of his team were affected by the cuts": a person or "he"/"she" right before,
 *   with only "was"/"were" between ("team morale was affected by the layoffs" is none)
 * - worksThereNext: "将不再在月之暗面任职": an org right after the word and a word of working there after it ("不再在意" is none)
 * - staffAfter: "迎来前OpenAI研究员": a word for one of an org's people a few characters on ("迎来新一轮增长" is none)
 * - worksAtAfter: "将回到母校上海交通大学任教": a word of working there a few characters on ("回到母校…做了一场演讲" is a visit)
 * - peopleBefore: "三名技术骨干流向腾讯", "两人均流向腾讯": people right before the word ("大量资金流向腾讯云" is money)
 * - newOrgAfter: "resigned to set up an independent nonprofit": a kind of organisation a few words on ("to set up a
 *   meeting" is no move)
 * - unitOfNext: "took over Anthropic's Asia-Pacific business": an org right after the word, owning a business, team or
 *   office a few words on ("Microsoft took over Activision" is a deal)
 * - vacancyFilled: "这一空缺已由X补上": a vacancy (空缺) and 由 before the word in its sentence ("补上了短板" fills none)
 * - stintBefore: "在Meta的四年结束了": a company after 在 earlier in the clause, then a time there right before the word
 *   ("在腾讯的会议结束了" ends a meeting)
 * - hanBefore: "下周join Anthropic": an English word written inside Chinese, a Han character right before it ("Join OpenAI
 *   at DevDay" invites)
 */
export type TriggerCondition =
  | 'namedCompany'
  | 'namedPerson'
  | 'addsToStaff'
  | 'congratsOn'
  | 'inverted'
  | 'labelledLine'
  | 'hirerBefore'
  | 'formerBefore'
  | 'orgNext'
  | 'companyNext'
  | 'memberOf'
  | 'companyBefore'
  | 'atCompanyBefore'
  | 'orgBound'
  | 'orgLater'
  | 'emerging'
  | 'postAfter'
  | 'stintAfter'
  | 'stintEnds'
  | 'offerFrom'
  | 'vacancyFilled'
  | 'stintBefore'
  | 'hanBefore'
  | 'inChargeLater'
  | 'orgSoonAfter'
  | 'worksThereNext'
  | 'unitOfNext'
  | 'newOrgAfter'
  | 'peopleBefore'
  | 'worksAtAfter'
  | 'staffAfter'
  | 'personBefore'
  | 'companyNextNotTopic'
  | 'forAnother'
  | 'nameRightBefore'
  | 'intoOrgLater';

export interface Trigger {
  event: MoveEvent;
  shape: TriggerShape;
  /** How strongly the word alone says "a move happened" (0..1). */
  strength: number;
  /** A move told as a noun ("the departure of X", "X's exit"): its person follows "of" or owns it. */
  noun?: boolean;
  /** A move word that may stand as an adjective before a title ("departing CTO X"): its person may follow the title. */
  adjective?: boolean;
  /** Someone's post given to another: where the successor stands ("X will be replaced by Y": after; "Y replaces X": before). */
  successor?: 'after' | 'before';
  /** Holding a role ("担任"): news only in an article about a reorganisation, where it is an appointment. */
  reorgOnly?: boolean;
  /** Where the word is a move word only with certain words around it: each condition is one test, all must hold. */
  when?: readonly TriggerCondition[];
  /** A move of several, told as a noun ("the recent departures from the team"): no one person's, so no "he" is its subject. */
  plural?: boolean;
  /** "join us": a hire only after words of welcome ("We're thrilled to have X join us"; "X joins us to talk" is a guest). */
  afterWelcome?: boolean;
  /** A loss ("has lost two researchers to OpenAI", "流失…均加入了阿里巴巴"): what follows "to" or a join word is where they went. */
  loss?: boolean;
  /** A new post where the person is ("is moving to a new role"): after their departure from a post there, they stay. */
  newPost?: boolean;
  /** A remit given up ("不再负责"): beside a new post in its sentence, that post's other side, not a departure. */
  givesUpPost?: boolean;
  /** Part of a post handed to a successor ("hands responsibility for Siri to Y"): the one who hands it over stays. */
  partOfPost?: boolean;
  /** A post held now ("now runs"): a move only where an origin elsewhere is told ("after leaving Tesla"). */
  heldNow?: boolean;
  /** How far into the word the post it names begins ("new chief of staff": 4; "新任首席科学家": 2, right after it). */
  postAt?: number;
  /** Where someone is now ("is now at"): a state, which tells no time of its own. */
  state?: boolean;
  emerging?: boolean;
}

const t = (event: MoveEvent, shape: TriggerShape, strength: number, words: string[]): [string, Trigger][] => words.map((w) => [w, { event, shape, strength }]);
const successions = (successor: 'after' | 'before', shape: TriggerShape, strength: number, words: string[]): [string, Trigger][] =>
  words.map((w) => [w, { event: 'departure', shape, strength, successor }]);
const nouns = (event: MoveEvent, shape: TriggerShape, strength: number, words: string[]): [string, Trigger][] => words.map((w) => [w, { event, shape, strength, noun: true }]);
const pluralNouns = (event: MoveEvent, shape: TriggerShape, strength: number, words: string[]): [string, Trigger][] => words.map((w) => [w, { event, shape, strength, noun: true, plural: true }]);
/** The months, as English news writes them in full (a date's "February 2025", a time's "in March"). */
export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Every combination of the word groups, joined by spaces ("launched" × "her" × "own" × "company"). */
/** A page a person keeps about themselves, where a move shows before anyone announces it ("his LinkedIn profile"). */
const PROFILE_PAGES_EN = ['linkedin', 'linkedin page', 'linkedin profile', 'linkedin profiles', 'online profile', 'profile', 'x bio', 'bio'];
const phrases = (...groups: string[][]): string[] => groups.reduce<string[]>((acc, g) => acc.flatMap((a) => g.map((w) => (a ? `${a} ${w}` : w))), ['']);

// The English forms of joining and of going back, as triggers and as verbs whose object must be a workplace.
// An adverb may stand between the auxiliary and the verb: "will also join", "is set to soon join".
const JOINS_EN = ['joins', 'joined', 'joining', 'has joined', 'will join', 'would join', 'to join', ...phrases(['will', 'would', 'to'], ['also', 'soon', 'now', 'then', 'later'], ['join'])];
const RETURNS_EN = ['returns to', 'returned to', 'returning to', 'is returning to', 'will return to', 'would return to', 'comes back to', 'came back to'];
const REJOINS_EN = ['rejoins', 'rejoined', 'will rejoin', 'would rejoin'];
// "X is out at Cohere": a departure only when a workplace follows ("is out at the moment" is not one).
// ("is no longer at the company", not "are no longer at risk"; "I'm no longer at xAI", a speaker's own.)
const OUT_AT_EN = ['is out at', 'was out at', 'are out at', 'were out at', 'is no longer at', 'was no longer at', "i'm no longer at", 'i’m no longer at', 'i am no longer at'];

// "is taking up a post at", "has taken up a professorship at": a post taken up, the verb's forms.
const TAKES_UP = ['taking up', 'takes up', 'took up', 'has taken up', 'will take up', 'to take up'];
/** Words of a demotion, a new post named after them ("已被降为研究员"): a move word and a role's opener both. */
const DEMOTED_TO = ['降为', '被降为', '降职为', '被降职为', '降级为'];

/** A newsletter's shorthand for a move ("Maya Lindgren: Google DeepMind → Anthropic"). */
export const ARROWS = ['→', '->', '⟶', '➡', '➔', '⇒', '👉'];

/** Move triggers, English and Chinese (Simplified: text is folded to it before matching), each phrase listed once. */
export const TRIGGER_ENTRIES: readonly (readonly [string, Trigger])[] = [
  // "departing", and as an adjective before a title: "its departing AI platform chief, Helen Zhao".
  ['departing', { event: 'departure', shape: 'leave', strength: 0.95, adjective: true }],
  // "由新加入的前快手可灵技术负责人戚明岳领导": newly joined, before the description of the one who joined.
  ...['新加入的', '刚加入的', '新加盟的', '刚加盟的', '新入职的', '刚入职的'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, adjective: true }]),
  ...t('departure', 'leave', 0.95, [
    'has left',
    'is leaving',
    'left',
    'leaves',
    'leaving',
    'departs',
    'departed',
    // (Bare, as a headline ends: "Another Meta researcher decamps"; with "to"/"for" it is a switch, below.)
    'decamps',
    'exits',
    'exited',
    'is exiting',
    'are exiting',
    'will exit',
    'has exited',
    'quits',
    'quit',
    'resigns',
    'resigned',
    'resigning',
    'steps down',
    'stepped down',
    'stepping down',
    'step down',
    'to leave',
    'will leave',
    'would leave',
    'plans to leave',
    ...phrases(['will', 'would', 'to'], ['also', 'soon'], ['leave']),
    'will depart',
    'would depart',
    'to depart',
    'retires',
    'retired',
    'retiring',
    'will retire',
    'would retire',
    'plans to retire',
    'is set to retire',
    'to retire',
    // "notified Nvidia of his decision to resign as Senior Vice President" (a filing's words).
    'to resign',
    'will resign',
    'would resign',
    'parts ways with',
    'walks away from',
    // "Hanna Voss is out as chief executive of Stability AI".
    'is out as',
    'was out as',
    'walked away from',
    'walks out of',
    'walked out of',
    // "After six wonderful years, Ines Duarte is moving on from Google Research".
    'is moving on from',
    'moving on from',
    'moved on from',
    // (Whole: "has moved" alone is a company moving someone, and would win the match.)
    'has moved on from',
    'moves on from',
    // Business press in India and the UK: "has bid adieu to the Ola group company", "put in his papers".
    ...phrases(['bid', 'bids', 'bade', 'has bid', 'has bidden'], ['adieu to']),
    ...phrases(['has put in', 'put in', 'puts in'], ['his papers', 'her papers', 'their papers']),
    'will move on from',
    ...OUT_AT_EN,
    // "has handed in her notice", "handed in his resignation".
    ...phrases(['handed in', 'has handed in', 'hands in', 'is handing in', 'will hand in'], ['her notice', 'his notice', 'their notice', 'her resignation', 'his resignation']),
    // "is serving out his notice at Google DeepMind": on the way out, where the notice is served.
    ...phrases(['is serving out', 'serving out', 'is working out', 'working out', 'has served out', 'served out'], ['her notice', 'his notice', 'their notice'], ['at', 'period at']),
  ]),
  // One employer given up for another, as headlines say it: "swaps OpenAI for Meta", "is ditching Mountain View for
  // Anthropic" (only with a company after "for": the origin right after the word, or told elsewhere).
  ...phrases(['swaps', 'swapped', 'has swapped', 'is swapping', 'ditches', 'ditched', 'has ditched', 'is ditching', 'trades', 'traded', 'has traded', 'is trading']).map((w): [string, Trigger] => [
    w,
    { event: 'departure', shape: 'leave', strength: 0.85, when: ['forAnother'] },
  ]),
  ...nouns('departure', 'leave', 0.8, ['departure from', 'exit from', 'resignation from', 'departure', 'exit', 'departure of', 'exit of', 'resignation of', 'resignation', 'ouster of', 'ouster']),
  // Soft: stepping away may be a pause ("steps back for a few months to recover").
  // "Friday was her last day": a departure told by its date.
  ...t('departure', 'leave', 0.85, ['her last day', 'his last day', 'their last day', 'my last day', 'final day at']),
  // "Today is Mateo Alvarez's last day at Anthropic": the day owned by the person named before it.
  ...['last day at', 'last day with'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.85, noun: true, when: ['orgNext'] }]),
  // "Monday was Lukas Fenwright's first day at Anthropic": the start told by its date; "“First week at xAI in the books,”
  // wrote X" (not "First week at OpenAI felt like a year", which talks about it).
  ...['first day at', 'first week at', 'first month at', 'day 1 at', 'day one at', 'week 1 at', 'week one at'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'enter', strength: 0.8, noun: true, when: ['companyNextNotTopic'] },
  ]),
  // "X is the latest to walk out the door", "the latest to leave": one more in a string of exits.
  ...t('departure', 'leave', 0.85, [
    ...phrases(['the latest to', 'the newest to', 'the most recent to'], ['leave', 'depart', 'exit', 'quit', 'walk out', 'go']),
    ...phrases(['walked out', 'walks out', 'walk out', 'walking out'], ['the door', 'of the door']),
    ...phrases(['headed for', 'heads for', 'heading for'], ['the exit', 'the exits', 'the door']),
    // "His deputy, X, followed him out the door two weeks later".
    ...phrases(['followed him', 'followed her', 'followed them', 'follows him', 'follows her', 'has followed him', 'has followed her', 'headed', 'is headed'], ['out the door']),
  ]),
  // "今天是我在小米的最后一天": only with 的 before it (最后一天 alone is any deadline).
  ...t('departure', 'leave', 0.85, ['的最后一天', '的最后一个工作日']),
  ...t('departure', 'leave', 0.8, [
    'stepping away',
    'steps away',
    'stepped away',
    'step away',
    'stepping aside',
    'steps aside',
    'stepped aside',
    'steps back',
    'stepping back',
    'stepped back',
    'will step back',
    'to step back',
  ]),
  // A press release's way out: "will transition to an advisory role at the end of the quarter".
  ...t(
    'departure',
    'leave',
    0.8,
    phrases(
      ['will transition', 'is transitioning', 'transitions', 'transitioned', 'to transition', 'has transitioned'],
      ['to an advisory role', 'into an advisory role', 'to a role as an adviser', 'to a role as an advisor'],
    ),
  ),
  ...nouns('join', 'enter', 0.8, ['hiring of', 'hire of', 'addition of', 'arrival at', 'move to', 'jump to', 'defection to']),
  // "Hana Ilves's next stop is Anthropic": where someone goes, owned by them, an org right after it.
  ...['next stop is', 'next stop will be', 'next destination is'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, noun: true, when: ['orgNext'] }]),
  // Several people at once: "The latest departures from Apple are X and Y".
  // (Or an exodus: "The quiet exodus from Meta's Llama team".)
  ...pluralNouns('departure', 'leave', 0.8, ['departures from', 'departures', 'exits from', 'exodus from']),
  // A new job, its place after "at": "she started a new job as head of consumer products at Perplexity".
  ...t(
    'join',
    'enter',
    0.85,
    phrases(['started', 'starts', 'has started', 'is starting', 'starting', 'will start', 'took', 'has taken', 'takes', 'accepted', 'has accepted'], ['a new job', 'a new role', 'a new position']),
  ),
  // "A judge cleared X to start his new job at xAI": the job named as the person's own.
  ...t('join', 'enter', 0.8, phrases(['to start', 'started', 'starts', 'will start', 'is starting'], ['his new job at', 'her new job at', 'their new jobs at'])),
  // LinkedIn's card, "X has a new role: Director of Applied AI at Microsoft": only with an org after it (not "has a new
  // role in a film").
  ...phrases(['has'], ['a new job', 'a new role', 'a new position']).map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.85, when: ['orgLater'] }]),
  // A new post where they are (and "moves to a new role" below): "He will take on a new role as principal scientist", "who
  // is taking a role in the company's hardware group".
  ...[
    ...phrases(
      ['step into', 'steps into', 'stepping into', 'will step into', "'ll step into", '’ll step into', 'move into', 'moves into', 'moving into', 'take on', 'taking on'],
      ['a new role', 'a different role', 'another role', 'a new position'],
    ),
    ...phrases(['is taking', 'will take', 'takes', 'took'], ['a role', 'a new role', 'a position'], ["in the company's", 'in the company’s', 'elsewhere in the company', 'within the company']),
  ].map((w): [string, Trigger] => [w, { event: 'promotion', shape: 'enter', strength: 0.8, newPost: true }]),
  // A team's new (often interim) lead, after "by": "Brandt's team will be led on an interim basis by her deputy, X".
  ...t(
    'promotion',
    'enter',
    0.75,
    phrases(
      ['will be led', 'would be led', 'is being led', 'will now be led', 'will be run', 'would be run', 'will be overseen', 'would be overseen', 'will be headed', 'would be headed'],
      ['by', 'on an interim basis by', 'in the interim by', 'for now by', 'temporarily by'],
    ),
  ),
  // Boomerangs: "Google has rehired X", "has returned to the fold", "is starting a second stint at Meta".
  ...t('return', 'hire', 0.85, ['rehired', 'has rehired', 'rehires', 're-hired', 'has re-hired']),
  ...t('return', 'enter', 0.85, ['returned to the fold', 'has returned to the fold', 'returns to the fold', 'is returning to the fold', 'back in the fold']),
  ...t('return', 'enter', 0.8, ['a second stint at', 'second stint at']),
  // Stepping up to a bigger post: "is stepping up to run all of Meta's generative AI research", "steps up as CTO".
  ...t('promotion', 'enter', 0.8, phrases(['is stepping up', 'steps up', 'stepped up', 'will step up', 'has stepped up'], ['to run', 'to lead', 'to head', 'to oversee', 'as'])),
  // Or before it: "said her deputy, Omar Haddad, would run the unit on an interim basis".
  ...t(
    'promotion',
    'enter',
    0.75,
    phrases(['will', 'would'], ['run', 'lead', 'head', 'oversee'], ['the unit', 'the team', 'the group', 'the division', 'the business'], ['on an interim basis', 'in the interim', 'for now']),
  ),
  // Who takes a post, after the verb: "Taking over is Raj Malhotra", "Replacing her is …".
  ...t('promotion', 'hire', 0.75, ['taking over is', 'taking over as head is', 'stepping in is', 'replacing her is', 'replacing him is', 'succeeding her is', 'succeeding him is']),
  // Code-switching, English move words inside Chinese: "今天是我在Google的last day", "下周join Anthropic", "正式onboard字节".
  ...['last day', 'last day了'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, noun: true, when: ['atCompanyBefore', 'hanBefore'] }]),
  ...['join', 'onboard', 'onboard了'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, when: ['companyNext', 'hanBefore'] }]),
  // A stint told as ending: "在Meta的四年结束了", "在字节的三年时光告一段落".
  ...['结束了', '告一段落', '结束啦'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, when: ['stintBefore'] }]),
  // A network's notice: "晏书航 开始担任 字节跳动 的 大模型研究员" (a company right after).
  ['开始担任', { event: 'join', shape: 'enter', strength: 0.75, when: ['companyNext'] }],
  // A network's notice: "霍思远开始担任新职位：腾讯 混元大模型技术专家".
  ...t('join', 'enter', 0.8, ['开始担任新职位', '开始新职位', '担任新职位']),
  // Going there next: "接下来会去xAI做pretraining" (a company right after; a visit after it is none: "会去腾讯开会").
  ...['会去', '要去', '将去', '准备去', '打算去'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, when: ['companyNext'] }]),
  // A vacancy filled: "这一空缺已由前百度首席架构师仲夏补上".
  ...['补上', '填补', '补位'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, when: ['vacancyFilled'] }]),
  // A search ended: "Anthropic has found its chief financial officer: Gordon Achebe" (a post right after the words).
  ...phrases(['has found', 'found', 'finds', 'has finally found', 'has now found'], ['its', 'its new', 'their', 'a new']).map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'hire', strength: 0.75, when: ['postAfter'] },
  ]),
  // A post filled, the person after the verb: "The role has now gone to Ingrid Solberg", "the job was filled by X".
  ...t(
    'join',
    'hire',
    0.75,
    phrases(['the role', 'the job', 'the post', 'the position', 'the seat'], ['has gone to', 'has now gone to', 'went to', 'goes to', 'has been filled by', 'was filled by', 'has now been filled by']),
  ),
  // Joining a company as one of its founders: "身份为该公司联合创始人", "以联合创始人身份加入".
  ...t('founding', 'enter', 0.8, ['身份为该公司联合创始人', '身份为联合创始人', '以联合创始人身份', '担任联合创始人', '出任联合创始人', '身份为该公司创始人']),
  // Where someone goes next: "邵天行的下一站是Meta超级智能实验室".
  ...t('join', 'enter', 0.8, ['下一站是', '下一站为', '下一站将是', '下一站或是', '下一站或将是', '下一站可能是', '下一站或为', '下一站去', '下一站来到', '下一站选择了']),
  // "下家是月之暗面", "新东家是腾讯": the next employer named.
  ...t('join', 'enter', 0.8, ['下家是', '下家为', '新东家是', '新东家为']),
  // "已经在走流程了", "正在走离职流程": leaving under way (a post of an insider, a rumour as such).
  ...t('departure', 'leave', 0.75, ['走离职流程', '在走离职流程', '在走流程', '已经在走流程']),
  // Or the org right after it: "下一站阶跃星辰加油！".
  ['下一站', { event: 'join', shape: 'enter', strength: 0.75, when: ['orgNext'] }],
  // "其离职后的去向也已确定——腾讯": where someone goes, named after the words.
  ...t('join', 'enter', 0.8, ['去向是', '去向为', '去向确定', '去向已确定', '去向也已确定', '去向已定', '去向已明确', '去向也已明确']),
  // Where someone is after a move told before: "He is now at Google".
  ...['is now at', 'is now with', 'now works at', 'now works for'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, state: true }]),
  // ("its former engineer X, now at Meta's Reality Labs, …": the same, set off after a name described as former.)
  ...[', now at', ', now with'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, state: true, when: ['formerBefore'] }]),
  // A post's writer starting somewhere: "Next week I start at Anthropic" (the subject is who signs the post).
  ...t('join', 'enter', 0.8, ['i start at', "i'm starting at", 'i’m starting at', 'i will start at', "i'll be starting at", 'i’ll be starting at', "i'll start at", 'i’ll start at']),
  // "Four months after leaving Tesla, X now runs Amazon's new robotics group": a post held now, at the org named.
  ...['now runs', 'now leads', 'now heads', 'now oversees'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.7, heldNow: true }]),
  // "X, formerly of Meta AI, is now chief scientist at Reka": the same, told with a title.
  ...phrases(['is now'], ['chief', 'head of', 'the head of', 'ceo of', 'cto of', 'president of', 'vice president of', 'a vice president at', 'director of']).map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'enter', strength: 0.7, heldNow: true },
  ]),
  // "Meta's new hires include …", "以下是新聘人员名单:": people listed after it, or under it.
  ...pluralNouns('join', 'hire', 0.8, ['new hires', 'newest hires', 'latest hires']),
  ...nouns('join', 'hire', 0.8, ['新聘', '新招聘']),
  // "Its newest senior hire is X": one hire, named after it.
  ...nouns('join', 'hire', 0.8, [
    ...phrases(['newest', 'latest', 'most recent'], ['hire', 'recruit']),
    ...phrases(['newest', 'latest', 'most recent'], ['senior', 'big', 'high-profile', 'marquee'], ['hire', 'recruit']),
  ]),
  // "X is the newest member of technical staff at Thinking Machines Lab": one more of the org's people, the org after.
  ...t('join', 'enter', 0.8, phrases(['is the newest', 'is the latest', 'is the most recent', 'becomes the newest', 'became the newest'], ['member of', 'addition to'])),
  // "智谱迎来两位新成员：原字节研究员A与B": the org welcomes them.
  ...nouns('join', 'hire', 0.8, ['位新成员', '名新成员', '新成员']),
  ...nouns('return', 'enter', 0.8, ['return to']),
  // Moves as nouns of the kinds news writes: "The arrival of X … gives Cohere its first chief scientist", "Meta's
  // poaching of X from OpenAI", "The elevation of X to executive vice president", "the retirement of her boss, X",
  // "The return of X to Google".
  ...nouns('join', 'enter', 0.75, ['arrival of']),
  ...nouns('join', 'hire', 0.8, ["'s poaching of", '’s poaching of', 'poaching of']),
  ...nouns('promotion', 'enter', 0.75, ['elevation of', "'s elevation", '’s elevation']),
  ...nouns('departure', 'leave', 0.8, ['retirement of', "'s retirement", '’s retirement', 'firing of', "'s firing", '’s firing']),
  ...nouns('return', 'enter', 0.8, ['return of']),
  ...nouns('promotion', 'enter', 0.75, ['appointment of', 'appointment as', 'promotion to']),
  ...nouns('promotion', 'enter', 0.75, ['appointments include', 'appointments including', 'appointments included']),
  // Only with its owner right before ("Ana Ruiz's appointment", "X's hiring"): the noun alone is everyday English.
  ...nouns('promotion', 'enter', 0.7, ["'s appointment", '’s appointment']),
  ...nouns('join', 'enter', 0.7, ["'s hiring", '’s hiring', "'s arrival", '’s arrival']),
  // ("X's move from Microsoft to Anthropic was confirmed": the owner is who moves, from one org to the next.)
  ...nouns('join', 'switch', 0.8, ["'s move from", '’s move from', "'s jump from", '’s jump from', "'s switch from", '’s switch from']),
  // ("Meta's hiring of X", "its hiring of X": an owner the hire is "of" someone is who hires.)
  ...nouns('join', 'hire', 0.8, ["'s hiring of", '’s hiring of', "'s hire of", '’s hire of', 'its hiring of', 'its hire of', 'their hiring of']),
  // Someone let go, or lost: the org before the verb is where they came from ("OpenAI fired X", "Cohere loses its research chief X").
  ...['loses', 'is losing', 'has lost', 'lost another', 'lost yet another', 'loses yet another', 'has lost yet another', 'lost its', 'lost their', '流失', '又流失'].map((w): [string, Trigger] => [
    w,
    { event: 'departure', shape: 'dismiss', strength: 0.8, loss: true },
  ]),
  // "一年走了七位核心成员": people counted as gone (not "走了一条弯路").
  ...['走了', '已经走了', '先后走了'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.75, plural: true, when: ['staffAfter'] }]),
  // "已掛冠求去", "另謀高就" (Hong Kong and Taiwan press): leaving a post.
  ...t('departure', 'leave', 0.85, ['挂冠求去', '挂冠而去', '另谋高就']),
  // "she would hand the group to her deputy … and leave the company to start a new lab": a bare "leave" with its object.
  ...t('departure', 'leave', 0.75, phrases(['leave', 'and leave'], ['the company', 'the lab', 'the startup', 'the firm'])),
  // "the Gemini post-training team said goodbye to X, who had been there since 2019": a farewell to a named person.
  ...['said goodbye to', 'says goodbye to', 'bade farewell to', 'bid farewell to', 'bids farewell to'].map((w): [string, Trigger] => [
    w,
    { event: 'departure', shape: 'dismiss', strength: 0.75, loss: true, when: ['namedPerson'] },
  ]),
  // ("Apple lost Soren Vik, its top Siri engineer, to OpenAI": "lost" alone only before a name; "lost money" loses nobody.)
  ['lost', { event: 'departure', shape: 'dismiss', strength: 0.8, loss: true, when: ['namedPerson'] }],
  // Its counterpart: "Anthropic gained Priyanka Iyer, a senior engineer at xAI" ("gained ground" gains nobody).
  ...['gained', 'has gained', 'gains'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson'] }]),
  // A list of departures: "Cohere departures this year include its policy lead X, …".
  ...nouns('departure', 'leave', 0.8, ['departures include', 'departures included', 'departures have included', 'exits include', 'exits included']),
  // A roundup's "On the way out is X" (the name right after it).
  ...nouns('departure', 'leave', 0.8, phrases(['on the way out', 'also on the way out', 'also leaving', 'also departing', 'headed for the exit', 'heading for the exit'], ['is', 'are'])),
  // "xAI's arrivals this month include X": arrivals, like new hires, listed after it.
  ...pluralNouns('join', 'hire', 0.8, ['arrivals', 'new arrivals', 'recent arrivals', 'latest arrivals']),
  ...t('departure', 'dismiss', 0.9, ['fired', 'fires', 'ousted', 'ousts', 'sacked', 'sacks', 'let go of', 'pushed out', 'forced out', 'was fired', 'has been fired', 'was let go']),
  // "Microsoft dismissed Tobias Wendt last week", "terminated X": only before a name (not "dismissed the concerns");
  // "X was dismissed for …" only right after a name (not "the lawsuit was dismissed").
  ...['dismissed', 'has dismissed', 'dismisses', 'terminated', 'has terminated'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'dismiss', strength: 0.85, when: ['namedPerson'] }]),
  ...['was dismissed', 'has been dismissed', 'was terminated', 'has been terminated'].map((w): [string, Trigger] => [
    w,
    { event: 'departure', shape: 'dismiss', strength: 0.85, when: ['nameRightBefore'] },
  ]),
  // "The board has removed chief executive X": only before a name ("removed the feature" removes nobody).
  ...['removed', 'has removed', 'removes', 'voted to remove'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'dismiss', strength: 0.85, when: ['namedPerson'] }]),
  // "has reinstated co-founder X as chief executive": a return, only before a name.
  ...['reinstated', 'has reinstated', 'reinstates'].map((w): [string, Trigger] => [w, { event: 'return', shape: 'hire', strength: 0.85, when: ['namedPerson'] }]),
  // "is returning as chief executive": back to the org named before, in a post.
  ...t('return', 'enter', 0.85, ['is returning as', 'returns as', 'will return as', 'returned as', 'has returned as']),
  ...t('return', 'enter', 0.9, ['复职', '宣布复职']),
  ...t('departure', 'dismiss', 0.9, ['开除', '解雇', '辞退', '免职', '罢免', '被开除', '被解雇', '被辞退', '被免职', '被裁', '被裁员', '被优化']),
  ...t('departure', 'dismiss', 0.85, ['laid off', 'was laid off', 'were laid off', 'has been laid off']),
  // "Among those let go was X", "were let go in the cuts" (not "let go of the idea": "let go of" hires no one).
  ...t('departure', 'dismiss', 0.85, ['those let go', 'people let go', 'employees let go', 'staff let go', 'were let go', 'been let go', 'being let go']),
  // "he and several members of his team were affected by the cuts", "was impacted by the layoffs".
  // (Only said of a person: not "team morale was affected by the layoffs".)
  ...phrases(['affected by', 'impacted by', 'hit by'], ['the cuts', 'the layoffs', 'the job cuts', 'the latest layoffs', 'the latest cuts', 'layoffs', 'job cuts']).map((w): [string, Trigger] => [
    w,
    { event: 'departure', shape: 'dismiss', strength: 0.8, when: ['personBefore'] },
  ]),
  // "xAI CFO Mark Tilden out after three months", "Meta's Lena Park out as head of AI products": a headline drops "is".
  ...['out after', 'out as'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, when: ['nameRightBefore'] }]),
  // Headed for a company, the company's name before "-bound": "Apple researcher Keiran Holt is Meta-bound".
  ['bound', { event: 'join', shape: 'enter', strength: 0.8, when: ['orgBound'] }],
  // The trade press's slang for leaving: "is ankling Google after eight years" (an org right after).
  ...['is ankling', 'ankles', 'ankled', 'has ankled'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, when: ['orgNext'] }]),
  // "X也在此次裁员名单之中": named on a layoff list.
  ...t('departure', 'leave', 0.8, ['裁员名单之中', '裁员名单中', '裁员名单上', '被裁名单']),
  // "下周起将不再在月之暗面任职", "已不在百度工作": no longer working at the org named right after.
  ...['不再在', '已不在', '已不再在'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, when: ['worksThereNext'] }]),
  // What the company says of someone gone: "is no longer with the company", "no longer works at xAI", "已不在公司任职";
  // "we're sad to see X go and wish her well in her next chapter".
  ...t('departure', 'leave', 0.8, [
    ...phrases(['is no longer', 'no longer'], ['with', 'works at', 'works for', 'employed by', 'employed at']),
    ...phrases(
      ['wish her well', 'wish him well', 'wish them well', 'wished her well', 'wished him well'],
      ['in her next chapter', 'in his next chapter', 'in their next chapter', 'in her next role', 'in his next role'],
    ),
    '已不在公司任职',
    '不在公司任职',
    '已不再在公司任职',
    '已不再是公司员工',
  ]),
  // "Meta's vice president of AI research, X, is on his way out".
  ...t('departure', 'leave', 0.8, phrases(['is', 'are'], ['on his way out', 'on her way out', 'on their way out'])),
  // Someone's post given to another: "X will be replaced by Y" (X is the subject), "Y replaces X" (X follows).
  // The successor takes the post: "X will be replaced by Y" (Y after), "Y replaces X" (Y before).
  // "X is handing the chief executive role to Y": Y takes X's post.
  ...successions(
    'after',
    'leave',
    0.75,
    phrases(
      ['is handing', 'hands', 'handed', 'will hand', 'is handing over', 'hands over', 'handed over', 'will hand over'],
      ['the chief executive role', 'the ceo role', 'the reins', 'the top job', 'the ceo job'],
      ['to'],
    ),
  ),
  // "X is handing responsibility for Siri to Y": Y takes that part of X's post; X stays.
  ...phrases(
    ['is handing', 'hands', 'handed', 'will hand', 'is handing over', 'hands over', 'handed over', 'will hand over'],
    ['responsibility for', 'control of', 'oversight of', 'day-to-day leadership of', 'leadership of', 'the day-to-day running of', 'the reins of'],
  ).map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, successor: 'after', partOfPost: true }]),
  ...successions('after', 'leave', 0.75, ['will be replaced by', 'was replaced by', 'is being replaced by', 'is replaced by', 'will be succeeded by', 'was succeeded by', '将被接替', '被取代']),
  // "江以宁已卸任，继任者为…麦思源": the successor named after.
  ...successions('after', 'leave', 0.75, ['继任者为', '继任者是', '接任者为', '接任者是']),
  // "接替他的是鲍一凡": the one who replaces him, named after 的是 (the one replaced is "he", told before).
  ...successions(
    'after',
    'leave',
    0.75,
    ['接替', '接任', '顶替'].flatMap((w) => ['他的是', '她的是', '其职务的是', '他的人是', '她的人是'].map((rest) => w + rest)),
  ),
  // "His responsibilities will be divided between A and B": the successors after it, "his" told before.
  ...successions(
    'after',
    'leave',
    0.75,
    phrases(
      ['his', 'her'],
      ['responsibilities', 'duties', 'role', 'work'],
      ['will be divided between', 'will be split between', 'will be divided among', 'will be split among', 'are being split between'],
    ),
  ),
  // "His duties will be taken over by deputy X": one successor after it.
  ...successions(
    'after',
    'leave',
    0.75,
    phrases(['his', 'her'], ['responsibilities', 'duties', 'role', 'work'], ['will be taken over by', 'have been taken over by', 'were taken over by', 'will be assumed by', 'will be handled by']),
  ),
  ...successions('before', 'dismiss', 0.7, [
    'replaces',
    'replaced',
    'will replace',
    'is replacing',
    'replacing',
    'succeeds',
    'succeeding',
    'succeeded',
    'will succeed',
    'takes over from',
    'took over from',
    'will take over from',
    'is taking over from',
    // "has named Y, its vice president of engineering, as successor to chief technology officer X".
    'as successor to',
    'as the successor to',
    '接替',
    '接手',
    '取代',
  ]),
  ...t('departure', 'leave', 1.0, ['官宣离职', '宣布离职', '已离职', '正式离职']),
  // Tech media's idioms: "已于上月挂印而去", "离开字节单飞", "退居幕后担任集团顾问" (a step back, softer).
  ...t('departure', 'leave', 0.85, ['挂印而去', '挂印离去', '挂冠而去', '单飞']),
  ...t('departure', 'leave', 0.75, ['退居幕后']),
  // "将退出管理层，转为技术顾问": leaving the management, perhaps staying on in another post.
  ...t('departure', 'leave', 0.85, ['退出管理层', '退出公司管理层', '退出核心管理层']),
  // "卸下总裁职务", "坐上…负责人的交椅": only with a word of a post after ("卸下心理包袱" is no departure).
  ...['结束了在', '结束在'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.85, when: ['stintAfter'] }]),
  // A mover's own post: "my time at OpenAI has come to an end".
  ...['my time at', 'my tenure at', 'my journey at', 'my chapter at'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.85, when: ['stintEnds'] }]),
  // And where they go, in the same post: "Excited for what's next at Thinking Machines Lab", "my next chapter at xAI".
  ...t('join', 'enter', 0.8, ["what's next at", 'what’s next at', 'next chapter at', 'next adventure at']),
  ...['卸下', '卸下了', '卸去'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.85, when: ['postAfter'] }]),
  // "决定免去X集团副总裁职务" (not "免去手续费").
  ...['免去', '决定免去'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'dismiss', strength: 0.85, when: ['postAfter'] }]),
  ...['坐上', '坐上了'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, when: ['postAfter'] }]),
  // "will assume the role of chief operating officer" (a post in the org the sentence names; from elsewhere, a join).
  ...phrases(['will assume', 'assumes', 'assumed', 'has assumed', 'to assume'], ['the role of', 'the post of', 'the position of']).map((w): [string, Trigger] => [
    w,
    { event: 'promotion', shape: 'enter', strength: 0.8, when: ['postAfter'] },
  ]),
  ...t('departure', 'leave', 0.95, [
    '离职',
    '辞职',
    '辞任',
    '离任',
    '请辞',
    '出走',
    '闪辞',
    '闪离',
    '卸任',
    '卸职',
    '退休',
    '荣休',
    '荣退',
    '辞去',
    '提交辞呈',
    '递交辞呈',
    '提交了辞呈',
    '递交了辞呈',
  ]),
  // Left for a job elsewhere, not named: "已另谋高就".
  ...t('departure', 'leave', 0.85, ['另谋高就', '另谋他就', '另谋出路', '改换门庭']),
  // "已正式离队" (a sports page's word too: a page about sport names no org of the catalog, and is read as off topic).
  ...t('departure', 'leave', 0.85, ['离队']),
  ...t('departure', 'leave', 0.75, ['离开', '跑路', '告别', '挥别', '出局', '分道扬镳', '离场']),
  // "Hugging Face and its chief science officer, X, have parted ways".
  ...t('departure', 'leave', 0.85, ['have parted ways', 'has parted ways with', 'parted ways with', 'are parting ways', 'is parting ways with', 'have agreed to part ways']),
  ...t('join', 'enter', 0.9, [
    ...JOINS_EN,
    // The first person's bare present: "next week I join Anthropic".
    'i join',
    "i'll join",
    'i’ll join',
    'i will join',
    'signs on with',
    'lands at',
    'landed at',
    'ended up at',
    'has ended up at',
    // "Okafor, for his part, has surfaced at Thinking Machines Lab".
    'has surfaced at',
    'surfaced at',
    'ends up at',
    'is off to',
    'are off to',
    'started at',
    'starts at',
    'will start at',
    'is starting at',
    'has started at',
    // "blocked her from starting work at Meta", "starts work at Anthropic on Monday".
    ...phrases(['start', 'starts', 'started', 'starting', 'will start', 'has started'], ['work at']),
    // A start date ahead: "is due to start at OpenAI in March", "would start at Meta next month".
    'would start at',
    'due to start at',
    'set to start at',
    'expected to start at',
    'heads to',
    'headed to',
    'is heading to',
    'heading over to',
    'heads over to',
    'headed over to',
    // "is taking up a post at Anthropic".
    ...phrases(TAKES_UP, ['a post at', 'a role at', 'a position at', 'a job at', 'the post at', 'the role at', 'a faculty position at', 'a faculty post at', 'a teaching post at']),
    'arrived at',
    'arrives at',
    'has arrived at',
    'came aboard at',
    'comes aboard at',
  ]),
  // A new job's first days: "is onboarding at OpenAI", "has a start date at Anthropic" (only with a company right after:
  // not "onboarding its first customers", "Onboarding at Meta is chaos").
  ...['is onboarding at', 'onboarding at', 'has a start date at', 'a start date at'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'enter', strength: 0.75, when: ['companyNextNotTopic'] },
  ]),
  // "Her LinkedIn profile now lists her as a member of technical staff at Anthropic": a post told at an org.
  ...phrases(['now lists', 'now shows', 'now describes'], ['him as', 'her as', 'them as']).map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.7, when: ['orgLater'] }]),
  // "Priya Sethi and Tomasz Nowak went to Meta Superintelligence Labs": going to a company (not to a school).
  // ("is the first of the team to go to Anthropic".)
  // ("a senior director who came to Apple from Amazon in 2019": coming to one, the aside's story of how they got there.)
  // ("told colleagues that he was going to OpenAI": an org right after, not "going to be".)
  ...[
    'went to',
    'went straight to',
    'headed straight to',
    'goes straight to',
    'have gone to',
    'has gone to',
    'to go to',
    'goes to',
    'will go to',
    'is going to',
    'was going to',
    'are going to',
    'came to',
    'comes to',
    'has come to',
    '去了',
    '则去了',
  ].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, when: ['companyNext'] }]),
  // Reporting for work at a company: "已于本周一到岗月之暗面", "正式就职小米", "跳去了腾讯" (not "已到岗" alone, said of
  // any post, nor "就职典礼").
  // "已有三名通义的技术骨干流向腾讯": people flowing to a company (not money, which has no name to move).
  ...['流向', '流入', '相继流向', '陆续流向'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, when: ['companyNext', 'peopleBefore'] }]),
  ...['到岗', '正式到岗', '正式就职', '跳去'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, when: ['companyNext'] }]),
  // Leaving a company told as graduating from it: "从字节毕业了".
  ...['毕业了', '正式毕业', '毕业啦', '“毕业”', '"毕业"'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, when: ['companyBefore'] }]),
  // Ending one's years at a company: "在字节跳动的四年画上句号", "交了离职申请" (a resignation handed in).
  ...['画上句号', '画上了句号', '画下句号', '画上圆满的句号'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.8, when: ['atCompanyBefore'] }]),
  ...t('departure', 'leave', 0.8, ['交了离职申请', '提交了离职申请', '递交了离职申请', '提了离职']),
  // Arriving from somewhere, the destination told before: "Aas, the newest member, arrived this month from Google DeepMind".
  // "Codeline's chief executive, Mark Halvorsen, will move over to OpenAI": moving over in a deal.
  // (Whole with "has": "has moved", a company moving someone, would otherwise win the match.)
  ...t('join', 'enter', 0.85, ['will move over to', 'moves over to', 'moved over to', 'has moved over to', 'is moving over to', 'moving over to']),
  ...t('join', 'enter', 0.75, phrases(['arrived', 'arrives', 'has arrived'], ['from', 'this month from', 'last month from', 'this week from', 'last week from', 'recently from'])),
  // "has taken the helm at Black Forest Labs", "has resurfaced at Google DeepMind".
  ...t('join', 'enter', 0.85, [
    'takes the helm at',
    'took the helm at',
    'has taken the helm at',
    'will take the helm at',
    'is taking the helm at',
    'resurfaced at',
    'has resurfaced at',
    'resurfaces at',
    // "has turned up at Microsoft", "has popped up at Anthropic".
    ...phrases(['turned up', 'has turned up', 'turns up', 'popped up', 'has popped up', 'pops up'], ['at']),
  ]),
  // "is bound for OpenAI", "is en route to Apple" (only with an org right after: "a flight bound for London").
  ...['is bound for', 'are bound for', 'bound for', 'is en route to', 'en route to'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'switch', strength: 0.85, when: ['orgNext'] }]),
  // "since X came aboard as chief research officer": the org is the sentence's.
  ...t('join', 'enter', 0.8, ['came aboard', 'comes aboard', 'has come aboard', 'is coming aboard', 'will come aboard']),
  // "Bret Taylor will chair the new board": a board seat is a join (at the org the article names).
  ...t('join', 'enter', 0.8, phrases(['will chair', 'to chair', 'is to chair', 'would chair'], ['the board', 'the new board', 'its board', 'its new board'])),
  // "已进入公司董事会": the same, told in Chinese.
  ...t('join', 'enter', 0.8, ['进入董事会', '进入公司董事会', '加入董事会', '加入公司董事会', '进入其董事会']),
  // An acting chief: "将暂代CEO职务" (not "暂代其职责", duties covered).
  ...t('promotion', 'enter', 0.8, ['暂代CEO', '暂代首席执行官', '暂代总裁', '暂代董事长', '代理CEO', '代理首席执行官', '代理总裁']),
  // "Runway has signed on X as its vice president" (only before a name; "signs on with" is the person's own verb).
  ...['signed on', 'has signed on', 'signs on'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.8, when: ['namedPerson'] }]),
  // "OpenAI picked up X from Google DeepMind", "Anthropic landed former Stripe engineer X": slang for a hire, only before a name.
  ...['picked up', 'picks up', 'has picked up', 'landed', 'lands'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson'] }]),
  ...t('join', 'switch', 0.95, [
    'jumps to',
    'jumped to',
    'jumps ship to',
    'jumped ship to',
    'moves to',
    'moved to',
    // (Whole, or "has moved", a company moving someone, would win the match and then want a name after it.)
    'has moved to',
    'will move to',
    'is moving to',
    // Feature-writing's verbs of going: "has hopped to OpenAI", "is peeling off to Meta", "has made the jump to Thinking
    // Machines Lab", "is taking his talents to xAI", "has crossed over to Google DeepMind".
    ...phrases(
      ['hops', 'hopped', 'has hopped', 'is hopping', 'peels off', 'peeled off', 'has peeled off', 'is peeling off', 'crosses over', 'crossed over', 'has crossed over', 'is crossing over'],
      ['to'],
    ),
    ...phrases(['made', 'has made', 'makes', 'is making', 'will make'], ['the jump to', 'the leap to', 'the switch to']),
    ...phrases(['is taking', 'took', 'takes', 'has taken', 'will take'], ['his talents to', 'her talents to', 'their talents to']),
    // Every form, before "to" or "for": "is decamping to Google", "is bolting for Google DeepMind".
    ...phrases(
      ['defecting', 'decamp', 'decamps', 'decamped', 'decamping', 'bolt', 'bolts', 'bolted', 'bolting', 'jumping ship', 'will jump ship', 'will defect', 'defects', 'defected'],
      ['to', 'for'],
    ),
  ]),
  // "is moving from Cohere to Anthropic": the org right after "from" is the origin, "to" names where (not "moving from the
  // company's San Francisco headquarters to its London office").
  // (And "moved from", "switched from", "jumped from", "hopped from".)
  ...phrases(['moved', 'moves', 'has moved', 'is moving', 'switched', 'has switched', 'jumped', 'has jumped', 'hopped'], ['from']).map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'switch', strength: 0.9, when: ['orgNext'] },
  ]),
  ...t('promotion', 'hire', 0.8, ['promotes', 'promoted', 'names', 'named', 'appoints', 'appointed', 'elevates', 'elevated']),
  // An appointment ahead: "OpenAI is expected to name X as chief research officer" (the base form only after these).
  ...t('promotion', 'hire', 0.75, phrases(['expected to', 'set to', 'poised to', 'plans to', 'will', 'is to', 'preparing to'], ['name', 'appoint', 'promote'])),
  // "京东探索研究院迎来新院长晏子期": a new head welcomed, named after.
  ...t(
    'join',
    'hire',
    0.8,
    ['院长', '负责人', '掌门人', '掌门', '总裁', 'ceo', 'cto', '首席科学家', '首席技术官', '首席执行官'].map((title) => `迎来新${title}`),
  ),
  // "xAI has brought in Kurt Mayer, a former Tesla vice president, to lead …" (only before a name: "brought in revenue").
  // "Krutrim has roped in X", "Perplexity has onboarded X": the business press's words for a hire, only before a name.
  ...['has roped in', 'roped in', 'ropes in', 'is roping in', 'has onboarded', 'onboarded', 'onboards'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'hire', strength: 0.8, when: ['namedPerson'] },
  ]),
  ...['has brought in', 'brought in', 'brings in', 'is bringing in'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.8, when: ['namedPerson'] }]),
  // "Mistral AI's research team now includes X, formerly of Meta's FAIR lab, and Y": hires, listed (a name right after).
  ...['now includes', 'now include'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson', 'hirerBefore'] }]),
  // "Anthropic has plucked Stripe's head of risk, X", "has brought aboard former Apple engineer X": a hire, the org before.
  ...t('join', 'hire', 0.8, ['has plucked', 'plucked', 'plucks', 'has brought aboard', 'brought aboard', 'brings aboard', 'is bringing aboard']),
  // "We're thrilled to have Sofia Brandt join us": the speaker's org is where they go (only after words of welcome:
  // "Ben Cole joins us to talk about …" is a guest).
  ...['join us'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, afterWelcome: true }]),
  // "Leila joins us from Google DeepMind": a guest comes to talk, a hire comes from somewhere.
  // "has come on board at Krutrim as vice-president" (at or with the org: "came on board" alone may be a board seat).
  ...t('join', 'enter', 0.85, phrases(['has come', 'came', 'comes', 'is coming', 'will come'], ['on board at', 'on board with'])),
  ...t('join', 'enter', 0.85, ['joins us from', 'joined us from', 'will join us from', 'is joining us from', 'comes to us from', 'came to us from']),
  // A post shared: "A and B will jointly lead the Grok team".
  ...t('promotion', 'enter', 0.75, phrases(['will', 'to', 'would', 'are to'], ['jointly lead', 'jointly run', 'jointly head', 'co-lead', 'co lead'])),
  // Taking over a team: "Apple has asked Bellini's deputy, Tom Zhou, to run the team for now".
  ...t('promotion', 'enter', 0.75, phrases(['to run', 'to lead', 'to head', 'to oversee'], ['the team', 'the group', 'the unit', 'the division'])),
  // A new post inside the same company: "has moved to a new role running Alibaba Cloud's agent platform".
  ...phrases(
    ['moves to', 'moved to', 'has moved to', 'is moving to', 'will move to', 'takes on', 'took on', 'has taken on', 'is taking on', 'will take on'],
    // ("is moving to a new team called Labs": a team there is a post there too.)
    // ("who moved to a role in Microsoft's Azure business": a role, not a company, is where they went.)
    ['a new role', 'a new position', 'a new post', 'a new team', 'a new group', 'a new unit', 'a role in', 'a role within', 'a position in', 'a position within'],
  ).map((w): [string, Trigger] => [w, { event: 'promotion', shape: 'enter', strength: 0.8, newPost: true }]),
  // The employer gives the post: "removed X as head of Gemini product and moved her into a senior adviser role".
  ...phrases(['moved', 'moves', 'moving', 'has moved', 'shifted', 'has shifted', 'reassigned', 'has reassigned'], ['her', 'him', 'them'], ['into a', 'into an', 'to a', 'to an']).map(
    (w): [string, Trigger] => [w, { event: 'promotion', shape: 'enter', strength: 0.75, newPost: true, postAt: w.length }],
  ),
  // "has taken up a professorship at Tsinghua University": a post at a university, which the word names.
  ...phrases(TAKES_UP, ['a professorship at']).map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.85, postAt: w.indexOf('professorship') }]),
  // "Meta has now filled it: X, …, started on Monday as the team's head": a start in a post (a title after "as"; not
  // "started as a side project").
  ...phrases(
    ['started', 'starts', 'has started'],
    ['today', 'this week', 'last week', 'this month', 'last month', ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => `on ${d}`)],
    ['as'],
  ).map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, when: ['postAfter'], postAt: w.length }]),
  // "Meta has added three more researchers from Google, including …": a hire of people, not of a feature.
  ...t(
    'join',
    'hire',
    0.8,
    phrases(['added', 'adds', 'has added'], ['two', 'three', 'four', 'five', 'several', 'more', 'two more', 'three more', 'several more'], ['researchers', 'engineers', 'scientists', 'executives']),
  ),
  // A shake-up told as labels: "Out: Bertrand Ojo, who ran Meta's generative AI product group. In: Saoirse Mulvaney".
  // (With the colon: a bare "in" or "out" would be a mention in nearly every English sentence.)
  ...(['out:', 'in:'] as const).map((w): [string, Trigger] => [
    w,
    { event: w === 'out:' ? 'departure' : 'join', shape: w === 'out:' ? 'leave' : 'enter', strength: 0.75, noun: true, when: ['labelledLine'] },
  ]),
  // The same labels with the org in them: "New at xAI: Desmond Okoro, …", "Out at Meta after 12 years: Renata Silvas".
  ...t('join', 'enter', 0.75, ['new at', 'newly at']).map(([w, tr]): [string, Trigger] => [w, { ...tr, noun: true, when: ['labelledLine'] }]),
  ...t('departure', 'leave', 0.75, ['out at', 'gone from']).map(([w, tr]): [string, Trigger] => [w, { ...tr, noun: true, when: ['labelledLine'] }]),
  // "Taking over the research organization is Priyanka Menon": the subject last (only opening a sentence, "is" and a name after).
  // (Whole phrases, none the tail of another trigger: "is joining", "heading to" stay what they are.)
  ...['taking over the', 'taking over as', 'stepping in as', 'stepping into the', 'succeeding him', 'succeeding her', 'replacing him', 'replacing her', 'leading the new', 'heading the new'].map(
    (w): [string, Trigger] => [w, { event: 'promotion', shape: 'hire', strength: 0.75, when: ['inverted'] }],
  ),
  ...['joining the company', 'joining the team', 'joining the lab', 'joining them', 'joining him', 'joining her'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'hire', strength: 0.75, when: ['inverted'] },
  ]),
  // A colleague's congratulations: "Huge congrats to Hana Kobayashi on starting as head of robotics at Google DeepMind".
  ...['congrats to', 'congratulations to'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson', 'congratsOn'] }]),
  // An offer accepted is a join ("has accepted an offer to join Meta"; an offer alone is none: 'offer to' is hypothetical);
  // so is signing with an employer ("has signed with xAI").
  ...t(
    'join',
    'enter',
    0.85,
    phrases(['accepted', 'has accepted', 'accepts', 'took', 'has taken'], ['an offer to join', 'a job at', 'a position at', 'a role at', 'an offer from', 'a job offer from']),
  ),
  ...t('join', 'enter', 0.8, ['signed with', 'has signed with', 'signs with', 'signed on with', 'has signed on with', '接受了邀约加入', '最终选择加入', '选择加入']),
  // "has signed an offer letter with xAI".
  ...t('join', 'enter', 0.8, phrases(['signed', 'has signed', 'signs'], ['an offer letter with', 'an offer with', 'a contract with', 'an employment contract with'])),
  // A choice between employers: "chose Anthropic over Meta", "最终选择了月之暗面" (a company right after the verb; not "chose
  // Stanford University").
  ...['chose', 'has chosen', 'chooses', 'picked', 'picks', 'opted for', 'has opted for', '最终选择了'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'enter', strength: 0.75, when: ['companyNext'] },
  ]),
  // A search ended: "has settled on Haruto Sato, a former Google Japan vice president" (a name after it).
  ...['settled on', 'has settled on', 'settles on'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson'] }]),
  // "has ended a five-month search …, hiring X from Google DeepMind for the job": a participle of hiring, a name after it
  // (not "hiring managers", "a hiring freeze").
  ['hiring', { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson'] }],
  // Signing someone away: "Perplexity has signed Copilot product chief Ethan Brooks away from Microsoft" (a name after it).
  ...['has signed', 'signed', 'signs'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson'] }]),
  // "has added Ruth Adler, a former Apple director, to its technical staff", "Safe Superintelligence added Wen Jiahao,
  // previously at ByteDance": only before a name and where it goes (not bare "added", which news uses after every quote).
  ...['added', 'adds', 'has added'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson', 'addsToStaff'] }]),
  ...t('join', 'hire', 0.85, ['scooped up', 'scoops up', 'snapped up', 'snaps up', 'lured away', 'picked off', 'wooed', 'woos']),
  // An appointment stated as a fact: "Anthropic's new head of research is X", "X is Meta's new CTO", "新任CTO X".
  ...phrases(['new'], ['head of', 'chief', 'ceo', 'cto', 'coo', 'president', 'leader of', 'director of', 'vp of']).map((w): [string, Trigger] => [
    w,
    { event: 'promotion', shape: 'hire', strength: 0.75, postAt: 'new '.length },
  ]),
  ['新任', { event: 'promotion', shape: 'hire', strength: 0.75, postAt: '新任'.length }],
  ...t('promotion', 'hire', 0.85, ['任命', '委任', '提拔', '聘任']),
  // A board electing its chair ("董事会第一次会议选举X先生为公司董事长"; not "选举" alone, a vote of any kind).
  ...t('promotion', 'hire', 0.85, ['会议选举', '董事会选举', '一致选举']),
  // "who just started as head of evaluations at Anthropic", "I've accepted a position as principal scientist at Microsoft
  // AI": a post, then the org it is at.
  ...['started as', 'starts as', 'has started as', 'is starting as', 'accepted a position as', 'accepted a role as', 'has accepted a position as', 'accepted the position of'].map(
    (w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, when: ['orgLater'] }],
  ),
  // "has got the nod to run product for Meta Superintelligence Labs": chosen for a post, then the org it is at.
  ...phrases(['got', 'gets', 'has got', 'has gotten', 'was given', 'has been given'], ['the nod to', 'the nod as']).map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'enter', strength: 0.8, when: ['orgLater'] },
  ]),
  // "has accepted a joint appointment at MIT and Google DeepMind", "accepted a position at Anthropic".
  ...t('join', 'enter', 0.8, phrases(['accepted', 'has accepted', 'accepts', 'will accept'], ['a post at', 'an appointment at', 'a joint appointment at', 'a dual appointment at'])),
  // "自己已正式成为小米MiMo团队的一员": one of the org's people now.
  ...['成为', '正式成为', '成为了'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.8, when: ['memberOf'] }]),
  ...t('join', 'hire', 0.9, [
    'hires',
    'hired',
    'poaches',
    'poached',
    'recruits',
    'recruited',
    'taps',
    'tapped',
    'snags',
    'snagged',
    'lures',
    'lured',
    'brings on',
    'brought on',
    'nabs',
    'nabbed',
    'headhunted',
    'headhunts',
  ]),
  // "has spent $700 million to hire the chief executive of Fabrix, Rajiv Menon" (a plan to hire is read as one: "plans to").
  ...t('join', 'hire', 0.8, ['to hire', 'will hire', 'and hire', 'and will hire']),
  // "Google is hiring Windsurf chief executive Varun Mohan": only before a name ("Google is hiring engineers" is a job ad).
  ...['is hiring', 'are hiring', 'is poaching', 'is recruiting'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.85, when: ['namedPerson'] }]),
  // "xAI has raided Google DeepMind again, this time prising away Gemini researcher X": only before a name (not "prying
  // away market share"); the hirer is the sentence's subject.
  ...phrases(['prising', 'prised', 'prizing', 'prized', 'prying', 'pried', 'peeling', 'peeled', 'luring', 'poaching', 'plucking', 'plucked'], ['away']).map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'hire', strength: 0.8, when: ['namedPerson'] },
  ]),
  // "xAI has installed X as its CFO", "Anthropic has enlisted Microsoft's X" (only before a person's name: not "installed new servers").
  ...['installed', 'has installed', 'installs', 'enlisted', 'has enlisted', 'enlists'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.8, when: ['namedPerson'] }]),
  // "a deal that brings its founder, X, and about twenty engineers into Meta Superintelligence Labs".
  ...['brings', 'brought', 'will bring', 'bringing'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['intoOrgLater'] }]),
  // "Google has put X, who spent nine years at Meta, in charge of its Gemini apps team".
  ...['has put', 'put', 'puts'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['namedPerson', 'inChargeLater'] }]),
  // A company's own post: "Today we're excited to welcome X to Anthropic as our new Head of Global Policy."
  ...['to welcome', 'welcomes', 'welcomed', 'welcoming', 'welcome to the team,', 'welcome aboard,'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'hire', strength: 0.85, when: ['namedPerson'] },
  ]),
  // A company moving its own people: "Google has moved Priyanka Shah from the Gemini app team to lead …" (only before a name).
  ...['has moved', 'moved', 'is moving', 'will move', 'transferred', 'has transferred', 'reassigned', 'has reassigned'].map((w): [string, Trigger] => [
    w,
    { event: 'promotion', shape: 'hire', strength: 0.75, when: ['namedPerson'] },
  ]),
  ...t('join', 'enter', 0.9, ['加入', '加盟', '入职', '投奔', '投靠', '入伙', '履新', '入局', '就职于', '落户', '到任']),
  // The English verb inside Chinese text: "近日join了Meta TBD Lab", "官宣join OpenAI"; "leave了Google".
  ...t('join', 'enter', 0.85, ['join了', 'join到', '官宣join', '宣布join']),
  ...t('departure', 'leave', 0.85, ['leave了']),
  // An offer taken: "已经接受了xAI的offer" (the org right after the word, its offer after it).
  // ("accepted Anthropic's offer on Monday", "has taken xAI's job offer".)
  ...['接受了', '接受', '拿下了', '拿了', '签了', 'accepted', 'accepts', 'has accepted', 'took', 'has taken', 'takes'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'enter', strength: 0.8, when: ['offerFrom'] },
  ]),
  // "空降小红书" (parachuted in from outside), "走马上任".
  ...t('join', 'enter', 0.85, ['空降', '空降到', '空降至', '走马上任']),
  // An acqui-hire: "其创始人将带领团队整体并入通义实验室" (a company merged into a group names no person).
  ...t('join', 'enter', 0.75, ['并入', '整体并入']),
  ...t('join', 'switch', 0.95, ['转投', '改投', '跳槽', '跳槽至', '跳槽到', '转会']),
  // "已转战小米", "已转战马斯克旗下的xAI", "于本周赴任DeepSeek" (only with an org a few characters on: not "将转战线下市场");
  // "已转去DeepSeek", "跳到了美团", "最终落脚月之暗面" (not "转去另一个会场", "落脚杭州").
  ...['转战', '赴任', '转去', '跳到', '落脚'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'switch', strength: 0.9, when: ['orgSoonAfter'] }]),
  // Quitting with nothing lined up.
  ...t('departure', 'leave', 0.9, ['裸辞']),
  // A newsletter's shorthand: "- Maya Lindgren: Google DeepMind → Anthropic".
  ...t('join', 'switch', 0.85, ARROWS),
  // "多名员工已转入阿里巴巴通义实验室".
  ...t('join', 'enter', 0.85, ['转入']),
  // "与他一同前往Meta的还有X": going along with someone who moves (前往 alone is a trip).
  ...t('join', 'enter', 0.8, ['一同前往', '一起前往', '随其前往', '随他前往', '随她前往', '同去', '一同去', '一起去']),
  // "His longtime collaborator, Nadia Voss, is going with him": going along with the mover the sentence before tells.
  // ("Two of his former colleagues, X and Y, are going with him": the plural too.)
  ...t(
    'join',
    'enter',
    0.75,
    phrases(
      ['is going with', 'are going with', 'is moving with', 'are moving with', 'will go with', 'is following', 'are following', 'will follow', 'is leaving with', 'are leaving with'],
      ['him', 'her'],
    ),
  ),
  ...t('join', 'hire', 0.85, ['挖角', '挖来', '挖走', '招募', '招揽', '延揽', '聘请', '网罗']),
  // "智谱将前OpenAI研究员X收入麾下": the org before, the one hired between 将 and the words.
  ...t('join', 'hire', 0.85, ['收入麾下', '招致麾下', '招入麾下', '纳入麾下', '揽入麾下']),
  // A post "falls to" someone: "院长一职终于花落前阿里达摩院科学家X".
  ...t('join', 'hire', 0.75, ['花落']),
  ...t('return', 'enter', 0.9, ['going back to', 'is going back to', 'has gone back to', 'went back to', 'heads back to', 'headed back to', 'heading back to', 'moving back to', 'moved back to']),
  // "Amir Haddad is back at Google after a year at a startup": back at an org (right after: not "is back at work").
  ...['is back at', 'is back with', 'are back at', 'is now back at', 'was back at', 'was back with', 'were back at'].map((w): [string, Trigger] => [
    w,
    { event: 'return', shape: 'enter', strength: 0.85, when: ['orgNext'] },
  ]),
  ...t('return', 'enter', 0.95, [...RETURNS_EN, ...REJOINS_EN, 'rejoining', 'boomerangs back to', 'boomeranged back to', 'has boomeranged back to', 'boomeranged to']),
  ...t('return', 'enter', 0.95, ['重返', '回归', '杀回', '重回', '重新加入', '回流', '重新回到', '重新回归', '再次加入', '再度加入', '再度加盟', '再次加盟', '重新加盟']),
  // "选择吃回头草", "回巢": going back, as the tech press says it.
  ...t('return', 'enter', 0.85, ['吃回头草', '回巢']),
  // "回鍋谷歌DeepMind" (Taiwan and Hong Kong press): going back, only with the org right after it (回锅肉 is a dish).
  ['回锅', { event: 'return', shape: 'enter', strength: 0.9, when: ['orgNext'] }],
  // "Google DeepMind has brought back X": an org takes back someone who left it (only before a name).
  ...['brought back', 'has brought back', 'brings back', 'welcomed back', 'has welcomed back', 'welcomes back'].map((w): [string, Trigger] => [
    w,
    { event: 'return', shape: 'hire', strength: 0.8, when: ['namedPerson'] },
  ]),
  ...t('return', 'enter', 0.6, ['回到']),
  // "将回到母校上海交通大学任教": the school they studied at is no former employer, a join.
  // (Only to work there: "回到母校清华大学，为学生们做了一场演讲" is a visit.)
  ...['回到母校', '重返母校', '回母校', '返回母校'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'enter', strength: 0.75, when: ['worksAtAfter'] }]),
  ...t('promotion', 'enter', 0.85, [
    'promoted to',
    'was promoted',
    'has been promoted',
    'is promoted',
    'was appointed',
    'has been appointed',
    'elevated to',
    'takes over as',
    'took over as',
    'named as',
    'has been named',
    'was named',
    'is named',
  ]),
  ...t('promotion', 'enter', 0.85, ['晋升', '升任', '被任命', '获任命', '接任', '出任', '升为', '就任', '正式就任']),
  // A transfer inside a group ("调任地图事业部"); a new role from now on ("will serve as its chief scientist").
  ...t('promotion', 'enter', 0.85, ['调任', '调任至', '调往', '转任', '转岗至', '轮岗至', '调岗至', '调岗']),
  // A demotion is a new post at the same employer too: "已被降为普通研究员".
  ...t('promotion', 'enter', 0.8, DEMOTED_TO),
  // A new remit after giving one up: "已不再负责Kimi的产品工作，转而专注于公司的海外业务", "卸任…，转而专注剪映".
  ...['转而负责', '转而专注于', '转而专注', '转为负责', '改为负责', '改任'].map((w): [string, Trigger] => [w, { event: 'promotion', shape: 'enter', strength: 0.8, newPost: true }]),
  // A post given up, told before the new one: "余承东不再担任终端BG CEO，改任…".
  ...['不再担任', '不再负责', '不再出任'].map((w): [string, Trigger] => [w, { event: 'departure', shape: 'leave', strength: 0.75, givesUpPost: true }]),
  ...t('promotion', 'enter', 0.75, ['will serve as', 'to serve as', 'will now serve as', 'has been tapped as', 'was tapped as', 'was tapped to lead']),
  // "马晓川担任新成立的智能体部负责人": in a reorganisation an appointment; elsewhere a role held (bios say it too).
  ['担任', { event: 'promotion', shape: 'enter', strength: 0.7, reorgOnly: true }],
  // "is set to helm Microsoft AI's model group" (not "set to helm a charity run": an org right after).
  ...['set to helm', 'will helm', 'to helm', 'helms', 'is helming'].map((w): [string, Trigger] => [w, { event: 'promotion', shape: 'enter', strength: 0.75, when: ['orgNext'] }]),
  // "He has come out of retirement to lead manufacturing design at OpenAI": back to work, at the org after "at".
  ...['has come out of retirement', 'came out of retirement', 'comes out of retirement', 'is coming out of retirement', 'unretired', 'has unretired'].map((w): [string, Trigger] => [
    w,
    { event: 'join', shape: 'enter', strength: 0.8, when: ['orgLater'] },
  ]),
  // "小米大模型团队迎来前OpenAI研究员": welcoming someone described by their post (not "迎来新一轮增长").
  ['迎来', { event: 'join', shape: 'hire', strength: 0.75, when: ['staffAfter'] }],
  // "从外部引入了两位副总裁：…" (not "引入战略投资者", "引入新技术").
  ...['引入', '引进', '引入了', '引进了'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.75, when: ['staffAfter'] }]),
  // "a former Microsoft executive who took over Anthropic's Asia-Pacific business": a unit of the org taken over.
  ...['took over', 'takes over', 'has taken over'].map((w): [string, Trigger] => [w, { event: 'promotion', shape: 'enter', strength: 0.75, when: ['unitOfNext'] }]),
  // "has handed the reins of its models team to X": the one it is handed to is who takes it.
  ...t('join', 'hire', 0.75, ['handed the reins', 'hands the reins', 'has handed the reins', 'passed the baton', 'passes the baton', 'has passed the baton']),
  // "is bowing out after five years" (not "bowed out of Tuesday's panel").
  ...t('departure', 'leave', 0.85, ['bowing out', 'bows out', 'bowed out', 'is bowing out', 'will bow out', 'to bow out']),
  // Taking charge of something: the org named after (or before) is where the role is.
  ...t('promotion', 'enter', 0.75, [
    'will head',
    'will lead',
    'will run',
    'to head',
    'takes charge of',
    'took charge of',
    'take charge of',
    'takes the helm',
    'took the helm',
    'take the helm',
    'takes the reins',
    'took the reins',
    'is taking over',
    'will take over',
    // "Clara Voss becomes head of research, and Pavel Orlov takes over infrastructure": taking over a function or a team.
    // ("takes over AGI infrastructure", "took over its research": a word naming whose function may come first.)
    ...phrases(
      ['takes over', 'took over'],
      ['', 'its ', 'ai ', 'agi ', 'model ', 'data ', 'cloud '].flatMap((whose) => ['infrastructure', 'research', 'engineering', 'product', 'operations', 'sales'].map((area) => whose + area)),
    ),
    ...phrases(['takes over', 'took over'], ['the team', 'the group', 'the unit', 'the division', 'the role', 'the post', 'leadership of']),
    'take over as',
    'would take over',
    'to take over',
    'will become',
    'would become',
    'is becoming',
    'becomes',
    'is set to become',
    'is poised to become',
    // "X will be chief scientist of Meta Superintelligence Labs": a post told with "will be" and the title's first words.
    ...phrases(
      ['will be', 'will now be'],
      [
        'chief',
        'its chief',
        'the chief',
        'the new chief',
        'its new chief',
        'head of',
        'its head of',
        'the head of',
        'the new head of',
        'its new head of',
        'its ceo',
        'the new ceo',
        'its new ceo',
        'its president',
        'the new president',
        // ("She will be the company's chief financial officer".)
        "the company's chief",
        'the company’s chief',
        "the company's head of",
        'the company’s head of',
      ],
    ),
  ]),
  ...t('promotion', 'enter', 0.8, ['兼任', '兼管', '接掌', '接管', '执掌', '掌舵', '挂帅', '掌管', '接棒', '将领导', '将负责', '共同领导', '出掌', '当选', '当选为']),
  // Stepping back: "已退居二线", "逐渐隐退" (not 交棒 alone, a hand-over that may keep its giver on: "宣布交棒，…李谦本人将转任董事长").
  ...t('departure', 'leave', 0.8, ['退居二线', '隐退']),
  // "将研究院院长一职交给此前担任副院长的Y": the post given to a successor, named after.
  ...successions('after', 'leave', 0.75, ['一职交给', '一职交由', '职务交给', '的位置交给']),
  // A hire told as a win: "腾讯成功拿下前字节跳动核心成员X" (a person after it; "拿下某省项目" names nobody).
  ...t('join', 'hire', 0.75, ['拿下', '成功拿下']),
  // "模型事业部由荀逸飞负责，…": in a reorganisation, who is in charge of a unit, the clause ending there (not 负责人).
  ...['负责,', '负责。', '负责;'].map((w): [string, Trigger] => [w, { event: 'promotion', shape: 'enter', strength: 0.8, reorgOnly: true }]),
  ...t('promotion', 'enter', 0.8, ['was elected', 'has been elected', 'is elected', 'elected to']),
  // "its Board of Directors has elected X, the former chief operating officer of Meta, as a member of the board": a seat
  // given, a join (only before a person's name).
  ...['has elected', 'elected', 'have elected'].map((w): [string, Trigger] => [w, { event: 'join', shape: 'hire', strength: 0.8, when: ['namedPerson'] }]),
  ...t('founding', 'enter', 0.85, [
    // "have spun out a startup, Stratos Labs".
    'spun out',
    'spins out',
    'co-founds',
    'co-founded',
    'cofounds',
    'cofounded',
    'co founds',
    'co founded',
    'founds',
    // "X has founded Kestrel Robotics" (not "had founded": a past told as past).
    'has founded',
    'have founded',
    'launches a startup',
    'launched a startup',
    'starts a company',
    'started a company',
    // "He launched a company, Vireo Labs, last week".
    ...phrases(['launched', 'launches', 'has launched'], ['a'], ['company', 'venture', 'firm', 'nonprofit', 'fund']),
  ]),
  // Founding told without "found": "introduced her own company", "launched a new AI startup".
  ...t(
    'founding',
    'enter',
    0.8,
    phrases(
      ['launched', 'launches', 'introduced', 'introduces', 'unveiled', 'unveils', 'started', 'starts', 'formed', 'forms', 'set up', 'sets up', 'is starting', 'to start', 'to launch'],
      ['her', 'his', 'their', 'a'],
      ['own', 'new'],
      ['company', 'startup', 'start up', 'venture', 'lab', 'firm', 'ai startup', 'ai company', 'ai lab'],
    ),
  ),
  // "a new startup founded by ex-OpenAI engineer X": the founder is the agent after "by". Only a new one: "an AI
  // startup founded by X" and "the lab co-founded by X" describe a company that exists.
  ...t(
    'founding',
    'enter',
    0.8,
    phrases(
      ['new'],
      ['startup', 'start up', 'company', 'lab', 'venture', 'ai startup', 'ai company', 'ai lab'],
      ['founded by', 'co founded by', 'cofounded by', 'started by', 'launched by', 'set up by'],
    ),
  ),
  // "Periodic Labs, founded by former OpenAI researcher X, emerged from stealth": a company just made public (elsewhere
  // "founded by" describes one that exists).
  ...['founded by', 'co founded by', 'cofounded by'].map((w): [string, Trigger] => [w, { event: 'founding', shape: 'enter', strength: 0.8, when: ['emerging'] }]),
  // "has launched Lumen Safety, a startup building …": launching a product is no move, so the words after must say company.
  // (No "has launched": a match starting at "has" would hide the longer "launched a new company" after it.)
  ...['launched', 'launches', 'unveiled', 'started'].map((w): [string, Trigger] => [w, { event: 'founding', shape: 'enter', strength: 0.8, when: ['namedCompany'] }]),
  // "plans to leave and form an AI startup", "to form a company called Nimbus".
  ...t(
    'founding',
    'enter',
    0.8,
    phrases(['form', 'forms', 'formed', 'forming', 'to form', 'found', 'to found'], ['a', 'an', 'the'], ['company', 'startup', 'ai startup', 'ai company', 'new company', 'new startup']),
  ),
  ...t('founding', 'enter', 0.8, phrases(['form', 'to form', 'launch', 'start'], ['ai startup'])),
  // "who is leaving to start a company", "left to launch a startup".
  ...t('founding', 'enter', 0.8, phrases(['to start', 'to launch', 'to set up'], ['a', 'an'], ['company', 'startup', 'venture', 'ai startup', 'ai company', 'new company', 'new startup'])),
  // "resigned to set up an independent nonprofit", "left to start a venture fund": an organisation of any kind, made.
  ...['to set up', 'to start', 'to launch', 'to found', 'to form', 'to build', 'is setting up', 'has set up', 'set up', 'sets up'].map((w): [string, Trigger] => [
    w,
    { event: 'founding', shape: 'enter', strength: 0.75, when: ['newOrgAfter'] },
  ]),
  // "has left the company to start business", "leaves, to start business in embodied intelligence": 创业 put into English
  // word for word.
  ...t('founding', 'enter', 0.8, ['to start business', 'to start a business', 'to start his own business', 'to start her own business', 'to start up a business']),
  // "has left to co-found a robotics startup": a co-founding ahead is a founding, whatever the company is.
  ...t('founding', 'enter', 0.8, ['to co found', 'to cofound']),
  ...t(
    'founding',
    'enter',
    0.8,
    phrases(
      ['to start', 'to launch', 'to found', 'to form'],
      ['a', 'an', 'her own', 'his own', 'their own'],
      ['stealth', 'robotics', 'new ai', 'ai safety', 'ai agent', 'ai agents'],
      ['company', 'startup', 'venture'],
    ),
  ),
  ...t('founding', 'enter', 0.85, ['创业', '创办', '联合创立', '创立', '成立新公司', '自立门户', '另起炉灶']),
  // A company founded, told with its name: "并成立了一家名为“深流智能”的公司" (成立 alone dates a company: "成立于2019年").
  ...t('founding', 'enter', 0.85, ['成立了一家', '创办了一家', '创立了一家']),
  // "已在美国硅谷注册了一家名为“Framewise”的公司": a company registered.
  ...t('founding', 'enter', 0.8, ['注册了一家', '注册成立了一家']),
  // A founding told through its funding: "has raised $40 million for her new company, Tessellate Labs".
  ...t('founding', 'enter', 0.8, phrases(['for her', 'for his', 'for their'], ['new company', 'new startup', 'new venture', 'own company', 'own startup'])),
  // "开始筹备一家AI教育创业公司": preparing a company of one's own.
  ...t('founding', 'enter', 0.8, ['筹备一家', '筹建一家', '筹建']),
];
export const TRIGGERS: ReadonlyMap<string, Trigger> = new Map(TRIGGER_ENTRIES);

/** Words that contain a trigger but report no move. */
/** Places, not employers: leaving one is moving house ("被迫离开英国", "left the country"). */
const PLACES = {
  en: [
    'the country',
    'the us',
    'the u.s.',
    'the united states',
    'america',
    'china',
    'the uk',
    'silicon valley',
    'the bay area',
    'san francisco',
    'new york',
    'london',
    'beijing',
    'shanghai',
    'singapore',
    'paris',
    'tokyo',
    'toronto',
    'seattle',
    'boston',
    'hong kong',
    'europe',
    'asia',
    'india',
    'japan',
    'canada',
    'france',
    'germany',
    'zurich',
    'berlin',
    'dubai',
  ],
  zh: ['美国', '中国', '国内', '硅谷', '湾区', '北京', '上海', '深圳', '杭州', '英国', '加州'],
};

/**
 * Familiar forms of English given names that are not the start of the name ("Alex" is "Alexander"'s start, read as such;
 * "Mike" is not "Michael"'s): a watch on "Michael Tanaka" is "Mike Tanaka" in the news. Each name, then its forms.
 */
export const GIVEN_NAME_FORMS: Readonly<Record<string, readonly string[]>> = {
  william: ['bill', 'billy', 'liam'],
  robert: ['bob', 'bobby'],
  richard: ['rick', 'dick'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betsy'],
  katherine: ['kate', 'katie', 'kathy'],
  catherine: ['kate', 'katie', 'cathy'],
  kathryn: ['kate', 'katie'],
  michael: ['mike', 'mikey'],
  margaret: ['maggie', 'meg', 'peggy'],
  edward: ['ted', 'ned'],
  theodore: ['ted'],
  henry: ['harry', 'hank'],
  charles: ['chuck'],
  anthony: ['tony'],
  lawrence: ['larry'],
  gerald: ['jerry'],
  james: ['jim', 'jimmy'],
  john: ['jack'],
  joseph: ['joe', 'joey'],
  patricia: ['trish', 'tricia'],
  rebecca: ['becky'],
  susan: ['sue'],
  victoria: ['vicky', 'tori'],
  alexander: ['sasha'],
  alexandra: ['sasha'],
  andrew: ['drew'],
  nathaniel: ['nate'],
  abigail: ['abby'],
  jacqueline: ['jackie'],
  stephen: ['steve'],
  steven: ['steve'],
};

/** Phrases that hold an org's name and are no org: the longer match hides the name. */
export const NOT_NAMES = [
  // The fruit and the grain: "苹果种植合作社", "小米粥".
  ...phrases(['苹果'], ['园', '树', '种植', '汁', '派', '醋', '产业', '产区', '价格', '销路', '品种', '收购']).map((w) => w.replace(' ', '')),
  ...phrases(['小米'], ['粥', '椒', '饭', '种植']).map((w) => w.replace(' ', '')),
  // Ngari, a prefecture of Tibet: "援藏干部离开阿里地区".
  '阿里地区',
  'anthropic principle',
  'amazon rainforest',
  'amazon river',
  'amazon basin',
  'amazon jungle',
  'apple orchard',
  'apple orchards',
  'apple pie',
  'apple juice',
  'big apple',
  'apple records',
  'apple corps',
  'oracle of delphi',
  'oracle of omaha',
];

/**
 * Catalog names (as normalised) that are also everyday words: the org only where the text capitalises them ("the
 * anthropic principle", "a meta analysis", "the mistral blew").
 */
export const ORG_NAMES_THAT_ARE_WORDS = [
  'anthropic',
  // ("an inflection point": only "Inflection's previous chief executive".)
  'inflection',
  'mistral',
  'gemini',
  'oracle',
  'amazon',
  'apple',
  'meta',
  'perplexity',
  'cohere',
  'windsurf',
  'copilot',
  'sora',
  'lepton',
  'azure',
  'cursor',
  'arm',
  'android',
  'chrome',
  'bard',
];

export const NOT_TRIGGERS = [
  // Kept on for another term, no move: "all eleven directors … were re-elected to one-year terms".
  ...['re elected', 'were re elected', 'was re elected', 'has been re elected', 're elected to', 'reelected', 'reelected to'],
  // Someone unnamed on the way out, as the object of a sentence ("X congratulates a departing engineer").
  'a departing',
  // Appointments as a noun, announced by someone ("雷军宣布人事任命", "一批人事任命"): no one named is appointed by it.
  '人事任命',
  '一批任命',
  '系列任命',
  // A product retired, not a person: "as the model was retired from ChatGPT", "OpenAI retired the model".
  ...phrases(
    ['the', 'a', 'its', 'their', 'that', 'this'],
    ['model', 'models', 'product', 'feature', 'service', 'app', 'brand', 'chatbot', 'tool', 'version', 'api', 'assistant', 'device'],
    ['was retired', 'is retired', 'will be retired', 'has been retired', 'is being retired', 'were retired', 'are being retired'],
  ),
  ...phrases(['retired', 'retires', 'has retired', 'will retire', 'is retiring'], ['the', 'its', 'their'], ['model', 'models', 'product', 'feature', 'service', 'app', 'chatbot', 'tool', 'api']),
  // Someone yet to be found for a post: "She will stay on until a replacement is named".
  ...phrases(
    ['a', 'her', 'his', 'their', 'its'],
    ['successor', 'replacement', 'permanent successor', 'permanent replacement'],
    ['is named', 'is appointed', 'is found', 'has been named', 'has been found', 'has been appointed', 'is hired'],
  ),
  ...phrases(['leave', 'leaves', 'left', 'leaving', 'to leave'], PLACES.en),
  // Out of an event, not a job: "bowed out of Tuesday's panel", "bowing out of the race".
  ...phrases(['bowing out', 'bows out', 'bowed out', 'bow out'], ['of']),
  // Moving house, not job: "is moving to Singapore to open the company's first Asian office".
  ...phrases(['is moving to', 'moving to', 'moved to', 'moves to', 'will move to', 'relocating to', 'relocated to', 'relocates to', 'is relocating to'], PLACES.en),
  ...phrases(['离开', '离开了'], PLACES.zh).map((w) => w.replace(' ', '')),
  // Going home, not back to an employer: "returned to China to join ByteDance" (the join after it is the move), "returned
  // to China for the Lunar New Year".
  ...phrases([...RETURNS_EN, 'has returned to', 'going back to', 'went back to', 'has gone back to', 'heads back to', 'headed back to', 'moving back to', 'moved back to'], PLACES.en),
  // A guest on a show, not a hire: "Ben Cole returns to talk about …", "joins us to talk about …".
  ...phrases(['returns to', 'returned to', 'joins', 'joined', 'rejoins', 'rejoined'], ['discuss', 'talk', 'explain', 'share', 'the show', 'the podcast', 'the program', 'the stage', 'us', 'me']),
  // Taking part, not taking a job: "joined a panel on evaluation", "joined forces with".
  ...phrases(
    ['join', 'joins', 'joined', 'joining'],
    ['a panel', 'the panel', 'a discussion', 'the discussion', 'a call', 'the call', 'a conversation', 'the conversation', 'a webinar', 'forces', 'hands', 'the debate'],
  ),
  // Leaving a venue, not a job: "演讲结束后提前离场".
  // "由集团CTO直接管理": 直接管理 is "manage directly", not 接管.
  '直接管理',
  '直接管',
  '提前离场',
  '中途离场',
  '愤然离场',
  '离场时',
  '创业公司',
  '创业者',
  '创业板',
  '创业团队',
  '创业项目',
  // 创业 as a noun: the story, the scene, the market ("谈创业往事", "大模型创业进入下半场").
  ...phrases(
    ['创业'],
    ['经历', '故事', '往事', '历程', '之路', '经验', '心得', '生涯', '热潮', '浪潮', '大潮', '潮', '圈', '赛道', '环境', '门槛', '企业', '大赛', '进入', '已经进入', '已进入', '下半场'],
  ).map((w) => w.replace(' ', '')),
  '离开了会场',
  // "会议选举产生了新一届理事会": a body elected, no one appointed.
  '会议选举产生',
  '董事会选举产生',
  // Talking about founding companies: "阿里云前CTO谈创业".
  '谈创业',
  '聊创业',
  'exit strategy',
  'exit interview',
  'left-wing',
  'left wing',
  'left side',
  'left hand',
];

/** News outlets, as their reports are cited ("Bloomberg reported", "according to The Information"). */
/** Chinese tech and business media whose scoops ("据量子位了解") are theirs, not a company's word. */
const OUTLETS_ZH = [
  '量子位',
  '36氪',
  '晚点',
  '晚点latepost',
  '智能涌现',
  '机器之心',
  '新智元',
  '界面新闻',
  '财新',
  '第一财经',
  '21世纪经济报道',
  '澎湃新闻',
  '雷峰网',
  '虎嗅',
  '钛媒体',
  '极客公园',
  '甲子光年',
  '腾讯科技',
  '新浪科技',
  '网易科技',
  '硅星人',
  '华尔街见闻',
  '智东西',
  '每日经济新闻',
  '证券时报',
  '经济观察报',
  '科创板日报',
  '财联社',
  '中国企业家',
  'ai科技评论',
];
const OUTLETS_EN = [
  'bloomberg',
  'bloomberg news',
  'reuters',
  'the information',
  'wired',
  'techcrunch',
  'the verge',
  'cnbc',
  'axios',
  'business insider',
  'semafor',
  'the wall street journal',
  'the financial times',
  'the new york times',
  'fortune',
  'platformer',
  // China's business press in English.
  'latepost',
  'caixin',
  'south china morning post',
  'scmp',
  '36kr',
  'pandaily',
  'technode',
  // Regional business press: Japan, Korea, India, Europe.
  'nikkei',
  'nikkei asia',
  'the japan times',
  'the korea herald',
  'korea joongang daily',
  'the korea economic daily',
  'yonhap',
  'the economic times',
  'moneycontrol',
  'mint',
  'the ken',
  'sifted',
  'handelsblatt',
  'les echos',
  'tech in asia',
];

/** Words that mark the move as unconfirmed. */
export const RUMOUR_WORDS = [
  '报道称',
  // A headline's source after a colon: "xAI co-founder to step down, launch robotics startup: report".
  ': report',
  ': reports',
  ': sources',
  ', report says',
  ', reports say',
  'reportedly',
  'people familiar',
  'person familiar',
  'people with knowledge',
  // "according to two people with direct knowledge of the hire", "this publication has learned".
  'people with direct knowledge',
  'publication has learned',
  // "two people who saw the message said".
  'people who saw',
  'people who have seen',
  'person with knowledge',
  'with knowledge of the matter',
  // A leaked document: "according to an internal memo seen by The Information".
  'seen by',
  // A move read off evidence, not announced: "appears to have left", "…, suggesting she has quietly joined", "the
  // clearest sign yet that she has moved".
  ...phrases(['appears', 'appear', 'seems', 'seem'], ['to have']),
  ...phrases(['suggesting'], ['that', 'she has', 'he has', 'they have']),
  'sign yet that',
  'a sign that',
  'apparently',
  'according to an internal memo',
  ...phrases(['an internal memo', 'an internal email', 'an internal note', 'a memo'], ['said', 'says', 'showed', 'shows']),
  ...phrases(['per'], ['an internal memo', 'an internal email', 'an internal note', 'a memo']),
  'according to an internal post',
  'according to an internal email',
  'according to an internal note',
  'according to an internal message',
  'according to a memo',
  'according to a person',
  // A scoop's shorthand: "Meta's Lena Vogt to Anthropic, per two people familiar".
  ...phrases(['per'], ['two people', 'three people', 'people familiar', 'a person familiar', 'sources', 'a source', 'people with knowledge', 'a person with knowledge']),
  // "according to a report by LatePost", "citing a report in Caixin".
  'according to a report',
  'according to reports',
  ...phrases(['according to'], ['multiple', 'several', 'media', 'news'], ['reports']),
  'citing a report',
  'a report by',
  'briefed on',
  'people briefed',
  'person briefed',
  'is said to',
  'are said to',
  'rumored',
  'rumoured',
  'rumors',
  'rumours',
  'sources say',
  'people familiar with',
  // Unnamed people as the source: "…, two people said".
  ...phrases(['two', 'three', 'four', 'several', 'multiple'], ['people said', 'people told', 'sources said']),
  // The same unnamed sources told again in a later sentence: "Y will take over the group, the people said".
  ...phrases(['the', 'those', 'one of the'], ['people said', 'person said', 'sources said', 'people added', 'person added']),
  'according to people',
  'according to one of',
  // A recruiter who worked on the hire: "…, said a recruiter who worked on the search".
  'said a recruiter',
  'a recruiter said',
  'according to a recruiter',
  'said a headhunter',
  'a headhunter said',
  // India's business press: "…, people aware of the development said", "…, sources said".
  'people aware of',
  'person aware of',
  // English translated word for word from 据悉, 据了解 and 接近…的人士: "It is understood that …", "a person close to him said".
  'it is understood that',
  'it is learned that',
  'it is reported that',
  ...phrases(['a person', 'a source', 'people', 'sources', 'someone'], ['close to him', 'close to her', 'close to them', 'close to the company', 'close to the matter']),
  'people in the know',
  ', sources said',
  'sources told',
  // A profile the person updated, with no word from anyone: "now works at Anthropic, according to his LinkedIn profile",
  // "…, per his LinkedIn".
  ...phrases(
    ['per', 'according to'],
    ['his', 'her', 'their'],
    ['', 'updated '].flatMap((u) => PROFILE_PAGES_EN.map((w) => `${u}${w}`)),
  ),
  // The trade's hearsay: "Hearing that X just joined TML", "I hear she is leaving".
  'hearing that',
  "i'm hearing",
  'i’m hearing',
  'i hear that',
  // Colleagues unnamed: "according to two former colleagues".
  ...phrases(
    ['according to'],
    ['two', 'three', 'several', 'a', 'his', 'her', 'their'],
    ['former colleagues', 'former colleague', 'colleagues', 'former coworkers', 'former co workers', 'allies', 'ally', 'associates', 'confidants', 'friends'],
  ),
  'former colleagues said',
  'linkedin profile shows',
  'profile shows',
  // "…, where her LinkedIn profile now lists her as a partner director".
  ...phrases(['linkedin profile', 'profile'], ['lists', 'now lists', 'now shows']),
  // The same in Chinese: "领英资料显示，…已于今年9月加入谷歌DeepMind".
  '领英资料显示',
  '领英页面显示',
  '领英主页显示',
  // A page the person keeps, changed: "个人主页已更新为DeepSeek研究员", "其GitHub主页显示目前就职于小米"; hearsay: "听说…".
  '个人主页已更新',
  '个人主页显示',
  '主页显示',
  '主页已更新',
  '听说',
  '领英信息显示',
  '知情投资人',
  // A leaked internal document, as "according to an internal memo": "百度内部邮件显示".
  '内部邮件显示',
  '内部公告显示',
  '内部文件显示',
  '内部信显示',
  '内部通知显示',
  '内部通知称',
  '内部邮件称',
  '内部信称',
  '向记者透露',
  'in talks to',
  'in talks with',
  'is expected to',
  'is set to',
  'could join',
  'may join',
  'poised to',
  // Others' reports with no outlet named: "according to Korean media reports", "local media reported".
  ...phrases(
    ['according to'],
    [
      'media reports',
      'news reports',
      'press reports',
      'local media',
      'local reports',
      'korean media',
      'japanese media',
      'chinese media',
      'indian media',
      'german media',
      'french media',
      'state media',
    ],
  ),
  ...phrases(['local media', 'korean media', 'japanese media', 'chinese media', 'state media'], ['reported', 'reports', 'said']),
  // Another outlet's report, like "据…报道": "Bloomberg reported", "according to The Information".
  ...phrases(['according to'], OUTLETS_EN),
  // ("according to the Chinese outlet LatePost", "according to the news site The Information": an outlet named by kind.)
  ...phrases(
    ['according to the', 'according to'],
    ['chinese', 'tech', 'business', 'financial', 'japanese', 'korean', 'local', 'trade', 'news'],
    ['outlet', 'publication', 'news site', 'newspaper', 'magazine', 'media outlet'],
  ),
  ...phrases(['according to the'], ['outlet', 'publication', 'news site', 'newspaper', 'magazine']),
  // A credit to the outlet that broke it: "Cohere has hired X, via The Information", "…, per Bloomberg".
  ...phrases(['via', 'per'], OUTLETS_EN),
  // Sources unnamed in other words: "insiders say", "is understood to have joined", "Word is that …".
  ...phrases(['insiders', 'insiders have'], ['say', 'said', 'told']),
  ...phrases(['is', 'are', 'was', 'were'], ['understood to']),
  'word is that',
  'the word is',
  ...phrases(OUTLETS_EN, ['reported', 'reports', 'first reported', 'has reported', 'has learned', 'has learnt']),
  // An aggregator's credit: "Bloomberg: Apple's head of Siri engineering is joining Google", "… joining Google (Bloomberg)".
  ...OUTLETS_EN.flatMap((o) => [`${o}:`, `(${o})`]),
  '据悉',
  '据了解',
  // An outlet's own learning or report: "据量子位了解", "据36氪报道".
  ...OUTLETS_ZH.flatMap((o) => [`据${o}了解`, `据${o}报道`, `据${o}获悉`, `据${o}消息`]),
  // An outlet's or a reporter's learning: "36氪了解到", "记者了解到".
  '了解到',
  // An outlet's scoop from its sources: "36氪独家获悉", "量子位获悉"; "被曝已加入".
  '获悉',
  '被曝',
  // "业内盛传…", "有网友称…": talk in the trade, a netizen's word.
  '盛传',
  '网友称',
  '有网友',
  // A forum's poster: "有脉脉用户发帖称"; hearsay: "据说去了小米".
  '发帖称',
  '用户称',
  '据说',
  '传闻',
  '据传',
  '传言',
  '或将',
  // "有望接任": expected to, not yet done.
  '有望',
  '消息称',
  '知情人士',
  // "消息人士指出": a source; "但双方皆未证实": neither side confirms it.
  '消息人士',
  '未证实',
  '未经证实',
  // A headhunter's word: "一位参与此事的猎头告诉记者".
  '猎头告诉',
  '猎头透露',
  '猎头称',
  // "多名接近MiniMax的人士透露": people close to the company.
  '人士透露',
  '人士称',
  // "有接近公司的人士告诉记者".
  '人士告诉',
  // "记者从接近美团的人士处了解到": a reporter's source.
  '人士处了解到',
  '人士处获悉',
  '疑似',
  '传出',
  // A forum's or a netizen's word: "有脉脉用户爆料称", "网传…已离职".
  '爆料',
  '网传',
  // A headline's "传" before the move: "周畅离职 传加盟字节".
  ...phrases(['传'], ['加盟', '加入', '将', '已', '离职', '跳槽', '出走']).map((w) => w.replace(' ', '')),
];

/** Words that deny a move. */
export const DENIAL_WORDS = [
  'denied',
  // Kept by the company after all: "kept X with a counteroffer", "在公司高层挽留后最终选择留下" (not "left despite a
  // counteroffer": only one that kept them).
  'with a counteroffer',
  'with a counter offer',
  'accepted a counteroffer',
  'accepted a counter offer',
  'persuaded him to stay',
  'persuaded her to stay',
  'convinced him to stay',
  'convinced her to stay',
  '挽留',
  '选择留下',
  '决定留下',
  // "a report that X was preparing to leave was 'simply untrue'".
  'untrue',
  'not true',
  'was inaccurate',
  'is inaccurate',
  // Speculation the person has not borne out: "could leave next year …, though he has given no sign of it".
  ...phrases(['has given no', 'has shown no', 'have given no', 'gave no', 'showed no'], ['sign of it', 'sign of that', 'indication of it', 'sign of leaving', 'indication of leaving']),
  // "Meta says the report is false".
  ...phrases(['the report', 'the reports', 'reports', 'a report', 'that report'], ['is false', 'was false', 'are false', 'were false', 'is wrong', 'was wrong']),
  'denies',
  'deny',
  'denying',
  'dismissed reports',
  // "…, a spokesperson said, contradicting reports that she was leaving".
  'contradicting reports',
  'contradicting a report',
  'contrary to reports',
  'pushed back on',
  'pushes back on',
  'disputed a report',
  'disputed reports',
  'dismissed rumors',
  'dismissed rumours',
  'not leaving',
  "isn't leaving",
  'isn’t leaving',
  "won't be leaving",
  'won’t be leaving',
  'no plans to leave',
  // "said she has no plans to step down, dismissing a report that she was preparing to leave".
  'no plans to step down',
  'no plans to resign',
  'no plans to quit',
  'dismissing a report',
  'dismissing reports',
  'dismissed a report',
  // A move called off: "will not be joining OpenAI after all".
  'will not be joining',
  'won’t be joining',
  "won't be joining",
  'is not joining',
  "isn't joining",
  'decided not to join',
  'decided against joining',
  'no intention of leaving',
  'not planning to leave',
  'is staying',
  'remains at',
  // A move called off at the last minute: "changed course and will stay at OpenAI", "最终改变主意". (Not "will remain at
  // the company as an adviser", said of one who steps down from a post.)
  'changed course',
  // "has backed out before her start date and will remain at Google DeepMind".
  'backed out before',
  'backed out of joining',
  'pulled out of joining',
  'backed out of the job',
  'backed out of the move',
  'changed her mind',
  'changed his mind',
  'fallen through',
  'fell through',
  '改变主意',
  '选择留在',
  'false report',
  // Reports called false by the company: "reports that X was leaving were 'completely false'".
  'completely false',
  'entirely false',
  'totally false',
  'baseless',
  // "Reports that X was leaving for Google are false, the company said"; "X isn't going anywhere".
  'are false',
  'were false',
  "isn't going anywhere",
  'isn’t going anywhere',
  'is not going anywhere',
  // A report taken back: "was walked back hours later; xAI said she remains in her role".
  'walked back',
  'remains in her role',
  'remains in his role',
  'remains in their role',
  '否认',
  '辟谣',
  '不实',
  // "小米方面回应称，“不存在任职一事”": the post said not to exist.
  '不存在任职',
  '不存在加盟',
  '不存在离职',
  '并未任职',
  '并未加盟',
  '并未加入',
  '并未离职',
  '没有离职',
  '并未离开',
  // An intention denied: "但他本人并无离开台积电的打算".
  '并无离开',
  '无意离开',
  '不会离开',
  '并无离职',
  '无意离职',
  '不会离职',
  // "仍在公司正常工作", "仍在职": still at work (not "仍在交接阶段", still handing over; "仍在腾讯" is read by the org after it).
  '仍在公司',
  '仍在职',
  '仍在岗',
  '仍在正常',
  '仍在负责',
  '仍在任',
  '留任',
  // "我还在智谱，一切照常": the person says nothing has changed.
  '一切照常',
  '正常上班',
  // "我还在腾讯，别瞎传": still there, and the rumour called idle talk.
  '别瞎传',
  '并无此事',
  '没有此事',
  '无此事',
  // A correction: "An earlier version of this story said that X had left"; "本刊此前报道称…，特此更正".
  'an earlier version of this',
  'we regret the error',
  '特此更正',
  '经核实',
  // Talks that came to nothing: "the discussions ended without a deal".
  'without a deal',
  // "Meta is in talks to hire X … No agreement has been reached.": talks not (yet) a move.
  'no agreement has been reached',
  'no deal has been reached',
  'no agreement has been signed',
  // ("OpenAI is in early talks to hire X … No offer has been made."; "阿里开出千万年薪挖角失败".)
  'no offer has been made',
  'no offer has been extended',
  '挖角失败',
  '挖人失败',
  '尚未达成协议',
  '尚未谈妥',
  'fell through',
  'talks collapsed',
  'talks broke down',
  'called off',
  '谈崩',
  '未能谈拢',
  '告吹',
];

/** Posts held for a term, as a visitor: a join to one is no move, nor the return after it. */
export const VISITING_POSTS = {
  en: ['visiting researcher', 'visiting scholar', 'visiting professor', 'visiting scientist', 'visiting fellow', 'summer internship'],
  zh: ['访问学者', '访问研究员', '访问教授', '客座教授', '客座研究员'],
};

/** Words that make a departure a pause, not a move: it voids every departure in its sentence. */
export const TEMPORARY_WORDS = [
  // A visiting post: "joined xAI as a visiting researcher for the summer", "赴斯坦福做访问学者，期满后回到阿里".
  ...VISITING_POSTS.en,
  ...VISITING_POSTS.zh,
  'parental leave',
  'maternity leave',
  'paternity leave',
  'medical leave',
  'sick leave',
  'leave of absence',
  'on leave',
  'sabbatical',
  'for a few months',
  'for a few weeks',
  'temporarily',
  '产假',
  '休假',
  '病假',
  '陪产假',
  '暂时离开',
  '暂别',
  // A secondment: "has been seconded to the UK AI Security Institute for a year", "赴…挂职一年，挂职期满后将回到达摩院".
  'seconded to',
  'on secondment',
  'a secondment',
  'on loan to',
  '挂职',
  '借调',
];

/** Words that make the verb after them something that did not happen (yet): threats, thoughts, refusals. */
export const HYPOTHETICAL_WORDS = [
  'threatened to',
  'threatens to',
  'threatening to',
  'threaten to',
  'considered',
  'considering',
  'is weighing',
  'was weighing',
  'thought about',
  'thinking about',
  'wants',
  'want',
  'wanted',
  'hopes to',
  'hoped to',
  // What it would take: "Meta would need to offer X more than $100 million to leave Google".
  'would need to',
  'would have to',
  'could lure',
  'urged',
  'urges',
  'tried to',
  'trying to',
  'consider',
  'should',
  'invited',
  'invites',
  'almost left',
  'nearly left',
  'almost quit',
  'nearly quit',
  'refused to',
  'declined to',
  'if',
  'whether',
  'rather than',
  'instead of',
  '威胁',
  '考虑',
  '拒绝',
  '差点',
  '必须',
  'must',
  // An offer turned down or a visit on invitation is not a move: "turned down an offer to join Meta", "受邀回到母校"
  // (not "受邀出任": an appointment accepted is one).
  'offer to',
  'an offer from',
  'turned down',
  '受邀回到',
  '受邀回归',
  '婉拒',
  '险些',
  '是否',
  '如果',
  // A move a court forbids: "Court upholds ban on former Tesla engineer joining xAI", "an injunction that bars X from
  // working at xAI" (not "declined to block X from starting work at Meta": the court let it go ahead).
  'ban on',
  'bars',
  'barred from',
  'barring',
  // "如果…哪天离职，你觉得他最可能加入哪家公司？": someday, and what the reader thinks, are a thought experiment.
  '哪天',
  '假设',
  '你觉得',
  '你认为',
  // A habit, advised against or described, is no one move: "年轻研究者应该…，而不是频繁跳槽".
  '频繁',
  '而不是',
  '不要轻易',
];

/**
 * Words of sports news: a transfer there is no move at an AI lab, whoever's namesake it names. An item with
 * several of them and no org of the catalog is read as off topic.
 */
/**
 * Fiction, anywhere in a sentence: its moves are a plot's ("In the film, a researcher played by X leaves OpenAI"). Not
 * "played by" alone: "the role played by X in the launch" is business news.
 */
export const FICTION_WORDS = ['in the film', 'in the movie', 'in the novel', 'in the series', 'in the show', '剧中', '电影中', '小说中', '饰演'];

export const OFF_TOPIC_WORDS = [
  'football club',
  'premier league',
  'la liga',
  'serie a',
  'bundesliga',
  'champions league',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'head coach',
  'transfer window',
  'transfer fee',
  'loan deal',
  'the club',
  '足球',
  '俱乐部',
  '球员',
  '联赛',
  '主教练',
  '中超',
  '转会窗',
  '球队',
  '德甲',
  '英超',
  '西甲',
  '意甲',
  '前锋',
  '中场',
  '后卫',
  '门将',
];

/** Words that put one org beside another as its description: "OpenAI rival Anthropic" goes to Anthropic. */
export const APPOSITION_WORDS = ['rival', 'competitor', 'peer', 'backed', 'owned', 'funded', 'spinout', '竞争对手', '对手', '投资的', '旗下的', '持股的', '控股的', '参股的', '孵化的'];

/** Words that put a clause in the past: a biography, not news. */
/** A time years back, in English: "a year ago", "two years ago", "last year" (as "去年", "两年前"). */
export const EARLIER_TIME_EN = [
  'last year',
  'a decade ago',
  'decades ago',
  'the year before',
  ...phrases(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'a few', 'some'], ['year ago', 'years ago']),
];

export const PAST_WORDS = [
  'previously',
  'formerly',
  'earlier in his career',
  'earlier in her career',
  'began his career',
  'began her career',
  'started his career',
  'started her career',
  'prior to',
  'before joining',
  'after joining',
  'since joining',
  'after graduating',
  'once worked',
  'used to work',
  '曾',
  '曾经',
  '此前',
  '早年',
  '之前',
  '毕业后',
  '毕业以后',
  '早些年',
  '当年',
  // "两年前，X从OpenAI离职": a move dated years back is biography.
  ...['一年前', '两年前', '三年前', '四年前', '五年前', '六年前', '七年前', '八年前', '九年前', '几年前', '多年前', '数年前', '十年前', '两年多前', '三年多前'],
  // "该公司由前字节跳动工程师X于去年创办": last year is an earlier year, as "2024" is in 2025.
  ...['去年', '前年'],
  // "过去两年陆续创办了自己的公司": moves spread over years, a trend told back.
  ...['过去两年', '过去三年', '过去几年', '过去数年', '近几年', '这几年', '多年来'],
];

/**
 * What follows an org after "从" when the org is a reporter's source, not where anyone came from:
 * "记者从腾讯内部获悉" (learned from inside Tencent).
 */
export const SOURCE_AFTER_FROM = {
  zh: ['获悉', '了解到', '得知', '获知', '证实'],
  zhBetween: ['内部', '方面', '官方', '处', '人士处', '相关人士处', '独家'],
  /** Of those, the ones that make the company itself the source ("记者从快手方面获悉"), not an insider. */
  zhOfficial: ['方面', '官方'],
};

/** Connectors that name the other end of a move. */
// ("xAI has raided Google DeepMind again, this time prising away X": the org raided is where the hire comes from.)
export const FROM_WORDS = ['from', 'after leaving', '从', '自', '离开', 'raided', 'has raided', 'raiding', 'raids'];
export const TO_WORDS = [
  'for',
  // "a deal that brings its founder, X, … into Meta Superintelligence Labs".
  'into',
  'to join',
  // "is leaving Scale AI to rejoin her former employer, Google".
  'to rejoin',
  'and join',
  'and joins',
  // "On the way out is X, who led developer relations and is joining Mistral AI".
  'and is joining',
  'and will join',
  'and has joined',
  'to start',
  'to found',
  'to co found',
  'to cofound',
  'to launch',
  'to become',
  'to lead',
  'to head',
  // "is leaving OpenAI to reunite with her former manager at Thinking Machines Lab".
  'to reunite with',
  'by',
  '加入',
  '加盟',
  '转投',
  '改投',
  '投奔',
  '投靠',
  // "请辞，将转往台积电": going on to an org after leaving.
  '转往',
  '转赴',
  // "离职，将赴清华大学任助理教授".
  '赴',
  // "也会离职，目标是Meta": where the one leaving is headed.
  '目标是',
  '目标为',
  // "两人的新东家分别是腾讯混元和阿里通义实验室": the new employer named.
  '新东家是',
  '新东家为',
  '新东家分别是',
  '新东家分别为',
  '下家是',
  // "刚从腾讯混元离职，现在在月之暗面做强化学习": where the one who left is now.
  '现在在',
  '目前在',
  '如今在',
  '现就职于',
  '下家为',
  '去向是',
  '去向为',
  '前往',
  '到',
  '至',
  '去',
];

/** Words before a role title. */
/** After a bare 任, what makes it no post taken ("任命", "任职", "任务", "任何", "任教"): read by roles and by appointments. */
export const NOT_AFTER_REN: ReadonlySet<string> = new Set('命职务何期内教'.split(''));

export const ROLE_WORDS = [
  'as',
  'as its',
  'as the',
  'as a',
  'as an',
  'to become',
  'to serve as',
  'named',
  'appointed',
  'promoted to',
  // "promoted to the role of", "will assume the role of chief operating officer".
  'the role of',
  '担任',
  '出任',
  '就任',
  '任',
  // "被任命为…技术负责人" (任 of 任命 opens none).
  '被任命为',
  '获任命为',
  '任命为',
  // "董事会会议选举X先生为公司董事长": the role after the person's 为.
  '会议选举',
  '董事会选举',
  '被委任为',
  '升任',
  '晋升为',
  // "被提拔为腾讯副总裁", "提升为": raised to a post.
  '提拔为',
  '被提拔为',
  '提升为',
  '升为',
  // "已被降为研究员": a demotion names its post the same way.
  ...DEMOTED_TO,
  '成为',
  '任职',
  '履职',
];

/** Chinese role titles, with their English form (alerts show both scripts' readers the same role). */
export const ROLE_TRANSLATIONS: ReadonlyMap<string, string> = new Map([
  ['首席ai官', 'Chief AI Officer'],
  ['首席人工智能官', 'Chief AI Officer'],
  ['首席科学家', 'Chief Scientist'],
  ['首席技术官', 'CTO'],
  // Taiwan's titles: 技术长, 执行长, 营运长, 财务长 (after conversion to Simplified).
  ['技术长', 'CTO'],
  ['执行长', 'CEO'],
  ['营运长', 'COO'],
  ['财务长', 'CFO'],
  ['首席执行官', 'CEO'],
  ['首席运营官', 'COO'],
  ['首席财务官', 'CFO'],
  ['首席产品官', 'Chief Product Officer'],
  ['首席研究官', 'Chief Research Officer'],
  ['首席架构师', 'Chief Architect'],
  ['首席设计官', 'Chief Design Officer'],
  ['首席法务官', 'Chief Legal Officer'],
  ['总法律顾问', 'General Counsel'],
  ['首席营销官', 'CMO'],
  ['首席信息官', 'CIO'],
  ['首席战略官', 'Chief Strategy Officer'],
  ['首席商务官', 'Chief Commercial Officer'],
  ['首席人力资源官', 'Chief Human Resources Officer'],
  ['首席ai科学家', 'Chief AI Scientist'],
  ['杰出科学家', 'Distinguished Scientist'],
  ['研究科学家', 'Research Scientist'],
  ['高级研究科学家', 'Senior Research Scientist'],
  ['研究员', 'Researcher'],
  ['工程师', 'Engineer'],
  ['软件工程师', 'Software Engineer'],
  ['副总裁', 'Vice President'],
  ['高级副总裁', 'Senior Vice President'],
  ['总裁', 'President'],
  ['董事长', 'Chairman'],
  ['主席', 'Chair'],
  ['副董事长', 'Vice Chairman'],
  ['负责人', 'Head'],
  ['技术负责人', 'Technical Lead'],
  ['合伙人', 'Partner'],
  ['普通合伙人', 'General Partner'],
  ['管理合伙人', 'Managing Partner'],
  ['技术总监', 'Technical Director'],
  ['高级总监', 'Senior Director'],
  ['执行副总裁', 'Executive Vice President'],
  ['资深副总裁', 'Senior Vice President'],
  ['总经理', 'General Manager'],
  ['教授', 'Professor'],
  ['助理教授', 'Assistant Professor'],
  ['副教授', 'Associate Professor'],
  ['联合创始人', 'Co-founder'],
  ['创始人', 'Founder'],
  ['总监', 'Director'],
  ['研究总监', 'Research Director'],
  ['产品管理总监', 'Director of Product Management'],
  ['实习生', 'Intern'],
  // An institute's and a public body's heads ("政策研究院院长", "国家数据局副局长").
  ['院长', 'Dean'],
  ['副院长', 'Vice Dean'],
  ['局长', 'Director'],
  ['副局长', 'Deputy Director'],
]);

/** The field a 负责人 heads, right before it ("产品负责人" → Head of Product, "语音方向负责人" → Head of Speech). */
export const HEADED_FIELDS: ReadonlyMap<string, string> = new Map([
  ['产品', 'Product'],
  ['研究', 'Research'],
  ['研发', 'R&D'],
  ['算法', 'Algorithms'],
  ['工程', 'Engineering'],
  ['语音', 'Speech'],
  ['视觉', 'Vision'],
  ['多模态', 'Multimodal'],
  ['大模型', 'Large Models'],
  ['基础模型', 'Foundation Models'],
  ['预训练', 'Pre-training'],
  ['后训练', 'Post-training'],
  ['强化学习', 'Reinforcement Learning'],
  ['对齐', 'Alignment'],
  ['安全', 'Safety'],
  ['数据', 'Data'],
  ['基础设施', 'Infrastructure'],
  ['商业化', 'Commercialization'],
  ['智能体', 'Agents'],
  ['视频生成', 'Video Generation'],
  ['视觉生成', 'Visual Generation'],
  ['图像生成', 'Image Generation'],
  ['运营', 'Operations'],
  ['市场', 'Marketing'],
  ['战略', 'Strategy'],
  ['设计', 'Design'],
]);

/** Chinese titles that often stand right before a person's name (负责人马晓川). */
/** Who someone is to a mover named before, in Chinese: a title-like word before a name, a colleague's relation. */
const COLLEAGUES_ZH = ['老搭档', '搭档', '老同事', '同事'];

export const ZH_TITLE_WORDS = [
  // Not titles, but a name stands after them as after one: "网名“阿卡”——真名柯景行——已加入…".
  '真名',
  '本名',
  // "还有老搭档庞子谦", "其同事贺若川": who someone is to a mover named before.
  ...COLLEAGUES_ZH,
  // "历史老师宋立" (师 is a surname too: no "师宋立").
  '老师',
  '导师',
  '首席财务官',
  '财务官',
  '大拿',
  '技术大拿',
  '副总',
  '合伙人',
  '研究科学家',
  '前员工',
  '老员工',
  '核心成员',
  '骨干',
  '负责人',
  '研究员',
  '成员',
  '专家',
  '贡献者',
  '开发者',
  '作者',
  '缔造者',
  '主管',
  '架构师',
  '总经理',
  '员工',
  '大神',
  '干将',
  '掌门人',
  '一把手',
  '主任',
  '院长',
  '所长',
  '处长',
  '局长',
  '校长',
  '行长',
  '部长',
  '经理',
  '组长',
  '董事长',
  '主席',
  '学生',
  '弟子',
  '校友',
  '大佬',
  '科学家',
  '首席科学家',
  '工程师',
  '总裁',
  '副总裁',
  '创始人',
  '联合创始人',
  'ceo',
  'cto',
  'coo',
  // English titles as Chinese tech writing keeps them, right before a Chinese name ("前OpenAI Research Scientist邝思远",
  // "Staff Engineer冼一鸣").
  'scientist',
  'engineer',
  'researcher',
  'founder',
  'director',
  'manager',
  'lead',
  'head',
  'vp',
  'pm',
  'fellow',
  'intern',
  '首席执行官',
  '首席技术官',
  '技术负责人',
  '总监',
  '元老',
  '大牛',
  '高管',
  '老将',
  '教授',
  '博士',
];

/** Words after which a list of people begins: "随他一起离开的还有钱一鸣", "包括…", "招募了马晓川". */
export const ZH_LIST_OPENERS = /(?:还有|包括|其中有|其中包括|以及|同行的有|分别是|他们是|招募了|挖来了|聘请了|任命了|任命|开除了|解雇了|招募|挖来|聘请|聘任|委任|提名)/g;

/** Words of greeting or farewell right before a name ("祝福龙雨辰，…下一站阶跃星辰", "恭喜宋立加入…", "欢迎夏云帆加入"). */
export const ZH_GREETINGS = /(?:祝福|恭喜|祝贺|欢迎|送别)/g;

/** "接替此前已转任集团首席科学家的苗一川。": the one replaced, described before 的, at the end of the clause. */
/** Words of taking over from someone ("A接替B"), and of appointing ("任命A为…"). */
// (And a post handed over: "将院长一职交给此前担任副院长的幸若溪".)
export const ZH_REPLACING_WORDS = ['接替', '接任', '取代', '顶替', '交给', '交由'];
export const ZH_APPOINTING_WORDS = ['任命', '委任', '聘任', '选举'];
export const ZH_REPLACED_AFTER_DE = new RegExp(`(?:${ZH_REPLACING_WORDS.join('|')})[^,.;。，；]{0,24}的(?=\\p{Script=Han}{2,4}[,.;。，；]|\\p{Script=Han}{2,4}$)`, 'gu');
/** A cleft's mover, after 的是 and a description ending in 的: "接替她出任这一职位的，是此前在百度负责文心大模型的霍思源". */
export const ZH_CLEFT_AFTER_DE = /的[,，]?(?:则|正)?是[^,.;。，；]{0,30}的(?=\p{Script=Han}{2,4}[,.;。，；]|\p{Script=Han}{2,4}$)/gu;

/** Words that begin with a surname character but are no one's name. */
export const ZH_NOT_NAMES = new Set(
  // (With words that end in a surname character: "工程学系" holds no name 程学系.)
  // (And 曾 as "once" before a verb, not the surname: "曾供职于OpenAI的研究员", not the name "曾供职".)
  '易岗 曾任 曾在 曾是 曾供 曾就 曾效 曾担 曾负 曾参 曾主 曾带 曾领 曾加 曾获 曾被 曾于 曾与 曾先 曾多 曾为 辜负 沃尔 沃土 邸宅 官邸 朴素 朴实 简朴 质朴 工程 过程 课程 流程 日程 进程 全程 章程 规程 行程 远程 议程 疗程 危机 危险 危害 危及 凤凰 贝壳 学习 练习 实习 复习 习惯 祖国 弘扬 全职 兼职 储备 储存 储蓄 储能 储值 阙如 上周 本周 下周 这周 每周 当周 同周 一周 两周 数周 几周 相关 商业 商务 商业化 封面 封锁 封装 封号 封禁 封杀 封闭 封顶 高管 高层 高级 高校 高端 高度 毕业 毕业生 成员 成立 成为 成本 成功 时间 时候 时任 全球 全部 全面 全新 应该 应用 应届 应聘 应对 应邀 司机 管理 项目 任何 任务 任职 任命 方面 方向 方式 方案 安全 常务 常常 明年 明确 明显 金融 周年 周末 黄金 包括 尚未 曾经 关于 关键 关注 万亿 石油 文章 文件 路线 龙头 连续 于是 向外 和谐 宁愿 华人 吴越 江湖 林业 马上 公司 公开 董事 董事会 史上 程序 程度 苏醒 陆续 孔子 沈阳 鲁迅 解决 解释 贺电 简单 车辆 毛利 易于 韩国 齐全 杨树 钱款 于即 于今 于近 于本 于上 于下 于当 于明 于昨 于去 于同 洪水 漆黑 花费 花了 花钱 花在 花园 花样 花絮 花旗 花落 花式 荣退 荣休 荣誉 荣获 官方 官宣 官网 官员 官司 官微 屠宰 屠杀 楼层 楼盘 楼市 楼宇 楼上 楼下 郏县 老师 导师 教师 讲师 律师 厨师 医师 技师 戈壁 戈登 戈尔 戈多 惠普 优惠 实惠 互惠 惠及 惠民 燕京 燕窝 燕郊 晋升 晋级 晋江 清楚 楚楚 慕尼 慕名 羡慕 钦佩 廉价 廉洁 清廉 琴键 钢琴 伏笔 起伏 雍容 助理 名单 清单 订单 菜单 账单 简单 单独 单位 单纯 单一 床单 传单 买单 下单 孤单 分任 出任 担任 接任 升任 兼任 转任 调任 就任 留任 连任 离任 卸任 履任 继任 到任 上任 胜任 历任 现任 前任 新任 首任 回应 响应 相应 对应 反应 供应 适应 答应 衡量 衡阳 衡水 衡山 平衡 均衡 权衡 抗衡 制衡 失衡 幸福 幸运 幸好 幸亏 不幸 荣幸 庆幸 有幸 所幸'.split(
    ' ',
  ),
);

/** The most common Chinese surnames: a discovered Hanzi name must start with one. */
export const ZH_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝' +
    // Less common, but met in AI news: 鄢, 薄, 栗, 冼 … (and 百家姓's rarer ones that are no common word's first character)
    '禤亓况帅植枚弓檀' +
    '鄢薄栗冼辜傅牧蒯晁訾阚郜蔺滑贲桓戎竺茅荆籍糜邰逄揭芮厉裘巢谈闻匡隗蓟骞仝鞠郦隋巫阎寇奚冀郁闵赖洪漆茹励鄂钮宦谌萧封杭禹庹逯郗阙储荀花屠楼濮宓官贝翟敖卜邴夔凤危厍习祖弘郏戈仉莘燕惠蔚湛狄伏昝嵇羿汲钭韶胥扈慕庾暨殳缑亢琴晋楚汝钦佴谯笪廉酆雍眭沃乜郇郄鄞璩郤邸綦雎琚麴朴沐衡幸'.split(
      '',
    ),
);

/**
 * The last word of a company's name ("Boston Dynamics", "Skild Robotics", "Okonkwo Labs"): never part of a person's name,
 * and after a watched surname, capitalised, the surname opens an org's name.
 */
export const COMPANY_NAME_ENDS = [
  ...['labs', 'lab', 'ai', 'inc', 'corp', 'group', 'foundation', 'institute', 'intelligence', 'dynamics', 'robotics', 'systems', 'technologies', 'technology'],
  ...['capital', 'ventures', 'partners', 'holdings', 'networks', 'motors', 'media', 'studios', 'therapeutics', 'semiconductor', 'semiconductors', 'computing'],
  ...['analytics', 'solutions', 'investments'],
];

/** Capitalised English words that are never part of a person's name. */
export const NOT_NAME_WORDS = new Set(
  // (Verbs that open a sentence in the imperative: "Add Tomasz Wójcik to the list", "Meet the new CTO".)
  (
    'add meet congratulate congratulations congrats welcome welcoming count should could would shall must might is are was were did does has have had if unless whether the a an and or but former ex new senior chief head vice president director officer researcher scientist engineer lead staff principal research ai labs lab team group inc corp ltd llc university institute monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday this that these those he she they it his her their its in on at for to from with by of as after before according sources source report reports reuters bloomberg wired techcrunch verge information axios cnbc news update breaking exclusive meanwhile however also both while when who which what where why how google meta openai anthropic microsoft apple amazon nvidia deepseek alibaba tencent baidu bytedance xai superintelligence deepmind pytorch triton llama gemini claude chatgpt gpt brain foundation models intelligence artificial mr mrs ms dr prof professor top premier league cup fc united city club coach striker midfielder' +
    // Title-Case headlines: a verb or a group noun next to a name is not part of it ("… Wants", "Scientists Said"),
    // nor are the words of outlets' names ("Wall Street Journal", "Business Insider").
    ' machine learning strategy infrastructure knowledge search says said wants takes leaves joins quits exits departs hires poaches returns rejoins launches lands heads moves steps named taps tapped hired leave appoints appointed names promotes promoted elevates adds loses welcomes picks recruits lures snags nabs scientists researchers engineers executives employees staffers insiders journal insider times street post wall business own company startup start starts new former ceo cto coo cfo svp evp vp' +
    // The words of a title in Title Case: "Head of Global Policy", "VP of Product Operations".
    ' googler googlers xoogler global policy product operations communications partnerships safety security alignment platform devices design affairs public marketing sales finance legal counsel general' +
    // The last word of a company's name: "Boston Dynamics", "Skild Robotics", "Lux Capital" are no people.
    ` ${COMPANY_NAME_ENDS.join(' ')}` +
    // And a listed company's legal name: "Alibaba Group Holding Limited", "Tencent Holdings Limited".
    ' holding limited corporation incorporated plc' +
    // A title opening a sentence ("Founder Alexandr Wang is joining Meta"), and honours ("a Turing Award winner").
    ' founder cofounder co-founder chairman chairwoman award awards prize medal laureate winner project program veteran exec executive applied' +
    // Market indexes and their keepers: "S&P Dow Jones Indices said", "the Dow Jones Industrial Average".
    ' indices index industrial average exchange composite dow nasdaq' +
    // Regions in a unit's name: "Anthropic's Asia-Pacific business", "its EMEA sales team".
    ' asia pacific europe emea apac americas latam oceania nordics' +
    // An occupation opening a sentence before a name ("Novelist Harriet Okafor has joined a lawsuit …").
    ' novelist consultant columnist astrologer ecologist philosopher historian economist analyst lawyer attorney journalist reporter author writer artist designer developer programmer investor entrepreneur teacher student chef singer actor actress producer photographer blogger influencer streamer podcaster astronaut doctor physician nurse driver pilot'
  ).split(' '),
);

/** A regular-expression alternation of words, longest first, each escaped. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Words the rules read around a move word, per language. The rules build their patterns from these. */
/**
 * One post in the words news uses for it: a departure from a post with no org named and a successor given the same
 * post at an org ("公司CTO夏云帆已经离职" … "钱一鸣将出任智谱新一任CTO") are one change there.
 */
export const SAME_POSTS: readonly (readonly string[])[] = [
  ['cto', 'chief technology officer', '首席技术官', '技术长'],
  ['ceo', 'chief executive', '首席执行官', '执行长'],
  ['cfo', 'chief financial officer', '首席财务官'],
  ['coo', 'chief operating officer', '首席运营官'],
  ['cpo', 'chief product officer', '首席产品官'],
  ['chief scientist', '首席科学家'],
  ['chief research officer', '首席研究官'],
];

export const CONTEXT_WORDS = {
  /** Between two names of one list. */
  listJoiners: { en: [', and', '; and', ', along with', ', together with', ', as well as', ',', ';', 'and', '&'], zh: ['，以及', '、', '，', '；', '和', '与', '及', '以及'] },
  /** After a move, words that add more people to it: "还有钱一鸣和周子墨", "along with Ben Cole". */
  also: {
    en: [
      'including',
      'among them',
      'such as',
      'along with',
      'together with',
      'joined by',
      'as well as',
      'with fellow',
      'alongside',
      'as has',
      'as have',
      'as did',
      'as does',
      'as do',
      'as is',
      'as are',
      'as was',
      'as were',
    ],
    zh: ['包括', '其中有', '其中', '还有', '以及', '同行的有'],
  },
  /** A company made public ("emerged from stealth"): what makes "founded by" in its sentence a founding. */
  emerging: {
    en: ['emerged from stealth', 'emerges from stealth', 'emerging from stealth', 'came out of stealth', 'comes out of stealth', 'coming out of stealth', 'out of stealth mode'],
    zh: [],
  },
  /** Openings of a sentence that lists the people of a move told before it: "Among them are …", "其中包括…". */
  listSentence: {
    en: [
      'among them',
      'among those',
      'they include',
      'they are',
      ...phrases(['the two', 'the three', 'the four', 'the five', 'the six'], ['are', 'were']),
      // "Also departing are X and Y": the people of the move told before, listed after its verb.
      ...phrases(['also'], ['departing', 'leaving', 'joining', 'moving'], ['are', 'is']),
      'those leaving include',
      'those departing include',
    ],
    zh: ['其中包括', '其中有', '其中', '包括', '他们是', '分别是', '他们分别是', '她们分别是', '二人分别是', '两人分别是', '分别为', '他们分别为'],
  },
  /** Before a word of founding, words that make it done rather than planned ("投身AI创业"). */
  foundingUnderWay: { zh: ['投身', '投入', '转身', '选择'] },
  /** Before a move word, words that make it planned, not done ("下一步将投身…", "计划创办…"). */
  planned: { zh: ['将', '计划', '准备', '打算', '拟'] },
  /** Right before an org and a move word, words of going there ("已到小米履新"). */
  goneTo: { zh: ['到', '赴', '去', '至'] },
  /** Before a leave named after a return, words that make the return its end ("returned after a sabbatical"). */
  backFrom: { en: ['after', 'from', 'following'] },
  /** After an org that opens a sentence, words that make it the one telling the news ("…官网信息显示，"). */
  announces: { zh: ['显示', '公告', '官宣', '发布'] },
  /** Before a name, words of joining together with someone named just before: "一同加入的还有X", "Joining him is X". */
  /** After the name of someone leaving, words that say they go with the one told before ("who will join him there"). */
  goesWith: {
    en: ['join him there', 'join her there', 'join them there', 'follow him', 'follow her', 'follow them', 'going with him', 'going with her', 'moving with him', 'moving with her'],
    zh: ['随他一同', '随她一同', '跟随他', '跟随她', '与他同行', '与她同行'],
  },
  joinedTogether: {
    en: ['joining him', 'joining her', 'joining them'],
    zh: ['一同加入', '一起加入', '同时加入', '随其加入', '随他加入', '随她加入', '一同加盟', '一起加盟'],
  },
  /** After 的, who someone is to the one named before it ("创始人杨子墨的副手"): that one is an owner, not a subject. */
  relationsOf: { zh: [...COLLEAGUES_ZH, '副手', '老部下', '部下', '下属', '学生', '弟子', '门生', '助手', '秘书', '幕僚'] },
  /** Who someone is to a mover named before ("Daly's teammate X", "其同事X"): they worked at the mover's org. */
  colleagueNouns: {
    en: [
      'colleague',
      'colleagues',
      'teammate',
      'teammates',
      'collaborator',
      'co-worker',
      'coworker',
      'longtime collaborator',
      'longtime colleague',
      'fellow researcher',
      'manager',
      'boss',
      'deputy',
      'lieutenant',
      'direct report',
    ],
    zh: COLLEAGUES_ZH,
  },
  /** Posts held beside one's job, which move nobody from it: "an adjunct professor", "客座教授". */
  sidePosts: { en: ['adjunct', 'visiting', 'honorary', 'part time', 'affiliate'], zh: ['客座', '名誉', '荣誉', '兼职'] },
  /** An acquisition told in a lead: its founders' new posts at the buyer are joins. */
  acquisition: {
    // (A licence for the technology that comes with its founders is the deal as much: "will pay $400 million to license its technology".)
    en: ['acquired', 'acquires', 'acquisition of', 'to acquire', 'acqui hire', 'acquihire', 'to license its', 'licensing deal', 'licence deal', 'license deal'],
    zh: ['收购', '并入', '并购', '收编', '技术授权'],
  },
  /** Events one joins without an employer: "joins panel on AI safety", "joined a roundtable". */
  /** A round of funding others are joined in ("joined Sequoia in a $40 million round"). */
  roundNouns: { en: ['round', 'funding round', 'seed round', 'financing', 'raise'] },
  eventNouns: {
    en: [
      ...['panel', 'panels', 'roundtable', 'summit', 'conference', 'webinar', 'livestream', 'podcast', 'debate', 'hearing', 'fireside chat', 'keynote'],
      // Actions and occasions joined or returned to: "joined a class action lawsuit against OpenAI", "a Microsoft Teams
      // call", "returned to the Google I/O stage".
      ...['lawsuit', 'suit', 'petition', 'open letter', 'protest', 'strike', 'boycott', 'call', 'meeting', 'stage', 'event', 'festival', 'waitlist'],
      // A place at one, stepped away from: "stepped away from the mic".
      ...['mic', 'microphone', 'podium', 'lectern'],
    ],
  },
  /** Titles after "former <Org>" before a name ("Former Airbnb Executive X"). */
  formerTitles: { en: ['executive', 'researcher', 'engineer', 'scientist', 'leader', 'manager', 'director', 'chief', 'ceo', 'cto', 'cfo', 'vp'] },
  /** Verbs of working together: the people after "alongside" or "with" in their clause are colleagues, not movers. */
  worksWith: { en: ['work', 'works', 'working', 'worked', 'collaborate', 'collaborating', 'report', 'reporting', 'serve', 'serving'], zh: ['共事', '合作'] },
  /** A group someone joins in doing the same, whose members moved before ("joining former colleagues such as X"). */
  earlierMovers: { en: ['former colleagues', 'colleagues', 'alumni', 'alums', 'peers', 'others', 'the ranks of'] },
  /** A sentence with no move word of its own that repeats the move told just before it: "X has made the same move". */
  sameMove: {
    en: ['made the same move', 'making the same move', 'make the same move', 'followed suit', 'follows suit', 'has done the same', 'did the same', 'is doing the same', 'made a similar move'],
    zh: ['做出了同样的选择', '作出了同样的选择', '做出同样的选择', '随后跟进', '紧随其后'],
  },
  /** Verbs in a gap between two names: the names belong to different clauses, not one list. */
  clauseVerbs: {
    en: ['join', 'joins', 'joined', 'left', 'leave', 'leaves', 'hire', 'hired', 'named', 'said', 'says', 'is', 'was', 'will', 'has', 'had', 'to', 'who', 'reporting', 'working'],
    zh: ['离', '加', '辞', '跳', '任', '聘', '挖'],
  },
  /** Between a person and 的 + an org, the verbs that make the person its founder or head, not a mover. */
  founderOf: { zh: ['创办', '创立', '创建', '联合创办', '联合创立', '一手创办', '领导', '带领', '执掌', '掌舵'] },
  /** After a plural move noun, the words that introduce its people ("departures were", "exits included"). */
  /** Counts of a group before "of whom": "several of whom have since left" has the group as its subject. */
  partitiveCounts: {
    en: ['several', 'some', 'many', 'most', 'all', 'both', 'none', 'half', 'a few', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a number', 'a handful'],
  },
  nounListLead: { en: ['include', 'includes', 'included', 'including', 'are', 'were'] },
  /** After a word that is also a verb ("other exits at Cohere included"), only these introduce a list. */
  verbListLead: { en: ['include', 'includes', 'included'] },
  /** Before a move word, a group it names, whom a list after "are" fills ("Among those leaving Cohere are A and B"). */
  amongThose: { en: ['among those', 'among the people', 'among the researchers', 'among the executives', 'those', 'those who have', 'others who have', 'others who'] },
  /** Before 与 in "X 将与 Y 共同领导": the tense of a joint act. */
  jointWith: { zh: ['将', '已', '也', '会', '还将'] },
  /** A move done together: "共同领导", "联手创办". */
  jointly: { zh: ['共同', '一起', '联手', '携手', '联合'] },
  /** After a plural move noun, a list in the past: earlier moves told as background to the news before it ("Departures this year have included …"). */
  recapListLead: { en: ['have included', 'has included', 'had included', 'have also included', 'has also included', 'included'] },
  /** Before a move noun, words that make its list older news: "Earlier departures included X". */
  recapNounLead: { en: ['earlier', 'previous', 'prior', 'past', 'other'] },
  /** Conjunctions that make what follows a time, not news: "after joining", "before stepping down". */
  timeConjunctions: { en: ['after', 'before', 'since', 'when', 'until'] },
  /**
   * "spent five years at Google before leaving in January to join Anthropic": times of this year, after a departure
   * in a "before" clause, make it the news, not a time for the clause before it; after "which", a hire told as now.
   */
  /** What a founder's company is called after their name: "Sutskever's startup", "梁文锋创办的公司", "雷军麾下". */
  foundersCompanyNouns: {
    en: ['company', 'startup', 'lab', 'AI lab', 'AI company', 'AI startup', 'superintelligence lab', 'new company', 'new startup', 'new lab', 'firm', 'outfit'],
    zh: ['的公司', '创办的公司', '创立的公司', '的创业公司', '旗下', '麾下', '的团队'],
  },
  /**
   * Before "from", what someone made the person, not where they were ("offers from Meta and xAI"); in Chinese, after the
   * org, the offer taken ("接受了xAI的offer", "拿下了Meta的聘书").
   */
  offerNouns: { en: ['offer', 'offers', 'bid', 'bids', 'interest', 'overtures', 'approaches', 'pitches', 'calls'], zh: ['offer', '聘书', '录用通知'] },
  /** Before "for", what a move means to someone, not where it goes: "What X's exit means for Mistral". */
  meaningVerbs: { en: ['means', 'meant', 'mean', 'bodes', 'spells', 'signals', 'matters', 'changes'] },
  /** The last weeks, as an aside dates a move it tells in passing ("who joined Anthropic from OpenAI last month"). */
  lastWeeks: {
    en: [
      'last week',
      'last month',
      'this week',
      'this month',
      'earlier this month',
      'earlier this week',
      'recently',
      'days ago',
      'weeks ago',
      'a month ago',
      // ("who has since left Meta": after what the article tells; "who just left Google".)
      'has since',
      'have since',
      'has just',
      'have just',
      ...phrases(['just'], ['left', 'joined', 'quit', 'departed', 'moved']),
    ],
    zh: ['刚刚', '刚', '新近', '近日', '日前', '最近', '上个月', '上月', '本月', '本周', '上周', '这周', '此次', '这次', '本次'],
  },
  recentTimes: {
    en: [
      'last week',
      'last month',
      'this week',
      'this month',
      'earlier this',
      'this year',
      'recently',
      ...phrases(['on'], ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
      ...phrases(['in'], MONTHS_EN),
    ],
  },
  /** Right before a person, words that open a clause of their own: "names interim CEO as X joins Meta". */
  clauseConjunctions: { en: ['as', 'while', 'after', 'when', 'since', 'because', 'before'] },
  /** Right after an org: someone who studied there, not someone who works there ("清华大学校友X", "Stanford graduate X"). */
  alumni: { en: ['alumnus', 'alumna', 'alum', 'graduate', 'graduates', 'alumni', 'phd'], zh: ['校友', '毕业生', '毕业', '博士'] },
  /** After "由" and a person: they take charge of the work of someone leaving ("其工作将由副总裁钱一鸣负责"). */
  takesCharge: { zh: ['负责', '全面负责', '全权负责', '接管', '接掌', '接任', '主持', '代管', '暂代', '分管', '统筹', '接棒'] },
  /** Before a verb's form, they make it a noun ("a string of hires", "its latest recruits"): no one is hired by it. */
  nounDeterminers: { en: ['of', 'the', 'its', 'their', 'his', 'her', 'our', 'latest', 'recent', 'new', 'senior', 'these', 'those', 'several', 'many', 'top'] },
  /** Lower-case words inside a name, before its surname ("Pieter de Vries", "Ursula von der Leyen"). */
  nameParticles: { en: ['de', 'van', 'von', 'der', 'den', 'ter', 'ten', 'da', 'di', 'du', 'do', 'dos', 'das', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al'] },
  /**
   * What may stand before a capital inside a name's word ("McGrew", "LeCun", "DeSantis"); other words with one are
   * products and companies ("AlphaGo Zero", "DeepMind", "YouTube").
   */
  nameInnerCapitalPrefixes: { en: ['mc', 'mac', 'de', 'di', 'da', 'du', 'le', 'la', 'van', 'von', 'fitz', 'jo', 'mary', 'ann', 'lou'] },
  /** Before a noun that names something already known: "the lab co-founded by X" describes it. */
  definiteDeterminers: { en: ['the', 'its', 'their', 'his', 'her', 'that', 'this'] },
  /** "named X interim head after Y left for Google": the departure an appointment in the same sentence fills. */
  vacancyConjunctions: { en: ['after', 'following'] },
  /**
   * After "added X" (and an aside), what makes X a hire: "to its policy team", "as its chief scientist" (not "to the list
   * of speakers", "as a defendant"). An aside that ends the sentence does too: "added X, previously at ByteDance".
   */
  addedToStaff: {
    en: [
      ...['to its', 'to their', 'to the company’s', "to the company's", 'as its', 'as their', 'as head', 'as chief'],
      ...phrases(['as a', 'as an'], ['partner', 'general partner', 'venture partner', 'principal', 'vice president', 'senior', 'director', 'research', 'member of']),
    ],
  },

  /** After a newsletter's arrow, words that say the person founds a company of their own ("阿里巴巴 → 创业"). */
  arrowFounding: { en: ['own startup', 'own company', 'stealth', 'a stealth startup', 'new startup', 'founding a startup'], zh: ['创业', '自主创业', '创办新公司'] },
  /** "在…后", "回归腾讯后的": what ends a Chinese time clause. */
  timeClauseEnds: { zh: ['后', '之后', '以后', '前', '之前'] },
  sinceEnds: { zh: ['后', '之后', '以后', '以来'] },
  relativePronouns: { en: ['who', 'which'] },
  /** After "who", a move now or to come, not the person's past: "X and Y, who are joining Meta". */
  // ("This week's guest is X, who just started as head of evaluations at Anthropic": recent, the news.)
  relativeNow: { en: ['are', 'is', 'will', 'would', 'just', 'recently', 'has just', 'has recently', 'have just'] },
  /** Before a capitalised name, these make it a place or an institution ("in San Francisco", "at Carnegie Mellon", "the State Department"). */
  placeLeads: { en: ['in', 'at', 'the'] },
  /** Verbs whose "in" belongs to them, not to a place after it: "has brought in Kurt Mayer", "roped in". */
  inParticleVerbs: { en: ['brought', 'brings', 'bring', 'bringing', 'roped', 'ropes', 'roping', 'called', 'calls', 'stepped', 'steps', 'sworn', 'swore', 'sent', 'pulled', 'ushered'] },
  /** Between an org and a person: the org is the sentence's speaker, not the person's employer ("Cohere said that X"). */
  reporting: {
    en: ['said', 'says', 'that', 'announced', 'confirmed', 'told', 'reported', 'added', 'welcomed', 'posted', 'published', 'lists'],
    zh: ['称', '表示', '宣布', '透露', '证实', '迎来', '确认'],
  },
  /** In the words after a newly appointed person, a past elsewhere: "who spent eight years at Meta", "曾任职于谷歌". */
  cameFrom: {
    // ("appointed X, who ran global operations at Salesforce for six years, as …": a past post in a relative clause.)
    en: [
      'spent',
      'worked',
      'formerly',
      'previously',
      'most recently',
      'until recently',
      'currently',
      'had been',
      'veteran of',
      'alumnus',
      'alumna',
      'who ran',
      'who led',
      'who headed',
      'who oversaw',
      'who managed',
      // ("X's move to Tesla … Varga had run xAI's hardware procurement since 2023": a past perfect.)
      'had run',
      'had led',
      'had headed',
      'had overseen',
      'had managed',
    ],
    zh: ['曾在', '曾任', '此前在', '曾就职', '此前'],
  },
  /** After "he"/"she" opening the sentence after a join, work done before it: "She built much of the stack behind Gemini". */
  pastWork: { en: ['built', 'led', 'ran', 'headed', 'oversaw', 'managed', 'created', 'co-created', 'developed', 'helped build', 'helped lead', 'worked on'] },
  /** A time word that opens a sentence about someone's past: "Previously, she …", "此前，她在谷歌…". */
  pastOpeners: { en: ['previously', 'before that', 'before this', 'before joining', 'earlier'], zh: ['此前', '之前', '在此之前'] },
  /** After "…的", a retelling: "回顾了自己从百度加入腾讯的经历". */
  retellingNouns: { zh: ['经历', '往事', '故事', '那段', '那一年', '岁月', '心路', '初衷'] },
  /** Prepositions that make a move word in -ing a noun: "her essay about leaving Baidu". */
  gerundPrepositions: { en: ['from', 'about', 'of', 'on', 'without', 'by', 'into'] },
  /** A year after these dates something else: "since its 2021 launch", "自2014年". */
  otherYearLeads: { en: ['since', 'its'], zh: ['自', '从'] },
  /** A sentence about a stay, in an article about leaving: "在Meta工作八年", "spent six years at". */
  tenure: { en: ['worked', 'spent', 'years at', 'years with'], zh: ['工作', '任职', '效力'] },
  /** Words of leaving an org in a description of the person after it ("2023年从阿里离职的宋一川"). */
  leftBefore: { zh: ['离职', '离开', '出走', '辞职', '毕业'] },
  /** A remit held at an org, told as a past description ("此前在百度负责文心大模型的X"): a stint there. */
  ledThere: { zh: ['负责', '主导', '带领', '领导', '主管'] },
  /** After a name's "'s", a post or a move that makes its owner the one "he" or "she" is next: "misstated X's new role". */
  ownedPosts: { en: ['role', 'job', 'title', 'position', 'post', 'departure', 'exit', 'move', 'appointment', 'hire', 'promotion'] },
  /** A title right after an appointed name, with no "as" ("named X director of IBM Research"): its words before the head, */
  titleModifiers: { en: ['senior', 'executive', 'global', 'general', 'vice', 'deputy', 'interim', 'acting', 'managing', 'principal', 'chief', 'corporate'] },
  /** … and its head. */
  titleHeads: { en: ['director', 'head', 'president', 'chief', 'officer', 'ceo', 'cto', 'coo', 'cfo', 'lead', 'manager', 'scientist'] },
  /**
   * Where a title told as who the person is stops, walking back from the name ("said Friday that communications chief
   * X"): words of a sentence around a title, not part of it.
   */
  beforeTitle: {
    en: [
      'the',
      'a',
      'an',
      'its',
      'his',
      'her',
      'their',
      'our',
      'former',
      'ex',
      'and',
      'or',
      'but',
      'by',
      'to',
      'with',
      'from',
      'at',
      'as',
      'of',
      'that',
      'said',
      'says',
      'when',
      'while',
      'who',
      'after',
      'before',
      'then',
      'also',
      'now',
      'new',
    ],
    // (Words after which the title before a Chinese name begins: "腾讯宣布原副总裁X离职" holds 原副总裁.)
    zh: ['宣布', '表示', '获悉', '透露', '证实', '称', '任命', '聘任', '加入', '加盟', '出任', '担任', '迎来', '接任'],
  },
  /** Verbs of speaking about something ("谈到近期多位研究员离职一事"): a group counted after them is what moved, not the speaker. */
  speakingOf: { zh: ['谈到', '谈及', '谈起', '提到', '提及', '说起', '评价', '回应', '针对'] },
  /**
   * Before an org in an aside, words that make it the latest workplace told: "who spent the last three years at
   * Inflection AI"; of a sequence, the later: "who left Apple for OpenAI in 2024 and then moved to Perplexity".
   */
  latestStint: { en: ['most recently', 'the last', 'the past', 'currently', 'until recently', 'now', 'latest', 'then', 'later', 'subsequently'] },
  /** Right before a word of holding a post, words that make it one kept or taken after leaving another: "退居幕后担任集团顾问", "但将继续担任首席科学家". */
  laterPostLeads: { zh: ['退居幕后', '转而', '转任', '改任', '之后', '后将', '随后', '继续', '将继续', '留任', '将转'] },
  /** Nouns for a person described and not named, as a hire's whole object ("招募前谷歌研究员"): the one before hires. */
  unnamedPeople: { zh: ['研究员', '工程师', '科学家', '高管', '负责人', '专家', '人才', '大牛', '骨干'] },
  /** Verbs of leading a team or a line of work, right after a name ("阚思远带领腾讯混元团队…"). */
  leadsATeam: { zh: ['带领', '领导', '主导', '牵头', '一手组建', '组建了'] },
  /** Titles a hire may count before naming them ("引入了两位副总裁：…"). */
  staffTitles: { zh: ['副总裁', '总裁', '总监', '首席', '合伙人'] },
  /** Words of a post itself, after 卸下 or 坐上: "卸下总裁职务", "坐上小米大模型团队负责人的交椅". */
  postWords: { zh: ['职务', '职位', '一职', '交椅', '宝座', '帅印'] },
  /** Whom a person tells their own news: "told staff on Friday that he plans to take time off". */
  ownPeople: { en: ['staff', 'employees', 'colleagues', 'the team', 'his team', 'her team', 'their team'] },
  tookThePost: {
    en: [
      'took the top job',
      'took over',
      'took the helm',
      'took charge',
      'became',
      'has led',
      'led',
      'has run',
      'ran',
      'has been',
      'was named',
      'was appointed',
      'has served',
      'served',
      'has held',
      'held',
      'joined',
      'co-founded',
      'founded',
    ],
  },
  /** After a name opening a sentence, words by which a mover confirms a move a headline told of them unnamed. */
  confirmsOwnMove: {
    en: [
      ...['confirmed the move', 'announced the move', 'confirmed her departure', 'confirmed his departure'],
      ...['announced her departure', 'announced his departure', 'confirmed her move', 'confirmed his move'],
    ],
  },
  /** After a name, a phrase that stands for the move the sentence before told with nobody named: "X has made the switch". */
  madeTheMove: { en: ['made the switch', 'made the move', 'made the jump', 'made the leap'] },
  startsInPost: {
    en: ['starts', 'will start', 'is starting', 'begins', 'will begin', 'takes over', 'will take over', 'takes up the post', 'takes up the role', 'takes the reins', 'will take the reins'],
  },
  /**
   * The same right after the name, with no aside (an aside may say they are there already: "X, OpenAI's chief product
   * officer, will oversee the group"): "Tencent has poached the product chief of ByteDance's Doubao. X will oversee …".
   */
  leadsInPost: { en: ['will oversee', 'will lead', 'will head', 'will run', 'is to oversee', 'is to lead', 'is to head'] },
  /** After a question about a post ("Who is Anthropic's new chief scientist?", "DeepSeek的新任首席科学家是谁？"), the words that open its answer. */
  answerLeads: { en: ['it is', "it's", 'that is', "that's", 'the answer is', 'meet'], zh: ['答案是', '正是', '是'] },
  /** After a join or a return, a purpose that makes it a visit: "returned to Google's Zurich office … to give a talk". */
  visitPurposes: {
    en: [
      'to give a talk',
      'to give a lecture',
      'to deliver a talk',
      'to deliver a lecture',
      'to deliver a keynote',
      'to give a keynote',
      'to speak at',
      'to speak to',
      'for a talk',
      'for a visit',
      'for a lecture',
      'for a fireside chat',
      'to visit',
      // "returned to the King's Cross office on Thursday for an alumni evening".
      'for an alumni',
      'for a reunion',
      'for a party',
      'for a celebration',
      'for a panel',
    ],
  },
  /** After a move noun's "of", words that open an object naming nobody: "the departure of his predecessor", "the exit of so many researchers". */
  unnamedObjects: {
    en: [
      'his',
      'her',
      'their',
      'its',
      'the',
      'a',
      'an',
      'so many',
      'many',
      'several',
      'some',
      'more',
      'other',
      'dozens',
      'hundreds',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'employees',
      'researchers',
      'staff members',
    ],
  },
  /** After the org joined, "where he had worked before": one worked at before, so the join is a return. */
  workedThere: {
    en: [
      'had worked',
      'previously worked',
      'once worked',
      'worked before',
      'had spent',
      'previously spent',
      'spent',
      'started his career',
      'started her career',
      'began his career',
      'began her career',
      'had been',
    ],
  },
  /**
   * The last word of a title a person is named by (besides the title heads above): "communications chief X", "百度副总裁X";
   * a title before a name ends in one.
   */
  heldTitleHeads: {
    en: ['engineer', 'researcher', 'counsel', 'founder', 'co-founder', 'cofounder', 'fellow', 'partner', 'architect', 'professor'],
    zh: [
      '官',
      '师',
      '员',
      '长',
      '总',
      '总裁',
      '董事',
      '主席',
      '秘书',
      '主任',
      '负责人',
      '主管',
      '科学家',
      '经理',
      '总监',
      '教授',
      '创始人',
      '合伙人',
      '顾问',
      '架构师',
      'vp',
      'cto',
      'ceo',
      'coo',
      'cfo',
    ],
  },
  /** Before an org after a move word, words opening the move's cause, not its object: "pushed out after a review of the Siri overhaul". */
  causeOpeners: { en: ['after', 'following', 'amid', 'over', 'because of', 'due to'] },
  /** After someone named (or 他/她) opening a sentence, words of a post held before it: "X此前担任百度文心大模型技术负责人". */
  heldBeforeLeads: { zh: ['此前担任', '之前担任', '曾担任', '此前任', '曾任', '原任'] },
  /** Before a name in an aside, words that make it a nickname of the person before ("X, nicknamed Sasha,"); "known … as" too. */
  nicknameWords: { en: ['nicknamed', 'called', 'dubbed'] },
  /** A bare question between an appointment and the sentence telling where the person came from: "Who is she?". */
  questionWords: { en: ['who', 'what', 'why', 'where', 'how'] },
  /** A title whose first word says it was held before, not the post left now: "X, a former Google researcher, has left OpenAI". */
  pastTitle: { en: ['former', 'ex', 'previously', 'onetime', 'one-time', 'longtime former'] },
  /** Before "with" or "against" and an org, dealings with it, not a job there: "oversaw the legal fights with OpenAI". */
  dealings: {
    en: [
      'fight',
      'fights',
      'battle',
      'battles',
      'dispute',
      'disputes',
      'deal',
      'deals',
      'partnership',
      'partnerships',
      'talks',
      'negotiations',
      'lawsuit',
      'lawsuits',
      'case',
      'rivalry',
      'competition',
      'contract',
      'contracts',
      'agreement',
      'agreements',
      'feud',
      'war',
    ],
  },
  /**
   * Right before a move word, what says it did not happen: "has not left", "never joined", "was not among those laid
   * off", "并未加盟", "并不在此次裁员名单中" (not 不得不, "had to", nor 不再, "no longer": those leave).
   */
  negators: { en: ['not', 'never', "n't", 'n’t'], zh: ['未', '没', '没有', '并未', '并没有', '并不', '不', '从未', '尚未', '从没有', '从来没有'] },
  /** Words that may stand between the negator and the move word: "has not yet joined", "未曾加入", "并不在此次…". */
  negatedFillers: {
    en: ['yet', 'once', 'actually', 'officially', 'formally', 'really', 'been', 'be', 'among those', 'one of those'],
    zh: ['曾', '曾经', '会', '正式', '在', '在此次', '在这次', '在本次'],
  },
  /**
   * A question that asks whether a move happens reports none: "Is X about to leave Google?" opens with one of these and
   * ends with "?"; "X会离开阿里吗？" ends with one of these before it. ("Why did X quit Google?" takes the move as given.)
   */
  yesNoQuestions: { en: ['is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'has', 'have', 'had', 'can', 'could', 'should'], zh: ['吗', '么'] },
  /** Opening a clause that tells a stint somewhere: "After six years at Google,", "Having spent nine years at Microsoft,". */
  stint: { en: ['after', 'following', 'having spent', 'having worked', 'having served'] },
  /** What such a clause measures: "six years", "a decade", "a long stint". */
  // (In Chinese, after 的: "在字节跳动的八年职业生涯", "结束了在…的旅程".)
  stintNouns: { en: ['year', 'years', 'month', 'months', 'decade', 'decades', 'stint', 'tenure', 'career'], zh: ['旅程', '工作', '生涯', '职业生涯', '时光', '日子'] },
  /**
   * Move verbs whose object must be a workplace for them to be a move: "left the company", not "left the audience
   * stunned"; "returns to the lab", not "returns to the question"; "joined the team", not "joined a fireside chat".
   */
  objectVerbs: {
    en: ['leave', 'leaves', 'left', 'leaving', ...OUT_AT_EN, ...RETURNS_EN, 'join', ...JOINS_EN, ...REJOINS_EN],
    zh: ['离开', '回归', '回到', '重返', '加入'],
  },
  /** What one returns to do for a moment, not to work: "then returned to answer questions", "returned to applause". */
  returnsToDo: { en: ['answer', 'finish', 'take', 'speak', 'talk', 'say', 'ask', 'watch', 'applause', 'cheers', 'the q&a'] },
  /** The object of an active hire that names nobody: "has hired three engineers", "招募了两名研究员". The person before it hires. */
  groupNouns: {
    en: [
      'engineers',
      'researchers',
      'scientists',
      'people',
      'staff',
      'staffers',
      'employees',
      'workers',
      'executives',
      'hires',
      'members',
      'talent',
      'specialists',
      'experts',
      'developers',
      'designers',
      'interns',
      'graduates',
      'founders',
      'cofounders',
      'leaders',
      'managers',
    ],
    zh: ['名', '位', '批'],
  },
  /** After 离开: what a person leaves when it is a move ("离开公司", "离开了老东家"), not "离开舒适区". */
  zhWorkplaceNouns: {
    zh: [
      '公司',
      '团队',
      '实验室',
      '集团',
      '岗位',
      '职位',
      '部门',
      '东家',
      '平台',
      '组织',
      '董事会',
      '研究院',
      '研究所',
      '大学',
      '学校',
      '工作',
      '大厂',
      '企业',
      '机构',
      '单位',
      '项目',
      '体制',
      '这家',
      '该公司',
      '创业',
    ],
  },
  /** After 回归, 回到: everyday duties, no move ("将回归董事会日常工作", "已回到工作岗位" after a leave). */
  zhDuties: { zh: ['日常工作', '本职工作', '正常工作', '日常事务', '工作岗位', '岗位'] },
  /** A joint venture's post, held beside one's own ("将出任合资公司董事长", "will chair the joint venture"): no move. */
  jointVentures: { en: ['the joint venture', 'the new joint venture', 'a joint venture'], zh: ['合资公司', '合资企业', '该合资公司', '新合资公司'] },
  /** After 加入: taking part, not a move ("加入了关于评测的讨论"). */
  zhParticipationNouns: { zh: ['讨论', '对话', '会议', '直播', '活动', '群聊', '圆桌', '论坛', '联盟', '倡议', '行动', '行列', '阵营'] },
  /** A thing added to a product ("并加入了多项智能体能力", "加入购物车"): 加入 of features, not of a workplace. */
  zhFeatureNouns: { zh: ['能力', '功能', '特性', '模式', '选项', '插件', '按钮', '元素', '购物车', '支持', '场景'] },
  /** What may open the object of "leave" that names no org: "the", "his", "them". */
  objectOpeners: { en: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'no', 'some', 'many'] },
  /** After "replacing X, who will …": the one replaced stays at the org in another post (words with no move of their own: "will move to a new role" is read by its trigger). */
  staysAfterReplaced: {
    en: [
      'return to his previous role',
      'return to her previous role',
      'return to their previous role',
      'return to his former role',
      'return to her former role',
      'return to his previous post',
      'return to her previous post',
      'remain',
      'stay on',
      // (A promotion told in the past, which no move word of its own reads as news here.)
      'has been promoted',
      'was promoted',
    ],
  },
  /** What may open a Chinese clause that leaves out its subject, after a move word in the sentence ("…离职，即将加入月之暗面"). */
  elidedSubjectLead: { zh: ['即将', '将', '随后', '随即', '并', '并已', '还', '也', '已', '已经', '正式', '目前', '现已', '转而', '之后', '后'] },
  /** Before a move word in a Chinese post that leaves out its writer: "官宣一下：正式加入…", "今天从字节毕业了". */
  droppedSubjectLead: {
    zh: [
      '官宣一下',
      '官宣',
      '今天',
      '今日',
      '刚刚',
      '终于',
      '正式',
      '已经',
      '已',
      '也',
      '本月',
      '上周',
      '近日',
      '于',
      '下周',
      '下个月',
      '下月',
      '明天',
      '月底',
      '即将',
      '将',
      '写在',
      '然后',
      '之后',
      '昨天',
      '昨日',
      '下周起',
      '下月起',
      '明天起',
      '即日起',
      '接下来',
      '接下来会',
    ],
  },
  /**
   * A newsletter's heading over lines with no move word of their own ("HIRES", "## Left", "【离职】"): the move of each
   * line under it, to the next such heading or a blank line.
   */
  sectionHeadings: {
    join: { en: ['hires', 'new hires', 'hired', 'joined', 'joins', 'arrivals', 'new arrivals', 'incoming', 'moves in'], zh: ['入职', '加入', '加盟', '新加入', '新入职'] },
    departure: { en: ['departures', 'departed', 'left', 'exits', 'outgoing', 'moves out', 'leaving'], zh: ['离职', '离开', '出走'] },
    promotion: { en: ['promotions', 'promoted', 'new roles', 'appointments'], zh: ['晋升', '升职', '任命'] },
  },
  /** Before an org on a section's line, where the person came from: "(ex-Meta)", "previously at Google", "（原字节跳动）". */
  sectionOrigins: { en: ['from', 'ex', 'previously at', 'previously', 'formerly at', 'formerly of', 'formerly', 'was at', 'late of'], zh: ['原', '前', '来自'] },
  /** What a person may lead without holding a post: "…项目，由X掌舵", "…计划，由X牵头". */
  projectNouns: { zh: ['项目', '计划', '工程', '课题', '专项', '行动'] },
  /** A repost's credit before the account or outlet a text came from: "本文来自微信公众号", "转载自". */
  repostCredits: { zh: ['本文来自', '文章来自', '内容来自', '转载自', '来源于', '本文转自', '转自'] },
  /** A profile a person keeps, whose change is a move's evidence: "Updated his LinkedIn yesterday.", "Her X bio now says …". */
  profilePages: { en: PROFILE_PAGES_EN },
  /** A line's label before a destination alone: "Next stop: Anthropic.", "下一站：腾讯。" */
  nextStopLabels: { en: ['next stop', 'next', 'next up', 'up next', 'next chapter'], zh: ['下一站', '下家', '新东家'] },
  /** Before the name a post's writer is known by off line: "本名欧阳澈", "（真名郑晓岚）". */
  realName: { zh: ['本名', '真名', '原名'] },
  /** A question where a leaver goes, answered by the next sentence: "去向何处？", "下一站是哪里？" (English read by its shape). */
  whereTo: { zh: ['去向何处', '去了哪里', '去哪了', '去哪儿', '下一站是哪', '下家是谁', '下家是哪'] },
  /** The label of an update set above a story ("Update (Nov. 12): …", "更新：…"): what it says holds for the story below too. */
  updateLabels: { en: ['update', 'updated', "editor's note", 'editor’s note'], zh: ['更新', '最新消息', '编者注'] },
  /** Where a person posts an item a feed hands over under their name ("X on LinkedIn: …"). */
  postingPlatforms: { en: ['x', 'twitter', 'linkedin', 'threads', 'bluesky', 'mastodon', 'weibo', 'substack'], zh: ['微博', '朋友圈', '即刻', '知乎', '小红书'] },
  /** Labels of a line that links to an earlier story ("Related: …", "相关阅读：…"): what it tells is not the item's news. */
  relatedLinks: {
    en: ['related', 'read more', 'see also', 'more on this', 'further reading', 'related story', 'related coverage', 'previously'],
    zh: ['相关阅读', '延伸阅读', '推荐阅读', '相关文章', '相关报道', '往期回顾'],
  },
  /** After a title's bar or dash, a reference work: the page is about the one person the title names ("岑嘉言 - 百度百科"). */
  // (A personal homepage is one too, written by its subject: "Lucía Ferrer - homepage", "… 个人主页".)
  referencePages: { en: ['wikipedia', 'baidu baike', 'homepage', 'home page', 'personal website', 'personal page'], zh: ['维基百科', '百度百科', '搜狗百科', '互动百科', '快懂百科', '个人主页'] },
  /**
   * A headline that gives an item as an interview ("Interview: X, …", "Episode 212: …, with X", "专访｜…X谈…"): the one
   * person it names is who says "I" in the answers.
   */
  interviewTitles: {
    en: ['interview', 'q&a', 'q & a', 'podcast', 'episode', 'ep.', 'in conversation with', 'fireside chat', 'transcript', 'ama'],
    zh: ['专访', '对话', '访谈', '面对面', '独家对话', '问答'],
  },
  /** Right before an org, where a leaver went: "his new employer, Mistral AI", "新东家腾讯". */
  newEmployer: { en: ['new employer', 'new company', 'new home'], zh: ['新东家', '新雇主', '下家'] },
  /** After a phrase, the verbs that make it the topic of a sentence: "Onboarding at Meta is chaos", "First week at OpenAI felt long". */
  topicVerbs: { en: ['is', 'was', 'has been', 'felt', 'feels', 'went', 'goes', 'looks', 'looked', 'seems', 'seemed'] },
  /** After an org, a page of a platform, not a post there: "The LinkedIn profile of X" names no employer. */
  platformPages: { en: ['profile', 'profiles', 'page', 'account', 'bio', 'feed'] },
  /** Where someone on the way out starts next, told in the present ("is serving out his notice at X before he starts at Y"). */
  startsNext: { en: ['starts at', 'starts work at', 'joins', 'moves to', 'heads to', 'begins at'] },
  /** A post, not a workplace: going back to one ("return to his previous role") stays where one is. */
  postNouns: { en: ['role', 'post', 'position', 'job', 'duties', 'seat'] },
  /** Words that end the object of a move verb: "left the audience | stunned with …", "joined the startup | as its …". */
  objectEnds: {
    en: [
      'with',
      'of',
      'at',
      'for',
      'to',
      'in',
      'on',
      'as',
      'after',
      'before',
      'by',
      'from',
      'and',
      'but',
      'since',
      'until',
      'when',
      'while',
      'because',
      'over',
      'last',
      'this',
      'next',
      'earlier',
      'later',
      // "leaving the rules unchanged would help rivals": a verb ends the object too.
      'would',
      'will',
      'could',
      'should',
      'is',
      'was',
      'are',
      'were',
      'has',
      'had',
    ],
  },
  /** An object that is complete in one word: "left them wondering", "left everyone guessing" ("it" is often the company: "leaving it for Mistral"). */
  objectPronouns: { en: ['them', 'him', 'us', 'me', 'you', 'everyone', 'everybody', 'nothing', 'people', 'fans', 'observers', 'investors', 'analysts'] },
  /** The head of an object that is somewhere a person works, or a post: "the company", "the ChatGPT maker", "her role". */
  /** Right after a verb of joining: a politician one appears with, not an employer ("joined President Donald Trump at the White House"). */
  politicalTitles: { en: ['president', 'prime minister', 'vice president', 'senator', 'governor', 'secretary', 'chancellor', 'premier', 'mayor', 'king', 'queen'] },
  /** What someone returns to or joins a platform "with": content, not a job ("returned to YouTube with a four-hour video"). */
  contentNouns: {
    en: ['video', 'videos', 'lecture', 'podcast', 'episode', 'post', 'stream', 'livestream', 'talk', 'tutorial', 'course', 'series', 'tweet', 'thread', 'essay', 'newsletter', 'channel'],
  },
  /** Hired as a service, not as staff: "hired a team of outside lawyers led by X". */
  outsideServices: { en: ['lawyers', 'attorneys', 'law firm', 'bankers', 'investment bank', 'consultants', 'consulting firm', 'advisers', 'advisors', 'lobbyists', 'lobbying firm', 'auditors'] },
  /** Before 的 and a move noun: someone else's move ("转发了一篇前员工的离职感言"), not the named person's. */
  othersBeforeDe: { zh: ['员工', '前员工', '老员工', '同事', '前同事', '下属', '部下', '成员', '网友', '粉丝', '朋友'] },
  /** After "joined X in": an action taken together, not a workplace ("joined other labs in calling for shared standards"). */
  joinedInActions: {
    en: [
      'calling',
      'urging',
      'signing',
      'backing',
      'supporting',
      'opposing',
      'pushing',
      'asking',
      'condemning',
      'warning',
      'criticizing',
      'criticising',
      'praising',
      'endorsing',
      'demanding',
      'pledging',
      'committing',
      'arguing',
      'voting',
      'suing',
      'launching',
      'funding',
      'investing',
    ],
  },
  workplaceNouns: {
    en: [
      'company',
      'firm',
      'lab',
      'labs',
      'laboratory',
      'startup',
      'start up',
      'team',
      'group',
      'board',
      'role',
      'post',
      'position',
      'job',
      'seat',
      'maker',
      'giant',
      'developer',
      'business',
      'unit',
      'division',
      'department',
      'organisation',
      'organization',
      'nonprofit',
      'outfit',
      'project',
      'bank',
      'fund',
      'university',
      'institute',
      'school',
      'college',
      'agency',
      'ministry',
      'government',
      'administration',
      'office',
      'venture',
      'studio',
      'employer',
      'effort',
      'program',
      'programme',
      'operation',
      'platform',
      'brand',
      'chipmaker',
      'automaker',
      'carmaker',
      'incumbent',
      'rival',
    ],
  },
  /** "joined DeepMind after her PhD": a move right after one's studies is a first job, biography. */
  studies: { en: ['phd', 'ph.d.', 'doctorate', 'degree', 'graduating', 'graduation', 'postdoc', 'studies', 'undergraduate studies', "master's"] },
  /** After "named": an honour, not a post ("was named to TIME's list of the most influential people"). */
  honourNouns: {
    en: [
      ...['list', 'lists', 'ranking', 'rankings', 'award', 'awards', 'prize', 'prizes', 'honorees', 'honourees', 'finalists', 'most influential', 'fellow', 'fellows', 'laureate'],
      // A public body's seat, held beside the job: "has been named to a new national advisory committee on AI".
      ...['advisory committee', 'advisory commission', 'advisory group', 'advisory panel', 'advisory council', 'advisory board', 'advisory body', 'task force', 'commission'],
    ],
    // A conference's or a society's post is no job at an employer: "被任命为…国际会议程序委员会主席".
    zh: ['程序委员会', '组织委员会', '组委会', '大会主席', '会议主席', '评审委员会', '学术委员会', '榜单', '院士'],
  },
  /** What a company launched by name is called in the apposition after it: "Lumen Safety, a startup building …". */
  companyNouns: { en: ['startup', 'start-up', 'company', 'lab', 'venture', 'firm'], zh: ['公司', '初创公司', '创业公司'] },
  /** After such a noun as a hire's object, words that make it the company taken: "snapped up a small robotics startup run by X". */
  companyObjectFollowers: { en: ['run', 'founded', 'co-founded', 'started', 'led', 'built', 'called', 'named', 'that', 'which'] },
  /** Before a group noun opening a clause: "Three researchers who …", "Several engineers that …". */
  groupDeterminers: { en: ['several', 'some', 'many', 'most', 'few', 'a', 'the', 'its', 'their', 'more', 'dozens', 'of', 'former', 'senior', 'top', 'other'] },
  /** Counting a title among others: "the latest of OpenAI's co-founders", "its third co-founder". */
  titleCounts: { en: ['latest', 'newest', 'last', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'] },
  /** English honorifics before a surname: "Dr. Lin" is the watched Sarah Lin, not a namesake. */
  honorificsBefore: { en: ['Mr', 'Ms', 'Mrs', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame', 'Lady', 'Lord'] },
  /** Words of working at a school (or a company), after its name: "回到母校上海交通大学任教". */
  worksAtSchool: { zh: ['任教', '执教', '教书', '工作', '任职', '担任', '出任', '入职'] },
  /** One of an org's staff, as a noun after the org: "Amazon engineer moves over to Anthropic". */
  staffNouns: { en: ['engineer', 'researcher', 'scientist', 'executive', 'exec', 'designer', 'veteran', 'manager', 'lead', 'leader', 'director', 'staffer'] },
  /** Performers hired for a piece of work, not a job: "has hired the British actor X to record …". */
  performers: { en: ['actor', 'actress', 'voice actor', 'narrator', 'musician', 'composer', 'singer', 'rapper', 'comedian', 'model', 'photographer', 'illustrator'] },
  /** What a performer is hired to do: "hired X to record reference audio". */
  gigTasks: { en: ['to record', 'to narrate', 'to voice', 'to perform', 'to compose', 'to photograph', 'to illustrate', 'to host', 'to emcee', 'to star in'] },
  /** Kinds of organisation someone sets up: "to set up an independent nonprofit", "to start a venture fund". */
  newOrgNouns: {
    en: [
      'company',
      'startup',
      'start up',
      'venture',
      'lab',
      'laboratory',
      'firm',
      'nonprofit',
      'non profit',
      'institute',
      'foundation',
      'fund',
      'studio',
      'think tank',
      'consultancy',
      'organization',
      'organisation',
      'research group',
    ],
  },
  /** A part of a company someone runs: "took over Anthropic's Asia-Pacific business". */
  unitNouns: { en: ['business', 'businesses', 'team', 'unit', 'division', 'group', 'office', 'operations', 'arm', 'organization', 'organisation', 'effort', 'efforts', 'program', 'practice'] },
  /** What news calls a company it named before: "the chipmaker", "the search giant", "这家大模型独角兽". */
  epithetNouns: {
    en: ['company', 'startup', 'lab', 'firm', 'giant', 'chipmaker', 'unicorn', 'maker'],
    zh: ['公司', '独角兽', '巨头', '企业', '初创公司', '创业公司', '实验室'],
  },
  /** A university referred to by a noun: "has left the university", "离开了这所大学". */
  academicNouns: { en: ['university', 'school', 'college'], zh: ['大学', '高校'] },
  /** Joining "the company" named before: "has joined the company", "已加入这家公司". */
  joinsCompany: { en: ['joined', 'joins', 'is joining', 'will join', 'will chair', 'to chair', 'is to chair', 'would chair'], zh: ['加入', '加盟', '入职'] },
  /** A noun phrase set off after a person, describing them by an org: "X, a longtime Amazon executive, …". */
  appositionOpeners: { en: ['a', 'an', 'the'] },
  /** What opens an aside that describes a person by where they work: "X, one of the leaders of OpenAI's Sora, said". */
  describingAside: {
    en: ['a', 'an', 'the', 'one of the', 'who leads', 'who led', 'who heads', 'who headed', 'who runs', 'who ran', 'who works at', 'who worked at', 'who spent', 'who has spent', 'who most recently'],
  },
  /** Words a founding's object may not cross: "form a startup with fellow Google researcher X". */
  coFounder: { en: ['with'], zh: ['与', '和'] },
  /** Words that do not end a Title-Case test: short words headlines leave lowercase. */
  titleCaseSmall: { en: ['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'nor', 'with', 'by', 'from', 'as', 'is', 'vs', 'via', 'into', 'over'] },
  /** Pronouns that stand for the one person the sentence before names: "This week she started at Anthropic". */
  subjectPronouns: { en: ['he', 'she'], zh: ['他', '她'] },
  /** A group referred to as the subject: "Both are joining Nvidia", "两人均已加入腾讯" (the movers the sentence before names). */
  groupSubjects: {
    en: ['both', 'both of them', 'the two', 'the pair', 'the duo', 'the trio', 'all three', 'all four', 'all five', 'all of them', 'they'],
    zh: ['两人', '二人', '三人', '四人', '两位', '二位', '三位', '他们', '她们', '这对搭档', '这两人', '这三人'],
  },
  /** Between a group subject and its move word ("两人均已", "这对搭档近日双双", "三人已于本月先后"). */
  groupAdverbs: { zh: ['均', '都', '也', '已', '将', '于', '分别', '同时', '一起', '先后', '近日', '日前', '双双', '本月', '上月', '本周', '今年'] },
  /** A person referred to by a noun, like a pronoun: "the researcher", "该高管" (the one person named before). */
  definiteSubjects: {
    en: ['the researcher', 'the executive', 'the scientist', 'the engineer', 'the veteran', 'the co-founder', 'the cofounder'],
    // ("其离职后的去向", "其下一站": 其 as the owner of where someone goes, not 其 of 其中 or 其工作.)
    // ("这位90后", "这位前谷歌科学家": 这位 and its description.)
    // ("据悉，其已创办一家公司": 其 opening a clause before 已, 将 or a time word is its subject.)
    zh: ['该高管', '该研究员', '该科学家', '该负责人', '该工程师', '此人', '其本人', '其去向', '其离职后', '其下一站', '这位', '这名', '该名', '其已', '其将', '其目前', '其近日', '其随后', '其此后'],
  },
  /**
   * Nouns that name the one person named before, after "the" and up to three words ("the Stanford PhD", "the former
   * Google executive", "the Canadian").
   */
  epithets: {
    en: [
      ...['researcher', 'executive', 'scientist', 'engineer', 'veteran', 'founder', 'co-founder', 'cofounder', 'phd', 'graduate', 'designer', 'entrepreneur'],
      ...['investor', 'professor', 'manager', 'director', 'leader', 'technologist', 'alum', 'alumnus', 'alumna', 'native', 'googler'],
      ...['canadian', 'american', 'briton', 'australian', 'frenchman', 'frenchwoman', 'german', 'indian', 'israeli', 'italian', 'dutchman', 'swede'],
    ],
  },
  /** Verbs of saying, before the words said: "said that he had left". */
  speechVerbs: {
    en: ['said', 'says', 'told', 'announced', 'wrote', 'writes', 'posted', 'tweeted', 'confirmed', 'explained', 'joked', 'quipped', 'noted', 'recalled', 'remarked'],
    zh: ['表示', '写道', '称', '说', '谈及', '谈到', '坦言'],
  },
  /** Words of someone speaking of themselves, inside a quote: "today was my last day at OpenAI," X wrote. */
  /** After an org, words that end the time someone was there: "at Anthropic until this summer". */
  until: { en: ['until', 'till'] },
  /** After a departure, words that keep the person in a post: "but will remain chief scientist", "但将继续担任首席科学家". */
  staysOn: {
    en: ['will remain', 'will stay on as', 'will continue as', 'will continue to serve as'],
    // (另有任用: "to be given another post", the wording of an internal reassignment.)
    zh: ['继续担任', '仍担任', '仍将担任', '继续出任', '仍是', '另有任用'],
  },
  /** Opening the sentence after a post given up, words that keep its person in another: "He remains chief scientist." */
  staysNext: {
    en: ['remains', 'will remain', 'stays on as', 'will stay on as', 'continues as', 'will continue as'],
    zh: ['仍担任', '仍将担任', '将继续担任', '继续担任', '仍任'],
  },
  /** A post kept that is a way out, not a job: staying as an adviser or on the board still leaves. */
  postsOnTheWayOut: { en: ['adviser', 'advisor', 'consultant', 'board', 'director', 'chair', 'chairman', 'chairwoman'], zh: ['顾问', '董事', '董事长', '董事会'] },
  /** After 当选, an association's or an academy's post, no job: "当选中国人工智能学会理事长", "当选院士". */
  associationPosts: { zh: ['理事长', '理事', '会长', '秘书长', '委员', '院士', '会士'] },
  /** A board seat that is a job, no way out: "继续担任公司执行董事". */
  executiveSeats: { en: ['executive director'], zh: ['执行董事'] },
  /** Words of welcome that make "join us" a hire: "We're thrilled to have X join us". */
  welcome: { en: ['thrilled', 'excited', 'delighted', 'happy', 'pleased', 'proud', 'glad'] },
  /** A sentence that names the latest of several moves: "The latest to move is X, who joined Meta last week". */
  /** One move told as following another of its kind, whose person the aside then tells of: "Her hiring follows that of X, who …". */
  followsThatOf: { en: ['follows that of', 'followed that of', 'follows those of', 'comes after that of', 'came after that of', 'comes on the heels of that of'] },
  latestMover: { en: ['latest', 'newest', 'most recent', 'first', 'second', 'third', 'fourth', 'fifth', 'last'] },
  /** Counts of a crowd joined in an act: "joined more than 200 scientists who signed …". */
  crowdCounts: { en: ['more than', 'over', 'nearly', 'about', 'some', 'dozens of', 'hundreds of', 'thousands of'] },
  /** Words after a new company's name that end it: "has founded Tessellate Robotics, a startup", "… Robotics with". */
  afterCompanyName: { en: ['a', 'an', 'the', 'which', 'that', 'to', 'with', 'in', 'on', 'for', 'and', 'after', 'last', 'this', 'earlier', 'as', 'from'] },
  /** Capitalised words after a founding verb that are no company's name (as written). */
  notCompanyNames: { en: ['The', 'A', 'An', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'This', 'That', 'Another', 'One', 'Two', 'Three', 'In', 'On', 'At', 'With', 'Last', 'Earlier', 'Stealth'] },
  /** Words right after a noun phrase that end it: "has left the Amazon and returned" (no noun follows "Amazon"). */
  phraseEnders: { en: ['and', 'or', 'but', 'after', 'before', 'where', 'which', 'to', 'in', 'for', 'with', 'by', 'on', 'at'] },
  /** Words of an institution's name, which takes "the" ("the White House", "the Allen Institute"); word starts, as written. */
  /** In an org's name, a school's words ("Stanford University", "清华大学"): going there is studying as often as working. */
  schoolWords: { en: ['University', 'College', 'School'], zh: ['大学', '学院'] },
  institutionWords: {
    en: [
      ...['House', 'Institute', 'Universit', 'College', 'School', 'Lab', 'Labs', 'Laborator', 'Foundation', 'Office', 'Initiative', 'Academy'],
      ...['Council', 'Center', 'Centre', 'Agency', 'Department', 'Ministry', 'Commission', 'Project', 'Fund', 'Society', 'Association'],
      ...['Alliance', 'Consortium', 'Board', 'Information'],
    ],
  },
  /** A company of its own, in an apposition after a name ("Gemini, the cryptocurrency exchange"): not a lab's unit. */
  independentNouns: { en: ['company', 'firm', 'startup', 'exchange', 'label', 'bank', 'brokerage', 'fund', 'band', 'club', 'retailer', 'airline'] },
  /** Groups a person owns that may be a sentence's subject instead of them ("her team left Google Docs"). */
  ownedGroups: {
    en: [
      'team',
      'teams',
      'company',
      'startup',
      'lab',
      'family',
      'group',
      'firm',
      'staff',
      'students',
      'users',
      'customers',
      'employer',
      'deputies',
      'lieutenants',
      'direct reports',
      'researchers',
      'engineers',
    ],
    // (Not 团队: "宋立带领团队加入腾讯" moves 宋立.)
    // (And talent called to join: "欢迎更多优秀人才加入".)
    zh: ['企业', '公司', '机构', '合作伙伴', '伙伴', '开发者', '用户', '厂商', '成员单位', '人才', '同学', '小伙伴', '朋友', '新同事', '新成员'],
  },
  /**
   * After an org joined or returned to, what makes it no employer: a camp or an alliance ("加入商汤阵营"), a group chat,
   * a community or a meeting ("加入腾讯会议", "DeepSeek开发者群聊"), an event's stage ("重返百度世界大会舞台").
   */
  camps: { zh: ['阵营', '联盟', '群聊', '社群', '社区', '会议', '直播间', '会员', '购物车', '大会', '舞台', '发布会', '峰会', '论坛', '年会'] },
  /** A filing's header line that names its issuer ("证券代码：002230 证券简称：科大讯飞", "Stock code: 2318"). */
  issuerLabels: { en: ['stock code', 'ticker symbol', 'stock symbol'], zh: ['证券简称', '股票简称', '证券代码', '股票代码'] },
  /** Plural move nouns that list their people ("Cohere's departures this year include X, who joined Meta in July, …"). */
  /** Taking a post, after which "，B任CTO" names more who take one. */
  takesPost: { zh: ['出任', '担任', '升任', '接任'] },
  /** A move to another post in the same company: its org is the one the old post was left at. */
  transfers: { zh: ['转任', '调任', '改任'] },
  /** "两人分别加入了A和B", "joined A and B, respectively": two lists matched in order. */
  respectively: { en: ['respectively'], zh: ['分别'] },
  /** "去了百度开会": what someone does at an org they visit. */
  visits: { zh: ['开会', '参观', '出差', '交流', '拜访', '参加', '演讲', '做报告', '访问', '调研', '考察', '学习', '面试', '谈合作', '洽谈'] },
  /** "此次加入的成员包括": who a move word before 的 stands for, when a list of them follows. */
  listedPeople: { zh: ['成员', '新成员', '人员', '人', '员工', '高管', '研究员', '核心成员'] },
  /** "Others who have left … include": the people a list after the verb names. */
  othersWho: { en: ['others', 'those', 'other people', 'other researchers', 'other executives'] },
  listedMoves: { en: ['exits', 'departures', 'defections', 'hires', 'arrivals', 'additions', 'recruits', 'moves'] },
  /** Words that confirm a move: a source in the lead does not make it a rumour then. */
  confirmed: { en: ['confirmed', 'confirms', 'said in a statement', 'announced', 'announces'], zh: ['证实', '确认', '官宣', '宣布', '确已', '属实'] },
  /** Before a denial, what makes it one the sentence goes on to overturn: "Once denied by both companies, …", "此前曾否认…，但". */
  pastDenial: { en: ['once', 'had', 'had earlier', 'had initially', 'previously', 'initially', 'at first'], zh: ['曾', '此前', '早前', '之前', '一度'] },
  /** After such a denial, the turn to a move told after it as it is: "…, but she has since joined", "但…已正式加盟". */
  turnFromDenial: { en: ['but', 'however', 'has since'], zh: ['但', '但是', '不过', '然而'] },
  /** Or the move itself said to have become fact: "Once denied, X's move to Microsoft became official on Thursday". */
  madeOfficial: { en: ['became official', 'is now official', 'now official', 'was confirmed', 'has been confirmed'], zh: ['正式官宣', '已获证实'] },
  /** "…when the current CTO steps down": a clause whose subject is a post, not the person named before it. */
  postSubjectLead: { en: ['when', 'after', 'once', 'until', 'before', 'as', 'while'] },
  /** "；原混元产品负责人则已离职": a clause whose subject is the post's former holder, unnamed (its opening word, then the post). */
  formerHolder: { zh: ['原', '前任'] },
  /** The titles that end such a post ("原…负责人", "前任…总裁"). */
  postTitles: { zh: ['负责人', '总裁', '总经理', '总监', '主管', '院长', '主任', '首席执行官', '首席技术官', 'CEO', 'CTO', '董事长'] },
  /** Right after a move word, an org left unnamed ("has joined a rival lab", "加入一家头部量化私募"): no org before it is the one joined. */
  unnamedObject: { en: ['a', 'an', 'another'], zh: ['一家', '某家', '另一家', '一所', '一个'] },
  /** After "congrats to X": what makes it a move ("on joining", "on starting as", "on her new role at"). */
  congratsOn: { en: ['joining', 'starting', 'her new role', 'his new role', 'their new role', 'the new role', 'her move to', 'his move to', 'the move to', 'your new role', 'your move to'] },
  /** In a company's own post, words by which it says someone joins it: "X joins us from Meta", "Welcome to the team, X". */
  /** After "joins us", what a guest comes for: "X, who joins us from Anthropic, to discuss …" is on a panel, not hired. */
  guestPurposes: { en: ['to discuss', 'to talk', 'to explain', 'to share', 'to debate', 'to present', 'to speak'] },
  joinsUs: { en: ['joins us', 'joined us', 'joining us', 'join us', 'welcome to the team', 'welcome aboard', 'to our team', 'join our team', 'joins our team', 'joined our team'] },
  /**
   * A headline that makes the article a look back ("A timeline of OpenAI's leadership exits", "The year in AI talent",
   * "盘点：…这些年走出的AI大牛"): its moves are background, except one told as just now ("this week", "近日").
   */
  recapHeadlines: {
    en: ['a timeline of', 'timeline:', 'the year in', 'year in review', 'a look back', 'looking back', 'retrospective', 'moves that mattered', 'biggest moves of', 'a history of'],
    // (Not 盘点 alone: "盘点本月大模型公司人事变动" rounds up this month's news.)
    zh: ['回顾', '这些年', '年度盘点', '大事记', '历年'],
  },
  /** Words that tell a move as just now, in an article that otherwise looks back. */
  justNow: {
    en: ['this week', 'today', 'yesterday', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'this month', 'just', 'now'],
    zh: ['近日', '本周', '本月', '今日', '今天', '昨日', '昨天', '日前', '刚刚', '目前', '最新'],
  },
  /** Words that open with 传 and are no "reportedly": 传统, 传媒 … (传闻, 传言 and 传出 are rumour words of their own). */
  wordsOpeningWithChuan: { zh: ['统', '播', '媒', '输', '递', '感', '承', '奇', '说', '真', '授', '染', '唤', '达', '记', '单', '球', '送'] },
  /** Words of the time to come: "she would be working at Mistral AI" is where she goes, "will lead" no past post. */
  toCome: { en: ['will', 'would', 'is going to', 'plans to'] },
  /** After "she will", work at a place: "she would be working on training at Mistral AI". */
  worksAt: { en: ['working', 'work', 'lead', 'leading', 'focus', 'focusing'] },
  /** After a scoop's "X to Y", a source at most: "…, per two people familiar". */
  shorthandSources: { en: ['per', 'according to', 'sources', 'reportedly'] },
  /**
   * The labels of a fact card's lines ("Person: X", "Previous role: …", "New role: …", "姓名：X", "原职务：…", "新职务：…").
   * (Not "现任": a post held now, as a speaker's card gives it, is no move.)
   */
  cardLabels: {
    person: { en: ['person', 'name', 'who', 'executive', 'hire'], zh: ['姓名', '人物'] },
    previous: {
      en: ['previous role', 'previous position', 'previous post', 'previous employer', 'former role', 'former position', 'previously', 'previous', 'leaving', 'from', 'old role'],
      zh: ['原职务', '原职位', '原任职', '原单位', '原任', '前职务'],
    },
    next: { en: ['new role', 'new position', 'new post', 'new title', 'new employer', 'new', 'joining', 'to'], zh: ['新职务', '新职位', '新任职', '新单位', '新岗位'] },
    role: { en: ['role', 'title', 'position'], zh: ['职务', '职位'] },
    move: { en: ['move', 'the move'], zh: ['变动', '去向'] },
  },
  /** A table's column names ("Name | From | To | Role", "姓名 | 原单位 | 新单位 | 职务"): whose row, where from, where to, the post. */
  tableColumns: {
    person: { en: ['name', 'person', 'who', 'executive'], zh: ['姓名', '人物', '人员'] },
    from: {
      en: ['from', 'left', 'previously', 'previous', 'previous employer', 'old employer', 'former employer', 'leaving'],
      zh: ['原单位', '原公司', '原任职', '原东家', '离开', '前东家'],
    },
    to: { en: ['to', 'joined', 'joining', 'now', 'new', 'new employer', 'destination'], zh: ['新单位', '新公司', '去向', '现任职', '新东家', '加入'] },
    role: { en: ['role', 'title', 'position', 'new role', 'new title'], zh: ['职务', '职位', '新职务'] },
  },
  /** "正与DeepSeek洽谈加入": talks with an org about joining it, between 与 and the move word. */
  talksWith: { zh: ['洽谈', '商谈', '谈判', '接触', '沟通', '协商', '商议'] },
  /** Before a word of confirming, what makes it one still to come ("最快月底官宣", "is expected to announce"): no confirmation yet. */
  confirmationToCome: {
    en: ['expected to', 'will', 'would', 'could', 'may', 'plans to', 'planning to', 'set to', 'yet to', 'has not', 'have not', 'not yet'],
    zh: ['最快', '将', '预计', '或将', '有望', '即将', '尚未', '未', '计划', '拟'],
  },
  /** A sentence of its own confirming what was told before it ("阿里云方面证实了这一消息"): narrower than `confirmed`, no announcing. */
  /** Before "to leave"/"to join" in its clause, an offer or a payment: what it is for is no move ("offered X $100 million to leave Google"). */
  offerVerbs: { en: ['offer', 'offers', 'offered', 'offering', 'pay', 'pays', 'paid', 'paying'] },
  /** After 回到母校, the words of a post there ("回到母校任教"): without them the return is a visit. */
  almaMaterPosts: { zh: ['任教', '执教', '任职', '工作', '担任', '出任', '加入', '全职'] },
  /** Words of a move only possible ("或将投身具身智能创业", "may start a company"), not one told as done or to come. */
  /** A founding only planned, in a sentence of its own after a departure: "She plans to start a company", "将赴美创业". */
  plannedFounding: { en: ['plans to', 'is planning to', 'intends to', 'hopes to', 'will'] },
  possibleOnly: { en: ['may', 'might', 'could', 'is considering', 'is weighing', 'is exploring'], zh: ['或将', '或', '可能', '或许', '考虑', '有意'] },
  /** The org's own word opening a sentence that tells a move ("商汤方面回应称，X因个人原因离开"): the move is confirmed. */
  officialStatement: {
    en: ['a spokesperson said', 'a spokeswoman said', 'a spokesman said', 'a company spokesperson said', 'the company said', 'the company says', 'the company confirmed', 'the company announced'],
    zh: ['方面回应称', '方面回应', '方面表示', '发言人表示', '官方回应称', '官方回应', '回应称', '回应表示'],
  },
  confirmsBefore: {
    en: [
      'confirmed the move',
      'confirmed the departure',
      'confirmed her departure',
      'confirmed his departure',
      'confirmed their departure',
      'confirmed the hire',
      'confirmed the appointment',
      'confirmed the news',
      'confirmed the report',
    ],
    zh: ['证实了这一消息', '证实这一消息', '证实了该消息', '证实该消息', '证实此事', '证实了此事', '确认了这一消息', '确认这一消息', '消息属实'],
  },
  /** Posts named after 转任 that make it a new title, not a way out. */
  namedPosts: { zh: ['主席', '董事长', '总裁', '首席', '官', '负责人', '总监', '总经理', '院长', '主任', '科学家'] },
  /** The writer as a subject: "I've joined", "I am leaving". */
  firstPersonSubjects: { en: ['i', "i'm", "i've", 'i am', 'i have', 'i’m', 'i’ve'] },
  /** A move told by its poster after "I": "I've joined", "I'm starting" (what makes "I" in the next sentence the poster). */
  firstPersonMoves: { en: ['joined', 'started', 'starting', 'left', 'moved'] },
  /** What an org does when it tells the news itself: ", Meta said on Thursday", "it said X would join". */
  statementVerbs: { en: ['said', 'says', 'announced', 'confirmed'], zh: ['表示', '称', '说', '认为', '介绍', '指出', '透露'] },
  firstPerson: { en: ['i', "i'm", "i've", "i'll", 'my', 'me', 'i’m', 'i’ve', 'i’ll'], zh: ['我'] },
  /** Where someone who left works now: "目前已在Anthropic上班" (before the org, then after it). */
  nowAt: { zh: ['目前', '现在', '如今', '现'] },
  worksThere: { zh: ['上班', '工作', '任职', '就职'] },
  /** How a sentence of a post opens with its "I'm" left out: "Excited for what's next at …", "Thrilled to join …". */
  elidedFirstPerson: { en: ['excited', 'thrilled', 'grateful', 'happy', 'humbled', 'proud', 'honored', 'honoured', "can't wait", 'can’t wait', 'looking forward'] },
  /** What ends a stint in a mover's own words: "my time at OpenAI has come to an end". */
  stintEnds: { en: ['has come to an end', 'came to an end', 'comes to an end', 'is coming to an end', 'is over', 'has ended', 'ends', 'ended'] },
  /** What may stand between a subject and its verb: "he had left", "she will be joining". */
  auxiliaries: { en: ['had', 'has', 'have', 'is', 'was', 'will', 'would', 'be', 'been'] },
  /** A reorganisation, in a headline or lead: the article's "X担任Y" are appointments. */
  reorganisation: {
    en: [
      'reorganization',
      'reorganisation',
      'reorganizes',
      'reorganises',
      'reorganizing',
      'reorganising',
      'restructures',
      'splits its',
      'reshuffle',
      'reshuffles',
      'restructuring',
      'shake-up',
      'shakeup',
      'shakes up',
      'leadership changes',
      'leadership change',
      'executive changes',
      'management changes',
      // An announcement of appointments is one too: its "joins as head of sales" joins the org that announces.
      'leadership appointments',
      'executive appointments',
      'senior appointments',
      'expands its leadership',
      'expands leadership',
      'strengthens its leadership',
      'bolsters its leadership',
    ],
    zh: ['组织调整', '架构调整', '组织架构调整', '组织架构', '人事调整', '人事变动', '人事任命', '组织变革', '架构升级', '换帅'],
  },
  /** Verbs of rising in the same org: with no org named, the post is where the old one was ("原…负责人X升任…"). */
  riseVerbs: { en: ['was promoted', 'has been promoted', 'is promoted', 'promoted to', 'was elevated', 'has been elevated'], zh: ['升任', '晋升', '晋升为', '升为', '提升为', '擢升'] },
  /** Verbs of a new post, which "现" before them dates rather than continues ("现调任…"). */
  changeVerbs: { zh: ['调任', '调任至', '调往', '转任', '升任', '晋升', '晋升为', '改任', '调岗', '调岗至', '转岗至', '轮岗至'] },
  /** Before a role word: the role goes on, nobody takes it ("继续担任", "目前担任", "remains"). */
  continuing: { en: ['remains', 'will remain', 'continues', 'will continue', 'still'], zh: ['继续', '仍', '仍然', '依旧', '目前', '现', '一直', '依然'] },
  /** Right before an org: where someone was, never where they go ("former Meta executive X", "前百度副总裁X"). */
  former: { en: ['former', 'ex'], zh: ['前', '原'] },
  /** Right before an org, a post held there in the past: "曾任Google DeepMind工程师的X". */
  heldBefore: { zh: ['曾任', '曾在', '曾是', '曾经在', '曾经是', '此前在', '此前任', '曾就职于'] },
  /** Right before an org, the one someone came up through ("系出阿里巴巴达摩院的工程师X"): a past one, and a stint told as who they are. */
  cameUpThrough: { zh: ['系出', '出身于', '出身'] },
  /** Pronouns that open a sentence but never a name ("Kaiming He" keeps its last word). */
  pronouns: { en: ['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'we', 'our'] },
} as const;

/** Time words and adverbs that open a clause about the person named just before its comma ("黎书言，近日被曝已加入…"). */
export const ZH_CLAUSE_OPENERS = ['近日', '日前', '近期', '目前', '如今', '现已', '正式', '已经', '今年', '本月', '上月', '最近', '同时', '此后', '随后', '此前', '选择', '决定', '宣布', '表示'];

/**
 * Characters of foreign names written in Chinese without a middle dot ("卡帕西", "奥特曼", "苏茨克维"): a run of them is a
 * name only where at least one is a character Chinese given names rarely use.
 */
export const ZH_TRANSLIT_CHARS = {
  all: '阿埃艾安奥巴拜班邦贝本比彼宾波伯博布查达戴丹德迪蒂丁杜多厄恩尔法凡菲芬费弗福盖冈戈格古哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库奎拉莱兰朗劳勒雷蕾里利莉林琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米缪莫姆穆纳娜奈南内尼涅纽诺帕佩彭皮珀普齐奇恰乔切琼萨塞桑瑟森沙尚舍什施史舒斯松苏索塔泰坦汤唐特提图托瓦万威维韦温沃乌西希夏谢辛休雅亚扬耶伊尤约扎泽詹兹茨',
  marker: '茨斯尔克姆帕奥曼维蒂伊卡夫弗泽兹娜莉瑟赫珀',
};

/** Characters around Chinese names (Simplified). */
export const ZH_NAME_CHARS = {
  /** May follow a name: the start of a predicate (verb, adverb, preposition) or punctuation. */
  after:
    '被已将宣正官确于在离加辞出跳转重回也因日近表称曾此从自以对向为今现昨还则再升晋担接获入不创成透坦认说指随亦便终仍刚均都早的双先相纷共联同负统主代暂分选决计打即拟或有连带全介归告,.:;、 ("「“和与及等又就最完',
  /** Surnames of two characters ("欧阳若辰", "司马云舟"); not 东方, 南宫 or 西门, which are also everyday words. */
  compoundSurnames:
    '欧阳 司马 上官 端木 令狐 诸葛 皇甫 公孙 慕容 司徒 夏侯 尉迟 长孙 宇文 澹台 独孤 申屠 轩辕 呼延 钟离 闻人 东郭 单于 濮阳 仲孙 公冶 宗政 淳于 鲜于 闾丘 万俟 公羊 太叔 颛孙 巫马 公西 漆雕 赫连 拓跋 梁丘 左丘' +
    // Japanese family names as Chinese news writes them in kanji ("佐藤健一", "高桥直树"): two characters, no Chinese
    // surname among them (not 山下, 小川, 前田 or 后藤, which open everyday words too).
    ' 佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 斋藤 清水 山崎 池田 桥本 阿部 石川 藤田 近藤 村上 远藤 青木 坂本 福田 西村 藤井 冈本 藤原 松田 竹内 野村',
  /** Titles of address after a name ("封一鸣博士"), which end it. */
  honorifics: '博士 教授 先生 女士 老师 院士',
  /** A count of the people just listed, right after the last name ("…、景若溪三人均已离职"). */
  peopleCounts: '两人 二人 三人 四人 五人 六人 两位 三位 四位 五位 六位',
  /** Words opening a predicate whose first character may also end a given name ("宋立正在…", not a name "宋立正"). */
  predicateOpeners: '正在 正与 正和 正同 正式 正准备 正筹备 正计划 正考虑 正打算 正洽谈 刚刚 刚从 提前 悄然 低调 随即 领导 带领 牵头 主导 没有 更新',
  /** Function words: end a name, and may follow a name at a clause start. */
  function: '已将被在从于也曾因受则',
  /** Adverbs that stand between a name and its move word ("宋立现调任", "宋立再度加盟"): never a name's third character there. */
  adverbs: '现仍又还均都亦再',
  /** A name never ends in these ("钱一鸣的离职" is 钱一鸣 and 的). */
  notNameEnd: '的了是在和与及之不',
  /** 之 may end a three-character name ("沈牧之已加盟") unless it opens one of these words (之后, 之前, 之一 …). */
  afterZhi: '后前一间中外下上内际所',
  /** The last character of a role word, which may stand right before a name ("董事会秘书钱一鸣"). */
  titleEnd: '官长裁监理师员人授士书事总',
  /** Time words ("于近日", "上月") end in these; they are never names. */
  timeEnd: '日月年天周',
  /** Joiners of a list of names ("马晓川和钱一鸣"). */
  listJoiners: '、和与及',
} as const;

/** How far (in characters) each rule looks. */
export const WINDOWS = {
  /** From an org to the person it describes, across a title ("清华大学教授X", "Google research lead X"). */
  titleBeforeName: 24,
  /** From an org to the person it describes in the same clause ("Meta researcher X", "the OpenAI co-founder X"). */
  orgBeforePerson: 64,
  /** From a person to the verb they are the subject of ("X joins", "X is set to join"). */
  subjectToVerb: 12,
  /** How many of an article's first sentences may describe a person whose move names no origin ("X, a researcher at OpenAI, said"). */
  describedInSentences: 4,
  /** From an org to a person set off by commas after the clause that describes them ("Scale AI's former chief operating officer, X,"). */
  orgBeforeApposition: 64,
  /** Before a move word, a "threatened to", "considering" or "if" still governs it. */
  hypotheticalReach: 24,
  /** Before a person, how far a founder's title may start ("Relay's founder and CEO, X"). */
  founderTitle: 28,
  /** After a hired person (or the last of a list of them), the words that may describe where they come from. */
  hiredDescription: 60,
  /** The same for an apposition set off by a comma (", the co-founder and chief executive of the AI agent startup Adept"). */
  hiredApposition: 100,
  /** After an active hire or dismissal, past a comma, its object may stand ("hired, after months of talks, X"). */
  objectReach: 40,
  /** A clause this short before the move word only sets its time ("In 2016,", "2010年,"). */
  leadingTimeClause: 24,
  /** A gloss in parentheses or a title between two names of a list. */
  listGloss: 40,
  /** How far before an org "former <title> of" may start ("the former chief operating officer of Figma"). */
  formerTitleReach: 48,
  /** After a word that opens a role, how far the person may be named, described first ("named former OpenAI researcher X chief scientist"). */
  roleAfterName: 48,
  /** How many sentences after an appointment the appointed person, opening one of their own, may be told to come from somewhere. */
  pastToldWithin: 4,
  /** How many sentences an article's lead may run before its first move (a source there covers the moves after it). */
  leadSentences: 6,
  /** From a plural move noun to the word that introduces its people. */
  listLead: 30,
  /** After a hire, the words read for a group that names nobody ("lures two Google DeepMind researchers"). */
  groupObject: 64,
  /** Before a name, how far back an epithet for a company may start ("the Toronto startup's head of sales, X"). */
  epithetReach: 48,
  /** From a Chinese move word to the 后 that makes it a time clause. */
  timeClauseSpan: 16,
  /** The words of a move verb's object read for a workplace ("the fast-growing Paris-based AI startup"), up to the first of `objectEnds`. */
  leaveObjectWords: 8,
  /** After a founding word, how far the new company's name may run ("has founded Tessellate Robotics, a startup"). */
  newCompanyName: 80,
  /** From a connector ("from", "从") to its org. */
  connectorReach: 48,
  /** From a name to an org in parentheses after it ("Emeka Obi (formerly of Google DeepMind)"). */
  parenOrigin: 20,
  /** How far after the last name of a hire list its own "from" may stand ("… and C from Meta"). */
  originAfterLast: 8,
  /** An org this close to a move word makes an item worth the language model's reading. */
  nearMoveWord: 120,
  /** A Title-Case sentence: at least this many words besides the small ones, at most this share lowercase. */
  titleCaseMinWords: 4,
  /** Before a move word, how far a negator with its fillers may start ("was not among those laid off"). */
  negationReach: 32,
  /** After "转战", "赴任", how far on the org they go to may stand ("已转战马斯克旗下的xAI"). */
  orgSoonAfter: 8,
  titleCaseLowerShare: 0.1,
} as const;
