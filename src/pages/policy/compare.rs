//! `/privasi/bandingkan?dari=FROM&ke=TO`: two versions side by side in one text, section by
//! section, with a one-line summary, in the UI's language when both versions have it.
//! Defaults: the previous version against the current one; a later `dari` is swapped, and said.

use std::rc::Rc;

use crate::router::*;
use jne_core::lang::format_datetime;
use jne_core::policy::{SectionChange, VersionList};
use yew::prelude::*;

use super::compare_form::CompareForm;
use super::section_diff::SectionDiffView;
use super::CompareQuery;
use crate::api;
use crate::hooks::use_fetch::{use_fetch, Load};
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_policy::use_policy;
use crate::hooks::use_title::use_title;
use crate::route::Route;

#[function_component(PolicyComparePage)]
pub fn policy_compare_page() -> Html {
    let locale = use_locale();
    let t = &locale.texts().policy;
    use_title(t.compare_title);
    let policy = use_policy();
    let navigator = use_navigator();
    let query = use_location()
        .map(|l| l.query::<CompareQuery>())
        .unwrap_or_default();
    let list = policy.list();
    let chosen = list.as_ref().and_then(|list| chosen(list, &query));
    let swapped = chosen.as_ref().is_some_and(|(.., swapped)| *swapped);
    let pair = chosen.map(|(from, to, _)| (from, to));
    let (comparison, retry) = use_fetch((pair.clone(), locale.lang), |(pair, lang)| async move {
        match pair {
            Some((from, to)) => api::policy::compare(&from, &to, lang).await,
            None => Err(api::ApiError::Server),
        }
    });
    let on_compare = Callback::from(move |(from, to): (String, String)| {
        if let Some(navigator) = &navigator {
            navigator.push_with_query(&Route::PolicyCompare, &CompareQuery::pair(&from, &to));
        }
    });
    let failed = matches!(policy.versions, Load::Failed)
        || (pair.is_some() && matches!(comparison, Load::Failed));
    let retry = {
        let versions = policy.retry.clone();
        Callback::from(move |_: MouseEvent| {
            versions.emit(());
            retry.emit(());
        })
    };
    let form = match (&list, &pair) {
        (Some(list), Some((from, to))) => html! {
            <>
                <CompareForm versions={list.clone()} from={from.clone()} to={to.clone()} {on_compare} />
                if swapped { <p class="policy-swapped" role="status">{ t.swapped }</p> }
            </>
        },
        _ => html! {},
    };
    let result = match (&comparison, failed) {
        (_, true) => html! {
            <div class="policy-status" role="alert">
                <p>{ t.load_failed }</p>
                <button type="button" class="button" onclick={retry}>{ t.retry }</button>
            </div>
        },
        (Load::Ready(comparison), false) => {
            let summary = &comparison.diff.summary;
            let title = format!(
                "{} → {}",
                format_datetime(&comparison.from.effective, locale.lang),
                format_datetime(&comparison.to.effective, locale.lang)
            );
            let unchanged = comparison
                .diff
                .sections
                .iter()
                .filter(|s| s.change == SectionChange::Unchanged)
                .count();
            html! {
                <div class="compare-result">
                    <p class="compare-title">{ title }</p>
                    <p class="diff-summary">{ (t.summary)(summary) }
                        if unchanged > 0 { { format!(" · {}", (t.unchanged_sections)(unchanged)) } }
                    </p>
                    if comparison.from.id == comparison.to.id { <p class="note">{ t.same_version }</p> }
                    if comparison.from.sample || comparison.to.sample {
                        <p class="policy-sample-note"><span class="badge policy-sample">{ t.sample }</span>
                            { " " }{ t.sample_note }</p>
                    }
                    <p class="note">{ (t.compare_note)(&comparison.lang) }</p>
                    { for comparison.diff.sections.iter().map(|section| html! {
                        <SectionDiffView section={Rc::new(section.clone())} lang={comparison.lang.clone()} />
                    }) }
                </div>
            }
        }
        _ => html! { <p class="policy-status" role="status">{ t.loading }</p> },
    };
    html! {
        <section class="policy" aria-labelledby="page-title">
            <h1 id="page-title">{ t.compare_title }</h1>
            { form }
            { result }
        </section>
    }
}

/// `(older, newer, swapped)`: what the address names, in order, else the previous version and
/// the current one.
fn chosen(list: &VersionList, query: &CompareQuery) -> Option<(String, String, bool)> {
    let newest = list.versions.first().map(|v| v.id.clone());
    let to = query
        .ke
        .clone()
        .or_else(|| list.current.clone())
        .or(newest)?;
    let from = query
        .dari
        .clone()
        .or_else(|| list.previous(&to).map(|v| v.id.clone()))
        .unwrap_or_else(|| to.clone());
    let (from, to, swapped) = list.in_order(&from, &to);
    Some((from.to_owned(), to.to_owned(), swapped))
}
