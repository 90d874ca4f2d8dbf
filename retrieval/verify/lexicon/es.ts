import type { Lexicon } from './types.ts';

export const ES: Lexicon = {
  months: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, junio: 6, jun: 6, julio: 7, jul: 7,
    agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sept: 9, sep: 9, octubre: 10, oct: 10, noviembre: 11, nov: 11,
    diciembre: 12, dic: 12,
  },
  ambiguousMonths: ['mar', 'ene', 'ago', 'sept', 'sep', 'oct', 'nov', 'dic', 'feb', 'abr', 'jun', 'jul'],
  numbers: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
    catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21,
    veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28,
    veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
    cien: 100, ciento: 100, mil: 1000,
  },
  ordinals: {
    primero: 1, primera: 1, primer: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, tercer: 3, cuarto: 4, cuarta: 4,
    quinto: 5, quinta: 5, sexto: 6, sexta: 6, septimo: 7, septima: 7, octavo: 8, octava: 8, noveno: 9, decimo: 10,
  },
  scales: { mil: 1e3, millon: 1e6, millones: 1e6, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9 },
  countFillers: ['mas', 'de', 'nuevos', 'nuevas', 'nuevo', 'nueva', 'unos', 'unas', 'casi', 'otros', 'otras', 'o', 'y', 'los', 'las'],
  negations: [
    String.raw`\bno\b(?!\.?\s*\d)`, String.raw`\bnunca\b`, String.raw`\bjamas\b`, String.raw`\bningun(?:o|a|os|as)?\b`,
    String.raw`\bsin\b`, String.raw`\btampoco\b`, String.raw`\bni\b`, String.raw`\bnada\b`,
  ],
  notNegations: [String.raw`\ba mas tardar\b`, String.raw`\bno solo\b`, String.raw`\bsin demora\b`, String.raw`\bno mas tarde\b`],
  modals: {
    permission: [String.raw`\bpued(?:e|en)\b`, String.raw`\bpodr(?:a|an|ia|ian)\b`, String.raw`\bes posible\b`, String.raw`\bopcional`],
    obligation: [String.raw`\bdeb(?:e|en)\b`, String.raw`\bdeber(?:a|an)\b`, String.raw`\bobligatori`, String.raw`\btienen? que\b`, String.raw`\bexig`],
    recommendation: [String.raw`\bdeberi(?:a|an)\b`, String.raw`\balent`, String.raw`\brecomend`, String.raw`\bse espera\b`],
    voluntary: [String.raw`\bvoluntari`, String.raw`\bopcional`, String.raw`\bno vinculante`],
  },
  roles: {
    chair: ['presidente', 'presidenta', 'preside'],
    convenor: ['coordinadores', 'copresidentes', 'corresponsables'],
    responsible: ['responsable', 'responsabilidad', 'encargada', 'encargado'],
    lead: ['liderazgo', 'coordinar', 'coordinacion', 'coordinadora', 'rector'],
    parent: ['matriz'],
    secretariat: ['secretaria'],
  },
  respectively: ['respectivamente'],
  titles: ['sr', 'sra', 'srta', 'dr', 'dra', 'don', 'dona'],
};
