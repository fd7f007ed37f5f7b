//! Accepting connections: the relay's own loop over hyper, so it can refuse
//! what `axum::serve` cannot: more connections than the relay (or one client
//! address) may hold, and clients that never finish sending their request
//! head (slowloris). Each limit is in [`crate::Config`] and in `/metrics`.

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The connection limits.
#[derive(Debug, Clone, Copy)]
pub struct ConnLimits {
    /// Open connections in all (0 = no limit).
    pub max_connections: usize,
    /// Open connections from one client address (0 = no limit; not applied
    /// behind a reverse proxy, where every connection comes from it).
    pub max_connections_per_ip: usize,
    /// Time a client has to send a request's head.
    pub header_read_timeout: Duration,
}

/// Open connections, in all and by client address.
#[derive(Default)]
pub struct Open {
    total: AtomicI64,
    by_ip: Mutex<HashMap<IpAddr, usize>>,
    pub refused: AtomicU64,
}

/// One accepted connection, counted until dropped.
pub struct Slot {
    open: Arc<Open>,
    ip: Option<IpAddr>,
}

impl Open {
    /// Counts a new connection from `ip`, or `None` if a limit is reached.
    pub fn admit(self: &Arc<Self>, ip: IpAddr, limits: &ConnLimits, per_ip: bool) -> Option<Slot> {
        let total = self.total.load(Ordering::Relaxed);
        if limits.max_connections > 0 && total >= limits.max_connections as i64 {
            return None;
        }
        let ip = if per_ip && limits.max_connections_per_ip > 0 {
            let mut m = self.by_ip.lock().ok()?;
            let n = m.entry(ip).or_insert(0);
            if *n >= limits.max_connections_per_ip {
                return None;
            }
            *n += 1;
            Some(ip)
        } else {
            None
        };
        self.total.fetch_add(1, Ordering::Relaxed);
        Some(Slot {
            open: self.clone(),
            ip,
        })
    }

    pub fn total(&self) -> i64 {
        self.total.load(Ordering::Relaxed)
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.open.total.fetch_sub(1, Ordering::Relaxed);
        if let Some(ip) = self.ip {
            if let Ok(mut m) = self.open.by_ip.lock() {
                if let Some(n) = m.get_mut(&ip) {
                    *n -= 1;
                    if *n == 0 {
                        m.remove(&ip);
                    }
                }
            }
        }
    }
}

/// Accepts connections on `listener` and serves `router` on each, within
/// `limits`; a connection over a limit is closed at once.
pub async fn accept_loop(
    listener: tokio::net::TcpListener,
    router: Router,
    limits: ConnLimits,
    per_ip: bool,
    open: Arc<Open>,
) -> std::io::Result<()> {
    loop {
        let (stream, addr) = match listener.accept().await {
            Ok(c) => c,
            // Out of file descriptors and the like: wait a moment, go on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Some(slot) = open.admit(addr.ip(), &limits, per_ip) else {
            open.refused.fetch_add(1, Ordering::Relaxed);
            drop(stream);
            continue;
        };
        // Requests carry the slot too: a WebSocket keeps it after this
        // connection's HTTP part is over.
        let slot = Arc::new(slot);
        let router = router.clone();
        tokio::spawn(async move {
            let held = slot.clone();
            let service = hyper::service::service_fn(move |mut req: hyper::Request<_>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(addr));
                req.extensions_mut().insert(held.clone());
                let mut router = router.clone();
                async move { tower::Service::call(&mut router, req).await }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_read_timeout)
                // A client that closes its sending side after its request
                // still gets the answer (and a cut-short body is refused at
                // once rather than at the body timeout).
                .half_close(true)
                .serve_connection(TokioIo::new(stream), service)
                .with_upgrades();
            let _ = conn.await;
            drop(slot);
        });
    }
}
