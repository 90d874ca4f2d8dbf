#!/usr/bin/env node
// Checker for the citation-verifier evaluation set (eval/verify/).
// Usage: node eval/verify/check.mjs [file.json ...]
//   default files: tune.json and held-out.json beside this script.
// Validates the item shape, that every source snippet lies within ONE line of a
// corpus file (after normalisation), that markers [n] index valid sources, and
// prints counts per kind / language / label (and per document).
// Exits 1 on any error. Plain Node, no dependencies.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(HERE, "..", "..", "corpus", "documents");

export const SUPPORTED_KINDS = ["paraphrase", "cross-lingual", "multi-clause", "number-date-ok", "negation-ok", "french-abbrev"];
export const UNSUPPORTED_KINDS = ["wrong-number", "entity-swap", "negation-flip", "invention", "wrong-clause", "half-wrong", "number-binding", "title-only"];
export const KINDS = [...SUPPORTED_KINDS, ...UNSUPPORTED_KINDS];
/** Kinds of a later set (the eleventh: a faithful condensed statement of a long clause), outside the first set's composition rules. */
export const LATER_SUPPORTED_KINDS = ["summary"];
const isKind = (k) => KINDS.includes(k) || LATER_SUPPORTED_KINDS.includes(k);
const isSupportedKind = (k) => SUPPORTED_KINDS.includes(k) || LATER_SUPPORTED_KINDS.includes(k);
export const LANGS = ["en", "fr", "es"];
const KEYS = ["id", "lang", "kind", "supported", "text", "sources", "why"];

/** NFKC, lower case, ’/‘→', U+2010/U+2011→-, collapsed white space. */
export function normalise(s) {
  return s
    .normalize("NFKC")
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u2010\u2011]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Corpus as [{file, n (1-based line number), raw, norm}] */
export function loadCorpus(dir = CORPUS_DIR) {
  const lines = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    readFileSync(join(dir, f), "utf8").split("\n").forEach((raw, i) => {
      lines.push({ file: f, n: i + 1, raw, norm: normalise(raw) });
    });
  }
  return lines;
}

/** All corpus lines whose normalised text contains the normalised snippet. */
export function locate(snippet, corpus) {
  const ns = normalise(snippet);
  if (!ns) return [];
  return corpus.filter((l) => l.norm.includes(ns));
}

function markersOf(text) {
  return [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

export let duplicateClauseHits = 0;

export function checkItems(items, corpus, label) {
  const errors = [];
  const warnings = [];
  const err = (id, msg) => errors.push(`${label}: ${id}: ${msg}`);
  const warn = (id, msg) => warnings.push(`${label}: ${id}: ${msg}`);
  if (!Array.isArray(items)) {
    errors.push(`${label}: top level is not a JSON array`);
    return { errors, warnings, docsOf: new Map() };
  }
  const docsOf = new Map();
  items.forEach((it, idx) => {
    const id = it && typeof it.id === "string" ? it.id : `#${idx}`;
    if (!it || typeof it !== "object" || Array.isArray(it)) return err(id, "item is not an object");
    for (const k of KEYS) if (!(k in it)) err(id, `missing key "${k}"`);
    for (const k of Object.keys(it)) if (!KEYS.includes(k)) warn(id, `extra key "${k}"`);
    if (typeof it.id !== "string" || !/^[a-z]\d{3}$/.test(it.id)) err(id, `bad id ${JSON.stringify(it.id)}`);
    if (!LANGS.includes(it.lang)) err(id, `bad lang ${JSON.stringify(it.lang)}`);
    if (!isKind(it.kind)) err(id, `bad kind ${JSON.stringify(it.kind)}`);
    if (typeof it.supported !== "boolean") err(id, "supported must be a boolean");
    else if (isKind(it.kind) && it.supported !== isSupportedKind(it.kind))
      err(id, `kind ${it.kind} implies supported=${isSupportedKind(it.kind)}`);
    if (typeof it.why !== "string" || !it.why.trim()) err(id, "why must be a non-empty string");
    if (it.kind === "french-abbrev" && it.lang !== "fr") err(id, "french-abbrev items must be French");
    if (it.kind === "cross-lingual" && it.lang === "fr") err(id, "cross-lingual items must not be French");
    if (typeof it.text !== "string" || !it.text.trim()) { err(id, "text must be a non-empty string"); return; }
    if (!Array.isArray(it.sources) || it.sources.length === 0) { err(id, "sources must be a non-empty array"); return; }
    const docs = new Set();
    it.sources.forEach((s, i) => {
      const tag = `sources[${i}]`;
      if (typeof s !== "string") return err(id, `${tag} is not a string`);
      const len = [...s].length;
      if (len < 40 || len > 120) err(id, `${tag} has ${len} characters (must be 40-120)`);
      const hits = locate(s, corpus);
      if (hits.length === 0) return err(id, `${tag} not found within one corpus line: ${JSON.stringify(s)}`);
      if (hits.length > 1) {
        // lines whose text is identical apart from bookmarks / a leading "Label:" (e.g. the ACP-2
        // summary repeated under "Motifs:") are the same clause: not a real ambiguity
        const canon = (l) => l.norm.replace(/\[bookmark: [^\]]*\]/g, "").replace(/^[^\s:]{1,20}:\s*/, "").trim();
        if (new Set(hits.map(canon)).size > 1)
          warn(id, `${tag} is ambiguous, matches ${hits.map((h) => `${h.file}:${h.n}`).join(", ")}`);
        else duplicateClauseHits++;
      }
      if (!hits.some((h) => h.raw.includes(s))) warn(id, `${tag} matches only after normalisation (not byte-verbatim)`);
      hits.forEach((h) => docs.add(h.file));
    });
    docsOf.set(id, [...docs]);
    const ms = markersOf(it.text);
    if (ms.length === 0) err(id, "text has no [n] marker");
    for (const m of ms) if (m < 1 || m > it.sources.length) err(id, `marker [${m}] has no source (have ${it.sources.length})`);
    for (let i = 1; i <= it.sources.length; i++) if (!ms.includes(i)) err(id, `source ${i} is not referenced by any marker`);
    if (it.kind === "multi-clause" && it.sources.length < 2) err(id, "multi-clause items need at least two sources");
  });
  const seen = new Set();
  for (const it of items) {
    if (it && seen.has(it.id)) err(it.id, "duplicate id");
    if (it) seen.add(it.id);
  }
  return { errors, warnings, docsOf };
}

function pad(s, n) { s = String(s); return s + " ".repeat(Math.max(0, n - s.length)); }

export function table(items, title) {
  const out = [];
  out.push(`== ${title}: ${items.length} items`);
  const by = (f) => items.reduce((m, it) => ((m[f(it)] = (m[f(it)] || 0) + 1), m), {});
  const lab = by((it) => (it.supported ? "supported" : "unsupported"));
  const lang = by((it) => it.lang);
  out.push(`   label: supported ${lab.supported || 0}, unsupported ${lab.unsupported || 0}`);
  out.push(`   lang:  ${LANGS.map((l) => `${l} ${lang[l] || 0}`).join(", ")}`);
  for (const sup of [true, false]) {
    const lb = by((it) => `${it.supported}|${it.lang}`);
    out.push(`   ${sup ? "supported  " : "unsupported"} by lang: ${LANGS.map((l) => `${l} ${lb[`${sup}|${l}`] || 0}`).join(", ")}`);
  }
  out.push(`   ${pad("kind", 16)}${pad("label", 8)}${pad("total", 7)}${LANGS.map((l) => pad(l, 5)).join("")}`);
  for (const k of [...KINDS, ...LATER_SUPPORTED_KINDS.filter((x) => items.some((it) => it.kind === x))]) {
    const its = items.filter((it) => it.kind === k);
    const c = (l) => its.filter((it) => it.lang === l).length;
    out.push(`   ${pad(k, 16)}${pad(isSupportedKind(k) ? "sup" : "unsup", 8)}${pad(its.length, 7)}${LANGS.map((l) => pad(c(l), 5)).join("")}`);
  }
  return out.join("\n");
}

function main() {
  const args = process.argv.slice(2);
  const files = args.length ? args : [join(HERE, "tune.json"), join(HERE, "held-out.json")];
  const corpus = loadCorpus();
  const docShort = Object.fromEntries(
    [...new Set(corpus.map((l) => l.file))].map((f) => [f, f.slice(0, 3)]),
  );
  let errors = [], warnings = [];
  const sets = [];
  const allDocs = new Map();
  for (const f of files) {
    let items;
    try { items = JSON.parse(readFileSync(f, "utf8")); }
    catch (e) { errors.push(`${f}: cannot read/parse: ${e.message}`); continue; }
    const r = checkItems(items, corpus, basename(f));
    errors.push(...r.errors); warnings.push(...r.warnings);
    r.docsOf.forEach((v, k) => allDocs.set(k, v));
    sets.push({ name: basename(f), items: Array.isArray(items) ? items : [] });
  }
  const all = sets.flatMap((s) => s.items);
  // ids unique across files
  const ids = new Map();
  for (const s of sets) for (const it of s.items) {
    if (ids.has(it.id) && ids.get(it.id) !== s.name) errors.push(`${it.id} occurs in both ${ids.get(it.id)} and ${s.name}`);
    ids.set(it.id, s.name);
  }
  for (const s of sets) console.log(table(s.items, s.name) + "\n");
  if (sets.length > 1) console.log(table(all, "combined") + "\n");

  // documents per kind (combined)
  console.log("== documents per kind (combined; 000 circ-67, 001 res-98, 002 c25-18, 003 gca, 004 acp-2)");
  for (const k of KINDS) {
    const c = {};
    all.filter((it) => it.kind === k).forEach((it) => (allDocs.get(it.id) || []).forEach((d) => (c[docShort[d]] = (c[docShort[d]] || 0) + 1)));
    console.log(`   ${pad(k, 16)}${Object.keys(docShort).map((d) => `${docShort[d]}:${pad(c[docShort[d]] || 0, 3)}`).join(" ")}`);
  }
  console.log("");

  // composition requirements: only on the full set (both halves together)
  const req = [];
  const full = sets.length >= 2;
  if (!full) console.log("note: single file given: composition and split checks skipped (they apply to tune.json + held-out.json together)\n");
  if (all.length < 136) req.push(`only ${all.length} items (need >= 136)`);
  for (const k of KINDS) {
    const n = all.filter((it) => it.kind === k).length;
    if (n < 8) req.push(`kind ${k} has ${n} items (need >= 8)`);
    if (UNSUPPORTED_KINDS.includes(k) && !all.some((it) => it.kind === k && it.lang === "fr")) req.push(`unsupported kind ${k} has no French item`);
    const docs = new Set(all.filter((it) => it.kind === k).flatMap((it) => allDocs.get(it.id) || []));
    if (docs.size < 4) req.push(`kind ${k} covers only ${docs.size} documents`);
  }
  for (const sup of [true, false]) {
    const part = all.filter((it) => it.supported === sup);
    const fr = part.filter((it) => it.lang === "fr").length;
    if (part.length && (fr / part.length < 0.25 || fr / part.length > 0.42))
      req.push(`${sup ? "supported" : "unsupported"} half is ${Math.round((100 * fr) / part.length)}% French (want about a third)`);
  }
  const sup = all.filter((it) => it.supported).length;
  if (all.length && Math.abs(sup - (all.length - sup)) > 4) req.push(`label imbalance: ${sup} supported vs ${all.length - sup} unsupported`);
  // stratified split check
  if (sets.length === 2) {
    const key = (it) => `${it.kind}|${it.lang}|${it.supported}`;
    const keys = new Set(all.map(key));
    for (const k of keys) {
      const a = sets[0].items.filter((it) => key(it) === k).length;
      const b = sets[1].items.filter((it) => key(it) === k).length;
      if (Math.abs(a - b) > 1) req.push(`stratum ${k} split ${a}/${b} (not stratified)`);
    }
  }
  if (full) errors.push(...req.map((r) => `composition: ${r}`));

  if (duplicateClauseHits)
    console.log(`note: ${duplicateClauseHits} snippet(s) match two corpus lines with identical clause text (ACP-2 summary = "Motifs"); counted as found\n`);
  if (warnings.length) { console.log(`== ${warnings.length} warning(s)`); warnings.forEach((w) => console.log("   " + w)); console.log(""); }
  if (errors.length) { console.log(`== ${errors.length} ERROR(S)`); errors.forEach((e) => console.log("   " + e)); process.exit(1); }
  console.log("OK: all checks passed");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
