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
