# Harbour — العربية (Arabic). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = انتقل إلى المحتوى
loading = جارٍ التحميل…

## Navigation

nav-get-help-now = اطلب المساعدة الآن

## Home

home-title = مرحبًا بك في Harbour
home-intro = يحفظ Harbour خطتك للتعافي وللأزمات بأمان على هذا الجهاز، ولا يشاركها إلا مع الأشخاص الذين تختارهم.
home-help-heading = هل تحتاج إلى التحدث مع أحد الآن؟
home-help-body = خطوط المساعدة متاحة ليلًا ونهارًا. يمكنك الاتصال بها أو مراسلتها من هنا.
home-privacy-heading = خطتك ملكك
home-privacy-body = لا يغادر أي شيء تكتبه هذا الجهاز إلا إذا اخترت مشاركته. لا توجد في Harbour حسابات ولا تتبّع.

## Get help now

help-title = اطلب المساعدة الآن
help-intro = لست مضطرًا إلى مواجهة هذا وحدك. خطوط المساعدة هذه موجودة لتستمع إليك.
help-country-label = البلد
help-call = اتصل
help-text = أرسل رسالة
help-hours = ساعات العمل: { $hours }
help-last-checked = آخر تحقق: { $date }
help-source = المصدر
help-none = لا تتوفر لدينا خطوط مساعدة لهذا البلد بعد. اختر بلدًا آخر، أو ابحث عن خدمات محلية.
help-caution = قد تتغير الأرقام وأوقات العمل. يظهر مع كل رقم مصدره وتاريخ آخر تحقق منه.

## Errors (one per error code from the Rust core)

error-invalid_input = يبدو أن هناك خطأ. يُرجى التحقق والمحاولة مرة أخرى.
error-data_invalid = تعذّرت قراءة بعض المعلومات المضمّنة في Harbour. يُرجى إبلاغ فريق Harbour.
error-internal = حدث خطأ ما. لم يضِع أي شيء كتبته.

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = ابحث عن مساعدة قريبة
home-find-heading = مكان تذهب إليه
home-find-body = ابحث عن مقاهي الأزمات والملاذات الآمنة ومجموعات دعم الأقران قرب مدينة ما. يعمل دون إنترنت.
find-title = ابحث عن مساعدة قريبة
find-intro = اكتب اسم بلدة أو مدينة. يبحث Harbour في قائمته الخاصة على هذا الجهاز، ولا يُرسَل أي شيء إلى أي مكان.
find-place-label = البلدة أو المدينة
find-place-hint = مثلًا: Grantham أو Leeds أو Cardiff
find-search = ابحث
find-open-now = الأماكن المفتوحة الآن فقط
find-kind-label = نوع المكان
find-kind-all = كل الأنواع
find-kind-crisis_cafe = مقهى أزمات
find-kind-safe_haven = ملاذ آمن
find-kind-crisis_house = بيت أزمات
find-kind-peer_group = مجموعة دعم الأقران
find-kind-drop_in = مكان يمكنك زيارته دون موعد
find-kind-helpline = خط مساعدة
find-near = قرب { $place }
find-matching = أماكن تطابق «{ $query }»
find-none = لم نجد شيئًا هنا. جرّب مدينة أكبر قريبة، أو اتصل بأحد خطوط المساعدة في «اطلب المساعدة الآن».
find-none-open = لا يوجد مكان مفتوح قربك الآن. خطوط المساعدة متاحة ليلًا ونهارًا.
find-status-open-all-day = مفتوح ٢٤ ساعة
find-status-open-until = مفتوح حتى { $time }
find-status-open-until-day = مفتوح حتى { $day ->
    [monday] الاثنين
    [tuesday] الثلاثاء
    [wednesday] الأربعاء
    [thursday] الخميس
    [friday] الجمعة
    [saturday] السبت
   *[sunday] الأحد
  } { $time }
find-status-opens-at = { $day ->
    [today] يفتح اليوم الساعة { $time }
    [tomorrow] يفتح غدًا الساعة { $time }
    [monday] يفتح الاثنين { $time }
    [tuesday] يفتح الثلاثاء { $time }
    [wednesday] يفتح الأربعاء { $time }
    [thursday] يفتح الخميس { $time }
    [friday] يفتح الجمعة { $time }
    [saturday] يفتح السبت { $time }
   *[sunday] يفتح الأحد { $time }
  }
find-status-closed = مغلق هذا الأسبوع
find-status-unknown = أوقات العمل غير معروفة: اتصل أو تحقق قبل أن تذهب
find-distance = على بعد { $km } كم
find-distance-approx = على بعد { $km } كم تقريبًا (وسط البلدة)
find-distance-unknown = المسافة غير معروفة
find-referral-self_referral = يمكنك الحضور مباشرة دون إحالة
find-referral-phone_first = اتصل أو احجز قبل أن تذهب
find-referral-referral_needed = يحتاج إلى إحالة من مختص
find-age = الأعمار: { $ages }
find-call = اتصل
find-directions = الاتجاهات
find-website = الموقع الإلكتروني
find-hours-source = أوقات العمل كما يذكرها المصدر: { $text }
find-last-checked = آخر تحقق: { $date }
find-stale = { $months ->
    [zero] قد تكون المعلومات قديمة: آخر تحقق قبل { $months } شهر
    [one] قد تكون المعلومات قديمة: آخر تحقق قبل شهر واحد
    [two] قد تكون المعلومات قديمة: آخر تحقق قبل شهرين
    [few] قد تكون المعلومات قديمة: آخر تحقق قبل { $months } أشهر
    [many] قد تكون المعلومات قديمة: آخر تحقق قبل { $months } شهرًا
   *[other] قد تكون المعلومات قديمة: آخر تحقق قبل { $months } شهر
}
find-stale-source = قد تكون المعلومات قديمة: المصدر قديم أو كان مشروعًا تجريبيًا
find-source = المصدر
find-report = أبلغ عن مشكلة
find-caution = تتغير أوقات عمل الأماكن وقد تُغلق أحيانًا. اتصل قبل الذهاب إن استطعت. في حالة الطوارئ اتصل بالرقم 999.
help-nearby-heading = مفتوح الآن قرب { $place }
help-nearby-none = لا يوجد مكان مفتوح الآن قرب { $place }.
help-find-more = ابحث عن مساعدة قريبة

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = خروج سريع
nav-quick-exit-hint = يخفي Harbour فورًا ويقفل خطتك. اختصار: اضغط Escape مرتين.
nav-settings = الإعدادات
nav-my-plan = خطتي
nav-lock = قفل
unlock-title = افتح خطتك
unlock-lead = اكتب عبارة المرور لفتح خطتك.
unlock-passphrase-label = عبارة المرور
unlock-button = فتح
unlock-working = جارٍ الفتح…
unlock-use-recovery = نسيت عبارة المرور: استخدم مفتاح الاسترداد
unlock-use-passphrase = استخدم عبارة المرور بدلًا من ذلك
unlock-recovery-label = مفتاح الاسترداد
unlock-recovery-hint = المفتاح الذي طبعته أو حفظته عند إعداد Harbour. المسافات والشرطات لا تهم.
unlock-locked-idle = أقفل Harbour نفسه ليحافظ على خصوصية خطتك.
neutral-title = ملاحظات
neutral-note-label = ملاحظة
neutral-done = تم

## Language and Easy Read

language-label = اللغة
easy-read-label = قراءة سهلة: جمل أقصر وكلمات أبسط
language-needs-review = هذه الترجمة جديدة، ولم يراجعها بعدُ متحدث أصلي باللغة العربية.
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة
