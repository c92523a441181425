//! The jlc page.

use yew::prelude::*;

use crate::hooks::{use_locale::use_locale, use_title::use_title};

#[function_component(JlcPage)]
pub fn jlc_page() -> Html {
    let t = use_locale().texts();
    use_title(t.jlc_title);
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ t.jlc_title }</h1>
            <p class="lead">{ t.jlc_intro }</p>
        </section>
    }
}
