export interface Span {
  start: number;
  end: number;
}

// Not ";": in news it separates the items of a list ("exits included X; Y; and Z") as often as clauses.
const HARD = new Set(['。', '！', '？', '!', '?', '\n', '…']);

/**
 * Splits normalised text into sentences. A "." ends a sentence only before a space
 * (so "Memories.ai" and "3.5" stay whole), and a short capitalised-word abbreviation does not.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && (text[s] === ' ' || text[s] === '\n')) s++;
    let e = end;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // "<!channel>", "?q=": a "!" or "?" glued to a Latin letter is not an ending.
    if ((ch === '!' || ch === '?') && /[a-z0-9=]/i.test(text[i + 1] ?? '')) continue;
    if (HARD.has(ch)) {
      let j = i + 1;
      while (j < text.length && (HARD.has(text[j]!) || '"”’」』)'.includes(text[j]!))) j++;
      push(j);
      i = j - 1;
    } else if (ch === '.' && (i + 1 >= text.length || text[i + 1] === ' ')) {
      const word = /(\S+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
      if (/^(mr|mrs|ms|dr|prof|st|jr|sr|inc|corp|co|vs|no|u\.s|e\.g|i\.e|[a-z])$/.test(word)) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return spans;
}
