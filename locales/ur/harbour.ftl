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
