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
find-place-label = Miasto lub miejscowość
find-place-hint = Na przykład: Grantham, Leeds, Cardiff
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
recovery-lead = Jeśli kiedyś zapomnisz hasła, ten klucz to jedyny inny sposób, by otworzyć plan. Pokażemy go tylko ten jeden raz.
recovery-key-label = Klucz odzyskiwania
recovery-print = Wydrukuj go
recovery-save = Zapisz go w pliku
recovery-saved-to = Zapisano jako { $name } w { $path }
recovery-confirm = Klucz odzyskiwania jest zapisany w bezpiecznym miejscu
recovery-confirm-first = Najpierw wydrukuj lub zapisz klucz, potem zaznacz pole.
recovery-continue = Przejdź do mojego planu
recovery-keep-safe = Trzymaj go z dala od tego urządzenia, w prywatnym miejscu: z ważnymi dokumentami albo u kogoś, komu ufasz.
