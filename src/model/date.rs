//! Calendar days without a date crate: a day is a count from 2024-01-01, which fits in two bytes
//! of a result code until the year 2203.

use std::fmt;

/// Days from 1970-01-01 (the Unix epoch) to 2024-01-01.
const EPOCH_FROM_UNIX: i64 = 19_723;

/// A calendar day, as days since 2024-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub u16);

impl Day {
    /// The day `days` after 1970-01-01 (what a browser clock gives, divided by 86 400 000 ms);
    /// `None` before 2024 or after the last day a code can hold.
    pub fn from_unix_days(days: i64) -> Option<Day> {
        u16::try_from(days - EPOCH_FROM_UNIX).ok().map(Day)
    }

    /// The day with this year, month (1–12) and day of month; `None` if there is no such day or
    /// it lies outside what a code can hold.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Day> {
        let found = Day::from_unix_days(days_from_civil(year, month, day))?;
        (found.ymd() == (year, month, day)).then_some(found)
    }

    /// The day written `YYYY-MM-DD`, as [`Day`] displays it; `None` for any other text or a
    /// day outside what a code can hold.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        let digits_at = |range: std::ops::Range<usize>| {
            bytes[range.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| text[range].parse::<u32>().ok())
                .flatten()
        };
        // Only digits where digits belong: `str::parse` alone would take a sign or fewer digits.
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits_at(0..4)?, digits_at(5..7)?, digits_at(8..10)?);
        Day::from_ymd(year as i32, month as u8, day as u8)
    }

    /// Its year, month (1–12) and day of month.
    pub fn ymd(self) -> (i32, u8, u8) {
        civil_from_days(i64::from(self.0) + EPOCH_FROM_UNIX)
    }
}

/// ISO 8601, `YYYY-MM-DD`, as spreadsheets read it.
impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

// Howard Hinnant's algorithms (chrono-compatible date algorithms, public domain): eras of 400
// years, each exactly 146 097 days, with years starting in March so the leap day comes last.

/// Days since 1970-01-01 of a proleptic Gregorian date (out-of-range months and days roll over,
/// which `Day::from_ymd` catches by converting back).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    // In range by construction: a `Day` spans 2024–2203.
    (year as i32, month as u8, day as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_zero_is_new_year_2024() {
        assert_eq!(Day(0).ymd(), (2024, 1, 1));
        assert_eq!(Day(0).to_string(), "2024-01-01");
    }

    #[test]
    fn leap_days_and_month_ends_are_right() {
        assert_eq!(Day(59).to_string(), "2024-02-29");
        assert_eq!(Day(60).to_string(), "2024-03-01");
        assert_eq!(Day(366).to_string(), "2025-01-01");
        assert_eq!(
            Day::from_ymd(2100, 3, 1).map(|d| d.to_string()).as_deref(),
            Some("2100-03-01")
        );
        assert_eq!(Day::from_ymd(2100, 2, 29), None, "2100 is not a leap year");
    }

    #[test]
    fn every_day_round_trips_through_its_date() {
        for n in 0..=u16::MAX {
            let (year, month, day) = Day(n).ymd();
            assert_eq!(Day::from_ymd(year, month, day), Some(Day(n)));
        }
    }

    #[test]
    fn a_day_reads_back_from_its_display_and_nothing_else() {
        assert_eq!(Day::parse("2025-12-01"), Some(Day(700)));
        assert_eq!(Day::parse(&Day(u16::MAX).to_string()), Some(Day(u16::MAX)));
        for text in [
            "",
            "2025-12-1",
            "2025/12/01",
            "+025-12-01",
            "2025-02-30",
            "2023-12-31",
            "2025-12-01 ",
            "２０２５-12-01",
        ] {
            assert_eq!(Day::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn dates_outside_the_code_range_or_calendar_are_refused() {
        assert_eq!(Day::from_ymd(2023, 12, 31), None);
        assert_eq!(Day::from_ymd(2025, 2, 30), None);
        assert_eq!(Day::from_ymd(2025, 13, 1), None);
        assert_eq!(Day(u16::MAX).ymd().0, 2203);
        assert_eq!(Day::from_unix_days(EPOCH_FROM_UNIX + 400), Some(Day(400)));
    }
}
