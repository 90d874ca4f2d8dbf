import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutualSynonyms, readMyThes } from '../../scripts/lexicon/thesaurus.ts';

/** A MyThes file: "word|meanings", then one "(pos)|synonym|…" line per meaning. */
function thesaurus(encoding: string, entries: Record<string, string[][]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iotsec-thes-'));
  const entry = ([w, ms]: [string, string[][]]) => [`${w}|${ms.length}`, ...ms.map((m) => `(Verbe)|${m.join('|')}`)];
  const lines = [encoding, ...Object.entries(entries).flatMap(entry)];
  const path = join(dir, 'th.dat');
  writeFileSync(path, Buffer.from(lines.join('\n') + '\n', encoding === 'UTF-8' ? 'utf8' : 'latin1'));
  return path;
}

describe('the French thesaurus reader', () => {
  it('keeps the synonyms that list a word back and share synonyms with it, most shared first', () => {
    const path = thesaurus('UTF-8', {
      continuer: [['poursuivre', 'prolonger', 'durer', 'acronyme'], ['perpétuer']],
      poursuivre: [['continuer', 'prolonger', 'durer', 'chasser']],
      prolonger: [['continuer', 'poursuivre', 'durer']],
      acronyme: [['sigle', 'continuer']],
      usager: [['utilisateur']],
      utilisateur: [['usager', 'client']],
    });
    const kept = mutualSynonyms(readMyThes(path));
    // "acronyme" lists "continuer" back but shares nothing with it: another sense (an error of the list).
    expect(kept.get('continuer')).toEqual(['poursuivre', 'prolonger']);
    // Two narrow words that list each other are kept as they are.
    expect(kept.get('usager')).toEqual(['utilisateur']);
    rmSync(join(path, '..'), { recursive: true });
  });

  it('reads the encoding its first line names', () => {
    const path = thesaurus('ISO8859-1', { niño: [['crío', 'chaval']], crío: [['niño']] });
    expect([...readMyThes(path).keys()]).toEqual(['niño', 'crío']);
    rmSync(join(path, '..'), { recursive: true });
  });
});
