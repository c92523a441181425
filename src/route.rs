//! The routes of the app, from the site manifest (`jne_core::site`), and which of them the
//! running bundle carries. Every other part names a page by its [`Route`].

use std::cell::Cell;

pub use jne_core::site::{self, Bundle};
use yew::Html;

use crate::router::Routable;

/// Every address of the site. Paths are Indonesian, like the rest of the public site.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    Home,
    Track,
    Jlc,
    JlcAccount,
    JlcData,
    JlcSignUp,
    JlcReset,
    Policy,
    PolicyHistory,
    PolicyCompare,
    /// Any path the site does not have, and `/404`.
    NotFound,
}

impl Route {
    const ALL: [Route; 11] = [
        Route::Home,
        Route::Track,
        Route::Jlc,
        Route::JlcAccount,
        Route::JlcData,
        Route::JlcSignUp,
        Route::JlcReset,
        Route::Policy,
        Route::PolicyHistory,
        Route::PolicyCompare,
        Route::NotFound,
    ];

    pub fn path(&self) -> &'static str {
        match self {
            Route::Home => site::HOME,
            Route::Track => site::TRACK,
            Route::Jlc => site::JLC,
            Route::JlcAccount => site::JLC_ACCOUNT,
            Route::JlcData => site::JLC_DATA,
            Route::JlcSignUp => site::JLC_SIGN_UP,
            Route::JlcReset => site::JLC_RESET,
            Route::Policy => site::POLICY,
            Route::PolicyHistory => site::POLICY_HISTORY,
            Route::PolicyCompare => site::POLICY_COMPARE,
            Route::NotFound => site::NOT_FOUND,
        }
    }

    /// The bundle that shows this route (the site manifest says); the not-found page is in each.
    pub fn bundle(&self) -> Option<Bundle> {
        site::page_at(self.path()).map(|page| page.bundle)
    }
}

/// How a bundle shows a route.
pub type Pages = fn(Route) -> Html;

thread_local! {
    /// The bundle running (`None`: every route, for the browser tests) and its pages, set once
    /// by [`load`] before the first render (`None` before: only the not-found page).
    static LOADED: Cell<(Option<Bundle>, Option<Pages>)> = const { Cell::new((None, None)) };
}

/// Tells the app which bundle it is and how that bundle shows a route. Each binary passes
/// only its own pages, so the other bundle's pages are left out of its wasm.
pub fn load(bundle: Option<Bundle>, pages: Pages) {
    LOADED.with(|loaded| loaded.set((bundle, Some(pages))));
}

/// How the running bundle shows a route, once [`load`] has said.
pub fn loaded_pages() -> Option<Pages> {
    LOADED.with(Cell::get).1
}

impl Routable for Route {
    fn to_path(&self) -> String {
        self.path().to_owned()
    }

    fn is_loaded(&self) -> bool {
        let (loaded, _) = LOADED.with(Cell::get);
        loaded.is_none() || self.bundle().is_none_or(|bundle| Some(bundle) == loaded)
    }

    fn recognize(path: &str) -> Route {
        site::page_at(path)
            .and_then(|page| Route::ALL.into_iter().find(|r| r.path() == page.path))
            .unwrap_or(Route::NotFound)
    }
}
