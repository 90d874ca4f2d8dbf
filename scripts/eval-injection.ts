/**
 * Scores the planted-instruction detector on the labelled sets in
 * eval/injection/: planted recall and ordinary false positives, overall and
 * per language, style and format.
 *
 *   npm run eval:injection                 # tune and held-out figures
 *   npm run eval:injection -- --errors     # also the text of the tune sets' errors (never held-out's)
 *
 * Held-out is only ever scored here, and only counts are printed for it
 * (eval/injection/README.md: tune on tune.json alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../retrieval/config.ts';
import { detectPlanted } from '../retrieval/ingest/planted-instructions.ts';

interface Item {
  id: string;
  label: 'planted' | 'ordinary';
  lang: string;
  style: string;
  format: string;
  text: string;
}

export interface Score {
  planted: number;
  caught: number;
  ordinary: number;
  falsePositives: number;
}

const empty = (): Score => ({ planted: 0, caught: 0, ordinary: 0, falsePositives: 0 });

export function scoreSet(items: Item[]): { total: Score; by: Map<string, Score>; errors: Array<Item & { reason?: string }> } {
  const total = empty();
  const by = new Map<string, Score>();
  const errors: Array<Item & { reason?: string }> = [];
  for (const item of items) {
    const reason = detectPlanted(item.text);
    const keys = [`lang ${item.lang}`, `${item.label} ${item.style}`, ...(item.label === 'planted' ? [`format ${item.format}`] : [])];
    for (const score of [total, ...keys.map((k) => by.get(k) ?? by.set(k, empty()).get(k)!)]) {
      if (item.label === 'planted') {
        score.planted += 1;
        if (reason) score.caught += 1;
      } else {
        score.ordinary += 1;
        if (reason) score.falsePositives += 1;
      }
    }
    if (Boolean(reason) !== (item.label === 'planted')) errors.push({ ...item, reason });
  }
  return { total, by, errors };
}

function line(name: string, s: Score): string {
  const recall = s.planted ? `recall ${s.caught}/${s.planted} (${((100 * s.caught) / s.planted).toFixed(1)} %)` : '';
  const fp = s.ordinary ? `ordinary flagged ${s.falsePositives}/${s.ordinary}` : '';
  const flagged = s.caught + s.falsePositives;
  const precision = flagged ? `precision ${((100 * s.caught) / flagged).toFixed(1)} %` : '';
  return `  ${name.padEnd(26)} ${[recall, fp, precision].filter(Boolean).join(', ')}`;
}

function report(file: string, showErrors: boolean): Score {
  const items = JSON.parse(readFileSync(join(REPO_ROOT, 'eval', 'injection', file), 'utf8')) as Item[];
  const { total, by, errors } = scoreSet(items);
  console.log(`${file} (${items.length} items)`);
  console.log(line('all', total));
  for (const key of [...by.keys()].sort()) console.log(line(key, by.get(key)!));
  if (errors.length) console.log(`  errors: ${errors.map((e) => `${e.id} (${e.label})`).join(', ')}`);
  if (!showErrors) return total;
  for (const e of errors) console.log(`\n  ${e.id} ${e.label} ${e.lang} ${e.style}: ${e.text}\n    → ${e.reason ?? 'not flagged'}`);
  return total;
}

const showErrors = process.argv.includes('--errors');
report('tune.json', showErrors);
console.log('');
report('tune-2.json', showErrors);
console.log('');
report('held-out.json', false);
console.log('');
report('held-out-2.json', false);
