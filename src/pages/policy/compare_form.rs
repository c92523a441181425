//! The two versions to compare: two labelled selects and a button (no change on select alone,
//! so keyboard users can move through the options freely). A pair chosen the wrong way round
//! is shown in order once sent.

use std::rc::Rc;

use jne_core::lang::format_datetime;
use jne_core::policy::VersionList;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct CompareFormProps {
    pub versions: Rc<VersionList>,
    pub from: AttrValue,
    pub to: AttrValue,
    /// (from, to)
    pub on_compare: Callback<(String, String)>,
}

#[function_component(CompareForm)]
pub fn compare_form(props: &CompareFormProps) -> Html {
    let locale = use_locale();
    let t = &locale.texts().policy;
    let from = use_state(|| props.from.to_string());
    let to = use_state(|| props.to.to_string());
    {
        // A new address (a link, back, forward) resets the choice to what it names.
        let (from, to) = (from.clone(), to.clone());
        use_effect_with((props.from.clone(), props.to.clone()), move |(f, t)| {
            from.set(f.to_string());
            to.set(t.to_string());
        });
    }
    let select = |id: &'static str, label: &'static str, value: &UseStateHandle<String>| {
        let onchange = {
            let value = value.clone();
            Callback::from(move |event: Event| {
                if let Some(select) = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                {
                    value.set(select.value());
                }
            })
        };
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <select {id} {onchange}>
                    { for props.versions.versions.iter().map(|v| {
                        // Short, so that no name is cut off on a phone.
                        let notes: Vec<&str> = (t.status_short)(v.status).into_iter()
                            .chain(v.sample.then_some(t.sample_short)).collect();
                        let mut text = format_datetime(&v.effective, locale.lang);
                        if !notes.is_empty() {
                            text.push_str(&format!(" ({})", notes.join(", ")));
                        }
                        html! { <option value={v.id.clone()} selected={**value == v.id}>{ text }</option> }
                    }) }
                </select>
            </div>
        }
    };
    let onsubmit = {
        let (from, to, on_compare) = (from.clone(), to.clone(), props.on_compare.clone());
        let versions = props.versions.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // The pair goes out as chosen (the page says when it swaps it); the selects show
            // it in order at once, even when the address does not change.
            let (older, newer, _) = versions.in_order(&from, &to);
            let (older, newer) = (older.to_owned(), newer.to_owned());
            on_compare.emit(((*from).clone(), (*to).clone()));
            from.set(older);
            to.set(newer);
        })
    };
    html! {
        <form class="compare-form no-print" {onsubmit}>
            { select("compare-from", t.from_label, &from) }
            { select("compare-to", t.to_label, &to) }
            <button type="submit" class="button">{ t.compare_button }</button>
        </form>
    }
}
