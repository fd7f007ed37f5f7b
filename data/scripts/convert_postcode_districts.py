#!/usr/bin/env python3
"""Makes data/postcode-districts-gb.tsv from gibbs/uk-postcodes `postcodes.csv`.

    python3 data/scripts/convert_postcode_districts.py postcodes.csv COMMIT DATE > data/postcode-districts-gb.tsv

Takes only facts: the outward code, the nation and the position rounded to 3 decimal places
(about 100 m). Columns are found by name in the CSV header (`postcode`, `latitude`,
`longitude`, `country`, and `uk_region` when present), so a copy holding only those columns
gives the same output. Rows outside the United Kingdom (the source's Crown Dependencies:
Guernsey, Jersey, Isle of Man) are left out.

Nation: the source's `country` column, except where its own `uk_region` column names another
nation (NATION_FROM_REGION below, with the source's words). When `uk_region` is present the
script checks that list is exactly the rows where the two columns disagree.
"""

import csv
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

NATIONS = {"ENG", "WLS", "SCT", "NIR"}
CROWN_DEPENDENCIES = {"GG", "JE", "IM"}
REGION_NATION = {"Scotland": "SCT", "Wales": "WLS", "Northern Ireland": "NIR"}

# Rows whose `country` disagrees with the nation their `uk_region` names, as the source has them.
NATION_FROM_REGION = {
    # country ENG, uk_region "Wales" (Saltney, Shotton, Flint, Mold, Holywell: Flintshire).
    "CH4": "WLS",
    "CH5": "WLS",
    "CH6": "WLS",
    "CH7": "WLS",
    "CH8": "WLS",
    # country SCT, uk_region "North East England" (Cornhill-on-Tweed, Berwick-upon-Tweed:
    # Northumberland). TD12 also covers Coldstream, in Scotland: the district straddles the border.
    "TD12": "ENG",
    "TD15": "ENG",
}

OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")


def rounded(text):
    return str(Decimal(text).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def region_nation(region):
    if region in REGION_NATION:
        return REGION_NATION[region]
    if region == "London" or region.endswith("England") or region in (
        "East Midlands",
        "West Midlands",
        "Yorkshire and the Humber",
    ):
        return "ENG"
    return None


def main(path, commit, date):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        width = len(header)
        rows = []
        disagree = {}
        for n, fields in enumerate(reader, start=2):
            if not fields:
                continue
            if len(fields) != width:
                # The source has unquoted commas in a few town names (EH47): the columns we
                # need are found from the left (code, position) and the right (region, country).
                if len(fields) < width or "town" not in col:
                    sys.exit(f"line {n}: {len(fields)} fields, expected {width}")
                right = {name: fields[i - width] for name, i in col.items() if i > col["town"]}
                left = {name: fields[i] for name, i in col.items() if i < col["town"]}
                get = {**left, **right}.get
            else:
                get = lambda name: fields[col[name]] if name in col else None
            code, country = get("postcode"), get("country")
            if not OUTWARD.match(code):
                sys.exit(f"line {n}: {code!r} is not an outward code")
            if country in CROWN_DEPENDENCIES:
                continue
            if country not in NATIONS:
                sys.exit(f"line {n}: unknown country {country!r}")
            region = get("uk_region")
            if region is not None and region_nation(region) not in (None, country):
                disagree[code] = region_nation(region)
            nation = NATION_FROM_REGION.get(code, country)
            rows.append((code, nation, rounded(get("latitude")), rounded(get("longitude"))))
    if "uk_region" in col and disagree != NATION_FROM_REGION:
        sys.exit(f"country and uk_region disagree on {disagree}, not {NATION_FROM_REGION}")
    codes = [r[0] for r in rows]
    if len(set(codes)) != len(codes):
        sys.exit("duplicate outward codes")
    print(
        "# UK postcode districts (outward codes) and their centres, from gibbs/uk-postcodes\n"
        f"# `postcodes.csv` (https://github.com/gibbs/uk-postcodes, commit {commit}),\n"
        f"# read {date}. That repository states no licence. The positions are facts about the Ordnance\n"
        "# Survey / ONS postcode geography, which is published under the Open Government Licence v3.0\n"
        "# (Code-Point Open, ONSPD). Only the outward code, nation and position (rounded to 3 decimals,\n"
        "# about 100 m) are taken; Guernsey, Jersey and the Isle of Man are left out.\n"
        "# Made by data/scripts/convert_postcode_districts.py; see data/README.md.\n"
        "# district\tnation\tlatitude\tlongitude"
    )
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
