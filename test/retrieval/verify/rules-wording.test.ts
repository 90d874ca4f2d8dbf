/**
 * Wordings a faithful answer uses that the rules once read as errors, and the errors beside them that must still
 * be caught: two denials that affirm, a number with its scale glued on, a code's dot inside a list, "ne … que"
 * across two statements, and a heading cited for who is charged; and a fact put under the wrong marker of an answer
 * with several sources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { splitSentences } from '../../../retrieval/verify/split.ts';
import type { SourceClause } from '../../../retrieval/verify/rules.ts';
import { corpusChecker, type CorpusChecker } from './corpus-checker.ts';

let c: CorpusChecker;
beforeAll(async () => {
  c = await corpusChecker();
});
afterAll(() => c.close());

function reasons(text: string, sources: Array<string | SourceClause>, lang: Lang = 'en'): string[] {
  const [sentence] = splitSentences(text);
  const cited = sources.map((s) => (typeof s === 'string' ? c.clause(s) : s));
  return c.rules.check(sentence, cited, lang).reasons.map((r) => `${r.code}: ${r.detail}`);
}

// Le groupe poursuivra ses activités jusqu'à ce qu'un accord soit trouvé par le GCNT.
const UNTIL = 'tsb-circ-67:annex-a:working-methods:item-8';

describe('two denials that affirm', () => {
  it('read "will not end … until" as going on, in each language', () => {
    const fr = "Le groupe ne mettra pas fin à ses travaux tant que le GCNT n'aura pas trouvé d'accord [1].";
    expect(reasons(fr, [UNTIL], 'fr')).toEqual([]);
    expect(reasons('The group will not stop its work until TSAG reaches an agreement [1].', [UNTIL])).toEqual([]);
    expect(reasons('El grupo no dejará de trabajar hasta que el GCNT llegue a un acuerdo [1].', [UNTIL], 'es')).toEqual([]);
  });

  it('read the phrasal verbs and other verbs of ending the same way ("will not wind up", "won\'t terminate")', () => {
    expect(reasons('The group will not wind up its activities until TSAG has reached an agreement [1].', [UNTIL])).toEqual([]);
    expect(reasons("The group won't terminate its work until TSAG reaches an agreement [1].", [UNTIL])).toEqual([]);
    expect(reasons('The group wound up its activities when TSAG reached an agreement [1].', [UNTIL]).join()).toMatch(/wrong-polarity/);
  });

  it('still reject the group ending its work', () => {
    expect(reasons('Le groupe mettra fin à ses travaux avant que le GCNT ait trouvé un accord [1].', [UNTIL], 'fr').join()).toMatch(
      /wrong-polarity/,
    );
    expect(reasons('The group will stop its work before TSAG reaches an agreement [1].', [UNTIL]).join()).toMatch(/wrong-polarity/);
  });
});

describe('numbers and codes as a model writes them', () => {
  const CHILDREN = 'c25-18:s6.5'; // … environ 170 000 enfants … 2 500 parents et éducateurs …
  it('reads "170k" as 170 000, and a wrong one as wrong', () => {
    expect(reasons('About 170k children took part in online safety education activities [1].', [CHILDREN])).toEqual([]);
    expect(reasons('About 120k children took part in online safety education activities [1].', [CHILDREN]).join()).toMatch(/missing-value/);
  });

  it('does not cut a list at the dot of a Recommendation number', () => {
    const SS7 = 'c25-18:s2.2'; // … Recommandations UIT-T Q.3062 (2022) … et Q.3063 (2022) …
    expect(reasons('La CE 11 a adopté les Rec. Q.3062 et Q.3063 en 2022 [1].', [SS7], 'fr')).toEqual([]);
  });
});

describe('statements joined in one sentence', () => {
  const NO_RESOLUTION = 'wtdc17-acp-2:reasons:para-2'; // Actuellement, aucune Résolution de la CMDT ne porte sur l'Internet des objets. …
  it('does not read "ne … et que" as "ne … que" (only)', () => {
    const text =
      "L'APT note qu'aucun texte de la CMDT n'est consacré à l'IoT et que les Résolutions 50 et 77 ne traitent pas de la question [1].";
    expect(reasons(text, [NO_RESOLUTION], 'fr').join()).not.toMatch(/only/);
  });
});

describe('a heading cited with its item', () => {
  const heading = (text: string): SourceClause => ({ id: 'wtdc17-acp-2:line-42', docId: 'wtdc17-acp-2', text, lang: 'fr' });
  const CHARGED = heading('charge le Directeur du Bureau de développement des télécommunications');
  const ITEM = 'wtdc17-acp-2:instructs-the-director-of-bdt:2'; // de faciliter les discussions et les échanges de bonnes pratiques …

  const text =
    'Le Directeur du BDT doit faciliter les discussions et le partage de bonnes pratiques en organisant des ateliers ' +
    'et des programmes de formation sur les plates-formes, les applications et les services IoT [1][2].';

  it('is support for who is charged, however small its share of the sentence', () => {
    expect(reasons(text, [CHARGED, ITEM], 'fr')).toEqual([]);
  });

  it('but a cited clause that carries nothing of the sentence of its own is still no support', () => {
    expect(reasons(text, [heading('invite les États Membres'), ITEM], 'fr').join()).toMatch(/weak-support/);
  });
});

describe('three-letter acronyms of the corpus', () => {
  const PROMOTE = 'wtsa-res-98:instructs-the-director-of-tsb-in-collaboration-with-the-directors-of-bdt-and-br:2';
  const PILOTS = 'wtsa-res-98:instructs-the-director-of-tsb:2'; // … indicateurs fondamentaux de performance (IFP) …
  const Y4000 = 'wtsa-res-98:recalling:e'; // … grâce aux technologies de l'information et de la communication interopérables …

  it('must be in the cited clause, as written or spelled out', () => {
    const text = "Le Directeur du TSB doit mener des projets pilotes d'évaluation des IFP dans des villes [1].";
    expect(reasons(text, [PROMOTE], 'fr').join()).toMatch(/"IFP" is not in the cited clause/);
    expect(reasons(text, [PILOTS], 'fr').join()).not.toMatch(/IFP/);
    const tic = "La Recommandation Y.4000 définit l'IoT comme une infrastructure mondiale reliant des objets grâce aux TIC [1].";
    expect(reasons(tic, [Y4000], 'fr').join()).not.toMatch(/TIC/);
  });

  it('the United Nations by any of its names: "ONU" is "Nations Unies"', () => {
    const text =
      "L'UIT devrait collaborer avec d'autres institutions clés des Nations Unies pour appuyer les initiatives du secrétariat " +
      "de l'ONU visant à harmoniser et rationaliser ses programmes de cybersécurité [1].";
    expect(reasons(text, ['c22-32-gca:section-6:e'], 'fr')).toEqual([]);
  });
});

describe('an added statement', () => {
  // … le projet de lignes directrices révisées ci-après a été élaboré, assorti d'un document d'information complémentaire
  // (Document C22/INF/8). Il importe de noter que cette initiative n'a pas vocation à traiter … la révision du Programme GCA.
  const GCA = 'c22-32-gca:summary:para-8';
  const lead = 'After more consultations, revised draft guidelines were drawn up with an information document';

  it('is held to the clause sentence it rests on, not to the one its sentence mostly rests on', () => {
    const flipped = `${lead}, an initiative that also aims to deal with the revision of the GCA [1].`;
    expect(reasons(flipped, [GCA]).join()).toMatch(/wrong-polarity/);
    const faithful = `${lead}, an initiative that does not aim to deal with the revision of the GCA [1].`;
    expect(reasons(faithful, [GCA]).join()).not.toMatch(/wrong-polarity/);
  });
});

describe('particles of negation and addition', () => {
  // Actuellement, aucune Résolution de la CMDT ne porte sur l'Internet des objets. Les Membres de l'APT notent que des
  // Résolutions qui pourraient s'y rapporter, par exemple la Résolution 50 … et la Résolution 77 … ne traitent pas de …
  const NO_RESOLUTION = 'wtdc17-acp-2:reasons:para-2';

  it('are no words the clause must carry: their stance is judged on its own', () => {
    const text = 'No WTDC resolution covers the IoT, and Resolutions 50 and 77, which could be related, do not address it either [1].';
    expect(reasons(text, [NO_RESOLUTION])).toEqual([]);
  });

  it('reads an added statement past an apposition to its verb, and "ones" as standing for what was named', () => {
    const text =
      'No WTDC resolution currently addresses IoT, and APT Members point out that potentially relevant ones, such as ' +
      'Resolutions 50 and 77, do not deal with it either [1].';
    expect(reasons(text, [NO_RESOLUTION])).toEqual([]);
    const flipped = text.replace('do not deal with it either', 'deal with it in depth');
    expect(reasons(flipped, [NO_RESOLUTION]).join()).toMatch(/wrong-polarity/);
  });

  it('judges a statement joined by "although" or "bien que" on its own stance', () => {
    const hidden =
      'There is currently no WTDC resolution on the IoT, although possibly related texts such as Resolutions 50 and 77 ' +
      'already deal with it [1].';
    expect(reasons(hidden, [NO_RESOLUTION]).join()).toMatch(/wrong-polarity/);
    const fr = "Aucune résolution de la CMDT ne porte sur l'IoT, bien que les Résolutions 50 et 77 traitent déjà de la question [1].";
    expect(reasons(fr, [NO_RESOLUTION], 'fr').join()).toMatch(/wrong-polarity/);
  });
});

describe('a body named the French way, a noun and its adjectives', () => {
  const CABLES = 'c25-18:s5.5'; // … en partenariat avec le Comité international de protection des câbles (CIPC), composé de 40 dirigeants …

  it('must be the body the clause names, not another of the same kind', () => {
    const wrong = "En novembre 2024, l'UIT a créé avec l'Organisation maritime internationale un organe consultatif sur les câbles [1].";
    expect(reasons(wrong, [CABLES], 'fr').join()).toMatch(/"Organisation maritime internationale" is not in the cited clause/);
    const right = "En novembre 2024, l'UIT a créé avec le Comité international de protection des câbles un organe consultatif [1].";
    expect(reasons(right, [CABLES], 'fr').join()).not.toMatch(/is not in the cited clause/);
  });

  it('ends at a participle or an adverb: "l\'Assemblée réunie à", "le Conseil lors de" are no names', () => {
    const text = 'Le Comité réuni en novembre 2024 compte 40 dirigeants et experts des secteurs public et privé [1].';
    expect(reasons(text, [CABLES], 'fr').join()).not.toMatch(/is not in the cited clause/);
  });

  it('ends at a function word: in "l\'Union avait organisé", "avait" is no adjective of the Union', () => {
    const DRILLS = 'c25-18:s3.2'; // Au mois de mai 2025, l'UIT avait organisé 55 cyberexercices internationaux, régionaux ou nationaux …
    const text = "En mai 2025, l'Union avait organisé 55 cyberexercices internationaux, régionaux ou nationaux [1].";
    expect(reasons(text, [DRILLS], 'fr')).toEqual([]);
    const other = "En mai 2025, l'Union africaine avait organisé 55 cyberexercices internationaux, régionaux ou nationaux [1].";
    expect(reasons(other, [DRILLS], 'fr').join()).toMatch(/"Union africaine" is not in the cited clause/);
  });
});

describe('a thing the clause counts twice', () => {
  const CIRT = 'c25-18:s3.1'; // … une assistance à 85 pays, dans le cadre de l'évaluation … mise en place d'équipes CIRT dans quatre pays.

  it('binds each number to what its own clause sentence says', () => {
    const swapped = "L'UIT a aidé quatre pays à évaluer leur état de préparation en matière de cybersécurité [1].";
    expect(reasons(swapped, [CIRT], 'fr').join()).toMatch(/the clause says this of 85/);
    const right = "L'UIT a aidé 85 pays à évaluer leur état de préparation et met en place des équipes CIRT dans quatre pays [1].";
    expect(reasons(right, [CIRT], 'fr')).toEqual([]);
  });
});

describe('a fact put under the wrong marker', () => {
  // Circular 67, Annex A, working methods: item 8 "Le groupe poursuivra ses activités jusqu'à ce qu'un accord soit trouvé
  // par le GCNT."; item 9 "Il rendra compte de son action aux commissions d'études respectives et au GCNT jusqu'à la
  // conclusion de ses travaux."
  const CONTINUES = 'tsb-circ-67:annex-a:working-methods:item-8';
  const REPORTS = 'tsb-circ-67:annex-a:working-methods:item-9';

  it('rejects a sentence its cited clause carries loosely when another source of the answer carries it far better', () => {
    // Item 9 shares "groupe", "travaux", "jusqu'à" and "GCNT" with it: enough to pass alone.
    expect(reasons("Le groupe poursuivra ses travaux jusqu'à un accord du GCNT [1].", [REPORTS], 'fr')).toEqual([]);
    expect(reasons("Le groupe poursuivra ses travaux jusqu'à un accord du GCNT [1].", [REPORTS, CONTINUES], 'fr')).toEqual([
      'wrong-source: source [2] says "Le groupe poursuivra ses travaux jusqu\'à un accord du GCNT.", not [1]',
    ]);
  });

  it('accepts the right marker, and a sentence its cited clause carries well whatever the others carry', () => {
    expect(reasons("Le groupe poursuivra ses travaux jusqu'à un accord du GCNT [2].", [REPORTS, CONTINUES], 'fr')).toEqual([]);
    const faithful = 'The group will report on its work to the respective study groups and to TSAG until its work is concluded [1].';
    expect(reasons(faithful, [REPORTS, CONTINUES], 'en')).toEqual([]);
  });
});
