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
find-place-label = البلدة أو المدينة أو الرمز البريدي
find-place-hint = مثلًا: Grantham أو Leeds أو Cardiff أو M1 1AD
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
find-distance-in-town = في { $town } (وسط البلدة)
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
nav-menu = القائمة
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
crisis-status-since = آخر تغيير: { $by }، { $date }

# Exported and printed pages (plan export)
export-crisis-status = خطة الأزمات: { $status }
export-not-dated = لم يُحدَّد تاريخ بعد
export-footer = صُنعت باستخدام Harbour. هذه الصفحة خاصة: احتفظ بها في مكان آمن.
export-emergency = في حالة الطوارئ، اتصل بالرقم 999 (المملكة المتحدة) أو برقم الطوارئ المحلي.
export-date = التاريخ
export-page = صفحة { $page } من { $pages }
advance-title = وثيقة خياراتي المسبقة
advance-law = وثيقة خيارات مسبقة كما يصفها قانون الصحة النفسية لعام 2025 (إنجلترا وويلز).
advance-declaration = هذه وثيقة خياراتي المسبقة. كتبتُها وأنا بصحة جيدة وقادر على اتخاذ القرارات بشأن رعايتي. تقول ما أريده وما لا أريده إذا مرضتُ ولم أستطع قول ذلك بنفسي. يُرجى قراءتها واتباعها قدر الإمكان.
advance-part-values = قيمي وما يهمّني
advance-part-medication = الأدوية: ما أفضّله، وما أقبله، وما أرفضه
advance-part-treatments = العلاج: ما أفضّله، وما أقبله، وما أرفضه
advance-part-people = من يُشرَك ومن لا يُشرَك
advance-part-home = الرعاية في المنزل أو في المجتمع
advance-part-practical = أمور عملية: من يهتم بماذا
advance-part-places = أماكن الرعاية
advance-part-shared = من لديه نسخة
advance-made-on = كُتبت في { $date }
advance-reviewed-on = آخر مراجعة في { $date }
advance-person-name = اسمي
advance-signed-person = توقيعي
advance-witness-statement = رأيتُ صاحب هذه الوثيقة يوقّعها.
advance-witness-name = اسم الشاهد
advance-signed-witness = توقيع الشاهد
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
crisis-part-advance_choice = وثيقة خياراتي المسبقة
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
recovery-lead = إذا نسيت عبارة المرور يومًا، فهذا المفتاح هو الطريق الوحيد الآخر إلى خطتك. يمكنك أن تراه مرة أخرى لاحقًا في الإعدادات، بعد أن تكتب عبارة المرور.
recovery-key-label = مفتاح الاسترداد
recovery-print = اطبعه
recovery-save = احفظه في ملف
recovery-saved-to = حُفظ باسم { $name } في { $path }
recovery-confirm = حفظت مفتاح الاسترداد في مكان آمن
recovery-confirm-first = اطبع المفتاح أو احفظه أولًا، ثم ضع علامة في المربع.
recovery-continue = تابع إلى خطتي
recovery-keep-safe = احتفظ به بعيدًا عن هذا الجهاز، في مكان خاص: مع أوراقك المهمة، أو مع شخص تثق به.

## First run: language

welcome-language-title = اللغة والقراءة
welcome-language-lead = اختر الطريقة التي يخاطبك بها Harbour. يمكنك تغيير ذلك لاحقًا من الإعدادات.
welcome-language-label = اللغة
welcome-easy-read-label = قراءة سهلة: جمل أقصر وكلمات أبسط

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = أشياء تساعدني على البقاء بخير
field-toolbox-helps-hint = أي شيء يرفع معنوياتك أو يهدّئك أو يبقيك متوازنًا.
field-toolbox-helps-example = مثلًا: نزهة على ضفة النهر، الاتصال بأختي، الاستماع إلى الموسيقى بسماعات الرأس، حمّام دافئ.
field-toolbox-avoid = أشياء أحاول تجنّبها
field-toolbox-avoid-hint = أشياء تميل إلى أن تُثقل عليك.
field-toolbox-avoid-example = مثلًا: الإكثار من القهوة، تصفّح الهاتف في وقت متأخر من الليل، تفويت الوجبات.
field-daily-when_well = كيف أكون عندما أكون بخير
field-daily-when_well-hint = صِف نفسك في يوم جيد، بكلماتك أنت.
field-daily-when_well-example = مثلًا: أحب الحديث، أستمتع بالطبخ، أنام نحو ثماني ساعات، أضحك على الأشياء البسيطة.
field-daily-every_day = ما أحتاج إلى فعله كل يوم
field-daily-every_day-hint = الأشياء اليومية الصغيرة التي تبقيك بخير.
field-daily-every_day-example = مثلًا: تناول الفطور، أخذ أقراصي، الخروج من البيت عشر دقائق.
field-daily-might_need = أشياء قد أحتاج إلى فعلها
field-daily-might_need-hint = أشياء تساعد بين حين وآخر، لا كل يوم.
field-daily-might_need-example = مثلًا: غسل الملابس، رؤية صديق، دفع فاتورة.
field-triggers-triggers = ما قد يعيدني إلى الوراء
field-triggers-triggers-hint = أحداث أو مواقف قد تزعجك أو تُفقدك توازنك.
field-triggers-triggers-example = مثلًا: الخلافات، ذكرى أحداث مؤلمة، هموم المال، الأماكن المزدحمة والصاخبة.
field-triggers-must_do = عندما يحدث ذلك، سأفعل ما يلي
field-triggers-must_do-hint = أشياء ستفعلها كلما حدث أحد المحفّزات.
field-triggers-must_do-example = مثلًا: أخبر شخصًا أثق به، أقوم بتمرين تنفّس، أذهب إلى مكان هادئ.
field-triggers-might_do = وقد أفعل أيضًا
field-triggers-might_do-hint = أشياء تستحق التجربة إن كانت لديك الطاقة.
field-triggers-might_do-example = مثلًا: أكتب ما حدث، أخرج للركض، أشاهد فيلمًا أحبه.
field-early_warning-signs = تغيّرات صغيرة ألاحظها
field-early_warning-signs-hint = تغيّرات قد تلاحظها أنت، أو يلاحظها المقرّبون منك، في وقت مبكر.
field-early_warning-signs-example = مثلًا: النوم بشكل سيئ، عدم الرد على الرسائل، الشعور بالتوتر.
field-early_warning-must_do = عندما ألاحظها، سأفعل ما يلي
field-early_warning-must_do-hint = خطوات تساعدك على العودة إلى المسار.
field-early_warning-must_do-example = مثلًا: أذهب إلى النوم في الوقت نفسه، أخبر شريك حياتي، أستخدم صندوق أدواتي كل يوم.
field-early_warning-might_do = وقد أفعل أيضًا
field-early_warning-might_do-hint = أشياء إضافية تساعد أحيانًا.
field-early_warning-might_do-example = مثلًا: آخذ يومًا إجازة من العمل، أزور طبيبي العام.
field-breaking_down-signs = علامات على أن الأمور تسوء كثيرًا
field-breaking_down-signs-hint = العلامات التي تخبرك، أو تخبر الآخرين، أنك تحتاج الآن إلى مساعدة أكبر.
field-breaking_down-signs-example = مثلًا: عدم الأكل، عدم النوم لأيام، الشعور بفقدان الأمل.
field-breaking_down-must_do = أشياء عاجلة سأفعلها
field-breaking_down-must_do-hint = اذكر من ستطلب منه المساعدة، وكيف.
field-breaking_down-must_do-example = مثلًا: أتصل بمنسّق رعايتي، أبقى عند صديقي، أتصل بخط مساعدة.
field-breaking_down-might_do = وقد أفعل أيضًا
field-breaking_down-might_do-hint = أشياء أخرى قد تساعد في هذه المرحلة.
field-breaking_down-might_do-example = مثلًا: أطلب من صديق أن يبيت عندي، أعطي مفاتيح سيارتي لشخص آخر.
field-crisis-when_well = كيف أكون عندما أكون بخير
field-crisis-when_well-hint = ليتمكّن الآخرون من ملاحظة الفرق. اكتبه لشخص قد لا يعرفك جيدًا.
field-crisis-when_well-example = مثلًا: أنا هادئ لكنني ودود، أحب الروتين، أعتني بكلبي كل يوم.
field-crisis-take_over_signs = علامات على أن على الآخرين تولّي الأمر
field-crisis-take_over_signs-hint = ما قد يراه الآخرون ويعني أنك تحتاج إليهم ليتصرفوا نيابة عنك.
field-crisis-take_over_signs-example = مثلًا: أتوقف عن الأكل، لا أتعرّف على الناس، أتحدث عن عدم رغبتي في أن أكون هنا.
field-crisis-supporters = الأشخاص الذين أريدهم أن يساعدوني
field-crisis-supporters-hint = من هم، وكيف يمكن الوصول إليهم، وما الذي تودّ أن يفعله كل واحد منهم.
field-crisis-supporters-example = مثلًا: سام، أختي، 07700 900123، تبقى معي وتتصل بطبيبي العام.
field-crisis-not_involved = أشخاص لا أريد مشاركتهم
field-crisis-not_involved-hint = يمكنك أن تذكر السبب إن أردت.
field-crisis-not_involved-example = مثلًا: شريك حياة سابق.
field-crisis-disagreements = إذا اختلف الأشخاص الذين يدعمونني
field-crisis-disagreements-hint = كيف تودّ أن يُحسم الخلاف بين الأشخاص الذين يدعمونك.
field-crisis-disagreements-example = مثلًا: القرار الأخير لأختي.
field-crisis-medication_current = الأدوية التي أتناولها الآن
field-crisis-medication_current-hint = الاسم والجرعة والغرض منها، إن كنت تعرف ذلك.
field-crisis-medication_current-example = مثلًا: سيرترالين ٥٠ ملغ كل صباح.
field-crisis-medication_preferred = الأدوية التي أفضّلها
field-crisis-medication_preferred-hint = ولماذا: ما الذي ساعدك من قبل.
field-crisis-medication_preferred-example = مثلًا: ديازيبام، لأنه يهدّئني دون أن يُفقدني وعيي.
field-crisis-medication_acceptable = الأدوية التي أقبلها
field-crisis-medication_acceptable-hint = إذا لم يكن ما تفضّله ممكنًا.
field-crisis-medication_acceptable-example = مثلًا: أقراص منوّمة لفترة قصيرة.
field-crisis-medication_unacceptable = الأدوية التي لا أريدها
field-crisis-medication_unacceptable-hint = ولماذا، حتى يفهم الناس.
field-crisis-medication_unacceptable-example = مثلًا: أولانزابين، بسبب زيادة الوزن في المرة السابقة.
field-crisis-allergies = الحساسية
field-crisis-allergies-hint = تجاه الأدوية أو الطعام أو أي شيء آخر.
field-crisis-allergies-example = مثلًا: البنسلين.
field-crisis-treatments_current = العلاجات التي أتلقاها الآن
field-crisis-treatments_current-hint = أي شيء هو جزء من رعايتك في الوقت الحالي.
field-crisis-treatments_current-example = مثلًا: جلسة علاج بالكلام كل أسبوع.
field-crisis-treatments_preferred = العلاجات التي أفضّلها
field-crisis-treatments_preferred-hint = ولماذا: ما الذي ساعدك من قبل.
field-crisis-treatments_preferred-example = مثلًا: زيارات فريق العلاج المنزلي، لأن بقائي في البيت يساعدني.
field-crisis-treatments_acceptable = العلاجات التي أقبلها
field-crisis-treatments_acceptable-hint = إذا لم يكن ما تفضّله ممكنًا.
field-crisis-treatments_acceptable-example = مثلًا: إقامة قصيرة في بيت أزمات.
field-crisis-treatments_unacceptable = العلاجات التي لا أريدها
field-crisis-treatments_unacceptable-hint = ولماذا، حتى يفهم الناس.
field-crisis-treatments_unacceptable-example = مثلًا: التقييد الجسدي، بسبب ما حدث من قبل.
field-crisis-home_care = خطة للبقاء في البيت أو في المجتمع أو في رعاية مؤقتة
field-crisis-home_care-hint = ما الذي يمكّنك من تجاوز الأزمة في البيت أو بالقرب منه، مع الدعم المناسب.
field-crisis-home_care-example = مثلًا: يتناوب أصدقائي على البقاء معي، ويزورني فريق الأزمات كل يوم.
field-crisis-places_preferred = الأماكن التي أفضّلها للعلاج
field-crisis-places_preferred-hint = مستشفيات أو بيوت أزمات أو أماكن أخرى كانت جيدة لك.
field-crisis-places_preferred-example = مثلًا: بيت الأزمات في البلدة.
field-crisis-places_unacceptable = أماكن لا أريد الذهاب إليها
field-crisis-places_unacceptable-hint = يمكنك أن تذكر السبب.
field-crisis-places_unacceptable-example = مثلًا: جناح في مستشفى بعيد عن البيت.
field-crisis-help_wanted = ما يساعدني عندما أكون في أزمة
field-crisis-help_wanted-hint = ما يمكن للآخرين أن يفعلوه أو يقولوه ويساعدك.
field-crisis-help_wanted-example = مثلًا: التحدث ببطء، الجلوس معي، تذكيري بشرب الماء.
field-crisis-help_unwanted = ما لا يساعدني
field-crisis-help_unwanted-hint = ما يجب على الآخرين تجنّبه، حتى لو كانت نيّتهم حسنة.
field-crisis-help_unwanted-example = مثلًا: كثرة الأسئلة، التجمّع حولي، مطالبتي بأن أبتهج.
field-crisis-if_danger = إذا كنت خطرًا على نفسي أو على الآخرين
field-crisis-if_danger-hint = ما تودّ أن يفعله الناس.
field-crisis-if_danger-example = مثلًا: أخذ مفاتيح سيارتي، الاتصال بخط الأزمات، البقاء معي.
field-crisis-responsibilities = من يهتم بماذا
field-crisis-responsibilities-hint = الأطفال والحيوانات الأليفة والفواتير وبيتك: من يهتم بكل منها.
field-crisis-responsibilities-example = مثلًا: إطعام القطة: جاري جو.
field-crisis-safer_surroundings = جعل محيطي أكثر أمانًا
field-crisis-safer_surroundings-hint = أشياء تُبعَد عن متناول اليد أو تُزال ما دامت الأمور صعبة.
field-crisis-safer_surroundings-example = مثلًا: تسليم أقراصي الزائدة إلى الصيدلية.
field-crisis-money = الأمور المالية
field-crisis-money-hint = الفواتير والبطاقات والإنفاق، ومن يمكنه المساعدة.
field-crisis-money-example = مثلًا: لدى مصرفي ملاحظة بإيقاف بطاقتي مؤقتًا؛ أخي يدفع الإيجار.
field-crisis-no_longer_needed_signs = علامات على أن هذه الخطة لم تعد ضرورية
field-crisis-no_longer_needed_signs-hint = كيف سيعرف الناس أنك تستطيع تولّي أمورك من جديد.
field-crisis-no_longer_needed_signs-example = مثلًا: أنام الليل كله، أطبخ لنفسي.
field-crisis-values_statement = ما يهمّني
field-crisis-values_statement-hint = قيمك ومعتقداتك وما يهمّك أكثر من أي شيء، حتى يتخذ الآخرون القرارات كما كنت ستتخذها أنت.
field-crisis-values_statement-example = مثلًا: أن أبقى قريبًا من أطفالي، إيماني، أن أحتفظ بعملي.
field-crisis-professionals_shared = المختصون والجهات التي شاركتُ معها هذه الوثيقة
field-crisis-professionals_shared-hint = من لديه نسخة من خياراتك المسبقة: طبيبك العام، فريق رعايتك، أو غيرهم.
field-crisis-professionals_shared-example = مثلًا: الدكتورة ريس، طبيبتي العامة؛ فريق الصحة النفسية المجتمعي.
field-after_crisis-out_of_crisis_signs = كيف سأعرف أنني خرجت من الأزمة
field-after_crisis-out_of_crisis_signs-hint = العلامات على أن الأسوأ قد مرّ.
field-after_crisis-out_of_crisis_signs-example = مثلًا: أرغب في رؤية أصدقائي من جديد.
field-after_crisis-helpers = من يساعدني بعد ذلك
field-after_crisis-helpers-hint = أشخاص يساعدونك على الوقوف من جديد.
field-after_crisis-helpers-example = مثلًا: عامل دعم الأقران الخاص بي، جاري.
field-after_crisis-first_steps = ما سأفعله أولًا
field-after_crisis-first_steps-hint = خطوات أولى لطيفة للعودة إلى حياتك اليومية.
field-after_crisis-first_steps-example = مثلًا: نزهة قصيرة واحدة كل يوم، العودة إلى العمل بدوام جزئي.
field-after_crisis-learning = ما يمكنني أن أتعلّمه منها
field-after_crisis-learning-hint = أي شيء تريد أن تتذكّره أو تغيّره في المرة القادمة.
field-after_crisis-learning-example = مثلًا: أحتاج إلى طلب المساعدة في وقت أبكر.
field-reasons-reasons = أسبابي للاستمرار
field-reasons-reasons-hint = أشخاص، حيوانات أليفة، خطط، أماكن، أي شيء يهمّك.
field-reasons-reasons-example = مثلًا: ابنة أختي، أن أرى البحر من جديد، قطتي بيكل.
field-reasons-good_moments = لحظات جميلة
field-reasons-good_moments-hint = ذكريات تريد أن تبقيها قريبة منك.
field-reasons-good_moments-example = مثلًا: اليوم الذي شاهدنا فيه شروق الشمس على الشاطئ.

## The values inside a list item

item-key-text = ماذا
item-key-why = لماذا
item-key-name = الاسم
item-key-role = صلته بي
item-key-contact = كيف يمكن الوصول إليه
item-key-tasks = ما أودّ أن يفعله
item-key-task = ما يجب فعله
item-key-who = من سيفعله

## Editing

editor-back-home = العودة إلى خطتي
editor-add = أضف
editor-add-label = أضف إلى «{ $field }»
editor-add-another = أضف واحدًا
editor-move-up = انقل إلى الأعلى
editor-move-down = انقل إلى الأسفل
editor-remove = احذف
editor-item-label = العنصر { $n }
editor-removed = حُذف.
editor-undo = تراجع
editor-empty-list = لا شيء هنا بعد.
editor-mark-reviewed = راجعت هذا الجزء اليوم
editor-reviewed-today = رُوجع اليوم. شكرًا لك.
editor-next-section = التالي: { $section }
save-saving = جارٍ الحفظ…
save-saved = حُفظ
save-error = لم يُحفظ بعد. سيحاول Harbour مرة أخرى.

## Views and printing

views-title = القراءة والطباعة
views-full = خطتي كاملة
views-safety = خطة الأمان
views-crisis = عرض الأزمة
views-card = بطاقة الأزمة
views-print = اطبع
views-save-pdf = احفظ كملف PDF
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = حُفظ باسم { $name } في { $path }. هذه النسخة غير مقفلة بعبارة المرور: احفظها في مكان خاص.
views-print-a4 = ورق A4
views-print-phone = صفحات بحجم الهاتف
views-print-layout = حجم الصفحة
views-valid-as-of = صالحة اعتبارًا من { $date }
views-reviewed = آخر مراجعة: { $date }
views-empty = لم يُكتب شيء هنا بعد.
views-empty-hint = ابدأ الكتابة في «خطتي»، وسيظهر ما تكتبه هنا.
views-card-title = بطاقة الأزمة الخاصة بي
views-card-intro = قصّ هذه البطاقة واحتفظ بها في محفظتك أو حقيبتك.
views-card-contacts = يُرجى التواصل مع
views-card-helps = ما يساعدني
views-card-allergies = الحساسية
views-card-more = خطتي الكاملة للأزمات موجودة في Harbour على هاتفي.
views-card-medication = الأدوية التي أتناولها
views-card-avoid = ما لا يساعدني
views-card-not-involved = يُرجى عدم إشراك
safety-part-safety_warning_signs = علامات الإنذار لديّ
safety-part-safety_coping = أشياء أستطيع فعلها لأتأقلم
safety-part-safety_actions = أشياء سأفعلها
safety-part-safety_people = أشخاص أستطيع أن أطلب منهم المساعدة
safety-part-safety_surroundings = جعل محيطي أكثر أمانًا
safety-part-safety_reasons = أسبابي للاستمرار
crisis-activate = فعّل خطتي للأزمات
crisis-stand-down = أوقف خطتي للأزمات
crisis-activate-note = هذا يجعل خطتك للأزمات مفعّلة، لتعرف أنت والأشخاص الذين تشاركها معهم أنها قيد الاستخدام. لا يتصل بأحد ولا يرسل أي شيء.
crisis-me = أنا

## Settings

settings-title = الإعدادات
settings-display = مظهر Harbour
settings-text-size = حجم النص
settings-text-size-value = { $percent }٪
settings-high-contrast = تباين عالٍ
settings-reduced-motion = تقليل الحركة
settings-language = اللغة والقراءة السهلة
settings-privacy = الخصوصية
settings-auto-lock = القفل بعد توقفي عن استخدام Harbour لمدة
settings-auto-lock-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
  }
settings-notifications = الإشعارات
settings-notifications-intro = يعرض Harbour هذه الإشعارات على هذا الجهاز فقط، والتي تشغّلها أنت فقط. لا تعرض أبدًا ما هو مكتوب في أي خطة.
settings-notify-signals = أخبرني عندما يبدأ شخص يشاركني خطته خطة الأزمة أو يطلب المساعدة
settings-review-reminder = ذكّرني بمراجعة خطتي
settings-review-reminder-never = أبدًا
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = كل { $days } يومًا
settings-notify-refused = لم يسمح هذا الجهاز لـ Harbour بعرض الإشعارات. يمكنك السماح بها في إعدادات الجهاز، ثم تشغيل هذا مرة أخرى.
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = بدأ { $person } خطة الأزمة
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = طلب { $person } المساعدة
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = أرسل إليك { $person } إشارة
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = افتح Harbour لقراءة خطة الأزمة الخاصة بـ { $person }: فهي تقول ما يودّ أن تفعله. إذا كان أحد في خطر الآن، فاتصل بالرقم 999.
notify-review-title = حان وقت مراجعة خطتك
notify-review-body = لم تُراجَع بعض أجزاء خطتك منذ مدة. افتح Harbour عندما تشعر بأنك مستعد.
settings-saved = حُفظت الإعدادات.
settings-passphrase = غيّر عبارة المرور
settings-passphrase-current = عبارة المرور الحالية
settings-passphrase-new = عبارة المرور الجديدة
settings-passphrase-confirm = اكتب العبارة الجديدة مرة أخرى
settings-passphrase-change = غيّر عبارة المرور
settings-passphrase-changed = تغيّرت عبارة المرور. مفتاح الاسترداد ما زال يعمل.
settings-recovery-key = مفتاح الاسترداد الخاص بي
settings-recovery-key-intro = مفتاح الاسترداد يفتح خطتك إذا نسيت عبارة المرور. اكتب عبارة المرور لترى مفتاحك مرة أخرى، أو لتنشئ مفتاحًا جديدًا.
settings-recovery-key-passphrase = عبارة المرور
settings-recovery-key-show = اعرض مفتاح الاسترداد
settings-recovery-key-new = أنشئ مفتاح استرداد جديدًا
settings-recovery-key-working = جارٍ التحقق من عبارة المرور…
settings-recovery-key-hide = أخفِ مفتاح الاسترداد
settings-recovery-key-none = أُنشئت هذه الخطة قبل أن يبدأ Harbour بالاحتفاظ بمفتاح الاسترداد، لذلك لا يمكن عرضه مرة أخرى. يمكنك أن تنشئ مفتاحًا جديدًا بدلًا منه.
settings-recovery-key-new-explain = سيحلّ المفتاح الجديد محلّ المفتاح الذي لديك الآن. لن يفتح المفتاح القديم هذه الخطة بعد ذلك، وتبقى عبارة المرور كما هي. النسخ الاحتياطية التي أنشأتها من قبل ما زالت تُفتح بالمفتاح القديم، لذلك أنشئ بعدها نسخة احتياطية جديدة أيضًا.
settings-recovery-key-new-confirm = نعم، أنشئ مفتاحًا جديدًا
settings-recovery-key-new-cancel = أبقِ مفتاحي الحالي
settings-recovery-key-made = هذا مفتاح الاسترداد الجديد الخاص بك. المفتاح القديم لم يعد يفتح هذه الخطة. النسخ الاحتياطية التي أنشأتها من قبل ما زالت تُفتح بالمفتاح القديم، لذلك أنشئ نسخة احتياطية جديدة أيضًا.
settings-backup = النسخ الاحتياطي والاستعادة
settings-backup-intro = النسخة الاحتياطية ملف واحد مقفل فيه خطتك كاملة. احتفظ بنسخة منه في مكان آمن، بعيدًا عن هذا الجهاز.
settings-backup-passphrase = عبارة مرور النسخة الاحتياطية
settings-backup-passphrase-hint = ستحتاج إليها (أو إلى مفتاح الاسترداد) للاستعادة. وبعد الاستعادة تصبح هي عبارة المرور الخاصة بك.
settings-backup-create = أنشئ نسخة احتياطية
settings-backup-created = حُفظت النسخة الاحتياطية باسم { $name } في { $path }
settings-restore = الاستعادة من نسخة احتياطية
settings-restore-intro = هذا يستبدل الخطة الموجودة على هذا الجهاز بالخطة الموجودة في النسخة الاحتياطية. تبقى الخطة الحالية محفوظة ومقفلة في مجلد Harbour.
settings-restore-file = ملف النسخة الاحتياطية
settings-restore-passphrase = عبارة مرور النسخة الاحتياطية
settings-restore-button = استعادة
settings-restored = استُعيدت خطتك.
settings-about = حول Harbour
settings-about-version = إصدار Harbour { $version }
settings-about-body = Harbour برنامج حر، بموجب ترخيص MIT أو Apache 2.0. لا حسابات فيه ولا تحليلات ولا تقارير أعطال.
settings-about-data = تأتي معلومات خطوط المساعدة والخدمات من المصادر المذكورة بجانب كل منها، مع تاريخ آخر تحقق منها.
settings-about-symbols = صور القراءة السهلة: Mulberry Symbols من إعداد Steve Lee، بترخيص CC BY-SA 4.0.
settings-about-fonts = يُعرض النص بالخطوط الموجودة على جهازك.

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = عبارة المرور هذه لا تفتح هذه الخطة. تحقّق من الأحرف الكبيرة والمسافات، ثم حاول مرة أخرى.
error-wrong_recovery_key = مفتاح الاسترداد هذا لا يفتح هذه الخطة. قارنه بالنسخة التي طبعتها أو حفظتها.
error-invalid_recovery_key = لا يبدو هذا مفتاح استرداد من Harbour. تحقّق من كل مجموعة من الأحرف والأرقام.
error-passphrase_required = يُرجى كتابة عبارة المرور.
error-vault_corrupt = ملف خطتك على هذا الجهاز تالف. يمكنك استعادته من نسخة احتياطية.
error-kdf_params_out_of_range = في ملف خطتك إعدادات لا يستخدمها Harbour، لذلك لم يُفتح. استعده من نسخة احتياطية.
error-backup_corrupt = ملف النسخة الاحتياطية هذا تالف أو ليس نسخة احتياطية من Harbour. لم يتغيّر أي شيء على هذا الجهاز.
error-vault_exists = توجد خطة على هذا الجهاز بالفعل.
error-vault_not_found = لا توجد خطة على هذا الجهاز بعد.
error-vault_too_new = حُفظت هذه الخطة بإصدار أحدث من Harbour. يُرجى تحديث Harbour لفتحها.
error-vault_locked = خطتك مقفلة. افتحها لتتابع؛ لم يضِع أي شيء كتبته.
error-io = لم يتمكّن Harbour من قراءة ملف أو كتابته. تأكّد من وجود مساحة على هذا الجهاز، ثم حاول مرة أخرى.
error-storage = لم يتمكّن Harbour من الحفظ الآن. تأكّد من وجود مساحة على هذا الجهاز، ثم حاول مرة أخرى.
error-unknown_field = هذا الجزء من الخطة غير موجود.
error-item_not_found = هذا العنصر لم يعد موجودًا. ربما حُذف.
error-too_long = هذا أطول مما يستطيع Harbour حفظه في مكان واحد. يُرجى تقسيمه.
error-plan_corrupt = تعذّرت قراءة جزء من خطتك. يمكنك استعادته من نسخة احتياطية.

## Errors from sharing (one per error code)

error-message_too_large = رسالة المزامنة هذه أكبر من أن تُفتح. لم يتغيّر أي شيء من بياناتك.
error-message_invalid = رسالة المزامنة هذه تالفة، لذلك لم تُستخدم. لم يتغيّر أي شيء من بياناتك.
error-message_unauthentic = تعذّر التحقق من رسالة المزامنة هذه، لذلك لم تُستخدم. ربما تغيّرت في الطريق.
error-message_replayed = وصلت رسالة المزامنة هذه من قبل، لذلك لم تُستخدم مرة أخرى.
error-write_refused = جاء تغيير من شخص غير مسموح له بإجرائه، لذلك رفضه Harbour.
error-invite_invalid = لا تبدو هذه الدعوة صحيحة. يُرجى طلب دعوة جديدة.
error-invite_expired = انتهت صلاحية هذه الدعوة. يُرجى طلب دعوة جديدة.
error-invite_used = استُخدمت هذه الدعوة من قبل. يُرجى طلب دعوة جديدة.
error-bundle_invalid = ملف المزامنة هذا تالف أو ليس من Harbour. لم يتغيّر أي شيء من بياناتك.
error-supporter_not_found = لا يوجد داعم بهذا الاسم.
error-supporter_exists = لديك بالفعل داعم بهذا الاسم. يُرجى اختيار اسم آخر.
error-person_not_found = لا أحد بهذا الاسم يشاركك خطة.
error-device_not_found = لا يوجد جهاز مرتبط بهذا الاسم.
error-rate_limited = أُرسلت إشارة قبل لحظة. يُرجى الانتظار قليلًا قبل إرسال إشارة أخرى.
error-code_mismatch = هذا الرمز غير مطابق. لم تتم مشاركة أي شيء. تحقق من الرمز على الشاشة الأخرى وحاول مرة أخرى.
error-code_ambiguous = أجاب أكثر من تطبيق بهذا الرمز، لذلك قد يكون الرابط لدى شخص آخر. للاحتياط، لم تتم إضافة أحد: أوقف هذه الدعوة وأنشئ دعوة جديدة.
error-vault_busy = خطتك مفتوحة في نافذة أو برنامج آخر من Harbour. أغلقها هناك، ثم حاول مرة أخرى.
error-passphrase_too_short = تحتاج عبارة المرور الجديدة إلى ١٠ أحرف على الأقل. كلما طالت كانت أقوى.
error-output_file_required = لا يمكن حفظ PDF إلا في ملف. اختر مكان حفظه.

## Sharing
## Supporters, plans shared with me, own devices, update files and the sync

home-sharing-heading = المشاركة
home-sharing-body = شارك أجزاء من خطتك مع أشخاص تثق بهم، واقرأ الخطط التي يشاركها الآخرون معك، واربط أجهزتك الأخرى. لا يُشارَك أي شيء حتى تختار ذلك.
nav-supporters = الأشخاص الذين أشارك معهم
nav-shared = ما يشاركه الآخرون معي
nav-devices = أجهزتي
supporters-title = الأشخاص الذين أشارك معهم
supporters-intro = أنت تختار بالضبط أي أجزاء خطتك يراها كل شخص. يحتاجون إلى Harbour، لكن دون حساب.
supporters-empty = لا تشارك خطتك مع أي أحد بعد.
supporters-state-invited = تمت دعوته: في انتظار انضمامه
supporters-state-expired = انتهت صلاحية الدعوة قبل أن ينضم. أوقف المشاركة وادعُه مرة أخرى.
supporters-state-active = المشاركة جارية: تصله تحديثاتك
supporters-state-revoked = أوقفت المشاركة
supporters-sees = يرى: { $sections }
supporters-invited-at = تاريخ الدعوة: { $when }
supporters-last-synced = آخر تحديث منه: { $when }
supporters-never-synced = لم يصل منه أي تحديث بعد
supporters-role-accepted = قَبِل دوره في خطتك.
supporters-availability = بكلماته: «{ $words }»
supporters-signals-on = سيُبلَّغ إذا بدأت خطتك للأزمات أو طلبت المساعدة.
supporters-replies = ردوده
supporters-revoke = أوقف المشاركة معه
supporters-revoke-explain = إذا أوقفت المشاركة، فلن تصل إلى { $name } أي تحديثات أخرى، وسيحذف Harbour خطتك من جهازه في المرة التالية التي يتلقى فيها تحديثًا منك. ما رآه بالفعل قد يبقى معه، مثلًا إذا نسخه أو طبعه أو صوّره.
supporters-revoke-confirm = أوقف المشاركة
supporters-revoke-cancel = استمر في المشاركة
supporters-revoked-done = أوقفت المشاركة مع { $name }.
supporters-revoked-had = كان قد تلقّى بالفعل: { $sections }. سيحذفها Harbour من جهازه عندما يتلقى تحديثًا منك في المرة التالية. ما نسخه أو طبعه أو صوّره قد يبقى معه.
supporters-revoked-nothing = لم يصل إليه أي شيء بعد.
supporters-revoked-heading = أشخاص أوقفت المشاركة معهم
supporters-revoked-at = أُوقفت المشاركة: { $when }
supporters-ask-heading = اطلب المساعدة
supporters-ask-body = أخبر الداعمين الذين وافقوا على ذلك أنك تريد المساعدة الآن. يتلقون إشعارًا قصيرًا دون تفاصيل، ومعه خطتك للأزمات. هذا لا يتصل بخدمات الطوارئ: إذا كنت في خطر الآن، فاتصل بالرقم 999.
supporters-ask-button = اطلب المساعدة من الداعمين
supporters-ask-done =
    { $count ->
        [zero] لم يوافق أحد بعد على أن يُبلَّغ.
        [one] سيُبلَّغ داعم واحد مع تحديثك التالي.
        [two] سيُبلَّغ داعمان مع تحديثك التالي.
        [few] سيُبلَّغ { $count } داعمين مع تحديثك التالي.
        [many] سيُبلَّغ { $count } داعمًا مع تحديثك التالي.
       *[other] سيُبلَّغ { $count } داعم مع تحديثك التالي.
    }
supporters-invite-start = ادعُ شخصًا
supporters-invite-heading = ادعُ شخصًا ليرى جزءًا من خطتك
supporters-invite-name = اسمه
supporters-invite-from = اسمك كما سيراه
supporters-invite-from-hint = مثلًا، اسمك الأول. يمكنك تركه فارغًا.
supporters-invite-sections = ما يمكنه رؤيته
supporters-invite-signals = أبلِغه إذا بدأت خطتي للأزمات أو طلبت المساعدة
supporters-invite-signals-hint = فقط إذا وافق هو أيضًا. لا يتصل Harbour بخدمات الطوارئ أبدًا.
supporters-preview-heading = ما سيراه { $name }
supporters-preview-someone = هذا الشخص
supporters-preview-nothing = اختر جزءًا واحدًا على الأقل لمشاركته.
supporters-invite-create = أنشئ الدعوة
supporters-invite-cancel = إلغاء
supporters-invite-ready = دعوتك إلى { $name }
supporters-invite-private = أرسلها إليه بشكل خاص، مثلًا في رسالة لا يقرؤها غيره. يمكن لأي شخص تصله أن ينضم، فلا تنشرها في أي مكان عام.
supporters-invite-link = رابط الدعوة
supporters-invite-copy = انسخ الرابط
supporters-invite-copied = تم النسخ.
supporters-invite-save = احفظها كملف
supporters-invite-saved = حُفظت: { $path }
supporters-invite-qr = أو يمكنه مسح هذا الرمز بجهازه.
supporters-invite-qr-alt = رمز QR للدعوة إلى { $name }
supporters-invite-code-later = عندما يجيب تطبيقه، يطلب منك Harbour الرمز الذي يظهر فيه. سيقرؤه لك، وتكتبه أنت في الأسفل.
supporters-code = رمز التأكيد: { $code }. تأكد أنه مطابق للرمز الذي لديه.
supporters-read-not-yet = لم يحدد خطتك كمقروءة بعد.
supporters-read-earlier = لم يقرأ آخر تغييراتك بعد.
supporters-read-latest = قرأ آخر تغييراتك.
supporters-invite-expires =
    { $days ->
        [zero] تعمل الدعوة مرة واحدة، لمدة { $days } يوم.
        [one] تعمل الدعوة مرة واحدة، لمدة يوم واحد.
        [two] تعمل الدعوة مرة واحدة، لمدة يومين.
        [few] تعمل الدعوة مرة واحدة، لمدة { $days } أيام.
        [many] تعمل الدعوة مرة واحدة، لمدة { $days } يومًا.
       *[other] تعمل الدعوة مرة واحدة، لمدة { $days } يوم.
    }
supporters-invite-done = تم
supporters-state-waiting = أجاب: في انتظار أن تكتب رمزه
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = أجاب تطبيق { $name }. اطلب من { $name } أن يقرأ لك الرمز الذي يظهر في تطبيقه، واكتبه هنا. لن تتم مشاركة أي شيء قبل ذلك.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = الرمز من تطبيق { $name }
supporters-confirm-button = تأكيد
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = الرمز مطابق. ستصل خطتك إلى { $name } مع تحديثك التالي.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = أجاب أكثر من تطبيق على هذه الدعوة، لذلك قد يكون الرابط لدى شخص آخر. للاحتياط، أوقف هذه الدعوة وأنشئ دعوة جديدة إلى { $name }.
confirm-code-hint = ستة أرقام، مثلًا 123456
confirm-code-format = يُرجى كتابة أرقام الرمز الستة كلها، مثلًا 123456.
shared-title = ما يشاركه الآخرون معي
shared-intro = خطط يشاركها أشخاص آخرون معك. يمكنك قراءتها دون إنترنت.
shared-empty = لا أحد يشارك معك خطة بعد. عندما يرسل إليك أحد دعوة، الصقها أدناه.
shared-sections = يشارك: { $sections }
shared-not-yet = في انتظار تحديثه الأول.
shared-has-changes = تغيّر شيء منذ آخر مرة قرأتها.
shared-up-to-date = قرأت أحدث نسخة.
shared-open = اقرأ خطة { $person }
shared-open-crisis = افتح خطة { $person } للأزمات
shared-back = العودة إلى كل الخطط المشتركة
shared-plan-title = خطة { $person }
shared-waiting = لم يصل أي شيء من { $person } بعد. افتح ملف التحديث الذي يرسله إليك، في الأسفل على الشاشة السابقة.
shared-updated-at = وصل آخر تحديث: { $when }
shared-first-read = هذه أول مرة تقرؤها هنا.
shared-changed =
    { $count ->
        [zero] تغيّر { $count } جزء منذ آخر مرة قرأتها:
        [one] تغيّر جزء واحد منذ آخر مرة قرأتها:
        [two] تغيّر جزآن منذ آخر مرة قرأتها:
        [few] تغيّرت { $count } أجزاء منذ آخر مرة قرأتها:
        [many] تغيّر { $count } جزءًا منذ آخر مرة قرأتها:
       *[other] تغيّر { $count } جزء منذ آخر مرة قرأتها:
    }
shared-nothing-changed = لم يتغيّر شيء منذ آخر مرة قرأتها.
shared-mark-read = قرأتها
shared-show-crisis = اعرض خطة الأزمات فقط
shared-show-all = اعرض كل ما يشاركه
shared-signal-crisis_plan_activated = بدأ { $person } خطته للأزمات ({ $when }). توضّح خطته للأزمات ما يودّ أن تفعله.
shared-signal-ask_for_help = طلب { $person } المساعدة ({ $when }). توضّح خطته للأزمات ما يودّ أن تفعله.
shared-signal-other = أرسل إليك { $person } إشارة ({ $when }).
shared-signal-not-emergency = لا يتصل Harbour بخدمات الطوارئ. إذا كان أحد في خطر الآن، فاتصل بالرقم 999.
shared-role-heading = دوري
shared-role-accepted = قبلت دورك.
shared-role-availability = متى وكيف يمكنني المساعدة
shared-role-availability-hint = مثلًا: يمكن الاتصال بي ليلًا. أيام الأسبوع بعد السادسة مساءً.
shared-role-signals = أبلِغني إذا بدأ { $person } خطته للأزمات أو طلب المساعدة
shared-role-signals-hint = يصلك إشعار هادئ هنا. لا يحتوي على أي تفاصيل.
shared-role-accept = أقبل دوري
shared-role-saved = حُفظ. سيصل إليه مع تحديثك التالي.
shared-reply-heading = الرد
shared-reply-label = رسالة إلى { $person }
shared-reply-send = أرسل الرد
shared-reply-queued = سيصل ردك إليه مع تحديثك التالي.
shared-join-heading = انضم بدعوة
shared-join-intro = أرسل إليك أحدهم رابط دعوة. الصقه هنا. لا تحتاج إلى حساب.
shared-join-label = رابط الدعوة
shared-join-button = انضم
shared-joined = يشارك { $person } معك: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = رمز التأكيد الخاص بك: { $code }. اقرأه له، وجهًا لوجه أو عبر الهاتف: سيكتبه في تطبيقه. لن تتم مشاركة أي شيء معك قبل ذلك.
shared-joined-next = الآن أرسل إليه ملف تحديث (أو زامن، إن كانت المزامنة مفعّلة)، ليصل ردّك إلى تطبيقه. بعد أن يكتب رمزك، ستصل خطته مع تحديثه التالي.

supporter-guide-title = دورك كداعم
supporter-guide-intro = طلب منك { $person } أن تدعمه. إليك باختصار ما يعنيه ذلك.
supporter-guide-asked-heading = ما يطلبه منك { $person }
supporter-guide-asked-sections = يشارك { $person } معك هذه الأجزاء من خطته: { $sections }. اقرأها عندما تصل، ثم اقرأها مرة أخرى عندما يتغير فيها شيء.
supporter-guide-asked-crisis = تقول خطة الأزمات لديه ما يودّ أن يفعله الأشخاص من حوله إذا صعبت الأمور. انظر في الخطة التي شاركها معك لترى ما يطلبه منك.
supporter-guide-asked-plan = انظر في الخطة التي شاركها معك. فهي تقول ما يساعده، وما يودّه من الأشخاص من حوله.
supporter-guide-asked-talk = إذا لم يكن شيء فيها واضحًا، فاسأله في وقت هادئ.
supporter-guide-not-heading = ما لا يُطلب منك
supporter-guide-not-clinician = لست طبيبه ولا ممرضه ولا معالجه. ليس عليك أن تعالجه أو أن تحلّ كل شيء.
supporter-guide-not-always = ليس عليك أن تكون متاحًا طوال الوقت. لا بأس أن تقول متى تستطيع المساعدة ومتى لا تستطيع.
supporter-guide-not-share = حافظ على خصوصية خطته. لا تُرِها لأحد ولا ترسلها إلى أي شخص آخر.
supporter-guide-worried-heading = إذا كنت قلقًا ولا تستطيع الوصول إليه
supporter-guide-worried-emergency = إذا ظننت أن حياته في خطر، فاتصل بالرقم 999 الآن. يمكنك أيضًا الاتصال بالرقم 112.
supporter-guide-worried-helplines = إذا لم تكن حالة طارئة، يمكنك الاتصال بخط مساعدة. فهم يستمعون أيضًا إلى من يقلقون على شخص آخر.
supporter-guide-worried-harbour = لا يتصل Harbour بأحد نيابةً عنك.
supporter-guide-helplines = اعرض خطوط المساعدة
supporter-guide-close = أغلق هذا الدليل
devices-title = أجهزتي
devices-intro = اربط هاتفك وحاسوبك، لتكون خطتك على كليهما.
devices-list-heading = الأجهزة المرتبطة
devices-this-device = هذا الجهاز
devices-unnamed = جهاز بلا اسم
devices-none = هذا الجهاز وحده عليه خطتك.
devices-remove = أزل هذا الجهاز
devices-remove-explain = هل تريد إزالة { $name }؟ ستنتقل أجهزتك الأخرى إلى مفتاح جديد. ما هو موجود بالفعل على { $name } قد يبقى عليه. لتتأكد من أن روابط الداعمين آمنة أيضًا، ادعُهم مرة أخرى.
devices-remove-confirm = أزله
devices-removed = أُزيل { $name }.
devices-link-heading = اربط جهازًا آخر
devices-link-intro = أنشئ رمزًا هنا، ثم أدخله على جهازك الآخر.
devices-link-start = أنشئ رمزًا
devices-link-code = أدخل هذا الرمز على جهازك الآخر:
devices-link-qr-alt = رمز QR لربط جهاز آخر
devices-link-next = بعد ذلك أرسل إلى هذا الجهاز ملف تحديث من هناك. عندما يصل، اكتب الرمز الذي يظهر على الجهاز الجديد، وأرسل ملف تحديث في المقابل. يعمل الرمز مرة واحدة.
devices-join-heading = هذا جهازي الجديد
devices-join-intro = أدخل الرمز الذي يعرضه جهازك الآخر.
devices-join-code = الرمز من جهازي الآخر
devices-join-name = اسم لهذا الجهاز
devices-join-button = اربط هذا الجهاز
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = الربط على وشك الاكتمال. رمز التأكيد: { $code }. أرسل الآن ملف تحديث إلى جهازك الآخر (أو زامن)، واكتب هذا الرمز هناك. ستصل خطتك بعد ذلك مع تحديثه التالي.
devices-code = رمز التأكيد: { $code }. تأكد أنه مطابق للرمز الذي ظهر على ذلك الجهاز عند انضمامه.
devices-state-waiting = أجاب: في انتظار أن تكتب رمزه
devices-waiting-heading = أجاب جهاز جديد
devices-waiting-explain = اكتب الرمز الذي يظهر عليه. لن تتم مشاركة أي شيء معه قبل ذلك.
devices-waiting-many = أجاب أكثر من جهاز. إذا كنت تربط جهازًا واحدًا فقط، فقد يكون رمزك لدى شخص آخر: للاحتياط، أنشئ رمزًا جديدًا واربط من جديد.
devices-confirm-label = الرمز من الجهاز الجديد
devices-confirm-button = تأكيد
devices-confirmed = الرمز مطابق. ستصل خطتك إلى الجهاز الجديد مع تحديثك التالي.
sync-files-heading = ملفات التحديث
sync-files-intro = دون خادم مزامنة وسيط، تنتقل التحديثات على شكل ملفات: احفظ ملفًا وأرسله بالبريد الإلكتروني أو بتطبيق مراسلة أو على ذاكرة USB. الملف مشفّر: لا يستطيع فتحه إلا الأشخاص الذين تشارك معهم.
sync-file-save = احفظ ملف تحديث
sync-file-saved = حُفظ: { $path }. أرسل هذا الملف إلى الأشخاص الذين تشارك معهم.
sync-file-open-label = ملف تحديث أرسله إليك أحدهم
sync-file-open = افتح ملف التحديث
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = فتحت { $name } من ملفاتك. لن يُقرأ شيء حتى تضغط على «افتح ملف التحديث».
sync-file-in-done =
    { $accepted ->
        [zero] وصل { $accepted } تحديث.
        [one] وصل تحديث واحد.
        [two] وصل تحديثان.
        [few] وصلت { $accepted } تحديثات.
        [many] وصل { $accepted } تحديثًا.
       *[other] وصل { $accepted } تحديث.
    }
sync-file-in-some-refused = التحديثات التي وصلت: { $accepted }؛ التحديثات التي تعذّر استخدامها: { $refused }. لم يتغيّر أي شيء يخصك بسببها.
sync-file-in-nothing-new = لا جديد: لديك بالفعل كل ما في هذا الملف.
sync-file-in-not-for-me = لا يحتوي هذا الملف على أي شيء لك.
sync-file-in-revoked = أوقف { $person } مشاركة خطته معك، لذا أُزيلت من هذا الجهاز.
sync-heading = المزامنة
sync-intro = ترسل المزامنة تحديثاتك عبر خادم وسيط، فلا تحتاج إلى ملفات. وهي متوقفة حتى تشغّلها. ما دامت متوقفة، لا يتصل Harbour بالإنترنت.
sync-state-off = المزامنة متوقفة.
sync-state-on = المزامنة تعمل، عبر { $url }.
sync-relay-not-yet = لا يستطيع هذا الإصدار من Harbour الوصول إلى خادم وسيط بعد. حُفظ اختيارك؛ وحتى ذلك الحين، استخدم ملفات التحديث.
sync-toggle = زامن عبر خادم وسيط
sync-relay-url = عنوان الخادم الوسيط
sync-relay-url-hint = يبدأ بـ https://. اسأل الجهة التي تدير الخادم الوسيط، مثلًا جمعية خيرية محلية.
sync-turn-on = شغّل المزامنة
sync-save-address = احفظ عنوان الخادم الوسيط
sync-last-file-out = حُفظ آخر ملف تحديث: { $when }
sync-last-file-in = فُتح آخر ملف تحديث: { $when }
sync-status-off = المزامنة متوقفة.
sync-status-waiting = في انتظار المزامنة لأول مرة.
sync-status-synced = تمت المزامنة.
sync-status-offline = غير متصل: تُحفظ تغييراتك وتُرسل عند عودة الاتصال.
sync-status-error = لم تنجح المزامنة في المرة الأخيرة.
sync-last-relay = آخر مزامنة: { $when }
sync-retry = يحاول Harbour مرة أخرى تلقائيًا كل دقيقة. لن يضيع أي شيء في هذه الأثناء.
sync-unsent =
    { $count ->
        [zero] { $count } تحديث في انتظار الإرسال.
        [one] تحديث واحد في انتظار الإرسال.
        [two] تحديثان في انتظار الإرسال.
        [few] { $count } تحديثات في انتظار الإرسال.
        [many] { $count } تحديثًا في انتظار الإرسال.
       *[other] { $count } تحديث في انتظار الإرسال.
    }
sync-now = زامن الآن
error-relay_unreachable = تعذّر على Harbour الوصول إلى الخادم الوسيط. تأكد من أن هذا الجهاز متصل بالإنترنت وأن عنوان الخادم الوسيط صحيح.
error-relay_refused = رفض الخادم الوسيط هذا التحديث (مثلًا لأنه ممتلئ أو لأن التحديث كبير جدًا). خطتك آمنة على هذا الجهاز؛ اسأل من يدير الخادم الوسيط.

## My places

my-places-title = أماكني
my-places-intro = أماكن تساعدك، مثل بيت صديق. تُحفظ مقفلة في خطتك على هذا الجهاز، وتظهر في «ابحث عن مساعدة قريبة» ما دامت خطتك مفتوحة.
my-places-empty = لم تُضِف أي أماكن بعد.
my-places-add = أضف مكانًا
my-places-add-title = أضف مكانًا
my-places-edit-title = عدّل هذا المكان
my-places-edit = عدّل
my-places-remove = أزل
my-places-remove-confirm = هل تريد إزالة { $name }؟
my-places-remove-yes = نعم، أزله
my-places-remove-no = أبقِه
my-places-name = الاسم
my-places-phone = رقم الهاتف (اختياري)
my-places-address = العنوان (اختياري)
my-places-town = المدينة (اختياري)
my-places-postcode = الرمز البريدي (اختياري)
my-places-position = الموقع الدقيق (اختياري)
my-places-position-hint = خط العرض وخط الطول، مثلًا 52.9107, -0.6423. دونه، يستخدم Harbour مركز المدينة.
my-places-hours = أوقات العمل (اختياري)
my-places-hours-hint = بصيغة OpenStreetMap، مثلًا: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = ملاحظة (اختياري)
my-places-save = احفظ
my-places-cancel = إلغاء
my-places-not-on-map = ليس على الخريطة: لم يتعرّف Harbour على المدينة. ابحث عن اسم المكان للعثور عليه.
my-places-added-by-you = أضفته أنت
find-kind-other = غير ذلك
error-place_name_required = يُرجى إعطاء المكان اسمًا.
error-phone_invalid = لا يبدو هذا رقم هاتف. استخدم الأرقام والمسافات فقط، وعلامة + في البداية.
error-opening_hours_invalid = تعذّر على Harbour قراءة أوقات العمل هذه. جرّب الصيغة Mo-Fr 09:00-17:00، أو اتركها فارغة.
error-coordinates_invalid = لا يبدو هذا الموقع صحيحًا. اكتب خط العرض وخط الطول، مفصولين بفاصلة، أو اتركه فارغًا.
error-my_place_not_found = هذا المكان لم يعد موجودًا. ربما أُزيل.

## Daily check-in

section-checkins-title = اطمئناني اليومي (اللون فقط)
checkin-heading = كيف حالك اليوم؟
checkin-note-label = بضع كلمات إن أردت (أنت وحدك تراها)
checkin-green = أخضر: أنا بخير
checkin-amber = كهرماني: أجد الأمور صعبة
checkin-red = أحمر: أعاني كثيرًا
checkin-state-green = أخضر
checkin-state-amber = كهرماني
checkin-state-red = أحمر
checkin-since = { $state } منذ { $when }
checkin-when-today = اليوم
checkin-privacy = نقرة واحدة تكفي. تبقى ملاحظاتك على أجهزتك. لا يرى الداعم لونك إلا إذا شاركت اطمئنانك معه.
checkin-saved = تم الحفظ. شكرًا لأنك طمأنتنا عنك.
checkin-red-heading = اخترت الأحمر. لست مضطرًا لمواجهة هذا وحدك.
checkin-red-body = خطة الأزمة الخاصة بك هنا، ويمكنك أن تطلب المساعدة من داعميك. لا يُرسَل شيء إلا إذا نقرت.
checkin-red-plan = افتح خطة الأزمة الخاصة بي
checkin-history-heading = الأسابيع الأربعة الماضية
checkin-history-summary = في الأسابيع الأربعة الماضية: { $green } أخضر، { $amber } كهرماني، { $red } أحمر، { $none } أيام بلا اطمئنان.
checkin-history-range = من { $from } إلى { $to }
checkin-history-no-day = بلا اطمئنان
checkin-history-list = اطمئناناتي الأخيرة، كقائمة
shared-checkin = اطمئنان { $person }: { $state } منذ { $when }

## Photos on reasons and the toolbox

photo-add = إضافة صورة
photo-change = تغيير الصورة
photo-remove = إزالة الصورة
photo-working = جارٍ إضافة الصورة…
error-photo_invalid = هذا الملف ليس صورة يستطيع Harbour استخدامها. اختر صورة JPEG أو PNG أو WebP أو GIF.
error-photo_too_large = هذه الصورة كبيرة جدًا. اختر صورة أصغر من 20 ميغابايت.
error-photo_not_found = هذه الصورة لم تعد موجودة.
