# Harbour — Cymraeg, Hawdd ei Ddeall (Easy Read).
# Yr un ids â harbour.ftl, mewn geiriau syml: brawddegau byr, un syniad ar bob llinell.
# Mae unrhyw id sydd ar goll yn defnyddio'r testun o harbour.ftl.
# "Cyfrinymadrodd" (passphrase) = "geiriau cyfrinachol" yma, ym mhob man.

app-name = Harbour
skip-to-content = Mynd i'r brif ran
loading = Arhoswch funud…

## Navigation

nav-get-help-now = Cael help nawr

## Home

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

## Get help now

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

## Find help

nav-find-help = Dod o hyd i le yn agos atoch chi
home-find-heading = Lleoedd gallwch chi fynd iddyn nhw
home-find-body =
    Dewch o hyd i le diogel yn agos atoch chi.
    Mae'n gweithio heb y rhyngrwyd.
find-title = Dod o hyd i le yn agos atoch chi
find-intro =
    Teipiwch enw tref.
    Mae Harbour yn edrych yn ei restr ei hun.
    Dydy e ddim yn anfon dim byd.
find-place-label = Tref, dinas neu god post
find-place-hint = Er enghraifft: Caerdydd neu CF10 1AA
find-search = Chwilio
find-open-now = Dangos lleoedd sydd ar agor nawr yn unig
find-kind-label = Pa fath o le
find-kind-all = Pob lle
find-kind-crisis_cafe = Caffi argyfwng: lle tawel i fynd a siarad
find-kind-safe_haven = Hafan ddiogel: lle tawel i fynd a siarad
find-kind-crisis_house = Tŷ argyfwng: lle i aros am amser byr
find-kind-peer_group = Grŵp gyda phobl sydd wedi bod drwy hyn hefyd
find-kind-drop_in = Galw heibio: gallwch chi jyst troi i fyny
find-kind-helpline = Llinell gymorth
find-near = Ger { $place }
find-matching = Lleoedd sy'n cyfateb i “{ $query }”
find-none =
    Wnaethon ni ddim dod o hyd i ddim byd yma.
    Rhowch gynnig ar dref fwy yn agos atoch chi.
    Neu ffoniwch linell gymorth.
find-none-open =
    Does dim byd yn agos ar agor nawr.
    Mae llinellau cymorth ar agor ddydd a nos.
find-status-open-all-day = Ar agor drwy'r dydd a drwy'r nos
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
    [monday] Yn agor ddydd Llun am { $time }
    [tuesday] Yn agor ddydd Mawrth am { $time }
    [wednesday] Yn agor ddydd Mercher am { $time }
    [thursday] Yn agor ddydd Iau am { $time }
    [friday] Yn agor ddydd Gwener am { $time }
    [saturday] Yn agor ddydd Sadwrn am { $time }
   *[sunday] Yn agor ddydd Sul am { $time }
  }
find-status-closed = Ddim ar agor yr wythnos hon
find-status-unknown =
    Dydyn ni ddim yn gwybod pryd mae ar agor.
    Ffoniwch neu gwiriwch cyn mynd.
find-distance = { $km } km i ffwrdd
find-distance-approx = Tua { $km } km o ganol y dref
find-distance-in-town = Yn { $town }. Dim ond y dref rydyn ni'n ei gwybod.
find-distance-unknown = Dydyn ni ddim yn gwybod pa mor bell yw e
find-referral-self_referral = Gallwch chi jyst cerdded i mewn
find-referral-phone_first = Ffoniwch neu trefnwch cyn mynd
find-referral-referral_needed =
    Allwch chi ddim jyst mynd.
    Mae angen i rywun fel meddyg neu nyrs eich anfon chi.
find-age = I bobl o oed: { $ages }
find-call = Ffonio
find-directions = Sut i gyrraedd
find-website = Gwefan
find-hours-source = Oriau agor o'r rhestr: { $text }
find-last-checked = Fe wnaethon ni wirio hyn ar { $date }
find-stale = { $months ->
    [zero] Efallai fod hyn yn hen. Fe wnaethon ni ei wirio { $months } mis yn ôl.
    [one] Efallai fod hyn yn hen. Fe wnaethon ni ei wirio { $months } mis yn ôl.
    [two] Efallai fod hyn yn hen. Fe wnaethon ni ei wirio { $months } fis yn ôl.
    [few] Efallai fod hyn yn hen. Fe wnaethon ni ei wirio { $months } mis yn ôl.
    [many] Efallai fod hyn yn hen. Fe wnaethon ni ei wirio { $months } mis yn ôl.
   *[other] Efallai fod hyn yn hen. Fe wnaethon ni ei wirio { $months } mis yn ôl.
}
find-stale-source =
    Efallai fod hyn yn hen.
    Mae'r rhestr mae'n dod ohoni yn hen.
find-source = O ble daeth hyn
find-report = Dweud wrthon ni bod rhywbeth yn anghywir
find-caution =
    Gall lleoedd newid eu horiau.
    Ffoniwch nhw yn gyntaf os gallwch chi.
    Mewn argyfwng, ffoniwch 999.
help-nearby-heading = Ar agor nawr ger { $place }
help-nearby-none = Does dim byd ger { $place } ar agor nawr.
help-find-more = Dod o hyd i le yn agos atoch chi

## Errors

error-invalid_input =
    Wnaeth hynny ddim gweithio.
    Gwiriwch a rhowch gynnig arall arni.
error-data_invalid =
    Mae rhywbeth o'i le y tu mewn i Harbour.
    Rhowch wybod i dîm Harbour.
error-internal =
    Aeth rhywbeth o'i le.
    Mae eich cynllun yn ddiogel.

## Menu

nav-quick-exit = Gadael yn gyflym
nav-quick-exit-hint =
    Mae hyn yn cuddio Harbour ar unwaith.
    Mae'n cloi eich cynllun.
    Gallwch chi hefyd bwyso'r fysell Escape ddwywaith.
nav-settings = Gosodiadau
nav-my-plan = Fy nghynllun
nav-lock = Cloi
nav-menu = Rhagor o ddewisiadau

## First time

welcome-title = Croeso i Harbour
welcome-lead =
    Mae Harbour yn lle tawel a phreifat.
    Gallwch chi ysgrifennu beth sy'n eich helpu i gadw'n iach.
    Gallwch chi ysgrifennu beth rydych chi eisiau pan mae pethau'n anodd.
welcome-does-heading = Beth mae Harbour yn ei wneud
welcome-does-1 =
    Mae Harbour yn cadw eich cynllun ar y ffôn neu'r cyfrifiadur hwn.
    Mae'n cloi eich cynllun gyda geiriau cyfrinachol.
    Dim ond chi sy'n gwybod y geiriau cyfrinachol.
welcome-does-2 =
    Mae Harbour yn eich helpu i ysgrifennu eich cynllun.
    Gallwch chi ysgrifennu un rhan ar y tro.
    Gallwch chi gymryd eich amser.
welcome-does-3 =
    Gallwch chi argraffu cerdyn bach ar gyfer argyfwng.
    Gallwch chi argraffu cynllun un dudalen i gadw'n ddiogel.
welcome-doesnt-heading = Beth dydy Harbour ddim yn ei wneud
welcome-doesnt-1 =
    Dydy Harbour ddim yn gwylio beth rydych chi'n ei wneud.
    Mae beth rydych chi'n ei ysgrifennu yn aros yma.
    Dim ond os ydych chi'n dewis ei rannu mae'n mynd at bobl.
welcome-doesnt-2 =
    Dydy Harbour ddim yn ffonio neb ar eich rhan.
    Dydy e ddim yn wasanaeth brys.
welcome-doesnt-3 =
    All neb agor eich cynllun heb eich geiriau cyfrinachol neu eich allwedd adfer.
    Dim hyd yn oed ni.
welcome-start = Dechrau
welcome-restore = Mae gen i gopi o fy nghynllun
welcome-step = Cam { $step } o { $total }
welcome-language-title = Iaith a darllen
welcome-language-lead =
    Dewiswch sut mae Harbour yn siarad â chi.
    Gallwch chi newid hyn yn nes ymlaen yn y Gosodiadau.
welcome-language-label = Iaith
welcome-easy-read-label = Hawdd ei Ddeall: brawddegau byr a geiriau hawdd
welcome-next = Nesaf
welcome-back = Yn ôl
passphrase-title = Dewiswch eich geiriau cyfrinachol
passphrase-lead =
    Mae eich geiriau cyfrinachol yn cloi eich cynllun.
    Dewiswch ychydig o eiriau bob dydd.
    Rhowch nhw gyda'i gilydd mewn ffordd fyddai neb arall yn ei dewis.
    Er enghraifft: “tegell afon melyn hosan”.
passphrase-label = Geiriau cyfrinachol
passphrase-confirm-label = Teipiwch nhw eto
passphrase-show = Dangos fy ngeiriau cyfrinachol
passphrase-strength = Pa mor gryf: { $level }
passphrase-strength-0 = rhy fyr
passphrase-strength-1 = gwan
passphrase-strength-2 = iawn
passphrase-strength-3 = da
passphrase-strength-4 = cryf
passphrase-tip-length =
    Defnyddiwch o leiaf 10 llythyren.
    Mae hirach yn well.
passphrase-tip-words = Rhowch gynnig ar ychwanegu un gair arall.
passphrase-tip-common =
    Mae llawer o bobl yn defnyddio'r geiriau hynny.
    Maen nhw'n hawdd eu dyfalu.
passphrase-tip-good = Mae hynny'n edrych yn dda.
passphrase-mismatch = Dydy'r ddau ddim yr un fath eto.
passphrase-create = Cloi fy nghynllun gyda'r geiriau cyfrinachol hyn
passphrase-creating =
    Rydyn ni'n paratoi eich cynllun.
    Mae hyn yn cymryd eiliad…
recovery-title = Eich allwedd adfer
recovery-lead =
    Mae eich allwedd adfer yn allwedd sbâr i'ch cynllun.
    Defnyddiwch hi os byddwch chi'n anghofio eich geiriau cyfrinachol.
    Gallwch chi ei gweld hi eto yn y Gosodiadau.
    Mae angen eich geiriau cyfrinachol i'w gweld hi.
recovery-key-label = Allwedd adfer
recovery-print = Ei hargraffu
recovery-save = Ei chadw mewn ffeil
recovery-saved-to = Wedi'i chadw fel { $name } yn { $path }
recovery-confirm = Rydw i wedi rhoi fy allwedd adfer rywle diogel
recovery-confirm-first =
    Yn gyntaf, argraffwch neu cadwch yr allwedd.
    Yna ticiwch y blwch.
recovery-continue = Mynd i fy nghynllun
recovery-keep-safe =
    Cadwch hi rywle preifat, nid ar y ffôn neu'r cyfrifiadur hwn.
    Er enghraifft, gyda'ch papurau pwysig.
    Neu gyda rhywun rydych chi'n ymddiried ynddo.

## Unlock and quick exit

unlock-title = Agor eich cynllun
unlock-lead = Teipiwch eich geiriau cyfrinachol i agor eich cynllun.
unlock-passphrase-label = Eich geiriau cyfrinachol
unlock-button = Agor
unlock-working = Yn agor…
unlock-use-recovery = Rydw i wedi anghofio fy ngeiriau cyfrinachol. Defnyddio fy allwedd adfer.
unlock-use-passphrase = Defnyddio fy ngeiriau cyfrinachol
unlock-recovery-label = Allwedd adfer
unlock-recovery-hint =
    Dyma'r allwedd wnaethoch chi ei hargraffu neu ei chadw ar y dechrau.
    Does dim ots am fylchau a llinellau.
unlock-locked-idle =
    Mae Harbour wedi cloi eich cynllun.
    Mae hyn yn ei gadw'n breifat.
neutral-title = Nodiadau
neutral-note-label = Nodyn
neutral-done = Wedi gorffen

## My plan

home-plan-title = Fy nghynllun
home-plan-intro =
    Ysgrifennwch ychydig ar y tro.
    Mae Harbour yn ei gadw wrth i chi deipio.
home-crisis-heading = Fy nghynllun ar gyfer argyfwng
home-crisis-status = Nawr: { $status }
home-crisis-open = Agor fy nghynllun argyfwng
home-crisis-edit = Newid fy nghynllun argyfwng
home-sections-heading = Rhannau fy nghynllun
home-filled = { $filled } o { $total } wedi'u gwneud
home-last-reviewed = Edrychais arno ddiwethaf ar { $date }
home-never-reviewed = Heb edrych arno eto
home-views-heading = Darllen neu argraffu fy nghynllun
home-view-full = Fy nghynllun i gyd
home-view-safety = Fy nghynllun i gadw'n ddiogel, ar un dudalen
home-view-crisis = Fy nghynllun argyfwng i'w ddarllen
home-view-card = Cerdyn argyfwng bach i fy waled
crisis-status-inactive = ddim yn cael ei ddefnyddio
crisis-status-active = yn cael ei ddefnyddio
crisis-status-stood_down = wedi gorffen
crisis-status-since = Newidiodd { $by } hyn ar { $date }

## The parts of the plan

section-toolbox-title = Pethau sy'n fy helpu
section-toolbox-intro =
    Pethau sy'n eich helpu i deimlo'n dda.
    Pethau rydych chi eisiau cadw draw oddi wrthyn nhw.
section-daily-title = Bob dydd
section-daily-intro =
    Sut mae diwrnod da i chi.
    Beth sy'n eich helpu i gael diwrnodau da.
section-triggers-title = Pethau sy'n fy ypsetio
section-triggers-intro =
    Pethau all eich ypsetio.
    Beth allwch chi ei wneud pan maen nhw'n digwydd.
    Cymerwch eich amser.
section-early_warning-title = Arwyddion cyntaf
section-early_warning-intro =
    Arwyddion bach bod pethau'n mynd yn anoddach.
    Beth sy'n helpu bryd hynny.
section-breaking_down-title = Pan mae pethau'n ddrwg iawn
section-breaking_down-intro =
    Arwyddion bod pethau'n ddrwg iawn.
    Beth i'w wneud ar unwaith.
    Gall hyn fod yn gofyn am help.
section-crisis-title = Cynllun argyfwng
section-crisis-intro =
    Mae'r rhan hon ar gyfer y bobl sy'n eich helpu chi.
    Mae'n dweud wrthyn nhw beth rydych chi ei eisiau.
    Maen nhw'n ei ddefnyddio os na allwch chi ddweud wrthyn nhw.
section-after_crisis-title = Ar ôl argyfwng
section-after_crisis-intro =
    Sut rydych chi'n gwybod bod yr argyfwng drosodd.
    Beth sy'n eich helpu i wella eto.
section-reasons-title = Rhesymau dros ddal ati
section-reasons-intro =
    Mae'r rhan hon i chi yn unig.
    Y bobl a'r pethau rydych chi'n eu caru.

crisis-part-well = Sut ydw i pan rydw i'n iach
crisis-part-take_over = Pryd dylai pobl eraill gymryd drosodd
crisis-part-people = Pwy rydw i eisiau i fy helpu, a phwy dydw i ddim
crisis-part-medication = Moddion
crisis-part-treatments = Gofal a help gan feddygon
crisis-part-home = Help gartref neu'n agos at gartref
crisis-part-places = Lleoedd i gael gofal
crisis-part-help = Help gan bobl eraill
crisis-part-surroundings = Gwneud fy nghartref yn fwy diogel
crisis-part-money = Arian
crisis-part-ending = Pan nad oes angen y cynllun hwn arna i mwyach
crisis-part-advance_choice = Fy nymuniadau am fy ngofal
crisis-parts-heading = Rhannau fy nghynllun argyfwng
crisis-back = Holl rannau fy nghynllun argyfwng

## Questions in the plan

field-toolbox-helps = Pethau sy'n fy helpu i gadw'n iach
field-toolbox-helps-hint = Pethau sy'n gwneud i chi deimlo'n well neu'n dawelach.
field-toolbox-helps-example =
    Er enghraifft: mynd am dro ar lan yr afon.
    Ffonio fy chwaer.
    Bath poeth.
field-toolbox-avoid = Pethau rydw i'n cadw draw oddi wrthyn nhw
field-toolbox-avoid-hint = Pethau sy'n gwneud i chi deimlo'n waeth.
field-toolbox-avoid-example =
    Er enghraifft: gormod o goffi.
    Bod ar fy ffôn yn hwyr yn y nos.
    Peidio â bwyta.
field-daily-when_well = Sut ydw i pan rydw i'n iach
field-daily-when_well-hint = Dywedwch sut ydych chi ar ddiwrnod da.
field-daily-when_well-example =
    Er enghraifft: rydw i'n siarad llawer.
    Rydw i'n hoffi coginio.
    Rydw i'n cysgu'n dda.
field-daily-every_day = Beth sydd angen i mi ei wneud bob dydd
field-daily-every_day-hint = Pethau bach bob dydd sy'n eich cadw'n iach.
field-daily-every_day-example =
    Er enghraifft: bwyta brecwast.
    Cymryd fy nhabledi.
    Mynd allan am ddeg munud.
field-daily-might_need = Pethau efallai y bydd angen i mi eu gwneud
field-daily-might_need-hint = Pethau sy'n helpu weithiau, nid bob dydd.
field-daily-might_need-example =
    Er enghraifft: golchi fy nillad.
    Gweld ffrind.
    Talu bil.
field-triggers-triggers = Pethau sy'n fy ypsetio
field-triggers-triggers-hint = Pethau sy'n digwydd ac yn eich ypsetio.
field-triggers-triggers-example =
    Er enghraifft: ffraeo.
    Poeni am arian.
    Lleoedd swnllyd a phrysur.
field-triggers-must_do = Pan fydd hynny'n digwydd, fe fydda i'n
field-triggers-must_do-hint = Beth fyddwch chi'n ei wneud pan fydd rhywbeth yn eich ypsetio.
field-triggers-must_do-example =
    Er enghraifft: dweud wrth rywun rydw i'n ymddiried ynddo.
    Anadlu'n araf.
    Mynd i rywle tawel.
field-triggers-might_do = Efallai hefyd y bydda i'n
field-triggers-might_do-hint = Pethau eraill i roi cynnig arnyn nhw os ydych chi'n teimlo'n ddigon cryf.
field-triggers-might_do-example =
    Er enghraifft: ei ysgrifennu.
    Mynd i redeg.
    Gwylio ffilm rydw i'n ei hoffi.
field-early_warning-signs = Newidiadau bach rydw i'n sylwi arnyn nhw
field-early_warning-signs-hint = Newidiadau bach y gallech chi neu bobl agos eu gweld gyntaf.
field-early_warning-signs-example =
    Er enghraifft: rydw i'n cysgu'n wael.
    Dydw i ddim yn ateb negeseuon.
    Rydw i'n teimlo'n nerfus.
field-early_warning-must_do = Pan fydda i'n sylwi arnyn nhw, fe fydda i'n
field-early_warning-must_do-hint = Pethau sy'n eich helpu i deimlo'n well eto.
field-early_warning-must_do-example =
    Er enghraifft: mynd i'r gwely ar yr un amser.
    Dweud wrth fy mhartner.
field-early_warning-might_do = Efallai hefyd y bydda i'n
field-early_warning-might_do-hint = Pethau eraill sy'n helpu weithiau.
field-early_warning-might_do-example =
    Er enghraifft: cymryd diwrnod i ffwrdd o'r gwaith.
    Gweld fy meddyg.
field-breaking_down-signs = Arwyddion bod pethau'n gwaethygu'n fawr
field-breaking_down-signs-hint = Arwyddion bod angen mwy o help arnoch chi nawr.
field-breaking_down-signs-example =
    Er enghraifft: rydw i'n stopio bwyta.
    Dydw i ddim yn cysgu am ddyddiau.
    Rydw i'n teimlo nad oes dim gobaith.
field-breaking_down-must_do = Pethau y bydda i'n eu gwneud ar unwaith
field-breaking_down-must_do-hint = At bwy byddwch chi'n troi am help, a sut.
field-breaking_down-must_do-example =
    Er enghraifft: ffonio fy ngweithiwr iechyd meddwl.
    Aros gyda fy ffrind.
    Ffonio llinell gymorth.
field-breaking_down-might_do = Efallai hefyd y bydda i'n
field-breaking_down-might_do-hint = Pethau eraill allai helpu nawr.
field-breaking_down-might_do-example =
    Er enghraifft: gofyn i ffrind aros dros nos.
    Rhoi allweddi fy nghar i rywun.
field-crisis-when_well = Sut ydw i pan rydw i'n iach
field-crisis-when_well-hint =
    Mae hyn yn helpu pobl eraill i weld y gwahaniaeth.
    Ysgrifennwch e ar gyfer rhywun sydd ddim yn eich adnabod yn dda.
field-crisis-when_well-example =
    Er enghraifft: rydw i'n dawel ond yn gyfeillgar.
    Rydw i'n hoffi gwneud pethau yr un ffordd.
    Rydw i'n gofalu am fy nghi bob dydd.
field-crisis-take_over_signs = Arwyddion y dylai pobl eraill gymryd drosodd
field-crisis-take_over_signs-hint = Beth fyddai pobl yn ei weld sy'n golygu bod angen iddyn nhw weithredu drosoch chi.
field-crisis-take_over_signs-example =
    Er enghraifft: rydw i'n stopio bwyta.
    Dydw i ddim yn gwybod pwy ydy pobl.
    Rydw i'n siarad am beidio â bod yma.
field-crisis-supporters = Pobl rydw i eisiau iddyn nhw fy helpu
field-crisis-supporters-hint =
    Pwy ydyn nhw.
    Sut i gysylltu â nhw.
    Beth rydych chi eisiau i bob un ei wneud.
field-crisis-supporters-example =
    Er enghraifft: Sam, fy chwaer, 07700 900123.
    Mae hi'n aros gyda fi ac yn ffonio fy meddyg.
field-crisis-not_involved = Pobl dydw i ddim eisiau iddyn nhw fy helpu
field-crisis-not_involved-hint = Gallwch chi ddweud pam os ydych chi eisiau.
field-crisis-not_involved-example = Er enghraifft: fy nghyn-bartner.
field-crisis-disagreements = Os nad yw'r bobl sy'n fy helpu yn cytuno
field-crisis-disagreements-hint = Sut dylai'r bobl sy'n eich helpu benderfynu os nad ydyn nhw'n cytuno.
field-crisis-disagreements-example = Er enghraifft: fy chwaer sy'n penderfynu.
field-crisis-medication_current = Moddion rydw i'n eu cymryd nawr
field-crisis-medication_current-hint =
    Yr enw, faint, a beth mae ar ei gyfer.
    Dim ond os ydych chi'n gwybod.
field-crisis-medication_current-example = Er enghraifft: sertraline 50 mg bob bore.
field-crisis-medication_preferred = Moddion hoffwn i eu cael
field-crisis-medication_preferred-hint = Dywedwch pam: beth sydd wedi helpu o'r blaen.
field-crisis-medication_preferred-example =
    Er enghraifft: diazepam.
    Mae'n fy nhawelu ond dydy e ddim yn fy ngwneud i'n rhy gysglyd.
field-crisis-medication_acceptable = Moddion sy'n iawn i mi
field-crisis-medication_acceptable-hint = Os na allwch chi gael yr un hoffech chi.
field-crisis-medication_acceptable-example = Er enghraifft: tabledi cysgu am amser byr.
field-crisis-medication_unacceptable = Moddion dydw i ddim eisiau
field-crisis-medication_unacceptable-hint = Dywedwch pam, er mwyn i bobl ddeall.
field-crisis-medication_unacceptable-example =
    Er enghraifft: olanzapine.
    Fe wnes i fagu llawer o bwysau y tro diwethaf.
field-crisis-allergies = Alergeddau
field-crisis-allergies-hint = Moddion, bwyd neu unrhyw beth arall sy'n eich gwneud chi'n sâl.
field-crisis-allergies-example = Er enghraifft: penisilin.
field-crisis-treatments_current = Gofal rydw i'n ei gael nawr
field-crisis-treatments_current-hint = Unrhyw help neu ofal rydych chi'n ei gael ar hyn o bryd.
field-crisis-treatments_current-example = Er enghraifft: siarad â chwnselydd bob wythnos.
field-crisis-treatments_preferred = Gofal hoffwn i ei gael
field-crisis-treatments_preferred-hint = Dywedwch pam: beth sydd wedi helpu o'r blaen.
field-crisis-treatments_preferred-example =
    Er enghraifft: tîm argyfwng yn dod i fy ngweld gartref.
    Mae bod gartref yn fy helpu.
field-crisis-treatments_acceptable = Gofal sy'n iawn i mi
field-crisis-treatments_acceptable-hint = Os na allwch chi gael y gofal hoffech chi.
field-crisis-treatments_acceptable-example = Er enghraifft: aros am amser byr mewn tŷ argyfwng.
field-crisis-treatments_unacceptable = Gofal dydw i ddim eisiau
field-crisis-treatments_unacceptable-hint = Dywedwch pam, er mwyn i bobl ddeall.
field-crisis-treatments_unacceptable-example =
    Er enghraifft: cael fy nal i lawr.
    Fe ddigwyddodd o'r blaen ac fe wnaeth fy mrifo.
field-crisis-home_care = Sut galla i aros gartref neu'n agos at gartref
field-crisis-home_care-hint = Beth fyddai'n eich helpu drwy argyfwng gartref neu gerllaw.
field-crisis-home_care-example =
    Er enghraifft: mae fy ffrindiau'n cymryd eu tro i aros gyda fi.
    Mae'r tîm argyfwng yn dod bob dydd.
field-crisis-places_preferred = Lleoedd hoffwn i gael gofal
field-crisis-places_preferred-hint = Ysbytai neu leoedd eraill sydd wedi bod yn dda i chi.
field-crisis-places_preferred-example = Er enghraifft: y tŷ argyfwng yn y dref.
field-crisis-places_unacceptable = Lleoedd dydw i ddim eisiau mynd iddyn nhw
field-crisis-places_unacceptable-hint = Gallwch chi ddweud pam.
field-crisis-places_unacceptable-example = Er enghraifft: ysbyty ymhell o gartref.
field-crisis-help_wanted = Beth sy'n fy helpu mewn argyfwng
field-crisis-help_wanted-hint = Beth all pobl eraill ei wneud neu ei ddweud sy'n helpu.
field-crisis-help_wanted-example =
    Er enghraifft: siarad yn araf.
    Eistedd gyda fi.
    Fy atgoffa i yfed dŵr.
field-crisis-help_unwanted = Beth sydd ddim yn helpu
field-crisis-help_unwanted-hint = Beth ddylai pobl eraill beidio â'i wneud, hyd yn oed os ydyn nhw'n golygu'n dda.
field-crisis-help_unwanted-example =
    Er enghraifft: llawer o gwestiynau.
    Gormod o bobl o fy nghwmpas.
    Dweud wrtha i am godi fy nghalon.
field-crisis-if_danger = Os gallwn i frifo fy hun neu bobl eraill
field-crisis-if_danger-hint = Beth rydych chi eisiau i bobl ei wneud.
field-crisis-if_danger-example =
    Er enghraifft: mynd ag allweddi fy nghar.
    Ffonio'r llinell argyfwng.
    Aros gyda fi.
field-crisis-responsibilities = Pwy sy'n gofalu am beth
field-crisis-responsibilities-hint =
    Plant, anifeiliaid anwes, biliau a'ch cartref.
    Pwy sy'n gofalu am bob un.
field-crisis-responsibilities-example = Er enghraifft: mae Jo drws nesaf yn bwydo fy nghath.
field-crisis-safer_surroundings = Gwneud fy nghartref yn fwy diogel
field-crisis-safer_surroundings-hint = Pethau i'w cadw i ffwrdd tra bod pethau'n anodd.
field-crisis-safer_surroundings-example = Er enghraifft: rhoi fy nhabledi sbâr i'r fferyllfa.
field-crisis-money = Arian
field-crisis-money-hint = Biliau, cardiau banc a gwario, a phwy all helpu.
field-crisis-money-example =
    Er enghraifft: gall fy manc stopio fy ngherdyn.
    Mae fy mrawd yn talu'r rhent.
field-crisis-no_longer_needed_signs = Arwyddion nad oes angen y cynllun hwn arna i mwyach
field-crisis-no_longer_needed_signs-hint = Sut bydd pobl yn gwybod eich bod chi'n gallu gofalu am bethau eto.
field-crisis-no_longer_needed_signs-example =
    Er enghraifft: rydw i'n cysgu drwy'r nos.
    Rydw i'n coginio i fi fy hun.
field-crisis-values_statement = Beth sy'n bwysig i fi
field-crisis-values_statement-hint = Beth sy'n bwysig i chi. Mae hyn yn helpu pobl i ddewis fel y byddech chi.
field-crisis-values_statement-example = Er enghraifft: fy mhlant, fy ffydd, fy swydd.
field-crisis-professionals_shared = Pwy sydd â chopi o fy nymuniadau
field-crisis-professionals_shared-hint = Meddygon, nyrsys neu bobl eraill a gafodd gopi gennych chi.
field-crisis-professionals_shared-example = Er enghraifft: fy meddyg, Dr Rees.
field-after_crisis-out_of_crisis_signs = Sut bydda i'n gwybod bod yr argyfwng drosodd
field-after_crisis-out_of_crisis_signs-hint = Arwyddion bod y rhan waethaf drosodd.
field-after_crisis-out_of_crisis_signs-example = Er enghraifft: rydw i eisiau gweld fy ffrindiau eto.
field-after_crisis-helpers = Pwy sy'n fy helpu ar ôl argyfwng
field-after_crisis-helpers-hint = Pobl sy'n eich helpu i ddod yn ôl i'r arfer.
field-after_crisis-helpers-example =
    Er enghraifft: fy ngweithiwr cymorth.
    Fy nghymydog.
field-after_crisis-first_steps = Beth fydda i'n ei wneud gyntaf
field-after_crisis-first_steps-hint = Camau bach, ysgafn yn ôl i'ch bywyd bob dydd.
field-after_crisis-first_steps-example =
    Er enghraifft: un daith gerdded fer bob dydd.
    Mynd yn ôl i'r gwaith am ychydig oriau.
field-after_crisis-learning = Beth dysgais i
field-after_crisis-learning-hint = Unrhyw beth rydych chi eisiau ei gofio neu ei wneud yn wahanol y tro nesaf.
field-after_crisis-learning-example = Er enghraifft: mae angen i mi ofyn am help yn gynt.
field-reasons-reasons = Fy rhesymau dros ddal ati
field-reasons-reasons-hint = Pobl, anifeiliaid anwes, cynlluniau a lleoedd sy'n bwysig i chi.
field-reasons-reasons-example =
    Er enghraifft: fy nith.
    Gweld y môr eto.
    Fy nghath Pickle.
field-reasons-good_moments = Amseroedd da
field-reasons-good_moments-hint = Atgofion da rydych chi eisiau eu cadw'n agos.
field-reasons-good_moments-example = Er enghraifft: y diwrnod gwnaethon ni wylio'r haul yn codi ar y traeth.

## The boxes inside a list

item-key-text = Beth
item-key-why = Pam
item-key-name = Enw
item-key-role = Pwy ydyn nhw i mi
item-key-contact = Sut i gysylltu â nhw
item-key-tasks = Beth hoffwn i iddyn nhw ei wneud
item-key-task = Beth sydd angen ei wneud
item-key-who = Pwy fydd yn ei wneud

## Writing your plan

editor-back-home = Yn ôl i fy nghynllun
editor-add = Ychwanegu
editor-add-label = Ychwanegu at “{ $field }”
editor-add-another = Ychwanegu un arall
editor-move-up = Symud i fyny
editor-move-down = Symud i lawr
editor-remove = Tynnu allan
editor-item-label = Rhif { $n }
editor-removed = Wedi'i dynnu allan.
editor-undo = Ei roi yn ôl
editor-empty-list = Does dim byd yma eto.
editor-mark-reviewed = Edrychais i ar y rhan hon heddiw
editor-reviewed-today =
    Edrychoch chi ar y rhan hon heddiw.
    Diolch.
editor-next-section = Nesaf: { $section }
save-saving = Yn cadw…
save-saved = Wedi'i gadw
save-error =
    Heb ei gadw eto.
    Bydd Harbour yn trio eto.

## Read and print

views-title = Darllen neu argraffu fy nghynllun
views-full = Fy nghynllun i gyd
views-safety = Fy nghynllun i gadw'n ddiogel
views-crisis = Fy nghynllun argyfwng i'w ddarllen
views-card = Cerdyn argyfwng
views-print = Argraffu ar bapur
views-save-pdf = Cadw fel ffeil
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved =
    Mae eich ffeil wedi’i chadw.
    Ei henw yw { $name }.
    Mae yn { $path }.
    Nid yw eich geiriau cyfrinachol yn cloi’r ffeil hon.
    Cadwch hi yn rhywle preifat.
views-print-a4 = Papur arferol
views-print-phone = Tudalennau bach i ffôn
views-print-layout = Maint y dudalen
views-valid-as-of = Mae hyn yn gywir ar { $date }
views-reviewed = Edrychais arno ddiwethaf ar { $date }
views-empty = Does dim byd wedi'i ysgrifennu yma eto.
views-empty-hint =
    Ysgrifennwch yn “Fy nghynllun” yn gyntaf.
    Yna bydd yn dangos yma.
views-card-title = Fy ngherdyn argyfwng
views-card-intro =
    Torrwch y cerdyn hwn allan.
    Cadwch e yn eich waled neu eich pwrs.
views-card-contacts = Ffoniwch
views-card-helps = Beth sy'n fy helpu
views-card-allergies = Alergeddau
views-card-more = Mae fy nghynllun argyfwng llawn yn Harbour ar fy ffôn.
safety-part-safety_warning_signs = Arwyddion bod pethau'n mynd yn anodd
safety-part-safety_coping = Pethau y galla i eu gwneud i deimlo'n well
safety-part-safety_actions = Pethau y bydda i'n eu gwneud
safety-part-safety_people = Pobl y galla i ofyn iddyn nhw am help
safety-part-safety_surroundings = Gwneud fy nghartref yn fwy diogel
safety-part-safety_reasons = Fy rhesymau dros ddal ati
crisis-activate = Dechrau fy nghynllun argyfwng
crisis-stand-down = Mae fy argyfwng drosodd: stopio fy nghynllun argyfwng
crisis-activate-note =
    Mae hyn yn dangos bod eich cynllun argyfwng yn cael ei ddefnyddio nawr.
    Rydych chi a'r bobl rydych chi'n ei rannu gyda nhw yn gallu gweld hyn.
    Dydy e ddim yn ffonio neb.
    Dydy e ddim yn anfon dim byd.
crisis-me = fi

## Settings

settings-title = Gosodiadau
settings-display = Sut mae Harbour yn edrych
settings-text-size = Maint y geiriau
settings-text-size-value = { $percent }%
settings-high-contrast = Lliwiau cryfach
settings-reduced-motion = Llai o symud ar y sgrin
settings-language = Iaith a Hawdd ei Ddeall
settings-privacy = Cadw pethau'n breifat
settings-auto-lock = Cloi Harbour pan nad ydw i wedi ei ddefnyddio am
settings-auto-lock-minutes = { $minutes ->
    [zero] { $minutes } munud
    [one] 1 munud
    [two] 2 funud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
  }
settings-saved = Gosodiadau wedi'u cadw.
settings-passphrase = Newid fy ngeiriau cyfrinachol
settings-passphrase-current = Fy ngeiriau cyfrinachol nawr
settings-passphrase-new = Geiriau cyfrinachol newydd
settings-passphrase-confirm = Teipiwch y geiriau cyfrinachol newydd eto
settings-passphrase-change = Newid fy ngeiriau cyfrinachol
settings-passphrase-changed =
    Mae eich geiriau cyfrinachol wedi newid.
    Mae eich allwedd adfer yn dal i weithio.
settings-recovery-key = Fy allwedd adfer
settings-recovery-key-intro =
    Mae eich allwedd adfer yn agor eich cynllun os byddwch chi'n anghofio eich geiriau cyfrinachol.
    Teipiwch eich geiriau cyfrinachol i weld eich allwedd eto.
    Gallwch chi hefyd wneud allwedd newydd.
settings-recovery-key-passphrase = Fy ngeiriau cyfrinachol
settings-recovery-key-show = Dangos fy allwedd adfer
settings-recovery-key-new = Gwneud allwedd adfer newydd
settings-recovery-key-working = Yn gwirio eich geiriau cyfrinachol…
settings-recovery-key-hide = Cuddio fy allwedd adfer
settings-recovery-key-none =
    Dydy Harbour ddim yn gallu dangos yr allwedd ar gyfer y cynllun hwn.
    Cafodd eich cynllun ei wneud cyn i Harbour gadw'r allwedd.
    Gallwch chi wneud allwedd newydd.
settings-recovery-key-new-explain =
    Bydd allwedd newydd yn cymryd lle eich allwedd nawr.
    Bydd eich hen allwedd yn stopio gweithio.
    Mae eich geiriau cyfrinachol yn aros yr un fath.
    Mae hen gopïau o'ch cynllun yn dal i agor gyda'r hen allwedd.
    Felly gwnewch gopi newydd o'ch cynllun hefyd.
settings-recovery-key-new-confirm = Iawn, gwneud allwedd newydd
settings-recovery-key-new-cancel = Cadw fy allwedd
settings-recovery-key-made =
    Dyma eich allwedd adfer newydd.
    Dydy eich hen allwedd ddim yn gweithio mwyach.
    Mae hen gopïau o'ch cynllun yn dal i agor gyda'r hen allwedd.
    Gwnewch gopi newydd o'ch cynllun hefyd.
settings-backup = Gwneud copi o fy nghynllun
settings-backup-intro =
    Mae copi wrth gefn yn gopi o'ch cynllun cyfan mewn un ffeil wedi'i chloi.
    Cadwch e rywle diogel.
    Peidiwch â'i gadw ar y ffôn neu'r cyfrifiadur hwn yn unig.
settings-backup-passphrase = Geiriau cyfrinachol ar gyfer y copi
settings-backup-passphrase-hint =
    Mae angen y geiriau hyn neu eich allwedd adfer i ddefnyddio'r copi.
    Wedyn, nhw fydd eich geiriau cyfrinachol.
settings-backup-create = Gwneud copi
settings-backup-created = Copi wedi'i gadw fel { $name } yn { $path }
settings-restore = Cael fy nghynllun yn ôl o gopi
settings-restore-intro =
    Mae hyn yn rhoi'r cynllun o'r copi yma.
    Mae'n cymryd lle'r cynllun sydd gennych chi nawr.
    Mae Harbour yn cadw eich cynllun presennol wedi'i gloi yn ei ffolder.
settings-restore-file = Y copi o fy nghynllun
settings-restore-passphrase = Y geiriau cyfrinachol ar gyfer y copi
settings-restore-button = Cael fy nghynllun yn ôl
settings-restored = Mae eich cynllun yn ôl.
settings-about = Ynglŷn â Harbour
settings-about-version = Fersiwn Harbour { $version }
settings-about-body =
    Mae Harbour am ddim.
    Mae'n defnyddio trwydded MIT neu Apache 2.0.
    Does dim cyfrifon.
    Dydy e ddim yn gwylio beth rydych chi'n ei wneud.
    Dydy e ddim yn anfon adroddiadau pan mae'n mynd o'i le.
settings-about-data =
    Mae'r llinellau cymorth a'r lleoedd yn dod o restrau.
    Mae pob un yn dweud o ba restr y daeth.
    Mae hefyd yn dweud pryd gwnaethon ni ei wirio ddiwethaf.
settings-about-symbols = Lluniau Hawdd ei Ddeall: Mulberry Symbols gan Steve Lee, trwydded CC BY-SA 4.0.
settings-about-fonts = Mae'r geiriau'n defnyddio'r llythrennau sydd ar eich ffôn neu eich cyfrifiadur.

## Problems with your plan

error-wrong_passphrase =
    Dydy'r geiriau cyfrinachol hynny ddim yn agor y cynllun hwn.
    Gwiriwch am briflythrennau a bylchau.
    Yna rhowch gynnig arall arni.
error-wrong_recovery_key =
    Dydy'r allwedd adfer honno ddim yn agor y cynllun hwn.
    Gwiriwch hi yn erbyn eich copi wedi'i argraffu neu wedi'i gadw.
error-invalid_recovery_key =
    Dydy hynny ddim yn allwedd adfer Harbour.
    Gwiriwch bob grŵp o lythrennau a rhifau.
error-passphrase_required = Teipiwch eich geiriau cyfrinachol.
error-vault_corrupt =
    Mae eich cynllun ar y ffôn neu'r cyfrifiadur hwn wedi torri.
    Gallwch chi ei gael yn ôl o gopi.
error-kdf_params_out_of_range =
    Wnaeth Harbour ddim agor eich cynllun.
    Mae gan y ffeil osodiadau na fydd Harbour yn eu defnyddio.
    Gallwch chi gael eich cynllun yn ôl o gopi.
error-backup_corrupt =
    Mae'r copi hwn wedi torri, neu dydy e ddim yn dod o Harbour.
    Does dim byd yma wedi newid.
error-vault_exists = Mae cynllun yma yn barod.
error-vault_not_found = Does dim cynllun yma eto.
error-vault_too_new =
    Cafodd y cynllun hwn ei gadw gan Harbour mwy newydd.
    Mae angen y Harbour mwyaf newydd arnoch chi i'w agor.
error-vault_locked =
    Mae eich cynllun wedi'i gloi.
    Agorwch e i barhau.
    Dydych chi ddim wedi colli dim byd.
error-io =
    Doedd Harbour ddim yn gallu agor na chadw ffeil.
    Gwiriwch fod lle ar y ffôn neu'r cyfrifiadur hwn.
    Yna rhowch gynnig arall arni.
error-storage =
    Doedd Harbour ddim yn gallu cadw nawr.
    Gwiriwch fod lle ar y ffôn neu'r cyfrifiadur hwn.
    Yna rhowch gynnig arall arni.
error-unknown_field = Dydy'r rhan honno o'r cynllun ddim yno.
error-item_not_found =
    Dydy hynny ddim yno mwyach.
    Efallai fod rhywun wedi ei dynnu allan.
error-too_long =
    Mae hynny'n rhy hir i un lle.
    Rhannwch e'n ddarnau llai.
error-plan_corrupt =
    Dydy Harbour ddim yn gallu darllen rhan o'ch cynllun.
    Gallwch chi ei gael yn ôl o gopi.

## Language

language-label = Iaith
easy-read-label = Hawdd ei Ddeall: brawddegau byr a geiriau hawdd
language-needs-review =
    Mae'r iaith hon yn newydd.
    Dydy siaradwr Cymraeg ddim wedi'i gwirio eto.
easy-read-toggle = Hawdd ei Ddeall
read-aloud = Ei ddarllen yn uchel
read-aloud-stop = Stopio darllen

## Problems with sharing

error-message_too_large =
    Mae'r diweddariad hwn yn rhy fawr i'w agor.
    Does dim byd sy'n perthyn i chi wedi newid.
error-message_invalid =
    Mae'r diweddariad hwn wedi torri, felly wnaeth Harbour ddim ei ddefnyddio.
    Does dim byd sy'n perthyn i chi wedi newid.
error-message_unauthentic =
    Doedd Harbour ddim yn gallu gwirio'r diweddariad hwn, felly wnaeth e ddim ei ddefnyddio.
    Efallai fod rhywun wedi ei newid ar y ffordd.
error-message_replayed =
    Mae'r diweddariad hwn gan Harbour yn barod.
    Wnaeth e ddim ei ddefnyddio eto.
error-write_refused =
    Fe wnaeth rhywun drio gwneud newid heb ganiatâd.
    Fe wnaeth Harbour ei stopio.
error-invite_invalid =
    Dydy'r gwahoddiad hwn ddim yn edrych yn iawn.
    Gofynnwch am un newydd.
error-invite_expired =
    Mae'r gwahoddiad hwn yn rhy hen.
    Gofynnwch am un newydd.
error-invite_used =
    Mae rhywun wedi defnyddio'r gwahoddiad hwn yn barod.
    Gofynnwch am un newydd.
error-bundle_invalid =
    Mae'r ffeil hon wedi torri, neu dydy hi ddim yn dod o Harbour.
    Does dim byd sy'n perthyn i chi wedi newid.
error-supporter_not_found = Does dim helpwr gyda'r enw hwnnw.
error-supporter_exists =
    Mae gennych chi helpwr gyda'r enw hwnnw'n barod.
    Dewiswch enw arall.
error-person_not_found = Does neb gyda'r enw hwnnw'n rhannu cynllun gyda chi.
error-device_not_found = Does dim ffôn na chyfrifiadur gyda'r enw hwnnw.
error-rate_limited =
    Fe wnaethoch chi anfon neges eiliad yn ôl.
    Arhoswch ychydig cyn anfon un arall.
error-code_mismatch =
    Dydy'r cod yna ddim yn iawn.
    Chafodd dim byd ei rannu.
    Gwiriwch y cod ar y sgrin arall a rhowch gynnig arall arni.
error-code_ambiguous =
    Atebodd mwy nag un ap gyda'r cod yna.
    Efallai fod gan rywun arall y ddolen.
    I fod yn ddiogel, chafodd neb ei ychwanegu.
    Stopiwch y gwahoddiad hwn a gwnewch un newydd.
error-vault_busy =
    Mae eich cynllun ar agor mewn ffenestr Harbour arall.
    Caewch e yno, yna rhowch gynnig arall arni.
error-passphrase_too_short =
    Mae eich geiriau cyfrinachol newydd yn rhy fyr.
    Defnyddiwch o leiaf 10 llythyren, rhif neu fwlch.

# Exported and printed pages
export-crisis-status = Fy nghynllun argyfwng: { $status }
export-not-dated = Dim dyddiad eto
export-footer = Gwnaed gyda Harbour. Mae'r dudalen hon yn breifat. Cadwch hi'n ddiogel.
export-emergency = Os ydych chi mewn perygl nawr, ffoniwch 999.

## Sharing (Easy Read)
## Supporters, shared plans, devices, update files and sync.

home-sharing-heading = Rhannu
home-sharing-body =
    Rhannwch rannau o'ch cynllun gyda phobl rydych chi'n ymddiried ynddyn nhw.
    Darllenwch gynlluniau mae pobl eraill yn eu rhannu gyda chi.
    Does dim byd yn cael ei rannu nes i chi ddweud.
nav-supporters = Pobl rydw i'n rhannu gyda nhw
nav-shared = Wedi'u rhannu gyda fi
nav-devices = Fy ffonau a chyfrifiaduron

supporters-title = Pobl rydw i'n rhannu gyda nhw
supporters-intro =
    Chi sy'n dewis beth mae pob person yn ei weld.
    Mae angen Harbour arnyn nhw. Does dim angen cyfrif arnyn nhw.
supporters-empty = Dydych chi ddim yn rhannu eich cynllun gydag unrhyw un eto.
supporters-state-invited = Wedi'u gwahodd. Yn aros iddyn nhw ymuno.
supporters-state-expired =
    Aeth y gwahoddiad yn rhy hen cyn iddyn nhw ymuno.
    Stopiwch rannu, yna gwahoddwch nhw eto.
supporters-state-active = Yn rhannu. Maen nhw'n cael eich diweddariadau.
supporters-state-revoked = Rydych chi wedi stopio rhannu
supporters-sees = Maen nhw'n gallu gweld: { $sections }
supporters-invited-at = Gwahoddwyd { $when }
supporters-last-synced = Diweddariad diwethaf ganddyn nhw: { $when }
supporters-never-synced = Dim diweddariad ganddyn nhw eto
supporters-role-accepted = Maen nhw wedi dweud ie i'ch helpu chi.
supporters-availability = Yn eu geiriau nhw: “{ $words }”
supporters-signals-on =
    Byddan nhw'n cael gwybod os byddwch chi'n dechrau eich cynllun argyfwng.
    Byddan nhw'n cael gwybod os byddwch chi'n gofyn am help.
supporters-replies = Beth ysgrifennon nhw yn ôl
supporters-revoke = Stopio rhannu gyda nhw
supporters-revoke-explain =
    Fydd { $name } ddim yn cael rhagor o ddiweddariadau.
    Bydd Harbour ar eu ffôn neu gyfrifiadur yn dileu eich cynllun.
    Efallai y bydd ganddyn nhw beth welon nhw o'r blaen o hyd.
    Er enghraifft, os ydyn nhw wedi'i argraffu.
supporters-revoke-confirm = Stopio rhannu
supporters-revoke-cancel = Dal ati i rannu
supporters-revoked-done = Rydych chi wedi stopio rhannu gyda { $name }.
supporters-revoked-had =
    Roedden nhw wedi cael hyn yn barod: { $sections }.
    Bydd Harbour yn ei ddileu ar eu ffôn neu gyfrifiadur.
    Efallai y bydd ganddyn nhw gopi o hyd.
supporters-revoked-nothing = Doedden nhw ddim wedi cael dim byd eto.
supporters-revoked-heading = Pobl rydych chi wedi stopio rhannu gyda nhw
supporters-revoked-at = Stopiwyd { $when }
supporters-ask-heading = Gofyn am help
supporters-ask-body =
    Dywedwch wrth eich helpwyr eich bod chi eisiau help nawr.
    Dim ond helpwyr a ddywedodd ie fydd yn cael gwybod.
    Maen nhw'n cael neges fer a'ch cynllun argyfwng.
    Dydy hyn ddim yn ffonio 999.
    Os ydych chi mewn perygl nawr, ffoniwch 999.
supporters-ask-button = Gofyn i'm helpwyr am help
supporters-ask-done =
    { $count ->
        [0] Does neb wedi dweud ie i gael gwybod eto.
        [zero] Does neb wedi dweud ie i gael gwybod eto.
        [one] Bydd un helpwr yn cael gwybod gyda'ch diweddariad nesaf.
        [two] Bydd { $count } helpwr yn cael gwybod gyda'ch diweddariad nesaf.
        [few] Bydd { $count } helpwr yn cael gwybod gyda'ch diweddariad nesaf.
        [many] Bydd { $count } helpwr yn cael gwybod gyda'ch diweddariad nesaf.
       *[other] Bydd { $count } helpwr yn cael gwybod gyda'ch diweddariad nesaf.
    }

supporters-invite-start = Gwahodd rhywun
supporters-invite-heading = Gwahodd rhywun i weld rhan o'ch cynllun
supporters-invite-name = Eu henw
supporters-invite-from = Eich enw, fel y byddan nhw'n ei weld
supporters-invite-from-hint =
    Er enghraifft, eich enw cyntaf.
    Gallwch chi ei adael yn wag.
supporters-invite-sections = Beth gallan nhw ei weld
supporters-invite-signals = Dweud wrthyn nhw os bydda i'n dechrau fy nghynllun argyfwng neu'n gofyn am help
supporters-invite-signals-hint =
    Dim ond os ydyn nhw'n dweud ie hefyd.
    Dydy Harbour byth yn ffonio 999.
supporters-preview-heading = Beth bydd { $name } yn ei weld
supporters-preview-someone = y person hwn
supporters-preview-nothing = Dewiswch o leiaf un rhan i'w rhannu.
supporters-invite-create = Gwneud y gwahoddiad
supporters-invite-cancel = Canslo
supporters-invite-ready = Eich gwahoddiad i { $name }
supporters-invite-private =
    Anfonwch hwn atyn nhw yn unig.
    Gall unrhyw un sydd â hwn ymuno.
supporters-invite-link = Dolen wahoddiad
supporters-invite-copy = Copïo'r ddolen
supporters-invite-copied = Wedi'i gopïo.
supporters-invite-save = Cadw fel ffeil
supporters-invite-saved = Wedi'i gadw: { $path }
supporters-invite-qr = Neu gallan nhw sganio'r cod hwn gyda'u ffôn.
supporters-invite-qr-alt = Cod i'w sganio, gyda'r gwahoddiad i { $name }
supporters-invite-code-later =
    Pan fyddan nhw'n ymuno, bydd Harbour yn gofyn i chi am eu cod gwirio.
    Byddan nhw'n ei ddarllen i chi. Byddwch chi'n ei deipio isod.
supporters-code =
    Cod gwirio: { $code }.
    Dylai fod yr un fath â'u cod nhw.
supporters-read-not-yet =
    Dydyn nhw ddim wedi darllen eich cynllun eto.
supporters-read-earlier =
    Rydych chi wedi newid eich cynllun.
    Dydyn nhw ddim wedi darllen y newidiadau eto.
supporters-read-latest =
    Maen nhw wedi darllen eich cynllun fel y mae nawr.
supporters-invite-expires =
    Mae'r gwahoddiad yn gweithio un waith.
    Mae'n gweithio am { $days } diwrnod.
supporters-invite-done = Wedi gorffen
supporters-state-waiting = Maen nhw wedi ateb. Teipiwch eu cod i ddechrau rhannu.
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain =
    Mae ap { $name } wedi ateb.
    Gofynnwch i { $name } ddarllen y cod ar eu sgrin i chi.
    Teipiwch e yma.
    Does dim byd yn cael ei rannu nes i chi wneud hynny.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Cod gwirio o ap { $name }
supporters-confirm-button = Gwirio'r cod
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed =
    Mae'r cod yn iawn.
    Bydd { $name } yn cael eich cynllun gyda'ch diweddariad nesaf.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning =
    Atebodd mwy nag un ap y gwahoddiad hwn.
    Efallai fod gan rywun arall y ddolen.
    I fod yn ddiogel, stopiwch y gwahoddiad hwn.
    Yna gwnewch un newydd i { $name }.
confirm-code-hint = 6 rhif, er enghraifft 123 456
confirm-code-format =
    Teipiwch bob un o'r 6 rhif.
    Er enghraifft: 123 456.

shared-title = Wedi'u rhannu gyda fi
shared-intro =
    Cynlluniau mae pobl eraill yn eu rhannu gyda chi.
    Gallwch chi eu darllen heb y rhyngrwyd.
shared-empty =
    Does neb yn rhannu cynllun gyda chi eto.
    Wnaeth rhywun anfon gwahoddiad atoch chi?
    Rhowch e yn y blwch isod.
shared-sections = Maen nhw'n rhannu: { $sections }
shared-not-yet = Yn aros am eu diweddariad cyntaf.
shared-has-changes = Mae rhywbeth wedi newid ers i chi ei ddarllen ddiwethaf.
shared-up-to-date = Rydych chi wedi darllen y fersiwn newydd.
shared-open = Darllen cynllun { $person }
shared-open-crisis = Agor cynllun argyfwng { $person }
shared-back = Yn ôl i bob cynllun a rannwyd
shared-plan-title = Cynllun { $person }
shared-waiting =
    Does dim byd wedi dod gan { $person } eto.
    Agorwch y ffeil ddiweddaru maen nhw'n ei hanfon.
    Gallwch chi wneud hyn ar y sgrin cynt.
shared-updated-at = Daeth y diweddariad diwethaf { $when }
shared-first-read = Dyma'r tro cyntaf i chi ei ddarllen yma.
shared-changed =
    { $count ->
        [zero] Mae { $count } rhan wedi newid ers i chi ei ddarllen:
        [one] Mae un rhan wedi newid ers i chi ei ddarllen:
        [two] Mae { $count } ran wedi newid ers i chi ei ddarllen:
        [few] Mae { $count } rhan wedi newid ers i chi ei ddarllen:
        [many] Mae { $count } rhan wedi newid ers i chi ei ddarllen:
       *[other] Mae { $count } rhan wedi newid ers i chi ei ddarllen:
    }
shared-nothing-changed = Does dim byd wedi newid ers i chi ei ddarllen.
shared-mark-read = Rydw i wedi'i ddarllen
shared-show-crisis = Dangos y cynllun argyfwng yn unig
shared-show-all = Dangos popeth maen nhw'n ei rannu
shared-signal-crisis_plan_activated =
    Mae { $person } wedi dechrau'r cynllun argyfwng.
    Amser: { $when }.
    Mae'r cynllun yn dweud beth hoffen nhw i chi ei wneud.
shared-signal-ask_for_help =
    Mae { $person } wedi gofyn am help.
    Amser: { $when }.
    Mae'r cynllun yn dweud beth hoffen nhw i chi ei wneud.
shared-signal-other =
    Mae { $person } wedi anfon neges atoch chi.
    Amser: { $when }.
shared-signal-not-emergency =
    Dydy Harbour ddim yn ffonio 999.
    Os oes rhywun mewn perygl nawr, ffoniwch 999.
shared-role-heading = Sut rydw i'n helpu
shared-role-accepted = Rydych chi wedi dweud ie i helpu.
shared-role-availability = Pryd a sut galla i helpu
shared-role-availability-hint =
    Er enghraifft: Gallwch chi fy ffonio yn y nos.
    Neu: Dydd Llun i ddydd Gwener ar ôl 6pm.
shared-role-signals = Dweud wrtha i os bydd { $person } yn dechrau'r cynllun argyfwng neu'n gofyn am help
shared-role-signals-hint =
    Byddwch chi'n cael neges dawel yma.
    Does dim manylion ynddi.
shared-role-accept = Rydw i'n dweud ie i helpu
shared-role-saved =
    Wedi'i gadw.
    Mae'n mynd atyn nhw gyda'ch diweddariad nesaf.
shared-reply-heading = Ysgrifennu yn ôl
shared-reply-label = Neges i { $person }
shared-reply-send = Anfon
shared-reply-queued = Mae eich neges yn mynd atyn nhw gyda'ch diweddariad nesaf.
shared-join-heading = Ymuno gyda gwahoddiad
shared-join-intro =
    Wnaeth rhywun anfon dolen wahoddiad atoch chi?
    Rhowch hi yma.
    Does dim angen cyfrif arnoch chi.
shared-join-label = Dolen wahoddiad
shared-join-button = Ymuno
shared-joined = Mae { $person } yn rhannu gyda chi: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code =
    Eich cod gwirio: { $code }.
    Darllenwch e iddyn nhw. Byddan nhw'n ei deipio yn eu ap.
    Does dim byd yn cael ei rannu â chi nes iddyn nhw wneud hynny.
shared-joined-next =
    Nawr anfonwch ffeil ddiweddaru atyn nhw.
    Yna mae eu ap yn cael eich ateb.
    Pan fyddan nhw wedi teipio eich cod, daw eu cynllun gyda'u diweddariad nesaf.

supporter-guide-title = Sut gallwch chi helpu
supporter-guide-intro =
    Mae { $person } wedi gofyn i chi eu helpu.
    Mae hyn yn dweud beth mae hynny'n ei olygu.
supporter-guide-asked-heading = Beth mae { $person } yn gofyn i chi ei wneud
supporter-guide-asked-sections =
    Mae { $person } yn rhannu'r rhannau hyn o'u cynllun gyda chi:
    { $sections }.
    Darllenwch nhw pan fyddan nhw'n dod.
    Darllenwch nhw eto pan fydd rhywbeth yn newid.
supporter-guide-asked-crisis =
    Mae eu cynllun argyfwng yn dweud beth maen nhw eisiau i bobl ei wneud.
    Edrychwch ar y cynllun maen nhw wedi'i rannu gyda chi.
    Mae'n dweud beth maen nhw'n ei ofyn gennych chi.
supporter-guide-asked-plan =
    Edrychwch ar y cynllun maen nhw wedi'i rannu gyda chi.
    Mae'n dweud beth sy'n eu helpu.
supporter-guide-asked-talk =
    Ydy rhywbeth ddim yn glir?
    Gofynnwch iddyn nhw pan fydd pethau'n dawel.
supporter-guide-not-heading = Beth does dim rhaid i chi ei wneud
supporter-guide-not-clinician =
    Nid chi yw eu meddyg na'u nyrs.
    Does dim rhaid i chi eu gwella nhw.
supporter-guide-not-always =
    Does dim rhaid i chi fod yno drwy'r amser.
    Mae'n iawn dweud pryd gallwch chi helpu.
supporter-guide-not-share =
    Mae eu cynllun yn breifat.
    Peidiwch â'i ddangos i neb arall.
supporter-guide-worried-heading = Os ydych chi'n poeni ac yn methu cysylltu â nhw
supporter-guide-worried-emergency =
    Ydy eu bywyd mewn perygl?
    Ffoniwch 999 nawr.
    Gallwch chi hefyd ffonio 112.
supporter-guide-worried-helplines =
    Ddim yn argyfwng?
    Gallwch chi ffonio llinell gymorth.
    Maen nhw'n gwrando ar bobl sy'n poeni am rywun.
supporter-guide-worried-harbour = Dydy Harbour ddim yn ffonio neb ar eich rhan.
supporter-guide-helplines = Gweld y llinellau cymorth
supporter-guide-close = Cau

devices-title = Fy ffonau a chyfrifiaduron
devices-intro =
    Rhowch eich cynllun ar eich ffôn a'ch cyfrifiadur.
devices-list-heading = Ffonau a chyfrifiaduron sydd wedi ymuno
devices-this-device = yr un yma
devices-unnamed = Ffôn neu gyfrifiadur heb enw
devices-none = Dim ond ar y ffôn neu'r cyfrifiadur hwn mae eich cynllun.
devices-remove = Tynnu'r un yma
devices-remove-explain =
    Tynnu { $name }?
    Mae eich ffonau a chyfrifiaduron eraill yn cael clo newydd.
    Efallai y bydd gan { $name } beth oedd ganddo o'r blaen o hyd.
    I gadw eich helpwyr yn ddiogel hefyd, gwahoddwch nhw eto.
devices-remove-confirm = Ei dynnu
devices-removed = Mae { $name } wedi'i dynnu.
devices-link-heading = Ychwanegu ffôn neu gyfrifiadur arall
devices-link-intro =
    Gwnewch god yma.
    Yna teipiwch e ar eich ffôn neu gyfrifiadur arall.
devices-link-start = Gwneud cod
devices-link-code = Teipiwch y cod hwn ar eich ffôn neu gyfrifiadur arall:
devices-link-qr-alt = Cod i'w sganio, i ychwanegu ffôn neu gyfrifiadur arall
devices-link-next =
    Yna cadwch ffeil ddiweddaru yno a'i hanfon yma.
    Teipiwch y cod gwirio mae'n ei ddangos.
    Yna anfonwch un yn ôl.
    Mae'r cod yn gweithio un waith.
devices-join-heading = Dyma fy ffôn neu gyfrifiadur newydd
devices-join-intro = Teipiwch y cod mae eich ffôn neu gyfrifiadur arall yn ei ddangos.
devices-join-code = Cod o fy ffôn neu gyfrifiadur arall
devices-join-name = Enw ar gyfer y ffôn neu'r cyfrifiadur hwn
devices-join-button = Ymuno â'r un yma
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined =
    Bron wedi ymuno.
    Cod gwirio: { $code }.
    Nawr anfonwch ffeil ddiweddaru at yr un arall.
    Teipiwch y cod hwn yno.
    Mae eich cynllun yn dod gyda'i ddiweddariad nesaf ar ôl hynny.
devices-code =
    Cod gwirio: { $code }.
    Dylai fod yr un fath â'r cod ar y ffôn neu'r cyfrifiadur hwnnw.
devices-state-waiting = Mae wedi ateb. Teipiwch ei god i orffen.
devices-waiting-heading = Mae ffôn neu gyfrifiadur newydd wedi ateb
devices-waiting-explain =
    Teipiwch y cod mae'n ei ddangos.
    Does dim byd yn cael ei rannu ag e nes i chi wneud hynny.
devices-waiting-many =
    Atebodd mwy nag un ffôn neu gyfrifiadur.
    Efallai fod gan rywun arall eich cod.
    I fod yn ddiogel, gwnewch god newydd a dechrau eto.
devices-confirm-label = Cod gwirio o'r ffôn neu'r cyfrifiadur newydd
devices-confirm-button = Gwirio'r cod
devices-confirmed =
    Mae'r cod yn iawn.
    Bydd eich cynllun yn mynd ato gyda'ch diweddariad nesaf.

sync-files-heading = Ffeiliau diweddaru
sync-files-intro =
    Gall diweddariadau fynd fel ffeil.
    Cadwch y ffeil. Anfonwch hi drwy e-bost neu neges.
    Dim ond eich pobl chi sy'n gallu ei hagor.
sync-file-save = Cadw ffeil ddiweddaru
sync-file-saved =
    Wedi'i chadw: { $path }.
    Anfonwch y ffeil hon at y bobl rydych chi'n rhannu gyda nhw.
sync-file-open-label = Ffeil ddiweddaru a anfonodd rhywun atoch chi
sync-file-open = Agor y ffeil ddiweddaru
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened =
    Dewisoch chi’r ffeil { $name }.
    Tapiwch “Agor y ffeil ddiweddaru” i weld beth sy’n newydd.
sync-file-in-done =
    { $accepted ->
        [zero] Cawsoch chi { $accepted } diweddariad.
        [one] Cawsoch chi un diweddariad.
        [two] Cawsoch chi { $accepted } ddiweddariad.
        [few] Cawsoch chi { $accepted } diweddariad.
        [many] Cawsoch chi { $accepted } diweddariad.
       *[other] Cawsoch chi { $accepted } diweddariad.
    }
sync-file-in-some-refused =
    Diweddariadau a gawsoch chi: { $accepted }.
    Doedd Harbour ddim yn gallu defnyddio { $refused } ohonyn nhw.
    Does dim byd sy'n perthyn i chi wedi newid o'u herwydd.
sync-file-in-nothing-new =
    Dim byd newydd.
    Roedd popeth yn y ffeil hon gennych chi'n barod.
sync-file-in-not-for-me = Does dim byd i chi yn y ffeil hon.
sync-file-in-revoked =
    Mae { $person } wedi stopio rhannu'r cynllun gyda chi.
    Mae Harbour wedi'i dynnu oddi ar y ffôn neu'r cyfrifiadur hwn.

sync-heading = Anfon diweddariadau drwy'r rhyngrwyd
sync-intro =
    Mae hyn yn anfon eich diweddariadau i chi.
    Mae i ffwrdd nes i chi ei droi ymlaen.
    Pan mae i ffwrdd, dydy Harbour ddim yn defnyddio'r rhyngrwyd.
sync-state-off = Mae anfon drwy'r rhyngrwyd i ffwrdd.
sync-state-on = Mae anfon drwy'r rhyngrwyd ymlaen, drwy { $url }.
sync-relay-not-yet =
    Dydy'r Harbour hwn ddim yn gallu anfon drwy'r rhyngrwyd eto.
    Mae eich dewis wedi'i gadw.
    Am nawr, defnyddiwch ffeiliau diweddaru.
sync-toggle = Anfon diweddariadau drwy'r rhyngrwyd
sync-relay-url = Cyfeiriad gwe ar gyfer anfon
sync-relay-url-hint =
    Mae'n dechrau gyda https://.
    Gofynnwch i'r bobl sy'n ei redeg, er enghraifft elusen leol.
sync-turn-on = Ei droi ymlaen
sync-save-address = Cadw'r cyfeiriad gwe
sync-last-file-out = Cadwyd y ffeil ddiweddaru ddiwethaf { $when }
sync-last-file-in = Agorwyd y ffeil ddiweddaru ddiwethaf { $when }
sync-status-off = Mae anfon drwy'r rhyngrwyd i ffwrdd.
sync-status-waiting = Yn aros i anfon am y tro cyntaf.
sync-status-synced = Wedi anfon. Mae popeth yn gyfredol.
sync-status-offline =
    Dim cysylltiad nawr.
    Mae eich newidiadau'n ddiogel.
    Maen nhw'n mynd pan fydd y cysylltiad yn ôl.
sync-status-error = Wnaeth e ddim gweithio y tro diwethaf.
sync-last-relay = Anfonwyd ddiwethaf { $when }
sync-retry =
    Mae Harbour yn trio eto ar ei ben ei hun bob munud.
    Does dim byd yn cael ei golli.
sync-unsent =
    { $count ->
        [zero] Mae { $count } diweddariad yn aros i fynd.
        [one] Mae un diweddariad yn aros i fynd.
        [two] Mae { $count } ddiweddariad yn aros i fynd.
        [few] Mae { $count } diweddariad yn aros i fynd.
        [many] Mae { $count } diweddariad yn aros i fynd.
       *[other] Mae { $count } diweddariad yn aros i fynd.
    }
sync-now = Anfon nawr
error-relay_unreachable =
    Doedd Harbour ddim yn gallu anfon eich diweddariadau.
    Gwiriwch fod y ffôn neu'r cyfrifiadur hwn ar y rhyngrwyd.
    Gwiriwch fod y cyfeiriad gwe yn iawn.
error-relay_refused =
    Dywedodd y gweinydd na i'r diweddariad hwn.
    Mae eich cynllun yn ddiogel ar y ffôn neu'r cyfrifiadur hwn.
    Gofynnwch i'r bobl sy'n rhedeg y gweinydd.

## My places (Easy Read)

my-places-title = Fy lleoedd
my-places-intro =
    Lleoedd sy'n eich helpu chi, fel tŷ ffrind.
    Maen nhw wedi'u cloi yn eich cynllun.
    Pan mae eich cynllun ar agor, maen nhw yn Dod o hyd i help.
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
my-places-phone = Rhif ffôn (gallwch chi adael hwn yn wag)
my-places-address = Cyfeiriad (gallwch chi adael hwn yn wag)
my-places-town = Tref (gallwch chi adael hwn yn wag)
my-places-postcode = Cod post (gallwch chi adael hwn yn wag)
my-places-position = Ble mae ar y map (gallwch chi adael hwn yn wag)
my-places-position-hint =
    Dau rif gyda choma, er enghraifft 52.9107, -0.6423.
    Os byddwch chi'n ei adael yn wag, mae Harbour yn defnyddio canol y dref.
my-places-hours = Amseroedd agor (gallwch chi adael hwn yn wag)
my-places-hours-hint =
    Ysgrifennwch nhw fel hyn: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Nodyn (gallwch chi adael hwn yn wag)
my-places-save = Cadw
my-places-cancel = Canslo
my-places-not-on-map =
    Dydy'r lle hwn ddim ar y map.
    Doedd Harbour ddim yn adnabod y dref.
    Chwiliwch am ei enw i ddod o hyd iddo.
my-places-added-by-you = Chi wnaeth ychwanegu hwn
find-kind-other = Arall
error-place_name_required = Rhowch enw i'r lle.
error-phone_invalid =
    Dydy hynny ddim yn edrych fel rhif ffôn.
    Defnyddiwch rifau, bylchau a + ar y dechrau yn unig.
error-opening_hours_invalid =
    Doedd Harbour ddim yn gallu darllen yr amseroedd agor hynny.
    Ysgrifennwch nhw fel hyn: Mo-Fr 09:00-17:00.
    Neu gadewch nhw'n wag.
error-coordinates_invalid =
    Dydy'r lle hwnnw ar y map ddim yn edrych yn iawn.
    Teipiwch ddau rif gyda choma rhyngddyn nhw.
    Neu gadewch e'n wag.
error-my_place_not_found =
    Dydy'r lle hwnnw ddim yno mwyach.
    Efallai fod rhywun wedi'i dynnu.

## Daily check-in

checkin-heading = Sut ydych chi heddiw?
checkin-note-label = Ysgrifennwch ychydig eiriau os ydych chi eisiau. Chi yn unig sy’n eu gweld.
checkin-green = Gwyrdd: rydw i’n iawn
checkin-amber = Ambr: mae pethau’n anodd
checkin-red = Coch: mae pethau’n ddrwg iawn
checkin-privacy =
    Tapiwch un lliw.
    Mae eich geiriau’n aros gyda chi.
    Dim ond os dywedwch chi ie y mae helpwyr yn gweld eich lliw.
checkin-saved = Wedi’i gadw. Diolch.
checkin-red-heading = Dywedoch chi goch. Dydych chi ddim ar eich pen eich hun.
checkin-red-body =
    Mae eich cynllun argyfwng yma.
    Gallwch ofyn i’ch helpwyr am help.
    Does dim yn cael ei anfon nes i chi dapio.
section-checkins-title = Fy lliw bob dydd

## Photos

photo-add = Ychwanegu llun
error-photo_invalid =
    Nid llun yw’r ffeil hon.
    Dewiswch lun.
error-photo_too_large =
    Mae’r llun hwn yn rhy fawr.
    Dewiswch lun llai.

## Notifications

settings-notifications-intro =
    Gall Harbour ddangos neges i chi ar y ffôn neu’r cyfrifiadur hwn.
    Chi sy’n dewis pa negeseuon.
    Dydy’r negeseuon byth yn dangos beth sydd mewn cynllun.
settings-notify-signals = Dywedwch wrtha i pan fydd person rwy’n ei helpu angen help
settings-review-reminder = Atgoffwch fi i edrych ar fy nghynllun
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body =
    Agorwch Harbour i ddarllen cynllun argyfwng { $person }.
    Mae’n dweud sut gallwch chi helpu.
    Os oes rhywun mewn perygl nawr, ffoniwch 999.
notify-review-body =
    Dydych chi ddim wedi edrych ar rai rhannau o’ch cynllun ers tro.
    Agorwch Harbour pan fyddwch chi’n barod.
