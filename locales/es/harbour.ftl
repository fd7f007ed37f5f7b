# Harbour — español (Spanish). Translated from en-GB/harbour.ftl.
# Status: needs-review (see locale.toml). Keep the ids; change only the text.

app-name = Harbour
skip-to-content = Ir al contenido
loading = Cargando…

## Navigation

nav-get-help-now = Ayuda ahora

## Home

home-title = Te damos la bienvenida a Harbour
home-intro = Harbour guarda tu plan de recuperación y de crisis de forma segura en este dispositivo, y solo lo comparte con las personas que tú elijas.
home-help-heading = ¿Necesitas hablar con alguien ahora?
home-help-body = Las líneas de ayuda atienden de día y de noche. Desde aquí puedes llamarlas o enviarles un mensaje.
home-privacy-heading = Tu plan es tuyo
home-privacy-body = Nada de lo que escribes sale de este dispositivo a menos que decidas compartirlo. Harbour no tiene cuentas ni rastreo.

## Get help now

help-title = Ayuda ahora
help-intro = No tienes que pasar por esto en soledad. Estas líneas de ayuda están aquí para escucharte.
help-country-label = País
help-call = Llamar
help-text = Enviar mensaje
help-hours = Horario: { $hours }
help-last-checked = Última comprobación: { $date }
help-source = Fuente
help-none = Todavía no tenemos líneas de ayuda para este país. Elige otro país o busca servicios locales.
help-caution = Los números y los horarios pueden cambiar. Cada uno muestra de dónde procede y cuándo se comprobó por última vez.

## Errors (one per error code from the Rust core)

error-invalid_input = Algo no parece correcto. Revísalo y vuelve a intentarlo.
error-data_invalid = No se ha podido leer parte de la información incluida en Harbour. Avisa al equipo de Harbour.
error-internal = Algo ha salido mal. No se ha perdido nada de lo que escribiste.
