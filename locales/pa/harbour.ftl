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
find-place-label = ਕਸਬਾ, ਸ਼ਹਿਰ ਜਾਂ ਪੋਸਟਕੋਡ
find-place-hint = ਜਿਵੇਂ: Southall, Leeds, Cardiff ਜਾਂ UB1 1AA
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
find-distance-in-town = { $town } ਵਿੱਚ (ਕਸਬੇ ਦਾ ਕੇਂਦਰ)
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
nav-menu = ਮੀਨੂ
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
crisis-status-since = ਆਖ਼ਰੀ ਤਬਦੀਲੀ: { $by }, { $date }

# Exported and printed pages (plan export)
export-crisis-status = ਸੰਕਟ ਯੋਜਨਾ: { $status }
export-not-dated = ਅਜੇ ਤਾਰੀਖ ਨਹੀਂ ਪਾਈ
export-footer = Harbour ਨਾਲ ਬਣਾਇਆ ਗਿਆ। ਇਹ ਪੰਨਾ ਨਿੱਜੀ ਹੈ: ਇਸਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।
export-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 (ਯੂਕੇ) ਜਾਂ ਆਪਣੇ ਸਥਾਨਕ ਐਮਰਜੈਂਸੀ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
export-date = ਮਿਤੀ
export-page = ਸਫ਼ਾ { $page } / { $pages }
advance-title = ਮੇਰਾ ਅਗਾਊਂ ਚੋਣ ਦਸਤਾਵੇਜ਼
advance-law = ਅਗਾਊਂ ਚੋਣ ਦਸਤਾਵੇਜ਼, ਜਿਵੇਂ ਮਾਨਸਿਕ ਸਿਹਤ ਐਕਟ 2025 (ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼) ਵਿੱਚ ਦੱਸਿਆ ਗਿਆ ਹੈ।
advance-declaration = ਇਹ ਮੇਰਾ ਅਗਾਊਂ ਚੋਣ ਦਸਤਾਵੇਜ਼ ਹੈ। ਮੈਂ ਇਸਨੂੰ ਉਦੋਂ ਬਣਾਇਆ ਜਦੋਂ ਮੈਂ ਠੀਕ ਸੀ ਅਤੇ ਆਪਣੀ ਦੇਖਭਾਲ ਬਾਰੇ ਫ਼ੈਸਲੇ ਕਰ ਸਕਦਾ ਸੀ। ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਜੇ ਮੈਂ ਬਿਮਾਰ ਹੋ ਜਾਵਾਂ ਅਤੇ ਆਪ ਨਾ ਦੱਸ ਸਕਾਂ ਤਾਂ ਮੈਂ ਕੀ ਚਾਹੁੰਦਾ ਹਾਂ ਅਤੇ ਕੀ ਨਹੀਂ ਚਾਹੁੰਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਪੜ੍ਹੋ ਅਤੇ ਜਿੱਥੋਂ ਤੱਕ ਹੋ ਸਕੇ ਇਸ ਦੀ ਪਾਲਣਾ ਕਰੋ।
advance-part-values = ਮੇਰੀਆਂ ਕਦਰਾਂ-ਕੀਮਤਾਂ ਅਤੇ ਮੇਰੇ ਲਈ ਕੀ ਮਹੱਤਵਪੂਰਨ ਹੈ
advance-part-medication = ਦਵਾਈਆਂ: ਜੋ ਮੈਨੂੰ ਪਸੰਦ ਹਨ, ਜੋ ਮੈਨੂੰ ਮਨਜ਼ੂਰ ਹਨ, ਜਿਨ੍ਹਾਂ ਤੋਂ ਮੈਂ ਇਨਕਾਰ ਕਰਦਾ ਹਾਂ
advance-part-treatments = ਇਲਾਜ: ਜੋ ਮੈਨੂੰ ਪਸੰਦ ਹੈ, ਜੋ ਮੈਨੂੰ ਮਨਜ਼ੂਰ ਹੈ, ਜਿਸ ਤੋਂ ਮੈਂ ਇਨਕਾਰ ਕਰਦਾ ਹਾਂ
advance-part-people = ਕਿਸਨੂੰ ਸ਼ਾਮਲ ਕਰਨਾ ਹੈ, ਅਤੇ ਕਿਸਨੂੰ ਨਹੀਂ
advance-part-home = ਘਰ ਵਿੱਚ ਜਾਂ ਕਮਿਊਨਿਟੀ ਵਿੱਚ ਦੇਖਭਾਲ
advance-part-practical = ਅਮਲੀ ਗੱਲਾਂ: ਕੌਣ ਕਿਸ ਚੀਜ਼ ਦੀ ਦੇਖਭਾਲ ਕਰੇਗਾ
advance-part-places = ਦੇਖਭਾਲ ਦੀਆਂ ਥਾਵਾਂ
advance-part-shared = ਕਾਪੀ ਕਿਸ ਕੋਲ ਹੈ
advance-made-on = ਬਣਾਉਣ ਦੀ ਮਿਤੀ: { $date }
advance-reviewed-on = ਆਖ਼ਰੀ ਸਮੀਖਿਆ: { $date }
advance-person-name = ਮੇਰਾ ਨਾਮ
advance-signed-person = ਮੇਰੇ ਦਸਤਖ਼ਤ
advance-witness-statement = ਮੈਂ ਇਸ ਦਸਤਾਵੇਜ਼ ਨੂੰ ਬਣਾਉਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਇਸ 'ਤੇ ਦਸਤਖ਼ਤ ਕਰਦੇ ਦੇਖਿਆ।
advance-witness-name = ਗਵਾਹ ਦਾ ਨਾਮ
advance-signed-witness = ਗਵਾਹ ਦੇ ਦਸਤਖ਼ਤ
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
crisis-part-advance_choice = ਮੇਰਾ ਅਗਾਊਂ ਚੋਣ ਦਸਤਾਵੇਜ਼
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
recovery-lead = ਜੇ ਤੁਸੀਂ ਕਦੇ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਭੁੱਲ ਜਾਓ, ਤਾਂ ਇਹ ਕੁੰਜੀ ਤੁਹਾਡੀ ਯੋਜਨਾ ਤੱਕ ਪਹੁੰਚਣ ਦਾ ਇੱਕੋ-ਇੱਕ ਹੋਰ ਰਾਹ ਹੈ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖ ਕੇ ਇਸਨੂੰ ਦੁਬਾਰਾ ਦੇਖ ਸਕਦੇ ਹੋ।
recovery-key-label = ਰਿਕਵਰੀ ਕੁੰਜੀ
recovery-print = ਇਸਨੂੰ ਪ੍ਰਿੰਟ ਕਰੋ
recovery-save = ਇਸਨੂੰ ਫ਼ਾਈਲ ਵਿੱਚ ਸੰਭਾਲੋ
recovery-saved-to = { $path } ਵਿੱਚ { $name } ਨਾਮ ਨਾਲ ਸੰਭਾਲੀ ਗਈ
recovery-confirm = ਮੇਰੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਸੰਭਾਲੀ ਹੋਈ ਹੈ
recovery-confirm-first = ਪਹਿਲਾਂ ਕੁੰਜੀ ਪ੍ਰਿੰਟ ਕਰੋ ਜਾਂ ਸੰਭਾਲੋ, ਫਿਰ ਖਾਨੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ।
recovery-continue = ਮੇਰੀ ਯੋਜਨਾ ਵੱਲ ਜਾਓ
recovery-keep-safe = ਇਸਨੂੰ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਦੂਰ, ਕਿਸੇ ਨਿੱਜੀ ਥਾਂ ਰੱਖੋ: ਜ਼ਰੂਰੀ ਕਾਗਜ਼ਾਂ ਨਾਲ, ਜਾਂ ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵਿਅਕਤੀ ਕੋਲ।

## First run: language

welcome-language-title = ਭਾਸ਼ਾ ਅਤੇ ਪੜ੍ਹਨ ਦਾ ਢੰਗ
welcome-language-lead = ਚੁਣੋ ਕਿ Harbour ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਗੱਲ ਕਰੇ। ਤੁਸੀਂ ਇਸਨੂੰ ਬਾਅਦ ਵਿੱਚ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਬਦਲ ਸਕਦੇ ਹੋ।
welcome-language-label = ਭਾਸ਼ਾ
welcome-easy-read-label = ਆਸਾਨ ਪੜ੍ਹਾਈ: ਛੋਟੇ ਵਾਕ ਅਤੇ ਸੌਖੇ ਸ਼ਬਦ

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = ਚੀਜ਼ਾਂ ਜੋ ਮੈਨੂੰ ਠੀਕ ਰੱਖਦੀਆਂ ਹਨ
field-toolbox-helps-hint = ਕੋਈ ਵੀ ਚੀਜ਼ ਜੋ ਤੁਹਾਡਾ ਮਨ ਖ਼ੁਸ਼ ਕਰੇ, ਤੁਹਾਨੂੰ ਸ਼ਾਂਤ ਕਰੇ ਜਾਂ ਤੁਹਾਨੂੰ ਟਿਕਾਈ ਰੱਖੇ।
field-toolbox-helps-example = ਉਦਾਹਰਨ ਲਈ: ਦਰਿਆ ਕੰਢੇ ਸੈਰ, ਆਪਣੀ ਭੈਣ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ, ਹੈੱਡਫ਼ੋਨ ਲਾ ਕੇ ਸੰਗੀਤ, ਗਰਮ ਪਾਣੀ ਨਾਲ ਨਹਾਉਣਾ।
field-toolbox-avoid = ਚੀਜ਼ਾਂ ਜਿਨ੍ਹਾਂ ਤੋਂ ਮੈਨੂੰ ਬਚਣਾ ਹੈ
field-toolbox-avoid-hint = ਚੀਜ਼ਾਂ ਜੋ ਅਕਸਰ ਤੁਹਾਡਾ ਮਨ ਭਾਰੀ ਕਰ ਦਿੰਦੀਆਂ ਹਨ।
field-toolbox-avoid-example = ਉਦਾਹਰਨ ਲਈ: ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੌਫ਼ੀ, ਦੇਰ ਰਾਤ ਤੱਕ ਫ਼ੋਨ ਦੇਖਦੇ ਰਹਿਣਾ, ਖਾਣਾ ਛੱਡ ਦੇਣਾ।
field-daily-when_well = ਠੀਕ ਹੋਣ 'ਤੇ ਮੇਰਾ ਹਾਲ
field-daily-when_well-hint = ਚੰਗੇ ਦਿਨ ਵਾਲੇ ਆਪਣੇ ਆਪ ਬਾਰੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ।
field-daily-when_well-example = ਉਦਾਹਰਨ ਲਈ: ਮੈਂ ਬਹੁਤ ਗੱਲਾਂ ਕਰਦਾ ਹਾਂ, ਮੈਨੂੰ ਖਾਣਾ ਬਣਾਉਣਾ ਚੰਗਾ ਲੱਗਦਾ ਹੈ, ਮੈਂ ਲਗਭਗ ਅੱਠ ਘੰਟੇ ਸੌਂਦਾ ਹਾਂ, ਨਿੱਕੀਆਂ-ਨਿੱਕੀਆਂ ਗੱਲਾਂ 'ਤੇ ਹੱਸਦਾ ਹਾਂ।
field-daily-every_day = ਮੈਨੂੰ ਹਰ ਰੋਜ਼ ਕੀ ਕਰਨਾ ਹੈ
field-daily-every_day-hint = ਰੋਜ਼ ਦੀਆਂ ਛੋਟੀਆਂ ਗੱਲਾਂ ਜੋ ਤੁਹਾਨੂੰ ਠੀਕ ਰੱਖਦੀਆਂ ਹਨ।
field-daily-every_day-example = ਉਦਾਹਰਨ ਲਈ: ਨਾਸ਼ਤਾ ਕਰਨਾ, ਆਪਣੀਆਂ ਗੋਲੀਆਂ ਲੈਣਾ, ਦਸ ਮਿੰਟ ਬਾਹਰ ਜਾਣਾ।
field-daily-might_need = ਕੰਮ ਜੋ ਸ਼ਾਇਦ ਮੈਨੂੰ ਕਰਨੇ ਪੈਣ
field-daily-might_need-hint = ਚੀਜ਼ਾਂ ਜੋ ਕਦੇ-ਕਦੇ ਮਦਦ ਕਰਦੀਆਂ ਹਨ, ਹਰ ਰੋਜ਼ ਨਹੀਂ।
field-daily-might_need-example = ਉਦਾਹਰਨ ਲਈ: ਕੱਪੜੇ ਧੋਣਾ, ਕਿਸੇ ਦੋਸਤ ਨੂੰ ਮਿਲਣਾ, ਕੋਈ ਬਿੱਲ ਭਰਨਾ।
field-triggers-triggers = ਕੀ ਮੈਨੂੰ ਪਿੱਛੇ ਧੱਕ ਸਕਦਾ ਹੈ
field-triggers-triggers-hint = ਘਟਨਾਵਾਂ ਜਾਂ ਹਾਲਾਤ ਜੋ ਤੁਹਾਨੂੰ ਪਰੇਸ਼ਾਨ ਕਰ ਸਕਦੇ ਹਨ ਜਾਂ ਤੁਹਾਡਾ ਸੰਤੁਲਨ ਵਿਗਾੜ ਸਕਦੇ ਹਨ।
field-triggers-triggers-example = ਉਦਾਹਰਨ ਲਈ: ਝਗੜੇ, ਔਖੀਆਂ ਬਰਸੀਆਂ, ਪੈਸਿਆਂ ਦੀ ਚਿੰਤਾ, ਰੌਲੇ ਵਾਲੀਆਂ ਭੀੜ-ਭੜੱਕੇ ਵਾਲੀਆਂ ਥਾਵਾਂ।
field-triggers-must_do = ਜਦੋਂ ਇਹ ਹੋਵੇ, ਮੈਨੂੰ ਇਹ ਕਰਨਾ ਹੈ
field-triggers-must_do-hint = ਉਹ ਕੰਮ ਜੋ ਤੁਸੀਂ ਹਰ ਵਾਰ ਕਰੋਗੇ ਜਦੋਂ ਕੋਈ ਟ੍ਰਿਗਰ ਸਾਹਮਣੇ ਆਵੇ।
field-triggers-must_do-example = ਉਦਾਹਰਨ ਲਈ: ਕਿਸੇ ਭਰੋਸੇਮੰਦ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸਣਾ, ਸਾਹ ਦੀ ਕਸਰਤ ਕਰਨੀ, ਕਿਸੇ ਸ਼ਾਂਤ ਥਾਂ ਜਾਣਾ।
field-triggers-might_do = ਸ਼ਾਇਦ ਮੈਂ ਇਹ ਵੀ ਕਰਾਂ
field-triggers-might_do-hint = ਜੇ ਤੁਹਾਡੇ ਵਿੱਚ ਹਿੰਮਤ ਹੋਵੇ ਤਾਂ ਇਹ ਚੀਜ਼ਾਂ ਅਜ਼ਮਾਉਣ ਯੋਗ ਹਨ।
field-triggers-might_do-example = ਉਦਾਹਰਨ ਲਈ: ਇਸਨੂੰ ਲਿਖ ਲੈਣਾ, ਦੌੜਨ ਜਾਣਾ, ਕੋਈ ਮਨਪਸੰਦ ਫ਼ਿਲਮ ਦੇਖਣੀ।
field-early_warning-signs = ਛੋਟੀਆਂ ਤਬਦੀਲੀਆਂ ਜੋ ਮੈਨੂੰ ਮਹਿਸੂਸ ਹੁੰਦੀਆਂ ਹਨ
field-early_warning-signs-hint = ਤਬਦੀਲੀਆਂ ਜੋ ਤੁਸੀਂ, ਜਾਂ ਤੁਹਾਡੇ ਨੇੜਲੇ ਲੋਕ, ਸ਼ੁਰੂ ਵਿੱਚ ਹੀ ਦੇਖ ਸਕਦੇ ਹਨ।
field-early_warning-signs-example = ਉਦਾਹਰਨ ਲਈ: ਠੀਕ ਨੀਂਦ ਨਾ ਆਉਣਾ, ਸੁਨੇਹਿਆਂ ਦਾ ਜਵਾਬ ਨਾ ਦੇਣਾ, ਬੇਚੈਨੀ ਮਹਿਸੂਸ ਕਰਨੀ।
field-early_warning-must_do = ਜਦੋਂ ਇਹ ਤਬਦੀਲੀਆਂ ਮਹਿਸੂਸ ਹੋਣ, ਮੈਨੂੰ ਇਹ ਕਰਨਾ ਹੈ
field-early_warning-must_do-hint = ਕਦਮ ਜੋ ਤੁਹਾਨੂੰ ਮੁੜ ਲੀਹ 'ਤੇ ਆਉਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ।
field-early_warning-must_do-example = ਉਦਾਹਰਨ ਲਈ: ਹਰ ਰੋਜ਼ ਇੱਕੋ ਸਮੇਂ ਸੌਣਾ, ਆਪਣੇ ਜੀਵਨ ਸਾਥੀ ਨੂੰ ਦੱਸਣਾ, ਹਰ ਰੋਜ਼ ਆਪਣਾ ਸੰਦ-ਬਕਸਾ ਵਰਤਣਾ।
field-early_warning-might_do = ਸ਼ਾਇਦ ਮੈਂ ਇਹ ਵੀ ਕਰਾਂ
field-early_warning-might_do-hint = ਕੁਝ ਹੋਰ ਚੀਜ਼ਾਂ ਜੋ ਕਈ ਵਾਰ ਮਦਦ ਕਰਦੀਆਂ ਹਨ।
field-early_warning-might_do-example = ਉਦਾਹਰਨ ਲਈ: ਕੰਮ ਤੋਂ ਇੱਕ ਦਿਨ ਦੀ ਛੁੱਟੀ ਲੈਣੀ, ਆਪਣੇ ਫ਼ੈਮਿਲੀ ਡਾਕਟਰ (GP) ਨੂੰ ਮਿਲਣਾ।
field-breaking_down-signs = ਸੰਕੇਤ ਕਿ ਹਾਲਾਤ ਬਹੁਤ ਖ਼ਰਾਬ ਹੋ ਰਹੇ ਹਨ
field-breaking_down-signs-hint = ਸੰਕੇਤ ਜੋ ਤੁਹਾਨੂੰ, ਜਾਂ ਹੋਰਾਂ ਨੂੰ, ਦੱਸਦੇ ਹਨ ਕਿ ਹੁਣ ਤੁਹਾਨੂੰ ਹੋਰ ਮਦਦ ਦੀ ਲੋੜ ਹੈ।
field-breaking_down-signs-example = ਉਦਾਹਰਨ ਲਈ: ਖਾਣਾ ਨਾ ਖਾਣਾ, ਕਈ ਦਿਨ ਨਾ ਸੌਣਾ, ਨਿਰਾਸ਼ ਮਹਿਸੂਸ ਕਰਨਾ।
field-breaking_down-must_do = ਜ਼ਰੂਰੀ ਕੰਮ ਜੋ ਮੈਨੂੰ ਕਰਨੇ ਹਨ
field-breaking_down-must_do-hint = ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਕਿਸ ਤੋਂ ਮਦਦ ਮੰਗੋਗੇ, ਅਤੇ ਕਿਵੇਂ।
field-breaking_down-must_do-example = ਉਦਾਹਰਨ ਲਈ: ਆਪਣੇ ਕੇਅਰ ਕੋਆਰਡੀਨੇਟਰ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ, ਆਪਣੇ ਦੋਸਤ ਕੋਲ ਰਹਿਣਾ, ਕਿਸੇ ਹੈਲਪਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕਰਨਾ।
field-breaking_down-might_do = ਸ਼ਾਇਦ ਮੈਂ ਇਹ ਵੀ ਕਰਾਂ
field-breaking_down-might_do-hint = ਹੋਰ ਚੀਜ਼ਾਂ ਜੋ ਇਸ ਵੇਲੇ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ।
field-breaking_down-might_do-example = ਉਦਾਹਰਨ ਲਈ: ਕਿਸੇ ਦੋਸਤ ਨੂੰ ਰਾਤ ਰੁਕਣ ਲਈ ਕਹਿਣਾ, ਆਪਣੀ ਕਾਰ ਦੀਆਂ ਚਾਬੀਆਂ ਕਿਸੇ ਨੂੰ ਦੇ ਦੇਣੀਆਂ।
field-crisis-when_well = ਠੀਕ ਹੋਣ 'ਤੇ ਮੇਰਾ ਹਾਲ
field-crisis-when_well-hint = ਤਾਂ ਜੋ ਦੂਜੇ ਫ਼ਰਕ ਪਛਾਣ ਸਕਣ। ਇਸਨੂੰ ਅਜਿਹੇ ਵਿਅਕਤੀ ਲਈ ਲਿਖੋ ਜੋ ਸ਼ਾਇਦ ਤੁਹਾਨੂੰ ਚੰਗੀ ਤਰ੍ਹਾਂ ਨਾ ਜਾਣਦਾ ਹੋਵੇ।
field-crisis-when_well-example = ਉਦਾਹਰਨ ਲਈ: ਮੈਂ ਚੁੱਪ-ਚਾਪ ਪਰ ਮਿਲਣਸਾਰ ਹਾਂ, ਮੈਨੂੰ ਨਿਯਮਿਤ ਰੁਟੀਨ ਪਸੰਦ ਹੈ, ਮੈਂ ਹਰ ਰੋਜ਼ ਆਪਣੇ ਕੁੱਤੇ ਦੀ ਦੇਖਭਾਲ ਕਰਦਾ ਹਾਂ।
field-crisis-take_over_signs = ਸੰਕੇਤ ਕਿ ਹੋਰਾਂ ਨੂੰ ਜ਼ਿੰਮੇਵਾਰੀ ਸੰਭਾਲ ਲੈਣੀ ਚਾਹੀਦੀ ਹੈ
field-crisis-take_over_signs-hint = ਦੂਜੇ ਕੀ ਦੇਖਣਗੇ ਜਿਸਦਾ ਮਤਲਬ ਹੋਵੇ ਕਿ ਤੁਹਾਨੂੰ ਲੋੜ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡੇ ਵੱਲੋਂ ਕਦਮ ਚੁੱਕਣ।
field-crisis-take_over_signs-example = ਉਦਾਹਰਨ ਲਈ: ਮੈਂ ਖਾਣਾ ਛੱਡ ਦਿੰਦਾ ਹਾਂ, ਲੋਕਾਂ ਨੂੰ ਨਹੀਂ ਪਛਾਣਦਾ, ਇੱਥੇ ਨਾ ਰਹਿਣ ਦੀਆਂ ਗੱਲਾਂ ਕਰਦਾ ਹਾਂ।
field-crisis-supporters = ਲੋਕ ਜਿਨ੍ਹਾਂ ਦੀ ਮਦਦ ਮੈਨੂੰ ਚਾਹੀਦੀ ਹੈ
field-crisis-supporters-hint = ਉਹ ਕੌਣ ਹਨ, ਉਨ੍ਹਾਂ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰਨਾ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ ਹਰ ਇੱਕ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ।
field-crisis-supporters-example = ਉਦਾਹਰਨ ਲਈ: ਸੈਮ, ਮੇਰੀ ਭੈਣ, 07700 900123, ਮੇਰੇ ਕੋਲ ਰਹਿੰਦੀ ਹੈ ਅਤੇ ਮੇਰੇ ਡਾਕਟਰ ਨੂੰ ਫ਼ੋਨ ਕਰਦੀ ਹੈ।
field-crisis-not_involved = ਲੋਕ ਜਿਨ੍ਹਾਂ ਨੂੰ ਸ਼ਾਮਲ ਨਾ ਕੀਤਾ ਜਾਵੇ
field-crisis-not_involved-hint = ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਕਾਰਨ ਦੱਸ ਸਕਦੇ ਹੋ।
field-crisis-not_involved-example = ਉਦਾਹਰਨ ਲਈ: ਪਹਿਲਾਂ ਵਾਲਾ ਜੀਵਨ ਸਾਥੀ।
field-crisis-disagreements = ਜੇ ਮੇਰਾ ਸਾਥ ਦੇਣ ਵਾਲਿਆਂ ਵਿੱਚ ਮਤਭੇਦ ਹੋਵੇ
field-crisis-disagreements-hint = ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਤੁਹਾਡਾ ਸਾਥ ਦੇਣ ਵਾਲਿਆਂ ਵਿਚਕਾਰ ਮਤਭੇਦ ਕਿਵੇਂ ਨਿਪਟਾਏ ਜਾਣ।
field-crisis-disagreements-example = ਉਦਾਹਰਨ ਲਈ: ਆਖ਼ਰੀ ਫ਼ੈਸਲਾ ਮੇਰੀ ਭੈਣ ਦਾ ਹੋਵੇਗਾ।
field-crisis-medication_current = ਮੇਰੀਆਂ ਮੌਜੂਦਾ ਦਵਾਈਆਂ
field-crisis-medication_current-hint = ਨਾਮ, ਮਾਤਰਾ, ਅਤੇ ਇਹ ਕਿਸ ਲਈ ਹੈ, ਜੇ ਤੁਹਾਨੂੰ ਪਤਾ ਹੋਵੇ।
field-crisis-medication_current-example = ਉਦਾਹਰਨ ਲਈ: ਸਰਟ੍ਰਾਲੀਨ 50 ਮਿਲੀਗ੍ਰਾਮ ਹਰ ਸਵੇਰ।
field-crisis-medication_preferred = ਦਵਾਈਆਂ ਜੋ ਮੈਨੂੰ ਪਸੰਦ ਹਨ
field-crisis-medication_preferred-hint = ਅਤੇ ਕਿਉਂ: ਪਹਿਲਾਂ ਕਿਸ ਚੀਜ਼ ਨੇ ਮਦਦ ਕੀਤੀ।
field-crisis-medication_preferred-example = ਉਦਾਹਰਨ ਲਈ: ਡਾਇਜ਼ੇਪਾਮ, ਕਿਉਂਕਿ ਇਹ ਮੈਨੂੰ ਬੇਸੁਧ ਕੀਤੇ ਬਿਨਾਂ ਸ਼ਾਂਤ ਕਰਦੀ ਹੈ।
field-crisis-medication_acceptable = ਦਵਾਈਆਂ ਜੋ ਮੈਨੂੰ ਮਨਜ਼ੂਰ ਹਨ
field-crisis-medication_acceptable-hint = ਜੇ ਤੁਹਾਡੀ ਪਸੰਦ ਮੁਮਕਿਨ ਨਾ ਹੋਵੇ।
field-crisis-medication_acceptable-example = ਉਦਾਹਰਨ ਲਈ: ਥੋੜ੍ਹੇ ਦਿਨਾਂ ਲਈ ਨੀਂਦ ਦੀਆਂ ਗੋਲੀਆਂ।
field-crisis-medication_unacceptable = ਦਵਾਈਆਂ ਜੋ ਮੈਨੂੰ ਨਹੀਂ ਚਾਹੀਦੀਆਂ
field-crisis-medication_unacceptable-hint = ਅਤੇ ਕਿਉਂ, ਤਾਂ ਜੋ ਲੋਕ ਸਮਝ ਸਕਣ।
field-crisis-medication_unacceptable-example = ਉਦਾਹਰਨ ਲਈ: ਓਲੈਂਜ਼ਾਪੀਨ, ਕਿਉਂਕਿ ਪਿਛਲੀ ਵਾਰ ਇਸ ਨਾਲ ਭਾਰ ਵਧ ਗਿਆ ਸੀ।
field-crisis-allergies = ਐਲਰਜੀਆਂ
field-crisis-allergies-hint = ਦਵਾਈਆਂ, ਖਾਣੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਚੀਜ਼ ਤੋਂ।
field-crisis-allergies-example = ਉਦਾਹਰਨ ਲਈ: ਪੈਨਿਸਿਲਿਨ।
field-crisis-treatments_current = ਇਲਾਜ ਜਾਂ ਥੈਰੇਪੀ ਜੋ ਹੁਣ ਮੇਰੀ ਚੱਲ ਰਹੀ ਹੈ
field-crisis-treatments_current-hint = ਕੋਈ ਵੀ ਚੀਜ਼ ਜੋ ਇਸ ਵੇਲੇ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਦਾ ਹਿੱਸਾ ਹੈ।
field-crisis-treatments_current-example = ਉਦਾਹਰਨ ਲਈ: ਹਰ ਹਫ਼ਤੇ ਗੱਲਬਾਤ ਵਾਲੀ ਥੈਰੇਪੀ।
field-crisis-treatments_preferred = ਇਲਾਜ ਜੋ ਮੈਨੂੰ ਪਸੰਦ ਹਨ
field-crisis-treatments_preferred-hint = ਅਤੇ ਕਿਉਂ: ਪਹਿਲਾਂ ਕਿਸ ਚੀਜ਼ ਨੇ ਮਦਦ ਕੀਤੀ।
field-crisis-treatments_preferred-example = ਉਦਾਹਰਨ ਲਈ: ਘਰ ਵਿੱਚ ਇਲਾਜ ਕਰਨ ਵਾਲੀ ਟੀਮ ਦਾ ਆਉਣਾ, ਕਿਉਂਕਿ ਘਰ ਰਹਿਣ ਨਾਲ ਮੈਨੂੰ ਮਦਦ ਮਿਲਦੀ ਹੈ।
field-crisis-treatments_acceptable = ਇਲਾਜ ਜੋ ਮੈਨੂੰ ਮਨਜ਼ੂਰ ਹਨ
field-crisis-treatments_acceptable-hint = ਜੇ ਤੁਹਾਡੀ ਪਸੰਦ ਮੁਮਕਿਨ ਨਾ ਹੋਵੇ।
field-crisis-treatments_acceptable-example = ਉਦਾਹਰਨ ਲਈ: ਕਿਸੇ ਸੰਕਟ ਘਰ ਵਿੱਚ ਥੋੜ੍ਹੇ ਸਮੇਂ ਲਈ ਰਹਿਣਾ।
field-crisis-treatments_unacceptable = ਇਲਾਜ ਜੋ ਮੈਨੂੰ ਨਹੀਂ ਚਾਹੀਦੇ
field-crisis-treatments_unacceptable-hint = ਅਤੇ ਕਿਉਂ, ਤਾਂ ਜੋ ਲੋਕ ਸਮਝ ਸਕਣ।
field-crisis-treatments_unacceptable-example = ਉਦਾਹਰਨ ਲਈ: ਜ਼ਬਰਦਸਤੀ ਫੜ ਕੇ ਰੱਖਣਾ, ਉਸ ਕਰਕੇ ਜੋ ਪਹਿਲਾਂ ਹੋਇਆ ਸੀ।
field-crisis-home_care = ਘਰ ਵਿੱਚ, ਭਾਈਚਾਰੇ ਵਿੱਚ ਜਾਂ ਆਰਾਮ ਵਾਲੀ ਦੇਖਭਾਲ ਵਿੱਚ ਰਹਿਣ ਦੀ ਯੋਜਨਾ
field-crisis-home_care-hint = ਕਿਸ ਚੀਜ਼ ਨਾਲ ਤੁਸੀਂ ਸਹੀ ਸਹਾਰੇ ਨਾਲ ਘਰ ਜਾਂ ਨੇੜੇ ਰਹਿ ਕੇ ਸੰਕਟ ਵਿੱਚੋਂ ਲੰਘ ਸਕੋਗੇ।
field-crisis-home_care-example = ਉਦਾਹਰਨ ਲਈ: ਦੋਸਤ ਵਾਰੀ-ਵਾਰੀ ਮੇਰੇ ਕੋਲ ਰਹਿੰਦੇ ਹਨ, ਅਤੇ ਸੰਕਟ ਟੀਮ ਰੋਜ਼ ਆਉਂਦੀ ਹੈ।
field-crisis-places_preferred = ਇਲਾਜ ਲਈ ਥਾਵਾਂ ਜੋ ਮੈਨੂੰ ਪਸੰਦ ਹਨ
field-crisis-places_preferred-hint = ਹਸਪਤਾਲ, ਸੰਕਟ ਘਰ ਜਾਂ ਹੋਰ ਥਾਵਾਂ ਜੋ ਤੁਹਾਡੇ ਲਈ ਚੰਗੀਆਂ ਰਹੀਆਂ ਹਨ।
field-crisis-places_preferred-example = ਉਦਾਹਰਨ ਲਈ: ਸ਼ਹਿਰ ਵਾਲਾ ਸੰਕਟ ਘਰ।
field-crisis-places_unacceptable = ਥਾਵਾਂ ਜਿੱਥੇ ਮੈਂ ਨਹੀਂ ਜਾਣਾ
field-crisis-places_unacceptable-hint = ਤੁਸੀਂ ਕਾਰਨ ਦੱਸ ਸਕਦੇ ਹੋ।
field-crisis-places_unacceptable-example = ਉਦਾਹਰਨ ਲਈ: ਘਰ ਤੋਂ ਦੂਰ ਕਿਸੇ ਹਸਪਤਾਲ ਦਾ ਵਾਰਡ।
field-crisis-help_wanted = ਸੰਕਟ ਵੇਲੇ ਮੈਨੂੰ ਕੀ ਮਦਦ ਕਰਦਾ ਹੈ
field-crisis-help_wanted-hint = ਦੂਜੇ ਕੀ ਕਰ ਜਾਂ ਕਹਿ ਸਕਦੇ ਹਨ ਜਿਸ ਨਾਲ ਮਦਦ ਮਿਲੇ।
field-crisis-help_wanted-example = ਉਦਾਹਰਨ ਲਈ: ਹੌਲੀ-ਹੌਲੀ ਬੋਲਣਾ, ਮੇਰੇ ਕੋਲ ਬੈਠਣਾ, ਮੈਨੂੰ ਪਾਣੀ ਪੀਣਾ ਯਾਦ ਕਰਾਉਣਾ।
field-crisis-help_unwanted = ਕੀ ਮਦਦ ਨਹੀਂ ਕਰਦਾ
field-crisis-help_unwanted-hint = ਦੂਜਿਆਂ ਨੂੰ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਤੋਂ ਬਚਣਾ ਚਾਹੀਦਾ ਹੈ, ਭਾਵੇਂ ਉਨ੍ਹਾਂ ਦੀ ਨੀਅਤ ਚੰਗੀ ਹੋਵੇ।
field-crisis-help_unwanted-example = ਉਦਾਹਰਨ ਲਈ: ਬਹੁਤ ਸਾਰੇ ਸਵਾਲ, ਮੇਰੇ ਦੁਆਲੇ ਭੀੜ ਲਾਉਣਾ, ਮੈਨੂੰ ਖ਼ੁਸ਼ ਹੋ ਜਾਣ ਲਈ ਕਹਿਣਾ।
field-crisis-if_danger = ਜੇ ਮੈਂ ਆਪਣੇ ਲਈ ਜਾਂ ਦੂਜਿਆਂ ਲਈ ਖ਼ਤਰਾ ਬਣ ਜਾਵਾਂ
field-crisis-if_danger-hint = ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਲੋਕ ਕੀ ਕਰਨ।
field-crisis-if_danger-example = ਉਦਾਹਰਨ ਲਈ: ਮੇਰੀ ਕਾਰ ਦੀਆਂ ਚਾਬੀਆਂ ਲੈ ਲੈਣੀਆਂ, ਸੰਕਟ ਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕਰਨਾ, ਮੇਰੇ ਕੋਲ ਰਹਿਣਾ।
field-crisis-responsibilities = ਕੌਣ ਕਿਸ ਚੀਜ਼ ਦਾ ਧਿਆਨ ਰੱਖੇਗਾ
field-crisis-responsibilities-hint = ਬੱਚੇ, ਪਾਲਤੂ ਜਾਨਵਰ, ਬਿੱਲ, ਤੁਹਾਡਾ ਘਰ: ਹਰ ਇੱਕ ਦਾ ਧਿਆਨ ਕੌਣ ਰੱਖੇਗਾ।
field-crisis-responsibilities-example = ਉਦਾਹਰਨ ਲਈ: ਬਿੱਲੀ ਨੂੰ ਖਾਣਾ ਦੇਣਾ: ਮੇਰੀ ਗੁਆਂਢਣ, ਜੋ।
field-crisis-safer_surroundings = ਆਪਣੇ ਆਲੇ-ਦੁਆਲੇ ਨੂੰ ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਬਣਾਉਣਾ
field-crisis-safer_surroundings-hint = ਜਦੋਂ ਤੱਕ ਹਾਲਾਤ ਔਖੇ ਹਨ, ਕਿਹੜੀਆਂ ਚੀਜ਼ਾਂ ਪਹੁੰਚ ਤੋਂ ਦੂਰ ਰੱਖਣੀਆਂ ਜਾਂ ਹਟਾਉਣੀਆਂ ਹਨ।
field-crisis-safer_surroundings-example = ਉਦਾਹਰਨ ਲਈ: ਆਪਣੀਆਂ ਵਾਧੂ ਗੋਲੀਆਂ ਫ਼ਾਰਮੇਸੀ ਨੂੰ ਦੇ ਦੇਣੀਆਂ।
field-crisis-money = ਪੈਸੇ ਦੇ ਮਾਮਲੇ
field-crisis-money-hint = ਬਿੱਲ, ਕਾਰਡ ਅਤੇ ਖ਼ਰਚ, ਅਤੇ ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
field-crisis-money-example = ਉਦਾਹਰਨ ਲਈ: ਮੇਰੇ ਬੈਂਕ ਕੋਲ ਮੇਰਾ ਕਾਰਡ ਰੋਕਣ ਦਾ ਨੋਟ ਹੈ; ਮੇਰਾ ਭਰਾ ਕਿਰਾਇਆ ਦਿੰਦਾ ਹੈ।
field-crisis-no_longer_needed_signs = ਸੰਕੇਤ ਕਿ ਹੁਣ ਇਸ ਯੋਜਨਾ ਦੀ ਲੋੜ ਨਹੀਂ
field-crisis-no_longer_needed_signs-hint = ਲੋਕਾਂ ਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਤੁਸੀਂ ਫਿਰ ਤੋਂ ਆਪ ਸਭ ਸੰਭਾਲ ਸਕਦੇ ਹੋ।
field-crisis-no_longer_needed_signs-example = ਉਦਾਹਰਨ ਲਈ: ਮੈਂ ਸਾਰੀ ਰਾਤ ਸੌਂਦਾ ਹਾਂ, ਆਪਣੇ ਲਈ ਖਾਣਾ ਬਣਾਉਂਦਾ ਹਾਂ।
field-crisis-values_statement = ਮੇਰੇ ਲਈ ਕੀ ਮਹੱਤਵਪੂਰਨ ਹੈ
field-crisis-values_statement-hint = ਤੁਹਾਡੀਆਂ ਕਦਰਾਂ-ਕੀਮਤਾਂ, ਵਿਸ਼ਵਾਸ ਅਤੇ ਜੋ ਤੁਹਾਡੇ ਲਈ ਸਭ ਤੋਂ ਵੱਧ ਮਹੱਤਵਪੂਰਨ ਹੈ, ਤਾਂ ਜੋ ਦੂਜੇ ਉਵੇਂ ਹੀ ਫ਼ੈਸਲੇ ਕਰਨ ਜਿਵੇਂ ਤੁਸੀਂ ਕਰਦੇ।
field-crisis-values_statement-example = ਉਦਾਹਰਨ ਲਈ: ਆਪਣੇ ਬੱਚਿਆਂ ਦੇ ਨੇੜੇ ਰਹਿਣਾ, ਮੇਰਾ ਧਰਮ, ਆਪਣੀ ਨੌਕਰੀ ਬਣਾਈ ਰੱਖਣਾ।
field-crisis-professionals_shared = ਪੇਸ਼ੇਵਰ ਅਤੇ ਸੇਵਾਵਾਂ ਜਿਨ੍ਹਾਂ ਨਾਲ ਮੈਂ ਇਹ ਸਾਂਝਾ ਕੀਤਾ ਹੈ
field-crisis-professionals_shared-hint = ਤੁਹਾਡੀਆਂ ਅਗਾਊਂ ਚੋਣਾਂ ਦੀ ਕਾਪੀ ਕਿਸ ਕੋਲ ਹੈ: ਤੁਹਾਡਾ ਜੀਪੀ, ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਟੀਮ, ਜਾਂ ਹੋਰ।
field-crisis-professionals_shared-example = ਉਦਾਹਰਨ ਲਈ: ਡਾ. ਰੀਸ, ਮੇਰੇ ਜੀਪੀ; ਕਮਿਊਨਿਟੀ ਮਾਨਸਿਕ ਸਿਹਤ ਟੀਮ।
field-after_crisis-out_of_crisis_signs = ਮੈਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਸੰਕਟ ਲੰਘ ਗਿਆ ਹੈ
field-after_crisis-out_of_crisis_signs-hint = ਸੰਕੇਤ ਕਿ ਸਭ ਤੋਂ ਔਖਾ ਸਮਾਂ ਲੰਘ ਗਿਆ ਹੈ।
field-after_crisis-out_of_crisis_signs-example = ਉਦਾਹਰਨ ਲਈ: ਮੇਰਾ ਫਿਰ ਤੋਂ ਦੋਸਤਾਂ ਨੂੰ ਮਿਲਣ ਨੂੰ ਜੀ ਕਰਦਾ ਹੈ।
field-after_crisis-helpers = ਬਾਅਦ ਵਿੱਚ ਮੇਰੀ ਮਦਦ ਕੌਣ ਕਰਦਾ ਹੈ
field-after_crisis-helpers-hint = ਲੋਕ ਜੋ ਤੁਹਾਨੂੰ ਮੁੜ ਸੰਭਲਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ।
field-after_crisis-helpers-example = ਉਦਾਹਰਨ ਲਈ: ਮੇਰਾ ਪੀਅਰ ਸਪੋਰਟ ਵਰਕਰ, ਮੇਰਾ ਗੁਆਂਢੀ।
field-after_crisis-first_steps = ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਮੈਨੂੰ ਕੀ ਕਰਨਾ ਹੈ
field-after_crisis-first_steps-hint = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਵੱਲ ਵਾਪਸੀ ਲਈ ਨਰਮ ਪਹਿਲੇ ਕਦਮ।
field-after_crisis-first_steps-example = ਉਦਾਹਰਨ ਲਈ: ਰੋਜ਼ ਇੱਕ ਛੋਟੀ ਜਿਹੀ ਸੈਰ, ਅੱਧੇ ਸਮੇਂ ਲਈ ਕੰਮ 'ਤੇ ਵਾਪਸੀ।
field-after_crisis-learning = ਇਸ ਤੋਂ ਕੀ ਸਿੱਖਿਆ ਮਿਲਦੀ ਹੈ
field-after_crisis-learning-hint = ਕੋਈ ਵੀ ਗੱਲ ਜੋ ਤੁਸੀਂ ਅਗਲੀ ਵਾਰ ਲਈ ਯਾਦ ਰੱਖਣਾ ਜਾਂ ਬਦਲਣਾ ਚਾਹੋ।
field-after_crisis-learning-example = ਉਦਾਹਰਨ ਲਈ: ਮੈਨੂੰ ਪਹਿਲਾਂ ਹੀ ਮਦਦ ਮੰਗ ਲੈਣੀ ਚਾਹੀਦੀ ਹੈ।
field-reasons-reasons = ਅੱਗੇ ਵਧਦੇ ਰਹਿਣ ਦੇ ਮੇਰੇ ਕਾਰਨ
field-reasons-reasons-hint = ਲੋਕ, ਪਾਲਤੂ ਜਾਨਵਰ, ਯੋਜਨਾਵਾਂ, ਥਾਵਾਂ, ਕੋਈ ਵੀ ਚੀਜ਼ ਜੋ ਤੁਹਾਡੇ ਲਈ ਮਾਇਨੇ ਰੱਖਦੀ ਹੈ।
field-reasons-reasons-example = ਉਦਾਹਰਨ ਲਈ: ਮੇਰੀ ਭਤੀਜੀ, ਸਮੁੰਦਰ ਨੂੰ ਫਿਰ ਦੇਖਣਾ, ਮੇਰੀ ਬਿੱਲੀ ਪਿਕਲ।
field-reasons-good_moments = ਚੰਗੇ ਪਲ
field-reasons-good_moments-hint = ਯਾਦਾਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਸੀਂ ਆਪਣੇ ਨੇੜੇ ਰੱਖਣਾ ਚਾਹੁੰਦੇ ਹੋ।
field-reasons-good_moments-example = ਉਦਾਹਰਨ ਲਈ: ਉਹ ਦਿਨ ਜਦੋਂ ਅਸੀਂ ਸਮੁੰਦਰ ਕੰਢੇ ਸੂਰਜ ਚੜ੍ਹਦਾ ਦੇਖਿਆ।

## The values inside a list item

item-key-text = ਕੀ
item-key-why = ਕਿਉਂ
item-key-name = ਨਾਮ
item-key-role = ਉਹ ਮੇਰੇ ਕੀ ਲੱਗਦੇ ਹਨ
item-key-contact = ਉਨ੍ਹਾਂ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ
item-key-tasks = ਉਹ ਕੀ ਕਰਨ
item-key-task = ਕੀ ਕਰਨਾ ਹੈ
item-key-who = ਕੌਣ ਕਰੇਗਾ

## Editing

editor-back-home = ਮੇਰੀ ਯੋਜਨਾ 'ਤੇ ਵਾਪਸ
editor-add = ਜੋੜੋ
editor-add-label = “{ $field }” ਵਿੱਚ ਜੋੜੋ
editor-add-another = ਇੱਕ ਹੋਰ ਜੋੜੋ
editor-move-up = ਉੱਪਰ ਲਿਜਾਓ
editor-move-down = ਹੇਠਾਂ ਲਿਜਾਓ
editor-remove = ਹਟਾਓ
editor-item-label = ਆਈਟਮ { $n }
editor-removed = ਹਟਾ ਦਿੱਤਾ।
editor-undo = ਵਾਪਸ ਲਓ
editor-empty-list = ਇੱਥੇ ਅਜੇ ਕੁਝ ਨਹੀਂ ਹੈ।
editor-mark-reviewed = ਮੈਂ ਅੱਜ ਇਹ ਹਿੱਸਾ ਦੇਖ ਲਿਆ ਹੈ
editor-reviewed-today = ਅੱਜ ਦੇਖ ਲਿਆ ਗਿਆ। ਧੰਨਵਾਦ।
editor-next-section = ਅਗਲਾ: { $section }
save-saving = ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
save-saved = ਸੰਭਾਲਿਆ ਗਿਆ
save-error = ਅਜੇ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ। Harbour ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੇਗਾ।

## Views and printing

views-title = ਪੜ੍ਹੋ ਅਤੇ ਪ੍ਰਿੰਟ ਕਰੋ
views-full = ਮੇਰੀ ਪੂਰੀ ਯੋਜਨਾ
views-safety = ਸੁਰੱਖਿਆ ਯੋਜਨਾ
views-crisis = ਸੰਕਟ ਵਾਲਾ ਦ੍ਰਿਸ਼
views-card = ਸੰਕਟ ਕਾਰਡ
views-print = ਪ੍ਰਿੰਟ ਕਰੋ
views-save-pdf = PDF ਫ਼ਾਈਲ ਵਜੋਂ ਸੰਭਾਲੋ
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = { $path } ਵਿੱਚ { $name } ਵਜੋਂ ਸੰਭਾਲਿਆ ਗਿਆ। ਇਹ ਕਾਪੀ ਤੁਹਾਡੇ ਪਾਸਫ੍ਰੇਜ਼ ਨਾਲ ਲੌਕ ਨਹੀਂ ਹੈ: ਇਸਨੂੰ ਕਿਸੇ ਨਿੱਜੀ ਥਾਂ ਰੱਖੋ।
views-print-a4 = A4 ਕਾਗਜ਼
views-print-phone = ਫ਼ੋਨ ਜਿੰਨੇ ਸਫ਼ੇ
views-print-layout = ਸਫ਼ੇ ਦਾ ਆਕਾਰ
views-valid-as-of = { $date } ਤੱਕ ਸਹੀ
views-reviewed = ਆਖ਼ਰੀ ਵਾਰ ਦੇਖਿਆ: { $date }
views-empty = ਇੱਥੇ ਅਜੇ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।
views-empty-hint = “ਮੇਰੀ ਯੋਜਨਾ” ਵਿੱਚ ਲਿਖਣਾ ਸ਼ੁਰੂ ਕਰੋ, ਅਤੇ ਉਹ ਇੱਥੇ ਦਿਖਾਈ ਦੇਵੇਗਾ।
views-card-title = ਮੇਰਾ ਸੰਕਟ ਕਾਰਡ
views-card-intro = ਇਸਨੂੰ ਕੱਟ ਕੇ ਆਪਣੇ ਬਟੂਏ ਜਾਂ ਪਰਸ ਵਿੱਚ ਰੱਖੋ।
views-card-contacts = ਕਿਰਪਾ ਕਰਕੇ ਸੰਪਰਕ ਕਰੋ
views-card-helps = ਮੈਨੂੰ ਕੀ ਮਦਦ ਕਰਦਾ ਹੈ
views-card-allergies = ਐਲਰਜੀਆਂ
views-card-more = ਮੇਰੀ ਪੂਰੀ ਸੰਕਟ ਯੋਜਨਾ ਮੇਰੇ ਫ਼ੋਨ 'ਤੇ Harbour ਵਿੱਚ ਹੈ।
views-card-medication = ਦਵਾਈਆਂ ਜੋ ਮੈਂ ਲੈਂਦਾ ਹਾਂ
views-card-avoid = ਜੋ ਮਦਦ ਨਹੀਂ ਕਰਦਾ
views-card-not-involved = ਕਿਰਪਾ ਕਰਕੇ ਇਨ੍ਹਾਂ ਨੂੰ ਸ਼ਾਮਲ ਨਾ ਕਰੋ
safety-part-safety_warning_signs = ਮੇਰੇ ਚੇਤਾਵਨੀ ਸੰਕੇਤ
safety-part-safety_coping = ਸੰਭਲਣ ਦੇ ਤਰੀਕੇ
safety-part-safety_actions = ਕੰਮ ਜੋ ਮੈਨੂੰ ਕਰਨੇ ਹਨ
safety-part-safety_people = ਲੋਕ ਜਿਨ੍ਹਾਂ ਤੋਂ ਮੈਂ ਮਦਦ ਮੰਗ ਸਕਾਂ
safety-part-safety_surroundings = ਆਪਣੇ ਆਲੇ-ਦੁਆਲੇ ਨੂੰ ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਬਣਾਉਣਾ
safety-part-safety_reasons = ਅੱਗੇ ਵਧਦੇ ਰਹਿਣ ਦੇ ਮੇਰੇ ਕਾਰਨ
crisis-activate = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ ਚਾਲੂ ਕਰੋ
crisis-stand-down = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ ਬੰਦ ਕਰੋ
crisis-activate-note = ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਸੰਕਟ ਯੋਜਨਾ ਚਾਲੂ ਦਿਖਾਈ ਦਿੰਦੀ ਹੈ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਅਤੇ ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਇਸਨੂੰ ਸਾਂਝਾ ਕਰਦੇ ਹੋ ਦੇਖ ਸਕੋ ਕਿ ਇਹ ਵਰਤੋਂ ਵਿੱਚ ਹੈ। ਇਹ ਕਿਸੇ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਕਰਦਾ ਅਤੇ ਕੁਝ ਨਹੀਂ ਭੇਜਦਾ।
crisis-me = ਮੈਂ

## Settings

settings-title = ਸੈਟਿੰਗਾਂ
settings-display = Harbour ਕਿਵੇਂ ਦਿਸੇ
settings-text-size = ਲਿਖਤ ਦਾ ਆਕਾਰ
settings-text-size-value = { $percent }%
settings-high-contrast = ਵੱਧ ਕੰਟ੍ਰਾਸਟ
settings-reduced-motion = ਹਿਲਜੁਲ ਘਟਾਓ
settings-language = ਭਾਸ਼ਾ ਅਤੇ ਆਸਾਨ ਪੜ੍ਹਾਈ
settings-privacy = ਨਿੱਜਤਾ
settings-auto-lock = ਜਦੋਂ ਮੈਂ Harbour ਵਰਤਣਾ ਛੱਡ ਦਿਆਂ ਤਾਂ ਇੰਨੇ ਸਮੇਂ ਬਾਅਦ ਲਾਕ ਕਰੋ
settings-auto-lock-minutes = { $minutes ->
    [one] 1 ਮਿੰਟ
   *[other] { $minutes } ਮਿੰਟ
  }
settings-notifications = ਸੂਚਨਾਵਾਂ
settings-notifications-intro = Harbour ਇਹ ਸਿਰਫ਼ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਦਿਖਾਉਂਦਾ ਹੈ, ਅਤੇ ਸਿਰਫ਼ ਉਹੀ ਜੋ ਤੁਸੀਂ ਚਾਲੂ ਕਰਦੇ ਹੋ। ਇਹ ਕਦੇ ਵੀ ਕਿਸੇ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਦਿਖਾਉਂਦੀਆਂ।
settings-notify-signals = ਜਦੋਂ ਮੇਰੇ ਨਾਲ ਆਪਣੀ ਯੋਜਨਾ ਸਾਂਝੀ ਕਰਨ ਵਾਲਾ ਕੋਈ ਆਪਣੀ ਸੰਕਟ ਯੋਜਨਾ ਸ਼ੁਰੂ ਕਰੇ ਜਾਂ ਮਦਦ ਮੰਗੇ ਤਾਂ ਮੈਨੂੰ ਦੱਸੋ
settings-review-reminder = ਮੈਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਦੇਖਣ ਦੀ ਯਾਦ ਦਿਵਾਓ
settings-review-reminder-never = ਕਦੇ ਨਹੀਂ
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = ਹਰ { $days } ਦਿਨਾਂ ਬਾਅਦ
settings-notify-refused = ਇਸ ਡਿਵਾਈਸ ਨੇ Harbour ਨੂੰ ਸੂਚਨਾਵਾਂ ਦਿਖਾਉਣ ਨਹੀਂ ਦਿੱਤੀਆਂ। ਤੁਸੀਂ ਡਿਵਾਈਸ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਜਾਜ਼ਤ ਦੇ ਕੇ ਇਸਨੂੰ ਦੁਬਾਰਾ ਚਾਲੂ ਕਰ ਸਕਦੇ ਹੋ।
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = { $person } ਨੇ ਆਪਣੀ ਸੰਕਟ ਯੋਜਨਾ ਸ਼ੁਰੂ ਕੀਤੀ ਹੈ
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = { $person } ਨੇ ਮਦਦ ਮੰਗੀ ਹੈ
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = { $person } ਨੇ ਤੁਹਾਨੂੰ ਇੱਕ ਸੰਕੇਤ ਭੇਜਿਆ ਹੈ
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = { $person } ਦੀ ਸੰਕਟ ਯੋਜਨਾ ਪੜ੍ਹਨ ਲਈ Harbour ਖੋਲ੍ਹੋ: ਉਸ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹਨ। ਜੇ ਕੋਈ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
notify-review-title = ਆਪਣੀ ਯੋਜਨਾ ਦੇਖਣ ਦਾ ਸਮਾਂ
notify-review-body = ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੇ ਕੁਝ ਹਿੱਸੇ ਕਾਫ਼ੀ ਸਮੇਂ ਤੋਂ ਨਹੀਂ ਦੇਖੇ ਗਏ। ਜਦੋਂ ਤੁਸੀਂ ਤਿਆਰ ਮਹਿਸੂਸ ਕਰੋ, Harbour ਖੋਲ੍ਹੋ।
settings-saved = ਸੈਟਿੰਗਾਂ ਸੰਭਾਲੀਆਂ ਗਈਆਂ।
settings-passphrase = ਮੇਰਾ ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲੋ
settings-passphrase-current = ਮੌਜੂਦਾ ਪਾਸਫ਼ਰੇਜ਼
settings-passphrase-new = ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼
settings-passphrase-confirm = ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼ ਦੁਬਾਰਾ ਲਿਖੋ
settings-passphrase-change = ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲੋ
settings-passphrase-changed = ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਅਜੇ ਵੀ ਕੰਮ ਕਰਦੀ ਹੈ।
settings-recovery-key = ਮੇਰੀ ਰਿਕਵਰੀ ਕੁੰਜੀ
settings-recovery-key-intro = ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਭੁੱਲ ਜਾਓ, ਤਾਂ ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਤੁਹਾਡੀ ਯੋਜਨਾ ਖੋਲ੍ਹਦੀ ਹੈ। ਆਪਣੀ ਕੁੰਜੀ ਦੁਬਾਰਾ ਦੇਖਣ ਲਈ, ਜਾਂ ਨਵੀਂ ਬਣਾਉਣ ਲਈ, ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ।
settings-recovery-key-passphrase = ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼
settings-recovery-key-show = ਮੇਰੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਦਿਖਾਓ
settings-recovery-key-new = ਨਵੀਂ ਰਿਕਵਰੀ ਕੁੰਜੀ ਬਣਾਓ
settings-recovery-key-working = ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਜਾਂਚਿਆ ਜਾ ਰਿਹਾ ਹੈ…
settings-recovery-key-hide = ਮੇਰੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਲੁਕਾਓ
settings-recovery-key-none = ਇਹ ਯੋਜਨਾ ਉਸ ਸਮੇਂ ਤੋਂ ਪਹਿਲਾਂ ਬਣੀ ਸੀ ਜਦੋਂ Harbour ਨੇ ਰਿਕਵਰੀ ਕੁੰਜੀ ਸੰਭਾਲ ਕੇ ਰੱਖਣੀ ਸ਼ੁਰੂ ਕੀਤੀ, ਇਸ ਲਈ ਇਹ ਦੁਬਾਰਾ ਨਹੀਂ ਦਿਖਾਈ ਜਾ ਸਕਦੀ। ਤੁਸੀਂ ਇਸਦੀ ਥਾਂ ਨਵੀਂ ਕੁੰਜੀ ਬਣਾ ਸਕਦੇ ਹੋ।
settings-recovery-key-new-explain = ਨਵੀਂ ਕੁੰਜੀ ਤੁਹਾਡੀ ਹੁਣ ਵਾਲੀ ਕੁੰਜੀ ਦੀ ਥਾਂ ਲੈ ਲਵੇਗੀ। ਪੁਰਾਣੀ ਕੁੰਜੀ ਨਾਲ ਇਹ ਯੋਜਨਾ ਹੋਰ ਨਹੀਂ ਖੁੱਲ੍ਹੇਗੀ; ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਉਹੀ ਰਹੇਗਾ। ਪਹਿਲਾਂ ਬਣੇ ਬੈਕਅੱਪ ਅਜੇ ਵੀ ਪੁਰਾਣੀ ਕੁੰਜੀ ਨਾਲ ਖੁੱਲ੍ਹਦੇ ਹਨ, ਇਸ ਲਈ ਬਾਅਦ ਵਿੱਚ ਇੱਕ ਨਵਾਂ ਬੈਕਅੱਪ ਵੀ ਬਣਾਓ।
settings-recovery-key-new-confirm = ਹਾਂ, ਨਵੀਂ ਕੁੰਜੀ ਬਣਾਓ
settings-recovery-key-new-cancel = ਮੇਰੀ ਹੁਣ ਵਾਲੀ ਕੁੰਜੀ ਰੱਖੋ
settings-recovery-key-made = ਇਹ ਤੁਹਾਡੀ ਨਵੀਂ ਰਿਕਵਰੀ ਕੁੰਜੀ ਹੈ। ਪੁਰਾਣੀ ਕੁੰਜੀ ਨਾਲ ਇਹ ਯੋਜਨਾ ਹੁਣ ਨਹੀਂ ਖੁੱਲ੍ਹਦੀ। ਪਹਿਲਾਂ ਬਣੇ ਬੈਕਅੱਪ ਅਜੇ ਵੀ ਪੁਰਾਣੀ ਕੁੰਜੀ ਨਾਲ ਖੁੱਲ੍ਹਦੇ ਹਨ, ਇਸ ਲਈ ਇੱਕ ਨਵਾਂ ਬੈਕਅੱਪ ਵੀ ਬਣਾਓ।
settings-backup = ਬੈਕਅੱਪ ਅਤੇ ਬਹਾਲੀ
settings-backup-intro = ਬੈਕਅੱਪ ਇੱਕ ਲਾਕ ਕੀਤੀ ਫ਼ਾਈਲ ਹੈ ਜਿਸ ਵਿੱਚ ਤੁਹਾਡੀ ਪੂਰੀ ਯੋਜਨਾ ਹੁੰਦੀ ਹੈ। ਇਸਦੀ ਇੱਕ ਕਾਪੀ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਵੱਖ, ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।
settings-backup-passphrase = ਬੈਕਅੱਪ ਦਾ ਪਾਸਫ਼ਰੇਜ਼
settings-backup-passphrase-hint = ਬਹਾਲ ਕਰਨ ਲਈ ਤੁਹਾਨੂੰ ਇਸਦੀ (ਜਾਂ ਆਪਣੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਦੀ) ਲੋੜ ਪਵੇਗੀ। ਬਹਾਲੀ ਤੋਂ ਬਾਅਦ ਇਹੀ ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਬਣ ਜਾਂਦਾ ਹੈ।
settings-backup-create = ਬੈਕਅੱਪ ਬਣਾਓ
settings-backup-created = ਬੈਕਅੱਪ { $path } ਵਿੱਚ { $name } ਨਾਮ ਨਾਲ ਸੰਭਾਲਿਆ ਗਿਆ
settings-restore = ਬੈਕਅੱਪ ਤੋਂ ਬਹਾਲ ਕਰੋ
settings-restore-intro = ਇਸ ਨਾਲ ਇਸ ਡਿਵਾਈਸ ਵਾਲੀ ਯੋਜਨਾ ਦੀ ਥਾਂ ਬੈਕਅੱਪ ਵਾਲੀ ਯੋਜਨਾ ਆ ਜਾਂਦੀ ਹੈ। ਮੌਜੂਦਾ ਯੋਜਨਾ ਲਾਕ ਕਰਕੇ Harbour ਦੇ ਫ਼ੋਲਡਰ ਵਿੱਚ ਰੱਖੀ ਰਹਿੰਦੀ ਹੈ।
settings-restore-file = ਬੈਕਅੱਪ ਫ਼ਾਈਲ
settings-restore-passphrase = ਬੈਕਅੱਪ ਦਾ ਪਾਸਫ਼ਰੇਜ਼
settings-restore-button = ਬਹਾਲ ਕਰੋ
settings-restored = ਤੁਹਾਡੀ ਯੋਜਨਾ ਬਹਾਲ ਹੋ ਗਈ ਹੈ।
settings-about = Harbour ਬਾਰੇ
settings-about-version = Harbour ਦਾ ਵਰਜਨ { $version }
settings-about-body = Harbour ਮੁਫ਼ਤ ਸਾਫ਼ਟਵੇਅਰ ਹੈ, MIT ਜਾਂ Apache 2.0 ਲਾਇਸੈਂਸ ਹੇਠ। ਇਸ ਵਿੱਚ ਨਾ ਖਾਤੇ ਹਨ, ਨਾ ਵਰਤੋਂ ਦੇ ਅੰਕੜੇ, ਨਾ ਕ੍ਰੈਸ਼ ਰਿਪੋਰਟਾਂ।
settings-about-data = ਹੈਲਪਲਾਈਨ ਅਤੇ ਸੇਵਾਵਾਂ ਦੀ ਜਾਣਕਾਰੀ ਹਰ ਇੰਦਰਾਜ ਦੇ ਨਾਲ ਦਿਖਾਏ ਗਏ ਸਰੋਤਾਂ ਤੋਂ ਆਉਂਦੀ ਹੈ, ਆਖ਼ਰੀ ਵਾਰ ਜਾਂਚ ਦੀ ਮਿਤੀ ਸਮੇਤ।
settings-about-symbols = ਆਸਾਨ ਪੜ੍ਹਾਈ ਦੀਆਂ ਤਸਵੀਰਾਂ: Mulberry Symbols, Steve Lee ਵੱਲੋਂ, CC BY-SA 4.0 ਲਾਇਸੈਂਸ ਹੇਠ।
settings-about-fonts = ਲਿਖਤ ਤੁਹਾਡੀ ਡਿਵਾਈਸ ਵਿਚਲੇ ਫ਼ੌਂਟਾਂ ਵਿੱਚ ਦਿਖਾਈ ਜਾਂਦੀ ਹੈ।

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = ਇਸ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਇਹ ਯੋਜਨਾ ਨਹੀਂ ਖੁੱਲ੍ਹਦੀ। ਵੱਡੇ ਅੱਖਰ ਅਤੇ ਖ਼ਾਲੀ ਥਾਵਾਂ ਜਾਂਚੋ, ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-wrong_recovery_key = ਇਸ ਰਿਕਵਰੀ ਕੁੰਜੀ ਨਾਲ ਇਹ ਯੋਜਨਾ ਨਹੀਂ ਖੁੱਲ੍ਹਦੀ। ਇਸਨੂੰ ਆਪਣੀ ਪ੍ਰਿੰਟ ਕੀਤੀ ਜਾਂ ਸੰਭਾਲੀ ਕਾਪੀ ਨਾਲ ਮਿਲਾ ਕੇ ਦੇਖੋ।
error-invalid_recovery_key = ਇਹ Harbour ਦੀ ਰਿਕਵਰੀ ਕੁੰਜੀ ਨਹੀਂ ਲੱਗਦੀ। ਅੱਖਰਾਂ ਅਤੇ ਅੰਕਾਂ ਦਾ ਹਰ ਸਮੂਹ ਜਾਂਚੋ।
error-passphrase_required = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ।
error-vault_corrupt = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੀ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੈ। ਤੁਸੀਂ ਇਸਨੂੰ ਬੈਕਅੱਪ ਤੋਂ ਬਹਾਲ ਕਰ ਸਕਦੇ ਹੋ।
error-kdf_params_out_of_range = ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੀ ਫ਼ਾਈਲ ਵਿੱਚ ਅਜਿਹੀਆਂ ਸੈਟਿੰਗਾਂ ਹਨ ਜੋ Harbour ਨਹੀਂ ਵਰਤਦਾ, ਇਸ ਲਈ ਇਹ ਖੋਲ੍ਹੀ ਨਹੀਂ ਗਈ। ਇਸਨੂੰ ਬੈਕਅੱਪ ਤੋਂ ਬਹਾਲ ਕਰੋ।
error-backup_corrupt = ਇਹ ਬੈਕਅੱਪ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ ਜਾਂ Harbour ਦਾ ਬੈਕਅੱਪ ਨਹੀਂ ਹੈ। ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-vault_exists = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਪਹਿਲਾਂ ਹੀ ਇੱਕ ਯੋਜਨਾ ਹੈ।
error-vault_not_found = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਅਜੇ ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ ਹੈ।
error-vault_too_new = ਇਹ ਯੋਜਨਾ Harbour ਦੇ ਨਵੇਂ ਵਰਜਨ ਨਾਲ ਸੰਭਾਲੀ ਗਈ ਸੀ। ਇਸਨੂੰ ਖੋਲ੍ਹਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ Harbour ਅੱਪਡੇਟ ਕਰੋ।
error-vault_locked = ਤੁਹਾਡੀ ਯੋਜਨਾ ਲਾਕ ਹੈ। ਜਾਰੀ ਰੱਖਣ ਲਈ ਇਸਨੂੰ ਖੋਲ੍ਹੋ; ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ।
error-io = Harbour ਕੋਈ ਫ਼ਾਈਲ ਪੜ੍ਹ ਜਾਂ ਲਿਖ ਨਹੀਂ ਸਕਿਆ। ਦੇਖੋ ਕਿ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਥਾਂ ਹੈ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-storage = Harbour ਹੁਣੇ ਸੰਭਾਲ ਨਹੀਂ ਸਕਿਆ। ਦੇਖੋ ਕਿ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਥਾਂ ਹੈ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unknown_field = ਯੋਜਨਾ ਦਾ ਇਹ ਹਿੱਸਾ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
error-item_not_found = ਇਹ ਇੰਦਰਾਜ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ ਹੈ। ਸ਼ਾਇਦ ਇਸਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।
error-too_long = ਇਹ ਉਸ ਤੋਂ ਲੰਮਾ ਹੈ ਜਿੰਨਾ Harbour ਇੱਕ ਥਾਂ ਰੱਖ ਸਕਦਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਹਿੱਸਿਆਂ ਵਿੱਚ ਵੰਡੋ।
error-plan_corrupt = ਤੁਹਾਡੀ ਯੋਜਨਾ ਦਾ ਇੱਕ ਹਿੱਸਾ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਤੁਸੀਂ ਇਸਨੂੰ ਬੈਕਅੱਪ ਤੋਂ ਬਹਾਲ ਕਰ ਸਕਦੇ ਹੋ।

## Errors from sharing (one per error code)

error-message_too_large = ਇਹ ਸਿੰਕ ਸੁਨੇਹਾ ਖੋਲ੍ਹਣ ਲਈ ਬਹੁਤ ਵੱਡਾ ਹੈ। ਤੁਹਾਡਾ ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ।
error-message_invalid = ਇਹ ਸਿੰਕ ਸੁਨੇਹਾ ਖ਼ਰਾਬ ਹੈ, ਇਸ ਲਈ ਵਰਤਿਆ ਨਹੀਂ ਗਿਆ। ਤੁਹਾਡਾ ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ।
error-message_unauthentic = ਇਸ ਸਿੰਕ ਸੁਨੇਹੇ ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕੀ, ਇਸ ਲਈ ਵਰਤਿਆ ਨਹੀਂ ਗਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਰਾਹ ਵਿੱਚ ਇਸਨੂੰ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।
error-message_replayed = ਇਹ ਸਿੰਕ ਸੁਨੇਹਾ ਪਹਿਲਾਂ ਹੀ ਮਿਲ ਚੁੱਕਾ ਸੀ, ਇਸ ਲਈ ਦੁਬਾਰਾ ਵਰਤਿਆ ਨਹੀਂ ਗਿਆ।
error-write_refused = ਇੱਕ ਤਬਦੀਲੀ ਅਜਿਹੇ ਵਿਅਕਤੀ ਵੱਲੋਂ ਆਈ ਜਿਸਨੂੰ ਇਹ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ, ਇਸ ਲਈ Harbour ਨੇ ਇਸਨੂੰ ਨਾਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤਾ।
error-invite_invalid = ਇਹ ਸੱਦਾ ਸਹੀ ਨਹੀਂ ਲੱਗਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਨਵਾਂ ਸੱਦਾ ਮੰਗੋ।
error-invite_expired = ਇਸ ਸੱਦੇ ਦੀ ਮਿਆਦ ਮੁੱਕ ਗਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਨਵਾਂ ਸੱਦਾ ਮੰਗੋ।
error-invite_used = ਇਹ ਸੱਦਾ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਨਵਾਂ ਸੱਦਾ ਮੰਗੋ।
error-bundle_invalid = ਇਹ ਸਿੰਕ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ ਜਾਂ Harbour ਦੀ ਨਹੀਂ ਹੈ। ਤੁਹਾਡਾ ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ।
error-supporter_not_found = ਇਸ ਨਾਮ ਦਾ ਕੋਈ ਸਹਾਇਕ ਨਹੀਂ ਹੈ।
error-supporter_exists = ਇਸ ਨਾਮ ਦਾ ਇੱਕ ਸਹਾਇਕ ਪਹਿਲਾਂ ਹੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਹੋਰ ਨਾਮ ਚੁਣੋ।
error-person_not_found = ਇਸ ਨਾਮ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਤੁਹਾਡੇ ਨਾਲ ਯੋਜਨਾ ਸਾਂਝੀ ਨਹੀਂ ਕਰਦਾ।
error-device_not_found = ਇਸ ਨਾਮ ਦੀ ਕੋਈ ਜੁੜੀ ਹੋਈ ਡਿਵਾਈਸ ਨਹੀਂ ਹੈ।
error-rate_limited = ਹੁਣੇ ਇੱਕ ਪਲ ਪਹਿਲਾਂ ਇੱਕ ਸਿਗਨਲ ਭੇਜਿਆ ਗਿਆ ਸੀ। ਦੂਜਾ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਉਡੀਕ ਕਰੋ।
error-code_mismatch = ਇਹ ਕੋਡ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਹੋਇਆ। ਦੂਜੀ ਸਕਰੀਨ ਉੱਤੇ ਕੋਡ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-code_ambiguous = ਇੱਕ ਤੋਂ ਵੱਧ ਐਪਾਂ ਨੇ ਇਸੇ ਕੋਡ ਨਾਲ ਜਵਾਬ ਦਿੱਤਾ ਹੈ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਲਿੰਕ ਕਿਸੇ ਹੋਰ ਕੋਲ ਵੀ ਹੋਵੇ। ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਲਈ ਕਿਸੇ ਨੂੰ ਵੀ ਸ਼ਾਮਲ ਨਹੀਂ ਕੀਤਾ ਗਿਆ: ਇਹ ਸੱਦਾ ਰੋਕੋ ਅਤੇ ਨਵਾਂ ਬਣਾਓ।
error-vault_busy = ਤੁਹਾਡੀ ਯੋਜਨਾ Harbour ਦੀ ਕਿਸੇ ਹੋਰ ਵਿੰਡੋ ਜਾਂ ਪ੍ਰੋਗਰਾਮ ਵਿੱਚ ਖੁੱਲ੍ਹੀ ਹੈ। ਉਸਨੂੰ ਉੱਥੇ ਬੰਦ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-passphrase_too_short = ਨਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ 10 ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ। ਜਿੰਨਾ ਲੰਮਾ, ਓਨਾ ਮਜ਼ਬੂਤ।
error-output_file_required = PDF ਸਿਰਫ਼ ਇੱਕ ਫ਼ਾਈਲ ਵਿੱਚ ਹੀ ਸੰਭਾਲੀ ਜਾ ਸਕਦੀ ਹੈ। ਚੁਣੋ ਕਿ ਇਸਨੂੰ ਕਿੱਥੇ ਸੰਭਾਲਣਾ ਹੈ।

## Sharing

home-sharing-heading = ਸਾਂਝਾ ਕਰਨਾ
home-sharing-body = ਆਪਣੀ ਯੋਜਨਾ ਦੇ ਹਿੱਸੇ ਭਰੋਸੇਮੰਦ ਲੋਕਾਂ ਨਾਲ ਸਾਂਝੇ ਕਰੋ, ਦੂਜਿਆਂ ਵੱਲੋਂ ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਯੋਜਨਾਵਾਂ ਪੜ੍ਹੋ, ਅਤੇ ਆਪਣੀਆਂ ਹੋਰ ਡਿਵਾਈਸਾਂ ਜੋੜੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਨਾ ਚੁਣੋ, ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਹੁੰਦਾ।
nav-supporters = ਮੇਰੇ ਵੱਲੋਂ ਸਾਂਝਾ ਕੀਤਾ
nav-shared = ਮੇਰੇ ਨਾਲ ਸਾਂਝਾ ਕੀਤਾ
nav-devices = ਮੇਰੀਆਂ ਡਿਵਾਈਸਾਂ

supporters-title = ਲੋਕ ਜਿਨ੍ਹਾਂ ਨਾਲ ਮੇਰੀ ਯੋਜਨਾ ਸਾਂਝੀ ਹੈ
supporters-intro = ਤੁਸੀਂ ਆਪ ਚੁਣਦੇ ਹੋ ਕਿ ਹਰ ਵਿਅਕਤੀ ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੇ ਕਿਹੜੇ ਹਿੱਸੇ ਦੇਖੇ। ਉਹਨਾਂ ਨੂੰ Harbour ਦੀ ਲੋੜ ਹੈ, ਪਰ ਕਿਸੇ ਖਾਤੇ ਦੀ ਨਹੀਂ।
supporters-empty = ਤੁਸੀਂ ਅਜੇ ਕਿਸੇ ਨਾਲ ਆਪਣੀ ਯੋਜਨਾ ਸਾਂਝੀ ਨਹੀਂ ਕਰ ਰਹੇ।
supporters-state-invited = ਸੱਦਾ ਭੇਜਿਆ: ਉਹਨਾਂ ਦੇ ਜੁੜਨ ਦੀ ਉਡੀਕ ਹੈ
supporters-state-expired = ਉਹਨਾਂ ਦੇ ਜੁੜਨ ਤੋਂ ਪਹਿਲਾਂ ਸੱਦੇ ਦੀ ਮਿਆਦ ਮੁੱਕ ਗਈ। ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਸੱਦਾ ਭੇਜੋ।
supporters-state-active = ਸਾਂਝਾ ਹੋ ਰਿਹਾ ਹੈ: ਉਹਨਾਂ ਨੂੰ ਤੁਹਾਡੇ ਅੱਪਡੇਟ ਮਿਲਦੇ ਹਨ
supporters-state-revoked = ਤੁਸੀਂ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੱਤਾ
supporters-sees = ਦੇਖਦੇ ਹਨ: { $sections }
supporters-invited-at = ਸੱਦਾ ਭੇਜਿਆ: { $when }
supporters-last-synced = ਉਹਨਾਂ ਵੱਲੋਂ ਆਖ਼ਰੀ ਅੱਪਡੇਟ: { $when }
supporters-never-synced = ਉਹਨਾਂ ਵੱਲੋਂ ਅਜੇ ਕੋਈ ਅੱਪਡੇਟ ਨਹੀਂ ਆਇਆ
supporters-role-accepted = ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਆਪਣੀ ਭੂਮਿਕਾ ਮੰਨ ਲਈ ਹੈ।
supporters-availability = ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ: “{ $words }”
supporters-signals-on = ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਸੰਕਟ ਯੋਜਨਾ ਚਾਲੂ ਕਰੋ ਜਾਂ ਮਦਦ ਮੰਗੋ, ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਦੱਸਿਆ ਜਾਵੇਗਾ।
supporters-replies = ਉਹਨਾਂ ਦੇ ਜਵਾਬ
supporters-revoke = ਉਹਨਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ
supporters-revoke-explain = ਜੇ ਤੁਸੀਂ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿਓ, ਤਾਂ { $name } ਨੂੰ ਹੋਰ ਅੱਪਡੇਟ ਨਹੀਂ ਮਿਲਣਗੇ, ਅਤੇ ਜਦੋਂ ਅਗਲੀ ਵਾਰ ਉਹਨਾਂ ਨੂੰ ਤੁਹਾਡੇ ਵੱਲੋਂ ਅੱਪਡੇਟ ਮਿਲੇਗਾ ਤਾਂ ਉਹਨਾਂ ਦੀ ਡਿਵਾਈਸ ਵਾਲਾ Harbour ਤੁਹਾਡੀ ਯੋਜਨਾ ਮਿਟਾ ਦੇਵੇਗਾ। ਜੋ ਉਹ ਪਹਿਲਾਂ ਦੇਖ ਚੁੱਕੇ ਹਨ, ਉਹ ਉਹਨਾਂ ਕੋਲ ਰਹਿ ਸਕਦਾ ਹੈ, ਜਿਵੇਂ ਜੇ ਉਹਨਾਂ ਨੇ ਇਸਦੀ ਨਕਲ ਕੀਤੀ, ਪ੍ਰਿੰਟ ਕੀਤਾ ਜਾਂ ਫ਼ੋਟੋ ਖਿੱਚੀ ਹੋਵੇ।
supporters-revoke-confirm = ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ
supporters-revoke-cancel = ਸਾਂਝਾ ਕਰਦੇ ਰਹੋ
supporters-revoked-done = ਤੁਸੀਂ { $name } ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ।
supporters-revoked-had = ਉਹਨਾਂ ਨੂੰ ਪਹਿਲਾਂ ਹੀ ਇਹ ਮਿਲ ਚੁੱਕਾ ਸੀ: { $sections }। ਜਦੋਂ ਅਗਲੀ ਵਾਰ ਉਹਨਾਂ ਨੂੰ ਤੁਹਾਡੇ ਵੱਲੋਂ ਅੱਪਡੇਟ ਮਿਲੇਗਾ, ਤਾਂ ਉਹਨਾਂ ਦੀ ਡਿਵਾਈਸ ਵਾਲਾ Harbour ਇਸਨੂੰ ਮਿਟਾ ਦੇਵੇਗਾ। ਜੋ ਕੁਝ ਉਹਨਾਂ ਨੇ ਨਕਲ ਕੀਤਾ, ਪ੍ਰਿੰਟ ਕੀਤਾ ਜਾਂ ਫ਼ੋਟੋ ਖਿੱਚੀ, ਉਹ ਉਹਨਾਂ ਕੋਲ ਰਹਿ ਸਕਦਾ ਹੈ।
supporters-revoked-nothing = ਅਜੇ ਉਹਨਾਂ ਤੱਕ ਕੁਝ ਨਹੀਂ ਪਹੁੰਚਿਆ ਸੀ।
supporters-revoked-heading = ਲੋਕ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕੀਤਾ
supporters-revoked-at = ਬੰਦ ਕੀਤਾ: { $when }
supporters-ask-heading = ਮਦਦ ਮੰਗੋ
supporters-ask-body = ਜਿਨ੍ਹਾਂ ਸਹਾਇਕਾਂ ਨੇ ਹਾਮੀ ਭਰੀ ਹੈ, ਉਹਨਾਂ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ। ਉਹਨਾਂ ਨੂੰ ਬਿਨਾਂ ਵੇਰਵਿਆਂ ਵਾਲੀ ਇੱਕ ਛੋਟੀ ਸੂਚਨਾ ਅਤੇ ਤੁਹਾਡੀ ਸੰਕਟ ਯੋਜਨਾ ਮਿਲਦੀ ਹੈ। ਇਹ ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਕਰਦਾ: ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
supporters-ask-button = ਮੇਰੇ ਸਹਾਇਕਾਂ ਤੋਂ ਮਦਦ ਮੰਗੋ
supporters-ask-done =
    { $count ->
        [0] ਅਜੇ ਕਿਸੇ ਨੇ ਵੀ ਦੱਸੇ ਜਾਣ ਲਈ ਹਾਮੀ ਨਹੀਂ ਭਰੀ।
        [one] { $count } ਸਹਾਇਕ ਨੂੰ ਤੁਹਾਡੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ ਦੱਸਿਆ ਜਾਵੇਗਾ।
       *[other] { $count } ਸਹਾਇਕਾਂ ਨੂੰ ਤੁਹਾਡੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ ਦੱਸਿਆ ਜਾਵੇਗਾ।
    }

supporters-invite-start = ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਭੇਜੋ
supporters-invite-heading = ਕਿਸੇ ਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਦਾ ਕੁਝ ਹਿੱਸਾ ਦੇਖਣ ਲਈ ਸੱਦਾ ਭੇਜੋ
supporters-invite-name = ਉਹਨਾਂ ਦਾ ਨਾਮ
supporters-invite-from = ਤੁਹਾਡਾ ਨਾਮ, ਜਿਵੇਂ ਉਹ ਦੇਖਣਗੇ
supporters-invite-from-hint = ਜਿਵੇਂ, ਤੁਹਾਡਾ ਪਹਿਲਾ ਨਾਮ। ਤੁਸੀਂ ਇਸਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।
supporters-invite-sections = ਉਹ ਕੀ ਦੇਖ ਸਕਦੇ ਹਨ
supporters-invite-signals = ਜੇ ਮੈਂ ਆਪਣੀ ਸੰਕਟ ਯੋਜਨਾ ਚਾਲੂ ਕਰਾਂ ਜਾਂ ਮਦਦ ਮੰਗਾਂ ਤਾਂ ਉਹਨਾਂ ਨੂੰ ਦੱਸੋ
supporters-invite-signals-hint = ਸਿਰਫ਼ ਜੇ ਉਹ ਵੀ ਹਾਮੀ ਭਰਨ। Harbour ਕਦੇ ਵੀ ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਕਰਦਾ।
supporters-preview-heading = { $name } ਕੀ ਦੇਖਣਗੇ
supporters-preview-someone = ਇਹ ਵਿਅਕਤੀ
supporters-preview-nothing = ਸਾਂਝਾ ਕਰਨ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਹਿੱਸਾ ਚੁਣੋ।
supporters-invite-create = ਸੱਦਾ ਬਣਾਓ
supporters-invite-cancel = ਰੱਦ ਕਰੋ
supporters-invite-ready = { $name } ਲਈ ਤੁਹਾਡਾ ਸੱਦਾ
supporters-invite-private = ਇਹ ਉਹਨਾਂ ਨੂੰ ਨਿੱਜੀ ਤੌਰ 'ਤੇ ਭੇਜੋ, ਜਿਵੇਂ ਕਿਸੇ ਅਜਿਹੇ ਸੁਨੇਹੇ ਵਿੱਚ ਜੋ ਸਿਰਫ਼ ਉਹੀ ਪੜ੍ਹਨ। ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਹੋਵੇ ਉਹ ਜੁੜ ਸਕਦਾ ਹੈ, ਇਸ ਲਈ ਇਸਨੂੰ ਕਿਸੇ ਜਨਤਕ ਥਾਂ 'ਤੇ ਨਾ ਪਾਓ।
supporters-invite-link = ਸੱਦੇ ਦਾ ਲਿੰਕ
supporters-invite-copy = ਲਿੰਕ ਕਾਪੀ ਕਰੋ
supporters-invite-copied = ਕਾਪੀ ਹੋ ਗਿਆ।
supporters-invite-save = ਫ਼ਾਈਲ ਵਜੋਂ ਸੰਭਾਲੋ
supporters-invite-saved = ਸੰਭਾਲਿਆ ਗਿਆ: { $path }
supporters-invite-qr = ਜਾਂ ਉਹ ਆਪਣੀ ਡਿਵਾਈਸ ਨਾਲ ਇਹ ਕੋਡ ਸਕੈਨ ਕਰ ਸਕਦੇ ਹਨ।
supporters-invite-qr-alt = { $name } ਲਈ ਸੱਦੇ ਦਾ QR ਕੋਡ
supporters-invite-code-later = ਜਦੋਂ ਉਹਨਾਂ ਦੀ ਐਪ ਜਵਾਬ ਦੇ ਦੇਵੇਗੀ, Harbour ਤੁਹਾਡੇ ਤੋਂ ਉਹ ਕੋਡ ਮੰਗੇਗਾ ਜੋ ਉਹਨਾਂ ਦੀ ਐਪ ਦਿਖਾਉਂਦੀ ਹੈ। ਉਹਨਾਂ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਨੂੰ ਇਹ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ, ਫਿਰ ਇਸਨੂੰ ਹੇਠਾਂ ਲਿਖੋ।
supporters-code = ਪੁਸ਼ਟੀ ਕੋਡ: { $code }। ਜਾਂਚ ਕਰੋ ਕਿ ਇਹ ਉਹਨਾਂ ਵਾਲੇ ਕੋਡ ਵਰਗਾ ਹੀ ਹੈ।
supporters-read-not-yet = ਉਹਨਾਂ ਨੇ ਅਜੇ ਤੁਹਾਡੀ ਯੋਜਨਾ ਨੂੰ ਪੜ੍ਹੀ ਹੋਈ ਵਜੋਂ ਨਿਸ਼ਾਨਬੱਧ ਨਹੀਂ ਕੀਤਾ।
supporters-read-earlier = ਉਹਨਾਂ ਨੇ ਅਜੇ ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਨਹੀਂ ਪੜ੍ਹੀਆਂ।
supporters-read-latest = ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਪੜ੍ਹ ਲਈਆਂ ਹਨ।
supporters-invite-expires = ਇਹ ਸੱਦਾ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ, { $days } ਦਿਨਾਂ ਲਈ।
supporters-invite-done = ਹੋ ਗਿਆ
supporters-state-waiting = ਜਵਾਬ ਆ ਗਿਆ: ਤੁਹਾਡੇ ਵੱਲੋਂ ਉਹਨਾਂ ਦਾ ਕੋਡ ਲਿਖਣ ਦੀ ਉਡੀਕ ਹੈ
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = { $name } ਦੀ ਐਪ ਨੇ ਜਵਾਬ ਦੇ ਦਿੱਤਾ ਹੈ। { $name } ਨੂੰ ਕਹੋ ਕਿ ਉਹਨਾਂ ਦੀ ਐਪ ਵਿੱਚ ਦਿਸਦਾ ਕੋਡ ਤੁਹਾਨੂੰ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ, ਅਤੇ ਉਸਨੂੰ ਇੱਥੇ ਲਿਖੋ। ਤੁਹਾਡੇ ਇਹ ਕਰਨ ਤੱਕ ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਹੋਵੇਗਾ।
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = { $name } ਦੀ ਐਪ ਵਾਲਾ ਕੋਡ
supporters-confirm-button = ਪੁਸ਼ਟੀ ਕਰੋ
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = ਕੋਡ ਮੇਲ ਖਾਂਦਾ ਹੈ। ਤੁਹਾਡੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ { $name } ਨੂੰ ਤੁਹਾਡੀ ਯੋਜਨਾ ਮਿਲੇਗੀ।
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = ਇਸ ਸੱਦੇ ਦਾ ਜਵਾਬ ਇੱਕ ਤੋਂ ਵੱਧ ਐਪਾਂ ਨੇ ਦਿੱਤਾ ਹੈ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਲਿੰਕ ਕਿਸੇ ਹੋਰ ਕੋਲ ਵੀ ਹੋਵੇ। ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਲਈ ਇਹ ਸੱਦਾ ਰੋਕੋ ਅਤੇ { $name } ਲਈ ਨਵਾਂ ਬਣਾਓ।
confirm-code-hint = 6 ਅੰਕ, ਜਿਵੇਂ 123 456
confirm-code-format = ਕਿਰਪਾ ਕਰਕੇ ਕੋਡ ਦੇ ਸਾਰੇ 6 ਅੰਕ ਲਿਖੋ, ਜਿਵੇਂ 123 456।

shared-title = ਮੇਰੇ ਨਾਲ ਸਾਂਝਾ ਕੀਤਾ
shared-intro = ਯੋਜਨਾਵਾਂ ਜੋ ਦੂਜੇ ਲੋਕ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝੀਆਂ ਕਰਦੇ ਹਨ। ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।
shared-empty = ਅਜੇ ਕੋਈ ਤੁਹਾਡੇ ਨਾਲ ਯੋਜਨਾ ਸਾਂਝੀ ਨਹੀਂ ਕਰਦਾ। ਜਦੋਂ ਕੋਈ ਤੁਹਾਨੂੰ ਸੱਦਾ ਭੇਜੇ, ਤਾਂ ਇਸਨੂੰ ਹੇਠਾਂ ਪੇਸਟ ਕਰੋ।
shared-sections = ਉਹ ਸਾਂਝਾ ਕਰਦੇ ਹਨ: { $sections }
shared-not-yet = ਉਹਨਾਂ ਦੇ ਪਹਿਲੇ ਅੱਪਡੇਟ ਦੀ ਉਡੀਕ ਹੈ।
shared-has-changes = ਤੁਹਾਡੇ ਪਿਛਲੀ ਵਾਰ ਪੜ੍ਹਨ ਤੋਂ ਬਾਅਦ ਕੁਝ ਬਦਲਿਆ ਹੈ।
shared-up-to-date = ਤੁਸੀਂ ਸਭ ਤੋਂ ਨਵਾਂ ਪੜ੍ਹ ਲਿਆ ਹੈ।
shared-open = { $person } ਦੀ ਯੋਜਨਾ ਪੜ੍ਹੋ
shared-open-crisis = { $person } ਦੀ ਸੰਕਟ ਯੋਜਨਾ ਖੋਲ੍ਹੋ
shared-back = ਸਾਰੀਆਂ ਸਾਂਝੀਆਂ ਯੋਜਨਾਵਾਂ 'ਤੇ ਵਾਪਸ
shared-plan-title = { $person } ਦੀ ਯੋਜਨਾ
shared-waiting = ਅਜੇ { $person } ਵੱਲੋਂ ਕੁਝ ਨਹੀਂ ਆਇਆ। ਉਹ ਜੋ ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਤੁਹਾਨੂੰ ਭੇਜਣ, ਉਹ ਪਿਛਲੀ ਸਕਰੀਨ 'ਤੇ ਹੇਠਾਂ ਖੋਲ੍ਹੋ।
shared-updated-at = ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਮਿਲਿਆ: { $when }
shared-first-read = ਤੁਸੀਂ ਇਸਨੂੰ ਇੱਥੇ ਪਹਿਲੀ ਵਾਰ ਪੜ੍ਹ ਰਹੇ ਹੋ।
shared-changed =
    { $count ->
        [one] ਤੁਹਾਡੇ ਪਿਛਲੀ ਵਾਰ ਪੜ੍ਹਨ ਤੋਂ ਬਾਅਦ { $count } ਹਿੱਸਾ ਬਦਲਿਆ ਹੈ:
       *[other] ਤੁਹਾਡੇ ਪਿਛਲੀ ਵਾਰ ਪੜ੍ਹਨ ਤੋਂ ਬਾਅਦ { $count } ਹਿੱਸੇ ਬਦਲੇ ਹਨ:
    }
shared-nothing-changed = ਤੁਹਾਡੇ ਪਿਛਲੀ ਵਾਰ ਪੜ੍ਹਨ ਤੋਂ ਬਾਅਦ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
shared-mark-read = ਮੈਂ ਇਹ ਪੜ੍ਹ ਲਿਆ ਹੈ
shared-show-crisis = ਸਿਰਫ਼ ਸੰਕਟ ਯੋਜਨਾ ਦਿਖਾਓ
shared-show-all = ਉਹ ਜੋ ਵੀ ਸਾਂਝਾ ਕਰਦੇ ਹਨ, ਸਭ ਦਿਖਾਓ
shared-signal-crisis_plan_activated = { $person } ਨੇ ਆਪਣੀ ਸੰਕਟ ਯੋਜਨਾ ਚਾਲੂ ਕੀਤੀ ਹੈ ({ $when })। ਉਹਨਾਂ ਦੀ ਸੰਕਟ ਯੋਜਨਾ ਦੱਸਦੀ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹਨ।
shared-signal-ask_for_help = { $person } ਨੇ ਮਦਦ ਮੰਗੀ ਹੈ ({ $when })। ਉਹਨਾਂ ਦੀ ਸੰਕਟ ਯੋਜਨਾ ਦੱਸਦੀ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹਨ।
shared-signal-other = { $person } ਨੇ ਤੁਹਾਨੂੰ ਇੱਕ ਸਿਗਨਲ ਭੇਜਿਆ ({ $when })।
shared-signal-not-emergency = Harbour ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਕਰਦਾ। ਜੇ ਕੋਈ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
shared-role-heading = ਮੇਰੀ ਭੂਮਿਕਾ
shared-role-accepted = ਤੁਸੀਂ ਆਪਣੀ ਭੂਮਿਕਾ ਮੰਨ ਲਈ ਹੈ।
shared-role-availability = ਮੇਰੇ ਵੱਲੋਂ ਕਦੋਂ ਅਤੇ ਕਿਵੇਂ ਮਦਦ ਹੋ ਸਕਦੀ ਹੈ
shared-role-availability-hint = ਜਿਵੇਂ: ਮੈਨੂੰ ਰਾਤ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ। ਹਫ਼ਤੇ ਦੇ ਦਿਨਾਂ ਵਿੱਚ ਸ਼ਾਮ 6 ਵਜੇ ਤੋਂ ਬਾਅਦ।
shared-role-signals = ਜੇ { $person } ਆਪਣੀ ਸੰਕਟ ਯੋਜਨਾ ਚਾਲੂ ਕਰਨ ਜਾਂ ਮਦਦ ਮੰਗਣ ਤਾਂ ਮੈਨੂੰ ਦੱਸੋ
shared-role-signals-hint = ਤੁਹਾਨੂੰ ਇੱਥੇ ਇੱਕ ਸ਼ਾਂਤ ਸੂਚਨਾ ਮਿਲਦੀ ਹੈ। ਇਸ ਵਿੱਚ ਕੋਈ ਵੇਰਵਾ ਨਹੀਂ ਹੁੰਦਾ।
shared-role-accept = ਮੈਨੂੰ ਆਪਣੀ ਭੂਮਿਕਾ ਮਨਜ਼ੂਰ ਹੈ
shared-role-saved = ਸੰਭਾਲਿਆ ਗਿਆ। ਇਹ ਤੁਹਾਡੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ ਉਹਨਾਂ ਕੋਲ ਜਾਵੇਗਾ।
shared-reply-heading = ਜਵਾਬ ਦਿਓ
shared-reply-label = { $person } ਲਈ ਇੱਕ ਸੁਨੇਹਾ
shared-reply-send = ਜਵਾਬ ਭੇਜੋ
shared-reply-queued = ਤੁਹਾਡਾ ਜਵਾਬ ਤੁਹਾਡੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ ਉਹਨਾਂ ਕੋਲ ਜਾਵੇਗਾ।
shared-join-heading = ਸੱਦੇ ਨਾਲ ਜੁੜੋ
shared-join-intro = ਕਿਸੇ ਨੇ ਤੁਹਾਨੂੰ ਸੱਦੇ ਦਾ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਇਸਨੂੰ ਇੱਥੇ ਪੇਸਟ ਕਰੋ। ਤੁਹਾਨੂੰ ਕਿਸੇ ਖਾਤੇ ਦੀ ਲੋੜ ਨਹੀਂ।
shared-join-label = ਸੱਦੇ ਦਾ ਲਿੰਕ
shared-join-button = ਜੁੜੋ
shared-joined = { $person } ਤੁਹਾਡੇ ਨਾਲ ਇਹ ਸਾਂਝਾ ਕਰਦੇ ਹਨ: { $sections }।
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = ਤੁਹਾਡਾ ਪੁਸ਼ਟੀ ਕੋਡ: { $code }। ਇਹ ਉਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ, ਆਹਮੋ-ਸਾਹਮਣੇ ਜਾਂ ਫ਼ੋਨ ਉੱਤੇ: ਉਹ ਇਸਨੂੰ ਆਪਣੀ ਐਪ ਵਿੱਚ ਲਿਖਣਗੇ। ਉਹਨਾਂ ਦੇ ਇਹ ਕਰਨ ਤੱਕ ਤੁਹਾਡੇ ਨਾਲ ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਹੋਵੇਗਾ।
shared-joined-next = ਹੁਣ ਉਹਨਾਂ ਨੂੰ ਇੱਕ ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਭੇਜੋ (ਜਾਂ ਸਿੰਕ ਕਰੋ, ਜੇ ਸਿੰਕ ਚਾਲੂ ਹੈ), ਤਾਂ ਜੋ ਤੁਹਾਡਾ ਜਵਾਬ ਉਹਨਾਂ ਦੀ ਐਪ ਤੱਕ ਪਹੁੰਚੇ। ਜਦੋਂ ਉਹ ਤੁਹਾਡਾ ਕੋਡ ਲਿਖ ਦੇਣਗੇ, ਉਹਨਾਂ ਦੀ ਯੋਜਨਾ ਉਹਨਾਂ ਦੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ ਆਵੇਗੀ।

supporter-guide-title = ਸਹਾਇਕ ਵਜੋਂ ਤੁਹਾਡੀ ਭੂਮਿਕਾ
supporter-guide-intro = { $person } ਨੇ ਤੁਹਾਨੂੰ ਆਪਣਾ ਸਾਥ ਦੇਣ ਲਈ ਕਿਹਾ ਹੈ। ਥੋੜ੍ਹੇ ਸ਼ਬਦਾਂ ਵਿੱਚ, ਇਸਦਾ ਮਤਲਬ ਇਹ ਹੈ।
supporter-guide-asked-heading = { $person } ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹਨ
supporter-guide-asked-sections = { $person } ਆਪਣੀ ਯੋਜਨਾ ਦੇ ਇਹ ਹਿੱਸੇ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝੇ ਕਰਦੇ ਹਨ: { $sections }। ਜਦੋਂ ਇਹ ਪਹੁੰਚਣ ਤਾਂ ਇਹਨਾਂ ਨੂੰ ਪੜ੍ਹੋ, ਅਤੇ ਜਦੋਂ ਕੁਝ ਬਦਲੇ ਤਾਂ ਦੁਬਾਰਾ ਪੜ੍ਹੋ।
supporter-guide-asked-crisis = ਉਹਨਾਂ ਦੀ ਸੰਕਟ ਯੋਜਨਾ ਦੱਸਦੀ ਹੈ ਕਿ ਜੇ ਹਾਲਾਤ ਔਖੇ ਹੋ ਜਾਣ ਤਾਂ ਉਹ ਆਪਣੇ ਆਲੇ-ਦੁਆਲੇ ਦੇ ਲੋਕਾਂ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹਨ। ਉਹ ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹਨ, ਇਹ ਜਾਣਨ ਲਈ ਉਹ ਯੋਜਨਾ ਦੇਖੋ ਜੋ ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝੀ ਕੀਤੀ ਹੈ।
supporter-guide-asked-plan = ਉਹ ਯੋਜਨਾ ਦੇਖੋ ਜੋ ਉਹਨਾਂ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝੀ ਕੀਤੀ ਹੈ। ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੁੰਦੀ ਹੈ ਅਤੇ ਉਹ ਆਪਣੇ ਆਲੇ-ਦੁਆਲੇ ਦੇ ਲੋਕਾਂ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹਨ।
supporter-guide-asked-talk = ਜੇ ਇਸ ਵਿੱਚ ਕੋਈ ਗੱਲ ਸਾਫ਼ ਨਾ ਹੋਵੇ, ਤਾਂ ਕਿਸੇ ਸ਼ਾਂਤ ਸਮੇਂ ਉਹਨਾਂ ਨੂੰ ਪੁੱਛ ਲਓ।
supporter-guide-not-heading = ਤੁਹਾਨੂੰ ਕੀ ਕਰਨ ਲਈ ਨਹੀਂ ਕਿਹਾ ਗਿਆ
supporter-guide-not-clinician = ਤੁਸੀਂ ਉਹਨਾਂ ਦੇ ਡਾਕਟਰ, ਨਰਸ ਜਾਂ ਥੈਰੇਪਿਸਟ ਨਹੀਂ ਹੋ। ਤੁਹਾਨੂੰ ਉਹਨਾਂ ਦਾ ਇਲਾਜ ਕਰਨ ਜਾਂ ਸਭ ਕੁਝ ਠੀਕ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
supporter-guide-not-always = ਤੁਹਾਨੂੰ ਹਰ ਵੇਲੇ ਹਾਜ਼ਰ ਰਹਿਣ ਦੀ ਲੋੜ ਨਹੀਂ। ਇਹ ਦੱਸਣਾ ਠੀਕ ਹੈ ਕਿ ਤੁਸੀਂ ਕਦੋਂ ਮਦਦ ਕਰ ਸਕਦੇ ਹੋ ਅਤੇ ਕਦੋਂ ਨਹੀਂ।
supporter-guide-not-share = ਉਹਨਾਂ ਦੀ ਯੋਜਨਾ ਨਿੱਜੀ ਰੱਖੋ। ਇਸਨੂੰ ਕਿਸੇ ਹੋਰ ਨੂੰ ਨਾ ਦਿਖਾਓ ਅਤੇ ਨਾ ਅੱਗੇ ਭੇਜੋ।
supporter-guide-worried-heading = ਜੇ ਤੁਸੀਂ ਫ਼ਿਕਰਮੰਦ ਹੋ ਅਤੇ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਰਿਹਾ
supporter-guide-worried-emergency = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਉਹਨਾਂ ਦੀ ਜਾਨ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ ਹੁਣੇ 999 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਤੁਸੀਂ 112 'ਤੇ ਵੀ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।
supporter-guide-worried-helplines = ਜੇ ਇਹ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਕਿਸੇ ਹੈਲਪਲਾਈਨ 'ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ। ਉਹ ਉਹਨਾਂ ਲੋਕਾਂ ਦੀ ਗੱਲ ਵੀ ਸੁਣਦੇ ਹਨ ਜੋ ਕਿਸੇ ਲਈ ਫ਼ਿਕਰਮੰਦ ਹਨ।
supporter-guide-worried-harbour = Harbour ਤੁਹਾਡੇ ਵੱਲੋਂ ਕਿਸੇ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਕਰਦਾ।
supporter-guide-helplines = ਹੈਲਪਲਾਈਨਾਂ ਦੇਖੋ
supporter-guide-close = ਇਹ ਗਾਈਡ ਬੰਦ ਕਰੋ

devices-title = ਮੇਰੀਆਂ ਡਿਵਾਈਸਾਂ
devices-intro = ਆਪਣਾ ਫ਼ੋਨ ਅਤੇ ਆਪਣਾ ਕੰਪਿਊਟਰ ਜੋੜੋ, ਤਾਂ ਜੋ ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੋਵਾਂ 'ਤੇ ਹੋਵੇ।
devices-list-heading = ਜੁੜੀਆਂ ਹੋਈਆਂ ਡਿਵਾਈਸਾਂ
devices-this-device = ਇਹ ਡਿਵਾਈਸ
devices-unnamed = ਬਿਨਾਂ ਨਾਮ ਵਾਲੀ ਡਿਵਾਈਸ
devices-none = ਤੁਹਾਡੀ ਯੋਜਨਾ ਸਿਰਫ਼ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਹੈ।
devices-remove = ਇਹ ਡਿਵਾਈਸ ਹਟਾਓ
devices-remove-explain = ਕੀ { $name } ਨੂੰ ਹਟਾਉਣਾ ਹੈ? ਤੁਹਾਡੀਆਂ ਹੋਰ ਡਿਵਾਈਸਾਂ ਇੱਕ ਨਵੀਂ ਕੁੰਜੀ 'ਤੇ ਚਲੀਆਂ ਜਾਣਗੀਆਂ। ਜੋ ਕੁਝ { $name } ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਹੈ, ਉਹ ਉਸ 'ਤੇ ਰਹਿ ਸਕਦਾ ਹੈ। ਇਹ ਪੱਕਾ ਕਰਨ ਲਈ ਕਿ ਤੁਹਾਡੇ ਸਹਾਇਕਾਂ ਨਾਲ ਜੋੜ ਵੀ ਸੁਰੱਖਿਅਤ ਹਨ, ਉਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਸੱਦਾ ਭੇਜੋ।
devices-remove-confirm = ਇਸਨੂੰ ਹਟਾਓ
devices-removed = { $name } ਹਟਾ ਦਿੱਤੀ ਗਈ।
devices-link-heading = ਇੱਕ ਹੋਰ ਡਿਵਾਈਸ ਜੋੜੋ
devices-link-intro = ਇੱਥੇ ਇੱਕ ਕੋਡ ਬਣਾਓ, ਫਿਰ ਇਸਨੂੰ ਆਪਣੀ ਦੂਜੀ ਡਿਵਾਈਸ 'ਤੇ ਲਿਖੋ।
devices-link-start = ਕੋਡ ਬਣਾਓ
devices-link-code = ਇਹ ਕੋਡ ਆਪਣੀ ਦੂਜੀ ਡਿਵਾਈਸ 'ਤੇ ਲਿਖੋ:
devices-link-qr-alt = ਹੋਰ ਡਿਵਾਈਸ ਜੋੜਨ ਲਈ QR ਕੋਡ
devices-link-next = ਫਿਰ ਉੱਥੋਂ ਇਸ ਡਿਵਾਈਸ ਨੂੰ ਇੱਕ ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਭੇਜੋ। ਜਦੋਂ ਉਹ ਪਹੁੰਚ ਜਾਵੇ, ਨਵੀਂ ਡਿਵਾਈਸ ਉੱਤੇ ਦਿਸਦਾ ਕੋਡ ਇੱਥੇ ਲਿਖੋ, ਅਤੇ ਇੱਕ ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਵਾਪਸ ਭੇਜੋ। ਇਹ ਕੋਡ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ।
devices-join-heading = ਇਹ ਮੇਰੀ ਨਵੀਂ ਡਿਵਾਈਸ ਹੈ
devices-join-intro = ਉਹ ਕੋਡ ਲਿਖੋ ਜੋ ਤੁਹਾਡੀ ਦੂਜੀ ਡਿਵਾਈਸ ਦਿਖਾਉਂਦੀ ਹੈ।
devices-join-code = ਮੇਰੀ ਦੂਜੀ ਡਿਵਾਈਸ ਤੋਂ ਕੋਡ
devices-join-name = ਇਸ ਡਿਵਾਈਸ ਲਈ ਇੱਕ ਨਾਮ
devices-join-button = ਇਹ ਡਿਵਾਈਸ ਜੋੜੋ
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = ਲਗਭਗ ਜੁੜ ਗਈ। ਪੁਸ਼ਟੀ ਕੋਡ: { $code }। ਹੁਣ ਆਪਣੀ ਦੂਜੀ ਡਿਵਾਈਸ ਨੂੰ ਇੱਕ ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਭੇਜੋ (ਜਾਂ ਸਿੰਕ ਕਰੋ), ਅਤੇ ਉੱਥੇ ਇਹ ਕੋਡ ਲਿਖੋ। ਉਸ ਤੋਂ ਬਾਅਦ ਤੁਹਾਡੀ ਯੋਜਨਾ ਉਸਦੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ ਆਵੇਗੀ।
devices-code = ਪੁਸ਼ਟੀ ਕੋਡ: { $code }। ਜਾਂਚ ਕਰੋ ਕਿ ਇਹ ਉਸ ਕੋਡ ਵਰਗਾ ਹੀ ਹੈ ਜੋ ਉਸ ਡਿਵਾਈਸ ਨੇ ਜੁੜਨ ਵੇਲੇ ਦਿਖਾਇਆ ਸੀ।
devices-state-waiting = ਜਵਾਬ ਆ ਗਿਆ: ਤੁਹਾਡੇ ਵੱਲੋਂ ਇਸਦਾ ਕੋਡ ਲਿਖਣ ਦੀ ਉਡੀਕ ਹੈ
devices-waiting-heading = ਇੱਕ ਨਵੀਂ ਡਿਵਾਈਸ ਨੇ ਜਵਾਬ ਦਿੱਤਾ ਹੈ
devices-waiting-explain = ਇਸ ਉੱਤੇ ਦਿਸਦਾ ਕੋਡ ਲਿਖੋ। ਤੁਹਾਡੇ ਇਹ ਕਰਨ ਤੱਕ ਇਸ ਨਾਲ ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਹੋਵੇਗਾ।
devices-waiting-many = ਇੱਕ ਤੋਂ ਵੱਧ ਡਿਵਾਈਸਾਂ ਨੇ ਜਵਾਬ ਦਿੱਤਾ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਸਿਰਫ਼ ਇੱਕ ਡਿਵਾਈਸ ਜੋੜਨੀ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਤੁਹਾਡਾ ਕੋਡ ਕਿਸੇ ਹੋਰ ਕੋਲ ਵੀ ਹੋਵੇ: ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਲਈ ਨਵਾਂ ਕੋਡ ਬਣਾਓ ਅਤੇ ਦੁਬਾਰਾ ਜੋੜੋ।
devices-confirm-label = ਨਵੀਂ ਡਿਵਾਈਸ ਵਾਲਾ ਕੋਡ
devices-confirm-button = ਪੁਸ਼ਟੀ ਕਰੋ
devices-confirmed = ਕੋਡ ਮੇਲ ਖਾਂਦਾ ਹੈ। ਤੁਹਾਡੇ ਅਗਲੇ ਅੱਪਡੇਟ ਨਾਲ ਨਵੀਂ ਡਿਵਾਈਸ ਨੂੰ ਤੁਹਾਡੀ ਯੋਜਨਾ ਮਿਲੇਗੀ।

sync-files-heading = ਅੱਪਡੇਟ ਫ਼ਾਈਲਾਂ
sync-files-intro = ਸਿੰਕ ਰੀਲੇਅ ਤੋਂ ਬਿਨਾਂ, ਅੱਪਡੇਟ ਫ਼ਾਈਲਾਂ ਵਜੋਂ ਜਾਂਦੇ ਹਨ: ਇੱਕ ਫ਼ਾਈਲ ਸੰਭਾਲੋ ਅਤੇ ਇਸਨੂੰ ਈਮੇਲ, ਕਿਸੇ ਮੈਸੇਜਿੰਗ ਐਪ ਜਾਂ USB ਸਟਿੱਕ ਨਾਲ ਭੇਜੋ। ਇਹ ਇਨਕ੍ਰਿਪਟ ਕੀਤੀ ਹੁੰਦੀ ਹੈ: ਸਿਰਫ਼ ਉਹ ਲੋਕ ਇਸਨੂੰ ਖੋਲ੍ਹ ਸਕਦੇ ਹਨ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਸਾਂਝਾ ਕਰਦੇ ਹੋ।
sync-file-save = ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਸੰਭਾਲੋ
sync-file-saved = ਸੰਭਾਲੀ ਗਈ: { $path }। ਇਹ ਫ਼ਾਈਲ ਉਹਨਾਂ ਲੋਕਾਂ ਨੂੰ ਭੇਜੋ ਜਿਨ੍ਹਾਂ ਨਾਲ ਤੁਸੀਂ ਸਾਂਝਾ ਕਰਦੇ ਹੋ।
sync-file-open-label = ਕਿਸੇ ਵੱਲੋਂ ਤੁਹਾਨੂੰ ਭੇਜੀ ਗਈ ਅੱਪਡੇਟ ਫ਼ਾਈਲ
sync-file-open = ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਖੋਲ੍ਹੋ
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = ਤੁਸੀਂ ਆਪਣੀਆਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚੋਂ { $name } ਖੋਲ੍ਹੀ। “ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਖੋਲ੍ਹੋ” ਦਬਾਉਣ ਤੱਕ ਕੁਝ ਵੀ ਨਹੀਂ ਪੜ੍ਹਿਆ ਜਾਂਦਾ।
sync-file-in-done =
    { $accepted ->
        [one] { $accepted } ਅੱਪਡੇਟ ਮਿਲਿਆ।
       *[other] { $accepted } ਅੱਪਡੇਟ ਮਿਲੇ।
    }
sync-file-in-some-refused = { $accepted } ਅੱਪਡੇਟ ਮਿਲੇ; { $refused } ਵਰਤੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਉਹਨਾਂ ਨਾਲ ਤੁਹਾਡਾ ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ।
sync-file-in-nothing-new = ਕੁਝ ਨਵਾਂ ਨਹੀਂ: ਇਸ ਫ਼ਾਈਲ ਵਿਚਲਾ ਸਭ ਕੁਝ ਤੁਹਾਡੇ ਕੋਲ ਪਹਿਲਾਂ ਹੀ ਸੀ।
sync-file-in-not-for-me = ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਤੁਹਾਡੇ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ।
sync-file-in-revoked = { $person } ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਆਪਣੀ ਯੋਜਨਾ ਸਾਂਝੀ ਕਰਨੀ ਬੰਦ ਕਰ ਦਿੱਤੀ ਹੈ, ਇਸ ਲਈ ਇਹ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਹਟਾ ਦਿੱਤੀ ਗਈ ਹੈ।

sync-heading = ਸਿੰਕ
sync-intro = ਸਿੰਕ ਤੁਹਾਡੇ ਅੱਪਡੇਟ ਇੱਕ ਰੀਲੇਅ ਰਾਹੀਂ ਭੇਜਦਾ ਹੈ, ਤਾਂ ਜੋ ਤੁਹਾਨੂੰ ਫ਼ਾਈਲਾਂ ਦੀ ਲੋੜ ਨਾ ਪਵੇ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸਨੂੰ ਚਾਲੂ ਨਾ ਕਰੋ, ਇਹ ਬੰਦ ਰਹਿੰਦਾ ਹੈ। ਜਦੋਂ ਇਹ ਬੰਦ ਹੈ, Harbour ਇੰਟਰਨੈੱਟ ਨਾਲ ਕੋਈ ਕਨੈਕਸ਼ਨ ਨਹੀਂ ਬਣਾਉਂਦਾ।
sync-state-off = ਸਿੰਕ ਬੰਦ ਹੈ।
sync-state-on = ਸਿੰਕ ਚਾਲੂ ਹੈ, { $url } ਰਾਹੀਂ।
sync-relay-not-yet = Harbour ਦਾ ਇਹ ਵਰਜਨ ਅਜੇ ਰੀਲੇਅ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦਾ। ਤੁਹਾਡੀ ਚੋਣ ਸੰਭਾਲ ਲਈ ਗਈ ਹੈ; ਤਦ ਤੱਕ ਅੱਪਡੇਟ ਫ਼ਾਈਲਾਂ ਵਰਤੋ।
sync-toggle = ਰੀਲੇਅ ਰਾਹੀਂ ਸਿੰਕ ਕਰੋ
sync-relay-url = ਰੀਲੇਅ ਦਾ ਪਤਾ
sync-relay-url-hint = ਇਹ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ। ਜੋ ਵੀ ਤੁਹਾਡਾ ਰੀਲੇਅ ਚਲਾਉਂਦਾ ਹੈ, ਉਸ ਤੋਂ ਪੁੱਛੋ, ਜਿਵੇਂ ਕੋਈ ਸਥਾਨਕ ਚੈਰਿਟੀ।
sync-turn-on = ਸਿੰਕ ਚਾਲੂ ਕਰੋ
sync-save-address = ਰੀਲੇਅ ਦਾ ਪਤਾ ਸੰਭਾਲੋ
sync-last-file-out = ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਸੰਭਾਲੀ: { $when }
sync-last-file-in = ਆਖ਼ਰੀ ਅੱਪਡੇਟ ਫ਼ਾਈਲ ਖੋਲ੍ਹੀ: { $when }
sync-status-off = ਸਿੰਕ ਬੰਦ ਹੈ।
sync-status-waiting = ਪਹਿਲੀ ਵਾਰ ਸਿੰਕ ਹੋਣ ਦੀ ਉਡੀਕ ਹੈ।
sync-status-synced = ਸਿੰਕ ਹੋ ਗਿਆ।
sync-status-offline = ਆਫ਼ਲਾਈਨ: ਤੁਹਾਡੀਆਂ ਤਬਦੀਲੀਆਂ ਸੰਭਾਲੀਆਂ ਹੋਈਆਂ ਹਨ ਅਤੇ ਕਨੈਕਸ਼ਨ ਵਾਪਸ ਆਉਣ 'ਤੇ ਭੇਜੀਆਂ ਜਾਣਗੀਆਂ।
sync-status-error = ਪਿਛਲੀ ਵਾਰ ਸਿੰਕ ਨਹੀਂ ਹੋ ਸਕਿਆ।
sync-last-relay = ਆਖ਼ਰੀ ਵਾਰ ਸਿੰਕ ਹੋਇਆ: { $when }
sync-retry = Harbour ਹਰ ਮਿੰਟ ਆਪਣੇ-ਆਪ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਹੈ। ਇਸ ਦੌਰਾਨ ਕੁਝ ਵੀ ਗੁਆਚਦਾ ਨਹੀਂ।
sync-unsent =
    { $count ->
        [one] { $count } ਅੱਪਡੇਟ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ।
       *[other] { $count } ਅੱਪਡੇਟ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।
    }
sync-now = ਹੁਣੇ ਸਿੰਕ ਕਰੋ
error-relay_unreachable = Harbour ਰੀਲੇਅ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਿਆ। ਦੇਖੋ ਕਿ ਇਹ ਡਿਵਾਈਸ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੀ ਹੈ ਅਤੇ ਰੀਲੇਅ ਦਾ ਪਤਾ ਸਹੀ ਹੈ।
error-relay_refused = ਰੀਲੇਅ ਨੇ ਇਹ ਅੱਪਡੇਟ ਨਹੀਂ ਲਈ (ਜਿਵੇਂ ਕਿ ਉਹ ਭਰਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਅੱਪਡੇਟ ਬਹੁਤ ਵੱਡੀ ਹੈ)। ਤੁਹਾਡੀ ਯੋਜਨਾ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੁਰੱਖਿਅਤ ਹੈ; ਰੀਲੇਅ ਚਲਾਉਣ ਵਾਲੇ ਨੂੰ ਪੁੱਛੋ।

## My places

my-places-title = ਮੇਰੀਆਂ ਥਾਵਾਂ
my-places-intro = ਥਾਵਾਂ ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦੀਆਂ ਹਨ, ਜਿਵੇਂ ਕਿਸੇ ਦੋਸਤ ਦਾ ਘਰ। ਇਹ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਲਾਕ ਕਰਕੇ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਅਤੇ ਜਦੋਂ ਤੁਹਾਡੀ ਯੋਜਨਾ ਖੁੱਲ੍ਹੀ ਹੋਵੇ ਤਾਂ “ਨੇੜੇ ਮਦਦ ਲੱਭੋ” ਵਿੱਚ ਦਿਖਾਈ ਦਿੰਦੀਆਂ ਹਨ।
my-places-empty = ਤੁਸੀਂ ਅਜੇ ਕੋਈ ਥਾਂ ਨਹੀਂ ਜੋੜੀ।
my-places-add = ਥਾਂ ਜੋੜੋ
my-places-add-title = ਥਾਂ ਜੋੜੋ
my-places-edit-title = ਇਹ ਥਾਂ ਬਦਲੋ
my-places-edit = ਬਦਲੋ
my-places-remove = ਹਟਾਓ
my-places-remove-confirm = ਕੀ { $name } ਨੂੰ ਹਟਾਉਣਾ ਹੈ?
my-places-remove-yes = ਹਾਂ, ਇਸਨੂੰ ਹਟਾਓ
my-places-remove-no = ਇਸਨੂੰ ਰੱਖੋ
my-places-name = ਨਾਮ
my-places-phone = ਫ਼ੋਨ ਨੰਬਰ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
my-places-address = ਪਤਾ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
my-places-town = ਕਸਬਾ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
my-places-postcode = ਪੋਸਟਕੋਡ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
my-places-position = ਸਹੀ ਟਿਕਾਣਾ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
my-places-position-hint = ਅਕਸ਼ਾਂਸ਼ ਅਤੇ ਰੇਖਾਂਸ਼, ਜਿਵੇਂ 52.9107, -0.6423। ਇਸ ਤੋਂ ਬਿਨਾਂ, Harbour ਕਸਬੇ ਦਾ ਕੇਂਦਰ ਵਰਤਦਾ ਹੈ।
my-places-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
my-places-hours-hint = OpenStreetMap ਵਾਲੇ ਢੰਗ ਨਾਲ, ਜਿਵੇਂ: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = ਨੋਟ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
my-places-save = ਸੰਭਾਲੋ
my-places-cancel = ਰੱਦ ਕਰੋ
my-places-not-on-map = ਨਕਸ਼ੇ 'ਤੇ ਨਹੀਂ: Harbour ਇਸ ਕਸਬੇ ਨੂੰ ਨਹੀਂ ਜਾਣਦਾ ਸੀ। ਇਸਨੂੰ ਲੱਭਣ ਲਈ ਇਸਦਾ ਨਾਮ ਲਿਖ ਕੇ ਲੱਭੋ।
my-places-added-by-you = ਤੁਹਾਡੇ ਵੱਲੋਂ ਜੋੜੀ ਗਈ
find-kind-other = ਹੋਰ
error-place_name_required = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਥਾਂ ਨੂੰ ਕੋਈ ਨਾਮ ਦਿਓ।
error-phone_invalid = ਇਹ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਲੱਗਦਾ। ਸਿਰਫ਼ ਅੰਕ, ਖ਼ਾਲੀ ਥਾਵਾਂ ਅਤੇ ਸ਼ੁਰੂ ਵਿੱਚ ਇੱਕ + ਵਰਤੋ।
error-opening_hours_invalid = Harbour ਖੁੱਲ੍ਹਣ ਦਾ ਇਹ ਸਮਾਂ ਪੜ੍ਹ ਨਹੀਂ ਸਕਿਆ। Mo-Fr 09:00-17:00 ਵਾਲਾ ਢੰਗ ਅਜ਼ਮਾਓ, ਜਾਂ ਇਸਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
error-coordinates_invalid = ਇਹ ਟਿਕਾਣਾ ਠੀਕ ਨਹੀਂ ਲੱਗਦਾ। ਅਕਸ਼ਾਂਸ਼ ਅਤੇ ਰੇਖਾਂਸ਼ ਲਿਖੋ, ਵਿਚਕਾਰ ਕੌਮਾ ਪਾ ਕੇ, ਜਾਂ ਇਸਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
error-my_place_not_found = ਇਹ ਥਾਂ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ ਹੈ। ਸ਼ਾਇਦ ਇਸਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।

## Daily check-in

section-checkins-title = ਮੇਰੀ ਰੋਜ਼ਾਨਾ ਹਾਲ-ਚਾਲ (ਸਿਰਫ਼ ਰੰਗ)
checkin-heading = ਅੱਜ ਤੁਸੀਂ ਕਿਵੇਂ ਹੋ?
checkin-note-label = ਕੁਝ ਸ਼ਬਦ, ਜੇ ਤੁਸੀਂ ਚਾਹੋ (ਸਿਰਫ਼ ਤੁਸੀਂ ਵੇਖਦੇ ਹੋ)
checkin-green = ਹਰਾ: ਮੈਂ ਠੀਕ ਹਾਂ
checkin-amber = ਪੀਲਾ: ਮੈਨੂੰ ਔਖਾ ਲੱਗ ਰਿਹਾ ਹੈ
checkin-red = ਲਾਲ: ਮੈਂ ਬਹੁਤ ਮੁਸ਼ਕਲ ਵਿੱਚ ਹਾਂ
checkin-state-green = ਹਰਾ
checkin-state-amber = ਪੀਲਾ
checkin-state-red = ਲਾਲ
checkin-since = { $when } ਤੋਂ { $state }
checkin-when-today = ਅੱਜ
checkin-privacy = ਇੱਕ ਟੈਪ ਕਾਫ਼ੀ ਹੈ। ਤੁਹਾਡੇ ਨੋਟ ਤੁਹਾਡੇ ਡਿਵਾਈਸਾਂ 'ਤੇ ਰਹਿੰਦੇ ਹਨ। ਸਹਾਇਕ ਤੁਹਾਡਾ ਰੰਗ ਸਿਰਫ਼ ਤਾਂ ਵੇਖਦਾ ਹੈ ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਹਾਲ-ਚਾਲ ਉਸ ਨਾਲ ਸਾਂਝਾ ਕਰੋ।
checkin-saved = ਸੰਭਾਲਿਆ ਗਿਆ। ਹਾਲ-ਚਾਲ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ।
checkin-red-heading = ਤੁਸੀਂ ਲਾਲ ਕਿਹਾ। ਤੁਹਾਨੂੰ ਇਸ ਦਾ ਇਕੱਲੇ ਸਾਹਮਣਾ ਨਹੀਂ ਕਰਨਾ ਪਵੇਗਾ।
checkin-red-body = ਤੁਹਾਡੀ ਸੰਕਟ ਯੋਜਨਾ ਇੱਥੇ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਆਪਣੇ ਸਹਾਇਕਾਂ ਤੋਂ ਮਦਦ ਮੰਗ ਸਕਦੇ ਹੋ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਟੈਪ ਨਹੀਂ ਕਰਦੇ, ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
checkin-red-plan = ਮੇਰੀ ਸੰਕਟ ਯੋਜਨਾ ਖੋਲ੍ਹੋ
checkin-history-heading = ਪਿਛਲੇ ਚਾਰ ਹਫ਼ਤੇ
checkin-history-summary = ਪਿਛਲੇ ਚਾਰ ਹਫ਼ਤਿਆਂ ਵਿੱਚ: { $green } ਹਰਾ, { $amber } ਪੀਲਾ, { $red } ਲਾਲ, { $none } ਦਿਨ ਬਿਨਾਂ ਹਾਲ-ਚਾਲ ਦੇ।
checkin-history-range = { $from } ਤੋਂ { $to } ਤੱਕ
checkin-history-no-day = ਕੋਈ ਹਾਲ-ਚਾਲ ਨਹੀਂ
checkin-history-list = ਮੇਰੇ ਹਾਲੀਆ ਹਾਲ-ਚਾਲ, ਸੂਚੀ ਵਜੋਂ
shared-checkin = { $person } ਦਾ ਹਾਲ-ਚਾਲ: { $when } ਤੋਂ { $state }

## Photos on reasons and the toolbox

photo-add = ਫ਼ੋਟੋ ਜੋੜੋ
photo-change = ਫ਼ੋਟੋ ਬਦਲੋ
photo-remove = ਫ਼ੋਟੋ ਹਟਾਓ
photo-working = ਫ਼ੋਟੋ ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ…
error-photo_invalid = ਇਹ ਫ਼ਾਈਲ ਅਜਿਹੀ ਫ਼ੋਟੋ ਨਹੀਂ ਜੋ Harbour ਵਰਤ ਸਕੇ। JPEG, PNG, WebP ਜਾਂ GIF ਤਸਵੀਰ ਚੁਣੋ।
error-photo_too_large = ਇਹ ਫ਼ੋਟੋ ਬਹੁਤ ਵੱਡੀ ਹੈ। 20 MB ਤੋਂ ਛੋਟੀ ਚੁਣੋ।
error-photo_not_found = ਇਹ ਫ਼ੋਟੋ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ।
