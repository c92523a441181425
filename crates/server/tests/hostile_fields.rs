//! Hostile text where text belongs, over real HTTP: markup, control and bidi characters,
//! NUL, 50 KB strings in every field of every endpoint, and hostile paths, queries and methods.
//! Each handler's own rule answers with its typed error, never the payload back.

mod common;

use common::hostile::{get, post, run_all, strings, Body, Case, MARK};
use serde_json::{json, Value};

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

#[tokio::test]
async fn hostile_text_in_every_field_and_path_gets_the_rules_own_answer() {
    let mut cases = string_cases();
    cases.extend(path_cases());
    assert!(cases.len() > 100, "{} cases", cases.len());
    run_all(cases).await;
}
