"""A screenshot of an HTML view in headless Chromium, as the README shows it.

    python tests/benchmarks/screenshot_view.py graphs/seed-ukraine-peace-talks.html \\
        graphs/seed-ukraine-peace-talks.png --find Budanov

With --find, the actor is looked up in the search box first, so its evidence fills the side panel.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench_view import CHROMIUM, FLAGS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--find", help="An actor to find in the search box before the screenshot.")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(args.page.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=60_000)
        if args.find:
            page.fill("#search", args.find)
            page.press("#search", "Enter")
            page.evaluate("network.fit()")  # the whole graph, with the found actor selected
            page.wait_for_timeout(600)
        page.screenshot(path=str(args.png))
        browser.close()
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
