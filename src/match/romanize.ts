import { createRequire } from 'node:module';
import { ZH_NAME_CHARS, ZH_SURNAMES } from './lexicon.js';

type PinyinOf = (text: string, options: { toneType: 'none'; type: 'array'; surname: 'head' }) => string[];

const require = createRequire(import.meta.url);
// pinyin-pro costs about 24 MiB once loaded, and only a watch on a Chinese name needs it: loaded on first use.
let pinyinOf: PinyinOf | null = null;
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(ZH_NAME_CHARS.compoundSurnames.split(' '));
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const SYLLABLE = /^[a-zü]+$/;
const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * How English text writes a Chinese name in pinyin: given name first and surname first, the given name's syllables run
 * together ("姚顺雨" → "Shunyu Yao", "Yao Shunyu") or apart, as a hyphen leaves them once normalised ("Shun Yu Yao").
 * Surnames read as surnames (单 is Shan, 曾 Zeng), ü as "yu", "u" or "v" (吕 as Lyu, Lu, Lv); nothing for a name that is
 * not two to four Han characters. Taiwanese (Wade–Giles: "Hsu Chih-wei") and Cantonese ("Cheung Ka-wai") spellings are
 * not derived: give them as aliases.
 */
export function romanisationsOf(name: string): string[] {
  if (!HAN_NAME.test(name)) return [];
  pinyinOf ??= (require('pinyin-pro') as { pinyin: PinyinOf }).pinyin;
  const syllables = pinyinOf(name, { toneType: 'none', type: 'array', surname: 'head' });
  if (syllables.length !== name.length || !syllables.every((s) => SYLLABLE.test(s))) return [];
  const cut = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  if (name.length - cut < 1) return [];
  const out: string[] = [];
  // ü is written "yu", "u" or "v" in English text ("吕" as Lyu, Lu or Lv).
  for (const u of syllables.some((s) => s.includes('ü')) ? U_SPELLINGS : NO_U) {
    const spelt = syllables.map((s) => s.replace(/ü/g, u));
    const surname = capitalised(spelt.slice(0, cut).join(''));
    const given = spelt.slice(cut);
    const joined = capitalised(given.join(''));
    out.push(`${joined} ${surname}`, `${surname} ${joined}`);
    if (given.length === 2) {
      const apart = given.map(capitalised).join(' ');
      out.push(`${apart} ${surname}`, `${surname} ${apart}`);
    }
  }
  return out;
}

/**
 * The Chinese surnames a romanised word may stand for ("tang" → 唐, 汤 …), among the surnames name discovery knows: what
 * a watch on "Tang Yifan" looks for in Chinese text. Built on first use.
 */
function hanSurnamesSpelt(word: string): string[] {
  if (!SYLLABLE.test(word)) return [];
  if (!surnamesBySpelling) {
    pinyinOf ??= (require('pinyin-pro') as { pinyin: PinyinOf }).pinyin;
    surnamesBySpelling = new Map();
    for (const s of [...ZH_SURNAMES, ...COMPOUND_SURNAMES]) {
      const spelt = pinyinOf(s, { toneType: 'none', type: 'array', surname: 'head' }).join('');
      // (吕 is written Lyu, Lu or Lv.)
      for (const u of spelt.includes('ü') ? U_SPELLINGS : NO_U) {
        const key = spelt.replace(/ü/g, u);
        const list = surnamesBySpelling.get(key);
        if (list) list.push(s);
        else surnamesBySpelling.set(key, [s]);
      }
    }
  }
  return surnamesBySpelling.get(word) ?? [];
}
let surnamesBySpelling: Map<string, string[]> | null = null;

/** A name read as pinyin ("Tang Yifan", "Ruoyu Xu"): its words, the Chinese surnames its ends may stand for, and which word is the surname where only one can be. */
export interface PinyinName {
  words: string[];
  hanSurnames: string[];
  surnameAt: 0 | 1 | null;
}

/** Two or three words (normalised) of pinyin, one end a Chinese surname's spelling, read once; else null. */
export function readPinyinName(words: readonly string[]): PinyinName | null {
  if (words.length < 2 || words.length > 3 || !words.every(isPinyin)) return null;
  const first = hanSurnamesSpelt(words[0]!);
  const last = hanSurnamesSpelt(words[words.length - 1]!);
  if (!first.length && !last.length) return null;
  const surnameAt = words.length === 2 && first.length > 0 !== last.length > 0 ? (first.length ? 0 : 1) : null;
  return { words: [...words], hanSurnames: [...first, ...last], surnameAt };
}

/**
 * The other ways English text writes a Chinese name given in pinyin, two words and only one a surname's spelling: the
 * other order ("Ruoyu Xu" and "Xu Ruoyu": Chinese media put the surname first) and the given name's syllables apart, as a
 * hyphen leaves them once normalised ("Shu-Yuan Lin" for "Lin Shuyuan").
 */
export function pinyinOrders({ words, surnameAt }: PinyinName): string[] {
  if (surnameAt === null) return [];
  const given = words[1 - surnameAt]!;
  const family = words[surnameAt]!;
  const apart = syllablesOf(given);
  const spelt = apart && apart.length > 1 ? apart.join(' ') : null;
  const asWritten = words.join(' ');
  return [`${family} ${given}`, `${given} ${family}`, ...(spelt ? [`${spelt} ${family}`, `${family} ${spelt}`] : [])].filter((n) => n !== asWritten);
}

/** A pinyin word split into its syllables, fewest first ("ruoyu" → ruo, yu; "shuyuan" → shu, yuan), or null. */
function syllablesOf(word: string): string[] | null {
  // The fewest syllables that spell each prefix (-1: none do) and where the last of them starts; the split is built
  // only for a word that is pinyin (asked of every word of every watched name: at 100,000 aliases a split kept per
  // prefix was 60 MB of garbage while the matcher was built).
  const n = word.length;
  const count = new Int16Array(n + 1).fill(-1);
  const from = new Int16Array(n + 1);
  count[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      if (count[start]! < 0 || (count[end]! >= 0 && count[start]! + 1 >= count[end]!) || !PINYIN_SYLLABLES.has(word.slice(start, end))) continue;
      count[end] = count[start]! + 1;
      from[end] = start;
    }
  }
  if (count[n]! < 0) return null;
  const out: string[] = [];
  for (let end = n; end > 0; end = from[end]!) out.unshift(word.slice(from[end]!, end));
  return out;
}
// Every syllable of Mandarin in pinyin (tones dropped; ü as v or yu, as English text writes 吕 Lv or Lyu), so that an
// English name ("Sarah", "Cole", "John") does not read as one.
const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ' +
    'ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci ' +
    'cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du ' +
    'duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong ' +
    'gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang ' +
    'hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken ' +
    'keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie ' +
    'lin ling liu lo long lou lu luan lun luo lv lve lyu ma mai man mang mao me mei men meng mi mian miao mie min ' +
    'ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan ' +
    'nuo nv nve nyu o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang ' +
    'qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa ' +
    'sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan ' +
    'shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting ' +
    'tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong ' +
    'xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei ' +
    'zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun ' +
    'zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** Whether a word reads as pinyin syllables run together ("yifan", "zhilin"; not "sarah" or "john"). */
function isPinyin(word: string): boolean {
  return word.length <= 12 && syllablesOf(word) !== null;
}

const U_SPELLINGS = ['yu', 'u', 'v'];
const NO_U = ['ü'];
