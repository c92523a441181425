//! The words of the member's sessions list: where they are signed in, and ending sessions.

pub struct SessionsTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// Marks the session of the browser reading the page.
    pub this_device: &'static str,
    /// (started, last used) when a session began and was last used.
    pub times: fn(&str, &str) -> String,
    pub end: &'static str,
    /// (device) the end button's name for a screen reader: which session it ends.
    pub end_label: fn(&str) -> String,
    pub end_others: &'static str,
    pub only_this: &'static str,
    /// After ending one or more: the list now.
    pub ended: &'static str,
}

pub const ID: SessionsTexts = SessionsTexts {
    title: "Perangkat yang sedang masuk",
    intro: "Kami hanya menyimpan jenis peramban dan sistemnya serta waktunya, tidak alamat IP.",
    this_device: "perangkat ini",
    times: |started, used| format!("Masuk {started}, terakhir dipakai {used}"),
    end: "Akhiri",
    end_label: |device| format!("Akhiri sesi {device}"),
    end_others: "Akhiri semua sesi lain",
    only_this: "Hanya perangkat ini yang sedang masuk.",
    ended: "Sesi diakhiri.",
};

pub const EN: SessionsTexts = SessionsTexts {
    title: "Devices signed in",
    intro: "We keep only the kind of browser and system and the times, never an IP address.",
    this_device: "this device",
    times: |started, used| format!("Signed in {started}, last used {used}"),
    end: "End",
    end_label: |device| format!("End the session on {device}"),
    end_others: "End all other sessions",
    only_this: "Only this device is signed in.",
    ended: "Session ended.",
};
