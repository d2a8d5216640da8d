//! Any text pasted into the app (a link, a WhatsApp message, a mentor's block of messages, a
//! CSV file) is read without panicking, and whatever reads as a result survives a round trip.

#![no_main]

use libfuzzer_sys::fuzz_target;
use siap_mendunia::model::{decode, encode, find_codes, from_csv, questionnaire};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let q = questionnaire();
    if let Ok(response) = decode(q, text) {
        assert_eq!(decode(q, &encode(q, &response)), Ok(response));
    }
    for found in find_codes(q, text) {
        if let Ok(response) = found.result {
            assert_eq!(decode(q, &found.code), Ok(response));
        }
    }
    for response in from_csv(q, text).rows {
        assert_eq!(decode(q, &encode(q, &response)), Ok(response));
    }
});
