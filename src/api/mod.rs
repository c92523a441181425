//! The app's one road to the server: JSON over `fetch`, to its own origin, or to the
//! jne-server named by [`set_server`] when embedded in another site's page. Pages call the
//! per-resource functions (`track`, `jlc`, `policy`) and never build HTTP requests themselves.

pub mod jlc;
pub mod json;
pub mod passkeys;
pub mod policy;
mod readers;
mod track;
pub mod webauthn;

pub use track::track;

use jne_core::api::{ErrorBody, ErrorCode};
use jne_core::jlc::DEFAULT_RETRY_WAIT;
use json::{FromJs, ToJs};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReferrerPolicy, Request, RequestCredentials, RequestInit, RequestMode, Response};

thread_local! {
    /// The jne-server's origin when the app is embedded in another site's page; `None` on
    /// the site itself. One per page: every embedded element talks to the same server.
    static SERVER: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// From now on, requests go to `origin` (the embedded module's jne-server), with neither
/// credentials nor a `Referer`: no cookie is ever involved and the host page's address is
/// not told.
pub fn set_server(origin: &str) {
    SERVER.with(|server| *server.borrow_mut() = Some(origin.trim_end_matches('/').to_owned()));
}

/// Why a call did not give an answer, in the cases a person must be told apart.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The request never reached the server: no connection, or the server is gone.
    Offline,
    /// 429: too many requests (`code` says which limit); wait this many seconds when the
    /// server says.
    Throttled {
        code: Option<ErrorCode>,
        retry_after: Option<u32>,
    },
    /// The server refused the request: its status, typed error code and message.
    Rejected {
        status: u16,
        code: Code,
        message: String,
        tries_left: Option<u32>,
    },
    /// 5xx, or an answer the app cannot read.
    Server,
}

/// The `error` of an error answer: one of the API's own codes, or the code of a rule a
/// field broke (a 422 of the account, email or AWB rules, read by that rule's `from_code`).
#[derive(Debug, Clone, PartialEq)]
pub enum Code {
    Api(ErrorCode),
    Rule(String),
}

impl ApiError {
    /// For a 429, the seconds to wait: the server's `Retry-After`, or the default when a
    /// proxy dropped it.
    pub fn wait(&self) -> Option<u64> {
        match self {
            ApiError::Throttled { retry_after, .. } => {
                Some(retry_after.unwrap_or(DEFAULT_RETRY_WAIT).into())
            }
            _ => None,
        }
    }

    /// The server refused with this one of the API's own codes.
    pub fn is(&self, expected: ErrorCode) -> bool {
        matches!(self, ApiError::Rejected { code: Code::Api(code), .. } if *code == expected)
    }
}

/// Sends `body` as JSON and reads the answer as `T`. JSON goes through the browser's own
/// `JSON.parse`/`stringify` and the readers of `json`, which cost far fewer bytes than serde.
pub async fn post_json<B: ToJs, T: FromJs>(path: &str, body: &B) -> Result<T, ApiError> {
    let answer = post(path, body).await?.ok_or(ApiError::Server)?;
    T::from_js(&answer).ok_or(ApiError::Server)
}

/// `GET path`, read as `T`.
pub async fn get_json<T: FromJs>(path: &str) -> Result<T, ApiError> {
    let request = request("GET", path, None)?;
    let answer = read(send(&request).await?).await?.ok_or(ApiError::Server)?;
    T::from_js(&answer).ok_or(ApiError::Server)
}

/// Sends `body` as JSON; the answer's JSON body, if it has one.
pub async fn post<B: ToJs>(path: &str, body: &B) -> Result<Option<JsValue>, ApiError> {
    let text = js_sys::JSON::stringify(&body.to_js()).map_err(|_| ApiError::Server)?;
    let request = request("POST", path, Some(text.into()))?;
    read(send(&request).await?).await
}

/// A request to the server; a body is always JSON (the server refuses other state changes).
fn request(method: &str, path: &str, json: Option<JsValue>) -> Result<Request, ApiError> {
    let init = RequestInit::new();
    init.set_method(method);
    let server = SERVER.with(|server| server.borrow().clone());
    let url = match server {
        Some(origin) => {
            init.set_mode(RequestMode::Cors);
            init.set_credentials(RequestCredentials::Omit);
            init.set_referrer_policy(ReferrerPolicy::NoReferrer);
            format!("{origin}{path}")
        }
        None => {
            init.set_credentials(RequestCredentials::SameOrigin);
            path.to_owned()
        }
    };
    let path = url.as_str();
    let request = match json {
        Some(body) => {
            init.set_body(&body);
            let request = Request::new_with_str_and_init(path, &init);
            let request = request.map_err(|_| ApiError::Server)?;
            request
                .headers()
                .set("Content-Type", "application/json")
                .map_err(|_| ApiError::Server)?;
            request
        }
        None => Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Server)?,
    };
    Ok(request)
}

async fn send(request: &Request) -> Result<Response, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Offline)?;
    let answer = JsFuture::from(window.fetch_with_request(request))
        .await
        .map_err(|_| ApiError::Offline)?;
    answer.dyn_into::<Response>().map_err(|_| ApiError::Server)
}

async fn read(response: Response) -> Result<Option<JsValue>, ApiError> {
    let status = response.status();
    let body = json_body(&response).await;
    if response.ok() {
        return Ok(body);
    }
    if status >= 500 {
        return Err(ApiError::Server);
    }
    let error = body.and_then(|b| ErrorBody::from_js(&b));
    if status == 429 {
        let retry_after = response
            .headers()
            .get("Retry-After")
            .ok()
            .flatten()
            .and_then(|value| value.trim().parse().ok());
        let code = error.and_then(|e| ErrorCode::parse(&e.error));
        return Err(ApiError::Throttled { code, retry_after });
    }
    Err(match error {
        Some(error) => ApiError::Rejected {
            status,
            code: ErrorCode::parse(&error.error).map_or(Code::Rule(error.error), Code::Api),
            message: error.message,
            tries_left: error.tries_left,
        },
        None => ApiError::Server,
    })
}

async fn json_body(response: &Response) -> Option<JsValue> {
    JsFuture::from(response.json().ok()?).await.ok()
}
