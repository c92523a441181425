//! The policy versions (loaded once per visit) and the one version id this visitor
//! acknowledged, shared by the notices on every page and the policy pages.
//!
//! Storage holds only that id, under one key, and only after the visitor's own click
//! ("Saya mengerti" or "mark as read"): merely visiting stores nothing (privacy invariant P1).

use std::rc::Rc;

use jne_core::policy::VersionList;
use yew::prelude::*;

use crate::hooks::use_fetch::Load;

/// The one localStorage key of the site.
pub const ACK_KEY: &str = "jne.policy.ack";

#[derive(Clone, PartialEq)]
pub struct PolicyContext {
    pub versions: Load<VersionList>,
    pub retry: Callback<()>,
    /// The version id the visitor acknowledged, if they ever did.
    pub acknowledged: Option<String>,
    /// Stores this version id as acknowledged.
    pub acknowledge: Callback<String>,
}

impl Default for PolicyContext {
    fn default() -> Self {
        PolicyContext {
            versions: Load::Loading,
            retry: Callback::noop(),
            acknowledged: None,
            acknowledge: Callback::noop(),
        }
    }
}

impl PolicyContext {
    pub fn list(&self) -> Option<Rc<VersionList>> {
        match &self.versions {
            Load::Ready(list) => Some(list.clone()),
            _ => None,
        }
    }
}

#[hook]
pub fn use_policy() -> PolicyContext {
    use_context::<PolicyContext>().unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The acknowledged id; reading stores nothing.
pub fn read_acknowledged() -> Option<String> {
    storage()?.get_item(ACK_KEY).ok().flatten()
}

/// Keeps `id` as the acknowledged version. Storage may be off (private modes): then the
/// acknowledgement lasts for this visit only, which is still what the visitor asked.
pub fn store_acknowledged(id: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(ACK_KEY, id);
    }
}
