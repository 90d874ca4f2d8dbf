import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../retrieval/verify/analysis.ts';
import { tenureSwaps } from '../../../retrieval/verify/tenure.ts';
import type { Lang } from '../../../retrieval/types.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
const swapped = (text: string, id: string, lang: Lang) => reasons(text, id, lang).filter((r) => r.includes('the clause says'));

// GCA Guidelines § 1.2: "… Il demanderait l'avis du Conseil et de l'ancien Président du Groupe d'experts de haut niveau …"
const VIEWS = 'c22-32-gca:s1.2';

describe('an office held now that the clause says was held before', () => {
  it('rejects "current" for the clause\'s "ancien", in either order of the words and across languages', () => {
    const current = 'The Secretary-General would seek the views of the Council and of the current chair of the GCA expert group [1].';
    expect(swapped(current, VIEWS, 'en')).toEqual(['wrong-entity: "current chair": the clause says "ancien president"']);
    const actuel = "Le Secrétaire général demanderait l'avis du Conseil et du président actuel du Groupe HLEG [1].";
    expect(swapped(actuel, VIEWS, 'fr')).toEqual(['wrong-entity: "president actuel": the clause says "ancien president"']);
  });

  it('accepts the tenure the clause gives, and an office the clause also names without one', () => {
    const former = 'The Secretary-General would seek the views of the Council and of the former chair of the GCA expert group [1].';
    expect(swapped(former, VIEWS, 'en')).toEqual([]);
    const clause = (text: string) => [analyzeText(text, 'fr', new Map())];
    const none = () => [];
    const said = 'Le président actuel a présenté le rapport.';
    expect(tenureSwaps(said, 'fr', clause("L'ancien Président a présenté le rapport."), none)).toHaveLength(1);
    expect(tenureSwaps(said, 'fr', clause("Le Président du groupe et l'ancien Président ont présenté le rapport."), none)).toEqual([]);
  });
});
