import type { Lang } from '../types.ts';

/** The fixed sentences of an answer, in the asker's language. */
export const MESSAGES: Record<
  Lang,
  {
    lead: string;
    leadQuoted: (docLang: string) => string;
    abstain: string;
    hostile: string;
  }
> = {
  en: {
    lead: 'According to the indexed documents:',
    leadQuoted: (l) => `According to the indexed documents (quoted in the original ${l}):`,
    abstain: "The indexed documents don't answer this.",
    hostile: "I only answer questions from the indexed ITU documents, and they don't answer this.",
  },
  fr: {
    lead: 'Selon les documents indexés :',
    leadQuoted: (l) => `Selon les documents indexés (cités dans l'original en ${l}) :`,
    abstain: 'Les documents indexés ne répondent pas à cette question.',
    hostile: "Je réponds seulement aux questions sur les documents de l'UIT indexés, et ils ne répondent pas à celle-ci.",
  },
  es: {
    lead: 'Según los documentos indexados:',
    leadQuoted: (l) => `Según los documentos indexados (citados en el original en ${l}):`,
    abstain: 'Los documentos indexados no responden a esta pregunta.',
    hostile: 'Solo respondo preguntas sobre los documentos de la UIT indexados, y no responden a esta.',
  },
};

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  en: { en: 'English', fr: 'French', es: 'Spanish' },
  fr: { en: 'anglais', fr: 'français', es: 'espagnol' },
  es: { en: 'inglés', fr: 'francés', es: 'español' },
};

export function languageName(of: Lang, inLang: Lang): string {
  return LANGUAGE_NAMES[inLang][of];
}
