/**
 * Word families from Apertium's morphological analysers (Debian's
 * apertium-fr-es, apertium-eng-spa, through lttoolbox's `lt-proc`): the
 * forms of one lemma whose stems differ ("tenir": tiendra, tient, tenu;
 * "cubrir": cubierto, cubre; "hold": held). Stemming cannot join them, so
 * "la réunion se tient" never met "se tiendra", and "cubierto" found no
 * translation. Each word given is analysed; the stems of the forms of each
 * content lemma make one family when there are two or more.
 */
import { execFileSync } from 'node:child_process';
import { analyzeQuery } from '../../retrieval/query/analyze.ts';
import type { Lang } from '../../retrieval/types.ts';

const CONTENT = /<(n|vblex|vbser|vbhaver|adj|adv)>/;
/** A lemma with more forms than this is a function word's paradigm or an analyser artefact, not a family. */
const MAX_STEMS = 24;

/** Lemma (with its part of speech) → the distinct stems of its forms among `words`, lemma's own stem included. */
export function wordFamilies(analyser: string, lang: Lang, words: string[]): Map<string, string[]> {
  const out = execFileSync('lt-proc', [analyser], { input: words.join('\n') + '\n', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const stem = (w: string) => {
    const terms = analyzeQuery(w, lang);
    return terms.length === 1 ? terms[0].term : undefined;
  };
  // A word form joins its lemma's family when it is the form of that lemma only: "missions" (mettre, and the noun
  // "mission") joins none. A participle read as its own adjective too ("tenu", "cubierto") still joins its verb.
  const families = new Map<string, Set<string>>();
  for (const unit of out.match(/\^[^$]*\$/g) ?? []) {
    const [surface, ...readings] = unit.slice(1, -1).split(/(?<!\\)\//);
    const word = surface.toLowerCase();
    const form = stem(word);
    if (!form) continue;
    const lemmas = new Map<string, string>();
    for (const reading of readings) {
      if (reading.startsWith('*') || !CONTENT.test(reading)) continue;
      const lemma = reading.replace(/<.*$/, '').replace(/#.*$/, '').toLowerCase();
      const pos = CONTENT.exec(reading)![1];
      if (pos === 'adj' && lemma === word) continue;
      lemmas.set(`${lemma}<${pos}>`, lemma);
    }
    if (lemmas.size !== 1) continue;
    const [[key, lemma]] = [...lemmas];
    const lemmaStem = lemma.includes(' ') ? undefined : stem(lemma);
    if (!lemmaStem) continue;
    families.set(key, (families.get(key) ?? new Set([lemmaStem])).add(form));
  }
  const result = new Map<string, string[]>();
  for (const [key, stems] of families) if (stems.size >= 2 && stems.size <= MAX_STEMS) result.set(key, [...stems].sort());
  return result;
}

/** Tenses whose forms a Spanish question uses: preterite, present, imperfect, future, conditional, both subjunctives. */
const SPANISH_TENSES = ['ifi', 'pri', 'pii', 'fti', 'cni', 'prs', 'pis'];
const PERSONS = ['p1><sg', 'p3><sg', 'p1><pl', 'p3><pl'];

/**
 * The conjugated forms of Spanish infinitives, from Apertium's generator (`lt-proc -g`): Debian's word list holds
 * infinitives and few of their forms, and Snowball leaves some preterites whole ("tradujeron", "armaron", "usaron"), so
 * no family joined them to their verb. A word that is no verb ("lugar", "mujer") generates nothing.
 */
export function spanishVerbForms(generator: string, words: string[]): string[] {
  const infinitives = words.filter((w) => /^[a-zñ]{2,}(?:ar|er|ir)$/.test(w));
  const units = infinitives.flatMap((v) => [
    ...SPANISH_TENSES.flatMap((t) => PERSONS.map((p) => `^${v}<vblex><${t}><${p}>$`)),
    `^${v}<vblex><pp><m><sg>$`,
    `^${v}<vblex><ger>$`,
  ]);
  const out = execFileSync('lt-proc', ['-g', generator], {
    input: units.join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return [...new Set(out.split('\n').map((w) => w.trim().toLowerCase()))].filter((w) => /^[\p{Ll}]+$/u.test(w));
}
