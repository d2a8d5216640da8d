//! The browser entry point: Trunk builds this binary to WebAssembly. It holds the app's split
//! points, so that only this binary is split in parts (src/parts.rs, src/locale.rs): the
//! mentor's binary links the same crate without them.

fn main() {
    #[cfg(target_arch = "wasm32")]
    siap_mendunia::start(siap_mendunia::Parts {
        later: split::load_later,
        language: split::load_language,
    });
}

#[cfg(target_arch = "wasm32")]
mod split {
    use std::future::Future;
    use std::pin::Pin;

    use siap_mendunia::locale::{ENGLISH, INDONESIAN, Language};
    use siap_mendunia::model::Lang;
    use siap_mendunia::parts::{LaterScreens, PartUnavailable};

    // In a split build (`--cfg siap_split`, see scripts/build) the first call of each of these
    // functions fetches its part; elsewhere they are ordinary functions. A language's part is
    // named `lang_` and its code, so the page can fetch it beside the start (static/boot.js).

    /// The later part.
    #[cfg_attr(
        siap_split,
        leptos::wasm_split::wasm_split(later, fallible, wasm_split_path = ::leptos::wasm_split)
    )]
    fn later_screens() -> Result<LaterScreens, PartUnavailable> {
        Ok(LaterScreens::here())
    }

    /// Bahasa Indonesia: its strings and the questionnaire's wording.
    #[cfg_attr(
        siap_split,
        leptos::wasm_split::wasm_split(lang_id, fallible, wasm_split_path = ::leptos::wasm_split)
    )]
    fn indonesian() -> Result<&'static Language, PartUnavailable> {
        Ok(&INDONESIAN)
    }

    /// English: its strings and the questionnaire's wording.
    #[cfg_attr(
        siap_split,
        leptos::wasm_split::wasm_split(lang_en, fallible, wasm_split_path = ::leptos::wasm_split)
    )]
    fn english() -> Result<&'static Language, PartUnavailable> {
        Ok(&ENGLISH)
    }

    /// [`siap_mendunia::parts::LoadLater`] for this binary.
    pub fn load_later() -> Pin<Box<dyn Future<Output = Result<LaterScreens, PartUnavailable>>>> {
        #[cfg(siap_split)]
        return Box::pin(later_screens());
        #[cfg(not(siap_split))]
        Box::pin(std::future::ready(later_screens()))
    }

    /// [`siap_mendunia::locale::LoadLanguage`] for this binary.
    pub fn load_language(lang: Lang) -> Pin<Box<dyn Future<Output = Option<&'static Language>>>> {
        #[cfg(siap_split)]
        return match lang {
            Lang::Id => Box::pin(async { indonesian().await.ok() }),
            Lang::En => Box::pin(async { english().await.ok() }),
        };
        #[cfg(not(siap_split))]
        Box::pin(std::future::ready(
            match lang {
                Lang::Id => indonesian(),
                Lang::En => english(),
            }
            .ok(),
        ))
    }
}
