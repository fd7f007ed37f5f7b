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
find-place-label = قصبہ، شہر یا پوسٹ کوڈ
find-place-hint = مثال کے طور پر: Bradford، Leeds، Cardiff یا BD1 1AA
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
find-distance-in-town = { $town } میں (قصبے کا مرکز)
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
nav-menu = مینو
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

# Exported and printed pages (plan export)
export-crisis-status = بحران کا منصوبہ: { $status }
export-not-dated = ابھی تاریخ درج نہیں
export-footer = Harbour کے ساتھ بنایا گیا۔ یہ صفحہ نجی ہے: اسے کسی محفوظ جگہ رکھیں۔
export-emergency = ہنگامی صورت میں 999 (برطانیہ) یا اپنا مقامی ہنگامی نمبر ملائیں۔
export-date = تاریخ
export-page = صفحہ { $page } از { $pages }
advance-title = میری پیشگی انتخاب کی دستاویز
advance-law = پیشگی انتخاب کی دستاویز، جیسا کہ مینٹل ہیلتھ ایکٹ 2025 (انگلینڈ اور ویلز) میں بیان کیا گیا ہے۔
advance-declaration = یہ میری پیشگی انتخاب کی دستاویز ہے۔ میں نے اسے اس وقت بنایا جب میں ٹھیک تھا اور اپنی نگہداشت کے بارے میں فیصلے کر سکتا تھا۔ اس میں لکھا ہے کہ اگر میں بیمار ہو جاؤں اور خود نہ بتا سکوں تو میں کیا چاہتا ہوں اور کیا نہیں چاہتا۔ براہ کرم اسے پڑھیں اور جہاں تک ہو سکے اس پر عمل کریں۔
advance-part-values = میری اقدار اور میرے لیے کیا اہم ہے
advance-part-medication = دوائیں: جو مجھے پسند ہیں، جو قبول ہیں، جن سے میں انکار کرتا ہوں
advance-part-treatments = علاج: جو مجھے پسند ہے، جو قبول ہے، جس سے میں انکار کرتا ہوں
advance-part-people = کسے شامل کیا جائے، اور کسے نہیں
advance-part-home = گھر پر یا کمیونٹی میں نگہداشت
advance-part-practical = عملی معاملات: کون کس چیز کا خیال رکھے گا
advance-part-places = نگہداشت کی جگہیں
advance-part-shared = کاپی کس کے پاس ہے
advance-made-on = بنانے کی تاریخ: { $date }
advance-reviewed-on = آخری جائزہ: { $date }
advance-person-name = میرا نام
advance-signed-person = میرے دستخط
advance-witness-statement = میں نے اس دستاویز کے بنانے والے کو اس پر دستخط کرتے دیکھا۔
advance-witness-name = گواہ کا نام
advance-signed-witness = گواہ کے دستخط
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
crisis-part-advance_choice = میری پیشگی انتخاب کی دستاویز
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
recovery-lead = اگر آپ کبھی اپنا پاس فریز بھول جائیں تو یہ کی آپ کے منصوبے تک پہنچنے کا واحد دوسرا راستہ ہے۔ آپ بعد میں سیٹنگز میں اپنا پاس فریز لکھ کر اسے دوبارہ دیکھ سکتے ہیں۔
recovery-key-label = ریکوری کی
recovery-print = اسے پرنٹ کریں
recovery-save = اسے فائل میں محفوظ کریں
recovery-saved-to = { $path } میں { $name } کے نام سے محفوظ کی گئی
recovery-confirm = میری ریکوری کی کسی محفوظ جگہ پر رکھ دی گئی ہے
recovery-confirm-first = پہلے کی پرنٹ یا محفوظ کریں، پھر خانے پر نشان لگائیں۔
recovery-continue = میرے منصوبے پر جائیں
recovery-keep-safe = اسے اس آلے سے دور، کسی نجی جگہ رکھیں: اہم کاغذات کے ساتھ، یا کسی ایسے شخص کے پاس جس پر آپ بھروسہ کرتے ہیں۔

## First run: language

welcome-language-title = زبان اور پڑھنے کا انداز
welcome-language-lead = چنیں کہ Harbour آپ سے کس طرح بات کرے۔ آپ اسے بعد میں سیٹنگز میں بدل سکتے ہیں۔
welcome-language-label = زبان
welcome-easy-read-label = آسان مطالعہ: چھوٹے جملے اور آسان الفاظ

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = وہ چیزیں جو مجھے ٹھیک رکھتی ہیں
field-toolbox-helps-hint = کوئی بھی چیز جو آپ کا دل خوش کرے، آپ کو پرسکون کرے یا آپ کو سنبھالے رکھے۔
field-toolbox-helps-example = مثال کے طور پر: دریا کے کنارے سیر، اپنی بہن کو فون کرنا، ہیڈ فون لگا کر موسیقی سننا، گرم پانی سے نہانا۔
field-toolbox-avoid = وہ چیزیں جن سے میں بچنا چاہوں
field-toolbox-avoid-hint = وہ چیزیں جو عموماً آپ کا دل بوجھل کر دیتی ہیں۔
field-toolbox-avoid-example = مثال کے طور پر: بہت زیادہ کافی، رات دیر تک فون پر اسکرول کرنا، کھانا چھوڑ دینا۔
field-daily-when_well = ٹھیک ہونے پر میری حالت
field-daily-when_well-hint = اچھے دن پر اپنے بارے میں، اپنے الفاظ میں، بتائیں۔
field-daily-when_well-example = مثال کے طور پر: میں خوب باتیں کرتا ہوں، کھانا پکانا مجھے اچھا لگتا ہے، میں تقریباً آٹھ گھنٹے سوتا ہوں، چھوٹی چھوٹی باتوں پر ہنستا ہوں۔
field-daily-every_day = مجھے ہر روز کیا کرنا ہے
field-daily-every_day-hint = روزانہ کی چھوٹی چیزیں جو آپ کو ٹھیک رکھتی ہیں۔
field-daily-every_day-example = مثال کے طور پر: ناشتہ کرنا، اپنی گولیاں لینا، دس منٹ باہر جانا۔
field-daily-might_need = وہ کام جو شاید مجھے کرنے پڑیں
field-daily-might_need-hint = وہ چیزیں جو کبھی کبھار مدد کرتی ہیں، ہر روز نہیں۔
field-daily-might_need-example = مثال کے طور پر: کپڑے دھونا، کسی دوست سے ملنا، کوئی بل ادا کرنا۔
field-triggers-triggers = کیا چیز مجھے پیچھے دھکیل سکتی ہے
field-triggers-triggers-hint = ایسے واقعات یا حالات جو آپ کو پریشان کر سکتے ہیں یا آپ کا توازن بگاڑ سکتے ہیں۔
field-triggers-triggers-example = مثال کے طور پر: جھگڑے، کسی واقعے کی برسی، پیسوں کی فکر، شور والی بھیڑ بھری جگہیں۔
field-triggers-must_do = جب ایسا ہو تو مجھے یہ کرنا ہے
field-triggers-must_do-hint = وہ کام جو آپ ہر بار کریں گے جب کوئی ٹرگر سامنے آئے۔
field-triggers-must_do-example = مثال کے طور پر: کسی بھروسے والے شخص کو بتانا، سانس کی مشق کرنا، کسی پرسکون جگہ جانا۔
field-triggers-might_do = شاید میں یہ بھی کروں
field-triggers-might_do-hint = اگر آپ میں ہمت ہو تو یہ چیزیں آزمانے کے قابل ہیں۔
field-triggers-might_do-example = مثال کے طور پر: اسے لکھ لینا، دوڑنے جانا، کوئی پسندیدہ فلم دیکھنا۔
field-early_warning-signs = چھوٹی تبدیلیاں جو مجھے محسوس ہوتی ہیں
field-early_warning-signs-hint = تبدیلیاں جو آپ، یا آپ کے قریبی لوگ، شروع میں ہی محسوس کر سکتے ہیں۔
field-early_warning-signs-example = مثال کے طور پر: ٹھیک سے نیند نہ آنا، پیغامات کا جواب نہ دینا، بے چینی محسوس کرنا۔
field-early_warning-must_do = جب یہ تبدیلیاں محسوس ہوں تو مجھے یہ کرنا ہے
field-early_warning-must_do-hint = وہ اقدامات جو آپ کو دوبارہ سنبھلنے میں مدد دیتے ہیں۔
field-early_warning-must_do-example = مثال کے طور پر: روز ایک ہی وقت پر سونا، اپنے جیون ساتھی کو بتانا، ہر روز اپنا ٹول باکس استعمال کرنا۔
field-early_warning-might_do = شاید میں یہ بھی کروں
field-early_warning-might_do-hint = کچھ اور چیزیں جو کبھی کبھی مدد کرتی ہیں۔
field-early_warning-might_do-example = مثال کے طور پر: کام سے ایک دن کی چھٹی لینا، اپنے فیملی ڈاکٹر (GP) سے ملنا۔
field-breaking_down-signs = علامات کہ حالات بہت خراب ہو رہے ہیں
field-breaking_down-signs-hint = وہ علامات جو آپ کو، یا دوسروں کو، بتاتی ہیں کہ اب آپ کو زیادہ مدد کی ضرورت ہے۔
field-breaking_down-signs-example = مثال کے طور پر: کھانا نہ کھانا، کئی دن تک نہ سونا، ناامیدی محسوس کرنا۔
field-breaking_down-must_do = فوری کام جو مجھے کرنے ہیں
field-breaking_down-must_do-hint = لکھیں کہ آپ کس سے مدد مانگیں گے، اور کیسے۔
field-breaking_down-must_do-example = مثال کے طور پر: اپنے کیئر کوآرڈینیٹر کو فون کرنا، اپنے دوست کے پاس رہنا، کسی ہیلپ لائن پر کال کرنا۔
field-breaking_down-might_do = شاید میں یہ بھی کروں
field-breaking_down-might_do-hint = دوسری چیزیں جو اس وقت مدد کر سکتی ہیں۔
field-breaking_down-might_do-example = مثال کے طور پر: کسی دوست سے رات کو رکنے کو کہنا، اپنی گاڑی کی چابیاں کسی کو دے دینا۔
field-crisis-when_well = ٹھیک ہونے پر میری حالت
field-crisis-when_well-hint = تاکہ دوسرے فرق پہچان سکیں۔ اسے ایسے شخص کے لیے لکھیں جو شاید آپ کو اچھی طرح نہ جانتا ہو۔
field-crisis-when_well-example = مثال کے طور پر: میں خاموش طبع لیکن ملنسار ہوں، مجھے معمول پسند ہے، میں ہر روز اپنے کتے کا خیال رکھتا ہوں۔
field-crisis-take_over_signs = علامات کہ دوسروں کو ذمہ داری سنبھال لینی چاہیے
field-crisis-take_over_signs-hint = دوسرے کیا دیکھیں گے جس کا مطلب ہو کہ آپ کو ضرورت ہے کہ وہ آپ کی طرف سے قدم اٹھائیں۔
field-crisis-take_over_signs-example = مثال کے طور پر: میں کھانا چھوڑ دیتا ہوں، لوگوں کو نہیں پہچانتا، یہاں نہ رہنے کی باتیں کرتا ہوں۔
field-crisis-supporters = وہ لوگ جن کی مدد مجھے چاہیے
field-crisis-supporters-hint = وہ کون ہیں، ان سے کیسے رابطہ کریں، اور آپ ان میں سے ہر ایک سے کیا چاہتے ہیں۔
field-crisis-supporters-example = مثال کے طور پر: سام، میری بہن، 07700 900123، میرے پاس رہتی ہے اور میرے ڈاکٹر کو فون کرتی ہے۔
field-crisis-not_involved = وہ لوگ جنہیں شامل نہ کیا جائے
field-crisis-not_involved-hint = اگر آپ چاہیں تو وجہ بتا سکتے ہیں۔
field-crisis-not_involved-example = مثال کے طور پر: سابقہ جیون ساتھی۔
field-crisis-disagreements = اگر میرا ساتھ دینے والوں میں اختلاف ہو
field-crisis-disagreements-hint = آپ کا ساتھ دینے والوں کے درمیان اختلاف کیسے طے ہو، آپ کیا چاہتے ہیں۔
field-crisis-disagreements-example = مثال کے طور پر: آخری فیصلہ میری بہن کا ہو گا۔
field-crisis-medication_current = میری موجودہ دوائیں
field-crisis-medication_current-hint = نام، مقدار، اور یہ کس لیے ہے، اگر آپ کو معلوم ہو۔
field-crisis-medication_current-example = مثال کے طور پر: سرٹرالین 50 ملی گرام ہر صبح۔
field-crisis-medication_preferred = دوائیں جو مجھے پسند ہیں
field-crisis-medication_preferred-hint = اور کیوں: پہلے کس چیز سے مدد ملی۔
field-crisis-medication_preferred-example = مثال کے طور پر: ڈائزیپام، کیونکہ یہ مجھے بے ہوش کیے بغیر پرسکون کر دیتی ہے۔
field-crisis-medication_acceptable = دوائیں جو مجھے قبول ہیں
field-crisis-medication_acceptable-hint = اگر آپ کی پسند ممکن نہ ہو۔
field-crisis-medication_acceptable-example = مثال کے طور پر: تھوڑے دنوں کے لیے نیند کی گولیاں۔
field-crisis-medication_unacceptable = دوائیں جو مجھے نہیں چاہییں
field-crisis-medication_unacceptable-hint = اور کیوں، تاکہ لوگ سمجھ سکیں۔
field-crisis-medication_unacceptable-example = مثال کے طور پر: اولانزاپین، کیونکہ پچھلی بار اس سے وزن بڑھ گیا تھا۔
field-crisis-allergies = الرجی
field-crisis-allergies-hint = دواؤں، کھانے یا کسی اور چیز سے۔
field-crisis-allergies-example = مثال کے طور پر: پینسلین۔
field-crisis-treatments_current = میرا موجودہ علاج یا تھراپی
field-crisis-treatments_current-hint = کوئی بھی چیز جو اس وقت آپ کی دیکھ بھال کا حصہ ہے۔
field-crisis-treatments_current-example = مثال کے طور پر: ہر ہفتے بات چیت کی تھراپی۔
field-crisis-treatments_preferred = علاج جو مجھے پسند ہیں
field-crisis-treatments_preferred-hint = اور کیوں: پہلے کس چیز سے مدد ملی۔
field-crisis-treatments_preferred-example = مثال کے طور پر: گھر پر علاج کرنے والی ٹیم کے دورے، کیونکہ گھر پر رہنے سے مجھے مدد ملتی ہے۔
field-crisis-treatments_acceptable = علاج جو مجھے قبول ہیں
field-crisis-treatments_acceptable-hint = اگر آپ کی پسند ممکن نہ ہو۔
field-crisis-treatments_acceptable-example = مثال کے طور پر: کسی بحران ہاؤس میں مختصر قیام۔
field-crisis-treatments_unacceptable = علاج جو مجھے نہیں چاہییں
field-crisis-treatments_unacceptable-hint = اور کیوں، تاکہ لوگ سمجھ سکیں۔
field-crisis-treatments_unacceptable-example = مثال کے طور پر: زبردستی قابو میں رکھنا، اس کی وجہ سے جو پہلے ہوا تھا۔
field-crisis-home_care = گھر پر، کمیونٹی میں یا وقفے کی دیکھ بھال میں رہنے کا منصوبہ
field-crisis-home_care-hint = کس چیز سے آپ صحیح مدد کے ساتھ گھر پر یا قریب رہ کر بحران سے گزر سکیں گے۔
field-crisis-home_care-example = مثال کے طور پر: دوست باری باری میرے پاس رہتے ہیں، اور بحران ٹیم روز آتی ہے۔
field-crisis-places_preferred = علاج کے لیے جگہیں جو مجھے پسند ہیں
field-crisis-places_preferred-hint = اسپتال، بحران ہاؤس یا دوسری جگہیں جو آپ کے لیے اچھی رہی ہیں۔
field-crisis-places_preferred-example = مثال کے طور پر: شہر کا بحران ہاؤس۔
field-crisis-places_unacceptable = وہ جگہیں جہاں مجھے نہیں جانا
field-crisis-places_unacceptable-hint = آپ وجہ بتا سکتے ہیں۔
field-crisis-places_unacceptable-example = مثال کے طور پر: گھر سے دور کسی اسپتال کا وارڈ۔
field-crisis-help_wanted = بحران میں مجھے کیا چیز مدد دیتی ہے
field-crisis-help_wanted-hint = دوسرے کیا کر یا کہہ سکتے ہیں جس سے مدد ملے۔
field-crisis-help_wanted-example = مثال کے طور پر: آہستہ بولنا، میرے پاس بیٹھنا، مجھے پانی پینا یاد دلانا۔
field-crisis-help_unwanted = کیا چیز مدد نہیں کرتی
field-crisis-help_unwanted-hint = دوسروں کو کن چیزوں سے بچنا چاہیے، چاہے ان کی نیت اچھی ہو۔
field-crisis-help_unwanted-example = مثال کے طور پر: بہت سارے سوال، میرے گرد بھیڑ لگانا، مجھے خوش ہو جانے کو کہنا۔
field-crisis-if_danger = اگر میں اپنے لیے یا دوسروں کے لیے خطرہ بن جاؤں
field-crisis-if_danger-hint = آپ کیا چاہتے ہیں کہ لوگ کیا کریں۔
field-crisis-if_danger-example = مثال کے طور پر: میری گاڑی کی چابیاں لے لینا، بحران لائن پر کال کرنا، میرے پاس رہنا۔
field-crisis-responsibilities = کون کس چیز کا خیال رکھے گا
field-crisis-responsibilities-hint = بچے، پالتو جانور، بل، آپ کا گھر: ہر ایک کا خیال کون رکھے گا۔
field-crisis-responsibilities-example = مثال کے طور پر: بلی کو کھانا دینا: میری پڑوسن، جو۔
field-crisis-safer_surroundings = اپنے ماحول کو زیادہ محفوظ بنانا
field-crisis-safer_surroundings-hint = جب تک حالات مشکل ہیں، کون سی چیزیں پہنچ سے دور رکھنی یا ہٹانی ہیں۔
field-crisis-safer_surroundings-example = مثال کے طور پر: اپنی فالتو گولیاں فارمیسی کو دے دینا۔
field-crisis-money = پیسوں کے معاملات
field-crisis-money-hint = بل، کارڈ اور خرچ، اور کون مدد کر سکتا ہے۔
field-crisis-money-example = مثال کے طور پر: میرے بینک کے پاس میرا کارڈ روکنے کا نوٹ ہے؛ میرا بھائی کرایہ دیتا ہے۔
field-crisis-no_longer_needed_signs = علامات کہ اب اس منصوبے کی ضرورت نہیں رہی
field-crisis-no_longer_needed_signs-hint = لوگوں کو کیسے پتا چلے گا کہ آپ دوبارہ خود سب سنبھال سکتے ہیں۔
field-crisis-no_longer_needed_signs-example = مثال کے طور پر: میں پوری رات سوتا ہوں، اپنے لیے کھانا پکاتا ہوں۔
field-crisis-values_statement = میرے لیے کیا اہم ہے
field-crisis-values_statement-hint = آپ کی اقدار، آپ کے عقائد اور جو آپ کے لیے سب سے اہم ہے، تاکہ دوسرے ویسے ہی فیصلے کریں جیسے آپ کرتے۔
field-crisis-values_statement-example = مثال کے طور پر: اپنے بچوں کے قریب رہنا، میرا ایمان، اپنی نوکری برقرار رکھنا۔
field-crisis-professionals_shared = وہ ماہرین اور ادارے جن کے ساتھ میں نے یہ شیئر کیا
field-crisis-professionals_shared-hint = آپ کے پیشگی انتخاب کی کاپی کس کے پاس ہے: آپ کا جی پی، آپ کی نگہداشت کی ٹیم، یا کوئی اور۔
field-crisis-professionals_shared-example = مثال کے طور پر: ڈاکٹر ریس، میرے جی پی؛ کمیونٹی مینٹل ہیلتھ ٹیم۔
field-after_crisis-out_of_crisis_signs = مجھے کیسے پتا چلے گا کہ بحران گزر گیا ہے
field-after_crisis-out_of_crisis_signs-hint = علامات کہ سب سے برا وقت گزر چکا ہے۔
field-after_crisis-out_of_crisis_signs-example = مثال کے طور پر: میرا دل دوبارہ دوستوں سے ملنے کو چاہتا ہے۔
field-after_crisis-helpers = بعد میں میری مدد کون کرتا ہے
field-after_crisis-helpers-hint = وہ لوگ جو آپ کو دوبارہ سنبھلنے میں مدد دیتے ہیں۔
field-after_crisis-helpers-example = مثال کے طور پر: میرا پیئر سپورٹ ورکر، میرا پڑوسی۔
field-after_crisis-first_steps = سب سے پہلے مجھے کیا کرنا ہے
field-after_crisis-first_steps-hint = روزمرہ زندگی کی طرف واپسی کے لیے نرم پہلے قدم۔
field-after_crisis-first_steps-example = مثال کے طور پر: روز ایک چھوٹی سی سیر، جز وقتی طور پر کام پر واپسی۔
field-after_crisis-learning = اس سے مجھے کیا سبق ملتا ہے
field-after_crisis-learning-hint = کوئی بھی چیز جو آپ اگلی بار کے لیے یاد رکھنا یا بدلنا چاہیں۔
field-after_crisis-learning-example = مثال کے طور پر: مجھے جلدی مدد مانگنی چاہیے۔
field-reasons-reasons = آگے بڑھتے رہنے کی میری وجوہات
field-reasons-reasons-hint = لوگ، پالتو جانور، منصوبے، جگہیں، کوئی بھی چیز جو آپ کے لیے اہم ہو۔
field-reasons-reasons-example = مثال کے طور پر: میری بھانجی، سمندر کو دوبارہ دیکھنا، میری بلی پکل۔
field-reasons-good_moments = اچھے لمحے
field-reasons-good_moments-hint = یادیں جنہیں آپ اپنے قریب رکھنا چاہتے ہیں۔
field-reasons-good_moments-example = مثال کے طور پر: وہ دن جب ہم نے ساحل پر سورج نکلتے دیکھا۔

## The values inside a list item

item-key-text = کیا
item-key-why = کیوں
item-key-name = نام
item-key-role = وہ میرے کیا لگتے ہیں
item-key-contact = ان سے رابطہ کیسے کریں
item-key-tasks = وہ کیا کریں
item-key-task = کیا کرنا ہے
item-key-who = کون کرے گا

## Editing

editor-back-home = میرے منصوبے پر واپس
editor-add = شامل کریں
editor-add-label = “{ $field }” میں شامل کریں
editor-add-another = ایک اور شامل کریں
editor-move-up = اوپر لے جائیں
editor-move-down = نیچے لے جائیں
editor-remove = ہٹائیں
editor-item-label = آئٹم { $n }
editor-removed = ہٹا دیا گیا۔
editor-undo = واپس لیں
editor-empty-list = یہاں ابھی کچھ نہیں ہے۔
editor-mark-reviewed = میں نے آج یہ حصہ دیکھ لیا ہے
editor-reviewed-today = آج نظرِ ثانی ہو گئی۔ شکریہ۔
editor-next-section = اگلا: { $section }
save-saving = محفوظ ہو رہا ہے…
save-saved = محفوظ ہو گیا
save-error = ابھی محفوظ نہیں ہوا۔ Harbour دوبارہ کوشش کرے گا۔

## Views and printing

views-title = پڑھیں اور پرنٹ کریں
views-full = میرا پورا منصوبہ
views-safety = حفاظتی منصوبہ
views-crisis = بحران کا منظر
views-card = بحران کارڈ
views-print = پرنٹ کریں
views-save-pdf = PDF فائل کے طور پر محفوظ کریں
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = { $path } میں { $name } کے نام سے محفوظ ہو گئی۔ یہ کاپی آپ کے پاس فریز سے لاک نہیں ہے: اسے کسی نجی جگہ رکھیں۔
views-print-a4 = A4 کاغذ
views-print-phone = فون کے سائز کے صفحے
views-print-layout = صفحے کا سائز
views-valid-as-of = { $date } تک درست
views-reviewed = آخری نظرِ ثانی: { $date }
views-empty = یہاں ابھی کچھ نہیں لکھا گیا۔
views-empty-hint = “میرا منصوبہ” میں لکھنا شروع کریں، اور وہ یہاں نظر آئے گا۔
views-card-title = میرا بحران کارڈ
views-card-intro = اسے کاٹ کر اپنے بٹوے یا پرس میں رکھیں۔
views-card-contacts = براہِ کرم رابطہ کریں
views-card-helps = مجھے کیا چیز مدد دیتی ہے
views-card-allergies = الرجی
views-card-more = میرا پورا بحران کا منصوبہ میرے فون پر Harbour میں ہے۔
views-card-medication = دوائیں جو میں لیتا ہوں
views-card-avoid = جو مدد نہیں کرتا
views-card-not-involved = براہ کرم انہیں شامل نہ کریں
safety-part-safety_warning_signs = میری خطرے کی علامات
safety-part-safety_coping = سنبھلنے کے طریقے
safety-part-safety_actions = وہ کام جو مجھے کرنے ہیں
safety-part-safety_people = وہ لوگ جن سے میں مدد مانگ سکوں
safety-part-safety_surroundings = اپنے ماحول کو زیادہ محفوظ بنانا
safety-part-safety_reasons = آگے بڑھتے رہنے کی میری وجوہات
crisis-activate = میرا بحران کا منصوبہ شروع کریں
crisis-stand-down = میرا بحران کا منصوبہ ختم کریں
crisis-activate-note = اس سے آپ کا بحران کا منصوبہ فعال ہو جاتا ہے، تاکہ آپ اور وہ لوگ جن کے ساتھ آپ اسے شیئر کرتے ہیں دیکھ سکیں کہ یہ استعمال میں ہے۔ یہ کسی کو کال نہیں کرتا اور کچھ نہیں بھیجتا۔
crisis-me = میں

## Settings

settings-title = سیٹنگز
settings-display = Harbour کیسا دکھائی دے
settings-text-size = تحریر کا سائز
settings-text-size-value = { $percent }%
settings-high-contrast = زیادہ کنٹراسٹ
settings-reduced-motion = حرکت کم کریں
settings-language = زبان اور آسان مطالعہ
settings-privacy = رازداری
settings-auto-lock = جب میں Harbour استعمال کرنا چھوڑ دوں تو اتنی دیر بعد لاک کریں
settings-auto-lock-minutes = { $minutes ->
    [one] 1 منٹ
   *[other] { $minutes } منٹ
  }
settings-notifications = اطلاعات
settings-notifications-intro = Harbour یہ صرف اس ڈیوائس پر دکھاتا ہے، اور صرف وہی جو آپ آن کریں۔ ان میں کبھی وہ نہیں دکھایا جاتا جو کسی منصوبے میں لکھا ہو۔
settings-notify-signals = جب کوئی جو اپنا منصوبہ میرے ساتھ شیئر کرتا ہے اپنا بحرانی منصوبہ شروع کرے یا مدد مانگے تو مجھے بتائیں
settings-review-reminder = مجھے اپنا منصوبہ دیکھنے کی یاد دلائیں
settings-review-reminder-never = کبھی نہیں
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = ہر { $days } دن بعد
settings-notify-refused = اس ڈیوائس نے Harbour کو اطلاعات دکھانے کی اجازت نہیں دی۔ آپ ڈیوائس کی سیٹنگز میں اجازت دے کر اسے دوبارہ آن کر سکتے ہیں۔
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = { $person } نے اپنا بحرانی منصوبہ شروع کیا ہے
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = { $person } نے مدد مانگی ہے
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = { $person } نے آپ کو ایک اشارہ بھیجا ہے
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = { $person } کا بحرانی منصوبہ پڑھنے کے لیے Harbour کھولیں: اس میں لکھا ہے کہ وہ آپ سے کیا چاہتے ہیں۔ اگر کوئی ابھی خطرے میں ہے تو 999 پر کال کریں۔
notify-review-title = اپنا منصوبہ دیکھنے کا وقت
notify-review-body = آپ کے منصوبے کے کچھ حصے کافی عرصے سے نہیں دیکھے گئے۔ جب آپ تیار محسوس کریں تو Harbour کھولیں۔
settings-saved = سیٹنگز محفوظ ہو گئیں۔
settings-passphrase = میرا پاس فریز بدلیں
settings-passphrase-current = موجودہ پاس فریز
settings-passphrase-new = نیا پاس فریز
settings-passphrase-confirm = نیا پاس فریز دوبارہ لکھیں
settings-passphrase-change = پاس فریز بدلیں
settings-passphrase-changed = آپ کا پاس فریز بدل دیا گیا ہے۔ آپ کی ریکوری کی اب بھی کام کرتی ہے۔
settings-recovery-key = میری ریکوری کی
settings-recovery-key-intro = اگر آپ اپنا پاس فریز بھول جائیں تو آپ کی ریکوری کی آپ کا منصوبہ کھولتی ہے۔ اپنی کی دوبارہ دیکھنے کے لیے، یا نئی کی بنانے کے لیے، اپنا پاس فریز لکھیں۔
settings-recovery-key-passphrase = آپ کا پاس فریز
settings-recovery-key-show = میری ریکوری کی دکھائیں
settings-recovery-key-new = نئی ریکوری کی بنائیں
settings-recovery-key-working = آپ کا پاس فریز چیک ہو رہا ہے…
settings-recovery-key-hide = میری ریکوری کی چھپائیں
settings-recovery-key-none = یہ منصوبہ اس وقت سے پہلے بنا تھا جب Harbour نے آپ کی ریکوری کی رکھنا شروع کیا، اس لیے اسے دوبارہ نہیں دکھایا جا سکتا۔ آپ اس کی جگہ نئی کی بنا سکتے ہیں۔
settings-recovery-key-new-explain = نئی کی آپ کی موجودہ کی کی جگہ لے لے گی۔ پرانی کی سے یہ منصوبہ اب نہیں کھلے گا؛ آپ کا پاس فریز وہی رہے گا۔ پہلے بنائے گئے بیک اپ اب بھی پرانی کی سے کھلتے ہیں، اس لیے اس کے بعد ایک نیا بیک اپ بھی بنا لیں۔
settings-recovery-key-new-confirm = ہاں، نئی کی بنائیں
settings-recovery-key-new-cancel = میری موجودہ کی رہنے دیں
settings-recovery-key-made = یہ آپ کی نئی ریکوری کی ہے۔ پرانی کی سے اب یہ منصوبہ نہیں کھلتا۔ پہلے بنائے گئے بیک اپ اب بھی پرانی کی سے کھلتے ہیں، اس لیے ایک نیا بیک اپ بھی بنا لیں۔
settings-backup = بیک اپ اور بحالی
settings-backup-intro = بیک اپ ایک لاک شدہ فائل ہے جس میں آپ کا پورا منصوبہ ہوتا ہے۔ اس کی ایک کاپی اس آلے سے ہٹ کر کسی محفوظ جگہ رکھیں۔
settings-backup-passphrase = بیک اپ کا پاس فریز
settings-backup-passphrase-hint = بحال کرنے کے لیے آپ کو یہ پاس فریز (یا اپنی ریکوری کی) درکار ہو گا۔ بحالی کے بعد یہی آپ کا پاس فریز بن جاتا ہے۔
settings-backup-create = بیک اپ بنائیں
settings-backup-created = بیک اپ { $path } میں { $name } کے نام سے محفوظ ہو گیا
settings-restore = بیک اپ سے بحال کریں
settings-restore-intro = اس سے اس آلے پر موجود منصوبے کی جگہ بیک اپ والا منصوبہ آ جاتا ہے۔ موجودہ منصوبہ لاک حالت میں Harbour کے فولڈر میں رکھا رہتا ہے۔
settings-restore-file = بیک اپ فائل
settings-restore-passphrase = بیک اپ کا پاس فریز
settings-restore-button = بحال کریں
settings-restored = آپ کا منصوبہ بحال ہو گیا ہے۔
settings-about = Harbour کے بارے میں
settings-about-version = Harbour کا ورژن { $version }
settings-about-body = Harbour مفت سافٹ ویئر ہے، MIT یا Apache 2.0 لائسنس کے تحت۔ اس میں نہ اکاؤنٹ ہیں، نہ اینالیٹکس، نہ کریش رپورٹنگ۔
settings-about-data = ہیلپ لائن اور سروس کی معلومات ہر اندراج کے ساتھ دکھائے گئے ذرائع سے آتی ہیں، آخری بار چیک کرنے کی تاریخ کے ساتھ۔
settings-about-symbols = آسان مطالعہ کی تصویریں: Mulberry Symbols، از Steve Lee، لائسنس CC BY-SA 4.0۔
settings-about-fonts = تحریر آپ کے آلے پر موجود فونٹس میں دکھائی جاتی ہے۔

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = اس پاس فریز سے یہ منصوبہ نہیں کھلتا۔ بڑے حروف اور خالی جگہیں چیک کریں، اور دوبارہ کوشش کریں۔
error-wrong_recovery_key = اس ریکوری کی سے یہ منصوبہ نہیں کھلتا۔ اسے اپنی پرنٹ شدہ یا محفوظ کاپی سے ملا کر دیکھیں۔
error-invalid_recovery_key = یہ Harbour کی ریکوری کی نہیں لگتی۔ حروف اور نمبروں کا ہر گروپ چیک کریں۔
error-passphrase_required = براہِ کرم اپنا پاس فریز لکھیں۔
error-vault_corrupt = اس آلے پر آپ کے منصوبے کی فائل خراب ہو گئی ہے۔ آپ اسے بیک اپ سے بحال کر سکتے ہیں۔
error-kdf_params_out_of_range = آپ کے منصوبے کی فائل میں ایسی سیٹنگز ہیں جو Harbour استعمال نہیں کرتا، اس لیے اسے نہیں کھولا گیا۔ اسے بیک اپ سے بحال کریں۔
error-backup_corrupt = یہ بیک اپ فائل خراب ہے یا Harbour کا بیک اپ نہیں ہے۔ اس آلے پر کچھ نہیں بدلا۔
error-vault_exists = اس آلے پر پہلے سے ایک منصوبہ موجود ہے۔
error-vault_not_found = اس آلے پر ابھی کوئی منصوبہ نہیں ہے۔
error-vault_too_new = یہ منصوبہ Harbour کے نئے ورژن سے محفوظ کیا گیا تھا۔ اسے کھولنے کے لیے براہِ کرم Harbour اپ ڈیٹ کریں۔
error-vault_locked = آپ کا منصوبہ لاک ہے۔ جاری رکھنے کے لیے اسے کھولیں؛ آپ کا لکھا ہوا کچھ بھی ضائع نہیں ہوا۔
error-io = Harbour کوئی فائل پڑھ یا لکھ نہیں سکا۔ دیکھ لیں کہ اس آلے پر جگہ موجود ہے، پھر دوبارہ کوشش کریں۔
error-storage = Harbour ابھی محفوظ نہیں کر سکا۔ دیکھ لیں کہ اس آلے پر جگہ موجود ہے، پھر دوبارہ کوشش کریں۔
error-unknown_field = منصوبے کا یہ حصہ موجود نہیں ہے۔
error-item_not_found = یہ اندراج اب موجود نہیں ہے۔ شاید اسے ہٹا دیا گیا ہے۔
error-too_long = یہ اس سے لمبا ہے جتنا Harbour ایک جگہ رکھ سکتا ہے۔ براہِ کرم اسے حصوں میں بانٹ دیں۔
error-plan_corrupt = آپ کے منصوبے کا ایک حصہ پڑھا نہیں جا سکا۔ آپ اسے بیک اپ سے بحال کر سکتے ہیں۔

## Errors from sharing (one per error code)

error-message_too_large = یہ سنک پیغام کھولنے کے لیے بہت بڑا ہے۔ آپ کی کوئی چیز نہیں بدلی۔
error-message_invalid = یہ سنک پیغام خراب ہے، اس لیے استعمال نہیں کیا گیا۔ آپ کی کوئی چیز نہیں بدلی۔
error-message_unauthentic = اس سنک پیغام کی تصدیق نہیں ہو سکی، اس لیے استعمال نہیں کیا گیا۔ ہو سکتا ہے راستے میں اسے بدل دیا گیا ہو۔
error-message_replayed = یہ سنک پیغام پہلے ہی مل چکا تھا، اس لیے دوبارہ استعمال نہیں کیا گیا۔
error-write_refused = ایک تبدیلی ایسے شخص کی طرف سے آئی جسے یہ تبدیلی کرنے کی اجازت نہیں، اس لیے Harbour نے اسے رد کر دیا۔
error-invite_invalid = یہ دعوت نامہ درست نہیں لگتا۔ براہِ کرم نیا دعوت نامہ مانگیں۔
error-invite_expired = اس دعوت نامے کی مدت ختم ہو گئی ہے۔ براہِ کرم نیا دعوت نامہ مانگیں۔
error-invite_used = یہ دعوت نامہ پہلے ہی استعمال ہو چکا ہے۔ براہِ کرم نیا دعوت نامہ مانگیں۔
error-bundle_invalid = یہ سنک فائل خراب ہے یا Harbour کی نہیں ہے۔ آپ کی کوئی چیز نہیں بدلی۔
error-supporter_not_found = اس نام کا کوئی مددگار نہیں ہے۔
error-supporter_exists = اس نام کا ایک مددگار پہلے سے موجود ہے۔ براہِ کرم کوئی اور نام چنیں۔
error-person_not_found = اس نام کا کوئی شخص آپ کے ساتھ منصوبہ شیئر نہیں کرتا۔
error-device_not_found = اس نام کا کوئی منسلک آلہ نہیں ہے۔
error-rate_limited = ابھی ایک لمحہ پہلے ایک سگنل بھیجا گیا ہے۔ دوسرا بھیجنے سے پہلے براہِ کرم تھوڑا انتظار کریں۔
error-code_mismatch = یہ کوڈ میل نہیں کھاتا۔ کچھ بھی شیئر نہیں ہوا۔ دوسری اسکرین پر کوڈ دیکھ کر دوبارہ کوشش کریں۔
error-code_ambiguous = ایک سے زیادہ ایپس نے یہی کوڈ دیا ہے، اس لیے ہو سکتا ہے کہ لنک کسی اور کے پاس بھی ہو۔ احتیاطاً کسی کو شامل نہیں کیا گیا: یہ دعوت نامہ روک دیں اور نیا بنائیں۔
error-vault_busy = آپ کا منصوبہ Harbour کی کسی اور ونڈو یا پروگرام میں کھلا ہے۔ اسے وہاں بند کریں، پھر دوبارہ کوشش کریں۔
error-passphrase_too_short = نئے پاس فریز میں کم از کم 10 حروف ہونے چاہییں۔ جتنا لمبا، اتنا مضبوط۔
error-output_file_required = PDF صرف فائل میں محفوظ کی جا سکتی ہے۔ منتخب کریں کہ اسے کہاں محفوظ کرنا ہے۔

## Sharing
## Supporters, plans shared with me, own devices, update files and the sync

home-sharing-heading = شیئر کرنا
home-sharing-body = اپنے منصوبے کے حصے ان لوگوں کے ساتھ شیئر کریں جن پر آپ بھروسہ کرتے ہیں، دوسروں کے شیئر کیے ہوئے منصوبے پڑھیں، اور اپنے دوسرے آلات جوڑیں۔ جب تک آپ خود نہ چنیں، کچھ بھی شیئر نہیں ہوتا۔
nav-supporters = جن کے ساتھ میرا منصوبہ شیئر ہے
nav-shared = میرے ساتھ شیئر کیے گئے
nav-devices = میرے آلات
supporters-title = جن کے ساتھ میرا منصوبہ شیئر ہے
supporters-intro = آپ خود چنتے ہیں کہ ہر شخص آپ کے منصوبے کے کون سے حصے دیکھے۔ انہیں Harbour کی ضرورت ہے، لیکن کسی اکاؤنٹ کی نہیں۔
supporters-empty = آپ ابھی کسی کے ساتھ اپنا منصوبہ شیئر نہیں کر رہے۔
supporters-state-invited = دعوت بھیجی گئی: ان کے شامل ہونے کا انتظار ہے
supporters-state-expired = ان کے شامل ہونے سے پہلے دعوت کی مدت ختم ہو گئی۔ شیئر کرنا بند کریں اور انہیں دوبارہ دعوت دیں۔
supporters-state-active = شیئر ہو رہا ہے: آپ کی اپ ڈیٹس انہیں ملتی ہیں
supporters-state-revoked = آپ نے شیئر کرنا بند کر دیا
supporters-sees = دیکھتے ہیں: { $sections }
supporters-invited-at = دعوت بھیجی گئی: { $when }
supporters-last-synced = ان کی طرف سے آخری اپ ڈیٹ: { $when }
supporters-never-synced = ان کی طرف سے ابھی کوئی اپ ڈیٹ نہیں آئی
supporters-role-accepted = انہوں نے آپ کے منصوبے میں اپنا کردار قبول کر لیا ہے۔
supporters-availability = ان کے اپنے الفاظ میں: ”{ $words }“
supporters-signals-on = اگر آپ اپنا بحران کا منصوبہ شروع کریں یا مدد مانگیں تو انہیں بتایا جائے گا۔
supporters-replies = ان کے جوابات
supporters-revoke = ان کے ساتھ شیئر کرنا بند کریں
supporters-revoke-explain = اگر آپ شیئر کرنا بند کریں تو { $name } کو مزید اپ ڈیٹس نہیں ملیں گی، اور ان کے آلے پر Harbour آپ کا منصوبہ اس وقت مٹا دے گا جب اسے آپ کی طرف سے اگلی اپ ڈیٹ ملے گی۔ جو کچھ وہ پہلے دیکھ چکے ہیں وہ ان کے پاس رہ سکتا ہے، مثلاً اگر انہوں نے اسے کاپی، پرنٹ یا اس کی تصویر لی ہو۔
supporters-revoke-confirm = شیئر کرنا بند کریں
supporters-revoke-cancel = شیئر کرتے رہیں
supporters-revoked-done = آپ نے { $name } کے ساتھ شیئر کرنا بند کر دیا ہے۔
supporters-revoked-had = انہیں پہلے ہی یہ مل چکا تھا: { $sections }۔ ان کے آلے پر Harbour اسے تب مٹا دے گا جب اسے آپ کی طرف سے اگلی اپ ڈیٹ ملے گی۔ جو کچھ انہوں نے کاپی، پرنٹ کیا یا جس کی تصویر لی، وہ ان کے پاس رہ سکتا ہے۔
supporters-revoked-nothing = ابھی ان تک کچھ نہیں پہنچا تھا۔
supporters-revoked-heading = جن کے ساتھ آپ نے شیئر کرنا بند کیا
supporters-revoked-at = بند کیا گیا: { $when }
supporters-ask-heading = مدد مانگیں
supporters-ask-body = جن مددگاروں نے حامی بھری ہے انہیں بتائیں کہ آپ کو ابھی مدد چاہیے۔ انہیں بغیر تفصیلات کے ایک مختصر اطلاع اور آپ کا بحران کا منصوبہ ملتا ہے۔ اس سے ایمرجنسی سروسز کو کال نہیں جاتی: اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔
supporters-ask-button = میرے مددگاروں سے مدد مانگیں
supporters-ask-done =
    { $count ->
        [0] ابھی کسی نے اطلاع پانے کی حامی نہیں بھری۔
        [one] آپ کی اگلی اپ ڈیٹ کے ساتھ ایک مددگار کو بتایا جائے گا۔
       *[other] آپ کی اگلی اپ ڈیٹ کے ساتھ { $count } مددگاروں کو بتایا جائے گا۔
    }
supporters-invite-start = کسی کو دعوت دیں
supporters-invite-heading = کسی کو اپنے منصوبے کا کچھ حصہ دیکھنے کی دعوت دیں
supporters-invite-name = ان کا نام
supporters-invite-from = آپ کا نام، جیسا وہ دیکھیں گے
supporters-invite-from-hint = مثلاً آپ کا پہلا نام۔ آپ اسے خالی چھوڑ سکتے ہیں۔
supporters-invite-sections = وہ کیا دیکھ سکتے ہیں
supporters-invite-signals = اگر میں اپنا بحران کا منصوبہ شروع کروں یا مدد مانگوں تو انہیں بتائیں
supporters-invite-signals-hint = صرف اگر وہ بھی راضی ہوں۔ Harbour کبھی ایمرجنسی سروسز کو کال نہیں کرتا۔
supporters-preview-heading = { $name } کیا دیکھیں گے
supporters-preview-someone = یہ شخص
supporters-preview-nothing = شیئر کرنے کے لیے کم از کم ایک حصہ چنیں۔
supporters-invite-create = دعوت بنائیں
supporters-invite-cancel = منسوخ کریں
supporters-invite-ready = { $name } کے لیے آپ کی دعوت
supporters-invite-private = یہ انہیں نجی طور پر بھیجیں، مثلاً ایسے پیغام میں جو صرف وہی پڑھیں۔ جس کے پاس بھی یہ ہو وہ شامل ہو سکتا ہے، اس لیے اسے کسی عوامی جگہ پر نہ ڈالیں۔
supporters-invite-link = دعوت کا لنک
supporters-invite-copy = لنک کاپی کریں
supporters-invite-copied = کاپی ہو گیا۔
supporters-invite-save = فائل کے طور پر محفوظ کریں
supporters-invite-saved = محفوظ ہو گیا: { $path }
supporters-invite-qr = یا وہ اپنے آلے سے یہ کوڈ اسکین کر سکتے ہیں۔
supporters-invite-qr-alt = { $name } کے لیے دعوت کا QR کوڈ
supporters-invite-code-later = جب ان کی ایپ جواب دے دے، تو Harbour آپ سے وہ کوڈ مانگے گا جو ان کی ایپ دکھاتی ہے۔ ان سے کہیں کہ وہ آپ کو پڑھ کر سنائیں، پھر اسے نیچے لکھیں۔
supporters-code = تصدیقی کوڈ: { $code }۔ دیکھ لیں کہ یہ ان کے کوڈ جیسا ہی ہے۔
supporters-read-not-yet = انہوں نے ابھی تک آپ کے منصوبے کو پڑھا ہوا نشان زد نہیں کیا۔
supporters-read-earlier = انہوں نے ابھی تک آپ کی تازہ ترین تبدیلیاں نہیں پڑھیں۔
supporters-read-latest = انہوں نے آپ کی تازہ ترین تبدیلیاں پڑھ لی ہیں۔
supporters-invite-expires = یہ دعوت ایک بار، { $days } دن کے لیے کام کرتی ہے۔
supporters-invite-done = ہو گیا
supporters-state-waiting = جواب آ گیا: آپ کے ان کا کوڈ لکھنے کا انتظار ہے
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = { $name } کی ایپ نے جواب دے دیا ہے۔ { $name } سے کہیں کہ ان کی ایپ میں جو کوڈ نظر آ رہا ہے وہ آپ کو پڑھ کر سنائیں، اور اسے یہاں لکھیں۔ جب تک آپ ایسا نہ کریں، کچھ بھی شیئر نہیں ہوگا۔
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = { $name } کی ایپ والا کوڈ
supporters-confirm-button = تصدیق کریں
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = کوڈ درست ہے۔ آپ کی اگلی اپ ڈیٹ کے ساتھ { $name } کو آپ کا منصوبہ ملے گا۔
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = اس دعوت نامے کا جواب ایک سے زیادہ ایپس نے دیا ہے، اس لیے ہو سکتا ہے کہ لنک کسی اور کے پاس بھی ہو۔ احتیاطاً یہ دعوت نامہ روک دیں اور { $name } کے لیے نیا بنائیں۔
confirm-code-hint = چھ ہندسے، مثلاً 123456
confirm-code-format = براہِ کرم کوڈ کے سارے چھ ہندسے لکھیں، مثلاً 123456۔
shared-title = میرے ساتھ شیئر کیے گئے
shared-intro = وہ منصوبے جو دوسرے لوگ آپ کے ساتھ شیئر کرتے ہیں۔ آپ انہیں انٹرنیٹ کے بغیر پڑھ سکتے ہیں۔
shared-empty = ابھی کوئی آپ کے ساتھ منصوبہ شیئر نہیں کرتا۔ جب کوئی آپ کو دعوت بھیجے تو اسے نیچے پیسٹ کریں۔
shared-sections = وہ شیئر کرتے ہیں: { $sections }
shared-not-yet = ان کی پہلی اپ ڈیٹ کا انتظار ہے۔
shared-has-changes = آپ کے پچھلی بار پڑھنے کے بعد کچھ بدلا ہے۔
shared-up-to-date = آپ تازہ ترین پڑھ چکے ہیں۔
shared-open = { $person } کا منصوبہ پڑھیں
shared-open-crisis = { $person } کا بحران کا منصوبہ کھولیں
shared-back = تمام شیئر کیے گئے منصوبوں پر واپس جائیں
shared-plan-title = { $person } کا منصوبہ
shared-waiting = { $person } کی طرف سے ابھی کچھ نہیں آیا۔ جو اپ ڈیٹ فائل وہ آپ کو بھیجیں اسے پچھلی اسکرین پر نیچے کھولیں۔
shared-updated-at = آخری اپ ڈیٹ ملی: { $when }
shared-first-read = آپ اسے یہاں پہلی بار پڑھ رہے ہیں۔
shared-changed =
    { $count ->
        [one] آپ کے پچھلی بار پڑھنے کے بعد ایک حصہ بدلا ہے:
       *[other] آپ کے پچھلی بار پڑھنے کے بعد { $count } حصے بدلے ہیں:
    }
shared-nothing-changed = آپ کے پچھلی بار پڑھنے کے بعد کچھ نہیں بدلا۔
shared-mark-read = میں نے پڑھ لیا ہے
shared-show-crisis = صرف بحران کا منصوبہ دکھائیں
shared-show-all = وہ سب کچھ دکھائیں جو وہ شیئر کرتے ہیں
shared-signal-crisis_plan_activated = { $person } نے اپنا بحران کا منصوبہ شروع کر دیا ہے ({ $when })۔ ان کے بحران کے منصوبے میں لکھا ہے کہ وہ آپ سے کیا چاہتے ہیں۔
shared-signal-ask_for_help = { $person } نے مدد مانگی ہے ({ $when })۔ ان کے بحران کے منصوبے میں لکھا ہے کہ وہ آپ سے کیا چاہتے ہیں۔
shared-signal-other = { $person } نے آپ کو ایک اشارہ بھیجا ہے ({ $when })۔
shared-signal-not-emergency = Harbour ایمرجنسی سروسز کو کال نہیں کرتا۔ اگر کوئی ابھی خطرے میں ہے تو 999 پر کال کریں۔
shared-role-heading = میرا کردار
shared-role-accepted = آپ نے اپنا کردار قبول کر لیا ہے۔
shared-role-availability = میری مدد: کب اور کیسے
shared-role-availability-hint = مثلاً: مجھے رات کو کال کی جا سکتی ہے۔ ہفتے کے دنوں میں شام 6 بجے کے بعد۔
shared-role-signals = اگر { $person } اپنا بحران کا منصوبہ شروع کریں یا مدد مانگیں تو مجھے بتائیں
shared-role-signals-hint = آپ کو یہاں ایک پرسکون اطلاع ملتی ہے۔ اس میں کوئی تفصیل نہیں ہوتی۔
shared-role-accept = اپنا کردار قبول کریں
shared-role-saved = محفوظ ہو گیا۔ یہ آپ کی اگلی اپ ڈیٹ کے ساتھ ان تک جائے گا۔
shared-reply-heading = جواب
shared-reply-label = { $person } کے لیے پیغام
shared-reply-send = جواب بھیجیں
shared-reply-queued = آپ کا جواب آپ کی اگلی اپ ڈیٹ کے ساتھ ان تک جائے گا۔
shared-join-heading = دعوت کے ذریعے شامل ہوں
shared-join-intro = کسی نے آپ کو دعوت کا لنک بھیجا ہے۔ اسے یہاں پیسٹ کریں۔ آپ کو کسی اکاؤنٹ کی ضرورت نہیں۔
shared-join-label = دعوت کا لنک
shared-join-button = شامل ہوں
shared-joined = { $person } آپ کے ساتھ شیئر کرتے ہیں: { $sections }۔
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = آپ کا تصدیقی کوڈ: { $code }۔ یہ انہیں پڑھ کر سنائیں، آمنے سامنے یا فون پر: وہ اسے اپنی ایپ میں لکھیں گے۔ جب تک وہ ایسا نہ کریں، آپ کے ساتھ کچھ بھی شیئر نہیں ہوگا۔
shared-joined-next = اب انہیں ایک اپ ڈیٹ فائل بھیجیں (یا سنک کریں، اگر سنک آن ہے)، تاکہ آپ کا جواب ان کی ایپ تک پہنچ جائے۔ جب وہ آپ کا کوڈ لکھ دیں، تو ان کا منصوبہ ان کی اگلی اپ ڈیٹ کے ساتھ آئے گا۔

supporter-guide-title = مددگار کے طور پر آپ کا کردار
supporter-guide-intro = { $person } نے آپ سے اپنا ساتھ دینے کو کہا ہے۔ مختصراً، اس کا مطلب یہ ہے۔
supporter-guide-asked-heading = { $person } آپ سے کیا چاہتے ہیں
supporter-guide-asked-sections = { $person } اپنے منصوبے کے یہ حصے آپ کے ساتھ شیئر کرتے ہیں: { $sections }۔ جب یہ پہنچیں تو انہیں پڑھیں، اور جب کچھ بدلے تو دوبارہ پڑھیں۔
supporter-guide-asked-crisis = ان کا بحران کا منصوبہ بتاتا ہے کہ اگر حالات مشکل ہو جائیں تو وہ اپنے آس پاس کے لوگوں سے کیا چاہتے ہیں۔ وہ آپ سے کیا چاہتے ہیں، یہ جاننے کے لیے وہ منصوبہ دیکھیں جو انہوں نے آپ کے ساتھ شیئر کیا ہے۔
supporter-guide-asked-plan = وہ منصوبہ دیکھیں جو انہوں نے آپ کے ساتھ شیئر کیا ہے۔ اس میں لکھا ہے کہ ان کی مدد کس چیز سے ہوتی ہے اور وہ اپنے آس پاس کے لوگوں سے کیا چاہتے ہیں۔
supporter-guide-asked-talk = اگر اس میں کوئی بات واضح نہ ہو تو کسی پرسکون وقت میں ان سے پوچھ لیں۔
supporter-guide-not-heading = آپ سے کیا نہیں کہا گیا
supporter-guide-not-clinician = آپ ان کے ڈاکٹر، نرس یا تھراپسٹ نہیں ہیں۔ آپ کو ان کا علاج کرنے یا سب کچھ ٹھیک کرنے کی ضرورت نہیں۔
supporter-guide-not-always = آپ کو ہر وقت دستیاب رہنے کی ضرورت نہیں۔ یہ بتانا ٹھیک ہے کہ آپ کب مدد کر سکتے ہیں اور کب نہیں۔
supporter-guide-not-share = ان کا منصوبہ نجی رکھیں۔ اسے کسی اور کو نہ دکھائیں اور نہ آگے بھیجیں۔
supporter-guide-worried-heading = اگر آپ فکرمند ہیں اور ان سے رابطہ نہیں ہو پا رہا
supporter-guide-worried-emergency = اگر آپ کو لگے کہ ان کی جان خطرے میں ہے تو ابھی 999 پر کال کریں۔ آپ 112 پر بھی کال کر سکتے ہیں۔
supporter-guide-worried-helplines = اگر یہ ایمرجنسی نہیں ہے تو آپ کسی ہیلپ لائن پر کال کر سکتے ہیں۔ وہ ان لوگوں کی بات بھی سنتے ہیں جو کسی کے لیے فکرمند ہوں۔
supporter-guide-worried-harbour = Harbour آپ کی طرف سے کسی کو کال نہیں کرتا۔
supporter-guide-helplines = ہیلپ لائنز دیکھیں
supporter-guide-close = یہ رہنمائی بند کریں
devices-title = میرے آلات
devices-intro = اپنا فون اور اپنا کمپیوٹر جوڑیں، تاکہ آپ کا منصوبہ دونوں پر ہو۔
devices-list-heading = جڑے ہوئے آلات
devices-this-device = یہ آلہ
devices-unnamed = بغیر نام کا آلہ
devices-none = آپ کا منصوبہ صرف اسی آلے پر ہے۔
devices-remove = یہ آلہ ہٹائیں
devices-remove-explain = { $name } کو ہٹائیں؟ آپ کے دوسرے آلات ایک نئی کی پر منتقل ہو جائیں گے۔ جو کچھ { $name } پر پہلے سے موجود ہے وہ اس پر رہ سکتا ہے۔ یہ یقینی بنانے کے لیے کہ آپ کے مددگاروں کے لنک بھی محفوظ ہیں، انہیں دوبارہ دعوت دیں۔
devices-remove-confirm = اسے ہٹائیں
devices-removed = { $name } کو ہٹا دیا گیا۔
devices-link-heading = ایک اور آلہ جوڑیں
devices-link-intro = یہاں ایک کوڈ بنائیں، پھر اسے اپنے دوسرے آلے پر درج کریں۔
devices-link-start = کوڈ بنائیں
devices-link-code = یہ کوڈ اپنے دوسرے آلے پر درج کریں:
devices-link-qr-alt = ایک اور آلہ جوڑنے کے لیے QR کوڈ
devices-link-next = پھر وہاں سے اس آلے کو ایک اپ ڈیٹ فائل بھیجیں۔ جب وہ پہنچ جائے، تو نئے آلے پر نظر آنے والا کوڈ یہاں لکھیں، اور جواب میں ایک اپ ڈیٹ فائل واپس بھیجیں۔ یہ کوڈ ایک بار کام کرتا ہے۔
devices-join-heading = یہ میرا نیا آلہ ہے
devices-join-intro = وہ کوڈ درج کریں جو آپ کا دوسرا آلہ دکھاتا ہے۔
devices-join-code = میرے دوسرے آلے کا کوڈ
devices-join-name = اس آلے کا نام
devices-join-button = یہ آلہ جوڑیں
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = تقریباً جڑ گیا۔ تصدیقی کوڈ: { $code }۔ اب اپنے دوسرے آلے کو ایک اپ ڈیٹ فائل بھیجیں (یا سنک کریں)، اور وہاں یہ کوڈ لکھیں۔ اس کے بعد آپ کا منصوبہ اس کی اگلی اپ ڈیٹ کے ساتھ آئے گا۔
devices-code = تصدیقی کوڈ: { $code }۔ دیکھ لیں کہ یہ اس کوڈ جیسا ہی ہے جو اس آلے نے شامل ہوتے وقت دکھایا تھا۔
devices-state-waiting = جواب آ گیا: آپ کے اس کا کوڈ لکھنے کا انتظار ہے
devices-waiting-heading = ایک نئے آلے نے جواب دیا ہے
devices-waiting-explain = اس پر جو کوڈ نظر آ رہا ہے وہ لکھیں۔ جب تک آپ ایسا نہ کریں، اس کے ساتھ کچھ بھی شیئر نہیں ہوگا۔
devices-waiting-many = ایک سے زیادہ آلات نے جواب دیا ہے۔ اگر آپ کو صرف ایک آلہ جوڑنا ہے تو ہو سکتا ہے کہ آپ کا کوڈ کسی اور کے پاس بھی ہو: احتیاطاً نیا کوڈ بنائیں اور دوبارہ جوڑیں۔
devices-confirm-label = نئے آلے والا کوڈ
devices-confirm-button = تصدیق کریں
devices-confirmed = کوڈ درست ہے۔ آپ کی اگلی اپ ڈیٹ کے ساتھ نئے آلے کو آپ کا منصوبہ ملے گا۔
sync-files-heading = اپ ڈیٹ فائلیں
sync-files-intro = سنک ریلے کے بغیر، اپ ڈیٹس فائلوں کی صورت میں جاتی ہیں: ایک فائل محفوظ کریں اور اسے ای میل، میسجنگ ایپ یا USB اسٹک سے بھیجیں۔ یہ خفیہ کردہ ہوتی ہے: اسے صرف وہی لوگ کھول سکتے ہیں جن کے ساتھ آپ شیئر کرتے ہیں۔
sync-file-save = اپ ڈیٹ فائل محفوظ کریں
sync-file-saved = محفوظ ہو گئی: { $path }۔ یہ فائل ان لوگوں کو بھیجیں جن کے ساتھ آپ شیئر کرتے ہیں۔
sync-file-open-label = کسی کی بھیجی ہوئی اپ ڈیٹ فائل
sync-file-open = اپ ڈیٹ فائل کھولیں
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = آپ نے اپنی فائلوں سے { $name } کھولی۔ جب تک آپ “اپ ڈیٹ فائل کھولیں” نہ دبائیں، کچھ نہیں پڑھا جاتا۔
sync-file-in-done =
    { $accepted ->
        [one] ایک اپ ڈیٹ موصول ہوئی۔
       *[other] { $accepted } اپ ڈیٹس موصول ہوئیں۔
    }
sync-file-in-some-refused = موصول ہونے والی اپ ڈیٹس: { $accepted }؛ جو استعمال نہ ہو سکیں: { $refused }۔ ان کی وجہ سے آپ کی کوئی چیز نہیں بدلی۔
sync-file-in-nothing-new = کچھ نیا نہیں: اس فائل میں جو کچھ ہے وہ آپ کے پاس پہلے سے تھا۔
sync-file-in-not-for-me = اس فائل میں آپ کے لیے کچھ نہیں ہے۔
sync-file-in-revoked = { $person } نے اپنا منصوبہ آپ کے ساتھ شیئر کرنا بند کر دیا ہے، اس لیے اسے اس آلے سے ہٹا دیا گیا ہے۔
sync-heading = سنک
sync-intro = سنک آپ کی اپ ڈیٹس ایک ریلے کے ذریعے بھیجتا ہے، تاکہ آپ کو فائلوں کی ضرورت نہ پڑے۔ یہ تب تک بند رہتا ہے جب تک آپ اسے آن نہ کریں۔ جب تک یہ بند ہے، Harbour انٹرنیٹ سے کوئی رابطہ نہیں کرتا۔
sync-state-off = سنک بند ہے۔
sync-state-on = سنک آن ہے، { $url } کے ذریعے۔
sync-relay-not-yet = Harbour کا یہ ورژن ابھی ریلے تک نہیں پہنچ سکتا۔ آپ کا انتخاب محفوظ ہو گیا ہے؛ تب تک اپ ڈیٹ فائلیں استعمال کریں۔
sync-toggle = ریلے کے ذریعے سنک کریں
sync-relay-url = ریلے کا پتا
sync-relay-url-hint = یہ https:// سے شروع ہوتا ہے۔ جو آپ کا ریلے چلاتا ہے اس سے پوچھیں، مثلاً کوئی مقامی خیراتی ادارہ۔
sync-turn-on = سنک آن کریں
sync-save-address = ریلے کا پتہ محفوظ کریں
sync-last-file-out = آخری اپ ڈیٹ فائل محفوظ ہوئی: { $when }
sync-last-file-in = آخری اپ ڈیٹ فائل کھولی گئی: { $when }
sync-status-off = سنک بند ہے۔
sync-status-waiting = پہلی بار سنک ہونے کا انتظار ہے۔
sync-status-synced = سنک ہو گیا۔
sync-status-offline = آف لائن: آپ کی تبدیلیاں محفوظ ہیں اور کنکشن واپس آنے پر بھیج دی جائیں گی۔
sync-status-error = پچھلی بار سنک نے کام نہیں کیا۔
sync-last-relay = آخری سنک: { $when }
sync-retry = Harbour ہر منٹ خود دوبارہ کوشش کرتا ہے۔ اس دوران کچھ ضائع نہیں ہوتا۔
sync-unsent =
    { $count ->
        [one] ایک اپ ڈیٹ بھیجے جانے کا انتظار کر رہی ہے۔
       *[other] { $count } اپ ڈیٹس بھیجے جانے کا انتظار کر رہی ہیں۔
    }
sync-now = ابھی سنک کریں
error-relay_unreachable = Harbour ریلے تک نہیں پہنچ سکا۔ دیکھ لیں کہ یہ آلہ آن لائن ہے اور ریلے کا پتا درست ہے۔
error-relay_refused = ریلے نے یہ اپ ڈیٹ قبول نہیں کی (مثلاً وہ بھرا ہوا ہے یا اپ ڈیٹ بہت بڑی ہے)۔ آپ کا منصوبہ اس آلے پر محفوظ ہے؛ ریلے چلانے والے سے پوچھیں۔

## My places

my-places-title = میری جگہیں
my-places-intro = وہ جگہیں جو آپ کی مدد کرتی ہیں، جیسے کسی دوست کا گھر۔ یہ اس آلے پر آپ کے منصوبے میں لاک رکھی جاتی ہیں، اور جب آپ کا منصوبہ کھلا ہو تو ”قریب مدد تلاش کریں“ میں دکھائی دیتی ہیں۔
my-places-empty = آپ نے ابھی کوئی جگہ شامل نہیں کی۔
my-places-add = جگہ شامل کریں
my-places-add-title = جگہ شامل کریں
my-places-edit-title = یہ جگہ بدلیں
my-places-edit = بدلیں
my-places-remove = ہٹائیں
my-places-remove-confirm = { $name } کو ہٹائیں؟
my-places-remove-yes = ہاں، اسے ہٹا دیں
my-places-remove-no = اسے رکھیں
my-places-name = نام
my-places-phone = فون نمبر (اختیاری)
my-places-address = پتا (اختیاری)
my-places-town = قصبہ یا شہر (اختیاری)
my-places-postcode = پوسٹ کوڈ (اختیاری)
my-places-position = درست مقام (اختیاری)
my-places-position-hint = عرض بلد اور طول بلد، مثلاً 52.9107, -0.6423۔ اس کے بغیر Harbour قصبے کا مرکز استعمال کرتا ہے۔
my-places-hours = کھلنے کے اوقات (اختیاری)
my-places-hours-hint = OpenStreetMap کی شکل میں، مثلاً: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = نوٹ (اختیاری)
my-places-save = محفوظ کریں
my-places-cancel = منسوخ کریں
my-places-not-on-map = نقشے پر نہیں: Harbour اس قصبے کو نہیں جانتا تھا۔ اس جگہ کو ڈھونڈنے کے لیے اس کا نام تلاش کریں۔
my-places-added-by-you = آپ نے شامل کی
find-kind-other = دیگر
error-place_name_required = براہِ کرم جگہ کا نام لکھیں۔
error-phone_invalid = یہ فون نمبر نہیں لگتا۔ صرف ہندسے، خالی جگہیں اور شروع میں + استعمال کریں۔
error-opening_hours_invalid = Harbour یہ کھلنے کے اوقات نہیں پڑھ سکا۔ Mo-Fr 09:00-17:00 کی شکل آزمائیں، یا انہیں خالی چھوڑ دیں۔
error-coordinates_invalid = یہ مقام درست نہیں لگتا۔ عرض بلد اور طول بلد کوما سے الگ کر کے لکھیں، یا اسے خالی چھوڑ دیں۔
error-my_place_not_found = یہ جگہ اب موجود نہیں۔ شاید اسے ہٹا دیا گیا ہے۔

## Daily check-in

section-checkins-title = میری روزانہ خیریت (صرف رنگ)
checkin-heading = آج آپ کیسے ہیں؟
checkin-note-label = چند الفاظ، اگر آپ چاہیں (صرف آپ انہیں دیکھتے ہیں)
checkin-green = سبز: میں ٹھیک ہوں
checkin-amber = پیلا: مجھے چیزیں مشکل لگ رہی ہیں
checkin-red = سرخ: میں بہت مشکل میں ہوں
checkin-state-green = سبز
checkin-state-amber = پیلا
checkin-state-red = سرخ
checkin-since = { $when } سے { $state }
checkin-when-today = آج
checkin-privacy = ایک ٹیپ کافی ہے۔ آپ کے نوٹس آپ کے آلات پر رہتے ہیں۔ مددگار آپ کا رنگ صرف تب دیکھتا ہے جب آپ اپنی خیریت اس کے ساتھ شیئر کریں۔
checkin-saved = محفوظ ہو گیا۔ خیریت بتانے کا شکریہ۔
checkin-red-heading = آپ نے سرخ کہا۔ آپ کو اس کا اکیلے سامنا نہیں کرنا۔
checkin-red-body = آپ کا بحران کا منصوبہ یہاں ہے، اور آپ اپنے مددگاروں سے مدد مانگ سکتے ہیں۔ جب تک آپ ٹیپ نہ کریں کچھ نہیں بھیجا جاتا۔
checkin-red-plan = میرا بحران کا منصوبہ کھولیں
checkin-history-heading = پچھلے چار ہفتے
checkin-history-summary = پچھلے چار ہفتوں میں: { $green } سبز، { $amber } پیلا، { $red } سرخ، { $none } دن بغیر خیریت کے۔
checkin-history-range = { $from } سے { $to } تک
checkin-history-no-day = کوئی خیریت نہیں
checkin-history-list = میری حالیہ خیریت، فہرست کی صورت میں
shared-checkin = { $person } کی خیریت: { $when } سے { $state }

## Photos on reasons and the toolbox

photo-add = تصویر شامل کریں
photo-change = تصویر بدلیں
photo-remove = تصویر ہٹائیں
photo-working = تصویر شامل ہو رہی ہے…
error-photo_invalid = یہ فائل ایسی تصویر نہیں جو Harbour استعمال کر سکے۔ JPEG، PNG، WebP یا GIF تصویر چنیں۔
error-photo_too_large = یہ تصویر بہت بڑی ہے۔ 20 MB سے چھوٹی تصویر چنیں۔
error-photo_not_found = یہ تصویر اب موجود نہیں۔
