//! Raw HTTP/1.1 over a TCP socket, for requests a well-behaved client will not send:
//! chunked bodies with no length, bytes that are not UTF-8, a body on a GET.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// An answer as it came off the wire.
#[derive(Debug)]
pub struct RawAnswer {
    pub status: u16,
    /// Header lines, names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawAnswer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Sends `head` (request line and headers, without the blank line; `Connection: close` is
/// added) and then `body` as it is, and reads the answer to the end.
pub async fn send(base: &str, head: &str, body: &[u8]) -> RawAnswer {
    send_bytes(base, head.as_bytes(), body).await
}

/// [`send`] with a head that may hold bytes that are not UTF-8 (obs-text in a header value).
pub async fn send_bytes(base: &str, head: &[u8], body: &[u8]) -> RawAnswer {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let mut request = head.to_vec();
    request.extend_from_slice(format!("\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes());
    request.extend_from_slice(body);
    // The server may answer (413) and close before it has read everything: that is fine.
    let _ = stream.write_all(&request).await;
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer));
    match read.await {
        Ok(Ok(_)) => {}
        // A reset after a complete answer (unread request bytes) still leaves the answer.
        Ok(Err(_)) if !answer.is_empty() => {}
        other => panic!(
            "no answer to {:?}: {other:?}",
            String::from_utf8_lossy(head)
        ),
    }
    parse(&answer)
}

/// `body` sent with `Transfer-Encoding: chunked` in chunks of 8 KB, so no length is known up front.
pub fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in body.chunks(8 * 1024) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// An answer read off the wire, parsed.
pub fn parse(answer: &[u8]) -> RawAnswer {
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8_lossy(&answer[..split]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let rest = &answer[split + 4..];
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    RawAnswer {
        status,
        headers,
        body,
    }
}

fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&rest[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = end + 2;
        body.extend_from_slice(&rest[start..(start + size).min(rest.len())]);
        rest = &rest[(start + size + 2).min(rest.len())..];
    }
    body
}
