/** A platform-neutral answer to a command: adapters render it for the console, Slack or Discord. */
export interface Reply {
  ok: boolean;
  /** One line that says what happened (or what is wrong and how to fix it). */
  text: string;
  /** Further lines: a list, a table row each. */
  lines: string[];
}

export const ok = (text: string, lines: string[] = []): Reply => ({ ok: true, text, lines });
export const fail = (text: string): Reply => ({ ok: false, text, lines: [] });
