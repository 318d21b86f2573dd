import type { Db } from '../db/open.js';
import type { Scope, Watch } from '../domain.js';
import { listWatches, removeWatch, upsertWatch, type WatchOrigin } from '../db/watches.js';
import type { OrgCatalog } from '../match/catalog.js';
import { fail, ok, type Reply } from './reply.js';

export interface PersonArgs {
  name: string;
  aliases: string[];
  orgs: string[];
  strict: boolean;
}

export interface OrgArgs {
  name: string;
  aliases: string[];
}

const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

function validName(name: string): string | null {
  const n = name.trim();
  if (!n) return 'a name is needed';
  if (n.length > 120) return 'that name is longer than 120 characters';
  if (/[\u0000-\u001f<>@`]/.test(n)) return 'a name cannot contain control characters, <, >, @ or `';
  return null;
}

export function watchPerson(db: Db, scope: Scope, args: PersonArgs, catalog: OrgCatalog, origin: WatchOrigin): Reply {
  const problem = validName(args.name) ?? args.aliases.map(validName).find(Boolean);
  if (problem) return fail(`Cannot watch that person: ${problem}.`);
  const orgs = clean(args.orgs).map((o) => catalog.find(o)?.name ?? o);
  const { watch, created } = upsertWatch(db, { kind: 'person', name: args.name.trim(), aliases: clean(args.aliases), orgs, strict: args.strict, scope }, origin);
  return ok(`${created ? 'Now watching' : 'Updated watch on'} ${describe(watch)}.`);
}

export function watchOrg(db: Db, scope: Scope, args: OrgArgs, catalog: OrgCatalog, origin: WatchOrigin): Reply {
  const problem = validName(args.name) ?? args.aliases.map(validName).find(Boolean);
  if (problem) return fail(`Cannot watch that org: ${problem}.`);
  const known = catalog.find(args.name.trim());
  const name = known?.name ?? args.name.trim();
  const { watch, created } = upsertWatch(db, { kind: 'org', name, aliases: clean(args.aliases), scope }, origin);
  const also = known ? [...known.aliases].slice(0, 8) : [];
  const units = known ? catalog.all().filter((o) => o.parent === known.name).map((o) => o.name) : [];
  const lines = [
    ...(also.length ? [`Also matches: ${also.join(', ')}`] : [`Not in the org catalog: matched by the name${watch.aliases.length ? ' and aliases' : ''} you gave.`]),
    ...(units.length ? [`Includes: ${units.join(', ')}`] : []),
  ];
  return ok(`${created ? 'Now watching' : 'Updated watch on'} ${describe(watch)}.`, lines);
}

export function unwatch(db: Db, scope: Scope, name: string): Reply {
  const n = removeWatch(db, name.trim(), scope);
  return n ? ok(`Stopped watching ${name.trim()}.`) : fail(`No watch named "${name.trim()}" here. See the list with "watch list".`);
}

export function describe(w: Watch): string {
  const parts = [`${w.kind} ${w.name}`];
  if (w.aliases.length) parts.push(`aka ${w.aliases.join(', ')}`);
  if (w.kind === 'person' && w.orgs.length) parts.push(`at ${w.orgs.join(', ')}`);
  if (w.kind === 'person' && w.strict) parts.push('strict');
  return parts.join(' · ');
}

export function watchlist(db: Db, scope?: Scope): Reply {
  const watches = listWatches(db, scope);
  if (!watches.length) return ok('Nothing watched yet. Add one with "watch add person NAME" or "watch add org NAME".');
  return ok(`${watches.length} watch${watches.length === 1 ? '' : 'es'}:`, watches.map((w) => `${describe(w)}${scope ? '' : `  [${w.scope}]`}`));
}

/** The watchlist as JSON rows, for scripts. */
export function watchlistJson(db: Db): object[] {
  return listWatches(db).map((w) => ({ kind: w.kind, name: w.name, aliases: w.aliases, orgs: w.kind === 'person' ? w.orgs : [], strict: w.kind === 'person' && w.strict, scope: w.scope }));
}
