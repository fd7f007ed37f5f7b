#!/usr/bin/env python3
"""Writes one section of BENCHMARKS.md: the text on stdin replaces the section
headed "## NAME" (or is appended), other sections are left alone; the section
is echoed so the bench script's caller sees it too.

Usage: ... | scripts/write-bench-section.py NAME
SECTION_FILE=RELIABILITY.md writes into another file of the same shape.
"""
import os
import re
import sys

name = sys.argv[1]
path = os.environ.get("SECTION_FILE", "BENCHMARKS.md")
section = sys.stdin.read().strip("\n") + "\n"
if not section.startswith(f"## {name}\n"):
    sys.exit(f"write-bench-section: the text does not start with '## {name}'")
try:
    text = open(path).read()
except FileNotFoundError:
    text = "# " + os.path.splitext(os.path.basename(path))[0].title() + "\n"
pattern = re.compile(rf"^## {re.escape(name)}\n.*?(?=^## |\Z)", re.S | re.M)
if pattern.search(text):
    # A function, not a string: the section's backslashes stay as written.
    text = pattern.sub(lambda _: section + "\n", text, count=1)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text.rstrip("\n") + "\n")
print(section, end="")
