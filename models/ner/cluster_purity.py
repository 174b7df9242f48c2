"""Intrinsic check of a word-cluster file against the entity labels of the UNER English-EWT *train* split.

Usage (from the repository root): python3 models/ner/cluster_purity.py models/ner/word-clusters.txt [more files]

Each word type seen in UNER train gets its majority tag type (O, PER, ORG, LOC, OTH). For each path-prefix length
(4, 6, 10, 20; the lengths the tagger uses as features) and each labelled word, the other labelled words sharing the
prefix vote (leave-one-out):
  type = share of entity words whose most frequent entity type among the other entity words of the group is their own;
  bal  = balanced accuracy of "entity word" vs "O word", predicting "entity" when the group's entity share exceeds the
         overall share.
Only a rough guide for comparing cluster files; the real test is the tagger's dev F1. Never point it at a test split.
"""
import collections
import sys

LABELS = "../shared/data/uner-english-ewt/en_ewt-ud-train.iob2"

votes = collections.defaultdict(collections.Counter)
for line in open(LABELS, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    columns = line.split("\t")
    votes[columns[1]][columns[2][2:] if columns[2] != "O" else "O"] += 1
majority = {word: counts.most_common(1)[0][0] for word, counts in votes.items()}

for name in sys.argv[1:]:
    paths = {}
    for line in open(name, encoding="utf-8"):
        path, word, _ = line.rstrip("\n").split("\t")
        paths[word] = path
    words = [w for w in paths if w in majority]
    rate = sum(majority[w] != "O" for w in words) / len(words)
    report = []
    for length in (4, 6, 10, 20):
        groups = collections.defaultdict(collections.Counter)
        for w in words:
            groups[paths[w][:length]][majority[w]] += 1
        right = total = tp = fn = tn = fp = 0
        for w in words:
            label = majority[w]
            others = groups[paths[w][:length]].copy()
            others[label] -= 1
            entities = collections.Counter({k: v for k, v in others.items() if k != "O" and v > 0})
            size = sum(v for v in others.values() if v > 0)
            predicted_entity = size > 0 and sum(entities.values()) / size > rate
            if label != "O":
                total += 1
                right += bool(entities) and entities.most_common(1)[0][0] == label
                tp += predicted_entity
                fn += not predicted_entity
            else:
                tn += not predicted_entity
                fp += predicted_entity
        report.append("L%d type %.3f bal %.3f" % (length, right / total, (tp / (tp + fn) + tn / (tn + fp)) / 2))
    print(name, "|", " | ".join(report))
