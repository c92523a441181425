//! The answers: a summary line, one section per number, a share link and a print button.

use yew::prelude::*;

use super::shipment::ShipmentCard;
use super::state::{Failure, Lookup, Row, TrackState};
use crate::hooks::use_locale::use_locale;
use crate::i18n::TrackTexts;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: TrackState,
    /// The address that tracks the same numbers: they ride in the fragment only.
    pub share_link: AttrValue,
    pub on_retry: Callback<String>,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let t = &use_locale().texts().track;
    if props.state.rows.is_empty() {
        return html! {};
    }
    let summary = props
        .state
        .counts()
        .map(|(found, missing, failed)| (t.summary)(found, missing, failed));
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">{ t.results_title }</h2>
            <p class="summary" role="status" aria-live="polite">
                { summary.unwrap_or_else(|| t.loading.to_owned()) }
            </p>
            { for props.state.rows.iter().map(|row| row_html(row, t, &props.on_retry)) }
            <div class="share no-print">
                <p>{ t.share_label }</p>
                <p><a href={props.share_link.clone()} class="share-link">{ props.share_link.clone() }</a></p>
                <button type="button" class="button button-secondary" onclick={print}>{ t.print }</button>
            </div>
        </section>
    }
}

fn row_html(row: &Row, t: &'static TrackTexts, on_retry: &Callback<String>) -> Html {
    let body = match &row.lookup {
        Lookup::Loading => html! { <p class="loading">{ t.loading }</p> },
        Lookup::Found(shipment) => html! { <ShipmentCard shipment={shipment.clone()} /> },
        Lookup::NotFound => html! { <p class="notice">{ t.not_found }</p> },
        Lookup::Failed(failure) => {
            let message = match failure {
                Failure::Upstream => t.upstream_error.to_owned(),
                Failure::Offline => t.offline.to_owned(),
                Failure::Server => t.server_error.to_owned(),
                Failure::Throttled(seconds) => (t.throttled)(*seconds),
            };
            let awb = row.awb.clone();
            let retry = on_retry.reform(move |_| awb.clone());
            html! {
                <>
                    <p class="notice notice-error">{ message }</p>
                    <button type="button" class="button button-secondary" onclick={retry}>
                        { t.retry }<span class="visually-hidden">{ format!(" {}", row.awb) }</span>
                    </button>
                </>
            }
        }
    };
    html! {
        <article class="result" aria-labelledby={format!("awb-{}", row.awb)}>
            <h3 class="awb" id={format!("awb-{}", row.awb)}>{ row.awb.clone() }</h3>
            { body }
        </article>
    }
}
