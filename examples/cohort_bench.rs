//! How long a mentor waits: decoding 1,000 result codes and summarising the group, on the
//! shipped questionnaire. Run with `cargo run --release --example cohort_bench`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use siap_mendunia::model::{
    Answer, Day, Lang, Response, Separator, decode, encode, find_codes, from_csv, markets,
    questionnaire, summarize_cohort, to_csv,
};

#[path = "shared/rng.rs"]
mod rng;
use rng::Rng;

const PARTICIPANTS: usize = 1_000;
const RUNS: usize = 20;

/// Varied participants: every product type, strong and weak businesses, some "Belum tahu",
/// some unfinished, a third labelled and most dated.
fn participants() -> Vec<Response> {
    let q = questionnaire();
    let mut rng = Rng(0x5EED_2026);
    (0..PARTICIPANTS)
        .map(|i| {
            let mut response = Response::new(q);
            response.product_type = Some(rng.below(q.product_types.len() as u64) as u8);
            let strength = rng.below(4);
            for (index, question) in q.questions.iter().enumerate() {
                let choices = question.answers.len() as u64;
                response.answers[index] = match rng.below(10) {
                    0 => None,
                    1 => Some(Answer::DontKnow),
                    _ => Some(Answer::Choice(
                        ((rng.below(choices) + strength) / 2).min(choices - 1) as u8,
                    )),
                };
            }
            response.date = (rng.below(5) > 0).then(|| Day(700 + rng.below(365) as u16));
            if i % 3 == 0 {
                response.set_label(&format!("Peserta {i} — UMKM Semarang"));
            }
            response
        })
        .collect()
}

/// The fastest of `RUNS` runs of `work`.
fn best_of(mut work: impl FnMut()) -> Duration {
    (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn main() {
    let q = questionnaire();
    let group = participants();
    let codes: Vec<String> = group.iter().map(|r| encode(q, r)).collect();
    let pasted: String = codes
        .iter()
        .map(|c| format!("Hasil saya: https://siapmendunia.id/#r={c} terima kasih\n"))
        .collect();
    let csv = to_csv(q, markets(), &group, Lang::Id, Separator::Semicolon);
    let decoded: Vec<Response> = codes
        .iter()
        .map(|c| decode(q, c).expect("own code"))
        .collect();
    assert_eq!(decoded, group, "every code reads back");

    let rows = [
        (
            "decode 1,000 bare codes",
            best_of(|| {
                black_box(
                    codes
                        .iter()
                        .map(|c| decode(q, c))
                        .filter(Result::is_ok)
                        .count(),
                );
            }),
        ),
        (
            "find 1,000 codes in pasted messages",
            best_of(|| {
                black_box(find_codes(q, black_box(&pasted)).count());
            }),
        ),
        (
            "summarise the cohort",
            best_of(|| {
                black_box(summarize_cohort(q, markets(), black_box(&decoded)));
            }),
        ),
        (
            "decode + summarise (the mentor's wait)",
            best_of(|| {
                let group: Vec<Response> = codes.iter().filter_map(|c| decode(q, c).ok()).collect();
                black_box(summarize_cohort(q, markets(), &group));
            }),
        ),
        (
            "export CSV",
            best_of(|| {
                black_box(to_csv(
                    q,
                    markets(),
                    black_box(&decoded),
                    Lang::Id,
                    Separator::Semicolon,
                ));
            }),
        ),
        (
            "import CSV",
            best_of(|| {
                black_box(from_csv(q, black_box(&csv)));
            }),
        ),
    ];
    let average = codes.iter().map(String::len).sum::<usize>() as f64 / codes.len() as f64;
    println!(
        "{PARTICIPANTS} participants, codes of {average:.1} characters on average; best of {RUNS} runs\n"
    );
    println!("| step | time |");
    println!("|---|---:|");
    for (step, time) in rows {
        println!("| {step} | {:.2} ms |", time.as_secs_f64() * 1000.0);
    }
}
