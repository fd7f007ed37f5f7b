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
find-place-label = Ciudad, pueblo o código postal
find-place-hint = Por ejemplo: Grantham, Leeds, Cardiff o M1 1AD
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
find-distance-in-town = En { $town } (centro de la localidad)
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
nav-menu = Menú
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

# Exported and printed pages (plan export)
export-crisis-status = Plan de crisis: { $status }
export-not-dated = Todavía sin fecha
export-footer = Hecho con Harbour. Esta página es privada: guárdala en un lugar seguro.
export-emergency = En caso de emergencia, llama al 999 (Reino Unido) o a tu número de emergencias local.
export-date = Fecha
export-page = Página { $page } de { $pages }
advance-title = Mi documento de decisiones anticipadas
advance-law = Un documento de decisiones anticipadas (advance choice document), según la Ley de Salud Mental de 2025 (Inglaterra y Gales).
advance-declaration = Este es mi documento de decisiones anticipadas. Lo hice cuando me encontraba bien y podía tomar decisiones sobre mi atención. Dice lo que quiero, y lo que no quiero, si me pongo mal y no puedo decirlo. Por favor, léanlo y síganlo en la medida de lo posible.
advance-part-values = Mis valores y lo que me importa
advance-part-medication = Medicación: lo que prefiero, lo que acepto, lo que rechazo
advance-part-treatments = Tratamiento: lo que prefiero, lo que acepto, lo que rechazo
advance-part-people = A quién implicar, y a quién no
advance-part-home = Atención en casa o en la comunidad
advance-part-practical = Cuestiones prácticas: quién se ocupa de qué
advance-part-places = Lugares de atención
advance-part-shared = Quién tiene una copia
advance-made-on = Hecho el { $date }
advance-reviewed-on = Revisado por última vez el { $date }
advance-person-name = Mi nombre
advance-signed-person = Mi firma
advance-witness-statement = Vi firmar este documento a la persona que lo hizo.
advance-witness-name = Nombre del testigo
advance-signed-witness = Firma del testigo
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
crisis-part-advance_choice = Mi documento de decisiones anticipadas
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
recovery-lead = Si alguna vez olvidas tu frase de acceso, esta clave es la única otra forma de entrar en tu plan. Podrás volver a verla en Ajustes, escribiendo tu frase de acceso.
recovery-key-label = Clave de recuperación
recovery-print = Imprimirla
recovery-save = Guardarla en un archivo
recovery-saved-to = Guardada como { $name } en { $path }
recovery-confirm = He guardado mi clave de recuperación en un lugar seguro
recovery-confirm-first = Primero imprime o guarda la clave y después marca la casilla.
recovery-continue = Ir a mi plan
recovery-keep-safe = Guárdala lejos de este dispositivo, en un sitio privado: con tus papeles importantes o con alguien de confianza.

## First run: language

welcome-language-title = Idioma y lectura
welcome-language-lead = Elige cómo te habla Harbour. Puedes cambiarlo más tarde en Ajustes.
welcome-language-label = Idioma
welcome-easy-read-label = Lectura fácil: frases más cortas y palabras más sencillas

## Fields: a label, a gentle prompt, and an example, for every field

field-toolbox-helps = Lo que me ayuda a estar bien
field-toolbox-helps-hint = Cualquier cosa que te anime, te calme o te dé estabilidad.
field-toolbox-helps-example = Por ejemplo: un paseo junto al río, llamar a mi hermana, escuchar música con auriculares, un baño caliente.
field-toolbox-avoid = Lo que intento evitar
field-toolbox-avoid-hint = Lo que suele hacerte sentir peor.
field-toolbox-avoid-example = Por ejemplo: demasiado café, mirar el móvil hasta tarde, saltarme comidas.
field-daily-when_well = Cómo soy cuando estoy bien
field-daily-when_well-hint = Descríbete en un buen día, con tus propias palabras.
field-daily-when_well-example = Por ejemplo: hablo mucho, disfruto cocinando, duermo unas ocho horas, me río de tonterías.
field-daily-every_day = Lo que necesito hacer cada día
field-daily-every_day-hint = Las pequeñas cosas de cada día que te ayudan a estar bien.
field-daily-every_day-example = Por ejemplo: desayunar, tomar mis pastillas, salir a la calle diez minutos.
field-daily-might_need = Lo que quizá necesite hacer
field-daily-might_need-hint = Cosas que ayudan de vez en cuando, no todos los días.
field-daily-might_need-example = Por ejemplo: poner la lavadora, ver a una amiga, pagar una factura.
field-triggers-triggers = Lo que puede hacerme retroceder
field-triggers-triggers-hint = Situaciones o sucesos que pueden afectarte o desequilibrarte.
field-triggers-triggers-example = Por ejemplo: discusiones, aniversarios, preocupaciones de dinero, sitios ruidosos y llenos de gente.
field-triggers-must_do = Cuando pase, haré esto
field-triggers-must_do-hint = Lo que harás cada vez que aparezca un desencadenante.
field-triggers-must_do-example = Por ejemplo: contárselo a alguien de confianza, hacer un ejercicio de respiración, ir a un sitio tranquilo.
field-triggers-might_do = También podría
field-triggers-might_do-hint = Cosas que vale la pena probar si tienes energía.
field-triggers-might_do-example = Por ejemplo: escribirlo, salir a correr, ver una película que me guste.
field-early_warning-signs = Pequeños cambios que noto
field-early_warning-signs-hint = Cambios que puedes notar al principio, tú o las personas cercanas a ti.
field-early_warning-signs-example = Por ejemplo: dormir mal, no contestar mensajes, estar con los nervios a flor de piel.
field-early_warning-must_do = Cuando los note, haré esto
field-early_warning-must_do-hint = Pasos que te ayudan a volver a tu camino.
field-early_warning-must_do-example = Por ejemplo: acostarme siempre a la misma hora, contárselo a mi pareja, usar mi caja de herramientas cada día.
field-early_warning-might_do = También podría
field-early_warning-might_do-hint = Otras cosas que a veces ayudan.
field-early_warning-might_do-example = Por ejemplo: tomarme un día libre en el trabajo, ir a mi médico de cabecera.
field-breaking_down-signs = Señales de que las cosas van mucho peor
field-breaking_down-signs-hint = Las señales que te indican, a ti o a otras personas, que ahora necesitas más ayuda.
field-breaking_down-signs-example = Por ejemplo: no comer, pasar días sin dormir, sentir que no hay esperanza.
field-breaking_down-must_do = Lo urgente que haré
field-breaking_down-must_do-hint = Incluye a quién pedirás ayuda y cómo.
field-breaking_down-must_do-example = Por ejemplo: llamar a mi coordinador de cuidados, quedarme en casa de mi amigo, llamar a una línea de ayuda.
field-breaking_down-might_do = También podría
field-breaking_down-might_do-hint = Otras cosas que podrían ayudar en ese momento.
field-breaking_down-might_do-example = Por ejemplo: pedir a un amigo que se quede a dormir, darle a alguien las llaves del coche.
field-crisis-when_well = Cómo soy cuando estoy bien
field-crisis-when_well-hint = Para que otras personas noten la diferencia. Escríbelo para alguien que quizá no te conozca bien.
field-crisis-when_well-example = Por ejemplo: soy una persona callada pero amable, me gusta la rutina, cuido de mi perro todos los días.
field-crisis-take_over_signs = Señales de que otras personas deben tomar el relevo
field-crisis-take_over_signs-hint = Lo que verían los demás que indica que necesitas que actúen por ti.
field-crisis-take_over_signs-example = Por ejemplo: dejo de comer, no reconozco a la gente, hablo de no querer estar aquí.
field-crisis-supporters = Personas que quiero que me ayuden
field-crisis-supporters-hint = Quiénes son, cómo contactar con ellas y qué te gustaría que hiciera cada una.
field-crisis-supporters-example = Por ejemplo: Sam, mi hermana, 07700 900123, se queda conmigo y llama a mi médico de cabecera.
field-crisis-not_involved = Personas que no quiero que participen
field-crisis-not_involved-hint = Puedes decir por qué, si quieres.
field-crisis-not_involved-example = Por ejemplo: una expareja.
field-crisis-disagreements = Si las personas que me apoyan no están de acuerdo
field-crisis-disagreements-hint = Cómo te gustaría que se resolvieran los desacuerdos entre las personas que te apoyan.
field-crisis-disagreements-example = Por ejemplo: mi hermana tiene la última palabra.
field-crisis-medication_current = Medicación que tomo ahora
field-crisis-medication_current-hint = Nombre, dosis y para qué es, si lo sabes.
field-crisis-medication_current-example = Por ejemplo: sertralina 50 mg cada mañana.
field-crisis-medication_preferred = Medicación que prefiero
field-crisis-medication_preferred-hint = Y por qué: lo que te ha ayudado antes.
field-crisis-medication_preferred-example = Por ejemplo: diazepam, porque me calma sin dejarme fuera de combate.
field-crisis-medication_acceptable = Medicación que aceptaría
field-crisis-medication_acceptable-hint = Si lo que prefieres no es posible.
field-crisis-medication_acceptable-example = Por ejemplo: unos días de pastillas para dormir.
field-crisis-medication_unacceptable = Medicación que no quiero
field-crisis-medication_unacceptable-hint = Y por qué, para que la gente lo entienda.
field-crisis-medication_unacceptable-example = Por ejemplo: olanzapina, porque la última vez engordé.
field-crisis-allergies = Alergias
field-crisis-allergies-hint = A medicamentos, alimentos o cualquier otra cosa.
field-crisis-allergies-example = Por ejemplo: penicilina.
field-crisis-treatments_current = Tratamientos o terapias que tengo ahora
field-crisis-treatments_current-hint = Todo lo que forma parte de tu atención en este momento.
field-crisis-treatments_current-example = Por ejemplo: terapia psicológica una vez por semana.
field-crisis-treatments_preferred = Tratamientos que prefiero
field-crisis-treatments_preferred-hint = Y por qué: lo que te ha ayudado antes.
field-crisis-treatments_preferred-example = Por ejemplo: visitas del equipo de atención domiciliaria, porque estar en casa me ayuda.
field-crisis-treatments_acceptable = Tratamientos que aceptaría
field-crisis-treatments_acceptable-hint = Si lo que prefieres no es posible.
field-crisis-treatments_acceptable-example = Por ejemplo: una estancia corta en una casa de crisis.
field-crisis-treatments_unacceptable = Tratamientos que no quiero
field-crisis-treatments_unacceptable-hint = Y por qué, para que la gente lo entienda.
field-crisis-treatments_unacceptable-example = Por ejemplo: que me sujeten, por lo que pasó la otra vez.
field-crisis-home_care = Un plan para quedarme en casa, en la comunidad o en un servicio de respiro
field-crisis-home_care-hint = Lo que te permitiría pasar una crisis en casa o cerca, con el apoyo adecuado.
field-crisis-home_care-example = Por ejemplo: mis amigos se turnan para quedarse conmigo y el equipo de crisis me visita cada día.
field-crisis-places_preferred = Lugares que prefiero para el tratamiento
field-crisis-places_preferred-hint = Hospitales, casas de crisis u otros lugares que te han sentado bien.
field-crisis-places_preferred-example = Por ejemplo: la casa de crisis del pueblo.
field-crisis-places_unacceptable = Lugares a los que no quiero ir
field-crisis-places_unacceptable-hint = Puedes decir por qué.
field-crisis-places_unacceptable-example = Por ejemplo: una planta de hospital lejos de casa.
field-crisis-help_wanted = Lo que me ayuda cuando estoy en crisis
field-crisis-help_wanted-hint = Lo que otras personas pueden hacer o decir que te ayuda.
field-crisis-help_wanted-example = Por ejemplo: hablar despacio, sentarse conmigo, recordarme que beba agua.
field-crisis-help_unwanted = Lo que no ayuda
field-crisis-help_unwanted-hint = Lo que otras personas deberían evitar, aunque tengan buena intención.
field-crisis-help_unwanted-example = Por ejemplo: muchas preguntas, agobiarme, decirme que me anime.
field-crisis-if_danger = Si soy un peligro para mí o para otras personas
field-crisis-if_danger-hint = Lo que te gustaría que hiciera la gente.
field-crisis-if_danger-example = Por ejemplo: quitarme las llaves del coche, llamar a la línea de crisis, quedarse conmigo.
field-crisis-responsibilities = Quién se ocupa de qué
field-crisis-responsibilities-hint = Hijos, mascotas, facturas, tu casa: quién se ocupa de cada cosa.
field-crisis-responsibilities-example = Por ejemplo: dar de comer al gato: mi vecina, Jo.
field-crisis-safer_surroundings = Hacer mi entorno más seguro
field-crisis-safer_surroundings-hint = Cosas que apartar o quitar mientras las cosas estén difíciles.
field-crisis-safer_surroundings-example = Por ejemplo: llevar las pastillas que me sobran a la farmacia.
field-crisis-money = Asuntos de dinero
field-crisis-money-hint = Facturas, tarjetas y gastos, y quién puede ayudar.
field-crisis-money-example = Por ejemplo: mi banco tiene una nota para bloquear mi tarjeta; mi hermano paga el alquiler.
field-crisis-no_longer_needed_signs = Señales de que este plan ya no hace falta
field-crisis-no_longer_needed_signs-hint = Cómo sabrá la gente que puedes volver a llevar las riendas.
field-crisis-no_longer_needed_signs-example = Por ejemplo: duermo toda la noche, cocino para mí.
field-crisis-values_statement = Lo que me importa
field-crisis-values_statement-hint = Tus valores, tus creencias y lo que más te importa, para que otras personas puedan decidir como lo harías tú.
field-crisis-values_statement-example = Por ejemplo: estar cerca de mis hijos, mi fe, conservar mi trabajo.
field-crisis-professionals_shared = Profesionales y servicios con quienes lo he compartido
field-crisis-professionals_shared-hint = Quién tiene una copia de tus decisiones anticipadas: tu médico de cabecera, tu equipo de atención u otras personas.
field-crisis-professionals_shared-example = Por ejemplo: la Dra. Rees, mi médica de cabecera; el equipo comunitario de salud mental.
field-after_crisis-out_of_crisis_signs = Cómo sabré que he salido de la crisis
field-after_crisis-out_of_crisis_signs-hint = Las señales de que lo peor ya ha pasado.
field-after_crisis-out_of_crisis_signs-example = Por ejemplo: tengo ganas de volver a ver a mis amigos.
field-after_crisis-helpers = Quién me ayuda después
field-after_crisis-helpers-hint = Personas que te ayudan a recuperarte.
field-after_crisis-helpers-example = Por ejemplo: mi trabajador de apoyo entre iguales, mi vecino.
field-after_crisis-first_steps = Lo que haré primero
field-after_crisis-first_steps-hint = Primeros pasos suaves para volver a tu vida de cada día.
field-after_crisis-first_steps-example = Por ejemplo: un paseo corto al día, volver al trabajo a media jornada.
field-after_crisis-learning = Lo que puedo aprender de esto
field-after_crisis-learning-hint = Lo que quieras recordar o cambiar para la próxima vez.
field-after_crisis-learning-example = Por ejemplo: necesito pedir ayuda antes.
field-reasons-reasons = Mis razones para seguir adelante
field-reasons-reasons-hint = Personas, mascotas, planes, lugares, cualquier cosa que te importe.
field-reasons-reasons-example = Por ejemplo: mi sobrina, volver a ver el mar, mi gato Pickle.
field-reasons-good_moments = Buenos momentos
field-reasons-good_moments-hint = Recuerdos que quieres tener cerca.
field-reasons-good_moments-example = Por ejemplo: el día que vimos amanecer en la playa.

## The values inside a list item

item-key-text = Qué
item-key-why = Por qué
item-key-name = Nombre
item-key-role = Quién es para mí
item-key-contact = Cómo contactar
item-key-tasks = Qué me gustaría que hiciera
item-key-task = Qué hay que hacer
item-key-who = Quién lo hará

## Editing

editor-back-home = Volver a mi plan
editor-add = Añadir
editor-add-label = Añadir a «{ $field }»
editor-add-another = Añadir otro
editor-move-up = Subir
editor-move-down = Bajar
editor-remove = Quitar
editor-item-label = Elemento { $n }
editor-removed = Quitado.
editor-undo = Deshacer
editor-empty-list = Aquí no hay nada todavía.
editor-mark-reviewed = He revisado esta parte hoy
editor-reviewed-today = Revisado hoy. Gracias.
editor-next-section = Siguiente: { $section }
save-saving = Guardando…
save-saved = Guardado
save-error = Todavía no se ha guardado. Harbour lo volverá a intentar.

## Views and printing

views-title = Leer e imprimir
views-full = Todo mi plan
views-safety = Plan de seguridad
views-crisis = Vista de crisis
views-card = Tarjeta de crisis
views-print = Imprimir
views-save-pdf = Guardar como archivo PDF
# $name (String) - the file name the PDF was saved as, with today's date, e.g. "harbour-crisis-card-2026-12-07.pdf"
# $path (String) - the full path of that file, folder and file name, e.g. "/home/sam/Downloads/harbour-crisis-card-2026-12-07.pdf"
views-pdf-saved = Guardado como { $name } en { $path }. Esta copia no está protegida con tu frase de contraseña: guárdala en un lugar privado.
views-print-a4 = Papel A4
views-print-phone = Páginas del tamaño del móvil
views-print-layout = Tamaño de página
views-valid-as-of = Válido a fecha de { $date }
views-reviewed = Última revisión: { $date }
views-empty = Aquí no hay nada escrito todavía.
views-empty-hint = Empieza a escribir en «Mi plan» y aparecerá aquí.
views-card-title = Mi tarjeta de crisis
views-card-intro = Recórtala y guárdala en tu cartera o monedero.
views-card-contacts = Por favor, contacte con
views-card-helps = Lo que me ayuda
views-card-allergies = Alergias
views-card-more = Mi plan de crisis completo está en Harbour, en mi móvil.
views-card-medication = Medicación que tomo
views-card-avoid = Lo que no me ayuda
views-card-not-involved = Por favor, no involucrar a
safety-part-safety_warning_signs = Mis señales de alerta
safety-part-safety_coping = Lo que puedo hacer para sobrellevarlo
safety-part-safety_actions = Lo que haré
safety-part-safety_people = Personas a las que puedo pedir ayuda
safety-part-safety_surroundings = Hacer mi entorno más seguro
safety-part-safety_reasons = Mis razones para seguir adelante
crisis-activate = Activar mi plan de crisis
crisis-stand-down = Desactivar mi plan de crisis
crisis-activate-note = Esto marca tu plan de crisis como activo, para que quede claro, para ti y para las personas con quienes lo compartes, que se está usando. No llama a nadie ni envía nada.
crisis-me = mí

## Settings

settings-title = Ajustes
settings-display = Aspecto de Harbour
settings-text-size = Tamaño del texto
settings-text-size-value = { $percent } %
settings-high-contrast = Alto contraste
settings-reduced-motion = Reducir el movimiento
settings-language = Idioma y lectura fácil
settings-privacy = Privacidad
settings-auto-lock = Bloquear cuando deje de usar Harbour durante
settings-auto-lock-minutes = { $minutes ->
    [one] 1 minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
  }
settings-notifications = Notificaciones
settings-notifications-intro = Harbour las muestra solo en este dispositivo, y solo las que actives. Nunca muestran lo que está escrito en un plan.
settings-notify-signals = Avisarme cuando alguien que comparte su plan conmigo active su plan de crisis o pida ayuda
settings-review-reminder = Recordarme que revise mi plan
settings-review-reminder-never = Nunca
# $days (Number) - days between reminders: 14, 30 or 90, e.g. 30
settings-review-reminder-days = Cada { $days } días
settings-notify-refused = Este dispositivo no permitió que Harbour muestre notificaciones. Puedes permitirlas en los ajustes del dispositivo y volver a activar esto.
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-crisis_plan_activated = { $person } ha activado su plan de crisis
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-ask_for_help = { $person } ha pedido ayuda
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-other = { $person } te ha enviado una señal
# $person (String) - the name of someone who shares their plan with you, e.g. "Alex"
notify-signal-body = Abre Harbour para leer el plan de crisis de { $person }: dice lo que le gustaría que hicieras. Si alguien está en peligro ahora, llama al 999.
notify-review-title = Es momento de revisar tu plan
notify-review-body = Hace tiempo que no revisas algunas partes de tu plan. Abre Harbour cuando te sientas preparado.
settings-saved = Ajustes guardados.
settings-passphrase = Cambiar mi frase de acceso
settings-passphrase-current = Frase de acceso actual
settings-passphrase-new = Nueva frase de acceso
settings-passphrase-confirm = Escribe otra vez la nueva
settings-passphrase-change = Cambiar la frase de acceso
settings-passphrase-changed = Tu frase de acceso se ha cambiado. Tu clave de recuperación sigue funcionando.
settings-recovery-key = Mi clave de recuperación
settings-recovery-key-intro = Tu clave de recuperación abre tu plan si olvidas tu frase de acceso. Escribe tu frase de acceso para volver a ver la clave o para hacer una nueva.
settings-recovery-key-passphrase = Tu frase de acceso
settings-recovery-key-show = Ver mi clave de recuperación
settings-recovery-key-new = Hacer una clave de recuperación nueva
settings-recovery-key-working = Comprobando tu frase de acceso…
settings-recovery-key-hide = Ocultar mi clave de recuperación
settings-recovery-key-none = Este plan se creó antes de que Harbour guardara tu clave de recuperación, así que no se puede volver a mostrar. En su lugar, puedes hacer una nueva.
settings-recovery-key-new-explain = Una clave nueva ocupará el lugar de la que tienes ahora. La clave antigua dejará de abrir este plan; tu frase de acceso sigue siendo la misma. Las copias de seguridad hechas antes se siguen abriendo con la clave antigua, así que después haz también una copia de seguridad nueva.
settings-recovery-key-new-confirm = Sí, hacer una clave nueva
settings-recovery-key-new-cancel = Quedarme con mi clave actual
settings-recovery-key-made = Esta es tu nueva clave de recuperación. La clave antigua ya no abre este plan. Las copias de seguridad hechas antes se siguen abriendo con la clave antigua, así que haz también una copia de seguridad nueva.
settings-backup = Copia de seguridad y restauración
settings-backup-intro = Una copia de seguridad es un único archivo protegido con todo tu plan. Guarda una copia en un lugar seguro, fuera de este dispositivo.
settings-backup-passphrase = Frase de acceso de la copia de seguridad
settings-backup-passphrase-hint = La necesitarás (o tu clave de recuperación) para restaurarla. Después de restaurar, pasa a ser tu frase de acceso.
settings-backup-create = Hacer una copia de seguridad
settings-backup-created = Copia de seguridad guardada como { $name } en { $path }
settings-restore = Restaurar desde una copia de seguridad
settings-restore-intro = Esto sustituye el plan de este dispositivo por el de la copia de seguridad. El plan actual se conserva, protegido, en la carpeta de Harbour.
settings-restore-file = Archivo de copia de seguridad
settings-restore-passphrase = Frase de acceso de la copia de seguridad
settings-restore-button = Restaurar
settings-restored = Tu plan se ha restaurado.
settings-about = Acerca de Harbour
settings-about-version = Harbour, versión { $version }
settings-about-body = Harbour es software libre, con licencia MIT o Apache 2.0. No tiene cuentas, ni analíticas, ni informes de errores.
settings-about-data = La información de las líneas de ayuda y los servicios viene de las fuentes que aparecen junto a cada una, con la fecha de la última comprobación.
settings-about-symbols = Imágenes de Lectura fácil: Mulberry Symbols, de Steve Lee, con licencia CC BY-SA 4.0.
settings-about-fonts = El texto se muestra con las fuentes de tu dispositivo.

## Errors from the vault and the plan (one per error code)

error-wrong_passphrase = Esa frase de acceso no abre este plan. Revisa las mayúsculas y los espacios, y vuelve a intentarlo.
error-wrong_recovery_key = Esa clave de recuperación no abre este plan. Compárala con tu copia impresa o guardada.
error-invalid_recovery_key = Eso no parece una clave de recuperación de Harbour. Revisa cada grupo de letras y números.
error-passphrase_required = Escribe tu frase de acceso.
error-vault_corrupt = El archivo de tu plan en este dispositivo está dañado. Puedes restaurarlo desde una copia de seguridad.
error-kdf_params_out_of_range = El archivo de tu plan tiene unos ajustes que Harbour no usa, así que no se ha abierto. Restáuralo desde una copia de seguridad.
error-backup_corrupt = Este archivo de copia de seguridad está dañado o no es una copia de Harbour. No se ha cambiado nada en este dispositivo.
error-vault_exists = Ya hay un plan en este dispositivo.
error-vault_not_found = Todavía no hay ningún plan en este dispositivo.
error-vault_too_new = Este plan se guardó con una versión más reciente de Harbour. Actualiza Harbour para abrirlo.
error-vault_locked = Tu plan está bloqueado. Desbloquéalo para seguir; no se ha perdido nada de lo que escribiste.
error-io = Harbour no ha podido leer o escribir un archivo. Comprueba que hay espacio en este dispositivo y vuelve a intentarlo.
error-storage = Harbour no ha podido guardar ahora mismo. Comprueba que hay espacio en este dispositivo y vuelve a intentarlo.
error-unknown_field = Esa parte del plan no existe.
error-item_not_found = Esa entrada ya no está. Puede que se haya quitado.
error-too_long = Es más largo de lo que Harbour puede guardar en un solo sitio. Divídelo en partes.
error-plan_corrupt = No se ha podido leer una parte de tu plan. Puedes restaurarla desde una copia de seguridad.

## Errors from sharing (one per error code)

error-message_too_large = Este mensaje de sincronización es demasiado grande para abrirlo. No se ha cambiado nada tuyo.
error-message_invalid = Este mensaje de sincronización está dañado, así que no se ha usado. No se ha cambiado nada tuyo.
error-message_unauthentic = No se ha podido verificar este mensaje de sincronización, así que no se ha usado. Puede que lo hayan cambiado por el camino.
error-message_replayed = Este mensaje de sincronización ya se había recibido, así que no se ha vuelto a usar.
error-write_refused = Llegó un cambio de alguien que no tiene permiso para hacerlo, así que Harbour lo ha rechazado.
error-invite_invalid = Esta invitación no parece correcta. Pide una nueva.
error-invite_expired = Esta invitación ha caducado. Pide una nueva.
error-invite_used = Esta invitación ya se ha usado. Pide una nueva.
error-bundle_invalid = Este archivo de sincronización está dañado o no es de Harbour. No se ha cambiado nada tuyo.
error-supporter_not_found = No hay ninguna persona de apoyo con ese nombre.
error-supporter_exists = Ya tienes una persona de apoyo con ese nombre. Elige otro nombre.
error-person_not_found = Nadie con ese nombre comparte un plan contigo.
error-device_not_found = No hay ningún dispositivo vinculado con ese nombre.
error-rate_limited = Se acaba de enviar una señal. Espera un poco antes de enviar otra.
error-code_mismatch = Ese código no coincide. No se ha compartido nada. Comprueba el código en la otra pantalla e inténtalo de nuevo.
error-code_ambiguous = Más de una aplicación ha respondido con ese código, así que puede que otra persona tenga el enlace. Para ir sobre seguro, no se ha añadido a nadie: detén esta invitación y crea una nueva.
error-vault_busy = Tu plan está abierto en otra ventana o programa de Harbour. Ciérralo allí e inténtalo de nuevo.
error-passphrase_too_short = Una frase de acceso nueva necesita al menos 10 caracteres. Cuanto más larga, más segura.
error-output_file_required = Un PDF solo se puede guardar en un archivo. Elige dónde guardarlo.

## Sharing

home-sharing-heading = Compartir
home-sharing-body = Comparte partes de tu plan con personas de confianza, lee los planes que otras personas comparten contigo y vincula tus otros dispositivos. No se comparte nada hasta que tú lo decidas.
nav-supporters = Personas con quienes comparto
nav-shared = Compartido conmigo
nav-devices = Mis dispositivos

supporters-title = Personas con quienes comparto
supporters-intro = Tú eliges exactamente qué partes de tu plan ve cada persona. Necesitan Harbour, pero no una cuenta.
supporters-empty = Todavía no compartes tu plan con nadie.
supporters-state-invited = Invitación enviada: esperando a que se una
supporters-state-expired = La invitación caducó antes de que se uniera. Deja de compartir y vuelve a invitar a esta persona.
supporters-state-active = Compartiendo: recibe tus actualizaciones
supporters-state-revoked = Has dejado de compartir
supporters-sees = Ve: { $sections }
supporters-invited-at = Invitación enviada: { $when }
supporters-last-synced = Última actualización de esta persona: { $when }
supporters-never-synced = Todavía no hay ninguna actualización de esta persona
supporters-role-accepted = Ha aceptado su papel en tu plan.
supporters-availability = En sus palabras: «{ $words }»
supporters-signals-on = Se le avisará si activas tu plan de crisis o pides ayuda.
supporters-replies = Sus respuestas
supporters-revoke = Dejar de compartir con esta persona
supporters-revoke-explain = Si dejas de compartir, { $name } no recibirá más actualizaciones, y Harbour borrará tu plan de su dispositivo la próxima vez que reciba una actualización tuya. Lo que ya haya visto puede quedarse con esta persona, por ejemplo si lo copió, lo imprimió o le hizo una foto.
supporters-revoke-confirm = Dejar de compartir
supporters-revoke-cancel = Seguir compartiendo
supporters-revoked-done = Has dejado de compartir con { $name }.
supporters-revoked-had = Ya había recibido: { $sections }. Harbour lo borrará de su dispositivo cuando reciba tu próxima actualización. Lo que haya copiado, imprimido o fotografiado puede quedarse con esta persona.
supporters-revoked-nothing = Todavía no le había llegado nada.
supporters-revoked-heading = Personas con quienes has dejado de compartir
supporters-revoked-at = Dejaste de compartir: { $when }
supporters-ask-heading = Pedir ayuda
supporters-ask-body = Avisa a las personas de apoyo que han aceptado de que ahora te gustaría recibir ayuda. Reciben un aviso breve, sin detalles, y tu plan de crisis. Esto no llama a los servicios de emergencia: si estás en peligro ahora, llama al 999.
supporters-ask-button = Pedir ayuda a mis personas de apoyo
supporters-ask-done =
    { $count ->
        [0] Todavía nadie ha aceptado que se le avise.
        [one] Se avisará a una persona de apoyo con tu próxima actualización.
        [many] Se avisará a { $count } de personas de apoyo con tu próxima actualización.
       *[other] Se avisará a { $count } personas de apoyo con tu próxima actualización.
    }

supporters-invite-start = Invitar a alguien
supporters-invite-heading = Invita a alguien a ver parte de tu plan
supporters-invite-name = Su nombre
supporters-invite-from = Tu nombre, tal como lo verá esta persona
supporters-invite-from-hint = Por ejemplo, tu nombre de pila. Puedes dejarlo vacío.
supporters-invite-sections = Qué puede ver
supporters-invite-signals = Avisarle si activo mi plan de crisis o pido ayuda
supporters-invite-signals-hint = Solo si esta persona también está de acuerdo. Harbour nunca llama a los servicios de emergencia.
supporters-preview-heading = Lo que verá { $name }
supporters-preview-someone = esta persona
supporters-preview-nothing = Elige al menos una parte para compartir.
supporters-invite-create = Crear la invitación
supporters-invite-cancel = Cancelar
supporters-invite-ready = Tu invitación para { $name }
supporters-invite-private = Envíasela en privado, por ejemplo en un mensaje que solo lea esta persona. Cualquiera que la tenga puede unirse, así que no la publiques en ningún sitio público.
supporters-invite-link = Enlace de invitación
supporters-invite-copy = Copiar el enlace
supporters-invite-copied = Copiado.
supporters-invite-save = Guardar como archivo
supporters-invite-saved = Guardado: { $path }
supporters-invite-qr = O puede escanear este código con su dispositivo.
supporters-invite-qr-alt = Código QR de la invitación para { $name }
supporters-invite-code-later = Cuando su aplicación haya respondido, Harbour te pedirá el código que muestra. Esta persona te lo leerá y tú lo escribirás más abajo.
supporters-code = Código de confirmación: { $code }. Comprueba que es el mismo que ve esta persona.
supporters-read-not-yet = Todavía no ha marcado tu plan como leído.
supporters-read-earlier = Todavía no ha leído tus últimos cambios.
supporters-read-latest = Ha leído tus últimos cambios.
supporters-invite-expires =
    { $days ->
        [one] La invitación funciona una sola vez, durante { $days } día.
        [many] La invitación funciona una sola vez, durante { $days } de días.
       *[other] La invitación funciona una sola vez, durante { $days } días.
    }
supporters-invite-done = Hecho
supporters-state-waiting = Ha respondido: falta que escribas su código
# $name: the supporter's name, as the person typed it in the invite
supporters-waiting-explain = La aplicación de { $name } ha respondido. Pide a { $name } que te lea el código que muestra su aplicación, y escríbelo aquí. No se comparte nada hasta que lo hagas.
# $name: the supporter's name, as the person typed it in the invite
supporters-confirm-label = Código de la aplicación de { $name }
supporters-confirm-button = Confirmar
# $name: the supporter's name, as the person typed it in the invite
supporters-confirmed = El código coincide. { $name } recibirá tu plan con tu próxima actualización.
# $name: the supporter's name, as the person typed it in the invite
supporters-answers-warning = Más de una aplicación ha respondido a esta invitación, así que puede que otra persona tenga el enlace. Para ir sobre seguro, detén esta invitación y crea una nueva para { $name }.
confirm-code-hint = 6 números, por ejemplo 123 456
confirm-code-format = Escribe los 6 números del código, por ejemplo 123 456.

shared-title = Compartido conmigo
shared-intro = Planes que otras personas comparten contigo. Puedes leerlos sin internet.
shared-empty = Todavía nadie comparte un plan contigo. Cuando alguien te envíe una invitación, pégala abajo.
shared-sections = Comparte: { $sections }
shared-not-yet = Esperando su primera actualización.
shared-has-changes = Algo ha cambiado desde la última vez que lo leíste.
shared-up-to-date = Has leído la versión más reciente.
shared-open = Leer el plan de { $person }
shared-open-crisis = Abrir el plan de crisis de { $person }
shared-back = Volver a todos los planes compartidos
shared-plan-title = El plan de { $person }
shared-waiting = Todavía no ha llegado nada de { $person }. Abre el archivo de actualización que te envíe, más abajo en la pantalla anterior.
shared-updated-at = Última actualización recibida: { $when }
shared-first-read = Es la primera vez que lo lees aquí.
shared-changed =
    { $count ->
        [one] Ha cambiado una parte desde la última vez que lo leíste:
        [many] Han cambiado { $count } de partes desde la última vez que lo leíste:
       *[other] Han cambiado { $count } partes desde la última vez que lo leíste:
    }
shared-nothing-changed = No ha cambiado nada desde la última vez que lo leíste.
shared-mark-read = Ya lo he leído
shared-show-crisis = Mostrar solo el plan de crisis
shared-show-all = Mostrar todo lo que comparte
shared-signal-crisis_plan_activated = { $person } ha activado su plan de crisis ({ $when }). Su plan de crisis dice lo que le gustaría que hicieras.
shared-signal-ask_for_help = { $person } ha pedido ayuda ({ $when }). Su plan de crisis dice lo que le gustaría que hicieras.
shared-signal-other = { $person } te ha enviado una señal ({ $when }).
shared-signal-not-emergency = Harbour no llama a los servicios de emergencia. Si alguien está en peligro ahora, llama al 999.
shared-role-heading = Mi papel
shared-role-accepted = Has aceptado tu papel.
shared-role-availability = Cuándo y cómo puedo ayudar
shared-role-availability-hint = Por ejemplo: me puedes llamar por la noche. Entre semana, después de las 18:00.
shared-role-signals = Avisarme si { $person } activa su plan de crisis o pide ayuda
shared-role-signals-hint = Recibirás aquí un aviso tranquilo, sin detalles.
shared-role-accept = Acepto mi papel
shared-role-saved = Guardado. Le llegará con tu próxima actualización.
shared-reply-heading = Responder
shared-reply-label = Un mensaje para { $person }
shared-reply-send = Enviar respuesta
shared-reply-queued = Tu respuesta le llegará con tu próxima actualización.
shared-join-heading = Unirse con una invitación
shared-join-intro = Alguien te ha enviado un enlace de invitación. Pégalo aquí. No necesitas una cuenta.
shared-join-label = Enlace de invitación
shared-join-button = Unirme
shared-joined = { $person } comparte contigo: { $sections }.
# $code: the 6-digit confirmation code, written like "123 456"
shared-joined-code = Tu código de confirmación: { $code }. Léeselo a esta persona, en persona o por teléfono: lo escribirá en su aplicación. No se comparte nada contigo hasta que lo haga.
shared-joined-next = Ahora envíale un archivo de actualización (o sincroniza, si la sincronización está activada), para que su aplicación reciba tu respuesta. Cuando haya escrito tu código, su plan llegará con su siguiente actualización.

supporter-guide-title = Tu papel como persona de apoyo
supporter-guide-intro = { $person } te ha pedido apoyo. Esto es, en pocas palabras, lo que significa.
supporter-guide-asked-heading = Lo que { $person } te pide
supporter-guide-asked-sections = { $person } comparte contigo estas partes de su plan: { $sections }. Léelas cuando lleguen, y otra vez cuando algo cambie.
supporter-guide-asked-crisis = Su plan de crisis dice qué le gustaría que hicieran las personas de su entorno si las cosas se ponen difíciles. Mira el plan que ha compartido contigo para ver qué te pide a ti.
supporter-guide-asked-plan = Mira el plan que ha compartido contigo. Dice qué le ayuda y qué le gustaría de las personas de su entorno.
supporter-guide-asked-talk = Si algo no está claro, pregúntale en un momento tranquilo.
supporter-guide-not-heading = Lo que no se te pide
supporter-guide-not-clinician = No ocupas el lugar de su médico, enfermera o terapeuta. No tienes que tratar su salud ni arreglarlo todo.
supporter-guide-not-always = No tienes que estar disponible todo el tiempo. Está bien decir cuándo puedes ayudar y cuándo no.
supporter-guide-not-share = Mantén su plan en privado. No lo enseñes ni se lo pases a nadie más.
supporter-guide-worried-heading = Si algo te preocupa y no consigues hablar con esa persona
supporter-guide-worried-emergency = Si crees que su vida está en peligro, llama ahora al 999. También puedes llamar al 112.
supporter-guide-worried-helplines = Si no es una emergencia, puedes llamar a una línea de ayuda. También escuchan a quienes se preocupan por alguien.
supporter-guide-worried-harbour = Harbour no llama a nadie por ti.
supporter-guide-helplines = Ver las líneas de ayuda
supporter-guide-close = Cerrar esta guía

devices-title = Mis dispositivos
devices-intro = Vincula tu móvil y tu ordenador para tener tu plan en los dos.
devices-list-heading = Dispositivos vinculados
devices-this-device = este dispositivo
devices-unnamed = Un dispositivo sin nombre
devices-none = Solo este dispositivo tiene tu plan.
devices-remove = Quitar este dispositivo
devices-remove-explain = ¿Quitar { $name }? Tus otros dispositivos pasarán a usar una clave nueva. Lo que ya tenga { $name } puede quedarse en él. Para asegurarte de que los vínculos con tus personas de apoyo también son seguros, vuelve a invitarlas.
devices-remove-confirm = Quitarlo
devices-removed = Se ha quitado { $name }.
devices-link-heading = Vincular otro dispositivo
devices-link-intro = Crea un código aquí y luego escríbelo en tu otro dispositivo.
devices-link-start = Crear un código
devices-link-code = Escribe este código en tu otro dispositivo:
devices-link-qr-alt = Código QR para vincular otro dispositivo
devices-link-next = Después, envía desde allí un archivo de actualización a este dispositivo. Cuando llegue, escribe el código que muestra el dispositivo nuevo y envía otro archivo de vuelta. El código funciona una sola vez.
devices-join-heading = Este es mi dispositivo nuevo
devices-join-intro = Escribe el código que muestra tu otro dispositivo.
devices-join-code = Código de mi otro dispositivo
devices-join-name = Un nombre para este dispositivo
devices-join-button = Vincular este dispositivo
# $code: the 6-digit confirmation code, written like "123 456"
devices-joined = Casi vinculado. Código de confirmación: { $code }. Ahora envía un archivo de actualización a tu otro dispositivo (o sincroniza) y escribe allí este código. Tu plan llegará después con su siguiente actualización.
devices-code = Código de confirmación: { $code }. Comprueba que es el mismo que mostró ese dispositivo al unirse.
devices-state-waiting = Ha respondido: falta que escribas su código
devices-waiting-heading = Un dispositivo nuevo ha respondido
devices-waiting-explain = Escribe el código que muestra. No se comparte nada con él hasta que lo hagas.
devices-waiting-many = Ha respondido más de un dispositivo. Si solo estás vinculando uno, puede que otra persona tenga tu código: para ir sobre seguro, crea un código nuevo y vuelve a vincular.
devices-confirm-label = Código del dispositivo nuevo
devices-confirm-button = Confirmar
devices-confirmed = El código coincide. El dispositivo nuevo recibirá tu plan con tu próxima actualización.

sync-files-heading = Archivos de actualización
sync-files-intro = Sin un relé de sincronización, las actualizaciones viajan como archivos: guarda uno y envíalo por correo electrónico, por una aplicación de mensajería o en una memoria USB. Está cifrado: solo pueden abrirlo las personas con quienes compartes.
sync-file-save = Guardar un archivo de actualización
sync-file-saved = Guardado: { $path }. Envía este archivo a las personas con quienes compartes.
sync-file-open-label = Un archivo de actualización que alguien te ha enviado
sync-file-open = Abrir el archivo de actualización
# $name (String) - the name of the update file the app was opened with from the file manager, e.g. "harbour-update-2026-12-07.harbour"
sync-file-opened = Has abierto { $name } desde tus archivos. No se lee nada hasta que toques «Abrir el archivo de actualización».
sync-file-in-done =
    { $accepted ->
        [one] Se ha recibido una actualización.
        [many] Se han recibido { $accepted } de actualizaciones.
       *[other] Se han recibido { $accepted } actualizaciones.
    }
sync-file-in-some-refused = Actualizaciones recibidas: { $accepted }; no se han podido usar: { $refused }. Estas no han cambiado nada tuyo.
sync-file-in-nothing-new = Nada nuevo: ya tenías todo lo que hay en este archivo.
sync-file-in-not-for-me = Este archivo no tiene nada para ti.
sync-file-in-revoked = { $person } ha dejado de compartir su plan contigo, así que se ha borrado de este dispositivo.

sync-heading = Sincronización
sync-intro = La sincronización envía tus actualizaciones a través de un relé, así no necesitas archivos. Está desactivada hasta que tú la actives. Mientras está desactivada, Harbour no se conecta a internet.
sync-state-off = La sincronización está desactivada.
sync-state-on = La sincronización está activada, a través de { $url }.
sync-relay-not-yet = Esta versión de Harbour todavía no puede conectarse a un relé. Tu elección se ha guardado; mientras tanto, usa archivos de actualización.
sync-toggle = Sincronizar a través de un relé
sync-relay-url = Dirección del relé
sync-relay-url-hint = Empieza por https://. Pregunta a quien gestione tu relé, por ejemplo una organización benéfica local.
sync-turn-on = Activar la sincronización
sync-save-address = Guardar la dirección del relé
sync-last-file-out = Último archivo de actualización guardado: { $when }
sync-last-file-in = Último archivo de actualización abierto: { $when }
sync-status-off = La sincronización está desactivada.
sync-status-waiting = Esperando para sincronizar por primera vez.
sync-status-synced = Sincronizado.
sync-status-offline = Sin conexión: tus cambios se guardan y se enviarán cuando vuelva la conexión.
sync-status-error = La sincronización no funcionó la última vez.
sync-last-relay = Última sincronización: { $when }
sync-retry = Harbour vuelve a intentarlo solo cada minuto. Mientras tanto no se pierde nada.
sync-unsent =
    { $count ->
        [one] Hay una actualización esperando a enviarse.
        [many] Hay { $count } de actualizaciones esperando a enviarse.
       *[other] Hay { $count } actualizaciones esperando a enviarse.
    }
sync-now = Sincronizar ahora
error-relay_unreachable = Harbour no ha podido conectarse al relé. Comprueba que este dispositivo tiene conexión a internet y que la dirección del relé es correcta.
error-relay_refused = El relé ha rechazado esta actualización (por ejemplo, está lleno o la actualización es demasiado grande). Tu plan está a salvo en este dispositivo; pregunta a quien gestiona el relé.

## My places

my-places-title = Mis lugares
my-places-intro = Lugares que te ayudan, como la casa de un amigo. Se guardan bloqueados dentro de tu plan en este dispositivo y aparecen en «Ayuda cerca» mientras tu plan está abierto.
my-places-empty = Todavía no has añadido ningún lugar.
my-places-add = Añadir un lugar
my-places-add-title = Añadir un lugar
my-places-edit-title = Cambiar este lugar
my-places-edit = Cambiar
my-places-remove = Quitar
my-places-remove-confirm = ¿Quitar { $name }?
my-places-remove-yes = Sí, quitarlo
my-places-remove-no = Conservarlo
my-places-name = Nombre
my-places-phone = Número de teléfono (opcional)
my-places-address = Dirección (opcional)
my-places-town = Localidad (opcional)
my-places-postcode = Código postal (opcional)
my-places-position = Posición exacta (opcional)
my-places-position-hint = Latitud y longitud, por ejemplo 52.9107, -0.6423. Sin ella, Harbour usa el centro de la localidad.
my-places-hours = Horario (opcional)
my-places-hours-hint = En el formato de OpenStreetMap, por ejemplo: Mo-Fr 09:00-17:00; Sa 10:00-14:00
my-places-note = Nota (opcional)
my-places-save = Guardar
my-places-cancel = Cancelar
my-places-not-on-map = No aparece en el mapa: Harbour no conocía la localidad. Busca su nombre para encontrarlo.
my-places-added-by-you = Añadido por ti
find-kind-other = Otro
error-place_name_required = Ponle un nombre al lugar.
error-phone_invalid = Eso no parece un número de teléfono. Usa solo números, espacios y un + al principio.
error-opening_hours_invalid = Harbour no ha podido leer ese horario. Prueba con el formato Mo-Fr 09:00-17:00, o déjalo en blanco.
error-coordinates_invalid = Esa posición no parece correcta. Escribe la latitud y la longitud, separadas por una coma, o déjala en blanco.
error-my_place_not_found = Ese lugar ya no está. Puede que se haya quitado.

## Daily check-in

section-checkins-title = Mi registro diario (solo el color)
checkin-heading = ¿Cómo estás hoy?
checkin-note-label = Unas palabras, si quieres (solo las ves tú)
checkin-green = Verde: estoy bien
checkin-amber = Ámbar: me está costando
checkin-red = Rojo: lo estoy pasando muy mal
checkin-state-green = verde
checkin-state-amber = ámbar
checkin-state-red = rojo
checkin-since = { $state } desde { $when }
checkin-when-today = hoy
checkin-privacy = Basta con un toque. Tus notas se quedan en tus dispositivos. Una persona de apoyo solo ve tu color si compartes tu registro con ella.
checkin-saved = Guardado. Gracias por registrarte.
checkin-red-heading = Has elegido rojo. No tienes que enfrentarte a esto en soledad.
checkin-red-body = Tu plan de crisis está aquí y puedes pedir ayuda a tus personas de apoyo. No se envía nada a menos que toques.
checkin-red-plan = Abrir mi plan de crisis
checkin-history-heading = Las últimas cuatro semanas
checkin-history-summary = En las últimas cuatro semanas: { $green } verde, { $amber } ámbar, { $red } rojo, { $none } días sin registro.
checkin-history-range = Del { $from } al { $to }
checkin-history-no-day = sin registro
checkin-history-list = Mis registros recientes, como lista
shared-checkin = Registro de { $person }: { $state } desde { $when }

## Photos on reasons and the toolbox

photo-add = Añadir una foto
photo-change = Cambiar la foto
photo-remove = Quitar la foto
photo-working = Añadiendo la foto…
error-photo_invalid = Ese archivo no es una foto que Harbour pueda usar. Elige una imagen JPEG, PNG, WebP o GIF.
error-photo_too_large = Esa foto es demasiado grande. Elige una de menos de 20 MB.
error-photo_not_found = Esa foto ya no está.
