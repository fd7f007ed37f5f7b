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
easy-read-toggle = قراءة سهلة
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة

## Home (unlocked), sections and the crisis plan

home-plan-title = خطتي
home-plan-intro = اكتب قليلًا في كل مرة. يُحفظ كل شيء أثناء الكتابة.
home-crisis-heading = خطتي للأزمات
home-crisis-status = الحالة: { $status }
home-crisis-open = افتح خطتي للأزمات
home-crisis-edit = عدّل خطتي للأزمات
home-sections-heading = أجزاء خطتي
home-filled = اكتمل { $filled } من { $total }
home-last-reviewed = آخر مراجعة: { $date }
home-never-reviewed = لم تُراجَع بعد
home-views-heading = القراءة والطباعة
home-view-full = خطتي كاملة
home-view-safety = خطة أمان في صفحة واحدة
home-view-crisis = عرض الأزمة
home-view-card = بطاقة أزمة بحجم المحفظة
crisis-status-inactive = غير مفعّلة
crisis-status-active = مفعّلة
crisis-status-stood_down = أُوقفت
crisis-status-since = غيّرها { $by } في { $date }
section-toolbox-title = صندوق أدوات العافية
section-toolbox-intro = أشياء تساعدك على البقاء بخير، وأشياء تفضّل تجنّبها. الأشياء الصغيرة مهمة أيضًا.
section-daily-title = الخطة اليومية
section-daily-intro = كيف يبدو اليوم الجيد بالنسبة لك، وما الذي يساعدك على أن يبقى كذلك.
section-triggers-title = المحفّزات
section-triggers-intro = أشياء قد تعيدك إلى الوراء، وما يمكنك فعله عندما تحدث. خذ وقتك.
section-early_warning-title = علامات الإنذار المبكر
section-early_warning-intro = تغيّرات صغيرة تخبرك أن الأمور قد تبدأ بالتراجع، وما الذي يساعد حينها.
section-breaking_down-title = عندما تنهار الأمور
section-breaking_down-intro = علامات على أن الأمور تسوء كثيرًا، والخطوات العاجلة التي تساعد، ومنها طلب المساعدة.
section-crisis-title = خطة الأزمات
section-crisis-intro = هذا الجزء مكتوب للأشخاص الذين يدعمونك، ليعرفوا ما تريده إذا لم تستطع قوله بنفسك.
section-after_crisis-title = بعد الأزمة
section-after_crisis-intro = كيف ستعرف أن الأزمة انتهت، وما الذي يساعدك على الوقوف من جديد.
section-reasons-title = أسباب للاستمرار
section-reasons-intro = هذا الجزء لك وحدك، وهو اختياري. الأشخاص والأشياء واللحظات التي تهمّك.
crisis-part-well = كيف أكون عندما أكون بخير
crisis-part-take_over = علامات على أن على الآخرين تولّي الأمر
crisis-part-people = الأشخاص الذين أريد مشاركتهم، والذين لا أريد
crisis-part-medication = الأدوية
crisis-part-treatments = العلاجات
crisis-part-home = الرعاية في المنزل أو في المجتمع أو الرعاية المؤقتة
crisis-part-places = أماكن العلاج
crisis-part-help = مساعدة الآخرين
crisis-part-surroundings = جعل محيطي أكثر أمانًا
crisis-part-money = الأمور المالية
crisis-part-ending = عندما لا تعود هذه الخطة ضرورية
crisis-parts-heading = أجزاء خطتي للأزمات
crisis-back = كل أجزاء خطتي للأزمات

## First run

welcome-title = مرحبًا بك في Harbour
welcome-lead = Harbour مكان هادئ وخاص تكتب فيه ما يساعدك على البقاء بخير، وما تريد أن يحدث إذا صعبت الأمور.
welcome-does-heading = ما يفعله Harbour
welcome-does-1 = يحفظ خطتك على هذا الجهاز، مقفلة بعبارة مرور لا يعرفها أحد غيرك.
welcome-does-2 = يساعدك على كتابتها جزءًا بعد جزء، على مهلك.
welcome-does-3 = يتيح لك طباعة بطاقة أزمة أو خطة أمان في صفحة واحدة.
welcome-doesnt-heading = ما لا يفعله Harbour
welcome-doesnt-1 = لا حسابات ولا تتبّع. لا يغادر أي شيء تكتبه هذا الجهاز إلا إذا اخترت مشاركته.
welcome-doesnt-2 = لا يتصل بأحد نيابة عنك، وليس خدمة طوارئ.
welcome-doesnt-3 = لا يمكنه فتح خطتك دون عبارة المرور أو مفتاح الاسترداد. لا أحد يستطيع ذلك، ولا حتى نحن.
welcome-start = ابدأ
welcome-restore = لدي ملف نسخة احتياطية
welcome-step = الخطوة { $step } من { $total }
welcome-next = التالي
welcome-back = رجوع
passphrase-title = اختر عبارة مرور
passphrase-lead = عبارة المرور تقفل خطتك. تنجح بضع كلمات يومية لا يجمعها معًا أحد غيرك، مثل «غلاية نهر أصفر جورب».
passphrase-label = عبارة المرور
passphrase-confirm-label = اكتبها مرة أخرى
passphrase-show = أظهر عبارة المرور
passphrase-strength = القوة: { $level }
passphrase-strength-0 = قصيرة جدًا
passphrase-strength-1 = ضعيفة
passphrase-strength-2 = مقبولة
passphrase-strength-3 = جيدة
passphrase-strength-4 = قوية
passphrase-tip-length = استخدم ١٠ أحرف على الأقل. كلما طالت كانت أقوى.
passphrase-tip-words = جرّب إضافة كلمة أخرى.
passphrase-tip-common = هذه العبارة شائعة جدًا وسهلة التخمين.
passphrase-tip-good = تبدو جيدة.
passphrase-mismatch = العبارتان غير متطابقتين بعد.
passphrase-create = اقفل خطتي بهذه العبارة
passphrase-creating = نجهّز خطتك. سيستغرق هذا لحظة…
recovery-title = مفتاح الاسترداد الخاص بك
recovery-lead = إذا نسيت عبارة المرور يومًا، فهذا المفتاح هو الطريق الوحيد الآخر إلى خطتك. لن نعرضه إلا هذه المرة.
recovery-key-label = مفتاح الاسترداد
recovery-print = اطبعه
recovery-save = احفظه في ملف
recovery-saved-to = حُفظ باسم { $name } في { $path }
recovery-confirm = حفظت مفتاح الاسترداد في مكان آمن
recovery-confirm-first = اطبع المفتاح أو احفظه أولًا، ثم ضع علامة في المربع.
recovery-continue = تابع إلى خطتي
recovery-keep-safe = احتفظ به بعيدًا عن هذا الجهاز، في مكان خاص: مع أوراقك المهمة، أو مع شخص تثق به.
