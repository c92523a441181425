//! Who may open one more connection: a count overall and one per client address, each slot
//! given back when its connection ends. The addresses are kept in memory only, as the keys
//! of their counts (privacy invariant P4).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

#[derive(Clone)]
pub struct Admission {
    inner: Arc<Mutex<Counts>>,
    max_connections: usize,
    max_per_client: usize,
}

#[derive(Default)]
struct Counts {
    open: usize,
    by_client: HashMap<IpAddr, usize>,
}

/// One open connection; dropping it gives the slot back.
pub struct Slot {
    admission: Admission,
    /// `None` for a trusted proxy, which counts only toward the overall cap.
    client: Option<IpAddr>,
}

impl Admission {
    pub fn new(max_connections: usize, max_per_client: usize) -> Admission {
        Admission {
            inner: Arc::default(),
            max_connections,
            max_per_client,
        }
    }

    /// A slot for a connection from `client`, or `None` when a cap is reached.
    pub fn admit(&self, client: IpAddr, trusted_proxy: bool) -> Option<Slot> {
        let mut counts = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if counts.open >= self.max_connections {
            return None;
        }
        let client = (!trusted_proxy).then_some(client);
        if let Some(client) = client {
            let mine = counts.by_client.entry(client).or_default();
            if *mine >= self.max_per_client {
                return None;
            }
            *mine += 1;
        }
        counts.open += 1;
        Some(Slot {
            admission: self.clone(),
            client,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut counts = self
            .admission
            .inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        counts.open = counts.open.saturating_sub(1);
        if let Some(client) = self.client {
            if let Some(mine) = counts.by_client.get_mut(&client) {
                *mine -= 1;
                if *mine == 0 {
                    counts.by_client.remove(&client);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cap_holds_and_slots_come_back() {
        let admission = Admission::new(3, 2);
        let one: IpAddr = "192.0.2.1".parse().expect("ip");
        let two: IpAddr = "192.0.2.2".parse().expect("ip");
        let a = admission.admit(one, false).expect("first");
        let _b = admission.admit(one, false).expect("second");
        assert!(admission.admit(one, false).is_none(), "per client");
        let _c = admission.admit(two, false).expect("another client");
        assert!(admission.admit(two, false).is_none(), "overall");
        drop(a);
        assert!(admission.admit(one, false).is_some(), "given back");
    }

    #[test]
    fn a_trusted_proxy_counts_only_toward_the_overall_cap() {
        let admission = Admission::new(3, 1);
        let proxy: IpAddr = "10.0.0.1".parse().expect("ip");
        let slots: Vec<_> = (0..3)
            .filter_map(|_| admission.admit(proxy, true))
            .collect();
        assert_eq!(slots.len(), 3);
        assert!(admission.admit(proxy, true).is_none());
    }
}
