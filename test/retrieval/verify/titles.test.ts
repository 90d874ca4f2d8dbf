import { describe, expect, it } from 'vitest';
import { titleTerms } from '../../../retrieval/verify/titles.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
// Res. 98 "invite les membres de l'UIT-T 3": "à coopérer et à échanger des données d'expérience et des connaissances sur ce
// sujetle développement dans le monde de l'Internet des objets et des villes et communautés intelligentes;" (title: "Enhancing
// the standardization of Internet of things and smart cities and communities for global development").
const INVITES = 'wtsa-res-98:invites-itu-t-members:3';

describe('title against body', () => {
  it("reads a title's subject, not the document's name before the colon", () => {
    const terms = titleTerms('WTSA Resolution 98 (Rev. Geneva, 2022): Enhancing the standardization of Internet of things');
    expect(terms.has('standard')).toBe(true);
    expect(terms.has('wtsa')).toBe(false);
  });

  it('rejects a sentence whose words the clause lacks are the title’s, in any language', () => {
    const fr =
      "La Rés. 98 a pour objet de renforcer la normalisation de l'IoT et des villes intelligentes pour le développement mondial [1].";
    expect(reasons(fr, INVITES, 'fr').join(' ')).toMatch(/document's title/);
    const en = 'Resolution 98 aims to enhance the standardization of IoT and smart cities for global development [1].';
    expect(reasons(en, INVITES, 'en').join(' ')).toMatch(/document's title/);
  });

  it('accepts what the clause says, with the title words it shares', () => {
    const said = "La Rés. 98 invite les membres à coopérer et à échanger des connaissances sur l'IoT et les villes intelligentes [1].";
    expect(reasons(said, INVITES, 'fr')).toEqual([]);
  });
});
