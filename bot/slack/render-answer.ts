import type { Answer, Citation } from '../../retrieval/types.ts';
import { button, context, pack, sections, type Block, type SlackMessage } from './blocks.ts';
import { SHOW_CLAUSE_ACTION, VOTE_DOWN_ACTION, VOTE_UP_ACTION } from './button-ids.ts';
import { answerMrkdwn, escapeMrkdwn, link } from './mrkdwn.ts';

const WORDS = {
  en: {
    sources: 'Sources',
    more: 'Sources (continued)',
    show: 'Show clause',
    up: '👍 Helpful',
    down: '👎 Not helpful',
    abstain: ':mag: *No cited answer:* the indexed documents do not settle this, so nothing is cited.',
    related: 'Nearest clauses, not an answer:',
  },
  fr: {
    sources: 'Sources',
    more: 'Sources (suite)',
    show: 'Voir la clause',
    up: '👍 Utile',
    down: '👎 Pas utile',
    abstain: ':mag: *Pas de réponse citée :* les documents indexés ne permettent pas de trancher, rien n’est donc cité.',
    related: 'Clauses les plus proches, sans valeur de réponse :',
  },
};

/** The words the Slack UI uses for an answer's language (French, else English). */
export function words(lang: string | undefined): (typeof WORDS)['en'] {
  return lang === 'fr' ? WORDS.fr : WORDS.en;
}

/**
 * "*[2]* Res. 98 › considering › f) · <url|WTSA Res. 98>": the numbered label
 * (which already opens with the document's short name), then the document
 * link where the corpus knows one.
 */
export function citationLine(c: Citation): string {
  const label = `*[${c.n}]* ${escapeMrkdwn(c.label).slice(0, 2500)}`;
  return c.url ? `${label} · ${link(c.url, c.document)}` : label;
}

/**
 * An answer as one or more Slack messages: the answer text (escaped mrkdwn,
 * split at 3,000 characters), notes, then a Sources block with one section and
 * "Show clause" button per citation, then 👍/👎 buttons carrying `voteKey`.
 * Abstentions say so plainly and cite nothing (nearest clauses are listed as
 * such, without buttons). Every citation is rendered; when the 50-block or
 * size limit is reached the rest continues in further messages.
 */
export function renderAnswer(answer: Answer, voteKey: string): SlackMessage[] {
  const w = words(answer.lang);
  const groups: Block[][] = [];
  if (answer.abstained) groups.push(sections(w.abstain));
  const body = answerMrkdwn(answer.answer);
  if (body) for (const block of sections(body)) groups.push([block]);
  if (answer.notes.length > 0) groups.push([context(answer.notes.map((n) => `_${escapeMrkdwn(n)}_`))]);

  if (answer.abstained) {
    const related = answer.related.slice(0, 5).map((c) => `${link(c.url, c.document)} › ${escapeMrkdwn(c.label).slice(0, 300)}`);
    if (related.length > 0) groups.push([context([w.related, ...related])]);
  } else if (answer.citations.length > 0) {
    groups.push([{ type: 'divider' }, ...sections(`*${w.sources}*`)]);
    for (const c of answer.citations) {
      groups.push([
        {
          type: 'section',
          text: { type: 'mrkdwn', text: citationLine(c) },
          // action_id must be unique within a message, hence the citation number.
          accessory: button(w.show, `${SHOW_CLAUSE_ACTION}_${c.n}`, c.id),
        },
      ]);
    }
  }
  groups.push([
    {
      type: 'actions',
      block_id: 'votes',
      elements: [button(w.up, VOTE_UP_ACTION, voteKey), button(w.down, VOTE_DOWN_ACTION, voteKey)],
    },
  ]);
  const preview =
    (answer.abstained ? `${w.abstain.replace(/\*|:mag: /g, '')} ${answer.answer.trim()}` : answer.answer.trim()).slice(0, 300) || w.sources;
  return pack(groups, { text: escapeMrkdwn(preview), continued: () => sections(`*${w.more}*`) });
}
