//! The not-found page: says what happened and links to every view.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// Shown for any unknown address.
#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="not-found">
            <h1>{ "Page not found" }</h1>
            <p>{ "There is no view at this address. It may be mistyped, or an article may have \
                  been removed from the corpus. Try one of these:" }</p>
            <ul>
                { for Route::NAV.iter().map(|(route, label)| html! {
                    <li><Link<Route> to={route.clone()}>{ *label }</Link<Route>></li>
                }) }
            </ul>
        </section>
    }
}
