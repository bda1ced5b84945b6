"""Sync: outbox → frozen batches → central PostgreSQL (push/pull) or a signed bundle file (offline)."""

from __future__ import annotations

from inspector.sync.batches import (
    BATCH_ROWS,
    freeze_batches,
    last_sent,
    pending_by_kind,
    quarantined,
    unsent_batches,
)
from inspector.sync.bundle import BUNDLE_FORMAT, BundleError, Limits, export_bundle, import_bundle
from inspector.sync.push import PushReport, SyncError, check_login, connect, connect_for, push
from inspector.sync.receipt import ReceiptError, import_receipt

__all__ = [
    "BATCH_ROWS",
    "BUNDLE_FORMAT",
    "BundleError",
    "Limits",
    "PushReport",
    "ReceiptError",
    "SyncError",
    "check_login",
    "connect",
    "connect_for",
    "export_bundle",
    "freeze_batches",
    "import_bundle",
    "import_receipt",
    "last_sent",
    "pending_by_kind",
    "push",
    "quarantined",
    "unsent_batches",
]
