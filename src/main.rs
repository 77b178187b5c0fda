//! Mounts [`parallax::App`] into the page body (wasm only; natively there is nothing to run).

#[cfg(target_arch = "wasm32")]
fn main() {
    // Embed settings (`?embed=1&theme=…&accent=…&view=…`) apply before the first render.
    let config = parallax::embed_ui::EmbedConfig::from_query(
        &web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default(),
    );
    parallax::embed_ui::apply(&config);
    yew::Renderer::<parallax::App>::new().render();
    // Report the content height to a parent frame (pym.js, AMP, Datawrapper), if framed.
    parallax::host::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("parallax-app is a WebAssembly app: build it with `trunk build`.");
}
