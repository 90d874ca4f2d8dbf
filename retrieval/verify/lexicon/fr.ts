import type { Lexicon } from './types.ts';

export const FR: Lexicon = {
  months: {
    janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
    aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  },
  ambiguousMonths: ['sept', 'mars', 'oct', 'nov', 'dec', 'fev', 'janv', 'fevr', 'avr', 'juil'],
  numbers: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
    quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
    mille: 1000, douzaine: 12, centaine: 100,
  },
  ordinals: {
    premier: 1, premiere: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, sixieme: 6,
    septieme: 7, huitieme: 8, neuvieme: 9, dixieme: 10,
  },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9 },
  countFillers: ['plus', 'de', 'd', 'des', 'nouveaux', 'nouvelles', 'nouveau', 'nouvelle', 'environ', 'pres', 'autres', 'quelque', 'moins', 'au', 'ou', 'et', 'les'],
  negations: [
    String.raw`\bn'?(?:\s*\S+){0,4}?\s+(?:pas|plus|jamais|rien|aucun|aucune|personne|guere|nullement)\b`,
    String.raw`\bne\b(?:\s+\S+){0,4}?\s+(?:pas|plus|jamais|rien|aucun|aucune|personne|guere|nullement)\b`,
    String.raw`\baucun(?:e|s|es)?\b`, String.raw`\bsans\b(?! fil)`, String.raw`\bni\b`, String.raw`\bnon\b`, String.raw`\bpas\b`,
  ],
  notNegations: [String.raw`\bau plus tard\b`, String.raw`\bnon seulement\b`, String.raw`\bpas moins de\b`, String.raw`\bsans (?:delai|tarder)\b`],
  modals: {
    permission: [String.raw`\bpeu(?:t|vent)\b`, String.raw`\bpourr(?:a|ont|ait|aient)\b`, String.raw`\b(?:est|sera) possible\b`, String.raw`\bfacultati(?:f|ve)\b`],
    obligation: [
      String.raw`\bdoi(?:t|vent)\b`, String.raw`\bdevr(?:a|ont)\b`, String.raw`\bobligatoire`, String.raw`\best tenu`, String.raw`\bil faut\b`,
      String.raw`\b(?:est|sont) requis`, String.raw`\bexige`, String.raw`\bimpos`,
    ],
    recommendation: [String.raw`\bdevr(?:ait|aient)\b`, String.raw`\bencourag`, String.raw`\brecommand`, String.raw`\best invite`],
    voluntary: [String.raw`\bvolontaire`, String.raw`\bfacultati`, String.raw`\bnon contraignant`],
  },
  roles: {
    chair: ['president', 'presidente', 'preside', 'presidence'],
    convenor: ['coresponsable', 'coresponsables', 'co-responsable', 'co-responsables', 'copresident', 'copresidents'],
    responsible: ['responsable', 'responsabilite', 'charge de'],
    lead: ['chef de file', 'premier plan', 'coordination', 'coordonner', 'coordonne', 'coordonnateur', 'pilote'],
    parent: ['mere'],
    secretariat: ['secretariat'],
  },
  respectively: ['respectivement'],
  titles: ['m', 'mme', 'mm', 'mmes', 'mlle', 'dr', 'pr'],
};
