"""Pairing and sync through the Python bindings, against the real hotline binary on loopback,
with a SyncListener implemented in Python."""

import os
import subprocess
import threading
import time

import pytest

import mitra
from test_vault import SoftwareKeyStore, REAL

HOTLINE = os.environ.get("MITRA_HOTLINE_BIN")


@pytest.fixture
def hotline(tmp_path):
    if not HOTLINE:
        if os.environ.get("MITRA_REQUIRE_TOOLS"):
            pytest.fail("MITRA_HOTLINE_BIN is required")
        pytest.skip("MITRA_HOTLINE_BIN not set")
    keys = tmp_path / "keys"
    subprocess.run([HOTLINE, "keygen", "--out", str(keys)], check=True, capture_output=True)
    server = subprocess.Popen(
        [HOTLINE, "serve", "--keys", str(keys), "--data", str(tmp_path / "inbox"), "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE, env={**os.environ, "MITRA_LOG": "off"}, text=True,
    )
    url = server.stdout.readline().strip().removeprefix("listening on ")
    card = subprocess.run(
        [HOTLINE, "card", "--keys", str(keys), "--name", "Test Hotline", "--endpoint", url],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    yield card
    server.kill()
    server.wait()


class Recorder(mitra.SyncListener):
    def __init__(self):
        self.events = []
        self.lock = threading.Lock()

    def on_progress(self, progress):
        with self.lock:
            self.events.append(progress)


def app(tmp_path):
    m = mitra.Mitra(str(tmp_path / "phone"), SoftwareKeyStore())
    m.setup(mitra.SetupOptions(pin=REAL))
    return m


def help_request(note):
    return mitra.HelpRequest(needs=[mitra.Need.MEDICAL], contact_method=mitra.ContactMethod.NONE, language="ne", note=note)


def test_pair_sync_and_listener(tmp_path, hotline):
    m = app(tmp_path)
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        m.sync(mitra.Connectivity.UNMETERED, None, mitra.SyncHandle())
    assert (e.value.field, e.value.reason) == ("hotline", "not_paired")
    with pytest.raises(mitra.MitraError.InvalidInput):
        m.pair(hotline[:-3] + ("AAA" if not hotline.endswith("AAA") else "BBB"))
    info = m.pair(hotline)
    assert info.name == "Test Hotline" and m.hotline() == info

    ids = [m.save_help_request(help_request(f"मद्दत {i}")) for i in range(5)]
    assert all(e.sealed for e in m.outbox())
    recorder = Recorder()
    progress = m.sync(mitra.Connectivity.UNMETERED, recorder, mitra.SyncHandle())
    assert (progress.acknowledged, progress.pending, progress.failed) == (5, 0, 0)
    assert recorder.events and recorder.events[-1].acknowledged == 5
    assert m.outbox() == []
    assert all(m.record(i).status == mitra.RecordStatus.ACKNOWLEDGED for i in ids)


def test_a_cancelled_sync_sends_nothing_and_offline_sends_nothing(tmp_path, hotline):
    m = app(tmp_path)
    m.pair(hotline)
    m.save_help_request(help_request("x"))
    handle = mitra.SyncHandle()
    handle.cancel()
    progress = m.sync(mitra.Connectivity.UNMETERED, None, handle)
    assert progress.cancelled and progress.requests == 0 and progress.pending == 1
    progress = m.sync(mitra.Connectivity.OFFLINE, None, mitra.SyncHandle())
    assert progress.requests == 0 and progress.pending == 1


def test_connectivity_change_starts_a_background_sync(tmp_path, hotline):
    m = app(tmp_path)
    m.pair(hotline)
    m.save_help_request(help_request("background"))
    recorder = Recorder()
    m.set_sync_listener(recorder)
    m.connectivity_changed(mitra.Connectivity.METERED)
    deadline = time.time() + 20
    while m.outbox() and time.time() < deadline:
        time.sleep(0.1)
    assert m.outbox() == []
    assert recorder.events
