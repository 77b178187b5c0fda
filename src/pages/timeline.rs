//! `#/timeline`: placeholder until the timeline view lands.

use yew::prelude::*;

use super::Pending;

/// The timeline view (not yet built).
#[component]
pub fn Timeline() -> Html {
    html! {
        <Pending title="Timeline"
            will_show="It will place every dated event the articles mention on one time axis, \
                       merged across outlets, with each event linked to the sentences that date it." />
    }
}
