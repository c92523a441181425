//! Sharing the results: the link itself, a button that copies it, the device's share sheet
//! where the browser has one (`navigator.share`), and printing. The numbers ride in the
//! link's fragment only; the browser's own clipboard and share sheet take it from there.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::hooks::use_embedding::use_embedding;
use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The address that tracks the same numbers in the same language.
    pub link: AttrValue,
}

/// What the last tap on "copy" did, said in the live line beside it.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Failed,
}

#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let locale = use_locale();
    let (texts, t) = (locale.texts(), &locale.texts().track);
    let copied = use_state(|| Copied::Not);
    let embedded = use_embedding().is_some();
    let can_share = use_state(|| navigator_has("share"));
    {
        // A new link (other numbers, the other language) has not been copied yet.
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(Copied::Not));
    }
    let copy = {
        let (copied, link) = (copied.clone(), props.link.clone());
        Callback::from(move |_| {
            let (copied, link) = (copied.clone(), link.clone());
            spawn_local(async move {
                let done = call_navigator("clipboard", "writeText", &JsValue::from_str(&link));
                let done = match done {
                    Some(promise) => JsFuture::from(promise).await.is_ok(),
                    None => false,
                };
                copied.set(if done { Copied::Yes } else { Copied::Failed });
            });
        })
    };
    let share = {
        let link = props.link.clone();
        let title = texts.track_title;
        Callback::from(move |_| {
            let data = js_sys::Object::new();
            let _ = Reflect::set(&data, &"title".into(), &title.into());
            let _ = Reflect::set(&data, &"url".into(), &JsValue::from_str(&link));
            if let Some(promise) = call_navigator("", "share", &data) {
                // Closing the sheet rejects the promise: nothing to tell.
                spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        })
    };
    let print = Callback::from(|_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let said = match *copied {
        Copied::Not => "",
        Copied::Yes => t.link_copied,
        Copied::Failed => t.copy_failed,
    };
    html! {
        <div class="share no-print">
            <p>{ t.share_label }</p>
            <p><a href={props.link.clone()} class="share-link">{ props.link.clone() }</a></p>
            <div class="actions">
                <button type="button" class="button button-secondary" onclick={copy}>{ t.copy_link }</button>
                if *can_share {
                    <button type="button" class="button button-secondary" onclick={share}>{ t.share }</button>
                }
                // Embedded, printing would print the host's whole page.
                if !embedded {
                    <button type="button" class="button button-secondary" onclick={print}>{ t.print }</button>
                }
            </div>
            <p class="note copied" role="status">{ said }</p>
        </div>
    }
}

/// Whether the browser has `navigator[name]`: asked at run time, so no web-sys feature (and no
/// bytes) for APIs a browser may not have.
fn navigator_has(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &name.into()).ok())
        .is_some_and(|value| value.is_function())
}

/// Calls `navigator.object.method(argument)` (`navigator.method(…)` for an empty `object`)
/// and returns its promise; `None` when the browser has no such method or it throws.
fn call_navigator(object: &str, method: &str, argument: &JsValue) -> Option<Promise> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let target = if object.is_empty() {
        navigator
    } else {
        Reflect::get(&navigator, &object.into()).ok()?
    };
    let function: Function = Reflect::get(&target, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    function.call1(&target, argument).ok()?.dyn_into().ok()
}
