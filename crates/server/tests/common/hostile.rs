//! Hostile requests as cases: what is sent, and what must come back (the right status, a
//! typed JSON error, no echo of the payload, no 5xx). Shared by `hostile.rs` and
//! `hostile_fields.rs`.

use jne_core::api::ErrorBody;

use super::raw::{self, RawAnswer};

/// Every payload carries this word, so an echo of any of them is easy to find.
pub const MARK: &str = "HOSTILE";

/// Strings an attacker (or a broken client) puts where text is expected.
pub fn strings() -> Vec<(&'static str, String)> {
    vec![
        ("script", format!("<script>alert('{MARK}')</script>")),
        ("img", format!("\"><img src=x onerror=alert('{MARK}')>")),
        ("svg", format!("<svg/onload=alert(`{MARK}`)>")),
        (
            "bidi",
            format!("\u{202E}{MARK}\u{202C}\u{2066}txt.exe\u{2069}"),
        ),
        (
            "controls",
            format!("\u{1}\u{7}\u{1b}[31m{MARK}\u{8}\u{7f}\r\n"),
        ),
        ("nul", format!("\u{0}{MARK}\u{0}")),
        ("zero width", format!("{MARK}\u{200B}\u{FEFF}")),
        ("long", format!("{MARK}{}", "A".repeat(50_000))),
        ("sql", format!("' OR 1=1; DROP TABLE members; -- {MARK}")),
        ("blank", "   ".to_owned()),
    ]
}

/// How a body travels.
pub enum Body {
    None,
    /// With its Content-Length.
    Sized(Vec<u8>),
    /// Transfer-Encoding: chunked, no length up front.
    Chunked(Vec<u8>),
}

pub struct Case {
    pub what: String,
    pub method: &'static str,
    pub path: String,
    pub content_type: Option<&'static str>,
    pub body: Body,
    /// A signed-in member's cookie goes along.
    pub signed_in: bool,
    pub status: u16,
    /// The error code expected; `None`: any code (the rule's own, such as an AWB error).
    pub code: Option<&'static str>,
}

pub fn post(path: &str, what: impl Into<String>, body: Vec<u8>, status: u16) -> Case {
    Case {
        what: what.into(),
        method: "POST",
        path: path.to_owned(),
        content_type: Some("application/json"),
        body: Body::Sized(body),
        signed_in: false,
        status,
        code: None,
    }
}

impl Case {
    pub fn code(mut self, code: &'static str) -> Case {
        self.code = Some(code);
        self
    }
    pub fn content_type(mut self, content_type: Option<&'static str>) -> Case {
        self.content_type = content_type;
        self
    }
    pub fn signed_in(mut self) -> Case {
        self.signed_in = true;
        self
    }
    pub fn chunked(mut self) -> Case {
        if let Body::Sized(bytes) = std::mem::replace(&mut self.body, Body::None) {
            self.body = Body::Chunked(bytes);
        }
        self
    }
}

pub fn get(path: impl Into<String>, status: u16, code: &'static str) -> Case {
    let path = path.into();
    Case {
        what: format!("GET {}", path.chars().take(80).collect::<String>()),
        method: "GET",
        path,
        content_type: None,
        body: Body::None,
        signed_in: false,
        status,
        code: Some(code),
    }
}

/// A tag opening or closing: `<` before a letter, `/`, `!` or `?`. (One quoted “<” in an email
/// rule's message, naming the character that is not allowed, is not markup.)
pub fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || b"/!?".contains(&w[1])))
}

/// Sends `case` and checks its answer; a summary line for the failure report otherwise.
pub async fn run(base: &str, session: &str, case: &Case) -> Result<(), String> {
    let mut head = format!("{} {} HTTP/1.1\r\nOrigin: {base}", case.method, case.path);
    if let Some(content_type) = case.content_type {
        head.push_str(&format!("\r\nContent-Type: {content_type}"));
    }
    if case.signed_in {
        head.push_str(&format!("\r\nCookie: {session}"));
    }
    let body = match &case.body {
        Body::None => Vec::new(),
        Body::Sized(bytes) => {
            head.push_str(&format!("\r\nContent-Length: {}", bytes.len()));
            bytes.clone()
        }
        Body::Chunked(bytes) => {
            head.push_str("\r\nTransfer-Encoding: chunked");
            raw::chunked(bytes)
        }
    };
    let answer = raw::send(base, &head, &body).await;
    check(case, &answer).map_err(|why| {
        format!(
            "{} {} ({}): {why}; got {} {}",
            case.method,
            case.path.chars().take(60).collect::<String>(),
            case.what,
            answer.status,
            String::from_utf8_lossy(&answer.body)
                .chars()
                .take(200)
                .collect::<String>()
        )
    })
}

pub fn check(case: &Case, answer: &RawAnswer) -> Result<(), String> {
    if answer.status >= 500 {
        return Err("a server error".into());
    }
    if answer.status != case.status {
        return Err(format!("expected {}", case.status));
    }
    if answer.header("content-type") != Some("application/json") {
        return Err(format!(
            "content type {:?}, not JSON",
            answer.header("content-type")
        ));
    }
    if answer.header("x-content-type-options") != Some("nosniff") {
        return Err("no nosniff".into());
    }
    if answer.header("cache-control") != Some("no-store") {
        return Err("cacheable".into());
    }
    let text = std::str::from_utf8(&answer.body).map_err(|_| "a body that is not UTF-8")?;
    // Nothing sent comes back: not the marker, not markup, not a raw control or bidi character.
    if text.contains(MARK) || has_markup(text) {
        return Err("the payload echoed".into());
    }
    if let Some(c) = text.chars().find(|c| {
        c.is_control() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }) {
        return Err(format!("a raw {c:?} in the answer"));
    }
    if case.status < 400 {
        return Ok(());
    }
    let error: ErrorBody =
        serde_json::from_str(text).map_err(|e| format!("not an ErrorBody: {e}"))?;
    if error.error.is_empty() || error.message.is_empty() {
        return Err("an empty error code or message".into());
    }
    match case.code {
        Some(code) if error.error != code => Err(format!("expected code {code}")),
        _ => Ok(()),
    }
}

/// Runs every case on a server with the demo data and a signed-in member, then checks the
/// server still serves the same site: health, a real search, the member's session.
pub async fn run_all(cases: Vec<Case>) {
    let server = super::start_with(true, &["--jlc-burst", "0", "--track-burst", "0"]).await;
    let session = super::member::sign_in(&server).await;
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(failure) = run(&server.base, &session, case).await {
            failures.push(failure);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    let client = super::client();
    let health = client
        .get(server.url("/api/v1/health"))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200);
    let (status, body, _) = super::jlc::post(
        &client,
        &server.base,
        "/api/v1/track",
        serde_json::json!({"awbs": ["0166231900105595"]}),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(super::member::me(&server, &session).await, 200);
    server.stop().await;
}
