//! The words of the JLC member site (sign-in, code, member page), in both languages.

pub struct JlcTexts {
    pub layers_note: &'static str,
    pub identifier_label: &'static str,
    pub identifier_hint: &'static str,
    pub password_label: &'static str,
    pub show_password: &'static str,
    pub hide_password: &'static str,
    pub sign_in: &'static str,
    pub insecure: &'static str,
    pub need_identifier: &'static str,
    pub need_password: &'static str,
    pub invalid_credentials: &'static str,
    pub offline: &'static str,
    pub server_error: &'static str,
    pub code_title: &'static str,
    /// (masked address)
    pub code_sent: fn(&str) -> String,
    pub code_label: &'static str,
    pub code_hint: &'static str,
    /// (seconds left)
    pub code_valid_for: fn(u64) -> String,
    pub code_expired: &'static str,
    pub verify: &'static str,
    pub resend: &'static str,
    pub resend_in: fn(u64) -> String,
    pub resent: &'static str,
    pub need_code: &'static str,
    pub code_format: &'static str,
    /// Followed by the tries left (`LockoutTexts`), when the server says.
    pub invalid_code: &'static str,
    pub challenge_ended: &'static str,
    pub start_over: &'static str,
    pub account_title: &'static str,
    /// The right password of an account its member closed.
    pub account_closed: &'static str,
    pub greeting: fn(&str) -> String,
    pub jlc_number: &'static str,
    pub email: &'static str,
    pub mobile: &'static str,
    pub points: &'static str,
    pub tier: &'static str,
    pub member_since: &'static str,
    pub shipments_title: &'static str,
    pub no_shipments: &'static str,
    pub held_title: &'static str,
    pub held_intro: &'static str,
    /// The email and mobile are masked everywhere on the page until the member asks.
    pub held_reveal: &'static str,
    pub held_conceal: &'static str,
    /// A stored field's stable key as a label.
    pub held_field: fn(&str) -> String,
    pub acks_title: &'static str,
    pub no_acks: &'static str,
    /// (version date, when acknowledged)
    pub ack_line: fn(&str, &str) -> String,
    /// (version date) the member has not acknowledged the version in force.
    pub ack_needed: fn(&str) -> String,
    pub ack_button: &'static str,
    pub read_policy: &'static str,
    pub sign_out: &'static str,
    pub sign_out_all: &'static str,
    pub signed_out: &'static str,
    pub loading: &'static str,
}

/// `4:05`: minutes and seconds, the way a countdown reads in both languages.
pub fn clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

pub const ID: JlcTexts = JlcTexts {
    layers_note: "Akun JLC dilindungi dua lapis: koneksi terenkripsi (SSL/TLS), lalu kode sekali \
                  pakai yang kami kirim ke email Anda.",
    identifier_label: "Nomor JLC atau email",
    identifier_hint: "Nomor kartu JLC Anda (contoh: JLC0012345678) atau email yang terdaftar.",
    password_label: "Kata sandi",
    show_password: "Tampilkan kata sandi",
    hide_password: "Sembunyikan kata sandi",
    sign_in: "Masuk",
    insecure: "Koneksi ini tidak terenkripsi, jadi kata sandi Anda tidak dikirim. Buka situs \
               ini lewat alamat https:// (ada ikon gembok di bilah alamat).",
    need_identifier: "Masukkan nomor JLC atau email Anda",
    need_password: "Masukkan kata sandi Anda",
    invalid_credentials: "Nomor JLC/email atau kata sandi salah.",
    offline: "Tidak ada koneksi internet. Periksa koneksi Anda, lalu coba lagi.",
    server_error: "Server sedang bermasalah. Coba lagi sebentar lagi.",
    code_title: "Masukkan kode dari email",
    code_sent: |hint| format!("Kami mengirim kode 6 angka ke {hint}."),
    code_label: "Kode 6 angka",
    code_hint: "JNE tidak pernah meminta kode atau kata sandi Anda lewat telepon atau chat.",
    code_valid_for: |s| format!("Kode berlaku {} lagi.", clock(s)),
    code_expired: "Kode sudah kedaluwarsa. Masuk lagi untuk mendapatkan kode baru.",
    verify: "Verifikasi",
    resend: "Kirim ulang kode",
    resend_in: |s| format!("Kirim ulang kode dalam {}", clock(s)),
    resent: "Kode baru sudah dikirim. Kode sebelumnya tidak berlaku lagi.",
    need_code: "Masukkan kode 6 angka dari email",
    code_format: "Kode terdiri dari 6 angka",
    invalid_code: "Kode salah.",
    challenge_ended: "Kode ini sudah tidak berlaku (kedaluwarsa, sudah dipakai, atau terlalu \
                      sering salah). Masuk lagi untuk mendapatkan kode baru.",
    start_over: "Masuk lagi",
    account_title: "Akun JLC",
    account_closed: "Akun ini telah ditutup atas permintaan pemiliknya dan tidak dapat dipakai \
                     masuk lagi. Rinciannya ada di email penutupan akun.",
    greeting: |name| format!("Halo, {name}"),
    jlc_number: "Nomor JLC",
    email: "Email",
    mobile: "Nomor ponsel",
    points: "Poin",
    tier: "Tingkat",
    member_since: "Anggota sejak",
    shipments_title: "Kiriman terakhir",
    no_shipments: "Belum ada kiriman.",
    held_title: "Data yang kami simpan tentang Anda",
    held_intro: "Sesuai hak akses dalam UU No. 27/2022 tentang Pelindungan Data Pribadi, \
                 inilah semua data akun yang kami simpan tentang Anda (kata sandi hanya \
                 disimpan dalam bentuk hash yang tidak dapat dibaca).",
    held_reveal: "Tampilkan email dan nomor ponsel lengkap",
    held_conceal: "Samarkan lagi",
    held_field: |key| {
        match key {
            "name" => "Nama",
            "email" => "Email",
            "mobile" => "Nomor ponsel",
            "jlc_number" => "Nomor JLC",
            "member_since" => "Anggota sejak",
            "points" => "Poin",
            "tier" => "Tingkat",
            "sessions" => "Sesi aktif",
            "last_sign_in" => "Terakhir masuk",
            other => other,
        }
        .to_owned()
    },
    acks_title: "Persetujuan kebijakan privasi",
    no_acks: "Anda belum menyatakan membaca versi mana pun.",
    ack_line: |version, at| format!("Versi {version}: dibaca pada {at}"),
    ack_needed: |version| {
        format!("Kebijakan privasi versi {version} berlaku dan belum Anda nyatakan telah dibaca.")
    },
    ack_button: "Saya sudah membaca dan mengerti",
    read_policy: "Baca kebijakan privasi",
    sign_out: "Keluar",
    sign_out_all: "Keluar dari semua perangkat",
    signed_out: "Anda sudah keluar.",
    loading: "Memuat…",
};

pub const EN: JlcTexts = JlcTexts {
    layers_note: "JLC accounts have two layers of protection: an encrypted connection (SSL/TLS), \
                  then a one-time code we send to your email.",
    identifier_label: "JLC number or email",
    identifier_hint: "Your JLC card number (for example JLC0012345678) or your registered email.",
    password_label: "Password",
    show_password: "Show password",
    hide_password: "Hide password",
    sign_in: "Sign in",
    insecure: "This connection is not encrypted, so your password is not sent. Open this site \
               at an https:// address (with a padlock in the address bar).",
    need_identifier: "Enter your JLC number or email",
    need_password: "Enter your password",
    invalid_credentials: "The JLC number/email or the password is wrong.",
    offline: "No internet connection. Check your connection, then try again.",
    server_error: "The server has a problem. Try again in a moment.",
    code_title: "Enter the code from your email",
    code_sent: |hint| format!("We sent a 6-digit code to {hint}."),
    code_label: "6-digit code",
    code_hint: "JNE never asks for your code or password by phone or chat.",
    code_valid_for: |s| format!("The code is valid for {} more.", clock(s)),
    code_expired: "The code has expired. Sign in again to get a new code.",
    verify: "Verify",
    resend: "Send the code again",
    resend_in: |s| format!("Send the code again in {}", clock(s)),
    resent: "A new code was sent. The previous code no longer works.",
    need_code: "Enter the 6-digit code from your email",
    code_format: "The code is 6 digits",
    invalid_code: "Wrong code.",
    challenge_ended: "This code no longer works (expired, already used, or too many wrong \
                      tries). Sign in again to get a new code.",
    start_over: "Sign in again",
    account_title: "JLC account",
    account_closed: "This account was closed at its owner's request and can no longer be \
                     signed in to. The details are in the account closure email.",
    greeting: |name| format!("Hello, {name}"),
    jlc_number: "JLC number",
    email: "Email",
    mobile: "Mobile number",
    points: "Points",
    tier: "Tier",
    member_since: "Member since",
    shipments_title: "Recent shipments",
    no_shipments: "No shipments yet.",
    held_title: "The data we hold about you",
    held_intro: "Under your right of access in Law No. 27/2022 on Personal Data Protection, this \
                 is all the account data we hold about you (the password is stored only as a \
                 hash that cannot be read).",
    held_reveal: "Show the full email and mobile number",
    held_conceal: "Mask them again",
    held_field: |key| {
        match key {
            "name" => "Name",
            "email" => "Email",
            "mobile" => "Mobile number",
            "jlc_number" => "JLC number",
            "member_since" => "Member since",
            "points" => "Points",
            "tier" => "Tier",
            "sessions" => "Active sessions",
            "last_sign_in" => "Last sign-in",
            other => other,
        }
        .to_owned()
    },
    acks_title: "Privacy policy acknowledgements",
    no_acks: "You have not acknowledged any version yet.",
    ack_line: |version, at| format!("Version {version}: read on {at}"),
    ack_needed: |version| {
        format!(
            "Privacy policy version {version} is in force and you have not yet acknowledged it."
        )
    },
    ack_button: "I have read and understood it",
    read_policy: "Read the privacy policy",
    sign_out: "Sign out",
    sign_out_all: "Sign out on every device",
    signed_out: "You are signed out.",
    loading: "Loading…",
};
