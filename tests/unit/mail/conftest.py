"""SMTP servers on loopback for the sending tests (see ``tests/smtp_support.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.smtp_support import SmtpServer, make_certificate


@pytest.fixture(scope="session")
def smtp_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("smtp-certificate"))


@pytest.fixture
def plain_smtp() -> Iterator[SmtpServer]:
    server = SmtpServer("none")
    yield server
    server.stop()


@pytest.fixture
def starttls_smtp(smtp_certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    server = SmtpServer("starttls", smtp_certificate)
    yield server
    server.stop()


@pytest.fixture
def tls_smtp(smtp_certificate: tuple[Path, Path]) -> Iterator[SmtpServer]:
    server = SmtpServer("tls", smtp_certificate)
    yield server
    server.stop()
