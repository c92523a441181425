//! The site header: skip link, brand, main navigation and the language switch.

use crate::router::*;
use yew::prelude::*;

use crate::components::{lang_switch::LangSwitch, nav_link::NavLink};
use crate::hooks::use_locale::use_locale;
use crate::route::Route;

#[function_component(Header)]
pub fn header() -> Html {
    let t = use_locale().texts();
    let current = use_route::<Route>();
    let nav_item = |route: Route, label: &'static str| {
        let here = current.as_ref().is_some_and(|c| same_section(c, &route));
        html! {
            <li>
                <NavLink to={route} current={here} class="nav-link">{ label }</NavLink>
            </li>
        }
    };
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main">{ t.skip_to_content }</a>
            <div class="site-header-inner">
                <NavLink to={Route::Home} class="brand">
                    <span class="brand-mark">{ t.site_name }</span>
                    <span class="brand-tagline">{ t.tagline }</span>
                </NavLink>
                <LangSwitch />
            </div>
            <nav class="site-nav" aria-label={t.nav_label}>
                <ul>
                    { nav_item(Route::Track, t.nav_track) }
                    { nav_item(Route::Jlc, t.nav_jlc) }
                    { nav_item(Route::Policy, t.nav_policy) }
                </ul>
            </nav>
        </header>
    }
}

/// The home page is the tracking page, so either address marks "track" as current.
fn same_section(current: &Route, item: &Route) -> bool {
    matches!(
        (current, item),
        (Route::Home | Route::Track, Route::Track)
            | (
                Route::Jlc
                    | Route::JlcAccount
                    | Route::JlcData
                    | Route::JlcSignUp
                    | Route::JlcReset,
                Route::Jlc
            )
            | (
                Route::Policy | Route::PolicyHistory | Route::PolicyCompare,
                Route::Policy
            )
    )
}
