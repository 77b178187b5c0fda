//! `#/quotes`: placeholder until quote search lands.

use yew::prelude::*;

use super::Pending;

/// The quote search view (not yet built).
#[component]
pub fn Quotes() -> Html {
    html! {
        <Pending title="Quotes"
            will_show="It will let you search every quotation, grouped across outlets with the \
                       wording differences shown, each linked to its sentence." />
    }
}
