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
}

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
    pub awb: String,
    pub lookup: Lookup,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrackState {
    pub rows: Vec<Row>,
    /// Which search the rows belong to: answers to an older search are dropped.
    pub search: u32,
}

pub enum TrackAction {
    /// A new search for these numbers; the caller sends it with `search` = the new number.
    Search(Vec<String>),
    /// One number asked again.
    Retry(String),
    Answered {
        search: u32,
        results: Vec<TrackResult>,
    },
    Failed {
        search: u32,
        awbs: Vec<String>,
        failure: Failure,
    },
}

impl TrackState {
    /// (found, not found, failed), once nothing is loading any more.
    pub fn counts(&self) -> Option<(usize, usize, usize)> {
        let mut counts = (0, 0, 0);
        for row in &self.rows {
            match row.lookup {
                Lookup::Loading => return None,
                Lookup::Found(_) => counts.0 += 1,
                Lookup::NotFound => counts.1 += 1,
                Lookup::Failed(_) => counts.2 += 1,
            }
        }
        Some(counts)
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
            TrackAction::Search(awbs) => {
                next.search = self.search.wrapping_add(1);
                next.rows = awbs
                    .into_iter()
                    .map(|awb| Row {
                        awb,
                        lookup: Lookup::Loading,
                    })
                    .collect();
            }
            TrackAction::Retry(awb) => next.set(&awb, Lookup::Loading),
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
            TrackAction::Answered { .. } | TrackAction::Failed { .. } => return self,
        }
        Rc::new(next)
    }
}
