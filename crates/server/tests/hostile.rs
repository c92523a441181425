//! Hostile input on every API endpoint, over real HTTP: empty, oversized, NUL, invalid UTF-8,
//! control and bidi characters, markup, JSON of the wrong shape or type, duplicate keys, the
//! wrong content type, huge arrays and deep nesting. Each gets its own status with the typed
//! JSON error body, never a 5xx, never the payload back; and the server keeps serving.

mod common;

use common::raw::{self, RawAnswer};
use jne_core::api::ErrorBody;
use serde_json::{json, Value};

/// Every payload carries this word, so an echo of any of them is easy to find.
const MARK: &str = "HOSTILE";

/// Strings an attacker (or a broken client) puts where text is expected.
fn strings() -> Vec<(&'static str, String)> {
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
enum Body {
    None,
    /// With its Content-Length.
    Sized(Vec<u8>),
    /// Transfer-Encoding: chunked, no length up front.
    Chunked(Vec<u8>),
}

struct Case {
    what: String,
    method: &'static str,
    path: String,
    content_type: Option<&'static str>,
    body: Body,
    /// A signed-in member's cookie goes along.
    signed_in: bool,
    status: u16,
    /// The error code expected; `None`: any code (the rule's own, such as an AWB error).
    code: Option<&'static str>,
}

fn post(path: &str, what: impl Into<String>, body: Vec<u8>, status: u16) -> Case {
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
    fn code(mut self, code: &'static str) -> Case {
        self.code = Some(code);
        self
    }
    fn content_type(mut self, content_type: Option<&'static str>) -> Case {
        self.content_type = content_type;
        self
    }
    fn signed_in(mut self) -> Case {
        self.signed_in = true;
        self
    }
    fn chunked(mut self) -> Case {
        if let Body::Sized(bytes) = std::mem::replace(&mut self.body, Body::None) {
            self.body = Body::Chunked(bytes);
        }
        self
    }
}

/// The endpoints that read a JSON body, with a body of the right shape for each.
const JSON_ENDPOINTS: [(&str, &str); 10] = [
    ("/api/v1/track", r#"{"awbs":["0166231900105595"]}"#),
    (
        "/api/v1/jlc/login",
        r#"{"identifier":"JLC0012345678","password":"x"}"#,
    ),
    ("/api/v1/jlc/verify", r#"{"challenge":"x","code":"123456"}"#),
    ("/api/v1/jlc/resend", r#"{"challenge":"x"}"#),
    ("/api/v1/jlc/policy-ack", r#"{"version":"2025-01-01"}"#),
    (
        "/api/v1/jlc/signup",
        r#"{"name":"Siti","email":"siti@contoh.id","mobile":"081311112222","password":"naik ojek ke Bandung pagi"}"#,
    ),
    ("/api/v1/jlc/reset", r#"{"email":"siti@contoh.id"}"#),
    (
        "/api/v1/jlc/reset/complete",
        r#"{"challenge":"x","code":"123456","password":"naik ojek ke Bandung pagi"}"#,
    ),
    (
        "/api/v1/jlc/email",
        r#"{"password":"x","email":"siti@contoh.id"}"#,
    ),
    (
        "/api/v1/jlc/email/verify",
        r#"{"challenge":"x","code":"123456"}"#,
    ),
];

/// What every JSON endpoint must refuse before its handler runs.
fn body_cases(path: &str, good: &str) -> Vec<Case> {
    let mega = 1024 * 1024 + 1;
    let mut too_big = br#"{"awbs":[""#.to_vec();
    too_big.resize(mega, b'7');
    let deep = "[".repeat(30_000);
    let zeros = format!("[{}0]", "0,".repeat(20_000));
    let mut cases = vec![
        post(path, "empty body", vec![], 400).code("bad_json"),
        post(path, "no content type", good.into(), 415)
            .code("not_json")
            .content_type(None),
        post(path, "text/plain", good.into(), 415)
            .code("not_json")
            .content_type(Some("text/plain")),
        post(path, "a form", b"identifier=x&password=y".to_vec(), 415)
            .code("not_json")
            .content_type(Some("application/x-www-form-urlencoded")),
        post(path, "multipart", b"--x\r\n\r\n--x--".to_vec(), 415)
            .code("not_json")
            .content_type(Some("multipart/form-data; boundary=x")),
        post(
            path,
            "html",
            format!("<script>alert('{MARK}')</script>").into(),
            415,
        )
        .code("not_json")
        .content_type(Some("text/html")),
        post(path, "1 MB with its length", too_big.clone(), 413).code("too_large"),
        post(path, "1 MB chunked", too_big, 413)
            .code("too_large")
            .chunked(),
        post(
            path,
            "raw NUL in a string",
            b"{\"awbs\":[\"\0\0\"]}".to_vec(),
            400,
        )
        .code("bad_json"),
        post(path, "NUL before the JSON", b"\0{}".to_vec(), 400).code("bad_json"),
        post(
            path,
            "invalid UTF-8",
            b"{\"awbs\":[\"\xff\xfe\xc0\xaf\"],\"identifier\":\"\xed\xa0\x80\"}".to_vec(),
            400,
        )
        .code("bad_json"),
        post(path, "lone surrogate", br#"{"x":"\ud800"}"#.to_vec(), 400).code("bad_json"),
        post(
            path,
            "a byte order mark",
            [b"\xef\xbb\xbf", good.as_bytes()].concat(),
            400,
        )
        .code("bad_json"),
        post(
            path,
            "UTF-16",
            good.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            400,
        )
        .code("bad_json")
        .content_type(Some("application/json; charset=utf-16")),
        post(
            path,
            "markup after the JSON",
            format!("{good}<script>{MARK}</script>").into(),
            400,
        )
        .code("bad_json"),
        post(
            path,
            "markup as JSON",
            format!("<html><script>{MARK}</script>").into(),
            400,
        )
        .code("bad_json"),
        post(path, "an array", b"[]".to_vec(), 400).code("bad_json"),
        post(path, "null", b"null".to_vec(), 400).code("bad_json"),
        post(path, "a number", b"42".to_vec(), 400).code("bad_json"),
        post(path, "a string", format!("\"<b>{MARK}</b>\"").into(), 400).code("bad_json"),
        post(path, "an empty object", b"{}".to_vec(), 400).code("bad_json"),
        post(
            path,
            "a number out of range",
            br#"{"x":1e999999}"#.to_vec(),
            400,
        )
        .code("bad_json"),
        post(path, "30 000 levels deep", deep.into(), 400).code("bad_json"),
        post(path, "20 000 numbers", zeros.into(), 400).code("bad_json"),
    ];
    // Every field of the right body, given each wrong type in turn.
    let fields: serde_json::Map<String, Value> = serde_json::from_str(good).expect("good body");
    for name in fields.keys() {
        for (kind, wrong) in [
            ("a number", json!(123456)),
            ("an object", json!({"<b>": MARK})),
            ("a boolean", json!(true)),
            ("null", Value::Null),
            ("an array of numbers", json!(vec![0; 10_000])),
        ] {
            let mut body = fields.clone();
            // The track endpoint's one field is an array: an array of numbers is wrong there too.
            body.insert(name.clone(), wrong);
            cases.push(
                post(
                    path,
                    format!("{name} as {kind}"),
                    Value::Object(body).to_string().into(),
                    400,
                )
                .code("bad_json"),
            );
        }
        // The same key twice: serde refuses it rather than picking one silently.
        let twice = format!(
            "{{{},\"{name}\":{}}}",
            &good[1..good.len() - 1],
            fields[name]
        );
        cases.push(post(path, format!("{name} twice"), twice.into(), 400).code("bad_json"));
    }
    cases
}

/// Bodies of the right shape whose strings are hostile: each handler's own rule answers.
fn string_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (what, text) in strings() {
        let body = |value: Value| value.to_string().into_bytes();
        cases.push(post(
            "/api/v1/track",
            format!("track {what}"),
            body(json!({"awbs": [text]})),
            422,
        ));
        cases.push(
            post(
                "/api/v1/jlc/login",
                format!("login {what}"),
                // Both long would pass the body limit: the long one as the identifier only.
                body(json!({"identifier": text, "password": &text[..text.len().min(1_000)]})),
                401,
            )
            .code("invalid_credentials"),
        );
        cases.push(
            post(
                "/api/v1/jlc/verify",
                format!("verify {what}"),
                body(json!({"challenge": text, "code": &text[..text.len().min(1_000)]})),
                410,
            )
            .code("challenge_ended"),
        );
        cases.push(
            post(
                "/api/v1/jlc/resend",
                format!("resend {what}"),
                body(json!({"challenge": text})),
                410,
            )
            .code("challenge_ended"),
        );
        cases.push(
            post(
                "/api/v1/jlc/policy-ack",
                format!("policy-ack {what}"),
                body(json!({"version": text})),
                404,
            )
            .code("no_such_version")
            .signed_in(),
        );
        // Hostile text where an address belongs: the email rule refuses it.
        let short = &text[..text.len().min(1_000)];
        cases.push(post(
            "/api/v1/jlc/reset",
            format!("reset {what}"),
            body(json!({"email": short})),
            422,
        ));
        let sign_up = json!({"name": "Siti", "email": short, "mobile": "081311112222",
            "password": "naik ojek ke Bandung pagi"});
        cases.push(post(
            "/api/v1/jlc/signup",
            format!("signup {what}"),
            body(sign_up),
            422,
        ));
        cases.push(
            post(
                "/api/v1/jlc/reset/complete",
                format!("reset/complete {what}"),
                body(json!({"challenge": text, "code": short, "password": "naik ojek ke Bandung pagi"})),
                410,
            )
            .code("challenge_ended"),
        );
        cases.push(
            post(
                "/api/v1/jlc/policy-ack",
                format!("policy-ack {what}, signed out"),
                body(json!({"version": text})),
                401,
            )
            .code("not_signed_in"),
        );
    }
    // An identifier with an @ is checked as an email address: its rule's code, 422.
    for (what, identifier) in [
        ("markup", format!("<script>{MARK}</script>@evil.example")),
        ("bidi", format!("{MARK}\u{202E}@evil.example")),
        ("controls", format!("{MARK}\u{1}@evil.example")),
        ("two @", format!("{MARK}@@evil.example")),
    ] {
        let body = json!({"identifier": identifier, "password": "x"});
        cases.push(post(
            "/api/v1/jlc/login",
            format!("email identifier, {what}"),
            body.to_string().into(),
            422,
        ));
    }
    // An array longer than one search, each item hostile.
    let many = json!({"awbs": vec![format!("<i>{MARK}</i>"); 2_000]});
    cases.push(
        post(
            "/api/v1/track",
            "2 000 numbers",
            many.to_string().into(),
            422,
        )
        .code("too_many"),
    );
    cases
}

fn get(path: impl Into<String>, status: u16, code: &'static str) -> Case {
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

/// Paths, queries and methods: the GET endpoints and the ones that take no body.
fn path_cases() -> Vec<Case> {
    let version = "/api/v1/policy/versions";
    let compare = "/api/v1/policy/compare";
    let mut big_get = get("/api/v1/health", 413, "too_large");
    big_get.body = Body::Sized(vec![b'x'; 1024 * 1024 + 1]);
    let mut logout_big = post(
        "/api/v1/jlc/logout",
        "logout, 1 MB",
        vec![b'x'; 1024 * 1024 + 1],
        413,
    )
    .code("too_large");
    logout_big.content_type = Some("text/html");
    vec![
        get(
            format!("{version}/%3Cscript%3Ealert(1)%3C%2Fscript%3E{MARK}"),
            404,
            "no_such_version",
        ),
        get(format!("{version}/%00{MARK}%00"), 404, "no_such_version"),
        get(
            format!("{version}/%E2%80%AE{MARK}%E2%80%AC"),
            404,
            "no_such_version",
        ),
        get(format!("{version}/%FF%FE{MARK}"), 404, "no_such_version"),
        get(
            format!("{version}/{MARK}{}", "A".repeat(8_000)),
            404,
            "no_such_version",
        ),
        // Bytes that are not UTF-8 decode as U+FFFD: an unknown language, so the original.
        get(format!("{version}/2025-01-01?lang=%FF%FE"), 200, "-"),
        get(
            format!("{version}/2025-01-01?lang=id&lang=en"),
            400,
            "bad_query",
        ),
        get(
            format!("{compare}/%3Cb%3E{MARK}/2025-01-01"),
            404,
            "no_such_version",
        ),
        get(
            format!("{compare}/2022-06-01/%3Cb%3E{MARK}"),
            404,
            "no_such_version",
        ),
        get(format!("{compare}/%FF/%FE"), 404, "no_such_version"),
        get(format!("/api/v1/%3Cscript%3E{MARK}"), 404, "not_found"),
        get("/api/v1/track", 405, "method_not_allowed"),
        get("/api/v1/jlc/login", 405, "method_not_allowed"),
        big_get,
        logout_big,
        post(
            "/api/v1/jlc/logout-all",
            "logout-all with markup",
            format!("<script>{MARK}</script>").into(),
            401,
        )
        .code("not_signed_in")
        .content_type(Some("text/html")),
        post("/api/v1/health", "POST to health", b"{}".to_vec(), 405).code("method_not_allowed"),
    ]
}

/// A tag opening or closing: `<` before a letter, `/`, `!` or `?`. (One quoted “<” in an email
/// rule's message, naming the character that is not allowed, is not markup.)
fn has_markup(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || b"/!?".contains(&w[1])))
}

/// Sends `case` and checks its answer; a summary line for the failure report otherwise.
async fn run(base: &str, session: &str, case: &Case) -> Result<(), String> {
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

fn check(case: &Case, answer: &RawAnswer) -> Result<(), String> {
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

#[tokio::test]
async fn every_endpoint_refuses_hostile_input_with_a_typed_error_and_keeps_serving() {
    let server = common::start_with(true, &["--jlc-burst", "0", "--track-burst", "0"]).await;
    let session = common::member::sign_in(&server).await;
    let mut cases = Vec::new();
    for (path, good) in JSON_ENDPOINTS {
        cases.extend(body_cases(path, good));
    }
    cases.extend(string_cases());
    cases.extend(path_cases());
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
    assert!(cases.len() > 200, "{} cases", cases.len());

    // Still serving, and still the same site: health, a real search, the member's session.
    let client = common::client();
    let health = client
        .get(server.url("/api/v1/health"))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200);
    let (status, body, _) = common::jlc::post(
        &client,
        &server.base,
        "/api/v1/track",
        json!({"awbs": ["0166231900105595"]}),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(common::member::me(&server, &session).await, 200);
    server.stop().await;
}

#[tokio::test]
async fn hostile_cookies_are_no_session_and_no_error() {
    let server = common::start_with(true, &["--jlc-burst", "0"]).await;
    let long = "A".repeat(8_000);
    let cookies: Vec<Vec<u8>> = vec![
        format!("__Host-jne_session=<script>{MARK}</script>").into(),
        format!("__Host-jne_session={long}").into(),
        b"__Host-jne_session=\xff\xfe\x80".to_vec(),
        b"__Host-jne_session=".to_vec(),
        b"__Host-jne_session".to_vec(),
        format!(
            "a=1; __Host-jne_session=x; __Host-jne_session=y; {}",
            "b=2; ".repeat(500)
        )
        .into(),
        b";;;;===;;".to_vec(),
    ];
    for cookie in cookies {
        let head = [
            b"GET /api/v1/jlc/me HTTP/1.1\r\nCookie: ".as_slice(),
            &cookie,
        ]
        .concat();
        let answer = raw::send_bytes(&server.base, &head, &[]).await;
        assert_eq!(answer.status, 401, "{:?}", String::from_utf8_lossy(&cookie));
        let error: ErrorBody = serde_json::from_slice(&answer.body).expect("typed error");
        assert_eq!(error.error, "not_signed_in");
        assert!(!String::from_utf8_lossy(&answer.body).contains(MARK));
    }
    let health = common::client()
        .get(server.url("/api/v1/health"))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200);
    server.stop().await;
}
