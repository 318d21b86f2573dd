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
export function hanSurnamesSpelt(word: string): string[] {
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

/** Whether a word reads as pinyin syllables run together ("yifan", "zhilin"; not "sarah" or "john"). */
export function isPinyin(word: string): boolean {
  return PINYIN_WORD.test(word);
}
const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|uo|ui|un|ue|a|e|i|o|u|v))+$/;

const U_SPELLINGS = ['yu', 'u', 'v'];
const NO_U = ['ü'];
