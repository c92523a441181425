//! The two languages of the UI: Bahasa Indonesia first, English on request.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The other language: what the language switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }
}

const MONTHS_ID: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A local date (`YYYY-MM-DD`) or date and time (`YYYY-MM-DDTHH:MM`) as people read it:
/// `12 Sep 2024 14.02` in Indonesian (which writes time with a dot), `12 Sep 2024 14:02` in
/// English. Anything else is returned as it is, so nothing is ever hidden.
pub fn format_datetime(iso: &str, lang: Lang) -> String {
    let (date, time) = match iso.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (iso, None),
    };
    let mut parts = date.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let month_name = month
        .parse::<usize>()
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|m| match lang {
            Lang::Id => MONTHS_ID.get(m),
            Lang::En => MONTHS_EN.get(m),
        });
    let (Some(month_name), Ok(day)) = (month_name, day.parse::<u8>()) else {
        return iso.to_owned();
    };
    let date = format!("{day} {month_name} {year}");
    match time.and_then(|t| t.get(..5)) {
        Some(hhmm) if lang == Lang::Id => format!("{date} {}", hhmm.replace(':', ".")),
        Some(hhmm) => format!("{date} {hhmm}"),
        None => date,
    }
}

/// A whole number as people read it: `12.450` in Indonesian, `12,450` in English.
pub fn format_number(number: u64, lang: Lang) -> String {
    let separator = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_the_way_each_language_writes_them() {
        assert_eq!(format_number(12_450, Lang::Id), "12.450");
        assert_eq!(format_number(12_450, Lang::En), "12,450");
        assert_eq!(format_number(1_234_567, Lang::Id), "1.234.567");
        assert_eq!(format_number(999, Lang::En), "999");
        assert_eq!(format_number(0, Lang::Id), "0");
        assert_eq!(format_number(100_000, Lang::En), "100,000");
    }

    #[test]
    fn formats_dates_the_way_each_language_writes_them() {
        assert_eq!(
            format_datetime("2024-09-12T14:02", Lang::Id),
            "12 Sep 2024 14.02"
        );
        assert_eq!(
            format_datetime("2024-09-12T14:02", Lang::En),
            "12 Sep 2024 14:02"
        );
        assert_eq!(format_datetime("2024-05-03", Lang::Id), "3 Mei 2024");
        assert_eq!(format_datetime("2024-08-17", Lang::En), "17 Aug 2024");
    }

    #[test]
    fn leaves_what_it_cannot_read_as_it_is() {
        for odd in ["", "yesterday", "2024-13-01", "2024-00-10", "2024-09"] {
            assert_eq!(format_datetime(odd, Lang::Id), odd);
        }
    }
}
