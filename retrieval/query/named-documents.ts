/**
 * Documents a question names ("According to the GCA guidelines…", "in Res. 98"):
 * their short names, citations, manifest aliases and annex names.
 */
import { fold } from '../text.ts';
import type { DocumentMeta, TermGroup } from '../types.ts';
import { analyze, analyzeQuery } from './analyze.ts';

/** "According to the Council report", "selon le rapport du Directeur …", "según la resolución de Bucarest …": the source. */
const SOURCE = /(?:^|[\s,(])(?:according to|as per|d'après|d’après|selon|según|conforme a)\s+([^,;?.!()]+)/iu;
/** Of a source described in a few words, this share must be in one document's names and title for it to be that one. */
const DESCRIBED_SHARE = 0.6;

function normalizeName(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

export class DocumentNames {
  /** Analysed words of each document's names and title, read when first asked for (`described`). */
  private readonly titles = new Map<string, Set<string>>();
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

  /** The words a question names its source with ("the Council report"), when it has such words. */
  static sourceOf(question: string): string | undefined {
    const source = SOURCE.exec(question)?.[1].trim();
    // "la Resolución 217" is a name with its number, which `in` reads or does not; a year describes ("2025 report").
    return source && !/\b(?!(?:19|20)\d\d\b)\d+\b/.test(source) ? source : undefined;
  }

  /**
   * The document a source is described as ("the Council report", "le rapport du Directeur du TSB au GCNT", "la
   * resolución de Bucarest"): the one whose names and title hold the most of the description's concepts, at least
   * two and DESCRIBED_SHARE of them; none when two documents hold as many.
   */
  described(groups: TermGroup[]): string | undefined {
    if (groups.length < 2) return undefined;
    const scored = [...this.docs.keys()].map((id) => {
      const terms = this.titleTerms(id);
      return { id, n: groups.filter((g) => g.alternatives.some((a) => a.terms.every((t) => terms.has(t)))).length };
    });
    scored.sort((a, b) => b.n - a.n);
    const [best, next] = scored;
    if (!best || best.n < 2 || best.n < DESCRIBED_SHARE * groups.length || next?.n === best.n) return undefined;
    return best.id;
  }

  /** Analysed words of a document's names and title, in every language (read once per document). */
  private titleTerms(docId: string): Set<string> {
    let terms = this.titles.get(docId);
    if (!terms) {
      const title = this.docs.get(docId)?.title ?? '';
      terms = new Set([...this.terms(docId), ...(['en', 'fr', 'es'] as const).flatMap((l) => analyze(title, l))]);
      this.titles.set(docId, terms);
    }
    return terms;
  }

  /** Analysed words of a document's names, in every language the names use. */
  terms(docId: string): string[] {
    const d = this.docs.get(docId);
    return d ? nameTerms(d) : [];
  }
}

/** Analysed words of a document's names (short name, citation, aliases), in every language, compounds whole too. */
export function nameTerms(d: DocumentMeta): string[] {
  const names = [d.short, d.citation, ...(d.aliases ?? [])].join(' ');
  const langs = ['en', 'fr', 'es'] as const;
  return [...new Set(langs.flatMap((l) => analyzeQuery(names, l).flatMap((t) => [t.term, t.compound?.whole ?? t.term])))];
}
