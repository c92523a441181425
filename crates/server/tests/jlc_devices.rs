//! The sessions a member can see, over real HTTP: each with its device family and times (no
//! User-Agent and no address stored), this device marked, one or all others ended; and a
//! notice to the member's address for a sign-in from a device family new to the account.

mod common;

use common::jlc::{login, me, newest_code, post, verify};
use common::TestServer;
use reqwest::StatusCode;
use serde_json::{json, Value};

const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 \
    (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const WINDOWS_FIREFOX: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

fn browser(agent: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(agent)
        .build()
        .expect("client")
}

/// Both layers from a browser with this User-Agent; its session cookie.
async fn sign_in(server: &TestServer, client: &reqwest::Client) -> String {
    let challenge = login(client, &server.base).await;
    verify(
        client,
        &server.base,
        &challenge,
        &newest_code(&server.data),
        None,
    )
    .await
}

async fn sessions(server: &TestServer, cookie: &str) -> Value {
    let answer = common::client()
        .get(server.url("/api/v1/jlc/sessions"))
        .header("cookie", cookie)
        .send()
        .await
        .expect("sessions");
    assert_eq!(answer.status(), StatusCode::OK);
    answer.json().await.expect("json")
}

fn notices(server: &TestServer) -> Vec<String> {
    common::member::outbox(server)
        .into_iter()
        .filter(|m| m.contains("perangkat baru"))
        .collect()
}

#[tokio::test]
async fn a_member_sees_where_they_are_signed_in_and_ends_one_or_all_others() {
    let server = common::member::server().await;
    let (phone, laptop) = (browser(ANDROID_CHROME), browser(WINDOWS_FIREFOX));

    let first = sign_in(&server, &phone).await;
    let list = sessions(&server, &first).await;
    let list = list["sessions"].as_array().expect("sessions");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["device"], "chrome/android");
    assert_eq!(list[0]["current"], true);
    let first_id = list[0]["id"].clone();
    assert!(
        list[0]["started"].as_str().is_some_and(|t| t.len() == 16),
        "{list:?}"
    );
    assert!(
        notices(&server).is_empty(),
        "the account's first device is no news"
    );

    let second = sign_in(&server, &laptop).await;
    let notice = notices(&server);
    assert_eq!(notice.len(), 1, "a new device family is told");
    assert!(notice[0].contains("Firefox di Windows") && notice[0].contains("Firefox on Windows"));
    assert!(
        !notice[0].contains("rv:133.0"),
        "never the User-Agent itself"
    );
    let third = sign_in(&server, &phone).await;
    assert_eq!(
        notices(&server).len(),
        1,
        "a known family is not told again"
    );

    let list = sessions(&server, &second).await;
    let list = list["sessions"].as_array().expect("sessions").clone();
    assert_eq!(list.len(), 3);
    let current: Vec<&Value> = list.iter().filter(|s| s["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["device"], "firefox/windows");
    for session in &list {
        let id = session["id"].as_str().expect("id");
        assert_eq!(id.len(), 24);
        assert!(!first.contains(id) && !second.contains(id) && !third.contains(id));
    }

    // The laptop ends the phone's first session (the id that session saw as its own).
    let phone_first = first_id;
    let (status, body, _) = post(
        &common::client(),
        &server.base,
        "/api/v1/jlc/sessions/end",
        json!({"id": phone_first}),
        Some(&second),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["sessions"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        me(&common::client(), &server.base, &first).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        me(&common::client(), &server.base, &third).await,
        StatusCode::OK
    );

    // The phone ends every other.
    let (status, body, _) = post(
        &common::client(),
        &server.base,
        "/api/v1/jlc/sessions/end-others",
        json!({}),
        Some(&third),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["sessions"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        me(&common::client(), &server.base, &second).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        me(&common::client(), &server.base, &third).await,
        StatusCode::OK
    );

    // Someone else's session id ends nothing; without a session there is no list.
    let (status, _, _) = post(
        &common::client(),
        &server.base,
        "/api/v1/jlc/sessions/end",
        json!({"id": "000000000000000000000000"}),
        Some(&third),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        me(&common::client(), &server.base, &third).await,
        StatusCode::OK
    );
    let anonymous = common::client()
        .get(server.url("/api/v1/jlc/sessions"))
        .send()
        .await
        .expect("sessions");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    // Of a User-Agent, the database keeps the family only.
    let db = jne_server::db::open(&server.database).await.expect("db");
    let stored: Vec<String> = sqlx::query_scalar(
        "SELECT device FROM sessions UNION ALL SELECT device FROM member_devices",
    )
    .fetch_all(&db)
    .await
    .expect("devices");
    assert!(!stored.is_empty());
    for device in stored {
        assert!(
            device == "chrome/android" || device == "firefox/windows",
            "{device}"
        );
    }
    db.close().await;
    server.stop().await;
}
