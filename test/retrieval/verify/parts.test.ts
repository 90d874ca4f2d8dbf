import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { sentenceParts } from '../../../retrieval/verify/parts.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();

const REMOTE = 'tsb-circ-67:p8'; // La participation à distance sera possible via MyMeetings. Veuillez soumettre vos contributions …
const REPORTS = 'tsb-circ-67:annex-a:working-methods:item-3'; // … un rapport un mois avant chaque réunion de la CE 17 et de la CE 20
const MAILING_LIST = 'tsb-circ-67:annex-a:working-methods:item-4'; // … par le biais de la liste de diffusion … réunions virtuelles …
const SG17 = 'c25-18:s2.1'; // … deux réunions en septembre 2024 et en avril 2025, lors desquelles elle a établi 50 nouveaux sujets …
const GCI = 'c25-18:s4.4'; // … diffusée en septembre 2024 auprès de 172 pays afin de recueillir des données …
const SECTORS = 'wtdc17-acp-2:noting:a'; // … retombées dans de nombreux secteurs différents, notamment … l'énergie, des transports …

describe('every part of a sentence carried', () => {
  it('cuts at punctuation and before relative words, never inside quotes', () => {
    expect(sentenceParts('Une Résolution intitulée « Promouvoir des plates-formes, des applications », dont le texte suit', 'fr')).toEqual([
      'Une Résolution intitulée « Promouvoir des plates-formes, des applications »',
      'dont le texte suit',
    ]);
    expect(sentenceParts('It works by mail, although it may meet virtually which TSB supports', 'en')).toEqual([
      'It works by mail',
      'although it may meet virtually',
      'which TSB supports',
    ]);
  });

  it('rejects a faithful sentence with an invented part added, in each language', () => {
    const invented: Array<[string, string, Lang]> = [
      [
        'Remote participation will be possible via MyMeetings, and recordings of the sessions will be posted online afterwards [1].',
        REMOTE,
        'en',
      ],
      [
        'Reports are due one month before each SG17 and SG20 meeting, which are then posted on the website for public comment [1].',
        REPORTS,
        'en',
      ],
      [
        'Les activités seront menées principalement par la liste de diffusion, ' +
          'dont les archives seront consultables par le grand public [1].',
        MAILING_LIST,
        'fr',
      ],
      [
        'Le questionnaire GCI a été diffusé en septembre 2024 à 172 pays, qui devaient y répondre en ligne avant la fin de l’année [1].',
        GCI,
        'fr',
      ],
      [
        'El IoT tendrá importantes repercusiones en muchos sectores, como la energía y el transporte, ' +
          'cuyos operadores deberán certificar sus dispositivos [1].',
        SECTORS,
        'es',
      ],
      [
        'El cuestionario del GCI se difundió en septiembre de 2024 a 172 países, ' +
          'cuyos resultados se publicarán en un informe regional [1].',
        GCI,
        'es',
      ],
    ];
    const notSaid = expect.stringMatching(/^weak-support: the cited clause does not say/);
    for (const [text, id, lang] of invented) expect(reasons(text, id, lang), text).toContainEqual(notSaid);
  });

  it('accepts faithful sentences of several parts, in each language', () => {
    const faithful: Array<[string, string, Lang]> = [
      [
        'The work will mainly go through the dedicated mailing list, but it may also include agreed virtual meetings [1].',
        MAILING_LIST,
        'en',
      ],
      ['IoT will have major impacts on many different sectors, including energy, transport, health and agriculture [1].', SECTORS, 'en'],
      ['La CE 17 a tenu deux réunions, en septembre 2024 et en avril 2025, où elle a établi 50 nouveaux sujets d’étude [1].', SG17, 'fr'],
      [
        'On pourra participer à distance via MyMeetings ; contributions à tsbjcgiotsec@itu.int, avant le 10 septembre 2025 [1].',
        REMOTE,
        'fr',
      ],
      ['El cuestionario del GCI se difundió en septiembre de 2024 a 172 países, para recopilar datos [1].', GCI, 'es'],
      ['El grupo informa de sus actividades un mes antes de cada reunión de la CE 17 y de la CE 20 [1].', REPORTS, 'es'],
    ];
    for (const [text, id, lang] of faithful) expect(reasons(text, id, lang), text).toEqual([]);
  });

  it('weighs no connective in a part: "although", "toutefois", "sin embargo" state nothing', () => {
    const conceded =
      'Although the work will be carried out mainly on the dedicated mailing list, it may also include agreed virtual meetings, ' +
      'organized with tools the TSB supports [1].';
    expect(reasons(conceded, MAILING_LIST, 'en')).toEqual([]);
    expect(reasons(conceded.replace('Although', 'While'), MAILING_LIST, 'en')).toEqual([]);
    // An invented part is still one, connective or not.
    const invented = conceded.replace('organized with tools the TSB supports', 'which are recorded and broadcast on public television');
    expect(reasons(invented, MAILING_LIST, 'en')).not.toEqual([]);
  });

  // "la Recommandation UIT‑T Y.4702 sur les exigences et les fonctionnalités communes pour la gestion des dispositifs dans
  // l'Internet des objets, qui définit les exigences communes et les capacités de gestion des dispositifs …"
  const Y4702 = 'wtsa-res-98:recalling:f';
  // "de renforcer la coopération avec les organisations et parties prenantes concernées, y compris avec le secteur privé, …"
  const COOPERATION = 'wtdc17-acp-2:instructs-the-director-of-bdt:3';

  it('holds a part joined by "and", "et", "y" after a comma to the share a whole sentence must reach', () => {
    const y4702 = 'Recommendation ITU-T Y.4702 covers common requirements for device management in the IoT';
    const defines = `${y4702}, and defines the IoT as a global infrastructure for the information society [1].`;
    expect(reasons(defines, Y4702, 'en')).toEqual([
      'weak-support: the cited clause does not say "and defines the IoT as a global infrastructure for the information society."',
    ]);
    const cooperation = 'Se trata de reforzar la cooperación con las organizaciones y partes interesadas, incluido el sector privado';
    expect(
      reasons(`${cooperation}, y de financiar directamente plataformas IoT en los países en desarrollo [1].`, COOPERATION, 'es'),
    ).toHaveLength(1);
    // The clause's own second statement, joined the same way.
    expect(reasons(`${y4702}, and defines common requirements for device management [1].`, Y4702, 'en')).toEqual([]);
  });
});

/** The sentence made of two parts is cut between them. */
const cutsIn2 = (first: string, second: string, lang: Lang) => expect(sentenceParts(`${first} ${second}`, lang)).toEqual([first, second]);

describe('a second infinitive under one verb', () => {
  // C25/18 § 5.5: "… un Organe consultatif … composé de 40 dirigeants et experts des secteurs public et privé, dans le but de
  // promouvoir la résilience des câbles sous-marins …"
  const CABLES = 'c25-18:s5.5';
  const board =
    "L'Organe consultatif, composé de 40 dirigeants et experts des secteurs public et privé, vise à promouvoir le dialogue et " +
    'la collaboration sur la résilience des câbles sous-marins';

  it('cuts before "et à", "and to", "y a" and a verb, never before a noun or a name', () => {
    cutsIn2('Il vise à promouvoir le dialogue', 'et à financer les réparations', 'fr');
    cutsIn2('It aims to promote dialogue', 'and to fund repairs', 'en');
    cutsIn2('Busca promover el diálogo', 'y a financiar reparaciones', 'es');
    expect(sentenceParts('Il fait appel aux États et à la communauté et de premier plan', 'fr')).toHaveLength(1);
    expect(sentenceParts('It is sent to Member States and to ITU and to the Sector Members', 'en')).toHaveLength(1);
  });

  it('rejects an invented purpose joined as a second infinitive, and keeps the faithful sentence', () => {
    expect(reasons(`${board} et à financer la réparation des câbles endommagés [1].`, CABLES, 'fr')).not.toEqual([]);
    expect(reasons(`${board} [1].`, CABLES, 'fr')).toEqual([]);
  });
});

describe('a second predicate after "and"', () => {
  // Res. 98 recognizing d): "que la Commission d'études 20 est responsable des études et des travaux de normalisation
  // concernant l'Internet des objets et ses applications, … et poursuit ses travaux sur l'Internet des objets dans le secteur maritime"
  const SG20 = 'wtsa-res-98:recognizing:d';
  const responsible = 'Study Group 20 is responsible for studies and standardization work on the IoT and its applications';

  it('cuts before "and" and a verb of the same subject, not before a noun', () => {
    cutsIn2('SG20 leads IoT studies', 'and is continuing its work in aviation', 'en');
    cutsIn2("La CE 20 est responsable de l'IoT", 'et a achevé ses travaux', 'fr');
    expect(sentenceParts('SG20 leads IoT studies and smart cities work', 'en')).toHaveLength(1);
  });

  it('rejects an invented second predicate and keeps the one the clause gives', () => {
    expect(reasons(`${responsible} and has approved a dedicated budget for drone certification [1].`, SG20, 'en')).not.toEqual([]);
    expect(reasons(`${responsible} and is continuing its IoT work in the maritime sector [1].`, SG20, 'en')).toEqual([]);
  });
});

describe('a list opened by its category', () => {
  // Res. 98, resolves to instruct SG20, 4: "de rassembler, d'évaluer, d'analyser et d'échanger des cas d'utilisation de l'IoT …"
  const USE_CASES = 'wtsa-res-98:resolves-to-instruct-sg20:4';

  it('reads the items as the claim, not the category the answer frames them with', () => {
    const framed = "Parmi les tâches prévues figurent l'évaluation, l'analyse et l'échange de cas d'utilisation de l'IoT [1].";
    expect(reasons(framed, USE_CASES, 'fr')).toEqual([]);
    const among = 'Among the planned tasks are the evaluation, analysis and exchange of IoT use cases [1].';
    expect(reasons(among, USE_CASES, 'en')).toEqual([]);
  });

  it('still rejects an item the clause does not give', () => {
    const added = "Parmi les tâches prévues figurent l'analyse de cas d'utilisation, et la certification des dispositifs grand public [1].";
    expect(reasons(added, USE_CASES, 'fr')).not.toEqual([]);
  });
});

describe('a proviso added', () => {
  const OPEN = 'tsb-circ-67:annex-a:working-methods:item-2'; // Le Groupe JCG-IoTSec est ouvert aux organisations participant …
  it('is a part of its own however few its words, in each language', () => {
    for (const [text, lang] of [
      [
        "Le JCG-IoTSec est ouvert aux organisations participant aux travaux des CE 17 et 20, pour autant qu'elles soient " +
          'Membres de Secteur [1].',
        'fr',
      ],
      [
        'The JCG-IoTSec is open to organizations taking part in the work of SG17 and SG20, provided that they are Sector Members [1].',
        'en',
      ],
      ['El JCG-IoTSec está abierto a las organizaciones que participan en las CE 17 y 20, siempre que sean Miembros de Sector [1].', 'es'],
    ] as const) {
      expect(reasons(text, OPEN, lang), text).toEqual([expect.stringMatching(/^weak-support: the cited clause does not say/)]);
    }
    const faithful = 'The JCG-IoTSec is open to organizations taking part in the work of ITU-T Study Groups 17 and 20 [1].';
    expect(reasons(faithful, OPEN, 'en')).toEqual([]);
  });
});
