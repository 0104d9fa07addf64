#!/usr/bin/env python3
"""List missed gold entities and false-positive system entities per article.

usage: entity_diff.py GOLD_DIR PRED.jsonl   (uses the contract scorer's normalisation)
"""
import glob, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "contract"))
from score import norm, coarse  # noqa: E402

gold_dir, pred_file = sys.argv[1], sys.argv[2]
pred = {json.loads(l)["doc_id"]: json.loads(l) for l in open(pred_file, encoding="utf-8") if l.strip()}
for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
    doc = os.path.splitext(os.path.basename(path))[0]
    g = json.load(open(path, encoding="utf-8"))
    sys_ents = pred.get(doc, {}).get("entities", [])
    gold = [(coarse(e["type"]), {norm(f) for f in e["forms"]}, e["forms"][0]) for e in g["entities"]]
    used, fps = set(), []
    for e in sys_ents:
        forms = {norm(m["text"]) for m in e["mentions"]}
        hit = next((i for i, (t, gf, _) in enumerate(gold) if i not in used and t == coarse(e["type"]) and forms & gf), None)
        if hit is None:
            fps.append(f'{e["type"]}:{e["mentions"][0]["text"]}')
        else:
            used.add(hit)
    missed = [f"{t}:{f}" for i, (t, _, f) in enumerate(gold) if i not in used]
    print(f"{doc}\n  missed: {', '.join(missed)}\n  false:  {', '.join(fps)}")
