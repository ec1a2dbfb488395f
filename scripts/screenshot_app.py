"""Start the app on a data dir with the board in front and one contact open: what
scripts/screenshots.sh photographs (the app itself opens on its Today tab).

    python scripts/screenshot_app.py DATA_DIR --lang nl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from prospectdesk.ui.app import ProspectDeskApp, ensure_qapplication  # noqa: E402
from prospectdesk.ui.board_model import ContactIdRole  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", help="window size WxH, e.g. 1366x768 (a small laptop)")
    parser.add_argument("--today", action="store_true", help="leave the app on Today")
    parser.add_argument("--calls", action="store_true", help="the Calls tab, first row chosen")
    args = parser.parse_args()
    qt_app = ensure_qapplication()
    app = ProspectDeskApp(args.data_dir, language=args.lang)
    window = app.window
    if args.size:
        width, height = (int(n) for n in args.size.split("x"))
        window.setGeometry(0, 0, width, height)
    window.show()
    if args.today:
        return qt_app.exec()
    if args.calls:
        calls = app.sales_ui.calls
        window.central_tabs.setCurrentWidget(calls)
        calls.list.setCurrentIndex(calls.model.index(0))
        if calls.model.calls:
            window.detail.show_contact(calls.model.calls[0].contact_id)
        calls.list.setFocus()
        return qt_app.exec()
    window.central_tabs.setCurrentWidget(window.board)
    prospects = [c for c in window.board.columns if c.stage.role == "prospect"]
    if prospects and prospects[0].model.rowCount():
        window.open_contact(_first_id(prospects[0]))
    code = qt_app.exec()
    app.close()
    return code


def _first_id(column) -> int:
    return column.model.index(0, 0).data(ContactIdRole)


if __name__ == "__main__":
    raise SystemExit(main())
