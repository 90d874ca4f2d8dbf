"""Checks questions.json and corpus/manifest.json of this folder. Run from this folder."""
import json, glob, os, re, sys, unicodedata
from collections import Counter

def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = s.replace('\u2019', "'").replace('\u2010', '-').replace('\u2011', '-')
    return re.sub(r'\s+', ' ', s).strip()

errors = []
def err(msg): errors.append(msg)

# --- manifest ---
man = json.load(open('corpus/manifest.json', encoding='utf-8'))
if set(man) != {'version', 'documents'} or man['version'] != 1: err('manifest: bad top level')
KINDS = {'circular', 'resolution', 'report', 'guidelines', 'proposal'}
BASE = ['file', 'id', 'title', 'citation', 'short', 'body', 'date', 'language', 'kind', 'aliases']
for d in man['documents']:
    want = BASE + (['annexes'] if d.get('kind') == 'circular' else [])
    if list(d) != want: err(f"manifest {d.get('id')}: fields {list(d)}")
    if d['language'] != 'en': err(f"manifest {d['id']}: language")
    if d['kind'] not in KINDS: err(f"manifest {d['id']}: kind")
    if not os.path.isfile(os.path.join('corpus', d['file'])): err(f"manifest {d['id']}: missing file")
    if d['kind'] == 'circular' and set(d['annexes']) != {'1', '2'}: err('manifest: annexes')

# --- documents ---
docs = {}
for p in sorted(glob.glob('corpus/documents/*.txt')):
    lines = open(p, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    if not 60 <= len(lines) <= 140: err(f'{p}: {len(lines)} lines')
    docs[p] = [norm(l) for l in lines]
if sorted(os.path.relpath(p, 'corpus') for p in docs) != sorted(d['file'] for d in man['documents']):
    err('manifest files != documents')

# --- questions ---
qs = json.load(open('questions.json', encoding='utf-8'))
FIELDS = ['id', 'lang', 'kind', 'question', 'gold', 'must', 'abstain']
ids = [q.get('id') for q in qs]
if ids != [f'u{n}' for n in range(301, 331)]: err(f'ids: {ids}')
cross_two_docs = 0
for q in qs:
    i = q.get('id')
    if list(q) != FIELDS: err(f'{i}: fields {list(q)}'); continue
    ab = q['kind'] in ('unanswerable', 'injection')
    if q['abstain'] is not ab: err(f'{i}: abstain flag')
    if ab:
        if q['gold'] or q['must']: err(f'{i}: gold/must must be empty')
        continue
    if not 1 <= len(q['gold']) <= 4: err(f'{i}: {len(q["gold"])} gold')
    if not 1 <= len(q['must']) <= 2: err(f'{i}: {len(q["must"])} must groups')
    gold_lines, gold_docs = [], set()
    for g in q['gold']:
        ng = norm(g)
        hits = [(p, l) for p, ls in docs.items() for l in ls if ng in l]
        if len(hits) != 1:
            err(f'{i}: gold in {len(hits)} lines: {g[:60]}'); continue
        p, l = hits[0]
        if not (40 <= len(g) <= 120 or ng == l): err(f'{i}: gold length {len(g)}: {g[:60]}')
        gold_lines.append(l); gold_docs.add(p)
    for grp in q['must']:
        if not grp or not any(norm(a) in l for a in grp for l in gold_lines):
            err(f'{i}: must group not in gold lines: {grp}')
    if q['kind'] == 'crossdoc' and len(gold_docs) >= 2: cross_two_docs += 1

langs = Counter(q['lang'] for q in qs); kinds = Counter(q['kind'] for q in qs)
if dict(langs) != {'en': 18, 'fr': 7, 'es': 5}: err(f'langs {dict(langs)}')
want_k = {'factoid': 16, 'list': 4, 'crossdoc': 4, 'unanswerable': 3, 'injection': 1, 'paraphrase': 2}
if dict(kinds) != want_k: err(f'kinds {dict(kinds)}')
if cross_two_docs < 2: err(f'only {cross_two_docs} crossdoc questions span two documents')

print('questions:', len(qs), 'langs:', dict(langs), 'kinds:', dict(kinds))
print('crossdoc spanning two documents:', cross_two_docs)
print('documents:', {os.path.basename(p): len(l) for p, l in docs.items()})
if errors:
    print('FAIL'); [print(' -', e) for e in errors]; sys.exit(1)
print('OK')
