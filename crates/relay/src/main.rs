//! `harbour-relay [--listen 127.0.0.1:8787] [--database sqlite:PATH | postgres://...]`

use clap::Parser;
use harbour_relay::Config;

#[derive(Parser)]
#[command(
    name = "harbour-relay",
    version,
    about = "Harbour's relay: stores opaque, end-to-end encrypted envelopes in mailboxes"
)]
struct Args {
    /// Address to listen on (port 0 picks a free one; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8787")]
    listen: String,
    /// `sqlite:PATH` (default: harbour-relay.sqlite in the working directory)
    /// or `postgres://user@host/db`.
    #[arg(long, default_value = "sqlite:harbour-relay.sqlite")]
    database: String,
    /// Largest message in bytes.
    #[arg(long, default_value_t = 4 * 1024 * 1024)]
    max_message: usize,
    /// Open connections in all (0: no limit). A WebSocket counts while open.
    #[arg(long, default_value_t = 16_384)]
    max_connections: usize,
    /// Open connections from one client address (0: no limit; not applied
    /// with --trust-forwarded).
    #[arg(long, default_value_t = 256)]
    max_connections_per_ip: usize,
    /// Seconds a client has to send a request's head.
    #[arg(long, default_value_t = 10)]
    header_read_timeout_secs: u64,
    /// Seconds a client has to send a request's body once its head is in.
    #[arg(long, default_value_t = 60)]
    body_read_timeout_secs: u64,
    /// A read page stops once it holds this many bytes (one message always comes).
    #[arg(long, default_value_t = 8 * 1024 * 1024)]
    max_page_bytes: u64,
    /// Most bytes one mailbox may hold.
    #[arg(long, default_value_t = 64 * 1024 * 1024)]
    mailbox_max_bytes: u64,
    /// Most messages one mailbox may hold.
    #[arg(long, default_value_t = 10_000)]
    mailbox_max_count: u64,
    /// Most bytes all mailboxes together may hold (0: no limit); appends past it get 507
    /// `relay_full`. Set it well below the free disk.
    #[arg(long, default_value_t = 8 * 1024 * 1024 * 1024)]
    max_total_bytes: u64,
    /// Requests a second per client address (0: no limit).
    #[arg(long, default_value_t = 50.0)]
    ip_rate: f64,
    #[arg(long, default_value_t = 200.0)]
    ip_burst: f64,
    /// Appends a second per mailbox (0: no limit).
    #[arg(long, default_value_t = 20.0)]
    mailbox_rate: f64,
    #[arg(long, default_value_t = 100.0)]
    mailbox_burst: f64,
    /// Delete messages older than this many days.
    #[arg(long, default_value_t = 30)]
    retention_days: u64,
    /// Waiters also re-read the store this often (seconds; 0 = never).
    /// Default 0: a node wakes its waiters for its own appends, and with
    /// PostgreSQL for other nodes' too (LISTEN/NOTIFY). Only a shared
    /// database without LISTEN/NOTIFY needs it (default there: 2).
    #[arg(long)]
    repoll_secs: Option<u64>,
    /// Trust the last X-Forwarded-For entry as the client address (only
    /// behind a reverse proxy that sets it).
    #[arg(long)]
    trust_forwarded: bool,
}

/// One glibc malloc arena instead of one per thread, unless the operator
/// set MALLOC_ARENA_MAX: idle connections' buffers spread over several
/// arenas cost 10,000 idle long-polls 206 MB of RSS instead of 177 MB, and
/// throughput on this relay's few threads measured the same (thread caches
/// take most allocations without the arena lock).
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: called first thing in main, before any other thread.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 1);
        }
    }
}

fn main() {
    one_malloc_arena();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("harbour-relay: cannot start: {e}");
            std::process::exit(1);
        }
    };
    rt.block_on(run());
}

async fn run() {
    let a = Args::parse();
    let store = match harbour_relay::store::open(&a.database).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("harbour-relay: cannot open the database: {e}");
            std::process::exit(1);
        }
    };
    let shared_without_notify = store.kind() == "postgres" && !store.wakes_other_nodes();
    let config = Config {
        max_message: a.max_message,
        max_page_bytes: a.max_page_bytes,
        max_connections: a.max_connections,
        max_connections_per_ip: a.max_connections_per_ip,
        header_read_timeout_secs: a.header_read_timeout_secs,
        body_read_timeout_secs: a.body_read_timeout_secs,
        mailbox_max_bytes: a.mailbox_max_bytes,
        mailbox_max_count: a.mailbox_max_count,
        max_total_bytes: a.max_total_bytes,
        ip_rate: a.ip_rate,
        ip_burst: a.ip_burst,
        mailbox_rate: a.mailbox_rate,
        mailbox_burst: a.mailbox_burst,
        retention_secs: a.retention_days.saturating_mul(86_400),
        repoll_secs: a
            .repoll_secs
            .unwrap_or(if shared_without_notify { 2 } else { 0 }),
        trust_forwarded: a.trust_forwarded,
        ..Config::default()
    };
    let listener = match tokio::net::TcpListener::bind(&a.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("harbour-relay: cannot listen on {}: {e}", a.listen);
            std::process::exit(1);
        }
    };
    match listener.local_addr() {
        Ok(addr) => println!("harbour-relay listening on {addr} ({})", store.kind()),
        Err(_) => println!("harbour-relay listening on {}", a.listen),
    }
    if let Err(e) = harbour_relay::serve(listener, store, config).await {
        eprintln!("harbour-relay: {e}");
        std::process::exit(1);
    }
}
