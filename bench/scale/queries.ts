/**
 * Benchmark questions over a synthetic corpus: a few content words of a
 * random clause wrapped in an English or French question, plus the seed
 * questions of the small benchmark. They look like what users ask and hit
 * the index with realistic term frequencies.
 */
import { isStopWord } from '../../retrieval/query/analyze.ts';
import { fold } from '../../retrieval/text.ts';
import type { Clause, Lang } from '../../retrieval/types.ts';
import { Random } from './random.ts';

export interface BenchQuery {
  text: string;
  lang: Lang;
}

/** The seed benchmark's questions (bench/seed.ts). */
export const SEED_QUESTIONS: BenchQuery[] = [
  { text: 'Which SG handles IoT device-management security?', lang: 'en' },
  { text: 'Who are the co-convenors of JCG-IoTSec?', lang: 'en' },
  { text: 'Quelle est la date limite pour soumettre des contributions ?', lang: 'fr' },
  { text: 'What are the objectives of the JCG-IoTSec?', lang: 'en' },
  { text: 'How many countries has ITU assisted with CIRT readiness assessments?', lang: 'en' },
  { text: 'What is the budget of the JCG-IoTSec for 2026?', lang: 'en' },
  { text: 'Quel rôle la CE 17 joue-t-elle en matière de cybersécurité ?', lang: 'fr' },
  { text: 'What does Resolution 98 instruct the TSB Director to do?', lang: 'en' },
];

const TEMPLATES: Record<'en' | 'fr', Array<(w: string) => string>> = {
  en: [
    (w) => `What does the text say about ${w}?`,
    (w) => `Which clause covers ${w}?`,
    (w) => `${w}?`,
    (w) => `Who is responsible for ${w}?`,
  ],
  fr: [(w) => `Que dit le texte sur ${w} ?`, (w) => `Quelle clause traite de ${w} ?`, (w) => `${w} ?`, (w) => `Qui est chargé de ${w} ?`],
};

/** `count` questions (the seed questions first), deterministic for a seed. */
export function makeQueries(clauses: Clause[], langOf: (docId: string) => Lang, count: number, seed = 99): BenchQuery[] {
  const random = new Random(seed);
  const out: BenchQuery[] = SEED_QUESTIONS.slice(0, count);
  while (out.length < count) {
    const clause = random.pick(clauses);
    const words = (clause.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).filter(
      (w) => w.length >= 4 && !isStopWord(fold(w).toLowerCase()),
    );
    if (words.length < 2) continue;
    const start = random.int(words.length);
    const picked = words.slice(start, start + 2 + random.int(4));
    const lang = langOf(clause.docId) === 'en' ? 'en' : 'fr';
    out.push({ text: random.pick(TEMPLATES[lang])(picked.join(' ')), lang });
  }
  return out;
}
