//! The pages of each bundle (see `app`): one function per bundle, so each binary links only
//! its own pages.

use yew::prelude::*;

use crate::pages::jlc::{
    data_page::DataPage, member::MemberPage, reset::ResetPage, sign_up::SignUpPage, JlcPage,
};
use crate::pages::policy::{PolicyComparePage, PolicyHistoryPage, PolicyPage};
use crate::pages::{not_found::NotFound, track::TrackPage};
use crate::route::{Bundle, Route};

/// `/` and `/lacak`: the first load of most visitors.
pub fn tracking(route: Route) -> Html {
    match route {
        Route::Home | Route::Track => html! { <TrackPage /> },
        _ => html! { <NotFound /> },
    }
}

/// JLC: sign-in, sign-up and a forgotten password.
pub fn jlc(route: Route) -> Html {
    match route {
        Route::Jlc => html! { <JlcPage /> },
        Route::JlcSignUp => html! { <SignUpPage /> },
        Route::JlcReset => html! { <ResetPage /> },
        _ => html! { <NotFound /> },
    }
}

/// The member page, where a signed-in member goes.
pub fn member(route: Route) -> Html {
    match route {
        Route::JlcAccount => html! { <MemberPage /> },
        _ => html! { <NotFound /> },
    }
}

/// "Data saya": the member's data and rights.
pub fn rights(route: Route) -> Html {
    match route {
        Route::JlcData => html! { <DataPage /> },
        _ => html! { <NotFound /> },
    }
}

/// The privacy policy: the text in force, its history and comparisons.
pub fn policy(route: Route) -> Html {
    match route {
        Route::Policy => html! { <PolicyPage /> },
        Route::PolicyHistory => html! { <PolicyHistoryPage /> },
        Route::PolicyCompare => html! { <PolicyComparePage /> },
        _ => html! { <NotFound /> },
    }
}

/// All of them, for the browser tests.
pub fn every(route: Route) -> Html {
    match route.bundle() {
        Some(Bundle::Tracking) => tracking(route),
        Some(Bundle::Jlc) => jlc(route),
        Some(Bundle::Member) => member(route),
        Some(Bundle::Rights) => rights(route),
        _ => policy(route),
    }
}
