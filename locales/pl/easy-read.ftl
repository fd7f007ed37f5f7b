# Harbour — polski, Easy Read (tekst łatwy do czytania).
# Te same id co w harbour.ftl, prostymi słowami: krótkie zdania, jedna myśl w linii.
# Brakujące id biorą tekst z harbour.ftl.

skip-to-content = Przejdź do głównej części
loading = Proszę czekać…
nav-get-help-now = Pomoc teraz
home-title = Witaj w Harbour
home-intro =
    Harbour bezpiecznie przechowuje Twój plan.
    Plan pomaga Ci, kiedy jest trudno.
    Widzą go tylko osoby, które wybierzesz.
home-help-heading = Chcesz teraz z kimś porozmawiać?
home-help-body =
    Możesz zadzwonić albo napisać do telefonu zaufania.
    Telefony zaufania działają w dzień i w nocy.
home-privacy-heading = Twój plan jest prywatny
home-privacy-body =
    To, co piszesz, zostaje na tym telefonie lub komputerze.
    Ty decydujesz, kto to zobaczy.
    Harbour nie patrzy, co robisz.
help-title = Pomoc teraz
help-intro =
    Nie musisz radzić sobie z tym w pojedynkę.
    Ci ludzie chcą Cię wysłuchać.
help-country-label = Kraj
help-call = Zadzwoń
help-text = SMS
help-hours = Otwarte: { $hours }
help-last-checked = Sprawdziliśmy to: { $date }
help-source = Skąd to wiemy
help-none =
    Nie mamy jeszcze telefonów zaufania dla tego kraju.
    Wybierz inny kraj.
help-caution =
    Numery telefonów mogą się zmienić.
    Pokazujemy, kiedy ostatnio sprawdziliśmy każdy numer.
error-invalid_input =
    To się nie udało.
    Sprawdź i spróbuj jeszcze raz.
error-data_invalid =
    Coś jest nie tak w Harbour.
    Daj znać zespołowi Harbour.
error-internal =
    Coś poszło nie tak.
    Twój plan jest bezpieczny.

## Find help

nav-find-help = Znajdź miejsce w pobliżu
home-find-heading = Miejsca, do których możesz pójść
home-find-body =
    Znajdź bezpieczne miejsce w pobliżu.
    Działa bez internetu.
help-nearby-heading = Otwarte teraz w pobliżu: { $place }
help-nearby-none = Nic w pobliżu { $place } nie jest teraz otwarte.
help-find-more = Znajdź miejsce w pobliżu
find-title = Znajdź miejsce w pobliżu
find-intro =
    Wpisz nazwę miasta.
    Harbour szuka na swojej liście.
    Nic nie jest wysyłane.
find-none =
    Nic tu nie znaleźliśmy.
    Spróbuj większego miasta w pobliżu.
    Albo zadzwoń do telefonu zaufania.
find-none-open =
    Nic w pobliżu nie jest teraz otwarte.
    Telefony zaufania działają w dzień i w nocy.
find-caution =
    Miejsca mogą zmienić godziny.
    Jeśli możesz, najpierw zadzwoń.
    W nagłym wypadku dzwoń pod 999.

## My plan

home-plan-title = Mój plan
home-plan-intro =
    Pisz po trochu.
    Harbour zapisuje wszystko na bieżąco.
home-crisis-heading = Mój plan na kryzys
home-sections-heading = Części mojego planu
home-views-heading = Czytaj lub drukuj mój plan
section-crisis-intro =
    Ta część jest dla osób, które Ci pomagają.
    Mówi im, czego chcesz.
    Korzystają z niej, gdy nie możesz im powiedzieć.
section-reasons-intro =
    Ta część jest tylko dla Ciebie.
    Ludzie i rzeczy, które kochasz.

## Unlock and quick exit

unlock-title = Otwórz swój plan
unlock-lead = Wpisz hasło, aby otworzyć swój plan.
unlock-locked-idle =
    Harbour zablokował Twój plan.
    Dzięki temu plan jest prywatny.

## Language

language-needs-review =
    Ten język jest nowy.
    Nikt, kto mówi po polsku, jeszcze go nie sprawdził.
