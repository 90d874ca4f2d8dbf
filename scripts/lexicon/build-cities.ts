/**
 * `npx tsx scripts/lexicon/build-cities.ts`: writes retrieval/verify/data/cities.json, the cities of the IANA time
 * zone database (public domain; read through the ICU data Node ships, `Intl.supportedValuesOf('timeZone')`): every
 * "Region/City" zone of Africa, the Americas, Asia, Europe and Australia, folded. A city the place table already holds
 * is left to it, and so is every name that is also a word of the general lexicon in English, French or Spanish, or an
 * English adjective, verb or adverb of WordNet ("Resolute", "Phoenix", "Oral"): the verifier would read the word as a
 * place. Zones of three parts
 * ("America/Indiana/Knox") name counties and towns, not cities a meeting is held in, and are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';
import { analyze } from '../../retrieval/query/analyze.ts';
import { fold } from '../../retrieval/text.ts';

const DATA = join(REPO_ROOT, 'retrieval', 'verify', 'data');
const LEXICON = join(REPO_ROOT, 'retrieval', 'query', 'data', 'lexicon.tsv');
const WORDNET = '/usr/share/wordnet';

const words = new Set<string>();
for (const line of readFileSync(LEXICON, 'utf8').split('\n')) {
  const [row, lang, word] = line.split('\t');
  if (row === 'w') words.add(`${lang}:${word}`);
}
// WordNet's nouns hold the cities themselves ("nome", "paris"); its other parts of speech are everyday words only.
for (const part of ['adj', 'verb', 'adv'])
  for (const line of readFileSync(join(WORDNET, `index.${part}`), 'utf8').split('\n'))
    if (!line.startsWith(' ')) words.add(`wordnet:${line.split(' ')[0].replace(/_/g, ' ')}`);
const isWord = (name: string) =>
  words.has(`wordnet:${name}`) ||
  (['en', 'fr', 'es'] as const).some((lang) => analyze(name, lang).some((stem) => words.has(`${lang}:${stem}`)));

const { places } = JSON.parse(readFileSync(join(DATA, 'places.json'), 'utf8')) as { places: string[][] };
const known = new Set(places.flat());
const cities = Intl.supportedValuesOf('timeZone')
  .map((zone) => zone.split('/'))
  .filter((parts) => parts.length === 2 && /^(Africa|America|Asia|Europe|Australia)$/.test(parts[0]))
  .map(([, city]) => fold(city.replace(/_/g, ' ')))
  .filter((city) => city.length >= 4 && !known.has(city) && !isWord(city));

writeFileSync(
  join(DATA, 'cities.json'),
  `${JSON.stringify(
    {
      _about:
        'Cities of the IANA time zone database (public domain), through the ICU data of Node ' +
        `${process.versions.node} (Intl.supportedValuesOf('timeZone')), folded; written by scripts/lexicon/build-cities.ts. ` +
        'Names the place table holds, and names that are also general-lexicon words, are left out.',
      cities: [...new Set(cities)].sort(),
    },
    null,
    1,
  )}\n`,
);
console.log(`cities.json: ${new Set(cities).size} cities`);
