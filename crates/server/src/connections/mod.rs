//! The connections: accepted here, over plain TCP or TLS, each within [`Limits`] (a header
//! that must arrive in time, an idle connection that is closed, a cap on connections overall
//! and per client address), and served by hyper with the app's router.

mod admission;
mod idle;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tower::ServiceExt;

use crate::http::TrustedProxies;
use admission::Admission;
use idle::IdleTimeout;

/// How long and how many connections may be held; fixed at start.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A request's head (and a TLS handshake) must arrive within this.
    pub header_timeout: Duration,
    /// A connection with nothing sent either way for this long is closed.
    pub idle_timeout: Duration,
    /// Connections open at once, from everyone.
    pub max_connections: usize,
    /// Connections open at once from one client address (a trusted proxy's count only toward
    /// the overall cap).
    pub max_per_client: usize,
}

/// How long the requests under way may take to finish once a stop is asked.
const DRAIN: Duration = Duration::from_secs(30);

/// Serves `app` on `listener` until `shutdown` completes, then lets the requests under way
/// finish (idle connections close at once).
pub async fn serve(
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    app: Router,
    limits: Limits,
    proxies: TrustedProxies,
    shutdown: impl Future<Output = ()>,
) {
    let admission = Admission::new(limits.max_connections, limits.max_per_client);
    let acceptor = tls.map(tokio_rustls::TlsAcceptor::from);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors (or a connection reset before it was taken):
                    // wait a moment instead of spinning, and go on serving the others.
                    tracing::warn!("accept: {error}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = admission.admit(peer.ip(), proxies.trusts(peer.ip())) else {
            // Over a cap: closed at once, before anything is read.
            drop(stream);
            continue;
        };
        let connection = Connection {
            app: app.clone(),
            peer,
            limits,
            acceptor: acceptor.clone(),
        };
        let watcher = graceful.watcher();
        tokio::spawn(async move {
            connection.run(stream, watcher).await;
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still under way after {DRAIN:?}; stopping anyway");
    }
}

struct Connection {
    app: Router,
    peer: SocketAddr,
    limits: Limits,
    acceptor: Option<tokio_rustls::TlsAcceptor>,
}

impl Connection {
    async fn run(self, stream: TcpStream, watcher: hyper_util::server::graceful::Watcher) {
        let _ = stream.set_nodelay(true);
        match self.acceptor.clone() {
            None => self.http(stream, watcher).await,
            Some(acceptor) => {
                let handshake = acceptor.accept(stream);
                // A failed or slow handshake is the client's business; nothing to log.
                let timed = tokio::time::timeout(self.limits.header_timeout, handshake);
                if let Ok(Ok(stream)) = timed.await {
                    self.http(stream, watcher).await;
                }
            }
        }
    }

    async fn http<IO>(self, stream: IO, watcher: hyper_util::server::graceful::Watcher)
    where
        IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    {
        let peer = self.peer;
        let service = self.app.map_request(move |request: hyper::Request<_>| {
            let mut request = request.map(axum::body::Body::new);
            request.extensions_mut().insert(ConnectInfo(peer));
            request
        });
        let mut builder = auto::Builder::new(TokioExecutor::new());
        builder
            .http1()
            .timer(TokioTimer::new())
            .header_read_timeout(self.limits.header_timeout);
        builder.http2().timer(TokioTimer::new());
        let io = TokioIo::new(IdleTimeout::new(stream, self.limits.idle_timeout));
        let connection = builder
            .serve_connection(io, TowerToHyperService::new(service))
            .into_owned();
        // An error here is a client that went away or broke the protocol.
        let _ = watcher.watch(connection).await;
    }
}

/// Raises this process's open-file soft limit to its hard limit, and returns the soft limit
/// now in force, or `None` when it cannot be read.
pub fn raise_open_file_limit() -> Option<u64> {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => Some(limit),
        Err(error) => {
            tracing::warn!("open-file limit: {error}");
            None
        }
    }
}

/// Files this process needs besides its connections: the database, the built app's files,
/// mail, the upstream client.
const FILES_KEPT: u64 = 64;

impl Limits {
    /// These limits within an open-file limit of `files`: the connections leave room for
    /// the files the server needs, and one client never holds more than half of them.
    pub fn within(mut self, files: Option<u64>) -> Limits {
        if let Some(files) = files {
            let room = files.saturating_sub(FILES_KEPT).max(2) as usize;
            if room < self.max_connections {
                tracing::warn!(
                    "open-file limit {files}: at most {room} connections at once (asked {})",
                    self.max_connections
                );
                self.max_connections = room;
            }
        }
        self.max_per_client = self.max_per_client.min(self.max_connections / 2).max(1);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(max_connections: usize, max_per_client: usize) -> Limits {
        Limits {
            header_timeout: Duration::from_secs(1),
            idle_timeout: Duration::from_secs(1),
            max_connections,
            max_per_client,
        }
    }

    #[test]
    fn connections_leave_room_for_files_and_one_client_never_holds_half() {
        let fitted = limits(10_000, 256).within(Some(256));
        assert_eq!(fitted.max_connections, 192);
        assert_eq!(fitted.max_per_client, 96);
        let roomy = limits(10_000, 256).within(Some(1_048_576));
        assert_eq!((roomy.max_connections, roomy.max_per_client), (10_000, 256));
        let unknown = limits(100, 256).within(None);
        assert_eq!((unknown.max_connections, unknown.max_per_client), (100, 50));
    }
}
