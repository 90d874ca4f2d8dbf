#!/usr/bin/env node
// One-off: splits passages.json into tune.json and held-out.json, stratified by
// label × lang × style, with a seeded PRNG. Run once on 2026-11-29; passages.json was then
// deleted (the union is tune.json + held-out.json). Kept for the record, see README.md.
//
//   node eval/injection/split.mjs [passages.json]
//
// Method (seed 20261129, mulberry32 PRNG):
//   1. group items into strata label|lang|style; visit the strata in a seeded random order;
//   2. within a stratum: Fisher–Yates shuffle, then a stable sort by a secondary key
//      (format for planted, source corpus/written for ordinary), then deal the items
//      alternately into two piles, so each stratum splits ⌈n/2⌉ / ⌊n/2⌋;
//   3. decide which pile goes to tune and which to held-out greedily: pick the choice that
//      keeps the running totals of the two halves closest on size, format, source and
//      `embedded` (planted sentence inside a legitimate paragraph); ties by a seeded coin.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20261129;
const here = dirname(fileURLToPath(import.meta.url));
const input = process.argv[2] ?? join(here, 'passages.json');

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);

const items = JSON.parse(readFileSync(input, 'utf8'));
const strata = new Map();
for (const it of items) {
  const k = `${it.label}|${it.lang}|${it.style}`;
  if (!strata.has(k)) strata.set(k, []);
  strata.get(k).push(it);
}

const tune = [], held = [];
const features = (it) => [
  'n', `format:${it.format}`, `source:${it.source}`, `embedded:${it.embedded === true}`,
  `${it.label}:format:${it.format}`,
];
const tally = { tune: new Map(), held: new Map() };
const add = (side, it) => { for (const f of features(it)) tally[side].set(f, (tally[side].get(f) ?? 0) + 1); };
function imbalance(extraTune, extraHeld) {
  const t = new Map(tally.tune), h = new Map(tally.held);
  for (const it of extraTune) for (const f of features(it)) t.set(f, (t.get(f) ?? 0) + 1);
  for (const it of extraHeld) for (const f of features(it)) h.set(f, (h.get(f) ?? 0) + 1);
  let score = 0;
  for (const f of new Set([...t.keys(), ...h.keys()])) score += Math.abs((t.get(f) ?? 0) - (h.get(f) ?? 0));
  return score;
}
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
for (const k of shuffle([...strata.keys()].sort())) {
  const group = shuffle(strata.get(k).slice().sort((a, b) => a.id.localeCompare(b.id)));
  const key = (it) => (it.label === 'planted' ? it.format : it.source);
  const ordered = group.map((it, i) => [it, i])
    .sort((a, b) => (key(a[0]) < key(b[0]) ? -1 : key(a[0]) > key(b[0]) ? 1 : a[1] - b[1]))
    .map(([it]) => it);
  const pileA = ordered.filter((_, i) => i % 2 === 0), pileB = ordered.filter((_, i) => i % 2 === 1);
  const sA = imbalance(pileA, pileB), sB = imbalance(pileB, pileA);
  const aToTune = sA < sB || (sA === sB && rnd() < 0.5);
  for (const it of aToTune ? pileA : pileB) { tune.push(it); add('tune', it); }
  for (const it of aToTune ? pileB : pileA) { held.push(it); add('held', it); }
}

const byId = (a, b) => a.id.localeCompare(b.id);
writeFileSync(join(here, 'tune.json'), JSON.stringify(tune.sort(byId), null, 1) + '\n');
writeFileSync(join(here, 'held-out.json'), JSON.stringify(held.sort(byId), null, 1) + '\n');
console.log(`tune.json ${tune.length} items, held-out.json ${held.length} items (seed ${SEED})`);
