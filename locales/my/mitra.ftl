# Mitra — Burmese (my), Myanmar script in Unicode (never Zawgyi). Translated from English.
# Rules for translators: keep every message id; use only the variables shown; plain words a
# person with little schooling understands; never mention a second vault or a "decoy".

## Language

language-name = မြန်မာ

## Errors: what happened and what the person can do

error-not-set-up = Mitra ကို ဒီမှာ မပြင်ဆင်ရသေးပါ။ အရင်ဆုံး ပြင်ဆင်ပါ။
error-already-set-up = Mitra ကို ဒီမှာ ပြင်ဆင်ပြီးသားပါ။
error-locked = Mitra ကို သော့ခတ်ထားပါတယ်။ သင့် PIN ကို ရိုက်ထည့်ပါ။
error-wrong-pin = PIN မှားနေပါတယ်။
error-wrong-pin-left = { $attempts ->
   *[other] PIN မှားနေပါတယ်။ နောက်ထပ် { $attempts } ကြိမ် မှားရင် အားလုံးကို ဖျက်ပစ်ပါမယ်။
}
error-try-later = { $seconds ->
   *[other] PIN မှားတာ များလွန်းပါပြီ။ { $seconds } စက္ကန့် စောင့်ပြီးမှ ထပ်စမ်းပါ။
}
error-pin-too-short = PIN တိုလွန်းပါတယ်။ ဂဏန်း အနည်းဆုံး ၄ လုံး သုံးပါ။
error-pin-too-long = PIN ရှည်လွန်းပါတယ်။
error-pin-not-distinct = တခြား PIN တစ်ခု ရွေးပါ။
error-text-empty = အရင်ဆုံး တစ်ခုခု ရေးပါ။
error-text-too-long = ဒီစာ ရှည်လွန်းပါတယ်။ တိုအောင် ပြင်ရေးပါ။
error-invalid-input = ဒါ မမှန်ကန်ပါ: { $field }
error-not-found = ဒါကို ရှာမတွေ့ပါ။ ဖျက်ပြီးသား ဖြစ်နိုင်ပါတယ်။
error-key-store-unavailable = ဖုန်းရဲ့ သော့သိမ်းစနစ် (key store) အလုပ်များနေပါတယ်။ ဖုန်းကို သော့ဖွင့်ပြီး ထပ်စမ်းပါ။
error-key-lost = ဒီအချက်အလက်အတွက် သော့ကို ဖုန်းက ပျောက်သွားပါပြီ။ ဒါကို ထပ်ဖွင့်လို့ မရတော့ပါ။ ဖျက်ပစ်ပြီး အစက ပြန်စနိုင်ပါတယ်။
error-storage = သိမ်းလို့ မရပါ။ အရင်သိမ်းထားတာတွေ ရှိနေဆဲပါ။ ဖုန်းမှာ နေရာလွတ် ရှိမရှိ စစ်ကြည့်ပါ။
error-internal = Mitra ထဲမှာ တစ်ခုခု မှားသွားပါတယ်။ အရင်သိမ်းထားတာတွေ ရှိနေဆဲပါ။
error-usage = { $detail }
error-no-pin-given = PIN မပေးထားပါ။ MITRA_PIN ကို သတ်မှတ်ပါ၊ ဒါမှမဟုတ် terminal ထဲမှာ run ပါ။
error-no-new-pin-given = PIN အသစ် မပေးထားပါ။ MITRA_NEW_PIN ကို သတ်မှတ်ပါ၊ ဒါမှမဟုတ် terminal ထဲမှာ run ပါ။
error-pins-differ = PIN နှစ်ခု မတူပါ။
error-wipe-needs-yes = terminal မချိတ်ထားရင် ဖျက်ဖို့ --yes လိုပါတယ်။
error-wipe-not-confirmed = အတည်မပြုခဲ့ပါ။ ဘာမှ မဖျက်ခဲ့ပါ။
error-duress-needs-pin = --wipe-on-duress အတွက် MITRA_DURESS_PIN ထဲမှာ ဒုတိယ PIN တစ်ခု လိုပါတယ်။
error-bad-language-tag = ဒါ ဘာသာစကား ကုဒ် မဟုတ်ပါ: { $tag }
error-no-data-dir = ဒေတာ ဖိုင်တွဲ မရှိပါ။ --data-dir ဒါမှမဟုတ် MITRA_DATA_DIR ကို သုံးပါ။

## Vault and status (CLI)

prompt-pin = PIN:
prompt-new-pin = PIN အသစ်:
prompt-pin-again = ထပ်ရိုက်ပါ:
vault-set-up = Mitra ကို { $dir } မှာ ပြင်ဆင်ထားပါတယ်။
vault-none = Mitra ကို { $dir } မှာ မပြင်ဆင်ရသေးပါ။
vault-locked-in = { $dir } ထဲက Mitra ကို သော့ခတ်ထားပါတယ်။
vault-failed-attempts = နောက်ဆုံး သော့ဖွင့်ပြီးကတည်းက PIN မှားတဲ့ အကြိမ်: { $count }
vault-limit = { $max ->
    [0] PIN ဘယ်လောက်မှားမှား ဘာမှ မဖျက်ပါ။
   *[other] PIN ဆက်တိုက် { $max } ကြိမ် မှားရင် အားလုံးကို ဖျက်ပစ်ပါမယ်။
}
vault-wait = နောက် PIN ကို { $seconds } စက္ကန့် ကြာမှ လက်ခံပါမယ်။
vault-weak-key-store = ဒီကွန်ပျူတာမှာ လုံခြုံတဲ့ သော့သိမ်းစနစ် (key store) မရှိပါ။ ရှည်တဲ့ PIN ကို သုံးပါ။
vault-pin-accepted = PIN မှန်ပါတယ်။ Mitra ကို ပြန်ပြီး သော့ခတ်ထားပါပြီ။
vault-locked = သော့ခတ်ပြီးပါပြီ။ command line က Mitra ကို ဘယ်တော့မှ ဖွင့်မထားခဲ့ပါ။
vault-pin-changed = PIN ပြောင်းပြီးပါပြီ။
wipe-confirm = { $dir } ထဲက အားလုံးကို ဖျက်မှာလား။ ပြန်ယူလို့ မရပါ။ { wipe-confirm-word } လို့ ရိုက်ပါ:
# ဖျက်ဖို့ အတည်ပြုတဲ့အခါ ရိုက်ရမယ့် စကားလုံး (English "yes" ကိုလည်း အမြဲ လက်ခံပါတယ်)။
wipe-confirm-word = ဟုတ်ကဲ့
wipe-done = ဖျက်ပြီးပါပြီ: ဖိုင် { $files } ခုကို { $ms } ms အတွင်း ဖျက်ဆီးလိုက်ပါတယ်။

## Journal

journal-saved = မှတ်စု { $id } ကို သိမ်းပြီးပါပြီ။
journal-deleted = မှတ်စု { $id } ကို ဖျက်ပြီးပါပြီ။
journal-empty = နေ့စဉ်မှတ်တမ်းထဲမှာ ဘာမှ မရှိသေးပါ။

## Help request: what is needed (chosen by taps)

need-leave-now = အခုချက်ချင်း ဒီကနေ ထွက်ဖို့ လိုတယ်
need-medical = ဆေးကုသဖို့ အကူအညီ
need-shelter = နေဖို့ လုံခြုံတဲ့ နေရာ
need-police = ရဲ
need-legal = ဥပဒေ အကူအညီ
need-unpaid-wages = လုပ်ခ မရဘူး
need-documents-taken = ပတ်စပို့ ဒါမှမဟုတ် စာရွက်စာတမ်းတွေ အသိမ်းခံရတယ်
need-other-in-danger = တခြားလူ တစ်ယောက် အန္တရာယ်ရှိနေတယ်
need-other = တခြားကိစ္စ

## Help request: how to contact the person safely

contact-none = မဆက်သွယ်ပါနဲ့
contact-sms = စာတို (SMS)
contact-call = ဖုန်းဆက်ခြင်း
contact-whatsapp = WhatsApp
help-people = { $count ->
   *[other] လူ { $count } ယောက်
}
help-minors = အသက် ၁၈ နှစ်အောက် ကလေးတွေ အတူရှိတယ်
help-saved = အကူအညီတောင်းချက်ကို သိမ်းပြီး ပို့ဖို့ စောင့်နေပါတယ်။ နံပါတ်က { $id } ပါ။

## Reports: about whom, and who asked

about-self = ကိုယ့်အကြောင်း
about-someone-else = တခြားလူ အကြောင်း
role-outreach-worker = ကွင်းဆင်း ဝန်ထမ်း
role-case-worker = ကိစ္စတာဝန်ခံ ဝန်ထမ်း (case worker)
role-lawyer = ရှေ့နေ
role-health-worker = ကျန်းမာရေး ဝန်ထမ်း
role-shelter-staff = ခိုလှုံရာနေရာ ဝန်ထမ်း
role-volunteer = စေတနာ့ဝန်ထမ်း
role-other = အခြား

## Reports: kind of work

sector-domestic-work = အိမ်အကူ အလုပ်
sector-construction = ဆောက်လုပ်ရေး
sector-agriculture = လယ်ယာ စိုက်ပျိုးရေး အလုပ်
sector-fishing = ငါးဖမ်း အလုပ်
sector-manufacturing = စက်ရုံ အလုပ်
sector-hospitality = ဟိုတယ်နဲ့ စားသောက်ဆိုင်
sector-care-work = လူနာ၊ သက်ကြီး ပြုစုစောင့်ရှောက်ရေး အလုပ်
sector-entertainment = ဖျော်ဖြေရေး
sector-mining = သတ္တုတွင်း အလုပ်
sector-transport = ကားမောင်းနဲ့ သယ်ယူပို့ဆောင်ရေး
sector-other = တခြား အလုပ်

## Reports: questions (indicators), each answered yes, no or not sure

indicator-abuse-of-vulnerability = ခက်ခဲတဲ့ အခြေအနေ (ပိုက်ဆံမရှိ၊ စာရွက်စာတမ်းမရှိ၊ ဘာသာစကား မတတ်) ကို တစ်စုံတစ်ယောက်က အခွင့်ကောင်းယူခဲ့သလား။
    .name = ခက်ခဲမှုကို အခွင့်ကောင်းယူခြင်း
indicator-deception = အလုပ်၊ လုပ်ခ ဒါမှမဟုတ် နေရာက ကတိပေးထားတာနဲ့ ကွာခြားခဲ့သလား။
    .name = လိမ်လည်ခြင်း
indicator-restriction-of-movement = အလုပ်ခွင်ကနေ ဒါမှမဟုတ် အိပ်တဲ့နေရာကနေ ထွက်သွားဖို့ တားဆီးခံခဲ့ရသလား။
    .name = သွားလာခွင့် ကန့်သတ်ခြင်း
indicator-isolation = တခြားလူတွေနဲ့ မတွေ့ရအောင် ဒါမှမဟုတ် ကိုယ့်ဖုန်းကို မသုံးရအောင် တစ်စုံတစ်ယောက်က တားထားခဲ့သလား။
    .name = လူတွေနဲ့ ခွဲထားခြင်း
indicator-physical-sexual-violence = ရိုက်နှက်ခံရတာ၊ ထိခိုက်အောင် လုပ်ခံရတာ ဒါမှမဟုတ် ကိုယ့်ဆန္ဒမပါဘဲ လိင်ပိုင်းဆိုင်ရာ ထိကိုင်ခံရတာ ရှိခဲ့သလား။
    .name = ရိုက်နှက်ခြင်း ဒါမှမဟုတ် လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်မှု
indicator-intimidation-threats = သင့်ကို ဒါမှမဟုတ် သင့်မိသားစုကို တစ်စုံတစ်ယောက်က ခြိမ်းခြောက်ခဲ့သလား။
    .name = ခြိမ်းခြောက်ခြင်း
indicator-retention-of-documents = သင့်ပတ်စပို့ ဒါမှမဟုတ် ID ကတ်ကို တစ်စုံတစ်ယောက်က သိမ်းထားခဲ့သလား။
    .name = စာရွက်စာတမ်းကို သူများက သိမ်းထား
indicator-withholding-of-wages = သင့်လုပ်ခကို ထိန်းထားတာ ဒါမှမဟုတ် မပေးတာ ရှိခဲ့သလား။
    .name = လုပ်ခ ထိန်းထားခြင်း
indicator-debt-bondage = ပိုပိုများလာနေတဲ့ အကြွေးကို ဆပ်ဖို့ အလုပ်လုပ်နေရသလား။
    .name = အကြွေးနဲ့ ချုပ်နှောင်ခြင်း
indicator-abusive-conditions = အလုပ်ခွင် ဒါမှမဟုတ် နေတဲ့နေရာက အန္တရာယ်ရှိတာ၊ ညစ်ပတ်တာ ဒါမှမဟုတ် ဂုဏ်သိက္ခာကျစေတာ ဖြစ်ခဲ့သလား။
    .name = ဆိုးရွားတဲ့ အလုပ် ဒါမှမဟုတ် နေထိုင်မှု အခြေအနေ
indicator-excessive-overtime = နာရီ အများကြီး ဒါမှမဟုတ် နားရက် မရှိဘဲ အလုပ်လုပ်ခဲ့ရသလား။
    .name = အလုပ်ချိန် အလွန်အကျွံ
indicator-recruitment-fees = အလုပ်ရဖို့ ပိုက်ဆံ (အကျိုးဆောင်ခ) ပေးခဲ့ရသလား။
    .name = အလုပ်ရဖို့ ပေးရတဲ့ အကျိုးဆောင်ခ
indicator-always-accompanied = အပြင်ထွက်တဲ့အခါ တစ်စုံတစ်ယောက်က အမြဲ အတူ လိုက်လာသလား။
    .name = အမြဲ လူလိုက်ခံရခြင်း
indicator-no-control-of-salary = သင့်လစာ ဒါမှမဟုတ် ဘဏ်ကတ်ကို တခြားလူ တစ်ယောက်က ထိန်းချုပ်ထားသလား။
    .name = ကိုယ့်လစာကို ကိုယ် မထိန်းနိုင်ခြင်း
indicator-no-access-to-passport = သင့်ပတ်စပို့ကို သင်ကိုယ်တိုင် ယူလို့ မရတဲ့ နေရာမှာ သိမ်းထားသလား။
    .name = ပတ်စပို့ကို ယူလို့ မရခြင်း
indicator-ai-voice-clone = ဆွေမျိုး ဒါမှမဟုတ် သူငယ်ချင်း အသံနဲ့ တူတဲ့ ဖုန်းဝင်လာပေမယ့် တကယ်တော့ သူတို့ မဟုတ်ခဲ့တာ ရှိသလား။
    .name = အသံ အတု
indicator-ai-deepfake = အတုလုပ်ထားတာ ဖြစ်နိုင်တဲ့ ဓာတ်ပုံ ဒါမှမဟုတ် ဗီဒီယိုကို တစ်စုံတစ်ယောက်က ပြခဲ့သလား။
    .name = ပုံ ဒါမှမဟုတ် ဗီဒီယို အတု
indicator-ai-forged-documents = အတု ဖြစ်နိုင်တဲ့ စာရွက်စာတမ်း (စာချုပ်၊ ဗီဇာ၊ လိုင်စင်) တွေကို တစ်စုံတစ်ယောက်က ပေးခဲ့သလား။
    .name = စာရွက်စာတမ်း အတု
indicator-ai-fake-company = ကုမ္ပဏီ ဒါမှမဟုတ် အဲဒီကုမ္ပဏီရဲ့ ဝက်ဘ်ဆိုဒ်က အတု ဖြစ်နေခဲ့သလား။
    .name = ကုမ္ပဏီ ဒါမှမဟုတ် ဝက်ဘ်ဆိုဒ် အတု
answer-yes = ဟုတ်တယ်
answer-no = မဟုတ်ဘူး
answer-unsure = မသေချာဘူး

## Consent, asked in plain words

consent-hotline = ဟော့လိုင်းက လူတစ်ယောက် ဖတ်ပြီး ကူညီနိုင်ဖို့ ဒါကို ဟော့လိုင်းဆီ ပို့လို့ ရမလား။
    .name = ဟော့လိုင်း
consent-ngo = ဟော့လိုင်းက ဒါကို အလုပ်သမားတွေကို ကူညီတဲ့ အဖွဲ့အစည်း တစ်ခုနဲ့ မျှဝေလို့ ရမလား။
    .name = ကူညီရေး အဖွဲ့အစည်း
consent-police = ဟော့လိုင်းက ဒါကို ရဲကို ပေးလို့ ရမလား။
    .name = ရဲ

## Record status

status-draft = မူကြမ်း (မပို့ရသေး)
status-queued = ပို့ဖို့ စောင့်နေဆဲ
status-sent = ပို့ပြီး
status-acknowledged = ဟော့လိုင်းက လက်ခံရရှိပြီး
kind-help-request = အကူအညီတောင်းချက်
kind-report = အစီရင်ခံစာ
kind-review = အလုပ်အေးဂျင့်အပေါ် သုံးသပ်ချက်

## Assessment: explainable, never a verdict

urgency-routine = ပုံမှန်
urgency-elevated = ဂရုစိုက်ဖို့ လိုတယ်
urgency-high = အရေးပေါ်
urgency-immediate = အခု အန္တရာယ်ရှိနေတယ်
concern-violence = အကြမ်းဖက်မှု ဒါမှမဟုတ် ခြိမ်းခြောက်မှု ရှိခဲ့တယ်လို့ ပြောထားပါတယ်။
concern-confinement = ဒီလူဟာ စိတ်ကြိုက် ထွက်သွားခွင့် မရှိတာ ဖြစ်နိုင်ပါတယ်။
concern-documents = ကိုယ်ပိုင် သက်သေခံ စာရွက်စာတမ်းတွေကို တခြားလူ တစ်ယောက်က ကိုင်ထားပါတယ်။
concern-debt-and-wages = အကြွေးကြောင့် ချုပ်နှောင်ခံရတဲ့ ဒါမှမဟုတ် လုပ်ခ မရတဲ့ လက္ခဏာတွေ ရှိပါတယ်။
concern-deception = အလုပ်ခေါ်ယူတဲ့အခါ လိမ်လည်ခဲ့တဲ့ လက္ခဏာတွေ ရှိပါတယ်။
concern-ai-deception = အတုလုပ်ထားတဲ့ ဖုန်းခေါ်ဆိုမှု၊ ပုံ ဒါမှမဟုတ် စာရွက်စာတမ်းတွေ သုံးခဲ့တဲ့ လက္ခဏာတွေ ရှိပါတယ်။
concern-forced-labour = { $count ->
   *[other] အတင်းအဓမ္မ အလုပ်ခိုင်းစေမှုရဲ့ လက္ခဏာ { $count } ခုကို "ဟုတ်တယ်" လို့ ဖြေထားပါတယ်။
}
concern-minors = ကလေးတွေ ပါဝင်နေပါတယ်။
concern-urgent-need = ဒီလူက အရေးပေါ် အကူအညီ တောင်းထားပါတယ်။
concern-unsure = အဖြေ တချို့က "မသေချာဘူး" ဖြစ်နေပါတယ်: ထပ်မေးကြည့်သင့်ပါတယ်။
concern-raised-by = ဒီအကြောင်းတွေကြောင့်: { $reasons }
assessment-urgency = အကြံပြုထားတဲ့ အရေးကြီးမှု အဆင့်: { $urgency }
assessment-disclaimer = ဒါဟာ အဖြေတွေကို ကြည့်ပြီး ပေးတဲ့ အကြံပြုချက် သက်သက်ပါ။ ဟော့လိုင်းက လူတစ်ယောက်က အားလုံးကို ဖတ်ပြီး ဆုံးဖြတ်ပါမယ်။

## Record fields, as labels

field-status = အခြေအနေ
field-created = ရေးခဲ့တဲ့ အချိန်
field-needs = လိုအပ်တာတွေ
field-people = လူဦးရေ
field-minors = အသက် ၁၈ နှစ်အောက် ကလေးတွေ
field-country = နိုင်ငံ
field-area = ဒေသ
field-position = တိကျတဲ့ တည်နေရာ
field-contact = ဆက်သွယ်ရန်
field-contact-window = ဆက်သွယ်ဖို့ လုံခြုံတဲ့ အချိန်
field-language = ပြောတဲ့ ဘာသာစကား
field-note = မှတ်စု
field-about = ဘယ်သူ့အကြောင်း
field-interviewer = မှတ်တမ်းတင်သူ
field-sector = အလုပ်
field-origin = စထွက်ခဲ့တဲ့ နေရာ
field-transit = ဖြတ်သွားခဲ့တဲ့ နေရာ
field-destination = ရောက်ရမယ့် နေရာ
field-nationality = နိုင်ငံသား
field-recruiter = အလုပ်ခေါ်ပေးသူ (ပွဲစား)
field-employer = အလုပ်ရှင်
field-recruited-on = အလုပ်ခေါ်ခံရတဲ့ ရက်
field-work-started-on = အလုပ် စလုပ်တဲ့ ရက်
field-work-ended-on = အလုပ် ရပ်တဲ့ ရက်
field-narrative = ဖြစ်ခဲ့တာ
field-answers = အဖြေတွေ
field-consent = မျှဝေခွင့် ပေးထားတာ
field-consent-none = ဘယ်သူ့ကိုမှ မပေးရသေး
field-attachments = ဓာတ်ပုံနဲ့ အသံသွင်းထားတာတွေ
field-purged = ဟော့လိုင်းက လက်ခံရရှိပြီးနောက် အကြောင်းအရာကို ဖယ်ရှားလိုက်ပါပြီ။ လက်ခံရရှိကြောင်း မှတ်တမ်းကိုတော့ သိမ်းထားပါတယ်။
attachment-photo = ဓာတ်ပုံ
attachment-audio = အသံသွင်းထားတာ
value-yes = ဟုတ်တယ်
value-no = မဟုတ်ဘူး

## Errors about records

error-consent-needed = ဟော့လိုင်းဆီ ပို့ဖို့ သင် သဘောတူမှသာ ဒါကို ပို့လို့ ရပါမယ်။
error-not-a-draft = ဒါကို ပို့ပြီးသားမို့ ပြင်လို့ မရတော့ပါ။
error-needs-empty = သင် လိုအပ်တာ အနည်းဆုံး တစ်ခု ရွေးပါ။
error-contact-number-missing = ဒီနည်းနဲ့ ဆက်သွယ်ဖို့ ဖုန်းနံပါတ် တစ်ခု ပေးပါ။
error-not-a-phone-number = ဒါ ဖုန်းနံပါတ် မဟုတ်ပါ။
error-not-a-country = NP ဒါမှမဟုတ် MY လို စာလုံး နှစ်လုံးပါတဲ့ နိုင်ငံကုဒ်ကို သုံးပါ။
error-not-a-date = ဒါ ရက်စွဲ မဟုတ်ပါ။
error-people-out-of-range = လူဦးရေက ၁ နဲ့ ၉၉၉ ကြား ဖြစ်ရပါမယ်။
error-not-a-language = ဒါ ဘာသာစကား ကုဒ် မဟုတ်ပါ။
error-attachment-too-large = ဒီဖိုင် ကြီးလွန်းပါတယ်။
error-attachment-type = ဒီလို ဖိုင်မျိုးကို ထည့်လို့ မရပါ။ ဓာတ်ပုံ ဒါမှမဟုတ် အသံသွင်းထားတာကို သုံးပါ။
error-attachment-too-many = ဒီအစီရင်ခံစာထဲကို ဖိုင် ထပ်ထည့်လို့ မရတော့ပါ။
error-id-ambiguous = ဒီလို စတဲ့ မှတ်တမ်း တစ်ခုထက် ပိုရှိပါတယ်။ နံပါတ်ကို ပိုပြီး ရိုက်ထည့်ပါ။
error-not-an-id = ဒါ မှတ်တမ်း နံပါတ် မဟုတ်ပါ။
error-file-unreadable = { $file } ဖိုင်ကို ဖတ်လို့ မရပါ။
error-report-file = အစီရင်ခံစာ ဖိုင် မမှန်ကန်ပါ: { $detail }
error-bad-value = { $flag }: ဒီတန်ဖိုးကို လက်မခံပါ: { $value }

## Reports and outbox (CLI)

report-saved = အစီရင်ခံစာ { $id } ကို မူကြမ်းအဖြစ် သိမ်းပြီးပါပြီ။
report-queued = အစီရင်ခံစာ { $id } ပို့ဖို့ စောင့်နေပါတယ်။
report-deleted = { $id } ကို အပြီးအပိုင် ဖျက်ပြီးပါပြီ။
report-none = အစီရင်ခံစာ ဒါမှမဟုတ် အကူအညီတောင်းချက် မရှိပါ။
report-line = { $id }  { $kind }  { $status }  { $date }
outbox-empty = ပို့ဖို့ စောင့်နေတာ ဘာမှ မရှိပါ။
outbox-entry = { $id }: { $status }၊ { $attempts } ကြိမ် ပို့ကြည့်ပြီးပါပြီ။
outbox-last-error = နောက်ဆုံး ပြဿနာ: { $error }
outbox-no-hotline = ဟော့လိုင်းနဲ့ မချိတ်ဆက်ရသေးပါ: မှတ်တမ်းတွေကို ကုဒ်ဝှက်ပြီး ဒီဖုန်းထဲမှာ စောင့်ထားပါမယ်။
settings-purge = { $days ->
    [0] ဟော့လိုင်းက လက်ခံရရှိပြီးနောက်လည်း မှတ်တမ်းတွေကို သိမ်းထားပါတယ်။
   *[other] ဟော့လိုင်းက လက်ခံရရှိပြီး { $days } ရက်အကြာမှာ မှတ်တမ်းရဲ့ အကြောင်းအရာကို ဖျက်ပါတယ်။
}

## Demo

demo-title = Mitra နမူနာ: အလုပ်သမား တစ်ယောက်ရဲ့ ဖုန်း၊ ယာယီ ဖိုင်တွဲ တစ်ခုထဲမှာ။
demo-setup = ၁။ Sita က Mitra ကို PIN { $pin } နဲ့ ပြင်ဆင်တယ်။ တစ်စုံတစ်ယောက်က သူမကို အတင်း သော့ဖွင့်ခိုင်းတဲ့အခါ သုံးဖို့ ဒုတိယ PIN { $duress } လည်း ထားတယ်။
demo-journal = ၂။ သူမ နေ့စဉ်မှတ်တမ်းထဲမှာ ရေးတယ်: "{ $note }"
demo-on-disk = ၃။ ဖုန်းကို သော့ခတ်ထားတယ်။ disk ပေါ်က ဖိုင်တွေ: { $files }။
demo-nothing-readable = ဖိုင်တိုင်းထဲမှာ "passport" ကို ရှာကြည့်ရင် ဘာမှ မတွေ့ပါ: အားလုံးကို ကုဒ်ဝှက်ထားပါတယ်။
demo-wrong-pin = ၄။ သူမရဲ့ အလုပ်ရှင်က ဖုန်းကို ယူပြီး PIN 0000 ကို စမ်းတယ်။
demo-refused = လက်မခံပါ: အားလုံး မဖျက်ခင် { $attempts } ကြိမ် ကျန်ပါသေးတယ်။
demo-duress = ၅။ သူက သူမကို အတင်း သော့ဖွင့်ခိုင်းတယ်။ သူမ ဒုတိယ PIN { $duress } ကို ရိုက်တယ်။
demo-decoy = Mitra က ပုံမှန်အတိုင်း ပွင့်လာတယ်၊ နေ့စဉ်မှတ်တမ်းထဲမှာ ဘာမှ မရှိဘူး။ တခြားအရာ ရှိသေးတယ်ဆိုတာကို ဘာကမှ မပြဘူး။
demo-real = ၆။ နောက်ပိုင်း တစ်ယောက်တည်း ရှိတဲ့အခါ သူမ တကယ့် PIN { $pin } နဲ့ သော့ဖွင့်တယ်။
demo-note-there = သူမရဲ့ မှတ်စု ရှိနေတယ်၊ ရက်စွဲ { $date }။
demo-help-request = ၇။ သူမ နီပေါဘာသာနဲ့ အကူအညီ တောင်းတယ်: အခုချက်ချင်း ထွက်ဖို့ လိုတယ်၊ ပတ်စပို့ အသိမ်းခံရတယ်၊ ညနေပိုင်း SMS နဲ့ ဆက်သွယ်ပါ။
demo-help-queued = သိမ်းပြီး ဟော့လိုင်းကို စောင့်နေတယ်၊ ဖုန်းထဲမှာ ကုဒ်ဝှက်ထားတယ် ({ $bytes } bytes)။
demo-field-report = ၈။ ကိစ္စတာဝန်ခံ ဝန်ထမ်း တစ်ယောက်က ခိုလှုံရာနေရာမှာ Ram ကို မေးမြန်းပြီး သူ့ သဘောတူညီချက်နဲ့ အစီရင်ခံစာ မှတ်တမ်းတင်တယ်။
demo-assessment = အစီရင်ခံစာက အကြံပြုတာ: { $urgency }။
demo-offline = ၉။ ဒီအချိန်တစ်လျှောက်လုံး ဖုန်းက အော့ဖ်လိုင်း ဖြစ်နေတယ်။ ပို့ဖို့ စောင့်နေတာ: { $count }၊ ဖုန်းထဲမှာ ကုဒ်ဝှက်ထားတယ်။
demo-hotline = ၁၀။ အဖွဲ့တစ်ခုက ဟော့လိုင်း လုပ်တယ် (ဒီမှာ ဒီမိုထဲမှာပဲ၊ { $address })။ Sita က သူ့ကတ်ကို စကင်ဖတ်တယ်: လက်မှတ် မှန်တယ်၊ စောင့်နေတဲ့ အစီရင်ခံစာတွေကို သူ့အတွက်ပဲ တံဆိပ်ခတ်တယ်။
demo-reconnect = ၁၁။ လိုင်း ပြန်ရတယ်၊ ဒါပေမဲ့ အားနည်းတယ်: 2G၊ အသွားအပြန် 600 ms၊ 20 kbit/s၊ ပျမ်းမျှ 10 စက္ကန့်တိုင်း လိုင်းပြတ်တယ်။
demo-synced = { $seconds } စက္ကန့်အတွင်း ပို့ပြီး: { $bytes } ဘိုက် ပို့တယ်၊ လက်ခံဖြတ်ပိုင်း တိုင်းကို ဟော့လိုင်းက လက်မှတ်ထိုးထားပြီး စစ်ပြီးပြီ။
demo-export = ၁၂။ ဟော့လိုင်းမှာ တာဝန်ခံက သူ့ကွန်ပျူတာထဲမှာပဲ ဖွင့်ဖတ်တယ် (ဆာဗာက မဖတ်နိုင်ဘူး):
demo-wipe = ၂၃။ နောက်တစ်ခါ အန္တရာယ် ရောက်လာတယ်: Sita က အရေးပေါ် ဖျက်ခလုတ် (panic wipe) ကို နှိပ်တယ်။
demo-wiped = ဖိုင် { $files } ခုကို { $ms } ms အတွင်း ဖျက်ဆီးပြီးပြီ၊ သော့တွေကို အရင်ဆုံး ဖျက်တယ်။
demo-gone = သူမရဲ့ တကယ့် PIN က အခု ဘာကိုမှ မဖွင့်နိုင်တော့ဘူး: ဖွင့်စရာ ဘာမှ မကျန်တော့လို့ပါ။
demo-done = နမူနာ ပြီးပါပြီ: အပေါ်က အဆင့်တိုင်းကို စစ်ဆေးပြီးပါပြီ။
demo-broken = နမူနာက ကတိ မတည်တာ တစ်ခုကို တွေ့တယ်: { $what }

## Pairing and delivery

error-card-invalid = ဒီဟော့လိုင်းကတ် မမှန်ပါဘူး။ ပြင်ထားတာ ဒါမှမဟုတ် အတုလုပ်ထားတာ ဖြစ်နိုင်ပါတယ်။ မသုံးပါနဲ့။
error-card-other-hotline = အခုဟော့လိုင်းအတွက် အစီရင်ခံစာတွေ ပို့ဖို့ ကျန်နေသေးတယ်။ အရင်ပို့ပြီးမှ တခြားဟော့လိုင်းနဲ့ ချိတ်ပါ။
error-card-older = ဒီကတ်က ချိတ်ထားပြီးသား ကတ်ထက် ပိုဟောင်းပါတယ်။
error-not-paired = ဟော့လိုင်းနဲ့ မချိတ်ရသေးပါဘူး။ အရင်ဆုံး ဟော့လိုင်းကတ်ကို ထည့်ပါ (mitra pair)။
error-insecure-endpoint = ဒီဟော့လိုင်းလိပ်စာက လုံခြုံမှုမရှိပါ (https မဟုတ်)။ ဘာမှ မပို့ရသေးပါ။
error-budget-range = ဒီဒေတာကန့်သတ်ချက်က အရမ်းများပါတယ်။
paired = { $name } နဲ့ ချိတ်ပြီးပါပြီ။ ဒီဖုန်းထဲမှာ စောင့်နေတဲ့ အစီရင်ခံစာတွေကို သူ့အတွက် တံဆိပ်ခတ်ပြီးပါပြီ။
sync-summary = ပို့ပြီး { $sent }၊ ဟော့လိုင်းက ရပြီး { $acknowledged }၊ စောင့်နေဆဲ { $pending }၊ မအောင်မြင် { $failed }။
sync-budget = ဒီနေ့အတွက် ဒေတာကန့်သတ်ချက် ကုန်သွားပါပြီ။ ကျန်တာတွေကို မနက်ဖြန် ဒါမှမဟုတ် Wi-Fi ရရင် ပို့ပါမယ်။
sync-failed-hint = အစီရင်ခံစာ တချို့ကို ဟော့လိုင်းက လက်မခံပါဘူး။ သင်မဖျက်မချင်း ဒီဖုန်းထဲမှာ ရှိနေပါမယ်။
outbox-sealed = ဟော့လိုင်းအတွက် တံဆိပ်ခတ်ပြီး
outbox-failed = ဟော့လိုင်းက လက်မခံ
