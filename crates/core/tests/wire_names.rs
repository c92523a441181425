//! Every API type serialised with serde has exactly the keys `jne_core::wire` lists for it,
//! and every enum is spelled as its names say: the app's readers spell the JSON from those
//! lists, so a serde rename on the server's side fails here.

use jne_core::awb::parse;
use jne_core::wire::*;
use serde::Serialize;
use serde_json::Value;

fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .map(|object| object.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    names.sort();
    names
}

/// A sample with every optional field set has exactly the listed keys.
fn check<T: Serialize + Fields>(sample: &T) {
    let type_name = std::any::type_name::<T>();
    assert_eq!(keys(&json(sample)), sorted(T::FIELDS), "{type_name}");
}

/// Each named value is written as its name, and each name reads back as its value.
fn check_names<T: Serialize + Names + PartialEq + std::fmt::Debug + serde::de::DeserializeOwned>(
    count: usize,
) {
    assert_eq!(T::NAMES.len(), count, "{}", std::any::type_name::<T>());
    for (value, name) in T::NAMES {
        assert_eq!(json(value), Value::String((*name).to_owned()), "{value:?}");
        assert_eq!(
            serde_json::from_value::<T>(json(name)).ok().as_ref(),
            Some(value)
        );
        assert_eq!(T::named(name).as_ref(), Some(value));
    }
}

fn event() -> TrackingEvent {
    TrackingEvent {
        at: "2026-11-20T09:15".into(),
        code: Some("RC1".into()),
        place: Some("JAKARTA".into()),
        description: "RECEIVED".into(),
    }
}

fn shipment() -> Option<Shipment> {
    Some(Shipment {
        awb: parse("0166231900105595").ok()?,
        status: NormalizedStatus::Delivered,
        raw_status: "DELIVERED".into(),
        service: "REG".into(),
        origin: "JAKARTA".into(),
        destination: "SURABAYA".into(),
        shipped_at: Some("2026-11-20T09:15".into()),
        estimated_delivery: Some("2026-11-22".into()),
        pod: Some(ProofOfDelivery {
            delivered_at: "2026-11-22T10:00".into(),
            relation: Some("YANG BERSANGKUTAN".into()),
            receiver_masked: Some("A*** Y***".into()),
        }),
        history: vec![event()],
    })
}

fn member() -> Member {
    Member {
        jlc_number: "JLC0012345678".into(),
        name: "Budi".into(),
        email_masked: "b***@example.co.id".into(),
        mobile_masked: "0812****7890".into(),
        points: 1,
        tier: "Silver".into(),
        member_since: "2020-01-01".into(),
        shipments: vec![MemberShipment {
            awb: "0166231900105595".into(),
            status: NormalizedStatus::InTransit,
            destination: "SURABAYA".into(),
            shipped_at: Some("2026-11-20T09:15".into()),
        }],
        held: vec![HeldField {
            field: "email".into(),
            value: "budi@example.co.id".into(),
        }],
        policy_acks: vec![PolicyAck {
            version: "2025-01-01".into(),
            at: "2026-11-20T09:15".into(),
        }],
        consents: vec![ConsentRecord {
            purpose: ConsentPurpose::NewsEmail,
            given: true,
            at: "2026-11-20T09:15".into(),
            policy_version: "2025-01-01".into(),
        }],
        requests: vec![RightsRequest {
            kind: RequestKind::Copy,
            made: "2026-11-20T09:15".into(),
            done: Some("2026-11-20T09:15".into()),
            answer_by: "2026-11-23T09:15".into(),
        }],
        past_emails: vec![PastEmail {
            masked: "b***@example.id".into(),
            until: "2026-11-20T09:15".into(),
        }],
        anonymised_if_closed_on: "2031-11-20".into(),
    }
}

fn version() -> VersionInfo {
    VersionInfo {
        id: "2025-01-01".into(),
        effective: "2025-01-01".into(),
        sample: false,
        summary_id: "ringkasan".into(),
        summary_en: "summary".into(),
        status: VersionStatus::Current,
        translated: true,
    }
}

fn chunk() -> Chunk {
    Chunk {
        op: Op::Insert,
        text: "kata".into(),
    }
}

#[test]
fn tracking_types_have_the_keys_the_readers_read() {
    let Some(shipment) = shipment() else {
        panic!("a real number must parse")
    };
    check(&TrackRequest {
        awbs: vec!["0166231900105595".into()],
    });
    check(&TrackResponse {
        results: vec![TrackResult::found(shipment.clone())],
    });
    check(&TrackResult::found(shipment.clone()));
    check(&shipment);
    if let Some(pod) = &shipment.pod {
        check(pod);
    }
    check(&event());
    let problem = json(&NormalizedStatus::Problem(ProblemKind::Returned));
    assert_eq!(keys(&problem), sorted(NormalizedStatus::FIELDS));
    for status in NormalizedStatus::ALL {
        let written = json(&status);
        let state = written
            .get(NormalizedStatus::FIELDS[0])
            .and_then(Value::as_str);
        let named = NormalizedStatus::NAMES
            .iter()
            .find(|(_, name)| Some(*name) == state);
        let same_kind = named.is_some_and(|(value, _)| {
            std::mem::discriminant(value) == std::mem::discriminant(&status)
        });
        assert!(same_kind, "{status:?} is written as {written}");
    }
    assert_eq!(
        problem.get(NormalizedStatus::FIELDS[1]),
        Some(&json(&ProblemKind::Returned))
    );
    check_names::<Outcome>(3);
    check_names::<ProblemKind>(6);
}

#[test]
fn jlc_types_have_the_keys_the_readers_read() {
    let sent = ChallengeSent {
        challenge: "c".into(),
        email_hint: "b***@example.co.id".into(),
        expires_in: 600,
        resend_in: 60,
        resends_left: 3,
    };
    check(&sent);
    check(&LoginRequest {
        identifier: "JLC0012345678".into(),
        password: "p".into(),
    });
    check(&VerifyRequest {
        challenge: "c".into(),
        code: "123456".into(),
    });
    check(&ResendRequest {
        challenge: "c".into(),
    });
    check(&PolicyAckRequest {
        version: "2025-01-01".into(),
    });
    let session = SessionInfo {
        id: "0123456789abcdef01234567".into(),
        device: "chrome/android".into(),
        started: "2026-12-01T08:00".into(),
        last_used: "2026-12-01T08:05".into(),
        current: true,
    };
    check(&session);
    check(&SessionList {
        sessions: vec![session],
    });
    check(&EndSessionRequest { id: "x".into() });
    check(&PasskeyAddStart {
        password: "x".into(),
    });
    check(&CeremonyStarted {
        ceremony: "x".into(),
        options: "{}".into(),
    });
    check(&PasskeyAddFinish {
        ceremony: "x".into(),
        credential: "{}".into(),
        name: "Ponsel".into(),
    });
    let passkey = PasskeyInfo {
        id: "1".into(),
        name: "Ponsel".into(),
        created: "2026-01-02T08:00".into(),
        last_used: Some("2026-01-02T09:00".into()),
    };
    check(&passkey);
    check(&PasskeyList {
        passkeys: vec![passkey],
    });
    check(&PasskeyRename {
        id: "1".into(),
        name: "Laptop".into(),
    });
    check(&PasskeyRemove {
        id: "1".into(),
        password: "x".into(),
    });
    check(&PasskeySignIn {
        ceremony: "x".into(),
        credential: "{}".into(),
    });
    check(&SignUpRequest {
        name: "Budi".into(),
        email: "budi@example.co.id".into(),
        mobile: "081234567890".into(),
        password: "p".into(),
    });
    check(&ResetRequest {
        email: "budi@example.co.id".into(),
    });
    check(&ResetCompleteRequest {
        challenge: "c".into(),
        code: "123456".into(),
        password: "p".into(),
    });
    check(&EmailChangeRequest {
        password: "p".into(),
        email: "budi@example.co.id".into(),
    });
    check(&MemberAnswer { member: member() });
    check(&SessionAnswer {
        member: Some(member()),
    });
    check(&member());
    check(&member().shipments[0]);
    check(&member().held[0]);
    check(&member().policy_acks[0]);
    check(&member().consents[0]);
    check(&member().requests[0]);
    check(&member().past_emails[0]);
    check(&ConsentChange {
        purpose: ConsentPurpose::NewsEmail,
        given: false,
    });
    check(&ProfileCorrection {
        password: "p".into(),
        name: "n".into(),
        mobile: "m".into(),
    });
    check(&CloseRequest {
        password: "p".into(),
    });
    check(&Closed {
        anonymised_on: "2031-11-20".into(),
    });
    check_names::<ConsentPurpose>(1);
    check_names::<RequestKind>(4);
    check(&ErrorBody {
        error: "invalid_code".into(),
        message: "wrong code".into(),
        tries_left: Some(2),
        retry_after: Some(60),
    });
}

#[test]
fn policy_types_have_the_keys_the_readers_read() {
    let section = Section {
        id: "3a".into(),
        heading: "JNE Outlets".into(),
        paragraphs: vec![Block::Text("t".into()), Block::Missing(Gap::List)],
    };
    let document = PolicyDocument {
        sections: vec![section.clone()],
    };
    check(&VersionList {
        today: "2026-11-25".into(),
        current: Some("2025-01-01".into()),
        versions: vec![version()],
    });
    check(&version());
    check(&VersionText {
        version: version(),
        lang: "id".into(),
        translation: true,
        document: document.clone(),
    });
    check(&document);
    check(&section);
    let block_keys: Vec<String> = section
        .paragraphs
        .iter()
        .flat_map(|b| keys(&json(b)))
        .collect();
    assert_eq!(block_keys, Block::FIELDS.to_vec());
    let summary = DiffSummary {
        changed: 1,
        added: 1,
        removed: 0,
        unchanged: 2,
    };
    let paragraphs = vec![
        ParagraphDiff::Text(vec![chunk()]),
        ParagraphDiff::Missing {
            op: Op::Delete,
            gap: Gap::Text,
        },
    ];
    let paragraph_keys: Vec<String> = paragraphs.iter().flat_map(|p| keys(&json(p))).collect();
    assert_eq!(paragraph_keys, ParagraphDiff::FIELDS.to_vec());
    let missing = json(&paragraphs[1]);
    let missing = missing
        .get(ParagraphDiff::FIELDS[1])
        .cloned()
        .unwrap_or(Value::Null);
    assert_eq!(keys(&missing), sorted(MISSING_PARAGRAPH_FIELDS));
    let diff = PolicyDiff {
        sections: vec![SectionDiff {
            id: "3a".into(),
            change: SectionChange::Changed,
            heading: vec![chunk()],
            paragraphs,
        }],
        summary,
    };
    check(&diff.sections[0]);
    check(&summary);
    check(&chunk());
    check(&Comparison {
        from: version(),
        to: version(),
        lang: "id".into(),
        diff: diff.clone(),
    });
    check(&diff);
    check_names::<VersionStatus>(3);
    check_names::<Gap>(2);
    check_names::<Op>(3);
    check_names::<SectionChange>(4);
}
