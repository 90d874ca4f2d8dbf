import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../retrieval/types.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// … avec le Comité des droits de l'enfant, l'UNICEF et plus de dix institutions cosignataires … une Déclaration commune
// interinstitutions sur l'intelligence artificielle et la protection en ligne des enfants, qui devrait être adoptée par le Comité
const STATEMENT = 'c25-18:s6.6';
// … l'Initiative "Her CyberTracks", soutenue par l'Agence allemande pour la coopération internationale (GIZ) et Microsoft …
const CYBERTRACKS = 'c25-18:s4.5';
const swaps = (text: string, id: string, lang: Lang) => reasons(text, id, lang).filter((r) => r.includes('gives that act'));

describe('the agent of a passive', () => {
  it('rejects the act given to another body the clause names, in each language', () => {
    const swapped: Array<[string, Lang]> = [
      ['The joint inter-agency statement on AI and child online protection is to be adopted by UNICEF in 2025 [1].', 'en'],
      ["La Déclaration commune sur l'IA et la protection en ligne des enfants devrait être adoptée par l'UNICEF en 2025 [1].", 'fr'],
      ['La Declaración conjunta sobre la IA y la protección de la infancia en línea será adoptada por UNICEF en 2025 [1].', 'es'],
    ];
    for (const [text, lang] of swapped) expect(swaps(text, STATEMENT, lang), text).toHaveLength(1);
  });

  it('passes the agent the clause gives, by any of its names, and an agent among several', () => {
    const faithful = 'The joint statement on AI and child online protection is to be adopted by the Committee in 2025 [1].';
    expect(swaps(faithful, STATEMENT, 'en')).toEqual([]);
    expect(swaps('Her CyberTracks is backed by GIZ and Microsoft [1].', CYBERTRACKS, 'en')).toEqual([]);
    expect(swaps('La iniciativa Her CyberTracks está respaldada por la GIZ y Microsoft [1].', CYBERTRACKS, 'es')).toEqual([]);
  });
});
