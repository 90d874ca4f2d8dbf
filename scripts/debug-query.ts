// Shows a question's concepts (importance, alternatives with their source) and top hits with coverage.
import { openStages } from '../retrieval/open-assistant.ts';
import { detectLanguage } from '../retrieval/query/language.ts';
const a = await openStages({ embeddings: 'off' });
for (const q of process.argv.slice(2)) {
  const lang = detectLanguage(q);
  const { hits, groups } = await a.retriever.retrieve(q, lang, Number(process.env.K ?? 6));
  console.log(`\n## ${q} [${lang}]`);
  for (const g of groups) {
    const alts = g.alternatives.slice(1).map((x) => `${x.terms.join(' ')}${x.source ? `/${x.source[0]}` : ''}`);
    console.log(`  ${g.original.join(' ')} (${(g.importance ?? 1).toFixed(2)}) → ${alts.slice(0, 12).join(' | ')}`);
  }
  for (const h of hits)
    console.log(
      `  ${h.fused.toFixed(4)} lex=${h.lexical.toFixed(2)} cov=${h.coverage.toFixed(2)} ${h.clause.label} | ${h.clause.text.slice(0, 70)}`,
    );
}
