//! What the tracking page knows, as a reducer: every change is a named action.

use std::rc::Rc;

use jne_core::tracking::{Outcome, Shipment, TrackResult};
use yew::Reducible;

use crate::api::ApiError;

/// Why a number has no answer, each told apart on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Failure {
    /// JNE failed for this number alone.
    Upstream,
    Offline,
    Server,
    Throttled(Option<u32>),
    /// No answer within [`TIME_LIMIT_MS`]: the request may still be under way.
    TimedOut,
}

/// How long a search may take before the visitor is told and offered a retry.
pub const TIME_LIMIT_MS: u32 = 15_000;

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Failure {
        match error {
            ApiError::Offline => Failure::Offline,
            ApiError::Throttled { retry_after, .. } => Failure::Throttled(retry_after),
            ApiError::Rejected { .. } | ApiError::Server => Failure::Server,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    Loading,
    Found(Rc<Shipment>),
    NotFound,
    Failed(Failure),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The normalised number: what is sent, matched and used in ids.
    pub awb: String,
    /// The number as typed (`JNEB-1005668732`): what the page shows and a shared link keeps.
    pub typed: String,
    pub lookup: Lookup,
}

impl Row {
    /// A number of a new search, waiting for its answer.
    pub fn asked(awb: String, typed: String) -> Row {
        Row {
            awb,
            typed,
            lookup: Lookup::Loading,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrackState {
    pub rows: Vec<Row>,
    /// Which search the rows belong to: answers to an older search are dropped.
    pub search: u32,
}

/// What the summary line counts, once nothing is loading any more.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub found: usize,
    /// Found, with a problem, a return or a status we cannot name (also in `found`).
    pub attention: usize,
    pub missing: usize,
    pub failed: usize,
}

pub enum TrackAction {
    /// A new search for these numbers (each [`Row::asked`]); the caller sends it with
    /// `search` = the new number.
    Search(Vec<Row>),
    /// What was typed has no number to send: the previous results go.
    Clear,
    /// These numbers asked again, in one request.
    Retry(Vec<String>),
    Answered {
        search: u32,
        results: Vec<TrackResult>,
    },
    Failed {
        search: u32,
        awbs: Vec<String>,
        failure: Failure,
    },
    /// The request for these numbers of search `search` took longer than the time limit.
    TimedOut { search: u32, awbs: Vec<String> },
}

impl TrackState {
    /// The summary line's figures, once nothing is loading any more.
    pub fn counts(&self) -> Option<Counts> {
        let mut counts = Counts::default();
        for row in &self.rows {
            match &row.lookup {
                Lookup::Loading => return None,
                Lookup::Found(shipment) => {
                    counts.found += 1;
                    counts.attention += usize::from(shipment.status.needs_attention());
                }
                Lookup::NotFound => counts.missing += 1,
                Lookup::Failed(_) => counts.failed += 1,
            }
        }
        Some(counts)
    }

    /// A request is under way and nothing of this search has an answer yet.
    pub fn waiting(&self) -> bool {
        !self.rows.is_empty() && self.rows.iter().all(|row| row.lookup == Lookup::Loading)
    }

    pub fn loading(&self) -> bool {
        self.rows.iter().any(|row| row.lookup == Lookup::Loading)
    }

    /// The numbers that got no answer, to ask again together.
    pub fn failed(&self) -> Vec<String> {
        self.rows
            .iter()
            .filter(|row| matches!(row.lookup, Lookup::Failed(_)))
            .map(|row| row.awb.clone())
            .collect()
    }

    fn set(&mut self, awb: &str, lookup: Lookup) {
        if let Some(row) = self.rows.iter_mut().find(|row| row.awb == awb) {
            row.lookup = lookup;
        }
    }
}

impl Reducible for TrackState {
    type Action = TrackAction;

    fn reduce(self: Rc<Self>, action: TrackAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            TrackAction::Search(rows) => {
                next.search = self.search.wrapping_add(1);
                next.rows = rows;
            }
            TrackAction::Clear => {
                next.search = self.search.wrapping_add(1);
                next.rows.clear();
            }
            TrackAction::Retry(awbs) => {
                for awb in awbs {
                    next.set(&awb, Lookup::Loading);
                }
            }
            TrackAction::TimedOut { search, awbs } if search == self.search => {
                for awb in awbs {
                    if let Some(row) = next.rows.iter_mut().find(|row| row.awb == awb) {
                        if row.lookup == Lookup::Loading {
                            row.lookup = Lookup::Failed(Failure::TimedOut);
                        }
                    }
                }
            }
            TrackAction::Answered { search, results } if search == self.search => {
                for result in results {
                    let lookup = match (result.outcome, result.shipment) {
                        (Outcome::Found, Some(shipment)) => Lookup::Found(Rc::new(shipment)),
                        (Outcome::NotFound, _) => Lookup::NotFound,
                        _ => Lookup::Failed(Failure::Upstream),
                    };
                    next.set(&result.awb, lookup);
                }
            }
            TrackAction::Failed {
                search,
                awbs,
                failure,
            } if search == self.search => {
                for awb in awbs {
                    next.set(&awb, Lookup::Failed(failure));
                }
            }
            TrackAction::Answered { .. }
            | TrackAction::Failed { .. }
            | TrackAction::TimedOut { .. } => return self,
        }
        Rc::new(next)
    }
}
