/**
 * Reads English synonyms from WordNet 3.0 (Debian's wordnet-base:
 * index.POS lists a lemma's synsets, most frequent sense first; data.POS
 * holds each synset's words).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;

/** Lemma → the other words of its first `senses` synsets, per part of speech, most frequent sense first. */
export function readWordNetSynonyms(dir: string, senses = 2): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pos of POS) {
    const data = readFileSync(join(dir, `data.${pos}`), 'latin1');
    const synsetAt = (offset: number) => synsetWords(data, offset);
    for (const [entry, offsets] of firstSenses(dir, pos, senses)) {
      const lemma = entry.replace(/_/g, ' ');
      const words = offsets.flatMap(synsetAt).filter((w) => w !== lemma);
      if (words.length) out.set(lemma, [...new Set([...(out.get(lemma) ?? []), ...words])]);
    }
  }
  return out;
}

/**
 * Noun (or verb) lemma → the words of the synsets its first `senses` senses are a kind of ("gadget" → "device",
 * "checklist" → "list", "cutoff" → "limit"; "keep going" → "continue"): the "@" pointers of its synsets.
 */
export function readWordNetHypernyms(dir: string, senses = 1, pos: 'noun' | 'verb' = 'noun'): Map<string, string[]> {
  const data = readFileSync(join(dir, `data.${pos}`), 'latin1');
  const out = new Map<string, string[]>();
  for (const [entry, offsets] of firstSenses(dir, pos, senses)) {
    const lemma = entry.replace(/_/g, ' ');
    // A verb at the top of WordNet's tree ("act, move", "change", "make") is a kind of anything: no sense of a phrase.
    const kinds = (o: number) => hypernymsOf(data, o, pos[0]).filter((h) => pos === 'noun' || hypernymsOf(data, h, 'v').length);
    const words = offsets.flatMap((o) => kinds(o).flatMap((h) => synsetWords(data, h)));
    if (words.length) out.set(lemma, [...new Set(words)].filter((w) => w !== lemma));
  }
  return out;
}

/** The offsets of the synsets of a part of speech ("n", "v") a synset's "@" pointers lead to. */
function hypernymsOf(data: string, offset: number, pos: string): number[] {
  const fields = data.slice(offset, data.indexOf('\n', offset)).split(' ');
  const at = 4 + 2 * parseInt(fields[3], 16);
  const out: number[] = [];
  for (let k = 0, i = at + 1; k < Number(fields[at]); k += 1, i += 4) {
    if (fields[i] === '@' && fields[i + 2] === pos) out.push(Number(fields[i + 1]));
  }
  return out;
}

/** WordNet's multiword verbs ("set up", "take part", "find out"), from index.verb. */
export function readWordNetPhrasalVerbs(dir: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(join(dir, 'index.verb'), 'latin1').split('\n')) {
    const lemma = line.split(' ', 1)[0];
    if (lemma.includes('_') && !line.startsWith(' ')) out.add(lemma.replace(/_/g, ' '));
  }
  return out;
}

/** Each lemma of index.POS as written there ("set_up"), with the offsets of its first `senses` synsets, most frequent first. */
function* firstSenses(dir: string, pos: (typeof POS)[number], senses: number): Generator<[string, number[]]> {
  for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number(fields[2]);
    yield [fields[0], fields.slice(fields.length - synsetCount, fields.length - synsetCount + senses).map(Number)];
  }
}

/** The words of the synset at a byte offset of data.POS ("offset lexfile type w_cnt word lex_id …", w_cnt in hex). */
function synsetWords(data: string, offset: number): string[] {
  const line = data.slice(offset, data.indexOf('\n', offset));
  const fields = line.split(' ');
  const count = parseInt(fields[3], 16);
  const words: string[] = [];
  for (let i = 0; i < count; i += 1)
    words.push(
      fields[4 + 2 * i]
        .replace(/\(.*\)$/, '')
        .replace(/_/g, ' ')
        .toLowerCase(),
    );
  return words;
}

/**
 * Lemma → its direct antonyms in WordNet ("strengthen" → "weaken", "public" → "private"), read from the "!" pointers of
 * its first `senses` synsets: lexical pointers, so only the lemma's own opposite, not its synset mates'.
 */
export function readWordNetAntonyms(dir: string, senses = 2): Map<string, string[]> {
  return readLexicalPointers(dir, '!', POS, senses);
}

/**
 * Lemma → the words WordNet derives from its first `senses` senses or derives it from ("decide" → "decision",
 * "register" → "registration"): the "+" pointers of its synsets that start at the lemma itself (lexical pointers), to
 * nouns and verbs; single words only.
 */
export function readWordNetDerivations(dir: string, senses = 2): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [lemma, words] of readLexicalPointers(dir, '+', ['noun', 'verb'], senses, 'nv')) {
    const single = words.filter((w) => !w.includes(' ') && w !== lemma);
    if (!lemma.includes(' ') && single.length) out.set(lemma, single);
  }
  return out;
}

/**
 * Lemma → the words the lexical pointers of one symbol give it from its first `senses` synsets, of the parts of speech
 * `poses`, to words of the parts of speech whose letters `targets` lists.
 */
function readLexicalPointers(dir: string, symbol: string, poses: ReadonlyArray<(typeof POS)[number]>, senses: number, targets = 'nvasr') {
  const out = new Map<string, string[]>();
  const data = Object.fromEntries(POS.map((pos) => [pos, readFileSync(join(dir, `data.${pos}`), 'latin1')]));
  const all: Record<string, string> = { n: data.noun, v: data.verb, a: data.adj, s: data.adj, r: data.adv };
  const byLetter = Object.fromEntries(Object.entries(all).filter(([letter]) => targets.includes(letter)));
  for (const pos of poses) {
    for (const [lemma, offsets] of firstSenses(dir, pos, senses)) {
      for (const offset of offsets) {
        for (const word of lexicalPointers(data[pos], offset, lemma, symbol, byLetter)) {
          const list = out.get(lemma.replace(/_/g, ' ')) ?? [];
          if (!list.includes(word)) list.push(word);
          out.set(lemma.replace(/_/g, ' '), list);
        }
      }
    }
  }
  return out;
}

/**
 * The words a synset's lexical pointers of one symbol give one of its words ("! offset pos SSTT" for an antonym, "+" for
 * a derivation: source word SS, target word TT of the target synset).
 */
function lexicalPointers(data: string, offset: number, lemma: string, symbol: string, byLetter: Record<string, string>): string[] {
  const fields = data.slice(offset, data.indexOf('\n', offset)).split(' ');
  const count = parseInt(fields[3], 16);
  const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  const at = words.indexOf(lemma) + 1;
  let i = 4 + 2 * count;
  const pointers = Number(fields[i]);
  const out: string[] = [];
  for (i += 1; pointers > 0 && i < fields.length; i += 4) {
    const [sym, target, pos, sourceTarget] = fields.slice(i, i + 4);
    if (sym === '|' || sym === undefined) break;
    if (sym === symbol && at > 0 && parseInt(sourceTarget.slice(0, 2), 16) === at && byLetter[pos]) {
      const word = synsetWords(byLetter[pos], Number(target))[parseInt(sourceTarget.slice(2), 16) - 1];
      if (word) out.push(word);
    }
  }
  return out;
}
