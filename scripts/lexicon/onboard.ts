/**
 * Word counts of Onboard's system language models (Debian `onboard-data`,
 * GPL-3.0-or-later): ARPA-style text files whose `\1-grams:` section holds one
 * "count word" line per word form. `scripts/lexicon/install-sources.sh`
 * unpacks the package under .cache/debian/ (installing it would pull in the
 * on-screen keyboard and GTK); an installed copy in /usr/share is read too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';

const MODEL_DIRS = [join(REPO_ROOT, '.cache', 'debian', 'onboard-data', 'usr', 'share', 'onboard', 'models'), '/usr/share/onboard/models'];

/** A word: letters, with inner hyphens or apostrophes ("peut-être"); no numbers, no `<s>`-style markers. */
const WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/** The path of a language model ("fr_FR"), or an error that says how to get it. */
export function onboardModel(name: string): string {
  const dir = MODEL_DIRS.find((d) => existsSync(join(d, `${name}.lm`)));
  if (!dir)
    throw new Error(`Onboard language model ${name}.lm not found in ${MODEL_DIRS.join(' or ')}: run scripts/lexicon/install-sources.sh`);
  return join(dir, `${name}.lm`);
}

/** Word counts of a model, case folded (counts of "Paris" and "paris" added up). */
export function readOnboardUnigrams(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  let inUnigrams = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('\\')) {
      inUnigrams = line.startsWith('\\1-grams:');
      continue;
    }
    if (!inUnigrams) continue;
    const [count, form] = line.trim().split(/\s+/);
    if (!form || !WORD.test(form) || !(Number(count) > 0)) continue;
    const word = form.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + Number(count));
  }
  return counts;
}

/** The `size` most frequent words of a model, most frequent first (ties in word order, so the list is stable). */
export function onboardRanking(path: string, size: number): string[] {
  return [...readOnboardUnigrams(path)]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([word]) => word);
}
