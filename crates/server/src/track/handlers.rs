//! `POST /api/v1/track`: public tracking. Nothing about the visitor is kept or logged.

use axum::extract::State;
use axum::Json;
use jne_core::awb::{self, Awb};
use jne_core::tracking::{TrackRequest, TrackResponse};

use crate::error::{ApiError, ApiJson};
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
    awb::parse_list(asked).map_err(|error| ApiError::Invalid {
        code: error.code(),
        message: error.to_string(),
    })
}
