//! The messages of JLC accounts, in Bahasa Indonesia then English, plain text, each with the
//! anti-phishing advice the privacy policy asks for. `crate::mail` sends them.

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

/// After a correction of name or mobile number (the registered address is told of every
/// change to the account).
pub fn profile_corrected(to: &str, name: &str) -> Message {
    let (greeting_id, greeting_en) = (greeting("Halo", name), greeting("Hello", name));
    Message {
        to: to.to_owned(),
        subject: "Data akun JLC Anda diperbarui / Your JLC account details were corrected"
            .to_owned(),
        body: format!(
            "{greeting_id}\n\n\
             Nama atau nomor ponsel akun JLC Anda baru saja diperbarui.\n\
             Jika bukan Anda, buka halaman akun JLC, akhiri sesi yang tidak Anda kenal, lalu \
             ganti kata sandi lewat \"Lupa kata sandi\".\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             {greeting_en}\n\n\
             The name or mobile number of your JLC account was just corrected.\n\
             If it was not you, open your JLC account page, end the sessions you do not know, \
             then change your password with \"Forgot password\".\n\n\
             {ADVICE_EN}\n"
        ),
    }
}

/// What is kept of a closed account, why, and until when: said after closing, and again to
/// anyone who asks for a reset or a sign-up with its address (the page answers them as it
/// answers everyone; this mail, to the address itself, is the clear answer).
fn what_is_kept(anonymised_on: &str) -> (String, String) {
    (
        format!(
            "Yang kami simpan: data akun (nama, email, nomor ponsel, nomor JLC, poin),              persetujuan dan pengakuan kebijakan privasi Anda, serta catatan permintaan Anda.              Alasannya: kebijakan privasi JNE (4e) dan peraturan perundang-undangan mewajibkan              data pribadi disimpan sekurang-kurangnya lima tahun. Pada {anonymised_on} data itu              dianonimkan: nama, email, nomor ponsel dan kata sandi dihapus, dan alamat email              ini dapat dipakai lagi untuk akun baru."
        ),
        format!(
            "What we keep: the account's data (name, email, mobile number, JLC number,              points), your consents and privacy policy acknowledgements, and the record of              your requests. Why: JNE's privacy policy (4e) and the law require personal data              to be kept for at least five years. On {anonymised_on} it is anonymised: the              name, email, mobile number and password are deleted, and this address can be              used for a new account again."
        ),
    )
}

pub fn account_closed(to: &str, name: &str, anonymised_on: &str) -> Message {
    let (greeting_id, greeting_en) = (greeting("Halo", name), greeting("Hello", name));
    let (kept_id, kept_en) = what_is_kept(anonymised_on);
    Message {
        to: to.to_owned(),
        subject: "Akun JLC Anda telah ditutup / Your JLC account is closed".to_owned(),
        body: format!(
            "{greeting_id}\n\n\
             Akun JLC Anda telah ditutup atas permintaan Anda. Semua sesi telah diakhiri, dan \
             akun ini tidak dapat dipakai masuk lagi.\n\n{kept_id}\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             {greeting_en}\n\n\
             Your JLC account is closed, as you asked. Every session has ended, and the \
             account can no longer be signed in to.\n\n{kept_en}\n\n\
             {ADVICE_EN}\n"
        ),
    }
}

/// To the address of a closed account when someone asks to reset its password or to sign up
/// with it.
pub fn closed_account_asked(to: &str, anonymised_on: &str) -> Message {
    let (kept_id, kept_en) = what_is_kept(anonymised_on);
    Message {
        to: to.to_owned(),
        subject: "Akun JLC ini sudah ditutup / This JLC account is closed".to_owned(),
        body: format!(
            "Halo,\n\n\
             Seseorang meminta atur ulang kata sandi atau pendaftaran dengan alamat ini, tetapi \
             akun JLC-nya sudah ditutup atas permintaan pemiliknya; tidak ada yang berubah.\n\n\
             {kept_id}\n\n\
             {ADVICE_ID}\n\n\
             ---\n\n\
             Hello,\n\n\
             Someone asked to reset the password of, or sign up with, this address, but its \
             JLC account was closed at its owner's request; nothing has changed.\n\n\
             {kept_en}\n\n\
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
            profile_corrected("a@b.id", "Siti"),
            account_closed("a@b.id", "Siti", "2031-12-02"),
            closed_account_asked("a@b.id", "2031-12-02"),
            passkey_changed("a@b.id", "Siti", true, "Ponsel", "2026-01-02 08:00"),
            passkey_changed("a@b.id", "Siti", false, "Ponsel", "2026-01-02 08:00"),
        ] {
            assert!(notice.body.contains("tidak pernah meminta"));
            assert!(notice.body.contains("never asks for your code"));
        }
    }
}
