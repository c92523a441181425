//! Public tracking.

use jne_core::tracking::{TrackRequest, TrackResponse};

use super::{post_json, ApiError};

/// `POST /api/v1/track`.
pub async fn track(awbs: Vec<String>) -> Result<TrackResponse, ApiError> {
    post_json("/api/v1/track", &TrackRequest { awbs }).await
}
