#!/usr/bin/env python3
"""Convert the inline-annotated web-register texts (*.txt in this folder) to the uniform NER JSONL schema.

Markup: [[surface text|LABEL]]. One paragraph per non-empty line; a document is one file.
Usage: python3 convert.py            -> writes web-train.jsonl and web-dev.jsonl
       python3 convert.py --report   -> also prints labels per surface string and likely misses
The conversion itself is ../annotated_text.py, shared with the other annotated folders.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from annotated_text import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], HERE, "sinorussia-web", "web"))
