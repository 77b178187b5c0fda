//! The routes (hash URLs): `#/timeline`, `#/outlets`, `#/quotes`, `#/articles`,
//! `#/articles/<id>`, and a not-found page. `#/` goes to `#/articles` for now.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::pages;

/// Every view of the app.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// `/`: redirects to the articles list.
    #[at("/")]
    Home,
    /// Events across articles on a time axis.
    #[at("/timeline")]
    Timeline,
    /// Outlets side by side.
    #[at("/outlets")]
    Outlets,
    /// Quote search.
    #[at("/quotes")]
    Quotes,
    /// Every article.
    #[at("/articles")]
    Articles,
    /// One article, annotated.
    #[at("/articles/:id")]
    Reader {
        /// The article id.
        id: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The top-level views in the navigation, with their labels.
    pub const NAV: [(Route, &'static str); 4] = [
        (Route::Timeline, "Timeline"),
        (Route::Outlets, "Outlets"),
        (Route::Quotes, "Quotes"),
        (Route::Articles, "Articles"),
    ];

    /// The navigation entry this route belongs to (the reader belongs to Articles).
    pub fn section(&self) -> Option<Route> {
        match self {
            Route::Timeline | Route::Outlets | Route::Quotes | Route::Articles => {
                Some(self.clone())
            }
            Route::Reader { .. } | Route::Home => Some(Route::Articles),
            Route::NotFound => None,
        }
    }
}

/// Renders the page for a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => {
            html! { <><ReplaceWith to={Route::Articles} /><pages::articles::Articles /></> }
        }
        Route::Timeline => html! { <pages::timeline::Timeline /> },
        Route::Outlets => html! { <pages::outlets::Outlets /> },
        Route::Quotes => html! { <pages::quotes::Quotes /> },
        Route::Articles => html! { <pages::articles::Articles /> },
        Route::Reader { id } => html! { <pages::reader::Reader {id} /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}

/// Properties of [`ReplaceWith`].
#[derive(Properties, PartialEq)]
pub struct ReplaceWithProps {
    /// Where to go.
    pub to: Route,
}

/// Replaces the current history entry with another route once mounted. Unlike yew-router's
/// `Redirect` (which pushes), the back button then does not bounce off `#/` forever.
#[component]
pub fn ReplaceWith(props: &ReplaceWithProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    use_effect_with(to, move |to| {
        if let Some(n) = navigator {
            n.replace(to);
        }
    });
    Html::default()
}
