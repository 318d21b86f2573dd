import type { Alert } from '../../domain.js';
import { fit, safeUrl } from './limits.js';
import { contextLine, followupLine, headline, otherSources } from './words.js';

export interface DiscordEmbed {
  title: string;
  description: string;
  url?: string;
  color: number;
  fields: { name: string; value: string; inline: boolean }[];
  footer: { text: string };
  timestamp?: string;
}

/** A Discord message body: content, embeds, and no mentions allowed whatever the text says. */
export interface DiscordMessage {
  content: string;
  embeds: DiscordEmbed[];
  allowed_mentions: { parse: never[] };
}

// Discord's limits: title 256, description 4096, 25 fields (name 256, value 1024), footer 2048, 6000 in all; content 2000.
const COLORS: Record<Alert['event'], number> = { departure: 0xe67e22, join: 0x2ecc71, return: 0x3498db, promotion: 0x9b59b6, founding: 0xf1c40f };

/**
 * Escapes Discord markdown (\*_~`|>#-[]()) and mention syntax: "<@123>" and "@everyone" stay text.
 * allowed_mentions is empty as well, so even a missed case cannot ping.
 */
export function escapeDiscord(s: string): string {
  return s.replace(/([\\*_~`|>#\-[\]()<:])/g, '\\$1').replace(/@/g, '@\u200b');
}

export function renderDiscord(a: Alert): DiscordMessage {
  const title = a.followup ? followupLine(a) : headline(a);
  const fields: DiscordEmbed['fields'] = [];
  // Field caps keep the whole embed under Discord's 6,000-character total.
  const field = (name: string, value: string | null, inline = true, max = 256) => {
    if (value) fields.push({ name, value: fit(value, max, escapeDiscord), inline });
  };
  field('From', a.from ? `${a.from}${a.fromUnit ? ` (${a.fromUnit})` : ''}` : null);
  field('To', a.to ? `${a.to}${a.toUnit ? ` (${a.toUnit})` : ''}` : null);
  field('Role', a.role);
  field('Tenure', a.tenure);
  const mdLink = (label: string, url: string | null) => {
    const safe = safeUrl(url);
    const text = fit(label, 200, escapeDiscord);
    return safe ? `[${text}](${safe.replace(/[()\s]/g, encodeURIComponent)})` : text;
  };
  // Built from escaped parts, so it is added as is (field() would escape our own link syntax).
  const parts = [mdLink(`${a.item.source}: ${a.item.title}`, a.item.url), ...otherSources(a).map((o) => mdLink(o.source, o.url))];
  let value = parts[0]!.length <= 1024 ? parts[0]! : fit(`${a.item.source}: ${a.item.title}`, 1024, escapeDiscord);
  for (const p of parts.slice(1)) if (value.length + 3 + p.length <= 1024) value += ` · ${p}`;
  fields.push({ name: 'Source', value, inline: false });
  const url = safeUrl(a.item.url);
  const embed: DiscordEmbed = {
    title: fit(title, 256),
    description: fit(`“${a.evidence}”`, 2048, escapeDiscord),
    color: COLORS[a.event],
    fields,
    footer: { text: fit(contextLine(a), 512) },
    ...(url ? { url } : {}),
    ...(a.item.published ? { timestamp: a.item.published } : {}),
  };
  return { content: '', embeds: [embed], allowed_mentions: { parse: [] } };
}
