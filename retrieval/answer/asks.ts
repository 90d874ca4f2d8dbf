/**
 * A chat message often asks two things ("how many partners? and when does it
 * come out?"). Read as one question, each half dilutes the other: a clause
 * that answers one covers half the message, and the kind of fact asked is
 * the first half's. Each asking part is answered on its own (the other parts
 * still weigh as side remarks), and the answers are put together under the
 * part they answer, with their citations numbered once; a part the
 * documents do not answer says so.
 */
import { messageParts } from '../query/message-parts.ts';
import { questionForm } from '../query/question-form.ts';
import type { Answer, Citation, Hit, Lang, TermGroup } from '../types.ts';
import { MESSAGES } from './messages.ts';

/** How the query stage reads a text: its concepts, and its shorthand written out. */
export interface Reading {
  concepts: (text: string, lang: Lang) => TermGroup[];
  written: (text: string, lang: Lang) => string;
}

/** Asking parts answered apart: at most this many. */
const MAX_ASKS = 3;

/**
 * The asking parts of a message, when there are two or more and each asks something of its own: concepts, or the
 * kind of fact it wants ("… avec combien de partenaires ? et ça sort quand ?"). Otherwise none.
 */
export function separateAsks(message: string, lang: Lang, read: Reading): string[] {
  const asking = messageParts(message, lang).filter((p) => p.asks);
  if (asking.length < 2 || asking.length > MAX_ASKS) return [];
  const own = (text: string) => read.concepts(text, lang).length > 0 || questionForm(read.written(text, lang), lang, []).type !== undefined;
  return asking.every((p) => own(p.text)) ? asking.map((p) => p.text) : [];
}

/** One answer from each ask's: its quoted ask, then its answer or abstention; citations merged and numbered once. */
export function mergeAnswers(question: string, lang: Lang, parts: Array<{ ask: string; answer: Answer }>): Answer {
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  // Interleaved, so the best citation of every ask comes first.
  const depth = Math.max(...parts.map((p) => p.answer.citations.length));
  for (let i = 0; i < depth; i += 1) {
    for (const { answer } of parts) {
      const c = answer.citations[i];
      if (!c || numberOf.has(c.id)) continue;
      numberOf.set(c.id, citations.length + 1);
      citations.push({ ...c, n: citations.length + 1 });
    }
  }
  const blocks = parts.map(({ ask, answer }) => {
    const byOld = new Map(answer.citations.map((c) => [c.n, numberOf.get(c.id)!]));
    const text = answer.abstained
      ? MESSAGES[lang].abstain
      : answer.answer.replace(/\[(\d+)\]/g, (m, n) => `[${byOld.get(Number(n)) ?? n}]`);
    return `“${ask.trim()}”\n${text}`;
  });
  const first = parts.find((p) => !p.answer.abstained)!.answer;
  return { ...first, question, answer: blocks.join('\n\n'), abstained: false, citations, related: [] };
}

interface Composed {
  hits: Hit[];
  answer: Answer;
}

/** The message's asks answered apart and put together; the answer to the whole message when it asks one thing, or none is answered. */
export async function answerAsks(
  question: string,
  lang: Lang,
  message: string,
  whole: Composed,
  read: Reading,
  answer: (ask: string, asking: number) => Promise<Composed>,
): Promise<Composed> {
  const asks = separateAsks(message, lang, read);
  if (!asks.length) return whole;
  const parts = await Promise.all(asks.map(async (ask, asking) => ({ ask, ...(await answer(ask, asking)) })));
  if (parts.every((p) => p.answer.abstained)) return whole;
  // Asks the whole message already answers, from the same clauses and with the same facts ("when is the report due? is it
  // before each SG meeting?"), are one question put twice: the whole message's answer reads better.
  const cited = new Set(whole.answer.citations.map((c) => c.id));
  const unmarked = (text: string) => text.replace(/\s*\[\d+\]/g, '');
  const said = unmarked(whole.answer.answer);
  const apart = parts.some(
    (p) => !p.answer.abstained && (!cited.has(p.answer.citations[0].id) || !said.includes(unmarked(p.answer.answer.split('\n')[0]))),
  );
  if (!whole.answer.abstained && !apart) return whole;
  return { hits: parts.flatMap((p) => p.hits), answer: mergeAnswers(question, lang, parts) };
}
