//! The words of the per-account lock: how many tries are left, what happens after them, and
//! how long a wait lasts, in words (a clock time like "14:51" reads as a time of day).

use jne_core::jlc::lockout::window_minutes;

pub struct LockoutTexts {
    /// (seconds) a wait in words: "15 menit", "45 detik".
    pub wait: fn(u64) -> String,
    /// (seconds left) a 429: too many tries, and how long to wait.
    pub throttled: fn(u64) -> String,
    /// (tries left) what the next wrong tries do; 0: the account is locked now.
    pub warning: fn(u32) -> String,
    /// (tries left) "Sisa 1 percobaan." / "1 try left."
    pub tries_left: fn(u32) -> String,
    /// The code step under a lock: the way back to the sign-in form.
    pub change_account: &'static str,
}

/// A wait rounded up to whole minutes, or seconds under a minute: (count, is minutes).
fn amount(seconds: u64) -> (u64, bool) {
    if seconds >= 60 {
        (seconds.div_ceil(60), true)
    } else {
        (seconds, false)
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn id_wait(seconds: u64) -> String {
    match amount(seconds) {
        (n, true) => format!("{n} menit"),
        (n, false) => format!("{n} detik"),
    }
}

fn en_wait(seconds: u64) -> String {
    match amount(seconds) {
        (n, true) => plural(n, "minute", "minutes"),
        (n, false) => plural(n, "second", "seconds"),
    }
}

pub const ID: LockoutTexts = LockoutTexts {
    wait: id_wait,
    throttled: |s| format!("Terlalu banyak percobaan. Coba lagi {} lagi.", id_wait(s)),
    warning: |left| match left {
        0 => format!("Akun dikunci {} menit.", window_minutes()),
        n => format!(
            "{n} kali lagi salah, akun dikunci {} menit.",
            window_minutes()
        ),
    },
    tries_left: |n| format!("Sisa {n} percobaan."),
    change_account: "Kembali dan ganti akun",
};

pub const EN: LockoutTexts = LockoutTexts {
    wait: en_wait,
    throttled: |s| format!("Too many attempts. Try again in {}.", en_wait(s)),
    warning: |left| match left {
        0 => format!(
            "The account is now locked for {}.",
            plural(window_minutes(), "minute", "minutes")
        ),
        n => format!(
            "{} left, then the account is locked for {}.",
            plural(n.into(), "try", "tries"),
            plural(window_minutes(), "minute", "minutes")
        ),
    },
    tries_left: |n| format!("{} left.", plural(n.into(), "try", "tries")),
    change_account: "Go back and change the account",
};
