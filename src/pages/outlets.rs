//! `#/outlets?a=…&b=…&sort=…&min=…`: who reported what. Facts (sentences clustered across articles
//! by [`parallax_core::compare`]), a coverage matrix, an overlap heatmap, each article's exclusives
//! and omissions, figures that disagree, framing words as evidence, and a side-by-side reader of
//! two articles. Articles whose outlet is not stated are compared under their labels.

use std::collections::BTreeMap;

use parallax_core::compare::{self, Comparison, FactOrder};
use parallax_core::{Article, Span};
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::{ReaderQuery, use_corpus};

/// The view's state in the URL.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OutletsQuery {
    /// Left article of the side-by-side reader (id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
    /// Right article (id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
    /// Only facts carried by at least this many articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// Order of the matrix rows: `widest` (default), `narrowest`, `story`, or an article id
    /// (that article's facts first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
}

/// The fact order a `sort` value names (unknown values fall back to widest first).
fn fact_order(sort: Option<&str>, arts: &[Article]) -> FactOrder {
    match sort {
        Some("narrowest") => FactOrder::Narrowest,
        Some("story") => FactOrder::Story,
        Some(id) => arts
            .iter()
            .position(|a| a.id == id)
            .map_or(FactOrder::Widest, |i| FactOrder::Article(i as u32)),
        None => FactOrder::Widest,
    }
}

fn name(a: &Article) -> String {
    a.short_name()
}

fn short(a: &Article, i: usize) -> String {
    a.outlet
        .clone()
        .unwrap_or_else(|| format!("Article {}", i + 1))
}

fn sentence(a: &Article, s: Span) -> String {
    a.text.get(s.range()).unwrap_or("").to_string()
}

/// The outlet comparison view.
#[component]
pub fn Outlets() -> Html {
    let ctx = use_corpus();
    let corpus = ctx.corpus.clone();
    let query = use_location()
        .and_then(|l| l.query::<OutletsQuery>().ok())
        .unwrap_or_default();
    let navigator = use_navigator();
    // Computed when the corpus file was written (parallax_core::views), not here.
    let views = ctx.views.clone();
    let comparison = &views.comparison;
    let arts = &corpus.articles;
    let n = arts.len();
    let min = query.min.unwrap_or(1).max(1);
    let order = fact_order(query.sort.as_deref(), arts);
    let facts: Vec<&compare::Fact> = compare::order_facts(&comparison.facts, &order, min as usize)
        .into_iter()
        .filter_map(|i| comparison.facts.get(i))
        .collect();
    // With no pair chosen, the side-by-side reader starts on the first two articles.
    let (pair_a, pair_b) = match (&query.a, &query.b) {
        (None, None) if n >= 2 => (Some(arts[0].id.clone()), Some(arts[1].id.clone())),
        (a, b) => (a.clone(), b.clone()),
    };

    let go = {
        let navigator = navigator.clone();
        move |q: OutletsQuery| {
            if let Some(nav) = &navigator {
                let _ = nav.push_with_query(&Route::Outlets, &q);
            }
        }
    };
    let pick = |side: &'static str| {
        let go = go.clone();
        let query = query.clone();
        let (default_a, default_b) = (pair_a.clone(), pair_b.clone());
        Callback::from(move |e: Event| {
            let v = crate::state::select_value(&e);
            let v = (!v.is_empty()).then_some(v);
            let mut q = query.clone();
            // Choosing one side fixes the other at what it showed.
            if q.a.is_none() && q.b.is_none() {
                q.a = default_a.clone();
                q.b = default_b.clone();
            }
            if side == "a" {
                q.a = v
            } else {
                q.b = v
            }
            go(q);
        })
    };
    let on_min = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: Event| {
            let v = crate::state::select_value(&e);
            go(OutletsQuery {
                min: v.parse().ok().filter(|m| *m > 1),
                ..query.clone()
            });
        })
    };
    let on_sort = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: Event| {
            let v = crate::state::select_value(&e);
            go(OutletsQuery {
                sort: (!v.is_empty() && v != "widest").then_some(v),
                ..query.clone()
            });
        })
    };
    let on_json = {
        let views = views.clone();
        let corpus = corpus.clone();
        Callback::from(move |_: MouseEvent| {
            crate::byo::download(
                "coverage-matrix.json",
                compare::matrix_json(&views.comparison, &corpus.articles).as_bytes(),
                "application/json",
            );
        })
    };
    let on_csv = {
        let views = views.clone();
        let corpus = corpus.clone();
        Callback::from(move |_: MouseEvent| {
            crate::byo::download(
                "coverage-matrix.csv",
                compare::matrix_csv(&views.comparison, &corpus.articles).as_bytes(),
                "text/csv",
            );
        })
    };

    html! {
        <section class="outlets">
            <h1>{ "Outlets" }</h1>
            <p class="lede">{ format!("{} facts across {n} articles: sentences grouped when they state the same thing (shared rare words, names and figures). Each group says why.", comparison.facts.len()) }</p>

            <h2>{ "Articles at a glance" }</h2>
            <div class="table-wrap">
                <table class="glance" role="table" aria-label="Articles at a glance">
                    <thead role="rowgroup"><tr role="row">
                        <th scope="col" role="columnheader">{ "Article" }</th><th scope="col" role="columnheader">{ "Words" }</th><th scope="col" role="columnheader">{ "Quotes" }</th>
                        <th scope="col" role="columnheader">{ "Share in quotes" }</th><th scope="col" role="columnheader">{ "Only here" }</th><th scope="col" role="columnheader">{ "Missing here" }</th>
                        <th scope="col" role="columnheader">{ "People" }</th><th scope="col" role="columnheader">{ "Cites" }</th>
                    </tr></thead>
                    <tbody role="rowgroup">
                        { for arts.iter().enumerate().map(|(i, a)| {
                            let quoted: usize = a.quotes.iter().map(|q| q.text.len()).sum();
                            let share = if a.text.is_empty() { 0.0 } else { quoted as f64 / a.text.len() as f64 * 100.0 };
                            html! { <tr role="row">
                                <th scope="row" role="rowheader"><Link<Route> to={Route::Reader { id: a.id.clone() }}>{ a.label.clone() }</Link<Route>></th>
                                <td role="cell" data-label="Words">{ a.word_count }</td>
                                <td role="cell" data-label="Quotes">{ a.quotes.len() }</td>
                                <td role="cell" data-label="Share in quotes">{ format!("{share:.0}%") }</td>
                                <td role="cell" data-label="Only here">{ comparison.exclusives.get(i).map_or(0, Vec::len) }</td>
                                <td role="cell" data-label="Missing here">{ comparison.omissions.get(i).map_or(0, Vec::len) }</td>
                                <td role="cell" data-label="People">{ a.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", ") }</td>
                                <td role="cell" data-label="Cites">{ if a.cited_sources.is_empty() { "—".to_string() } else { a.cited_sources.join(", ") } }</td>
                            </tr> }
                        }) }
                    </tbody>
                </table>
            </div>

            <h2 id="matrix">{ "Coverage matrix" }</h2>
            <div class="filters">
                <label>{ "Show facts carried by " }
                    <select onchange={on_min}>
                        { for (1..=n.max(1) as u32).map(|m| html! {
                            <option value={m.to_string()} selected={m == min}>{ if m == 1 { "any article".to_string() } else { format!("{m}+ articles") } }</option>
                        }) }
                    </select>
                </label>
                <label>{ "Order " }
                    <select onchange={on_sort}>
                        <option value="widest" selected={order == FactOrder::Widest}>{ "most widely carried first" }</option>
                        <option value="narrowest" selected={order == FactOrder::Narrowest}>{ "least widely carried first" }</option>
                        <option value="story" selected={order == FactOrder::Story}>{ "as the articles tell it" }</option>
                        { for arts.iter().enumerate().map(|(i, a)| html! {
                            <option value={a.id.clone()} selected={order == FactOrder::Article(i as u32)}>{ format!("{}’s facts first", name(a)) }</option>
                        }) }
                    </select>
                </label>
                <button type="button" onclick={on_csv}>{ "Export matrix CSV" }</button>
                <button type="button" onclick={on_json}>{ "Export matrix JSON" }</button>
            </div>
            // Scrolls on its own: focusable so keyboard users can scroll it (axe: scrollable-region-focusable).
            <div class="table-wrap matrix-wrap" tabindex="0" role="region" aria-label="Coverage matrix">
                <table class="matrix">
                    <caption class="sr-only">{ "Facts (rows) by article (columns); a check means the article states the fact." }</caption>
                    <thead><tr>
                        <th scope="col">{ "Fact" }</th>
                        { for arts.iter().enumerate().map(|(i, a)| html! { <th scope="col" title={name(a)}>{ short(a, i) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for facts.iter().take(60).map(|f| html! { <tr>
                            <th scope="row" title={format!("Grouped by: {}", f.why.join(", "))}>{ f.label.clone() }</th>
                            { for (0..n as u32).map(|i| {
                                let has = f.articles.contains(&i);
                                html! { <td class={classes!(has.then_some("has"))}>{ if has { "●" } else { "" } }<span class="sr-only">{ if has { "yes" } else { "no" } }</span></td> }
                            }) }
                        </tr> }) }
                    </tbody>
                </table>
            </div>
            if facts.len() > 60 { <p class="hint">{ format!("Showing 60 of {} facts; the CSV has them all.", facts.len()) }</p> }

            <h2>{ "Overlap between articles" }</h2>
            { heatmap(comparison, arts) }

            <h2>{ "Only here, and missing here" }</h2>
            <div class="per-article">
                { for arts.iter().enumerate().map(|(i, a)| html! {
                    <section class="panel-section">
                        <h3>{ name(a) }</h3>
                        <p class="hint">{ "Only here:" }</p>
                        <ul>{ for comparison.exclusives.get(i).into_iter().flatten().take(5).filter_map(|&f| comparison.facts.get(f as usize)).map(|f| html! { <li>{ f.label.clone() }</li> }) }</ul>
                        <p class="hint">{ "Carried by two or more others, missing here:" }</p>
                        <ul>{ for comparison.omissions.get(i).into_iter().flatten().take(5).filter_map(|&f| comparison.facts.get(f as usize)).map(|f| html! { <li>{ f.label.clone() }</li> }) }</ul>
                        <p class="hint">{ format!("Statements carried ({}):", a.quotes.iter().filter(|q| q.kind == parallax_core::QuoteKind::Full).count()) }</p>
                        <ul>{ for a.quotes.iter().filter(|q| q.kind == parallax_core::QuoteKind::Full).take(5).map(|q| {
                            let words: String = q.text.chars().take(90).collect();
                            let more = if q.text.chars().count() > 90 { "…" } else { "" };
                            html! { <li>
                                <span class="who-says">{ q.speaker.clone().unwrap_or_else(|| "speaker unknown".into()) }{ ": " }</span>
                                { format!("“{words}{more}”") }
                            </li> }
                        }) }</ul>
                        <Link<Route, crate::pages::quotes::QuotesQuery> to={Route::Quotes} query={Some(crate::pages::quotes::QuotesQuery { outlet: Some(a.short_name()), ..Default::default() })}>
                            { "All its statements in Quotes" }
                        </Link<Route, crate::pages::quotes::QuotesQuery>>
                    </section>
                }) }
            </div>

            <h2>{ "Figures that disagree" }</h2>
            { crate::components::disagreements::disagreement_list(&comparison.figure_disputes, arts, "No figure or reference point is given differently by two articles.") }

            <h2>{ "Framing evidence" }</h2>
            <p class="hint">{ "Characterising words each article uses, with the sentence — evidence to judge, not a score. Words inside quotation marks are the speaker's." }</p>
            { framing(comparison, arts) }

            <h2 id="side-by-side">{ "Side by side" }</h2>
            <div class="filters">
                <label>{ "Left " }<select onchange={pick("a")}>
                    <option value="" selected={pair_a.is_none()}>{ "Choose an article" }</option>
                    { for arts.iter().map(|a| html! { <option value={a.id.clone()} selected={pair_a.as_deref() == Some(a.id.as_str())}>{ name(a) }</option> }) }
                </select></label>
                <label>{ "Right " }<select onchange={pick("b")}>
                    <option value="" selected={pair_b.is_none()}>{ "Choose an article" }</option>
                    { for arts.iter().map(|a| html! { <option value={a.id.clone()} selected={pair_b.as_deref() == Some(a.id.as_str())}>{ name(a) }</option> }) }
                </select></label>
            </div>
            { side_by_side(comparison, arts, pair_a.as_deref(), pair_b.as_deref()) }
        </section>
    }
}

/// The pairwise overlap as an SVG grid with the values written in each cell and a legend.
fn heatmap(c: &Comparison, arts: &[Article]) -> Html {
    let n = arts.len();
    if n < 2 {
        return html! { <p class="empty">{ "One article: nothing to compare." }</p> };
    }
    let cell = 56.0;
    let label_w = 110.0;
    let size = label_w + cell * n as f64;
    html! {
        <figure class="heatmap">
            <svg viewBox={format!("0 0 {size} {size}")} width={size.to_string()} role="img"
                 aria-label="Overlap between every pair of articles; the table of values follows in the cells">
                { for (0..n).map(|i| html! {
                    <>
                        <text x={(label_w - 6.0).to_string()} y={(label_w + cell * i as f64 + cell / 2.0 + 4.0).to_string()} text-anchor="end" class="hm-label">{ short(&arts[i], i) }</text>
                        <text x={(label_w + cell * i as f64 + cell / 2.0).to_string()} y={(label_w - 8.0).to_string()} text-anchor="middle" class="hm-label">{ short(&arts[i], i).chars().take(10).collect::<String>() }</text>
                        { for (0..n).map(|j| {
                            let v = c.overlap.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0);
                            let x = label_w + cell * j as f64;
                            let y = label_w + cell * i as f64;
                            html! { <g>
                                <rect x={x.to_string()} y={y.to_string()} width={(cell - 2.0).to_string()} height={(cell - 2.0).to_string()}
                                      class="hm-cell" fill-opacity={format!("{:.2}", 0.08 + 0.85 * v)} />
                                <text x={(x + cell / 2.0 - 1.0).to_string()} y={(y + cell / 2.0 + 4.0).to_string()} text-anchor="middle"
                                      class={classes!("hm-value", (v > 0.55).then_some("on-dark"))}>{ if i == j { "—".to_string() } else { format!("{:.0}%", v * 100.0) } }</text>
                            </g> }
                        }) }
                    </>
                }) }
            </svg>
            <figcaption>{ "Each cell: of the facts either article states, the share both state (0% = nothing in common, 100% = the same facts). Darker = more shared." }</figcaption>
        </figure>
    }
}

fn framing(c: &Comparison, arts: &[Article]) -> Html {
    let mut by_article: BTreeMap<u32, Vec<&compare::FramingHit>> = BTreeMap::new();
    for h in &c.framing {
        by_article.entry(h.article).or_default().push(h);
    }
    if by_article.is_empty() {
        return html! { <p class="empty">{ "No characterising words from the lexicon were found." }</p> };
    }
    html! {
        <div class="per-article">
            { for by_article.iter().filter_map(|(ai, hits)| arts.get(*ai as usize).map(|a| (a, hits))).map(|(a, hits)| html! {
                <section class="panel-section">
                    <h3>{ name(a) }</h3>
                    <ul>
                        { for hits.iter().take(8).map(|h| html! {
                            <li>
                                <strong>{ h.term.clone() }</strong>
                                if h.quoted { <span class="badge">{ "in a quote" }</span> }
                                { " — " }{ sentence(a, h.sentence) }{ " " }
                                <Link<Route, ReaderQuery> to={Route::Reader { id: a.id.clone() }} query={Some(ReaderQuery { at: Some(h.span.start) })}>{ "context" }</Link<Route, ReaderQuery>>
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

fn side_by_side(c: &Comparison, arts: &[Article], a: Option<&str>, b: Option<&str>) -> Html {
    let find = |id: Option<&str>| id.and_then(|id| arts.iter().position(|x| x.id == id));
    let (Some(li), Some(ri)) = (find(a), find(b)) else {
        return html! { <p class="hint">{ "Pick two articles to read them side by side, matched fact by fact." }</p> };
    };
    let (left, right) = (&arts[li], &arts[ri]);
    let rows = compare::align(c, li as u32, left, ri as u32, right);
    let diffed = |text: &str, ranges: &[(usize, usize)]| -> Html {
        let mut out = Vec::new();
        let mut pos = 0;
        for &(s, e) in ranges {
            if s < pos || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            out.push(html! { { text[pos..s].to_string() } });
            out.push(html! { <mark class="diff">{ text[s..e].to_string() }</mark> });
            pos = e;
        }
        out.push(html! { { text.get(pos..).unwrap_or("").to_string() } });
        out.into_iter().collect::<Html>()
    };
    html! {
        <div class="sbs" role="table" aria-label={format!("{} and {} side by side", name(left), name(right))}>
            <div class="sbs-row sbs-head" role="row">
                <div role="columnheader">{ name(left) }</div>
                <div role="columnheader">{ name(right) }</div>
            </div>
            { for rows.iter().map(|r| {
                let lt = r.left.map(|s| sentence(left, s));
                let rt = r.right.map(|s| sentence(right, s));
                let (ld, rd) = match (&lt, &rt) {
                    (Some(l), Some(rr)) => compare::word_diff(l, rr),
                    _ => (Vec::new(), Vec::new()),
                };
                html! {
                    <div class={classes!("sbs-row", (lt.is_none() || rt.is_none()).then_some("exclusive"))} role="row">
                        <div role="cell">{ match &lt { Some(t) => diffed(t, &ld), None => html! { <span class="empty">{ "— no counterpart —" }</span> } } }</div>
                        <div role="cell">{ match &rt { Some(t) => diffed(t, &rd), None => html! { <span class="empty">{ "— no counterpart —" }</span> } } }</div>
                    </div>
                }
            }) }
        </div>
    }
}
