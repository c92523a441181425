//! Mail to people. By default every message is written to an outbox folder as one `.eml` file
//! (RFC 5322, plain text), which is how the demo and the tests read their codes; with
//! `--smtp URL` it goes to that SMTP server instead. The log says that a message went, never
//! to whom or what it says (it holds one-time codes).

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

/// One plain-text message to one address.
pub struct Message {
    pub to: String,
    pub subject: String,
    pub body: String,
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Outbox(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Mailer {
    // Never the SMTP URL: it may hold a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.backend {
            Backend::Outbox(dir) => write!(f, "Mailer(outbox {})", dir.display()),
            Backend::Smtp(_) => write!(f, "Mailer(smtp)"),
        }
    }
}

/// Why a message did not go. Each case says what kind of failure, never the address, the
/// server's answer (it may quote the address) or the message.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the message could not be built (bad address?)")]
    Build,
    #[error("outbox: {0}")]
    Outbox(std::io::ErrorKind),
    #[error("SMTP server refused the message for now (transient)")]
    SmtpTransient,
    #[error("SMTP server refused the message (permanent)")]
    SmtpPermanent,
    #[error("SMTP server could not be reached or spoke no SMTP")]
    SmtpConnection,
}

/// `--smtp` could not be used; the URL itself is never repeated (it may hold a password).
#[derive(Debug, thiserror::Error)]
#[error("--smtp: not a usable SMTP URL (smtp://host:port, smtp://host?tls=required, smtps://user:password@host): {0}")]
pub struct SmtpUrlError(String);

impl Mailer {
    pub fn outbox(dir: PathBuf, from: Mailbox) -> Mailer {
        Mailer {
            from,
            backend: Backend::Outbox(dir),
        }
    }

    /// SMTP as lettre reads the URL: `smtp://` plain (a relay on this host), `?tls=required`
    /// for STARTTLS, `smtps://` for TLS from the start; credentials as `user:password@`.
    pub fn smtp(url: &str, from: Mailbox) -> Result<Mailer, SmtpUrlError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|error| SmtpUrlError(kind_of_url_error(&error)))?
            .build();
        Ok(Mailer {
            from,
            backend: Backend::Smtp(transport),
        })
    }

    pub async fn send(&self, message: Message) -> Result<(), MailError> {
        let email = self.build(message)?;
        match &self.backend {
            Backend::Outbox(dir) => {
                write_to_outbox(dir, &email.formatted())
                    .await
                    .map_err(|error| MailError::Outbox(error.kind()))?;
                tracing::info!("mail written to outbox");
            }
            Backend::Smtp(transport) => {
                transport.send(email).await.map_err(|error| {
                    if error.is_transient() {
                        MailError::SmtpTransient
                    } else if error.is_permanent() {
                        MailError::SmtpPermanent
                    } else {
                        MailError::SmtpConnection
                    }
                })?;
                tracing::info!("mail handed to the SMTP server");
            }
        }
        Ok(())
    }

    /// Sends on its own task, so the answer does not wait (or take longer) for the mail; a
    /// failure is logged, like `send`'s, without the address.
    pub fn send_later(&self, message: Message) {
        let mailer = self.clone();
        tokio::spawn(async move {
            if let Err(error) = mailer.send(message).await {
                tracing::error!("mail not sent: {error}");
            }
        });
    }

    /// Deletes what the outbox holds for `address` (a member anonymised at the end of the
    /// retention period); an SMTP server keeps nothing of ours. A message that cannot be read
    /// or deleted is logged and left, without the address.
    pub async fn forget(&self, address: &str) {
        let Backend::Outbox(dir) = &self.backend else {
            return;
        };
        let Ok(mut entries) = tokio::fs::read_dir(dir).await else {
            return;
        };
        let wanted = [
            format!("to: {}", address.to_lowercase()),
            format!("to: <{}>", address.to_lowercase()),
        ];
        while let Ok(Some(entry)) = entries.next_entry().await {
            let Ok(text) = tokio::fs::read_to_string(entry.path()).await else {
                continue;
            };
            let to_them = text
                .lines()
                .take_while(|line| !line.is_empty())
                .any(|line| wanted.contains(&line.trim_end().to_lowercase()));
            if to_them && tokio::fs::remove_file(entry.path()).await.is_err() {
                tracing::warn!("a message in the outbox could not be deleted");
            }
        }
    }

    fn build(&self, message: Message) -> Result<lettre::Message, MailError> {
        let to: Mailbox = message.to.parse().map_err(|_| MailError::Build)?;
        let unique = random_hex().map_err(|_| MailError::Build)?;
        lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject)
            .message_id(Some(format!("<{unique}@{}>", self.from.email.domain())))
            .header(ContentType::TEXT_PLAIN)
            .body(wrap(&message.body, 72))
            .map_err(|_| MailError::Build)
    }
}

/// Lines folded at spaces to at most `width` characters. lettre sends short-lined ASCII text
/// as it is (7bit) but long lines quoted-printable, with `=` breaks that make the outbox hard
/// to read; short lines keep every message readable as plain text.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for line in text.split('\n') {
        let mut length = 0;
        for (i, word) in line.split(' ').enumerate() {
            let word_length = word.chars().count();
            if i > 0 && length + 1 + word_length > width {
                out.push('\n');
                length = 0;
            } else if i > 0 {
                out.push(' ');
                length += 1;
            }
            out.push_str(word);
            length += word_length;
        }
        out.push('\n');
    }
    out.pop();
    out
}

/// One file per message. Sorted by name is sorted by when written (nanoseconds of the real
/// clock); the random part keeps apart two messages written in the same instant.
async fn write_to_outbox(dir: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let unique = random_hex().map_err(std::io::Error::other)?;
    let name = format!("{nanos:020}-{}.eml", &unique[..8]);
    // Written beside the folder and moved in whole: whoever reads the outbox never sees half a
    // message (a code not yet written).
    let partial = dir.with_file_name(format!(".outbox-{unique}.partial"));
    tokio::fs::write(&partial, bytes).await?;
    tokio::fs::rename(&partial, dir.join(name)).await
}

/// 128 random bits in hex: unique message ids and file names.
fn random_hex() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// lettre's URL errors quote only the scheme or the parser's reason, but to be sure that no
/// password is echoed, only the first line of the reason is kept and anything with an `@` is not.
fn kind_of_url_error(error: &lettre::transport::smtp::Error) -> String {
    let text = error.to_string();
    let line = text.lines().next().unwrap_or_default();
    if line.contains('@') {
        "unreadable URL".to_owned()
    } else {
        line.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from() -> Mailbox {
        "JNE <no-reply@jne.co.id>".parse().expect("a mailbox")
    }

    #[tokio::test]
    async fn the_outbox_holds_one_rfc5322_file_per_message() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mailer = Mailer::outbox(dir.path().join("outbox"), from());
        for n in 0..2 {
            let message = Message {
                to: "budi.santoso@example.co.id".into(),
                subject: "Kode masuk JLC / JLC sign-in code".into(),
                body: format!(
                    "Kode masuk JLC Anda: 12345{n}\n{}",
                    "JNE tidak pernah meminta kode. ".repeat(5)
                ),
            };
            mailer.send(message).await.expect("written");
        }
        let mut files: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
            .expect("outbox")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        assert_eq!(files.len(), 2);
        let text = std::fs::read_to_string(&files[1]).expect("read");
        for line in [
            "From: JNE <no-reply@jne.co.id>\r\n",
            "To: budi.santoso@example.co.id\r\n",
            "Content-Type: text/plain; charset=utf-8\r\n",
            "Content-Transfer-Encoding: 7bit\r\n",
            "Kode masuk JLC Anda: 123451\r\n",
        ] {
            assert!(text.contains(line), "{line:?} in {text}");
        }
        assert!(text.contains("\r\nDate: ") && text.contains("\r\nMessage-ID: <"));
    }

    #[test]
    fn long_lines_are_folded_at_spaces() {
        let text = "Halo,\n\nsatu dua tiga empat lima enam tujuh\n";
        assert_eq!(
            wrap(text, 14),
            "Halo,\n\nsatu dua tiga\nempat lima\nenam tujuh\n"
        );
        assert_eq!(
            wrap("kata-yang-sangat-panjang x", 5),
            "kata-yang-sangat-panjang\nx"
        );
    }

    #[test]
    fn a_bad_smtp_url_is_refused_without_repeating_it() {
        let error = Mailer::smtp("ftp://user:s3cret@mail.example", from())
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.starts_with("--smtp"), "{error}");
        assert!(!error.contains("s3cret"), "{error}");
    }
}
