# Mitra — Nepali (ne). Translated from the English source locale (en/mitra.ftl).
# Rules for translators: keep every message id; use only the variables shown; plain words a
# person with little schooling understands; never mention a second vault or a "decoy".

## Language

language-name = नेपाली

## Errors: what happened and what the person can do

error-not-set-up = मित्र यहाँ अझै सेटअप गरिएको छैन। पहिले सेटअप गर्नुहोस्।
error-already-set-up = मित्र यहाँ पहिले नै सेटअप गरिएको छ।
error-locked = मित्र लक छ। आफ्नो PIN हाल्नुहोस्।
error-wrong-pin = PIN गलत छ।
error-wrong-pin-left = { $attempts ->
    [one] PIN गलत छ। अर्को एक पटक गलत PIN हालेमा सबै कुरा मेटिनेछ।
   *[other] PIN गलत छ। अब { $attempts } पटक मात्र कोसिस गर्न बाँकी छ।
}
error-try-later = { $seconds ->
    [one] धेरै पटक गलत PIN हालियो। एक सेकेन्डपछि फेरि कोसिस गर्नुहोस्।
   *[other] धेरै पटक गलत PIN हालियो। { $seconds } सेकेन्डपछि फेरि कोसिस गर्नुहोस्।
}
error-pin-too-short = PIN धेरै छोटो भयो। कम्तीमा 4 वटा अङ्क राख्नुहोस्।
error-pin-too-long = PIN धेरै लामो भयो।
error-pin-not-distinct = अर्कै PIN छान्नुहोस्।
error-text-empty = पहिले केही लेख्नुहोस्।
error-text-too-long = यो लेख धेरै लामो भयो। अलि छोटो बनाउनुहोस्।
error-invalid-input = यो सही छैन: { $field }।
error-not-found = यो भेटिएन। यो मेटिएको हुन सक्छ।
error-key-store-unavailable = फोनमा साँचो राख्ने सुरक्षित ठाउँ अहिले व्यस्त छ। फोन अनलक गरेर फेरि कोसिस गर्नुहोस्।
error-key-lost = यो जानकारी खोल्ने साँचो फोनले हरायो। यो अब फेरि खोल्न सकिँदैन। तपाईं यसलाई मेटाएर फेरि नयाँ सुरु गर्न सक्नुहुन्छ।
error-storage = सेभ गर्न सकिएन। पहिले सेभ भएका कुरा सुरक्षित छन्। फोनमा खाली ठाउँ छ कि छैन हेर्नुहोस्।
error-internal = मित्रभित्र केही गडबड भयो। पहिले सेभ भएका कुरा सुरक्षित छन्।
error-usage = { $detail }
error-no-pin-given = PIN दिइएको छैन। MITRA_PIN सेट गर्नुहोस् वा टर्मिनलमा चलाउनुहोस्।
error-no-new-pin-given = नयाँ PIN दिइएको छैन। MITRA_NEW_PIN सेट गर्नुहोस् वा टर्मिनलमा चलाउनुहोस्।
error-pins-differ = दुईवटा PIN मिलेनन्।
error-wipe-needs-yes = टर्मिनल जोडिएको छैन भने मेटाउन --yes चाहिन्छ।
error-wipe-not-confirmed = पक्का गरिएन। केही पनि मेटिएन।
error-duress-needs-pin = --wipe-on-duress का लागि MITRA_DURESS_PIN मा दोस्रो PIN चाहिन्छ।
error-bad-language-tag = यो भाषाको ट्याग होइन: { $tag }
error-no-data-dir = डाटा फोल्डर छैन। --data-dir वा MITRA_DATA_DIR प्रयोग गर्नुहोस्।

## Vault and status (CLI)

prompt-pin = PIN:
prompt-new-pin = नयाँ PIN:
prompt-pin-again = फेरि:
vault-set-up = मित्र { $dir } मा सेटअप गरिएको छ।
vault-none = मित्र { $dir } मा सेटअप गरिएको छैन।
vault-locked-in = { $dir } मा रहेको मित्र लक छ।
vault-failed-attempts = पछिल्लो पटक अनलक गरेदेखि हालिएका गलत PIN: { $count }।
vault-limit = { $max ->
    [0] गलत PIN हाल्दा कहिल्यै केही मेटिँदैन।
   *[other] लगातार { $max } पटक गलत PIN हालेपछि सबै कुरा मेटिन्छ।
}
vault-wait = अर्को PIN { $seconds } सेकेन्डपछि मात्र लिइन्छ।
vault-weak-key-store = यो कम्प्युटरमा साँचो राख्ने सुरक्षित ठाउँ छैन। लामो PIN राख्नुहोस्।
vault-pin-accepted = PIN मिल्यो। मित्र फेरि लक भयो।
vault-locked = लक भयो। कमान्ड लाइनले मित्रलाई कहिल्यै खुला छोड्दैन।
vault-pin-changed = PIN फेरियो।
wipe-confirm = { $dir } मा भएका सबै कुरा मेटाउने? यो फेरि फर्काउन सकिँदैन। { wipe-confirm-word } टाइप गर्नुहोस्:
# The word a person types to confirm erasing (English "yes" is always accepted too).
wipe-confirm-word = हो
wipe-done = मेटियो: { $ms } मिलिसेकेन्डमा { $files } वटा फाइल नष्ट गरियो।

## Journal

journal-saved = नोट { $id } सेभ भयो।
journal-deleted = नोट { $id } मेटियो।
journal-empty = डायरी खाली छ।

## Help request: what is needed (chosen by taps)

need-leave-now = मलाई अहिल्यै यहाँबाट निस्कनु छ
need-medical = उपचार चाहियो
need-shelter = बस्ने सुरक्षित ठाउँ
need-police = प्रहरी
need-legal = कानुनी मद्दत
need-unpaid-wages = मेरो तलब दिइएको छैन
need-documents-taken = मेरो पासपोर्ट वा कागजपत्र खोसियो
need-other-in-danger = अरू कोही खतरामा छ
need-other = अरू केही

## Help request: how to contact the person safely

contact-none = मलाई सम्पर्क नगर्नुहोस्
contact-sms = मोबाइल सन्देश (SMS)
contact-call = फोन कल
contact-whatsapp = WhatsApp
help-people = { $count ->
    [one] एक जना
   *[other] { $count } जना
}
help-minors = मसँग 18 वर्षभन्दा कम उमेरका बालबालिका छन्
help-saved = मद्दतको माग सेभ भयो, पठाउन पर्खिरहेको छ। यसको नम्बर { $id } हो।

## Reports: about whom, and who asked

about-self = मेरो बारेमा
about-someone-else = अरू कसैको बारेमा
role-outreach-worker = फिल्ड कार्यकर्ता
role-case-worker = केस कार्यकर्ता
role-lawyer = वकिल
role-health-worker = स्वास्थ्यकर्मी
role-shelter-staff = आश्रय गृहका कर्मचारी
role-volunteer = स्वयंसेवक
role-other = अरू

## Reports: kind of work

sector-domestic-work = घरेलु काम
sector-construction = निर्माणको काम
sector-agriculture = खेतीको काम
sector-fishing = माछा मार्ने काम
sector-manufacturing = कारखानाको काम
sector-hospitality = होटल र रेस्टुरेन्ट
sector-care-work = हेरचाहको काम
sector-entertainment = मनोरञ्जनको काम
sector-mining = खानीको काम
sector-transport = गाडी चलाउने र ढुवानी
sector-other = अरू काम

## Reports: questions (indicators), each answered yes, no or not sure

indicator-abuse-of-vulnerability = के कसैले तपाईंको गाह्रो अवस्थाको फाइदा उठायो (पैसा नहुनु, कागजपत्र नहुनु, भाषा नआउनु)?
    .name = कमजोर अवस्थाको दुरुपयोग
indicator-deception = के काम, तलब वा ठाउँ सुरुमा भनिएभन्दा फरक थियो?
    .name = ठगी
indicator-restriction-of-movement = के तपाईंलाई कामको ठाउँ वा सुत्ने ठाउँबाट बाहिर जान रोकियो?
    .name = आवतजावतमा रोक
indicator-isolation = के तपाईंलाई अरू मान्छेहरूबाट वा आफ्नो फोनबाट टाढा राखियो?
    .name = अरूबाट अलग्गै राखिएको
indicator-physical-sexual-violence = के तपाईंलाई कुटियो, चोट दिइयो, वा तपाईंको इच्छाविना यौन रूपमा छोइयो?
    .name = शारीरिक वा यौन हिंसा
indicator-intimidation-threats = के तपाईंलाई वा तपाईंको परिवारलाई धम्की दिइयो?
    .name = डर र धम्की
indicator-retention-of-documents = के कसैले तपाईंको पासपोर्ट वा परिचयपत्र आफूसँग राख्यो?
    .name = कागजपत्र अरूले राखेको
indicator-withholding-of-wages = के तपाईंको तलब रोकियो वा दिइएन?
    .name = तलब रोकिएको
indicator-debt-bondage = के तपाईंले ऋण तिर्न काम गर्नुपरेको छ, र त्यो ऋण झन्झन् बढ्दै गएको छ?
    .name = ऋणको बन्धन
indicator-abusive-conditions = के कामको ठाउँ वा बस्ने ठाउँ खतरनाक, फोहोर वा अपमानजनक थियो?
    .name = काम वा बसाइको खराब अवस्था
indicator-excessive-overtime = के तपाईंले धेरै लामो समयसम्म, वा बिदा नपाई काम गर्नुपरेको थियो?
    .name = अत्यधिक ओभरटाइम
indicator-recruitment-fees = के तपाईंले यो काम पाउन पैसा (शुल्क) तिर्नुभयो?
    .name = भर्ती शुल्क
indicator-always-accompanied = तपाईं बाहिर जाँदा के सधैं कोही तपाईंसँगै हुन्छ?
    .name = सधैं कोही साथमा
indicator-no-control-of-salary = के तपाईंको तलब वा बैंक कार्ड अरू कसैले आफ्नो हातमा राखेको छ?
    .name = आफ्नो तलबमाथि नियन्त्रण छैन
indicator-no-access-to-passport = के तपाईंको पासपोर्ट तपाईंले लिन नसक्ने ठाउँमा राखिएको छ?
    .name = पासपोर्ट लिन नपाउने
indicator-ai-voice-clone = के कुनै फोन कलमा आवाज आफन्त वा साथीको जस्तो लाग्यो, तर बोल्ने उहाँ हुनुहुन्नथ्यो?
    .name = नक्कल गरिएको आवाज
indicator-ai-deepfake = के तपाईंलाई नक्कली बनाइएको हुन सक्ने फोटो वा भिडियो देखाइयो?
    .name = नक्कली फोटो वा भिडियो
indicator-ai-forged-documents = के तपाईंलाई नक्कली हुन सक्ने कागजपत्र (सम्झौता, भिसा, लाइसेन्स) दिइयो?
    .name = नक्कली कागजपत्र
indicator-ai-fake-company = के कम्पनी वा त्यसको वेबसाइट नक्कली थियो?
    .name = नक्कली कम्पनी वा वेबसाइट
answer-yes = हो
answer-no = होइन
answer-unsure = पक्का छैन

## Consent, asked in plain words

consent-hotline = के हामी यो हटलाइनमा पठाउन सक्छौं? त्यहाँ एक जना मान्छेले यो पढेर मद्दत गर्नुहुनेछ।
    .name = हटलाइन
consent-ngo = के हटलाइनले यो कुरा कामदारलाई मद्दत गर्ने संस्थासँग बाँड्न सक्छ?
    .name = सहयोगी संस्था
consent-police = के हटलाइनले यो कुरा प्रहरीलाई दिन सक्छ?
    .name = प्रहरी

## Record status

status-draft = ड्राफ्ट (पठाइएको छैन)
status-queued = पठाउन पर्खिरहेको
status-sent = पठाइयो
status-acknowledged = हटलाइनले पायो
kind-help-request = मद्दतको माग
kind-report = रिपोर्ट
kind-review = भर्ती एजेन्सीको समीक्षा

## Assessment: explainable, never a verdict

urgency-routine = सामान्य
urgency-elevated = ध्यान दिनुपर्ने
urgency-high = जरुरी
urgency-immediate = अहिले नै खतरा
concern-violence = हिंसा वा धम्की भएको बताइएको छ।
concern-confinement = यो मान्छे आफूखुसी बाहिर जान नपाउने हुन सक्छ।
concern-documents = परिचयका कागजपत्र अरू कसैको हातमा छन्।
concern-debt-and-wages = ऋणको बन्धन वा तलब नपाएको सङ्केत छ।
concern-deception = काममा लगाउँदा (भर्ती गर्दा) ठगी गरिएको सङ्केत छ।
concern-ai-deception = नक्कली कल, फोटो वा कागजपत्र प्रयोग गरिएको सङ्केत छ।
concern-forced-labour = { $count ->
    [one] जबरजस्ती श्रमको एउटा सङ्केतमा "हो" भनिएको छ।
   *[other] जबरजस्ती श्रमका { $count } वटा सङ्केतमा "हो" भनिएको छ।
}
concern-minors = यसमा बालबालिका पनि छन्।
concern-urgent-need = यो मान्छेले तुरुन्तै मद्दत मागेको छ।
concern-unsure = केही उत्तर "पक्का छैन" थिए: फेरि सोध्नु राम्रो हुन्छ।
concern-raised-by = कारण: { $reasons }
assessment-urgency = सुझाव गरिएको जरुरी स्तर: { $urgency }
assessment-disclaimer = यो उत्तरहरूबाट निकालिएको सुझाव मात्र हो। हटलाइनमा एक जना मान्छेले सबै कुरा पढेर निर्णय गर्नुहुन्छ।

## Record fields, as labels

field-status = अवस्था
field-created = लेखिएको मिति
field-needs = चाहिएका कुरा
field-people = मान्छे
field-minors = 18 वर्षभन्दा कम उमेरका बालबालिका
field-country = देश
field-area = क्षेत्र
field-position = ठ्याक्कै ठाउँ
field-contact = सम्पर्क
field-contact-window = सम्पर्क गर्न सुरक्षित समय
field-language = भाषा
field-note = नोट
field-about = कसको बारेमा
field-interviewer = रेकर्ड गर्ने व्यक्ति
field-sector = काम
field-origin = कहाँबाट
field-transit = कहाँ हुँदै
field-destination = कहाँसम्म
field-nationality = राष्ट्रियता
field-recruiter = भर्ती गर्ने एजेन्ट
field-employer = रोजगारदाता (मालिक)
field-recruited-on = भर्ती भएको मिति
field-work-started-on = काम सुरु गरेको मिति
field-work-ended-on = काम छुटेको मिति
field-narrative = के भयो
field-answers = उत्तरहरू
field-consent = बाँड्न सहमति दिइएको
field-consent-none = अहिलेसम्म कसैलाई पनि होइन
field-attachments = फोटो र रेकर्डिङ
field-purged = हटलाइनले पाएपछि यसभित्रका कुरा हटाइयो। हटलाइनले पाएको रसिद राखिएको छ।
attachment-photo = फोटो
attachment-audio = रेकर्डिङ
value-yes = हो
value-no = होइन

## Errors about records

error-consent-needed = हटलाइनमा पठाउन तपाईंले सहमति दिनुभयो भने मात्र यो पठाउन सकिन्छ।
error-not-a-draft = यो पहिले नै पठाइसकिएको छ, त्यसैले अब यसलाई बदल्न सकिँदैन।
error-needs-empty = तपाईंलाई चाहिएको कम्तीमा एउटा कुरा छान्नुहोस्।
error-contact-number-missing = सम्पर्कको यो तरिकाका लागि फोन नम्बर दिनुहोस्।
error-not-a-phone-number = यो फोन नम्बर होइन।
error-not-a-country = देशको दुई अक्षरको कोड प्रयोग गर्नुहोस्, जस्तै NP वा MY।
error-not-a-date = यो मिति होइन।
error-people-out-of-range = मान्छेको संख्या 1 देखि 999 सम्म हुनुपर्छ।
error-not-a-language = यो भाषाको कोड होइन।
error-attachment-too-large = यो फाइल धेरै ठूलो भयो।
error-attachment-type = यस्तो फाइल थप्न सकिँदैन। फोटो वा आवाजको रेकर्डिङ प्रयोग गर्नुहोस्।
error-attachment-too-many = यो रिपोर्टमा अब अरू फाइल थप्न सकिँदैन।
error-id-ambiguous = यसरी सुरु हुने एकभन्दा बढी रेकर्ड छन्। नम्बरको अझ धेरै भाग दिनुहोस्।
error-not-an-id = यो रेकर्डको नम्बर होइन।
error-file-unreadable = फाइल { $file } पढ्न सकिएन।
error-report-file = रिपोर्टको फाइल सही छैन: { $detail }
error-bad-value = { $flag }: यो मान स्वीकार गरिँदैन: { $value }

## Reports and outbox (CLI)

report-saved = रिपोर्ट { $id } ड्राफ्टको रूपमा सेभ भयो।
report-queued = रिपोर्ट { $id } पठाउन पर्खिरहेको छ।
report-deleted = { $id } सधैंका लागि मेटियो।
report-none = कुनै रिपोर्ट वा मद्दतको माग छैन।
report-line = { $id }  { $kind }  { $status }  { $date }
outbox-empty = पठाउन पर्खिरहेको केही छैन।
outbox-entry = { $id }: { $status }, { $attempts } पटक कोसिस गरियो।
outbox-last-error = पछिल्लो समस्या: { $error }
outbox-no-hotline = अहिलेसम्म कुनै हटलाइनसँग जोडिएको छैन: रेकर्डहरू यही फोनमा इन्क्रिप्ट गरेर (गोप्य बनाएर) राखिएका छन्।
settings-purge = { $days ->
    [0] हटलाइनले पाएपछि पनि रेकर्डहरू राखिन्छन्।
    [one] हटलाइनले पाएको एक दिनपछि रेकर्डको सामग्री हटाइन्छ।
   *[other] हटलाइनले पाएको { $days } दिनपछि रेकर्डको सामग्री हटाइन्छ।
}

## Demo

demo-title = मित्र डेमो: एक कामदारको फोन, अस्थायी फोल्डरमा।
demo-setup = 1. सीताले PIN { $pin } राखेर मित्र सेटअप गर्छिन्। कसैले जबरजस्ती अनलक गर्न लगाएको बेलाका लागि उनी दोस्रो PIN { $duress } पनि राख्छिन्।
demo-journal = 2. उनी आफ्नो डायरीमा लेख्छिन्: "{ $note }"
demo-on-disk = 3. फोन लक छ। डिस्कमा भएका फाइलहरू: { $files }।
demo-nothing-readable = हरेक फाइलमा "passport" खोज्दा केही भेटिँदैन: सबै इन्क्रिप्ट गरिएको छ।
demo-wrong-pin = 4. उनको मालिकले फोन लिन्छ र PIN 0000 हालेर हेर्छ।
demo-refused = खुलेन: सबै कुरा मेटिनुअघि { $attempts } पटक मात्र कोसिस बाँकी छ।
demo-duress = 5. उसले उनलाई जबरजस्ती अनलक गर्न लगाउँछ। उनी दोस्रो PIN { $duress } टाइप गर्छिन्।
demo-decoy = मित्र सधैं जस्तै खुल्छ, डायरी खाली छ। अरू केही छ भन्ने कुरा कतै देखिँदैन।
demo-real = 6. पछि, एक्लै हुँदा, उनी आफ्नो असली PIN { $pin } ले अनलक गर्छिन्।
demo-note-there = उनको नोट त्यहीँ छ, मिति { $date }।
demo-help-request = 7. उनी नेपालीमा मद्दत माग्छिन्: उनले अहिल्यै निस्कनुपर्छ, उनको पासपोर्ट खोसिएको छ, बेलुका SMS बाट सम्पर्क गर्नुहोस्।
demo-help-queued = सेभ भयो र हटलाइनमा पठाउन पर्खिरहेको छ, फोनमा इन्क्रिप्ट गरेर ({ $bytes } बाइट)।
demo-field-report = 8. एक जना केस कार्यकर्ताले आश्रय गृहमा रामसँग कुरा सोध्नुहुन्छ, र रामको सहमतिमा रिपोर्ट लेख्नुहुन्छ।
demo-assessment = रिपोर्टको सुझाव: { $urgency }।
demo-offline = 9. यो सबै समय फोन अफलाइन थियो। पठाउन पर्खिरहेका: { $count }, फोनमै इन्क्रिप्ट गरेर।
demo-hotline = 10. एउटा संस्थाले हटलाइन चलाउँछ (यहाँ डेमोभित्रै, { $address } मा)। सीताले यसको कार्ड स्क्यान गर्छिन्: हस्ताक्षर ठीक छ, र पर्खिरहेका रिपोर्टहरू यसैका लागि मात्र सिल गरिन्छन्।
demo-reconnect = 11. सिग्नल फर्कन्छ, तर कमजोर: 2G, 600 ms आउजाउ, 20 kbit/s, औसतमा हरेक 10 सेकेन्डमा लाइन काटिन्छ।
demo-synced = { $seconds } सेकेन्डमा पुर्याइयो: { $bytes } बाइट पठाइयो, हरेक रसिदमा हटलाइनको हस्ताक्षर छ र जाँचियो।
demo-export = 12. हटलाइनमा, सञ्चालकले आफ्नै कम्प्युटरमा खोलेर पढ्छिन् (सर्भरले पढ्न सक्दैन):
demo-wipe = 23. फेरि खतरा: सीताले सबै मेटाउने आपतकालीन बटन थिच्छिन्।
demo-wiped = { $ms } मिलिसेकेन्डमा { $files } वटा फाइल नष्ट गरियो, सबैभन्दा पहिले साँचोहरू।
demo-gone = अब उनको असली PIN ले केही खोल्दैन: खोल्नलाई केही बाँकी छैन।
demo-done = डेमो सकियो: माथिका हरेक चरण जाँचियो।
demo-broken = डेमोले एउटा तोडिएको वाचा भेट्यो: { $what }

## Pairing and delivery

error-card-invalid = यो हटलाइन कार्ड मान्य छैन: यसलाई बदलिएको वा नक्कली बनाइएको हुन सक्छ। यसलाई प्रयोग नगर्नुहोस्।
error-card-other-hotline = अहिलेको हटलाइनका लागि रिपोर्टहरू अझै पठाउन बाँकी छन्। पहिले ती पठाउनुहोस्, अनि अर्को हटलाइनसँग जोड्नुहोस्।
error-card-older = यो कार्ड पहिले नै जोडिएको कार्डभन्दा पुरानो हो।
error-not-paired = अहिलेसम्म कुनै हटलाइन जोडिएको छैन। पहिले हटलाइन कार्ड ल्याउनुहोस् (mitra pair)।
error-insecure-endpoint = यो हटलाइनको ठेगाना सुरक्षित (https) छैन। केही पनि पठाइएन।
error-budget-range = यो डाटा सीमा धेरै ठूलो छ।
paired = { $name } सँग जोडियो। यो फोनमा पर्खिरहेका रिपोर्टहरू यसका लागि बन्द (सिल) गरिए।
sync-summary = पठाइयो { $sent }, हटलाइनले पायो { $acknowledged }, अझै पर्खिरहेका { $pending }, असफल { $failed }।
sync-budget = आजको डाटा सीमा सकियो: बाँकी भोलि वा Wi-Fi मा पठाइन्छ।
sync-failed-hint = हटलाइनले केही रिपोर्ट अस्वीकार गर्यो। तपाईंले नमेटाउँजेल ती यही फोनमा रहन्छन्।
outbox-sealed = हटलाइनका लागि सिल गरिएको
outbox-failed = हटलाइनले अस्वीकार गरेको
