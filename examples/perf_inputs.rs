//! What `scripts/perf-collect.mjs` pastes and imports into a workshop, written into a folder:
//! `forwarded.txt` (a megabyte of forwarded WhatsApp messages, each with a result link, some
//! sent twice or cut short), `long-word.txt` (a megabyte without a space: one word of `r=`
//! markers) and `export.csv` (the app's own export of 100,000 participants). The same files on
//! every run. Run with `cargo run --release --example perf_inputs -- FOLDER`.

use std::fs;
use std::path::PathBuf;

use siap_mendunia::model::{
    Answer, Day, Lang, Response, Separator, encode, markets, questionnaire, to_csv,
};

#[path = "shared/rng.rs"]
mod rng;
use rng::Rng;

const MEGABYTE: usize = 1_000_000;
const CSV_PARTICIPANTS: usize = 100_000;
const SITE: &str = "https://siap-mendunia.id/";

/// Varied, labelled, dated participants, all different.
fn participants(count: usize) -> Vec<Response> {
    let q = questionnaire();
    let mut rng = Rng(0x5EED_2026);
    (0..count)
        .map(|i| {
            let mut response = Response::new(q);
            response.product_type = Some(rng.below(q.product_types.len() as u64) as u8);
            for (index, question) in q.questions.iter().enumerate() {
                response.answers[index] = match rng.below(10) {
                    0 => Some(Answer::DontKnow),
                    _ => Some(Answer::Choice(
                        rng.below(question.answers.len() as u64) as u8
                    )),
                };
            }
            response.date = Some(Day(700 + rng.below(365) as u16));
            response.set_label(&format!("UMKM Peserta {i}"));
            response
        })
        .collect()
}

/// Forwarded messages up to a megabyte: a greeting and a link each, every tenth sent twice and
/// every hundredth cut short.
fn forwarded(codes: &[String]) -> String {
    let mut text = String::new();
    for (i, code) in codes.iter().cycle().enumerate() {
        if text.len() >= MEGABYTE {
            break;
        }
        let code = if i % 100 == 99 { &code[..20] } else { code };
        let message = format!(
            "[28/11/26 09.{:02}] Peserta {i}: Selamat pagi Bu, ini hasil cek saya 🙏\n\
             Hasil saya: {SITE}#r={code} terima kasih\n\n",
            i % 60
        );
        text.push_str(&message);
        if i % 10 == 9 {
            text.push_str(&message);
        }
    }
    text
}

fn main() -> std::io::Result<()> {
    let folder = PathBuf::from(std::env::args().nth(1).expect("usage: perf_inputs FOLDER"));
    fs::create_dir_all(&folder)?;
    let q = questionnaire();
    let group = participants(CSV_PARTICIPANTS);
    let codes: Vec<String> = group[..20_000].iter().map(|r| encode(q, r)).collect();
    fs::write(folder.join("forwarded.txt"), forwarded(&codes))?;
    let long_word = format!("{SITE}{}", "&r=x".repeat((MEGABYTE - SITE.len()) / 4));
    fs::write(folder.join("long-word.txt"), long_word)?;
    let csv = to_csv(q, markets(), &group, Lang::Id, Separator::Semicolon);
    fs::write(folder.join("export.csv"), csv)
}
