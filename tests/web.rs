//! Layer 3: the app in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! mounts the app over the embedded corpus, follows the hash routes and a nav click.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    gloo::timers::future::sleep(Duration::from_millis(60)).await;
}

fn mount() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<parallax::App>::with_root(root.clone()).render();
    root
}

fn go(hash: &str) {
    gloo::utils::window()
        .location()
        .set_hash(hash)
        .expect("set hash");
}

#[wasm_bindgen_test]
async fn routes_render_their_views() {
    go("#/articles");
    let root = mount();
    settle().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Trump–Putin summit in Anchorage"), "{text}");
    assert!(text.contains("Outlet not stated"), "{text}");

    for (hash, heading) in [
        ("#/timeline", "Timeline"),
        ("#/outlets", "Outlets"),
        ("#/quotes", "Quotes"),
    ] {
        go(hash);
        settle().await;
        let h1 = root
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.text_content())
            .unwrap_or_default();
        assert!(h1.contains(heading), "{hash}: h1 was {h1:?}");
    }
    go("#/nope");
    settle().await;
    let text = root.text_content().unwrap_or_default().to_lowercase();
    assert!(text.contains("not found"), "{text}");
}

#[wasm_bindgen_test]
async fn clicking_a_nav_link_changes_the_view() {
    go("#/articles");
    let root = mount();
    settle().await;
    let link = root
        .query_selector("nav a[href='#/timeline'], nav a[href$='/timeline']")
        .ok()
        .flatten()
        .expect("a nav link to the timeline");
    link.unchecked_ref::<web_sys::HtmlElement>().click();
    settle().await;
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    assert!(hash.starts_with("#/timeline"), "{hash}");
    let reader_link = {
        go("#/articles");
        settle().await;
        root.query_selector("main a[href*='/articles/']")
            .ok()
            .flatten()
            .expect("a reader link")
    };
    reader_link.unchecked_ref::<web_sys::HtmlElement>().click();
    settle().await;
    assert!(
        root.query_selector("article").ok().flatten().is_some(),
        "the reader shows an article"
    );
}

/// The corpus file embedded by `build.rs` carries the search index: it decodes in wasm and
/// answers a typed prefix without anything being built in the browser.
#[wasm_bindgen_test]
fn the_embedded_search_index_decodes_and_answers_in_wasm() {
    let file = parallax::data::embedded().expect("the embedded corpus decodes");
    assert!(!file.search.is_empty(), "no statements embedded");
    let results = file.search.search(
        &file.corpus.articles,
        &parallax_core::search::Query::parse("progres"),
    );
    assert!(results.total > 0, "no statement matched 'progres'");
    let top = results.hits.first().expect("a hit");
    let text = file
        .search
        .text(&file.corpus.articles, top.statement)
        .unwrap_or_default();
    assert!(text.to_lowercase().contains("progress"), "{text}");
}
