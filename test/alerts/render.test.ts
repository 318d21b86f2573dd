import { describe, expect, it } from 'vitest';
import type { Alert } from '../../src/domain.js';
import { renderSlack } from '../../src/alerts/render/slack.js';
import { renderDiscord } from '../../src/alerts/render/discord.js';
import { renderText } from '../../src/alerts/render/text.js';

function alert(over: Partial<Alert> = {}): Alert {
  return {
    id: 'abc123',
    event: 'departure',
    person: 'Chi-Hao Wu',
    from: 'Meta',
    to: 'Memories.ai',
    fromUnit: null,
    toUnit: null,
    role: 'Chief AI Officer',
    tenure: '5+ years',
    status: 'reported',
    discovered: false,
    watched: [{ kind: 'org', name: 'Meta' }],
    confidence: 0.86,
    evidence: 'Chi-Hao Wu在本月早些時候，已表示將離開工作了五年多的Meta，加盟初創公司Memories.ai擔任首席AI官。',
    item: { title: 'Chi-Hao Wu leaves Meta', url: 'https://news.example/a?b=1&c=2', source: '新智元', published: '2025-09-20T08:00:00.000Z', language: 'zh' },
    reports: 3,
    sources: [
      { source: '新智元', url: 'https://news.example/a' },
      { source: 'Wire', url: 'https://wire.example/b' },
      { source: 'Daily', url: 'https://daily.example/c' },
    ],
    followup: false,
    changes: [],
    ...over,
  };
}

const HOSTILE = '@everyone <!channel> **bold** <@U123> <@&987654321> @here _x_ [click](https://evil.example) ||spoiler|| `code` <https://evil.example|trust me>';

/** Every string inside a JSON value. */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

describe('Slack Block Kit', () => {
  it('has a header with who/from/to, details, the quoted evidence in its own script, source link and context', () => {
    const m = renderSlack(alert());
    expect(m.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Chi-Hao Wu leaves Meta for Memories.ai', emoji: false } });
    const all = strings(m.blocks).join('\n');
    expect(all).toContain('as Chief AI Officer · after 5+ years');
    expect(all).toContain('離開工作了五年多的Meta');
    expect(all).toContain('<https://news.example/a?b=1&amp;c=2|新智元: Chi-Hao Wu leaves Meta> · <https://news.example/a|新智元> · <https://wire.example/b|Wire>');
    expect(all).toContain('confidence 86% · 2 more sources');
  });

  it('hostile feed text reaches no mention and no markup', () => {
    const m = renderSlack(alert({ evidence: HOSTILE, item: { ...alert().item, title: HOSTILE } }));
    for (const block of m.blocks) {
      const text = (block.text as { type: string; text: string } | undefined) ?? (block.elements as { type: string; text: string }[] | undefined)?.[0];
      if (!text) continue;
      if (text.type === 'mrkdwn') {
        // Only our own links may open "<"; everything from the feed is escaped.
        expect(text.text.match(/<(?!https?:\/\/)/g)).toBeNull();
        expect(text.text).not.toMatch(/<!channel>|<@U123>|<!here>|<!everyone>/);
        expect(text.text).toContain('&lt;!channel&gt;');
      }
      expect(text.text).not.toMatch(/@(everyone|here|channel)\b/);
    }
    expect(m.text).not.toMatch(/<!|<@/);
  });

  it('cuts a 10,000-character evidence within Slack’s limits without breaking a character', () => {
    const evidence = `${'離'.repeat(2999)}😀${'x'.repeat(7000)}`;
    const m = renderSlack(alert({ evidence }));
    for (const b of m.blocks) for (const s of strings(b)) expect(s.length).toBeLessThanOrEqual(3000);
    const quoted = strings(m.blocks).find((s) => s.startsWith('“'))!;
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('Discord embed', () => {
  it('colour by event, fields for from/to/role, no mentions allowed', () => {
    const m = renderDiscord(alert());
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect(m.embeds[0]!.color).toBe(0xe67e22);
    expect(renderDiscord(alert({ event: 'join' })).embeds[0]!.color).not.toBe(m.embeds[0]!.color);
    expect(m.embeds[0]!.fields.map((f) => f.name)).toEqual(['From', 'To', 'Role', 'Tenure', 'Source']);
    expect(m.embeds[0]!.url).toBe('https://news.example/a?b=1&c=2');
    expect(m.embeds[0]!.fields.at(-1)!.value).toBe('[新智元\\: Chi\\-Hao Wu leaves Meta](https://news.example/a?b=1&c=2) · [新智元](https://news.example/a) · [Wire](https://wire.example/b)');
    expect(m.embeds[0]!.footer.text).toContain('2 more sources');
  });

  it('hostile feed text is escaped: no mention, no markdown', () => {
    const m = renderDiscord(alert({ evidence: HOSTILE, item: { ...alert().item, title: HOSTILE } }));
    const texts = strings(m.embeds);
    for (const t of texts) {
      expect(t).not.toMatch(/(^|[^\\])<@&?\d/);
      expect(t).not.toMatch(/(^|[^\\])<@U/);
      expect(t).not.toMatch(/@(everyone|here)/);
      expect(t).not.toMatch(/(^|[^\\])\*\*bold/);
      expect(t).not.toMatch(/(^|[^\\])\[click\]/);
    }
  });

  it('a javascript: URL never becomes a link', () => {
    expect(renderDiscord(alert({ item: { ...alert().item, url: 'javascript:alert(1)' } })).embeds[0]!.url).toBeUndefined();
  });

  it('stays within Discord’s limits with a 10,000-character evidence and title', () => {
    const m = renderDiscord(alert({ evidence: '證'.repeat(10_000), item: { ...alert().item, title: 'T'.repeat(10_000), url: `https://x.example/${'p'.repeat(3000)}` }, role: 'r'.repeat(5000) }));
    const e = m.embeds[0]!;
    expect(e.title.length).toBeLessThanOrEqual(256);
    expect(e.description.length).toBeLessThanOrEqual(4096);
    for (const f of e.fields) expect(f.value.length).toBeLessThanOrEqual(1024);
    const total = e.title.length + e.description.length + e.footer.text.length + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
  });
});

describe('text renderer', () => {
  it('a follow-up says what it adds', () => {
    expect(renderText(alert({ followup: true, changes: ['destination'] }))).toMatch(/^↳ Update \(destination now known\): Chi-Hao Wu leaves Meta for Memories\.ai/);
  });
});
