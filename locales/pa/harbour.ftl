# Harbour — ਪੰਜਾਬੀ (Punjabi, Gurmukhi). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…

## Navigation

nav-get-help-now = ਹੁਣੇ ਮਦਦ ਲਓ

## Home

home-title = Harbour ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ
home-intro = Harbour ਤੁਹਾਡੀ ਠੀਕ ਹੋਣ ਅਤੇ ਸੰਕਟ ਦੀ ਯੋਜਨਾ ਨੂੰ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੁਰੱਖਿਅਤ ਰੱਖਦਾ ਹੈ, ਅਤੇ ਇਸਨੂੰ ਸਿਰਫ਼ ਉਹਨਾਂ ਲੋਕਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰਦਾ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਸੀਂ ਚੁਣਦੇ ਹੋ।
home-help-heading = ਕੀ ਤੁਹਾਨੂੰ ਹੁਣੇ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨ ਦੀ ਲੋੜ ਹੈ?
home-help-body = ਹੈਲਪਲਾਈਨਾਂ ਦਿਨ-ਰਾਤ ਮੌਜੂਦ ਹਨ। ਤੁਸੀਂ ਇੱਥੋਂ ਉਹਨਾਂ ਨੂੰ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ ਜਾਂ ਸੁਨੇਹਾ ਭੇਜ ਸਕਦੇ ਹੋ।
home-privacy-heading = ਤੁਹਾਡੀ ਯੋਜਨਾ ਤੁਹਾਡੀ ਹੀ ਰਹਿੰਦੀ ਹੈ
home-privacy-body = ਤੁਸੀਂ ਜੋ ਵੀ ਲਿਖਦੇ ਹੋ, ਉਹ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਖ਼ੁਦ ਸਾਂਝਾ ਨਾ ਕਰੋ। Harbour ਵਿੱਚ ਕੋਈ ਖਾਤਾ ਨਹੀਂ ਅਤੇ ਕੋਈ ਟਰੈਕਿੰਗ ਨਹੀਂ।

## Get help now

help-title = ਹੁਣੇ ਮਦਦ ਲਓ
help-intro = ਤੁਹਾਨੂੰ ਇਸ ਵਿੱਚੋਂ ਇਕੱਲਿਆਂ ਨਹੀਂ ਲੰਘਣਾ ਪਵੇਗਾ। ਇਹ ਹੈਲਪਲਾਈਨਾਂ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਨ ਲਈ ਹਨ।
help-country-label = ਦੇਸ਼
help-call = ਫ਼ੋਨ ਕਰੋ
help-text = ਸੁਨੇਹਾ ਭੇਜੋ
help-hours = ਸਮਾਂ: { $hours }
help-last-checked = ਆਖ਼ਰੀ ਵਾਰ ਜਾਂਚਿਆ: { $date }
help-source = ਸਰੋਤ
help-none = ਸਾਡੇ ਕੋਲ ਅਜੇ ਇਸ ਦੇਸ਼ ਲਈ ਹੈਲਪਲਾਈਨਾਂ ਨਹੀਂ ਹਨ। ਕੋਈ ਹੋਰ ਦੇਸ਼ ਚੁਣੋ, ਜਾਂ ਨੇੜੇ ਦੀਆਂ ਸੇਵਾਵਾਂ ਲੱਭੋ।
help-caution = ਨੰਬਰ ਅਤੇ ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹਨ। ਹਰ ਇੱਕ ਨਾਲ ਦੱਸਿਆ ਗਿਆ ਹੈ ਕਿ ਇਹ ਕਿੱਥੋਂ ਆਇਆ ਅਤੇ ਆਖ਼ਰੀ ਵਾਰ ਕਦੋਂ ਜਾਂਚਿਆ ਗਿਆ।

## Errors (one per error code from the Rust core)

error-invalid_input = ਇਹ ਠੀਕ ਨਹੀਂ ਲੱਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਜਾਂਚ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-data_invalid = Harbour ਦੀ ਕੁਝ ਅੰਦਰੂਨੀ ਜਾਣਕਾਰੀ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ Harbour ਟੀਮ ਨੂੰ ਦੱਸੋ।
error-internal = ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ।
