"""A real learning record store for the tests: stdlib ``http.server`` on 127.0.0.1.

It records every request (method, path, query, headers, JSON body) and answers as told:
204 by default, or the next status codes queued in ``answers``. It checks nothing
itself; the tests assert on what it received.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class LRS:
    def __init__(self):
        self.requests = []
        self.answers = []
        lrs = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self):
                self._record()

            def do_POST(self):
                self._record()

            def _record(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                parts = urlsplit(self.path)
                lrs.requests.append(
                    {
                        "method": self.command,
                        "path": parts.path,
                        "query": parse_qs(parts.query),
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": json.loads(raw or b"null"),
                    }
                )
                status = lrs.answers.pop(0) if lrs.answers else 204
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}/xapi/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    @property
    def statements(self):
        return [r["body"] for r in self.requests]
