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
