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
help-hours = Hours: { $hours }
help-last-checked = Last checked { $date }
help-source = Source
help-none = We don’t have helplines for this country yet. Choose another country, or look up local services.
help-caution = Numbers and opening times can change. Each one shows where it came from and when it was last checked.

## Errors (one per error code from the Rust core)

error-invalid_input = That didn’t look right. Please check it and try again.
error-data_invalid = Some of Harbour’s built-in information could not be read. Please tell the Harbour team.
error-internal = Something went wrong. Nothing you wrote has been lost.

## Language and Easy Read

language-label = Language
easy-read-label = Easy Read: shorter sentences and simpler words
language-needs-review = This translation is new. A native speaker has not checked it yet.
easy-read-toggle = Easy Read
read-aloud = Read aloud
read-aloud-stop = Stop reading
