//! What a signed-in member sees of their account, and every field held about them.

use jne_core::awb;
use jne_core::jlc::{mask_email, mask_phone, HeldField, Member, MemberAnswer, MemberShipment};
use jne_core::tracking::Outcome;

use super::store;
use crate::http::ApiError;
use crate::AppState;

pub async fn answer(state: &AppState, member_id: i64) -> Result<MemberAnswer, ApiError> {
    let row = store::member_by_id(&state.db, member_id)
        .await?
        .ok_or(ApiError::NotSignedIn)?;
    let awbs = store::member_shipments(&state.db, member_id).await?;
    let awbs: Vec<awb::Awb> = awbs.iter().filter_map(|a| awb::parse(a).ok()).collect();
    let shipments = state
        .tracking
        .track(awbs)
        .await
        .into_iter()
        .filter(|result| result.outcome == Outcome::Found)
        .filter_map(|result| result.shipment)
        .map(|s| MemberShipment {
            awb: s.awb.to_string(),
            status: s.status,
            destination: s.destination,
            shipped_at: s.shipped_at,
        })
        .collect();
    let sessions = store::session_count(&state.db, member_id).await?;
    let held = [
        ("jlc_number", row.jlc_number.clone()),
        ("name", row.name.clone()),
        ("email", row.email.clone()),
        ("mobile", row.mobile.clone()),
        ("member_since", row.member_since.clone()),
        ("points", row.points.to_string()),
        ("tier", row.tier.clone()),
        (
            "last_sign_in",
            row.last_sign_in.map(|t| t.to_string()).unwrap_or_default(),
        ),
        ("sessions", sessions.to_string()),
    ]
    .into_iter()
    .map(|(field, value)| HeldField {
        field: field.to_owned(),
        value,
    })
    .collect();
    Ok(MemberAnswer {
        member: Member {
            jlc_number: row.jlc_number,
            name: row.name,
            email_masked: mask_email(&row.email),
            mobile_masked: mask_phone(&row.mobile),
            points: row.points.max(0) as u32,
            tier: row.tier,
            member_since: row.member_since,
            shipments,
            held,
        },
    })
}
