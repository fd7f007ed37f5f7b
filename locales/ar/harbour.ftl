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
