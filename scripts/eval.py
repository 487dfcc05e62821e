#!/usr/bin/env python3
"""Score `stance extract` output on the dev set, with the groups and tables `make eval` prints.

usage: eval.py SCORE_PY GOLD.json POSITIONS.jsonl [--split tune|check] [--calibration]

--split S       score only the documents of one split; for `check` only aggregate lines are
                printed (it is the blind test: never look at its errors)
--calibration   a table of confidence bands and the share of positions in each that match gold

Scoring itself is the shared score.py's (imported, not copied), so numbers agree with it.
"""
import importlib.util
import json
import sys
from collections import defaultdict


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = [a for a in argv[1:] if a.startswith("--")]
    split = None
    if "--split" in argv:
        split = argv[argv.index("--split") + 1]
        args.remove(split)
    if len(args) != 3:
        sys.exit(__doc__)
    scorer = load_scorer(args[0])
    with open(args[1], encoding="utf-8") as fh:
        goldset = json.load(fh)
    documents = [d for d in goldset["documents"] if split is None or d.get("split") == split]
    if not documents:
        sys.exit(f"eval: no documents in split {split!r}")
    key_to_doc, gold = {}, []
    for doc in documents:
        for k in scorer.doc_keys(doc):
            key_to_doc[k] = doc["id"]
        for p in doc.get("positions", []):
            if p.get("kind", "statement") in scorer.SCORED_KINDS:
                gold.append({"doc": doc["id"], "actor": p["actor"].upper(), "sentence": p["sentence"],
                             "issue": p["issue"], "stance": p["stance"]})
    system = scorer.load_system(args[2], key_to_doc)
    if split:
        print(f"split {split}: {len(documents)} documents")
    scorer.print_summary(scorer.score(gold, system, False))
    if "--calibration" in flags:
        calibration(scorer, gold, system, args[2], key_to_doc)


def calibration(scorer, gold, system, positions_path, key_to_doc):
    """Confidence band → how many positions fall in it and what share of them match a gold position."""
    confidences = []
    with open(positions_path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            p = json.loads(line)
            if p.get("kind", "statement") not in scorer.SCORED_KINDS:
                continue
            d = str(p.get("document", ""))
            if d in key_to_doc or d.rsplit(".", 1)[0] in key_to_doc:
                confidences.append(float(p.get("confidence", 0)))
    assert len(confidences) == len(system), "positions and their confidences out of step"
    matched = {s for _, s in scorer.match(gold, system)}
    bands = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6), (0.0, 0.5)]
    rows = defaultdict(lambda: [0, 0])
    for i, c in enumerate(confidences):
        for lo, hi in bands:
            if lo <= c < hi:
                rows[(lo, hi)][0] += 1
                rows[(lo, hi)][1] += i in matched
    print("calibration: confidence band / positions / precision")
    for lo, hi in bands:
        n, ok = rows[(lo, hi)]
        label = f"{lo:.1f}-{min(hi, 1.0):.1f}"
        print(f"  {label:9s} {n:5d}  {ok / n if n else 0:.3f}")
    high = [i for i, c in enumerate(confidences) if c >= 0.8]
    if high:
        print(f"  >= 0.8    {len(high):5d}  {sum(i in matched for i in high) / len(high):.3f}")


if __name__ == "__main__":
    main(sys.argv)
