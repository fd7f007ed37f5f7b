//! Counters for `/metrics`, in Prometheus text format. Only counts: never
//! a mailbox id, a token, an address or a size of one message.

use std::fmt::Write;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

#[derive(Default)]
pub struct Metrics {
    pub requests: AtomicU64,
    pub appends: AtomicU64,
    pub append_bytes: AtomicU64,
    pub reads: AtomicU64,
    pub delivered: AtomicU64,
    pub deletes: AtomicU64,
    pub slots_put: AtomicU64,
    pub slots_taken: AtomicU64,
    pub expired_messages: AtomicU64,
    pub expired_slots: AtomicU64,
    pub waiting: AtomicI64,
    pub websockets: AtomicI64,
    pub errors: std::sync::Mutex<std::collections::BTreeMap<&'static str, u64>>,
}

impl Metrics {
    pub fn inc(c: &AtomicU64, n: u64) {
        c.fetch_add(n, Ordering::Relaxed);
    }

    pub fn error(&self, code: &'static str) {
        if let Ok(mut m) = self.errors.lock() {
            *m.entry(code).or_insert(0) += 1;
        }
    }

    pub fn render(
        &self,
        backend: &str,
        open: &crate::conns::Open,
        config: &crate::Config,
        stored_bytes: u64,
    ) -> String {
        let mut s = String::new();
        let mut counter = |name: &str, help: &str, v: u64| {
            let _ = writeln!(s, "# HELP harbour_relay_{name} {help}");
            let _ = writeln!(s, "# TYPE harbour_relay_{name} counter");
            let _ = writeln!(s, "harbour_relay_{name} {v}");
        };
        let g = |c: &AtomicU64| c.load(Ordering::Relaxed);
        counter("requests_total", "HTTP requests.", g(&self.requests));
        counter("appends_total", "Messages appended.", g(&self.appends));
        counter(
            "append_bytes_total",
            "Bytes of messages appended.",
            g(&self.append_bytes),
        );
        counter("reads_total", "Read requests answered.", g(&self.reads));
        counter(
            "delivered_total",
            "Messages handed to readers.",
            g(&self.delivered),
        );
        counter(
            "deletes_total",
            "Messages deleted by owners.",
            g(&self.deletes),
        );
        counter(
            "rendezvous_put_total",
            "Rendezvous slots put.",
            g(&self.slots_put),
        );
        counter(
            "rendezvous_taken_total",
            "Rendezvous slots taken.",
            g(&self.slots_taken),
        );
        counter(
            "expired_messages_total",
            "Messages removed by retention.",
            g(&self.expired_messages),
        );
        counter(
            "expired_rendezvous_total",
            "Rendezvous slots that expired unused.",
            g(&self.expired_slots),
        );
        let _ = writeln!(
            s,
            "# HELP harbour_relay_waiting Long-poll requests waiting."
        );
        let _ = writeln!(s, "# TYPE harbour_relay_waiting gauge");
        let _ = writeln!(
            s,
            "harbour_relay_waiting {}",
            self.waiting.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            s,
            "# HELP harbour_relay_websockets Open WebSocket connections."
        );
        let _ = writeln!(s, "# TYPE harbour_relay_websockets gauge");
        let _ = writeln!(
            s,
            "harbour_relay_websockets {}",
            self.websockets.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            s,
            "# HELP harbour_relay_errors_total Refused requests by error code."
        );
        let _ = writeln!(s, "# TYPE harbour_relay_errors_total counter");
        if let Ok(m) = self.errors.lock() {
            for (code, n) in m.iter() {
                let _ = writeln!(s, "harbour_relay_errors_total{{code=\"{code}\"}} {n}");
            }
        }
        let _ = writeln!(
            s,
            "# HELP harbour_relay_connections Open connections (WebSockets included).\n\
             # TYPE harbour_relay_connections gauge\n\
             harbour_relay_connections {}\n\
             # HELP harbour_relay_connections_refused_total Connections closed at once: over a connection limit.\n\
             # TYPE harbour_relay_connections_refused_total counter\n\
             harbour_relay_connections_refused_total {}",
            open.total(),
            open.refused.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            s,
            "# HELP harbour_relay_stored_bytes Bytes of messages in all mailboxes (as last counted, plus appends since).\n\
             # TYPE harbour_relay_stored_bytes gauge\n\
             harbour_relay_stored_bytes {stored_bytes}"
        );
        let _ = writeln!(
            s,
            "# HELP harbour_relay_limit The configured limits.\n# TYPE harbour_relay_limit gauge"
        );
        for (name, v) in [
            ("max_connections", config.max_connections as u64),
            (
                "max_connections_per_ip",
                config.max_connections_per_ip as u64,
            ),
            ("header_read_timeout_secs", config.header_read_timeout_secs),
            ("body_read_timeout_secs", config.body_read_timeout_secs),
            ("max_message", config.max_message as u64),
            ("max_page_bytes", config.max_page_bytes),
            ("mailbox_max_bytes", config.mailbox_max_bytes),
            ("mailbox_max_count", config.mailbox_max_count),
            ("max_total_bytes", config.max_total_bytes),
            ("max_wait_secs", config.max_wait_secs),
        ] {
            let _ = writeln!(s, "harbour_relay_limit{{limit=\"{name}\"}} {v}");
        }
        let _ = writeln!(s, "# HELP harbour_relay_info The storage backend.");
        let _ = writeln!(s, "# TYPE harbour_relay_info gauge");
        let _ = writeln!(s, "harbour_relay_info{{backend=\"{backend}\"}} 1");
        s
    }
}
