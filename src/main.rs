//! The browser entry point: Trunk builds this binary to WebAssembly. It holds the app's split
//! points, so that only this binary is split in parts (src/parts.rs): the mentor's binary links
//! the same crate without them.

fn main() {
    #[cfg(target_arch = "wasm32")]
    siap_mendunia::start(split::load_later);
}

#[cfg(target_arch = "wasm32")]
mod split {
    use std::future::Future;
    use std::pin::Pin;

    use siap_mendunia::parts::{LaterScreens, PartUnavailable};

    /// The later part. In a split build (`--cfg siap_split`, see scripts/build) its first call
    /// fetches the part; elsewhere it is an ordinary function.
    #[cfg_attr(
        siap_split,
        leptos::wasm_split::wasm_split(later, fallible, wasm_split_path = ::leptos::wasm_split)
    )]
    fn later_screens() -> Result<LaterScreens, PartUnavailable> {
        Ok(LaterScreens::here())
    }

    /// [`siap_mendunia::parts::LoadLater`] for this binary.
    pub fn load_later() -> Pin<Box<dyn Future<Output = Result<LaterScreens, PartUnavailable>>>> {
        #[cfg(siap_split)]
        return Box::pin(later_screens());
        #[cfg(not(siap_split))]
        Box::pin(std::future::ready(later_screens()))
    }
}
