#!/usr/bin/env python3
"""Checks the unseen-documents corpora and their questions (eval/unseen/*/).

For each folder given (default: every folder beside this script): the manifest lists files that exist, and
questions.json has exactly the sample set's fields (id, lang, kind, question, gold, must, abstain), unique ids,
abstain true exactly for unanswerable and injection items (with empty gold and must), and every gold snippet lies
inside exactly one line of one of the folder's documents after normalising both sides (NFKC, lower case, ’ → ',
U+2010/U+2011 → -, white space folded); each must group has an alternative in the gold lines. Prints counts only
(never question text); exits 1 on any error.

Usage: python3 eval/unseen/check.py [folder ...]
"""
import glob
import json
import os
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "lang", "kind", "question", "gold", "must", "abstain"]
KINDS = {"factoid", "list", "crossdoc", "paraphrase", "unanswerable", "injection"}
SILENT = {"unanswerable", "injection"}


def norm(text):
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    return " ".join(text.replace("\u2010", "-").replace("\u2011", "-").split())


def check(folder):
    errors = []
    manifest = json.load(open(os.path.join(folder, "corpus", "manifest.json"), encoding="utf-8"))
    for doc in manifest["documents"]:
        if not os.path.exists(os.path.join(folder, "corpus", doc["file"])):
            errors.append("manifest: missing file %s" % doc["file"])
    lines = []
    for path in sorted(glob.glob(os.path.join(folder, "corpus", "documents", "*"))):
        lines += [norm(line) for line in open(path, encoding="utf-8").read().split("\n")]
    items = json.load(open(os.path.join(folder, "questions.json"), encoding="utf-8"))
    ids = Counter(q.get("id") for q in items)
    for q in items:
        qid = q.get("id", "?")
        if list(q.keys()) != FIELDS:
            errors.append("%s: fields %s" % (qid, list(q.keys())))
            continue
        if ids[qid] > 1:
            errors.append("%s: duplicate id" % qid)
        if q["lang"] not in ("en", "fr", "es") or q["kind"] not in KINDS:
            errors.append("%s: bad lang or kind" % qid)
        if q["abstain"] != (q["kind"] in SILENT) or (q["abstain"] and (q["gold"] or q["must"])):
            errors.append("%s: abstain does not match kind, gold and must" % qid)
        gold_lines = []
        for snippet in q["gold"]:
            found = [line for line in lines if norm(snippet) in line]
            if len(found) != 1:
                errors.append("%s: a gold snippet is in %d lines" % (qid, len(found)))
            gold_lines += found
        for group in q["must"]:
            if gold_lines and not any(norm(alt) in line for alt in group for line in gold_lines):
                errors.append("%s: a must group has no alternative in the gold lines" % qid)
    langs = Counter(q["lang"] for q in items)
    kinds = Counter(q["kind"] for q in items)
    print("%s: %d documents, %d questions; %s; %s; %d error(s)" % (
        os.path.basename(folder), len(manifest["documents"]), len(items), dict(sorted(langs.items())),
        dict(sorted(kinds.items())), len(errors)))
    for e in errors:
        print("  " + e)
    return not errors


def main():
    folders = sys.argv[1:] or sorted(
        d for d in glob.glob(os.path.join(HERE, "*")) if os.path.isfile(os.path.join(d, "questions.json")))
    ok = all([check(f) for f in folders])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
