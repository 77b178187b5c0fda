//! `#/outlets`: placeholder until the outlet comparison lands.

use yew::prelude::*;

use super::Pending;

/// The outlet comparison view (not yet built).
#[component]
pub fn Outlets() -> Html {
    html! {
        <Pending title="Outlets"
            will_show="It will set the articles side by side: which facts and quotes each one \
                       carries or leaves out, and the words each uses for the same thing." />
    }
}
