//! `#/articles/<id>?at=<offset>`: one article, block by block, with its quotes, people, dates
//! and figures marked in place, a legend, and a side panel listing them, each linking to its
//! spot. `?at=` highlights (and scrolls to) what starts at that offset, or its sentence.
//!
//! The nesting of marks is computed by `parallax_core::reader::layout`; this page only draws
//! its blocks: headings as `h2`, list items in `ul`, table rows in a `table`.

use parallax_core::display::long_date;
use parallax_core::reader::{LaidBlock, layout, marks};
use parallax_core::{Article, BlockKind};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::annotated::{date_words, draw_runs};
use crate::pages::articles::outlet_badge;
use crate::route::Route;
use crate::state::{ReaderQuery, use_corpus};

/// Properties of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article id from the route.
    pub id: AttrValue,
}

/// The reader page.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let ctx = use_corpus();
    let at = use_location()
        .and_then(|l| l.query::<ReaderQuery>().ok())
        .and_then(|q| q.at);
    {
        // Scroll the target into view after it is drawn (browser only).
        let key = (props.id.clone(), at);
        use_effect_with(key, |(_, at)| {
            if at.is_some() {
                scroll_to_target();
            }
        });
    }
    let Some(article) = ctx.article(&props.id) else {
        return html! {
            <section class="not-found">
                <h1>{ "Article not found" }</h1>
                <p>{ format!("No article in this corpus has the id “{}”.", props.id) }</p>
                <p><Link<Route> to={Route::Articles}>{ "See all articles" }</Link<Route>></p>
            </section>
        };
    };
    let laid = layout(article, &marks(article, at));
    let headline = article.headline.clone().filter(|h| !h.trim().is_empty());
    html! {
        <div class="reader">
            <article class="reader-text" aria-labelledby="article-title">
                <p class="crumb"><Link<Route> to={Route::Articles}>{ "← All articles" }</Link<Route>></p>
                <h1 id="article-title">
                    { headline.clone().unwrap_or_else(|| "Untitled".to_string()) }
                </h1>
                { metadata(article) }
                { legend() }
                <div class="body">
                    { draw_blocks(article, &laid, headline.as_deref()) }
                </div>
            </article>
            { side_panel(article) }
        </div>
    }
}

/// The metadata line: outlet (or not stated), dateline, byline, published, cited sources.
fn metadata(a: &Article) -> Html {
    let published = a
        .published
        .as_deref()
        .map(|d| long_date(d).unwrap_or_else(|| d.to_string()));
    html! {
        <p class="meta">
            { outlet_badge(a) }
            if let Some(d) = &a.dateline { <span>{ format!("Dateline: {d}") }</span> }
            if let Some(b) = &a.byline { <span>{ b.clone() }</span> }
            if let Some(p) = published { <span>{ format!("Published {p}") }</span> }
            if !a.cited_sources.is_empty() {
                <span>{ format!("Cites {}", a.cited_sources.join(", ")) }</span>
            }
            <span>{ format!("{} words", a.word_count) }</span>
        </p>
    }
}

/// What the highlights mean.
fn legend() -> Html {
    html! {
        <details class="legend">
            <summary>{ "What the highlights mean" }</summary>
            <ul>
                <li><q class="quote">{ "Quotation" }</q><span class="who" aria-hidden="true">{ "speaker" }</span>
                    { " — words in quotation marks, with who said them, or “speaker unknown”" }</li>
                <li><span class="person">{ "Person" }</span>{ " — a named person" }</li>
                <li><time class="date">{ "Date" }</time>{ " — a date expression, resolved to a day, month or year" }</li>
                <li><span class="figure">{ "Figure" }</span>{ " — a number with what it measures" }</li>
                <li><mark class="target">{ "Highlight" }</mark>{ " — the passage a link pointed to" }</li>
            </ul>
        </details>
    }
}

/// Draws the blocks, grouping consecutive list items into a list and table rows into a table.
fn draw_blocks(a: &Article, laid: &[LaidBlock], headline: Option<&str>) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while let Some(block) = laid.get(i) {
        let run_len = laid
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|b| b.kind == block.kind)
            .count()
            .max(1);
        let group = laid.get(i..i + run_len).unwrap_or(&[]);
        match block.kind {
            BlockKind::ListItem => out.push(html! {
                <ul>{ for group.iter().map(|b| html! { <li>{ cell(a, b, 0) }</li> }) }</ul>
            }),
            BlockKind::TableRow => out.push(draw_table(a, group)),
            _ => out.extend(group.iter().map(|b| draw_single(a, b, headline))),
        }
        i += run_len;
    }
    out.into_iter().collect()
}

fn draw_single(a: &Article, b: &LaidBlock, headline: Option<&str>) -> Html {
    match b.kind {
        // The headline is already the page's h1; show the block only if it says something else.
        BlockKind::Headline if headline == Some(a.slice(b.span).trim()) => Html::default(),
        BlockKind::Headline => html! { <p class="standfirst">{ cell(a, b, 0) }</p> },
        BlockKind::Heading => html! { <h2>{ cell(a, b, 0) }</h2> },
        BlockKind::Sources => html! { <p class="sources">{ cell(a, b, 0) }</p> },
        _ => html! { <p>{ cell(a, b, 0) }</p> },
    }
}

/// A table from consecutive rows; the first row is shown as the header row when there are
/// several rows, as tables in articles almost always open with their column names.
fn draw_table(a: &Article, rows: &[LaidBlock]) -> Html {
    let width = rows.iter().map(|r| r.cells.len()).max().unwrap_or(1);
    let (head, body) = match rows.split_first() {
        Some((first, rest)) if !rest.is_empty() => (Some(first), rest),
        _ => (None, rows),
    };
    let row = |r: &LaidBlock, header: bool| -> Html {
        html! {
            <tr>
                { for (0..width).map(|c| if header {
                    html! { <th scope="col">{ cell(a, r, c) }</th> }
                } else {
                    html! { <td>{ cell(a, r, c) }</td> }
                }) }
            </tr>
        }
    };
    html! {
        <div class="table-wrap">
            <table>
                if let Some(h) = head { <thead>{ row(h, true) }</thead> }
                <tbody>{ for body.iter().map(|r| row(r, false)) }</tbody>
            </table>
        </div>
    }
}

fn cell(a: &Article, b: &LaidBlock, i: usize) -> Html {
    b.cells
        .get(i)
        .map(|runs| draw_runs(a, runs))
        .unwrap_or_default()
}

/// The side panel: quotes, people, events and figures, each a link to its spot.
fn side_panel(a: &Article) -> Html {
    let link = |at: u32, body: Html| -> Html {
        html! {
            <Link<Route, ReaderQuery> to={Route::Reader { id: a.id.clone() }}
                query={Some(ReaderQuery { at: Some(at) })}>{ body }</Link<Route, ReaderQuery>>
        }
    };
    let section = |title: &str, empty: &str, items: Vec<Html>| -> Html {
        html! {
            <section class="panel-section">
                <h2>{ format!("{title} ({})", items.len()) }</h2>
                if items.is_empty() {
                    <p class="empty">{ empty.to_string() }</p>
                } else {
                    <ul>{ for items }</ul>
                }
            </section>
        }
    };
    let quotes = a
        .quotes
        .iter()
        .map(|q| {
            let who = q.speaker.clone().unwrap_or_else(|| "speaker unknown".into());
            html! {
                <li>{ link(q.span.start, html! {
                    <>
                        <span class={classes!("who", q.speaker.is_none().then_some("unknown"))}>{ who }</span>
                        { " " }<q class="quote">{ format!("“{}”", q.text) }</q>
                    </>
                }) }</li>
            }
        })
        .collect();
    let people = a
        .people
        .iter()
        .map(|p| {
            let n = p.mentions.len();
            let at = p.mentions.first().map_or(0, |s| s.start);
            let roles = if p.roles.is_empty() {
                String::new()
            } else {
                format!(" — {}", p.roles.join(", "))
            };
            html! {
                <li>{ link(at, html! { { p.name.clone() } }) }
                    { format!("{roles} · {n} {}", if n == 1 { "mention" } else { "mentions" }) }</li>
            }
        })
        .collect();
    let events = a
        .events
        .iter()
        .map(|e| {
            let what = if e.label.trim().is_empty() {
                e.expression.clone()
            } else {
                e.label.clone()
            };
            html! {
                <li>
                    <time datetime={e.date.clone()}>{ date_words(&e.date, e.approximate) }</time>
                    { " " }{ link(e.span.start, html! { { what } }) }
                </li>
            }
        })
        .collect();
    let figures = a
        .figures
        .iter()
        .map(|f| {
            let what = f
                .measures
                .as_deref()
                .map(|m| format!(" — {m}"))
                .unwrap_or_default();
            html! { <li>{ link(f.span.start, html! { { f.text.clone() } }) }{ what }</li> }
        })
        .collect();
    html! {
        <aside class="panel" aria-label="Found in this article">
            { section("Quotes", "No quotations found.", quotes) }
            { section("People", "No people found.", people) }
            { section("Dated events", "No dated events found.", events) }
            { section("Figures", "No figures found.", figures) }
        </aside>
    }
}

/// Scrolls the `?at=` target into view (browser only).
fn scroll_to_target() {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = gloo::utils::document().get_element_by_id("target") {
        el.scroll_into_view();
    }
}
