//! `/privasi`: the version in effect (or `?versi=ID`), with its date on top, a table of
//! contents, linkable sections, and the Indonesian translation in Indonesian mode.

use crate::router::*;
use jne_core::lang::{format_datetime, Lang};
use jne_core::policy::VersionStatus;
use yew::prelude::*;

use super::document::DocumentView;
use super::mark_read::MarkRead;
use super::toc::Toc;
use super::{PolicyQuery, ORIGINAL};
use crate::api;
use crate::hooks::use_fetch::{use_fetch, Load};
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_policy::use_policy;
use crate::hooks::use_title::use_title;
use crate::route::Route;

#[function_component(PolicyPage)]
pub fn policy_page() -> Html {
    let locale = use_locale();
    let texts = locale.texts();
    let t = &texts.policy;
    use_title(texts.policy_title);
    let policy = use_policy();
    let query = use_location()
        .map(|l| l.query::<PolicyQuery>())
        .unwrap_or_default();
    let list = policy.list();
    let wanted = query
        .versi
        .clone()
        .or_else(|| list.as_ref().and_then(|l| l.current.clone()));
    let original = query.teks.as_deref() == Some(ORIGINAL);
    let lang = if original { Lang::En } else { locale.lang };
    let (text, retry) = use_fetch((wanted.clone(), lang), |(id, lang)| async move {
        match id {
            Some(id) => api::policy::text(&id, lang).await,
            None => Err(api::ApiError::Server),
        }
    });
    let retry = {
        let both = policy.retry.clone();
        Callback::from(move |_: MouseEvent| {
            both.emit(());
            retry.emit(());
        })
    };
    let failed = matches!(policy.versions, Load::Failed)
        || (matches!(text, Load::Failed) && wanted.is_some());
    let body = match (&text, failed) {
        (_, true) => html! {
            <div class="policy-status" role="alert">
                <p>{ t.load_failed }</p>
                <button type="button" class="button" onclick={retry}>{ t.retry }</button>
            </div>
        },
        (Load::Ready(text), false) => {
            let version = &text.version;
            let date = format_datetime(&version.effective, locale.lang);
            let document = std::rc::Rc::new(text.document.clone());
            let other_text = if text.translation {
                Some((t.read_original, Some(ORIGINAL.to_owned())))
            } else if original {
                Some((t.read_translation, None))
            } else {
                None
            };
            html! {
                <>
                    <p class="policy-version">
                        { (t.version_line)(&version.id, &date) }
                        <span class={classes!("badge", "policy-status-badge", status_class(version.status))}>
                            { (t.status)(version.status) }
                        </span>
                        if version.sample { <span class="badge policy-sample">{ t.sample }</span> }
                    </p>
                    if version.sample { <p class="policy-sample-note">{ t.sample_note }</p> }
                    if version.status != VersionStatus::Current {
                        <p class="policy-old-note">
                            { t.old_version_note }{ " " }
                            <Link<Route> to={Route::Policy}>{ t.read_current }</Link<Route>>
                        </p>
                    }
                    if text.translation {
                        <p class="policy-translation"><span class="badge">{ t.translation_label }</span>
                            { " " }{ t.translation_note }</p>
                    } else if locale.lang == Lang::Id && !original {
                        <p class="policy-translation">{ t.original_only }</p>
                    }
                    <nav class="policy-links no-print" aria-label={t.links_label}>
                        if let Some((label, teks)) = other_text {
                            <Link<Route, PolicyQuery> to={Route::Policy}
                                query={Some(PolicyQuery { versi: query.versi.clone(), teks })}>
                                { label }
                            </Link<Route, PolicyQuery>>
                        }
                        <Link<Route> to={Route::PolicyHistory}>{ t.history_link }</Link<Route>>
                        <Link<Route> to={Route::PolicyCompare}>{ t.compare_link }</Link<Route>>
                    </nav>
                    <Toc document={document.clone()} />
                    <DocumentView {document} lang={text.lang.clone()} />
                    <MarkRead version={version.id.clone()} />
                </>
            }
        }
        _ => html! { <p class="policy-status" role="status">{ t.loading }</p> },
    };
    html! {
        <article class="policy" aria-labelledby="page-title">
            <h1 id="page-title">{ texts.policy_title }</h1>
            { body }
        </article>
    }
}

pub fn status_class(status: VersionStatus) -> &'static str {
    match status {
        VersionStatus::Current => "policy-current",
        VersionStatus::Future => "policy-future",
        VersionStatus::Past => "policy-past",
    }
}
