"""Help requests, reports, the outbox and languages through the Python bindings."""

import pytest

import mitra
from test_vault import SoftwareKeyStore, REAL, DURESS

NEPALI = "मालिकले मेरो राहदानी लियो र तीन महिनाको तलब दिएन।"
BURMESE = "ကျွန်တော့်ရဲ့ ပတ်စပို့ကို အလုပ်ရှင်က သိမ်းထားတယ်။"
ARABIC = "أخذ صاحب العمل جواز سفري ولم يدفع راتبي."


@pytest.fixture
def app(tmp_path):
    m = mitra.Mitra(str(tmp_path / "data"), SoftwareKeyStore())
    m.setup(mitra.SetupOptions(pin=REAL, duress_pin=DURESS))
    return m


def help_request(note=NEPALI):
    return mitra.HelpRequest(
        needs=[mitra.Need.LEAVE_NOW, mitra.Need.DOCUMENTS_TAKEN],
        contact_method=mitra.ContactMethod.SMS,
        contact_number="+60 12 345 6789",
        country="MY",
        language="ne",
        note=note,
    )


def report(narrative, hotline=True):
    return mitra.Report(
        about=mitra.About.SOMEONE_ELSE,
        interviewer_role=mitra.Role.CASE_WORKER,
        narrative=narrative,
        answers=[
            mitra.IndicatorAnswer(indicator=mitra.Indicator.PHYSICAL_SEXUAL_VIOLENCE, answer=mitra.Answer.YES),
            mitra.IndicatorAnswer(indicator=mitra.Indicator.DEBT_BONDAGE, answer=mitra.Answer.UNSURE),
        ],
        consent=mitra.Consent(hotline=hotline, ngo=False, police=False),
        language="my",
    )


def test_help_request_is_saved_and_queued_in_one_call(app):
    rid = app.save_help_request(help_request())
    rec = app.record(rid)
    assert rec.status == mitra.RecordStatus.QUEUED
    assert rec.help_request.note == NEPALI
    assert rec.encoded_size < 300
    [entry] = app.outbox()
    assert (entry.record_id, entry.attempts, entry.last_error) == (rid, 0, None)


def test_scripts_come_back_exactly(app):
    for text in (NEPALI, BURMESE, ARABIC):
        rid = app.save_report_draft(report(text))
        assert app.record(rid).report.narrative.encode() == text.encode()


def test_report_needs_hotline_consent_to_be_queued_and_is_editable_as_draft(app):
    rid = app.save_report_draft(report(BURMESE, hotline=False))
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        app.queue_report(rid)
    assert e.value.field == "consent"
    assert app.outbox() == []
    app.update_report(rid, report(BURMESE, hotline=True))
    app.queue_report(rid[:8])
    assert app.record(rid).status == mitra.RecordStatus.QUEUED
    with pytest.raises(mitra.MitraError.InvalidInput):
        app.update_report(rid, report("changed"))


def test_invalid_input_is_typed_and_nothing_is_stored(app):
    bad = help_request()
    bad = mitra.HelpRequest(needs=[], contact_method=mitra.ContactMethod.NONE, language="ne")
    with pytest.raises(mitra.MitraError.InvalidInput) as e:
        app.save_help_request(bad)
    assert (e.value.field, e.value.reason) == ("needs", "empty")
    assert app.records() == []


def test_attachments_are_bounded(app):
    rid = app.save_report_draft(report("photo of the contract"))
    info = app.add_attachment(rid, "image/jpeg", b"\xff\xd8\xff jpeg")
    assert app.attachment_bytes(rid, info.id) == b"\xff\xd8\xff jpeg"
    with pytest.raises(mitra.MitraError.InvalidInput):
        app.add_attachment(rid, "application/x-sh", b"#!/bin/sh")
    with pytest.raises(mitra.MitraError.InvalidInput):
        app.add_attachment(rid, "image/png", b"\0" * (8 * 1024 * 1024 + 1))


def test_records_under_the_real_pin_are_invisible_under_the_duress_pin(app):
    rid = app.save_help_request(help_request())
    app.lock()
    app.unlock(DURESS)
    assert app.records() == [] and app.outbox() == []
    with pytest.raises(mitra.MitraError.NotFound):
        app.record(rid)
    app.lock()
    app.unlock(REAL)
    assert len(app.records()) == 1


def test_delete_is_real(app):
    rid = app.save_help_request(help_request())
    app.delete_record(rid)
    assert app.records() == [] and app.outbox() == []
    with pytest.raises(mitra.MitraError.NotFound):
        app.delete_record(rid)


def test_assessment_explains_itself_in_the_persons_language(app):
    rid = app.save_report_draft(report(BURMESE))
    en = app.assess(rid, mitra.Localizer(["en"], False, True))
    assert en.urgency == mitra.Urgency.IMMEDIATE
    violence = next(c for c in en.concerns if c.code == "violence")
    assert violence.raised_by == ["Physical or sexual violence"]
    assert "A person at the hotline" in en.disclaimer
    my = app.assess(rid, mitra.Localizer(["my-MM"], True, False))
    assert my.urgency == en.urgency and my.disclaimer != en.disclaimer


def test_localizer_negotiates_and_knows_direction():
    assert mitra.available_languages()[0] == "en"
    assert mitra.Localizer(["in-ID"], True, False).language() == "id"
    assert mitra.Localizer(["shn"], True, False).language() == "my"
    assert mitra.Localizer(["ar-SA"], True, False).direction() == mitra.TextDirection.RIGHT_TO_LEFT
    ne = mitra.Localizer(["ne"], False, False)
    assert ne.need(mitra.Need.LEAVE_NOW) != mitra.Localizer(["en"], False, False).need(mitra.Need.LEAVE_NOW)
    msg = ne.error_message(mitra.MitraError.WrongPin(attempts_left=3))
    assert "३" in msg
    assert ne.indicator_question(mitra.Indicator.DECEPTION).endswith("?")


def test_purge_setting(app):
    assert app.purge_after_days() == 0
    app.set_purge_after_days(30)
    assert app.purge_after_days() == 30
    with pytest.raises(mitra.MitraError.InvalidInput):
        app.set_purge_after_days(100000)
