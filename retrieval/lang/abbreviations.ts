/**
 * Abbreviations after which a period ends no sentence ("M. Jordan", "Res. 98", "Doc. C22/32", "circ. 67"), lower
 * case, in English, French and Spanish: read by the verifier's sentence splitter and by the cutting of a chat
 * message into parts.
 */
const ABBREVIATIONS = new Set([
  'circ',
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mr',
  'mrs',
  'ms',
  'dr',
  'pr',
  'prof',
  'sr',
  'sra',
  'srta',
  'st',
  'no',
  'nos',
  'n°',
  'nº',
  'num',
  'rev',
  'rév',
  'res',
  'rés',
  'resol',
  'doc',
  'docs',
  'rec',
  'recs',
  'ref',
  'réf',
  'cf',
  'vol',
  'art',
  'para',
  'paras',
  'fig',
  'ch',
  'chap',
  'ex',
  'env',
  'approx',
  'vs',
  'al',
  'ed',
  'éd',
  'tel',
  'tél',
  'ann',
  'corr',
  'add',
  'suppl',
  'op',
  'ibid',
  'inc',
  'ltd',
  'co',
  'av',
  'bd',
  'jan',
  'janv',
  'feb',
  'févr',
  'fév',
  'mar',
  'apr',
  'avr',
  'jun',
  'jul',
  'juil',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'déc',
  'ene',
  'abr',
  'ago',
  'dic',
]);

/**
 * Days of the week shortened before a date ("jeu. 15 nov. 2018", "Thu. 15 Nov.", "jue. 15 de nov."): abbreviations
 * only when a day's number follows, since several are words too ("mer", "sun", "sat", "jeu").
 */
const DAYS = new Set([
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  ...['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  ...['mié', 'mie', 'jue', 'vie', 'sáb', 'sab', 'dom'],
]);

/** Whether a word written before a period, then `next`, is a day of the week shortened before a date. */
export function isDayBeforeDate(word: string, next: string): boolean {
  return DAYS.has(word.toLowerCase()) && /^\s*\d{1,2}(?!\d)/.test(next);
}

/** Whether a word written before a period is an abbreviation (any case). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}
