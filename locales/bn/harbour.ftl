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
