# Harbour — polski, Easy Read (tekst łatwy do czytania).
# Te same id co w harbour.ftl, prostymi słowami: krótkie zdania, jedna myśl w linii.
# Brakujące id biorą tekst z harbour.ftl.

app-name = Harbour
skip-to-content = Przejdź do głównej części
loading = Proszę czekać…

## Navigation

nav-get-help-now = Pomoc teraz

## Home

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

## Get help now

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

## Find help

nav-find-help = Znajdź miejsce w pobliżu
home-find-heading = Miejsca, do których możesz pójść
home-find-body =
    Znajdź bezpieczne miejsce w pobliżu.
    Działa bez internetu.
find-title = Znajdź miejsce w pobliżu
find-intro =
    Wpisz nazwę miasta.
    Harbour szuka na swojej liście.
    Nic nie jest wysyłane.
find-place-label = Miasto lub kod pocztowy
find-place-hint = Na przykład: Leeds lub M1 1AD
find-search = Szukaj
find-open-now = Pokaż tylko miejsca otwarte teraz
find-kind-label = Jakie miejsce
find-kind-all = Wszystkie miejsca
find-kind-crisis_cafe = Kawiarnia kryzysowa: spokojne miejsce, gdzie można porozmawiać
find-kind-safe_haven = Bezpieczna przystań: spokojne miejsce, gdzie można porozmawiać
find-kind-crisis_house = Dom kryzysowy: miejsce na krótki pobyt
find-kind-peer_group = Grupa osób, które też przez to przeszły
find-kind-drop_in = Można przyjść bez umawiania
find-kind-helpline = Telefon zaufania
find-near = W pobliżu: { $place }
find-matching = Miejsca pasujące do „{ $query }”
find-none =
    Nic tu nie znaleźliśmy.
    Spróbuj większego miasta w pobliżu.
    Albo zadzwoń do telefonu zaufania.
find-none-open =
    Nic w pobliżu nie jest teraz otwarte.
    Telefony zaufania działają w dzień i w nocy.
find-status-open-all-day = Otwarte cały dzień i całą noc
find-status-open-until = Otwarte do { $time }
find-status-open-until-day = Otwarte do { $day ->
    [monday] poniedziałku
    [tuesday] wtorku
    [wednesday] środy
    [thursday] czwartku
    [friday] piątku
    [saturday] soboty
   *[sunday] niedzieli
  }, godz. { $time }
find-status-opens-at = { $day ->
    [today] Otwiera się dziś o { $time }
    [tomorrow] Otwiera się jutro o { $time }
    [monday] Otwiera się w poniedziałek o { $time }
    [tuesday] Otwiera się we wtorek o { $time }
    [wednesday] Otwiera się w środę o { $time }
    [thursday] Otwiera się w czwartek o { $time }
    [friday] Otwiera się w piątek o { $time }
    [saturday] Otwiera się w sobotę o { $time }
   *[sunday] Otwiera się w niedzielę o { $time }
  }
find-status-closed = W tym tygodniu zamknięte
find-status-unknown =
    Nie wiemy, kiedy jest otwarte.
    Zadzwoń albo sprawdź, zanim pójdziesz.
find-distance = { $km } km stąd
find-distance-approx = Około { $km } km od środka miasta
find-distance-in-town = W miejscowości { $town }. Znamy tylko miejscowość.
find-distance-unknown = Nie wiemy, jak daleko to jest
find-referral-self_referral = Możesz po prostu przyjść
find-referral-phone_first = Zadzwoń albo umów się, zanim pójdziesz
find-referral-referral_needed =
    Nie można tu po prostu przyjść.
    Musi Cię tu wysłać ktoś taki jak lekarz albo pielęgniarka.
find-age = Dla osób w wieku: { $ages }
find-call = Zadzwoń
find-directions = Jak dojechać
find-website = Strona internetowa
find-hours-source = Godziny otwarcia z listy: { $text }
find-last-checked = Sprawdziliśmy to: { $date }
find-stale = { $months ->
    [one] To może być stare. Sprawdziliśmy to { $months } miesiąc temu.
    [few] To może być stare. Sprawdziliśmy to { $months } miesiące temu.
    [many] To może być stare. Sprawdziliśmy to { $months } miesięcy temu.
   *[other] To może być stare. Sprawdziliśmy to { $months } miesiąca temu.
}
find-stale-source =
    To może być stare.
    Lista, z której to pochodzi, jest stara.
find-source = Skąd to wiemy
find-report = Powiedz nam, że coś jest nie tak
find-caution =
    Miejsca mogą zmienić godziny.
    Jeśli możesz, najpierw zadzwoń.
    W nagłym wypadku dzwoń pod 999.
help-nearby-heading = Otwarte teraz w pobliżu: { $place }
help-nearby-none = Nic w pobliżu { $place } nie jest teraz otwarte.
help-find-more = Znajdź miejsce w pobliżu

## Errors

error-invalid_input =
    To się nie udało.
    Sprawdź i spróbuj jeszcze raz.
error-data_invalid =
    Coś jest nie tak w Harbour.
    Daj znać zespołowi Harbour.
error-internal =
    Coś poszło nie tak.
    Twój plan jest bezpieczny.

## Menu

nav-quick-exit = Szybko wyjdź
nav-quick-exit-hint =
    To od razu ukrywa Harbour.
    To blokuje Twój plan.
    Możesz też nacisnąć dwa razy klawisz Escape.
nav-settings = Ustawienia
nav-my-plan = Mój plan
nav-lock = Zablokuj
nav-menu = Więcej wyborów

## First time

welcome-title = Witaj w Harbour
welcome-lead =
    Harbour to spokojne i prywatne miejsce.
    Możesz tu zapisać, co pomaga Ci czuć się dobrze.
    Możesz zapisać, czego chcesz, kiedy zrobi się trudno.
welcome-does-heading = Co robi Harbour
welcome-does-1 =
    Harbour trzyma Twój plan na tym telefonie lub komputerze.
    Plan jest zamknięty na hasło.
    Tylko Ty znasz to hasło.
welcome-does-2 =
    Harbour pomaga Ci napisać plan.
    Możesz pisać jedną część naraz.
    Nie musisz się spieszyć.
welcome-does-3 =
    Możesz wydrukować małą kartę na czas kryzysu.
    Możesz wydrukować plan bezpieczeństwa na jednej stronie.
welcome-doesnt-heading = Czego Harbour nie robi
welcome-doesnt-1 =
    Harbour nie patrzy, co robisz.
    To, co piszesz, zostaje tutaj.
    Trafia do innych tylko wtedy, gdy zdecydujesz się to udostępnić.
welcome-doesnt-2 =
    Harbour nie dzwoni za Ciebie do nikogo.
    To nie jest pogotowie ani inna służba ratunkowa.
welcome-doesnt-3 =
    Nikt nie otworzy Twojego planu bez hasła albo klucza odzyskiwania.
    Nawet my.
welcome-start = Zacznij
welcome-restore = Mam kopię mojego planu
welcome-step = Krok { $step } z { $total }
welcome-language-title = Język i czytanie
welcome-language-lead =
    Wybierz, jak Harbour ma do Ciebie mówić.
    Możesz to później zmienić w Ustawieniach.
welcome-language-label = Język
welcome-easy-read-label = Łatwy tekst: krótkie zdania i proste słowa
welcome-next = Dalej
welcome-back = Wstecz
passphrase-title = Wybierz hasło
passphrase-lead =
    Hasło zamyka Twój plan.
    Wybierz kilka zwykłych słów.
    Połącz je tak, jak nikt inny by nie wymyślił.
    Na przykład: „czajnik rzeka żółta skarpeta”.
passphrase-label = Hasło
passphrase-confirm-label = Wpisz je jeszcze raz
passphrase-show = Pokaż hasło
passphrase-strength = Jak mocne: { $level }
passphrase-strength-0 = za krótkie
passphrase-strength-1 = słabe
passphrase-strength-2 = może być
passphrase-strength-3 = dobre
passphrase-strength-4 = mocne
passphrase-tip-length =
    Użyj co najmniej 10 liter.
    Dłuższe jest lepsze.
passphrase-tip-words = Spróbuj dodać jeszcze jedno słowo.
passphrase-tip-common =
    Wiele osób używa tego hasła.
    Łatwo je zgadnąć.
passphrase-tip-good = Wygląda dobrze.
passphrase-mismatch = Te dwa hasła nie są jeszcze takie same.
passphrase-create = Zamknij mój plan tym hasłem
passphrase-creating =
    Przygotowujemy Twój plan.
    To chwilę potrwa…
recovery-title = Twój klucz odzyskiwania
recovery-lead =
    Klucz odzyskiwania to zapasowy klucz do Twojego planu.
    Użyj go, jeśli zapomnisz hasła.
    Możesz go zobaczyć jeszcze raz w Ustawieniach.
    Musisz wtedy wpisać hasło.
recovery-key-label = Klucz odzyskiwania
recovery-print = Wydrukuj go
recovery-save = Zapisz go w pliku
recovery-saved-to = Zapisano jako { $name } w { $path }
recovery-confirm = Mój klucz odzyskiwania jest w bezpiecznym miejscu
recovery-confirm-first =
    Najpierw wydrukuj albo zapisz klucz.
    Potem zaznacz pole.
recovery-continue = Przejdź do mojego planu
recovery-keep-safe =
    Trzymaj go w prywatnym miejscu, nie na tym telefonie lub komputerze.
    Na przykład z ważnymi dokumentami.
    Albo u kogoś, komu ufasz.

## Unlock and quick exit

unlock-title = Otwórz swój plan
unlock-lead = Wpisz hasło, aby otworzyć swój plan.
unlock-passphrase-label = Twoje hasło
unlock-button = Otwórz
unlock-working = Otwieranie…
unlock-use-recovery = Nie pamiętam hasła. Użyj klucza odzyskiwania.
unlock-use-passphrase = Użyj hasła
unlock-recovery-label = Klucz odzyskiwania
unlock-recovery-hint =
    To klucz, który wydrukowano albo zapisano na początku.
    Spacje i kreski nie mają znaczenia.
unlock-locked-idle =
    Harbour zablokował Twój plan.
    Dzięki temu plan jest prywatny.
neutral-title = Notatki
neutral-note-label = Notatka
neutral-done = Gotowe

## My plan

home-plan-title = Mój plan
home-plan-intro =
    Pisz po trochu.
    Harbour zapisuje wszystko na bieżąco.
home-crisis-heading = Mój plan na kryzys
home-crisis-status = Teraz: { $status }
home-crisis-open = Otwórz mój plan na kryzys
home-crisis-edit = Zmień mój plan na kryzys
home-sections-heading = Części mojego planu
home-filled = Gotowe: { $filled } z { $total }
home-last-reviewed = Ostatnio przejrzane: { $date }
home-never-reviewed = Jeszcze nie przejrzane
home-views-heading = Czytaj lub drukuj mój plan
home-view-full = Cały mój plan
home-view-safety = Mój plan bezpieczeństwa na jednej stronie
home-view-crisis = Mój plan na kryzys do czytania
home-view-card = Mała karta kryzysowa do portfela
crisis-status-inactive = nieużywany
crisis-status-active = używany
crisis-status-stood_down = zakończony
crisis-status-since = Zmiana: { $by }, { $date }

## The parts of the plan

section-toolbox-title = Co mi pomaga
section-toolbox-intro =
    Rzeczy, które pomagają Ci czuć się dobrze.
    Rzeczy, których chcesz unikać.
section-daily-title = Każdego dnia
section-daily-intro =
    Jak wygląda dla Ciebie dobry dzień.
    Co pomaga Ci mieć dobre dni.
section-triggers-title = Co mnie denerwuje
section-triggers-intro =
    Rzeczy, które mogą Cię zdenerwować.
    Co możesz zrobić, kiedy się zdarzą.
    Nie spiesz się.
section-early_warning-title = Pierwsze znaki
section-early_warning-intro =
    Małe znaki, że robi się trudniej.
    Co wtedy pomaga.
section-breaking_down-title = Kiedy jest bardzo źle
section-breaking_down-intro =
    Znaki, że jest bardzo źle.
    Co zrobić od razu.
    Na przykład poprosić o pomoc.
section-crisis-title = Plan na kryzys
section-crisis-intro =
    Ta część jest dla osób, które Ci pomagają.
    Mówi im, czego chcesz.
    Korzystają z niej, gdy nie możesz im powiedzieć.
section-after_crisis-title = Po kryzysie
section-after_crisis-intro =
    Po czym poznasz, że kryzys minął.
    Co pomaga Ci znów poczuć się lepiej.
section-reasons-title = Powody, żeby iść dalej
section-reasons-intro =
    Ta część jest tylko dla Ciebie.
    Ludzie i rzeczy, które kochasz.

crisis-part-well = Jak się czuję, kiedy jest dobrze
crisis-part-take_over = Kiedy inni mają przejąć sprawy
crisis-part-people = Kto ma mi pomagać, a kto nie
crisis-part-medication = Leki
crisis-part-treatments = Leczenie i pomoc od lekarzy
crisis-part-home = Pomoc w domu albo blisko domu
crisis-part-places = Miejsca leczenia
crisis-part-help = Pomoc od innych ludzi
crisis-part-surroundings = Jak zrobić mój dom bezpieczniejszym
crisis-part-money = Pieniądze
crisis-part-ending = Kiedy nie potrzebuję już tego planu
crisis-part-advance_choice = Moje życzenia co do opieki
crisis-parts-heading = Części mojego planu na kryzys
crisis-back = Wszystkie części mojego planu na kryzys

## Questions in the plan

field-toolbox-helps = Co pomaga mi czuć się dobrze
field-toolbox-helps-hint = Rzeczy, po których czujesz się lepiej albo spokojniej.
field-toolbox-helps-example =
    Na przykład: spacer nad rzeką.
    Telefon do siostry.
    Gorąca kąpiel.
field-toolbox-avoid = Czego staram się unikać
field-toolbox-avoid-hint = Rzeczy, po których czujesz się gorzej.
field-toolbox-avoid-example =
    Na przykład: za dużo kawy.
    Telefon późno w nocy.
    Niejedzenie.
field-daily-when_well = Jak się czuję, kiedy jest dobrze
field-daily-when_well-hint = Napisz, jak się czujesz i co robisz w dobry dzień.
field-daily-when_well-example =
    Na przykład: dużo mówię.
    Lubię gotować.
    Dobrze śpię.
field-daily-every_day = Co muszę robić każdego dnia
field-daily-every_day-hint = Małe rzeczy każdego dnia, dzięki którym czujesz się dobrze.
field-daily-every_day-example =
    Na przykład: zjeść śniadanie.
    Wziąć tabletki.
    Wyjść na dwór na dziesięć minut.
field-daily-might_need = Co czasem mogę potrzebować zrobić
field-daily-might_need-hint = Rzeczy, które czasem pomagają, ale nie codziennie.
field-daily-might_need-example =
    Na przykład: zrobić pranie.
    Spotkać się z kimś bliskim.
    Zapłacić rachunek.
field-triggers-triggers = Co mnie denerwuje
field-triggers-triggers-hint = Rzeczy, które się dzieją i Cię denerwują.
field-triggers-triggers-example =
    Na przykład: kłótnie.
    Zmartwienia o pieniądze.
    Głośne miejsca z dużą liczbą ludzi.
field-triggers-must_do = Kiedy to się stanie, zrobię to
field-triggers-must_do-hint = Co zrobisz, kiedy coś Cię zdenerwuje.
field-triggers-must_do-example =
    Na przykład: powiem osobie, której ufam.
    Będę oddychać powoli.
    Pójdę w ciche miejsce.
field-triggers-might_do = Mogę też
field-triggers-might_do-hint = Inne rzeczy, których możesz spróbować, jeśli masz siłę.
field-triggers-might_do-example =
    Na przykład: zapiszę to.
    Pójdę pobiegać.
    Obejrzę film, który lubię.
field-early_warning-signs = Małe zmiany, które zauważam
field-early_warning-signs-hint = Małe zmiany, które Ty albo bliskie osoby zauważacie najpierw.
field-early_warning-signs-example =
    Na przykład: źle śpię.
    Nie odpisuję na wiadomości.
    Wszystko mnie drażni.
field-early_warning-must_do = Kiedy je zauważę, zrobię to
field-early_warning-must_do-hint = Rzeczy, które pomagają Ci znów poczuć się lepiej.
field-early_warning-must_do-example =
    Na przykład: będę chodzić spać o tej samej porze.
    Powiem partnerowi.
field-early_warning-might_do = Mogę też
field-early_warning-might_do-hint = Inne rzeczy, które czasem pomagają.
field-early_warning-might_do-example =
    Na przykład: wezmę dzień wolny w pracy.
    Pójdę do lekarza.
field-breaking_down-signs = Znaki, że robi się dużo gorzej
field-breaking_down-signs-hint = Znaki, że potrzebujesz teraz więcej pomocy.
field-breaking_down-signs-example =
    Na przykład: przestaję jeść.
    Nie śpię od kilku dni.
    Czuję, że nie ma nadziei.
field-breaking_down-must_do = Co zrobię od razu
field-breaking_down-must_do-hint = Kogo poprosisz o pomoc i jak.
field-breaking_down-must_do-example =
    Na przykład: zadzwonię do osoby, która prowadzi moje leczenie.
    Zostanę u przyjaciółki.
    Zadzwonię na telefon zaufania.
field-breaking_down-might_do = Mogę też
field-breaking_down-might_do-hint = Inne rzeczy, które mogą teraz pomóc.
field-breaking_down-might_do-example =
    Na przykład: poproszę przyjaciela, żeby u mnie przenocował.
    Oddam komuś kluczyki do samochodu.
field-crisis-when_well = Jak się czuję, kiedy jest dobrze
field-crisis-when_well-hint =
    To pomaga innym zobaczyć różnicę.
    Pisz dla kogoś, kto słabo Cię zna.
field-crisis-when_well-example =
    Na przykład: mówię niewiele, ale lubię ludzi.
    Lubię robić rzeczy zawsze tak samo.
    Codziennie zajmuję się psem.
field-crisis-take_over_signs = Znaki, że inni mają przejąć sprawy
field-crisis-take_over_signs-hint = Co zobaczą inni, co znaczy, że muszą działać za Ciebie.
field-crisis-take_over_signs-example =
    Na przykład: przestaję jeść.
    Nie poznaję ludzi.
    Mówię o tym, żeby mnie tu nie było.
field-crisis-supporters = Osoby, które mają mi pomóc
field-crisis-supporters-hint =
    Kim są.
    Jak się z nimi skontaktować.
    Co ma zrobić każda z nich.
field-crisis-supporters-example =
    Na przykład: Sam, moja siostra, 07700 900123.
    Zostaje ze mną i dzwoni do mojego lekarza.
field-crisis-not_involved = Osoby, które nie mają mi pomagać
field-crisis-not_involved-hint = Możesz napisać dlaczego, jeśli chcesz.
field-crisis-not_involved-example = Na przykład: moja była partnerka.
field-crisis-disagreements = Jeśli moi pomocnicy się nie zgadzają
field-crisis-disagreements-hint = Jak mają zdecydować osoby, które Ci pomagają, jeśli się nie zgadzają.
field-crisis-disagreements-example = Na przykład: decyduje moja siostra.
field-crisis-medication_current = Leki, które teraz biorę
field-crisis-medication_current-hint =
    Nazwa, ile i na co.
    Tylko jeśli wiesz.
field-crisis-medication_current-example = Na przykład: sertralina 50 mg co rano.
field-crisis-medication_preferred = Leki, które chcę dostać
field-crisis-medication_preferred-hint = Napisz dlaczego: co pomagało wcześniej.
field-crisis-medication_preferred-example =
    Na przykład: diazepam.
    Uspokaja mnie, ale nie usypia za bardzo.
field-crisis-medication_acceptable = Leki, które mogę brać
field-crisis-medication_acceptable-hint = Jeśli nie możesz dostać tych, które chcesz.
field-crisis-medication_acceptable-example = Na przykład: tabletki nasenne przez krótki czas.
field-crisis-medication_unacceptable = Leki, których nie chcę
field-crisis-medication_unacceptable-hint = Napisz dlaczego, żeby inni zrozumieli.
field-crisis-medication_unacceptable-example =
    Na przykład: olanzapina.
    Ostatnio bardzo od niej przybyło mi kilogramów.
field-crisis-allergies = Alergie
field-crisis-allergies-hint = Leki, jedzenie albo coś innego, po czym źle się czujesz.
field-crisis-allergies-example = Na przykład: penicylina.
field-crisis-treatments_current = Pomoc, którą mam teraz
field-crisis-treatments_current-hint = Każda pomoc albo leczenie, które masz teraz.
field-crisis-treatments_current-example = Na przykład: co tydzień rozmowa z terapeutą.
field-crisis-treatments_preferred = Pomoc, którą chcę dostać
field-crisis-treatments_preferred-hint = Napisz dlaczego: co pomagało wcześniej.
field-crisis-treatments_preferred-example =
    Na przykład: zespół kryzysowy odwiedza mnie w domu.
    Bycie w domu mi pomaga.
field-crisis-treatments_acceptable = Pomoc, na którą się zgadzam
field-crisis-treatments_acceptable-hint = Jeśli nie możesz dostać tej, którą chcesz.
field-crisis-treatments_acceptable-example = Na przykład: krótki pobyt w domu kryzysowym.
field-crisis-treatments_unacceptable = Leczenie, którego nie chcę
field-crisis-treatments_unacceptable-hint = Napisz dlaczego, żeby inni zrozumieli.
field-crisis-treatments_unacceptable-example =
    Na przykład: przytrzymywanie siłą.
    To już się zdarzyło i bardzo mnie skrzywdziło.
field-crisis-home_care = Jak mogę zostać w domu albo blisko domu
field-crisis-home_care-hint = Co pomoże Ci przejść przez kryzys w domu albo w pobliżu.
field-crisis-home_care-example =
    Na przykład: przyjaciele na zmianę zostają ze mną.
    Zespół kryzysowy przychodzi codziennie.
field-crisis-places_preferred = Miejsca, gdzie chcę się leczyć
field-crisis-places_preferred-hint = Szpitale albo inne miejsca, które były dla Ciebie dobre.
field-crisis-places_preferred-example = Na przykład: dom kryzysowy w mieście.
field-crisis-places_unacceptable = Miejsca, do których nie chcę trafić
field-crisis-places_unacceptable-hint = Możesz napisać dlaczego.
field-crisis-places_unacceptable-example = Na przykład: szpital daleko od domu.
field-crisis-help_wanted = Co mi pomaga w kryzysie
field-crisis-help_wanted-hint = Co inni mogą zrobić albo powiedzieć, żeby pomóc.
field-crisis-help_wanted-example =
    Na przykład: mówić powoli.
    Posiedzieć ze mną.
    Przypominać mi o piciu wody.
field-crisis-help_unwanted = Co nie pomaga
field-crisis-help_unwanted-hint = Czego inni nie powinni robić, nawet jeśli chcą dobrze.
field-crisis-help_unwanted-example =
    Na przykład: dużo pytań.
    Dużo ludzi wokół mnie.
    Mówienie mi „głowa do góry”.
field-crisis-if_danger = Jeśli mogę zrobić krzywdę sobie albo innym
field-crisis-if_danger-hint = Co chcesz, żeby zrobili inni.
field-crisis-if_danger-example =
    Na przykład: zabrać mi kluczyki do samochodu.
    Zadzwonić na linię kryzysową.
    Zostać ze mną.
field-crisis-responsibilities = Kto czym się zajmie
field-crisis-responsibilities-hint =
    Dzieci, zwierzęta, rachunki i Twój dom.
    Kto zajmie się każdą z tych spraw.
field-crisis-responsibilities-example = Na przykład: Jo z sąsiedztwa karmi mojego kota.
field-crisis-safer_surroundings = Jak zrobić mój dom bezpieczniejszym
field-crisis-safer_surroundings-hint = Rzeczy, które warto schować albo oddać, dopóki jest trudno.
field-crisis-safer_surroundings-example = Na przykład: oddać zapasowe tabletki do apteki.
field-crisis-money = Pieniądze
field-crisis-money-hint = Rachunki, karty i wydatki oraz kto może pomóc.
field-crisis-money-example =
    Na przykład: mój bank może zablokować moją kartę.
    Mój brat płaci czynsz.
field-crisis-no_longer_needed_signs = Znaki, że nie potrzebuję już tego planu
field-crisis-no_longer_needed_signs-hint = Po czym inni poznają, że znów możesz decydować o sobie.
field-crisis-no_longer_needed_signs-example =
    Na przykład: przesypiam całą noc.
    Gotuję dla siebie.
field-crisis-values_statement = Co jest dla mnie ważne
field-crisis-values_statement-hint = Co jest ważne dla Ciebie. Dzięki temu inni wybiorą tak, jak Ty.
field-crisis-values_statement-example = Na przykład: moje dzieci, moja wiara, moja praca.
field-crisis-professionals_shared = Kto ma kopię moich życzeń
field-crisis-professionals_shared-hint = Lekarze, pielęgniarki lub inne osoby, które dostały od Ciebie kopię.
field-crisis-professionals_shared-example = Na przykład: mój lekarz, dr Rees.
field-after_crisis-out_of_crisis_signs = Po czym poznam, że kryzys minął
field-after_crisis-out_of_crisis_signs-hint = Znaki, że najgorsze już minęło.
field-after_crisis-out_of_crisis_signs-example = Na przykład: znów chcę spotykać się z przyjaciółmi.
field-after_crisis-helpers = Kto mi pomaga po kryzysie
field-after_crisis-helpers-hint = Osoby, które pomagają Ci wrócić do zwykłego życia.
field-after_crisis-helpers-example =
    Na przykład: mój asystent.
    Moja sąsiadka.
field-after_crisis-first_steps = Co zrobię najpierw
field-after_crisis-first_steps-hint = Małe, spokojne kroki z powrotem do codziennego życia.
field-after_crisis-first_steps-example =
    Na przykład: jeden krótki spacer dziennie.
    Powrót do pracy na kilka godzin.
field-after_crisis-learning = Czego mnie to nauczyło
field-after_crisis-learning-hint = Wszystko, co chcesz zapamiętać albo zrobić inaczej następnym razem.
field-after_crisis-learning-example = Na przykład: muszę wcześniej prosić o pomoc.
field-reasons-reasons = Moje powody, żeby iść dalej
field-reasons-reasons-hint = Ludzie, zwierzęta, plany i miejsca, które są dla Ciebie ważne.
field-reasons-reasons-example =
    Na przykład: moja siostrzenica.
    Znów zobaczyć morze.
    Mój kot Pickle.
field-reasons-good_moments = Dobre chwile
field-reasons-good_moments-hint = Dobre wspomnienia, które chcesz mieć blisko.
field-reasons-good_moments-example = Na przykład: dzień, kiedy oglądaliśmy wschód słońca na plaży.

## The boxes inside a list

item-key-text = Co
item-key-why = Dlaczego
item-key-name = Imię
item-key-role = Kim jest dla mnie
item-key-contact = Jak się skontaktować
item-key-tasks = Co ta osoba ma zrobić
item-key-task = Co trzeba zrobić
item-key-who = Kto to zrobi

## Writing your plan

editor-back-home = Wróć do mojego planu
editor-add = Dodaj
editor-add-label = Dodaj do „{ $field }”
editor-add-another = Dodaj jeszcze jedno
editor-move-up = Przesuń w górę
editor-move-down = Przesuń w dół
editor-remove = Usuń
editor-item-label = Numer { $n }
editor-removed = Usunięto.
editor-undo = Przywróć to
editor-empty-list = Na razie nic tu nie ma.
editor-mark-reviewed = Ta część jest dziś przejrzana
editor-reviewed-today =
    Ta część jest dziś przejrzana.
    Dziękujemy.
editor-next-section = Dalej: { $section }
save-saving = Zapisywanie…
save-saved = Zapisano
save-error =
    Jeszcze nie zapisano.
    Harbour spróbuje jeszcze raz.

## Read and print

views-title = Czytaj lub drukuj mój plan
views-full = Cały mój plan
views-safety = Mój plan bezpieczeństwa
views-crisis = Mój plan na kryzys do czytania
views-card = Karta kryzysowa
views-print = Drukuj na papierze
views-save-pdf = Zapisz jako plik
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved =
    Twój plik jest zapisany.
    Nazywa się { $name }.
    Jest w { $path }.
    Twoje tajne słowa nie zamykają tego pliku.
    Trzymaj go w prywatnym miejscu.
views-print-a4 = Zwykły papier
views-print-phone = Małe strony na telefon
views-print-layout = Rozmiar strony
views-valid-as-of = Aktualne na dzień { $date }
views-reviewed = Ostatnio przejrzane: { $date }
views-empty = Nic tu jeszcze nie napisano.
views-empty-hint =
    Najpierw pisz w „Mój plan”.
    Potem to pojawi się tutaj.
views-card-title = Moja karta kryzysowa
views-card-intro =
    Wytnij tę kartę.
    Noś ją w portfelu.
views-card-contacts = Proszę zadzwonić do
views-card-helps = Co mi pomaga
views-card-allergies = Alergie
views-card-more = Mój pełny plan na kryzys jest w Harbour na moim telefonie.
safety-part-safety_warning_signs = Znaki, że robi się trudno
safety-part-safety_coping = Co mogę zrobić, żeby poczuć się lepiej
safety-part-safety_actions = Co zrobię
safety-part-safety_people = Osoby, które mogę poprosić o pomoc
safety-part-safety_surroundings = Jak zrobić mój dom bezpieczniejszym
safety-part-safety_reasons = Moje powody, żeby iść dalej
crisis-activate = Uruchom mój plan na kryzys
crisis-stand-down = Kryzys minął: zakończ mój plan na kryzys
crisis-activate-note =
    To pokazuje, że Twój plan na kryzys jest teraz używany.
    Ty i osoby, którym go udostępniasz, to widzicie.
    Nie dzwoni do nikogo.
    Niczego nie wysyła.
crisis-me = ja

## Settings

settings-title = Ustawienia
settings-display = Wygląd Harbour
settings-text-size = Wielkość liter
settings-text-size-value = { $percent }%
settings-high-contrast = Mocniejsze kolory
settings-reduced-motion = Mniej ruchu na ekranie
settings-language = Język i łatwy tekst
settings-privacy = Prywatność
settings-auto-lock = Zablokuj Harbour, gdy go nie używam przez
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
  }
settings-saved = Zapisano ustawienia.
settings-passphrase = Zmień moje hasło
settings-passphrase-current = Moje hasło teraz
settings-passphrase-new = Nowe hasło
settings-passphrase-confirm = Wpisz nowe hasło jeszcze raz
settings-passphrase-change = Zmień hasło
settings-passphrase-changed =
    Twoje hasło jest zmienione.
    Twój klucz odzyskiwania nadal działa.
settings-recovery-key = Mój klucz odzyskiwania
settings-recovery-key-intro =
    Klucz odzyskiwania otwiera Twój plan, jeśli zapomnisz hasła.
    Wpisz hasło, żeby znów zobaczyć klucz.
    Możesz też zrobić nowy klucz.
settings-recovery-key-passphrase = Moje hasło
settings-recovery-key-show = Pokaż mój klucz odzyskiwania
settings-recovery-key-new = Zrób nowy klucz odzyskiwania
settings-recovery-key-working = Sprawdzamy hasło…
settings-recovery-key-hide = Ukryj mój klucz odzyskiwania
settings-recovery-key-none =
    Harbour nie może pokazać klucza do tego planu.
    Twój plan powstał, zanim Harbour zaczął przechowywać klucz.
    Możesz zrobić nowy klucz.
settings-recovery-key-new-explain =
    Nowy klucz zastąpi Twój obecny klucz.
    Stary klucz przestanie działać.
    Twoje hasło zostaje takie samo.
    Stare kopie planu nadal otworzysz starym kluczem.
    Dlatego zrób też nową kopię planu.
settings-recovery-key-new-confirm = Tak, zrób nowy klucz
settings-recovery-key-new-cancel = Zostaw mój klucz
settings-recovery-key-made =
    To jest Twój nowy klucz odzyskiwania.
    Stary klucz już nie działa.
    Stare kopie planu nadal otworzysz starym kluczem.
    Zrób też nową kopię planu.
settings-backup = Zrób kopię mojego planu
settings-backup-intro =
    Kopia zapasowa to cały Twój plan w jednym zamkniętym pliku.
    Trzymaj ją w bezpiecznym miejscu.
    Nie trzymaj jej tylko na tym telefonie lub komputerze.
settings-backup-passphrase = Hasło do kopii
settings-backup-passphrase-hint =
    To hasło albo klucz odzyskiwania będą potrzebne, żeby użyć kopii.
    Potem to będzie Twoje hasło.
settings-backup-create = Zrób kopię
settings-backup-created = Zapisano kopię jako { $name } w { $path }
settings-restore = Odzyskaj plan z kopii
settings-restore-intro =
    To wstawia tutaj plan z kopii.
    Zastępuje plan, który masz teraz.
    Harbour zachowa obecny plan, zamknięty, w swoim folderze.
settings-restore-file = Kopia mojego planu
settings-restore-passphrase = Hasło do kopii
settings-restore-button = Odzyskaj mój plan
settings-restored = Twój plan jest z powrotem.
settings-about = O Harbour
settings-about-version = Harbour, wersja { $version }
settings-about-body =
    Harbour jest za darmo.
    Ma licencję MIT albo Apache 2.0.
    Nie ma kont.
    Nie patrzy, co robisz.
    Nie wysyła raportów, gdy coś pójdzie nie tak.
settings-about-data =
    Telefony zaufania i miejsca pochodzą z list.
    Przy każdym jest napisane, z jakiej listy pochodzi.
    Jest też napisane, kiedy ostatnio to sprawdziliśmy.
settings-about-symbols = Obrazki do łatwego tekstu: Mulberry Symbols, autor Steve Lee, licencja CC BY-SA 4.0.
settings-about-fonts = Litery są takie, jak na Twoim telefonie lub komputerze.

## Problems with your plan

error-wrong_passphrase =
    To hasło nie otwiera tego planu.
    Sprawdź wielkie litery i spacje.
    Potem spróbuj jeszcze raz.
error-wrong_recovery_key =
    Ten klucz odzyskiwania nie otwiera tego planu.
    Porównaj go z wydrukiem albo zapisaną kopią.
error-invalid_recovery_key =
    To nie jest klucz odzyskiwania Harbour.
    Sprawdź każdą grupę liter i cyfr.
error-passphrase_required = Wpisz hasło.
error-vault_corrupt =
    Twój plan na tym telefonie lub komputerze jest zepsuty.
    Możesz go odzyskać z kopii.
error-kdf_params_out_of_range =
    Harbour nie otworzył Twojego planu.
    Plik ma ustawienia, których Harbour nie używa.
    Możesz odzyskać plan z kopii.
error-backup_corrupt =
    Ta kopia jest zepsuta albo nie pochodzi z Harbour.
    Nic tutaj się nie zmieniło.
error-vault_exists = Tutaj już jest plan.
error-vault_not_found = Tutaj nie ma jeszcze planu.
error-vault_too_new =
    Ten plan zapisała nowsza wersja Harbour.
    Pobierz najnowszy Harbour, żeby go otworzyć.
error-vault_locked =
    Twój plan jest zablokowany.
    Otwórz go, żeby pisać dalej.
    Nic, co napisano, nie zginęło.
error-io =
    Harbour nie mógł otworzyć ani zapisać pliku.
    Sprawdź, czy jest miejsce na tym telefonie lub komputerze.
    Potem spróbuj jeszcze raz.
error-storage =
    Harbour nie mógł teraz zapisać.
    Sprawdź, czy jest miejsce na tym telefonie lub komputerze.
    Potem spróbuj jeszcze raz.
error-unknown_field = Takiej części planu nie ma.
error-item_not_found =
    Tego już tu nie ma.
    Ktoś mógł to usunąć.
error-too_long =
    To jest za długie na jedno miejsce.
    Podziel to na mniejsze części.
error-plan_corrupt =
    Harbour nie może odczytać części Twojego planu.
    Możesz go odzyskać z kopii.

## Language

language-label = Język
easy-read-label = Łatwy tekst: krótkie zdania i proste słowa
language-needs-review =
    Ten język jest nowy.
    Nikt, kto mówi po polsku, jeszcze go nie sprawdził.
easy-read-toggle = Łatwy tekst
read-aloud = Przeczytaj na głos
read-aloud-stop = Przestań czytać

## Problems with sharing

error-message_too_large =
    Ta zmiana jest za duża, żeby ją otworzyć.
    Nic z Twoich rzeczy się nie zmieniło.
error-message_invalid =
    Ta zmiana jest zepsuta, więc Harbour jej nie użył.
    Nic z Twoich rzeczy się nie zmieniło.
error-message_unauthentic =
    Harbour nie mógł sprawdzić tej zmiany, więc jej nie użył.
    Ktoś mógł ją zmienić po drodze.
error-message_replayed =
    Harbour już ma tę zmianę.
    Nie użył jej drugi raz.
error-write_refused =
    Ktoś chciał coś zmienić, ale nie ma do tego prawa.
    Harbour na to nie pozwolił.
error-invite_invalid =
    To zaproszenie nie wygląda dobrze.
    Poproś o nowe.
error-invite_expired =
    To zaproszenie jest za stare.
    Poproś o nowe.
error-invite_used =
    Ktoś już użył tego zaproszenia.
    Poproś o nowe.
error-bundle_invalid =
    Ten plik jest zepsuty albo nie pochodzi z Harbour.
    Nic z Twoich rzeczy się nie zmieniło.
error-supporter_not_found = Nie ma pomocnika o takiej nazwie.
error-supporter_exists =
    Masz już pomocnika o takiej nazwie.
    Wybierz inną nazwę.
error-person_not_found = Nikt o takiej nazwie nie udostępnia Ci planu.
error-device_not_found = Nie ma telefonu ani komputera o takiej nazwie.
error-rate_limited =
    Przed chwilą wysłano sygnał.
    Poczekaj chwilę, zanim wyślesz kolejny.
error-code_mismatch =
    Ten kod nie jest dobry.
    Nic nie zostało udostępnione.
    Sprawdź kod na drugim ekranie i spróbuj jeszcze raz.
error-code_ambiguous =
    Więcej niż jedna aplikacja odpowiedziała tym kodem.
    Ktoś inny może mieć link.
    Dla bezpieczeństwa nikogo nie dodano.
    Zatrzymaj to zaproszenie i zrób nowe.
error-vault_busy =
    Twój plan jest otwarty w innym oknie Harbour.
    Zamknij go tam i spróbuj jeszcze raz.
error-passphrase_too_short =
    Twoje nowe hasło jest za krótkie.
    Użyj co najmniej 10 liter, cyfr lub spacji.

# Exported and printed pages
export-crisis-status = Mój plan kryzysowy: { $status }
export-not-dated = Jeszcze bez daty
export-footer = Zrobione w Harbour. Ta strona jest prywatna. Trzymaj ją w bezpiecznym miejscu.
export-emergency = Jeśli grozi Ci niebezpieczeństwo, zadzwoń pod 999.

## Sharing (Easy Read)
## Supporters, shared plans, devices, update files and sync.

home-sharing-heading = Udostępnianie
home-sharing-body =
    Udostępniaj części planu osobom, którym ufasz.
    Czytaj plany, które inni udostępniają Tobie.
    Nic nie jest udostępniane, dopóki tego nie wybierzesz.
nav-supporters = Osoby, którym udostępniam
nav-shared = Udostępnione mi
nav-devices = Moje telefony i komputery

supporters-title = Osoby, którym udostępniam
supporters-intro =
    Ty wybierasz, co widzi każda osoba.
    Potrzebują Harbour. Nie potrzebują konta.
supporters-empty = Jeszcze nikomu nie udostępniasz planu.
supporters-state-invited = Zaproszono. Czekamy, aż dołączą.
supporters-state-expired =
    Zaproszenie było za stare, zanim dołączyli.
    Przestań udostępniać i zaproś ich jeszcze raz.
supporters-state-active = Udostępniasz. Dostają Twoje zmiany.
supporters-state-revoked = Już nie udostępniasz
supporters-sees = Widzi: { $sections }
supporters-invited-at = Zaproszono { $when }
supporters-last-synced = Ostatnia zmiana od nich: { $when }
supporters-never-synced = Jeszcze nic od nich nie przyszło
supporters-role-accepted = Zgodzili się Ci pomagać.
supporters-availability = Ich słowami: „{ $words }”
supporters-signals-on =
    Dostaną wiadomość, jeśli zaczniesz swój plan kryzysowy.
    Dostaną wiadomość, jeśli poprosisz o pomoc.
supporters-replies = Co odpisali
supporters-revoke = Przestań im udostępniać
supporters-revoke-explain =
    { $name } nie dostanie więcej zmian.
    Harbour na telefonie lub komputerze tej osoby usunie Twój plan.
    Ta osoba może nadal mieć to, co widziała wcześniej.
    Na przykład jeśli to wydrukowała.
supporters-revoke-confirm = Przestań udostępniać
supporters-revoke-cancel = Udostępniaj dalej
supporters-revoked-done = Już nie udostępniasz planu: { $name }.
supporters-revoked-had =
    Ta osoba już dostała: { $sections }.
    Harbour usunie to z jej telefonu lub komputera.
    Może nadal mieć kopię, którą zrobiła.
supporters-revoked-nothing = Nic jeszcze do niej nie dotarło.
supporters-revoked-heading = Osoby, którym już nie udostępniasz
supporters-revoked-at = Zakończono { $when }
supporters-ask-heading = Poproś o pomoc
supporters-ask-body =
    Powiedz pomocnikom, że potrzebujesz teraz pomocy.
    Dowiedzą się tylko pomocnicy, którzy się zgodzili.
    Dostaną krótką wiadomość i Twój plan kryzysowy.
    To nie dzwoni pod 999.
    Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.
supporters-ask-button = Poproś moich pomocników o pomoc
supporters-ask-done =
    { $count ->
        [0] Nikt jeszcze się nie zgodził.
        [one] Jeden pomocnik dostanie wiadomość z Twoją następną zmianą.
        [few] { $count } pomocników dostanie wiadomość z Twoją następną zmianą.
        [many] { $count } pomocników dostanie wiadomość z Twoją następną zmianą.
       *[other] { $count } pomocnika dostanie wiadomość z Twoją następną zmianą.
    }

supporters-invite-start = Zaproś kogoś
supporters-invite-heading = Zaproś kogoś, żeby zobaczył część Twojego planu
supporters-invite-name = Imię tej osoby
supporters-invite-from = Twoje imię, tak jak je zobaczy
supporters-invite-from-hint =
    Na przykład Twoje imię.
    Możesz to zostawić puste.
supporters-invite-sections = Co może zobaczyć
supporters-invite-signals = Powiedz tej osobie, jeśli zacznę plan kryzysowy albo poproszę o pomoc
supporters-invite-signals-hint =
    Tylko jeśli ta osoba też się zgodzi.
    Harbour nigdy nie dzwoni pod 999.
supporters-preview-heading = Co zobaczy { $name }
supporters-preview-someone = ta osoba
supporters-preview-nothing = Wybierz co najmniej jedną część.
supporters-invite-create = Zrób zaproszenie
supporters-invite-cancel = Anuluj
supporters-invite-ready = Twoje zaproszenie dla: { $name }
supporters-invite-private =
    Wyślij to tylko tej osobie.
    Każdy, kto to ma, może dołączyć.
supporters-invite-link = Link z zaproszeniem
supporters-invite-copy = Skopiuj link
supporters-invite-copied = Skopiowano.
supporters-invite-save = Zapisz jako plik
supporters-invite-saved = Zapisano: { $path }
supporters-invite-qr = Albo ta osoba może zeskanować ten kod telefonem.
supporters-invite-qr-alt = Kod do zeskanowania, z zaproszeniem dla: { $name }
supporters-invite-code-later =
    Gdy ta osoba dołączy, Harbour zapyta Cię o jej kod do sprawdzenia.
    Ta osoba przeczyta Ci kod. Ty wpiszesz go poniżej.
supporters-code =
    Kod do sprawdzenia: { $code }.
    Powinien być taki sam jak kod tej osoby.
supporters-read-not-yet =
    Ta osoba jeszcze nie przeczytała Twojego planu.
supporters-read-earlier =
    Twój plan się zmienił.
    Ta osoba jeszcze nie przeczytała zmian.
supporters-read-latest =
    Ta osoba przeczytała Twój plan taki, jaki jest teraz.
supporters-invite-expires =
    Zaproszenie działa jeden raz.
    Działa przez { $days } dni.
supporters-invite-done = Gotowe
supporters-state-waiting = Ta osoba odpowiedziała. Wpisz jej kod, żeby zacząć udostępniać.
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain =
    Przyszła odpowiedź z aplikacji: { $name }.
    Poproś tę osobę, żeby przeczytała Ci kod ze swojego ekranu.
    Wpisz go tutaj.
    Do tego czasu nic nie jest udostępniane.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Kod z aplikacji: { $name }
supporters-confirm-button = Sprawdź kod
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed =
    Kod jest dobry.
    { $name } dostanie Twój plan z następną zmianą.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning =
    Na to zaproszenie odpowiedziała więcej niż jedna aplikacja.
    Ktoś inny może mieć link.
    Dla bezpieczeństwa zatrzymaj to zaproszenie.
    Potem zrób nowe. Niech { $name } dostanie nowy link.
confirm-code-hint = 6 cyfr, na przykład 123 456
confirm-code-format =
    Wpisz wszystkie 6 cyfr.
    Na przykład: 123 456.

shared-title = Udostępnione mi
shared-intro =
    Plany, które inne osoby Ci udostępniają.
    Możesz je czytać bez internetu.
shared-empty =
    Nikt jeszcze nie udostępnia Ci planu.
    Czy ktoś wysłał Ci zaproszenie?
    Wklej je w polu poniżej.
shared-sections = Udostępnia: { $sections }
shared-not-yet = Czekamy na pierwszą zmianę od tej osoby.
shared-has-changes = Coś się zmieniło od Twojego ostatniego czytania.
shared-up-to-date = Przeczytano najnowszą wersję.
shared-open = Przeczytaj plan: { $person }
shared-open-crisis = Otwórz plan kryzysowy: { $person }
shared-back = Wróć do wszystkich udostępnionych planów
shared-plan-title = Plan: { $person }
shared-waiting =
    Nic jeszcze nie przyszło od: { $person }.
    Otwórz plik ze zmianami, który ta osoba Ci wyśle.
    Możesz to zrobić na poprzednim ekranie.
shared-updated-at = Ostatnia zmiana przyszła { $when }
shared-first-read = Czytasz to tutaj pierwszy raz.
shared-changed =
    { $count ->
        [one] Jedna część się zmieniła od Twojego ostatniego czytania:
        [few] { $count } części się zmieniły od Twojego ostatniego czytania:
        [many] { $count } części się zmieniło od Twojego ostatniego czytania:
       *[other] { $count } części się zmieniło od Twojego ostatniego czytania:
    }
shared-nothing-changed = Nic się nie zmieniło od Twojego ostatniego czytania.
shared-mark-read = Przeczytane
shared-show-crisis = Pokaż tylko plan kryzysowy
shared-show-all = Pokaż wszystko, co udostępnia
shared-signal-crisis_plan_activated =
    { $person } zaczyna swój plan kryzysowy.
    Czas: { $when }.
    Plan mówi, o co ta osoba Cię prosi.
shared-signal-ask_for_help =
    { $person } prosi o pomoc.
    Czas: { $when }.
    Plan mówi, o co ta osoba Cię prosi.
shared-signal-other =
    { $person } wysyła Ci wiadomość.
    Czas: { $when }.
shared-signal-not-emergency =
    Harbour nie dzwoni pod 999.
    Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod 999.
shared-role-heading = Jak pomagam
shared-role-accepted = Twoja zgoda na pomoc jest zapisana.
shared-role-availability = Kiedy i jak mogę pomóc
shared-role-availability-hint =
    Na przykład: Można do mnie dzwonić w nocy.
    Albo: Od poniedziałku do piątku po 18:00.
shared-role-signals = Powiedz mi, jeśli { $person } zacznie plan kryzysowy albo poprosi o pomoc
shared-role-signals-hint =
    Dostaniesz tutaj spokojną wiadomość.
    Nie ma w niej szczegółów.
shared-role-accept = Zgadzam się pomagać
shared-role-saved =
    Zapisano.
    Trafi do tej osoby z Twoją następną zmianą.
shared-reply-heading = Odpisz
shared-reply-label = Wiadomość dla: { $person }
shared-reply-send = Wyślij
shared-reply-queued = Twoja wiadomość trafi do tej osoby z Twoją następną zmianą.
shared-join-heading = Dołącz przez zaproszenie
shared-join-intro =
    Czy ktoś wysłał Ci link z zaproszeniem?
    Wklej go tutaj.
    Nie potrzebujesz konta.
shared-join-label = Link z zaproszeniem
shared-join-button = Dołącz
shared-joined = { $person } udostępnia Ci: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code =
    Twój kod do sprawdzenia: { $code }.
    Przeczytaj go tej osobie. Ona wpisze go w swojej aplikacji.
    Do tego czasu nic nie jest Ci udostępniane.
shared-joined-next =
    Teraz wyślij tej osobie plik ze zmianami.
    Wtedy jej aplikacja dostanie Twoją odpowiedź.
    Gdy ta osoba wpisze Twój kod, jej plan przyjdzie z następną zmianą.

supporter-guide-title = Jak możesz pomóc
supporter-guide-intro =
    { $person } prosi Cię o pomoc.
    Tu piszemy, co to znaczy.
supporter-guide-asked-heading = O co prosi Cię { $person }
supporter-guide-asked-sections =
    { $person } udostępnia Ci te części planu:
    { $sections }.
    Przeczytaj je, gdy przyjdą.
    Przeczytaj je znowu, gdy coś się zmieni.
supporter-guide-asked-crisis =
    Plan kryzysowy mówi, czego ta osoba potrzebuje od innych.
    Zajrzyj do planu, który dostajesz.
    Tam jest napisane, o co prosi Ciebie.
supporter-guide-asked-plan =
    Zajrzyj do planu, który dostajesz.
    Tam jest napisane, co tej osobie pomaga.
supporter-guide-asked-talk =
    Coś jest niejasne?
    Zapytaj tę osobę w spokojnej chwili.
supporter-guide-not-heading = Czego nie musisz robić
supporter-guide-not-clinician =
    Nie zastępujesz lekarza ani pielęgniarki.
    Nie musisz tej osoby leczyć.
supporter-guide-not-always =
    Nie musisz być obok przez cały czas.
    Możesz powiedzieć, kiedy możesz pomóc.
supporter-guide-not-share =
    Ten plan jest prywatny.
    Nie pokazuj go nikomu innemu.
supporter-guide-worried-heading = Jeśli się martwisz i nie możesz się z tą osobą skontaktować
supporter-guide-worried-emergency =
    Czy jej życie jest w niebezpieczeństwie?
    Zadzwoń teraz pod 999.
    Możesz też zadzwonić pod 112.
supporter-guide-worried-helplines =
    To nie jest nagły wypadek?
    Możesz zadzwonić na telefon zaufania.
    Tam słuchają też osób, które martwią się o kogoś.
supporter-guide-worried-harbour = Harbour nie dzwoni do nikogo za Ciebie.
supporter-guide-helplines = Zobacz telefony zaufania
supporter-guide-close = Zamknij

devices-title = Moje telefony i komputery
devices-intro =
    Miej swój plan na telefonie i na komputerze.
devices-list-heading = Połączone telefony i komputery
devices-this-device = ten tutaj
devices-unnamed = Telefon lub komputer bez nazwy
devices-none = Twój plan jest tylko na tym telefonie lub komputerze.
devices-remove = Usuń ten telefon lub komputer
devices-remove-explain =
    Usunąć { $name }?
    Twoje inne telefony i komputery dostaną nowy zamek.
    { $name } może nadal mieć to, co miał wcześniej.
    Żeby Twoi pomocnicy też byli bezpieczni, zaproś ich jeszcze raz.
devices-remove-confirm = Usuń
devices-removed = Usunięto: { $name }.
devices-link-heading = Dodaj inny telefon lub komputer
devices-link-intro =
    Zrób tutaj kod.
    Potem wpisz go na drugim telefonie lub komputerze.
devices-link-start = Zrób kod
devices-link-code = Wpisz ten kod na drugim telefonie lub komputerze:
devices-link-qr-alt = Kod do zeskanowania, żeby dodać inny telefon lub komputer
devices-link-next =
    Potem zapisz tam plik ze zmianami i wyślij go tutaj.
    Wpisz kod do sprawdzenia, który tam widać.
    Potem odeślij jeden plik z powrotem.
    Kod działa jeden raz.
devices-join-heading = To jest mój nowy telefon lub komputer
devices-join-intro = Wpisz kod, który pokazuje Twój drugi telefon lub komputer.
devices-join-code = Kod z mojego drugiego telefonu lub komputera
devices-join-name = Nazwa tego telefonu lub komputera
devices-join-button = Połącz ten telefon lub komputer
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined =
    Prawie połączono.
    Kod do sprawdzenia: { $code }.
    Teraz wyślij plik ze zmianami na drugi telefon lub komputer.
    Wpisz tam ten kod.
    Potem Twój plan przyjdzie z jego następną zmianą.
devices-code =
    Kod do sprawdzenia: { $code }.
    Powinien być taki sam jak kod na tamtym telefonie lub komputerze.
devices-state-waiting = Jest odpowiedź. Wpisz kod, żeby skończyć.
devices-waiting-heading = Nowy telefon lub komputer odpowiedział
devices-waiting-explain =
    Wpisz kod, który tam widać.
    Do tego czasu nic tam nie jest udostępniane.
devices-waiting-many =
    Odpowiedział więcej niż jeden telefon lub komputer.
    Ktoś inny może mieć Twój kod.
    Dla bezpieczeństwa zrób nowy kod i zacznij jeszcze raz.
devices-confirm-label = Kod z nowego telefonu lub komputera
devices-confirm-button = Sprawdź kod
devices-confirmed =
    Kod jest dobry.
    Twój plan pójdzie tam z następną zmianą.

sync-files-heading = Pliki ze zmianami
sync-files-intro =
    Zmiany mogą iść jako plik.
    Zapisz plik. Wyślij go e-mailem albo w wiadomości.
    Otworzyć go mogą tylko Twoi ludzie.
sync-file-save = Zapisz plik ze zmianami
sync-file-saved =
    Zapisano: { $path }.
    Wyślij ten plik osobom, którym udostępniasz.
sync-file-open-label = Plik ze zmianami, który ktoś Ci wysłał
sync-file-open = Otwórz plik ze zmianami
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened =
    Wybrano plik { $name }.
    Naciśnij „Otwórz plik ze zmianami”, żeby zobaczyć, co nowego.
sync-file-in-done =
    { $accepted ->
        [one] Przyszła jedna zmiana.
        [few] Przyszły { $accepted } zmiany.
        [many] Przyszło { $accepted } zmian.
       *[other] Przyszło { $accepted } zmiany.
    }
sync-file-in-some-refused =
    Przyszło zmian: { $accepted }.
    Harbour nie mógł użyć: { $refused }.
    Nic z Twoich rzeczy przez nie się nie zmieniło.
sync-file-in-nothing-new =
    Nic nowego.
    Masz już wszystko z tego pliku.
sync-file-in-not-for-me = W tym pliku nie ma nic dla Ciebie.
sync-file-in-revoked =
    { $person } już nie udostępnia Ci swojego planu.
    Harbour usunął go z tego telefonu lub komputera.

sync-heading = Wysyłanie zmian przez internet
sync-intro =
    To wysyła Twoje zmiany za Ciebie.
    Jest wyłączone, dopóki tego nie włączysz.
    Gdy jest wyłączone, Harbour nie używa internetu.
sync-state-off = Wysyłanie przez internet jest wyłączone.
sync-state-on = Wysyłanie przez internet jest włączone, przez { $url }.
sync-relay-not-yet =
    Ten Harbour nie umie jeszcze wysyłać przez internet.
    Twój wybór jest zapisany.
    Na razie używaj plików ze zmianami.
sync-toggle = Wysyłaj zmiany przez internet
sync-relay-url = Adres internetowy do wysyłania
sync-relay-url-hint =
    Zaczyna się od https://.
    Zapytaj tych, którzy go prowadzą, na przykład lokalną organizację charytatywną.
sync-turn-on = Włącz
sync-save-address = Zapisz adres
sync-last-file-out = Ostatni plik ze zmianami zapisano { $when }
sync-last-file-in = Ostatni plik ze zmianami otwarto { $when }
sync-status-off = Wysyłanie przez internet jest wyłączone.
sync-status-waiting = Czekamy na pierwsze wysłanie.
sync-status-synced = Wysłano. Wszystko jest aktualne.
sync-status-offline =
    Teraz nie ma połączenia.
    Twoje zmiany są bezpieczne.
    Pójdą, gdy połączenie wróci.
sync-status-error = Ostatnim razem się nie udało.
sync-last-relay = Ostatnio wysłano { $when }
sync-retry =
    Harbour sam próbuje jeszcze raz co minutę.
    Nic nie ginie.
sync-unsent =
    { $count ->
        [one] Jedna zmiana czeka na wysłanie.
        [few] { $count } zmiany czekają na wysłanie.
        [many] { $count } zmian czeka na wysłanie.
       *[other] { $count } zmiany czeka na wysłanie.
    }
sync-now = Wyślij teraz
error-relay_unreachable =
    Harbour nie mógł wysłać Twoich zmian.
    Sprawdź, czy ten telefon lub komputer ma internet.
    Sprawdź, czy adres internetowy jest dobry.
error-relay_refused =
    Serwer nie przyjął tej zmiany.
    Twój plan jest bezpieczny na tym telefonie lub komputerze.
    Zapytaj osoby, które prowadzą serwer.

## My places (Easy Read)

my-places-title = Moje miejsca
my-places-intro =
    Miejsca, które Ci pomagają, na przykład dom przyjaciela.
    Są zamknięte w Twoim planie.
    Widzisz je w „Pomoc w pobliżu”, gdy Twój plan jest otwarty.
my-places-empty = Nie masz jeszcze żadnych miejsc.
my-places-add = Dodaj miejsce
my-places-add-title = Dodaj miejsce
my-places-edit-title = Zmień to miejsce
my-places-edit = Zmień
my-places-remove = Usuń
my-places-remove-confirm = Usunąć { $name }?
my-places-remove-yes = Tak, usuń
my-places-remove-no = Zostaw
my-places-name = Nazwa
my-places-phone = Numer telefonu (możesz zostawić puste)
my-places-address = Adres (możesz zostawić puste)
my-places-town = Miejscowość (możesz zostawić puste)
my-places-postcode = Kod pocztowy (możesz zostawić puste)
my-places-position = Gdzie to jest na mapie (możesz zostawić puste)
my-places-position-hint =
    Dwie liczby z przecinkiem, na przykład 52.9107, -0.6423.
    Jeśli zostawisz puste, Harbour użyje środka miejscowości.
my-places-hours = Godziny otwarcia (możesz zostawić puste)
my-places-hours-hint =
    Napisz je tak: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Notatka (możesz zostawić puste)
my-places-save = Zapisz
my-places-cancel = Anuluj
my-places-not-on-map =
    Tego miejsca nie ma na mapie.
    Harbour nie zna tej miejscowości.
    Wyszukaj nazwę miejsca, żeby je znaleźć.
my-places-added-by-you = Dodane przez Ciebie
find-kind-other = Inne
error-place_name_required = Nadaj miejscu nazwę.
error-phone_invalid =
    To nie wygląda na numer telefonu.
    Używaj tylko cyfr, spacji i znaku + na początku.
error-opening_hours_invalid =
    Harbour nie może odczytać tych godzin otwarcia.
    Napisz je tak: Mo-Fr 09:00-17:00.
    Albo zostaw puste.
error-coordinates_invalid =
    To miejsce na mapie nie wygląda dobrze.
    Wpisz dwie liczby z przecinkiem między nimi.
    Albo zostaw puste.
error-my_place_not_found =
    Tego miejsca już nie ma.
    Ktoś mógł je usunąć.

## Daily check-in

checkin-heading = Jak się dziś czujesz?
checkin-note-label = Napisz kilka słów, jeśli chcesz. Widzisz je tylko ty.
checkin-green = Zielony: jest dobrze
checkin-amber = Żółty: jest trudno
checkin-red = Czerwony: jest bardzo źle
checkin-privacy =
    Dotknij jednego koloru.
    Twoje słowa zostają u ciebie.
    Pomocnicy widzą twój kolor tylko, jeśli się zgodzisz.
checkin-saved = Zapisano. Dziękujemy.
checkin-red-heading = Wybrano czerwony. Nie musisz być z tym w pojedynkę.
checkin-red-body =
    Twój plan kryzysowy jest tutaj.
    Możesz poprosić pomocników o pomoc.
    Nic nie zostanie wysłane, dopóki nie dotkniesz.
section-checkins-title = Mój kolor każdego dnia

## Photos

photo-add = Dodaj zdjęcie
error-photo_invalid =
    Ten plik to nie zdjęcie.
    Wybierz zdjęcie.
error-photo_too_large =
    To zdjęcie jest za duże.
    Wybierz mniejsze zdjęcie.

## Notifications

settings-notifications-intro =
    Harbour może pokazać Ci wiadomość na tym telefonie lub komputerze.
    Ty wybierasz, jakie wiadomości.
    Wiadomości nigdy nie pokazują, co jest w planie.
settings-notify-signals = Powiedz mi, gdy osoba, której pomagam, uruchomi plan kryzysowy albo poprosi o pomoc
settings-review-reminder = Przypominaj mi, żeby zajrzeć do mojego planu
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body =
    Otwórz Harbour i przeczytaj plan kryzysowy. Napisała go osoba: { $person }.
    Plan mówi, jak możesz pomóc.
    Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod 999.
notify-review-body =
    Dawno nie zaglądasz do niektórych części planu.
    Otwórz Harbour, kiedy poczujesz się gotowy(-a).
