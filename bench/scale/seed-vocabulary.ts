/**
 * What the synthetic corpus is drawn from: the seed corpus's clauses (parsed
 * with the real ITU parser) as a French token stream and clause-length
 * distribution, and an English stream built from the English side of the
 * bilingual glossary and a short list of ITU English words.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';
import { GLOSSARY_PATH } from '../../retrieval/open-assistant.ts';
import { parseItuText } from '../../retrieval/ingest/parse/itu-parser.ts';
import type { Clause, DocumentMeta } from '../../retrieval/types.ts';
import { Random } from './random.ts';

export interface SeedVocabulary {
  /** Seed clauses, for embedding throughput on real text. */
  clauses: Clause[];
  /** Word and punctuation tokens of the seed clauses, in reading order: runs copied from it read like ITU French. */
  fr: string[];
  en: string[];
  /** Clause lengths in tokens, one per seed clause: sampled as they are. */
  lengths: number[];
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-/‑][\p{L}\p{N}]+)*|[,;:]/gu;

// Frequent words of ITU English texts; glossary phrases bring the domain terms.
const EN_WORDS = `the of and to in for on with by that as is are be this which or from at an a its their these shall should may
will can other all such between within under into through including relevant appropriate related concerning regarding
member states sector members associates academia study group groups question questions working party parties
recommendation recommendations resolution resolutions report reports meeting meetings contribution contributions
security cybersecurity internet things iot device devices management network networks service services data
standard standards standardization development developing countries capacity building coordination cooperation
activities activity work programme programmes framework guidelines requirements architecture trust identity
privacy protection infrastructure critical incident response national regional international organizations
organization bodies experts expertise information communication technologies ict icts telecommunications
director bureau secretary general council conference plenipotentiary assembly world deadline date submit submitted
participate participation members chairman chairmen vice convenor convenors co terms reference scope objective
objectives mandate method methods mailing list virtual physical electronic approve approved adopted agreed
consider considering noting recalling recognizing instructs invites resolves encourages requests urges further
continue continued support supports assist assisting ensure ensuring promote promoting facilitate facilitating
develop developed establish established provide provided identify identified study studies analyse analysis
gap gaps overlap overlaps synergies demarcation responsibilities responsibility boundary lead leading joint
smart cities communities sustainable digital twins global agenda pillar pillars legal technical procedural
measures organizational structures cooperation year years annual period session sessions first second third`.split(/\s+/);

/** Parses the seed corpus (manifest metadata, real parser) into the streams the scaler samples. */
export async function loadSeedVocabulary(corpusDir = join(REPO_ROOT, 'corpus')): Promise<SeedVocabulary> {
  const manifest = JSON.parse(await readFile(join(corpusDir, 'manifest.json'), 'utf8')) as { documents: DocumentMeta[] };
  const clauses: Clause[] = [];
  for (const meta of manifest.documents) clauses.push(...parseItuText(await readFile(join(corpusDir, meta.file), 'utf8'), meta));
  const fr: string[] = [];
  const lengths: number[] = [];
  for (const clause of clauses) {
    const tokens = clause.text.match(TOKEN) ?? [];
    fr.push(...tokens);
    lengths.push(tokens.length);
  }
  return { clauses, fr, en: englishStream(await glossaryEnglish()), lengths };
}

async function glossaryEnglish(): Promise<string[]> {
  const entries = JSON.parse(await readFile(GLOSSARY_PATH, 'utf8')) as Array<{ en: string[] }>;
  return entries.flatMap((e) => e.en);
}

/** Glossary phrases joined by common words, in a fixed order: a stand-in for English ITU prose. */
function englishStream(phrases: string[]): string[] {
  const random = new Random(7);
  const out: string[] = [];
  while (out.length < 40_000) {
    for (let i = 1 + random.int(4); i > 0; i -= 1) out.push(random.pick(EN_WORDS));
    out.push(...(random.pick(phrases).match(TOKEN) ?? []));
    if (random.chance(0.12)) out.push(random.pick([',', ',', ';', ':']));
  }
  return out;
}
