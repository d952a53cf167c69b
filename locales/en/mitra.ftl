# Mitra — English (the source locale and the last fallback).
# Rules for translators: keep every message id; use only the variables shown; plain words a
# person with little schooling understands; never mention a second vault or a "decoy".

## Language

language-name = English

## Errors: what happened and what the person can do

error-not-set-up = Mitra is not set up here yet. Set it up first.
error-already-set-up = Mitra is already set up here.
error-locked = Mitra is locked. Enter your PIN.
error-wrong-pin = Wrong PIN.
error-wrong-pin-left = { $attempts ->
    [one] Wrong PIN. After one more wrong PIN, everything will be erased.
   *[other] Wrong PIN. { $attempts } tries left.
}
error-try-later = { $seconds ->
    [one] Too many wrong PINs. Try again in one second.
   *[other] Too many wrong PINs. Try again in { $seconds } seconds.
}
error-pin-too-short = The PIN is too short. Use at least 4 digits.
error-pin-too-long = The PIN is too long.
error-pin-not-distinct = Choose a different PIN.
error-text-empty = Please write something first.
error-text-too-long = This text is too long. Please make it shorter.
error-invalid-input = This is not valid: { $field }.
error-not-found = This was not found. It may have been deleted.
error-key-store-unavailable = The phone's key store is busy. Unlock the phone and try again.
error-key-lost = The phone lost the key for this data. It cannot be opened again. You can erase it and start again.
error-storage = Saving failed. What was already saved is kept. Check that the phone has free space.
error-internal = Something went wrong inside Mitra. What was already saved is kept.
error-usage = { $detail }
error-no-pin-given = No PIN given. Set MITRA_PIN or run in a terminal.
error-no-new-pin-given = No new PIN given. Set MITRA_NEW_PIN or run in a terminal.
error-pins-differ = The two PINs are not the same.
error-wipe-needs-yes = Erasing needs --yes when no terminal is attached.
error-wipe-not-confirmed = Not confirmed. Nothing was erased.
error-duress-needs-pin = --wipe-on-duress needs a second PIN in MITRA_DURESS_PIN.
error-bad-language-tag = This is not a language tag: { $tag }
error-no-data-dir = No data folder. Use --data-dir or MITRA_DATA_DIR.

## Vault and status (CLI)

prompt-pin = PIN:
prompt-new-pin = New PIN:
prompt-pin-again = Again:
vault-set-up = Mitra is set up in { $dir }.
vault-none = Mitra is not set up in { $dir }.
vault-locked-in = Mitra in { $dir } is locked.
vault-failed-attempts = Wrong PINs since the last unlock: { $count }.
vault-limit = { $max ->
    [0] Wrong PINs never erase anything.
   *[other] Everything is erased after { $max } wrong PINs in a row.
}
vault-wait = The next PIN is accepted in { $seconds } seconds.
vault-weak-key-store = This computer has no secure key store. Use a long PIN.
vault-pin-accepted = PIN accepted. Mitra is locked again.
vault-locked = Locked. The command line never leaves Mitra open.
vault-pin-changed = PIN changed.
wipe-confirm = Erase everything in { $dir }? This cannot be undone. Type { wipe-confirm-word }:
# The word a person types to confirm erasing (English "yes" is always accepted too).
wipe-confirm-word = yes
wipe-done = Erased: { $files } files destroyed in { $ms } ms.

## Journal

journal-saved = Note { $id } saved.
journal-deleted = Note { $id } deleted.
journal-empty = The journal is empty.

## Help request: what is needed (chosen by taps)

need-leave-now = I need to get out now
need-medical = Medical help
need-shelter = A safe place to stay
need-police = Police
need-legal = Legal help
need-unpaid-wages = My wages are not paid
need-documents-taken = My passport or papers were taken
need-other-in-danger = Someone else is in danger
need-other = Something else

## Help request: how to contact the person safely

contact-none = Do not contact me
contact-sms = Text message (SMS)
contact-call = Phone call
contact-whatsapp = WhatsApp
help-people = { $count ->
    [one] One person
   *[other] { $count } people
}
help-minors = Children under 18 are with me
help-saved = Help request saved and waiting to be sent. Its number is { $id }.

## Reports: about whom, and who asked

about-self = About me
about-someone-else = About someone else
role-outreach-worker = Outreach worker
role-case-worker = Case worker
role-lawyer = Lawyer
role-health-worker = Health worker
role-shelter-staff = Shelter staff
role-volunteer = Volunteer
role-other = Other

## Reports: kind of work

sector-domestic-work = Domestic work
sector-construction = Construction
sector-agriculture = Farm work
sector-fishing = Fishing
sector-manufacturing = Factory work
sector-hospitality = Hotels and restaurants
sector-care-work = Care work
sector-entertainment = Entertainment
sector-mining = Mining
sector-transport = Driving and transport
sector-other = Other work

## Reports: questions (indicators), each answered yes, no or not sure

indicator-abuse-of-vulnerability = Did someone take advantage of a difficult situation (no money, no papers, no language)?
    .name = Abuse of vulnerability
indicator-deception = Was the job, the pay or the place different from what was promised?
    .name = Deception
indicator-restriction-of-movement = Were you stopped from leaving the workplace or the place you sleep?
    .name = Restriction of movement
indicator-isolation = Were you kept away from other people, or from your phone?
    .name = Isolation
indicator-physical-sexual-violence = Were you hit, hurt or touched sexually against your will?
    .name = Physical or sexual violence
indicator-intimidation-threats = Were you threatened, or was your family threatened?
    .name = Intimidation and threats
indicator-retention-of-documents = Did someone keep your passport or ID card?
    .name = Documents kept by others
indicator-withholding-of-wages = Were your wages kept back or not paid?
    .name = Wages withheld
indicator-debt-bondage = Do you have to work to pay back a debt that keeps growing?
    .name = Debt bondage
indicator-abusive-conditions = Were the work or the living place dangerous, dirty or degrading?
    .name = Abusive working or living conditions
indicator-excessive-overtime = Did you have to work very long hours or without days off?
    .name = Excessive overtime
indicator-recruitment-fees = Did you pay a fee to get the job?
    .name = Recruitment fees
indicator-always-accompanied = Is someone always with you when you go out?
    .name = Always accompanied
indicator-no-control-of-salary = Does someone else control your salary or bank card?
    .name = No control over own salary
indicator-no-access-to-passport = Is your passport kept where you cannot get it?
    .name = No access to passport
indicator-ai-voice-clone = Did a call sound like a relative or friend, but it was not them?
    .name = Cloned voice
indicator-ai-deepfake = Were you shown a photo or video that may have been faked?
    .name = Faked image or video
indicator-ai-forged-documents = Were you given papers (contract, visa, licence) that may be fake?
    .name = Forged documents
indicator-ai-fake-company = Was the company or its website fake?
    .name = Fake company or website
answer-yes = Yes
answer-no = No
answer-unsure = Not sure

## Consent, asked in plain words

consent-hotline = May we send this to the hotline, so that a person there can read it and help?
    .name = Hotline
consent-ngo = May the hotline share it with an organisation that helps workers?
    .name = Support organisation
consent-police = May the hotline give it to the police?
    .name = Police

## Record status

status-draft = Draft (not sent)
status-queued = Waiting to be sent
status-sent = Sent
status-acknowledged = Received by the hotline
kind-help-request = Help request
kind-report = Report
kind-review = Recruiter review

## Assessment: explainable, never a verdict

urgency-routine = Routine
urgency-elevated = Needs attention
urgency-high = Urgent
urgency-immediate = Danger now
concern-violence = Violence or threats were reported.
concern-confinement = The person may not be free to leave.
concern-documents = Identity papers are held by someone else.
concern-debt-and-wages = Signs of debt bondage or unpaid wages.
concern-deception = Signs of deception in recruitment.
concern-ai-deception = Signs that faked calls, images or papers were used.
concern-forced-labour = { $count ->
    [one] One sign of forced labour was answered yes.
   *[other] { $count } signs of forced labour were answered yes.
}
concern-minors = Children are involved.
concern-urgent-need = The person asked for urgent help.
concern-unsure = Some answers were "not sure": worth asking again.
concern-raised-by = Because of: { $reasons }
assessment-urgency = Suggested urgency: { $urgency }
assessment-disclaimer = This is only a suggestion from the answers. A person at the hotline reads everything and decides.

## Record fields, as labels

field-status = Status
field-created = Written
field-needs = Needs
field-people = People
field-minors = Children under 18
field-country = Country
field-area = Area
field-position = Exact position
field-contact = Contact
field-contact-window = Safe time to contact
field-language = Language
field-note = Note
field-about = About
field-interviewer = Recorded by
field-sector = Work
field-origin = From
field-transit = Through
field-destination = To
field-nationality = Nationality
field-recruiter = Recruiter
field-employer = Employer
field-recruited-on = Recruited
field-work-started-on = Started work
field-work-ended-on = Stopped work
field-narrative = What happened
field-answers = Answers
field-consent = Agreed to share with
field-consent-none = Nobody yet
field-attachments = Photos and recordings
field-purged = The content was removed after the hotline received it. The receipt is kept.
attachment-photo = Photo
attachment-audio = Recording
value-yes = Yes
value-no = No

## Errors about records

error-consent-needed = This can only be sent if you agree to send it to the hotline.
error-not-a-draft = This was already sent, so it can no longer be changed.
error-needs-empty = Choose at least one thing you need.
error-contact-number-missing = Please give a phone number for this way of contact.
error-not-a-phone-number = This is not a phone number.
error-not-a-country = Use a two-letter country code, like NP or MY.
error-not-a-date = This is not a date.
error-people-out-of-range = The number of people must be between 1 and 999.
error-not-a-language = This is not a language code.
error-attachment-too-large = This file is too large.
error-attachment-type = This kind of file cannot be added. Use a photo or a voice recording.
error-attachment-too-many = No more files can be added to this report.
error-id-ambiguous = More than one record starts like this. Give more of the number.
error-not-an-id = This is not a record number.
error-file-unreadable = The file { $file } could not be read.
error-report-file = The report file is not valid: { $detail }
error-bad-value = { $flag }: this value is not accepted: { $value }

## Reports and outbox (CLI)

report-saved = Report { $id } saved as a draft.
report-queued = Report { $id } is waiting to be sent.
report-deleted = { $id } deleted for good.
report-none = No reports or help requests.
report-line = { $id }  { $kind }  { $status }  { $date }
outbox-empty = Nothing is waiting to be sent.
outbox-entry = { $id }: { $status }, tried { $attempts } times.
outbox-last-error = Last problem: { $error }
outbox-no-hotline = No hotline is paired yet: records wait on this phone, encrypted.
settings-purge = { $days ->
    [0] Records are kept after the hotline receives them.
    [one] A record's content is removed one day after the hotline receives it.
   *[other] A record's content is removed { $days } days after the hotline receives it.
}

## Demo

demo-title = Mitra demo: a worker's phone, in a temporary folder.
demo-setup = 1. Sita sets Mitra up with PIN { $pin }, and a second PIN { $duress } for when someone forces her to unlock.
demo-journal = 2. She writes in her journal: "{ $note }"
demo-on-disk = 3. The phone is locked. Files on disk: { $files }.
demo-nothing-readable = Searching every file for "passport" finds nothing: all of it is encrypted.
demo-wrong-pin = 4. Her employer takes the phone and tries PIN 0000.
demo-refused = Refused: { $attempts } tries left before everything is erased.
demo-duress = 5. He forces her to unlock. She types the second PIN { $duress }.
demo-decoy = Mitra opens normally, with an empty journal. Nothing shows that anything else exists.
demo-real = 6. Later, alone, she unlocks with her real PIN { $pin }.
demo-note-there = Her note is there, dated { $date }.
demo-help-request = 7. She asks for help in Nepali: she must leave now, her passport was taken, contact by SMS in the evening.
demo-help-queued = Saved and waiting for the hotline, encrypted on the phone ({ $bytes } bytes).
demo-field-report = 8. A case worker interviews Ram at a shelter and records a report with his consent.
demo-assessment = The report suggests: { $urgency }.
demo-offline = 9. All this time the phone was offline. Waiting in the outbox: { $count }, encrypted on the phone.
demo-hotline = 10. An NGO runs a hotline (here inside the demo, at { $address }). Sita scans its card: the signature checks out, and her waiting reports are sealed for it alone.
demo-reconnect = 11. The signal comes back, poor: 2G, 600 ms round trip, 20 kbit/s, a drop every 10 s on average.
demo-synced = Delivered in { $seconds } s: { $bytes } bytes sent, every receipt signed by the hotline and checked.
demo-export = 12. At the hotline, the operator decrypts on her own machine (the server cannot):
demo-wipe = 23. Danger again: Sita presses panic wipe.
demo-wiped = { $files } files destroyed in { $ms } ms, keys first.
demo-gone = Her real PIN now opens nothing: there is nothing left to open.
demo-done = Demo finished: every step above was checked.
demo-broken = The demo found a broken promise: { $what }

## Pairing and delivery

error-card-invalid = This hotline card is not valid: it may have been altered or forged. Do not use it.
error-card-other-hotline = Reports are still waiting for the current hotline. Send them first, then pair with another one.
error-card-older = This card is older than the one already paired.
error-not-paired = No hotline is paired yet. Import a hotline card first (mitra pair).
error-insecure-endpoint = This hotline address is not secure (https). Nothing was sent.
error-budget-range = This data budget is too large.
paired = Paired with { $name }. Reports waiting on this phone are sealed for it.
sync-summary = Sent { $sent }, received by the hotline { $acknowledged }, still waiting { $pending }, failed { $failed }.
sync-budget = Today's data budget is used up: the rest waits until tomorrow or Wi-Fi.
sync-failed-hint = Some reports were refused by the hotline. They stay on this phone until you delete them.
outbox-sealed = sealed for the hotline
outbox-failed = refused by the hotline
