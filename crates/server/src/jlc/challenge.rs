//! One-time codes sent by email: for sign-in, sign-up, a password reset or a change of
//! address. A code lives 10 minutes; a new one may be asked after 60 s, 3 times; 5 wrong tries
//! end it; a used code never works again. Decoys answer like real challenges but no code is
//! ever sent for them, so an answer says nothing about who is a member.

use axum::extract::State;
use axum::Json;
use jne_core::jlc::{mask_email, ChallengeSent, ResendRequest};

use super::purpose::Purpose;
use super::{mail, secret, store};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

const CODE_LIFETIME: i64 = 600;
const RESEND_AFTER: i64 = 60;
const RESENDS: i64 = 3;
const TRIES: i64 = 5;
/// At most 3 messages to one address in 15 minutes from the flows no password stands behind
/// (sign-up, reset, change of address, their resends, "already registered"): nobody can flood
/// a mailbox through us. Sign-in needs the member's password first.
const PER_ADDRESS: i64 = 3;
pub(super) const ADDRESS_WINDOW: i64 = 900;

/// Who a challenge is for: a member or a sign-up, and where the codes go (their address, or
/// the new one). Neither, or `deliver: false`, makes a decoy.
pub struct Recipient<'a> {
    pub member_id: Option<i64>,
    /// The sign-up that becomes a member when the code comes back.
    pub sign_up: Option<&'a store::NewMember>,
    pub name: &'a str,
    pub send_to: &'a str,
    pub deliver: bool,
}

impl<'a> Recipient<'a> {
    /// The member, at their own registered address (sign-in, closing the account).
    pub fn member(member: &'a store::MemberRow) -> Recipient<'a> {
        Recipient {
            member_id: Some(member.id),
            sign_up: None,
            name: &member.name,
            send_to: &member.email,
            deliver: true,
        }
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct Challenge {
    pub purpose: String,
    pub member_id: Option<i64>,
    pub send_to: String,
    #[sqlx(try_from = "crate::db::Flag")]
    pub deliver: bool,
    pub code_hash: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub resend_at: i64,
    pub resends_left: i64,
    pub tries_left: i64,
    #[sqlx(try_from = "crate::db::Flag")]
    pub ended: bool,
}

impl Challenge {
    pub fn purpose(&self) -> Option<Purpose> {
        Purpose::parse(&self.purpose)
    }

    /// The throttling key of the account behind the challenge; a decoy's is the unknown
    /// address's, exactly as sign-in keys an unknown identifier. A reset counts its wrong
    /// codes apart (`reset:` before the key): a sign-in lock never blocks the way out of it.
    pub fn account_key(&self) -> String {
        let key = match self.member_id {
            Some(id) => member_key(id),
            None => unknown_key(&self.send_to),
        };
        match self.purpose() {
            Some(Purpose::Reset) => format!("reset:{key}"),
            _ => key,
        }
    }
}

/// The throttling key of a member's sign-in.
pub fn member_key(id: i64) -> String {
    format!("member:{id}")
}

pub fn unknown_key(identifier: &str) -> String {
    format!("unknown:{}", secret::digest(&[&identifier.to_lowercase()]))
}

/// Opens a challenge for `purpose` and sends its first code (unless it is a decoy).
pub async fn open(
    state: &AppState,
    purpose: Purpose,
    to: &Recipient<'_>,
    now: i64,
) -> Result<ChallengeSent, ApiError> {
    draw_on_budget(state, purpose, to.send_to, now).await?;
    let token = secret::token().map_err(|_| ApiError::Unavailable)?;
    let challenge = Challenge {
        purpose: purpose.as_str().to_owned(),
        member_id: to.member_id,
        send_to: to.send_to.to_owned(),
        deliver: to.deliver && (to.member_id.is_some() || to.sign_up.is_some()),
        code_hash: String::new(),
        created_at: now,
        expires_at: now + CODE_LIFETIME,
        resend_at: now,
        resends_left: RESENDS,
        tries_left: TRIES,
        ended: false,
    };
    send_code(state, &token, challenge, to.sign_up, to.name, now).await
}

/// One message to `address` drawn on its budget (for every purpose but sign-in, real and
/// decoy alike, so the answers tell nothing); 429 once it is spent, until the oldest leaves.
async fn draw_on_budget(
    state: &AppState,
    purpose: Purpose,
    address: &str,
    now: i64,
) -> Result<(), ApiError> {
    if purpose == Purpose::SignIn {
        return Ok(());
    }
    let key = secret::digest(&[&address.to_lowercase()]);
    let since = now - ADDRESS_WINDOW;
    let (id, count, oldest) = store::draw_mail(&state.db, &key, now, since).await?;
    if count > PER_ADDRESS {
        store::undraw_mail(&state.db, id).await?;
        return Err(ApiError::Throttled {
            retry_after: (oldest.unwrap_or(now) + ADDRESS_WINDOW - now).max(1) as u64,
        });
    }
    Ok(())
}

/// Makes a fresh code for the challenge `token`, stores its hash and mails it (a decoy's code
/// is made and stored the same way, and never sent).
async fn send_code(
    state: &AppState,
    token: &str,
    mut challenge: Challenge,
    sign_up: Option<&store::NewMember>,
    name: &str,
    now: i64,
) -> Result<ChallengeSent, ApiError> {
    let code = secret::code().map_err(|_| ApiError::Unavailable)?;
    challenge.code_hash = secret::digest(&[token, &code]);
    challenge.resend_at = now + RESEND_AFTER;
    challenge.tries_left = TRIES;
    let token_hash = secret::digest(&[token]);
    store::put_challenge(&state.db, &token_hash, &challenge).await?;
    if let Some(sign_up) = sign_up {
        store::put_sign_up(&state.db, &token_hash, sign_up).await?;
    }
    if challenge.deliver {
        let purpose = challenge.purpose().unwrap_or(Purpose::SignIn);
        let message = mail::code(purpose, &challenge.send_to, name, &code, CODE_LIFETIME / 60);
        if purpose == Purpose::SignIn {
            // The password was right: a mail that cannot go out is worth saying.
            state.mailer.send(message).await.map_err(|error| {
                tracing::error!("sign-in code not sent: {error}");
                ApiError::Unavailable
            })?;
        } else {
            // Sent aside, so a real challenge answers as fast as a decoy.
            state.mailer.send_later(message);
        }
    }
    Ok(ChallengeSent {
        challenge: token.to_owned(),
        email_hint: mask_email(&challenge.send_to),
        expires_in: (challenge.expires_at - now).max(0) as u64,
        resend_in: RESEND_AFTER as u64,
        resends_left: challenge.resends_left as u32,
    })
}

/// `POST /api/v1/jlc/resend {challenge}`: a new code for any purpose, within the limits.
pub async fn resend(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<ResendRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let now = state.clock.now();
    let token_hash = secret::digest(&[&request.challenge]);
    let mut challenge = live(&state, &token_hash, now).await?;
    if now < challenge.resend_at {
        return Err(ApiError::ResendTooSoon {
            retry_after: (challenge.resend_at - now) as u64,
        });
    }
    if challenge.resends_left <= 0 {
        return Err(ApiError::ResendLimit {
            retry_after: (challenge.expires_at - now).max(1) as u64,
        });
    }
    let name = match challenge.member_id {
        Some(id) => store::member_by_id(&state.db, id)
            .await?
            .map(|m| m.name)
            .ok_or(ApiError::ChallengeEnded)?,
        None => store::sign_up(&state.db, &token_hash)
            .await?
            .map(|new| new.name)
            .unwrap_or_default(),
    };
    let purpose = challenge.purpose().unwrap_or(Purpose::SignIn);
    draw_on_budget(&state, purpose, &challenge.send_to, now).await?;
    challenge.resends_left -= 1;
    let sent = send_code(&state, &request.challenge, challenge, None, &name, now).await?;
    Ok(Json(sent))
}

/// The challenge `token` (of one of `purposes`) once `code` is its code: a wrong code costs a try (and
/// counts as a failure of the account), a used one never works again.
pub async fn answer(
    state: &AppState,
    token: &str,
    code: &str,
    purposes: &[Purpose],
) -> Result<Challenge, ApiError> {
    let now = state.clock.now();
    let token_hash = secret::digest(&[token]);
    let challenge = live(state, &token_hash, now).await?;
    if !challenge.purpose().is_some_and(|p| purposes.contains(&p)) {
        return Err(ApiError::ChallengeEnded);
    }
    let attempt = super::throttle::Attempt::begin(state, &challenge.account_key(), now).await?;
    if secret::digest(&[token, code.trim()]) != challenge.code_hash {
        // One try spent, in one statement: wrong codes sent at once cannot share a try.
        // The fewer of the code's tries and the account's: the lock comes when either ends.
        return match store::spend_try(&state.db, &token_hash).await? {
            Some(left) if left > 0 => Err(ApiError::InvalidCode {
                tries_left: (left as u32).min(attempt.tries_left()),
            }),
            _ => Err(ApiError::ChallengeEnded),
        };
    }
    attempt.succeeded(state).await?;
    // The first to end it wins: the same code sent many times at once opens one session.
    if !store::end_challenge(&state.db, &token_hash).await? || !challenge.deliver {
        // (A decoy's code was never sent; a lucky guess opens nothing.)
        return Err(ApiError::ChallengeEnded);
    }
    Ok(challenge)
}

/// The live challenge `token`, without answering it.
pub async fn peek(state: &AppState, token: &str) -> Result<Challenge, ApiError> {
    live(state, &secret::digest(&[token]), state.clock.now()).await
}

/// The challenge, if it can still be answered.
async fn live(state: &AppState, token_hash: &str, now: i64) -> Result<Challenge, ApiError> {
    match store::challenge(&state.db, token_hash).await? {
        Some(challenge) if !challenge.ended && now < challenge.expires_at => Ok(challenge),
        _ => Err(ApiError::ChallengeEnded),
    }
}
