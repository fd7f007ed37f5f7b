# Harbour — polski (Polish). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = Przejdź do treści
loading = Wczytywanie…

## Navigation

nav-get-help-now = Pomoc teraz

## Home

home-title = Witaj w Harbour
home-intro = Harbour bezpiecznie przechowuje Twój plan zdrowienia i plan kryzysowy na tym urządzeniu i udostępnia go tylko osobom, które wybierzesz.
home-help-heading = Chcesz teraz z kimś porozmawiać?
home-help-body = Telefony zaufania działają w dzień i w nocy. Możesz stąd do nich zadzwonić lub napisać SMS.
home-privacy-heading = Twój plan należy do Ciebie
home-privacy-body = Nic, co piszesz, nie opuszcza tego urządzenia, chyba że zdecydujesz się to udostępnić. Harbour nie ma kont i niczego nie śledzi.

## Get help now

help-title = Pomoc teraz
help-intro = Nie musisz mierzyć się z tym w pojedynkę. Te telefony zaufania są po to, żeby Cię wysłuchać.
help-country-label = Kraj
help-call = Zadzwoń
help-text = SMS
help-hours = Godziny: { $hours }
help-last-checked = Ostatnio sprawdzono: { $date }
help-source = Źródło
help-none = Nie mamy jeszcze telefonów zaufania dla tego kraju. Wybierz inny kraj albo poszukaj pomocy w okolicy.
help-caution = Numery i godziny otwarcia mogą się zmieniać. Przy każdym numerze widać, skąd pochodzi i kiedy ostatnio go sprawdzono.

## Errors (one per error code from the Rust core)

error-invalid_input = Coś tu się nie zgadza. Sprawdź i spróbuj jeszcze raz.
error-data_invalid = Nie udało się odczytać części wbudowanych informacji Harbour. Daj znać zespołowi Harbour.
error-internal = Coś poszło nie tak. Nic z Twoich zapisków nie zginęło.

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = Pomoc w pobliżu
home-find-heading = Gdzie można pójść
home-find-body = Znajdź kawiarnie kryzysowe, bezpieczne przystanie i grupy wsparcia w pobliżu miejscowości. Działa bez internetu.
find-title = Pomoc w pobliżu
find-intro = Wpisz miasto lub miejscowość. Harbour przeszukuje własną listę na tym urządzeniu; nic nie jest nigdzie wysyłane.
find-place-label = Miasto, miejscowość lub kod pocztowy
find-place-hint = Na przykład: Grantham, Leeds, Cardiff lub M1 1AD
find-search = Szukaj
find-open-now = Tylko miejsca otwarte teraz
find-kind-label = Rodzaj miejsca
find-kind-all = Wszystkie rodzaje
find-kind-crisis_cafe = Kawiarnia kryzysowa
find-kind-safe_haven = Bezpieczna przystań
find-kind-crisis_house = Dom kryzysowy
find-kind-peer_group = Grupa wsparcia
find-kind-drop_in = Punkt bez umawiania
find-kind-helpline = Telefon zaufania
find-near = W pobliżu: { $place }
find-matching = Miejsca pasujące do „{ $query }”
find-none = Nic tu nie znaleziono. Spróbuj pobliskiego większego miasta albo zadzwoń pod jeden z numerów w „Pomoc teraz”.
find-none-open = W pobliżu nic nie jest teraz otwarte. Telefony zaufania działają w dzień i w nocy.
find-status-open-all-day = Otwarte całą dobę
find-status-open-until = Otwarte do { $time }
find-status-open-until-day = Otwarte do { $day ->
    [monday] poniedziałku
    [tuesday] wtorku
    [wednesday] środy
    [thursday] czwartku
    [friday] piątku
    [saturday] soboty
   *[sunday] niedzieli
  }, { $time }
find-status-opens-at = { $day ->
    [today] Otwarcie dziś o { $time }
    [tomorrow] Otwarcie jutro o { $time }
    [monday] Otwarcie w poniedziałek o { $time }
    [tuesday] Otwarcie we wtorek o { $time }
    [wednesday] Otwarcie w środę o { $time }
    [thursday] Otwarcie w czwartek o { $time }
    [friday] Otwarcie w piątek o { $time }
    [saturday] Otwarcie w sobotę o { $time }
   *[sunday] Otwarcie w niedzielę o { $time }
  }
find-status-closed = Nieczynne w tym tygodniu
find-status-unknown = Godziny otwarcia nieznane: zadzwoń lub sprawdź, zanim pójdziesz
find-distance = { $km } km stąd
find-distance-approx = Około { $km } km stąd (centrum miejscowości)
find-distance-in-town = W miejscowości { $town } (centrum)
find-distance-unknown = Odległość nieznana
find-referral-self_referral = Można przyjść bez skierowania
find-referral-phone_first = Zadzwoń lub umów się, zanim pójdziesz
find-referral-referral_needed = Potrzebne skierowanie od specjalisty
find-age = Wiek: { $ages }
find-call = Zadzwoń
find-directions = Dojazd
find-website = Strona internetowa
find-hours-source = Godziny według źródła: { $text }
find-last-checked = Ostatnio sprawdzono: { $date }
find-stale = { $months ->
    [one] Może być nieaktualne: ostatnio sprawdzono { $months } miesiąc temu
    [few] Może być nieaktualne: ostatnio sprawdzono { $months } miesiące temu
    [many] Może być nieaktualne: ostatnio sprawdzono { $months } miesięcy temu
   *[other] Może być nieaktualne: ostatnio sprawdzono { $months } miesiąca temu
}
find-stale-source = Może być nieaktualne: źródło jest stare albo był to projekt pilotażowy
find-source = Źródło
find-report = Zgłoś problem
find-caution = Miejsca zmieniają godziny otwarcia, a czasem się zamykają. Jeśli możesz, zadzwoń wcześniej. W nagłym wypadku dzwoń pod 999.
help-nearby-heading = Otwarte teraz w pobliżu: { $place }
help-nearby-none = Nic w pobliżu { $place } nie jest teraz otwarte.
help-find-more = Pomoc w pobliżu

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = Szybkie wyjście
nav-quick-exit-hint = Od razu ukrywa Harbour i blokuje Twój plan. Skrót: naciśnij dwa razy Escape.
nav-settings = Ustawienia
nav-my-plan = Mój plan
nav-lock = Zablokuj
nav-menu = Menu
unlock-title = Odblokuj swój plan
unlock-lead = Wpisz hasło, aby otworzyć swój plan.
unlock-passphrase-label = Hasło
unlock-button = Odblokuj
unlock-working = Odblokowywanie…
unlock-use-recovery = Nie pamiętam hasła: użyj klucza odzyskiwania
unlock-use-passphrase = Użyj jednak hasła
unlock-recovery-label = Klucz odzyskiwania
unlock-recovery-hint = Klucz, który wydrukowano lub zapisano przy konfiguracji Harbour. Spacje i myślniki nie mają znaczenia.
unlock-locked-idle = Harbour sam się zablokował, żeby Twój plan pozostał prywatny.
neutral-title = Notatki
neutral-note-label = Notatka
neutral-done = Gotowe

## Language and Easy Read

language-label = Język
easy-read-label = Tekst łatwy do czytania: krótsze zdania i prostsze słowa
language-needs-review = To tłumaczenie jest nowe. Nie sprawdziła go jeszcze osoba, dla której polski jest językiem ojczystym.
easy-read-toggle = Łatwy tekst
read-aloud = Przeczytaj na głos
read-aloud-stop = Przestań czytać

## Home (unlocked), sections and the crisis plan

home-plan-title = Mój plan
home-plan-intro = Pisz po trochu. Wszystko zapisuje się na bieżąco.
home-crisis-heading = Mój plan kryzysowy
home-crisis-status = Stan: { $status }
home-crisis-open = Otwórz mój plan kryzysowy
home-crisis-edit = Edytuj mój plan kryzysowy
home-sections-heading = Części mojego planu
home-filled = Wypełniono { $filled } z { $total }
home-last-reviewed = Ostatni przegląd: { $date }
home-never-reviewed = Jeszcze bez przeglądu
home-views-heading = Czytaj i drukuj
home-view-full = Cały mój plan
home-view-safety = Plan bezpieczeństwa na jednej stronie
home-view-crisis = Widok kryzysowy
home-view-card = Karta kryzysowa do portfela
crisis-status-inactive = nieaktywny
crisis-status-active = aktywny
crisis-status-stood_down = zakończony
crisis-status-since = Zmienione przez: { $by }, { $date }

# Exported and printed pages (plan export)
export-crisis-status = Plan kryzysowy: { $status }
export-not-dated = Jeszcze bez daty
export-footer = Utworzono w Harbour. Ta strona jest prywatna: przechowuj ją w bezpiecznym miejscu.
export-emergency = W nagłym wypadku zadzwoń pod 999 (Wielka Brytania) lub lokalny numer alarmowy.
export-date = Data
export-page = Strona { $page } z { $pages }
advance-title = Mój dokument wcześniejszych wyborów
advance-law = Dokument wcześniejszych wyborów (advance choice document) w rozumieniu ustawy Mental Health Act 2025 (Anglia i Walia).
advance-declaration = To jest mój dokument wcześniejszych wyborów. Powstał w czasie, gdy moje zdrowie pozwalało mi decydować o mojej opiece. Mówi, czego chcę, a czego nie chcę, jeśli zachoruję i nie będę w stanie tego powiedzieć. Proszę go przeczytać i w miarę możliwości się do niego stosować.
advance-part-values = Moje wartości i to, co jest dla mnie ważne
advance-part-medication = Leki: co wolę, co akceptuję, czego odmawiam
advance-part-treatments = Leczenie: co wolę, co akceptuję, czego odmawiam
advance-part-people = Kogo angażować, a kogo nie
advance-part-home = Opieka w domu lub w środowisku lokalnym
advance-part-practical = Sprawy praktyczne: kto zajmuje się czym
advance-part-places = Miejsca opieki
advance-part-shared = Kto ma kopię
advance-made-on = Sporządzono { $date }
advance-reviewed-on = Ostatnio przejrzano { $date }
advance-person-name = Moje imię i nazwisko
advance-signed-person = Mój podpis
advance-witness-statement = Widziałem/widziałam, jak osoba, która sporządziła ten dokument, go podpisuje.
advance-witness-name = Imię i nazwisko świadka
advance-signed-witness = Podpis świadka
section-toolbox-title = Skrzynka narzędzi dobrego samopoczucia
section-toolbox-intro = Rzeczy, które pomagają Ci czuć się dobrze, i te, których wolisz unikać. Małe rzeczy też się liczą.
section-daily-title = Plan dnia
section-daily-intro = Jak wygląda dla Ciebie dobry dzień i co pomaga Ci go takim utrzymać.
section-triggers-title = Czynniki wyzwalające
section-triggers-intro = Rzeczy, które mogą Cię cofnąć, i co możesz zrobić, gdy się zdarzą. Idź we własnym tempie.
section-early_warning-title = Wczesne sygnały ostrzegawcze
section-early_warning-intro = Drobne zmiany, które mówią Ci, że coś może zaczynać się psuć, i co wtedy pomaga.
section-breaking_down-title = Kiedy jest coraz gorzej
section-breaking_down-intro = Znaki, że robi się dużo gorzej, i pilne kroki, które pomagają, w tym proszenie o pomoc.
section-crisis-title = Plan kryzysowy
section-crisis-intro = Ta część jest napisana dla osób, które Cię wspierają, żeby wiedziały, czego chcesz, jeśli nie możesz powiedzieć tego samodzielnie.
section-after_crisis-title = Po kryzysie
section-after_crisis-intro = Po czym poznasz, że kryzys minął, i co pomaga Ci znów stanąć na nogi.
section-reasons-title = Powody, żeby iść dalej
section-reasons-intro = Ta część jest tylko dla Ciebie i nie jest obowiązkowa. Ludzie, rzeczy i chwile, które są dla Ciebie ważne.
crisis-part-well = Jak się czuję i zachowuję, kiedy jest dobrze
crisis-part-take_over = Znaki, że inni powinni przejąć stery
crisis-part-people = Osoby, które chcę i których nie chcę angażować
crisis-part-medication = Leki
crisis-part-treatments = Leczenie
crisis-part-home = Opieka w domu, w społeczności lub opieka wytchnieniowa
crisis-part-places = Miejsca leczenia
crisis-part-help = Pomoc od innych
crisis-part-surroundings = Jak uczynić moje otoczenie bezpieczniejszym
crisis-part-money = Sprawy finansowe
crisis-part-ending = Kiedy ten plan nie będzie już potrzebny
crisis-part-advance_choice = Mój dokument wcześniejszych wyborów
crisis-parts-heading = Części mojego planu kryzysowego
crisis-back = Wszystkie części mojego planu kryzysowego

## First run

welcome-title = Witaj w Harbour
welcome-lead = Harbour to spokojne, prywatne miejsce, w którym zapiszesz, co pomaga Ci czuć się dobrze i czego chcesz, gdy zrobi się trudno.
welcome-does-heading = Co robi Harbour
welcome-does-1 = Przechowuje Twój plan na tym urządzeniu, zabezpieczony hasłem, które znasz tylko Ty.
welcome-does-2 = Pomaga Ci go napisać, część po części, w Twoim tempie.
welcome-does-3 = Pozwala wydrukować kartę kryzysową albo jednostronicowy plan bezpieczeństwa.
welcome-doesnt-heading = Czego Harbour nie robi
welcome-doesnt-1 = Nie ma kont ani śledzenia. Nic, co napiszesz, nie opuszcza tego urządzenia, chyba że zdecydujesz się to udostępnić.
welcome-doesnt-2 = Nie dzwoni za Ciebie do nikogo i nie jest służbą ratunkową.
welcome-doesnt-3 = Nie otworzy Twojego planu bez hasła lub klucza odzyskiwania. Nikt tego nie zrobi, nawet my.
welcome-start = Zacznij
welcome-restore = Mam plik kopii zapasowej
welcome-step = Krok { $step } z { $total }
welcome-next = Dalej
welcome-back = Wstecz
passphrase-title = Wybierz hasło
passphrase-lead = Hasło zamyka Twój plan. Dobrze sprawdza się kilka zwykłych słów, które tylko Tobie przyszłyby do głowy razem, np. „czajnik rzeka żółta skarpeta”.
passphrase-label = Hasło
passphrase-confirm-label = Wpisz je jeszcze raz
passphrase-show = Pokaż hasło
passphrase-strength = Siła: { $level }
passphrase-strength-0 = za krótkie
passphrase-strength-1 = słabe
passphrase-strength-2 = średnie
passphrase-strength-3 = dobre
passphrase-strength-4 = mocne
passphrase-tip-length = Użyj co najmniej 10 znaków. Dłuższe jest mocniejsze.
passphrase-tip-words = Spróbuj dodać jeszcze jedno słowo.
passphrase-tip-common = To hasło jest bardzo popularne i łatwe do odgadnięcia.
passphrase-tip-good = Wygląda dobrze.
passphrase-mismatch = Oba hasła nie są jeszcze takie same.
passphrase-create = Zamknij mój plan tym hasłem
passphrase-creating = Przygotowujemy Twój plan. To chwilę potrwa…
recovery-title = Twój klucz odzyskiwania
recovery-lead = Jeśli kiedyś zapomnisz hasła, ten klucz to jedyny inny sposób, by otworzyć plan. Możesz go zobaczyć ponownie w Ustawieniach, po wpisaniu hasła.
recovery-key-label = Klucz odzyskiwania
recovery-print = Wydrukuj go
recovery-save = Zapisz go w pliku
recovery-saved-to = Zapisano jako { $name } w { $path }
recovery-confirm = Klucz odzyskiwania jest zapisany w bezpiecznym miejscu
recovery-confirm-first = Najpierw wydrukuj lub zapisz klucz, potem zaznacz pole.
recovery-continue = Przejdź do mojego planu
recovery-keep-safe = Trzymaj go z dala od tego urządzenia, w prywatnym miejscu: z ważnymi dokumentami albo u kogoś, komu ufasz.

## First run: language and reading

welcome-language-title = Język i czytanie
welcome-language-lead = Wybierz, jak Harbour ma do Ciebie mówić. Możesz to później zmienić w Ustawieniach.
welcome-language-label = Język
welcome-easy-read-label = Tekst łatwy do czytania: krótsze zdania i prostsze słowa

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = Co pomaga mi czuć się dobrze
field-toolbox-helps-hint = Wszystko, co Cię podnosi na duchu, uspokaja albo daje Ci oparcie.
field-toolbox-helps-example = Na przykład: spacer nad rzeką, telefon do siostry, muzyka w słuchawkach, gorąca kąpiel.
field-toolbox-avoid = Czego staram się unikać
field-toolbox-avoid-hint = Rzeczy, które zwykle ciągną Cię w dół.
field-toolbox-avoid-example = Na przykład: za dużo kawy, przeglądanie telefonu późno w nocy, pomijanie posiłków.
field-daily-when_well = Jak się czuję i zachowuję, kiedy jest dobrze
field-daily-when_well-hint = Opisz siebie w dobry dzień, własnymi słowami.
field-daily-when_well-example = Na przykład: dużo mówię, lubię gotować, śpię około ośmiu godzin, śmieję się z głupstw.
field-daily-every_day = Co muszę robić każdego dnia
field-daily-every_day-hint = Małe codzienne rzeczy, dzięki którym czujesz się dobrze.
field-daily-every_day-example = Na przykład: zjeść śniadanie, wziąć tabletki, wyjść na dziesięć minut na zewnątrz.
field-daily-might_need = Co czasem mogę potrzebować zrobić
field-daily-might_need-hint = Rzeczy, które pomagają od czasu do czasu, nie codziennie.
field-daily-might_need-example = Na przykład: zrobić pranie, spotkać się z przyjacielem, zapłacić rachunek.
field-triggers-triggers = Co może mnie cofnąć
field-triggers-triggers-hint = Wydarzenia albo sytuacje, które mogą Cię zdenerwować lub wytrącić z równowagi.
field-triggers-triggers-example = Na przykład: kłótnie, rocznice, zmartwienia o pieniądze, głośne i zatłoczone miejsca.
field-triggers-must_do = Kiedy to się stanie, zrobię to
field-triggers-must_do-hint = Rzeczy, które zrobisz za każdym razem, gdy pojawi się czynnik wyzwalający.
field-triggers-must_do-example = Na przykład: powiem osobie, której ufam, zrobię ćwiczenie oddechowe, pójdę w ciche miejsce.
field-triggers-might_do = Mogę też
field-triggers-might_do-hint = Rzeczy, których warto spróbować, jeśli masz na to siłę.
field-triggers-might_do-example = Na przykład: zapisać to, pobiegać, obejrzeć ulubiony film.
field-early_warning-signs = Drobne zmiany, które zauważam
field-early_warning-signs-hint = Zmiany, które Ty albo bliskie Ci osoby możecie zauważyć wcześnie.
field-early_warning-signs-example = Na przykład: źle śpię, nie odpisuję na wiadomości, wszystko mnie drażni.
field-early_warning-must_do = Kiedy je zauważę, zrobię to
field-early_warning-must_do-hint = Kroki, które pomagają Ci wrócić na właściwe tory.
field-early_warning-must_do-example = Na przykład: będę chodzić spać o tej samej porze, powiem partnerowi, codziennie sięgnę do mojej skrzynki narzędzi.
field-early_warning-might_do = Mogę też
field-early_warning-might_do-hint = Dodatkowe rzeczy, które czasem pomagają.
field-early_warning-might_do-example = Na przykład: wezmę dzień wolny w pracy, pójdę do lekarza rodzinnego.
field-breaking_down-signs = Znaki, że robi się dużo gorzej
field-breaking_down-signs-hint = Znaki, które mówią Tobie albo innym, że potrzebujesz teraz więcej pomocy.
field-breaking_down-signs-example = Na przykład: nie jem, nie śpię od kilku dni, czuję, że nie ma nadziei.
field-breaking_down-must_do = Pilne rzeczy, które zrobię
field-breaking_down-must_do-hint = Napisz, kogo poprosisz o pomoc i w jaki sposób.
field-breaking_down-must_do-example = Na przykład: zadzwonię do mojego koordynatora opieki, zostanę u przyjaciółki, zadzwonię na telefon zaufania.
field-breaking_down-might_do = Mogę też
field-breaking_down-might_do-hint = Inne rzeczy, które mogą pomóc w tym momencie.
field-breaking_down-might_do-example = Na przykład: poproszę przyjaciela, żeby u mnie przenocował, oddam komuś kluczyki do samochodu.
field-crisis-when_well = Jak się czuję i zachowuję, kiedy jest dobrze
field-crisis-when_well-hint = Żeby inni mogli zauważyć różnicę. Pisz dla kogoś, kto może Cię słabo znać.
field-crisis-when_well-example = Na przykład: mówię niewiele, ale lubię ludzi, lubię stały rytm dnia, codziennie zajmuję się psem.
field-crisis-take_over_signs = Znaki, że inni powinni przejąć stery
field-crisis-take_over_signs-hint = Co zobaczą inni, co znaczy, że muszą działać za Ciebie.
field-crisis-take_over_signs-example = Na przykład: przestaję jeść, nie poznaję ludzi, mówię o tym, żeby mnie tu nie było.
field-crisis-supporters = Osoby, które mają mi pomóc
field-crisis-supporters-hint = Kim są, jak się z nimi skontaktować i co chcesz, żeby każda z nich zrobiła.
field-crisis-supporters-example = Na przykład: Sam, moja siostra, 07700 900123, zostaje ze mną i dzwoni do mojego lekarza rodzinnego.
field-crisis-not_involved = Osoby, których nie chcę angażować
field-crisis-not_involved-hint = Możesz napisać dlaczego, jeśli chcesz.
field-crisis-not_involved-example = Na przykład: była partnerka lub były partner.
field-crisis-disagreements = Jeśli osoby, które mnie wspierają, się nie zgadzają
field-crisis-disagreements-hint = Jak chcesz, żeby rozstrzygano spory między osobami, które Cię wspierają.
field-crisis-disagreements-example = Na przykład: ostatnie słowo ma moja siostra.
field-crisis-medication_current = Leki, które teraz biorę
field-crisis-medication_current-hint = Nazwa, dawka i na co jest lek, jeśli wiesz.
field-crisis-medication_current-example = Na przykład: sertralina 50 mg co rano.
field-crisis-medication_preferred = Leki, które wolę
field-crisis-medication_preferred-hint = I dlaczego: co pomagało wcześniej.
field-crisis-medication_preferred-example = Na przykład: diazepam, bo mnie uspokaja, ale nie zwala z nóg.
field-crisis-medication_acceptable = Leki, które zaakceptuję
field-crisis-medication_acceptable-hint = Jeśli to, co wolisz, nie jest możliwe.
field-crisis-medication_acceptable-example = Na przykład: krótka kuracja tabletkami nasennymi.
field-crisis-medication_unacceptable = Leki, których nie chcę
field-crisis-medication_unacceptable-hint = I dlaczego, żeby inni zrozumieli.
field-crisis-medication_unacceptable-example = Na przykład: olanzapina, bo ostatnio spowodowała duży przyrost wagi.
field-crisis-allergies = Alergie
field-crisis-allergies-hint = Na leki, jedzenie albo cokolwiek innego.
field-crisis-allergies-example = Na przykład: penicylina.
field-crisis-treatments_current = Leczenie lub terapia, które mam teraz
field-crisis-treatments_current-hint = Wszystko, co jest teraz częścią Twojej opieki.
field-crisis-treatments_current-example = Na przykład: cotygodniowa psychoterapia.
field-crisis-treatments_preferred = Leczenie, które wolę
field-crisis-treatments_preferred-hint = I dlaczego: co pomagało wcześniej.
field-crisis-treatments_preferred-example = Na przykład: wizyty zespołu leczenia domowego, bo bycie w domu mi pomaga.
field-crisis-treatments_acceptable = Leczenie, które zaakceptuję
field-crisis-treatments_acceptable-hint = Jeśli to, co wolisz, nie jest możliwe.
field-crisis-treatments_acceptable-example = Na przykład: krótki pobyt w domu kryzysowym.
field-crisis-treatments_unacceptable = Leczenie, którego nie chcę
field-crisis-treatments_unacceptable-hint = I dlaczego, żeby inni zrozumieli.
field-crisis-treatments_unacceptable-example = Na przykład: przytrzymywanie siłą, z powodu tego, co stało się wcześniej.
field-crisis-home_care = Plan na pozostanie w domu, w swojej okolicy albo w opiece wytchnieniowej
field-crisis-home_care-hint = Co pozwoliłoby Ci przejść przez kryzys w domu albo w pobliżu, z odpowiednim wsparciem.
field-crisis-home_care-example = Na przykład: przyjaciele na zmianę zostają ze mną, a zespół kryzysowy odwiedza mnie codziennie.
field-crisis-places_preferred = Miejsca leczenia, które wolę
field-crisis-places_preferred-hint = Szpitale, domy kryzysowe albo inne miejsca, które były dla Ciebie dobre.
field-crisis-places_preferred-example = Na przykład: dom kryzysowy w mieście.
field-crisis-places_unacceptable = Miejsca, do których nie chcę trafić
field-crisis-places_unacceptable-hint = Możesz napisać dlaczego.
field-crisis-places_unacceptable-example = Na przykład: oddział daleko od domu.
field-crisis-help_wanted = Co mi pomaga, kiedy jestem w kryzysie
field-crisis-help_wanted-hint = Co inni mogą zrobić lub powiedzieć, żeby pomóc.
field-crisis-help_wanted-example = Na przykład: mówić powoli, posiedzieć ze mną, przypominać mi o piciu wody.
field-crisis-help_unwanted = Co nie pomaga
field-crisis-help_unwanted-hint = Czego inni powinni unikać, nawet w dobrej wierze.
field-crisis-help_unwanted-example = Na przykład: dużo pytań, tłoczenie się wokół mnie, mówienie mi „głowa do góry”.
field-crisis-if_danger = Jeśli stanowię zagrożenie dla siebie lub innych
field-crisis-if_danger-hint = Co chcesz, żeby zrobili inni.
field-crisis-if_danger-example = Na przykład: zabrać mi kluczyki do samochodu, zadzwonić na linię kryzysową, zostać ze mną.
field-crisis-responsibilities = Kto czym się zajmie
field-crisis-responsibilities-hint = Dzieci, zwierzęta, rachunki, Twój dom: kto zajmie się każdą z tych spraw.
field-crisis-responsibilities-example = Na przykład: karmienie kota: moja sąsiadka, Jo.
field-crisis-safer_surroundings = Jak uczynić moje otoczenie bezpieczniejszym
field-crisis-safer_surroundings-hint = Rzeczy, które warto schować albo usunąć, dopóki jest trudno.
field-crisis-safer_surroundings-example = Na przykład: oddać zapasowe tabletki do apteki.
field-crisis-money = Sprawy finansowe
field-crisis-money-hint = Rachunki, karty i wydatki oraz kto może pomóc.
field-crisis-money-example = Na przykład: mój bank ma notatkę, żeby wstrzymać moją kartę; mój brat płaci czynsz.
field-crisis-no_longer_needed_signs = Znaki, że ten plan nie jest już potrzebny
field-crisis-no_longer_needed_signs-hint = Po czym inni poznają, że znów możesz przejąć sprawy w swoje ręce.
field-crisis-no_longer_needed_signs-example = Na przykład: przesypiam noc, gotuję dla siebie.
field-crisis-values_statement = Co jest dla mnie ważne
field-crisis-values_statement-hint = Twoje wartości, przekonania i to, co jest dla Ciebie najważniejsze, żeby inni mogli decydować zgodnie z Twoją wolą.
field-crisis-values_statement-example = Na przykład: bliskość z dziećmi, moja wiara, utrzymanie pracy.
field-crisis-professionals_shared = Specjaliści i placówki, którym przekazano ten dokument
field-crisis-professionals_shared-hint = Kto ma kopię Twoich wcześniejszych wyborów: lekarz rodzinny, zespół opieki lub inne osoby.
field-crisis-professionals_shared-example = Na przykład: dr Rees, mój lekarz rodzinny; środowiskowy zespół zdrowia psychicznego.
field-after_crisis-out_of_crisis_signs = Po czym poznam, że kryzys minął
field-after_crisis-out_of_crisis_signs-hint = Znaki, że najgorsze już za Tobą.
field-after_crisis-out_of_crisis_signs-example = Na przykład: znów chcę spotykać się z przyjaciółmi.
field-after_crisis-helpers = Kto mi potem pomaga
field-after_crisis-helpers-hint = Osoby, które pomagają Ci stanąć na nogi.
field-after_crisis-helpers-example = Na przykład: mój asystent zdrowienia, moja sąsiadka.
field-after_crisis-first_steps = Co zrobię najpierw
field-after_crisis-first_steps-hint = Łagodne pierwsze kroki z powrotem do codziennego życia.
field-after_crisis-first_steps-example = Na przykład: jeden krótki spacer dziennie, powrót do pracy na część etatu.
field-after_crisis-learning = Czego mogę się z tego nauczyć
field-after_crisis-learning-hint = Wszystko, co chcesz zapamiętać albo zmienić na przyszłość.
field-after_crisis-learning-example = Na przykład: muszę wcześniej prosić o pomoc.
field-reasons-reasons = Moje powody, żeby iść dalej
field-reasons-reasons-hint = Ludzie, zwierzęta, plany, miejsca: wszystko, co jest dla Ciebie ważne.
field-reasons-reasons-example = Na przykład: moja siostrzenica, znów zobaczyć morze, mój kot Pickle.
field-reasons-good_moments = Dobre chwile
field-reasons-good_moments-hint = Wspomnienia, które chcesz mieć blisko.
field-reasons-good_moments-example = Na przykład: dzień, kiedy oglądaliśmy wschód słońca na plaży.

## The values inside a list item

item-key-text = Co
item-key-why = Dlaczego
item-key-name = Imię
item-key-role = Kim jest dla mnie
item-key-contact = Jak się skontaktować
item-key-tasks = Co chcę, żeby zrobiła ta osoba
item-key-task = Co trzeba zrobić
item-key-who = Kto to zrobi

## Editing

editor-back-home = Wróć do mojego planu
editor-add = Dodaj
editor-add-label = Dodaj do „{ $field }”
editor-add-another = Dodaj kolejne
editor-move-up = Przesuń w górę
editor-move-down = Przesuń w dół
editor-remove = Usuń
editor-item-label = Pozycja { $n }
editor-removed = Usunięto.
editor-undo = Cofnij
editor-empty-list = Na razie nic tu nie ma.
editor-mark-reviewed = Dziś przejrzałem/przejrzałam tę część
editor-reviewed-today = Przejrzane dzisiaj. Dziękujemy.
editor-next-section = Dalej: { $section }
save-saving = Zapisywanie…
save-saved = Zapisano
save-error = Jeszcze nie zapisano. Harbour spróbuje ponownie.

## Views and printing

views-title = Czytaj i drukuj
views-full = Cały mój plan
views-safety = Plan bezpieczeństwa
views-crisis = Widok kryzysowy
views-card = Karta kryzysowa
views-print = Drukuj
views-save-pdf = Zapisz jako plik PDF
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = Zapisano jako { $name } w { $path }. Ta kopia nie jest chroniona Twoim hasłem: trzymaj ją w prywatnym miejscu.
views-print-a4 = Papier A4
views-print-phone = Strony wielkości telefonu
views-print-layout = Rozmiar strony
views-valid-as-of = Aktualne na dzień { $date }
views-reviewed = Ostatni przegląd: { $date }
views-empty = Nic tu jeszcze nie napisano.
views-empty-hint = Zacznij pisać w „Mój plan”, a pojawi się to tutaj.
views-card-title = Moja karta kryzysowa
views-card-intro = Wytnij ją i noś w portfelu.
views-card-contacts = Proszę skontaktować się z
views-card-helps = Co mi pomaga
views-card-allergies = Alergie
views-card-more = Mój pełny plan kryzysowy jest w aplikacji Harbour na moim telefonie.
views-card-medication = Leki, które przyjmuję
views-card-avoid = Co mi nie pomaga
views-card-not-involved = Proszę nie angażować
safety-part-safety_warning_signs = Moje sygnały ostrzegawcze
safety-part-safety_coping = Co mogę zrobić, żeby sobie poradzić
safety-part-safety_actions = Co zrobię
safety-part-safety_people = Osoby, które mogę poprosić o pomoc
safety-part-safety_surroundings = Jak uczynić moje otoczenie bezpieczniejszym
safety-part-safety_reasons = Moje powody, żeby iść dalej
crisis-activate = Uruchom mój plan kryzysowy
crisis-stand-down = Zakończ mój plan kryzysowy
crisis-activate-note = To oznacza Twój plan kryzysowy jako aktywny, więc Ty i osoby, którym go udostępniasz, widzicie, że jest w użyciu. Nie dzwoni do nikogo i niczego nie wysyła.
crisis-me = ja

## Settings

settings-title = Ustawienia
settings-display = Wygląd Harbour
settings-text-size = Rozmiar tekstu
settings-text-size-value = { $percent }%
settings-high-contrast = Wysoki kontrast
settings-reduced-motion = Ogranicz animacje
settings-language = Język i tekst łatwy do czytania
settings-privacy = Prywatność
settings-auto-lock = Zablokuj, gdy nie używam Harbour przez
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
  }
settings-notifications = Powiadomienia
settings-notifications-intro = Harbour pokazuje je tylko na tym urządzeniu i tylko te, które włączysz. Nigdy nie pokazują, co jest napisane w planie.
settings-notify-signals = Powiadom mnie, gdy ktoś, kto udostępnia mi swój plan, uruchomi plan kryzysowy albo poprosi o pomoc
settings-review-reminder = Przypominaj mi o przejrzeniu mojego planu
settings-review-reminder-never = Nigdy
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = Co { $days } dni
settings-notify-refused = To urządzenie nie pozwoliło Harbour pokazywać powiadomień. Możesz na nie zezwolić w ustawieniach urządzenia, a potem włączyć to ponownie.
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = { $person } uruchamia swój plan kryzysowy
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = { $person } prosi o pomoc
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = { $person } wysyła Ci sygnał
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = Otwórz Harbour, aby przeczytać plan kryzysowy: { $person } pisze w nim, co chce, żebyś zrobił(a). Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod 999.
notify-review-title = Czas przejrzeć Twój plan
notify-review-body = Niektóre części Twojego planu od dawna nie były przeglądane. Otwórz Harbour, kiedy poczujesz się gotowy(-a).
settings-saved = Zapisano ustawienia.
settings-passphrase = Zmień moje hasło
settings-passphrase-current = Obecne hasło
settings-passphrase-new = Nowe hasło
settings-passphrase-confirm = Wpisz nowe hasło jeszcze raz
settings-passphrase-change = Zmień hasło
settings-passphrase-changed = Hasło zostało zmienione. Twój klucz odzyskiwania nadal działa.
settings-recovery-key = Mój klucz odzyskiwania
settings-recovery-key-intro = Klucz odzyskiwania otwiera Twój plan, jeśli zapomnisz hasła. Wpisz hasło, żeby znów zobaczyć klucz albo zrobić nowy.
settings-recovery-key-passphrase = Twoje hasło
settings-recovery-key-show = Pokaż mój klucz odzyskiwania
settings-recovery-key-new = Zrób nowy klucz odzyskiwania
settings-recovery-key-working = Sprawdzamy hasło…
settings-recovery-key-hide = Ukryj mój klucz odzyskiwania
settings-recovery-key-none = Ten plan powstał, zanim Harbour zaczął przechowywać klucz odzyskiwania, więc nie da się go znów pokazać. Zamiast tego możesz zrobić nowy.
settings-recovery-key-new-explain = Nowy klucz zastąpi ten, który masz teraz. Stary klucz przestanie otwierać ten plan; hasło zostaje takie samo. Kopie zapasowe zrobione wcześniej nadal otworzysz starym kluczem, więc potem zrób też nową kopię zapasową.
settings-recovery-key-new-confirm = Tak, zrób nowy klucz
settings-recovery-key-new-cancel = Zostaw obecny klucz
settings-recovery-key-made = To jest Twój nowy klucz odzyskiwania. Stary klucz nie otwiera już tego planu. Kopie zapasowe zrobione wcześniej nadal otworzysz starym kluczem, więc zrób też nową kopię zapasową.
settings-backup = Kopia zapasowa i przywracanie
settings-backup-intro = Kopia zapasowa to jeden zabezpieczony plik z całym Twoim planem. Trzymaj kopię w bezpiecznym miejscu, poza tym urządzeniem.
settings-backup-passphrase = Hasło do kopii zapasowej
settings-backup-passphrase-hint = Będzie Ci potrzebne (albo klucz odzyskiwania), żeby przywrócić plan. Po przywróceniu stanie się Twoim hasłem.
settings-backup-create = Zrób kopię zapasową
settings-backup-created = Zapisano kopię zapasową jako { $name } w { $path }
settings-restore = Przywróć z kopii zapasowej
settings-restore-intro = Plan na tym urządzeniu zostanie zastąpiony planem z kopii zapasowej. Obecny plan zostanie zachowany, zablokowany, w folderze Harbour.
settings-restore-file = Plik kopii zapasowej
settings-restore-passphrase = Hasło do kopii zapasowej
settings-restore-button = Przywróć
settings-restored = Twój plan został przywrócony.
settings-about = O Harbour
settings-about-version = Harbour, wersja { $version }
settings-about-body = Harbour jest wolnym oprogramowaniem na licencji MIT lub Apache 2.0. Nie ma kont, analityki ani raportowania awarii.
settings-about-data = Informacje o telefonach zaufania i usługach pochodzą ze źródeł podanych przy każdym wpisie, razem z datą ostatniego sprawdzenia.
settings-about-symbols = Obrazki do tekstu łatwego do czytania: Mulberry Symbols, autor Steve Lee, licencja CC BY-SA 4.0.
settings-about-fonts = Tekst jest wyświetlany czcionkami z Twojego urządzenia.

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = To hasło nie otwiera tego planu. Sprawdź wielkie litery i spacje, a potem spróbuj jeszcze raz.
error-wrong_recovery_key = Ten klucz odzyskiwania nie otwiera tego planu. Porównaj go z wydrukowaną lub zapisaną kopią.
error-invalid_recovery_key = To nie wygląda na klucz odzyskiwania Harbour. Sprawdź każdą grupę liter i cyfr.
error-passphrase_required = Wpisz hasło.
error-vault_corrupt = Plik Twojego planu na tym urządzeniu jest uszkodzony. Możesz go przywrócić z kopii zapasowej.
error-kdf_params_out_of_range = Plik Twojego planu ma ustawienia, których Harbour nie użyje, więc nie został otwarty. Przywróć go z kopii zapasowej.
error-backup_corrupt = Ten plik kopii zapasowej jest uszkodzony albo nie jest kopią zapasową Harbour. Nic na tym urządzeniu się nie zmieniło.
error-vault_exists = Na tym urządzeniu jest już plan.
error-vault_not_found = Na tym urządzeniu nie ma jeszcze planu.
error-vault_too_new = Ten plan został zapisany w nowszej wersji Harbour. Zaktualizuj Harbour, aby go otworzyć.
error-vault_locked = Twój plan jest zablokowany. Odblokuj go, aby kontynuować; nic, co napisano, nie zginęło.
error-io = Harbour nie może odczytać ani zapisać pliku. Sprawdź, czy na tym urządzeniu jest wolne miejsce, i spróbuj jeszcze raz.
error-storage = Harbour nie może teraz zapisać. Sprawdź, czy na tym urządzeniu jest wolne miejsce, i spróbuj jeszcze raz.
error-unknown_field = Takiej części planu nie ma.
error-item_not_found = Tego wpisu już nie ma. Możliwe, że został usunięty.
error-too_long = To jest dłuższe, niż Harbour może przechować w jednym miejscu. Podziel to na części.
error-plan_corrupt = Części Twojego planu nie da się odczytać. Możesz go przywrócić z kopii zapasowej.

## Sharing errors

error-message_too_large = Ta wiadomość synchronizacji jest za duża, żeby ją otworzyć. Nic z Twoich rzeczy się nie zmieniło.
error-message_invalid = Ta wiadomość synchronizacji jest uszkodzona, więc nie została użyta. Nic z Twoich rzeczy się nie zmieniło.
error-message_unauthentic = Nie udało się sprawdzić tej wiadomości synchronizacji, więc nie została użyta. Mogła zostać zmieniona po drodze.
error-message_replayed = Ta wiadomość synchronizacji już dotarła, więc nie została użyta drugi raz.
error-write_refused = Zmiana przyszła od kogoś, kto może nie mieć do niej prawa, więc Harbour jej nie przyjął.
error-invite_invalid = To zaproszenie nie wygląda dobrze. Poproś o nowe.
error-invite_expired = To zaproszenie straciło ważność. Poproś o nowe.
error-invite_used = To zaproszenie zostało już użyte. Poproś o nowe.
error-bundle_invalid = Ten plik synchronizacji jest uszkodzony albo nie pochodzi z Harbour. Nic z Twoich rzeczy się nie zmieniło.
error-supporter_not_found = Nie ma osoby wspierającej o tej nazwie.
error-supporter_exists = Masz już osobę wspierającą o tej nazwie. Wybierz inną nazwę.
error-person_not_found = Nikt o tej nazwie nie udostępnia Ci planu.
error-device_not_found = Nie ma połączonego urządzenia o tej nazwie.
error-rate_limited = Sygnał został wysłany przed chwilą. Poczekaj chwilę, zanim wyślesz kolejny.
error-code_mismatch = Ten kod się nie zgadza. Nic nie zostało udostępnione. Sprawdź kod na drugim ekranie i spróbuj ponownie.
error-code_ambiguous = Więcej niż jedna aplikacja odpowiedziała tym kodem, więc ktoś inny może mieć link. Dla bezpieczeństwa nikogo nie dodano: zatrzymaj to zaproszenie i utwórz nowe.
error-vault_busy = Twój plan jest otwarty w innym oknie lub programie Harbour. Zamknij go tam i spróbuj ponownie.
error-passphrase_too_short = Nowe hasło musi mieć co najmniej 10 znaków. Dłuższe jest mocniejsze.
error-output_file_required = PDF można zapisać tylko do pliku. Wybierz, gdzie go zapisać.

## Sharing
## Supporters, plans shared with me, own devices, update files and the sync
## setting (ui/src/screens/Supporters, SharedWithMe, Devices; components/UpdateFiles, SyncSettings).

home-sharing-heading = Udostępnianie
home-sharing-body = Udostępniaj części swojego planu osobom, którym ufasz, czytaj plany, które inni udostępniają Tobie, i połącz swoje inne urządzenia. Nic nie zostanie udostępnione, dopóki tego nie wybierzesz.
nav-supporters = Osoby, którym udostępniam
nav-shared = Udostępnione mi
nav-devices = Moje urządzenia

supporters-title = Osoby, którym udostępniam
supporters-intro = To Ty wybierasz, które dokładnie części planu widzi każda osoba. Potrzebują Harbour, ale nie potrzebują konta.
supporters-empty = Nie udostępniasz jeszcze nikomu swojego planu.
supporters-state-invited = Zaproszono: czekamy, aż dołączą
supporters-state-expired = Zaproszenie straciło ważność, zanim dołączyli. Przestań udostępniać i zaproś ich jeszcze raz.
supporters-state-active = Udostępniasz: dostają Twoje aktualizacje
supporters-state-revoked = Udostępnianie zakończone
supporters-sees = Widzi: { $sections }
supporters-invited-at = Zaproszono { $when }
supporters-last-synced = Ostatnia aktualizacja od nich: { $when }
supporters-never-synced = Jeszcze nie ma od nich aktualizacji
supporters-role-accepted = Przyjęli swoją rolę w Twoim planie.
supporters-availability = Ich słowami: „{ $words }”
supporters-signals-on = Dostaną wiadomość, jeśli uruchomisz plan kryzysowy albo poprosisz o pomoc.
supporters-replies = Ich odpowiedzi
supporters-revoke = Przestań im udostępniać
supporters-revoke-explain = Jeśli przestaniesz udostępniać, { $name } nie dostanie więcej aktualizacji, a Harbour na urządzeniu tej osoby usunie Twój plan, gdy następnym razem dostanie od Ciebie aktualizację. To, co ta osoba już widziała, może u niej zostać, na przykład jeśli to skopiowała, wydrukowała albo sfotografowała.
supporters-revoke-confirm = Przestań udostępniać
supporters-revoke-cancel = Udostępniaj dalej
supporters-revoked-done = Już nie udostępniasz planu tej osobie: { $name }.
supporters-revoked-had = Ta osoba już dostała: { $sections }. Harbour na jej urządzeniu usunie to, gdy następnym razem dostanie od Ciebie aktualizację. To, co skopiowała, wydrukowała albo sfotografowała, może u niej zostać.
supporters-revoked-nothing = Nic jeszcze do niej nie dotarło.
supporters-revoked-heading = Osoby, którym już nie udostępniasz
supporters-revoked-at = Zakończono { $when }
supporters-ask-heading = Poproś o pomoc
supporters-ask-body = Powiedz osobom wspierającym, które się zgodziły, że potrzebujesz teraz pomocy. Dostaną krótką wiadomość bez szczegółów oraz Twój plan kryzysowy. To nie wzywa służb ratunkowych: jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.
supporters-ask-button = Poproś moje osoby wspierające o pomoc
supporters-ask-done =
    { $count ->
        [0] Nikt jeszcze nie zgodził się na powiadomienia.
        [one] Jedna osoba wspierająca dostanie wiadomość z Twoją następną aktualizacją.
        [few] { $count } osoby wspierające dostaną wiadomość z Twoją następną aktualizacją.
        [many] { $count } osób wspierających dostanie wiadomość z Twoją następną aktualizacją.
       *[other] { $count } osoby wspierającej dostanie wiadomość z Twoją następną aktualizacją.
    }

supporters-invite-start = Zaproś kogoś
supporters-invite-heading = Zaproś kogoś, żeby zobaczył część Twojego planu
supporters-invite-name = Imię tej osoby
supporters-invite-from = Twoje imię, tak jak je zobaczy
supporters-invite-from-hint = Na przykład Twoje imię. Możesz zostawić to pole puste.
supporters-invite-sections = Co może zobaczyć
supporters-invite-signals = Powiadom tę osobę, jeśli uruchomię plan kryzysowy albo poproszę o pomoc
supporters-invite-signals-hint = Tylko jeśli ta osoba też się zgodzi. Harbour nigdy nie wzywa służb ratunkowych.
supporters-preview-heading = Co zobaczy { $name }
supporters-preview-someone = ta osoba
supporters-preview-nothing = Wybierz co najmniej jedną część do udostępnienia.
supporters-invite-create = Utwórz zaproszenie
supporters-invite-cancel = Anuluj
supporters-invite-ready = Twoje zaproszenie dla: { $name }
supporters-invite-private = Wyślij je tej osobie prywatnie, na przykład w wiadomości, którą czyta tylko ona. Każdy, kto je ma, może dołączyć, więc nie publikuj go w żadnym miejscu publicznym.
supporters-invite-link = Link z zaproszeniem
supporters-invite-copy = Skopiuj link
supporters-invite-copied = Skopiowano.
supporters-invite-save = Zapisz jako plik
supporters-invite-saved = Zapisano: { $path }
supporters-invite-qr = Albo ta osoba może zeskanować ten kod swoim urządzeniem.
supporters-invite-qr-alt = Kod QR zaproszenia dla: { $name }
supporters-invite-code-later = Gdy aplikacja tej osoby odpowie, Harbour poprosi Cię o kod, który ona pokazuje. Ta osoba przeczyta Ci go, a Ty wpiszesz go poniżej.
supporters-code = Kod potwierdzenia: { $code }. Sprawdź, czy jest taki sam jak u tej osoby.
supporters-read-not-yet = Ta osoba nie oznaczyła jeszcze Twojego planu jako przeczytanego.
supporters-read-earlier = Ta osoba nie przeczytała jeszcze Twoich ostatnich zmian.
supporters-read-latest = Ta osoba przeczytała Twoje ostatnie zmiany.
supporters-invite-expires = Zaproszenie działa jeden raz, przez { $days } dni.
supporters-invite-done = Gotowe
supporters-state-waiting = Jest odpowiedź: czekamy, aż wpiszesz kod tej osoby
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = Przyszła odpowiedź z aplikacji: { $name }. Poproś tę osobę, żeby przeczytała Ci kod widoczny w jej aplikacji, i wpisz go tutaj. Do tego czasu nic nie jest udostępniane.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Kod z aplikacji: { $name }
supporters-confirm-button = Potwierdź
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = Kod się zgadza. { $name } dostanie Twój plan z następną aktualizacją.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = Na to zaproszenie odpowiedziała więcej niż jedna aplikacja, więc ktoś inny może mieć link. Dla bezpieczeństwa zatrzymaj to zaproszenie i utwórz nowe: niech { $name } dostanie nowy link.
confirm-code-hint = 6 cyfr, na przykład 123 456
confirm-code-format = Wpisz wszystkie 6 cyfr kodu, na przykład 123 456.

shared-title = Udostępnione mi
shared-intro = Plany, które inne osoby Ci udostępniają. Możesz je czytać bez internetu.
shared-empty = Nikt jeszcze nie udostępnia Ci planu. Gdy ktoś wyśle Ci zaproszenie, wklej je poniżej.
shared-sections = Udostępnia: { $sections }
shared-not-yet = Czekamy na pierwszą aktualizację od tej osoby.
shared-has-changes = Coś się zmieniło od Twojego ostatniego czytania.
shared-up-to-date = Przeczytano najnowszą wersję.
shared-open = Przeczytaj plan: { $person }
shared-open-crisis = Otwórz plan kryzysowy: { $person }
shared-back = Wróć do wszystkich udostępnionych planów
shared-plan-title = Plan: { $person }
shared-waiting = Nic jeszcze nie przyszło od: { $person }. Otwórz plik aktualizacji, który ta osoba Ci wyśle, niżej na poprzednim ekranie.
shared-updated-at = Ostatnia aktualizacja dotarła { $when }
shared-first-read = Czytasz to tutaj po raz pierwszy.
shared-changed =
    { $count ->
        [one] Jedna część zmieniła się od Twojego ostatniego czytania:
        [few] { $count } części zmieniły się od Twojego ostatniego czytania:
        [many] { $count } części zmieniło się od Twojego ostatniego czytania:
       *[other] { $count } części zmieniło się od Twojego ostatniego czytania:
    }
shared-nothing-changed = Nic się nie zmieniło od Twojego ostatniego czytania.
shared-mark-read = Przeczytane
shared-show-crisis = Pokaż tylko plan kryzysowy
shared-show-all = Pokaż wszystko, co udostępnia
shared-signal-crisis_plan_activated = { $person } uruchamia swój plan kryzysowy ({ $when }). Ten plan mówi, czego ta osoba od Ciebie oczekuje.
shared-signal-ask_for_help = { $person } prosi o pomoc ({ $when }). Plan kryzysowy tej osoby mówi, czego od Ciebie oczekuje.
shared-signal-other = { $person } wysyła Ci sygnał ({ $when }).
shared-signal-not-emergency = Harbour nie wzywa służb ratunkowych. Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod 999.
shared-role-heading = Moja rola
shared-role-accepted = Twoja rola została przyjęta.
shared-role-availability = Kiedy i jak mogę pomóc
shared-role-availability-hint = Na przykład: Można do mnie dzwonić w nocy. W dni powszednie po 18:00.
shared-role-signals = Powiadom mnie, jeśli { $person } uruchomi plan kryzysowy albo poprosi o pomoc
shared-role-signals-hint = Dostaniesz tutaj spokojną wiadomość. Nie ma w niej szczegółów.
shared-role-accept = Przyjmuję swoją rolę
shared-role-saved = Zapisano. Trafi do tej osoby z Twoją następną aktualizacją.
shared-reply-heading = Odpowiedź
shared-reply-label = Wiadomość dla: { $person }
shared-reply-send = Wyślij odpowiedź
shared-reply-queued = Twoja odpowiedź trafi do tej osoby z Twoją następną aktualizacją.
shared-join-heading = Dołącz przez zaproszenie
shared-join-intro = Ktoś wysłał Ci link z zaproszeniem. Wklej go tutaj. Nie potrzebujesz konta.
shared-join-label = Link z zaproszeniem
shared-join-button = Dołącz
shared-joined = { $person } udostępnia Ci: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = Twój kod potwierdzenia: { $code }. Przeczytaj go tej osobie, osobiście albo przez telefon: wpisze go w swojej aplikacji. Do tego czasu nic nie jest Ci udostępniane.
shared-joined-next = Teraz wyślij tej osobie plik aktualizacji (albo zsynchronizuj, jeśli synchronizacja jest włączona), żeby jej aplikacja dostała Twoją odpowiedź. Gdy ta osoba wpisze Twój kod, jej plan przyjdzie z jej następną aktualizacją.

supporter-guide-title = Twoja rola jako osoby wspierającej
supporter-guide-intro = { $person } prosi Cię o wsparcie. Oto w skrócie, co to znaczy.
supporter-guide-asked-heading = O co prosi Cię { $person }
supporter-guide-asked-sections = { $person } udostępnia Ci te części swojego planu: { $sections }. Przeczytaj je, gdy przyjdą, i jeszcze raz, gdy coś się zmieni.
supporter-guide-asked-crisis = Plan kryzysowy tej osoby mówi, czego potrzebuje od bliskich, gdy robi się trudno. Zajrzyj do udostępnionego Ci planu, żeby zobaczyć, o co prosi właśnie Ciebie.
supporter-guide-asked-plan = Zajrzyj do udostępnionego Ci planu. Jest w nim napisane, co tej osobie pomaga i czego potrzebuje od bliskich.
supporter-guide-asked-talk = Jeśli coś jest w nim niejasne, zapytaj tę osobę w spokojnej chwili.
supporter-guide-not-heading = Czego nikt od Ciebie nie oczekuje
supporter-guide-not-clinician = Nie zastępujesz lekarza, pielęgniarki ani terapeuty. Nie musisz tej osoby leczyć ani wszystkiego naprawiać.
supporter-guide-not-always = Nie musisz być do dyspozycji przez cały czas. Możesz powiedzieć, kiedy możesz pomóc, a kiedy nie.
supporter-guide-not-share = Zachowaj plan tej osoby dla siebie. Nie pokazuj go ani nie przekazuj nikomu innemu.
supporter-guide-worried-heading = Jeśli się martwisz i nie możesz się z tą osobą skontaktować
supporter-guide-worried-emergency = Jeśli myślisz, że jej życie jest w niebezpieczeństwie, zadzwoń teraz pod 999. Możesz też zadzwonić pod 112.
supporter-guide-worried-helplines = Jeśli to nie jest nagły wypadek, możesz zadzwonić na telefon zaufania. Wysłuchują też osoby, które martwią się o kogoś bliskiego.
supporter-guide-worried-harbour = Harbour nie dzwoni do nikogo za Ciebie.
supporter-guide-helplines = Zobacz telefony zaufania
supporter-guide-close = Zamknij ten przewodnik

devices-title = Moje urządzenia
devices-intro = Połącz telefon i komputer, żeby Twój plan był na obu.
devices-list-heading = Połączone urządzenia
devices-this-device = to urządzenie
devices-unnamed = Urządzenie bez nazwy
devices-none = Tylko to urządzenie ma Twój plan.
devices-remove = Usuń to urządzenie
devices-remove-explain = Usunąć { $name }? Twoje pozostałe urządzenia przejdą na nowy klucz. To, co { $name } już ma, może na nim zostać. Aby mieć pewność, że połączenia z osobami wspierającymi też są bezpieczne, zaproś je jeszcze raz.
devices-remove-confirm = Usuń
devices-removed = Usunięto: { $name }.
devices-link-heading = Połącz inne urządzenie
devices-link-intro = Utwórz tutaj kod, a potem wpisz go na drugim urządzeniu.
devices-link-start = Utwórz kod
devices-link-code = Wpisz ten kod na drugim urządzeniu:
devices-link-qr-alt = Kod QR do połączenia innego urządzenia
devices-link-next = Potem wyślij z tamtego urządzenia plik aktualizacji na to urządzenie. Gdy dotrze, wpisz kod, który pokazuje nowe urządzenie, i odeślij plik aktualizacji. Kod działa jeden raz.
devices-join-heading = To jest moje nowe urządzenie
devices-join-intro = Wpisz kod, który pokazuje Twoje drugie urządzenie.
devices-join-code = Kod z mojego drugiego urządzenia
devices-join-name = Nazwa tego urządzenia
devices-join-button = Połącz to urządzenie
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = Prawie połączono. Kod potwierdzenia: { $code }. Teraz wyślij drugiemu urządzeniu plik aktualizacji (albo zsynchronizuj) i wpisz tam ten kod. Potem Twój plan przyjdzie z jego następną aktualizacją.
devices-code = Kod potwierdzenia: { $code }. Sprawdź, czy jest taki sam jak ten, który tamto urządzenie pokazało przy dołączaniu.
devices-state-waiting = Jest odpowiedź: czekamy, aż wpiszesz kod tego urządzenia
devices-waiting-heading = Nowe urządzenie odpowiedziało
devices-waiting-explain = Wpisz kod, który ono pokazuje. Do tego czasu nic nie jest mu udostępniane.
devices-waiting-many = Odpowiedziało więcej niż jedno urządzenie. Jeśli łączysz tylko jedno, ktoś inny może mieć Twój kod: dla bezpieczeństwa utwórz nowy kod i połącz jeszcze raz.
devices-confirm-label = Kod z nowego urządzenia
devices-confirm-button = Potwierdź
devices-confirmed = Kod się zgadza. Nowe urządzenie dostanie Twój plan z następną aktualizacją.

sync-files-heading = Pliki aktualizacji
sync-files-intro = Bez serwera pośredniczącego aktualizacje wędrują jako pliki: zapisz plik i wyślij go e-mailem, komunikatorem albo na pendrivie. Jest zaszyfrowany: otworzyć go mogą tylko osoby, którym udostępniasz.
sync-file-save = Zapisz plik aktualizacji
sync-file-saved = Zapisano: { $path }. Wyślij ten plik osobom, którym udostępniasz.
sync-file-open-label = Plik aktualizacji, który ktoś Ci wysłał
sync-file-open = Otwórz plik aktualizacji
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = Otwarto { $name } z Twoich plików. Nic nie zostanie odczytane, dopóki nie naciśniesz „Otwórz plik aktualizacji”.
sync-file-in-done =
    { $accepted ->
        [one] Odebrano jedną aktualizację.
        [few] Odebrano { $accepted } aktualizacje.
        [many] Odebrano { $accepted } aktualizacji.
       *[other] Odebrano { $accepted } aktualizacji.
    }
sync-file-in-some-refused = Odebrane aktualizacje: { $accepted }; nie udało się użyć: { $refused }. Nic z Twoich rzeczy nie zostało przez nie zmienione.
sync-file-in-nothing-new = Nic nowego: masz już wszystko, co jest w tym pliku.
sync-file-in-not-for-me = W tym pliku nie ma nic dla Ciebie.
sync-file-in-revoked = { $person } przestaje udostępniać Ci swój plan, więc został usunięty z tego urządzenia.

sync-heading = Synchronizacja
sync-intro = Synchronizacja wysyła Twoje aktualizacje przez serwer pośredniczący, więc nie potrzebujesz plików. Jest wyłączona, dopóki jej nie włączysz. Gdy jest wyłączona, Harbour nie łączy się z internetem.
sync-state-off = Synchronizacja jest wyłączona.
sync-state-on = Synchronizacja jest włączona, przez { $url }.
sync-relay-not-yet = Ta wersja Harbour nie może jeszcze połączyć się z serwerem pośredniczącym. Twój wybór został zapisany; do tego czasu używaj plików aktualizacji.
sync-toggle = Synchronizuj przez serwer pośredniczący
sync-relay-url = Adres serwera pośredniczącego
sync-relay-url-hint = Zaczyna się od https://. Zapytaj osobę lub organizację, która prowadzi Twój serwer, na przykład lokalną organizację charytatywną.
sync-turn-on = Włącz synchronizację
sync-save-address = Zapisz adres serwera pośredniczącego
sync-last-file-out = Ostatni plik aktualizacji zapisano { $when }
sync-last-file-in = Ostatni plik aktualizacji otwarto { $when }
sync-status-off = Synchronizacja jest wyłączona.
sync-status-waiting = Czekamy na pierwszą synchronizację.
sync-status-synced = Zsynchronizowano.
sync-status-offline = Brak połączenia: Twoje zmiany są zachowane i zostaną wysłane, gdy połączenie wróci.
sync-status-error = Ostatnia synchronizacja się nie udała.
sync-last-relay = Ostatnia synchronizacja { $when }
sync-retry = Harbour sam próbuje ponownie co minutę. W tym czasie nic nie ginie.
sync-unsent =
    { $count ->
        [one] Jedna aktualizacja czeka na wysłanie.
        [few] { $count } aktualizacje czekają na wysłanie.
        [many] { $count } aktualizacji czeka na wysłanie.
       *[other] { $count } aktualizacji czeka na wysłanie.
    }
sync-now = Synchronizuj teraz
error-relay_unreachable = Harbour nie może połączyć się z serwerem pośredniczącym. Sprawdź, czy to urządzenie jest w sieci i czy adres serwera jest poprawny.
error-relay_refused = Serwer pośredniczący odrzucił tę aktualizację (na przykład jest pełny albo aktualizacja jest za duża). Twój plan jest bezpieczny na tym urządzeniu; zapytaj osobę, która prowadzi serwer.

## My places

my-places-title = Moje miejsca
my-places-intro = Miejsca, które Ci pomagają, na przykład dom przyjaciela. Są przechowywane zablokowane w Twoim planie na tym urządzeniu i pojawiają się w „Pomoc w pobliżu”, gdy Twój plan jest otwarty.
my-places-empty = Nie dodano jeszcze żadnych miejsc.
my-places-add = Dodaj miejsce
my-places-add-title = Dodaj miejsce
my-places-edit-title = Zmień to miejsce
my-places-edit = Zmień
my-places-remove = Usuń
my-places-remove-confirm = Usunąć { $name }?
my-places-remove-yes = Tak, usuń
my-places-remove-no = Zostaw
my-places-name = Nazwa
my-places-phone = Numer telefonu (opcjonalnie)
my-places-address = Adres (opcjonalnie)
my-places-town = Miejscowość (opcjonalnie)
my-places-postcode = Kod pocztowy (opcjonalnie)
my-places-position = Dokładne położenie (opcjonalnie)
my-places-position-hint = Szerokość i długość geograficzna, na przykład 52.9107, -0.6423. Bez tego Harbour użyje centrum miejscowości.
my-places-hours = Godziny otwarcia (opcjonalnie)
my-places-hours-hint = W formacie OpenStreetMap, na przykład: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Notatka (opcjonalnie)
my-places-save = Zapisz
my-places-cancel = Anuluj
my-places-not-on-map = Nie ma na mapie: Harbour nie zna tej miejscowości. Wyszukaj nazwę miejsca, żeby je znaleźć.
my-places-added-by-you = Dodane przez Ciebie
find-kind-other = Inne
error-place_name_required = Nadaj miejscu nazwę.
error-phone_invalid = To nie wygląda na numer telefonu. Używaj tylko cyfr, spacji i znaku + na początku.
error-opening_hours_invalid = Harbour nie może odczytać tych godzin otwarcia. Spróbuj formatu Mo-Fr 09:00-17:00 albo zostaw to pole puste.
error-coordinates_invalid = To położenie nie wygląda dobrze. Wpisz szerokość i długość geograficzną, oddzielone przecinkiem, albo zostaw to pole puste.
error-my_place_not_found = Tego miejsca już nie ma. Możliwe, że zostało usunięte.

## Daily check-in

section-checkins-title = Mój codzienny meldunek (tylko kolor)
checkin-heading = Jak się dziś czujesz?
checkin-note-label = Kilka słów, jeśli chcesz (widzisz je tylko ty)
checkin-green = Zielony: czuję się dobrze
checkin-amber = Żółty: jest mi trudno
checkin-red = Czerwony: bardzo sobie nie radzę
checkin-state-green = zielony
checkin-state-amber = żółty
checkin-state-red = czerwony
checkin-since = { $state } od { $when }
checkin-when-today = dzisiaj
checkin-privacy = Wystarczy jedno dotknięcie. Twoje notatki zostają na twoich urządzeniach. Osoba wspierająca widzi twój kolor tylko wtedy, gdy udostępnisz jej meldunki.
checkin-saved = Zapisano. Dziękujemy za meldunek.
checkin-red-heading = Wybrano czerwony. Nie musisz mierzyć się z tym w pojedynkę.
checkin-red-body = Twój plan kryzysowy jest tutaj i możesz poprosić osoby wspierające o pomoc. Nic nie zostanie wysłane, dopóki nie dotkniesz.
checkin-red-plan = Otwórz mój plan kryzysowy
checkin-history-heading = Ostatnie cztery tygodnie
checkin-history-summary = W ostatnich czterech tygodniach: zielony { $green }, żółty { $amber }, czerwony { $red }, dni bez meldunku: { $none }.
checkin-history-range = Od { $from } do { $to }
checkin-history-no-day = brak meldunku
checkin-history-list = Moje ostatnie meldunki jako lista
shared-checkin = Meldunek od { $person }: { $state } od { $when }

## Photos on reasons and the toolbox

photo-add = Dodaj zdjęcie
photo-change = Zmień zdjęcie
photo-remove = Usuń zdjęcie
photo-working = Dodawanie zdjęcia…
error-photo_invalid = Ten plik nie jest zdjęciem, którego Harbour może użyć. Wybierz obraz JPEG, PNG, WebP lub GIF.
error-photo_too_large = To zdjęcie jest za duże. Wybierz mniejsze niż 20 MB.
error-photo_not_found = Tego zdjęcia już nie ma.
