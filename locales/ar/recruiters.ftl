# دليل وكالات التوظيف: نتائج البحث، حالة الترخيص، التقييمات. (Recruiter directory: search results, licence status, reviews.)

recruiter-status-licensed = مرخّصة
recruiter-status-suspended = الترخيص موقوف
recruiter-status-revoked = الترخيص ملغى
recruiter-status-blacklisted = في القائمة السوداء لدى الجهة المختصة
recruiter-status-unknown = حالة الترخيص غير معروفة

recruiter-heading = { $name } — { $status }
recruiter-licence = الترخيص { $licence } ({ $country })، صادر عن { $authority }
recruiter-status-since = الحالة منذ { $date }
recruiter-aliases = تُعرف أيضًا باسم: { $aliases }
recruiter-phones = الهاتف: { $phones }
recruiter-address = العنوان: { $address }
recruiter-warning-not-licensed = ربما لا يحق لهذه الوكالة أن توظفك بشكل قانوني الآن. لا تدفع لها أي مال، ولا تعطها جواز سفرك. اسأل خط المساعدة أولًا.
recruiter-warning-unknown = لم تؤكد الجهة المختصة هذا الترخيص. اسأل خط المساعدة قبل أن تدفع أي شيء.
recruiter-not-found = لا توجد في الدليل أي وكالة تطابق «{ $query }». الوكالة غير الموجودة في الدليل قد لا تكون مرخّصة: هذه علامة تحذير. تحقّق مع خط المساعدة قبل أن تدفع أي شيء أو تسلّم أي وثائق.
recruiter-not-found-short = غير موجودة في الدليل: علامة تحذير.
recruiter-no-directory = لا يوجد دليل لوكالات التوظيف على هذا الهاتف بعد. سيصل مع المزامنة القادمة.
recruiter-directory-age = الدليل: الإصدار { $version }، نُشر في { $date } ({ $days ->
        [zero] اليوم
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $days } أيام
        [many] قبل { $days } يومًا
       *[other] قبل { $days } يوم
    })، { $count ->
        [zero] بلا وكالات
        [one] وكالة واحدة
        [two] وكالتان
        [few] { $count } وكالات
        [many] { $count } وكالةً
       *[other] { $count } وكالة
    }.
recruiter-directory-old = مرّ على هذا الدليل أكثر من { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. ربما تغيّرت التراخيص منذ ذلك الوقت: قم بالمزامنة عندما تستطيع.

recruiter-reviews-none = لم يقيّم أي عامل هذه الوكالة بعد.
recruiter-reviews-summary = { $count ->
        [zero] لم يقيّم أي عامل هذه الوكالة
        [one] قيّم عامل واحد هذه الوكالة
        [two] قيّم عاملان هذه الوكالة
        [few] قيّم { $count } عمال هذه الوكالة
        [many] قيّم { $count } عاملًا هذه الوكالة
       *[other] قيّم { $count } عامل هذه الوكالة
    }: متوسط التقييم { $rating } من 5.
recruiter-reviews-fees = دفع { $paid } منهم رسومًا، وكان المبلغ المعتاد { $amount } { $currency }.
recruiter-reviews-passport = قال { $count } منهم إن شخصًا آخر احتفظ بجوازات سفرهم.
recruiter-reviews-job-differed = قال { $count } منهم إن العمل أو صاحب العمل أو الأجر لم يكن كما وُعدوا.

review-saved = تم حفظ تقييمك، وسيُرسل بدون اسمك. رقم التقييم: { $id }
review-rating-out-of-range = يجب أن يكون التقييم رقمًا من 1 (لن أتعامل معها مرة أخرى أبدًا) إلى 5 (أنصح بها).

directory-imported = دليل وكالات التوظيف، الإصدار { $version }، موجود الآن على هذا الهاتف ({ $count ->
        [zero] بلا وكالات
        [one] وكالة واحدة
        [two] وكالتان
        [few] { $count } وكالات
        [many] { $count } وكالةً
       *[other] { $count } وكالة
    }).
sync-directory-updated = تم تحديث دليل وكالات التوظيف إلى الإصدار { $version }.
sync-directory-refused = تم رفض دليل لوكالات التوظيف لأنه غير موقّع بشكل صحيح من خط المساعدة الخاص بك، أو لأنه أقدم من الدليل الموجود لديك. دليلك لم يتغير.

error-directory-bad-signature = ملف الدليل هذا غير موقّع من خط المساعدة الخاص بك، أو تم تغييره بعد التوقيع. لم يُستخدم، ودليلك لم يتغير.
error-directory-older = هذا الدليل ليس أحدث من الدليل الموجود على هذا الهاتف. لم يُستخدم، ودليلك لم يتغير.
error-directory-malformed = ملف الدليل هذا تالف. لم يُستخدم، ودليلك لم يتغير.
error-recruiter-not-found = لا توجد في الدليل وكالة بهذا الرقم.

demo-directory-publish = 13. ينشر خط المساعدة دليل وكالات التوظيف: { $count ->
        [one] وكالة واحدة
        [two] وكالتان
        [few] { $count } وكالات
        [many] { $count } وكالةً
       *[other] { $count } وكالة
    } من تسعة بلدان مع حالة ترخيص كل منها، وهو موقّع بمفتاح خط المساعدة.
demo-directory-pulled = جلبه الهاتف مع المزامنة التالية ({ $bytes } بايت)، وتحقق من التوقيع قبل قراءة أي شيء. من الآن، يعمل البحث بدون إنترنت.
demo-search-native = 14. عُرض عمل على غيتا، ابنة عم سيتا. تكتب اسم الوكالة باللغة النيبالية: «{ $query }»
demo-search-blacklisted = 15. تواصلت وكالة «{ $query }» مع صديق:
demo-search-unknown = وماذا عن وكالة اسمها «{ $query }»؟
demo-job-check = 16. تلصق غيتا عرض العمل الذي وصلها في فحص عروض العمل:
demo-review = 17. بعد عودته إلى بلده، يقيّم رام الوكالة التي أرسلته إلى الدوحة. التقييم موقّع بمفتاح صُنع لهذا الهاتف فقط، ويُرسل بدون اسمه.
demo-review-published = 18. ينشر خط المساعدة الإصدار التالي مع التقييمات. يُنزّل الهاتف ما تغيّر فقط: { $bytes } بايت بدلًا من { $full } بايت. ترى غيتا الآن:
demo-tampered = نسخة من الدليل تغيّر فيها بايت واحد تُرفض، ويحتفظ الهاتف بدليله (الإصدار { $version }).
