//! `#/timeline?event=…&outlet=…&person=…&zoom=…`: every dated event of the corpus on one axis,
//! merged across articles ([`parallax_core::timeline::merge`]), drawn on a compressed axis whose
//! breaks keep 1867 and 2025 both in view ([`parallax_core::timeline::layout`]); the event day's own
//! moments as a lane; an ordered list that is the accessible twin of the chart (and the only view
//! on narrow screens); the selected event's wording per article, linked into the reader;
//! disagreements flagged. All arithmetic is in parallax-core, and the merging, the disagreements
//! and the event day are computed when the corpus file is written ([`parallax_core::views`]);
//! this only lays out and draws.

use parallax_core::disagree::{self, Disagreement};
use parallax_core::timeline::{self, MergedEvent, Moment};
use parallax_core::views::outlet_key;
use parallax_core::{Article, Precision, Span};
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::{ReaderQuery, use_corpus};

/// The view's state in the URL.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TimelineQuery {
    /// The selected event's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// Only articles from this outlet (or with this article id when the outlet is not stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Only events naming this person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// Zoom of the dense stretches, 1 to 8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zoom: Option<f64>,
}

const WIDTH: f64 = 960.0;
const ROW_HEIGHT: f64 = 18.0;
const AXIS_Y: f64 = 30.0;

/// How a date reads, with its precision visible: "2022", "Feb 2022", "15 Aug 2025", "c. 2025".
pub fn date_words(date: &str, precision: Precision, approximate: bool) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut parts = date.split('-');
    let y = parts.next().unwrap_or("");
    let m = parts
        .next()
        .and_then(|m| m.parse::<usize>().ok())
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
    let d = parts.next().and_then(|d| d.parse::<u32>().ok());
    let s = match (precision, m, d) {
        (Precision::Day, Some(m), Some(d)) => format!("{d} {m} {y}"),
        (Precision::Month | Precision::Day, Some(m), _) => format!("{m} {y}"),
        _ => y.to_string(),
    };
    if approximate { format!("c. {s}") } else { s }
}

/// The timeline view.
#[component]
pub fn Timeline() -> Html {
    let ctx = use_corpus();
    let corpus = ctx.corpus.clone();
    let navigator = use_navigator();
    let query = use_location()
        .and_then(|l| l.query::<TimelineQuery>().ok())
        .unwrap_or_default();

    // The view for the chosen outlet (or all articles); an unknown outlet shows nothing.
    let views = ctx.views.clone();
    let view = views.timeline(query.outlet.as_deref());
    let articles: Vec<Article> = view.map(|v| v.members(&corpus)).unwrap_or_default();
    let all_events: &[MergedEvent] = view.map_or(&[], |v| &v.events);
    let mut events = all_events.to_vec();
    if let Some(p) = &query.person {
        events.retain(|e| e.people.iter().any(|x| x == p));
    }
    let zoom = query.zoom.unwrap_or(1.0).clamp(1.0, 8.0);
    let layout = timeline::layout(&events, WIDTH * zoom, zoom, 28);
    let selected = query
        .event
        .as_deref()
        .and_then(|id| events.iter().position(|e| e.id == id));

    let go = {
        let navigator = navigator.clone();
        move |q: TimelineQuery| {
            if let Some(n) = &navigator {
                let _ = n.push_with_query(&Route::Timeline, &q);
            }
        }
    };
    let on_outlet = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: Event| {
            let v = crate::state::select_value(&e);
            go(TimelineQuery {
                outlet: (!v.is_empty()).then_some(v),
                event: None,
                ..query.clone()
            });
        })
    };
    let on_person = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: Event| {
            let v = crate::state::select_value(&e);
            go(TimelineQuery {
                person: (!v.is_empty()).then_some(v),
                event: None,
                ..query.clone()
            });
        })
    };
    let zoom_by = |factor: f64| {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |_: MouseEvent| {
            let z = (zoom * factor).clamp(1.0, 8.0);
            go(TimelineQuery {
                zoom: (z > 1.0).then_some(z),
                ..query.clone()
            });
        })
    };
    let on_csv = {
        let events = events.clone();
        let articles = articles.clone();
        Callback::from(move |_: MouseEvent| {
            crate::byo::download(
                "timeline-events.csv",
                timeline::to_csv(&events, &articles).as_bytes(),
                "text/csv",
            );
        })
    };

    let on_json = {
        let events = events.clone();
        let articles = articles.clone();
        Callback::from(move |_: MouseEvent| {
            crate::byo::download(
                "timeline-events.json",
                timeline::to_json(&events, &articles).as_bytes(),
                "application/json",
            );
        })
    };
    // Keyboard on the focused chart: + / - zoom, Home / End jump (arrows scroll natively).
    let on_chart_key = {
        let go = go.clone();
        let query = query.clone();
        Callback::from(move |e: KeyboardEvent| {
            let factor = match e.key().as_str() {
                "+" | "=" => 2.0,
                "-" | "_" => 0.5,
                "Home" | "End" => {
                    let el: web_sys::Element = e.target_unchecked_into();
                    el.set_scroll_left(if e.key() == "Home" {
                        0
                    } else {
                        el.scroll_width()
                    });
                    e.prevent_default();
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            let z = (zoom * factor).clamp(1.0, 8.0);
            go(TimelineQuery {
                zoom: (z > 1.0).then_some(z),
                ..query.clone()
            });
        })
    };
    // Ctrl/⌘ + wheel (and a trackpad pinch, which browsers report the same way) zooms. The
    // listener is not passive, so it can keep the browser from zooming the whole page.
    let chart_ref = use_node_ref();
    {
        let go = go.clone();
        let query = query.clone();
        let chart_ref = chart_ref.clone();
        use_effect_with((zoom.to_bits(), query.clone()), move |_| {
            let listener = chart_ref.cast::<web_sys::Element>().map(|el| {
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&el, "wheel", options, move |e| {
                    let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::WheelEvent>(e) else {
                        return;
                    };
                    if !(e.ctrl_key() || e.meta_key()) {
                        return;
                    }
                    e.prevent_default();
                    let factor = if e.delta_y() < 0.0 { 2.0 } else { 0.5 };
                    let z = (zoom * factor).clamp(1.0, 8.0);
                    if (z - zoom).abs() > f64::EPSILON {
                        go(TimelineQuery {
                            zoom: (z > 1.0).then_some(z),
                            ..query.clone()
                        });
                    }
                })
            });
            move || drop(listener)
        });
    }

    let mut outlets: Vec<(String, String)> = corpus
        .articles
        .iter()
        .map(|a| {
            (
                outlet_key(a),
                a.outlet.clone().unwrap_or_else(|| a.label.clone()),
            )
        })
        .collect();
    parallax_core::order::sort(&mut outlets);
    outlets.dedup_by(|a, b| a.0 == b.0);
    let mut people: Vec<String> = all_events
        .iter()
        .flat_map(|e| e.people.iter().cloned())
        .collect();
    parallax_core::order::sort(&mut people);
    people.dedup();

    let event_link = |i: usize, e: &MergedEvent| -> TimelineQuery {
        let _ = i;
        TimelineQuery {
            event: Some(e.id.clone()),
            ..query.clone()
        }
    };
    let height = AXIS_Y + 24.0 + f64::from(layout.rows.max(1)) * ROW_HEIGHT;
    let disagreements: &[Disagreement] = view.map_or(&[], |v| &v.disagreements);
    let flagged: Vec<bool> = events
        .iter()
        .map(|e| !touching(e, &articles, disagreements).is_empty())
        .collect();
    let disputed = flagged.iter().filter(|f| **f).count();

    html! {
        <section class="timeline">
            <h1>{ "Timeline" }</h1>
            <p class="lede">
                { format!("{} dated events from {} articles, merged where articles describe the same thing.", events.len(), articles.len()) }
                if disputed > 0 { { format!(" {disputed} marked ≠ where articles disagree (on a date, a figure or a reference point).") } }
            </p>
            <div class="filters" role="group" aria-label="Filter the timeline">
                <label>{ "Outlet " }
                    <select onchange={on_outlet}>
                        <option value="" selected={query.outlet.is_none()}>{ "All articles" }</option>
                        { for outlets.iter().map(|(k, name)| html! {
                            <option value={k.clone()} selected={query.outlet.as_deref() == Some(k.as_str())}>{ name.clone() }</option>
                        }) }
                    </select>
                </label>
                <label>{ "Person " }
                    <select onchange={on_person}>
                        <option value="" selected={query.person.is_none()}>{ "Everyone" }</option>
                        { for people.iter().map(|p| html! {
                            <option value={p.clone()} selected={query.person.as_deref() == Some(p.as_str())}>{ p.clone() }</option>
                        }) }
                    </select>
                </label>
                <span class="zoom" role="group" aria-label="Zoom">
                    <button type="button" onclick={zoom_by(0.5)} disabled={zoom <= 1.0} aria-label="Zoom out">{ "−" }</button>
                    <span aria-live="polite">{ format!("{zoom:.0}×") }</span>
                    <button type="button" onclick={zoom_by(2.0)} disabled={zoom >= 8.0} aria-label="Zoom in">{ "+" }</button>
                </span>
                <button type="button" onclick={on_csv}>{ "Export CSV" }</button>
                <button type="button" onclick={on_json}>{ "Export JSON" }</button>
            </div>

            <div class="chart-scroll" tabindex="0" onkeydown={on_chart_key} ref={chart_ref}
                 aria-label="Timeline chart: arrow keys or swipe to pan, + and − (or Ctrl and the wheel, or a pinch) to zoom">
                <svg class="chart" width={layout.width.to_string()} height={height.to_string()}
                     viewBox={format!("0 0 {} {}", layout.width, height)} role="group"
                     aria-label={format!("Timeline of {} events; the list below gives the same events in order.", events.len())}>
                    { for layout.segments.iter().map(|s| html! {
                        <line class="axis" x1={s.x0.to_string()} x2={s.x1.to_string()} y1={AXIS_Y.to_string()} y2={AXIS_Y.to_string()} />
                    }) }
                    { for layout.breaks.iter().map(|x| html! {
                        <path class="axis-break" d={format!("M{} {} l4 -6 l4 12 l4 -6", x - 6.0, AXIS_Y)} />
                    }) }
                    { for layout.ticks.iter().map(|t| html! {
                        <g class="tick">
                            <line x1={t.x.to_string()} x2={t.x.to_string()} y1={(AXIS_Y - 4.0).to_string()} y2={(AXIS_Y + 4.0).to_string()} />
                            <text x={t.x.to_string()} y={(AXIS_Y - 10.0).to_string()} text-anchor="middle">{ t.label.clone() }</text>
                        </g>
                    }) }
                    { for layout.markers.iter().filter_map(|m| events.get(m.event).map(|e| (m, e))).map(|(m, e)| {
                        let y = AXIS_Y + 20.0 + f64::from(m.row) * ROW_HEIGHT;
                        let is_sel = selected == Some(m.event);
                        let dispute = flagged.get(m.event).copied().unwrap_or(false);
                        let label: String = e.label.chars().take(28).collect();
                        html! {
                            <Link<Route, TimelineQuery> to={Route::Timeline} query={Some(event_link(m.event, e))}>
                                <g class={classes!("marker", is_sel.then_some("selected"), dispute.then_some("disputed"))}>
                                    <title>{ format!("{} — {} ({} article{})", date_words(&e.date, e.precision, e.approximate), e.label, e.article_count(), if e.article_count() == 1 { "" } else { "s" }) }</title>
                                    <line x1={m.x.to_string()} x2={m.x.to_string()} y1={AXIS_Y.to_string()} y2={(y - 4.0).to_string()} />
                                    <circle cx={m.x.to_string()} cy={AXIS_Y.to_string()} r={m.r.to_string()} />
                                    <text x={m.label_x.to_string()} y={(y + 4.0).to_string()}>{ if dispute { format!("≠ {label}") } else { label } }</text>
                                </g>
                            </Link<Route, TimelineQuery>>
                        }
                    }) }
                </svg>
            </div>

            if let Some(e) = selected.and_then(|i| events.get(i)) {
                { detail(e, &articles, &touching(e, &articles, disagreements)) }
            }

            <h2>{ "Events in order" }</h2>
            <ol class="event-list">
                { for events.iter().enumerate().map(|(i, e)| {
                    let n = e.article_count();
                    html! {
                        <li class={classes!((selected == Some(i)).then_some("selected"))}>
                            <span class="when">{ date_words(&e.date, e.precision, e.approximate) }</span>
                            <Link<Route, TimelineQuery> to={Route::Timeline} query={Some(event_link(i, e))}>{ e.label.clone() }</Link<Route, TimelineQuery>>
                            <span class="count">{ format!(" · {n} article{}", if n == 1 { "" } else { "s" }) }</span>
                            if flagged.get(i).copied().unwrap_or(false) { <span class="badge dispute">{ if e.disputed() { "≠ dates disagree" } else { "≠ articles disagree" } }</span> }
                        </li>
                    }
                }) }
            </ol>

            { day_lane(&articles, corpus.event_date.as_deref(), view.map_or(&[], |v| &v.moments), disagreements) }

            <h2 id="disagreements">{ "Where the articles disagree" }</h2>
            <p class="hint">{ "Different dates for one event, different figures for one measured thing, different reference points for a “first … since” claim — each answer with the articles that give it." }</p>
            { crate::components::disagreements::disagreement_list(disagreements, &articles, "The articles agree on every date and figure that can be compared.") }
        </section>
    }
}

/// The selected event: each article's sentence, linked into the reader; why they were grouped;
/// the dates they disagree on.
fn detail(e: &MergedEvent, articles: &[Article], disputes: &[&Disagreement]) -> Html {
    html! {
        <section class="event-detail" aria-labelledby="event-title">
            <h2 id="event-title">{ format!("{} — {}", date_words(&e.date, e.precision, e.approximate), e.label) }</h2>
            if e.variants.len() > 1 {
                <div class="disagreement" role="note">
                    <strong>{ "The articles disagree on the date: " }</strong>
                    { for e.variants.iter().map(|(date, who)| {
                        let names: Vec<String> = who.iter().filter_map(|&i| articles.get(i as usize)).map(|a| a.outlet_or_unknown_label()).collect();
                        html! { <span class="variant">{ format!("{date} ({})", names.join(", ")) }</span> }
                    }) }
                </div>
            }
            <ul class="wordings">
                { for e.mentions.iter().filter_map(|m| {
                    let a = articles.get(m.article as usize)?;
                    let ev = a.events.get(m.event as usize)?;
                    Some(html! {
                        <li>
                            <p class="who-says">{ a.outlet_or_unknown_label() }</p>
                            <blockquote>{ ev.text.clone() }</blockquote>
                            <Link<Route, ReaderQuery> to={Route::Reader { id: a.id.clone() }} query={Some(ReaderQuery { at: Some(ev.span.start) })}>
                                { "Read in context" }
                            </Link<Route, ReaderQuery>>
                        </li>
                    })
                }) }
            </ul>
            if !e.why.is_empty() {
                <p class="why">{ format!("Grouped because they share: {}", e.why.join(", ")) }</p>
            }
            if disputes.iter().any(|d| d.kind != disagree::DisagreementKind::Date) {
                <div class="disagreement" role="note">
                    <strong>{ "The articles also disagree here: " }</strong>
                    { for disputes.iter().filter(|d| d.kind != disagree::DisagreementKind::Date).map(|d| {
                        let answers: Vec<String> = d.variants.iter().map(|v| {
                            let names: Vec<String> = v.articles().iter().filter_map(|&i| articles.get(i as usize)).map(|a| a.short_name()).collect();
                            format!("{} ({})", v.value, names.join(", "))
                        }).collect();
                        html! { <span class="variant">{ format!("{}: {}", d.topic, answers.join(" / ")) }</span> }
                    }) }
                </div>
            }
        </section>
    }
}

/// The event day as the articles tell it, in order.
fn day_lane(
    articles: &[Article],
    event_date: Option<&str>,
    moments: &[Moment],
    disputes: &[Disagreement],
) -> Html {
    let Some(day) = event_date else {
        return html! {};
    };
    if moments.is_empty() {
        return html! {};
    }
    html! {
        <section class="day-lane" aria-labelledby="day-title">
            <h2 id="day-title">{ format!("The day itself: {}", parallax_core::display::long_date(day).unwrap_or_else(|| day.to_string())) }</h2>
            <ol class="moments">
                { for moments.iter().map(|m| html! {
                    <li>
                        <p class="moment-label">{ m.label.clone() }
                            if let Some(c) = &m.cue { <span class="cue">{ format!(" · ordered by “{c}”") }</span> }
                            if m.sentences.iter().any(|&(ai, s)| disputes.iter().any(|d| d.touches(ai, s))) {
                                <a class="badge dispute" href="#disagreements" onclick={scroll_to("disagreements")}>{ "≠ articles disagree" }</a>
                            }
                        </p>
                        <ul>
                            { for m.sentences.iter().filter_map(|(ai, span)| {
                                let a = articles.get(*ai as usize)?;
                                let text = a.text.get(span.range())?;
                                Some(html! {
                                    <li>
                                        <span class="who-says">{ a.outlet_or_unknown_label() }{ ": " }</span>
                                        { text.to_string() }{ " " }
                                        <Link<Route, ReaderQuery> to={Route::Reader { id: a.id.clone() }} query={Some(ReaderQuery { at: Some(span.start) })}>
                                            { "context" }
                                        </Link<Route, ReaderQuery>>
                                    </li>
                                })
                            }) }
                        </ul>
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// The disagreements that bear on an event: its own date variants; a "first … since" claim
/// whose reference year is the event's year; a figure given in one of the event's sentences,
/// when the event is dated to the day (the sentence of a 2018 aside is not about that figure).
fn touching<'a>(
    e: &MergedEvent,
    articles: &[Article],
    all: &'a [Disagreement],
) -> Vec<&'a Disagreement> {
    use disagree::DisagreementKind as K;
    let in_sentence = |d: &Disagreement| {
        e.mentions.iter().any(|m| {
            let sentence = articles
                .get(m.article as usize)
                .and_then(|a| a.events.get(m.event as usize))
                .map_or(Span::new(0, 0), |ev| ev.sentence);
            d.touches(m.article, sentence)
        })
    };
    let year = e.date.get(..4).unwrap_or("");
    all.iter()
        .filter(|d| match d.kind {
            K::Date => e.disputed() && d.topic.ends_with(&e.label),
            K::ReferencePoint => {
                in_sentence(d) && d.variants.iter().any(|v| v.value.ends_with(year))
            }
            K::Figure => e.precision == Precision::Day && in_sentence(d),
        })
        .collect()
}

/// An in-page link that scrolls without touching the hash (the hash holds the route).
fn scroll_to(id: &'static str) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = gloo::utils::document().get_element_by_id(id) {
            el.scroll_into_view();
        }
    })
}

/// An article's name in lists: the outlet, else its distinguishing label.
trait ArticleName {
    fn outlet_or_unknown_label(&self) -> String;
}

impl ArticleName for Article {
    fn outlet_or_unknown_label(&self) -> String {
        self.short_name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_with_their_precision() {
        assert_eq!(date_words("2022-02", Precision::Month, false), "Feb 2022");
        assert_eq!(
            date_words("2025-08-15", Precision::Day, false),
            "15 Aug 2025"
        );
        assert_eq!(date_words("2025", Precision::Year, true), "c. 2025");
        assert_eq!(date_words("1867", Precision::Year, false), "1867");
    }
}
