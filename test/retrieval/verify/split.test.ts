import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../retrieval/verify/split.ts';

const texts = (answer: string) => splitSentences(answer).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not cut after French and English abbreviations', () => {
    // The correct French answer naming the co-convenors used to lose "Bret Jordan…" to a fragment without a marker.
    expect(texts('Les Coresponsables sont M. Bret Jordan et M. Ramy Ahmed Fathy [1]. Mme Ghernaouti a contribué [2].')).toEqual([
      'Les Coresponsables sont M. Bret Jordan et M. Ramy Ahmed Fathy.',
      'Mme Ghernaouti a contribué.',
    ]);
    for (const s of [
      'MM. Jordan et Fathy',
      'Mr. Jordan',
      'Dr. Onoe',
      'No. 7',
      'n°. 7',
      'Rev. 2',
      'Rév. 2',
      'Res. 98',
      'Rés. 98',
      'Doc. C22/32',
      'e.g. SG17',
      'i.e. SG20',
      'p. ex. le spam',
      'c.-à-d. la CE 20',
      '10 Sept. 2025',
      '(Dubaï, jeu. 15 nov. 2018)',
      'Thu. 15 Nov. 2018',
      'jue. 15 de nov. de 2018',
    ]) {
      expect(texts(`Voir ${s} ici [1].`)).toHaveLength(1);
    }
    // A day's short name is a word too: only a day's number after it keeps the sentence going.
    expect(texts('Les intérêts sont en jeu. Le Conseil a décidé [1].')).toHaveLength(2);
  });

  it('does not cut inside quotes, URLs, e-mail addresses, numbers or list labels', () => {
    expect(texts('Il dit « Les travaux. Sont menés » ici [1].')).toHaveLength(1);
    expect(texts('See https://www.itu.int/en/ITU-T/jcg/iotsec. It needs an account [1].')).toEqual([
      'See https://www.itu.int/en/ITU-T/jcg/iotsec.',
      'It needs an account.',
    ]);
    expect(texts('Write to tsbjcgiotsec@itu.int by 10 September [1].')).toHaveLength(1);
    expect(texts('It rose 13.5 % in § 2.1 of the report [1].')).toHaveLength(1);
    expect(texts('1. The first item [1].\n2. The second item [2].')).toEqual(['1. The first item.', '2. The second item.']);
  });

  it('keeps markers with their sentence and the segment they close', () => {
    const [s] = splitSentences('Bret Jordan chairs WP 2/17 [1], and the mailing list is jcgiotsec@lists.itu.int [2].');
    expect(s.cites).toEqual([1, 2]);
    expect(s.segments.map((x) => x.cites)).toEqual([[1], [2]]);
    expect(s.segments[0].text).toBe('Bret Jordan chairs WP 2/17');
    expect(splitSentences('A fact about Geneva. [2] Another one [1][2].').map((x) => x.cites)).toEqual([[2], [1, 2]]);
  });
});
