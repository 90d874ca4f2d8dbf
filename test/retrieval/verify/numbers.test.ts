import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { prepare, type Fact } from '../../../retrieval/verify/fact.ts';
import { cachedRegExp, extractNumbers, extractOrdinals, wordValue } from '../../../retrieval/verify/numbers.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

function numbers(text: string, lang: Lang = 'en'): Fact[] {
  const p = prepare(text);
  const out: Fact[] = [];
  extractNumbers(p, lang, out);
  return out;
}
const values = (text: string, lang: Lang = 'en') => numbers(text, lang).map((f) => f.value);
function ordinals(text: string, lang: Lang = 'en'): number[] {
  const out: Fact[] = [];
  extractOrdinals(prepare(text), lang, out);
  return out.map((f) => f.value!);
}

describe('number words', () => {
  it('add up compounds, with French vingts and cents as multipliers', () => {
    expect(wordValue('quatre-vingt-dix', 'fr')).toBe(90);
    expect(wordValue('quatre-vingts', 'fr')).toBe(80);
    expect(wordValue('soixante et onze', 'fr')).toBe(71);
    expect(wordValue('deux cents', 'fr')).toBe(200);
    expect(wordValue('trois mille', 'fr')).toBe(3000);
    expect(wordValue('twenty-six', 'en')).toBe(26);
    expect(wordValue('treinta y cinco', 'es')).toBe(35);
    expect(wordValue('meeting', 'en')).toBeUndefined();
  });
});

describe('cardinal numbers', () => {
  it('read digits with thousands separators and decimals in either convention', () => {
    expect(values('170 000 enfants', 'fr')).toEqual([170000]);
    expect(values('170,000 children')).toEqual([170000]);
    expect(values('13.5 %')).toEqual([13.5]);
    expect(values('2,5 %', 'fr')).toEqual([2.5]);
  });

  it('read the short second year of a range as its year ("the 2026–27 budget" ends in 2027)', () => {
    expect(values('within the 2026–27 budget')).toEqual([2026, 2027]);
    expect(values('27 countries in 2026')).toContain(27);
  });

  it('read a ratio as the share it gives, counted in per cent ("four in five" is 80 per cent)', () => {
    expect(values('almost four in five of them')).toEqual([80]);
    expect(numbers('almost four in five of them')[0].after).toBe('per cent of them');
    expect(values('quatre sur cinq', 'fr')).toEqual([80]);
    expect(values('dos de cada tres', 'es')).toEqual([67]);
    // Not a ratio: a year after "in", a larger number first.
    expect(values('20 in 2025')).toEqual([20, 2025]);
    expect(values('five in two')).toEqual([5, 2]);
  });

  it('read a scale word after the number', () => {
    expect(values('2,5 millions', 'fr')).toEqual([2500000]);
    expect(values(seedClause('wtdc17-acp-2:summary:para-1').text, 'fr')).toContain(50e9); // "50 milliards d'appareils"
  });

  it('read number words in each language', () => {
    expect(values('vingt-six pays', 'fr')).toEqual([26]);
    expect(values('quatre-vingt-dix pays', 'fr')).toEqual([90]);
    expect(values('thirty-five members')).toEqual([35]);
    expect(values('veintiséis países', 'es')).toEqual([26]);
  });

  it('keep what each number counts, up to the next punctuation', () => {
    const facts = numbers(seedClause('c25-18:s3.1').text, 'fr');
    expect(facts.find((f) => f.value === 85)?.after).toBe('pays');
    const s21 = numbers(
      "elle a établi 50 nouveaux sujets d'étude en matière de normalisation et approuvé 36 Recommandations nouvelles.",
      'fr',
    );
    expect(s21.map((f) => f.value)).toEqual([50, 36]);
    expect(s21[0].after).toMatch(/^nouveaux sujets d'etude en matiere de normalisation/);
    expect(s21[1].after).toBe('recommandations nouvelles');
  });

  it('do not read digits glued to letters, codes or paths', () => {
    expect(values('C22/32 and Y.4702 and 13:00 and 2/17')).toEqual([]);
  });

  // "one" / "un" / "uno" are pronouns and articles too: numbers only inside a compound. Each
  // language's joiner ("and", "et", "y") joins the parts of a compound where numbers are written so.
  it.each([
    ['twenty-one countries', 'en', [21]],
    ['vingt et un pays', 'fr', [21]],
    ['treinta y cinco países', 'es', [35]],
  ] as const)('read the compound "%s" as one number', (text, lang, expected) => {
    expect(values(text, lang)).toEqual(expected);
  });

  // "pour cent" / "por ciento" is the sign of the number before it, as "%" is: not a hundred.
  it.each([
    ['85 pour cent des pays', 'fr'],
    ['el 85 por ciento de los países', 'es'],
  ] as const)('read "%s" as 85 alone', (text, lang) => {
    expect(values(text, lang)).toEqual([85]);
  });
});

describe('measures with a multiple of their unit', () => {
  it('are read in the unit, a range\'s first number with the unit the range ends with (the GRE-5GPI report, tune-5)', () => {
    expect(values('dont 9 utilisent tout ou partie de la bande 3 800-4 200 MHz.', 'fr')).toEqual([9, 3_800_000_000, 4_200_000_000]);
    expect(values('nine of which use the 3.8-4.2 GHz band')).toEqual([9, 3_800_000_000, 4_200_000_000]);
    expect(values('a 100 Mbit/s link, or 0.1 Gbit/s')).toEqual([100_000_000, 100_000_000]);
  });

  it('measure, and count nothing: they carry their unit, not a thing counted', () => {
    expect(numbers('the 2.4 GHz band').map((f) => f.unit)).toEqual(['hz']);
    expect(numbers('24 countries').map((f) => f.unit)).toEqual([undefined]);
  });
});

describe('compounds', () => {
  it('join only where numbers are written so: units after tens, anything after hundreds and thousands', () => {
    expect(values('one hundred and five members')).toEqual([105]);
    expect(values('doscientos cincuenta países', 'es')).toEqual([250]);
    expect(values('mille deux cents enfants', 'fr')).toEqual([1200]);
    expect(values('entre deux et trois réunions', 'fr')).toEqual([2, 3]);
    expect(values('dos y tres', 'es')).toEqual([2, 3]);
    expect(values('cent pour cent des pays', 'fr')).toEqual([100]);
  });

  it('read "one" / "un" alone as no number, but as one before a scale word', () => {
    expect(values('one of the groups')).toEqual([]);
    expect(values('un groupe et une réunion', 'fr')).toEqual([]);
    expect(values('un million de personnes', 'fr')).toEqual([1e6]);
    // Before a unit of time it is one: "au moins une semaine à l'avance", "un mois avant", "one week", "un mes".
    expect(values("au moins une semaine à l'avance", 'fr')).toEqual([1]);
    expect(values('un mois avant chaque réunion', 'fr')).toEqual([1]);
    expect(values('one week before', 'en')).toEqual([1]);
    expect(values('con al menos un mes de antelación', 'es')).toEqual([1]);
    expect(wordValue('un', 'fr')).toBeUndefined();
  });
});

describe('ordinals', () => {
  it('read ordinal digits and words in each language', () => {
    expect(ordinals('the 2nd and 3rd meetings')).toEqual([2, 3]);
    expect(ordinals('le 1er et la 2e', 'fr')).toEqual([1, 2]);
    expect(ordinals('the fourth quarter')).toEqual([4]);
    expect(ordinals('au cours du quatrième trimestre', 'fr')).toEqual([4]);
    expect(ordinals('la segunda edición', 'es')).toEqual([2]);
  });

  it('read compound ordinals, made from the cardinals', () => {
    expect(ordinals('la dix-septième séance plénière', 'fr')).toEqual([17]);
    expect(ordinals('la vingt et unième session', 'fr')).toEqual([21]);
    expect(ordinals('the seventeenth plenary meeting and the twenty-first session')).toEqual([17, 21]);
    expect(ordinals('la decimoséptima sesión', 'es')).toEqual([17]);
    expect(ordinals('the 17th meeting')).toEqual(ordinals('la dix-septième séance', 'fr'));
  });

  it('read a cardinal before an ordinal with only a space as a count of them, as questions do', () => {
    // "Les deux premières réunions" are the first two, not a third one (the sentence's count is the cardinal's).
    expect(ordinals('les deux premières réunions', 'fr')).toEqual([1]);
    expect(ordinals('the first two meetings and the two first meetings')).toEqual([1, 1]);
    expect(ordinals('los dos primeros informes', 'es')).toEqual([1]);
  });

  it('do not read "premier plan" (leading) as first', () => {
    expect(ordinals('un rôle de premier plan', 'fr')).toEqual([]);
    expect(ordinals('la première réunion', 'fr')).toEqual([1]);
  });
});

describe('cachedRegExp', () => {
  it('builds a pattern once and hands it back ready to scan from the start', () => {
    const a = cachedRegExp('\\d+', 'g');
    a.exec('12 34');
    expect(a.lastIndex).toBeGreaterThan(0);
    const b = cachedRegExp('\\d+', 'g');
    expect(b).toBe(a);
    expect(b.lastIndex).toBe(0);
    expect(cachedRegExp('\\d+')).not.toBe(a);
  });

  it('read a dot between groups of three digits as thousands in French and Spanish, as a decimal point in English', () => {
    expect(values('hasta 50.000 millones de dispositivos', 'es')).toEqual([50e9]);
    expect(values('plus de 1.500 participants', 'fr')).toEqual([1500]);
    expect(values('a 2.5 % rise', 'en')).toEqual([2.5]);
    expect(values('about 1.500 of them', 'en')).toEqual([1.5]);
    expect(values('1.500.000 users', 'en')).toEqual([1.5e6]);
  });
});
