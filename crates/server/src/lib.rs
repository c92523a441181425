//! jne-server: serves the built app and API v1 over HTTP, with SQLite storage.

pub mod clock;
pub mod config;
pub mod connections;
pub mod db;
pub mod demo;
pub mod error;
pub mod http;
pub mod jlc;
pub mod mail;
pub mod policy;
pub mod security;
pub mod tls;
pub mod track;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use jne_core::site;
use tokio::net::TcpListener;

use crate::config::Config;

/// Everything a handler may need; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: db::Db,
    pub dist: PathBuf,
    /// The Content-Security-Policy, fixed at start from the built index.html.
    pub csp: Arc<str>,
    pub tracking: track::Source,
    /// How often one client may track; `None` for no limit.
    pub track_limit: Option<http::ClientLimit>,
    /// Every version of the privacy policy, checked at start.
    pub policy: Arc<jne_core::policy::PolicySet>,
    pub today: policy::Today,
    /// Now, for every expiry rule (codes, sessions, throttling).
    pub clock: clock::Clock,
    pub mailer: mail::Mailer,
    /// Served over HTTPS (`--tls-cert`), or behind a proxy that does (`--public-origin https://…`):
    /// HSTS goes out.
    pub tls: bool,
    /// Where state changes must come from (the CSRF check).
    pub origin: http::OwnOrigin,
    /// How often one client may call the JLC endpoints; `None` for no limit.
    pub jlc_limit: Option<http::ClientLimit>,
    /// Whose forwarding headers name the client (`--trusted-proxy`).
    pub proxies: http::TrustedProxies,
    /// How long personal data is kept (`--retention-years`).
    pub retention: jlc::retention::Retention,
    /// The host pages that may embed the module (`--embed-origin`).
    pub embedders: http::Embedders,
}

/// Why the server could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("--dist {0}: no index.html there; build the app first (trunk build --release)")]
    NoApp(PathBuf),
    #[error("--data {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database: {0}")]
    Database(#[from] db::DbError),
    #[error(transparent)]
    Demo(#[from] demo::DemoError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("JNE tracing API client: {0}")]
    Upstream(String),
    #[error("server: {0}")]
    Serve(std::io::Error),
    #[error(transparent)]
    Policy(#[from] policy::PolicyLoadError),
    #[error(transparent)]
    Tls(#[from] tls::TlsError),
    #[error(transparent)]
    Smtp(#[from] mail::SmtpUrlError),
}

impl StartError {
    /// 2 for input the operator can correct (like any bad command line), 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            StartError::NoApp(_)
            | StartError::DataDir { .. }
            | StartError::Listen { .. }
            | StartError::Policy(_)
            | StartError::Tls(_)
            | StartError::Smtp(_) => 2,
            StartError::Database(_)
            | StartError::Demo(_)
            | StartError::Upstream(_)
            | StartError::Serve(_) => 1,
        }
    }
}

/// Prepares state (database, migrations, demo data, CSP) without listening yet.
pub async fn prepare(config: &Config) -> Result<AppState, StartError> {
    let mut index = std::fs::read_to_string(config.dist.join(site::BUNDLES[0].html))
        .map_err(|_| StartError::NoApp(config.dist.clone()))?;
    // The other bundles' loaders are allowed by their hashes too (see http::static_files).
    for files in &site::BUNDLES[1..] {
        if let Ok(html) = std::fs::read_to_string(config.dist.join(files.html)) {
            index.push_str(&html);
        }
    }
    // A broken policy folder stops the start before anything is created.
    let policy = Arc::new(policy::load(&config.policy_dir())?);
    std::fs::create_dir_all(&config.data).map_err(|source| StartError::DataDir {
        path: config.data.clone(),
        source,
    })?;
    let db = db::open(&config.database_url()).await?;
    if config.demo {
        let loaded = demo::load(&db).await?;
        tracing::info!("demo data: {loaded} shipments");
    }
    let tracking = match config.jne_settings() {
        Some(settings) => {
            let client = track::jne::JneClient::new(settings)
                .map_err(|e| StartError::Upstream(e.to_string()))?;
            track::Source::Jne(Arc::new(client))
        }
        None => track::Source::demo(&db).await.map_err(db::DbError::from)?,
    };
    let state = AppState {
        tracking,
        track_limit: config.track_limit(),
        policy,
        today: config.today(),
        clock: config.clock(),
        mailer: match &config.smtp {
            Some(url) => mail::Mailer::smtp(url, config.mail_from.clone())?,
            None => mail::Mailer::outbox(config.data.join("outbox"), config.mail_from.clone()),
        },
        tls: config.tls_files().is_some()
            || config
                .public_origin
                .as_deref()
                .is_some_and(|o| o.starts_with("https://")),
        origin: http::OwnOrigin::new(
            config.tls_files().is_some(),
            config.public_origin.as_deref(),
        ),
        jlc_limit: config.jlc_limit(),
        proxies: http::TrustedProxies::new(config.trusted_proxies.clone()),
        retention: jlc::retention::Retention::years(config.retention_years),
        embedders: http::Embedders::new(&config.embed_origins),
        db,
        dist: config.dist.clone(),
        csp: security::content_security_policy(&index).into(),
    };
    // Before the first request: nothing past its retention period is ever served.
    jlc::retention::run(&state, state.clock.now())
        .await
        .map_err(db::DbError::from)?;
    Ok(state)
}

/// A server that is listening; `addr` is where (useful with port 0).
pub struct Running {
    pub addr: SocketAddr,
    listener: TcpListener,
    state: AppState,
    /// HTTPS when `--tls-cert` was given.
    tls: Option<Arc<rustls::ServerConfig>>,
    limits: connections::Limits,
}

pub async fn bind(config: &Config) -> Result<Running, StartError> {
    // A certificate that cannot be used stops the start before anything is created.
    let tls = match config.tls_files() {
        Some((cert, key)) => Some(tls::server_config(&cert, &key)?),
        None => None,
    };
    let state = prepare(config).await?;
    // Idle sockets must not run the process out of files: the soft limit goes up to the
    // hard one, and the connections are capped within it.
    let limits = config
        .connection_limits()
        .within(connections::raise_open_file_limit());
    if !config.listen.ip().is_loopback() && config.public_origin.is_none() {
        tracing::warn!(
            "listening on {} without --public-origin: state changes are accepted only from \
             pages on localhost; give the site's origin (https://…) to serve others",
            config.listen
        );
    }
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|source| StartError::Listen {
            addr: config.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(StartError::Serve)?;
    Ok(Running {
        addr,
        listener,
        state,
        tls,
        limits,
    })
}

impl Running {
    /// Where the server answers, `http://…` or `https://…`.
    pub fn base_url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// Serves until `shutdown` completes, then finishes the requests under way.
    pub async fn serve(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), StartError> {
        let db = self.state.db.clone();
        let cleanup = tokio::spawn(jlc::cleanup::every_ten_minutes(self.state.clone()));
        let proxies = self.state.proxies.clone();
        let app = http::app(self.state);
        connections::serve(self.listener, self.tls, app, self.limits, proxies, shutdown).await;
        cleanup.abort();
        db.close().await;
        Ok(())
    }
}

/// The command line's entry: bind, say where, serve until SIGINT or SIGTERM.
pub async fn run(config: Config) -> Result<(), StartError> {
    let running = bind(&config).await?;
    // Signals are caught from here on, before the address line: a SIGTERM sent as soon as
    // that line is read must already stop the server gracefully.
    let shutdown = shutdown_signal();
    // The e2e tests and the run script read this line to find the port.
    println!("jne-server listening on {}", running.base_url());
    running.serve(shutdown).await?;
    tracing::info!("stopped");
    Ok(())
}

/// Registers for SIGINT and SIGTERM now (not at the first poll) and completes on either.
fn shutdown_signal() -> impl std::future::Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    let (mut interrupt, mut terminate) = {
        use tokio::signal::unix::{signal, SignalKind};
        (
            signal(SignalKind::interrupt()).ok(),
            signal(SignalKind::terminate()).ok(),
        )
    };
    async move {
        #[cfg(unix)]
        {
            let interrupt = async {
                match interrupt.as_mut() {
                    Some(signal) => {
                        signal.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            let terminate = async {
                match terminate.as_mut() {
                    Some(signal) => {
                        signal.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = interrupt => {},
                () = terminate => {},
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down");
    }
}
