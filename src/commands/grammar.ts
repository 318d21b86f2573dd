import { usageOf, type Command, type OrgTarget, type PersonTarget } from './types.js';

/** A command's text was not understood; the message is one line, with the usage. */
export class CommandSyntaxError extends Error {
  override name = 'CommandSyntaxError';
  constructor(
    message: string,
    readonly usage: string | null,
    /** 'too-short': a name that could be watched anyway, on purpose (the CLI's --force). */
    readonly reason: 'too-short' | null = null,
  ) {
    super(message);
  }
}

const MAX_TEXT = 1000;
const MAX_NAME = 120;
const MAX_ALIASES = 20;
const MAX_DAYS = 365;

interface Token {
  text: string;
  quoted: boolean;
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“', '「': '」', '『': '』', '«': '»' };

/** Splits command text into words; quoted runs ("Rohan Varma", “…”, 「…」) stay one word. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const s = text.replace(/\s+/gu, ' ').trim();
  while (i < s.length) {
    if (s[i] === ' ') {
      i++;
      continue;
    }
    const close = QUOTES[s[i]!];
    if (close) {
      const end = s.indexOf(close, i + 1);
      if (end < 0) throw new CommandSyntaxError(`a quote is not closed: ${s.slice(i, i + 40)}`, null);
      out.push({ text: s.slice(i + 1, end).trim(), quoted: true });
      i = end + 1;
      continue;
    }
    let end = s.indexOf(' ', i);
    if (end < 0) end = s.length;
    out.push({ text: s.slice(i, end), quoted: false });
    i = end;
  }
  return out;
}

/** Collapses whitespace and checks that a name is safe to match and to show; throws a one-line reason. */
export function cleanName(raw: string, what: string, minLength = 2): string {
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!name) throw new CommandSyntaxError(`${what} is missing`, null);
  if ([...name].length > MAX_NAME) throw new CommandSyntaxError(`${what} is longer than ${MAX_NAME} characters`, null);
  if (/[\u0000-\u001f\u007f<>@`*_~|\\]/u.test(name))
    throw new CommandSyntaxError(`${what} "${name.replace(/[<>@`]/g, '')}" cannot contain <, >, @, \`, *, _, ~, | or \\ (no mentions or markup)`, null);
  if (/\p{Extended_Pictographic}/u.test(name)) throw new CommandSyntaxError(`${what} cannot contain emoji`, null);
  if (!/\p{L}/u.test(name)) throw new CommandSyntaxError(`${what} "${name}" has no letters`, null);
  // One letter ("A") would match every article.
  if ([...name.replace(/[\s.\-']/g, '')].length < minLength) throw new CommandSyntaxError(`${what} "${name}" is too short to match safely`, null, 'too-short');
  return name;
}

/** "7d", "2w", "24h" (rounded up to days) or a bare number of days; null when it is not a period. */
export function parsePeriod(text: string): number | null {
  const m = /^(\d{1,4})\s*(d|day|days|w|wk|week|weeks|h|hours?)?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'd').toLowerCase()[0];
  const days = unit === 'w' ? n * 7 : unit === 'h' ? Math.ceil(n / 24) : n;
  return days >= 1 && days <= MAX_DAYS ? days : null;
}

/** A URL as typed in chat: Slack wraps links as <https://x|label>. */
export function cleanUrl(raw: string): string {
  const url = raw.trim().replace(/^<([^|>]+)(\|[^>]*)?>$/, '$1');
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new CommandSyntaxError(`"${url.slice(0, 80)}" is not a URL`, usageOf('sources'));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CommandSyntaxError('only http(s) feeds can be polled', usageOf('sources'));
  return u.toString();
}

const KEYWORDS = new Set(['aka', 'at', 'strict']);
const isKeyword = (t: Token) => !t.quoted && KEYWORDS.has(t.text.toLowerCase());

/** Reads NAME [aka ALIAS]... [at ORG]... [strict] (org: NAME [aka ALIAS]...). */
function parseTarget(kind: 'person' | 'org', tokens: Token[]): PersonTarget | OrgTarget {
  const usage = usageOf('watch');
  const groups: { key: string; words: string[] }[] = [{ key: 'name', words: [] }];
  let strict = false;
  for (const t of tokens) {
    if (isKeyword(t)) {
      const key = t.text.toLowerCase();
      if (key === 'strict') {
        if (kind === 'org') throw new CommandSyntaxError('"strict" is for people only', usage);
        strict = true;
        continue;
      }
      if (key === 'at' && kind === 'org') throw new CommandSyntaxError('"at ORG" is for people only', usage);
      groups.push({ key, words: [] });
      continue;
    }
    groups[groups.length - 1]!.words.push(t.text);
  }
  const name = cleanName(groups[0]!.words.join(' '), kind === 'person' ? "the person's name" : "the org's name");
  const values = (key: string) =>
    groups
      .filter((g) => g.key === key)
      .map((g) => {
        if (!g.words.length) throw new CommandSyntaxError(`"${key}" needs a name after it`, usage);
        // An org after "at" only tells namesakes apart (元 is Meta), so it may be one character.
        return key === 'aka' ? cleanName(g.words.join(' '), 'an alias') : cleanName(g.words.join(' '), 'an org', 1);
      });
  const aliases = [...new Set(values('aka'))];
  if (aliases.length > MAX_ALIASES) throw new CommandSyntaxError(`at most ${MAX_ALIASES} aliases`, usage);
  if (kind === 'org') return { kind, name, aliases };
  return { kind, name, aliases, orgs: [...new Set(values('at'))], strict };
}

/** Builds a watch target from already separated parts (the CLI's flags), with the same checks. */
export function targetFrom(kind: 'person' | 'org', name: string, aliases: string[], orgs: string[] = [], strict = false, force = false): PersonTarget | OrgTarget {
  const min = force ? 1 : 2;
  const n = cleanName(name, kind === 'person' ? "the person's name" : "the org's name", min);
  const a = [...new Set(aliases.map((x) => cleanName(x, 'an alias', min)))];
  if (kind === 'org') return { kind, name: n, aliases: a };
  return { kind, name: n, aliases: a, orgs: [...new Set(orgs.map((o) => cleanName(o, 'an org', 1)))], strict };
}

/**
 * Parses a chat command's text (after `/watch`, `/recent` …). Text is untrusted: limits,
 * quotes, CJK and mention syntax are handled; anything else is a one-line usage error.
 */
export function parseCommand(command: string, text: string): Command {
  const name = command.replace(/^\//, '').toLowerCase();
  if (text.length > MAX_TEXT) throw new CommandSyntaxError(`that is longer than ${MAX_TEXT} characters`, null);
  const tokens = tokenize(text);
  const first = tokens[0]?.quoted ? '' : (tokens[0]?.text.toLowerCase() ?? '');
  switch (name) {
    case 'watch': {
      if (first !== 'person' && first !== 'org') throw new CommandSyntaxError('say what to watch: a person or an org', usageOf('watch'));
      return { name: 'watch', target: parseTarget(first, tokens.slice(1)) };
    }
    case 'unwatch': {
      const kind = first === 'person' || first === 'org' ? first : null;
      const rest = kind ? tokens.slice(1) : tokens;
      if (!rest.length) throw new CommandSyntaxError('say who or what to stop watching', usageOf('unwatch'));
      return { name: 'unwatch', target: cleanName(rest.map((t) => t.text).join(' '), 'the name'), kind };
    }
    case 'watchlist':
      return { name: 'watchlist' };
    case 'recent': {
      const days = tokens[0] && !tokens[0].quoted ? parsePeriod(tokens[0].text) : null;
      if (tokens[0] && days === null && /^\d/.test(tokens[0].text) && !tokens[0].quoted)
        throw new CommandSyntaxError(`"${tokens[0].text}" is not a period of 1 to ${MAX_DAYS} days (e.g. 7d, 2w)`, usageOf('recent'));
      const rest = days === null ? tokens : tokens.slice(1);
      const subject = rest.length ? cleanName(rest.map((t) => t.text).join(' '), 'the name') : null;
      return { name: 'recent', days, subject, person: null, org: null };
    }
    case 'sources': {
      if (!first || first === 'list') return { name: 'sources', action: 'list' };
      if ((first === 'add' || first === 'remove') && tokens.length === 2) return { name: 'sources', action: first, url: cleanUrl(tokens[1]!.text) };
      throw new CommandSyntaxError(first === 'add' || first === 'remove' ? `"${first}" takes one URL` : `"${first}" is not a sources action`, usageOf('sources'));
    }
    case 'labwatch':
      if (!first || first === 'help') return { name: 'help' };
      throw new CommandSyntaxError(`"${first}" is not a labwatch command`, usageOf('labwatch'));
    default:
      throw new CommandSyntaxError(`"/${name}" is not a labwatch command`, usageOf('labwatch'));
  }
}
