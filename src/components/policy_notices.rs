//! The privacy policy notices above every page: the policy changed since the version this
//! visitor acknowledged, and a version published ahead of its effective date.

use crate::router::*;
use jne_core::lang::format_datetime;
use jne_core::policy::notices;
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;
use crate::hooks::use_policy::use_policy;
use crate::pages::policy::CompareQuery;
use crate::route::Route;

#[function_component(PolicyNotices)]
pub fn policy_notices() -> Html {
    let locale = use_locale();
    let t = &locale.texts().policy;
    let policy = use_policy();
    let Some(list) = policy.list() else {
        return html! {};
    };
    let shown = notices(&list, policy.acknowledged.as_deref());
    let understood = |id: String| {
        let acknowledge = policy.acknowledge.clone();
        Callback::from(move |_: MouseEvent| {
            acknowledge.emit(id.clone());
            // The notice goes away with the button: focus goes on to the page, not the void.
            if let Some(main) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("main"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = main.focus();
            }
        })
    };
    let changed = shown.changed.map(|notice| {
        let link = match notice.since {
            Some(since) => html! {
                <Link<Route, CompareQuery> to={Route::PolicyCompare}
                    query={Some(CompareQuery::pair(&since, &notice.current))}>
                    { t.notice_what_changed }
                </Link<Route, CompareQuery>>
            },
            None => html! { <Link<Route> to={Route::Policy}>{ t.notice_read }</Link<Route>> },
        };
        html! {
            <aside class="policy-notice" aria-labelledby="policy-notice-changed">
                <p id="policy-notice-changed">{ t.notice_changed }</p>
                <p class="actions">
                    { link }
                    <button type="button" class="button button-secondary"
                        onclick={understood(notice.current.clone())}>{ t.understood }</button>
                </p>
            </aside>
        }
    });
    let upcoming = shown.upcoming.map(|notice| {
        let date = format_datetime(&notice.effective, locale.lang);
        let link = match &notice.current {
            Some(current) => html! {
                <Link<Route, CompareQuery> to={Route::PolicyCompare}
                    query={Some(CompareQuery::pair(current, &notice.next))}>
                    { t.notice_what_changed }
                </Link<Route, CompareQuery>>
            },
            None => html! { <Link<Route> to={Route::PolicyHistory}>{ t.history_link }</Link<Route>> },
        };
        html! {
            <aside class="policy-notice policy-notice-upcoming" aria-labelledby="policy-notice-upcoming">
                <p id="policy-notice-upcoming">{ (t.notice_upcoming)(&date) }</p>
                <p class="actions">
                    { link }
                    <button type="button" class="button button-secondary"
                        onclick={understood(notice.next.clone())}>{ t.understood }</button>
                </p>
            </aside>
        }
    });
    if changed.is_none() && upcoming.is_none() {
        return html! {};
    }
    html! {
        <div class="policy-notices no-print">
            { for changed }
            { for upcoming }
        </div>
    }
}
