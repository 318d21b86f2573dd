import * as OpenCC from 'opencc-js/t2cn';
import compatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import phrases from 'opencc-js/dict/TSPhrases';
import characters from 'opencc-js/dict/TSCharacters';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Every code unit of a dictionary entry that changes text (its source differs from its replacement): the
 * converter returns a text that holds none of them unchanged. Built from the converter's own dictionaries
 * (those of OpenCC's t2s), so the test is exact; most Chinese news is Simplified already and skips the
 * converter's trie walk.
 */
function changingUnits(): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (const dict of [compatibility, phrases, characters]) {
    for (const entry of dict.split('|')) {
      const [source = '', replacement] = entry.split(' ');
      if (source === replacement) continue;
      // An astral character marks both its surrogates: a test that may say yes too often, never too rarely.
      for (let i = 0; i < source.length; i++) units[source.charCodeAt(i)] = 1;
    }
  }
  return units;
}

let changing: Uint8Array | null = null;

/** Traditional (and compatibility) Han characters as Simplified; text the converter would not change is returned as is. */
export function simplify(text: string): string {
  changing ??= changingUnits();
  for (let i = 0; i < text.length; i++) if (changing[text.charCodeAt(i)] === 1) return toSimplified(text);
  return text;
}
