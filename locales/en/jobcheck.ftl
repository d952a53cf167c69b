# Job-offer check: red flags, why they matter, what to do next.
# Rules for translators: short, plain words; say what to do; never blame the worker. A title says
# what was found; .why says why it matters; .next says what to do next.

jobcheck-summary = { $count ->
    [one] We found one warning sign in this offer.
   *[other] We found { $count } warning signs in this offer.
}
jobcheck-none = We found no warning sign in your answers or in the offer text.
# One flag's heading: its severity, then its title.
jobcheck-flag-heading = { $severity }: { $title }
# The words or numbers in the offer that raised a flag.
jobcheck-evidence = In the offer: { $found }
# How a word from the offer is quoted.
jobcheck-quote = “{ $text }”
jobcheck-severity-high = Serious
jobcheck-severity-medium = Warning
jobcheck-severity-low = Check this

jobcheck-flag-known-fake-offer = This number or name is on the hotline's list of fake job offers
    .why = Workers have already reported offers from this number, page or company as fake.
    .next = Do not pay, do not send your papers, and do not travel. Call the hotline and tell them where you saw this offer.
jobcheck-flag-recruiter-not-licensed = This agency's licence is suspended, cancelled or blacklisted
    .why = An agency without a valid licence breaks the law when it sends workers abroad. If something goes wrong, no one has to help you.
    .next = Do not give this agency money or papers. Look for a licensed agency in Mitra's directory, or ask the hotline.
jobcheck-flag-passport-handover = They want to keep your passport
    .why = Your passport belongs to you. Whoever holds it can stop you from leaving a job, changing jobs or going home.
    .next = Keep your passport yourself. If a licensed agency needs it for the visa stamp, ask for a signed receipt and the date you get it back.
jobcheck-flag-pay-to-personal-account = They ask you to pay into a personal account, a mobile wallet or crypto
    .why = A real agency takes money only into its company account, and gives a receipt. Money sent to a person or a wallet is hard to get back.
    .next = Do not send money this way. Ask for the agency's licence and its company bank account, and check both with the hotline.
jobcheck-flag-fee-demanded = They ask you to pay for the job
    .why = Paying for a job often leads to debt, and debt is used to stop workers from leaving. In many countries the employer must pay these costs, or the law limits the fee.
    .next = Do not pay before you check. Ask the hotline what the law allows for this country. If you pay, get an official receipt with the agency's name and licence number.
jobcheck-flag-visit-visa = The job comes with a visit or tourist visa
    .why = You cannot work legally on a visit or tourist visa. Workers on these visas can be arrested, sent home, or made to work unpaid because they fear the police.
    .next = Travel for work only with a work visa. Do not believe a promise to change the visa after you arrive. Check the visa with the embassy.
jobcheck-flag-no-employer = The employer is not named
    .why = If you do not know who you will work for, no one can check the job, and no one is responsible if it is not as promised.
    .next = Ask for the employer's full name, address and the job title in writing. Check them with the hotline before you pay or sign.
jobcheck-flag-contract-unreadable = The contract is not in a language you read
    .why = You cannot know what you agree to. Some contracts hide lower pay, longer hours or a different job.
    .next = Ask for the contract in your language. Do not sign until someone you trust has read it to you. The hotline can help.
jobcheck-flag-wage-too-good = The pay is much higher than normal for this job
    .why = Very high pay is a common trick to make people decide quickly. Often the real pay is much lower.
    .next = Ask what other workers earn in this job and country. Ask for the pay, hours and deductions in the written contract.
jobcheck-flag-student-visa = The job comes with a student visa
    .why = A student visa is for studying. It allows little work or none. Working full time on it can get you arrested or sent home.
    .next = Ask for a work visa for a job. Check the rules with the embassy or the hotline.
jobcheck-flag-recruiter-not-in-directory = This agency is not in Mitra's directory
    .why = Mitra did not find this agency among licensed agencies. It may have no licence, or its name may be written differently.
    .next = Ask for the agency's licence number and search again. If you still cannot find it, ask the hotline before you pay anything.
jobcheck-flag-urgency-pressure = They push you to decide fast
    .why = Words like “few seats left” or “apply today” are often used so that you have no time to check.
    .next = Take your time. A real job will still be there after you have checked it.
jobcheck-flag-no-interview = No interview, no test or no experience needed
    .why = Real employers want to know who they hire. A job that asks nothing of you may not be real, or may be different from what is promised.
    .next = Ask who chose you and how, and what the work is exactly. Check the employer with the hotline.
jobcheck-flag-documents-by-photo = They ask for photos or copies of your papers
    .why = Photos of your passport or ID card can be used to make false visas or contracts, or to take loans in your name.
    .next = Send copies only to a licensed agency that you have checked. Never send a selfie holding your ID card.
jobcheck-flag-contact-only-by-chat = The offer comes through a chat app
    .why = Fake recruiters often use only WhatsApp, Telegram, Facebook or similar apps, so that no one can find them later.
    .next = Ask for the agency's office address and licence number, and check them. Be careful if they will talk only by chat.
jobcheck-flag-ai-voice-or-video = The employer talks to you by video call
    .why = Faces and voices can now be faked with computer programs (AI). A person on a video call may not be who they say.
    .next = Check the employer another way too: their licence, their address, the embassy or the hotline.
jobcheck-flag-visa-unknown = You do not know which visa you will get
    .why = Only a work visa lets you work legally. Some agents send workers on other visas without telling them.
    .next = Ask which visa it is, and see it before you travel. You can check a visa with the embassy or on the country's official visa website.
jobcheck-flag-recruiter-status-unknown = This agency's licence could not be confirmed
    .why = The agency is in Mitra's directory, but the status of its licence is not known.
    .next = Ask for the licence number and check it with the government office for foreign employment, or ask the hotline.

jobcheck-ai-advice = Watch out for tricks made with AI. A call can sound exactly like a relative asking for money: hang up and call them back on a number you already know. An “employer” on a video call can be fake. Visas and contracts can be forged: check your visa with the embassy or the official website, and the agency's licence in Mitra's directory.
jobcheck-reminder = Finding no warning sign does not prove that an offer is safe. The hotline can help you check it before you pay, sign or travel.
