import { describe, expect, it } from 'vitest';
import { foldCased, prepare, type Fact } from '../../../retrieval/verify/fact.ts';
import { extractNamed, extractPeople, titledNames } from '../../../retrieval/verify/names.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

function named(text: string): string[] {
  const out: Fact[] = [];
  extractNamed(prepare(text), out);
  return out.map((f) => f.key);
}
/** People the corpus names with a title, as RuleChecker collects them: family name → name words. */
const KNOWN = new Map([
  ['jordan', ['bret', 'jordan']],
  ['fathy', ['ramy', 'ahmed', 'fathy']],
]);
function people(text: string, known: ReadonlyMap<string, string[]> = KNOWN): string[] {
  const out: Fact[] = [];
  extractPeople(prepare(text), known, out);
  return out.map((f) => `${f.key}=${f.surface}`);
}

describe('groups of countries', () => {
  it('are named apart: the least developed are not the developing countries', () => {
    expect(named('afin d\'aider en priorité les pays les moins avancés')).toEqual(['entity:ldc']);
    expect(named('en particulier les pays en développement')).toEqual(['entity:developing-countries']);
    expect(named('les pays en développement sans littoral et les PEID')).toEqual(['entity:lldc', 'entity:sids']);
  });
});

describe('bodies, organisations and places', () => {
  it('are read by any of their names, in any language, as one key', () => {
    expect(named('le Groupe consultatif de la normalisation des télécommunications')).toEqual(['entity:tsag']);
    expect(named('TSAG, GCNT')).toEqual(['entity:tsag', 'entity:tsag']);
    // ITU's other advisory groups and conferences, and the UN agencies a resolution names, apart from TSAG.
    expect(named('el Grupo Asesor de Desarrollo de las Telecomunicaciones (GADT)')).toEqual(['entity:tdag', 'entity:tdag']);
    expect(named('la CMR et le GCR, avec l’OMI et l’OACI')).toEqual(['entity:wrc', 'entity:rag', 'entity:imo', 'entity:icao']);
    expect(named('à Genève, Ginebra, Geneva')).toEqual(['place:geneva', 'place:geneva', 'place:geneva']);
    expect(named('the Secretary-General and the Telecommunication Standardization Bureau')).toEqual([
      'entity:secretary-general',
      'entity:tsb',
    ]);
  });

  it('read the cities of the time zone database, and not the words that fold like a place name', () => {
    expect(named('the workshop in Tallinn, then Lusaka and Abidjan')).toEqual(['place:tallinn', 'place:lusaka', 'place:abidjan']);
    expect(named('le seul point focal')).toEqual([]);
    expect(named('a resolute commitment')).toEqual([]);
  });

  it('read a country by its UN official name too, in each language', () => {
    expect(named('backed by the Republic of Korea')).toEqual(named('soutenu par la République de Corée'));
    expect(named('la Federación de Rusia')).toEqual(named('the Russian Federation'));
    expect(named('Viet Nam')).toEqual(named('Vietnam'));
    expect(named('la République de Corée')).not.toEqual(named('la République populaire démocratique de Corée'));
  });

  it('read the ITU Council apart from other councils', () => {
    expect(named('Le Conseil a nommé… ; the ITU Council; el Consejo')).toEqual([
      'entity:itu-council',
      'entity:itu-council',
      'entity:itu-council',
    ]);
    expect(named("le Conseil de l'Europe")).toEqual(['entity:council-of-europe']);
  });

  it('read meeting platforms, so "via Zoom" is not the clause\'s "via MyMeetings"', () => {
    expect(named('via MyMeetings, Zoom, Webex or Microsoft Teams')).toEqual([
      'entity:mymeetings',
      'entity:zoom',
      'entity:webex',
      'entity:microsoft-teams',
    ]);
    expect(named('CIRT teams')).toEqual([]);
  });

  it('read acronyms only in capitals', () => {
    expect(named('tsag')).toEqual([]);
    expect(named('the apt word')).toEqual([]);
    expect(named('APT')).toEqual(['entity:apt']);
  });

  it('are read in the seed clauses', () => {
    expect(named(seedClause('tsb-circ-67:p6').text)).toEqual(['entity:jcg-iotsec', 'place:geneva', 'place:geneva', 'entity:itu-t']);
    expect(named(seedClause('c25-18:s4.2').text)).toEqual(['place:united kingdom', 'place:japan']);
  });
});

describe('people', () => {
  it('named with a title are read by their names, stopped at a role or office word', () => {
    expect(titledNames(foldCased(seedClause('tsb-circ-67:p3').text))).toEqual([
      ['bret', 'jordan'],
      ['ramy', 'ahmed', 'fathy'],
    ]);
    expect(titledNames(foldCased('M. Ramy Ahmed Fathy Coresponsables'))).toEqual([['ramy', 'ahmed', 'fathy']]);
    expect(titledNames(foldCased('Mme Solange Ghernaouti (Swiss Cybersecurity Advisory) et Dr. Hamadoun Touré'))).toEqual([
      ['solange', 'ghernaouti'],
      ['hamadoun', 'toure'],
    ]);
  });

  it('are keyed by their family name', () => {
    expect(people('M. Bret Jordan, Président du GT 2/17')).toEqual(['person:jordan=bret jordan']);
    expect(people('Mr Jordan chairs it')).toEqual(['person:jordan=jordan']);
  });

  it('the corpus names with a title are read without one, by full or family name, capitalised', () => {
    expect(people('Bret Jordan chairs WP 2/17')).toEqual(['person:jordan=bret jordan']);
    expect(people('Jordan and Fathy lead it')).toEqual(['person:jordan=jordan', 'person:fathy=fathy']);
    expect(people('fathy chairs')).toEqual([]);
    expect(people('Fathy chairs', new Map())).toEqual([]);
  });
});
