//! The page shown when the embedded corpus cannot be decoded (instead of a panic).

use yew::prelude::*;

/// Properties of [`DecodeError`].
#[derive(Properties, PartialEq)]
pub struct DecodeErrorProps {
    /// Why decoding failed.
    pub message: AttrValue,
}

/// A full-page error for a corpus that cannot be read.
#[component]
pub fn DecodeError(props: &DecodeErrorProps) -> Html {
    html! {
        <main id="main" class="decode-error">
            <h1>{ "The corpus could not be loaded" }</h1>
            <p>{ "This copy of Parallax carries a corpus it cannot read, so there is nothing to show." }</p>
            <p><strong>{ "Reason: " }</strong>{ props.message.clone() }</p>
            <p>{ "Rebuilding the app from the corpus files usually fixes this." }</p>
        </main>
    }
}
