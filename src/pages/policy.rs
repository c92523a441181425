//! The policy page.

use yew::prelude::*;

use crate::hooks::{use_locale::use_locale, use_title::use_title};

#[function_component(PolicyPage)]
pub fn policy_page() -> Html {
    let t = use_locale().texts();
    use_title(t.policy_title);
    html! {
        <section aria-labelledby="page-title">
            <h1 id="page-title">{ t.policy_title }</h1>
            <p class="lead">{ t.policy_intro }</p>
        </section>
    }
}
