import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Answer, Citation } from '../../retrieval/types.ts';
import { clauseButtonId, voteButtonId } from './button-ids.ts';
import { packEmbeds, type DiscordMessage, type EmbedUnit } from './embeds.ts';
import { ellipsize, LIMITS, splitText } from './limits.ts';

const COLOR_ANSWER = 0x2b6cb0;
const COLOR_ABSTAIN = 0x718096;
/** Four rows of "Show clause" buttons at most, leaving the fifth row for 👍/👎. */
const CLAUSE_BUTTONS_PER_MESSAGE = (LIMITS.rowsPerMessage - 1) * LIMITS.buttonsPerRow;

/**
 * Renders an answer as one or more Discord messages: the answer text in the
 * embed description, then one numbered field per citation (clause label as
 * name, verbatim text and document link as value).
 *
 * A clause longer than a field value (1,024 characters) continues in the next
 * fields, named "[n] label (cont.)": citation text is never cut. Whatever does
 * not fit one message (6,000 characters of embeds, 25 fields per embed) goes
 * to follow-up messages. "Show clause" buttons sit on the message where their
 * citation starts; the 👍/👎 row is on the last message. Abstentions cite
 * nothing: the nearest clauses are listed by label as "related", without buttons.
 */
export function renderAnswer(answer: Answer, answerKey: string): DiscordMessage[] {
  const fr = answer.lang === 'fr';
  const units: EmbedUnit[] = splitText(answer.answer.trim() || '…', LIMITS.embedDescription).map((text) => ({ kind: 'description', text }));
  if (!answer.abstained) for (const citation of answer.citations) units.push(...citationFields(citation));
  if (answer.abstained && answer.related.length > 0) {
    const name = fr ? 'Clauses proches (non citées)' : 'Related clauses (not cited)';
    const lines = answer.related.map((r) => `• ${r.document} — ${r.label}`);
    // The related list is a pointer, not a citation: shortening it is harmless.
    units.push({ kind: 'field', name, value: ellipsize(lines.join('\n'), LIMITS.fieldValue) });
  }
  const footer = [...answer.notes, answer.mode === 'generative' ? 'generative' : 'extractive'].join(' · ');
  units.push({ kind: 'footer', text: ellipsize(footer, LIMITS.footer) });

  const packed = packEmbeds(units, {
    title: ellipsize(answer.question.replace(/\s+/g, ' ').trim() || 'JCG-IoTSec', LIMITS.embedTitle),
    color: answer.abstained ? COLOR_ABSTAIN : COLOR_ANSWER,
    maxGroupsPerMessage: CLAUSE_BUTTONS_PER_MESSAGE,
  });
  const byId = new Map(answer.citations.map((c) => [String(c.n), c]));
  return packed.map((message, index) => {
    const buttons = message.groups.map((n) => clauseButton(byId.get(n)!, fr));
    const components = rows(buttons);
    if (index === packed.length - 1) components.push(voteRow(answerKey));
    return { embeds: message.embeds, components };
  });
}

function citationFields(c: Citation): EmbedUnit[] {
  const source = c.url ? `— [${c.document}](${c.url})` : `— ${c.document}`;
  const room = LIMITS.fieldValue - source.length - 1;
  const pieces = splitText(c.text.trim(), room);
  return pieces.map((piece, i) => ({
    kind: 'field' as const,
    name: ellipsize(`[${c.n}] ${c.label}${i > 0 ? ' (cont.)' : ''}`, LIMITS.fieldName),
    value: i === pieces.length - 1 ? `${piece}\n${source}` : piece,
    group: String(c.n),
  }));
}

function clauseButton(c: Citation, fr: boolean): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: clauseButtonId(c.id),
    label: ellipsize(`[${c.n}] ${fr ? 'Voir la clause' : 'Show clause'}`, LIMITS.buttonLabel),
  };
}

function voteRow(answerKey: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: voteButtonId('up', answerKey), emoji: { name: '👍' } },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: voteButtonId('down', answerKey), emoji: { name: '👎' } },
    ],
  };
}

/** Buttons in action rows of five (Discord's per-row limit). */
export function rows(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  const out: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}
