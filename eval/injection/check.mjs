#!/usr/bin/env node
// Validates the prompt-injection evaluation set and prints counts per
// label × lang × style × format. No dependencies.
//
//   node eval/injection/check.mjs                 # tune.json + held-out.json (and passages.json if present)
//   node eval/injection/check.mjs tune.json       # one file only (no minimums, no split checks)
//   node eval/injection/check.mjs --quiet ...     # errors and the one-line summary only
//
// Exit code 1 on any shape error, on a broken split, or when the union misses a minimum
// from the brief. Corpus items (source "corpus") are checked to be verbatim substrings of
// their document in ../../corpus/documents/ (after removing [bookmark: …] / [footnoteRef:N]
// markers), when that folder exists.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(here, '../../corpus/documents');

const LABELS = ['planted', 'ordinary'];
const LANGS = ['en', 'fr', 'es'];
const STYLES = {
  planted: ['direct', 'note-to-ai', 'role-play', 'indirect', 'system-format', 'exfiltration', 'disguised-legal'],
  ordinary: ['operative', 'preamble', 'procedural', 'ai-topic', 'definition'],
};
const FORMATS = ['text', 'html-comment', 'docx-white', 'html-hidden'];
const SOURCES = ['corpus', 'written'];
const REQUIRED = ['id', 'label', 'lang', 'style', 'format', 'text'];
const OPTIONAL = ['source', 'doc', 'ref', 'embedded', 'planted_span', 'note'];

// Minimums from the brief, checked on the union.
const MIN = {
  planted: 70, ordinary: 70, plantedPerLang: 15, ordinaryPerLang: 15, plantedPerStyle: 6,
  format: { 'html-comment': 6, 'docx-white': 6, 'html-hidden': 4 }, aiTopic: 15, corpus: 25,
};

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
let files = args.filter((a) => !a.startsWith('--'));
const defaultRun = files.length === 0;
if (defaultRun) {
  files = ['tune.json', 'held-out.json', 'passages.json'].map((f) => join(here, f)).filter(existsSync);
}
const errors = [];
const err = (m) => errors.push(m);
const log = (...a) => { if (!quiet) console.log(...a); };

const MARKERS = /\[bookmark:[^\]]*\]|\[footnoteRef:\s*\d+\]/g;
const corpusCache = new Map();
function corpusText(doc) {
  if (!corpusCache.has(doc)) {
    const p = join(CORPUS, doc);
    corpusCache.set(doc, existsSync(p) ? readFileSync(p, 'utf8').replace(MARKERS, '') : null);
  }
  return corpusCache.get(doc);
}

function validate(items, file) {
  if (!Array.isArray(items)) { err(`${file}: not a JSON array`); return []; }
  const ok = [];
  const ids = new Set();
  items.forEach((it, i) => {
    const at = `${file}[${i}]${it && it.id ? ` ${it.id}` : ''}`;
    if (!it || typeof it !== 'object' || Array.isArray(it)) { err(`${at}: not an object`); return; }
    for (const k of REQUIRED) if (!(k in it)) err(`${at}: missing "${k}"`);
    for (const k of Object.keys(it)) if (!REQUIRED.includes(k) && !OPTIONAL.includes(k)) err(`${at}: unknown key "${k}"`);
    if (typeof it.id !== 'string' || !/^p\d{3,}$/.test(it.id)) err(`${at}: id must look like p001`);
    else if (ids.has(it.id)) err(`${at}: duplicate id in file`);
    else ids.add(it.id);
    if (!LABELS.includes(it.label)) err(`${at}: label must be one of ${LABELS.join(', ')}`);
    if (!LANGS.includes(it.lang)) err(`${at}: lang must be one of ${LANGS.join(', ')}`);
    if (LABELS.includes(it.label) && !STYLES[it.label].includes(it.style)) err(`${at}: style "${it.style}" not allowed for ${it.label}`);
    if (!FORMATS.includes(it.format)) err(`${at}: format must be one of ${FORMATS.join(', ')}`);
    if (typeof it.text !== 'string' || it.text.trim() === '') err(`${at}: text must be a non-empty string`);
    else if (it.text !== it.text.trim()) err(`${at}: text has leading/trailing whitespace`);
    if ('source' in it && !SOURCES.includes(it.source)) err(`${at}: source must be one of ${SOURCES.join(', ')}`);
    if (it.label === 'ordinary' && !SOURCES.includes(it.source)) err(`${at}: ordinary items need source "corpus" or "written"`);
    if (it.source === 'corpus') {
      if (it.label !== 'ordinary') err(`${at}: only ordinary items can come from the corpus`);
      if (typeof it.doc !== 'string' || typeof it.ref !== 'string') err(`${at}: corpus items need "doc" and "ref"`);
      else {
        const body = corpusText(it.doc);
        if (body === null) { if (existsSync(CORPUS)) err(`${at}: document ${it.doc} not found in corpus`); }
        else if (typeof it.text === 'string' && !body.includes(it.text)) err(`${at}: text is not verbatim in ${it.doc}`);
      }
    } else if ('doc' in it) err(`${at}: "doc" only for corpus items`);
    if ('embedded' in it && typeof it.embedded !== 'boolean') err(`${at}: embedded must be boolean`);
    if ('planted_span' in it) {
      if (it.label !== 'planted') err(`${at}: planted_span only on planted items`);
      if (typeof it.planted_span !== 'string' || typeof it.text !== 'string' || !it.text.includes(it.planted_span)) err(`${at}: planted_span must be a substring of text`);
    }
    if ('note' in it && typeof it.note !== 'string') err(`${at}: note must be a string`);
    ok.push(it);
  });
  return ok;
}

function count(items, keyFn) {
  const m = new Map();
  for (const it of items) { const k = keyFn(it); m.set(k, (m.get(k) ?? 0) + 1); }
  return m;
}

function report(items, title) {
  log(`\n=== ${title}: ${items.length} items ===`);
  const byLabel = count(items, (x) => x.label);
  log(`label: ${LABELS.map((l) => `${l} ${byLabel.get(l) ?? 0}`).join(', ')}`);
  for (const label of LABELS) {
    const sub = items.filter((x) => x.label === label);
    if (!sub.length) continue;
    log(`\n${label} — style × lang (× format)`);
    const cols = label === 'planted' ? FORMATS : ['text'];
    log(['style'.padEnd(16), ...LANGS.map((l) => l.padStart(4)), 'all'.padStart(5), '  ', ...cols.map((f) => f.padStart(13))].join(''));
    for (const style of STYLES[label]) {
      const s = sub.filter((x) => x.style === style);
      log([style.padEnd(16), ...LANGS.map((l) => String(s.filter((x) => x.lang === l).length).padStart(4)),
        String(s.length).padStart(5), '  ', ...cols.map((f) => String(s.filter((x) => x.format === f).length).padStart(13))].join(''));
    }
    log(['total'.padEnd(16), ...LANGS.map((l) => String(sub.filter((x) => x.lang === l).length).padStart(4)),
      String(sub.length).padStart(5), '  ', ...cols.map((f) => String(sub.filter((x) => x.format === f).length).padStart(13))].join(''));
    if (label === 'ordinary') {
      const src = count(sub, (x) => x.source);
      log(`source: corpus ${src.get('corpus') ?? 0}, written ${src.get('written') ?? 0}`);
    } else {
      log(`embedded in a legitimate paragraph (planted_span given): ${sub.filter((x) => x.embedded).length}`);
    }
  }
  log(`\nfull breakdown (label lang style format: n)`);
  const full = count(items, (x) => `${x.label} ${x.lang} ${x.style} ${x.format}`);
  for (const k of [...full.keys()].sort()) log(`  ${k}: ${full.get(k)}`);
}

function checkMinimums(all) {
  const planted = all.filter((x) => x.label === 'planted');
  const ordinary = all.filter((x) => x.label === 'ordinary');
  const need = (cond, msg) => { if (!cond) err(`minimum not met: ${msg}`); };
  need(planted.length >= MIN.planted, `planted ${planted.length} < ${MIN.planted}`);
  need(ordinary.length >= MIN.ordinary, `ordinary ${ordinary.length} < ${MIN.ordinary}`);
  for (const l of LANGS) {
    const p = planted.filter((x) => x.lang === l).length, o = ordinary.filter((x) => x.lang === l).length;
    need(p >= MIN.plantedPerLang, `planted ${l} ${p} < ${MIN.plantedPerLang}`);
    need(o >= MIN.ordinaryPerLang, `ordinary ${l} ${o} < ${MIN.ordinaryPerLang}`);
  }
  for (const s of STYLES.planted) {
    const n = planted.filter((x) => x.style === s).length;
    need(n >= MIN.plantedPerStyle, `planted style ${s} ${n} < ${MIN.plantedPerStyle}`);
  }
  for (const [f, m] of Object.entries(MIN.format)) {
    const n = planted.filter((x) => x.format === f).length;
    need(n >= m, `planted format ${f} ${n} < ${m}`);
  }
  const ai = ordinary.filter((x) => x.style === 'ai-topic').length;
  need(ai >= MIN.aiTopic, `ordinary ai-topic ${ai} < ${MIN.aiTopic}`);
  const corpus = ordinary.filter((x) => x.source === 'corpus').length;
  need(corpus >= MIN.corpus, `ordinary from corpus ${corpus} < ${MIN.corpus}`);
}

const loaded = new Map();
for (const f of files) {
  let data;
  try { data = JSON.parse(readFileSync(f, 'utf8')); } catch (e) { err(`${basename(f)}: ${e.message}`); continue; }
  loaded.set(basename(f), validate(data, basename(f)));
}

const tune = loaded.get('tune.json');
const held = loaded.get('held-out.json');
const passages = loaded.get('passages.json');
let union = null;
if (tune && held) {
  union = [...tune, ...held];
  const seen = new Map();
  for (const it of union) {
    if (seen.has(it.id)) err(`${it.id} is in both tune.json and held-out.json`);
    seen.set(it.id, it);
  }
  // Stratified: in every label × lang × style stratum the two halves differ by at most one.
  const strata = new Set(union.map((x) => `${x.label} ${x.lang} ${x.style}`));
  for (const s of strata) {
    const a = tune.filter((x) => `${x.label} ${x.lang} ${x.style}` === s).length;
    const b = held.filter((x) => `${x.label} ${x.lang} ${x.style}` === s).length;
    if (Math.abs(a - b) > 1) err(`stratum "${s}" unbalanced: tune ${a}, held-out ${b}`);
  }
  if (passages) {
    const ids = new Set(passages.map((x) => x.id));
    if (ids.size !== union.length || union.some((x) => !ids.has(x.id))) err('passages.json is not the union of tune.json and held-out.json');
  }
} else if (passages) union = passages;

if (union) {
  const texts = new Map();
  for (const it of union) {
    const t = typeof it.text === 'string' ? it.text.trim() : '';
    if (texts.has(t)) err(`${it.id}: same text as ${texts.get(t)}`);
    texts.set(t, it.id);
  }
}

for (const [name, items] of loaded) if (name !== 'passages.json' || !(tune && held)) report(items, name);
if (union && (tune && held)) report(union, 'union (tune + held-out)');
if (union && (defaultRun || (tune && held) || passages)) checkMinimums(union);

if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
const summary = [...loaded].map(([n, v]) => `${n} ${v.length}`).join(', ');
console.log(`\nOK: ${summary}${union && tune && held ? `; union ${union.length}` : ''}${existsSync(CORPUS) ? '' : ' (corpus folder not found: verbatim check skipped)'}`);
