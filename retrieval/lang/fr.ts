import type { LanguageTable } from './table.ts';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const fr: LanguageTable = {
  lang: 'fr',
  months: MONTHS,
  monthForms: { janv: 1, fevrier: 2, févr: 2, fev: 2, avr: 4, juil: 7, aout: 8, sept: 9, oct: 10, nov: 11, dec: 12, déc: 12, decembre: 12 },
  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
    quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000,
    million: 1_000_000, millions: 1_000_000, milliard: 1_000_000_000, milliards: 1_000_000_000, douzaine: 12,
  },
  ordinals: {
    premier: 1, première: 1, premiere: 1, second: 2, seconde: 2, deuxième: 2, deuxieme: 2, troisième: 3, troisieme: 3, quatrième: 4,
    quatrieme: 4, cinquième: 5, cinquieme: 5, sixième: 6, sixieme: 6, prochain: 0, prochaine: 0, dernier: -1, dernière: -1,
  },
  answerCues: [
    ['a quelle heure', 'time'], ['quelle heure', 'time'], ['horaire', 'time'], ['heure de debut', 'time'],
    ['telecopie', 'fax'], ['fax', 'fax'], ['telephone', 'phone'], ['numero de tel', 'phone'], ['appeler', 'phone'],
    ['courriel', 'email'], ['adresse electronique', 'email'], ['e-mail', 'email'], ['email', 'email'], ['mail', 'email'],
    ['url', 'url'], ['lien', 'url'], ['site web', 'url'], ['page web', 'url'], ['site internet', 'url'],
    ['combien de', 'count'], ['nombre de', 'count'],
    ['combien coute', 'amount'], ['cout', 'amount'], ['budget', 'amount'], ['prix', 'amount'], ['frais', 'amount'], ['combien', 'count'],
    ['quelle recommandation', 'recommendation'], ['quelles recommandations', 'recommendation'],
    ['quel document', 'document'], ['reference', 'document'], ['ref', 'document'],
    ['date limite', 'date'], ['delai', 'date'], ['echeance', 'date'], ['quelle date', 'date'], ['quel jour', 'date'], ['a quand', 'date'],
    ['depuis quand', 'date'], ['quand', 'date'], ['quelle annee', 'date'],
    ['qui', 'person'],
    ['ou se', 'place'], ['ou a lieu', 'place'], ['lieu', 'place'], ['quelle salle', 'place'], ['quelle ville', 'place'],
  ],
  focusOpeners: ['quel', 'quelle', 'quels', 'quelles', 'combien de', 'nombre de', 'le', 'la', 'les'],
  formatDate: (day, month, year) => [day === 1 ? '1er' : day, MONTHS[month - 1], year].filter((x) => x !== undefined).join(' '),
  answerLine: {
    answer: 'Réponse',
    notStated: (type) => `Le texte cité n'indique pas de ${fr.typeNames[type]} ; voici ce qu'il dit.`,
  },
  typeNames: {
    date: 'date', time: 'heure', count: 'nombre', amount: 'montant', email: 'adresse électronique', url: 'adresse web',
    phone: 'numéro de téléphone', fax: 'numéro de télécopie', person: 'nom', place: 'lieu', recommendation: 'Recommandation',
    document: 'référence de document',
  },
};
