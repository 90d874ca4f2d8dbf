/**
 * Streaming that shows only verified text: the model's deltas are held
 * until a sentence is complete, checked by the rules, and passed on only
 * when it passes (confidently, when the judge would otherwise see it). At
 * the first sentence that does not, nothing more is shown until the final,
 * verified answer replaces the partial text. A rejected sentence is never shown.
 */
import { splitSentences, type SplitSentence } from '../verify/split.ts';
import { checkSentence, renumber, type SupportChecker } from './verify.ts';

export class VerifiedStream {
  private shown = 0;
  private halted = false;

  constructor(
    private readonly checker: SupportChecker,
    private readonly onPartial: (textSoFar: string) => void,
    /** A sentence must pass confidently: the judge will not see it again. */
    private readonly needConfidence: boolean,
  ) {}

  /** The model's text so far; every sentence but the last is complete. */
  readonly push = (textSoFar: string): void => {
    if (this.halted) return;
    const lines = textSoFar.split('\n');
    const sentences = lines.flatMap((line, n) => splitSentences(line).map((s) => ({ s, n, complete: true })));
    // The last sentence may still be growing, unless its line has ended.
    if (sentences.length) sentences[sentences.length - 1].complete = /\n\s*$/.test(textSoFar);
    let passed = this.shown;
    for (let i = this.shown; i < sentences.length && sentences[i].complete; i += 1) {
      const report = checkSentence(sentences[i].s, this.checker);
      if (!report.ok || (this.needConfidence && !report.confident)) {
        this.halted = true;
        break;
      }
      passed = i + 1;
    }
    if (passed === this.shown) return;
    this.shown = passed;
    this.onPartial(this.render(sentences.slice(0, passed)));
  };

  private render(sentences: Array<{ s: SplitSentence; n: number }>): string {
    const cited: number[] = [];
    for (const { s } of sentences) for (const n of s.cites) if (this.checker.sources[n - 1] && !cited.includes(n)) cited.push(n);
    const lines = new Map<number, string[]>();
    for (const { s, n } of sentences) lines.set(n, [...(lines.get(n) ?? []), s.raw]);
    return renumber([...lines.values()].map((l) => l.join(' ')).join('\n'), cited)
      .replace(/\s+([.,;:!?])/g, '$1')
      .trim();
  }
}
