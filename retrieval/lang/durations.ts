/**
 * Units of time in the three languages: how a length of time is read in a
 * text ("12 mois", "deux (2) ans", "18 meses") and shown in an answer in
 * the asker's language ("12 months").
 */
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';

export type DurationUnit = 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute';

/** Per unit and language: the singular and the plural an answer shows, then other forms a text uses. */
const UNITS: Record<DurationUnit, Record<Lang, string[]>> = {
  day: { en: ['day', 'days'], fr: ['jour', 'jours'], es: ['día', 'días'] },
  week: { en: ['week', 'weeks'], fr: ['semaine', 'semaines'], es: ['semana', 'semanas'] },
  month: { en: ['month', 'months'], fr: ['mois', 'mois'], es: ['mes', 'meses'] },
  year: { en: ['year', 'years'], fr: ['an', 'ans', 'année', 'années'], es: ['año', 'años'] },
  hour: { en: ['hour', 'hours'], fr: ['heure', 'heures'], es: ['hora', 'horas'] },
  minute: { en: ['minute', 'minutes'], fr: ['minute', 'minutes'], es: ['minuto', 'minutos'] },
};
const KINDS = Object.keys(UNITS) as DurationUnit[];

/** The folded words of the units of time of a language, or of all three. */
export function durationWords(lang?: Lang): string[] {
  const langs: Lang[] = lang ? [lang] : ['en', 'fr', 'es'];
  return [...new Set(KINDS.flatMap((k) => langs.flatMap((l) => UNITS[k][l].map(fold))))];
}

/** Each folded form of a unit, in any language, and the unit it names (the first unit to list it). */
const UNIT_OF = new Map<string, DurationUnit>(
  KINDS.flatMap((k) => Object.values(UNITS[k]).flatMap((forms) => forms.map((f) => [fold(f), k] as const))).reverse(),
);

/** The unit a word of any language names ("mois", "meses", "années"). */
export function durationUnit(word: string): DurationUnit | undefined {
  return UNIT_OF.get(fold(word));
}

/** A length of time as the language writes it: "12 months", "1 an", "18 meses". */
export function durationName(unit: DurationUnit, n: number, lang: Lang): string {
  return `${n} ${UNITS[unit][lang][n === 1 ? 0 : 1]}`;
}
