"""Builds alignment.tsv (the default stance model's training set) from the seed-document annotations and the
hand-written paragraphs. Run from this folder: python3 build_training_set.py
Paragraphs of the seed documents are the non-empty runs of text between line breaks with at least 25 words."""
import re

SEEDS = "../../../samples/data/"

# paragraph index (in the list of non-empty lines) -> label, per ../../../../shared/ANNOTATION.md
SEED_LABELS = {
    "000_a34bcc13e8b50a29.txt": {7: "none", 8: "favor", 9: "favor", 10: "favor", 11: "favor", 13: "favor", 15: "favor",
                                 16: "favor", 17: "none", 18: "none", 19: "favor", 21: "favor", 22: "favor", 23: "favor",
                                 24: "favor", 25: "favor", 26: "none", 27: "favor", 28: "none"},
    "001_af0e269193000604.txt": {1: "against", 3: "against", 4: "against", 5: "against", 7: "against", 8: "against",
                                 9: "none", 10: "against", 12: "against", 14: "against", 15: "none", 16: "none", 26: "none"},
    "002_98c51071952c303e.txt": {0: "against", 1: "favor", 2: "against", 3: "against", 5: "favor", 6: "against",
                                 8: "against", 9: "against", 10: "against", 12: "against", 13: "against", 14: "against"},
    "003_7eb2d5991ab17ead.txt": {1: "favor", 2: "favor", 3: "favor", 4: "against", 5: "favor", 6: "favor", 8: "none",
                                 10: "favor", 11: "none", 12: "none", 13: "none", 14: "none", 16: "favor"},
    "004_2499fbbe9431c70d.txt": {1: "none", 2: "favor", 3: "favor", 5: "favor", 6: "favor", 7: "favor", 9: "favor",
                                 10: "favor", 11: "favor", 12: "none", 14: "none", 15: "favor", 16: "none", 17: "favor",
                                 18: "favor", 20: "none", 25: "favor"},
}


def clean(text):
    return re.sub(r"\s+", " ", text).strip()


rows = []
for name, labels in SEED_LABELS.items():
    text = open(SEEDS + name, encoding="utf-8-sig").read()
    paragraphs = [p.strip() for p in re.split(r"\n+", text) if p.strip()]
    for index, label in sorted(labels.items()):
        paragraph = paragraphs[index]
        assert len(re.findall(r"\w+", paragraph)) >= 25, (name, index)
        rows.append((f"seed-{name[:3]}", label, f"seed:{name}#{index}", clean(paragraph)))

for line in open("written.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        continue
    group, label, text = line.split("|", 2)
    assert label in ("favor", "against", "none"), line
    assert len(re.findall(r"\w+", text)) >= 25, line
    rows.append((group, label, "written", clean(text)))

with open("alignment.tsv", "w", encoding="utf-8", newline="\n") as out:
    out.write("group\tlabel\tsource\ttext\n")
    for row in rows:
        assert "\t" not in "".join(row)
        out.write("\t".join(row) + "\n")

print(len(rows), "rows")
