# Harbour — বাংলা (Bengali). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = মূল অংশে যান
loading = লোড হচ্ছে…

## Navigation

nav-get-help-now = এখনই সাহায্য নিন

## Home

home-title = Harbour-এ স্বাগতম
home-intro = Harbour আপনার সেরে ওঠা ও সংকটের পরিকল্পনা এই ডিভাইসে নিরাপদে রাখে, আর শুধু আপনার বেছে নেওয়া মানুষদের সাথেই তা শেয়ার করে।
home-help-heading = এখনই কারও সাথে কথা বলতে চান?
home-help-body = হেল্পলাইন দিনরাত খোলা থাকে। আপনি এখান থেকেই তাদের ফোন বা মেসেজ করতে পারেন।
home-privacy-heading = আপনার পরিকল্পনা শুধু আপনার
home-privacy-body = আপনি যা লেখেন তা এই ডিভাইস থেকে বাইরে যায় না, যদি না আপনি নিজে শেয়ার করেন। Harbour-এ কোনো অ্যাকাউন্ট নেই, কোনো ট্র্যাকিংও নেই।

## Get help now

help-title = এখনই সাহায্য নিন
help-intro = এই সময়টা আপনাকে একা পার করতে হবে না। এই হেল্পলাইনগুলো আপনার কথা শোনার জন্য আছে।
help-country-label = দেশ
help-call = ফোন করুন
help-text = মেসেজ করুন
help-hours = সময়: { $hours }
help-last-checked = শেষ যাচাই: { $date }
help-source = উৎস
help-none = এই দেশের জন্য আমাদের কাছে এখনও কোনো হেল্পলাইন নেই। অন্য একটি দেশ বেছে নিন, অথবা কাছাকাছি পরিষেবা খুঁজুন।
help-caution = নম্বর ও খোলার সময় বদলে যেতে পারে। প্রতিটির সাথে দেখানো আছে এটি কোথা থেকে এসেছে এবং শেষ কবে যাচাই করা হয়েছে।

## Errors (one per error code from the Rust core)

error-invalid_input = এটা ঠিক মনে হচ্ছে না। দয়া করে দেখে আবার চেষ্টা করুন।
error-data_invalid = Harbour-এর ভেতরের কিছু তথ্য পড়া যায়নি। দয়া করে Harbour টিমকে জানান।
error-internal = কিছু একটা ভুল হয়েছে। আপনার লেখা কিছুই হারায়নি।

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = কাছাকাছি সাহায্য খুঁজুন
home-find-heading = যাওয়ার মতো একটা জায়গা
home-find-body = কোনো শহরের কাছে ক্রাইসিস ক্যাফে, নিরাপদ আশ্রয় আর সহমর্মী সহায়তা দল খুঁজুন। ইন্টারনেট ছাড়াই কাজ করে।
find-title = কাছাকাছি সাহায্য খুঁজুন
find-intro = একটি শহর বা নগরের নাম লিখুন। Harbour এই ডিভাইসে নিজের তালিকায় খোঁজে; কিছুই কোথাও পাঠানো হয় না।
find-place-label = শহর, নগর বা পোস্টকোড
find-place-hint = যেমন: Tower Hamlets, Leeds, Cardiff বা E1 6AN
find-search = খুঁজুন
find-open-now = শুধু এখন খোলা জায়গা
find-kind-label = জায়গার ধরন
find-kind-all = সব ধরন
find-kind-crisis_cafe = ক্রাইসিস ক্যাফে
find-kind-safe_haven = নিরাপদ আশ্রয়
find-kind-crisis_house = ক্রাইসিস হাউস
find-kind-peer_group = সহমর্মী সহায়তা দল
find-kind-drop_in = আগে থেকে সময় না নিয়ে যাওয়ার জায়গা
find-kind-helpline = হেল্পলাইন
find-near = { $place }-এর কাছে
find-matching = “{ $query }”-এর সাথে মেলে এমন জায়গা
find-none = এখানে কিছু পাওয়া যায়নি। কাছের কোনো বড় শহর দিয়ে চেষ্টা করুন, অথবা “এখনই সাহায্য নিন”-এর কোনো হেল্পলাইনে ফোন করুন।
find-none-open = এই মুহূর্তে কাছাকাছি কিছুই খোলা নেই। হেল্পলাইন দিনরাত খোলা থাকে।
find-status-open-all-day = ২৪ ঘণ্টা খোলা
find-status-open-until = { $time } পর্যন্ত খোলা
find-status-open-until-day = { $day ->
    [monday] সোমবার
    [tuesday] মঙ্গলবার
    [wednesday] বুধবার
    [thursday] বৃহস্পতিবার
    [friday] শুক্রবার
    [saturday] শনিবার
   *[sunday] রবিবার
  } { $time } পর্যন্ত খোলা
find-status-opens-at = { $day ->
    [today] আজ { $time }-এ খুলবে
    [tomorrow] আগামীকাল { $time }-এ খুলবে
    [monday] সোমবার { $time }-এ খুলবে
    [tuesday] মঙ্গলবার { $time }-এ খুলবে
    [wednesday] বুধবার { $time }-এ খুলবে
    [thursday] বৃহস্পতিবার { $time }-এ খুলবে
    [friday] শুক্রবার { $time }-এ খুলবে
    [saturday] শনিবার { $time }-এ খুলবে
   *[sunday] রবিবার { $time }-এ খুলবে
  }
find-status-closed = এই সপ্তাহে বন্ধ
find-status-unknown = খোলার সময় জানা নেই: যাওয়ার আগে ফোন করুন বা খোঁজ নিন
find-distance = { $km } কিমি দূরে
find-distance-approx = প্রায় { $km } কিমি দূরে (শহরের কেন্দ্র)
find-distance-in-town = { $town }-এ (শহরের কেন্দ্র)
find-distance-unknown = দূরত্ব জানা নেই
find-referral-self_referral = সরাসরি চলে যান: রেফারেলের দরকার নেই
find-referral-phone_first = যাওয়ার আগে ফোন করুন বা সময় নিন
find-referral-referral_needed = একজন পেশাদারের রেফারেল লাগবে
find-age = বয়স: { $ages }
find-call = ফোন করুন
find-directions = পথনির্দেশ
find-website = ওয়েবসাইট
find-hours-source = উৎসে যেমন দেওয়া আছে সেই সময়: { $text }
find-last-checked = শেষ যাচাই: { $date }
find-stale = { $months ->
    [one] পুরনো হতে পারে: শেষ যাচাই { $months } মাস আগে
   *[other] পুরনো হতে পারে: শেষ যাচাই { $months } মাস আগে
}
find-stale-source = পুরনো হতে পারে: উৎসটি পুরনো, অথবা এটি একটি পরীক্ষামূলক প্রকল্প ছিল
find-source = উৎস
find-report = সমস্যা জানান
find-caution = জায়গাগুলোর সময় বদলায়, কখনও কখনও বন্ধও হয়ে যায়। পারলে আগে ফোন করে নিন। জরুরি অবস্থায় 999-এ ফোন করুন।
help-nearby-heading = { $place }-এর কাছে এখন খোলা
help-nearby-none = এই মুহূর্তে { $place }-এর কাছে কিছুই খোলা নেই।
help-find-more = কাছাকাছি সাহায্য খুঁজুন

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = দ্রুত বেরিয়ে যান
nav-quick-exit-hint = Harbour সঙ্গে সঙ্গে লুকিয়ে ফেলে এবং আপনার পরিকল্পনা লক করে দেয়। শর্টকাট: Escape দুবার চাপুন।
nav-settings = সেটিংস
nav-my-plan = আমার পরিকল্পনা
nav-lock = লক করুন
nav-menu = মেনু
unlock-title = আপনার পরিকল্পনা খুলুন
unlock-lead = আপনার পরিকল্পনা খুলতে পাসফ্রেজ লিখুন।
unlock-passphrase-label = পাসফ্রেজ
unlock-button = খুলুন
unlock-working = খোলা হচ্ছে…
unlock-use-recovery = পাসফ্রেজ মনে নেই? রিকভারি কী ব্যবহার করুন
unlock-use-passphrase = তার বদলে পাসফ্রেজ ব্যবহার করুন
unlock-recovery-label = রিকভারি কী
unlock-recovery-hint = Harbour সেট আপ করার সময় যে কী আপনি প্রিন্ট বা সেভ করেছিলেন। স্পেস আর ড্যাশে কিছু যায় আসে না।
unlock-locked-idle = আপনার পরিকল্পনা গোপন রাখতে Harbour নিজে থেকেই লক হয়ে গেছে।
neutral-title = নোট
neutral-note-label = নোট
neutral-done = হয়ে গেছে

## Language and Easy Read

language-label = ভাষা
easy-read-label = সহজপাঠ: ছোট বাক্য আর সহজ শব্দ
language-needs-review = এই অনুবাদটি নতুন। এখনও কোনো বাংলাভাষী এটি যাচাই করেননি।
easy-read-toggle = সহজপাঠ
read-aloud = জোরে পড়ে শোনান
read-aloud-stop = পড়া থামান

## Home (unlocked), sections and the crisis plan

home-plan-title = আমার পরিকল্পনা
home-plan-intro = একটু একটু করে লিখুন। লেখার সাথে সাথেই সব সেভ হয়ে যায়।
home-crisis-heading = আমার সংকট পরিকল্পনা
home-crisis-status = অবস্থা: { $status }
home-crisis-open = আমার সংকট পরিকল্পনা খুলুন
home-crisis-edit = আমার সংকট পরিকল্পনা বদলান
home-sections-heading = আমার পরিকল্পনার অংশগুলো
home-filled = { $total }টির মধ্যে { $filled }টি পূরণ করা হয়েছে
home-last-reviewed = শেষ দেখা হয়েছে: { $date }
home-never-reviewed = এখনও দেখা হয়নি
home-views-heading = পড়ুন ও প্রিন্ট করুন
home-view-full = আমার পুরো পরিকল্পনা
home-view-safety = এক পাতার নিরাপত্তা পরিকল্পনা
home-view-crisis = সংকটের দৃশ্য
home-view-card = মানিব্যাগে রাখার মতো সংকট কার্ড
crisis-status-inactive = চালু নয়
crisis-status-active = চালু
crisis-status-stood_down = বন্ধ করা হয়েছে
crisis-status-since = সর্বশেষ পরিবর্তন: { $by }, { $date }

# Exported and printed pages (plan export)
export-crisis-status = সংকট পরিকল্পনা: { $status }
export-not-dated = এখনও তারিখ দেওয়া হয়নি
export-footer = Harbour দিয়ে তৈরি। এই পাতাটি ব্যক্তিগত: এটি কোনো নিরাপদ জায়গায় রাখুন।
export-emergency = জরুরি অবস্থায় 999 (যুক্তরাজ্য) বা আপনার স্থানীয় জরুরি নম্বরে ফোন করুন।
export-date = তারিখ
export-page = পৃষ্ঠা { $page } / { $pages }
advance-title = আমার আগাম পছন্দের দলিল
advance-law = আগাম পছন্দের দলিল, মানসিক স্বাস্থ্য আইন ২০২৫ (ইংল্যান্ড ও ওয়েলস)-এ যেমন বলা হয়েছে।
advance-declaration = এটি আমার আগাম পছন্দের দলিল। আমি এটি তৈরি করেছি যখন আমি সুস্থ ছিলাম এবং নিজের যত্ন নিয়ে সিদ্ধান্ত নিতে পারতাম। আমি অসুস্থ হয়ে নিজে বলতে না পারলে আমি কী চাই আর কী চাই না, তা এখানে লেখা আছে। দয়া করে এটি পড়ুন এবং যতটা সম্ভব মেনে চলুন।
advance-part-values = আমার মূল্যবোধ ও আমার কাছে যা গুরুত্বপূর্ণ
advance-part-medication = ওষুধ: যা আমি পছন্দ করি, যা মেনে নিই, যা প্রত্যাখ্যান করি
advance-part-treatments = চিকিৎসা: যা আমি পছন্দ করি, যা মেনে নিই, যা প্রত্যাখ্যান করি
advance-part-people = কাকে যুক্ত করবেন, আর কাকে নয়
advance-part-home = বাড়িতে বা কমিউনিটিতে যত্ন
advance-part-practical = ব্যবহারিক বিষয়: কে কী দেখবেন
advance-part-places = যত্নের জায়গা
advance-part-shared = কার কাছে কপি আছে
advance-made-on = তৈরির তারিখ: { $date }
advance-reviewed-on = শেষ পর্যালোচনা: { $date }
advance-person-name = আমার নাম
advance-signed-person = আমার স্বাক্ষর
advance-witness-statement = এই দলিলটি যিনি তৈরি করেছেন, তাঁকে আমি এতে স্বাক্ষর করতে দেখেছি।
advance-witness-name = সাক্ষীর নাম
advance-signed-witness = সাক্ষীর স্বাক্ষর
section-toolbox-title = ভালো থাকার টুলবক্স
section-toolbox-intro = যেসব জিনিস আপনাকে ভালো থাকতে সাহায্য করে, আর যেগুলো আপনি এড়িয়ে চলতে চান। ছোট জিনিসও গুরুত্বপূর্ণ।
section-daily-title = প্রতিদিনের পরিকল্পনা
section-daily-intro = আপনার কাছে একটা ভালো দিন কেমন, আর দিনটা তেমন রাখতে কী সাহায্য করে।
section-triggers-title = যা আপনাকে অস্থির করে
section-triggers-intro = যেসব জিনিস আপনাকে পিছিয়ে দিতে পারে, আর সেগুলো ঘটলে আপনি কী করতে পারেন। নিজের গতিতে এগোন।
section-early_warning-title = আগাম সতর্কতার লক্ষণ
section-early_warning-intro = ছোট ছোট পরিবর্তন যা বলে দেয় অবস্থা হয়তো খারাপের দিকে যাচ্ছে, আর তখন কী সাহায্য করে।
section-breaking_down-title = যখন সব ভেঙে পড়ছে
section-breaking_down-intro = অবস্থা অনেক খারাপ হচ্ছে এমন লক্ষণ, আর জরুরি পদক্ষেপ যা সাহায্য করে, যেমন সাহায্য চাওয়া।
section-crisis-title = সংকট পরিকল্পনা
section-crisis-intro = এই অংশটি আপনার পাশে থাকা মানুষদের জন্য লেখা, যাতে আপনি নিজে বলতে না পারলেও তাঁরা জানেন আপনি কী চান।
section-after_crisis-title = সংকটের পরে
section-after_crisis-intro = কীভাবে বুঝবেন সংকট কেটে গেছে, আর আবার নিজের পায়ে দাঁড়াতে কী সাহায্য করে।
section-reasons-title = এগিয়ে চলার কারণ
section-reasons-intro = এই অংশটি শুধু আপনার জন্য, আর পূরণ করা ঐচ্ছিক। যে মানুষ, জিনিস আর মুহূর্তগুলো আপনার কাছে গুরুত্বপূর্ণ।
crisis-part-well = ভালো থাকলে আমি কেমন থাকি
crisis-part-take_over = যেসব লক্ষণে অন্যদের দায়িত্ব নেওয়া উচিত
crisis-part-people = যাঁদের আমি যুক্ত করতে চাই, আর যাঁদের চাই না
crisis-part-medication = ওষুধ
crisis-part-treatments = চিকিৎসা
crisis-part-home = বাড়িতে, সমাজে বা বিশ্রামের জন্য যত্ন
crisis-part-places = চিকিৎসার জায়গা
crisis-part-help = অন্যদের সাহায্য
crisis-part-surroundings = আমার চারপাশ আরও নিরাপদ করা
crisis-part-money = টাকাপয়সার বিষয়
crisis-part-ending = যখন এই পরিকল্পনার আর দরকার নেই
crisis-part-advance_choice = আমার আগাম পছন্দের দলিল
crisis-parts-heading = আমার সংকট পরিকল্পনার অংশগুলো
crisis-back = আমার সংকট পরিকল্পনার সব অংশ

## First run

welcome-title = Harbour-এ স্বাগতম
welcome-lead = Harbour একটি শান্ত, ব্যক্তিগত জায়গা, যেখানে আপনি লিখে রাখতে পারেন কী আপনাকে ভালো রাখে, আর পরিস্থিতি কঠিন হলে আপনি কী চান।
welcome-does-heading = Harbour যা করে
welcome-does-1 = আপনার পরিকল্পনা এই ডিভাইসে রাখে, এমন একটি পাসফ্রেজ দিয়ে লক করে যা শুধু আপনি জানেন।
welcome-does-2 = এটি লিখতে সাহায্য করে, একবারে একটি অংশ, আপনার নিজের গতিতে।
welcome-does-3 = একটি সংকট কার্ড বা এক পাতার নিরাপত্তা পরিকল্পনা প্রিন্ট করতে দেয়।
welcome-doesnt-heading = Harbour যা করে না
welcome-doesnt-1 = কোনো অ্যাকাউন্ট নেই, কোনো ট্র্যাকিং নেই। আপনি যা লেখেন তা এই ডিভাইস থেকে বাইরে যায় না, যদি না আপনি নিজে শেয়ার করেন।
welcome-doesnt-2 = এটি আপনার হয়ে কাউকে ফোন করে না, আর এটি কোনো জরুরি পরিষেবা নয়।
welcome-doesnt-3 = আপনার পাসফ্রেজ বা রিকভারি কী ছাড়া এটি আপনার পরিকল্পনা খুলতে পারে না। কেউই পারে না, আমরাও না।
welcome-start = শুরু করুন
welcome-restore = আমার কাছে একটি ব্যাকআপ ফাইল আছে
welcome-step = ধাপ { $step } / { $total }
welcome-next = পরের ধাপ
welcome-back = ফিরে যান
passphrase-title = একটি পাসফ্রেজ বেছে নিন
passphrase-lead = আপনার পাসফ্রেজ আপনার পরিকল্পনা লক করে। রোজকার কয়েকটি শব্দ, যা শুধু আপনিই পাশাপাশি বসাবেন, ভালো কাজ করে, যেমন “কেটলি নদী হলুদ মোজা”।
passphrase-label = পাসফ্রেজ
passphrase-confirm-label = আবার লিখুন
passphrase-show = পাসফ্রেজ দেখান
passphrase-strength = শক্তি: { $level }
passphrase-strength-0 = খুব ছোট
passphrase-strength-1 = দুর্বল
passphrase-strength-2 = মোটামুটি
passphrase-strength-3 = ভালো
passphrase-strength-4 = শক্তিশালী
passphrase-tip-length = অন্তত ১০টি অক্ষর ব্যবহার করুন। যত লম্বা, তত শক্তিশালী।
passphrase-tip-words = আরও একটি শব্দ যোগ করে দেখুন।
passphrase-tip-common = এটি খুব সাধারণ, সহজেই অনুমান করা যায়।
passphrase-tip-good = এটা ভালো দেখাচ্ছে।
passphrase-mismatch = দুটি পাসফ্রেজ এখনও এক রকম হয়নি।
passphrase-create = এই পাসফ্রেজ দিয়ে আমার পরিকল্পনা লক করুন
passphrase-creating = আপনার পরিকল্পনা তৈরি হচ্ছে। একটু সময় লাগবে…
recovery-title = আপনার রিকভারি কী
recovery-lead = কখনও পাসফ্রেজ ভুলে গেলে, এই কী-ই আপনার পরিকল্পনায় ঢোকার একমাত্র অন্য পথ। পরে সেটিংসে আপনার পাসফ্রেজ লিখে এটি আবার দেখতে পারবেন।
recovery-key-label = রিকভারি কী
recovery-print = প্রিন্ট করুন
recovery-save = ফাইলে সেভ করুন
recovery-saved-to = { $path }-এ { $name } নামে সেভ হয়েছে
recovery-confirm = আমার রিকভারি কী নিরাপদ কোথাও রাখা আছে
recovery-confirm-first = আগে কী-টি প্রিন্ট বা সেভ করুন, তারপর বাক্সে টিক দিন।
recovery-continue = আমার পরিকল্পনায় যান
recovery-keep-safe = এটি এই ডিভাইস থেকে দূরে, ব্যক্তিগত কোথাও রাখুন: জরুরি কাগজপত্রের সাথে, বা আপনার বিশ্বাসের কারও কাছে।

## First run: language

welcome-language-title = ভাষা ও পড়ার ধরন
welcome-language-lead = Harbour আপনার সাথে কীভাবে কথা বলবে, তা বেছে নিন। পরে সেটিংসে গিয়ে এটি বদলাতে পারবেন।
welcome-language-label = ভাষা
welcome-easy-read-label = সহজপাঠ: ছোট বাক্য আর সহজ শব্দ

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = যা আমাকে ভালো রাখে
field-toolbox-helps-hint = যা কিছু আপনার মন ভালো করে, আপনাকে শান্ত করে বা স্থির রাখে।
field-toolbox-helps-example = যেমন: নদীর ধারে হাঁটা, বোনকে ফোন করা, হেডফোনে গান শোনা, গরম পানিতে গোসল।
field-toolbox-avoid = যা আমি এড়িয়ে চলার চেষ্টা করি
field-toolbox-avoid-hint = যা সাধারণত আপনার মন খারাপ করে দেয়।
field-toolbox-avoid-example = যেমন: খুব বেশি কফি, গভীর রাত পর্যন্ত ফোন ঘাঁটা, খাবার বাদ দেওয়া।
field-daily-when_well = ভালো থাকলে আমি কেমন থাকি
field-daily-when_well-hint = একটা ভালো দিনে আপনি কেমন, নিজের ভাষায় লিখুন।
field-daily-when_well-example = যেমন: আমি অনেক গল্প করি, রান্না করতে ভালোবাসি, প্রায় আট ঘণ্টা ঘুমাই, ছোটখাটো মজার কথায় হাসি।
field-daily-every_day = প্রতিদিন আমার যা করা দরকার
field-daily-every_day-hint = প্রতিদিনের ছোট ছোট কাজ, যা আপনাকে ভালো রাখে।
field-daily-every_day-example = যেমন: সকালের খাবার খাওয়া, ওষুধ খাওয়া, দশ মিনিট বাইরে যাওয়া।
field-daily-might_need = যা হয়তো আমার করা দরকার হতে পারে
field-daily-might_need-hint = যা মাঝে মাঝে কাজে আসে, প্রতিদিন নয়।
field-daily-might_need-example = যেমন: কাপড় কাচা, কোনো বন্ধুর সাথে দেখা করা, একটা বিল মেটানো।
field-triggers-triggers = যা আমাকে পিছিয়ে দিতে পারে
field-triggers-triggers-hint = এমন ঘটনা বা পরিস্থিতি, যা আপনাকে কষ্ট দিতে পারে বা আপনার ভারসাম্য নষ্ট করতে পারে।
field-triggers-triggers-example = যেমন: ঝগড়া, কষ্টের কোনো দিনের বার্ষিকী, টাকাপয়সার দুশ্চিন্তা, কোলাহলপূর্ণ ভিড়ের জায়গা।
field-triggers-must_do = এমন হলে আমি যা করব
field-triggers-must_do-hint = এমন কিছু ঘটলে প্রতিবার আপনি যা করবেন।
field-triggers-must_do-example = যেমন: বিশ্বাসের কাউকে জানানো, শ্বাসের ব্যায়াম করা, কোনো শান্ত জায়গায় যাওয়া।
field-triggers-might_do = আমি এগুলোও করতে পারি
field-triggers-might_do-hint = শক্তি থাকলে যা চেষ্টা করে দেখা যায়।
field-triggers-might_do-example = যেমন: ব্যাপারটা লিখে ফেলা, দৌড়াতে যাওয়া, প্রিয় কোনো সিনেমা দেখা।
field-early_warning-signs = ছোট ছোট যে পরিবর্তন আমি টের পাই
field-early_warning-signs-hint = যে পরিবর্তন আপনি, বা আপনার কাছের মানুষেরা, শুরুতেই খেয়াল করতে পারেন।
field-early_warning-signs-example = যেমন: ঠিকমতো ঘুম না হওয়া, মেসেজের উত্তর না দেওয়া, সবসময় অস্থির লাগা।
field-early_warning-must_do = এগুলো টের পেলে আমি যা করব
field-early_warning-must_do-hint = যে পদক্ষেপগুলো আপনাকে আবার ঠিক পথে ফিরতে সাহায্য করে।
field-early_warning-must_do-example = যেমন: রোজ একই সময়ে শুতে যাওয়া, জীবনসঙ্গীকে জানানো, প্রতিদিন আমার টুলবক্স ব্যবহার করা।
field-early_warning-might_do = আমি এগুলোও করতে পারি
field-early_warning-might_do-hint = আরও কিছু জিনিস, যা মাঝে মাঝে কাজে আসে।
field-early_warning-might_do-example = যেমন: কাজ থেকে একদিন ছুটি নেওয়া, আমার জিপি (GP) ডাক্তারের কাছে যাওয়া।
field-breaking_down-signs = পরিস্থিতি অনেক খারাপ হচ্ছে, তার লক্ষণ
field-breaking_down-signs-hint = যে লক্ষণগুলো আপনাকে বা অন্যদের বলে দেয় যে এখন আপনার আরও সাহায্য দরকার।
field-breaking_down-signs-example = যেমন: না খাওয়া, দিনের পর দিন না ঘুমানো, সব আশা হারিয়ে ফেলেছি মনে হওয়া।
field-breaking_down-must_do = জরুরি যা আমি করব
field-breaking_down-must_do-hint = কার কাছে সাহায্য চাইবেন, আর কীভাবে, তাও লিখুন।
field-breaking_down-must_do-example = যেমন: আমার কেয়ার কোঅর্ডিনেটরকে ফোন করা, বন্ধুর কাছে গিয়ে থাকা, কোনো হেল্পলাইনে ফোন করা।
field-breaking_down-might_do = আমি এগুলোও করতে পারি
field-breaking_down-might_do-hint = এই সময়ে আর যা কাজে আসতে পারে।
field-breaking_down-might_do-example = যেমন: কোনো বন্ধুকে রাতে থেকে যেতে বলা, গাড়ির চাবি অন্য কাউকে দিয়ে দেওয়া।
field-crisis-when_well = ভালো থাকলে আমি কেমন থাকি
field-crisis-when_well-hint = যাতে অন্যরা পার্থক্যটা বুঝতে পারেন। এমন কারও জন্য লিখুন, যিনি হয়তো আপনাকে ভালো করে চেনেন না।
field-crisis-when_well-example = যেমন: আমি চুপচাপ কিন্তু মিশুক, নিয়মমতো চলতে ভালোবাসি, প্রতিদিন আমার কুকুরের যত্ন নিই।
field-crisis-take_over_signs = অন্যদের দায়িত্ব নেওয়া উচিত, তার লক্ষণ
field-crisis-take_over_signs-hint = অন্যরা কী দেখলে বুঝবেন যে আপনার হয়ে তাঁদের কিছু করা দরকার।
field-crisis-take_over_signs-example = যেমন: আমি খাওয়া বন্ধ করে দিই, মানুষ চিনতে পারি না, আর এখানে না থাকার কথা বলি।
field-crisis-supporters = যাঁদের কাছ থেকে আমি সাহায্য চাই
field-crisis-supporters-hint = তাঁরা কারা, কীভাবে তাঁদের সাথে যোগাযোগ করা যায়, আর আপনি চান তাঁরা প্রত্যেকে কী করুন।
field-crisis-supporters-example = যেমন: স্যাম, আমার বোন, 07700 900123, আমার কাছে থাকে আর আমার ডাক্তারকে ফোন করে।
field-crisis-not_involved = যাঁদের আমি জড়াতে চাই না
field-crisis-not_involved-hint = চাইলে কারণটাও লিখতে পারেন।
field-crisis-not_involved-example = যেমন: আগের জীবনসঙ্গী।
field-crisis-disagreements = আমার পাশে থাকা মানুষেরা একমত না হলে
field-crisis-disagreements-hint = আপনার পাশে থাকা মানুষদের মধ্যে মতের অমিল হলে, আপনি চান সেটা কীভাবে মেটানো হোক।
field-crisis-disagreements-example = যেমন: শেষ সিদ্ধান্ত নেবে আমার বোন।
field-crisis-medication_current = এখন যে ওষুধ খাই
field-crisis-medication_current-hint = নাম, মাত্রা, আর কীসের জন্য, যদি জানেন।
field-crisis-medication_current-example = যেমন: সারট্রালিন ৫০ মিলিগ্রাম, প্রতিদিন সকালে।
field-crisis-medication_preferred = যে ওষুধ আমি পছন্দ করি
field-crisis-medication_preferred-hint = আর কেন: আগে কী কাজে এসেছে।
field-crisis-medication_preferred-example = যেমন: ডায়াজেপাম, কারণ এটা আমাকে অচেতন না করে শান্ত করে।
field-crisis-medication_acceptable = যে ওষুধে আমি রাজি
field-crisis-medication_acceptable-hint = আপনার পছন্দেরটা সম্ভব না হলে।
field-crisis-medication_acceptable-example = যেমন: অল্প কয়েক দিনের জন্য ঘুমের ওষুধ।
field-crisis-medication_unacceptable = যে ওষুধ আমি চাই না
field-crisis-medication_unacceptable-hint = আর কেন, যাতে মানুষ বুঝতে পারেন।
field-crisis-medication_unacceptable-example = যেমন: ওলানজাপিন, কারণ গতবার এতে ওজন বেড়ে গিয়েছিল।
field-crisis-allergies = অ্যালার্জি
field-crisis-allergies-hint = ওষুধ, খাবার বা অন্য যেকোনো কিছুতে।
field-crisis-allergies-example = যেমন: পেনিসিলিন।
field-crisis-treatments_current = এখন যে চিকিৎসা বা থেরাপি চলছে
field-crisis-treatments_current-hint = এই মুহূর্তে আপনার যত্নের অংশ, এমন যেকোনো কিছু।
field-crisis-treatments_current-example = যেমন: প্রতি সপ্তাহে কথা বলার থেরাপি।
field-crisis-treatments_preferred = যে চিকিৎসা আমি পছন্দ করি
field-crisis-treatments_preferred-hint = আর কেন: আগে কী কাজে এসেছে।
field-crisis-treatments_preferred-example = যেমন: বাড়িতে চিকিৎসা দেওয়ার দলের আসা, কারণ বাড়িতে থাকলে আমার ভালো লাগে।
field-crisis-treatments_acceptable = যে চিকিৎসায় আমি রাজি
field-crisis-treatments_acceptable-hint = আপনার পছন্দেরটা সম্ভব না হলে।
field-crisis-treatments_acceptable-example = যেমন: কোনো সংকট-আবাসে অল্প দিন থাকা।
field-crisis-treatments_unacceptable = যে চিকিৎসা আমি চাই না
field-crisis-treatments_unacceptable-hint = আর কেন, যাতে মানুষ বুঝতে পারেন।
field-crisis-treatments_unacceptable-example = যেমন: জোর করে আটকে রাখা, আগে যা ঘটেছিল তার জন্য।
field-crisis-home_care = বাড়িতে, সমাজের মধ্যে বা বিশ্রাম-সেবায় থাকার পরিকল্পনা
field-crisis-home_care-hint = ঠিকঠাক সহায়তা পেলে কী থাকলে আপনি বাড়িতে বা কাছাকাছি থেকে সংকট পার হতে পারবেন।
field-crisis-home_care-example = যেমন: বন্ধুরা পালা করে আমার কাছে থাকে, আর সংকট দল রোজ দেখতে আসে।
field-crisis-places_preferred = চিকিৎসার জন্য যে জায়গা আমি পছন্দ করি
field-crisis-places_preferred-hint = হাসপাতাল, সংকট-আবাস বা অন্য যে জায়গা আপনার জন্য ভালো হয়েছে।
field-crisis-places_preferred-example = যেমন: শহরের সংকট-আবাস।
field-crisis-places_unacceptable = যেখানে আমি যেতে চাই না
field-crisis-places_unacceptable-hint = কারণটা লিখতে পারেন।
field-crisis-places_unacceptable-example = যেমন: বাড়ি থেকে দূরের কোনো হাসপাতালের ওয়ার্ড।
field-crisis-help_wanted = সংকটের সময় যা আমাকে সাহায্য করে
field-crisis-help_wanted-hint = অন্যরা কী করলে বা বললে আপনার উপকার হয়।
field-crisis-help_wanted-example = যেমন: ধীরে কথা বলা, আমার পাশে বসা, পানি খাওয়ার কথা মনে করিয়ে দেওয়া।
field-crisis-help_unwanted = যা সাহায্য করে না
field-crisis-help_unwanted-hint = ভালো উদ্দেশ্যেও অন্যদের যা এড়িয়ে চলা উচিত।
field-crisis-help_unwanted-example = যেমন: অনেক প্রশ্ন করা, আমার চারপাশে ভিড় করা, আমাকে মন ভালো করতে বলা।
field-crisis-if_danger = আমি যদি নিজের বা অন্যদের জন্য বিপজ্জনক হয়ে উঠি
field-crisis-if_danger-hint = আপনি চান মানুষ তখন কী করুন।
field-crisis-if_danger-example = যেমন: আমার গাড়ির চাবি সরিয়ে নেওয়া, সংকট লাইনে ফোন করা, আমার সাথে থাকা।
field-crisis-responsibilities = কে কোন দায়িত্ব নেবে
field-crisis-responsibilities-hint = সন্তান, পোষা প্রাণী, বিল, আপনার বাড়ি: কোনটার দেখাশোনা কে করবে।
field-crisis-responsibilities-example = যেমন: বিড়ালকে খাওয়ানো: আমার প্রতিবেশী, জো।
field-crisis-safer_surroundings = আমার চারপাশ আরও নিরাপদ করা
field-crisis-safer_surroundings-hint = কঠিন সময়টা চলাকালীন যে জিনিসগুলো নাগালের বাইরে রাখতে বা সরিয়ে ফেলতে হবে।
field-crisis-safer_surroundings-example = যেমন: বাড়তি ওষুধ ফার্মেসিতে দিয়ে দেওয়া।
field-crisis-money = টাকাপয়সার বিষয়
field-crisis-money-hint = বিল, কার্ড আর খরচ, আর কে সাহায্য করতে পারেন।
field-crisis-money-example = যেমন: আমার ব্যাংকে আমার কার্ড সাময়িক বন্ধ রাখার নোট আছে; আমার ভাই বাড়িভাড়া দেয়।
field-crisis-no_longer_needed_signs = এই পরিকল্পনার আর দরকার নেই, তার লক্ষণ
field-crisis-no_longer_needed_signs-hint = মানুষ কীভাবে বুঝবেন যে আপনি আবার নিজের দায়িত্ব নিতে পারছেন।
field-crisis-no_longer_needed_signs-example = যেমন: সারা রাত ঘুমাতে পারছি, নিজের জন্য রান্না করছি।
field-crisis-values_statement = আমার কাছে কী গুরুত্বপূর্ণ
field-crisis-values_statement-hint = আপনার মূল্যবোধ, বিশ্বাস আর আপনার কাছে যা সবচেয়ে গুরুত্বপূর্ণ, যাতে অন্যরা আপনার মতো করেই সিদ্ধান্ত নিতে পারেন।
field-crisis-values_statement-example = যেমন: আমার সন্তানদের কাছে থাকা, আমার ধর্মবিশ্বাস, আমার চাকরি ধরে রাখা।
field-crisis-professionals_shared = যে পেশাদার ও পরিষেবাগুলোর সাথে এটি শেয়ার করেছি
field-crisis-professionals_shared-hint = আপনার আগাম পছন্দের কপি কার কাছে আছে: আপনার জিপি, আপনার যত্নের দল, বা অন্য কেউ।
field-crisis-professionals_shared-example = যেমন: ডা. রিস, আমার জিপি; কমিউনিটি মানসিক স্বাস্থ্য দল।
field-after_crisis-out_of_crisis_signs = কীভাবে বুঝব যে আমি সংকট কাটিয়ে উঠেছি
field-after_crisis-out_of_crisis_signs-hint = সবচেয়ে খারাপ সময়টা পেরিয়ে গেছে, তার লক্ষণ।
field-after_crisis-out_of_crisis_signs-example = যেমন: আবার বন্ধুদের সাথে দেখা করতে ইচ্ছে করছে।
field-after_crisis-helpers = পরে কে আমাকে সাহায্য করেন
field-after_crisis-helpers-hint = যাঁরা আপনাকে আবার নিজের পায়ে দাঁড়াতে সাহায্য করেন।
field-after_crisis-helpers-example = যেমন: আমার পিয়ার সাপোর্ট কর্মী, আমার প্রতিবেশী।
field-after_crisis-first_steps = প্রথমে আমি যা করব
field-after_crisis-first_steps-hint = রোজকার জীবনে ফেরার জন্য আলতো প্রথম পদক্ষেপ।
field-after_crisis-first_steps-example = যেমন: দিনে একবার অল্প হাঁটা, আংশিক সময়ের জন্য কাজে ফেরা।
field-after_crisis-learning = এ থেকে আমি কী শিখতে পারি
field-after_crisis-learning-hint = পরের বারের জন্য যা মনে রাখতে বা বদলাতে চান।
field-after_crisis-learning-example = যেমন: আমাকে আরও আগে সাহায্য চাইতে হবে।
field-reasons-reasons = এগিয়ে চলার জন্য আমার কারণগুলো
field-reasons-reasons-hint = মানুষ, পোষা প্রাণী, পরিকল্পনা, জায়গা, আপনার কাছে যা কিছু গুরুত্বপূর্ণ।
field-reasons-reasons-example = যেমন: আমার ভাগ্নি, আবার সমুদ্র দেখা, আমার বিড়াল পিকল।
field-reasons-good_moments = ভালো মুহূর্ত
field-reasons-good_moments-hint = যে স্মৃতিগুলো আপনি কাছে রাখতে চান।
field-reasons-good_moments-example = যেমন: যেদিন আমরা সমুদ্রসৈকতে সূর্যোদয় দেখেছিলাম।

## The values inside a list item

item-key-text = কী
item-key-why = কেন
item-key-name = নাম
item-key-role = আমার কে হন
item-key-contact = কীভাবে যোগাযোগ করা যায়
item-key-tasks = আমি চাই তিনি কী করুন
item-key-task = কী করতে হবে
item-key-who = কে করবেন

## Editing

editor-back-home = আমার পরিকল্পনায় ফিরে যান
editor-add = যোগ করুন
editor-add-label = “{ $field }”-এ যোগ করুন
editor-add-another = আরও একটি যোগ করুন
editor-move-up = ওপরে সরান
editor-move-down = নিচে সরান
editor-remove = সরিয়ে দিন
editor-item-label = আইটেম { $n }
editor-removed = সরিয়ে দেওয়া হয়েছে।
editor-undo = আগের মতো করুন
editor-empty-list = এখানে এখনও কিছু নেই।
editor-mark-reviewed = আজ আমি এই অংশটি দেখে নিয়েছি
editor-reviewed-today = আজ দেখা হয়েছে। ধন্যবাদ।
editor-next-section = পরের অংশ: { $section }
save-saving = সেভ হচ্ছে…
save-saved = সেভ হয়েছে
save-error = এখনও সেভ হয়নি। Harbour আবার চেষ্টা করবে।

## Views and printing

views-title = পড়ুন ও প্রিন্ট করুন
views-full = আমার পুরো পরিকল্পনা
views-safety = নিরাপত্তা পরিকল্পনা
views-crisis = সংকটের দৃশ্য
views-card = সংকট কার্ড
views-print = প্রিন্ট করুন
views-save-pdf = PDF ফাইল হিসেবে সেভ করুন
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = { $path }-এ { $name } নামে সেভ হয়েছে। এই কপিটি আপনার পাসফ্রেজ দিয়ে লক করা নয়: এটি ব্যক্তিগত কোনো জায়গায় রাখুন।
views-print-a4 = A4 কাগজ
views-print-phone = ফোনের মাপের পাতা
views-print-layout = পাতার মাপ
views-valid-as-of = { $date } অনুযায়ী বৈধ
views-reviewed = শেষ দেখা হয়েছে: { $date }
views-empty = এখানে এখনও কিছু লেখা হয়নি।
views-empty-hint = “আমার পরিকল্পনা”-য় লেখা শুরু করুন, তা এখানে দেখা যাবে।
views-card-title = আমার সংকট কার্ড
views-card-intro = এটি কেটে নিয়ে আপনার মানিব্যাগ বা পার্সে রাখুন।
views-card-contacts = অনুগ্রহ করে যোগাযোগ করুন
views-card-helps = যা আমাকে সাহায্য করে
views-card-allergies = অ্যালার্জি
views-card-more = আমার পুরো সংকট পরিকল্পনা আমার ফোনে Harbour-এ আছে।
views-card-medication = যে ওষুধ আমি খাই
views-card-avoid = যা সাহায্য করে না
views-card-not-involved = দয়া করে এঁদের জড়াবেন না
safety-part-safety_warning_signs = আমার সতর্কতার লক্ষণ
safety-part-safety_coping = সামলে নিতে আমি যা করতে পারি
safety-part-safety_actions = আমি যা করব
safety-part-safety_people = যাঁদের কাছে আমি সাহায্য চাইতে পারি
safety-part-safety_surroundings = আমার চারপাশ আরও নিরাপদ করা
safety-part-safety_reasons = এগিয়ে চলার জন্য আমার কারণগুলো
crisis-activate = আমার সংকট পরিকল্পনা চালু করুন
crisis-stand-down = আমার সংকট পরিকল্পনা বন্ধ করুন
crisis-activate-note = এতে আপনার সংকট পরিকল্পনা চালু বলে চিহ্নিত হয়, যাতে আপনি আর যাঁদের সাথে এটি শেয়ার করেছেন তাঁরা দেখতে পান যে এটি এখন ব্যবহার হচ্ছে। এটি কাউকে ফোন করে না, কিছু পাঠায়ও না।
crisis-me = আমি

## Settings

settings-title = সেটিংস
settings-display = Harbour দেখতে কেমন হবে
settings-text-size = লেখার মাপ
settings-text-size-value = { $percent }%
settings-high-contrast = উচ্চ কনট্রাস্ট
settings-reduced-motion = নড়াচড়া কমান
settings-language = ভাষা ও সহজপাঠ
settings-privacy = গোপনীয়তা
settings-auto-lock = Harbour ব্যবহার বন্ধ করার পর এতক্ষণ পরে লক করুন
settings-auto-lock-minutes = { $minutes ->
    [one] { $minutes } মিনিট
   *[other] { $minutes } মিনিট
  }
settings-notifications = নোটিফিকেশন
settings-notifications-intro = Harbour এগুলো শুধু এই ডিভাইসে দেখায়, আর শুধু সেগুলোই যা আপনি চালু করেন। এগুলোতে কখনো কোনো প্ল্যানে লেখা কথা দেখানো হয় না।
settings-notify-signals = যিনি আমার সাথে তাঁর প্ল্যান শেয়ার করেন, তিনি ক্রাইসিস প্ল্যান শুরু করলে বা সাহায্য চাইলে আমাকে জানান
settings-review-reminder = আমার প্ল্যান দেখে নেওয়ার কথা মনে করিয়ে দিন
settings-review-reminder-never = কখনো না
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = প্রতি { $days } দিনে
settings-notify-refused = এই ডিভাইস Harbour-কে নোটিফিকেশন দেখাতে দেয়নি। ডিভাইসের সেটিংসে অনুমতি দিয়ে আবার এটি চালু করতে পারেন।
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = { $person } তাঁর ক্রাইসিস প্ল্যান শুরু করেছেন
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = { $person } সাহায্য চেয়েছেন
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = { $person } আপনাকে একটি সংকেত পাঠিয়েছেন
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = { $person }-এর ক্রাইসিস প্ল্যান পড়তে Harbour খুলুন: সেখানে লেখা আছে তিনি আপনার কাছে কী চান। কেউ এখন বিপদে থাকলে 999-এ ফোন করুন।
notify-review-title = আপনার প্ল্যান দেখে নেওয়ার সময়
notify-review-body = আপনার প্ল্যানের কিছু অংশ অনেক দিন দেখা হয়নি। প্রস্তুত মনে হলে Harbour খুলুন।
settings-saved = সেটিংস সেভ হয়েছে।
settings-passphrase = আমার পাসফ্রেজ বদলান
settings-passphrase-current = বর্তমান পাসফ্রেজ
settings-passphrase-new = নতুন পাসফ্রেজ
settings-passphrase-confirm = নতুনটি আবার লিখুন
settings-passphrase-change = পাসফ্রেজ বদলান
settings-passphrase-changed = আপনার পাসফ্রেজ বদলানো হয়েছে। আপনার রিকভারি কী এখনও কাজ করবে।
settings-recovery-key = আমার রিকভারি কী
settings-recovery-key-intro = পাসফ্রেজ ভুলে গেলে আপনার রিকভারি কী দিয়ে পরিকল্পনা খোলা যায়। কী আবার দেখতে, বা নতুন একটি বানাতে, আপনার পাসফ্রেজ লিখুন।
settings-recovery-key-passphrase = আপনার পাসফ্রেজ
settings-recovery-key-show = আমার রিকভারি কী দেখান
settings-recovery-key-new = নতুন রিকভারি কী বানান
settings-recovery-key-working = আপনার পাসফ্রেজ যাচাই করা হচ্ছে…
settings-recovery-key-hide = আমার রিকভারি কী লুকান
settings-recovery-key-none = Harbour রিকভারি কী রেখে দেওয়া শুরু করার আগে এই পরিকল্পনা তৈরি হয়েছিল, তাই এটি আর দেখানো যাবে না। এর বদলে আপনি নতুন একটি কী বানাতে পারেন।
settings-recovery-key-new-explain = নতুন কী আপনার এখনকার কী-এর জায়গা নেবে। পুরোনো কী দিয়ে আর এই পরিকল্পনা খুলবে না; আপনার পাসফ্রেজ একই থাকবে। আগে তৈরি করা ব্যাকআপগুলো এখনও পুরোনো কী দিয়ে খোলে, তাই পরে একটি নতুন ব্যাকআপও তৈরি করুন।
settings-recovery-key-new-confirm = হ্যাঁ, নতুন কী বানান
settings-recovery-key-new-cancel = আমার এখনকার কী রাখুন
settings-recovery-key-made = এটি আপনার নতুন রিকভারি কী। পুরোনো কী দিয়ে আর এই পরিকল্পনা খোলে না। আগে তৈরি করা ব্যাকআপগুলো এখনও পুরোনো কী দিয়ে খোলে, তাই একটি নতুন ব্যাকআপও তৈরি করুন।
settings-backup = ব্যাকআপ ও পুনরুদ্ধার
settings-backup-intro = ব্যাকআপ হলো একটি লক করা ফাইল, যাতে আপনার পুরো পরিকল্পনা থাকে। এর একটি কপি এই ডিভাইসের বাইরে, নিরাপদ কোথাও রাখুন।
settings-backup-passphrase = ব্যাকআপের পাসফ্রেজ
settings-backup-passphrase-hint = পুনরুদ্ধার করতে এটি (বা আপনার রিকভারি কী) লাগবে। পুনরুদ্ধারের পর এটিই আপনার পাসফ্রেজ হয়ে যাবে।
settings-backup-create = ব্যাকআপ তৈরি করুন
settings-backup-created = ব্যাকআপ { $path }-এ { $name } নামে সেভ হয়েছে
settings-restore = ব্যাকআপ থেকে পুনরুদ্ধার করুন
settings-restore-intro = এতে এই ডিভাইসের পরিকল্পনার জায়গায় ব্যাকআপের পরিকল্পনাটি বসবে। বর্তমান পরিকল্পনাটি লক করা অবস্থায় Harbour-এর ফোল্ডারে রাখা থাকবে।
settings-restore-file = ব্যাকআপ ফাইল
settings-restore-passphrase = ব্যাকআপের পাসফ্রেজ
settings-restore-button = পুনরুদ্ধার করুন
settings-restored = আপনার পরিকল্পনা পুনরুদ্ধার করা হয়েছে।
settings-about = Harbour সম্পর্কে
settings-about-version = Harbour সংস্করণ { $version }
settings-about-body = Harbour মুক্ত সফটওয়্যার, MIT বা Apache 2.0 লাইসেন্সে। এতে কোনো অ্যাকাউন্ট নেই, ব্যবহারের পরিসংখ্যান নেই, ক্র্যাশ রিপোর্টও নেই।
settings-about-data = হেল্পলাইন ও পরিষেবার তথ্য আসে প্রতিটির পাশে দেখানো উৎস থেকে, শেষ কবে যাচাই করা হয়েছে সেই তারিখসহ।
settings-about-symbols = সহজপাঠের ছবি: Mulberry Symbols, Steve Lee-র তৈরি, CC BY-SA 4.0 লাইসেন্সে।
settings-about-fonts = লেখা আপনার ডিভাইসের ফন্টে দেখানো হয়।

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = এই পাসফ্রেজ দিয়ে এই পরিকল্পনা খোলে না। বড় হাতের অক্ষর আর ফাঁকা জায়গাগুলো দেখে নিয়ে আবার চেষ্টা করুন।
error-wrong_recovery_key = এই রিকভারি কী দিয়ে এই পরিকল্পনা খোলে না। আপনার প্রিন্ট করা বা সেভ করা কপির সাথে মিলিয়ে দেখুন।
error-invalid_recovery_key = এটি Harbour-এর রিকভারি কী বলে মনে হচ্ছে না। অক্ষর আর সংখ্যার প্রতিটি গুচ্ছ দেখে নিন।
error-passphrase_required = অনুগ্রহ করে আপনার পাসফ্রেজ লিখুন।
error-vault_corrupt = এই ডিভাইসে আপনার পরিকল্পনার ফাইলটি নষ্ট হয়ে গেছে। আপনি ব্যাকআপ থেকে এটি পুনরুদ্ধার করতে পারেন।
error-kdf_params_out_of_range = আপনার পরিকল্পনার ফাইলে এমন সেটিংস আছে যা Harbour ব্যবহার করে না, তাই এটি খোলা হয়নি। ব্যাকআপ থেকে এটি পুনরুদ্ধার করুন।
error-backup_corrupt = এই ব্যাকআপ ফাইলটি নষ্ট, অথবা এটি Harbour-এর ব্যাকআপ নয়। এই ডিভাইসে কিছুই বদলায়নি।
error-vault_exists = এই ডিভাইসে আগে থেকেই একটি পরিকল্পনা আছে।
error-vault_not_found = এই ডিভাইসে এখনও কোনো পরিকল্পনা নেই।
error-vault_too_new = এই পরিকল্পনাটি Harbour-এর নতুন সংস্করণে সেভ করা হয়েছিল। এটি খুলতে অনুগ্রহ করে Harbour আপডেট করুন।
error-vault_locked = আপনার পরিকল্পনা লক করা আছে। চালিয়ে যেতে এটি খুলুন; আপনার লেখা কিছুই হারায়নি।
error-io = Harbour একটি ফাইল পড়তে বা লিখতে পারেনি। এই ডিভাইসে জায়গা আছে কি না দেখে নিয়ে আবার চেষ্টা করুন।
error-storage = Harbour এই মুহূর্তে সেভ করতে পারেনি। এই ডিভাইসে জায়গা আছে কি না দেখে নিয়ে আবার চেষ্টা করুন।
error-unknown_field = পরিকল্পনার এই অংশটি নেই।
error-item_not_found = এই লেখাটি আর নেই। হয়তো এটি সরিয়ে দেওয়া হয়েছে।
error-too_long = Harbour এক জায়গায় যতটা রাখতে পারে, এটি তার চেয়ে লম্বা। অনুগ্রহ করে এটিকে ভাগ করে লিখুন।
error-plan_corrupt = আপনার পরিকল্পনার একটি অংশ পড়া যায়নি। আপনি ব্যাকআপ থেকে এটি পুনরুদ্ধার করতে পারেন।

## Errors from sharing (one per error code)

error-message_too_large = এই সিঙ্ক মেসেজটি খোলার পক্ষে খুব বড়। আপনার কিছুই বদলায়নি।
error-message_invalid = এই সিঙ্ক মেসেজটি নষ্ট, তাই এটি ব্যবহার করা হয়নি। আপনার কিছুই বদলায়নি।
error-message_unauthentic = এই সিঙ্ক মেসেজটি যাচাই করা যায়নি, তাই এটি ব্যবহার করা হয়নি। পথে হয়তো এটি বদলে গেছে।
error-message_replayed = এই সিঙ্ক মেসেজটি আগেই পাওয়া গিয়েছিল, তাই আবার ব্যবহার করা হয়নি।
error-write_refused = এমন একজনের কাছ থেকে একটি পরিবর্তন এসেছে যাঁর সেটি করার অনুমতি নেই, তাই Harbour সেটি গ্রহণ করেনি।
error-invite_invalid = এই আমন্ত্রণটি ঠিক মনে হচ্ছে না। অনুগ্রহ করে একটি নতুন আমন্ত্রণ চেয়ে নিন।
error-invite_expired = এই আমন্ত্রণের মেয়াদ শেষ হয়ে গেছে। অনুগ্রহ করে একটি নতুন আমন্ত্রণ চেয়ে নিন।
error-invite_used = এই আমন্ত্রণটি আগেই ব্যবহার করা হয়েছে। অনুগ্রহ করে একটি নতুন আমন্ত্রণ চেয়ে নিন।
error-bundle_invalid = এই সিঙ্ক ফাইলটি নষ্ট, অথবা এটি Harbour-এর নয়। আপনার কিছুই বদলায়নি।
error-supporter_not_found = এই নামে কোনো সহায়ক নেই।
error-supporter_exists = এই নামে আপনার একজন সহায়ক আগে থেকেই আছেন। অনুগ্রহ করে অন্য একটি নাম বেছে নিন।
error-person_not_found = এই নামে কেউ আপনার সাথে পরিকল্পনা শেয়ার করেন না।
error-device_not_found = এই নামে কোনো যুক্ত ডিভাইস নেই।
error-rate_limited = এইমাত্র একটি সংকেত পাঠানো হয়েছে। আরেকটি পাঠানোর আগে অনুগ্রহ করে একটু অপেক্ষা করুন।
error-code_mismatch = কোডটি মেলেনি। কিছুই শেয়ার করা হয়নি। অন্য স্ক্রিনের কোডটি দেখে আবার চেষ্টা করুন।
error-code_ambiguous = একাধিক অ্যাপ এই কোড দিয়ে উত্তর দিয়েছে, তাই লিঙ্কটি হয়তো অন্য কারও কাছেও আছে। নিরাপদ থাকতে কাউকে যোগ করা হয়নি: এই আমন্ত্রণটি বন্ধ করে নতুন একটি তৈরি করুন।
error-vault_busy = আপনার পরিকল্পনা Harbour-এর অন্য একটি উইন্ডো বা প্রোগ্রামে খোলা আছে। সেখানে এটি বন্ধ করুন, তারপর আবার চেষ্টা করুন।
error-passphrase_too_short = নতুন পাসফ্রেজে অন্তত ১০টি অক্ষর লাগবে। যত লম্বা, তত শক্তিশালী।
error-output_file_required = PDF শুধু একটি ফাইলে সংরক্ষণ করা যায়। কোথায় সংরক্ষণ করবেন তা বেছে নিন।

## Sharing

home-sharing-heading = শেয়ার করা
home-sharing-body = আপনার পরিকল্পনার কিছু অংশ বিশ্বস্ত মানুষদের সাথে শেয়ার করুন, অন্যরা আপনার সাথে যে পরিকল্পনা শেয়ার করেন তা পড়ুন, আর আপনার অন্য ডিভাইসগুলো যুক্ত করুন। আপনি বেছে না নেওয়া পর্যন্ত কিছুই শেয়ার হয় না।
nav-supporters = যাঁদের সাথে শেয়ার করি
nav-shared = আমার সাথে শেয়ার করা
nav-devices = আমার ডিভাইস

supporters-title = যাঁদের সাথে শেয়ার করি
supporters-intro = কে আপনার পরিকল্পনার কোন অংশ দেখবেন, তা আপনি নিজে ঠিক করেন। তাঁদের Harbour লাগবে, কিন্তু কোনো অ্যাকাউন্ট লাগবে না।
supporters-empty = আপনি এখনও কারও সাথে আপনার পরিকল্পনা শেয়ার করছেন না।
supporters-state-invited = আমন্ত্রণ পাঠানো হয়েছে: তাঁর যোগ দেওয়ার অপেক্ষা
supporters-state-expired = তিনি যোগ দেওয়ার আগেই আমন্ত্রণের মেয়াদ শেষ হয়ে গেছে। শেয়ার করা বন্ধ করে তাঁকে আবার আমন্ত্রণ জানান।
supporters-state-active = শেয়ার করা হচ্ছে: তিনি আপনার আপডেট পান
supporters-state-revoked = আপনি শেয়ার করা বন্ধ করেছেন
supporters-sees = দেখেন: { $sections }
supporters-invited-at = আমন্ত্রণ পাঠানো হয়েছে: { $when }
supporters-last-synced = তাঁর কাছ থেকে শেষ আপডেট: { $when }
supporters-never-synced = তাঁর কাছ থেকে এখনও কোনো আপডেট আসেনি
supporters-role-accepted = তিনি আপনার পরিকল্পনায় তাঁর ভূমিকা গ্রহণ করেছেন।
supporters-availability = তাঁর নিজের ভাষায়: “{ $words }”
supporters-signals-on = আপনি আপনার সংকট পরিকল্পনা চালু করলে বা সাহায্য চাইলে তাঁকে জানানো হবে।
supporters-replies = তাঁর উত্তর
supporters-revoke = তাঁর সাথে শেয়ার করা বন্ধ করুন
supporters-revoke-explain = আপনি শেয়ার করা বন্ধ করলে { $name } আর কোনো আপডেট পাবেন না, আর পরের বার আপনার কাছ থেকে আপডেট পেলে তাঁর ডিভাইসের Harbour আপনার পরিকল্পনা মুছে ফেলবে। তিনি যা আগেই দেখেছেন তা তাঁর কাছে থেকে যেতে পারে, যেমন যদি তিনি সেটি কপি, প্রিন্ট বা ছবি তুলে রেখে থাকেন।
supporters-revoke-confirm = শেয়ার করা বন্ধ করুন
supporters-revoke-cancel = শেয়ার করা চালু রাখুন
supporters-revoked-done = আপনি { $name }-এর সাথে শেয়ার করা বন্ধ করেছেন।
supporters-revoked-had = তিনি আগেই এগুলো পেয়েছিলেন: { $sections }। পরের বার আপনার কাছ থেকে আপডেট পেলে তাঁর ডিভাইসের Harbour এগুলো মুছে ফেলবে। তিনি যা কপি, প্রিন্ট বা ছবি তুলে রেখেছেন, তা তাঁর কাছে থেকে যেতে পারে।
supporters-revoked-nothing = তাঁর কাছে এখনও কিছুই পৌঁছায়নি।
supporters-revoked-heading = যাঁদের সাথে আপনি শেয়ার করা বন্ধ করেছেন
supporters-revoked-at = বন্ধ করা হয়েছে: { $when }
supporters-ask-heading = সাহায্য চান
supporters-ask-body = যে সহায়কেরা রাজি হয়েছেন, তাঁদের জানান যে আপনি এখন সাহায্য চান। তাঁরা কোনো বিস্তারিত ছাড়া একটি ছোট নোটিশ আর আপনার সংকট পরিকল্পনা পাবেন। এটি জরুরি পরিষেবাকে ফোন করে না: আপনি এখন বিপদে থাকলে 999-এ ফোন করুন।
supporters-ask-button = আমার সহায়কদের কাছে সাহায্য চান
supporters-ask-done =
    { $count ->
        [0] এখনও কেউ জানানোর ব্যাপারে রাজি হননি।
        [one] আপনার পরের আপডেটের সাথে { $count } জন সহায়ককে জানানো হবে।
       *[other] আপনার পরের আপডেটের সাথে { $count } জন সহায়ককে জানানো হবে।
    }

supporters-invite-start = কাউকে আমন্ত্রণ জানান
supporters-invite-heading = আপনার পরিকল্পনার কিছু অংশ দেখার জন্য কাউকে আমন্ত্রণ জানান
supporters-invite-name = তাঁর নাম
supporters-invite-from = আপনার নাম, যেভাবে তিনি দেখবেন
supporters-invite-from-hint = যেমন, আপনার নামের প্রথম অংশ। আপনি এটি খালি রাখতে পারেন।
supporters-invite-sections = তিনি কী দেখতে পাবেন
supporters-invite-signals = আমি আমার সংকট পরিকল্পনা চালু করলে বা সাহায্য চাইলে তাঁকে জানান
supporters-invite-signals-hint = শুধু যদি তিনিও রাজি হন। Harbour কখনও জরুরি পরিষেবাকে ফোন করে না।
supporters-preview-heading = { $name } কী দেখবেন
supporters-preview-someone = এই মানুষটি
supporters-preview-nothing = শেয়ার করার জন্য অন্তত একটি অংশ বেছে নিন।
supporters-invite-create = আমন্ত্রণ তৈরি করুন
supporters-invite-cancel = বাতিল করুন
supporters-invite-ready = { $name }-এর জন্য আপনার আমন্ত্রণ
supporters-invite-private = এটি তাঁকে গোপনে পাঠান, যেমন এমন কোনো মেসেজে যা শুধু তিনিই পড়েন। এটি যাঁর কাছেই থাকবে, তিনিই যোগ দিতে পারবেন, তাই এটি কোনো খোলা জায়গায় পোস্ট করবেন না।
supporters-invite-link = আমন্ত্রণের লিংক
supporters-invite-copy = লিংক কপি করুন
supporters-invite-copied = কপি হয়েছে।
supporters-invite-save = ফাইল হিসেবে সেভ করুন
supporters-invite-saved = সেভ হয়েছে: { $path }
supporters-invite-qr = অথবা তিনি তাঁর ডিভাইস দিয়ে এই কোডটি স্ক্যান করতে পারেন।
supporters-invite-qr-alt = { $name }-এর জন্য আমন্ত্রণের QR কোড
supporters-invite-code-later = তাঁর অ্যাপ উত্তর দিলে, Harbour আপনার কাছে সেই অ্যাপে দেখানো কোডটি চাইবে। তিনি আপনাকে এটি পড়ে শোনাবেন, আর আপনি নিচে লিখবেন।
supporters-code = নিশ্চিতকরণ কোড: { $code }। দেখে নিন এটি তাঁর কোডের সাথে মেলে কি না।
supporters-read-not-yet = তিনি এখনও আপনার পরিকল্পনা পড়া হয়েছে বলে চিহ্নিত করেননি।
supporters-read-earlier = তিনি এখনও আপনার সাম্প্রতিক পরিবর্তনগুলো পড়েননি।
supporters-read-latest = তিনি আপনার সাম্প্রতিক পরিবর্তনগুলো পড়েছেন।
supporters-invite-expires = আমন্ত্রণটি একবারই কাজ করে, { $days } দিনের জন্য।
supporters-invite-done = হয়ে গেছে
supporters-state-waiting = উত্তর দিয়েছেন: এবার তাঁর কোডটি লিখুন
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = { $name }-এর অ্যাপ উত্তর দিয়েছে। { $name }-কে বলুন তাঁর অ্যাপে দেখানো কোডটি আপনাকে পড়ে শোনাতে, আর সেটি এখানে লিখুন। আপনি তা না করা পর্যন্ত কিছুই শেয়ার হবে না।
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = { $name }-এর অ্যাপের কোড
supporters-confirm-button = নিশ্চিত করুন
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = কোড মিলেছে। আপনার পরের আপডেটের সাথে { $name } আপনার পরিকল্পনা পাবেন।
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = এই আমন্ত্রণে একাধিক অ্যাপ উত্তর দিয়েছে, তাই লিঙ্কটি হয়তো অন্য কারও কাছেও আছে। নিরাপদ থাকতে এই আমন্ত্রণটি বন্ধ করুন এবং { $name }-এর জন্য নতুন একটি তৈরি করুন।
confirm-code-hint = ৬টি সংখ্যা, যেমন 123 456
confirm-code-format = অনুগ্রহ করে কোডের ৬টি সংখ্যাই লিখুন, যেমন 123 456।

shared-title = আমার সাথে শেয়ার করা
shared-intro = অন্যরা আপনার সাথে যে পরিকল্পনাগুলো শেয়ার করেন। আপনি ইন্টারনেট ছাড়াই এগুলো পড়তে পারেন।
shared-empty = এখনও কেউ আপনার সাথে কোনো পরিকল্পনা শেয়ার করেননি। কেউ আপনাকে আমন্ত্রণ পাঠালে নিচে সেটি পেস্ট করুন।
shared-sections = তিনি শেয়ার করেন: { $sections }
shared-not-yet = তাঁর প্রথম আপডেটের অপেক্ষা।
shared-has-changes = আপনি শেষবার পড়ার পর কিছু বদলেছে।
shared-up-to-date = আপনি সবচেয়ে নতুনটি পড়েছেন।
shared-open = { $person }-এর পরিকল্পনা পড়ুন
shared-open-crisis = { $person }-এর সংকট পরিকল্পনা খুলুন
shared-back = সব শেয়ার করা পরিকল্পনায় ফিরে যান
shared-plan-title = { $person }-এর পরিকল্পনা
shared-waiting = { $person }-এর কাছ থেকে এখনও কিছু আসেনি। তিনি আপনাকে যে আপডেট ফাইল পাঠাবেন, সেটি আগের স্ক্রিনে নিচের দিকে খুলুন।
shared-updated-at = শেষ আপডেট পাওয়া গেছে: { $when }
shared-first-read = আপনি এখানে এটি প্রথমবার পড়ছেন।
shared-changed =
    { $count ->
        [one] আপনি শেষবার পড়ার পর { $count }টি অংশ বদলেছে:
       *[other] আপনি শেষবার পড়ার পর { $count }টি অংশ বদলেছে:
    }
shared-nothing-changed = আপনি শেষবার পড়ার পর কিছুই বদলায়নি।
shared-mark-read = আমি এটি পড়েছি
shared-show-crisis = শুধু সংকট পরিকল্পনা দেখান
shared-show-all = তিনি যা শেয়ার করেন সবকিছু দেখান
shared-signal-crisis_plan_activated = { $person } তাঁর সংকট পরিকল্পনা চালু করেছেন ({ $when })। তিনি আপনার কাছ থেকে কী চান, তা তাঁর সংকট পরিকল্পনায় লেখা আছে।
shared-signal-ask_for_help = { $person } সাহায্য চেয়েছেন ({ $when })। তিনি আপনার কাছ থেকে কী চান, তা তাঁর সংকট পরিকল্পনায় লেখা আছে।
shared-signal-other = { $person } আপনাকে একটি সংকেত পাঠিয়েছেন ({ $when })।
shared-signal-not-emergency = Harbour জরুরি পরিষেবাকে ফোন করে না। কেউ এখন বিপদে থাকলে 999-এ ফোন করুন।
shared-role-heading = আমার ভূমিকা
shared-role-accepted = আপনি আপনার ভূমিকা গ্রহণ করেছেন।
shared-role-availability = আমি কখন ও কীভাবে সাহায্য করতে পারি
shared-role-availability-hint = যেমন: রাতে আমাকে ফোন করা যায়। সপ্তাহের কাজের দিনে সন্ধ্যা ৬টার পরে।
shared-role-signals = { $person } তাঁর সংকট পরিকল্পনা চালু করলে বা সাহায্য চাইলে আমাকে জানান
shared-role-signals-hint = আপনি এখানে একটি শান্ত নোটিশ পাবেন। এতে কোনো বিস্তারিত থাকে না।
shared-role-accept = আমি আমার ভূমিকা গ্রহণ করছি
shared-role-saved = সেভ হয়েছে। আপনার পরের আপডেটের সাথে এটি তাঁর কাছে যাবে।
shared-reply-heading = উত্তর দিন
shared-reply-label = { $person }-এর জন্য একটি মেসেজ
shared-reply-send = উত্তর পাঠান
shared-reply-queued = আপনার পরের আপডেটের সাথে আপনার উত্তর তাঁর কাছে যাবে।
shared-join-heading = আমন্ত্রণ দিয়ে যোগ দিন
shared-join-intro = কেউ আপনাকে একটি আমন্ত্রণের লিংক পাঠিয়েছেন। এটি এখানে পেস্ট করুন। আপনার কোনো অ্যাকাউন্ট লাগবে না।
shared-join-label = আমন্ত্রণের লিংক
shared-join-button = যোগ দিন
shared-joined = { $person } আপনার সাথে শেয়ার করেন: { $sections }।
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = আপনার নিশ্চিতকরণ কোড: { $code }। এটি তাঁকে পড়ে শোনান, সামনাসামনি বা ফোনে: তিনি এটি তাঁর অ্যাপে লিখবেন। তিনি তা না করা পর্যন্ত আপনার সাথে কিছুই শেয়ার হবে না।
shared-joined-next = এবার তাঁকে একটি আপডেট ফাইল পাঠান (অথবা সিঙ্ক চালু থাকলে সিঙ্ক করুন), যাতে আপনার উত্তর তাঁর অ্যাপে পৌঁছায়। তিনি আপনার কোড লেখার পর, তাঁর পরের আপডেটের সাথে তাঁর পরিকল্পনা আসবে।

supporter-guide-title = সহায়ক হিসেবে আপনার ভূমিকা
supporter-guide-intro = { $person } আপনাকে তাঁর পাশে থাকতে বলেছেন। সংক্ষেপে, এর মানে কী তা এখানে বলা হলো।
supporter-guide-asked-heading = { $person } আপনার কাছে কী চান
supporter-guide-asked-sections = { $person } তাঁর পরিকল্পনার এই অংশগুলো আপনার সাথে শেয়ার করেন: { $sections }। এগুলো এলে পড়ুন, আর কিছু বদলালে আবার পড়ুন।
supporter-guide-asked-crisis = পরিস্থিতি কঠিন হলে আশেপাশের মানুষেরা কী করুক বলে তিনি চান, তা তাঁর সংকট পরিকল্পনায় লেখা আছে। তিনি আপনার কাছে কী চান তা জানতে, তিনি আপনার সাথে যে পরিকল্পনা শেয়ার করেছেন সেটি দেখুন।
supporter-guide-asked-plan = তিনি আপনার সাথে যে পরিকল্পনা শেয়ার করেছেন সেটি দেখুন। কীসে তাঁর উপকার হয় এবং আশেপাশের মানুষের কাছে তিনি কী চান, তা সেখানে লেখা আছে।
supporter-guide-asked-talk = এতে কিছু পরিষ্কার না হলে, শান্ত কোনো সময়ে তাঁকে জিজ্ঞেস করুন।
supporter-guide-not-heading = আপনার কাছে যা চাওয়া হয়নি
supporter-guide-not-clinician = আপনি তাঁর ডাক্তার, নার্স বা থেরাপিস্ট নন। তাঁর চিকিৎসা করা বা সবকিছু ঠিক করে দেওয়া আপনার কাজ নয়।
supporter-guide-not-always = আপনাকে সবসময় পাশে থাকতে হবে, এমন নয়। কখন সাহায্য করতে পারবেন আর কখন পারবেন না, তা বলা ঠিক আছে।
supporter-guide-not-share = তাঁর পরিকল্পনা গোপন রাখুন। এটি আর কাউকে দেখাবেন না বা পাঠাবেন না।
supporter-guide-worried-heading = আপনি চিন্তিত হলে এবং তাঁর সাথে যোগাযোগ করতে না পারলে
supporter-guide-worried-emergency = তাঁর জীবন বিপদে আছে বলে মনে হলে, এখনই 999-এ ফোন করুন। আপনি 112-এও ফোন করতে পারেন।
supporter-guide-worried-helplines = জরুরি অবস্থা না হলে, আপনি কোনো হেল্পলাইনে ফোন করতে পারেন। কারও জন্য চিন্তিত মানুষের কথাও তাঁরা শোনেন।
supporter-guide-worried-harbour = Harbour আপনার হয়ে কাউকে ফোন করে না।
supporter-guide-helplines = হেল্পলাইনগুলো দেখুন
supporter-guide-close = এই নির্দেশিকা বন্ধ করুন

devices-title = আমার ডিভাইস
devices-intro = আপনার ফোন আর কম্পিউটার যুক্ত করুন, যাতে আপনার পরিকল্পনা দুটোতেই থাকে।
devices-list-heading = যুক্ত ডিভাইস
devices-this-device = এই ডিভাইস
devices-unnamed = নামহীন একটি ডিভাইস
devices-none = আপনার পরিকল্পনা শুধু এই ডিভাইসেই আছে।
devices-remove = এই ডিভাইসটি সরিয়ে দিন
devices-remove-explain = { $name } সরিয়ে দেবেন? আপনার অন্য ডিভাইসগুলো একটি নতুন কী-তে চলে যাবে। { $name }-এ যা আগে থেকে আছে তা সেখানে থেকে যেতে পারে। আপনার সহায়কদের সংযোগও যে নিরাপদ, তা নিশ্চিত করতে তাঁদের আবার আমন্ত্রণ জানান।
devices-remove-confirm = সরিয়ে দিন
devices-removed = { $name } সরিয়ে দেওয়া হয়েছে।
devices-link-heading = আরেকটি ডিভাইস যুক্ত করুন
devices-link-intro = এখানে একটি কোড তৈরি করুন, তারপর আপনার অন্য ডিভাইসে সেটি লিখুন।
devices-link-start = কোড তৈরি করুন
devices-link-code = আপনার অন্য ডিভাইসে এই কোডটি লিখুন:
devices-link-qr-alt = আরেকটি ডিভাইস যুক্ত করার QR কোড
devices-link-next = তারপর সেখান থেকে এই ডিভাইসে একটি আপডেট ফাইল পাঠান। সেটি পৌঁছালে, নতুন ডিভাইসে দেখানো কোডটি এখানে লিখুন, আর এখান থেকে একটি আপডেট ফাইল ফেরত পাঠান। কোডটি একবারই কাজ করে।
devices-join-heading = এটি আমার নতুন ডিভাইস
devices-join-intro = আপনার অন্য ডিভাইসে যে কোড দেখাচ্ছে, সেটি লিখুন।
devices-join-code = আমার অন্য ডিভাইসের কোড
devices-join-name = এই ডিভাইসের একটি নাম
devices-join-button = এই ডিভাইসটি যুক্ত করুন
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = প্রায় যুক্ত হয়েছে। নিশ্চিতকরণ কোড: { $code }। এবার আপনার অন্য ডিভাইসে একটি আপডেট ফাইল পাঠান (অথবা সিঙ্ক করুন), আর সেখানে এই কোডটি লিখুন। তারপর তার পরের আপডেটের সাথে আপনার পরিকল্পনা আসবে।
devices-code = নিশ্চিতকরণ কোড: { $code }। দেখে নিন এটি ওই ডিভাইসটি যোগ দেওয়ার সময় দেখানো কোডের সাথে মেলে কি না।
devices-state-waiting = উত্তর দিয়েছে: এবার এর কোডটি লিখুন
devices-waiting-heading = একটি নতুন ডিভাইস উত্তর দিয়েছে
devices-waiting-explain = এতে দেখানো কোডটি লিখুন। আপনি তা না করা পর্যন্ত এর সাথে কিছুই শেয়ার হবে না।
devices-waiting-many = একাধিক ডিভাইস উত্তর দিয়েছে। আপনি যদি শুধু একটি ডিভাইস যুক্ত করেন, তাহলে আপনার কোড হয়তো অন্য কারও কাছেও আছে: নিরাপদ থাকতে একটি নতুন কোড তৈরি করে আবার যুক্ত করুন।
devices-confirm-label = নতুন ডিভাইসের কোড
devices-confirm-button = নিশ্চিত করুন
devices-confirmed = কোড মিলেছে। আপনার পরের আপডেটের সাথে নতুন ডিভাইসটি আপনার পরিকল্পনা পাবে।

sync-files-heading = আপডেট ফাইল
sync-files-intro = সিঙ্ক রিলে ছাড়া আপডেট ফাইল হিসেবে যায়: একটি ফাইল সেভ করে ইমেইল, কোনো মেসেজিং অ্যাপ বা USB স্টিকে করে পাঠান। এটি এনক্রিপ্ট করা: শুধু যাঁদের সাথে আপনি শেয়ার করেন, তাঁরাই এটি খুলতে পারেন।
sync-file-save = আপডেট ফাইল সেভ করুন
sync-file-saved = সেভ হয়েছে: { $path }। যাঁদের সাথে আপনি শেয়ার করেন, তাঁদের এই ফাইলটি পাঠান।
sync-file-open-label = কেউ আপনাকে যে আপডেট ফাইল পাঠিয়েছেন
sync-file-open = আপডেট ফাইল খুলুন
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = আপনি আপনার ফাইল থেকে { $name } খুলেছেন। “আপডেট ফাইল খুলুন” চাপার আগে কিছুই পড়া হবে না।
sync-file-in-done =
    { $accepted ->
        [one] { $accepted }টি আপডেট পাওয়া গেছে।
       *[other] { $accepted }টি আপডেট পাওয়া গেছে।
    }
sync-file-in-some-refused = { $accepted }টি আপডেট পাওয়া গেছে; { $refused }টি ব্যবহার করা যায়নি। সেগুলোর কারণে আপনার কিছুই বদলায়নি।
sync-file-in-nothing-new = নতুন কিছু নেই: এই ফাইলের সবকিছু আপনার কাছে আগেই ছিল।
sync-file-in-not-for-me = এই ফাইলে আপনার জন্য কিছু নেই।
sync-file-in-revoked = { $person } আপনার সাথে তাঁর পরিকল্পনা শেয়ার করা বন্ধ করেছেন, তাই এটি এই ডিভাইস থেকে সরিয়ে দেওয়া হয়েছে।

sync-heading = সিঙ্ক
sync-intro = সিঙ্ক একটি রিলের মাধ্যমে আপনার আপডেট পাঠায়, যাতে আপনার ফাইলের দরকার না হয়। আপনি চালু না করা পর্যন্ত এটি বন্ধ থাকে। বন্ধ থাকার সময় Harbour কোনো ইন্টারনেট সংযোগ করে না।
sync-state-off = সিঙ্ক বন্ধ আছে।
sync-state-on = সিঙ্ক চালু আছে, { $url }-এর মাধ্যমে।
sync-relay-not-yet = Harbour-এর এই সংস্করণ এখনও রিলেতে পৌঁছাতে পারে না। আপনার পছন্দ সেভ করা হয়েছে; ততদিন আপডেট ফাইল ব্যবহার করুন।
sync-toggle = রিলের মাধ্যমে সিঙ্ক করুন
sync-relay-url = রিলের ঠিকানা
sync-relay-url-hint = এটি https:// দিয়ে শুরু হয়। যিনি আপনার রিলে চালান তাঁকে জিজ্ঞেস করুন, যেমন কোনো স্থানীয় দাতব্য সংস্থা।
sync-turn-on = সিঙ্ক চালু করুন
sync-save-address = রিলের ঠিকানা সেভ করুন
sync-last-file-out = শেষ আপডেট ফাইল সেভ করা হয়েছে: { $when }
sync-last-file-in = শেষ আপডেট ফাইল খোলা হয়েছে: { $when }
sync-status-off = সিঙ্ক বন্ধ আছে।
sync-status-waiting = প্রথমবার সিঙ্কের অপেক্ষা।
sync-status-synced = সিঙ্ক হয়েছে।
sync-status-offline = অফলাইন: আপনার পরিবর্তনগুলো রাখা আছে, সংযোগ ফিরলে পাঠানো হবে।
sync-status-error = গতবার সিঙ্ক কাজ করেনি।
sync-last-relay = শেষ সিঙ্ক: { $when }
sync-retry = Harbour প্রতি মিনিটে নিজে থেকেই আবার চেষ্টা করে। এর মধ্যে কিছুই হারায় না।
sync-unsent =
    { $count ->
        [one] { $count }টি আপডেট পাঠানোর অপেক্ষায় আছে।
       *[other] { $count }টি আপডেট পাঠানোর অপেক্ষায় আছে।
    }
sync-now = এখনই সিঙ্ক করুন
error-relay_unreachable = Harbour রিলেতে পৌঁছাতে পারেনি। দেখে নিন এই ডিভাইস অনলাইনে আছে কি না, আর রিলের ঠিকানা ঠিক আছে কি না।
error-relay_refused = রিলে এই আপডেটটি নেয়নি (যেমন এটি ভরে গেছে বা আপডেটটি খুব বড়)। আপনার পরিকল্পনা এই ডিভাইসে নিরাপদ আছে; যিনি রিলে চালান তাঁকে জিজ্ঞেস করুন।

## My places

my-places-title = আমার জায়গাগুলো
my-places-intro = যে জায়গাগুলো আপনাকে সাহায্য করে, যেমন কোনো বন্ধুর বাড়ি। এগুলো এই ডিভাইসে আপনার পরিকল্পনার ভেতরে লক করে রাখা হয়, আর আপনার পরিকল্পনা খোলা থাকলে “কাছাকাছি সাহায্য খুঁজুন”-এ দেখা যায়।
my-places-empty = আপনি এখনও কোনো জায়গা যোগ করেননি।
my-places-add = জায়গা যোগ করুন
my-places-add-title = জায়গা যোগ করুন
my-places-edit-title = এই জায়গাটি বদলান
my-places-edit = বদলান
my-places-remove = সরিয়ে দিন
my-places-remove-confirm = { $name } সরিয়ে দেবেন?
my-places-remove-yes = হ্যাঁ, সরিয়ে দিন
my-places-remove-no = রেখে দিন
my-places-name = নাম
my-places-phone = ফোন নম্বর (ঐচ্ছিক)
my-places-address = ঠিকানা (ঐচ্ছিক)
my-places-town = শহর (ঐচ্ছিক)
my-places-postcode = পোস্টকোড (ঐচ্ছিক)
my-places-position = সঠিক অবস্থান (ঐচ্ছিক)
my-places-position-hint = অক্ষাংশ আর দ্রাঘিমাংশ, যেমন 52.9107, -0.6423। এটি না দিলে Harbour শহরের কেন্দ্র ধরে নেয়।
my-places-hours = খোলার সময় (ঐচ্ছিক)
my-places-hours-hint = OpenStreetMap-এর নিয়মে, যেমন: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = নোট (ঐচ্ছিক)
my-places-save = সেভ করুন
my-places-cancel = বাতিল করুন
my-places-not-on-map = মানচিত্রে নেই: Harbour শহরটি চিনতে পারেনি। এটি খুঁজে পেতে এর নাম দিয়ে খুঁজুন।
my-places-added-by-you = আপনার যোগ করা
find-kind-other = অন্যান্য
error-place_name_required = অনুগ্রহ করে জায়গাটির একটি নাম দিন।
error-phone_invalid = এটি ফোন নম্বর বলে মনে হচ্ছে না। শুধু সংখ্যা, ফাঁকা জায়গা আর শুরুতে একটি + ব্যবহার করুন।
error-opening_hours_invalid = Harbour এই খোলার সময় পড়তে পারেনি। Mo-Fr 09:00-17:00 নিয়মে লিখে দেখুন, অথবা খালি রাখুন।
error-coordinates_invalid = এই অবস্থানটি ঠিক মনে হচ্ছে না। অক্ষাংশ আর দ্রাঘিমাংশ কমা দিয়ে আলাদা করে লিখুন, অথবা খালি রাখুন।
error-my_place_not_found = এই জায়গাটি আর নেই। হয়তো এটি সরিয়ে দেওয়া হয়েছে।

## Daily check-in

section-checkins-title = আমার প্রতিদিনের খোঁজ (শুধু রং)
checkin-heading = আজ আপনি কেমন আছেন?
checkin-note-label = কয়েকটি কথা, চাইলে (শুধু আপনি দেখবেন)
checkin-green = সবুজ: আমি ঠিক আছি
checkin-amber = হলুদ: আমার কঠিন লাগছে
checkin-red = লাল: আমি খুব কষ্টে আছি
checkin-state-green = সবুজ
checkin-state-amber = হলুদ
checkin-state-red = লাল
checkin-since = { $when } থেকে { $state }
checkin-when-today = আজ
checkin-privacy = একবার ট্যাপ করাই যথেষ্ট। আপনার নোট আপনার ডিভাইসেই থাকে। আপনি খোঁজ শেয়ার করলে তবেই একজন সহায়ক আপনার রং দেখতে পান।
checkin-saved = সংরক্ষিত হয়েছে। খোঁজ দেওয়ার জন্য ধন্যবাদ।
checkin-red-heading = আপনি লাল বলেছেন। এটা আপনাকে একা সামলাতে হবে না।
checkin-red-body = আপনার সংকট পরিকল্পনা এখানে আছে, আর আপনি আপনার সহায়কদের কাছে সাহায্য চাইতে পারেন। আপনি ট্যাপ না করলে কিছুই পাঠানো হয় না।
checkin-red-plan = আমার সংকট পরিকল্পনা খুলুন
checkin-history-heading = গত চার সপ্তাহ
checkin-history-summary = গত চার সপ্তাহে: { $green } সবুজ, { $amber } হলুদ, { $red } লাল, { $none } দিন কোনো খোঁজ নেই।
checkin-history-range = { $from } থেকে { $to }
checkin-history-no-day = কোনো খোঁজ নেই
checkin-history-list = আমার সাম্প্রতিক খোঁজ, তালিকা হিসেবে
shared-checkin = { $person }-এর খোঁজ: { $when } থেকে { $state }

## Photos on reasons and the toolbox

photo-add = একটি ছবি যোগ করুন
photo-change = ছবি বদলান
photo-remove = ছবি সরান
photo-working = ছবি যোগ হচ্ছে…
error-photo_invalid = এই ফাইলটি এমন ছবি নয় যা Harbour ব্যবহার করতে পারে। একটি JPEG, PNG, WebP বা GIF ছবি বেছে নিন।
error-photo_too_large = ছবিটি খুব বড়। 20 MB-এর চেয়ে ছোট একটি বেছে নিন।
error-photo_not_found = ছবিটি আর নেই।
