//! The track page.

use yew::prelude::*;

use crate::hooks::{use_locale::use_locale, use_title::use_title};

#[function_component(TrackPage)]
pub fn track_page() -> Html {
    let t = use_locale().texts();
    use_title(t.track_title);
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ t.track_title }</h1>
            <p class="lead">{ t.track_intro }</p>
        </section>
    }
}
