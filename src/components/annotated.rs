//! Draws the runs laid out by `parallax_core::reader::layout`: text nodes inside `<q>` for
//! quotes (with the speaker, or "speaker unknown"), `<span class="person">` for people,
//! `<time>` for dates, `<span class="figure">` for figures and `<mark>` for the `?at=` target.
//!
//! Text is only ever passed to `html!` as strings, which Yew renders as escaped text nodes.

use parallax_core::Article;
use parallax_core::display::long_date;
use parallax_core::reader::{MarkKind, MarkRun, Run};
use yew::prelude::*;

/// Draws runs of `article`'s text.
pub fn draw_runs(article: &Article, runs: &[Run]) -> Html {
    runs.iter().map(|run| draw_run(article, run)).collect()
}

fn draw_run(article: &Article, run: &Run) -> Html {
    match run {
        Run::Text(span) => html! { { article.slice(*span).to_string() } },
        Run::Mark(m) => draw_mark(article, m),
    }
}

fn draw_mark(article: &Article, m: &MarkRun) -> Html {
    let inner = draw_runs(article, &m.children);
    // Only the first piece of a mark carries the anchor id, so ids stay unique.
    let id = m.first.then(|| m.mark.anchor_id());
    match m.mark.kind {
        MarkKind::Target => html! { <mark class="target" {id}>{ inner }</mark> },
        MarkKind::Quote => {
            let speaker = article
                .quotes
                .get(m.mark.index)
                .and_then(|q| q.speaker.clone());
            let who = speaker.clone().unwrap_or_else(|| "speaker unknown".into());
            let known = speaker.is_some();
            html! {
                <>
                    <q class="quote" {id} title={format!("Quote — {who}")}>{ inner }</q>
                    if m.last {
                        <span class={classes!("who", (!known).then_some("unknown"))}
                              aria-hidden="true">{ who.clone() }</span>
                        <span class="sr-only">{ format!(" (quote; speaker: {who})") }</span>
                    }
                </>
            }
        }
        MarkKind::Person => {
            let name = article
                .people
                .get(m.mark.index)
                .map_or_else(String::new, |p| p.name.clone());
            html! { <span class="person" {id} title={format!("Person: {name}")}>{ inner }</span> }
        }
        MarkKind::Date => {
            let event = article.events.get(m.mark.index);
            let datetime = event.map(|e| e.date.clone());
            let title = event.map(|e| format!("Date: {}", date_words(&e.date, e.approximate)));
            html! { <time class="date" {id} {datetime} {title}>{ inner }</time> }
        }
        MarkKind::Figure => {
            let title = article.figures.get(m.mark.index).map(|f| {
                let what = f.measures.as_deref().unwrap_or("unspecified");
                format!("Figure: {} {} ({what})", f.value, f.unit)
            });
            html! { <span class="figure" {id} {title}>{ inner }</span> }
        }
    }
}

/// A resolved date in words, with "about" when approximate.
pub fn date_words(date: &str, approximate: bool) -> String {
    let words = long_date(date).unwrap_or_else(|| date.to_string());
    if approximate {
        format!("about {words}")
    } else {
        words
    }
}
