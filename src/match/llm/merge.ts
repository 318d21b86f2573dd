import type { Move } from '../../domain.js';

/**
 * The rules' moves, with what the model adds: moves the rules missed, and an end or a role the
 * rules left empty. Where both read a move, the rules' event and status stand (status words decide).
 */
export function mergeReadings(rules: Move[], model: Move[]): Move[] {
  const out = rules.map((m) => ({ ...m }));
  for (const m of model) {
    const same = out.find((r) => r.personKey === m.personKey);
    if (!same) {
      out.push(m);
      continue;
    }
    const filled: string[] = [];
    if (!same.from && m.from && m.from.org !== same.to?.org) {
      same.from = m.from;
      filled.push(`origin ${m.from.org}`);
    }
    if (!same.to && m.to && m.to.org !== same.from?.org) {
      same.to = m.to;
      filled.push(`destination ${m.to.org}`);
    }
    if (!same.role && m.role) {
      same.role = m.role;
      filled.push('role');
    }
    if (filled.length) {
      same.readBy = 'rules+model';
      same.reasons = [...same.reasons, `${filled.join(', ')} from the language model`];
    }
  }
  return out;
}
