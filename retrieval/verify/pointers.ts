/**
 * Pointers at the cited clause: a sentence that says where it read its fact
 * ("Comme l'indique le § 4.3", "under paragraph 5", "point b)") cites the
 * clause by its label, as it may cite the document by its name; the pointer
 * is blanked before the sentence's facts and words are read.
 */
import { escape } from './names.ts';
import type { SourceClause } from './rules.ts';

/** The words that point at a numbered or lettered part of a document, in the three languages. */
const POINTERS = String.raw`(?:§§?|¶|paragraphe?|párrafo|para\.?|section|sección|point|punto|clause|cláusula|alinéa|item|apartado)`;

/** A sentence with its pointers at the cited clauses blanked ("Comme l'indique le § 4.3", "under paragraph 5"). */
export function withoutLabels(text: string, cited: Array<Pick<SourceClause, 'label'>>): string {
  let out = text;
  for (const c of cited) {
    const last = c.label?.split('›').at(-1)?.trim() ?? '';
    const id = /(\d+(?:\.\d+)*|\b[a-z]\))\s*$/.exec(last)?.[1];
    if (!id) continue;
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${POINTERS}\s*${escape(id)}(?![\p{N}]|\.\d)`, 'giu');
    out = out.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return out;
}
