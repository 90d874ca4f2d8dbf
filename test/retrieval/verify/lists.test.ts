import { describe, expect, it } from 'vitest';
import { listsOf } from '../../../retrieval/verify/lists.ts';
import { ruleReasons } from './corpus-checker.ts';

const reasons = ruleReasons();
const added = (text: string, id: string, lang: 'en' | 'fr' | 'es') => reasons(text, id, lang).filter((r) => r.includes('does not say'));

// "… approuvé 36 Recommandations nouvelles ou révisées sur la sécurité de l'intelligence artificielle, …, l'informatique en
// nuage, l'Internet des objets (IoT), …, la distribution de clés quantiques, le contrôle des accès, …"
const SG17 = 'c25-18:s2.1';
// "de renforcer la coopération avec les organisations et parties prenantes concernées, y compris avec le secteur privé, afin
// d'encourager le développement et l'adoption de plates-formes, d'applications et de services IoT;"
const COOPERATION = 'wtdc17-acp-2:instructs-the-director-of-bdt:3';

describe('a member added to the clause’s list', () => {
  it('reads a list’s items, the leading words cut off', () => {
    // A piece longer than an item ("des Recommandations portant sur l'informatique en nuage") ends the list.
    const text = "des Recommandations portant sur l'informatique en nuage, la distribution de clés quantiques et la chaîne de blocs";
    expect(listsOf(text, 'fr')).toEqual([['la distribution de clés quantiques', 'la chaîne de blocs']]);
    expect(listsOf('cloud computing, quantum key distribution and access control, which SG17 approved', 'en')).toEqual([
      ['cloud computing', 'quantum key distribution', 'access control'],
    ]);
  });

  it('flags an item the clause does not list beside items it does', () => {
    const sg17 = 'La CE 17 a approuvé 36 Recommandations sur le nuage, la distribution de clés quantiques et la chaîne de blocs [1].';
    expect(added(sg17, SG17, 'fr')).toEqual(['weak-support: the cited clause does not say "la chaine de blocs"']);
    const cooperation =
      "Il s'agit de renforcer la coopération avec les parties prenantes, notamment le secteur privé et les milieux universitaires [1].";
    expect(added(cooperation, COOPERATION, 'fr')).toEqual(['weak-support: the cited clause does not say "les milieux universitaires"']);
  });

  it('accepts the clause’s own members, and leaves lists across languages alone', () => {
    const sg17 = 'La CE 17 a approuvé 36 Recommandations sur le nuage, la distribution de clés quantiques et le contrôle des accès [1].';
    expect(added(sg17, SG17, 'fr')).toEqual([]);
    const english = 'SG17 approved 36 Recommendations on cloud computing, quantum key distribution and blockchain [1].';
    expect(added(english, SG17, 'en')).toEqual([]);
  });
});

describe('infinitives coordinated by their particle', () => {
  // GCA Guidelines, Section 4 a): "L'UIT devrait continuer à aider les pays en développement, … à concevoir et à mettre en
  // place des équipes CIRT nationales et d'autres unités/organisations techniques connexes."
  const CIRT = 'c22-32-gca:section-4:a';
  const PARTNERS = 'c22-32-gca:section-6:d';
  const lead = "L'UIT devrait continuer d'aider les pays en développement, les PMA et les PEID à concevoir, à mettre en place";

  it('reads the object after the last verb as shared: a verb the clause does not have is added', () => {
    expect(added(`${lead} et à financer des équipes CIRT nationales [1].`, CIRT, 'fr')).toEqual([
      'weak-support: the cited clause does not say "a financer"',
    ]);
  });

  it("accepts the clause's own verbs, and noun complements opened by the same particle", () => {
    expect(added("L'UIT devrait aider les PEID à concevoir et à mettre en place des équipes CIRT nationales [1].", CIRT, 'fr')).toEqual([]);
    // "… compte tenu de l'évolution rapide du secteur technologique et de l'apparition de nouvelles entités …"
    const partners =
      "L'UIT devrait continuer d'explorer des mécanismes souples et novateurs de partenariat [1], compte tenu de l'évolution " +
      "rapide du secteur technologique et de l'apparition de nouvelles entités, notamment les start-up et les MPME.";
    expect(added(partners, PARTNERS, 'fr')).toEqual([]);
  });
});

describe('examples the clause does not give', () => {
  // Res. 98, invites ITU-T members, 5: "à prendre les mesures nécessaires pour faciliter la croissance de l'Internet des
  // objets pour ce qui est des domaines tels que l'élaboration de normes.;"
  const GROWTH = 'wtsa-res-98:invites-itu-t-members:5';
  const lead = "Les membres sont invités à prendre les mesures nécessaires pour faciliter la croissance de l'IoT dans des domaines";

  // ACP-2, noting a): "… aura d'importantes retombées dans de nombreux secteurs différents, notamment dans les secteurs de
  // l'énergie, des transports, de la santé, de l'agriculture, etc.;"
  const SECTORS = 'wtdc17-acp-2:noting:a';
  const sectors = 'The IoT is expected to have a major impact across many different sectors, including energy, transport, health';

  it('rejects an example none of whose concepts the clause carries, across languages when every word is known', () => {
    expect(added(`${lead} tels que la gestion du spectre [1].`, GROWTH, 'fr')).toEqual([
      'weak-support: the cited clause does not say "la gestion du spectre"',
    ]);
    expect(added(`${sectors} and finance [1].`, SECTORS, 'en')).toEqual(['weak-support: the cited clause does not say "finance"']);
  });

  it("accepts the clause's own examples, a comma after the example, and a word no resource knows", () => {
    expect(added(`${lead} tels que l'élaboration de normes [1].`, GROWTH, 'fr')).toEqual([]);
    expect(added(`${sectors} and agriculture [1].`, SECTORS, 'en')).toEqual([]);
    const apposition = 'Resolutions that could be related, such as Resolutions 50 and 77, do not deal with the IoT either [1].';
    expect(added(apposition, 'wtdc17-acp-2:reasons:para-2', 'en')).toEqual([]);
    expect(added('Se invita a facilitar el crecimiento de la IoT en ámbitos como, por ejemplo, las mipymes [1].', GROWTH, 'es')).toEqual(
      [],
    );
  });
});
