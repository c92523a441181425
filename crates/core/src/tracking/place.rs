//! Places: JNE branch codes to city names, and the place named in a history text.

/// JNE branch codes start with the city's three-letter (mostly IATA) code: `CGK10000` is a
/// Jakarta branch. Only the city is shown, never the branch, which can be a small agent.
const BRANCH_CITIES: &[(&str, &str)] = &[
    ("AMQ", "AMBON"),
    ("BDJ", "BANJARMASIN"),
    ("BDO", "BANDUNG"),
    ("BKS", "BENGKULU"),
    ("BOO", "BOGOR"),
    ("BPN", "BALIKPAPAN"),
    ("BTH", "BATAM"),
    ("BTJ", "BANDA ACEH"),
    ("CBN", "CIREBON"),
    ("CGK", "JAKARTA"),
    ("DJB", "JAMBI"),
    ("DJJ", "JAYAPURA"),
    ("DPS", "DENPASAR"),
    ("JOG", "YOGYAKARTA"),
    ("KDI", "KENDARI"),
    ("KOE", "KUPANG"),
    ("LOP", "MATARAM"),
    ("MDC", "MANADO"),
    ("MES", "MEDAN"),
    ("MLG", "MALANG"),
    ("PDG", "PADANG"),
    ("PKU", "PEKANBARU"),
    ("PLM", "PALEMBANG"),
    ("PLW", "PALU"),
    ("PNK", "PONTIANAK"),
    ("SOC", "SOLO"),
    ("SRG", "SEMARANG"),
    ("SRI", "SAMARINDA"),
    ("SUB", "SURABAYA"),
    ("TGR", "TANGERANG"),
    ("TKG", "BANDAR LAMPUNG"),
    ("UPG", "MAKASSAR"),
];

/// The city of a branch code (`CGK10000` → `JAKARTA`), if the code's city is known.
pub fn city_of_branch(code: &str) -> Option<&'static str> {
    let prefix = code.trim().get(0..3)?.to_ascii_uppercase();
    BRANCH_CITIES
        .iter()
        .find(|(city_code, _)| *city_code == prefix)
        .map(|&(_, city)| city)
}

/// The place in a history text: the last bracket, and in `[who | when | where]` its last
/// field. `[JAKARTA , HUB CAKUNG]` becomes `JAKARTA, HUB CAKUNG`.
pub fn place_in_text(text: &str) -> Option<String> {
    let open = text.rfind('[')?;
    let close = text[open..].find(']').map_or(text.len(), |at| open + at);
    let inside = &text[open + 1..close];
    let field = inside.rsplit('|').next().unwrap_or(inside);
    let parts: Vec<&str> = field
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let place = parts.join(", ");
    // A field without letters is a date, not a place; a mask is a person, not a place.
    (place.chars().any(char::is_alphabetic) && !place.contains('*')).then_some(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_codes() {
        assert_eq!(city_of_branch("CGK10000"), Some("JAKARTA"));
        assert_eq!(city_of_branch("sub10000"), Some("SURABAYA"));
        assert_eq!(city_of_branch("XX"), None);
        assert_eq!(city_of_branch("ZZZ10000"), None);
    }

    #[test]
    fn places_in_texts() {
        let place = |text| place_in_text(text);
        assert_eq!(
            place(
                "SHIPMENT FORWARDED FROM TRANSIT CITY TO DESTINATION CITY [JAKARTA , HUB CAKUNG]"
            ),
            Some("JAKARTA, HUB CAKUNG".into())
        );
        assert_eq!(
            place("DELIVERED TO [A*** Y*** | 22-11-2026 14:05 | SURABAYA ]"),
            Some("SURABAYA".into())
        );
        assert_eq!(place("MANIFESTED"), None);
        assert_eq!(place("DELIVERED TO [A*** Y***]"), None);
        assert_eq!(place("X [22-11-2026 14:05]"), None);
    }
}
