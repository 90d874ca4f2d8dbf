/**
 * Bilingual ITU glossary for query expansion: "SG" finds "Commission
 * d'études", "deadline" finds "au plus tard". Each query concept becomes a
 * group of alternatives; the lexical scorer takes the best alternative per
 * group, so a concept counts once whatever its number of translations.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TermGroup } from '../types.ts';
import { analyzeQuery, type QueryTerm } from './analyze.ts';
import { fold } from '../text.ts';

const Entry = z.object({ en: z.array(z.string()), fr: z.array(z.string()), es: z.array(z.string()).optional() });
export type GlossaryEntry = z.infer<typeof Entry>;

const TRANSLATION_WEIGHT = 0.9;

export class Glossary {
  /** First term → candidate phrases (term sequences) and their entry. */
  private readonly phrases = new Map<string, Array<{ terms: string[]; entry: number }>>();
  private readonly expansions: string[][][] = [];
  /** Per entry, each form's terms joined by a space: what alternatives are told apart by (joined once, not per question). */
  private readonly formKeys: string[][] = [];
  /** Analysed forms that name something: the acronyms and codes of the glossary ("jcg", "tsag", "u4ssc"). */
  private readonly nameForms = new Set<string>();
  /** Short one-word forms analysis leaves as written ("citel", "gsma", "fee"): acronyms when no language has the word. */
  private readonly bareForms = new Set<string>();

  constructor(entries: GlossaryEntry[]) {
    for (const entry of entries) {
      const forms: string[][] = [];
      const seen = new Set<string>();
      const all = (['en', 'fr', 'es'] as const).flatMap((lang) => entry[lang] ?? []);
      for (const lang of ['en', 'fr', 'es'] as const) {
        for (const form of entry[lang] ?? []) {
          const terms = analyzeQuery(form, lang).map((t) => t.term);
          const key = terms.join(' ');
          if (terms.length === 1 && isCode(form, all)) this.nameForms.add(terms[0]);
          else if (terms.length === 1 && /^\p{L}{2,5}$/u.test(form) && terms[0] === fold(form)) this.bareForms.add(terms[0]);
          if (!terms.length || seen.has(key)) continue;
          seen.add(key);
          forms.push(terms);
        }
      }
      this.expansions.push(forms);
    }
    this.indexPhrases();
  }

  /** A glossary from forms analysed before (the saved index keeps them): no stemming at start-up. */
  static fromAnalysed(expansions: string[][][], names: { names: string[]; bare: string[] } = { names: [], bare: [] }): Glossary {
    const glossary = new Glossary([]);
    for (const forms of expansions) glossary.expansions.push(forms);
    for (const name of names.names) glossary.nameForms.add(name);
    for (const form of names.bare) glossary.bareForms.add(form);
    glossary.indexPhrases();
    return glossary;
  }

  /** Per entry, its forms as analysed term sequences: what fromAnalysed reads back, with `names()`. */
  analysed(): string[][][] {
    return this.expansions;
  }

  /** The forms that are names and the bare short forms (see `isName`, `isBare`), saved with the analysed forms. */
  names(): { names: string[]; bare: string[] } {
    return { names: [...this.nameForms], bare: [...this.bareForms] };
  }

  /**
   * Whether an analysed term is an acronym or code of the glossary: a form with a digit ("u4ssc", "5g"), or the
   * initials of one of its entry's longer forms ("jcg": joint correspondence group; "gcnt": groupe consultatif de la
   * normalisation des télécommunications). "aprobar", a one-word form of the entry "approve", names nothing.
   */
  isName(term: string): boolean {
    return this.nameForms.has(term);
  }

  /** A short one-word form analysis leaves as written ("citel", "gsma"): a name unless some language has the word. */
  isBare(term: string): boolean {
    return this.bareForms.has(term);
  }

  private indexPhrases(): void {
    this.expansions.forEach((forms, entry) => {
      this.formKeys[entry] = forms.map((terms) => terms.join(' '));
      for (const terms of forms) {
        const list = this.phrases.get(terms[0]) ?? [];
        list.push({ terms, entry });
        this.phrases.set(terms[0], list);
      }
    });
    for (const list of this.phrases.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  }

  /** Whether a term starts a glossary phrase. */
  knows(term: string): boolean {
    return this.phrases.has(term);
  }


  /** Every analysed term of the glossary's forms. */
  *terms(): Iterable<string> {
    for (const forms of this.expansions) for (const form of forms) yield* form;
  }

  static fromFile(path: string): Glossary {
    return Glossary.fromJson(readFileSync(path, 'utf8'));
  }

  static fromJson(text: string): Glossary {
    return new Glossary(z.array(Entry).parse(JSON.parse(text) as unknown));
  }

  get size(): number {
    return this.expansions.length;
  }

  /**
   * Groups a query's terms into concepts: the longest glossary phrase at each
   * position (all its entries' forms, in every language, become
   * alternatives), else the term alone.
   */
  expand(query: QueryTerm[], inCorpus: (term: string) => boolean = () => false): TermGroup[] {
    const terms = query.map((q) => q.term);
    const groups: TermGroup[] = [];
    let i = 0;
    while (i < terms.length) {
      const whole = this.wholeCompound(query, i, inCorpus);
      if (whole) {
        groups.push(whole.group);
        i = whole.next;
        continue;
      }
      const match = this.longestMatch(terms, i);
      if (!match) {
        const compound = query[i].compound;
        if (compound) {
          // The unmatched parts of one compound stay one concept: as written, or as its parts.
          let j = i;
          while (j < terms.length && query[j].compound === compound && !this.longestMatch(terms, j)) j += 1;
          const parts = terms.slice(i, j);
          groups.push({
            original: parts,
            alternatives: [
              { terms: [compound.whole], weight: 1 },
              { terms: parts, weight: 1 },
              { terms: [compound.joined], weight: 1 },
            ],
          });
          i = j;
          continue;
        }
        groups.push({ original: [terms[i]], alternatives: [{ terms: [terms[i]], weight: 1 }] });
        i += 1;
        continue;
      }
      const original = terms.slice(i, i + match.length);
      const alternatives = [{ terms: original, weight: 1 }];
      const seen = new Set([original.join(' ')]);
      for (const entry of match.entries) this.addForms(entry, seen, alternatives);
      groups.push({ original, alternatives });
      i += match.length;
    }
    return mergeDuplicates(groups);
  }

  /**
   * A compound stays one concept when it is a glossary term as a whole
   * ("co-convenor", or "coresponsables" written as one word) or when the
   * corpus has it as written ("jcg-iotsec"); only otherwise are its parts
   * matched one by one.
   */
  private wholeCompound(
    query: QueryTerm[],
    at: number,
    inCorpus: (term: string) => boolean,
  ): { group: TermGroup; next: number } | undefined {
    const compound = query[at].compound;
    if (!compound || (at > 0 && query[at - 1].compound === compound)) return undefined;
    let next = at;
    while (next < query.length && query[next].compound === compound) next += 1;
    const terms = query.map((q) => q.term);
    const phrase = this.longestMatch(terms, at);
    // A glossary phrase that runs on past the compound ("ITU-T Recommendation") is the concept, even where the corpus
    // has the compound as written (an address "…/ITU-T/…" would otherwise keep "ITU-T" from its translations).
    if (phrase && phrase.length > next - at) return undefined;
    const entries =
      phrase && phrase.length === next - at
        ? phrase.entries
        : (this.phrases.get(compound.joined) ?? []).filter((p) => p.terms.length === 1).map((p) => p.entry);
    if (!entries.length && !inCorpus(compound.whole)) return undefined;
    const alternatives = [
      { terms: [compound.whole], weight: 1 },
      { terms: [compound.joined], weight: 1 },
      { terms: terms.slice(at, next), weight: 1 },
    ];
    const seen = new Set(alternatives.map((a) => a.terms.join(' ')));
    for (const entry of entries) this.addForms(entry, seen, alternatives);
    // Parts of a compound the glossary does not know are only a fallback spelling, not a translation.
    if (!entries.length) alternatives.pop();
    return { group: { original: terms.slice(at, next), alternatives }, next };
  }

  /** An entry's forms not seen yet, as translations. */
  private addForms(entry: number, seen: Set<string>, alternatives: TermGroup['alternatives']): void {
    const forms = this.expansions[entry];
    const keys = this.formKeys[entry];
    for (let k = 0; k < forms.length; k += 1) {
      if (seen.has(keys[k])) continue;
      seen.add(keys[k]);
      alternatives.push({ terms: forms[k], weight: TRANSLATION_WEIGHT });
    }
  }

  private longestMatch(terms: string[], at: number): { length: number; entries: number[] } | undefined {
    const candidates = this.phrases.get(terms[at]);
    if (!candidates) return undefined;
    let best: { length: number; entries: number[] } | undefined;
    for (const { terms: phrase, entry } of candidates) {
      if (best && phrase.length < best.length) break;
      if (phrase.every((t, k) => terms[at + k] === t)) {
        if (!best) best = { length: phrase.length, entries: [entry] };
        else if (!best.entries.includes(entry)) best.entries.push(entry);
      }
    }
    return best;
  }
}

/** A concept asked twice ("SG17 … study group 17") counts once, as much as it matters most. */
export function mergeDuplicates(groups: TermGroup[]): TermGroup[] {
  const first = new Map<string, TermGroup>();
  return groups.filter((g) => {
    const key = g.original.join(' ');
    const kept = first.get(key);
    if (!kept) {
      first.set(key, g);
      return true;
    }
    if (g.importance !== undefined) kept.importance = Math.max(kept.importance ?? 0, g.importance);
    if (g.entity) kept.entity = true;
    return false;
  });
}

/** Groups without a glossary: each term its own concept. */
export function plainGroups(query: QueryTerm[], inCorpus?: (term: string) => boolean): TermGroup[] {
  return new Glossary([]).expand(query, inCorpus);
}

/** A form that is a code (letters and digits: "SG17", "5G") or the initials of another form of its entry. */
function isCode(form: string, forms: string[]): boolean {
  const word = form.toLowerCase();
  if (!/^[\p{L}\d-]+$/u.test(word) || word.length > 8) return false;
  if (/\d/.test(word) && /\p{L}/u.test(word)) return !/^\d+(?:st|nd|rd|th|er|re|e|ère|ème|o|a)$/u.test(word);
  const letters = word.replace(/-/g, '');
  return forms.some((other) => {
    const words = other.toLowerCase().split(/[\s'’-]+/u).filter(Boolean);
    return words.length > 1 && initials(letters, words);
  });
}

/** The letters are the initials of some of the words, in order, the first word's included ("iot": internet of things). */
function initials(letters: string, words: string[]): boolean {
  if (!letters || words[0]?.[0] !== letters[0]) return false;
  let at = 0;
  for (const w of words) if (at < letters.length && w[0] === letters[at]) at += 1;
  return at === letters.length && letters.length >= 2;
}
