//! The answers: a progress line while waiting, the summary line and table, one card per
//! number as typed, and sharing and printing (`share`, only once everything has answered).

use jne_core::lang::{format_datetime, Lang};
use yew::prelude::*;

use super::share::Share;
use super::shipment::shipment_card;
use super::state::{Failure, Lookup, Row, TrackState};
use super::summary::{card_id, show, SummaryTable};
use crate::components::markup::Markup;
use crate::hooks::use_locale::use_locale;
use crate::i18n::TrackTexts;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: TrackState,
    /// The address that tracks the same numbers: they ride in the fragment only.
    pub share_link: AttrValue,
    /// Asks these numbers again, in one request.
    pub on_retry: Callback<Vec<String>>,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let locale = use_locale();
    let t = &locale.texts().track;
    let state = &props.state;
    if state.rows.is_empty() {
        return html! {};
    }
    let counts = state.counts();
    let line = match counts {
        Some(c) => (t.summary)(c.found, c.attention, c.missing, c.failed),
        None => (t.searching)(
            state
                .rows
                .iter()
                .filter(|r| r.lookup == Lookup::Loading)
                .count(),
        ),
    };
    let timed_out = state
        .rows
        .iter()
        .any(|row| row.lookup == Lookup::Failed(Failure::TimedOut));
    let failed = state.failed();
    let retry_all = props.on_retry.reform(move |_| failed.clone());
    html! {
        // No `content-visibility: auto` on the cards: it would make forty come up faster, but
        // Chrome then leaves cards off screen out of the accessibility tree.
        <section class="results" aria-labelledby="results-title" onclick={Callback::from(show)}>
            <p class="print-only">{ (t.printed_at)(&format_datetime(&now_local(), locale.lang)) }</p>
            <h2 id="results-title">{ t.results_title }</h2>
            // The line is a live region from the start, so its new text is read out; the
            // progress bar shows only after about 300 ms (CSS), a quick answer never flashes it.
            <p class={classes!("summary", counts.is_none().then_some("progress"))}
                role="status" aria-live="polite">
                { line }
            </p>
            if timed_out {
                <div class="notice notice-error timed-out">
                    <p>{ t.timed_out }</p>
                    <button type="button" class="button" onclick={retry_all}>{ t.retry }</button>
                </div>
            }
            if !state.waiting() {
                if state.rows.len() > 1 { <SummaryTable rows={state.rows.clone()} /> }
                { for state.rows.iter().map(|row| row_html(row, locale.lang, t, &props.on_retry)) }
            }
            if counts.is_some() { <Share link={props.share_link.clone()} /> }
        </section>
    }
}

fn row_html(
    row: &Row,
    lang: Lang,
    t: &'static TrackTexts,
    on_retry: &Callback<Vec<String>>,
) -> Html {
    // The heading and what never changes are markup (`components::markup`): one parse a card.
    let heading = format!("awb-{}", row.awb);
    let mut m = Markup::new();
    m.open_with("h3", &[("class", "awb"), ("id", &heading)])
        .text(&row.typed)
        .close("h3");
    let body = match &row.lookup {
        Lookup::Loading => {
            m.element("p", &["loading"], t.loading);
            m.into_html()
        }
        Lookup::Found(shipment) => shipment_card(m, shipment, lang, t),
        Lookup::NotFound => {
            m.element("p", &["badge", "badge-missing"], t.badge_not_found)
                .element("p", &["notice"], t.not_found);
            m.into_html()
        }
        Lookup::Failed(failure) => {
            let message = match failure {
                Failure::Upstream => t.upstream_error.to_owned(),
                Failure::Offline => t.offline.to_owned(),
                Failure::Server => t.server_error.to_owned(),
                Failure::Throttled(seconds) => (t.throttled)(*seconds),
                Failure::TimedOut => t.timed_out.to_owned(),
            };
            m.element("p", &["badge", "attention"], t.badge_failed)
                .element("p", &["notice", "notice-error"], &message);
            let awb = row.awb.clone();
            let retry = on_retry.reform(move |_| vec![awb.clone()]);
            html! {
                <>
                    { m.into_html() }
                    <button type="button" class="button button-secondary" onclick={retry}>
                        { t.retry }<span class="visually-hidden">{ format!(" {}", row.typed) }</span>
                    </button>
                </>
            }
        }
    };
    html! {
        <article class="result" id={card_id(&row.awb)} tabindex="-1" aria-labelledby={heading}>
            { body }
        </article>
    }
}

/// The browser's local date and time as `YYYY-MM-DDTHH:MM`, the shape `format_datetime` reads.
fn now_local() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
