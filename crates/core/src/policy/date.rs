//! Calendar dates as the policy files write them (`YYYY-MM-DD`), and today's date from a clock,
//! by plain arithmetic: the app must not carry a date crate, and the server needs only this.
//!
//! `YYYY-MM-DD` strings sort in date order, so dates are compared as strings once checked.

/// Whether `text` is a real calendar date written `YYYY-MM-DD` (so "2025-02-29" is not).
pub fn is_date(text: &str) -> bool {
    parse(text).is_some()
}

fn parse(text: &str) -> Option<(i64, u32, u32)> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
    valid.then_some((i64::from(year), month, day))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The date `days` days after 1970-01-01, as `YYYY-MM-DD`.
///
/// Howard Hinnant's `civil_from_days`: exact for every day of the proleptic Gregorian calendar.
pub fn date_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today's date in Jakarta (WIB, UTC+7, no daylight saving) for a Unix time in seconds:
/// effective dates are Indonesian dates, so a policy takes effect at midnight there.
pub fn jakarta_date(unix_seconds: i64) -> String {
    const WIB_OFFSET: i64 = 7 * 3600;
    date_from_days((unix_seconds + WIB_OFFSET).div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_real_calendar_dates() {
        for good in ["2025-01-01", "2024-02-29", "2000-02-29", "2022-06-30"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-1-01",
            "25-01-01",
            "2025/01/01",
            "2025-01-01T00:00",
            "",
            "+025-01-01",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn counts_days_from_the_epoch() {
        assert_eq!(date_from_days(0), "1970-01-01");
        assert_eq!(date_from_days(-1), "1969-12-31");
        assert_eq!(date_from_days(11_016), "2000-02-29");
        assert_eq!(date_from_days(20_417), "2025-11-25");
        assert_eq!(date_from_days(20_782), "2026-11-25");
    }

    #[test]
    fn the_day_turns_at_midnight_in_jakarta() {
        // 2026-11-24T16:59:59Z is 23:59:59 in Jakarta; one second later it is the 25th there.
        assert_eq!(jakarta_date(1_795_539_599), "2026-11-24");
        assert_eq!(jakarta_date(1_795_539_600), "2026-11-25");
    }

    #[test]
    fn every_day_of_four_centuries_is_a_valid_date_in_order() {
        let mut previous = date_from_days(-1);
        for day in 0..146_097 {
            let date = date_from_days(day);
            assert!(is_date(&date), "{date}");
            assert!(date > previous, "{date} after {previous}");
            previous = date;
        }
    }
}
