//! The tracking form: one field for one number or many pasted together.

use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

pub const FIELD_ID: &str = "awb-input";
const HINT_ID: &str = "awb-hint";
const ERROR_ID: &str = "awb-error";

#[derive(Properties, PartialEq)]
pub struct TrackFormProps {
    /// What the visitor typed; the form never clears it.
    pub value: AttrValue,
    pub on_input: Callback<String>,
    pub on_submit: Callback<()>,
    /// Messages about the field, shown next to it (the summary repeats them on top).
    pub errors: Vec<String>,
    /// A search is under way: the button says so and a tap sends nothing more.
    pub busy: bool,
}

#[function_component(TrackForm)]
pub fn track_form(props: &TrackFormProps) -> Html {
    let t = &use_locale().texts().track;
    let invalid = !props.errors.is_empty();
    let oninput = props.on_input.reform(|event: InputEvent| {
        event
            .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value()
    });
    let onsubmit = props
        .on_submit
        .reform(|event: SubmitEvent| event.prevent_default());
    // Enter tracks, as in a one-line field; Shift+Enter starts a new line.
    let onkeydown = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && !event.shift_key() && !event.is_composing() {
                event.prevent_default();
                on_submit.emit(());
            }
        })
    };
    let described_by = if invalid {
        format!("{HINT_ID} {ERROR_ID}")
    } else {
        HINT_ID.to_owned()
    };
    html! {
        <form class="track-form" {onsubmit} novalidate=true>
            <div class={classes!("field", invalid.then_some("field-invalid"))}>
                <label for={FIELD_ID}>{ t.field_label }</label>
                <p id={HINT_ID} class="hint">{ t.field_hint }</p>
                if invalid {
                    <ul id={ERROR_ID} class="field-error">
                        { for props.errors.iter().map(|message| html! { <li>{ message.clone() }</li> }) }
                    </ul>
                }
                <textarea id={FIELD_ID} name="awb" rows="2" value={props.value.clone()}
                    {oninput} {onkeydown}
                    autocomplete="off" autocapitalize="characters" spellcheck="false"
                    aria-describedby={described_by}
                    aria-invalid={invalid.then_some("true")} />
            </div>
            <button type="submit" class="button" aria-disabled={props.busy.then_some("true")}>
                { if props.busy { t.busy } else { t.submit } }
            </button>
        </form>
    }
}
