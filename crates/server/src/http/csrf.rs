//! Cross-site request forgery: besides the SameSite=Strict cookie and JSON-only bodies, every
//! state change must come from a page of this very origin (the `Origin` header says so).

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::host::is_loopback_name;
use crate::error::ApiError;

/// Our own origin: `--public-origin` when the server runs behind a proxy (or on a public
/// address); otherwise the `Host` the browser asked for, when that names this machine, with
/// https when the server terminates TLS itself.
#[derive(Clone, Debug)]
pub enum OwnOrigin {
    Public(String),
    Host { scheme: &'static str },
}

impl OwnOrigin {
    pub fn new(tls: bool, public: Option<&str>) -> OwnOrigin {
        match public {
            Some(origin) => OwnOrigin::Public(origin.trim_end_matches('/').to_owned()),
            None => OwnOrigin::Host {
                scheme: if tls { "https" } else { "http" },
            },
        }
    }

    /// This site's origin as a request names it: the public origin, or `scheme://` + the
    /// `Host` header when that is a loopback name (any other host may be a DNS-rebinding
    /// page's); `None` then. State changes must come from it, and passkeys belong to it.
    pub fn of_request(&self, headers: &HeaderMap) -> Option<String> {
        match self {
            OwnOrigin::Public(public) => Some(public.clone()),
            OwnOrigin::Host { scheme } => headers
                .get(header::HOST)
                .and_then(|v| v.to_str().ok())
                .filter(|host| is_loopback_name(host))
                .map(|host| format!("{scheme}://{host}")),
        }
    }
}

pub async fn same_origin(State(own): State<OwnOrigin>, request: Request, next: Next) -> Response {
    if request.method() == Method::GET || request.method() == Method::HEAD {
        return next.run(request).await;
    }
    if !is_same_origin(request.headers(), &own) {
        return ApiError::CrossOrigin.into_response();
    }
    next.run(request).await
}

/// `Origin` is exactly [`OwnOrigin::of_request`]; a missing `Origin` (or `null`, as a
/// sandboxed frame or a redirect sends it) is refused, for a browser always sends one on POST.
fn is_same_origin(headers: &HeaderMap, own: &OwnOrigin) -> bool {
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    match (origin, own.of_request(headers)) {
        (Some(origin), Some(own)) => origin.eq_ignore_ascii_case(&own),
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
        let http = &OwnOrigin::new(false, None);
        let https = &OwnOrigin::new(true, None);
        let host = "127.0.0.1:8080";
        assert!(is_same_origin(
            &headers(Some("http://127.0.0.1:8080"), host),
            http
        ));
        assert!(is_same_origin(
            &headers(Some("https://localhost:8443"), "localhost:8443"),
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
        // A page on another name that resolves here (DNS rebinding) is not us.
        for (origin, host) in [
            ("http://evil.example:8080", "evil.example:8080"),
            ("http://jne.co.id", "jne.co.id"),
        ] {
            assert!(
                !is_same_origin(&headers(Some(origin), host), http),
                "{origin}"
            );
        }
    }

    #[test]
    fn behind_a_proxy_only_the_public_origin_counts_whatever_the_host() {
        let public = &OwnOrigin::new(false, Some("https://jlc.jne.co.id/"));
        let inner = "127.0.0.1:8080";
        assert!(is_same_origin(
            &headers(Some("https://jlc.jne.co.id"), inner),
            public
        ));
        for origin in [
            Some("http://127.0.0.1:8080"),
            Some("http://jlc.jne.co.id"),
            Some("https://jlc.jne.co.id.evil.example"),
            None,
        ] {
            assert!(
                !is_same_origin(&headers(origin, inner), public),
                "{origin:?}"
            );
        }
    }
}
