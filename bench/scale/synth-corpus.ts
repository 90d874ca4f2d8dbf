/**
 * The corpus scaler: ITU-shaped synthetic documents (resolutions with
 * preamble and operative parts, numbered reports with sections and lists)
 * whose clauses copy short runs of the seed corpus's French or of an English
 * ITU stream, with clause lengths drawn from the seed. Rare identifiers
 * (Recommendation numbers, names) keep the vocabulary growing with size, as
 * a real corpus's does. The text is parsed by the real parser.
 */
import type { DocumentMeta, Lang } from '../../retrieval/types.ts';
import { Random } from './random.ts';
import type { SeedVocabulary } from './seed-vocabulary.ts';

export interface SynthDocument {
  meta: DocumentMeta;
  text: string;
  /** Clause-shaped lines written (the parser may merge or drop a few). */
  planned: number;
}

/** Share of English documents; the rest are French like the seed corpus. */
export const ENGLISH_SHARE = 0.3;

const FR = {
  preamble: ['rappelant', 'considérant', 'reconnaissant', 'notant', 'considérant en outre', 'tenant compte'],
  operative: [
    'décide',
    'charge le Directeur du Bureau de la normalisation des télécommunications',
    'invite les États Membres',
    'encourage les Membres de Secteur',
    "charge les Commissions d'études 17 et 20",
  ],
  sections: [
    'Introduction',
    "Activités de l'UIT",
    'Renforcement des capacités',
    'Coopération internationale',
    'Méthodes de travail',
    'Conclusions',
  ],
  assembly: "L'Assemblée mondiale de normalisation des télécommunications",
  resolution: 'RÉSOLUTION',
};
const EN = {
  preamble: ['recalling', 'considering', 'recognizing', 'noting', 'further considering', 'taking into account'],
  operative: [
    'resolves',
    'instructs the Director of the Telecommunication Standardization Bureau',
    'invites Member States',
    'encourages Sector Members',
    'instructs Study Groups 17 and 20',
  ],
  sections: ['Introduction', 'ITU activities', 'Capacity building', 'International cooperation', 'Working methods', 'Conclusions'],
  assembly: 'The World Telecommunication Standardization Assembly',
  resolution: 'RESOLUTION',
};

const SYLLABLES = ['ka', 'ro', 'mi', 'tel', 'sa', 'vo', 'ne', 'lu', 'dar', 'in', 'po', 'zen', 'qui', 'ba', 'rel', 'ot'];

export class CorpusScaler {
  private readonly random: Random;
  private docCount = 0;

  constructor(
    private readonly vocabulary: SeedVocabulary,
    seed = 42,
  ) {
    this.random = new Random(seed);
  }

  /** Documents until at least `clauses` clause lines are written. */
  *documents(clauses: number): Generator<SynthDocument> {
    let written = 0;
    while (written < clauses) {
      const doc = this.document();
      written += doc.planned;
      yield doc;
    }
  }

  /** One document, resolution- or report-shaped, of 10–80 clauses (the seed's are 20–70). */
  document(): SynthDocument {
    const n = ++this.docCount;
    const lang: Lang = this.random.chance(ENGLISH_SHARE) ? 'en' : 'fr';
    const words = lang === 'en' ? EN : FR;
    const target = 10 + this.random.int(70);
    const lines: string[] = [];
    let planned = 0;
    if (this.random.chance(0.5)) {
      lines.push(`${words.resolution} ${n} (${2000 + (n % 25)})`, '', `${words.assembly},`);
      const preamble = Math.max(1, Math.round(target * 0.5));
      while (planned < preamble) {
        lines.push(this.random.pick(words.preamble));
        for (let i = 0, k = 2 + this.random.int(7); i < k && planned < preamble; i += 1, planned += 1) {
          lines.push(`${String.fromCharCode(97 + i)})\t${this.sentence(lang, ';')}`);
        }
      }
      while (planned < target) {
        lines.push(this.random.pick(words.operative));
        for (let i = 1, k = 1 + this.random.int(6); i <= k && planned < target; i += 1, planned += 1) {
          lines.push(`${i}\t${this.sentence(lang, '.')}`);
        }
      }
    } else {
      let section = 0;
      while (planned < target) {
        section += 1;
        lines.push('', `Section ${section}\t${this.random.pick(words.sections)}`, '');
        for (let p = 1, k = 2 + this.random.int(6); p <= k && planned < target; p += 1, planned += 1) {
          const leadIn = this.random.chance(0.15);
          lines.push(`${section}.${p}\t${this.sentence(lang, leadIn ? ':' : '.')}`);
          if (!leadIn) continue;
          for (let i = 0, items = 2 + this.random.int(4); i < items && planned < target; i += 1, planned += 1) {
            lines.push(`–\t${this.sentence(lang, ';')}`);
          }
        }
      }
    }
    const id = `synth-${n}`;
    const meta: DocumentMeta = {
      id,
      file: `documents/${id}.txt`,
      title: `Synthetic ${lang === 'en' ? 'document' : 'document'} ${n}`,
      citation: `Synth. Doc. ${n}`,
      short: `Doc. ${n}`,
      language: lang,
    };
    return { meta, text: lines.join('\n') + '\n', planned };
  }

  /** One clause body: runs of 2–8 consecutive seed tokens, length drawn from the seed clauses. */
  sentence(lang: Lang, end: string): string {
    const stream = lang === 'en' ? this.vocabulary.en : this.vocabulary.fr;
    const length = Math.min(160, Math.max(6, this.random.pick(this.vocabulary.lengths)));
    const out: string[] = [];
    while (out.length < length) {
      if (this.random.chance(0.02)) out.push(this.rareToken());
      let at = this.random.int(stream.length);
      for (let run = 2 + this.random.int(7); run > 0 && out.length < length; run -= 1, at = (at + 1) % stream.length) out.push(stream[at]);
    }
    while (out.length && /^[,;:]$/.test(out[0])) out.shift();
    while (out.length && /^[,;:]$/.test(out[out.length - 1])) out.pop();
    // Lower-case start like ITU clause bodies ("que …", "the …"): a capitalised short body would read as a heading.
    const text = out.join(' ').replace(/ ([,;:])/g, '$1');
    return text.charAt(0).toLowerCase() + text.slice(1) + end;
  }

  /** Identifiers that keep the vocabulary growing: Recommendation numbers, document codes, names. */
  private rareToken(): string {
    switch (this.random.int(4)) {
      case 0:
        return `${this.random.pick(['Y', 'X', 'Q', 'H', 'E'])}.${1000 + this.random.int(9000)}`;
      case 1:
        return `${this.random.pick(['TD', 'C', 'R', 'COM17-C'])}${this.random.int(2000)}`;
      default: {
        let word = '';
        for (let i = 0, k = 2 + this.random.int(3); i < k; i += 1) word += this.random.pick(SYLLABLES);
        return word;
      }
    }
  }
}
