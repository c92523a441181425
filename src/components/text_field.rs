//! A labelled input with its hint and error tied to it (GOV.UK pattern): the label is always
//! visible, the error sits next to the field and is announced with it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    pub value: AttrValue,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub spellcheck: Option<AttrValue>,
    #[prop_or_default]
    pub autocapitalize: Option<AttrValue>,
    #[prop_or_default]
    pub maxlength: Option<AttrValue>,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub on_blur: Callback<()>,
    /// Shown after the input, inside the field (a "show password" button, a suggestion).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = props.on_input.reform(|event: InputEvent| {
        event
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    let onblur = props.on_blur.reform(|_: FocusEvent| ());
    html! {
        <div class={classes!("field", props.error.is_some().then_some("field-invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p id={hint_id.clone()} class="hint">{ hint.clone() }</p>
            }
            if let Some(error) = &props.error {
                <p id={error_id.clone()} class="field-error">{ error.clone() }</p>
            }
            <input id={props.id.clone()} name={props.id.clone()} type={props.input_type.clone()}
                value={props.value.clone()} {oninput} {onblur}
                autocomplete={props.autocomplete.clone()} inputmode={props.inputmode.clone()}
                spellcheck={props.spellcheck.clone()} autocapitalize={props.autocapitalize.clone()}
                maxlength={props.maxlength.clone()}
                aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
                aria-invalid={props.error.is_some().then_some("true")} />
            { props.children.clone() }
        </div>
    }
}
