"""Sync benchmark: the first sync of 2,000 cards and a sync that changes nothing, beside a
baseline of the same run (a bare addressbook-multiget of the same collection: what any
client must at least pay to read those cards).

``python -m benchmarks.sync_bench [--cards N]``. Needs Radicale (``pip install radicale``;
GPL, test-only, never bundled): it is started on 127.0.0.1 with a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.harness import Row, Table

PASSWORD = "bench-password"


def _card(n: int) -> str:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Bench//Phone//EN", f"UID:bench-{n}",
        f"N:Person;Bench {n};;;", f"FN:Bench {n} Person", f"EMAIL;TYPE=INTERNET:b{n}@bench.example",
        f"item1.TEL;TYPE=CELL:+3162{n:07d}", "item1.X-ABLabel:_$!<Mobile>!$_",
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-21", "X-ANNIVERSARY:2010-01-01", "END:VCARD",
    ]  # fmt: skip
    return "\r\n".join(lines) + "\r\n"


def _start_radicale(root: Path) -> tuple[subprocess.Popen[bytes], str]:
    users = root / "users"
    users.write_text(f"bench:{PASSWORD}\n")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable, "-m", "radicale", "--config", "",
            "--server-hosts", f"127.0.0.1:{port}",
            "--storage-filesystem-folder", str(root / "storage"),
            "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
            "--auth-htpasswd-encryption", "plain", "--logging-level", "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.request("OPTIONS", url, timeout=1)
            return process, url
        except httpx.TransportError:
            if time.monotonic() > deadline:
                process.terminate()
                raise RuntimeError("Radicale did not start") from None
            time.sleep(0.1)


def run(cards: int) -> Table:
    from prospectdesk.domain.sync.account import AccountInfo, current_account, save_account
    from prospectdesk.domain.sync.dav import DavClient
    from prospectdesk.domain.sync.engine import SyncEngine
    from prospectdesk.domain.workspace import open_workspace

    table = Table()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        process, url = _start_radicale(root)
        try:
            httpx.request(
                "PROPFIND", url + "bench/", auth=("bench", PASSWORD), headers={"Depth": "0"}
            )
            folder = root / "storage" / "collection-root" / "bench" / "book"
            folder.mkdir(parents=True)
            (folder / ".Radicale.props").write_text(json.dumps({"tag": "VADDRESSBOOK"}))
            for n in range(cards):
                (folder / f"bench-{n}.vcf").write_text(_card(n), newline="")
            book = "/bench/book/"
            with DavClient(url, "bench", PASSWORD) as client:
                listing = client.list_etags(book)  # warms the server's own cache
                hrefs = [href for href, _ in listing.changed]
                started = time.perf_counter()
                fetched = sum(1 for _ in client.multiget(book, hrefs))
                baseline = time.perf_counter() - started
            assert fetched == cards
            workspace = open_workspace(root / "data")
            try:
                account = save_account(AccountInfo(url, "bench", book, "book"), workspace.clock)
                with DavClient(url, "bench", PASSWORD) as client:
                    started = time.perf_counter()
                    report = SyncEngine(workspace.contacts, client, account, workspace.clock).run()
                    first = time.perf_counter() - started
                    assert report.downloaded == cards and workspace.contacts.count() == cards
                    account = current_account()  # with the sync token the first run stored
                    started = time.perf_counter()
                    again = SyncEngine(workspace.contacts, client, account, workspace.clock).run()
                    nothing = time.perf_counter() - started
                    assert again.as_json() == dict.fromkeys(again.as_json(), 0)
            finally:
                workspace.close()
        finally:
            process.terminate()
            process.wait(timeout=10)
    size = f"{cards:,}"
    table.add(Row("first sync into an empty data dir", size, first, "s",
                  "bare multiget of the same cards", baseline))  # fmt: skip
    table.add(Row("sync that changes nothing", size, nothing, "s",
                  "bare multiget of the same cards", baseline))  # fmt: skip
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    args = parser.parse_args(argv)
    print(run(args.cards).render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
