import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../retrieval/verify/facts.ts';
import type { Lang } from '../../../retrieval/types.ts';

const keys = (text: string, lang: Lang = 'en') => extractFacts(text, lang).facts.map((f) => f.key);

describe('hard facts, normalised across languages', () => {
  it('reads times and dates in English, French and Spanish alike', () => {
    expect(keys('from 13:00 to 14:00 on 17 Sept. 2025')).toEqual(['time:13:00', 'time:14:00', 'date:17.9.2025']);
    expect(keys('le 17 septembre 2025 de 13 heures à 14 heures', 'fr')).toEqual(['date:17.9.2025', 'time:13:00', 'time:14:00']);
    expect(keys('1 p.m. on September 17, 2025')).toEqual(['time:13:00', 'date:17.9.2025']);
    expect(keys('los días 26 y 27 de febrero de 2025', 'es').sort()).toEqual(['date:26.2.2025', 'date:27.2.2025']);
    expect(keys('du 15 au 25 septembre 2025', 'fr').sort()).toEqual(['date:15.9.2025', 'date:25.9.2025']);
    expect(keys('le 1er mars 2021 et le 23/04/2020', 'fr')).toEqual(['date:1.3.2021', 'date:23.4.2020']);
    expect(keys('en septembre 2024', 'fr')).toEqual(['date:.9.2024']);
  });

  it('reads study groups, working parties, TSAG and WTSA whatever the language', () => {
    expect(keys('SG20 and Study Group 17')).toEqual(['sg:t20', 'sg:t17']);
    expect(keys("les Commissions d'études 17 et 20", 'fr')).toEqual(['sg:t17', 'sg:t20']);
    expect(keys("des CE 17 et 20 de l'UIT-T", 'fr')).toEqual(['sg:t17', 'sg:t20', 'entity:itu-t']);
    expect(keys("la Commission d'études 2 de l'UIT-D", 'fr')).toEqual(['sg:d2', 'entity:itu-d']);
    expect(keys('WP 2/17 and TSAG')).toEqual(['wp:2/17', 'entity:tsag']);
    expect(keys('GT 2/17 et GCNT', 'fr')).toEqual(['wp:2/17', 'entity:tsag']);
    expect(keys('AMNT-24', 'fr')).toEqual(keys('WTSA-24'));
    expect(keys('ce 17 septembre', 'fr')).toEqual(['date:17.9.']);
  });

  it('reads numbers in digits and words, with their scale', () => {
    expect(keys('vingt-six pays et 170 000 enfants', 'fr')).toEqual(['num:26', 'num:170000']);
    expect(keys('twenty-six countries and 170,000 children')).toEqual(['num:26', 'num:170000']);
    expect(keys('50 bn')).toEqual(keys('50 milliards', 'fr'));
    expect(keys('veintiséis países', 'es')).toEqual(['num:26']);
    expect(keys('the fourth quarter')).toEqual(keys('le quatrième trimestre', 'fr'));
    expect(keys('un rôle de premier plan', 'fr')).toEqual([]);
  });

  it('reads how often, one key per unit of time in every language, and not a length of time', () => {
    expect(keys('the report is published annually')).toEqual(['freq:year']);
    expect(keys('le rapport est publié chaque année', 'fr')).toEqual(['freq:year']);
    expect(keys('un classement mondial annuel des villes', 'fr')).toEqual(['freq:year']);
    expect(keys('una vez al año', 'es')).toEqual(['freq:year']);
    // "Al día siguiente": the next day, not "per day".
    expect(keys('tendrá lugar al día siguiente', 'es')).toEqual([]);
    expect(keys('il rendra compte une fois par an', 'fr')).toEqual(['freq:year']);
    expect(keys('a monthly call, twice a week and once a day')).toEqual(['freq:month', 'freq:week', 'freq:day']);
    expect(keys('within a year, every two years', 'en')).toEqual(['num:2']);
  });

  it('reads every country in each language, but not names that are everyday words or people', () => {
    expect(keys('el guaraní (Paraguay)', 'es')).toEqual(['place:paraguay']);
    expect(keys('au Paraguay et en Bolivie', 'fr')).toEqual(['place:paraguay', 'place:bolivia']);
    expect(keys('Kazakhstan and Kyrgyzstan')).toEqual(['place:kazakhstan', 'place:kyrgyzstan']);
    // "réunion" is a meeting, "Jordan" a co-convenor's name, "Chile" a pepper too.
    expect(keys('La réunion se tiendra à Genève', 'fr')).toEqual(['place:geneva']);
    expect(keys('M. Bret Jordan', 'fr').filter((k) => k.startsWith('place:'))).toEqual([]);
    expect(keys("l'OTAN et la CEDEAO", 'fr')).toEqual(['entity:nato', 'entity:ecowas']);
  });

  it('reads a ministry or a minister as a body the clause must name, in every language', () => {
    // "L'UIT a également soutenu la mise en œuvre des Lignes directrices … en Serbie" (C25/18 § 6.4) names neither.
    expect(keys('a campaign run with the Serbian Ministry of Education')).toContain('entity:ministry');
    expect(keys("avec le ministère de l'Éducation", 'fr')).toContain('entity:ministry');
    expect(keys('con el Ministerio de Educación', 'es')).toContain('entity:ministry');
    expect(keys('le ministre des Télécommunications', 'fr')).toContain('entity:minister');
  });

  it('reads identifiers, addresses, places and people', () => {
    expect(keys('Rec. ITU-T Y.4702 and Doc. C22/32 (Rev.2), Res. 98')).toEqual([
      'entity:itu-t',
      'rec:y.4702',
      'code:c22/32',
      'code:rev.2',
      'res:98',
    ]);
    expect(keys('write to tsbjcgiotsec@itu.int or see https://www.itu.int/en/ITU-T/jcg/iotsec.')).toEqual([
      'email:tsbjcgiotsec@itu.int',
      'url:itu.int/en/itu-t/jcg/iotsec',
    ]);
    expect(keys('à Genève, à Abuja (Nigéria)', 'fr')).toEqual(['place:geneva', 'place:abuja', 'place:nigeria']);
    expect(keys('M. Ramy Ahmed Fathy Coresponsables', 'fr')).toEqual(['person:fathy']);
    expect(keys('la Résolution 66 (Genève, 2015Rév.Charm el-Cheikh, 2019)', 'fr')).toEqual([
      'res:66',
      'place:geneva',
      'year:2015',
      'place:sharm el-sheikh',
      'year:2019',
    ]);
  });
});
