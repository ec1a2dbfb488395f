"""One window per data dir, under faults: a socket nobody else can take or fake, a
hand-over without a race, and connections that do not pile up in the running app."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtNetwork import QLocalSocket

from prospectdesk.ui import single_instance
from prospectdesk.ui.single_instance import ACTIVATE, SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX sockets and users")


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch):
    """The user runtime dir as a login session makes it ($XDG_RUNTIME_DIR, 0700; a short
    path, as /run/user/1000 is: a socket path has a length limit)."""
    folder = Path(tempfile.mkdtemp(prefix="pd-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_socket_is_in_a_folder_of_this_user_alone(qtbot, data_dir, runtime_dir):
    instance = SingleInstance(data_dir)
    try:
        assert instance.become_primary()
        address = Path(instance.address)
        assert address.parent == runtime_dir / "ProspectDesk"
        assert _mode(address.parent) == 0o700
        assert stat.S_ISSOCK(os.lstat(address).st_mode)
        # Not at the old, predictable name in the shared temporary folder.
        assert not Path(QDir.tempPath(), server_name(data_dir)).exists()
    finally:
        instance.close()
    assert not address.exists() and not Path(f"{address}.lock").exists()


def test_without_a_runtime_dir_the_socket_goes_into_the_data_dir(
    qtbot, data_dir, monkeypatch, tmp_path
):
    import platformdirs

    missing = tmp_path / "no-such-runtime-dir" / "ProspectDesk"
    monkeypatch.setattr(platformdirs, "user_runtime_dir", lambda *a, **k: str(missing))
    instance = SingleInstance(data_dir)
    try:
        assert Path(instance.address) == data_dir / "run" / "prospectdesk"
        assert _mode(data_dir / "run") == 0o700 and _mode(data_dir) == 0o700
        assert instance.become_primary()
        with qtbot.waitSignal(instance.activation_requested):
            assert not SingleInstance(data_dir).become_primary()
    finally:
        instance.close()
    assert not missing.parent.exists()  # not ours to make up


SECOND_START = """
import sys
from PySide6.QtCore import QCoreApplication
from prospectdesk.ui.single_instance import SingleInstance
app = QCoreApplication([])
print("handed-over" if not SingleInstance(sys.argv[1]).become_primary() else "primary", flush=True)
"""


def test_a_start_that_listens_later_is_reached_once_it_listens(qtbot, data_dir):
    """The first screen is painted before the running start listens (issue 21): a second
    start meanwhile finds the right to answer taken and keeps trying until it is heard."""
    running = SingleInstance(data_dir)
    try:
        assert running.become_primary(listen_later=True)
        assert not running.listening
        assert not SingleInstance(data_dir).listen()  # the right to answer is taken
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_START, str(data_dir)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
        qtbot.wait(700)  # it is trying meanwhile (its Python and Qt start take part of this)
        with qtbot.waitSignal(running.activation_requested, timeout=5000):
            assert running.listen()  # the first screen is painted
        assert second.communicate(timeout=10)[0].strip() == "handed-over"
    finally:
        running.close()


def test_connections_are_freed_once_answered(qtbot, data_dir):
    """Each connection used to stay a child of the server for the app's lifetime."""
    running = SingleInstance(data_dir)
    assert running.listen()
    activations: list[int] = []
    running.activation_requested.connect(lambda: activations.append(1))
    try:
        for _ in range(200):
            client = QLocalSocket()
            client.connectToServer(running.address)
            assert client.waitForConnected(1000)
            client.write(ACTIVATE)
            client.flush()
            client.disconnectFromServer()
            QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: len(activations) == 200, timeout=10000)

        def nothing_left() -> bool:
            QCoreApplication.sendPostedEvents(None, 0)  # runs the deleteLater()s
            return not running.findChildren(QLocalSocket)

        qtbot.waitUntil(nothing_left, timeout=5000)
    finally:
        running.close()


def _listening_socket(path: str) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(8)
    server.setblocking(False)
    return server


def _was_connected_to(server: socket.socket) -> bool:
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_socket_owned_by_another_user_is_never_connected_to(qtbot, data_dir):
    instance = SingleInstance(data_dir)
    fake = _listening_socket(instance.address)
    try:
        os.chown(instance.address, NOBODY, NOBODY)
        assert not instance.notify_running(timeout_ms=300)
        assert not _was_connected_to(fake)
        # The same socket file as ours is talked to (the test can tell a connection).
        os.chown(instance.address, os.geteuid(), os.getegid())
        assert instance.notify_running(timeout_ms=300)
        assert _was_connected_to(fake)
    finally:
        fake.close()
        os.unlink(instance.address)


SQUATTER = """
import select, socket, sys
bound = []
for path in sys.argv[1:]:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(path)
        server.listen(8)
        bound.append(server)
        print("bound", path, flush=True)
    except OSError as error:
        print("refused", path, error.errno, flush=True)
print("ready", flush=True)
ready, _, _ = select.select(bound, [], [], float(sys.stdin.readline()))
print("connected" if ready else "nobody", flush=True)
"""


def _python_for_another_user() -> str:
    """A Python the other user may run (ours may sit in root's home); skip without one."""
    for python in (sys.executable, "/usr/bin/python3", "/usr/local/bin/python3"):
        try:
            subprocess.run([python, "-I", "-c", "pass"], user=NOBODY, cwd="/", check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        return python
    pytest.skip("no Python that another user may run")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="running as another user needs root (setuid in the child)",
)
def test_another_user_cannot_keep_the_app_from_starting(qtbot, data_dir, tmp_path):
    """Another local user creates the socket first, wherever they can: at the old name
    in /tmp and at the new one. The owner's start is not fooled into handing over."""
    python = _python_for_another_user()
    data_dir.mkdir(mode=0o700)
    instance = SingleInstance(data_dir)
    legacy = str(Path(QDir.tempPath(), server_name(data_dir)))
    squatter = subprocess.Popen(
        [python, "-I", "-c", SQUATTER, legacy, instance.address],
        user=NOBODY,
        group=NOBODY,
        cwd="/",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        while (line := squatter.stdout.readline().strip()) != "ready":
            assert line, "the other user's process ended early"
            lines.append(line)
        assert f"refused {instance.address} 13" in lines  # EACCES: not their folder
        # What run() does: nobody of ours is running, so this start becomes the window.
        assert instance.become_primary(timeout_ms=500)
        with qtbot.waitSignal(instance.activation_requested):
            assert not SingleInstance(data_dir).become_primary()
        squatter.stdin.write("0.5\n")
        squatter.stdin.flush()
        assert squatter.stdout.readline().strip() == "nobody"
    finally:
        instance.close()
        squatter.kill()
        squatter.wait()
        if os.path.exists(legacy):
            os.unlink(legacy)


RACER = """
import sys, time
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from prospectdesk.domain.instance_lock import AlreadyOpenError, InstanceLock
from prospectdesk.ui.single_instance import SingleInstance
app = QCoreApplication([])
print("ready", flush=True)
for line in sys.stdin:
    data_dir, start_at = line.split()
    while time.perf_counter() < float(start_at):
        pass
    instance = SingleInstance(data_dir)
    if not instance.become_primary():
        print("handed-over", flush=True)
        continue
    try:
        lock = InstanceLock(__import__("pathlib").Path(data_dir)).acquire()
    except AlreadyOpenError:
        print("refused", flush=True)
        instance.close()
        continue
    loop = QEventLoop()
    activated = []
    instance.activation_requested.connect(lambda: (activated.append(1), loop.quit()))
    QTimer.singleShot(3000, loop.quit)
    if not activated:
        loop.exec()
    print("owner-activated" if activated else "owner-alone", flush=True)
    lock.release()
    instance.close()
"""


def test_two_starts_at_the_same_moment_hand_over_every_time(data_dir, tmp_path, runtime_dir):
    """Two starts of one data dir at the same moment, many times over: every time exactly
    one owns the data and the other brought it forward (it used to say "already open"
    in most such races: the first listened only once its window was built)."""
    rounds = 12
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    try:
        for racer in racers:
            assert racer.stdout.readline().strip() == "ready"
        for n in range(rounds):
            folder = tmp_path / f"race-{n}"
            folder.mkdir(mode=0o700)
            start_at = time.perf_counter() + 0.2
            for racer in racers:
                racer.stdin.write(f"{folder} {start_at}\n")
                racer.stdin.flush()
            outcomes = sorted(racer.stdout.readline().strip() for racer in racers)
            assert outcomes == ["handed-over", "owner-activated"], f"round {n}: {outcomes}"
    finally:
        for racer in racers:
            racer.stdin.close()
            racer.kill()
            racer.wait()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_socket_folder_another_user_made_first_is_not_used(tmp_path, monkeypatch, request):
    """The last resort is a folder of our own in the temporary folder: when another user
    made it first (they can guess its name), it is not used, and no hand-over happens."""
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_runtime_dir", lambda *a, **k: "/proc/none/x")
    temp = Path(tempfile.mkdtemp(prefix="pd-tmp-"))  # short: a socket path is limited
    temp.chmod(0o1777)  # like /tmp
    request.addfinalizer(lambda: shutil.rmtree(temp, ignore_errors=True))
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(temp))
    theirs = temp / f"prospectdesk-{os.geteuid()}"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, NOBODY, NOBODY)
    long_data_dir = tmp_path / ("a-long-folder-name-" * 5) / "data"  # no room for run/
    assert single_instance.server_address(long_data_dir) is None
    assert stat.S_IMODE(os.stat(theirs).st_mode) == 0o700  # left as they made it
    # Ours, made by us: used.
    theirs.rmdir()
    address = single_instance.server_address(long_data_dir)
    assert address is not None and Path(address).parent == theirs
    assert os.stat(theirs).st_uid == os.geteuid() and _mode(theirs) == 0o700


def test_the_server_name_is_the_sha256_of_user_and_data_dir(tmp_path) -> None:
    """Python's own SHA-256 (single_instance avoids loading hashlib at start) gives the
    name every earlier version gave, so a running window is still found after an update."""
    import getpass
    import hashlib

    key = f"{getpass.getuser()}\0{tmp_path.resolve()}".encode()
    assert server_name(tmp_path) == "prospectdesk-" + hashlib.sha256(key).hexdigest()[:24]
