//! The inbox: `POST /v1/batch` (envelopes in, signed receipts out), `GET /v1/card`,
//! `GET /v1/directory?since=N` (the signed recruiter directory, as a delta from N when one was
//! published), `POST /v1/timestamp` (a contract snapshot's manifest in, the signed time out;
//! nothing is stored), `GET /health`, `GET /metrics` (Prometheus text).
//!
//! It holds the signing key and the public recipients, never the identity: it cannot read a
//! report. Bodies are limited in size before they are read; each client address has a token
//! bucket; every bad input gets a status code and a short stable reason, never a crash.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use mitra_protocol::batch::{self, Answer, Receipt, Rejection};
use mitra_protocol::ed25519_dalek::SigningKey;

use crate::store::{PutOutcome, Store};

#[derive(Default)]
pub struct Metrics {
    pub batches: AtomicU64,
    pub bad_batches: AtomicU64,
    pub stored: AtomicU64,
    pub duplicates: AtomicU64,
    pub rejected: AtomicU64,
    pub rate_limited: AtomicU64,
    pub directory_downloads: AtomicU64,
    pub timestamps: AtomicU64,
}

/// Requests per client address: `burst` at once, refilled at `per_second`.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    pub burst: f64,
    pub per_second: f64,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

pub struct AppState {
    pub store: Store,
    pub signing: SigningKey,
    pub fingerprints: Vec<[u8; 8]>,
    pub card: Option<String>,
    pub metrics: Metrics,
    pub rate: RateLimit,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
    /// Recently served directory bundles in wire form, by (version, base).
    bundles: Mutex<Vec<CachedBundle>>,
}

/// A bundle's (version, base) and its wire bytes.
type CachedBundle = ((u64, u64), Arc<Vec<u8>>);

impl AppState {
    pub fn new(
        store: Store,
        signing: SigningKey,
        fingerprints: Vec<[u8; 8]>,
        card: Option<String>,
        rate: RateLimit,
    ) -> Self {
        AppState {
            store,
            signing,
            fingerprints,
            card,
            metrics: Metrics::default(),
            rate,
            buckets: Mutex::new(HashMap::new()),
            bundles: Mutex::new(Vec::new()),
        }
    }

    /// Takes a token for `ip`; `Err(seconds)` to wait when the bucket is empty.
    fn admit(&self, ip: IpAddr) -> Result<(), u64> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if buckets.len() > 100_000 {
            // Forget idle clients rather than grow without bound.
            buckets.retain(|_, b| now.duration_since(b.at).as_secs() < 600);
        }
        let bucket = buckets.entry(ip).or_insert(Bucket {
            tokens: self.rate.burst,
            at: now,
        });
        let elapsed = now.duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * self.rate.per_second).min(self.rate.burst);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - bucket.tokens) / self.rate.per_second)
                .ceil()
                .max(1.0) as u64)
        }
    }
}

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/v1/batch", post(intake))
        .route("/v1/card", get(card))
        .route("/v1/directory", get(directory))
        .route("/v1/timestamp", post(timestamp))
        .route("/health", get(health))
        .route("/metrics", get(metrics))
        .layer(DefaultBodyLimit::max(batch::MAX_BATCH_BYTES))
        .with_state(state)
}

fn plain(status: StatusCode, reason: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{reason}\n"),
    )
        .into_response()
}

fn rate_limited(state: &AppState, wait: u64) -> Response {
    state.metrics.rate_limited.fetch_add(1, Ordering::Relaxed);
    let mut response = plain(StatusCode::TOO_MANY_REQUESTS, "rate-limited");
    if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
    response
}

/// Tells the phone which directory version is published, so it asks only when it is behind.
async fn directory_version_header(state: &AppState, headers: &mut HeaderMap) {
    if let Ok(v) = state.store.latest_bundle_version().await {
        if let Ok(v) = HeaderValue::from_str(&v.to_string()) {
            headers.insert("x-mitra-directory-version", v);
        }
    }
}

/// A bundle's wire bytes, cached: phones fetch it in many small chunks.
async fn bundle_wire(
    state: &AppState,
    version: Option<(u64, u64)>,
    since: u64,
) -> Result<Option<CachedBundle>, crate::store::StoreError> {
    // Which bundle, decided without reading any payload; then the cache, then storage.
    let key = match version {
        Some(key) => key,
        None => match crate::directory::for_phone(&state.store, since).await? {
            Some(key) => key,
            None => return Ok(None),
        },
    };
    let cached = state
        .bundles
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, w)| w.clone());
    if let Some(w) = cached {
        return Ok(Some((key, w)));
    }
    let stored = state.store.bundle(key.0, key.1).await?;
    let Some(b) = stored else { return Ok(None) };
    let wire = Arc::new(mitra_protocol::directory::wire(&b.payload, &b.signature));
    let mut cache = state.bundles.lock().unwrap_or_else(|p| p.into_inner());
    cache.retain(|(k, _)| *k != key);
    cache.push((key, wire.clone()));
    if cache.len() > 4 {
        cache.remove(0);
    }
    Ok(Some((key, wire)))
}

fn number(query: &HashMap<String, String>, name: &str) -> Result<Option<u64>, ()> {
    match query.get(name).map(|s| s.parse::<u64>()) {
        None => Ok(None),
        Some(Ok(n)) => Ok(Some(n)),
        Some(Err(_)) => Err(()),
    }
}

/// `GET /v1/directory?since=N[&version=V&base=B][&offset=X][&max=M]`: a chunk of the bundle a
/// phone at version N needs (a delta when one was published, else the full directory), so that
/// a download over a link that drops every few seconds resumes where it stopped. Headers name
/// the bundle (`x-mitra-bundle-version`, `-base`, `-length`); a resumed bundle that was pruned
/// meanwhile answers 410 and the phone starts again.
async fn directory(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if let Err(wait) = state.admit(peer.ip()) {
        return rate_limited(&state, wait);
    }
    let parsed = (|| {
        Ok::<_, ()>((
            number(&query, "since")?.unwrap_or(0),
            number(&query, "version")?,
            number(&query, "base")?.unwrap_or(0),
            number(&query, "offset")?.unwrap_or(0),
            number(&query, "max")?.unwrap_or(64 * 1024),
        ))
    })();
    let Ok((since, version, base, offset, max)) = parsed else {
        return plain(StatusCode::BAD_REQUEST, "bad-query");
    };
    let max = max.clamp(1024, 1024 * 1024) as usize;
    let mut headers = HeaderMap::new();
    directory_version_header(&state, &mut headers).await;
    let found = match bundle_wire(&state, version.map(|v| (v, base)), since).await {
        Ok(f) => f,
        Err(e) => {
            tracing::error!(target: "mitra_hotline", "storage: {e}");
            return plain(StatusCode::SERVICE_UNAVAILABLE, "storage-unavailable");
        }
    };
    let ((version, base), wire) = match found {
        Some(f) => f,
        None if version.is_some() => return plain(StatusCode::GONE, "bundle-gone"),
        None if headers.contains_key("x-mitra-directory-version") => {
            return (StatusCode::NO_CONTENT, headers).into_response();
        }
        None => return plain(StatusCode::NOT_FOUND, "no-directory"),
    };
    let Ok(offset) = usize::try_from(offset) else {
        return plain(StatusCode::RANGE_NOT_SATISFIABLE, "bad-offset");
    };
    if offset > wire.len() {
        return plain(StatusCode::RANGE_NOT_SATISFIABLE, "bad-offset");
    }
    if offset == 0 {
        state
            .metrics
            .directory_downloads
            .fetch_add(1, Ordering::Relaxed);
    }
    for (name, value) in [
        ("x-mitra-bundle-version", version),
        ("x-mitra-bundle-base", base),
        ("x-mitra-bundle-length", wire.len() as u64),
    ] {
        if let Ok(v) = HeaderValue::from_str(&value.to_string()) {
            headers.insert(name, v);
        }
    }
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    let end = (offset + max).min(wire.len());
    (StatusCode::OK, headers, wire[offset..end].to_vec()).into_response()
}

async fn intake(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Bytes,
) -> Response {
    if let Err(wait) = state.admit(peer.ip()) {
        return rate_limited(&state, wait);
    }
    state.metrics.batches.fetch_add(1, Ordering::Relaxed);
    let items = match batch::parse_request(&body) {
        Ok(items) => items,
        Err(e) => {
            state.metrics.bad_batches.fetch_add(1, Ordering::Relaxed);
            tracing::info!(target: "mitra_hotline", "refused a batch from {}: {e}", peer.ip());
            return match e {
                mitra_protocol::ProtocolError::TooLarge { .. } => {
                    plain(StatusCode::PAYLOAD_TOO_LARGE, "too-large")
                }
                _ => plain(StatusCode::BAD_REQUEST, "malformed-batch"),
            };
        }
    };
    let mut answers = Vec::with_capacity(items.len());
    for (raw, item) in items {
        let answer = match item {
            Err((id, reason)) => Answer::Rejected {
                id: id.unwrap_or(mitra_protocol::RecordId([0; 16])),
                reason,
            },
            Ok(env) if !state.fingerprints.contains(&env.fingerprint) => Answer::Rejected {
                id: env.id,
                reason: Rejection::WrongRecipient,
            },
            Ok(env) => {
                let digest = env.digest();
                match state.store.put(env.id, digest, raw, now_ms()).await {
                    Ok(PutOutcome::Stored { received_at_ms }) => {
                        state.metrics.stored.fetch_add(1, Ordering::Relaxed);
                        Answer::Accepted(Receipt::issue(
                            &state.signing,
                            env.id,
                            digest,
                            received_at_ms,
                        ))
                    }
                    Ok(PutOutcome::Duplicate { received_at_ms }) => {
                        state.metrics.duplicates.fetch_add(1, Ordering::Relaxed);
                        Answer::Accepted(Receipt::issue(
                            &state.signing,
                            env.id,
                            digest,
                            received_at_ms,
                        ))
                    }
                    Ok(PutOutcome::Conflict) => Answer::Rejected {
                        id: env.id,
                        reason: Rejection::Conflict,
                    },
                    Err(e) => {
                        tracing::error!(target: "mitra_hotline", "storage: {e}");
                        Answer::Rejected {
                            id: env.id,
                            reason: Rejection::Unavailable,
                        }
                    }
                }
            }
        };
        if matches!(answer, Answer::Rejected { .. }) {
            state.metrics.rejected.fetch_add(1, Ordering::Relaxed);
        }
        answers.push(answer);
    }
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    // Capabilities ride on every answer, so a phone needs no pre-flight round trip.
    headers.insert("x-mitra-protocol", HeaderValue::from_static("1"));
    if let Ok(v) = HeaderValue::from_str(&batch::MAX_ENVELOPES.to_string()) {
        headers.insert("x-mitra-max-envelopes", v);
    }
    directory_version_header(&state, &mut headers).await;
    (StatusCode::OK, headers, batch::encode_response(&answers)).into_response()
}

/// Signs a contract snapshot's manifest with the time: hashes in, a minisign signature out.
/// Only manifests are signed (never arbitrary bytes), and nothing about them is kept.
async fn timestamp(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Bytes,
) -> Response {
    if let Err(wait) = state.admit(peer.ip()) {
        return rate_limited(&state, wait);
    }
    match mitra_protocol::timestamp::sign(&state.signing, &body, now_ms()) {
        Ok(signature) => {
            state.metrics.timestamps.fetch_add(1, Ordering::Relaxed);
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                signature,
            )
                .into_response()
        }
        Err(mitra_protocol::ProtocolError::TooLarge { .. }) => {
            plain(StatusCode::PAYLOAD_TOO_LARGE, "too-large")
        }
        Err(_) => plain(StatusCode::BAD_REQUEST, "malformed-manifest"),
    }
}

async fn card(State(state): State<Arc<AppState>>) -> Response {
    match &state.card {
        Some(text) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("{text}\n"),
        )
            .into_response(),
        None => plain(StatusCode::NOT_FOUND, "no-card"),
    }
}

async fn health(State(state): State<Arc<AppState>>) -> Response {
    if state.store.ping().await {
        plain(StatusCode::OK, "ok")
    } else {
        plain(StatusCode::SERVICE_UNAVAILABLE, "storage-unavailable")
    }
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let m = &state.metrics;
    let stored_total = state.store.count().await.unwrap_or(-1);
    let body = format!(
        "# HELP mitra_batches_total Batch requests parsed.\n# TYPE mitra_batches_total counter\nmitra_batches_total {}\n\
         # HELP mitra_bad_batches_total Batch requests refused as malformed or too large.\n# TYPE mitra_bad_batches_total counter\nmitra_bad_batches_total {}\n\
         # HELP mitra_envelopes_stored_total Envelopes stored for the first time.\n# TYPE mitra_envelopes_stored_total counter\nmitra_envelopes_stored_total {}\n\
         # HELP mitra_envelopes_duplicate_total Envelopes received again (same receipt returned).\n# TYPE mitra_envelopes_duplicate_total counter\nmitra_envelopes_duplicate_total {}\n\
         # HELP mitra_envelopes_rejected_total Envelopes rejected.\n# TYPE mitra_envelopes_rejected_total counter\nmitra_envelopes_rejected_total {}\n\
         # HELP mitra_rate_limited_total Requests refused by the per-client rate limit.\n# TYPE mitra_rate_limited_total counter\nmitra_rate_limited_total {}\n\
         # HELP mitra_directory_downloads_total Directory bundles sent to phones.\n# TYPE mitra_directory_downloads_total counter\nmitra_directory_downloads_total {}\n\
         # HELP mitra_timestamps_total Contract manifests timestamped.\n# TYPE mitra_timestamps_total counter\nmitra_timestamps_total {}\n\
         # HELP mitra_envelopes Envelopes in storage.\n# TYPE mitra_envelopes gauge\nmitra_envelopes {stored_total}\n",
        m.batches.load(Ordering::Relaxed),
        m.bad_batches.load(Ordering::Relaxed),
        m.stored.load(Ordering::Relaxed),
        m.duplicates.load(Ordering::Relaxed),
        m.rejected.load(Ordering::Relaxed),
        m.rate_limited.load(Ordering::Relaxed),
        m.directory_downloads.load(Ordering::Relaxed),
        m.timestamps.load(Ordering::Relaxed),
    );
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        body,
    )
        .into_response()
}

/// Serves until ctrl-c / SIGTERM; the listener is bound by the caller (so tests can use port 0).
pub async fn serve(listener: tokio::net::TcpListener, state: Arc<AppState>) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
