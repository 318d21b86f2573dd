import iconv from 'iconv-lite';

/**
 * UTF-8 text that was once decoded as a Windows code page and stored that way ("KarĂ©n" for "Karén", "donâ€™t" for
 * "don’t"): pages carry it, and a name with it is no name. A run is repaired only where its bytes in that code page
 * are valid UTF-8, which real text in those code pages almost never is.
 */
export interface Repair {
  start: number;
  end: number;
  text: string;
}

// Characters a UTF-8 byte of 0x80 and above becomes in cp1252 or cp1250: Latin-1, Latin Extended-A, and the
// punctuation those pages put at 0x80-0x9F.
const RUN = /[\u0080-\u017f\u0192\u02c6\u02c7\u02d8-\u02dd\u2013-\u203a\u20ac\u2122]{2,}/g;
// A lead byte's character then a continuation byte's: the cheap test most text fails at once.
const HINT =
  /[\u00c2-\u00f4\u0102\u0139\u013d\u0154\u0158\u010c\u011a\u010e\u0147\u0150\u0170\u0143\u015a\u0179\u0106][\u0080-\u00bf\u0152-\u0178\u0192\u02c6-\u02dd\u2013-\u203a\u20ac\u2122\u0100-\u017f]/;
const PAGES = ['win1252', 'win1250'] as const;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 a run stands for in one code page, or null where its bytes are no UTF-8 (or some character has no byte). */
function asUtf8(run: string, page: (typeof PAGES)[number]): string | null {
  const bytes = iconv.encode(run, page);
  // (A character the page cannot write comes back as "?": the run is not of this page.)
  if (bytes.length !== run.length || (bytes.includes(0x3f) && !run.includes('?'))) return null;
  try {
    const text = UTF8.decode(bytes);
    return text.length < run.length && !/[\u0080-\u009f]/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** The runs of `text` to repair, in order, or null where there are none. */
export function mojibakeRepairs(text: string): Repair[] | null {
  if (!HINT.test(text)) return null;
  let out: Repair[] | null = null;
  for (const m of text.matchAll(RUN)) {
    for (const page of PAGES) {
      const fixed = asUtf8(m[0], page);
      if (fixed !== null) {
        (out ??= []).push({ start: m.index, end: m.index + m[0].length, text: fixed });
        break;
      }
    }
  }
  return out;
}

/** `text` with its mojibake repaired. */
export function repairMojibake(text: string): string {
  const repairs = mojibakeRepairs(text);
  if (!repairs) return text;
  let out = '';
  let at = 0;
  for (const r of repairs) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}
