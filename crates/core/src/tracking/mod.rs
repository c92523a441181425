//! The tracking model: shipments, events, normalised statuses and the track API shapes.
