import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { extractFacts } from '../../../retrieval/verify/facts.ts';
import { ownerConflicts, ownership, roleFacts, titleConflicts, type Owned } from '../../../retrieval/verify/owners.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

const KNOWN = new Map([
  ['jordan', ['bret', 'jordan']],
  ['fathy', ['ramy', 'ahmed', 'fathy']],
]);
function owned(text: string, lang: Lang = 'fr'): Owned[] {
  const { facts, prepared } = extractFacts(text, lang, KNOWN);
  return ownership(prepared.text, facts);
}
const pairs = (text: string, lang: Lang = 'fr') => owned(text, lang).map((o) => `${o.fact.key} → ${o.owner}`);

// "Le GCNT a nommé M. Bret Jordan, Président du GT 2/17, et M. Ramy Ahmed Fathy, Président du GT 3/20, désignés
// respectivement par les Commissions d'études 17 et 20, en tant que Coresponsables du Groupe JCG-IoTSec."
const NOMINATION = seedClause('tsb-circ-67:p3').text;
const CONVENORS = seedClause('tsb-circ-67:annex-a:working-methods:item-6').text;

describe('who holds what', () => {
  it('gives a person what follows the name, up to the next person', () => {
    expect(pairs(CONVENORS)).toEqual(
      expect.arrayContaining([
        'wp:2/17 → person:jordan',
        'wp:3/20 → person:fathy',
        'role:chair → person:jordan',
        'role:chair → person:fathy',
      ]),
    );
  });

  it('deals a list out to the people before it, in order, with "respectively"', () => {
    expect(pairs(NOMINATION)).toEqual(expect.arrayContaining(['sg:t17 → person:jordan', 'sg:t20 → person:fathy']));
    expect(pairs(CONVENORS)).toEqual(expect.arrayContaining(['sg:t17 → person:jordan', 'sg:t20 → person:fathy']));
  });

  it('deals a list out with the adjective too: "présidents respectifs du GT 2/17 et du GT 3/20", "their respective"', () => {
    const fr = 'MM. Bret Jordan et Ramy Ahmed Fathy, présidents respectifs du GT 2/17 et du GT 3/20, ont été nommés.';
    expect(pairs(fr)).toEqual(expect.arrayContaining(['wp:2/17 → person:jordan', 'wp:3/20 → person:fathy']));
    expect(pairs(fr)).not.toContain('wp:2/17 → person:fathy');
    const en = 'Bret Jordan and Ramy Ahmed Fathy, the respective chairs of WP 2/17 and WP 3/20, were appointed.';
    expect(pairs(en, 'en')).toEqual(expect.arrayContaining(['wp:2/17 → person:jordan', 'wp:3/20 → person:fathy']));
  });

  it('gives a role word to the body nearest before it', () => {
    expect(pairs(seedClause('wtsa-res-98:recognizing:d').text)).toEqual(['role:responsible → sg:t20', 'role:responsible → sg:t20']);
    expect(pairs('SG17 and SG20 are responsible for security and IoT respectively.', 'en')).toEqual(['role:responsible → sg:t20']);
  });

  // Res. 98 recognizing b) (2nd): "la JCA-IoT et SC&C, placée sous la responsabilité de la Commission d'études 20".
  it('gives a role the holder named after it when "under" puts it there: "sous la responsabilité de", "under the … of"', () => {
    const clause = pairs(seedClause('wtsa-res-98:recognizing:b-2').text);
    expect(clause).toContain('role:responsible → sg:t20');
    expect(clause).not.toContain('role:responsible → entity:jca-iot');
    expect(pairs('The JCA-IoT, placed under the responsibility of Study Group 17, coordinates work.', 'en')).toContain(
      'role:responsible → sg:t17',
    );
    expect(pairs('La JCA-IoT, dont la responsabilité revient à la CE 20, coordonne.')).toContain('role:responsible → entity:jca-iot');
  });

  it('never gives a person what comes before the name, nor reaches across sentences', () => {
    expect(pairs('Le GT 2/17 est représenté par M. Bret Jordan.')).toEqual([]);
    expect(pairs('M. Bret Jordan est présent. Le GT 3/20 se réunit.')).toEqual([]);
  });

  // In ¶ 3, "désignés … par les Commissions d'études 17 et 20, en tant que Coresponsables": the study groups are
  // the agent of "désignés", not co-convenors; the role, said after the whole list of people, is each of theirs.
  it('gives the co-convenor role of ¶ 3 to the people named, not to the study group that designated them', () => {
    const convenor = owned(NOMINATION).filter((o) => o.fact.key === 'role:convenor');
    expect(convenor.length).toBeGreaterThan(0);
    for (const o of convenor) expect(o.owner).toMatch(/^person:/);
    expect(convenor.map((o) => o.owner)).toEqual(['person:jordan', 'person:fathy']);
  });

  it('gives a role to the people a copula names after it, and what follows a whole list to each of them', () => {
    const both = ['role:convenor → person:jordan', 'role:convenor → person:fathy'];
    expect(pairs(CONVENORS).filter((p) => p.startsWith('role:convenor'))).toEqual(both);
    expect(pairs(NOMINATION)).toEqual(expect.arrayContaining(['entity:jcg-iotsec → person:jordan', 'entity:jcg-iotsec → person:fathy']));
    expect(pairs('Bret Jordan and Ramy Ahmed Fathy are the co-convenors.', 'en')).toEqual(both);
  });

  it('take as the agent of a passive only the bodies "par" introduces, not the rest of the phrase', () => {
    const text = "le cadre offert par le Programme GCA a été élaboré avec l'appui de M. Stein Schjolberg, ancien Président du Groupe HLEG";
    expect(pairs(text).filter((p) => p.startsWith('role:'))).toEqual(['role:chair → person:schjolberg']);
  });

  it('gives a fact to the agent of a passive after it, not when a relative clause holding it closes before', () => {
    expect(pairs('WP 2/17 is chaired by Bret Jordan.', 'en')).toEqual(['wp:2/17 → person:jordan']);
    const relative = 'The group, which SG17 and SG20 members may join, is co-led by Bret Jordan (chair of WP 2/17).';
    expect(pairs(relative, 'en').filter((p) => p.startsWith('sg:'))).toEqual([]);
  });

  it('deals a list before "respectively" in its own order', () => {
    expect(pairs('Bret Jordan and Ramy Ahmed Fathy were designated by SG17 and SG20 respectively.', 'en')).toEqual([
      'sg:t17 → person:jordan',
      'sg:t20 → person:fathy',
    ]);
  });
});

describe('role words', () => {
  it('are read in every language, in folded text, where they stand', () => {
    const text = 'le president et les coresponsables; the chair; la presidenta; responsible; el responsable';
    const found = [...new Set(roleFacts(text).map((f) => `${f.start}:${f.key}`))].sort((a, b) => parseInt(a) - parseInt(b));
    expect(found).toEqual([
      '3:role:chair',
      '20:role:convenor',
      '40:role:chair',
      '50:role:chair',
      '62:role:responsible',
      '78:role:responsible',
    ]);
    expect(roleFacts('nothing here')).toEqual([]);
  });
});

describe('owner conflicts', () => {
  const clause = owned(CONVENORS);
  const keys = new Set(extractFacts(CONVENORS, 'fr', KNOWN).facts.map((f) => f.key));

  it('report a fact the sentence gives to another owner the clause also names', () => {
    expect(ownerConflicts(owned('Ramy Ahmed Fathy chairs WP 2/17.', 'en'), clause, keys)).toEqual([
      '"wp 2/17" belongs to jordan in the clause, not to fathy',
    ]);
  });

  it('report a role the sentence says of a study group or body where the clause gives it to people', () => {
    const nomination = owned(NOMINATION);
    const nominationKeys = new Set(extractFacts(NOMINATION, 'fr', KNOWN).facts.map((f) => f.key));
    expect(ownerConflicts(owned('Study Group 20 is a co-convenor of the JCG-IoTSec.', 'en'), nomination, nominationKeys)).toEqual([
      '"co-convenor" belongs to jordan in the clause, not to t20',
    ]);
    expect(ownerConflicts(owned('Bret Jordan is a co-convenor of the JCG-IoTSec.', 'en'), nomination, nominationKeys)).toEqual([]);
    // Not said of the study groups (no copula, no apposition): they designated the co-convenors.
    expect(ownerConflicts(owned('SG17 and SG20 designated the co-convenors.', 'en'), nomination, nominationKeys)).toEqual([]);
  });

  it('accept the clause’s own attribution, and an owner the clause does not name', () => {
    expect(ownerConflicts(owned('Bret Jordan chairs WP 2/17.', 'en'), clause, keys)).toEqual([]);
    expect(ownerConflicts(owned('Mr Smith chairs WP 2/17.', 'en'), clause, keys)).toEqual([]);
  });
  it('accept facts a list of people holds together that the clause deals out among them, one each', () => {
    const together = 'Les Coresponsables sont M. Bret Jordan et M. Ramy Ahmed Fathy, qui président respectivement le GT 2/17 et le GT 3/20';
    // What the relative clause says is said of both; the two study groups, one each in the clause, are theirs together.
    expect(pairs(`${together} et ont été nommés par la CE 17 et la CE 20.`)).toContain('sg:t17 → person:fathy');
    expect(ownerConflicts(owned(`${together} et ont été nommés par la CE 17 et la CE 20.`), clause, keys)).toEqual([]);
    // Dealt the wrong way round, or one fact held by both, it still belongs to one of them only.
    expect(ownerConflicts(owned(`${together} et ont été nommés respectivement par la CE 20 et la CE 17.`), clause, keys)).toHaveLength(2);
    expect(ownerConflicts(owned('M. Bret Jordan et M. Ramy Ahmed Fathy, qui président le GT 2/17.'), clause, keys)).toEqual([
      '"gt 2/17" belongs to jordan in the clause, not to fathy',
    ]);
  });

  it('report a title the sentence gives a person whom the clause names with other titles only', () => {
    expect(titleConflicts(owned('Bret Jordan is the vice-chair of WP 2/17.', 'en'), clause)).toEqual([
      '"vice-chair": the clause gives jordan the title president, coresponsables',
    ]);
    expect(titleConflicts(owned('M. Fathy est vice-président du GT 3/20.', 'fr'), clause)).toHaveLength(1);
    // The clause's own titles, in any language, and a person the clause gives no title: nothing to compare.
    expect(titleConflicts(owned('Bret Jordan chairs WP 2/17 and is a co-convenor.', 'en'), clause)).toEqual([]);
    expect(titleConflicts(owned('Bret Jordan es presidente del GT 2/17.', 'es'), clause)).toEqual([]);
    expect(titleConflicts(owned('Mr Smith is the vice-chair of WP 2/17.', 'en'), clause)).toEqual([]);
  });
});
