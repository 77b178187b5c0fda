//! Small presentation helpers the app's views share, kept here so they are tested natively.
//!
//! - [`long_date`]: `YYYY-MM-DD` / `YYYY-MM` / `YYYY` → "15 August 2025" / "August 2025" /
//!   "2025"; anything else is refused (`None`) rather than guessed.
//! - [`first_words`]: the opening words of a text, for articles without a headline.
//! - [`ArticleOrder`] and [`order_articles`]: the sort orders of the Articles list.

use crate::model::Article;
use serde::{Deserialize, Serialize};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Formats an ISO date of day, month or year precision in words, or `None` when it is not one.
pub fn long_date(iso: &str) -> Option<String> {
    let mut parts = iso.trim().split('-');
    let year = parts.next().filter(|y| y.len() == 4)?;
    year.parse::<u16>().ok()?;
    let month = match parts.next() {
        None => return Some(year.to_string()),
        Some(m) if m.len() == 2 => m.parse::<usize>().ok()?,
        Some(_) => return None,
    };
    let name = MONTHS.get(month.checked_sub(1)?)?;
    let day = match parts.next() {
        None => return Some(format!("{name} {year}")),
        Some(d) if d.len() == 2 => d.parse::<u32>().ok()?,
        Some(_) => return None,
    };
    if parts.next().is_some() {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(year.parse().ok()?, u32::try_from(month).ok()?, day)?;
    Some(format!("{day} {name} {year}"))
}

/// The first `n` words of `text`, with "…" when there were more.
pub fn first_words(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(n).collect();
    let more = words.next().is_some();
    let mut s = head.join(" ");
    if more {
        s.push('…');
    }
    s
}

/// How the Articles list is ordered (the `sort` query parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleOrder {
    /// Corpus (file) order.
    #[default]
    File,
    /// Newest published first; undated last.
    Published,
    /// Longest first.
    Words,
    /// Most quotes first.
    Quotes,
    /// By outlet name; "not stated" last.
    Outlet,
}

impl ArticleOrder {
    /// Every order, for the sort control.
    pub const ALL: [ArticleOrder; 5] = [
        ArticleOrder::File,
        ArticleOrder::Published,
        ArticleOrder::Words,
        ArticleOrder::Quotes,
        ArticleOrder::Outlet,
    ];

    /// The label on the sort control.
    pub fn label(self) -> &'static str {
        match self {
            ArticleOrder::File => "Corpus order",
            ArticleOrder::Published => "Newest first",
            ArticleOrder::Words => "Longest first",
            ArticleOrder::Quotes => "Most quotes",
            ArticleOrder::Outlet => "Outlet",
        }
    }
}

use crate::order::sort_indices;

/// Indices of `articles` in the given order; ties keep corpus order (the sort is stable).
pub fn order_articles(articles: &[Article], order: ArticleOrder) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..articles.len()).collect();
    let get = |i: &usize| articles.get(*i);
    match order {
        ArticleOrder::File => {}
        ArticleOrder::Published => sort_indices(&mut idx, &mut |a, b| {
            let d = |i| get(&i).and_then(|a| a.published.clone());
            // `None` sorts first in `Option`, so compare reversed: newest, then undated last.
            d(b).cmp(&d(a))
        }),
        ArticleOrder::Words => sort_indices(&mut idx, &mut |a, b| {
            let n = |i| get(&i).map_or(0, |a| a.word_count);
            n(b).cmp(&n(a))
        }),
        ArticleOrder::Quotes => sort_indices(&mut idx, &mut |a, b| {
            let n = |i| get(&i).map_or(0, |a| a.quotes.len());
            n(b).cmp(&n(a))
        }),
        ArticleOrder::Outlet => sort_indices(&mut idx, &mut |a, b| {
            let key = |i| {
                let o = get(&i).and_then(|a| a.outlet.as_deref().map(str::to_lowercase));
                (o.is_none(), o)
            };
            key(a).cmp(&key(b))
        }),
    }
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates() {
        let cases = [
            ("2025-08-15", Some("15 August 2025")),
            ("2025-08-01", Some("1 August 2025")),
            ("2022-02", Some("February 2022")),
            ("2019", Some("2019")),
            (" 2025-12-31 ", Some("31 December 2025")),
            ("2025-02-30", None),
            ("2025-13", None),
            ("2025-00", None),
            ("25-08-15", None),
            ("2025-8-15", None),
            ("2025-08-15-01", None),
            ("Friday", None),
            ("", None),
        ];
        for (input, want) in cases {
            assert_eq!(long_date(input).as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn first_words_table() {
        let cases = [
            ("", 3, ""),
            ("one two", 3, "one two"),
            ("one  two\nthree four", 3, "one two three…"),
        ];
        for (text, n, want) in cases {
            assert_eq!(first_words(text, n), want, "{text:?}");
        }
    }

    #[test]
    fn orders() {
        let art = |outlet: Option<&str>, published: Option<&str>, words: u32| Article {
            outlet: outlet.map(str::to_string),
            published: published.map(str::to_string),
            word_count: words,
            ..Article::default()
        };
        let list = [
            art(None, Some("2025-08-15"), 100),
            art(Some("Reuters"), None, 300),
            art(Some("axios"), Some("2025-08-16"), 200),
        ];
        let cases = [
            (ArticleOrder::File, vec![0, 1, 2]),
            (ArticleOrder::Published, vec![2, 0, 1]),
            (ArticleOrder::Words, vec![1, 2, 0]),
            (ArticleOrder::Quotes, vec![0, 1, 2]),
            (ArticleOrder::Outlet, vec![2, 1, 0]),
        ];
        for (order, want) in cases {
            assert_eq!(order_articles(&list, order), want, "{order:?}");
        }
    }
}
