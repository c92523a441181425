//! Plain-language explanations of every status and history code, in Indonesian and English,
//! so a visitor never has to search the web for what a status means.

use super::status::{text_entry_with_case, CODES, TEXTS};
use super::NormalizedStatus;
use crate::lang::Lang;
use serde::Serialize;

/// What a status means, and for problems what the recipient can do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub what: &'static str,
    pub next_step: Option<&'static str>,
}

// Advice shared by a problem's status, its history code and its text.
const BAD_ADDRESS_ID: &str = "Hubungi pengirim untuk melengkapi alamat, atau hubungi kantor JNE terdekat dengan menyebutkan nomor resi.";
const BAD_ADDRESS_EN: &str = "Contact the sender to complete the address, or contact the nearest JNE office with the AWB number.";
const NOT_AT_HOME_ID: &str = "Pastikan ada yang menerima pada pengantaran berikutnya, atau ambil sendiri di kantor JNE terdekat dengan nomor resi.";
const NOT_AT_HOME_EN: &str = "Make sure someone can receive it on the next attempt, or collect it at the nearest JNE office with the AWB number.";
const MISROUTE_ID: &str = "Tidak perlu berbuat apa-apa; biasanya terlambat 1–3 hari. Jika tidak bergerak lebih dari 3 hari, hubungi JNE dengan nomor resi.";
const MISROUTE_EN: &str = "Nothing to do; it is usually 1–3 days late. If it does not move for more than 3 days, contact JNE with the AWB number.";
const XRAY_ID: &str = "Hubungi pengirim: isi paket mungkin harus dikirim lewat darat (layanan JTR) atau dikembalikan. Kantor JNE asal bisa menjelaskan dengan nomor resi.";
const XRAY_EN: &str = "Contact the sender: the contents may have to go by land (JTR service) or be returned. The origin JNE office can explain, given the AWB number.";
const RETURNED_ID: &str =
    "Hubungi pengirim untuk mengetahui alasannya dan mengatur pengiriman ulang.";
const RETURNED_EN: &str = "Contact the sender to learn why and to arrange a new shipment.";
const OTHER_ID: &str =
    "Hubungi kantor JNE terdekat atau layanan pelanggan JNE dengan menyebutkan nomor resi.";
const OTHER_EN: &str =
    "Contact the nearest JNE office or JNE customer service with the AWB number.";

/// (key, Indonesian what, Indonesian next step, English what, English next step).
/// Keys are history codes, status-text keys from `status::TEXTS` and `NormalizedStatus` codes.
type Row = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    Option<&'static str>,
);

/// What anything unrecognised gets, so `explain` always has an answer.
#[rustfmt::skip]
const UNKNOWN: Row = ("unknown", "Status ini belum kami kenali; teks asli JNE ditampilkan apa adanya.", Some("Jika status tidak berubah beberapa hari, hubungi JNE dengan nomor resi."), "We do not recognise this status yet; JNE's own text is shown as written.", Some("If it does not change for a few days, contact JNE with the AWB number."));

// One row per line: a table reads better as a table.
#[rustfmt::skip]
const ROWS: &[Row] = &[
    // Normalised statuses.
    ("info_received", "Data paket sudah diterima JNE; paket masih di gerai asal.", None, "JNE has the parcel's data; the parcel is still at the origin outlet.", None),
    ("in_transit", "Paket sedang dalam perjalanan menuju kota tujuan.", None, "The parcel is on its way to the destination city.", None),
    ("out_for_delivery", "Paket sedang diantar kurir ke alamat tujuan.", None, "A courier is bringing the parcel to the address.", None),
    ("delivered", "Paket sudah diterima.", None, "The parcel has been delivered.", None),
    ("problem_bad_address", "Alamat tujuan tidak lengkap atau tidak ditemukan kurir.", Some(BAD_ADDRESS_ID), "The courier could not find the address, or it is incomplete.", Some(BAD_ADDRESS_EN)),
    ("problem_misroute", "Paket terkirim ke kota atau gerai yang salah dan sedang dialihkan.", Some(MISROUTE_ID), "The parcel went to the wrong city or outlet and is being redirected.", Some(MISROUTE_EN)),
    ("problem_not_at_home", "Kurir datang, tetapi tidak ada yang menerima paket.", Some(NOT_AT_HOME_ID), "The courier came, but nobody was there to receive the parcel.", Some(NOT_AT_HOME_EN)),
    ("problem_held_at_xray", "Paket ditahan pada pemeriksaan X-ray keamanan penerbangan.", Some(XRAY_ID), "The parcel was stopped at the aviation-security X-ray check.", Some(XRAY_EN)),
    ("problem_returned", "Paket sedang atau sudah dikembalikan ke pengirim.", Some(RETURNED_ID), "The parcel is being, or has been, returned to the sender.", Some(RETURNED_EN)),
    ("problem_other", "Pengantaran tertunda karena kendala lain.", Some(OTHER_ID), "Delivery is held up by another problem.", Some(OTHER_EN)),
    UNKNOWN,
    // History codes.
    ("PU0", "Paket sudah dijemput kurir JNE dari pengirim.", None, "A JNE courier picked the parcel up from the sender.", None),
    ("RC1", "Paket sudah diterima petugas loket JNE di gerai asal.", None, "The counter officer at the origin JNE outlet received the parcel.", None),
    ("OP1", "Paket tiba di pusat sortir kota asal.", None, "The parcel arrived at the origin sorting center.", None),
    ("OP2", "Paket sudah disortir dan diberangkatkan dari pusat sortir.", None, "The parcel was sorted and left the sorting center.", None),
    ("OP3", "Paket diteruskan dari kota transit ke kota tujuan.", None, "The parcel was forwarded from the transit city to the destination city.", None),
    ("IP1", "Paket tiba di gudang JNE kota tujuan.", None, "The parcel arrived at the JNE warehouse in the destination city.", None),
    ("IP2", "Paket tiba di stasiun penerimaan kota tujuan.", None, "The parcel arrived at the inbound station of the destination city.", None),
    ("IP3", "Paket dibawa kurir untuk diantar hari ini.", None, "The parcel is with the delivery courier, to be delivered today.", None),
    ("D01", "Paket sudah diterima di alamat tujuan.", None, "The parcel was delivered at the destination address.", None),
    ("U01", "Kurir tidak dapat mengantar: alamat tidak lengkap atau tidak ditemukan.", Some(BAD_ADDRESS_ID), "Not delivered: the address is incomplete or could not be found.", Some(BAD_ADDRESS_EN)),
    ("U02", "Kurir tidak dapat mengantar: tidak ada yang menerima di alamat.", Some(NOT_AT_HOME_ID), "Not delivered: nobody at the address to receive it.", Some(NOT_AT_HOME_EN)),
    ("U03", "Paket salah rute dan sedang dialihkan ke kota tujuan yang benar.", Some(MISROUTE_ID), "The parcel was misrouted and is being sent on to the right city.", Some(MISROUTE_EN)),
    ("U04", "Paket ditahan pada pemeriksaan X-ray bandara.", Some(XRAY_ID), "The parcel was held at the airport X-ray check.", Some(XRAY_EN)),
    ("U05", "Paket belum dapat diantar karena kendala lain, misalnya ditolak penerima.", Some(OTHER_ID), "Not delivered for another reason, for example refused.", Some(OTHER_EN)),
    ("CR1", "Paket dikembalikan ke pengirim.", Some(RETURNED_ID), "The parcel is being returned to the sender.", Some(RETURNED_EN)),
    // JNE's status texts.
    ("RETURN TO SHIPPER", "Paket dikembalikan ke pengirim.", Some(RETURNED_ID), "The parcel is being returned to the sender.", Some(RETURNED_EN)),
    ("BAD ADDRESS", "Alamat tujuan tidak lengkap atau tidak ditemukan.", Some(BAD_ADDRESS_ID), "The address is incomplete or could not be found.", Some(BAD_ADDRESS_EN)),
    ("MISROUTE", "Paket salah rute dan sedang dialihkan.", Some(MISROUTE_ID), "The parcel was misrouted and is being redirected.", Some(MISROUTE_EN)),
    ("CONSIGNEE NOT AT HOME", "Penerima tidak ada di tempat saat kurir datang.", Some(NOT_AT_HOME_ID), "The recipient was not there when the courier came.", Some(NOT_AT_HOME_EN)),
    ("HELD AT X-RAY", "Paket ditahan pada pemeriksaan X-ray.", Some(XRAY_ID), "The parcel is held at the X-ray check.", Some(XRAY_EN)),
    ("UNDELIVERED", "Paket belum dapat diantar.", Some(OTHER_ID), "The parcel could not be delivered.", Some(OTHER_EN)),
    ("DELIVERED TO", "Paket sudah diterima oleh orang yang disebut (nama disamarkan).", None, "The parcel was delivered to the person named (name masked).", None),
    ("WITH DELIVERY COURIER", "Paket sedang diantar kurir ke alamat tujuan.", None, "A courier is bringing the parcel to the address.", None),
    ("MANIFESTED", "Paket sudah didata di gerai asal dan menunggu diberangkatkan.", None, "The parcel is registered at the origin outlet and waiting to leave.", None),
    ("SHIPMENT RECEIVED BY JNE COUNTER OFFICER", "Paket diserahkan di loket JNE dan sudah diterima petugas.", None, "The parcel was handed in and accepted at a JNE counter.", None),
    ("PICKED UP BY COURIER", "Paket sudah dijemput kurir JNE dari pengirim.", None, "A JNE courier picked the parcel up from the sender.", None),
    ("RECEIVED AT SORTING CENTER", "Paket sedang disortir di pusat sortir.", None, "The parcel is being sorted at a sorting center.", None),
    ("SHIPMENT FORWARDED TO DESTINATION", "Paket diberangkatkan menuju kota tujuan.", None, "The parcel has left for the destination city.", None),
    ("RECEIVED AT WAREHOUSE", "Paket tiba di gudang JNE.", None, "The parcel arrived at a JNE warehouse.", None),
    ("RECEIVED AT INBOUND STATION", "Paket tiba di kota tujuan dan menunggu diantar.", None, "The parcel reached the destination city and waits for delivery.", None),
    ("ON PROCESS", "Paket sedang diproses dalam jaringan JNE.", None, "The parcel is being handled within JNE's network.", None),
];

fn row(key: &str) -> Option<&'static Row> {
    ROWS.iter().find(|row| row.0.eq_ignore_ascii_case(key))
}

fn in_lang(row: &Row, lang: Lang) -> Explanation {
    match lang {
        Lang::Id => Explanation {
            what: row.1,
            next_step: row.2,
        },
        Lang::En => Explanation {
            what: row.3,
            next_step: row.4,
        },
    }
}

/// Explains a history code (`D01`), a JNE status text (`MANIFESTED`,
/// `DELIVERED TO [A*** Y*** | …]`) or a [`NormalizedStatus::code`] (`problem_bad_address`).
/// Anything unrecognised gets the explanation of `unknown`, never nothing.
pub fn explain(code_or_status: &str, lang: Lang) -> Explanation {
    explain_with_case(code_or_status, lang, &str::to_uppercase)
}

/// [`explain`], upper-casing JNE's text with `to_upper`, which must do what
/// `str::to_uppercase` does: the browser passes its own `toUpperCase`, which spares the
/// bundle Rust's case tables (about 19 KB of wasm).
pub fn explain_with_case(
    code_or_status: &str,
    lang: Lang,
    to_upper: &dyn Fn(&str) -> String,
) -> Explanation {
    let key = code_or_status.trim();
    let found = row(key)
        .or_else(|| text_entry_with_case(key, to_upper).and_then(|(text_key, _)| row(text_key)))
        .unwrap_or(&UNKNOWN);
    in_lang(found, lang)
}

/// Explains a normalised status. Status codes are ASCII, so ASCII upper-casing is the same.
pub fn explain_status(status: NormalizedStatus, lang: Lang) -> Explanation {
    explain_with_case(status.code(), lang, &|code| code.to_ascii_uppercase())
}

/// Every key `explain` knows: history codes, status-text keys and normalised status codes.
pub fn known_keys() -> Vec<&'static str> {
    let codes = CODES.iter().map(|(code, _)| *code);
    let texts = TEXTS.iter().map(|(key, _, _)| *key);
    let statuses = NormalizedStatus::ALL
        .into_iter()
        .map(NormalizedStatus::code);
    codes.chain(texts).chain(statuses).collect()
}

#[cfg(test)]
mod tests {
    use super::super::status::text_entry;
    use super::*;

    #[test]
    fn every_known_key_is_explained_in_both_languages() {
        for key in known_keys() {
            let found = row(key).unwrap_or_else(|| panic!("no explanation for {key}"));
            for lang in [Lang::Id, Lang::En] {
                let explanation = in_lang(found, lang);
                assert!(!explanation.what.trim().is_empty(), "{key} {lang:?}");
                assert!(explanation
                    .next_step
                    .is_none_or(|next| !next.trim().is_empty()));
            }
            // Problems tell the recipient what to do, in both languages.
            let status = super::super::status::status_of_code(key)
                .or_else(|| text_entry(key).map(|(_, status)| status))
                .or_else(|| NormalizedStatus::from_code(key));
            if matches!(status, Some(NormalizedStatus::Problem(_))) {
                assert!(
                    found.2.is_some() && found.4.is_some(),
                    "{key} needs a next step"
                );
            }
        }
        assert_eq!(ROWS.len(), known_keys().len(), "every row is reachable");
    }

    #[test]
    fn lookups() {
        assert_eq!(
            explain("MANIFESTED", Lang::Id).what,
            "Paket sudah didata di gerai asal dan menunggu diberangkatkan."
        );
        let delivered = explain(
            "DELIVERED TO [A*** Y*** | 12-09-2024 14:02 | JAKARTA]",
            Lang::En,
        );
        assert_eq!(delivered, explain("DELIVERED TO", Lang::En));
        assert!(explain("u01", Lang::En)
            .next_step
            .is_some_and(|s| s.contains("AWB number")));
        assert_eq!(
            explain("???", Lang::Id),
            explain_status(NormalizedStatus::Unknown, Lang::Id)
        );
        let bad = NormalizedStatus::Problem(super::super::ProblemKind::BadAddress);
        assert!(explain_status(bad, Lang::Id)
            .next_step
            .is_some_and(|s| s.contains("nomor resi")));
    }
}
