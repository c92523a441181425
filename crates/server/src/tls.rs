//! Layer one of JLC sign-in, the encrypted channel: HTTPS with rustls from `--tls-cert` and
//! `--tls-key` (PEM). The key is checked at start: RSA of at least 2048 bits or ECDSA P-256,
//! anything weaker or unknown stops the start with a sentence saying why.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use aws_lc_rs::{rsa, signature};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("--tls-cert {path}: {reason}")]
    Cert { path: PathBuf, reason: String },
    #[error("--tls-key {path}: {reason}")]
    Key { path: PathBuf, reason: String },
    #[error("--tls-cert and --tls-key cannot be used together: {0}")]
    Pair(String),
}

/// The rustls configuration for the certificate chain in `cert` and the key in `key`.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<rustls::ServerConfig>, TlsError> {
    let cert_error = |reason: String| TlsError::Cert {
        path: cert.to_owned(),
        reason,
    };
    let key_error = |reason: String| TlsError::Key {
        path: key.to_owned(),
        reason,
    };
    let chain = CertificateDer::pem_file_iter(cert)
        .map_err(|e| cert_error(pem_reason(e)))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| cert_error(pem_reason(e)))?;
    if chain.is_empty() {
        return Err(cert_error("no CERTIFICATE in the file".into()));
    }
    let private_key = PrivateKeyDer::from_pem_file(key).map_err(|e| key_error(pem_reason(e)))?;
    check_strength(&private_key).map_err(|reason| key_error(reason.into()))?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Pair(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, private_key)
        .map_err(|e| TlsError::Pair(e.to_string()))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// Ok for RSA ≥ 2048 bits (aws-lc-rs itself refuses smaller RSA keys as "TooSmall") and for
/// ECDSA P-256, in any of the PEM forms (PKCS#1, PKCS#8, SEC1).
fn check_strength(key: &PrivateKeyDer<'_>) -> Result<(), &'static str> {
    let p256 = &signature::ECDSA_P256_SHA256_ASN1_SIGNING;
    match key {
        PrivateKeyDer::Pkcs1(der) => rsa_strength(rsa::KeyPair::from_der(der.secret_pkcs1_der())),
        PrivateKeyDer::Pkcs8(der) => {
            let der = der.secret_pkcs8_der();
            if signature::EcdsaKeyPair::from_pkcs8(p256, der).is_ok() {
                return Ok(());
            }
            rsa_strength(rsa::KeyPair::from_pkcs8(der))
        }
        PrivateKeyDer::Sec1(der) => signature::EcdsaKeyPair::from_private_key_der(
            p256,
            der.secret_sec1_der(),
        )
        .map(|_| ())
        .map_err(|_| {
            "an EC key on a curve other than P-256; use ECDSA P-256 or RSA of 2048 bits or more"
        }),
        _ => Err(UNSUPPORTED),
    }
}

const UNSUPPORTED: &str =
    "not a key this server accepts; use RSA of 2048 bits or more, or ECDSA P-256";

fn rsa_strength(
    parsed: Result<rsa::KeyPair, aws_lc_rs::error::KeyRejected>,
) -> Result<(), &'static str> {
    match parsed {
        Ok(_) => Ok(()),
        Err(error) if error.description_() == "TooSmall" => {
            Err("an RSA key of fewer than 2048 bits is too weak; use RSA of 2048 bits or more, or ECDSA P-256")
        }
        Err(_) => Err(UNSUPPORTED),
    }
}

fn pem_reason(error: rustls_pki_types::pem::Error) -> String {
    use rustls_pki_types::pem::Error;
    match error {
        Error::NoItemsFound => "no PEM block of that kind in the file".into(),
        Error::Io(error) => error.kind().to_string(),
        // Never the bytes of a key: only what kind of problem it is.
        _ => "not readable PEM".into(),
    }
}
