//! `POST /api/v1/track`: public tracking. Nothing about the visitor is kept or logged.

use axum::extract::State;
use axum::Json;
use jne_core::awb::{self, Awb, MAX_PER_SEARCH};
use jne_core::tracking::{TrackRequest, TrackResponse};

use super::error::{ApiError, ApiJson};
use crate::AppState;

pub async fn track(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<TrackRequest>,
) -> Result<Json<TrackResponse>, ApiError> {
    let awbs = checked(&request.awbs)?;
    let results = state.tracking.track(awbs).await;
    Ok(Json(TrackResponse { results }))
}

/// The server checks again what the app checked: the same rule, from `jne_core::awb`.
fn checked(asked: &[String]) -> Result<Vec<Awb>, ApiError> {
    if asked.is_empty() {
        return Err(ApiError::Invalid {
            code: "no_awb",
            message: "give at least one AWB number".to_owned(),
        });
    }
    if asked.len() > MAX_PER_SEARCH {
        return Err(ApiError::Invalid {
            code: "too_many",
            message: format!("at most {MAX_PER_SEARCH} AWB numbers per search"),
        });
    }
    asked
        .iter()
        .enumerate()
        .map(|(index, token)| {
            awb::parse(token).map_err(|error| ApiError::Invalid {
                code: error.code(),
                message: format!("awbs[{index}] is not an AWB number ({})", error.code()),
            })
        })
        .collect()
}
