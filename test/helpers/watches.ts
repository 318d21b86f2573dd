import { OPERATOR, type OrgWatch, type PersonWatch } from '../../src/domain.js';

/** A person watch of the operator's channel, as the config gives one; `extra` sets the id, aliases, orgs … */
export const personWatch = (name: string, extra: Partial<PersonWatch> = {}): PersonWatch => ({
  kind: 'person',
  id: 1,
  name,
  aliases: [],
  orgs: [],
  strict: false,
  channel: OPERATOR,
  origin: 'config',
  ...extra,
});

/** An org watch of the operator's channel, as the config gives one. */
export const orgWatch = (name: string, extra: Partial<OrgWatch> = {}): OrgWatch => ({ kind: 'org', id: 100, name, aliases: [], channel: OPERATOR, origin: 'config', ...extra });
