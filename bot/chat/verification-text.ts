import type { DraftReport } from '../../retrieval/assistant.ts';
import type { Lang } from '../../retrieval/types.ts';

const WORDS: Record<Lang, { all: string; some: (bad: number, all: number) => string; cites: string; none: string }> = {
  en: {
    all: 'Every sentence is supported by the clauses it cites.',
    some: (bad, all) => `${bad} of ${all} sentences are not supported by the clauses they cite.`,
    cites: 'cites',
    none: 'No sentence to check: cite clauses in brackets, e.g. "… [wtsa-res-98:resolves:1]".',
  },
  fr: {
    all: 'Chaque phrase est étayée par les clauses qu’elle cite.',
    some: (bad, all) => `${bad} phrase(s) sur ${all} ne sont pas étayées par les clauses citées.`,
    cites: 'cite',
    none: 'Aucune phrase à vérifier : citez des clauses entre crochets, p. ex. « … [wtsa-res-98:resolves:1] ».',
  },
  es: {
    all: 'Cada frase está respaldada por las cláusulas que cita.',
    some: (bad, all) => `${bad} de ${all} frases no están respaldadas por las cláusulas que citan.`,
    cites: 'cita',
    none: 'Ninguna frase que verificar: cite cláusulas entre corchetes, p. ej. «… [wtsa-res-98:resolves:1]».',
  },
};

/**
 * A checked draft as plain lines, the same on every platform: a verdict,
 * then ✅ or ❌ per sentence with the clauses it cites and, for ❌, why.
 */
export function verificationLines(report: DraftReport, lang: Lang): string[] {
  const w = WORDS[lang];
  if (!report.sentences.length) return [w.none];
  const bad = report.sentences.filter((s) => !s.ok).length;
  const lines = [report.ok ? w.all : w.some(bad, report.sentences.length)];
  for (const s of report.sentences) {
    const cites = s.sources.length ? ` (${w.cites} ${s.sources.join(', ')})` : '';
    const why = s.ok ? '' : ` — ${s.reasons.map((r) => `${r.code}: ${r.detail}`).join('; ')}`;
    lines.push(`${s.ok ? '✅' : '❌'} ${s.text}${cites}${why}`);
  }
  return lines;
}
