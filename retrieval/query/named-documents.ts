/**
 * Documents a question names ("According to the GCA guidelines…", "in Res. 98"):
 * their short names, citations, manifest aliases and annex names.
 */
import { DOCUMENT_KINDS } from '../lang/document-kinds.ts';
import { fold } from '../text.ts';
import type { DocumentMeta, TermGroup } from '../types.ts';
import { analyze, analyzeQuery } from './analyze.ts';

/** "According to the Council report", "selon le rapport du Directeur …", "según la resolución de Bucarest …": the source. */
const SOURCE = /(?:^|[\s,(])(?:according to|as per|d'après|d’après|selon|según|conforme a)\s+([^,;?.!()]+)/iu;
/** At most this many words of what a relative clause says of a document ("the circular that set up the JCG") describe it. */
const RELATIVE_REACH = 6;
/** Of a source described in a few words, this share must be in one document's names and title for it to be that one. */
const DESCRIBED_SHARE = 0.6;
/** Besides the words of DOCUMENT_KINDS, the plurals and short forms a question calls a document of each kind by. */
const MORE_KIND_WORDS: Record<string, string[]> = {
  circular: ['circulares', 'circ', 'circulaires'],
  resolution: ['resolutions', 'res', 'resol', 'reso', 'resoluciones'],
  report: ['reports', 'rapports', 'informes'],
  guidelines: ['guideline', 'guidance'],
  proposal: ['proposals', 'propositions', 'propuestas'],
  liaison: ['liaison', 'ls', 'enlace'],
};
/** The single words a document of each kind is called by, folded ("las directrices", "the report", "circ"). */
const KIND_WORDS: Record<string, string[]> = Object.fromEntries(
  Object.entries(MORE_KIND_WORDS).map(([kind, more]) => [kind, [...(DOCUMENT_KINDS[kind] ?? []).flatMap((w) => w.split(' ')), ...more]]),
);
/** A kind word and a code of the document's own this many words apart, or closer, name it ("la proposition APT"). */
const KIND_REACH = 4;
/** A word and the relative clause after it, to a punctuation mark ("the circular THAT…", "la lettre QUI…", "el informe QUE…"). */
const RELATIVE_AFTER_KIND = /([\p{L}]+)(?=\s+(?:that|which|qui|que|qu')\s*([^,;?.!()]+))/gu;
/** Every single word a document is called by. */
const KIND_SET = new Set(Object.values(KIND_WORDS).flat());
/** A verb of the question after the description: "la lettre qui annonce … EST datée de quand ?", "the report that … WAS". */
const QUESTION_VERBS = new Set(['is', 'was', 'are', 'were', 'est', 'sont', 'etait', 'a', 'es', 'fue', 'esta', 'dated', 'datee']);
/** "Which resolution of the WTDC…", "à quelle résolution de la CMDT…": a kind asked for, not a document named. */
const ASKS_FOR_KIND = new Set(['which', 'what', 'quel', 'quelle', 'quels', 'quelles', 'que', 'cual', 'cuales']);

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
  /** The codes in one document's names only ("gca", "apt", "c25/18"), with that document and its kind's words. */
  private readonly codes: Map<string, { docId: string; kind: readonly string[] }>;

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
    this.codes = ownCodes(docs);
  }

  /** Ids of the documents the question refers to by one of their names. */
  in(question: string): Set<string> {
    return new Set(this.names(question).map((n) => n.docId));
  }

  /** The names of documents the question writes, each with its words as written ("circ 67"). */
  names(question: string): Array<{ docId: string; words: string[] }> {
    const q = normalizeName(question).split(' ');
    const found: Array<{ docId: string; words: string[] }> = [];
    q.forEach((word, i) => {
      for (const { docId, words } of this.byFirstWord.get(word) ?? []) {
        if (words.every((w, k) => q[i + k] === w)) found.push({ docId, words });
      }
    });
    return found;
  }

  /**
   * Documents the question calls by their kind beside a code of their own ("las directrices GCA", "la proposition
   * APT", "the TSB circular"), with the words it calls them by: only those stop being topics, where a full name's
   * every word does ("which Council resolution is in the Res 130 report's references" still asks a Council resolution).
   */
  byCode(question: string): Map<string, string[]> {
    const q = normalizeName(question).split(' ');
    const found = new Map<string, string[]>();
    q.forEach((word, i) => {
      const code = this.codes.get(word);
      const near = code ? q.slice(Math.max(0, i - KIND_REACH), i + KIND_REACH + 1) : [];
      const kind = near.find((w, k) => code!.kind.includes(w) && !ASKS_FOR_KIND.has(near[k - 1] ?? ''));
      if (kind) found.set(code!.docId, [...(found.get(code!.docId) ?? []), word, kind]);
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
   * A document described by what a relative clause says it did: "the circular that set up the JCG", "la lettre circulaire
   * qui annonce la création du groupe", "el informe que presenta las actividades". The kind and the clause's first words,
   * up to a verb of the question's own ("… est datée de quand ?"). Unlike a source ("according to …"), what it says is
   * also what the question is about: its words stay topics.
   */
  static describedBy(question: string): string | undefined {
    const m = [...fold(question).matchAll(RELATIVE_AFTER_KIND)].find((r) => KIND_SET.has(r[1]));
    if (!m) return undefined;
    const said = m[2].split(/\s+/).filter(Boolean).slice(0, RELATIVE_REACH);
    const end = said.findIndex((w, i) => i > 0 && QUESTION_VERBS.has(w));
    return [m[1], ...(end > 0 ? said.slice(0, end) : said)].join(' ');
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

/**
 * The codes that name one document only, taken from its short name, citation, aliases and annex names and found in no
 * other document's: an acronym ("GCA", "APT", "TSB"), an identifier mixing letters and digits ("C25/18", "LS147"), or a
 * number written after the document's kind ("Circular 67", "Resolution 130"). Numbers elsewhere ("Doc. 22(Add.12)",
 * "CE 17") and years name nothing.
 */
function ownCodes(docs: ReadonlyMap<string, DocumentMeta>): Map<string, { docId: string; kind: readonly string[] }> {
  const kindWords = new Set(Object.values(KIND_WORDS).flat());
  const owners = new Map<string, Set<string>>();
  for (const d of docs.values()) {
    for (const name of [d.short, d.citation, ...(d.aliases ?? []), ...Object.values(d.annexes ?? {})]) {
      const tokens = name.match(/[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)*/gu) ?? [];
      tokens.forEach((token, i) => {
        const afterKind = /^\d+$/.test(token) && kindWords.has(normalizeName(tokens[i - 1] ?? ''));
        const code = /\p{L}/u.test(token) && /\d/.test(token) ? [normalizeName(token)] : token.match(/\p{Lu}{3,}/gu)?.map(normalizeName);
        for (const part of afterKind && !/^(?:19|20)\d\d$/.test(token) ? [token] : (code ?? [])) {
          if (!kindWords.has(part)) owners.set(part, (owners.get(part) ?? new Set()).add(d.id));
        }
      });
    }
  }
  const codes = new Map<string, { docId: string; kind: readonly string[] }>();
  for (const [code, ids] of owners) {
    const [docId] = ids;
    const kind = KIND_WORDS[docs.get(docId)?.kind ?? ''];
    if (ids.size === 1 && kind) codes.set(code, { docId, kind });
  }
  return codes;
}

/** Analysed words of a document's names (short name, citation, aliases), in every language, compounds whole too. */
export function nameTerms(d: DocumentMeta): string[] {
  const names = [d.short, d.citation, ...(d.aliases ?? [])].join(' ');
  const langs = ['en', 'fr', 'es'] as const;
  return [...new Set(langs.flatMap((l) => analyzeQuery(names, l).flatMap((t) => [t.term, t.compound?.whole ?? t.term])))];
}
