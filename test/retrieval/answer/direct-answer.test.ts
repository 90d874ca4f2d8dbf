import { describe, expect, it } from 'vitest';
import { directAnswer, wantedSpans } from '../../../retrieval/answer/direct-answer.ts';
import { findSpans } from '../../../retrieval/facts/spans.ts';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { plainGroups } from '../../../retrieval/query/glossary.ts';
import { questionForm, type QuestionForm } from '../../../retrieval/query/question-form.ts';
import type { Lang, TermGroup } from '../../../retrieval/types.ts';
import { seedClause, seedStages } from '../../helpers/seed-corpus.ts';

/** The answer line for a question over cited seed clauses ([1] = ids[0]), framed in `lang`. */
function line(
  question: string,
  asked: Lang,
  ids: string[],
  lang: Lang = asked,
  groups = plainGroups(analyzeQuery(question, asked)),
): string | undefined {
  const form = questionForm(question, asked, groups);
  return directAnswer(
    form,
    ids.map((id, i) => ({ clause: seedClause(id), n: i + 1, lang: 'fr' as const })),
    groups,
    lang,
  );
}

const CONTRIBUTIONS = 'tsb-circ-67:p8'; // … le 10 septembre 2025 au plus tard.
const MEETING = 'tsb-circ-67:p6'; // … le 17 septembre 2025 de 13 heures à 14 heures (heure de Genève).
const CONVENORS = 'tsb-circ-67:annex-a:working-methods:item-6';
const CIRT = 'c25-18:s3.1'; // … une assistance à 85 pays … dans quatre pays.
/** "countries" as the glossary carries it into French. */
const countries: TermGroup = {
  original: ['countri'],
  alternatives: [
    { terms: ['countri'], weight: 1 },
    { terms: ['pays'], weight: 0.9 },
  ],
};

describe('the direct answer line', () => {
  it('renders a date in the asker’s language', () => {
    expect(line('When is the deadline for contributions?', 'en', [CONTRIBUTIONS])).toBe('Answer: 10 September 2025 [1]');
    expect(line('Quelle est la date limite pour les contributions ?', 'fr', [CONTRIBUTIONS])).toBe('Réponse : 10 septembre 2025 [1]');
    expect(line('¿Cuál es la fecha límite para las contribuciones?', 'es', [CONTRIBUTIONS])).toBe(
      'Respuesta: 10 de septiembre de 2025 [1]',
    );
  });

  it('renders a time with the time zone the clause gives, and the date it is on', () => {
    expect(line('what time does the first meeting start?', 'en', [MEETING])).toBe(
      'Answer: 13:00–14:00 (heure de Genève), 17 September 2025 [1]',
    );
    expect(line('à quelle heure commence la réunion ?', 'fr', [MEETING])).toBe(
      'Réponse : 13:00–14:00 (heure de Genève), 17 septembre 2025 [1]',
    );
    expect(line('¿a qué hora empieza la reunión?', 'es', [MEETING])).toBe(
      'Respuesta: 13:00–14:00 (heure de Genève), 17 de septiembre de 2025 [1]',
    );
  });

  it('renders a date with the time given next to it', () => {
    expect(line('When is the first meeting?', 'en', [MEETING])).toBe('Answer: 17 September 2025, 13:00–14:00 [1]');
  });

  it('names people with their roles, joined in the asker’s language', () => {
    expect(line('Who are the co-convenors?', 'en', [CONVENORS])).toBe(
      'Answer: M. Bret Jordan (Président du GT 2/17) and M. Ramy Ahmed Fathy (Président du GT 3/20) [1]',
    );
    expect(line('Qui sont les coresponsables ?', 'fr', [CONVENORS])).toMatch(
      /^Réponse : M\. Bret Jordan \(.*\) et M\. Ramy Ahmed Fathy \(.*\) \[1\]$/,
    );
    expect(line('¿Quiénes son los coresponsables?', 'es', [CONVENORS])).toMatch(/\) y M\. Ramy Ahmed Fathy/);
  });

  it('names, for an office, the people of the sentence that names it: the secretariat is no co-convenor', () => {
    const text =
      'The meeting was chaired by Ms Ingrid Halvorsen (Norway), co-convenor, assisted by Mr Tomás Echeverría (Uruguay), ' +
      'co-convenor, who participated remotely. Ms Leila Haddad (TSB) acted as secretariat.';
    const clause = { id: 'r:s1.2', docId: 'r', label: 'R › § 1.2', text, context: '', start: 0, end: text.length };
    const q = 'Who are the co-convenors of the JRG-FWU?';
    const groups = seedStages().concepts.of(q, 'en');
    const answer = directAnswer(questionForm(q, 'en', groups), [{ clause, n: 1, lang: 'en' }], groups, 'en');
    expect(answer).toBe('Answer: Ms Ingrid Halvorsen and Mr Tomás Echeverría [1]');
    // Asked for anyone named, everyone named answers.
    const who = 'Who attended?';
    const all = directAnswer(questionForm(who, 'en', []), [{ clause, n: 1, lang: 'en' }], [], 'en');
    expect(all).toMatch(/Leila Haddad/);
  });

  it('takes the fact from the first cited clause that has it, with that clause’s number', () => {
    expect(line('who signed the circular?', 'en', [MEETING, 'tsb-circ-67:signature'])).toBe(
      'Answer: Seizo Onoe (Directeur du Bureau de la normalisation des télécommunications) [2]',
    );
    expect(line('When is the deadline?', 'en', [CONVENORS, CONTRIBUTIONS, MEETING])).toBe('Answer: 10 September 2025 [2]');
  });

  it('gives addresses and numbers as written', () => {
    expect(line('what is the web page of the group?', 'en', ['tsb-circ-67:p4'])).toBe(
      'Answer: https://www.itu.int/en/ITU-T/jcg/iotsec [1]',
    );
    expect(line('what is the e-mail address of the secretariat?', 'en', ['tsb-circ-67:e-mail'])).toBe('Answer: tsbjcgiotsec@itu.int [1]');
    expect(line('what is the fax number?', 'en', ['tsb-circ-67:fax'])).toBe('Answer: +41 22 730 5853 [1]');
    expect(line('what is the phone number?', 'en', ['tsb-circ-67:telephone'])).toBe('Answer: +41 22 730 6301 [1]');
  });

  it('gives a length of time in the asker’s language and the right number', () => {
    // A focus group's terms of reference (an unseen-documents test corpus): "La durée d'existence du Groupe est de 12 mois".
    const text = "La durée d'existence du Groupe est de 12 mois à compter de sa première réunion.";
    const clause = { ...seedClause(CONTRIBUTIONS), text };
    const ask = (question: string, lang: Lang) => {
      const groups = plainGroups(analyzeQuery(question, lang));
      return directAnswer(questionForm(question, lang, groups), [{ clause, n: 1, lang: 'fr' }], groups, lang);
    };
    expect(ask('How long does the focus group last?', 'en')).toBe('Answer: 12 months [1]');
    expect(ask('Combien de temps dure le groupe ?', 'fr')).toBe('Réponse : 12 mois [1]');
    expect(ask('¿Cuánto tiempo dura el grupo?', 'es')).toBe('Respuesta: 12 meses [1]');
    expect(line('How long does the group last?', 'en', [CONTRIBUTIONS])).toBe(
      'The cited text states no duration for this; here is what it says.',
    );
  });

  it('counts the thing asked about, not another', () => {
    expect(line('How many countries has ITU assisted?', 'en', [CIRT], 'en', [countries])).toBe('Answer: 85 pays [1]');
    const teams: TermGroup[] = [{ original: ['team'], alternatives: [{ terms: ['team'], weight: 1 }] }];
    expect(line('How many teams?', 'en', [CIRT], 'en', teams)).toBe('The cited text states no number for this; here is what it says.');
  });

  it('says, in the asker’s language, that the cited text states no such fact rather than guess', () => {
    expect(line('When is the deadline?', 'en', [CONVENORS])).toBe('The cited text states no date for this; here is what it says.');
    expect(line('Quelle est la date limite ?', 'fr', [CONVENORS])).toBe("Le texte cité n'indique pas de date ; voici ce qu'il dit.");
    expect(line('¿Cuál es la fecha límite?', 'es', [CONVENORS])).toBe('El texto citado no indica ninguna fecha; esto es lo que dice.');
    expect(line('what is the e-mail address?', 'en', [MEETING])).toBe(
      'The cited text states no e-mail address for this; here is what it says.',
    );
  });

  it('leads with no line for "who" when the cited clause names bodies, not people: the quote answers', () => {
    expect(line('who was circular 67 sent to?', 'en', ['tsb-circ-67:addressees'])).toBeUndefined();
    expect(line('¿a quiénes va dirigida la circular?', 'es', ['tsb-circ-67:addressees'])).toBeUndefined();
  });

  it('answers "the next …" with a date later than the document, or a coming year with its part', () => {
    const next = (q: string, asked: Lang, id: string, docDate: string) => {
      const groups = plainGroups(analyzeQuery(q, asked));
      return directAnswer(questionForm(q, asked, groups), [{ clause: seedClause(id), n: 1, lang: 'fr', docDate }], groups, asked);
    };
    // "… diffusée en septembre 2024 … commencer la collecte de données au début de l'année 2026", in a report of 2025.
    expect(next('when does the next gci data collection start?', 'en', 'c25-18:s4.4', '2025')).toBe('Answer: early 2026 [1]');
    expect(next('la prochaine collecte GCI commence quand ?', 'fr', 'c25-18:s4.4', '2025')).toBe('Réponse : début 2026 [1]');
    expect(next('¿cuándo es la próxima reunión?', 'es', 'tsb-circ-67:p1', '2025-08-06')).toBe(
      'El texto citado no indica ninguna fecha; esto es lo que dice.',
    );
  });

  it('is absent when the question wants no typed fact, or a place', () => {
    expect(line('Why does the group exist?', 'en', ['tsb-circ-67:p2'])).toBeUndefined();
    expect(line('Where is the first meeting held?', 'en', [MEETING])).toBeUndefined();
  });

  // Bug in facts/spans.ts: month names are matched in their folded form ("aout", "fevrier",
  // "decembre") against the clause text as written, so "6 août 2025" is no date (it is even
  // read as a count of "août"), and the letter's own date is never an answer.
  it('reads dates whose French month has an accent (août, février, décembre)', () => {
    expect(line('When was the circular sent?', 'en', ['tsb-circ-67:date'])).toBe('Answer: 6 August 2025 [1]');
  });

  // Bug: a fax question takes any telephone number, so when the Telephone field is cited
  // before the Fax field, the telephone number is given as the fax number.
  it('answers a fax question with the fax number, not a telephone number cited before it', () => {
    expect(line('what is the fax number?', 'en', ['tsb-circ-67:telephone', 'tsb-circ-67:fax'])).toBe('Answer: +41 22 730 5853 [2]');
  });
});

describe('wantedSpans: which facts answer a form', () => {
  const form = (f: Partial<QuestionForm>): QuestionForm => ({ cue: [], focus: [], years: [], months: [], dates: [], ordinals: [], ...f });
  const kinds = (f: QuestionForm, text: string, groups: TermGroup[] = []) => {
    const wanted = wantedSpans(f, groups);
    return (
      wanted &&
      findSpans(text)
        .filter(wanted)
        .map((s) => `${s.type}:${s.text.replace(/\s+/g, ' ')}`)
    );
  };
  const header = 'Tél.: +41 22 730 6301 Courriel: tsbjcgiotsec@itu.int, voir https://www.itu.int/en/ITU-T/jcg/iotsec le 6 aout 2025';

  it('maps each kind of question to the spans that answer it', () => {
    // A telephone number is not a fax number: only a number after "Fax:" / "Télécopie:" answers a fax question.
    expect(kinds(form({ type: 'fax' }), header)).toEqual([]);
    expect(kinds(form({ type: 'fax' }), 'Télécopie: +41 22 730 5853')).toEqual(['fax:+41 22 730 5853']);
    expect(kinds(form({ type: 'phone' }), header)).toEqual(['phone:+41 22 730 6301']);
    expect(kinds(form({ type: 'email' }), header)).toEqual(['email:tsbjcgiotsec@itu.int', 'url:https://www.itu.int/en/ITU-T/jcg/iotsec']);
    expect(kinds(form({ type: 'url' }), header)).toEqual(['url:https://www.itu.int/en/ITU-T/jcg/iotsec']);
    expect(kinds(form({ type: 'date' }), header)).toEqual(['date:6 aout 2025']);
  });

  it('wants counts of the focus only when the question names one', () => {
    const text = seedClause(CIRT).text;
    const teams: TermGroup = { original: ['team'], alternatives: [{ terms: ['team'], weight: 1 }] };
    expect(kinds(form({ type: 'count', focus: [0] }), text, [countries])).toEqual(['count:85 pays', 'count:quatre pays']);
    expect(kinds(form({ type: 'count', focus: [0] }), text, [teams])).toEqual([]);
    expect(kinds(form({ type: 'count' }), 'La CE 17 a établi 50 nouveaux sujets et approuvé 36 Recommandations.')).toEqual([
      'count:50 nouveaux sujets',
      'count:36 Recommandations',
    ]);
  });

  it('wants nothing for places or untyped questions', () => {
    expect(wantedSpans(form({ type: 'place' }), [])).toBeUndefined();
    expect(wantedSpans(form({}), [])).toBeUndefined();
  });
});

describe('which fact of a clause the answer line takes', () => {
  // "La première réunion du Groupe JCG-IoTSec … le 17 septembre 2025 de 13 heures à 14 heures … Elle aura lieu à
  // l'occasion de la réunion de la Commission d'études 20 …, qui se tiendra du 15 au 25 septembre 2025."
  it('takes the fact of the sentence that names what the question names', () => {
    const glossed = (q: string) => seedStages().concepts.of(q, 'en');
    const q = 'when does the SG20 meeting take place?';
    expect(line(q, 'en', [MEETING], 'en', glossed(q))).toBe('Answer: 15–25 September 2025 [1]');
    expect(line('when is the JCG-IoTSec meeting?', 'en', [MEETING])).toMatch(/^Answer: 17 September 2025/);
  });

  it('takes the fact of the sentence that holds most of the question', () => {
    // "… l'UIT a fourni une assistance à 85 pays … L'UIT travaille actuellement à la mise en place d'équipes CIRT dans
    // quatre pays."
    const glossed = (q: string) => seedStages().concepts.of(q, 'fr');
    const now = "dans combien de pays l'UIT met-elle actuellement en place des CIRT ?";
    expect(line(now, 'fr', [CIRT], 'fr', glossed(now))).toBe('Réponse : quatre pays [1]');
    const assisted = "à combien de pays l'UIT a-t-elle fourni une assistance pour évaluer leur préparation ?";
    expect(line(assisted, 'fr', [CIRT], 'fr', glossed(assisted))).toBe('Réponse : 85 pays [1]');
  });

  it('gives a range of days as a range', () => {
    expect(line('when did TSAG meet?', 'en', ['tsb-circ-67:p1'])).toBe('Answer: 26–30 May 2025 [1]');
    expect(line('quand a eu lieu la réunion du GCNT ?', 'fr', ['tsb-circ-67:p1'])).toBe('Réponse : 26–30 mai 2025 [1]');
  });
});
