//! The privacy policy pages: the current text (`/privasi`), its history (`/privasi/riwayat`)
//! and the comparison of two versions (`/privasi/bandingkan?dari=…&ke=…`). Texts and
//! comparisons come from the server; the versions list comes from `use_policy`.

mod chunks;
mod compare;
mod compare_form;
mod current;
mod document;
mod history;
mod mark_read;
mod section_diff;
mod toc;

pub use compare::PolicyComparePage;
pub use current::PolicyPage;
pub use history::PolicyHistoryPage;

use web_sys::UrlSearchParams;

use crate::router::Query;

/// `/privasi/bandingkan?dari=FROM&ke=TO`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CompareQuery {
    pub dari: Option<String>,
    pub ke: Option<String>,
}

impl Query for CompareQuery {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        pairs([("dari", &self.dari), ("ke", &self.ke)])
    }

    fn from_params(params: &UrlSearchParams) -> Self {
        CompareQuery {
            dari: params.get("dari"),
            ke: params.get("ke"),
        }
    }
}

impl CompareQuery {
    pub fn pair(from: &str, to: &str) -> CompareQuery {
        CompareQuery {
            dari: Some(from.to_owned()),
            ke: Some(to.to_owned()),
        }
    }
}

/// `/privasi?versi=ID` reads an earlier version; `teks=asli` the English original.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyQuery {
    pub versi: Option<String>,
    pub teks: Option<String>,
}

impl Query for PolicyQuery {
    fn to_pairs(&self) -> Vec<(&'static str, String)> {
        pairs([("versi", &self.versi), ("teks", &self.teks)])
    }

    fn from_params(params: &UrlSearchParams) -> Self {
        PolicyQuery {
            versi: params.get("versi"),
            teks: params.get("teks"),
        }
    }
}

/// The pairs whose value is there, in this order.
fn pairs<const N: usize>(
    fields: [(&'static str, &Option<String>); N],
) -> Vec<(&'static str, String)> {
    fields
        .into_iter()
        .filter_map(|(name, value)| Some((name, value.clone()?)))
        .collect()
}

/// The value of `teks` that asks for the original text.
pub const ORIGINAL: &str = "asli";
