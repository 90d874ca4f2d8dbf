import type { Lang } from '../../retrieval/types.ts';

/** Lines only the Discord adapter says (the shared ones are in chat/help-texts.ts), by the clicker's or caller's locale. */
export const DISCORD_TEXTS: Record<Lang, { notEnabled: string; expired: string; unknownButton: string }> = {
  en: {
    notEnabled: "I'm not enabled in this channel.",
    expired: 'This button has expired: please ask again.',
    unknownButton: 'Unknown button.',
  },
  fr: {
    notEnabled: 'Je ne suis pas activé dans ce salon.',
    expired: 'Ce bouton a expiré : reposez la question.',
    unknownButton: 'Bouton inconnu.',
  },
  es: {
    notEnabled: 'No estoy activado en este canal.',
    expired: 'Este botón ha caducado: vuelva a preguntar.',
    unknownButton: 'Botón desconocido.',
  },
};
