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
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0].replace(/_/g, ' ');
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount, fields.length - synsetCount + senses).map(Number);
      const words = offsets.flatMap(synsetAt).filter((w) => w !== lemma);
      if (words.length) out.set(lemma, [...new Set([...(out.get(lemma) ?? []), ...words])]);
    }
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
