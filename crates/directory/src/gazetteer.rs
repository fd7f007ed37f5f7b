//! Places a person can type ("Grantham", "Derry"), from GeoNames via `data/gazetteer-gb.tsv`
//! (CC BY 4.0, see `data/README.md`); UK postcode districts ("M1", "SW1A 1AA") from
//! `data/postcode-districts-gb.tsv` (see `data/README.md`); and "LAT,LON" text.
//!
//! A text that names a town is a town; only a text that names no town is tried as a postcode.
//! No town name in the bundled gazetteer has the shape of a postcode (a test checks), so today
//! the order never changes an answer.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

const BUNDLED: &str = include_str!("../../../data/gazetteer-gb.tsv");
const BUNDLED_DISTRICTS: &str = include_str!("../../../data/postcode-districts-gb.tsv");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    /// `england`, `wales`, `scotland` or `northern-ireland`.
    pub nation: String,
    pub latitude: f64,
    pub longitude: f64,
    pub population: u32,
}

pub struct Gazetteer {
    places: Vec<Place>,
    /// Folded name or alternate name -> places, most populous first.
    by_key: HashMap<String, Vec<u32>>,
    /// Postcode districts by outward code in capitals ("M1", "SW1A"); each is a [`Place`]
    /// named by its code, with population 0.
    districts: HashMap<String, Place>,
}

fn nation(code: &str) -> Option<&'static str> {
    Some(match code {
        "ENG" => "england",
        "WLS" => "wales",
        "SCT" => "scotland",
        "NIR" => "northern-ireland",
        _ => return None,
    })
}

/// Lower case, common accents removed, punctuation as single spaces: "St. Helens" and
/// "st helens" meet, as do "Ynys Môn" and "ynys mon". Mirrors `fold` in the data script.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars() {
        let mapped: &str = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' => "a",
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' => "o",
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
            'ŵ' | 'Ŵ' => "w",
            'ŷ' | 'ÿ' | 'ý' | 'Ŷ' => "y",
            'ç' | 'Ç' => "c",
            'ñ' | 'Ñ' => "n",
            '&' => " and ",
            '\'' | '’' | '‘' => "",
            _ => "",
        };
        if !mapped.is_empty() {
            for m in mapped.chars() {
                if m == ' ' {
                    if !space {
                        out.push(' ');
                        space = true;
                    }
                } else {
                    out.push(m);
                    space = false;
                }
            }
            continue;
        }
        if matches!(c, '\'' | '’' | '‘') {
            continue;
        }
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

impl Gazetteer {
    /// Parses the TSV: name, nation code, latitude, longitude, population, alternates (`|`).
    pub fn parse(tsv: &str) -> Result<Self, String> {
        let mut places = Vec::new();
        let mut keys: Vec<(String, u32)> = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let bad = || format!("gazetteer line {}: {line:?}", n + 1);
            if cols.len() < 5 {
                return Err(bad());
            }
            let latitude: f64 = cols[2].parse().map_err(|_| bad())?;
            let longitude: f64 = cols[3].parse().map_err(|_| bad())?;
            if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
                return Err(bad());
            }
            let id = u32::try_from(places.len()).map_err(|_| bad())?;
            keys.push((fold(cols[0]), id));
            for alt in cols
                .get(5)
                .unwrap_or(&"")
                .split('|')
                .filter(|a| !a.is_empty())
            {
                keys.push((fold(alt), id));
            }
            places.push(Place {
                name: cols[0].to_string(),
                nation: nation(cols[1]).ok_or_else(bad)?.to_string(),
                latitude,
                longitude,
                population: cols[4].parse().map_err(|_| bad())?,
            });
        }
        let mut by_key: HashMap<String, Vec<u32>> = HashMap::new();
        for (key, id) in keys {
            let ids = by_key.entry(key).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        for ids in by_key.values_mut() {
            ids.sort_by_key(|&i| std::cmp::Reverse(places[i as usize].population));
        }
        Ok(Self {
            places,
            by_key,
            districts: HashMap::new(),
        })
    }

    /// Adds postcode districts from a TSV: outward code, nation code, latitude, longitude.
    /// Refuses a malformed line, a code that is not an outward code in capitals, or a code
    /// given twice.
    pub fn with_postcode_districts(mut self, tsv: &str) -> Result<Self, String> {
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = |why: &str| format!("postcode districts line {}: {why}: {line:?}", n + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, nation_code, lat, lon] = cols[..] else {
                return Err(bad("expected 4 columns"));
            };
            if !is_outward_code(code) {
                return Err(bad("not an outward code"));
            }
            let latitude: f64 = lat.parse().map_err(|_| bad("latitude"))?;
            let longitude: f64 = lon.parse().map_err(|_| bad("longitude"))?;
            if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
                return Err(bad("out of range"));
            }
            let place = Place {
                name: code.to_string(),
                nation: nation(nation_code)
                    .ok_or_else(|| bad("nation"))?
                    .to_string(),
                latitude,
                longitude,
                population: 0,
            };
            if self.districts.insert(code.to_string(), place).is_some() {
                return Err(bad("given twice"));
            }
        }
        Ok(self)
    }

    /// The bundled gazetteer: towns and postcode districts, parsed once.
    pub fn bundled() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        // Checked by the tests; a broken file would fail them before it ships.
        G.get_or_init(|| Self::parse_bundled().unwrap_or_else(|e| panic!("bundled {e}")))
    }

    fn parse_bundled() -> Result<Gazetteer, String> {
        Gazetteer::parse(BUNDLED)?.with_postcode_districts(BUNDLED_DISTRICTS)
    }

    /// Every place with this name (or alternate name), most populous first; or, when no town
    /// has this name, the postcode district it names ("M1", "m1 1ad", "SW1A1AA"): see
    /// [`outward_code`]. Empty when the text names neither.
    /// "Newport, Isle of Wight" and "Perth (Scotland)" narrow by a nearby place or a nation.
    pub fn lookup(&self, text: &str) -> Vec<&Place> {
        let towns = self.lookup_town(text);
        if !towns.is_empty() {
            return towns;
        }
        self.postcode_district(text).into_iter().collect()
    }

    /// The postcode district a typed postcode or outward code names, if the gazetteer knows it.
    pub fn postcode_district(&self, text: &str) -> Option<&Place> {
        self.districts.get(&outward_code(text)?)
    }

    /// Every postcode district, in no particular order.
    pub fn postcode_districts(&self) -> impl Iterator<Item = &Place> {
        self.districts.values()
    }

    /// Towns only: every place with this name (or alternate name), most populous first.
    pub fn lookup_town(&self, name: &str) -> Vec<&Place> {
        let places = |key: &str| -> Vec<&Place> {
            self.by_key
                .get(key)
                .into_iter()
                .flatten()
                .map(|&i| &self.places[i as usize])
                .collect()
        };
        let whole = places(&fold(name));
        if !whole.is_empty() {
            return whole;
        }
        let Some((head, rest)) = name.split_once([',', '(']) else {
            return whole;
        };
        let qualifier = fold(rest);
        let found = places(&fold(head));
        let narrowed: Vec<&Place> = found
            .iter()
            .copied()
            .filter(|p| fold(&p.nation) == qualifier || self.near_named(p, &qualifier))
            .collect();
        if narrowed.is_empty() {
            found
        } else {
            narrowed
        }
    }

    fn near_named(&self, place: &Place, name: &str) -> bool {
        self.by_key.get(name).into_iter().flatten().any(|&i| {
            let other = &self.places[i as usize];
            crate::geo::haversine_km(
                (place.latitude, place.longitude),
                (other.latitude, other.longitude),
            ) < 40.0
        })
    }

    /// The number of towns (postcode districts not counted).
    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The number of postcode districts.
    pub fn districts_len(&self) -> usize {
        self.districts.len()
    }
}

/// Whether `code` is shaped like a UK outward code, in capitals: one or two letters, a digit,
/// then an optional digit or letter ("M1", "B33", "SW1A", "EC1A", "LL57", "E1W"). Whether the
/// district exists is for the data to say.
pub fn is_outward_code(code: &str) -> bool {
    let b = code.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) {
        return false;
    }
    match &b[letters..] {
        [d] => d.is_ascii_digit(),
        [d, e] => d.is_ascii_digit() && (e.is_ascii_digit() || e.is_ascii_uppercase()),
        _ => false,
    }
}

/// The inward code of a full postcode ("1AA"), or the start of one ("1", "1A": a sector).
fn is_inward_or_start(code: &str) -> bool {
    let b = code.as_bytes();
    !b.is_empty()
        && b.len() <= 3
        && b[0].is_ascii_digit()
        && b[1..].iter().all(u8::is_ascii_uppercase)
}

/// The outward code in a typed postcode: "m1" and "M1 1AD" give "M1", "sw1a1aa" and
/// "SW1A 1AA" give "SW1A", "M1 1" (a sector) gives "M1". Case and surrounding spaces do not
/// matter; anything else (a town name, "M", three words, punctuation) gives `None`. Only the
/// shape is checked: "ZZ99" gives "ZZ99", which no district has.
pub fn outward_code(text: &str) -> Option<String> {
    // The longest postcode with spaces around it is well under this; longer text is not one.
    if text.len() > 32 {
        return None;
    }
    let mut words = text.split_whitespace();
    let first = words.next()?.to_ascii_uppercase();
    let second = words.next().map(str::to_ascii_uppercase);
    if words.next().is_some() {
        return None;
    }
    match second {
        Some(inward) => (is_outward_code(&first) && is_inward_or_start(&inward)).then_some(first),
        None if is_outward_code(&first) => Some(first),
        // A full postcode without its space: the inward code is always a digit and two letters.
        None => {
            let split = first.len().checked_sub(3)?;
            let (outward, inward) = (first.get(..split)?, first.get(split..)?);
            (inward.len() == 3 && is_inward_or_start(inward) && is_outward_code(outward))
                .then(|| outward.to_string())
        }
    }
}

/// Parses "53.2,-0.54" (latitude first), with optional spaces.
pub fn parse_lat_lon(text: &str) -> Option<(f64, f64)> {
    let (a, b) = text.split_once(',')?;
    let lat: f64 = a.trim().parse().ok()?;
    let lon: f64 = b.trim().parse().ok()?;
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_gazetteer_knows_uk_towns() {
        let g = Gazetteer::bundled();
        assert!(g.len() > 5000);
        let grantham = g.lookup("grantham");
        assert_eq!(grantham[0].name, "Grantham");
        assert_eq!(grantham[0].nation, "england");
        assert!((grantham[0].latitude - 52.91).abs() < 0.05);
        // Alternate names: Derry is also Londonderry; Cardiff is Caerdydd.
        assert_eq!(g.lookup("Londonderry")[0].name, "Derry");
        assert_eq!(g.lookup("Caerdydd")[0].name, "Cardiff");
        // Several Newports: the most populous first.
        let newports = g.lookup("Newport");
        assert!(newports.len() > 3);
        assert_eq!(newports[0].nation, "wales");
        assert!(g.lookup("Atlantis-on-Sea").is_empty());
        assert_eq!(g.lookup("Newport (England)")[0].nation, "england");
    }

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(fold("St. Helens"), "st helens");
        assert_eq!(fold("  Ynys Môn "), "ynys mon");
        assert_eq!(fold("Bishop's Stortford"), "bishops stortford");
    }

    #[test]
    fn bundled_files_parse() {
        // A broken bundled file is a build bug: this fails before it ships, so `bundled()`
        // never meets one at run time.
        let g = Gazetteer::parse_bundled().unwrap();
        assert!(g.len() > 5000);
        assert!(g.districts_len() >= 2500, "{}", g.districts_len());
    }

    #[test]
    fn postcode_district_rows_are_sane() {
        let rows: Vec<&str> = BUNDLED_DISTRICTS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        assert!(rows.len() >= 2500, "{} rows", rows.len());
        let mut seen = std::collections::HashSet::new();
        for row in &rows {
            let cols: Vec<&str> = row.split('\t').collect();
            assert_eq!(cols.len(), 4, "{row:?}");
            assert!(is_outward_code(cols[0]), "{row:?}");
            assert!(seen.insert(cols[0]), "given twice: {row:?}");
            assert!(nation(cols[1]).is_some(), "{row:?}");
            let lat: f64 = cols[2].parse().unwrap();
            let lon: f64 = cols[3].parse().unwrap();
            assert!((49.8..=60.9).contains(&lat), "{row:?}");
            assert!((-8.7..=1.8).contains(&lon), "{row:?}");
            for c in &cols[2..] {
                assert!(
                    c.split_once('.').is_some_and(|(_, d)| d.len() <= 3),
                    "{row:?}"
                );
            }
        }
        assert_eq!(Gazetteer::bundled().districts_len(), rows.len());
    }

    #[test]
    fn known_districts_are_where_they_should_be() {
        use crate::geo::haversine_km;
        let g = Gazetteer::bundled();
        for (code, nation, centre, km) in [
            ("M1", "england", (53.48, -2.24), 3.0), // Manchester city centre
            ("SW1A", "england", (51.50, -0.14), 3.0), // Westminster
            ("BT7", "northern-ireland", (54.597, -5.930), 4.0), // Belfast
            ("CF10", "wales", (51.481, -3.180), 3.0), // Cardiff
            ("EH1", "scotland", (55.953, -3.189), 2.0), // Edinburgh
            ("LL57", "wales", (53.227, -4.129), 5.0), // Bangor, Gwynedd
            ("ZE1", "scotland", (60.155, -1.145), 5.0), // Lerwick
            ("TR21", "england", (49.914, -6.315), 6.0), // St Mary's, Isles of Scilly
            ("CH7", "wales", (53.166, -3.139), 3.0), // Mold: the source says ENG
            ("TD15", "england", (55.771, -2.007), 5.0), // Berwick: the source says SCT
        ] {
            let d = g
                .postcode_district(code)
                .unwrap_or_else(|| panic!("{code}"));
            assert_eq!(d.name, code);
            assert_eq!(d.nation, nation, "{code}");
            let away = haversine_km(centre, (d.latitude, d.longitude));
            assert!(away < km, "{code} is {away:.1} km from {centre:?}");
        }
        // Against GeoNames' town centres, an independent source.
        for (code, town, km) in [
            ("M1", "Manchester", 3.0),
            ("EH1", "Edinburgh", 2.0),
            ("BT1", "Belfast", 2.0),
            ("CF10", "Cardiff", 3.0),
            ("G1", "Glasgow", 2.0),
            ("LS1", "Leeds", 2.0),
            ("NG31", "Grantham", 3.0),
            ("AB10", "Aberdeen", 3.0),
            ("PL1", "Plymouth", 3.0),
            ("NR1", "Norwich", 3.0),
        ] {
            let (d, t) = (g.postcode_district(code).unwrap(), g.lookup_town(town)[0]);
            let away = haversine_km((d.latitude, d.longitude), (t.latitude, t.longitude));
            assert!(away < km, "{code} is {away:.1} km from {town}");
        }
    }

    #[test]
    fn typed_postcodes_give_their_outward_code() {
        for (typed, outward) in [
            ("M1", "M1"),
            ("m1", "M1"),
            ("M1 1AD", "M1"),
            ("m1 1ad", "M1"),
            ("M11AD", "M1"),
            ("  sw1a   1aa ", "SW1A"),
            ("SW1A1AA", "SW1A"),
            ("SW1A 1AA", "SW1A"),
            ("bt7", "BT7"),
            ("BT7 1NN", "BT7"),
            ("ec1a1bb", "EC1A"),
            ("E1W", "E1W"),
            ("M11", "M11"),
            ("M1 1", "M1"),
            ("M1 1A", "M1"),
            ("ZZ99", "ZZ99"),
        ] {
            assert_eq!(outward_code(typed).as_deref(), Some(outward), "{typed:?}");
        }
        for junk in [
            "",
            " ",
            "M",
            "m",
            "1",
            "MM",
            "M1A1",
            "M123",
            "ABC1",
            "Grantham",
            "St Helens",
            "SU 103699",
            "M1 1AD X",
            "M1-1AD",
            "M1 AD",
            "M1 11AD",
            "Ynys Môn",
            "M1 1ÄD",
            "ＭＡ１",
            "52.9,-0.64",
        ] {
            assert_eq!(outward_code(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn typed_postcodes_find_their_district_and_junk_finds_nothing() {
        let g = Gazetteer::bundled();
        for (typed, code) in [("m1 1ad", "M1"), ("SW1A1AA", "SW1A"), ("bt7", "BT7")] {
            let found = g.lookup(typed);
            assert_eq!(found.len(), 1, "{typed:?}");
            assert_eq!(found[0].name, code);
            assert_eq!(found[0].population, 0);
        }
        // Shaped like a postcode but no such district; too short; a misspelt town.
        for nothing in ["ZZ99", "ZZ99 1AA", "M", "E20 1AA", "Granthma"] {
            assert!(g.lookup(nothing).is_empty(), "{nothing:?}");
        }
    }

    #[test]
    fn towns_win_and_no_town_looks_like_a_postcode() {
        let g = Gazetteer::bundled();
        // So the order "town first" never hides a district today.
        for key in g.by_key.keys() {
            assert_eq!(
                outward_code(key),
                None,
                "town name {key:?} looks like a postcode"
            );
        }
        for d in g.postcode_districts() {
            assert!(
                g.lookup_town(&d.name).is_empty(),
                "{} is also a town",
                d.name
            );
            assert_eq!(g.lookup(&d.name), vec![d]);
            assert_eq!(g.lookup(&d.name.to_lowercase()), vec![d]);
        }
        assert_eq!(g.lookup("Grantham")[0].name, "Grantham");
        assert_eq!(g.lookup("Newport (England)")[0].nation, "england");
    }

    #[test]
    fn malformed_district_files_are_refused() {
        let towns = || Gazetteer::parse("Grantham\tENG\t52.91\t-0.64\t45000\n").unwrap();
        let ok = "# comment\nNG31\tENG\t52.914\t-0.639\n";
        assert_eq!(
            towns().with_postcode_districts(ok).unwrap().districts_len(),
            1
        );
        for bad in [
            "ng31\tENG\t52.914\t-0.639",
            "NG31 \tENG\t52.914\t-0.639",
            "NG31\tXYZ\t52.914\t-0.639",
            "NG31\tENG\tNaN\t-0.639",
            "NG31\tENG\t52.914\t-200",
            "NG31\tENG\t52.914",
            "NG31\tENG\t52.914\t-0.639\textra",
            "NG31\tENG\t52.914\t-0.639\nNG31\tENG\t52.9\t-0.6",
        ] {
            assert!(towns().with_postcode_districts(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn coordinates_parse_and_range_check() {
        assert_eq!(parse_lat_lon("52.9, -0.64"), Some((52.9, -0.64)));
        assert_eq!(parse_lat_lon("100,0"), None);
        assert_eq!(parse_lat_lon("Grantham"), None);
    }
}
