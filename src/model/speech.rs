//! What the read-aloud button says, and with which voice: texts joined into sentences that a
//! voice reads with a pause between them, in pieces short enough for every speech engine, and
//! the phone's voice that reads a language.

use super::lang::Lang;

/// The longest piece, in characters, given to the voice at once. Some engines stop reading a
/// long utterance part way; a queue of short ones reads to the end.
const PIECE_CHARS: usize = 220;

/// One of the phone's voices, as the browser describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    /// Its language tag: `id-ID`, `in_ID` (Android's old code), `en-GB`.
    pub lang: String,
    /// Whether it runs on the phone itself, so reads offline and sends nothing anywhere.
    pub local: bool,
}

/// The voice to read `lang` with: the first one on the phone itself, else the first at all, or
/// `None` if the phone has no voice for the language.
pub fn voice_for(voices: &[Voice], lang: Lang) -> Option<usize> {
    let speaks = |voice: &Voice| Lang::parse(&voice.lang) == Some(lang);
    let on_phone = voices.iter().position(|v| speaks(v) && v.local);
    on_phone.or_else(|| voices.iter().position(speaks))
}

/// The language tag an utterance asks for when the phone names no voice for it.
pub fn speech_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id-ID",
        Lang::En => "en-US",
    }
}

/// `parts` (a heading, an answer, a label and its value…) as the pieces a voice reads in turn:
/// each part a sentence of its own (a full stop added where it has none, so the voice pauses),
/// empty parts left out, and sentences gathered into pieces of at most [`PIECE_CHARS`] (a longer
/// sentence is a piece by itself).
pub fn spoken_pieces<S: AsRef<str>>(parts: &[S]) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    let sentences = parts.iter().flat_map(|part| sentences(part.as_ref()));
    for sentence in sentences {
        match pieces.last_mut() {
            Some(piece) if piece.chars().count() + 1 + sentence.chars().count() <= PIECE_CHARS => {
                piece.push(' ');
                piece.push_str(&sentence);
            }
            _ => pieces.push(sentence),
        }
    }
    pieces
}

/// The sentences of one part, each ending in a stop; spaces and line breaks between words are
/// one space (a no-break space stays, as in "Rp 1,5").
fn sentences(part: &str) -> Vec<String> {
    let words: Vec<&str> = part.split_ascii_whitespace().collect();
    let mut found = Vec::new();
    let mut sentence = String::new();
    for word in words {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(word);
        if ends_sentence(word) {
            found.push(std::mem::take(&mut sentence));
        }
    }
    if !sentence.is_empty() {
        if matches!(sentence.as_bytes().last(), Some(b':' | b';' | b',')) {
            sentence.pop();
        }
        sentence.push('.');
        found.push(sentence);
    }
    found
}

/// Whether `word` ends a sentence.
fn ends_sentence(word: &str) -> bool {
    matches!(word.as_bytes().last(), Some(b'.' | b'!' | b'?'))
}

#[cfg(test)]
#[path = "speech_tests.rs"]
mod tests;
