use siap_mendunia::model::{Answer, Day, Response, encode, questionnaire};
fn main() {
    let q = questionnaire();
    let mut seed: u64 = 0x1234_5678;
    let mut below = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    for i in 0..1000 {
        let mut r = Response::new(q);
        r.product_type = Some(below(q.product_types.len() as u64) as u8);
        let strength = below(4);
        for (index, question) in q.questions.iter().enumerate() {
            let choices = question.answers.len() as u64;
            r.answers[index] = match below(10) {
                0 => Some(Answer::DontKnow),
                _ => Some(Answer::Choice(
                    ((below(choices) + strength) / 2).min(choices - 1) as u8,
                )),
            };
        }
        r.date = Some(Day(1060));
        r.set_label(&format!("UMKM Semarang {}", i + 1));
        println!(
            "Halo kak, ini hasil saya ya: https://siapmendunia.id/#r={} makasih 🙏",
            encode(q, &r)
        );
    }
}
