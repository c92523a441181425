//! The page layout every route shares: header, notices, the route's page, footer.
//!
//! The site ships as three wasm bundles (the manifest is `jne_core::site`; routes are in
//! `route`): tracking (`/`, `/lacak`), which is what most visitors load on a phone, JLC
//! (`/jlc…`) and the privacy policy (`/privasi…`). The server answers each path with its
//! bundle's HTML; a link into another bundle is a plain page load, with the language carried
//! over as `?lang=en`.

use jne_core::lang::Lang;
use jne_core::share::Shared;
use yew::prelude::*;

use crate::components::{
    footer::Footer, header::Header, policy_notices::PolicyNotices, policy_provider::PolicyProvider,
};
use crate::hooks::use_locale::Locale;
use crate::pages::not_found::NotFound;
use crate::route::{loaded_pages, Route};
use crate::router::{use_route, BrowserRouter};

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
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    match loaded_pages() {
        Some(pages) => pages(route),
        None => html! { <NotFound /> },
    }
}

/// The language of a shared tracking link's fragment (`#…&lang=en`, kept there across a
/// reload), else English when a link from the other bundle said so (`?lang=en`); nothing is
/// stored.
fn language_asked() -> Lang {
    let location = web_sys::window().map(|w| w.location());
    let hash = location.as_ref().and_then(|l| l.hash().ok());
    if let Some(lang) = Shared::read(&hash.unwrap_or_default()).lang {
        return lang;
    }
    let search = location.and_then(|l| l.search().ok()).unwrap_or_default();
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
