//! The mentor's entry point: Trunk builds this binary to WebAssembly for `mentor.html`, a page
//! of its own, so the mentor area never weighs on the owner's download.

fn main() {
    #[cfg(target_arch = "wasm32")]
    siap_mendunia::mentor::start();
}
