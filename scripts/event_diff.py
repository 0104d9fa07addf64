#!/usr/bin/env python3
"""Show matched events with system vs gold actors, fatalities and sub-types.

usage: event_diff.py GOLD_DIR PRED.jsonl
"""
import glob, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "contract"))
from score import event_matches, actor_ok  # noqa: E402

gold_dir, pred_file = sys.argv[1], sys.argv[2]
pred = {json.loads(l)["doc_id"]: json.loads(l) for l in open(pred_file, encoding="utf-8") if l.strip()}
for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
    doc = os.path.splitext(os.path.basename(path))[0]
    g = json.load(open(path, encoding="utf-8"))
    evs = [e for e in pred.get(doc, {}).get("events", [])]
    for ge in g["events"]:
        se = next((e for e in evs if event_matches(e, ge)), None)
        if se is None:
            continue
        a1 = (se.get("actor1") or {}).get("text")
        a2 = (se.get("actor2") or {}).get("text")
        ok1, ok2 = actor_ok(se.get("actor1"), ge["actor1_forms"]), actor_ok(se.get("actor2"), ge["actor2_forms"])
        print(f"{doc[:14]} {ge['id']} {ge['sub_event_type'][:16]:16} sys={se['sub_event_type'][:16]:16} "
              f"a1[{'ok' if ok1 else ('--' if ok1 is None else 'XX')}] {a1} / {ge['actor1_forms'][:2]}  "
              f"a2[{'ok' if ok2 else ('--' if ok2 is None else 'XX')}] {a2} / {ge['actor2_forms'][:2]}  "
              f"dead {se.get('fatalities')}/{ge.get('fatalities')}")
