"""The recruiter directory, reviews and the job-offer check through the Python bindings, against
the real hotline binary: publish a directory from CSV, pull it with sync, search it offline in
two scripts, review an agency, check an offer, and refuse a tampered bundle."""

import os
import subprocess

import pytest

import mitra
from test_sync import app

HOTLINE = os.environ.get("MITRA_HOTLINE_BIN")

CSV = """licence_number,country,authority,name,aliases,status,status_since,phones,address
1043/071/72,NP,Department of Foreign Employment,Himalaya Overseas Manpower Pvt. Ltd.,हिमालय ओभरसिज म्यानपावर,licensed,2022-05-01,+97714471234,Kathmandu
0877/069/70,NP,Department of Foreign Employment,Golden Gulf Overseas,गोल्डेन गल्फ ओभरसिज,blacklisted,2024-02-01,+97714479876,Kathmandu
RL-0042,BD,Bureau of Manpower Employment and Training,Dhaka Star Recruiting Agency,ঢাকা স্টার রিক্রুটিং এজেন্সি,licensed,2020-01-15,+8801711223344,Dhaka
RL-bad,BD,BMET,Broken Row,,closing,,,
"""


@pytest.fixture
def published(tmp_path):
    if not HOTLINE:
        if os.environ.get("MITRA_REQUIRE_TOOLS"):
            pytest.fail("MITRA_HOTLINE_BIN is required")
        pytest.skip("MITRA_HOTLINE_BIN not set")
    keys, data = tmp_path / "keys", tmp_path / "inbox"
    subprocess.run([HOTLINE, "keygen", "--out", str(keys)], check=True, capture_output=True)
    csv = tmp_path / "agencies.csv"
    csv.write_text(CSV, encoding="utf-8")
    alerts = tmp_path / "alerts.csv"
    alerts.write_text("kind,value,country,since\nphone,+9779812345678,NP,\n", encoding="utf-8")
    bundle = tmp_path / "directory.bundle"
    done = subprocess.run(
        [HOTLINE, "directory", "publish", "--keys", str(keys), "--data", str(data),
         "--alerts", str(alerts), "--out", str(bundle), str(csv)],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "line 5" in done.stderr
    server = subprocess.Popen(
        [HOTLINE, "serve", "--keys", str(keys), "--data", str(data), "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE, env={**os.environ, "MITRA_LOG": "off"}, text=True,
    )
    url = server.stdout.readline().strip().removeprefix("listening on ")
    card = subprocess.run(
        [HOTLINE, "card", "--keys", str(keys), "--name", "Test Hotline", "--endpoint", url],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    yield card, bundle
    server.kill()
    server.wait()


def test_directory_search_review_and_job_check(tmp_path, published):
    card, bundle = published
    en = mitra.Localizer(["en"], False, False)
    m = app(tmp_path)
    assert m.directory_status(en) is None
    empty = m.search_recruiters("Himalaya", None, 5, en)
    assert empty.results == [] and empty.directory is None and empty.not_found is None

    m.pair(card)
    progress = m.sync(mitra.Connectivity.UNMETERED, None, mitra.SyncHandle())
    assert progress.directory_updated and progress.directory_version == 1
    status = m.directory_status(en)
    assert (status.version, status.entries, status.alerts) == (1, 3, 1)
    assert status.lines and "version 1" in status.lines[0]

    # The same agency by its Latin name with a typo, and by its Nepali alias.
    for query in ["Himalya Overseas", "हिमालय ओभरसिज"]:
        found = m.search_recruiters(query, None, 5, en)
        assert found.results, query
        top = found.results[0]
        assert top.id == "NP:1043/071/72" and top.status == mitra.LicenceStatus.LICENSED
        assert top.warning is None and 0 < top.score <= 1

    bad = m.search_recruiters("Golden Gulf", "NP", 5, en).results[0]
    assert bad.status == mitra.LicenceStatus.BLACKLISTED and bad.warning
    nothing = m.search_recruiters("Sunrise Fortune Recruiters", None, 5, en)
    assert nothing.results == [] and "not in the directory" in nothing.not_found

    ne = mitra.Localizer(["ne"], False, False)
    shown = m.recruiter("NP:0877/069/70", ne)
    assert any("कालोसूची" in line for line in shown.lines), shown.lines
    with pytest.raises(mitra.MitraError.NotFound):
        m.recruiter("NP:0000", en)

    review_id = m.review_recruiter(mitra.ReviewInput(
        recruiter_id="NP:1043/071/72", recruiter_name=None, rating=2,
        fees=[mitra.FeeInput(amount=150000, currency="npr", paid_to=mitra.PaidTo.RECRUITER, receipt_given=False)],
        promised=mitra.JobTermsInput(job="driver"), actual=mitra.JobTermsInput(job="cleaner"),
        passport_kept=True, text="They kept my passport.", language="ne", year=2025,
    ))
    assert m.record(review_id).kind == mitra.RecordKind.REVIEW
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        m.review_recruiter(mitra.ReviewInput(
            recruiter_id="NP:0000", recruiter_name=None, rating=3, fees=[],
            promised=mitra.JobTermsInput(), actual=mitra.JobTermsInput(),
            passport_kept=None, text=None, language="en", year=None,
        ))
    assert (e.value.field, e.value.reason) == ("recruiter", "not_found")
    assert m.sync(mitra.Connectivity.UNMETERED, None, mitra.SyncHandle()).acknowledged == 1

    check = m.check_job_offer(mitra.JobOffer(
        passport_to_hand_over=True, recruiter_id="NP:0877/069/70",
        offer_text="Call +977 981 234 5678 today, processing fee NPR 200,000",
    ), en)
    codes = [f.code for f in check.flags]
    assert "known-fake-offer" in codes and "passport-handover" in codes
    assert "recruiter-not-licensed" in codes and "fee-demanded" in codes
    assert check.flags[0].severity == mitra.Severity.HIGH
    assert check.lines and not any(line.startswith("jobcheck-") for line in check.lines)

    # A tampered copy of the published bundle is refused and changes nothing.
    payload = bundle.read_bytes()
    signature = (bundle.parent / (bundle.name + ".minisig")).read_bytes()
    wire = b"MTDS" + len(signature).to_bytes(2, "big") + signature + payload
    tampered = bytearray(wire)
    tampered[len(wire) // 2] ^= 1
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        m.import_directory(bytes(tampered), en)
    assert e.value.reason == "bad_signature"
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        m.import_directory(wire, en)
    assert e.value.reason == "older_version"
    assert m.directory_status(en).version == 1
    assert m.search_recruiters("Dhaka Star", None, 5, en).results[0].country == "BD"
