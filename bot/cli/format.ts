import type { describeFunctionWords } from '../../retrieval/query/function-words.ts';
import type { Lexicon } from '../../retrieval/query/lexicon.ts';
import type { Answer, SourceInfo } from '../../retrieval/types.ts';

const SOURCES_TITLE = { en: 'Sources', fr: 'Sources', es: 'Fuentes' } as const;
const RELATED_TITLE = { en: 'Related (not cited)', fr: 'Pour information (non cité)', es: 'Relacionado (no citado)' } as const;

/** Plain-text rendering for the terminal: the answer, then each cited clause verbatim. */
export function formatAnswer(answer: Answer): string {
  const out = [answer.answer];
  if (answer.citations.length) {
    out.push('', `${SOURCES_TITLE[answer.lang]}:`);
    for (const c of answer.citations) {
      out.push(`[${c.n}] ${c.label} — ${c.document}${c.url ? ` <${c.url}>` : ''}`);
      out.push(indent(c.text));
    }
  }
  if (answer.related.length) {
    out.push('', `${RELATED_TITLE[answer.lang]}:`);
    for (const r of answer.related) out.push(`- ${r.label} — ${r.document}`);
  }
  for (const note of answer.notes) out.push('', `(${note})`);
  return out.join('\n');
}

/** The indexed documents for the terminal: id, clause count, language and citation name, then the title. */
export function formatSources(sources: SourceInfo[]): string {
  return sources
    .map((s) => `${s.id.padEnd(16)} ${String(s.clauses).padStart(4)} clauses  ${s.language}  ${s.citation}\n${' '.repeat(17)}${s.title}`)
    .join('\n');
}

type LexiconDescription = ReturnType<Lexicon['describe']> & { functionWords: ReturnType<typeof describeFunctionWords> };

/** The general lexicon's size and provenance, for `sources --lexicon`. */
export function formatLexicon(lexicon: LexiconDescription): string {
  const perLanguage = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([lang, n]) => `${lang} ${n.toLocaleString('en')}`)
      .join(', ');
  const alternatives = Object.entries(lexicon.alternatives)
    .map(([kind, n]) => `${kind} ${n.toLocaleString('en')}`)
    .join(', ');
  const sources = lexicon.sources.map((s) => `  ${s.id.padEnd(18)} ${s.name} — Debian ${s.debian}, ${s.licence}`);
  const fw = lexicon.functionWords;
  return [
    `General lexicon: words with alternatives: ${perLanguage(lexicon.entries)}`,
    `Multiword expressions with alternatives ("set up", "take part"): ${perLanguage(lexicon.phrases)}`,
    `Alternatives by kind: ${alternatives}`,
    `Word families (forms of one lemma that stemming keeps apart, "tient"/"tiendra"): ${perLanguage(lexicon.families)}`,
    `Words with opposites, read by the verifier ("public"/"privé"): ${perLanguage(lexicon.antonyms)}`,
    `Function words a question's concepts leave out ("having", "estaban"): ${perLanguage(fw.words)}`,
    'Sources:',
    ...sources,
    '  families           Apertium fr-es and eng-spa morphological analysers over Debian wamerican, wfrench, wspanish word lists',
    '  opposites          WordNet 3.0 direct antonyms, and their FreeDict translations (French, Spanish)',
    `  function words     ${fw.source.name} — Debian ${fw.source.debian}, ${fw.source.licence}`,
  ].join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}
