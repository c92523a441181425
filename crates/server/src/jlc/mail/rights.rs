//! The messages of a member's rights over their data: a correction, and a closed account
//! (to its member, and to anyone who asks to use its address).

use super::{greeting, ADVICE_EN, ADVICE_ID};
use crate::mail::Message;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_carries_the_advice_and_a_closed_account_its_date() {
        for notice in [
            profile_corrected("a@b.id", "Siti"),
            account_closed("a@b.id", "Siti", "2031-12-02"),
            closed_account_asked("a@b.id", "2031-12-02"),
        ] {
            assert!(notice.body.contains("tidak pernah meminta"));
            assert!(notice.body.contains("never asks for your code"));
        }
        for closed in [
            account_closed("a@b.id", "Siti", "2031-12-02"),
            closed_account_asked("a@b.id", "2031-12-02"),
        ] {
            assert!(closed.body.contains("2031-12-02") && closed.body.contains("4e"));
        }
    }
}
