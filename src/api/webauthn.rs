//! The browser's passkey dialogs (WebAuthn), reached by name through `js_sys::Reflect`: the
//! server's options arrive as JSON text and the browser's answer leaves as JSON text, and the
//! browser converts both itself (`parseCreationOptionsFromJSON`, `toJSON`), so the bundle
//! carries no WebAuthn types, no base64 and no more web-sys. A browser without those
//! conversions (older than 2024–25) is offered no passkey: password and code remain.

use js_sys::{Array, Function, Object, Promise, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the browser gave no passkey answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The member closed or refused the dialog, or it timed out (the browser says no more).
    Cancelled,
    /// This authenticator already holds a passkey of the account.
    AlreadyThere,
    /// Anything else: no passkey can be made or used here now.
    Failed,
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn public_key_credential() -> Option<JsValue> {
    get(&js_sys::global(), "PublicKeyCredential")
}

/// `target.method(argument)`, awaited when it answers a promise.
async fn call(target: &JsValue, method: &str, argument: &JsValue) -> Result<JsValue, JsValue> {
    let function: Function = get(target, method).ok_or(JsValue::NULL)?.dyn_into()?;
    let answer = function.call1(target, argument)?;
    match answer.dyn_into::<Promise>() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(value) => Ok(value),
    }
}

/// Whether this browser can make and use passkeys the way the site asks, on this address:
/// browsers refuse an IP address as a passkey's site (a relying party), so a site reached by
/// one (`http://127.0.0.1:8080`) offers none and asks the server nothing about them.
pub fn supported() -> bool {
    let host = web_sys::window()
        .and_then(|w| w.location().hostname().ok())
        .unwrap_or_default();
    let by_ip = host.parse::<std::net::Ipv4Addr>().is_ok() || host.starts_with('[');
    !by_ip
        && public_key_credential().is_some_and(|class| {
            get(&class, "parseCreationOptionsFromJSON").is_some()
                && get(&class, "parseRequestOptionsFromJSON").is_some()
        })
}

/// Whether the browser offers passkeys among a field's autofill suggestions (conditional UI).
pub async fn autofill_available() -> bool {
    let Some(class) = public_key_credential().filter(|_| supported()) else {
        return false;
    };
    call(
        &class,
        "isConditionalMediationAvailable",
        &JsValue::UNDEFINED,
    )
    .await
    .is_ok_and(|answer| answer.as_bool() == Some(true))
}

/// `navigator.credentials.create` with the server's options; the new credential as JSON text.
pub async fn create(options: &str) -> Result<String, Refusal> {
    ceremony("create", "parseCreationOptionsFromJSON", options, None).await
}

/// `navigator.credentials.get` with the server's options; the signed answer as JSON text.
/// With `autofill`, the request waits in the field's suggestions until the member picks a
/// passkey there, or the page ends it.
pub async fn sign(options: &str, autofill: Option<&Autofill>) -> Result<String, Refusal> {
    ceremony("get", "parseRequestOptionsFromJSON", options, autofill).await
}

async fn ceremony(
    method: &str,
    parse: &str,
    options: &str,
    autofill: Option<&Autofill>,
) -> Result<String, Refusal> {
    let class = public_key_credential().ok_or(Refusal::Failed)?;
    let options = JSON::parse(options).map_err(|_| Refusal::Failed)?;
    let public_key = get(&options, "publicKey").ok_or(Refusal::Failed)?;
    let public_key = call(&class, parse, &public_key)
        .await
        .map_err(|_| Refusal::Failed)?;
    let request = Object::new();
    let _ = Reflect::set(&request, &"publicKey".into(), &public_key);
    if let Some(autofill) = autofill {
        let _ = Reflect::set(&request, &"mediation".into(), &"conditional".into());
        if let Some(signal) = get(&autofill.0, "signal") {
            let _ = Reflect::set(&request, &"signal".into(), &signal);
        }
    }
    let navigator = web_sys::window().ok_or(Refusal::Failed)?.navigator();
    let credentials = get(&navigator, "credentials").ok_or(Refusal::Failed)?;
    let credential = call(&credentials, method, &request)
        .await
        .map_err(|error| refusal(&error))?;
    let answer = call(&credential, "toJSON", &JsValue::UNDEFINED)
        .await
        .map_err(|_| Refusal::Failed)?;
    JSON::stringify(&answer)
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(Refusal::Failed)
}

fn refusal(error: &JsValue) -> Refusal {
    match get(error, "name")
        .and_then(|name| name.as_string())
        .as_deref()
    {
        Some("NotAllowedError" | "AbortError") => Refusal::Cancelled,
        Some("InvalidStateError") => Refusal::AlreadyThere,
        _ => Refusal::Failed,
    }
}

/// A request waiting in the autofill, which the page ends (an `AbortController`) before it
/// opens the browser's dialog itself: the browser allows one request at a time.
#[derive(Clone)]
pub struct Autofill(JsValue);

impl Autofill {
    pub fn new() -> Option<Autofill> {
        let class: Function = get(&js_sys::global(), "AbortController")?.dyn_into().ok()?;
        Reflect::construct(&class, &Array::new()).ok().map(Autofill)
    }

    pub fn end(&self) {
        if let Some(Ok(abort)) = get(&self.0, "abort").map(|f| f.dyn_into::<Function>()) {
            let _ = abort.call0(&self.0);
        }
    }
}
