//! The questionnaire's wording in each language: the texts that [`Text::Numbered`] numbers, one
//! table per language. The owner's app fetches only the language it shows (src/locale.rs) and
//! installs it here, so a visit downloads one language's questions, not both.
//!
//! [`Text::Numbered`]: super::Text::Numbered

use std::sync::OnceLock;

use super::Lang;

/// One language's texts of the questionnaire, numbered as `Text::Numbered` counts them.
pub type Wording = &'static [&'static str];

/// What each language has installed, in the order of [`Lang::ALL`].
static INSTALLED: [OnceLock<Wording>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<Wording> {
    match lang {
        Lang::Id => &INSTALLED[0],
        Lang::En => &INSTALLED[1],
    }
}

/// Makes `wording` the texts of `lang`; a language installed once keeps its wording.
pub fn install_wording(lang: Lang, wording: Wording) {
    let _ = slot(lang).set(wording);
}

/// The texts of `lang`: those installed, or in a build that is not split in parts (the native
/// tests and tools, debug and test builds for the browser) the ones compiled in. The split app
/// never asks for a language it has not installed.
pub fn wording(lang: Lang) -> Wording {
    slot(lang)
        .get()
        .copied()
        .unwrap_or_else(|| compiled_in(lang))
}

/// Both languages' wording, referred to only in a build that is not split: in the split app
/// each stays in the part that brings its language (`--cfg siap_split`, see scripts/build).
#[cfg(not(siap_split))]
fn compiled_in(lang: Lang) -> Wording {
    match lang {
        Lang::Id => &super::content::WORDING_ID,
        Lang::En => &super::content::WORDING_EN,
    }
}

#[cfg(siap_split)]
fn compiled_in(_: Lang) -> Wording {
    &[]
}

/// The texts of the questions later versions retired, in both languages: only older results
/// show them, so the part of the app with the result's screens brings them (src/parts.rs).
#[derive(Debug)]
pub struct Archive {
    pub id: &'static [ArchivedText],
    pub en: &'static [ArchivedText],
}

/// A retired question's text in one language.
#[derive(Debug)]
pub enum ArchivedText {
    /// The same words as the current questions' text with this number in the language.
    Same(u16),
    /// Words of its own.
    Own(&'static str),
}

static ARCHIVE_INSTALLED: OnceLock<&'static Archive> = OnceLock::new();

/// Makes `archive` the retired questions' texts.
pub fn install_archive(archive: &'static Archive) {
    let _ = ARCHIVE_INSTALLED.set(archive);
}

/// The retired question's text with this number in `lang`, from the archive installed (or in a
/// build that is not split, the one compiled in); empty before it is here.
pub fn archived(number: u16, lang: Lang) -> &'static str {
    let archive = ARCHIVE_INSTALLED
        .get()
        .copied()
        .or_else(compiled_in_archive);
    let texts = archive.map_or(&[][..], |archive| match lang {
        Lang::Id => archive.id,
        Lang::En => archive.en,
    });
    match texts.get(usize::from(number)) {
        Some(ArchivedText::Same(same)) => wording(lang)
            .get(usize::from(*same))
            .copied()
            .unwrap_or_default(),
        Some(ArchivedText::Own(text)) => text,
        None => "",
    }
}

#[cfg(not(siap_split))]
fn compiled_in_archive() -> Option<&'static Archive> {
    Some(&super::content::ARCHIVE)
}

#[cfg(siap_split)]
fn compiled_in_archive() -> Option<&'static Archive> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Text, questionnaire};

    #[test]
    fn every_language_numbers_the_same_texts() {
        assert_eq!(wording(Lang::Id).len(), wording(Lang::En).len());
        assert!(!wording(Lang::Id).is_empty());
    }

    #[test]
    fn numbered_texts_read_their_languages_table() {
        let q = questionnaire();
        let Text::Numbered(number) = q.questions[0].text else {
            panic!("the questionnaire's texts are numbered");
        };
        for lang in Lang::ALL {
            assert_eq!(
                q.questions[0].text.get(lang),
                wording(lang)[usize::from(number)]
            );
        }
        assert_ne!(
            q.questions[0].text.get(Lang::Id),
            q.questions[0].text.get(Lang::En)
        );
    }
}
