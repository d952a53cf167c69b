//! The HTTP channel: one small tokio runtime owned by the core, reqwest with rustls. Plain HTTP
//! is allowed only to this device (127.0.0.1, ::1, localhost): tests, and an embedded hotline.

use std::time::Duration;

use super::{BatchResponse, DirectoryResponse, Transport, TransportError};

pub struct HttpTransport {
    runtime: tokio::runtime::Runtime,
    client: reqwest::Client,
}

impl HttpTransport {
    pub fn new() -> Result<Self, TransportError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|_| TransportError::Network("runtime"))?;
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(30))
            .pool_idle_timeout(Duration::from_secs(90))
            .user_agent("mitra")
            .build()
            .map_err(|_| TransportError::Network("client"))?;
        Ok(HttpTransport { runtime, client })
    }
}

/// https anywhere; http only to this device.
pub fn endpoint_allowed(url: &str) -> bool {
    if url.starts_with("https://") {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or("");
    let host = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    matches!(host, "127.0.0.1" | "[::1]" | "localhost")
}

impl Transport for HttpTransport {
    fn post_batch(
        &self,
        endpoint: &str,
        body: Vec<u8>,
        timeout: Duration,
    ) -> Result<BatchResponse, TransportError> {
        if !endpoint_allowed(endpoint) {
            return Err(TransportError::InsecureEndpoint);
        }
        let url = format!("{}/v1/batch", endpoint.trim_end_matches('/'));
        self.runtime.block_on(async {
            let response = self
                .client
                .post(url)
                .header("content-type", "application/octet-stream")
                .timeout(timeout)
                .body(body)
                .send()
                .await
                .map_err(|e| {
                    TransportError::Network(if e.is_timeout() {
                        "timeout"
                    } else {
                        "connection"
                    })
                })?;
            let status = response.status().as_u16();
            let max_envelopes = header_number(&response, "x-mitra-max-envelopes");
            let directory_version = header_number(&response, "x-mitra-directory-version");
            // The answer is bounded: 64 receipts fit in 8 KiB; refuse to read more than 64 KiB.
            let mut body = Vec::new();
            let mut response = response;
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|_| TransportError::Network("read"))?
            {
                if body.len() + chunk.len() > 64 * 1024 {
                    return Err(TransportError::Network("oversized-answer"));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(BatchResponse {
                status,
                body,
                max_envelopes,
                directory_version,
            })
        })
    }

    fn get_directory(
        &self,
        endpoint: &str,
        since: u64,
        max_bytes: u64,
        timeout: Duration,
    ) -> Result<DirectoryResponse, TransportError> {
        if !endpoint_allowed(endpoint) {
            return Err(TransportError::InsecureEndpoint);
        }
        let url = format!(
            "{}/v1/directory?since={since}",
            endpoint.trim_end_matches('/')
        );
        self.runtime.block_on(async {
            let mut response = self
                .client
                .get(url)
                .timeout(timeout)
                .send()
                .await
                .map_err(|_| TransportError::Network("connection"))?;
            let status = response.status().as_u16();
            // Over the limit (a metered day's budget): do not start reading.
            if let Some(len) = response.content_length().filter(|l| *l > max_bytes) {
                return Ok(DirectoryResponse {
                    status,
                    body: Vec::new(),
                    over_limit: Some(len),
                });
            }
            let mut body = Vec::new();
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|_| TransportError::Network("read"))?
            {
                if (body.len() + chunk.len()) as u64 > max_bytes {
                    return Err(TransportError::Network("oversized-answer"));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(DirectoryResponse {
                status,
                body,
                over_limit: None,
            })
        })
    }
}

fn header_number<T: std::str::FromStr>(response: &reqwest::Response, name: &str) -> Option<T> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::endpoint_allowed;

    #[test]
    fn plain_http_only_to_this_device() {
        assert!(endpoint_allowed("https://inbox.example.org"));
        assert!(endpoint_allowed("http://127.0.0.1:8470"));
        assert!(endpoint_allowed("http://localhost:1/x"));
        assert!(endpoint_allowed("http://[::1]:8470"));
        assert!(!endpoint_allowed("http://inbox.example.org"));
        assert!(!endpoint_allowed("http://127.0.0.1.evil.org"));
        assert!(!endpoint_allowed("ftp://127.0.0.1"));
    }
}
