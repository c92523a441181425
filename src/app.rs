//! The router and the page layout every route shares.

use jne_core::lang::Lang;
use yew::prelude::*;

use crate::components::{
    footer::Footer, header::Header, policy_notices::PolicyNotices, policy_provider::PolicyProvider,
};
use crate::hooks::use_locale::Locale;
use crate::pages::jlc::{member::MemberPage, reset::ResetPage, sign_up::SignUpPage, JlcPage};
use crate::pages::policy::{PolicyComparePage, PolicyHistoryPage, PolicyPage};
use crate::pages::{not_found::NotFound, track::TrackPage};
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
            Route::Home => "/",
            Route::Track => "/lacak",
            Route::Jlc => "/jlc",
            Route::JlcAccount => "/jlc/akun",
            Route::JlcSignUp => "/jlc/daftar",
            Route::JlcReset => "/jlc/lupa-sandi",
            Route::Policy => "/privasi",
            Route::PolicyHistory => "/privasi/riwayat",
            Route::PolicyCompare => "/privasi/bandingkan",
            Route::NotFound => "/404",
        }
    }
}

impl Routable for Route {
    fn to_path(&self) -> String {
        self.path().to_owned()
    }

    fn recognize(path: &str) -> Route {
        let bare = |path: &'static str| path.strip_suffix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        Route::ALL
            .into_iter()
            .find(|route| bare(route.path()) == path)
            .unwrap_or(Route::NotFound)
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home | Route::Track => html! { <TrackPage /> },
        Route::Jlc => html! { <JlcPage /> },
        Route::JlcAccount => html! { <MemberPage /> },
        Route::JlcSignUp => html! { <SignUpPage /> },
        Route::JlcReset => html! { <ResetPage /> },
        Route::Policy => html! { <PolicyPage /> },
        Route::PolicyHistory => html! { <PolicyHistoryPage /> },
        Route::PolicyCompare => html! { <PolicyComparePage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(Lang::default);
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
    // The bench reads this mark: the first render is on screen once effects run.
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
    switch(use_route::<Route>().unwrap_or(Route::NotFound))
}

fn document_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}
