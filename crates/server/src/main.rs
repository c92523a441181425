use clap::Parser;
use jne_server::config::Config;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "jne_server=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = Config::parse();
    match jne_server::run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("jne-server: {error}");
            std::process::ExitCode::from(error.exit_code())
        }
    }
}
