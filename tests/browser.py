"""Headless Chromium from Debian, as the browser tests, the view benchmark and the README
screenshot launch it (no `playwright install`: it cannot download browsers here)."""

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
