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
