import json, unicodedata, re, glob, collections, os
def norm(s):
    s=unicodedata.normalize("NFKC",s).lower().replace("\u2019","'").replace("\u2010","-").replace("\u2011","-")
    return re.sub(r"\s+"," ",s).strip()
lines=[]
for f in sorted(glob.glob("corpus/documents/*.txt")):
    for i,l in enumerate(open(f,encoding="utf-8").read().splitlines(),1):
        lines.append((os.path.basename(f),i,norm(l)))
Q=json.load(open("questions.json",encoding="utf-8"))
errs=[]
F=["id","lang","kind","question","gold","must","abstain"]
ids=set()
for q in Q:
    if list(q)!=F: errs.append((q.get("id"),"fields",list(q)))
    ids.add(q["id"])
    ab=q["kind"] in("unanswerable","injection")
    if q["abstain"]!=ab: errs.append((q["id"],"abstain"))
    if ab:
        if q["gold"] or q["must"]: errs.append((q["id"],"abstain with gold/must"))
        continue
    if not 1<=len(q["gold"])<=4: errs.append((q["id"],"ngold"))
    if not 1<=len(q["must"])<=2: errs.append((q["id"],"nmust"))
    glines=[]; docs=set()
    for g in q["gold"]:
        n=norm(g); hits=[x for x in lines if n in x[2]]
        if len(hits)!=1: errs.append((q["id"],"gold hits=%d"%len(hits),g)); continue
        full=hits[0][2]==n or re.sub(r"^[–•-]\s*","",hits[0][2])==n
        if not(40<=len(g)<=120 or full): errs.append((q["id"],"len %d"%len(g),g))
        glines.append(hits[0][2]); docs.add(hits[0][0])
    for grp in q["must"]:
        if not any(norm(a) in gl for a in grp for gl in glines): errs.append((q["id"],"must not in gold lines",grp))
    if q["kind"]=="crossdoc": print(q["id"],"crossdoc docs:",sorted(docs))
assert ids=={"u%d"%i for i in range(201,231)}, "ids"
print(collections.Counter(q["lang"] for q in Q)); print(collections.Counter(q["kind"] for q in Q))
print(collections.Counter((q["lang"],q["kind"]) for q in Q))
print("ERRORS:",errs if errs else "none")
