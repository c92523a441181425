//! The privacy policy notices above every page: the policy changed since the version this
//! visitor acknowledged, and a version published ahead of its effective date.

use crate::router::*;
use jne_core::lang::format_datetime;
use jne_core::policy::notices;
use yew::prelude::*;

use crate::components::focus::focus_in;
use crate::hooks::use_embedding::use_embedding;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_policy::use_policy;
use crate::pages::policy::CompareQuery;
use crate::route::Route;

const CONFIRMATION_ID: &str = "policy-acknowledged";

#[function_component(PolicyNotices)]
pub fn policy_notices() -> Html {
    let locale = use_locale();
    let t = &locale.texts().policy;
    let policy = use_policy();
    // Set once a notice was acknowledged here: the notice goes away with its button, and the
    // confirmation takes its place and the focus.
    let confirmed = use_state(|| false);
    let root = use_embedding().map(|embedding| embedding.root);
    use_effect_with(*confirmed, move |confirmed| {
        if *confirmed {
            focus_in(root.as_ref(), CONFIRMATION_ID);
        }
    });
    let Some(list) = policy.list() else {
        return html! {};
    };
    let shown = notices(&list, policy.acknowledged.as_deref());
    let understood = |id: String| {
        let (acknowledge, confirmed) = (policy.acknowledge.clone(), confirmed.clone());
        Callback::from(move |_: MouseEvent| {
            acknowledge.emit(id.clone());
            confirmed.set(true);
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
    if changed.is_none() && upcoming.is_none() && !*confirmed {
        return html! {};
    }
    html! {
        <div class="policy-notices no-print">
            { for changed }
            { for upcoming }
            if *confirmed {
                <p id={CONFIRMATION_ID} class="notice policy-acknowledged" role="status" tabindex="-1">
                    { t.acknowledged }
                </p>
            }
        </div>
    }
}
