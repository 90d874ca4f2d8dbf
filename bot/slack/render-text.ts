import { context, pack, sections, type SlackMessage } from './blocks.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

/** The short message shown while the assistant works; replaced by the answer (Slack wants an ack within 3 s, answers take longer). */
export function renderPlaceholder(lang: string | undefined): SlackMessage {
  const text =
    lang === 'fr' ? ':hourglass_flowing_sand: Je cherche dans les documents…' : ':hourglass_flowing_sand: Searching the documents…';
  return { text, blocks: [context([text])] };
}

/** One short line (a notice or an error), escaped. */
export function renderLine(line: string): SlackMessage {
  const text = escapeMrkdwn(line);
  return { text, blocks: sections(text) };
}

/** The help text; it contains `<question>`-style placeholders, so it is escaped like any other text. */
export function renderHelp(help: string): SlackMessage[] {
  const text = escapeMrkdwn(help);
  return pack([sections(text)], { text: text.split('\n', 1)[0] });
}
