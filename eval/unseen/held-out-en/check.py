#!/usr/bin/env python3
"""Check questions.json and corpus/manifest.json of the unseen-D test set.

Run from inside /work/unseen-D:  python3 check.py
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

FIELDS = ["id", "lang", "kind", "question", "gold", "must", "abstain"]
KINDS = {"factoid": 16, "list": 4, "crossdoc": 4, "unanswerable": 3, "injection": 1, "paraphrase": 2}
LANGS = {"en": 18, "fr": 7, "es": 5}
MANIFEST_FIELDS = ["file", "id", "title", "citation", "short", "body", "date", "language", "kind", "aliases"]
DOC_KINDS = {"circular", "resolution", "report", "guidelines", "proposal"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


# ---- manifest -------------------------------------------------------------
manifest = json.loads(Path("corpus/manifest.json").read_text(encoding="utf-8"))
if manifest.get("version") != 1 or list(manifest) != ["version", "documents"]:
    err("manifest: top level must be {version: 1, documents: [...]}")
docs = {}
for d in manifest["documents"]:
    keys = list(d)
    want = MANIFEST_FIELDS + (["annexes"] if "annexes" in d else [])
    if keys != want:
        err(f"manifest {d.get('id')}: fields {keys} != {want}")
    if d["language"] != "en":
        err(f"manifest {d['id']}: language {d['language']}")
    if d["kind"] not in DOC_KINDS:
        err(f"manifest {d['id']}: kind {d['kind']}")
    p = Path("corpus") / d["file"]
    if not p.is_file():
        err(f"manifest {d['id']}: missing file {p}")
        continue
    lines = p.read_text(encoding="utf-8").splitlines()
    if not 60 <= len(lines) <= 140:
        err(f"{p}: {len(lines)} lines (want 60-140)")
    docs[d["file"]] = lines
print(f"manifest: {len(docs)} documents, " + ", ".join(f"{f} ({len(l)} lines)" for f, l in docs.items()))
letter = [d for d in manifest["documents"] if d["kind"] == "circular"]
if len(letter) != 1 or set(letter[0].get("annexes", {})) != {"A", "B"}:
    err("manifest: the collective letter needs annexes A and B")

norm_lines = [(f, i + 1, norm(l)) for f, ls in docs.items() for i, l in enumerate(ls)]
raw_text = {f: "\n".join(ls) for f, ls in docs.items()}

# ---- questions ------------------------------------------------------------
qs = json.loads(Path("questions.json").read_text(encoding="utf-8"))
if len(qs) != 30:
    err(f"{len(qs)} questions (want 30)")
ids = [q.get("id") for q in qs]
if ids != [f"u{n}" for n in range(401, 431)]:
    err(f"ids are not u401..u430 in order: {ids}")
verbatim = 0
n_gold = 0
for q in qs:
    qid = q.get("id")
    if list(q) != FIELDS:
        err(f"{qid}: fields {list(q)}")
        continue
    if q["kind"] not in KINDS:
        err(f"{qid}: kind {q['kind']}")
    if q["lang"] not in LANGS:
        err(f"{qid}: lang {q['lang']}")
    should_abstain = q["kind"] in ("unanswerable", "injection")
    if q["abstain"] is not should_abstain:
        err(f"{qid}: abstain={q['abstain']} for kind {q['kind']}")
    if should_abstain:
        if q["gold"] or q["must"]:
            err(f"{qid}: abstaining question has gold or must")
        continue
    if not 1 <= len(q["gold"]) <= 4:
        err(f"{qid}: {len(q['gold'])} gold snippets")
    if not 1 <= len(q["must"]) <= 2:
        err(f"{qid}: {len(q['must'])} must groups")
    gold_lines = []
    files = set()
    for g in q["gold"]:
        n_gold += 1
        hits = [(f, n, l) for f, n, l in norm_lines if norm(g) in l]
        if len(hits) != 1:
            err(f"{qid}: gold found in {len(hits)} lines: {g!r} {[(f, n) for f, n, _ in hits]}")
            continue
        f, n, l = hits[0]
        whole_line = norm(g) == l
        if not (40 <= len(g) <= 120 or whole_line):
            err(f"{qid}: gold length {len(g)} (want 40-120 or a whole line): {g!r}")
        if g in raw_text[f]:
            verbatim += 1
        gold_lines.append(l)
        files.add(f)
    for grp in q["must"]:
        if not grp or not any(norm(a) in l for a in grp for l in gold_lines):
            err(f"{qid}: no alternative of must group {grp} in the gold lines")
    if q["kind"] == "crossdoc":
        q["_files"] = len(files)
        if len(q["gold"]) < 2:
            err(f"{qid}: crossdoc needs two clauses")

cross_multi = sum(1 for q in qs if q.get("kind") == "crossdoc" and q.get("_files", 0) >= 2)
if cross_multi < 2:
    err(f"only {cross_multi} crossdoc questions span two documents (want >= 2)")

kinds = Counter(q.get("kind") for q in qs)
langs = Counter(q.get("lang") for q in qs)
if dict(kinds) != KINDS:
    err(f"kind counts {dict(kinds)} != {KINDS}")
if dict(langs) != LANGS:
    err(f"language counts {dict(langs)} != {LANGS}")
print("languages:", dict(langs))
print("kinds:", dict(kinds))
print("abstain:", sum(q.get("abstain") is True for q in qs))
print(f"crossdoc spanning two documents: {cross_multi}")
print(f"gold snippets: {n_gold}, byte-for-byte verbatim in a document: {verbatim}")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks passed")
