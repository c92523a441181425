//! The language switch: one button that offers the other language, named in that language.

use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

#[function_component(LangSwitch)]
pub fn lang_switch() -> Html {
    let locale = use_locale();
    let t = locale.texts();
    let other = locale.lang.other();
    let onclick = {
        let set_lang = locale.set_lang.clone();
        Callback::from(move |_| set_lang.emit(other))
    };
    html! {
        <button type="button" class="lang-switch" lang={other.tag()}
                aria-label={t.switch_to_other_label} {onclick}>
            { t.switch_to_other }
        </button>
    }
}
