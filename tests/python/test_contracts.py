"""Contract snapshots through the Python bindings, against the real hotline binary: save a
contract with page photos, get the hotline's signed time with sync, compare a substituted
contract, check the pay, and write a proof folder that stock sha256sum and minisign accept."""

import json
import pathlib
import shutil
import subprocess

import pytest

import mitra
from test_sync import app, hotline  # noqa: F401  (pytest fixture)

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "docs" / "examples"
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40


def test_terms_are_checked_key_by_key():
    terms = mitra.contract_terms_from_json((EXAMPLES / "contract-home.json").read_text())
    assert terms.wage.amount == "1400" and terms.wage.period == mitra.PayPeriod.MONTH
    assert terms.overtime_rate == "1.25"
    assert terms.passport_held_by == mitra.PassportHolder.WORKER
    for text, field, reason in [
        ('{"employer": "X", "salary": 3}', "terms.salary", "unknown-key"),
        ('{"wage": {"amount": 5, "currency": "rupees", "period": "month"}}', "terms.wage.currency", "not-a-currency"),
        ('{"fees": [{"amount": 1, "currency": "QAR", "to": "x"}]}', "terms.fees[0].to", "unknown-key"),
        ('{"employer": ', "terms", "not-json"),
    ]:
        with pytest.raises(mitra.MitraError.InvalidInput) as e:
            mitra.contract_terms_from_json(text)
        assert (e.value.field, e.value.reason) == (field, reason)
    ne = mitra.Localizer(["ne"], False, False)
    message = ne.error_message(mitra.MitraError.InvalidInput(field="terms.salary", reason="unknown-key"))
    assert "salary" in message and any("\u0900" <= ch <= "\u097f" for ch in message)


def test_snapshot_timestamp_compare_wages_and_proof(tmp_path, hotline):  # noqa: F811
    en = mitra.Localizer(["en"], False, False)
    m = app(tmp_path)
    m.pair(hotline)
    home = mitra.contract_terms_from_json((EXAMPLES / "contract-home.json").read_text())
    saved = m.snapshot_contract(home, [JPEG, b"%PDF-1.7\n" + bytes(100)], en)
    assert [p.name for p in saved.pages] == ["page-01.jpg", "page-02.pdf"]
    assert saved.timestamped_at_ms is None and len(saved.digest) == 64
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        m.snapshot_contract(home, [b"not a photo"], en)
    assert (e.value.field, e.value.reason) == ("page", "not_an_image")
    assert len(m.contracts(en)) == 1

    progress = m.sync(mitra.Connectivity.UNMETERED, None, mitra.SyncHandle())
    assert progress.contracts_timestamped == 1
    saved = m.contract(saved.id[:8], en)
    assert saved.timestamped_at_ms is not None
    assert any("signed" in line for line in saved.lines)

    doha = mitra.contract_terms_from_json((EXAMPLES / "contract-destination.json").read_text())
    compared = m.compare_contract(saved.id, doha, [], en)
    first = compared.changes[0]
    assert (first.kind, first.severity) == ("wage-lower", mitra.ChangeSeverity.HIGH)
    assert json.loads(first.before) == {"amount": 1400, "currency": "QAR", "period": "month"}
    assert (first.by_amount, first.by_currency, first.percent) == ("500", "QAR", 36)
    assert "passport-taken" in [c.kind for c in compared.changes]
    assert compared.lines[0].startswith("Compared with the contract you saved")

    # In another currency, with the rate given: 1 QAR = 36.5 NPR.
    npr = mitra.ContractTerms(wage=mitra.ContractWage(amount="40000", currency="NPR", period=mitra.PayPeriod.MONTH))
    unconverted = m.compare_contract(saved.id, npr, [], en).changes
    assert "wage-not-comparable" in [c.kind for c in unconverted]
    converted = m.compare_contract(saved.id, npr, [mitra.ExchangeRate(from_currency="QAR", to_currency="NPR", rate=36.5)], en).changes
    wage = [c for c in converted if c.term == "wage"][0]
    assert wage.kind == "wage-lower" and wage.by_currency == "QAR"

    m.record_contract_pay(saved.id, "2026-10", "900", None)
    m.record_contract_pay(saved.id, "2026-11", "1400", None)
    with pytest.raises(mitra.MitraError.InvalidInput):
        m.record_contract_pay(saved.id, "2026-13", "900", None)
    wages = m.contract_wage_check(saved.id, [], en)
    assert (wages.expected, wages.currency, wages.total_shortfall) == ("1400", "QAR", "500")
    assert [mp.shortfall for mp in wages.months] == ["500", "0"]

    proof = tmp_path / "proof"
    files = m.export_contract_proof(saved.id, str(proof), True, None, en)
    assert "SHA256SUMS.minisig" in files and "hotline.pub" in files
    if shutil.which("sha256sum") and shutil.which("minisign"):
        assert subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=proof, capture_output=True).returncode == 0
        signed = subprocess.run(["minisign", "-Vm", "SHA256SUMS", "-p", "hotline.pub"], cwd=proof,
                                capture_output=True, text=True)
        assert signed.returncode == 0 and "mitra-contract-timestamp" in signed.stdout
        page = proof / "page-01.jpg"
        data = bytearray(page.read_bytes())
        data[500] ^= 1
        page.write_bytes(bytes(data))
        assert subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=proof, capture_output=True).returncode != 0

    m.delete_contract(saved.id)
    assert m.contracts(en) == []
    with pytest.raises(mitra.MitraError.NotFound):
        m.contract(saved.id, en)
