/**
 * The places a text names, each as a key that is the same in every language: a city, a country or a region of the
 * world (the verifier's place table, every country's names, the time zone database's cities), or a kind of place that
 * answers "where" without a name (the headquarters, a room, online, a web page, a group of countries such as the
 * least developed). So the English question's "least developed countries" and the French clause's "pays les moins
 * avancés" are one place, and a clause that only repeats the place a question names does not answer "where" or "which
 * country".
 */
import { placeOf } from '../verify/names.ts';
import { extractFacts } from '../verify/facts.ts';
import { fold } from '../text.ts';
import type { Lang } from '../types.ts';

/** Kinds of place without a name, folded, by kind; the first form is the key. */
const PLACE_KINDS: string[][] = [
  ['siege', 'headquarters', 'sede'],
  ['salle', 'room', 'sala'],
  ['en ligne', 'online', 'en linea'],
  ['a distance', 'remote(?:ly)?', 'a distancia'],
  ['site web', 'website', 'sitio web', 'page web', 'web page', 'pagina web'],
  ['lien', 'link', 'enlace'],
  // Groups of countries answer "which countries": the least developed, the developing, the island, the landlocked.
  ['moins avances', 'least developed', 'menos adelantados'],
  ['en developpement', 'developing countr\\w*', 'en desarrollo'],
  ['insulaires', 'island', 'insulares'],
  ['sans littoral', 'landlocked', 'sin litoral'],
  ['region', 'regions', 'regiones'],
];
const KIND_PATTERNS = PLACE_KINDS.map((forms) => new RegExp(String.raw`\b(?:${forms.join('|')})\b`));

/** The places `text` names: `place:…` keys of cities and countries, `kind:…` keys of places without a name. */
export function placesNamed(text: string, lang: Lang): Set<string> {
  const folded = fold(text);
  const out = new Set(PLACE_KINDS.flatMap((forms, i) => (KIND_PATTERNS[i].test(folded) ? [`kind:${forms[0]}`] : [])));
  for (const f of extractFacts(text, lang).facts) if (f.kind === 'place' && f.key) out.add(f.key);
  return out;
}

/** Kinds whose every instance has a name of its own ("Room C2", a web address): "which room?" asks for one. */
const NAMED_INSTANCES = new Set(['salle', 'site web', 'lien']);
const ASKED_KIND = PLACE_KINDS.map((forms) =>
  NAMED_INSTANCES.has(forms[0])
    ? new RegExp(String.raw`\b(?:which|what|quel(?:le)?s?|que|cual(?:es)?)\s+(?:${forms.join('|')})\b`)
    : undefined,
);

/**
 * The places a question names, less the kind it asks for: "dans quelle salle…?" names no room, it asks which one, so
 * "Room C2" is an answer and not a repetition.
 */
export function placesNamedBesidesAsked(question: string, lang: Lang): string[] {
  const folded = fold(question);
  const asked = new Set(PLACE_KINDS.flatMap((forms, i) => (ASKED_KIND[i]?.test(folded) ? [`kind:${forms[0]}`] : [])));
  return [...placesNamed(question, lang)].filter((k) => !asked.has(k));
}

/** Which kind of place a key is: a country, a region of the world, a city (any other named place) or a place without a name. */
export function placeKind(key: string): 'country' | 'region' | 'city' | 'kind' {
  return key.startsWith('kind:') ? 'kind' : placeOf(key);
}

/** Whether `places` holds one not among those asked with (`besides`); a named one (a country, a city) when `named`. */
export function namesPlace(places: Iterable<string>, besides: string[] = [], named = false): boolean {
  return [...places].some((k) => !besides.includes(k) && (!named || /^(?:country|city)$/.test(placeKind(k))));
}
