# Harbour — اردو (Urdu). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = مواد پر جائیں
loading = لوڈ ہو رہا ہے…

## Navigation

nav-get-help-now = ابھی مدد حاصل کریں

## Home

home-title = Harbour میں خوش آمدید
home-intro = Harbour آپ کی صحت یابی اور بحران کے منصوبے کو اس آلے پر محفوظ رکھتا ہے، اور اسے صرف ان لوگوں کے ساتھ شیئر کرتا ہے جنہیں آپ چنتے ہیں۔
home-help-heading = کیا آپ کو ابھی کسی سے بات کرنی ہے؟
home-help-body = ہیلپ لائنز دن رات دستیاب ہیں۔ آپ یہاں سے انہیں کال کر سکتے ہیں یا پیغام بھیج سکتے ہیں۔
home-privacy-heading = آپ کا منصوبہ صرف آپ کا ہے
home-privacy-body = آپ جو کچھ لکھتے ہیں وہ اس آلے سے باہر نہیں جاتا، جب تک آپ خود اسے شیئر نہ کریں۔ Harbour میں نہ کوئی اکاؤنٹ ہے اور نہ کوئی ٹریکنگ۔

## Get help now

help-title = ابھی مدد حاصل کریں
help-intro = آپ کو اس سے اکیلے نہیں گزرنا۔ یہ ہیلپ لائنز آپ کی بات سننے کے لیے موجود ہیں۔
help-country-label = ملک
help-call = کال کریں
help-text = پیغام بھیجیں
help-hours = اوقات: { $hours }
help-last-checked = آخری بار چیک کیا گیا: { $date }
help-source = ماخذ
help-none = ہمارے پاس ابھی اس ملک کے لیے ہیلپ لائنز نہیں ہیں۔ کوئی اور ملک چنیں، یا مقامی خدمات تلاش کریں۔
help-caution = نمبر اور اوقات بدل سکتے ہیں۔ ہر ایک کے ساتھ لکھا ہے کہ یہ کہاں سے آیا اور آخری بار کب چیک کیا گیا۔

## Errors (one per error code from the Rust core)

error-invalid_input = یہ درست نہیں لگا۔ براہ کرم دیکھیں اور دوبارہ کوشش کریں۔
error-data_invalid = Harbour کی کچھ اندرونی معلومات پڑھی نہیں جا سکیں۔ براہ کرم Harbour ٹیم کو بتائیں۔
error-internal = کچھ غلط ہو گیا۔ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = قریب مدد تلاش کریں
home-find-heading = جانے کی کوئی جگہ
home-find-body = کسی قصبے کے قریب کرائسس کیفے، محفوظ پناہ گاہیں اور ہم مرتبہ سپورٹ گروپ تلاش کریں۔ یہ انٹرنیٹ کے بغیر کام کرتا ہے۔
find-title = قریب مدد تلاش کریں
find-intro = کسی قصبے یا شہر کا نام لکھیں۔ Harbour اس آلے پر اپنی فہرست میں تلاش کرتا ہے؛ کچھ بھی کہیں نہیں بھیجا جاتا۔
find-place-label = قصبہ یا شہر
find-place-hint = مثال کے طور پر: Bradford، Leeds، Cardiff
find-search = تلاش کریں
find-open-now = صرف وہ جگہیں جو ابھی کھلی ہیں
find-kind-label = جگہ کی قسم
find-kind-all = تمام اقسام
find-kind-crisis_cafe = کرائسس کیفے
find-kind-safe_haven = محفوظ پناہ گاہ
find-kind-crisis_house = کرائسس ہاؤس
find-kind-peer_group = ہم مرتبہ سپورٹ گروپ
find-kind-drop_in = بغیر وقت لیے آنے کی جگہ
find-kind-helpline = ہیلپ لائن
find-near = { $place } کے قریب
find-matching = “{ $query }” سے ملتی جگہیں
find-none = یہاں کچھ نہیں ملا۔ قریب کا کوئی بڑا شہر آزمائیں، یا “ابھی مدد حاصل کریں” پر دی گئی کسی ہیلپ لائن کو کال کریں۔
find-none-open = اس وقت یہاں قریب کچھ بھی کھلا نہیں ہے۔ ہیلپ لائنز دن رات کھلی رہتی ہیں۔
find-status-open-all-day = 24 گھنٹے کھلا ہے
find-status-open-until = { $time } تک کھلا ہے
find-status-open-until-day = { $day ->
    [monday] پیر
    [tuesday] منگل
    [wednesday] بدھ
    [thursday] جمعرات
    [friday] جمعہ
    [saturday] ہفتہ
   *[sunday] اتوار
  } { $time } تک کھلا ہے
find-status-opens-at = { $day ->
    [today] آج { $time } بجے کھلے گا
    [tomorrow] کل { $time } بجے کھلے گا
    [monday] پیر کو { $time } بجے کھلے گا
    [tuesday] منگل کو { $time } بجے کھلے گا
    [wednesday] بدھ کو { $time } بجے کھلے گا
    [thursday] جمعرات کو { $time } بجے کھلے گا
    [friday] جمعہ کو { $time } بجے کھلے گا
    [saturday] ہفتے کو { $time } بجے کھلے گا
   *[sunday] اتوار کو { $time } بجے کھلے گا
  }
find-status-closed = اس ہفتے بند ہے
find-status-unknown = کھلنے کے اوقات معلوم نہیں: جانے سے پہلے کال کریں یا معلوم کریں
find-distance = { $km } کلومیٹر دور
find-distance-approx = تقریباً { $km } کلومیٹر دور (قصبے کا مرکز)
find-distance-unknown = فاصلہ معلوم نہیں
find-referral-self_referral = سیدھے آ جائیں: ریفرل کی ضرورت نہیں
find-referral-phone_first = جانے سے پہلے کال کریں یا وقت لیں
find-referral-referral_needed = کسی ماہر کے ریفرل کی ضرورت ہے
find-age = عمریں: { $ages }
find-call = کال کریں
find-directions = راستہ
find-website = ویب سائٹ
find-hours-source = اوقات، جیسے ماخذ میں دیے گئے ہیں: { $text }
find-last-checked = آخری بار چیک کیا گیا: { $date }
find-stale = { $months ->
    [one] شاید پرانا ہو: آخری بار { $months } مہینہ پہلے چیک کیا گیا
   *[other] شاید پرانا ہو: آخری بار { $months } مہینے پہلے چیک کیا گیا
}
find-stale-source = شاید پرانا ہو: ماخذ پرانا ہے یا ایک تجرباتی منصوبہ تھا
find-source = ماخذ
find-report = کسی مسئلے کی اطلاع دیں
find-caution = جگہیں اپنے اوقات بدلتی ہیں اور کبھی بند بھی ہو جاتی ہیں۔ ہو سکے تو پہلے کال کر لیں۔ ایمرجنسی میں 999 پر کال کریں۔
help-nearby-heading = { $place } کے قریب ابھی کھلا ہے
help-nearby-none = اس وقت { $place } کے قریب کچھ بھی کھلا نہیں ہے۔
help-find-more = قریب مدد تلاش کریں

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = فوری باہر نکلیں
nav-quick-exit-hint = Harbour کو فوراً چھپا دیتا ہے اور آپ کا منصوبہ لاک کر دیتا ہے۔ شارٹ کٹ: Escape دو بار دبائیں۔
nav-settings = سیٹنگز
nav-my-plan = میرا منصوبہ
nav-lock = لاک کریں
unlock-title = اپنا منصوبہ کھولیں
unlock-lead = اپنا منصوبہ کھولنے کے لیے اپنا پاس فریز لکھیں۔
unlock-passphrase-label = پاس فریز
unlock-button = کھولیں
unlock-working = کھل رہا ہے…
unlock-use-recovery = پاس فریز یاد نہیں؟ ریکوری کی استعمال کریں
unlock-use-passphrase = اس کے بجائے پاس فریز استعمال کریں
unlock-recovery-label = ریکوری کی
unlock-recovery-hint = وہ کی جو آپ نے Harbour سیٹ اپ کرتے وقت پرنٹ یا محفوظ کی تھی۔ خالی جگہوں اور ڈیش سے فرق نہیں پڑتا۔
unlock-locked-idle = آپ کا منصوبہ نجی رکھنے کے لیے Harbour خود لاک ہو گیا۔
neutral-title = نوٹس
neutral-note-label = نوٹ
neutral-done = ہو گیا

## Language and Easy Read

language-label = زبان
easy-read-label = آسان مطالعہ: چھوٹے جملے اور آسان الفاظ
language-needs-review = یہ ترجمہ نیا ہے۔ ابھی کسی اہلِ زبان نے اسے چیک نہیں کیا۔
easy-read-toggle = آسان مطالعہ
read-aloud = بلند آواز سے پڑھیں
read-aloud-stop = پڑھنا بند کریں

## Home (unlocked), sections and the crisis plan

home-plan-title = میرا منصوبہ
home-plan-intro = تھوڑا تھوڑا کر کے لکھیں۔ لکھتے ہوئے سب کچھ محفوظ ہوتا جاتا ہے۔
home-crisis-heading = میرا بحران کا منصوبہ
home-crisis-status = حالت: { $status }
home-crisis-open = میرا بحران کا منصوبہ کھولیں
home-crisis-edit = میرے بحران کے منصوبے میں ترمیم کریں
home-sections-heading = میرے منصوبے کے حصے
home-filled = { $total } میں سے { $filled } بھرے گئے
home-last-reviewed = آخری نظرِ ثانی: { $date }
home-never-reviewed = ابھی نظرِ ثانی نہیں ہوئی
home-views-heading = پڑھیں اور پرنٹ کریں
home-view-full = میرا پورا منصوبہ
home-view-safety = ایک صفحے کا حفاظتی منصوبہ
home-view-crisis = بحران کا منظر
home-view-card = بٹوے کے سائز کا بحران کارڈ
crisis-status-inactive = غیر فعال
crisis-status-active = فعال
crisis-status-stood_down = ختم کر دیا گیا
crisis-status-since = { $by } نے { $date } کو تبدیل کیا
section-toolbox-title = تندرستی کا ٹول باکس
section-toolbox-intro = وہ چیزیں جو آپ کو ٹھیک رکھتی ہیں، اور وہ جن سے آپ بچنا چاہتے ہیں۔ چھوٹی چیزیں بھی اہم ہیں۔
section-daily-title = روزانہ کا منصوبہ
section-daily-intro = آپ کے لیے اچھا دن کیسا ہوتا ہے، اور اسے ویسا رکھنے میں کیا مدد کرتا ہے۔
section-triggers-title = ٹرگرز
section-triggers-intro = وہ چیزیں جو آپ کو پیچھے دھکیل سکتی ہیں، اور جب وہ ہوں تو آپ کیا کر سکتے ہیں۔ اپنی رفتار سے چلیں۔
section-early_warning-title = ابتدائی خطرے کی علامات
section-early_warning-intro = چھوٹی تبدیلیاں جو بتاتی ہیں کہ حالات بگڑنا شروع ہو سکتے ہیں، اور تب کیا مدد کرتا ہے۔
section-breaking_down-title = جب حالات بکھر رہے ہوں
section-breaking_down-intro = علامات کہ حالات بہت خراب ہو رہے ہیں، اور فوری اقدامات جو مدد کرتے ہیں، جیسے مدد مانگنا۔
section-crisis-title = بحران کا منصوبہ
section-crisis-intro = یہ حصہ آپ کا ساتھ دینے والوں کے لیے لکھا گیا ہے، تاکہ اگر آپ خود نہ کہہ سکیں تو انہیں معلوم ہو کہ آپ کیا چاہتے ہیں۔
section-after_crisis-title = بحران کے بعد
section-after_crisis-intro = آپ کو کیسے پتا چلے گا کہ بحران ختم ہو گیا ہے، اور دوبارہ سنبھلنے میں کیا مدد کرتا ہے۔
section-reasons-title = آگے بڑھتے رہنے کی وجوہات
section-reasons-intro = یہ حصہ صرف آپ کے لیے ہے، اور اختیاری ہے۔ وہ لوگ، چیزیں اور لمحے جو آپ کے لیے اہم ہیں۔
crisis-part-well = ٹھیک ہونے پر میری حالت
crisis-part-take_over = علامات کہ دوسروں کو ذمہ داری سنبھال لینی چاہیے
crisis-part-people = وہ لوگ جنہیں میں شامل کرنا چاہوں، اور جنہیں نہیں
crisis-part-medication = دوائیں
crisis-part-treatments = علاج
crisis-part-home = گھر، کمیونٹی یا وقفے کی دیکھ بھال
crisis-part-places = علاج کی جگہیں
crisis-part-help = دوسروں سے مدد
crisis-part-surroundings = اپنے ماحول کو زیادہ محفوظ بنانا
crisis-part-money = پیسوں کے معاملات
crisis-part-ending = جب اس منصوبے کی مزید ضرورت نہ رہے
crisis-parts-heading = میرے بحران کے منصوبے کے حصے
crisis-back = میرے بحران کے منصوبے کے تمام حصے

## First run

welcome-title = Harbour میں خوش آمدید
welcome-lead = Harbour ایک پرسکون، نجی جگہ ہے جہاں آپ لکھ سکتے ہیں کہ کیا چیز آپ کو ٹھیک رکھتی ہے، اور اگر حالات مشکل ہو جائیں تو آپ کیا چاہتے ہیں۔
welcome-does-heading = Harbour کیا کرتا ہے
welcome-does-1 = آپ کا منصوبہ اس آلے پر رکھتا ہے، ایک ایسے پاس فریز سے لاک جو صرف آپ جانتے ہیں۔
welcome-does-2 = اسے لکھنے میں مدد کرتا ہے، ایک ایک حصہ کر کے، آپ کی اپنی رفتار سے۔
welcome-does-3 = آپ کو بحران کارڈ یا ایک صفحے کا حفاظتی منصوبہ پرنٹ کرنے دیتا ہے۔
welcome-doesnt-heading = Harbour کیا نہیں کرتا
welcome-doesnt-1 = اس میں نہ کوئی اکاؤنٹ ہے نہ ٹریکنگ۔ آپ جو لکھتے ہیں وہ اس آلے سے باہر نہیں جاتا، جب تک آپ خود شیئر نہ کریں۔
welcome-doesnt-2 = یہ آپ کی طرف سے کسی کو کال نہیں کرتا، اور یہ ایمرجنسی سروس نہیں ہے۔
welcome-doesnt-3 = یہ آپ کے پاس فریز یا ریکوری کی کے بغیر آپ کا منصوبہ نہیں کھول سکتا۔ کوئی بھی نہیں کھول سکتا، ہم بھی نہیں۔
welcome-start = شروع کریں
welcome-restore = میرے پاس بیک اپ فائل ہے
welcome-step = مرحلہ { $step } از { $total }
welcome-next = آگے
welcome-back = پیچھے
passphrase-title = پاس فریز چنیں
passphrase-lead = آپ کا پاس فریز آپ کے منصوبے کو لاک کرتا ہے۔ روزمرہ کے چند الفاظ جنہیں صرف آپ ہی ساتھ جوڑیں، اچھے رہتے ہیں، جیسے “کیتلی دریا پیلا موزہ”۔
passphrase-label = پاس فریز
passphrase-confirm-label = اسے دوبارہ لکھیں
passphrase-show = پاس فریز دکھائیں
passphrase-strength = مضبوطی: { $level }
passphrase-strength-0 = بہت چھوٹا
passphrase-strength-1 = کمزور
passphrase-strength-2 = ٹھیک ٹھاک
passphrase-strength-3 = اچھا
passphrase-strength-4 = مضبوط
passphrase-tip-length = کم از کم 10 حروف استعمال کریں۔ جتنا لمبا، اتنا مضبوط۔
passphrase-tip-words = ایک اور لفظ شامل کر کے دیکھیں۔
passphrase-tip-common = یہ بہت عام ہے اور آسانی سے اندازہ لگایا جا سکتا ہے۔
passphrase-tip-good = یہ اچھا لگ رہا ہے۔
passphrase-mismatch = دونوں پاس فریز ابھی ایک جیسے نہیں ہیں۔
passphrase-create = اس پاس فریز سے میرا منصوبہ لاک کریں
passphrase-creating = آپ کا منصوبہ تیار ہو رہا ہے۔ اس میں ایک لمحہ لگتا ہے…
recovery-title = آپ کی ریکوری کی
recovery-lead = اگر آپ کبھی اپنا پاس فریز بھول جائیں تو یہ کی آپ کے منصوبے تک پہنچنے کا واحد دوسرا راستہ ہے۔ ہم اسے صرف اسی ایک بار دکھائیں گے۔
recovery-key-label = ریکوری کی
recovery-print = اسے پرنٹ کریں
recovery-save = اسے فائل میں محفوظ کریں
recovery-saved-to = { $path } میں { $name } کے نام سے محفوظ کی گئی
recovery-confirm = میری ریکوری کی کسی محفوظ جگہ پر رکھ دی گئی ہے
recovery-confirm-first = پہلے کی پرنٹ یا محفوظ کریں، پھر خانے پر نشان لگائیں۔
recovery-continue = میرے منصوبے پر جائیں
recovery-keep-safe = اسے اس آلے سے دور، کسی نجی جگہ رکھیں: اہم کاغذات کے ساتھ، یا کسی ایسے شخص کے پاس جس پر آپ بھروسہ کرتے ہیں۔
