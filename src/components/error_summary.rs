//! The GOV.UK error summary: a titled list at the top of a form, focused when it appears,
//! each entry a link to the field that needs fixing.

use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct ErrorEntry {
    /// The id of the field to fix (the link goes to `#field_id`).
    pub field_id: &'static str,
    pub message: String,
}

impl ErrorEntry {
    /// The entries of a form's fields that have a problem, in the order given.
    pub fn of_fields(fields: &[(&'static str, &Option<String>)]) -> Vec<ErrorEntry> {
        fields
            .iter()
            .filter_map(|(field_id, message)| {
                let message = (*message).clone()?;
                Some(ErrorEntry { field_id, message })
            })
            .collect()
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub title: &'static str,
    pub errors: Vec<ErrorEntry>,
}

#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        // Focus moves here when errors appear, so a screen reader reads them at once.
        let node = node.clone();
        use_effect_with(props.errors.clone(), move |errors| {
            if !errors.is_empty() {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="error-summary" role="alert" tabindex="-1" ref={node}
             aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ props.title }</h2>
            <ul>
                { for props.errors.iter().map(|error| html! {
                    <li><a href={format!("#{}", error.field_id)}>{ error.message.clone() }</a></li>
                }) }
            </ul>
        </div>
    }
}
