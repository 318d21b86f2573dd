import { COMMANDS } from '../../commands/types.js';

/** Scopes the bot needs: slash commands, posting (also in public channels it was not added to), reading a user's admin flag. */
export const SLACK_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'users:read'];

/**
 * The Slack app manifest, generated from the command core's definitions so that the commands
 * Slack shows never drift from the ones labwatch answers. Socket Mode on: no public URL needed.
 */
export function slackManifest(): Record<string, unknown> {
  return {
    display_information: {
      name: 'labwatch',
      description: 'Tells this channel when the people and AI labs it watches move.',
      background_color: '#1d2b3a',
    },
    features: {
      bot_user: { display_name: 'labwatch', always_online: true },
      slash_commands: COMMANDS.map((c) => ({ command: `/${c.name}`, description: c.description, ...(c.hint ? { usage_hint: c.hint } : {}), should_escape: false })),
    },
    oauth_config: { scopes: { bot: SLACK_SCOPES } },
    settings: {
      event_subscriptions: { bot_events: ['app_uninstalled', 'tokens_revoked'] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    },
  };
}
