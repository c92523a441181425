//! What a signed-in member sees of their account, and every field held about them.

use jne_core::awb;
use jne_core::jlc::rights::{
    ConsentPurpose, ConsentRecord, PastEmail, RequestKind, RightsRequest, ANSWER_WITHIN_HOURS,
};
use jne_core::jlc::{
    mask_email, mask_phone, HeldField, Member, MemberAnswer, MemberShipment, PolicyAck,
};
use jne_core::policy::date::jakarta_date;
use jne_core::tracking::Outcome;
use jne_core::wire::Names;

use super::store;
use crate::error::ApiError;
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
    let policy_acks = store::acknowledgements(&state.db, member_id)
        .await?
        .into_iter()
        .map(|(version, at)| PolicyAck {
            version,
            at: jakarta_time(at),
        })
        .collect();
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
            row.last_sign_in.map(jakarta_time).unwrap_or_default(),
        ),
        ("sessions", sessions.to_string()),
    ]
    .into_iter()
    .map(|(field, value)| HeldField {
        field: field.to_owned(),
        value,
    })
    .collect();
    let consents = store::consents(&state.db, member_id)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(ConsentRecord {
                purpose: ConsentPurpose::named(&row.purpose)?,
                given: row.given,
                at: jakarta_time(row.at),
                policy_version: row.policy_version,
            })
        })
        .collect();
    let requests = store::requests(&state.db, member_id)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some(RightsRequest {
                kind: RequestKind::named(&row.kind)?,
                made: jakarta_time(row.made_at),
                done: row.done_at.map(jakarta_time),
                answer_by: jakarta_time(row.made_at + ANSWER_WITHIN_HOURS * 3600),
            })
        })
        .collect();
    let past_emails = store::past_emails(&state.db, member_id)
        .await?
        .into_iter()
        .map(|(masked, until)| PastEmail {
            masked,
            until: jakarta_time(until),
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
            policy_acks,
            consents,
            requests,
            past_emails,
            anonymised_if_closed_on: state.retention.anonymised_on(state.clock.now()),
        },
    })
}

/// Unix seconds as `YYYY-MM-DDTHH:MM` in Western Indonesian Time (UTC+7), like every other
/// time the member sees.
pub(crate) fn jakarta_time(unix_seconds: i64) -> String {
    let local = unix_seconds + 7 * 60 * 60;
    let minutes = local.rem_euclid(86_400) / 60;
    format!(
        "{}T{:02}:{:02}",
        jakarta_date(unix_seconds),
        minutes / 60,
        minutes % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_are_shown_in_jakarta() {
        // 2026-11-25 00:30 UTC is 07:30 in Jakarta.
        assert_eq!(super::jakarta_time(1_795_566_600), "2026-11-25T07:30");
    }
}
