//! The host a request names: one `Host` header, which an absolute-form request line
//! (`GET http://host/path`) must agree with. Anything else is refused (400), for two hosts
//! in one request are how a cache or a proxy in front is made to disagree with us.

use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

pub async fn one_host(request: Request, next: Next) -> Response {
    let mut hosts = request.headers().get_all(header::HOST).iter();
    let host = hosts.next();
    if hosts.next().is_some() {
        return ApiError::BadRequest.into_response();
    }
    if let Some(target) = request.uri().authority() {
        let agrees = host
            .and_then(|h| h.to_str().ok())
            .is_some_and(|h| h.eq_ignore_ascii_case(target.as_str()));
        if !agrees {
            return ApiError::BadRequest.into_response();
        }
    }
    next.run(request).await
}

/// Whether `host` (a `Host` header or an origin's host, with or without a port) names this
/// machine: `localhost` (and its subdomains), 127.0.0.0/8 or `[::1]`. Nothing else can be
/// trusted as ours without `--public-origin`: a page on any other name may have reached us by
/// DNS rebinding.
pub fn is_loopback_name(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(bracketed) => match bracketed.split_once(']') {
            Some((name, rest)) if rest.is_empty() || is_port(rest) => name,
            _ => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
            Some(_) => return false,
            None => host,
        },
    };
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn is_port(rest: &str) -> bool {
    rest.strip_prefix(':')
        .is_some_and(|port| !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::is_loopback_name;

    #[test]
    fn only_names_of_this_machine_are_loopback() {
        for ours in [
            "localhost",
            "localhost:8080",
            "LOCALHOST:1",
            "app.localhost:8080",
            "127.0.0.1",
            "127.0.0.1:8080",
            "127.1.2.3:80",
            "[::1]",
            "[::1]:8080",
        ] {
            assert!(is_loopback_name(ours), "{ours}");
        }
        for theirs in [
            "evil.example:8080",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "10.0.0.1:8080",
            "[::2]:80",
            "[::1]x",
            "localhost:80x",
            "",
        ] {
            assert!(!is_loopback_name(theirs), "{theirs}");
        }
    }
}
