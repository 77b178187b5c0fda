//! Mounts [`parallax::App`] into the page body (wasm only; natively there is nothing to run).

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<parallax::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("parallax-app is a WebAssembly app: build it with `trunk build`.");
}
