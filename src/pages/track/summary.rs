//! The summary of many results: one table row per number with a link to its card, its status
//! badge and the latest place and time under it (two columns fit a phone), so twelve parcels
//! can be scanned on one screen.

use jne_core::lang::{format_datetime, Lang};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::{Lookup, Row};
use crate::components::markup::Markup;
use crate::components::status_badge::write_badge;
use crate::hooks::use_locale::use_locale;
use crate::i18n::TrackTexts;

/// The id of a number's card, the summary's link target.
pub fn card_id(awb: &str) -> String {
    format!("card-{awb}")
}

#[derive(Properties, PartialEq)]
pub struct SummaryTableProps {
    pub rows: Vec<Row>,
}

/// The table, written as markup (`components::markup`) whole, its rows included: the browser
/// parses table rows only inside a table. A click on a row's link goes to [`show`], which
/// the results' section calls (the table has no Yew element to listen on).
#[function_component(SummaryTable)]
pub fn summary_table(props: &SummaryTableProps) -> Html {
    let locale = use_locale();
    let (lang, t) = (locale.lang, &locale.texts().track);
    let mut m = Markup::new();
    m.open("table", &["summary-table"])
        .element("caption", &["visually-hidden"], t.summary_caption)
        .open("thead", &[])
        .open("tr", &[])
        .open_with("th", &[("scope", "col")])
        .text(t.column_awb)
        .close("th")
        .open_with("th", &[("scope", "col")])
        .text(t.column_status)
        .close("th")
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    for row in &props.rows {
        write_row(&mut m, row, lang, t);
    }
    m.close("tbody").close("table");
    m.into_html()
}

fn write_row(m: &mut Markup, row: &Row, lang: Lang, t: &TrackTexts) {
    m.open("tr", &[])
        .open_with("th", &[("scope", "row")])
        .open_with("a", &[("href", &format!("#{}", card_id(&row.awb)))])
        .text(&row.typed)
        .close("a")
        .close("th")
        .open("td", &[]);
    match &row.lookup {
        Lookup::Found(s) => {
            write_badge(m, s.status, t);
            if let Some(event) = s.history.first() {
                let at = format_datetime(&event.at, lang);
                let latest = match &event.place {
                    Some(place) => format!("{place}, {at}"),
                    None => at,
                };
                m.element("span", &["latest"], &latest);
            }
        }
        Lookup::NotFound => {
            m.element("span", &["badge", "badge-missing"], t.badge_not_found);
        }
        Lookup::Failed(_) => {
            m.element("span", &["badge", "attention"], t.badge_failed);
        }
        Lookup::Loading => {
            m.text(t.loading);
        }
    }
    m.close("td").close("tr");
}

/// A click in the results: on a summary row's link, moves to that card and its focus without
/// touching the address's fragment, which holds the tracked numbers of a shared link.
pub fn show(event: MouseEvent) {
    let Some(link) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| {
            element
                .closest(".summary-table a[href^='#']")
                .ok()
                .flatten()
        })
    else {
        return;
    };
    let id = link.get_attribute("href").unwrap_or_default();
    // In the page, or in the shadow root of an embedded element (whose ids the page's
    // document does not see).
    let shadow = link.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok();
    let card = crate::components::focus::by_id(shadow.as_ref(), &id[1..]);
    if let Some(card) = card {
        event.prevent_default();
        card.scroll_into_view();
        if let Ok(card) = card.dyn_into::<web_sys::HtmlElement>() {
            let _ = card.focus();
        }
    }
}
