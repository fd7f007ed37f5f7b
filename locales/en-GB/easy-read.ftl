# Harbour — Easy Read layer (British English).
# Same ids as harbour.ftl, in plain words: short sentences, one idea a line,
# no jargon (see jargon.txt). Any id missing here falls back to harbour.ftl.
# "Passphrase" is called "secret words" here, everywhere.

app-name = Harbour
skip-to-content = Go to the main part
loading = Please wait…

## Navigation

nav-get-help-now = Get help now

## Home

home-title = Welcome to Harbour
home-intro =
    Harbour keeps your plan safe.
    Your plan helps you when things get hard.
    Only people you choose can see it.
home-help-heading = Do you need to talk to someone now?
home-help-body =
    You can call or text a helpline.
    They are there day and night.
home-privacy-heading = Your plan is private
home-privacy-body =
    What you write stays on this phone or computer.
    You choose who sees it.
    Harbour does not watch what you do.

## Get help now

help-title = Get help now
help-intro =
    You are not alone.
    These people are there to listen.
help-country-label = Country
help-call = Call
help-text = Text
# $hours (String) - the helpline's opening hours in its source's own words, not translated (often English), e.g. "24 hours a day, every day of the year"
help-hours = Open: { $hours }
# $date (String) - the day the helpline's details were last checked, written out in the reader's language, e.g. "23 November 2026"
help-last-checked = We checked this on { $date }
help-source = Where this is from
help-none =
    We do not have helplines for this country yet.
    Please pick another country.
help-caution =
    Phone numbers can change.
    We show when we last checked each one.

## Find help

nav-find-help = Find a place near you
home-find-heading = Places you can go
home-find-body =
    Find a safe place to go near you.
    It works without the internet.
find-title = Find a place near you
find-intro =
    Type the name of a town.
    Harbour looks in its own list.
    It does not send anything.
find-place-label = Town, city or postcode
find-place-hint = For example: Leeds or M1 1AD
find-search = Search
find-open-now = Only show places that are open now
find-kind-label = What kind of place
find-kind-all = All places
find-kind-crisis_cafe = Crisis café: a calm place to go and talk
find-kind-safe_haven = Safe haven: a calm place to go and talk
find-kind-crisis_house = Crisis house: a place to stay for a short time
find-kind-peer_group = Group with people who have been through it too
find-kind-drop_in = Drop-in: you can just turn up
find-kind-helpline = Helpline
# $place (String) - the town or city the search found in Harbour's list of places, e.g. "Grantham"
find-near = Near { $place }
# $query (String) - the words the person typed in the search box when they are not a known town (matched against the places' names), as typed, e.g. "safe haven"
find-matching = Places that match “{ $query }”
find-none =
    We did not find anything here.
    Try a bigger town near you.
    Or call a helpline.
find-none-open =
    Nothing near here is open now.
    Helplines are open day and night.
find-status-open-all-day = Open all day and all night
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
    [monday] Opens on Monday at { $time }
    [tuesday] Opens on Tuesday at { $time }
    [wednesday] Opens on Wednesday at { $time }
    [thursday] Opens on Thursday at { $time }
    [friday] Opens on Friday at { $time }
    [saturday] Opens on Saturday at { $time }
   *[sunday] Opens on Sunday at { $time }
  }
find-status-closed = Not open this week
find-status-unknown =
    We do not know when it is open.
    Call or check before you go.
# $km (String) - the distance in kilometres, already written as a number in the reader's language (one decimal place under 10 km), e.g. "2.4"
find-distance = { $km } km away
# $km (String) - the distance in kilometres to the town centre (the exact position is not known), already written as a number in the reader's language, e.g. "12"
find-distance-approx = About { $km } km away from the middle of the town
# $town (String) - the town the place is in, as the source names it, e.g. "Grantham"
find-distance-in-town = In { $town }. We only know the town, not the street.
find-distance-unknown = We do not know how far away it is
find-referral-self_referral = You can just walk in
find-referral-phone_first = Call or book before you go
find-referral-referral_needed =
    You cannot just go.
    Someone like a doctor or nurse needs to send you.
# $ages (String) - the ages the place is for, as the source writes them, not translated, e.g. "18+" or "11-18"
find-age = For ages: { $ages }
find-call = Call
find-directions = How to get there
find-website = Website
# $text (String) - the opening times in the source's own words, in English, not translated, e.g. "7pm to 9pm on Mondays"
find-hours-source = Opening times from the list: { $text }
# $date (String) - the day this place's details were last checked, written out in the reader's language, e.g. "23 November 2026"
find-last-checked = We checked this on { $date }
# $months (Number) - whole months since the details were last checked, always more than 12, e.g. 15
find-stale =
    This may be old.
    We last checked it { $months } months ago.
find-stale-source =
    This may be old.
    The list it came from is old.
find-source = Where this is from
find-report = Tell us something is wrong
find-caution =
    Places can change their times.
    Call them first if you can.
    In an emergency, call 999.
# $place (String) - the town the search found, or the words the person typed if they are not a known town, e.g. "Leeds"
help-nearby-heading = Open now near { $place }
# $place (String) - the town the search found, or the words the person typed if they are not a known town, e.g. "Leeds"
help-nearby-none = Nothing near { $place } is open now.
help-find-more = Find a place near you

## Errors

error-invalid_input =
    That did not work.
    Please check it and try again.
error-data_invalid =
    Something is wrong inside Harbour.
    Please tell the Harbour team.
error-internal =
    Something went wrong.
    Your plan is safe.

## Menu

nav-quick-exit = Leave fast
nav-quick-exit-hint =
    This hides Harbour at once.
    It locks your plan.
    You can also press the Escape key two times.
nav-settings = Settings
nav-my-plan = My plan
nav-lock = Lock
nav-menu = More choices

## First time

welcome-title = Welcome to Harbour
welcome-lead =
    Harbour is a calm and private place.
    You can write what helps you stay well.
    You can write what you want to happen when things get hard.
welcome-does-heading = What Harbour does
welcome-does-1 =
    Harbour keeps your plan on this phone or computer.
    It locks your plan with secret words.
    Only you know the secret words.
welcome-does-2 =
    Harbour helps you write your plan.
    You can write one part at a time.
    You can take your time.
welcome-does-3 =
    You can print a small card for a crisis.
    You can print a one-page plan to stay safe.
welcome-doesnt-heading = What Harbour does not do
welcome-doesnt-1 =
    Harbour does not watch what you do.
    What you write stays here.
    It only goes to people if you choose to share it.
welcome-doesnt-2 =
    Harbour does not call anyone for you.
    It is not an emergency service.
welcome-doesnt-3 =
    Nobody can open your plan without your secret words or recovery key.
    Not even us.
welcome-start = Start
welcome-restore = I have a copy of my plan
# $step (Number) - the step of setting up Harbour the person is on, 1 to 3, e.g. 2
# $total (Number) - how many steps there are, always 3
welcome-step = Step { $step } of { $total }
welcome-language-title = Language and reading
welcome-language-lead =
    Choose how Harbour talks to you.
    You can change this later in Settings.
welcome-language-label = Language
welcome-easy-read-label = Easy Read: short sentences and easy words
welcome-next = Next
welcome-back = Back
passphrase-title = Choose your secret words
passphrase-lead =
    Your secret words lock your plan.
    Choose a few everyday words.
    Put them together in a way only you would.
    For example: “kettle river yellow sock”.
passphrase-label = Secret words
passphrase-confirm-label = Type them again
passphrase-show = Show my secret words
# $level (String) - how strong the passphrase is: the text of one of passphrase-strength-0 to passphrase-strength-4, e.g. "weak"
passphrase-strength = How strong: { $level }
passphrase-strength-0 = too short
passphrase-strength-1 = weak
passphrase-strength-2 = OK
passphrase-strength-3 = good
passphrase-strength-4 = strong
passphrase-tip-length =
    Use at least 10 letters.
    Longer is better.
passphrase-tip-words = Try adding one more word.
passphrase-tip-common =
    Lots of people use those words.
    They are easy to guess.
passphrase-tip-good = That looks good.
passphrase-mismatch = The two are not the same yet.
passphrase-create = Lock my plan with these secret words
passphrase-creating =
    Getting your plan ready.
    This takes a moment…
recovery-title = Your recovery key
recovery-lead =
    Your recovery key is a spare key to your plan.
    Use it if you forget your secret words.
    You can see it again in Settings.
    You need your secret words to see it.
recovery-key-label = Recovery key
recovery-print = Print it
recovery-save = Save it in a file
# $name (String) - the file name the recovery key was saved as, e.g. "harbour-recovery-key.txt"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-recovery-key.txt"
recovery-saved-to = Saved as { $name } in { $path }
recovery-confirm = I have put my recovery key somewhere safe
recovery-confirm-first =
    First print or save the key.
    Then tick the box.
recovery-continue = Go to my plan
recovery-keep-safe =
    Keep it somewhere private, not on this phone or computer.
    For example, with your important papers.
    Or with someone you trust.

## Unlock and leave fast

unlock-title = Open your plan
unlock-lead = Type your secret words to open your plan.
unlock-passphrase-label = Your secret words
unlock-button = Open
unlock-working = Opening…
unlock-use-recovery = I forgot my secret words. Use my recovery key.
unlock-use-passphrase = Use my secret words
unlock-recovery-label = Recovery key
unlock-recovery-hint =
    This is the key you printed or saved at the start.
    Spaces and dashes do not matter.
unlock-locked-idle =
    Harbour locked your plan.
    This keeps it private.
neutral-title = Notes
neutral-note-label = Note
neutral-done = Done

## My plan

home-plan-title = My plan
home-plan-intro =
    Write a little at a time.
    Harbour saves it as you type.
home-crisis-heading = My plan for a crisis
# $status (String) - the crisis plan's state: the text of crisis-status-inactive, crisis-status-active or crisis-status-stood_down, e.g. "in use"
home-crisis-status = Now: { $status }
home-crisis-open = Open my crisis plan
home-crisis-edit = Change my crisis plan
home-sections-heading = The parts of my plan
# $filled (Number) - how many questions in this part have an answer, e.g. 2
# $total (Number) - how many questions this part has, e.g. 3
home-filled = { $filled } of { $total } done
# $date (String) - the day the person last looked over this part, written out in the reader's language, e.g. "23 November 2026"
home-last-reviewed = Last looked at on { $date }
home-never-reviewed = Not looked at yet
home-views-heading = Read or print my plan
home-view-full = All of my plan
home-view-safety = My plan to stay safe, on one page
home-view-crisis = My crisis plan to read
home-view-card = Small crisis card for my wallet
crisis-status-inactive = not in use
crisis-status-active = in use
crisis-status-stood_down = over
# $by (String) - who made the change: the text of crisis-me ("me") or a supporter's name, e.g. "Sam"
# $date (String) - the day of the change, written out in the reader's language, e.g. "23 November 2026"
crisis-status-since = { $by } changed this on { $date }

## The parts of the plan

section-toolbox-title = Things that help me
section-toolbox-intro =
    Things that help you feel well.
    Things you want to stay away from.
section-daily-title = Every day
section-daily-intro =
    What a good day is like for you.
    What helps you have good days.
section-triggers-title = Things that upset me
section-triggers-intro =
    Things that can upset you.
    What you can do when they happen.
    Take your time.
section-early_warning-title = First signs
section-early_warning-intro =
    Small signs that things are getting harder.
    What helps then.
section-breaking_down-title = When things get very bad
section-breaking_down-intro =
    Signs that things are very bad.
    What to do straight away.
    This can be asking for help.
section-crisis-title = Crisis plan
section-crisis-intro =
    This part is for the people who help you.
    It tells them what you want.
    They use it if you cannot tell them.
section-after_crisis-title = After a crisis
section-after_crisis-intro =
    How you know the crisis is over.
    What helps you get better again.
section-reasons-title = Reasons to keep going
section-reasons-intro =
    This part is just for you.
    The people and things you love.

crisis-part-well = What I am like when I am well
crisis-part-take_over = When others should take over
crisis-part-people = Who I want to help me, and who I do not
crisis-part-medication = Medicine
crisis-part-treatments = Care and help from doctors
crisis-part-home = Help at home or near home
crisis-part-places = Places for care
crisis-part-help = Help from other people
crisis-part-surroundings = Making my home safer
crisis-part-money = Money
crisis-part-ending = When I do not need this plan any more
crisis-part-advance_choice = My wishes for my care
crisis-parts-heading = The parts of my crisis plan
crisis-back = All parts of my crisis plan

## Questions in the plan: a title, a help line and an example

field-toolbox-helps = Things that help me stay well
field-toolbox-helps-hint = Things that make you feel better or calmer.
field-toolbox-helps-example =
    For example: a walk by the river.
    Calling my sister.
    A hot bath.
field-toolbox-avoid = Things I try to stay away from
field-toolbox-avoid-hint = Things that make you feel worse.
field-toolbox-avoid-example =
    For example: too much coffee.
    Being on my phone late at night.
    Not eating.
field-daily-when_well = What I am like when I am well
field-daily-when_well-hint = Say what you are like on a good day.
field-daily-when_well-example =
    For example: I talk a lot.
    I like cooking.
    I sleep well.
field-daily-every_day = What I need to do every day
field-daily-every_day-hint = Small things every day that keep you well.
field-daily-every_day-example =
    For example: eat breakfast.
    Take my tablets.
    Go outside for ten minutes.
field-daily-might_need = Things I might need to do
field-daily-might_need-hint = Things that help sometimes, not every day.
field-daily-might_need-example =
    For example: wash my clothes.
    See a friend.
    Pay a bill.
field-triggers-triggers = Things that upset me
field-triggers-triggers-hint = Things that happen and make you upset or unsettled.
field-triggers-triggers-example =
    For example: arguments.
    Worries about money.
    Loud busy places.
field-triggers-must_do = When that happens, I will
field-triggers-must_do-hint = What you will do when something upsets you.
field-triggers-must_do-example =
    For example: tell someone I trust.
    Breathe slowly.
    Go somewhere quiet.
field-triggers-might_do = I might also
field-triggers-might_do-hint = Other things to try if you feel able to.
field-triggers-might_do-example =
    For example: write it down.
    Go for a run.
    Watch a film I like.
field-early_warning-signs = Small changes I notice
field-early_warning-signs-hint = Small changes you or people close to you might see first.
field-early_warning-signs-example =
    For example: I sleep badly.
    I do not answer messages.
    I feel tense.
field-early_warning-must_do = When I notice them, I will
field-early_warning-must_do-hint = Things that help you feel better again.
field-early_warning-must_do-example =
    For example: go to bed at the same time.
    Tell my partner.
field-early_warning-might_do = I might also
field-early_warning-might_do-hint = Other things that help sometimes.
field-early_warning-might_do-example =
    For example: take a day off work.
    See my doctor.
field-breaking_down-signs = Signs that things are getting much worse
field-breaking_down-signs-hint = Signs that you need more help now.
field-breaking_down-signs-example =
    For example: I stop eating.
    I do not sleep for days.
    I feel there is no hope.
field-breaking_down-must_do = Things I will do straight away
field-breaking_down-must_do-hint = Who you will ask for help, and how.
field-breaking_down-must_do-example =
    For example: call my mental health worker.
    Stay with my friend.
    Call a helpline.
field-breaking_down-might_do = I might also
field-breaking_down-might_do-hint = Other things that could help now.
field-breaking_down-might_do-example =
    For example: ask a friend to stay the night.
    Give my car keys to someone.
field-crisis-when_well = What I am like when I am well
field-crisis-when_well-hint =
    This helps other people see the difference.
    Write it for someone who does not know you well.
field-crisis-when_well-example =
    For example: I am quiet but friendly.
    I like to do things the same way.
    I look after my dog every day.
field-crisis-take_over_signs = Signs that other people should take over
field-crisis-take_over_signs-hint = What people would see that means they need to act for you.
field-crisis-take_over_signs-example =
    For example: I stop eating.
    I do not know who people are.
    I talk about not being here.
field-crisis-supporters = People I want to help me
field-crisis-supporters-hint =
    Who they are.
    How to reach them.
    What you want each of them to do.
field-crisis-supporters-example =
    For example: Sam, my sister, 07700 900123.
    She stays with me and calls my doctor.
field-crisis-not_involved = People I do not want to help me
field-crisis-not_involved-hint = You can say why if you want to.
field-crisis-not_involved-example = For example: my ex-partner.
field-crisis-disagreements = If my helpers do not agree
field-crisis-disagreements-hint = How your helpers should decide if they do not agree.
field-crisis-disagreements-example = For example: my sister decides.
field-crisis-medication_current = Medicine I take now
field-crisis-medication_current-hint =
    The name, how much, and what it is for.
    Only if you know.
field-crisis-medication_current-example = For example: sertraline 50 mg every morning.
field-crisis-medication_preferred = Medicine I would like
field-crisis-medication_preferred-hint = Say why: what has helped before.
field-crisis-medication_preferred-example =
    For example: diazepam.
    It calms me but does not make me too sleepy.
field-crisis-medication_acceptable = Medicine that is OK for me
field-crisis-medication_acceptable-hint = If you cannot have the one you would like.
field-crisis-medication_acceptable-example = For example: sleeping tablets for a short time.
field-crisis-medication_unacceptable = Medicine I do not want
field-crisis-medication_unacceptable-hint = Say why, so people understand.
field-crisis-medication_unacceptable-example =
    For example: olanzapine.
    I put on a lot of weight last time.
field-crisis-allergies = Allergies
field-crisis-allergies-hint = Medicine, food or anything else that makes you ill.
field-crisis-allergies-example = For example: penicillin.
field-crisis-treatments_current = Care I get now
field-crisis-treatments_current-hint = Any help or care you get at the moment.
field-crisis-treatments_current-example = For example: talking to a counsellor every week.
field-crisis-treatments_preferred = Care I would like
field-crisis-treatments_preferred-hint = Say why: what has helped before.
field-crisis-treatments_preferred-example =
    For example: a crisis team visits me at home.
    Being at home helps me.
field-crisis-treatments_acceptable = Care that is OK for me
field-crisis-treatments_acceptable-hint = If you cannot have the care you would like.
field-crisis-treatments_acceptable-example = For example: a short stay in a crisis house.
field-crisis-treatments_unacceptable = Care I do not want
field-crisis-treatments_unacceptable-hint = Say why, so people understand.
field-crisis-treatments_unacceptable-example =
    For example: being held down.
    It happened before and it hurt me.
field-crisis-home_care = How I can stay at home or near home
field-crisis-home_care-hint = What would help you get through a crisis at home or nearby.
field-crisis-home_care-example =
    For example: my friends take turns to stay with me.
    The crisis team visits every day.
field-crisis-places_preferred = Places I would like to get care
field-crisis-places_preferred-hint = Hospitals or other places that have been good for you.
field-crisis-places_preferred-example = For example: the crisis house in town.
field-crisis-places_unacceptable = Places I do not want to go
field-crisis-places_unacceptable-hint = You can say why.
field-crisis-places_unacceptable-example = For example: a hospital far from home.
field-crisis-help_wanted = What helps me in a crisis
field-crisis-help_wanted-hint = What other people can do or say that helps.
field-crisis-help_wanted-example =
    For example: talk slowly.
    Sit with me.
    Remind me to drink water.
field-crisis-help_unwanted = What does not help
field-crisis-help_unwanted-hint = What other people should not do, even if they mean well.
field-crisis-help_unwanted-example =
    For example: lots of questions.
    Too many people around me.
    Telling me to cheer up.
field-crisis-if_danger = If I might hurt myself or other people
field-crisis-if_danger-hint = What you want people to do.
field-crisis-if_danger-example =
    For example: take my car keys.
    Call the crisis line.
    Stay with me.
field-crisis-responsibilities = Who looks after what
field-crisis-responsibilities-hint =
    Children, pets, bills and your home.
    Who looks after each one.
field-crisis-responsibilities-example = For example: Jo next door feeds my cat.
field-crisis-safer_surroundings = Making my home safer
field-crisis-safer_surroundings-hint = Things to put away or take away while things are hard.
field-crisis-safer_surroundings-example = For example: give my spare tablets to the chemist.
field-crisis-money = Money
field-crisis-money-hint = Bills, bank cards and spending, and who can help.
field-crisis-money-example =
    For example: my bank can stop my card.
    My brother pays the rent.
field-crisis-no_longer_needed_signs = Signs that I do not need this plan any more
field-crisis-no_longer_needed_signs-hint = How people will know you can take charge again.
field-crisis-no_longer_needed_signs-example =
    For example: I sleep all night.
    I cook for myself.
field-crisis-values_statement = What matters to me
field-crisis-values_statement-hint = What is important to you. This helps people choose the way you would.
field-crisis-values_statement-example = For example: my children, my faith, my job.
field-crisis-professionals_shared = Who has a copy of my wishes
field-crisis-professionals_shared-hint = Doctors, nurses or other people you gave a copy to.
field-crisis-professionals_shared-example = For example: my doctor, Dr Rees.
field-after_crisis-out_of_crisis_signs = How I will know the crisis is over
field-after_crisis-out_of_crisis_signs-hint = Signs that the worst part is over.
field-after_crisis-out_of_crisis_signs-example = For example: I want to see my friends again.
field-after_crisis-helpers = Who helps me after a crisis
field-after_crisis-helpers-hint = People who help you get back to normal.
field-after_crisis-helpers-example =
    For example: my support worker.
    My neighbour.
field-after_crisis-first_steps = What I will do first
field-after_crisis-first_steps-hint = Small, gentle steps back to your everyday life.
field-after_crisis-first_steps-example =
    For example: one short walk a day.
    Go back to work for a few hours.
field-after_crisis-learning = What I learned
field-after_crisis-learning-hint = Anything you want to remember or do differently next time.
field-after_crisis-learning-example = For example: I need to ask for help sooner.
field-reasons-reasons = My reasons to keep going
field-reasons-reasons-hint = People, pets, plans and places that matter to you.
field-reasons-reasons-example =
    For example: my niece.
    Seeing the sea again.
    My cat Pickle.
field-reasons-good_moments = Good times
field-reasons-good_moments-hint = Good memories you want to keep close.
field-reasons-good_moments-example = For example: the day we watched the sun come up at the beach.

## The boxes inside a list

item-key-text = What
item-key-why = Why
item-key-name = Name
item-key-role = Who they are to me
item-key-contact = How to reach them
item-key-tasks = What I would like them to do
item-key-task = What needs doing
item-key-who = Who will do it

## Writing your plan

editor-back-home = Back to my plan
editor-add = Add
# $field (String) - the title of the question whose list gets the new entry, e.g. "Things that help me stay well"
editor-add-label = Add to “{ $field }”
editor-add-another = Add one more
editor-move-up = Move up
editor-move-down = Move down
editor-remove = Take out
# $n (Number) - the entry's place in the list, counting from 1, e.g. 2
editor-item-label = Number { $n }
editor-removed = Taken out.
editor-undo = Put it back
editor-empty-list = Nothing here yet.
editor-mark-reviewed = I looked at this part today
editor-reviewed-today =
    You looked at this part today.
    Thank you.
# $section (String) - the title of the next part of the plan, or of the next part of the crisis plan, e.g. "Every day" or "Medicine"
editor-next-section = Next: { $section }
save-saving = Saving…
save-saved = Saved
save-error =
    Not saved yet.
    Harbour will try again.

## Read and print

views-title = Read or print my plan
views-full = All of my plan
views-safety = My plan to stay safe
views-crisis = My crisis plan to read
views-card = Crisis card
views-print = Print on paper
views-save-pdf = Save as a file
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved =
    Your file is saved.
    It is called { $name }.
    It is in { $path }.
    Your secret words do not lock this file.
    Keep it somewhere private.
views-print-a4 = Normal paper
views-print-phone = Small pages for a phone
views-print-layout = Page size
# $date (String) - the day the person dated their plan, written out in the reader's language, e.g. "23 November 2026" (printed pages: "2026-11-23")
views-valid-as-of = This is right on { $date }
# $date (String) - the day the person last looked over this part, written out in the reader's language, e.g. "23 November 2026" (printed pages: "2026-11-23")
views-reviewed = Last looked at on { $date }
views-empty = Nothing written here yet.
views-empty-hint =
    Write in “My plan” first.
    Then it will show here.
views-card-title = My crisis card
views-card-intro =
    Cut out this card.
    Keep it in your wallet or purse.
views-card-contacts = Please call
views-card-helps = What helps me
views-card-allergies = Allergies
views-card-more = My full crisis plan is in Harbour on my phone.
safety-part-safety_warning_signs = Signs that things are getting hard
safety-part-safety_coping = Things I can do to feel better
safety-part-safety_actions = Things I will do
safety-part-safety_people = People I can ask for help
safety-part-safety_surroundings = Making my home safer
safety-part-safety_reasons = My reasons to keep going
crisis-activate = Start my crisis plan
crisis-stand-down = My crisis is over: stop my crisis plan
crisis-activate-note =
    This shows that your crisis plan is in use now.
    You and the people you share it with can see this.
    It does not call anyone.
    It does not send anything.
crisis-me = me

## Settings

settings-title = Settings
settings-display = How Harbour looks
settings-text-size = Size of the words
# $percent (Number) - the text size as a percentage of normal: 100, 125, 150, 175 or 200, e.g. 125
settings-text-size-value = { $percent }%
settings-high-contrast = Stronger colours
settings-reduced-motion = Less moving on the screen
settings-language = Language and Easy Read
settings-privacy = Keeping it private
settings-auto-lock = Lock Harbour when I have not used it for
# $minutes (Number) - minutes without use before Harbour locks: 1, 2, 5, 10, 15, 30 or 60, e.g. 5
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
  }
settings-saved = Settings saved.
settings-passphrase = Change my secret words
settings-passphrase-current = My secret words now
settings-passphrase-new = New secret words
settings-passphrase-confirm = Type the new secret words again
settings-passphrase-change = Change my secret words
settings-passphrase-changed =
    Your secret words are changed.
    Your recovery key still works.
settings-recovery-key = My recovery key
settings-recovery-key-intro =
    Your recovery key opens your plan if you forget your secret words.
    Type your secret words to see your key again.
    You can also make a new key.
settings-recovery-key-passphrase = My secret words
settings-recovery-key-show = Show my recovery key
settings-recovery-key-new = Make a new recovery key
settings-recovery-key-working = Checking your secret words…
settings-recovery-key-hide = Hide my recovery key
settings-recovery-key-none =
    Harbour cannot show the key for this plan.
    Your plan was made before Harbour kept the key.
    You can make a new key.
settings-recovery-key-new-explain =
    A new key takes the place of your key now.
    Your old key will stop working.
    Your secret words stay the same.
    Copies of your plan made before still open with the old key.
    So make a new copy of your plan too.
settings-recovery-key-new-confirm = Yes, make a new key
settings-recovery-key-new-cancel = Keep my key
settings-recovery-key-made =
    This is your new recovery key.
    Your old key does not work any more.
    Copies of your plan made before still open with the old key.
    Make a new copy of your plan too.
settings-backup = Make a copy of my plan
settings-backup-intro =
    A backup is a copy of your whole plan in one locked file.
    Keep it somewhere safe.
    Do not keep it only on this phone or computer.
settings-backup-passphrase = Secret words for the copy
settings-backup-passphrase-hint =
    You need these secret words or your recovery key to use the copy.
    After that, they become your secret words.
settings-backup-create = Make a copy
# $name (String) - the file name the backup was saved as, with today's date, e.g. "harbour-backup-2026-11-23.harbour"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-backup-2026-11-23.harbour"
settings-backup-created = Copy saved as { $name } in { $path }
settings-restore = Get my plan back from a copy
settings-restore-intro =
    This puts the plan from the copy here.
    It takes the place of the plan you have now.
    Harbour keeps your plan from now locked in its folder.
settings-restore-file = The copy of my plan
settings-restore-passphrase = The secret words for the copy
settings-restore-button = Get my plan back
settings-restored = Your plan is back.
settings-about = About Harbour
# $version (String) - Harbour's version number, e.g. "0.1.0"
settings-about-version = Harbour version { $version }
settings-about-body =
    Harbour is free.
    It uses the MIT or Apache 2.0 licence.
    It has no accounts.
    It does not watch what you do.
    It does not send reports when it goes wrong.
settings-about-data =
    The helplines and places come from lists.
    Each one says which list it came from.
    It also says when we last checked it.
settings-about-symbols = Easy Read pictures: Mulberry Symbols by Steve Lee, licensed CC BY-SA 4.0.
settings-about-fonts = The words use the letters on your phone or computer.

## Problems with your plan

error-wrong_passphrase =
    Those secret words do not open this plan.
    Check for capital letters and spaces.
    Then try again.
error-wrong_recovery_key =
    That recovery key does not open this plan.
    Check it against your printed or saved copy.
error-invalid_recovery_key =
    That is not a Harbour recovery key.
    Check each group of letters and numbers.
error-passphrase_required = Please type your secret words.
error-vault_corrupt =
    Your plan on this phone or computer is broken.
    You can get it back from a copy.
error-kdf_params_out_of_range =
    Harbour did not open your plan.
    The file has settings that Harbour will not use.
    You can get your plan back from a copy.
error-backup_corrupt =
    This copy is broken, or it is not from Harbour.
    Nothing here has changed.
error-vault_exists = There is already a plan here.
error-vault_not_found = There is no plan here yet.
error-vault_too_new =
    A newer Harbour saved this plan.
    Please get the newest Harbour to open it.
error-vault_locked =
    Your plan is locked.
    Open it to carry on.
    Nothing you wrote is lost.
error-io =
    Harbour could not open or save a file.
    Check there is space on this phone or computer.
    Then try again.
error-storage =
    Harbour could not save just now.
    Check there is space on this phone or computer.
    Then try again.
error-unknown_field = That part of the plan is not there.
error-item_not_found =
    That is not there any more.
    Someone may have taken it out.
error-too_long =
    That is too long for one place.
    Please split it into smaller parts.
error-plan_corrupt =
    Harbour cannot read part of your plan.
    You can get it back from a copy.

## Language

language-label = Language
easy-read-label = Easy Read: short sentences and easy words
language-needs-review =
    This language is new.
    Someone who speaks it has not checked it yet.
easy-read-toggle = Easy Read
read-aloud = Read it out loud
read-aloud-stop = Stop reading

## Problems with sharing

error-message_too_large =
    This update is too big to open.
    Nothing of yours has changed.
error-message_invalid =
    This update is broken, so Harbour did not use it.
    Nothing of yours has changed.
error-message_unauthentic =
    Harbour could not check this update, so it did not use it.
    Someone may have changed it on the way.
error-message_replayed =
    Harbour already has this update.
    It did not use it again.
error-write_refused =
    Someone tried to make a change they are not allowed to make.
    Harbour stopped it.
error-invite_invalid =
    This invite does not look right.
    Please ask for a new one.
error-invite_expired =
    This invite is too old.
    Please ask for a new one.
error-invite_used =
    Someone already used this invite.
    Please ask for a new one.
error-bundle_invalid =
    This file is broken, or it is not from Harbour.
    Nothing of yours has changed.
error-supporter_not_found = There is no helper with that name.
error-supporter_exists =
    You already have a helper with that name.
    Please choose another name.
error-person_not_found = Nobody with that name shares a plan with you.
error-device_not_found = There is no phone or computer with that name.
error-rate_limited =
    You sent a message a moment ago.
    Please wait a little before you send another.
error-code_mismatch =
    That code is not right.
    Nothing was shared.
    Check the code on the other screen and try again.
error-code_ambiguous =
    More than one app answered with that code.
    Someone else may have the link.
    To be safe, nobody was added.
    Stop this invite and make a new one.
error-vault_busy =
    Your plan is open in another Harbour window.
    Close it there, then try again.
error-passphrase_too_short =
    Your new secret words are too short.
    Use at least 10 letters, numbers or spaces.

## Sharing (Easy Read)
## Supporters, shared plans, devices, update files and sync.

home-sharing-body =
    Share parts of your plan with people you trust.
    Read plans other people share with you.
    Nothing is shared until you say so.
supporters-intro =
    You choose what each person can see.
    They need Harbour. They do not need an account.
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-revoke-explain =
    { $name } will get no more updates.
    Harbour on their phone or computer will delete your plan.
    They may still have what they saw before.
    For example, if they printed it.
# $sections (String) - the titles of the parts of the plan they had been sent, joined with commas, e.g. "Crisis plan, After a crisis"
supporters-revoked-had =
    They had already got: { $sections }.
    Harbour will delete it on their phone or computer.
    They may still have a copy they made.
supporters-invite-private =
    Send this only to them.
    Anyone with it can join.
supporters-invite-signals-hint =
    Only if they say yes too.
    Harbour never calls 999.
shared-intro =
    Plans other people share with you.
    You can read them without internet.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $when (String) - when they started it: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-signal-crisis_plan_activated =
    { $person } has started their crisis plan.
    Time: { $when }.
    Their plan says what they want you to do.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $when (String) - when they asked: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-signal-ask_for_help =
    { $person } has asked for help.
    Time: { $when }.
    Their plan says what they want you to do.
shared-signal-not-emergency =
    Harbour does not call 999.
    If someone is in danger now, call 999.
devices-intro =
    Put your plan on your phone and your computer.
sync-files-intro =
    Updates can go as a file.
    Save the file. Send it by email or a message.
    Only your people can open it.
sync-intro =
    This sends your updates for you.
    It is off until you turn it on.
    When it is off, Harbour does not use the internet.

# Exported and printed pages
# $status (String) - the crisis plan's state: the text of crisis-status-inactive, crisis-status-active or crisis-status-stood_down, e.g. "in use"
export-crisis-status = My crisis plan: { $status }
export-not-dated = No date yet
export-footer = Made with Harbour. This page is private. Keep it somewhere safe.
export-emergency = If you are in danger now, call 999.

## Sharing (Easy Read, more)

home-sharing-heading = Sharing
nav-supporters = People I share with
nav-shared = Shared with me
nav-devices = My phones and computers

supporters-title = People I share with
supporters-empty = You do not share your plan with anyone yet.
supporters-state-invited = Invited. Waiting for them to join.
supporters-state-expired =
    The invite got too old before they joined.
    Stop sharing, then invite them again.
supporters-state-active = Sharing. They get your updates.
supporters-state-revoked = You stopped sharing
# $sections (String) - the titles of the parts of the plan this supporter sees, joined with commas, e.g. "Crisis plan, After a crisis"
supporters-sees = They can see: { $sections }
# $when (String) - when they were invited: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
supporters-invited-at = Invited { $when }
# $when (String) - when the last update from them arrived: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
supporters-last-synced = Last update from them: { $when }
supporters-never-synced = No update from them yet
supporters-role-accepted = They said yes to helping you.
# $words (String) - what the supporter wrote about when and how they can help, in their own words, e.g. "I can be called at night."
supporters-availability = In their words: “{ $words }”
supporters-signals-on =
    They will be told if you start your crisis plan.
    They will be told if you ask for help.
supporters-replies = What they wrote back
supporters-revoke = Stop sharing with them
supporters-revoke-confirm = Stop sharing
supporters-revoke-cancel = Keep sharing
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-revoked-done = You stopped sharing with { $name }.
supporters-revoked-nothing = They had not got anything yet.
supporters-revoked-heading = People you stopped sharing with
# $when (String) - when the person stopped sharing with them: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
supporters-revoked-at = Stopped { $when }
supporters-ask-heading = Ask for help
supporters-ask-body =
    Tell your helpers you want help now.
    Only helpers who said yes will be told.
    They get a short message and your crisis plan.
    This does not call 999.
    If you are in danger now, call 999.
supporters-ask-button = Ask my helpers for help
# $count (Number) - how many supporters will be told (those who agreed to be), can be 0, e.g. 3
supporters-ask-done =
    { $count ->
        [0] Nobody has said yes to being told yet.
        [one] One helper will be told with your next update.
       *[other] { $count } helpers will be told with your next update.
    }

supporters-invite-start = Invite someone
supporters-invite-heading = Invite someone to see part of your plan
supporters-invite-name = Their name
supporters-invite-from = Your name, as they will see it
supporters-invite-from-hint =
    For example, your first name.
    You can leave it empty.
supporters-invite-sections = What they can see
supporters-invite-signals = Tell them if I start my crisis plan or ask for help
# $name (String) - the supporter's name as typed so far in the invite, or the text of supporters-preview-someone ("this person") while it is empty, e.g. "Sam"
supporters-preview-heading = What { $name } will see
supporters-preview-someone = this person
supporters-preview-nothing = Choose at least one part to share.
supporters-invite-create = Make the invite
supporters-invite-cancel = Cancel
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-invite-ready = Your invite for { $name }
supporters-invite-link = Invite link
supporters-invite-copy = Copy the link
supporters-invite-copied = Copied.
supporters-invite-save = Save as a file
# $path (String) - the full path of the saved invite file, folder and file name, e.g. "/home/sam/Downloads/harbour-invite-2026-11-23.txt"
supporters-invite-saved = Saved: { $path }
supporters-invite-qr = Or they can scan this code with their phone.
# $name (String) - the supporter's name, as the person typed it in the invite, e.g. "Sam"
supporters-invite-qr-alt = Code to scan, with the invite for { $name }
supporters-invite-code-later =
    When they join, Harbour asks you for their check code.
    They read it to you. You type it in below.
# $code (String) - the 6-digit confirmation code, written like "123 456", e.g. "482 915"
supporters-code =
    Check code: { $code }.
    It should be the same as their code.
supporters-read-not-yet =
    They have not read your plan yet.
supporters-read-earlier =
    You changed your plan.
    They have not read the changes yet.
supporters-read-latest =
    They have read your plan as it is now.
# $days (Number) - how many days the invite link works, e.g. 7
supporters-invite-expires =
    The invite works one time.
    It works for { $days } days.
supporters-invite-done = Done
supporters-state-waiting = They answered. Type their code to start sharing.
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain =
    { $name }’s app has answered.
    Ask { $name } to read you the code on their screen.
    Type it here.
    Nothing is shared until you do.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Check code from { $name }’s app
supporters-confirm-button = Check the code
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed =
    The code is right.
    { $name } gets your plan with your next update.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning =
    More than one app answered this invite.
    Someone else may have the link.
    To be safe, stop this invite.
    Then make a new one for { $name }.
confirm-code-hint = 6 numbers, for example 123 456
confirm-code-format =
    Please type all 6 numbers.
    For example: 123 456.

shared-title = Shared with me
shared-empty =
    Nobody shares a plan with you yet.
    Did someone send you an invite?
    Put it in the box below.
# $sections (String) - the titles of the parts of their plan they share with you, joined with commas, e.g. "Crisis plan, After a crisis"
shared-sections = They share: { $sections }
shared-not-yet = Waiting for their first update.
shared-has-changes = Something changed since you last read it.
shared-up-to-date = You have read the newest version.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-open = Read { $person }’s plan
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-open-crisis = Open { $person }’s crisis plan
shared-back = Back to all shared plans
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-plan-title = { $person }’s plan
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-waiting =
    Nothing has come from { $person } yet.
    Open the update file they send you.
    You can do this on the screen before.
# $when (String) - when their last update arrived: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-updated-at = Last update came { $when }
shared-first-read = This is the first time you read it here.
# $count (Number) - how many answers in their plan changed since you last marked it read, e.g. 2
shared-changed =
    { $count ->
        [one] One part changed since you last read it:
       *[other] { $count } parts changed since you last read it:
    }
shared-nothing-changed = Nothing changed since you last read it.
shared-mark-read = I have read it
shared-show-crisis = Show only the crisis plan
shared-show-all = Show everything they share
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $when (String) - when they sent it: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
shared-signal-other =
    { $person } sent you a message.
    Time: { $when }.
shared-role-heading = How I help
shared-role-accepted = You said yes to helping.
shared-role-availability = When and how I can help
shared-role-availability-hint =
    For example: You can call me at night.
    Or: Monday to Friday after 6pm.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-role-signals = Tell me if { $person } starts their crisis plan or asks for help
shared-role-signals-hint =
    You get a calm message here.
    It does not say any details.
shared-role-accept = I say yes to helping
shared-role-saved =
    Saved.
    It goes to them with your next update.
shared-reply-heading = Write back
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
shared-reply-label = A message for { $person }
shared-reply-send = Send
shared-reply-queued = Your message goes to them with your next update.
shared-join-heading = Join with an invite
shared-join-intro =
    Did someone send you an invite link?
    Put it here.
    You do not need an account.
shared-join-label = Invite link
shared-join-button = Join
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $sections (String) - the titles of the parts of their plan they share with you, joined with commas, e.g. "Crisis plan, After a crisis"
shared-joined = { $person } shares with you: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code =
    Your check code: { $code }.
    Read it to them. They type it in their app.
    Nothing is shared with you until they do.
shared-joined-next =
    Now send them an update file.
    Then their app gets your answer.
    When they have typed your code, their plan comes with their next update.

supporter-guide-title = How you can help
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
supporter-guide-intro =
    { $person } has asked you to help them.
    This tells you what that means.
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
supporter-guide-asked-heading = What { $person } asks you to do
# $person (String) - the name of the person who shares their plan with you, as they gave it in their invite, e.g. "Alex"
# $sections (String) - the titles of the parts of their plan they share with you, joined with commas, e.g. "Crisis plan, After a crisis"
supporter-guide-asked-sections =
    { $person } shares these parts of their plan with you:
    { $sections }.
    Read them when they come.
    Read them again when something changes.
supporter-guide-asked-crisis =
    Their crisis plan says what they want people to do.
    Look at the plan they shared with you.
    It tells you what they ask of you.
supporter-guide-asked-plan =
    Look at the plan they shared with you.
    It says what helps them.
supporter-guide-asked-talk =
    Is something not clear?
    Ask them when things are calm.
supporter-guide-not-heading = What you do not have to do
supporter-guide-not-clinician =
    You are not their doctor or nurse.
    You do not have to make them better.
supporter-guide-not-always =
    You do not have to be there all the time.
    It is OK to say when you can help.
supporter-guide-not-share =
    Their plan is private.
    Do not show it to anyone else.
supporter-guide-worried-heading = If you are worried and cannot reach them
supporter-guide-worried-emergency =
    Is their life in danger?
    Call 999 now.
    You can also call 112.
supporter-guide-worried-helplines =
    Not an emergency?
    You can call a helpline.
    They listen to people who are worried about someone.
supporter-guide-worried-harbour = Harbour does not call anyone for you.
supporter-guide-helplines = See the helplines
supporter-guide-close = Close

devices-title = My phones and computers
devices-list-heading = Joined phones and computers
devices-this-device = this one
devices-unnamed = A phone or computer with no name
devices-none = Your plan is only on this phone or computer.
devices-remove = Remove this one
# $name (String) - the name the device was given when it was linked, e.g. "Sam's phone"
devices-remove-explain =
    Remove { $name }?
    Your other phones and computers get a new lock.
    { $name } may still have what it had before.
    To keep your helpers safe too, invite them again.
devices-remove-confirm = Remove it
# $name (String) - the name the device was given when it was linked, e.g. "Sam's phone"
devices-removed = { $name } is removed.
devices-link-heading = Add another phone or computer
devices-link-intro =
    Make a code here.
    Then type it on your other phone or computer.
devices-link-start = Make a code
devices-link-code = Type this code on your other phone or computer:
devices-link-qr-alt = Code to scan, to add another phone or computer
devices-link-next =
    Then save an update file there and send it here.
    Type in the check code it shows.
    Then send an update file back.
    The code works one time.
devices-join-heading = This is my new phone or computer
devices-join-intro = Type the code your other phone or computer shows.
devices-join-code = Code from my other phone or computer
devices-join-name = A name for this phone or computer
devices-join-button = Join this one
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined =
    Nearly joined.
    Check code: { $code }.
    Now send an update file to your other one.
    Type this code there.
    Your plan comes with its next update after that.
# $code (String) - the 6-digit confirmation code that device showed, written like "123 456", e.g. "482 915"
devices-code =
    Check code: { $code }.
    It should be the same as the code on that phone or computer.
devices-state-waiting = It answered. Type its code to finish.
devices-waiting-heading = A new phone or computer answered
devices-waiting-explain =
    Type the code it shows.
    Nothing is shared with it until you do.
devices-waiting-many =
    More than one phone or computer answered.
    Someone else may have your code.
    To be safe, make a new code and start again.
devices-confirm-label = Check code from the new phone or computer
devices-confirm-button = Check the code
devices-confirmed =
    The code is right.
    Your plan goes to it with your next update.

sync-files-heading = Update files
sync-file-save = Save an update file
# $path (String) - the full path of the saved update file, folder and file name, e.g. "/home/sam/Downloads/harbour-update-2026-11-23.harbour"
sync-file-saved =
    Saved: { $path }.
    Send this file to the people you share with.
sync-file-open-label = An update file someone sent you
sync-file-open = Open the update file
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened =
    You chose the file { $name }.
    Tap “Open the update file” to see what is new.
# $accepted (Number) - how many updates from the file were received, at least 1, e.g. 3
sync-file-in-done =
    { $accepted ->
        [one] You got one update.
       *[other] You got { $accepted } updates.
    }
# $accepted (Number) - how many updates from the file were received, can be 0, e.g. 2
# $refused (Number) - how many could not be used, at least 1, e.g. 1
sync-file-in-some-refused =
    You got { $accepted } updates.
    Harbour could not use { $refused } of them.
    Nothing of yours has changed because of them.
sync-file-in-nothing-new =
    Nothing new.
    You already had everything in this file.
sync-file-in-not-for-me = This file has nothing for you.
# $person (String) - the name of the person who stopped sharing their plan with you, as they gave it in their invite, e.g. "Alex"
sync-file-in-revoked =
    { $person } stopped sharing their plan with you.
    Harbour took it off this phone or computer.

sync-heading = Send updates by internet
sync-state-off = Sending by internet is off.
# $url (String) - the relay's web address, as typed in the sync settings, e.g. "https://relay.example.org"
sync-state-on = Sending by internet is on, through { $url }.
sync-relay-not-yet =
    This Harbour cannot send by internet yet.
    Your choice is saved.
    For now, use update files.
sync-toggle = Send updates by internet
sync-relay-url = Web address for sending
sync-relay-url-hint =
    It starts with https://.
    Ask the people who run it, for example a local charity.
sync-turn-on = Turn it on
sync-save-address = Save the web address
# $when (String) - when an update file was last saved: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
sync-last-file-out = Last update file saved { $when }
# $when (String) - when an update file was last opened: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
sync-last-file-in = Last update file opened { $when }
sync-status-off = Sending by internet is off.
sync-status-waiting = Waiting to send for the first time.
sync-status-synced = Sent. Everything is up to date.
sync-status-offline =
    No connection now.
    Your changes are safe.
    They go when the connection is back.
sync-status-error = It did not work last time.
# $when (String) - when Harbour last synced through the relay: the date and time, written out in the reader's language, e.g. "23 November 2026 at 14:05"
sync-last-relay = Last sent { $when }
sync-retry =
    Harbour tries again by itself every minute.
    Nothing is lost.
# $count (Number) - how many updates are waiting to be sent, at least 1, e.g. 2
sync-unsent =
    { $count ->
        [one] One update is waiting to go.
       *[other] { $count } updates are waiting to go.
    }
sync-now = Send now
error-relay_unreachable =
    Harbour could not send your updates.
    Check this phone or computer is on the internet.
    Check the web address is right.
error-relay_refused =
    The relay said no to this update.
    Your plan is safe on this phone or computer.
    Ask the people who run the relay.

## My places (Easy Read)

my-places-title = My places
my-places-intro =
    Places that help you, like a friend’s house.
    They are locked in your plan.
    You see them in Find help when your plan is open.
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
my-places-phone = Phone number (you can leave this empty)
my-places-address = Address (you can leave this empty)
my-places-town = Town (you can leave this empty)
my-places-postcode = Postcode (you can leave this empty)
my-places-position = Where it is on the map (you can leave this empty)
my-places-position-hint =
    Two numbers with a comma, for example 52.9107, -0.6423.
    If you leave it empty, Harbour uses the middle of the town.
my-places-hours = Opening times (you can leave this empty)
my-places-hours-hint =
    Write them like this: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Note (you can leave this empty)
my-places-save = Save
my-places-cancel = Cancel
my-places-not-on-map =
    This place is not on the map.
    Harbour did not know the town.
    Search for its name to find it.
my-places-added-by-you = You added this
find-kind-other = Other
error-place_name_required = Please give the place a name.
error-phone_invalid =
    That does not look like a phone number.
    Use only numbers, spaces and a + at the start.
error-opening_hours_invalid =
    Harbour could not read those opening times.
    Write them like this: Mo-Fr 09:00-17:00.
    Or leave them empty.
error-coordinates_invalid =
    That place on the map does not look right.
    Type two numbers with a comma between them.
    Or leave it empty.
error-my_place_not_found =
    That place is not there any more.
    Someone may have removed it.

## Daily check-in

checkin-heading = How are you today?
checkin-note-label = Write a few words if you want to. Only you see them.
checkin-green = Green: I am OK
checkin-amber = Amber: things are hard
checkin-red = Red: things are very bad
checkin-privacy =
    Tap one colour.
    Your words stay with you.
    Helpers see your colour only if you say yes.
checkin-saved = Saved. Thank you.
checkin-red-heading = You said red. You are not alone.
checkin-red-body =
    Your crisis plan is here.
    You can ask your helpers for help.
    Nothing is sent until you tap.
section-checkins-title = My colour each day

## Photos

photo-add = Add a photo
error-photo_invalid =
    This file is not a photo.
    Choose a photo.
error-photo_too_large =
    This photo is too big.
    Choose a smaller photo.

## Notifications

settings-notifications-intro =
    Harbour can show you a message on this phone or computer.
    You choose which messages.
    The messages never show what is in a plan.
settings-notify-signals = Tell me when a person I support starts their crisis plan or asks for help
settings-review-reminder = Remind me to look at my plan
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body =
    Open Harbour to read { $person }’s crisis plan.
    It says how you can help.
    If someone is in danger now, call 999.
notify-review-body =
    You have not looked at some parts of your plan for a while.
    Open Harbour when you feel ready.
