# Recruiter directory: search results, licence status, reviews.
