#!/usr/bin/env node
// One-off seeded, stratified split of the labelled set into tune.json / held-out.json.
// Usage: node eval/verify/split.mjs ALL.json [seed]
// Strata: kind x lang x supported. Within each stratum the items (sorted by id) are
// shuffled with a seeded PRNG and dealt alternately to the two halves; when a
// stratum has an odd count, the extra item goes to the half with fewer items of
// the same language and label so far, then to the smaller half, ties broken by
// the PRNG (strata are visited in sorted order).
// The combined input file is NOT kept in the repository (held-out items must not
// be visible while tuning); the split was run once, on 2026-11-29.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SEED = "verify-eval-2026-11-29";

export function rng(seedStr) {
  let h = 1779033703 ^ seedStr.length;
  for (let i = 0; i < seedStr.length; i++) {
    h = Math.imul(h ^ seedStr.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => { // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(arr, rand) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function split(items, seed = DEFAULT_SEED) {
  const rand = rng(seed);
  const key = (it) => `${it.kind}|${it.lang}|${it.supported}`;
  const strata = new Map();
  for (const it of [...items].sort((x, y) => x.id.localeCompare(y.id))) {
    if (!strata.has(key(it))) strata.set(key(it), []);
    strata.get(key(it)).push(it);
  }
  const tune = [], held = [];
  for (const k of [...strata.keys()].sort()) {
    const s = shuffle(strata.get(k), rand);
    const half = Math.floor(s.length / 2);
    const firstToTune = rand() < 0.5;
    s.slice(0, 2 * half).forEach((it, i) => ((i % 2 === 0) === firstToTune ? tune : held).push(it));
    if (s.length % 2) {
      // odd stratum: the extra item goes to the half with fewer items of the same
      // language and label, then to the smaller half, then by the PRNG
      const extra = s[s.length - 1];
      const same = (arr) => arr.filter((it) => it.lang === extra.lang && it.supported === extra.supported).length;
      const d1 = same(tune) - same(held), d2 = tune.length - held.length;
      const toTune = d1 !== 0 ? d1 < 0 : d2 !== 0 ? d2 < 0 : rand() < 0.5;
      (toTune ? tune : held).push(extra);
    }
  }
  const byId = (x, y) => x.id.localeCompare(y.id);
  return { tune: tune.sort(byId), held: held.sort(byId) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [inPath, seed = DEFAULT_SEED] = process.argv.slice(2);
  if (!inPath) { console.error("usage: node split.mjs ALL.json [seed]"); process.exit(2); }
  const items = JSON.parse(readFileSync(inPath, "utf8"));
  const { tune, held } = split(items, seed);
  writeFileSync(join(HERE, "tune.json"), JSON.stringify(tune, null, 2) + "\n");
  writeFileSync(join(HERE, "held-out.json"), JSON.stringify(held, null, 2) + "\n");
  console.log(`seed ${JSON.stringify(seed)}: tune ${tune.length}, held-out ${held.length}`);
}
