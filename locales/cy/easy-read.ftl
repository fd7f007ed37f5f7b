# Harbour — Cymraeg, Hawdd ei Ddeall (Easy Read).
# Yr un ids â harbour.ftl, mewn geiriau syml: brawddegau byr, un syniad ar bob llinell.
# Mae unrhyw id sydd ar goll yn defnyddio'r testun o harbour.ftl.

skip-to-content = Mynd i'r brif ran
loading = Arhoswch funud…
nav-get-help-now = Cael help nawr
home-title = Croeso i Harbour
home-intro =
    Mae Harbour yn cadw eich cynllun yn ddiogel.
    Mae eich cynllun yn eich helpu pan mae pethau'n anodd.
    Dim ond pobl rydych chi'n eu dewis sy'n gallu ei weld.
home-help-heading = Oes angen i chi siarad â rhywun nawr?
home-help-body =
    Gallwch ffonio neu anfon neges at linell gymorth.
    Maen nhw yno ddydd a nos.
home-privacy-heading = Mae eich cynllun yn breifat
home-privacy-body =
    Mae beth rydych chi'n ei ysgrifennu yn aros ar y ffôn neu'r cyfrifiadur hwn.
    Chi sy'n dewis pwy sy'n ei weld.
    Dydy Harbour ddim yn gwylio beth rydych chi'n ei wneud.
help-title = Cael help nawr
help-intro =
    Dydych chi ddim ar eich pen eich hun.
    Mae'r bobl hyn yno i wrando arnoch chi.
help-country-label = Gwlad
help-call = Ffonio
help-text = Neges destun
help-hours = Ar agor: { $hours }
help-last-checked = Fe wnaethon ni wirio hyn ar { $date }
help-source = O ble daeth hyn
help-none =
    Does gennym ni ddim llinellau cymorth i'r wlad hon eto.
    Dewiswch wlad arall.
help-caution =
    Gall rhifau ffôn newid.
    Rydyn ni'n dangos pryd gwnaethon ni wirio pob un.
error-invalid_input =
    Wnaeth hynny ddim gweithio.
    Gwiriwch a rhowch gynnig arall arni.
error-data_invalid =
    Mae rhywbeth o'i le y tu mewn i Harbour.
    Rhowch wybod i dîm Harbour.
error-internal =
    Aeth rhywbeth o'i le.
    Mae eich cynllun yn ddiogel.

## Find help

nav-find-help = Dod o hyd i le yn agos atoch chi
home-find-heading = Lleoedd gallwch chi fynd iddyn nhw
home-find-body =
    Dewch o hyd i le diogel yn agos atoch chi.
    Mae'n gweithio heb y rhyngrwyd.
help-nearby-heading = Ar agor nawr ger { $place }
help-nearby-none = Does dim byd ger { $place } ar agor nawr.
help-find-more = Dod o hyd i le yn agos atoch chi
find-title = Dod o hyd i le yn agos atoch chi
find-intro =
    Teipiwch enw tref.
    Mae Harbour yn edrych yn ei restr ei hun.
    Dydy e ddim yn anfon dim byd.
find-none =
    Wnaethon ni ddim dod o hyd i ddim byd yma.
    Rhowch gynnig ar dref fwy yn agos atoch chi.
    Neu ffoniwch linell gymorth.
find-none-open =
    Does dim byd yn agos ar agor nawr.
    Mae llinellau cymorth ar agor ddydd a nos.
find-caution =
    Gall lleoedd newid eu horiau.
    Ffoniwch nhw yn gyntaf os gallwch chi.
    Mewn argyfwng, ffoniwch 999.

## My plan

home-plan-title = Fy nghynllun
home-plan-intro =
    Ysgrifennwch ychydig ar y tro.
    Mae Harbour yn ei gadw wrth i chi deipio.
home-crisis-heading = Fy nghynllun ar gyfer argyfwng
home-sections-heading = Rhannau fy nghynllun
home-views-heading = Darllen neu argraffu fy nghynllun
section-crisis-intro =
    Mae'r rhan hon ar gyfer y bobl sy'n eich helpu chi.
    Mae'n dweud wrthyn nhw beth rydych chi ei eisiau.
    Maen nhw'n ei ddefnyddio os na allwch chi ddweud wrthyn nhw.
section-reasons-intro =
    Mae'r rhan hon i chi yn unig.
    Y bobl a'r pethau rydych chi'n eu caru.

## Unlock and quick exit

unlock-title = Agor eich cynllun
unlock-lead = Teipiwch eich cyfrinymadrodd i agor eich cynllun.
unlock-locked-idle =
    Mae Harbour wedi cloi eich cynllun.
    Mae hyn yn ei gadw'n breifat.

## Language

language-needs-review =
    Mae'r iaith hon yn newydd.
    Dydy siaradwr Cymraeg ddim wedi'i gwirio eto.
