import type { LanguageTable } from './table.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const en: LanguageTable = {
  lang: 'en',
  months: MONTHS,
  monthForms: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
    fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, dozen: 12,
  },
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, next: 0, last: -1, final: -1,
  },
  answerCues: [
    ['what time', 'time'], ['which time', 'time'], ['at what hour', 'time'], ['start time', 'time'], ['end time', 'time'],
    ['fax', 'fax'], ['phone', 'phone'], ['telephone', 'phone'], ['call', 'phone'],
    ['e-mail', 'email'], ['email', 'email'], ['mail address', 'email'], ['contact address', 'email'],
    ['url', 'url'], ['link', 'url'], ['website', 'url'], ['web site', 'url'], ['web page', 'url'], ['webpage', 'url'],
    ['how many', 'count'], ['number of', 'count'],
    ['how much', 'amount'], ['cost', 'amount'], ['budget', 'amount'], ['price', 'amount'], ['fee', 'amount'],
    ['which recommendation', 'recommendation'], ['what recommendation', 'recommendation'],
    ['which document', 'document'], ['what document', 'document'], ['reference number', 'document'], ['ref', 'document'],
    ['deadline', 'date'], ['due date', 'date'], ['closing date', 'date'], ['what date', 'date'], ['which date', 'date'], ['what day', 'date'],
    ['when', 'date'], ['since when', 'date'], ['until when', 'date'], ['what year', 'date'],
    ['who', 'person'], ['whom', 'person'], ['whose', 'person'],
    ['where', 'place'], ['venue', 'place'], ['location', 'place'], ['which room', 'place'], ['which city', 'place'],
  ],
  focusOpeners: ['which', 'what', 'how many', 'how much', 'number of', 'the'],
  formatDate: (day, month, year) => [day !== undefined ? `${day} ${cap(MONTHS[month - 1])}` : cap(MONTHS[month - 1]), year].filter((x) => x !== undefined).join(' '),
  answerLine: {
    answer: 'Answer',
    notStated: (type) => `The cited text states no ${en.typeNames[type]} for this; here is what it says.`,
  },
  typeNames: {
    date: 'date', time: 'time', count: 'number', amount: 'amount', email: 'e-mail address', url: 'web address', phone: 'telephone number',
    fax: 'fax number', person: 'name', place: 'place', recommendation: 'Recommendation', document: 'document reference',
  },
};

function cap(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
