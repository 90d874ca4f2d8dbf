/**
 * Structure-aware parser for ITU texts: one citable unit per lettered or
 * numbered clause, list item or paragraph, each with the label path a
 * delegate would write and its parent headings as retrieval context.
 */
import type { Clause, DocumentMeta } from '../../types.ts';
import { ordinal, resolveLetter, resolveNumber, sectionLabel, truncate } from './labels.ts';
import { letterParts } from './letter-parts.ts';
import { annexTitleUnit, headingTexts, letterPartUnits, numberedHeading, placeUnit, toClauses, type Heading, type Unit } from './units.ts';
import { classify, splitLines, type LineKind, type SourceLine } from './lines.ts';
import { unwrapLines } from './unwrap.ts';
import { fold, slug } from '../../text.ts';
import { HEADINGS } from './vocabulary.ts';

/** Bump when the clause tree or the metadata detected for a document changes for the same input: the saved index then rebuilds. */
export const PARSER_VERSION = 23;

/** Units shorter than this are letterhead noise ("Tél.:", "(signé)"), not clauses; a table row ("SG15\t12\t9") is data. */
const MIN_WORDS = 4;

export function parseItuText(source: string, doc: DocumentMeta): Clause[] {
  return new ItuParser(doc).parse(source);
}

class ItuParser {
  private units: Unit[] = [];
  private annex: { letter: string; prefix: string; title: string; titleEmitted?: boolean } | undefined;
  private heading: Heading | undefined;
  private outerHeading: Heading | undefined; // restored when a field heading closes
  private parent: Unit | undefined; // dotted paragraph ending with ':' that owns lettered clauses
  private listOwner: Unit | undefined; // numbered paragraph ending with ':' that owns the dashed items after it
  private lastClause: Unit | undefined;
  private leadIn: string | undefined;
  private counters = new Map<string, number>();
  private seen = new Map<string, number>();
  private previousLetter: string | undefined;
  private previousNumber: number | undefined;
  private blankRun = 0;
  private lastType: LineKind['type'] = 'blank';

  constructor(private readonly doc: DocumentMeta) {}

  parse(source: string): Clause[] {
    const lines = unwrapLines(splitLines(source));
    const parts = letterParts(lines, this.doc.language);
    const consumed = new Set(parts.flatMap((p) => p.lines));
    for (const [i, line] of lines.entries()) if (!consumed.has(i)) this.accept(line, classify(line));
    this.units.push(...letterPartUnits(parts, this.doc));
    return this.finish();
  }

  private accept(line: SourceLine, kind: LineKind): void {
    if (kind.type === 'blank') {
      this.blankRun += 1;
      if (this.heading?.kind === 'field') this.closeField();
      if (this.blankRun >= 2 && this.heading?.kind === 'named') this.setHeading(undefined);
      this.lastClause = undefined;
      this.lastType = 'blank';
      return;
    }
    this.blankRun = 0;
    const previousType = this.lastType;
    if (previousType === 'row' && kind.type !== 'row') this.leadIn = undefined;
    this.lastType = kind.type;
    switch (kind.type) {
      case 'separator':
        this.outerHeading = undefined;
        return this.setHeading(undefined);
      case 'annex':
        this.annex = {
          letter: kind.letter,
          prefix: this.doc.annexes?.[kind.letter] ?? `${this.doc.short} › Annex ${kind.letter}`,
          title: '',
        };
        this.outerHeading = undefined;
        return this.setHeading(undefined);
      case 'resolution-section':
        return this.setHeading({ kind: 'resolution', label: sectionLabel(kind.canonical, kind.text), text: kind.text });
      case 'section':
        return this.setHeading({
          kind: 'section',
          label: `Section ${kind.number}`,
          text: `Section ${kind.number} ${kind.title}`,
          number: kind.number,
        });
      case 'heading':
        return this.onHeading(kind.text, kind.field, previousType, line);
      case 'field-inline':
        this.onHeading(kind.heading + ':', true, previousType, line);
        return this.paragraph(line, kind.body);
      case 'lettered':
        return this.lettered(line, kind.raw, kind.body);
      case 'numbered':
        return this.numbered(line, kind.raw, kind.body);
      case 'item':
        return this.item(line, kind.body);
      case 'row':
        return this.row(line, kind.body, previousType === 'row');
      case 'text':
        // A lower-case line right after a heading finishes the heading's title.
        if (previousType === 'heading' && this.heading && /^[\p{Ll}(]/u.test(kind.body) && kind.body.length < 120) {
          this.heading.text += ' ' + kind.body;
          if (this.heading.lines) this.heading.lines.end = line.end;
          this.lastType = 'heading';
          return;
        }
        return this.paragraph(line, kind.body);
    }
  }

  private onHeading(text: string, field: boolean, previousType: LineKind['type'], line: SourceLine): void {
    // Consecutive title lines after an annex marker are the annex's title.
    if (this.annex && !this.annex.title && !this.heading) this.annex.title = text;
    if (previousType === 'heading' && this.heading && /^\(/.test(text)) {
      this.heading.text += ' ' + text;
      if (this.heading.lines) this.heading.lines.end = line.end;
      this.lastType = 'heading';
      return;
    }
    const numbered = /^(\d+(?:\.\d+)*)\s+(.*)$/.exec(text);
    if (numbered) return this.setHeading(numberedHeading(text, numbered[1], this.heading));
    const clean = text.replace(/:$/, '').trim();
    const label = HEADINGS[fold(clean)] ?? truncate(clean, 60);
    if (field) {
      if (this.heading?.kind !== 'field') this.outerHeading = this.heading;
      this.setHeading({ kind: 'field', label, text: clean });
    } else {
      this.outerHeading = undefined;
      this.setHeading({ kind: 'named', label, text: clean, lines: { start: line.start, end: line.end } });
    }
  }

  /** An annex's title is a clause too ("JCG-IoTSec ToR › Title"), emitted when the next heading starts. */
  private emitAnnexTitle(next: Heading | undefined): void {
    const annex = this.annex;
    const title = this.heading;
    if (!annex || !title || title === next || annex.titleEmitted || !annex.title || !title.text.startsWith(annex.title)) return;
    annex.titleEmitted = true;
    this.units.push(annexTitleUnit(annex, title, this.doc));
  }

  private closeField(): void {
    this.setHeading(this.outerHeading);
    this.outerHeading = undefined;
  }

  private setHeading(heading: Heading | undefined): void {
    this.emitAnnexTitle(heading);
    this.heading = heading;
    this.parent = undefined;
    this.listOwner = undefined;
    this.lastClause = undefined;
    this.leadIn = undefined;
    this.previousLetter = undefined;
    this.previousNumber = undefined;
  }

  private lettered(line: SourceLine, raw: string, body: string): void {
    this.listOwner = undefined;
    const letter = this.letterOf(raw);
    const local = `${letter})`;
    const base = this.parent ? this.parent.path : this.headingPath();
    const idBase = this.parent ? this.parent.idPath : this.headingIdPath();
    const context = this.parent ? [this.parent.text] : this.leadIn ? [this.leadIn] : [];
    this.lastClause = this.emit(base, idBase, local, letter, body, line, context, true);
  }

  private numbered(line: SourceLine, raw: string, body: string): void {
    const dotted = raw.includes('.');
    const heading = this.heading;
    let local: string;
    let idLocal: string;
    let base = this.headingPath();
    let idBase = this.headingIdPath();
    if (heading?.kind === 'resolution') {
      const n = this.numberOf(raw);
      local = String(n);
      idLocal = String(n);
    } else if (heading?.kind === 'section' && raw === heading.number) {
      // Council documents number a section's opening paragraph with the section number.
      local = 'intro';
      idLocal = 'intro';
    } else {
      local = dotted ? `§ ${raw}` : `¶ ${raw}`;
      idLocal = (dotted ? 's' : 'p') + raw;
      const headNumber = heading?.number;
      if (dotted && headNumber && raw.startsWith(headNumber + '.')) {
        base = base.slice(0, -1);
        idBase = idBase.slice(0, -1);
      }
    }
    this.parent = undefined;
    const unit = this.emit(base, idBase, local, idLocal, body, line, this.leadIn ? [this.leadIn] : [], true);
    if (/:$/.test(body) && (dotted || local.startsWith('¶'))) this.parent = unit;
    this.listOwner = /:$/.test(body) ? unit : undefined;
    this.lastClause = unit;
    this.previousLetter = undefined;
  }

  /**
   * A dashed item. After a numbered paragraph that ends with a colon ("5 The objectives of the workshop are:") it is
   * one of that paragraph's items ("¶ 5 › 2nd item"), read with it; otherwise an item of its heading.
   */
  private item(line: SourceLine, body: string): void {
    const owner = this.listOwner;
    const key = owner ? `item:${owner.idPath.join(':')}` : this.counterKey('item');
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    this.lastClause = undefined;
    this.emit(
      owner ? owner.path : this.headingPath(),
      owner ? owner.idPath : this.headingIdPath(),
      `${ordinal(n)} item`,
      `item-${n}`,
      body,
      line,
      owner ? [owner.text] : this.leadIn ? [this.leadIn] : [],
      false,
    );
  }

  /** A table's rows are clauses of their own, each read with the table's first row, its column names. */
  private row(line: SourceLine, body: string, inTable: boolean): void {
    const header = inTable ? this.leadIn : body;
    this.lastClause = undefined;
    this.paragraph(line, body);
    this.leadIn = header;
  }

  private paragraph(line: SourceLine, body: string): void {
    this.listOwner = undefined;
    // A paragraph right under a lettered or numbered clause continues it ("6.7 … / En outre, …").
    if (this.lastClause && this.lastClause.absorbs && !line.indented) {
      this.lastClause.text += '\n' + body;
      this.lastClause.end = line.end;
      return;
    }
    const key = this.counterKey('para');
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    // A paragraph after a lead-in ("… approuvée en ces termes:") is read with it.
    const context = this.leadIn ? [this.leadIn] : [];
    this.leadIn = /:$/.test(body) ? body : undefined;
    // Unnumbered paragraphs are "para. n", apart from numbered "¶ n" paragraphs of circulars.
    const unit = this.emit(this.headingPath(), this.headingIdPath(), `para. ${n}`, `para-${n}`, body, line, context, false);
    if (unit) unit.absorbs = false;
  }

  private emit(
    base: string[],
    idBase: string[],
    local: string,
    idLocal: string,
    text: string,
    line: SourceLine,
    context: string[],
    absorbs: boolean,
  ): Unit | undefined {
    if (!text.includes('\t') && text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < MIN_WORDS) return undefined;
    const { path, idPath } = placeUnit(this.seen, base, idBase, local, idLocal);
    // A field heading ("Le GRE-5GPI est chargé:") is read under the heading it interrupts ("Objectifs").
    const outer = this.heading?.kind === 'field' ? headingTexts(this.outerHeading) : [];
    const headingContext = [this.doc.title, this.annex?.title ?? '', ...outer, ...headingTexts(this.heading), ...context].filter(Boolean);
    const unit: Unit = { path, idPath, text, context: headingContext, start: line.start, end: line.end, absorbs };
    this.units.push(unit);
    return unit;
  }

  private headingPath(): string[] {
    const root = this.annex ? [this.annex.prefix] : [this.doc.short];
    return this.heading ? [...root, this.heading.label] : root;
  }

  private headingIdPath(): string[] {
    const root = this.annex ? [`annex-${this.annex.letter.toLowerCase()}`] : [];
    return this.heading ? [...root, slug(this.heading.label)] : root;
  }

  private counterKey(kind: string): string {
    return `${kind}|${this.headingIdPath().join(':')}`;
  }

  /** See `resolveLetter`: the letter a revision-marked label stands for, remembering it for the next one. */
  private letterOf(raw: string): string {
    const { letter, memo } = resolveLetter(raw, this.previousLetter);
    this.previousLetter = memo;
    return letter;
  }

  /** See `resolveNumber`. */
  private numberOf(raw: string): number {
    return (this.previousNumber = resolveNumber(raw, this.previousNumber));
  }

  private finish(): Clause[] {
    this.emitAnnexTitle(undefined);
    return toClauses(this.units, this.doc);
  }
}
