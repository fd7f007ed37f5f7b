#!/usr/bin/env python3
"""Convert the sourced seed list of national helplines into data/helplines.json.

Usage: convert_helplines.py SEED_HELPLINES_JSON CHECKED_ON > data/helplines.json

Every entry keeps its source URL and the source page's own date; CHECKED_ON is the
date the compilation was read into Harbour (the "last checked" date the app shows).
Entries without a source are refused: the app never shows an unsourced number.
"""
import json
import re
import sys


def dial_digits(text):
    """The digits to dial, from a display string such as '111 (select option 2)'."""
    if text is None:
        return None
    head = re.split(r"[(,;]", text)[0]
    digits = re.sub(r"[^0-9+]", "", head)
    return digits or None


def sms_parts(text):
    """'Text SHOUT to 85258' -> ('85258', 'SHOUT'); '07786 209697' -> ('07786209697', None)."""
    if text is None:
        return None, None
    m = re.match(r"^\s*Text\s+(\S+)\s+to\s+([0-9 ]+)\s*$", text)
    if m:
        return re.sub(r"\D", "", m.group(2)), m.group(1)
    m = re.match(r"^\s*Text\s+([0-9 -]+)\s*$", text)
    if m:
        return re.sub(r"\D", "", m.group(1)), None
    return dial_digits(text), None


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def main():
    seed_path, checked_on = sys.argv[1], sys.argv[2]
    with open(seed_path, encoding="utf-8") as f:
        seed = json.load(f)
    out = []
    for h in seed:
        if not h.get("source_url"):
            raise SystemExit(f"no source for {h['name']}: refusing to ship it")
        sms_number, sms_body = sms_parts(h.get("sms"))
        out.append(
            {
                "id": f"{h['country'].lower()}-{slug(h['name'])}"[:64].rstrip("-"),
                "country": h["country"],
                "name": h["name"],
                "phone": h.get("number"),
                "phone_dial": dial_digits(h.get("number")),
                "sms": h.get("sms"),
                "sms_number": sms_number,
                "sms_body": sms_body,
                "hours": h.get("hours"),
                "languages": h.get("languages"),
                "notes": h.get("notes"),
                "source_url": h["source_url"],
                "source_date": h.get("source_date"),
                "last_checked": checked_on,
            }
        )
    doc = {
        "dataset": {
            "name": "Harbour national crisis helplines",
            "licence": "Facts compiled for Harbour from public pages; see data/README.md",
            "report_problem_url": None,
            "last_checked_meaning": "the date this list was compiled from archived copies of the source pages; re-check against the provider before relying on it",
        },
        "helplines": out,
    }
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
