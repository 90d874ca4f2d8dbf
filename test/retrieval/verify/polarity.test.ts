import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { stanceConflict, stanceOf, type Stance } from '../../../retrieval/verify/polarity.ts';
import { seedClause } from '../../helpers/seed-corpus.ts';

const stance = (text: string, lang: Lang) => stanceOf(text, lang);
const S = (negated: boolean, obliges: boolean, softens: boolean, restricts = false, recommends = false, optional = false): Stance => ({
  negated,
  obliges,
  softens,
  recommends,
  restricts,
  avoids: false,
  optional,
  namesObligation: obliges,
  conditions: false,
  onlyIf: false,
  unless: false,
});

describe('polarity', () => {
  it('reads negations in English, French and Spanish', () => {
    expect(stance('No ITU account is needed', 'en').negated).toBe(true);
    expect(stance("The group doesn't meet in person", 'en').negated).toBe(true);
    expect(stance("Il n'est pas nécessaire de s'inscrire", 'fr').negated).toBe(true);
    expect(stance(seedClause('c22-32-gca:summary:para-8').text, 'fr').negated).toBe(true); // n'a pas vocation à …
    expect(stance(seedClause('wtdc17-acp-2:reasons:para-2').text, 'fr').negated).toBe(true); // aucune Résolution … ne porte
    expect(stance('La CMDT nunca trató el tema', 'es').negated).toBe(true);
    expect(stance('El grupo no se reúne', 'es').negated).toBe(true);
    expect(stance("Nul besoin d'un compte UIT pour accéder à l'espace de collaboration", 'fr').negated).toBe(true);
  });

  it('does not read phrases that only look negative', () => {
    expect(stance('no later than 10 September', 'en').negated).toBe(false);
    expect(stance('not only SG17 but also SG20', 'en').negated).toBe(false);
    expect(stance('No. 7 of the list', 'en').negated).toBe(false);
    expect(stance('le 10 septembre 2025 au plus tard', 'fr').negated).toBe(false);
    expect(stance('non seulement la CE 17', 'fr').negated).toBe(false);
    expect(stance('les réseaux sans fil', 'fr').negated).toBe(false);
    expect(stance('a más tardar el 10 de septiembre', 'es').negated).toBe(false);
    expect(stance(seedClause('tsb-circ-67:p6').text, 'fr').negated).toBe(false);
  });

  // "non" before a bare adjective is a prefix ("à composition non limitée": open-ended, C25/18 § 5.4), "sans littoral"
  // is an adjective (landlocked, ACP-2 noting d)), and "ne … plus" needs "ne" or "n'", not a word starting with n.
  it.each([
    'dans le cadre du Groupe de travail à composition non limitée sur la sécurité des TIC',
    'aux pays en développement sans littoral (PDSL)',
    "L'UIT coopère avec de nombreux partenaires et plus de 30 pays",
  ])('does not read a negation in "%s"', (text) => {
    expect(stance(text, 'fr').negated).toBe(false);
  });
});

describe('ending what the clause continues', () => {
  it('reads "ceased", "a cessé", "dejó de" as denials of a clause that goes on', () => {
    const clause = stance(seedClause('wtsa-res-98:recognizing:d').text, 'fr'); // … et poursuit ses travaux sur l'IoT …
    for (const [text, lang] of [
      ['SG20 has ceased its work on IoT in the maritime sector', 'en'],
      ["La CE 20 a cessé ses travaux sur l'Internet des objets dans le secteur maritime", 'fr'],
      ['La CE 20 dejó de trabajar en la IoT en el sector marítimo', 'es'],
    ] as const) {
      expect(stanceConflict(stance(text, lang), clause)).toBe('polarity');
    }
  });

  it('reads a suspension as a denial of what goes on, and two denials as an affirmation', () => {
    const clause = stance(seedClause('wtsa-res-98:recognizing:d').text, 'fr');
    expect(stanceConflict(stance('Work on IoT in the maritime sector has been suspended', 'en'), clause)).toBe('polarity');
    expect(stanceConflict(stance('Les travaux sur l’IoT ont été suspendus', 'fr'), clause)).toBe('polarity');
    for (const [text, lang] of [
      ['La liste de diffusion sera le moyen principal, sans exclure des réunions virtuelles', 'fr'],
      ['Mainly the mailing list, without ruling out virtual meetings', 'en'],
      ['Sobre todo la lista de correo, sin excluir reuniones virtuales', 'es'],
    ] as const) {
      expect(stance(text, lang).negated, text).toBe(false);
    }
  });

  it('reads a denied excess as a bound and a denied exemption as an obligation, not as denials', () => {
    for (const [text, lang] of [
      ['Le groupe fonctionne sans dépasser les ressources budgétaires existantes', 'fr'],
      ['Les dépenses ne doivent pas dépasser le budget approuvé', 'fr'],
      ['The group works without exceeding existing budgetary resources', 'en'],
      ['El grupo funciona sin superar los recursos presupuestarios existentes', 'es'],
      ['Les participants à distance ne sont pas dispensés de l’inscription', 'fr'],
      ['Remote participants are not exempt from registration', 'en'],
      ['Los participantes a distancia no quedaban exentos de la inscripción', 'es'],
    ] as const) {
      expect(stance(text, lang).negated, text).toBe(false);
    }
    // A plain denial stays one.
    expect(stance('Remote participants do not have to register', 'en').negated).toBe(true);
  });

  it('reads "persons without disabilities" as a description, not a denial, in each language', () => {
    for (const [text, lang] of [
      ['They are 2.4 times less likely to use the Internet than persons without disabilities', 'en'],
      ["Elles ont 2,4 fois moins de chances d'utiliser l'Internet que les personnes sans handicap", 'fr'],
      ['Tienen 2,4 veces menos probabilidades de usar Internet que las personas sin discapacidad', 'es'],
      ['The growth never ceases to surprise', 'en'],
    ] as const) {
      expect(stance(text, lang).negated, text).toBe(false);
    }
    expect(stance('The meeting was held without interpretation', 'en').negated).toBe(true);
  });

  it('reads "if necessary" as a softener, so "must" against it is a modality conflict', () => {
    const clause = stance('proposer, si nécessaire, des mécanismes de coordination et des méthodes de travail au GCNT', 'fr');
    expect(clause.softens).toBe(true);
    expect(stanceConflict(stance('Le groupe devra proposer au GCNT des mécanismes de coordination', 'fr'), clause)).toBe('modality');
    expect(stance('propose coordination mechanisms to TSAG as necessary', 'en').softens).toBe(true);
    expect(stance('proponer mecanismos de coordinación, si es necesario', 'es').softens).toBe(true);
  });

  it('reads "pas uniquement" as "not only": no denial, no restriction', () => {
    const s = stance('Les travaux ne passeront pas uniquement par la liste de diffusion', 'fr');
    expect(s.negated).toBe(false);
    expect(s.restricts).toBe(false);
  });

  it('reads a restriction denied a few words on as an addition: no denial, no restriction', () => {
    for (const [text, lang] of [
      ["The group's work will not be carried out solely through its mailing list", 'en'],
      ['Les travaux ne seront pas menés uniquement par correspondance', 'fr'],
      ['El trabajo no se hará solamente por correo', 'es'],
    ] as const) {
      expect(stance(text, lang)).toMatchObject({ negated: false, restricts: false });
    }
    // A plain denial stays one.
    expect(stance('The work will not be carried out through the mailing list', 'en').negated).toBe(true);
  });

  it('reads a denial of anything other than a thing as a restriction to it, in each language', () => {
    const fr = stance("Si aucune observation autre que des corrections de forme n'est reçue, le projet est approuvé", 'fr');
    expect([fr.negated, fr.restricts]).toEqual([false, true]);
    expect(stanceConflict(stance('Si solo llegan correcciones de forma, el proyecto se da por aprobado', 'es'), fr, true)).toBeUndefined();
  });

  it('reads "reserved for" as a restriction', () => {
    expect(stance('La réunion sera réservée aux participants présents sur place', 'fr').restricts).toBe(true);
    expect(stance('The meeting is reserved for members', 'en').restricts).toBe(true);
    expect(stance('La reunión está reservada a los miembros', 'es').restricts).toBe(true);
  });

  it('reads "confined to", "cantonnée à", "limitado a" as a restriction, but not a bound on a number', () => {
    expect(stance('Son utilisation devrait rester cantonnée au secteur des TIC', 'fr').restricts).toBe(true);
    expect(stance('Its use should stay confined to the ICT sector', 'en').restricts).toBe(true);
    expect(stance('Su uso quedará limitado al sector de las TIC', 'es').restricts).toBe(true);
    expect(stance('La participation est limitée à 2 délégués', 'fr').restricts).toBe(false);
    expect(stance('Participation is limited to 2 delegates', 'en').restricts).toBe(false);
  });

  it('does not read "ne cesse de", "sans cesse", "no deja de" (keeps on) as denials', () => {
    expect(stance("Le nombre d'objets connectés ne cesse de croître", 'fr').negated).toBe(false);
    expect(stance('Les menaces évoluent sans cesse', 'fr').negated).toBe(false);
    expect(stance('El número de dispositivos no deja de crecer', 'es').negated).toBe(false);
  });
});

describe('French and Spanish negation words that are prefixes or fixed phrases', () => {
  it('still read "non", "sans", "ne … plus" and "no" where they deny', () => {
    expect(stance('Le groupe rend compte au GCNT et non au Conseil', 'fr').negated).toBe(true);
    expect(stance("qu'ils soient membres ou non", 'fr').negated).toBe(true);
    expect(stance('On peut participer sans compte UIT', 'fr').negated).toBe(true);
    expect(stance("Il n'y a plus de réunion physique", 'fr').negated).toBe(true);
    expect(stance('Le groupe ne se réunit plus', 'fr').negated).toBe(true);
    expect(stance('El grupo no se reúne', 'es').negated).toBe(true);
  });

  it('do not read a prefix, an adjective made with "sans" / "sin", or "ne … que" as a negation', () => {
    expect(stance('à titre non contraignant', 'fr')).toEqual(S(false, false, true, false, false, true));
    expect(stance('les organisations non gouvernementales', 'fr').negated).toBe(false);
    expect(stance("Le groupe ne travaille qu'avec plus de 30 pays", 'fr').negated).toBe(false);
    expect(stance('los países en desarrollo sin litoral', 'es').negated).toBe(false);
    expect(stance('las organizaciones no gubernamentales', 'es').negated).toBe(false);
    expect(stance('de manera no vinculante', 'es')).toEqual(S(false, false, true, false, false, true));
  });
});

describe('modality', () => {
  it('reads obligation and its softer forms in each language', () => {
    expect(stance('Le groupe doit proposer', 'fr')).toEqual(S(false, true, false));
    expect(stance(seedClause('tsb-circ-67:annex-a:working-methods:item-7').text, 'fr')).toEqual(S(false, false, true)); // peut proposer
    expect(stance('El grupo debe proponer', 'es')).toEqual(S(false, true, false));
    expect(stance('El grupo puede proponer', 'es')).toEqual(S(false, false, true));
    expect(stance('The group should propose', 'en')).toEqual(S(false, false, true, false, true));
    expect(stance('The group must propose', 'en')).toEqual(S(false, true, false));
  });

  it('reads what is voluntary as no obligation, whatever modal it uses', () => {
    expect(stance('must be applied on a voluntary basis', 'en')).toEqual(S(false, false, true, false, false, true));
    expect(stance('à titre volontaire', 'fr').softens).toBe(true);
  });
});

describe('the operative verbs of a resolution', () => {
  it('oblige: "instructs", "is instructed to", "est chargé de", "charge le Directeur", "encarga"', () => {
    for (const [text, lang] of [
      ['The Director of BDT is instructed to assist countries in adopting IoT.', 'en'],
      ['instructs the Director of TSB to provide assistance', 'en'],
      ["le Directeur du BDT est chargé \"d'encourager et d'aider les pays qui ont besoin d'une assistance", 'fr'],
      ['charge le Directeur du Bureau de la normalisation des télécommunications', 'fr'],
      ['encarga al Director de la BDT que ayude a los países', 'es'],
    ] as const) {
      expect(stance(text, lang).namesObligation, text).toBe(true);
    }
  });

  it('so "must" restates an instruction to encourage and assist, and stays stronger than an invitation', () => {
    const instructed = stance("le Directeur du BDT est chargé \"d'encourager et d'aider les pays qui ont besoin d'une assistance", 'fr');
    expect(stanceConflict(stance('le Directeur du BDT doit aider les pays', 'fr'), instructed)).toBeUndefined();
    expect(
      stanceConflict(stance('les États Membres doivent contribuer', 'fr'), stance('invite les États Membres à contribuer', 'fr')),
    ).toBe('modality');
  });
});

describe('stance conflicts', () => {
  it('are a polarity conflict when one denies what the other affirms', () => {
    expect(stanceConflict(S(true, false, false), S(false, false, false))).toBe('polarity');
    expect(stanceConflict(S(false, false, false), S(true, false, false))).toBe('polarity');
  });

  it('are a modality conflict when the sentence obliges where the clause only permits or recommends', () => {
    expect(stanceConflict(S(false, true, false), S(false, false, true))).toBe('modality');
  });

  it('are none across languages between an obligation and a recommendation: "doivent être adressées" for "should be sent"', () => {
    const should = stance('Requests for letters of invitation should be sent to EDIA by 10 March 2033.', 'en');
    const doivent = stance("Les demandes de lettre d'invitation doivent être adressées à l'EDIA au plus tard le 10 mars 2033.", 'fr');
    expect(should.recommends).toBe(true);
    expect(stanceConflict(doivent, should, true)).toBeUndefined();
    expect(stanceConflict(doivent, should)).toBe('modality');
    // "may" stays a permission in any language.
    expect(stanceConflict(doivent, stance('Requests may be sent to EDIA.', 'en'), true)).toBe('modality');
  });

  it('are none when the sentence is as strong as the clause or softer, or the clause says nothing of it', () => {
    expect(stanceConflict(S(false, false, true), S(false, true, false))).toBeUndefined();
    expect(stanceConflict(S(false, true, false), S(false, true, false))).toBeUndefined();
    expect(stanceConflict(S(false, true, false), S(false, false, false))).toBeUndefined();
    expect(stanceConflict(S(true, false, false), S(true, false, false))).toBeUndefined();
  });
});

describe('restriction', () => {
  it('reads "only" and its forms in each language, not "not only"', () => {
    for (const [text, lang] of [
      ['Only Member States may join the group', 'en'],
      ['Le groupe est ouvert uniquement aux États Membres', 'fr'],
      ["Le groupe n'est ouvert qu'aux organisations de la CE 17", 'fr'],
      ['Seuls les États Membres peuvent intégrer le groupe', 'fr'],
      ['Solo los Estados Miembros pueden participar', 'es'],
    ] as const) {
      expect(stance(text, lang).restricts, text).toBe(true);
    }
    expect(stance('not only SG17 but also SG20', 'en').restricts).toBe(false);
    expect(stance('non seulement la CE 17 mais aussi la CE 20', 'fr').restricts).toBe(false);
    expect(stance('un seul rapport', 'fr').restricts).toBe(false);
    expect(stance(seedClause('tsb-circ-67:annex-a:working-methods:item-2').text, 'fr').restricts).toBe(false);
  });

  it('makes a sentence that says "only" where its clause does not unsupported, and not the other way round', () => {
    expect(stanceConflict(S(false, false, false, true), S(false, false, false))).toBe('restriction');
    expect(stanceConflict(S(false, false, false, true), S(false, false, false, true))).toBeUndefined();
    expect(stanceConflict(S(false, false, false), S(false, false, false, true))).toBeUndefined();
  });
});

describe('avoiding', () => {
  // GCA Guidelines 4 b) and 5 a): "pour éviter tout chevauchement d'activité", "afin … d'éviter tout chevauchement d'activité".
  const avoiding = [seedClause('c22-32-gca:section-4:b').text, seedClause('c22-32-gca:section-5:a').text];

  it('reads a denial in other words where the clause says to avoid it, in each language', () => {
    for (const clause of avoiding) {
      for (const [text, lang] of [
        ['ITU should keep encouraging open and inclusive collaboration so that activities are not duplicated', 'en'],
        ["L'UIT devrait continuer de favoriser la collaboration, sans que les activités ne se chevauchent", 'fr'],
        ['La UIT debería seguir fomentando la colaboración para que no haya ninguna duplicación de actividades', 'es'],
      ] as const) {
        expect(stanceConflict(stance(text, lang), stance(clause, 'fr')), text).toBeUndefined();
      }
    }
    expect(stance('to avoid any duplication', 'en').avoids).toBe(true);
    expect(stance('para evitar duplicaciones', 'es').avoids).toBe(true);
  });

  it('still reads a sentence that denies the avoiding itself as a flip', () => {
    const clause = stance(avoiding[0], 'fr');
    expect(stanceConflict(stance("L'UIT ne devrait pas chercher à éviter les chevauchements d'activité", 'fr'), clause)).toBe('polarity');
    expect(stanceConflict(stance('ITU should not try to avoid duplication', 'en'), clause)).toBe('polarity');
  });

  it('is not read in "prévenir", which also means to notify', () => {
    expect(stance('Veuillez prévenir le secrétariat', 'fr').avoids).toBe(false);
  });
});
