//! The parsing worker's wasm entry point (built by Trunk as `data-type="worker"`); see
//! [`parallax::worker`].

fn main() {
    #[cfg(target_arch = "wasm32")]
    parallax::worker::run();
}
