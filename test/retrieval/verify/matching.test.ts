import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { analyzeText } from '../../../retrieval/verify/analysis.ts';
import type { Fact } from '../../../retrieval/verify/fact.ts';
import { extractFacts } from '../../../retrieval/verify/facts.ts';
import { found, missingFacts } from '../../../retrieval/verify/matching.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

const clause = (id: string) => analyzeText(seedClause(id).text, 'fr', new Map());
// "La première réunion … à Genève, le 17 septembre 2025 de 13 heures à 14 heures … Commission d'études 20 … du 15 au 25 septembre 2025."
const MEETING = clause('tsb-circ-67:p6');
// "… 85 pays … équipes CIRT dans quatre pays."
const CIRT = clause('c25-18:s3.1');
const CONVENORS = clause('tsb-circ-67:annex-a:working-methods:item-6');

const facts = (text: string, lang: Lang = 'en'): Fact[] => extractFacts(text, lang).facts;
/** The surfaces of a sentence's facts that the clause does not state. */
const missing = (text: string, c = MEETING, allowed: string[] = []) =>
  missingFacts(facts(text), [c], new Set(allowed)).map((f) => f.surface);

describe('whether a clause states a fact', () => {
  it("finds an ITU conference's short name and year as the conference named with its year", () => {
    // GCA guidelines § 1.1: "La Conférence de plénipotentiaires de l'UIT tenue à Dubaï en 2018 a adopté la Résolution 130 …"
    const pp = clause('c22-32-gca:s1.1');
    expect(missing('PP-18 adopted Resolution 130 in Dubai.', pp)).toEqual([]);
    expect(missing('PP-14 adopted Resolution 130 in Dubai.', pp)).toEqual(['pp-14']);
    expect(missing('WTDC-18 adopted Resolution 130 in Dubai.', pp)).toEqual(['wtdc-18']);
  });

  it('finds a number written in digits or in words', () => {
    expect(missing('ITU assisted 85 countries and is setting up teams in 4 countries.', CIRT)).toEqual([]);
    expect(missing('ITU is setting up teams in four countries.', CIRT)).toEqual([]);
    expect(missing('ITU is setting up teams in five countries.', CIRT)).toEqual(['five']);
  });

  it('finds a length of time in another unit that converts exactly: 7 days for "une semaine", never a month for days', () => {
    // "L'annonce des réunions … se fera par courrier électronique au moins une semaine à l'avance."
    const notice = clause('tsb-circ-67:annex-a:working-methods:item-5');
    expect(missing('Meetings are announced at least 7 days in advance.', notice)).toEqual([]);
    expect(missing('Meetings are announced at least 10 days in advance.', notice)).toEqual(['10']);
    // "… un rapport un mois avant chaque réunion de la CE 17 et de la CE 20": a month is no number of days.
    expect(missing('The group reports 30 days before each meeting.', clause('tsb-circ-67:annex-a:working-methods:item-3'))).toEqual(['30']);
  });

  it('finds a number or an ordinal as the day or year of a clause date', () => {
    expect(missing('It is held on the 17th.')).toEqual([]);
    expect(missing('It is held on the 18th.')).toEqual(['18th']);
    expect(missing('The first meeting is the first of the group.')).toEqual([]);
  });

  it('finds a date by the parts the sentence gives', () => {
    expect(missing('The meeting is in September 2025.')).toEqual([]);
    expect(missing('The meeting is on 17 September.')).toEqual([]);
    expect(missing('The meeting is in September.')).toEqual([]);
    expect(missing('The meeting is in 2025.')).toEqual([]);
    expect(missing('The meeting is on 18 September 2025.')).toEqual(['18 september 2025']);
    expect(missing('The meeting is in October 2025.')).toEqual(['october 2025']);
    expect(missing('The meeting is in 2026.')).toEqual(['2026']);
  });

  it('finds a person by any of their names, titles aside', () => {
    expect(missing('Mr Fathy chairs WP 3/20.', CONVENORS)).toEqual([]);
    expect(missing('Mr Smith chairs WP 3/20.', CONVENORS)).toEqual(['smith']);
  });

  it('finds identifiers, places and times by their normalised key', () => {
    expect(missing('It is held in Geneva during the SG20 meeting, from 1 p.m. to 2 p.m.')).toEqual([]);
    expect(missing('It is held in Lagos during the SG17 meeting, at 3 p.m.')).toEqual(['lagos', 'sg17', '3 p.m.']);
    const f = facts('Study Group 20')[0];
    expect(found(f, MEETING)).toBe(true);
    expect(found(f, CIRT)).toBe(false);
  });

  it('finds a multiple worked out from two of the clause numbers, within a tenth or beyond it as bounded', () => {
    const HOURS = analyzeText('the median time was 41 hours in developing countries and 9 hours in developed countries', 'en', new Map());
    expect(missing('It took more than four times as long: 41 hours against 9 hours.', HOURS)).toEqual([]);
    expect(missing('It took about 4.5 times as long.', HOURS)).toEqual([]);
    expect(missing('It took six times as long.', HOURS)).toEqual(['six']);
  });

  it("finds an ITU bureau in its own address: tsbjcgiotsec@itu.int is TSB's", () => {
    const EMAIL = clause('tsb-circ-67:e-mail'); // "Courriel: tsbjcgiotsec@itu.int"
    expect(missing('Write to TSB at tsbjcgiotsec@itu.int.', EMAIL)).toEqual([]);
    expect(missing('Write to BDT at tsbjcgiotsec@itu.int.', EMAIL)).toEqual(['BDT']);
  });

  it('lets allowed keys (the cited document’s own names) pass', () => {
    expect(missing('Resolution 98 names Study Group 17.', MEETING, ['res:98', 'sg:t17'])).toEqual([]);
    expect(missing('Resolution 98 names Study Group 17.', MEETING)).toEqual(['resolution 98', 'study group 17']);
  });

  it('finds a fact in any of the cited clauses', () => {
    expect(missingFacts(facts('Bret Jordan and the 17 September 2025 meeting in Geneva.'), [CONVENORS, MEETING], new Set())).toEqual([]);
  });
});
