"""A small demo data dir for screenshots and trying the app out, in en, nl or hy.

    python scripts/demo_data.py /tmp/demo-nl --lang nl
    python -m prospectdesk --data-dir /tmp/demo-nl --lang nl

The stage names come out in the chosen language (the database is created through the same
translator the app installs); the people are invented, with names usual in that language.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from prospectdesk.clock import SystemClock  # noqa: E402
from prospectdesk.domain.sample import PEOPLE as SAMPLE_PEOPLE  # noqa: E402
from prospectdesk.domain.sample import fill_sample  # noqa: E402
from prospectdesk.domain.settings import LANGUAGE  # noqa: E402
from prospectdesk.domain.workspace import open_workspace  # noqa: E402
from prospectdesk.ui.i18n import Translations  # noqa: E402

PEOPLE = SAMPLE_PEOPLE  # the sample workspace's people (prospectdesk/domain/sample.py)


def make_demo(data_dir: Path, language: str) -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # noqa: F841
    translations = Translations()
    translations.install(language)
    workspace = open_workspace(
        data_dir, clock=SystemClock(), translate=QCoreApplication.translate, language=language
    )
    if workspace.contacts.count():
        print(f"{data_dir} already has contacts; left as it is")
        return 0
    workspace.settings.set(LANGUAGE, language)
    fill_sample(workspace, language)
    workspace.close()
    translations.remove()
    print(f"demo data ({language}) in {data_dir}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--lang", choices=sorted(PEOPLE), default="en")
    args = parser.parse_args()
    return make_demo(args.data_dir, args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
