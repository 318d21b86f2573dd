import { describe, expect, it } from 'vitest';
import { normalize, normalizeAlias, originalSpan, stripAnnotations } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';

describe('normalize', () => {
  it.each([
    ['full-width forms', 'ＯｐｅｎＡＩ　加入', 'openai 加入'],
    ['Traditional to Simplified', '轉投OpenAI，離開Meta', '转投openai,离开meta'],
    // Every character of 反覆 is also Simplified: only the phrase converts, so the shortcut past the converter must not skip it.
    ['a Traditional phrase of characters that are Simplified too', '他反覆考慮後離開', '他反复考虑后离开'],
    ['Simplified text as it is', '他反复考虑后离开腾讯', '他反复考虑后离开腾讯'],
    ['glued-in pinyin annotations', '【新智元導(dǎo)讀】預(yù)訓(xùn)練', '【新智元导读】预训练'],
    ['Latin diacritics', 'Łukasz Kaiser, José Hernández-Orallo', 'lukasz kaiser, jose hernandez orallo'],
    ['hyphen and space variants of romanised names', 'Chi-Hao Wu', 'chi hao wu'],
    ['zero-width characters', 'Rohan\u200b Var\u200dma', 'rohan varma'],
    ['whitespace runs', 'a \t\u00a0 b', 'a b'],
    // UTF-8 once read as cp1250 or cp1252 and stored that way, as pages carry it.
    ['mojibake', 'cofounder KarĂ©n Simonyan, MÃ¼ller and donâ€™t', 'cofounder karen simonyan, muller and don’t'],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps the case of letters folded without a mark to strip, so names stay capitalised', () => {
    expect(normalize('Selin Yıldız, Łukasz Żak, Øystein Dahl').cased).toBe('Selin Yildiz, Lukasz Zak, Oystein Dahl');
  });

  it('gives the same text, case and offsets when the buffers it reuses must grow mid-item', () => {
    // ﷺ folds (NFKC) to an 18-unit phrase: a long run of it outgrows any buffer sized by the input.
    const phrase = 'ﷺ'.normalize('NFKC');
    const original = `${'A'.repeat(5000)}${'ﷺ'.repeat(400)}Ö`;
    const n = normalize(original);
    expect(n.text).toBe(`${'a'.repeat(5000)}${phrase.repeat(400)}o`);
    expect(n.cased).toBe(`${'A'.repeat(5000)}${phrase.repeat(400)}O`);
    expect(originalSpan(n, n.text.length - 1, n.text.length)).toBe('Ö');
    expect(normalize('Ana Ruiz').text).toBe('ana ruiz');
  });

  it('keeps parentheses that are not pinyin', () => {
    expect(normalize('超級智能實驗室(MSL)').text).toBe('超级智能实验室(msl)');
    expect(normalize('基礎人工智能研究(FAIR)團隊').text).toBe('基础人工智能研究(fair)团队');
  });

  it('maps a normalised span back to the original script', () => {
    const original = '已表示將離開工作了五年多的Meta，加盟初創公司Memories.ai擔任首席AI官。';
    const n = normalize(original);
    const at = n.text.indexOf('加盟初创公司memories.ai');
    expect(originalSpan(n, at, at + '加盟初创公司memories.ai'.length)).toBe('加盟初創公司Memories.ai');
  });

  it('keeps letter case in `cased`, aligned with `text`', () => {
    const n = normalize('Chi-Hao Wu 離開 Meta');
    expect(n.cased).toBe('Chi Hao Wu 离开 Meta');
    expect(n.cased.length).toBe(n.text.length);
  });

  it('strips annotations but keeps the script for quoting', () => {
    expect(stripAnnotations('【新智元導(dǎo)讀】')).toBe('【新智元導讀】');
  });
});

describe('normalize: markdown a feed carries unrendered', () => {
  it('reads a link as its words and emphasis and code marks as nothing, keeping the original for quoting', () => {
    const n = normalize('**Ana Silva** left _OpenAI_ for [xAI](https://x.ai/careers), per `her` post.');
    expect(n.text).toBe('ana silva left openai for xai, per her post.');
    const at = n.text.indexOf('xai');
    expect(originalSpan(n, at, at + 3)).toMatch(/^xAI/);
    expect(normalize('欧阳思远（原[阿里通义](https://qwenlm.github.io)）已加入 **字节跳动Seed**。').text).toBe('欧阳思远(原阿里通义)已加入 字节跳动seed。');
  });
  it('leaves snake_case words, a product of stars and brackets with no address alone', () => {
    expect(normalize('snake_case_name, 2*3*4 and [sic] stay').text).toBe('snake_case_name, 2*3*4 and [sic] stay');
  });
});

describe('splitSentences', () => {
  const split = (s: string) => splitSentences(s).map((sp) => s.slice(sp.start, sp.end));

  it('splits Chinese and English punctuation, keeps "Memories.ai" and "3.5" whole', () => {
    expect(split('他离职了。她加入了memories.ai！真的吗？是的')).toEqual(['他离职了。', '她加入了memories.ai！', '真的吗？', '是的']);
    expect(split('gpt 3.5 shipped. then dr. smith left. done')).toEqual(['gpt 3.5 shipped.', 'then dr. smith left.', 'done']);
  });

  it("keeps a month cut short before a day's number inside its sentence, and ends one at a month that closes it", () => {
    expect(split('update (nov. 12): anthropic confirmed the hire. she left in nov. then sept. 3 came.')).toEqual([
      'update (nov. 12): anthropic confirmed the hire.',
      'she left in nov.',
      'then sept. 3 came.',
    ]);
  });

  it('ends a sentence at a full stop glued to the next, with the cased text; not inside "Character.AI", "U.S.Army" or "Dr.Smith"', () => {
    const glued = (s: string) => {
      const n = normalize(s);
      return splitSentences(n.text, n.cased).map((sp) => n.cased.slice(sp.start, sp.end));
    };
    // (The cased text has hyphens as spaces, as the normalised one.)
    expect(glued('Cohere is losing another co-founder.Ana Ruiz said she had left.She did not say more.')).toEqual([
      'Cohere is losing another co founder.',
      'Ana Ruiz said she had left.',
      'She did not say more.',
    ]);
    expect(glued('Ana Ruiz has left Character.AI for the U.S.Army, Dr.Smith said.')).toHaveLength(1);
  });

  it('does not end a sentence at two initials ("j.p. castellanos")', () => {
    expect(split('j.p. castellanos is moving to amd. it said so')).toEqual(['j.p. castellanos is moving to amd.', 'it said so']);
  });

  it('ends a sentence at "on x." (the platform, not an initial)', () => {
    expect(split('he said on x. moreno spent four years there')).toEqual(['he said on x.', 'moreno spent four years there']);
  });

  it('goes on past a quote closed on "!" or "?" when a word in lower case follows it, with the cased text', () => {
    const cased = (s: string) => {
      const n = normalize(s);
      return splitSentences(n.text, n.cased).map((sp) => n.cased.slice(sp.start, sp.end));
    };
    expect(cased('"I have joined OpenAI!" posted Ana Ruiz, who led Gemini.')).toEqual(['"I have joined OpenAI!" posted Ana Ruiz, who led Gemini.']);
    expect(cased('"Why leave?" she asked. Ana Ruiz left.')).toEqual(['"Why leave?" she asked.', 'Ana Ruiz left.']);
    expect(cased('"I have joined OpenAI!" Ana Ruiz left Google.')).toEqual(['"I have joined OpenAI!"', 'Ana Ruiz left Google.']);
  });

  it('treats line breaks (headlines) as sentence ends', () => {
    expect(split('headline one\nheadline two')).toEqual(['headline one', 'headline two']);
  });
});

describe('normalizeAlias', () => {
  it('gives what normalize gives, on the plain-ASCII fast path too', () => {
    let x = 42;
    const rnd = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const samples = ['  Chi-Hao  Wu ', 'A--B', '-lead', 'O’Neil', 'Łukasz Kaiser', '吴启豪', 'x\ty'];
    for (let i = 0; i < 2000; i++) samples.push(Array.from({ length: Math.floor(rnd() * 12) }, () => String.fromCharCode(0x20 + Math.floor(rnd() * 95))).join(''));
    for (const s of samples) expect(normalizeAlias(s)).toBe(normalize(s).text);
  });
});
