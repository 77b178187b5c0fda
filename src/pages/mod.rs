//! One module per view.

pub mod articles;
pub mod decode_error;
pub mod not_found;
pub mod outlets;
pub mod quotes;
pub mod reader;
pub mod timeline;

use yew::prelude::*;

/// Properties of [`Pending`].
#[derive(Properties, PartialEq)]
pub struct PendingProps {
    /// The view's name (the page heading).
    pub title: AttrValue,
    /// What the view will show once it lands.
    pub will_show: AttrValue,
}

/// A view that has not landed yet: says so plainly, and what it will show.
#[component]
pub fn Pending(props: &PendingProps) -> Html {
    html! {
        <section class="pending">
            <h1>{ props.title.clone() }</h1>
            <p>{ "This view has not landed yet." }</p>
            <p>{ props.will_show.clone() }</p>
        </section>
    }
}
