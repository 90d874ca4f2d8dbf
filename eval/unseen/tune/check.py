import json, re, unicodedata, glob, os, collections, sys
def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = s.replace('\u2019', "'").replace('\u2010', '-').replace('\u2011', '-')
    return re.sub(r'\s+', ' ', s).strip()
docs = {}
for p in sorted(glob.glob('corpus/documents/*.txt')):
    docs[os.path.basename(p)] = [norm(l) for l in open(p, encoding='utf-8').read().split('\n')]
errs = []
Q = json.load(open('questions.json', encoding='utf-8'))
FIELDS = ['id', 'lang', 'kind', 'question', 'gold', 'must', 'abstain']
if [q['id'] for q in Q] != [f'u{i}' for i in range(101, 131)]: errs.append('ids')
cross_two_docs = 0
for q in Q:
    i = q['id']
    if list(q.keys()) != FIELDS: errs.append(f'{i}: fields {list(q.keys())}')
    if q['abstain'] != (q['kind'] in ('unanswerable', 'injection')): errs.append(f'{i}: abstain flag')
    if q['abstain']:
        if q['gold'] or q['must']: errs.append(f'{i}: abstain with gold/must')
        continue
    if not 1 <= len(q['gold']) <= 4: errs.append(f'{i}: gold count')
    if not 1 <= len(q['must']) <= 2: errs.append(f'{i}: must count')
    gold_lines = []; files = set()
    for g in q['gold']:
        ng = norm(g)
        hits = [(f, n) for f, ls in docs.items() for n, l in enumerate(ls) if ng in l]
        if len(hits) != 1:
            errs.append(f'{i}: gold in {len(hits)} lines: {g[:50]}'); continue
        f, n = hits[0]; line = docs[f][n]
        short_line = len(line) < 40 or ng == line or re.sub(r'^(–|-|•|\w{1,3}\)|[\d.]+) ', '', line) == ng
        if not (40 <= len(g) <= 120 or short_line): errs.append(f'{i}: gold length {len(g)}: {g[:50]}')
        gold_lines.append(line); files.add(f)
    if q['kind'] == 'crossdoc' and len(files) >= 2: cross_two_docs += 1
    for grp in q['must']:
        if not any(norm(a) in gl for a in grp for gl in gold_lines):
            errs.append(f'{i}: must group not in gold lines: {grp}')
c_lang = collections.Counter(q['lang'] for q in Q); c_kind = collections.Counter(q['kind'] for q in Q)
print('lang', dict(c_lang)); print('kind', dict(c_kind)); print('crossdoc across 2 docs:', cross_two_docs)
if c_lang != {'en': 18, 'fr': 7, 'es': 5}: errs.append('lang counts')
if c_kind != {'factoid': 16, 'list': 4, 'crossdoc': 4, 'unanswerable': 3, 'injection': 1, 'paraphrase': 2}: errs.append('kind counts')
if cross_two_docs < 2: errs.append('crossdoc across docs < 2')
m = json.load(open('corpus/manifest.json', encoding='utf-8'))
for d in m['documents']:
    if not os.path.exists(os.path.join('corpus', d['file'])): errs.append('manifest file missing ' + d['file'])
for p in glob.glob('corpus/documents/*.txt'):
    n = open(p, encoding='utf-8').read().count('\n')
    if not 60 <= n <= 140: errs.append(f'{p}: {n} lines')
print('ERRORS' if errs else 'ALL CHECKS PASSED', *errs, sep='\n')
sys.exit(1 if errs else 0)
