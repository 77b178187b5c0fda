//! The list of places where articles disagree ([`parallax_core::disagree`]): each question, each
//! answer with the outlets giving it and their own words, linked into the reader. Used by the
//! timeline and the outlet comparison.

use parallax_core::Article;
use parallax_core::disagree::{Disagreement, DisagreementKind};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::ReaderQuery;

/// The list, or `empty` as a sentence when there is nothing to show.
pub fn disagreement_list(list: &[Disagreement], articles: &[Article], empty: &str) -> Html {
    if list.is_empty() {
        return html! { <p class="empty">{ empty.to_string() }</p> };
    }
    html! {
        <ul class="disputes">
            { for list.iter().map(|d| item(d, articles)) }
        </ul>
    }
}

fn kind_label(kind: DisagreementKind) -> &'static str {
    match kind {
        DisagreementKind::Date => "date",
        DisagreementKind::Figure => "figure",
        DisagreementKind::ReferencePoint => "reference point",
    }
}

fn item(d: &Disagreement, articles: &[Article]) -> Html {
    html! {
        <li class="dispute-item">
            <p class="dispute-topic">
                <span class="badge dispute" aria-hidden="true">{ "≠" }</span>
                <strong>{ d.topic.clone() }</strong>
                <span class="hint">{ format!(" · {}", kind_label(d.kind)) }</span>
            </p>
            <ul class="dispute-variants">
                { for d.variants.iter().map(|v| html! {
                    <li>
                        <span class="variant-value">{ v.value.clone() }</span>
                        <ul class="carriers">
                            { for v.carriers.iter().filter_map(|&(ai, span, _)| {
                                let a = articles.get(ai as usize)?;
                                let words = a.text.get(span.range())?.to_string();
                                Some(html! {
                                    <li>
                                        <span class="who-says">{ a.short_name() }{ ": " }</span>
                                        { format!("“{words}” ") }
                                        <Link<Route, ReaderQuery> to={Route::Reader { id: a.id.clone() }} query={Some(ReaderQuery { at: Some(span.start) })}>
                                            { "context" }
                                        </Link<Route, ReaderQuery>>
                                    </li>
                                })
                            }) }
                        </ul>
                    </li>
                }) }
            </ul>
        </li>
    }
}
