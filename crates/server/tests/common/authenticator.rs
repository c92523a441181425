//! A software passkey authenticator for the tests: a P-256 key (OpenSSL) that makes and signs
//! the WebAuthn answers a browser would send, with "none" attestation, user present and
//! verified. It can be told to claim another origin or to sign with a counter of its choosing.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use openssl::bn::BigNumContext;
use openssl::ec::{EcGroup, EcKey};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkey::{PKey, Private};
use openssl::sha::sha256;
use openssl::sign::Signer;
use serde_json::{json, Value};

/// One passkey: its key, credential id and the user handle it was made for.
pub struct SoftPasskey {
    key: PKey<Private>,
    pub credential_id: Vec<u8>,
    pub user_handle: Vec<u8>,
    pub rp_id: String,
    counter: u32,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(text.trim_end_matches('='))
        .expect("base64url")
}

/// A CBOR head: major type and length or value.
fn head(major: u8, n: u64) -> Vec<u8> {
    let major = major << 5;
    match n {
        0..=23 => vec![major | n as u8],
        24..=0xff => vec![major | 24, n as u8],
        0x100..=0xffff => [vec![major | 25], (n as u16).to_be_bytes().to_vec()].concat(),
        _ => [vec![major | 26], (n as u32).to_be_bytes().to_vec()].concat(),
    }
}

fn cbor_int(n: i64) -> Vec<u8> {
    if n >= 0 {
        head(0, n as u64)
    } else {
        head(1, (-1 - n) as u64)
    }
}

fn cbor_bytes(bytes: &[u8]) -> Vec<u8> {
    [head(2, bytes.len() as u64), bytes.to_vec()].concat()
}

fn cbor_text(text: &str) -> Vec<u8> {
    [head(3, text.len() as u64), text.as_bytes().to_vec()].concat()
}

const UP: u8 = 0x01;
const UV: u8 = 0x04;
const AT: u8 = 0x40;

impl SoftPasskey {
    /// Answers `options` (the server's `options` text for `navigator.credentials.create`) as
    /// a browser on `origin` would: the new passkey and the registration JSON text.
    pub fn create(options: &str, origin: &str) -> (SoftPasskey, String) {
        let options: Value = serde_json::from_str(options).expect("creation options");
        let public_key = &options["publicKey"];
        let rp_id = public_key["rp"]["id"].as_str().expect("rp id").to_owned();
        let user_handle = unb64(public_key["user"]["id"].as_str().expect("user id"));
        let challenge = public_key["challenge"].as_str().expect("challenge");
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).expect("P-256");
        let ec = EcKey::generate(&group).expect("key");
        let mut x = openssl::bn::BigNum::new().expect("bn");
        let mut y = openssl::bn::BigNum::new().expect("bn");
        let mut ctx = BigNumContext::new().expect("ctx");
        ec.public_key()
            .affine_coordinates(&group, &mut x, &mut y, &mut ctx)
            .expect("coordinates");
        let mut credential_id = vec![0u8; 16];
        openssl::rand::rand_bytes(&mut credential_id).expect("random");
        let cose = [
            head(5, 5),
            cbor_int(1),
            cbor_int(2),
            cbor_int(3),
            cbor_int(-7),
            cbor_int(-1),
            cbor_int(1),
            cbor_int(-2),
            cbor_bytes(&x.to_vec_padded(32).expect("x")),
            cbor_int(-3),
            cbor_bytes(&y.to_vec_padded(32).expect("y")),
        ]
        .concat();
        let auth_data = [
            sha256(rp_id.as_bytes()).to_vec(),
            vec![UP | UV | AT],
            0u32.to_be_bytes().to_vec(),
            vec![0u8; 16],
            (credential_id.len() as u16).to_be_bytes().to_vec(),
            credential_id.clone(),
            cose,
        ]
        .concat();
        let attestation = [
            head(5, 3),
            cbor_text("fmt"),
            cbor_text("none"),
            cbor_text("attStmt"),
            head(5, 0),
            cbor_text("authData"),
            cbor_bytes(&auth_data),
        ]
        .concat();
        let client_data = json!({
            "type": "webauthn.create",
            "challenge": challenge,
            "origin": origin,
            "crossOrigin": false,
        })
        .to_string();
        let answer = json!({
            "id": b64(&credential_id),
            "rawId": b64(&credential_id),
            "type": "public-key",
            "response": {
                "attestationObject": b64(&attestation),
                "clientDataJSON": b64(client_data.as_bytes()),
            },
            "extensions": {},
        });
        let passkey = SoftPasskey {
            key: PKey::from_ec_key(ec).expect("pkey"),
            credential_id,
            user_handle,
            rp_id,
            counter: 0,
        };
        (passkey, answer.to_string())
    }

    /// Signs `options` (for `navigator.credentials.get`) as a browser on `origin` would; the
    /// assertion JSON text. Each signature counts one up.
    pub fn sign(&mut self, options: &str, origin: &str) -> String {
        let options: Value = serde_json::from_str(options).expect("request options");
        let challenge = options["publicKey"]["challenge"]
            .as_str()
            .expect("challenge");
        self.counter += 1;
        let auth_data = [
            sha256(self.rp_id.as_bytes()).to_vec(),
            vec![UP | UV],
            self.counter.to_be_bytes().to_vec(),
        ]
        .concat();
        let client_data = json!({
            "type": "webauthn.get",
            "challenge": challenge,
            "origin": origin,
            "crossOrigin": false,
        })
        .to_string();
        let mut signer = Signer::new(MessageDigest::sha256(), &self.key).expect("signer");
        signer.update(&auth_data).expect("sign");
        signer
            .update(&sha256(client_data.as_bytes()))
            .expect("sign");
        let signature = signer.sign_to_vec().expect("signature");
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&auth_data),
                "clientDataJSON": b64(client_data.as_bytes()),
                "signature": b64(&signature),
                "userHandle": b64(&self.user_handle),
            },
            "extensions": {},
        })
        .to_string()
    }
}
