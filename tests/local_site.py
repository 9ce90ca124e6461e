"""A throwaway web site on 127.0.0.1 for the scraper integration tests: fixed replies per path."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    """What the site answers for one path."""

    body: bytes = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


NOT_FOUND = Reply(b"not here", 404, {"Content-Type": "text/plain"})


def html(body: bytes, charset: str | None = "utf-8") -> Reply:
    """A 200 HTML reply, with the charset in its Content-Type when given."""
    content_type = f"text/html; charset={charset}" if charset else "text/html"
    return Reply(body, headers={"Content-Type": content_type})


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(b"", status, {"Location": location})


@contextmanager
def serve(routes: Mapping[str, Reply]) -> Iterator[str]:
    """Serve ``routes`` on an ephemeral port for the with-block; yields the site's base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            reply = routes.get(self.path.split("?")[0], NOT_FOUND)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep the test output for the tests

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
