//! The JSON names of every API type, in one place: the server writes the types with serde,
//! the app reads them with its own small readers (`src/api/readers.rs`, to save the bundle
//! serde's code), and both spell each name from here. A test serialises every type with
//! serde and checks its keys against these lists (`tests/wire_names.rs`); the app's readers
//! check theirs against them when they compile. A rename on either side fails one of the two.

// Every API type, named here once: the readers and the names test take them from here.
pub use crate::api::ErrorBody;
pub use crate::jlc::account::{
    EmailChangeRequest, ResetCompleteRequest, ResetRequest, SignUpRequest,
};
pub use crate::jlc::passkey::{
    CeremonyStarted, PasskeyAddFinish, PasskeyAddStart, PasskeyInfo, PasskeyList, PasskeyRemove,
    PasskeyRename, PasskeySignIn,
};
pub use crate::jlc::{
    rights::{
        CloseRequest, Closed, ConsentChange, ConsentPurpose, ConsentRecord, PastEmail,
        ProfileCorrection, RequestKind, RightsRequest,
    },
    ChallengeSent, EndSessionRequest, HeldField, LoginRequest, Member, MemberAnswer,
    MemberShipment, PolicyAck, PolicyAckRequest, ResendRequest, SessionAnswer, SessionInfo,
    SessionList, VerifyRequest,
};
pub use crate::policy::{
    Block, Chunk, Comparison, DiffSummary, Gap, Op, ParagraphDiff, PolicyDiff, PolicyDocument,
    Section, SectionChange, SectionDiff, VersionInfo, VersionList, VersionStatus, VersionText,
};
pub use crate::tracking::{
    NormalizedStatus, Outcome, ProblemKind, ProofOfDelivery, Shipment, TrackRequest, TrackResponse,
    TrackResult, TrackingEvent,
};

/// A JSON object's keys, in the order serde writes them. For an enum written as an object
/// (`{"text":…}` or `{"missing":…}`, `{"state":…,"problem":…}`), the keys it can have.
pub trait Fields {
    const FIELDS: &'static [&'static str];
}

/// An enum sent as a string: each value with its name. For [`NormalizedStatus`], the name of
/// its `state` (the `Problem` entry stands for every problem kind).
pub trait Names: Sized + Copy + 'static {
    const NAMES: &'static [(Self, &'static str)];

    /// The name of `self`.
    fn name(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::NAMES
            .iter()
            .find(|(value, _)| *value == self)
            .map_or("", |(_, name)| name)
    }

    /// The value named `name`.
    fn named(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(_, known)| *known == name)
            .map(|(value, _)| *value)
    }
}

/// `a` and `b` hold the same names in the same order (for compile-time checks).
pub const fn same(a: &[&str], b: &[&str]) -> bool {
    a.len() == b.len() && within(a, b)
}

/// Every name of `a` is in `b` (a reader that reads only some of the fields).
pub const fn within(a: &[&str], b: &[&str]) -> bool {
    let mut i = 0;
    while i < a.len() {
        let mut j = 0;
        let mut found = false;
        while j < b.len() {
            if equal(a[i].as_bytes(), b[j].as_bytes()) {
                found = true;
            }
            j += 1;
        }
        if !found {
            return false;
        }
        i += 1;
    }
    true
}

const fn equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

macro_rules! fields {
    ($($type:ty: [$($name:literal),* $(,)?];)*) => {
        $(impl Fields for $type {
            const FIELDS: &'static [&'static str] = &[$($name),*];
        })*
    };
}

macro_rules! names {
    ($($type:ident { $($variant:expr => $name:literal),* $(,)? })*) => {
        $(impl Names for $type {
            const NAMES: &'static [(Self, &'static str)] = &[$(($variant, $name)),*];
        })*
    };
}

fields! {
    ErrorBody: ["error", "message", "tries_left", "retry_after"];
    TrackRequest: ["awbs"];
    TrackResponse: ["results"];
    TrackResult: ["awb", "outcome", "shipment"];
    Shipment: ["awb", "status", "raw_status", "service", "origin", "destination", "shipped_at",
        "estimated_delivery", "pod", "history"];
    ProofOfDelivery: ["delivered_at", "relation", "receiver_masked"];
    TrackingEvent: ["at", "code", "place", "description"];
    NormalizedStatus: ["state", "problem"];
    LoginRequest: ["identifier", "password"];
    VerifyRequest: ["challenge", "code"];
    ResendRequest: ["challenge"];
    PolicyAckRequest: ["version"];
    SignUpRequest: ["name", "email", "mobile", "password"];
    ResetRequest: ["email"];
    ResetCompleteRequest: ["challenge", "code", "password"];
    EmailChangeRequest: ["password", "email"];
    ChallengeSent: ["challenge", "email_hint", "expires_in", "resend_in", "resends_left"];
    MemberAnswer: ["member"];
    SessionAnswer: ["member"];
    Member: ["jlc_number", "name", "email_masked", "mobile_masked", "points", "tier",
        "member_since", "shipments", "held", "policy_acks", "consents", "requests", "past_emails",
        "anonymised_if_closed_on"];
    ConsentChange: ["purpose", "given"];
    ConsentRecord: ["purpose", "given", "at", "policy_version"];
    RightsRequest: ["kind", "made", "done", "answer_by"];
    PastEmail: ["masked", "until"];
    ProfileCorrection: ["password", "name", "mobile"];
    CloseRequest: ["password"];
    Closed: ["anonymised_on"];
    MemberShipment: ["awb", "status", "destination", "shipped_at"];
    HeldField: ["field", "value"];
    PolicyAck: ["version", "at"];
    SessionList: ["sessions"];
    SessionInfo: ["id", "device", "started", "last_used", "current"];
    EndSessionRequest: ["id"];
    PasskeyAddStart: ["password"];
    CeremonyStarted: ["ceremony", "options"];
    PasskeyAddFinish: ["ceremony", "credential", "name"];
    PasskeyList: ["passkeys"];
    PasskeyInfo: ["id", "name", "created", "last_used"];
    PasskeyRename: ["id", "name"];
    PasskeyRemove: ["id", "password"];
    PasskeySignIn: ["ceremony", "credential"];
    VersionList: ["today", "current", "versions"];
    VersionInfo: ["id", "effective", "sample", "summary_id", "summary_en", "status",
        "translated"];
    VersionText: ["version", "lang", "translation", "document"];
    PolicyDocument: ["sections"];
    Section: ["id", "heading", "paragraphs"];
    Block: ["text", "missing"];
    Comparison: ["from", "to", "lang", "diff"];
    PolicyDiff: ["sections", "summary"];
    SectionDiff: ["id", "change", "heading", "paragraphs"];
    DiffSummary: ["changed", "added", "removed", "unchanged"];
    Chunk: ["op", "text"];
    ParagraphDiff: ["text", "missing"];
}

/// The object inside `{"missing":{…}}` of a [`ParagraphDiff`].
pub const MISSING_PARAGRAPH_FIELDS: &[&str] = &["op", "gap"];

names! {
    Outcome {
        Outcome::Found => "found",
        Outcome::NotFound => "not_found",
        Outcome::Error => "error",
    }
    ProblemKind {
        ProblemKind::BadAddress => "bad_address",
        ProblemKind::Misroute => "misroute",
        ProblemKind::NotAtHome => "not_at_home",
        ProblemKind::HeldAtXray => "held_at_xray",
        ProblemKind::Returned => "returned",
        ProblemKind::Other => "other",
    }
    NormalizedStatus {
        NormalizedStatus::InfoReceived => "info_received",
        NormalizedStatus::InTransit => "in_transit",
        NormalizedStatus::OutForDelivery => "out_for_delivery",
        NormalizedStatus::Delivered => "delivered",
        NormalizedStatus::Problem(ProblemKind::Other) => "problem",
        NormalizedStatus::Unknown => "unknown",
    }
    VersionStatus {
        VersionStatus::Past => "past",
        VersionStatus::Current => "current",
        VersionStatus::Future => "future",
    }
    Gap {
        Gap::List => "list",
        Gap::Text => "text",
    }
    Op {
        Op::Equal => "equal",
        Op::Insert => "insert",
        Op::Delete => "delete",
    }
    ConsentPurpose {
        ConsentPurpose::NewsEmail => "news_email",
    }
    RequestKind {
        RequestKind::Copy => "copy",
        RequestKind::Correction => "correction",
        RequestKind::Consent => "consent",
        RequestKind::Closure => "closure",
    }
    SectionChange {
        SectionChange::Added => "added",
        SectionChange::Removed => "removed",
        SectionChange::Changed => "changed",
        SectionChange::Unchanged => "unchanged",
    }
}
