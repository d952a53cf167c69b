## စာချုပ် သိမ်းထားချက်၊ နောက်စာချုပ်နဲ့ နှိုင်းယှဉ်ခြင်း၊ လုပ်ခ စစ်ဆေးခြင်း။ (Contract snapshots, comparison with a later contract, and the wage check: core/src/contracts.)
## Burmese (my), Myanmar script in Unicode (never Zawgyi). One plural form: the number is shown as is.
## Amounts arrive already formatted for the locale, with their currency code ("QAR 1,400").

# A wage or deduction with what it is paid per. $period: month, week, day, hour, once.
contract-pay = { $period ->
    [month] တစ်လ { $amount }
    [week] တစ်ပတ် { $amount }
    [day] တစ်ရက် { $amount }
    [hour] တစ်နာရီ { $amount }
   *[once] တစ်ကြိမ်တည်း { $amount }
}
# Who keeps the passport.
contract-holder = { $holder ->
    [worker] အလုပ်သမား ကိုယ်တိုင်
    [employer] အလုပ်ရှင်
   *[agent] အေးဂျင့်
}
# The name of one term of a contract.
contract-term = { $term ->
    [employer] အလုပ်ရှင်
    [job_title] အလုပ်
    [workplace] အလုပ်လုပ်ရမယ့် နေရာ
    [wage] လုပ်ခ
    [hours_per_day] တစ်ရက် အလုပ်ချိန်
    [days_off_per_week] တစ်ပတ် နားရက်
    [overtime_rate] အချိန်ပို လုပ်ခ
    [duration_months] စာချုပ် သက်တမ်း
    [fees] သင်ပေးရမယ့် အခကြေးငွေ
    [deductions] လုပ်ခထဲက ဖြတ်တောက်ငွေ
    [accommodation] နေရာထိုင်ခင်း
    [passport_held_by] ပတ်စပို့ကို ဘယ်သူ သိမ်းထားမလဲ
   *[language] စာချုပ်ရဲ့ ဘာသာစကား
}
# How much a difference matters.
contract-severity = { $severity ->
    [high] ပြင်းထန်
    [medium] အရေးကြီး
    [low] မှတ်ထားရန်
   *[better] သင့်အတွက် ပိုကောင်း
}

## Differences between the snapshot ($before) and the contract shown now ($after).
contract-change-wage-lower = သင့်လုပ်ခ နည်းသွားပါတယ်: { $before } အစား { $after }။ တစ်လကို { $by } လျော့ရပါမယ် ({ $percent } %)။
contract-change-wage-higher = သင့်လုပ်ခ များလာပါတယ်: { $before } အစား { $after } (တစ်လကို { $by } ပိုရ)။
contract-change-wage-not-comparable = သင့်လုပ်ခက အခု တခြား ငွေကြေးနဲ့ ဖြစ်နေပါတယ်: { $before } အစား { $after }။ ငွေလဲနှုန်းကို စုံစမ်းပြီး ထပ်နှိုင်းယှဉ်ပါ။
contract-change-hours-longer = အလုပ်ချိန် ပိုရှည်တယ်: တစ်ရက် { $before } နာရီ အစား { $after } နာရီ။
contract-change-hours-shorter = အလုပ်ချိန် ပိုတိုတယ်: တစ်ရက် { $before } နာရီ အစား { $after } နာရီ။
contract-change-days-off-fewer = နားရက် ပိုနည်းတယ်: တစ်ပတ် { $before } ရက် အစား { $after } ရက်။
contract-change-days-off-more = နားရက် ပိုများတယ်: တစ်ပတ် { $before } ရက် အစား { $after } ရက်။
contract-change-overtime-lower = အချိန်ပို လုပ်ခ ပိုနည်းတယ်: ပုံမှန် လုပ်ခနှုန်းရဲ့ { $before } ဆ အစား { $after } ဆ။
contract-change-overtime-higher = အချိန်ပို လုပ်ခ ပိုများတယ်: ပုံမှန် လုပ်ခနှုန်းရဲ့ { $before } ဆ အစား { $after } ဆ။
contract-change-employer-changed = တခြား အလုပ်ရှင်: “{ $before }” အစား “{ $after }”။
contract-change-job-changed = တခြား အလုပ်: “{ $before }” အစား “{ $after }”။
contract-change-workplace-changed = တခြား အလုပ်နေရာ: “{ $before }” အစား “{ $after }”။
contract-change-fee-added = သင်ပေးရမယ့် အခကြေးငွေ အသစ်: { $after }။
contract-change-fee-higher = သင်ပေးရမယ့် အခကြေးငွေ ပိုများတယ်: { $before } အစား { $after }။
contract-change-fee-lower = အခကြေးငွေ ပိုနည်းတယ်: { $before } အစား { $after }။
contract-change-deduction-added = သင့်လုပ်ခထဲက ဖြတ်တောက်ငွေ အသစ်၊ { $what } အတွက်: { $after }။
contract-change-deduction-higher = { $what } အတွက် လုပ်ခထဲက ဖြတ်တောက်ငွေ ပိုများတယ်: { $before } အစား { $after }။
contract-change-deduction-lower = { $what } အတွက် လုပ်ခထဲက ဖြတ်တောက်ငွေ ပိုနည်းတယ်: { $before } အစား { $after }။
contract-change-passport-taken = ဒီစာချုပ်အရ သင့်ပတ်စပို့ကို { $after } က သိမ်းထားမှာပါ။ အလုပ်သမားရဲ့ ပတ်စပို့ကို သိမ်းထားတာဟာ နိုင်ငံအများစုမှာ ဥပဒေနဲ့ မညီပါဘူး။
contract-change-passport-returned = အခု သင့်ပတ်စပို့ကို သင်ကိုယ်တိုင် သိမ်းထားနိုင်ပါပြီ (အရင်က: { $before })။
contract-change-passport-holder-changed = သင့်ပတ်စပို့ကို { $before } အစား { $after } က သိမ်းထားမှာပါ။
contract-change-duration-longer = စာချုပ် ပိုရှည်တယ်: { $before } လ အစား { $after } လ။
contract-change-duration-shorter = စာချုပ် ပိုတိုတယ်: { $before } လ အစား { $after } လ။
contract-change-accommodation-changed = နေရာထိုင်ခင်း မတူတော့ဘူး: “{ $before }” အစား “{ $after }”။
contract-change-language-changed = တခြား ဘာသာစကားနဲ့ ရေးထားတယ်: { $before } အစား { $after }။
contract-change-term-dropped = အခု မရေးထားတော့ဘူး: { $term } (သင့်ရဲ့ ပထမ စာချုပ်မှာ ရေးထားတာ: { $before })။
contract-change-term-added = အခု ရေးထားပေမယ့် သင့်ရဲ့ ပထမ စာချုပ်မှာ မပါခဲ့တာ: { $term }: { $after }။

contract-compare-title = သင် { $date } မှာ သိမ်းခဲ့တဲ့ စာချုပ်နဲ့ နှိုင်းယှဉ်ကြည့်တာ:
contract-compare-same = Mitra နှိုင်းယှဉ်တဲ့ အချက်တွေမှာ ကွာခြားချက် မတွေ့ပါ။ ဒါပေမဲ့ လက်မှတ်မထိုးခင် စာချုပ်တစ်ခုလုံးကို ဖတ်ပါ။
contract-compare-count = ကွာခြားချက် { $count } ခု တွေ့ပါတယ်၊ အဲဒီထဲက ပြင်းထန်တာ { $serious } ခု။
contract-compare-advice = ကိုယ့်နိုင်ငံမှာ လက်မှတ်ထိုးခဲ့တဲ့ စာချုပ်ထက် ဆိုးတဲ့ စာချုပ်ကို လက်မှတ်ထိုးစရာ မလိုပါဘူး။ ပထမ စာချုပ်ရဲ့ သက်သေကို သိမ်းထားပြီး လက်မှတ်မထိုးခင် ဟော့လိုင်းနဲ့ စကားပြောပါ။

## The wage check: the pay the snapshot promises against the pay received.
contract-wages-expected = စာချုပ်အရ တစ်လကို ရရမယ့် ငွေ: { $amount } (လုပ်ခထဲက စာချုပ်မှာ ရေးထားတဲ့ ဖြတ်တောက်ငွေတွေကို နုတ်ပြီး)။
contract-wages-month-short = { $month }: ရခဲ့တာ { $received }၊ ကတိပေးထားတာ { $expected }။ { $short } လိုနေပါတယ်။
contract-wages-month-ok = { $month }: ရခဲ့တာ { $received }၊ ကတိအတိုင်းပါ။
contract-wages-month-other-currency = { $month }: ရခဲ့တာ { $received }၊ လုပ်ခနဲ့ မတူတဲ့ ငွေကြေးနဲ့ ရခဲ့တာပါ။ နှိုင်းယှဉ်ဖို့ ငွေလဲနှုန်းကို ထည့်ပါ။
contract-wages-total = အခုထိ သင့်ကို ပေးရန် ကျန်နေတဲ့ ငွေ: { $short }။
contract-wages-none = ရခဲ့တဲ့ လုပ်ခကို မမှတ်ရသေးပါ။ လတိုင်း ရခဲ့တာကို ထည့်ပါ။

## Snapshots.
contract-saved = စာချုပ်ကို သိမ်းပြီးပါပြီ: { $id }၊ { $pages ->
    [0] စာမျက်နှာ ဓာတ်ပုံ မပါ
   *[other] စာမျက်နှာ ဓာတ်ပုံ { $pages } ပုံ ပါ
}။
contract-fingerprint = ဒစ်ဂျစ်တယ် လက်ဗွေ (fingerprint): { $digest }
contract-timestamp-waiting = ဟော့လိုင်းက အချိန်ကို လက်မှတ်ထိုးပေးဖို့ စောင့်နေပါတယ်: နောက်တစ်ကြိမ် စင့်ခ် (sync) လုပ်တဲ့အခါ ဖြစ်ပါမယ်။
contract-timestamped = ဒီစာချုပ် { $time } မှာ ရှိခဲ့တယ်ဆိုတာကို ဟော့လိုင်းက လက်မှတ်ထိုးပေးပြီးပါပြီ။ နောက်ပိုင်း ဘယ်သူမဆို အင်တာနက် မလိုဘဲ စစ်ကြည့်နိုင်ပါတယ်။
contract-list-empty = သိမ်းထားတဲ့ စာချုပ် မရှိသေးပါ။
contract-list-item = { $id } · { $date } မှာ သိမ်း · { $employer } · စာမျက်နှာ { $pages } မျက်နှာ · { $timestamp ->
    [yes] အချိန်ကို လက်မှတ်ထိုးပြီး
   *[no] အချိန်ကို လက်မှတ် မထိုးရသေး
}
contract-employer-not-stated = အလုပ်ရှင် မဖော်ပြထား
contract-deleted = စာချုပ်နဲ့ သူ့ဓာတ်ပုံတွေကို ဖျက်ပြီးပါပြီ။
contract-proof-written = သက်သေကို { $dir } ထဲမှာ ရေးပြီးပါပြီ: { $files }။
contract-timestamps-synced = စာချုပ် { $count } ခုအတွက် ဟော့လိုင်းက အချိန်ကို လက်မှတ်ထိုးပေးပြီးပါပြီ။

## The README.txt of a proof folder. The commands (sha256sum, minisign) are added by the code on
## their own lines, never translated.
## The README is written with Latin digits (the code formats it so), hence "1." and "2." here.
contract-proof-readme-title = စာချုပ်ရဲ့ သက်သေ၊ Mitra နဲ့ လုပ်ထားတာ
contract-proof-readme-what = ဒီဖိုင်တွဲက စာချုပ် { $id } ကို { $date } မှာ ဖုန်းတစ်လုံးထဲ သိမ်းခဲ့တုန်းက အဲဒီစာချုပ်မှာ ဘာရေးထားလဲဆိုတာ ပြပါတယ်။ SHA256SUMS ထဲမှာ စာချုပ်ရဲ့ ဖိုင်တိုင်းအတွက် SHA-256 လက်ဗွေ (fingerprint) ပါပါတယ်: စာချုပ်အချက်တွေ (terms.json) နဲ့ စာမျက်နှာတွေရဲ့ ဓာတ်ပုံတွေ။
contract-proof-readme-check-files = 1. ဖိုင်တွေ မပြောင်းလဲဘူးဆိုတာ စစ်ပါ (ဖိုင်တိုင်းအတွက် OK လို့ ပြပါမယ်):
contract-proof-readme-check-time = 2. ဟော့လိုင်းက SHA256SUMS ကို လက်မှတ်ထိုးထားလား၊ ဘယ်အချိန်မှာလဲ စစ်ပါ (အချိန်က "Trusted comment" ဆိုတဲ့ လိုင်းပေါ်မှာ ရှိပါတယ်၊ ဒီအင်္ဂလိပ်စကားရဲ့ အဓိပ္ပာယ်က "ယုံကြည်ရတဲ့ မှတ်ချက်" ပါ):
contract-proof-readme-key = hotline.pub က ဖုန်းသိထားတဲ့ ဟော့လိုင်းရဲ့ အများသုံး သော့ (public key) ပါ (သော့ id { $key })။ ဟော့လိုင်းက ထုတ်ပြန်ထားတဲ့ သော့နဲ့ နှိုင်းယှဉ်ပါ။
contract-proof-readme-no-timestamp = ဟော့လိုင်းက ဒီစာချုပ်ရဲ့ အချိန်ကို လက်မှတ် မထိုးရသေးလို့ အဆင့် 1 ကိုပဲ လုပ်လို့ ရပါတယ်။
contract-proof-readme-withheld = ဒီလူက ဒီဖိုင်တွေကို မထည့်ဖို့ ရွေးခဲ့ပါတယ်: { $files }။ သူတို့ရဲ့ လက်ဗွေတွေက SHA256SUMS ထဲမှာ ရှိနေဆဲမို့ ထည့်ထားတာတွေကို စစ်လို့ ရပါတယ်။
contract-proof-readme-tools = ကိရိယာတွေ: sha256sum (GNU coreutils ရဲ့ အစိတ်အပိုင်း၊ macOS မှာ: shasum -a 256) နဲ့ minisign (https://jedisct1.github.io/minisign/)။

## Errors.
contract-terms-invalid = { $code ->
    [not-json] စာချုပ်အချက်တွေက မှန်ကန်တဲ့ JSON မဟုတ်ပါ။
    [too-large] စာချုပ်အချက်တွေ ဖိုင် ကြီးလွန်းပါတယ်။
    [unknown-key] စာချုပ်အချက်တွေထဲက “{ $key }” ဆိုတဲ့ အမည်ကို Mitra မသိပါ။ စာလုံးပေါင်း မှန်မမှန် စစ်ပါ။
    [wrong-type] စာချုပ်အချက်တွေထဲက “{ $key }” ရဲ့ တန်ဖိုး အမျိုးအစား မှားနေပါတယ်။
    [missing] စာချုပ်အချက်တွေထဲမှာ “{ $key }” မပါပါ။
    [empty] စာချုပ်အချက်တွေထဲက “{ $key }” ဗလာ ဖြစ်နေပါတယ်။
    [too-long] စာချုပ်အချက်တွေထဲက “{ $key }” ရှည်လွန်းပါတယ်။
    [not-a-currency] “{ $key }” က NPR ဒါမှမဟုတ် QAR လို စာလုံး သုံးလုံးပါတဲ့ ငွေကြေးကုဒ် ဖြစ်ရပါမယ်။
    [not-allowed] စာချုပ်အချက်တွေထဲက “{ $key }” မှာ Mitra မသိတဲ့ တန်ဖိုး ရှိနေပါတယ်။
    [too-many-decimals] “{ $key }” မှာ ဒသမ နောက်က ဂဏန်း များလွန်းပါတယ်။
    [too-many-items] “{ $key }” မှာ အရာ များလွန်းပါတယ်။
   *[other] စာချုပ်အချက်တွေထဲက “{ $key }” က ခွင့်ပြုထားတဲ့ အတိုင်းအတာ ပြင်ပမှာ ရှိနေပါတယ်။
}
error-page-not-an-image = ဒီဖိုင်ကို စာမျက်နှာအဖြစ် သုံးလို့ မရပါ: ဓာတ်ပုံ (JPEG, PNG, WebP, HEIC) ဒါမှမဟုတ် PDF ကို သုံးပါ။
error-page-too-large = ဒီစာမျက်နှာ ဓာတ်ပုံ ကြီးလွန်းပါတယ်။
error-page-too-many = ဒီစာချုပ်ထဲကို စာမျက်နှာ ထပ်ထည့်လို့ မရတော့ပါ။
error-rate-invalid = ဒီငွေလဲနှုန်းကို သုံးလို့ မရပါ။
error-wage-not-stated = သိမ်းထားတဲ့ စာချုပ်မှာ လုပ်ခ မရေးထားလို့ ရခဲ့တဲ့ ငွေနဲ့ နှိုင်းယှဉ်စရာ မရှိပါ။
error-not-a-month = ဒါ လ မဟုတ်ပါ။ 2026-10 လို ရေးပါ။
error-proof-folder-not-empty = သက်သေအတွက် ဖိုင်တွဲက အသစ် ဒါမှမဟုတ် ဗလာ ဖြစ်ရပါမယ်။

## The demo's contract story (cli demo).
demo-contract-snapshot = ၁၉။ Gita က လိုင်စင်ရှိတဲ့ အေးဂျင့်ကနေ အလုပ်ကမ်းလှမ်းချက်ကို လက်ခံတယ်။ မထွက်ခွာခင် သူမ စာချုပ်ကို Mitra ထဲမှာ သိမ်းတယ်: စာချုပ်အချက်တွေနဲ့ စာမျက်နှာ { $pages } မျက်နှာရဲ့ ဓာတ်ပုံတွေ။
demo-contract-timestamped = နောက်တစ်ကြိမ် စင့်ခ် (sync) လုပ်တော့ ဟော့လိုင်းက အချိန်ကို လက်မှတ်ထိုးပေးတယ် ({ $time })။ ဖုန်းထဲက ထွက်သွားတာ လက်ဗွေ တစ်ခုတည်းပါ။
demo-contract-substituted = ၂၀။ ဒိုဟာမှာ အလုပ်ရှင်က သူမကို လက်မှတ်ထိုးဖို့ တခြား စာချုပ်တစ်ခု ပေးတယ်။ သူမ အဲဒါကို သိမ်းထားတဲ့ စာချုပ်နဲ့ နှိုင်းယှဉ်တယ်:
demo-contract-wages = ၂၁။ သုံးလ ကြာတော့ သူမ ရခဲ့တဲ့ လုပ်ခကို မှတ်တယ်:
demo-contract-proof = ၂၂။ အလုပ်သမား စစ်ဆေးရေးမှူး တစ်ယောက်အတွက် သူမ သက်သေ ဖိုင်တွဲ တစ်ခု လုပ်တယ်။ sha256sum နဲ့ minisign နဲ့ စစ်နိုင်တယ်၊ ဓာတ်ပုံထဲမှာ ဘိုက် တစ်လုံး ပြောင်းရုံနဲ့ စစ်ဆေးမှု မအောင်မြင်တော့ဘူး။
