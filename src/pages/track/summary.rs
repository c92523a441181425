//! The summary of many results: one table row per number with a link to its card, its status
//! badge and the latest place and time under it (two columns fit a phone), so twelve parcels
//! can be scanned on one screen.

use jne_core::lang::format_datetime;
use yew::prelude::*;

use super::state::{Lookup, Row};
use crate::components::status_badge::badge;
use crate::hooks::use_locale::use_locale;

/// The id of a number's card, the summary's link target.
pub fn card_id(awb: &str) -> String {
    format!("card-{awb}")
}

#[derive(Properties, PartialEq)]
pub struct SummaryTableProps {
    pub rows: Vec<Row>,
}

#[function_component(SummaryTable)]
pub fn summary_table(props: &SummaryTableProps) -> Html {
    let locale = use_locale();
    let (lang, t) = (locale.lang, &locale.texts().track);
    let row = |row: &Row| {
        let (badge, latest) = match &row.lookup {
            Lookup::Found(s) => {
                let latest = s.history.first().map(|event| match &event.place {
                    Some(place) => format!("{}, {}", place, format_datetime(&event.at, lang)),
                    None => format_datetime(&event.at, lang),
                });
                (badge(s.status, t), latest)
            }
            Lookup::NotFound => (
                html! { <span class="badge badge-missing">{ t.badge_not_found }</span> },
                None,
            ),
            Lookup::Failed(_) => (
                html! { <span class="badge attention">{ t.badge_failed }</span> },
                None,
            ),
            Lookup::Loading => (html! { { t.loading } }, None),
        };
        let id = card_id(&row.awb);
        html! {
            <tr>
                <th scope="row">
                    <a href={format!("#{id}")} onclick={Callback::from(move |e: MouseEvent| show(e, &id))}>
                        { row.typed.clone() }
                    </a>
                </th>
                <td>
                    { badge }
                    if let Some(latest) = latest { <span class="latest">{ latest }</span> }
                </td>
            </tr>
        }
    };
    html! {
        <table class="summary-table">
            <caption class="visually-hidden">{ t.summary_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.column_awb }</th>
                    <th scope="col">{ t.column_status }</th>
                </tr>
            </thead>
            <tbody>{ for props.rows.iter().map(row) }</tbody>
        </table>
    }
}

/// Moves to the card and its focus without touching the address's fragment, which holds the
/// tracked numbers of a shared link.
fn show(event: MouseEvent, id: &str) {
    use wasm_bindgen::JsCast;
    // In the page, or in the shadow root of an embedded element (whose ids the page's
    // document does not see).
    let shadow = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
        .and_then(|node| node.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok());
    let card = crate::components::focus::by_id(shadow.as_ref(), id);
    if let Some(card) = card {
        event.prevent_default();
        card.scroll_into_view();
        if let Ok(card) = card.dyn_into::<web_sys::HtmlElement>() {
            let _ = card.focus();
        }
    }
}
