# Mitra — Arabic (ar: Modern Standard Arabic, simple wording). Translated from the English source.
# Rules for translators: keep every message id; use only the variables shown; plain words a
# person with little schooling understands; never mention a second vault or a "decoy".

## Language

language-name = العربية

## Errors: what happened and what the person can do

error-not-set-up = لم يتم إعداد ميترا هنا بعد. يجب إعداده أولًا.
error-already-set-up = تم إعداد ميترا هنا من قبل.
error-locked = ميترا مقفل. يُرجى إدخال الرقم السري.
error-wrong-pin = الرقم السري خاطئ.
error-wrong-pin-left = { $attempts ->
    [zero] الرقم السري خاطئ. لم تبقَ أي محاولة.
    [one] الرقم السري خاطئ. إذا أُدخل رقم سري خاطئ مرة أخرى، سيُمسح كل شيء.
    [two] الرقم السري خاطئ. بقيت محاولتان.
    [few] الرقم السري خاطئ. بقيت { $attempts } محاولات.
    [many] الرقم السري خاطئ. بقيت { $attempts } محاولةً.
   *[other] الرقم السري خاطئ. بقيت { $attempts } محاولة.
}
error-try-later = { $seconds ->
    [zero] أُدخلت أرقام سرية خاطئة كثيرة. يُرجى المحاولة مرة أخرى الآن.
    [one] أُدخلت أرقام سرية خاطئة كثيرة. يُرجى المحاولة مرة أخرى بعد ثانية واحدة.
    [two] أُدخلت أرقام سرية خاطئة كثيرة. يُرجى المحاولة مرة أخرى بعد ثانيتين.
    [few] أُدخلت أرقام سرية خاطئة كثيرة. يُرجى المحاولة مرة أخرى بعد { $seconds } ثوانٍ.
    [many] أُدخلت أرقام سرية خاطئة كثيرة. يُرجى المحاولة مرة أخرى بعد { $seconds } ثانيةً.
   *[other] أُدخلت أرقام سرية خاطئة كثيرة. يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
}
error-pin-too-short = الرقم السري قصير جدًا. يجب أن يكون من 4 أرقام على الأقل.
error-pin-too-long = الرقم السري طويل جدًا.
error-pin-not-distinct = يُرجى اختيار رقم سري آخر.
error-text-empty = يُرجى كتابة شيء أولًا.
error-text-too-long = هذا النص طويل جدًا. يُرجى تقصيره.
error-invalid-input = هذا غير صالح: { $field }.
error-not-found = لم يتم العثور على هذا. ربما تم حذفه.
error-key-store-unavailable = مخزن المفاتيح في الهاتف مشغول. يُرجى فتح قفل الهاتف والمحاولة مرة أخرى.
error-key-lost = فقد الهاتف مفتاح هذه البيانات. لا يمكن فتحها مرة أخرى. يمكن مسحها والبدء من جديد.
error-storage = فشل الحفظ. ما تم حفظه من قبل باقٍ كما هو. يُرجى التأكد من وجود مساحة فارغة في الهاتف.
error-internal = حدث خطأ داخل ميترا. ما تم حفظه من قبل باقٍ كما هو.
error-usage = { $detail }
error-no-pin-given = لم يتم إدخال رقم سري. يُرجى ضبط MITRA_PIN أو التشغيل في الطرفية.
error-no-new-pin-given = لم يتم إدخال رقم سري جديد. يُرجى ضبط MITRA_NEW_PIN أو التشغيل في الطرفية.
error-pins-differ = الرقمان السريان غير متطابقين.
error-wipe-needs-yes = المسح يحتاج إلى --yes عندما لا تكون هناك طرفية متصلة.
error-wipe-not-confirmed = لم يتم التأكيد. لم يُمسح أي شيء.
error-duress-needs-pin = الخيار --wipe-on-duress يحتاج إلى رقم سري ثانٍ في MITRA_DURESS_PIN.
error-bad-language-tag = هذا ليس رمز لغة: { $tag }
error-no-data-dir = لا يوجد مجلد بيانات. يُرجى استخدام --data-dir أو MITRA_DATA_DIR.

## Vault and status (CLI)

prompt-pin = الرقم السري:
prompt-new-pin = الرقم السري الجديد:
prompt-pin-again = مرة أخرى:
vault-set-up = تم إعداد ميترا في { $dir }.
vault-none = لم يتم إعداد ميترا في { $dir }.
vault-locked-in = ميترا في { $dir } مقفل.
vault-failed-attempts = عدد الأرقام السرية الخاطئة منذ آخر فتح للقفل: { $count }.
vault-limit = { $max ->
    [0] إدخال رقم سري خاطئ لا يمسح أي شيء أبدًا.
    [zero] إدخال رقم سري خاطئ لا يمسح أي شيء أبدًا.
    [one] يُمسح كل شيء بعد محاولة خاطئة واحدة.
    [two] يُمسح كل شيء بعد محاولتين خاطئتين متتاليتين.
    [few] يُمسح كل شيء بعد { $max } محاولات خاطئة متتالية.
    [many] يُمسح كل شيء بعد { $max } محاولةً خاطئةً متتاليةً.
   *[other] يُمسح كل شيء بعد { $max } محاولة خاطئة متتالية.
}
vault-wait = { $seconds ->
    [zero] يمكن إدخال الرقم السري التالي الآن.
    [one] سيُقبل الرقم السري التالي بعد ثانية واحدة.
    [two] سيُقبل الرقم السري التالي بعد ثانيتين.
    [few] سيُقبل الرقم السري التالي بعد { $seconds } ثوانٍ.
    [many] سيُقبل الرقم السري التالي بعد { $seconds } ثانيةً.
   *[other] سيُقبل الرقم السري التالي بعد { $seconds } ثانية.
}
vault-weak-key-store = هذا الكمبيوتر ليس فيه مخزن مفاتيح آمن. يُرجى استخدام رقم سري طويل.
vault-pin-accepted = تم قبول الرقم السري. ميترا مقفل من جديد.
vault-locked = تم القفل. سطر الأوامر لا يترك ميترا مفتوحًا أبدًا.
vault-pin-changed = تم تغيير الرقم السري.
wipe-confirm = هل تريد مسح كل شيء في { $dir }؟ لا يمكن التراجع عن هذا. للتأكيد اكتب { wipe-confirm-word }:
# The word a person types to confirm erasing (English "yes" is always accepted too).
wipe-confirm-word = نعم
wipe-done = { $files ->
    [zero] تم المسح: لم تكن هناك ملفات لإتلافها ({ $ms } مللي ثانية).
    [one] تم المسح: تم إتلاف ملف واحد خلال { $ms } مللي ثانية.
    [two] تم المسح: تم إتلاف ملفين خلال { $ms } مللي ثانية.
    [few] تم المسح: تم إتلاف { $files } ملفات خلال { $ms } مللي ثانية.
    [many] تم المسح: تم إتلاف { $files } ملفًا خلال { $ms } مللي ثانية.
   *[other] تم المسح: تم إتلاف { $files } ملف خلال { $ms } مللي ثانية.
}

## Journal

journal-saved = تم حفظ الملاحظة { $id }.
journal-deleted = تم حذف الملاحظة { $id }.
journal-empty = دفتر الملاحظات فارغ.

## Help request: what is needed (chosen by taps)

need-leave-now = أحتاج إلى الخروج الآن
need-medical = مساعدة طبية
need-shelter = مكان آمن للإقامة
need-police = الشرطة
need-legal = مساعدة قانونية
need-unpaid-wages = لم يُدفع راتبي
need-documents-taken = أُخذ جواز سفري أو أوراقي
need-other-in-danger = شخص آخر في خطر
need-other = شيء آخر

## Help request: how to contact the person safely

contact-none = لا تتصلوا بي
contact-sms = رسالة نصية (SMS)
contact-call = مكالمة هاتفية
contact-whatsapp = واتساب
help-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
help-minors = معي أطفال أعمارهم أقل من 18 سنة
help-saved = تم حفظ طلب المساعدة، وهو في انتظار الإرسال. رقمه { $id }.

## Reports: about whom, and who asked

about-self = عني
about-someone-else = عن شخص آخر
role-outreach-worker = عامل توعية ميداني
role-case-worker = مسؤول حالات
role-lawyer = محامٍ
role-health-worker = عامل صحي
role-shelter-staff = موظف في دار إيواء
role-volunteer = متطوع
role-other = غير ذلك

## Reports: kind of work

sector-domestic-work = العمل المنزلي
sector-construction = البناء
sector-agriculture = العمل في المزارع
sector-fishing = صيد السمك
sector-manufacturing = العمل في المصانع
sector-hospitality = الفنادق والمطاعم
sector-care-work = أعمال الرعاية
sector-entertainment = الترفيه
sector-mining = التعدين
sector-transport = القيادة والنقل
sector-other = عمل آخر

## Reports: questions (indicators), each answered yes, no or not sure

indicator-abuse-of-vulnerability = هل استغل أحد وضعًا صعبًا كنت فيه (لا مال، ولا أوراق، ولا معرفة باللغة)؟
    .name = استغلال الضعف
indicator-deception = هل كان العمل أو الأجر أو المكان مختلفًا عما وُعدت به؟
    .name = الخداع
indicator-restriction-of-movement = هل مُنعت من مغادرة مكان العمل أو مكان نومك؟
    .name = تقييد الحركة
indicator-isolation = هل أُبعدت عن الناس، أو مُنعت من استخدام هاتفك؟
    .name = العزل
indicator-physical-sexual-violence = هل تعرضت للضرب أو الأذى، أو للمس جنسي رغمًا عنك؟
    .name = العنف الجسدي أو الجنسي
indicator-intimidation-threats = هل تعرضت أنت أو عائلتك للتهديد؟
    .name = الترهيب والتهديد
indicator-retention-of-documents = هل احتفظ أحد بجواز سفرك أو بطاقة هويتك؟
    .name = احتجاز الوثائق
indicator-withholding-of-wages = هل تم حجز راتبك أو لم يُدفع لك؟
    .name = حجز الأجور
indicator-debt-bondage = هل يجب عليك العمل لسداد دَين يكبر باستمرار؟
    .name = عبودية الدَّين
indicator-abusive-conditions = هل كان مكان العمل أو مكان السكن خطيرًا أو قذرًا أو مُهينًا؟
    .name = ظروف عمل أو سكن مسيئة
indicator-excessive-overtime = هل اضطررت إلى العمل ساعات طويلة جدًا أو بدون أيام راحة؟
    .name = ساعات عمل إضافية مفرطة
indicator-recruitment-fees = هل دفعت رسومًا للحصول على العمل؟
    .name = رسوم التوظيف
indicator-always-accompanied = هل يرافقك أحد دائمًا عند خروجك؟
    .name = مرافقة دائمة
indicator-no-control-of-salary = هل يتحكم شخص آخر في راتبك أو بطاقتك البنكية؟
    .name = لا سيطرة على الراتب
indicator-no-access-to-passport = هل يُحتفظ بجواز سفرك في مكان لا يمكنك الوصول إليه؟
    .name = لا وصول إلى جواز السفر
indicator-ai-voice-clone = هل جاءتك مكالمة كان الصوت فيها يشبه صوت قريب أو صديق، لكنه لم يكن هو؟
    .name = صوت مستنسخ
indicator-ai-deepfake = هل عُرضت عليك صورة أو فيديو ربما كان مزيفًا؟
    .name = صورة أو فيديو مزيف
indicator-ai-forged-documents = هل أُعطيت أوراقًا (عقد، تأشيرة، رخصة) ربما كانت مزورة؟
    .name = وثائق مزورة
indicator-ai-fake-company = هل كانت الشركة وهمية، أو كان موقعها على الإنترنت مزيفًا؟
    .name = شركة أو موقع إلكتروني وهمي
answer-yes = نعم
answer-no = لا
answer-unsure = غير متأكد

## Consent, asked in plain words

consent-hotline = هل نرسل هذا إلى خط المساعدة، ليقرأه شخص هناك ويقدم المساعدة؟
    .name = خط المساعدة
consent-ngo = هل يُسمح لخط المساعدة بمشاركته مع منظمة تساعد العمال؟
    .name = منظمة دعم
consent-police = هل يُسمح لخط المساعدة بإعطائه للشرطة؟
    .name = الشرطة

## Record status

status-draft = مسودة (لم تُرسل)
status-queued = في انتظار الإرسال
status-sent = تم الإرسال
status-acknowledged = استلمه خط المساعدة
kind-help-request = طلب مساعدة
kind-report = تقرير
kind-review = تقييم وكيل التوظيف

## Assessment: explainable, never a verdict

urgency-routine = عادي
urgency-elevated = يحتاج إلى اهتمام
urgency-high = عاجل
urgency-immediate = خطر الآن
concern-violence = تم الإبلاغ عن عنف أو تهديدات.
concern-confinement = ربما لا يستطيع الشخص المغادرة بحرية.
concern-documents = أوراق الهوية يحتفظ بها شخص آخر.
concern-debt-and-wages = علامات على عبودية الدَّين أو عدم دفع الأجور.
concern-deception = علامات على خداع في التوظيف.
concern-ai-deception = علامات على استخدام مكالمات أو صور أو أوراق مزيفة.
concern-forced-labour = { $count ->
    [zero] لم تكن الإجابة «نعم» على أي علامة من علامات العمل الجبري.
    [one] كانت الإجابة «نعم» على علامة واحدة من علامات العمل الجبري.
    [two] كانت الإجابة «نعم» على علامتين من علامات العمل الجبري.
    [few] كانت الإجابة «نعم» على { $count } علامات من علامات العمل الجبري.
    [many] كانت الإجابة «نعم» على { $count } علامةً من علامات العمل الجبري.
   *[other] كانت الإجابة «نعم» على { $count } علامة من علامات العمل الجبري.
}
concern-minors = الأمر يشمل أطفالًا.
concern-urgent-need = طلب الشخص مساعدة عاجلة.
concern-unsure = بعض الإجابات كانت «غير متأكد»: من المفيد السؤال مرة أخرى.
concern-raised-by = بسبب: { $reasons }
assessment-urgency = درجة الاستعجال المقترحة: { $urgency }
assessment-disclaimer = هذا مجرد اقتراح بناءً على الإجابات. شخص في خط المساعدة يقرأ كل شيء ويقرر.

## Record fields, as labels

field-status = الحالة
field-created = تاريخ الكتابة
field-needs = الاحتياجات
field-people = عدد الأشخاص
field-minors = أطفال أقل من 18 سنة
field-country = البلد
field-area = المنطقة
field-position = المكان بالضبط
field-contact = طريقة التواصل
field-contact-window = وقت آمن للتواصل
field-language = اللغة
field-note = ملاحظة
field-about = بخصوص
field-interviewer = سجّله
field-sector = نوع العمل
field-origin = من
field-transit = عبر
field-destination = إلى
field-nationality = الجنسية
field-recruiter = وكيل التوظيف
field-employer = صاحب العمل
field-recruited-on = تاريخ التوظيف
field-work-started-on = بدأ العمل
field-work-ended-on = توقف عن العمل
field-narrative = ماذا حدث
field-answers = الإجابات
field-consent = وافق على المشاركة مع
field-consent-none = لا أحد بعد
field-attachments = الصور والتسجيلات
field-purged = أُزيل المحتوى بعد أن استلمه خط المساعدة. إيصال الاستلام محفوظ.
attachment-photo = صورة
attachment-audio = تسجيل صوتي
value-yes = نعم
value-no = لا

## Errors about records

error-consent-needed = لا يمكن إرسال هذا إلا إذا وافقت على إرساله إلى خط المساعدة.
error-not-a-draft = تم إرسال هذا من قبل، لذلك لا يمكن تغييره الآن.
error-needs-empty = يُرجى اختيار شيء واحد على الأقل تحتاج إليه.
error-contact-number-missing = يُرجى كتابة رقم هاتف لطريقة التواصل هذه.
error-not-a-phone-number = هذا ليس رقم هاتف.
error-not-a-country = يُرجى استخدام رمز البلد المكوّن من حرفين، مثل NP أو MY.
error-not-a-date = هذا ليس تاريخًا.
error-people-out-of-range = يجب أن يكون عدد الأشخاص بين 1 و999.
error-not-a-language = هذا ليس رمز لغة.
error-attachment-too-large = هذا الملف كبير جدًا.
error-attachment-type = لا يمكن إضافة هذا النوع من الملفات. يُرجى استخدام صورة أو تسجيل صوتي.
error-attachment-too-many = لا يمكن إضافة ملفات أخرى إلى هذا التقرير.
error-id-ambiguous = يوجد أكثر من سجل يبدأ بهذا الشكل. يُرجى كتابة جزء أطول من الرقم.
error-not-an-id = هذا ليس رقم سجل.
error-file-unreadable = تعذّرت قراءة الملف { $file }.
error-report-file = ملف التقرير غير صالح: { $detail }
error-bad-value = { $flag }: هذه القيمة غير مقبولة: { $value }

## Reports and outbox (CLI)

report-saved = تم حفظ التقرير { $id } كمسودة.
report-queued = التقرير { $id } في انتظار الإرسال.
report-deleted = تم حذف { $id } نهائيًا.
report-none = لا توجد تقارير أو طلبات مساعدة.
report-line = { $id }  { $kind }  { $status }  { $date }
outbox-empty = لا يوجد شيء في انتظار الإرسال.
outbox-entry = { $id }: { $status }، { $attempts ->
    [zero] لم تتم أي محاولة إرسال بعد.
    [one] تمت محاولة الإرسال مرة واحدة.
    [two] تمت محاولة الإرسال مرتين.
    [few] تمت محاولة الإرسال { $attempts } مرات.
    [many] تمت محاولة الإرسال { $attempts } مرةً.
   *[other] تمت محاولة الإرسال { $attempts } مرة.
}
outbox-last-error = آخر مشكلة: { $error }
outbox-no-hotline = لم يتم ربط أي خط مساعدة بعد: السجلات تنتظر على هذا الهاتف، وهي مشفرة.
settings-purge = { $days ->
    [0] تُحفظ السجلات بعد أن يستلمها خط المساعدة.
    [zero] تُحفظ السجلات بعد أن يستلمها خط المساعدة.
    [one] يُحذف محتوى السجل بعد يوم واحد من استلام خط المساعدة له.
    [two] يُحذف محتوى السجل بعد يومين من استلام خط المساعدة له.
    [few] يُحذف محتوى السجل بعد { $days } أيام من استلام خط المساعدة له.
    [many] يُحذف محتوى السجل بعد { $days } يومًا من استلام خط المساعدة له.
   *[other] يُحذف محتوى السجل بعد { $days } يوم من استلام خط المساعدة له.
}

## Demo

demo-title = عرض تجريبي لميترا: هاتف عاملة، في مجلد مؤقت.
demo-setup = 1. تقوم سيتا بإعداد ميترا بالرقم السري { $pin }، وبرقم سري ثانٍ { $duress } تستخدمه إذا أجبرها أحد على فتح القفل.
demo-journal = 2. تكتب في دفتر ملاحظاتها: «{ $note }»
demo-on-disk = 3. الهاتف مقفل. الملفات على القرص: { $files }.
demo-nothing-readable = البحث في كل ملف عن كلمة «passport» لا يجد شيئًا: كل شيء مشفر.
demo-wrong-pin = 4. يأخذ صاحب عملها هاتفها ويجرب الرقم السري 0000.
demo-refused = { $attempts ->
    [zero] رُفض: لم تبقَ أي محاولة قبل أن يُمسح كل شيء.
    [one] رُفض: بقيت محاولة واحدة قبل أن يُمسح كل شيء.
    [two] رُفض: بقيت محاولتان قبل أن يُمسح كل شيء.
    [few] رُفض: بقيت { $attempts } محاولات قبل أن يُمسح كل شيء.
    [many] رُفض: بقيت { $attempts } محاولةً قبل أن يُمسح كل شيء.
   *[other] رُفض: بقيت { $attempts } محاولة قبل أن يُمسح كل شيء.
}
demo-duress = 5. يجبرها على فتح القفل. تكتب الرقم السري الثاني { $duress }.
demo-decoy = يفتح ميترا بشكل عادي، ودفتر الملاحظات فارغ. لا شيء يدل على وجود أي شيء آخر.
demo-real = 6. لاحقًا، وهي وحدها، تفتح القفل برقمها السري الحقيقي { $pin }.
demo-note-there = ملاحظتها موجودة، بتاريخ { $date }.
demo-help-request = 7. تطلب المساعدة باللغة النيبالية: يجب أن تغادر الآن، وقد أُخذ جواز سفرها، والتواصل معها برسالة نصية في المساء.
demo-help-queued = تم الحفظ وهو في انتظار خط المساعدة، مشفرًا على الهاتف ({ $bytes } بايت).
demo-field-report = 8. مسؤول حالات يقابل رام في دار إيواء، ويسجل تقريرًا بموافقته.
demo-assessment = يقترح التقرير: { $urgency }.
demo-offline = 9. طوال هذا الوقت كان الهاتف غير متصل. في صندوق الإرسال: { $count }، مشفّرة على الهاتف.
demo-hotline = 10. منظمة تشغّل خط مساعدة (هنا داخل العرض، على { $address }). تمسح سيتا بطاقته: التوقيع صحيح، وتُختم تقاريرها المنتظرة له وحده.
demo-reconnect = 11. تعود الإشارة ضعيفة: 2G، ذهاب وإياب 600 ms، 20 kbit/s، وانقطاع كل 10 ثوانٍ في المتوسط.
demo-synced = وصلت خلال { $seconds } ثانية: أُرسل { $bytes } بايت، وكل إيصال موقّع من خط المساعدة وتم التحقق منه.
demo-export = 12. في خط المساعدة، تفك الموظفة التشفير على جهازها (لا يستطيع الخادم ذلك):
demo-wipe = 23. خطر مرة أخرى: تضغط سيتا على زر المسح الطارئ.
demo-wiped = { $files ->
    [zero] لم تكن هناك ملفات لإتلافها ({ $ms } مللي ثانية).
    [one] تم إتلاف ملف واحد خلال { $ms } مللي ثانية، والمفاتيح أولًا.
    [two] تم إتلاف ملفين خلال { $ms } مللي ثانية، والمفاتيح أولًا.
    [few] تم إتلاف { $files } ملفات خلال { $ms } مللي ثانية، والمفاتيح أولًا.
    [many] تم إتلاف { $files } ملفًا خلال { $ms } مللي ثانية، والمفاتيح أولًا.
   *[other] تم إتلاف { $files } ملف خلال { $ms } مللي ثانية، والمفاتيح أولًا.
}
demo-gone = رقمها السري الحقيقي لا يفتح شيئًا الآن: لم يبقَ شيء لفتحه.
demo-done = انتهى العرض التجريبي: تم التحقق من كل خطوة أعلاه.
demo-broken = وجد العرض التجريبي وعدًا لم يتحقق: { $what }

## Pairing and delivery

error-card-invalid = بطاقة خط المساعدة هذه غير صالحة: ربما عُدّلت أو زُوّرت. لا تستخدمها.
error-card-other-hotline = ما زالت هناك تقارير تنتظر الإرسال إلى خط المساعدة الحالي. أرسلها أولًا، ثم اربط الهاتف بخط آخر.
error-card-older = هذه البطاقة أقدم من البطاقة المربوطة حاليًا.
error-not-paired = لم يُربط أي خط مساعدة بعد. أضف بطاقة خط المساعدة أولًا (mitra pair).
error-insecure-endpoint = عنوان خط المساعدة هذا غير آمن (ليس https). لم يُرسل شيء.
error-budget-range = حد البيانات هذا كبير جدًا.
paired = تم الربط مع { $name }. التقارير المنتظرة على هذا الهاتف مختومة له الآن.
sync-summary = أُرسل: { $sent }، استلمها خط المساعدة: { $acknowledged }، ما زالت تنتظر: { $pending }، فشلت: { $failed }.
sync-budget = انتهى حد البيانات لهذا اليوم: سيُرسل الباقي غدًا أو عند توفر Wi-Fi.
sync-failed-hint = رفض خط المساعدة بعض التقارير. ستبقى على هذا الهاتف حتى تحذفها.
outbox-sealed = مختوم لخط المساعدة
outbox-failed = رفضه خط المساعدة
