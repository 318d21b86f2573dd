/** What the language model is asked about one item. */
export interface ModelPrompt {
  system: string;
  user: string;
}

const SYSTEM = `You read news about people changing jobs at AI labs and technology companies, in English or Chinese.
List every personnel move the text reports as news: someone leaving, joining, returning to, being promoted or appointed at, or founding an organisation.
Answer with one JSON object and nothing else:
{"moves":[{"person":"…","event":"departure|join|return|promotion|founding","from":"org or null","to":"org or null","role":"title or null","status":"reported|rumoured|denied","evidence":"…"}]}
Rules:
- "evidence" is an exact quote copied from the text (one sentence or less) that shows the move.
- Write "person", "from" and "to" as the text writes them.
- "from" is the organisation the person left; "to" the one they joined, founded, returned to or were promoted at.
- Leave out career history (moves dated years before the story), temporary leave, threats and plans that did not happen.
- "rumoured" when the text attributes the move to unnamed sources or says it may happen; "denied" when someone denies it.
- No moves: {"moves":[]}.`;

/** The prompt for one item: its text (cut at `maxChars`) and the watched names it mentions, as hints. */
export function buildPrompt(text: string, hints: { people: string[]; orgs: string[] }, maxChars: number): ModelPrompt {
  const body = text.length > maxChars ? `${text.slice(0, maxChars)}\n[…]` : text;
  const hint = [hints.people.length ? `People of interest named in it: ${hints.people.join(', ')}.` : '', hints.orgs.length ? `Organisations named in it: ${hints.orgs.join(', ')}.` : '']
    .filter(Boolean)
    .join('\n');
  return { system: SYSTEM, user: `${hint ? `${hint}\n\n` : ''}Text:\n"""\n${body}\n"""` };
}
