# Harbour — română (Romanian). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = Salt la conținut
loading = Se încarcă…

## Navigation

nav-get-help-now = Ajutor acum

## Home

home-title = Bun venit în Harbour
home-intro = Harbour îți păstrează în siguranță planul de recuperare și de criză pe acest dispozitiv și îl împarte doar cu persoanele pe care le alegi tu.
home-help-heading = Ai nevoie să vorbești cu cineva acum?
home-help-body = Liniile de sprijin sunt disponibile zi și noapte. Le poți suna sau le poți trimite un mesaj de aici.
home-privacy-heading = Planul tău rămâne al tău
home-privacy-body = Nimic din ce scrii nu părăsește acest dispozitiv decât dacă alegi să îl împarți. Harbour nu are conturi și nu te urmărește.

## Get help now

help-title = Ajutor acum
help-intro = Nu trebuie să treci prin asta fără nimeni alături. Aceste linii de sprijin sunt aici ca să te asculte.
help-country-label = Țara
help-call = Sună
help-text = Trimite SMS
help-hours = Program: { $hours }
help-last-checked = Verificat ultima dată: { $date }
help-source = Sursa
help-none = Nu avem încă linii de sprijin pentru această țară. Alege altă țară sau caută servicii locale.
help-caution = Numerele și programul se pot schimba. La fiecare vezi de unde provine și când a fost verificat ultima dată.

## Errors (one per error code from the Rust core)

error-invalid_input = Ceva nu pare în regulă. Te rugăm să verifici și să încerci din nou.
error-data_invalid = O parte din informațiile incluse în Harbour nu au putut fi citite. Te rugăm să anunți echipa Harbour.
error-internal = Ceva nu a mers bine. Nu s-a pierdut nimic din ce ai scris.

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = Ajutor în apropiere
home-find-heading = Un loc unde să mergi
home-find-body = Găsește cafenele de criză, refugii sigure și grupuri de sprijin între egali lângă un oraș. Funcționează fără internet.
find-title = Ajutor în apropiere
find-intro = Scrie un oraș sau o localitate. Harbour caută în propria listă de pe acest dispozitiv; nu se trimite nimic nicăieri.
find-place-label = Oraș, localitate sau cod poștal
find-place-hint = De exemplu: Grantham, Leeds, Cardiff sau M1 1AD
find-search = Caută
find-open-now = Doar locuri deschise acum
find-kind-label = Tipul locului
find-kind-all = Toate tipurile
find-kind-crisis_cafe = Cafenea de criză
find-kind-safe_haven = Refugiu sigur
find-kind-crisis_house = Casă de criză
find-kind-peer_group = Grup de sprijin între egali
find-kind-drop_in = Loc unde poți veni fără programare
find-kind-helpline = Linie de sprijin
find-near = Lângă { $place }
find-matching = Locuri potrivite pentru „{ $query }”
find-none = Nu am găsit nimic aici. Încearcă un oraș mai mare din apropiere sau sună la una dintre liniile de sprijin din „Ajutor acum”.
find-none-open = Nimic nu este deschis în apropiere acum. Liniile de sprijin sunt deschise zi și noapte.
find-status-open-all-day = Deschis non-stop
find-status-open-until = Deschis până la { $time }
find-status-open-until-day = Deschis până { $day ->
    [monday] luni
    [tuesday] marți
    [wednesday] miercuri
    [thursday] joi
    [friday] vineri
    [saturday] sâmbătă
   *[sunday] duminică
  }, { $time }
find-status-opens-at = { $day ->
    [today] Se deschide azi la { $time }
    [tomorrow] Se deschide mâine la { $time }
    [monday] Se deschide luni la { $time }
    [tuesday] Se deschide marți la { $time }
    [wednesday] Se deschide miercuri la { $time }
    [thursday] Se deschide joi la { $time }
    [friday] Se deschide vineri la { $time }
    [saturday] Se deschide sâmbătă la { $time }
   *[sunday] Se deschide duminică la { $time }
  }
find-status-closed = Închis săptămâna aceasta
find-status-unknown = Programul nu este cunoscut: sună sau verifică înainte să mergi
find-distance = La { $km } km
find-distance-approx = La aproximativ { $km } km (centrul localității)
find-distance-in-town = În { $town } (centrul localității)
find-distance-unknown = Distanța nu este cunoscută
find-referral-self_referral = Poți veni direct: nu ai nevoie de trimitere
find-referral-phone_first = Sună sau programează-te înainte să mergi
find-referral-referral_needed = Ai nevoie de o trimitere de la un specialist
find-age = Vârste: { $ages }
find-call = Sună
find-directions = Indicații
find-website = Site web
find-hours-source = Programul, așa cum îl dă sursa: { $text }
find-last-checked = Verificat ultima dată: { $date }
find-stale = { $months ->
    [one] S-ar putea să nu mai fie actual: verificat ultima dată acum { $months } lună
    [few] S-ar putea să nu mai fie actual: verificat ultima dată acum { $months } luni
   *[other] S-ar putea să nu mai fie actual: verificat ultima dată acum { $months } de luni
}
find-stale-source = S-ar putea să nu mai fie actual: sursa este veche sau a fost un proiect-pilot
find-source = Sursa
find-report = Raportează o problemă
find-caution = Locurile își schimbă programul și uneori se închid. Sună înainte, dacă poți. În caz de urgență, sună la 999.
help-nearby-heading = Deschis acum lângă { $place }
help-nearby-none = Nimic de lângă { $place } nu este deschis acum.
help-find-more = Ajutor în apropiere

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = Ieșire rapidă
nav-quick-exit-hint = Ascunde imediat Harbour și îți blochează planul. Scurtătură: apasă de două ori Escape.
nav-settings = Setări
nav-my-plan = Planul meu
nav-lock = Blochează
nav-menu = Meniu
unlock-title = Deblochează-ți planul
unlock-lead = Scrie fraza de acces ca să îți deschizi planul.
unlock-passphrase-label = Fraza de acces
unlock-button = Deblochează
unlock-working = Se deblochează…
unlock-use-recovery = Nu îmi amintesc fraza de acces: folosesc cheia de recuperare
unlock-use-passphrase = Folosesc totuși fraza de acces
unlock-recovery-label = Cheia de recuperare
unlock-recovery-hint = Cheia pe care ai tipărit-o sau salvat-o când ai configurat Harbour. Spațiile și cratimele nu contează.
unlock-locked-idle = Harbour s-a blocat singur ca să îți păstreze planul privat.
neutral-title = Notițe
neutral-note-label = Notiță
neutral-done = Gata

## Language and Easy Read

language-label = Limba
easy-read-label = Ușor de citit: propoziții mai scurte și cuvinte mai simple
language-needs-review = Această traducere este nouă. Încă nu a verificat-o un vorbitor nativ.
easy-read-toggle = Ușor de citit
read-aloud = Citește cu voce tare
read-aloud-stop = Oprește citirea

## Home (unlocked), sections and the crisis plan

home-plan-title = Planul meu
home-plan-intro = Scrie câte puțin. Totul se salvează pe măsură ce scrii.
home-crisis-heading = Planul meu de criză
home-crisis-status = Stare: { $status }
home-crisis-open = Deschide planul meu de criză
home-crisis-edit = Modifică planul meu de criză
home-sections-heading = Părțile planului meu
home-filled = { $filled } din { $total } completate
home-last-reviewed = Revizuit ultima dată: { $date }
home-never-reviewed = Nerevizuit încă
home-views-heading = Citește și tipărește
home-view-full = Tot planul meu
home-view-safety = Plan de siguranță pe o pagină
home-view-crisis = Vizualizare de criză
home-view-card = Card de criză de buzunar
crisis-status-inactive = inactiv
crisis-status-active = activ
crisis-status-stood_down = încheiat
crisis-status-since = Schimbat de { $by } pe { $date }

# Exported and printed pages (plan export)
export-crisis-status = Planul de criză: { $status }
export-not-dated = Încă fără dată
export-footer = Făcut cu Harbour. Această pagină este privată: păstrați-o într-un loc sigur.
export-emergency = În caz de urgență, sunați la 999 (Regatul Unit) sau la numărul local de urgență.
export-date = Data
export-page = Pagina { $page } din { $pages }
advance-title = Documentul meu de alegeri anticipate
advance-law = Un document de alegeri anticipate (advance choice document), așa cum îl descrie Legea sănătății mintale din 2025 (Anglia și Țara Galilor).
advance-declaration = Acesta este documentul meu de alegeri anticipate. L-am făcut când mă simțeam bine și puteam lua decizii despre îngrijirea mea. Spune ce vreau și ce nu vreau dacă mă îmbolnăvesc și nu mai pot spune asta. Vă rog să-l citiți și să-l urmați cât de mult puteți.
advance-part-values = Valorile mele și ce contează pentru mine
advance-part-medication = Medicamente: ce prefer, ce accept, ce refuz
advance-part-treatments = Tratament: ce prefer, ce accept, ce refuz
advance-part-people = Pe cine să implicați și pe cine nu
advance-part-home = Îngrijire acasă sau în comunitate
advance-part-practical = Lucruri practice: cine se ocupă de ce
advance-part-places = Locuri pentru îngrijire
advance-part-shared = Cine are o copie
advance-made-on = Făcut la { $date }
advance-reviewed-on = Revizuit ultima dată la { $date }
advance-person-name = Numele meu
advance-signed-person = Semnătura mea
advance-witness-statement = Am văzut persoana care a făcut acest document semnându-l.
advance-witness-name = Numele martorului
advance-signed-witness = Semnătura martorului
section-toolbox-title = Trusa mea pentru stare de bine
section-toolbox-intro = Lucruri care te ajută să fii bine și lucruri pe care ai vrea să le eviți. Și lucrurile mici contează.
section-daily-title = Planul zilnic
section-daily-intro = Cum arată pentru tine o zi bună și ce te ajută să o păstrezi așa.
section-triggers-title = Factori declanșatori
section-triggers-intro = Lucruri care te pot da înapoi și ce poți face când se întâmplă. Mergi în ritmul tău.
section-early_warning-title = Semne de avertizare timpurie
section-early_warning-intro = Schimbări mici care îți spun că lucrurile ar putea începe să alunece și ce te ajută atunci.
section-breaking_down-title = Când lucrurile se destramă
section-breaking_down-intro = Semne că lucrurile merg mult mai rău și pașii urgenți care ajută, inclusiv să ceri ajutor.
section-crisis-title = Planul de criză
section-crisis-intro = Această parte este scrisă pentru oamenii care te sprijină, ca să știe ce vrei dacă nu o poți spune tu.
section-after_crisis-title = După o criză
section-after_crisis-intro = Cum vei ști că a trecut criza și ce te ajută să-ți revii.
section-reasons-title = Motive să merg mai departe
section-reasons-intro = Această parte este doar pentru tine și este opțională. Oamenii, lucrurile și momentele care contează pentru tine.
crisis-part-well = Cum sunt când mă simt bine
crisis-part-take_over = Semne că alții ar trebui să preia
crisis-part-people = Oamenii pe care îi vreau implicați și pe care nu îi vreau
crisis-part-medication = Medicație
crisis-part-treatments = Tratamente
crisis-part-home = Îngrijire acasă, în comunitate sau de răgaz
crisis-part-places = Locuri de tratament
crisis-part-help = Ajutor de la alții
crisis-part-surroundings = Cum îmi fac mediul mai sigur
crisis-part-money = Probleme de bani
crisis-part-ending = Când planul acesta nu mai este necesar
crisis-part-advance_choice = Documentul meu de alegeri anticipate
crisis-parts-heading = Părțile planului meu de criză
crisis-back = Toate părțile planului meu de criză

## First run

welcome-title = Bun venit în Harbour
welcome-lead = Harbour este un loc liniștit și privat în care să scrii ce te ajută să fii bine și ce vrei să se întâmple dacă lucrurile devin grele.
welcome-does-heading = Ce face Harbour
welcome-does-1 = Îți păstrează planul pe acest dispozitiv, blocat cu o frază de acces pe care doar tu o știi.
welcome-does-2 = Te ajută să îl scrii, câte o parte, în ritmul tău.
welcome-does-3 = Îți permite să tipărești un card de criză sau un plan de siguranță pe o pagină.
welcome-doesnt-heading = Ce nu face Harbour
welcome-doesnt-1 = Nu are conturi și nu te urmărește. Nimic din ce scrii nu părăsește acest dispozitiv decât dacă alegi să îl împarți.
welcome-doesnt-2 = Nu sună pe nimeni în locul tău și nu este un serviciu de urgență.
welcome-doesnt-3 = Nu îți poate deschide planul fără fraza de acces sau cheia de recuperare. Nimeni nu poate, nici măcar noi.
welcome-start = Începe
welcome-restore = Am un fișier de rezervă
welcome-step = Pasul { $step } din { $total }
welcome-next = Înainte
welcome-back = Înapoi
passphrase-title = Alege o frază de acces
passphrase-lead = Fraza de acces îți blochează planul. Merg bine câteva cuvinte obișnuite pe care doar tu le-ai pune împreună, cum ar fi „ceainic râu galben șosetă”.
passphrase-label = Fraza de acces
passphrase-confirm-label = Scrie-o din nou
passphrase-show = Arată fraza de acces
passphrase-strength = Putere: { $level }
passphrase-strength-0 = prea scurtă
passphrase-strength-1 = slabă
passphrase-strength-2 = acceptabilă
passphrase-strength-3 = bună
passphrase-strength-4 = puternică
passphrase-tip-length = Folosește cel puțin 10 caractere. Mai lungă înseamnă mai puternică.
passphrase-tip-words = Încearcă să mai adaugi un cuvânt.
passphrase-tip-common = Aceasta este foarte des folosită și ușor de ghicit.
passphrase-tip-good = Arată bine.
passphrase-mismatch = Cele două fraze nu sunt încă la fel.
passphrase-create = Blochează-mi planul cu această frază
passphrase-creating = Îți pregătim planul. Durează o clipă…
recovery-title = Cheia ta de recuperare
recovery-lead = Dacă vreodată uiți fraza de acces, această cheie este singura altă cale de a-ți deschide planul. O poți vedea din nou mai târziu în Setări, după ce scrii fraza de acces.
recovery-key-label = Cheia de recuperare
recovery-print = Tipărește-o
recovery-save = Salveaz-o într-un fișier
recovery-saved-to = Salvată ca { $name } în { $path }
recovery-confirm = Mi-am păstrat cheia de recuperare într-un loc sigur
recovery-confirm-first = Mai întâi tipărește sau salvează cheia, apoi bifează căsuța.
recovery-continue = Continuă spre planul meu
recovery-keep-safe = Păstreaz-o departe de acest dispozitiv, într-un loc privat: cu actele importante sau la cineva în care ai încredere.

## First run: language

welcome-language-title = Limba și citirea
welcome-language-lead = Alege cum să îți vorbească Harbour. Poți schimba asta mai târziu, în Setări.
welcome-language-label = Limba
welcome-easy-read-label = Ușor de citit: propoziții mai scurte și cuvinte mai simple

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = Ce mă ajută să fiu bine
field-toolbox-helps-hint = Orice îți ridică moralul, te liniștește sau te ține echilibrat.
field-toolbox-helps-example = De exemplu: o plimbare pe malul râului, un telefon la sora mea, muzică în căști, o baie caldă.
field-toolbox-avoid = Ce încerc să evit
field-toolbox-avoid-hint = Lucruri care de obicei te trag în jos.
field-toolbox-avoid-example = De exemplu: prea multă cafea, stat pe telefon până noaptea târziu, mese sărite.
field-daily-when_well = Cum sunt când mă simt bine
field-daily-when_well-hint = Descrie-te într-o zi bună, cu cuvintele tale.
field-daily-when_well-example = De exemplu: vorbesc mult, îmi place să gătesc, dorm cam opt ore, râd de prostioare.
field-daily-every_day = Ce am nevoie să fac în fiecare zi
field-daily-every_day-hint = Lucrurile mici de zi cu zi care te țin bine.
field-daily-every_day-example = De exemplu: iau micul dejun, îmi iau pastilele, ies afară zece minute.
field-daily-might_need = Ce s-ar putea să am nevoie să fac
field-daily-might_need-hint = Lucruri care ajută din când în când, nu în fiecare zi.
field-daily-might_need-example = De exemplu: spăl rufele, mă văd cu un prieten, plătesc o factură.
field-triggers-triggers = Ce mă poate da înapoi
field-triggers-triggers-hint = Întâmplări sau situații care te pot supăra sau dezechilibra.
field-triggers-triggers-example = De exemplu: certuri, aniversări grele, griji legate de bani, locuri zgomotoase și aglomerate.
field-triggers-must_do = Când se întâmplă asta, voi face așa
field-triggers-must_do-hint = Ce vei face de fiecare dată când apare un factor declanșator.
field-triggers-must_do-example = De exemplu: spun cuiva în care am încredere, fac un exercițiu de respirație, merg într-un loc liniștit.
field-triggers-might_do = Aș mai putea
field-triggers-might_do-hint = Lucruri care merită încercate dacă ai energie.
field-triggers-might_do-example = De exemplu: scriu ce s-a întâmplat, ies la alergat, mă uit la un film preferat.
field-early_warning-signs = Schimbări mici pe care le observ
field-early_warning-signs-hint = Schimbări pe care tu, sau oamenii apropiați, le-ați putea observa devreme.
field-early_warning-signs-example = De exemplu: dorm prost, nu răspund la mesaje, sunt cu nervii întinși.
field-early_warning-must_do = Când le observ, voi face așa
field-early_warning-must_do-hint = Pași care te ajută să revii pe drumul tău.
field-early_warning-must_do-example = De exemplu: mă culc la aceeași oră, îi spun partenerului meu, îmi folosesc trusa în fiecare zi.
field-early_warning-might_do = Aș mai putea
field-early_warning-might_do-hint = Alte lucruri care uneori ajută.
field-early_warning-might_do-example = De exemplu: îmi iau o zi liberă de la serviciu, merg la medicul de familie.
field-breaking_down-signs = Semne că lucrurile merg mult mai rău
field-breaking_down-signs-hint = Semnele care îți arată ție, sau altora, că acum ai nevoie de mai mult ajutor.
field-breaking_down-signs-example = De exemplu: nu mănânc, nu dorm zile la rând, simt că nu mai am nicio speranță.
field-breaking_down-must_do = Ce voi face urgent
field-breaking_down-must_do-hint = Scrie și pe cine vei ruga să te ajute, și cum.
field-breaking_down-must_do-example = De exemplu: îl sun pe coordonatorul meu de îngrijire, stau la prietenul meu, sun la o linie de ajutor.
field-breaking_down-might_do = Aș mai putea
field-breaking_down-might_do-hint = Alte lucruri care ar putea ajuta în acel moment.
field-breaking_down-might_do-example = De exemplu: rog un prieten să rămână peste noapte, dau cuiva cheile mașinii.
field-crisis-when_well = Cum sunt când mă simt bine
field-crisis-when_well-hint = Ca ceilalți să vadă diferența. Scrie pentru cineva care poate nu te cunoaște bine.
field-crisis-when_well-example = De exemplu: sunt o persoană liniștită, dar prietenoasă, îmi place rutina, am grijă de câinele meu în fiecare zi.
field-crisis-take_over_signs = Semne că alții ar trebui să preia
field-crisis-take_over_signs-hint = Ce ar vedea ceilalți care arată că ai nevoie ca ei să acționeze pentru tine.
field-crisis-take_over_signs-example = De exemplu: nu mai mănânc, nu mai recunosc oamenii, vorbesc despre a nu mai fi aici.
field-crisis-supporters = Oamenii pe care îi vreau alături ca să mă ajute
field-crisis-supporters-hint = Cine sunt, cum pot fi contactați și ce ai vrea să facă fiecare.
field-crisis-supporters-example = De exemplu: Sam, sora mea, 07700 900123, stă cu mine și îmi sună medicul de familie.
field-crisis-not_involved = Oameni pe care nu îi vreau implicați
field-crisis-not_involved-hint = Poți spune de ce, dacă vrei.
field-crisis-not_involved-example = De exemplu: un fost partener.
field-crisis-disagreements = Dacă cei care mă sprijină nu sunt de acord
field-crisis-disagreements-hint = Cum ai vrea să se rezolve neînțelegerile dintre cei care te sprijină.
field-crisis-disagreements-example = De exemplu: sora mea are ultimul cuvânt.
field-crisis-medication_current = Medicamente pe care le iau acum
field-crisis-medication_current-hint = Numele, doza și pentru ce sunt, dacă știi.
field-crisis-medication_current-example = De exemplu: sertralină 50 mg în fiecare dimineață.
field-crisis-medication_preferred = Medicamente pe care le prefer
field-crisis-medication_preferred-hint = Și de ce: ce te-a ajutat înainte.
field-crisis-medication_preferred-example = De exemplu: diazepam, pentru că mă liniștește fără să mă doboare.
field-crisis-medication_acceptable = Medicamente pe care le-aș accepta
field-crisis-medication_acceptable-hint = Dacă ce preferi nu este posibil.
field-crisis-medication_acceptable-example = De exemplu: somnifere pentru câteva zile.
field-crisis-medication_unacceptable = Medicamente pe care nu le vreau
field-crisis-medication_unacceptable-hint = Și de ce, ca oamenii să înțeleagă.
field-crisis-medication_unacceptable-example = De exemplu: olanzapină, din cauza kilogramelor luate data trecută.
field-crisis-allergies = Alergii
field-crisis-allergies-hint = La medicamente, mâncare sau orice altceva.
field-crisis-allergies-example = De exemplu: penicilină.
field-crisis-treatments_current = Tratamente sau terapii pe care le am acum
field-crisis-treatments_current-hint = Orice face parte acum din îngrijirea ta.
field-crisis-treatments_current-example = De exemplu: psihoterapie o dată pe săptămână.
field-crisis-treatments_preferred = Tratamente pe care le prefer
field-crisis-treatments_preferred-hint = Și de ce: ce te-a ajutat înainte.
field-crisis-treatments_preferred-example = De exemplu: vizite ale echipei de tratament la domiciliu, pentru că mă ajută să fiu acasă.
field-crisis-treatments_acceptable = Tratamente pe care le-aș accepta
field-crisis-treatments_acceptable-hint = Dacă ce preferi nu este posibil.
field-crisis-treatments_acceptable-example = De exemplu: o ședere scurtă într-o casă de criză.
field-crisis-treatments_unacceptable = Tratamente pe care nu le vreau
field-crisis-treatments_unacceptable-hint = Și de ce, ca oamenii să înțeleagă.
field-crisis-treatments_unacceptable-example = De exemplu: imobilizarea, din cauza a ce s-a întâmplat înainte.
field-crisis-home_care = Un plan ca să rămân acasă, în comunitate sau într-un centru de răgaz
field-crisis-home_care-hint = Ce te-ar ajuta să treci printr-o criză acasă sau aproape, cu sprijinul potrivit.
field-crisis-home_care-example = De exemplu: prietenii stau cu rândul cu mine, iar echipa de criză vine zilnic.
field-crisis-places_preferred = Locuri pe care le prefer pentru tratament
field-crisis-places_preferred-hint = Spitale, case de criză sau alte locuri care ți-au făcut bine.
field-crisis-places_preferred-example = De exemplu: casa de criză din oraș.
field-crisis-places_unacceptable = Locuri în care nu vreau să merg
field-crisis-places_unacceptable-hint = Poți spune de ce.
field-crisis-places_unacceptable-example = De exemplu: un salon de spital departe de casă.
field-crisis-help_wanted = Ce mă ajută când sunt în criză
field-crisis-help_wanted-hint = Ce pot face sau spune ceilalți ca să te ajute.
field-crisis-help_wanted-example = De exemplu: să vorbească rar, să stea lângă mine, să îmi amintească să beau apă.
field-crisis-help_unwanted = Ce nu ajută
field-crisis-help_unwanted-hint = Ce ar trebui să evite ceilalți, chiar și cu intenții bune.
field-crisis-help_unwanted-example = De exemplu: multe întrebări, să se înghesuie în jurul meu, să îmi spună să mă înveselesc.
field-crisis-if_danger = Dacă sunt un pericol pentru mine sau pentru alții
field-crisis-if_danger-hint = Ce ai vrea să facă oamenii.
field-crisis-if_danger-example = De exemplu: să îmi ia cheile mașinii, să sune la linia de criză, să stea cu mine.
field-crisis-responsibilities = Cine are grijă de ce
field-crisis-responsibilities-hint = Copii, animale de companie, facturi, casa ta: cine are grijă de fiecare.
field-crisis-responsibilities-example = De exemplu: hrănitul pisicii: vecina mea, Jo.
field-crisis-safer_surroundings = Cum îmi fac mediul mai sigur
field-crisis-safer_surroundings-hint = Lucruri de pus deoparte sau de luat din casă cât timp e greu.
field-crisis-safer_surroundings-example = De exemplu: dau pastilele în plus la farmacie.
field-crisis-money = Probleme de bani
field-crisis-money-hint = Facturi, carduri și cheltuieli, și cine poate ajuta.
field-crisis-money-example = De exemplu: banca mea are o notă să îmi suspende cardul; fratele meu plătește chiria.
field-crisis-no_longer_needed_signs = Semne că planul acesta nu mai este necesar
field-crisis-no_longer_needed_signs-hint = Cum vor ști oamenii că poți prelua din nou frâiele.
field-crisis-no_longer_needed_signs-example = De exemplu: dorm toată noaptea, gătesc pentru mine.
field-crisis-values_statement = Ce contează pentru mine
field-crisis-values_statement-hint = Valorile tale, credințele tale și ce contează cel mai mult pentru tine, ca ceilalți să poată alege așa cum ai alege tu.
field-crisis-values_statement-example = De exemplu: să fiu aproape de copiii mei, credința mea, să-mi păstrez locul de muncă.
field-crisis-professionals_shared = Specialiști și servicii cărora le-am dat o copie
field-crisis-professionals_shared-hint = Cine are o copie a alegerilor tale anticipate: medicul de familie, echipa de îngrijire sau alții.
field-crisis-professionals_shared-example = De exemplu: dr. Rees, medicul meu de familie; echipa comunitară de sănătate mintală.
field-after_crisis-out_of_crisis_signs = Cum voi ști că am ieșit din criză
field-after_crisis-out_of_crisis_signs-hint = Semnele că ce a fost mai greu a trecut.
field-after_crisis-out_of_crisis_signs-example = De exemplu: vreau să mă văd din nou cu prietenii.
field-after_crisis-helpers = Cine mă ajută după aceea
field-after_crisis-helpers-hint = Oameni care te ajută să te pui din nou pe picioare.
field-after_crisis-helpers-example = De exemplu: persoana mea de sprijin între egali, vecinul meu.
field-after_crisis-first_steps = Ce voi face mai întâi
field-after_crisis-first_steps-hint = Primii pași, blânzi, înapoi spre viața de zi cu zi.
field-after_crisis-first_steps-example = De exemplu: o plimbare scurtă pe zi, întoarcerea la serviciu cu jumătate de normă.
field-after_crisis-learning = Ce pot învăța din asta
field-after_crisis-learning-hint = Orice vrei să ții minte sau să schimbi data viitoare.
field-after_crisis-learning-example = De exemplu: trebuie să cer ajutor mai devreme.
field-reasons-reasons = Motivele mele să merg mai departe
field-reasons-reasons-hint = Oameni, animale de companie, planuri, locuri, orice contează pentru tine.
field-reasons-reasons-example = De exemplu: nepoata mea, să văd din nou marea, pisica mea, Pickle.
field-reasons-good_moments = Momente bune
field-reasons-good_moments-hint = Amintiri pe care vrei să le ții aproape.
field-reasons-good_moments-example = De exemplu: ziua în care am privit răsăritul pe plajă.

## The values inside a list item

item-key-text = Ce
item-key-why = De ce
item-key-name = Nume
item-key-role = Cine este pentru mine
item-key-contact = Cum poate fi contactat
item-key-tasks = Ce aș vrea să facă
item-key-task = Ce trebuie făcut
item-key-who = Cine se ocupă

## Editing

editor-back-home = Înapoi la planul meu
editor-add = Adaugă
editor-add-label = Adaugă la „{ $field }”
editor-add-another = Adaugă încă unul
editor-move-up = Mută mai sus
editor-move-down = Mută mai jos
editor-remove = Șterge
editor-item-label = Elementul { $n }
editor-removed = Șters.
editor-undo = Anulează
editor-empty-list = Nu este nimic aici încă.
editor-mark-reviewed = Am recitit azi această parte
editor-reviewed-today = Revizuit azi. Mulțumim.
editor-next-section = Următoarea: { $section }
save-saving = Se salvează…
save-saved = Salvat
save-error = Nu s-a salvat încă. Harbour va încerca din nou.

## Views and printing

views-title = Citește și tipărește
views-full = Tot planul meu
views-safety = Plan de siguranță
views-crisis = Vizualizare de criză
views-card = Card de criză
views-print = Tipărește
views-save-pdf = Salvează ca fișier PDF
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = Salvat ca { $name } în { $path }. Această copie nu este blocată cu fraza ta de acces: păstreaz-o într-un loc privat.
views-print-a4 = Hârtie A4
views-print-phone = Pagini cât ecranul telefonului
views-print-layout = Dimensiunea paginii
views-valid-as-of = Valabil la data de { $date }
views-reviewed = Revizuit ultima dată: { $date }
views-empty = Nu este nimic scris aici încă.
views-empty-hint = Începe să scrii în „Planul meu” și va apărea aici.
views-card-title = Cardul meu de criză
views-card-intro = Decupează-l și păstrează-l în portofel.
views-card-contacts = Vă rog să contactați
views-card-helps = Ce mă ajută
views-card-allergies = Alergii
views-card-more = Planul meu de criză complet este în Harbour, pe telefonul meu.
views-card-medication = Medicamente pe care le iau
views-card-avoid = Ce nu mă ajută
views-card-not-involved = Vă rog să nu implicați
safety-part-safety_warning_signs = Semnele mele de avertizare
safety-part-safety_coping = Ce pot face ca să fac față
safety-part-safety_actions = Ce voi face
safety-part-safety_people = Oameni pe care îi pot ruga să mă ajute
safety-part-safety_surroundings = Cum îmi fac mediul mai sigur
safety-part-safety_reasons = Motivele mele să merg mai departe
crisis-activate = Pornește planul meu de criză
crisis-stand-down = Încheie planul meu de criză
crisis-activate-note = Astfel, planul tău de criză apare ca activ, ca tu și oamenii cu care îl împarți să vedeți că este folosit. Nu sună pe nimeni și nu trimite nimic.
crisis-me = mine

## Settings

settings-title = Setări
settings-display = Cum arată Harbour
settings-text-size = Mărimea textului
settings-text-size-value = { $percent }%
settings-high-contrast = Contrast ridicat
settings-reduced-motion = Reduce mișcarea
settings-language = Limba și Ușor de citit
settings-privacy = Confidențialitate
settings-auto-lock = Blochează după ce nu mai folosesc Harbour timp de
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
  }
settings-notifications = Notificări
settings-notifications-intro = Harbour le arată doar pe acest dispozitiv și doar pe cele pe care le pornești. Nu arată niciodată ce scrie într-un plan.
settings-notify-signals = Anunță-mă când cineva care își împarte planul cu mine își pornește planul de criză sau cere ajutor
settings-review-reminder = Amintește-mi să-mi revăd planul
settings-review-reminder-never = Niciodată
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = La fiecare { $days } de zile
settings-notify-refused = Acest dispozitiv nu i-a permis lui Harbour să arate notificări. Le poți permite în setările dispozitivului, apoi poți porni din nou această opțiune.
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = { $person } și-a pornit planul de criză
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = { $person } a cerut ajutor
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = { $person } ți-a trimis un semnal
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = Deschide Harbour ca să citești planul de criză al lui { $person }: spune ce și-ar dori să faci. Dacă cineva este în pericol acum, sună la 999.
notify-review-title = E timpul să-ți revezi planul
notify-review-body = Unele părți ale planului tău nu au mai fost revăzute de ceva vreme. Deschide Harbour când te simți pregătit(ă).
settings-saved = Setările au fost salvate.
settings-passphrase = Schimbă fraza mea de acces
settings-passphrase-current = Fraza de acces actuală
settings-passphrase-new = Fraza de acces nouă
settings-passphrase-confirm = Scrie din nou fraza nouă
settings-passphrase-change = Schimbă fraza de acces
settings-passphrase-changed = Fraza de acces a fost schimbată. Cheia de recuperare funcționează în continuare.
settings-recovery-key = Cheia mea de recuperare
settings-recovery-key-intro = Cheia de recuperare îți deschide planul dacă uiți fraza de acces. Scrie fraza de acces ca să vezi din nou cheia sau ca să faci una nouă.
settings-recovery-key-passphrase = Fraza ta de acces
settings-recovery-key-show = Arată-mi cheia de recuperare
settings-recovery-key-new = Fă o cheie de recuperare nouă
settings-recovery-key-working = Verificăm fraza de acces…
settings-recovery-key-hide = Ascunde cheia de recuperare
settings-recovery-key-none = Acest plan a fost făcut înainte ca Harbour să păstreze cheia de recuperare, așa că nu poate fi arătată din nou. Poți face în schimb una nouă.
settings-recovery-key-new-explain = O cheie nouă o va înlocui pe cea pe care o ai acum. Cheia veche nu va mai deschide acest plan; fraza de acces rămâne aceeași. Copiile de rezervă făcute înainte se deschid în continuare cu cheia veche, așa că fă după aceea și o copie de rezervă nouă.
settings-recovery-key-new-confirm = Da, fă o cheie nouă
settings-recovery-key-new-cancel = Păstrează cheia actuală
settings-recovery-key-made = Aceasta este noua ta cheie de recuperare. Cheia veche nu mai deschide acest plan. Copiile de rezervă făcute înainte se deschid în continuare cu cheia veche, așa că fă și o copie de rezervă nouă.
settings-backup = Copie de rezervă și restaurare
settings-backup-intro = O copie de rezervă este un singur fișier blocat, cu tot planul tău. Păstrează o copie într-un loc sigur, în afara acestui dispozitiv.
settings-backup-passphrase = Fraza de acces pentru copia de rezervă
settings-backup-passphrase-hint = Vei avea nevoie de ea (sau de cheia de recuperare) ca să restaurezi. După restaurare, devine fraza ta de acces.
settings-backup-create = Fă o copie de rezervă
settings-backup-created = Copia de rezervă a fost salvată ca { $name } în { $path }
settings-restore = Restaurează dintr-o copie de rezervă
settings-restore-intro = Planul de pe acest dispozitiv va fi înlocuit cu cel din copia de rezervă. Planul actual este păstrat, blocat, în dosarul Harbour.
settings-restore-file = Fișierul copiei de rezervă
settings-restore-passphrase = Fraza de acces a copiei de rezervă
settings-restore-button = Restaurează
settings-restored = Planul tău a fost restaurat.
settings-about = Despre Harbour
settings-about-version = Harbour, versiunea { $version }
settings-about-body = Harbour este software liber, sub licența MIT sau Apache 2.0. Nu are conturi, nici statistici de utilizare, nici rapoarte de erori.
settings-about-data = Informațiile despre liniile de ajutor și servicii vin din sursele arătate lângă fiecare, cu data ultimei verificări.
settings-about-symbols = Imaginile pentru Ușor de citit: Mulberry Symbols, de Steve Lee, sub licența CC BY-SA 4.0.
settings-about-fonts = Textul este afișat cu fonturile de pe dispozitivul tău.

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = Această frază de acces nu deschide planul. Verifică literele mari și spațiile, apoi încearcă din nou.
error-wrong_recovery_key = Această cheie de recuperare nu deschide planul. Compar-o cu copia tipărită sau salvată.
error-invalid_recovery_key = Aceasta nu pare o cheie de recuperare Harbour. Verifică fiecare grup de litere și cifre.
error-passphrase_required = Te rog să scrii fraza de acces.
error-vault_corrupt = Fișierul planului tău de pe acest dispozitiv este deteriorat. Îl poți restaura dintr-o copie de rezervă.
error-kdf_params_out_of_range = Fișierul planului tău are setări pe care Harbour nu le folosește, așa că nu a fost deschis. Restaurează-l dintr-o copie de rezervă.
error-backup_corrupt = Acest fișier de rezervă este deteriorat sau nu este o copie de rezervă Harbour. Nu s-a schimbat nimic pe acest dispozitiv.
error-vault_exists = Există deja un plan pe acest dispozitiv.
error-vault_not_found = Încă nu există niciun plan pe acest dispozitiv.
error-vault_too_new = Acest plan a fost salvat de o versiune mai nouă de Harbour. Te rog să actualizezi Harbour ca să îl deschizi.
error-vault_locked = Planul tău este blocat. Deblochează-l ca să continui; nu s-a pierdut nimic din ce ai scris.
error-io = Harbour nu a putut citi sau scrie un fișier. Verifică dacă mai este spațiu pe acest dispozitiv, apoi încearcă din nou.
error-storage = Harbour nu a putut salva acum. Verifică dacă mai este spațiu pe acest dispozitiv, apoi încearcă din nou.
error-unknown_field = Această parte a planului nu există.
error-item_not_found = Această intrare nu mai există. Poate a fost ștearsă.
error-too_long = Textul este mai lung decât poate păstra Harbour într-un singur loc. Te rog să îl împarți.
error-plan_corrupt = O parte din planul tău nu a putut fi citită. O poți restaura dintr-o copie de rezervă.

## Errors from sharing (one per error code)

error-message_too_large = Acest mesaj de sincronizare este prea mare ca să fie deschis. Nu s-a schimbat nimic din datele tale.
error-message_invalid = Acest mesaj de sincronizare este deteriorat, așa că nu a fost folosit. Nu s-a schimbat nimic din datele tale.
error-message_unauthentic = Acest mesaj de sincronizare nu a putut fi verificat, așa că nu a fost folosit. Poate a fost schimbat pe drum.
error-message_replayed = Acest mesaj de sincronizare a mai fost primit, așa că nu a fost folosit din nou.
error-write_refused = O schimbare a venit de la cineva care nu are voie să o facă, așa că Harbour a refuzat-o.
error-invite_invalid = Această invitație nu pare în regulă. Te rog să ceri una nouă.
error-invite_expired = Această invitație a expirat. Te rog să ceri una nouă.
error-invite_used = Această invitație a fost deja folosită. Te rog să ceri una nouă.
error-bundle_invalid = Acest fișier de sincronizare este deteriorat sau nu este de la Harbour. Nu s-a schimbat nimic din datele tale.
error-supporter_not_found = Nu există nicio persoană de sprijin cu acest nume.
error-supporter_exists = Ai deja o persoană de sprijin cu acest nume. Te rog să alegi alt nume.
error-person_not_found = Nimeni cu acest nume nu împarte un plan cu tine.
error-device_not_found = Nu există niciun dispozitiv conectat cu acest nume.
error-rate_limited = Un semnal a fost trimis adineauri. Te rog să aștepți puțin înainte să trimiți altul.
error-code_mismatch = Codul nu se potrivește. Nu s-a împărțit nimic. Verifică codul de pe celălalt ecran și încearcă din nou.
error-code_ambiguous = Mai multe aplicații au răspuns cu acest cod, deci poate că altcineva are linkul. Ca să fii în siguranță, nu a fost adăugat nimeni: oprește această invitație și fă una nouă.
error-vault_busy = Planul tău este deschis într-o altă fereastră sau alt program Harbour. Închide-l acolo, apoi încearcă din nou.
error-passphrase_too_short = O frază de acces nouă are nevoie de cel puțin 10 caractere. Mai lungă înseamnă mai puternică.
error-output_file_required = Un PDF poate fi salvat doar într-un fișier. Alege unde să-l salvezi.

## Sharing

home-sharing-heading = Împărtășire
home-sharing-body = Împarte părți din planul tău cu oameni în care ai încredere, citește planurile pe care alții le împart cu tine și conectează-ți celelalte dispozitive. Nu se împarte nimic până nu alegi tu.
nav-supporters = Oameni cu care împart planul
nav-shared = Planuri împărțite cu mine
nav-devices = Dispozitivele mele

supporters-title = Oameni cu care împart planul
supporters-intro = Tu alegi exact ce părți din plan vede fiecare persoană. Au nevoie de Harbour, dar nu de un cont.
supporters-empty = Încă nu îți împarți planul cu nimeni.
supporters-state-invited = Invitație trimisă: așteptăm să se alăture
supporters-state-expired = Invitația a expirat înainte să se alăture. Oprește împărțirea și invită persoana din nou.
supporters-state-active = Împărțire activă: primește actualizările tale
supporters-state-revoked = Ai oprit împărțirea
supporters-sees = Vede: { $sections }
supporters-invited-at = Invitație trimisă: { $when }
supporters-last-synced = Ultima actualizare de la această persoană: { $when }
supporters-never-synced = Încă nicio actualizare de la această persoană
supporters-role-accepted = Și-a asumat rolul din planul tău.
supporters-availability = Cu cuvintele sale: „{ $words }”
supporters-signals-on = Va afla dacă pornești planul de criză sau ceri ajutor.
supporters-replies = Răspunsurile primite
supporters-revoke = Oprește împărțirea cu această persoană
supporters-revoke-explain = Dacă oprești împărțirea, { $name } nu mai primește actualizări, iar Harbour de pe dispozitivul său îți șterge planul data viitoare când primește o actualizare de la tine. Ce a văzut deja poate rămâne la această persoană, de exemplu dacă a copiat, a tipărit sau a fotografiat planul.
supporters-revoke-confirm = Oprește împărțirea
supporters-revoke-cancel = Continuă împărțirea
supporters-revoked-done = Ai oprit împărțirea cu { $name }.
supporters-revoked-had = Primise deja: { $sections }. Harbour de pe dispozitivul său le șterge când primește următoarea actualizare de la tine. Ce a copiat, a tipărit sau a fotografiat poate rămâne la această persoană.
supporters-revoked-nothing = Nu ajunsese încă nimic la această persoană.
supporters-revoked-heading = Oameni cu care ai oprit împărțirea
supporters-revoked-at = Oprit: { $when }
supporters-ask-heading = Cere ajutor
supporters-ask-body = Spune-le persoanelor de sprijin care au fost de acord că ai nevoie de ajutor acum. Primesc o notificare scurtă, fără detalii, și planul tău de criză. Asta nu sună la serviciile de urgență: dacă ești în pericol acum, sună la 999.
supporters-ask-button = Cere ajutor persoanelor mele de sprijin
supporters-ask-done =
    { $count ->
        [0] Nimeni nu a fost de acord încă să fie anunțat.
        [one] O persoană de sprijin va fi anunțată odată cu următoarea ta actualizare.
        [few] { $count } persoane de sprijin vor fi anunțate odată cu următoarea ta actualizare.
       *[other] { $count } de persoane de sprijin vor fi anunțate odată cu următoarea ta actualizare.
    }

supporters-invite-start = Invită pe cineva
supporters-invite-heading = Invită pe cineva să vadă o parte din planul tău
supporters-invite-name = Numele persoanei
supporters-invite-from = Numele tău, așa cum îl va vedea
supporters-invite-from-hint = De exemplu, prenumele tău. Poți lăsa gol.
supporters-invite-sections = Ce poate vedea
supporters-invite-signals = Anunță această persoană dacă pornesc planul de criză sau cer ajutor
supporters-invite-signals-hint = Doar dacă și această persoană este de acord. Harbour nu sună niciodată la serviciile de urgență.
supporters-preview-heading = Ce va vedea { $name }
supporters-preview-someone = această persoană
supporters-preview-nothing = Alege cel puțin o parte de împărțit.
supporters-invite-create = Creează invitația
supporters-invite-cancel = Renunță
supporters-invite-ready = Invitația ta pentru { $name }
supporters-invite-private = Trimite-o în privat, de exemplu într-un mesaj pe care doar această persoană îl citește. Oricine o are se poate alătura, așa că nu o publica nicăieri.
supporters-invite-link = Linkul de invitație
supporters-invite-copy = Copiază linkul
supporters-invite-copied = Copiat.
supporters-invite-save = Salvează ca fișier
supporters-invite-saved = Salvat: { $path }
supporters-invite-qr = Sau poate scana acest cod cu dispozitivul său.
supporters-invite-qr-alt = Codul QR al invitației pentru { $name }
supporters-invite-code-later = Când aplicația persoanei răspunde, Harbour îți cere codul pe care îl afișează. Persoana ți-l citește, iar tu îl scrii mai jos.
supporters-code = Codul de confirmare: { $code }. Verifică să fie același ca al persoanei respective.
supporters-read-not-yet = Încă nu ți-a marcat planul ca citit.
supporters-read-earlier = Încă nu a citit ultimele tale modificări.
supporters-read-latest = A citit ultimele tale modificări.
supporters-invite-expires =
    { $days ->
        [one] Invitația funcționează o singură dată, timp de o zi.
        [few] Invitația funcționează o singură dată, timp de { $days } zile.
       *[other] Invitația funcționează o singură dată, timp de { $days } de zile.
    }
supporters-invite-done = Gata
supporters-state-waiting = A răspuns: așteptăm să scrii codul persoanei
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = { $name } a răspuns din aplicație. Roagă persoana să-ți citească codul afișat în aplicația ei și scrie-l aici. Nu se împarte nimic până nu faci asta.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Codul de la { $name }
supporters-confirm-button = Confirmă
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = Codul se potrivește. { $name } primește planul tău odată cu următoarea ta actualizare.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = Mai multe aplicații au răspuns la această invitație, deci poate că altcineva are linkul. Ca să fii în siguranță, oprește această invitație și fă una nouă pentru { $name }.
confirm-code-hint = 6 cifre, de exemplu 123 456
confirm-code-format = Te rog să scrii toate cele 6 cifre ale codului, de exemplu 123 456.

shared-title = Planuri împărțite cu mine
shared-intro = Planuri pe care alți oameni le împart cu tine. Le poți citi fără internet.
shared-empty = Încă nimeni nu împarte un plan cu tine. Când cineva îți trimite o invitație, lipește-o mai jos.
shared-sections = Împarte: { $sections }
shared-not-yet = Așteptăm prima actualizare.
shared-has-changes = Ceva s-a schimbat de când l-ai citit ultima dată.
shared-up-to-date = Ai citit cea mai nouă versiune.
shared-open = Citește planul de la { $person }
shared-open-crisis = Deschide planul de criză de la { $person }
shared-back = Înapoi la toate planurile împărțite
shared-plan-title = Planul de la { $person }
shared-waiting = Încă nu a sosit nimic de la { $person }. Deschide fișierul de actualizare pe care ți-l trimite, mai jos, pe ecranul anterior.
shared-updated-at = Ultima actualizare primită: { $when }
shared-first-read = Este prima dată când îl citești aici.
shared-changed =
    { $count ->
        [one] O parte s-a schimbat de când l-ai citit ultima dată:
        [few] { $count } părți s-au schimbat de când l-ai citit ultima dată:
       *[other] { $count } de părți s-au schimbat de când l-ai citit ultima dată:
    }
shared-nothing-changed = Nu s-a schimbat nimic de când l-ai citit ultima dată.
shared-mark-read = L-am citit
shared-show-crisis = Arată doar planul de criză
shared-show-all = Arată tot ce împarte
shared-signal-crisis_plan_activated = { $person } și-a pornit planul de criză ({ $when }). Planul de criză spune ce ar vrea să faci.
shared-signal-ask_for_help = { $person } a cerut ajutor ({ $when }). Planul de criză spune ce ar vrea să faci.
shared-signal-other = { $person } ți-a trimis un semnal ({ $when }).
shared-signal-not-emergency = Harbour nu sună la serviciile de urgență. Dacă cineva este în pericol acum, sună la 999.
shared-role-heading = Rolul meu
shared-role-accepted = Ți-ai asumat rolul.
shared-role-availability = Când și cum pot ajuta
shared-role-availability-hint = De exemplu: mă poți suna noaptea. În zilele lucrătoare, după ora 18.
shared-role-signals = Anunță-mă dacă { $person } își pornește planul de criză sau cere ajutor
shared-role-signals-hint = Primești aici o notificare discretă, fără detalii.
shared-role-accept = Îmi asum rolul
shared-role-saved = Salvat. Ajunge la această persoană odată cu următoarea ta actualizare.
shared-reply-heading = Răspunde
shared-reply-label = Un mesaj pentru { $person }
shared-reply-send = Trimite răspunsul
shared-reply-queued = Răspunsul tău ajunge odată cu următoarea ta actualizare.
shared-join-heading = Alătură-te cu o invitație
shared-join-intro = Cineva ți-a trimis un link de invitație. Lipește-l aici. Nu ai nevoie de cont.
shared-join-label = Linkul de invitație
shared-join-button = Alătură-te
shared-joined = { $person } împarte cu tine: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = Codul tău de confirmare: { $code }. Citește-l persoanei, față în față sau la telefon: ea îl scrie în aplicația ei. Nu se împarte nimic cu tine până nu face asta.
shared-joined-next = Acum trimite-i un fișier de actualizare (sau sincronizează, dacă sincronizarea este pornită), ca aplicația ei să primească răspunsul tău. După ce îți scrie codul, planul ei sosește cu următoarea ei actualizare.

supporter-guide-title = Rolul tău ca persoană de sprijin
supporter-guide-intro = { $person } ți-a cerut sprijinul. Iată, pe scurt, ce înseamnă asta.
supporter-guide-asked-heading = Ce îți cere { $person }
supporter-guide-asked-sections = { $person } împarte cu tine aceste părți din planul ei: { $sections }. Citește-le când sosesc și din nou când se schimbă ceva.
supporter-guide-asked-crisis = Planul de criză spune ce ar vrea această persoană de la cei din jur când lucrurile devin grele. Uită-te în planul pe care ți l-a trimis ca să vezi ce îți cere ție.
supporter-guide-asked-plan = Uită-te în planul pe care ți l-a trimis. Scrie acolo ce o ajută și ce ar vrea de la cei din jur.
supporter-guide-asked-talk = Dacă ceva din el nu e clar, întreab-o într-un moment liniștit.
supporter-guide-not-heading = Ce nu ți se cere
supporter-guide-not-clinician = Nu ții locul medicului, asistentei sau terapeutului. Nu trebuie s-o tratezi și nici să rezolvi totul.
supporter-guide-not-always = Nu trebuie să fii de găsit tot timpul. E în regulă să spui când poți ajuta și când nu.
supporter-guide-not-share = Păstrează planul doar pentru tine. Nu-l arăta și nu-l da mai departe nimănui.
supporter-guide-worried-heading = Dacă îți faci griji și nu reușești s-o contactezi
supporter-guide-worried-emergency = Dacă crezi că viața ei este în pericol, sună acum la 999. Poți suna și la 112.
supporter-guide-worried-helplines = Dacă nu e o urgență, poți suna la o linie de sprijin. Acolo sunt ascultați și oamenii care își fac griji pentru altcineva.
supporter-guide-worried-harbour = Harbour nu sună pe nimeni în locul tău.
supporter-guide-helplines = Vezi liniile de sprijin
supporter-guide-close = Închide acest ghid

devices-title = Dispozitivele mele
devices-intro = Conectează-ți telefonul și calculatorul, ca planul tău să fie pe amândouă.
devices-list-heading = Dispozitive conectate
devices-this-device = acest dispozitiv
devices-unnamed = Un dispozitiv fără nume
devices-none = Doar acest dispozitiv are planul tău.
devices-remove = Elimină acest dispozitiv
devices-remove-explain = Elimini { $name }? Celelalte dispozitive ale tale trec la o cheie nouă. Ce are deja { $name } poate rămâne pe el. Ca să te asiguri că și legăturile cu persoanele tale de sprijin sunt în siguranță, invită-le din nou.
devices-remove-confirm = Elimină-l
devices-removed = { $name } a fost eliminat.
devices-link-heading = Conectează alt dispozitiv
devices-link-intro = Creează un cod aici, apoi introdu-l pe celălalt dispozitiv.
devices-link-start = Creează un cod
devices-link-code = Introdu acest cod pe celălalt dispozitiv:
devices-link-qr-alt = Cod QR pentru conectarea altui dispozitiv
devices-link-next = Apoi trimite de acolo un fișier de actualizare către acest dispozitiv. Când ajunge, scrie codul afișat de dispozitivul nou și trimite înapoi un fișier de actualizare. Codul funcționează o singură dată.
devices-join-heading = Acesta este dispozitivul meu nou
devices-join-intro = Introdu codul pe care îl arată celălalt dispozitiv.
devices-join-code = Codul de pe celălalt dispozitiv
devices-join-name = Un nume pentru acest dispozitiv
devices-join-button = Conectează acest dispozitiv
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = Aproape conectat. Codul de confirmare: { $code }. Acum trimite un fișier de actualizare celuilalt dispozitiv (sau sincronizează) și scrie acolo acest cod. Planul tău sosește apoi odată cu următoarea lui actualizare.
devices-code = Codul de confirmare: { $code }. Verifică să fie același cu cel afișat de acel dispozitiv când s-a alăturat.
devices-state-waiting = A răspuns: așteptăm să scrii codul dispozitivului
devices-waiting-heading = Un dispozitiv nou a răspuns
devices-waiting-explain = Scrie codul pe care îl afișează. Nu se împarte nimic cu el până nu faci asta.
devices-waiting-many = Au răspuns mai multe dispozitive. Dacă conectezi doar unul, poate că altcineva are codul tău: ca să fii în siguranță, fă un cod nou și conectează din nou.
devices-confirm-label = Codul de pe dispozitivul nou
devices-confirm-button = Confirmă
devices-confirmed = Codul se potrivește. Dispozitivul nou primește planul tău odată cu următoarea ta actualizare.

sync-files-heading = Fișiere de actualizare
sync-files-intro = Fără un releu de sincronizare, actualizările circulă ca fișiere: salvează unul și trimite-l prin e-mail, printr-o aplicație de mesagerie sau pe un stick USB. Fișierul este criptat: doar oamenii cu care împarți planul îl pot deschide.
sync-file-save = Salvează un fișier de actualizare
sync-file-saved = Salvat: { $path }. Trimite acest fișier oamenilor cu care împarți planul.
sync-file-open-label = Un fișier de actualizare pe care ți l-a trimis cineva
sync-file-open = Deschide fișierul de actualizare
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = Ai deschis { $name } din fișierele tale. Nu se citește nimic până nu apeși „Deschide fișierul de actualizare”.
sync-file-in-done =
    { $accepted ->
        [one] O actualizare primită.
        [few] { $accepted } actualizări primite.
       *[other] { $accepted } de actualizări primite.
    }
sync-file-in-some-refused = Actualizări primite: { $accepted }; nu au putut fi folosite: { $refused }. Acestea nu au schimbat nimic din datele tale.
sync-file-in-nothing-new = Nimic nou: aveai deja tot ce este în acest fișier.
sync-file-in-not-for-me = Acest fișier nu conține nimic pentru tine.
sync-file-in-revoked = { $person } a oprit împărțirea planului cu tine, așa că planul a fost șters de pe acest dispozitiv.

sync-heading = Sincronizare
sync-intro = Sincronizarea îți trimite actualizările printr-un releu, ca să nu ai nevoie de fișiere. Este oprită până o pornești tu. Cât timp este oprită, Harbour nu se conectează la internet.
sync-state-off = Sincronizarea este oprită.
sync-state-on = Sincronizarea este pornită, prin { $url }.
sync-relay-not-yet = Această versiune de Harbour nu se poate conecta încă la un releu. Alegerea ta este salvată; până atunci, folosește fișierele de actualizare.
sync-toggle = Sincronizează printr-un releu
sync-relay-url = Adresa releului
sync-relay-url-hint = Începe cu https://. Întreabă pe cine se ocupă de releul tău, de exemplu o organizație caritabilă locală.
sync-turn-on = Pornește sincronizarea
sync-save-address = Salvează adresa releului
sync-last-file-out = Ultimul fișier de actualizare salvat: { $when }
sync-last-file-in = Ultimul fișier de actualizare deschis: { $when }
sync-status-off = Sincronizarea este oprită.
sync-status-waiting = Se așteaptă prima sincronizare.
sync-status-synced = Sincronizat.
sync-status-offline = Fără conexiune: modificările tale sunt păstrate și trimise când revine conexiunea.
sync-status-error = Sincronizarea nu a funcționat data trecută.
sync-last-relay = Ultima sincronizare: { $when }
sync-retry = Harbour încearcă din nou singur în fiecare minut. Între timp nu se pierde nimic.
sync-unsent =
    { $count ->
        [one] O actualizare așteaptă să fie trimisă.
        [few] { $count } actualizări așteaptă să fie trimise.
       *[other] { $count } de actualizări așteaptă să fie trimise.
    }
sync-now = Sincronizează acum
error-relay_unreachable = Harbour nu a putut ajunge la releu. Verifică dacă acest dispozitiv este conectat la internet și dacă adresa releului este corectă.
error-relay_refused = Releul a refuzat această actualizare (de exemplu este plin sau actualizarea este prea mare). Planul tău este în siguranță pe acest dispozitiv; întreabă persoana care administrează releul.

## My places

my-places-title = Locurile mele
my-places-intro = Locuri care te ajută, cum ar fi casa unui prieten. Sunt păstrate blocate în planul tău pe acest dispozitiv și apar în „Ajutor în apropiere” cât timp planul tău este deschis.
my-places-empty = Încă nu ai adăugat niciun loc.
my-places-add = Adaugă un loc
my-places-add-title = Adaugă un loc
my-places-edit-title = Modifică acest loc
my-places-edit = Modifică
my-places-remove = Șterge
my-places-remove-confirm = Ștergi { $name }?
my-places-remove-yes = Da, șterge-l
my-places-remove-no = Păstrează-l
my-places-name = Nume
my-places-phone = Număr de telefon (opțional)
my-places-address = Adresă (opțional)
my-places-town = Localitate (opțional)
my-places-postcode = Cod poștal (opțional)
my-places-position = Poziția exactă (opțional)
my-places-position-hint = Latitudinea și longitudinea, de exemplu 52.9107, -0.6423. Fără ea, Harbour folosește centrul localității.
my-places-hours = Program (opțional)
my-places-hours-hint = În formatul OpenStreetMap, de exemplu: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Notiță (opțional)
my-places-save = Salvează
my-places-cancel = Renunță
my-places-not-on-map = Nu apare pe hartă: Harbour nu cunoaște localitatea. Caută-l după nume ca să îl găsești.
my-places-added-by-you = Adăugat de tine
find-kind-other = Alt tip
error-place_name_required = Te rog să dai un nume locului.
error-phone_invalid = Acesta nu pare un număr de telefon. Folosește doar cifre, spații și un + la început.
error-opening_hours_invalid = Harbour nu a putut citi acest program. Încearcă formatul Mo-Fr 09:00-17:00 sau lasă câmpul gol.
error-coordinates_invalid = Această poziție nu pare corectă. Scrie latitudinea și longitudinea, despărțite prin virgulă, sau lasă câmpul gol.
error-my_place_not_found = Acest loc nu mai există. Poate a fost șters.

## Daily check-in

section-checkins-title = Verificarea mea zilnică (doar culoarea)
checkin-heading = Cum te simți azi?
checkin-note-label = Câteva cuvinte, dacă vrei (doar tu le vezi)
checkin-green = Verde: sunt bine
checkin-amber = Galben: îmi este greu
checkin-red = Roșu: mă descurc foarte greu
checkin-state-green = verde
checkin-state-amber = galben
checkin-state-red = roșu
checkin-since = { $state } din { $when }
checkin-when-today = azi
checkin-privacy = O atingere este de ajuns. Notițele tale rămân pe dispozitivele tale. O persoană de sprijin îți vede culoarea doar dacă îi împărtășești verificarea.
checkin-saved = Salvat. Mulțumim că ai făcut verificarea.
checkin-red-heading = Ai spus roșu. Nu trebuie să treci prin asta fără ajutor.
checkin-red-body = Planul tău de criză este aici și poți cere ajutor persoanelor de sprijin. Nu se trimite nimic dacă nu atingi.
checkin-red-plan = Deschide planul meu de criză
checkin-history-heading = Ultimele patru săptămâni
checkin-history-summary = În ultimele patru săptămâni: verde { $green }, galben { $amber }, roșu { $red }, zile fără verificare: { $none }.
checkin-history-range = De la { $from } până la { $to }
checkin-history-no-day = fără verificare
checkin-history-list = Verificările mele recente, ca listă
shared-checkin = Verificarea lui { $person }: { $state } din { $when }

## Photos on reasons and the toolbox

photo-add = Adaugă o fotografie
photo-change = Schimbă fotografia
photo-remove = Elimină fotografia
photo-working = Se adaugă fotografia…
error-photo_invalid = Fișierul nu este o fotografie pe care Harbour o poate folosi. Alege o imagine JPEG, PNG, WebP sau GIF.
error-photo_too_large = Fotografia este prea mare. Alege una mai mică de 20 MB.
error-photo_not_found = Fotografia nu mai există.
