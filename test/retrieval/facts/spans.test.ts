import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../retrieval/facts/spans.ts';

const P6 =
  "La première réunion du Groupe JCG-IoTSec se tiendra au siège de l'UIT à Genève, " +
  'le 17 septembre 2025 de 13 heures à 14 heures (heure de Genève). ' +
  "Elle aura lieu à l'occasion de la réunion de la Commission d'études 20 de l'UIT-T, qui se tiendra du 15 au 25 septembre 2025.";
const shown = (text: string) => findSpans(text).map((s) => `${s.type}:${s.text}`);

describe('typed spans in clause text', () => {
  it('reads dates, date ranges and times, with their values', () => {
    const spans = findSpans(P6);
    expect(spans.find((s) => s.type === 'date')).toMatchObject({ text: '17 septembre 2025', date: { day: 17, month: 9, year: 2025 } });
    expect(spans.find((s) => s.type === 'time')).toMatchObject({ text: 'de 13 heures à 14 heures', minutes: [780, 840] });
    expect(shown(P6)).toContain('date:15 au 25 septembre 2025');
    expect(findSpans('September 17, 2025 and 2025-09-10')).toMatchObject([
      { date: { day: 17, month: 9 } },
      { date: { day: 10, month: 9 } },
    ]);
  });

  it('reads ITU-R Recommendations, whose series have one or two letters, as ITU-T ones', () => {
    const recs = (t: string) => findSpans(t).flatMap((s) => (s.type === 'recommendation' ? [s.text] : []));
    expect(recs('the draft new Recommendation ITU-R SM.2161 "Methods for detection"')).toEqual(['Recommendation ITU-R SM.2161']);
    expect(recs('la Recommandation UIT-R BT.2100 et la Recommandation UIT-T Y.4702')).toEqual([
      'Recommandation UIT-R BT.2100',
      'Recommandation UIT-T Y.4702',
    ]);
  });

  it('reads a time written in four digits and "hours", not a number of hours of something', () => {
    expect(findSpans('on Tuesday, 15 September 2026, from 1200 to 1400 hours UTC')).toContainEqual(
      expect.objectContaining({ type: 'time', text: 'from 1200 to 1400 hours', minutes: [720, 840] }),
    );
    expect(findSpans('2000 hours of training').some((s) => s.type === 'time')).toBe(false);
  });

  it('reads lengths of time, in digits or words, and does not count their units', () => {
    expect(shown("La durée d'existence du Groupe est de 12 mois à compter de sa première réunion")).toEqual(['duration:12 mois']);
    expect(findSpans('pour une période de deux (2) ans')).toMatchObject([{ type: 'duration', count: 2, about: 'ans' }]);
    expect(shown('three years after its creation; una duración de 18 meses')).toEqual(['duration:three years', 'duration:18 meses']);
    // "One" where it is no article, and Spanish accents: a year, two years.
    expect(shown("Le FG-MAP a une durée de vie d'un an à compter de sa première réunion")).toEqual(['duration:un an']);
    expect(shown('una duración de un año, prorrogable dos años')).toEqual(['duration:un año', 'duration:dos años']);
    expect(shown('twice a year, une fois par an')).toEqual([]);
    // A month before each meeting is a month long; "every month" counts none.
    expect(shown('un rapport un mois avant chaque réunion, tous les mois')).toEqual(['duration:un mois']);
    expect(shown('du 8 au 18 juin 2021, de 13 heures à 14 heures')).toEqual(['date:8 au 18 juin 2021', 'time:de 13 heures à 14 heures']);
  });

  it('does not read a study group, a resolution or a year as a count', () => {
    expect(shown(P6).filter((s) => s.startsWith('count'))).toEqual([]);
    expect(shown("la Résolution 98 et les Commissions d'études 17 et 20 en 2025")).toEqual([]);
  });

  it('binds a count to what it counts, in digits or words', () => {
    const text = "La CE 17 a établi 50 nouveaux sujets d'étude et approuvé 36 Recommandations. Les cinq Piliers du GCA.";
    expect(
      findSpans(text)
        .filter((s) => s.type === 'count')
        .map((s) => [s.count, s.about]),
    ).toEqual([
      [50, "nouveaux sujets d'étude"],
      [36, 'Recommandations'],
      [5, 'Piliers'],
    ]);
  });

  it('reads a number written twice, in words and in digits, and counted words spaced by a non-breaking space', () => {
    const text = "Neuf (9) États\u00a0Membres ont contribué à l'élaboration de ces sources d'information.";
    const [count] = findSpans(text).filter((s) => s.type === 'count');
    expect(count).toMatchObject({ count: 9, about: 'États Membres', text: 'Neuf (9) États\u00a0Membres' });
    // Two numbers that disagree are no such pair.
    expect(
      findSpans('cinq (6) pays')
        .filter((s) => s.type === 'count')
        .map((s) => s.count),
    ).not.toContain(5);
  });

  it('reads addresses, telephone numbers, Recommendations, documents and people with their role', () => {
    expect(shown("à l'adresse tsbjcgiotsec@itu.int et https://www.itu.int/en/ITU-T/jcg/iotsec.")).toEqual([
      'email:tsbjcgiotsec@itu.int',
      'url:https://www.itu.int/en/ITU-T/jcg/iotsec',
    ]);
    // A footnote's closing bracket ends the address.
    expect(shown("[2: Rapport (C19/58), UIT, 8 mai 2019, disponible à l'adresse https://www.itu.int/md/S19-CL-C-0058/en.]")).toContain(
      'url:https://www.itu.int/md/S19-CL-C-0058/en',
    );
    expect(shown('Tél.: +41 22 730 6301')).toEqual(['phone:+41 22 730 6301']);
    expect(shown('la Recommandation UIT‑T Y.4702 sur les exigences')).toEqual(['recommendation:Recommandation UIT‑T Y.4702']);
    expect(shown('Réf.: Circulaire TSB 67')).toEqual(['document:Circulaire TSB 67']);
    const people = findSpans('Le GCNT a nommé M. Bret Jordan, Président du GT 2/17, et M. Ramy Ahmed Fathy, Président du GT 3/20.');
    expect(people.map((s) => [s.text, s.about])).toEqual([
      ['M. Bret Jordan', 'Président du GT 2/17'],
      ['M. Ramy Ahmed Fathy', 'Président du GT 3/20'],
    ]);
    expect(findSpans('(signé) Seizo Onoe, Directeur du Bureau de la normalisation')[0]).toMatchObject({
      type: 'person',
      text: 'Seizo Onoe',
    });
  });
});
