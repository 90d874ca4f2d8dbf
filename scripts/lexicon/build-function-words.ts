/**
 * `npx tsx scripts/lexicon/build-function-words.ts`: compiles the function words a question's concepts leave out
 * (retrieval/query/data/function-words.json) from the Snowball stop word lists as Debian ships them in
 * liblingua-stopwords-perl (installed by `scripts/lexicon/install-sources.sh`). Those lists hold the forms of the
 * auxiliaries ("having", "estaban", "hubiera", "fûmes"), pronouns and contractions ("itself", "weren't", "cannot")
 * that the `stopword` package's shorter lists lack, and which a chat question carries in numbers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../retrieval/config.ts';
import { tokenize } from '../../retrieval/query/analyze.ts';
import type { Lang } from '../../retrieval/types.ts';

const PERL = '/usr/share/perl5/Lingua/StopWords';
const FILES: Record<Lang, string> = { en: 'EN.pm', fr: 'FR.pm', es: 'ES.pm' };
/**
 * Words of the lists that are content here: "los Estados Miembros" (the participle of "estar" is the Member States'
 * noun), and the particles of phrasal verbs the lexicon reads whole ("shut down", "kick off").
 */
const KEPT = new Set(['estado', 'estados', 'estada', 'estadas', 'down', 'off']);

/** The words of a Lingua::StopWords module: its `qw( … )` list, UTF-8. */
function snowballList(file: string): string[] {
  const source = readFileSync(join(PERL, file), 'utf8');
  const list = /sub _stopwords \{\s*return qw\(([^)]*)\)/.exec(source)?.[1];
  if (!list) throw new Error(`${file}: no stop word list found; is liblingua-stopwords-perl installed?`);
  return list.split(/\s+/).filter(Boolean);
}

const version = /our \$VERSION\s*=\s*([\d.]+)/.exec(readFileSync(join(PERL, FILES.en), 'utf8'))?.[1] ?? '?';
const debian = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'liblingua-stopwords-perl'], { encoding: 'utf8' }).trim();
const words = Object.fromEntries(
  (Object.keys(FILES) as Lang[]).map((lang) => {
    // As analysis reads them: "weren't" is the tokens "weren" and "t"; a letter alone is no word.
    const tokens = snowballList(FILES[lang]).flatMap((w) => tokenize(w, false, lang).filter((t) => t.length > 1));
    return [lang, [...new Set(tokens)].filter((w) => !KEPT.has(w)).sort()];
  }),
) as Record<Lang, string[]>;

const out = {
  about:
    'Function words a question concept leaves out, per language, as analysis tokenizes them (accents folded, ' +
    '"weren\'t" → "weren"). Snowball stop word lists, without the words that are content here (estado, estados, ' +
    'estada, estadas; the particles down, off). Built by scripts/lexicon/build-function-words.ts.',
  source: {
    name: `Snowball stop word lists (Perl Lingua::StopWords ${version})`,
    debian: `liblingua-stopwords-perl ${debian}`,
    licence: 'Artistic or GPL-1+ (the lists: Snowball, BSD-3-Clause)',
    url: 'https://snowballstem.org/',
  },
  ...words,
};
const path = join(REPO_ROOT, 'retrieval', 'query', 'data', 'function-words.json');
writeFileSync(path, `${JSON.stringify(out, null, 1)}\n`);
console.log(`${path}: en ${words.en.length}, fr ${words.fr.length}, es ${words.es.length}`);
