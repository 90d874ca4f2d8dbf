#!/usr/bin/env python3
"""Check tune-u.json (corpus T) and held-out-u.json (corpus H).

Prints counts only (never item text). On a problem it prints the item id and
the kind of problem. Exit status 1 on any error.

Usage: python3 check.py [tune-u.json] [held-out-u.json]   (default: both, next to this file)
"""
import glob, json, os, re, sys, unicodedata
from collections import Counter

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "unseen")
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    "tune-u.json": {"prefix": "t", "corpus": {"tune": "fr", "tune-en": "en"}},
    "held-out-u.json": {"prefix": "w", "corpus": {"held-out": "fr", "held-out-en": "en"}},
}
SUPPORTED_KINDS = ["paraphrase", "cross-lingual", "multi-clause", "number-date-ok", "negation-ok", "french-abbrev"]
UNSUPPORTED_KINDS = ["wrong-number", "entity-swap", "negation-flip", "invention", "wrong-clause",
                     "half-wrong", "number-binding", "title-only"]
KINDS = SUPPORTED_KINDS + UNSUPPORTED_KINDS
LANGS = ["en", "fr", "es"]
FIELDS = {"id": str, "lang": str, "kind": str, "supported": bool, "text": str, "sources": list, "why": str}
N_ITEMS = 56
FR_ABBREV = re.compile(r"(\bM\.|\bMM\.|\bMme\b|\bRés\.|\bRév\.|\bDoc\.|\bp\. ex\.|\bn°|§|https?://)")


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    return " ".join(s.split())


def load_corpus(dirs):
    lines = []  # (doc, line_no, doc_lang, raw, normalised)
    for d, lang in dirs.items():
        files = sorted(glob.glob(f"{BASE}/{d}/corpus/documents/*.txt"))
        if not files:
            raise SystemExit(f"no documents in {d}")
        for f in files:
            with open(f, encoding="utf-8") as fh:
                for no, raw in enumerate(fh.read().split("\n"), 1):
                    lines.append((f"{d}/{os.path.basename(f)}", no, lang, raw, norm(raw)))
    return lines


def check_file(path, spec):
    name = os.path.basename(path)
    errors, warnings = [], []
    try:
        with open(path, encoding="utf-8") as fh:
            items = json.load(fh)
    except Exception as e:  # noqa
        print(f"{name}: invalid JSON ({type(e).__name__})")
        return 1
    if not isinstance(items, list):
        print(f"{name}: top level is not a list")
        return 1
    lines = load_corpus(spec["corpus"])
    prefix = spec["prefix"]
    expected_ids = {f"{prefix}{i:03d}" for i in range(1, N_ITEMS + 1)}
    seen_ids = Counter()
    by_kls = Counter()      # (kind, label, lang)
    by_label_lang = Counter()
    by_doc = Counter()       # documents cited (per item, distinct)
    by_kind_doclang = Counter()
    n_sources = 0

    for pos, it in enumerate(items):
        iid = it.get("id") if isinstance(it, dict) else None
        tag = iid if isinstance(iid, str) else f"#{pos}"
        if not isinstance(it, dict):
            errors.append(f"{tag}: not an object"); continue
        if set(it.keys()) != set(FIELDS):
            errors.append(f"{tag}: fields {sorted(set(it.keys()) ^ set(FIELDS))} wrong"); continue
        bad_type = [k for k, t in FIELDS.items() if not isinstance(it[k], t)]
        if bad_type:
            errors.append(f"{tag}: wrong type for {bad_type}"); continue
        seen_ids[iid] += 1
        if iid not in expected_ids:
            errors.append(f"{tag}: id outside {prefix}001..{prefix}{N_ITEMS:03d}")
        if it["lang"] not in LANGS:
            errors.append(f"{tag}: bad lang")
        if it["kind"] not in KINDS:
            errors.append(f"{tag}: bad kind"); continue
        if it["supported"] != (it["kind"] in SUPPORTED_KINDS):
            errors.append(f"{tag}: label does not match kind")
        if not it["text"].strip() or not it["why"].strip():
            errors.append(f"{tag}: empty text or why")
        srcs = it["sources"]
        if not srcs or not all(isinstance(s, str) for s in srcs):
            errors.append(f"{tag}: sources must be a non-empty list of strings"); continue
        if it["kind"] == "multi-clause" and len(srcs) < 2:
            errors.append(f"{tag}: multi-clause with fewer than two sources")
        # markers
        markers = [int(m) for m in re.findall(r"\[(\d+)\]", it["text"])]
        if not markers:
            errors.append(f"{tag}: no marker in text")
        for m in markers:
            if m < 1 or m > len(srcs):
                errors.append(f"{tag}: marker [{m}] has no source")
        for n in range(1, len(srcs) + 1):
            if n not in markers:
                errors.append(f"{tag}: source {n} is not cited")
        # snippets
        docs, doc_langs = set(), set()
        for n, s in enumerate(srcs, 1):
            n_sources += 1
            if not 40 <= len(s) <= 120:
                errors.append(f"{tag}: source {n} length {len(s)} outside 40-120")
            if "\n" in s:
                errors.append(f"{tag}: source {n} spans lines")
            ns = norm(s)
            hits = [(d, no, lg, raw) for d, no, lg, raw, nl in lines if ns and ns in nl]
            if len(hits) != 1:
                errors.append(f"{tag}: source {n} found in {len(hits)} lines of the corpus (need exactly 1)")
                continue
            d, no, lg, raw = hits[0]
            if s not in raw:
                warnings.append(f"{tag}: source {n} is not byte-verbatim")
            docs.add(d); doc_langs.add(lg)
        # composition sanity on language of sentence vs documents
        if len(doc_langs) == 1:
            dl = next(iter(doc_langs))
            if it["kind"] == "paraphrase" and it["lang"] != dl:
                errors.append(f"{tag}: paraphrase in another language than its clause")
            if it["kind"] == "cross-lingual" and it["lang"] == dl:
                errors.append(f"{tag}: cross-lingual in the same language as its clause")
            by_kind_doclang[(it["kind"], dl)] += 1
        elif doc_langs:
            by_kind_doclang[(it["kind"], "mixed")] += 1
        if it["kind"] == "french-abbrev":
            if it["lang"] != "fr":
                errors.append(f"{tag}: french-abbrev not in French")
            if not FR_ABBREV.search(it["text"]):
                errors.append(f"{tag}: french-abbrev without an abbreviation or URL")
        for d in docs:
            by_doc[d] += 1
        label = "supported" if it["supported"] else "unsupported"
        by_kls[(it["kind"], label, it["lang"])] += 1
        by_label_lang[(label, it["lang"])] += 1

    dup = [i for i, c in seen_ids.items() if c > 1]
    if dup:
        errors.append(f"duplicate ids: {sorted(dup)}")
    missing = expected_ids - set(seen_ids)
    if missing:
        errors.append(f"{len(missing)} ids missing")
    if len(items) != N_ITEMS:
        errors.append(f"{len(items)} items, expected {N_ITEMS}")
    for k in KINDS:
        n = sum(v for (kk, _, _), v in by_kls.items() if kk == k)
        if not 3 <= n <= 6:
            errors.append(f"kind {k}: {n} items (need 3-6)")
    n_sup = sum(v for (l, _), v in by_label_lang.items() if l == "supported")
    if n_sup != N_ITEMS // 2:
        errors.append(f"{n_sup} supported items, expected {N_ITEMS // 2}")

    # ---- report (counts only) ----
    print(f"== {name}: {len(items)} items, {n_sources} sources")
    print(f"{'kind':16s} {'label':12s} {'en':>3s} {'fr':>3s} {'es':>3s} {'all':>4s} {'FRdoc':>6s} {'ENdoc':>6s}")
    for k in KINDS:
        label = "supported" if k in SUPPORTED_KINDS else "unsupported"
        row = [by_kls[(k, label, l)] for l in LANGS]
        print(f"{k:16s} {label:12s} {row[0]:3d} {row[1]:3d} {row[2]:3d} {sum(row):4d} "
              f"{by_kind_doclang[(k, 'fr')]:6d} {by_kind_doclang[(k, 'en')]:6d}")
    for label in ("supported", "unsupported"):
        row = [by_label_lang[(label, l)] for l in LANGS]
        print(f"{'total':16s} {label:12s} {row[0]:3d} {row[1]:3d} {row[2]:3d} {sum(row):4d}")
    row = [sum(by_label_lang[(lb, l)] for lb in ("supported", "unsupported")) for l in LANGS]
    print(f"{'total':16s} {'all':12s} {row[0]:3d} {row[1]:3d} {row[2]:3d} {sum(row):4d}")
    print("items citing each document: " + ", ".join(f"{d} {c}" for d, c in sorted(by_doc.items())))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{name}: {'OK' if not errors else str(len(errors)) + ' error(s)'}, {len(warnings)} warning(s)")
    return 1 if errors else 0


def main(argv):
    paths = argv[1:] or [os.path.join(HERE, f) for f in FILES]
    rc = 0
    for p in paths:
        spec = FILES.get(os.path.basename(p))
        if spec is None:
            print(f"{p}: unknown file (expected tune-u.json or held-out-u.json)")
            rc = 1
            continue
        rc |= check_file(p, spec)
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
