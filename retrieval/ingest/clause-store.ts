/**
 * The clauses of the corpus in memory, with what the answer step asks of
 * them: lookup by id, the document of a clause, the items of a list lead-in
 * ("… les aspects suivants:"), and which clauses are planted instructions
 * (flagged at indexing; never evidence).
 */
import type { Clause, DocumentMeta, Lang } from '../types.ts';

/** The seam the retrieval and answer stages read clauses through. */
export interface ClauseStore {
  readonly clauses: readonly Clause[];
  readonly docs: ReadonlyMap<string, DocumentMeta>;
  /** Position of a clause by id; -1 when unknown. */
  indexOf(id: string): number;
  /** Language of the document a clause belongs to. */
  languageOf(index: number): Lang;
  /** Clauses whose lead-in is the given clause: the items of its list, in order (flagged ones left out). */
  listItems(index: number): number[];
  /**
   * The items of the list an item belongs to when no lead-in sentence opens it (a heading does: a ToR's "Méthodes de
   * travail", a resolution's operative section and its numbered clauses), in order; for a section's opening paragraph
   * that ends with ":", the section's lettered clauses.
   */
  listOf(index: number): number[];
  /** Why a clause is a planted instruction, or undefined for an ordinary clause. Flagged clauses are never evidence. */
  flagged(index: number): string | undefined;
}

/** A resolution's operative clause, numbered under its section's heading ("invites ITU-T members › 3"), by its id. */
export const isOperativeClause = (id: string): boolean => /:\d+$/.test(id);

/** A ClauseStore over an array of clauses and their documents. */
export class ClauseList implements ClauseStore {
  readonly docs: ReadonlyMap<string, DocumentMeta>;
  private readonly byId = new Map<string, number>();
  private readonly followers = new Map<number, number[]>();
  /** Items without a lead-in, by document and context: the lists that open under a heading. */
  private readonly headed = new Map<string, number[]>();
  /** A section's opening paragraph ending with ":" → the section's lettered clauses after it. */
  private readonly sectionItems = new Map<number, number[]>();

  constructor(
    readonly clauses: readonly Clause[],
    docs: Iterable<DocumentMeta>,
    /** Clause id → reason, from the planted-instruction detector. */
    private readonly flags: ReadonlyMap<string, string> = new Map(),
  ) {
    this.docs = new Map([...docs].map((d) => [d.id, d]));
    clauses.forEach((c, i) => this.byId.set(c.id, i));
    this.indexFollowers();
  }

  indexOf(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  languageOf(index: number): Lang {
    return this.docs.get(this.clauses[index]?.docId)?.language ?? 'fr';
  }

  listItems(index: number): number[] {
    return (this.followers.get(index) ?? []).filter((i) => !this.flagged(i));
  }

  listOf(index: number): number[] {
    const opened = this.sectionItems.get(index);
    if (opened) return opened.filter((i) => !this.flagged(i));
    const c = this.clauses[index];
    const list = c && this.headed.get(`${c.docId}\n${c.context}`);
    return list?.includes(index) ? list.filter((i) => !this.flagged(i)) : [];
  }

  flagged(index: number): string | undefined {
    const clause = this.clauses[index];
    return clause ? this.flags.get(clause.id) : undefined;
  }

  /**
   * A lead-in ends with ":" and its items carry its text as their last context line; or, for a numbered paragraph
   * ("4.1 TSB organized the following BSG workshops in 2025:"), its items come right after it, in a run.
   */
  private indexFollowers(): void {
    const byText = new Map<string, number>();
    this.clauses.forEach((c, i) => {
      if (/:$/.test(c.text)) byText.set(`${c.docId}\n${c.text}`, i);
    });
    let run: number | undefined;
    // A section's opening paragraph that ends with ":" ("Les lignes directrices suivantes sont proposées:") leads the
    // section's lettered clauses after it, which the parser files under the section, not under it.
    let intro: { index: number; section: string } | undefined;
    this.clauses.forEach((c, i) => {
      if (/:intro$/.test(c.id)) intro = /:$/.test(c.text) ? { index: i, section: c.id.slice(0, -'intro'.length) } : undefined;
      else if (intro && !(c.id.startsWith(intro.section) && /:[a-z]{1,2}$/.test(c.id))) intro = undefined;
      if (intro && intro.index !== i) {
        this.sectionItems.set(intro.index, [...(this.sectionItems.get(intro.index) ?? []), i]);
        return;
      }
      // Items and lettered or numbered clauses follow a lead-in; a plain paragraph after the list does not.
      if (/:para-\d+$/.test(c.id)) return void (run = undefined);
      const item = /:item-\d+$/.test(c.id);
      const before = this.clauses[i - 1];
      const numbered = before && before.docId === c.docId && /:\s*$/.test(before.text) && /:s[\d.]+$/.test(before.id);
      run = item ? (numbered ? i - 1 : run) : undefined;
      const lead = byText.get(`${c.docId}\n${c.context.split('\n').at(-1)}`) ?? (item ? run : undefined);
      if (lead !== undefined && lead !== i) this.followers.set(lead, [...(this.followers.get(lead) ?? []), i]);
      else if (item || isOperativeClause(c.id)) {
        // An operative section's numbered clauses ("invites ITU-T members › 1 … 6") are a list its heading opens.
        const key = `${c.docId}\n${c.context}`;
        this.headed.set(key, [...(this.headed.get(key) ?? []), i]);
      }
    });
  }
}
