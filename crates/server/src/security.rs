//! Security headers on every response, and the CSP that lets exactly our own scripts run.

use axum::extract::Request;
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The CSP for the built app. Trunk's loader is an inline module script and the stylesheet is
/// inlined (so the first paint waits for no request), so both are allowed by their hashes;
/// nothing else inline runs, and `'wasm-unsafe-eval'` lets the browser compile wasm.
pub fn content_security_policy(index_html: &str) -> String {
    let scripts = hashes(inline_bodies(index_html, "script"));
    let styles = hashes(inline_bodies(index_html, "style"));
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'{styles}; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
    )
}

/// `'sha256-…'` of each body, each once (the bundles share their stylesheet), each with a
/// space before it.
fn hashes(bodies: Vec<&str>) -> String {
    let mut seen = Vec::new();
    for body in bodies {
        let digest = Sha256::digest(body.as_bytes());
        let source = format!(
            " 'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        if !seen.contains(&source) {
            seen.push(source);
        }
    }
    seen.concat()
}

/// The bodies of `<script>` or `<style>` elements without a `src`, exactly as the browser
/// hashes them.
fn inline_bodies<'a>(html: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    html.split(open.as_str())
        .skip(1)
        .filter_map(|rest| {
            let open_end = rest.find('>')?;
            let attributes = &rest[..open_end];
            // `<styles…>` or `<scripts…>` would be another element.
            let is_tag = attributes.is_empty() || attributes.starts_with([' ', '\t', '\n']);
            if !is_tag || attributes.contains("src=") {
                return None;
            }
            let body = &rest[open_end + 1..];
            Some(&body[..body.find(close.as_str())?])
        })
        .collect()
}

const CORP: &str = "cross-origin-resource-policy";

const FIXED: [(&str, &str); 7] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    (CORP, "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    ),
    ("x-permitted-cross-domain-policies", "none"),
];

/// What the headers depend on, fixed at start.
#[derive(Clone)]
pub struct HeaderSettings {
    pub csp: std::sync::Arc<str>,
    /// Served over TLS: only then is HSTS sent (a browser ignores it over http anyway, and
    /// on localhost it would pin the name to https for every other local project).
    pub hsts: bool,
}

/// One year, and every subdomain: what Mozilla Observatory asks for.
const HSTS: &str = "max-age=31536000; includeSubDomains";

/// Adds the headers of DESIGN.md to every response, and `no-store` to every API answer.
pub async fn headers(
    axum::extract::State(settings): axum::extract::State<HeaderSettings>,
    request: Request,
    next: Next,
) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    set(headers, header::CONTENT_SECURITY_POLICY, &settings.csp);
    if settings.hsts {
        set(headers, header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    for (name, value) in FIXED {
        set(headers, HeaderName::from_static(name), value);
    }
    // What CORS shares with a host page (the embedded module) is not held back by CORP.
    if headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN) {
        set(headers, HeaderName::from_static(CORP), "cross-origin");
    }
    if is_api {
        set(headers, header::CACHE_CONTROL, "no-store");
    }
    response
}

fn set(headers: &mut HeaderMap, name: HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_each_inline_script_and_skips_external_ones() {
        let html = r#"<script src="/a.js"></script><script type="module">init()</script>"#;
        let csp = content_security_policy(html);
        // echo -n 'init()' | openssl dgst -sha256 -binary | base64
        assert!(
            csp.contains("'sha256-w4ujnOpjBoH2vcasx+reJRUwYivG8Q3afx/XevGJod8='"),
            "{csp}"
        );
        assert_eq!(csp.matches("'sha256-").count(), 1);
    }

    #[test]
    fn allows_the_inlined_stylesheet_by_its_hash_and_no_other_style() {
        let html = "<style>p{}</style><stylesheet>x</stylesheet><script>init()</script>";
        let csp = content_security_policy(html);
        // echo -n 'p{}' | openssl dgst -sha256 -binary | base64
        let style_src = csp
            .split(';')
            .find(|d| d.trim().starts_with("style-src"))
            .unwrap();
        assert_eq!(
            style_src.trim(),
            "style-src 'self' 'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='",
            "{csp}"
        );
    }

    #[test]
    fn names_a_stylesheet_the_bundles_share_once() {
        let html = "<style>p{}</style><script>a()</script>".repeat(3);
        let csp = content_security_policy(&html);
        assert_eq!(csp.matches("'sha256-").count(), 2, "{csp}");
    }

    #[test]
    fn never_allows_inline_code_or_eval() {
        let csp = content_security_policy("<script>x</script>");
        assert!(!csp.contains("'unsafe-inline'"));
        assert!(!csp.contains("'unsafe-eval'"));
        assert!(csp.contains("default-src 'none'"));
        assert!(csp.contains("frame-ancestors 'none'"));
    }
}
