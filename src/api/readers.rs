//! How each API shape of `jne_core` is read from (or written to) JSON in the browser: one line
//! per type, in the names `jne_core::wire` gives it, which are serde's on the server (see
//! `json.rs` for why); a reader whose names differ does not compile.
//! A new request type needs a `to_js_struct!` line here, a new answer type a `from_js_struct!`.

use jne_core::awb::Awb;
// Every API type, and the traits that give their names.
use jne_core::wire::*;
use wasm_bindgen::JsValue;

use super::json::{field, from_js_names, from_js_struct, to_js_struct, FromJs};

from_js_names!(
    Outcome,
    ProblemKind,
    VersionStatus,
    Gap,
    Op,
    SectionChange,
    ConsentPurpose,
    RequestKind
);

/// A consent's purpose goes out by its name.
impl super::json::ToJs for ConsentPurpose {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self.name())
    }
}

from_js_struct!(ErrorBody {
    error,
    message,
    tries_left,
    retry_after
});

// Requests.
to_js_struct!(TrackRequest { awbs });
to_js_struct!(LoginRequest {
    identifier,
    password
});
to_js_struct!(VerifyRequest { challenge, code });
to_js_struct!(ResendRequest { challenge });
to_js_struct!(PolicyAckRequest { version });
to_js_struct!(EndSessionRequest { id });
to_js_struct!(SignUpRequest {
    name,
    email,
    mobile,
    password
});
to_js_struct!(ResetRequest { email });
to_js_struct!(ResetCompleteRequest {
    challenge,
    code,
    password
});
to_js_struct!(EmailChangeRequest { password, email });
to_js_struct!(ProfileCorrection {
    password,
    name,
    mobile
});
to_js_struct!(ConsentChange { purpose, given });
to_js_struct!(CloseRequest { password });
to_js_struct!(PasskeyAddStart { password });
to_js_struct!(PasskeyAddFinish {
    ceremony,
    credential,
    name
});
to_js_struct!(PasskeyRename { id, name });
to_js_struct!(PasskeyRemove { id, password });
to_js_struct!(PasskeySignIn {
    ceremony,
    credential
});

// Tracking.
from_js_struct!(TrackResponse { results });
from_js_struct!(TrackResult {
    awb,
    outcome,
    shipment
});
from_js_struct!(Shipment {
    awb,
    status,
    raw_status,
    service,
    origin,
    destination,
    shipped_at,
    estimated_delivery,
    pod,
    history,
});
from_js_struct!(ProofOfDelivery {
    delivered_at,
    relation,
    receiver_masked
});
from_js_struct!(TrackingEvent {
    at,
    code,
    place,
    description
});

/// An AWB number is checked again on the way in, as serde's `try_from` does.
impl FromJs for Awb {
    fn from_js(value: &JsValue) -> Option<Self> {
        value.as_string()?.parse().ok()
    }
}

/// `{"state":"in_transit"}` or `{"state":"problem","problem":"bad_address"}`.
impl FromJs for NormalizedStatus {
    fn from_js(value: &JsValue) -> Option<Self> {
        let [state, problem] = NormalizedStatus::FIELDS else {
            return None;
        };
        let state: String = field(value, state)?;
        match NormalizedStatus::named(&state)? {
            NormalizedStatus::Problem(_) => Some(NormalizedStatus::Problem(field(value, problem)?)),
            other => Some(other),
        }
    }
}

// JLC.
from_js_struct!(ChallengeSent {
    challenge,
    email_hint,
    expires_in,
    resend_in,
    resends_left,
});
from_js_struct!(MemberAnswer { member });
from_js_struct!(SessionAnswer { member });
from_js_struct!(Member {
    jlc_number,
    name,
    email_masked,
    mobile_masked,
    points,
    tier,
    member_since,
    shipments,
    held,
    policy_acks,
    consents,
    requests,
    past_emails,
    anonymised_if_closed_on,
});
from_js_struct!(ConsentRecord {
    purpose,
    given,
    at,
    policy_version
});
from_js_struct!(RightsRequest {
    kind,
    made,
    done,
    answer_by
});
from_js_struct!(PastEmail { masked, until });
from_js_struct!(Closed { anonymised_on });
from_js_struct!(MemberShipment {
    awb,
    status,
    destination,
    shipped_at
});
from_js_struct!(HeldField { field, value });
from_js_struct!(PolicyAck { version, at });
from_js_struct!(SessionList { sessions });
from_js_struct!(CeremonyStarted { ceremony, options });
from_js_struct!(PasskeyList { passkeys });
from_js_struct!(PasskeyInfo {
    id,
    name,
    created,
    last_used
});
from_js_struct!(SessionInfo {
    id,
    device,
    started,
    last_used,
    current
});

// The privacy policy.
from_js_struct!(VersionList {
    today,
    current,
    versions
});
from_js_struct!(VersionInfo {
    id,
    effective,
    sample,
    summary_id,
    summary_en,
    status,
    translated,
});
from_js_struct!(VersionText {
    version,
    lang,
    translation,
    document
});
from_js_struct!(PolicyDocument { sections });
from_js_struct!(Section {
    id,
    heading,
    paragraphs
});
from_js_struct!(Comparison {
    from,
    to,
    lang,
    diff
});
from_js_struct!(PolicyDiff { sections, summary });
from_js_struct!(SectionDiff {
    id,
    change,
    heading,
    paragraphs
});
from_js_struct!(DiffSummary {
    changed,
    added,
    removed,
    unchanged
});
from_js_struct!(Chunk { op, text });

/// `{"text":"…"}` or `{"missing":"list"}`.
impl FromJs for Block {
    fn from_js(value: &JsValue) -> Option<Self> {
        let [text, missing] = Block::FIELDS else {
            return None;
        };
        match field::<Option<String>>(value, text)? {
            Some(text) => Some(Block::Text(text)),
            None => Some(Block::Missing(field(value, missing)?)),
        }
    }
}

/// `{"text":[chunks]}` or `{"missing":{"op":"insert","gap":"list"}}`.
impl FromJs for ParagraphDiff {
    fn from_js(value: &JsValue) -> Option<Self> {
        let ([text, missing], [op, gap]) = (ParagraphDiff::FIELDS, MISSING_PARAGRAPH_FIELDS) else {
            return None;
        };
        match field::<Option<Vec<Chunk>>>(value, text)? {
            Some(chunks) => Some(ParagraphDiff::Text(chunks)),
            None => {
                let missing: JsValue = field(value, missing)?;
                Some(ParagraphDiff::Missing {
                    op: field(&missing, op)?,
                    gap: field(&missing, gap)?,
                })
            }
        }
    }
}

/// A nested object read field by field by its caller.
impl FromJs for JsValue {
    fn from_js(value: &JsValue) -> Option<Self> {
        value.is_object().then(|| value.clone())
    }
}
