import { isAlnum, isDigit, isLower, isUpper } from './chars.js';

export interface Span {
  start: number;
  end: number;
}

// Sentence ends, by code unit: 。！？!?, a line break, …. (Not ";": in news it separates the items of a list.)
const HARD = new Uint8Array(0x10000);
for (const c of ['。', '！', '？', '!', '?', '\n', '…']) HARD[c.charCodeAt(0)] = 1;
// Bullets of a list, which open the next sentence ("• A → Mistral AI • B → Anthropic", as a scraper joins a list's items).
const BULLETS = new Uint8Array(0x10000);
for (const c of ['•', '▪', '●', '■', '◦', '‣', '►', '▶']) BULLETS[c.charCodeAt(0)] = 1;
// Closing quotes and brackets that stay with the sentence they end.
const CLOSERS = new Uint8Array(0x10000);
for (const c of '"”’」』)') CLOSERS[c.charCodeAt(0)] = 1;
const QUOTES = new Uint8Array(0x10000);
for (const c of '"”’') QUOTES[c.charCodeAt(0)] = 1;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const DOT = 0x2e;
// (Initials too: "J.P. Castellanos", "A.J.".)
const ABBREVIATION = /^(mr|mrs|ms|dr|prof|st|jr|sr|inc|corp|co|vs|no|u\.s|e\.g|i\.e|[a-z]|[a-z]\.[a-z])$/;

const ON_PLATFORM = /(?:^|\s)(?:on|via)\s$/;
// ("Update (Nov. 12):", "on Sept. 3": a month cut short before a day's number ends nothing.)
const MONTH_ABBREVIATION = /^[("']?(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/**
 * "…losing another co-founder.Yusuf Demir, who …": a full stop with no space after it, between a word in lower case and
 * a capitalised one, ends a sentence a scraper glued to the next ("Character.AI", "Memories.ai", "U.S.Army" do not).
 */
function gluedSentence(cased: string, dot: number): boolean {
  if (!isUpper(cased.charCodeAt(dot + 1)) || !isLower(cased.charCodeAt(dot + 2)) || !isLower(cased.charCodeAt(dot - 1))) return false;
  let w = dot;
  while (w > 0 && isAlnum(cased.charCodeAt(w - 1))) w--;
  return dot - w >= 3 && !ABBREVIATION.test(cased.slice(w, dot).toLowerCase());
}

/**
 * Splits normalised text into sentences. A "." ends a sentence only before a space (so "Memories.ai" and "3.5" stay
 * whole), and a short capitalised-word abbreviation does not; with `cased` (the text with its case kept), also where a
 * scraper glued two sentences ("co-founder.Ana Ruiz").
 * Scans code units against lookup tables: it runs over every item read.
 */
export function splitSentences(text: string, cased?: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === NEWLINE)) s++;
    let e = end;
    while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === NEWLINE)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (HARD[c]) {
      // "<!channel>", "?q=": a "!" or "?" glued to a Latin letter, digit or "=" is not an ending.
      if ((c === 0x21 || c === 0x3f) && i + 1 < n && (isAlnum(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 0x3d)) continue;
      let j = i + 1;
      while (j < n && (HARD[text.charCodeAt(j)] || CLOSERS[text.charCodeAt(j)])) j++;
      // ('"… I've joined @GoogleDeepMind!" posted Ines Carvalho': after a quote closed on "!" or "?", a word in lower case
      // goes on with the sentence that names the speaker.)
      if (cased !== undefined && (c === 0x21 || c === 0x3f) && QUOTES[text.charCodeAt(j - 1)] && text.charCodeAt(j) === SPACE && isLower(cased.charCodeAt(j + 1))) {
        i = j - 1;
        continue;
      }
      push(j);
      i = j - 1;
    } else if (BULLETS[c]) {
      push(i);
      start = i + 1;
    } else if (c === DOT && cased !== undefined && gluedSentence(cased, i)) {
      push(i + 1);
    } else if (c === DOT && (i + 1 >= n || text.charCodeAt(i + 1) === SPACE)) {
      let w = i;
      while (w > i - 6 && w > 0 && text.charCodeAt(w - 1) !== SPACE && text.charCodeAt(w - 1) !== NEWLINE) w--;
      // ("…, he said on X. Moreno spent …": the platform X, not an initial, ends a sentence.)
      if (isDigit(text.charCodeAt(i + 2)) && MONTH_ABBREVIATION.test(text.slice(w, i))) continue;
      if (ABBREVIATION.test(text.slice(w, i)) && !(i - w === 1 && (text.charCodeAt(w) === 0x78 || text.charCodeAt(w) === 0x58) && ON_PLATFORM.test(text.slice(Math.max(0, w - 5), w)))) continue;
      push(i + 1);
    }
  }
  push(n);
  return spans;
}
