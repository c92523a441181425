//! The account around sign-in: sign-up (active once the address is confirmed by a code),
//! a forgotten password (a code, then a new password that ends every session) and a change of
//! address (password asked again, the new address confirmed, a notice to the old one).
//! None of them tells whether an address belongs to a member: a taken or unknown address gets
//! a decoy challenge that answers exactly like a real one.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use jne_core::jlc::account::{
    check_name, normalize_mobile, EmailChangeRequest, ResetCompleteRequest, ResetRequest,
    SignUpRequest,
};
use jne_core::jlc::{mask_email, ChallengeSent, MemberAnswer, VerifyRequest};

use super::challenge::{self, Recipient};
use super::purpose::Purpose;
use super::{mail, member, password, session, store, throttle};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

/// `POST /api/v1/jlc/signup`: a sign-up waiting for the code sent to its address. An address
/// that is already a member's gets a notice instead of a code (after the same work).
pub async fn sign_up(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<SignUpRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let name = check_name(&request.name).map_err(ApiError::account)?;
    let email = jne_core::email::validate(request.email.trim())
        .map_err(ApiError::email)?
        .ascii();
    let mobile = normalize_mobile(&request.mobile).map_err(ApiError::account)?;
    let personal = password::personal_words(&name, &email, &mobile);
    let hash = password::check_and_hash(request.password, personal).await?;
    let now = state.clock.now();
    let holder = store::member_by_email(&state.db, &email)
        .await?
        .filter(|member| member.active);
    let taken = holder.is_some();
    // Waits beside its challenge: an earlier sign-up to the address, someone else's perhaps,
    // stays as it is, and the first code answered makes the member.
    let new = store::NewMember {
        name: name.clone(),
        email: email.clone(),
        mobile,
        password_hash: hash,
    };
    let to = Recipient {
        member_id: None,
        sign_up: (!taken).then_some(&new),
        name: &name,
        send_to: &email,
        deliver: !taken,
    };
    let sent = challenge::open(&state, Purpose::SignUp, &to, now).await?;
    if let Some(holder) = holder {
        state
            .mailer
            .send_later(taken_notice(&state, &holder, &email));
    }
    Ok(Json(sent))
}

/// `POST /api/v1/jlc/reset {email}`: a code if the address is a member's, a decoy if not.
pub async fn reset(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<ResetRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let email = jne_core::email::validate(request.email.trim())
        .map_err(ApiError::email)?
        .ascii();
    let found = store::member_by_identifier(&state.db, &email).await?;
    // A closed account gets a decoy, like an unknown address, and its address the reason.
    let (member, closed) = match found {
        Some(member) if member.closed_at.is_some() => (None, Some(member)),
        other => (other, None),
    };
    let now = state.clock.now();
    // No sign-in lock stands in the way: the address's mail budget limits this flow, and its
    // wrong codes count on their own key (`Challenge::account_key`).
    let to = Recipient {
        member_id: member.as_ref().map(|m| m.id),
        sign_up: None,
        name: member.as_ref().map_or("", |m| m.name.as_str()),
        send_to: member.as_ref().map_or(email.as_str(), |m| m.email.as_str()),
        deliver: member.is_some(),
    };
    let sent = challenge::open(&state, Purpose::Reset, &to, now).await?;
    if let Some(closed) = closed {
        state
            .mailer
            .send_later(taken_notice(&state, &closed, &closed.email));
    }
    Ok(Json(sent))
}

/// `POST /api/v1/jlc/reset/complete {challenge, code, password}`: the new password, checked
/// before the code is (a refused password costs no try); every session of the member ends.
pub async fn reset_complete(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<ResetCompleteRequest>,
) -> Result<Json<serde_json::Value>, ApiError> {
    // The rules first, with no personal words: those need the member, known only after the code.
    let hash = password::check_and_hash(request.password, Vec::new()).await?;
    let done =
        challenge::answer(&state, &request.challenge, &request.code, &[Purpose::Reset]).await?;
    let member_id = done.member_id.ok_or(ApiError::ChallengeEnded)?;
    let member = store::member_by_id(&state.db, member_id)
        .await?
        .ok_or(ApiError::ChallengeEnded)?;
    store::set_password(&state.db, member_id, &hash).await?;
    // The member proved the address and has a new password: the sign-in lock is lifted.
    throttle::lift(&state, &challenge::member_key(member_id)).await?;
    state
        .mailer
        .send_later(mail::password_changed(&member.email, &member.name));
    tracing::info!("a member reset their password; their sessions ended");
    Ok(Json(serde_json::json!({})))
}

/// `POST /api/v1/jlc/email {password, email}` (signed in): a code to the new address.
pub async fn change_email(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<EmailChangeRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let (member_id, _) = session::current(&state, &headers).await?;
    let member = session::password_again(&state, member_id, request.password).await?;
    let now = state.clock.now();
    let email = jne_core::email::validate(request.email.trim())
        .map_err(ApiError::email)?
        .ascii();
    if email.eq_ignore_ascii_case(&member.email) {
        return Err(ApiError::Invalid {
            code: jne_core::api::ErrorCode::EmailSame.as_str(),
            message: "this is already the account's address".to_owned(),
        });
    }
    let holder = store::member_by_email(&state.db, &email)
        .await?
        .filter(|other| other.active);
    let taken = holder.is_some();
    let to = Recipient {
        member_id: Some(member_id),
        sign_up: None,
        name: &member.name,
        send_to: &email,
        deliver: !taken,
    };
    let sent = challenge::open(&state, Purpose::EmailChange, &to, now).await?;
    if let Some(holder) = holder {
        state
            .mailer
            .send_later(taken_notice(&state, &holder, &email));
    }
    Ok(Json(sent))
}

/// `POST /api/v1/jlc/email/verify {challenge, code}` (signed in, the same member): the member
/// moves to the new address, and the old one is told (ASVS 2.2.3).
pub async fn confirm_email(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VerifyRequest>,
) -> Result<Json<MemberAnswer>, ApiError> {
    let (member_id, _) = session::current(&state, &headers).await?;
    let done = challenge::peek(&state, &request.challenge).await?;
    if done.member_id != Some(member_id) {
        return Err(ApiError::ChallengeEnded);
    }
    let done = challenge::answer(
        &state,
        &request.challenge,
        &request.code,
        &[Purpose::EmailChange],
    )
    .await?;
    let member = store::member_by_id(&state.db, member_id)
        .await?
        .ok_or(ApiError::NotSignedIn)?;
    if store::member_by_email(&state.db, &done.send_to)
        .await?
        .is_some_and(|other| other.active && other.id != member_id)
    {
        // Taken while the code was on its way.
        return Err(ApiError::ChallengeEnded);
    }
    let now = state.clock.now();
    store::set_email(
        &state.db,
        member_id,
        &done.send_to,
        &mask_email(&member.email),
        now,
    )
    .await?;
    let notice = mail::email_changed(&member.email, &member.name, &mask_email(&done.send_to));
    state.mailer.send_later(notice);
    Ok(Json(member::answer(&state, member_id).await?))
}

/// What goes to an address that is already a member's when someone asks to use it: that it is
/// taken, or, for an account its member closed, that it is closed and until when it is kept.
fn taken_notice(state: &AppState, holder: &store::MemberRow, to: &str) -> crate::mail::Message {
    match holder.closed_at {
        Some(closed_at) => {
            mail::closed_account_asked(to, &state.retention.anonymised_on(closed_at))
        }
        None => mail::address_taken(to),
    }
}
