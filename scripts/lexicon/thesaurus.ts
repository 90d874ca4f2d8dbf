/**
 * Reads a LibreOffice thesaurus in MyThes format (Debian's mythes-fr and mythes-es: a `.dat` whose first line names
 * its encoding, then "word|number of meanings" and one "(part of speech)|synonym|synonym|…" line per meaning), and
 * keeps the synonyms two words agree on.
 */
import { readFileSync } from 'node:fs';

/** Synonyms kept per word. */
const KEPT = 4;
/** Synonyms two words must share for their pair to count: a word listed under a broad one is often another sense. */
const SHARED = 2;
/** A list this short is a narrow word's (usager: client, utilisateur): a mutual pair of two such words is kept as is. */
const SHORT_LIST = 3;

/** Word (lower case) → the union of its meanings' synonyms (lower case). */
export function readMyThes(path: string): Map<string, Set<string>> {
  const bytes = readFileSync(path);
  const firstLine = bytes.subarray(0, bytes.indexOf(10)).toString('latin1').trim();
  const encoding = /^utf-?8$/i.test(firstLine) ? 'utf-8' : 'latin1';
  const lines = new TextDecoder(encoding).decode(bytes).split('\n');
  const out = new Map<string, Set<string>>();
  for (let i = 1; i < lines.length; ) {
    const head = lines[i].trim().match(/^(.+)\|(\d+)$/);
    i += 1;
    if (!head) continue;
    const word = head[1].toLowerCase();
    const synonyms = out.get(word) ?? new Set<string>();
    for (const line of lines.slice(i, i + Number(head[2]))) {
      for (const s of line.split('|').slice(1)) if (s.trim()) synonyms.add(s.trim().toLowerCase());
    }
    i += Number(head[2]);
    out.set(word, synonyms);
  }
  return out;
}

/**
 * Each word's synonyms that list it back, and share at least two synonyms with it, most shared first: the
 * thesaurus lists every sense of a word in one line ("continuer" lists "poursuivre" and "acronyme"), and a pair
 * whose lists overlap is a pair of one sense ("continuer" and "poursuivre" share 23 synonyms; "acronyme", none).
 */
export function mutualSynonyms(thesaurus: Map<string, Set<string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [word, synonyms] of thesaurus) {
    const scored: Array<{ synonym: string; shared: number }> = [];
    for (const synonym of synonyms) {
      const back = thesaurus.get(synonym);
      if (!back?.has(word) || synonym === word) continue;
      let shared = 0;
      for (const s of back) if (synonyms.has(s)) shared += 1;
      const narrow = synonyms.size <= SHORT_LIST && back.size <= SHORT_LIST;
      if (shared >= SHARED || narrow) scored.push({ synonym, shared });
    }
    scored.sort((a, b) => b.shared - a.shared || a.synonym.localeCompare(b.synonym));
    if (scored.length) out.set(word, scored.slice(0, KEPT).map((s) => s.synonym));
  }
  return out;
}

/**
 * The synonyms of a thesaurus kept for the lexicon: French questions on French documents have no translation to
 * bridge their words ("homologation" → "approbation", "lien" → "relation"). The thesaurus lists a word's senses in no
 * order, so a common word's are too many ("entre" → "début", the senses of "entrée"), and a common synonym meets any
 * clause: `uncommon` keeps both sides of a pair out of the language's most common words.
 */
export function thesaurusSynonyms(path: string, uncommon: (word: string) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [word, synonyms] of mutualSynonyms(readMyThes(path))) {
    const kept = uncommon(word) ? synonyms.filter(uncommon) : [];
    if (kept.length) out.set(word, kept);
  }
  return out;
}
