//! # parallax-core
//!
//! Pure Rust heart of Parallax: it takes article text and returns values. It knows nothing of
//! files, the DOM, threads or clocks, so the same code runs in the CLI, in the app's build
//! script and in the browser.
//!
//! The pipeline for one article ([`parse_article`]):
//!
//! | stage | module | does |
//! |---|---|---|
//! | read | [`read`] | bytes → text (BOM, UTF-8/16, Windows-1252), per-file errors |
//! | extract | [`html`] | HTML / Markdown → plain lines |
//! | clean | [`clean`] | lines → blocks without boilerplate; bullets and tables restored; offset map |
//! | meta | [`meta`] | headline, dateline, byline, published date, outlet, cited sources |
//! | segment | [`segment`] | blocks → sentences |
//! | entities | [`entities`] | people and organisations, aliases merged |
//! | quotes | [`quotes`] | quotations and their speakers |
//! | dates | [`dates`] | dated events, relative dates resolved |
//! | figures | [`figures`] | numbers with unit, qualifier and what they measure |
//!
//! Then [`CorpusBuilder`] (or [`build_corpus`]) gathers the articles and runs the cross-article
//! steps; [`views`] computes what the comparison and timeline views show, and [`mod@format`]
//! encodes a corpus with its search data and views.
//!
//! ```
//! use parallax_core::{parse_article, ArticleContext, InputFormat};
//! let ctx = ArticleContext::new("note.txt");
//! let input = "Trump and Putin end summit without a deal\n\n\
//!              President Donald Trump spoke after the talks.\n\n“We made headway,” Trump said.";
//! let a = parse_article(input, InputFormat::Text, &ctx);
//! assert_eq!(a.headline.as_deref(), Some("Trump and Putin end summit without a deal"));
//! assert_eq!(a.quotes[0].speaker.as_deref(), Some("Donald Trump"));
//! ```

pub mod clean;
pub mod corpus;
pub mod dates;
pub mod disagree;
pub mod display;
pub mod entities;
pub mod figures;
pub mod format;
pub mod html;
pub mod manifest;
pub mod meta;
pub mod model;
pub mod normalize;
pub mod numbers;
pub mod order;
pub mod quotes;
pub mod read;
pub mod reader;
pub mod search;
#[cfg(test)]
mod seeds;
pub mod segment;
mod split;
pub mod synth;
pub mod text;

pub use corpus::{
    ArticleContext, CorpusBuilder, InputFormat, ParseError, build_corpus, parse_file,
};
pub use model::*;

use chrono::NaiveDate;

/// Parses one article's text (already decoded) into an [`Article`]. Never panics.
pub fn parse_article(input: &str, format: InputFormat, ctx: &ArticleContext) -> Article {
    // A `.txt` that is really an HTML page is read as HTML.
    let sniffed = format == InputFormat::Text && html::looks_like_html(input);
    let format = if sniffed { InputFormat::Html } else { format };
    let extracted = html::lines_for(input, format);
    let cleaned = clean::clean(&extracted.lines);
    let meta = meta::extract(&cleaned, &extracted.page);
    let mut warnings = extracted.warnings;
    if sniffed {
        warnings.insert(
            0,
            "plain-text file holds an HTML page: read as HTML".to_string(),
        );
    }
    let text = cleaned.text;
    let blocks = cleaned.blocks;
    let sentences = segment::sentences(&text, &blocks);
    let ents = entities::extract(&text, &sentences);
    // Organisations speak too ("the Kremlin said").
    let speakers: Vec<&Entity> = ents
        .people
        .iter()
        .chain(ents.organisations.iter())
        .collect();
    let quotes = quotes::extract(&text, &blocks, &sentences, &speakers);
    // A year-less wire dateline ("Oct 14 (Reuters)") dates the article once the corpus
    // event date gives the year.
    let published = ctx.meta.published.clone().or(meta.published).or_else(|| {
        meta.dateline_day
            .zip(ctx.event_date)
            .and_then(|(day, anchor)| meta::dateline_published(day, anchor))
    });
    let anchor = published
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .or(ctx.event_date);
    // One date pass for both: figures skip the numbers of dates.
    let date_scan = dates::scan(&text, &sentences);
    let events = dates::extract_scanned(&text, &date_scan, anchor, &ents.people);
    let figures = figures::extract_scanned(&text, &date_scan);
    let (outlet, outlet_source) = match (&ctx.meta.outlet, meta.outlet) {
        (Some(o), _) => (Some(o.clone()), Some(OutletSource::Manifest)),
        (None, Some(o)) => (Some(o), Some(OutletSource::Text)),
        (None, None) => (None, None),
    };
    let word_count = u32::try_from(text::word_count(&text)).unwrap_or(u32::MAX);
    warnings.extend(cleaned.warnings);
    warnings.extend(meta.warnings);
    Article {
        id: ctx.id.clone(),
        file: ctx.file.clone(),
        label: String::new(),
        headline: ctx.meta.headline.clone().or(meta.headline),
        dateline: meta.dateline,
        byline: meta.byline,
        outlet,
        outlet_source,
        url: ctx.meta.url.clone().or(meta.url),
        published,
        cited_sources: meta.cited_sources,
        text,
        blocks,
        sentences,
        offset_map: cleaned.offset_map,
        word_count,
        quotes,
        people: ents.people,
        organisations: ents.organisations,
        events,
        figures,
        warnings,
    }
}
pub mod compare;
pub mod embed;
pub mod timeline;
pub mod views;
