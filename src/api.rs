//! The app's one road to the server: JSON over `fetch`, same origin only. Pages call the
//! per-resource functions below and never build HTTP requests themselves.

use jne_core::api::ErrorBody;
use jne_core::tracking::{TrackRequest, TrackResponse};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

/// Why a call did not give an answer, in the cases a person must be told apart.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The request never reached the server: no connection, or the server is gone.
    Offline,
    /// 429: too many requests; wait this many seconds when the server says.
    Throttled { retry_after: Option<u32> },
    /// The server refused the input: its typed error code and message.
    Rejected {
        status: u16,
        code: String,
        message: String,
    },
    /// 5xx, or an answer the app cannot read.
    Server,
}

/// `POST /api/v1/track`.
pub async fn track(awbs: Vec<String>) -> Result<TrackResponse, ApiError> {
    post_json("/api/v1/track", &TrackRequest { awbs }).await
}

/// Sends `body` as JSON and reads the answer as `T`. JSON goes through the browser's own
/// `JSON.parse`/`stringify` (serde-wasm-bindgen), which costs far fewer bytes than serde_json.
pub async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let value = serde_wasm_bindgen::to_value(body).map_err(|_| ApiError::Server)?;
    let text = js_sys::JSON::stringify(&value).map_err(|_| ApiError::Server)?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_credentials(RequestCredentials::SameOrigin);
    init.set_body(&text.into());
    let request = Request::new_with_str_and_init(path, &init).map_err(|_| ApiError::Server)?;
    request
        .headers()
        .set("Content-Type", "application/json")
        .map_err(|_| ApiError::Server)?;
    let response = send(&request).await?;
    read(response).await
}

async fn send(request: &Request) -> Result<Response, ApiError> {
    let window = web_sys::window().ok_or(ApiError::Offline)?;
    let answer = JsFuture::from(window.fetch_with_request(request))
        .await
        .map_err(|_| ApiError::Offline)?;
    answer.dyn_into::<Response>().map_err(|_| ApiError::Server)
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let status = response.status();
    if status == 429 {
        let retry_after = response
            .headers()
            .get("Retry-After")
            .ok()
            .flatten()
            .and_then(|value| value.trim().parse().ok());
        return Err(ApiError::Throttled { retry_after });
    }
    let body = json_body(&response).await;
    if response.ok() {
        let body = body.ok_or(ApiError::Server)?;
        return serde_wasm_bindgen::from_value(body).map_err(|_| ApiError::Server);
    }
    if status >= 500 {
        return Err(ApiError::Server);
    }
    let error: Option<ErrorBody> = body.and_then(|b| serde_wasm_bindgen::from_value(b).ok());
    Err(match error {
        Some(error) => ApiError::Rejected {
            status,
            code: error.error,
            message: error.message,
        },
        None => ApiError::Server,
    })
}

async fn json_body(response: &Response) -> Option<JsValue> {
    JsFuture::from(response.json().ok()?).await.ok()
}
