import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { extractDates, extractTimes, extractYears } from '../../../retrieval/verify/dates.ts';
import { prepare, type Fact } from '../../../retrieval/verify/fact.ts';
import { extractFacts } from '../../../retrieval/verify/facts.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

/** Keys of the dates, times and years of a text, read as facts.ts reads them (dates, then times, then years). */
function keys(text: string, lang: Lang = 'en'): string[] {
  const p = prepare(text);
  const out: Fact[] = [];
  extractDates(p, lang, out);
  extractTimes(p, out);
  extractYears(p, out);
  return out.map((f) => f.key);
}
const sorted = (xs: string[]) => [...xs].sort();

describe('dates', () => {
  it('read ISO dates and month-first ranges', () => {
    expect(keys('2025-09-17')).toEqual(['date:17.9.2025']);
    expect(sorted(keys('September 17–18, 2025'))).toEqual(['date:17.9.2025', 'date:18.9.2025']);
  });

  it('read the day ranges of the seed texts as both ends', () => {
    expect(sorted(keys(seedClause('tsb-circ-67:p1').text, 'fr'))).toEqual(['date:26.5.2025', 'date:30.5.2025']);
    expect(sorted(keys(seedClause('tsb-circ-67:annex-a:scope-and-objectives:para-1').text, 'fr'))).toEqual([
      'date:15.10.2024',
      'date:24.10.2024',
    ]);
  });

  it('keep only the parts given: a day and month without a year, a month and year without a day', () => {
    expect(keys('le 17 septembre', 'fr')).toEqual(['date:17.9.']);
    expect(keys('Sept. 2024')).toEqual(['date:.9.2024']);
    expect(keys('juillet 2015', 'fr')).toEqual(['date:.7.2015']);
    expect(keys('launched in 05/2016')).toEqual(keys('lancée en mai 2016', 'fr'));
    expect(keys('launched in 05/2016')).toEqual(['date:.5.2016']);
    expect(keys('completed in 07/2015.')).toEqual(['date:.7.2015']);
  });

  it('read day-first numeric dates, and month-first ones when the day cannot be a month', () => {
    expect(keys('23.04.2020')).toEqual(['date:23.4.2020']);
    expect(keys('04/23/2020')).toEqual(['date:23.4.2020']);
  });

  it('read Spanish months only in Spanish (and English) texts', () => {
    expect(keys('el 5 de diciembre de 2024', 'es')).toEqual(['date:5.12.2024']);
    expect(keys('el 5 de diciembre de 2024', 'fr')).toEqual(['year:2024']);
  });

  it('read a month alone only when it cannot be an ordinary word', () => {
    expect(keys('en septembre', 'fr')).toEqual(['month:9']);
    expect(keys('in May')).toEqual([]);
    expect(keys('we may meet in March')).toEqual([]);
    expect(keys('May 5')).toEqual([]);
    expect(keys('March 5, 2025')).toEqual(['date:5.3.2025']);
  });

  it('blank what they read, so its digits are not read again as numbers', () => {
    expect(extractFacts('le 17 septembre 2025 à Genève', 'fr').facts.map((f) => f.key)).toEqual(['date:17.9.2025', 'place:geneva']);
  });

  // "of" joins a day to its month after an ordinal ending ("17th of"), not after a bare number ("3 of May").
  it('read "17th of September 2025" as a full date', () => {
    expect(keys('on the 17th of September 2025')).toEqual(['date:17.9.2025']);
    expect(sorted(keys('from the 15th to 17th of September 2025'))).toEqual(['date:15.9.2025', 'date:17.9.2025']);
    expect(keys('3 of May')).toEqual([]);
  });
});

describe('times', () => {
  it('read 24-hour, French, Spanish and a.m./p.m. times alike', () => {
    expect(keys('13h00')).toEqual(['time:13:00']);
    expect(keys('13 horas', 'es')).toEqual(['time:13:00']);
    expect(keys('9h')).toEqual(['time:9:00']);
    expect(keys('12 a.m.')).toEqual(['time:0:00']);
    expect(keys('1:30 p.m.')).toEqual(['time:13:30']);
    expect(keys(seedClause('tsb-circ-67:p6').text, 'fr').filter((k) => k.startsWith('time'))).toEqual(['time:13:00', 'time:14:00']);
  });

  it('are not hours past 24', () => {
    expect(keys('25:00')).toEqual([]);
  });

  it('read four digits before "hours", as ITU letters write them, both ends of a range', () => {
    expect(keys('from 1200 to 1400 hours UTC')).toEqual(['time:12:00', 'time:14:00']);
    expect(keys('de 0930 à 1230 heures', 'fr')).toEqual(['time:9:30', 'time:12:30']);
    expect(keys('2000 hours of training')).toEqual(['year:2000']);
  });

  it('read four digits with a leading zero after a word that sets a time, without "hours", but no document number', () => {
    expect(keys('The workshop opens at 0930 on Monday')).toEqual(['time:9:30']);
    expect(keys('de 0830 à 1700 heures', 'fr')).toEqual(['time:8:30', 'time:17:00']);
    expect(keys('SG17-TD 0412 was approved')).not.toContain('time:4:12');
  });
});

describe('years', () => {
  it('read both years of a range and of revision marks flattened by extraction', () => {
    expect(keys('de 2024-2025', 'fr')).toEqual(['year:2024', 'year:2025']);
    expect(keys(seedClause('wtsa-res-98:considering:a').text, 'fr')).toEqual(['year:2020', 'year:2025']); // "à l'horizon 20202025"
    expect(keys(seedClause('wtsa-res-98:para-1').text, 'fr')).toEqual(['year:2016', 'year:2022']); // "(Hammamet, 2016Genève, 2022)"
  });

  it('are not read inside decimals or version numbers', () => {
    expect(keys('version 2.2025')).toEqual([]);
    expect(keys('2025.5')).toEqual([]);
    expect(keys('12025')).toEqual([]);
  });
});
