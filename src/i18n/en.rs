//! The site in English.

use super::Texts;

pub const TEXTS: Texts = Texts {
    track: super::track::EN,
    jlc: super::jlc::EN,
    account: super::account::EN,
    lockout: super::lockout::EN,
    sessions: super::sessions::EN,
    policy: super::policy::EN,
    site_name: "JNE",
    tagline: "Parcel tracking, JLC and privacy policy",
    skip_to_content: "Skip to content",
    did_you_mean: |s| format!("Did you mean {s}?"),
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
