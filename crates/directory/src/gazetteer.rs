//! Places a person can type ("Grantham", "Derry"), from GeoNames via `data/gazetteer-gb.tsv`
//! (CC BY 4.0, see `data/README.md`), and "LAT,LON" text.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

const BUNDLED: &str = include_str!("../../../data/gazetteer-gb.tsv");

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
        Ok(Self { places, by_key })
    }

    pub fn bundled() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        // Checked by the tests; a broken file would fail them before it ships.
        G.get_or_init(|| Gazetteer::parse(BUNDLED).unwrap_or_else(|e| panic!("bundled {e}")))
    }

    /// Every place with this name (or alternate name), most populous first.
    /// "Newport, Isle of Wight" and "Perth (Scotland)" narrow by a nearby place or a nation.
    pub fn lookup(&self, name: &str) -> Vec<&Place> {
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

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
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
    fn coordinates_parse_and_range_check() {
        assert_eq!(parse_lat_lon("52.9, -0.64"), Some((52.9, -0.64)));
        assert_eq!(parse_lat_lon("100,0"), None);
        assert_eq!(parse_lat_lon("Grantham"), None);
    }
}
