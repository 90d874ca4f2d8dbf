import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { plainGroups } from '../../../retrieval/query/glossary.ts';
import type { Lang, TermGroup } from '../../../retrieval/types.ts';
import { analyzeText } from '../../../retrieval/verify/analysis.ts';
import { countConflicts, rankConflicts } from '../../../retrieval/verify/counts.ts';
import { LEXICON_PATH } from '../../../retrieval/open-assistant.ts';
import { Lexicon } from '../../../retrieval/query/lexicon.ts';
import { seedClause, seedStages } from '../../helpers/seed-corpus.ts';
import { ruleReasons } from './corpus-checker.ts';

const { concepts } = seedStages();
const reasons = ruleReasons();
const plain = (text: string, lang: Lang) => plainGroups(analyzeQuery(text, lang));
const glossed = (text: string, lang: Lang): TermGroup[] => concepts.of(text, lang);

// "… elle a établi 50 nouveaux sujets d'étude … et approuvé 36 Recommandations nouvelles ou révisées …"
const SG17_REPORT = analyzeText(seedClause('c25-18:s2.1').text, 'fr', new Map());
// "… une assistance à 85 pays … la mise en place d'équipes CIRT dans quatre pays."
const CIRT = analyzeText(seedClause('c25-18:s3.1').text, 'fr', new Map());
// "… deux consultations ouvertes … Plus de 160 participants ont assisté aux réunions et présenté des observations …"
const CONSULTATIONS = analyzeText(seedClause('c22-32-gca:s1.4').text, 'fr', new Map());

function conflicts(sentence: string, lang: Lang, clause = SG17_REPORT, of = plain): string[] {
  return countConflicts(analyzeText(sentence, lang, new Map()), [clause], of);
}

describe('what a number counts', () => {
  it('flags a number the sentence puts on a thing the clause counts with another number', () => {
    expect(conflicts("La CE 17 a établi 36 nouveaux sujets d'étude.", 'fr')).toEqual(['"36 sujets etude": the clause gives 50 for that']);
    expect(conflicts('La CE 17 a approuvé 50 Recommandations nouvelles.', 'fr')).toEqual([
      '"50 recommandations": the clause gives 36 for that',
    ]);
  });

  it('flags it across languages when the concepts bridge them', () => {
    expect(conflicts('SG17 established 36 new work items.', 'en', SG17_REPORT, glossed)).toEqual([
      '"36 work items": the clause gives 50 for that',
    ]);
    // Without the glossary, "work items" is not "sujets d'étude": a thing the clause never names, counted with the
    // number it gives to its Recommendations.
    expect(conflicts('SG17 established 36 new work items.', 'en')).toEqual(['"36 work items": the clause counts recommandations with 36']);
  });

  it('accepts numbers bound as the clause binds them, in digits or words', () => {
    expect(conflicts("La CE 17 a établi 50 nouveaux sujets d'étude et approuvé 36 Recommandations.", 'fr')).toEqual([]);
    expect(conflicts("L'UIT a aidé quatre pays.", 'fr', CIRT)).toEqual([]);
    expect(conflicts("L'UIT a aidé 85 pays.", 'fr', CIRT)).toEqual([]);
  });

  it('leaves a number the clause does not have to the missing-value rule', () => {
    expect(conflicts("La CE 17 a établi 40 nouveaux sujets d'étude.", 'fr')).toEqual([]);
  });

  it('flags a thing the clause never names counted with the number the clause gives to something else', () => {
    expect(conflicts('La CE 17 a publié 36 rapports.', 'fr')).toEqual(['"36 rapports": the clause counts recommandations with 36']);
    // "… sensibiliser 957 enfants, ainsi que 60 enseignants, pédagogues et psychologues."
    const serbia = analyzeText(seedClause('c25-18:s6.4').text, 'fr', new Map());
    expect(conflicts('La campaña permitió sensibilizar a 957 niños y a 60 padres.', 'es', serbia, glossed)).toEqual([
      '"60 padres": the clause counts enseignants with 60',
    ]);
    // Anyone counted ("160 people"), or a number that labels ("Pilar 2"), is not a thing counted.
    expect(conflicts('More than 160 people took part.', 'en', CONSULTATIONS, glossed)).toEqual([]);
    const pillars = analyzeText(seedClause('c22-32-gca:section-3:intro').text, 'fr', new Map());
    expect(conflicts('Las recomendaciones relativas al Pilar 2 siguen siendo válidas.', 'es', pillars, glossed)).toEqual([]);
  });

  it('flags a number the clause puts on another thing while naming the sentence’s thing apart', () => {
    expect(conflicts('Plus de 160 observations écrites ont été reçues.', 'fr', CONSULTATIONS)).toEqual([
      '"160 observations ecrites recues": the clause counts participants with 160',
    ]);
    expect(conflicts('More than 160 written comments were received.', 'en', CONSULTATIONS, glossed)).toEqual([
      '"160 written comments received": the clause counts participants with 160',
    ]);
    // The clause's own thing named in the sentence, or a thing the clause never names: not this rule's call.
    expect(conflicts('Plus de 160 participants ont présenté des observations.', 'fr', CONSULTATIONS)).toEqual([]);
    expect(conflicts('More than 160 people took part.', 'en', CONSULTATIONS, glossed)).toEqual([]);
  });

  it('flags a number put on another unit than the clause’s, the words after the unit shared', () => {
    // "… 55 cyberexercices … auxquels plus de 160 pays des six régions de l'UIT ont pris part."
    const drills = analyzeText(seedClause('c25-18:s3.2').text, 'fr', new Map());
    expect(conflicts("Plus de 160 participants des six régions de l'UIT ont pris part aux cyberexercices.", 'fr', drills)).toEqual([
      '"160 participants six regions": the clause counts pays with 160',
    ]);
    expect(conflicts("Plus de 160 pays des six régions de l'UIT ont pris part aux cyberexercices.", 'fr', drills)).toEqual([]);
    // The clause's unit named elsewhere in the sentence, or in the glossary's other words ("work items"): not another unit.
    expect(conflicts('SG17 set up 50 new work items and approved 36 Recommendations.', 'en', SG17_REPORT, glossed)).toEqual([]);
    // A unit the analyser drops ("mes", a French stopword too) leaves another word first ("después"): no unit to judge.
    const reports = analyzeText(seedClause('tsb-circ-67:annex-a:working-methods:item-3').text, 'fr', new Map());
    const sentence = 'Los resultados se presentan un mes después de cada reunión y antes de la siguiente.';
    expect(conflicts(sentence, 'es', reports, glossed)).toEqual([]);
  });

  it('does not judge another a unit no dictionary gives senses of ("apprenants")', () => {
    // "… suivi en 2023 par plus de 730 participants issus de 131 pays via l'Académie de l'UIT."
    const course = analyzeText(seedClause('c25-18:s4.3').text, 'fr', new Map());
    const lexicon = Lexicon.fromFile(LEXICON_PATH);
    const hasSenses = (term: string, lang: Lang) => lexicon.knows(term, lang);
    const sentence = (unit: string) => `Le cours a été suivi en 2023 par plus de 730 ${unit} originaires de 131 pays.`;
    expect(countConflicts(analyzeText(sentence('apprenants'), 'fr', new Map()), [course], plain, hasSenses)).toEqual([]);
    expect(countConflicts(analyzeText(sentence('ingénieurs'), 'fr', new Map()), [course], plain, hasSenses)).toEqual([
      '"730 ingenieurs originaires 131": the clause counts participants with 730',
    ]);
  });

  it('reads a share by what follows its sign, however written ("35 %", "35 per cent", "forty-three percent")', () => {
    const recycling = analyzeText('well below the 35 per cent global recycling rate that Connect 2030 targets', 'en', new Map());
    expect(conflicts('well below the 35% global recycling rate targeted for 2030', 'en', recycling)).toEqual([]);
    const women = analyzeText('43 per cent of participants were women', 'en', new Map());
    expect(conflicts('Forty-three percent of participants were women.', 'en', women)).toEqual([]);
  });

  it('lets anyone counted ("160 people") be what the clause counts, whatever the general lexicon reads into the word', () => {
    // The lexicon's "people" has "present" (the people present), which meets the clause's "présenté des observations".
    const sentence = 'More than 160 people took part in the open consultations, commenting on each section of the draft [1].';
    expect(reasons(sentence, 'c22-32-gca:s1.4', 'en')).toEqual([]);
  });

  it('reads a number after a label ("Priority 5", "Priorité 5 du Secteur") as a name, not a count', () => {
    // C25/18 § 1: "Dans le cadre de la Priorité 5 du Secteur du développement des télécommunications de l'UIT (UIT-D)
    // définie dans le Plan d'action de Kigali, …": the 5 is no count of "du Secteur".
    const sentence = 'Under ITU-D Priority 5 in the Kigali Action Plan, ITU helps Member States with the legal side of cybersecurity [1].';
    expect(reasons(sentence, 'c25-18:s1:para-1', 'en')).toEqual([]);
  });

  it('binds a number to units joined by "and" when the clause counts one of them with it', () => {
    // "… l'Organe consultatif … composé de 40 dirigeants et experts des secteurs public et privé …": the dictionary has
    // no "dirigeant" for "leader", but the experts are counted with the same 40.
    const board = analyzeText(seedClause('c25-18:s5.5').text, 'fr', new Map());
    expect(conflicts('The advisory body has 40 leaders and experts from government and industry.', 'en', board, glossed)).toEqual([]);
    expect(conflicts('The advisory body has 40 leaders from government and industry.', 'en', board, glossed)).toEqual([
      '"40 leaders from government": the clause counts dirigeants with 40',
    ]);
  });

  it('reads the clause’s counts written in words', () => {
    // "a tenu deux réunions": 36 is the clause's number of Recommendations, not of meetings.
    expect(conflicts('La CE 17 a tenu 36 réunions.', 'fr')).toEqual(['"36 reunions": the clause gives 2 for that']);
  });
});

describe('what an ordinal ranks', () => {
  // "Le Guide sera actualisé sur la base de la deuxième édition publiée en 2021 et devrait être diffusé au cours du
  // quatrième trimestre de l'année 2025."
  const GUIDE = analyzeText(seedClause('c25-18:s4.2').text, 'fr', new Map());
  const ranks = (sentence: string, lang: Lang) => rankConflicts(analyzeText(sentence, lang, new Map()), [GUIDE], glossed);

  it('flags the ordinals of two things swapped, in French and across languages', () => {
    expect(ranks('Le Guide sera actualisé à partir de sa quatrième édition, parue en 2021, et diffusé au deuxième trimestre 2025.', 'fr'))
      .toEqual(['"quatrieme edition": the clause ranks it 2', '"deuxieme trimestre": the clause ranks it 4']);
    expect(ranks('The Guide builds on its fourth edition and is due in the second quarter of 2025.', 'en')).toHaveLength(2);
  });

  it('accepts each thing with its own rank, and a thing the clause does not rank', () => {
    expect(ranks('Le Guide part de la deuxième édition (2021) et sortira au quatrième trimestre 2025.', 'fr')).toEqual([]);
    expect(ranks('The update, based on the 2nd edition, is expected in the fourth quarter of 2025.', 'en')).toEqual([]);
    expect(ranks('Le Guide sera présenté lors de la deuxième réunion.', 'fr')).toEqual([]);
  });

  it('rejects the swapped sentence through the rules, on the real clause', () => {
    expect(reasons('Le Guide sera actualisé à partir de sa quatrième édition, parue en 2021 [1].', 'c25-18:s4.2', 'fr')).toContain(
      'wrong-entity: "quatrieme edition": the clause ranks it 2',
    );
  });
});

// C25/18 § 5.5: "… en partenariat avec le Comité international de protection des câbles (CIPC), composé de 40 dirigeants et
// experts des secteurs public et privé …"
describe('a count of a unit the lexicon relates to the clause’s', () => {
  const board = (unit: string) =>
    `Créé en novembre 2024 avec le CIPC, l'Organe consultatif international sur la résilience des câbles sous-marins ` +
    `rassemble 40 ${unit} issus des secteurs public et privé [1].`;

  it('counts the same people ("responsables" for "dirigeants", a thesaurus synonym)', () => {
    expect(reasons(board('responsables'), 'c25-18:s5.5', 'fr')).toEqual([]);
  });

  it('still rejects a unit the lexicon does not relate to it', () => {
    expect(reasons(board('ingénieurs'), 'c25-18:s5.5', 'fr')).toContain(
      'wrong-entity: "40 ingenieurs issus secteurs": the clause counts dirigeants with 40',
    );
  });
});
