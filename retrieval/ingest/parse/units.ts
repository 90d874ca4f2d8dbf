/**
 * What the parser collects before it becomes clauses: units with their label
 * and id paths, and the headings they sit under.
 */
import { fold, slug } from '../../text.ts';
import type { Clause, DocumentMeta } from '../../types.ts';
import type { LetterPart } from './letter-parts.ts';
import { ordinal } from './labels.ts';

export type HeadingKind = 'resolution' | 'named' | 'field' | 'numbered' | 'section';

export interface Heading {
  kind: HeadingKind;
  label: string;
  /** Original text, for retrieval context. */
  text: string;
  /** For numbered and section headings: their number, which dotted clauses under them repeat. */
  number?: string;
  /** Source offsets of the heading's lines. */
  lines?: { start: number; end: number };
  /** Numbered headings whose number it sits under, nearest first ("2 Atelier …" for "2.4 Principaux résultats"). */
  outer?: Array<{ text: string; number?: string }>;
}

/**
 * A numbered heading, read with the numbered headings its number sits under: "2.4 Principaux résultats" under "2 Atelier
 * régional et première réunion (Cotonou, …)", which says what it is about.
 */
export function numberedHeading(text: string, number: string, current: Heading | undefined): Heading {
  const enclosing = current?.kind === 'numbered' ? [current, ...(current.outer ?? [])] : [];
  const outer = enclosing.filter((h) => h.number && number.startsWith(`${h.number}.`)).map((h) => ({ text: h.text, number: h.number }));
  return { kind: 'numbered', label: `§ ${number}`, text, number, outer };
}

/** The texts a heading gives its clauses as context, outermost first. */
export function headingTexts(heading: Heading | undefined): string[] {
  return heading ? [...(heading.outer ?? [])].reverse().map((h) => h.text).concat(heading.text) : [];
}

export interface Unit {
  path: string[];
  idPath: string[];
  text: string;
  context: string[];
  start: number;
  end: number;
  /** Lettered/numbered clauses absorb unlabelled continuation paragraphs; list items do not. */
  absorbs: boolean;
  scope?: 'document';
}

/** The units in document order as clauses: ids, labels, verbatim text, context. */
export function toClauses(units: Unit[], doc: DocumentMeta): Clause[] {
  units.sort((a, b) => a.start - b.start);
  // A heading with a single unlabelled paragraph is cited by the heading alone ("Circular 67 › Subject").
  const paragraphsPerHeading = new Map<string, number>();
  for (const unit of units) {
    if (unit.idPath.at(-1) === 'para-1' || unit.idPath.at(-1) === 'para-2') {
      const key = unit.idPath.slice(0, -1).join(':');
      paragraphsPerHeading.set(key, (paragraphsPerHeading.get(key) ?? 0) + 1);
    }
  }
  return units.map((unit) => {
    const headKey = unit.idPath.slice(0, -1).join(':');
    const sole = unit.idPath.at(-1) === 'para-1' && paragraphsPerHeading.get(headKey) === 1 && unit.path.length > 2;
    // An annex the manifest names after its heading ("Topics of interest") is one step of the label, not two.
    const path = (sole ? unit.path.slice(0, -1) : unit.path).filter((step, i, all) => i === 0 || fold(step) !== fold(all[i - 1]));
    const idPath = unit.idPath.filter(Boolean);
    return {
      id: `${doc.id}:${idPath.join(':')}`,
      docId: doc.id,
      label: path.join(' › '),
      text: unit.text,
      context: unit.context.join('\n'),
      start: unit.start,
      end: unit.end,
      ...(unit.scope ? { scope: unit.scope } : {}),
    };
  });
}

/** A letter's parts; a field given twice ("Contact:" for each of three contacts) is cited by its occurrence: "Contact 2". */
export function letterPartUnits(parts: LetterPart[], doc: DocumentMeta): Unit[] {
  const count = new Map<string, number>();
  return parts.map((p) => {
    const n = (count.get(p.label) ?? 0) + 1;
    count.set(p.label, n);
    return letterPartUnit(n > 1 ? { ...p, label: `${p.label} ${n}` } : p, doc);
  });
}

/** A letter's date line, header field or signature, cited by its name ("Circular 67 › Telephone"); it speaks for the whole letter. */
function letterPartUnit(p: LetterPart, doc: DocumentMeta): Unit {
  const { label, text, start, end } = p;
  const context = p.context ? [doc.title, p.context] : [doc.title];
  const unit: Unit = { path: [doc.short, label], idPath: [slug(label)], text, context, start, end, absorbs: false };
  return p.note ? unit : { ...unit, scope: 'document' };
}

/** An annex's title (its first heading and the lines that continue it) as a clause. */
export function annexTitleUnit(annex: { letter: string; prefix: string }, title: Heading, doc: DocumentMeta): Unit {
  const { start, end } = title.lines ?? { start: 0, end: 0 };
  const idPath = [`annex-${annex.letter.toLowerCase()}`, 'title'];
  return { path: [annex.prefix, 'Title'], idPath, text: title.text, context: [doc.title], start, end, absorbs: false };
}

/**
 * A unit's label and id paths. Flattened revision marks leave repeated letters ("k)" twice): both are kept, told
 * apart as occurrences. `seen` counts the ids given so far.
 */
export function placeUnit(seen: Map<string, number>, base: string[], idBase: string[], local: string, idLocal: string) {
  const key = [...idBase, slug(idLocal)].join(':');
  const count = (seen.get(key) ?? 0) + 1;
  seen.set(key, count);
  if (count === 1) return { path: [...base, local], idPath: [...idBase, slug(idLocal)] };
  return { path: [...base, `${local} (${ordinal(count)} occurrence)`], idPath: [...idBase, `${slug(idLocal)}-${count}`] };
}
