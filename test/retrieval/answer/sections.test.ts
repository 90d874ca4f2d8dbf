import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../retrieval/answer/messages.ts';
import { briefSections, composeSections, mandateSections, type Section } from '../../../retrieval/answer/sections.ts';
import type { Answer } from '../../../retrieval/types.ts';
import { SEED_DOCS, seedStages } from '../../helpers/seed-corpus.ts';

const { store, retriever } = seedStages();
const DATE = /\b\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\b/u;
const CIRCULAR = SEED_DOCS.find((d) => d.id === 'tsb-circ-67')!;

/** "*Title*" headings and the "• label: “quote” [n]" lines under each. */
function outline(a: Answer): Array<{ title: string; lines: string[] }> {
  const out: Array<{ title: string; lines: string[] }> = [];
  for (const line of a.answer.split('\n')) {
    if (/^\*.+\*$/.test(line)) out.push({ title: line.slice(1, -1), lines: [] });
    else out.at(-1)!.lines.push(line);
  }
  return out;
}

describe('the mandate brief', () => {
  it('has one section per mandate topic, titled in the asker’s language, each with its best clauses', async () => {
    const sections = await mandateSections(retriever, 'fr');
    expect(sections.map((s) => s.title)).toEqual([
      "Ce que c'est",
      'Pourquoi il existe',
      'Objectifs',
      'Méthodes de travail',
      'Qui le dirige',
      'Comment participer',
      'Dates et échéances',
    ]);
    const most = [1, 1, 3, 2, 1, 2, 2];
    sections.forEach((s, i) => {
      expect(s.hits.length, s.title).toBeLessThanOrEqual(most[i]);
      for (const h of s.hits) expect(h.coverage, h.clause.id).toBeGreaterThanOrEqual(0.3);
    });
    expect(sections[4].hits[0].clause.text).toContain('Bret Jordan');
    expect((await mandateSections(retriever, 'es'))[4].title).toBe('Quién lo coordina');
  });

  it('reads as headed bullet lists with one citation numbering across the answer', async () => {
    const a = composeSections('Mandat du JCG-IoTSec', 'fr', await mandateSections(retriever, 'fr'), store.docs);
    expect(a).toMatchObject({ abstained: false, mode: 'extractive', lang: 'fr', related: [], notes: [] });
    expect(a.citations.map((c) => c.n)).toEqual(a.citations.map((_, i) => i + 1));
    expect(new Set(a.citations.map((c) => c.id)).size).toBe(a.citations.length);
    const byLabel = new Map(a.citations.map((c) => [c.label, c.n]));
    let highest = 0;
    for (const { lines } of outline(a)) {
      for (const line of lines) {
        const m = /^• (.+?): “.+” \[(\d+)\]$/.exec(line);
        expect(m, line).not.toBeNull();
        const n = Number(m![2]);
        // A clause cited under two headings keeps its number; a new one takes the next.
        expect(n).toBe(byLabel.get(m![1]));
        expect(n).toBeLessThanOrEqual(highest + 1);
        highest = Math.max(highest, n);
      }
    }
  });

  it('quotes, under the dates heading, the sentence that holds the date', async () => {
    const a = composeSections('JCG-IoTSec mandate', 'en', await mandateSections(retriever, 'en'), store.docs);
    const dates = outline(a).find((s) => s.title === 'Dates and deadlines')!;
    expect(dates.lines.length).toBeGreaterThan(0);
    for (const line of dates.lines) expect(/“(.+)”/.exec(line)![1]).toMatch(DATE);
    // ¶ 8 opens with remote participation; the quote is its sentence with the deadline.
    expect(dates.lines.find((l) => l.startsWith('• Circular 67 › ¶ 8'))).toMatch(
      /“Veuillez soumettre vos contributions .* 10 septembre 2025 au plus tard\.”/,
    );
  });
});

describe('a brief of one document', () => {
  it('gives its purpose, its key points (one per heading) and its dated clauses, all from the document', async () => {
    const sections = await briefSections(retriever, store, '', 'en', CIRCULAR);
    expect(sections.map((s) => s.title)).toEqual(['Purpose', 'Key points', 'Dates and deadlines']);
    const [purpose, points, dates] = sections;
    expect(purpose.hits.map((h) => h.clause.label)).toEqual(['Circular 67 › ¶ 1']);
    expect(points.hits.length).toBeLessThanOrEqual(6);
    const headings = points.hits.map((h) => h.clause.label.split(' › ').slice(0, -1).join(' › '));
    expect(new Set(headings).size).toBe(headings.length);
    expect(dates.hits.length).toBeLessThanOrEqual(4);
    for (const h of dates.hits) expect(h.clause.text).toMatch(DATE);
    for (const h of sections.flatMap((s) => s.hits)) expect(h.clause.docId).toBe('tsb-circ-67');
  });

  it('quotes the same clause under the same number in two sections', async () => {
    const a = composeSections('Circular 67', 'en', await briefSections(retriever, store, '', 'en', CIRCULAR), store.docs);
    const p1 = a.answer.split('\n').filter((l) => l.startsWith('• Circular 67 › ¶ 1:'));
    expect(p1).toHaveLength(2);
    expect(p1.every((l) => l.endsWith('[1]'))).toBe(true);
  });
});

describe('a brief of a topic', () => {
  it('gives the points as close to the topic as the best one, and those of them that are dated', async () => {
    const [points, dates] = await briefSections(retriever, store, 'première réunion du JCG-IoTSec', 'fr');
    expect(points.title).toBe('Points clés');
    expect(points.hits.length).toBeGreaterThan(0);
    expect(points.hits.length).toBeLessThanOrEqual(6);
    const best = points.hits[0].coverage;
    for (const h of points.hits) expect(h.coverage).toBeGreaterThanOrEqual(Math.max(0.4, 0.75 * best) - 1e-9);
    expect(points.hits.map((h) => h.clause.id)).toContain('tsb-circ-67:p6');
    expect(dates.title).toBe('Dates et échéances');
    for (const h of dates.hits) {
      expect(points.hits).toContain(h);
      expect(h.clause.text).toMatch(DATE);
    }
  });

  it('abstains when nothing is close to the topic', async () => {
    const sections: Section[] = await briefSections(retriever, store, 'weather forecast in Paris tomorrow', 'en');
    expect(sections.every((s) => s.hits.length === 0)).toBe(true);
    const a = composeSections('weather forecast in Paris tomorrow', 'en', sections, store.docs);
    expect(a).toMatchObject({ answer: MESSAGES.en.abstain, abstained: true, citations: [] });
  });
});
