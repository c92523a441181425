//! Mail to members. By default each message is written to `<data>/outbox/` as one `.eml`
//! file (RFC 5322, plain text); the log says a message was written, never what it holds.

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Mailer {
    outbox: PathBuf,
}

pub struct Message {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mailer {
    pub fn outbox(dir: PathBuf) -> Mailer {
        Mailer { outbox: dir }
    }

    pub async fn send(&self, message: Message) -> std::io::Result<()> {
        tokio::fs::create_dir_all(&self.outbox).await?;
        // Sorted by name is sorted by when written (nanoseconds of the real clock); the random
        // part keeps two messages apart that arrive at the same instant.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let unique = super::secret::token().map_err(std::io::Error::other)?;
        let name = format!("{nanos:020}-{}.eml", &unique[..8]);
        let text = format!(
            "From: JNE <no-reply@jne.co.id>\r\nTo: {}\r\nSubject: {}\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{}\r\n",
            message.to,
            message.subject,
            message.body.replace('\n', "\r\n")
        );
        tokio::fs::write(self.outbox.join(name), text).await?;
        tracing::info!("mail written to outbox");
        Ok(())
    }
}

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
