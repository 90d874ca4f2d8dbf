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
import type { DocumentMeta } from '../types.ts';

const SUBJECT = /^(?:objet|subject|asunto)\s*:\s*(.*)$/i;
const REFERENCE = /^(?:r[ée]f(?:[ée]rence)?|ref|referencia)\.?\s*:\s*(.*)$/i;
/** A resolution's own number line, short ("RÉSOLUTION 214 (Genève, 2024)"), not a line that cites others. */
const RESOLUTION = /^((?:r[ée]solution|resoluci[óo]n)\s+\d+)\b.{0,50}$/i;
/** "Document C26/27-F": the document's number, without its language letter. */
const DOCUMENT = /^document\s+([A-Z0-9][\w/.]*\d)(?:-[A-Z])?\b/i;
const REPORT = /^(?:report|rapport|informe)\s+(?:of|de|del)\b/i;
/** A line of the banner, a place and date, or a field: no title. */
const NOT_TITLE = /^(?:[^a-zà-ÿ]+|.*\b(?:19|20)\d\d\)?\.?|[^:]{1,30}:.*)$/;

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\[bookmark:[^\]]*\]/g, '').trim())
    .filter(Boolean);
}

/** A field's value: on its line, or on the next one ("Objet:" / "Création du Groupe …"). */
function field(all: string[], re: RegExp): string | undefined {
  const at = all.findIndex((l) => re.test(l));
  if (at < 0) return undefined;
  const value = re.exec(all[at])![1].trim();
  return value || (all[at + 1] && !/:\s*$/.test(all[at + 1]) ? all[at + 1] : undefined);
}

function titleOf(all: string[]): { title?: string; short?: string } {
  const subject = field(all, SUBJECT);
  const reference = field(all, REFERENCE);
  if (subject) return { title: subject, short: reference };
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

export function detectMeta(file: string, text: string): DocumentMeta {
  const found = titleOf(lines(text));
  const title = (found.title ?? lines(text).find((l) => l.split(/\s+/).length >= 3) ?? basename(file)).slice(0, 160);
  const shortTitle = found.short ?? (title.length > 40 ? title.slice(0, 39).replace(/\s+\S*$/, '') + '…' : title);
  return {
    id: slug(basename(file, extname(file))) || 'doc',
    file,
    title,
    citation: title.length > 80 ? title.slice(0, 79).replace(/\s+\S*$/, '') + '…' : title,
    short: shortTitle,
    language: detectLanguage(text.slice(0, 4000)),
  };
}
