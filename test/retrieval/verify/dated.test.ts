import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// La première réunion du Groupe JCG-IoTSec se tiendra … à Genève, le 17 septembre 2025 de 13 heures à 14 heures …
// Elle aura lieu à l'occasion de la réunion de la Commission d'études 20 … qui se tiendra du 15 au 25 septembre 2025.
const MEETING = 'tsb-circ-67:p6';

describe('dates bound to their statement', () => {
  it('rejects the date and time of one statement of the clause given to another', () => {
    const sg20 = 'The SG20 meeting on the Internet of Things, digital twins and smart cities will take place on 17 September 2025';
    expect(reasons(`${sg20} from 13:00 to 14:00 [1].`, MEETING, 'en')).toEqual([
      expect.stringMatching(/^wrong-entity: "17 september 2025" is the date of another statement/),
      expect.stringMatching(/^wrong-entity: "13:00" is the date of another statement/),
      expect.stringMatching(/^wrong-entity: "14:00" is the date of another statement/),
    ]);
  });

  it('accepts each date with its own statement, and a sentence that joins both', () => {
    expect(
      reasons('The first JCG-IoTSec meeting will be held in Geneva on 17 September 2025 from 13:00 to 14:00 [1].', MEETING, 'en'),
    ).toEqual([]);
    expect(
      reasons(
        'The SG20 meeting on the Internet of Things, digital twins and smart cities runs from 15 to 25 September 2025 [1].',
        MEETING,
        'en',
      ),
    ).toEqual([]);
    expect(
      reasons(
        'The first JCG-IoTSec meeting, on 17 September 2025 from 13:00 to 14:00, takes place during the SG20 meeting [1].',
        MEETING,
        'en',
      ),
    ).toEqual([]);
  });
});
