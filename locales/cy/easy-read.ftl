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
