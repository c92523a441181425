//! `GET /api/v1/policy/…`: the versions, one version's text, and the comparison of two.
//! Comparisons are computed here (jne_core's `diff`), so the app does not carry `similar`.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::Json;
use jne_core::policy::{Comparison, VersionList, VersionText};
use serde::Deserialize;

use crate::error::ApiError;
use crate::AppState;

pub async fn versions(State(state): State<AppState>) -> Json<VersionList> {
    Json(state.policy.list(&state.today.date()))
}

#[derive(Deserialize)]
pub struct TextQuery {
    /// `id` for the Indonesian translation(s) when there are; the original otherwise.
    lang: Option<String>,
}

pub async fn version(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    query: Result<Query<TextQuery>, QueryRejection>,
) -> Result<Json<VersionText>, ApiError> {
    // An id that is not even UTF-8 names no version; a query that cannot be read is refused.
    let Path(id) = id.map_err(|_| ApiError::NoSuchVersion(String::new()))?;
    let Query(query) = query.map_err(|_| ApiError::BadQuery)?;
    let lang = query.lang.as_deref().unwrap_or("en");
    match state.policy.text(&id, lang, &state.today.date()) {
        Some(text) => Ok(Json(text)),
        None => Err(ApiError::NoSuchVersion(id)),
    }
}

pub async fn compare(
    State(state): State<AppState>,
    ids: Result<Path<(String, String)>, PathRejection>,
    query: Result<Query<TextQuery>, QueryRejection>,
) -> Result<Json<Comparison>, ApiError> {
    let Path((from, to)) = ids.map_err(|_| ApiError::NoSuchVersion(String::new()))?;
    let Query(query) = query.map_err(|_| ApiError::BadQuery)?;
    let lang = query.lang.as_deref().unwrap_or("en");
    let today = state.today.date();
    if let Some(unknown) = [&from, &to]
        .into_iter()
        .find(|id| state.policy.info(id, &today).is_none())
    {
        return Err(ApiError::NoSuchVersion(unknown.clone()));
    }
    state
        .policy
        .compare(&from, &to, lang, &today)
        .map(Json)
        .ok_or(ApiError::NoSuchVersion(from))
}
