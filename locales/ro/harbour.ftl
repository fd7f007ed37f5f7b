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
find-place-label = Oraș sau localitate
find-place-hint = De exemplu: Grantham, Leeds, Cardiff
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
recovery-lead = Dacă vreodată uiți fraza de acces, această cheie este singura altă cale de a-ți deschide planul. O arătăm doar de data aceasta.
recovery-key-label = Cheia de recuperare
recovery-print = Tipărește-o
recovery-save = Salveaz-o într-un fișier
recovery-saved-to = Salvată ca { $name } în { $path }
recovery-confirm = Mi-am păstrat cheia de recuperare într-un loc sigur
recovery-confirm-first = Mai întâi tipărește sau salvează cheia, apoi bifează căsuța.
recovery-continue = Continuă spre planul meu
recovery-keep-safe = Păstreaz-o departe de acest dispozitiv, într-un loc privat: cu actele importante sau la cineva în care ai încredere.
