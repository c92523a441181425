//! The command line, as one typed struct.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Parser;

use crate::http::ClientLimit;
use crate::track::jne::JneSettings;

/// Serves the jne-web app and its API on one address.
#[derive(Debug, Clone, Parser)]
#[command(name = "jne-server", version, about)]
pub struct Config {
    /// Address to listen on; port 0 picks a free port (the chosen address is printed).
    #[arg(long, default_value = "127.0.0.1:8080", env = "JNE_LISTEN")]
    pub listen: SocketAddr,
    /// Folder for the SQLite database and the mail outbox; created when missing.
    #[arg(long, default_value = "data", env = "JNE_DATA")]
    pub data: PathBuf,
    /// The database: `postgres://user@host/db` for several instances that share it, or
    /// `sqlite://path`; default: the SQLite file jne.sqlite3 under --data.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,
    /// Folder of the built app (`trunk build --release`), with index.html in it.
    #[arg(long, default_value = "dist", env = "JNE_DIST")]
    pub dist: PathBuf,
    /// Load the demo data (shipments to track); running it again changes nothing.
    #[arg(long)]
    pub demo: bool,
    /// Track with JNE's tracing API at this base URL instead of the demo store.
    #[arg(long, env = "JNE_API_URL", requires_all = ["jne_username", "jne_api_key"])]
    pub jne_url: Option<String>,
    /// User name for JNE's tracing API.
    #[arg(long, env = "JNE_API_USERNAME")]
    pub jne_username: Option<String>,
    /// API key for JNE's tracing API (prefer the environment: a command line is visible to others).
    #[arg(long, env = "JNE_API_KEY", hide_env_values = true)]
    pub jne_api_key: Option<String>,
    /// How long one call to JNE may take, in milliseconds.
    #[arg(long, default_value_t = 8000, value_parser = clap::value_parser!(u64).range(100..=60_000))]
    pub jne_timeout_ms: u64,
    /// Tracking requests one client may make at once before it must wait; 0 for no limit.
    #[arg(long, default_value_t = 30)]
    pub track_burst: u32,
    /// After a burst, one more tracking request per this many milliseconds.
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=3_600_000))]
    pub track_refill_ms: u64,
    /// JLC requests (sign-in, codes, account) one client may make at once; 0 for no limit.
    #[arg(long, default_value_t = 20)]
    pub jlc_burst: u32,
    /// After a burst, one more JLC request per this many milliseconds.
    #[arg(long, default_value_t = 3000, value_parser = clap::value_parser!(u64).range(1..=3_600_000))]
    pub jlc_refill_ms: u64,
    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key.
    #[arg(long, env = "JNE_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM): RSA of 2048 bits or more, or ECDSA P-256.
    #[arg(long, env = "JNE_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// The site's origin as browsers see it (https://jlc.jne.co.id) when a proxy in front
    /// terminates TLS: state changes must come from exactly this origin, and HSTS is sent.
    #[arg(long, env = "JNE_PUBLIC_ORIGIN", value_parser = parse_origin)]
    pub public_origin: Option<String>,
    /// A proxy in front of the server (CIDR, or one address), whose `Forwarded` or
    /// `X-Forwarded-For` header names the client for the per-client limits; repeat for more.
    /// From any other peer those headers change nothing.
    #[arg(long = "trusted-proxy", env = "JNE_TRUSTED_PROXY", value_delimiter = ',', value_parser = parse_net)]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// A host page allowed to embed the module (`<jne-lacak>`, `<jne-policy-notice>`): its
    /// origin (https://toko.example) gets CORS on the tracking and policy API and may load
    /// the files under /embed/; repeat for more. No other page may.
    #[arg(long = "embed-origin", env = "JNE_EMBED_ORIGIN", value_delimiter = ',', value_parser = parse_origin)]
    pub embed_origins: Vec<String>,
    /// A request's head (and a TLS handshake) must arrive within this many seconds.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub header_timeout_secs: u64,
    /// A connection with nothing sent either way for this many seconds is closed.
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub idle_timeout_secs: u64,
    /// Connections open at once (lowered to fit the open-file limit).
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(2..=1_000_000))]
    pub max_connections: u64,
    /// Connections open at once from one client address (at most half of --max-connections).
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections_per_client: u64,
    /// Send mail over SMTP (smtp://host:port, smtp://user:password@host?tls=required,
    /// smtps://…) instead of writing it to <data>/outbox; prefer the environment for a password.
    #[arg(long, env = "JNE_SMTP_URL", hide_env_values = true)]
    pub smtp: Option<String>,
    /// The sender of every message.
    #[arg(long, env = "JNE_MAIL_FROM", default_value = "JNE <no-reply@jne.co.id>", value_parser = parse_mailbox)]
    pub mail_from: lettre::message::Mailbox,
    /// Years a closed account, or one not signed in to, keeps its personal data before it is
    /// anonymised (the privacy policy, 4e: at least five).
    #[arg(long, env = "JNE_RETENTION_YEARS", default_value_t = jne_core::jlc::rights::DEFAULT_RETENTION_YEARS,
          value_parser = clap::value_parser!(u32).range(1..=100))]
    pub retention_years: u32,
    /// For tests only: add the seconds in <data>/test-clock-offset to the clock.
    #[arg(long, hide = true)]
    pub test_clock: bool,
    /// Folder of the privacy policy (versions.json and one text file per version);
    /// default: the `policy` folder of --dist, where the build copies static/policy.
    #[arg(long, env = "JNE_POLICY")]
    pub policy: Option<PathBuf>,
    /// Pretend today is this date (YYYY-MM-DD) for the policy's current and future versions.
    /// For tests only.
    #[arg(long, hide = true, value_parser = parse_date)]
    pub today: Option<String>,
}

fn parse_date(text: &str) -> Result<String, String> {
    if jne_core::policy::date::is_date(text) {
        Ok(text.to_owned())
    } else {
        Err(format!("“{text}” is not a date written YYYY-MM-DD"))
    }
}

fn parse_origin(text: &str) -> Result<String, String> {
    let origin = text.trim_end_matches('/');
    let rest = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(['/', '?', '#', '@', ' ']) => {
            Ok(origin.to_owned())
        }
        _ => Err(format!(
            "“{text}” is not an origin like https://jlc.jne.co.id (scheme and host, no path)"
        )),
    }
}

fn parse_net(text: &str) -> Result<ipnet::IpNet, String> {
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map(|net| net.trunc())
        .map_err(|_| format!("“{text}” is not an address or a CIDR range like 10.0.0.0/8"))
}

fn parse_mailbox(text: &str) -> Result<lettre::message::Mailbox, String> {
    text.parse()
        .map_err(|_| format!("“{text}” is not a sender like JNE <no-reply@jne.co.id>"))
}

impl Config {
    /// The certificate and key files when HTTPS is asked for.
    pub fn tls_files(&self) -> Option<(PathBuf, PathBuf)> {
        Some((self.tls_cert.clone()?, self.tls_key.clone()?))
    }

    pub fn jlc_limit(&self) -> Option<ClientLimit> {
        (self.jlc_burst > 0).then(|| ClientLimit {
            burst: self.jlc_burst,
            refill: Duration::from_millis(self.jlc_refill_ms),
        })
    }

    pub fn clock(&self) -> crate::clock::Clock {
        if self.test_clock {
            crate::clock::Clock::with_offset_file(self.data.join("test-clock-offset"))
        } else {
            crate::clock::Clock::system()
        }
    }

    /// The database's URL: --database, or the SQLite file under --data.
    pub fn database_url(&self) -> String {
        self.database
            .clone()
            .unwrap_or_else(|| crate::db::default_url(&self.data))
    }

    pub fn policy_dir(&self) -> PathBuf {
        self.policy
            .clone()
            .unwrap_or_else(|| self.dist.join("policy"))
    }

    pub fn today(&self) -> crate::policy::Today {
        match &self.today {
            Some(date) => crate::policy::Today::Fixed(date.clone()),
            None => crate::policy::Today::Clock,
        }
    }

    pub fn connection_limits(&self) -> crate::connections::Limits {
        crate::connections::Limits {
            header_timeout: Duration::from_secs(self.header_timeout_secs),
            idle_timeout: Duration::from_secs(self.idle_timeout_secs),
            max_connections: self.max_connections as usize,
            max_per_client: self.max_connections_per_client as usize,
        }
    }

    pub fn track_limit(&self) -> Option<ClientLimit> {
        (self.track_burst > 0).then(|| ClientLimit {
            burst: self.track_burst,
            refill: Duration::from_millis(self.track_refill_ms),
        })
    }

    /// The upstream settings when JNE's API is configured; `None` means the demo store.
    pub fn jne_settings(&self) -> Option<JneSettings> {
        Some(JneSettings {
            base_url: self.jne_url.clone()?,
            username: self.jne_username.clone()?,
            api_key: self.jne_api_key.clone()?,
            timeout: Duration::from_millis(self.jne_timeout_ms),
        })
    }
}
