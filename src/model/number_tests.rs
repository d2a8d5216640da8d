//! Typed numbers in both languages' habits (read with two decimals: 1 is 100), and numbers
//! written back.

use super::*;
use Lang::{En, Id};

const MAX: u64 = u64::MAX;

#[test]
fn indonesian_habits_are_read() {
    for (text, expected) in [
        ("1.500.000", 150_000_000),
        ("1500000", 150_000_000),
        ("Rp 1.500.000", 150_000_000),
        ("Rp1.500.000,50", 150_000_050),
        ("12,5", 1_250),
        ("12,5%", 1_250),
        ("Rp 1,5 juta", 150_000_000),
        ("250 rb", 25_000_000),
        ("2jt", 200_000_000),
        ("1 500 000", 150_000_000),
        ("12.5", 1_250),
        ("0,125", 13),
    ] {
        assert_eq!(parse_number(text, Id, 2, MAX), Ok(expected), "{text}");
    }
}

#[test]
fn english_habits_are_read() {
    for (text, expected) in [
        ("1,500,000", 150_000_000),
        ("12.5", 1_250),
        ("1.5 million", 150_000_000),
        ("250k", 25_000_000),
        ("Rp 2,000", 200_000),
        ("16,250.75", 1_625_075),
        ("1,5", 150),
    ] {
        assert_eq!(parse_number(text, En, 2, MAX), Ok(expected), "{text}");
    }
}

#[test]
fn bad_values_say_what_is_wrong() {
    assert_eq!(parse_number("  ", Id, 0, MAX), Err(NumberError::Empty));
    assert_eq!(parse_number("-5", Id, 0, MAX), Err(NumberError::Negative));
    assert_eq!(parse_number("−5", En, 0, MAX), Err(NumberError::Negative));
    for text in [
        "abc",
        "12a",
        "1..5",
        "1.50.000",
        ",",
        "1,2,3",
        "Rp",
        "juta",
        "1.500.000,5,5",
    ] {
        assert_eq!(
            parse_number(text, Id, 0, MAX),
            Err(NumberError::NotANumber),
            "{text}"
        );
    }
    assert_eq!(
        parse_number("1.001", Id, 0, 1_000),
        Err(NumberError::TooLarge)
    );
    assert_eq!(
        parse_number(&"9".repeat(40), Id, 0, MAX),
        Err(NumberError::TooLarge)
    );
}

#[test]
fn numbers_are_written_the_languages_way() {
    assert_eq!(format_number(123_456_789, 2, Id), "1.234.567,89");
    assert_eq!(format_number(123_456_789, 2, En), "1,234,567.89");
    assert_eq!(format_number(1_500_000, 0, Id), "1.500.000");
    assert_eq!(format_number(999, 0, En), "999");
    assert_eq!(format_number(5, 2, En), "0.05");
    assert_eq!(format_typed(15_000_000, 2, Id), "150.000");
    assert_eq!(format_typed(1_250, 2, Id), "12,5");
    assert_eq!(format_typed(5, 2, En), "0.05");
    assert_eq!(format_typed(100, 0, En), "100");
}

// proptest is a dev-dependency of native builds only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn what_is_written_reads_back(value in 0u64..10_000_000_000_000, decimals in 0u32..3) {
            for lang in Lang::ALL {
                for text in [format_number(value, decimals, lang), format_typed(value, decimals, lang)] {
                    prop_assert_eq!(parse_number(&text, lang, decimals, MAX), Ok(value), "{}", text);
                }
            }
        }

        #[test]
        fn reading_any_text_never_panics(text in any::<String>()) {
            for lang in Lang::ALL {
                let _ = parse_number(&text, lang, 2, MAX);
            }
        }
    }
}
