//! The words of the tracking page, in both languages.

use jne_core::awb::{AwbError, MAX_LEN, MAX_PER_SEARCH, MIN_LEN};
use jne_core::tracking::{NormalizedStatus, ProblemKind};

pub struct TrackTexts {
    pub field_label: &'static str,
    pub field_hint: &'static str,
    pub submit: &'static str,
    pub error_summary_title: &'static str,
    pub nothing_typed: &'static str,
    /// `"12345": too short (5 characters, at least 10)`
    pub bad_token: fn(&str, &AwbError) -> String,
    /// (over): the numbers past the limit were not tracked.
    pub too_many: fn(usize) -> String,
    pub duplicates: fn(usize) -> String,
    pub results_title: &'static str,
    /// (found, of those with a problem, not found, failed)
    pub summary: fn(usize, usize, usize, usize) -> String,
    pub loading: &'static str,
    /// The submit button while a search is under way.
    pub busy: &'static str,
    /// (numbers): the progress line of a search under way.
    pub searching: fn(usize) -> String,
    pub timed_out: &'static str,
    /// The summary table: its caption and column headers.
    pub summary_caption: &'static str,
    pub column_awb: &'static str,
    pub column_status: &'static str,
    /// Badges of numbers without a shipment.
    pub badge_not_found: &'static str,
    pub badge_failed: &'static str,
    /// (hidden): the control that opens the older events of a history.
    pub more_events: fn(usize) -> String,
    pub fewer_events: &'static str,
    /// (date and time): the printed page's heading line.
    pub printed_at: fn(&str) -> String,
    pub not_found: &'static str,
    pub upstream_error: &'static str,
    pub offline: &'static str,
    pub server_error: &'static str,
    pub throttled: fn(Option<u32>) -> String,
    pub retry: &'static str,
    pub share_label: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    /// The clipboard refused (an old browser, or permission denied).
    pub copy_failed: &'static str,
    /// Opens the device's share sheet.
    pub share: &'static str,
    pub print: &'static str,
    pub status: fn(NormalizedStatus) -> &'static str,
    pub jne_status: &'static str,
    pub service: &'static str,
    pub route: &'static str,
    pub shipped_at: &'static str,
    pub estimated_delivery: &'static str,
    pub delivered_at: &'static str,
    pub receiver: &'static str,
    pub relation: &'static str,
    pub history: &'static str,
    pub next_step: &'static str,
}

pub const ID: TrackTexts = TrackTexts {
    field_label: "Nomor resi (AWB)",
    field_hint:
        "Satu nomor atau beberapa sekaligus, dipisah spasi, koma, titik koma atau baris baru. \
                 Maksimal 40 nomor.",
    submit: "Lacak",
    error_summary_title: "Ada yang perlu diperbaiki",
    nothing_typed: "Masukkan nomor resi yang ingin dilacak",
    bad_token: |token, error| {
        let token = isolated(token);
        match error {
            AwbError::Empty => format!("“{token}”: tidak ada nomor"),
            AwbError::TooShort { len } => {
                format!("“{token}”: terlalu pendek ({len} karakter, minimal {MIN_LEN})")
            }
            AwbError::TooLong { len } => {
                format!("“{token}”: terlalu panjang ({len} karakter, maksimal {MAX_LEN})")
            }
            AwbError::BadChar { ch, position } => format!(
                "“{token}”: karakter “{}” di posisi {position} tidak boleh (hanya huruf dan angka)",
                isolated(&ch.to_string())
            ),
        }
    },
    too_many: |over| {
        format!(
            "Maksimal {MAX_PER_SEARCH} nomor sekali lacak: {over} nomor terakhir belum dilacak. \
             Lacak nomor itu setelah ini."
        )
    },
    duplicates: |n| format!("{n} nomor ganda hanya dilacak sekali."),
    results_title: "Hasil pelacakan",
    summary: |found, attention, missing, failed| {
        let mut parts = vec![format!("{found} ditemukan")];
        if attention > 0 {
            parts.push(format!("{attention} bermasalah"));
        }
        if missing > 0 {
            parts.push(format!("{missing} tidak ditemukan"));
        }
        if failed > 0 {
            parts.push(format!("{failed} gagal dimuat"));
        }
        parts.join(", ")
    },
    loading: "Mencari data kiriman…",
    busy: "Melacak…",
    searching: |n| format!("Mencari data {n} kiriman…"),
    timed_out: "JNE belum menjawab setelah 15 detik. Koneksi mungkin lambat: coba lagi.",
    summary_caption: "Ringkasan semua nomor",
    column_awb: "Nomor resi",
    column_status: "Status terakhir",
    badge_not_found: "Tidak ditemukan",
    badge_failed: "Gagal dimuat",
    more_events: |n| format!("Tampilkan {n} peristiwa sebelumnya"),
    fewer_events: "Sembunyikan peristiwa sebelumnya",
    printed_at: |when| format!("JNE Express, status per {when}"),
    not_found: "Nomor ini tidak ditemukan. Periksa kembali nomornya: kiriman baru bisa dilacak \
                beberapa jam setelah diserahkan ke JNE.",
    upstream_error: "Data kiriman ini tidak dapat diambil dari JNE saat ini.",
    offline: "Tidak ada koneksi internet. Periksa koneksi Anda, lalu coba lagi.",
    server_error: "Server sedang bermasalah. Coba lagi sebentar lagi.",
    throttled: |seconds| match seconds {
        Some(s) => format!("Terlalu banyak permintaan. Coba lagi dalam {s} detik."),
        None => "Terlalu banyak permintaan. Coba lagi sebentar lagi.".to_owned(),
    },
    retry: "Coba lagi",
    share_label:
        "Tautan untuk membagikan hasil ini (nomor hanya ada di tautan, tidak dikirim ke mana pun):",
    copy_link: "Salin tautan",
    link_copied: "Tautan disalin.",
    copy_failed: "Tautan tidak dapat disalin otomatis. Tekan lama atau klik kanan tautan di atas untuk menyalinnya.",
    share: "Bagikan",
    print: "Cetak hasil",
    status: |status| match status {
        NormalizedStatus::InfoReceived => "Data diterima",
        NormalizedStatus::InTransit => "Dalam perjalanan",
        NormalizedStatus::OutForDelivery => "Sedang diantar",
        NormalizedStatus::Delivered => "Terkirim",
        NormalizedStatus::Problem(ProblemKind::BadAddress) => "Masalah: alamat",
        NormalizedStatus::Problem(ProblemKind::Misroute) => "Masalah: salah rute",
        NormalizedStatus::Problem(ProblemKind::NotAtHome) => "Masalah: penerima tidak ada",
        NormalizedStatus::Problem(ProblemKind::HeldAtXray) => "Masalah: ditahan di X-ray",
        NormalizedStatus::Problem(ProblemKind::Returned) => "Dikembalikan",
        NormalizedStatus::Problem(ProblemKind::Other) => "Masalah",
        NormalizedStatus::Unknown => "Status tidak dikenal",
    },
    jne_status: "Status JNE",
    service: "Layanan",
    route: "Rute",
    shipped_at: "Dikirim",
    estimated_delivery: "Perkiraan tiba",
    delivered_at: "Diterima",
    receiver: "Penerima",
    relation: "Hubungan",
    history: "Riwayat perjalanan",
    next_step: "Yang dapat Anda lakukan",
};

pub const EN: TrackTexts = TrackTexts {
    field_label: "Airway bill (AWB) number",
    field_hint:
        "One number or several at once, separated by spaces, commas, semicolons or new lines. \
                 At most 40 numbers.",
    submit: "Track",
    error_summary_title: "There is a problem",
    nothing_typed: "Enter the AWB number to track",
    bad_token: |token, error| {
        let token = isolated(token);
        match error {
        AwbError::Empty => format!("“{token}”: no number"),
        AwbError::TooShort { len } => {
            format!("“{token}”: too short ({len} characters, at least {MIN_LEN})")
        }
        AwbError::TooLong { len } => {
            format!("“{token}”: too long ({len} characters, at most {MAX_LEN})")
        }
        AwbError::BadChar { ch, position } => format!(
            "“{token}”: the character “{}” at position {position} is not allowed (letters and digits only)",
            isolated(&ch.to_string())
        ),
    }
    },
    too_many: |over| {
        format!(
            "At most {MAX_PER_SEARCH} numbers per search: the last {over} were not tracked. \
             Track them after this."
        )
    },
    duplicates: |n| format!("{n} repeated numbers were tracked once."),
    results_title: "Tracking results",
    summary: |found, attention, missing, failed| {
        let mut parts = vec![format!("{found} found")];
        if attention > 0 {
            parts.push(format!("{attention} with a problem"));
        }
        if missing > 0 {
            parts.push(format!("{missing} not found"));
        }
        if failed > 0 {
            parts.push(format!("{failed} could not be loaded"));
        }
        parts.join(", ")
    },
    loading: "Looking up the shipment…",
    busy: "Tracking…",
    searching: |n| match n {
        1 => "Looking up 1 shipment…".to_owned(),
        n => format!("Looking up {n} shipments…"),
    },
    timed_out: "JNE has not answered after 15 seconds. The connection may be slow: try again.",
    summary_caption: "Summary of all numbers",
    column_awb: "AWB number",
    column_status: "Latest status",
    badge_not_found: "Not found",
    badge_failed: "Not loaded",
    more_events: |n| match n {
        1 => "Show 1 earlier event".to_owned(),
        n => format!("Show {n} earlier events"),
    },
    fewer_events: "Hide earlier events",
    printed_at: |when| format!("JNE Express, status as of {when}"),
    not_found: "This number was not found. Check the number: new shipments can be tracked a few \
                hours after JNE receives them.",
    upstream_error: "This shipment's data cannot be fetched from JNE right now.",
    offline: "No internet connection. Check your connection, then try again.",
    server_error: "The server has a problem. Try again in a moment.",
    throttled: |seconds| match seconds {
        Some(s) => format!("Too many requests. Try again in {s} seconds."),
        None => "Too many requests. Try again in a moment.".to_owned(),
    },
    retry: "Try again",
    share_label: "Link to share these results (the numbers are only in the link, sent nowhere):",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    copy_failed: "The link could not be copied automatically. Long-press or right-click the link above to copy it.",
    share: "Share",
    print: "Print results",
    status: |status| match status {
        NormalizedStatus::InfoReceived => "Information received",
        NormalizedStatus::InTransit => "In transit",
        NormalizedStatus::OutForDelivery => "Out for delivery",
        NormalizedStatus::Delivered => "Delivered",
        NormalizedStatus::Problem(ProblemKind::BadAddress) => "Problem: address",
        NormalizedStatus::Problem(ProblemKind::Misroute) => "Problem: misrouted",
        NormalizedStatus::Problem(ProblemKind::NotAtHome) => "Problem: recipient not at home",
        NormalizedStatus::Problem(ProblemKind::HeldAtXray) => "Problem: held at X-ray",
        NormalizedStatus::Problem(ProblemKind::Returned) => "Returned",
        NormalizedStatus::Problem(ProblemKind::Other) => "Problem",
        NormalizedStatus::Unknown => "Unknown status",
    },
    jne_status: "JNE status",
    service: "Service",
    route: "Route",
    shipped_at: "Shipped",
    estimated_delivery: "Estimated delivery",
    delivered_at: "Received",
    receiver: "Receiver",
    relation: "Relation",
    history: "Journey",
    next_step: "What you can do",
};

/// What the visitor typed, quoted inside a sentence as a bidirectional isolate (U+2068 … U+2069,
/// the text form of `<bdi>`): a pasted right-to-left override cannot turn the rest around.
fn isolated(typed: &str) -> String {
    format!("\u{2068}{typed}\u{2069}")
}
