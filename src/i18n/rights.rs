//! The words of a member's rights over their data: the copy, corrections, consents, closing
//! the account, and the requests made.

use jne_core::jlc::rights::RequestKind;
use jne_core::lang::Lang;

/// The words of the "Data saya" page in `lang` (apart from the shared `Texts`, so that only the
/// pages that use them carry them).
pub fn rights_texts(lang: Lang) -> &'static RightsTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

pub struct RightsTexts {
    pub title: &'static str,
    pub back: &'static str,
    pub link: &'static str,
    pub copy_title: &'static str,
    pub intro: &'static str,
    pub download: &'static str,
    pub download_note: &'static str,
    pub print: &'static str,
    pub past_emails_title: &'static str,
    /// (masked address, until when).
    pub past_email: fn(&str, &str) -> String,
    pub requests_title: &'static str,
    pub requests_none: &'static str,
    pub kind: fn(RequestKind) -> &'static str,
    /// (made, done).
    pub made_done: fn(&str, &str) -> String,
    /// (made, answer by): a request not done yet.
    pub made_due: fn(&str, &str) -> String,
    pub correct_title: &'static str,
    pub correct_open: &'static str,
    pub correct_intro: &'static str,
    pub correct_button: &'static str,
    pub corrected: &'static str,
    pub consents_title: &'static str,
    pub news_label: &'static str,
    /// (since when, policy version).
    pub news_on: fn(&str, &str) -> String,
    pub news_off: &'static str,
    pub give: &'static str,
    pub withdraw: &'static str,
    pub given: &'static str,
    pub withdrawn: &'static str,
    pub account_mail_note: &'static str,
    /// (given?, when, policy version): one record of the history.
    pub record: fn(bool, &str, &str) -> String,
    pub close_title: &'static str,
    /// (the date what is kept would be anonymised).
    pub close_intro: fn(&str) -> String,
    pub close_open: &'static str,
    pub close_button: &'static str,
    pub close_code_title: &'static str,
    pub close_ended: &'static str,
    pub closed_title: &'static str,
    /// (anonymisation date).
    pub closed_body: fn(&str) -> String,
}

pub const ID: RightsTexts = RightsTexts {
    title: "Data saya dan hak Anda",
    back: "Kembali ke akun JLC",
    link: "Data saya dan hak Anda: salinan, perbaikan, persetujuan, penutupan akun",
    copy_title: "Salinan data Anda",
    intro: "Menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda berhak mendapat \
            salinan data Anda, memperbaikinya, menarik persetujuan, dan menutup akun. Semua \
            permintaan di sini kami kerjakan seketika.",
    download: "Unduh salinan data (JSON)",
    download_note:
        "Satu berkas yang dapat dibaca mesin, berisi semua yang kami simpan tentang Anda.",
    print: "Cetak data saya",
    past_emails_title: "Alamat email sebelumnya",
    past_email: |masked, until| format!("{masked}, dipakai sampai {until}"),
    requests_title: "Permintaan Anda",
    requests_none: "Belum ada permintaan.",
    kind: |kind| match kind {
        RequestKind::Copy => "Salinan data",
        RequestKind::Correction => "Perbaikan data",
        RequestKind::Consent => "Perubahan persetujuan",
        RequestKind::Closure => "Penutupan akun",
    },
    made_done: |made, done| format!("Diminta {made}, selesai {done}"),
    made_due: |made, due| format!("Diminta {made}, dijawab paling lambat {due}"),
    correct_title: "Perbaiki nama atau nomor ponsel",
    correct_open: "Perbaiki data",
    correct_intro: "Kata sandi Anda diminta lagi. Kami memberi tahu alamat email terdaftar \
                    setelah perbaikan.",
    correct_button: "Simpan perbaikan",
    corrected: "Data Anda telah diperbaiki. Kami mengirim pemberitahuan ke email Anda.",
    consents_title: "Persetujuan",
    news_label: "Berita dan penawaran JLC lewat email",
    news_on: |at, version| format!("Anda setuju sejak {at} (kebijakan privasi versi {version})."),
    news_off: "Anda tidak menerima berita dan penawaran.",
    give: "Ya, kirimi saya berita dan penawaran",
    withdraw: "Tarik persetujuan",
    given: "Persetujuan Anda dicatat.",
    withdrawn: "Persetujuan Anda ditarik.",
    account_mail_note: "Email akun (kode sekali pakai dan pemberitahuan keamanan) selalu dikirim \
                        dan tidak dapat dimatikan: tanpa itu akun Anda tidak aman.",
    record: |given, at, version| {
        let what = if given { "Diberikan" } else { "Ditarik" };
        format!("{what} {at} (kebijakan versi {version})")
    },
    close_title: "Tutup akun",
    close_intro: |date| {
        format!(
            "Setelah ditutup, semua sesi berakhir dan akun ini tidak dapat dipakai masuk lagi. \
             Yang kami simpan: data akun, persetujuan dan pengakuan kebijakan privasi, serta \
             catatan permintaan Anda, karena kebijakan privasi (4e) dan peraturan mewajibkan \
             data pribadi disimpan sekurang-kurangnya lima tahun. Jika Anda menutupnya hari \
             ini, data itu dianonimkan pada {date}; sesudahnya alamat email Anda dapat dipakai \
             lagi untuk akun baru."
        )
    },
    close_open: "Tutup akun saya…",
    close_button: "Kirim kode untuk menutup akun",
    close_code_title: "Kode penutupan akun",
    close_ended: "Kode itu tidak berlaku lagi. Akun Anda tetap terbuka; mulai lagi bila perlu.",
    closed_title: "Akun Anda telah ditutup",
    closed_body: |date| {
        format!(
            "Semua sesi telah berakhir. Data yang wajib kami simpan dianonimkan pada {date}. \
             Kami mengirim rinciannya ke email Anda."
        )
    },
};

pub const EN: RightsTexts = RightsTexts {
    title: "My data and your rights",
    back: "Back to the JLC account",
    link: "My data and your rights: a copy, corrections, consents, closing the account",
    copy_title: "A copy of your data",
    intro: "Under Law No. 27 of 2022 on Personal Data Protection you have the right to a copy \
            of your data, to correct it, to withdraw consent and to close your account. We \
            carry out every request here at once.",
    download: "Download a copy of my data (JSON)",
    download_note: "One machine-readable file with everything we hold about you.",
    print: "Print my data",
    past_emails_title: "Earlier email addresses",
    past_email: |masked, until| format!("{masked}, used until {until}"),
    requests_title: "Your requests",
    requests_none: "No requests yet.",
    kind: |kind| match kind {
        RequestKind::Copy => "Copy of data",
        RequestKind::Correction => "Correction",
        RequestKind::Consent => "Consent change",
        RequestKind::Closure => "Account closure",
    },
    made_done: |made, done| format!("Asked {made}, done {done}"),
    made_due: |made, due| format!("Asked {made}, answered by {due} at the latest"),
    correct_title: "Correct your name or mobile number",
    correct_open: "Correct my details",
    correct_intro: "Your password is asked again. We tell your registered email address after \
                    the correction.",
    correct_button: "Save the correction",
    corrected: "Your details are corrected. We sent a notice to your email.",
    consents_title: "Consents",
    news_label: "JLC news and offers by email",
    news_on: |at, version| format!("You agreed on {at} (privacy policy version {version})."),
    news_off: "You do not receive news and offers.",
    give: "Yes, send me news and offers",
    withdraw: "Withdraw consent",
    given: "Your consent is recorded.",
    withdrawn: "Your consent is withdrawn.",
    account_mail_note: "Account mail (one-time codes and security notices) is always sent and \
                        cannot be switched off: without it your account is not safe.",
    record: |given, at, version| {
        let what = if given { "Given" } else { "Withdrawn" };
        format!("{what} {at} (policy version {version})")
    },
    close_title: "Close the account",
    close_intro: |date| {
        format!(
            "Once closed, every session ends and the account can no longer be signed in to. \
             What we keep: the account's data, your consents and privacy policy \
             acknowledgements, and the record of your requests, because the privacy policy \
             (4e) and the law require personal data to be kept for at least five years. If you \
             close it today, it is anonymised on {date}; after that your email address can be \
             used for a new account again."
        )
    },
    close_open: "Close my account…",
    close_button: "Send the code to close the account",
    close_code_title: "Code to close the account",
    close_ended: "That code no longer works. Your account stays open; start again if you wish.",
    closed_title: "Your account is closed",
    closed_body: |date| {
        format!(
            "Every session has ended. What we must keep is anonymised on {date}. We sent the \
             details to your email."
        )
    },
};
