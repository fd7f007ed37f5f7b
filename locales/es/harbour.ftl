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

## Find help (crisis cafés, safe havens and peer groups nearby)

nav-find-help = Ayuda cerca
home-find-heading = Un sitio adonde ir
home-find-body = Encuentra cafés de crisis, refugios seguros y grupos de apoyo entre iguales cerca de una localidad. Funciona sin internet.
find-title = Ayuda cerca
find-intro = Escribe una ciudad o un pueblo. Harbour busca en su propia lista en este dispositivo; no se envía nada a ningún sitio.
find-place-label = Ciudad o pueblo
find-place-hint = Por ejemplo: Grantham, Leeds, Cardiff
find-search = Buscar
find-open-now = Solo lugares abiertos ahora
find-kind-label = Tipo de lugar
find-kind-all = Todos los tipos
find-kind-crisis_cafe = Café de crisis
find-kind-safe_haven = Refugio seguro
find-kind-crisis_house = Casa de crisis
find-kind-peer_group = Grupo de apoyo entre iguales
find-kind-drop_in = Sin cita previa
find-kind-helpline = Línea de ayuda
find-near = Cerca de { $place }
find-matching = Lugares que coinciden con «{ $query }»
find-none = No hemos encontrado nada aquí. Prueba con una ciudad más grande cercana o llama a una de las líneas de «Ayuda ahora».
find-none-open = Ahora mismo no hay nada abierto cerca. Las líneas de ayuda atienden de día y de noche.
find-status-open-all-day = Abierto 24 horas
find-status-open-until = Abierto hasta las { $time }
find-status-open-until-day = Abierto hasta el { $day ->
    [monday] lunes
    [tuesday] martes
    [wednesday] miércoles
    [thursday] jueves
    [friday] viernes
    [saturday] sábado
   *[sunday] domingo
  } a las { $time }
find-status-opens-at = { $day ->
    [today] Abre hoy a las { $time }
    [tomorrow] Abre mañana a las { $time }
    [monday] Abre el lunes a las { $time }
    [tuesday] Abre el martes a las { $time }
    [wednesday] Abre el miércoles a las { $time }
    [thursday] Abre el jueves a las { $time }
    [friday] Abre el viernes a las { $time }
    [saturday] Abre el sábado a las { $time }
   *[sunday] Abre el domingo a las { $time }
  }
find-status-closed = Cerrado esta semana
find-status-unknown = Horario desconocido: llama o infórmate antes de ir
find-distance = A { $km } km
find-distance-approx = A unos { $km } km (centro de la localidad)
find-distance-unknown = Distancia desconocida
find-referral-self_referral = Puedes ir sin derivación
find-referral-phone_first = Llama o pide cita antes de ir
find-referral-referral_needed = Necesita derivación de un profesional
find-age = Edades: { $ages }
find-call = Llamar
find-directions = Cómo llegar
find-website = Sitio web
find-hours-source = Horario según la fuente: { $text }
find-last-checked = Última comprobación: { $date }
find-stale = { $months ->
    [one] Puede estar desactualizado: se comprobó por última vez hace { $months } mes
    [many] Puede estar desactualizado: se comprobó por última vez hace { $months } de meses
   *[other] Puede estar desactualizado: se comprobó por última vez hace { $months } meses
}
find-stale-source = Puede estar desactualizado: la fuente es antigua o era un proyecto piloto
find-source = Fuente
find-report = Informar de un problema
find-caution = Los lugares cambian de horario y a veces cierran. Llama antes si puedes. En una emergencia, llama al 999.
help-nearby-heading = Abierto ahora cerca de { $place }
help-nearby-none = Ahora mismo no hay nada abierto cerca de { $place }.
help-find-more = Ayuda cerca

## The plan in the app (navigation, unlock, quick exit)

nav-quick-exit = Salida rápida
nav-quick-exit-hint = Oculta Harbour al instante y bloquea tu plan. Atajo: pulsa Escape dos veces.
nav-settings = Ajustes
nav-my-plan = Mi plan
nav-lock = Bloquear
unlock-title = Desbloquea tu plan
unlock-lead = Escribe tu frase de acceso para abrir tu plan.
unlock-passphrase-label = Frase de acceso
unlock-button = Desbloquear
unlock-working = Desbloqueando…
unlock-use-recovery = No recuerdo mi frase de acceso: usar mi clave de recuperación
unlock-use-passphrase = Usar mi frase de acceso
unlock-recovery-label = Clave de recuperación
unlock-recovery-hint = La clave que imprimiste o guardaste al configurar Harbour. Los espacios y guiones no importan.
unlock-locked-idle = Harbour se ha bloqueado solo para mantener tu plan en privado.
neutral-title = Notas
neutral-note-label = Nota
neutral-done = Hecho

## Language and Easy Read

language-label = Idioma
easy-read-label = Lectura fácil: frases más cortas y palabras más sencillas
language-needs-review = Esta traducción es nueva. Todavía no la ha revisado una persona nativa.
easy-read-toggle = Lectura fácil
read-aloud = Leer en voz alta
read-aloud-stop = Dejar de leer

## Home (unlocked), sections and the crisis plan

home-plan-title = Mi plan
home-plan-intro = Escribe poco a poco. Todo se guarda mientras escribes.
home-crisis-heading = Mi plan de crisis
home-crisis-status = Estado: { $status }
home-crisis-open = Abrir mi plan de crisis
home-crisis-edit = Editar mi plan de crisis
home-sections-heading = Partes de mi plan
home-filled = { $filled } de { $total } completadas
home-last-reviewed = Última revisión: { $date }
home-never-reviewed = Sin revisar todavía
home-views-heading = Leer e imprimir
home-view-full = Todo mi plan
home-view-safety = Plan de seguridad en una página
home-view-crisis = Vista de crisis
home-view-card = Tarjeta de crisis de bolsillo
crisis-status-inactive = no activo
crisis-status-active = activo
crisis-status-stood_down = desactivado
crisis-status-since = Cambiado por { $by } el { $date }
section-toolbox-title = Caja de herramientas para el bienestar
section-toolbox-intro = Lo que te ayuda a estar bien y lo que prefieres evitar. Las cosas pequeñas cuentan.
section-daily-title = Plan diario
section-daily-intro = Cómo es un buen día para ti y qué te ayuda a mantenerlo así.
section-triggers-title = Desencadenantes
section-triggers-intro = Lo que puede hacerte retroceder y lo que puedes hacer cuando pasa. Ve a tu ritmo.
section-early_warning-title = Señales de alerta temprana
section-early_warning-intro = Pequeños cambios que te indican que las cosas pueden empezar a torcerse, y qué ayuda entonces.
section-breaking_down-title = Cuando todo se viene abajo
section-breaking_down-intro = Señales de que las cosas van mucho peor y los pasos urgentes que ayudan, como pedir ayuda.
section-crisis-title = Plan de crisis
section-crisis-intro = Esta parte está escrita para las personas que te apoyan, para que sepan lo que quieres si no puedes decirlo.
section-after_crisis-title = Después de una crisis
section-after_crisis-intro = Cómo sabrás que la crisis ha pasado y qué te ayuda a recuperarte.
section-reasons-title = Razones para seguir adelante
section-reasons-intro = Esta parte es solo para ti y es opcional. Las personas, las cosas y los momentos que te importan.
crisis-part-well = Cómo soy cuando estoy bien
crisis-part-take_over = Señales de que otras personas deben tomar el relevo
crisis-part-people = Las personas que quiero, y las que no quiero, que participen
crisis-part-medication = Medicación
crisis-part-treatments = Tratamientos
crisis-part-home = Cuidados en casa, en la comunidad o de respiro
crisis-part-places = Lugares de tratamiento
crisis-part-help = Ayuda de otras personas
crisis-part-surroundings = Hacer mi entorno más seguro
crisis-part-money = Asuntos de dinero
crisis-part-ending = Cuando este plan ya no haga falta
crisis-parts-heading = Partes de mi plan de crisis
crisis-back = Todas las partes de mi plan de crisis

## First run

welcome-title = Te damos la bienvenida a Harbour
welcome-lead = Harbour es un lugar tranquilo y privado para escribir lo que te ayuda a estar bien y lo que quieres que pase si las cosas se ponen difíciles.
welcome-does-heading = Lo que hace Harbour
welcome-does-1 = Guarda tu plan en este dispositivo, protegido con una frase de acceso que solo tú conoces.
welcome-does-2 = Te ayuda a escribirlo, parte por parte, a tu ritmo.
welcome-does-3 = Te permite imprimir una tarjeta de crisis o un plan de seguridad de una página.
welcome-doesnt-heading = Lo que Harbour no hace
welcome-doesnt-1 = No tiene cuentas ni rastreo. Nada de lo que escribes sale de este dispositivo a menos que decidas compartirlo.
welcome-doesnt-2 = No llama a nadie por ti y no es un servicio de emergencias.
welcome-doesnt-3 = No puede abrir tu plan sin tu frase de acceso o tu clave de recuperación. Nadie puede, ni siquiera nosotros.
welcome-start = Empezar
welcome-restore = Tengo un archivo de copia de seguridad
welcome-step = Paso { $step } de { $total }
welcome-next = Siguiente
welcome-back = Atrás
passphrase-title = Elige una frase de acceso
passphrase-lead = Tu frase de acceso protege tu plan. Funcionan bien unas cuantas palabras cotidianas que solo a ti se te ocurriría juntar, como «tetera río amarillo calcetín».
passphrase-label = Frase de acceso
passphrase-confirm-label = Escríbela otra vez
passphrase-show = Mostrar la frase de acceso
passphrase-strength = Seguridad: { $level }
passphrase-strength-0 = demasiado corta
passphrase-strength-1 = débil
passphrase-strength-2 = aceptable
passphrase-strength-3 = buena
passphrase-strength-4 = fuerte
passphrase-tip-length = Usa al menos 10 caracteres. Cuanto más larga, más segura.
passphrase-tip-words = Prueba a añadir otra palabra.
passphrase-tip-common = Esa es muy común y fácil de adivinar.
passphrase-tip-good = Tiene buena pinta.
passphrase-mismatch = Las dos frases todavía no son iguales.
passphrase-create = Proteger mi plan con esta frase
passphrase-creating = Preparando tu plan. Tardará un momento…
recovery-title = Tu clave de recuperación
recovery-lead = Si alguna vez olvidas tu frase de acceso, esta clave es la única otra forma de entrar en tu plan. Solo te la mostraremos esta vez.
recovery-key-label = Clave de recuperación
recovery-print = Imprimirla
recovery-save = Guardarla en un archivo
recovery-saved-to = Guardada como { $name } en { $path }
recovery-confirm = He guardado mi clave de recuperación en un lugar seguro
recovery-confirm-first = Primero imprime o guarda la clave y después marca la casilla.
recovery-continue = Ir a mi plan
recovery-keep-safe = Guárdala lejos de este dispositivo, en un sitio privado: con tus papeles importantes o con alguien de confianza.
