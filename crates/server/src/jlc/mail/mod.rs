//! The messages of JLC accounts, in Bahasa Indonesia then English, plain text, each with the
//! anti-phishing advice the privacy policy asks for. `crate::mail` sends them.

mod rights;

pub use rights::*;

use super::purpose::Purpose;
use crate::mail::Message;

const ADVICE_ID: &str = "JNE tidak pernah meminta kode atau kata sandi Anda lewat telepon atau \
                         chat. Jangan berikan kode kepada siapa pun. Hanya percayai tautan di jne.co.id.";
const ADVICE_EN: &str = "JNE never asks for your code or password by phone or chat. Do not give \
                         a code to anyone. Only trust links on jne.co.id.";

/// A one-time code for `purpose`; every code line reads `… Anda: 123456` / `…: 123456`.
pub fn code(purpose: Purpose, to: &str, name: &str, code: &str, minutes: i64) -> Message {
    let (subject, what_id, what_en, not_you_id, not_you_en) = match purpose {
        Purpose::SignIn => (
            "Kode masuk JLC / JLC sign-in code",
            "Kode masuk JLC Anda",
            "Your JLC sign-in code",
            "Jika Anda tidak sedang masuk ke JLC, abaikan email ini dan ganti kata sandi Anda.",
            "If you are not signing in to JLC, ignore this email and change your password.",
        ),
        Purpose::SignUp => (
            "Konfirmasi pendaftaran JLC / Confirm your JLC sign-up",
            "Kode konfirmasi pendaftaran JLC Anda",
            "Your JLC sign-up confirmation code",
            "Jika Anda tidak mendaftar ke JLC, abaikan email ini; akun tidak akan aktif.",
            "If you did not sign up for JLC, ignore this email; no account will be active.",
        ),
        Purpose::Reset => (
            "Atur ulang kata sandi JLC / Reset your JLC password",
            "Kode atur ulang kata sandi JLC Anda",
            "Your JLC password reset code",
            "Jika Anda tidak meminta ini, abaikan email ini; kata sandi Anda tetap sama.",
            "If you did not ask for this, ignore this email; your password stays as it is.",
        ),
        Purpose::EmailChange => (
            "Konfirmasi alamat email baru JLC / Confirm your new JLC email address",
            "Kode konfirmasi alamat email baru Anda",
            "Your code to confirm this new address",
            "Jika Anda tidak meminta ini, abaikan email ini; alamat ini tidak akan dipakai.",
            "If you did not ask for this, ignore this email; this address will not be used.",
        ),
        Purpose::Close => (
            "Konfirmasi penutupan akun JLC / Confirm closing your JLC account",
            "Kode untuk menutup akun JLC Anda",
            "Your code to close your JLC account",
            "Jika Anda tidak meminta ini, jangan berikan kode ini kepada siapa pun dan ganti kata sandi Anda; akun Anda tetap terbuka.",
            "If you did not ask for this, give this code to nobody and change your password; your account stays open.",
        ),
    };
    let greeting_id = greeting("Halo", name);
    let greeting_en = greeting("Hello", name);
    Message {
        to: to.to_owned(),
        subject: subject.to_owned(),
        body: format!(
            "{greeting_id}\n\n\
             {what_id}: {code}\n\
             Kode ini berlaku {minutes} menit dan hanya dapat dipakai sekali.\n\n\
             {ADVICE_ID}\n{not_you_id}\n\n\
             ---\n\n\
             {greeting_en}\n\n\
             {what_en}: {code}\n\
             It is valid for {minutes} minutes and works once.\n\n\
             {ADVICE_EN}\n{not_you_en}\n"
        ),
    }
}

/// To an address someone tried to sign up with, or move an account to, that is already a
/// member's: the page said a code was sent, and this is what went instead.
pub fn address_taken(to: &str) -> Message {
    Message {
        to: to.to_owned(),
        subject: "Alamat ini sudah terdaftar di JLC / This address already has a JLC account"
            .to_owned(),
        body: format!(
            "Halo,\n\n\
             Seseorang mencoba memakai alamat email ini untuk akun JLC, tetapi alamat ini sudah \
             terdaftar. Jika itu Anda, masuk ke JLC atau gunakan \"Lupa kata sandi\". Jika bukan, \
             abaikan email ini; tidak ada yang berubah.\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             Hello,\n\n\
             Someone tried to use this email address for a JLC account, but it already has one. \
             If that was you, sign in to JLC or use \"Forgot password\". If not, ignore this \
             email; nothing has changed.\n\n\
             {ADVICE_EN}\n"
        ),
    }
}

pub fn password_changed(to: &str, name: &str) -> Message {
    let (greeting_id, greeting_en) = (greeting("Halo", name), greeting("Hello", name));
    Message {
        to: to.to_owned(),
        subject: "Kata sandi JLC Anda diganti / Your JLC password was changed".to_owned(),
        body: format!(
            "{greeting_id}\n\n\
             Kata sandi akun JLC Anda baru saja diganti, dan semua sesi masuk telah diakhiri.\n\
             Jika bukan Anda yang menggantinya, segera gunakan \"Lupa kata sandi\" di situs JLC.\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             {greeting_en}\n\n\
             The password of your JLC account was just changed, and every session was signed \
             out.\nIf it was not you, use \"Forgot password\" on the JLC site at once.\n\n\
             {ADVICE_EN}\n"
        ),
    }
}

/// To the old address after a change (ASVS 2.2.3), with the new one masked.
pub fn email_changed(to: &str, name: &str, new_masked: &str) -> Message {
    let (greeting_id, greeting_en) = (greeting("Halo", name), greeting("Hello", name));
    Message {
        to: to.to_owned(),
        subject: "Alamat email JLC Anda diganti / Your JLC email address was changed".to_owned(),
        body: format!(
            "{greeting_id}\n\n\
             Alamat email akun JLC Anda baru saja diganti menjadi {new_masked}. Email JLC tidak \
             lagi dikirim ke alamat ini.\n\
             Jika bukan Anda yang menggantinya, hubungi JNE lewat jne.co.id.\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             {greeting_en}\n\n\
             The email address of your JLC account was just changed to {new_masked}. JLC mail \
             no longer goes to this address.\n\
             If it was not you, contact JNE through jne.co.id.\n\n\
             {ADVICE_EN}\n"
        ),
    }
}

/// A sign-in from a device family the account had not used before, with the family in each
/// language and when (WIB); what to do if it was not the member.
pub fn new_device(to: &str, name: &str, device: [String; 2], when: &str) -> Message {
    let (greeting_id, greeting_en) = (greeting("Halo", name), greeting("Hello", name));
    let [device_id, device_en] = device;
    Message {
        to: to.to_owned(),
        subject: "Masuk JLC dari perangkat baru / A JLC sign-in from a new device".to_owned(),
        body: format!(
            "{greeting_id}\n\n\
             Akun JLC Anda baru saja dipakai masuk dari {device_id} pada {when} WIB.\n\
             Jika bukan Anda, buka halaman akun JLC, akhiri sesi itu, lalu ganti kata sandi \
             lewat \"Lupa kata sandi\".\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             {greeting_en}\n\n\
             Your JLC account was just signed in to from {device_en} at {when} WIB.\n\
             If it was not you, open your JLC account page, end that session, then change \
             your password with \"Forgot password\".\n\n\
             {ADVICE_EN}\n"
        ),
    }
}

/// A passkey added to the account (`added`) or removed from it, by the name the member gave it,
/// and when (WIB); what to do if it was not the member.
pub fn passkey_changed(to: &str, name: &str, added: bool, passkey: &str, when: &str) -> Message {
    let (greeting_id, greeting_en) = (greeting("Halo", name), greeting("Hello", name));
    let (subject, done_id, done_en, not_you_id, not_you_en) = if added {
        (
            "Passkey baru di akun JLC Anda / A new passkey on your JLC account",
            "ditambahkan ke",
            "added to",
            "Jika bukan Anda, buka halaman akun JLC, hapus passkey itu, akhiri sesi yang tidak \
             Anda kenal, lalu ganti kata sandi lewat \"Lupa kata sandi\".",
            "If it was not you, open your JLC account page, remove that passkey, end the sessions \
             you do not know, then change your password with \"Forgot password\".",
        )
    } else {
        (
            "Passkey dihapus dari akun JLC Anda / A passkey was removed from your JLC account",
            "dihapus dari",
            "removed from",
            "Jika bukan Anda, buka halaman akun JLC, akhiri sesi yang tidak Anda kenal, lalu \
             ganti kata sandi lewat \"Lupa kata sandi\".",
            "If it was not you, open your JLC account page, end the sessions you do not know, \
             then change your password with \"Forgot password\".",
        )
    };
    Message {
        to: to.to_owned(),
        subject: subject.to_owned(),
        body: format!(
            "{greeting_id}\n\n\
             Passkey \"{passkey}\" baru saja {done_id} akun JLC Anda pada {when} WIB.\n\
             {not_you_id}\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             {greeting_en}\n\n\
             The passkey \"{passkey}\" was just {done_en} your JLC account at {when} WIB.\n\
             {not_you_en}\n\n\
             {ADVICE_EN}\n"
        ),
    }
}

fn greeting(word: &str, name: &str) -> String {
    if name.is_empty() {
        format!("{word},")
    } else {
        format!("{word} {name},")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_message_carries_the_code_and_the_advice_in_both_languages() {
        for purpose in [
            Purpose::SignIn,
            Purpose::SignUp,
            Purpose::Reset,
            Purpose::EmailChange,
            Purpose::Close,
        ] {
            let message = code(purpose, "a@b.id", "Siti", "042917", 10);
            assert_eq!(message.body.matches("042917").count(), 2, "{purpose:?}");
            assert!(message.body.contains("Anda: 042917"), "{purpose:?}");
            assert!(message.body.contains("jne.co.id"));
            assert!(message.body.contains("never asks for your code"));
        }
        for notice in [
            address_taken("a@b.id"),
            password_changed("a@b.id", "Siti"),
            email_changed("a@b.id", "Siti", "s***@c.id"),
            passkey_changed("a@b.id", "Siti", true, "Ponsel", "2026-01-02 08:00"),
            passkey_changed("a@b.id", "Siti", false, "Ponsel", "2026-01-02 08:00"),
        ] {
            assert!(notice.body.contains("tidak pernah meminta"));
            assert!(notice.body.contains("never asks for your code"));
        }
    }
}
