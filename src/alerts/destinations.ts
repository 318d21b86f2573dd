import type { Db } from '../db/open.js';
import { parseChatDestination, type Platform } from '../domain.js';
import { getInstall } from '../db/channels.js';
import type { Sink } from './sinks/sink.js';

/** What the dispatcher finds behind a destination name. */
export type Resolved =
  | { kind: 'sink'; sink: Sink }
  /** A chat channel that cannot be sent to now (app uninstalled, no token): paused, queue kept. */
  | { kind: 'unavailable'; reason: string }
  /** Neither a config sink nor a chat channel: nothing will ever take these alerts. */
  | { kind: 'unknown' };

export interface ChatSinkFactory {
  /** A bot sink for one chat channel with the given token. */
  (platform: Platform, token: string, channel: string, name: string): Sink;
}

/**
 * Resolves destinations when an alert is sent: config sinks by name, chat channels through
 * their install's token (else the platform token from the environment). Chat sinks are built
 * once per channel and token.
 */
export class DestinationResolver {
  private readonly chat = new Map<string, { token: string; sink: Sink }>();

  constructor(
    private readonly db: Db,
    private readonly configSinks: ReadonlyMap<string, Sink>,
    private readonly envTokens: Partial<Record<Platform, string>>,
    private readonly makeChatSink: ChatSinkFactory,
  ) {}

  resolve(name: string): Resolved {
    const configured = this.configSinks.get(name);
    if (configured) return { kind: 'sink', sink: configured };
    const ref = parseChatDestination(name);
    if (!ref) return { kind: 'unknown' };
    const install = getInstall(this.db, ref.platform, ref.workspace);
    if (install?.uninstalledAt) return { kind: 'unavailable', reason: 'the app was uninstalled from this workspace' };
    const token = install?.botToken ?? this.envTokens[ref.platform];
    if (!token)
      return {
        kind: 'unavailable',
        reason: `no ${ref.platform} token for workspace ${ref.workspace} (install the app there, or set ${ref.platform === 'slack' ? 'SLACK_BOT_TOKEN' : 'DISCORD_TOKEN'})`,
      };
    const cached = this.chat.get(name);
    if (cached?.token === token) return { kind: 'sink', sink: cached.sink };
    const sink = this.makeChatSink(ref.platform, token, ref.channel, name);
    this.chat.set(name, { token, sink });
    return { kind: 'sink', sink };
  }

  async close(): Promise<void> {
    for (const { sink } of this.chat.values()) await sink.close?.();
    this.chat.clear();
  }
}
