//! The site footer: the privacy promise of public tracking and the link to the policy.

use yew::prelude::*;

use crate::components::nav_link::NavLink;
use crate::hooks::use_locale::use_locale;
use crate::route::Route;

#[function_component(Footer)]
pub fn footer() -> Html {
    let t = use_locale().texts();
    html! {
        <footer class="site-footer">
            <p>{ t.footer_privacy_note }</p>
            <p>
                <NavLink to={Route::Policy}>{ t.footer_policy }</NavLink>
            </p>
            <p class="copyright">{ t.footer_copyright }</p>
        </footer>
    }
}
