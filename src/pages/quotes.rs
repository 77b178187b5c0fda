//! `#/quotes?q=…&speaker=…&outlet=…`: search every quotation, one result per statement (the same
//! words across outlets, see [`parallax_core::search`]), with highlights, the outlets carrying it,
//! each variant's differences, the sentence around it, a link into the reader, "copy with
//! citation", facets, an empty state, keyboard navigation, and CSV/JSON export.

use parallax_core::search::{self, Query, SearchData, Statement};
use parallax_core::{Article, QuoteKind};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::{ReaderQuery, use_corpus};

/// The view's state in the URL.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct QuotesQuery {
    /// The search text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Speaker facet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Outlet facet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
}

impl QuotesQuery {
    /// The engine query: the text plus the facets as filters.
    pub fn to_query(&self) -> Query {
        let mut q = Query::parse(self.q.as_deref().unwrap_or(""));
        if let Some(s) = &self.speaker {
            q.speaker = Some(search::fold_name(s));
        }
        if let Some(o) = &self.outlet {
            q.outlet = Some(search::fold_name(o));
        }
        q
    }
}

/// “…” — Speaker, as reported by Outlet.
pub fn citation(s: &Statement, outlet: &str) -> String {
    let who = s.speaker.as_deref().unwrap_or("Speaker unknown");
    format!(
        "“{}” — {who}, as reported by {outlet}",
        s.text.trim_end_matches([',', ' '])
    )
}

/// Text with highlighted byte ranges as `<mark>`; everything else as text nodes.
fn highlighted(text: &str, ranges: &[(u32, u32)]) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut pos = 0usize;
    for &(a, b) in ranges {
        let (a, b) = (a as usize, b as usize);
        if a < pos || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push(html! { { text[pos..a].to_string() } });
        out.push(html! { <mark>{ text[a..b].to_string() }</mark> });
        pos = b;
    }
    out.push(html! { { text.get(pos..).unwrap_or("").to_string() } });
    out.into_iter().collect::<Html>()
}

fn outlet_of(a: &Article) -> String {
    a.short_name()
}

/// The quote search view.
#[component]
pub fn Quotes() -> Html {
    let ctx = use_corpus();
    let corpus = ctx.corpus.clone();
    let navigator = use_navigator();
    let query = use_location()
        .and_then(|l| l.query::<QuotesQuery>().ok())
        .unwrap_or_default();
    // Statements and their index come with the corpus (built by `build.rs` or the import
    // worker, decoded from the same file): nothing is built here.
    let search = ctx.search.clone();
    let data: &SearchData = &search;
    let input_ref = use_node_ref();
    let results_ref = use_node_ref();

    // Focus the box on load, and on "/" anywhere.
    {
        let input_ref = input_ref.clone();
        use_effect_with((), move |_| {
            if let Some(i) = input_ref.cast::<web_sys::HtmlInputElement>() {
                let _ = i.focus();
            }
            let listener = web_sys::window().map(|w| {
                let input_ref = input_ref.clone();
                gloo::events::EventListener::new(&w, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    if e.key() == "/" && !typing {
                        e.prevent_default();
                        if let Some(i) = input_ref.cast::<web_sys::HtmlInputElement>() {
                            let _ = i.focus();
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    let go = {
        let navigator = navigator.clone();
        move |q: QuotesQuery| {
            if let Some(n) = &navigator {
                let _ = n.replace_with_query(&Route::Quotes, &q);
            }
        }
    };
    let on_input = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            go(QuotesQuery {
                q: (!v.is_empty()).then_some(v),
                ..query.clone()
            });
        })
    };
    // Arrow keys move between result cards.
    let on_results_key = {
        let results_ref = results_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            let dir = match e.key().as_str() {
                "ArrowDown" | "j" => 1i32,
                "ArrowUp" | "k" => -1,
                _ => return,
            };
            let Some(list) = results_ref.cast::<web_sys::Element>() else {
                return;
            };
            let Ok(cards) = list.query_selector_all("article.quote-card") else {
                return;
            };
            let active = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let mut idx: i32 = -1;
            for i in 0..cards.length() {
                if let (Some(c), Some(a)) = (cards.item(i), active.as_ref())
                    && c.is_same_node(Some(a))
                {
                    idx = i as i32;
                }
            }
            let next = (idx + dir).clamp(0, cards.length() as i32 - 1);
            if let Some(el) = cards
                .item(next as u32)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            {
                e.prevent_default();
                let _ = el.focus();
            }
        })
    };

    let engine_query = query.to_query();
    let results = data.search(&corpus.articles, &engine_query);
    let shown = results.total;
    let facet = |kind: &'static str,
                 counts: &std::collections::BTreeMap<String, usize>,
                 current: Option<&String>|
     -> Html {
        let mut items: Vec<(&String, &usize)> = counts.iter().collect();
        parallax_core::order::sort_by(&mut items, |a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        html! {
            <ul class="facet">
                { for items.into_iter().take(12).map(|(name, n)| {
                    let on = current == Some(name);
                    let mut q = query.clone();
                    let value = if on { None } else { Some(name.clone()) };
                    if kind == "speaker" { q.speaker = value } else { q.outlet = value }
                    html! {
                        <li>
                            <Link<Route, QuotesQuery> to={Route::Quotes} query={Some(q)} classes={classes!("facet-link", on.then_some("current"))}>
                                { name.clone() }<span class="count">{ format!(" {n}") }</span>
                                if on { <span class="sr-only">{ " (selected; select again to clear)" }</span> }
                            </Link<Route, QuotesQuery>>
                        </li>
                    }
                }) }
            </ul>
        }
    };
    // Exports rank every match, when asked.
    let on_csv = {
        let (built, corpus, q) = (search.clone(), corpus.clone(), engine_query.clone());
        Callback::from(move |_: MouseEvent| {
            let all = built.search_top(&corpus.articles, &q, usize::MAX);
            crate::byo::download(
                "quotes.csv",
                built.to_csv(&corpus.articles, &all).as_bytes(),
                "text/csv",
            );
        })
    };
    let on_json = {
        let (built, corpus, q) = (search.clone(), corpus.clone(), engine_query.clone());
        Callback::from(move |_: MouseEvent| {
            let all = built.search_top(&corpus.articles, &q, usize::MAX);
            crate::byo::download(
                "quotes.json",
                built.to_json(&corpus.articles, &all).as_bytes(),
                "application/json",
            );
        })
    };

    html! {
        <section class="quotes">
            <h1>{ "Quotes" }</h1>
            <div class="search-row" role="search">
                <label for="quote-search" class="sr-only">{ "Search quotes" }</label>
                <input id="quote-search" ref={input_ref} type="search" autocomplete="off" spellcheck="false"
                    placeholder={"Search quotes — try  speaker:putin  or  \"no deal\"  (press / to focus)"}
                    value={query.q.clone().unwrap_or_default()} oninput={on_input} />
                <button type="button" onclick={on_csv} disabled={engine_query.is_empty()}>{ "CSV" }</button>
                <button type="button" onclick={on_json} disabled={engine_query.is_empty()}>{ "JSON" }</button>
            </div>
            <p class="result-count" role="status" aria-live="polite">
                { if engine_query.is_empty() { format!("{} statements from {} quotes.", data.len(), corpus.articles.iter().map(|a| a.quotes.len()).sum::<usize>()) }
                  else { format!("{shown} statement{} found.", if shown == 1 { "" } else { "s" }) } }
            </p>
            <div class="quotes-layout">
                <aside class="facets" aria-label="Filter results">
                    <h2>{ "Speakers" }</h2>
                    { facet("speaker", &results.speakers, query.speaker.as_ref()) }
                    <h2>{ "Outlets" }</h2>
                    { facet("outlet", &results.outlets, query.outlet.as_ref()) }
                </aside>
                <div class="results" ref={results_ref} onkeydown={on_results_key}>
                    if engine_query.is_empty() {
                        { empty_state(data, &corpus.articles) }
                    } else {
                        { for results.hits.iter().take(100).filter_map(|h| data.statement(&corpus.articles, h.statement).map(|s| (h, s))).map(|(h, s)| card(&s, &h.highlights, &corpus.articles)) }
                    }
                </div>
            </div>
        </section>
    }
}

fn empty_state(data: &SearchData, articles: &[Article]) -> Html {
    let speakers = data.top_speakers(8);
    let carried = data.most_carried(5);
    html! {
        <div class="empty-state">
            <h2>{ "Most-quoted speakers" }</h2>
            <ul class="facet">
                { for speakers.iter().map(|(name, n)| html! {
                    <li><Link<Route, QuotesQuery> to={Route::Quotes} query={Some(QuotesQuery { speaker: Some(name.clone()), ..QuotesQuery::default() })} classes="facet-link">
                        { name.clone() }<span class="count">{ format!(" {n}") }</span>
                    </Link<Route, QuotesQuery>></li>
                }) }
            </ul>
            <h2>{ "Most widely carried statements" }</h2>
            if carried.is_empty() { <p class="empty">{ "No statement is carried by more than one article." }</p> }
            { for carried.iter().filter_map(|&i| data.statement(articles, i)).map(|s| card(&s, &[], articles)) }
        </div>
    }
}

fn card(s: &Statement, highlights: &[(u32, u32)], articles: &[Article]) -> Html {
    let first = s
        .carriers
        .first()
        .and_then(|c| Some((articles.get(c.article as usize)?, c)));
    let sentence = first.and_then(|(a, c)| {
        let q = a.quotes.get(c.quote as usize)?;
        a.text.get(q.sentence.range()).map(str::to_string)
    });
    let cite_outlet = first.map(|(a, _)| outlet_of(a)).unwrap_or_default();
    let citation = citation(s, &cite_outlet);
    let on_copy = Callback::from(move |_: MouseEvent| crate::embed_ui::copy_text(&citation));
    html! {
        <article class="quote-card" tabindex="0">
            <blockquote class={classes!("quote-text", (s.kind == QuoteKind::Fragment).then_some("fragment"))}>
                { "“" }{ highlighted(&s.text, highlights) }{ "”" }
            </blockquote>
            <p class="quote-meta">
                <span class={classes!("speaker", s.speaker.is_none().then_some("unknown"))}>{ s.speaker.clone().unwrap_or_else(|| "Speaker unknown".into()) }</span>
                { " · carried by " }{ s.outlets.join(", ") }
            </p>
            if let Some(sent) = sentence { <p class="context">{ sent }</p> }
            if s.carriers.len() > 1 {
                <details class="variants">
                    <summary>{ format!("{} wordings", s.carriers.len()) }</summary>
                    <ul>
                        { for s.carriers.iter().filter_map(|c| {
                            let a = articles.get(c.article as usize)?;
                            let q = a.quotes.get(c.quote as usize)?;
                            Some(html! { <li>
                                <span class="who-says">{ outlet_of(a) }{ ": " }</span>
                                { "“" }{ highlighted(&q.text, &c.extra) }{ "”" }
                                if !c.missing.is_empty() { <span class="hint">{ format!(" (leaves out: {})", c.missing.join(" ")) }</span> }
                            </li> })
                        }) }
                    </ul>
                </details>
            }
            <p class="card-actions">
                { for s.carriers.iter().filter_map(|c| {
                    let a = articles.get(c.article as usize)?;
                    let q = a.quotes.get(c.quote as usize)?;
                    Some(html! {
                        <Link<Route, ReaderQuery> to={Route::Reader { id: a.id.clone() }} query={Some(ReaderQuery { at: Some(q.span.start) })}>
                            { format!("In {}", outlet_of(a)) }
                        </Link<Route, ReaderQuery>>
                    })
                }) }
                <button type="button" class="copy" onclick={on_copy}>{ "Copy with citation" }</button>
            </p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_read_like_a_newsroom_credit() {
        let s = Statement {
            text: "There's no deal until there's a deal,".into(),
            speaker: Some("Donald Trump".into()),
            kind: QuoteKind::Full,
            carriers: vec![],
            outlets: vec!["Reuters".into()],
        };
        assert_eq!(
            citation(&s, "Reuters"),
            "“There's no deal until there's a deal” — Donald Trump, as reported by Reuters"
        );
    }
}
