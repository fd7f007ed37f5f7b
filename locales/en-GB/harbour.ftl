# Harbour — reference locale (British English).
# Every other locale translates these ids; `harbour locales check` compares them.

app-name = Harbour
skip-to-content = Skip to content
loading = Loading…

## Navigation

nav-get-help-now = Get help now

## Home

home-title = Welcome to Harbour
home-intro = Harbour keeps your recovery and crisis plan safe on this device, and shares it only with the people you choose.
home-help-heading = Need to talk to someone now?
home-help-body = Helplines are there day and night. You can call or text them from here.
home-privacy-heading = Your plan stays yours
home-privacy-body = Nothing you write leaves this device unless you choose to share it. Harbour has no accounts and no tracking.

## Get help now

help-title = Get help now
help-intro = You don’t have to go through this alone. These helplines are there to listen.
help-country-label = Country
help-call = Call
help-text = Text
# $hours (String) - the helpline's opening hours in its source's own words, not translated (often English), e.g. "24 hours a day, every day of the year"
help-hours = Hours: { $hours }
# $date (String) - the day the helpline's details were last checked, written out in the reader's language, e.g. "23 November 2026"
help-last-checked = Last checked { $date }
help-source = Source
help-none = We don’t have helplines for this country yet. Choose another country, or look up local services.
help-caution = Numbers and opening times can change. Each one shows where it came from and when it was last checked.

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = Find help nearby
home-find-heading = Somewhere to go
home-find-body = Find crisis cafés, safe havens and peer groups near a town. It works without internet.
find-title = Find help nearby
find-intro = Type a town, a city or a postcode. Harbour searches its own list on this device; nothing is sent anywhere.
find-place-label = Town, city or postcode
find-place-hint = For example: Grantham, Leeds, Cardiff or M1 1AD
find-search = Search
find-open-now = Only places open now
find-kind-label = Kind of place
find-kind-all = All kinds
find-kind-crisis_cafe = Crisis café
find-kind-safe_haven = Safe haven
find-kind-crisis_house = Crisis house
find-kind-peer_group = Peer support group
find-kind-drop_in = Drop-in
find-kind-helpline = Helpline
# $place (String) - the town or city the search found in Harbour's list of places, e.g. "Grantham"
find-near = Near { $place }
# $query (String) - the words the person typed in the search box when they are not a known town (matched against the places' names), as typed, e.g. "safe haven"
find-matching = Places matching “{ $query }”
find-none = Nothing found here. Try a nearby larger town, or call one of the helplines on “Get help now”.
find-none-open = Nothing is open near here right now. Helplines are open day and night.
find-status-open-all-day = Open 24 hours
# $time (String) - the time it closes later today or early tomorrow, 24-hour clock, e.g. "23:00"
find-status-open-until = Open until { $time }
# $day (String) - the weekday it closes, in English and lower case, for the selector: "monday" to "sunday", e.g. "monday"
# $time (String) - the time it closes on that day, 24-hour clock, e.g. "09:00"
find-status-open-until-day = Open until { $day ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
  } { $time }
# $day (String) - when it next opens, in English and lower case, for the selector: "today", "tomorrow" or "monday" to "sunday", e.g. "tomorrow"
# $time (String) - the time it opens, 24-hour clock, e.g. "18:00"
find-status-opens-at = { $day ->
    [today] Opens today at { $time }
    [tomorrow] Opens tomorrow at { $time }
    [monday] Opens Monday { $time }
    [tuesday] Opens Tuesday { $time }
    [wednesday] Opens Wednesday { $time }
    [thursday] Opens Thursday { $time }
    [friday] Opens Friday { $time }
    [saturday] Opens Saturday { $time }
   *[sunday] Opens Sunday { $time }
  }
find-status-closed = Not open this week
find-status-unknown = Opening times not known: call or check before you go
# $km (String) - the distance in kilometres, already written as a number in the reader's language (one decimal place under 10 km), e.g. "2.4"
find-distance = { $km } km away
# $km (String) - the distance in kilometres to the town centre (the exact position is not known), already written as a number in the reader's language, e.g. "12"
find-distance-approx = About { $km } km away (town centre)
# $town (String) - the town the place is in, as the source names it, e.g. "Grantham"
find-distance-in-town = In { $town } (town centre)
find-distance-unknown = Distance not known
find-referral-self_referral = Walk in: no referral needed
find-referral-phone_first = Call or book before you go
find-referral-referral_needed = Needs a referral from a professional
# $ages (String) - the ages the place is for, as the source writes them, not translated, e.g. "18+" or "11-18"
find-age = Ages: { $ages }
find-call = Call
find-directions = Directions
find-website = Website
# $text (String) - the opening times in the source's own words, in English, not translated, e.g. "7pm to 9pm on Mondays"
find-hours-source = Hours as the source gives them: { $text }
# $date (String) - the day this place's details were last checked, written out in the reader's language, e.g. "23 November 2026"
find-last-checked = Last checked { $date }
# $months (Number) - whole months since the details were last checked, always more than 12, e.g. 15
find-stale = May be out of date: last checked { $months } months ago
find-stale-source = May be out of date: the source is old or was a pilot
find-source = Source
find-report = Report a problem
find-caution = Places change their hours and sometimes close. Call ahead if you can. In an emergency, call 999.
# $place (String) - the town the search found, or the words the person typed if they are not a known town, e.g. "Leeds"
help-nearby-heading = Open now near { $place }
# $place (String) - the town the search found, or the words the person typed if they are not a known town, e.g. "Leeds"
help-nearby-none = Nothing near { $place } is open right now.
help-find-more = Find help nearby

## Errors (one per error code from the Rust core)

error-invalid_input = That didn’t look right. Please check it and try again.
error-data_invalid = Some of Harbour’s built-in information could not be read. Please tell the Harbour team.
error-internal = Something went wrong. Nothing you wrote has been lost.

## The plan in the app: first run, unlock, quick exit, editor, views, settings

nav-quick-exit = Quick exit
nav-quick-exit-hint = Hides Harbour straight away and locks your plan. Shortcut: press Escape twice.
nav-settings = Settings
nav-my-plan = My plan
nav-lock = Lock
nav-menu = Menu

# First run
welcome-title = Welcome to Harbour
welcome-lead = Harbour is a calm, private place to write down what keeps you well and what you want to happen if things get hard.
welcome-does-heading = What Harbour does
welcome-does-1 = Keeps your plan on this device, locked with a passphrase only you know.
welcome-does-2 = Helps you write it, one part at a time, at your own pace.
welcome-does-3 = Lets you print a crisis card or a one-page safety plan.
welcome-doesnt-heading = What Harbour does not do
welcome-doesnt-1 = It has no account and no tracking. Nothing you write leaves this device unless you choose to share it.
welcome-doesnt-2 = It does not call anyone for you, and it is not an emergency service.
welcome-doesnt-3 = It cannot open your plan without your passphrase or recovery key. Nobody can, not even us.
welcome-start = Start
welcome-restore = I have a backup file
# $step (Number) - the step of setting up Harbour the person is on, 1 to 3, e.g. 2
# $total (Number) - how many steps there are, always 3
welcome-step = Step { $step } of { $total }
welcome-language-title = Language and reading
welcome-language-lead = Choose how Harbour talks to you. You can change this later in Settings.
welcome-language-label = Language
welcome-easy-read-label = Easy Read: shorter sentences and simpler words
welcome-next = Next
welcome-back = Back
passphrase-title = Choose a passphrase
passphrase-lead = Your passphrase locks your plan. A few everyday words that only you would put together work well, like “kettle river yellow sock”.
passphrase-label = Passphrase
passphrase-confirm-label = Type it again
passphrase-show = Show passphrase
# $level (String) - how strong the passphrase is: the text of one of passphrase-strength-0 to passphrase-strength-4, e.g. "weak"
passphrase-strength = Strength: { $level }
passphrase-strength-0 = too short
passphrase-strength-1 = weak
passphrase-strength-2 = fair
passphrase-strength-3 = good
passphrase-strength-4 = strong
passphrase-tip-length = Use at least 10 characters. Longer is stronger.
passphrase-tip-words = Try adding another word.
passphrase-tip-common = That one is very common and easy to guess.
passphrase-tip-good = That looks good.
passphrase-mismatch = The two passphrases are not the same yet.
passphrase-create = Lock my plan with this passphrase
passphrase-creating = Setting up your plan. This takes a moment…
recovery-title = Your recovery key
recovery-lead = If you ever forget your passphrase, this key is the only other way into your plan. You can see it again later in Settings, after typing your passphrase.
recovery-key-label = Recovery key
recovery-print = Print it
recovery-save = Save it to a file
# $name (String) - the file name the recovery key was saved as, e.g. "harbour-recovery-key.txt"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-recovery-key.txt"
recovery-saved-to = Saved as { $name } in { $path }
recovery-confirm = I have saved my recovery key somewhere safe
recovery-confirm-first = Print or save the key first, then tick the box.
recovery-continue = Continue to my plan
recovery-keep-safe = Keep it away from this device, somewhere private: with important papers, or with someone you trust.

# Unlock
unlock-title = Unlock your plan
unlock-lead = Type your passphrase to open your plan.
unlock-passphrase-label = Passphrase
unlock-button = Unlock
unlock-working = Unlocking…
unlock-use-recovery = I forgot my passphrase: use my recovery key
unlock-use-passphrase = Use my passphrase instead
unlock-recovery-label = Recovery key
unlock-recovery-hint = The key you printed or saved when you set up Harbour. Spaces and dashes don’t matter.
unlock-locked-idle = Harbour locked itself to keep your plan private.

# Quick exit: the neutral screen (plain on purpose)
neutral-title = Notes
neutral-note-label = Note
neutral-done = Done

# Home (unlocked)
home-plan-title = My plan
home-plan-intro = Write a little at a time. Everything is saved as you type.
home-crisis-heading = My crisis plan
# $status (String) - the crisis plan's state: the text of crisis-status-inactive, crisis-status-active or crisis-status-stood_down, e.g. "active"
home-crisis-status = Status: { $status }
home-crisis-open = Open my crisis plan
home-crisis-edit = Edit my crisis plan
home-sections-heading = Parts of my plan
# $filled (Number) - how many questions in this part have an answer, e.g. 2
# $total (Number) - how many questions this part has, e.g. 3
home-filled = { $filled } of { $total } filled in
# $date (String) - the day the person last looked over this part, written out in the reader's language, e.g. "23 November 2026"
home-last-reviewed = Last reviewed { $date }
home-never-reviewed = Not reviewed yet
home-views-heading = Read and print
home-view-full = My whole plan
home-view-safety = One-page safety plan
home-view-crisis = Crisis view
home-view-card = Wallet-sized crisis card
crisis-status-inactive = not active
crisis-status-active = active
crisis-status-stood_down = stood down
# $by (String) - who made the change: the text of crisis-me ("me") or a supporter's name, e.g. "Sam"
# $date (String) - the day of the change, written out in the reader's language, e.g. "23 November 2026"
crisis-status-since = Changed by { $by } on { $date }

# Exported and printed pages (plan export)
# $status (String) - the crisis plan's state: the text of crisis-status-inactive, crisis-status-active or crisis-status-stood_down, e.g. "active"
export-crisis-status = Crisis plan: { $status }
export-not-dated = Not dated yet
export-footer = Made with Harbour. This page is private: keep it somewhere safe.
export-emergency = In an emergency, call 999 (UK) or your local emergency number.
export-date = Date
# $page (Number) - the number of this printed page, e.g. 1
# $pages (Number) - how many pages the document has, e.g. 3
export-page = Page { $page } of { $pages }
advance-title = My advance choice document
advance-law = An advance choice document, as described in the Mental Health Act 2025 (England and Wales).
advance-declaration = This is my advance choice document. I made it when I was well and able to make decisions about my care. It says what I want, and what I do not want, if I become unwell and cannot say so myself. Please read it and follow it as far as you can.
advance-part-values = My values and what matters to me
advance-part-medication = Medication: what I prefer, what I accept, what I refuse
advance-part-treatments = Treatment: what I prefer, what I accept, what I refuse
advance-part-people = Who to involve, and who not to
advance-part-home = Care at home or in the community
advance-part-practical = Practical matters: who looks after what
advance-part-places = Places for care
advance-part-shared = Who has a copy
# $date (String) - the day the person dated their plan, e.g. "2026-11-23"
advance-made-on = Made on { $date }
# $date (String) - the day the person last looked over their crisis plan, e.g. "2026-11-23"
advance-reviewed-on = Last reviewed on { $date }
advance-person-name = My name
advance-signed-person = My signature
advance-witness-statement = I saw the person who made this document sign it.
advance-witness-name = Witness’s name
advance-signed-witness = Witness’s signature

# Sections and their parts
section-toolbox-title = Wellness toolbox
section-toolbox-intro = Things that help you stay well, and things you would rather avoid. Small things count.
section-daily-title = Daily plan
section-daily-intro = What a good day looks like for you, and what helps you keep it that way.
section-triggers-title = Triggers
section-triggers-intro = Things that can set you back, and what you can do when they happen. Take this at your own pace.
section-early_warning-title = Early warning signs
section-early_warning-intro = Small changes that tell you things may be starting to slip, and what helps then.
section-breaking_down-title = When things are breaking down
section-breaking_down-intro = Signs that things are getting much worse, and the urgent steps that help, including asking for help.
section-crisis-title = Crisis plan
section-crisis-intro = This part is written for the people who support you, so they know what you want if you cannot say it yourself.
section-after_crisis-title = After a crisis
section-after_crisis-intro = How you will know the crisis is over, and what helps you find your feet again.
section-reasons-title = Reasons to keep going
section-reasons-intro = This part is just for you, and optional. The people, things and moments that matter to you.

crisis-part-well = What I’m like when I’m well
crisis-part-take_over = Signs that others should take over
crisis-part-people = The people I want, and don’t want, involved
crisis-part-medication = Medication
crisis-part-treatments = Treatments
crisis-part-home = Home, community or respite care
crisis-part-places = Treatment places
crisis-part-help = Help from others
crisis-part-surroundings = Making my surroundings safer
crisis-part-money = Money matters
crisis-part-ending = When this plan is no longer needed
crisis-part-advance_choice = My advance choice document
crisis-parts-heading = Parts of my crisis plan
crisis-back = All parts of my crisis plan

# Fields: a label, a gentle prompt, and an example, for every field.
field-toolbox-helps = Things that help me stay well
field-toolbox-helps-hint = Anything that lifts you, calms you or keeps you steady.
field-toolbox-helps-example = For example: a walk by the river, calling my sister, music with headphones, a hot bath.
field-toolbox-avoid = Things I try to avoid
field-toolbox-avoid-hint = Things that tend to drag you down.
field-toolbox-avoid-example = For example: too much coffee, scrolling late at night, skipping meals.
field-daily-when_well = What I’m like when I’m well
field-daily-when_well-hint = Describe yourself on a good day, in your own words.
field-daily-when_well-example = For example: I’m chatty, I enjoy cooking, I sleep about eight hours, I laugh at silly things.
field-daily-every_day = What I need to do every day
field-daily-every_day-hint = The small daily things that keep you well.
field-daily-every_day-example = For example: eat breakfast, take my tablets, get outside for ten minutes.
field-daily-might_need = Things I might need to do
field-daily-might_need-hint = Things that help now and then, not every day.
field-daily-might_need-example = For example: do the washing, see a friend, pay a bill.
field-triggers-triggers = What can set me back
field-triggers-triggers-hint = Events or situations that can upset you or throw you off balance.
field-triggers-triggers-example = For example: arguments, anniversaries, money worries, loud crowded places.
field-triggers-must_do = When that happens, I will
field-triggers-must_do-hint = Things you will do whenever a trigger happens.
field-triggers-must_do-example = For example: tell someone I trust, do a breathing exercise, go somewhere quiet.
field-triggers-might_do = I might also
field-triggers-might_do-hint = Things worth trying if you have the energy.
field-triggers-might_do-example = For example: write it down, go for a run, watch a favourite film.
field-early_warning-signs = Small changes I notice
field-early_warning-signs-hint = Changes you, or people close to you, might notice early on.
field-early_warning-signs-example = For example: sleeping badly, not answering messages, feeling on edge.
field-early_warning-must_do = When I notice them, I will
field-early_warning-must_do-hint = Steps that help you get back on track.
field-early_warning-must_do-example = For example: go to bed at the same time, tell my partner, use my toolbox every day.
field-early_warning-might_do = I might also
field-early_warning-might_do-hint = Extra things that sometimes help.
field-early_warning-might_do-example = For example: take a day off work, see my GP.
field-breaking_down-signs = Signs that things are getting much worse
field-breaking_down-signs-hint = The signs that tell you, or others, that you need more help now.
field-breaking_down-signs-example = For example: not eating, not sleeping for days, feeling hopeless.
field-breaking_down-must_do = Urgent things I will do
field-breaking_down-must_do-hint = Include who you will ask for help, and how.
field-breaking_down-must_do-example = For example: call my care coordinator, stay with my friend, call a helpline.
field-breaking_down-might_do = I might also
field-breaking_down-might_do-hint = Other things that could help at this point.
field-breaking_down-might_do-example = For example: ask a friend to stay over, hand my car keys to someone.
field-crisis-when_well = What I’m like when I’m well
field-crisis-when_well-hint = So others can tell the difference. Write it for someone who may not know you well.
field-crisis-when_well-example = For example: I’m quiet but friendly, I like routine, I look after my dog every day.
field-crisis-take_over_signs = Signs that others should take over
field-crisis-take_over_signs-hint = What others would see that means you need them to act for you.
field-crisis-take_over_signs-example = For example: I stop eating, I don’t recognise people, I talk about not being here.
field-crisis-supporters = People I want to help me
field-crisis-supporters-hint = Who they are, how to reach them, and what you would like each of them to do.
field-crisis-supporters-example = For example: Sam, my sister, 07700 900123, stays with me and calls my GP.
field-crisis-not_involved = People I do not want involved
field-crisis-not_involved-hint = You can say why, if you want to.
field-crisis-not_involved-example = For example: a former partner.
field-crisis-disagreements = If my supporters disagree
field-crisis-disagreements-hint = How you would like disagreements between your supporters to be settled.
field-crisis-disagreements-example = For example: my sister has the final say.
field-crisis-medication_current = Medication I take now
field-crisis-medication_current-hint = Name, dose, and what it is for, if you know.
field-crisis-medication_current-example = For example: sertraline 50 mg every morning.
field-crisis-medication_preferred = Medication I would prefer
field-crisis-medication_preferred-hint = And why: what has helped before.
field-crisis-medication_preferred-example = For example: diazepam, because it calms me without knocking me out.
field-crisis-medication_acceptable = Medication I would accept
field-crisis-medication_acceptable-hint = If what you prefer is not possible.
field-crisis-medication_acceptable-example = For example: a short course of sleeping tablets.
field-crisis-medication_unacceptable = Medication I do not want
field-crisis-medication_unacceptable-hint = And why, so people understand.
field-crisis-medication_unacceptable-example = For example: olanzapine, because of the weight gain last time.
field-crisis-allergies = Allergies
field-crisis-allergies-hint = To medicines, food or anything else.
field-crisis-allergies-example = For example: penicillin.
field-crisis-treatments_current = Treatments or therapies I have now
field-crisis-treatments_current-hint = Anything that is part of your care at the moment.
field-crisis-treatments_current-example = For example: weekly talking therapy.
field-crisis-treatments_preferred = Treatments I would prefer
field-crisis-treatments_preferred-hint = And why: what has helped before.
field-crisis-treatments_preferred-example = For example: home treatment team visits, because being at home helps me.
field-crisis-treatments_acceptable = Treatments I would accept
field-crisis-treatments_acceptable-hint = If what you prefer is not possible.
field-crisis-treatments_acceptable-example = For example: a short stay in a crisis house.
field-crisis-treatments_unacceptable = Treatments I do not want
field-crisis-treatments_unacceptable-hint = And why, so people understand.
field-crisis-treatments_unacceptable-example = For example: being restrained, because of what happened before.
field-crisis-home_care = A plan for staying at home, in the community or in respite
field-crisis-home_care-hint = What would let you get through a crisis at home or nearby, with the right support.
field-crisis-home_care-example = For example: friends take turns to stay with me, and the crisis team visits daily.
field-crisis-places_preferred = Places I would prefer for treatment
field-crisis-places_preferred-hint = Hospitals, crisis houses or other places that have been good for you.
field-crisis-places_preferred-example = For example: the crisis house in town.
field-crisis-places_unacceptable = Places I do not want to go
field-crisis-places_unacceptable-hint = You can say why.
field-crisis-places_unacceptable-example = For example: a ward far from home.
field-crisis-help_wanted = What helps me when I am in crisis
field-crisis-help_wanted-hint = What others can do or say that helps.
field-crisis-help_wanted-example = For example: speak slowly, sit with me, remind me to drink water.
field-crisis-help_unwanted = What does not help
field-crisis-help_unwanted-hint = What others should avoid, even with good intentions.
field-crisis-help_unwanted-example = For example: lots of questions, crowding me, telling me to cheer up.
field-crisis-if_danger = If I am a danger to myself or others
field-crisis-if_danger-hint = What you would like people to do.
field-crisis-if_danger-example = For example: remove my car keys, call the crisis line, stay with me.
field-crisis-responsibilities = Who looks after what
field-crisis-responsibilities-hint = Children, pets, bills, your home: who takes care of each.
field-crisis-responsibilities-example = For example: feeding the cat: my neighbour, Jo.
field-crisis-safer_surroundings = Making my surroundings safer
field-crisis-safer_surroundings-hint = Things to put out of reach or remove while things are hard.
field-crisis-safer_surroundings-example = For example: give my spare tablets to the pharmacy.
field-crisis-money = Money matters
field-crisis-money-hint = Bills, cards and spending, and who can help.
field-crisis-money-example = For example: my bank has a note to pause my card; my brother pays the rent.
field-crisis-no_longer_needed_signs = Signs that this plan is no longer needed
field-crisis-no_longer_needed_signs-hint = How people will know you can take charge again.
field-crisis-no_longer_needed_signs-example = For example: I sleep through the night, I’m cooking for myself.
field-crisis-values_statement = What matters to me
field-crisis-values_statement-hint = Your values, beliefs and what matters most to you, so that others can make choices the way you would.
field-crisis-values_statement-example = For example: being close to my children, my faith, keeping my job.
field-crisis-professionals_shared = Professionals and services I have shared this with
field-crisis-professionals_shared-hint = Who has a copy of your advance choices: your GP, your care team, or others.
field-crisis-professionals_shared-example = For example: Dr Rees, my GP; the community mental health team.
field-after_crisis-out_of_crisis_signs = How I will know I am out of crisis
field-after_crisis-out_of_crisis_signs-hint = The signs that the worst has passed.
field-after_crisis-out_of_crisis_signs-example = For example: I want to see friends again.
field-after_crisis-helpers = Who helps me afterwards
field-after_crisis-helpers-hint = People who help you find your feet.
field-after_crisis-helpers-example = For example: my peer worker, my neighbour.
field-after_crisis-first_steps = What I will do first
field-after_crisis-first_steps-hint = Gentle first steps back to your everyday life.
field-after_crisis-first_steps-example = For example: one short walk a day, back to work part-time.
field-after_crisis-learning = What I can learn from it
field-after_crisis-learning-hint = Anything you want to remember or change for next time.
field-after_crisis-learning-example = For example: I need to ask for help earlier.
field-reasons-reasons = My reasons to keep going
field-reasons-reasons-hint = People, pets, plans, places, anything that matters to you.
field-reasons-reasons-example = For example: my niece, seeing the sea again, my cat Pickle.
field-reasons-good_moments = Good moments
field-reasons-good_moments-hint = Memories you want to keep close.
field-reasons-good_moments-example = For example: the day we watched the sunrise at the beach.

# The values inside a list item
item-key-text = What
item-key-why = Why
item-key-name = Name
item-key-role = Who they are to me
item-key-contact = How to reach them
item-key-tasks = What I would like them to do
item-key-task = What needs doing
item-key-who = Who will do it

# Editing
editor-back-home = Back to my plan
editor-add = Add
# $field (String) - the title of the question whose list gets the new entry, e.g. "Things that help me stay well"
editor-add-label = Add to “{ $field }”
editor-add-another = Add one
editor-move-up = Move up
editor-move-down = Move down
editor-remove = Remove
# $n (Number) - the entry's place in the list, counting from 1, e.g. 2
editor-item-label = Item { $n }
editor-removed = Removed.
editor-undo = Undo
editor-empty-list = Nothing here yet.
editor-mark-reviewed = I have looked over this part today
editor-reviewed-today = Reviewed today. Thank you.
# $section (String) - the title of the next part of the plan, or of the next part of the crisis plan, e.g. "Daily plan" or "Medication"
editor-next-section = Next: { $section }
save-saving = Saving…
save-saved = Saved
save-error = Not saved yet. Harbour will try again.

# Views and printing
views-title = Read and print
views-full = My whole plan
views-safety = Safety plan
views-crisis = Crisis view
views-card = Crisis card
views-print = Print
views-save-pdf = Save as a PDF file
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = Saved as { $name } in { $path }. This copy is not locked with your passphrase: keep it somewhere private.
views-print-a4 = A4 paper
views-print-phone = Phone-sized pages
views-print-layout = Page size
# $date (String) - the day the person dated their plan, written out in the reader's language, e.g. "23 November 2026" (printed pages: "2026-11-23")
views-valid-as-of = Valid as of { $date }
# $date (String) - the day the person last looked over this part, written out in the reader's language, e.g. "23 November 2026" (printed pages: "2026-11-23")
views-reviewed = Last reviewed { $date }
views-empty = Nothing written here yet.
views-empty-hint = Start writing in “My plan”, and it will show here.
views-card-title = My crisis card
views-card-intro = Cut this out and keep it in your wallet or purse.
views-card-contacts = Please contact
views-card-helps = What helps me
views-card-allergies = Allergies
views-card-more = My full crisis plan is in Harbour on my phone.
views-card-medication = Medication I take
views-card-avoid = What does not help
views-card-not-involved = Please do not involve
safety-part-safety_warning_signs = My warning signs
safety-part-safety_coping = Things I can do to cope
safety-part-safety_actions = Things I will do
safety-part-safety_people = People I can ask for help
safety-part-safety_surroundings = Making my surroundings safer
safety-part-safety_reasons = My reasons to keep going
crisis-activate = Start my crisis plan
crisis-stand-down = Stand down my crisis plan
crisis-activate-note = This marks your crisis plan as active, so you and the people you share it with can see it is in use. It does not call anyone or send anything.
crisis-me = me

# Settings
settings-title = Settings
settings-display = How Harbour looks
settings-text-size = Text size
# $percent (Number) - the text size as a percentage of normal: 100, 125, 150, 175 or 200, e.g. 125
settings-text-size-value = { $percent }%
settings-high-contrast = High contrast
settings-reduced-motion = Reduce motion
settings-language = Language and Easy Read
settings-privacy = Privacy
settings-auto-lock = Lock after I stop using Harbour for
# $minutes (Number) - minutes without use before Harbour locks: 1, 2, 5, 10, 15, 30 or 60, e.g. 5
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
  }
settings-notifications = Notifications
settings-notifications-intro = Harbour shows these on this device only, and only the ones you turn on. They never show what is written in a plan.
settings-notify-signals = Tell me when someone who shares their plan with me starts their crisis plan or asks for help
settings-review-reminder = Remind me to look over my plan
settings-review-reminder-never = Never
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = Every { $days } days
settings-notify-refused = This device did not let Harbour show notifications. You can allow them in the device’s settings, then turn this on again.
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = { $person } has started their crisis plan
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = { $person } has asked for help
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = { $person } sent you a signal
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = Open Harbour to read { $person }’s crisis plan: it says what they would like you to do. If someone is in danger now, call 999.
notify-review-title = Time to look over your plan
notify-review-body = Some parts of your plan have not been looked over for a while. Open Harbour when you feel ready.
settings-saved = Settings saved.
settings-passphrase = Change my passphrase
settings-passphrase-current = Current passphrase
settings-passphrase-new = New passphrase
settings-passphrase-confirm = Type the new one again
settings-passphrase-change = Change passphrase
settings-passphrase-changed = Your passphrase has been changed. Your recovery key still works.
settings-recovery-key = My recovery key
settings-recovery-key-intro = Your recovery key opens your plan if you forget your passphrase. Type your passphrase to see your key again, or to make a new one.
settings-recovery-key-passphrase = Your passphrase
settings-recovery-key-show = Show my recovery key
settings-recovery-key-new = Make a new recovery key
settings-recovery-key-working = Checking your passphrase…
settings-recovery-key-hide = Hide my recovery key
settings-recovery-key-none = This plan was made before Harbour kept your recovery key, so it cannot be shown again. You can make a new one instead.
settings-recovery-key-new-explain = A new key takes the place of the one you have now. Your old key will stop opening this plan; your passphrase stays the same. Backups made before still open with the old key, so make a new backup afterwards too.
settings-recovery-key-new-confirm = Yes, make a new key
settings-recovery-key-new-cancel = Keep my current key
settings-recovery-key-made = This is your new recovery key. Your old key no longer opens this plan. Backups made before still open with the old key, so make a new backup too.
settings-backup = Backup and restore
settings-backup-intro = A backup is one locked file with your whole plan. Keep a copy somewhere safe, off this device.
settings-backup-passphrase = Passphrase for the backup
settings-backup-passphrase-hint = You will need it (or your recovery key) to restore. It becomes your passphrase after restoring.
settings-backup-create = Make a backup
# $name (String) - the file name the backup was saved as, with today's date, e.g. "harbour-backup-2026-11-23.harbour"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-backup-2026-11-23.harbour"
settings-backup-created = Backup saved as { $name } in { $path }
settings-restore = Restore from a backup
settings-restore-intro = This replaces the plan on this device with the one in the backup. The current plan is kept, locked, in Harbour’s folder.
settings-restore-file = Backup file
settings-restore-passphrase = The backup’s passphrase
settings-restore-button = Restore
settings-restored = Your plan has been restored.
settings-about = About Harbour
# $version (String) - Harbour's version number, e.g. "0.1.0"
settings-about-version = Harbour version { $version }
settings-about-body = Harbour is free software, under the MIT or Apache 2.0 licence. It has no accounts, no analytics and no crash reporting.
settings-about-data = Helpline and service information comes from the sources shown next to each entry, with the date it was last checked.
settings-about-symbols = Easy Read pictures: Mulberry Symbols by Steve Lee, licensed CC BY-SA 4.0.
settings-about-fonts = Text is shown in the fonts on your device.

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = That passphrase doesn’t open this plan. Check for capital letters and spaces, and try again.
error-wrong_recovery_key = That recovery key doesn’t open this plan. Check it against your printed or saved copy.
error-invalid_recovery_key = That doesn’t look like a Harbour recovery key. Check each group of letters and numbers.
error-passphrase_required = Please type your passphrase.
error-vault_corrupt = Your plan’s file on this device is damaged. You can restore it from a backup.
error-kdf_params_out_of_range = Your plan’s file has settings Harbour will not use, so it was not opened. Restore it from a backup.
error-backup_corrupt = This backup file is damaged or is not a Harbour backup. Nothing on this device was changed.
error-vault_exists = There is already a plan on this device.
error-vault_not_found = There is no plan on this device yet.
error-vault_too_new = This plan was saved by a newer version of Harbour. Please update Harbour to open it.
error-vault_locked = Your plan is locked. Unlock it to carry on; nothing you wrote has been lost.
error-io = Harbour could not read or write a file. Check there is space on this device, then try again.
error-storage = Harbour could not save just now. Check there is space on this device, then try again.
error-unknown_field = That part of the plan doesn’t exist.
error-item_not_found = That entry is no longer there. It may have been removed.
error-too_long = That is longer than Harbour can keep in one place. Please split it up.
error-plan_corrupt = Part of your plan could not be read. You can restore it from a backup.

## Language and Easy Read

language-label = Language
easy-read-label = Easy Read: shorter sentences and simpler words
language-needs-review = This translation is new. A native speaker has not checked it yet.
# Heads the last entries of the language list: test languages made from English, with accents,
# longer text and right to left, so translators can spot untranslated or cut-off words.
language-pseudo-group = For translators: test languages
easy-read-toggle = Easy Read
read-aloud = Read aloud
read-aloud-stop = Stop reading
error-message_too_large = This sync message is too big to open. Nothing of yours was changed.
error-message_invalid = This sync message is damaged, so it was not used. Nothing of yours was changed.
error-message_unauthentic = This sync message could not be checked, so it was not used. It may have been changed on the way.
error-message_replayed = This sync message was already received, so it was not used again.
error-write_refused = A change came from someone who may not make it, so Harbour refused it.
error-invite_invalid = This invite does not look right. Please ask for a new one.
error-invite_expired = This invite has run out. Please ask for a new one.
error-invite_used = This invite has already been used. Please ask for a new one.
error-bundle_invalid = This sync file is damaged or is not from Harbour. Nothing of yours was changed.
error-supporter_not_found = There is no supporter with that name.
error-supporter_exists = You already have a supporter with that name. Please choose another name.
error-person_not_found = Nobody with that name shares a plan with you.
error-device_not_found = There is no linked device with that name.
error-rate_limited = A signal was sent a moment ago. Please wait a little before sending another.
error-code_mismatch = That code does not match. Nothing was shared. Check the code on the other screen and try again.
error-code_ambiguous = More than one app answered with that code, so someone else may have the link. To be safe, nobody was added: stop this invite and make a new one.
error-vault_busy = Your plan is open in another Harbour window or program. Close it there, then try again.
error-passphrase_too_short = A new passphrase needs at least 10 characters. Longer is stronger.
error-output_file_required = A PDF can only be saved to a file. Choose where to save it.

## Sharing
## Supporters, plans shared with me, own devices, update files and the sync
## setting (ui/src/screens/Supporters, SharedWithMe, Devices; components/UpdateFiles, SyncSettings).

home-sharing-heading = Sharing
home-sharing-body = Share parts of your plan with people you trust, read plans others share with you, and link your other devices. Nothing is shared until you choose.
nav-supporters = People I share with
nav-shared = Shared with me
nav-devices = My devices

supporters-title = People I share with
supporters-intro = You choose exactly which parts of your plan each person sees. They need Harbour, but no account.
supporters-empty = You are not sharing your plan with anyone yet.
supporters-state-invited = Invited: waiting for them to join
supporters-state-expired = The invite ran out before they joined. Stop sharing and invite them again.
supporters-state-active = Sharing: they receive your updates
supporters-state-revoked = You stopped sharing
# $sections (String) - the titles of the parts of the plan this supporter sees, joined with commas, e.g. "Crisis plan, After a crisis"
supporters-sees = Sees: { $sections }
# $when (String) - when they were invited: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
supporters-invited-at = Invited { $when }
# $when (String) - when the last update from them arrived: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
supporters-last-synced = Last update from them: { $when }
supporters-never-synced = No update from them yet
supporters-role-accepted = They have accepted their role in your plan.
# $words (String) - what the supporter wrote about when and how they can help, in their own words, e.g. "I can be called at night."
supporters-availability = In their words: “{ $words }”
supporters-signals-on = They will be told if you start your crisis plan or ask for help.
supporters-replies = Their replies
supporters-revoke = Stop sharing with them
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-revoke-explain = If you stop sharing, { $name } gets no more updates, and Harbour on their device deletes your plan the next time it receives an update from you. What they have already seen may stay with them, for example if they copied, printed or photographed it.
supporters-revoke-confirm = Stop sharing
supporters-revoke-cancel = Keep sharing
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-revoked-done = You have stopped sharing with { $name }.
# $sections (String) - the titles of the parts of the plan they had been sent, joined with commas, e.g. "Crisis plan, After a crisis"
supporters-revoked-had = They had already received: { $sections }. Harbour on their device deletes it when it next gets an update from you. Anything they copied, printed or photographed may stay with them.
supporters-revoked-nothing = Nothing had reached them yet.
supporters-revoked-heading = People you stopped sharing with
# $when (String) - when the person stopped sharing with them: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
supporters-revoked-at = Stopped { $when }
supporters-ask-heading = Ask for help
supporters-ask-body = Tell the supporters who agreed that you would like help now. They get a short notice with no details, and your crisis plan. This does not call emergency services: if you are in danger now, call 999.
supporters-ask-button = Ask my supporters for help
# $count (Number) - how many supporters will be told (those who agreed to be), can be 0, e.g. 3
supporters-ask-done =
    { $count ->
        [0] Nobody has agreed to be told yet.
        [one] One supporter will be told with your next update.
       *[other] { $count } supporters will be told with your next update.
    }

supporters-invite-start = Invite someone
supporters-invite-heading = Invite someone to see part of your plan
supporters-invite-name = Their name
supporters-invite-from = Your name, as they will see it
supporters-invite-from-hint = For example, your first name. You can leave it empty.
supporters-invite-sections = What they can see
supporters-invite-signals = Tell them if I start my crisis plan or ask for help
supporters-invite-signals-hint = Only if they agree too. Harbour never calls emergency services.
# $name (String) - the supporter's name as typed so far in the invite, or the text of supporters-preview-someone ("this person") while it is empty, e.g. "Sam"
supporters-preview-heading = What { $name } will see
supporters-preview-someone = this person
supporters-preview-nothing = Choose at least one part to share.
supporters-invite-create = Make the invite
supporters-invite-cancel = Cancel
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-invite-ready = Your invite for { $name }
supporters-invite-private = Send this to them privately, for example in a message only they read. Anyone who has it can join, so do not post it anywhere public.
supporters-invite-link = Invite link
supporters-invite-copy = Copy the link
supporters-invite-copied = Copied.
supporters-invite-save = Save as a file
# $path (String) - the full path of the saved invite file, folder and file name, e.g. "/home/sam/Downloads/harbour-invite-2026-11-23.txt"
supporters-invite-saved = Saved: { $path }
supporters-invite-qr = Or they can scan this code with their device.
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-invite-qr-alt = QR code of the invite for { $name }
supporters-invite-code-later = When their app has answered, Harbour asks you for the code it shows. They read it to you, and you type it in below.
# $code (String) - the 6-digit confirmation code, written like "123 456", e.g. "482 915"
supporters-code = Confirmation code: { $code }. Check it is the same as theirs.
supporters-read-not-yet = They have not marked your plan as read yet.
supporters-read-earlier = They have not read your latest changes yet.
supporters-read-latest = They have read your latest changes.
# $days (Number) - how many days the invite link works, e.g. 7
supporters-invite-expires = The invite works once, for { $days } days.
supporters-invite-done = Done
supporters-state-waiting = Answered: waiting for you to type their code
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = { $name }’s app has answered. Ask { $name } to read you the code their app shows, and type it here. Nothing is shared until you do.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Code from { $name }’s app
supporters-confirm-button = Confirm
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = The code matched. { $name } gets your plan with your next update.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = More than one app has answered this invite, so someone else may have the link. To be safe, stop this invite and make a new one for { $name }.
confirm-code-hint = 6 numbers, for example 123 456
confirm-code-format = Please type all 6 numbers of the code, for example 123 456.

shared-title = Shared with me
shared-intro = Plans other people share with you. You can read them without internet.
shared-empty = Nobody shares a plan with you yet. When someone sends you an invite, paste it below.
# $sections (String) - the titles of the parts of their plan they share with you, joined with commas, e.g. "Crisis plan, After a crisis"
shared-sections = They share: { $sections }
shared-not-yet = Waiting for their first update.
shared-has-changes = Something has changed since you last read it.
shared-up-to-date = You have read the latest.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-open = Read { $person }’s plan
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-open-crisis = Open { $person }’s crisis plan
shared-back = Back to all shared plans
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-plan-title = { $person }’s plan
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-waiting = Nothing has arrived from { $person } yet. Open the update file they send you, below on the previous screen.
# $when (String) - when their last update arrived: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-updated-at = Last update received { $when }
shared-first-read = This is the first time you are reading it here.
# $count (Number) - how many answers in their plan changed since you last marked it read, e.g. 2
shared-changed =
    { $count ->
        [one] One part changed since you last read it:
       *[other] { $count } parts changed since you last read it:
    }
shared-nothing-changed = Nothing has changed since you last read it.
shared-mark-read = I have read it
shared-show-crisis = Show only the crisis plan
shared-show-all = Show everything they share
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $when (String) - when they started it: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-signal-crisis_plan_activated = { $person } has started their crisis plan ({ $when }). Their crisis plan says what they would like you to do.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $when (String) - when they asked: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-signal-ask_for_help = { $person } has asked for help ({ $when }). Their crisis plan says what they would like you to do.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $when (String) - when they sent it: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-signal-other = { $person } sent you a signal ({ $when }).
shared-signal-not-emergency = Harbour does not call emergency services. If someone is in danger now, call 999.
shared-role-heading = My role
shared-role-accepted = You have accepted your role.
shared-role-availability = When and how I can help
shared-role-availability-hint = For example: I can be called at night. Weekdays after 6pm.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-role-signals = Tell me if { $person } starts their crisis plan or asks for help
shared-role-signals-hint = You get a calm notice here. It has no details in it.
shared-role-accept = I accept my role
shared-role-saved = Saved. It goes to them with your next update.
shared-reply-heading = Reply
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-reply-label = A message for { $person }
shared-reply-send = Send reply
shared-reply-queued = Your reply goes to them with your next update.
shared-join-heading = Join with an invite
shared-join-intro = Someone sent you an invite link. Paste it here. You do not need an account.
shared-join-label = Invite link
shared-join-button = Join
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $sections (String) - the titles of the parts of their plan they share with you, joined with commas, e.g. "Crisis plan, After a crisis"
shared-joined = { $person } shares with you: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = Your confirmation code: { $code }. Read it to them, in person or on the phone: they type it into their app. Nothing is shared with you until they do.
shared-joined-next = Next, send them an update file (or sync, if sync is on), so their app gets your answer. Once they have typed your code, their plan arrives with their next update.

## A guide for supporters: shown when you join with an invite, and again from
## "Your role as a supporter" on the plan someone shares with you.

supporter-guide-title = Your role as a supporter
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
supporter-guide-intro = { $person } has asked you to support them. Here is what that means, in short.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
supporter-guide-asked-heading = What { $person } asks of you
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $sections (String) - the titles of the parts of their plan they share with you, joined with commas, e.g. "Crisis plan, After a crisis"
supporter-guide-asked-sections = { $person } shares these parts of their plan with you: { $sections }. Read them when they arrive, and again when something changes.
supporter-guide-asked-crisis = Their crisis plan says what they would like the people around them to do if things get hard. Look at the plan they shared with you to see what they ask of you.
supporter-guide-asked-plan = Look at the plan they shared with you. It says what helps them and what they would like from the people around them.
supporter-guide-asked-talk = If something in it is not clear, ask them at a calm time.
supporter-guide-not-heading = What you are not asked to do
supporter-guide-not-clinician = You are not their doctor, nurse or therapist. You do not have to treat them or fix things.
supporter-guide-not-always = You do not have to be there all the time. It is fine to say when you can help and when you cannot.
supporter-guide-not-share = Keep their plan private. Do not show it or pass it on to anyone else.
supporter-guide-worried-heading = If you are worried and cannot reach them
supporter-guide-worried-emergency = If you think their life is in danger, call 999 now. You can also call 112.
supporter-guide-worried-helplines = If it is not an emergency, you can call a helpline. They listen to people who are worried about someone, too.
supporter-guide-worried-harbour = Harbour does not call anyone for you.
supporter-guide-helplines = See the helplines
supporter-guide-close = Close this guide

devices-title = My devices
devices-intro = Link your phone and your computer, so your plan is on both.
devices-list-heading = Linked devices
devices-this-device = this device
devices-unnamed = A device with no name
devices-none = Only this device has your plan.
devices-remove = Remove this device
# $name (String) - the name the device was given when it was linked, e.g. "Sam's phone" (or the text of devices-unnamed when it has none)
devices-remove-explain = Remove { $name }? Your other devices move to a new key. What { $name } already holds may stay on it. To be sure your supporters’ links are safe too, invite them again.
devices-remove-confirm = Remove it
# $name (String) - the name the device was given when it was linked, e.g. "Sam's phone" (or the text of devices-unnamed when it has none)
devices-removed = { $name } was removed.
devices-link-heading = Link another device
devices-link-intro = Make a code here, then enter it on your other device.
devices-link-start = Make a code
devices-link-code = Enter this code on your other device:
devices-link-qr-alt = QR code to link another device
devices-link-next = Then send this device an update file from there. When it arrives, type in the code the new device shows, and send an update file back. The code works once.
devices-join-heading = This is my new device
devices-join-intro = Enter the code your other device shows.
devices-join-code = Code from my other device
devices-join-name = A name for this device
devices-join-button = Link this device
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = Almost linked. Confirmation code: { $code }. Now send your other device an update file (or sync), and type this code there. Your plan arrives with its next update after that.
# $code (String) - the 6-digit confirmation code that device showed, written like "123 456", e.g. "482 915"
devices-code = Confirmation code: { $code }. Check it is the same as the one that device showed when it joined.
devices-state-waiting = Answered: waiting for you to type its code
devices-waiting-heading = A new device has answered
devices-waiting-explain = Type the code it shows. Nothing is shared with it until you do.
devices-waiting-many = More than one device has answered. If you are linking only one, someone else may have your code: to be safe, make a new code and link again.
devices-confirm-label = Code from the new device
devices-confirm-button = Confirm
devices-confirmed = The code matched. The new device gets your plan with your next update.

sync-files-heading = Update files
sync-files-intro = Without a sync relay, updates travel as files: save one and send it by email, a messaging app or a USB stick. It is encrypted: only the people you share with can open it.
sync-file-save = Save an update file
# $path (String) - the full path of the saved update file, folder and file name, e.g. "/home/sam/Downloads/harbour-update-2026-11-23.harbour"
sync-file-saved = Saved: { $path }. Send this file to the people you share with.
sync-file-open-label = An update file someone sent you
sync-file-open = Open the update file
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = You opened the file “{ $name }” from your files. Nothing is read until you tap “Open the update file”.
# $accepted (Number) - how many updates from the file were received, at least 1, e.g. 3
sync-file-in-done =
    { $accepted ->
        [one] One update received.
       *[other] { $accepted } updates received.
    }
# $accepted (Number) - how many updates from the file were received, can be 0, e.g. 2
# $refused (Number) - how many could not be used, at least 1, e.g. 1
sync-file-in-some-refused = { $accepted } updates received; { $refused } could not be used. Nothing of yours was changed by them.
sync-file-in-nothing-new = Nothing new: you already had everything in this file.
sync-file-in-not-for-me = This file has nothing for you.
# $person (String) - the name of the person who stopped sharing their plan with you, as they gave it in their invite, e.g. "Alex"
sync-file-in-revoked = { $person } stopped sharing their plan with you, so it has been removed from this device.

sync-heading = Sync
sync-intro = Sync sends your updates through a relay, so you do not need files. It is off until you turn it on. While it is off, Harbour makes no internet connection.
sync-state-off = Sync is off.
# $url (String) - the relay's web address, as typed in the sync settings, e.g. "https://relay.example.org"
sync-state-on = Sync is on, through { $url }.
sync-relay-not-yet = This version of Harbour cannot reach a relay yet. Your choice is saved; until then, use update files.
sync-toggle = Sync through a relay
sync-relay-url = Relay address
sync-relay-url-hint = It starts with https://. Ask whoever runs your relay, for example a local charity.
sync-turn-on = Turn sync on
sync-save-address = Save the relay address
# $when (String) - when an update file was last saved: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
sync-last-file-out = Last update file saved { $when }
# $when (String) - when an update file was last opened: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
sync-last-file-in = Last update file opened { $when }
sync-status-off = Sync is off.
sync-status-waiting = Waiting to sync for the first time.
sync-status-synced = Synced.
sync-status-offline = Offline: your changes are kept and sent when the connection is back.
sync-status-error = Sync did not work last time.
# $when (String) - when Harbour last synced through the relay: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
sync-last-relay = Last synced { $when }
sync-retry = Harbour tries again by itself every minute. Nothing is lost in the meantime.
# $count (Number) - how many updates are waiting to be sent, at least 1, e.g. 2
sync-unsent =
    { $count ->
        [one] One update is waiting to be sent.
       *[other] { $count } updates are waiting to be sent.
    }
sync-now = Sync now
error-relay_unreachable = Harbour could not reach the relay. Check this device is online and the relay address is right.
error-relay_refused = The relay refused this update (for example it is full or the update is too large). Your plan is safe on this device; ask whoever runs the relay.

## My places

my-places-title = My places
my-places-intro = Places that help you, like a friend’s house. They are kept locked in your plan on this device and show in Find help while your plan is open.
my-places-empty = You have not added any places yet.
my-places-add = Add a place
my-places-add-title = Add a place
my-places-edit-title = Change this place
my-places-edit = Change
my-places-remove = Remove
# $name (String) - the name the person gave one of their own places, e.g. "Jo's house"
my-places-remove-confirm = Remove { $name }?
my-places-remove-yes = Yes, remove it
my-places-remove-no = Keep it
my-places-name = Name
my-places-phone = Phone number (optional)
my-places-address = Address (optional)
my-places-town = Town (optional)
my-places-postcode = Postcode (optional)
my-places-position = Exact position (optional)
my-places-position-hint = Latitude and longitude, for example 52.9107, -0.6423. Without it, Harbour uses the town centre.
my-places-hours = Opening times (optional)
my-places-hours-hint = In the OpenStreetMap form, for example: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Note (optional)
my-places-save = Save
my-places-cancel = Cancel
my-places-not-on-map = Not on the map: Harbour did not know the town. Search for its name to find it.
my-places-added-by-you = Added by you
find-kind-other = Other
error-place_name_required = Please give the place a name.
error-phone_invalid = That doesn’t look like a phone number. Use only numbers, spaces and a + at the start.
error-opening_hours_invalid = Harbour could not read those opening times. Try the form Mo-Fr 09:00-17:00, or leave them blank.
error-coordinates_invalid = That position doesn’t look right. Type the latitude and the longitude, separated by a comma, or leave it blank.
error-my_place_not_found = That place is no longer there. It may have been removed.

## Daily check-in

section-checkins-title = My daily check-in (the colour only)
checkin-heading = How are you today?
checkin-note-label = A few words, if you like (only you see them)
checkin-green = Green: I am OK
checkin-amber = Amber: I am finding things hard
checkin-red = Red: I am struggling a lot
checkin-state-green = green
checkin-state-amber = amber
checkin-state-red = red
# $state (String) - the latest check-in: the text of checkin-state-green, checkin-state-amber or checkin-state-red, e.g. "amber"
# $when (String) - when that state began: the text of checkin-when-today, a weekday ("Tuesday") or a day and month ("20 November") in the reader's language
checkin-since = My latest check-in: { $state }, since { $when }
checkin-when-today = today
checkin-privacy = One tap is enough. Your notes stay on your devices. A supporter sees your colour only if you share your check-in with them.
checkin-saved = Saved. Thank you for checking in.
checkin-red-heading = You said red. You do not have to face this alone.
checkin-red-body = Your crisis plan is here, and you can ask your supporters for help. Nothing is sent unless you tap.
checkin-red-plan = Open my crisis plan
checkin-history-heading = The last four weeks
# $green (Number) - days of the last four weeks whose last check-in was green, e.g. 12
# $amber (Number) - days whose last check-in was amber, e.g. 5
# $red (Number) - days whose last check-in was red, e.g. 1
# $none (Number) - days with no check-in, e.g. 10
checkin-history-summary = In the last four weeks: { $green } green, { $amber } amber, { $red } red, { $none } days with no check-in.
# $from (String) - the first day the chart shows, written out, e.g. "10 November 2026"
# $to (String) - the last day (today), written out, e.g. "7 December 2026"
checkin-history-range = From { $from } to { $to }
checkin-history-no-day = no check-in
checkin-history-list = My recent check-ins, as a list
# $person (String) - the name of the person who shares their plan, e.g. "Alex"
# $state (String) - their latest check-in: the text of checkin-state-green, checkin-state-amber or checkin-state-red, e.g. "amber"
# $when (String) - when that state began: the text of checkin-when-today, a weekday ("Tuesday") or a day and month ("20 November")
shared-checkin = { $person }’s check-in: { $state } since { $when }

## Photos on reasons and the toolbox

photo-add = Add a photo
photo-change = Change the photo
photo-remove = Remove the photo
photo-working = Adding the photo…
error-photo_invalid = That file is not a photo Harbour can use. Choose a JPEG, PNG, WebP or GIF picture.
error-photo_too_large = That photo is too large. Choose one smaller than 20 MB.
error-photo_not_found = That photo is no longer there.
