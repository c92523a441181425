//! JNE's tracing API: `POST {base}/tracing/api/list/v1/cnote/{AWB}` with the server's
//! credentials as form fields. The credentials never leave the server.

use std::time::Duration;

use jne_core::awb::Awb;

use super::LookupError;

/// How to reach JNE's tracing API.
#[derive(Clone)]
pub struct JneSettings {
    pub base_url: String,
    pub username: String,
    pub api_key: String,
    pub timeout: Duration,
}

impl std::fmt::Debug for JneSettings {
    // The key never goes to a log, even by a careless `{:?}`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JneSettings")
            .field("base_url", &self.base_url)
            .field("username", &self.username)
            .field("api_key", &"<hidden>")
            .field("timeout", &self.timeout)
            .finish()
    }
}

pub struct JneClient {
    settings: JneSettings,
    http: reqwest::Client,
}

impl JneClient {
    pub fn new(settings: JneSettings) -> Result<JneClient, reqwest::Error> {
        let http = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(JneClient { settings, http })
    }

    /// JNE's answer body for one number. JNE says "not found" in the body, sometimes with a
    /// 4xx status, so any 2xx or 404 body goes to the parser; other statuses are failures.
    pub async fn answer(&self, awb: &Awb) -> Result<Option<String>, LookupError> {
        let url = format!(
            "{}/tracing/api/list/v1/cnote/{}",
            self.settings.base_url.trim_end_matches('/'),
            awb.as_str()
        );
        let form = [
            ("username", self.settings.username.as_str()),
            ("api_key", self.settings.api_key.as_str()),
        ];
        let response = self
            .http
            .post(url)
            .form(&form)
            .send()
            .await
            .map_err(network)?;
        let status = response.status();
        if !(status.is_success() || status == reqwest::StatusCode::NOT_FOUND) {
            return Err(LookupError::Status(status.as_u16()));
        }
        let body = response.text().await.map_err(network)?;
        Ok(Some(body))
    }
}

fn network(error: reqwest::Error) -> LookupError {
    if error.is_timeout() {
        LookupError::Timeout
    } else {
        // Without the URL: it holds the number (P4).
        LookupError::Network(error.without_url().to_string())
    }
}
