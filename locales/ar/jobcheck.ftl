# Job-offer check: red flags, why they matter, what to do next.
