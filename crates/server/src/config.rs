//! The command line, as one typed struct.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;

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
    /// Folder of the built app (`trunk build --release`), with index.html in it.
    #[arg(long, default_value = "dist", env = "JNE_DIST")]
    pub dist: PathBuf,
    /// Load the demo data (shipments to track); running it again changes nothing.
    #[arg(long)]
    pub demo: bool,
}
