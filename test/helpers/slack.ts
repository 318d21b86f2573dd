import crypto from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';

/** Signs a body as Slack does: v0=HMAC-SHA256(secret, "v0:" + ts + ":" + body). */
export function slackSignature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackPost {
  status: number;
  text: string;
}

/** POSTs a form body to /slack/events signed (or mis-signed) as Slack would, with the bare content type Slack sends. */
export async function postSlack(port: number, form: Record<string, string>, opts: { timestamp?: number; secret?: string } = {}): Promise<SlackPost> {
  const body = new URLSearchParams(form).toString();
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': slackSignature(body, ts, opts.secret) },
    body,
  });
  return { status: res.status, text: await res.text() };
}

/** A slash command as Slack delivers it. */
export function slashCommand(command: string, text: string, where: { team: string; channel: string; user?: string }, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: where.team,
    team_domain: 'example',
    channel_id: where.channel,
    channel_name: 'ai-talent',
    user_id: where.user ?? 'U0USER1',
    user_name: 'ana',
    command,
    text,
    api_app_id: 'A0LABWATCH',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1337.42.abcd',
  };
}

/** A button click (block_actions) as Slack delivers it: the JSON payload in a form field. */
export function buttonClick(
  actionId: string,
  value: string,
  where: { team: string; channel: string; user?: string; messageTs?: string; blocks?: unknown[] },
  responseUrl: string,
): Record<string, string> {
  return {
    payload: JSON.stringify({
      type: 'block_actions',
      team: { id: where.team, domain: 'example' },
      user: { id: where.user ?? 'U0USER1', username: 'ana', name: 'ana', team_id: where.team },
      api_app_id: 'A0LABWATCH',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: where.messageTs ?? '1700000000.000001', channel_id: where.channel, is_ephemeral: !where.messageTs },
      trigger_id: '1337.42.abcd',
      channel: { id: where.channel, name: 'ai-talent' },
      message: where.messageTs ? { type: 'message', ts: where.messageTs, text: 'alert', blocks: where.blocks ?? [] } : undefined,
      response_url: responseUrl,
      actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.000000' }],
    }),
  };
}

/** An Events API callback as Slack delivers it (JSON body). */
export async function postSlackEvent(port: number, event: Record<string, unknown>, team: string): Promise<SlackPost> {
  const body = JSON.stringify({
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A0LABWATCH',
    type: 'event_callback',
    event_id: `Ev${Date.now()}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': slackSignature(body, ts) },
    body,
  });
  return { status: res.status, text: await res.text() };
}
