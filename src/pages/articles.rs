//! `#/articles?sort=…`: every article as a card — headline (or "Untitled" and its first words),
//! outlet (or an honest "Outlet not stated" badge) with the distinguishing label, published
//! date, size, extraction counts, cited sources — plus the files that could not be read.

use parallax_core::Article;
use parallax_core::display::{ArticleOrder, first_words, long_date, order_articles};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::{ArticlesQuery, ReaderQuery, use_corpus};

/// The articles list.
#[component]
pub fn Articles() -> Html {
    let ctx = use_corpus();
    let corpus = &ctx.corpus;
    let query = use_location()
        .and_then(|l| l.query::<ArticlesQuery>().ok())
        .unwrap_or_default();
    let order = order_articles(&corpus.articles, query.sort);
    let import = use_context::<crate::ImportContext>();
    let n = corpus.articles.len();
    html! {
        <section class="articles">
            <h1>{ "Articles" }</h1>
            <p class="lede">
                { format!("{n} {} in this corpus.", if n == 1 { "article" } else { "articles" }) }
            </p>
            if n > 1 {
                <nav class="sort" aria-label="Sort articles">
                    <span class="sort-label">{ "Sort: " }</span>
                    { for ArticleOrder::ALL.iter().map(|&sort| {
                        let here = sort == query.sort;
                        html! {
                            <Link<Route, ArticlesQuery> to={Route::Articles}
                                query={Some(ArticlesQuery { sort })}
                                classes={classes!("sort-link", here.then_some("current"))}>
                                { sort.label() }
                                if here { <span class="sr-only">{ " (current)" }</span> }
                            </Link<Route, ArticlesQuery>>
                        }
                    }) }
                </nav>
            }
            if n == 0 {
                <p>{ "No articles were parsed." }</p>
            }
            <ul class="article-list">
                { for order.iter().filter_map(|&i| corpus.articles.get(i)).map(article_card) }
            </ul>
            if let Some(import) = import {
                <crate::byo::Import corpus={ctx.clone()} on_corpus={import.on_corpus} />
            }
            if !corpus.errors.is_empty() {
                <section class="errors">
                    <h2>{ "Files that could not be read" }</h2>
                    <ul>
                        { for corpus.errors.iter().map(|e| html! {
                            <li><code>{ e.file.clone() }</code>{ ": " }{ e.reason.clone() }</li>
                        }) }
                    </ul>
                </section>
            }
        </section>
    }
}

/// One article's card.
fn article_card(a: &Article) -> Html {
    let headline = a
        .headline
        .as_deref()
        .filter(|h| !h.trim().is_empty())
        .map(str::to_string);
    let title = match &headline {
        Some(h) => html! { { h.clone() } },
        None => html! {
            <>
                <span class="untitled">{ "Untitled" }</span>
                { " — " }{ first_words(&a.text, 12) }
            </>
        },
    };
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let published = a
        .published
        .as_deref()
        .map(|d| long_date(d).unwrap_or_else(|| d.to_string()));
    html! {
        <li class="card">
            <h2 class="card-title">
                <Link<Route, ReaderQuery> to={Route::Reader { id: a.id.clone() }}>{ title }</Link<Route, ReaderQuery>>
            </h2>
            <p class="card-meta">
                { outlet_badge(a) }
                <span class="label">{ a.label.clone() }</span>
            </p>
            <dl class="facts">
                if let Some(p) = published {
                    <div><dt>{ "Published" }</dt><dd>{ p }</dd></div>
                }
                <div><dt>{ "Length" }</dt><dd>{ count(a.word_count as usize, "word", "words") }</dd></div>
                <div><dt>{ "Found" }</dt><dd>
                    { format!("{} · {} · {}",
                        count(a.quotes.len(), "quote", "quotes"),
                        count(a.people.len(), "person", "people"),
                        count(a.events.len(), "dated event", "dated events")) }
                </dd></div>
                if !a.cited_sources.is_empty() {
                    <div><dt>{ "Cites" }</dt><dd>{ a.cited_sources.join(", ") }</dd></div>
                }
            </dl>
            <p class="file"><code>{ a.file.clone() }</code></p>
        </li>
    }
}

/// The outlet as a badge; "Outlet not stated" when the text and manifest do not say.
pub fn outlet_badge(a: &Article) -> Html {
    match &a.outlet {
        Some(o) => html! { <span class="badge outlet">{ o.clone() }</span> },
        None => html! {
            <span class="badge unknown" title="Neither the article nor the corpus manifest names the outlet">
                { a.outlet_or_unknown().to_string() }
            </span>
        },
    }
}
