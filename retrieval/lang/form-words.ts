/**
 * The words the question form reads, across English, French and Spanish (folded): verbs of sending, nouns that
 * name a kind of fact, prepositions, words that point back, counts, "or", auxiliaries. Closed classes, written
 * from common usage, not from any question set.
 */
import type { AnswerType } from '../lang/index.ts';
import type { Lang } from '../types.ts';
import { analyzeQuery } from '../query/analyze.ts';

// Verbs that make "where" a destination (an address to send to), not a place.
export const SENDING =
  /\b(send|submit|mail|forward|email|envoyer|envoie|soumettre|adresser|transmettre|enviar|envio|mando|mandar|remitir|presentar)\b/;
export const ELISION = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/g;
// Nouns that only name the kind of fact ("the phone NUMBER", "the e-mail ADDRESS").
export const TYPE_NOUNS = [
  'number',
  'numero',
  'address',
  'adresse',
  'direccion',
  'date',
  'fecha',
  'time',
  'heure',
  'hora',
  'link',
  'lien',
  'enlace',
  // "How much MONEY": an amount answers it, whatever its currency.
  'money',
  'argent',
  'dinero',
];
/** "Declaración de ENLACE", "en LIEN avec", "the LINK between": a liaison or a relation, no web address asked for. */
export const NOT_A_LINK = / (?:de enlace|en lien (?:direct )?avec|liens? entre|links? between|enlace entre)(?= )/g;
/** "Appeler à l'aide", "llamar pidiendo ayuda": a call for help asks for no number to call. */
export const NOT_A_CALL = / (?:appeler|llamar)\s+(?:a\s+(?:l'|l\s+)?aide|au\s+secours|pidiendo\s+ayuda|para\s+pedir\s+ayuda)(?= )/g;
/** "The council's guidelines": the possessor names whose they are; the noun after it is the attribute asked about. */
export const POSSESSOR = /^[a-z0-9-]+'s$/;
export const DO_SUPPORT = new Set(['do', 'does', 'did']);
export const BY_MAIL = / (?:par|by|via|por|through) (?:e-?mail|mail|courriel|correo|correspondance|correspondence)\b/;
/** Analysed nouns that name a kind of fact, when a question asks "what are the dates / quelle est l'heure". */
export const KIND_NOUNS = new Map<string, AnswerType>(
  (
    [
      ['date', 'date'],
      ['dates', 'date'],
      ['fecha', 'date'],
      ['fechas', 'date'],
      // "What were the exact DAYS of it": days are dates (to the day, question-form reads).
      ['day', 'date'],
      ['days', 'date'],
      ['jour', 'date'],
      ['jours', 'date'],
      ['dia', 'date'],
      ['dias', 'date'],
      // Deadline words name a date as much as "date" does: "what's the cutoff" asks for a date, no attribute.
      ['deadline', 'date'],
      ['cutoff', 'date'],
      ['delai', 'date'],
      ['echeance', 'date'],
      ['butoir', 'date'],
      ['plazo', 'date'],
      ['time', 'time'],
      ['heure', 'time'],
      ['hora', 'time'],
      ['link', 'url'],
      ['lien', 'url'],
      ['enlace', 'url'],
      ['url', 'url'],
      ['figure', 'count'],
      ['figures', 'count'],
      ['chiffre', 'count'],
      ['chiffres', 'count'],
      ['cifra', 'count'],
      ['cifras', 'count'],
      // "Which document number is the agenda?": the document is what is asked for, no attribute the clause must word.
      ['document', 'document'],
      ['documento', 'document'],
      ['recommendation', 'recommendation'],
      ['recommandation', 'recommendation'],
      ['recomendacion', 'recommendation'],
    ] as const
  ).flatMap(([word, type]) => (['en', 'fr', 'es'] as const).flatMap((l) => analyzeQuery(word, l).map((t) => [t.term, type] as const))),
);
export const PREPOSITIONS = new Set(
  'in on at for of to from by with about into en de dans pour par sur a avec du des con por para desde sobre del al'.split(' '),
);
// Words that point back at something named before ("which ones", "lequel"), or at anyone ("how many people"): no
// attribute a clause must name ("160 participants" answers "how many people").
export const POINTING = new Set(
  'one ones it them those these that lequel laquelle lesquels cual cuales people persons ppl personnes gens personas gente'.split(' '),
);
// Words that ask for the content itself ("on what TOPIC", "sobre qué tema", "which ISSUES will be studied", "dans quels
// domaines") or for any body ("to which BODIES / GROUPS did it send liaisons": "Study Group 11", "Working Party 5D"; "with
// which COMMITTEE": "CEI TC 57"): what
// the clause says, or a body it names, answers them, not a clause that writes the word.
export const CONTENT = new Set(
  (
    'topic topics subject subjects theme themes issue issues matter matters area areas aspect aspects field fields role roles ' +
    'sujet sujets thematique thematiques domaine domaines tema temas asunto asuntos ambito ambitos aspecto aspectos ' +
    'materia materias rol papel body bodies entity entities organ organs organisme organismes entite entites organo organos ' +
    'entidad entidades group groups groupe groupes grupo grupos committee committees comite comites ' +
    // "What are the TASKS of the JCA", "quelles tâches la Résolution confie-t-elle": what the body is to do, written out.
    'task tasks tache taches tarea tareas duty duties mission missions function functions fonction fonctions funcion ' +
    'funciones responsibility responsibilities responsabilite responsabilites responsabilidad responsabilidades ' +
    // "Under which PROVISION of the resolution", "en vertu de quelle disposition": the clause cited is the provision.
    'provision provisions clause clauses paragraph paragraphs article articles disposition dispositions paragraphe ' +
    'paragraphes alinea alineas disposicion disposiciones clausula clausulas parrafo parrafos apartado apartados ' +
    // "What HAPPENS if no comment is received", "¿qué ocurre si …?": the outcome the clause writes out.
    'happen happens happened occur occurs ocurre ocurrira pasa pasara sucede sucedera passe passera'
  ).split(' '),
);
// Counts are not attributes: "which two documents" asks about documents.
export const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'dos',
  'tres',
  'cuatro',
  'cinco',
]);
export const COUNTED_KIND = new RegExp(
  ` (which|what|quel|quels|quelle|quelles|cual|cuales|que) (?:${[...NUMBER_WORDS].join('|')}|\\d+)(?= )`,
  'g',
);
/**
 * "Which FOUR countries", "quels sont les cinq pays", "cuáles son los cinco países": places counted by the question are
 * named ones; a group of countries ("les pays en développement") does not name them.
 */
export const COUNTED_PLACES = new RegExp(
  ` (?:which|what|quels?|quelles?|cuales|que)(?: (?:are|were|sont|etaient|son|eran|fueron))?(?: (?:the|les|los|las))?` +
    ` (?:${[...NUMBER_WORDS].join('|')}|\\d+) (?:countries|country|cities|pays|villes|paises|ciudades)(?= )`,
);
/** "Which DAYS", "quel jour", "qué día", "the EXACT date": a month or a year does not answer a date asked to the day. */
export const DAY_WANTED = / (?:days?|jours?|dias?|exact dates?|dates? exactes?|fechas? exactas?|precise dates?|dates? precises?)(?= )/;
/** Offices only a person holds, folded: "who is the DIRECTOR of …" wants a name, where "who approves …" may be a body. */
export const PERSON_OFFICES: Record<Lang, string[]> = {
  en: [
    'director',
    'secretary-general',
    'secretary general',
    'chair',
    'chairman',
    'chairwoman',
    'chairperson',
    'president',
    'vice-chair',
    'vice-chairs',
    'rapporteur',
    'vice-rapporteur',
    'convenor',
    'convener',
    'vice-convenor',
    'vice-convener',
  ],
  fr: [
    'directeur',
    'directrice',
    'secretaire general',
    'secretaire generale',
    'president',
    'presidente',
    'coresponsable',
    'vice-president',
    'vice-presidents',
    'vice-presidente',
    'rapporteur',
    'vice-rapporteur',
    'coordonnateur',
    'vice-coordonnateur',
  ],
  es: [
    'director',
    'directora',
    'secretario general',
    'secretaria general',
    'presidente',
    'presidenta',
    'coordinador',
    'vicepresidente',
    'vicepresidentes',
    'relator',
    'vicerrelator',
    'vicecoordinador',
  ],
};
/** "What are the EXACT days", "la date PRÉCISE": how precise the answer must be, no attribute of the thing asked about. */
const PRECISION = new Set([
  'exact',
  'actual',
  'precise',
  'specific',
  'exacte',
  'exactes',
  'exacts',
  'precis',
  'precises',
  'exacto',
  'exacta',
  'exactos',
  'exactas',
  'preciso',
  'precisa',
  'precisos',
  'precisas',
]);
/** "Qué NUEVO objetivo", "quel NOUVEL objectif", "what NEW item": the noun after it is the attribute asked about. */
const NEW_WORDS = ['new', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'nuevo', 'nueva', 'nuevos', 'nuevas'];
/** "What TYPE of plug", "quel genre de badge", "qué tipo de enchufe": the noun after "of" is the attribute asked about. */
const KIND_OF = 'kind kinds sort sorts type types genre genres sorte sortes tipo tipos clase clases'.split(' ');
/** Words between a question word and the attribute it asks about, besides stop words: precision, "new", a kind of. */
export const BEFORE_FOCUS = new Set([...PRECISION, ...NEW_WORDS, ...KIND_OF]);
/** "Special care WHEN DOING training": a wh-word before a gerund subordinates, it asks no date or place. */
export const SUBORDINATING_WH = / (?:when|where|while) (?=\w+ing )/g;
export const OR = new Set(['or', 'ou', 'o', 'u']);
export const PLURAL_COUNT = new Set(['cuantos', 'cuantas']);
export const AUXILIARY = new Set([
  'is',
  's',
  'are',
  'was',
  'were',
  'be',
  'est',
  'sont',
  'etait',
  'es',
  'son',
  'era',
  'fue',
  'do',
  'does',
  'did',
]);

/**
 * Nouns that ask for a kind of value a clause gives without the noun ("what SHARE was recycled?" — "22,3 %"; "in which
 * LANGUAGE?" — "en anglais"; "which COUNTRY will host it?" — "Zambia"; "what is the TITLE of SM.2161?" — "Methods for
 * …" in quotes), by the kind of value, in the three languages
 * (as written, analysed where they are read).
 */
export const VALUE_KINDS: Record<'share' | 'language' | 'country' | 'city' | 'title' | 'organization', string[]> = {
  share: ['share', 'percentage', 'proportion', 'percent', 'pourcentage', 'porcentaje', 'proporcion'],
  language: ['language', 'languages', 'langue', 'langues', 'idioma', 'idiomas', 'lengua', 'lenguas'],
  country: ['country', 'countries', 'pays', 'pais', 'paises'],
  city: ['city', 'cities', 'town', 'ville', 'villes', 'ciudad', 'ciudades'],
  title: ['title', 'titre', 'intitule', 'titulo'],
  organization: [
    'organization',
    'organisation',
    'agency',
    'institution',
    'entity',
    'organisme',
    'entite',
    'organizacion',
    'organismo',
    'entidad',
    'institucion',
  ],
};
/** The head noun of an organisation's name, as a clause writes it: "the Estonian Digital Infrastructure AGENCY (EDIA)". */
const ORGANIZATION_HEADS = [
  'Agency|Authority|Ministry|Institute|University|Association|Organi[sz]ation|Foundation|Alliance|Consortium|Corporation',
  'Agence|Autorité|Ministère|Institut|Université|Fondation',
  'Agencia|Autoridad|Ministerio|Instituto|Universidad|Asociación|Fundación|Organización|Organismo',
].join('|');
/** A clause naming an organisation: a name with its head noun, or a name and its acronym in brackets ("… (NDGA)"). */
export const ORGANIZATION_VALUE = new RegExp(
  String.raw`(?<!\p{L})(?:${ORGANIZATION_HEADS})(?!\p{L})|\p{Lu}\p{L}+(?:[\s'’-]+\p{L}+){1,8}\s+\(\p{Lu}[\p{Lu}\d-]{1,9}\)`,
  'u',
);
/** A language's name, as a clause writes it (folded): the value "which language" asks for. */
export const LANGUAGE_VALUE =
  /\b(?:arabe|chinois|anglais|francais|russe|espagnol|arabic|chinese|english|french|russian|spanish|ingles|frances|espanol|chino|ruso)\b/;
/** Spanish "que" after these may be "qué" typed without its accent ("de que color"): a preposition's object. */
export const BEFORE_INTERROGATIVE_QUE = new Set(['a', 'de', 'en', 'con', 'por', 'para', 'sobre', 'y']);
/** An article after it makes it the conjunction: "qué" asks with a bare noun ("algo de que LOS países …"). */
export const ARTICLES_ES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas']);

/** For each "que" of the text in order, whether it was written "qué". */
export function accentedQue(text: string): boolean[] {
  return [...text.toLowerCase().matchAll(/(?<!\p{L})qu[eé](?!\p{L})/gu)].map((m) => m[0] === 'qué');
}
