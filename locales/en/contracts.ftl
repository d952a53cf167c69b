## Contract snapshots, comparison with a later contract, and the wage check (core/src/contracts).
## Amounts arrive already formatted for the locale, with their currency code ("QAR 1,400").

# A wage or deduction with what it is paid per. $period: month, week, day, hour, once.
contract-pay = { $period ->
    [month] { $amount } a month
    [week] { $amount } a week
    [day] { $amount } a day
    [hour] { $amount } an hour
   *[once] { $amount } once
}
# Who keeps the passport.
contract-holder = { $holder ->
    [worker] the worker
    [employer] the employer
   *[agent] the agent
}
# The name of one term of a contract.
contract-term = { $term ->
    [employer] Employer
    [job_title] Job
    [workplace] Workplace
    [wage] Wage
    [hours_per_day] Working hours a day
    [days_off_per_week] Days off a week
    [overtime_rate] Overtime pay
    [duration_months] Length of the contract
    [fees] Fees
    [deductions] Deductions from pay
    [accommodation] Accommodation
    [passport_held_by] Who keeps the passport
   *[language] Language of the contract
}
# How much a difference matters.
contract-severity = { $severity ->
    [high] Serious
    [medium] Important
    [low] Note
   *[better] Better for you
}

## Differences between the snapshot ($before) and the contract shown now ($after).
contract-change-wage-lower = Your wage is lower: { $after } instead of { $before }. That is { $by } less each month ({ $percent } %).
contract-change-wage-higher = Your wage is higher: { $after } instead of { $before } ({ $by } more each month).
contract-change-wage-not-comparable = Your wage is now in another currency: { $after } instead of { $before }. Find out the exchange rate and compare again.
contract-change-hours-longer = Longer working days: { $after } hours instead of { $before }.
contract-change-hours-shorter = Shorter working days: { $after } hours instead of { $before }.
contract-change-days-off-fewer = Fewer days off: { $after } a week instead of { $before }.
contract-change-days-off-more = More days off: { $after } a week instead of { $before }.
contract-change-overtime-lower = Overtime pays less: { $after } times the normal rate instead of { $before }.
contract-change-overtime-higher = Overtime pays more: { $after } times the normal rate instead of { $before }.
contract-change-employer-changed = Another employer: “{ $after }” instead of “{ $before }”.
contract-change-job-changed = Another job: “{ $after }” instead of “{ $before }”.
contract-change-workplace-changed = Another workplace: “{ $after }” instead of “{ $before }”.
contract-change-fee-added = A new fee for you to pay: { $after }.
contract-change-fee-higher = Higher fees for you to pay: { $after } instead of { $before }.
contract-change-fee-lower = Lower fees: { $after } instead of { $before }.
contract-change-deduction-added = A new deduction from your pay, for { $what }: { $after }.
contract-change-deduction-higher = A bigger deduction for { $what }: { $after } instead of { $before }.
contract-change-deduction-lower = A smaller deduction for { $what }: { $after } instead of { $before }.
contract-change-passport-taken = Your passport would be kept by { $after }. Keeping a worker's passport is against the law in most countries.
contract-change-passport-returned = You keep your own passport now (before: { $before }).
contract-change-passport-holder-changed = Your passport would be kept by { $after } instead of { $before }.
contract-change-duration-longer = A longer contract: { $after } months instead of { $before }.
contract-change-duration-shorter = A shorter contract: { $after } months instead of { $before }.
contract-change-accommodation-changed = Different accommodation: “{ $after }” instead of “{ $before }”.
contract-change-language-changed = Written in another language: { $after } instead of { $before }.
contract-change-term-dropped = No longer stated: { $term } (your first contract said: { $before }).
contract-change-term-added = Stated now, but not in your first contract: { $term }: { $after }.

contract-compare-title = Compared with the contract you saved on { $date }:
contract-compare-same = No difference found in the terms Mitra compares. Still read the whole contract before you sign.
contract-compare-count = { $count ->
    [one] One difference, { $serious } serious.
   *[other] { $count } differences, { $serious } serious.
}
contract-compare-advice = You do not have to sign a contract that is worse than the one you signed at home. Keep the proof of your first contract, and talk to the hotline before you sign.

## The wage check: the pay the snapshot promises against the pay received.
contract-wages-expected = Pay the contract promises each month: { $amount } (the wage, less the deductions it states).
contract-wages-month-short = { $month }: received { $received }, promised { $expected }. Short by { $short }.
contract-wages-month-ok = { $month }: received { $received }, as promised.
contract-wages-month-other-currency = { $month }: received { $received }, in another currency than the wage. Give the exchange rate to compare.
contract-wages-total = Owed to you so far: { $short }.
contract-wages-none = No pay recorded yet. Add what you received each month.

## Snapshots.
contract-saved = Contract saved: { $id }, with { $pages ->
    [0] no page photo
    [one] one page photo
   *[other] { $pages } page photos
}.
contract-fingerprint = Fingerprint: { $digest }
contract-timestamp-waiting = Waiting for the hotline to sign the time: this happens with the next sync.
contract-timestamped = The hotline signed that this contract existed on { $time }. Anyone can check this later, without a network.
contract-list-empty = No contract saved yet.
contract-list-item = { $id } · saved { $date } · { $employer } · { $pages } pages · { $timestamp ->
    [yes] time signed
   *[no] time not signed yet
}
contract-employer-not-stated = employer not stated
contract-deleted = The contract and its photos are deleted.
contract-proof-written = Proof written to { $dir }: { $files }.
contract-timestamps-synced = { $count ->
    [one] One contract got its signed time.
   *[other] { $count } contracts got their signed time.
}

## The README.txt of a proof folder. The commands (sha256sum, minisign) are added by the code on
## their own lines, never translated.
contract-proof-readme-title = Proof of a contract, made with Mitra
contract-proof-readme-what = This folder shows what contract { $id } said when it was saved on a phone on { $date }. SHA256SUMS lists a SHA-256 fingerprint for each file of the contract: the terms (terms.json) and the photos of its pages.
contract-proof-readme-check-files = 1. Check that the files are unchanged (prints OK for each file):
contract-proof-readme-check-time = 2. Check that the hotline signed SHA256SUMS, and when (the time is on the line "Trusted comment"):
contract-proof-readme-key = hotline.pub is the hotline's public key as the phone knew it (key id { $key }). Compare it with the key the hotline publishes.
contract-proof-readme-no-timestamp = The hotline has not signed the time of this contract yet, so only step 1 is possible.
contract-proof-readme-withheld = The person chose not to include: { $files }. Their fingerprints are still in SHA256SUMS, so what is included can be checked.
contract-proof-readme-tools = The tools: sha256sum (part of GNU coreutils; on macOS: shasum -a 256) and minisign (https://jedisct1.github.io/minisign/).

## Errors.
contract-terms-invalid = { $code ->
    [not-json] The contract terms are not valid JSON.
    [too-large] The contract terms file is too large.
    [unknown-key] Mitra does not know the key “{ $key }” in the contract terms. Check how it is spelled.
    [wrong-type] “{ $key }” in the contract terms has the wrong kind of value.
    [missing] “{ $key }” is missing in the contract terms.
    [empty] “{ $key }” in the contract terms is empty.
    [too-long] “{ $key }” in the contract terms is too long.
    [not-a-currency] “{ $key }” must be a currency code of three letters, like NPR or QAR.
    [not-allowed] “{ $key }” in the contract terms has a value Mitra does not know.
    [too-many-decimals] “{ $key }” has too many decimals.
    [too-many-items] “{ $key }” has too many items.
   *[other] “{ $key }” in the contract terms is out of range.
}
error-page-not-an-image = This file cannot be used as a page: use a photo (JPEG, PNG, WebP, HEIC) or a PDF.
error-page-too-large = This page photo is too large.
error-page-too-many = No more pages can be added to this contract.
error-rate-invalid = This exchange rate cannot be used.
error-wage-not-stated = The saved contract does not state a wage, so there is nothing to compare the pay with.
error-not-a-month = This is not a month. Write it like 2026-10.
error-proof-folder-not-empty = The folder for the proof must be new or empty.

## The demo's contract story (cli demo).
demo-contract-snapshot = 19. Gita accepts an offer through a licensed agency. Before she leaves, she saves her contract in Mitra: its terms and photos of its { $pages } pages.
demo-contract-timestamped = With the next sync, the hotline signed its time ({ $time }). Only the fingerprint left the phone.
demo-contract-substituted = 20. In Doha, the employer gives her another contract to sign. She compares it with the one she saved:
demo-contract-wages = 21. Three months later she records what she was paid:
demo-contract-proof = 22. For a labour inspector she makes a proof folder. sha256sum and minisign can check it; one changed byte in a photo and the check fails.
