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
