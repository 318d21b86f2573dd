/**
 * Cuts text so that, once escaped for a platform, it fits in `max` UTF-16 units,
 * never splitting a character (surrogate pair) or an escape sequence, with "…" when cut.
 */
export function fit(text: string, max: number, escape: (s: string) => string = (s) => s): string {
  const whole = escape(text);
  if (whole.length <= max) return whole;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (escape(`${chars.slice(0, mid).join('').trimEnd()}…`).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return escape(`${chars.slice(0, lo).join('').trimEnd()}…`);
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
