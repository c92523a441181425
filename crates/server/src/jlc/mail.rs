//! The messages of JLC sign-in, in Bahasa Indonesia then English, plain text, with the
//! anti-phishing advice the privacy policy asks for. `crate::mail` sends them.

use crate::mail::Message;

/// The sign-in code, in Bahasa Indonesia then English, with the advice the policy asks for.
pub fn sign_in_code(to: &str, name: &str, code: &str, minutes: i64) -> Message {
    Message {
        to: to.to_owned(),
        subject: "Kode masuk JLC / JLC sign-in code".to_owned(),
        body: format!(
            "Halo {name},\n\n\
             Kode masuk JLC Anda: {code}\n\
             Kode ini berlaku {minutes} menit dan hanya dapat dipakai sekali.\n\n\
             JNE tidak pernah meminta kode atau kata sandi Anda lewat telepon atau chat. \
             Jangan berikan kode ini kepada siapa pun. Hanya percayai tautan di jne.co.id.\n\
             Jika Anda tidak sedang masuk ke JLC, abaikan email ini dan ganti kata sandi Anda.\n\n\
             ---\n\n\
             Hello {name},\n\n\
             Your JLC sign-in code: {code}\n\
             It is valid for {minutes} minutes and works once.\n\n\
             JNE never asks for your code or password by phone or chat. Do not give this code \
             to anyone. Only trust links on jne.co.id.\n\
             If you are not signing in to JLC, ignore this email and change your password.\n"
        ),
    }
}
