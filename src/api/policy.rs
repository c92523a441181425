//! The privacy policy: versions, one version's text, and comparisons (computed by the server,
//! so the app carries no diff code).

use jne_core::lang::Lang;
use jne_core::policy::{Comparison, VersionList, VersionText};

use super::{get_json, ApiError};

/// `GET /api/v1/policy/versions`.
pub async fn versions() -> Result<VersionList, ApiError> {
    get_json("/api/v1/policy/versions").await
}

/// `GET /api/v1/policy/versions/{id}`: the Indonesian translation in `Lang::Id` when there is one.
pub async fn text(id: &str, lang: Lang) -> Result<VersionText, ApiError> {
    get_json(&format!(
        "/api/v1/policy/versions/{}?lang={}",
        encode(id),
        lang.tag()
    ))
    .await
}

/// `GET /api/v1/policy/compare/{from}/{to}`: the Indonesian translations in `Lang::Id` when
/// both versions have one.
pub async fn compare(from: &str, to: &str, lang: Lang) -> Result<Comparison, ApiError> {
    get_json(&format!(
        "/api/v1/policy/compare/{}/{}?lang={}",
        encode(from),
        encode(to),
        lang.tag()
    ))
    .await
}

/// Ids come from the address bar, so they are encoded before going into a path.
fn encode(id: &str) -> String {
    String::from(js_sys::encode_uri_component(id))
}
