//! Distances on the Earth. The R-tree indexes points on the unit sphere in 3-D, where the
//! straight-line (chord) distance grows with the great-circle distance, so "nearest by
//! chord" is "nearest on the ground" with no projection errors near the poles or the
//! antimeridian.

/// Mean Earth radius (IUGG), in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

pub fn haversine_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// A point on the unit sphere.
pub fn unit_vector((lat, lon): (f64, f64)) -> [f64; 3] {
    let (p, l) = (lat.to_radians(), lon.to_radians());
    [p.cos() * l.cos(), p.cos() * l.sin(), p.sin()]
}

/// Great-circle km from the squared chord length between two unit vectors.
pub fn chord2_to_km(chord2: f64) -> f64 {
    let chord = chord2.max(0.0).sqrt().min(2.0);
    2.0 * EARTH_RADIUS_KM * (chord / 2.0).asin()
}

/// Percent-encodes a search query for an OpenStreetMap link.
pub fn encode_query(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// An OpenStreetMap link to a place: its point when the coordinates are its
/// own (not a town centre's), else a search for its address; `None` with
/// neither.
pub fn directions_href(exact: Option<(f64, f64)>, address: &[&str]) -> Option<String> {
    if let Some((lat, lon)) = exact {
        return Some(format!(
            "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=17/{lat:.5}/{lon:.5}"
        ));
    }
    if address.is_empty() {
        return None;
    }
    Some(format!(
        "https://www.openstreetmap.org/search?query={}",
        encode_query(&address.join(", "))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn london_to_edinburgh_is_about_534_km() {
        let d = haversine_km((51.5074, -0.1278), (55.9533, -3.1883));
        assert!((d - 534.0).abs() < 2.0, "{d}");
        let (a, b) = (
            unit_vector((51.5074, -0.1278)),
            unit_vector((55.9533, -3.1883)),
        );
        let chord2: f64 = (0..3).map(|i| (a[i] - b[i]).powi(2)).sum();
        assert!((chord2_to_km(chord2) - d).abs() < 1e-6);
    }
}
