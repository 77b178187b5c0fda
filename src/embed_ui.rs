//! Embed mode and the "Embed" dialog.
//!
//! An embed URL carries its settings in the page's own query string (before the `#`), so a CMS can
//! write it once: `?embed=1&view=quotes&q=deal&outlet=Reuters&theme=dark&accent=%23b3261e`.
//! [`EmbedConfig`] reads them: `embed=1` drops the site chrome, `view` (+ `q`, `outlet`, `a`, `b`,
//! `event`, `person`, `speaker`) picks the starting view when the URL has no `#` route yet,
//! `theme` forces light or dark, and `accent` (a hex colour only — nothing else reaches CSS)
//! recolours links and highlights. The view's own state keeps living in the `#` route, so an
//! embedded view stays shareable.
//!
//! [`EmbedDialog`] offers copyable snippets for the current view: a plain accessible `<iframe>` and
//! a pym.js variant (see [`parallax_core::embed`]).

use parallax_core::embed;
use yew::prelude::*;

/// A forced colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value of `data-theme` on `<html>` (`None` for auto).
    pub fn attr(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// Settings read from the page's query string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedConfig {
    /// No site chrome; fit the container.
    pub embed: bool,
    /// Forced colour scheme.
    pub theme: Theme,
    /// Accent colour, validated `#rgb` / `#rrggbb`.
    pub accent: Option<String>,
    /// The route to start at (`/quotes?q=deal`), from `view` and its parameters.
    pub start: Option<String>,
}

/// The views an embed may start at.
const VIEWS: [&str; 4] = ["timeline", "outlets", "quotes", "articles"];
/// Parameters passed from the page query to the starting view's query.
const VIEW_PARAMS: [&str; 8] = ["q", "speaker", "outlet", "a", "b", "event", "person", "at"];

fn decode(s: &str) -> String {
    let s = s.replace('+', " ");
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%'
            && let Some(h) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(h);
            i += 3;
            continue;
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// True for `#rgb` and `#rrggbb`.
pub fn valid_accent(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else {
        return false;
    };
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

impl EmbedConfig {
    /// Reads the settings from a query string (`?embed=1&view=quotes…`).
    pub fn from_query(query: &str) -> Self {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (decode(k), decode(v)),
                None => (decode(p), String::new()),
            })
            .collect();
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.as_str())
        };
        let embed = matches!(get("embed"), Some("1" | "true" | "yes" | ""));
        let theme = match get("theme") {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        };
        let accent = get("accent")
            .filter(|a| valid_accent(a))
            .map(str::to_string);
        let start = get("view").filter(|v| VIEWS.contains(v)).map(|view| {
            let params: Vec<String> = VIEW_PARAMS
                .iter()
                .filter_map(|k| {
                    get(k)
                        .filter(|v| !v.is_empty())
                        .map(|v| format!("{k}={}", encode(v)))
                })
                .collect();
            if params.is_empty() {
                format!("/{view}")
            } else {
                format!("/{view}?{}", params.join("&"))
            }
        });
        EmbedConfig {
            embed,
            theme,
            accent,
            start,
        }
    }
}

/// The embed URL for a view: the page URL without query or hash, `?embed=1`, and the current
/// `#` route (which holds the view's state).
pub fn embed_url(page_url: &str, route: &str) -> String {
    let base = page_url.split(['?', '#']).next().unwrap_or(page_url);
    let route = route.trim_start_matches('#');
    format!("{base}?embed=1#{route}")
}

/// Properties of [`EmbedDialog`].
#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The page URL (`window.location.href`).
    pub page_url: AttrValue,
    /// The current `#` route, e.g. `/quotes?q=deal`.
    pub route: AttrValue,
    /// What the embed shows, for the iframe's title.
    pub title: AttrValue,
}

/// The "Embed" button and its dialog with the two snippets.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let open = use_state(|| false);
    let copied = use_state(|| None::<&'static str>);
    let url = embed_url(&props.page_url, &props.route);
    let iframe = embed::iframe_snippet(&url, &props.title, 720);
    let pym = embed::pym_snippet(&url, "parallax-embed", &props.title, "pym.v1.min.js");
    let toggle = {
        let open = open.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(None);
            open.set(!*open);
        })
    };
    let on_key = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
            }
        })
    };
    let copy = |which: &'static str, text: String| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copy_text(&text);
            copied.set(Some(which));
        })
    };
    html! {
        <div class="embed-tool">
            <button type="button" class="embed-button" aria-haspopup="dialog" aria-expanded={open.to_string()} onclick={toggle.clone()}>
                { "Embed" }
            </button>
            if *open {
                <div class="dialog" role="dialog" aria-modal="false" aria-labelledby="embed-title" onkeydown={on_key}>
                    <h2 id="embed-title">{ "Embed this view" }</h2>
                    <p class="hint">{ "The embed keeps this view's state and reports its height to your page (pym.js, AMP and Datawrapper conventions)." }</p>
                    <label for="embed-iframe">{ "Plain iframe" }</label>
                    <textarea id="embed-iframe" readonly=true rows="4" value={iframe.clone()} />
                    <button type="button" onclick={copy("iframe", iframe)}>{ "Copy iframe" }</button>
                    <label for="embed-pym">{ "pym.js (serve pym.v1.min.js from your own site)" }</label>
                    <textarea id="embed-pym" readonly=true rows="6" value={pym.clone()} />
                    <button type="button" onclick={copy("pym", pym)}>{ "Copy pym.js snippet" }</button>
                    <p aria-live="polite" class="copied">
                        { match *copied { Some("iframe") => "Iframe snippet copied.", Some(_) => "pym.js snippet copied.", None => "" } }
                    </p>
                    <button type="button" class="close" onclick={toggle}>{ "Close" }</button>
                </div>
            }
        </div>
    }
}

/// Applies embed settings to the document: `body.embed`, `data-theme`, the accent colour, and
/// the starting view when the URL has no `#` route yet.
#[cfg(target_arch = "wasm32")]
pub fn apply(config: &EmbedConfig) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if config.embed
        && let Some(body) = document.body()
    {
        let _ = body.class_list().add_1("embed");
    }
    if let Some(root) = document.document_element() {
        if let Some(theme) = config.theme.attr() {
            let _ = root.set_attribute("data-theme", theme);
        }
        if let Some(accent) = &config.accent {
            // Validated hex only (see `valid_accent`), so nothing else reaches the style.
            // Through the CSSOM, which the page's CSP allows (a `style` attribute it would not).
            if let Some(root) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&root) {
                let _ = root.style().set_property("--accent", accent);
            }
        }
    }
    let hash = window.location().hash().unwrap_or_default();
    if let Some(start) = &config.start
        && (hash.is_empty() || hash == "#" || hash == "#/")
    {
        let _ = window.location().set_hash(start);
    }
}

/// Native builds have no document.
#[cfg(not(target_arch = "wasm32"))]
pub fn apply(_config: &EmbedConfig) {}

/// Copies text to the clipboard (best effort; the textarea stays selectable).
#[cfg(target_arch = "wasm32")]
pub fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Native builds have no clipboard.
#[cfg(not(target_arch = "wasm32"))]
pub fn copy_text(_text: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_settings_are_read_from_the_query() {
        let c = EmbedConfig::from_query(
            "?embed=1&view=quotes&q=no+deal&outlet=Reuters&theme=dark&accent=%23b3261e",
        );
        assert!(c.embed);
        assert_eq!(c.theme, Theme::Dark);
        assert_eq!(c.accent.as_deref(), Some("#b3261e"));
        assert_eq!(
            c.start.as_deref(),
            Some("/quotes?q=no%20deal&outlet=Reuters")
        );

        let plain = EmbedConfig::from_query("");
        assert_eq!(plain, EmbedConfig::default());
        assert!(!EmbedConfig::from_query("?embed=0").embed);
        assert_eq!(
            EmbedConfig::from_query("?view=timeline").start.as_deref(),
            Some("/timeline")
        );
        assert_eq!(EmbedConfig::from_query("?view=../../etc").start, None);
        assert_eq!(
            EmbedConfig::from_query("?theme=light").theme.attr(),
            Some("light")
        );
    }

    #[test]
    fn accents_reach_css_only_as_hex_colours() {
        for ok in ["#fff", "#B3261E"] {
            assert!(valid_accent(ok), "{ok}");
        }
        for bad in [
            "red",
            "#ff",
            "#12345g",
            "#fff;background:url(x)",
            "expression(alert(1))",
            "",
        ] {
            assert!(!valid_accent(bad), "{bad}");
        }
        assert_eq!(EmbedConfig::from_query("?accent=red;x").accent, None);
    }

    #[test]
    fn embed_url_keeps_the_route() {
        assert_eq!(
            embed_url(
                "https://x.org/p/index.html?theme=dark#/articles",
                "/quotes?q=deal"
            ),
            "https://x.org/p/index.html?embed=1#/quotes?q=deal"
        );
    }
}
