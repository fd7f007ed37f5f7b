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
find-place-label = শহর বা নগর
find-place-hint = যেমন: Tower Hamlets, Leeds, Cardiff
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
crisis-status-since = { $by } { $date } তারিখে বদলেছেন
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
recovery-lead = কখনও পাসফ্রেজ ভুলে গেলে, এই কী-ই আপনার পরিকল্পনায় ঢোকার একমাত্র অন্য পথ। আমরা এটি শুধু এই একবারই দেখাব।
recovery-key-label = রিকভারি কী
recovery-print = প্রিন্ট করুন
recovery-save = ফাইলে সেভ করুন
recovery-saved-to = { $path }-এ { $name } নামে সেভ হয়েছে
recovery-confirm = আমার রিকভারি কী নিরাপদ কোথাও রাখা আছে
recovery-confirm-first = আগে কী-টি প্রিন্ট বা সেভ করুন, তারপর বাক্সে টিক দিন।
recovery-continue = আমার পরিকল্পনায় যান
recovery-keep-safe = এটি এই ডিভাইস থেকে দূরে, ব্যক্তিগত কোথাও রাখুন: জরুরি কাগজপত্রের সাথে, বা আপনার বিশ্বাসের কারও কাছে।
