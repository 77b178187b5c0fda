//! The site header: skip link, corpus title with event date and place, navigation, and the
//! one honest note that extractions are machine-made.

use parallax_core::display::long_date;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::use_corpus;

/// The header shown on every view.
#[component]
pub fn Header() -> Html {
    let ctx = use_corpus();
    let corpus = &ctx.corpus;
    let current = use_route::<Route>().and_then(|r| r.section());
    let title = if corpus.title.trim().is_empty() {
        "Untitled corpus".to_string()
    } else {
        corpus.title.clone()
    };
    let when = corpus
        .event_date
        .as_deref()
        .map(|d| long_date(d).unwrap_or_else(|| d.to_string()));
    let facts: Vec<String> = when.into_iter().chain(corpus.place.clone()).collect();
    // The skip link cannot use a plain `#main` href: with hash routing that would change the
    // route. It moves focus to <main> instead.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    });
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip}>{ "Skip to content" }</a>
            <div class="masthead">
                <p class="brand">{ "Parallax" }</p>
                <p class="corpus">
                    <span class="corpus-title">{ title }</span>
                    if !facts.is_empty() {
                        <span class="corpus-facts">{ facts.join(" · ") }</span>
                    }
                </p>
            </div>
            <nav aria-label="Views">
                <ul>
                    { for Route::NAV.iter().map(|(route, label)| {
                        let here = current.as_ref() == Some(route);
                        let classes = classes!("nav-link", here.then_some("current"));
                        html! {
                            <li>
                                <NavLink to={route.clone()} {classes} current={here}>
                                    { *label }
                                </NavLink>
                            </li>
                        }
                    }) }
                </ul>
            </nav>
            <crate::embed_ui::EmbedDialog page_url={page_url()} route={current_route()} title={format!("Parallax: {}", corpus.title)} />
            <p class="note">
                { "Quotes, speakers, people and dates are found by a machine and can be wrong; \
                   each one links to its sentence in the article." }
            </p>
        </header>
    }
}

/// Properties of [`NavLink`].
#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    /// Target route.
    pub to: Route,
    /// Extra classes.
    #[prop_or_default]
    pub classes: Classes,
    /// Whether this is the current view (`aria-current="page"`).
    pub current: bool,
    /// Label.
    pub children: Html,
}

/// A navigation link that marks the current page for assistive technology.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    // Like yew-router's `Link`: `#/path` under the hash router, `/path` under a memory history.
    let hash = navigator
        .as_ref()
        .is_some_and(|n| n.kind() == yew_router::navigator::NavigatorKind::Hash);
    let href = format!("{}{}", if hash { "#" } else { "" }, to.to_path());
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
            return;
        }
        if let Some(n) = &navigator {
            e.prevent_default();
            n.push(&to);
        }
    });
    html! {
        <a class={props.classes.clone()} {href} {onclick}
           aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}

/// Moves keyboard focus to `<main>` (browser only).
fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(main) = gloo::utils::document()
            .get_element_by_id("main")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    }
}

/// The page's URL (empty outside the browser).
fn page_url() -> AttrValue {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(h) = web_sys::window().and_then(|w| w.location().href().ok()) {
            return h.into();
        }
    }
    AttrValue::default()
}

/// The current `#` route without the `#` (empty outside the browser).
fn current_route() -> AttrValue {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(h) = web_sys::window().and_then(|w| w.location().hash().ok()) {
            return h.trim_start_matches('#').to_string().into();
        }
    }
    AttrValue::default()
}
