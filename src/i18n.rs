//! Every string of the UI, in one typed place: a field missing from a language fails to compile.

use jne_core::lang::Lang;

/// The words of the site shell and its pages. Each language is one `Texts` value below.
pub struct Texts {
    pub site_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_track: &'static str,
    pub nav_jlc: &'static str,
    pub nav_policy: &'static str,
    /// The language switch shows the other language's name, in that language.
    pub switch_to_other: &'static str,
    pub switch_to_other_label: &'static str,
    pub footer_policy: &'static str,
    pub footer_privacy_note: &'static str,
    pub footer_copyright: &'static str,
    pub track_title: &'static str,
    pub track_intro: &'static str,
    pub jlc_title: &'static str,
    pub jlc_intro: &'static str,
    pub policy_title: &'static str,
    pub policy_intro: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
}

pub const ID: Texts = Texts {
    site_name: "JNE",
    tagline: "Lacak kiriman, JLC, dan kebijakan privasi",
    skip_to_content: "Langsung ke isi halaman",
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

pub const EN: Texts = Texts {
    site_name: "JNE",
    tagline: "Parcel tracking, JLC and privacy policy",
    skip_to_content: "Skip to content",
    nav_label: "Main menu",
    nav_track: "Track parcels",
    nav_jlc: "JLC",
    nav_policy: "Privacy policy",
    switch_to_other: "Bahasa Indonesia",
    switch_to_other_label: "Ganti ke Bahasa Indonesia",
    footer_policy: "Privacy policy",
    footer_privacy_note: "Tracking needs no account and stores nothing about you.",
    footer_copyright: "© PT Tiki Jalur Nugraha Ekakurir",
    track_title: "Track parcels",
    track_intro: "Enter one or more JNE airway bill (AWB) numbers to see where your parcels are. \
                  No account, no cookies.",
    jlc_title: "JLC – JNE Loyalty Card",
    jlc_intro: "Sign in to your JLC account to see your points, rewards and shipments.",
    policy_title: "Privacy policy",
    policy_intro:
        "JNE's privacy policy in force, its version history, and what changed between versions.",
    not_found_title: "Page not found",
    not_found_body: "The address you opened does not exist on this site. Check the address, \
                     or track a parcel from the home page.",
    not_found_home: "Go to the home page",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}
