//! The site in Bahasa Indonesia.

use super::Texts;

pub const TEXTS: Texts = Texts {
    track: super::track::ID,
    jlc: super::jlc::ID,
    account: super::account::ID,
    lockout: super::lockout::ID,
    sessions: super::sessions::ID,
    policy: super::policy::ID,
    site_name: "JNE",
    tagline: "Lacak kiriman, JLC, dan kebijakan privasi",
    skip_to_content: "Langsung ke isi halaman",
    did_you_mean: |s| format!("Maksud Anda {s}?"),
    nav_label: "Menu utama",
    nav_track: "Lacak kiriman",
    nav_jlc: "JLC",
    nav_policy: "Kebijakan privasi",
    switch_to_other: "English",
    switch_to_other_label: "Switch to English",
    footer_policy: "Kebijakan privasi",
    footer_privacy_note:
        "Pelacakan tidak memerlukan akun dan tidak menyimpan apa pun tentang Anda.",
    footer_copyright: "© PT Tiki Jalur Nugraha Ekakurir",
    track_title: "Lacak kiriman",
    track_intro: "Masukkan satu atau beberapa nomor resi (AWB) JNE untuk melihat posisi kiriman. \
                  Tanpa akun, tanpa cookie.",
    jlc_title: "JLC – JNE Loyalty Card",
    jlc_intro: "Masuk ke akun JLC untuk melihat poin, hadiah, dan kiriman Anda.",
    policy_title: "Kebijakan privasi",
    policy_intro:
        "Kebijakan privasi JNE yang berlaku, riwayat versinya, dan perbandingan antarversi.",
    not_found_title: "Halaman tidak ditemukan",
    not_found_body: "Alamat yang Anda buka tidak ada di situs ini. Periksa kembali alamatnya, \
                     atau lacak kiriman dari halaman utama.",
    not_found_home: "Ke halaman utama",
};
