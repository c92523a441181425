//! The router and the page layout every route shares.

use jne_core::lang::Lang;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    footer::Footer, header::Header, policy_notices::PolicyNotices, policy_provider::PolicyProvider,
};
use crate::hooks::use_locale::Locale;
use crate::pages::jlc::{member::MemberPage, reset::ResetPage, sign_up::SignUpPage, JlcPage};
use crate::pages::policy::{PolicyComparePage, PolicyHistoryPage, PolicyPage};
use crate::pages::{not_found::NotFound, track::TrackPage};

/// Every address of the site. Paths are Indonesian, like the rest of the public site.
#[derive(Clone, Routable, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/lacak")]
    Track,
    #[at("/jlc")]
    Jlc,
    #[at("/jlc/akun")]
    JlcAccount,
    #[at("/jlc/daftar")]
    JlcSignUp,
    #[at("/jlc/lupa-sandi")]
    JlcReset,
    #[at("/privasi")]
    Policy,
    #[at("/privasi/riwayat")]
    PolicyHistory,
    #[at("/privasi/bandingkan")]
    PolicyCompare,
    #[not_found]
    #[at("/404")]
    NotFound,
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
                        <Switch<Route> render={switch} />
                    </main>
                    <Footer />
                </PolicyProvider>
            </BrowserRouter>
        </ContextProvider<Locale>>
    }
}

fn document_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}
