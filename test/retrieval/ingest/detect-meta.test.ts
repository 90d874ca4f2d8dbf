import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../../retrieval/ingest/detect-meta.ts';

const BANNER =
  '\tUNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS\nBUREAU DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS\n\n\tGenève, le 3 mars 2026\n';

describe('metadata of a document the manifest does not know', () => {
  it('names a letter by its subject and its reference, not by the banner it opens with', () => {
    const text =
      `${BANNER}\tRéf.:\n\tCirculaire TSB 112\n\tObjet:\n` +
      '\tCréation du Groupe spécialisé FG-AIHealthSec et tenue de sa première réunion\n\nMadame, Monsieur,\n1\tÀ la suite de …';
    expect(detectMeta('documents/101_fg.txt', text)).toMatchObject({
      id: '101-fg',
      title: 'Création du Groupe spécialisé FG-AIHealthSec et tenue de sa première réunion',
      short: 'Circulaire TSB 112',
      language: 'fr',
    });
  });

  it('names a resolution by its number line and the topic under it, not by a line that cites other resolutions', () => {
    const text =
      '\tINTERNATIONAL TELECOMMUNICATION UNION\n\tPLENIPOTENTIARY CONFERENCE (PP-26)\n\tDoha, 9-27 November 2026\n' +
      'Resolution 130 (Rev. Bucharest, 2022) of this conference, on strengthening the role of ITU in building confidence;\n' +
      "[bookmark: Res217]RESOLUTION 217 (Doha, 2026)\nITU's role in the security of satellite and non-terrestrial networks\n" +
      'The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nrecalling\n';
    expect(detectMeta('300_res.txt', text)).toMatchObject({
      title: "Resolution 217 (Doha, 2026): ITU's role in the security of satellite and non-terrestrial networks",
      short: 'Resolution 217',
      language: 'en',
    });
  });

  it('names a report by its "report of" line and the heading under it, and by its document number', () => {
    const text =
      '\tConseil 2026\n\tGenève, 9-19 juin 2026\n\tDocument C26/27-F\n\t15 avril 2026\n\tRapport de la Secrétaire générale\n' +
      "\tACTIVITÉS DE L'UIT RELATIVES À LA PROTECTION EN LIGNE DES ENFANTS\nLe présent rapport rend compte des activités menées …";
    expect(detectMeta('102_report.txt', text)).toMatchObject({
      title: "Rapport de la Secrétaire générale: ACTIVITÉS DE L'UIT RELATIVES À LA PROTECTION EN LIGNE DES ENFANTS",
      short: 'C26/27',
    });
  });

  it('takes the first line of ordinary text otherwise, never a banner or a date line', () => {
    const text = `${BANNER}\nLes lignes directrices suivantes ont été adoptées par le Groupe.\n`;
    expect(detectMeta('guide.txt', text).title).toBe('Les lignes directrices suivantes ont été adoptées par le Groupe.');
  });
});
