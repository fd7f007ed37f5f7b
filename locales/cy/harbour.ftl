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
find-place-label = Tref, dinas neu god post
find-place-hint = Er enghraifft: Caerdydd, Wrecsam, Leeds neu CF10 1AA
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
find-distance-in-town = Yn { $town } (canol y dref)
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
nav-menu = Dewislen
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

# Exported and printed pages (plan export)
export-crisis-status = Cynllun argyfwng: { $status }
export-not-dated = Heb ddyddiad eto
export-footer = Gwnaed gyda Harbour. Mae'r dudalen hon yn breifat: cadwch hi'n rhywle diogel.
export-emergency = Mewn argyfwng, ffoniwch 999 (DU) neu eich rhif argyfwng lleol.
export-date = Dyddiad
export-page = Tudalen { $page } o { $pages }
advance-title = Fy nogfen dewisiadau ymlaen llaw
advance-law = Dogfen dewisiadau ymlaen llaw, fel y'i disgrifir yn Neddf Iechyd Meddwl 2025 (Cymru a Lloegr).
advance-declaration = Dyma fy nogfen dewisiadau ymlaen llaw. Fe'i gwnes i pan oeddwn i'n iach ac yn gallu gwneud penderfyniadau am fy ngofal. Mae'n dweud beth rydw i eisiau, a beth nad ydw i eisiau, os bydda i'n mynd yn sâl ac yn methu â dweud hynny fy hun. Darllenwch hi a'i dilyn cyn belled ag y gallwch chi, os gwelwch yn dda.
advance-part-values = Fy ngwerthoedd a'r hyn sy'n bwysig i fi
advance-part-medication = Meddyginiaeth: beth sy'n well gen i, beth rydw i'n ei dderbyn, beth rydw i'n ei wrthod
advance-part-treatments = Triniaeth: beth sy'n well gen i, beth rydw i'n ei dderbyn, beth rydw i'n ei wrthod
advance-part-people = Pwy i'w cynnwys, a phwy i beidio
advance-part-home = Gofal gartref neu yn y gymuned
advance-part-practical = Materion ymarferol: pwy sy'n gofalu am beth
advance-part-places = Lleoedd ar gyfer gofal
advance-part-shared = Pwy sydd â chopi
advance-made-on = Gwnaed ar { $date }
advance-reviewed-on = Adolygwyd ddiwethaf ar { $date }
advance-person-name = Fy enw
advance-signed-person = Fy llofnod
advance-witness-statement = Gwelais i'r person a wnaeth y ddogfen hon yn ei llofnodi.
advance-witness-name = Enw'r tyst
advance-signed-witness = Llofnod y tyst
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
crisis-part-advance_choice = Fy nogfen dewisiadau ymlaen llaw
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
recovery-lead = Os byddwch chi byth yn anghofio eich cyfrinymadrodd, yr allwedd hon yw'r unig ffordd arall i mewn i'ch cynllun. Gallwch chi ei gweld hi eto yn nes ymlaen yn y Gosodiadau, ar ôl teipio eich cyfrinymadrodd.
recovery-key-label = Allwedd adfer
recovery-print = Ei hargraffu
recovery-save = Ei chadw mewn ffeil
recovery-saved-to = Wedi'i chadw fel { $name } yn { $path }
recovery-confirm = Rydw i wedi cadw fy allwedd adfer rywle diogel
recovery-confirm-first = Argraffwch neu cadwch yr allwedd yn gyntaf, yna ticiwch y blwch.
recovery-continue = Ymlaen i fy nghynllun
recovery-keep-safe = Cadwch hi i ffwrdd o'r ddyfais hon, rywle preifat: gyda phapurau pwysig, neu gyda rhywun rydych chi'n ymddiried ynddo.

## First run: language and reading

welcome-language-title = Iaith a darllen
welcome-language-lead = Dewiswch sut mae Harbour yn siarad â chi. Gallwch chi newid hyn yn nes ymlaen yn y Gosodiadau.
welcome-language-label = Iaith
welcome-easy-read-label = Hawdd ei Ddeall: brawddegau byrrach a geiriau symlach

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = Pethau sy'n fy helpu i gadw'n iach
field-toolbox-helps-hint = Unrhyw beth sy'n codi eich calon, yn eich tawelu neu'n eich cadw'n sefydlog.
field-toolbox-helps-example = Er enghraifft: mynd am dro ar lan yr afon, ffonio fy chwaer, cerddoriaeth drwy glustffonau, bath poeth.
field-toolbox-avoid = Pethau rydw i'n ceisio eu hosgoi
field-toolbox-avoid-hint = Pethau sy'n tueddu i'ch tynnu chi i lawr.
field-toolbox-avoid-example = Er enghraifft: gormod o goffi, sgrolio'n hwyr yn y nos, colli prydau bwyd.
field-daily-when_well = Sut ydw i pan rydw i'n iach
field-daily-when_well-hint = Disgrifiwch eich hun ar ddiwrnod da, yn eich geiriau eich hun.
field-daily-when_well-example = Er enghraifft: rydw i'n siaradus, rydw i'n mwynhau coginio, rydw i'n cysgu tua wyth awr, rydw i'n chwerthin ar bethau gwirion.
field-daily-every_day = Beth sydd angen i mi ei wneud bob dydd
field-daily-every_day-hint = Y pethau bach bob dydd sy'n eich cadw'n iach.
field-daily-every_day-example = Er enghraifft: bwyta brecwast, cymryd fy nhabledi, mynd allan am ddeg munud.
field-daily-might_need = Pethau efallai y bydd angen i mi eu gwneud
field-daily-might_need-hint = Pethau sy'n helpu weithiau, nid bob dydd.
field-daily-might_need-example = Er enghraifft: golchi dillad, gweld ffrind, talu bil.
field-triggers-triggers = Beth all fy nhaflu'n ôl
field-triggers-triggers-hint = Digwyddiadau neu sefyllfaoedd all eich ypsetio neu eich taflu oddi ar eich echel.
field-triggers-triggers-example = Er enghraifft: ffraeo, pen-blwyddi anodd, poeni am arian, lleoedd swnllyd a phrysur.
field-triggers-must_do = Pan fydd hynny'n digwydd, fe fydda i'n
field-triggers-must_do-hint = Pethau y byddwch chi'n eu gwneud bob tro y bydd sbardun yn digwydd.
field-triggers-must_do-example = Er enghraifft: dweud wrth rywun rydw i'n ymddiried ynddo, gwneud ymarfer anadlu, mynd i rywle tawel.
field-triggers-might_do = Efallai hefyd y bydda i'n
field-triggers-might_do-hint = Pethau gwerth rhoi cynnig arnyn nhw os oes gennych chi'r egni.
field-triggers-might_do-example = Er enghraifft: ei ysgrifennu, mynd i redeg, gwylio hoff ffilm.
field-early_warning-signs = Newidiadau bach rydw i'n sylwi arnyn nhw
field-early_warning-signs-hint = Newidiadau y gallech chi, neu bobl sy'n agos atoch, sylwi arnyn nhw'n gynnar.
field-early_warning-signs-example = Er enghraifft: cysgu'n wael, peidio ag ateb negeseuon, teimlo ar bigau'r drain.
field-early_warning-must_do = Pan fydda i'n sylwi arnyn nhw, fe fydda i'n
field-early_warning-must_do-hint = Camau sy'n eich helpu i fynd yn ôl ar y trywydd iawn.
field-early_warning-must_do-example = Er enghraifft: mynd i'r gwely ar yr un amser, dweud wrth fy mhartner, defnyddio fy mlwch offer bob dydd.
field-early_warning-might_do = Efallai hefyd y bydda i'n
field-early_warning-might_do-hint = Pethau ychwanegol sy'n helpu weithiau.
field-early_warning-might_do-example = Er enghraifft: cymryd diwrnod i ffwrdd o'r gwaith, gweld fy meddyg teulu.
field-breaking_down-signs = Arwyddion bod pethau'n gwaethygu'n fawr
field-breaking_down-signs-hint = Yr arwyddion sy'n dweud wrthych chi, neu wrth eraill, fod angen mwy o help arnoch chi nawr.
field-breaking_down-signs-example = Er enghraifft: peidio â bwyta, peidio â chysgu am ddyddiau, teimlo'n anobeithiol.
field-breaking_down-must_do = Pethau brys y bydda i'n eu gwneud
field-breaking_down-must_do-hint = Dywedwch at bwy y byddwch chi'n troi am help, a sut.
field-breaking_down-must_do-example = Er enghraifft: ffonio fy nghydlynydd gofal, aros gyda fy ffrind, ffonio llinell gymorth.
field-breaking_down-might_do = Efallai hefyd y bydda i'n
field-breaking_down-might_do-hint = Pethau eraill allai helpu ar yr adeg hon.
field-breaking_down-might_do-example = Er enghraifft: gofyn i ffrind aros dros nos, rhoi allweddi fy nghar i rywun.
field-crisis-when_well = Sut ydw i pan rydw i'n iach
field-crisis-when_well-hint = Er mwyn i eraill allu gweld y gwahaniaeth. Ysgrifennwch e ar gyfer rhywun sydd efallai ddim yn eich adnabod yn dda.
field-crisis-when_well-example = Er enghraifft: rydw i'n dawel ond yn gyfeillgar, rydw i'n hoffi trefn, rydw i'n gofalu am fy nghi bob dydd.
field-crisis-take_over_signs = Arwyddion y dylai pobl eraill gymryd drosodd
field-crisis-take_over_signs-hint = Beth fyddai eraill yn ei weld sy'n golygu bod angen iddyn nhw weithredu ar eich rhan.
field-crisis-take_over_signs-example = Er enghraifft: rydw i'n stopio bwyta, dydw i ddim yn adnabod pobl, rydw i'n siarad am beidio â bod yma.
field-crisis-supporters = Pobl rydw i eisiau iddyn nhw fy helpu
field-crisis-supporters-hint = Pwy ydyn nhw, sut i gysylltu â nhw, a beth hoffech chi i bob un ohonyn nhw ei wneud.
field-crisis-supporters-example = Er enghraifft: Sam, fy chwaer, 07700 900123, yn aros gyda fi ac yn ffonio fy meddyg teulu.
field-crisis-not_involved = Pobl dydw i ddim eisiau iddyn nhw fod yn rhan o hyn
field-crisis-not_involved-hint = Gallwch chi ddweud pam, os ydych chi eisiau.
field-crisis-not_involved-example = Er enghraifft: cyn-bartner.
field-crisis-disagreements = Os yw'r bobl sy'n fy nghefnogi yn anghytuno
field-crisis-disagreements-hint = Sut hoffech chi i anghytundebau rhwng y bobl sy'n eich cefnogi gael eu datrys.
field-crisis-disagreements-example = Er enghraifft: fy chwaer sy'n cael y gair olaf.
field-crisis-medication_current = Meddyginiaeth rydw i'n ei chymryd nawr
field-crisis-medication_current-hint = Yr enw, y dos, a beth mae ar ei gyfer, os ydych chi'n gwybod.
field-crisis-medication_current-example = Er enghraifft: sertraline 50 mg bob bore.
field-crisis-medication_preferred = Meddyginiaeth y byddai'n well gen i ei chael
field-crisis-medication_preferred-hint = A pham: beth sydd wedi helpu o'r blaen.
field-crisis-medication_preferred-example = Er enghraifft: diazepam, oherwydd ei fod yn fy nhawelu heb fy llorio.
field-crisis-medication_acceptable = Meddyginiaeth y byddwn i'n ei derbyn
field-crisis-medication_acceptable-hint = Os nad yw'r hyn sy'n well gennych chi yn bosib.
field-crisis-medication_acceptable-example = Er enghraifft: cwrs byr o dabledi cysgu.
field-crisis-medication_unacceptable = Meddyginiaeth dydw i ddim eisiau
field-crisis-medication_unacceptable-hint = A pham, er mwyn i bobl ddeall.
field-crisis-medication_unacceptable-example = Er enghraifft: olanzapine, oherwydd i mi fagu pwysau y tro diwethaf.
field-crisis-allergies = Alergeddau
field-crisis-allergies-hint = I feddyginiaethau, bwyd neu unrhyw beth arall.
field-crisis-allergies-example = Er enghraifft: penisilin.
field-crisis-treatments_current = Triniaethau neu therapïau sydd gen i nawr
field-crisis-treatments_current-hint = Unrhyw beth sy'n rhan o'ch gofal ar hyn o bryd.
field-crisis-treatments_current-example = Er enghraifft: therapi siarad bob wythnos.
field-crisis-treatments_preferred = Triniaethau y byddai'n well gen i eu cael
field-crisis-treatments_preferred-hint = A pham: beth sydd wedi helpu o'r blaen.
field-crisis-treatments_preferred-example = Er enghraifft: ymweliadau gan y tîm triniaeth yn y cartref, oherwydd bod bod gartref yn fy helpu.
field-crisis-treatments_acceptable = Triniaethau y byddwn i'n eu derbyn
field-crisis-treatments_acceptable-hint = Os nad yw'r hyn sy'n well gennych chi yn bosib.
field-crisis-treatments_acceptable-example = Er enghraifft: aros am gyfnod byr mewn tŷ argyfwng.
field-crisis-treatments_unacceptable = Triniaethau dydw i ddim eisiau
field-crisis-treatments_unacceptable-hint = A pham, er mwyn i bobl ddeall.
field-crisis-treatments_unacceptable-example = Er enghraifft: cael fy atal yn gorfforol, oherwydd beth ddigwyddodd o'r blaen.
field-crisis-home_care = Cynllun ar gyfer aros gartref, yn y gymuned neu mewn gofal seibiant
field-crisis-home_care-hint = Beth fyddai'n gadael i chi ddod drwy argyfwng gartref neu gerllaw, gyda'r cymorth iawn.
field-crisis-home_care-example = Er enghraifft: mae ffrindiau'n cymryd eu tro i aros gyda fi, ac mae'r tîm argyfwng yn ymweld bob dydd.
field-crisis-places_preferred = Lleoedd y byddai'n well gen i gael triniaeth
field-crisis-places_preferred-hint = Ysbytai, tai argyfwng neu leoedd eraill sydd wedi bod yn dda i chi.
field-crisis-places_preferred-example = Er enghraifft: y tŷ argyfwng yn y dref.
field-crisis-places_unacceptable = Lleoedd dydw i ddim eisiau mynd iddyn nhw
field-crisis-places_unacceptable-hint = Gallwch chi ddweud pam.
field-crisis-places_unacceptable-example = Er enghraifft: ward ymhell o gartref.
field-crisis-help_wanted = Beth sy'n fy helpu pan rydw i mewn argyfwng
field-crisis-help_wanted-hint = Beth all eraill ei wneud neu ei ddweud sy'n helpu.
field-crisis-help_wanted-example = Er enghraifft: siarad yn araf, eistedd gyda fi, fy atgoffa i yfed dŵr.
field-crisis-help_unwanted = Beth sydd ddim yn helpu
field-crisis-help_unwanted-hint = Beth dylai eraill ei osgoi, hyd yn oed gyda bwriadau da.
field-crisis-help_unwanted-example = Er enghraifft: llawer o gwestiynau, tyrru o'm cwmpas, dweud wrtha i am godi fy nghalon.
field-crisis-if_danger = Os ydw i'n berygl i fi fy hun neu i eraill
field-crisis-if_danger-hint = Beth hoffech chi i bobl ei wneud.
field-crisis-if_danger-example = Er enghraifft: mynd ag allweddi fy nghar, ffonio'r llinell argyfwng, aros gyda fi.
field-crisis-responsibilities = Pwy sy'n gofalu am beth
field-crisis-responsibilities-hint = Plant, anifeiliaid anwes, biliau, eich cartref: pwy sy'n gofalu am bob un.
field-crisis-responsibilities-example = Er enghraifft: bwydo'r gath: fy nghymydog, Jo.
field-crisis-safer_surroundings = Gwneud fy amgylchedd yn fwy diogel
field-crisis-safer_surroundings-hint = Pethau i'w rhoi allan o gyrraedd neu i'w symud tra bod pethau'n anodd.
field-crisis-safer_surroundings-example = Er enghraifft: rhoi fy nhabledi sbâr i'r fferyllfa.
field-crisis-money = Materion ariannol
field-crisis-money-hint = Biliau, cardiau a gwario, a phwy all helpu.
field-crisis-money-example = Er enghraifft: mae gan fy manc nodyn i atal fy ngherdyn dros dro; mae fy mrawd yn talu'r rhent.
field-crisis-no_longer_needed_signs = Arwyddion nad oes angen y cynllun hwn mwyach
field-crisis-no_longer_needed_signs-hint = Sut bydd pobl yn gwybod eich bod chi'n gallu cymryd yr awenau eto.
field-crisis-no_longer_needed_signs-example = Er enghraifft: rydw i'n cysgu drwy'r nos, rydw i'n coginio i fi fy hun.
field-crisis-values_statement = Beth sy'n bwysig i fi
field-crisis-values_statement-hint = Eich gwerthoedd, eich credoau a'r hyn sy'n bwysicaf i chi, fel bod pobl eraill yn gallu dewis fel y byddech chi'n dewis.
field-crisis-values_statement-example = Er enghraifft: bod yn agos at fy mhlant, fy ffydd, cadw fy swydd.
field-crisis-professionals_shared = Gweithwyr proffesiynol a gwasanaethau sydd wedi cael copi
field-crisis-professionals_shared-hint = Pwy sydd â chopi o'ch dewisiadau ymlaen llaw: eich meddyg teulu, eich tîm gofal, neu eraill.
field-crisis-professionals_shared-example = Er enghraifft: Dr Rees, fy meddyg teulu; y tîm iechyd meddwl cymunedol.
field-after_crisis-out_of_crisis_signs = Sut bydda i'n gwybod fy mod i allan o argyfwng
field-after_crisis-out_of_crisis_signs-hint = Yr arwyddion bod y gwaethaf wedi mynd heibio.
field-after_crisis-out_of_crisis_signs-example = Er enghraifft: rydw i eisiau gweld ffrindiau eto.
field-after_crisis-helpers = Pwy sy'n fy helpu wedyn
field-after_crisis-helpers-hint = Pobl sy'n eich helpu i ddod atoch eich hun.
field-after_crisis-helpers-example = Er enghraifft: fy ngweithiwr cymorth cymheiriaid, fy nghymydog.
field-after_crisis-first_steps = Beth fydda i'n ei wneud gyntaf
field-after_crisis-first_steps-hint = Camau cyntaf ysgafn yn ôl i'ch bywyd bob dydd.
field-after_crisis-first_steps-example = Er enghraifft: un daith gerdded fer bob dydd, mynd yn ôl i'r gwaith yn rhan-amser.
field-after_crisis-learning = Beth alla i ei ddysgu ohono
field-after_crisis-learning-hint = Unrhyw beth rydych chi eisiau ei gofio neu ei newid ar gyfer y tro nesaf.
field-after_crisis-learning-example = Er enghraifft: mae angen i mi ofyn am help yn gynt.
field-reasons-reasons = Fy rhesymau dros ddal ati
field-reasons-reasons-hint = Pobl, anifeiliaid anwes, cynlluniau, lleoedd, unrhyw beth sy'n bwysig i chi.
field-reasons-reasons-example = Er enghraifft: fy nith, gweld y môr eto, fy nghath Pickle.
field-reasons-good_moments = Eiliadau da
field-reasons-good_moments-hint = Atgofion rydych chi eisiau eu cadw'n agos.
field-reasons-good_moments-example = Er enghraifft: y diwrnod gwnaethon ni wylio'r wawr ar y traeth.

## The values inside a list item

item-key-text = Beth
item-key-why = Pam
item-key-name = Enw
item-key-role = Pwy ydyn nhw i mi
item-key-contact = Sut i gysylltu â nhw
item-key-tasks = Beth hoffwn i iddyn nhw ei wneud
item-key-task = Beth sydd angen ei wneud
item-key-who = Pwy fydd yn ei wneud

## Editing

editor-back-home = Yn ôl i fy nghynllun
editor-add = Ychwanegu
editor-add-label = Ychwanegu at “{ $field }”
editor-add-another = Ychwanegu un
editor-move-up = Symud i fyny
editor-move-down = Symud i lawr
editor-remove = Tynnu
editor-item-label = Eitem { $n }
editor-removed = Wedi'i dynnu.
editor-undo = Dadwneud
editor-empty-list = Does dim byd yma eto.
editor-mark-reviewed = Rydw i wedi edrych dros y rhan hon heddiw
editor-reviewed-today = Wedi'i adolygu heddiw. Diolch.
editor-next-section = Nesaf: { $section }
save-saving = Yn cadw…
save-saved = Wedi'i gadw
save-error = Heb ei gadw eto. Bydd Harbour yn rhoi cynnig arall arni.

## Views and printing

views-title = Darllen ac argraffu
views-full = Fy nghynllun cyfan
views-safety = Cynllun diogelwch
views-crisis = Golwg argyfwng
views-card = Cerdyn argyfwng
views-print = Argraffu
views-save-pdf = Cadw fel ffeil PDF
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = Wedi’i chadw fel { $name } yn { $path }. Nid yw’r copi hwn wedi’i gloi â’ch cyfrinymadrodd: cadwch ef yn rhywle preifat.
views-print-a4 = Papur A4
views-print-phone = Tudalennau maint ffôn
views-print-layout = Maint y dudalen
views-valid-as-of = Yn ddilys ar { $date }
views-reviewed = Adolygwyd ddiwethaf { $date }
views-empty = Does dim byd wedi'i ysgrifennu yma eto.
views-empty-hint = Dechreuwch ysgrifennu yn “Fy nghynllun”, a bydd yn ymddangos yma.
views-card-title = Fy ngherdyn argyfwng
views-card-intro = Torrwch hwn allan a'i gadw yn eich waled neu eich pwrs.
views-card-contacts = Cysylltwch â
views-card-helps = Beth sy'n fy helpu
views-card-allergies = Alergeddau
views-card-more = Mae fy nghynllun argyfwng llawn yn Harbour ar fy ffôn.
views-card-medication = Meddyginiaeth rydw i'n ei chymryd
views-card-avoid = Beth sydd ddim yn helpu
views-card-not-involved = Peidiwch â chynnwys y bobl hyn
safety-part-safety_warning_signs = Fy arwyddion rhybudd
safety-part-safety_coping = Pethau y galla i eu gwneud i ymdopi
safety-part-safety_actions = Pethau y bydda i'n eu gwneud
safety-part-safety_people = Pobl y galla i ofyn iddyn nhw am help
safety-part-safety_surroundings = Gwneud fy amgylchedd yn fwy diogel
safety-part-safety_reasons = Fy rhesymau dros ddal ati
crisis-activate = Dechrau fy nghynllun argyfwng
crisis-stand-down = Dod â fy nghynllun argyfwng i ben
crisis-activate-note = Mae hyn yn nodi bod eich cynllun argyfwng yn weithredol, er mwyn i chi a'r bobl rydych chi'n ei rannu gyda nhw weld ei fod yn cael ei ddefnyddio. Dydy e ddim yn ffonio neb nac yn anfon dim byd.
crisis-me = fi

## Settings

settings-title = Gosodiadau
settings-display = Sut mae Harbour yn edrych
settings-text-size = Maint y testun
settings-text-size-value = { $percent }%
settings-high-contrast = Cyferbyniad uchel
settings-reduced-motion = Lleihau symud
settings-language = Iaith a Hawdd ei Ddeall
settings-privacy = Preifatrwydd
settings-auto-lock = Cloi ar ôl i mi stopio defnyddio Harbour am
settings-auto-lock-minutes = { $minutes ->
    [zero] { $minutes } munud
    [one] 1 munud
    [two] 2 funud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
  }
settings-notifications = Hysbysiadau
settings-notifications-intro = Mae Harbour yn dangos y rhain ar y ddyfais hon yn unig, a dim ond y rhai rydych chi’n eu troi ymlaen. Dydyn nhw byth yn dangos beth sydd wedi’i ysgrifennu mewn cynllun.
settings-notify-signals = Dywedwch wrtha i pan fydd rhywun sy’n rhannu ei gynllun â fi yn dechrau ei gynllun argyfwng neu’n gofyn am help
settings-review-reminder = Atgoffwch fi i edrych dros fy nghynllun
settings-review-reminder-never = Byth
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = Bob { $days } diwrnod
settings-notify-refused = Wnaeth y ddyfais hon ddim gadael i Harbour ddangos hysbysiadau. Gallwch eu caniatáu yng ngosodiadau’r ddyfais, yna troi hwn ymlaen eto.
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = Mae { $person } wedi dechrau ei gynllun argyfwng
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = Mae { $person } wedi gofyn am help
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = Mae { $person } wedi anfon arwydd atoch chi
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = Agorwch Harbour i ddarllen cynllun argyfwng { $person }: mae’n dweud beth hoffen nhw i chi ei wneud. Os oes rhywun mewn perygl nawr, ffoniwch 999.
notify-review-title = Amser i edrych dros eich cynllun
notify-review-body = Does neb wedi edrych dros rai rhannau o’ch cynllun ers tro. Agorwch Harbour pan fyddwch chi’n barod.
settings-saved = Gosodiadau wedi'u cadw.
settings-passphrase = Newid fy nghyfrinymadrodd
settings-passphrase-current = Cyfrinymadrodd presennol
settings-passphrase-new = Cyfrinymadrodd newydd
settings-passphrase-confirm = Teipiwch yr un newydd eto
settings-passphrase-change = Newid y cyfrinymadrodd
settings-passphrase-changed = Mae eich cyfrinymadrodd wedi'i newid. Mae eich allwedd adfer yn dal i weithio.
settings-recovery-key = Fy allwedd adfer
settings-recovery-key-intro = Mae eich allwedd adfer yn agor eich cynllun os byddwch chi'n anghofio eich cyfrinymadrodd. Teipiwch eich cyfrinymadrodd i weld eich allwedd eto, neu i wneud un newydd.
settings-recovery-key-passphrase = Eich cyfrinymadrodd
settings-recovery-key-show = Dangos fy allwedd adfer
settings-recovery-key-new = Gwneud allwedd adfer newydd
settings-recovery-key-working = Yn gwirio eich cyfrinymadrodd…
settings-recovery-key-hide = Cuddio fy allwedd adfer
settings-recovery-key-none = Cafodd y cynllun hwn ei wneud cyn i Harbour gadw eich allwedd adfer, felly does dim modd ei dangos hi eto. Gallwch chi wneud un newydd yn lle hynny.
settings-recovery-key-new-explain = Bydd allwedd newydd yn cymryd lle'r un sydd gennych chi nawr. Bydd eich hen allwedd yn stopio agor y cynllun hwn; mae eich cyfrinymadrodd yn aros yr un fath. Mae copïau wrth gefn a wnaed o'r blaen yn dal i agor gyda'r hen allwedd, felly gwnewch gopi wrth gefn newydd wedyn hefyd.
settings-recovery-key-new-confirm = Iawn, gwneud allwedd newydd
settings-recovery-key-new-cancel = Cadw fy allwedd bresennol
settings-recovery-key-made = Dyma eich allwedd adfer newydd. Dydy eich hen allwedd ddim yn agor y cynllun hwn mwyach. Mae copïau wrth gefn a wnaed o'r blaen yn dal i agor gyda'r hen allwedd, felly gwnewch gopi wrth gefn newydd hefyd.
settings-backup = Copi wrth gefn ac adfer
settings-backup-intro = Mae copi wrth gefn yn un ffeil wedi'i chloi gyda'ch cynllun cyfan. Cadwch gopi rywle diogel, oddi ar y ddyfais hon.
settings-backup-passphrase = Cyfrinymadrodd ar gyfer y copi wrth gefn
settings-backup-passphrase-hint = Bydd ei angen arnoch chi (neu eich allwedd adfer) i adfer. Mae'n dod yn gyfrinymadrodd i chi ar ôl adfer.
settings-backup-create = Gwneud copi wrth gefn
settings-backup-created = Copi wrth gefn wedi'i gadw fel { $name } yn { $path }
settings-restore = Adfer o gopi wrth gefn
settings-restore-intro = Mae hyn yn rhoi'r cynllun yn y copi wrth gefn yn lle'r cynllun ar y ddyfais hon. Mae'r cynllun presennol yn cael ei gadw, wedi'i gloi, yn ffolder Harbour.
settings-restore-file = Ffeil wrth gefn
settings-restore-passphrase = Cyfrinymadrodd y copi wrth gefn
settings-restore-button = Adfer
settings-restored = Mae eich cynllun wedi'i adfer.
settings-about = Ynglŷn â Harbour
settings-about-version = Fersiwn Harbour { $version }
settings-about-body = Meddalwedd rydd yw Harbour, o dan drwydded MIT neu Apache 2.0. Does ganddo ddim cyfrifon, dim dadansoddeg a dim adrodd am chwalfeydd.
settings-about-data = Mae gwybodaeth am linellau cymorth a gwasanaethau yn dod o'r ffynonellau sy'n cael eu dangos wrth ymyl pob cofnod, gyda'r dyddiad y cafodd ei gwirio ddiwethaf.
settings-about-symbols = Lluniau Hawdd ei Ddeall: Mulberry Symbols gan Steve Lee, trwydded CC BY-SA 4.0.
settings-about-fonts = Mae'r testun yn cael ei ddangos yn y ffontiau sydd ar eich dyfais.

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = Dydy'r cyfrinymadrodd hwnnw ddim yn agor y cynllun hwn. Gwiriwch am briflythrennau a bylchau, a rhowch gynnig arall arni.
error-wrong_recovery_key = Dydy'r allwedd adfer honno ddim yn agor y cynllun hwn. Gwiriwch hi yn erbyn eich copi wedi'i argraffu neu wedi'i gadw.
error-invalid_recovery_key = Dydy hynny ddim yn edrych fel allwedd adfer Harbour. Gwiriwch bob grŵp o lythrennau a rhifau.
error-passphrase_required = Teipiwch eich cyfrinymadrodd.
error-vault_corrupt = Mae ffeil eich cynllun ar y ddyfais hon wedi'i difrodi. Gallwch chi ei hadfer o gopi wrth gefn.
error-kdf_params_out_of_range = Mae gan ffeil eich cynllun osodiadau na fydd Harbour yn eu defnyddio, felly chafodd hi ddim ei hagor. Adferwch hi o gopi wrth gefn.
error-backup_corrupt = Mae'r ffeil wrth gefn hon wedi'i difrodi neu dydy hi ddim yn gopi wrth gefn Harbour. Does dim byd ar y ddyfais hon wedi newid.
error-vault_exists = Mae cynllun ar y ddyfais hon yn barod.
error-vault_not_found = Does dim cynllun ar y ddyfais hon eto.
error-vault_too_new = Cafodd y cynllun hwn ei gadw gan fersiwn mwy newydd o Harbour. Diweddarwch Harbour i'w agor.
error-vault_locked = Mae eich cynllun wedi'i gloi. Datglowch e i barhau; dydych chi ddim wedi colli dim byd a ysgrifennoch chi.
error-io = Doedd Harbour ddim yn gallu darllen nac ysgrifennu ffeil. Gwiriwch fod lle ar y ddyfais hon, yna rhowch gynnig arall arni.
error-storage = Doedd Harbour ddim yn gallu cadw ar hyn o bryd. Gwiriwch fod lle ar y ddyfais hon, yna rhowch gynnig arall arni.
error-unknown_field = Dydy'r rhan honno o'r cynllun ddim yn bodoli.
error-item_not_found = Dydy'r cofnod hwnnw ddim yno mwyach. Efallai ei fod wedi'i dynnu.
error-too_long = Mae hynny'n hirach nag y gall Harbour ei gadw mewn un lle. Rhannwch e'n ddarnau.
error-plan_corrupt = Doedd dim modd darllen rhan o'ch cynllun. Gallwch chi ei adfer o gopi wrth gefn.

## Sharing errors

error-message_too_large = Mae'r neges gydamseru hon yn rhy fawr i'w hagor. Does dim byd sy'n perthyn i chi wedi newid.
error-message_invalid = Mae'r neges gydamseru hon wedi'i difrodi, felly chafodd hi ddim ei defnyddio. Does dim byd sy'n perthyn i chi wedi newid.
error-message_unauthentic = Doedd dim modd gwirio'r neges gydamseru hon, felly chafodd hi ddim ei defnyddio. Efallai ei bod wedi'i newid ar y ffordd.
error-message_replayed = Daeth y neges gydamseru hon i law yn barod, felly chafodd hi ddim ei defnyddio eto.
error-write_refused = Daeth newid gan rywun sydd efallai heb ganiatâd i'w wneud, felly gwrthododd Harbour e.
error-invite_invalid = Dydy'r gwahoddiad hwn ddim yn edrych yn iawn. Gofynnwch am un newydd.
error-invite_expired = Mae'r gwahoddiad hwn wedi dod i ben. Gofynnwch am un newydd.
error-invite_used = Mae'r gwahoddiad hwn wedi cael ei ddefnyddio'n barod. Gofynnwch am un newydd.
error-bundle_invalid = Mae'r ffeil gydamseru hon wedi'i difrodi neu dydy hi ddim yn dod o Harbour. Does dim byd sy'n perthyn i chi wedi newid.
error-supporter_not_found = Does dim cefnogwr gyda'r enw hwnnw.
error-supporter_exists = Mae gennych chi gefnogwr gyda'r enw hwnnw'n barod. Dewiswch enw arall.
error-person_not_found = Does neb gyda'r enw hwnnw'n rhannu cynllun gyda chi.
error-device_not_found = Does dim dyfais gysylltiedig gyda'r enw hwnnw.
error-rate_limited = Cafodd arwydd ei anfon eiliad yn ôl. Arhoswch ychydig cyn anfon un arall.
error-code_mismatch = Dydy'r cod yna ddim yn cyfateb. Chafodd dim byd ei rannu. Gwiriwch y cod ar y sgrin arall a rhowch gynnig arall arni.
error-code_ambiguous = Atebodd mwy nag un ap gyda'r cod yna, felly efallai fod gan rywun arall y ddolen. I fod yn ddiogel, chafodd neb ei ychwanegu: stopiwch y gwahoddiad hwn a gwnewch un newydd.
error-vault_busy = Mae eich cynllun ar agor mewn ffenestr neu raglen Harbour arall. Caewch e yno, yna rhowch gynnig arall arni.
error-passphrase_too_short = Mae angen o leiaf 10 nod ar gyfrinymadrodd newydd. Mae hirach yn gryfach.
error-output_file_required = Dim ond mewn ffeil y gellir cadw PDF. Dewiswch ble i'w chadw.

## Sharing
## Supporters, plans shared with me, own devices, update files and the sync
## setting (ui/src/screens/Supporters, SharedWithMe, Devices; components/UpdateFiles, SyncSettings).

home-sharing-heading = Rhannu
home-sharing-body = Rhannwch rannau o'ch cynllun gyda phobl rydych chi'n ymddiried ynddyn nhw, darllenwch gynlluniau mae eraill yn eu rhannu gyda chi, a chysylltwch eich dyfeisiau eraill. Does dim byd yn cael ei rannu nes i chi ddewis.
nav-supporters = Pobl rydw i'n rhannu gyda nhw
nav-shared = Wedi'u rhannu gyda fi
nav-devices = Fy nyfeisiau

supporters-title = Pobl rydw i'n rhannu gyda nhw
supporters-intro = Chi sy'n dewis yn union pa rannau o'ch cynllun mae pob person yn eu gweld. Mae angen Harbour arnyn nhw, ond dim cyfrif.
supporters-empty = Dydych chi ddim yn rhannu eich cynllun gydag unrhyw un eto.
supporters-state-invited = Wedi'u gwahodd: yn aros iddyn nhw ymuno
supporters-state-expired = Daeth y gwahoddiad i ben cyn iddyn nhw ymuno. Stopiwch rannu a'u gwahodd eto.
supporters-state-active = Yn rhannu: maen nhw'n cael eich diweddariadau
supporters-state-revoked = Rydych chi wedi stopio rhannu
supporters-sees = Yn gweld: { $sections }
supporters-invited-at = Gwahoddwyd { $when }
supporters-last-synced = Diweddariad diwethaf ganddyn nhw: { $when }
supporters-never-synced = Dim diweddariad ganddyn nhw eto
supporters-role-accepted = Maen nhw wedi derbyn eu rôl yn eich cynllun.
supporters-availability = Yn eu geiriau nhw: “{ $words }”
supporters-signals-on = Byddan nhw'n cael gwybod os byddwch chi'n dechrau eich cynllun argyfwng neu'n gofyn am help.
supporters-replies = Eu hatebion
supporters-revoke = Stopio rhannu gyda nhw
supporters-revoke-explain = Os byddwch chi'n stopio rhannu, fydd { $name } ddim yn cael rhagor o ddiweddariadau, a bydd Harbour ar eu dyfais yn dileu eich cynllun y tro nesaf mae'n cael diweddariad gennych chi. Efallai y bydd yr hyn maen nhw wedi'i weld yn barod yn aros gyda nhw, er enghraifft os ydyn nhw wedi'i gopïo, ei argraffu neu dynnu llun ohono.
supporters-revoke-confirm = Stopio rhannu
supporters-revoke-cancel = Dal ati i rannu
supporters-revoked-done = Rydych chi wedi stopio rhannu gyda { $name }.
supporters-revoked-had = Roedden nhw wedi cael y canlynol yn barod: { $sections }. Bydd Harbour ar eu dyfais yn ei ddileu pan fydd yn cael diweddariad gennych chi nesaf. Efallai y bydd unrhyw beth maen nhw wedi'i gopïo, ei argraffu neu dynnu llun ohono yn aros gyda nhw.
supporters-revoked-nothing = Doedd dim byd wedi eu cyrraedd eto.
supporters-revoked-heading = Pobl rydych chi wedi stopio rhannu gyda nhw
supporters-revoked-at = Stopiwyd { $when }
supporters-ask-heading = Gofyn am help
supporters-ask-body = Dywedwch wrth y cefnogwyr sydd wedi cytuno yr hoffech chi gael help nawr. Maen nhw'n cael neges fer heb fanylion, a'ch cynllun argyfwng. Dydy hyn ddim yn ffonio'r gwasanaethau brys: os ydych chi mewn perygl nawr, ffoniwch 999.
supporters-ask-button = Gofyn i'm cefnogwyr am help
supporters-ask-done =
    { $count ->
        [0] Does neb wedi cytuno i gael gwybod eto.
        [zero] Does neb wedi cytuno i gael gwybod eto.
        [one] Bydd un cefnogwr yn cael gwybod gyda'ch diweddariad nesaf.
        [two] Bydd { $count } gefnogwr yn cael gwybod gyda'ch diweddariad nesaf.
        [few] Bydd { $count } cefnogwr yn cael gwybod gyda'ch diweddariad nesaf.
        [many] Bydd { $count } cefnogwr yn cael gwybod gyda'ch diweddariad nesaf.
       *[other] Bydd { $count } cefnogwr yn cael gwybod gyda'ch diweddariad nesaf.
    }

supporters-invite-start = Gwahodd rhywun
supporters-invite-heading = Gwahodd rhywun i weld rhan o'ch cynllun
supporters-invite-name = Eu henw
supporters-invite-from = Eich enw, fel y byddan nhw'n ei weld
supporters-invite-from-hint = Er enghraifft, eich enw cyntaf. Gallwch chi ei adael yn wag.
supporters-invite-sections = Beth gallan nhw ei weld
supporters-invite-signals = Dweud wrthyn nhw os bydda i'n dechrau fy nghynllun argyfwng neu'n gofyn am help
supporters-invite-signals-hint = Dim ond os ydyn nhw'n cytuno hefyd. Dydy Harbour byth yn ffonio'r gwasanaethau brys.
supporters-preview-heading = Beth bydd { $name } yn ei weld
supporters-preview-someone = y person hwn
supporters-preview-nothing = Dewiswch o leiaf un rhan i'w rhannu.
supporters-invite-create = Gwneud y gwahoddiad
supporters-invite-cancel = Canslo
supporters-invite-ready = Eich gwahoddiad i { $name }
supporters-invite-private = Anfonwch hwn atyn nhw'n breifat, er enghraifft mewn neges dim ond nhw sy'n ei darllen. Gall unrhyw un sydd â hwn ymuno, felly peidiwch â'i bostio yn unrhyw le cyhoeddus.
supporters-invite-link = Dolen wahoddiad
supporters-invite-copy = Copïo'r ddolen
supporters-invite-copied = Wedi'i gopïo.
supporters-invite-save = Cadw fel ffeil
supporters-invite-saved = Wedi'i gadw: { $path }
supporters-invite-qr = Neu gallan nhw sganio'r cod hwn gyda'u dyfais.
supporters-invite-qr-alt = Cod QR y gwahoddiad i { $name }
supporters-invite-code-later = Pan fydd eu ap wedi ateb, bydd Harbour yn gofyn i chi am y cod mae'n ei ddangos. Byddan nhw'n ei ddarllen i chi, a byddwch chi'n ei deipio isod.
supporters-code = Cod cadarnhau: { $code }. Gwiriwch ei fod yr un fath â'u cod nhw.
supporters-read-not-yet = Dydyn nhw ddim wedi nodi eich cynllun fel wedi'i ddarllen eto.
supporters-read-earlier = Dydyn nhw ddim wedi darllen eich newidiadau diweddaraf eto.
supporters-read-latest = Maen nhw wedi darllen eich newidiadau diweddaraf.
supporters-invite-expires = Mae'r gwahoddiad yn gweithio unwaith, am { $days } diwrnod.
supporters-invite-done = Wedi gorffen
supporters-state-waiting = Wedi ateb: yn aros i chi deipio eu cod
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = Mae ap { $name } wedi ateb. Gofynnwch i { $name } ddarllen i chi'r cod mae eu ap yn ei ddangos, a'i deipio yma. Does dim byd yn cael ei rannu nes i chi wneud hynny.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Y cod o ap { $name }
supporters-confirm-button = Cadarnhau
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = Roedd y cod yn cyfateb. Bydd { $name } yn cael eich cynllun gyda'ch diweddariad nesaf.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = Mae mwy nag un ap wedi ateb y gwahoddiad hwn, felly efallai fod gan rywun arall y ddolen. I fod yn ddiogel, stopiwch y gwahoddiad hwn a gwnewch un newydd i { $name }.
confirm-code-hint = 6 rhif, er enghraifft 123 456
confirm-code-format = Teipiwch bob un o 6 rhif y cod, er enghraifft 123 456.

shared-title = Wedi'u rhannu gyda fi
shared-intro = Cynlluniau mae pobl eraill yn eu rhannu gyda chi. Gallwch chi eu darllen heb y rhyngrwyd.
shared-empty = Does neb yn rhannu cynllun gyda chi eto. Pan fydd rhywun yn anfon gwahoddiad atoch chi, gludwch e isod.
shared-sections = Maen nhw'n rhannu: { $sections }
shared-not-yet = Yn aros am eu diweddariad cyntaf.
shared-has-changes = Mae rhywbeth wedi newid ers i chi ei ddarllen ddiwethaf.
shared-up-to-date = Rydych chi wedi darllen y fersiwn ddiweddaraf.
shared-open = Darllen cynllun { $person }
shared-open-crisis = Agor cynllun argyfwng { $person }
shared-back = Yn ôl i bob cynllun a rannwyd
shared-plan-title = Cynllun { $person }
shared-waiting = Does dim byd wedi cyrraedd gan { $person } eto. Agorwch y ffeil ddiweddaru maen nhw'n ei hanfon atoch chi, isod ar y sgrin flaenorol.
shared-updated-at = Daeth y diweddariad diwethaf { $when }
shared-first-read = Dyma'r tro cyntaf i chi ei ddarllen yma.
shared-changed =
    { $count ->
        [zero] Mae { $count } rhan wedi newid ers i chi ei ddarllen ddiwethaf:
        [one] Mae un rhan wedi newid ers i chi ei ddarllen ddiwethaf:
        [two] Mae { $count } ran wedi newid ers i chi ei ddarllen ddiwethaf:
        [few] Mae { $count } rhan wedi newid ers i chi ei ddarllen ddiwethaf:
        [many] Mae { $count } rhan wedi newid ers i chi ei ddarllen ddiwethaf:
       *[other] Mae { $count } rhan wedi newid ers i chi ei ddarllen ddiwethaf:
    }
shared-nothing-changed = Does dim byd wedi newid ers i chi ei ddarllen ddiwethaf.
shared-mark-read = Rydw i wedi'i ddarllen
shared-show-crisis = Dangos y cynllun argyfwng yn unig
shared-show-all = Dangos popeth maen nhw'n ei rannu
shared-signal-crisis_plan_activated = Mae { $person } wedi dechrau'r cynllun argyfwng ({ $when }). Mae'r cynllun argyfwng yn dweud beth hoffen nhw i chi ei wneud.
shared-signal-ask_for_help = Mae { $person } wedi gofyn am help ({ $when }). Mae'r cynllun argyfwng yn dweud beth hoffen nhw i chi ei wneud.
shared-signal-other = Mae { $person } wedi anfon arwydd atoch chi ({ $when }).
shared-signal-not-emergency = Dydy Harbour ddim yn ffonio'r gwasanaethau brys. Os oes rhywun mewn perygl nawr, ffoniwch 999.
shared-role-heading = Fy rôl
shared-role-accepted = Rydych chi wedi derbyn eich rôl.
shared-role-availability = Pryd a sut galla i helpu
shared-role-availability-hint = Er enghraifft: Gallwch chi fy ffonio yn y nos. Dyddiau'r wythnos ar ôl 6pm.
shared-role-signals = Dweud wrtha i os bydd { $person } yn dechrau'r cynllun argyfwng neu'n gofyn am help
shared-role-signals-hint = Byddwch chi'n cael neges dawel yma. Does dim manylion ynddi.
shared-role-accept = Rydw i'n derbyn fy rôl
shared-role-saved = Wedi'i gadw. Mae'n mynd atyn nhw gyda'ch diweddariad nesaf.
shared-reply-heading = Ateb
shared-reply-label = Neges i { $person }
shared-reply-send = Anfon ateb
shared-reply-queued = Mae eich ateb yn mynd atyn nhw gyda'ch diweddariad nesaf.
shared-join-heading = Ymuno gyda gwahoddiad
shared-join-intro = Mae rhywun wedi anfon dolen wahoddiad atoch chi. Gludwch hi yma. Does dim angen cyfrif arnoch chi.
shared-join-label = Dolen wahoddiad
shared-join-button = Ymuno
shared-joined = Mae { $person } yn rhannu gyda chi: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = Eich cod cadarnhau: { $code }. Darllenwch e iddyn nhw, wyneb yn wyneb neu ar y ffôn: byddan nhw'n ei deipio yn eu ap. Does dim byd yn cael ei rannu â chi nes iddyn nhw wneud hynny.
shared-joined-next = Nesaf, anfonwch ffeil ddiweddaru atyn nhw (neu cysonwch, os yw cysoni ymlaen), er mwyn i'w ap gael eich ateb. Ar ôl iddyn nhw deipio eich cod, bydd eu cynllun yn cyrraedd gyda'u diweddariad nesaf.

supporter-guide-title = Eich rôl fel cefnogwr
supporter-guide-intro = Mae { $person } wedi gofyn i chi eu cefnogi. Dyma beth mae hynny'n ei olygu, yn fyr.
supporter-guide-asked-heading = Beth mae { $person } yn ei ofyn gennych chi
supporter-guide-asked-sections = Mae { $person } yn rhannu'r rhannau hyn o'u cynllun gyda chi: { $sections }. Darllenwch nhw pan fyddan nhw'n cyrraedd, ac eto pan fydd rhywbeth yn newid.
supporter-guide-asked-crisis = Mae eu cynllun argyfwng yn dweud beth hoffen nhw i'r bobl o'u cwmpas ei wneud os bydd pethau'n mynd yn anodd. Edrychwch ar y cynllun maen nhw wedi'i rannu gyda chi i weld beth maen nhw'n ei ofyn gennych chi.
supporter-guide-asked-plan = Edrychwch ar y cynllun maen nhw wedi'i rannu gyda chi. Mae'n dweud beth sy'n eu helpu a beth hoffen nhw gan y bobl o'u cwmpas.
supporter-guide-asked-talk = Os nad yw rhywbeth ynddo'n glir, gofynnwch iddyn nhw ar adeg dawel.
supporter-guide-not-heading = Beth does dim gofyn i chi ei wneud
supporter-guide-not-clinician = Nid chi yw eu meddyg, eu nyrs na'u therapydd. Does dim rhaid i chi eu trin na datrys popeth.
supporter-guide-not-always = Does dim rhaid i chi fod ar gael drwy'r amser. Mae'n iawn dweud pryd gallwch chi helpu a phryd na allwch chi.
supporter-guide-not-share = Cadwch eu cynllun yn breifat. Peidiwch â'i ddangos na'i roi i neb arall.
supporter-guide-worried-heading = Os ydych chi'n poeni ac yn methu cysylltu â nhw
supporter-guide-worried-emergency = Os ydych chi'n meddwl bod eu bywyd mewn perygl, ffoniwch 999 nawr. Gallwch chi hefyd ffonio 112.
supporter-guide-worried-helplines = Os nad yw'n argyfwng, gallwch chi ffonio llinell gymorth. Maen nhw'n gwrando ar bobl sy'n poeni am rywun arall hefyd.
supporter-guide-worried-harbour = Dydy Harbour ddim yn ffonio neb ar eich rhan.
supporter-guide-helplines = Gweld y llinellau cymorth
supporter-guide-close = Cau'r canllaw hwn

devices-title = Fy nyfeisiau
devices-intro = Cysylltwch eich ffôn a'ch cyfrifiadur, fel bod eich cynllun ar y ddau.
devices-list-heading = Dyfeisiau cysylltiedig
devices-this-device = y ddyfais hon
devices-unnamed = Dyfais heb enw
devices-none = Dim ond y ddyfais hon sydd â'ch cynllun.
devices-remove = Tynnu'r ddyfais hon
devices-remove-explain = Tynnu { $name }? Mae eich dyfeisiau eraill yn symud i allwedd newydd. Efallai y bydd yr hyn sydd gan { $name } yn barod yn aros arni. I fod yn siŵr bod cysylltiadau eich cefnogwyr yn ddiogel hefyd, gwahoddwch nhw eto.
devices-remove-confirm = Ei thynnu
devices-removed = Cafodd { $name } ei thynnu.
devices-link-heading = Cysylltu dyfais arall
devices-link-intro = Gwnewch god yma, yna rhowch e ar eich dyfais arall.
devices-link-start = Gwneud cod
devices-link-code = Rhowch y cod hwn ar eich dyfais arall:
devices-link-qr-alt = Cod QR i gysylltu dyfais arall
devices-link-next = Yna anfonwch ffeil ddiweddaru i'r ddyfais hon oddi yno. Pan fydd hi'n cyrraedd, teipiwch y cod mae'r ddyfais newydd yn ei ddangos, ac anfonwch ffeil ddiweddaru yn ôl. Mae'r cod yn gweithio unwaith.
devices-join-heading = Dyma fy nyfais newydd
devices-join-intro = Rhowch y cod mae eich dyfais arall yn ei ddangos.
devices-join-code = Cod o fy nyfais arall
devices-join-name = Enw ar gyfer y ddyfais hon
devices-join-button = Cysylltu'r ddyfais hon
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = Bron wedi cysylltu. Cod cadarnhau: { $code }. Nawr anfonwch ffeil ddiweddaru at eich dyfais arall (neu cysonwch), a theipiwch y cod hwn yno. Mae eich cynllun yn cyrraedd gyda'i diweddariad nesaf ar ôl hynny.
devices-code = Cod cadarnhau: { $code }. Gwiriwch ei fod yr un fath â'r un a ddangosodd y ddyfais honno pan ymunodd.
devices-state-waiting = Wedi ateb: yn aros i chi deipio ei chod
devices-waiting-heading = Mae dyfais newydd wedi ateb
devices-waiting-explain = Teipiwch y cod mae hi'n ei ddangos. Does dim byd yn cael ei rannu â hi nes i chi wneud hynny.
devices-waiting-many = Mae mwy nag un ddyfais wedi ateb. Os mai dim ond un rydych chi'n ei chysylltu, efallai fod gan rywun arall eich cod: i fod yn ddiogel, gwnewch god newydd a chysylltu eto.
devices-confirm-label = Y cod o'r ddyfais newydd
devices-confirm-button = Cadarnhau
devices-confirmed = Roedd y cod yn cyfateb. Bydd y ddyfais newydd yn cael eich cynllun gyda'ch diweddariad nesaf.

sync-files-heading = Ffeiliau diweddaru
sync-files-intro = Heb weinydd trosglwyddo, mae diweddariadau'n teithio fel ffeiliau: cadwch un a'i hanfon drwy e-bost, ap negeseuon neu gof bach USB. Mae wedi'i hamgryptio: dim ond y bobl rydych chi'n rhannu gyda nhw sy'n gallu ei hagor.
sync-file-save = Cadw ffeil ddiweddaru
sync-file-saved = Wedi'i chadw: { $path }. Anfonwch y ffeil hon at y bobl rydych chi'n rhannu gyda nhw.
sync-file-open-label = Ffeil ddiweddaru a anfonodd rhywun atoch chi
sync-file-open = Agor y ffeil ddiweddaru
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = Agoroch chi { $name } o’ch ffeiliau. Does dim yn cael ei ddarllen nes i chi dapio “Agor y ffeil ddiweddaru”.
sync-file-in-done =
    { $accepted ->
        [zero] Daeth { $accepted } diweddariad i law.
        [one] Daeth un diweddariad i law.
        [two] Daeth { $accepted } ddiweddariad i law.
        [few] Daeth { $accepted } diweddariad i law.
        [many] Daeth { $accepted } diweddariad i law.
       *[other] Daeth { $accepted } diweddariad i law.
    }
sync-file-in-some-refused = Diweddariadau a ddaeth i law: { $accepted }; rhai na ellid eu defnyddio: { $refused }. Wnaethon nhw ddim newid dim byd sy'n perthyn i chi.
sync-file-in-nothing-new = Dim byd newydd: roedd popeth yn y ffeil hon gennych chi'n barod.
sync-file-in-not-for-me = Does dim byd i chi yn y ffeil hon.
sync-file-in-revoked = Mae { $person } wedi stopio rhannu'r cynllun gyda chi, felly mae wedi'i dynnu oddi ar y ddyfais hon.

sync-heading = Cydamseru
sync-intro = Mae cydamseru yn anfon eich diweddariadau drwy weinydd trosglwyddo, felly does dim angen ffeiliau arnoch chi. Mae i ffwrdd nes i chi ei droi ymlaen. Tra mae i ffwrdd, dydy Harbour ddim yn cysylltu â'r rhyngrwyd.
sync-state-off = Mae cydamseru i ffwrdd.
sync-state-on = Mae cydamseru ymlaen, drwy { $url }.
sync-relay-not-yet = Dydy'r fersiwn hon o Harbour ddim yn gallu cyrraedd gweinydd trosglwyddo eto. Mae eich dewis wedi'i gadw; tan hynny, defnyddiwch ffeiliau diweddaru.
sync-toggle = Cydamseru drwy weinydd trosglwyddo
sync-relay-url = Cyfeiriad y gweinydd trosglwyddo
sync-relay-url-hint = Mae'n dechrau gyda https://. Gofynnwch i bwy bynnag sy'n rhedeg eich gweinydd trosglwyddo, er enghraifft elusen leol.
sync-turn-on = Troi cydamseru ymlaen
sync-save-address = Cadw cyfeiriad y gweinydd trosglwyddo
sync-last-file-out = Cadwyd y ffeil ddiweddaru ddiwethaf { $when }
sync-last-file-in = Agorwyd y ffeil ddiweddaru ddiwethaf { $when }
sync-status-off = Mae cydamseru i ffwrdd.
sync-status-waiting = Yn aros i gydamseru am y tro cyntaf.
sync-status-synced = Wedi cydamseru.
sync-status-offline = All-lein: mae eich newidiadau'n cael eu cadw a'u hanfon pan fydd y cysylltiad yn ôl.
sync-status-error = Wnaeth cydamseru ddim gweithio y tro diwethaf.
sync-last-relay = Cydamserwyd ddiwethaf { $when }
sync-retry = Mae Harbour yn rhoi cynnig arall arni ar ei ben ei hun bob munud. Does dim byd yn cael ei golli yn y cyfamser.
sync-unsent =
    { $count ->
        [zero] Mae { $count } diweddariad yn aros i gael eu hanfon.
        [one] Mae un diweddariad yn aros i gael ei anfon.
        [two] Mae { $count } ddiweddariad yn aros i gael eu hanfon.
        [few] Mae { $count } diweddariad yn aros i gael eu hanfon.
        [many] Mae { $count } diweddariad yn aros i gael eu hanfon.
       *[other] Mae { $count } diweddariad yn aros i gael eu hanfon.
    }
sync-now = Cydamseru nawr
error-relay_unreachable = Doedd Harbour ddim yn gallu cyrraedd y gweinydd trosglwyddo. Gwiriwch fod y ddyfais hon ar-lein a bod cyfeiriad y gweinydd trosglwyddo'n gywir.
error-relay_refused = Gwrthododd y gweinydd trosglwyddo y diweddariad hwn (er enghraifft mae'n llawn neu mae'r diweddariad yn rhy fawr). Mae eich cynllun yn ddiogel ar y ddyfais hon; holwch pwy bynnag sy'n rhedeg y gweinydd.

## My places

my-places-title = Fy lleoedd
my-places-intro = Lleoedd sy'n eich helpu chi, fel tŷ ffrind. Maen nhw'n cael eu cadw wedi'u cloi yn eich cynllun ar y ddyfais hon ac yn ymddangos yn Dod o hyd i help gerllaw tra mae eich cynllun ar agor.
my-places-empty = Dydych chi ddim wedi ychwanegu unrhyw leoedd eto.
my-places-add = Ychwanegu lle
my-places-add-title = Ychwanegu lle
my-places-edit-title = Newid y lle hwn
my-places-edit = Newid
my-places-remove = Tynnu
my-places-remove-confirm = Tynnu { $name }?
my-places-remove-yes = Ie, ei dynnu
my-places-remove-no = Ei gadw
my-places-name = Enw
my-places-phone = Rhif ffôn (dewisol)
my-places-address = Cyfeiriad (dewisol)
my-places-town = Tref (dewisol)
my-places-postcode = Cod post (dewisol)
my-places-position = Union leoliad (dewisol)
my-places-position-hint = Lledred a hydred, er enghraifft 52.9107, -0.6423. Hebddo, mae Harbour yn defnyddio canol y dref.
my-places-hours = Amseroedd agor (dewisol)
my-places-hours-hint = Yn null OpenStreetMap, er enghraifft: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Nodyn (dewisol)
my-places-save = Cadw
my-places-cancel = Canslo
my-places-not-on-map = Ddim ar y map: doedd Harbour ddim yn adnabod y dref. Chwiliwch am ei enw i ddod o hyd iddo.
my-places-added-by-you = Wedi'i ychwanegu gennych chi
find-kind-other = Arall
error-place_name_required = Rhowch enw i'r lle.
error-phone_invalid = Dydy hynny ddim yn edrych fel rhif ffôn. Defnyddiwch rifau, bylchau a + ar y dechrau yn unig.
error-opening_hours_invalid = Doedd Harbour ddim yn gallu darllen yr amseroedd agor hynny. Rhowch gynnig ar y ffurf Mo-Fr 09:00-17:00, neu gadewch nhw'n wag.
error-coordinates_invalid = Dydy'r lleoliad hwnnw ddim yn edrych yn iawn. Teipiwch y lledred a'r hydred, gyda choma rhyngddyn nhw, neu gadewch e'n wag.
error-my_place_not_found = Dydy'r lle hwnnw ddim yno mwyach. Efallai ei fod wedi'i dynnu.

## Daily check-in

section-checkins-title = Fy ngwiriad dyddiol (y lliw yn unig)
checkin-heading = Sut ydych chi heddiw?
checkin-note-label = Ychydig eiriau, os hoffech chi (chi yn unig sy’n eu gweld)
checkin-green = Gwyrdd: rydw i’n iawn
checkin-amber = Ambr: rydw i’n ei chael hi’n anodd
checkin-red = Coch: rydw i’n cael trafferth fawr
checkin-state-green = gwyrdd
checkin-state-amber = ambr
checkin-state-red = coch
checkin-since = Fy ngwiriad diweddaraf: { $state }, ers { $when }
checkin-when-today = heddiw
checkin-privacy = Mae un tap yn ddigon. Mae eich nodiadau’n aros ar eich dyfeisiau. Dim ond os ydych chi’n rhannu eich gwiriad gyda chefnogwr y bydd yn gweld eich lliw.
checkin-saved = Wedi’i gadw. Diolch am wirio.
checkin-red-heading = Dywedoch chi goch. Does dim rhaid i chi wynebu hyn ar eich pen eich hun.
checkin-red-body = Mae eich cynllun argyfwng yma, a gallwch ofyn i’ch cefnogwyr am help. Nid oes dim yn cael ei anfon oni bai eich bod yn tapio.
checkin-red-plan = Agor fy nghynllun argyfwng
checkin-history-heading = Y pedair wythnos diwethaf
checkin-history-summary = Yn y pedair wythnos diwethaf: { $green } gwyrdd, { $amber } ambr, { $red } coch, { $none } diwrnod heb wiriad.
checkin-history-range = O { $from } i { $to }
checkin-history-no-day = dim gwiriad
checkin-history-list = Fy ngwiriadau diweddar, fel rhestr
shared-checkin = Gwiriad { $person }: { $state } ers { $when }

## Photos on reasons and the toolbox

photo-add = Ychwanegu llun
photo-change = Newid y llun
photo-remove = Tynnu’r llun
photo-working = Yn ychwanegu’r llun…
error-photo_invalid = Nid yw’r ffeil honno’n llun y gall Harbour ei ddefnyddio. Dewiswch lun JPEG, PNG, WebP neu GIF.
error-photo_too_large = Mae’r llun hwnnw’n rhy fawr. Dewiswch un llai nag 20 MB.
error-photo_not_found = Nid yw’r llun hwnnw yno mwyach.
