import type { Lexicon } from './types.ts';

export const EN: Lexicon = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  ambiguousMonths: ['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr'],
  numbers: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
    twice: 2, dozen: 12,
  },
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12,
  },
  scales: { thousand: 1e3, million: 1e6, millions: 1e6, m: 1e6, billion: 1e9, billions: 1e9, bn: 1e9 },
  countFillers: ['new', 'more', 'than', 'over', 'about', 'around', 'some', 'other', 'additional', 'almost', 'nearly', 'least', 'at', 'up', 'to', 'or', 'and', 'of', 'the'],
  negations: [
    String.raw`\bnot\b`, String.raw`n't\b`, String.raw`\bno\b(?!\.?\s*\d)`, String.raw`\bnever\b`, String.raw`\bnone\b`,
    String.raw`\bneither\b`, String.raw`\bnor\b`, String.raw`\bwithout\b`, String.raw`\bcannot\b`, String.raw`\bnothing\b`,
  ],
  notNegations: [
    String.raw`\bno (?:later|earlier|more|less|fewer) than\b`, String.raw`\bnot (?:later|earlier|more|less|fewer) than\b`,
    String.raw`\bnot only\b`, String.raw`\bno doubt\b`, String.raw`\bwithout delay\b`,
  ],
  modals: {
    permission: [String.raw`\bmay\b`, String.raw`\bcan\b`, String.raw`\bcould\b`, String.raw`\bmight\b`, String.raw`\bis (?:allowed|permitted|possible)\b`, String.raw`\boptional(?:ly)?\b`],
    obligation: [
      String.raw`\bmust\b`, String.raw`\bshall\b`, String.raw`\b(?:is|are) (?:required|obliged|obligated)\b`, String.raw`\b(?:has|have) to\b`,
      String.raw`\bneeds? to\b`, String.raw`\bmandatory\b`, String.raw`\bcompulsory\b`, String.raw`\brequire[sd]?\b`, String.raw`\bobligatory\b`,
    ],
    recommendation: [String.raw`\bshould\b`, String.raw`\bought to\b`, String.raw`\b(?:is|are) expected to\b`, String.raw`\bencourag`, String.raw`\brecommend`],
    voluntary: [String.raw`\bvoluntar(?:y|ily)\b`, String.raw`\boptional\b`, String.raw`\bnon-binding\b`],
  },
  roles: {
    chair: ['chair', 'chairs', 'chaired', 'chairman', 'chairwoman', 'chairperson'],
    convenor: ['convenor', 'convenors', 'co-convenor', 'co-convenors', 'convener', 'co-chair', 'co-chairs'],
    responsible: ['responsible', 'responsibility', 'in charge'],
    lead: ['lead', 'leads', 'leading', 'coordinating', 'coordinates', 'coordinator', 'coordination'],
    parent: ['parent'],
    secretariat: ['secretariat'],
  },
  respectively: ['respectively'],
  titles: ['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'madam'],
};
