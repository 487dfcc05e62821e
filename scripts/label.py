#!/usr/bin/env python3
"""Label each position of the tune documents right or wrong against the gold, for training the confidence model.

usage: label.py SCORE_PY GOLD.json POSITIONS.jsonl > labeled.jsonl

POSITIONS.jsonl comes from `stance extract --features`. A position is right when the scorer matches it to a gold
position (same document and actor, evidence overlapping the gold sentence). Check documents are left out: they
are the blind test, and a model trained on them would no longer say how Stance does on unseen documents.
Each output line: {"document", "features", "right"}.
"""
import importlib.util
import json
import sys


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    spec = importlib.util.spec_from_file_location("score", argv[1])
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    goldset = json.load(open(argv[2], encoding="utf-8"))
    rows = [json.loads(line) for line in open(argv[3], encoding="utf-8") if line.strip()]
    for doc in goldset["documents"]:
        if doc.get("split") != "tune":
            continue
        keys = scorer.doc_keys(doc)
        gold = [{"doc": doc["id"], "actor": p["actor"].upper(), "sentence": p["sentence"], "issue": p["issue"],
                 "stance": p["stance"]} for p in doc["positions"] if p.get("kind", "statement") in scorer.SCORED_KINDS]
        mine = [r for r in rows if r.get("kind") in scorer.SCORED_KINDS and r.get("features")
                and any(k in keys for k in (r["document"],))]
        system = [{"doc": doc["id"], "actor": r["actor"].upper(), "evidence": r["evidence"], "issue": r["issue"],
                   "stance": r["stance"]} for r in mine]
        right = {s for _, s in scorer.match(gold, system)}
        for i, r in enumerate(mine):
            print(json.dumps({"document": doc["id"], "features": r["features"], "right": i in right}))


if __name__ == "__main__":
    main(sys.argv)
