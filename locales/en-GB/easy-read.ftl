# Harbour — Easy Read layer (British English).
# Same ids as harbour.ftl, in plain words: short sentences, one idea a line,
# no jargon (see jargon.txt). Any id missing here falls back to harbour.ftl.

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
help-hours = Open: { $hours }
help-last-checked = We checked this on { $date }
help-source = Where this is from
help-none =
    We do not have helplines for this country yet.
    Please pick another country.
help-caution =
    Phone numbers can change.
    We show when we last checked each one.

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

## Find help

nav-find-help = Find a place near you
home-find-heading = Places you can go
home-find-body =
    Find a safe place to go near you.
    It works without the internet.
help-nearby-heading = Open now near { $place }
help-nearby-none = Nothing near { $place } is open now.
help-find-more = Find a place near you
find-title = Find a place near you
find-intro =
    Type the name of a town.
    Harbour looks in its own list.
    It does not send anything.
find-none =
    We did not find anything here.
    Try a bigger town near you.
    Or call a helpline.
find-none-open =
    Nothing near here is open now.
    Helplines are open day and night.
find-caution =
    Places can change their times.
    Call them first if you can.
    In an emergency, call 999.

## My plan

home-plan-title = My plan
home-plan-intro =
    Write a little at a time.
    Harbour saves it as you type.
home-crisis-heading = My plan for a crisis
home-sections-heading = The parts of my plan
home-views-heading = Read or print my plan
section-toolbox-intro =
    Things that help you feel well.
    Things you want to stay away from.
section-daily-intro =
    What a good day is like for you.
    What helps you have good days.
section-triggers-intro =
    Things that can upset you.
    What you can do when they happen.
    Take your time.
section-early_warning-intro =
    Small signs that things are getting harder.
    What helps then.
section-breaking_down-intro =
    Signs that things are very bad.
    What to do straight away.
    This can be asking for help.
section-crisis-intro =
    This part is for the people who help you.
    It tells them what you want.
    They use it if you cannot tell them.
section-after_crisis-intro =
    How you know the crisis is over.
    What helps you get better again.
section-reasons-intro =
    This part is just for you.
    The people and things you love.

## Unlock and quick exit

unlock-title = Open your plan
unlock-lead = Type your secret words to open your plan.
unlock-passphrase-label = Your secret words
unlock-locked-idle =
    Harbour locked your plan.
    This keeps it private.
nav-quick-exit-hint =
    This hides Harbour at once.
    It locks your plan.

## Language

language-needs-review =
    This language is new.
    Someone who speaks it has not checked it yet.
