//! The fuzz targets, shared by the cargo-fuzz project (`fuzz/fuzz_targets/*.rs`, libFuzzer on
//! nightly) and the stable campaign in `tests/fuzz.rs`, so both drive exactly the same checks.
//!
//! A target panics when it finds a bug: the parser or decoder panicked, or what it returned is
//! inconsistent. Returning is success.

use parallax_core::{
    Article, ArticleContext, Corpus, FORMAT_VERSION, Span, format, parse_file, search,
};

/// The file names a parse input is tried under; the first input byte chooses one, so the fuzzer
/// explores the text, HTML and Markdown readers from one corpus of inputs.
pub const NAMES: [&str; 3] = ["fuzz.txt", "fuzz.html", "fuzz.md"];

fn check_spans(text: &str, spans: impl IntoIterator<Item = Span>, what: &str) {
    for s in spans {
        let (a, b) = (s.start as usize, s.end as usize);
        assert!(
            a <= b && b <= text.len(),
            "{what} span {a}..{b} outside text of {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(a) && text.is_char_boundary(b),
            "{what} span {a}..{b} not on char boundaries"
        );
    }
}

/// Every span of an article inside its text and on character boundaries; with `parsed`, also
/// what the parser promises beyond safety: each quote's text made of its parts, the offset map
/// in order. (A decoded corpus file only has to be safe to show.)
pub fn check_article(a: &Article, parsed: bool) {
    let t = &a.text;
    check_spans(t, a.blocks.iter().map(|b| b.span), "block");
    check_spans(t, a.sentences.iter().copied(), "sentence");
    for q in &a.quotes {
        check_spans(
            t,
            q.parts.iter().copied().chain([q.span, q.sentence]),
            "quote",
        );
        check_spans(t, q.attribution, "attribution");
        if parsed {
            let joined: Vec<&str> = q.parts.iter().filter_map(|p| t.get(p.range())).collect();
            assert_eq!(joined.join(" "), q.text, "quote text is its parts joined");
        }
    }
    check_spans(
        t,
        a.events.iter().flat_map(|e| [e.span, e.sentence]),
        "event",
    );
    check_spans(
        t,
        a.figures.iter().flat_map(|f| [f.span, f.sentence]),
        "figure",
    );
    check_spans(
        t,
        a.people
            .iter()
            .chain(&a.organisations)
            .flat_map(|e| e.mentions.iter().copied()),
        "mention",
    );
    if parsed {
        let mut last = 0;
        for &(clean, _) in &a.offset_map {
            assert!(clean as usize <= t.len(), "offset map beyond the text");
            assert!(clean >= last, "offset map out of order");
            last = clean;
        }
    }
}

/// `parse_file` over one input: the first byte picks the reader, the rest is the file. The
/// article must be consistent, and a corpus holding it must come back equal through the corpus
/// format.
pub fn parse_file_target(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let a = match parse_file(bytes, &ArticleContext::new(name)) {
        Ok(a) => a,
        Err(e) => {
            let msg = e.to_string();
            assert!(
                msg.starts_with(name) && !msg.contains('\n'),
                "message {msg:?}"
            );
            return;
        }
    };
    check_article(&a, true);
    let corpus = Corpus {
        format_version: FORMAT_VERSION,
        title: name.to_string(),
        articles: vec![a],
        ..Corpus::default()
    };
    let encoded = format::encode(&corpus);
    match format::decode(&encoded) {
        Ok(back) => assert!(
            back.corpus == corpus,
            "the corpus changed through the format"
        ),
        Err(e) => panic!("a corpus this build wrote does not decode: {e}"),
    }
}

/// The corpus-file decoder over any bytes: never panics; what it accepts is valid and
/// round-trips.
pub fn corpus_decode_target(data: &[u8]) {
    let Ok(file) = format::decode(data) else {
        return;
    };
    let corpus = &file.corpus;
    if let Err(e) = format::validate(corpus) {
        panic!("decode accepted an invalid corpus: {e}");
    }
    for a in &corpus.articles {
        check_article(a, false);
    }
    // Search data that passed the decoder's checks can be searched and shown without a panic.
    for q in [
        "deal",
        "dael",
        "\"no deal\"",
        "speaker:putin talks",
        "outlet:ap e",
    ] {
        let _ = file
            .search
            .search(&corpus.articles, &search::Query::parse(q));
    }
    for i in 0..file.search.len() {
        let _ = file.search.statement(&corpus.articles, i);
    }
    let _ = file.search.most_carried(5);
    let _ = file.search.top_speakers(5);
    let again = format::encode_with(corpus, &file.search, &file.views);
    match format::decode(&again) {
        Ok(back) => assert!(back == file, "re-encoding changed the corpus file"),
        Err(e) => panic!("a decoded corpus does not re-encode: {e}"),
    }
}
