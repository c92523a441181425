//! The words of passkeys: signing in with one, and the member's list. Kept out of `Texts`
//! (see [`passkeys_texts`]) so that only the JLC bundles carry them.

use jne_core::lang::Lang;

pub struct PasskeysTexts {
    pub sign_in: &'static str,
    pub sign_in_hint: &'static str,
    /// Between the passkey button and the password form.
    pub or_password: &'static str,
    /// The browser's dialog was closed, refused or timed out.
    pub cancelled: &'static str,
    /// The server did not accept the passkey (unknown, removed, or another site's).
    pub refused: &'static str,
    /// The browser could not make or use one now.
    pub failed: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub none: &'static str,
    /// (added, last used) of one passkey; `None` when never used.
    pub times: fn(&str, Option<&str>) -> String,
    pub rename: &'static str,
    /// (name) the rename button's name for a screen reader.
    pub rename_label: fn(&str) -> String,
    pub new_name_label: &'static str,
    pub save: &'static str,
    pub remove: &'static str,
    /// (name) the remove button's name for a screen reader.
    pub remove_label: fn(&str) -> String,
    /// Above the password asked before the last passkey goes.
    pub remove_last: &'static str,
    pub add_title: &'static str,
    pub add_intro: &'static str,
    pub name_label: &'static str,
    pub name_hint: &'static str,
    /// The password asked again before a passkey is added or the last one removed.
    pub password_label: &'static str,
    pub add: &'static str,
    /// The browser's dialog was closed, refused or timed out while adding.
    pub add_cancelled: &'static str,
    pub already_there: &'static str,
    pub unsupported: &'static str,
    pub added: &'static str,
    pub renamed: &'static str,
    pub removed: &'static str,
}

/// The passkey words in `lang`.
pub fn passkeys_texts(lang: Lang) -> &'static PasskeysTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

const ID: PasskeysTexts = PasskeysTexts {
    sign_in: "Masuk dengan passkey",
    sign_in_hint: "Tanpa kata sandi dan kode: ponsel atau komputer Anda memastikan bahwa ini Anda \
                   (sidik jari, wajah, atau PIN layar).",
    or_password: "Atau masuk dengan kata sandi dan kode email:",
    cancelled: "Dialog passkey ditutup atau ditolak. Coba lagi, atau masuk dengan kata sandi.",
    refused: "Passkey ini tidak diterima JLC (mungkin sudah dihapus). Masuk dengan kata sandi \
              dan kode email.",
    failed: "Browser ini tidak dapat memakai passkey saat ini. Masuk dengan kata sandi dan kode \
             email.",
    title: "Passkey",
    intro: "Passkey membuat Anda masuk tanpa kata sandi dan kode, dan tidak bisa dipakai di situs \
            palsu. Kata sandi dan kode email tetap berlaku.",
    none: "Belum ada passkey di akun ini.",
    times: |added, used| match used {
        Some(used) => format!("Ditambahkan {added}, terakhir dipakai {used}"),
        None => format!("Ditambahkan {added}, belum pernah dipakai"),
    },
    rename: "Ganti nama",
    rename_label: |name| format!("Ganti nama passkey {name}"),
    new_name_label: "Nama baru",
    save: "Simpan",
    remove: "Hapus",
    remove_label: |name| format!("Hapus passkey {name}"),
    remove_last: "Ini passkey terakhir Anda. Masukkan kata sandi untuk menghapusnya; setelah itu \
                  Anda masuk dengan kata sandi dan kode email.",
    add_title: "Tambah passkey",
    add_intro: "Kata sandi diminta lagi, lalu browser Anda menanyakan di mana passkey disimpan.",
    name_label: "Nama passkey",
    name_hint: "Agar Anda mengenalinya nanti, misalnya \"Ponsel saya\".",
    password_label: "Konfirmasi dengan kata sandi",
    add: "Tambah passkey",
    add_cancelled: "Dialog passkey ditutup atau ditolak, jadi tidak ada passkey yang ditambahkan. \
                    Masukkan kata sandi, lalu coba lagi.",
    already_there: "Perangkat ini sudah menyimpan passkey untuk akun Anda.",
    unsupported: "Browser ini tidak dapat membuat passkey. Coba browser versi terbaru.",
    added: "Passkey ditambahkan. Lain kali Anda dapat masuk dengan passkey ini.",
    renamed: "Nama passkey diganti.",
    removed: "Passkey dihapus.",
};

const EN: PasskeysTexts = PasskeysTexts {
    sign_in: "Sign in with a passkey",
    sign_in_hint: "No password or code: your phone or computer confirms it is you (fingerprint, \
                   face or screen PIN).",
    or_password: "Or sign in with your password and an email code:",
    cancelled: "The passkey dialog was closed or refused. Try again, or sign in with your \
                password.",
    refused: "JLC does not accept this passkey (it may have been removed). Sign in with your \
              password and an email code.",
    failed: "This browser cannot use a passkey right now. Sign in with your password and an \
             email code.",
    title: "Passkeys",
    intro: "A passkey signs you in without a password or code, and does not work on a fake site. \
            Your password and email codes still work.",
    none: "This account has no passkey yet.",
    times: |added, used| match used {
        Some(used) => format!("Added {added}, last used {used}"),
        None => format!("Added {added}, never used"),
    },
    rename: "Rename",
    rename_label: |name| format!("Rename the passkey {name}"),
    new_name_label: "New name",
    save: "Save",
    remove: "Remove",
    remove_label: |name| format!("Remove the passkey {name}"),
    remove_last: "This is your last passkey. Enter your password to remove it; then you sign in \
                  with your password and an email code.",
    add_title: "Add a passkey",
    add_intro: "Your password is asked again, then your browser asks where to keep the passkey.",
    name_label: "Passkey name",
    name_hint: "So you know it later, such as \"My phone\".",
    password_label: "Confirm with your password",
    add: "Add passkey",
    add_cancelled: "The passkey dialog was closed or refused, so no passkey was added. Enter your \
                    password and try again.",
    already_there: "This device already holds a passkey for your account.",
    unsupported: "This browser cannot make passkeys. Try an up-to-date browser.",
    added: "Passkey added. Next time you can sign in with it.",
    renamed: "Passkey renamed.",
    removed: "Passkey removed.",
};
