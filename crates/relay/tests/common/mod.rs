//! Test harness: a throwaway PostgreSQL cluster on loopback, and a relay
//! served for real over HTTP on 127.0.0.1:0 (its own thread and runtime).

#![allow(dead_code)]

use harbour_relay::store::Storage;
use harbour_relay::Config;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// A PostgreSQL 15 cluster in a temp dir, stopped on drop.
pub struct Pg {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub url: String,
    as_user: Option<&'static str>,
}

fn pg_bin() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("HARBOUR_PG_BIN") {
        return Some(PathBuf::from(d));
    }
    for v in ["17", "16", "15", "14"] {
        let p = PathBuf::from(format!("/usr/lib/postgresql/{v}/bin"));
        if p.join("initdb").exists() && p.join("pg_ctl").exists() {
            return Some(p);
        }
    }
    None
}

fn run(cmd: &mut Command) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

impl Pg {
    /// Starts a cluster, or `None` when HARBOUR_SKIP_POSTGRES=1. Without the
    /// binaries (and without that variable) the test fails: CI must not skip
    /// PostgreSQL silently.
    pub fn start() -> Option<Pg> {
        if std::env::var("HARBOUR_SKIP_POSTGRES").as_deref() == Ok("1") {
            eprintln!("HARBOUR_SKIP_POSTGRES=1: skipping the PostgreSQL backend");
            return None;
        }
        let bin = pg_bin().unwrap_or_else(|| {
            panic!(
                "PostgreSQL's initdb and pg_ctl were not found (install Debian's `postgresql` package, \
                 run scripts/setup.sh, or set HARBOUR_PG_BIN); set HARBOUR_SKIP_POSTGRES=1 to skip \
                 the PostgreSQL backend on purpose"
            )
        });
        let dir = tempfile::tempdir().expect("temp dir");
        // initdb refuses to run as root: use the postgres system user then.
        let root = Command::new("id")
            .arg("-u")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
            .unwrap_or(false);
        let as_user = root.then_some("postgres");
        if let Some(u) = as_user {
            run(Command::new("chown").arg(format!("{u}:")).arg(dir.path()));
        }
        let data = dir.path().join("data");
        let port = free_port();
        let pg = Pg {
            url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
            bin,
            as_user,
            dir,
        };
        run(pg
            .cmd("initdb")
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
                "-D",
            ])
            .arg(&data));
        let opts = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            pg.dir.path().display()
        );
        run(pg
            .cmd("pg_ctl")
            .args(["-w", "-t", "60", "-D"])
            .arg(&data)
            .args(["-o", &opts, "-l"])
            .arg(pg.dir.path().join("log"))
            .arg("start"));
        Some(pg)
    }

    fn cmd(&self, prog: &str) -> Command {
        let p = self.bin.join(prog);
        match self.as_user {
            Some(u) => {
                let mut c = Command::new("runuser");
                c.args(["-u", u, "--"]).arg(p);
                c
            }
            None => Command::new(p),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// A fresh database in this cluster (one per test).
    pub fn fresh_db(&self, name: &str) -> String {
        with_pg(&self.url, |c| async move {
            c.batch_execute(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create database");
        });
        match self.url.rsplit_once('/') {
            Some((head, _)) => format!("{head}/{name}"),
            None => panic!("bad test url"),
        }
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        let _ = self
            .cmd("pg_ctl")
            .args(["-w", "-m", "immediate", "-D"])
            .arg(self.data())
            .arg("stop")
            .output();
    }
}

/// Which backend a test runs on.
pub enum Backend {
    Sqlite(tempfile::TempDir),
    Postgres(String),
}

/// A fresh SQLite backend in its own temp dir.
pub fn sqlite() -> Backend {
    Backend::Sqlite(tempfile::tempdir().expect("temp dir"))
}

impl Backend {
    pub fn database(&self) -> String {
        match self {
            Backend::Sqlite(d) => format!("sqlite:{}", d.path().join("relay.sqlite").display()),
            Backend::Postgres(url) => url.clone(),
        }
    }
}

/// Runs `f` once on SQLite and once on a fresh PostgreSQL database.
pub fn both(name: &str, f: impl Fn(&Backend)) {
    let b = sqlite();
    eprintln!("-- {name} on sqlite");
    f(&b);
    if let Some(pg) = Pg::start() {
        eprintln!("-- {name} on postgres");
        let b = Backend::Postgres(pg.fresh_db(name));
        f(&b);
    }
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

/// The default config without rate limits (tests send faster than a person).
pub fn no_rate_limits() -> Config {
    Config {
        ip_rate: 0.0,
        mailbox_rate: 0.0,
        ..Config::default()
    }
}

/// A ureq agent that returns error statuses as responses.
pub fn agent(timeout: std::time::Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .build()
        .into()
}

/// Runs `f` with a client of the PostgreSQL database at `url`.
pub fn with_pg<T, F>(url: &str, f: impl FnOnce(tokio_postgres::Client) -> F) -> T
where
    F: std::future::Future<Output = T>,
{
    runtime().block_on(async move {
        let (c, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .expect("connect to the test cluster");
        tokio::spawn(conn);
        f(c).await
    })
}

pub fn open_store(rt: &tokio::runtime::Runtime, b: &Backend) -> Arc<dyn Storage> {
    rt.block_on(harbour_relay::store::open(&b.database()))
        .expect("open storage")
}

/// A relay serving real HTTP on 127.0.0.1:0 in its own thread.
pub struct Served {
    pub addr: SocketAddr,
    pub base: String,
    _rt: tokio::runtime::Runtime,
}

pub fn serve(b: &Backend, config: Config) -> Served {
    serve_at(b, config, "127.0.0.1:0".parse().expect("an address"))
}

/// [`serve`] on a given address (a relay restarted where it was).
pub fn serve_at(b: &Backend, config: Config, at: SocketAddr) -> Served {
    let rt = runtime();
    let store = open_store(&rt, b);
    let listener = rt
        .block_on(tokio::net::TcpListener::bind(at))
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    rt.spawn(harbour_relay::serve(listener, store, config));
    Served {
        addr,
        base: format!("http://{addr}"),
        _rt: rt,
    }
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// The token every test's mailboxes are written and read with (the
/// relay compares only its hash).
pub const WS_TOKEN: &str = "11111111111111111111111111111111111111111111111111111111111111aa";

/// A minimal WebSocket client over a raw TCP stream (handshake, then
/// unmasked server frames), so the test needs no WebSocket library. Reads
/// with [`WS_TOKEN`].
pub fn ws_connect(addr: &std::net::SocketAddr, mb: &str) -> std::net::TcpStream {
    let (head, s) = ws_handshake(addr, mb, Some(WS_TOKEN));
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    s
}

/// Starts a WebSocket handshake with `token` (or none) and returns the
/// answer's head and the stream.
pub fn ws_handshake(
    addr: &std::net::SocketAddr,
    mb: &str,
    token: Option<&str>,
) -> (String, std::net::TcpStream) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "GET /v1/mailboxes/{mb}/ws?after=0 HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\n\
         Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{auth}\r\n"
    )
    .unwrap();
    let mut head = Vec::new();
    let mut b = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        s.read_exact(&mut b).expect("handshake");
        head.push(b[0]);
    }
    (String::from_utf8_lossy(&head).into_owned(), s)
}

pub fn ws_text(s: &mut std::net::TcpStream) -> serde_json::Value {
    use std::io::Read;
    loop {
        let mut h = [0u8; 2];
        s.read_exact(&mut h).expect("frame header");
        let mut len = (h[1] & 0x7f) as usize;
        if len == 126 {
            let mut l = [0u8; 2];
            s.read_exact(&mut l).unwrap();
            len = u16::from_be_bytes(l) as usize;
        } else if len == 127 {
            let mut l = [0u8; 8];
            s.read_exact(&mut l).unwrap();
            len = u64::from_be_bytes(l) as usize;
        }
        let mut payload = vec![0u8; len];
        s.read_exact(&mut payload).unwrap();
        if h[0] & 0x0f == 1 {
            return serde_json::from_slice(&payload).expect("JSON frame");
        }
    }
}
