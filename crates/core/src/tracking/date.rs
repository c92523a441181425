//! JNE's three date forms, read by hand into local `YYYY-MM-DDTHH:MM` (no date crate in the app).
//!
//! JNE writes local Indonesian time. The page shows times as JNE wrote them, so an ISO offset
//! is read and dropped rather than converted: a parcel delivered at 14:05 in Surabaya shows
//! 14:05 to a visitor anywhere.

use std::fmt;

/// A wall-clock time as JNE wrote it. Ordered by time, so history can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
}

impl fmt::Display for LocalDateTime {
    /// `YYYY-MM-DDTHH:MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }
}

impl LocalDateTime {
    /// Checks ranges, including the length of the month, so "31-02-2024" is refused.
    pub fn new(year: u16, month: u8, day: u8, hour: u8, minute: u8) -> Option<LocalDateTime> {
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60;
        valid.then_some(LocalDateTime {
            year,
            month,
            day,
            hour,
            minute,
        })
    }

    /// The day only, `YYYY-MM-DD`.
    pub fn date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The same time `days` days later (for "2 Days" delivery estimates).
    pub fn plus_days(mut self, days: u32) -> LocalDateTime {
        for _ in 0..days {
            if self.day < days_in_month(self.year, self.month) {
                self.day += 1;
            } else if self.month < 12 {
                self.day = 1;
                self.month += 1;
            } else {
                self.day = 1;
                self.month = 1;
                self.year = self.year.saturating_add(1);
            }
        }
        self
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Reads any of JNE's forms: `2024-09-12T14:02:00.000+07:00` (or with a space, or without
/// seconds), `12-09-2024 14:02` (seconds allowed) and `04 SEP 2019  13:46`.
pub fn parse(text: &str) -> Option<LocalDateTime> {
    let text = text.trim();
    parse_iso(text)
        .or_else(|| parse_day_month_year(text))
        .or_else(|| parse_month_name(text))
}

/// `parse`, written as `YYYY-MM-DDTHH:MM`.
pub fn to_iso(text: &str) -> Option<String> {
    parse(text).map(|at| at.to_string())
}

fn number<T: std::str::FromStr>(digits: &str, len: usize) -> Option<T> {
    if digits.len() == len && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}

/// `HH:MM` optionally followed by `:SS`, fractions and an offset, all ignored.
fn clock(text: &str) -> Option<(u8, u8)> {
    let hour = number(text.get(0..2)?, 2)?;
    if text.get(2..3)? != ":" {
        return None;
    }
    let minute = number(text.get(3..5)?, 2)?;
    let rest = text.get(5..)?;
    let tail_ok = rest.is_empty()
        || (rest.starts_with(':') && rest.get(1..3).and_then(|s| number::<u8>(s, 2)).is_some())
        || rest.starts_with(['+', '-', 'Z', '.']);
    tail_ok.then_some((hour, minute))
}

fn parse_iso(text: &str) -> Option<LocalDateTime> {
    let year = number(text.get(0..4)?, 4)?;
    let month = number(text.get(5..7)?, 2)?;
    let day = number(text.get(8..10)?, 2)?;
    let separators_ok = text.get(4..5)? == "-" && text.get(7..8)? == "-";
    let between = text.get(10..11)?;
    if !separators_ok || !(between == "T" || between == " ") {
        return None;
    }
    let (hour, minute) = clock(text.get(11..)?)?;
    LocalDateTime::new(year, month, day, hour, minute)
}

fn parse_day_month_year(text: &str) -> Option<LocalDateTime> {
    let (date, time) = text.split_once(char::is_whitespace)?;
    let mut parts = date.split('-');
    let day = number(parts.next()?, 2)?;
    let month = number(parts.next()?, 2)?;
    let year = number(parts.next()?, 4)?;
    if parts.next().is_some() {
        return None;
    }
    let (hour, minute) = clock(time.trim())?;
    LocalDateTime::new(year, month, day, hour, minute)
}

/// `04 SEP 2019  13:46`: JNE pads with two spaces; English and Indonesian month names.
fn parse_month_name(text: &str) -> Option<LocalDateTime> {
    let mut words = text.split_whitespace();
    let day_word = words.next()?;
    let day = number(day_word, day_word.len().clamp(1, 2))?;
    let month = month_number(words.next()?)?;
    let year = number(words.next()?, 4)?;
    let (hour, minute) = clock(words.next()?)?;
    if words.next().is_some() {
        return None;
    }
    LocalDateTime::new(year, month, day, hour, minute)
}

fn month_number(name: &str) -> Option<u8> {
    let upper = name.to_ascii_uppercase();
    let position = [
        &["JAN"][..],
        &["FEB", "PEB"],
        &["MAR"],
        &["APR"],
        &["MAY", "MEI"],
        &["JUN"],
        &["JUL"],
        &["AUG", "AGU", "AGT", "AGS"],
        &["SEP"],
        &["OCT", "OKT"],
        &["NOV", "NOP"],
        &["DEC", "DES"],
    ]
    .iter()
    .position(|names| names.iter().any(|n| upper.get(0..3) == Some(*n)))?;
    u8::try_from(position + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_three_forms() {
        let iso = Some("2024-09-12T14:02".to_string());
        assert_eq!(to_iso("2024-09-12T14:02:00.000+07:00"), iso);
        assert_eq!(to_iso("2024-09-12 14:02:00"), iso);
        assert_eq!(to_iso("2024-09-12T14:02"), iso);
        assert_eq!(to_iso("12-09-2024 14:02"), iso);
        assert_eq!(to_iso(" 12-09-2024 14:02:59 "), iso);
        assert_eq!(
            to_iso("04 SEP 2019  13:46").as_deref(),
            Some("2019-09-04T13:46")
        );
        assert_eq!(
            to_iso("4 Agt 2019 07:05").as_deref(),
            Some("2019-08-04T07:05")
        );
        assert_eq!(
            to_iso("29-02-2024 00:00").as_deref(),
            Some("2024-02-29T00:00")
        );
    }

    #[test]
    fn nonsense_is_refused() {
        for text in [
            "",
            "2 Days",
            "31-02-2024 10:00",
            "29-02-2023 10:00",
            "12-13-2024 10:00",
            "2024-09-12T24:00",
            "2024-09-12T14:60",
            "04 FOO 2019 13:46",
            "12/09/2024 14:02",
            "2024-09-12",
            "12-09-2024 14:02 extra",
            "١٢-09-2024 14:02",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn days_roll_over_months_and_years() {
        let at = LocalDateTime::new(2024, 12, 30, 9, 0);
        assert_eq!(
            at.map(|a| a.plus_days(3).date()).as_deref(),
            Some("2025-01-02")
        );
        let feb = LocalDateTime::new(2024, 2, 28, 9, 0);
        assert_eq!(
            feb.map(|a| a.plus_days(1).date()).as_deref(),
            Some("2024-02-29")
        );
    }

    #[test]
    fn order_follows_time() {
        assert!(parse("20-11-2026 21:40") < parse("2026-11-21T03:10:00.000+07:00"));
    }
}
