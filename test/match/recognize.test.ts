import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Watch } from '../../src/domain.js';
import { loadCatalog } from '../../src/match/catalog.js';
import { buildMatchIndex } from '../../src/match/watch-index.js';
import { recognize } from '../../src/match/recognize.js';
import { routeMove, watchLookup } from '../../src/alerts/route.js';
import { root } from '../helpers/cli.js';
import { orgWatch, personWatch } from '../helpers/watches.js';

const catalog = loadCatalog(path.join(root, 'config/orgs.yaml'));

function alerts(text: string, watches: Watch[]) {
  const index = buildMatchIndex(watches, catalog);
  return recognize(text, index, { year: 2025 }).moves.filter((m) => routeMove(m, watchLookup(watches), index.catalog, { minConfidence: 0.5, discover: true }).length > 0);
}

const org = (name: string): Watch => orgWatch(name);
const person = personWatch;

describe('recognize', () => {
  it('a name alone is not a move', () => {
    expect(alerts('Rohan Varma spoke at PyTorch Conference about distributed training at Meta.', [person('Rohan Varma'), org('Meta')])).toEqual([]);
  });

  it('a move from a unit is a move from its parent, and names both', () => {
    const [m] = alerts('MSL研究员Rishabh Agarwal官宣离职。', [org('Meta')]);
    expect(m).toMatchObject({ person: 'Rishabh Agarwal', event: 'departure', from: { org: 'Meta', unit: 'Meta Superintelligence Labs' }, discovered: true });
  });

  it('matches a watched person by an alias in another script', () => {
    const [m] = alerts('通义千问负责人林俊旸已从阿里离职。', [person('Junyang Lin', { aliases: ['林俊旸'] })]);
    expect(m).toMatchObject({ person: 'Junyang Lin', discovered: false, from: { org: 'Alibaba', unit: 'Qwen' } });
  });

  it('a person watched under one name in both scripts is one person of a list', () => {
    // 馬曉川 and 马晓川 normalise to one pattern: it must stand for one person, not two at the same place
    // (two ended the list there, and Zhou Zimo before it was lost).
    const watches = [person('Ma Xiaochuan', { aliases: ['馬曉川', '马晓川'] }), person('Zhou Zimo', { id: 2, aliases: ['周子墨'] })];
    expect(alerts('據悉,星橋的兩位創始人周子墨和馬曉川均已轉投英偉達。', watches).map((m) => `${m.person}→${m.to?.org}`)).toEqual(['Zhou Zimo→Nvidia', 'Ma Xiaochuan→Nvidia']);
  });

  it('a person two channels watch is one person of a list', () => {
    const twice = [person('Priya Raman'), person('Priya Raman', { id: 2, channel: 2 as Watch['channel'] }), org('Google')];
    expect(alerts('Ben Cole and Priya Raman have left Google.', twice).map((m) => m.person)).toEqual(['Ben Cole', 'Priya Raman']);
  });

  it('a watched surname is the person when the article names them in full', () => {
    const [m] = alerts('Priya Raman has spent a decade at Google. On Monday the company confirmed Raman’s departure.', [person('Priya Raman')]);
    expect(m).toMatchObject({ person: 'Priya Raman', event: 'departure', bySurname: false });
    // Alone, a surname is not enough for a watch without orgs: "Raman" names many people.
    expect(alerts('On Monday the company confirmed Raman’s departure.', [person('Priya Raman')])).toEqual([]);
  });

  it('folds name variants: "Chi Hao Wu" and "Łukasz" find "Chi-Hao Wu" and "Lukasz"', () => {
    expect(alerts('Chi Hao Wu has left Meta.', [person('Chi-Hao Wu')])[0]?.person).toBe('Chi-Hao Wu');
    expect(alerts('Lukasz Kaiser leaves OpenAI.', [person('Łukasz Kaiser')])[0]?.person).toBe('Łukasz Kaiser');
  });

  it('a watched name is found with either apostrophe, and a Chinese one padded with a space after the surname', () => {
    expect(alerts('Cohere has named Liam O’Connell as its chief scientist.', [person("Liam O'Connell")])[0]?.person).toBe("Liam O'Connell");
    expect(alerts("Cohere has named Liam O'Connell as its chief scientist.", [person('Liam O’Connell')])[0]?.person).toBe('Liam O’Connell');
    expect(alerts('小米集团宣布，原百度智能云技术委员会主席 翟 明川 已加入小米。', [person('翟明川')])[0]?.person).toBe('翟明川');
  });

  it('a watch on a Chinese name finds it in pinyin in English text, either order, the given name joined or hyphenated', () => {
    const watch = [person('宋立川')];
    expect(alerts('Former OpenAI researcher Lichuan Song has joined Tencent as chief AI scientist.', watch)[0]).toMatchObject({ person: '宋立川', event: 'join', to: { org: 'Tencent' } });
    expect(alerts('Song Lichuan, who worked on agents at OpenAI, has joined Tencent.', watch)[0]?.person).toBe('宋立川');
    expect(alerts('Li-Chuan Song has left OpenAI.', watch)[0]?.person).toBe('宋立川');
    // A surname read as a surname: 单 is Shan, not Dan.
    expect(alerts('Ruoyu Shan has left DeepSeek for ByteDance.', [person('单若愚')])[0]?.person).toBe('单若愚');
    // ü as "yu" (吕 is Lyu).
    expect(alerts('Si-Yuan Lyu is joining Xiaomi.', [person('吕思远')])[0]?.person).toBe('吕思远');
    // The surname alone is no alias of a Chinese name.
    expect(alerts('Song has left OpenAI.', watch)).toEqual([]);
  });

  it('an acronym is an org only in capitals: German "mit" is not MIT, "fair" is not FAIR', () => {
    expect(alerts('Nach vielen Absagen musste Ana Ruiz sich mit einem Job als Exit-Game-Moderatorin durchschlagen.', [org('MIT')])).toEqual([]);
    expect(alerts('At the careers fair, Ana Ruiz said she has left.', [org('FAIR')])).toEqual([]);
    expect(alerts('Ana Ruiz, a researcher at MIT, has joined Anthropic.', [org('MIT')])[0]).toMatchObject({ event: 'join', from: { org: 'MIT' } });
    expect(alerts('Ana Ruiz has left the FAIR lab for Mistral.', [org('FAIR')])[0]).toMatchObject({ event: 'departure', from: { org: 'Meta', unit: 'FAIR' } });
  });

  it('sets status from rumour and denial words', () => {
    expect(alerts('据悉，OpenAI研究员Hongyu Ren已转投Meta。', [org('Meta')])[0]?.status).toBe('rumoured');
    const index = buildMatchIndex([person('Mark Chen')], catalog);
    const denied = recognize('OpenAI denied that Mark Chen is leaving the company.', index, { year: 2025 }).moves;
    expect(denied[0]?.status).toBe('denied');
  });

  it('a biography is not a new move', () => {
    expect(alerts('She joined Google in 2010 and moved to DeepMind in 2016.', [org('Google')])).toEqual([]);
    expect(alerts('2010年，Afroz Mohiuddin毕业后加入了谷歌担任软件工程师。', [org('Google')])).toEqual([]);
    expect(alerts('在加入Meta之前，她曾在OpenAI担任研究员。', [org('Meta'), org('OpenAI')])).toEqual([]);
  });

  it('a surname-only mention needs the person’s org in the text', () => {
    const watch = [person('Jason Wei', { orgs: ['OpenAI'] })];
    expect(alerts('Wei later left the team to pursue other work.', watch)).toEqual([]);
    expect(alerts('Wei has left OpenAI for Meta.', watch)[0]).toMatchObject({ person: 'Jason Wei', from: { org: 'OpenAI' }, to: { org: 'Meta' } });
  });

  it('a strict watch alerts only with the person’s or a watched org named', () => {
    const watch = [person('Jason Wei', { orgs: ['OpenAI'], strict: true })];
    expect(alerts('Defender Jason Wei left Shanghai Port on Sunday.', watch)).toEqual([]);
    expect(alerts('Jason Wei left OpenAI on Sunday.', watch)).toHaveLength(1);
  });

  it('confidence is higher with a full name and both ends than with a surname and one end', () => {
    const full = alerts('Jason Wei has left OpenAI for Meta.', [person('Jason Wei')])[0]!;
    const weak = alerts('Wei has left OpenAI.', [person('Jason Wei', { orgs: ['OpenAI'] })])[0]!;
    expect(full.confidence).toBeGreaterThan(weak.confidence);
  });

  it('gives role and tenure where stated', () => {
    const [m] = alerts('Chi-Hao Wu在本月早些時候，已表示將離開工作了五年多的Meta，加盟初創公司Memories.ai擔任首席AI官。', [org('Meta')]);
    expect(m).toMatchObject({ to: { org: 'Memories.ai' }, role: 'Chief AI Officer', tenure: '5+ years' });
  });

  it('an org outside the catalog is recognised by the name and aliases its watch gives', () => {
    const acme = orgWatch('Acme Robotics', { id: 7, aliases: ['艾克米机器人'] });
    expect(alerts('Former Tesla engineer Dana Whitfield has joined Acme Robotics as head of autonomy.', [acme])[0]).toMatchObject({
      person: 'Dana Whitfield',
      to: { org: 'Acme Robotics' },
      from: { org: 'Tesla' },
    });
    expect(alerts('特斯拉前工程师Dana Whitfield已加盟艾克米机器人。', [acme])[0]).toMatchObject({ person: 'Dana Whitfield', to: { org: 'Acme Robotics' } });
  });

  it('discovery needs a watched org at one end', () => {
    expect(alerts('创始人兼CEO徐育斌被曝因身体原因辞职。', [org('Meta')])).toEqual([]);
    expect(alerts('Forward Rasmus Holm joined Manchester United from Atalanta.', [org('Meta')])).toEqual([]);
  });

  it('bytes that were not UTF-8 (U+FFFD) do not end up in the role', () => {
    const moves = recognize('Meta has hired Ana Ruiz as chief scientist \uFFFD\uFFFD\uFFFD, the company said.', buildMatchIndex([org('Meta')], catalog), { year: 2025 }).moves;
    expect(moves[0]?.role).toBe('Chief Scientist');
  });
});

describe('lists of names', () => {
  it.each([
    ['Ana Ruiz, Ben Cole, and Tomas Berg have joined Mistral.', ['Ana Ruiz', 'Ben Cole', 'Tomas Berg']],
    ['Ana Ruiz (known as Pia) and Ben Cole have left Mistral.', ['Ana Ruiz', 'Ben Cole']],
    ['Mistral has hired Ana Ruiz and Ben Cole from Google.', ['Ana Ruiz', 'Ben Cole']],
    ['Ana Ruiz has left Mistral, along with Ben Cole and Tomas Berg.', ['Ana Ruiz', 'Ben Cole', 'Tomas Berg']],
  ])('%s', (text, people) => {
    expect(
      alerts(text, [org('Mistral AI')])
        .map((m) => m.person)
        .sort(),
    ).toEqual([...people].sort());
  });

  it('a verb between two names ends the list', () => {
    expect(alerts('Ana Ruiz joined Google, and Ben Cole left Mistral to start a company.', [org('Mistral AI')]).map((m) => m.person)).toEqual(['Ben Cole']);
  });
});

describe('Title-Case headlines and outlets are not names', () => {
  it.each([
    ['The Wall Street Journal said Apple has recruited two Google engineers.', 'Apple', []],
    ['Meta Engineers Said To Weigh Leaving Meta For A New Startup', 'Meta', []],
    ['According to Business Insider, Ben Cole joined Mistral.', 'Mistral AI', ['Ben Cole']],
  ])('%s', (text, watched, people) => {
    expect(alerts(text, [org(watched)]).map((m) => m.person)).toEqual(people);
  });
});
