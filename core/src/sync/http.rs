//! The HTTP channel: one small tokio runtime owned by the core, reqwest with rustls. Plain HTTP
//! is allowed only to this device (127.0.0.1, ::1, localhost): tests, and an embedded hotline.

use std::time::Duration;

use super::{BatchResponse, DirectoryChunk, DirectoryRequest, Transport, TransportError};

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

    fn post_timestamp(
        &self,
        endpoint: &str,
        manifest: Vec<u8>,
        timeout: Duration,
    ) -> Result<(u16, Vec<u8>), TransportError> {
        if !endpoint_allowed(endpoint) {
            return Err(TransportError::InsecureEndpoint);
        }
        let url = format!("{}/v1/timestamp", endpoint.trim_end_matches('/'));
        self.runtime.block_on(async {
            let mut response = self
                .client
                .post(url)
                .header("content-type", "text/plain")
                .timeout(timeout)
                .body(manifest)
                .send()
                .await
                .map_err(|_| TransportError::Network("connection"))?;
            let status = response.status().as_u16();
            let mut body = Vec::new();
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|_| TransportError::Network("read"))?
            {
                if body.len() + chunk.len() > super::timestamp::MAX_ANSWER_BYTES {
                    return Err(TransportError::Network("oversized-answer"));
                }
                body.extend_from_slice(&chunk);
            }
            Ok((status, body))
        })
    }

    fn get_directory(
        &self,
        endpoint: &str,
        request: &DirectoryRequest,
        timeout: Duration,
    ) -> Result<DirectoryChunk, TransportError> {
        if !endpoint_allowed(endpoint) {
            return Err(TransportError::InsecureEndpoint);
        }
        let mut url = format!(
            "{}/v1/directory?since={}&offset={}&max={}",
            endpoint.trim_end_matches('/'),
            request.since,
            request.offset,
            request.max
        );
        if let Some((version, base)) = request.resume {
            url.push_str(&format!("&version={version}&base={base}"));
        }
        self.runtime.block_on(async {
            let mut response = self
                .client
                .get(url)
                .timeout(timeout)
                .send()
                .await
                .map_err(|_| TransportError::Network("connection"))?;
            let status = response.status().as_u16();
            let version = header_number(&response, "x-mitra-bundle-version");
            let base = header_number(&response, "x-mitra-bundle-base");
            let length = header_number(&response, "x-mitra-bundle-length");
            // A chunk is never more than what was asked for (and short error texts).
            let limit = request.max.max(4096) as usize;
            let mut body = Vec::new();
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|_| TransportError::Network("read"))?
            {
                if body.len() + chunk.len() > limit {
                    return Err(TransportError::Network("oversized-answer"));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(DirectoryChunk {
                status,
                body,
                bundle: version.zip(base),
                length,
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
