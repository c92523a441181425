//! The two versions to compare: two labelled selects and a button (no change on select alone,
//! so keyboard users can move through the options freely).

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
                        let mut text = format!("{} ({})", format_datetime(&v.effective, locale.lang), (t.status)(v.status));
                        if v.sample {
                            text.push_str(&format!(", {}", t.sample));
                        }
                        html! { <option value={v.id.clone()} selected={**value == v.id}>{ text }</option> }
                    }) }
                </select>
            </div>
        }
    };
    let onsubmit = {
        let (from, to, on_compare) = (from.clone(), to.clone(), props.on_compare.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_compare.emit(((*from).clone(), (*to).clone()));
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
