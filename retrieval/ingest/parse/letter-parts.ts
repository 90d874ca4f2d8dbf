/**
 * The parts of an ITU letter (circulars, collective letters) that are not
 * numbered paragraphs but hold facts people ask for: the place-and-date
 * line, the header fields (reference, telephone, fax, e-mail, contact,
 * subject), the signature, and the heading lines a document opens with
 * ("UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS / BUREAU DE LA NORMALISATION
 * …", "Rapport de la Secrétaire générale / ACTIVITÉS DE L'UIT …"). Each
 * becomes a citable clause with a label a delegate recognises ("Circular 67 ›
 * Telephone", "C25/18 › Heading").
 */
import { fold } from '../../text.ts';
import type { Lang } from '../../types.ts';
import { FOOTNOTE, type SourceLine } from './lines.ts';

export interface LetterPart {
  /** Label and id of the part: "Telephone" / "telephone". */
  label: string;
  text: string;
  start: number;
  end: number;
  /** Indices of the source lines the part consumed. */
  lines: number[];
  /** What the part is called in the letter's language, as retrieval context ("Destinataires"). */
  context?: string;
  /** A note of the text (a footnote), not a field of the letter's header. */
  note?: boolean;
}

/**
 * What a letter's addressee and copy lists and its date line are called, in the letter's language: the words a
 * question about them uses ("Genève, le 6 août 2025" says no "date").
 */
const PART_NAMES: Record<'Addressees' | 'Copy to' | 'Date', Record<Lang, string>> = {
  Addressees: { en: 'Addressees', fr: 'Destinataires', es: 'Destinatarios' },
  'Copy to': { en: 'Copy to', fr: 'Copie', es: 'Copia' },
  Date: { en: 'Date', fr: 'Date', es: 'Fecha' },
};
// The addressee list opens after the writer's initials ("CB") or a "To:" line; the copy list after "Copie:".
const ADDRESSEE_OPENER = /^(?:\p{Lu}{2,3}|(?:to|aux?|destinataires?|destinatarios?|para)\s*:)$/iu;
const COPY_OPENER = /^(?:copie|copy|copia|cc)\s*:?$/i;
const LIST_ITEM = /^[–—•·\-*]\s*/;
/** A letter's header: its fields and lists are in its first lines. */
const HEADER_LINES = 60;
/** A report's contact block may close it instead ("Contact: / Sélom Akakpo-Lawson, Président … / Tél.: …"). */
const CLOSING_LINES = 25;
/** A contact block: name, role, organization, country, telephone, e-mail. */
const CONTACT_LINES = 6;

const FIELDS: Array<[RegExp, string]> = [
  [/^(?:r[ée]f(?:[ée]rence)?|our ref|nuestra ref)\.?$/i, 'Reference'],
  [/^(?:t[ée]l(?:[ée]phone)?|tel(?:ephone)?|tel[ée]fono)\.?$/i, 'Telephone'],
  [/^(?:t[ée]l[ée]copie|fax|telefax)\.?$/i, 'Fax'],
  [/^(?:courriel|e-?mail|correo(?: electr[óo]nico)?)\.?$/i, 'E-mail'],
  [/^(?:contact|contacto|personne [àa] contacter)\.?$/i, 'Contact'],
  [/^(?:objet|subject|asunto)\.?$/i, 'Subject'],
];
const FIELD_LINE = /^([^:\t]{2,30}):\s*(.*)$/;
const PLACE_DATE = /^[\p{Lu}][\p{L}' -]{1,30},\s*(?:le\s+)?\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?(?:19|20)\d\d$/u;
const SIGNED = /^\((?:sign[ée]|signed|firmado)\)$/i;

/** Letter parts of a document, found in its first lines (header) and around "(signé)" (signature). */
export function letterParts(lines: SourceLine[], lang: Lang): LetterPart[] {
  const parts: LetterPart[] = [...addressLists(lines, lang)];
  const heading = openingHeading(lines);
  if (heading.length) parts.push(part('Heading', heading, lines));
  const headerEnd = Math.min(lines.length, HEADER_LINES);
  const closing = Math.max(headerEnd, lines.length - CLOSING_LINES);
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i = i + 1 === headerEnd ? closing : i + 1) {
    const text = lines[i].text;
    if (i < headerEnd && PLACE_DATE.test(text)) parts.push({ ...part('Date', [i], lines), context: PART_NAMES.Date[lang] });
    const { label, value } = fieldOf(text) ?? {};
    if (!label || taken.has(i)) continue;
    const used = [i];
    // The value is on the next line or two, up to a blank line, a list, another field or the writer's initials ("CB");
    // a contact's name is followed by the person's role and country ("Contact: Henrike Lindqvist / Chair, FG-EVCSec / Sweden"),
    // and by their telephone and e-mail, which are the contact's ("Contact: Mr … / Rapporteur for Question 16/17 / … /
    // E-mail: …"), up to the e-mail.
    const more = label === 'Contact' ? CONTACT_LINES : !value ? 2 : 0;
    const contactLine = (t: string) => label === 'Contact' && ['Telephone', 'Fax', 'E-mail'].includes(fieldOf(t)?.label ?? '');
    for (let j = i + 1; j < lines.length && j <= i + more && (isValueLine(lines[j].text) || contactLine(lines[j].text)); j += 1) {
      used.push(j);
      taken.add(j);
      // A contact's e-mail closes it: a name after it is the next person's.
      if (label === 'Contact' && fieldOf(lines[j].text)?.label === 'E-mail') break;
    }
    if (used.length > 1 || value) parts.push(part(label, used, lines));
  }
  lines.forEach((line, i) => {
    // "[1: Estimate from the TSB technical paper …]": a footnote's text, set after the rule at the document's end.
    const note = FOOTNOTE.exec(line.text);
    if (note) parts.push({ label: `Footnote ${note[1]}`, text: note[2].trim(), start: line.start, end: line.end, lines: [i], note: true });
    if (!SIGNED.test(line.text)) return;
    const used = [i];
    for (let j = i + 1; j < lines.length && lines[j].text && j <= i + 4 && !/^annex/i.test(fold(lines[j].text)); j += 1) used.push(j);
    if (used.length > 1) parts.push(part('Signature', used, lines));
  });
  return parts;
}

/**
 * The heading lines a letter or report opens with: short lines without closing punctuation, each followed by a blank
 * line or by another such line, when what comes after them is the letter's place and date or a header field
 * ("Objet", "Réf.:"). A resolution's or a text's title opens its body instead, and stays its heading.
 */
function openingHeading(lines: SourceLine[]): number[] {
  const headingLike = (text: string) =>
    text.length <= 200 && !/[.,;:]$/.test(text) && !FIELD_LINE.test(text) && !PLACE_DATE.test(text) && !SIGNED.test(text);
  const used: number[] = [];
  let i = 0;
  for (; i < lines.length && i < 12; i += 1) {
    const text = lines[i].text;
    if (!text) continue;
    if (!headingLike(text)) break;
    const next = lines[i + 1]?.text ?? '';
    if (next && !headingLike(next)) break;
    used.push(i);
  }
  const after = lines[i]?.text ?? '';
  const header = PLACE_DATE.test(after) || FIELD_LINE.test(after) || FIELDS.some(([re]) => re.test(after));
  return header ? used : [];
}

/**
 * The lists a letter's header sends it to and copies it to, each one clause ("Circular 67 › Addressees": "Aux
 * Administrations des États Membres de l'Union; Aux Membres du Secteur de l'UIT-T; …"): "who was it sent to?" is
 * answered by the whole list.
 */
function addressLists(lines: SourceLine[], lang: Lang): LetterPart[] {
  const parts: LetterPart[] = [];
  const headerEnd = Math.min(lines.length, HEADER_LINES);
  for (let i = 0; i < headerEnd; i += 1) {
    const text = lines[i].text;
    const label = ADDRESSEE_OPENER.test(text) ? 'Addressees' : COPY_OPENER.test(text) ? 'Copy to' : undefined;
    const items: number[] = [];
    for (let j = i + 1; label && j < lines.length && LIST_ITEM.test(lines[j].text); j += 1) items.push(j);
    if (!label || !items.length || parts.some((p) => p.label === label)) continue;
    const body = items.map((j) => lines[j].text.replace(LIST_ITEM, '')).join(' ');
    const context = PART_NAMES[label][lang];
    parts.push({ label, text: body, start: lines[items[0]].start, end: lines[items.at(-1)!].end, lines: [i, ...items], context });
  }
  return parts;
}

/** The header field a line opens ("Tel.: +41 …" → Telephone, "+41 …"), if any. */
function fieldOf(text: string): { label: string; value: string } | undefined {
  const field = FIELD_LINE.exec(text);
  const label = field && FIELDS.find(([re]) => re.test(field[1].trim()))?.[1];
  return label ? { label, value: field[2].trim() } : undefined;
}

function isValueLine(text: string): boolean {
  return Boolean(text) && !LIST_ITEM.test(text) && !/:$/.test(text) && !FIELD_LINE.test(text) && !/^\p{Lu}{1,3}$/u.test(text);
}

function part(label: string, used: number[], lines: SourceLine[]): LetterPart {
  const texts = used.map((i) => lines[i].text);
  // "Tél.: +41 22 730 6301"; a signature reads "(signé) Seizo Onoe, Directeur du Bureau …".
  const text =
    label === 'Signature' ? `${texts[0]} ${texts[1]}${texts.length > 2 ? `, ${texts.slice(2).join(' ')}` : ''}` : texts.join(' ');
  return { label, text, start: lines[used[0]].start, end: lines[used.at(-1)!].end, lines: used };
}
