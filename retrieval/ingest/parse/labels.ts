/**
 * How clauses are labelled as delegates write them: resolution sections
 * ("resolves to instruct SG20"), ordinals ("3rd item"), and the letters and
 * numbers of texts whose revision marks were flattened ("ef)", "23").
 */
import { fold } from '../../text.ts';
import { OBJECT_ABBREVIATIONS, OPERATIVE } from './vocabulary.ts';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
// The operative verb itself ("charge", "décide de charger"), dropped from a section's label before its object.
const OPENERS = [
  'resolves to instruct',
  'resolves',
  'decide de charger',
  'decide',
  'resuelve encargar a?',
  'resuelve',
  'instructs',
  'charge',
  'encarga',
  'invites',
  'invite',
  'invita',
  'requests',
  'prie',
  'pide',
  'solicita',
  'encourages',
  'encourage',
  'alienta',
  'urges',
  'exhorte',
  'insta',
  'calls upon',
  String.raw`further \w+`,
  String.raw`\w+ en outre`,
  String.raw`\w+ ademas`,
];
const OPENER = new RegExp(String.raw`^(${OPENERS.join('|')})\b\s*`);

/** A section's label: the canonical verb, and for operative sections their object abbreviated. */
export function sectionLabel(canonical: string, text: string): string {
  if (!OPERATIVE.some(([, verb]) => verb === canonical)) return canonical; // preamble: "considering"
  let rest = fold(text).replace(/[,:]$/, '').trim();
  // Drop the opener itself ("charge", "décide de charger") and abbreviate its object.
  rest = rest.replace(OPENER, '');
  if (!rest || canonical === rest) return canonical;
  for (const [re, short] of OBJECT_ABBREVIATIONS) rest = rest.replace(re, short);
  return `${canonical} ${truncate(rest, 70)}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Flattened revision marks run the old and new letter together ("ef)",
 * "cb)", "fh)"): the second letter is the current one. Roman numerals
 * ("ii)", "iv)") continue a roman sequence instead. `memo` is what the next
 * label is read against.
 */
export function resolveLetter(raw: string, previous: string | undefined): { letter: string; memo: string } {
  let letter = raw;
  const romanIndex = ROMAN.indexOf(raw);
  const previousRoman = previous ? ROMAN.indexOf(previous) : -1;
  const isRoman =
    romanIndex >= 0 && ((romanIndex === 0 && (!previous || previous !== 'h')) || (previousRoman >= 0 && romanIndex === previousRoman + 1));
  if (!isRoman && raw.length === 2 && raw[0] !== raw[1]) letter = raw[1];
  return { letter, memo: isRoman ? raw : letter };
}

/** Same for numbers: "23" right after "2" is old 2 / new 3. */
export function resolveNumber(raw: string, previous: number | undefined): number {
  const n = Number(raw);
  if (previous === undefined || n === previous + 1 || raw.length < 2) return n;
  for (let cut = 1; cut < raw.length; cut += 1) if (Number(raw.slice(cut)) === previous + 1) return previous + 1;
  return n;
}
