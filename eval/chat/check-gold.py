#!/usr/bin/env python3
"""Check eval/chat/{tune,held-out}.json: JSON shape, and that every gold snippet occurs
inside ONE line of some corpus file after normalisation (NFKC, lower case, ’ -> ',
U+2010/U+2011 -> '-', white space collapsed). Exit 1 on any error.

Also warns (does not fail) when a snippet is outside 40-120 characters and is not a whole
line, and when no alternative of a must group appears in the lines holding the gold
snippets (i.e. an answer that only quotes the French clause would miss that group).

usage: python3 eval/chat/check-gold.py [file.json ...]
"""
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "..", "corpus", "documents")
LANGS = {"en", "fr", "es"}
KINDS = {"factoid", "list", "crossdoc", "paraphrase", "unanswerable", "near-miss"}
PERSONAS = {"participant", "convenor", "newcomer"}
FIELDS = ["id", "lang", "kind", "persona", "question", "gold", "must", "abstain", "note"]
_MAP = {"\u2019": "'", "\u2010": "-", "\u2011": "-"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(_MAP.get(c, c) for c in s)
    return re.sub(r"\s+", " ", s).strip()


def main(paths):
    lines = []
    for f in sorted(glob.glob(os.path.join(DOCS, "*.txt"))):
        with open(f, encoding="utf-8") as fh:
            for i, line in enumerate(fh.read().split("\n"), 1):
                lines.append((os.path.basename(f), i, norm(line)))
    errors, warnings, seen = [], [], Counter()
    total = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, list):
            errors.append("%s: top level is not a JSON array" % path)
            continue
        for q in data:
            total += 1
            qid = q.get("id", "?")
            seen[qid] += 1
            if list(q.keys()) != FIELDS and set(q.keys()) != set(FIELDS):
                errors.append("%s: fields %s" % (qid, sorted(q.keys())))
            if not re.fullmatch(r"[a-z]\d{3}", str(qid)):
                errors.append("%s: bad id" % qid)
            if q.get("lang") not in LANGS:
                errors.append("%s: bad lang" % qid)
            if q.get("kind") not in KINDS:
                errors.append("%s: bad kind" % qid)
            if q.get("persona") not in PERSONAS:
                errors.append("%s: bad persona" % qid)
            if not isinstance(q.get("question"), str) or not q["question"].strip():
                errors.append("%s: empty question" % qid)
            if not isinstance(q.get("note"), str) or not q["note"].strip() or "\n" in q["note"]:
                errors.append("%s: note must be one non-empty line" % qid)
            gold, must, abstain = q.get("gold"), q.get("must"), q.get("abstain")
            if not isinstance(abstain, bool):
                errors.append("%s: abstain not boolean" % qid)
            if abstain != (q.get("kind") in ("unanswerable", "near-miss")):
                errors.append("%s: abstain does not match kind" % qid)
            if not isinstance(gold, list) or not all(isinstance(g, str) for g in gold):
                errors.append("%s: gold not a list of strings" % qid)
                continue
            if not isinstance(must, list) or not all(
                    isinstance(g, list) and g and all(isinstance(a, str) and a for a in g) for g in must):
                errors.append("%s: must not a list of non-empty string lists" % qid)
                continue
            if abstain and (gold or must):
                errors.append("%s: abstain item has gold/must" % qid)
            if not abstain and (not gold or not must):
                errors.append("%s: answerable item without gold or must" % qid)
            if not abstain and not 1 <= len(must) <= 3:
                warnings.append("%s: %d must groups" % (qid, len(must)))
            hit_lines = []
            for g in gold:
                ng = norm(g)
                hits = [(f, i, l) for f, i, l in lines if ng and ng in l]
                if not hits:
                    errors.append("%s: gold not in any single corpus line: %r" % (qid, g))
                    continue
                hit_lines += [l for _, _, l in hits]
                whole = any(ng == l for _, _, l in hits)
                if not whole and not 40 <= len(g) <= 120:
                    warnings.append("%s: gold length %d: %r" % (qid, len(g), g))
            text = " ".join(hit_lines)
            for grp in must:
                if hit_lines and not any(norm(a) in text for a in grp):
                    warnings.append("%s: no alternative of must group %s appears in the gold lines"
                                    % (qid, grp[:3]))
    for qid, n in seen.items():
        if n > 1:
            errors.append("%s: duplicate id" % qid)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("%d questions in %d file(s): %d error(s), %d warning(s)" %
          (total, len(paths), len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    args = sys.argv[1:] or [os.path.join(HERE, "tune.json"), os.path.join(HERE, "held-out.json")]
    sys.exit(main(args))
