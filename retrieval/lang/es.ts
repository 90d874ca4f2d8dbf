import type { LanguageTable } from './table.ts';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export const es: LanguageTable = {
  lang: 'es',
  months: MONTHS,
  monthForms: { ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, setiembre: 9, oct: 10, nov: 11, dic: 12 },
  numberWords: {
    uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
    catorce: 14, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, cien: 100, ciento: 100, mil: 1000,
    millón: 1_000_000, millones: 1_000_000, docena: 12,
  },
  ordinals: {
    primero: 1, primera: 1, primer: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, tercer: 3, cuarto: 4, cuarta: 4, quinto: 5,
    quinta: 5, próximo: 0, próxima: 0, proximo: 0, proxima: 0, siguiente: 0, último: -1, última: -1, ultimo: -1, ultima: -1,
  },
  answerCues: [
    ['a que hora', 'time'], ['que hora', 'time'], ['horario', 'time'],
    ['fax', 'fax'], ['telefono', 'phone'], ['llamar', 'phone'],
    ['correo', 'email'], ['e-mail', 'email'], ['email', 'email'], ['mail', 'email'],
    ['url', 'url'], ['enlace', 'url'], ['sitio web', 'url'], ['pagina web', 'url'], ['link', 'url'],
    ['cuantos', 'count'], ['cuantas', 'count'], ['numero de', 'count'],
    ['cuanto cuesta', 'amount'], ['costo', 'amount'], ['coste', 'amount'], ['presupuesto', 'amount'], ['precio', 'amount'], ['cuanto', 'amount'],
    ['que recomendacion', 'recommendation'], ['cual recomendacion', 'recommendation'],
    ['que documento', 'document'], ['referencia', 'document'],
    ['fecha limite', 'date'], ['plazo', 'date'], ['que fecha', 'date'], ['que dia', 'date'], ['hasta cuando', 'date'], ['desde cuando', 'date'],
    ['cuando', 'date'], ['que ano', 'date'],
    ['quien', 'person'], ['quienes', 'person'],
    ['donde', 'place'], ['lugar', 'place'], ['que sala', 'place'], ['que ciudad', 'place'],
  ],
  focusOpeners: ['que', 'cual', 'cuales', 'cuantos', 'cuantas', 'numero de', 'el', 'la', 'los', 'las'],
  formatDate: (day, month, year) => {
    const parts = [day !== undefined ? `${day} de ${MONTHS[month - 1]}` : MONTHS[month - 1], year !== undefined ? `de ${year}` : undefined];
    return parts.filter(Boolean).join(' ');
  },
  answerLine: {
    answer: 'Respuesta',
    notStated: (type) => `El texto citado no indica ${es.typeNames[type]}; esto es lo que dice.`,
  },
  typeNames: {
    date: 'ninguna fecha', time: 'ninguna hora', count: 'ningún número', amount: 'ningún importe', email: 'ninguna dirección de correo',
    url: 'ninguna dirección web', phone: 'ningún número de teléfono', fax: 'ningún número de fax', person: 'ningún nombre',
    place: 'ningún lugar', recommendation: 'ninguna Recomendación', document: 'ninguna referencia de documento',
  },
};
