# Recruiter directory: search results, licence status, reviews.

recruiter-status-licensed = Licensed
recruiter-status-suspended = Licence suspended
recruiter-status-revoked = Licence revoked
recruiter-status-blacklisted = Blacklisted by the authority
recruiter-status-unknown = Licence status unknown

recruiter-heading = { $name } — { $status }
recruiter-licence = Licence { $licence } ({ $country }), issued by { $authority }
recruiter-status-since = Status since { $date }
recruiter-aliases = Also known as: { $aliases }
recruiter-phones = Phone: { $phones }
recruiter-address = Address: { $address }
recruiter-warning-not-licensed = This agency may not recruit you legally now. Do not pay it and do not give it your passport. Ask the hotline first.
recruiter-warning-unknown = The authority has not confirmed this licence. Ask the hotline before you pay anything.
recruiter-not-found = No agency in the directory matches “{ $query }”. An agency that is not in the directory may not be licensed: that is a warning sign. Check with the hotline before you pay anything or hand over documents.
recruiter-not-found-short = Not in the directory: a warning sign.
recruiter-no-directory = There is no recruiter directory on this phone yet. It comes with the next sync.
recruiter-directory-age = Directory version { $version }, published { $date } ({ $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }), { $count ->
        [one] { $count } agency
       *[other] { $count } agencies
    }.
recruiter-directory-old = This directory is more than { $days } days old. Licences may have changed since: sync when you can.

recruiter-reviews-none = No worker has reviewed this agency yet.
recruiter-reviews-summary = { $count ->
        [one] One worker reviewed this agency
       *[other] { $count } workers reviewed this agency
    }: average rating { $rating } of 5.
recruiter-reviews-fees = { $paid } of them paid fees; the usual amount was { $amount } { $currency }.
recruiter-reviews-passport = { $count } said someone else kept their passport.
recruiter-reviews-job-differed = { $count } said the job, the employer or the wage was not what was promised.

review-saved = Your review is saved and will be sent without your name. Review id: { $id }
review-rating-out-of-range = The rating must be a number from 1 (never again) to 5 (would recommend).

directory-imported = Recruiter directory version { $version } is on this phone now ({ $count ->
        [one] { $count } agency
       *[other] { $count } agencies
    }).
sync-directory-updated = The recruiter directory was updated to version { $version }.
sync-directory-refused = A recruiter directory was refused because it was not correctly signed by your hotline, or is older than the one you have. Your directory is unchanged.

error-directory-bad-signature = This directory file is not signed by your hotline, or was changed after signing. It was not used; your directory is unchanged.
error-directory-older = This directory is not newer than the one on this phone. It was not used; your directory is unchanged.
error-directory-malformed = This directory file is damaged. It was not used; your directory is unchanged.
error-recruiter-not-found = There is no agency with this id in the directory.

demo-directory-publish = 13. The hotline publishes its recruiter directory: { $count } agencies from nine countries with their licence status, signed with its key.
demo-directory-pulled = The phone fetched it with the next sync ({ $bytes } bytes) and checked the signature before reading anything. From now on, search works offline.
demo-search-native = 14. Sita's cousin Gita is offered a job. She types the agency's name in Nepali: “{ $query }”
demo-search-blacklisted = 15. A friend was approached by “{ $query }”:
demo-search-unknown = And an agency called “{ $query }”?
demo-job-check = 16. Gita pastes the offer she received into the job-offer check:
demo-review = 17. Back home, Ram reviews the agency that sent him to Doha. The review is signed with a key made only for this phone, and sent without his name.
demo-review-published = 18. The hotline publishes the next version with the reviews. The phone downloads only what changed: { $bytes } bytes instead of { $full }. Gita now sees:
demo-tampered = A copy of the directory with one byte changed is refused, and the phone keeps its directory (version { $version }).
