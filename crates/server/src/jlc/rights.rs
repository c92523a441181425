//! A member's rights over their data (UU PDP), signed in: a copy of everything held, as JSON
//! (`GET /api/v1/jlc/me/export`); name and mobile corrected, the password asked again
//! (`POST …/me/profile`); a consent given or withdrawn, each one click (`POST …/me/consents`);
//! and the account closed, the password again and then a code to the address (`POST …/me/close`,
//! `POST …/me/close/confirm`). Each is recorded as a request, done at once.

use axum::extract::State;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use jne_core::jlc::account::{check_name, normalize_mobile};
use jne_core::jlc::rights::{
    CloseRequest, Closed, ConsentChange, ConsentRecord, PastEmail, ProfileCorrection, RequestKind,
    RightsRequest,
};
use jne_core::jlc::{ChallengeSent, MemberAnswer, MemberShipment, PolicyAck, VerifyRequest};
use jne_core::wire::Names;
use serde::Serialize;

use super::challenge::{self, Recipient};
use super::member::{self, jakarta_time};
use super::purpose::Purpose;
use super::{mail, session, store};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

/// The copy of everything held about a member (`GET /api/v1/jlc/me/export`), machine-readable;
/// README's "A member's data" names each field. Times are `YYYY-MM-DDTHH:MM` in WIB.
#[derive(Serialize)]
pub struct Export {
    /// `jne-jlc-export/1`: this shape.
    pub format: &'static str,
    pub exported_at: String,
    pub profile: Profile,
    /// Addresses the account had before, masked, the newest first.
    pub past_emails: Vec<PastEmail>,
    /// Where the member is signed in: device family (`chrome/android`) and times only.
    pub sessions: Vec<ExportSession>,
    /// Every device family the account has signed in from, with when first.
    pub device_families: Vec<DeviceFamilySeen>,
    /// The passkeys the member added: the name they gave, when added and last used (never
    /// the key itself).
    pub passkeys: Vec<ExportPasskey>,
    pub policy_acknowledgements: Vec<PolicyAck>,
    pub consents: Vec<ConsentRecord>,
    pub requests: Vec<RightsRequest>,
    pub shipments: Vec<MemberShipment>,
}

#[derive(Serialize)]
pub struct Profile {
    pub jlc_number: String,
    pub name: String,
    pub email: String,
    pub mobile: String,
    pub points: i64,
    pub tier: String,
    pub member_since: String,
    pub last_sign_in: Option<String>,
}

#[derive(Serialize)]
pub struct ExportSession {
    pub device: String,
    pub started: String,
    pub last_used: String,
}

#[derive(Serialize)]
pub struct ExportPasskey {
    pub name: String,
    pub added: String,
    pub last_used: Option<String>,
}

#[derive(Serialize)]
pub struct DeviceFamilySeen {
    pub device: String,
    pub first_seen: String,
}

/// `GET /api/v1/jlc/me/export`: a download (`jlc-data-YYYY-MM-DD.json`), never cached.
pub async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (member_id, _) = session::current(&state, &headers).await?;
    let now = state.clock.now();
    // Recorded first, so the copy lists itself among the requests.
    store::record_request(&state.db, member_id, RequestKind::Copy, now).await?;
    let row = store::member_by_id(&state.db, member_id)
        .await?
        .ok_or(ApiError::NotSignedIn)?;
    let answer = member::answer(&state, member_id).await?.member;
    let sessions = store::sessions_of(&state.db, member_id)
        .await?
        .into_iter()
        .map(|s| ExportSession {
            device: s.device,
            started: jakarta_time(s.created_at),
            last_used: jakarta_time(s.last_seen),
        })
        .collect();
    let device_families = store::device_families(&state.db, member_id)
        .await?
        .into_iter()
        .map(|(device, first_seen)| DeviceFamilySeen {
            device,
            first_seen: jakarta_time(first_seen),
        })
        .collect();
    let passkeys = store::passkeys_of(&state.db, member_id)
        .await?
        .into_iter()
        .map(|p| ExportPasskey {
            name: p.name,
            added: jakarta_time(p.created_at),
            last_used: p.last_used.map(jakarta_time),
        })
        .collect();
    let document = Export {
        format: "jne-jlc-export/1",
        exported_at: jakarta_time(now),
        profile: Profile {
            jlc_number: row.jlc_number,
            name: row.name,
            email: row.email,
            mobile: row.mobile,
            points: row.points,
            tier: row.tier,
            member_since: row.member_since,
            last_sign_in: row.last_sign_in.map(jakarta_time),
        },
        past_emails: answer.past_emails,
        sessions,
        device_families,
        passkeys,
        policy_acknowledgements: answer.policy_acks,
        consents: answer.consents,
        requests: answer.requests,
        shipments: answer.shipments,
    };
    tracing::info!("a member downloaded a copy of their data");
    let mut response = Json(document).into_response();
    let file = format!(
        "attachment; filename=\"jlc-data-{}.json\"",
        jne_core::policy::date::jakarta_date(now)
    );
    if let Ok(value) = HeaderValue::from_str(&file) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// The signed-in member once the password asked again is theirs.
async fn with_password(
    state: &AppState,
    headers: &HeaderMap,
    password: String,
) -> Result<store::MemberRow, ApiError> {
    let (member_id, _) = session::current(state, headers).await?;
    session::password_again(state, member_id, password).await
}

/// `POST /api/v1/jlc/me/profile {password, name, mobile}`: the rules of sign-up, checked
/// before the password is; a notice goes to the registered address.
pub async fn correct(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<ProfileCorrection>,
) -> Result<Json<MemberAnswer>, ApiError> {
    let name = check_name(&request.name).map_err(ApiError::account)?;
    let mobile = normalize_mobile(&request.mobile).map_err(ApiError::account)?;
    let member = with_password(&state, &headers, request.password).await?;
    store::correct_profile(&state.db, member.id, &name, &mobile, state.clock.now()).await?;
    state
        .mailer
        .send_later(mail::profile_corrected(&member.email, &name));
    tracing::info!("a member corrected their details");
    Ok(Json(member::answer(&state, member.id).await?))
}

/// `POST /api/v1/jlc/me/consents {purpose, given}`: recorded with the time and the policy
/// version in force, even when it repeats the one in force (each click is the member's word).
pub async fn consent(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<ConsentChange>,
) -> Result<Json<MemberAnswer>, ApiError> {
    let (member_id, _) = session::current(&state, &headers).await?;
    let today = state.today.date();
    let record = store::ConsentRow {
        purpose: request.purpose.name().to_owned(),
        given: request.given,
        at: state.clock.now(),
        policy_version: state.policy.current_id(&today).unwrap_or("").to_owned(),
    };
    store::add_consent(&state.db, member_id, &record, true).await?;
    Ok(Json(member::answer(&state, member_id).await?))
}

/// `POST /api/v1/jlc/me/close {password}`: a code to the registered address.
pub async fn close(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<CloseRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let member = with_password(&state, &headers, request.password).await?;
    let to = Recipient::member(&member);
    let sent = challenge::open(&state, Purpose::Close, &to, state.clock.now()).await?;
    Ok(Json(sent))
}

/// `POST /api/v1/jlc/me/close/confirm {challenge, code}` (signed in, the same member): the
/// account closes, every session ends (this one's cookie is cleared), and the address is told
/// what is kept, why and until when.
pub async fn confirm_close(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VerifyRequest>,
) -> Result<Response, ApiError> {
    let (member_id, _) = session::current(&state, &headers).await?;
    if challenge::peek(&state, &request.challenge).await?.member_id != Some(member_id) {
        return Err(ApiError::ChallengeEnded);
    }
    challenge::answer(&state, &request.challenge, &request.code, &[Purpose::Close]).await?;
    let member = store::member_by_id(&state.db, member_id)
        .await?
        .ok_or(ApiError::NotSignedIn)?;
    let now = state.clock.now();
    if !store::close_account(&state.db, member_id, now).await? {
        return Err(ApiError::ChallengeEnded);
    }
    let anonymised_on = state.retention.anonymised_on(now);
    state.mailer.send_later(mail::account_closed(
        &member.email,
        &member.name,
        &anonymised_on,
    ));
    tracing::info!("a member closed their account; their sessions ended");
    Ok(session::cleared(Json(Closed { anonymised_on })))
}
