import fs from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'zod';
import type { Org, OrgRef } from '../domain.js';
import { ConfigError } from '../errors.js';
import { CONTEXT_WORDS } from './lexicon.js';

const catalogSchema = z.object({
  orgs: z.array(
    z.object({
      name: z.string().min(1),
      parent: z.string().min(1).optional(),
      aliases: z.array(z.string().min(1)).default([]),
      zh: z.array(z.string().min(1)).default([]),
      /** How news names the org by its founder or chief ("Sutskever", "梁文锋"): "Sutskever's startup", "梁文锋创办的公司". */
      founders: z.array(z.string().min(1)).default([]),
    }),
  ),
});

/** The names of a founder's company, as news writes them in place of its name ("Sutskever's startup", "梁文锋创办的公司"). */
export function foundersCompany(founder: string): string[] {
  const { en, zh } = CONTEXT_WORDS.foundersCompanyNouns;
  if (/\p{Script=Han}/u.test(founder)) return zh.map((n) => founder + n);
  return en.flatMap((n) => [`${founder}'s ${n}`, `${founder}’s ${n}`]);
}

/** The orgs the matcher knows, by name, with parent relations. */
export class OrgCatalog {
  private readonly byName = new Map<string, Org>();

  constructor(orgs: Iterable<Org>) {
    for (const o of orgs) this.add(o);
  }

  add(org: Org): void {
    const existing = this.byName.get(org.name);
    if (existing) {
      for (const a of org.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      return;
    }
    this.byName.set(org.name, { ...org, aliases: [...org.aliases] });
  }

  get(name: string): Org | undefined {
    return this.byName.get(name);
  }

  /** Finds an org by its name or any alias, ignoring case. */
  find(nameOrAlias: string): Org | undefined {
    const exact = this.byName.get(nameOrAlias);
    if (exact) return exact;
    const key = nameOrAlias.toLowerCase();
    for (const o of this.byName.values()) {
      if (o.name.toLowerCase() === key || o.aliases.some((a) => a.toLowerCase() === key)) return o;
    }
    return undefined;
  }

  /** The top-level org: a move from MSL is a move from Meta. */
  root(name: string): string {
    let current = name;
    for (let guard = 0; guard < 10; guard++) {
      const parent = this.byName.get(current)?.parent;
      if (!parent) return current;
      current = parent;
    }
    return current;
  }

  /** How a move names an org: its top-level org, and the unit when it is one ("MSL" → Meta, unit MSL). */
  ref(name: string): OrgRef {
    const root = this.root(name);
    return { org: root, unit: root === name ? null : name };
  }

  /** The org and every org above it. */
  lineage(name: string): string[] {
    const out = [name];
    let current = name;
    for (let guard = 0; guard < 10; guard++) {
      const parent = this.byName.get(current)?.parent;
      if (!parent) break;
      out.push(parent);
      current = parent;
    }
    return out;
  }

  all(): Org[] {
    return [...this.byName.values()];
  }
}

export function parseCatalog(yamlText: string, label: string): Org[] {
  const parsed = catalogSchema.safeParse(load(yamlText));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${label}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.orgs.map((o) => ({ name: o.name, parent: o.parent ?? null, aliases: [...o.aliases, ...o.zh, ...o.founders.flatMap(foundersCompany)] }));
}

export function loadCatalog(file: string): OrgCatalog {
  return new OrgCatalog(parseCatalog(fs.readFileSync(file, 'utf8'), file));
}
