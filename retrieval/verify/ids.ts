/**
 * Identifiers: URLs, e-mail addresses, study groups ("SG20" = "CE 20" =
 * the 20 of "Commissions d'études 17 et 20"), working parties ("WP 2/17" =
 * "GT 2/17"), Questions ("Q1/2"), Resolutions, Recommendations ("Y.4702")
 * and document codes ("C22/32", "TSAG-R1", "AMNT-24" = "WTSA-24").
 */
import type { Fact, Prepared } from './fact.ts';
import { mask } from './fact.ts';

/** French and Spanish acronyms inside codes, read as their English form. */
const ACRONYMS: Record<string, string> = { amnt: 'wtsa', cmdt: 'wtdc', gcnt: 'tsag', gant: 'tsag', cmr: 'wrc', smsi: 'wsis', cmsi: 'wsis' };

function add(p: Prepared, out: Fact[], kind: Fact['kind'], key: string, start: number, end: number): void {
  out.push({ kind, key, start, end, surface: p.text.slice(start, end) });
  mask(p, start, end);
}

function urlsAndEmails(p: Prepared, out: Fact[]): void {
  for (const m of [...p.masked.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()"\]]+/g)]) {
    const raw = m[0].replace(/[.,;:!?'"]+$/, '');
    const key = raw
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/+$/, '');
    add(p, out, 'url', `url:${key}`, m.index!, m.index! + raw.length);
  }
  for (const m of [...p.masked.matchAll(/[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g)]) {
    add(p, out, 'email', `email:${m[0]}`, m.index!, m.index! + m[0].length);
  }
}

const SG_HEAD = String.raw`(?:sgs?|ce|cs|study groups?|commissions? d'etudes?|comision(?:es)? de estudios?)`;
const SG = new RegExp(String.raw`\b(${SG_HEAD})\s?(\d{1,2})\b((?:\s*(?:,|et|and|y|&)\s*(?:(?:sg|ce)\s?)?\d{1,2}\b(?![./]\d))*)`, 'g');

/** ITU-D or ITU-R named just before ("ITU-D Study Group 2") or after ("… 2 de l'UIT-D"); else ITU-T. */
function sector(p: Prepared, start: number, end: number): string {
  const before = p.text.slice(Math.max(0, start - 12), start);
  const afterText = p.text.slice(end, end + 14);
  const m = /(?:itu|uit)-([tdr])\s*$/.exec(before) ?? /^\s*(?:de l'|of (?:the )?|del |du )?(?:itu|uit)-([tdr])\b/.exec(afterText);
  return m ? m[1] : 't';
}

function studyGroups(p: Prepared, out: Fact[]): void {
  for (const m of [...p.masked.matchAll(SG)]) {
    const start = m.index!;
    const end = start + m[0].length;
    // "ce"/"cs"/"sg" alone are ordinary words unless written in capitals ("CE 17", not "ce 17 septembre"); a plural s may be small ("SGs").
    const acronym = m[1] === 'sgs' ? 'sg' : m[1];
    if (m[1].length <= 3 && p.cased.slice(start, start + acronym.length) !== acronym.toUpperCase()) continue;
    if (/^\s+(?:de\s+)?[a-z]*\.?\s*(?:19|20)\d{2}/.test(p.text.slice(end, end + 20)) && m[1].length <= 3) continue;
    const numbers = [m[2], ...(m[3].match(/\d{1,2}/g) ?? [])];
    const s = sector(p, start, end);
    for (const n of numbers) out.push({ kind: 'sg', key: `sg:${s}${Number(n)}`, start, end, surface: m[0] });
    mask(p, start, end);
  }
}

function partiesAndQuestions(p: Prepared, out: Fact[]): void {
  const wp = /\b(?:wps?|gt|working part(?:y|ies)|groupes? de travail|grupos? de trabajo)\s?(\d{1,2})\s?\/\s?(\d{1,2})\b/g;
  for (const m of [...p.masked.matchAll(wp)]) add(p, out, 'wp', `wp:${Number(m[1])}/${Number(m[2])}`, m.index!, m.index! + m[0].length);
  const q = /\b(?:questions?|q|cuestion(?:es)?)\s?\.?\s?(\d{1,2})\s?\/\s?(\d{1,2})\b/g;
  for (const m of [...p.masked.matchAll(q)]) add(p, out, 'question', `q:${Number(m[1])}/${Number(m[2])}`, m.index!, m.index! + m[0].length);
}

function resolutions(p: Prepared, out: Fact[]): void {
  const re = new RegExp(
    String.raw`\b(?:res|resolutions?|resolucion(?:es)?)\b\.?\s?(?:n°\s?|no\.?\s?)?(\d{1,3}(?:\/\d{1,3})?)\b` +
      String.raw`((?:\s*(?:,|et|and|y)\s*\d{1,3}\b(?![./]\d))*)`,
    'g',
  );
  for (const m of [...p.masked.matchAll(re)]) {
    const start = m.index!;
    const end = start + m[0].length;
    // A United Nations General Assembly resolution is numbered by session: "70/1" is not "70/125".
    for (const n of [m[1], ...(m[2].match(/\d{1,3}/g) ?? [])])
      out.push({ kind: 'res', key: `res:${n.split('/').map(Number).join('/')}`, start, end, surface: m[0] });
    mask(p, start, end);
  }
}

/** Recommendations "Y.4702", "X.1361", "T.5": a capital letter, a dot, digits. */
function recommendations(p: Prepared, out: Fact[]): void {
  for (const m of [...p.masked.matchAll(/(?<![\w.])([a-z])\.\s?(\d{1,4}(?:\.\d{1,3})?)(?![\d])/g)]) {
    if (p.cased[m.index!] !== m[1].toUpperCase()) continue;
    add(p, out, 'rec', `rec:${m[1]}.${m[2]}`, m.index!, m.index! + m[0].length);
  }
}

const PART_OF_YEAR = /^(?:end|mid|early|late|pre|post|fin|mi|debut|finales|mediados|principios)-(?:19|20)\d{2}$/;

/** Codes mixing letters and digits: "C22/32", "C22/INF/8", "TSAG-R1", "JCG-IoTSec-I-Doc001", "CL-20/55", "Rév.2". */
function codes(p: Prepared, out: Fact[]): void {
  const re = /(?<![\w@/.-])(?=[a-z0-9./-]*\d)(?=[a-z0-9./-]*(?:[a-z]|\d\/\d))[a-z0-9]+(?:[./-][a-z0-9]+)*(?![\w@/-])/g;
  for (const m of [...p.masked.matchAll(re)]) {
    // Plain numbers, numbers with a scale ("170k", "2.5bn") and years glued to flattened revision marks ("2015Rév.Charm")
    // are read later.
    if (/^\d+(?:[.,]\d+)?(?:k|bn)?$/.test(m[0]) || /^(?:19|20)\d{2}[a-z]/.test(m[0])) continue;
    // A year with the part of it meant ("end-2031", "mid-2030", "pre-2030"): the year, read later.
    if (PART_OF_YEAR.test(m[0])) continue;
    const key = m[0]
      .split(/([./-])/)
      .map((part) => ACRONYMS[part] ?? part)
      .join('');
    add(p, out, 'code', `code:${key}`, m.index!, m.index! + m[0].length);
  }
  for (const m of [...p.masked.matchAll(/\brev\.?\s(\d{1,2})\b/g)])
    add(p, out, 'code', `code:rev.${m[1]}`, m.index!, m.index! + m[0].length);
}

/** Identifiers in reading order of precedence: what is read first is masked for the rest. */
export function extractIds(p: Prepared, out: Fact[]): void {
  urlsAndEmails(p, out);
  partiesAndQuestions(p, out);
  studyGroups(p, out);
  resolutions(p, out);
  recommendations(p, out);
}

export function extractCodes(p: Prepared, out: Fact[]): void {
  codes(p, out);
}
