//! App state: the decoded corpus, shared read-only with every view through a context.
//!
//! View state (sort order, highlighted offset) lives in the URL instead, as one serde query
//! struct per view ([`ArticlesQuery`], [`ReaderQuery`]), so every view is a link.

use std::rc::Rc;

use parallax_core::display::ArticleOrder;
use parallax_core::format::Indexed;
use parallax_core::search::SearchData;
use parallax_core::views::Views;
use parallax_core::{Article, Corpus};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

/// The corpus, its search data and its views (decoded from the same file: the app never builds
/// an index, a comparison or a timeline), shared through a `ContextProvider`. Equality is identity: the corpus never changes
/// after decoding, so comparing the pointer is exact and cheap.
#[derive(Debug, Clone)]
pub struct CorpusContext {
    /// The decoded corpus.
    pub corpus: Rc<Corpus>,
    /// Its quotes as statements, and their index.
    pub search: Rc<SearchData>,
    /// Its outlet comparison and timelines.
    pub views: Rc<Views>,
}

impl CorpusContext {
    /// Wraps a decoded corpus file.
    pub fn new(file: Indexed) -> Self {
        CorpusContext {
            corpus: Rc::new(file.corpus),
            search: Rc::new(file.search),
            views: Rc::new(file.views),
        }
    }

    /// A corpus with search data and views built from it.
    pub fn from_parts(corpus: Rc<Corpus>, search: Rc<SearchData>, views: Rc<Views>) -> Self {
        CorpusContext {
            corpus,
            search,
            views,
        }
    }

    /// The article with this id, if any.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.corpus.articles.iter().find(|a| a.id == id)
    }
}

impl PartialEq for CorpusContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.corpus, &other.corpus)
    }
}

/// The corpus from context; an empty corpus when rendered outside the shell.
#[hook]
pub fn use_corpus() -> CorpusContext {
    use_context::<CorpusContext>().unwrap_or_else(|| CorpusContext::new(Indexed::default()))
}

/// Query of `#/articles`: `?sort=published`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ArticlesQuery {
    /// The list order.
    #[serde(default)]
    pub sort: ArticleOrder,
}

/// Query of `#/articles/<id>`: `?at=310` highlights and scrolls to what starts at byte 310.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReaderQuery {
    /// A byte offset into the article's clean text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<u32>,
}

/// The value of the `<select>` a change event came from (every filter menu of the views).
pub fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}
