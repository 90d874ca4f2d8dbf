/**
 * Documents a question names ("According to the GCA guidelines…", "in Res. 98"):
 * their short names, citations, manifest aliases and annex names.
 */
import { fold } from '../text.ts';
import type { DocumentMeta } from '../types.ts';
import { analyzeQuery } from './analyze.ts';

function normalizeName(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

export class DocumentNames {
  /** Names by their first word: a question is scanned once, whatever the number of documents. */
  private readonly byFirstWord = new Map<string, Array<{ docId: string; words: string[] }>>();

  constructor(private readonly docs: ReadonlyMap<string, DocumentMeta>) {
    for (const d of docs.values()) {
      const names = [d.short, d.citation, ...(d.aliases ?? []), ...Object.values(d.annexes ?? {})]
        .flatMap((name) => [
          name,
          name.replace(/\bRes\.\s*/i, 'Resolution '),
          name.replace(/\bRes\.\s*/i, 'Résolution '),
          // Circulars are written short ("Circ. 67", "TSB Circ 67"), as ITU documents cite them.
          name.replace(/\bCircula(?:r|ire)\b/i, 'Circ'),
        ])
        .map((name) => normalizeName(name))
        .filter((name) => name.length >= 3);
      for (const name of new Set(names)) {
        const words = name.split(' ');
        const list = this.byFirstWord.get(words[0]) ?? [];
        list.push({ docId: d.id, words });
        this.byFirstWord.set(words[0], list);
      }
    }
  }

  /** Ids of the documents the question refers to by name. */
  in(question: string): Set<string> {
    const q = normalizeName(question).split(' ');
    const found = new Set<string>();
    q.forEach((word, i) => {
      for (const { docId, words } of this.byFirstWord.get(word) ?? []) {
        if (words.every((w, k) => q[i + k] === w)) found.add(docId);
      }
    });
    return found;
  }

  /** Analysed words of a document's names, in every language the names use. */
  terms(docId: string): string[] {
    const d = this.docs.get(docId);
    if (!d) return [];
    const names = [d.short, d.citation, ...(d.aliases ?? [])].join(' ');
    const langs = ['en', 'fr', 'es'] as const;
    return [...new Set(langs.flatMap((l) => analyzeQuery(names, l).flatMap((t) => [t.term, t.compound?.whole ?? t.term])))];
  }
}
