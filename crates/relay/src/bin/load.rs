//! Load generator for scripts/bench-relay.sh (loopback only).
//!
//! ```text
//! harbour-relay-load throughput URL CLIENTS SECONDS SIZE
//!     CLIENTS threads, each with its own mailbox and keep-alive connection,
//!     loop: append seq n (SIZE random-looking bytes), read after n-1.
//!     Prints one JSON line: messages/s, p50/p99 of appends and reads.
//! harbour-relay-load latency URL SAMPLES
//!     Append → a waiting long-poll reader has it, one at a time.
//! harbour-relay-load idle URL CONNECTIONS SECONDS
//!     Opens CONNECTIONS long-polls (wait=60) on distinct mailboxes and holds
//!     them for SECONDS. Prints "open N" once they are all sent.
//! ```

use std::io::Write;
use std::time::{Duration, Instant};

fn usage() -> ! {
    eprintln!("usage: harbour-relay-load throughput URL CLIENTS SECONDS SIZE | idle URL CONNECTIONS SECONDS");
    std::process::exit(2)
}

fn arg<T: std::str::FromStr>(a: &[String], i: usize) -> T {
    a.get(i)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| usage())
}

fn pct(v: &mut [Duration], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_unstable();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)].as_secs_f64() * 1000.0
}

fn b64(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(data)
}

fn throughput(url: &str, clients: usize, secs: u64, size: usize) {
    let stop = Instant::now() + Duration::from_secs(secs);
    let run = std::process::id();
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let url = url.to_string();
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .timeout_global(Some(Duration::from_secs(30)))
                    .build()
                    .into();
                let mb = format!("{:08x}{:08x}{:016x}", run, c, 0x5eed_u64);
                let token = format!("{:064x}", c + 1);
                let payload = b64(&(0..size).map(|i| (i * 31 + c) as u8).collect::<Vec<_>>());
                let mut appends = Vec::new();
                let mut reads = Vec::new();
                let mut errors = 0u64;
                let mut seq = 0u64;
                let mut got = 0u64;
                while Instant::now() < stop {
                    let body = format!("{{\"seq\":{},\"data\":\"{payload}\"}}", seq + 1);
                    let t = Instant::now();
                    let r = agent
                        .post(format!("{url}/v1/mailboxes/{mb}/messages"))
                        .header("Authorization", format!("Bearer {token}"))
                        .content_type("application/json")
                        .send(body);
                    match r {
                        Ok(mut r) if r.status().as_u16() == 201 => {
                            let _ = r.body_mut().read_to_vec();
                            appends.push(t.elapsed());
                            seq += 1;
                        }
                        Ok(mut r) => {
                            let _ = r.body_mut().read_to_vec();
                            errors += 1;
                            continue;
                        }
                        Err(_) => {
                            errors += 1;
                            continue;
                        }
                    }
                    let t = Instant::now();
                    let r = agent
                        .get(format!(
                            "{url}/v1/mailboxes/{mb}/messages?after={}",
                            seq - 1
                        ))
                        .call();
                    match r {
                        Ok(mut r) if r.status().as_u16() == 200 => {
                            let body = r.body_mut().read_to_string().unwrap_or_default();
                            if body.contains(&payload) {
                                got += 1;
                            }
                            reads.push(t.elapsed());
                        }
                        _ => errors += 1,
                    }
                }
                (appends, reads, errors, got)
            })
        })
        .collect();
    let started = Instant::now();
    let (mut appends, mut reads, mut errors, mut got) = (Vec::new(), Vec::new(), 0, 0);
    for h in handles {
        if let Ok((a, r, e, g)) = h.join() {
            appends.extend(a);
            reads.extend(r);
            errors += e;
            got += g;
        }
    }
    let elapsed = started.elapsed().as_secs_f64().max(secs as f64);
    let mut all: Vec<Duration> = appends.iter().chain(reads.iter()).copied().collect();
    println!(
        "{{\"clients\":{clients},\"seconds\":{elapsed:.1},\"size\":{size},\"appended\":{},\"read_back\":{got},\"errors\":{errors},\
\"appends_per_s\":{:.0},\"requests_per_s\":{:.0},\"append_p50_ms\":{:.2},\"append_p99_ms\":{:.2},\"read_p50_ms\":{:.2},\"read_p99_ms\":{:.2},\"all_p50_ms\":{:.2},\"all_p99_ms\":{:.2}}}",
        appends.len(),
        appends.len() as f64 / elapsed,
        (appends.len() + reads.len()) as f64 / elapsed,
        pct(&mut appends, 0.5),
        pct(&mut appends, 0.99),
        pct(&mut reads, 0.5),
        pct(&mut reads, 0.99),
        pct(&mut all, 0.5),
        pct(&mut all, 0.99),
    );
}

/// Append → a waiting long-poll reader has it: `n` samples, one at a time.
fn latency(url: &str, n: u64) {
    let agent = || -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into()
    };
    let mb = format!("{:08x}{:024x}", std::process::id(), 0xfeed_u64);
    let token = format!("{:064x}", 7);
    let (tx, rx) = std::sync::mpsc::channel::<Instant>();
    let reader = {
        let (url, mb, a) = (url.to_string(), mb.clone(), agent());
        std::thread::spawn(move || {
            for k in 0..n {
                let r = a
                    .get(format!(
                        "{url}/v1/mailboxes/{mb}/messages?after={k}&wait=10"
                    ))
                    .call();
                let ok = r
                    .ok()
                    .and_then(|mut r| r.body_mut().read_to_string().ok())
                    .is_some_and(|b| b.contains("\"seq\""));
                if !ok || tx.send(Instant::now()).is_err() {
                    return;
                }
            }
        })
    };
    let a = agent();
    let mut lat = Vec::new();
    for k in 0..n {
        std::thread::sleep(Duration::from_millis(5));
        let t0 = Instant::now();
        let r = a
            .post(format!("{url}/v1/mailboxes/{mb}/messages"))
            .header("Authorization", format!("Bearer {token}"))
            .content_type("application/json")
            .send(format!(
                "{{\"seq\":{},\"data\":\"{}\"}}",
                k + 1,
                b64(&[k as u8; 300])
            ));
        if !r.is_ok_and(|r| r.status().as_u16() == 201) {
            eprintln!("append {k} failed");
            break;
        }
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(t1) => lat.push(t1.saturating_duration_since(t0)),
            Err(_) => break,
        }
    }
    let _ = reader.join();
    println!(
        "{{\"samples\":{},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"max_ms\":{:.2}}}",
        lat.len(),
        pct(&mut lat, 0.5),
        pct(&mut lat, 0.99),
        pct(&mut lat, 1.0)
    );
}

fn idle(url: &str, conns: usize, secs: u64) {
    let hostport = url
        .strip_prefix("http://")
        .unwrap_or_else(|| usage())
        .trim_end_matches('/')
        .to_string();
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("runtime: {e}");
            std::process::exit(1)
        }
    };
    rt.block_on(async move {
        use tokio::io::AsyncWriteExt;
        let mut held = Vec::with_capacity(conns);
        let run = std::process::id();
        for i in 0..conns {
            let mut s = match tokio::net::TcpStream::connect(&hostport).await {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("connection {i}: {e}");
                    break;
                }
            };
            let req = format!(
                "GET /v1/mailboxes/{run:08x}{i:024x}/messages?after=0&wait=60 HTTP/1.1\r\nHost: {hostport}\r\n\r\n"
            );
            if s.write_all(req.as_bytes()).await.is_err() {
                eprintln!("connection {i}: write failed");
                break;
            }
            held.push(s);
        }
        println!("open {}", held.len());
        let _ = std::io::stdout().flush();
        tokio::time::sleep(Duration::from_secs(secs)).await;
        drop(held);
    });
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    match a.get(1).map(String::as_str) {
        Some("throughput") => {
            let url: String = arg(&a, 2);
            throughput(&url, arg(&a, 3), arg(&a, 4), arg(&a, 5))
        }
        Some("latency") => {
            let url: String = arg(&a, 2);
            latency(&url, arg(&a, 3))
        }
        Some("idle") => {
            let url: String = arg(&a, 2);
            idle(&url, arg(&a, 3), arg(&a, 4))
        }
        _ => usage(),
    }
}
