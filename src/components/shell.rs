//! The page frame: corpus context, header, the routed `<main>`, footer.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::Header;
use crate::route::{Route, switch};
use crate::state::CorpusContext;

/// Properties of [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The decoded corpus.
    pub corpus: CorpusContext,
}

/// Everything inside the router: provides the corpus, draws header, main and footer.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    html! {
        <ContextProvider<CorpusContext> context={props.corpus.clone()}>
            <Header />
            // tabindex -1 so the skip link can move focus here.
            <main id="main" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <p>{ "Parallax — articles are shown as published; highlights are machine-made." }</p>
            </footer>
        </ContextProvider<CorpusContext>>
    }
}
