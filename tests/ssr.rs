//! Layer 2: the app's components rendered to HTML natively (Yew's `ssr` feature), over the
//! embedded seed corpus and over hand-built articles.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use parallax::AppWithCorpus;
use parallax_core::{Article, Block, BlockKind, Corpus, Quote, QuoteKind, Span};
use yew::LocalServerRenderer;

fn render(corpus: Rc<Corpus>, path: &str, query: &str) -> String {
    let props = parallax::AppWithCorpusProps {
        corpus,
        path: path.to_string().into(),
        query: query.to_string().into(),
    };
    futures::executor::block_on(LocalServerRenderer::<AppWithCorpus>::with_props(props).render())
}

fn seeds() -> Rc<Corpus> {
    Rc::new(
        parallax::data::embedded()
            .expect("the embedded corpus decodes")
            .corpus,
    )
}

/// A one-article corpus whose text is `text`, with one quote over `quoted`.
fn hand_built(text: &str, quoted: &str, speaker: Option<&str>) -> Rc<Corpus> {
    let start = text.find(quoted).unwrap_or(0);
    let span = Span::new(start, start + quoted.len());
    let article = Article {
        id: "a1".into(),
        file: "a1.txt".into(),
        label: "Article 1 · Test".into(),
        headline: Some("Test headline".into()),
        text: text.to_string(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }],
        sentences: vec![Span::new(0, text.len())],
        quotes: vec![Quote {
            text: quoted.to_string(),
            speaker: speaker.map(str::to_string),
            kind: QuoteKind::Full,
            span,
            parts: vec![span],
            sentence: Span::new(0, text.len()),
            attribution: None,
            cue: None,
        }],
        word_count: 9,
        ..Article::default()
    };
    Rc::new(Corpus {
        format_version: parallax_core::FORMAT_VERSION,
        title: "Test corpus".into(),
        event_date: Some("2025-08-15".into()),
        articles: vec![article],
        ..Corpus::default()
    })
}

#[test]
fn header_names_the_corpus_and_the_views() {
    let html = render(seeds(), "/articles", "");
    assert!(html.contains("Trump–Putin summit in Anchorage"), "{html}");
    assert!(html.contains("15 August 2025"));
    for view in ["Timeline", "Outlets", "Quotes", "Articles"] {
        assert!(html.contains(view), "nav lacks {view}");
    }
    assert!(html.contains("aria-current=\"page\""));
}

#[test]
fn article_list_shows_every_article_honestly() {
    let corpus = seeds();
    let html = render(corpus.clone(), "/articles", "");
    assert_eq!(corpus.articles.len(), 5);
    for a in &corpus.articles {
        assert!(
            html.contains(&format!("#/articles/{}", a.id))
                || html.contains(&format!("/articles/{}", a.id)),
            "no link to {}",
            a.id
        );
    }
    assert!(
        html.contains("Outlet not stated"),
        "unknown outlets must say so"
    );
    assert!(html.contains("words"));
}

#[test]
fn reader_shows_clean_text_without_boilerplate() {
    let corpus = seeds();
    for a in &corpus.articles {
        let html = render(corpus.clone(), &format!("/articles/{}", a.id), "");
        for junk in ["Send Push", "Next Story", "Download the app"] {
            assert!(!html.contains(junk), "{}: {junk} left in reader", a.id);
        }
        if let Some(h) = &a.headline {
            let first_words: String = h.chars().take(20).collect();
            assert!(
                html.contains(first_words.split('’').next().unwrap_or("")),
                "{}: headline missing",
                a.id
            );
        }
    }
}

#[test]
fn quotes_are_highlighted_with_their_speaker() {
    let text = "“We made some headway,” Trump said on Friday in Anchorage.";
    let html = render(
        hand_built(text, "We made some headway,", Some("Donald Trump")),
        "/articles/a1",
        "",
    );
    assert!(html.contains("Donald Trump"), "{html}");
    assert!(
        html.contains("<q") || html.contains("class=\"quote"),
        "{html}"
    );
    let unknown = render(
        hand_built(text, "We made some headway,", None),
        "/articles/a1",
        "",
    );
    assert!(
        unknown.to_lowercase().contains("speaker unknown"),
        "{unknown}"
    );
}

#[test]
fn article_text_is_rendered_as_text_never_markup() {
    let text = "He wrote <script>alert(1)</script> and <img src=x onerror=alert(2)> in the post.";
    let html = render(hand_built(text, "alert(1)", None), "/articles/a1", "");
    assert!(!html.contains("<script>alert(1)"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(
        html.contains("&lt;script&gt;") || html.contains("&lt;script"),
        "{html}"
    );
}

#[test]
fn unknown_routes_get_a_helpful_page() {
    let html = render(seeds(), "/nope", "");
    assert!(
        html.to_lowercase().contains("not found") || html.contains("404"),
        "{html}"
    );
    assert!(html.contains("/articles"));
}

#[test]
#[ignore = "debug helper: prints the rendered HTML"]
fn dump() {
    println!("{}", render(seeds(), "/articles", ""));
    let id = seeds().articles[0].id.clone();
    println!("{}", render(seeds(), &format!("/articles/{id}"), ""));
}

#[test]
fn timeline_lists_events_in_order_and_flags_disagreements() {
    let html = render(seeds(), "/timeline", "");
    assert!(html.contains("<h1>Timeline</h1>"), "{html}");
    assert!(html.contains("class=\"event-list\""));
    // The accessible twin lists 1867 (Alaska purchase) before 2025.
    let (y1867, y2025) = (html.find("1867"), html.rfind("2025"));
    assert!(
        y1867.is_some() && y1867 < y2025,
        "1867 missing or out of order"
    );
    assert!(html.contains("Where the articles disagree"));
    // The talks' length and the reference year of "first meeting since" differ by outlet.
    assert!(
        html.contains("how long the meeting lasted"),
        "no talks-length disagreement"
    );
    assert!(html.contains("since 2019") && html.contains("since 2022"));
    assert!(html.contains("The day itself"));
}

#[test]
fn timeline_filters_and_selection_come_from_the_url() {
    let all = render(seeds(), "/timeline", "");
    let filtered = render(seeds(), "/timeline", "person=Vladimir%20Putin");
    let count = |h: &str| h.matches("<li class=\"\"").count() + h.matches("<li>").count();
    assert!(count(&filtered) <= count(&all));
    assert!(filtered.contains("selected") || filtered.contains("Vladimir Putin"));
}

#[test]
fn outlets_view_shows_matrix_heatmap_and_a_default_pair() {
    let html = render(seeds(), "/outlets", "");
    assert!(html.contains("<h1>Outlets</h1>"));
    assert!(html.contains("class=\"matrix\""));
    assert!(html.contains("class=\"heatmap\""));
    assert!(html.contains("Export matrix JSON"));
    // With no pair in the URL the first two articles are read side by side.
    assert!(html.contains("class=\"sbs\""), "no side-by-side reader");
    assert!(html.contains("Statements carried"));
    let sorted = render(seeds(), "/outlets", "sort=narrowest");
    assert!(sorted.contains("selected") && sorted.contains("least widely carried first"));
}

#[test]
fn quotes_view_searches_from_the_url() {
    let html = render(seeds(), "/quotes", "q=deal");
    assert!(html.contains("<h1>Quotes</h1>"));
    assert!(html.contains("quote-card"), "no results for `deal`");
    assert!(html.contains("<mark"), "matches are not highlighted");
    let empty = render(seeds(), "/quotes", "");
    assert!(empty.contains("Vladimir Putin") || empty.contains("Donald Trump"));
}
