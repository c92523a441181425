//! The words of the privacy policy pages and notices, in both languages.

use jne_core::policy::{DiffSummary, Gap, SectionChange, VersionStatus};

pub struct PolicyTexts {
    pub history_title: &'static str,
    pub compare_title: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    /// (version id, effective date as people read it)
    pub version_line: fn(&str, &str) -> String,
    pub status: fn(VersionStatus) -> &'static str,
    /// A version's status where space is short (the version picker); none for a past one.
    pub status_short: fn(VersionStatus) -> Option<&'static str>,
    pub sample_short: &'static str,
    pub sample: &'static str,
    pub sample_note: &'static str,
    pub translation_label: &'static str,
    pub translation_note: &'static str,
    pub read_original: &'static str,
    pub read_translation: &'static str,
    pub original_only: &'static str,
    pub old_version_note: &'static str,
    pub read_current: &'static str,
    pub toc: &'static str,
    pub opening: &'static str,
    /// What a place the source text lost says (the place is kept, never filled in).
    pub gap: fn(Gap) -> &'static str,
    /// The label of each such place, and what they are, said once above the text.
    pub editor_note: &'static str,
    pub gaps_explained: &'static str,
    pub links_label: &'static str,
    pub history_link: &'static str,
    pub compare_link: &'static str,
    pub read_version: &'static str,
    pub compare_previous: &'static str,
    pub print: &'static str,
    pub mark_read: &'static str,
    pub marked_read: &'static str,
    pub mark_read_hint: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub compare_button: &'static str,
    pub same_version: &'static str,
    /// What was compared, by the language of the texts compared (`"id"` or `"en"`).
    pub compare_note: fn(&str) -> &'static str,
    /// A pair asked the other way round, compared from the earlier version.
    pub swapped: &'static str,
    pub summary: fn(&DiffSummary) -> String,
    pub change: fn(SectionChange) -> &'static str,
    pub inserted: &'static str,
    pub deleted: &'static str,
    pub unchanged_sections: fn(usize) -> String,
    pub notice_label: &'static str,
    pub notice_changed: &'static str,
    pub notice_what_changed: &'static str,
    pub notice_read: &'static str,
    /// (date as people read it)
    pub notice_upcoming: fn(&str) -> String,
    pub understood: &'static str,
    /// Shown, and focused, once a notice was acknowledged.
    pub acknowledged: &'static str,
}

pub const ID: PolicyTexts = PolicyTexts {
    history_title: "Riwayat kebijakan privasi",
    compare_title: "Bandingkan versi kebijakan privasi",
    loading: "Memuat kebijakan privasi…",
    load_failed: "Kebijakan privasi tidak dapat dimuat saat ini.",
    retry: "Coba lagi",
    version_line: |id, date| format!("Versi {id}, berlaku sejak {date}"),
    status: |status| match status {
        VersionStatus::Current => "Berlaku",
        VersionStatus::Future => "Akan berlaku",
        VersionStatus::Past => "Versi lama",
    },
    status_short: |status| match status {
        VersionStatus::Current => Some("berlaku"),
        VersionStatus::Future => Some("akan berlaku"),
        VersionStatus::Past => None,
    },
    sample: "Contoh data",
    sample_short: "contoh",
    sample_note: "Versi ini adalah contoh data untuk mencoba riwayat dan perbandingan, bukan teks JNE.",
    translation_label: "Terjemahan",
    translation_note: "Teks ini terjemahan dari teks asli berbahasa Inggris. Bila berbeda, teks asli yang berlaku.",
    read_original: "Baca teks asli (English)",
    read_translation: "Baca terjemahan bahasa Indonesia",
    original_only: "Versi ini hanya tersedia dalam bahasa Inggris (teks asli).",
    old_version_note: "Ini bukan versi yang berlaku sekarang.",
    read_current: "Baca versi yang berlaku",
    toc: "Daftar isi",
    opening: "Pembuka",
    gap: |gap| match gap {
        Gap::List => "di sini teks sumber memuat sebuah daftar yang tidak sampai kepada kami.",
        Gap::Text => "di sini sebagian teks sumber tidak sampai kepada kami.",
    },
    editor_note: "Catatan redaksi:",
    gaps_explained: "Teks kebijakan ini sampai kepada kami dengan beberapa bagian yang hilang \
                     (daftar atau kalimat). Kami tidak mengisinya sendiri: setiap tempat itu \
                     ditandai dengan catatan redaksi.",
    links_label: "Tentang kebijakan ini",
    history_link: "Riwayat versi",
    compare_link: "Bandingkan versi",
    read_version: "Baca versi ini",
    compare_previous: "Bandingkan dengan versi sebelumnya",
    print: "Cetak",
    mark_read: "Tandai versi ini sudah saya baca",
    marked_read: "Anda sudah menandai versi ini sebagai sudah dibaca.",
    mark_read_hint: "Hanya nomor versi yang disimpan, di peramban ini saja, agar kami dapat memberi tahu bila kebijakan berubah.",
    from_label: "Versi lama",
    to_label: "Versi baru",
    compare_button: "Bandingkan",
    same_version: "Pilih dua versi yang berbeda.",
    compare_note: |lang| match lang {
        "id" => "Yang dibandingkan terjemahan bahasa Indonesia. Bila berbeda, teks asli berbahasa Inggris yang berlaku.",
        _ => "Salah satu versi tidak diterjemahkan, jadi yang dibandingkan teks asli berbahasa Inggris.",
    },
    swapped: "Versi lama harus lebih awal daripada versi baru, jadi keduanya kami tukar.",
    summary: |s| {
        counted(s, "Tidak ada perubahan", |n| format!("{n} bagian"), ["diubah", "ditambah", "dihapus"])
    },
    change: |change| match change {
        SectionChange::Added => "Bagian baru",
        SectionChange::Removed => "Bagian dihapus",
        SectionChange::Changed => "Diubah",
        SectionChange::Unchanged => "Tidak berubah",
    },
    inserted: "ditambah: ",
    deleted: "dihapus: ",
    unchanged_sections: |n| format!("{n} bagian tidak berubah"),
    notice_label: "Pemberitahuan kebijakan privasi",
    notice_changed: "Kebijakan privasi telah berubah sejak versi yang Anda tandai.",
    notice_what_changed: "Lihat yang berubah",
    notice_read: "Baca kebijakan privasi",
    notice_upcoming: |date| format!("Kebijakan privasi berubah pada {date}."),
    understood: "Saya mengerti",
    acknowledged: "Terima kasih. Pemberitahuan kebijakan privasi ini tidak akan ditampilkan lagi.",
};

pub const EN: PolicyTexts = PolicyTexts {
    history_title: "Privacy policy history",
    compare_title: "Compare privacy policy versions",
    loading: "Loading the privacy policy…",
    load_failed: "The privacy policy cannot be loaded right now.",
    retry: "Try again",
    version_line: |id, date| format!("Version {id}, in effect since {date}"),
    status: |status| match status {
        VersionStatus::Current => "In effect",
        VersionStatus::Future => "Upcoming",
        VersionStatus::Past => "Earlier version",
    },
    status_short: |status| match status {
        VersionStatus::Current => Some("in effect"),
        VersionStatus::Future => Some("upcoming"),
        VersionStatus::Past => None,
    },
    sample: "Sample data",
    sample_short: "sample",
    sample_note: "This version is sample data for trying the history and comparison, not JNE's text.",
    translation_label: "Translation",
    translation_note: "This text is a translation of the English original. Where they differ, the original applies.",
    read_original: "Read the original (English)",
    read_translation: "Read the Indonesian translation",
    original_only: "This version is available in English only (the original).",
    old_version_note: "This is not the version in effect now.",
    read_current: "Read the version in effect",
    toc: "Contents",
    opening: "Opening",
    gap: |gap| match gap {
        Gap::List => "a list in the source text did not reach us.",
        Gap::Text => "part of the source text did not reach us.",
    },
    editor_note: "Editor's note:",
    gaps_explained: "This policy text reached us with some parts missing (lists or sentences). \
                     We have not filled them in ourselves: each such place is marked with an \
                     editor's note.",
    links_label: "About this policy",
    history_link: "Version history",
    compare_link: "Compare versions",
    read_version: "Read this version",
    compare_previous: "Compare with the previous version",
    print: "Print",
    mark_read: "Mark this version as read",
    marked_read: "You have marked this version as read.",
    mark_read_hint: "Only the version number is stored, in this browser only, so that we can tell you when the policy changes.",
    from_label: "Older version",
    to_label: "Newer version",
    compare_button: "Compare",
    same_version: "Choose two different versions.",
    compare_note: |_| "The comparison uses the original English text.",
    swapped: "The older version must come before the newer one, so we swapped them.",
    summary: |s| {
        let sections = |n| format!("{n} section{}", if n == 1 { "" } else { "s" });
        counted(s, "No changes", sections, ["changed", "added", "removed"])
    },
    change: |change| match change {
        SectionChange::Added => "New section",
        SectionChange::Removed => "Section removed",
        SectionChange::Changed => "Changed",
        SectionChange::Unchanged => "Unchanged",
    },
    inserted: "added: ",
    deleted: "removed: ",
    unchanged_sections: |n| {
        if n == 1 {
            "1 section unchanged".to_owned()
        } else {
            format!("{n} sections unchanged")
        }
    },
    notice_label: "Privacy policy notice",
    notice_changed: "The privacy policy has changed since the version you marked as read.",
    notice_what_changed: "See what changed",
    notice_read: "Read the privacy policy",
    notice_upcoming: |date| format!("The privacy policy changes on {date}."),
    understood: "Understood",
    acknowledged: "Thank you. This privacy policy notice will not be shown again.",
};

/// "2 sections changed, 1 added": the first count names the sections, the others follow it.
fn counted(
    summary: &DiffSummary,
    none: &str,
    sections: impl Fn(usize) -> String,
    verbs: [&str; 3],
) -> String {
    let counts = [summary.changed, summary.added, summary.removed];
    let parts: Vec<String> = counts
        .iter()
        .zip(verbs)
        .filter(|(n, _)| **n > 0)
        .enumerate()
        .map(|(i, (n, verb))| {
            if i == 0 {
                format!("{} {verb}", sections(*n))
            } else {
                format!("{n} {verb}")
            }
        })
        .collect();
    if parts.is_empty() {
        none.to_owned()
    } else {
        parts.join(", ")
    }
}
