import { REST } from '@discordjs/rest';
import { discordCommands } from './commands.js';

/**
 * Registers the application commands: a bulk overwrite, so running it again changes nothing.
 * With a guild id they appear in that server at once; globally, within the hour.
 */
export async function registerCommands(opts: { apiUrl: string; token: string; applicationId: string; guildId: string | null; timeoutMs: number }): Promise<string[]> {
  const rest = new REST({ api: opts.apiUrl, version: '10', timeout: opts.timeoutMs }).setToken(opts.token);
  try {
    const route = opts.guildId ? `/applications/${opts.applicationId}/guilds/${opts.guildId}/commands` : `/applications/${opts.applicationId}/commands`;
    const registered = (await rest.put(route as `/${string}`, { body: discordCommands() })) as { name: string }[];
    return registered.map((c) => c.name);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
