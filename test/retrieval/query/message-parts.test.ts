import { describe, expect, it } from 'vitest';
import { messageParts } from '../../../retrieval/query/message-parts.ts';
import { askingOnly } from '../../../retrieval/query/concepts.ts';
import type { Lang } from '../../../retrieval/types.ts';

describe('the parts of a chat message that ask', () => {
  it('tells the question from the side remarks around it', () => {
    expect(messageParts('what are the jcg objectives again? need them for the opening slides', 'en')).toEqual([
      { text: 'what are the jcg objectives again?', asks: true },
      { text: 'need them for the opening slides', asks: false },
    ]);
    expect(messageParts('hey quick q - how do i get on the jcg email list', 'en').map((p) => p.asks)).toEqual([false, true]);
    expect(messageParts('la mesure 7 elle dit quoi exactement ? faut que je la cite', 'fr').map((p) => p.asks)).toEqual([true, false]);
    expect(messageParts('cual es el asunto de la circular 67? lo necesito para reenviarla', 'es').map((p) => p.asks)).toEqual([
      true,
      false,
    ]);
  });

  it('reads a Spanish question opened by "¿" after a preamble as asking, and the one coordinated after it', () => {
    const q = 'Según la Resolución 210, ¿qué Comisión es la comisión rectora, y a qué comisión envió su declaración de enlace?';
    expect(messageParts(q, 'es')).toEqual([
      { text: 'Según la Resolución 210, ¿qué Comisión es la comisión rectora', asks: true },
      { text: 'a qué comisión envió su declaración de enlace?', asks: true },
    ]);
  });

  it('reads French and Spanish asked with the question word last, and the chat spellings of question words', () => {
    expect(messageParts('combien de partenaires ? et ça sort qd', 'fr').map((p) => p.asks)).toEqual([true, true]);
    expect(messageParts("c'est noté. la réunion c'est où", 'fr').map((p) => p.asks)).toEqual([false, true]);
    expect(messageParts('gracias. y la reunión es cdo', 'es').map((p) => p.asks)).toEqual([false, true]);
    expect(messageParts('thanks. wen is the meeting', 'en').map((p) => p.asks)).toEqual([false, true]);
    expect(messageParts('merci. je regarde ça', 'fr').map((p) => p.asks)).toEqual([true, true]);
  });

  it('reads an English question word with its verb contracted as the question word', () => {
    const boss = messageParts("who's the jcg's 'boss' body — like which group does it sit under?", 'en');
    expect(boss.map((p) => p.asks)).toEqual([true, true]);
    expect(messageParts("ok thanks. what're the main tasks", 'en').map((p) => p.asks)).toEqual([false, true]);
  });

  it('reads the other answer a yes/no question offers as a side remark, in each language', () => {
    expect(messageParts('is there an end date for the jcg or does it just keep going forever', 'en')).toEqual([
      { text: 'is there an end date for the jcg', asks: true },
      { text: 'does it just keep going forever', asks: false },
    ]);
    expect(messageParts('elles servent aussi à réviser le gca ou pas du tout ?', 'fr').map((p) => p.asks)).toEqual([true, false]);
    expect(messageParts('el informe supone gasto extra o ya estaba cubierto por el presupuesto?', 'es').map((p) => p.asks)).toEqual([
      true,
      false,
    ]);
    expect(messageParts('el grupo puede tocar su propio mandato o eso solo lo hace el tsag?', 'es').map((p) => p.asks)).toEqual([
      true,
      false,
    ]);
    // An "or" between two things asked about is no other answer.
    expect(messageParts('is it sg17 or sg20 that leads on iot security?', 'en')).toHaveLength(1);
  });

  it('does not end a part after an abbreviation or before a number', () => {
    expect(messageParts('anyone got the phone nr off the circ. 67 letterhead? my form wants one', 'en').map((p) => p.text)).toEqual([
      'anyone got the phone nr off the circ. 67 letterhead?',
      'my form wants one',
    ]);
    expect(messageParts("M. Jordan préside. qui est l'autre ?", 'fr').map((p) => p.text)).toEqual([
      'M. Jordan préside.',
      "qui est l'autre ?",
    ]);
    expect(messageParts('see Doc. C22/32. what does it say?', 'en')).toHaveLength(2);
  });

  it('asks a second complement that repeats the first one’s preposition after "and" apart, with the question’s head', () => {
    expect(messageParts('What are the deadlines for registering and for submitting contributions?', 'en')).toEqual([
      { text: 'What are the deadlines for registering', asks: true },
      { text: 'What are the deadlines for submitting contributions?', asks: true },
    ]);
    const fr = "Avec qui l'UIT collabore-t-elle à la fois pour le FG et pour ses travaux sur la protection des enfants ?";
    expect(messageParts(fr, 'fr')).toEqual([
      { text: "Avec qui l'UIT collabore-t-elle à la fois pour le FG", asks: true },
      { text: "Avec qui l'UIT collabore-t-elle à la fois pour ses travaux sur la protection des enfants ?", asks: true },
    ]);
    // The question mark may close the second complement only; the first asks all the same.
    const es = messageParts('Según la Res. 217, ¿qué plazos fija para la primera reunión y para las directrices?', 'es');
    expect(es.map((p) => [p.text, p.asks])).toEqual([
      ['Según la Res. 217, ¿qué plazos fija para la primera reunión', true],
      ['Según la Res. 217, ¿qué plazos fija para las directrices?', true],
    ]);
    // Without the repeated preposition, or with question words only, it stays one question.
    expect(messageParts('what is the role of SG17 and SG20?', 'en')).toHaveLength(1);
    expect(messageParts('who chairs it and when is it', 'en')).toHaveLength(1);
    // A yes/no question about two things is two asks too.
    expect(messageParts('is the meeting in Geneva and in person?', 'en').map((p) => p.text)).toEqual([
      'is the meeting in Geneva',
      'is the meeting in person?',
    ]);
  });

  it('takes a message without any asking part as a question', () => {
    expect(messageParts('need the exact ref of the circular, for our report', 'en').every((p) => p.asks)).toBe(true);
  });

  it('cuts before a Spanish question word written with its accent after "y", comma or not, once a clause has come', () => {
    const texts = (q: string) => messageParts(q, 'es').map((p) => p.text);
    expect(texts('¿Cuándo se creó el Grupo Regional de la CE 16 y dónde celebró su primera reunión?')).toEqual([
      '¿Cuándo se creó el Grupo Regional de la CE 16',
      'dónde celebró su primera reunión?',
    ]);
    expect(texts('¿Quién estableció la JCA-QKD y cuándo?')).toEqual(['¿Quién estableció la JCA-QKD', 'cuándo?']);
    // One question with two question words; a relative without its accent.
    expect(texts('¿Dónde y cuándo se celebra?')).toEqual(['¿Dónde y cuándo se celebra?']);
    expect(texts('¿Pueden participar los expertos donde y cuando quieran?')).toEqual([
      '¿Pueden participar los expertos donde y cuando quieran?',
    ]);
  });

  it('cuts before a second question coordinated after a comma, and reads a question after a preamble and a colon', () => {
    const parts = (q: string, lang: Lang) => messageParts(q, lang).map((p) => [p.text, p.asks]);
    // Each message, then its two asking parts; a yes/no question is coordinated the same way.
    const twoAsks: Array<[string, Lang, string, string]> = [
      [
        'for my slides: how many Recs did SG17 approve, and what role does SG20 play?',
        'en',
        'for my slides: how many Recs did SG17 approve',
        'what role does SG20 play?',
      ],
      [
        'quel rôle pour le GCI, et à combien de pays le questionnaire a-t-il été envoyé ?',
        'fr',
        'quel rôle pour le GCI',
        'à combien de pays le questionnaire a-t-il été envoyé ?',
      ],
      ['¿De qué se encarga la CE 20, y en qué fechas se reúne?', 'es', '¿De qué se encarga la CE 20', 'en qué fechas se reúne?'],
      [
        'how many drills has itu run so far, and do the gca guidelines back this?',
        'en',
        'how many drills has itu run so far',
        'do the gca guidelines back this?',
      ],
      [
        'qui préside le groupe, et est-ce que la réunion est ouverte ?',
        'fr',
        'qui préside le groupe',
        'est-ce que la réunion est ouverte ?',
      ],
    ];
    for (const [message, lang, first, second] of twoAsks)
      expect(parts(message, lang)).toEqual([
        [first, true],
        [second, true],
      ]);
    expect(parts('who signed it and when?', 'en')).toEqual([['who signed it and when?', true]]);
    // A statement after ", and" is no question.
    expect(parts('I read the report, and it is good. what is the date?', 'en').map(([, asks]) => asks)).toEqual([false, true]);
  });
});

describe('an ask that points back at the part before it', () => {
  it('marks that part as the one it refers to; the names it holds then weigh as asked', () => {
    const read = (message: string, lang: Lang, asking: number) =>
      askingOnly(messageParts(message, lang), lang, asking).map((p) => (p.asks ? 'asks' : p.refers ? 'refers' : '-'));
    // "its" points at what the first ask names: that part is read with the names it holds weighing fully.
    expect(read('which index, and when did its latest survey go out?', 'en', 1)).toEqual(['refers', 'asks']);
    expect(read('qui finance Her CyberTracks ? et en 2025 ils l’ont élargi à quelles régions ?', 'fr', 1)).toEqual(['refers', 'asks']);
    expect(read('¿qué grupo depende de la CE 20? ¿y cuándo se reúne su plenaria?', 'es', 1)).toEqual(['refers', 'asks']);
    // An ask that names its own thing leaves the other as a side remark; the first ask is read alone.
    expect(read('which index, and when did the GCI questionnaire go out?', 'en', 1)).toEqual(['-', 'asks']);
    expect(read('which index, and when did its latest survey go out?', 'en', 0)).toEqual(['asks', '-']);
  });
});
