#!/usr/bin/env python3
"""Convert inline-annotated texts (*.txt in one folder) to the uniform NER JSONL schema; shared by
domain/convert.py and encyclopedic/convert.py, which name the folder, the dataset and the output prefix.

Markup: [[surface text|LABEL]]. One paragraph per non-empty line; a document is one file.
Usage: python3 <folder>/convert.py   -> writes <prefix>-train.jsonl and <prefix>-dev.jsonl in the folder
       python3 convert.py --report   -> also prints, per surface string, the labels it got and
                                        unannotated occurrences of annotated strings (likely misses)
"""
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(".")
DATASET = ""
PREFIX = ""
LABELS = {"PERSON", "NORP", "GPE", "LOC", "ORG", "EVENT", "LAW", "DATE", "MONEY", "PERCENT", "QUANTITY",
          "CARDINAL", "TIME", "ORDINAL", "FAC", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
DEV_FRACTION = 0.15
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z_]+)\]\]")
TITLES = ("President ", "Prime Minister ", "Minister ", "Mr. ", "Mrs. ", "Ms. ", "Dr. ", "General ", "Gen. ",
          "Premier ", "Chairman ", "Ambassador ", "Professor ", "Prof. ", "Secretary ", "Senator ",
          "Mr ", "Mrs ", "Ms ", "Dr ", "Sir ", "Colonel ", "Col. ", "Captain ", "Capt. ", "Sheikh ", "Fr. ", "Rev. ")


class MarkupError(Exception):
    pass


def is_punct(ch):
    return unicodedata.category(ch).startswith("P")


def check_span(surface, label, where):
    if label not in LABELS:
        raise MarkupError(f"{where}: unknown label {label!r}")
    if surface != surface.strip() or not surface:
        raise MarkupError(f"{where}: span {surface!r} has leading/trailing space")
    first, last = surface[0], surface[-1]
    if is_punct(first) and not (first in "'’" and label == "DATE" and surface[1:2].isdigit()):
        raise MarkupError(f"{where}: span {surface!r} starts with punctuation")
    abbrev = re.search(r"(?:^|[\s.])[A-Za-z]{1,3}\.$", surface) is not None
    if is_punct(last) and not (last == "%" or (last == "." and abbrev) or (last == ")" and "(" in surface)):
        raise MarkupError(f"{where}: span {surface!r} ends with punctuation")
    # A business named with a possessive keeps it (McDonald's, Wendy's, Sainsbury's); people and places never do.
    if re.search(r"['’]s$", surface) and label not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART"):
        raise MarkupError(f"{where}: span {surface!r} includes a possessive ending")
    if label != "DATE" and surface.startswith("the "):
        raise MarkupError(f"{where}: span {surface!r} includes a determiner")
    if label == "PERSON" and surface.startswith(TITLES):
        raise MarkupError(f"{where}: span {surface!r} includes a title")


def parse_line(line, where):
    text, entities, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(line):
        plain = line[pos:m.start()]
        text.append(plain)
        out_len += len(plain)
        surface, label = m.group(1), m.group(2)
        check_span(surface, label, f"{where}, column {m.start() + 1}")
        entities.append({"start": out_len, "end": out_len + len(surface), "label": label, "text": surface})
        text.append(surface)
        out_len += len(surface)
        pos = m.end()
    text.append(line[pos:])
    plain_text = "".join(text)
    for token in ("[[", "]]"):
        if token in line[pos:] or any(token in t for t in text[::2]):
            col = line.find(token) + 1
            raise MarkupError(f"{where}, column {col}: unbalanced or malformed markup near {line[max(0, col - 20):col + 30]!r}")
    for e in entities:
        if plain_text[e["start"]:e["end"]] != e["text"]:
            raise MarkupError(f"{where}: offset mismatch for {e['text']!r}")
        before = plain_text[e["start"] - 1:e["start"]]
        after = plain_text[e["end"]:e["end"] + 1]
        if before.isalnum() or after.isalnum():
            raise MarkupError(f"{where}: span {e['text']!r} starts or ends inside a word")
    for a, b in zip(entities, entities[1:]):
        if b["start"] < a["end"]:
            raise MarkupError(f"{where}: overlapping spans {a['text']!r} and {b['text']!r}")
    return plain_text, entities


def load_documents():
    docs = []
    for path in sorted(HERE.glob("*.txt")):
        paragraphs = []
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = raw.strip()
            if not line:
                continue
            if any(ord(c) > 0xFFFF for c in line):
                raise MarkupError(f"{path.name}, line {n}: character outside the Basic Multilingual Plane")
            paragraphs.append((n, *parse_line(line, f"{path.name}, line {n}")))
        if not paragraphs:
            raise MarkupError(f"{path.name}: empty document")
        docs.append((path.stem, paragraphs))
    if not docs:
        raise MarkupError(f"no *.txt documents in {HERE}")
    return docs


def dev_ids(doc_ids):
    ranked = sorted(doc_ids, key=lambda d: hashlib.sha1(d.encode("utf-8")).hexdigest())
    return set(ranked[:max(1, round(len(ranked) * DEV_FRACTION))])


def report(docs):
    labels_of = defaultdict(Counter)
    for _, paragraphs in docs:
        for _, _, entities in paragraphs:
            for e in entities:
                labels_of[e["text"]][e["label"]] += 1
    print("== surface strings with more than one label ==")
    for surface, counts in sorted(labels_of.items()):
        if len(counts) > 1:
            print(f"  {surface!r}: {dict(counts)}")
    print("== unannotated occurrences of annotated strings (check each) ==")
    names = sorted((s for s, c in labels_of.items() if not set(c) & {"CARDINAL", "DATE"} and len(s) > 2),
                   key=len, reverse=True)
    for doc_id, paragraphs in docs:
        for n, text, entities in paragraphs:
            covered = [False] * len(text)
            for e in entities:
                for i in range(e["start"], e["end"]):
                    covered[i] = True
            for s in names:
                for m in re.finditer(r"(?<![\w-])" + re.escape(s) + r"(?![\w-])", text):
                    if not any(covered[m.start():m.end()]):
                        print(f"  {doc_id}, line {n}: {s!r} ... {text[max(0, m.start() - 30):m.end() + 30]!r}")
                        for i in range(m.start(), m.end()):
                            covered[i] = True


def main(argv, folder, dataset, prefix):
    global HERE, DATASET, PREFIX
    HERE, DATASET, PREFIX = Path(folder), dataset, prefix
    try:
        docs = load_documents()
    except MarkupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    dev = dev_ids([d for d, _ in docs])
    counts = {"train": Counter(), "dev": Counter()}
    files = {split: open(HERE / f"{PREFIX}-{split}.jsonl", "w", encoding="utf-8", newline="\n") for split in counts}
    with files["train"], files["dev"]:
        for doc_id, paragraphs in docs:
            split = "dev" if doc_id in dev else "train"
            counts[split]["#documents"] += 1
            for n, (line_no, text, entities) in enumerate(paragraphs, start=1):
                counts[split]["#paragraphs"] += 1
                counts[split]["#words"] += len(text.split())
                for e in entities:
                    counts[split][e["label"]] += 1
                record = {"dataset": DATASET, "split": split, "doc_id": doc_id, "sent_id": f"{doc_id}-p{n:03d}",
                          "text": text, "text_source": "document", "tokens": None, "token_spans": None,
                          "entities": entities}
                files[split].write(json.dumps(record, ensure_ascii=False) + "\n")
    for split, c in counts.items():
        print(split + ": " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    if "--report" in argv:
        report(docs)
    return 0


if __name__ == "__main__":
    sys.exit("run domain/convert.py or encyclopedic/convert.py")
