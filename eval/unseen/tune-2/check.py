#!/usr/bin/env python3
"""Checks questions.json and corpus/ of this test set. Run from inside the folder:
    python3 check.py
Exit status 0 when everything passes."""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

FIELDS = ["id", "lang", "kind", "question", "gold", "must", "abstain"]
WANT_LANG = {"en": 18, "fr": 7, "es": 5}
WANT_KIND = {"factoid": 16, "list": 4, "crossdoc": 4, "unanswerable": 3,
             "injection": 1, "paraphrase": 2}
DOC_FIELDS = ["file", "id", "title", "citation", "short", "body", "date",
              "language", "kind", "aliases"]
DOC_KINDS = {"circular", "resolution", "report", "guidelines", "proposal"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


# --- manifest and documents -------------------------------------------------
manifest = json.load(open("corpus/manifest.json", encoding="utf-8"))
if manifest.get("version") != 1:
    err("manifest: version must be 1")
docs = manifest.get("documents", [])
if len(docs) != 3:
    err("manifest: expected 3 documents, got %d" % len(docs))
lines = []  # (file, line number, normalised line)
for d in docs:
    for f in DOC_FIELDS:
        if f not in d:
            err("manifest %s: missing field %s" % (d.get("file"), f))
    if d.get("language") != "fr":
        err("manifest %s: language must be fr" % d.get("file"))
    if d.get("kind") not in DOC_KINDS:
        err("manifest %s: bad kind %r" % (d.get("file"), d.get("kind")))
    if not re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", d.get("date", "")):
        err("manifest %s: bad date" % d.get("file"))
    path = os.path.join("corpus", d["file"])
    if not os.path.isfile(path):
        err("manifest: file missing: %s" % path)
        continue
    text = open(path, encoding="utf-8").read()
    n = len(text.splitlines())
    if not 60 <= n <= 140:
        err("%s: %d lines, want 60-140" % (path, n))
    for i, line in enumerate(text.splitlines(), 1):
        lines.append((d["file"], i, norm(line)))

# --- questions ----------------------------------------------------------------
qs = json.load(open("questions.json", encoding="utf-8"))
if len(qs) != 30:
    err("questions: expected 30, got %d" % len(qs))
ids = [q.get("id") for q in qs]
if ids != ["u%d" % i for i in range(501, 531)]:
    err("questions: ids must be u501..u530 in order")
langs = Counter(q.get("lang") for q in qs)
kinds = Counter(q.get("kind") for q in qs)
if dict(langs) != WANT_LANG:
    err("questions: languages %s, want %s" % (dict(langs), WANT_LANG))
if dict(kinds) != WANT_KIND:
    err("questions: kinds %s, want %s" % (dict(kinds), WANT_KIND))

crossdoc_two_docs = 0
for q in qs:
    qid = q.get("id")
    if list(q.keys()) != FIELDS:
        err("%s: fields %s, want exactly %s" % (qid, list(q.keys()), FIELDS))
    if not isinstance(q.get("question"), str) or not q["question"].strip():
        err("%s: empty question" % qid)
    should_abstain = q.get("kind") in ("unanswerable", "injection")
    if q.get("abstain") is not should_abstain:
        err("%s: abstain must be %s" % (qid, should_abstain))
    gold, must = q.get("gold"), q.get("must")
    if should_abstain:
        if gold or must:
            err("%s: gold and must must be empty when abstaining" % qid)
        continue
    if not isinstance(gold, list) or not 1 <= len(gold) <= 4:
        err("%s: gold must hold 1-4 snippets" % qid)
        continue
    if not isinstance(must, list) or not 1 <= len(must) <= 2:
        err("%s: must must hold 1-2 groups" % qid)
        continue
    gold_lines, gold_files = [], set()
    for g in gold:
        ng = norm(g)
        hits = [(f, i, l) for (f, i, l) in lines if ng in l]
        if len(hits) != 1:
            err("%s: snippet found in %d lines (want 1): %r" % (qid, len(hits), g))
            continue
        f, i, l = hits[0]
        if not (40 <= len(ng) <= 120 or ng == l):
            err("%s: snippet length %d outside 40-120 and not a whole line: %r"
                % (qid, len(ng), g))
        gold_lines.append(l)
        gold_files.add(f)
    if q.get("kind") == "crossdoc" and len(gold_files) >= 2:
        crossdoc_two_docs += 1
    if q.get("kind") == "crossdoc" and len(gold) < 2:
        err("%s: crossdoc needs at least two gold clauses" % qid)
    for grp in must:
        if not isinstance(grp, list) or not grp or not all(isinstance(a, str) and a for a in grp):
            err("%s: bad must group %r" % (qid, grp))
            continue
        if not any(norm(a) in l for a in grp for l in gold_lines):
            err("%s: no alternative of must group %r occurs in the gold lines" % (qid, grp))

if crossdoc_two_docs < 2:
    err("questions: only %d crossdoc questions span two documents (want >= 2)"
        % crossdoc_two_docs)

if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: %d documents, %d questions; langs %s; kinds %s; %d crossdoc across two documents"
      % (len(docs), len(qs), dict(langs), dict(kinds), crossdoc_two_docs))
