/**
 * Rules met on the kinds of document no earlier corpus had (eval/unseen/tune-6, tune-en-6): Council guidelines, a
 * liaison statement, a regional common proposal, a Secretary-General's report. Each faithful sentence here was
 * rejected, and each unfaithful one is still caught.
 */
import { describe, expect, it } from 'vitest';
import { ruleReasons } from './corpus-checker.ts';

const AFCP = 'wtsa32-afcp-41a21';

describe('the ATU common proposal and the smart-building guidelines (tune-6, French)', () => {
  const reasons = ruleReasons('eval/unseen/tune-6/corpus');

  it('reads "OIAB 9-204" as a code, and a restriction "ne … qu\'à partir de" however far its two words are apart', () => {
    // "… la spécification OIAB 9-204 ne prendra en charge l'authentification mutuelle … qu'à partir de sa version 3.0 …"
    const text =
      'Según la respuesta del CT 9 de la OIAB, la especificación OIAB 9-204 solo admitirá la autenticación mutua entre la ' +
      'plataforma del mantenedor y el controlador del ascensor a partir de su versión 3.0, prevista para 2033 [1].';
    expect(reasons(text, `${AFCP}:noting:b`, 'es')).toEqual([]);
  });

  it('finds a region in its adjective: "22 pays d\'Afrique" is "22 pays africains"', () => {
    const text = "L'atelier de Casablanca a réuni 164 participants de 41 pays, dont 22 pays d'Afrique [1].";
    expect(reasons(text, `${AFCP}:noting:c`, 'fr')).toEqual([]);
    const elsewhere = "L'atelier de Casablanca a réuni 164 participants de 41 pays, dont 22 pays d'Asie [1].";
    expect(reasons(elsewhere, `${AFCP}:noting:c`, 'fr').join(' ')).toContain('asie');
  });

  it('finds a share the sentence works out from two counts of the clause ("19 des 31 … soit environ 61 %")', () => {
    const share = (n: number) =>
      `Selon l'enquête de l'UAT, 19 des 31 administrations ayant répondu, soit environ ${n} %, n'avaient aucun cadre réglementaire [1].`;
    expect(reasons(share(61), `${AFCP}:considering:c`, 'fr')).toEqual([]);
    expect(reasons(share(75), `${AFCP}:considering:c`, 'fr').join(' ')).toContain('"75" is not in the cited clause');
  });

  it('reads "Section 3 et … Section 4 des Lignes directrices" as giving the guidelines to both sections', () => {
    const text = "La déclaration de liaison donne suite au point c) de la Section 3 des Lignes directrices de 2030 [1].";
    expect(reasons(text, 'sg17-ls147-oiab-ct9:declaration-de-liaison:p1', 'fr')).toEqual([]);
  });

  it('reads an apposition saying where the thing is cited as a pointer, not a claim ("…, citée par le projet, …")', () => {
    const text =
      "La Rés. 121 (Jakarta, 2028) de l'AMNT, citée par le projet, s'intitule « Sécurité de l'Internet des objets dans " +
      'les villes et communautés intelligentes » [1].';
    expect(reasons(text, `${AFCP}:recalling:b`, 'fr')).toEqual([]);
    const added =
      "La Rés. 121 (Jakarta, 2028) de l'AMNT, adoptée à l'unanimité après un long débat entre les délégations, s'intitule " +
      '« Sécurité de l\'Internet des objets dans les villes et communautés intelligentes » [1].';
    expect(reasons(added, `${AFCP}:recalling:b`, 'fr').join(' ')).toContain('weak-support');
  });

  it('reads a verb that reports what a text provides for as a hedge ("prevén que la UIT organice")', () => {
    const text = 'Las directrices prevén que la UIT organice entre 2030 y 2032 al menos un taller regional en cada región [1].';
    expect(reasons(text, 'council-c30-38-smart-buildings-guidelines:section-6:b', 'es')).toEqual([]);
  });
});

describe("the Secretary-General's report to Council on consumer IoT labels (tune-en-6, English)", () => {
  const reasons = ruleReasons('eval/unseen/tune-en-6/corpus');
  const polarity = (text: string, id: string) => reasons(text, id, 'en').filter((r) => r.startsWith('wrong-polarity'));

  it('binds "19" in "seven of the 19 schemes" to the whole, and keeps "mandatory" where the clause says it', () => {
    // "… listed 19 national and regional schemes … Seven of these schemes are mandatory … and 12 are voluntary."
    const text = 'Seven of the 19 schemes in the Register are mandatory for at least one device category [1].';
    expect(reasons(text, 'c33-41-sg-report-res231:s2.1', 'en')).toEqual([]);
  });

  it('catches two values the sentence swaps between the statements of one clause sentence', () => {
    // "… acknowledge a vulnerability report within 7 days, provide the reporter with a status update within 30 days …"
    const P4 = 'sg17-ls187-iot-labels:liaison-statement:p4';
    const swapped =
      'The baseline text proposes that manufacturers acknowledge a vulnerability report within 30 days and give the reporter ' +
      'a status update within 7 days [1].';
    expect(reasons(swapped, P4, 'en').join(' ')).toContain('the clause gives each to what the sentence gives the other');
    const kept =
      'The baseline text proposes that manufacturers acknowledge a vulnerability report within 7 days and give the reporter ' +
      'a status update within 30 days [1].';
    expect(reasons(kept, P4, 'en')).toEqual([]);
  });

  it('reads "only if" as the condition "subject to" states, and "unless" as the denial "without" carries', () => {
    const onlyIf = 'The round table on mutual recognition can only take place if extra-budgetary resources are available [1].';
    expect(polarity(onlyIf, 'c33-41-sg-report-res231:s6.2')).toEqual([]);
    const unless = 'Unless test reports are mutually recognized, divergent schemes risk increasing costs for manufacturers [1].';
    expect(polarity(unless, 'c33-41-sg-report-res231:s6.1')).toEqual([]);
    // "Only" with no condition is still a restriction the clause does not make.
    const only = 'Only the Secretary-General may convene the round table on mutual recognition of labels [1].';
    expect(polarity(only, 'c33-41-sg-report-res231:s6.2').join(' ')).toContain('"only"');
  });
});
