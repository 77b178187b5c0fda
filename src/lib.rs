//! # parallax (the app)
//!
//! The Yew single-page app that explores the embedded corpus. [`App`] decodes the corpus that
//! `build.rs` embedded (see [`data`]) once, then routes with hash URLs (`#/articles`,
//! `#/articles/<id>?at=<offset>`, …; see [`route::Route`]). [`AppWithCorpus`] is the same shell
//! over a given corpus and an in-memory history, for rendering tests and server-side rendering.
//!
//! Layout: plain data in [`state`], routes in [`route`], one file per page in [`pages`],
//! reusable pieces in [`components`]. Everything a view computes (annotation nesting, dates in
//! words, sort orders) lives in `parallax-core` (`reader`, `display`) with native tests; the
//! components only draw. Article text is always rendered as text nodes, never as markup.

pub mod byo;
pub mod components;
pub mod data;
pub mod embed_ui;
pub mod host;
pub mod pages;
pub mod route;
pub mod state;
pub mod worker;

use std::rc::Rc;

use parallax_core::Corpus;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::components::shell::Shell;
use crate::pages::decode_error::DecodeError;
use crate::state::CorpusContext;

/// Lets a view replace the corpus being explored (bring-your-own-articles, "Open corpus").
#[derive(Clone, PartialEq)]
pub struct ImportContext {
    /// Called with the new corpus.
    pub on_corpus: Callback<CorpusContext>,
}

/// The app over the embedded corpus, routed by the URL hash. Decodes the corpus once; shows
/// an error page (never a panic) when the bytes cannot be decoded. A corpus the user brings
/// (parsed files, an opened corpus file, `?corpus=<same-origin URL>`) replaces it in every view.
#[component]
pub fn App() -> Html {
    let embedded = use_memo((), |_| {
        data::embedded()
            .map(CorpusContext::new)
            .map_err(|e| e.to_string())
    });
    let replaced = use_state(|| None::<CorpusContext>);
    let notice = use_state(|| None::<String>);
    let on_corpus = {
        let replaced = replaced.clone();
        Callback::from(move |c: CorpusContext| replaced.set(Some(c)))
    };
    {
        let on_corpus = on_corpus.clone();
        let notice = notice.clone();
        use_effect_with((), move |_| {
            load_corpus_param(on_corpus, notice);
            || ()
        });
    }
    let corpus = match (&*replaced, &*embedded) {
        (Some(c), _) => Ok(c.clone()),
        (None, Ok(c)) => Ok(c.clone()),
        (None, Err(m)) => Err(m.clone()),
    };
    match corpus {
        Ok(corpus) => html! {
            <ContextProvider<ImportContext> context={ImportContext { on_corpus }}>
                if let Some(n) = &*notice {
                    <p class="import-error" role="alert">{ n.clone() }{ " The embedded corpus is shown instead." }</p>
                }
                <HashRouter>
                    <Shell corpus={corpus} />
                </HashRouter>
            </ContextProvider<ImportContext>>
        },
        Err(message) => html! { <DecodeError message={message} /> },
    }
}

/// `?corpus=<same-origin URL>`: fetch and validate it; a bad one leaves a notice.
#[cfg(target_arch = "wasm32")]
fn load_corpus_param(on_corpus: Callback<CorpusContext>, notice: UseStateHandle<Option<String>>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let url = search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == "corpus")
        .and_then(|(_, v)| js_sys::decode_uri_component(v).ok())
        .and_then(|v| v.as_string());
    if let Some(url) = url {
        yew::platform::spawn_local(async move {
            match byo::fetch_corpus(&url).await {
                Ok(c) => on_corpus.emit(CorpusContext::new(c)),
                Err(e) => notice.set(Some(e)),
            }
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn load_corpus_param(_on_corpus: Callback<CorpusContext>, _notice: UseStateHandle<Option<String>>) {
}

/// Properties of [`AppWithCorpus`].
#[derive(Properties, PartialEq)]
pub struct AppWithCorpusProps {
    /// The corpus to show.
    pub corpus: Rc<Corpus>,
    /// The route path to start at, e.g. `/articles/a1` (no `#`).
    #[prop_or(AttrValue::Static("/"))]
    pub path: AttrValue,
    /// The query string, without `?` (e.g. `at=310`).
    #[prop_or_default]
    pub query: AttrValue,
}

/// The app shell over a given corpus with an in-memory history: for tests and server rendering.
/// It builds the corpus's search data and views itself (the real app decodes them from the
/// corpus file).
#[component]
pub fn AppWithCorpus(props: &AppWithCorpusProps) -> Html {
    // Built once per corpus (use_memo hands back the same Rc on every render).
    let search = use_memo(props.corpus.clone(), |c| {
        parallax_core::search::SearchData::build(&c.articles)
    });
    let views = use_memo(props.corpus.clone(), |c| {
        parallax_core::views::Views::build(c)
    });
    let history = {
        let path = props.path.to_string();
        let query = props.query.to_string();
        use_state(move || {
            let history = MemoryHistory::new();
            // MemoryHistory insists on an absolute path without query or fragment.
            let path = path.split(['?', '#']).next().unwrap_or("/");
            let path = if path.starts_with('/') {
                path.to_string()
            } else {
                format!("/{path}")
            };
            if query.is_empty() {
                history.replace(path);
            } else {
                let raw = yew_router::query::Raw(query.as_str());
                // Raw queries cannot fail to encode (the error type is Infallible).
                let Ok(()) = history.replace_with_query(path, raw);
            }
            AnyHistory::from(history)
        })
    };
    html! {
        <Router history={(*history).clone()}>
            <Shell corpus={CorpusContext::from_parts(props.corpus.clone(), search, views)} />
        </Router>
    }
}
