const ZONES: Record<string, string> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
  BST: '+0100',
  CET: '+0100',
  CEST: '+0200',
  JST: '+0900',
  KST: '+0900',
  HKT: '+0800',
  SGT: '+0800',
  IST: '+0530',
  AEST: '+1000',
};

function valid(d: Date): Date | null {
  const t = d.getTime();
  // Before 1990 or over a year ahead is a broken feed, not news.
  return Number.isNaN(t) || t < 631152000000 || t > Date.now() + 366 * 86_400_000 ? null : d;
}

/** Parses the date shapes feeds use (RFC 822 with odd zones, ISO 8601, 2025年9月3日) into UTC, or null. */
export function parseFeedDate(raw: unknown): Date | null {
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const s = String(raw).trim();
  if (!s) return null;
  const zh = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  if (zh) {
    const [, y, mo, d, h = '0', mi = '0', se = '0'] = zh;
    // Chinese outlets publish in Beijing time.
    return valid(new Date(Date.UTC(+y!, +mo! - 1, +d!, +h - 8, +mi, +se)));
  }
  const direct = new Date(s);
  if (!Number.isNaN(direct.getTime())) return valid(direct);
  // RFC 822 with a zone Date cannot read, a comma-less weekday, or a zone like "GMT+8".
  const fixed = s
    .replace(/^[A-Za-z]{3},?\s*/, '')
    .replace(/\b(GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i, (_, _z, sign: string, h: string, m = '00') => `${sign}${h.padStart(2, '0')}${m}`)
    .replace(/\b([A-Z]{1,4})$/, (z: string) => ZONES[z] ?? z);
  const retry = new Date(fixed);
  return Number.isNaN(retry.getTime()) ? null : valid(retry);
}
