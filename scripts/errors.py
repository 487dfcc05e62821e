#!/usr/bin/env python3
"""The errors of `stance extract` on the tune split's documents, one document at a time: what to study.

usage: errors.py SCORE_PY GOLD.json POSITIONS.jsonl [DOCUMENT-ID-PREFIX ...]

Refuses check documents: they are the blind test.
"""
import importlib.util
import json
import sys


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    spec = importlib.util.spec_from_file_location("score", argv[1])
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    goldset = json.load(open(argv[2], encoding="utf-8"))
    wanted = argv[4:]
    for doc in goldset["documents"]:
        if doc.get("split") != "tune":
            if any(doc["id"].startswith(w) for w in wanted):
                sys.exit(f"errors: {doc['id']} is a check document")
            continue
        if wanted and not any(doc["id"].startswith(w) for w in wanted):
            continue
        keys = {k: doc["id"] for k in scorer.doc_keys(doc)}
        gold = [{"doc": doc["id"], "actor": p["actor"].upper(), "sentence": p["sentence"], "issue": p["issue"],
                 "stance": p["stance"]} for p in doc["positions"] if p.get("kind", "statement") in scorer.SCORED_KINDS]
        system = scorer.load_system(argv[3], keys)
        pairs = scorer.match(gold, system)
        mg = {g: s for g, s in pairs}
        ms = {s for _, s in pairs}
        print(f"=== {doc['id']} ({doc['type']}) gold {len(gold)} system {len(system)} matched {len(pairs)}")
        for i, g in enumerate(gold):
            if i in mg:
                s = system[mg[i]]
                flag = "" if s["stance"] == g["stance"] else "  STANCE"
                print(f"  ok   {g['actor']:5s} {g['issue'][:28]:28s} {g['stance']:7s}| {s['issue'][:28]:28s} {s['stance']}{flag} :: {g['sentence'][:110]}")
        for i, g in enumerate(gold):
            if i not in mg:
                print(f"  MISS {g['actor']:5s} {g['issue'][:28]:28s} {g['stance']:7s}:: {g['sentence'][:150]}")
        for i, s in enumerate(system):
            if i not in ms:
                print(f"  SPUR {s['actor']:5s} {s['issue'][:28]:28s} {s['stance']:7s}:: {s['evidence'][:150]}")


if __name__ == "__main__":
    main(sys.argv)
