import type { Lang } from '../../retrieval/types.ts';

/** The chat language of a Discord locale ("fr", "en-US", "es-ES", "es-419"…); English for any other. */
export function langOf(locale: string | null | undefined): Lang {
  const l = locale?.toLowerCase() ?? '';
  if (l.startsWith('fr')) return 'fr';
  if (l.startsWith('es')) return 'es';
  return 'en';
}
