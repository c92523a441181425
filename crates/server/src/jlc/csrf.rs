//! Cross-site request forgery: besides the SameSite=Strict cookie and JSON-only bodies, every
//! state change must come from a page of this very origin (the `Origin` header says so).

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::http::ApiError;

/// The scheme of our own origin: https when the server terminates TLS itself, else http.
#[derive(Clone, Copy, Debug)]
pub struct OwnScheme(&'static str);

impl OwnScheme {
    pub fn new(tls: bool) -> OwnScheme {
        OwnScheme(if tls { "https" } else { "http" })
    }
}

pub async fn same_origin(
    State(scheme): State<OwnScheme>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return next.run(request).await;
    }
    if !is_same_origin(request.headers(), scheme) {
        return ApiError::CrossOrigin.into_response();
    }
    next.run(request).await
}

/// `Origin` is exactly `scheme://` + the `Host` header; a missing `Origin` (or `null`, as a
/// sandboxed frame or a redirect sends it) is refused, for a browser always sends one on POST.
fn is_same_origin(headers: &HeaderMap, OwnScheme(scheme): OwnScheme) -> bool {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    match (header(header::ORIGIN), header(header::HOST)) {
        (Some(origin), Some(host)) => origin
            .strip_prefix(scheme)
            .and_then(|rest| rest.strip_prefix("://"))
            .is_some_and(|rest| rest.eq_ignore_ascii_case(host)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(origin: Option<&str>, host: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(origin) = origin {
            headers.insert(header::ORIGIN, origin.parse().expect("header"));
        }
        headers.insert(header::HOST, host.parse().expect("header"));
        headers
    }

    #[test]
    fn only_our_own_scheme_host_and_port_count() {
        let http = OwnScheme::new(false);
        let https = OwnScheme::new(true);
        let host = "127.0.0.1:8080";
        assert!(is_same_origin(
            &headers(Some("http://127.0.0.1:8080"), host),
            http
        ));
        assert!(is_same_origin(
            &headers(Some("https://jne.co.id"), "jne.co.id"),
            https
        ));
        for (origin, scheme) in [
            (Some("https://127.0.0.1:8080"), http),
            (Some("http://127.0.0.1:8080"), https),
            (Some("http://127.0.0.1:8081"), http),
            (Some("http://127.0.0.1:8080.evil.example"), http),
            (Some("null"), http),
            (None, http),
        ] {
            assert!(
                !is_same_origin(&headers(origin, host), scheme),
                "{origin:?}"
            );
        }
    }
}
