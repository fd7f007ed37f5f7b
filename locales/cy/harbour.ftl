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

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = Dod o hyd i help gerllaw
home-find-heading = Rhywle i fynd
home-find-body = Dewch o hyd i gaffis argyfwng, hafanau diogel a grwpiau cymorth gan gymheiriaid ger tref. Mae'n gweithio heb y rhyngrwyd.
find-title = Dod o hyd i help gerllaw
find-intro = Teipiwch enw tref neu ddinas. Mae Harbour yn chwilio ei restr ei hun ar y ddyfais hon; does dim byd yn cael ei anfon i unman.
find-place-label = Tref neu ddinas
find-place-hint = Er enghraifft: Caerdydd, Wrecsam, Leeds
find-search = Chwilio
find-open-now = Dim ond lleoedd sydd ar agor nawr
find-kind-label = Math o le
find-kind-all = Pob math
find-kind-crisis_cafe = Caffi argyfwng
find-kind-safe_haven = Hafan ddiogel
find-kind-crisis_house = Tŷ argyfwng
find-kind-peer_group = Grŵp cymorth gan gymheiriaid
find-kind-drop_in = Galw heibio
find-kind-helpline = Llinell gymorth
find-near = Ger { $place }
find-matching = Lleoedd sy'n cyfateb i “{ $query }”
find-none = Dim byd wedi'i ganfod yma. Rhowch gynnig ar dref fwy gerllaw, neu ffoniwch un o'r llinellau cymorth ar “Cael help nawr”.
find-none-open = Does dim byd ar agor gerllaw ar hyn o bryd. Mae llinellau cymorth ar agor ddydd a nos.
find-status-open-all-day = Ar agor 24 awr
find-status-open-until = Ar agor tan { $time }
find-status-open-until-day = Ar agor tan { $day ->
    [monday] ddydd Llun
    [tuesday] ddydd Mawrth
    [wednesday] ddydd Mercher
    [thursday] ddydd Iau
    [friday] ddydd Gwener
    [saturday] ddydd Sadwrn
   *[sunday] ddydd Sul
  } { $time }
find-status-opens-at = { $day ->
    [today] Yn agor heddiw am { $time }
    [tomorrow] Yn agor yfory am { $time }
    [monday] Yn agor ddydd Llun { $time }
    [tuesday] Yn agor ddydd Mawrth { $time }
    [wednesday] Yn agor ddydd Mercher { $time }
    [thursday] Yn agor ddydd Iau { $time }
    [friday] Yn agor ddydd Gwener { $time }
    [saturday] Yn agor ddydd Sadwrn { $time }
   *[sunday] Yn agor ddydd Sul { $time }
  }
find-status-closed = Ddim ar agor yr wythnos hon
find-status-unknown = Dydyn ni ddim yn gwybod yr oriau agor: ffoniwch neu gwiriwch cyn mynd
find-distance = { $km } km i ffwrdd
find-distance-approx = Tua { $km } km i ffwrdd (canol y dref)
find-distance-unknown = Pellter ddim yn hysbys
find-referral-self_referral = Galwch heibio: does dim angen atgyfeiriad
find-referral-phone_first = Ffoniwch neu trefnwch cyn mynd
find-referral-referral_needed = Angen atgyfeiriad gan weithiwr proffesiynol
find-age = Oedran: { $ages }
find-call = Ffonio
find-directions = Cyfarwyddiadau
find-website = Gwefan
find-hours-source = Oriau fel mae'r ffynhonnell yn eu rhoi: { $text }
find-last-checked = Gwiriwyd ddiwethaf { $date }
find-stale = { $months ->
    [zero] Efallai ei fod yn hen: gwiriwyd ddiwethaf { $months } mis yn ôl
    [one] Efallai ei fod yn hen: gwiriwyd ddiwethaf { $months } mis yn ôl
    [two] Efallai ei fod yn hen: gwiriwyd ddiwethaf { $months } fis yn ôl
    [few] Efallai ei fod yn hen: gwiriwyd ddiwethaf { $months } mis yn ôl
    [many] Efallai ei fod yn hen: gwiriwyd ddiwethaf { $months } mis yn ôl
   *[other] Efallai ei fod yn hen: gwiriwyd ddiwethaf { $months } mis yn ôl
}
find-stale-source = Efallai ei fod yn hen: mae'r ffynhonnell yn hen neu'n gynllun peilot
find-source = Ffynhonnell
find-report = Rhoi gwybod am broblem
find-caution = Mae lleoedd yn newid eu horiau ac weithiau'n cau. Ffoniwch o flaen llaw os gallwch chi. Mewn argyfwng, ffoniwch 999.
help-nearby-heading = Ar agor nawr ger { $place }
help-nearby-none = Does dim byd ger { $place } ar agor ar hyn o bryd.
help-find-more = Dod o hyd i help gerllaw

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = Gadael yn gyflym
nav-quick-exit-hint = Yn cuddio Harbour ar unwaith ac yn cloi eich cynllun. Llwybr byr: pwyswch Escape ddwywaith.
nav-settings = Gosodiadau
nav-my-plan = Fy nghynllun
nav-lock = Cloi
unlock-title = Datgloi eich cynllun
unlock-lead = Teipiwch eich cyfrinymadrodd i agor eich cynllun.
unlock-passphrase-label = Cyfrinymadrodd
unlock-button = Datgloi
unlock-working = Yn datgloi…
unlock-use-recovery = Rydw i wedi anghofio fy nghyfrinymadrodd: defnyddio fy allwedd adfer
unlock-use-passphrase = Defnyddio fy nghyfrinymadrodd yn lle hynny
unlock-recovery-label = Allwedd adfer
unlock-recovery-hint = Yr allwedd wnaethoch chi ei hargraffu neu ei chadw wrth osod Harbour. Does dim ots am fylchau a llinellau toriad.
unlock-locked-idle = Mae Harbour wedi cloi ei hun i gadw eich cynllun yn breifat.
neutral-title = Nodiadau
neutral-note-label = Nodyn
neutral-done = Wedi gorffen

## Language and Easy Read

language-label = Iaith
easy-read-label = Hawdd ei Ddeall: brawddegau byrrach a geiriau symlach
language-needs-review = Mae'r cyfieithiad hwn yn newydd. Dydy siaradwr Cymraeg iaith gyntaf ddim wedi'i wirio eto.
easy-read-toggle = Hawdd ei Ddeall
read-aloud = Darllen yn uchel
read-aloud-stop = Stopio darllen

## Home (unlocked), sections and the crisis plan

home-plan-title = Fy nghynllun
home-plan-intro = Ysgrifennwch ychydig ar y tro. Mae popeth yn cael ei gadw wrth i chi deipio.
home-crisis-heading = Fy nghynllun argyfwng
home-crisis-status = Statws: { $status }
home-crisis-open = Agor fy nghynllun argyfwng
home-crisis-edit = Golygu fy nghynllun argyfwng
home-sections-heading = Rhannau fy nghynllun
home-filled = { $filled } o { $total } wedi'u llenwi
home-last-reviewed = Adolygwyd ddiwethaf { $date }
home-never-reviewed = Heb ei adolygu eto
home-views-heading = Darllen ac argraffu
home-view-full = Fy nghynllun cyfan
home-view-safety = Cynllun diogelwch ar un dudalen
home-view-crisis = Golwg argyfwng
home-view-card = Cerdyn argyfwng maint waled
crisis-status-inactive = ddim yn weithredol
crisis-status-active = yn weithredol
crisis-status-stood_down = wedi dod i ben
crisis-status-since = Newidiwyd gan { $by } ar { $date }
section-toolbox-title = Blwch offer lles
section-toolbox-intro = Pethau sy'n eich helpu i gadw'n iach, a phethau y byddai'n well gennych eu hosgoi. Mae pethau bach yn cyfrif.
section-daily-title = Cynllun dyddiol
section-daily-intro = Sut mae diwrnod da yn edrych i chi, a beth sy'n eich helpu i'w gadw felly.
section-triggers-title = Sbardunau
section-triggers-intro = Pethau all eich taflu'n ôl, a beth allwch chi ei wneud pan fyddan nhw'n digwydd. Cymerwch eich amser.
section-early_warning-title = Arwyddion rhybudd cynnar
section-early_warning-intro = Newidiadau bach sy'n dweud wrthych fod pethau efallai'n dechrau llithro, a beth sy'n helpu bryd hynny.
section-breaking_down-title = Pan mae pethau'n chwalu
section-breaking_down-intro = Arwyddion bod pethau'n gwaethygu'n fawr, a'r camau brys sy'n helpu, gan gynnwys gofyn am help.
section-crisis-title = Cynllun argyfwng
section-crisis-intro = Mae'r rhan hon wedi'i hysgrifennu ar gyfer y bobl sy'n eich cefnogi, er mwyn iddyn nhw wybod beth rydych chi ei eisiau os na allwch chi ei ddweud eich hun.
section-after_crisis-title = Ar ôl argyfwng
section-after_crisis-intro = Sut byddwch chi'n gwybod bod yr argyfwng drosodd, a beth sy'n eich helpu i ddod atoch eich hun eto.
section-reasons-title = Rhesymau dros ddal ati
section-reasons-intro = Mae'r rhan hon i chi yn unig, ac mae'n ddewisol. Y bobl, y pethau a'r eiliadau sy'n bwysig i chi.
crisis-part-well = Sut ydw i pan rydw i'n iach
crisis-part-take_over = Arwyddion y dylai pobl eraill gymryd drosodd
crisis-part-people = Y bobl rydw i eisiau, a ddim eisiau, iddyn nhw fod yn rhan o hyn
crisis-part-medication = Meddyginiaeth
crisis-part-treatments = Triniaethau
crisis-part-home = Gofal yn y cartref, yn y gymuned neu ofal seibiant
crisis-part-places = Lleoedd triniaeth
crisis-part-help = Help gan eraill
crisis-part-surroundings = Gwneud fy amgylchedd yn fwy diogel
crisis-part-money = Materion ariannol
crisis-part-ending = Pan nad oes angen y cynllun hwn mwyach
crisis-parts-heading = Rhannau fy nghynllun argyfwng
crisis-back = Holl rannau fy nghynllun argyfwng

## First run

welcome-title = Croeso i Harbour
welcome-lead = Mae Harbour yn lle tawel a phreifat i ysgrifennu beth sy'n eich cadw'n iach a beth rydych chi eisiau iddo ddigwydd os bydd pethau'n mynd yn anodd.
welcome-does-heading = Beth mae Harbour yn ei wneud
welcome-does-1 = Mae'n cadw eich cynllun ar y ddyfais hon, wedi'i gloi gyda chyfrinymadrodd dim ond chi sy'n ei wybod.
welcome-does-2 = Mae'n eich helpu i'w ysgrifennu, un rhan ar y tro, yn eich amser eich hun.
welcome-does-3 = Mae'n gadael i chi argraffu cerdyn argyfwng neu gynllun diogelwch ar un dudalen.
welcome-doesnt-heading = Beth dydy Harbour ddim yn ei wneud
welcome-doesnt-1 = Does dim cyfrif a dim tracio. Does dim byd rydych chi'n ei ysgrifennu yn gadael y ddyfais hon oni bai eich bod chi'n dewis ei rannu.
welcome-doesnt-2 = Dydy e ddim yn ffonio neb ar eich rhan, a dydy e ddim yn wasanaeth brys.
welcome-doesnt-3 = All e ddim agor eich cynllun heb eich cyfrinymadrodd neu eich allwedd adfer. All neb, dim hyd yn oed ni.
welcome-start = Dechrau
welcome-restore = Mae gen i ffeil wrth gefn
welcome-step = Cam { $step } o { $total }
welcome-next = Nesaf
welcome-back = Yn ôl
passphrase-title = Dewiswch gyfrinymadrodd
passphrase-lead = Mae eich cyfrinymadrodd yn cloi eich cynllun. Mae ychydig o eiriau bob dydd y byddech chi'n unig yn eu rhoi gyda'i gilydd yn gweithio'n dda, fel “tegell afon melyn hosan”.
passphrase-label = Cyfrinymadrodd
passphrase-confirm-label = Teipiwch e eto
passphrase-show = Dangos y cyfrinymadrodd
passphrase-strength = Cryfder: { $level }
passphrase-strength-0 = rhy fyr
passphrase-strength-1 = gwan
passphrase-strength-2 = gweddol
passphrase-strength-3 = da
passphrase-strength-4 = cryf
passphrase-tip-length = Defnyddiwch o leiaf 10 nod. Mae hirach yn gryfach.
passphrase-tip-words = Rhowch gynnig ar ychwanegu gair arall.
passphrase-tip-common = Mae hwnnw'n gyffredin iawn ac yn hawdd ei ddyfalu.
passphrase-tip-good = Mae hwnnw'n edrych yn dda.
passphrase-mismatch = Dydy'r ddau gyfrinymadrodd ddim yr un fath eto.
passphrase-create = Cloi fy nghynllun gyda'r cyfrinymadrodd hwn
passphrase-creating = Yn paratoi eich cynllun. Mae hyn yn cymryd eiliad…
recovery-title = Eich allwedd adfer
recovery-lead = Os byddwch chi byth yn anghofio eich cyfrinymadrodd, yr allwedd hon yw'r unig ffordd arall i mewn i'ch cynllun. Byddwn ni'n ei dangos y tro hwn yn unig.
recovery-key-label = Allwedd adfer
recovery-print = Ei hargraffu
recovery-save = Ei chadw mewn ffeil
recovery-saved-to = Wedi'i chadw fel { $name } yn { $path }
recovery-confirm = Rydw i wedi cadw fy allwedd adfer rywle diogel
recovery-confirm-first = Argraffwch neu cadwch yr allwedd yn gyntaf, yna ticiwch y blwch.
recovery-continue = Ymlaen i fy nghynllun
recovery-keep-safe = Cadwch hi i ffwrdd o'r ddyfais hon, rywle preifat: gyda phapurau pwysig, neu gyda rhywun rydych chi'n ymddiried ynddo.
