"""The HTTP API (FastAPI): thin adapters over the gateway's services."""

from gateway.api.access import ROUTE_ACTIONS, Access
from gateway.api.app import create_app

__all__ = ["ROUTE_ACTIONS", "Access", "create_app"]
