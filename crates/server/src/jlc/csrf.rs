//! Cross-site request forgery: besides the SameSite=Strict cookie and JSON-only bodies, every
//! state change must come from a page of this very origin (the `Origin` header says so).

use axum::extract::Request;
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::http::ApiError;

pub async fn same_origin(request: Request, next: Next) -> Response {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return next.run(request).await;
    }
    if !is_same_origin(request.headers()) {
        return ApiError::CrossOrigin.into_response();
    }
    next.run(request).await
}

/// `Origin` names this server, as the `Host` header does; a missing `Origin` is refused.
fn is_same_origin(headers: &HeaderMap) -> bool {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    match (header(header::ORIGIN), header(header::HOST)) {
        (Some(origin), Some(host)) => {
            origin == format!("http://{host}") || origin == format!("https://{host}")
        }
        _ => false,
    }
}
