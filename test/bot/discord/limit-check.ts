import type { Json } from '../json.ts';

/**
 * Discord's message limits, checked independently of the bot's own limits
 * module (numbers from https://discord.com/developers/docs/resources/message),
 * so a mistake there cannot hide here. Returns the first violation, if any.
 */
export function limitViolation(body: Json): string | undefined {
  // Interaction callbacks wrap the message in { type, data }.
  const msg = body && typeof body.type === 'number' && body.data && typeof body.data === 'object' ? body.data : body;
  if (typeof msg.content === 'string' && [...msg.content].length > 2000) return `content is ${msg.content.length} > 2000`;
  const embeds: Json[] = Array.isArray(msg.embeds) ? msg.embeds : [];
  if (embeds.length > 10) return `${embeds.length} embeds > 10`;
  let total = 0;
  for (const e of embeds) {
    const fields: Json[] = e.fields ?? [];
    if ((e.title ?? '').length > 256) return 'embed title > 256';
    if ((e.description ?? '').length > 4096) return `embed description ${e.description.length} > 4096`;
    if (fields.length > 25) return `${fields.length} fields > 25`;
    if ((e.footer?.text ?? '').length > 2048) return 'footer > 2048';
    for (const f of fields) {
      if (!f.name || f.name.length > 256) return `field name "${f.name}" empty or > 256`;
      if (!f.value || f.value.length > 1024) return `field value of ${f.value?.length} not in 1..1024`;
      total += f.name.length + f.value.length;
    }
    total += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
  }
  if (total > 6000) return `embeds total ${total} > 6000`;
  const rows: Json[] = Array.isArray(msg.components) ? msg.components : [];
  if (rows.length > 5) return `${rows.length} action rows > 5`;
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.type !== 1) return 'top-level component is not an action row';
    if (!row.components?.length || row.components.length > 5) return `action row with ${row.components?.length} components`;
    for (const c of row.components) {
      if (c.custom_id !== undefined) {
        if (c.custom_id.length > 100) return `custom_id longer than 100: ${c.custom_id}`;
        if (ids.has(c.custom_id)) return `duplicate custom_id ${c.custom_id}`;
        ids.add(c.custom_id);
      }
      if ((c.label ?? '').length > 80) return 'button label > 80';
    }
  }
  return undefined;
}
