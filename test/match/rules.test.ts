import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Move, Watch } from '../../src/domain.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { buildMatchIndex, type MatchIndex } from '../../src/match/watch-index.js';
import { recognize } from '../../src/match/recognize.js';
import { concernsAWatch, scanText } from '../../src/match/mentions.js';
import { RULES, type RuleId } from '../../src/match/rules.js';
import type { TriggerCondition } from '../../src/match/lexicon.js';
import { root } from '../helpers/cli.js';
import { orgWatch, personWatch } from '../helpers/watches.js';

// Each class of wording the recogniser once missed, as a rule and the cases it must read.
const catalog = loadCatalog(path.join(root, 'config/orgs.yaml'));
const ORGS = ['Mistral AI', 'Tencent', 'Baidu', 'Moonshot AI', 'Cohere', 'Microsoft', 'Google', 'Anthropic', 'xAI', 'OpenAI', 'Meta', 'Nimbus Labs'];
const watches: Watch[] = [
  ...ORGS.map((name, i) => orgWatch(name, { id: 100 + i })),
  personWatch('Priya Raman'),
  // (Watched by a pinyin name: Chinese text writes them in characters.)
  personWatch('Tang Yifan', { id: 2 }),
  // (Watched by a double surname a body may cut short.)
  personWatch('Ana García-López', { id: 3 }),
];
const index = buildMatchIndex(watches, catalog);

/** "person:event:from→to" for each move, with "-" for an end not named. */
describe('the three-hundred-and-eighteenth to twenty-second batches (own words, the passive, universities, roundups): what their blind scores showed', () => {
  it('gives a departure the post the person is named by, before or after the name, in English and Chinese', () => {
    const moves = (text: string) => movesAs(text, ['person', 'event', 'role']);
    expect(moves("Xiaomi's head of large models, Tang Yiwen, has left the company.")).toEqual(['Tang Yiwen:departure:Head of Large Models']);
    expect(moves('Ana Ruiz, vice president of engineering at Mistral AI, has resigned.')).toEqual(['Ana Ruiz:departure:Vice President of Engineering']);
    expect(moves('Over at Cohere, communications chief Ana Ruiz is stepping down after two years.')).toEqual(['Ana Ruiz:departure:Communications Chief']);
    expect(moves('【百度】百度副总裁、文心一言技术负责人樊晓岚卸任。')).toEqual(['樊晓岚:departure:Vice President']);
    expect(moves('OpenAI co-founder Ana Ruiz is leaving.')).toEqual(['Ana Ruiz:departure:Co-founder']);
  });

  it('gives no held title where it is a past one, or where the move goes somewhere (a join takes the post it goes to)', () => {
    const moves = (text: string) => movesAs(text, ['person', 'role']);
    expect(moves('Ana Ruiz, a former Google researcher, has left OpenAI.')).toEqual(['Ana Ruiz:-']);
    expect(moves('Ana Ruiz, a research director at Meta, is joining Anthropic.')).toEqual(['Ana Ruiz:-']);
    expect(moves('Ana Ruiz joined Mistral AI as general counsel.')).toEqual(['Ana Ruiz:General Counsel']);
  });

  it('reads compound surnames, and a four-character name before 和 and a word that opens the predicate', () => {
    const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
    expect(moves('百度前副总裁单于明哲日前加盟浙江大学。')).toEqual(['单于明哲:join:Baidu→Zhejiang University']);
    expect(moves('原微软亚洲研究院副院长濮阳清和正式出任智源研究院院长。')).toEqual(['濮阳清和:join:Microsoft→BAAI']);
    expect(moves('中国科学院院士仲孙立德将出任小米集团首席科学家。').map((m) => m.split(':')[0])).toEqual(['仲孙立德']);
  });

  it('reads "不存在任职一事" as a denial', () => {
    expect(movesAs('针对网传王立德将兼任小米首席科学家一事，小米方面回应称，“不存在任职一事”。', ['person', 'status'])).toEqual(['王立德:denied']);
  });

  it('reads "据量子位了解" as an outlet\'s scoop, and "记者从浙江大学获悉" as the org\'s own word', () => {
    const moves = (text: string) => movesAs(text, ['person', 'status']);
    expect(moves('据量子位了解，清华大学副教授闻人书远已于近日加入字节跳动。')).toEqual(['闻人书远:rumoured']);
    expect(moves('记者从浙江大学获悉，百度前副总裁单于明哲日前加盟浙江大学。')).toEqual(['单于明哲:reported']);
    expect(moves('记者从腾讯内部获悉，宋立已加入腾讯。')).toEqual(['宋立:rumoured']);
  });

  it('keeps a promotion a promotion: the "from" of an aside about an old move, and a noun whose object is unnamed', () => {
    const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
    expect(
      moves(
        'Microsoft has promoted Ana Ruiz to corporate vice president of Copilot engineering. Ruiz, who came to Microsoft from Amazon in 2021, has been elevated to the role after the departure of her predecessor.',
      ),
    ).toEqual(['Ana Ruiz:promotion:-→Microsoft']);
  });

  it('finds no org left inside the cause of leaving, and a move told twice is as sure as its surer telling', () => {
    const r = recognize(
      "Apple's senior director of machine learning research, Ana Ruiz, was pushed out after a review of the Siri overhaul, people familiar with the decision said. She has since been replaced by Ben Cole, who joins from Google.",
      index,
      { year: 2026 },
    );
    const left = r.moves.find((m) => m.person === 'Ana Ruiz')!;
    expect([left.event, left.from?.org, left.status]).toEqual(['departure', 'Apple', 'rumoured']);
    expect(left.confidence).toBeGreaterThanOrEqual(0.6); // (A stint after "after" still names the org left.)
    expect(movesAs('Ana Ruiz has left after a decade at Google.', ['person', 'ends'])).toEqual(['Ana Ruiz:Google→-']);
  });

  it('reads a first-person "I join" in a quote, with the stint the quote opens with as the origin', () => {
    expect(movesAs('“After seven wonderful years at Google DeepMind, I’m starting something new: next week I join Anthropic,” Ana Ruiz wrote on X.', ['person', 'event', 'ends'])).toEqual([
      'Ana Ruiz:join:Google→Anthropic',
    ]);
  });

  it('hires a name with a particle ("brought in Pieter de Graaf"), and reads a post at another org than the title\'s as a join', () => {
    expect(movesAs('Mistral AI has brought in Pieter de Graaf to run its go-to-market organisation.', ['person', 'event', 'ends'])).toEqual(['Pieter de Graaf:join:-→Mistral AI']);
    expect(movesAs('百度副总裁宋立出任腾讯首席科学家。', ['person', 'event', 'ends'])).toEqual(['宋立:join:Baidu→Tencent']);
  });

  it('reads a join to an org "where he had worked before" as a return', () => {
    expect(movesAs('Ana Ruiz was poached by OpenAI, where she had worked before.', ['person', 'event'])).toEqual(['Ana Ruiz:return']);
    expect(movesAs('Ana Ruiz has joined OpenAI, where she will lead safety.', ['person', 'event'])).toEqual(['Ana Ruiz:join']);
  });
});

describe('the three-hundred-and-twenty-third to -sixth batches (filings, successions, names across scripts, look-alikes): what their blind scores showed', () => {
  it('reads an exchange filing: a company\'s legal name is no person, "the appointment of Dr. X", "Dr. Ho" after "Ho Wing Sze"', () => {
    expect(
      movesAs(
        'The board of directors of Alibaba Group Holding Limited is pleased to announce the appointment of Dr. Ho Wing Sze as Chief Technology Officer. Dr. Ho previously served as a distinguished scientist at Google.',
        ['person', 'event', 'ends'],
      ),
    ).toEqual(['Ho Wing Sze:join:Google→Alibaba']);
  });

  it('takes a secretary\'s post, with "as" after the word of appointing', () => {
    expect(movesAs('Tencent said that Mr. Wong Ka Fai has been appointed as a joint company secretary.', ['person', 'role'])).toEqual(['Wong Ka Fai:Joint Company Secretary']);
  });

  it('ends a list before the last name after a relative aside with no "and", and gives one who leaves no post told after the next mover', () => {
    expect(movesAs("Following the exit of Ana Ruiz, who led xAI's data centre build-out, Ben Cole will serve as acting head of infrastructure.", ['person', 'event', 'ends', 'role'])).toEqual([
      'Ana Ruiz:departure:xAI→-:-',
      'Ben Cole:promotion:-→xAI:Acting Head of Infrastructure',
    ]);
    // (Not an org an aside moves to: "who joined Meta" is where Ben Cole went, not where anyone left.)
    expect(
      movesAs('Other notable exits include Ana Ruiz, who left earlier this month, Ben Cole, who joined Meta in August, and Tom Berg, who recently moved to Reflection AI.', ['person', 'ends']),
    ).toEqual(['Ana Ruiz:-→-', 'Ben Cole:-→Meta', 'Tom Berg:-→Reflection AI']);
  });

  it('reads a departure after "…后" when the move after it is someone else\'s, and ends a name before 此后', () => {
    expect(movesAs('腾讯混元大模型原负责人庞一鸣卸任后，由腾讯首席科学家吕书涵接棒。', ['person', 'event'])).toEqual(['庞一鸣:departure', '吕书涵:promotion']);
    expect(movesAs('百度智能云总裁熊思齐已离职，熊思齐此后将专注个人事务。', ['person'])).toEqual(['熊思齐']);
  });

  it.each<[string, string]>([
    ['the departure of a counted group names nobody', 'Ana Ruiz said in an interview that the departure of so many researchers from OpenAI this year showed how fierce competition had become.'],
    ['a return to give a talk is a visit', "Former Google engineer Ana Ruiz returned to Google's Zurich office on Tuesday, where she had worked for a decade, to give a talk."],
    ["a speaker about a counted group's departures is not who left", '阿里云副总裁谢清源在大会上谈到近期多位研究员离职一事时表示，人才流动是行业的正常现象。'],
  ])('reads no move: %s', (_, text) => {
    expect(recognize(text, index, { year: 2026 }).moves).toEqual([]);
  });
});

describe('the three-hundred-and-twenty-seventh to thirtieth batches (hedges, aliases, business press): what their blind scores showed', () => {
  it('reads a nickname in an aside ("known to colleagues as Sasha") as the person before it, not someone else', () => {
    expect(movesAs('Aleksandra Petrova, known to colleagues as Sasha, has joined Anthropic. Sasha Petrov, a Google engineer, has not moved.', ['person', 'event'])).toEqual([
      'Aleksandra Petrova:join',
    ]);
  });

  it('reads "is exiting the company" as a departure', () => {
    expect(movesAs('Ana Ruiz, who led the group, is exiting the company, and Ben Cole will take charge of a combined unit at Microsoft.', ['person', 'event'])).toEqual([
      'Ana Ruiz:departure',
      'Ben Cole:promotion',
    ]);
  });

  it('takes "the company also named X" to be the org an earlier sentence opens with, and the aside\'s past post as the origin', () => {
    expect(
      movesAs(
        'Microsoft shares rose 3% after the company announced a new partnership. The company also named Ana Ruiz, who previously led AI hardware at Google, as general manager of its data centre AI group.',
        ['person', 'event', 'ends'],
      ),
    ).toEqual(['Ana Ruiz:join:Google→Microsoft']);
  });
});

describe('the three-hundred-and-thirty-first and -second batches (a person referred to by a description): what their blind scores showed', () => {
  it('gives the post a sentence tells with nobody named to the person the next sentence says starts in it', () => {
    expect(
      movesAs('Meta has a new director of research for its superintelligence lab. Ana Ruiz, a Stanford PhD who spent six years at Microsoft Research, starts on Monday, the company confirmed.', [
        'person',
        'event',
        'ends',
      ]),
    ).toEqual(['Ana Ruiz:join:Microsoft→Meta']);
  });

  it("reads a post at another org than the one the antecedent's sentence names as a join", () => {
    expect(
      movesAs("Ana Ruiz spent five years leading OpenAI's go-to-market team before leaving in the spring. The former executive has now been named chief operating officer of Perplexity.", [
        'person',
        'event',
        'ends',
      ]),
    ).toEqual(['Ana Ruiz:join:OpenAI→Perplexity']);
  });
});

describe('the three-hundred-and-thirty-third and -fourth batches (cut feed text, Chinese posts after the name): what their blind scores showed', () => {
  it('reads a name before 先生 or 女士 whatever its surname, but not 这位女士', () => {
    expect(movesAs('快手宣布，盖书航先生将出任可灵AI事业部负责人。', ['person', 'event', 'ends'])).toEqual(['盖书航:promotion:-→Kuaishou']);
    expect(movesAs('该公司表示，这位女士已离职。', ['person'])).toEqual([]);
  });

  it('ends a name before 选择, 决定, 宣布 or 表示, so "他" in the next sentence is that person', () => {
    expect(movesAs('2023年，时任OpenAI研究员的蓟明远选择回国创业。如今，他已加入字节跳动。', ['person', 'event', 'ends'])).toEqual(['蓟明远:join:OpenAI→ByteDance']);
  });
});

describe("the three-hundred-and-thirty-fifth and -sixth batches (companies' moves, rosters): what their blind scores showed", () => {
  it("gives those a counted hire names, with a join word of their own, the counted hire's ends", () => {
    expect(
      movesAs('Microsoft AI has hired three researchers from Google DeepMind in the past month. Ana Ruiz and Ben Cole joined in October; Tomas Berg followed last week.', ['person', 'event', 'ends']),
    ).toEqual(['Ana Ruiz:join:Google→Microsoft', 'Ben Cole:join:Google→Microsoft', 'Tomas Berg:join:Google→Microsoft']);
  });

  it('reads "Two others, A and B, …" in an article about departures from one org as two more', () => {
    expect(
      movesAs(
        "Meta's superintelligence unit keeps shedding researchers\nAt least five researchers have left Meta Superintelligence Labs. Two others, Ana Ruiz and Ben Cole, have not said where they are going.",
        ['person', 'event', 'ends'],
      ),
    ).toEqual(['Ana Ruiz:departure:Meta→-', 'Ben Cole:departure:Meta→-']);
  });
});

describe('the three-hundred-and-thirty-seventh and -eighth batches (timelines, Chinese first-person posts): what their blind scores showed', () => {
  it('reads 从字节毕业了 as leaving, not 从清华毕业, and takes the org of 从 before the move word over one past the comma', () => {
    expect(movesAs('前字节跳动研究员仲书言今日在朋友圈写道：“从字节毕业了，新的征程从智谱开始。”', ['person', 'event', 'ends'])).toEqual(['仲书言:departure:ByteDance→-']);
    expect(movesAs('宋立今年从清华毕业了。', ['person'])).toEqual([]);
  });

  it('reads 现在在 after leaving as where the one who left is now', () => {
    expect(movesAs('前腾讯研究员邝思远近日从腾讯混元离职，现在在月之暗面做强化学习。', ['person', 'event', 'ends'])).toEqual(['邝思远:departure:Tencent→Moonshot AI']);
  });

  it('looks past a bare question for where an appointed person came from', () => {
    expect(
      movesAs('Google this week named Ana Ruiz its head of AI safety. Who is she? Ruiz spent nine years at Microsoft Research, most recently leading its responsible AI team.', [
        'person',
        'event',
        'ends',
      ]),
    ).toEqual(['Ana Ruiz:join:Microsoft→Google']);
  });
});

describe('the three-hundred-and-twenty-eighth batch, its role left (a post the next sentence says was held)', () => {
  it('gives a departure the post the sentence after says the person (or 他/她) held, and not one someone else held', () => {
    expect(movesAs('贺思远已从百度离职。贺思远此前担任百度文心大模型技术负责人，在百度工作了八年。', ['person', 'role'])).toEqual(['贺思远:Technical Lead']);
    expect(movesAs('宋立已从百度离职。他此前担任百度副总裁。', ['person', 'role'])).toEqual(['宋立:Vice President']);
    expect(movesAs('宋立已从百度离职。此前，钱一鸣担任百度副总裁。', ['person', 'role'])).toEqual(['宋立:-']);
  });
});

describe('the three-hundred-and-thirty-ninth batch (Korean and Japanese names): what its blind score showed', () => {
  it('reads the Korean surname 朴 (not 朴素), LG AI研究院, and Upstage as an org', () => {
    expect(movesAs('Naver前AI实验室负责人朴志勋已加入三星电子。', ['person', 'ends'])).toEqual(['朴志勋:Naver→Samsung']);
    expect(movesAs('LG AI研究院高级研究员崔秀妍已离开LG，加入OpenAI首尔办公室。', ['person', 'ends'])).toEqual(['崔秀妍:LG AI Research→OpenAI']);
    expect(movesAs('Kim Min-jae has stepped down from Kakao to join Upstage as chief product officer.', ['person', 'ends'])).toEqual(['Kim Min-jae:Kakao→Upstage']);
    expect(movesAs('他的风格朴素低调，近日已离职。', ['person'])).toEqual([]);
  });
});

describe('the three-hundred-and-fortieth batch (business press in India, the UK and Australia): what its blind score showed', () => {
  it("reads the business press's words for a move: roped in, onboarded, come on board at, bid adieu to, has moved on from, put in his papers", () => {
    const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
    expect(moves('Krutrim has roped in former Google researcher Ananya Iyer as head of its foundation models team.')).toEqual(['Ananya Iyer:join:Google→Krutrim']);
    expect(moves('Perplexity has onboarded Sameer Kulkarni, previously with Amazon Web Services, to lead its India expansion.')).toEqual(['Sameer Kulkarni:join:Amazon→Perplexity']);
    expect(moves('Kavya Reddy, formerly a research scientist with Meta AI, has come on board at Krutrim as vice-president of engineering.')).toEqual(['Kavya Reddy:join:Meta→Krutrim']);
    expect(moves("Krutrim's chief scientist Nikhil Bose has bid adieu to the company.")).toEqual(['Nikhil Bose:departure:Krutrim→-']);
    expect(moves('Priyanka Sharma has moved on from Nvidia after a seven-year stint.')).toEqual(['Priyanka Sharma:departure:Nvidia→-']);
    expect(moves('Rohan Mehta, who heads applied AI for Microsoft in India, has put in his papers.')).toEqual(['Rohan Mehta:departure:Microsoft→-']);
    // (Roped in and onboarded only before a name.)
    expect(moves('Ana Ruiz said Krutrim has roped in new investors and onboarded its first customers.')).toEqual([]);
  });

  it('reads "people aware of the development said" and ", sources said" as unconfirmed', () => {
    expect(movesAs('Rohan Mehta will join Sarvam AI as chief technology officer, people aware of the development said.', ['person', 'status'])).toEqual(['Rohan Mehta:rumoured']);
    expect(movesAs('Perplexity has hired Sameer Kulkarni from Amazon, sources said.', ['person', 'status'])).toEqual(['Sameer Kulkarni:rumoured']);
  });

  it('keeps a reported departure reported when only the next step, which names no org, is hedged', () => {
    const text = 'Priyanka Sharma has moved on from Nvidia after seven years. She is set to join a stealth-mode startup in Bengaluru.';
    expect(movesAs(text, ['person', 'event', 'status'])).toEqual(['Priyanka Sharma:departure:reported']);
    expect(movesAs('Priyanka Sharma has moved on from Nvidia. She is set to join Anthropic.', ['person', 'ends', 'status'])).toEqual(['Priyanka Sharma:Nvidia→Anthropic:rumoured']);
  });

  it("gives an unnamed post's departure to the person the next sentence names as holding it, with the post as its role", () => {
    const text = "Mistral AI's chief executive is to step down at the end of the month, the company said. Ana Ruiz, who took the top job in 2024, will stay on as an adviser.";
    expect(movesAs(text, ['person', 'event', 'ends', 'role'])).toEqual(['Ana Ruiz:departure:Mistral AI→-:Chief Executive']);
    // (Not one who speaks of it, nor after an unnamed subject that is no post.)
    expect(movesAs("Mistral AI's chief executive is to step down, the company said. Ana Ruiz, who has led its board since 2021, said a search had begun.", ['person'])).toEqual([]);
    expect(movesAs('Several people are to leave Mistral AI this month. Ana Ruiz, who joined in 2024, will stay on.', ['person'])).toEqual([]);
  });

  it('knows Canva, Atlassian, Infosys, Wipro, Flipkart, Airbus and Booking.com as workplaces', () => {
    expect(movesAs("Canva's head of AI Liam O'Connor has been poached by Anthropic.", ['person', 'ends'])).toEqual(["Liam O'Connor:Canva→Anthropic"]);
    expect(movesAs('Anthropic has hired Pieter de Graaf from Booking.com.', ['person', 'ends'])).toEqual(['Pieter de Graaf:Booking.com→Anthropic']);
  });
});

describe('the three-hundred-and-forty-first batch (newsletters with labelled lines): what its blind score showed', () => {
  it("gives an unnamed post's departure to the person a labelled line names, who tells their own staff, past an aside's own move word", () => {
    const text =
      "What's happening: OpenAI's hardware chief is leaving the company.\n\nZoom in: Ana Ruiz, who joined from Apple in 2024 to build its first device, told staff on Friday that she plans to take time off.";
    expect(movesAs(text, ['person', 'event', 'ends', 'role'])).toEqual(['Ana Ruiz:departure:OpenAI→-:Hardware Chief']);
    // (Telling others about it is no leaving: "said a search had begun".)
    expect(movesAs("What's happening: OpenAI's hardware chief is leaving.\n\nZoom in: Ana Ruiz, who has led its board since 2023, said a search had begun.", ['person'])).toEqual([]);
  });

  it('reads "has added Meta researcher X to its technical staff": an org and a description before the name', () => {
    expect(movesAs('Thinking Machines Lab has added Meta researcher Sofia Lindqvist to its technical staff.', ['person', 'ends'])).toEqual(['Sofia Lindqvist:Meta→Thinking Machines Lab']);
    expect(movesAs('Cohere has added support for Google Drive to its chat app, Ana Ruiz said.', ['person'])).toEqual([]);
  });
});

describe('the three-hundred-and-forty-second batch (look-alikes of untried shapes): what its blind score showed', () => {
  it('takes as the origin the org an aside marks as the latest, not the first it names', () => {
    const moves = (text: string) => movesAs(text, ['person', 'ends']);
    expect(moves('Ana Ruiz, a founding member of Google Brain who spent the last three years at Cohere, has joined Anthropic.')).toEqual(['Ana Ruiz:Cohere→Anthropic']);
    expect(moves('Ana Ruiz, who helped build Google Brain and was most recently at Cohere, has joined Anthropic.')).toEqual(['Ana Ruiz:Cohere→Anthropic']);
    expect(moves('Ana Ruiz, a Google researcher who once interned at Cohere, has joined Anthropic.')).toEqual(['Ana Ruiz:Google→Anthropic']);
  });
});

describe("the three-hundred-and-forty-third batch (Chinese tech media's idioms for a move): what its blind score showed", () => {
  it('reads 挂印而去, 单飞, 空降, 走马上任 and 就任, 卸下…职务, 坐上…交椅, 另起炉灶', () => {
    const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
    expect(moves('智谱首席科学家宋立已于上月挂印而去。')).toEqual(['宋立:departure:Zhipu AI→-']);
    expect(moves('前百度副总裁宋立空降小红书。')).toEqual(['宋立:join:Baidu→Xiaohongshu']);
    expect(moves('前百度研究员庞思远近日走马上任，正式就任MiniMax首席技术官。')).toEqual(['庞思远:join:Baidu→MiniMax']);
    expect(moves('百度副总裁宋立卸下总裁职务。')).toEqual(['宋立:departure:Baidu→-']);
    expect(moves('原DeepSeek研究员凌霄云坐上小米大模型团队负责人的交椅。')).toEqual(['凌霄云:join:DeepSeek→Xiaomi']);
    expect(moves('前阿里云总经理沐子言近日另起炉灶，创办了一家AI公司。')).toEqual(['沐子言:founding:Alibaba→-']);
    // (卸下 and 坐上 only before a word of a post.)
    expect(moves('宋立表示，团队终于卸下心理包袱。')).toEqual([]);
    expect(moves('宋立坐上小米汽车前往发布会。')).toEqual([]);
  });

  it('names the company a founding makes by the quoted name after its noun, and reads no move word as a name', () => {
    const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
    expect(moves('前字节大模型骨干单飞\n字节跳动Seed团队前多模态负责人冉启航已离开字节单飞，成立了一家专注视频生成的初创公司“流形智能”。')).toEqual(['冉启航:founding:ByteDance→流形智能']);
    expect(moves('阿里云前总经理俞嘉树已创办AI基础设施公司“算衡科技”。')).toEqual(['俞嘉树:founding:Alibaba→算衡科技']);
  });

  it("reads a Chinese role after an org's Latin name, and not a post kept or taken after leaving as the one left", () => {
    expect(movesAs('前百度研究员庞思远出任MiniMax首席技术官。', ['person', 'role'])).toEqual(['庞思远:CTO']);
    expect(movesAs('百度智能云事业群总裁韦一鸣卸下总裁职务，退居幕后担任集团顾问。', ['person', 'role'])).toEqual(['韦一鸣:President']);
  });
});

describe('the three-hundred-and-forty-fourth batch (person watches beside moves not theirs): what its blind score showed', () => {
  it('reads a watched surname with another given name before it as a namesake, and a bare surname as the namesake the article names', () => {
    expect(movesAs('Vikram Raman has left Meta.', ['person'])).toEqual(['Vikram Raman']);
    const text = "Vikram Raman, who ran Meta's AI training clusters, has left the company. Raman is expected to join a startup founded by former colleagues.";
    expect(movesAs(text, ['person', 'event', 'status'])).toEqual(['Vikram Raman:departure:reported']);
    // (The watched person named in full keeps the bare surname theirs; so does an honorific.)
    expect(movesAs('Priya Raman has left Meta. Raman is joining Anthropic.', ['person', 'ends'])).toEqual(['Priya Raman:Meta→Anthropic']);
    expect(movesAs('Priya Raman has left Meta, and Dr. Raman will join Anthropic next month.', ['person'])).toEqual(['Priya Raman']);
    // (Nor is a given name the watched one's, written with an accent or in full: "Príya", "Priyanka" for "Priya".)
    expect(movesAs('Príya Raman has left Meta.', ['person'])).toEqual(['Priya Raman']);
    expect(movesAs('Priyanka Raman has left Meta.', ['person'])).toEqual(['Priya Raman']);
  });

  it('takes a group opening the sentence, with a relative clause about it, as the subject, not the person that clause names', () => {
    expect(movesAs("Three researchers who reported to Priya Raman at Meta's superintelligence lab have left for OpenAI.", ['person'])).toEqual([]);
    expect(movesAs('Engineers who worked with Ana Ruiz on Llama have joined Mistral AI.', ['person'])).toEqual([]);
    expect(movesAs('Ana Ruiz and two researchers who worked with her have joined Mistral AI.', ['person'])).toEqual(['Ana Ruiz']);
    expect(movesAs('Several researchers who built Llama have left Meta for Mistral AI, including Ana Ruiz.', ['person'])).toEqual(['Ana Ruiz']);
  });
});

describe('the three-hundred-and-forty-fifth batch (Chinese person watches beside moves not theirs): what its blind score showed', () => {
  const watchingSongLi = buildMatchIndex([...watches, ...['宋立', '邵云帆'].map((name, i) => personWatch(name, { id: 2 + i }))], catalog);
  const people = (text: string) => recognize(text, watchingSongLi, { year: 2026 }).moves.map((m) => `${m.person}:${m.event}`);

  it("reads a name one character longer than a watched one as someone else's where a clause opens after it, here or elsewhere in the article", () => {
    expect(people('阿里通义实验室前研究员宋立新已离职。')).toEqual(['宋立新:departure']);
    expect(people('宋立新创业\n阿里通义实验室前研究员宋立新已离职创业。')).toEqual(['宋立新:founding']);
    // ("宋立新加入腾讯": 新 is "newly", and the watched 宋立 joins.)
    expect(people('宋立新加入腾讯。')).toEqual(['宋立:join']);
  });

  it('reads the person before a hire of someone described and not named as the one who hires', () => {
    expect(people('邵云帆亲自招募前谷歌研究员\n据悉，智源研究院院长邵云帆亲自出面，从谷歌招募了研究员祁海川，后者将负责智源的多模态方向。')).toEqual(['祁海川:join']);
    expect(people('智源研究院院长邵云帆亲自招募前谷歌研究员')).toEqual([]);
  });

  it('reads a title across a product name with 一 in it, and 主席', () => {
    expect(movesAs('百度文心一言技术负责人宋立已于上周离职。', ['person', 'role'])).toEqual(['宋立:Technical Lead']);
    expect(movesAs('原智源研究院院长邵云帆正式加盟小米，出任集团技术委员会主席。', ['person', 'role'])).toEqual(['邵云帆:Chair']);
  });
});

describe('the three-hundred-and-forty-sixth batch (acqui-hires): what its blind score showed', () => {
  it('reads a founder leading a team into a lab (并入) as a join, and a business merged into a group as no move', () => {
    expect(movesAs('阿里巴巴完成收购，其创始人兼CEO费文轩将带领团队整体并入通义实验室。', ['person', 'event'])).toEqual(['费文轩:join']);
    expect(movesAs('阿里巴巴宣布，旗下本地生活业务并入淘天集团，宋立表示欢迎。', ['person'])).toEqual([]);
  });
});

describe('the three-hundred-and-forty-seventh batch (the latest to leave, in an exodus story): what its blind score showed', () => {
  it("reads an imperative opening a sentence as no part of a name, and an aside's second verb in the present as the news", () => {
    expect(movesAs('Add Ana Ruiz to the list of senior researchers leaving Cohere.', ['person'])).toEqual(['Ana Ruiz']);
    expect(movesAs("This time it's Ana Ruiz, who led the product team and is joining Perplexity.", ['person', 'event', 'ends'])).toEqual(['Ana Ruiz:join:-→Perplexity']);
    // (Not a second verb in the past: that is the aside's story.)
    expect(movesAs('Ana Ruiz, who led the product team and joined Perplexity in 2021, spoke on Monday.', ['person'])).toEqual([]);
  });

  it('reads a counted title as the role: the latest of its co-founders, the latest OpenAI co-founder, its third co-founder', () => {
    const roles = (text: string) => movesAs(text, ['person', 'role']);
    expect(roles('Ana Ruiz becomes the latest OpenAI co-founder to leave')).toEqual(['Ana Ruiz:Co-founder']);
    expect(roles("Cohere's exodus continues with the departure of its third co-founder in a month, Ana Ruiz.")).toEqual(['Ana Ruiz:Co-founder']);
    // (A word with a capital in it before the title is the org's name: "xAI co-founder X".)
    expect(roles('xAI co-founder Ana Ruiz leaves to start a venture firm — Financial Times')).toEqual(['Ana Ruiz:Co-founder']);
  });

  it('knows a company by the epithet news gives it: the iPhone maker, the Windows maker', () => {
    expect(movesAs("The iPhone maker's AI chief Ana Ruiz is leaving for Meta.", ['person', 'ends'])).toEqual(['Ana Ruiz:Apple→Meta']);
    expect(movesAs('Ana Ruiz has left the Windows maker to join Cohere.', ['person', 'ends'])).toEqual(['Ana Ruiz:Microsoft→Cohere']);
  });
});

describe('the three-hundred-and-forty-eighth batch (an org called by an epithet): what its blind score showed', () => {
  it('takes a title after the last 的 before a name as the post the person holds', () => {
    expect(movesAs('负责商业化的副总裁冼一鸣已于本月离开智谱。', ['person', 'role'])).toEqual(['冼一鸣:Vice President']);
  });

  it('gives one leaving a company called by an epithet the org the sentence before names', () => {
    const moves = (text: string) => movesAs(text, ['person', 'ends']);
    // (After a headline that names no org: the lead's org.)
    expect(moves('这家大模型独角兽再失一名高管\nMiniMax再失一名高管。这家大模型独角兽的首席运营官祖晓川已于近日离职。')).toEqual(['祖晓川:MiniMax→-']);
    expect(moves("A new model, and an exit\nCohere released a new model on Tuesday. The Toronto startup's head of sales, Ana Ruiz, has resigned.")).toEqual(['Ana Ruiz:Cohere→-']);
  });
});

describe('the three-hundred-and-forty-ninth batch (Chinese ways to end a post): what its blind score showed', () => {
  it('reads 卸去…一职, 免去…职务 (only before a post) and 从<company>“毕业”, and the post given up as the role', () => {
    expect(movesAs('阿里云智能集团资深副总裁邬晓辰已卸去阿里云CTO一职，将转任集团技术顾问。', ['person', 'event', 'ends', 'role'])).toEqual(['邬晓辰:departure:Alibaba→-:CTO']);
    expect(movesAs('小米大模型团队负责人骆思源近日在微博发文称，自己已于上周从小米“毕业”。', ['person', 'event', 'ends'])).toEqual(['骆思源:departure:Xiaomi→-']);
    expect(movesAs('宋立表示，京东将免去中小开发者调用大模型的手续费。', ['person'])).toEqual([]);
    expect(movesAs('曾在谷歌实习的匡一鸣今年夏天从清华大学“毕业”。', ['person'])).toEqual([]);
    // (The 去 of 辞去 is the move word's own, not a word of going to the org after it.)
    expect(movesAs('宋立因个人原因辞去百度副总裁职务。', ['person', 'ends', 'role'])).toEqual(['宋立:Baidu→-:Vice President']);
  });
});

describe('the three-hundred-and-fiftieth batch (newspaper house style): what its blind score showed', () => {
  it('reads the title an org says its own before the name, and ends a title "of" someone\'s org before it', () => {
    const roles = (text: string) => movesAs(text, ['person', 'role']);
    expect(roles('Microsoft said on Monday that its chief scientist for artificial intelligence, Ana Ruiz, would leave at the end of the month.')).toEqual(['Ana Ruiz:Chief Scientist']);
    expect(roles("Ana Ruiz, a co-founder of Elon Musk's xAI, has left the company.")).toEqual(['Ana Ruiz:Co-founder']);
    // (Not any "its": a new company's post is not the one left.)
    expect(roles('Three engineers from Google have spun out a startup. Its chief executive, Ana Ruiz, led a team there before leaving Google last month.')).toEqual(['Ana Ruiz:-']);
  });
});

describe('the three-hundred-and-fifty-first batch (European names and companies): what its blind score showed', () => {
  it('reads ter, ten, do, dos, das as surname particles, and knows Kyutai and SAP', () => {
    const moves = (text: string) => movesAs(text, ['person', 'ends']);
    expect(moves('Cohere co-founder Jan-Hendrik ter Horst has left the company.')).toEqual(['Jan-Hendrik ter Horst:Cohere→-']);
    expect(moves('Ana dos Santos has left Cohere.')).toEqual(['Ana dos Santos:Cohere→-']);
    expect(moves('Camille Le Goff, a researcher at the Paris lab Kyutai, has joined OpenAI.')).toEqual(['Camille Le Goff:Kyutai→OpenAI']);
    expect(moves('Cohere has named Ana Ruiz, previously a vice president at SAP, as chief executive.')).toEqual(['Ana Ruiz:SAP→Cohere']);
  });
});

describe('the three-hundred-and-fifty-second batch (headline and feature verbs): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends', 'status']);
  it('reads one lab swapped or ditched for another, the origin after the verb or told before', () => {
    expect(moves('Tobias Wren has swapped OpenAI for Meta Superintelligence Labs, he wrote on his website.')).toEqual(['Tobias Wren:OpenAI→Meta:reported']);
    expect(moves('After eleven years at Google, engineer Hallie Brennan is ditching Mountain View for Anthropic.')).toEqual(['Hallie Brennan:Google→Anthropic:reported']);
  });
  it('reads no move where a company swaps its supplier, or a founder trades shares', () => {
    expect(moves('Shopify has swapped OpenAI for Anthropic as the model provider behind its support assistant, its head of product, Grace Lindholm, said.')).toEqual([]);
    expect(moves('An xAI co-founder, Piotr Nowicki, traded part of his stake in a secondary sale last month but remains at the company.')).toEqual([]);
  });
  it.each([
    ['Ravi Kulkarni, an infrastructure engineer at xAI, has hopped to OpenAI, he confirmed.', 'Ravi Kulkarni:xAI→OpenAI:reported'],
    ['Kenji Arakawa, a senior researcher at Apple, is peeling off to Meta.', 'Kenji Arakawa:Apple→Meta:reported'],
    ['Felix Romano, a research scientist at Meta for six years, has made the jump to Thinking Machines Lab.', 'Felix Romano:Meta→Thinking Machines Lab:reported'],
    ["Marcus Delacroix, Anthropic's head of enterprise sales, is taking his talents to xAI.", 'Marcus Delacroix:Anthropic→xAI:reported'],
    ['Élodie Marchand has crossed over to Google DeepMind after three years at Mistral AI.', 'Élodie Marchand:Mistral AI→Google:reported'],
    ['Lucia Ferreira, who leads post-training at Google DeepMind, is bound for OpenAI.', 'Lucia Ferreira:Google→OpenAI:reported'],
    ['Noor Haddad, who left Scale AI in the spring, has turned up at Microsoft.', 'Noor Haddad:Scale AI→Microsoft:reported'],
  ])('reads a feature verb of going: %s', (text, move) => {
    expect(moves(text)).toEqual([move]);
  });
  it('reads a notice handed in as a departure, and a LinkedIn profile as the only source as rumoured', () => {
    expect(moves('Dana Okafor, a corporate vice president at Microsoft, has handed in her notice.')).toEqual(['Dana Okafor:Microsoft→-:reported']);
    expect(moves('Noor Haddad has turned up at Microsoft, where her LinkedIn profile now lists her as a partner director.')).toEqual(['Noor Haddad:-→Microsoft:rumoured']);
  });
  it('reads no move in a call hopped on, or a flight bound for a city', () => {
    expect(moves('Engineers from OpenAI hopped on a call with Microsoft on Friday, said Helena Sorensen, who leads reliability at OpenAI.')).toEqual([]);
    expect(moves('Helena Sorensen of OpenAI was on a flight bound for London when the outage began.')).toEqual([]);
  });
});

describe('the three-hundred-and-fifty-third batch (Chinese verbs and idioms of moving): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it.each([
    ['原字节跳动研究员邝闻溪已改投阿里巴巴。', '邝闻溪:departure:ByteDance→Alibaba'],
    ['百度智能云前副总裁滕嘉禾改换门庭，正式出任京东探索研究院副院长。', '滕嘉禾:departure:Baidu→JD.com'],
    ['月之暗面前产品负责人钟离雪入伙阶跃星辰，担任产品副总裁。', '钟离雪:join:Moonshot AI→StepFun'],
    ['小米大模型团队负责人之一蓝一舟已投靠字节跳动。', '蓝一舟:join:Xiaomi→ByteDance'],
    ['百川智能联合创始人欧阳澈已于本月卸职。', '欧阳澈:departure:Baichuan→-'],
    ['商汤科技大模型负责人祁望舒已正式离队。', '祁望舒:departure:SenseTime→-'],
    ['原达摩院科学家辜明哲选择吃回头草，重新回到阿里巴巴。', '辜明哲:return:-→Alibaba'],
  ])('reads a verb of moving as the tech press writes it: %s', (text, move) => {
    expect(moves(text)).toEqual([move]);
  });
  it('reads the org before 将 as the one hiring, not the former employer describing who it hires', () => {
    expect(moves('智谱近日将前OpenAI研究员司马晴收入麾下，由其出任首席科学家。')).toEqual(['司马晴:join:OpenAI→Zhipu AI']);
  });
  it('reads the one after 由 as who takes a post, not the one named before it', () => {
    expect(movesAs('零一万物创始人李谦宣布交棒，由联合创始人东方晓出任CEO，李谦本人将转任董事长。', ['person', 'role'])).toEqual(['李谦:Chairman']);
  });
  it('reads no move in a footballer back with his squad, or an app on a phone maker’s store', () => {
    expect(moves('伤愈的国足中场宫成昨日归队，随队前往上海备战世预赛。')).toEqual([]);
    expect(moves('字节跳动旗下豆包App已入驻小米应用商店首页推荐位，小米大模型负责人邹航表示双方合作将持续深化。')).toEqual([]);
  });
});

describe('the three-hundred-and-fifty-fourth batch (successions and dated announcements): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'role']);
  it('reads a role assumed as a post, and a transition to an advisory role as leaving the post', () => {
    expect(moves('Cohere announced that Ana Ruiz will assume the role of chief operating officer, effective January 1.')).toEqual(['Ana Ruiz:promotion:-→Cohere:Chief Operating Officer']);
    expect(moves('Stability AI said its chief executive, Ben Cole, will transition to an advisory role at the end of the quarter.')).toEqual(['Ben Cole:departure:Stability AI→-:Chief Executive']);
  });
  it('reads no move in a role assumed in a game, or in developers moved between products', () => {
    expect(moves('In the red-teaming game, Google DeepMind researcher Ana Ruiz assumes the role of an attacker trying to trick a Gemini model.')).toEqual([]);
    expect(moves('OpenAI will transition developers from the Assistants API to the Responses API, said Ana Ruiz, who leads its developer platform.')).toEqual([]);
  });
  it('gives a successor the post the one they succeed leaves, and the leaver their own post, not the successor’s', () => {
    expect(moves("Mistral AI's chief scientist, Ana Ruiz, will step back from the role in March. Ruiz will be succeeded by Ben Cole, currently head of pre-training.")).toEqual([
      'Ana Ruiz:departure:Mistral AI→-:Chief Scientist',
      'Ben Cole:promotion:-→Mistral AI:Chief Scientist',
    ]);
    expect(moves('Scale AI has named Ana Ruiz, its vice president of engineering, as successor to chief technology officer Ben Cole, who is leaving the company.')).toEqual([
      'Ana Ruiz:promotion:-→Scale AI:Chief Technology Officer',
      'Ben Cole:departure:Scale AI→-:Chief Technology Officer',
    ]);
  });
  it('reads day-to-day leadership handed to someone as their post, the one handing it over staying', () => {
    expect(movesAs("Hugging Face co-founder Ana Ruiz is handing over day-to-day leadership of the company's research team to Ben Cole.", ['person', 'event', 'ends'])).toEqual([
      'Ben Cole:promotion:-→Hugging Face',
    ]);
  });
  it('reads a former post at an org the catalog does not know, "of the …", as a post elsewhere: a join', () => {
    expect(movesAs('Anthropic has appointed Ana Ruiz, a former president of the Rockefeller Foundation, to its board of directors.', ['person', 'event', 'ends'])).toEqual([
      'Ana Ruiz:join:-→Anthropic',
    ]);
  });
  it('reads a report contradicted as a denial', () => {
    expect(movesAs('Ana Ruiz will remain in her role at Microsoft, a spokesperson said, contradicting reports that she was leaving.', ['person', 'status'])).toEqual(['Ana Ruiz:denied']);
  });
});

describe('the three-hundred-and-fifty-fifth batch (Chinese internal letters and successions): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('reads the one who takes charge after 由 as the successor, even named before the one leaving', () => {
    expect(moves('快手发布内部信宣布，即日起由副总裁宋立全面负责可灵AI事业部；原负责人钱一鸣因个人原因不再担任相关职务。')).toEqual([
      '钱一鸣:departure:Kuaishou→-:reported',
      '宋立:promotion:-→Kuaishou:reported',
    ]);
  });
  it('reads 退出管理层 as leaving, 继任者为 as naming the successor, and a leaked notice as the source', () => {
    expect(moves('字节跳动内部通知称，豆包大模型团队负责人宋立将退出管理层，转为技术顾问。')).toEqual(['宋立:departure:ByteDance→-:rumoured']);
    expect(moves('阿里云首席技术官宋立已卸任，继任者为阿里云基础设施事业部负责人钱一鸣。')).toEqual(['宋立:departure:Alibaba→-:reported', '钱一鸣:promotion:-→Alibaba:reported']);
  });
  it('reads no return in going back to everyday duties', () => {
    expect(moves('华为宣布，前任轮值董事长宋立将回归董事会日常工作。')).toEqual([]);
    expect(moves('休完产假的百度副总裁宋立已回到工作岗位。')).toEqual([]);
  });
});

describe('the three-hundred-and-fifty-sixth batch (recent moves told in passing): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('reads a move of the last weeks in an aside as news', () => {
    expect(moves('"Most benchmarks measure the wrong thing," said Ana Ruiz, who joined Anthropic from OpenAI last month to lead evaluations.')).toEqual(['Ana Ruiz:OpenAI→Anthropic']);
    expect(moves('Cohere is hiring in Tokyo, according to its chief revenue officer, Ben Cole, who arrived from Salesforce last week.')).toEqual(['Ben Cole:Salesforce→Cohere']);
  });
  it('reads an aside dated by a month alone, or beside another move, as the person’s past', () => {
    expect(moves('Mistral AI trained the model in Paris, said Ana Ruiz, who left Meta for Mistral AI in September.')).toEqual([]);
    expect(moves('Ben Cole, who joined Anthropic from OpenAI last month, said Ana Ruiz has left Google for Meta.')).toEqual(['Ana Ruiz:Google→Meta']);
  });
});

describe('the three-hundred-and-fifty-seventh batch (Chinese moves told in passing): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it.each([
    ['小米今日发布新模型。刚刚从DeepSeek加入小米的研究员宋立在发布会上表示，新模型的数学能力提升明显。', '宋立:DeepSeek→Xiaomi'],
    ['上个月从阿里通义实验室跳槽至字节跳动的研究员宋立在一场分享会上称，视频生成的难点已转向可控性。', '宋立:Alibaba→ByteDance'],
    ['据新近加盟腾讯的前商汤科技研究总监宋立介绍，该模型训练仅用了两个月。', '宋立:SenseTime→Tencent'],
  ])('reads a move of the last weeks in a description before the name: %s', (text, move) => {
    expect(moves(text)).toEqual([move]);
  });
  it('reads a description of an older move, or of a tenure, as who the person is', () => {
    expect(moves('今年初离开快手加盟美团的大模型负责人宋立在内部分享中透露，团队已扩充至三百人。')).toEqual([]);
    expect(moves('加入字节跳动三年的工程师宋立认为，AI编程工具已经改变了团队的工作方式。')).toEqual([]);
  });
});

describe('the three-hundred-and-fifty-eighth batch (conditions, possibilities, questions): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('reads no move in a condition told by inversion, nor a modal or "If" as part of a name', () => {
    expect(moves('Should Ana Ruiz join OpenAI, as some investors expect, she would be the fifth xAI co-founder to leave the company.')).toEqual([]);
    expect(read('If Ana Ruiz were to leave OpenAI, the team she built would lose its most senior researcher.').moves).toEqual([]);
    expect(recognize('If Ana Ruiz were to leave OpenAI, her team would suffer.', index, { year: 2026 }).sentences[0]!.people).toEqual(['Ana Ruiz (discovered)']);
  });
  it('reads offers weighed as who made them, not where the person was', () => {
    expect(moves('After weighing offers from Meta and xAI for weeks, Google DeepMind researcher Ana Ruiz has joined Anthropic, she said.')).toEqual(['Ana Ruiz:Google→Anthropic']);
  });
});

describe('the three-hundred-and-fifty-ninth batch (an org named by its founder): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it.each([
    ["Ana Ruiz, who led robot learning at Apple, is leaving for Mark Zuckerberg's superintelligence lab.", 'Ana Ruiz:Apple→Meta'],
    ["Google DeepMind researcher Ana Ruiz has joined Ilya Sutskever's startup, she said.", 'Ana Ruiz:Google→Safe Superintelligence'],
    ['Ana Ruiz, a policy lead at Anthropic, has moved to Altman’s company.', 'Ana Ruiz:Anthropic→OpenAI'],
    ['前字节跳动研究员宋立已加入梁文锋的公司，参与推理模型的研发。', '宋立:ByteDance→DeepSeek'],
    ['阿里通义实验室研究员宋立已离职，加入杨植麟创办的公司。', '宋立:Alibaba→Moonshot AI'],
  ])('reads a founder’s company as the company: %s', (text, move) => {
    expect(moves(text)).toEqual([move]);
  });
  it('reads no company in the founder’s relatives, lawyers or school', () => {
    // (She leaves Sequoia for a fund with no name: not for OpenAI.)
    expect(moves("Jack Altman's new fund has hired Ana Ruiz, a former investor at Sequoia, as a partner.")).toEqual(['Ana Ruiz:Sequoia Capital→-']);
    // (A move to the university, not to DeepSeek.)
    expect(moves('梁文锋的母校浙江大学宣布新设人工智能学院，原阿里达摩院研究员宋立将出任副院长。')).toEqual(['宋立:Alibaba→Zhejiang University']);
  });
  it('reads words before an org from its own sentence on, not the headline’s last words', () => {
    expect(moves('Google researcher joins a startup\nGoogle DeepMind researcher Ana Ruiz has joined SSI.')).toEqual(['Ana Ruiz:Google→Safe Superintelligence']);
  });
});

describe('the three-hundred-and-sixtieth batch (Japanese and Korean people and labs): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('reads a Japanese name in kanji, its family name no Chinese surname', () => {
    expect(moves('日本AI初创公司Sakana AI宣布，前谷歌DeepMind研究员佐藤健一已加盟公司，出任首席技术官。')).toEqual(['佐藤健一:Google→Sakana AI']);
    expect(moves('软银集团宣布任命前微软副总裁高桥直树为软银集团AI战略负责人，即日起生效。')).toEqual(['高桥直树:Microsoft→SoftBank']);
  });
  it('knows SoftBank and Arm, Arm only capitalised', () => {
    expect(moves('SoftBank has named Ana Ruiz, a former senior vice president at Arm, to lead its new AI chip unit.')).toEqual(['Ana Ruiz:Arm→SoftBank']);
    expect(moves('Ana Ruiz, who broke her arm skiing, has left Cohere.')).toEqual(['Ana Ruiz:Cohere→-']);
  });
});

describe('the three-hundred-and-sixty-first batch (the origin told by a label): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends', 'role']);
  it('reads "the newest member of … at" as a join, and keeps the hyphens of a role', () => {
    expect(moves('Ex-xAI engineer Ana Ruiz is the newest member of technical staff at Thinking Machines Lab, the company confirmed.')).toEqual(['Ana Ruiz:xAI→Thinking Machines Lab:-']);
    expect(moves('Ana Ruiz, an Anthropic alumna, has landed at xAI as head of post-training.')).toEqual(['Ana Ruiz:Anthropic→xAI:Head of Post-Training']);
  });
  it('reads the org someone came up through (系出, 出身) as a stint elsewhere before a new post: a join', () => {
    expect(moves('系出阿里巴巴达摩院的工程师宋立出任智谱AI首席技术官。')).toEqual(['宋立:Alibaba→Zhipu AI:CTO']);
  });
  it('reads no object in the speaker after a comma ("…, said X")', () => {
    expect(moves("Google's Gemini-turned-assistant app now replaces Google Assistant on Android, said Ana Ruiz, a Google vice president.")).toEqual([]);
  });
});

describe('the three-hundred-and-sixty-second batch (posts shared, made permanent or split): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a post led jointly as each one’s promotion', () => {
    expect(moves('xAI said Ana Ruiz and Ben Cole will jointly lead the Grok team.')).toEqual(['Ana Ruiz:promotion:-→xAI', 'Ben Cole:promotion:-→xAI']);
  });
  it('reads no move in a joint venture’s post, held beside one’s own', () => {
    expect(moves('阿里巴巴与商汤科技宣布成立合资公司，阿里副总裁宋立将出任合资公司董事长。')).toEqual([]);
    expect(moves('Alibaba vice president Ana Ruiz will serve as chair of the joint venture with SenseTime.')).toEqual([]);
  });
});

describe('the three-hundred-and-sixty-third batch (the latter, the former, the duo): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('reads "the latter" and "the former" as one of the two people the sentence before names', () => {
    expect(moves('Google DeepMind researchers Ana Ruiz and Ben Cole worked on long context. The latter has now left the lab to join Anthropic.')).toEqual(['Ben Cole:Google→Anthropic']);
    expect(moves("OpenAI's post-training effort was run by Ana Ruiz and Ben Cole. The former has since joined Meta.")).toEqual(['Ana Ruiz:OpenAI→Meta']);
  });
  it('reads "the duo" as both people the sentence before names, where it tells no move', () => {
    expect(moves('Ana Ruiz and Ben Cole built the first version of Claude Code at Anthropic. The duo have now left the company.')).toEqual(['Ana Ruiz:Anthropic→-', 'Ben Cole:Anthropic→-']);
  });
  it('gives someone named again by surname the one employer the sentence before names them with', () => {
    expect(moves("Meta's Llama team had two leads, Ana Ruiz and Ben Cole. One of them, Ruiz, is joining Mistral AI.")).toEqual(['Ana Ruiz:Meta→Mistral AI']);
  });
  it('reads no move where neither moved, "the former" is an adjective, or "the latter" a company', () => {
    expect(moves('xAI co-founders Ana Ruiz and Ben Cole were both approached by OpenAI. Neither has left the company, a spokesperson said.')).toEqual([]);
    expect(moves('Cohere and Mistral AI held early talks, people said; the latter has since hired bankers, said Mistral’s finance chief, Ana Ruiz.')).toEqual([]);
  });
});

describe('the three-hundred-and-sixty-fourth batch (Chinese coreference to several people): what its blind score showed', () => {
  it('reads 这对搭档 as the two people the sentence before names, with adverbs of time between', () => {
    expect(movesAs('月之暗面Kimi的产品线由宋立、钱一鸣两人负责。这对搭档近日双双离职。', ['person', 'ends'])).toEqual(['宋立:Moonshot AI→-', '钱一鸣:Moonshot AI→-']);
  });
  it('finds the names of a sentence with no move word when the next refers to them as a group', () => {
    expect(movesAs('百度文心团队的三位技术骨干宋立、钱一鸣和夏云帆均参与了训练。三人已于本月先后离职，分别加入了腾讯、阿里和小米。', ['person', 'ends'])).toEqual([
      '宋立:Baidu→Tencent',
      '钱一鸣:Baidu→Alibaba',
      '夏云帆:Baidu→Xiaomi',
    ]);
  });
});

describe('the three-hundred-and-sixty-fifth batch (the HR side of a move): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('reads a start date ahead ("is due to start at") as a join, from the org left in the sentence before', () => {
    expect(moves('Ana Ruiz is serving out six months of garden leave after leaving Google DeepMind in September. She is due to start at OpenAI in March.')).toEqual(['Ana Ruiz:Google→OpenAI']);
  });
  it('takes as origin the org the sentence before says was left, beside the one joined', () => {
    expect(moves('A non-compete kept Ana Ruiz from joining xAI for a year after she left Tesla. It expired this month, and she started at xAI on Monday.')).toEqual(['Ana Ruiz:Tesla→xAI']);
    // (Not an org someone else joins there.)
    expect(moves('Ben Cole, who co-founded Safe Superintelligence with Ana Ruiz, has left the startup and is joining Meta. Ruiz will become chief executive of SSI.')).toEqual([
      'Ben Cole:Safe Superintelligence→Meta',
      'Ana Ruiz:-→Safe Superintelligence',
    ]);
  });
  it('reads where someone goes to reunite with a former manager, and no former employer as a destination', () => {
    expect(moves('Ana Ruiz is leaving OpenAI to reunite with her former manager at Thinking Machines Lab.')).toEqual(['Ana Ruiz:OpenAI→Thinking Machines Lab']);
    expect(moves("Ana Ruiz is leaving Google to join former OpenAI CTO Mira Murati's Thinking Machines Lab.")).toEqual(['Ana Ruiz:Google→Thinking Machines Lab']);
  });
  it('finds who 他 is in a sentence with no move word, named after a title', () => {
    expect(moves('前字节跳动Seed团队研究员宋立的竞业期已于上月届满。他目前已正式入职阿里巴巴通义实验室。')).toEqual(['宋立:ByteDance→Alibaba']);
  });
  it('ends a name in 和 before a word opening the predicate (提前, 悄然)', () => {
    expect(moves('前百度副总裁邬清和提前结束了交接，已于本周一到岗月之暗面。')).toEqual(['邬清和:Baidu→Moonshot AI']);
  });
});

describe('the three-hundred-and-sixty-sixth batch (the money of the talent war): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('keeps where someone went when they leave the org that hired them earlier in the sentence', () => {
    expect(moves('Ana Ruiz, whom Meta hired in June with an offer reported at $100 million, has already left for OpenAI.')).toEqual(['Ana Ruiz:Meta→OpenAI']);
  });
  it('reads "would start at" and "first day at" as joins, and a stint "on" a team as the origin', () => {
    expect(moves('Ana Ruiz told Bloomberg that she had left Apple in October and would start at Meta next month.')).toEqual(['Ana Ruiz:Apple→Meta']);
    expect(moves("Monday was Ana Ruiz's first day at Anthropic, she wrote on LinkedIn, after five years on Google's Gemini team.")).toEqual(['Ana Ruiz:Google→Anthropic']);
  });
  it('reads 这家公司 joined as the org named between the mover and the move word', () => {
    expect(moves('前百度文心一言工程师衡书航近日在朋友圈晒出了月之暗面的新工牌，确认已加入这家公司。')).toEqual(['衡书航:Baidu→Moonshot AI']);
  });
  it('finds no name in 回应 and the words after it', () => {
    expect(moves('阿里回应高薪挖角传闻。')).toEqual([]);
  });
});

describe('the three-hundred-and-sixty-seventh batch (long-form pieces, the move late): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('reads a post held now as no news where the origin is dated to an earlier year', () => {
    expect(moves("One of them, Ana Ruiz, who came from Tesla's Autopilot team in 2023, now leads the Colossus buildout at xAI.")).toEqual([]);
    expect(moves('Ana Ruiz, who came from Tesla this spring, now leads the Colossus buildout at xAI.')).toEqual(['Ana Ruiz:Tesla→xAI']);
  });
  it('reads no appointment in "names" used as a plural noun', () => {
    expect(moves('"The big names are in place," said Ana Ruiz, an analyst who covered Microsoft at Morgan Stanley.')).toEqual([]);
  });
  it('reads an exodus from an org in the headline as the origin of "the latest to go"', () => {
    expect(moves("The quiet exodus from Meta's Llama team\nMost have since moved on. The latest to go is Ana Ruiz, one of the few who had stayed. She has joined Thinking Machines Lab.")).toEqual([
      'Ana Ruiz:Meta→Thinking Machines Lab',
    ]);
  });
});

describe('the three-hundred-and-sixty-ninth batch (a watched name written otherwise): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('finds someone watched by a pinyin name in Chinese text, and names them as the text writes them too', () => {
    expect(moves('前谷歌DeepMind研究员唐一帆已加入月之暗面，负责强化学习方向。')).toEqual(['Tang Yifan (唐一帆):Google→Moonshot AI']);
    // (Not another name of that surname.)
    expect(moves('前谷歌DeepMind研究员唐一鸣已加入月之暗面。')).toEqual(['唐一鸣:Google→Moonshot AI']);
  });
  it('reads a watched surname opening an org’s name as no mention of the person', () => {
    expect(moves('Raman Labs, a robotics startup in Pune, has hired a former Google engineer as its CTO.')).toEqual([]);
  });
  it('lets a Chinese text with a move word and the surname of a pinyin watch be read, and no other', () => {
    const watching = buildMatchIndex([personWatch('Tang Yifan')], catalog);
    const concerns = (text: string) => {
      const scanned = scanText(text, watching);
      return concernsAWatch(scanned, watching);
    };
    expect(concerns('前谷歌研究员唐一帆已加入月之暗面。')).toBe(true);
    expect(concerns('前谷歌研究员宋立已加入月之暗面。')).toBe(false);
    expect(concerns('唐代诗人的作品展览开幕。')).toBe(false);
  });
});

describe('the three-hundred-and-seventieth batch (departures announced ahead, with their timing): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads no appointment in a replacement yet to be named, and keeps the departure the sentence before tells', () => {
    expect(
      moves(
        "Ana Ruiz, who runs product for Microsoft's Copilot app, plans to leave the company by the end of the year, according to an internal email seen by The Verge. She will stay on until a replacement is named.",
      ),
    ).toEqual(['Ana Ruiz:departure:Microsoft→-']);
  });
  it('reads a departure someone says they have no plans for as denied', () => {
    expect(movesAs('xAI co-founder Ana Ruiz said on Thursday she has no plans to step down, dismissing a report that she was preparing to leave the company.', ['person', 'status'])).toEqual([
      'Ana Ruiz:denied',
    ]);
  });
});

describe('the three-hundred-and-seventy-first batch (companies the catalog does not know): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a company the catalog does not know as an end where the words after it call it one', () => {
    expect(moves('Ana Ruiz, who ran legal product work at OpenAI, has joined Harvey, the legal AI startup, as head of research.')).toEqual(['Ana Ruiz:join:OpenAI→Harvey']);
    expect(moves('Google Cloud engineering director Ana Ruiz has left to join Decagon, a customer-support startup.')).toEqual(['Ana Ruiz:departure:Google→Decagon']);
    expect(moves('Anthropic has hired Ana Ruiz, previously vice president of engineering at Glean, the enterprise search company.')).toEqual(['Ana Ruiz:join:Glean→Anthropic']);
    expect(moves('字节跳动机器人方向算法负责人宋立已离职，加入了一家名为“星尘智能”的具身智能初创公司。')).toEqual(['宋立:departure:ByteDance→星尘智能']);
    expect(moves('前小米工程师宋立已加盟穹彻智能（一家专注机器人大脑的创业公司）。')).toEqual(['宋立:join:Xiaomi→穹彻智能']);
  });
  it('reads none where nothing calls the name a company, or the company is one they leave to start', () => {
    expect(moves('Ana Ruiz, who ran legal product work at OpenAI, has joined Harvey as head of research.')).toEqual(['Ana Ruiz:departure:OpenAI→-']);
    expect(moves('Ana Ruiz, who spent three years at Anthropic, has left to start Tandem Labs, a company building coding agents.')).toEqual(['Ana Ruiz:departure:Anthropic→-']);
    expect(moves('Ana Ruiz, a Microsoft product lead, said the assistant would compete with tools such as Harvey, the legal AI startup.')).toEqual([]);
  });
});

describe('the three-hundred-and-seventy-second batch (moves in a page’s structure): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it('reads a list line "person – Org to Org" as a move', () => {
    expect(moves('People moves this week:\n• Ana Ruiz – Google DeepMind to Anthropic (research engineer)\n• Ben Cole – promoted to VP of product at Cohere')).toEqual([
      'Ana Ruiz:Google→Anthropic',
      'Ben Cole:-→Cohere',
    ]);
  });
  it('reads the rows of a table headed "Name | From | To" as moves, and no row without that header', () => {
    expect(moves('Name | From | To\nAna Ruiz | OpenAI | Meta Superintelligence Labs\nBen Cole | xAI | OpenAI')).toEqual(['Ana Ruiz:OpenAI→Meta', 'Ben Cole:xAI→OpenAI']);
    expect(moves('Panel | Moderator | Host\nAna Ruiz | OpenAI | Meta')).toEqual([]);
  });
  it('reads no move in a list of speakers with their employers', () => {
    expect(moves('Speakers include:\n• Ana Ruiz, Anthropic\n• Ben Cole, Cohere')).toEqual([]);
  });
});

describe('the three-hundred-and-seventy-third batch (a watched person by surname only): what its blind score showed', () => {
  it('reads a watched surname as the person only where the text capitalises it', () => {
    const watching = buildMatchIndex([...watches, personWatch('Celeste Baker', { id: 3, orgs: ['Microsoft'] })], catalog);
    const people = (text: string) => recognize(text, watching, { year: 2026 }).moves.map((m) => `${m.person}:${m.event}`);
    expect(people("Microsoft's head of AI partnerships, Baker, will step down at the end of the month.")).toEqual(['Celeste Baker:departure']);
    expect(people("The baker who made Microsoft's campus famous for its croissants has left to open her own shop.")).toEqual([]);
  });
});

describe('the three-hundred-and-seventy-fourth batch (registries and profiles): what its blind score showed', () => {
  it('reads a move shown only by a LinkedIn profile, in Chinese too, as rumoured', () => {
    expect(movesAs('领英资料显示，前腾讯AI Lab高级研究员宋立已于今年9月加入谷歌DeepMind。', ['person', 'status'])).toEqual(['宋立:rumoured']);
  });
});

describe('the three-hundred-and-seventy-fifth batch (the move before the mover): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "Also leaving is his deputy, X, who will join him there" as the move the sentence before tells', () => {
    expect(moves("Apple's head of Siri answers, Ana Ruiz, is leaving for Meta. Also leaving is her deputy, Ben Cole, who will join her there.")).toEqual([
      'Ana Ruiz:departure:Apple→Meta',
      'Ben Cole:departure:Apple→Meta',
    ]);
  });
  it('reads "Out: X. In: Y." as a departure and the post taken where it was left', () => {
    expect(moves("Out: Ana Ruiz, who ran Meta's generative AI product group. In: Ben Cole, previously head of product at Instagram.")).toEqual([
      'Ana Ruiz:departure:Meta→-',
      'Ben Cole:promotion:-→Meta',
    ]);
  });
});

describe('the three-hundred-and-seventy-sixth batch (idioms of the press): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "is on his way out", "has plucked" and "has brought aboard" as moves', () => {
    expect(moves("Meta's vice president of AI research, Ana Ruiz, is on her way out.")).toEqual(['Ana Ruiz:departure:Meta→-']);
    expect(moves("Anthropic has plucked Stripe's head of risk, Ana Ruiz, to run its trust and safety operations.")).toEqual(['Ana Ruiz:join:Stripe→Anthropic']);
    expect(moves('Mistral AI has brought aboard former Apple engineer Ana Ruiz to lead its on-device models.')).toEqual(['Ana Ruiz:join:Apple→Mistral AI']);
  });
  it('reads handing over the reins of a part of the company as that part given to the successor, the one handing it over staying', () => {
    expect(moves("Cohere co-founder Ana Ruiz is handing over the reins of the company's research arm to Ben Cole, who has led its retrieval team.")).toEqual(['Ben Cole:promotion:-→Cohere']);
  });
  it('reads no departure in a product retired', () => {
    expect(moves('OpenAI bid farewell to GPT-4 on Wednesday, said product lead Ana Ruiz, as the model was retired from ChatGPT.')).toEqual([]);
  });
});

describe('the three-hundred-and-seventy-seventh batch (Chinese idioms of the press): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads 退居二线, 拿下 (a person after it) and 归来 before a join', () => {
    expect(moves('阿里云副总裁宋立已退居二线。')).toEqual(['宋立:departure:Alibaba→-']);
    expect(moves('腾讯成功拿下前字节跳动Seed团队核心成员宋立，后者将负责混元大模型的后训练。')).toEqual(['宋立:join:ByteDance→Tencent']);
    expect(moves('在谷歌DeepMind工作六年后，研究员祁若谷归来，已加入阿里通义实验室。')).toEqual(['祁若谷:join:Google→Alibaba']);
  });
  it('reads a post handed over ("将X一职交给…的Y") as the successor taking it, with that post as both roles', () => {
    expect(movesAs('商汤科技联合创始人宋立宣布交棒，将公司研究院院长一职交给此前担任副院长的幸若溪。', ['person', 'event', 'role'])).toEqual(['宋立:departure:Dean', '幸若溪:promotion:Dean']);
  });
  it('reads no hire in a project won, nor in the one who speaks of it after a comma', () => {
    expect(moves('腾讯云近日拿下某省政务大模型项目，腾讯云副总裁毛一舟表示，这是公司的重要突破。')).toEqual([]);
  });
});

describe('the three-hundred-and-seventy-eighth batch (a post told as a title): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'role']);
  it('reads a post named as new, with an aside of coming from another org this year, as a join from it', () => {
    expect(moves("Ana Ruiz, the new chief scientist at xAI, who arrived from Google DeepMind in October, laid out the lab's research agenda.")).toEqual(['Ana Ruiz:join:Google→xAI:Chief Scientist']);
    // (Not an arrival of years ago.)
    expect(moves("Ana Ruiz, the new chief scientist at xAI, who arrived from Google DeepMind two years ago, laid out the lab's research agenda.")).toEqual([
      'Ana Ruiz:promotion:-→xAI:Chief Scientist',
    ]);
  });
  it('reads "Inflection" capitalised as Inflection AI, and no org in "an inflection point"', () => {
    expect(moves("Inflection's previous chief executive, Ana Ruiz, left in May to join Microsoft.")).toEqual(['Ana Ruiz:departure:Inflection AI→Microsoft:-']);
    expect(moves('This is an inflection point for Microsoft, said Ana Ruiz, who left Google.')).toEqual([]);
  });
  it('reads a team that now includes someone as their join to the org named before', () => {
    expect(movesAs("Mistral AI's research team now includes Ana Ruiz, formerly of Meta's FAIR lab, and Ben Cole, who spent five years at Google DeepMind.", ['person', 'ends'])).toEqual([
      'Ana Ruiz:Meta→Mistral AI',
      'Ben Cole:Google→Mistral AI',
    ]);
  });
});

describe('the three-hundred-and-eightieth batch (look-alikes with a move word and a watched org): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads no move in a film’s plot', () => {
    expect(moves('In the film, a disillusioned researcher played by Ana Ruiz leaves a thinly veiled OpenAI to join a rival lab in Shanghai.')).toEqual([]);
    expect(moves('剧中，宋立饰演的工程师离开了腾讯，加入一家创业公司。')).toEqual([]);
  });
  it('reads no join in talent a speaker welcomes (欢迎更多优秀人才加入)', () => {
    expect(moves('腾讯混元团队近日发布招聘启事，负责人宋立表示欢迎更多优秀人才加入。')).toEqual([]);
  });
});

describe('the three-hundred-and-eighty-first batch (a pinyin name in the other order): what its blind score showed', () => {
  const watching = buildMatchIndex(
    ['Ruoyu Xu', 'Lin Shuyuan'].map((name, i) => personWatch(name, { id: 10 + i })),
    catalog,
  );
  const people = (text: string) =>
    recognize(text, watching, { year: 2026 })
      .moves.filter((m) => !m.discovered)
      .map((m) => `${m.person}:${m.event}`);
  it('finds someone watched by a pinyin name written in the other order, or with the given name hyphenated', () => {
    expect(people('Moonshot AI co-founder Xu Ruoyu has joined Tencent.')).toEqual(['Ruoyu Xu:join']);
    expect(people("Shu-Yuan Lin, a researcher on ByteDance's Seed team, has left for Meta.")).toEqual(['Lin Shuyuan:departure']);
  });
  it('takes no Chinese surname alone for a name that gives it first', () => {
    expect(people('Lin Wei has joined Tencent.')).toEqual([]);
  });
});

describe('the three-hundred-and-eighty-second batch (a departure told by what the company says): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('reads "no longer with the company", "no longer works at", a farewell wish and 已不在公司任职 as departures', () => {
    expect(moves("Ana Ruiz, who led Microsoft's Copilot Studio team, is no longer with the company, a Microsoft spokesperson confirmed.")).toEqual(['Ana Ruiz:departure:Microsoft→-:reported']);
    expect(moves("Ana Ruiz, xAI's head of data, no longer works at the company, according to two former colleagues.")).toEqual(['Ana Ruiz:departure:xAI→-:rumoured']);
    expect(moves('"We\'re sad to see Ana Ruiz go and wish her well in her next chapter," an Anthropic spokesperson said.')).toEqual(['Ana Ruiz:departure:Anthropic→-:reported']);
    expect(moves('月之暗面方面向记者证实，负责海外业务的副总裁宋立已不在公司任职。')).toEqual(['宋立:departure:Moonshot AI→-:reported']);
  });
  it('reads no departure in a birthday wish or a feature that no longer works', () => {
    expect(moves("OpenAI's Sam Altman wished chief research officer Ana Ruiz a happy birthday on X, saying he wished her well.")).toEqual([]);
    expect(moves('The Google Assistant routine that Ana Ruiz built no longer works on Pixel phones, Google said.')).toEqual([]);
  });
});

describe('the three-hundred-and-eighty-third batch (the mover’s own short posts): what its blind score showed', () => {
  it('reads "Next up: @Org" after a last day as where the writer goes', () => {
    expect(movesAs('Life update: after 6 incredible years, Friday was my last day at @Google. Next up: @AnthropicAI 🚀 — Ana Ruiz', ['person', 'event', 'ends'])).toEqual([
      'Ana Ruiz:departure:Google→Anthropic',
    ]);
    expect(movesAs('Next up on the main stage: Ana Ruiz of OpenAI on agents, followed by a panel with Google DeepMind researchers.', ['person'])).toEqual([]);
  });
});

describe('the three-hundred-and-eighty-fifth batch (Chinese moves in quoted words): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a quote in the first person as the move of the speaker the next sentence names', () => {
    expect(moves('“我已经离开腾讯了，接下来会休息一段时间。”前腾讯混元研究员宋立在接受采访时说。')).toEqual(['宋立:departure:Tencent→-']);
    expect(moves('“下周我将正式加入月之暗面，负责Kimi的多模态。”字节跳动Seed团队研究员冉若溪告诉记者。')).toEqual(['冉若溪:join:ByteDance→Moonshot AI']);
  });
  it('finds a name opening a quote', () => {
    expect(moves('“钟一鸣已经离开阿里，加入了腾讯，我们祝福他。”阿里云副总裁宋立在发布会后对记者表示。')).toEqual(['钟一鸣:departure:Alibaba→Tencent']);
  });
  it('reads no move in a quote about leaving a venue, nor one said of others (我们)', () => {
    expect(moves('“我得先离开会场，下午还有一个会。”百度副总裁宋立在发布会上笑着说。')).toEqual([]);
    expect(moves('“我们很遗憾看到同事离开腾讯。”腾讯副总裁宋立表示。')).toEqual([]);
  });
});

describe('the three-hundred-and-eighty-sixth and -seventh batches (a company named with its backer or owner): what their blind scores showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the company a backer describes as the end, with what it is said between them', () => {
    expect(moves('Ana Ruiz, formerly a principal engineer at Microsoft, is joining OpenAI-backed robotics startup Figure AI as head of manipulation.')).toEqual(['Ana Ruiz:join:Microsoft→Figure AI']);
    expect(moves('阿里巴巴持股的蚂蚁集团近日宣布，前微软亚洲研究院首席研究员宋立已加盟，负责大模型安全。')).toEqual(['宋立:join:Microsoft→Ant Group']);
  });
});

describe('the three-hundred-and-eighty-eighth and -ninth batches (wording no earlier batch used): what their blind scores showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "en route to" an org, "has moved over to", 正式就职 and 跳去 an org as joins', () => {
    expect(moves('Ana Ruiz, a corporate vice president at Microsoft AI, is en route to Apple, Bloomberg reported.')).toEqual(['Ana Ruiz:departure:Microsoft→Apple']);
    expect(moves('After seven years at Amazon, Ana Ruiz has moved over to Anthropic to work on voice.')).toEqual(['Ana Ruiz:join:Amazon→Anthropic']);
    expect(moves('前百度研究员宋立已于本周正式就职小米。')).toEqual(['宋立:join:Baidu→Xiaomi']);
    expect(moves('字节跳动推荐算法负责人之一宋立已经跳去了腾讯。')).toEqual(['宋立:join:ByteDance→Tencent']);
  });
  it('reads no move in a company snapped up, a step away from the mic, a return to answer questions, or a 就职典礼', () => {
    expect(moves('Google has snapped up a small robotics startup run by Ana Ruiz, a former Stanford researcher.')).toEqual([]);
    expect(moves('Ana Ruiz of OpenAI stepped away from the mic during the panel to take a call.')).toEqual([]);
    expect(moves('Ana Ruiz of OpenAI took a call, then returned to answer questions.')).toEqual([]);
    expect(moves('谷歌全球事务总裁宋立出席了就职典礼。')).toEqual([]);
  });
  it('still reads a hire of a startup founder named as such, and a step away from a company', () => {
    expect(moves('OpenAI has hired a former Google DeepMind lab lead, Ana Ruiz.')).toEqual(['Ana Ruiz:join:Google→OpenAI']);
    expect(moves('Ana Ruiz has stepped away from OpenAI.')).toEqual(['Ana Ruiz:departure:OpenAI→-']);
  });
});

describe('the three-hundred-and-ninetieth and -ninety-first batches (moves that come out in a dispute): what their blind scores showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a move of the last weeks after "before" as the news, and an older one as the past', () => {
    expect(moves('xAI has sued Ana Ruiz, a former engineer on its Grok team, alleging she took confidential files before joining OpenAI last month.')).toEqual(['Ana Ruiz:join:xAI→OpenAI']);
    expect(moves('Ana Ruiz worked on Grok at xAI before joining OpenAI in 2021.')).toEqual([]);
  });
  it('reads a former employee "now at" an org, and the new job someone is cleared to start', () => {
    expect(moves("Apple has accused its former engineer Ana Ruiz, now at Meta's Reality Labs, of downloading design files.")).toEqual(['Ana Ruiz:join:Apple→Meta']);
    expect(moves('A judge on Friday cleared Ana Ruiz, a former Tesla Autopilot engineer, to start her new job at xAI.')).toEqual(['Ana Ruiz:join:Tesla→xAI']);
  });
});

describe('the three-hundred-and-ninety-second and -third batches (moves told as nouns): what their blind scores showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads an org's hiring of someone as a hire by that org", () => {
    expect(moves("Meta's hiring of Ana Ruiz, who led Apple's search team, has rattled engineers in Cupertino.")).toEqual(['Ana Ruiz:join:Apple→Meta']);
  });
  it('reads the appointment of someone who was previously elsewhere as a join', () => {
    expect(moves('Cohere announced Monday the appointment of Ana Ruiz, previously a vice president at Google Cloud, as chief technology officer.')).toEqual(['Ana Ruiz:join:Google→Cohere']);
  });
  it('reads a move "from" one org "to" another, as a verb or as a noun, and no move of a company between cities', () => {
    expect(moves('Ana Ruiz moved from Microsoft to Anthropic last week.')).toEqual(['Ana Ruiz:departure:Microsoft→Anthropic']);
    expect(moves("Ana Ruiz's move from Microsoft to Anthropic, first reported by The Information, was confirmed on Wednesday.")).toEqual(['Ana Ruiz:departure:Microsoft→Anthropic']);
    expect(moves('Ana Ruiz said Anthropic moved from London to Paris.')).toEqual([]);
  });
});

describe('the three-hundred-and-ninety-fourth and -fifth batches (timelines): what their blind scores showed', () => {
  const moves = (text: string, year: number) => recognize(text, index, { year }).moves.map((m) => `${m.person}:${m.event}`);
  const timeline = "A timeline of xAI's co-founder departures\nAugust 2024: Co-founder Ben Cole leaves to start a fund.\nFebruary 2025: Co-founder Ana Ruiz departs for OpenAI.";
  it('reads an entry dated to a month of this year as news in a piece that looks back, and the older entries as its past', () => {
    expect(moves(timeline, 2025)).toEqual(['Ana Ruiz:departure']);
    expect(moves(timeline, 2026)).toEqual([]);
    expect(moves('阿里通义实验室大事记\n1. 2024年9月，前百度研究员宋立加入通义实验室。\n2. 2025年7月，前谷歌研究员钟一鸣加入通义实验室。', 2025)).toEqual(['钟一鸣:join']);
  });
  it('reads an entry dated by a bare year as the year summed up, not as news', () => {
    expect(moves("A timeline of OpenAI's leadership exits\n2024: Research chief Ben Cole departs for Anthropic. 2025: Safety lead Ana Ruiz resigns.", 2025)).toEqual([]);
  });
});

describe('the three-hundred-and-ninety-sixth and -seventh batches (moves in market news): what their blind scores showed', () => {
  it('reads an org that "lost" someone named to another as their move, told by a recruiter as hearsay', () => {
    expect(movesAs('Apple lost Ana Ruiz, its top Siri engineer, to OpenAI last week, said a recruiter who worked on the search.', ['person', 'event', 'ends', 'status'])).toEqual([
      'Ana Ruiz:departure:Apple→OpenAI:rumoured',
    ]);
    expect(movesAs('Google lost the antitrust case, said Ana Ruiz, a lawyer for the plaintiffs.', ['person'])).toEqual([]);
  });
  it('reads a headhunter telling a reporter as hearsay', () => {
    expect(movesAs('一位参与此事的猎头告诉记者，字节跳动Seed团队的一名大模型负责人宋立已被腾讯挖走。', ['person', 'event', 'status'])).toEqual(['宋立:join:rumoured']);
  });
});

describe('the three-hundred-and-ninety-eighth batch (a move denied, then confirmed): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('reads a denial that a later, confirmed telling overturns as the move reported', () => {
    expect(moves('Ana Ruiz had denied reports last month that she was leaving Meta. On Monday she confirmed that she has joined OpenAI.')).toEqual(['Ana Ruiz:join:Meta→OpenAI:reported']);
    expect(moves("Once denied by both companies, Ana Ruiz's move from Google DeepMind to Microsoft AI became official on Thursday.")).toEqual(['Ana Ruiz:departure:Google→Microsoft:reported']);
    expect(moves('月之暗面辟谣后，一名副总裁仍离开\n上月月之暗面曾辟谣高管离职消息，但记者今日获悉，负责商业化的副总裁宋立已于本周离开公司，加入MiniMax。')).toEqual([
      '宋立:departure:Moonshot AI→MiniMax:rumoured',
    ]);
  });
  it('reads reports called false, a report walked back, and someone "not going anywhere" as denials', () => {
    expect(moves("Reports that Anthropic's head of policy, Ana Ruiz, was leaving for Google are false, the company said.")).toEqual(['Ana Ruiz:departure:Anthropic→Google:denied']);
    expect(moves("A report on Tuesday that xAI's chief financial officer, Ana Ruiz, had resigned was walked back hours later.")).toEqual(['Ana Ruiz:departure:xAI→-:denied']);
    expect(moves('"Ana Ruiz isn\'t going anywhere," an OpenAI spokesperson said of reports that she was leaving for Meta.')).toEqual(['Ana Ruiz:departure:OpenAI→Meta:denied']);
  });
  it('keeps a denial that nothing after it overturns', () => {
    expect(moves('Ana Ruiz had denied reports last month that she was leaving Meta, but declined to comment further.')).toEqual(['Ana Ruiz:departure:Meta→-:denied']);
  });
});

describe('the four-hundred-and-first batch (moves reversed or called off): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('reads a return elsewhere right after an arrival as the move, from the org just joined', () => {
    expect(moves('Ana Ruiz joined Microsoft AI on Monday. By Friday she was back at Google DeepMind, she wrote on X.')).toEqual(['Ana Ruiz:return:Microsoft→Google:reported']);
    expect(moves('前腾讯混元专家宋立本月初入职百度，但仅两周后便宣布回归腾讯。')).toEqual(['宋立:return:Baidu→Tencent:reported']);
  });
  it('reads a move called off at the last minute as no move: denied, or none at all', () => {
    const alerted = (text: string) => moves(text).filter((m) => !m.endsWith(':denied'));
    expect(moves('Ana Ruiz, who had been set to join Meta, changed course at the last minute and will stay at OpenAI, two people said.')).toEqual(['Ana Ruiz:join:-→Meta:denied']);
    expect(alerted('阿里通义实验室研究员宋立原定于本月加盟字节跳动，但在公司挽留下最终改变主意，选择留在阿里。')).toEqual([]);
  });
});

describe('the four-hundred-and-second batch (a second move soon after a first): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the org joined in a time clause before a departure as the one left, not the one that join came from', () => {
    expect(moves("Just four months after joining Meta's superintelligence lab from OpenAI, researcher Ana Ruiz has left again, this time for Thinking Machines Lab.")).toEqual([
      'Ana Ruiz:departure:Meta→Thinking Machines Lab',
    ]);
  });
  it('reads "she" or a description after a colon as the one person the sentence names before it, as an owner', () => {
    expect(moves("Ana Ruiz's short stint at xAI is over: she is moving to Anthropic.")).toEqual(['Ana Ruiz:departure:xAI→Anthropic']);
    expect(moves("Ana Ruiz's short stint at xAI is over: the former Google engineer, who joined xAI in the spring, is moving to Anthropic.")).toEqual(['Ana Ruiz:departure:xAI→Anthropic']);
    expect(moves("Ana Ruiz's startup raised $20 million, and Ben Cole said he is moving to Anthropic.")).toEqual(['Ben Cole:join:-→Anthropic']);
    // (Only a pronoun right before the verb: here the researchers offered money are who would join.)
    expect(moves("The coup shows Ana Ruiz's resolve, with reports that she has offered some researchers $100 million to join Meta.")).toEqual([]);
  });
  it('reads the later of a sequence of past moves in an aside as where the person comes from', () => {
    expect(moves('Ana Ruiz, who left Apple for OpenAI in 2024 and then moved to Perplexity, is joining Microsoft AI.')).toEqual(['Ana Ruiz:departure:Perplexity→Microsoft']);
  });
});

describe('the four-hundred-and-third batch (rare characters in Chinese names): what its blind score showed', () => {
  it('reads the surname 曾 of a name as no "once" that makes the move past, and 曾 before a verb as no name', () => {
    expect(movesAs('字节跳动Seed团队研究员曾燚近日跳槽至阿里通义实验室，负责多模态方向。', ['person', 'event', 'ends'])).toEqual(['曾燚:departure:ByteDance→Alibaba']);
    expect(movesAs('曾供职于OpenAI的研究员宋立已正式加入月之暗面。', ['person', 'event', 'ends'])).toEqual(['宋立:join:OpenAI→Moonshot AI']);
  });
});

describe('the four-hundred-and-fourth batch (coming home from Silicon Valley to a job): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a return to a country or city as going home, so the join after it is the move', () => {
    expect(moves("After nine years at Google in Mountain View, engineer Wen Jiahao has returned to China to join ByteDance's Seed team.")).toEqual(['Wen Jiahao:join:Google→ByteDance']);
    expect(moves('Ana Ruiz, a former OpenAI researcher, moved back to London to join Google DeepMind.')).toEqual(['Ana Ruiz:join:OpenAI→Google']);
  });
  it('reads a trip home as no move', () => {
    expect(moves('Wen Jiahao, a Google engineer, returned to China for the Lunar New Year and posted photos from Harbin.')).toEqual([]);
  });
  it('still reads a return to an org as one', () => {
    expect(moves('Ben Cole has returned to Google after two years at OpenAI.')).toEqual(['Ben Cole:return:OpenAI→Google']);
  });
});

describe('the four-hundred-and-fifth batch (layoffs and students): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads someone among those let go, or on a layoff list, as leaving', () => {
    expect(moves("Google's latest layoffs hit its Gemini apps group. Among those let go was Priya Nandakumar, who had led the team's evaluation work.")).toEqual([
      'Priya Nandakumar:departure:Google→-',
    ]);
    expect(moves('字节跳动本周对旗下大模型团队进行裁员，Seed团队研究员孟书航也在此次裁员名单之中。')).toEqual(['孟书航:departure:ByteDance→-']);
    // ("let go of" a plan lets no one go.)
    expect(moves('Meta has let go of its plan to build a new campus, said Dana Whitcomb.')).toEqual([]);
  });
  it('reads a move word after "not", "never" or their Chinese words as no move', () => {
    expect(moves('Dana Whitcomb, a Meta research scientist, was not among those laid off by Meta.')).toEqual([]);
    expect(moves('腾讯混元团队工程师孟书航表示，自己并不在此次裁员名单中。')).toEqual([]);
    expect(moves('Dana Whitcomb has not left Meta.')).toEqual([]);
    expect(moves("Dana Whitcomb hasn't joined OpenAI, a spokesperson said.")).toEqual([]);
    expect(moves('Dana Whitcomb never joined OpenAI.')).toEqual([]);
    expect(moves('孟书航并未离开腾讯。')).toEqual([]);
    // (Not a negation further off: "Not long after joining Meta", "不再担任", "no longer".)
    expect(moves('Not long after joining Meta, Dana Whitcomb left for OpenAI.')).toEqual(['Dana Whitcomb:departure:Meta→OpenAI']);
    expect(moves('孟书航不再担任腾讯混元负责人。')).toEqual(['孟书航:departure:Tencent→-']);
  });
});

describe('the four-hundred-and-sixth batch (people named with their age): what its blind score showed', () => {
  it('reads the one who speaks after a comma with "joked", "noted" or "recalled" as no one hired', () => {
    expect(movesAs("Google, 27, is older than most of the people it hires, joked Nadia Ferreira, a Google DeepMind researcher, at the company's birthday party.", ['person', 'event', 'ends'])).toEqual(
      [],
    );
    expect(movesAs('Anthropic hires people who write well, noted Ben Cole, its head of recruiting.', ['person', 'event', 'ends'])).toEqual([]);
  });
});

describe('the four-hundred-and-seventh batch (question headlines): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a question whether a move happens as none, and its auxiliary as no part of the name', () => {
    expect(moves('Is Ravi Menon about to leave Google?')).toEqual([]);
    expect(moves('Has Ravi Menon left Google for Anthropic?')).toEqual([]);
    expect(moves('宋立离开阿里了吗？')).toEqual([]);
    expect(moves('Ravi Menon Is Leaving Google')).toEqual(['Ravi Menon:departure:Google→-']);
  });
  it('still reads a question that takes the move as given, and the body under a question', () => {
    expect(moves('Why did Ravi Menon quit Google?')).toEqual(['Ravi Menon:departure:Google→-']);
    expect(moves('Is Ravi Menon leaving Google?\nRavi Menon has resigned from Google and will join Anthropic next month.')).toEqual(['Ravi Menon:departure:Google→Anthropic']);
  });
});

describe('the four-hundred-and-eighth batch (two moves in one sentence): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads who loses someone after "and" as the subject that hired, not the org another move came from', () => {
    expect(moves('Microsoft AI hired Gemma Vo from Meta and lost Owen Strand to Apple in the same week.')).toEqual(['Gemma Vo:join:Meta→Microsoft', 'Owen Strand:departure:Microsoft→Apple']);
  });
  it('reads a headline whose org hires and then loses as no story of departures from it', () => {
    expect(moves('Microsoft hires one, loses another\nMicrosoft AI hired Gemma Vo from Meta and lost Owen Strand to Apple in the same week.')).toEqual([
      'Gemma Vo:join:Meta→Microsoft',
      'Owen Strand:departure:Microsoft→Apple',
    ]);
    // (A hire that comes after the loss, or not in one breath, leaves the story one of departures.)
    expect(moves("Scale AI names new CEO after founder's exit to Meta\nScale AI has named Jason Droege interim chief executive.")).toEqual(['Jason Droege:promotion:-→Scale AI']);
  });
});

describe('the four-hundred-and-ninth batch (a move as the backdrop of other news): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the person after "the departure of" or "hiring of" and a title or an org\'s possessive', () => {
    expect(moves('xAI has split its research group in two, a change that follows the departure of co-founder Lukas Brenner, who left the company this month.')).toEqual([
      'Lukas Brenner:departure:xAI→-',
    ]);
    expect(moves("The departure of Google DeepMind's Fiona Gallagher surprised her team.")).toEqual(['Fiona Gallagher:departure:Google→-']);
    // (Not someone further off, the one who leads a team whose departure it is.)
    expect(moves('The departure of the team led by Fiona Gallagher surprised Google.')).toEqual([]);
  });
  it('reads "its hiring of" as a hire by the org the sentence opens with', () => {
    expect(moves("Anthropic is hiring dozens of researchers in London, on the heels of its hiring of Google DeepMind's Fiona Gallagher to run the office.")).toEqual([
      'Fiona Gallagher:join:Google→Anthropic',
    ]);
  });
});

describe("the four-hundred-and-tenth batch (a mover's own post, quoted): what its blind score showed", () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads first-person sentences inside a quote opened in a sentence before as the words of the one who opens it', () => {
    expect(
      moves(
        'Tariq Hassan, an engineer on OpenAI\'s Codex team, posted on LinkedIn: "Bittersweet day. After three years, my time at OpenAI has come to an end. Excited for what\'s next at Thinking Machines Lab."',
      ),
    ).toEqual(['Tariq Hassan:departure:OpenAI→Thinking Machines Lab']);
    // (Or by the one named after it, when the quote opened a sentence before.)
    expect(moves('"Some personal news: Friday was my last day at Google DeepMind. Next week I start at Anthropic," Imogen Reyes wrote on X.')).toEqual(['Imogen Reyes:join:Google→Anthropic']);
  });
  it('reads where someone who left is now, told in the same breath', () => {
    expect(moves('"Career update: I\'ve left Meta and am now building agents at xAI," wrote Noor Siddiqui.')).toEqual(['Noor Siddiqui:departure:Meta→xAI']);
  });
  it("reads no one's move in a post about a colleague, nor in one opened by someone who speaks of another", () => {
    expect(moves('"Proud of Imogen for her new role leading our evals team," wrote Marcus Bell, her manager at Google DeepMind.')).toEqual([]);
    // ("Excited for what's next at …" with its "I'm" left out is the writer's only after a move of theirs the quote told.)
    expect(moves('Marcus Bell, her manager at Google DeepMind, posted on LinkedIn: "Imogen is the best engineer I know. Excited for what\'s next at Anthropic."')).toEqual([]);
    expect(moves('"So proud of Imogen. Excited for what\'s next at Anthropic," wrote Marcus Bell, her manager at Google DeepMind.')).toEqual([]);
  });
});

describe('the four-hundred-and-twelfth batch (person watches by names as people carry them): what its blind score showed', () => {
  const watching = buildMatchIndex([...watches, personWatch('Ana Torres-Vidal', { id: 2 })], catalog);
  const people = (text: string) => recognize(text, watching, { year: 2026 }).moves.map((m) => `${m.person}:${m.event}`);
  it('reads the watched person under a middle name the watch leaves out, and a namesake of another given name as someone else', () => {
    expect(people('Ana Lucia Torres-Vidal has left Google DeepMind to join Mistral AI in Paris.')).toEqual(['Ana Torres-Vidal:departure']);
    expect(people('Maria Lucia Torres-Vidal has left Google DeepMind to join Mistral AI in Paris.')).toEqual(['Maria Lucia Torres-Vidal:departure']);
  });
});

describe('the four-hundred-and-thirteenth batch (companies as the Chinese tech press names them): what its blind score showed', () => {
  it('knows 上海AI Lab, 米哈游, 之江实验室, 鹏城实验室 and 度厂 as the orgs they are', () => {
    const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
    expect(moves('上海AI Lab青年科学家蓝书澈已正式加盟阶跃星辰，负责多模态预训练。')).toEqual(['蓝书澈:join:Shanghai AI Laboratory→StepFun']);
    expect(moves('米哈游AI负责人甘子墨已离职，加入字节跳动Seed团队。')).toEqual(['甘子墨:departure:miHoYo→ByteDance']);
    expect(moves('之江实验室研究员卜若岚日前加入生数科技。')).toEqual(['卜若岚:join:Zhejiang Lab→Shengshu']);
    expect(moves('鹏城实验室高级工程师殷知白已加盟无问芯穹。')).toEqual(['殷知白:join:Peng Cheng Laboratory→Infinigence']);
    expect(moves('度厂又有一位大模型高管离职：文心一言技术负责人褚远航已于近日离开，加入月之暗面。')).toEqual(['褚远航:departure:Baidu→Moonshot AI']);
  });
});

describe('the four-hundred-and-sixteenth batch (English words in Chinese text): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('finds a Chinese name right after an English title, and reads "join了" as joining', () => {
    expect(moves('前OpenAI Research Scientist邝思远已加入MiniMax，出任Chief Scientist，负责下一代基座模型。')).toEqual(['邝思远:join:OpenAI→MiniMax']);
    expect(moves('在Google工作九年的Staff Engineer冼一鸣已经从Google离职，下一站是Anthropic。')).toEqual(['冼一鸣:departure:Google→Anthropic']);
    expect(moves('谷歌DeepMind研究员乔羽墨近日join了Meta TBD Lab，成为该团队第12位华人成员。')).toEqual(['乔羽墨:join:Google→Meta']);
  });
  it('reads no move in English words for a product or a meeting', () => {
    expect(moves('据悉，OpenAI研究员邝思远在周五的All Hands会议上介绍了新模型的训练进展。')).toEqual([]);
  });
});

describe('the four-hundred-and-seventeenth batch (more English in Chinese posts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads an offer taken, "官宣join" and "leave了", and where someone who left works now', () => {
    expect(moves('知情人士透露，谷歌DeepMind研究员柴若谷已经接受了xAI的offer，预计下月入职。')).toEqual(['柴若谷:join:Google→xAI']);
    expect(moves('前字节跳动Seed研究员岑予安今天在X上官宣join OpenAI，加入其后训练团队。')).toEqual(['岑予安:join:ByteDance→OpenAI']);
    expect(moves('Google DeepMind研究员俞星澜上个月leave了Google，目前已在Anthropic上班。')).toEqual(['俞星澜:departure:Google→Anthropic']);
  });
  it('reads no move in an offer turned down or not yet decided', () => {
    expect(moves('OpenAI研究员柴若谷表示，自己拒绝了Meta开出的offer，将继续留在OpenAI。')).toEqual([]);
    expect(moves('据悉，谷歌研究员岑予安手握xAI和Meta两份offer，目前尚未决定去向。')).toEqual([]);
  });
});

describe('the four-hundred-and-nineteenth batch (English wording no batch used): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads taking up a post, being set to helm an org, heading over to one, being handed the reins and bowing out', () => {
    expect(moves('Hollis Grant, a research lead at Google DeepMind, is taking up a post at Anthropic as head of reinforcement learning.')).toEqual(['Hollis Grant:join:Google→Anthropic']);
    expect(moves("Wren Adler, who ran Llama's data team at Meta, is set to helm Microsoft AI's model group.")).toEqual(['Wren Adler:join:Meta→Microsoft']);
    expect(moves("Bastian Kohl, one of xAI's infrastructure engineers, is heading over to OpenAI next month.")).toEqual(['Bastian Kohl:join:xAI→OpenAI']);
    expect(moves("Scale AI's head of policy, Imani Brooks, is bowing out after five years, the company confirmed.")).toEqual(['Imani Brooks:departure:Scale AI→-']);
  });
  it('reads an org that hands the reins to someone as appointing them, not as a story of people leaving it', () => {
    expect(moves('Apple hands the reins of its models team to a newcomer\nApple has handed the reins of its foundation models team to Sonia Marchetti, who joins from Google.')).toEqual([
      'Sonia Marchetti:join:Google→Apple',
    ]);
  });
  it('reads the same words of hobbies and panels as no move', () => {
    expect(moves('Hollis Grant, a research lead at Google DeepMind, is taking up pottery and set to helm a charity run in May.')).toEqual([]);
    expect(moves("Imani Brooks bowed out of Tuesday's panel at the last minute, citing a cold, a Scale AI spokesperson said.")).toEqual([]);
  });
});

describe('the four-hundred-and-twentieth batch (more English wording): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads installing and enlisting someone (past an org's possessive) as hiring them", () => {
    expect(moves('xAI has installed Raymond Achterberg, previously a finance director at Tesla, as its chief financial officer.')).toEqual(['Raymond Achterberg:join:Tesla→xAI']);
    expect(moves("Anthropic has enlisted Microsoft's Kwame Osei to run its security engineering group.")).toEqual(['Kwame Osei:join:Microsoft→Anthropic']);
  });
  it('reads servers installed as no hire', () => {
    expect(moves('Microsoft has installed new servers in its Wisconsin data center, said Kwame Osei, who runs security engineering there.')).toEqual([]);
  });
});

describe('the four-hundred-and-twenty-first batch (Chinese move words no batch used): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads 裸辞 as leaving, and 转战 and 赴任 as joining only an org a few characters on', () => {
    expect(moves('字节跳动Seed团队研究员司空远近日裸辞，暂未透露下一步去向。')).toEqual(['司空远:departure:ByteDance→-']);
    expect(moves('前谷歌研究科学家蒲星河已于本周赴任DeepSeek，担任推理团队负责人。')).toEqual(['蒲星河:departure:Google→DeepSeek']);
    expect(moves('前百度集团副总裁邱一凡已转战小米，负责大模型应用落地。')).toEqual(['邱一凡:departure:Baidu→Xiaomi']);
    expect(moves('小米集团总裁卢伟冰表示，小米将转战线下市场，并亲自坐镇发布会现场。')).toEqual([]);
  });
});

describe('the four-hundred-and-twenty-second batch (short forms of watched given names): what its blind score showed', () => {
  const alerted = alertsWatching(['Alexander Kirov', 'Michael Tanaka', 'William Ferris', 'Samuel Okoro']);
  it('reads a surname after a short or familiar form of the watched given name, or after a middle initial, as the watched person named in full', () => {
    expect(alerted("Alex Kirov joins OpenAI\nAlex Kirov, who led Anthropic's tokenizer work, has joined OpenAI.")).toEqual(['Alexander Kirov:join']);
    expect(alerted("Meta has hired Mike Tanaka, Apple's former head of on-device models, to run its wearables AI group.")).toEqual(['Michael Tanaka:join']);
    expect(alerted('Bill Ferris, a longtime Microsoft Research scientist, is moving to xAI, he wrote on LinkedIn.')).toEqual(['William Ferris:departure']);
    expect(alerted("Meta has hired Samuel J. Okoro, who spent a decade building Siri's speech models at Apple, to lead voice research.")).toEqual(['Samuel Okoro:join']);
  });
  it('reads a surname after another given name as a namesake', () => {
    expect(alerted('Meta has hired Hiroshi Tanaka, a former Sony engineer, to run its camera team.')).toEqual(['Hiroshi Tanaka:join']);
  });
});

describe('the four-hundred-and-twenty-fourth batch (English phrasings no batch had written): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "is no longer at", a notice served out before a start elsewhere, and an opening "Having spent nine years at"', () => {
    expect(moves("Corwin Hale, who led Anthropic's work with European regulators, is no longer at the company.")).toEqual(['Corwin Hale:departure:Anthropic→-']);
    expect(moves('Tobias Wren is serving out his notice at Google DeepMind before he starts at OpenAI in January.')).toEqual(['Tobias Wren:departure:Google→OpenAI']);
    expect(moves('Having spent nine years at Microsoft, Lorna Pike has joined Anthropic to lead its enterprise deployments team.')).toEqual(['Lorna Pike:join:Microsoft→Anthropic']);
  });
  it('reads a label with its org ("New at xAI:", "Out at Meta after 12 years:") as the move of the name after its colon', () => {
    expect(moves('New at xAI: Desmond Okoro, who spent eight years designing neural engines at Apple.')).toEqual(['Desmond Okoro:join:Apple→xAI']);
    expect(moves("Out at Meta after 12 years: Renata Silvas, who ran the company's AI infrastructure budget.")).toEqual(['Renata Silvas:departure:Meta→-']);
  });
  it('reads the same words of risk, a visit and a microphone as no move', () => {
    expect(moves("OpenAI's infrastructure chief Corwin Hale said its data centers are no longer at risk of running out of power this winter.")).toEqual([]);
    expect(moves("Having visited Google's Mountain View campus last week, Lorna Pike said she was struck by how much of it was given over to robotics.")).toEqual([]);
    expect(moves('Out at Meta, the mood is grim: Renata Silvas said budgets would be cut again.')).toEqual([]);
  });
});

describe('the four-hundred-and-twenty-fifth batch (Chinese clefts and colloquial move words): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads the mover named after a cleft's 的是, and where the description before their name says they come from", () => {
    expect(moves('本月加盟字节跳动Seed团队的，是前阿里通义千问算法负责人滕一舟。')).toEqual(['滕一舟:join:Alibaba→ByteDance']);
    expect(moves('腾讯混元技术负责人宗若曦上月离职。接替她出任这一职位的，是此前在百度负责文心大模型的霍思源。')).toEqual(['宗若曦:departure:Tencent→-', '霍思源:join:Baidu→Tencent']);
    expect(moves('腾讯AI Lab主任岳清和已经离开腾讯，顶替他的是来自微软亚洲研究院的卓闻天。')).toEqual(['岳清和:departure:Tencent→-', '卓闻天:join:Microsoft→Tencent']);
  });
  it('reads 落脚, 转去 and 跳到 as going to the org right after them', () => {
    expect(moves('小米大模型团队负责人邵珂今年初离职，最终落脚月之暗面，担任模型训练负责人。')).toEqual(['邵珂:departure:Xiaomi→Moonshot AI']);
    expect(moves('字节跳动豆包团队的后训练负责人冀书航已转去DeepSeek，继续做强化学习方向。')).toEqual(['冀书航:departure:ByteDance→DeepSeek']);
    expect(moves('小米MiMo团队研究员祁远舟跳到了美团，负责其大模型的预训练工作。')).toEqual(['祁远舟:departure:Xiaomi→Meituan']);
  });
  it('reads a cleft about a launch, a family settling in a city and a talk in another hall as no move', () => {
    expect(moves('出席本次发布会并介绍新模型的，是阿里通义实验室负责人滕一舟。')).toEqual([]);
    expect(moves('阿里巴巴研究员甘若琳一家几经辗转，最终落脚杭州。')).toEqual([]);
    expect(moves('会后，阿里巴巴研究员滕一舟转去另一个会场，做了关于多模态的报告。')).toEqual([]);
  });
});

describe('the four-hundred-and-twenty-sixth batch (moves told in passing in a relative clause): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "who has since left" and "who just left" as news, like "who recently joined"', () => {
    expect(moves('The open-weights plan was drawn up by Mateo Lindqvist, who has since left Meta, and two colleagues who remain at the company.')).toEqual(['Mateo Lindqvist:departure:Meta→-']);
    expect(moves('Compute costs will keep rising, according to Ines Carvalho, who just left Google DeepMind to start her own company.')).toEqual(['Ines Carvalho:departure:Google→-']);
  });
  it('reads a relative clause dated years ago as biography', () => {
    expect(moves('The device team is led by Celia Brandt, who left Apple for OpenAI in 2023 after a decade designing iPhone cameras.')).toEqual([]);
    expect(moves('The plan was drawn up by Mateo Lindqvist, who left Google for Meta in 2019, and two colleagues.')).toEqual([]);
  });
});

describe('the four-hundred-and-twenty-seventh batch (office rituals, rare surnames): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('finds people whose surname is a rare one (禤, 亓, 况, 帅)', () => {
    expect(moves('前字节跳动Seed研究员禤子谦在朋友圈晒出入职第一天的照片，他已正式加入阿里通义实验室。')).toEqual(['禤子谦:join:ByteDance→Alibaba']);
    expect(moves('原百度文心团队负责人亓明远今天去腾讯报到，将负责混元大模型的推理优化。')).toEqual(['亓明远:join:Baidu→Tencent']);
    expect(moves('小米MiMo团队负责人帅云舟已于上周办完了离职手续，去向暂未公开。')).toEqual(['帅云舟:departure:Xiaomi→-']);
  });
  it('reads no longer working at an org (不再在X任职) as leaving it', () => {
    expect(moves('月之暗面产品负责人柯望舒表示，自己手头的工作已经交接完毕，下周起将不再在月之暗面任职。')).toEqual(['柯望舒:departure:Moonshot AI→-']);
  });
  it('reads a conference check-in, a school and a reporting line as no move', () => {
    expect(moves('腾讯混元负责人亓明远今天上午在世界人工智能大会现场报到，并领取了参会证件。')).toEqual([]);
    expect(moves('阿里通义实验室研究员况以宁目前汇报给周靖人，负责多模态方向。')).toEqual([]);
  });
});

describe('the four-hundred-and-twenty-eighth batch (profiles changed, first days posted): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a first week, onboarding and a start date at a company as joining it', () => {
    expect(moves('Former Apple interface designer Lionel Marchetti is onboarding at OpenAI this week.')).toEqual(['Lionel Marchetti:join:Apple→OpenAI']);
    expect(moves('Google Brain veteran Ottilie Sand has a start date at Anthropic: she begins on the safeguards team on March 2.')).toEqual(['Ottilie Sand:join:Google→Anthropic']);
  });
  it('reads a quote that opens with the move word, its "I" left out, as the move of the one who wrote it', () => {
    expect(moves('"First week at xAI in the books," wrote Nadia Kowalczyk, who spent five years on Microsoft\'s Azure AI team.')).toEqual(['Nadia Kowalczyk:join:Microsoft→xAI']);
    expect(moves('"First week at OpenAI felt like a year," Ruben Castellanos recalled of his start there in 2016.')).toEqual([]);
    expect(moves('"Onboarding at Meta is chaos right now," said Caspar Oyelaran, who runs partnerships at the company.')).toEqual([]);
  });
  it('reads a profile that now lists someone at another company as a join, the platform named no employer', () => {
    expect(moves('The LinkedIn profile of Caspar Oyelaran, a Meta infrastructure engineer since 2019, now lists him as a member of technical staff at Anthropic.')).toEqual([
      'Caspar Oyelaran:join:Meta→Anthropic',
    ]);
  });
  it('reads onboarding customers and the first week of a trial as no move', () => {
    expect(moves('Caspar Oyelaran, who runs partnerships at Meta, said the company is onboarding its first enterprise customers for Llama this week.')).toEqual([]);
    expect(moves("In the first week of the trial, OpenAI's Ruben Castellanos testified about the company's early days.")).toEqual([]);
  });
});

describe('the four-hundred-and-twenty-ninth batch (professors moving to labs): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads leaving a post at an org the catalog does not know for an org it knows as a join there', () => {
    expect(moves('Yusuf Adebayo is stepping down from his chair at Oxford to join OpenAI full time, the university said.')).toEqual(['Yusuf Adebayo:join:-→OpenAI']);
  });
  it('reads a secondment, and the return after it, as no move', () => {
    expect(moves('Google DeepMind researcher Keira Dunmore has been seconded to the UK AI Security Institute for a year and will return to the lab afterwards.')).toEqual([]);
  });
});

describe('the four-hundred-and-thirtieth batch (companies as hurried writers spell them): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "Antropic", a common misspelling, as Anthropic', () => {
    expect(moves("Former Google researcher Ivo Brandt has joined Antropic's interpretability team.")).toEqual(['Ivo Brandt:join:Google→Anthropic']);
  });
});

describe('the four-hundred-and-thirty-first batch (watched short forms the text writes formally): what its blind score showed', () => {
  const alerted = alertsWatching(['Katie Osei', 'Priya Raman']);
  it('reads a surname after a nickname in quotes or brackets that is the watched given name as the watched person named in full', () => {
    expect(alerted('Anthropic has hired Katherine "Katie" Osei, a Google Research scientist who worked on speech recognition.')).toEqual(['Katie Osei:join']);
    expect(alerted('Priyanka (Priya) Raman has left Google DeepMind.')).toEqual(['Priya Raman:departure']);
  });
  it('reads a surname after a nickname that is another given name as a surname alone, not the watched person in full', () => {
    expect(alerted('Anthropic has hired Daniel "Danny" Osei, a Google Research scientist.')).toEqual(['Katie Osei:join (by surname)']);
  });
});

describe('the four-hundred-and-thirty-second batch (Chinese names written another way): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a surname and an honorific opening a clause as the person the sentence before names in full', () => {
    expect(moves('前谷歌DeepMind研究科学家邬星河近日回国。邬博士已正式加盟月之暗面，负责强化学习团队。')).toEqual(['邬星河:join:Google→Moonshot AI']);
  });
  it('reads no one from an honorific of another surname', () => {
    expect(moves('前谷歌DeepMind研究科学家邬星河近日回国。陈博士已正式加盟月之暗面，负责强化学习团队。')).toEqual([]);
  });
  it('reads the description before an English name as that of the watched Chinese name glossing it', () => {
    const watching = buildMatchIndex([personWatch('瞿明哲', { id: 2 })], catalog);
    expect(movesAs('前字节跳动Seed研究员Ethan Qu（瞿明哲）已加盟小米，出任MiMo大模型负责人。', ['person', 'event', 'ends'], watching)).toEqual(['瞿明哲:join:ByteDance→Xiaomi']);
  });
});

describe('the four-hundred-and-thirty-third batch (real moves of late 2025 retold): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the one succeeded as leaving the org the successor goes to, not the one the successor comes from', () => {
    expect(moves("Apple said Jennifer Newstead, Meta's chief legal officer, will become its general counsel in March, succeeding Kate Adams, who plans to retire late next year.")).toEqual([
      'Jennifer Newstead:join:Meta→Apple',
      'Kate Adams:departure:Apple→-',
    ]);
  });
  it('reads someone affected by layoffs as let go', () => {
    expect(
      moves("Yuandong Tian, a research scientist director at Meta's FAIR lab, said on X that he and several members of his team were affected by the cuts, part of roughly 600 roles Meta eliminated."),
    ).toEqual(['Yuandong Tian:departure:Meta→-']);
  });
});

describe('the four-hundred-and-thirty-fourth batch (a person named first without a move, the move told after): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a Chinese clause that leaves out its subject as the move of the subject of the move word before it', () => {
    const watching = buildMatchIndex([personWatch('裴思远', { id: 2 })], catalog);
    expect(movesAs('腾讯混元的高级研究员裴思远是多模态方向的核心成员。据悉，这位研究员已于上周离职，下一站是字节跳动。', ['person', 'event', 'ends'], watching)).toEqual([
      '裴思远:departure:Tencent→ByteDance',
    ]);
  });
  it('reads a clause after a semicolon with a subject of its own as not the one before', () => {
    expect(moves('据腾讯内部人士透露，原腾讯云AI产品负责人蒋一帆调任混元团队，担任产品负责人；原混元产品负责人则已离职。')).toEqual(['蒋一帆:promotion:-→Tencent']);
  });
  it('reads 自己 after "他…透露" as the one the pronoun is', () => {
    expect(moves('阿里通义实验室研究员祁晓川在接受采访时说了这番话。他同时透露，自己已经从阿里离职，即将加入月之暗面。')).toEqual(['祁晓川:departure:Alibaba→Moonshot AI']);
  });
});

describe('the four-hundred-and-thirty-fifth batch (punctuation feeds carry): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a time inside an aside set off by dashes as governing nothing after the aside', () => {
    expect(moves('Desmond Achterberg \u2013 a research scientist at Meta since 2018 \u2013 has left the company, he said on Threads.')).toEqual(['Desmond Achterberg:departure:Meta→-']);
    expect(moves('Desmond Achterberg -- a research scientist at Meta since 2018 -- has left the company.')).toEqual(['Desmond Achterberg:departure:Meta→-']);
  });
  it('still reads a time clause with no dash closing it as biography', () => {
    expect(moves('Since Desmond Achterberg left Meta in 2018, the team has doubled.')).toEqual([]);
  });
});

describe('the four-hundred-and-thirty-sixth batch (a second mover introduced through the first): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a colleague of a mover told before as coming from where that mover was', () => {
    expect(moves("Apple machine learning engineer Corentin Daly has left for Meta, and Daly's teammate Yusra Kamal has joined Anthropic.")).toEqual([
      'Corentin Daly:departure:Apple→Meta',
      'Yusra Kamal:join:Apple→Anthropic',
    ]);
  });
  it('reads someone going with a mover as making the same move', () => {
    expect(moves('Rafael Pinto, who ran pretraining data at Google DeepMind, is joining xAI. His longtime collaborator, Nadia Voss, is going with him.')).toEqual([
      'Rafael Pinto:join:Google→xAI',
      'Nadia Voss:join:Google→xAI',
    ]);
    expect(moves('字节跳动Seed研究员霍一凡近日加盟小米，与他同去的还有老搭档庞子谦。')).toEqual(['霍一凡:join:ByteDance→Xiaomi', '庞子谦:join:ByteDance→Xiaomi']);
  });
});

describe('the four-hundred-and-thirty-seventh batch (movers described by a big-tech product): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a product as its company: Android, Chrome, Vision Pro, 淘宝, 小爱同学, 夸克', () => {
    expect(moves('Marisa Quon, who led on-device AI for Android, has joined OpenAI to work on its phone assistant.')).toEqual(['Marisa Quon:join:Google→OpenAI']);
    expect(moves('Dev Raghunathan, a longtime Chrome engineer, is moving to Anthropic to build its browser agent.')).toEqual(['Dev Raghunathan:departure:Google→Anthropic']);
    expect(moves('Meta has hired Tobin Okafor, a lead interaction designer on the Vision Pro, for its glasses team.')).toEqual(['Tobin Okafor:join:Apple→Meta']);
    expect(moves('淘宝推荐算法负责人邢若川已加盟字节跳动，负责豆包的推荐系统。')).toEqual(['邢若川:join:Alibaba→ByteDance']);
    expect(moves('小爱同学技术负责人滕子墨已于近日离职，加入月之暗面。')).toEqual(['滕子墨:departure:Xiaomi→Moonshot AI']);
    expect(moves('夸克AI搜索产品负责人仇一舟已正式加入腾讯元宝团队。')).toEqual(['仇一舟:join:Alibaba→Tencent']);
  });
  it('reads the same words in lower case as no company', () => {
    expect(moves('Marisa Quon, who built android robots with a chrome finish at a startup, has joined OpenAI.')).toEqual(['Marisa Quon:join:-→OpenAI']);
  });
});

describe('the four-hundred-and-thirty-eighth batch (how sure a report is): what its blind score showed', () => {
  const statusOf = (text: string) => movesAs(text, ['person', 'status']);
  it('reads "per Bloomberg", "insiders say", "is understood to" and "Word is that" as a rumour', () => {
    expect(statusOf("Gemini's audio lead, Torvald Lindqvist, is leaving Google for Meta, per Bloomberg.")).toEqual(['Torvald Lindqvist:rumoured']);
    expect(statusOf("xAI's head of safety, Maren Solberg, has left the company, insiders say.")).toEqual(['Maren Solberg:rumoured']);
    expect(statusOf("OpenAI researcher Kasimir Ødegaard is understood to have joined Anthropic's alignment team.")).toEqual(['Kasimir Ødegaard:rumoured']);
    expect(statusOf("Word is that Microsoft AI's Reuben Castellano is headed to Apple to lead Siri's model work.")).toEqual(['Reuben Castellano:rumoured']);
  });
  it('reads a move the company confirms as reported', () => {
    expect(statusOf('We can confirm that Meta researcher Anouk Verhaegen has joined OpenAI; an OpenAI spokesperson confirmed the hire.')).toEqual(['Anouk Verhaegen:reported']);
  });
});

describe('the four-hundred-and-thirty-ninth batch (Chinese headlines with no body): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads a move told of someone unnamed, then a colon and who it is, as that person's", () => {
    expect(moves('DeepSeek又一研究员转投Meta：前V3核心作者邓一帆')).toEqual(['邓一帆:departure:DeepSeek→Meta']);
    expect(moves('Another researcher heads to Meta: former o1 lead Dana Whitcomb')).toEqual(['Dana Whitcomb:join:-→Meta']);
  });
  it('reads a colon after a move that is not a job as no move', () => {
    expect(moves('Google is leaving the market: CEO Sundar Pichai said the unit would close.')).toEqual([]);
  });
});

describe("the four-hundred-and-fortieth batch (leaders in other people's moves): what its blind score showed", () => {
  const alerted = alertsWatching(['Imara Okafor', '雷远山']);
  it('reads the boss a hire will report to as no list item of the hire (an aside about where someone went still lists)', () => {
    expect(movesAs('Cohere’s exits include Ana Ruiz, who went to a startup, Ben Cole and Tomas Berg.', ['person'])).toEqual(['Ana Ruiz', 'Ben Cole', 'Tomas Berg']);
    expect(alerted("Anthropic has hired xAI engineer Lucas Brenner, who will report to Anthropic's chief technology officer, Imara Okafor.")).toEqual(['Lucas Brenner:join']);
  });
  it('reads 人事任命 announced by someone as no appointment of theirs', () => {
    expect(alerted('雷远山宣布人事任命\n小米集团创始人雷远山今日宣布，前DeepSeek研究员葛思齐加入小米，出任大模型负责人。')).toEqual(['葛思齐:join']);
  });
});

describe("the four-hundred-and-forty-first batch (leaders named around someone else's move): what its blind score showed", () => {
  const alerted = alertsWatching(['Hollis Brandt', '雷远山', '杨子墨']);
  it('reads the one who hires from an org, naming no one hired, as no mover', () => {
    expect(alerted('A startup backed by Hollis Brandt hires from Google')).toEqual([]);
  });
  it("reads the hirer a later clause names (是X亲自挖来的) as no one hired by the headline's unnamed hire", () => {
    expect(alerted('雷远山亲自挖来前谷歌研究员\n据知情人士透露，前谷歌研究员杭一舟已加入小米，是小米创始人雷远山亲自挖来的。')).toEqual(['杭一舟:join']);
  });
  it("reads the one whose deputy someone is (X的副手) as no subject of the deputy's move", () => {
    expect(alerted('月之暗面技术副总裁祁远航曾是创始人杨子墨的副手，他已于近日离职，加入腾讯。')).toEqual(['祁远航:departure']);
  });
});

describe('the four-hundred-and-forty-second batch (leaders who speak about or preside over a move): what its blind score showed', () => {
  const alerted = alertsWatching(['Imara Okafor', 'Corvin Hale']);
  it('reads the one who congratulates "a departing engineer" as no mover', () => {
    expect(alerted('Imara Okafor congratulates a departing engineer')).toEqual([]);
  });
  it('reads a person before an org that hires as no one hired', () => {
    expect(alerted('Under Corvin Hale, Microsoft AI hires')).toEqual([]);
    expect(alerted('Under Corvin Hale, Microsoft AI has hired Ines Kovac from Google DeepMind.')).toEqual(['Ines Kovac:join']);
  });
});

describe("the four-hundred-and-forty-fourth batch (a watched person's old move told in passing): what its blind score showed", () => {
  const alerted = alertsWatching(['Corvin Hale']);
  it('reads the one succeeded, who moved on years ago, as no mover now', () => {
    expect(alerted('Google has named Ines Kovac to run the Gemini app, succeeding Corvin Hale, who moved to Microsoft AI two years ago.')).toEqual(['Ines Kovac:promotion']);
  });
  it('reads the one succeeded, who moved on last month, as leaving', () => {
    expect(alerted('Google has named Ines Kovac to run the Gemini app, succeeding Corvin Hale, who moved to Microsoft AI last month.')).toEqual(['Ines Kovac:promotion', 'Corvin Hale:departure']);
  });
});

describe("the four-hundred-and-forty-fifth batch (a watched person's old move told in passing, in Chinese): what its blind score showed", () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a year in a description of the subject as dating that description, not the move after it, nor its org as the origin', () => {
    expect(moves('2023年从阿里离职的宋一川，近日再度离开其创办的公司，正式加入字节跳动。')).toEqual(['宋一川:join:-→ByteDance']);
  });
  it('still reads a short opening time clause as dating what follows it', () => {
    expect(moves('2023年，宋一川离开阿里，加入字节跳动。')).toEqual([]);
  });
});

describe('the four-hundred-and-forty-sixth batch (people named in passing as alumni): what its blind score showed', () => {
  it('reads those "such as" after the former colleagues a mover joins in doing the same as no movers now', () => {
    const alerted = alertsWatching(['Omar Haddad', 'Greta Lindqvist']);
    expect(alerted('Omar Haddad has left OpenAI to start a company, joining former colleagues such as Greta Lindqvist who have done the same.')).toEqual(['Omar Haddad:departure']);
  });
  it('still adds those "such as" after the movers a move counts', () => {
    expect(movesAs('Several researchers have left OpenAI for Anthropic, such as Greta Lindqvist and Omar Haddad.', ['person'])).toEqual(['Greta Lindqvist', 'Omar Haddad']);
  });
});

describe('the four-hundred-and-forty-seventh batch (people named in passing as alumni, in Chinese): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads moves spread over the past years (过去两年陆续…) as a trend told back, not news', () => {
    expect(moves('包括柏星河在内的多位前OpenAI研究员，过去两年陆续创办了自己的公司。')).toEqual([]);
  });
  it('still reads a move of this week beside it', () => {
    expect(moves('前OpenAI研究员柏星河本周宣布创办了自己的公司。')).toEqual(['柏星河:founding:OpenAI→-']);
  });
});

describe('the four-hundred-and-forty-eighth batch (moves told as a count or a trend): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "to go to" a company as joining it', () => {
    expect(moves("Solveig Andersen is the first of Google DeepMind's Gemini audio team to go to Anthropic.")).toEqual(['Solveig Andersen:join:Google→Anthropic']);
  });
  it('reads going to a place or an event as no move', () => {
    expect(moves('Solveig Andersen, a Google DeepMind researcher, goes to Stanford on Friday to give a talk.')).toEqual([]);
  });
});

describe('the four-hundred-and-forty-ninth batch (Chinese moves told as a count): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('finds a name before the count of a trend it makes (成为第三位, 是首位) and after 随着', () => {
    expect(moves('岑远航成为今年第三位离开月之暗面的联合创始人。')).toEqual(['岑远航:departure:Moonshot AI→-']);
    expect(moves('葛若川是首位加盟小米的DeepSeek核心研究员，将负责推理模型。')).toEqual(['葛若川:join:DeepSeek→Xiaomi']);
    expect(moves('随着邓一舟近日离开，字节跳动Seed团队的最后一位创始成员也已离开公司。')).toEqual(['邓一舟:departure:ByteDance→-']);
  });
  it('reads a count of products as no move', () => {
    expect(moves('腾讯混元负责人蒋一鸣表示，这是团队本月发布的第二款模型，也是首款加入视频能力的产品。')).toEqual([]);
  });
});

describe('the four-hundred-and-fiftieth batch (the origin inside the count of a trend): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the org after 的 that describes the one who is "the first to join" as where they come from', () => {
    expect(moves('葛远舟是首位加盟小米的DeepSeek研究员。')).toEqual(['葛远舟:join:DeepSeek→Xiaomi']);
  });
  it('reads no origin where nothing counts the one who joins', () => {
    expect(moves('葛远舟已加盟小米的大模型团队。')).toEqual(['葛远舟:join:-→Xiaomi']);
  });
});

describe('the four-hundred-and-fifty-second batch (long English reports): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "will join the company" past a long aside as joining the org the sentence before is about', () => {
    expect(
      moves(
        'Anthropic has been expanding in Asia, and it now has someone to run its Tokyo office. Corwin Ashdale, who spent eleven years at Google, most recently leading its cloud sales in Japan, will join the company as head of Japan in January.',
      ),
    ).toEqual(['Corwin Ashdale:join:Google→Anthropic']);
  });
  it('reads the aside of one whose hiring another "follows that of" as news, and no region as a name', () => {
    expect(moves("The hiring follows that of Minerva Taft, a former Microsoft executive who took over Anthropic's Asia-Pacific business in the spring.")).toEqual([
      'Minerva Taft:join:Microsoft→Anthropic',
    ]);
    expect(moves('Ana Ruiz has joined Anthropic from Microsoft. Her departure follows that of her former manager, Tom Riedel, who moved to Anthropic in July.')).toEqual([
      'Ana Ruiz:join:Microsoft→Anthropic',
      'Tom Riedel:join:Microsoft→Anthropic',
    ]);
  });
  it('keeps a departure when the next sentence says where the person had come from', () => {
    expect(moves('Lucan Petrosyan, the chief financial officer of xAI, has left the company, two people said. He had joined from Morgan Stanley, where he advised technology companies.')).toEqual([
      'Lucan Petrosyan:departure:xAI→-',
    ]);
  });
  it('gives colleagues "going with him" the move the article told of him, in whatever sentences it told it', () => {
    expect(
      moves(
        'Microsoft AI poaches a DeepMind robotics lead\nHis newest recruit is Thaddeus Wren, who led robot learning research at Google DeepMind. Wren will lead a small team working on physical AI, Microsoft confirmed. Two of his former colleagues, Ysolde Marchetti and Pim de Haan, are going with him.',
      ),
    ).toEqual(['Thaddeus Wren:join:Google→Microsoft', 'Ysolde Marchetti:join:Google→Microsoft', 'Pim de Haan:join:Google→Microsoft']);
  });
  it('reads coming to a company in an aside as how the person got there, not where they leave from', () => {
    expect(moves('Casimir Hollander, a senior director who came to Apple from Amazon in 2019, left this month for Meta.')).toEqual(['Casimir Hollander:departure:Apple→Meta']);
    expect(moves('The idea came to Casimir Hollander while he was at Google.')).toEqual([]);
  });
});

describe('the four-hundred-and-fifty-third batch (long Chinese reports): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads a remit given up for an adviser's post, no org named, as a change where they are; and a successor already there as promoted", () => {
    expect(moves('字节跳动对Seed团队的管理层作出调整。原Seed基础模型负责人邝启明将不再负责具体业务，转任团队技术顾问。接替他的是今年年初从谷歌DeepMind加入字节的研究科学家伍思远。')).toEqual([
      '邝启明:promotion:-→ByteDance',
      '伍思远:promotion:-→ByteDance',
    ]);
  });
  it('gives one listed under a group that moved the origin the group is described by', () => {
    expect(moves('今年以来已有至少三名通义的技术骨干流向腾讯，其中包括此前负责语音模型的谭书远。')).toEqual(['谭书远:join:Alibaba→Tencent']);
    expect(moves('Several Meta researchers have joined Mistral AI, including Ben Cole.')).toEqual(['Ben Cole:join:Meta→Mistral AI']);
  });
  it('reads money flowing to a company as no move', () => {
    expect(moves('腾讯副总裁钱一鸣表示，今年以来大量资金流向腾讯云。')).toEqual([]);
  });
  it('takes the post named before 一职由 as the role of the one who takes it over', () => {
    expect(movesAs('月之暗面首席财务官一职由晏清秋接任。', ['person', 'role'])).toEqual(['晏清秋:CFO']);
  });
  it("keeps the post left as a departure's role, not the one at a next employer it does not name", () => {
    expect(movesAs('负责Kimi产品的月之暗面副总裁骆云舟已于上月底离职，据悉将加入一家出海AI应用创业公司担任联合创始人。', ['person', 'role'])).toEqual(['骆云舟:Vice President']);
  });
  it("reads the company's reply that someone left as confirming it, whatever rumour of where they go", () => {
    expect(
      movesAs('百度文心一言技术负责人低调离职\n文心大模型技术负责人晁宇恒已于近期离开百度。有消息称其将加入一家AI创业公司，但该消息暂未得到证实。百度回应称，晁宇恒因个人原因离职。', [
        'person',
        'status',
      ]),
    ).toEqual(['晁宇恒:reported']);
  });
});

describe('the four-hundred-and-fifty-fourth batch (person watches on long reports): what its blind score showed', () => {
  const alerts = alertsWatching(['Cornelius Haddad', 'Desmond Valcourt']);
  it('reads no hire by one who speaks of a clause with its own subject ("He added that the lab had hired …")', () => {
    expect(
      alerts(
        'In an interview, Cornelius Haddad, Meta\'s chief AI scientist, pushed back on reports of disarray. "People come and go," Haddad said. He added that the lab had hired more than 40 people in the past two months.',
      ),
    ).toEqual([]);
  });
  it('reads coming out of retirement to lead a team at a company as joining it', () => {
    expect(
      movesAs('Desmond Valcourt spent 16 years at Apple and retired from the company in 2023. He has come out of retirement to lead manufacturing design at OpenAI, the company confirmed.', [
        'person',
        'event',
        'ends',
      ]),
    ).toEqual(['Desmond Valcourt:join:Apple→OpenAI']);
  });
});

describe('the four-hundred-and-fifty-fifth batch (person watches on long Chinese reports): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads 这位 and a description with 曾 inside it as the person named before, moving now', () => {
    const watching = buildMatchIndex([personWatch('邢知远', { id: 2 })], catalog);
    const text = '过去两年，字节跳动在视觉生成上投入巨大，邢知远是其中的关键人物之一。据知情人士透露，这位曾带队研发多个视频生成模型的技术负责人已于本月离开字节跳动，正式加盟阶跃星辰。';
    expect(movesAs(text, ['person', 'event', 'ends'], watching)).toEqual(['邢知远:departure:ByteDance→StepFun']);
  });
  it("reads going back to one's alma mater to teach as joining it, not a return", () => {
    expect(moves('36氪获悉，隋清和已于近期从阿里巴巴离职，将回到母校上海交通大学任教。')).toEqual(['隋清和:departure:Alibaba→Shanghai Jiao Tong University']);
  });
});

describe('the four-hundred-and-fifty-sixth batch (weekly roundups in running prose): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads one added "to its group" past a long aside on where they were', () => {
    expect(moves("Anthropic has added Margit Solheim, until recently a principal engineer on Google's TPU compiler team, to its infrastructure group.")).toEqual([
      'Margit Solheim:join:Google→Anthropic',
    ]);
  });
  it('reads the investor a new company has money from as no origin, and names the company "of his own"', () => {
    expect(moves("xAI's former head of product, Reuben Akande, has started a company of his own, Parallax Robotics, with $30 million from Andreessen Horowitz.")).toEqual([
      'Reuben Akande:founding:xAI→Parallax Robotics',
    ]);
  });
  it('reads "left … and launched a startup" as a founding done', () => {
    expect(moves('Ana Ruiz left OpenAI and launched a startup, Nimbus Labs, in May.')).toEqual(['Ana Ruiz:founding:OpenAI→Nimbus Labs']);
  });
  it('reads "would retire" as leaving, and an outlet named by its kind as a report not yet confirmed', () => {
    expect(moves('And Cohere said its chief scientist, Bartholomew Quist, would retire at the end of the year.')).toEqual(['Bartholomew Quist:departure:Cohere→-']);
    expect(movesAs('DeepSeek lost Qiu Wenhan to Tencent, according to the Chinese outlet LatePost.', ['person', 'status'])).toEqual(['Qiu Wenhan:rumoured']);
  });
});

describe('the four-hundred-and-fifty-seventh batch (Chinese weekly roundups in prose): what its blind score showed', () => {
  it('takes the post after 被提拔为 as the role', () => {
    expect(movesAs('腾讯方面，混元团队推理方向负责人苏景行被提拔为腾讯副总裁。', ['person', 'event', 'role'])).toEqual(['苏景行:promotion:Vice President']);
  });
  it('names the new company told after a comma (创业，新公司“…”)', () => {
    expect(movesAs('前商汤科技研究院副院长甘若溪宣布创业，新公司“穹宇智能”专注于具身智能。', ['person', 'event', 'ends'])).toEqual(['甘若溪:founding:SenseTime→穹宇智能']);
  });
});

describe('the four-hundred-and-fifty-eighth batch (long look-alikes): what its blind score showed', () => {
  it('reads a clause that is only a date, after the move and a name set off after it, as dating the move', () => {
    expect(
      movesAs(
        "Apple has sued a former engineer, Cassius Renner, over chip designs. Renner, who spent eight years on Apple's silicon team, joined the startup, Ridgeline Semiconductor, in March 2024, according to the complaint.",
        ['person'],
      ),
    ).toEqual([]);
  });
  it('still reads the move where the date is this year', () => {
    expect(movesAs('Cassius Renner, who spent eight years at Apple, joined the startup, Ridgeline Semiconductor, in March 2026, he said.', ['person', 'event', 'ends'])).toEqual([
      'Cassius Renner:departure:Apple→-',
    ]);
  });
});

describe('the four-hundred-and-sixtieth batch (long Traditional Chinese reports): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a start-up only planned, in a sentence after a departure, as no founding (moves-dev: a plan told in passing)', () => {
    expect(moves('聯發科AI研究中心負責人藺書豪已於上月底請辭，聯發科證實此消息。據悉，藺書豪將赴美國矽谷創業。')).toEqual(['藺書豪:departure:MediaTek→-']);
    expect(moves("Scale AI's head of research, Oren Castellanos, will step down, the company said. He plans to start a company.")).toEqual(['Oren Castellanos:departure:Scale AI→-']);
  });
  it('still reads a start-up launched after a departure as a founding', () => {
    expect(moves('Oren Castellanos has left Scale AI. He launched a company, Vireo Labs, last week.')).toEqual(['Oren Castellanos:founding:Scale AI→Vireo Labs']);
  });
});

describe('the four-hundred-and-sixty-first batch (the move in the headline, background in the body): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("gives a join to where the headline's hire went the origin the headline names (Apple's lead, an Amazon engineer)", () => {
    expect(
      moves("xAI hires Apple's Siri engineering lead\nApple has spent two years trying to rebuild Siri. The engineer who oversaw much of that work, Benedikt Sorensen, starts at xAI next week."),
    ).toEqual(['Benedikt Sorensen:join:Apple→xAI']);
    expect(moves('Amazon engineer moves over to Anthropic\nAfter seven years on Alexa, Hannah Osei has moved over to Anthropic.')).toEqual(['Hannah Osei:join:Amazon→Anthropic']);
  });
  it('reads a performer hired for a piece of work as no move', () => {
    expect(moves('Anthropic is adding voices to Claude, and it has hired the British actor Imogen Hartley to record reference audio for one of them.')).toEqual([]);
    expect(moves('Anthropic has hired Imogen Hartley, a former Google engineer, to lead its audio team.')).toEqual(['Imogen Hartley:join:Google→Anthropic']);
  });
});

describe('the four-hundred-and-sixty-second batch (Chinese headlines that tell the move): what its blind score showed', () => {
  it("reads 此次加盟的研究员X as X's move now, its origin the headline's 前OpenAI", () => {
    expect(movesAs('小米大模型团队迎来前OpenAI研究员\n小米在大模型上的投入正在加码。此次加盟的研究员桂若曦曾在OpenAI参与多模态模型的后训练工作。', ['person', 'event', 'ends'])).toEqual([
      '桂若曦:join:OpenAI→Xiaomi',
    ]);
  });
});

describe('the four-hundred-and-sixty-third batch (moves told as nouns): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it.each([
    ['The arrival of Ingrid Solvang, who led reasoning research at Google DeepMind, gives Cohere its first chief scientist since the company was founded.', ['Ingrid Solvang:join:Google→Cohere']],
    ["Meta's poaching of Anselm Whitlock from OpenAI is the latest sign of how far the company will go.", ['Anselm Whitlock:join:OpenAI→Meta']],
    ['The elevation of Corentin Mabille to executive vice president makes him the most senior AI leader at Microsoft.', ['Corentin Mabille:promotion:-→Microsoft']],
    ["The resignation of Marguerite Okoye comes a week after the retirement of Apple's head of research, Leopold Vance.", ['Marguerite Okoye:departure:-→-', 'Leopold Vance:departure:Apple→-']],
    ['The return of Benedetta Corsi to Google, three years after she left to co-found a startup, was announced in a memo.', ['Benedetta Corsi:return:-→Google']],
  ])('%s', (text, expected) => {
    expect(moves(text)).toEqual(expected);
  });
  it('takes the post the move gives, and the one after "the elevation of X to"', () => {
    const roles = (text: string) => movesAs(text, ['person', 'role']);
    expect(roles('The arrival of Ingrid Solvang, who led reasoning research at Google DeepMind, gives Cohere its first chief scientist since the company was founded.')).toEqual([
      'Ingrid Solvang:Chief Scientist',
    ]);
    expect(roles('The elevation of Corentin Mabille to executive vice president makes him the most senior AI leader at Microsoft.')).toEqual(['Corentin Mabille:Executive Vice President']);
  });
  it('reads the return of a product, or a policy on firing, as no move', () => {
    expect(moves("The return of the voice mode to ChatGPT, which OpenAI's Fiona Adebayo announced, was welcomed by users.")).toEqual([]);
    expect(moves("Google's policy on the firing of employees who leak documents was explained by Lionel Ashworth in a memo.")).toEqual([]);
  });
});

describe('the four-hundred-and-sixty-fourth batch (the watched person among many): what its blind score showed', () => {
  it('reads the new colleagues a leader welcomes as the ones who join, not the leader', () => {
    expect(alertsWatching(['邹明远'])('腾讯混元团队近日迎来两位新成员。两人都将向混元团队负责人邹明远汇报。邹明远在内部信中表示，欢迎两位新同事加入，并期待他们的贡献。')).toEqual([]);
  });
});

describe('the four-hundred-and-sixty-fifth batch (orgs named by an epithet): what its blind score showed', () => {
  it('reads ChatGPT开发商 as OpenAI', () => {
    expect(movesAs('前谷歌研究员贲若溪已加入ChatGPT开发商，负责多模态模型的安全评估。', ['person', 'event', 'ends'])).toEqual(['贲若溪:join:Google→OpenAI']);
  });
});

describe('the four-hundred-and-sixty-sixth batch (one of two named before): what its blind score showed', () => {
  it('gives an arrival told of "the former" the org the sentence before names them at', () => {
    expect(movesAs("Meta's superintelligence lab is run by Thaddeus Oyelaran and Priya Ramaswamy. The former joined from Scale AI in June.", ['person', 'event', 'ends'])).toEqual([
      'Thaddeus Oyelaran:join:Scale AI→Meta',
    ]);
  });
});

describe('the four-hundred-and-sixty-seventh batch (long English reports, a second sample): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "several of her deputies left" as the deputies leaving, not her', () => {
    expect(moves("There has been speculation about Apple's AI chief, Ingeborg Halvorsen, since several of her deputies left for Meta this summer.")).toEqual([]);
  });
  it('gives "another co-founder" the origin of the co-founder told before, and reads "was going to" a company as moving there', () => {
    expect(moves('Co-founder Leander Voskuijlen said he had left xAI. His exit came days after another co-founder, Rasmus Kjeldsen, told colleagues that he was going to OpenAI.')).toEqual([
      'Leander Voskuijlen:departure:xAI→-',
      'Rasmus Kjeldsen:join:xAI→OpenAI',
    ]);
    expect(moves('Rasmus Kjeldsen said he was going to be late for the OpenAI meeting.')).toEqual([]);
  });
  it('reads the org that says so, after the move, as the one left', () => {
    expect(moves('Alistair Fairweather, a vice president who has run AI infrastructure since 2021, will retire in January, Google said.')).toEqual(['Alistair Fairweather:departure:Google→-']);
  });
});

describe('the four-hundred-and-sixty-eighth batch (long Chinese reports, a second sample): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a company registered (注册了一家名为“…”的公司) after a departure as the founding', () => {
    expect(moves('Seed视频生成方向的技术负责人仝星野已于近期从字节跳动离职。据悉，他已在美国硅谷注册了一家名为“Framewise”的公司，专注于视频生成。')).toEqual(['仝星野:founding:ByteDance→Framewise']);
  });
  it('reads the org an earlier clause has someone else join as no origin of one who leaves after', () => {
    expect(moves('小米大模型团队接连出现人事变动。先是负责预训练的糜书航离职加入字节跳动，随后负责推理方向的尉迟清也确认离开。')).toEqual([
      '糜书航:departure:Xiaomi→ByteDance',
      '尉迟清:departure:Xiaomi→-',
    ]);
  });
});

describe('the four-hundred-and-sixty-ninth batch (roles as long reports tell them): what its blind score showed', () => {
  const roles = (text: string) => movesAs(text, ['person', 'event', 'role']);
  it('takes the post a relative clause says the person was named to, and one after an article', () => {
    // (Without the org the role is "of", where that org is the move's end.)
    expect(roles('Lucan Petrosyan, who was named chief financial officer of xAI in July, has left the company, two people said.')).toEqual(['Lucan Petrosyan:departure:chief financial officer']);
    expect(roles('Ana Ruiz, a senior director who ran infrastructure for Cohere since 2021, has left the company.')).toEqual(['Ana Ruiz:departure:Senior Director']);
  });
  it('takes the post "the company\'s" title the sentence after gives the one hired', () => {
    expect(roles("Anthropic has hired Rosamund Achterberg from Stripe. She will be the company's chief financial officer, a spokesperson said.")).toEqual([
      'Rosamund Achterberg:join:Chief Financial Officer',
    ]);
  });
});

describe('the four-hundred-and-seventieth batch (person watches on long reports): what its blind score showed', () => {
  it('reads a plural move noun after "he" as no move of his', () => {
    expect(
      alertsWatching(['Ambrose Fairfax'])(
        "Anthropic's chief product officer, Ambrose Fairfax, opened the developer conference. He did not take questions about the recent departures from the company's policy team.",
      ),
    ).toEqual([]);
  });
  it('reads a team saying goodbye to someone as their departure, not a farewell to a place', () => {
    expect(movesAs('At Google DeepMind, the Gemini post-training team said goodbye to Perpetua Lindqvist, who had been there since 2019.', ['person', 'event', 'ends'])).toEqual([
      'Perpetua Lindqvist:departure:Google→-',
    ]);
    expect(movesAs('Perpetua Lindqvist said goodbye to her old office at Google before the move.', ['person'])).toEqual([]);
  });
  it('reads "and leave the company" after a hand-over as leaving the org the sentence before names', () => {
    expect(
      movesAs("Marisol Achterberg has led Cohere's applied research group since 2020. She said she would hand the group to her deputy and leave the company to start a new lab.", [
        'person',
        'event',
        'ends',
      ]),
    ).toEqual(['Marisol Achterberg:departure:Cohere→-']);
    expect(movesAs('Ana Ruiz, who leads research at Cohere, said she would never leave the company.', ['person'])).toEqual([]);
  });
  it('reads "according to two allies" as a report not yet confirmed', () => {
    expect(movesAs('Ruth Abernathy has left Anthropic, according to two allies.', ['person', 'status'])).toEqual(['Ruth Abernathy:rumoured']);
  });
});

describe('the four-hundred-and-seventy-first and -second batches (news as structured summaries): what their blind scores showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  const roles = (text: string) => movesAs(text, ['person', 'event', 'role']);
  it('reads "X is OpenAI\'s new chief of staff" as an appointment to that post', () => {
    expect(roles("Camille Varga is OpenAI's new chief of staff.")).toEqual(['Camille Varga:promotion:Chief of Staff']);
    expect(roles("Anthropic's new head of research is Priya Raman.")).toEqual(['Priya Raman:promotion:Head of Research']);
  });
  it('takes where the appointed person came from a few sentences on, from a sentence that opens with their name', () => {
    expect(
      moves("Camille Varga is OpenAI's new chief of staff. Here is what to know about her.\nWho is Camille Varga?\nVarga, 38, spent six years at Stripe, most recently as head of strategy."),
    ).toEqual(['Camille Varga:join:Stripe→OpenAI']);
  });
  it('reads a fact card of labelled lines as the move of the person it names, in either script', () => {
    expect(
      movesAs('At a glance\nPerson: Hollis Tran\nPrevious role: head of speech models, ByteDance Seed\nNew role: chief scientist for speech, Tencent Hunyuan\nEffective: immediately', [
        'person',
        'event',
        'ends',
        'role',
      ]),
    ).toEqual(['Hollis Tran:join:ByteDance→Tencent:Chief Scientist']);
    expect(moves('人物档案\n姓名：骆庭川\n原职务：微软亚洲研究院首席研究员\n新职务：腾讯混元大模型技术负责人\n生效时间：即日起')).toEqual(['骆庭川:join:Microsoft→Tencent']);
  });
  it('fills in the post a card gives for a move the summary told', () => {
    expect(
      roles(
        'Summary: Lionel Okafor, a research scientist at Google DeepMind, has joined xAI, according to a post on his X account.\nKey facts\n- Who: Lionel Okafor, eight years at Google\n- Move: Google DeepMind → xAI\n- Role: head of reasoning research',
      ),
    ).toEqual(['Lionel Okafor:join:Head of Reasoning Research']);
  });
  it("reads a speaker's card, the post held now and a past in it, as no move", () => {
    expect(moves('嘉宾：蒲文澜\n现任：腾讯混元大模型首席科学家\n履历：曾任百度深度学习研究院主任研究员，2022年加入腾讯。')).toEqual([]);
  });
  it('gives the answer to a question about a new post the move that post is', () => {
    expect(movesAs("Who is Anthropic's new chief scientist? It is Ana Ruiz, who spent nine years at Google.", ['person', 'event', 'ends', 'role'])).toEqual([
      'Ana Ruiz:join:Google→Anthropic:Chief Scientist',
    ]);
    expect(movesAs('问：DeepSeek的新任首席科学家是谁？\n答：是此前在谷歌DeepMind任职的研究员廖承宇。', ['person', 'event', 'ends', 'role'])).toEqual(['廖承宇:join:Google→DeepSeek:Chief Scientist']);
  });
  it('translates the field a 负责人 heads', () => {
    expect(roles('阿里巴巴通义千问产品负责人岑若溪近日离职。')).toEqual(['岑若溪:departure:Head of Product']);
  });
});

describe('the four-hundred-and-seventy-third batch (the watched name spelled another way): what its blind score showed', () => {
  it('finds a watched hyphened given name written joined', () => {
    expect(alertsWatching(['Jae-won Park'])('Jaewon Park, one of the co-founders of xAI, said on Wednesday that he had left the company.')).toEqual(['Jae-won Park:departure']);
  });
  it('reads a capitalised part hyphened onto a watched name as a longer surname, someone else', () => {
    expect(alertsWatching(['Daniel Osei'])('Daniel Osei-Bonsu, the former chief executive of a payments company, has joined Stripe.')).toEqual(['Daniel Osei-Bonsu:join']);
    expect(alertsWatching(['Daniel Osei'])('Daniel Osei, the former chief executive of a payments company, has joined Stripe.')).toEqual(['Daniel Osei:join']);
  });
});

describe('the four-hundred-and-seventy-fourth batch (the loose verbs of trade press): what its blind score showed', () => {
  it('reads "got the nod to run product for" an org as the move there, and a nod for a deal as none', () => {
    expect(movesAs("Scale AI's chief product officer, Lavinia Okonkwo, has got the nod to run product for Meta Superintelligence Labs, Meta said on Thursday.", ['person', 'event', 'ends'])).toEqual([
      'Lavinia Okonkwo:join:Scale AI→Meta',
    ]);
    expect(movesAs('Lavinia Okonkwo got the nod from regulators for the deal with Meta.', ['person'])).toEqual([]);
  });
});

describe('the four-hundred-and-seventy-fifth batch (the loose verbs of Chinese tech media): what its blind score showed', () => {
  it('reads a name of the rare surname 檀 after a title', () => {
    expect(movesAs('前Anthropic研究员檀亦舟近日回国，加入阿里通义实验室，负责智能体方向的研究。', ['person', 'event', 'ends'])).toEqual(['檀亦舟:join:Anthropic→Alibaba']);
  });
});

describe('the four-hundred-and-seventy-sixth batch (long English reports, a third sample): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a deputy who "followed him out the door" as leaving where he left', () => {
    expect(
      moves(
        'Leopold Achterberg, who ran the team that trained Grok, left xAI in October and has since joined OpenAI. His deputy, Sunniva Rasmussen, followed him out the door two weeks later; she is taking time off.',
      ),
    ).toEqual(['Leopold Achterberg:departure:xAI→OpenAI', 'Sunniva Rasmussen:departure:xAI→-']);
  });
  it('gives a successor the confidence of the departure the article tells in the end', () => {
    const r = recognize(
      'In a memo seen by this publication, Craig Federighi said the teams would be merged under Evander Holt. Holt replaces Giselle Marchetti, who is leaving Apple after twelve years.',
      index,
      { year: 2026 },
    );
    const left = r.moves.find((m) => m.person === 'Giselle Marchetti');
    const successor = r.moves.find((m) => m.person === 'Evander Holt');
    expect([left?.event, successor?.event]).toEqual(['departure', 'promotion']);
    expect(successor!.confidence).toBe(left!.confidence);
  });
  it("takes the headline's org as where an arrival told as a noun goes, from another org", () => {
    expect(
      moves(
        'At Meta, a quiet departure and a loud arrival\nTwo announcements came out of Meta Superintelligence Labs this week. The loud one was the arrival of Octavia Ravensworth, a star researcher at OpenAI.',
      ),
    ).toEqual(['Octavia Ravensworth:join:OpenAI→Meta']);
  });
});

describe('the four-hundred-and-seventy-seventh batch (long Chinese reports, a third sample): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads vice presidents brought in (引入了两位副总裁：…) as joins, and 引入 of investors as none', () => {
    expect(moves('月之暗面从外部引入了两位副总裁：前字节跳动商业化负责人卢思齐和前阿里云智能集团产品副总裁邝一鸣。')).toEqual(['卢思齐:join:ByteDance→Moonshot AI', '邝一鸣:join:Alibaba→Moonshot AI']);
    expect(moves('月之暗面引入了两家战略投资者，创始人杨植麟表示欢迎。')).toEqual([]);
  });
  it('reads no name in 易岗 (a swap of posts)', () => {
    expect(movesAs('字节Seed人事再调整：两位负责人易岗，一人离职', ['person'])).toEqual([]);
  });
  it("keeps an appointment an insider's where the next sentence says they joined the org already", () => {
    expect(moves('小米内部人士透露，此前负责MiMo预训练的甄书远将接任团队负责人。甄书远此前在微软亚洲研究院工作多年，2023年加入小米。')).toEqual(['甄书远:promotion:-→Xiaomi']);
  });
});

describe('the four-hundred-and-seventy-eighth batch (person watches on long reports): what its blind score showed', () => {
  it('reads what a speaker says "the company" hired as no move of theirs, past a time after the verb', () => {
    expect(
      alertsWatching(['Aurelien Castagnac'])(
        "Mistral AI's chief executive, Aurelien Castagnac, said on Tuesday that the company had lost a handful of researchers this year but had hired more than it lost.",
      ),
    ).toEqual([]);
  });
  it('reads "his new company, Tidewater Labs" after a departure as the founding it was', () => {
    expect(
      movesAs(
        'This week the Apple executive Caspian Delacroix-Reyes told his team he was leaving to try again. In a post, Delacroix-Reyes said his new company, Tidewater Labs, would build small models for hospitals.',
        ['person', 'event', 'ends'],
      ),
    ).toEqual(['Caspian Delacroix-Reyes:founding:Apple→Tidewater Labs']);
    expect(movesAs('桑若雪已从字节跳动离职。两个月后，她的新公司“小满”完成了首轮融资。', ['person', 'event', 'ends'])).toEqual(['桑若雪:founding:ByteDance→小满']);
  });
  it('gives "That engineer, X," the org of the one the sentence before describes, and reads "people who saw the message" as a source', () => {
    expect(
      movesAs(
        'The team was run by a soft-spoken engineer few outside Google had heard of. That engineer, Anselm Vukovic, is now leaving. Vukovic told colleagues that he would join OpenAI in January, two people who saw the message said.',
        ['person', 'event', 'ends', 'status'],
      ),
    ).toEqual(['Anselm Vukovic:departure:Google→OpenAI:rumoured']);
  });
});

describe('the four-hundred-and-seventy-ninth batch (person watches on Chinese reports): what its blind score showed', () => {
  it('reads 这位 and a noun the article introduced with 一位 as someone unnamed, not the one person named before', () => {
    expect(
      alertsWatching(['戚远航'])('DeepSeek前员工回忆录\n一位DeepSeek前员工近日在知乎发文。他写道，当时的团队负责人戚远航“从不给人压力”。这位前员工今年年初离开了DeepSeek，加入了一家量化基金。'),
    ).toEqual([]);
    expect(movesAs('仇思远是字节跳动Seed团队的核心成员。这位90后近日已离职。', ['person', 'event', 'ends'])).toEqual(['仇思远:departure:ByteDance→-']);
  });
  it('reads 此人 after a time clause of leaving, then where they may go, as the one named before, a rumour', () => {
    expect(movesAs('小米大模型部門負責人褚文瀚已於日前請辭。消息人士指出，此人離開後可能轉戰百度，但雙方皆未證實。', ['person', 'event', 'ends', 'status'])).toEqual([
      '褚文瀚:departure:Xiaomi→Baidu:rumoured',
    ]);
  });
});

describe('the four-hundred-and-eighty-first batch (long Chinese reports, a fourth sample): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads a headline's people counted as gone (走了七位核心成员) as departures from its org, and 在她之前 as an order, not a time", () => {
    expect(moves('一年走了七位核心成员，小米大模型团队发生了什么\n最新离开的是负责多模态的研究员冯书宁，她于本月初加入了字节跳动Seed团队。在她之前，负责预训练的岑立川去了阿里通义。')).toEqual([
      '冯书宁:departure:Xiaomi→ByteDance',
      '岑立川:join:Xiaomi→Alibaba',
    ]);
    expect(moves('小米走了一条弯路，雷军表示。')).toEqual([]);
  });
  it('reads 七年前 as a time years back in a farewell post', () => {
    expect(moves('今天是我在谷歌的最后一天。\n七年前，我作为一名实习生加入Google Brain。\n下一站，我会加入Anthropic。\n——沈知白')).toEqual(['沈知白:join:Google→Anthropic']);
  });
});

describe('the four-hundred-and-eighty-second batch (filings and press releases): what their blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a board electing a named person as a seat given, a join', () => {
    expect(moves('IBM today announced that its Board of Directors has elected Rosalind Fairweather, the former chief operating officer of Meta Platforms, as a member of the board.')).toEqual([
      'Rosalind Fairweather:join:Meta→IBM',
    ]);
  });
  it('reads directors re-elected as no move', () => {
    expect(moves('At its annual meeting, all directors of Oracle, including chairman Lawrence Ashdown, were re-elected to one-year terms.')).toEqual([]);
  });
});

describe('the four-hundred-and-eighty-third batch (returns and where they come back from): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "has boomeranged back to" as a return, from where the time clause says they went', () => {
    expect(moves('Less than six months after leaving for Meta Superintelligence Labs, Ottilie Brandvold has boomeranged back to OpenAI, she said.')).toEqual(['Ottilie Brandvold:return:Meta→OpenAI']);
  });
  it('reads a return to an office for an alumni evening as a visit', () => {
    expect(moves("Former Google DeepMind researchers, including Ines Carvalho-Pinto, returned to the King's Cross office on Thursday for an alumni evening.")).toEqual([]);
  });
  it('brings a return back from the company the person left to found', () => {
    expect(moves('Sasha Kowalczyk, who left Anthropic in 2023 to co-found the agent startup Relay, has returned to the company as head of the Claude Code team.')).toEqual([
      'Sasha Kowalczyk:return:Relay→Anthropic',
    ]);
    expect(moves('2023年从字节跳动离职创业的前抖音算法负责人裘明远，近日重新回到字节，加入Seed团队。他创办的“明远科技”已于今年上半年停止运营。')).toEqual(['裘明远:return:明远科技→ByteDance']);
  });
});

describe("a headline's move told of someone unnamed, and the one person the body names at their org", () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("gives the headline's move to the one person the body names at the org the mover comes from", () => {
    expect(
      moves(
        "Tencent's multimodal chief joins ByteDance\nMultimodal models are where labs compete. For the past three years, Kan Siyuan led the Tencent Hunyuan team that built several of them. Neither company commented.",
      ),
    ).toEqual(['Kan Siyuan:join:Tencent→ByteDance']);
  });
  it("takes the article's source for it from any sentence", () => {
    expect(
      movesAs(
        "Google's Gemini app chief heads to Microsoft\nFor three years, Lysander Okoye has led the team behind the Gemini app at Google. He will now do a similar job at Microsoft AI, according to an internal memo.",
        ['person', 'event', 'ends', 'status'],
      ),
    ).toEqual(['Lysander Okoye:join:Google→Microsoft:rumoured']);
  });
  it('in Chinese too, guessing the name that opens a clause before a verb of leading a team', () => {
    expect(moves('腾讯混元多模态负责人加盟字节Seed\n多模态一直是大模型竞争的焦点之一。过去三年，阚思远带领腾讯混元团队完成了多个多模态模型的研发。对于此次人事变动，腾讯和字节跳动均未回应。')).toEqual(
      ['阚思远:join:Tencent→ByteDance'],
    );
    expect(moves('腾讯混元多模态负责人加盟字节Seed\n腾讯总裁刘炽平表示，腾讯将继续加大对混元的投入。')).toEqual([]);
  });
  it("gives it to no one who speaks there, nor where the headline's subject is no post", () => {
    expect(moves("Tencent's multimodal chief joins ByteDance\nTencent chief executive Pony Ma said on Tuesday that Tencent would keep investing.")).toEqual([]);
    expect(moves('Former Google executive joins $40 million round in robotics startup\nThe round was led by Sequoia; Google veteran Emma Lindqvist also invested.')).toEqual([]);
  });
});

describe('the four-hundred-and-eighty-fifth batch (analysis pieces): what its blind score showed', () => {
  it('reads "The latest hire, <an aside>, is X" as a hire by the org an earlier sentence opens with', () => {
    expect(
      movesAs('Google has spent the autumn rebuilding the team behind its Gemini app. The latest hire, announced internally on Monday, is Oriane Beaumont, who ran consumer products at Spotify.', [
        'person',
        'event',
        'ends',
      ]),
    ).toEqual(['Oriane Beaumont:join:Spotify→Google']);
  });
});

describe('the four-hundred-and-eighty-sixth batch (Chinese analysis pieces): what its blind score showed', () => {
  it('gives one who ran "that" unit (此前负责该方向的) the org the sentence before names', () => {
    expect(movesAs('本月，前微软亚洲研究院首席研究员卓思源正式加盟通义实验室，担任视觉方向负责人。而此前负责该方向的燕子川，已于上个月转投腾讯混元。', ['person', 'event', 'ends'])).toEqual([
      '卓思源:join:Microsoft→Alibaba',
      '燕子川:join:Alibaba→Tencent',
    ]);
  });
});

describe('the four-hundred-and-eighty-seventh batch (person watches on structured shapes): what its blind score showed', () => {
  it('passes who "he" is through an FAQ\'s question that names nobody', () => {
    expect(
      alertsWatching(['Thaddeus Vane'])(
        'Who is Thaddeus Vane?\nVane ran the team that built the on-device models behind Apple Intelligence.\nWhy is he in the news?\nHe left Apple last week for Meta Superintelligence Labs.',
      ),
    ).toEqual(['Thaddeus Vane:departure']);
  });
});

describe('the four-hundred-and-eighty-eighth batch (Hong Kong and Taiwan wording): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('reads 掛冠求去 as leaving', () => {
    expect(moves('輝達應用深度學習研究部門主管傅承恩已掛冠求去，結束在輝達長達十年的職涯。')).toEqual(['傅承恩:departure:Nvidia→-:reported']);
  });
  it('reads the former holder who resigns and stays on as an adviser for a while as leaving the org that appointed a successor', () => {
    expect(moves('阿里巴巴集團今日於港交所公告，董事會已委任前騰訊雲副總裁蕭景行為集團技術總監，即時生效。原技術總監潘宇亭因個人理由辭任，將留任集團顧問至明年三月。')).toEqual([
      '蕭景行:join:Tencent→Alibaba:reported',
      '潘宇亭:departure:Alibaba→-:reported',
    ]);
  });
});

describe('the four-hundred-and-eighty-ninth batch (long English reports, a fourth sample): what its blind score showed', () => {
  it('reads "this publication has learned" and "people with direct knowledge" as a report not yet confirmed', () => {
    expect(movesAs('Cosimo Harrowgate, a distinguished engineer at Google, started at Anthropic this week, according to two people with direct knowledge of the hire.', ['person', 'status'])).toEqual([
      'Cosimo Harrowgate:rumoured',
    ]);
    expect(movesAs('Anthropic has hired Cosimo Harrowgate from Google, this publication has learned.', ['person', 'status'])).toEqual(['Cosimo Harrowgate:rumoured']);
  });
  it('drops the owner\'s pronoun after "of" from a role', () => {
    expect(movesAs("Microsoft AI has named Ines Okonjo-Bright, previously a vice president at Amazon's AGI lab, as head of its model evaluation group.", ['person', 'role'])).toEqual([
      'Ines Okonjo-Bright:Head of Model Evaluation Group',
    ]);
  });
});

describe("the four-hundred-and-ninety-first batch (long English reports in outlets' formats): what its blind score showed", () => {
  it('does not send someone who joins a group to the company its members are "former" of', () => {
    expect(
      movesAs(
        "The News: OpenAI has hired Marguerite Oyelaran, who ran battery supply for Tesla's Model Y, to lead supply chain for its consumer devices, two people familiar with the hire told Semafor. Know More: Oyelaran joins a hardware group that already includes several former Apple designers.",
        ['person', 'event', 'ends'],
      ),
    ).toEqual(['Marguerite Oyelaran:join:Tesla→OpenAI']);
  });
});

describe("the four-hundred-and-ninety-second batch (long Chinese reports in outlets' openings): what its blind score showed", () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('does not read an outlet\'s own dateline ("智东西11月25日报道") as another outlet\'s claim', () => {
    expect(moves('智东西11月25日报道，智谱AI今日发布内部邮件，宣布公司首席运营官单伯言因个人原因离任。')).toEqual(['单伯言:departure:Zhipu AI→-:reported']);
    expect(moves('香港01报道，智谱AI首席运营官单伯言已离任。')).toEqual(['单伯言:departure:Zhipu AI→-:rumoured']);
  });
  it('gives each person a sentence names the move the sentence before counted them in, however it goes on between them', () => {
    expect(moves('阿里通义实验室两位核心成员近期相继离职。其中，负责代码模型的技术专家闵浩然将加入字节跳动Seed团队，另一位负责评测体系的算法专家聂语桐则尚未确定去向。')).toEqual([
      '闵浩然:join:Alibaba→ByteDance:reported',
      '聂语桐:departure:Alibaba→-:reported',
    ]);
  });
  it('takes the origin of a join from the org the next sentence says they joined in an earlier year', () => {
    expect(moves('研究员司马远已加入月之暗面，负责Kimi的语音方向。司马远本科毕业于清华大学，2021年加入OpenAI。')).toEqual(['司马远:join:OpenAI→Moonshot AI:reported']);
    expect(moves('Orla Fenn has joined Anthropic to work on agents. Fenn studied at Stanford University and joined Google in 2019.')).toEqual(['Orla Fenn:join:Google→Anthropic:reported']);
  });
  it('keeps no origin where the org joined in an earlier year is the one joined now, or a later move follows it', () => {
    expect(moves('研究员司马远已加入月之暗面。司马远2023年加入OpenAI，去年离开。')).toEqual(['司马远:join:-→Moonshot AI:reported']);
  });
});

describe('the four-hundred-and-ninety-third batch (person watches where the watched person is not the plain subject): what its blind score showed', () => {
  it('does not read the one who greets an unnamed hire ("欢迎前谷歌研究员加盟") as the one who moves', () => {
    expect(alertsWatching(['杨帆'])('杨帆在朋友圈欢迎前谷歌研究员加盟\n小红书技术副总裁杨帆今日在朋友圈发文，欢迎前谷歌研究员乔慕白加盟小红书。')).toEqual(['乔慕白:join']);
    expect(movesAs('恭喜宋立加入小红书。', ['person', 'event'])).toEqual(['宋立:join']);
  });
  it('does not read "for" after what a move means as where it goes', () => {
    expect(
      movesAs(
        "What Korbinian Wehrle's exit means for Mistral\nKorbinian Wehrle's exit from Mistral AI, confirmed by the company on Thursday, leaves the Paris start-up without the engineer who built most of its inference stack. Wehrle is expected to join Nvidia, two people said.",
        ['person', 'ends'],
      ),
    ).toEqual(['Korbinian Wehrle:Mistral AI→Nvidia']);
  });
});

describe('the four-hundred-and-ninety-fourth batch (English moves read off evidence): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('reads a move inferred from evidence ("appears to have left", "suggesting she has joined") as not yet confirmed', () => {
    expect(moves("Lucius Abernethy, who has fronted OpenAI's developer events since 2023, appears to have left the company.")).toEqual(['Lucius Abernethy:departure:OpenAI→-:rumoured']);
    expect(
      moves(
        'A paper Anthropic posted on Wednesday lists Dagny Halvorsen, until recently a senior research scientist at Google DeepMind, with an Anthropic affiliation, suggesting she has quietly joined the company.',
      ),
    ).toEqual(['Dagny Halvorsen:join:Google→Anthropic:rumoured']);
  });
  it('reads "Elon Musk\'s lab" as xAI', () => {
    expect(movesAs("Meta AI researcher Saskia Vanterpool has moved to Elon Musk's lab.", ['person', 'ends'])).toEqual(['Saskia Vanterpool:Meta→xAI']);
  });
});

describe('the four-hundred-and-ninety-fifth batch (Chinese person watches where the watched person is not the plain subject): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('matches 分别 lists in order where a company is named with its unit ("阿里通义")', () => {
    expect(moves('褚明轩、邵清越和解一鸣分别加入了DeepSeek、阿里通义和字节跳动。')).toEqual(['褚明轩:join:-→DeepSeek:reported', '邵清越:join:-→Alibaba:reported', '解一鸣:join:-→ByteDance:reported']);
  });
  it('keeps a rumoured departure a departure where only a startup with no name is planned after it', () => {
    expect(moves('36氪获悉，阿里巴巴技术副总裁陶思衡已于近日离职。对于陶思衡的去向，多位知情人士称其将投身AI创业。')).toEqual(['陶思衡:departure:Alibaba→-:rumoured']);
  });
});

describe('the four-hundred-and-ninety-sixth batch (aggregators and content farms): what its blind score showed', () => {
  it('reads "lost X to rival OpenAI" as going to OpenAI', () => {
    expect(movesAs('Anthropic has lost its head of safety research, Marisol Etxeberria, to rival OpenAI.', ['person', 'ends'])).toEqual(['Marisol Etxeberria:Anthropic→OpenAI']);
  });
  it('gives "X has made the switch" the move the sentence before told with nobody named, with its own source', () => {
    expect(
      movesAs(
        "In a significant development in the ongoing AI talent war, Anthropic has lost one of its key safety researchers to rival OpenAI. Marisol Etxeberria, who played a pivotal role in developing Claude's constitutional training approach, has officially made the switch, according to multiple reports.",
        ['person', 'ends', 'status'],
      ),
    ).toEqual(['Marisol Etxeberria:Anthropic→OpenAI:rumoured']);
  });
});

describe('the four-hundred-and-ninety-eighth batch (English reports on Chinese labs): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('gives the one who "will oversee" the post an unnamed hire told before, from the org the title was "of"', () => {
    expect(
      moves(
        "Tencent poaches Doubao product chief\nTencent has poached the product chief of ByteDance's Doubao chatbot, local media outlet 36Kr reported. Mo Zhihang will oversee product for Tencent's Yuanbao assistant, according to the report.",
      ),
    ).toEqual(['Mo Zhihang:join:ByteDance→Tencent']);
  });
  it('reads "his duties will be taken over by" as naming a successor', () => {
    expect(moves('Xiaomi said on Friday that Luan Hesheng is stepping down for health reasons. His duties will be taken over by deputy Fang Ruolin.')).toEqual([
      'Luan Hesheng:departure:Xiaomi→-',
      'Fang Ruolin:promotion:-→Xiaomi',
    ]);
  });
  it('does not read a seat on a public advisory committee as a post at the company', () => {
    expect(moves('Yang Zhilin, the founder of Moonshot AI, has been named to a new national advisory committee on artificial intelligence, state media reported.')).toEqual([]);
  });
});

describe('the four-hundred-and-ninety-ninth batch (person watches moving as one of a group): what its blind score showed', () => {
  it('reads "will license … and hire its chief executive and several of its researchers, including X" as a hire of X', () => {
    expect(
      movesAs(
        'Google DeepMind will license the technology of coding start-up Tessellate and hire its chief executive and several of its researchers, including co-founder Rosalind Achebe-Park, the companies said on Monday.',
        ['person', 'event', 'ends'],
      ),
    ).toEqual(['Rosalind Achebe-Park:join:-→Google']);
  });
  it('reads "the duo, who …, have rejoined" as the two the sentence before names, back from where leaving took them', () => {
    expect(
      movesAs(
        'Two weeks after leaving Anthropic for Anysphere, Emeric Sandoval and Petra Lindgren-Obi are going back. The duo, who led the development of Claude Code, have rejoined Anthropic, a spokesperson confirmed.',
        ['person', 'event', 'ends'],
      ),
    ).toEqual(['Emeric Sandoval:return:Anysphere→Anthropic', 'Petra Lindgren-Obi:return:Anysphere→Anthropic']);
  });
});

describe('the five-hundredth batch (the watched name spelled another way, a second sample): what its blind score showed', () => {
  it('finds a watched name with an apostrophe where the text drops it', () => {
    expect(alertsWatching(["Siobhan O'Connell"])('Siobhan OConnell, previously a policy director at Microsoft, has joined Anthropic.')).toEqual(["Siobhan O'Connell:join"]);
  });
  it('finds a watched given name of initials with points or without, either way round', () => {
    expect(alertsWatching(['AJ Whitford'])("A.J. Whitford, Scale AI's head of data operations, has left the company after six years.")).toEqual(['AJ Whitford:departure']);
    expect(alertsWatching(['A.J. Whitford'])("AJ Whitford, Scale AI's head of data operations, has left the company after six years.")).toEqual(['A.J. Whitford:departure']);
  });
});

describe('the five-hundred-and-first batch (sentence shapes of longer reports): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "Joining her at Anthropic will be X, a Meta research engineer" as X joining Anthropic from Meta', () => {
    expect(moves('Joining her at Anthropic will be Ruairi Blackwood, a Meta research engineer who worked on the same team.')).toEqual(['Ruairi Blackwood:join:Meta→Anthropic']);
  });
  it('takes the origin of a join from a past perfect in the next sentence ("Varga had run xAI\'s hardware procurement")', () => {
    expect(
      moves("Leopoldine Varga's move to Tesla, confirmed by both companies on Wednesday, comes as xAI races to finish its second data center. Varga had run xAI's hardware procurement since 2023."),
    ).toEqual(['Leopoldine Varga:join:xAI→Tesla']);
  });
  it('reads the org that "confirmed the hiring of" X as the one X joins', () => {
    expect(moves('Anthropic on Thursday confirmed the hiring of Gwendolyn Achterberg, who led reinforcement learning research at Google DeepMind.')).toEqual([
      'Gwendolyn Achterberg:join:Google→Anthropic',
    ]);
  });
});

describe('the five-hundred-and-third batch (very long English articles): what its blind score showed', () => {
  it('takes the post a hire gives, not the one a relative clause says they spent years in', () => {
    expect(
      movesAs('Anthropic hired Cordelia Ashworth-Yeo, who spent eight years as a senior counsel at the Federal Trade Commission, as its head of global regulatory affairs.', [
        'person',
        'ends',
        'role',
      ]),
    ).toEqual(['Cordelia Ashworth-Yeo:Federal Trade Commission→Anthropic:Head of Global Regulatory Affairs']);
  });
});

describe('the five-hundred-and-fifth batch (tables and trackers): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'role']);
  it("reads a table by its header's column names, with more columns than name, from and to", () => {
    expect(
      moves('AI talent tracker\n| Name | From | To | Role |\n|---|---|---|---|\n| Corisande Vale | Google DeepMind | OpenAI | Research Scientist |\n| Leontyne Haraldsen | xAI | — | — |'),
    ).toEqual(['Corisande Vale:join:Google→OpenAI:Research Scientist', 'Leontyne Haraldsen:departure:xAI→-:-']);
    expect(moves("This week's moves\nName | Left | Joined | Title\nIgnatia Borowski | Apple | Meta Superintelligence Labs | Research Lead")).toEqual([
      'Ignatia Borowski:join:Apple→Meta:Research Lead',
    ]);
    expect(moves('本周AI人事变动一览\n| 姓名 | 原单位 | 新单位 | 职务 |\n| 易承泽 | 字节跳动 | 阿里巴巴 | 通义视觉负责人 |')).toEqual(['易承泽:join:ByteDance→Alibaba:Head of Vision']);
  });
  it('reads a table whose cells are parted by tabs', () => {
    expect(moves('Tracker update\nPerson\tPrevious\tNew\nRosamund Achebe\tScale AI\tOpenAI\nTheodoric Lam\tTencent\tByteDance')).toEqual([
      'Rosamund Achebe:join:Scale AI→OpenAI:-',
      'Theodoric Lam:join:Tencent→ByteDance:-',
    ]);
  });
  it('reads no move from a table whose header names no ends', () => {
    expect(moves("Who runs OpenAI's research\n| Name | Title | At OpenAI since |\n|---|---|---|\n| Jakub Pachocki | Chief Scientist | 2017 |")).toEqual([]);
  });
});

describe('Chinese names in list shapes (bullets, circled numbers, a name padded with a space): probes after batch 506', () => {
  const moves = (text: string) => movesAs(text, ['person', 'ends']);
  it.each([
    ['a name padded with a space', '易承泽 从字节跳动加入阿里巴巴。', ['易承泽:ByteDance→Alibaba']],
    ['a name after a bullet', '▲易承泽（原字节跳动）加盟阿里巴巴▲乔书瑶（原百度）加盟月之暗面', ['易承泽:ByteDance→Alibaba', '乔书瑶:Baidu→Moonshot AI']],
    ['names after circled numbers', '本周人事变动：①易承泽：字节跳动→阿里巴巴；②乔书瑶：百度→月之暗面', ['易承泽:ByteDance→Alibaba', '乔书瑶:Baidu→Moonshot AI']],
    ['an arrow as an emoji', '易承泽：字节跳动➡️阿里巴巴', ['易承泽:ByteDance→Alibaba']],
    ['an arrow as ⇒', 'Ana Ruiz: Google DeepMind ⇒ OpenAI', ['Ana Ruiz:Google→OpenAI']],
  ])('reads %s', (_, text, expected) => {
    expect(moves(text)).toEqual(expected);
  });
  it('does not read a number before a word as a bullet before a name', () => {
    expect(moves('腾讯今年第3季度从百度招募了多名研究员。')).toEqual([]);
  });
});

describe('the five-hundred-and-seventh batch (long English analysis pieces, a second sample): what its blind score showed', () => {
  it('does not give a count that opens the clause ("five had left") to the person named before it', () => {
    expect(movesAs('Of the twelve people who founded xAI with Elon Musk in 2023, five had left by the summer.', ['person'])).toEqual([]);
    expect(movesAs('Ana Ruiz, 34, has left Google for OpenAI.', ['person', 'ends'])).toEqual(['Ana Ruiz:Google→OpenAI']);
  });
});

describe('the five-hundred-and-eighth batch (long Chinese analysis pieces, a second sample): what its blind score showed', () => {
  it('dates each item after a colon or a semicolon by its own time words, not by the year opening the sentence', () => {
    expect(movesAs('2024年以来，通义实验室已有多位骨干离开：去年，负责代码模型的庄明远去了字节跳动；今年春天，多模态方向的谭若溪选择创业。', ['person', 'event'])).toEqual(['谭若溪:founding']);
    expect(movesAs('2023年，前阿里巴巴副总裁贾思远离职创业；2024年，前字节跳动AI Lab总监项一鸣加入了一家海外大模型公司，此后又回到国内创业。', ['person', 'event'])).toEqual([]);
  });
});

describe("the five-hundred-and-ninth batch (look-alikes against this session's readings): what it showed", () => {
  it('does not give a hire of no one named to an insider who "will oversee" the group', () => {
    expect(
      movesAs("OpenAI has hired a new head of devices, the company said, without naming the person. Tamsin Achterberg, OpenAI's chief product officer, will oversee the devices group.", ['person']),
    ).toEqual([]);
  });
});

describe('the five-hundred-and-eleventh batch (big-tech units named by product): what its blind score showed', () => {
  const headline = "Tesla's Optimus lead leaves for OpenAI's robotics team\nThe engineer who ran Optimus, Tesla's humanoid robot program, has left to join OpenAI's robotics group. ";
  it("gives a headline's unnamed move to the one person who opens a sentence confirming it", () => {
    expect(movesAs(`${headline}Fabienne Ostrowski confirmed the move in a post on X on Friday.`, ['person', 'ends'])).toEqual(['Fabienne Ostrowski:Tesla→OpenAI']);
  });
  it('does not give it to one introduced by a post who confirms it', () => {
    expect(movesAs(`${headline}OpenAI chief executive Sam Altman confirmed the move on Friday.`, ['person'])).toEqual([]);
  });
});

describe('the five-hundred-and-twelfth batch (page structures): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads every fact card of an item, each from its person's line to the next", () => {
    expect(moves('People moves this week\nPerson: Odalys Fairweather\nPrevious: Google DeepMind\nNew: OpenAI\n\nPerson: Benedek Horvath\nPrevious: Meta\nNew: Anthropic')).toEqual([
      'Odalys Fairweather:join:Google→OpenAI',
      'Benedek Horvath:join:Meta→Anthropic',
    ]);
  });
  it('reads a card under a line that is only the name, and one whose fields stand on one line between semicolons', () => {
    expect(moves('Moves\nPtolemy Asante\n- From: Apple\n- To: xAI\n- Role: Head of Inference')).toEqual(['Ptolemy Asante:join:Apple→xAI']);
    expect(moves('Hire of the week\nName: Wilhelmina Osei; From: Microsoft; To: Meta; Role: Director of Research')).toEqual(['Wilhelmina Osei:join:Microsoft→Meta']);
  });
  it('reads no move from cards that name no ends', () => {
    expect(moves('Speakers\nName: Rosalind Achterberg\nCompany: Google DeepMind\nTalk: Scaling agents')).toEqual([]);
  });
  it("reads a name in lenticular brackets opening a list's line", () => {
    expect(moves('本周人事变动\n【景一帆】原字节跳动Seed研究员，现已加入阿里巴巴通义实验室。\n【聂书远】原腾讯混元技术专家，已正式入职月之暗面。')).toEqual([
      '景一帆:join:ByteDance→Alibaba',
      '聂书远:join:Tencent→Moonshot AI',
    ]);
    expect(moves('【华为】华为发布新一代大模型。')).toEqual([]);
  });
});

describe('headline forms found by probes after batch 514 (not a blind score)', () => {
  it('reads a founding where the company noun stands before the new name ("launches world-model startup Axiom Labs")', () => {
    expect(movesAs('Ex-Meta AI chief Yann Orlov launches world-model startup Axiom Labs', ['person', 'event', 'ends'])).toEqual(['Yann Orlov:founding:Meta→-']);
    expect(movesAs('Google launched AI lab tools for developers.', ['person'])).toEqual([]);
  });
  it('reads a headline\'s "X out after" and "X out as" as leaving', () => {
    expect(movesAs('xAI CFO Mark Tilden out after three months', ['person', 'event', 'ends'])).toEqual(['Mark Tilden:departure:xAI→-']);
    expect(movesAs("Meta's Lena Park out as head of AI products", ['person', 'event', 'ends'])).toEqual(['Lena Park:departure:Meta→-']);
  });
});

describe('the five-hundred-and-sixteenth batch (transcripts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('gives a first-person answer to the speaker its label names in capitals, and to the label with an affiliation', () => {
    expect(moves('Episode 41: A new chapter\nHOST: Welcome to the show.\nRHEA CASTELLANO: Thanks. I joined Anthropic in September after nine years at Google.')).toEqual([
      'Rhea Castellano:join:Google→Anthropic',
    ]);
    expect(moves("Transcript: the agents panel\nMODERATOR: Welcome.\nDANA OKAFOR (xAI): Thanks. As of last week I'm no longer at xAI.")).toEqual(['Dana Okafor:departure:xAI→-']);
    expect(moves('Transcript\nHOST: Welcome back.\nCHIEF EXECUTIVE: I joined Anthropic in September.')).toEqual([]);
  });
  it("gives an answer in the first person to the one guest an interview's headline names", () => {
    expect(moves('专访｜从阿里到DeepSeek：贺知行谈大模型人才流动\n问：离开阿里巴巴之后，你去了哪里？\n答：我加入了DeepSeek，主要做代码模型。')).toEqual(['贺知行:join:Alibaba→DeepSeek']);
    expect(moves('Interview: Farid Haddad on small models\nQ: Where are you now?\nA: I joined Apple last month to run the on-device team.')).toEqual(['Farid Haddad:join:-→Apple']);
    expect(moves('Farid Haddad on small models\nI joined Apple last month to run the on-device team.')).toEqual([]);
  });
  it('sends one "who joins us from" a company holding the call to that company, not one on a panel "to discuss"', () => {
    expect(
      moves(
        'Alphabet Q3 earnings call transcript\nSundar Pichai -- Chief Executive Officer: Thank you. I want to welcome Kelsey Marr, who joins us from Microsoft as our new head of AI infrastructure.',
      ),
    ).toEqual(['Kelsey Marr:join:Microsoft→Google']);
    expect(moves('Panel: after scaling\nThe panel brings together Theo Brandt of Meta and Sofia Marquez, who joins us from Anthropic, to discuss scaling laws.')).toEqual([]);
  });
  it('reads a role whose field opens with "on" ("head of on-device models")', () => {
    expect(movesAs('Farid Haddad has joined Apple as head of on-device models.', ['person', 'role'])).toEqual(['Farid Haddad:Head of On-Device Models']);
  });
});

describe('the five-hundred-and-seventeenth batch (English machine-translated from Chinese): what its blind score showed', () => {
  it('reads a return whose "two years ago" dates the leaving after it, not the return', () => {
    expect(movesAs("Qian Yiming, the former head of Google's Gemini app, has returned to Google after leaving two years ago.", ['person', 'event', 'ends'])).toEqual(['Qian Yiming:return:-→Google']);
    expect(movesAs('Qian Yiming returned to Google two years ago.', ['person'])).toEqual([]);
  });
  it('knows 月之暗面 and ByteDance Seed by their word-for-word English ("Dark Side of the Moon", "Byte Seed")', () => {
    expect(movesAs('Byte Seed team head Wu Siyuan has left, and his next stop is Dark Side of the Moon.', ['person', 'event', 'ends'])).toEqual(['Wu Siyuan:departure:ByteDance→Moonshot AI']);
  });
  it('takes "It is understood that" and "a person close to him said" for unnamed sources', () => {
    expect(movesAs('It is understood that Wu Siyuan has left ByteDance.', ['person', 'status'])).toEqual(['Wu Siyuan:rumoured']);
    expect(movesAs('Wu Siyuan has left ByteDance, a person close to him said.', ['person', 'status'])).toEqual(['Wu Siyuan:rumoured']);
  });
});

describe('the five-hundred-and-eighteenth batch (live blogs and updated stories): what its blind score showed', () => {
  const story = 'Original story: Ana Ruiz, the chief AI scientist of Meta, is preparing to leave the company, The Information reported.';
  it('lets an update set above the original story deny the rumour below it, as one after it does', () => {
    expect(movesAs(`Report: Ana Ruiz to leave Meta\nUpdate, 5 p.m.: Meta says the report is false.\n${story}`, ['person', 'status'])).toEqual(['Ana Ruiz:denied']);
    expect(movesAs(`Report: Ana Ruiz to leave Meta\n${story}\nMeta says the report is false.`, ['person', 'status'])).toEqual(['Ana Ruiz:denied']);
    expect(movesAs(`Report: Ana Ruiz to leave Meta\nMeta shares rose 2% on Tuesday.\n${story}`, ['person', 'status'])).toEqual(['Ana Ruiz:rumoured']);
  });
  it('lets an update dated "Nov. 12" confirm the rumoured hire below it', () => {
    expect(
      movesAs(
        'Teodor Vasquez joins Anthropic\nUpdate (Nov. 12): Anthropic confirmed the hire in a statement.\nOriginal story: Teodor Vasquez is joining Anthropic, according to two people familiar with the matter.',
        ['person', 'status'],
      ),
    ).toEqual(['Teodor Vasquez:reported']);
  });
});

describe('the five-hundred-and-nineteenth batch (dots that end no sentence): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('sends a leaver to the next stop a line labels, or to the answer of a question where to', () => {
    expect(moves('Samir Haddad posted: "After six years at Google, I\'ve left. Next stop: Anthropic. More soon."')).toEqual(['Samir Haddad:departure:Google→Anthropic:reported']);
    expect(moves("Lena Park is out at Google. Where's she headed? OpenAI, sources say.")).toEqual(['Lena Park:departure:Google→OpenAI:rumoured']);
    expect(moves('字节跳动Seed研究员欧阳澈已于近日离职。下一站：腾讯。')).toEqual(['欧阳澈:departure:ByteDance→Tencent:reported']);
  });
  it('does not where the line names someone, where no departure stands before it, or where the question is not where to', () => {
    expect(moves('Lena Park is out at Google. Next stop: OpenAI for Ben Cole, who starts Monday.')).toEqual(['Lena Park:departure:Google→-:reported']);
    expect(moves('Lena Park spoke at the summit. Next stop: OpenAI.')).toEqual([]);
    expect(moves('Lena Park is out at Google. Why now? OpenAI, sources say.')).toEqual(['Lena Park:departure:Google→-:reported']);
  });
});

describe('the five-hundred-and-twentieth batch (letter case): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the mover a headline in capitals names between a title and a move word, and only there', () => {
    expect(moves("BREAKING: OPENAI RESEARCH CHIEF MARA LINDQVIST LEAVES FOR META\nOpenAI's chief research officer is leaving, she said.")).toEqual(['Mara Lindqvist:departure:OpenAI→Meta']);
    expect(moves('Another Star Leaves Apple As The Design Exodus Grows\nThe design team keeps shrinking, people familiar said.')).toEqual([]);
  });
  it('reads a name a press release sets in capitals inside a sentence, shown in title case', () => {
    expect(moves('Scale AI today announced that JORDAN MILLS, formerly Vice President of Engineering at Google, has joined the company as CTO.')).toEqual(['Jordan Mills:join:Google→Scale AI']);
    expect(moves('SAN FRANCISCO, Nov. 12, 2025 -- Scale AI today announced a new model.')).toEqual([]);
  });
  it('reads a post written all in lower case, its orgs and the name it is signed with', () => {
    expect(moves("personal news\nafter 7 years at google deepmind i'm joining anthropic next month. — priya natarajan")).toEqual(['Priya Natarajan:join:Google→Anthropic']);
    expect(moves('A note\nI read about the anthropic principle today. — Priya Natarajan')).toEqual([]);
  });
});

describe('the five-hundred-and-twenty-first batch (newsletter sections): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("gives each line under a heading of moves the heading's move, its origin the org a word of origin introduces", () => {
    expect(moves('People moves\nHIRES\n- Corin Adler, previously at Google DeepMind, now Anthropic\nDEPARTURES\n- Hana Sato, Microsoft AI')).toEqual([
      'Corin Adler:join:Google→Anthropic',
      'Hana Sato:departure:Microsoft→-',
    ]);
    expect(moves('The ledger\n## Joined\n**Anthropic**: Dev Patel (from Stripe), Lucia Gomez (from OpenAI)')).toEqual(['Dev Patel:join:Stripe→Anthropic', 'Lucia Gomez:join:OpenAI→Anthropic']);
    expect(moves('本周AI人事\n【离职】\n· 蒋明川，阿里通义实验室\n· 郁清和，月之暗面')).toEqual(['蒋明川:departure:Alibaba→-', '郁清和:departure:Moonshot AI→-']);
    expect(movesAs('Moves\nPromotions\n- Rania Aziz, now VP of research at OpenAI', ['person', 'event', 'ends', 'role'])).toEqual(['Rania Aziz:promotion:-→OpenAI:VP of research']);
  });
  it('reads no move under other headings, nor past a blank line after the section', () => {
    expect(moves('AI Summit programme\nSpeakers\n- Ada Wong, Google DeepMind\n- Ravi Menon, OpenAI')).toEqual([]);
    expect(moves('People moves\nDEPARTURES\n- Hana Sato, Microsoft AI\n\nPanel\n- Ravi Menon, OpenAI')).toEqual(['Hana Sato:departure:Microsoft→-']);
  });
});

describe('the five-hundred-and-twenty-second batch (embedded posts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('gives a quoted post in the first person to the one who signs it below the quote, with a handle and a date', () => {
    expect(moves("OpenAI loses a researcher\n> After six years I've left OpenAI and joined Anthropic.\n>\n> — Maren Holt (@marenholt) November 12, 2025")).toEqual([
      'Maren Holt:departure:OpenAI→Anthropic',
    ]);
    expect(moves('腾讯混元又一位研究员离开\n> 今天是我在腾讯的最后一天，明天开始新的旅程。\n>\n> —— 祁望舒 11月18日 来自微博')).toEqual(['祁望舒:departure:Tencent→-']);
  });
  it('reads a post\'s sentence that opens with its move word, its "I" left out', () => {
    expect(moves('A quiet exit\n> Last day at Meta today. On to something new.\n>\n> — Rosa Ekberg (@rosa.ekberg) • Threads • Nov 21, 2025')).toEqual(['Rosa Ekberg:departure:Meta→-']);
  });
  it('gives no move to the signer of a post about someone else, nor to a quote with no signature', () => {
    expect(moves('Congratulations\n> Congrats to my friend on joining Anthropic!\n>\n> — Sam Kerr (@samk) November 12, 2025')).toEqual([]);
    expect(moves("From the memo\n> I've left OpenAI and joined Anthropic.\n\nThe company declined to comment.")).toEqual([]);
  });
});

describe('the five-hundred-and-twenty-fifth batch (Chinese social posts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it("gives a post's moves with the writer left out to the one the title posts as, or the real name the post ends with", () => {
    expect(moves('即刻 | 柯景明\n🎉 官宣一下：在字节跳动的四年画上句号，下周正式加入月之暗面！')).toEqual(['柯景明:join:ByteDance→Moonshot AI:reported']);
    expect(moves('一位前员工的告别信\n写在离开DeepSeek之后：谢谢所有同事。下一站，OpenAI。——花名“阿澈”，本名欧阳澈')).toEqual(['欧阳澈:join:DeepSeek→OpenAI:reported']);
    expect(moves('家人们，我裸辞了\n在腾讯混元做了五年算法，昨天终于交了离职申请！小红书@林间小鹿（本名郑晓岚）')).toEqual(['郑晓岚:departure:Tencent→-:reported']);
  });
  it("takes a forum poster's word and hearsay for unconfirmed", () => {
    expect(moves('脉脉热帖\n有脉脉用户发帖称，字节跳动Seed团队的资深研究员卓一鸣已经离职。')).toEqual(['卓一鸣:departure:ByteDance→-:rumoured']);
  });
  it("reads no move in a post about moving house or a colleague's promotion", () => {
    expect(moves('即刻 | 柯景明\n告别北京，下周搬去杭州啦，新家离西湖很近🏡')).toEqual([]);
    expect(moves('朋友圈 | 宁书航\n恭喜组里的小伙伴晋升！今晚一起吃火锅庆祝🍲')).toEqual([]);
  });
});

describe('the five-hundred-and-twenty-seventh batch (rank codes): what its blind score showed', () => {
  it('reads a name after a title and a rank in brackets ("Tech Lead（T11）郜明川")', () => {
    expect(movesAs('百度文心大模型Tech Lead（T11）郜明川已转投阿里巴巴通义实验室。', ['person', 'event', 'ends'])).toEqual(['郜明川:departure:Baidu→Alibaba']);
    expect(movesAs('百度文心大模型团队（北京）已转投新方向。', ['person'])).toEqual([]);
  });
});

describe("the five-hundred-and-twenty-eighth batch (a feed's mix): what its blind score showed", () => {
  it('takes "per his LinkedIn" for the person\'s profile, not a word from anyone', () => {
    expect(movesAs('Oskar Lind has landed at Thinking Machines Lab, per his LinkedIn.', ['person', 'status'])).toEqual(['Oskar Lind:rumoured']);
    expect(movesAs('Oskar Lind has landed at Thinking Machines Lab, the company said.', ['person', 'status'])).toEqual(['Oskar Lind:reported']);
  });
  it('reads the post a hire names before the name as the one taken, and a speaker after a comma as no one hired', () => {
    const show = (text: string) => movesAs(text, ['person', 'event', 'ends', 'role']);
    expect(show('OpenAI has hired its new chief financial officer, Min-jun Park.')).toEqual(['Min-jun Park:join:-→OpenAI:Chief Financial Officer']);
    expect(show('OpenAI has hired a new country lead, Min-jun Park, from Google.')).toEqual(['Min-jun Park:join:Google→OpenAI:Country Lead']);
    expect(show('OpenAI has hired a country lead, Min-jun Park.')).toEqual(['Min-jun Park:join:-→OpenAI:Country Lead']);
    expect(show('OpenAI hired a lot of people this year, Min-jun Park said.')).toEqual([]);
  });
});

describe('the five-hundred-and-twenty-ninth batch (AI Twitter shorthand): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('knows OAI, TML and MSFT in capitals, and takes "Hearing that" for hearsay', () => {
    expect(moves('Hearing that Sasha Orlov (ex-OAI, post-training) just joined TML.')).toEqual(['Sasha Orlov:join:OpenAI→Thinking Machines Lab:rumoured']);
    expect(moves('Microsoft AI (MSFT) has poached Jonas Richter from GDM, per his updated bio.')).toEqual(['Jonas Richter:join:Google→Microsoft:rumoured']);
    expect(moves('Sasha Orlov said the tml file format was hard to parse.')).toEqual([]);
  });
  it('makes a move unconfirmed where the sentence after it gives a changed profile as the evidence', () => {
    expect(moves("Lucas Moreau, ex-FAIR, is now at xAI working on Grok's vision stack. Updated his LinkedIn yesterday.")).toEqual(['Lucas Moreau:join:Meta→xAI:rumoured']);
    expect(moves('Lucas Moreau has joined xAI, the company said. He updated his LinkedIn yesterday.')).toEqual(['Lucas Moreau:join:-→xAI:reported']);
  });
});

describe('the five-hundred-and-thirtieth batch (Chinese slang): what its blind score showed', () => {
  it('takes 听说 and a changed personal page for an unconfirmed move', () => {
    expect(movesAs('听说鹅厂混元的多模态负责人柴远舟已经走了，去了字节Seed。', ['person', 'status'])).toEqual(['柴远舟:rumoured']);
    expect(movesAs('华为盘古大模型研究员邓一鸣已转投DeepSeek，个人主页已更新为DeepSeek研究员。', ['person', 'status'])).toEqual(['邓一鸣:rumoured']);
    expect(movesAs('华为盘古大模型研究员邓一鸣已转投DeepSeek，公司证实了这一消息。', ['person', 'status'])).toEqual(['邓一鸣:reported']);
  });
});

describe('the five-hundred-and-thirty-first batch (person watches that differ by a part of the name): what its blind score showed', () => {
  it('tells one move once where the body cuts short a watched double surname the headline names in full', () => {
    expect(movesAs('Meta hires Ana García-López\nMeta has hired Ana García from Microsoft Research.', ['person', 'event', 'ends'])).toEqual(['Ana García-López:join:Microsoft→Meta']);
    expect(movesAs('Meta hires Ana García\nMeta has hired Ana García from Microsoft Research.', ['person', 'event', 'ends'])).toEqual(['Ana García:join:Microsoft→Meta']);
  });
});

describe('the five-hundred-and-thirty-second batch (moves that take effect later): what its blind score showed', () => {
  it('takes "has given no sign of it" after a speculated move for a denial of it', () => {
    const text = 'Anthropic co-founder Peter Lindqvist could leave the company next year if the restructuring goes ahead';
    expect(movesAs(`${text}, though he has given no sign of it.`, ['person', 'status'])).toEqual(['Peter Lindqvist:denied']);
    expect(movesAs(`${text}, according to two allies.`, ['person', 'status'])).toEqual(['Peter Lindqvist:rumoured']);
  });
});

describe('the five-hundred-and-thirty-fourth batch (question headlines): what its blind score showed', () => {
  it('reads a name ending in 和 right before a move word whole, and 和 between two names as a joiner', () => {
    expect(movesAs('怎么评价小米官宣前DeepSeek研究员罗清和加盟？', ['person', 'event', 'ends'])).toEqual(['罗清和:join:DeepSeek→Xiaomi']);
    expect(movesAs('前DeepSeek研究员罗清和宋立加盟小米。', ['person', 'event'])).toEqual(['罗清:join', '宋立:join']);
  });
});

describe('the five-hundred-and-thirty-fifth batch (moves inside one company): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('reads a move from one unit to another of the same company as a new post inside it, and a former employee back as a return', () => {
    expect(moves("Lior Ben-David, who ran Gemini's serving infrastructure at Google DeepMind, has moved over to Google Cloud.")).toEqual(['Lior Ben-David:promotion:-→Google:reported']);
    expect(moves('Former Google researcher Lior Ben-David has joined Google Cloud.')).toEqual(['Lior Ben-David:return:-→Google:reported']);
  });
  it('takes "an internal memo said" for a leaked document, and a repost\'s credit for no origin', () => {
    expect(moves('Meta has moved Carlos Ibáñez into Meta Superintelligence Labs, an internal memo said.')).toEqual(['Carlos Ibáñez:promotion:-→Meta:rumoured']);
    expect(moves('据悉，前阿里通义实验室研究员阚书瑶已于本月加入腾讯混元团队。（本文来自微信公众号：智能涌现）')).toEqual(['阚书瑶:join:Alibaba→Tencent:rumoured']);
  });
});

describe('the five-hundred-and-thirty-seventh batch (rarer words for a move): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "is ankling" an org and "was headhunted by" an org as moves', () => {
    expect(moves('Helen Voss, who ran marketing for Gemini, is ankling Google after eight years.')).toEqual(['Helen Voss:departure:Google→-']);
    expect(moves('Sanjay Mehta, a principal researcher at Microsoft, was headhunted by Meta.')).toEqual(['Sanjay Mehta:join:Microsoft→Meta']);
    expect(moves('Helen Voss said she ankled the idea of a Google Glass revival.')).toEqual([]);
  });
  it('reads "is Meta-bound" as headed for Meta', () => {
    expect(moves('Apple foundation models researcher Keiran Holt is Meta-bound.')).toEqual(['Keiran Holt:join:Apple→Meta']);
    expect(moves('Keiran Holt said the shipment is bound for Meta.')).toEqual([]);
  });
  it('reads no post in leading a project the clause before names, by 由, but a team so led is one', () => {
    expect(moves('阿里巴巴启动新一代多模态模型项目，由通义实验室负责人江远舟掌舵。')).toEqual([]);
    expect(moves('腾讯成立新的大模型团队，由前百度技术负责人巩明哲挂帅。')).toEqual(['巩明哲:join:Baidu→Tencent']);
  });
});

describe('the five-hundred-and-thirty-eighth batch (first-day and farewell posts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('gives a post\'s "Day 1 at" and "Today: first day at" to its poster, and 下周起加入 to the one the title posts as', () => {
    expect(moves('Renata Silva on LinkedIn\nDay 1 at Anthropic! Grateful for six great years at Google DeepMind.')).toEqual(['Renata Silva:join:Google→Anthropic']);
    expect(moves("Mateo Ruiz on Threads\nLast week was my last at Microsoft. Today: first day at xAI. Let's go.")).toEqual(['Mateo Ruiz:join:Microsoft→xAI']);
    expect(moves('朋友圈 | 韦思齐\n感恩在字节跳动的四年，江湖再见！下周起加入月之暗面。')).toEqual(['韦思齐:join:ByteDance→Moonshot AI']);
  });
  it('reads no move in a first day at a conference', () => {
    expect(moves('Renata Silva on LinkedIn\nDay 1 at NeurIPS! Come find the Google DeepMind booth.')).toEqual([]);
  });
});

describe('the five-hundred-and-fortieth batch (moves inside legal news): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a departure this year after "before he" as news the suit is about, in English and Chinese', () => {
    expect(moves('xAI filed a lawsuit against Dmitri Volkov, alleging that he copied files before he left the company in July to join OpenAI.')).toEqual(['Dmitri Volkov:departure:xAI→OpenAI']);
    expect(moves('阿里巴巴近日起诉前通义实验室研究员晏子墨，指控其在今年8月跳槽至DeepSeek前拷贝了内部代码。')).toEqual(['晏子墨:departure:Alibaba→DeepSeek']);
  });
  it('still reads a move before which a career began as the past', () => {
    expect(moves('Before she joined OpenAI in 2019, Mira Castell spent six years at Google.')).toEqual([]);
    expect(moves('在2019年加入腾讯前，孔令飞曾在百度工作五年。')).toEqual([]);
  });
  it('reads "starting work at" an org as a join', () => {
    expect(moves('A judge blocked Lena Hartmann from starting work at Meta after she left Google in September.')).toEqual(['Lena Hartmann:join:Google→Meta']);
  });
});

describe('the five-hundred-and-forty-first batch (offers and negotiations): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads an org's offer accepted, an offer letter signed and 最终选择了 an org as a join", () => {
    expect(moves("Elena Brandt, a staff research scientist at Google DeepMind, accepted Anthropic's offer on Monday.")).toEqual(['Elena Brandt:join:Google→Anthropic']);
    expect(moves('Nadia Qureshi has signed an offer letter with xAI and will leave Microsoft Research at the end of the month.')).toEqual(['Nadia Qureshi:departure:Microsoft→xAI']);
    expect(moves('在收到阿里、字节和腾讯三家的offer之后，前小米大模型团队研究员卢嘉树最终选择了月之暗面，已于本周正式入职。')).toEqual(['卢嘉树:join:Xiaomi→Moonshot AI']);
  });
  it('takes no origin from an offer turned down in an aside', () => {
    expect(moves("Julian Reyes, who turned down Meta's nine-figure offer in August, has agreed to join OpenAI.")).toEqual(['Julian Reyes:join:-→OpenAI']);
  });
  it('reads no name in a sum of pay, and no move in poaching that failed or talks with no offer made', () => {
    expect(moves('阿里开出千万年薪挖角失败\n有消息称，阿里曾向DeepSeek研究员祁书航开出千万年薪，但祁书航拒绝了这一offer。')).toEqual([]);
    expect(movesAs('OpenAI is in early talks to hire Marcus Bell, a senior designer at Apple, people familiar with the matter said. No offer has been made.', ['person', 'status'])).toEqual([
      'Marcus Bell:denied',
    ]);
  });
});

describe('the five-hundred-and-forty-second batch (encyclopedia-style biographies): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("gives a reference page's dated entries, which leave out their subject, to the person the page is about", () => {
    expect(moves('岑嘉言 - 百度百科\n岑嘉言，男，1989年出生。\n2020年，加入阿里巴巴达摩院。\n2026年9月，离开阿里巴巴，加入腾讯，任混元大模型技术负责人。')).toEqual([
      '岑嘉言:departure:Alibaba→Tencent',
    ]);
    expect(moves('龚思远 - 百度百科\n龚思远，研究员。\n2023年 加入DeepSeek\n2026年10月 加入月之暗面，负责Kimi多模态研究')).toEqual(['龚思远:join:DeepSeek→Moonshot AI']);
  });
  it("takes a join's origin on a reference page from the entry before it", () => {
    expect(
      moves(
        'Marisol Ortega - Wikipedia\nMarisol Ortega is an American engineer.\nShe was appointed chief technology officer of Scale AI in 2022. On 3 November 2026, xAI announced that Ortega would join the company as its president.',
      ),
    ).toEqual(['Marisol Ortega:join:Scale AI→xAI']);
  });
  it('reads no move in a dated entry outside a reference page, nor in a page whose last move is years old', () => {
    expect(moves('大模型人才流动观察\n2026年10月 加入月之暗面，负责Kimi多模态研究')).toEqual([]);
    expect(moves('Colm Fitzgerald - Wikipedia\nColm Fitzgerald is an Irish software engineer.\nIn 2016 he left Google for Apple, where he is a senior director.')).toEqual([]);
  });
});

describe('the five-hundred-and-forty-fourth batch (moves between labs and government): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status', 'role']);
  it("knows Chinese public bodies as the other end of a move, and a body's own site as no rumour", () => {
    expect(moves('据国家数据局官网消息，百度集团副总裁莫知远已出任国家数据局副局长。')).toEqual(['莫知远:join:Baidu→National Data Administration:reported:Deputy Director']);
    expect(moves('百度宣布，前工业和信息化部官员甘若水正式加盟，出任百度政策研究院院长。')).toEqual(['甘若水:join:Ministry of Industry and Information Technology→Baidu:reported:Dean']);
  });
  it('reads a seat on an advisory commission as no post at the employer', () => {
    expect(moves("Anthropic researcher Colette Marsh has been appointed to California's new AI advisory commission, a part-time role.")).toEqual([]);
  });
});

describe('the five-hundred-and-forty-fifth batch (job openings and who fills them): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'role']);
  it('reads "the role has now gone to X" as a hire by the org that offered the post', () => {
    expect(moves('OpenAI posted the head of preparedness job in June. The role has now gone to Ingrid Solberg, who ran safety evaluations at Google DeepMind.')).toEqual([
      'Ingrid Solberg:join:Google→OpenAI:-',
    ]);
  });
  it('reads a search ended, "has found its chief financial officer: X", with the post as the role, and a search firm as no person', () => {
    expect(moves('After a six-month search led by Spencer Stuart, Anthropic has found its chief financial officer: Gordon Achebe, who spent 14 years at Microsoft.')).toEqual([
      'Gordon Achebe:join:Microsoft→Anthropic:Chief Financial Officer',
    ]);
  });
  it('reads a vacancy filled (空缺…由X补上) at the org whose post stood empty, and who held an advertised post as leaving it', () => {
    expect(moves('自今年4月原负责人离职后，腾讯混元大模型技术负责人一职一直空缺。知情人士透露，这一空缺已由前百度文心大模型首席架构师仲夏补上。')).toEqual(['仲夏:join:Baidu→Tencent:-']);
    expect(moves('字节跳动Seed团队近日在招聘网站挂出多模态负责人的职位。据了解，该岗位此前由韦清扬担任，他已于上月加入阿里巴巴通义实验室。')).toEqual(['韦清扬:join:ByteDance→Alibaba:-']);
  });
  it('reads no move in a listing alone or a search still open', () => {
    expect(moves('Meta has posted a listing for a chief scientist at Meta Superintelligence Labs. The company declined to say whether it has candidates.')).toEqual([]);
    expect(moves('Apple has hired the search firm Heidrick & Struggles to find a new head of machine learning. No candidates have been named.')).toEqual([]);
  });
});

describe('the five-hundred-and-forty-sixth batch (internal memos in full): what its blind score showed', () => {
  it('reads a memo\'s "is joining us as head of inference" as a join to the company, with that post', () => {
    expect(
      movesAs("Anthropic memo: a new head of inference\nI'm delighted to share that Rosa Lindqvist is joining us as head of inference. Rosa comes to us from Google.", [
        'person',
        'event',
        'ends',
        'role',
      ]),
    ).toEqual(['Rosa Lindqvist:join:Google→Anthropic:Head of Inference']);
  });
  it('still reads a guest who joins us on a show as no hire', () => {
    expect(movesAs('Anthropic on the podcast\nDana Holt joins us as our guest host this week.', ['person'])).toEqual([]);
  });
});

describe('the five-hundred-and-forty-eighth batch (a move told in passing after other news): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('sends a move told as a noun where a bare "to" points, past an aside, and not where "a blow to" does', () => {
    expect(moves('Google released Gemini 3.5 Flash. The launch comes two weeks after the departure of Ravi Menon, who led the Flash team, to OpenAI.')).toEqual(['Ravi Menon:departure:Google→OpenAI']);
    expect(moves('The exit of Ravi Menon, a blow to OpenAI, was announced on Monday.')).toEqual(['Ravi Menon:departure:OpenAI→-']);
  });
  it('gives a hire in a run of hires to the company the sentence calls "the company", named before', () => {
    expect(
      moves("Mistral AI has raised $2 billion. The funding follows a run of senior hires, most recently Claire Dubois, who joined from Meta in October to run the company's enterprise business."),
    ).toEqual(['Claire Dubois:join:Meta→Mistral AI']);
  });
  it('reads a loss last month in an aside about a group as news, past the apposition of who was lost', () => {
    expect(moves('The delay is another blow to the AI group at Apple, which lost its head of foundation models, Hyun-woo Park, to Meta last month.')).toEqual(['Hyun-woo Park:departure:Apple→Meta']);
  });
});

describe('the five-hundred-and-fiftieth batch (Chinese labs by their other English names): what its blind score showed', () => {
  it('takes no employer from a product the person uses where they left a workplace of their own, unnamed', () => {
    expect(movesAs('Kimi users flock to new feature\nLi Mengting, a lawyer in Shanghai who uses Kimi every day, said she had left her firm to join a legal-tech startup.', ['person', 'ends'])).toEqual(
      ['Li Mengting:-→-'],
    );
    expect(movesAs('Google engineer Ana Ruiz quit her job last week.', ['person', 'ends'])).toEqual(['Ana Ruiz:Google→-']);
  });
  it('reads the post after an aside about the one named ("has named X, formerly of Y, its chief scientist")', () => {
    expect(movesAs('StepFun has named Tang Muyun, formerly of Microsoft Research Asia, its chief scientist.', ['person', 'ends', 'role'])).toEqual(['Tang Muyun:Microsoft→StepFun:Chief Scientist']);
  });
});

describe('the five-hundred-and-fifty-first batch (code-switching: English move words in Chinese posts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads 在X的last day, join X and onboard X inside Chinese, and 拿了X的offer, as moves', () => {
    expect(moves('即刻 | 简一凡\n今天是我在Google的last day，感谢大家这五年的照顾。下周join Anthropic，继续做alignment。')).toEqual(['简一凡:join:Google→Anthropic']);
    expect(moves('小红书 | 詹若水\n终于官宣：已经正式onboard字节Seed了！之前在阿里通义待了三年，感恩。')).toEqual(['詹若水:join:Alibaba→ByteDance']);
    expect(moves('听说腾讯混元的负责人柏子安已经拿了OpenAI的offer，月底就走。')).toEqual(['柏子安:join:Tencent→OpenAI']);
  });
  it('reads a stint told as ending (在Meta的四年结束了) and 会去 a company next as a move', () => {
    expect(moves('朋友圈 | 龙思齐\n在Meta的四年结束了，farewell！接下来会去xAI做pretraining。')).toEqual(['龙思齐:join:Meta→xAI']);
  });
  it('reads no move in a sync at an office or a project group joined at a hackathon', () => {
    expect(moves('即刻 | 简一凡\n今天在Anthropic办公室和老同事们开了个sync。')).toEqual([]);
    expect(moves('小红书 | 詹若水\n这周在字节Seed的hackathon上join了一个新项目组，做多模态agent。')).toEqual([]);
  });
});

describe('the five-hundred-and-fifty-second batch (one mover among many names): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads no one in a whom-clause or after a participle\'s "by" as a mover beside the one named', () => {
    expect(moves('Microsoft AI researcher Elena Sato, whom Alexandr Wang met at a conference last year, has joined Meta Superintelligence Labs.')).toEqual(['Elena Sato:join:Microsoft→Meta']);
    expect(moves("Meta hires Microsoft's Elena Sato, introduced by Alexandr Wang")).toEqual(['Elena Sato:join:Microsoft→Meta']);
  });
  it('finds the name after 来自…的 that closes a sentence of arrival', () => {
    expect(moves('腾讯混元迎来新任技术负责人——来自百度的宓远航。他将向腾讯首席科学家张正友汇报。')).toEqual(['宓远航:join:Baidu→Tencent']);
  });
});

describe('the five-hundred-and-fifty-third batch (labs named with common words): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a kind named after a lab ("Mistral-class", "Google-style") as no mention of it, but a class action against it as one', () => {
    expect(movesAs('Captain Henri Dubreuil has left command of the Mistral-class amphibious ship Tonnerre.', ['ends'])).toEqual(['-→-']);
    expect(movesAs('Ana Ruiz, who left OpenAI last month, joined a class action against the company.', ['person', 'ends'])).toEqual(['Ana Ruiz:OpenAI→-']);
  });
  it('knows NASA as the org left, not a lab a word before it names', () => {
    expect(moves("A former Gemini-program flight controller's son, Mark Ellison, has left NASA to join Axiom Space.")).toEqual(['Mark Ellison:departure:NASA→-']);
  });
});

describe('the five-hundred-and-fifty-fourth batch (profile-update notices): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a notice\'s "Previously:" line as the origin, past a "Congratulate X." between, and "Congratulate" as no part of a name', () => {
    expect(
      moves(
        'Your network: Oliver Grant started a new position\nOliver Grant started a new position as Head of Research at Anthropic. Congratulate Oliver. Previously: Research Director at Google DeepMind.',
      ),
    ).toEqual(['Oliver Grant:join:Google→Anthropic']);
    expect(moves('Congratulate Mei Tanaka for starting a new position at OpenAI\nMei Tanaka, formerly Staff Engineer at Meta, is now Member of Technical Staff at OpenAI.')).toEqual([
      'Mei Tanaka:join:Meta→OpenAI',
    ]);
  });
  it("reads 开始担任 a company's post as a join, with 此前： as its origin", () => {
    expect(moves('人脉动态\n晏书航 开始担任 字节跳动 的 大模型研究员\n此前：阿里巴巴 通义实验室 算法专家')).toEqual(['晏书航:join:Alibaba→ByteDance']);
  });
});

describe("the five-hundred-and-fifty-fifth batch (the move in a story's furniture): what its blind score showed", () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('gives a pull quote\'s "I left Tesla" to the name after it, whose aside of last week is news', () => {
    expect(
      moves('Inside the build-out\n"I left Tesla because this is the hardest infrastructure problem in the world." — Miguel Santos, who joined xAI last week as head of data centre operations'),
    ).toEqual(['Miguel Santos:departure:Tesla→xAI']);
  });
  it('reads a "Related:" or 相关阅读 line as a link to an earlier story, not news', () => {
    expect(moves("Meta's lab, one year on\nRelated: Meta hires Scale AI's Alexandr Wang to lead new lab (June 2025)\nThe group has shipped two models.")).toEqual([]);
    expect(moves('大模型人才观察\n相关阅读：前百度研究员邵清和加盟阿里巴巴\n今年以来，各家厂商多次下调价格。')).toEqual([]);
  });
});

describe('the five-hundred-and-fifty-sixth batch (people watches in new shapes): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "he" on a reference page as the page\'s subject, whoever else the entry before names', () => {
    expect(
      moves('Halvard Steen - Wikipedia\nHalvard Steen is a Norwegian computer scientist.\nSteen joined Google Brain in 2014 under Jeff Dean. In November 2026 he left Google to join Mistral AI.'),
    ).toEqual(['Halvard Steen:departure:Google→Mistral AI']);
  });
  it('reads "Welcoming" as no part of a name in a memo\'s subject line', () => {
    expect(moves("From: Amin Vahdat\nSubject: Welcoming Samir\n\nTeam, I'm happy to share that Samir Haddad is joining us as head of TPU software at Google. Samir comes to us from Nvidia.")).toEqual([
      'Samir Haddad:join:Nvidia→Google',
    ]);
  });
});

describe('the five-hundred-and-fifty-seventh batch (moves that cross between two labs): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('takes no origin for a hire from a "from" before its own hirer', () => {
    expect(moves("OpenAI has hired Marco Levi from Google DeepMind, while Google has hired OpenAI's Anika Rao.")).toEqual(['Marco Levi:join:Google→OpenAI', 'Anika Rao:join:OpenAI→Google']);
    expect(moves('字节跳动从谷歌挖来了研究员景思远。')).toEqual(['景思远:join:Google→ByteDance']);
  });
  it('reads "gained" a named person as a hire, and no one in a share price gained', () => {
    expect(moves('Anthropic gained Priyanka Iyer, a senior engineer at xAI, this month.')).toEqual(['Priyanka Iyer:join:xAI→Anthropic']);
    expect(moves('Nvidia gained 4 percent after Jensen Huang spoke.')).toEqual([]);
  });
});

describe('the five-hundred-and-fifty-eighth batch (emoji shorthand): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads 👉 between two orgs as an arrow, and "👋 to my team at X" after a join as its origin', () => {
    expect(moves('Moves this week\n• Yui Nakamura: Apple 👉 OpenAI')).toEqual(['Yui Nakamura:departure:Apple→OpenAI']);
    expect(moves("Priya Anand on X\n🎉 Personal news: I've joined Microsoft AI! 👋 to my amazing team at Google after six years.")).toEqual(['Priya Anand:join:Google→Microsoft']);
  });
  it('reads no move in an arrow between two products', () => {
    expect(moves('Product notes\nMigrating from ChatGPT ➡️ Claude: a guide by Tom Becker, a developer at Stripe.')).toEqual([]);
  });
});

describe('"departing" as an adjective before a title', () => {
  it('names who leaves: the person the title after it introduces', () => {
    expect(movesAs('Microsoft is splitting the role of its departing AI platform chief, Helen Zhao, between two deputies.', ['person', 'event', 'ends'])).toEqual(['Helen Zhao:departure:Microsoft→-']);
    expect(movesAs('Microsoft named a successor to departing chief technology officer Helen Zhao.', ['person', 'event', 'ends'])).toEqual(['Helen Zhao:departure:Microsoft→-']);
  });
  it('names no one where a verb stands between', () => {
    expect(movesAs('The departing team said Helen Zhao had been a great manager at Microsoft.', ['person'])).toEqual([]);
  });
});

describe('the one relieved of a post (免去X…职务)', () => {
  it('finds the name after 免去, the post or its company right after it', () => {
    expect(movesAs('百度集团近日发布内部通报，决定免去尹慕白集团副总裁职务，其负责的业务由公司另行安排。', ['person', 'event', 'ends'])).toEqual(['尹慕白:departure:Baidu→-']);
  });
});

describe('the five-hundred-and-sixtieth batch (moves told through counts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('starts a second move where the first, in the same sentence, took the person', () => {
    expect(moves('Two months after leaving Apple for Meta, Dmitri Sokolov is on the move again: he has joined OpenAI.')).toEqual(['Dmitri Sokolov:join:Meta→OpenAI']);
    expect(moves('三个月内两次跳槽\n三个月前刚从字节跳动跳槽至阿里巴巴的研究员邬思齐，近日再次跳槽，已加入腾讯混元。')).toEqual(['邬思齐:departure:Alibaba→Tencent']);
  });
  it('still reads a move of the last weeks describing someone, with no move of theirs after it, as news', () => {
    expect(moves('刚刚从DeepSeek加入小米的研究员葛远舟在发布会上表示，团队很年轻。')).toEqual(['葛远舟:join:DeepSeek→Xiaomi']);
  });
});

describe('the five-hundred-and-sixty-second batch (reversals): what its blind score showed', () => {
  it('reads a hire backed out of before its start date as called off', () => {
    expect(movesAs('Priya Nair, whom xAI announced last month as its new head of safety, has backed out before her start date and will remain at Google DeepMind.', ['person', 'status'])).toEqual([
      'Priya Nair:denied',
    ]);
  });
});

describe('the five-hundred-and-sixty-fourth batch (spin-outs and carve-outs): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the one who leads a company spun out as its founder from the org that spun it out, and a post at 新公司 as leaving', () => {
    expect(moves('Google has spun out a robotics software team as an independent company, Tessellate Robotics, which will be led by Maya Okonkwo.')).toEqual(['Maya Okonkwo:founding:Google→-']);
    expect(moves('阿里巴巴宣布将AI眼镜业务分拆独立运营，成立新公司"灵瞳智能"，原阿里AI硬件负责人庞书远出任新公司CEO。')).toEqual(['庞书远:departure:Alibaba→-']);
  });
  it('still reads a post at a company founded long ago as a post there, its founding year dating only the aside', () => {
    expect(movesAs('OpenAI, founded in 2015, has named Jakub Ross chief scientist.', ['person', 'event', 'ends', 'role'])).toEqual(['Jakub Ross:promotion:-→OpenAI:Chief Scientist']);
  });
});

describe('the five-hundred-and-sixty-fifth batch (firings and demotions): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'role']);
  it('reads "dismissed" before a name, and "was dismissed" right after one, as a firing by the org', () => {
    expect(moves('Microsoft dismissed Tobias Wendt, a principal researcher on its AI team, last week for leaking benchmark results.')).toEqual([
      'Tobias Wendt:departure:Microsoft→-:Principal Researcher',
    ]);
    expect(moves('Tobias Wendt was dismissed by Microsoft last week.')).toEqual(['Tobias Wendt:departure:Microsoft→-:-']);
  });
  it('still reads concerns or a lawsuit dismissed as no move', () => {
    expect(moves('Microsoft dismissed concerns raised by Tobias Wendt about the benchmark.')).toEqual([]);
    expect(moves('The lawsuit Tobias Wendt filed against Microsoft was dismissed last week.')).toEqual([]);
  });
  it('reads a post taken away and another given at the same company as a new post there', () => {
    expect(moves('Google has removed Lena Vasquez as head of Gemini product and moved her into a senior adviser role reporting to the CTO.')).toEqual([
      'Lena Vasquez:promotion:-→Google:Senior Adviser',
    ]);
    expect(moves('阿里巴巴通义实验室多模态负责人樊昭远已被降为普通研究员。')).toEqual(['樊昭远:promotion:-→Alibaba:Researcher']);
  });
});

describe('the five-hundred-and-sixty-sixth batch (researchers going home): what its blind score showed', () => {
  it('reads a professorship taken up at a university as where someone went', () => {
    expect(movesAs('Xu Mingzhe, who worked on training at Anthropic, left the company in October and has taken up a professorship at Tsinghua University.', ['person', 'ends', 'role'])).toEqual([
      'Xu Mingzhe:Anthropic→Tsinghua University:Professor',
    ]);
  });
});

describe("the five-hundred-and-sixty-seventh batch (the talent market in football's words): what its blind score showed", () => {
  it('reads someone prised away after a raid as hired by the raider, from the org raided', () => {
    expect(movesAs('xAI has raided Google DeepMind again, this time prising away Gemini researcher Noor Haddad.', ['person', 'event', 'ends'])).toEqual(['Noor Haddad:join:Google→xAI']);
  });
  it('still reads market share prised away as no move', () => {
    expect(movesAs('Anthropic is prising away market share from OpenAI, said analyst Noor Haddad.', ['person'])).toEqual([]);
  });
});

describe('the five-hundred-and-sixty-eighth batch (companies named by their backers): what its blind score showed', () => {
  it('reads the hirer past the backers an aside names', () => {
    expect(movesAs('Zhipu AI, the Beijing start-up backed by Alibaba and Tencent, has appointed former Baidu finance executive Sun Yiran as its chief financial officer.', ['person', 'ends'])).toEqual(
      ['Sun Yiran:Baidu→Zhipu AI'],
    );
  });
});

describe('the five-hundred-and-sixty-ninth batch (moves between labs and money): what its blind score showed', () => {
  it('reads "entrepreneur in residence" as the role, "in" no end of it', () => {
    expect(movesAs('Camille Renaud, who ran AI infrastructure at Meta, has joined Sequoia Capital as an entrepreneur in residence.', ['person', 'role'])).toEqual([
      'Camille Renaud:Entrepreneur in Residence',
    ]);
  });
});

describe('the five-hundred-and-seventieth batch (long features, the move mid-paragraph): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads the one replaced, who moved to a role elsewhere in the company, as moved on there, not gone', () => {
    expect(moves("Microsoft AI has a new chief of staff. Rebecca Osei replaces Tom Hale, who moved to a role in Microsoft's Azure business in the spring.")).toContain(
      'Tom Hale:promotion:-→Microsoft',
    );
  });
  it('gives one listed under a move the destination their own clause names', () => {
    expect(
      moves('The quiet exodus from Scale AI\nAt least six senior staff left Scale AI, several for OpenAI. Among them was Priya Desai, its head of government programs, who is now at Anduril.'),
    ).toEqual(['Priya Desai:departure:Scale AI→Anduril']);
  });
  it('reads "The latest is X" as one more leaving the org the named leaver before left', () => {
    expect(moves('Ruoming Pang left Apple for Meta in July, and a dozen of his researchers have followed him out. The latest is Sofia Marchetti; she started at Anthropic this week.')).toEqual([
      'Ruoming Pang:departure:Apple→Meta',
      'Sofia Marchetti:join:Apple→Anthropic',
    ]);
  });
});

describe('the five-hundred-and-seventy-first batch (long Chinese features): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads departures told with no org as leaving the headline's, for the people named after them", () => {
    expect(
      moves(
        '百度文心团队的三年\n三年前，文心一言是国内第一个对标ChatGPT发布的大模型产品。三年过去，当初参与发布的核心成员有不少已经离开。其中，曾任文心一言产品总经理的包书禾今年3月加入了月之暗面，技术负责人之一的凌思远则在6月创办了一家做AI编程工具的公司"码上智能"。',
      ),
    ).toEqual(['包书禾:join:Baidu→Moonshot AI', '凌思远:founding:Baidu→码上智能']);
  });
  it('reads 新加入的 before a description as the join of the one it describes, and ends a name before 领导', () => {
    expect(moves('腾讯混元的"换帅"与再出发\n多模态模型部由新加入的前快手可灵技术负责人戚明岳领导。')).toEqual(['戚明岳:join:Kuaishou→Tencent']);
  });
});

describe('the five-hundred-and-seventy-second batch (people watches in long pieces): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('finds who "she" is past a sentence opening with a time phrase, and reads what her profile now says as hers', () => {
    expect(moves('郑雨涵是前DeepMind科学家。过去三年，她在Anthropic负责可解释性研究。本周，她在个人主页上更新了信息：已离开Anthropic，加入Meta。')).toEqual(['郑雨涵:departure:Anthropic→Meta']);
  });
  it('reads "has surfaced at" an org, and "started on Monday as" a post, as joins', () => {
    expect(moves('Chidi Okafor left Meta last week. Okafor, for his part, has surfaced at Thinking Machines Lab.')).toEqual(['Chidi Okafor:departure:Meta→Thinking Machines Lab']);
    expect(movesAs('Lena Brandt, who spent four years at Google, started on Monday as head of inference at Meta.', ['person', 'ends', 'role'])).toEqual(['Lena Brandt:Google→Meta:Head of Inference']);
  });
  it('still reads something started as no move, and a habit advised against (频繁跳槽) as none', () => {
    expect(moves('The project started as a side project at Google, said Lena Brandt.')).toEqual([]);
    expect(moves('谷歌研究科学家康文博表示，年轻研究者应该先把一件事做深，而不是频繁跳槽。')).toEqual([]);
  });
});

describe('the five-hundred-and-seventy-third batch (moves as communities pass them on): what its blind score showed', () => {
  it('reads 下家是 an org as where someone goes, and 在走流程 as leaving under way', () => {
    expect(movesAs('一位认证为小米员工的匿名用户发帖称，大模型团队预训练负责人殷书远"已经在走流程了"，下家是月之暗面。', ['person', 'event', 'ends', 'status'])).toEqual([
      '殷书远:departure:Xiaomi→Moonshot AI:rumoured',
    ]);
  });
  it('reads a question of where someone would go someday (如果…哪天, 你觉得) as no move', () => {
    expect(movesAs('纯属假设讨论。如果OpenAI首席科学家Jakub Pachocki哪天离职，你觉得他最可能加入哪家公司？', ['person'])).toEqual([]);
  });
});

describe('the five-hundred-and-seventy-fourth batch (interviews that tell the move to the person): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "you" on a question\'s line as the one whose label opens the answer', () => {
    expect(moves('对话沈星野：离开字节之后\n问：你上个月从字节跳动离职，加入了阿里通义实验室。做这个决定难吗？\n沈星野：难，但想清楚了就不难。')).toEqual(['沈星野:departure:ByteDance→Alibaba']);
    expect(moves('专访\n记者：您刚刚从微软亚洲研究院加盟小米，外界很好奇您为什么选择小米。\n隋明川：小米有完整的硬件生态。')).toEqual(['隋明川:join:Microsoft→Xiaomi']);
  });
  it('still reads a question of a move long past as biography, and a question of a rumour as no move', () => {
    expect(moves('Q&A\nQ: You left Facebook for DeepMind in 2015. Do you regret it?\nDaniel Ruiz: Never.')).toEqual([]);
    expect(moves('对话腾讯混元钟望舒\n主持人：网上有传言说你要离开腾讯，加入字节？\n钟望舒：没有的事，这是谣言。')).toEqual([]);
  });
});

describe('the five-hundred-and-seventy-fifth batch (acqui-hires of startups the catalog does not know): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('gives a join in an article about a deal for a named startup that startup as its origin', () => {
    expect(
      moves(
        'Google has hired the co-founders of Lumen Labs, a two-year-old startup, and will pay $400 million to license its technology. Chief executive Aarav Shah and chief technology officer Mei Lin will join Google DeepMind.',
      ),
    ).toEqual(['Aarav Shah:join:Lumen Labs→Google', 'Mei Lin:join:Lumen Labs→Google']);
    expect(moves('阿里巴巴近日完成对AI Agent创业公司灵犀智能的收购，灵犀智能创始人兼CEO谭书远将带领团队整体加入通义实验室。')).toEqual(['谭书远:join:灵犀智能→Alibaba']);
  });
  it('reads a deal that brings a named founder into an org as their join there', () => {
    expect(moves('Meta has acquired Cadenza, a voice AI startup, in a deal that brings its founder, Tomasz Wrona, and twenty engineers into Meta Superintelligence Labs.')).toEqual([
      'Tomasz Wrona:join:Cadenza→Meta',
    ]);
  });
  it("still reads a company folded into another as no destination of anyone's", () => {
    expect(
      moves(
        'Linda Yaccarino said on Wednesday that she is stepping down as chief executive of X after two years running the social network, which Elon Musk folded into his AI company xAI earlier this year.',
      ),
    ).toEqual(['Linda Yaccarino:departure:-→-']);
  });
});

describe('the five-hundred-and-seventy-sixth batch (names from many traditions): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'role']);
  it("takes the post the body gives in full over the headline's short form", () => {
    expect(moves('Pieter van den Broek named Nvidia AI research VP\nNvidia has promoted Pieter van den Broek, who has run its Amsterdam lab since 2021, to vice president of AI research.')).toEqual([
      'Pieter van den Broek:vice president of AI research',
    ]);
  });
  it("still keeps a headline's C-suite title, whole already", () => {
    expect(moves('Sarvam AI elevates Vikram Nair as COO\nBengaluru-based Sarvam AI has elevated Vikram Nair as chief operating officer.')).toEqual(['Vikram Nair:COO']);
  });
});

describe('the five-hundred-and-seventy-seventh batch (code-switching, again): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends', 'status']);
  it('ends a name before 没有, and reads staying, negated (没有选择留在), as no denial', () => {
    expect(moves('从Meta出来之后，前Llama团队工程师邢思远没有选择留在美国，而是回国去了月之暗面，负责Kimi的infra。')).toEqual(['邢思远:join:Meta→Moonshot AI:reported']);
  });
  it('gives a Chinese quote in the first person to the one an English sentence after it says confirmed it', () => {
    expect(moves('Xiaomi\'s new MiMo lead, in her words\n"我刚刚入职小米，负责MiMo的RL。" Former DeepSeek researcher Qiu Lanxi confirmed the move in a post on Weibo.')).toEqual([
      'Qiu Lanxi:join:DeepSeek→Xiaomi:reported',
    ]);
  });
});

describe('the five-hundred-and-seventy-eighth batch (profile and reference pages, again): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a homepage\'s "I" as the one the page is about', () => {
    expect(moves('Lucía Ferrer - homepage\nNews\n[Nov 2026] I joined Mistral AI as a research scientist. Before that, I spent four years at Meta FAIR.')).toEqual([
      'Lucía Ferrer:join:Meta→Mistral AI',
    ]);
  });
  it("gives a bio's sentence that opens with its move word the one the sentence before it, on its line, names", () => {
    expect(moves('Leadership\nAnthony Armstrong is our chief financial officer. Joined xAI in October 2026 from Morgan Stanley.')).toEqual(['Anthony Armstrong:join:Morgan Stanley→xAI']);
  });
});

describe('the five-hundred-and-seventy-ninth batch (legal news, again): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('finds a Chinese name right before a year', () => {
    expect(moves('判决书显示，贺景明2026年6月从字节跳动离职后，于同年8月入职阿里巴巴通义实验室。')).toEqual(['贺景明:join:ByteDance→Alibaba']);
  });
  it('reads a move a court bans as none, and one a court declines to block as a move', () => {
    expect(
      moves('Court upholds ban on former Tesla engineer joining xAI\nAn appeals court upheld an injunction that bars Marco Bellini, a former Tesla engineer, from working at xAI for a year.'),
    ).toEqual([]);
    expect(moves('A federal judge declined to block Nadia Osei, a former Google DeepMind researcher, from starting work at Meta.')).toEqual(['Nadia Osei:join:Google→Meta']);
  });
});

describe('the five-hundred-and-eightieth batch (network notices, again): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it("reads a 脉脉 line that a name updated (更新了职位) with an arrow as that person's move", () => {
    expect(moves('你关注的邓一凡更新了职位：字节跳动 · 大模型算法专家 → 阿里巴巴 · 通义实验室研究员。')).toEqual(['邓一凡:departure:ByteDance→Alibaba']);
  });
  it('reads 开始担任新职位 an org as a join, and 此前任职于 in the line after as its origin', () => {
    expect(moves('领英动态\n霍思远开始担任新职位：腾讯 混元大模型技术专家。此前任职于百度。')).toEqual(['霍思远:join:Baidu→Tencent']);
  });
});

describe('the five-hundred-and-eighty-second batch (searches and who ends them, again): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads "hiring X" and "has settled on X" as hires by the subject, past a search firm it retained', () => {
    expect(moves('Meta has ended a five-month search for a chief scientist, hiring Joaquín Herrera from Google DeepMind for the job.')).toEqual(['Joaquín Herrera:join:Google→Meta']);
    expect(moves('Anthropic, which retained Spencer Stuart in the spring to find a head for its Tokyo office, has settled on Haruto Sato, a former Google Japan vice president.')).toEqual([
      'Haruto Sato:join:Google→Anthropic',
    ]);
  });
  it('reads 这一职位将由X出任 as a join to the org whose post the sentence before says stood empty', () => {
    expect(moves('自前任首席技术官离职后，月之暗面的CTO一职已空缺半年。本报获悉，这一职位将由前字节跳动技术副总裁阚思远出任。')).toEqual(['阚思远:join:ByteDance→Moonshot AI']);
  });
  it('still reads a hiring freeze as no move', () => {
    expect(moves('Meta is hiring fewer engineers this year, said Joaquín Herrera, a Google DeepMind researcher.')).toEqual([]);
  });
});

describe('the five-hundred-and-eighty-third batch (English written from Chinese reports): what its blind score showed', () => {
  it('reads "his next stop is" an org as the next stop of the one the sentence before names', () => {
    expect(
      movesAs("It is reported that Qin Shuhang, the person in charge of Tencent Hunyuan's multimodal big model, has left his post. According to LatePost, his next stop is ByteDance.", [
        'person',
        'ends',
      ]),
    ).toEqual(['Qin Shuhang:Tencent→ByteDance']);
  });
});

describe('the five-hundred-and-eighty-fourth batch (people watches across scripts): what its blind score showed', () => {
  const moves = (text: string) => movesAs(text, ['person', 'event', 'ends']);
  it('reads a Chinese surname alone opening a clause (方将加入) as the one of that surname whose move was told', () => {
    expect(moves('字节跳动Seed团队视觉方向负责人方启明已离职。知情人士称，方将加入月之暗面，担任多模态负责人。')).toEqual(['方启明:departure:ByteDance→Moonshot AI']);
  });
  it('still reads 双方将 as no one', () => {
    expect(moves('字节跳动Seed团队视觉方向负责人方启明已离职。双方将继续保持合作，加入新的项目。')).toEqual(['方启明:departure:ByteDance→-']);
  });
});

describe('names in mojibake (moves-dev keeps a page\'s "KarĂ©n Simonyan" as stored)', () => {
  it('reads the person a name in mojibake stands for, named as written before the damage', () => {
    expect(movesAs("Other members of Suleyman's former team at Inflection AI, including cofounder KarĂ©n Simonyan, will also be joining Microsoft.", ['person', 'event', 'ends'])).toEqual([
      'Karén Simonyan:join:Inflection AI→Microsoft',
    ]);
  });
});

describe('the title a departure leaves, read from before the name', () => {
  it('starts after a move word before the name ("xAI loses co-founder X" left as co-founder, not "loses co-founder")', () => {
    expect(movesAs('xAI loses co-founder Ana Ruiz as its founding team continues to shrink.', ['person', 'role'])).toEqual(['Ana Ruiz:Co-founder']);
    expect(movesAs("xAI's exodus continues with the departure of its third co-founder in a month, Ana Ruiz.", ['person', 'role'])).toEqual(['Ana Ruiz:Co-founder']);
  });
});

describe('gaps the last session left open', () => {
  it('reads "to rejoin" an employer, named after a description, as where a departure goes', () => {
    expect(movesAs('Ana Ruiz is leaving Scale AI to rejoin her former employer, Google.', ['person', 'event', 'ends'])).toEqual(['Ana Ruiz:departure:Scale AI→Google']);
  });
  it('reads the role an inverted sentence names before "is" and its holder, with or without an aside after the name', () => {
    expect(movesAs("Scale AI's chief executive Ben Cole is stepping down. Stepping in as interim CEO is Ana Ruiz.", ['person', 'event', 'role'])).toContain('Ana Ruiz:promotion:interim CEO');
    expect(movesAs("Stepping in as interim CEO at Scale AI is Ana Ruiz, the company's chief strategy officer.", ['person', 'role'])).toEqual(['Ana Ruiz:interim CEO']);
  });
});

describe("the conditions a move word sets on the words around it (a lexicon entry's `when`)", () => {
  // Each condition, as the word it guards: a sentence where it holds (a move) and a look-alike where it does not.
  const CASES: Record<TriggerCondition, [word: string, holds: string, fails: string]> = {
    namedCompany: ['launched', 'Former OpenAI researcher Ana Ruiz launched Lumen Safety, a startup building evaluation tools.', 'Ana Ruiz launched a new reasoning model at OpenAI on Tuesday.'],
    namedPerson: ['has brought in', 'Anthropic has brought in Hannah Lowe to lead its policy team.', 'Anthropic has brought in new rules for its policy team, Hannah Lowe said.'],
    addsToStaff: ['has added', 'Mistral AI has added Ana Ruiz to its technical staff.', 'Mistral AI has added Ana Ruiz as a speaker at its developer conference.'],
    congratsOn: ['congrats to', 'Congrats to Ana Ruiz on joining Anthropic!', 'Congrats to Ana Ruiz on her award from Anthropic!'],
    inverted: ['taking over the', 'Taking over the research organization at Cohere is Ana Ruiz.', 'Ana Ruiz said that taking over the research organization at Cohere is hard.'],
    hirerBefore: ['now includes', "Mistral AI's research team now includes Ana Ruiz, formerly of Meta.", "The startup's staff now includes Ana Ruiz, formerly of Meta."],
    formerBefore: [
      ', now at',
      "Apple has accused its former engineer Ana Ruiz, now at Meta's Reality Labs, of taking design files.",
      "Ana Ruiz, now at Meta's Reality Labs, led the demo of the new glasses.",
    ],
    labelledLine: ['out:', "Out: Ana Ruiz, who ran Cohere's research group.", "Ana Ruiz on Cohere's new model, out: the old guard."],
    orgNext: ['last day at', "Friday is Ana Ruiz's last day at Google.", 'It was Ana Ruiz’s last day at the office before the holidays.'],
    companyNext: ['went to', 'Ana Ruiz went to Anthropic after four years at OpenAI.', 'Ana Ruiz went to Stanford University after high school.'],
    memberOf: ['正式成为', '马晓川已正式成为小米MiMo团队的一员。', '马晓川表示，公司已正式成为小米的合作伙伴。'],
    companyBefore: ['毕业了', '宋立今天从字节跳动毕业了。', '宋立今年从清华毕业了。'],
    atCompanyBefore: ['画上句号', '宋立在字节跳动的四年画上句号。', '宋立在清华的四年画上句号。'],
    vacancyFilled: ['补上', '腾讯混元负责人的空缺已由前百度首席架构师仲夏补上。', '仲夏表示，腾讯混元补上了多模态的短板。'],
    stintBefore: ['结束了', '龙思齐在Meta的四年结束了。', '龙思齐在腾讯的会议结束了。'],
    hanBefore: ['join', '龙思齐已join Anthropic。', 'Join Anthropic at the developer conference next week.'],
    orgBound: ['bound', 'Apple researcher Ana Ruiz is Meta-bound.', 'Ana Ruiz said the paper is bound for Meta.'],
    orgLater: [
      'has a new role',
      'Ana Ruiz has a new role: Director of Applied AI at Microsoft.',
      'Former Google engineer Ana Ruiz has a new role: a cameo as herself in a Netflix documentary about AI.',
    ],
    postAfter: ['卸下', '百度副总裁宋立卸下总裁职务。', '宋立表示，团队终于卸下心理包袱。'],
    stintAfter: ['结束了在', '宋立宣布，结束了在字节跳动的八年职业生涯。', '宋立结束了在外滩大会上的主题演讲。'],
    inChargeLater: [
      'has put',
      'Google has put Elise Fontaine, who spent nine years at Meta, in charge of its Gemini apps team.',
      'Google has put Elise Fontaine, who spent nine years at Meta, on the spot over its Gemini apps team.',
    ],
    intoOrgLater: [
      'brings',
      'Meta has acquired Cadenza in a deal that brings its founder, Tomasz Wrona, and twenty engineers into Meta Superintelligence Labs.',
      'The merger brings Tomasz Wrona into the conversation about voice models, analysts said.',
    ],
    orgSoonAfter: ['转战', '香港01报道，前苹果工程师周浩然已转战马斯克旗下的xAI。', '小米集团总裁卢伟冰表示，小米将转战线下市场。'],
    companyNextNotTopic: [
      'is onboarding at',
      'Former Apple interface designer Ana Ruiz is onboarding at OpenAI this week.',
      'Ana Ruiz, an Apple designer, said onboarding at OpenAI is chaos these days.',
    ],
    personBefore: [
      'affected by the cuts',
      'Ana Ruiz, a research director at Meta, said on X that she and several members of her team were affected by the cuts.',
      'Ana Ruiz, a research director at Meta, said team morale was affected by the cuts.',
    ],
    worksThereNext: ['不再在', '月之暗面产品负责人宋立表示，下周起将不再在月之暗面任职。', '月之暗面产品负责人宋立表示，自己不再在意外界的评价。'],
    offerFrom: ['接受了', '知情人士透露，谷歌研究员宋立已经接受了xAI的offer，预计下月入职。', '谷歌研究员宋立接受了新华社的采访。'],
    stintEnds: ['my time at', '"My time at OpenAI has come to an end," Ana Ruiz wrote on X.', '"My time at OpenAI was the best of my career," Ana Ruiz wrote on X.'],
    forAnother: ['has swapped', 'Ana Ruiz has swapped OpenAI for Anthropic, she said on Tuesday.', 'Ana Ruiz has swapped Python for Rust in her new OpenAI project.'],
    staffAfter: ['迎来', '小米大模型团队迎来前OpenAI研究员。此次加盟的研究员桂若曦曾在OpenAI参与后训练工作。', '小米表示，大模型业务今年迎来新一轮增长，研究员桂若曦说。'],
    worksAtAfter: ['回到母校', '36氪获悉，隋清和已从阿里巴巴离职，将回到母校上海交通大学任教。', '前百度首席科学家柴远航日前回到母校清华大学，为学生们做了一场演讲。'],
    peopleBefore: ['流向', '今年以来已有三名通义的技术骨干流向腾讯，其中包括谭书远。', '腾讯副总裁钱一鸣表示，今年以来大量资金流向腾讯云。'],
    unitOfNext: ['took over', "Ana Ruiz, a former Microsoft executive, took over Anthropic's Asia-Pacific business this week.", 'Ana Ruiz said Microsoft took over Activision after a long review.'],
    newOrgAfter: ['to set up', 'Ana Ruiz has resigned from OpenAI to set up an independent nonprofit.', 'Ana Ruiz, a researcher at OpenAI, flew to London to set up a meeting with regulators.'],
    nameRightBefore: ['out after', 'xAI CFO Mark Tilden out after three months', 'Mark Tilden stepped out after the keynote to take a call.'],
    emerging: [
      'founded by',
      'Nimbus Labs, founded by former OpenAI researcher Ana Ruiz, emerged from stealth on Tuesday.',
      'Nimbus Labs, founded by former OpenAI researcher Ana Ruiz, raised $80 million on Tuesday.',
    ],
  };
  const triggersIn = (text: string) => recognize(text, index, { year: 2026 }).sentences.flatMap((s) => s.triggers);
  it.each(Object.entries(CASES))('%s: a move word where it holds, none in the look-alike', (_, [word, holds, fails]) => {
    expect(triggersIn(holds)).toContain(word);
    expect(movesAs(holds, ['person']).length).toBe(1);
    expect(triggersIn(fails)).not.toContain(word);
    expect(movesAs(fails, ['person'])).toEqual([]);
  });
});

function read(text: string) {
  const r = recognize(text, index, { year: 2026 });
  return {
    moves: r.moves.map((m) => `${m.person}:${m.event}:${m.from?.org ?? '-'}→${m.to?.org ?? '-'}`),
    fired: new Set(r.sentences.flatMap((s) => s.rules.filter((e) => e.outcome === 'fired').map((e) => e.rule))),
    blocked: new Set(r.sentences.flatMap((s) => s.rules.filter((e) => e.outcome === 'blocked').map((e) => e.rule))),
  };
}

type Case = [text: string, moves: string[], rule: RuleId];

type Field = 'person' | 'event' | 'ends' | 'status' | 'role';
/** Each move as the fields a case asks about, joined by ":" ("ends" is "from→to"; "-" for what is not named). */
function movesAs(text: string, fields: readonly Field[], watching: MatchIndex = index): string[] {
  const show: Record<Field, (m: Move) => string> = {
    person: (m) => m.person,
    event: (m) => m.event,
    ends: (m) => `${m.from?.org ?? '-'}→${m.to?.org ?? '-'}`,
    status: (m) => m.status,
    role: (m) => m.role ?? '-',
  };
  return recognize(text, watching, { year: 2026 }).moves.map((m) => fields.map((f) => show[f](m)).join(':'));
}

/**
 * What person watches on `names` (and no org) alert, as "person:event" ("(by surname)" where only a surname named them:
 * routed only with an org the watch names).
 */
function alertsWatching(names: readonly string[]): (text: string) => string[] {
  const watching = buildMatchIndex(
    names.map((name, i) => personWatch(name, { id: 2 + i })),
    catalog,
  );
  return (text) => recognize(text, watching, { year: 2026 }).moves.map((m) => `${m.person}:${m.event}${m.bySurname ? ' (by surname)' : ''}`);
}

/** The moves a case must read, and the rule that must fire for them. */
function readsAs(text: string, moves: string[], rule: RuleId): void {
  const r = read(text);
  expect(r.moves).toEqual(moves);
  expect(r.fired).toContain(rule);
}

/** No move for a look-alike, and the rule that blocked it (null: nothing fired to block, no name was found). */
function readsNoMove(text: string, rule: RuleId | null): void {
  const r = read(text);
  expect(r.moves).toEqual([]);
  if (rule) expect(r.blocked).toContain(rule);
}

describe('lists of names: every person of a list moves', () => {
  it.each<Case>([
    ['Ana Ruiz, Ben Cole, and Tomas Berg have joined Mistral.', ['Ana Ruiz:join:-→Mistral AI', 'Ben Cole:join:-→Mistral AI', 'Tomas Berg:join:-→Mistral AI'], 'subject.list'],
    ['腾讯首席财务官马晓川、副总裁钱一鸣近日离职。', ['马晓川:departure:Tencent→-', '钱一鸣:departure:Tencent→-'], 'subject.list'],
    ['马晓川宣布离职,随他一起离开的还有钱一鸣和周子墨。', ['马晓川:departure:-→-', '钱一鸣:departure:-→-', '周子墨:departure:-→-'], 'subject.also'],
    ['腾讯从百度招募了马晓川和周子墨。', ['马晓川:join:Baidu→Tencent', '周子墨:join:Baidu→Tencent'], 'subject.list'],
    ['马晓川和钱一鸣已从腾讯离职。', ['马晓川:departure:Tencent→-', '钱一鸣:departure:Tencent→-'], 'subject.list'],
    ['Ana Ruiz (a Gemini veteran) and Ben Cole have left Google for xAI.', ['Ana Ruiz:departure:Google→xAI', 'Ben Cole:departure:Google→xAI'], 'subject.list'],
    [
      'Other recent Anthropic departures include policy lead Ana Ruiz, communications director Ben Cole and infrastructure lead Tomas Berg.',
      ['Ana Ruiz:departure:Anthropic→-', 'Ben Cole:departure:Anthropic→-', 'Tomas Berg:departure:Anthropic→-'],
      'subject.noun',
    ],
    ['腾讯混元团队的宋立、夏云帆均已离职。', ['宋立:departure:Tencent→-', '夏云帆:departure:Tencent→-'], 'subject.list'],
    ['宋立、夏云帆当选为腾讯执行董事。', ['宋立:promotion:-→Tencent', '夏云帆:promotion:-→Tencent'], 'subject.list'],
    [
      '腾讯混元团队的宋立(原视觉负责人)、鄢文博(原语音负责人)和薄一凡(原多模态负责人)相继离职。',
      ['宋立:departure:Tencent→-', '鄢文博:departure:Tencent→-', '薄一凡:departure:Tencent→-'],
      'subject.list',
    ],
    [
      'Cohere’s exits this spring include Ana Ruiz, who went to a startup, Ben Cole, who moved to Mistral in May, and Tomas Berg.',
      // (Each item's aside tells that person's move: Cole's exit was to Mistral.)
      ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:departure:Cohere→Mistral AI', 'Tomas Berg:departure:Cohere→-'],
      'subject.noun',
    ],
    [
      'Exits at Cohere this year included policy lead Ana Ruiz; engineer Ben Cole; and co-founder Tomas Berg.',
      ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:departure:Cohere→-', 'Tomas Berg:departure:Cohere→-'],
      'subject.noun',
    ],
    ['Ana Ruiz plans to form a startup with fellow Google researcher Ben Cole, two people said.', ['Ana Ruiz:founding:-→-', 'Ben Cole:founding:Google→-'], 'subject.also'],
    ['At Mistral, the appointments include Ana Ruiz as chief scientist and Ben Cole as president.', ['Ana Ruiz:promotion:-→Mistral AI', 'Ben Cole:promotion:-→Mistral AI'], 'subject.noun'],
  ])('%s', readsAs);
});

describe('biography is scoped to the words it governs', () => {
  it.each<Case>([
    ['Tomas Berg has quit Cohere barely a year after joining.', ['Tomas Berg:departure:Cohere→-'], 'block.past'],
    ['Ana Ruiz has rejoined Microsoft, five years after her 2020 exit.', ['Ana Ruiz:return:-→Microsoft'], 'block.year'],
    ['Co-founders Ana Ruiz and Ben Cole have also departed Cohere since its 2023 founding, after joining in 2024.', ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:departure:Cohere→-'], 'block.past'],
  ])('%s keeps its main verb', (text, moves, rule) => {
    const r = read(text);
    expect(r.moves).toEqual(moves);
    expect(r.blocked).toContain(rule);
  });

  it.each<[string, RuleId]>([
    ['She joined Google in 2010 and moved to DeepMind in 2016.', 'block.year'],
    ['In 2019, Ben Cole left Google for OpenAI.', 'block.year'],
    ['2010年，Afroz Mohiuddin从大学毕业后，加入了谷歌担任软件工程师。', 'block.past'],
    ['这是钱一鸣回归腾讯后的第一次公开演讲。', 'block.time-clause'],
  ])('%s is biography', readsNoMove);
});

describe('wording outside the old trigger list', () => {
  it.each<Case>([
    ['Ana Ruiz introduced her own company, Nimbus Labs, after leaving Google.', ['Ana Ruiz:founding:Google→Nimbus Labs'], 'trigger'],
    ['Ana Ruiz will head its new agents group at Anthropic.', ['Ana Ruiz:promotion:-→Anthropic'], 'trigger'],
    ['钱一鸣将接管腾讯混元团队。', ['钱一鸣:promotion:-→Tencent'], 'trigger'],
    ["Anthropic's new head of research is Priya Raman.", ['Priya Raman:promotion:-→Anthropic'], 'subject.object'],
    ['The departure of Priya Raman from Google surprised colleagues.', ['Priya Raman:departure:Google→-'], 'subject.noun'],
    ["Priya Raman's exit from Google was announced on Monday.", ['Priya Raman:departure:Google→-'], 'subject.noun'],
    ['Ben Cole, who worked on OpenAI’s voice models with Tomas Berg, said his move to Anthropic takes effect in May.', ['Ben Cole:join:OpenAI→Anthropic'], 'subject.noun'],
    ['xAI has scooped up Dana Whitfield.', ['Dana Whitfield:join:-→xAI'], 'subject.object'],
    ['腾讯任命钱一鸣为首席科学家。', ['钱一鸣:promotion:-→Tencent'], 'subject.object'],
    ['OpenAI fired Priya Raman on Friday.', ['Priya Raman:departure:OpenAI→-'], 'end.hirer'],
    ['百度开除了钱一鸣。', ['钱一鸣:departure:Baidu→-'], 'end.hirer'],
    ['Cohere loses its research chief Dana Whitfield to a startup.', ['Dana Whitfield:departure:Cohere→-'], 'end.hirer'],
    ['百度本周裁员,资深研究员马晓川也被裁。', ['马晓川:departure:Baidu→-'], 'trigger'],
    ['Priya Raman, head of research at Google, will be replaced by Ben Cole.', ['Priya Raman:departure:Google→-', 'Ben Cole:promotion:-→Google'], 'trigger'],
    ['Priya Raman will remain at Google until the summer, before retiring from the company.', ['Priya Raman:departure:Google→-'], 'trigger'],
    ['Google Confirms Priya Raman’s Appointment As Search Chief', ['Priya Raman:promotion:-→Google'], 'subject.noun'],
    ['钱一鸣将领导腾讯新成立的智能体团队。', ['钱一鸣:promotion:-→Tencent'], 'trigger'],
  ])('%s', readsAs);
});

describe('a move and its people in different sentences', () => {
  it.each<Case>([
    ['Three senior Microsoft researchers are leaving. Among them are Ana Ruiz and Ben Cole.', ['Ana Ruiz:departure:Microsoft→-', 'Ben Cole:departure:Microsoft→-'], 'article.list'],
    ['百度多名高管近日离职。其中包括马晓川和周子墨。', ['马晓川:departure:Baidu→-', '周子墨:departure:Baidu→-'], 'article.list'],
    ['月之暗面高层再生变动\n副总裁马晓川已宣布离职。', ['马晓川:departure:Moonshot AI→-'], 'end.headline'],
    [
      'Meta hires another researcher from Apple\nApple’s exodus goes on: three more researchers have left Apple. Ben Cole, a vision lead, has also departed.',
      ['Ben Cole:departure:Apple→-'],
      'end.headline',
    ],
    ['Anthropic hires two more researchers\nBen Cole is joining, the company said.', ['Ben Cole:join:-→Anthropic'], 'end.headline'],
    ['腾讯、百度两位科学家联手创业。由前腾讯研究员宋立和前百度工程师夏云帆共同创办的新公司名为星桥智能。', ['宋立:founding:Tencent→-', '夏云帆:founding:Baidu→-'], 'article.named-later'],
  ])('%s', readsAs);

  it('a headline about a departure does not become a join’s destination', () => {
    expect(read('Exodus at Meta continues\nBen Cole is joining a startup, he said.').moves).toEqual(['Ben Cole:join:-→-']);
  });
});

describe('a person named in full once, then by surname', () => {
  it.each<[string, string[]]>([
    [
      'Cohere names a new research chief\nDana Whitfield has led evaluation at Google for years. Whitfield’s departure from Google was announced to staff on Monday.',
      ['Dana Whitfield:departure:Google→-'],
    ],
    [
      'Cohere co-founder Tomas Berg steps down\nThe company said its CTO, Ana Ruiz, will take over as acting CEO, and that Berg will leave the board.',
      ['Tomas Berg:departure:Cohere→-', 'Ana Ruiz:promotion:-→Cohere'],
    ],
  ])('%s', (text, moves) => {
    expect(read(text).moves).toEqual(moves);
  });

  it('a surname two people of the article share stays nobody', () => {
    const r = read('Ana Cole and Ben Cole spoke at the Google event. Cole has left Google.');
    expect(r.moves).toEqual([]);
  });

  it('someone stepping away whom the article puts on leave is taking that leave; someone else stepping away is leaving', () => {
    const leave = 'Ana Ruiz will lead marketing at Cohere for now while Dana Whitfield, its marketing chief, steps back. Whitfield is on medical leave until the spring, she said.';
    expect(read(leave).moves).toEqual(['Ana Ruiz:promotion:-→Cohere']);
    const other = 'Dana Whitfield, Cohere’s marketing chief, is stepping aside to start a company; her colleague Ben Cole is on parental leave.';
    expect(read(other).moves).toContain('Dana Whitfield:departure:Cohere→-');
  });

  it('in a story about a leave of absence, "his departure" is that leave', () => {
    const text = 'Google put Ben Cole on leave this week.\nBen Cole posted on Friday to play down talk of his departure.';
    expect(read(text).moves).toEqual([]);
    expect(read(text).blocked).toContain('block.temporary');
  });
});

describe('names the old finder missed', () => {
  it.each<[string, string[]]>([
    ['Priya (Pia) Raman has left Google.', ['Priya Raman:departure:Google→-']],
    ['Ben Cole Leaves Mistral To Start His Own Company', ['Ben Cole:departure:Mistral AI→-']],
    ['技术大拿马晓川已从腾讯离职。', ['马晓川:departure:Tencent→-']],
    ['百度董事会秘书钱一鸣辞任。', ['钱一鸣:departure:Baidu→-']],
    ['腾讯副总裁马晓川的离职已获公司确认。', ['马晓川:departure:Tencent→-']],
    ['马晓川的离职让腾讯措手不及。', ['马晓川:departure:Tencent→-']],
  ])('%s', (text, moves) => {
    expect(read(text).moves).toEqual(moves);
  });

  it('a nickname in parentheses still finds the watched person', () => {
    const m = recognize('Priya (Pia) Raman has left Google.', index, { year: 2026 }).moves[0];
    expect(m).toMatchObject({ person: 'Priya Raman', discovered: false });
  });

  it('a quoted Title-Case title yields no names either', () => {
    const r = recognize('OpenAI researchers left\nThe paper, “Scaling Laws For Neural Language Models”, named its first model Atlas.', index, { year: 2026 });
    expect(r.moves).toEqual([]);
  });

  it('a Title-Case headline yields no names from its capitalised words', () => {
    const r = recognize('Cohere Shakes Up Research Team As Its Chief Scientist Steps Down\nThe company did not name a successor.', index, { year: 2026 });
    expect(r.moves).toEqual([]);
  });
});

describe('precision traps stay shut', () => {
  it.each<[string, RuleId | null]>([
    ['Priya Raman is leaving Google for a few months on parental leave.', 'block.temporary'],
    ['Priya Raman threatened to quit OpenAI.', 'block.hypothetical'],
    ['市场传言腾讯正洽谈收购由百度前高管马晓川创立的智能体公司。', 'block.relative-clause'],
    ['On the podcast, Ben Cole joins us to talk about his decade at Google and about leaving Cohere for a startup.', 'block.gerund'],
    ['Elon Musk wants Priya Raman to join xAI.', 'block.hypothetical'],
    ['Priya Raman has not left Google, whatever the rumours say.', 'block.negated'],
    ['马晓川从未加入过腾讯。', 'block.negated'],
    ['马晓川的签证没有获批,他被迫离开英国。', null],
    ['Ben Cole has a visa problem. He left the country on Friday.', null],
    ['Ben Cole runs research at Cohere. When he left Google, he co-founded a search startup.', null],
    ['这是钱一鸣回归腾讯后的第一次公开演讲。', 'block.time-clause'],
    ['腾讯高管表示公司运营正常,没有人离职。', null],
    ['百度今年的毕业生招聘已经结束。', null],
    ['宋立、夏云帆等五名球员本周加盟一家中超足球俱乐部。', 'article.off-topic'],
  ])('%s', (text, rule) => {
    const r = read(text);
    expect(r.moves).toEqual([]);
    if (rule) expect(r.blocked).toContain(rule);
  });
});

describe('direction', () => {
  it.each<Case>([
    ['Ana Ruiz joined OpenAI rival Anthropic.', ['Ana Ruiz:join:-→Anthropic'], 'end.apposition'],
    ['马晓川加入了百度的竞争对手腾讯。', ['马晓川:join:-→Tencent'], 'end.apposition'],
  ])('%s', readsAs);
});

describe('successions, lists under a colon, glossed objects, appointments in a reorganisation', () => {
  it.each<Case>([
    ['Cohere said its research chief Ana Ruiz will be replaced by Ben Cole, who ran the applied team at Google.', ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:join:Google→Cohere'], 'subject.successor'],
    ['Tomas Berg succeeds Ana Ruiz as head of research at Cohere.', ['Ana Ruiz:departure:Cohere→-', 'Tomas Berg:promotion:-→Cohere'], 'subject.successor'],
    [
      'Mistral has made a round of new hires for its agents team:\n- Ana Ruiz, who led planning research at Google\n- Ben Cole, formerly a staff engineer at Cohere\n- Tomas Berg, from xAI',
      ['Ana Ruiz:join:Google→Mistral AI', 'Ben Cole:join:Cohere→Mistral AI', 'Tomas Berg:join:xAI→Mistral AI'],
      'article.list',
    ],
    [
      'Cohere hired Ana Ruiz, head of evaluation for its Command models and agents, and Ben Cole, a research lead at Google.',
      ['Ana Ruiz:join:-→Cohere', 'Ben Cole:join:Google→Cohere'],
      'subject.list',
    ],
    ['腾讯近日完成新一轮组织架构调整。其中,马晓川担任新设智能体事业群的总裁,周子墨担任搜索产品线总经理。', ['马晓川:promotion:-→Tencent', '周子墨:promotion:-→Tencent'], 'event.reorg'],
    ['宋立的离职让腾讯措手不及。', ['宋立:departure:Tencent→-'], 'subject.before'],
    ['Cohere said former Google executive Ana Ruiz will serve as its interim head of research.', ['Ana Ruiz:join:Google→Cohere'], 'end.former'],
    ['Ben Cole, a former Meta engineer, will serve as Mistral’s head of infrastructure.', ['Ben Cole:join:Meta→Mistral AI'], 'end.former'],
    ['前百度副总裁马晓川将出任腾讯的首席技术官。', ['马晓川:join:Baidu→Tencent'], 'end.former'],
    ['百度地图部门主管马晓川已调任智能驾驶事业群,负责大模型平台。', ['马晓川:promotion:-→Baidu'], 'trigger'],
    ['腾讯已挖走百度地图核心成员马晓川,阿里推荐业务副总裁、地图负责人周子墨。', ['马晓川:join:Baidu→Tencent', '周子墨:join:Alibaba→Tencent'], 'subject.list'],
  ])('%s', readsAs);

  it.each<[string, string[]]>([
    // A role held, not taken: no reorganisation, or the role goes on.
    ['马晓川目前担任腾讯副总裁,负责智能体业务。', []],
    ['腾讯完成组织架构调整,马晓川继续担任智能体业务的总裁。', []],
    // A colon ends a list's introduction only when the list follows it: a quote after a colon names no new hires.
    ['Mistral has made new hires for its agents team: Ana Ruiz said the team would double.', []],
  ])('%s', (text, moves) => {
    expect(read(text).moves).toEqual(moves);
  });
});

describe('a seventh batch: what its blind score showed', () => {
  it.each<Case>([
    ['Ana Ruiz is leaving Cohere. She will be succeeded as research chief by Ben Cole.', ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:promotion:-→Cohere'], 'subject.successor'],
    ['Ben Cole has left Mistral. He is now at Anthropic, where he leads evaluations.', ['Ben Cole:departure:Mistral AI→Anthropic'], 'subject.pronoun'],
    ['Another of Cohere’s early engineers has gone: Tomas Berg said Friday was his last day.', ['Tomas Berg:departure:Cohere→-'], 'trigger'],
    ['The latest departures from Google’s agents team are Ana Ruiz and Ben Cole, who are joining xAI.', ['Ana Ruiz:departure:Google→xAI', 'Ben Cole:departure:Google→xAI'], 'subject.noun'],
    ['Cohere said on Monday that Ana Ruiz has joined as head of research.', ['Ana Ruiz:join:-→Cohere'], 'end.before'],
    ['腾讯迎来一位新高管:原百度副总裁马晓川已加盟。', ['马晓川:join:Baidu→Tencent'], 'end.before'],
  ])('%s', readsAs);

  it('a retold move ("回顾了…加入腾讯的经历") is no news', () => {
    const r = read('在专访中,马晓川回顾了自己从百度加入腾讯的经历。');
    expect(r.moves).toEqual([]);
    expect(r.blocked).toContain('block.relative-clause');
  });

  it('a report the company pushes back on is denied', () => {
    const m = recognize('Microsoft pushed back on a report that Ben Cole was preparing to leave the company.', index, { year: 2026 }).moves;
    expect(m.map((x) => x.status)).toEqual(['denied']);
  });
});

describe('an eighth batch: what its blind score showed', () => {
  it.each<Case>([
    ['Meta has added three more researchers from Google, including Ana Ruiz and Ben Cole.', ['Ana Ruiz:join:Google→Meta', 'Ben Cole:join:Google→Meta'], 'subject.list'],
    ['After two years at Cohere, Ana Ruiz is going back to Google.', ['Ana Ruiz:return:Cohere→Google'], 'trigger'],
    ['百度宣布,任命腾讯副总裁马晓川为公司首席科学家。', ['马晓川:join:Tencent→Baidu'], 'end.attributive'],
    ['百度智能云负责人周子墨已离任,其职务由副总裁钱一鸣接替。', ['周子墨:departure:Baidu→-', '钱一鸣:promotion:-→Baidu'], 'subject.successor'],
  ])('%s', readsAs);

  it('a past marker opening the sentence dates every move in it', () => {
    const r = read('两年前,马晓川从百度离职,创办了一家智能体公司。');
    expect(r.moves).toEqual([]);
    expect(r.blocked).toContain('block.past');
  });

  it('"people with knowledge of the matter" make a move a rumour', () => {
    expect(recognize('Ana Ruiz has left xAI, two people with knowledge of the matter said.', index, { year: 2026 }).moves.map((m) => m.status)).toEqual(['rumoured']);
  });

  it('a ninth batch: a name set off by commas is described by the clause before it', () => {
    readsAs('One of Cohere’s first engineers, Ana Ruiz, has joined Mistral.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'end.attributive');
  });

  it('a ninth batch: a new role for someone who spent years elsewhere is a join from there', () => {
    readsAs('Cohere has a new head of research: Ben Cole, who spent six years at Google, started on Monday.', ['Ben Cole:join:Google→Cohere'], 'end.attributive');
  });

  it.each<Case>([
    ['After six years at Google, Ben Cole has joined Anthropic.', ['Ben Cole:join:Google→Anthropic'], 'end.aside'],
    ['在谷歌工作两年后,周子墨重新回到阿里。', ['周子墨:return:Google→Alibaba'], 'end.aside'],
  ])('a stint the sentence opens with is the origin: %s', readsAs);

  it('a clause that is no stint gives no origin', () => {
    expect(read('After the meeting at Google, Ana Ruiz joined Cohere.').moves).toEqual(['Ana Ruiz:join:-→Cohere']);
  });

  it('a ninth batch: joining a panel is taking part, not a move', () => {
    expect(read('Ben Cole of Google DeepMind joined a panel on agents at the conference on Tuesday.').moves).toEqual([]);
  });

  it('a Chinese name never runs into a move word', () => {
    const r = recognize('百度研究院主任离任\n百度称相关工作已有安排。', index, { year: 2026 });
    expect(r.sentences[0]!.people).toEqual([]);
  });
});

describe('a tenth batch: what its blind score showed', () => {
  it.each<Case>([
    // An appositive that describes the person by another org makes an appointment a hire from there.
    ['Microsoft named Ana Ruiz, a veteran Amazon Web Services manager, corporate vice president of its developer division.', ['Ana Ruiz:join:Amazon→Microsoft'], 'end.attributive'],
    // "leave" with a workplace as its object is still a move.
    ["Google DeepMind's Ana Ruiz left the search giant's robotics team last month.", ['Ana Ruiz:departure:Google→-'], 'end.before'],
    ['Ana Ruiz left the ChatGPT maker in June.', ['Ana Ruiz:departure:OpenAI→-'], 'end.object'],
    // Hyphenated adjectives (spaces once normalised) do not push the workplace out of the object.
    ['Ana Ruiz has joined the fast-growing Paris-based AI startup as its research chief.', ['Ana Ruiz:join:-→-'], 'trigger'],
    // The sentence's full stop is no part of the workplace's name.
    ["Cohere's Ana Ruiz has left the company.", ['Ana Ruiz:departure:Cohere→-'], 'end.company-ref'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    ["Google DeepMind's Ana Ruiz left the audience stunned with a live demo.", 'block.object'],
    ['The new terms left them wondering whether Ana Ruiz would stay at Cohere.', 'block.object'],
    ['腾讯两位高管先后离职。', null],
    ['钱一鸣回忆了自己2019年加入腾讯时的情形。', 'block.year'],
  ])('%s reports no move', readsNoMove);
});

describe('an eleventh batch: what its blind score showed', () => {
  it.each<Case>([
    // Who hires a group they do not name is not who moves; the sentence after may name the hired.
    [
      "Ana Ruiz, Anthropic's head of research, has hired three engineers from Google. Among them are Ben Cole and Tomas Berg.",
      ['Ben Cole:join:Google→Anthropic', 'Tomas Berg:join:Google→Anthropic'],
      'article.list',
    ],
    // Someone named after "joined" is whom the person joins, not what.
    ['Ana Ruiz has joined her former colleague Ben Cole at Anthropic.', ['Ana Ruiz:join:-→Anthropic'], 'trigger'],
    ['据报道,钱一鸣已加入腾讯。', ['钱一鸣:join:-→Tencent'], 'status.rumour'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    ["Ana Ruiz, Cohere's head of research, has hired three engineers from Google.", 'block.no-subject'],
    ['马晓川招募了两名来自百度的研究员。', 'block.no-subject'],
    ['Ben Cole turned down an offer to join Meta, choosing to stay at OpenAI.', 'block.hypothetical'],
    ["In a new essay, OpenAI's Ben Cole returns to the question of whether scaling alone can deliver reasoning.", 'block.object'],
    ["Google DeepMind's Ana Ruiz will join a fireside chat with students at Oxford on Friday.", 'block.object'],
    ['月之暗面研究员钱一鸣谈到,做研究要敢于离开舒适区,回归问题本身。', 'block.object'],
    ['百度研究员钱一鸣加入了关于大模型评测标准的讨论。', 'block.object'],
    // (回到母校 is a move word only with work there after it: worksAtAfter.)
    ['腾讯副总裁马晓川受邀回到母校清华大学,为学生们做了一场讲座。', null],
  ])('%s reports no move', readsNoMove);

  it('an appointment accepted on invitation is a move', () => {
    expect(read('Priya Raman受邀出任腾讯首席科学家。').moves).toEqual(['Priya Raman:promotion:-→Tencent']);
    // 受 (受邀, 受聘) may follow a name that opens the sentence.
    expect(read('马晓川受聘出任腾讯首席科学家。').moves).toEqual(['马晓川:promotion:-→Tencent']);
  });

  it('leaving a venue early is no move', () => {
    expect(read('百度副总裁马晓川在演讲结束后提前离场。').moves).toEqual([]);
  });

  it('talks that ended without a deal are no move', () => {
    const r = recognize('Google scientist Ana Ruiz had been in talks to join xAI, but the discussions ended without a deal.', index, { year: 2026 });
    expect(r.moves.map((m) => m.status)).toEqual(['denied']);
  });
});

describe('a twelfth batch: what its blind score showed', () => {
  it.each<Case>([
    ['Ana Ruiz, a distinguished engineer at Google, has joined a stealth startup working on agents.', ['Ana Ruiz:departure:Google→-'], 'event.unnamed-destination'],
    ['前百度首席科学家钱一鸣已加入一家具身智能初创公司。', ['钱一鸣:departure:Baidu→-'], 'event.unnamed-destination'],
    // 离场 is a departure when executives leave a company, not when someone leaves a venue early.
    [
      '今年以来,就有腾讯副总裁马晓川、首席架构师钱一鸣、多模态技术负责人周子墨等多位核心技术高管相继离场。',
      ['马晓川:departure:Tencent→-', '钱一鸣:departure:Tencent→-', '周子墨:departure:Tencent→-'],
      'subject.list',
    ],
    ['Ana Ruiz, who left Anthropic last year to start a company, has returned to the lab as a member of its alignment team.', ['Ana Ruiz:return:-→Anthropic'], 'end.return'],
    // A list sentence with a verb of its own still names the people of the move before it.
    [
      'Microsoft has hired two researchers from Google DeepMind. They are Ana Ruiz and Ben Cole, who will join its superintelligence team.',
      ['Ana Ruiz:join:Google→Microsoft', 'Ben Cole:join:Google→Microsoft'],
      'article.list',
    ],
    // The org that describes unnamed people is where they come from.
    ['腾讯混元团队的两名研究员近日加盟月之暗面。他们是马晓川和周子墨。', ['马晓川:join:Tencent→Moonshot AI', '周子墨:join:Tencent→Moonshot AI'], 'article.list'],
    // After a departure from the headline's org, a promotion with no org of its own is to the post there.
    [
      "Cohere's research chief hands over to a deputy\nCohere's head of research, Ana Ruiz, will retire in the spring. Her deputy, Ben Cole, will take over the group.",
      ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:promotion:-→Cohere'],
      'end.headline',
    ],
  ])('%s', readsAs);
});

describe('a thirteenth batch: what its blind score showed', () => {
  it('a move noun followed by "were" and no one listed after it reads without failing, as a denial', () => {
    const r = recognize('DeepSeek researcher Ben Cole said that reports of his move to Alibaba were false and that he remains at DeepSeek.', index, { year: 2026 });
    expect(r.moves.map((m) => `${m.person}:${m.status}`)).toEqual(['Ben Cole:denied']);
  });

  it.each<Case>([
    // Whoever moves to another post leaves one: the person after 由 takes it.
    ['百度文心大模型团队负责人周子墨将调任集团战略部门,其原有工作由副总裁钱一鸣接手。', ['周子墨:promotion:-→Baidu', '钱一鸣:promotion:-→Baidu'], 'subject.successor'],
    // "离开腾讯后加入了字节": the departure sets the time; the join that follows is the move, from where they left.
    ['马晓川离开腾讯后加入了字节跳动。', ['马晓川:join:Tencent→ByteDance'], 'block.time-clause'],
  ])('%s', (text, moves, rule) => {
    const r = read(text);
    expect(r.moves).toEqual(moves);
    expect(new Set([...r.fired, ...r.blocked])).toContain(rule);
  });
});

describe('a fourteenth batch: what its blind score showed', () => {
  // (Since the thirty-first batch, the departure an aside tells of the one succeeded is the vacancy, news with the
  // appointment: see there. With an earlier year it stays biography.)
  it('the one succeeded, whose departure an aside tells, left the post their successor takes', () => {
    const r = read('Google DeepMind has appointed Ana Ruiz to lead pretraining. Ruiz succeeds Ben Cole, who left in October to start a company.');
    expect(r.moves).toEqual(['Ana Ruiz:promotion:-→Google', 'Ben Cole:departure:Google→-']);
    expect(r.blocked).toContain('block.relative-clause');
    expect(r.fired).toContain('event.vacancy');
  });

  it('a surname character before a word like 高管 starts no name', () => {
    expect(read('百度回应高管离职传闻').moves).toEqual([]);
  });
});

// One sentence (ours) per rule of the table, in which that rule decides something. A rule added to the
// table without a case here fails the first test below.
describe('the two-hundred-and-fourth and -fifth batches (real moves of 2025 and early 2026): what their blind scores showed', () => {
  it.each<Case>([
    // Those who move "along with" someone come from where the lead comes from, told in another sentence.
    ['Cohere has parted ways with Ana Ruiz. Ruiz is returning to Google along with Ben Cole.', ['Ana Ruiz:return:Cohere→Google', 'Ben Cole:return:Cohere→Google'], 'end.along-with'],
    ['宋立已离开百度。宋立将回归腾讯，同时回归的还有夏云帆。', ['宋立:return:Baidu→Tencent', '夏云帆:return:Baidu→Tencent'], 'end.along-with'],
    // ", as is X": one more person making the same move.
    ['Ana Ruiz is leaving Google for Meta, as is Ben Cole, who built its agent systems.', ['Ana Ruiz:departure:Google→Meta', 'Ben Cole:departure:Google→Meta'], 'subject.also'],
    // ("as is" is whole words: "has issued" adds no one.)
    ['Ana Ruiz has left Cohere, which has issued a statement thanking Ben Cole.', ['Ana Ruiz:departure:Cohere→-'], 'subject.before'],
    // A name after a semicolon with its own move word opens another clause, not the list of the one before.
    ['Cohere parts ways with CTO Ana Ruiz; Ben Cole named CTO', ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:promotion:-→Cohere'], 'subject.object'],
    // 一同前往 with 还有: going along with someone who moves.
    ['谷歌研究员宋立将离职加盟Meta。与他一同前往Meta的还有谷歌研究员夏云帆。', ['宋立:departure:Google→Meta', '夏云帆:join:Google→Meta'], 'trigger'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // A person who hires a group the sentence does not name is who hires, however long the group's description.
    ['Mark Zuckerberg lures two Google DeepMind researchers to Meta.', 'block.no-subject'],
  ])('%s', readsNoMove);

  it('a Latin title in Chinese text ends at Chinese punctuation, and Chinese chief titles read in English', () => {
    const r = recognize('Figma宣布，Meta前产品副总裁宋立已加入公司，出任首席设计官。此前Cohere宣布，由夏云帆接任CTO。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.role])).toEqual([
      ['宋立', 'Chief Design Officer'],
      ['夏云帆', 'CTO'],
    ]);
  });
});

describe('the two-hundred-and-sixth and -seventh batches (labs and the chip, robot and car companies around them): what their blind scores showed', () => {
  it.each<Case>([
    // "its" right after the move word is the org whose word the sentence reports, not one in the aside about the person.
    ['Cohere said that Ana Ruiz, a vice president who spent ten years at Microsoft, will become its chief technology officer.', ['Ana Ruiz:join:Microsoft→Cohere'], 'end.coreference'],
    // "The latest arrival is X, who … and started at Meta": the aside is the news the sentence names.
    ['The latest arrival is Ana Ruiz, who spent seven years at Google and started at Meta on Monday.', ['Ana Ruiz:join:Google→Meta'], 'subject.before'],
    // (Only a title between the org and the name makes them someone met: "to work on Embodied Agents" is no title.)
    ['Ana Ruiz has joined Cohere to work on Embodied Agents and Planning.', ['Ana Ruiz:join:-→Cohere'], 'end.object'],
    // (Joining someone's team is joining their org.)
    ["Ana Ruiz has joined Google DeepMind chief scientist Ben Cole's team.", ['Ana Ruiz:join:-→Google'], 'end.object'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // Joining someone an org describes ("Nvidia chief executive Jensen Huang") on stage is meeting them.
    ['Ana Ruiz, who leads research at Cohere, joined Nvidia chief executive Jensen Huang on stage at GTC.', 'block.object'],
    // A capitalised move word with a number after it names a work: "Left 4 Dead 2" is a game.
    ["We're joined by Ana Ruiz as we discuss the Sony press conferences, Mass Effect 2, Left 4 Dead 2 and more!", null],
    // A second verb of a past aside ("who joined AMD … and now runs …") is biography too.
    ['Anthropic will use AMD chips, said Ana Ruiz, who joined AMD from Google last year and now runs its cloud partnerships.', 'block.relative-clause'],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-tenth and -eleventh batches (labs and venture firms): what their blind scores showed', () => {
  it.each<Case>([
    // A founding goes to the company the text names, known to the catalog or not.
    ['Ana Ruiz, who left Meta in the spring, has founded Tessellate Robotics, a startup building robot hands.', ['Ana Ruiz:founding:Meta→Tessellate Robotics'], 'end.new-company'],
    ['宋立离开百度后，创办了Tessellate Robotics，专注机器人灵巧手。', ['宋立:founding:Baidu→Tessellate Robotics'], 'end.new-company'],
    // 红杉中国 is HongShan, Sequoia's former China arm; IDG资本 is IDG Capital.
    ['记者获悉，字节跳动AI Lab前总监宋立已加入红杉中国，担任合伙人。', ['宋立:join:ByteDance→HongShan'], 'end.object'],
    ['IDG资本合伙人宋立日前离开IDG，加盟月之暗面出任战略副总裁。', ['宋立:departure:IDG Capital→Moonshot AI'], 'end.object'],
  ])('%s', readsAs);

  it('a founding word before a common noun names no company ("创办了一家AI教育公司", "founded a startup")', () => {
    const moves = recognize('宋立已从百度离职，创办了一家AI教育公司。Ana Ruiz has left Cohere and founded a startup with Ben Cole.', index, { year: 2026 }).moves;
    expect(moves.map((m) => [m.person, m.to])).toEqual([
      ['宋立', null],
      ['Ana Ruiz', null],
    ]);
  });
});

describe('shapes moves-dev showed (our own sentences): a post handed on, where the one leaving is headed, the org before 的 in a title', () => {
  it.each<Case>([
    // The CTO whose departure names no org left the org where someone else becomes CTO.
    ['宋立昨日发文称，公司CTO夏云帆已经离职。钱一鸣将出任智谱新一任CTO。', ['夏云帆:departure:Zhipu AI→-', '钱一鸣:promotion:-→Zhipu AI'], 'end.same-post'],
    // A list of departures whose items each carry an aside: each aside tells that person's move (only the one right
    // before "who" makes it, an adverb allowed: "who quietly moved to").
    [
      'Cohere’s departures this year include Ana Ruiz, who quit in the spring, Ben Cole, who joined Meta in July, and Tomas Berg, who quietly moved to Mistral.',
      ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:departure:Cohere→Meta', 'Tomas Berg:departure:Cohere→Mistral AI'],
      'subject.noun',
    ],
    // "目标是Meta": where the one leaving is headed, not what they leave.
    ['据知情人士透露，宋立近期也将离职，目标是Meta。', ['宋立:departure:-→Meta'], 'end.connector'],
  ])('%s', readsAs);

  it('"出任Cohere的新任CTO": the org and 的 before a title are no part of the role', () => {
    const r = recognize('宋立将出任 Cohere 的新任 CTO。夏云帆将出任腾讯的首席科学家。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.role])).toEqual([
      ['宋立', 'CTO'],
      ['夏云帆', 'Chief Scientist'],
    ]);
  });
});

describe('the two-hundred-and-fourteenth and -fifteenth batches (filings that list officers): what their blind scores showed', () => {
  it.each<Case>([
    // A filing's header line names the issuer, the "公司" of the announcement.
    ['关于副总裁辞职的公告\n证券代码：002230 证券简称：科大讯飞 公告编号：2025-101\n公司董事会近日收到副总裁宋立先生提交的书面辞职报告。', ['宋立:departure:iFlytek→-'], 'end.headline'],
    // An appointment by a company the text does not name, of someone whose last post the next sentence gives: they left it.
    ['公司召开董事会，同意聘任宋立先生为公司副总裁。宋立先生此前任腾讯混元大模型技术负责人。', ['宋立:departure:Tencent→-'], 'article.came-from'],
    // "who ran … at Salesforce": a past post elsewhere, told in a relative clause, makes the appointment a hire.
    ['Cohere has appointed Ana Ruiz, who ran global operations at Salesforce for six years, as its chief operating officer.', ['Ana Ruiz:join:Salesforce→Cohere'], 'end.attributive'],
  ])('%s', readsAs);
});

describe('the two-hundred-and-sixteenth and -seventeenth batches (noisy text): what their blind scores showed', () => {
  it.each<Case>([
    // A full stop a scraper glued to the next sentence still ends it ("Character.AI" is one name).
    ['Cohere is losing another co-founder.Ana Ruiz, who built its first models, said on Friday she had left the company.', ['Ana Ruiz:departure:Cohere→-'], 'subject.before'],
    // A name padded with spaces after its title.
    ['字节跳动Seed多模态负责人　宋立　已正式加盟阿里巴巴通义实验室。', ['宋立:join:ByteDance→Alibaba'], 'subject.before'],
  ])('%s', readsAs);

  it('"via The Information" credits another outlet: a rumour', () => {
    expect(recognize('Cohere has hired Ana Ruiz, Mistral AI’s head of inference, via The Information.', index, { year: 2026 }).moves.map((m) => m.status)).toEqual(['rumoured']);
  });
});

describe('the two-hundred-and-eighteenth and -nineteenth batches (org names that are everyday words or places): what their blind scores showed', () => {
  it.each<[string, string[]]>([
    // A one-word company name after "the", no noun after it, is something else: the river.
    ['After eight months of fieldwork, ecologist Ana Ruiz has left the Amazon and returned to her lab in Lisbon.', ['Ana Ruiz:departure:-→-']],
    // A name that is also a word is the org only capitalised.
    ['Ana Ruiz defends the anthropic principle and explains why she left physics for philosophy.', ['Ana Ruiz:departure:-→-']],
    // Phrases that hold a company's name and are no company: the fruit, a prefecture of Tibet.
    ['宋立今年加入了当地的苹果种植合作社。', ['宋立:join:-→-']],
    ['宋立日前离开阿里地区，返回北京原单位工作。', []],
  ])('no org: %s', (text, moves) => expect(read(text).moves).toEqual(moves));

  it.each<Case>([
    // (Institutions take "the"; so does a name of several words, which carries its noun.)
    ['Ana Ruiz has left the White House to join Anthropic.', ['Ana Ruiz:departure:White House→Anthropic'], 'end.object'],
    ['Ana Ruiz has joined the ChatGPT maker to lead its shopping features.', ['Ana Ruiz:join:-→OpenAI'], 'end.object'],
    // 郏 is a surname (郏县 is a county).
    ['知情人士透露，腾讯元宝产品负责人郏一凡已于近日离职。', ['郏一凡:departure:Tencent→-'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the two-hundred-and-twentieth and -twenty-first batches (namesakes of products and Chinese names): what their blind scores showed', () => {
  it.each<[string, string[]]>([
    // A unit's name described as a company of its own is another company's: Gemini the exchange is not Google's.
    ['Gemini, the cryptocurrency exchange founded by two twins, has hired Ana Ruiz as its chief financial officer.', ['Ana Ruiz:join:-→-']],
    ['Crypto exchange Gemini hires Ana Ruiz as finance chief', ['Ana Ruiz:join:-→-']],
    // Apple Records is the Beatles' label.
    ['Apple Records, the label founded by the Beatles, has appointed Ana Ruiz as managing director.', ['Ana Ruiz:promotion:-→-']],
  ])('no org: %s', (text, moves) => expect(read(text).moves).toEqual(moves));

  it.each<[string, RuleId | null]>([
    // "加入…阵营": joining a camp, not an employer.
    ['历史老师宋立在课上讲到，商汤任用伊尹，伊尹离开夏朝，加入商汤阵营，最终帮助商汤灭夏。', 'block.object'],
  ])('%s', readsNoMove);

  it.each<Case>([
    // 老师 and 导师 stand before a name (师 is a surname too: no "师宋立").
    ['历史老师宋立已离开腾讯。', ['宋立:departure:Tencent→-'], 'subject.before'],
  ])('%s', readsAs);

  it.each<Case>([
    // (The speaker after a unit is no apposition: "…, the startup said".)
    ['Two co-founders of Pixelwise, Ana Ruiz and Ben Cole, are joining Google DeepMind, the startup said on Thursday.', ['Ana Ruiz:join:-→Google', 'Ben Cole:join:-→Google'], 'subject.list'],
  ])('%s', readsAs);
});

describe('the two-hundred-and-twenty-second and -third batches (a product, an event or an action joined, left or returned to): what their blind scores showed', () => {
  it.each<[string, RuleId | null]>([
    // Actions and occasions, a few words naming whose they are: no employer.
    ['Ana Ruiz has joined a class-action lawsuit against OpenAI and Microsoft.', 'block.object'],
    ['Ana Ruiz joined a Microsoft Teams call with 300 people and forgot to mute.', 'block.object'],
    ['Sundar Pichai returned to the Google I/O stage on Tuesday to introduce the new models.', 'block.object'],
    // Joining a crowd of people in an act (not "joined two colleagues at Anthropic").
    ['Former Google researcher Ana Ruiz joined more than 200 scientists who signed an open letter calling on Anthropic to publish its evaluations.', 'block.object'],
    // "her team" is the subject, not the person who explains.
    ['Startup founder Ana Ruiz explains why her team left Google Docs for Notion.', 'block.no-subject'],
    // A chat, a meeting, an event's stage after the org.
    ['开发者宋立表示，他上周加入了DeepSeek开发者群聊。', 'block.object'],
    ['当天下午，宋立加入腾讯会议，与合作方讨论了接入方案。', 'block.object'],
    ['百度创始人李彦宏时隔一年重返百度世界大会舞台，发布了新版本。', 'block.object'],
  ])('%s', readsNoMove);

  it.each<Case>([
    // (Guards: colleagues joined at an org, a person listed with her team, an institute joined.)
    ['Ana Ruiz has joined more than 20 researchers at Anthropic.', ['Ana Ruiz:join:-→Anthropic'], 'end.object'],
    ['Ana Ruiz and her team have joined Meta.', ['Ana Ruiz:join:-→Meta'], 'end.object'],
    ['宋立加入腾讯研究院，出任首席科学家。', ['宋立:join:-→Tencent'], 'end.object'],
    // An occupation opening the sentence is no part of the name.
    ['Novelist Ana Ruiz has joined OpenAI as a writer in residence.', ['Ana Ruiz:join:-→OpenAI'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the two-hundred-and-twenty-fourth and -fifth batches (a company joins, leaves or returns): what their blind scores showed', () => {
  it.each<[string, RuleId | null]>([
    // Companies are the subject of 加入 here, not the person who speaks.
    ['腾讯与字节跳动宣布推出一项开源协议，腾讯混元负责人宋立表示，欢迎更多企业加入。', 'block.no-subject'],
  ])('%s', readsNoMove);

  it.each<Case>([
    // A loss's destination is not a connector inside the aside about the one lost ("for the Llama models").
    ['Meta is losing another senior researcher: Ana Ruiz, who ran evaluation for the Llama models, has left the company and joined Anthropic.', ['Ana Ruiz:departure:Meta→Anthropic'], 'end.object'],
  ])('%s', readsAs);
});

describe('the two-hundred-and-twenty-sixth and -seventh batches (a second reference to the person): what their blind scores showed', () => {
  it.each<Case>([
    // An epithet ("the Stanford PhD", "the Canadian", 这位90后) refers to the one person named before, who comes from the
    // one org that sentence names with them (the school in the epithet is no workplace).
    ['Ana Ruiz built much of OpenAI’s evaluation tooling. The Stanford PhD is joining Meta next month.', ['Ana Ruiz:join:OpenAI→Meta'], 'end.antecedent'],
    ['Ana Ruiz co-founded Cohere in 2019. The Canadian is stepping down from her role this month.', ['Ana Ruiz:departure:Cohere→-'], 'subject.pronoun'],
    // A Chinese name opening a sentence with no move word is the antecedent of 这位…; 戈 is a surname (戈壁 holds none).
    ['宋立是字节跳动Seed团队最年轻的技术负责人之一。这位90后近日已离职，将加入月之暗面。', ['宋立:departure:ByteDance→Moonshot AI'], 'subject.pronoun'],
    ['戈文涛曾在谷歌DeepMind工作七年。这位前谷歌科学家已正式加盟百度。', ['戈文涛:join:Google→Baidu'], 'subject.pronoun'],
    // (The two-hundred-and-twenty-eighth and -ninth batches: "the longtime Googler", 这名工程师.)
    ['Ana Ruiz worked at Google for fourteen years. The longtime Googler joined OpenAI this week.', ['Ana Ruiz:join:Google→OpenAI'], 'subject.pronoun'],
    ['宋立在字节跳动负责大模型训练框架已有四年。这名工程师日前已从字节离职，转投DeepSeek。', ['宋立:departure:ByteDance→DeepSeek'], 'subject.pronoun'],
  ])('%s', readsAs);

  it.each<[string, string[]]>([
    // (Only a move with an end of its own, or a departure, takes the origin: "She was joined by X" tells none.)
    ['Google DeepMind chief executive Ana Ruiz took the stage at I/O. She was joined by Ben Cole, who has returned to working on AI at Google.', ['Ana Ruiz:join:-→-']],
  ])('no org: %s', (text, moves) => expect(read(text).moves).toEqual(moves));
});

describe('the two-hundred-and-thirtieth and -thirty-first batches (real moves of 2025–26, and their Chinese retellings): what their blind scores showed', () => {
  it.each<Case>([
    // A return's origin in the time clause before the person: "加入X仅两周后，…回归Y".
    ['加入Mistral仅三周后，宋立和夏云帆双双回归腾讯。', ['宋立:return:Mistral AI→Tencent', '夏云帆:return:Mistral AI→Tencent'], 'end.described-elsewhere'],
    // Two titles before a name, a post held now and a former one: the one held now is where they come from.
    ['Lepton联合创始人、前百度副总裁宋立已随团队加入腾讯。', ['宋立:join:Lepton AI→Tencent'], 'end.attributive'],
    ['Lepton co-founder and former Baidu vice president Ana Ruiz has joined Cohere.', ['Ana Ruiz:join:Lepton AI→Cohere'], 'end.attributive'],
    // A word with a capital inside that no name has ("AlphaGo", "MuZero") is a product, not the start of a name.
    ['曾任谷歌DeepMind研究科学家、AlphaGo Zero论文作者之一的Tomas Berg已加入Anthropic。', ['Tomas Berg:join:Google→Anthropic'], 'end.attributive'],
    // A two-character name after a clause ending in 的, then 已 and the move word.
    ['曾在OpenAI负责消费级产品的宋立已加盟Cohere。', ['宋立:join:OpenAI→Cohere'], 'subject.before'],
  ])('%s', readsAs);

  it('keeps names with a capital inside ("McGrew", "LeCun") and translates the titles of investors and scientists', () => {
    expect(read('Ana McGrew and Ben LeCun have joined Cohere.').moves).toEqual(['Ana McGrew:join:-→Cohere', 'Ben LeCun:join:-→Cohere']);
    const roles = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.role]);
    expect(roles('麻省理工学院教授宋立近日加入谷歌DeepMind，担任杰出科学家。')).toEqual([['宋立', 'Distinguished Scientist']]);
    expect(roles('曾在OpenAI负责消费级产品的宋立已加盟风投机构Felicis，担任普通合伙人。')).toEqual([['宋立', 'General Partner']]);
  });
});

describe('the two-hundred-and-thirty-second and -thirty-third batches (digests and roundups): what their blind scores showed', () => {
  it.each<Case>([
    // A bullet opens the next entry, where a scraper joined a list's items into one line.
    ['• Ana Ruiz → Mistral AI (from Google) • Ben Cole → Anthropic (from OpenAI)', ['Ana Ruiz:departure:Google→Mistral AI', 'Ben Cole:departure:OpenAI→Anthropic'], 'end.connector'],
    // In an arrow list the origin is the org between the name and the arrow, not the entry before the name.
    ['宋立：OpenAI → 腾讯 夏云帆：谷歌 → 百度', ['宋立:departure:OpenAI→Tencent', '夏云帆:departure:Google→Baidu'], 'end.attributive'],
    ['宋立：阿里巴巴 → 创业', ['宋立:founding:Alibaba→-'], 'event.arrow-founding'],
    // A name after a semicolon opens an entry; a departure's destination is never the next entry's.
    ['人事速递：宋立出任腾讯混元团队负责人；夏云帆从月之暗面离职；钱一鸣已加入百度。', ['宋立:promotion:-→Tencent', '夏云帆:departure:Moonshot AI→-', '钱一鸣:join:-→Baidu'], 'subject.before'],
    // "added" hires a person where a workplace's words follow the name.
    ['Cohere added Ana Ruiz, previously at Google.', ['Ana Ruiz:join:Google→Cohere'], 'subject.object'],
    ['Anthropic added Ana Ruiz to its policy team.', ['Ana Ruiz:join:-→Anthropic'], 'subject.object'],
  ])('%s', readsAs);

  it.each<Case>([
    // (An aside between the name and where they go: "added X, Stripe's former CFO, to its board".)
    ['Cohere has added Ana Ruiz, Stripe’s former chief financial officer, to its board of directors.', ['Ana Ruiz:join:Stripe→Cohere'], 'subject.object'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    ['Google added Ana Ruiz, a former Apple designer, to the list of speakers.', null],
    ['Google added Ana Ruiz to the list of speakers at I/O.', null],
    ['The complaint added Ana Ruiz of OpenAI as a defendant.', null],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-thirty-fourth and -thirty-fifth batches (wire-style articles, the move mid-article): what their blind scores showed', () => {
  it.each<Case>([
    // "its recent hires" are the company's, named where an earlier sentence opens; a "for" inside the aside about the one
    // hired is their old work, not the hirer.
    ['Cohere is assembling a hardware team. Among its recent hires is Ana Ruiz, who led camera hardware for Meta’s glasses and left Meta in August.', ['Ana Ruiz:join:Meta→Cohere'], 'end.company-ref'],
    // A move told with its subject last, opening the sentence.
    [
      'Cohere named a new research chief on Thursday. Taking over the research organization is Ana Ruiz, who joined Cohere from Google two years ago.',
      ['Ana Ruiz:promotion:-→Cohere'],
      'subject.object',
    ],
    // 就 may follow a name ("…专家宋立就是其中之一").
    ['阿里通义实验室前高级算法专家宋立就是其中之一，他在今年夏天加入百度。', ['宋立:join:Alibaba→Baidu'], 'subject.before'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // (Only opening a sentence, with "is" and a name after.)
    ['Ana Ruiz talked about taking over the robotics push from Ben Cole at Google.', null],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-thirty-sixth and -thirty-seventh batches (moves in the passive or hedged): what their blind scores showed', () => {
  it.each<Case>([
    // A former employer in the aside of someone who joined the hirer already: a new post there, not a join.
    ['Cohere is expected to name Ana Ruiz, a former Google researcher who joined Cohere last year, as its chief scientist.', ['Ana Ruiz:promotion:-→Cohere'], 'subject.object'],
    // "与X洽谈加入": the org in talks is the one to join.
    ['据悉，百度视觉大模型负责人夏云帆正与腾讯洽谈加入事宜，最快月底官宣。', ['夏云帆:join:Baidu→Tencent'], 'end.before'],
    // 仉 and 莘 are surnames.
    ['据知情人士透露，阿里通义实验室多模态负责人仉星河已被字节跳动挖走。', ['仉星河:join:Alibaba→ByteDance'], 'subject.before'],
    ['有消息称，月之暗面联合创始人莘宇航或将加盟腾讯。', ['莘宇航:join:Moonshot AI→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it('reads a confirmation still to come as none, 有望 as a rumour, and the role after 被任命为', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    expect(status('百度视觉大模型负责人夏云帆正与腾讯洽谈加入事宜，36氪获悉，最快月底官宣。')).toEqual([['夏云帆', 'rumoured']]);
    expect(status('腾讯大模型团队负责人燕思博有望接任集团技术委员会主席一职。')).toEqual([['燕思博', 'rumoured']]);
    const roles = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.role]);
    expect(roles('原微信技术架构部总经理宋立被任命为腾讯混元大模型技术负责人。')).toEqual([['宋立', 'Technical Lead']]);
  });

  it('reads a post as the subject of its own clause ("when the current CTO steps down"), not the person named before it', () => {
    const r = read('Ana Ruiz, Cohere’s head of inference, is poised to take over as chief technology officer when the current CTO steps down.');
    expect(r.moves).toEqual(['Ana Ruiz:promotion:-→Cohere']);
    expect(r.blocked).toContain('block.no-subject');
  });
});

describe('the two-hundred-and-thirty-eighth and -thirty-ninth batches (feed items as aggregators and portals ship them): what their blind scores showed', () => {
  it('reads an aggregator’s credit to an outlet as a report not yet confirmed', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    expect(status('Bloomberg: Google’s head of Gemini engineering, Ana Ruiz, is joining Cohere.')).toEqual([['Ana Ruiz', 'rumoured']]);
    expect(status('Google’s Ana Ruiz is joining Cohere (Bloomberg)')).toEqual([['Ana Ruiz', 'rumoured']]);
  });

  it.each<Case>([
    // 蔚 is a surname, and so are rarer ones of the Hundred Family Surnames (晋, 楚); 晋升 is no name.
    ['摘要：腾讯混元负责人调整，原负责人蔚子健转任腾讯云AI产品部负责人。', ['蔚子健:promotion:-→Tencent'], 'subject.before'],
    ['前谷歌研究员晋子墨已加入腾讯。', ['晋子墨:join:Google→Tencent'], 'subject.before'],
    ['前百度工程师楚天阔已加入腾讯。', ['楚天阔:join:Baidu→Tencent'], 'subject.before'],
    ['腾讯研究员宋立晋升为副总裁。', ['宋立:promotion:-→Tencent'], 'subject.before'],
    // A word opening the predicate (正与, 正式, 刚从) ends a two-character name before it.
    ['百度负责人宋立正与腾讯洽谈加入事宜。', ['宋立:join:Baidu→Tencent'], 'end.before'],
    ['据悉，宋立刚从百度离职。', ['宋立:departure:Baidu→-'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the two-hundred-and-fortieth and -forty-first batches (person watches, the org unknown or barely named): what their blind scores showed', () => {
  it.each<Case>([
    // A stint before the person is no org the sentence opens with, and an org left unnamed ("a rival lab") is none joined.
    ['After nine years at Meta, where she built compilers, Ana Ruiz has joined a rival lab.', ['Ana Ruiz:departure:Meta→-'], 'event.unnamed-destination'],
    // (Nor the org of the person's own title: "阿里通义千问团队…骨干宋立已加入一家…私募".)
    ['知情人士透露，阿里通义千问团队后训练骨干宋立已加入一家头部量化私募。', ['宋立:departure:Alibaba→-'], 'event.unnamed-destination'],
    ['After nine years at Meta, Ana Ruiz has joined as a partner.', ['Ana Ruiz:departure:Meta→-'], 'event.unnamed-destination'],
    ['阿里通义千问团队后训练骨干宋立已加入。', ['宋立:departure:Alibaba→-'], 'event.unnamed-destination'],
    // Where "she" says she will work, in the sentence after, is where the one who joined an unnamed lab went.
    [
      'After nine years at Meta, Ana Ruiz has joined a rival lab. In a post on Monday she said she would be working on training infrastructure at Mistral AI.',
      ['Ana Ruiz:join:Meta→Mistral AI'],
      'end.described-elsewhere',
    ],
    // 赴 names where someone goes after leaving; 任 before 助理教授 opens no name.
    ['字节跳动Seed团队研究员宋立已于近日离职，将赴清华大学任助理教授。', ['宋立:departure:ByteDance→Tsinghua University'], 'end.connector'],
    // 其 opening a clause before 已 is its subject.
    ['腾讯AI Lab专家研究员宋立近日离职。据悉，其已创办一家具身智能公司。', ['宋立:founding:Tencent→-'], 'subject.pronoun'],
  ])('%s', readsAs);
});

describe('the two-hundred-and-forty-second and -forty-third batches (moves announced by someone else): what their blind scores showed', () => {
  it.each<Case>([
    // A company's own post: "us" is the company posting, and an org "from" introduces is no post's org.
    ['Cohere on LinkedIn: Welcome to the team, Ana Ruiz!\nAna joins us from Meta and will lead our pretraining efforts.', ['Ana Ruiz:join:Meta→Cohere'], 'end.poster'],
    // A welcome posted on X by someone named in the headline: "She built …" in the sentence after tells the origin.
    [
      'Ben Cole on X: thrilled to welcome Ana Ruiz to Cohere\nThrilled to welcome Ana Ruiz to Cohere! She built much of the evaluation stack behind Gemini and will lead our new evals team.',
      ['Ana Ruiz:join:Google→Cohere'],
      'end.described-elsewhere',
    ],
    // "X's last day at Y": a departure, with an org right after.
    ['Today is Ana Ruiz’s last day at Cohere.', ['Ana Ruiz:departure:Cohere→-'], 'subject.noun'],
    // A colleague's congratulations on joining or starting somewhere.
    ['Congratulations to Ana Ruiz on joining Google DeepMind as head of robotics.', ['Ana Ruiz:join:-→Google'], 'end.object'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    ['It was Ana Ruiz’s last day at the office before the holidays.', null],
    ['Congrats to Ana Ruiz on the launch of Gemini 3 at Google.', null],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-forty-seventh and -forty-eighth batches (offers and decisions): what their blind scores showed', () => {
  it.each<Case>([
    // An offer accepted is a join (an offer alone stays none); so is signing with an employer.
    ['Ana Ruiz, a Google DeepMind researcher, has accepted an offer to join Cohere.', ['Ana Ruiz:join:Google→Cohere'], 'end.object'],
    ['Google’s search lead, Ana Ruiz, has signed with Cohere and will start next month.', ['Ana Ruiz:join:Google→Cohere'], 'end.object'],
    // (The org an offer is from is the one joined.)
    ['Ana Ruiz, a Google researcher, has accepted an offer from Cohere.', ['Ana Ruiz:join:Google→Cohere'], 'end.object'],
    // 最 and 完 may follow a name ("…苑星辰最终选择加入", "…郦文康完成签约").
    ['在与多家公司接触后，DeepSeek研究员宋立川最终选择加入腾讯。', ['宋立川:join:DeepSeek→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it('reads someone kept with a counteroffer, or persuaded (挽留) to stay, as a move that did not happen', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    expect(status('Cohere kept Ana Ruiz with a counteroffer after she had told colleagues she was leaving for Google.')).toEqual([['Ana Ruiz', 'denied']]);
    expect(status('百度研究员宋立川已向公司提出离职，但在公司高层挽留后最终选择留下。')).toEqual([['宋立川', 'denied']]);
  });

  it('leaves a move that went ahead despite a counteroffer', () => {
    expect(read('Ana Ruiz left Google for Cohere despite a counteroffer.').moves).toEqual(['Ana Ruiz:departure:Google→Cohere']);
  });
});

describe('the two-hundred-and-forty-ninth and fiftieth batches (updates, corrections and recaps): what their blind scores showed', () => {
  it.each<Case>([
    // A correction after the move retells the wrong claim: the story's own move stands.
    ['Ana Ruiz has joined Cohere. Correction: An earlier version of this story said Ruiz had joined Meta.', ['Ana Ruiz:join:-→Cohere'], 'status.correction'],
    // A join dated years back is the tenure a later leave ends.
    ['Ana Ruiz joined Google two years ago and left this week.', ['Ana Ruiz:departure:Google→-'], 'end.aside'],
    // A roundup of this month's moves is news, 盘点 or not.
    ['盘点本月大模型公司人事变动\n腾讯混元技术负责人宋立离职，加入字节跳动。', ['宋立:departure:Tencent→ByteDance'], 'subject.before'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // A time years back, after the verb or opening the sentence, dates the move.
    ['Ana Ruiz left Google two years ago to start Lattice Labs.', 'block.year'],
    ['A year ago, Ana Ruiz walked away from Google to start Lattice Labs.', 'block.year'],
    // An article that looks back: its moves are background.
    ['A timeline of Google’s leadership exits\n2023: Ana Ruiz leaves to start a robotics company. 2025: Ben Cole resigns, citing burnout.', 'block.recap'],
    ['The year in AI talent\nIn March, Ana Ruiz left Google for xAI; in June, Meta poached Ben Cole from Cohere.', 'block.recap'],
    ['盘点：百度这些年走出的AI大牛\n2017年，百度首席科学家宋立离职创业；2021年，自动驾驶负责人夏云帆出走。', 'block.recap'],
  ])('%s', readsNoMove);

  it('reads a move the company confirms, before the report it credits, as confirmed', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    expect(status('Update: xAI confirmed on Tuesday that Ana Ruiz is leaving the company, after The Information first reported her departure.')).toEqual([['Ana Ruiz', 'reported']]);
  });
});

describe('the two-hundred-and-fifty-first and -second batches (cross-language reports): what their blind scores showed', () => {
  it('reads a move credited to another outlet’s report (China’s business press in English too) as not yet confirmed', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    expect(status('Moonshot AI has hired Tan Yizhou, who ran training infrastructure at Alibaba Cloud, according to a report by LatePost.')).toEqual([['Tan Yizhou', 'rumoured']]);
    expect(status('Baidu has appointed Shen Haoran as head of its ERNIE team, Caixin reported.')).toEqual([['Shen Haoran', 'rumoured']]);
  });
});

describe('the two-hundred-and-fifty-third and -fourth batches (one- and two-line items): what their blind scores showed', () => {
  it.each<Case>([
    // A scoop's shorthand: a person, "to" and an org, a source at most after it.
    ['Scoop: Google’s Ana Ruiz to Cohere, per two people familiar.', ['Ana Ruiz:departure:Google→Cohere'], 'event.shorthand'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // (Only with nothing else after the org, and before the name nothing but an org describing them: "introduce X to Y"
    // and "X to Cohere for a panel" are none.)
    ['It was a pleasure to introduce Ana Ruiz to Cohere.', null],
    ['Google’s Ana Ruiz to Cohere for a panel on safety.', null],
  ])('%s', readsNoMove);

  it('reads 传 opening a headline, and "per two people familiar", as not yet confirmed', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    expect(status('传月之暗面联合创始人宋立将离职，去向未知。')).toEqual([['宋立', 'rumoured']]);
    expect(status('Google’s Ana Ruiz is leaving for Cohere, per two people familiar.')).toEqual([['Ana Ruiz', 'rumoured']]);
  });
});

describe('the two-hundred-and-fifty-seventh and -eighth batches (dual roles and temporary terms): what their blind scores showed', () => {
  it.each<[string, RuleId | null]>([
    // A visiting post is held for a term: no join, nor a return after it.
    ['Ana Ruiz, a Berkeley professor, has joined Cohere as a visiting researcher for the summer.', 'block.temporary'],
    ['阿里通义实验室研究员宋立将赴斯坦福大学做为期一年的访问学者，期满后回到阿里。', 'block.temporary'],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-sixtieth to -sixty-third batches (the shapes outlets publish; long articles naming several people): what their blind scores showed', () => {
  const moves = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.event, m.from?.org ?? null, m.to?.org ?? null, m.role, m.status]);

  it.each<Case>([
    // A departure this year in a "before" clause is the news, not a time for the clause before it.
    ['Ana Ruiz spent five years on Google’s Gemini team before leaving in January to join Anthropic.', ['Ana Ruiz:departure:Google→Anthropic'], 'end.object'],
    ['xAI has sued Ben Cole, alleging that he copied files before resigning to join OpenAI in July.', ['Ben Cole:departure:xAI→OpenAI'], 'end.connector'],
    // A team's interim lead, told before or after the verb.
    ['Cohere’s chief executive said the research group would be led by her deputy, Ana Ruiz, from next month.', ['Ana Ruiz:promotion:-→Cohere'], 'subject.agent'],
    [
      'Ben Cole has left Cohere. Its chief executive said his deputy, Ana Ruiz, would run the unit on an interim basis.',
      ['Ben Cole:departure:Cohere→-', 'Ana Ruiz:promotion:-→Cohere'],
      'subject.before',
    ],
    // Arriving from an org, the destination told before (here by nobody: a departure from it).
    ['Ana Ruiz, the newest member, arrived this month from Google DeepMind after seven years there.', ['Ana Ruiz:departure:Google→-'], 'end.connector'],
    // A Title-Case headline's verb is no part of the name after it.
    ['Cohere Appoints Ana Ruiz as Chief Operating Officer', ['Ana Ruiz:promotion:-→Cohere'], 'subject.object'],
  ])('%s', readsAs);

  it.each<Case>([
    // Trade-press idioms of going and leaving.
    ['Former Google Brain researcher Ana Ruiz has ended up at Cohere, where she works on retrieval.', ['Ana Ruiz:join:Google→Cohere'], 'trigger'],
    ['Mistral AI’s head of partnerships, Ana Ruiz, is off to Cohere.', ['Ana Ruiz:join:Mistral AI→Cohere'], 'trigger'],
    ['Ana Ruiz, a senior policy lead at Anthropic, walked out of the company last week.', ['Ana Ruiz:departure:Anthropic→-'], 'trigger'],
    ['两年前离开字节跳动的前抖音技术负责人宋立已杀回字节，出任Seed团队基础架构负责人。', ['宋立:return:-→ByteDance'], 'trigger'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // What an offer made to the person would be for is no move.
    ['Analysts say Meta would need to offer Ana Ruiz more than $100 million to leave Google.', 'block.hypothetical'],
  ])('%s', readsNoMove);

  it('takes the post after "to" when a company promotes someone, past an aside about them', () => {
    expect(moves('Microsoft has promoted Ana Ruiz, who ran its AI platform engineering, to executive vice president.').map((m) => m[4])).toEqual(['Executive Vice President']);
    // (A verb after "to" says what they will do, no title.)
    expect(moves('Microsoft promoted Ana Ruiz to lead the Copilot team.').map((m) => m[4])).toEqual([null]);
  });

  it('reads an offer turned down before a move of one’s own as no offer the move is for', () => {
    expect(moves('Ana Ruiz turned down Meta’s offer and decided to join Cohere.').map((m) => [m[0], m[1], m[3]])).toEqual([['Ana Ruiz', 'join', 'Cohere']]);
  });

  it.each<Case>([
    // A company "she founded", named after her departure, is what she left to start.
    ['今年夏天，腾讯混元产品负责人宋立离开了工作六年的腾讯。两个月后，她创办的AI陪伴公司完成了首轮融资。', ['宋立:founding:Tencent→-'], 'event.founded-after'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // (Not with no departure told: a company someone founded long ago.)
    ['宋立是腾讯混元的老员工。他创办的第一家公司早已被收购。', 'block.relative-clause'],
  ])('%s', readsNoMove);

  it('reads an outlet’s "了解到" in a lead of background as the source of the move after it', () => {
    expect(
      moves('大模型行业的人才流动明显加快。一方面，头部公司纷纷收缩预训练投入。36氪了解到，多位大厂模型负责人正在寻找新的机会。其中，原百度文心大模型技术负责人宋立已于上月加入一家AI应用公司。').map(
        (m) => m[5],
      ),
    ).toEqual(['rumoured']);
  });

  it('reads "no agreement has been reached" after talks to hire as denying the move', () => {
    expect(moves('Meta is in talks to hire Ana Ruiz, a former OpenAI researcher, according to two people briefed on the discussions. No agreement has been reached.').map((m) => m[5])).toEqual([
      'denied',
    ]);
  });

  it('reads a netizen’s claim and the trade’s talk as rumours, which the person’s "我还在…别瞎传" and the company’s "并无此事" deny', () => {
    expect(moves('有网友在社交平台称腾讯混元团队负责人宋立已离职。宋立随后在朋友圈回应：“我还在腾讯，别瞎传。”').map((m) => m[5])).toEqual(['denied']);
    expect(moves('近日业内盛传百度文心大模型负责人宋立将加盟腾讯。对此，腾讯方面回应称，并无此事。').map((m) => m[5])).toEqual(['denied']);
  });

  it('reads the movers an article about leaving one org names after its lead as leaving it, wherever each went', () => {
    const text =
      'At least five members of Apple’s foundation models team have left since the summer. Ana Ruiz and Ben Cole went to Meta Superintelligence Labs. Tomas Berg joined OpenAI. Lena Park is starting her own company.';
    expect(moves(text).map((m) => [m[0], m[1], m[2], m[3]])).toEqual([
      ['Ana Ruiz', 'join', 'Apple', 'Meta'],
      ['Ben Cole', 'join', 'Apple', 'Meta'],
      ['Tomas Berg', 'join', 'Apple', 'OpenAI'],
      ['Lena Park', 'founding', 'Apple', null],
    ]);
    expect(
      moves('字节跳动Seed团队近半年至少五位核心成员离职。其中，视觉负责人郁文博加入了阿里通义；语音方向的池佳禾和蔡明轩投奔腾讯混元；基础架构负责人严立诚重返谷歌。').map((m) => [
        m[0],
        m[1],
        m[2],
        m[3],
      ]),
    ).toEqual([
      ['郁文博', 'join', 'ByteDance', 'Alibaba'],
      ['池佳禾', 'join', 'ByteDance', 'Tencent'],
      ['蔡明轩', 'join', 'ByteDance', 'Tencent'],
      ['严立诚', 'return', 'ByteDance', 'Google'],
    ]);
  });

  it('reads "both", "all three" and "两人" as the movers the sentence before tells', () => {
    const text = 'Among those leaving Cohere are Ana Ruiz, who managed chip partnerships, and Ben Cole, who led thermal design. Both are joining Nvidia.';
    expect(moves(text).map((m) => [m[0], m[1], m[2], m[3]])).toEqual([
      ['Ana Ruiz', 'departure', 'Cohere', 'Nvidia'],
      ['Ben Cole', 'departure', 'Cohere', 'Nvidia'],
    ]);
    expect(moves('腾讯专家研究员宋立和夏云帆已从腾讯离职。两人均已加入字节跳动。').map((m) => [m[0], m[3]])).toEqual([
      ['宋立', 'ByteDance'],
      ['夏云帆', 'ByteDance'],
    ]);
  });

  it('reads the people the sentence after a counted move names, just that many, as its movers', () => {
    const text = 'Anthropic has hired three researchers from Google DeepMind. Ana Ruiz worked on long-context evaluations; Ben Cole led a team on tool use; and Tomas Berg was a staff engineer.';
    expect(moves(text).map((m) => [m[0], m[1], m[2], m[3]])).toEqual([
      ['Ana Ruiz', 'join', 'Google', 'Anthropic'],
      ['Ben Cole', 'join', 'Google', 'Anthropic'],
      ['Tomas Berg', 'join', 'Google', 'Anthropic'],
    ]);
    expect(
      moves('阿里通义实验室近期有三位核心成员离职。第一位是预训练负责人宋立，他已加入字节跳动；第二位是多模态负责人夏云帆，去向暂不明确；第三位是评测负责人鲍一凡，他选择了创业。').map((m) => [
        m[0],
        m[1],
      ]),
    ).toEqual([
      ['宋立', 'join'],
      ['鲍一凡', 'founding'],
      ['夏云帆', 'departure'],
    ]);
    // (Not a sentence naming another number of people.)
    expect(moves('Anthropic has hired three researchers from Google DeepMind. Ana Ruiz, who leads its research, welcomed them.')).toEqual([]);
  });

  it.each<Case>([
    // An org losing people sets the article's theme: the movers named after it leave it.
    ['Meta’s superintelligence lab is losing more of its staff. Ana Ruiz told colleagues she is joining Anthropic.', ['Ana Ruiz:join:Meta→Anthropic'], 'article.theme'],
    ['Amir Haddad is back at Google after a year at a startup.', ['Amir Haddad:return:-→Google'], 'trigger'],
    // Acqui-hires: "spent $700 million to hire the chief executive of Fabrix, X"; "X will move over to OpenAI".
    ['Nvidia has spent more than $700 million to hire the chief executive of Fabrix, Ana Ruiz, and other employees.', ['Ana Ruiz:join:-→Nvidia'], 'subject.object'],
    ['OpenAI has agreed to buy Codeline. Codeline’s chief executive, Ana Ruiz, will move over to OpenAI to lead a new group.', ['Ana Ruiz:join:-→OpenAI'], 'trigger'],
    // Announced by others: a manager's "is moving on from", a colleague's "下一站" and the org after it.
    ['After six wonderful years, Ana Ruiz is moving on from Google Research, her manager wrote on LinkedIn.', ['Ana Ruiz:departure:Google→-'], 'trigger'],
    ['一位研究员在朋友圈发文送别同事：“祝福龙雨辰，五年并肩作战，下一站阶跃星辰加油！”', ['龙雨辰:join:-→StepFun'], 'trigger'],
    // Decisions: "chose X over Y", "signed X away from Y".
    ['After weeks of courting, OpenAI researcher Ana Ruiz chose Anthropic over Meta, and starts there on Monday.', ['Ana Ruiz:join:OpenAI→Anthropic'], 'trigger'],
    ['Cohere has signed Copilot product chief Ana Ruiz away from Microsoft.', ['Ana Ruiz:join:Microsoft→Cohere'], 'subject.object'],
    // Stepping up to a bigger post.
    ['Ana Ruiz, who has led Llama post-training since 2023, is stepping up to run all of Meta’s generative AI research, the company said.', ['Ana Ruiz:promotion:-→Meta'], 'trigger'],
    // Boomerangs told as rehiring, a return to the fold, a second stint.
    ['Google has rehired Ana Ruiz, who led Bard’s product team before leaving for a startup in 2023, to run Gemini’s agent features.', ['Ana Ruiz:return:-→Google'], 'subject.object'],
    ['Ana Ruiz, who left OpenAI last year to co-found a startup, has returned to the fold as a member of technical staff.', ['Ana Ruiz:return:-→OpenAI'], 'end.return'],
    ['Ana Ruiz is starting a second stint at Meta, two years after leaving to join Anthropic.', ['Ana Ruiz:return:Anthropic→Meta'], 'trigger'],
    // Taking over a function; "when" after a time of this year says what happened then.
    [
      'Ben Cole has left Cohere. Ana Ruiz becomes head of research, and Tomas Berg takes over infrastructure.',
      ['Ben Cole:departure:Cohere→-', 'Ana Ruiz:promotion:-→Cohere', 'Tomas Berg:promotion:-→Cohere'],
      'trigger',
    ],
    ['The departures from Cohere began in March, when co-founder Ana Ruiz left for Amazon.', ['Ana Ruiz:departure:Cohere→Amazon'], 'end.connector'],
    // Taiwan's PC makers are in the catalog (by their fuller names: "Acer" alone is also the maple genus).
    ['華碩AI研究中心由前微軟亞洲研究院研究員鄭雅文接任主管，她於本月正式到任。', ['鄭雅文:join:Microsoft→ASUS'], 'trigger'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // (Nor "when" after an earlier year, nor taking over something that is no post.)
    ['The company was founded in 2019, when Ana Ruiz left Google.', 'block.time-clause'],
    ['Ana Ruiz took over the lab’s cafeteria menu for a day.', null],
    // (Nor going back to one's old school for a talk.)
    // (回到母校 is a move word only with work there after it: worksAtAfter.)
    ['前百度首席科学家宋立日前回到母校清华大学，为学生们做了一场演讲。', null],
    // (Nor a choice of school, nor a deal or a book signed.)
    ['Ana Ruiz chose Stanford University for her PhD.', null],
    // ("signed" is a hire only with a name right after it: these fail without that condition.)
    ['Cohere has signed a licensing deal, Ana Ruiz said.', null],
    ['Ana Ruiz signed copies of her book at the Cohere booth.', null],
    // (A plan or wish to hire is none.)
    ['Meta wants to hire Ana Ruiz from Google.', 'block.hypothetical'],
    ['OpenAI plans to hire a head of preparedness, who will report to the head of safety.', 'block.no-subject'],
  ])('%s', readsNoMove);

  it.each<[string, RuleId | null]>([
    // (A headline's return that the body tells as the end of a pause is none.)
    ['Ana Ruiz is back at Google\nGoogle’s president Ana Ruiz has returned to the company after a three-month sabbatical.', 'block.temporary'],
  ])('%s', readsNoMove);

  it('reads an org that loses people to another as the one the article is about leaving', () => {
    expect(moves('OpenAI loses another senior researcher to Anthropic\nAna Ruiz, a senior researcher on OpenAI’s post-training team, has joined Anthropic.').map((m) => [m[1], m[2], m[3]])).toEqual([
      ['join', 'OpenAI', 'Anthropic'],
    ]);
  });

  it.each<[string, RuleId | null]>([
    // Going to a school is studying as often as working.
    ['Ana Ruiz went to Stanford University after high school.', null],
  ])('%s', readsNoMove);

  it('reads regional business press credited for a move as its source (not yet confirmed)', () => {
    expect(moves('LG AI Research has appointed Ana Ruiz, a vice president at Samsung Research, according to The Korea Herald.').map((m) => m[5])).toEqual(['rumoured']);
    expect(moves('Ana Ruiz has left Sakana AI to start a robotics company, Nikkei reported.').map((m) => m[5])).toEqual(['rumoured']);
  });

  it('reads a Chinese first-person post as its author’s: a title "X的微博", or "我是当事人X"', () => {
    expect(moves('宋立的微博\n今天是我在百度的最后一天。八年时间，感谢文心团队的每一位同事。').map((m) => [m[0], m[1], m[2]])).toEqual([['宋立', 'departure', 'Baidu']]);
    expect(moves('如何看待前腾讯混元研究员加入月之暗面？\n谢邀，我是当事人宋立。上个月我从腾讯混元离职，加入了月之暗面。').map((m) => [m[0], m[2], m[3]])).toEqual([
      ['宋立', 'Tencent', 'Moonshot AI'],
    ]);
  });

  it('reads the platform in a post’s header as no workplace, and thanks for years somewhere as the origin', () => {
    expect(
      moves('Ana Ruiz on LinkedIn: New role!\nExcited to share that I’ve started a new position as Head of Evaluations at Mistral AI! Grateful for four great years at Cohere.').map((m) => [
        m[1],
        m[2],
        m[3],
      ]),
    ).toEqual([['join', 'Cohere', 'Mistral AI']]);
  });

  it('reads the platform a person speaks on as no workplace', () => {
    expect(moves('Cohere’s head of open source, Ana Ruiz, said on LinkedIn that she is stepping away after six years.')).toEqual([
      ['Ana Ruiz', 'departure', 'Cohere', null, 'Head of Open Source', 'reported'],
    ]);
  });

  it('takes the role of the new post, not the one "most recently" held where the person comes from', () => {
    expect(
      moves('Cohere today announced the appointment of Ana Ruiz as Chief Operating Officer. Ruiz joins Cohere from Google, where she spent nine years, most recently as vice president of operations.'),
    ).toEqual([['Ana Ruiz', 'join', 'Google', 'Cohere', 'Chief Operating Officer', 'reported']]);
  });

  it('reads the unnamed former holder of a post as the subject of its own clause, not the person named before it', () => {
    expect(moves('腾讯云AI产品负责人宋立调任混元团队，担任产品负责人；原混元产品负责人则已离职。').map((m) => m.slice(0, 4))).toEqual([['宋立', 'promotion', null, 'Tencent']]);
    expect(read('原混元产品负责人则已离职。').blocked).toContain('block.no-subject');
  });

  it('confirms the last reported rumour, past a sentence of biography, and takes the org’s own word as confirmation', () => {
    expect(moves('据悉，前谷歌研究员宋立已加入腾讯。宋立博士毕业于清华大学，2019年加入谷歌。腾讯方面确认了这一消息。').map((m) => m[5])).toEqual(['reported']);
    expect(moves('据悉，腾讯专家研究员宋立已离职。腾讯方面回应称，宋立因个人原因离开。').map((m) => m[5])).toEqual(['reported']);
  });

  it('keeps a reported departure when the startup after it is only possible, and a founding told as done', () => {
    expect(moves('腾讯专家研究员宋立已离职。据悉，宋立或将投身具身智能领域创业。').map((m) => [m[1], m[5]])).toEqual([['departure', 'reported']]);
    expect(moves('腾讯专家研究员宋立已离职。据悉，宋立已创办一家具身智能公司。').map((m) => [m[1], m[5]])).toEqual([['founding', 'rumoured']]);
  });
});

describe('the two-hundred-and-eighty-sixth and -seventh batches (the hard cases moves-dev’s README names): what their blind scores showed', () => {
  it.each<Case>([
    // A count of those listed right after the last name ends that name.
    [
      '阶跃星辰多模态负责人韩启明、语音算法负责人邹一凡、数据平台负责人景若溪三人均已离职。',
      ['韩启明:departure:StepFun→-', '邹一凡:departure:StepFun→-', '景若溪:departure:StepFun→-'],
      'subject.list',
    ],
    // A destination told of one of them ("其中…") is theirs alone.
    ['阶跃星辰负责人韩启明、邹一凡均已离职，其中韩启明已加入腾讯混元。', ['韩启明:departure:StepFun→Tencent', '邹一凡:departure:StepFun→-'], 'subject.list'],
    // A function taken over, its owner's word before it, told in a present-tense "who" clause.
    [
      'Ana Ruiz will leave Amazon in December. Her duties will be split between Ben Cole, who becomes head of the Nova team, and Tomas Berg, who takes over AGI infrastructure.',
      ['Ana Ruiz:departure:Amazon→-', 'Ben Cole:promotion:-→Amazon', 'Tomas Berg:promotion:-→Amazon'],
      'subject.before',
    ],
  ])('%s', readsAs);
});

describe('the two-hundred-and-eighty-eighth batch (many movers in English shapes not written before): what its blind score showed', () => {
  it.each<Case>([
    // Each name's origin in parentheses after it; a single word there is an affiliation, not a nickname.
    [
      'Meta has hired Ana Ruiz (from OpenAI), Ben Cole (Google DeepMind) and Tomas Berg (Anthropic) for its new lab.',
      ['Ana Ruiz:join:OpenAI→Meta', 'Ben Cole:join:Google→Meta', 'Tomas Berg:join:Anthropic→Meta'],
      'end.attributive',
    ],
    // "Others who have left … include" lists the news; "now at" in a leaver's aside is where they went, and "who" after the
    // next name is that name's alone.
    [
      'Others who have left Anthropic this year include Ana Ruiz, now at xAI, and Ben Cole, who went to Google.',
      ['Ana Ruiz:departure:Anthropic→xAI', 'Ben Cole:departure:Anthropic→Google'],
      'end.aside',
    ],
    // A counted group added to the staff, named in the bulleted lines after the colon.
    [
      'Cohere has added two people to its research staff:\n\n• Ana Ruiz, formerly at Meta\n\n• Ben Cole, previously at OpenAI',
      ['Ana Ruiz:join:Meta→Cohere', 'Ben Cole:join:OpenAI→Cohere'],
      'article.list',
    ],
  ])('%s', readsAs);
});

describe('the two-hundred-and-eighty-ninth batch (many movers in Chinese shapes not written before): what its blind score showed', () => {
  it.each<Case>([
    // "加入的成员包括：" lists who joined; a move word before 的 describes them, it is no biography.
    ['月之暗面此次加入的成员包括：前谷歌研究员宋立、前OpenAI工程师夏云帆。', ['宋立:join:Google→Moonshot AI', '夏云帆:join:OpenAI→Moonshot AI'], 'end.attributive'],
    // A name after 的 opens a list whose next item starts with its title; "则去了" an org is going there.
    ['通义实验室的殷楚南、工程负责人饶佳慧已离开阿里。其中，殷楚南加入了字节跳动，饶佳慧则去了腾讯。', ['殷楚南:join:Alibaba→ByteDance', '饶佳慧:departure:Alibaba→Tencent'], 'trigger'],
    // 分别: the destinations in the order of the names.
    ['腾讯研究员盛一舟、柴若谷近日离职，两人分别加入了阿里巴巴和DeepSeek。', ['盛一舟:departure:Tencent→Alibaba', '柴若谷:departure:Tencent→DeepSeek'], 'end.respectively'],
    ['Ana Ruiz and Ben Cole, two Apple researchers, joined Google and Meta, respectively.', ['Ana Ruiz:join:Apple→Google', 'Ben Cole:join:Apple→Meta'], 'end.respectively'],
    // A line of an appointment list: a name, a comma, then 任 and the post.
    ['智谱AI今日公布高管任命名单：\n\n钟离远航，任首席技术官；', ['钟离远航:promotion:-→Zhipu AI'], 'article.list'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // Going to an org to visit it is no move there.
    ['据悉，腾讯研究员宋立去了百度开会，讨论合作事宜。', 'block.object'],
    ['宋立上周去了谷歌总部参观。', 'block.object'],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-ninetieth batch (posts in the templates platforms write): what its blind score showed', () => {
  const moves = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.event, m.from?.org ?? null, m.to?.org ?? null, m.role]);

  it.each<Case>([
    // The platform a title says the post is on is no org the poster came from.
    [
      'Ana Ruiz on LinkedIn\nI’m happy to share that I’m starting a new position as Member of Technical Staff at OpenAI! After six years at Google DeepMind, I can’t wait.',
      ['Ana Ruiz:join:Google→OpenAI'],
      'subject.signed',
    ],
    // A speaker named after a quote that closes on "!", described after the name.
    ['“Excited to share I’ve joined @GoogleDeepMind on the Gemini team!” posted Ana Ruiz, who spent two years at Mistral AI.', ['Ana Ruiz:join:Mistral AI→Google'], 'subject.quoted'],
    // LinkedIn's card: a new role after a colon, and "Previously:" for where they were.
    ['Ana Ruiz has a new role: Director of Applied AI at Microsoft. Previously: Head of ML Platform at Amazon.', ['Ana Ruiz:join:Amazon→Microsoft'], 'article.came-from'],
    // A Chinese post leaves its writer out; the title names them (a platform, a bar and the name).
    ['即刻 | 温予安\n#离职# 今天从字节跳动Seed毕业了，下一站去月之暗面，继续做多模态。', ['温予安:departure:ByteDance→Moonshot AI'], 'subject.signed'],
    ['柯一帆的微博\n官宣一下：正式加入@阿里通义千问，担任多模态算法负责人。', ['柯一帆:join:-→Alibaba'], 'subject.signed'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // A time years back opening a quote dates the move in it.
    ['Ana Ruiz is celebrating one year at xAI. “A year ago I left Microsoft to build its training infrastructure,” she wrote.', 'block.year'],
  ])('%s', readsNoMove);

  it('reads "Member of Technical Staff" as the role, not a name before it', () => {
    expect(moves('Ana Ruiz has joined OpenAI as Member of Technical Staff.').map((m) => m[4])).toEqual(['Member of Technical Staff']);
  });
});

describe('the two-hundred-and-ninety-first batch (Taiwan and Hong Kong outlets in Traditional script): what its blind score showed', () => {
  it.each<Case>([
    // 回鍋: going back, with the org right after it.
    ['兩年前離開谷歌創業的前DeepMind研究主管歐陽靖宇，近日宣布回鍋谷歌DeepMind。', ['歐陽靖宇:return:-→Google'], 'trigger'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // (Not the dish.)
    ['宋立说他最爱吃回锅肉。', null],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-ninety-second batch (English sentences shaped around the person): what its blind score showed', () => {
  it.each<Case>([
    // "told colleagues that he would depart": the speaker's own departure.
    ['Ana Ruiz, who ran Apple’s robotics models, told colleagues this week that she would depart at the end of the month.', ['Ana Ruiz:departure:Apple→-'], 'trigger'],
    // Someone's "next stop" is where they go.
    ['Ana Ruiz’s next stop is Anthropic, where she will lead data partnerships.', ['Ana Ruiz:join:-→Anthropic'], 'subject.noun'],
    // The subject last, a surname that opens with a particle.
    [
      'Cohere has hired Ben Cole from OpenAI. Joining him at the lab is Anouk de Vries, formerly of Google DeepMind.',
      ['Ben Cole:join:OpenAI→Cohere', 'Anouk de Vries:join:Google→Cohere'],
      'subject.object',
    ],
  ])('%s', readsAs);
});

describe('the two-hundred-and-ninety-fourth batch (many movers in English again): what its blind score showed', () => {
  it.each<Case>([
    // A move word, a colon, then the list of its people.
    [
      'xAI’s head of inference, Ana Ruiz, has resigned. Also departing: Ben Cole, who ran its data centers, and Tomas Berg, a founding engineer.',
      ['Ana Ruiz:departure:xAI→-', 'Ben Cole:departure:xAI→-', 'Tomas Berg:departure:xAI→-'],
      'subject.noun',
    ],
    // (Not where the colon opens a clause with a verb of its own.)
    ['HIRED: Anthropic brought on Ana Ruiz, formerly director of policy at Microsoft.', ['Ana Ruiz:join:Microsoft→Anthropic'], 'end.attributive'],
    // Names right after a plural noun of hires, set off by dashes.
    [
      'Meta’s newest hires — Ana Ruiz, Ben Cole and Tomas Berg — all worked on OpenAI’s reasoning models.',
      ['Ana Ruiz:join:OpenAI→Meta', 'Ben Cole:join:OpenAI→Meta', 'Tomas Berg:join:OpenAI→Meta'],
      'subject.noun',
    ],
    // An org between a hire and its objects describes them; "it" hires for the org that hired before.
    [
      'Microsoft AI has hired OpenAI researcher Ana Ruiz. It also hired two other OpenAI researchers, Ben Cole and Tomas Berg.',
      ['Ana Ruiz:join:OpenAI→Microsoft', 'Ben Cole:join:OpenAI→Microsoft', 'Tomas Berg:join:OpenAI→Microsoft'],
      'end.earlier-hire',
    ],
  ])('%s', readsAs);
});

describe('the two-hundred-and-ninety-fifth batch (many movers in Chinese again): what its blind score showed', () => {
  it.each<Case>([
    // "离职的还包括", "一同离开的，还有": the others who made the move are named after 的.
    ['百川智能联合创始人焦博文已于近日离职。据悉，离职的还包括车明远和单若曦。', ['焦博文:departure:Baichuan→-', '车明远:departure:Baichuan→-', '单若曦:departure:Baichuan→-'], 'subject.also'],
    [
      '快手可灵负责人甘一鸣已离职。与甘一鸣一同离开的，还有盛晓雯、雷子谦两位核心研究员。',
      ['甘一鸣:departure:Kuaishou→-', '盛晓雯:departure:Kuaishou→-', '雷子谦:departure:Kuaishou→-'],
      'subject.also',
    ],
    // Three movers and three orgs, respectively.
    [
      '月之暗面研究员祁海峰、鲁思远、宁嘉禾近期相继离职，分别加入了字节跳动、阿里巴巴和腾讯。',
      ['祁海峰:departure:Moonshot AI→ByteDance', '鲁思远:departure:Moonshot AI→Alibaba', '宁嘉禾:departure:Moonshot AI→Tencent'],
      'end.respectively',
    ],
    // One sentence appointing three: 出任, then a bare 任 after each name.
    [
      '智谱AI宣布成立子公司，由副总裁翟一帆出任CEO，技术总监闵浩任CTO，研究员柯晓然任首席科学家。',
      ['翟一帆:promotion:-→Zhipu AI', '闵浩:promotion:-→Zhipu AI', '柯晓然:promotion:-→Zhipu AI'],
      'subject.also',
    ],
    // A count before the colon, each name's origin in parentheses after it (原X).
    [
      '据悉，小米大模型团队近期新加入三名成员：邬俊熙（原字节跳动）、贺安然（原阿里巴巴）、屈景明（原DeepSeek）。',
      ['邬俊熙:join:ByteDance→Xiaomi', '贺安然:join:Alibaba→Xiaomi', '屈景明:join:DeepSeek→Xiaomi'],
      'end.attributive',
    ],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // 单 of 名单 opens no name.
    ['小米大模型团队新成员名单曝光', 'block.no-subject'],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-ninety-sixth batch (look-alikes of this session’s new readings): what its blind score showed', () => {
  it.each<[string, RuleId | null]>([
    // A new role that is no post at an org.
    ['Former Google engineer Ana Ruiz has a new role: a cameo as herself in a Netflix documentary about AI.', null],
    // After a verb of saying, a noun phrase is the subject, not the speaker.
    ['Nvidia dominates AI chips, and analyst Ana Ruiz said the lead would depart only slowly.', 'block.no-subject'],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-ninety-seventh batch (long Chinese reports in the manner of 36氪 and 晚点): what its blind score showed', () => {
  const moves = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.event, m.from?.org ?? null, m.to?.org ?? null, m.status]);

  it.each<Case>([
    // A leaver two sentences back, and two who share the work after 由.
    [
      '字节跳动Seed视觉负责人滕嘉言已于近日离职。滕嘉言2021年从商汤加入字节。其原有团队将拆分为两部分，分别由技术总监褚一鸣和石若兰负责。',
      ['滕嘉言:departure:ByteDance→-', '石若兰:promotion:-→ByteDance', '褚一鸣:promotion:-→ByteDance'],
      'subject.successor',
    ],
    // "接替他的是Y": the one who replaces "him", told before.
    ['百度智能云副总裁温书航已离任。接替他的是原AI技术平台总经理鲍一凡，她于本周正式到岗。', ['温书航:departure:Baidu→-', '鲍一凡:promotion:-→Baidu'], 'subject.successor'],
    // An org someone is "former" of is no company they found (已离职创业 is a departure, as the dev set says).
    ['月之暗面联合创始人邢远舟已离职创业。与他一同创业的还有前月之暗面工程师卢晓晴。', ['邢远舟:departure:Moonshot AI→-', '卢晓晴:founding:Moonshot AI→-'], 'subject.also'],
  ])('%s', readsAs);

  it('reads a post given up for another where they are as no destination, its origin from the lead', () => {
    expect(moves('百度智能云调整：副总裁离任\n百度智能云近日完成一轮人事调整。负责大模型平台的副总裁温书航已离任，将转任百度集团战略顾问。').map((m) => m.slice(0, 4))).toEqual([
      ['温书航', 'departure', 'Baidu', null],
    ]);
  });

  it('confirms a report with "已证实这一消息"', () => {
    expect(moves('据多家媒体报道，华为研究员聂长风将加盟荣耀。荣耀方面已证实这一消息。').map((m) => m[4])).toEqual(['reported']);
  });
});

describe('the two-hundred-and-ninety-eighth batch (long English reports): what its blind score showed', () => {
  it.each<Case>([
    // "He" passed on by a sentence that names nobody; a leaver's work divided between two.
    [
      'OpenAI’s head of compute partnerships, Ana Ruiz, is leaving the company. Ruiz joined OpenAI from Microsoft in 2022. She plans to join a hedge fund. Her responsibilities will be divided between Ben Cole and Tomas Berg.',
      ['Ana Ruiz:departure:OpenAI→-', 'Ben Cole:promotion:-→OpenAI', 'Tomas Berg:promotion:-→OpenAI'],
      'subject.successor',
    ],
  ])('%s', readsAs);

  it.each<Case>([
    // "will replace her": the one replaced moved to another post told before; the successor takes hers, where she is.
    [
      'Google is reorganizing its Gemini teams. Ana Ruiz will take over research for the assistant, and Ben Cole will replace her as head of the app.',
      ['Ana Ruiz:promotion:-→Google', 'Ben Cole:promotion:-→Google'],
      'subject.successor',
    ],
  ])('%s', readsAs);

  it('reads the successors of a leaver the article only reports as rumoured, unless someone says so in their sentence', () => {
    const statuses = (text: string) => movesAs(text, ['person', 'status']);
    expect(
      statuses('Cohere’s head of partnerships, Ana Ruiz, is leaving, according to people familiar with the matter. Her responsibilities will be divided between Ben Cole and Tomas Berg.'),
    ).toEqual(['Ana Ruiz:rumoured', 'Ben Cole:rumoured', 'Tomas Berg:rumoured']);
    expect(statuses('Ana Ruiz is leaving Cohere for Meta, Bloomberg News reported. Cohere said Ben Cole will succeed Ruiz.')).toEqual(['Ana Ruiz:rumoured', 'Ben Cole:reported']);
  });

  it.each<[string, RuleId | null]>([
    // (Not passed on through biography.)
    ['Ana Ruiz studied physics in Zurich. She joined Google Brain in 2016, when transformers were new. She later moved to OpenAI.', null],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-ninety-ninth batch (orgs named only by a product team): what its blind score showed', () => {
  it.each<Case>([
    ['Bram Visser, one of the early engineers on the Claude Code team, has left to join Cohere.', ['Bram Visser:departure:Anthropic→Cohere'], 'end.connector'],
    ['The product lead behind NotebookLM, Cordelia Marsh, has joined Cohere.', ['Cordelia Marsh:join:Google→Cohere'], 'end.attributive'],
    ['Pieter Jansen, a research scientist on the Gemma open-model team, is joining Mistral AI next month.', ['Pieter Jansen:join:Google→Mistral AI'], 'end.attributive'],
    ['海螺AI视频生成负责人司徒明已于近日离职。', ['司徒明:departure:MiniMax→-'], 'end.before'],
  ])('%s', readsAs);
});

describe('the three-hundred-and-first batch (headline-only items): what its blind score showed', () => {
  it('reads a headline’s source after a colon (": report") as a rumour', () => {
    const statuses = (text: string) => movesAs(text, ['person', 'event', 'status']);
    expect(statuses('xAI co-founder Ana Ruiz to step down, launch robotics startup: report')).toEqual(['Ana Ruiz:departure:rumoured']);
    expect(statuses('xAI co-founder Ana Ruiz to step down, launch robotics startup')).toEqual(['Ana Ruiz:departure:reported']);
  });
});

describe('the three-hundred-and-second and third batches (org watches on movers nobody watches): what their blind score showed', () => {
  it.each<Case>([
    // A double surname alone is the one person named with it in full; the org a rival describes is the one came from.
    [
      'Scale AI has appointed Ana Ruiz-Cole as chief financial officer. Ruiz-Cole was previously finance chief at Databricks rival Snowflake.',
      ['Ana Ruiz-Cole:join:Snowflake→Scale AI'],
      'article.came-from',
    ],
    // "until recently" at another org: appointed from it.
    ['Meta has named Ana Ruiz, until recently a principal researcher at Microsoft Research, as chief scientist of FAIR.', ['Ana Ruiz:join:Microsoft→Meta'], 'end.attributive'],
    ['Ana Ruiz, a co-founder of Thinking Machines Lab, has gone back to Meta.', ['Ana Ruiz:return:Thinking Machines Lab→Meta'], 'end.object'],
    // An org in dealings ("legal fights with OpenAI") is no employer: the org losing its counsel is.
    ['xAI is losing its general counsel. Ana Ruiz, who oversaw the startup’s legal fights with OpenAI, has resigned.', ['Ana Ruiz:departure:xAI→-'], 'end.headline'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // 另有任用: reassigned inside the company.
    ['小米内部邮件显示，大模型团队负责人马晓川将不再担任该职务，另有任用。', 'block.stays'],
  ])('%s', readsNoMove);
});

describe('the three-hundred-and-fourth and fifth batches (wire and financial press): what their blind score showed', () => {
  const told = (text: string) => movesAs(text, ['person', 'event', 'status', 'role']);

  it('reads a wire’s dateline as its own report, and a credit in parentheses as another’s', () => {
    expect(told('SANTA CLARA, Calif., Nov 24 (Reuters) - Nvidia said on Monday it had hired Intel executive Ana Ruiz to lead a new group.')).toEqual(['Ana Ruiz:join:reported:-']);
    expect(told('Ana Ruiz has joined Google (Reuters)')).toEqual(['Ana Ruiz:join:rumoured:-']);
  });

  it('reads 从X方面获悉 as the company’s word, 从X内部获悉 as an insider’s', () => {
    expect(told('证券时报记者从快手方面获悉，原阿里巴巴研究员马晓川已正式入职快手。')).toEqual(['马晓川:join:reported:-']);
    expect(told('记者从快手内部获悉，原阿里巴巴研究员马晓川已正式入职快手。')).toEqual(['马晓川:join:rumoured:-']);
  });

  it('confirms a report with "confirmed her departure"', () => {
    expect(
      told('Anthropic’s head of policy, Ana Ruiz, is leaving to join the White House, two people with knowledge of the appointment said. Anthropic confirmed her departure but declined to comment.'),
    ).toEqual(['Ana Ruiz:departure:reported:-']);
  });

  it('gives the role right after a named person to them, not one told later of someone else', () => {
    expect(told('IBM on Tuesday named Ana Ruiz director of IBM Research, succeeding the longtime head of the lab, who will become a senior adviser to the chief executive.')[0]).toBe(
      'Ana Ruiz:promotion:reported:director of IBM Research',
    );
  });

  it.each<Case>([
    // Rarer surnames of the 百家姓.
    ['寒武纪公告，公司副总经理眭志诚因个人原因离职。', ['眭志诚:departure:Cambricon→-'], 'end.before'],
    ['出门问问公告，公司已委任现任副总裁沃天成接任首席技术官。', ['沃天成:promotion:-→Mobvoi'], 'end.hirer'],
  ])('%s', readsAs);
});

describe('the three-hundred-and-sixth and seventh batches (verbs of moving in columns): what their blind score showed', () => {
  it.each<Case>([
    // A headline's leave word in a time clause: the org of that clause is the article's, not the one after it.
    ['与阿里分道扬镳后，他选择了腾讯\n前通义实验室算法专家马晓川已投奔腾讯。', ['马晓川:join:Alibaba→Tencent'], 'trigger'],
    // A join from elsewhere into the org an article is about leaving is news, not history.
    [
      'Apple’s AI chief to retire\nApple said Ana Ruiz is stepping down. Ben Cole, until now a corporate vice president at Microsoft, is joining Apple as vice president of AI.',
      ['Ana Ruiz:departure:Apple→-', 'Ben Cole:join:Microsoft→Apple'],
      'article.theme',
    ],
    // "Less than a year after joining": a span of time, not biography leading into the clause.
    ['Less than a year after joining, xAI engineer Ana Ruiz has bolted for OpenAI.', ['Ana Ruiz:departure:xAI→OpenAI'], 'event.switch'],
    ['The newest hire at Amazon’s AGI lab is Ana Ruiz, until this month a senior manager at Apple.', ['Ana Ruiz:join:Apple→Amazon'], 'subject.noun'],
    // A bare "decamps" ending a headline tells the org left.
    ['Another Meta researcher decamps\nAna Ruiz, who helped build the Llama 3 tokenizer, has decamped to Anthropic.', ['Ana Ruiz:join:Meta→Anthropic'], 'end.headline'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // A condition runs on past its first clause (moves-dev's OpenAI letter).
    ['"We will quit unless all board members resign, and the board appoints Ana Ruiz and Ben Cole as directors," the letter said.', 'block.hypothetical'],
  ])('%s', readsNoMove);

  it('still reads a past join into the org an article is about leaving as history (the seed’s Ethan Knight)', () => {
    expect(read('多名研究员离开Meta\n马晓川已从Meta离职。钱一鸣曾在OpenAI担任实习生，他在特斯拉工作一段时间后，同样加入了Meta。').moves).toEqual(['马晓川:departure:Meta→-']);
  });
});

describe('the three-hundred-and-eighth and ninth batches (many movers, a third round): what their blind score showed', () => {
  it.each<Case>([
    // Each part of a list takes the "from" that closes it.
    [
      'Anthropic has hired Ana Ruiz and Ben Cole from Google DeepMind and Tomas Berg from Meta.',
      ['Ana Ruiz:join:Google→Anthropic', 'Ben Cole:join:Google→Anthropic', 'Tomas Berg:join:Meta→Anthropic'],
      'end.connector',
    ],
    ['xAI’s arrivals this month include Ana Ruiz, a former Tesla engineer.', ['Ana Ruiz:join:Tesla→xAI'], 'subject.noun'],
    ['Ins and outs at xAI\nOn the way out is Ana Ruiz, who led developer relations and is joining Mistral AI.', ['Ana Ruiz:departure:xAI→Mistral AI'], 'end.connector'],
    // "Cursor" capitalised is Anysphere's product; "is moving from X to Y"; a stint after the verb in its own clause.
    [
      'Ana Ruiz has left Anthropic to join Cursor, while Ben Cole is moving from Cohere to Anthropic, and Tomas Berg has returned to Mistral AI after a year at Meta.',
      ['Ana Ruiz:departure:Anthropic→Anysphere', 'Ben Cole:departure:Cohere→Anthropic', 'Tomas Berg:return:Meta→Mistral AI'],
      'event.switch',
    ],
    // A departure told after a founding with no company named is its start.
    ['三位前谷歌研究员马晓川、钱一鸣、周子墨近日联合创办了一家AI公司，三人均于今年从谷歌离职。', ['马晓川:founding:Google→-', '钱一鸣:founding:Google→-', '周子墨:founding:Google→-'], 'subject.list'],
    ['字节跳动研究员马晓川和钱一鸣近日相继离职，两人的新东家分别是腾讯混元和阿里通义实验室。', ['马晓川:departure:ByteDance→Tencent', '钱一鸣:departure:ByteDance→Alibaba'], 'end.respectively'],
    // 前者/后者 open a clause about the first or the last of the list.
    ['智谱AI首席运营官马晓川与首席技术官钱一鸣先后离开公司，前者已加入字节跳动，后者则选择创业。', ['马晓川:departure:Zhipu AI→ByteDance', '钱一鸣:founding:Zhipu AI→-'], 'subject.pronoun'],
    // Letters with no mark to strip keep their case ("Yıldız", "Łukasz").
    ['Selin Yıldız and Łukasz Żak have joined Apple.', ['Selin Yıldız:join:-→Apple', 'Łukasz Żak:join:-→Apple'], 'subject.list'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([['Ana Ruiz, OpenAI’s head of applied research, is moving from the company’s San Francisco headquarters to its London office.', null]])('%s', readsNoMove);
});

describe('the three-hundred-and-tenth and eleventh batches (labs abroad; filings with résumés): what their blind score showed', () => {
  const told = (text: string) => movesAs(text, ['person', 'event', 'ends', 'role']);

  it('reads where an appointee came from in the résumé a filing attaches', () => {
    expect(told('科大讯飞董事会审议通过议案，同意聘任马晓川先生为公司高级副总裁。附件：简历。马晓川，男，1983年出生，中国国籍。2010年至2024年在华为技术有限公司任职，历任首席架构师。')).toEqual([
      '马晓川:join:Huawei→iFlytek:Senior Vice President',
    ]);
  });

  it('reads a board electing its chair, and the role after an honorific and 为', () => {
    expect(told('三六零第七届董事会第一次会议选举钱一鸣先生为公司董事长。')).toEqual(['钱一鸣:promotion:-→Qihoo 360:Chairman']);
    expect(told('商汤集团董事会宣布，委任卞一诺女士为本公司首席财务官。')).toEqual(['卞一诺:promotion:-→SenseTime:CFO']);
  });

  it('keeps one who stays an executive director, as one who stays in any post', () => {
    expect(told('第四范式董事会同意由公司首席技术官马晓川先生接任总经理一职，原总经理钱一鸣先生因工作调整不再担任总经理，继续担任公司执行董事。')).toEqual([
      '马晓川:promotion:-→4Paradigm:General Manager',
    ]);
  });
});

describe('the three-hundred-and-twelfth batch (look-alikes of this session’s readings): what its blind score showed', () => {
  it.each<[string, RuleId | null]>([
    // An association's post is no job at the employer the person is described by.
    ['中国人工智能学会召开会员代表大会，会议选举产生了新一届理事会，百度首席技术官马晓川等当选为副理事长。', null],
    ['腾讯副总裁钱一鸣当选中国人工智能学会理事长。', 'block.object'],
  ])('%s', readsNoMove);
});

describe('the three-hundred-and-thirteenth batch (公众号 shapes): what its blind score showed', () => {
  it.each<Case>([['智谱AI前开源负责人马晓川在其公众号发文称，自己已正式成为小米MiMo团队的一员。', ['马晓川:join:Zhipu AI→Xiaomi'], 'end.object']])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // One of an org's partners or shareholders is not one of its people.
    ['天使投资人马晓川已成为智谱AI的股东之一。', null],
  ])('%s', readsNoMove);
});

describe('the three-hundred-and-fourteenth batch (interviews, podcasts, newsletters): what its blind score showed', () => {
  it.each<Case>([
    // "who just started as": recent, the news; a post, then the org it is at.
    ['Ep. 212\nThis week’s guest is Ana Ruiz, who just started as head of evaluations at Anthropic after five years at Google DeepMind.', ['Ana Ruiz:join:Google→Anthropic'], 'end.connector'],
    // An interview's "I" is the one its answer is labelled with.
    ['Q&A\nQ: You spent six years at OpenAI. Why leave now? Ana Ruiz: Honestly, I wanted to build something small again. I left OpenAI in October.', ['Ana Ruiz:departure:OpenAI→-'], 'subject.signed'],
    [
      'Personal news\nI’m thrilled to share that I’ve accepted a position as principal scientist at Microsoft AI. After seven years at Amazon, it’s time for a new challenge. — Ana Ruiz',
      ['Ana Ruiz:join:Amazon→Microsoft'],
      'subject.signed',
    ],
    // The owner of a role is who "she" is.
    ['Correction\nAn earlier version of this newsletter misstated Ana Ruiz’s new role. She has joined Perplexity as head of search quality.', ['Ana Ruiz:join:-→Perplexity'], 'subject.pronoun'],
  ])('%s', readsAs);
});

describe('the three-hundred-and-sixteenth batch (Taiwan and Hong Kong Traditional): what its blind score showed', () => {
  it('shows a Latin gloss as the original writes it, and Taiwan’s 技術長 in English', () => {
    const moves = (text: string) => movesAs(text, ['person', 'role']);
    expect(moves('台積電AI應用部門主管賴冠廷（Kuan-Ting Lai）也已於本週離開公司，據傳將加入鴻海研究院。')).toEqual(['Kuan-Ting Lai:-']);
    expect(moves('台灣AI新創今日宣布，由前Google資深軟體工程師溫子瑜出任技術長。')).toEqual(['溫子瑜:CTO']);
  });
});

const EVERY_RULE: Record<RuleId, string> = {
  trigger: 'Ana Ruiz has joined Anthropic.',
  'event.switch': 'Ana Ruiz, a Google researcher, moved to Anthropic.',
  'event.held-now': 'Ana Ruiz now leads the safety team at Google.',
  'names.namesake': 'Vikram Raman has left Meta.',
  'names.romanised': '前谷歌研究员唐一帆已加入月之暗面。',
  'end.uncatalogued': 'Ana Ruiz has left Google to join Decagon, a customer-support startup.',
  'article.post-holder': "Cohere's chief executive is to step down. Ana Ruiz, who took the top job in 2024, will stay on as an adviser.",
  'end.company-ref': '腾讯再次从百度挖人。前百度研究员宋立已加入这家公司。',
  'event.tenure': 'Ana Ruiz joined Cohere and is now leaving it for Mistral.',
  'subject.before': 'Ana Ruiz has joined Anthropic.',
  'subject.list': 'Ana Ruiz and Ben Cole have joined Anthropic.',
  'subject.also': 'Several researchers have left Cohere, including Ana Ruiz.',
  'subject.object': 'Anthropic hired Ana Ruiz.',
  'subject.noun': 'The departure of Ana Ruiz from Cohere was announced.',
  'event.arrival': 'Yusuf Adebayo is stepping down from his chair at Oxford to join OpenAI full time, the university said.',
  'subject.cleft': '本月加盟字节跳动Seed团队的，是前阿里通义千问算法负责人滕一舟。',
  'subject.pronoun': 'Ana Ruiz spent six years building evaluation tools at Google. This week she started at Anthropic.',
  'end.object': 'Ana Ruiz has left Cohere.',
  'end.respectively': 'Ana Ruiz and Ben Cole left Apple for Google and Meta, respectively.',
  'end.connector': 'Ana Ruiz has left Cohere for Anthropic.',
  'end.hirer': 'Anthropic hired Ana Ruiz.',
  'end.its-staff': '微软将获得Nimbus Labs的技术授权，并招揽其CEO Ana Ruiz加入微软。',
  'end.before': '腾讯首席财务官马晓川近日离职。',
  'end.attributive': 'Google researcher Ana Ruiz has joined Anthropic.',
  'end.described-elsewhere': "Ana Ruiz heads to Mistral AI\nAna Ruiz, one of the leaders of OpenAI's agents team, said she would start next month.",
  'end.other-org': 'Ana Ruiz moved to Anthropic, the Google veteran said.',
  'end.along-with': 'Cohere has parted ways with Ana Ruiz. Ruiz is returning to Google along with Ben Cole.',
  'event.arrow-founding': '宋立：阿里巴巴 → 创业',
  'end.poster': 'Cohere on LinkedIn: Welcome to the team, Ana Ruiz!\nAna joins us from Meta and will lead our pretraining efforts.',
  'event.shorthand': 'Scoop: Google’s Ana Ruiz to Cohere, per two people familiar.',
  'article.headline-mover': "Tencent's multimodal chief joins ByteDance\nFor the past three years, Kan Siyuan led the Tencent Hunyuan team that built them.",

  'event.card': 'At a glance\nPerson: Ana Ruiz\nPrevious role: research lead, Google\nNew role: chief scientist, Cohere',
  'end.new-company': 'Ana Ruiz has founded Tessellate Robotics, a startup building hands for humanoid robots.',
  'end.same-post': '宋立昨日发文称，公司CTO夏云帆已经离职。钱一鸣将出任智谱新一任CTO。',
  'end.antecedent': 'Ana Ruiz built much of OpenAI’s evaluation tooling. The Stanford PhD is joining Meta next month.',
  'end.apposition': 'Ana Ruiz joined OpenAI rival Anthropic.',
  'end.aside': 'Ana Ruiz has joined Anthropic, having left Google in 2024.',
  'role.held': "Cohere's head of open source, Ana Ruiz, has left the company.",
  'role.successor': "Cohere's chief scientist, Ana Ruiz, will step back from the role in March. Ruiz will be succeeded by Ben Cole.",
  'end.same-org': 'Ana Ruiz has left Google to join Google DeepMind.',
  'end.headline': 'Cohere loses another researcher\nAna Ruiz is leaving, she said.',
  'status.rumour': 'Ana Ruiz is reportedly leaving Cohere.',
  'status.denial': 'Cohere denied that Ana Ruiz is leaving.',
  'status.confirmed': '据36氪报道，前百度副总裁夏云帆已重返百度。百度方面证实了这一消息。',
  'status.correction': 'An earlier version of this story said Ben Cole had joined Google DeepMind. He joined Anthropic.',
  'block.no-subject': 'Three researchers have left Cohere.',
  'block.past': 'Ana Ruiz previously worked at Google and left Cohere.',
  'block.year': 'Ana Ruiz joined Google in 2019.',
  'block.time-clause': 'After she joined Anthropic, Ana Ruiz worked on agents.',
  'block.relative-clause': 'Ana Ruiz, who left Google, spoke on Monday.',
  'block.gerund': 'Ana Ruiz talked about leaving Google.',
  'block.temporary': 'Ana Ruiz is leaving Cohere on parental leave.',
  'block.hypothetical': 'Ana Ruiz threatened to quit Cohere.',
  'block.object': "Cohere's Ana Ruiz left the audience stunned with a demo.",
  'event.unnamed-destination': 'Ana Ruiz, a distinguished engineer at Google, has joined a stealth startup.',
  'event.founded-after': '今年夏天，腾讯混元产品负责人宋立离开了工作六年的腾讯。两个月后，她创办的AI陪伴公司完成了首轮融资。',
  'event.return': '百度研究员钱一鸣离开百度，回到清华大学任教。',
  'subject.quoted': '"Today was my last day at Cohere," Ana Ruiz wrote in a post on X.',
  'subject.described': '刚刚从百度加入小米的研究员宋立在发布会上表示，新模型的数学能力提升明显。',
  'subject.agent': 'Nimbus Labs, a new startup founded by former Cohere researcher Ana Ruiz, has raised $30 million.',
  'event.vacancy': 'Cohere has named Ben Cole head of research after Ana Ruiz left for Mistral.',
  'subject.aside': 'Ana Ruiz, who worked with Ben Cole at Google, has joined Cohere.',
  'block.noun-form': 'Ana Ruiz has joined Mistral, the latest in a string of hires Ben Cole has made from Cohere.',
  'article.same-org': '字节跳动宣布，前谷歌研究员宋立已加入字节跳动，出任Seed团队负责人。原负责人夏云帆将转任顾问。',
  'end.coreference': "In a memo, Cohere chief executive Ben Cole said that the company's head of product, Ana Ruiz, will join Mistral.",
  'article.told-origin': 'Cohere has lost another founding member. Ana Ruiz is returning to Google.',
  'subject.speaker': "Ana Ruiz, who built Cohere's first models with Ben Cole in 2019, said on Monday that she had left Cohere.",
  'article.came-from': 'Cohere has appointed Ben Cole as head of research. Cole spent eight years at Google, most recently on Gemini.',
  'end.successor': 'Cohere has named Ben Cole chief scientist. Cole succeeds Ana Ruiz, who is stepping down to teach.',
  'event.founded': '百度研究员宋立已于今年夏天离职，并与两位前同事共同创立了一家机器人公司。',
  'end.earlier-hire': 'Mistral has hired Ana Ruiz from Cohere. She is the latest in a string of hires from Cohere, following Ben Cole and Tomas Berg.',
  'end.return': 'Ana Ruiz, who left Anthropic last year to start a company, has returned to the lab.',
  'block.theme-join': 'Three researchers quit Cohere this week.\nAna Ruiz joined Cohere as its first researcher.',
  'article.theme': 'Three researchers quit Cohere this week.\nAna Ruiz has left.',
  'article.tenure': 'Three researchers quit Cohere this week.\nAna Ruiz worked at Cohere for five years.',
  'article.named-later': '腾讯两位科学家联手创业。由前腾讯研究员宋立共同创办的新公司名为星桥智能。',
  'article.list': 'Three researchers have left Cohere. Among them are Ana Ruiz and Ben Cole.',
  'subject.successor': 'Ben Cole replaces Ana Ruiz as head of research at Cohere.',
  'end.former': 'Former Google researcher Ana Ruiz will serve as head of research at Cohere.',
  'names.surname': 'Ben Cole has run research at Cohere since 2021. Cole will leave in June.',
  'event.reorg': '百度宣布新一轮组织调整。钱一鸣担任地图产品线总经理。',
  'article.off-topic': 'Midfielder Ben Cole joins the club from a rival football club on a loan deal.',
  'subject.signed': "Personal news: I've joined Mistral AI after four years at Cohere. — Ana Ruiz",
  'end.acquired': 'Cohere has acquired Lumen Labs, a two-year-old startup. Ana Ruiz, its chief executive, will join Cohere.',
  'subject.asked': 'Q&A\nQ: You left Cohere for Mistral AI last month. Why now?\nAna Ruiz: I wanted to build something new.',
  'subject.elided': "Cohere co-founder Ana Ruiz is handing the chief executive role to the company's chief operating officer, Ben Cole, and will become executive chairman.",
  'block.stays': 'Ana Ruiz is stepping down as chief executive of Cohere but will remain its chief scientist.',
  'block.recap': 'Ana Ruiz is leaving Cohere. Departures this year have included Ben Cole and Tomas Berg.',
  'names.given': 'Dr. Ana Ruiz is joining Cohere as vice president of research. Ana joins us from Google DeepMind.',
  'article.same-move': 'Ana Ruiz has joined OpenAI from xAI. Ben Cole, an engineer at xAI, has made the same move.',
  'article.next-stop': 'Lena Park is out at Google. Where is she headed? OpenAI, sources say.',
  'event.section': 'People moves\nDEPARTURES\n- Hana Sato, Microsoft AI\n- Tomas Reiner, OpenAI',
  'names.gloss': '谷歌研究员宋立（Li Song）已加入腾讯。',
  'names.shortened': 'Meta hires Ana García-López\nMeta has hired Ana García from Microsoft Research.',
  'names.speaker': 'HOST: Why did you leave?\nRHEA CASTELLANO: I joined Anthropic in September after nine years at Google.',
  'block.negated': 'Ben Cole has not left Cohere, a spokesperson said.',
  'event.acquired': "Salesforce has acquired Relay Labs. Relay's founder and CEO, Ana Ruiz, will lead research for Salesforce's Agentforce platform.",
};

describe('every rule of the table', () => {
  it('has a case', () => {
    expect(Object.keys(EVERY_RULE).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.entries(EVERY_RULE) as [RuleId, string][])('%s decides in its case', (rule, text) => {
    const r = recognize(text, index, { year: 2026 });
    const decided = r.sentences.flatMap((s) => s.rules.map((e) => e.rule));
    expect(decided).toContain(rule);
  });
});

describe('the rule table', () => {
  it('every rule says its language, stage, what it matches and what it yields', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(id).toMatch(/^[a-z]+(\.[a-z-]+)?$/);
      expect(rule.matches.length).toBeGreaterThan(10);
      expect(rule.yields.length).toBeGreaterThan(5);
    }
  });
});

describe('a sixteenth batch: what its blind score showed', () => {
  it.each<Case>([
    ['百度研究员钱一鸣离开百度，回到清华大学任教。', ['钱一鸣:return:Baidu→Tsinghua University'], 'event.return'],
    ['Ben Cole has left Mistral. He is returning to Anthropic, where he led evaluations.', ['Ben Cole:return:Mistral AI→Anthropic'], 'event.return'],
    // The "for" after a second verb is that verb's: the first person's destination is not named.
    ['Cohere is reorganising. Ana Ruiz has left, and her deputy Ben Cole is leaving for Anthropic.', ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:departure:Cohere→Anthropic'], 'end.connector'],
    // … unless that verb only tells more of someone already listed.
    ['Recent Cohere departures include Ana Ruiz and Ben Cole, who left for Anthropic.', ['Ana Ruiz:departure:Cohere→Anthropic', 'Ben Cole:departure:Cohere→Anthropic'], 'end.connector'],
  ])('%s', readsAs);

  // 创业 as a noun ("startup experience", "the startup scene") is no founding, even of a watched person.
  it.each<[string]>([
    ['夏云帆谈创业往事\n夏云帆在离开百度五年后，首次公开谈及当年的创业经历。'],
    ['前腾讯高管夏云帆：大模型创业进入下半场\n曾在腾讯工作十年的夏云帆如今是一家投资机构的合伙人。她在接受采访时表示，大模型创业已经进入下半场。'],
  ])('%s is no move', (text) => {
    const watched = buildMatchIndex([...watches, personWatch('夏云帆', { id: 2 })], catalog);
    expect(recognize(text, watched, { year: 2026 }).moves).toEqual([]);
  });
});

describe('a seventeenth batch (longer items, bystanders): what its blind score showed', () => {
  it.each<Case>([
    ["Ana Ruiz, who built Cohere's first models with Ben Cole in 2019, said on Monday that she had left Cohere.", ['Ana Ruiz:departure:Cohere→-'], 'subject.speaker'],
    [
      'Mistral has hired Ana Ruiz from Cohere. She is the latest in a string of hires from Cohere, following Ben Cole and Tomas Berg, who joined in June.',
      ['Ana Ruiz:join:Cohere→Mistral AI', 'Ben Cole:join:Cohere→Mistral AI', 'Tomas Berg:join:Cohere→Mistral AI'],
      'end.earlier-hire',
    ],
    [
      'Cohere research chief to leave\nAna Ruiz is leaving Cohere, the company said. Her deputy, Ben Cole, is expected to take over the group.',
      ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:promotion:-→Cohere'],
      'end.headline',
    ],
    // A given name may end in 之 ("夏远之已…"); "宋立之后" is 宋立 and 之后.
    ['前百度核心成员夏远之已于本月加盟腾讯。', ['夏远之:join:Baidu→Tencent'], 'subject.before'],
    ['继宋立之后，钱一鸣也已离开百度。', ['钱一鸣:departure:Baidu→-'], 'subject.before'],
  ])('%s', readsAs);
});

describe('an eighteenth batch: what its blind score showed', () => {
  it.each<Case>([
    // Launching a company by name, then a departure told after it: one founding.
    ['Ana Ruiz, a former researcher at Cohere, has launched Northwind Labs, a startup building agents. Ruiz left Cohere in March.', ['Ana Ruiz:founding:Cohere→Northwind Labs'], 'trigger'],
  ])('%s', readsAs);

  it('launching a product is no founding', () => {
    const r = recognize('Cohere researcher Ana Ruiz has launched Command Vision, a model that reads charts.', index, { year: 2026 });
    expect(r.moves).toEqual([]);
    expect(r.sentences.flatMap((s) => s.triggers)).toEqual([]);
  });
});

describe('a nineteenth batch: what its blind score showed', () => {
  it.each<Case>([
    // "replacing" names the one replaced; "who is leaving" carries its present tense in the move word itself.
    [
      'Cohere has named Ben Cole to lead its research lab in Toronto, replacing Ana Ruiz, who is leaving at the end of the month.',
      ['Ben Cole:promotion:-→Cohere', 'Ana Ruiz:departure:Cohere→-'],
      'subject.object',
    ],
    ['前百度产品负责人宋立已开始筹备一家AI教育公司。', ['宋立:founding:Baidu→-'], 'trigger'],
  ])('%s', readsAs);

  it('a capitalised name after "in" or "at" is a place, not a person', () => {
    const r = recognize('Cohere has named Ben Cole to lead its lab in San Francisco, replacing Ana Ruiz.', index, { year: 2026 });
    expect(r.sentences.flatMap((s) => s.people)).toEqual(['Ben Cole (discovered)', 'Ana Ruiz (discovered)']);
  });

  it('an infinitive of purpose is as much past as the verb it serves', () => readsNoMove('Ana Ruiz, who left Google in 2019 to start a company, spoke on Monday.', 'block.year'));
});

describe('a twentieth batch: what its blind score showed', () => {
  it.each<Case>([
    ['Cohere has appointed Ben Cole as head of research. Cole spent eight years at Google, most recently on Gemini.', ['Ben Cole:join:Google→Cohere'], 'article.came-from'],
    ['腾讯近日迎来两位新成员：原百度研究员宋立与夏云帆。', ['宋立:join:Baidu→Tencent', '夏云帆:join:Baidu→Tencent'], 'subject.noun'],
  ])('%s', readsAs);

  it('being named to a list is an honour, not a post', () => readsNoMove('Google research scientist Ana Ruiz was named to the list of the most influential people in AI.', 'block.object'));

  it('the role after "appointed X as" is the role, not the name', () => {
    expect(recognize('Cohere has appointed Ben Cole as vice president of engineering, the company said.', index, { year: 2026 }).moves.map((m) => m.role)).toEqual(['Vice President of Engineering']);
  });
});

describe('a twenty-first batch: what its blind score showed', () => {
  it.each<Case>([
    ['Cohere has named Ben Cole chief scientist. Cole succeeds Ana Ruiz, who is stepping down to teach.', ['Ben Cole:promotion:-→Cohere', 'Ana Ruiz:departure:Cohere→-'], 'end.successor'],
    // A unit right after a former org is as former: taking a post at an unnamed company is leaving it.
    ['据了解，前阿里巴巴达摩院院长宋立已出任一家机器人初创公司的首席执行官。', ['宋立:departure:Alibaba→-'], 'event.unnamed-destination'],
    ['百度副总裁宋立、副总裁夏云帆同时离职。', ['宋立:departure:Baidu→-', '夏云帆:departure:Baidu→-'], 'subject.list'],
  ])('%s', readsAs);

  it('"直接管理" is managing, not taking over, and "相关业务" names nobody', () => readsNoMove('百度宣布，相关业务将由集团CTO直接管理。', null));

  it('the role after "named X" is the role, not the name', () => {
    expect(recognize('Cohere has named Ben Cole chief scientist, promoting him from vice president of research.', index, { year: 2026 }).moves.map((m) => m.role)).toEqual(['Chief Scientist']);
  });
});

describe('a twenty-second batch: what its blind score showed', () => {
  it.each<Case>([
    // A founding done ("创立了", "founded") in the sentence of the departure is the move; one planned ("to start") is not.
    ['百度研究员宋立已于今年夏天离职，并与两位前同事共同创立了一家机器人公司。', ['宋立:founding:Baidu→-'], 'event.founded'],
    ['Ana Ruiz left Cohere in June and co-founded Nimbus Labs with two former colleagues.', ['Ana Ruiz:founding:Cohere→Nimbus Labs'], 'event.founded'],
  ])('%s', readsAs);

  // A verb ends the object of "leaving", and "the State Department" is no person.
  it('"leaving the rules unchanged" is no move', () =>
    readsNoMove('Ana Ruiz, who joined Cohere from the State Department in 2021, said leaving the rules unchanged would help rivals.', 'block.object'));
});

describe('a twenty-third batch: what its blind score showed', () => {
  it.each<Case>([
    // A nickname in quotes, like one in parentheses, is dropped from the name.
    ['Ana "Annie" Ruiz, a research scientist at Cohere, has quit after four months.', ['Ana Ruiz:departure:Cohere→-'], 'subject.before'],
    // A description before a bare list is every member's.
    [
      "Two researchers who worked on Cohere's Command models, Ben Cole and Tomas Berg, have joined Mistral.",
      ['Ben Cole:join:Cohere→Mistral AI', 'Tomas Berg:join:Cohere→Mistral AI'],
      'end.attributive',
    ],
  ])('%s', readsAs);
});

describe('a twenty-fourth batch: what its blind score showed', () => {
  it.each<Case>([
    // 和 may end a given name before a function word; "A和B" is still two names.
    ['智谱AI副总裁、商业化负责人夏清和已于本月离职。', ['夏清和:departure:Zhipu AI→-'], 'subject.before'],
    ['智谱AI副总裁宋立和夏云帆已于本月离职。', ['宋立:departure:Zhipu AI→-', '夏云帆:departure:Zhipu AI→-'], 'subject.list'],
    // A surname the list lacked.
    ['字节跳动确认，前微软亚洲研究院院长鞠明理已于近日加入公司。', ['鞠明理:join:Microsoft→ByteDance'], 'subject.before'],
  ])('%s', readsAs);
});

describe('a twenty-fifth batch: what its blind score showed', () => {
  it.each<Case>([
    // "has started" is no trigger of its own: it hid the longer "started a new AI lab" after it.
    ["Ana Ruiz, who stepped down as Cohere's research chief in the spring, has started a new AI lab called Meridian.", ['Ana Ruiz:founding:Cohere→-'], 'trigger'],
  ])('%s', readsAs);

  it("a first job after one's studies is biography", () =>
    readsNoMove('Google DeepMind researcher Ana Ruiz won a best paper award at ICML. Ruiz joined DeepMind after her PhD at Oxford.', 'block.past'));
});

describe('a twenty-sixth batch: what its blind score showed', () => {
  it.each<Case>([
    // A move told in the first person inside a quote is the quoted person's, named after the quote or before it.
    ['"After five years, today was my last day at Cohere," Ana Ruiz, who led its voice research, wrote in a post on X.', ['Ana Ruiz:departure:Cohere→-'], 'subject.quoted'],
    ['"I am joining Mistral next month," said Ana Ruiz.', ['Ana Ruiz:join:-→Mistral AI'], 'subject.quoted'],
    // A person the quote names before the move word is its subject, not the speaker.
    ['"I\'m excited to share that Ana Ruiz is joining Mistral as our chief scientist," Ben Cole wrote in a blog post.', ['Ana Ruiz:join:-→Mistral AI'], 'subject.before'],
    ['Ana Ruiz wrote on LinkedIn: "I have decided to leave Cohere after eight years."', ['Ana Ruiz:departure:Cohere→-'], 'subject.quoted'],
    ['钱一鸣在朋友圈写道：“我已经从腾讯离职了，感谢这些年的同事们。”', ['钱一鸣:departure:Tencent→-'], 'subject.quoted'],
    // A departure in a time clause after someone else's appointment is the vacancy it fills: news, and not that role.
    [
      'Cohere has named Ben Cole interim head of research after Ana Ruiz left for Mistral earlier this month.',
      ['Ben Cole:promotion:-→Cohere', 'Ana Ruiz:departure:Cohere→Mistral AI'],
      'event.vacancy',
    ],
    // An apposition naming a workplace, then a post elsewhere: a join.
    ['Ana Ruiz, the head of applied science at Cohere, will become chief technology officer of Mistral AI next month.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'end.attributive'],
    // In a passive hire, the hirer follows the verb; the org before the person is their past.
    ["Cohere's former chief operating officer, Ana Ruiz, has been tapped to lead operations at Mistral AI.", ['Ana Ruiz:join:Cohere→Mistral AI'], 'end.hirer'],
    // A founding told as a participle: the agent after "by" is the founder (both of a list the description before it names).
    [
      'Nimbus Labs, a new startup founded by two former Cohere researchers, Ana Ruiz and Ben Cole, has raised $30 million.',
      ['Ana Ruiz:founding:Cohere→-', 'Ben Cole:founding:Cohere→-'],
      'subject.agent',
    ],
    // 由…负责: whoever takes charge of a leaver's work takes the post.
    ['百度文心一言负责人宋立已于近日离职，其工作将由副总裁夏云帆负责。', ['宋立:departure:Baidu→-', '夏云帆:promotion:-→Baidu'], 'subject.successor'],
    // A school in the description is no workplace; the former employer is the origin.
    ['前百度研究员、清华大学校友钱一鸣近日加盟腾讯，担任首席科学家。', ['钱一鸣:join:Baidu→Tencent'], 'subject.before'],
    ['Stanford graduate Ana Ruiz has joined Cohere.', ['Ana Ruiz:join:-→Cohere'], 'subject.before'],
    // A surname the list lacked (賴 → 赖).
    ['據報導，百度資深研究員賴明遠已跳槽至騰訊。', ['賴明遠:departure:Baidu→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // Someone else's move told to the speaker is not the speaker's.
    ['"He told me he was leaving Cohere," said Ana Ruiz, a former colleague.', null],
    // "the lab co-founded by X" describes a known org; so does "an AI startup founded by X" (only a new one is news, or
    // one the sentence says just emerged).
    ['Ana Ruiz has joined Mistral AI, the lab co-founded by Ben Cole, as a researcher.', null],
    ['Ana Ruiz has joined Nimbus Labs, an AI startup founded by ex-Cohere executive Ben Cole.', null],
  ])('no new move of the bystander: %s', (text, rule) => {
    const r = read(text);
    expect(r.moves.filter((m) => !m.startsWith('Ana Ruiz:join'))).toEqual([]);
    if (rule) expect(r.blocked).toContain(rule);
  });
});

describe('a twenty-seventh batch: what its blind score showed', () => {
  it.each<Case>([
    // A name inside an aside about the person before it is not who moves.
    ['Ana Ruiz, who worked with Ben Cole at Google, has joined Cohere.', ['Ana Ruiz:join:Google→Cohere'], 'subject.aside'],
    ['Ana Ruiz, a former colleague of Ben Cole, has joined Cohere.', ['Ana Ruiz:join:-→Cohere'], 'subject.aside'],
    // Idioms of wire copy.
    ['Ana Ruiz is out at Cohere after two years as head of product, the company confirmed.', ['Ana Ruiz:departure:Cohere→-'], 'trigger'],
    ['Ana Ruiz, who led post-training for Cohere, has moved to a new role running its agent platform.', ['Ana Ruiz:promotion:-→Cohere'], 'trigger'],
    ["Cohere has asked Ana Ruiz's deputy, Ben Cole, to run the team for now.", ['Ben Cole:promotion:-→Cohere'], 'trigger'],
    // A company's own post welcomes its hire; the words of a title in Title Case are no name.
    ["Today we're excited to welcome Ana Ruiz to Cohere as our new Head of Global Policy.", ['Ana Ruiz:join:-→Cohere'], 'subject.object'],
    // Another outlet's report.
    ['Ana Ruiz has left Cohere for Mistral, Bloomberg reported.', ['Ana Ruiz:departure:Cohere→Mistral AI'], 'status.rumour'],
    // 辞去 is a departure.
    ['腾讯今日发布公告称，混元团队负责人宋立因个人原因辞去相关职务。', ['宋立:departure:Tencent→-'], 'subject.before'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // "welcome" hires only a named person.
    ['Ana Ruiz welcomed the decision by Cohere.', null],
    ['Cohere welcomed the decision by Ana Ruiz to stay.', null],
    ['Ana Ruiz is out at the moment, Cohere said.', null],
  ])('no move: %s', (text, rule) => readsNoMove(text, rule));

  it('a string of hires someone has made names the hirer, not a hire', () => {
    const r = read('Ana Ruiz has joined Mistral, the latest in a string of hires Ben Cole has made from Cohere.');
    expect(r.moves.some((m) => m.startsWith('Ben Cole'))).toBe(false);
    expect(r.blocked).toContain('block.noun-form');
  });
});

describe('a twenty-eighth batch: what its blind score showed', () => {
  it.each<Case>([
    // "the company's head of product" works at the org named before it.
    ["In a memo, Cohere chief executive Ben Cole said that the company's head of product, Ana Ruiz, will join Mistral.", ['Ana Ruiz:join:Cohere→Mistral AI'], 'end.coreference'],
    ['Ana Ruiz, the head of product at Cohere, would leave at the end of the month, the company said.', ['Ana Ruiz:departure:Cohere→-'], 'trigger'],
    // A loss told without a name is where the person named next comes from.
    ['Cohere has lost another founding member. Ana Ruiz is returning to Google, the startup confirmed.', ['Ana Ruiz:return:Cohere→Google'], 'article.told-origin'],
    // "has since joined": "since" is an adverb there, not a time clause.
    ['Ana Ruiz quietly left Cohere in August and has since joined Mistral.', ['Ana Ruiz:departure:Cohere→Mistral AI'], 'trigger'],
    // The hire as a noun, its person after "of", their past in the aside.
    ['The hire of Ana Ruiz, who spent nine years at Cohere, gives Mistral another senior engineer.', ['Ana Ruiz:departure:Cohere→-'], 'subject.noun'],
    // A name described by a clause ending in 的, set off by a comma.
    ['一年前从百度回国的夏云帆，近日被曝已加入腾讯。', ['夏云帆:join:Baidu→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it('a time clause with a name in it is still biography ("three months after co-founder X left")', () => {
    const r = read('Ana Ruiz is returning to Google, three months after co-founder Ben Cole left for Mistral.');
    expect(r.moves).toEqual(['Ana Ruiz:return:-→Google']);
    expect(r.blocked).toContain('block.time-clause');
  });
});

describe('a twenty-ninth batch: what its blind score showed', () => {
  it.each<Case>([
    // "ex-Googler" is a former Google employee, and no part of the name after it; ", along with" joins a list.
    [
      'Former Cohere researchers Ana Ruiz and Ben Cole, along with ex-Googler Tomas Berg, have co-founded Arcadia.',
      ['Ana Ruiz:founding:Cohere→Arcadia', 'Ben Cole:founding:Cohere→Arcadia', 'Tomas Berg:founding:Google→Arcadia'],
      'subject.list',
    ],
    // Surnames the list lacked (洪, 漆), and 輝達 for Nvidia.
    ['百度确认，其视频生成负责人洪明远已于近日卸任。', ['洪明远:departure:Baidu→-'], 'subject.before'],
    ['腾讯确认，其首席科学家漆远之已于近日卸任。', ['漆远之:departure:Tencent→-'], 'subject.before'],
    ['百度前AI研發副總夏云帆轉戰輝達。', ['夏云帆:departure:Baidu→Nvidia'], 'subject.before'],
  ])('%s', readsAs);

  it('people close to the company are a source, not a confirmation', () => {
    const r = recognize('多名接近百度的人士透露，该公司视频生成负责人宋立已提出离职。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'rumoured']]);
  });

  it('于即日起 is a time, not a name', () => {
    const r = read('百度宣布，研究院院长洪明远，于即日起升任集团首席科学家。');
    expect(r.moves).toEqual(['洪明远:promotion:-→Baidu']);
  });
});

describe('a thirtieth batch: what its blind score showed', () => {
  it.each<Case>([
    // A new job told after a sentence about the person's past elsewhere: a join from there.
    ["Ana Ruiz spent four years building Cohere's agents. On Monday, she started a new job as head of product at Mistral.", ['Ana Ruiz:join:Cohere→Mistral AI'], 'article.came-from'],
    // Who takes the post may follow the verb.
    [
      'Cohere research chief to leave\nAna Ruiz will leave Cohere at the end of the year. Taking over is Ben Cole, head of its Toronto lab.',
      ['Ana Ruiz:departure:Cohere→-', 'Ben Cole:promotion:-→Cohere'],
      'subject.object',
    ],
    // "lost yet another" tells a loss naming nobody; the person named next comes from there.
    [
      'Another exit\nCohere lost yet another researcher this week. Ana Ruiz has left for Mistral, people familiar with the matter said.',
      ['Ana Ruiz:departure:Cohere→Mistral AI'],
      // (The lead's loss makes leaving Cohere the article's theme, which gives the origin before the loss itself does.)
      'article.theme',
    ],
    // Showing up as a company's co-founder is a founding.
    ['百度前副总裁宋立近日现身一家AI创业公司的发布会，身份为该公司联合创始人。', ['宋立:founding:Baidu→-'], 'trigger'],
  ])('%s', readsAs);
});

describe('a thirty-first batch: what its blind score showed', () => {
  it.each<Case>([
    // The one replaced left the post the successor takes: from its org, to where the aside says.
    [
      'Cohere has named Ana Ruiz vice president of research. She replaces Ben Cole, who left in September to join Mistral.',
      ['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:departure:Cohere→Mistral AI'],
      'end.successor',
    ],
    // A team's interim lead, after "by".
    [
      "Mistral has hired Ana Ruiz from Cohere. Ruiz's team at Cohere will be led on an interim basis by her deputy, Ben Cole.",
      ['Ana Ruiz:join:Cohere→Mistral AI', 'Ben Cole:promotion:-→Cohere'],
      'subject.agent',
    ],
    // A resignation handed in is a departure.
    ['知情人士透露，百度文心负责人宋立已向公司提交辞呈。', ['宋立:departure:Baidu→-'], 'subject.before'],
    // A name does not end in a time word: "夏明洪正式加入" is 夏明洪 (and no "洪正式", though 洪 is a surname).
    ['前谷歌研究员夏明洪正式加入腾讯。', ['夏明洪:join:Google→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it('an aside dated by an earlier year is still biography', () => {
    const r = read('Cohere has named Ana Ruiz vice president of research. She replaces Ben Cole, who left in 2019 to join Mistral.');
    expect(r.moves).toEqual(['Ana Ruiz:promotion:-→Cohere']);
  });
});

describe('a thirty-third batch: what its blind score showed', () => {
  it.each<Case>([
    // A particle before a surname is part of the name.
    ['Mistral AI named Ben de Vries, a Cohere veteran, its head of inference.', ['Ben de Vries:join:Cohere→Mistral AI'], 'subject.object'],
    // A company moving its own people, before a name.
    ['As part of a reorganization, Cohere has moved Ana Ruiz from the agents team to lead its search product.', ['Ana Ruiz:promotion:-→Cohere'], 'subject.object'],
    // A semicolon ends a move's object: the org after it is another move's.
    ['本周人事变动：百度文心负责人宋立离职；智谱AI任命夏云帆为首席商务官。', ['宋立:departure:Baidu→-', '夏云帆:promotion:-→Zhipu AI'], 'end.hirer'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    ['Ana Ruiz moved Cohere’s headquarters to Toronto.', null],
    // Talking about founding is no founding.
    ['百度前首席技术官宋立谈创业\n宋立在一次活动上分享了他的经验。', null],
  ])('no move: %s', (text, rule) => readsNoMove(text, rule));

  it('"任命" opens no role: the role is not read from inside it, but after the 为 that follows the person', () => {
    const r = recognize('智谱AI任命夏云帆为首席商务官。', index, { year: 2026 });
    expect(r.moves.map((m) => m.role)).toEqual(['Chief Commercial Officer']);
  });
});

describe('a thirty-fourth batch: what its blind score showed', () => {
  it.each<Case>([
    // A new post named with no org is at the org of the move told just before.
    ['字节跳动宣布，前谷歌研究员宋立已加入字节跳动，出任Seed团队负责人。原负责人夏云帆将转任顾问。', ['宋立:join:Google→ByteDance', '夏云帆:promotion:-→ByteDance'], 'article.same-org'],
    // 之 may stand inside a given name.
    ['百度宣布，智能云事业群总裁沈之远卸任，由集团副总裁夏云帆接任。', ['沈之远:departure:Baidu→-', '夏云帆:promotion:-→Baidu'], 'subject.before'],
  ])('%s', readsAs);

  it('"宋之后" is still no name', () => {
    expect(read('继宋之后，钱一鸣也已离开百度。').moves).toEqual(['钱一鸣:departure:Baidu→-']);
  });
});

describe('a thirty-fifth batch: what its blind score showed', () => {
  it.each<Case>([
    // A long title between the org and the person still describes the person by the org.
    ['Mistral has hired Cohere vice president of applied deep learning research Ana Ruiz to lead its new hardware group.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'end.attributive'],
    // A gap that opens a time clause lists no one: the appointed and the one who left are two moves.
    [
      'Cohere has named its chief strategy officer, Ana Ruiz, interim chief executive after founder Ben Cole left to lead Mistral.',
      ['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:departure:Cohere→Mistral AI'],
      'event.vacancy',
    ],
  ])('%s', readsAs);
});

describe('a thirty-sixth batch: what its blind score showed', () => {
  it.each<Case>([
    // A return comes back from where the aside says the person went, not from where they left.
    ['Ana Ruiz, who left Cohere for Mistral in 2021, is returning to Cohere to run its research.', ['Ana Ruiz:return:Mistral AI→Cohere'], 'end.aside'],
  ])('%s', readsAs);

  it('a report called untrue is a denial', () => {
    const r = recognize('A Cohere spokesperson said a report that its research chief, Ana Ruiz, was preparing to leave was "simply untrue."', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['Ana Ruiz', 'denied']]);
  });
});

describe('a thirty-seventh batch: what its blind score showed', () => {
  it.each<Case>([
    // "joins from" names where the person comes from; the appointment told before names where they go.
    ['Mistral AI today announced the appointment of Ana Ruiz as chief revenue officer. Ruiz joins from Cohere, where she led sales.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'end.connector'],
    // "takes over from X, who left … for a role at Y": the post X left is where the successor goes.
    [
      'Cohere has named Ben Cole to lead its search group. He takes over from Ana Ruiz, who left the company last month for a role at Mistral AI.',
      ['Ben Cole:promotion:-→Cohere', 'Ana Ruiz:departure:Cohere→Mistral AI'],
      'event.vacancy',
    ],
    // A post in the first person, signed at its end, is the signer's; a long stint before it is the origin.
    ["Personal news: after an amazing three and a half years on the research team at Cohere, I've joined Mistral AI. — Ana Ruiz", ['Ana Ruiz:join:Cohere→Mistral AI'], 'subject.signed'],
    ['今天是我在腾讯的最后一天。我已经正式离开腾讯，感谢大家。——Priya Raman', ['Priya Raman:departure:Tencent→-'], 'subject.signed'],
    // "…; she was most recently … at Cohere": an appointment of someone from another org is a join.
    ['Mistral AI named Ana Ruiz as its general counsel; she was most recently deputy general counsel at Cohere.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'article.came-from'],
    ['Mistral AI named Ana Ruiz as its general counsel. She was most recently deputy general counsel at Cohere.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'article.came-from'],
    // A co-founding ahead, whatever the company is called.
    ['Former Cohere researcher Ana Ruiz has teamed up with two colleagues to co-found a robotics startup.', ['Ana Ruiz:founding:Cohere→-'], 'trigger'],
  ])('%s', readsAs);

  it('a first-person move with no signature names nobody', () => {
    expect(read("Personal news: I've joined Mistral AI after four years at Cohere. Thanks to everyone who helped.").moves).toEqual([]);
  });

  it('each person of a sentence gets the role told after them, not the first one in it', () => {
    const r = recognize('小米集团近日完成人事调整，由大模型团队的宋立接棒，出任AI实验室主任，原主任夏云帆将转任集团技术委员会顾问。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.role])).toEqual([
      ['宋立', 'AI实验室主任'],
      ['夏云帆', '集团技术委员会顾问'],
    ]);
  });
});

describe('a thirty-ninth and a fortieth batch: what their blind scores showed', () => {
  it.each<Case>([
    // A post held at an org "until" some time is past: the appointment after it is elsewhere.
    ['Ana Ruiz, who headed policy at Cohere until this summer, has been appointed director of a national AI institute.', ['Ana Ruiz:departure:Cohere→-'], 'end.former'],
    // Whoever takes charge "by" (由) of the work of someone who left in the sentence before takes the post.
    ['百度文心负责人宋立近日离职。百度方面表示，相关研发工作不受影响，由百度研究院首席科学家夏云帆统筹。', ['宋立:departure:Baidu→-', '夏云帆:promotion:-→Baidu'], 'subject.successor'],
    // 曾 inside a description of the person (…的) does not date the person's move; a year-dated departure makes no theme.
    ['前谷歌科学家回流百度\n记者获悉，曾在谷歌工作六年的科学家宋立已重返百度。宋立2018年离开百度赴美。', ['宋立:return:Google→Baidu'], 'trigger'],
    // 则 ends a name: "的夏云帆则选择了创业".
    [
      '腾讯两位专家相继离开\n近一个月来，腾讯已有两位专家相继离开：语音专家宋立加入了小米，机器学习中心的夏云帆则选择了创业。',
      ['宋立:join:Tencent→Xiaomi', '夏云帆:founding:Tencent→-'],
      'article.told-origin',
    ],
    // A last day told in a quote.
    ['小米大模型负责人宋立在微博发文称：“今天是我在小米的最后一天，感谢团队的信任。”', ['宋立:departure:Xiaomi→-'], 'subject.quoted'],
    // Staying on as an adviser, or on the board, still leaves.
    ['Ana Ruiz is stepping down as chief executive of Cohere but will remain on the board.', ['Ana Ruiz:departure:Cohere→-'], 'trigger'],
    ['Ana Ruiz has left Cohere, which will remain focused on enterprise customers.', ['Ana Ruiz:departure:Cohere→-'], 'trigger'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // A post given up by someone who stays in another is no departure.
    ['商汤科技发布公告称，联合创始人兼首席科学家宋立因个人原因辞去公司执行董事职务，但将继续担任首席科学家。', 'block.stays'],
    ['Ana Ruiz is stepping down as chief executive of Cohere but will remain its chief scientist.', 'block.stays'],
  ])('%s', readsNoMove);

  it('duties covered for a while (暂由) give nobody a post', () => {
    expect(read('阶跃星辰首席财务官宋立已于近日离任，其职责暂由联合创始人兼CEO夏云帆代管。').moves).toEqual(['宋立:departure:StepFun→-']);
  });

  it('the person saying nothing has changed denies the report', () => {
    const r = recognize('针对网上流传的“智谱首席科学家宋立已离职”的说法，宋立本人在朋友圈回应称：“我还在智谱，一切照常。”', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'denied']]);
  });
});

describe('a forty-first batch: what its blind score showed', () => {
  it.each<Case>([
    // Initials open a name; every form of a switch verb, before "to" or "for".
    ["Cohere's head of search, R. J. Ruiz, is decamping to Mistral AI.", ['R. J. Ruiz:departure:Cohere→Mistral AI'], 'event.switch'],
    ['Cohere chief executive Ben Cole is bolting for Google DeepMind.', ['Ben Cole:departure:Cohere→Google'], 'event.switch'],
  ])('%s', readsAs);
});

describe('what the dev set still missed, read as general rules', () => {
  it.each<Case>([
    // A verb after ", and" with no subject of its own: the subject of the verb before, whose new title it is.
    [
      "Cohere co-founder Ana Ruiz is handing the chief executive role to the company's chief operating officer, Ben Cole, and will become executive chairman.",
      ['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:promotion:-→Cohere'],
      'subject.elided',
    ],
    // Whoever takes charge of the work of someone moved to another post takes that post.
    ['字节跳动内部邮件显示，豆包大模型负责人宋立将转岗至战略研究部门，其原有工作由钱一鸣负责。', ['宋立:promotion:-→ByteDance', '钱一鸣:promotion:-→ByteDance'], 'subject.successor'],
    // A name after 的 right before a clause opener ("同时"), listed with 与.
    ['腾讯近日宣布，混元大模型技术负责人宋立与云与智慧产业事业群的夏云帆同时升任公司副总裁。', ['宋立:promotion:-→Tencent', '夏云帆:promotion:-→Tencent'], 'subject.list'],
    // "has moved to" is a move, though "has moved" alone wants a name after it.
    ['Longtime Cohere research scientist Ana Ruiz has moved to xAI, she announced on LinkedIn.', ['Ana Ruiz:departure:Cohere→xAI'], 'event.switch'],
  ])('%s', readsAs);

  it('a departure then a post elsewhere in Chinese stays a departure', () => {
    expect(read('华为诺亚方舟实验室主任宋立已卸任，将转任公司其他职务。').moves).toEqual(['宋立:departure:Huawei→-']);
  });
});

describe('a forty-second and a forty-third batch: what their blind scores showed', () => {
  it.each<Case>([
    // 商业化 is no name: the list runs on through the title.
    ['百川智能联合创始人宋立、商业化负责人夏云帆、技术副总裁钱一鸣均已于近期离职。', ['宋立:departure:Baichuan→-', '夏云帆:departure:Baichuan→-', '钱一鸣:departure:Baichuan→-'], 'subject.list'],
    // "would join"; the org the sentence opens with is the destination.
    ["A Mistral AI spokesperson said Ana Ruiz, who worked on Cohere's agents, would join the lab next month.", ['Ana Ruiz:join:Cohere→Mistral AI'], 'trigger'],
    // 聘任 opens a name.
    ['昆仑万维公告，公司董事会同意聘任宋立为公司首席执行官。', ['宋立:promotion:-→Kunlun Tech'], 'subject.object'],
    // An org marked as current (现) is where they are now; the former one is the origin.
    ['腾讯混元团队近日迎来一位新成员：前OpenAI研究员、现腾讯首席AI科学家宋立。', ['宋立:join:OpenAI→Tencent'], 'end.attributive'],
    // An appointment ahead, in its base form after "expected to".
    ['Cohere is expected to name Ana Ruiz, currently its vice president of research, as chief research officer.', ['Ana Ruiz:promotion:-→Cohere'], 'subject.object'],
    // "to have X join us": the speaker's org; the next sentence's past there is the origin.
    [
      '"We are thrilled to have Ana Ruiz join us," Mistral AI\'s chief executive said. Ruiz spent five years at Cohere, most recently leading product.',
      ['Ana Ruiz:join:Cohere→Mistral AI'],
      'article.came-from',
    ],
    // "has added X to its staff", only before a name.
    ['Mistral AI has added Ana Ruiz, a former research director at Cohere, to its technical staff.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'subject.object'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // A move word in -ing as the subject of a verb names the act.
    ['Ana Ruiz, who left Google in 2019 and now runs a consultancy, said that leaving was the best decision of her career.', 'block.gerund'],
    // "added" before no name is no hire.
    ['Google added Gemini to Chrome on Tuesday.', null],
  ])('%s', readsNoMove);

  it('a reporter told by people close to the company reports a rumour', () => {
    const r = recognize('澎湃新闻记者从接近美团的人士处了解到，美团大模型负责人宋立已于日前离职。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'rumoured']]);
  });
});

describe('"join us" is a hire only after words of welcome', () => {
  it.each<[string, RuleId | null]>([['Ben Cole will join us on stage at the conference to talk about agents at Cohere.', 'block.object']])('%s', readsNoMove);
});

describe('a forty-fourth and a forty-fifth batch: what their blind scores showed', () => {
  it.each<Case>([
    ['Cohere and its chief science officer, Ana Ruiz, have parted ways, the company said on Wednesday.', ['Ana Ruiz:departure:Cohere→-'], 'trigger'],
    ["Ana Ruiz, who worked on Cohere's on-device models, arrived at Mistral AI this month.", ['Ana Ruiz:join:Cohere→Mistral AI'], 'end.attributive'],
    ['Mistral AI has signed on Ana Ruiz, who led research at Cohere until September, as its vice president of research.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'subject.object'],
    // 接掌 takes a post; 由…接任 names the successor.
    ['联发科人工智能研究中心负责人宋立已于本月请辞，其职务将由副总经理夏云帆接掌。', ['宋立:departure:MediaTek→-', '夏云帆:promotion:-→MediaTek'], 'trigger'],
    ['鸿海研究院今日宣布，院长宋立卸任，由人工智能研究所所长夏云帆接任院长一职。', ['宋立:departure:Foxconn→-', '夏云帆:promotion:-→Foxconn'], 'trigger'],
    // An org after 曾任 is past: not where the new post is.
    ['曾任Google DeepMind工程师的黄子轩，近日加盟一家AI新创公司，出任技术长。', ['黄子轩:departure:Google→-'], 'event.unnamed-destination'],
  ])('%s', readsAs);

  it('an outlet naming itself before 报道 reports a rumour', () => {
    const r = recognize('香港01报道，曾参与Siri开发的前苹果工程师宋立已转战xAI。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.from?.org, m.to?.org, m.status])).toEqual([['宋立', 'departure', 'Apple', 'xAI', 'rumoured']]);
  });
});

describe('a forty-sixth and a forty-seventh batch: what their blind scores showed', () => {
  it.each<Case>([
    // "exit to Meta" in a headline: Meta is where someone went, not what the article is about.
    [
      "Cohere names new CEO after founder's exit to Mistral AI\nCohere has named its chief strategy officer, Ben Cole, interim chief executive. He replaces founder Ana Ruiz, who is joining Mistral AI to lead research.",
      ['Ben Cole:promotion:-→Cohere', 'Ana Ruiz:departure:Cohere→Mistral AI'],
      'article.theme',
    ],
    // "The latest to move is X, who joined …": the relative clause is the news.
    ["The latest to move is Ana Ruiz, a research lead on Cohere's reasoning team, who joined Mistral AI last week.", ['Ana Ruiz:join:Cohere→Mistral AI'], 'trigger'],
    ["Under the changes, Ana Ruiz, who has led Cohere's app since 2024, will move to a new role in the company's hardware group.", ['Ana Ruiz:promotion:-→Cohere'], 'trigger'],
  ])('%s', readsAs);

  it('a lead that only gives the source makes the moves after it rumours, unless they are confirmed', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    const memo = 'Cohere is reorganising its app teams, according to an internal memo viewed by Reuters. Under the changes, Ana Ruiz will move to a new role in its hardware group.';
    expect(status(memo)).toEqual([['Ana Ruiz', 'rumoured']]);
    expect(status(`${memo} A Cohere spokesperson confirmed the changes.`)).toEqual([['Ana Ruiz', 'reported']]);
  });
});

describe('a forty-eighth batch: what its blind score showed', () => {
  it.each<Case>([
    // A noun standing for the one person named before, like a pronoun; 萧 is a surname.
    ['月之暗面联合创始人萧一凡离职\n据多位知情人士透露，该高管已于本周正式离开公司。', ['萧一凡:departure:Moonshot AI→-'], 'subject.pronoun'],
  ])('%s', readsAs);

  it("the rumour of the sentence that names the person by a noun is the move's", () => {
    const r = recognize('月之暗面联合创始人萧一凡离职\n据多位知情人士透露，该高管已于本周正式离开公司。', index, { year: 2026 });
    expect(r.moves.map((m) => m.status)).toEqual(['rumoured']);
  });
});

describe('a headline about the act of leaving makes no theme', () => {
  it.each<[string, RuleId | null]>([
    [
      'Podcast: a former Cohere researcher on leaving big tech\nThis week on the podcast, host Ben Cole talks to Ana Ruiz, who spent six years at Cohere before leaving in 2022 to start a company.',
      'block.gerund',
    ],
  ])('%s', readsNoMove);
});

describe('a forty-ninth and a fiftieth batch: what their blind scores showed', () => {
  it.each<Case>([
    // A plural move noun names no one it does not list or own.
    [
      "Is Cohere's research exodus over?\nThe company has lost a dozen researchers this year (the latest, Ana Ruiz, left for Mistral AI in October), but it says hiring has outpaced departures.",
      ['Ana Ruiz:departure:Cohere→Mistral AI'],
      'end.headline',
    ],
    // A promotion is at the org its people work for, not where a colleague leaves for (the org another move word takes,
    // with someone else named after it, is that move's: the org before it is the post's).
    [
      "Cohere's head of applied AI, Ana Ruiz, is leaving to join Mistral AI, while her deputy, Ben Cole, has been promoted to replace her.",
      ['Ana Ruiz:departure:Cohere→Mistral AI', 'Ben Cole:promotion:-→Cohere'],
      'end.before',
    ],
    ['百度文心应用负责人宋立将离开百度，加入腾讯；其副手夏云帆将接任应用负责人一职。', ['宋立:departure:Baidu→Tencent', '夏云帆:promotion:-→Baidu'], 'end.before'],
    // (Where the leaver's destination is not the object of a move word, the successor's post is still where they leave.)
    [
      "Cohere's head of applied AI, Ana Ruiz, is leaving for a job at Mistral AI, while her deputy, Ben Cole, has been promoted to replace her.",
      ['Ana Ruiz:departure:Cohere→Mistral AI', 'Ben Cole:promotion:-→Cohere'],
      'end.successor',
    ],
    // A stint told as the person's description (在…工作了九年的), then a post elsewhere: a join.
    ['在Meta FAIR工作了九年的研究员柏文舟近日被任命为智谱AI首席科学家。', ['柏文舟:join:Meta→Zhipu AI'], 'end.aside'],
    // An honorific after a name ends it.
    ['人工智能专家封一鸣博士日前正式加盟百度，出任百度研究院副院长。', ['封一鸣:join:-→Baidu'], 'subject.before'],
  ])('%s', readsAs);

  it('a correction denies the move it corrects', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status]);
    expect(status('An earlier version of this story said that xAI engineer Ben Cole had left the company.')).toEqual([['Ben Cole', 'denied']]);
    // (No move at all is as right: nothing alerts.)
    expect(status('本刊此前报道称字节跳动工程师冯启然已离职，经核实，冯启然仍在字节跳动任职，特此更正。').filter(([, s]) => s !== 'denied')).toEqual([]);
  });
});

describe('a fifty-second and a fifty-third batch: what their blind scores showed', () => {
  it.each<Case>([
    ['Ana Ruiz, who ran research at Cohere until last year, has taken the helm at Mistral AI as chief executive.', ['Ana Ruiz:join:Cohere→Mistral AI'], 'trigger'],
    ["Ana Ruiz, who left Cohere's policy team in the spring, has resurfaced at Google DeepMind as a policy director.", ['Ana Ruiz:join:Cohere→Google'], 'trigger'],
    // The hirer's own "its" before the post: someone already there, a new post inside.
    ["Cohere has tapped Ana Ruiz, its head of model training, as the company's new chief scientist.", ['Ana Ruiz:promotion:-→Cohere'], 'end.coreference'],
    // 杭 is a surname.
    ['据The Information报道，OpenAI研究员杭一鸣已低调加入Meta超级智能实验室。', ['杭一鸣:join:OpenAI→Meta'], 'end.attributive'],
    // Replaced, then a named new post where they were: a promotion.
    ['商汤科技联合创始人宋立接替夏云帆出任公司首席执行官，夏云帆将转任董事会主席。', ['夏云帆:promotion:-→SenseTime', '宋立:promotion:-→SenseTime'], 'subject.successor'],
  ])('%s', readsAs);

  it('a role after "as the company\'s new" is the post itself', () => {
    const r = recognize("Cohere has tapped Ana Ruiz, its head of model training, as the company's new chief scientist.", index, { year: 2026 });
    expect(r.moves.map((m) => m.role)).toEqual(['Chief Scientist']);
  });
});

describe('a fifty-fourth and a fifty-fifth batch: what their blind scores showed', () => {
  it.each<Case>([
    // "leadership changes" is a reorganisation: the headline's org is where a promotion or a join without one goes.
    [
      'Leadership changes at Cohere\nCohere announced the following leadership changes on Monday:\n- Ana Ruiz, previously head of audio, becomes chief product officer.\n- Ben Cole joins from Mistral AI as general counsel.',
      ['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:join:Mistral AI→Cohere'],
      'end.headline',
    ],
    // 转入: a move into another org.
    ['零一万物预训练团队的杜以恒、宋梓琪等多名员工已转入阿里巴巴通义实验室。', ['杜以恒:join:01.AI→Alibaba', '宋梓琪:join:01.AI→Alibaba'], 'subject.list'],
  ])('%s', readsAs);
});

describe('a fifty-sixth batch: what its blind score showed', () => {
  it.each<Case>([
    // After a loss, "to" names where they went; the list sentence after names who.
    [
      'Cohere has lost two more researchers from its agents team to Mistral AI. They are Ana Ruiz and Ben Cole, both of whom worked on retrieval.',
      ['Ana Ruiz:departure:Cohere→Mistral AI', 'Ben Cole:departure:Cohere→Mistral AI'],
      'article.list',
    ],
    // "would become" in reported speech.
    ["In a memo to staff, Cohere's chief executive said that Ana Ruiz, who ran engineering for search, would become head of agents engineering.", ['Ana Ruiz:promotion:-→Cohere'], 'trigger'],
  ])('%s', readsAs);

  it('a source "according to one of" its backers is a rumour', () => {
    const r = recognize('Former Cohere co-founder Ana Ruiz has left the company and started a venture fund, according to one of its limited partners.', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['Ana Ruiz', 'rumoured']]);
  });
});

describe('a fifty-seventh batch: what its blind score showed', () => {
  it.each<Case>([
    // 流失 is a loss; the join after it names where they went; "他们分别是" lists who.
    ['百度近日又流失两名大模型研究员，均加入了腾讯混元。他们分别是宋立和夏云帆，二人此前参与了文心模型的研发。', ['宋立:departure:Baidu→Tencent', '夏云帆:departure:Baidu→Tencent'], 'article.list'],
  ])('%s', readsAs);

  it('an investor telling a reporter is a source', () => {
    const r = recognize('一位知情投资人向记者透露，前百度AI产品负责人宋立已离开百度，创办了一家AI陪伴应用公司。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'rumoured']]);
  });
});

describe('a fifty-eighth batch (several people at once): what its blind score showed', () => {
  it.each<Case>([
    // A gloss in parentheses is the name's own: its verb does not end the list.
    [
      'Mistral AI has hired three researchers from Cohere. The new hires are: Ana Ruiz (who worked on reasoning models), Ben Cole (retrieval) and Tomas Berg (evaluations).',
      ['Ana Ruiz:join:Cohere→Mistral AI', 'Ben Cole:join:Cohere→Mistral AI', 'Tomas Berg:join:Cohere→Mistral AI'],
      'article.list',
    ],
    // Items set off by semicolons, each a name and one description, after a colon.
    [
      'Anthropic has brought on three engineers for its inference team: Ana Ruiz, a former director of engineering at Google; Ben Cole, who led infrastructure at xAI; and Tomas Berg, formerly of Meta.',
      ['Ana Ruiz:join:Google→Anthropic', 'Ben Cole:join:xAI→Anthropic', 'Tomas Berg:join:Meta→Anthropic'],
      'subject.list',
    ],
    // An org in another person's own title describes them, not the next name set off by commas.
    [
      "Cohere's new hires include ex-OpenAI safety lead Ben Cole, and Ana Ruiz, who most recently ran evaluations at Mistral AI.",
      ['Ben Cole:join:OpenAI→Cohere', 'Ana Ruiz:join:Mistral AI→Cohere'],
      'subject.noun',
    ],
    // The predecessor set off by commas in a vacancy clause still left the post the appointment fills.
    [
      'Anthropic has named Ana Ruiz its head of policy, after her predecessor, Ben Cole, left for Google in September.',
      ['Ana Ruiz:promotion:-→Anthropic', 'Ben Cole:departure:Anthropic→Google'],
      'subject.object',
    ],
  ])('%s', readsAs);

  it.each<[string, RuleId]>([
    // A time clause reaches past a person set off by commas: the predecessor's move is background.
    ['Ben Cole had taken over the team only in March, after his predecessor, Ana Ruiz, departed for Meta.', 'block.time-clause'],
    // The last word of a company's name is no person's: "Boston Dynamics" moves nowhere.
    ['Google DeepMind has hired the former chief operating officer of Figma as head of robotics hardware.', 'block.no-subject'],
  ])('%s: no move', readsNoMove);

  it('earlier moves listed after the news are background; alone, the list is the news', () => {
    const list = 'Departures this year have included fellow co-founders Ana Ruiz and Tomas Berg.';
    expect(read(list).moves).toEqual(['Ana Ruiz:departure:-→-', 'Tomas Berg:departure:-→-']);
    const r = read(`Ben Cole said on Wednesday that he was leaving xAI. ${list}`);
    expect(r.moves).toEqual(['Ben Cole:departure:xAI→-']);
    expect(r.blocked).toContain('block.recap');
  });
});

describe('a fifty-ninth batch (Chinese lists, Taiwan and Hong Kong outlets): what its blind score showed', () => {
  it.each<Case>([
    // 退休 is a departure; whoever takes the post "by" name succeeds to it.
    ['腾讯副总裁宋立将于年底退休，其职务由副总裁钱一鸣接任。', ['宋立:departure:Tencent→-', '钱一鸣:promotion:-→Tencent'], 'trigger'],
    // Each item of a list is someone described with 的, and its origin is that person's own.
    [
      '腾讯混元近期又招募了三位研究员，分别是前百度文心的宋立、前月之暗面的夏云帆，以及来自Mistral AI的钱一鸣。',
      ['宋立:join:Baidu→Tencent', '夏云帆:join:Moonshot AI→Tencent', '钱一鸣:join:Mistral AI→Tencent'],
      'subject.list',
    ],
    // A list item after a gloss in parentheses; the one of them who joins elsewhere leaves for there.
    [
      '百度近期有多名核心成员离职，包括技术副总裁宋立、预训练负责人（原谷歌研究员）夏云帆，以及产品负责人钱一鸣。其中，夏云帆已加入腾讯。',
      ['宋立:departure:Baidu→-', '夏云帆:departure:Baidu→Tencent', '钱一鸣:departure:Baidu→-'],
      'subject.also',
    ],
  ])('%s', readsAs);

  it('a role is read up to the semicolon after the person: the next move after it has its own', () => {
    const r = recognize('百度公告，副总裁宋立将于年底退休，其职务由钱一鸣接任；此外，前谷歌研究员夏云帆已加入百度，出任首席科学家。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.role])).toEqual([
      ['宋立', 'Vice President'],
      ['钱一鸣', null],
      ['夏云帆', 'Chief Scientist'],
    ]);
  });

  it('a successor named in a rumoured departure is as sure as the departure', () => {
    const r = recognize('据知情人士透露，百度文心负责人宋立已于近日离职，其负责的工作将由技术负责人钱一鸣接手。', index, { year: 2026 });
    const [left, successor] = r.moves;
    expect([left?.person, successor?.person, successor?.event, successor?.status]).toEqual(['宋立', '钱一鸣', 'promotion', 'rumoured']);
    expect(successor!.confidence).toBe(left!.confidence);
  });
});

describe('more of the industry in the catalog, and what its orgs showed', () => {
  it.each<Case>([
    // Orgs moves start and end at outside the labs: a chipmaker, a payments company, a university.
    ['前谷歌研究员宋立已加入英特尔，担任首席科学家。', ['宋立:join:Google→Intel'], 'end.object'],
    ['Ana Ruiz, who ran inference at Cohere, has joined Windsurf as head of research.', ['Ana Ruiz:join:Cohere→Windsurf'], 'end.object'],
    // "the former chief operating officer of Figma": a past title at an org is no post there now.
    ['Anthropic has hired Ana Ruiz, the former chief operating officer of Figma, to take over as its head of operations.', ['Ana Ruiz:join:Figma→Anthropic'], 'end.former'],
    // An org in the purpose after a leave word is no org left; the headline's is.
    [
      'Cohere names new chief scientist\nCohere has named Ana Ruiz chief scientist. Ruiz succeeds Ben Cole, who is stepping down to focus on teaching at the University of Toronto.',
      ['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:departure:Cohere→-'],
      'subject.successor',
    ],
    // An org in a biographical clause is where an earlier move came from, not the org left now.
    [
      "Perplexity's chief business officer replaced\nPerplexity has replaced its chief business officer. Ben Cole, who joined from Uber in 2023, has been succeeded by Ana Ruiz, previously head of partnerships at Microsoft.",
      ['Ben Cole:departure:Perplexity→-', 'Ana Ruiz:join:Microsoft→Perplexity'],
      'end.headline',
    ],
    // A leave denied, then a new post: the post is the move ("McCandlish" is a surname with an inner capital).
    [
      'Anthropic has hired Ana Ruiz to run its infrastructure. Ruiz replaces co-founder Ben McAllister. McAllister is not leaving the company, however. He will take on a new role as principal scientist.',
      ['Ana Ruiz:join:-→Anthropic', 'Ben McAllister:promotion:-→Anthropic'],
      'subject.pronoun',
    ],
  ])('%s', readsAs);

  it('an intention denied is no move: "并无离开…的打算"', () => {
    const r = recognize('台积电AI研究主管宋立在论坛上表示，人才流动明显加快，但他本人并无离开台积电的打算。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'denied']]);
  });
});

describe("the dev set's older misses: a new post where they are, a given name, a past post elsewhere, a profile", () => {
  it.each<Case>([
    // The one replaced moves to a new post where they are: a promotion, not a departure.
    [
      'Google has promoted Ana Ruiz, a vice president on the Search team, to run the Gemini app, replacing Ben Cole, who is moving to a new role in Google Cloud.',
      ['Ana Ruiz:promotion:-→Google', 'Ben Cole:promotion:-→Google'],
      'trigger',
    ],
    [
      "Google has named Ana Ruiz to lead the Gemini app, succeeding Ben Cole, who is taking a role in the company's hardware group.",
      ['Ana Ruiz:promotion:-→Google', 'Ben Cole:promotion:-→Google'],
      'trigger',
    ],
    // A given name alone is the one person the article names with it; "joins us from" names where they come from.
    [
      "We're excited to announce that Dr. Ana Ruiz is joining Cohere as vice president of research. Ana joins us from Google DeepMind, where she led work on multilingual models.",
      ['Ana Ruiz:join:Google→Cohere'],
      'names.given',
    ],
    // A past post at an org the catalog does not know: the new post is a hire from elsewhere.
    ['OpenAI said Ana Ruiz, the former chief executive of Nextdoor, is its new chief financial officer.', ['Ana Ruiz:join:-→OpenAI'], 'end.former'],
  ])('%s', readsAs);

  it('a past post at the same org as the new one is still a promotion', () => {
    expect(read('Anthropic said Ana Ruiz, the former head of research at Anthropic, is its new chief technology officer.').moves).toEqual(['Ana Ruiz:promotion:-→Anthropic']);
  });

  it('a given name shared by two people the article names is nobody', () => {
    const r = read('Ana Ruiz and Ana Cole are joining Cohere. Ana joins us from Google DeepMind.');
    expect(r.fired).not.toContain('names.given');
  });

  it('a move known only from a LinkedIn profile is a rumour', () => {
    const r = recognize('Ana Ruiz, a former Google Brain researcher, now works at Anthropic, according to her LinkedIn profile.', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['Ana Ruiz', 'join', 'rumoured']]);
  });
});

describe('a sixtieth and a sixty-first batch (feed items with look-alikes): what their blind scores showed', () => {
  it('a denial in the sentence after a rumour, with no move of its own, denies it', () => {
    const r = recognize('有消息称，小米大模型团队负责人宋立将于近期离职。对此，小米方面回应称，该消息不实。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'denied']]);
  });

  it('a move reported as fact is not undone by a denial after it (that may be of a detail)', () => {
    const r = recognize('Ana Ruiz has left Cohere for Mistral AI, the company said. Cohere denied that it had offered her a retention bonus.', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['Ana Ruiz', 'reported']]);
  });

  it.each<[string, RuleId | null]>([
    // The headline's move is the one the body retells as biography.
    ['专访｜前谷歌科学家宋立：我为什么选择回国创业\n2019年，宋立离开谷歌回国，创办了一家专注于语音大模型的公司。', 'block.past'],
    // A campus hiring programme: 应届 is no name, nor "Top Seed" a person.
    ['字节跳动Seed团队近日启动2026届Top Seed人才计划，面向全球招募大模型方向的应届博士，入选者将加入Seed各研究方向。', 'block.no-subject'],
  ])('%s: no move', readsNoMove);

  it('a headline whose move the body tells as news stays', () => {
    expect(read('前谷歌科学家宋立离职创业\n宋立已于本月离开谷歌，创办了一家专注于语音大模型的公司。').moves).toEqual(['宋立:founding:Google→-']);
  });
});

describe('moves-dev misses, as general rules', () => {
  it.each<Case>([
    // The one "with" whom someone leads jointly leads too.
    ['腾讯宣布，前百度副总裁宋立将与夏云帆共同领导混元大模型团队。', ['宋立:join:Baidu→Tencent', '夏云帆:promotion:-→Tencent'], 'subject.list'],
    // A space between 原 and a Latin name still makes the org a former one.
    ['原 Scale AI CEO Ana Ruiz 将领导 Meta 的超级智能实验室。', ['Ana Ruiz:join:Scale AI→Meta'], 'end.former'],
  ])('%s', readsAs);
});

describe('a sixty-second batch (English verb forms): what its blind score showed', () => {
  it.each<Case>([
    // "is out as" a post: a departure.
    ['Ana Ruiz is out as chief executive of Cohere after less than a year in the job.', ['Ana Ruiz:departure:Cohere→-'], 'subject.before'],
    // "brought in" before a name is a hire, and "in" there opens no place.
    ['xAI has brought in Ana Ruiz, a former Google vice president of infrastructure, to lead its data centres.', ['Ana Ruiz:join:Google→xAI'], 'subject.object'],
    // "had been" in the next sentence tells where someone came from.
    ['"After five wonderful years, I\'m joining Anthropic," Ana Ruiz wrote on Friday. She had been a member of OpenAI\'s alignment team.', ['Ana Ruiz:join:OpenAI→Anthropic'], 'article.came-from'],
    // A product's team is its maker's unit; an apposition naming a unit of the hirer's own org makes a promotion.
    ['Apple has tapped Ana Ruiz, a Siri veteran, to lead a new unit building AI answers.', ['Ana Ruiz:promotion:-→Apple'], 'end.coreference'],
    ["The latest to move is Ana Ruiz, a research lead on Gemini's reasoning team, who joined Meta last week.", ['Ana Ruiz:join:Google→Meta'], 'end.attributive'],
  ])('%s', readsAs);

  it('"in" after a place word still opens a place, not a name', () => {
    expect(read('Cohere has opened an office in San Francisco and hired researchers.').moves).toEqual([]);
  });
});

describe('a sixty-third batch (Chinese verb forms): what its blind score showed', () => {
  it.each<Case>([
    // "下一站是" names where someone goes; "下一站尚未确定" names nowhere.
    ['离开百度后，前百度研究员宋立的下一站是腾讯混元。', ['宋立:join:Baidu→Tencent'], 'trigger'],
  ])('%s', readsAs);

  it('"其下一站尚未确定" is a departure to nowhere named', () => {
    expect(read('百度文心大模型技术负责人宋立已于近日从百度离职，其下一站尚未确定。').moves).toEqual(['宋立:departure:Baidu→-']);
  });
});

describe('a sixty-fourth batch (long English items): what its blind score showed', () => {
  it.each<Case>([
    // "was excited to welcome X" is active: the welcomed person moves, not the speaker.
    [
      "Ben Cole, Anthropic's head of product, said the company was excited to welcome Ana Ruiz, who joins from Cohere as head of payments engineering.",
      ['Ana Ruiz:join:Cohere→Anthropic'],
      'subject.object',
    ],
    // A passive still reads as one: "was quietly hired by", "被辞退".
    ['Ana Ruiz was quietly hired by Anthropic last month.', ['Ana Ruiz:join:-→Anthropic'], 'subject.before'],
  ])('%s', readsAs);

  it.each<[string, RuleId]>([
    // An honour is no post, and an org in a biographical clause is no place for one.
    ['Ana Ruiz, who left OpenAI in 2021 to found Nimbus Labs, was named a MacArthur fellow on Wednesday.', 'block.object'],
  ])('%s: no move', readsNoMove);
});

describe('a sixty-fifth batch (long Chinese items): what its blind score showed', () => {
  it.each<Case>([
    // The speaker of a first-person quote may be described between the quote and the name.
    ['“我已经从百度离职了，”前百度研究员宋立在接受采访时表示，“接下来会专注于自己的创业项目。”', ['宋立:departure:Baidu→-'], 'subject.quoted'],
    ['"Today was my last day at Cohere," former Cohere researcher Ana Ruiz wrote on Friday.', ['Ana Ruiz:departure:Cohere→-'], 'subject.quoted'],
  ])('%s', readsAs);

  it('a pronoun between the quote and a name is another speaker: no move of theirs', () => {
    expect(read('"I am leaving Cohere," she told Ana Ruiz, who said nothing.').moves).toEqual([]);
  });
});

describe('a sixty-sixth batch (the look-alikes the issue names): what its blind score showed', () => {
  it.each<[string, RuleId | null]>([
    // Moving house, not job.
    ["Cohere co-founder Ana Ruiz is moving to Singapore to open the company's first Asian office.", null],
    // An offer turned down, a new reporting line, a threat, a job listing, a keynote by someone who left long ago.
    ['Ana Ruiz, OpenAI’s chief research officer, turned down an offer from Meta worth more than $300 million.', null],
    ["Google DeepMind's Gemini app team will now report to Ana Ruiz, the company said.", null],
    ["Several senior researchers threatened to quit xAI over the chatbot's behaviour, including Ana Ruiz.", null],
    ['Anthropic is hiring a head of developer relations. The role reports to chief product officer Ana Ruiz.', null],
    ['Ana Ruiz, who left Meta last year to start a research lab, gave the keynote at NeurIPS on Tuesday.', null],
  ])('%s: no move', (text) => expect(read(text).moves).toEqual([]));

  it('moving to an org is still a move', () => {
    expect(read('Ana Ruiz is moving to Anthropic after six years at Cohere.').moves).toEqual(['Ana Ruiz:departure:Cohere→Anthropic']);
  });
});

describe('a sixty-seventh batch (hard subjects): what its blind score showed', () => {
  it('the one a pronoun successor replaces, who is leaving, leaves the post where the appointment told before is', () => {
    const r = read('Cohere has promoted its head of search, Ana Ruiz, to chief technology officer. She replaces Ben Cole, who is leaving to start a company.');
    expect(r.moves).toEqual(['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:departure:Cohere→-']);
  });

  it('the one replaced who stays in the company is not taken to leave it', () => {
    const r = read("Cohere has hired Ana Ruiz, who spent 14 years at Google, as its chief product officer. Ruiz replaces co-founder Ben Cole, who will focus on the company's browser.");
    expect(r.moves).toContain('Ana Ruiz:join:Google→Cohere');
    expect(r.moves).not.toContain('Ben Cole:departure:Cohere→-');
  });
});

describe('a sixty-eighth batch (Chinese subjects and ends): what its blind score showed', () => {
  it.each<Case>([
    // A name at a clause start may be followed by a gloss in parentheses, whose 原 names where they were.
    ['记者获悉，宋立（原百度文心大模型首席技术官）已加入腾讯，担任混元大模型负责人。', ['宋立:join:Baidu→Tencent'], 'subject.before'],
    // "此前，她在…" in the sentence after an appointment tells where she came from.
    ['宋立被任命为腾讯混元首席科学家。此前，她在谷歌DeepMind担任高级研究科学家长达七年。', ['宋立:join:Google→Tencent'], 'article.came-from'],
    ['Ana Ruiz was named chief scientist of Cohere. Previously, she was a research director at Google DeepMind.', ['Ana Ruiz:join:Google→Cohere'], 'article.came-from'],
  ])('%s', readsAs);
});

describe('a sixty-ninth batch (Chinese look-alikes beside internal moves): what its blind score showed', () => {
  it('coming back from a leave is no return to an employer', () => {
    const r = read('月之暗面产品副总裁宋立宣布休假三个月，将于明年初回归工作岗位。');
    expect(r.moves).toEqual([]);
    expect(r.blocked).toContain('block.temporary');
  });

  it.each<Case>([
    // 兼任: a post held beside one's own is a promotion.
    ['百度集团首席技术官宋立近日兼任文心大模型事业部负责人。', ['宋立:promotion:-→Baidu'], 'trigger'],
    // A return after a leave of someone else's is still a return.
    ['夏云帆休产假期间，宋立已回归腾讯，出任混元大模型负责人。', ['宋立:return:-→Tencent'], 'trigger'],
  ])('%s', readsAs);
});

describe("a seventieth batch (a newsletter's shorthand): what its blind score showed", () => {
  it('an arrow between two orgs after a name is a move from one to the other, and org names make no Title-Case line', () => {
    const r = read('Talent tracker, week 47\n- Ana Ruiz: Google DeepMind → Anthropic (interpretability)\n- Ben Cole: OpenAI → Thinking Machines Lab');
    expect(r.moves).toEqual(['Ana Ruiz:departure:Google→Anthropic', 'Ben Cole:departure:OpenAI→Thinking Machines Lab']);
  });

  it('an arrow with nobody named before it is no move', () => {
    expect(read('Anthropic → OpenAI: a safety researcher switches sides').moves).toEqual([]);
  });
});

describe('a seventy-first batch (foundings): what its blind score showed', () => {
  it.each<Case>([
    // A founding told through its funding.
    ['Ana Ruiz, who led agent research at OpenAI until September, has raised $40 million for her new company, Tessellate Labs.', ['Ana Ruiz:founding:OpenAI→Tessellate Labs'], 'trigger'],
    // 离职创业 then a company founded by name: the founding is done, so it is the move.
    ['前百度文心研究员宋立已离职创业，并成立了一家名为“深流智能”的公司，目前已完成天使轮融资。', ['宋立:founding:Baidu→深流智能'], 'trigger'],
  ])('%s', readsAs);

  it('a company "成立于2019年" dates the company; nobody founds it now', () => {
    expect(read('宋立所在的深流智能成立于2019年，专注于金融领域的智能体。').moves).toEqual([]);
  });
});

describe('a seventy-fifth batch (a 人事 column, denials, 转岗): what its blind score showed', () => {
  it('items split by semicolons each have their own origin and role; a new post at another org than the one someone is "原" of is a join', () => {
    const text = '人事速览\n一、前百度研究员宋立已加入腾讯，负责自动驾驶大模型；二、原月之暗面研究院院长夏云帆出任小米首席科学家；三、Mistral AI预训练负责人钱一鸣离职。';
    expect(read(text).moves).toEqual(['宋立:join:Baidu→Tencent', '夏云帆:join:Moonshot AI→Xiaomi', '钱一鸣:departure:Mistral AI→-']);
    expect(read(text).fired).toContain('end.former');
    expect(recognize(text, index, { year: 2026 }).moves.map((m) => m.role)).toEqual([null, 'Chief Scientist', null]);
  });

  it('上周 is a time, not a name, and "仍在交接阶段" (still handing over) denies nothing', () => {
    const r = recognize('腾讯混元负责人宋立已于上周提出离职，目前仍在交接阶段。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['宋立', 'departure', 'reported']]);
  });

  it.each([['针对网传百度副总裁宋立已离职加入腾讯一事，百度方面回应称，宋立仍在百度正常工作。'], ['针对网传百度副总裁宋立已离职加入腾讯一事，百度方面回应称，宋立仍在公司正常工作。']])(
    'still at the org, or at the company, denies: %s',
    (text) => {
      expect(recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'denied']]);
    },
  );
});

describe('a seventy-fourth batch (moves in fewer words, look-alikes): what its blind score showed', () => {
  it.each<[string, RuleId | null]>([
    // A role that goes on is no new post, in a reorganisation or not.
    ['Google is moving the team behind its assistant, led by Ana Ruiz, under Google DeepMind. Ruiz will continue to lead the group.', 'event.reorg'],
    // Banks and law firms hired as advisers are orgs of the catalog, not people with names like "Goldman Sachs".
    ['OpenAI has hired Goldman Sachs and Morgan Stanley to advise on a secondary share sale.', 'block.no-subject'],
    // A post held now, where the person has long worked, is no move.
    ['Ana Ruiz now leads the safety team at Google, where she has worked since 2019.', 'event.held-now'],
  ])('%s: no move', readsNoMove);

  it('a report the company calls "completely false" is denied', () => {
    const r = recognize('A Google spokesperson said reports that Ana Ruiz was leaving to start her own company were "completely false".', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['Ana Ruiz', 'departure', 'denied']]);
  });
});

describe('the seventy-second to seventy-fourth batches: moves in fewer words', () => {
  it.each<Case>([
    // One more in a string of exits, with the org in the headline.
    ['The latest exit at xAI\nAna Ruiz, the company’s head of inference, is the latest to walk out the door.', ['Ana Ruiz:departure:xAI→-'], 'trigger'],
    // A post held now, after a time clause that tells where they were.
    ["Four months after leaving Google, Ana Ruiz now runs Microsoft's new robotics group.", ['Ana Ruiz:join:Google→Microsoft'], 'trigger'],
    // A verb between a name and the move word ("选择投奔"); rejoining an org one is "前" of is a return.
    ['前微软研究员宋立选择投奔老东家，重新加入微软，出任首席科学家。', ['宋立:return:-→Microsoft'], 'end.same-org'],
    // A post in the first person, the move word opening with "my" or "I", is its signer's.
    ['Moving on\nAfter seven years, today is my last day at Google. Next week I start at Anthropic. — Ana Ruiz', ['Ana Ruiz:departure:Google→Anthropic'], 'subject.signed'],
  ])('%s', readsAs);
});

describe('the seventy-sixth and seventy-seventh batches (names as coverage writes them): what their blind scores showed', () => {
  it.each<Case>([
    // Compound surnames: two characters, then one or two given characters.
    ['前百度技术负责人欧阳若水已正式加盟腾讯，出任首席科学家。', ['欧阳若水:join:Baidu→Tencent'], 'end.object'],
    ['腾讯今日宣布，原百度副总裁司马云帆出任腾讯首席技术官。', ['司马云帆:join:Baidu→Tencent'], 'end.former'],
    // A transliterated name, its parts joined by a middle dot; a given name never opens with 已.
    ['腾讯近日迎来一位新成员：前谷歌研究科学家安娜·鲁伊斯已加入公司，负责多模态预训练。', ['安娜·鲁伊斯:join:Google→Tencent'], 'subject.before'],
    // A rarer surname.
    ['百度副总裁禹一鸣已于本月初离职。', ['禹一鸣:departure:Baidu→-'], 'end.before'],
    // The unit right after the org "从" introduces is the same place: the hirer is before it.
    ['腾讯近日从阿里巴巴通义实验室挖来研究员宋立，宋立将加入腾讯混元团队。', ['宋立:join:Alibaba→Tencent'], 'end.hirer'],
    // A hyphenated given name ("Jae-won") is part of the name, though normalising turns the hyphen into a space.
    ['Ji-won Park, a research scientist on Gemini, has left Google for xAI.', ['Ji-won Park:departure:Google→xAI'], 'end.connector'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // Joining others in an action is no move.
    ['In a talk on Monday, Anthropic policy head Ana Ruiz joined other labs in calling for shared safety standards.', 'block.object'],
    // Whoever the others are: "joined researchers at OpenAI and Google in signing" is no move to either.
    ['Ana Ruiz joined researchers at OpenAI and Google in signing an open letter on model evaluations.', 'block.object'],
  ])('%s: no move', readsNoMove);
});

describe('the seventy-eighth and seventy-ninth batches (orgs by nickname and by reference): what their blind scores showed', () => {
  it.each<Case>([
    // "这家公司": the company the sentence before names as acting, not the one people come from.
    ['腾讯再次从百度挖人。前百度研究员宋立已加入这家公司，出任首席科学家。', ['宋立:join:Baidu→Tencent'], 'end.company-ref'],
    ['Cohere is hiring again from Google. Former Google researcher Ana Ruiz has joined the company as head of research.', ['Ana Ruiz:join:Google→Cohere'], 'end.company-ref'],
    // A company's nickname is the company: leaving 鹅厂 is leaving Tencent.
    ['腾讯AI Lab负责人宋立已于近日离开鹅厂，将自主创业。', ['宋立:departure:Tencent→-'], 'end.object'],
  ])('%s', readsAs);

  it('handing part of a post to someone is their promotion; the one who hands it over stays', () => {
    const r = read("Google's head of research, Ana Ruiz, is handing responsibility for its assistant to Ben Cole. Ruiz will stay on.");
    expect(r.moves).toEqual(['Ben Cole:promotion:-→Google']);
    expect(r.blocked).toContain('block.stays');
  });

  it('an internal post quoted as the source makes the move a rumour', () => {
    const r = recognize('Meta has hired Ana Ruiz, previously a vice president at Google, according to an internal post.', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['Ana Ruiz', 'rumoured']]);
  });
});

describe('the eightieth and eighty-first batches (moves inside longer reports): what their blind scores showed', () => {
  it('where a leaver goes, told after 去向, is their destination; 其 there is the leaver named before', () => {
    const r = read('百度副总裁宋立已提出离职。记者获悉，其离职后的去向也已确定——腾讯，将负责元宝的产品工作。');
    expect(r.moves).toEqual(['宋立:departure:Baidu→Tencent']);
    expect(r.fired).toContain('subject.pronoun');
  });

  it('a founding last year (去年) in a funding story is background', () => readsNoMove('红杉中国领投了深维科技的A轮融资，该公司由前百度工程师宋立于去年创办。', 'block.past'));
});

describe('the eighty-second and eighty-third batches (universities, government, Traditional Chinese): what their blind scores showed', () => {
  it.each<Case>([
    // An org after a word of going there (转往) is where the leaver goes, not what they leave.
    ['百度研究院院长宋立已于日前请辞，将转往腾讯担任首席科学家。', ['宋立:departure:Baidu→Tencent'], 'end.connector'],
    // "the university", "the company": the org of that kind named before.
    ['Ana Ruiz, a professor at MIT who has advised Cohere since 2023, has left the university to join the company full time.', ['Ana Ruiz:departure:MIT→Cohere'], 'end.company-ref'],
    // A government office is an org of the catalog: the White House hires, it is no one's name.
    ['The White House has named Ana Ruiz, who led policy research at Anthropic until this spring, as a senior adviser on AI.', ['Ana Ruiz:join:Anthropic→White House'], 'end.hirer'],
  ])('%s', readsAs);

  it('a time after a role is not part of it', () => {
    const r = recognize('After five years at Google, Ana Ruiz is joining Cohere as head of research this fall.', index, { year: 2026 });
    expect(r.moves.map((m) => m.role)).toEqual(['Head of Research']);
  });
});

describe('the eighty-fourth and eighty-fifth batches (partings, and the same words about other things): what their blind scores showed', () => {
  it.each<Case>([
    // An org parts ways with the person after it.
    ['Cohere has parted ways with its head of research, Ana Ruiz, the company said on Thursday.', ['Ana Ruiz:departure:Cohere→-'], 'subject.object'],
    // 挥别 is a leave word like 告别.
    ['百度文心负责人宋立挥别百度，正式加盟腾讯，出任技术负责人。', ['宋立:departure:Baidu→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it("a conference's committee chair is an honour, not a post", () => readsNoMove('清华大学教授、腾讯首席科学家宋立被任命为2026年人工智能国际会议程序委员会主席。', 'block.object'));
});

describe('the eighty-sixth and eighty-seventh batches (orgs by unit or product): what their blind scores showed', () => {
  it('the loss told before a colon, naming nobody, is where the person after it comes from', () =>
    readsAs("Another member of Google's Gemini team has left: research scientist Ana Ruiz joined Cohere this week.", ['Ana Ruiz:join:Google→Cohere'], 'article.told-origin'));

  it('加入 of features added to a product is no move', () => readsNoMove('百度副总裁宋立在发布会上宣布新版模型正式上线，并加入了多项智能体能力。', 'block.object'));

  it('豆包大模型 is a unit of ByteDance', () => {
    const r = recognize('据知情人士透露，豆包大模型视觉负责人宋立已于近日离职。', buildMatchIndex([orgWatch('ByteDance', { id: 1 })], catalog), { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.from?.org])).toEqual([['宋立', 'departure', 'ByteDance']]);
  });
});

describe('the eighty-eighth and eighty-ninth batches (status and time): what their blind scores showed', () => {
  it('a move called off ("will not be joining … after all") is denied', () => {
    const r = recognize("Ben Cole, xAI's head of infrastructure, will not be joining OpenAI after all, a spokesperson said.", index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['Ben Cole', 'denied']]);
  });

  it('the departure of someone described before a comma is theirs', () =>
    readsAs("The departure of Cohere's head of recruiting, Ana Ruiz, first reported last week, was confirmed by the company on Friday.", ['Ana Ruiz:departure:Cohere→-'], 'subject.noun'));

  it('拟 and 或 after a name end it; no name overlaps one found before; 据了解 is a source', () => {
    const r = recognize('据了解，前百度研究员宋一鸣拟加入腾讯，腾讯研究员夏云帆或将加盟Cohere。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([
      ['宋一鸣', 'rumoured'],
      ['夏云帆', 'rumoured'],
    ]);
  });
});

describe('the ninetieth and ninety-first batches (moves deep in feature-length items): what their blind scores showed', () => {
  it('unnamed people as the source ("two people said") make the move a rumour', () => {
    const r = recognize('Its leader, Ana Ruiz, has now left xAI for Microsoft, where she will oversee data center design, two people said.', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['Ana Ruiz', 'rumoured']]);
  });
});

describe('an earlier rumour the sentence settles', () => {
  it('a rumour word in a clause that opens with 此前/previously does not make the confirmed move a rumour', () => {
    const r = recognize('百度联合创始人宋立已确认将加盟腾讯，此前市场一直传闻他将离开百度。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['宋立', 'join', 'reported']]);
  });
});

describe('the ninety-second to ninety-fifth batches (real moves in wire, trade-press and feed shapes): what their blind scores showed', () => {
  it.each<Case>([
    // An adverb between the auxiliary and the verb.
    ['Co-founder Ana Ruiz and part of the research team will also join Google DeepMind.', ['Ana Ruiz:join:-→Google'], 'trigger'],
    // "their" owns every name of the list before it, a title between them.
    [
      'Hours later, chief research officer Ana Ruiz and research vice president Ben Cole also announced their departures from OpenAI.',
      ['Ana Ruiz:departure:OpenAI→-', 'Ben Cole:departure:OpenAI→-'],
      'subject.noun',
    ],
    // The headline's move takes its origin from how the next sentence describes the person.
    ["Ana Ruiz heads to Mistral AI\nAna Ruiz, one of the leaders of OpenAI's agents team, said she would start next month.", ['Ana Ruiz:join:OpenAI→Mistral AI'], 'end.described-elsewhere'],
    // A return's origin is where the biography went, not the org returned to.
    ['Ben Cole returns to Google\nBen Cole, who left Google in 2021 to co-found Nimbus Labs, is going back to the search company.', ['Ben Cole:return:Nimbus Labs→Google'], 'end.described-elsewhere'],
    // A transliterated name whose last part starts with a surname is read whole; a founder before 创办的 is no mover,
    // and 迎来新成员 takes its newcomer from the next clause.
    ['前OpenAI研究员亚当·舒尔曼创办的月之暗面迎来新成员，Anthropic联合创始人约翰·宋出任首席科学家。', ['约翰·宋:join:Anthropic→Moonshot AI'], 'subject.noun'],
  ])('%s', readsAs);

  it('the unnamed sources told again ("the people said") keep the move a rumour', () => {
    const r = recognize('Ana Ruiz is leaving Apple for Meta, according to people with knowledge of the matter. Ben Cole will take over her team at Apple, the people said.', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([
      ['Ana Ruiz', 'rumoured'],
      ['Ben Cole', 'rumoured'],
    ]);
  });
});

describe('the ninety-sixth to ninety-ninth batches (real people in longer constructions, and look-alikes): what their blind scores showed', () => {
  it.each<Case>([
    // A conjunction before the person opens their own clause: they are not the object of the verb before it.
    ['Mistral AI names interim CEO as Ana Ruiz joins Meta', ['Ana Ruiz:join:Mistral AI→Meta'], 'subject.before'],
    // A title opening the sentence is not part of the name.
    ['Founder Ana Ruiz is joining Meta to work on its superintelligence efforts.', ['Ana Ruiz:join:-→Meta'], 'subject.before'],
    // The one founded "with" founds too, from the org their apposition names.
    [
      'Ben Cole is leaving OpenAI to co-found Nimbus Labs with Ana Ruiz, a former Google DeepMind researcher.',
      ['Ben Cole:departure:OpenAI→Nimbus Labs', 'Ana Ruiz:founding:Google→Nimbus Labs'],
      'subject.also',
    ],
    // A seat on "the board" is a join at the org the sentence before names.
    [
      'Tomas Berg has returned to OpenAI as chief executive. Ana Ruiz, the former president of Salesforce, will chair the new board.',
      ['Tomas Berg:return:-→OpenAI', 'Ana Ruiz:join:Salesforce→OpenAI'],
      'trigger',
    ],
    // "will be" and a title is a post; a "from" inside another verb's clause is not its origin.
    ["Mark Lee said Ana Ruiz, who joined Meta from OpenAI in June, will be chief scientist of Meta's new lab.", ['Ana Ruiz:promotion:-→Meta'], 'trigger'],
    // The headline's hire of someone the body calls "its" senior vice president is a promotion.
    [
      'OpenAI taps Ana Ruiz as chief research officer\nOpenAI has tapped Ana Ruiz, its senior vice president of research, as chief research officer. Ruiz has been at OpenAI since 2018.',
      ['Ana Ruiz:promotion:-→OpenAI'],
      'end.coreference',
    ],
  ])('%s', readsAs);

  it('an honour is no name: "a Turing Award winner" moves nowhere', () => {
    const r = recognize("Ben Cole, Meta's chief AI scientist and a Turing Award winner, is planning to leave the company, the Financial Times reported.", index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.status])).toEqual([['Ben Cole', 'rumoured']]);
  });

  it('no name starts inside a name that opens its clause ("，宋文浩确已离开" holds no "文浩确")', () => {
    const r = recognize('对于联合创始人宋文浩离职的传闻，零一万物回应称，宋文浩确已离开公司，但与公司保持良好关系。', buildMatchIndex([orgWatch('01.AI', { id: 1 })], catalog), { year: 2026 });
    expect(r.moves.map((m) => m.person)).toEqual(['宋文浩']);
  });

  it("a rumour the sentence goes on to confirm is reported; 据…消息 is another outlet's claim", () => {
    expect(recognize('对于联合创始人宋立离职的传闻，腾讯回应称，宋立确已离开公司。', index, { year: 2026 }).moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'reported']]);
    expect(recognize('据界面新闻消息，百度原副总裁宋立已于近日离开百度，加入腾讯。', index, { year: 2026 }).moves.map((m) => [m.person, m.status])).toEqual([['宋立', 'rumoured']]);
  });

  it("a memo its author is named for is the org's word, one seen by an outlet a rumour", () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => m.status);
    expect(status('OpenAI has named Ana Ruiz chief research officer, according to a memo from chief operating officer Ben Cole.')).toEqual(['reported']);
    expect(status('OpenAI has named Ana Ruiz chief research officer, according to a memo seen by Reuters.')).toEqual(['rumoured']);
  });
});

describe('the hundredth to hundred-and-third batches (scoops, team moves, look-alikes about real people): what their blind scores showed', () => {
  it.each<Case>([
    // After a list of the hired, the words about them follow its last name, and they are every name's.
    [
      "Meta has hired Ana Ruiz, Ben Cole and Tomas Berg, the three researchers who built OpenAI's Paris office together.",
      ['Ana Ruiz:join:OpenAI→Meta', 'Ben Cole:join:OpenAI→Meta', 'Tomas Berg:join:OpenAI→Meta'],
      'end.attributive',
    ],
    // "is hiring" before a name; a bare title after the first name is a post at that name's org.
    ['Google is hiring Cohere chief executive Ana Ruiz, co-founder Ben Cole and some of its research staff.', ['Ana Ruiz:join:Cohere→Google', 'Ben Cole:join:Cohere→Google'], 'end.attributive'],
    // The one replaced, described before 的 at the clause's end; a successor with nobody named after the verb replaces no one here.
    ['蚂蚁集团宣布，高级副总裁宋立出任首席技术官，接替已于上月离职的夏云帆。', ['宋立:promotion:-→Ant Group', '夏云帆:departure:Ant Group→-'], 'subject.object'],
    // 和 that ends a name before 、 is part of it.
    ['月之暗面的三名研究员——宋立、严清和、夏云帆已于近日集体离职。', ['宋立:departure:Moonshot AI→-', '严清和:departure:Moonshot AI→-', '夏云帆:departure:Moonshot AI→-'], 'subject.list'],
    // "下一站或是" is where a leaver may go, not what they leave.
    ['据知情人士透露，快手可灵负责人宋立已提出离职，下一站或是阿里巴巴。', ['宋立:departure:Kuaishou→Alibaba'], 'end.object'],
    // 傅 is a surname.
    ['在百度工作了十二年的前副总裁傅承远已正式加入华为。', ['傅承远:join:Baidu→Huawei'], 'subject.before'],
  ])('%s', readsAs);

  it('a successor with nobody named after the verb makes no departure of their own', () => {
    expect(read('Ant Group said Ana Ruiz will become its CTO, replacing a colleague who retired.').moves).toEqual(['Ana Ruiz:promotion:-→Ant Group']);
  });

  it.each<[string, RuleId]>([
    // Content on a platform that is a unit of a watched org.
    ['Ana Ruiz returned to YouTube on Sunday with a four-hour video on how language models are trained.', 'block.object'],
    // A politician one appears with.
    ['OpenAI chief executive Ana Ruiz joined President Ben Cole at the White House on Tuesday to announce a data center project.', 'block.object'],
    // Outside counsel, not staff.
    ['Meta has hired a team of outside lawyers led by Ben Cole to defend it in the antitrust case.', 'block.object'],
    // 加入 of a product into more scenarios.
    ['腾讯总裁宋立出席公司年会，并宣布混元大模型将加入更多业务场景。', 'block.object'],
    // Someone else's departure, owned before 的.
    ['百川智能创始人宋立在朋友圈转发了一篇前员工的离职感言。', 'block.no-subject'],
  ])('no move: %s', readsNoMove);
});

describe('the hundred-and-fourth to hundred-and-seventh batches (references, transliterated names, releases, announcements): what their blind scores showed', () => {
  it.each<Case>([
    // "The executive, who …, will join": the subject opens the sentence, an aside before the verb.
    [
      "Google's vice president for Gemini growth, Ana Ruiz, is leaving the company. The executive, who spent nine years at Google, will join Cohere next month.",
      ['Ana Ruiz:departure:Google→Cohere'],
      'subject.pronoun',
    ],
    // A first-person quote said by "the 38-year-old": the one person named before.
    [
      'Mistral AI has a new chief scientist. Ben Cole, 38, spent six years at Google DeepMind. "I\'m thrilled to join Mistral at this moment," the 38-year-old said.',
      ['Ben Cole:join:Google→Mistral AI'],
      'subject.pronoun',
    ],
    // The sentence after, opening with a pronoun, tells where the hired person was.
    ['Anthropic has hired Tomas Berg. He ran preparedness at OpenAI until March and will lead a new team at Anthropic.', ['Tomas Berg:join:OpenAI→Anthropic'], 'end.described-elsewhere'],
    // "Dr. Cole" is the Ben Cole named before.
    ["Cohere is pleased to welcome Dr. Ben Cole as Head of Research. Dr. Cole joins Cohere from Meta's FAIR lab.", ['Ben Cole:join:Meta→Cohere'], 'names.surname'],
    // A transliterated name ends before a time word; its last part alone, elsewhere, is the same person.
    ['OpenAI联合创始人苏茨克维宣布离职\nOpenAI联合创始人、首席科学家伊利亚·苏茨克维当地时间周二宣布离职。', ['伊利亚·苏茨克维:departure:OpenAI→-'], 'names.surname'],
    // A foreign name written without a dot.
    ['知名AI研究员卡帕西确认已离开OpenAI。', ['卡帕西:departure:OpenAI→-'], 'subject.before'],
    // An appointment whose next sentence (surname and honorific) tells a post elsewhere is a join; 首席财务官 is CFO.
    ['商汤集团董事会宣布，委任宋静怡女士为本公司首席财务官。宋女士此前任职于高盛集团。', ['宋静怡:join:Goldman Sachs→SenseTime'], 'end.described-elsewhere'],
  ])('%s', readsAs);

  it('三六零 is Qihoo 360, and 首席财务官 reads as CFO', () => {
    const qihoo = buildMatchIndex([orgWatch('Qihoo 360', { id: 1 })], catalog);
    expect(recognize('三六零公告称，董事会同意聘任邬嘉树先生为公司首席财务官。', qihoo, { year: 2026 }).moves.map((m) => [m.person, m.to?.org, m.role])).toEqual([['邬嘉树', 'Qihoo 360', 'CFO']]);
  });

  it('no move: a departure that describes the people after 的 ("离开公司的前同事们")', () =>
    readsNoMove('OpenAI首席执行官奥特曼在播客中表示，他还谈到了离开公司的前同事们。', 'block.relative-clause'));
});

describe('the hundred-and-eighth to hundred-and-eleventh batches (social posts, flashes, status words): what their blind scores showed', () => {
  it.each<Case>([
    // Orgs as handles, a stint "at @Handle", and the post's signer.
    ["Personal news: after 5 great years at @GoogleDeepMind, I'm joining @AnthropicAI to work on interpretability! — Ana Ruiz", ['Ana Ruiz:join:Google→Anthropic'], 'subject.signed'],
    // "starting a new position"; a stint opening a later sentence; a signature after hashtags.
    [
      "I'm happy to share that I'm starting a new position as Staff Research Engineer at OpenAI! After four years at Microsoft Research, it's time for a new chapter. #NewJob #AI — Ben Cole",
      ['Ben Cole:join:Microsoft→OpenAI'],
      'end.described-elsewhere',
    ],
    // A Chinese signature after a dash; a stint said to end (结束了在…的旅程).
    ['个人消息：结束了在字节跳动五年的旅程，下周起我将加入月之暗面，继续做多模态。感谢一路同行的伙伴们！——宋立', ['宋立:join:ByteDance→Moonshot AI'], 'subject.signed'],
    // 有 may follow a name ("有望出任").
    ['据知情人士透露，小米大模型团队负责人戚远帆有望出任小米集团技术委员会主席。', ['戚远帆:promotion:-→Xiaomi'], 'subject.before'],
    // "currently … at X" names where the person comes from.
    ['xAI is expected to name Ana Ruiz, currently finance chief at SpaceX, as its chief financial officer.', ['Ana Ruiz:join:SpaceX→xAI'], 'end.attributive'],
  ])('%s', readsAs);
});

describe('the hundred-and-twelfth to hundred-and-fifteenth batches (labs and universities, round-ups): what their blind scores showed', () => {
  it.each<Case>([
    // 全职 is no name; a professor's full-time move.
    ['清华教授全职加盟智谱\n清华大学计算机系教授冼明朗已全职加盟智谱AI，出任首席科学家。', ['冼明朗:join:Tsinghua University→Zhipu AI'], 'subject.before'],
    // A post at another org than the one the person's title names is a join there.
    ['北京大学教授宋立将兼任百度首席科学家，同时保留在北大的教职。', ['宋立:join:Peking University→Baidu'], 'end.attributive'],
    // 复旦大学 is in the catalog: a return to teaching there, not to the former employer.
    ['前字节跳动AI Lab科学家宋立已回到复旦大学任教。', ['宋立:return:ByteDance→Fudan University'], 'end.object'],
    // 迎来新院长 names the newcomer after it.
    ['此外，京东探索研究院迎来新院长晏子期。', ['晏子期:join:-→JD.com'], 'subject.object'],
    // An org's recent hire told in a relative clause.
    ['Elsewhere, Cohere, which hired former Apple search lead Ana Ruiz last month, launched a new browser.', ['Ana Ruiz:join:Apple→Cohere'], 'subject.object'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // A secondment ends in a return that is no move.
    ['阿里巴巴达摩院研究员宋立近日赴杭州市人工智能办公室挂职一年，挂职期满后将回到达摩院。', 'block.temporary'],
    // "Project Loon" is no person.
    ["Three engineers from Google's Project Loon have spun out a startup, Stratos Labs.", 'block.no-subject'],
  ])('no move: %s', readsNoMove);
});

describe('the hundred-and-sixteenth to hundred-and-nineteenth batches (headline items, everyday words): what their blind scores showed', () => {
  it.each<Case>([
    // "Veteran" in a Title-Case headline is no part of the name.
    ['Google DeepMind Veteran Ana Ruiz Leaves to Launch Agent Startup\nRuiz spent eight years at the lab.', ['Ana Ruiz:departure:Google→-'], 'subject.before'],
    // 牧 is a surname.
    ['快讯丨前阿里达摩院院长牧星河加盟小红书\n牧星河将负责小红书的大模型研发。', ['牧星河:join:Alibaba→Xiaohongshu'], 'subject.before'],
  ])('%s', readsAs);

  it("an org name that is a work's title in 《》 is the work; 这张 counts things", () => {
    const r = recognize('乐评人丁晓舟回到了平克·弗洛伊德的《月之暗面》，他说这张专辑加入了大量合成器音效。', index, { year: 2026 });
    expect(r.moves.filter((m) => m.from || m.to)).toEqual([]);
    expect(r.moves.map((m) => m.person)).not.toContain('张专辑');
  });
});

describe('the hundred-and-twentieth and -twenty-first batches (filings, HKEX announcements): what their blind scores showed', () => {
  it('a filing\'s "decision to resign" is a departure, and "Applied" opens no name', () =>
    readsAs(
      'On March 3, 2026, Ana Ruiz notified Microsoft Corporation of her decision to resign as Senior Vice President, Applied Deep Learning Research, effective March 31, 2026.',
      ['Ana Ruiz:departure:Microsoft→-'],
      'subject.before',
    ));
});

describe('the hundred-and-twenty-second and -third batches (retirements, internal moves): what their blind scores showed', () => {
  it('a leaked internal email ("内部邮件显示") makes the move a rumour, as "according to an internal memo" does', () => {
    const r = recognize('百度内部邮件显示，在百度工作了十五年的首席技术官宋立将于年底荣休。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['宋立', 'departure', 'rumoured']]);
  });
});

describe('the hundred-and-twenty-fourth and -fifth batches (updates, corrections, Q&A, 任免 lists): what their blind scores showed', () => {
  it('an update that confirms makes the rumoured move reported; a bare "departure" takes no org from "on LinkedIn"', () => {
    const r = recognize(
      "Cohere research head departs\nCohere's head of research, Ana Ruiz, is leaving the company, people familiar with the matter said. Update: Ruiz confirmed her departure in a post on LinkedIn on Friday.",
      index,
      { year: 2026 },
    );
    expect(r.moves.map((m) => [m.person, m.event, m.from?.org, m.status])).toEqual([['Ana Ruiz', 'departure', 'Cohere', 'reported']]);
  });

  it('a correction: the move told as fact after a denied one elsewhere is the move', () => {
    const r = recognize('An earlier version of this story said Ben Cole had joined Google DeepMind. He joined Anthropic.', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.to?.org, m.status])).toEqual([['Ben Cole', 'join', 'Anthropic', 'reported']]);
  });

  it.each<Case>([
    // "任命A为…，B为…": each is appointed; 蒯 is a surname.
    ['字节跳动宣布人事任免：任命洪一帆为Seed团队负责人，蒯思远为豆包大模型产品负责人。', ['洪一帆:promotion:-→ByteDance', '蒯思远:promotion:-→ByteDance'], 'subject.list'],
    // A name opening a sentence right before a time.
    ['问：为什么选择离开腾讯？答：想做一些更有意思的事情。黎书白今年3月离开腾讯，创办了AI教育公司“知行学堂”。', ['黎书白:founding:Tencent→知行学堂'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the hundred-and-twenty-sixth and -seventh batches (long-form reports): what their blind scores showed', () => {
  it.each<Case>([
    // A colleague "made the same move": the move of the person named just before, from their own org.
    [
      'Ana Ruiz, who ran infrastructure at xAI, has joined OpenAI. Ben Cole, an engineer at xAI, has made the same move, according to a person familiar with the matter.',
      ['Ana Ruiz:join:xAI→OpenAI', 'Ben Cole:join:xAI→OpenAI'],
      'article.same-move',
    ],
    ['宋立已加盟腾讯。百度研究员夏云帆随后也做出了同样的选择。', ['宋立:join:-→Tencent', '夏云帆:join:Baidu→Tencent'], 'article.same-move'],
    // "记者从腾讯内部获悉": the org a reporter learned from is no origin; "前微软…研究员" is.
    ['记者从腾讯内部获悉，前微软亚洲研究院首席研究员宋立已正式入职腾讯，出任混元大模型技术负责人。', ['宋立:join:Microsoft→Tencent'], 'end.former'],
    // A new remit after giving one up is a move inside.
    ['月之暗面联合创始人之一的夏云帆已不再负责Kimi的产品工作，转而专注于公司的海外业务。', ['夏云帆:promotion:-→Moonshot AI'], 'subject.before'],
  ])('%s', readsAs);

  it('"the people told" (人士告诉) makes a move a rumour', () => {
    const r = recognize('有接近公司的人士告诉记者，月之暗面联合创始人宋立已不再负责产品工作，转而负责海外业务。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['宋立', 'promotion', 'rumoured']]);
  });
});

describe('the hundred-and-twenty-eighth and -ninth batches (real moves; Hong Kong and Taiwan reports): what their blind scores showed', () => {
  it.each<Case>([
    // A Chinese name glossed with a Latin one is one person, named by the Latin one in every sentence.
    ['谷歌研究员宋立（Li Song）已加入腾讯。宋立表示，很高兴加入新团队。', ['Li Song:join:Google→Tencent'], 'names.gloss'],
    ['據彭博社報導，百度研究員宋立（Li Song）將離開百度。宋立2021年加入百度。', ['Li Song:departure:Baidu→-'], 'names.gloss'],
    // After a departure, who takes over "its post" fills the post at the org left, not where the leaver goes.
    ['宋立将离开百度，加盟腾讯。宋立2019年加入百度。知情人士表示，其职务将由夏云帆接任。', ['宋立:departure:Baidu→Tencent', '夏云帆:promotion:-→Baidu'], 'article.same-org'],
    // "前OpenAI技术长穆拉蒂创办的Thinking Machines Lab": the org founded, not the founder's former one, is joined.
    ['夏云帆已加入前OpenAI技术长穆拉蒂创办的Thinking Machines Lab。', ['夏云帆:join:-→Thinking Machines Lab'], 'end.apposition'],
    // A counted object is who was hired; a name clauses later ("led by X") is not; "The four are …" lists them.
    [
      'Meta has hired four more researchers from OpenAI, The Information reported, the latest in a recruiting drive led by Mark Zuckerberg. The four are Ana Ruiz, Ben Cole, Tomas Berg and Li Song.',
      ['Ana Ruiz:join:OpenAI→Meta', 'Ben Cole:join:OpenAI→Meta', 'Tomas Berg:join:OpenAI→Meta', 'Li Song:join:OpenAI→Meta'],
      'article.list',
    ],
    // Whom someone will work alongside is a colleague, not another mover.
    ['Ana Ruiz is joining Meta to work on AI products alongside Ben Cole.', ['Ana Ruiz:join:-→Meta'], 'subject.before'],
    // A long apposition after the hired person still says where they come from.
    ['Amazon has hired Ana Ruiz, the co-founder and chief executive of the AI agent startup Adept, along with several of her colleagues.', ['Ana Ruiz:join:Adept→Amazon'], 'subject.object'],
  ])('%s', readsAs);
});

describe('the hundred-and-thirtieth and -thirty-first batches (trade press; 财经 shapes): what their blind scores showed', () => {
  it.each<Case>([
    // A connector does not reach past ", and" into the next clause's org.
    [
      "xAI's exits\nAna Ruiz left in March to start a venture fund, and Ben Cole, who led Grok's post-training, departed for Anthropic in May.",
      ['Ana Ruiz:departure:xAI→-', 'Ben Cole:departure:xAI→Anthropic'],
      'subject.before',
    ],
    // A memo: "joining us as head of research for Microsoft AI", then "comes to us from Cohere".
    ["I'm excited to share that Ana Ruiz is joining us as head of research for Microsoft AI. Ana comes to us from Cohere.", ['Ana Ruiz:join:Cohere→Microsoft'], 'end.object'],
    // A byline signs an essay told in the first person.
    ["Why I left OpenAI\nBy Ana Ruiz. After four years on OpenAI's policy team, I resigned last month.", ['Ana Ruiz:departure:OpenAI→-'], 'subject.signed'],
    // "投身AI创业" after leaving is a founding done.
    ['百度研究员宋立已经离职，投身AI创业，新公司已完成首轮融资。', ['宋立:founding:Baidu→-'], 'event.founded'],
    // "现调任" dates a new post; "调岗至" is one.
    ['美团人事变动：原基础研发平台负责人宋立现调任核心本地商业CTO。', ['宋立:promotion:-→Meituan'], 'subject.before'],
    ['有消息称，百度集团副总裁宋立将调岗至百度文心一言团队。', ['宋立:promotion:-→Baidu'], 'subject.before'],
  ])('%s', readsAs);

  it('a byline names no one "she" refers to: the reporter of a quote did not move', () => readsNoMove('Ben Cole on leaving OpenAI\nBy Ana Ruiz. "I resigned last month," she told me.', null));
});

describe('the hundred-and-thirty-second and -third batches (orgs named by a unit or product): what their blind scores showed', () => {
  it('"the Llama models" name Meta\'s AI unit', () =>
    readsAs('Ana Ruiz, who led pretraining for the Llama models, has left to join Mistral AI.', ['Ana Ruiz:departure:Meta→Mistral AI'], 'end.before'));

  it('an index and its keeper are no people: a company joining the Dow moves no one', () =>
    readsNoMove('Nvidia will join the Dow Jones Industrial Average next week, replacing rival chipmaker Intel, S&P Dow Jones Indices said.', null));

  it('a leaked internal notice ("内部公告显示") makes the move a rumour', () => {
    const r = recognize('百度内部公告显示，文心大模型技术负责人宋立升任百度集团副总裁。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['宋立', 'promotion', 'rumoured']]);
  });
});

describe('the hundred-and-thirty-fourth and -fifth batches (long-form reports): what their blind scores showed', () => {
  it.each<Case>([
    // "who spent six years … at Tesla": a stint in a relative clause after the hired names their origin.
    ['OpenAI has hired Ana Ruiz, who spent six years building the Optimus humanoid robot at Tesla, to lead its robotics hardware group.', ['Ana Ruiz:join:Tesla→OpenAI'], 'subject.object'],
    // "…, and Ben Cole, who joins from Google DeepMind": a relative clause in the present is news, and its name's alone.
    [
      'Microsoft AI reshuffles research leadership\nTheir duties will be split between Ana Ruiz, who was named a fellow, and Ben Cole, who joins from Google DeepMind as head of applied research.',
      ['Ben Cole:join:Google→Microsoft'],
      'subject.before',
    ],
    // A name an earlier sentence found is a name wherever it stands again ("接替宋立的工作"); a rise with no org named is
    // where the old post was, even after "原".
    [
      '月之暗面产品副总裁宋立已于近期离职，将加入字节跳动。与此同时，原Kimi增长负责人夏云帆升任产品副总裁，接替宋立的工作。',
      ['宋立:departure:Moonshot AI→ByteDance', '夏云帆:promotion:-→Moonshot AI'],
      'subject.object',
    ],
    // (Nor does "2023年" tell a tenure of 23 years.)
    ['百川智能联合创始人离职\n百川智能联合创始人欧阳若谷已于本月初离职。欧阳若谷此前在搜狗工作多年，2023年与王小川共同创立百川智能。', ['欧阳若谷:departure:Baichuan→-'], 'subject.before'],
  ])('%s', readsAs);

  it('a founder who recruited "a dozen co-founders" hired people not named, and did not move', () =>
    readsNoMove('When Ana Ruiz founded Nimbus Labs in 2023, she recruited a dozen co-founders from Google, DeepMind and OpenAI.', 'block.no-subject'));

  it('"Earlier departures included X" after the news is a recap', () => {
    const r = read('Ana Ruiz is leaving xAI to join Meta. Earlier departures included Ben Cole, who left for OpenAI last spring.');
    expect(r.moves).toEqual(['Ana Ruiz:departure:xAI→Meta']);
    expect(r.blocked).toContain('block.recap');
  });

  it('a headline\'s "传加盟" is a rumour, and a confirmed departure does not confirm the rumoured destination', () => {
    const r = recognize('阿里技术负责人宋立离职 传加盟字节\n阿里巴巴通义千问技术负责人宋立近日离职。据悉，宋立将加入字节跳动。阿里方面证实宋立已经离职。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.to?.org, m.status])).toEqual([['宋立', 'departure', 'ByteDance', 'rumoured']]);
  });
});

describe('the hundred-and-thirty-sixth and -seventh batches (slang and less plain verbs): what their blind scores showed', () => {
  it.each<Case>([
    ['百度智能云副总裁宋立已另谋高就，其在百度的职务已由他人接替。', ['宋立:departure:Baidu→-'], 'subject.before'],
    // "到小米履新": the org gone to, right before the verb.
    ['前华为诺亚方舟实验室首席专家宋立已到小米履新。', ['宋立:join:Huawei→Xiaomi'], 'end.object'],
    // A post "falls to" someone (花落): the org of the post hires them.
    ['京东探索研究院院长一职终于花落前阿里达摩院科学家宋立。', ['宋立:join:Alibaba→JD.com'], 'subject.object'],
    // 荀 is a surname.
    ['字节跳动从阿里挖走了科学家荀若曦。', ['荀若曦:join:Alibaba→ByteDance'], 'subject.object'],
  ])('%s', readsAs);
});

describe('the hundred-and-thirty-eighth and -ninth batches (several movers in one story): what their blind scores showed', () => {
  it.each<Case>([
    // "…, as has its head of product, X": one more leaver (and "as has" opens no role).
    ["Mistral AI's chief scientist, Ana Ruiz, has left the company, as has its head of product, Ben Cole.", ['Ana Ruiz:departure:Mistral AI→-', 'Ben Cole:departure:Mistral AI→-'], 'subject.also'],
    // "Also departing are …": the people of the hire told just before.
    [
      'Meta has hired three researchers from Google DeepMind. Also departing are Ana Ruiz and Ben Cole, and Tomas Berg, a pretraining engineer.',
      ['Ana Ruiz:join:Google→Meta', 'Ben Cole:join:Google→Meta', 'Tomas Berg:join:Google→Meta'],
      'article.list',
    ],
    // "一同加入的还有前Meta研究员X": joined together, to where the one before went; 和 may end a name at a sentence's end.
    ['前谷歌研究科学家宋立已加入字节跳动Seed团队。一同加入的还有前Meta研究员阮清和。', ['宋立:join:Google→ByteDance', '阮清和:join:Meta→ByteDance'], 'article.same-move'],
    // 花 is a surname (and 花费 no name).
    ['另据了解，通义实验室视觉团队负责人花雨桐也已提出离职。', ['花雨桐:departure:Alibaba→-'], 'subject.before'],
  ])('%s', readsAs);

  it('"as has" opens no role', () => {
    // (Ana Ruiz's is the post she is named by, which her departure leaves.)
    const r = recognize("Mistral AI's chief scientist, Ana Ruiz, has left the company, as has its head of product, Ben Cole.", index, { year: 2026 });
    expect(r.moves.map((m) => m.role)).toEqual(['Chief Scientist', null]);
  });
});

describe('the hundred-and-fortieth and -forty-first batches (aggregated feed items): what their blind scores showed', () => {
  it('an outlet\'s "has learned" is its own scoop: a rumour, as "獲悉" is', () => {
    const r = recognize("xAI's general counsel, Ana Ruiz, has left the company, Reuters has learned.", index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['Ana Ruiz', 'departure', 'rumoured']]);
  });
});

describe('the hundred-and-forty-second and -third batches (labs, universities, government): what their blind scores showed', () => {
  it.each<Case>([
    // An apposition of up to four words of title names where the appointed comes from.
    ["MIT has named Ana Ruiz, a research director at Meta's FAIR, as the founding director of its new lab.", ['Ana Ruiz:join:Meta→MIT'], 'subject.object'],
    // …but a side post held while staying moves nobody from there.
    ['Carnegie Mellon University has named Ana Ruiz, a principal scientist at Microsoft Research, an adjunct professor.', ['Ana Ruiz:promotion:-→Carnegie Mellon University'], 'subject.object'],
    // 濮 is a surname.
    ['上海人工智能实验室宣布，原商汤科技研究院院长濮一凡出任实验室主任。', ['濮一凡:join:SenseTime→Shanghai AI Laboratory'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the hundred-and-forty-fourth and -fifth batches (deal-shaped moves): what their blind scores showed', () => {
  it.each<Case>([
    // The founder of a company bought takes a post at the buyer: a join.
    ["Salesforce has acquired Relay Labs. Relay's founder and CEO, Ana Ruiz, will lead research for Salesforce's Agentforce platform.", ['Ana Ruiz:join:-→Salesforce'], 'event.acquired'],
    ['据悉，创业公司“深言智能”团队已整体并入字节跳动Seed，创始人宋立出任Seed语言模型方向负责人。', ['宋立:join:-→ByteDance'], 'event.acquired'],
    // A board seat, told in Chinese, is a join.
    ['智谱AI最新工商信息显示，前百度集团总裁宋立已进入公司董事会。', ['宋立:join:Baidu→Zhipu AI'], 'subject.before'],
    // An acting chief (暂代CEO) is a new post; a name after a title in Latin letters ("CTO宓思齐") is found.
    ['零一万物CEO宋立已提出辞职，公司CTO宓思齐将暂代CEO职务。', ['宋立:departure:01.AI→-', '宓思齐:promotion:-→01.AI'], 'subject.before'],
  ])('%s', readsAs);

  it('the one who left a board and, the next sentence says, "remains chief scientist" has not left', () => {
    const r = read("Mistral AI co-founder Ana Ruiz has stepped down from the company's board, Mistral said. She remains chief scientist.");
    expect(r.moves).toEqual([]);
    expect(r.blocked).toContain('block.stays');
  });
});

describe('the hundred-and-forty-sixth and -seventh batches (real moves, Chinese and English): what their blind scores showed', () => {
  it.each<Case>([
    // The org that tells the news opens the sentence; the org that titles the person is where they come from.
    ['上海人工智能实验室官网信息显示，清华大学讲席教授宋立已出任实验室主任。', ['宋立:join:Tsinghua University→Shanghai AI Laboratory'], 'end.attributive'],
    // A post given up and a new remit in the same sentence is a move inside, even under a headline that says only "卸任".
    ['宋立卸任抖音集团CEO\n字节跳动内部信显示，抖音集团CEO宋立将卸任这一职务，转而专注剪映的发展。', ['宋立:promotion:-→ByteDance'], 'subject.before'],
    ['华为内部文件显示，宋立不再担任终端BG CEO，改任终端BG董事长。', ['宋立:promotion:-→Huawei'], 'subject.before'],
    ['阿里巴巴通义实验室多模态负责人宋立将调任集团战略部，不再负责大模型业务。', ['宋立:promotion:-→Alibaba'], 'subject.before'],
  ])('%s', readsAs);

  it('coming back "after a three-month sabbatical" is no return to an employer', () =>
    readsNoMove('OpenAI president Ana Ruiz has returned to the company after a three-month sabbatical.', 'block.temporary'));
});

describe('the hundred-and-forty-eighth and -ninth batches (real moves; nicknames and handles): what their blind scores showed', () => {
  it.each<Case>([
    // "hired X, …, as CFO, and Y, …, as CPO": each name with its post is hired.
    [
      'OpenAI said on Monday it had hired Ana Ruiz, the former chief executive of Nextdoor, as chief financial officer, and Ben Cole, a former Twitter executive, as chief product officer.',
      ['Ana Ruiz:join:-→OpenAI', 'Ben Cole:join:-→OpenAI'],
      'subject.list',
    ],
    // A name right after a descriptor in quotes; a company named as founded, in Chinese, is a founding done.
    ['华为“天才少年”宋立（网名“稚晖君”）已从华为离职，与合伙人共同创办智元机器人。', ['宋立:founding:Huawei→AgiBot'], 'event.founded'],
    // 真名 stands before a name; a platform someone has followers on is no employer; a name found before is read in a
    // sentence with no move word, which tells the origin.
    ['在B站拥有百万粉丝的科普博主“阿卡”——真名宋立——已正式加入智谱AI。宋立此前是商汤科技的研究员。', ['宋立:join:SenseTime→Zhipu AI'], 'article.came-from'],
    // (Only the past word's own clause: an older stint after it is no origin.)
    ['北京智源人工智能研究院宣布，宋立接任研究院院长。宋立此前任研究院副院长，曾在快手、美团等公司任职。', ['宋立:promotion:-→BAAI'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the hundred-and-fiftieth and -fifty-first batches (look-alikes): what their blind scores showed', () => {
  it('joining a panel (a headline drops its article) is no move', () => readsNoMove("xAI's Ana Ruiz joins panel on AI safety at Davos", 'block.object'));

  it.each<Case>([
    // "the company named X, previously at Google, as …": the aside's org is where they come from.
    ['Mistral AI has hired the law firm Linklaters. Separately, the company named Ana Ruiz, previously at Google, as its head of policy.', ['Ana Ruiz:join:Google→Mistral AI'], 'end.attributive'],
    // "…已于本周到岗，其此前任职于字节跳动": the clause after the comma tells the origin.
    ['月之暗面新任法务负责人到岗\n另据了解，公司新任法务负责人宋立已于本周到岗，其此前任职于字节跳动。', ['宋立:join:ByteDance→Moonshot AI'], 'article.came-from'],
  ])('%s', readsAs);
});

describe('the hundred-and-fifty-second and -third batches (names the finder may cut; Traditional Chinese): what their blind scores showed', () => {
  it.each<Case>([
    // Two initials open a name ("J.P."), and no sentence ends there.
    ["J.P. Castellanos, who led Nvidia's inference software group, is moving to AMD.", ['J.P. Castellanos:departure:Nvidia→AMD'], 'subject.before'],
    // 榮退 is a retirement, and no name.
    ['鴻海研究院院長榮退 由副院長接掌\n鴻海研究院院長栗志遠將於年底榮退，院長一職由副院長駱怡君接掌。', ['栗志遠:departure:Foxconn→-', '駱怡君:promotion:-→Foxconn'], 'subject.before'],
  ])('%s', readsAs);

  it('"according to his updated LinkedIn profile" makes a move a rumour', () => {
    const r = recognize("Ana Ruiz, a research scientist at Meta's FAIR lab, has joined xAI, according to her updated LinkedIn profile.", index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.status])).toEqual([['Ana Ruiz', 'join', 'rumoured']]);
  });
});

describe('the hundred-and-fifty-fourth and -fifth batches (weekly round-ups): what their blind scores showed', () => {
  it.each<Case>([
    // Slang for a hire before a name, even one described first ("landed former Stripe engineer X").
    [
      'OpenAI picked up Ana Ruiz from Google DeepMind to work on reasoning; Anthropic landed former Stripe engineer Ben Cole.',
      ['Ana Ruiz:join:Google→OpenAI', 'Ben Cole:join:Stripe→Anthropic'],
      'subject.object',
    ],
    // "lost its head of pretraining, X, to Meta": where the loss went, past the name set off by commas.
    ['xAI lost its head of pretraining, Ana Ruiz, to Meta.', ['Ana Ruiz:departure:xAI→Meta'], 'subject.object'],
    // "is now chief scientist at" after "formerly of": a post held now, from elsewhere.
    ['Ana Ruiz, formerly of Meta AI, is now chief scientist at Cohere.', ['Ana Ruiz:join:Meta→Cohere'], 'subject.before'],
    // An org that opens an item of a list is no teller of a later item's post.
    ['①原阿里通义实验室研究员宋立加盟阶跃星辰；②百度集团副总裁夏云帆升任集团执行副总裁。', ['宋立:join:Alibaba→StepFun', '夏云帆:promotion:-→Baidu'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the hundred-and-fifty-sixth and -seventh batches (the org named once, then referred to): what their blind scores showed', () => {
  it.each<Case>([
    // A post taken over in the sentence that tells the departure is at the org left.
    [
      "Changes at the top of Stability AI\nThe company's chief product officer, Ana Ruiz, is stepping down in December, and its research director, Ben Cole, will take over the role.",
      ['Ana Ruiz:departure:Stability AI→-', 'Ben Cole:promotion:-→Stability AI'],
      'article.same-org',
    ],
    // "the lab X co-founded" describes the org; a loss names its people after it.
    [
      'Safe Superintelligence, the lab Ben Cole co-founded, is losing one of its first researchers. Ana Ruiz told colleagues this week that she is leaving the lab to join Google DeepMind.',
      ['Ana Ruiz:departure:Safe Superintelligence→Google'],
      'subject.before',
    ],
    // A headline that tells only a founding gives its org as the origin of the founding in the body.
    ['上海人工智能实验室一名研究员创业\n该实验室青年研究员宋立已经离职创业，成立了一家AI智能体公司。', ['宋立:founding:Shanghai AI Laboratory→-'], 'end.headline'],
  ])('%s', readsAs);
});

describe('the hundred-and-sixty-second and -third batches (returns; foundings not yet named): what their blind scores showed', () => {
  it.each<Case>([
    // "…, he said on X. Moreno spent …": the platform ends the sentence, so the stint after it is no second move.
    [
      'Ana Ruiz, who left OpenAI last year for Anthropic, has rejoined OpenAI to work on its reasoning models, she said on X. Ruiz spent four years at OpenAI before her first departure.',
      ['Ana Ruiz:return:Anthropic→OpenAI'],
      'end.aside',
    ],
    // An org that "has brought back" someone takes them back.
    ['Google DeepMind has brought back Ana Ruiz, who left Google in 2022 to help build a chatbot startup.', ['Ana Ruiz:return:-→Google'], 'subject.object'],
    // "has founded" is a founding; 再度加盟 a return.
    ["Ana Ruiz, who spent six years on Tesla's Autopilot team, has founded Kestrel Robotics, a startup building warehouse robots.", ['Ana Ruiz:founding:Tesla→Kestrel Robotics'], 'subject.before'],
    ['据悉，曾在阿里达摩院工作多年、后加入微软亚洲研究院的科学家宋立已再度加盟阿里。', ['宋立:return:Microsoft→Alibaba'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the hundred-and-sixty-fourth and -fifth batches (origins in the description): what their blind scores showed', () => {
  it.each<Case>([
    // 官 is a surname (官方, 官宣 are no names).
    ['来自谷歌的资深研究员官若虚已加入阶跃星辰。', ['官若虚:join:Google→StepFun'], 'subject.before'],
    // "百度出身的": someone who came up through the org has left it, so a post elsewhere is a join.
    ['百度出身的AI老兵夏云帆已出任快手大模型团队负责人。', ['夏云帆:join:Baidu→Kuaishou'], 'end.former'],
  ])('%s', readsAs);
});

describe('the hundred-and-sixty-sixth and -seventh batches (headline-only items): what their blind scores showed', () => {
  it.each<Case>([
    // "Former Airbnb Executive X" in a Title-Case headline: "Executive" is no part of the name, and a past post at an
    // org the catalog does not know makes the new one a join.
    ['Anthropic Names Former Airbnb Executive Ana Ruiz Chief People Officer', ['Ana Ruiz:join:-→Anthropic'], 'end.former'],
    ['Cohere hired former Airbnb executive Ana Ruiz as chief people officer.', ['Ana Ruiz:join:-→Cohere'], 'subject.object'],
  ])('%s', readsAs);
});

describe('the hundred-and-sixty-eighth and -sixty-ninth batches (real moves, Latin names in Chinese text): what their blind scores showed', () => {
  it.each<Case>([
    // 其 right after a hire verb is the company named last: its staff go to the one named before it.
    ['微软将获得Nimbus Labs的技术授权，并招揽其CEO Ana Ruiz及部分研究人员加入微软AI部门。', ['Ana Ruiz:join:Nimbus Labs→Microsoft'], 'end.its-staff'],
    // "Periodic Labs, founded by X, emerged from stealth": a company just made public is a founding by its founders.
    ['Nimbus Labs, founded by former OpenAI researcher Ana Ruiz, emerged from stealth on Tuesday with $80 million in seed funding.', ['Ana Ruiz:founding:OpenAI→Nimbus Labs'], 'trigger'],
    ['Nimbus Labs, the startup founded by ex-OpenAI engineer Ana Ruiz, emerged from stealth on Monday.', ['Ana Ruiz:founding:OpenAI→Nimbus Labs'], 'trigger'],
    // A post taken by the second person of a sentence is not at the org the first one joined.
    ['Cohere创始人宋立加入Meta，夏云帆出任临时CEO。', ['宋立:join:Cohere→Meta', '夏云帆:promotion:-→Cohere'], 'end.before'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // Elsewhere "founded by" describes a company that exists.
    ['Nimbus Labs, founded by former OpenAI researcher Ana Ruiz, raised $80 million on Tuesday.', null],
    ['由前OpenAI研究员宋立创办的Nimbus Labs宣布完成8000万美元融资。', 'block.relative-clause'],
  ])('%s', readsNoMove);

  it('gives the role of the next person to that person, and a role after a described name without the description', () => {
    const roles = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.role]);
    expect(roles('Cohere创始人宋立加入Meta，夏云帆出任临时CEO。')).toEqual([
      ['宋立', null],
      ['夏云帆', '临时CEO'],
    ]);
    expect(roles('Meta has named former OpenAI researcher Ana Ruiz chief scientist.')).toEqual([['Ana Ruiz', 'Chief Scientist']]);
  });
});

describe('the hundred-and-seventieth and -seventy-first batches (announcements as published): what their blind scores showed', () => {
  it.each<Case>([
    // An announcement of appointments: "joins as head of sales" joins the org that announces them.
    [
      'Cohere today announced two leadership appointments. Ana Ruiz, most recently chief revenue officer at a database company, joins as head of global sales.',
      ['Ana Ruiz:join:-→Cohere'],
      'end.headline',
    ],
  ])('%s', readsAs);

  it('takes the role of the new post, not one held before, and the role after 任命X为', () => {
    const roles = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => [m.person, m.role]);
    expect(roles('Cohere today announced the appointment of Ana Ruiz as chief AI officer. Ruiz joins Cohere from Google, where she most recently served as vice president of research.')).toEqual([
      ['Ana Ruiz', 'chief AI officer'],
    ]);
    expect(roles('百度今日发布内部信，任命夏云帆为百度集团副总裁，兼任百度智能云事业群总裁。')).toEqual([['夏云帆', 'Vice President']]);
  });
});

describe('the hundred-and-seventy-second and -seventy-third batches (blunt departures; moves told on the person’s own channels): what their blind scores showed', () => {
  it.each<Case>([
    // The one replaced who goes back to an earlier post there stays: only the hire is news.
    [
      'Cohere has tapped Ana Ruiz, a former Google product executive, as chief executive, replacing interim CEO Ben Cole, who will return to his previous role as general counsel.',
      ['Ana Ruiz:join:Google→Cohere'],
      'subject.object',
    ],
    // A headline's unnamed move, then a clause that names who left its origin: that clause is the news, to where it went.
    [
      'Google veteran explains move to Anthropic\n"It was time to build something new," said Ana Ruiz, who left Google last month and started this week at the lab.',
      ['Ana Ruiz:departure:Google→Anthropic'],
      'article.named-later',
    ],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // Going back to a post, with no org named, is no return anywhere.
    ['Ben Cole will return to his previous role as general counsel.', 'block.object'],
  ])('%s', readsNoMove);

  it('says why the one replaced makes no move', () => {
    const r = read('Cohere has tapped Ana Ruiz as chief executive, replacing interim CEO Ben Cole, who will return to his previous role as general counsel.');
    expect(r.blocked).toContain('block.stays');
  });
});

describe('the hundred-and-seventy-fourth and -seventy-fifth batches (news pages as scraped): what their blind scores showed', () => {
  it('takes the role of the post taken, not the one given up (卸任X一职，转任Y)', () => {
    const r = recognize('智能涌现获悉，Cohere联合创始人、CTO夏云帆已卸任CTO一职，转任公司首席科学家。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.role])).toEqual([['夏云帆', 'promotion', 'Chief Scientist']]);
  });
});

describe('the hundred-and-seventy-sixth and -seventy-seventh batches (moves as social media breaks them): what their blind scores showed', () => {
  it.each<Case>([
    // The platform after the poster's name is no employer; "I" in the post is its poster, and "Before this I spent …" their origin.
    [
      "Ana Ruiz on LinkedIn: Excited to announce I've joined Mistral AI as Head of Applied Research\nExcited to announce I've joined Mistral AI as Head of Applied Research! Before this I spent four years at Cohere. Let's build.",
      ['Ana Ruiz:join:Cohere→Mistral AI'],
      'article.came-from',
    ],
    // A title naming who posted ("X (@handle) on X") signs a first-person move; a lab's handle names the lab.
    ["Ana Ruiz (@anaruiz) on X\nSome news: I've joined @AnthropicAI to work on interpretability.", ['Ana Ruiz:join:-→Anthropic'], 'subject.signed'],
    // 贝 is a surname; 曾 inside the description of the person (…的研究员X) does not date the move.
    ['据悉，曾入选百度“天才少年”计划的研究员贝承泽已正式加入腾讯。', ['贝承泽:join:Baidu→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it('reads a forum post or a netizen rumour as a rumour (爆料, 网传)', () => {
    const statuses = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => m.status);
    expect(statuses('有脉脉用户爆料称，腾讯混元技术总监夏云帆已于上周离职。')).toEqual(['rumoured']);
    expect(statuses('网传腾讯混元技术负责人夏云帆已离职。')).toEqual(['rumoured']);
  });
});

describe('the hundred-and-seventy-eighth and -seventy-ninth batches (feature stories with older moves as background): what their blind scores showed', () => {
  it.each<Case>([
    // "Its newest senior hire is X": one hire, named after "is", by the org the article is about.
    ["How Cohere hires\nCohere's newest senior hire is Ana Ruiz, the former head of inference at Google, who started on Monday.", ['Ana Ruiz:join:Google→Cohere'], 'subject.noun'],
    // "the lab named X" is a hire by the org an earlier sentence opens with; the "from" inside an aside about X's past is not this move's.
    [
      'A lab rebuilds\nNimbus Labs, the research lab Ben Cole founded in 2019, has lost much of its old guard. This week the lab named Ana Ruiz, a researcher who joined it from Google in 2020, as its new director.',
      ['Ana Ruiz:promotion:-→Nimbus Labs'],
      'end.company-ref',
    ],
    // "it said X would join as head of research": the company speaking is the one joined.
    [
      'Mistral AI is hiring from its founders’ old employers. On Tuesday it said Ana Ruiz, a principal scientist at Google, would join as head of research.',
      ['Ana Ruiz:join:Google→Mistral AI'],
      'end.company-ref',
    ],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // The group of "several of whom have since left" is the subject: the founder named before it made no move.
    ['Ben Cole founded Cohere in 2019 with eleven co-founders, several of whom have since left.', 'block.no-subject'],
    // Where someone is now, after a post held until an earlier year, is an old move.
    ["Some early leaders have moved on; Ana Ruiz, who ran Gemini's data efforts until 2024, is now at OpenAI.", 'block.year'],
  ])('%s', readsNoMove);
});

describe('the hundred-and-eightieth and -eighty-first batches (labs outside the US and China; Hong Kong and Taiwan words): what their blind scores showed', () => {
  it.each<Case>([
    // An Irish Ó before a surname is part of the name.
    ["Cohere's head of research, Fionnuala Ó Briain, is joining Mistral AI as chief scientist.", ['Fionnuala Ó Briain:join:Cohere→Mistral AI'], 'subject.before'],
    // 網羅 hires; 處長 is a title before a name.
    ['騰訊近日網羅前百度AI應用處處長溫育德，由其出任研發中心副總經理。', ['溫育德:join:Baidu→Tencent'], 'subject.object'],
    // 獲委任: a passive appointment; the org that announces it hires, the one before the person is theirs. 工程 holds no name.
    ['香港科技大學今日宣布，百度副總裁鄺嘉朗獲委任為計算機科學及工程學系教授。', ['鄺嘉朗:join:Baidu→HKUST'], 'end.hirer'],
  ])('%s', readsAs);

  it('reads reports with no outlet named as rumours, and the one replaced who was promoted makes no departure', () => {
    const r = recognize("Naver Cloud's head of research, Ana Ruiz, has joined Google, according to Korean media reports.", index, { year: 2026 });
    expect(r.moves.map((m) => m.status)).toEqual(['rumoured']);
    const replaced = recognize('Cohere has appointed Ana Ruiz as president, replacing Ben Cole, who has been promoted to a group-level role.', index, { year: 2026 });
    expect(replaced.moves.filter((m) => m.person === 'Ben Cole' && m.event === 'departure')).toEqual([]);
  });
});

describe('the hundred-and-eighty-second and -eighty-third batches (big outlets’ feed items; Chinese AI media’s hype style): what their blind scores showed', () => {
  it.each<Case>([
    // ", Meta said on Thursday": the org whose words close the sentence is where someone who "joins from" another goes.
    ['Who is Ana Ruiz, the new infrastructure chief?\nRuiz, who joins from Google, will oversee the data center build-out, Cohere said on Thursday.', ['Ana Ruiz:join:Google→Cohere'], 'end.before'],
    // A year inside the description of the person (2023年离职创业的X) does not date the move after the name.
    ['据36氪报道，前百度副总裁、2023年离职创业的夏云帆已重返百度，出任AI基础设施负责人。', ['夏云帆:return:-→Baidu'], 'subject.before'],
  ])('%s', readsAs);

  it('confirms a rumour when the next sentence, with no move of its own, says the company confirmed it', () => {
    const status = (text: string) => recognize(text, index, { year: 2026 }).moves.map((m) => m.status);
    expect(status('据36氪报道，前百度副总裁夏云帆已重返百度。百度方面证实了这一消息。')).toEqual(['reported']);
    expect(status('据36氪报道，前百度副总裁夏云帆已重返百度。百度方面今天发布了新模型。')).toEqual(['rumoured']);
  });
});

describe('the hundred-and-eighty-fourth and -eighty-fifth batches (look-alikes from real news shapes): what their blind scores showed', () => {
  it.each<[string, RuleId | null]>([
    // Others joined on a panel, or in a funding round, are no employer.
    ["Ana Ruiz, who runs evaluations at Cohere, will join Meta's head of research and an OpenAI engineer on a keynote panel in May.", 'block.object'],
    ['Ana Ruiz, a former Google executive, joined Sequoia and Khosla Ventures in a $40 million round for Nimbus Labs, the startup said.', 'block.object'],
  ])('%s', readsNoMove);

  it.each<Case>([
    // A move in the same words stays one.
    ["Ana Ruiz, a research scientist on Google's Gemini team, has left to join Anthropic, she said on X.", ['Ana Ruiz:departure:Google→Anthropic'], 'subject.before'],
  ])('%s', readsAs);
});

describe('the hundred-and-eighty-sixth batch (real moves in English): what its blind score showed', () => {
  it.each<Case>([
    // A new team at the same company is a new post there, not a way out.
    ["Ana Ruiz, Cohere's chief product officer, is moving to a new team called Labs that builds experimental products, the company said.", ['Ana Ruiz:promotion:-→Cohere'], 'trigger'],
    // "after co-founder X left": a title may stand before the name whose departure made room for the appointment.
    ['Ana Ruiz said she would become chief executive of Cohere after co-founder Ben Cole left the company.', ['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:departure:Cohere→-'], 'event.vacancy'],
  ])('%s', readsAs);
});

describe('the hundred-and-eighty-seventh batch (Chinese financial press wording): what its blind score showed', () => {
  it('reads 到任 as arriving at an org, and 履职 as opening the role taken', () => {
    const r = recognize('记者获悉，前百度智能云总裁夏云帆已于本周正式到任腾讯，履职首席AI官。', index, { year: 2026 });
    expect(r.moves.map((m) => [m.person, m.event, m.from?.org, m.to?.org, m.role])).toEqual([['夏云帆', 'join', 'Baidu', 'Tencent', 'Chief AI Officer']]);
  });
});

describe('the hundred-and-eighty-eighth and -eighty-ninth batches (reorganisations at big companies): what their blind scores showed', () => {
  it.each<Case>([
    // "is reorganizing" makes the article a reorganisation: "will lead"/"will run" there are appointments at its org.
    [
      'Cohere splits its research unit\nCohere is reorganizing its research unit into four groups. Ana Ruiz will lead a new products group, while Ben Cole will run infrastructure.',
      ['Ana Ruiz:promotion:-→Cohere', 'Ben Cole:promotion:-→Cohere'],
      'end.headline',
    ],
    // 由X负责 closing a clause, in a reorganisation, puts X in charge; 兼管 takes a second remit.
    ['腾讯调整AI组织架构\n腾讯将AI业务拆分为两大事业部。其中，模型事业部由夏云帆负责，应用事业部由邴俊豪负责。', ['夏云帆:promotion:-→Tencent', '邴俊豪:promotion:-→Tencent'], 'event.reorg'],
    ['百度宣布，百度智能云事业群总裁夏云帆将兼管文心一言产品线。', ['夏云帆:promotion:-→Baidu'], 'trigger'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // Outside a reorganisation, who is in charge of what is no news.
    ['腾讯混元的预训练由夏云帆负责，后训练由邴俊豪负责。', null],
  ])('%s', readsNoMove);
});

describe('the hundred-and-ninetieth and -ninety-first batches (ousters and reinstatements): what their blind scores showed', () => {
  it.each<Case>([
    // A board that "has removed" someone named lets them go; "reinstated" takes them back; "is returning as" returns.
    ["Cohere's board has removed chief executive Ana Ruiz, effective immediately.", ['Ana Ruiz:departure:Cohere→-'], 'end.hirer'],
    ['Cohere has reinstated co-founder Ana Ruiz as chief executive, five days after the board pushed her out.', ['Ana Ruiz:return:-→Cohere'], 'subject.object'],
    ['Cohere said on Monday that Ana Ruiz, who ran the company until 2023, is returning as chief executive.', ['Ana Ruiz:return:-→Cohere'], 'trigger'],
    // 复职: back in the post, at the org named before.
    ['在被董事会免职三天后，百度智能云创始人夏云帆今日宣布复职。', ['夏云帆:return:-→Baidu'], 'trigger'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // "removed" removes no one where no name follows (the person named later built the feature).
    ['Cohere removed the feature Ana Ruiz built after complaints.', null],
  ])('%s', readsNoMove);
});

describe('the hundred-and-ninety-second and -ninety-third batches (companies named by product or legal form): what their blind scores showed', () => {
  it.each<Case>([
    // 夔 is a surname.
    ['据悉，腾讯近日从谷歌挖来资深研究员夔思远。', ['夔思远:join:Google→Tencent'], 'subject.object'],
  ])('%s', readsAs);
});

describe('the hundred-and-ninety-fourth and -ninety-fifth batches (moves and their dates): what their blind scores showed', () => {
  it.each<Case>([
    // "his new employer, X" is where the leaver went; 凤 is a surname.
    [
      'Ana Ruiz, a principal researcher at Cohere, left the company in April, it emerged this week when her new employer, Mistral AI, listed her as a speaker.',
      ['Ana Ruiz:departure:Cohere→Mistral AI'],
      'end.connector',
    ],
    ['腾讯宣布，任命财务副总裁凤若菲为首席财务官。', ['凤若菲:promotion:-→Tencent'], 'subject.object'],
  ])('%s', readsAs);
});

describe('the hundred-and-ninety-sixth and -ninety-seventh batches (moves in the mover’s own quoted words): what their blind scores showed', () => {
  it.each<Case>([
    // A speaker's relative clause in the present perfect ('said X, who has resigned as …') is their news.
    ['"It was a hard decision," said Ana Ruiz, who has resigned as Cohere\'s head of platform.', ['Ana Ruiz:departure:Cohere→-'], 'subject.before'],
    // The speaker before a colon and a first-person quote (谈及自己的去向：“我…离职了”); 危 is a surname (危机 is no name).
    ['百度前副总裁危子轩在近日的一场活动上谈及自己的去向：“我上个月已经从百度离职了。”', ['危子轩:departure:Baidu→-'], 'subject.quoted'],
  ])('%s', readsAs);
});

describe('the hundred-and-ninety-eighth and -ninety-ninth batches (the org only as a product or a team): what their blind scores showed', () => {
  it.each<Case>([
    // A stint that ends with the move ("after two weeks at X") is its origin; "the Sora video model" is OpenAI's.
    ['Ana Ruiz, who built the first version of Claude Code, has rejoined Anthropic after two weeks at Cohere.', ['Ana Ruiz:return:Cohere→Anthropic'], 'end.connector'],
    ['Ana Ruiz, a researcher on the Sora video model, has joined Mistral AI.', ['Ana Ruiz:join:OpenAI→Mistral AI'], 'end.attributive'],
  ])('%s', readsAs);
});

describe('the two-hundredth and -first batches (a leader moving with a team): what their blind scores showed', () => {
  it.each<Case>([
    // 厍 and 习 are surnames (学习, 实习 hold none); 连同 and 带领 may follow a name.
    ['据知情人士透露，前百度大模型研发负责人厍云霆已带领约二十人的团队加盟腾讯。', ['厍云霆:join:Baidu→Tencent'], 'subject.before'],
    ['百度视觉生成团队负责人习少峰连同其团队整建制加入腾讯。', ['习少峰:join:Baidu→Tencent'], 'subject.before'],
  ])('%s', readsAs);

  it.each<[string, RuleId | null]>([
    // (学习 ends in a surname character: "深度学习团队" before a move word names nobody.)
    ['腾讯深度学习团队离职潮仍在继续。', null],
  ])('%s', readsNoMove);
});

describe('the two-hundred-and-second and -third batches (labs, institutes, universities): what their blind scores showed', () => {
  it.each<Case>([
    // 祖 and 弘 are surnames (祖国, 弘扬 hold none).
    ['上海人工智能实验室宣布，前阿里巴巴达摩院资深科学家祖明哲已正式加盟。', ['祖明哲:join:Alibaba→Shanghai AI Laboratory'], 'subject.before'],
    ['北京智源人工智能研究院副院长弘景川已于近日离职，加入字节跳动。', ['弘景川:departure:BAAI→ByteDance'], 'subject.before'],
  ])('%s', readsAs);
});
