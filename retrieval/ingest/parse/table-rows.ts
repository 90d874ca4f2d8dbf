/**
 * A table row the parser made a clause ("Première réunion\t3-5 juin 2031\tDiamniadio (Sénégal)\t146 (91/55)\t43"),
 * read with its table's first row, the column names it carries as context: each number before what its column counts
 * ("146 Participants (sur place/à distance) (91/55)"), each other cell after its column's name ("Lieu: Diamniadio").
 * So "how many participants?" finds a count of participants in the row, as it would in a sentence.
 */
import type { Clause } from '../../types.ts';

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());

/** The row read cell by cell with its column names, or the clause's own text when it is no row of a table with named columns. */
export function rowReading(clause: Pick<Clause, 'text' | 'context'>): string {
  // Called for every candidate clause of every question: most hold no tab at all.
  if (!clause.text.includes('\t')) return clause.text;
  const cells = cellsOf(clause.text);
  if (cells.filter(Boolean).length < 3) return clause.text;
  const header = (clause.context ?? '')
    .split('\n')
    .reverse()
    .find((c) => cellsOf(c).length === cells.length);
  if (!header || header === clause.text) return clause.text;
  const names = cellsOf(header);
  return cells
    .map((cell, i) => {
      if (!cell || !names[i]) return cell;
      const count = /^(\d[\d\s.,]*?)\s*(\([^)]*\))?$/.exec(cell);
      return count ? [count[1], names[i], count[2]].filter(Boolean).join(' ') : `${names[i]}: ${cell}`;
    })
    .filter(Boolean)
    .join('; ');
}
