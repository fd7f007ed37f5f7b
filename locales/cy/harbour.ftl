# Harbour — Cymraeg (Welsh). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = Neidio i'r cynnwys
loading = Yn llwytho…

## Navigation

nav-get-help-now = Cael help nawr

## Home

home-title = Croeso i Harbour
home-intro = Mae Harbour yn cadw eich cynllun adfer ac argyfwng yn ddiogel ar y ddyfais hon, ac yn ei rannu gyda'r bobl rydych chi'n eu dewis yn unig.
home-help-heading = Angen siarad â rhywun nawr?
home-help-body = Mae llinellau cymorth ar gael ddydd a nos. Gallwch eu ffonio neu anfon neges destun atyn nhw o'r fan hon.
home-privacy-heading = Eich cynllun chi yw e
home-privacy-body = Does dim byd rydych chi'n ei ysgrifennu yn gadael y ddyfais hon oni bai eich bod chi'n dewis ei rannu. Does gan Harbour ddim cyfrifon a dim tracio.

## Get help now

help-title = Cael help nawr
help-intro = Does dim rhaid i chi wynebu hyn ar eich pen eich hun. Mae'r llinellau cymorth hyn yno i wrando.
help-country-label = Gwlad
help-call = Ffonio
help-text = Neges destun
help-hours = Oriau: { $hours }
help-last-checked = Gwiriwyd ddiwethaf { $date }
help-source = Ffynhonnell
help-none = Does gennym ni ddim llinellau cymorth ar gyfer y wlad hon eto. Dewiswch wlad arall, neu chwiliwch am wasanaethau lleol.
help-caution = Gall rhifau ac oriau agor newid. Mae pob un yn dangos o ble daeth e a phryd cafodd ei wirio ddiwethaf.

## Errors (one per error code from the Rust core)

error-invalid_input = Doedd hynny ddim yn edrych yn iawn. Gwiriwch e a rhowch gynnig arall arni.
error-data_invalid = Doedd dim modd darllen peth o'r wybodaeth sydd wedi'i chynnwys yn Harbour. Rhowch wybod i dîm Harbour.
error-internal = Aeth rhywbeth o'i le. Dydych chi ddim wedi colli dim byd a ysgrifennoch chi.
