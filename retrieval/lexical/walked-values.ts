/**
 * Per reached document, its best walked value in each concept, for the
 * pruned search to finish documents without walking again: a slot per
 * document on first reach, one number per concept in the slot. Reused
 * across searches; grows when a search reaches more documents.
 */
export class WalkedValues {
  private readonly slotOf: Int32Array;
  private values = new Float64Array(1 << 16);
  private readonly reached: number[] = [];
  private groups = 0;

  constructor(size: number) {
    this.slotOf = new Int32Array(size).fill(-1);
  }

  start(groups: number): void {
    this.groups = groups;
  }

  set(doc: number, group: number, value: number): void {
    let slot = this.slotOf[doc];
    if (slot < 0) {
      slot = this.reached.length;
      this.slotOf[doc] = slot;
      this.reached.push(doc);
      const end = (slot + 1) * this.groups;
      if (end > this.values.length) {
        const next = new Float64Array(Math.max(end, this.values.length * 2));
        next.set(this.values);
        this.values = next;
      }
      this.values.fill(0, slot * this.groups, end);
    }
    this.values[slot * this.groups + group] = value;
  }

  /** The best walked value of a concept (0: not reached by a walked alternative). */
  get(doc: number, group: number): number {
    const slot = this.slotOf[doc];
    return slot < 0 ? 0 : this.values[slot * this.groups + group];
  }

  reset(): void {
    for (const doc of this.reached) this.slotOf[doc] = -1;
    this.reached.length = 0;
  }
}
