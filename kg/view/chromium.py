"""Headless Chromium, found on the PATH (Debian's ``chromium``): PNG pictures of the view's SVG,
and the DOM of a page after its scripts ran (for the browser tests). Nothing is downloaded."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import KgError

ENV_VAR = "KG_CHROMIUM"
"""Environment variable naming the Chromium executable to use."""
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
"""Executables looked for on the PATH, in order."""


class BrowserError(KgError):
    """Chromium is missing or failed (PNG output needs it)."""


def find_chromium() -> str | None:
    """The Chromium executable: ``$KG_CHROMIUM``, else the first of :data:`NAMES` on the PATH, else None."""
    named = os.environ.get(ENV_VAR)
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    return next((found for name in NAMES if (found := shutil.which(name))), None)


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    binary = find_chromium()
    if binary is None:
        raise BrowserError("PNG output needs Chromium, which is not installed",
                           hint="apt-get install chromium (or set KG_CHROMIUM), or write .svg or .html")
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        argv = [binary, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--hide-scrollbars",
                "--disable-extensions", "--disable-background-networking", f"--user-data-dir={profile}", *args]
        try:
            return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise BrowserError(f"Chromium did not finish within {timeout:.0f} s") from None


def screenshot(page: Path, png: Path, width: int, height: int, *, timeout: float = 60.0) -> None:
    """Save a PNG picture of a local HTML page, ``width`` × ``height`` pixels.

    :raises BrowserError: Chromium is missing, failed or wrote nothing.
    """
    png.unlink(missing_ok=True)
    done = _run([f"--screenshot={png.resolve()}", f"--window-size={width},{height}",
                 page.resolve().as_uri()], timeout)
    if not png.is_file():
        raise BrowserError(f"Chromium wrote no picture (exit {done.returncode}): {done.stderr.strip()[-200:]}")


def dump_dom(url: str, *, timeout: float = 60.0, budget_ms: int = 5000) -> tuple[str, str]:
    """The page's DOM after its scripts ran, and Chromium's log (console messages included).

    :param url: a ``file://`` URL (or any URL Chromium can open without the network).
    :param budget_ms: virtual time the page may take to settle.
    :returns: (serialized DOM, stderr log).
    """
    done = _run(["--enable-logging=stderr", "--v=0", f"--virtual-time-budget={budget_ms}", "--dump-dom", url], timeout)
    if done.returncode != 0 and not done.stdout:
        raise BrowserError(f"Chromium failed on {url} (exit {done.returncode}): {done.stderr.strip()[-200:]}")
    return done.stdout, done.stderr
