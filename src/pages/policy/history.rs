//! `/privasi/riwayat`: every version, newest first, with its date, status and summary of
//! changes in the UI's language; sample data says so.

use crate::router::*;
use jne_core::lang::{format_datetime, Lang};
use yew::prelude::*;

use super::current::status_class;
use super::{CompareQuery, PolicyQuery};
use crate::hooks::use_fetch::Load;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_policy::use_policy;
use crate::hooks::use_title::use_title;
use crate::route::Route;

#[function_component(PolicyHistoryPage)]
pub fn policy_history_page() -> Html {
    let locale = use_locale();
    let t = &locale.texts().policy;
    use_title(t.history_title);
    let policy = use_policy();
    let body = match &policy.versions {
        Load::Ready(list) => html! {
            <ol class="policy-history">
                { for list.versions.iter().enumerate().map(|(index, version)| {
                    let date = format_datetime(&version.effective, locale.lang);
                    let summary = match locale.lang {
                        Lang::Id => &version.summary_id,
                        Lang::En => &version.summary_en,
                    };
                    let previous = list.versions.get(index + 1);
                    let heading_id = format!("version-{}", version.id);
                    html! {
                        <li>
                            <article class="policy-history-item" aria-labelledby={heading_id.clone()}>
                                <h2 id={heading_id}>{ date }</h2>
                                <p>
                                    <span class={classes!("badge", status_class(version.status))}>
                                        { (t.status)(version.status) }
                                    </span>
                                    if version.sample { { " " }<span class="badge policy-sample">{ t.sample }</span> }
                                </p>
                                <p>{ summary }</p>
                                <p class="actions">
                                    <Link<Route, PolicyQuery> to={Route::Policy}
                                        query={Some(PolicyQuery { versi: Some(version.id.clone()), teks: None })}>
                                        { t.read_version }<span class="visually-hidden">{ format!(" {}", version.id) }</span>
                                    </Link<Route, PolicyQuery>>
                                    if let Some(previous) = previous {
                                        <Link<Route, CompareQuery> to={Route::PolicyCompare}
                                            query={Some(CompareQuery::pair(&previous.id, &version.id))}>
                                            { t.compare_previous }<span class="visually-hidden">{ format!(" ({})", version.id) }</span>
                                        </Link<Route, CompareQuery>>
                                    }
                                </p>
                            </article>
                        </li>
                    }
                }) }
            </ol>
        },
        Load::Failed => {
            let retry = policy.retry.reform(|_: MouseEvent| ());
            html! {
                <div class="policy-status" role="alert">
                    <p>{ t.load_failed }</p>
                    <button type="button" class="button" onclick={retry}>{ t.retry }</button>
                </div>
            }
        }
        Load::Loading => html! { <p class="policy-status" role="status">{ t.loading }</p> },
    };
    html! {
        <section class="policy" aria-labelledby="page-title">
            <h1 id="page-title">{ t.history_title }</h1>
            { body }
        </section>
    }
}
