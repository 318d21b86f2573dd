import { compile, type DomNode, type FormatCallback } from 'html-to-text';
import iconv from 'iconv-lite';
import { repairMojibake } from './mojibake.js';

/**
 * A table as rows of cells between bars ("Name | From | To", "Ana Ruiz | Google DeepMind | OpenAI"): the shape the move
 * reader knows a table by. (The built-in dataTable pads columns with spaces, which reading collapses, and capitalises
 * its header.)
 */
const formatPipeTable: FormatCallback = (elem, walk, builder) => {
  const walkRows = (node: DomNode) => {
    if (node.type !== 'tag') return;
    if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') {
      for (const child of node.children ?? []) walkRows(child);
      return;
    }
    if (node.name !== 'tr') return;
    builder.openTableRow();
    for (const cell of node.children ?? []) {
      if (cell.type !== 'tag' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      builder.openTableCell();
      walk(cell.children ?? [], builder);
      builder.closeTableCell();
    }
    builder.closeTableRow();
  };
  builder.openTable();
  for (const child of elem.children ?? []) walkRows(child);
  builder.closeTable({
    // (A row whose cells hold paragraphs lays a page out, it tabulates nothing: its cells stay lines of their own.)
    tableToString: (rows) =>
      rows
        .map((cells) => {
          const texts = cells.map((c) => c.text.trim());
          return texts.join(cells.length > 1 && cells.every((c) => !c.text.includes('\n')) ? ' | ' : '\n');
        })
        .join('\n'),
    leadingLineBreaks: 2,
    trailingLineBreaks: 2,
  });
};

const OPTIONS = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'pipeTable' },
  ],
  formatters: { pipeTable: formatPipeTable },
};

// Compiled once: html-to-text's convert(html, options) compiles its options on every call, which
// was over a third of the CPU a changed feed costs.
const toText = compile(OPTIONS);

// Control characters and bidirectional overrides: feed text must not reorder or hide what a channel shows.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Feeds made on Windows often carry cp1252 punctuation as C1 controls (U+0092 for ’), as browsers
// (HTML5) and feed readers know: read them as cp1252 before the controls go.
const C1_AS_CP1252 = new Map(
  Array.from({ length: 32 }, (_, i) => [String.fromCharCode(0x80 + i), iconv.decode(Buffer.from([0x80 + i]), 'win1252')] as const).filter(([c1, ch]) => ch !== c1 && ch !== '\ufffd'),
);

/** Feed text with cp1252 punctuation and mojibake repaired and control characters and bidi overrides removed. */
export function stripUnsafe(text: string): string {
  return repairMojibake(text.replace(/[\u0080-\u009f]/g, (c) => C1_AS_CP1252.get(c) ?? c)).replace(UNSAFE, '');
}

/** Clean text from feed HTML: tags, scripts and entities gone, paragraphs as lines, no control characters. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return stripUnsafe(html).trim();
  return stripUnsafe(toText(html))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text (titles): whitespace collapsed. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}
