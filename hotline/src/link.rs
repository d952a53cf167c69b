//! An in-process bad link on loopback: a TCP proxy between phone and hotline with one-way
//! latency, a bandwidth cap each way, random connection resets, and total outages.
//! (`tc netem` is not available on this kernel; this stands in for it.) Used by the tests and by
//! `mitra demo`; loopback only.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct Profile {
    /// One way; a round trip costs twice this.
    pub latency: Duration,
    /// Bits per second, phone → hotline.
    pub up_bps: u64,
    /// Bits per second, hotline → phone.
    pub down_bps: u64,
    /// Mean time between resets of a connection (exponentially distributed); None: never.
    pub mean_reset_interval: Option<Duration>,
}

impl Profile {
    /// A 2G (EDGE) link as the issue describes it.
    pub fn two_g() -> Self {
        Profile {
            latency: Duration::from_millis(300),
            up_bps: 20_000,
            down_bps: 40_000,
            mean_reset_interval: Some(Duration::from_secs(10)),
        }
    }
}

#[derive(Default)]
pub struct Stats {
    pub connections: AtomicU64,
    pub bytes_up: AtomicU64,
    pub bytes_down: AtomicU64,
    pub resets: AtomicU64,
}

pub struct BadLink {
    pub addr: SocketAddr,
    pub stats: Arc<Stats>,
    outage: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
    live: Arc<Mutex<Vec<TcpStream>>>,
}

struct Rng(u64);
impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

impl BadLink {
    pub fn start(upstream: SocketAddr, profile: Profile, seed: u64) -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let stats = Arc::new(Stats::default());
        let outage = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let live: Arc<Mutex<Vec<TcpStream>>> = Arc::new(Mutex::new(Vec::new()));
        let (s, o, st, l) = (stats.clone(), outage.clone(), stop.clone(), live.clone());
        thread::spawn(move || {
            let mut seed = seed | 1;
            for client in listener.incoming() {
                if st.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = client else { continue };
                if o.load(Ordering::SeqCst) {
                    let _ = client.shutdown(Shutdown::Both);
                    continue;
                }
                let Ok(server) = TcpStream::connect(upstream) else {
                    continue;
                };
                let clones = (
                    client.try_clone(),
                    server.try_clone(),
                    client.try_clone(),
                    server.try_clone(),
                    client.try_clone(),
                    server.try_clone(),
                );
                let (Ok(c1), Ok(s1), Ok(c2), Ok(s2), Ok(c3), Ok(s3)) = clones else {
                    continue;
                };
                s.connections.fetch_add(1, Ordering::SeqCst);
                let _ = client.set_nodelay(true);
                let _ = server.set_nodelay(true);
                lock(&l).extend([c1, s1]);
                pump(c2, s2, profile.latency, profile.up_bps, s.clone(), true);
                pump(s3, c3, profile.latency, profile.down_bps, s.clone(), false);
                if let Some(mean) = profile.mean_reset_interval {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    let mut rng = Rng(seed | 1);
                    let after = mean.mul_f64(-(1.0 - rng.unit()).ln());
                    let stats = s.clone();
                    thread::spawn(move || {
                        thread::sleep(after);
                        if client.shutdown(Shutdown::Both).is_ok() {
                            stats.resets.fetch_add(1, Ordering::SeqCst);
                        }
                        let _ = server.shutdown(Shutdown::Both);
                    });
                }
            }
        });
        Ok(BadLink {
            addr,
            stats,
            outage,
            stop,
            live,
        })
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Starts or ends a total outage: open connections die, new ones are refused.
    pub fn set_outage(&self, on: bool) {
        self.outage.store(on, Ordering::SeqCst);
        if on {
            for s in lock(&self.live).drain(..) {
                let _ = s.shutdown(Shutdown::Both);
            }
        }
    }
}

impl Drop for BadLink {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        for s in lock(&self.live).drain(..) {
            let _ = s.shutdown(Shutdown::Both);
        }
    }
}

/// Copies `from` → `to`, each chunk delivered after its serialisation time at `bps` (queued
/// behind earlier chunks) plus `latency`.
fn pump(
    mut from: TcpStream,
    mut to: TcpStream,
    latency: Duration,
    bps: u64,
    stats: Arc<Stats>,
    up: bool,
) {
    let (tx, rx) = mpsc::channel::<(Instant, Vec<u8>)>();
    thread::spawn(move || {
        let mut line_free_at = Instant::now();
        let mut buf = [0u8; 512];
        loop {
            let n = match from.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let now = Instant::now();
            let start = line_free_at.max(now);
            line_free_at = start + Duration::from_secs_f64(n as f64 * 8.0 / bps as f64);
            if tx
                .send((line_free_at + latency, buf[..n].to_vec()))
                .is_err()
            {
                break;
            }
        }
    });
    thread::spawn(move || {
        for (at, chunk) in rx {
            let now = Instant::now();
            if at > now {
                thread::sleep(at - now);
            }
            if to.write_all(&chunk).is_err() {
                break;
            }
            let counter = if up {
                &stats.bytes_up
            } else {
                &stats.bytes_down
            };
            counter.fetch_add(chunk.len() as u64, Ordering::SeqCst);
        }
        let _ = to.shutdown(Shutdown::Write);
    });
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
