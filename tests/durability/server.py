"""A real server for the durability tests: one uvicorn process on the session's database, which
a test may kill with SIGKILL and start again."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from ttdn.core.config import get_settings

# The ports these tests may listen on.
PORTS = range(8150, 8170)
START_SECONDS = 120.0  # a loaded machine takes a while to import the app


def free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS.start}–{PORTS.stop - 1}")


class Server:
    """`uvicorn ttdn.main:create_app` on `database_url`, with the test session's secret key (so
    that the tokens the tests issue in process are good) and its output kept in `log`."""

    def __init__(self, database_url: str, log: Path) -> None:
        self.database_url = database_url
        self.log = log
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        environment = {
            **os.environ,
            "TTDN_DATABASE_URL": self.database_url,
            "TTDN_SECRET_KEY": get_settings().secret_key,
        }
        command = [sys.executable, "-m", "uvicorn", "ttdn.main:create_app", "--factory"]
        command += ["--host", "127.0.0.1", "--port", str(self.port), "--no-access-log"]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 (our own server)
                command, env=environment, stdout=log, stderr=subprocess.STDOUT
            )
        self.starts += 1
        self._wait_until_healthy()

    def _wait_until_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.base_url}/api/v1/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the server did not answer in {START_SECONDS} s")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no rollback, no flush; what the database holds is what stays."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
            self.process = None
