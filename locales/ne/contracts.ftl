## सम्झौताको सुरक्षित प्रति, पछिको सम्झौतासँग दाँज्ने, र तलबको जाँच। (Contract snapshots, comparison with a later contract, and the wage check: core/src/contracts.)
## Amounts arrive already formatted for the locale, with their currency code ("QAR 1,400").

# A wage or deduction with what it is paid per. $period: month, week, day, hour, once.
contract-pay = { $period ->
    [month] महिनाको { $amount }
    [week] हप्ताको { $amount }
    [day] दिनको { $amount }
    [hour] घण्टाको { $amount }
   *[once] एक पटक मात्र { $amount }
}
# Who keeps the passport.
contract-holder = { $holder ->
    [worker] कामदार आफैं
    [employer] रोजगारदाता (मालिक)
   *[agent] एजेन्ट
}
# The name of one term of a contract.
contract-term = { $term ->
    [employer] रोजगारदाता (मालिक)
    [job_title] काम
    [workplace] काम गर्ने ठाउँ
    [wage] तलब
    [hours_per_day] दिनमा कामको घण्टा
    [days_off_per_week] हप्तामा बिदाका दिन
    [overtime_rate] ओभरटाइमको तलब
    [duration_months] सम्झौताको अवधि
    [fees] शुल्क
    [deductions] तलबबाट कट्टी
    [accommodation] बस्ने ठाउँ
    [passport_held_by] पासपोर्ट कसले राख्ने
   *[language] सम्झौताको भाषा
}
# How much a difference matters.
contract-severity = { $severity ->
    [high] गम्भीर
    [medium] महत्त्वपूर्ण
    [low] जानकारी
   *[better] तपाईंका लागि राम्रो
}

## Differences between the snapshot ($before) and the contract shown now ($after).
contract-change-wage-lower = तपाईंको तलब कम छ: { $before } को सट्टा { $after }। यो हरेक महिना { $by } कम हो ({ $percent } %)।
contract-change-wage-higher = तपाईंको तलब बढी छ: { $before } को सट्टा { $after } (हरेक महिना { $by } बढी)।
contract-change-wage-not-comparable = तपाईंको तलब अब अर्कै मुद्रा (पैसा) मा छ: { $before } को सट्टा { $after }। सटही दर (एक्सचेन्ज रेट) पत्ता लगाएर फेरि दाँज्नुहोस्।
contract-change-hours-longer = दिनमा धेरै घण्टा काम: { $before } घण्टाको सट्टा { $after } घण्टा।
contract-change-hours-shorter = दिनमा कम घण्टा काम: { $before } घण्टाको सट्टा { $after } घण्टा।
contract-change-days-off-fewer = बिदा कम: हप्तामा { $before } दिनको सट्टा { $after } दिन।
contract-change-days-off-more = बिदा बढी: हप्तामा { $before } दिनको सट्टा { $after } दिन।
contract-change-overtime-lower = ओभरटाइमको तलब कम: सामान्य दरको { $before } गुणाको सट्टा { $after } गुणा।
contract-change-overtime-higher = ओभरटाइमको तलब बढी: सामान्य दरको { $before } गुणाको सट्टा { $after } गुणा।
contract-change-employer-changed = अर्कै रोजगारदाता: “{ $before }” को सट्टा “{ $after }”।
contract-change-job-changed = अर्कै काम: “{ $before }” को सट्टा “{ $after }”।
contract-change-workplace-changed = अर्कै काम गर्ने ठाउँ: “{ $before }” को सट्टा “{ $after }”।
contract-change-fee-added = तपाईंले तिर्नुपर्ने नयाँ शुल्क: { $after }।
contract-change-fee-higher = तपाईंले तिर्नुपर्ने शुल्क बढी: { $before } को सट्टा { $after }।
contract-change-fee-lower = शुल्क कम: { $before } को सट्टा { $after }।
contract-change-deduction-added = तपाईंको तलबबाट नयाँ कट्टी, { $what } का लागि: { $after }।
contract-change-deduction-higher = { $what } का लागि तलबबाट बढी कट्टी: { $before } को सट्टा { $after }।
contract-change-deduction-lower = { $what } का लागि तलबबाट कम कट्टी: { $before } को सट्टा { $after }।
contract-change-passport-taken = यो सम्झौताअनुसार तपाईंको पासपोर्ट { $after } ले आफूसँग राख्नेछ। धेरैजसो देशमा कामदारको पासपोर्ट अरूले राख्नु कानुनविरुद्ध हो।
contract-change-passport-returned = अब तपाईंको पासपोर्ट तपाईं आफैंसँग रहन्छ। पहिलेको सम्झौतामा राख्ने: { $before }।
contract-change-passport-holder-changed = तपाईंको पासपोर्ट { $before } को सट्टा { $after } ले आफूसँग राख्नेछ।
contract-change-duration-longer = लामो सम्झौता: { $before } महिनाको सट्टा { $after } महिना।
contract-change-duration-shorter = छोटो सम्झौता: { $before } महिनाको सट्टा { $after } महिना।
contract-change-accommodation-changed = अर्कै बस्ने ठाउँ: “{ $before }” को सट्टा “{ $after }”।
contract-change-language-changed = अर्कै भाषामा लेखिएको: { $before } को सट्टा { $after }।
contract-change-term-dropped = अब लेखिएको छैन: { $term } (तपाईंको पहिलो सम्झौतामा लेखिएको थियो: { $before })।
contract-change-term-added = अहिले लेखिएको छ, तर तपाईंको पहिलो सम्झौतामा थिएन: { $term }: { $after }।

contract-compare-title = तपाईंले { $date } मा सेभ गर्नुभएको सम्झौतासँग दाँज्दा:
contract-compare-same = मित्रले दाँज्ने सर्तहरूमा कुनै फरक भेटिएन। तैपनि सही गर्नुअघि पूरा सम्झौता पढ्नुहोस्।
contract-compare-count = { $count ->
    [one] एउटा फरक भेटियो। गम्भीर फरक: { $serious }।
   *[other] { $count } वटा फरक भेटिए। गम्भीर फरक: { $serious }।
}
contract-compare-advice = आफ्नो देशमा सही गरेको सम्झौताभन्दा खराब सम्झौतामा तपाईंले सही गर्नैपर्छ भन्ने छैन। आफ्नो पहिलो सम्झौताको प्रमाण राख्नुहोस्, र सही गर्नुअघि हटलाइनसँग कुरा गर्नुहोस्।

## The wage check: the pay the snapshot promises against the pay received.
contract-wages-expected = सम्झौताअनुसार हरेक महिना हातमा पाउनुपर्ने तलब: { $amount } (तलबबाट सम्झौतामा लेखिएका कट्टी घटाएर)।
contract-wages-month-short = { $month }: पाएको { $received }, वाचा गरिएको { $expected }। { $short } कम पाउनुभयो।
contract-wages-month-ok = { $month }: पाएको { $received }, वाचा गरिएजस्तै।
contract-wages-month-other-currency = { $month }: पाएको { $received }, तर तलबभन्दा अर्कै मुद्रा (पैसा) मा। दाँज्नका लागि सटही दर (एक्सचेन्ज रेट) दिनुहोस्।
contract-wages-total = अहिलेसम्म तपाईंले पाउन बाँकी तलब: { $short }।
contract-wages-none = अहिलेसम्म कुनै तलब लेखिएको छैन। हरेक महिना पाएको तलब थप्नुहोस्।

## Snapshots.
contract-saved = सम्झौता सेभ भयो: { $id }, { $pages ->
    [0] पानाको फोटो बिना
    [one] एउटा पानाको फोटोसहित
   *[other] { $pages } वटा पानाको फोटोसहित
}।
contract-fingerprint = डिजिटल औंठाछाप (fingerprint): { $digest }
contract-timestamp-waiting = हटलाइनले समयमा हस्ताक्षर गर्न बाँकी छ: यो अर्को सिंकमा हुन्छ।
contract-timestamped = यो सम्झौता { $time } मा थियो भनेर हटलाइनले हस्ताक्षर गर्यो। पछि जो कसैले पनि इन्टरनेटबिना यो जाँच्न सक्छ।
contract-list-empty = अहिलेसम्म कुनै सम्झौता सेभ गरिएको छैन।
contract-list-item = { $id } · { $date } मा सेभ गरिएको · { $employer } · { $pages } पाना · { $timestamp ->
    [yes] समयमा हस्ताक्षर भएको
   *[no] समयमा अझै हस्ताक्षर भएको छैन
}
contract-employer-not-stated = रोजगारदाता लेखिएको छैन
contract-deleted = सम्झौता र यसका फोटोहरू मेटिए।
contract-proof-written = प्रमाण { $dir } मा लेखियो: { $files }।
contract-timestamps-synced = { $count ->
    [one] एउटा सम्झौताको समयमा हस्ताक्षर भयो।
   *[other] { $count } वटा सम्झौताको समयमा हस्ताक्षर भयो।
}

## The README.txt of a proof folder. The commands (sha256sum, minisign) are added by the code on
## their own lines, never translated.
contract-proof-readme-title = सम्झौताको प्रमाण, मित्रले बनाएको
contract-proof-readme-what = यो फोल्डरले सम्झौता { $id } लाई { $date } मा फोनमा सेभ गर्दा त्यसमा के लेखिएको थियो भनेर देखाउँछ। SHA256SUMS मा सम्झौताको हरेक फाइलको SHA-256 डिजिटल औंठाछाप (fingerprint) छ: सर्तहरू (terms.json) र यसका पानाहरूका फोटो।
contract-proof-readme-check-files = 1. फाइलहरू बदलिएका छैनन् भनेर जाँच्नुहोस् (हरेक फाइलका लागि OK देखाउँछ):
contract-proof-readme-check-time = 2. हटलाइनले SHA256SUMS मा हस्ताक्षर गरेको हो कि होइन, र कहिले, जाँच्नुहोस् (समय "Trusted comment" भन्ने लाइनमा हुन्छ; यो अङ्ग्रेजी शब्दको अर्थ "भरोसायोग्य टिप्पणी" हो):
contract-proof-readme-key = hotline.pub हटलाइनको सार्वजनिक साँचो (public key) हो, फोनले चिनेजस्तै (साँचोको id { $key })। यसलाई हटलाइनले प्रकाशित गरेको साँचोसँग दाँज्नुहोस्।
contract-proof-readme-no-timestamp = हटलाइनले यो सम्झौताको समयमा अझै हस्ताक्षर गरेको छैन, त्यसैले चरण 1 मात्र गर्न सकिन्छ।
contract-proof-readme-withheld = यो व्यक्तिले यी फाइल नराख्ने छान्नुभयो: { $files }। तिनका डिजिटल औंठाछाप अझै SHA256SUMS मा छन्, त्यसैले यहाँ भएका फाइल जाँच्न सकिन्छ।
contract-proof-readme-tools = औजारहरू: sha256sum (GNU coreutils को भाग; macOS मा: shasum -a 256) र minisign (https://jedisct1.github.io/minisign/)।

## Errors.
contract-terms-invalid = { $code ->
    [not-json] सम्झौताका सर्तहरू सही JSON मा छैनन्।
    [too-large] सम्झौताका सर्तहरूको फाइल धेरै ठूलो छ।
    [unknown-key] सम्झौताका सर्तहरूमा भएको “{ $key }” भन्ने नाम मित्रलाई थाहा छैन। हिज्जे (कसरी लेखिएको छ) जाँच्नुहोस्।
    [wrong-type] सम्झौताका सर्तहरूमा “{ $key }” को मान गलत किसिमको छ।
    [missing] सम्झौताका सर्तहरूमा “{ $key }” छैन।
    [empty] सम्झौताका सर्तहरूमा “{ $key }” खाली छ।
    [too-long] सम्झौताका सर्तहरूमा “{ $key }” धेरै लामो छ।
    [not-a-currency] “{ $key }” तीन अक्षरको मुद्राको कोड हुनुपर्छ, जस्तै NPR वा QAR।
    [not-allowed] सम्झौताका सर्तहरूमा “{ $key }” को मान मित्रलाई थाहा छैन।
    [too-many-decimals] “{ $key }” मा दशमलवपछि धेरै अङ्क छन्।
    [too-many-items] “{ $key }” मा धेरै वटा कुरा छन्।
   *[other] सम्झौताका सर्तहरूमा “{ $key }” को मान हुनुपर्ने सीमाभन्दा बाहिर छ।
}
error-page-not-an-image = यो फाइल पानाको रूपमा प्रयोग गर्न सकिँदैन: फोटो (JPEG, PNG, WebP, HEIC) वा PDF प्रयोग गर्नुहोस्।
error-page-too-large = पानाको यो फोटो धेरै ठूलो छ।
error-page-too-many = यो सम्झौतामा अब अरू पाना थप्न सकिँदैन।
error-rate-invalid = यो सटही दर (एक्सचेन्ज रेट) प्रयोग गर्न सकिँदैन।
error-wage-not-stated = सेभ गरिएको सम्झौतामा तलब लेखिएको छैन, त्यसैले पाएको तलबसँग दाँज्ने केही छैन।
error-not-a-month = यो महिना होइन। यसरी लेख्नुहोस्: 2026-10।
error-proof-folder-not-empty = प्रमाण राख्ने फोल्डर नयाँ वा खाली हुनुपर्छ।

## The demo's contract story (cli demo).
demo-contract-snapshot = 19. गीताले लाइसेन्स भएको एजेन्सीमार्फत कामको प्रस्ताव स्वीकार गर्छिन्। जानुअघि, उनी आफ्नो सम्झौता मित्रमा सेभ गर्छिन्: यसका सर्तहरू र यसका { $pages } वटा पानाका फोटो।
demo-contract-timestamped = अर्को सिंकमा, हटलाइनले यसको समयमा हस्ताक्षर गर्यो ({ $time })। फोनबाट डिजिटल औंठाछाप मात्र बाहिर गयो।
demo-contract-substituted = 20. दोहामा, रोजगारदाताले उनलाई सही गर्न अर्कै सम्झौता दिन्छ। उनी यसलाई आफूले सेभ गरेको सम्झौतासँग दाँज्छिन्:
demo-contract-wages = 21. तीन महिनापछि, उनी आफूले पाएको तलब लेख्छिन्:
demo-contract-proof = 22. श्रम निरीक्षकका लागि उनी प्रमाणको फोल्डर बनाउँछिन्। sha256sum र minisign ले यसलाई जाँच्न सक्छन्; कुनै फोटोमा एउटा मात्र बाइट बदलियो भने जाँच असफल हुन्छ।
