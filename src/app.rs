//! The routes, the three bundles that carry them, and the page layout every route shares.
//!
//! The site ships as three wasm bundles (issue 7): tracking (`/`, `/lacak`), which is what most
//! visitors load on a phone, JLC (`/jlc…`) and the privacy policy (`/privasi…`). The server
//! answers each path with its bundle's HTML; a link into another bundle is a plain page load,
//! with the language carried over as `?lang=en`.

use std::cell::Cell;

use jne_core::lang::Lang;
pub use jne_core::site::{self, Bundle};
use yew::prelude::*;

use crate::components::{
    footer::Footer, header::Header, policy_notices::PolicyNotices, policy_provider::PolicyProvider,
};
use crate::hooks::use_locale::Locale;
use crate::pages::not_found::NotFound;
use crate::router::{use_route, BrowserRouter, Routable};

/// Every address of the site. Paths are Indonesian, like the rest of the public site.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    Home,
    Track,
    Jlc,
    JlcAccount,
    JlcSignUp,
    JlcReset,
    Policy,
    PolicyHistory,
    PolicyCompare,
    /// Any path the site does not have, and `/404`.
    NotFound,
}

impl Route {
    const ALL: [Route; 10] = [
        Route::Home,
        Route::Track,
        Route::Jlc,
        Route::JlcAccount,
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
    /// by [`load`] before the first render.
    static LOADED: Cell<(Option<Bundle>, Pages)> = Cell::new((None, not_found_only));
}

/// Tells the app which bundle it is and how that bundle shows a route. Each binary passes
/// only its own pages, so the other bundle's pages are left out of its wasm.
pub fn load(bundle: Option<Bundle>, pages: Pages) {
    LOADED.with(|loaded| loaded.set((bundle, pages)));
}

fn not_found_only(_: Route) -> Html {
    html! { <NotFound /> }
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

#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(language_asked);
    let locale = {
        let lang = lang.clone();
        Locale {
            lang: *lang,
            set_lang: Callback::from(move |next: Lang| lang.set(next)),
        }
    };

    {
        let tag = locale.lang.tag();
        use_effect_with(tag, |tag| {
            if let Some(root) = document_root() {
                let _ = root.set_attribute("lang", tag);
            }
        });
    }
    // scripts/bench reads this mark: the first render's effects have run. (It also reads when
    // the tracking page's heading is painted, through its `elementtiming`.)
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("jne:first-render");
        }
    });

    html! {
        <ContextProvider<Locale> context={locale}>
            <BrowserRouter>
                <PolicyProvider>
                    <Header />
                    <PolicyNotices />
                    <main id="main" class="page" tabindex="-1">
                        <Page />
                    </main>
                    <Footer />
                </PolicyProvider>
            </BrowserRouter>
        </ContextProvider<Locale>>
    }
}

/// The page of the route in the address bar.
#[function_component(Page)]
fn page() -> Html {
    let (_, pages) = LOADED.with(Cell::get);
    pages(use_route::<Route>().unwrap_or(Route::NotFound))
}

/// English when a link from the other bundle said so (`?lang=en`); nothing is stored.
fn language_asked() -> Lang {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let asked = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get("lang"));
    match asked.as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Id,
    }
}

fn document_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}
