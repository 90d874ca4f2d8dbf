import type { Lang } from '../../retrieval/types.ts';

/** The short texts the chat adapters show, one table per language (English, French, Spanish). */
export interface ChatTexts {
  /** `help`: what the bot does and its commands. */
  help: string;
  /** An empty question (a bare mention, `ask` alone). */
  askHint: string;
  /** "Show clause" on a clause that was re-indexed since the answer was given. */
  clauseGone: string;
  voteUp: string;
  voteDown: string;
  /** The vote was not committed: nothing is acknowledged, the next click records it. */
  voteFailed: string;
}

const EN: ChatTexts = {
  help: [
    'Ask me about the JCG-IoTSec mandate and the ITU documents behind it. Every answer cites the exact clause.',
    '• `ask <question>` (or just write the question): a cited answer, in your language (English, French or Spanish).',
    '• `summary <document or topic>`: a cited brief, e.g. `summary Res. 98` or `summary demarcation work`.',
    '• `mandate`: what the group is for, its objectives, working methods, convenors and dates.',
    '• `verify <draft>`: checks each sentence of your text against the clauses it cites in brackets, e.g. `[wtsa-res-98:resolves:1]`.',
    '• `sources`: the indexed documents.',
    '• `help`: this message.',
    'Follow-up questions in the same thread keep the conversation.',
  ].join('\n'),
  askHint: 'Ask me a question, e.g. "Who are the co-convenors of JCG-IoTSec?" (or `help`).',
  clauseGone: 'That clause is no longer in the index (it was re-indexed): please ask the question again.',
  voteUp: 'Thanks: your 👍 is recorded.',
  voteDown: 'Thanks: your 👎 is recorded; it helps improve the answers.',
  voteFailed: 'Sorry, I could not save your vote: please click again in a moment.',
};

const FR: ChatTexts = {
  help: [
    "Posez-moi vos questions sur le mandat du JCG-IoTSec et les documents de l'UIT. Chaque réponse cite la clause exacte.",
    '• `ask <question>` (ou écrivez simplement la question): une réponse citée, dans votre langue.',
    '• `summary <document ou sujet>`: une synthèse citée.',
    '• `mandate`: le mandat du groupe, ses objectifs, ses méthodes de travail, ses coresponsables et ses dates.',
    '• `verify <brouillon>`: vérifie chaque phrase de votre texte contre les clauses citées entre crochets.',
    '• `sources`: les documents indexés.',
    '• `help`: ce message.',
  ].join('\n'),
  askHint: 'Posez une question, par exemple « Qui sont les coresponsables du JCG-IoTSec ? »',
  clauseGone: "Cette clause n'est plus dans l'index : reposez la question.",
  voteUp: 'Merci : votre 👍 est enregistré.',
  voteDown: 'Merci : votre 👎 est enregistré ; il aide à améliorer les réponses.',
  voteFailed: "Désolé, votre vote n'a pas pu être enregistré : cliquez de nouveau dans un instant.",
};

const ES: ChatTexts = {
  help: [
    'Pregúnteme sobre el mandato del JCG-IoTSec y los documentos de la UIT en que se basa. Cada respuesta cita la cláusula exacta.',
    '• `ask <pregunta>` (o escriba directamente la pregunta): una respuesta citada (en inglés o en francés).',
    '• `summary <documento o tema>`: un resumen citado, p. ej. `summary Res. 98`.',
    '• `mandate`: la finalidad del grupo, sus objetivos, métodos de trabajo, coordinadores y fechas.',
    '• `verify <borrador>`: comprueba cada frase de su texto con las cláusulas citadas entre corchetes.',
    '• `sources`: los documentos indexados.',
    '• `help`: este mensaje.',
    'Las preguntas de seguimiento en el mismo hilo conservan la conversación.',
  ].join('\n'),
  askHint: 'Hágame una pregunta, p. ej. «¿Quiénes son los coordinadores del JCG-IoTSec?» (o `help`).',
  clauseGone: 'Esa cláusula ya no está en el índice (se volvió a indexar): vuelva a hacer la pregunta.',
  voteUp: 'Gracias: su 👍 queda registrado.',
  voteDown: 'Gracias: su 👎 queda registrado; ayuda a mejorar las respuestas.',
  voteFailed: 'No se pudo guardar su voto: vuelva a hacer clic en un momento.',
};

/** The texts by language. */
export const CHAT_TEXTS: Record<Lang, ChatTexts> = { en: EN, fr: FR, es: ES };

/** The texts for a language; English when none is known. */
export function textsFor(lang: Lang | undefined): ChatTexts {
  return CHAT_TEXTS[lang ?? 'en'] ?? EN;
}

/** Lines only worded in English so far (as before the tables). */
export const LINES = {
  unknown: (word: string) => `Unknown command "${word.slice(0, 40)}". Try: ask, summary, mandate, verify, sources, help.`,
  rateLimited: (seconds: number) => `You're asking faster than I can keep up: please wait ${seconds}s and ask again.`,
  sorry: (line: string) => `Sorry, something went wrong: ${line}`,
};
