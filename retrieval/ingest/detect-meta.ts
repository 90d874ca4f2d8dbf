/**
 * Metadata for a document the manifest does not know, read from its text: its language, and a title and short name a
 * delegate would recognise. ITU documents open with the same banner ("UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
 * "PLENIPOTENTIARY CONFERENCE (PP-26)", a place and date), so the first line names no document: a letter is named by
 * its subject and reference ("Objet:", "Réf.: Circulaire TSB 112"), a resolution by its number line and the topic under
 * it, a report by its "Report of …" line; only then the first line of ordinary text.
 */
import { basename, extname } from 'node:path';
import { detectLanguage } from '../query/language.ts';
import { slug } from '../text.ts';
import type { DocumentMeta, Lang } from '../types.ts';
import { letterParts, type LetterPart } from './parse/letter-parts.ts';
import { splitLines, type SourceLine } from './parse/lines.ts';
import { unwrapLines } from './parse/unwrap.ts';

/** A resolution's own number line, short ("RÉSOLUTION 214 (Genève, 2024)"), not a line that cites others. */
const RESOLUTION = /^((?:r[ée]solution|resoluci[óo]n)\s+\d+)\b.{0,50}$/i;
/** "Document C26/27-F": the document's number, without its language letter. */
const DOCUMENT = /^document\s+([A-Z0-9][\w/.]*\d)(?:-[A-Z])?\b/i;
const REPORT = /^(?:report|rapport|informe)\s+(?:of|de|del)\b/i;
/** A line of the banner, a place and date, or a field: no title. */
const NOT_TITLE = /^(?:[^a-zà-ÿ]+|.*\b(?:19|20)\d\d\)?\.?|[^:]{1,30}:.*)$/;

/** A header field's value as the letter parts read it: on the field's line, or on the next one ("Objet:" / "Création …"). */
function field(parts: LetterPart[], lines: SourceLine[], label: string): string | undefined {
  const found = parts.find((p) => p.label === label);
  if (!found) return undefined;
  const inline = lines[found.lines[0]].text.replace(/^[^:]*:\s*/, '');
  return inline || (found.lines[1] !== undefined ? lines[found.lines[1]].text : undefined);
}

function titleOf(source: SourceLine[], lang: Lang): { title?: string; short?: string } {
  const parts = letterParts(source, lang);
  const subject = field(parts, source, 'Subject');
  if (subject) return { title: subject, short: field(parts, source, 'Reference') };
  const all = source.map((l) => l.text).filter(Boolean);
  const at = all.findIndex((l) => RESOLUTION.test(l));
  if (at >= 0) {
    const label = RESOLUTION.exec(all[at])![1];
    const named = label[0].toUpperCase() + label.slice(1).toLowerCase();
    const topic = all[at + 1] && !/,\s*$/.test(all[at + 1]) ? `: ${all[at + 1]}` : '';
    return { title: `${all[at].replace(/^(\S+)/, named.split(' ')[0])}${topic}`, short: named };
  }
  const number = all.map((l) => DOCUMENT.exec(l)?.[1]).find(Boolean);
  const report = all.findIndex((l) => REPORT.test(l));
  if (report >= 0) {
    // "Rapport de la Secrétaire générale" / "ACTIVITÉS DE L'UIT RELATIVES AUX …": the heading under it says what about.
    const about = all[report + 1] && /^[^a-zà-ÿ]+$/.test(all[report + 1]) && all[report + 1].split(/\s+/).length >= 3;
    return { title: about ? `${all[report]}: ${all[report + 1]}` : all[report], short: number };
  }
  return { title: all.find((l) => l.split(/\s+/).length >= 3 && !NOT_TITLE.test(l)), short: number };
}

/** A name cut at a word boundary before `max` characters, with an ellipsis. */
function shortened(name: string, max: number): string {
  return name.length > max ? name.slice(0, max - 1).replace(/\s+\S*$/, '') + '…' : name;
}

export function detectMeta(file: string, text: string): DocumentMeta {
  const language = detectLanguage(text.slice(0, 4000));
  const source = unwrapLines(splitLines(text));
  const found = titleOf(source, language);
  const first = source.find((l) => l.text.split(/\s+/).length >= 3)?.text;
  const title = (found.title ?? first ?? basename(file)).slice(0, 160);
  return {
    id: slug(basename(file, extname(file))) || 'doc',
    file,
    title,
    citation: shortened(title, 80),
    short: found.short ?? shortened(title, 40),
    language,
  };
}
