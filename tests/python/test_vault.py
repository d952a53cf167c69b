"""The vault through the generated Python bindings, with a key wrapper written in Python.

Run by scripts/test with the bindings and libmitra_ffi.so on PYTHONPATH.
"""

import hashlib
import hmac
import secrets
import threading

import pytest

import mitra


class SoftwareKeyStore(mitra.KeyWrapper):
    """A key store written in Python, standing in for Android Keystore or the iOS Keychain:
    encrypt-then-MAC with a key that never leaves this object."""

    def __init__(self):
        self._key = None
        self._lock = threading.Lock()
        self.destroyed = 0
        self.calls = 0

    def _stream(self, nonce, n):
        return hashlib.sha256(self._key + b"stream" + nonce).digest()[:n]

    def wrap(self, secret):
        with self._lock:
            self.calls += 1
            if self._key is None:
                self._key = secrets.token_bytes(32)
            nonce = secrets.token_bytes(16)
            body = bytes(a ^ b for a, b in zip(secret, self._stream(nonce, len(secret))))
            tag = hmac.new(self._key, nonce + body, hashlib.sha256).digest()
            return nonce + body + tag

    def unwrap(self, wrapped):
        with self._lock:
            self.calls += 1
            if self._key is None:
                raise mitra.KeyWrapperError.KeyLost()
            nonce, body, tag = wrapped[:16], wrapped[16:-32], wrapped[-32:]
            good = hmac.new(self._key, nonce + body, hashlib.sha256).digest()
            if not hmac.compare_digest(tag, good):
                raise mitra.KeyWrapperError.Rejected()
            return bytes(a ^ b for a, b in zip(body, self._stream(nonce, len(body))))

    def destroy_key(self):
        with self._lock:
            self._key = None
            self.destroyed += 1

    def is_hardware_backed(self):
        return True


class BrokenKeyStore(SoftwareKeyStore):
    def unwrap(self, wrapped):
        raise RuntimeError("keystore daemon crashed")


REAL, DURESS = "2468", "1111"


@pytest.fixture
def store():
    return SoftwareKeyStore()


@pytest.fixture
def app(tmp_path, store):
    mitra.init("")
    m = mitra.Mitra(str(tmp_path / "data"), store)
    m.setup(mitra.SetupOptions(pin=REAL, duress_pin=DURESS))
    m.add_journal_entry("employer kept my passport")
    m.lock()
    return m


def texts(m):
    return [e.text for e in m.journal_entries()]


def test_setup_leaves_the_vault_open_and_status_needs_no_pin(tmp_path, store):
    m = mitra.Mitra(str(tmp_path / "d"), store)
    s = m.status()
    assert (s.initialized, s.locked) == (False, True)
    m.setup(mitra.SetupOptions(pin=REAL))
    assert not m.is_locked()
    s = m.status()
    assert s.initialized and s.hardware_backed and s.max_failed_attempts == 10
    with pytest.raises(mitra.MitraError.AlreadySetUp):
        m.setup(mitra.SetupOptions(pin="9999"))


def test_right_pin_opens_and_locked_vault_refuses_reads(app):
    with pytest.raises(mitra.MitraError.Locked):
        app.journal_entries()
    app.unlock(REAL)
    assert texts(app) == ["employer kept my passport"]


def test_wrong_pin_leaves_data_untouched(app):
    with pytest.raises(mitra.MitraError.WrongPin) as e:
        app.unlock("0000")
    assert e.value.attempts_left == 9
    assert app.is_locked()
    assert app.status().failed_attempts == 1
    app.unlock(REAL)
    assert texts(app) == ["employer kept my passport"]
    assert app.status().failed_attempts == 0


def test_duress_pin_opens_the_decoy_like_a_normal_unlock(app):
    app.unlock(REAL)
    real_status = app.status()
    app.lock()
    app.unlock(DURESS)
    assert not app.is_locked()
    assert texts(app) == []
    assert app.status() == real_status
    app.add_journal_entry("bus times")
    app.lock()
    app.unlock(REAL)
    assert texts(app) == ["employer kept my passport"]


def test_pin_in_devanagari_digits_is_the_same_pin(app):
    app.unlock("२४६८")
    assert texts(app) == ["employer kept my passport"]


def test_invalid_input_is_typed(tmp_path, store):
    m = mitra.Mitra(str(tmp_path / "d"), store)
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        m.setup(mitra.SetupOptions(pin="12"))
    assert (e.value.field, e.value.reason) == ("pin", "too_short")
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        m.setup(mitra.SetupOptions(pin=REAL, duress_pin=REAL))
    assert e.value.reason == "not_distinct"
    assert not m.status().initialized


def test_change_pin(app):
    app.unlock(REAL)
    app.change_pin(REAL, "8642")
    app.lock()
    with pytest.raises(mitra.MitraError.WrongPin):
        app.unlock(REAL)
    app.unlock("8642")
    assert texts(app) == ["employer kept my passport"]


def test_panic_wipe_destroys_keys_and_files(tmp_path, app, store):
    report = app.panic_wipe()
    assert report.files_removed >= 5
    assert store.destroyed == 1
    assert not app.status().initialized
    with pytest.raises(mitra.MitraError.NotSetUp):
        app.unlock(REAL)
    assert list((tmp_path / "data").iterdir()) == []


def test_exception_in_the_key_store_becomes_a_typed_error(tmp_path):
    good = SoftwareKeyStore()
    path = str(tmp_path / "d")
    m = mitra.Mitra(path, good)
    m.setup(mitra.SetupOptions(pin=REAL))
    m.lock()
    broken = BrokenKeyStore()
    broken._key = good._key
    m2 = mitra.Mitra(path, broken)
    with pytest.raises(mitra.MitraError.KeyStoreUnavailable):
        m2.unlock(REAL)
    m.unlock(REAL)


def test_file_key_wrapper_is_usable_from_python_and_says_it_is_not_hardware(tmp_path):
    m = mitra.Mitra(str(tmp_path / "d"), mitra.FileKeyWrapper(str(tmp_path / "platform.key")))
    m.setup(mitra.SetupOptions(pin=REAL))
    assert m.status().hardware_backed is False


def test_init_is_idempotent():
    mitra.init("mitra_core=debug")
    mitra.init("")
