"""The HTTP API under /api/v1 (FastAPI): routes that parse a request, run one use case and return
its view; problem details for errors. The app that serves it with the pages: gateway.http.app."""
