#!/usr/bin/env python3
"""Checks for the unseen-F test set. Run from inside /work/unseen-F: python3 check.py"""
import json, os, re, sys, unicodedata
from collections import Counter

errors = []
def err(msg): errors.append(msg)

def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()

# ---- manifest and documents
man = json.load(open("corpus/manifest.json", encoding="utf-8"))
if set(man) != {"version", "documents"} or man["version"] != 1:
    err("manifest: top-level keys/version")
KEYS = {"file", "id", "title", "citation", "short", "body", "date", "language", "kind", "aliases"}
KINDS = {"circular", "resolution", "report", "guidelines", "proposal"}
expected_files = {"documents/600_res.txt", "documents/601_letter.txt", "documents/602_report.txt"}
if {d["file"] for d in man["documents"]} != expected_files:
    err("manifest: file list")
docs = {}
for d in man["documents"]:
    extra = set(d) - KEYS - {"annexes"}
    if not KEYS <= set(d) or extra:
        err(f"manifest {d.get('file')}: keys {sorted(set(d))}")
    if d.get("language") != "en": err(f"manifest {d['file']}: language")
    if d.get("kind") not in KINDS: err(f"manifest {d['file']}: kind")
    if not isinstance(d.get("aliases"), list) or not d["aliases"]: err(f"manifest {d['file']}: aliases")
    if d["file"].endswith("601_letter.txt") and not d.get("annexes"): err("manifest: letter annexes missing")
    path = os.path.join("corpus", d["file"])
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines = lines[:-1]
    if not 60 <= len(lines) <= 140: err(f"{path}: {len(lines)} lines (want 60-140)")
    docs[d["file"]] = [norm(l) for l in lines]

# ---- questions
qs = json.load(open("questions.json", encoding="utf-8"))
FIELDS = ["id", "lang", "kind", "question", "gold", "must", "abstain"]
if len(qs) != 30: err(f"{len(qs)} questions (want 30)")
if [q.get("id") for q in qs] != [f"u{i}" for i in range(601, 631)]: err("ids are not u601..u630 in order")
for q in qs:
    qid = q.get("id")
    if list(q) != FIELDS: err(f"{qid}: fields {list(q)}")
    if not q.get("question", "").strip(): err(f"{qid}: empty question")
    should_abstain = q["kind"] in ("unanswerable", "injection")
    if q["abstain"] is not should_abstain: err(f"{qid}: abstain flag")
    if should_abstain:
        if q["gold"] or q["must"]: err(f"{qid}: abstaining question has gold/must")
        continue
    if not 1 <= len(q["gold"]) <= 4: err(f"{qid}: {len(q['gold'])} gold snippets")
    if not 1 <= len(q["must"]) <= 2: err(f"{qid}: {len(q['must'])} must groups")
    gold_lines, gold_docs = [], set()
    for g in q["gold"]:
        ng = norm(g)
        hits = [(f, i) for f, L in docs.items() for i, l in enumerate(L) if ng in l]
        if len(hits) != 1:
            err(f"{qid}: gold found in {len(hits)} lines: {g!r}")
            continue
        f, i = hits[0]
        line = docs[f][i]
        if not (40 <= len(g) <= 120 or ng == line.lstrip("–- \t").strip() or ng == line):
            err(f"{qid}: gold length {len(g)} and not a whole line: {g!r}")
        gold_lines.append(line); gold_docs.add(f)
    for grp in q["must"]:
        if not grp or not all(isinstance(a, str) and a for a in grp): err(f"{qid}: bad must group {grp}")
        if not any(norm(a) in gl for a in grp for gl in gold_lines):
            err(f"{qid}: no alternative of must group {grp} in gold lines")
    q["_docs"] = gold_docs

langs = Counter(q["lang"] for q in qs)
kinds = Counter(q["kind"] for q in qs)
if langs != Counter({"en": 18, "fr": 7, "es": 5}): err(f"langs {dict(langs)}")
want = {"factoid": 16, "list": 4, "crossdoc": 4, "unanswerable": 3, "injection": 1, "paraphrase": 2}
if kinds != Counter(want): err(f"kinds {dict(kinds)}")
cross = [q for q in qs if q["kind"] == "crossdoc"]
if any(len(q["gold"]) < 2 for q in cross): err("a crossdoc question has fewer than two gold clauses")
if sum(len(q.get("_docs", ())) >= 2 for q in cross) < 2: err("fewer than two crossdoc questions span two documents")

print("languages:", dict(langs))
print("kinds:", dict(kinds))
print("abstain:", sum(q["abstain"] for q in qs))
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
