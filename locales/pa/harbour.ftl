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

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = ਨੇੜੇ ਮਦਦ ਲੱਭੋ
home-find-heading = ਜਾਣ ਲਈ ਕੋਈ ਥਾਂ
home-find-body = ਕਿਸੇ ਕਸਬੇ ਦੇ ਨੇੜੇ ਸੰਕਟ ਕੈਫ਼ੇ, ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ ਅਤੇ ਸਾਥੀ ਸਹਾਇਤਾ ਗਰੁੱਪ ਲੱਭੋ। ਇਹ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਕੰਮ ਕਰਦਾ ਹੈ।
find-title = ਨੇੜੇ ਮਦਦ ਲੱਭੋ
find-intro = ਕਿਸੇ ਕਸਬੇ ਜਾਂ ਸ਼ਹਿਰ ਦਾ ਨਾਮ ਲਿਖੋ। Harbour ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਆਪਣੀ ਸੂਚੀ ਵਿੱਚ ਲੱਭਦਾ ਹੈ; ਕੁਝ ਵੀ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
find-place-label = ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ
find-place-hint = ਜਿਵੇਂ: Southall, Leeds, Cardiff
find-search = ਲੱਭੋ
find-open-now = ਸਿਰਫ਼ ਉਹ ਥਾਵਾਂ ਜੋ ਹੁਣ ਖੁੱਲ੍ਹੀਆਂ ਹਨ
find-kind-label = ਥਾਂ ਦੀ ਕਿਸਮ
find-kind-all = ਸਾਰੀਆਂ ਕਿਸਮਾਂ
find-kind-crisis_cafe = ਸੰਕਟ ਕੈਫ਼ੇ
find-kind-safe_haven = ਸੁਰੱਖਿਅਤ ਥਾਂ
find-kind-crisis_house = ਸੰਕਟ ਘਰ
find-kind-peer_group = ਸਾਥੀ ਸਹਾਇਤਾ ਗਰੁੱਪ
find-kind-drop_in = ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਆਉਣ ਦੀ ਥਾਂ
find-kind-helpline = ਹੈਲਪਲਾਈਨ
find-near = { $place } ਦੇ ਨੇੜੇ
find-matching = “{ $query }” ਨਾਲ ਮਿਲਦੀਆਂ ਥਾਵਾਂ
find-none = ਇੱਥੇ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ। ਨੇੜੇ ਦਾ ਕੋਈ ਵੱਡਾ ਸ਼ਹਿਰ ਅਜ਼ਮਾਓ, ਜਾਂ “ਹੁਣੇ ਮਦਦ ਲਓ” ਵਿੱਚੋਂ ਕਿਸੇ ਹੈਲਪਲਾਈਨ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
find-none-open = ਇਸ ਵੇਲੇ ਨੇੜੇ ਕੁਝ ਵੀ ਖੁੱਲ੍ਹਾ ਨਹੀਂ ਹੈ। ਹੈਲਪਲਾਈਨਾਂ ਦਿਨ-ਰਾਤ ਖੁੱਲ੍ਹੀਆਂ ਹਨ।
find-status-open-all-day = 24 ਘੰਟੇ ਖੁੱਲ੍ਹਾ
find-status-open-until = { $time } ਤੱਕ ਖੁੱਲ੍ਹਾ
find-status-open-until-day = { $day ->
    [monday] ਸੋਮਵਾਰ
    [tuesday] ਮੰਗਲਵਾਰ
    [wednesday] ਬੁੱਧਵਾਰ
    [thursday] ਵੀਰਵਾਰ
    [friday] ਸ਼ੁੱਕਰਵਾਰ
    [saturday] ਸ਼ਨਿੱਚਰਵਾਰ
   *[sunday] ਐਤਵਾਰ
  } { $time } ਤੱਕ ਖੁੱਲ੍ਹਾ
find-status-opens-at = { $day ->
    [today] ਅੱਜ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [tomorrow] ਕੱਲ੍ਹ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [monday] ਸੋਮਵਾਰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [tuesday] ਮੰਗਲਵਾਰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [wednesday] ਬੁੱਧਵਾਰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [thursday] ਵੀਰਵਾਰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [friday] ਸ਼ੁੱਕਰਵਾਰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [saturday] ਸ਼ਨਿੱਚਰਵਾਰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
   *[sunday] ਐਤਵਾਰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
  }
find-status-closed = ਇਸ ਹਫ਼ਤੇ ਬੰਦ ਹੈ
find-status-unknown = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਪਤਾ ਨਹੀਂ: ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਪਤਾ ਕਰੋ
find-distance = { $km } ਕਿਲੋਮੀਟਰ ਦੂਰ
find-distance-approx = ਲਗਭਗ { $km } ਕਿਲੋਮੀਟਰ ਦੂਰ (ਕਸਬੇ ਦਾ ਕੇਂਦਰ)
find-distance-unknown = ਦੂਰੀ ਪਤਾ ਨਹੀਂ
find-referral-self_referral = ਸਿੱਧੇ ਆ ਜਾਓ: ਰੈਫ਼ਰਲ ਦੀ ਲੋੜ ਨਹੀਂ
find-referral-phone_first = ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰੋ ਜਾਂ ਸਮਾਂ ਲਓ
find-referral-referral_needed = ਕਿਸੇ ਮਾਹਰ ਤੋਂ ਰੈਫ਼ਰਲ ਦੀ ਲੋੜ ਹੈ
find-age = ਉਮਰਾਂ: { $ages }
find-call = ਫ਼ੋਨ ਕਰੋ
find-directions = ਰਸਤਾ
find-website = ਵੈੱਬਸਾਈਟ
find-hours-source = ਸਮਾਂ, ਜਿਵੇਂ ਸਰੋਤ ਦੱਸਦਾ ਹੈ: { $text }
find-last-checked = ਆਖ਼ਰੀ ਵਾਰ ਜਾਂਚਿਆ: { $date }
find-stale = { $months ->
    [one] ਸ਼ਾਇਦ ਪੁਰਾਣਾ ਹੋਵੇ: ਆਖ਼ਰੀ ਵਾਰ { $months } ਮਹੀਨਾ ਪਹਿਲਾਂ ਜਾਂਚਿਆ
   *[other] ਸ਼ਾਇਦ ਪੁਰਾਣਾ ਹੋਵੇ: ਆਖ਼ਰੀ ਵਾਰ { $months } ਮਹੀਨੇ ਪਹਿਲਾਂ ਜਾਂਚਿਆ
}
find-stale-source = ਸ਼ਾਇਦ ਪੁਰਾਣਾ ਹੋਵੇ: ਸਰੋਤ ਪੁਰਾਣਾ ਹੈ ਜਾਂ ਇੱਕ ਤਜਰਬੇ ਵਾਲਾ ਪ੍ਰੋਜੈਕਟ ਸੀ
find-source = ਸਰੋਤ
find-report = ਕਿਸੇ ਸਮੱਸਿਆ ਬਾਰੇ ਦੱਸੋ
find-caution = ਥਾਵਾਂ ਆਪਣਾ ਸਮਾਂ ਬਦਲ ਲੈਂਦੀਆਂ ਹਨ ਅਤੇ ਕਦੇ-ਕਦੇ ਬੰਦ ਹੋ ਜਾਂਦੀਆਂ ਹਨ। ਹੋ ਸਕੇ ਤਾਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰ ਲਓ। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
help-nearby-heading = { $place } ਦੇ ਨੇੜੇ ਹੁਣ ਖੁੱਲ੍ਹਾ
help-nearby-none = ਇਸ ਵੇਲੇ { $place } ਦੇ ਨੇੜੇ ਕੁਝ ਵੀ ਖੁੱਲ੍ਹਾ ਨਹੀਂ ਹੈ।
help-find-more = ਨੇੜੇ ਮਦਦ ਲੱਭੋ

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = ਝੱਟ ਬਾਹਰ ਨਿਕਲੋ
nav-quick-exit-hint = Harbour ਨੂੰ ਤੁਰੰਤ ਲੁਕਾ ਦਿੰਦਾ ਹੈ ਅਤੇ ਤੁਹਾਡੀ ਯੋਜਨਾ ਨੂੰ ਲਾਕ ਕਰ ਦਿੰਦਾ ਹੈ। ਸ਼ਾਰਟਕੱਟ: Escape ਦੋ ਵਾਰ ਦਬਾਓ।
nav-settings = ਸੈਟਿੰਗਾਂ
nav-my-plan = ਮੇਰੀ ਯੋਜਨਾ
nav-lock = ਲਾਕ ਕਰੋ
unlock-title = ਆਪਣੀ ਯੋਜਨਾ ਖੋਲ੍ਹੋ
unlock-lead = ਆਪਣੀ ਯੋਜਨਾ ਖੋਲ੍ਹਣ ਲਈ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ।
unlock-passphrase-label = ਪਾਸਫ਼ਰੇਜ਼
unlock-button = ਖੋਲ੍ਹੋ
unlock-working = ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ…
unlock-use-recovery = ਪਾਸਫ਼ਰੇਜ਼ ਯਾਦ ਨਹੀਂ? ਰਿਕਵਰੀ ਕੁੰਜੀ ਵਰਤੋ
unlock-use-passphrase = ਇਸਦੀ ਬਜਾਏ ਪਾਸਫ਼ਰੇਜ਼ ਵਰਤੋ
unlock-recovery-label = ਰਿਕਵਰੀ ਕੁੰਜੀ
unlock-recovery-hint = ਉਹ ਕੁੰਜੀ ਜੋ ਤੁਸੀਂ Harbour ਸੈੱਟ ਕਰਦੇ ਸਮੇਂ ਪ੍ਰਿੰਟ ਕੀਤੀ ਜਾਂ ਸੰਭਾਲੀ ਸੀ। ਖਾਲੀ ਥਾਵਾਂ ਅਤੇ ਡੈਸ਼ਾਂ ਨਾਲ ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ ਪੈਂਦਾ।
unlock-locked-idle = ਤੁਹਾਡੀ ਯੋਜਨਾ ਨਿੱਜੀ ਰੱਖਣ ਲਈ Harbour ਆਪਣੇ-ਆਪ ਲਾਕ ਹੋ ਗਿਆ।
neutral-title = ਨੋਟ
neutral-note-label = ਨੋਟ
neutral-done = ਹੋ ਗਿਆ

## Language and Easy Read

language-label = ਭਾਸ਼ਾ
easy-read-label = ਆਸਾਨ ਪੜ੍ਹਾਈ: ਛੋਟੇ ਵਾਕ ਅਤੇ ਸੌਖੇ ਸ਼ਬਦ
language-needs-review = ਇਹ ਅਨੁਵਾਦ ਨਵਾਂ ਹੈ। ਅਜੇ ਕਿਸੇ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਇਸਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।
easy-read-toggle = ਆਸਾਨ ਪੜ੍ਹਾਈ
read-aloud = ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ
read-aloud-stop = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ

## Home (unlocked), sections and the crisis plan

home-plan-title = ਮੇਰੀ ਯੋਜਨਾ
home-plan-intro = ਥੋੜ੍ਹਾ-ਥੋੜ੍ਹਾ ਕਰਕੇ ਲਿਖੋ। ਲਿਖਦੇ ਸਮੇਂ ਸਭ ਕੁਝ ਸੰਭਾਲਿਆ ਜਾਂਦਾ ਹੈ।
home-crisis-heading = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ
home-crisis-status = ਸਥਿਤੀ: { $status }
home-crisis-open = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ ਖੋਲ੍ਹੋ
home-crisis-edit = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ ਬਦਲੋ
home-sections-heading = ਮੇਰੀ ਯੋਜਨਾ ਦੇ ਹਿੱਸੇ
home-filled = { $total } ਵਿੱਚੋਂ { $filled } ਭਰੇ ਗਏ
home-last-reviewed = ਆਖ਼ਰੀ ਵਾਰ ਦੇਖਿਆ: { $date }
home-never-reviewed = ਅਜੇ ਦੁਬਾਰਾ ਨਹੀਂ ਦੇਖਿਆ
home-views-heading = ਪੜ੍ਹੋ ਅਤੇ ਪ੍ਰਿੰਟ ਕਰੋ
home-view-full = ਮੇਰੀ ਪੂਰੀ ਯੋਜਨਾ
home-view-safety = ਇੱਕ ਸਫ਼ੇ ਦੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ
home-view-crisis = ਸੰਕਟ ਵਾਲਾ ਦ੍ਰਿਸ਼
home-view-card = ਬਟੂਏ ਜਿੰਨਾ ਸੰਕਟ ਕਾਰਡ
crisis-status-inactive = ਚਾਲੂ ਨਹੀਂ
crisis-status-active = ਚਾਲੂ
crisis-status-stood_down = ਬੰਦ ਕੀਤੀ ਗਈ
crisis-status-since = { $by } ਨੇ { $date } ਨੂੰ ਬਦਲੀ
section-toolbox-title = ਤੰਦਰੁਸਤੀ ਦਾ ਸੰਦ-ਬਕਸਾ
section-toolbox-intro = ਉਹ ਚੀਜ਼ਾਂ ਜੋ ਤੁਹਾਨੂੰ ਠੀਕ ਰਹਿਣ ਵਿੱਚ ਮਦਦ ਕਰਦੀਆਂ ਹਨ, ਅਤੇ ਜਿਨ੍ਹਾਂ ਤੋਂ ਤੁਸੀਂ ਬਚਣਾ ਚਾਹੁੰਦੇ ਹੋ। ਛੋਟੀਆਂ ਚੀਜ਼ਾਂ ਵੀ ਮਾਇਨੇ ਰੱਖਦੀਆਂ ਹਨ।
section-daily-title = ਰੋਜ਼ਾਨਾ ਯੋਜਨਾ
section-daily-intro = ਤੁਹਾਡੇ ਲਈ ਚੰਗਾ ਦਿਨ ਕਿਹੋ ਜਿਹਾ ਹੁੰਦਾ ਹੈ, ਅਤੇ ਉਸਨੂੰ ਇਵੇਂ ਰੱਖਣ ਵਿੱਚ ਕੀ ਮਦਦ ਕਰਦਾ ਹੈ।
section-triggers-title = ਪਰੇਸ਼ਾਨ ਕਰਨ ਵਾਲੀਆਂ ਗੱਲਾਂ
section-triggers-intro = ਉਹ ਗੱਲਾਂ ਜੋ ਤੁਹਾਨੂੰ ਪਿੱਛੇ ਧੱਕ ਸਕਦੀਆਂ ਹਨ, ਅਤੇ ਜਦੋਂ ਉਹ ਹੋਣ ਤਾਂ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ। ਆਪਣੀ ਰਫ਼ਤਾਰ ਨਾਲ ਚੱਲੋ।
section-early_warning-title = ਸ਼ੁਰੂਆਤੀ ਚੇਤਾਵਨੀ ਦੇ ਸੰਕੇਤ
section-early_warning-intro = ਛੋਟੀਆਂ ਤਬਦੀਲੀਆਂ ਜੋ ਦੱਸਦੀਆਂ ਹਨ ਕਿ ਹਾਲਾਤ ਵਿਗੜਨੇ ਸ਼ੁਰੂ ਹੋ ਸਕਦੇ ਹਨ, ਅਤੇ ਉਦੋਂ ਕੀ ਮਦਦ ਕਰਦਾ ਹੈ।
section-breaking_down-title = ਜਦੋਂ ਹਾਲਾਤ ਵਿਗੜ ਰਹੇ ਹੋਣ
section-breaking_down-intro = ਸੰਕੇਤ ਕਿ ਹਾਲਾਤ ਬਹੁਤ ਖ਼ਰਾਬ ਹੋ ਰਹੇ ਹਨ, ਅਤੇ ਜ਼ਰੂਰੀ ਕਦਮ ਜੋ ਮਦਦ ਕਰਦੇ ਹਨ, ਜਿਵੇਂ ਮਦਦ ਮੰਗਣਾ।
section-crisis-title = ਸੰਕਟ ਯੋਜਨਾ
section-crisis-intro = ਇਹ ਹਿੱਸਾ ਤੁਹਾਡਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕਾਂ ਲਈ ਲਿਖਿਆ ਗਿਆ ਹੈ, ਤਾਂ ਜੋ ਜੇ ਤੁਸੀਂ ਆਪ ਨਾ ਦੱਸ ਸਕੋ ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਪਤਾ ਹੋਵੇ ਕਿ ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ।
section-after_crisis-title = ਸੰਕਟ ਤੋਂ ਬਾਅਦ
section-after_crisis-intro = ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਸੰਕਟ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ, ਅਤੇ ਦੁਬਾਰਾ ਸੰਭਲਣ ਵਿੱਚ ਕੀ ਮਦਦ ਕਰਦਾ ਹੈ।
section-reasons-title = ਅੱਗੇ ਵਧਦੇ ਰਹਿਣ ਦੇ ਕਾਰਨ
section-reasons-intro = ਇਹ ਹਿੱਸਾ ਸਿਰਫ਼ ਤੁਹਾਡੇ ਲਈ ਹੈ, ਅਤੇ ਲਾਜ਼ਮੀ ਨਹੀਂ। ਉਹ ਲੋਕ, ਚੀਜ਼ਾਂ ਅਤੇ ਪਲ ਜੋ ਤੁਹਾਡੇ ਲਈ ਮਾਇਨੇ ਰੱਖਦੇ ਹਨ।
crisis-part-well = ਠੀਕ ਹੋਣ 'ਤੇ ਮੇਰਾ ਹਾਲ
crisis-part-take_over = ਸੰਕੇਤ ਕਿ ਹੋਰਾਂ ਨੂੰ ਜ਼ਿੰਮੇਵਾਰੀ ਸੰਭਾਲ ਲੈਣੀ ਚਾਹੀਦੀ ਹੈ
crisis-part-people = ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਮੈਂ ਸ਼ਾਮਲ ਕਰਨਾ ਚਾਹਾਂ, ਅਤੇ ਜਿਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ
crisis-part-medication = ਦਵਾਈਆਂ
crisis-part-treatments = ਇਲਾਜ
crisis-part-home = ਘਰ, ਭਾਈਚਾਰੇ ਜਾਂ ਆਰਾਮ ਲਈ ਦੇਖਭਾਲ
crisis-part-places = ਇਲਾਜ ਦੀਆਂ ਥਾਵਾਂ
crisis-part-help = ਦੂਜਿਆਂ ਤੋਂ ਮਦਦ
crisis-part-surroundings = ਆਪਣੇ ਆਲੇ-ਦੁਆਲੇ ਨੂੰ ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਬਣਾਉਣਾ
crisis-part-money = ਪੈਸੇ ਦੇ ਮਾਮਲੇ
crisis-part-ending = ਜਦੋਂ ਇਸ ਯੋਜਨਾ ਦੀ ਲੋੜ ਨਾ ਰਹੇ
crisis-parts-heading = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ ਦੇ ਹਿੱਸੇ
crisis-back = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ ਦੇ ਸਾਰੇ ਹਿੱਸੇ

## First run

welcome-title = Harbour ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ
welcome-lead = Harbour ਇੱਕ ਸ਼ਾਂਤ, ਨਿੱਜੀ ਥਾਂ ਹੈ ਜਿੱਥੇ ਤੁਸੀਂ ਲਿਖ ਸਕਦੇ ਹੋ ਕਿ ਤੁਹਾਨੂੰ ਠੀਕ ਕੀ ਰੱਖਦਾ ਹੈ, ਅਤੇ ਜੇ ਹਾਲਾਤ ਔਖੇ ਹੋ ਜਾਣ ਤਾਂ ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ।
welcome-does-heading = Harbour ਕੀ ਕਰਦਾ ਹੈ
welcome-does-1 = ਤੁਹਾਡੀ ਯੋਜਨਾ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਰੱਖਦਾ ਹੈ, ਇੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਲਾਕ ਜੋ ਸਿਰਫ਼ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ।
welcome-does-2 = ਇਸਨੂੰ ਲਿਖਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ, ਇੱਕ-ਇੱਕ ਹਿੱਸਾ ਕਰਕੇ, ਤੁਹਾਡੀ ਆਪਣੀ ਰਫ਼ਤਾਰ ਨਾਲ।
welcome-does-3 = ਤੁਹਾਨੂੰ ਸੰਕਟ ਕਾਰਡ ਜਾਂ ਇੱਕ ਸਫ਼ੇ ਦੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਪ੍ਰਿੰਟ ਕਰਨ ਦਿੰਦਾ ਹੈ।
welcome-doesnt-heading = Harbour ਕੀ ਨਹੀਂ ਕਰਦਾ
welcome-doesnt-1 = ਇਸ ਵਿੱਚ ਕੋਈ ਖਾਤਾ ਨਹੀਂ ਅਤੇ ਕੋਈ ਟਰੈਕਿੰਗ ਨਹੀਂ। ਤੁਸੀਂ ਜੋ ਲਿਖਦੇ ਹੋ ਉਹ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਖ਼ੁਦ ਸਾਂਝਾ ਨਾ ਕਰੋ।
welcome-doesnt-2 = ਇਹ ਤੁਹਾਡੇ ਵੱਲੋਂ ਕਿਸੇ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਕਰਦਾ, ਅਤੇ ਇਹ ਐਮਰਜੈਂਸੀ ਸੇਵਾ ਨਹੀਂ ਹੈ।
welcome-doesnt-3 = ਇਹ ਤੁਹਾਡੇ ਪਾਸਫ਼ਰੇਜ਼ ਜਾਂ ਰਿਕਵਰੀ ਕੁੰਜੀ ਤੋਂ ਬਿਨਾਂ ਤੁਹਾਡੀ ਯੋਜਨਾ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦਾ। ਕੋਈ ਵੀ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦਾ, ਅਸੀਂ ਵੀ ਨਹੀਂ।
welcome-start = ਸ਼ੁਰੂ ਕਰੋ
welcome-restore = ਮੇਰੇ ਕੋਲ ਬੈਕਅੱਪ ਫ਼ਾਈਲ ਹੈ
welcome-step = ਕਦਮ { $step }, ਕੁੱਲ { $total }
welcome-next = ਅੱਗੇ
welcome-back = ਪਿੱਛੇ
passphrase-title = ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ
passphrase-lead = ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਤੁਹਾਡੀ ਯੋਜਨਾ ਨੂੰ ਲਾਕ ਕਰਦਾ ਹੈ। ਰੋਜ਼ ਦੇ ਕੁਝ ਸ਼ਬਦ ਜੋ ਸਿਰਫ਼ ਤੁਸੀਂ ਹੀ ਜੋੜੋ, ਚੰਗੇ ਰਹਿੰਦੇ ਹਨ, ਜਿਵੇਂ “ਕੇਤਲੀ ਦਰਿਆ ਪੀਲਾ ਜੁਰਾਬ”।
passphrase-label = ਪਾਸਫ਼ਰੇਜ਼
passphrase-confirm-label = ਇਸਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ
passphrase-show = ਪਾਸਫ਼ਰੇਜ਼ ਦਿਖਾਓ
passphrase-strength = ਮਜ਼ਬੂਤੀ: { $level }
passphrase-strength-0 = ਬਹੁਤ ਛੋਟਾ
passphrase-strength-1 = ਕਮਜ਼ੋਰ
passphrase-strength-2 = ਠੀਕ-ਠਾਕ
passphrase-strength-3 = ਚੰਗਾ
passphrase-strength-4 = ਮਜ਼ਬੂਤ
passphrase-tip-length = ਘੱਟੋ-ਘੱਟ 10 ਅੱਖਰ ਵਰਤੋ। ਜਿੰਨਾ ਲੰਮਾ, ਓਨਾ ਮਜ਼ਬੂਤ।
passphrase-tip-words = ਇੱਕ ਹੋਰ ਸ਼ਬਦ ਜੋੜ ਕੇ ਦੇਖੋ।
passphrase-tip-common = ਇਹ ਬਹੁਤ ਆਮ ਹੈ ਅਤੇ ਸੌਖਿਆਂ ਅੰਦਾਜ਼ਾ ਲਗਾਇਆ ਜਾ ਸਕਦਾ ਹੈ।
passphrase-tip-good = ਇਹ ਚੰਗਾ ਲੱਗਦਾ ਹੈ।
passphrase-mismatch = ਦੋਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਅਜੇ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ।
passphrase-create = ਇਸ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਮੇਰੀ ਯੋਜਨਾ ਲਾਕ ਕਰੋ
passphrase-creating = ਤੁਹਾਡੀ ਯੋਜਨਾ ਤਿਆਰ ਹੋ ਰਹੀ ਹੈ। ਇਸ ਵਿੱਚ ਥੋੜ੍ਹਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ…
recovery-title = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਕੁੰਜੀ
recovery-lead = ਜੇ ਤੁਸੀਂ ਕਦੇ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਭੁੱਲ ਜਾਓ, ਤਾਂ ਇਹ ਕੁੰਜੀ ਤੁਹਾਡੀ ਯੋਜਨਾ ਤੱਕ ਪਹੁੰਚਣ ਦਾ ਇੱਕੋ-ਇੱਕ ਹੋਰ ਰਾਹ ਹੈ। ਅਸੀਂ ਇਸਨੂੰ ਸਿਰਫ਼ ਇਸ ਵਾਰ ਦਿਖਾਵਾਂਗੇ।
recovery-key-label = ਰਿਕਵਰੀ ਕੁੰਜੀ
recovery-print = ਇਸਨੂੰ ਪ੍ਰਿੰਟ ਕਰੋ
recovery-save = ਇਸਨੂੰ ਫ਼ਾਈਲ ਵਿੱਚ ਸੰਭਾਲੋ
recovery-saved-to = { $path } ਵਿੱਚ { $name } ਨਾਮ ਨਾਲ ਸੰਭਾਲੀ ਗਈ
recovery-confirm = ਮੇਰੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਸੰਭਾਲੀ ਹੋਈ ਹੈ
recovery-confirm-first = ਪਹਿਲਾਂ ਕੁੰਜੀ ਪ੍ਰਿੰਟ ਕਰੋ ਜਾਂ ਸੰਭਾਲੋ, ਫਿਰ ਖਾਨੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ।
recovery-continue = ਮੇਰੀ ਯੋਜਨਾ ਵੱਲ ਜਾਓ
recovery-keep-safe = ਇਸਨੂੰ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਦੂਰ, ਕਿਸੇ ਨਿੱਜੀ ਥਾਂ ਰੱਖੋ: ਜ਼ਰੂਰੀ ਕਾਗਜ਼ਾਂ ਨਾਲ, ਜਾਂ ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵਿਅਕਤੀ ਕੋਲ।
