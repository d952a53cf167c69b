## حفظ العقد، ومقارنته بعقد لاحق، وفحص الأجر. (Contract snapshots, comparison with a later contract, and the wage check: core/src/contracts.)
## Amounts arrive already formatted for the locale, with their currency code ("QAR 1,400").
## $before, $after, $percent, $by arrive as text, so numbers are not followed by a counted noun here.

# A wage or deduction with what it is paid per. $period: month, week, day, hour, once.
contract-pay = { $period ->
    [month] { $amount } في الشهر
    [week] { $amount } في الأسبوع
    [day] { $amount } في اليوم
    [hour] { $amount } في الساعة
   *[once] { $amount } مرة واحدة
}
# Who keeps the passport.
contract-holder = { $holder ->
    [worker] العامل نفسه
    [employer] صاحب العمل
   *[agent] وكيل التوظيف
}
# The name of one term of a contract.
contract-term = { $term ->
    [employer] صاحب العمل
    [job_title] الوظيفة
    [workplace] مكان العمل
    [wage] الأجر
    [hours_per_day] ساعات العمل في اليوم
    [days_off_per_week] أيام الراحة في الأسبوع
    [overtime_rate] أجر العمل الإضافي
    [duration_months] مدة العقد
    [fees] الرسوم
    [deductions] الخصومات من الأجر
    [accommodation] السكن
    [passport_held_by] من يحتفظ بجواز السفر
   *[language] لغة العقد
}
# How much a difference matters.
contract-severity = { $severity ->
    [high] خطير
    [medium] مهم
    [low] ملاحظة
   *[better] أفضل لك
}

## Differences between the snapshot ($before) and the contract shown now ($after).
contract-change-wage-lower = أجرك أقل: { $after } بدلًا من { $before }. أي أقل بمبلغ { $by } كل شهر ({ $percent } %).
contract-change-wage-higher = أجرك أعلى: { $after } بدلًا من { $before } (أكثر بمبلغ { $by } كل شهر).
contract-change-wage-not-comparable = أجرك الآن بعملة أخرى: { $after } بدلًا من { $before }. اعرف سعر الصرف وقارن مرة أخرى.
contract-change-hours-longer = يوم عمل أطول: عدد الساعات { $after } بدلًا من { $before }.
contract-change-hours-shorter = يوم عمل أقصر: عدد الساعات { $after } بدلًا من { $before }.
contract-change-days-off-fewer = أيام راحة أقل: عددها { $after } في الأسبوع بدلًا من { $before }.
contract-change-days-off-more = أيام راحة أكثر: عددها { $after } في الأسبوع بدلًا من { $before }.
contract-change-overtime-lower = أجر العمل الإضافي أقل: الأجر العادي مضروبًا في { $after } بدلًا من { $before }.
contract-change-overtime-higher = أجر العمل الإضافي أعلى: الأجر العادي مضروبًا في { $after } بدلًا من { $before }.
contract-change-employer-changed = صاحب عمل آخر: «{ $after }» بدلًا من «{ $before }».
contract-change-job-changed = وظيفة أخرى: «{ $after }» بدلًا من «{ $before }».
contract-change-workplace-changed = مكان عمل آخر: «{ $after }» بدلًا من «{ $before }».
contract-change-fee-added = رسوم جديدة عليك أن تدفعها: { $after }.
contract-change-fee-higher = رسوم أعلى عليك أن تدفعها: { $after } بدلًا من { $before }.
contract-change-fee-lower = رسوم أقل: { $after } بدلًا من { $before }.
contract-change-deduction-added = خصم جديد من أجرك، مقابل { $what }: { $after }.
contract-change-deduction-higher = خصم أكبر من أجرك مقابل { $what }: { $after } بدلًا من { $before }.
contract-change-deduction-lower = خصم أصغر من أجرك مقابل { $what }: { $after } بدلًا من { $before }.
contract-change-passport-taken = حسب هذا العقد سيحتفظ { $after } بجواز سفرك. احتفاظ أي شخص بجواز سفر العامل مخالف للقانون في معظم البلدان.
contract-change-passport-returned = جواز سفرك يبقى معك أنت الآن (كان من قبل عند: { $before }).
contract-change-passport-holder-changed = سيحتفظ { $after } بجواز سفرك، بدلًا من { $before }.
contract-change-duration-longer = عقد أطول: عدد الأشهر { $after } بدلًا من { $before }.
contract-change-duration-shorter = عقد أقصر: عدد الأشهر { $after } بدلًا من { $before }.
contract-change-accommodation-changed = سكن مختلف: «{ $after }» بدلًا من «{ $before }».
contract-change-language-changed = مكتوب بلغة أخرى: { $after } بدلًا من { $before }.
contract-change-term-dropped = لم يعد مذكورًا: { $term } (كان عقدك الأول يقول: { $before }).
contract-change-term-added = مذكور الآن، لكنه لم يكن في عقدك الأول: { $term }: { $after }.

contract-compare-title = مقارنة بالعقد الذي حفظته في { $date }:
contract-compare-same = لم نجد أي فرق في الشروط التي يقارنها ميترا. ومع ذلك اقرأ العقد كله قبل أن توقّع.
contract-compare-count = { $count ->
    [zero] لم نجد أي فرق.
    [one] وجدنا فرقًا واحدًا. عدد الفروق الخطيرة: { $serious }.
    [two] وجدنا فرقين. عدد الفروق الخطيرة: { $serious }.
    [few] وجدنا { $count } فروق. عدد الفروق الخطيرة: { $serious }.
    [many] وجدنا { $count } فرقًا. عدد الفروق الخطيرة: { $serious }.
   *[other] وجدنا { $count } فرق. عدد الفروق الخطيرة: { $serious }.
}
contract-compare-advice = لست مضطرًا إلى توقيع عقد أسوأ من العقد الذي وقّعته في بلدك. احتفظ بما يثبت عقدك الأول، وتكلّم مع خط المساعدة قبل أن توقّع.

## The wage check: the pay the snapshot promises against the pay received.
contract-wages-expected = الأجر الذي يعد به العقد كل شهر: { $amount } (الأجر بعد طرح الخصومات المكتوبة في العقد).
contract-wages-month-short = { $month }: استلمت { $received }، والموعود { $expected }. الناقص: { $short }.
contract-wages-month-ok = { $month }: استلمت { $received }، كما وُعدت.
contract-wages-month-other-currency = { $month }: استلمت { $received } بعملة غير عملة الأجر. أدخل سعر الصرف حتى نقارن.
contract-wages-total = المبلغ الناقص المستحق لك حتى الآن: { $short }.
contract-wages-none = لم يُسجَّل أي أجر بعد. أضف ما استلمته كل شهر.

## Snapshots.
contract-saved = تم حفظ العقد: { $id }، { $pages ->
    [zero] بدون صور للصفحات
    [one] مع صورة صفحة واحدة
    [two] مع صورتين لصفحتين
    [few] مع صور { $pages } صفحات
    [many] مع صور { $pages } صفحةً
   *[other] مع صور { $pages } صفحة
}.
contract-fingerprint = البصمة الرقمية: { $digest }
contract-timestamp-waiting = في انتظار أن يوقّع خط المساعدة على الوقت: يحدث هذا مع المزامنة التالية.
contract-timestamped = وقّع خط المساعدة على أن هذا العقد كان موجودًا في { $time }. يمكن لأي شخص أن يتحقق من ذلك لاحقًا، بدون إنترنت.
contract-list-empty = لم يُحفظ أي عقد بعد.
contract-list-item = { $id } · حُفظ في { $date } · { $employer } · { $pages ->
    [zero] بلا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحةً
   *[other] { $pages } صفحة
} · { $timestamp ->
    [yes] الوقت موقّع
   *[no] الوقت لم يُوقَّع بعد
}
contract-employer-not-stated = صاحب العمل غير مذكور
contract-deleted = تم حذف العقد وصوره.
contract-proof-written = تمت كتابة الإثبات في { $dir }: { $files }.
contract-timestamps-synced = { $count ->
    [zero] لم يُوقَّع وقت أي عقد.
    [one] وقّع خط المساعدة على وقت عقد واحد.
    [two] وقّع خط المساعدة على وقت عقدين.
    [few] وقّع خط المساعدة على وقت { $count } عقود.
    [many] وقّع خط المساعدة على وقت { $count } عقدًا.
   *[other] وقّع خط المساعدة على وقت { $count } عقد.
}

## The README.txt of a proof folder. The commands (sha256sum, minisign) are added by the code on
## their own lines, never translated.
contract-proof-readme-title = إثبات عقد، صُنع بتطبيق ميترا
contract-proof-readme-what = يبيّن هذا المجلد ما كان مكتوبًا في العقد { $id } عندما حُفظ على هاتف في { $date }. يحتوي الملف SHA256SUMS على بصمة SHA-256 لكل ملف من ملفات العقد: الشروط (terms.json) وصور صفحاته.
contract-proof-readme-check-files = 1. تحقق من أن الملفات لم تتغير (يطبع OK لكل ملف):
contract-proof-readme-check-time = 2. تحقق من أن خط المساعدة وقّع على SHA256SUMS، ومتى (الوقت مكتوب في السطر "Trusted comment"، ومعنى هذه العبارة الإنجليزية «تعليق موثوق»):
contract-proof-readme-key = الملف hotline.pub هو المفتاح العام لخط المساعدة كما عرفه الهاتف (رقم المفتاح { $key }). قارنه بالمفتاح الذي ينشره خط المساعدة.
contract-proof-readme-no-timestamp = لم يوقّع خط المساعدة على وقت هذا العقد بعد، لذلك لا يمكن تنفيذ إلا الخطوة 1.
contract-proof-readme-withheld = اختار صاحب العقد ألا يضع هنا: { $files }. بصماتها ما زالت في SHA256SUMS، لذلك يمكن التحقق مما هو موجود.
contract-proof-readme-tools = الأدوات: sha256sum (جزء من GNU coreutils؛ وعلى macOS: shasum -a 256)، والأداة minisign (https://jedisct1.github.io/minisign/).

## Errors.
contract-terms-invalid = { $code ->
    [not-json] شروط العقد ليست بصيغة JSON صحيحة.
    [too-large] ملف شروط العقد كبير جدًا.
    [unknown-key] ميترا لا يعرف الحقل «{ $key }» في شروط العقد. تحقق من طريقة كتابته.
    [wrong-type] قيمة «{ $key }» في شروط العقد من نوع خاطئ.
    [missing] «{ $key }» غير موجود في شروط العقد.
    [empty] «{ $key }» في شروط العقد فارغ.
    [too-long] «{ $key }» في شروط العقد طويل جدًا.
    [not-a-currency] يجب أن يكون «{ $key }» رمز عملة من ثلاثة أحرف، مثل NPR أو QAR.
    [not-allowed] قيمة «{ $key }» في شروط العقد لا يعرفها ميترا.
    [too-many-decimals] «{ $key }» فيه أرقام كثيرة جدًا بعد الفاصلة العشرية.
    [too-many-items] «{ $key }» فيه عناصر كثيرة جدًا.
   *[other] قيمة «{ $key }» في شروط العقد خارج الحدود المسموح بها.
}
error-page-not-an-image = لا يمكن استخدام هذا الملف كصفحة: استخدم صورة (JPEG, PNG, WebP, HEIC) أو ملف PDF.
error-page-too-large = صورة الصفحة هذه كبيرة جدًا.
error-page-too-many = لا يمكن إضافة صفحات أخرى إلى هذا العقد.
error-rate-invalid = لا يمكن استخدام سعر الصرف هذا.
error-wage-not-stated = العقد المحفوظ لا يذكر الأجر، لذلك لا يوجد ما نقارن به الأجر الذي استلمته.
error-not-a-month = هذا ليس شهرًا. اكتبه بهذا الشكل: 2026-10.
error-proof-folder-not-empty = يجب أن يكون مجلد الإثبات جديدًا أو فارغًا.

## The demo's contract story (cli demo).
demo-contract-snapshot = 19. تقبل غيتا عرض عمل عن طريق وكالة توظيف مرخّصة. وقبل أن تسافر، تحفظ عقدها في ميترا: شروطه وصور صفحاته، وعددها { $pages }.
demo-contract-timestamped = مع المزامنة التالية، وقّع خط المساعدة على وقته ({ $time }). لم يخرج من الهاتف إلا البصمة الرقمية.
demo-contract-substituted = 20. في الدوحة، يعطيها صاحب العمل عقدًا آخر لتوقّعه. تقارنه بالعقد الذي حفظته:
demo-contract-wages = 21. بعد ثلاثة أشهر، تسجّل ما دُفع لها:
demo-contract-proof = 22. تصنع مجلد إثبات من أجل مفتش العمل. يمكن التحقق منه بالأداتين sha256sum و minisign؛ وإذا تغيّر بايت واحد في صورة، يفشل التحقق.
