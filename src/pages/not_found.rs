//! The page for addresses the site does not have.

use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::route::Route;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    let t = use_locale().texts();
    use_title(t.not_found_title);
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ t.not_found_title }</h1>
            <p>{ t.not_found_body }</p>
            <p><NavLink to={Route::Home} class="button">{ t.not_found_home }</NavLink></p>
        </section>
    }
}
