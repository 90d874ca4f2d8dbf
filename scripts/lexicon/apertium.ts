/**
 * Word translations from Apertium's language data (Debian's apertium-fr-es,
 * apertium-eng-spa): each word is analysed by the pair's morphological
 * analyser, and each lemma of a content word is looked up in its bilingual
 * dictionary, through lttoolbox's `lt-proc`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const CONTENT = /<(n|vblex|adj|adv|np)>/;

/** Surface word → target-language lemmas, for every word given. */
export function apertiumTranslations(dir: string, pair: string, words: string[]): Map<string, string[]> {
  const analyses = run(join(dir, `${pair}.automorf.bin`), [], words.join('\n') + '\n');
  const lemmas = new Map<string, string[]>();
  for (const unit of analyses.match(/\^[^$]*\$/g) ?? []) {
    const [surface, ...readings] = splitUnit(unit);
    const content = readings.filter((r) => CONTENT.test(r) && !r.startsWith('*'));
    lemmas.set(surface.toLowerCase(), [...new Set(content)]);
  }
  const units = [...new Set([...lemmas.values()].flat())];
  const bilingual = run(join(dir, `${pair}.autobil.bin`), ['-b'], units.map((u) => `^${u}$`).join('\n') + '\n');
  const translated = new Map<string, string[]>();
  for (const unit of bilingual.match(/\^[^$]*\$/g) ?? []) {
    const [source, ...targets] = splitUnit(unit);
    const clean = targets.filter((t) => !t.startsWith('@')).map((t) => t.replace(/<.*$/, '').replace(/#/g, '').replace(/_/g, ' ').trim());
    translated.set(source, clean.filter(Boolean));
  }
  const out = new Map<string, string[]>();
  for (const [word, units_] of lemmas) {
    const targets = [...new Set(units_.flatMap((u) => translated.get(u) ?? []))];
    if (targets.length) out.set(word, targets);
  }
  return out;
}

function run(bin: string, args: string[], input: string): string {
  return execFileSync('lt-proc', [...args, bin], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** "^a/b<n>/c<v>$" → ["a", "b<n>", "c<v>"], with escaped slashes kept. */
function splitUnit(unit: string): string[] {
  return unit
    .slice(1, -1)
    .split(/(?<!\\)\//)
    .map((p) => p.replace(/\\\//g, '/'));
}
