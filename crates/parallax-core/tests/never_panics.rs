//! The parser and the corpus decoder never panic, whatever the bytes, and what they return is
//! consistent: every span inside the text and on character boundaries, a quote's text made of
//! its parts. Property tests over arbitrary input biased towards what news text is made of.

use parallax_core::manifest::Manifest;
use parallax_core::{ArticleContext, Span, build_corpus, format, parse_file};
use proptest::prelude::*;

/// Pieces that exercise the parser's rules: marks, dashes, pipes, titles, months, numbers.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just(" — ".to_string()),
        Just(" | ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" - ".to_string()),
        Just("Mr. ".to_string()),
        Just("said ".to_string()),
        Just("he said, ".to_string()),
        Just("Putin ".to_string()),
        Just("President Donald Trump ".to_string()),
        Just("August 15, 2025".to_string()),
        Just("Friday ".to_string()),
        Just("61 of 85 drones ".to_string()),
        Just("nearly three hours ".to_string()),
        Just("$1.5 billion ".to_string()),
        Just("50% ".to_string()),
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("# ".to_string()),
        Just("Advertisement\n".to_string()),
        "[a-zA-Z ,.]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check_spans(text: &str, spans: &[Span], what: &str) {
    for s in spans {
        let (a, b) = (s.start as usize, s.end as usize);
        assert!(
            a <= b && b <= text.len(),
            "{what} span {a}..{b} outside text of {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(a) && text.is_char_boundary(b),
            "{what} span {a}..{b} not on char boundaries"
        );
    }
}

fn consistent(name: &str, bytes: &[u8]) {
    let Ok(a) = parse_file(bytes, &ArticleContext::new(name)) else {
        return;
    };
    check_spans(&a.text, &a.sentences, "sentence");
    check_spans(
        &a.text,
        &a.blocks.iter().map(|b| b.span).collect::<Vec<_>>(),
        "block",
    );
    for q in &a.quotes {
        check_spans(&a.text, &q.parts, "quote part");
        check_spans(&a.text, &[q.span, q.sentence], "quote");
        let joined: Vec<&str> = q
            .parts
            .iter()
            .filter_map(|p| a.text.get(p.range()))
            .collect();
        assert_eq!(joined.join(" "), q.text, "quote text is its parts joined");
    }
    for e in &a.events {
        check_spans(&a.text, &[e.span, e.sentence], "event");
    }
    for f in &a.figures {
        check_spans(&a.text, &[f.span, f.sentence], "figure");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn newsy_text_never_panics(s in newsy()) {
        for name in ["a.txt", "a.html", "a.md"] {
            consistent(name, s.as_bytes());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for name in ["a.txt", "a.html", "a.md"] {
            consistent(name, &bytes);
        }
    }

    #[test]
    fn corpus_decoder_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = format::decode(&bytes);
    }
}

#[test]
fn truncated_and_corrupted_corpora_are_errors_not_panics() {
    let files = vec![
        (
            "a.txt".to_string(),
            "Talks end\n\n“We made headway,” Trump said on Friday."
                .as_bytes()
                .to_vec(),
        ),
        (
            "b.txt".to_string(),
            "Second\n\nPutin spoke for nearly three hours."
                .as_bytes()
                .to_vec(),
        ),
    ];
    let corpus = build_corpus(
        &Manifest {
            title: "T".into(),
            event_date: Some("2025-08-15".into()),
            ..Manifest::default()
        },
        &files,
    );
    let bytes = format::encode(&corpus);
    assert!(format::decode(&bytes).is_ok());
    for cut in 0..bytes.len() {
        assert!(format::decode(&bytes[..cut]).is_err() || cut == bytes.len());
    }
    for i in 0..bytes.len() {
        let mut bad = bytes.clone();
        bad[i] ^= 0x5a;
        let _ = format::decode(&bad);
    }
}
