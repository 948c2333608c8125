<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>Commission EV chargers on site: discovery, licences, load balancing, meters, charging networks and verification.</source>
        <translation>Puesta en marcha de cargadores de VE in situ: detección, licencias, balanceo de carga, contadores, redes de recarga y verificación.</translation>
    </message>
    <message>
        <source>Built with Qt {qt}, PySide6 {pyside} and Python {python}.</source>
        <translation>Creado con Qt {qt}, PySide6 {pyside} y Python {python}.</translation>
    </message>
    <message>
        <source>Libraries included and their licences:</source>
        <translation>Bibliotecas incluidas y sus licencias:</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Seleccione una biblioteca para leer su licencia.</translation>
    </message>
    <message>
        <source>Logs: {path}</source>
        <translation>Registros: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>{name} {version} ships no licence file here; its licence is {licence}.</source>
        <translation>{name} {version} no incluye aquí ningún archivo de licencia; su licencia es {licence}.</translation>
    </message>
</context>
<context>
    <name>ActivityBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the operation under way</source>
        <translation>Cancelar la operación en curso</translation>
    </message>
    <message>
        <source>the charger&apos;s certificate has changed.</source>
        <translation>el certificado del cargador ha cambiado.</translation>
    </message>
    <message>
        <source>{title}: {error}</source>
        <translation>{title}: {error}</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(y {count} más)</translation>
    </message>
</context>
<context>
    <name>AlbPage</name>
    <message>
        <source>Meter includes the charging EV: tick it when the meter also measures this charger (it sits upstream of its supply), so ALB subtracts the EV&apos;s own current.</source>
        <translation>El contador incluye el VE en carga: márquelo si el contador también mide este cargador (está aguas arriba de su alimentación); así el ALB resta la corriente del propio VE.</translation>
    </message>
    <message>
        <source>P1 cable: at most 20 m from the meter to the charger.</source>
        <translation>Cable P1: como máximo 20 m del contador al cargador.</translation>
    </message>
    <message>
        <source>TIC cable: at most 35 m from the meter to the charger.</source>
        <translation>Cable TIC: como máximo 35 m del contador al cargador.</translation>
    </message>
    <message>
        <source>EMS validity time: when the EMS sends nothing for this long, the charger falls back to the safe current.</source>
        <translation>Tiempo de validez EMS: si el EMS no envía nada durante este tiempo, el cargador vuelve a la corriente de seguridad.</translation>
    </message>
</context>
<context>
    <name>ApplyProgress</name>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v de %m pasos</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheck</name>
    <message>
        <source>Putting back what an interrupted check left…</source>
        <translation>Restableciendo lo que dejó una comprobación interrumpida…</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Comprobando el back office…</translation>
    </message>
    <message>
        <source>Back office check on {key}</source>
        <translation>Comprobación del back office en {key}</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheckPanel</name>
    <message>
        <source>boot notification from {model}</source>
        <translation>notificación de arranque de {model}</translation>
    </message>
    <message>
        <source>no boot notification reached this computer</source>
        <translation>ninguna notificación de arranque ha llegado a este ordenador</translation>
    </message>
    <message>
        <source>identity {identity} as configured</source>
        <translation>identidad {identity} conforme a la configuración</translation>
    </message>
    <message>
        <source>the charger connected as {seen}, not as its configured identity {identity}</source>
        <translation>el cargador se ha conectado como {seen}, no con su identidad configurada {identity}</translation>
    </message>
    <message>
        <source>two connections used one identity: two chargers share it</source>
        <translation>dos conexiones han usado la misma identidad: dos cargadores la comparten</translation>
    </message>
    <message>
        <source>{count} heartbeat(s) received</source>
        <translation>{count} heartbeat(s) recibido(s)</translation>
    </message>
    <message>
        <source>no heartbeat within the wait</source>
        <translation>ningún heartbeat durante la espera</translation>
    </message>
    <message>
        <source>every socket reported its status</source>
        <translation>todas las tomas han comunicado su estado</translation>
    </message>
    <message>
        <source>no status of socket(s) {missing}</source>
        <translation>sin estado de la(s) toma(s) {missing}</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL is back</source>
        <translation>se ha restablecido la URL del back office del cliente</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL could not be confirmed back</source>
        <translation>no se ha podido confirmar que se haya restablecido la URL del back office del cliente</translation>
    </message>
    <message>
        <source>no back office URL is set</source>
        <translation>no hay ninguna URL del back office configurada</translation>
    </message>
    <message>
        <source>{host} is a reserved example name: it never resolves (a sample URL left in?)</source>
        <translation>{host} es un nombre de ejemplo reservado: nunca se resuelve (¿se ha dejado una URL de ejemplo?)</translation>
    </message>
    <message>
        <source>{host} does not resolve from this computer (check the spelling)</source>
        <translation>{host} no se resuelve desde este ordenador (compruebe la ortografía)</translation>
    </message>
    <message>
        <source>{host} is {where}, but port {port} does not answer from this computer</source>
        <translation>{host} corresponde a {where}, pero el puerto {port} no responde desde este ordenador</translation>
    </message>
    <message>
        <source>{host} is {where} and port {port} answers from this computer</source>
        <translation>{host} corresponde a {where} y el puerto {port} responde desde este ordenador</translation>
    </message>
    <message>
        <source>Test the connection to the back office</source>
        <translation>Probar la conexión con el back office</translation>
    </message>
    <message>
        <source>Check reads the settings and the boot state and tries the URL from this computer. Test with this computer points the charger at a back office here for about a minute, then puts the customer&apos;s URL back.</source>
        <translation>Comprobar lee los ajustes y el estado de arranque y prueba la URL desde este ordenador. Probar con este ordenador dirige el cargador a un back office en este ordenador durante aproximadamente un minuto y luego restablece la URL del cliente.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Test with this computer…</source>
        <translation>&amp;Probar con este ordenador…</translation>
    </message>
    <message>
        <source>Log in to a charger first.</source>
        <translation>Primero inicie sesión en un cargador.</translation>
    </message>
    <message>
        <source>Testing the back office</source>
        <translation>Prueba del back office</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Comprobando el back office…</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>No se ha podido realizar la comprobación: {error}</translation>
    </message>
    <message>
        <source>The charger reports that its back office accepted it.</source>
        <translation>El cargador indica que su back office lo ha aceptado.</translation>
    </message>
    <message>
        <source>The charger is not registered with a back office.</source>
        <translation>El cargador no está registrado en ningún back office.</translation>
    </message>
    <message>
        <source>Passed: the charger reaches a back office, registers and reports.</source>
        <translation>Superada: el cargador alcanza un back office, se registra y comunica su estado.</translation>
    </message>
    <message>
        <source>Failed: see the lines below.</source>
        <translation>Fallida: vea las líneas de abajo.</translation>
    </message>
    <message>
        <source>Back office URL: {words}</source>
        <translation>URL del back office: {words}</translation>
    </message>
    <message>
        <source>Saved for the report.</source>
        <translation>Guardado para el informe.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Trusted until now</source>
        <translation>De confianza hasta ahora</translation>
    </message>
    <message>
        <source>Presented now</source>
        <translation>Presentado ahora</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint; select it to copy</source>
        <translation>Huella SHA-256; selecciónela para copiarla</translation>
    </message>
    <message>
        <source>This happens after a firmware update or when the charger&apos;s board was replaced. It can also mean that another device now answers at this address. Accept the new certificate only if you know why it changed.</source>
        <translation>Esto ocurre tras una actualización del firmware o cuando se ha sustituido la placa del cargador. También puede significar que ahora responde otro dispositivo en esta dirección. Acepte el nuevo certificado solo si sabe por qué ha cambiado.</translation>
    </message>
    <message>
        <source>I know why the certificate &amp;changed</source>
        <translation>Sé por qué ha &amp;cambiado el certificado</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Con&amp;fiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>&amp;Keep the old one</source>
        <translation>&amp;Mantener el anterior</translation>
    </message>
    <message>
        <source>The certificate of charger {serial} has changed.</source>
        <translation>El certificado del cargador {serial} ha cambiado.</translation>
    </message>
</context>
<context>
    <name>ChargeModePage</name>
    <message>
        <source>Charge mode: one phase or three phases, as the charger is wired. Installation voltage: 230 V for a supply on one phase, 400 V for a supply on three phases.</source>
        <translation>Modo de carga: monofásico o trifásico, según el cableado del cargador. Tensión de la instalación: 230 V para una alimentación monofásica, 400 V para una alimentación trifásica.</translation>
    </message>
</context>
<context>
    <name>ChargerDirectory</name>
    <message>
        <source>the {brand} phone app</source>
        <translation>la app de {brand}</translation>
    </message>
    <message>
        <source>Seen over Bluetooth only. Set its Wi-Fi from {app} over Bluetooth, or connect its Ethernet; once it is on the LAN it joins this row.</source>
        <translation>Vista solo por Bluetooth. Configure su wifi desde {app} por Bluetooth o conecte su Ethernet; cuando esté en la red local, se une a esta fila.</translation>
    </message>
    <message>
        <source>the vendor&apos;s phone app</source>
        <translation>la app del fabricante</translation>
    </message>
    <message>
        <source>Asking {address} who it is…</source>
        <translation>Identificando {address}…</translation>
    </message>
    <message>
        <source>Adding {address}</source>
        <translation>Añadiendo {address}</translation>
    </message>
</context>
<context>
    <name>ChargerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>{state} (not seen lately)</source>
        <translation>{state} (no visto recientemente)</translation>
    </message>
    <message>
        <source>Not seen by discovery lately: it may be off or out of reach.</source>
        <translation>La detección no lo ha visto recientemente: puede estar apagado o fuera de alcance.</translation>
    </message>
    <message>
        <source>Reachable over: {links}</source>
        <translation>Accesible por: {links}</translation>
    </message>
</context>
<context>
    <name>ChargerListPanel</name>
    <message>
        <source>Search name, serial, model, address…</source>
        <translation>Buscar nombre, n.º de serie, modelo, dirección…</translation>
    </message>
    <message>
        <source>Search chargers</source>
        <translation>Buscar cargadores</translation>
    </message>
    <message>
        <source>IP address or host, e.g. 192.168.1.20</source>
        <translation>Dirección IP o nombre de host, p. ej. 192.168.1.20</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Dirección del cargador</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>Añadir por &amp;dirección</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Cargadores</translation>
    </message>
    <message>
        <source>Type the charger&apos;s IP address or host name first.</source>
        <translation>Escriba primero la dirección IP o el nombre de host del cargador.</translation>
    </message>
    <message>
        <source>No charger answered there: {error}</source>
        <translation>Ningún cargador ha respondido en esa dirección: {error}</translation>
    </message>
</context>
<context>
    <name>ChargerPicker</name>
    <message>
        <source>Chargers in the report</source>
        <translation>Cargadores del informe</translation>
    </message>
</context>
<context>
    <name>ClockNamePanel</name>
    <message>
        <source>Clock and name</source>
        <translation>Reloj y nombre</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Nombre del cargador</translation>
    </message>
    <message>
        <source>Charger&apos;s clock:</source>
        <translation>Reloj del cargador:</translation>
    </message>
    <message>
        <source>Laptop (UTC):</source>
        <translation>Portátil (UTC):</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Diferencia:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Set to the &amp;laptop&apos;s time</source>
        <translation>Ajustar a la hora del &amp;portátil</translation>
    </message>
    <message>
        <source>Change the &amp;name</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <source>Roll back the last clock or name change</source>
        <translation>Revertir el último cambio de reloj o de nombre</translation>
    </message>
    <message>
        <source>This charger keeps its own clock and name: this program cannot set them.</source>
        <translation>Este cargador gestiona su propio reloj y su nombre: este programa no puede ajustarlos.</translation>
    </message>
    <message>
        <source>in step with the laptop (within half a second)</source>
        <translation>sincronizado con el portátil (menos de medio segundo de diferencia)</translation>
    </message>
    <message>
        <source>{amount} ahead of the laptop</source>
        <translation>{amount} por delante del portátil</translation>
    </message>
    <message>
        <source>{amount} behind the laptop</source>
        <translation>{amount} por detrás del portátil</translation>
    </message>
    <message>
        <source>Setting the clock</source>
        <translation>Ajuste del reloj</translation>
    </message>
    <message>
        <source>Changing the name</source>
        <translation>Cambio del nombre</translation>
    </message>
    <message>
        <source>Rolling back the last change</source>
        <translation>Reversión del último cambio</translation>
    </message>
    <message>
        <source>{what}: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>{what}: {outcome}. Consta en el diario y se puede revertir.</translation>
    </message>
    <message>
        <source>{what}: {outcome}.</source>
        <translation>{what}: {outcome}.</translation>
    </message>
</context>
<context>
    <name>CommissioningRuns</name>
    <message>
        <source>– {n}/{m} {step}: skipped, not needed</source>
        <translation>– {n}/{m} {step}: paso omitido, no es necesario</translation>
    </message>
    <message>
        <source>– {n}/{m} {step}: skipped, nothing to do</source>
        <translation>– {n}/{m} {step}: paso omitido, no hay nada que hacer</translation>
    </message>
    <message>
        <source>✔ {n}/{m} {step}</source>
        <translation>✔ {n}/{m} {step}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {step}</source>
        <translation>Paso {n} de {m}: {step}</translation>
    </message>
</context>
<context>
    <name>CommissioningService</name>
    <message>
        <source>Reading the settings as found…</source>
        <translation>Leyendo los ajustes iniciales…</translation>
    </message>
    <message>
        <source>Reading {key} as found</source>
        <translation>Lectura del estado inicial de {key}</translation>
    </message>
    <message>
        <source>Comparing the plan with the charger…</source>
        <translation>Comparando el plan con el cargador…</translation>
    </message>
    <message>
        <source>Previewing the changes</source>
        <translation>Vista previa de los cambios</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Aplicación del plan</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run on {key}</source>
        <translation>Reversión de la ejecución interrumpida en {key}</translation>
    </message>
    <message>
        <source>Resuming the interrupted run on {key}</source>
        <translation>Reanudación de la ejecución interrumpida en {key}</translation>
    </message>
    <message>
        <source>Waiting for the charger to restart…</source>
        <translation>Esperando a que el cargador se reinicie…</translation>
    </message>
    <message>
        <source>Reading the settings as left…</source>
        <translation>Leyendo los ajustes finales…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation>Paso {n} de {m}</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Read &amp;as found</source>
        <translation>&amp;Leer estado inicial</translation>
    </message>
    <message>
        <source>&amp;Undo all changes</source>
        <translation>&amp;Deshacer todos los cambios</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>Fuente de datos ALB</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Límites de corriente</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Modo de carga</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Control dinámico de potencia</translation>
    </message>
    <message>
        <source>Lock and LEDs</source>
        <translation>Bloqueo y LED</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Select a charger in the list.</source>
        <translation>Seleccione un cargador en la lista.</translation>
    </message>
    <message>
        <source>Log in to {key} to commission it.</source>
        <translation>Inicie sesión en {key} para ponerlo en marcha.</translation>
    </message>
    <message>
        <source>Reading {key} as found…</source>
        <translation>Leyendo el estado inicial de {key}…</translation>
    </message>
    <message>
        <source>{key}: settings as found read; change what the job needs.</source>
        <translation>{key}: ajustes iniciales leídos; cambie lo que requiera la instalación.</translation>
    </message>
    <message>
        <source>{key}: plan &apos;{name}&apos; loaded; check it on the pages, then apply.</source>
        <translation>{key}: plan «{name}» cargado; revíselo en las páginas y luego aplíquelo.</translation>
    </message>
    <message>
        <source>from socket {n}</source>
        <translation>obtenida en la toma {n}</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificada</translation>
    </message>
    <message>
        <source>{key}: phase mapping {mapping} {where} is in the plan; apply it on Review.</source>
        <translation>{key}: la asignación de fases {mapping} {where} figura en el plan; aplíquela en Revisión.</translation>
    </message>
    <message>
        <source>Applying the licence key and the plan</source>
        <translation>Aplicar la clave de licencia y el plan</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Aplicar el plan</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Revertir los cambios</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run</source>
        <translation>Revertir la ejecución interrumpida</translation>
    </message>
    <message>
        <source>Resuming the interrupted run</source>
        <translation>Reanudar la ejecución interrumpida</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The key unlocked: {features}</source>
        <translation>La clave ha desbloqueado: {features}</translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>The charger registers with the back office by its ChargePointModel; a back office other than the vendor&apos;s must know that model. A new URL or identity takes effect after the reboot that applying does.</source>
        <translation>El cargador se registra en el back office con su ChargePointModel; un back office distinto del del fabricante debe conocer ese modelo. Una nueva URL o identidad entra en vigor tras el reinicio que provoca la aplicación.</translation>
    </message>
    <message>
        <source>not registered: no boot notification accepted yet (no back office set, or not reached)</source>
        <translation>no registrado: todavía no se ha aceptado ninguna notificación de arranque (no hay back office configurado o no se ha alcanzado)</translation>
    </message>
    <message>
        <source>pending: the back office has not accepted the charger yet</source>
        <translation>pendiente: el back office aún no ha aceptado el cargador</translation>
    </message>
    <message>
        <source>accepted: the charger is registered with the back office</source>
        <translation>aceptado: el cargador está registrado en el back office</translation>
    </message>
    <message>
        <source>rejected: the back office refused the charger (check the charge-box identity)</source>
        <translation>rechazado: el back office ha rechazado el cargador (compruebe la identidad del cargador)</translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation>desconocido (no leído)</translation>
    </message>
    <message>
        <source>code {code}, not one the tool knows</source>
        <translation>código {code}, desconocido para el programa</translation>
    </message>
    <message>
        <source>OCPP boot notification: {state}</source>
        <translation>Notificación de arranque OCPP: {state}</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} — {description} (article {article})</source>
        <translation>ChargePointModel: {model} — {description} (artículo {article})</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} (not in the vendor&apos;s NG910 table; ask the back office which model to register)</source>
        <translation>ChargePointModel: {model} (no figura en la tabla NG910 del fabricante; pregunte al back office qué modelo registrar)</translation>
    </message>
    <message>
        <source>ChargePointModel: unknown (not read)</source>
        <translation>ChargePointModel: desconocido (no leído)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>Read the records a&amp;gain</source>
        <translation>Volver a leer los re&amp;gistros</translation>
    </message>
    <message>
        <source>Read the journals and test results of the data folder again</source>
        <translation>Volver a leer los diarios y los resultados de las pruebas de la carpeta de datos</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Lo que aún falta en el informe</translation>
    </message>
    <message>
        <source>What the report holds per charger</source>
        <translation>Lo que contiene el informe por cargador</translation>
    </message>
    <message>
        <source>Chargers of the visit</source>
        <translation>Cargadores de la visita</translation>
    </message>
    <message>
        <source>Their settings runs and test results are read from the data folder, from the date of the visit on.</source>
        <translation>Sus ejecuciones de ajustes y resultados de pruebas se leen de la carpeta de datos, a partir de la fecha de la visita.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>Lo que contiene el informe</translation>
    </message>
    <message>
        <source>Tick the chargers of the visit on the left; the report holds theirs.</source>
        <translation>Marque a la izquierda los cargadores de la visita; el informe incluye los suyos.</translation>
    </message>
</context>
<context>
    <name>ContractedPowerCalculator</name>
    <message>
        <source>Current from the contracted power</source>
        <translation>Corriente a partir de la potencia contratada</translation>
    </message>
    <message>
        <source>type the contracted power</source>
        <translation>escriba la potencia contratada</translation>
    </message>
    <message>
        <source>Three phases (400 V)</source>
        <translation>Trifásica (400 V)</translation>
    </message>
    <message>
        <source>One phase (230 V)</source>
        <translation>Monofásica (230 V)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>&amp;Use as station maximum current</source>
        <translation>&amp;Usar como corriente máxima del cargador</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potencia contratada</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>cos φ (three phases)</source>
        <translation>cos φ (trifásica)</translation>
    </message>
    <message>
        <source>Wiring carries at most</source>
        <translation>El cableado admite como máximo</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>I = {power} × 1000 / 230 V = {amps}</source>
        <translation>I = {power} × 1000 / 230 V = {amps}</translation>
    </message>
    <message>
        <source>I = {power} × 1000 / (√3 × 400 V × {cos_phi}) = {amps}</source>
        <translation>I = {power} × 1000 / (√3 × 400 V × {cos_phi}) = {amps}</translation>
    </message>
    <message>
        <source>rounded down to whole amperes</source>
        <translation>redondeado por defecto a amperios enteros</translation>
    </message>
    <message>
        <source>raised to the 6 A a charger needs at least</source>
        <translation>elevado a los 6 A que un cargador necesita como mínimo</translation>
    </message>
    <message>
        <source>cut to the 32 A a charger takes at most</source>
        <translation>reducido a los 32 A que un cargador admite como máximo</translation>
    </message>
    <message>
        <source>cut to what the wiring carries</source>
        <translation>reducido a lo que admite el cableado</translation>
    </message>
    <message>
        <source>Set {amps} ({why}).</source>
        <translation>Ajuste {amps} ({why}).</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect:
{what}</source>
        <translation>Se ha producido un error que el programa no esperaba:
{what}</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send it with a note of what you were doing. You can keep working; if something looks wrong, restart.</source>
        <translation>Los detalles están en el archivo de registro:
{path}
Envíelo con una nota de lo que estaba haciendo. Puede seguir trabajando; si algo no parece correcto, reinicie el programa.</translation>
    </message>
</context>
<context>
    <name>CurrentLimitsPage</name>
    <message>
        <source>Charging current</source>
        <translation>Corriente de carga</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Corriente mínima</translation>
    </message>
    <message>
        <source>The station maximum is the most the charger ever gives; the charging current is what it offers a car; dynamic power control never goes below the minimum.</source>
        <translation>El máximo del cargador es lo máximo que el cargador llega a entregar; la corriente de carga es lo que ofrece a un vehículo; el control dinámico de potencia nunca baja del mínimo.</translation>
    </message>
</context>
<context>
    <name>CurrentsPlot</name>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>Time since monitoring started</source>
        <translation>Tiempo desde el inicio de la monitorización</translation>
    </message>
    <message>
        <source>max. meter current</source>
        <translation>corriente máx. del contador</translation>
    </message>
    <message>
        <source>socket limit in force</source>
        <translation>límite de la toma vigente</translation>
    </message>
    <message>
        <source>safe current</source>
        <translation>corriente de seguridad</translation>
    </message>
    <message>
        <source>meter L{p}</source>
        <translation>contador L{p}</translation>
    </message>
    <message>
        <source>charger L{p}</source>
        <translation>cargador L{p}</translation>
    </message>
    <message>
        <source>socket {s} L{p}</source>
        <translation>toma {s} L{p}</translation>
    </message>
    <message>
        <source>sockets 1–{n} L{p}</source>
        <translation>tomas 1–{n} L{p}</translation>
    </message>
    <message>
        <source>charging current set</source>
        <translation>corriente de carga ajustada</translation>
    </message>
    <message>
        <source>minimum current</source>
        <translation>corriente mínima</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>house power (CT clamp)</source>
        <translation>potencia de la vivienda (pinza CT)</translation>
    </message>
    <message>
        <source>grid power (house + EV)</source>
        <translation>potencia de red (vivienda + VE)</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>potencia contratada</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Another client holds the session</source>
        <translation>Otro cliente ocupa la sesión</translation>
    </message>
    <message>
        <source>Release the other client</source>
        <translation>Liberar el otro cliente</translation>
    </message>
    <message>
        <source>Drop every connection</source>
        <translation>Cortar todas las conexiones</translation>
    </message>
    <message>
        <source>Slow replies (8 s)</source>
        <translation>Respuestas lentas (8 s)</translation>
    </message>
    <message>
        <source>Normal replies</source>
        <translation>Respuestas normales</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>New TLS certificate</source>
        <translation>Nuevo certificado TLS</translation>
    </message>
    <message>
        <source>Grid meter goes silent</source>
        <translation>El contador de red deja de responder</translation>
    </message>
    <message>
        <source>Grid meter answers again</source>
        <translation>El contador de red vuelve a responder</translation>
    </message>
    <message>
        <source>Grid meter sign inverted</source>
        <translation>Signo del contador de red invertido</translation>
    </message>
    <message>
        <source>Grid meter sign right</source>
        <translation>Signo del contador de red correcto</translation>
    </message>
    <message>
        <source>Slow replies (5 s)</source>
        <translation>Respuestas lentas (5 s)</translation>
    </message>
    <message>
        <source>Refuse the next setting change</source>
        <translation>Rechazar el próximo cambio de ajuste</translation>
    </message>
    <message>
        <source>Current of phase 1 under a misspelt name</source>
        <translation>Corriente de la fase 1 con un nombre mal escrito</translation>
    </message>
    <message>
        <source>Current of phase 1 under its right name</source>
        <translation>Corriente de la fase 1 con su nombre correcto</translation>
    </message>
    <message>
        <source>Replies with a missing comma</source>
        <translation>Respuestas a las que les falta una coma</translation>
    </message>
    <message>
        <source>Well-formed replies</source>
        <translation>Respuestas bien formadas</translation>
    </message>
    <message>
        <source>Contracted power stuck at 4.6 kW</source>
        <translation>Potencia contratada bloqueada en 4.6 kW</translation>
    </message>
    <message>
        <source>Contracted power follows changes</source>
        <translation>La potencia contratada sigue los cambios</translation>
    </message>
    <message>
        <source>Installation voltage reads 298 V</source>
        <translation>La tensión de la instalación indica 298 V</translation>
    </message>
    <message>
        <source>Installation voltage reads right</source>
        <translation>La tensión de la instalación indica el valor correcto</translation>
    </message>
    <message>
        <source>{serial} socket {socket}</source>
        <translation>{serial} toma {socket}</translation>
    </message>
    <message>
        <source>{serial} (Trydan)</source>
        <translation>{serial} (Trydan)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Charger and socket</source>
        <translation>Cargador y toma</translation>
    </message>
    <message>
        <source>3-phase EV</source>
        <translation>VE trifásico</translation>
    </message>
    <message>
        <source>1-phase EV</source>
        <translation>VE monofásico</translation>
    </message>
    <message>
        <source>&amp;Plug in</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>True wiring of the socket</source>
        <translation>Cableado real de la toma</translation>
    </message>
    <message>
        <source>How the socket is really wired; choose another order to miswire it.</source>
        <translation>Cómo está cableada realmente la toma; elija otro orden para cablearla mal.</translation>
    </message>
    <message>
        <source>Re&amp;wire</source>
        <translation>&amp;Recablear</translation>
    </message>
    <message>
        <source>Wired as</source>
        <translation>Cableada como</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Cargas</translation>
    </message>
    <message>
        <source>&amp;Household loads on</source>
        <translation>Cargas de la &amp;vivienda encendidas</translation>
    </message>
    <message>
        <source>Hair dryer phase</source>
        <translation>Fase del secador</translation>
    </message>
    <message>
        <source>Hair &amp;dryer 9 A on</source>
        <translation>&amp;Secador de 9 A encendido</translation>
    </message>
    <message>
        <source>Type these on the ALB data source page.</source>
        <translation>Escríbalos en la página Fuente de datos ALB.</translation>
    </message>
    <message>
        <source>Grid meter</source>
        <translation>Contador de red</translation>
    </message>
    <message>
        <source>Faults and licences</source>
        <translation>Fallos y licencias</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Provocar</translation>
    </message>
    <message>
        <source>Licence to buy</source>
        <translation>Licencia que comprar</translation>
    </message>
    <message>
        <source>&amp;Buy key</source>
        <translation>Compr&amp;ar clave</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Licence key: type it on the Licences page</source>
        <translation>Clave de licencia: escríbala en la página Licencias</translation>
    </message>
    <message>
        <source>{serial} socket {socket}: {phases}-phase EV, {amps}</source>
        <translation>{serial} toma {socket}: VE de {phases} fases, {amps}</translation>
    </message>
    <message>
        <source>{serial}: {phases}-phase EV, {amps}</source>
        <translation>{serial}: VE de {phases} fases, {amps}</translation>
    </message>
    <message>
        <source>No EV plugged in.</source>
        <translation>Ningún VE conectado.</translation>
    </message>
    <message>
        <source>Grid: {currents} A</source>
        <translation>Red: {currents} A</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Plugging a {phases}-phase EV into {serial} socket {socket}</source>
        <translation>Conectando un VE de {phases} fases a {serial} toma {socket}</translation>
    </message>
    <message>
        <source>Unplugging {serial} socket {socket}</source>
        <translation>Desconectando {serial} toma {socket}</translation>
    </message>
    <message>
        <source>Switching {name}</source>
        <translation>Conmutando {name}</translation>
    </message>
    <message>
        <source>Switching the hair dryer</source>
        <translation>Conmutando el secador</translation>
    </message>
    <message>
        <source>Wiring {serial} socket {socket} as {mapping}</source>
        <translation>Cableando {serial} toma {socket} como {mapping}</translation>
    </message>
    <message>
        <source>Buying a licence key for {serial}</source>
        <translation>Comprando una clave de licencia para {serial}</translation>
    </message>
    <message>
        <source>Starting the energy manager of {serial}</source>
        <translation>Arrancando el gestor de energía de {serial}</translation>
    </message>
    <message>
        <source>The energy manager of {serial} goes quiet</source>
        <translation>El gestor de energía de {serial} deja de responder</translation>
    </message>
    <message>
        <source>The energy manager of {serial} speaks again</source>
        <translation>El gestor de energía de {serial} vuelve a responder</translation>
    </message>
    <message>
        <source>Switching off the energy manager of {serial}</source>
        <translation>Apagando el gestor de energía de {serial}</translation>
    </message>
    <message>
        <source>Injecting &apos;{kind}&apos; on {serial}</source>
        <translation>Provocando el fallo «{kind}» en {serial}</translation>
    </message>
</context>
<context>
    <name>DynamicPowerPage</name>
    <message>
        <source>Dynamic power control: the charger reads the house&apos;s power with its own clamp and lowers its current so that the house stays under the contracted power. Pause when modulating: stop charging instead of keeping the minimum current when there is not enough power left.</source>
        <translation>Control dinámico de potencia: el cargador lee la potencia de la vivienda con su propia pinza y reduce su corriente para que la vivienda se mantenga por debajo de la potencia contratada. Pausar al modular: detener la carga en lugar de mantener la corriente mínima cuando no queda potencia suficiente.</translation>
    </message>
</context>
<context>
    <name>EmsBox</name>
    <message>
        <source>Energy manager</source>
        <translation>Gestor de energía</translation>
    </message>
    <message>
        <source>Charger steered by the energy manager</source>
        <translation>Cargador controlado por el gestor de energía</translation>
    </message>
    <message>
        <source>What the energy manager sets</source>
        <translation>Lo que ajusta el gestor de energía</translation>
    </message>
    <message>
        <source>Socket current</source>
        <translation>Corriente de la toma</translation>
    </message>
    <message>
        <source>Network current per phase</source>
        <translation>Corriente de red por fase</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Consigna</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Arrancar</translation>
    </message>
    <message>
        <source>Go &amp;quiet</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>Speak a&amp;gain</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>Apa&amp;gar</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Apagado.</translation>
    </message>
    <message>
        <source>Writing {amps} every {period}.</source>
        <translation>Escribe {amps} cada {period}.</translation>
    </message>
    <message>
        <source>Quiet: nothing written yet.</source>
        <translation>En silencio: aún no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Quiet: last setpoint {seconds} ago.</source>
        <translation>En silencio: última consigna hace {seconds}.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;Preview pages</source>
        <translation>&amp;Vista previa de las páginas</translation>
    </message>
    <message>
        <source>&amp;Export PDF and JSON…</source>
        <translation>&amp;Exportar PDF y JSON…</translation>
    </message>
    <message>
        <source>Export the commissioning report</source>
        <translation>Exportar el informe de puesta en marcha</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written: {why}</source>
        <translation>No se ha escrito: {why}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>(as found)</source>
        <translation>(inicial)</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Settings backup and support</source>
        <translation>Copia de seguridad de los ajustes y soporte</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Guardar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>Save a &amp;support bundle…</source>
        <translation>Guardar un paquete de &amp;soporte…</translation>
    </message>
    <message>
        <source>Roll back the last restore</source>
        <translation>Revertir la última restauración</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>On the charger now</source>
        <translation>En el cargador ahora</translation>
    </message>
    <message>
        <source>From the backup</source>
        <translation>De la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Apply the restore</source>
        <translation>&amp;Aplicar la restauración</translation>
    </message>
    <message>
        <source>Restore a settings backup</source>
        <translation>Restaurar una copia de seguridad de los ajustes</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Backup saved: {count} settings in {path}.</source>
        <translation>Copia de seguridad guardada: {count} ajustes en {path}.</translation>
    </message>
    <message>
        <source>Secrets are never saved ({count} left out).</source>
        <translation>Los secretos nunca se guardan ({count} omitidos).</translation>
    </message>
    <message>
        <source>Support bundle saved (no passwords or keys in it): {path}</source>
        <translation>Paquete de soporte guardado (sin contraseñas ni claves): {path}</translation>
    </message>
    <message>
        <source>Backup of {serial} ({model}, firmware {firmware}), taken {taken} UTC.</source>
        <translation>Copia de seguridad de {serial} ({model}, firmware {firmware}), realizada el {taken} UTC.</translation>
    </message>
    <message>
        <source>The charger already holds these settings: nothing to restore.</source>
        <translation>El cargador ya tiene estos ajustes: no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Applying it restarts the charger.</source>
        <translation>Al aplicarla, el cargador se reinicia.</translation>
    </message>
    <message>
        <source>What is left aside:</source>
        <translation>Lo que se deja de lado:</translation>
    </message>
    <message>
        <source>Restoring the settings</source>
        <translation>Restauración de los ajustes</translation>
    </message>
    <message>
        <source>Rolling back the restore</source>
        <translation>Reversión de la restauración</translation>
    </message>
    <message>
        <source>Roll back of the restore: {outcome}.</source>
        <translation>Reversión de la restauración: {outcome}.</translation>
    </message>
    <message>
        <source>Restore: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>Restauración: {outcome}. Consta en el diario y se puede revertir.</translation>
    </message>
    <message>
        <source>Restore: {outcome}.</source>
        <translation>Restauración: {outcome}.</translation>
    </message>
</context>
<context>
    <name>FirmwarePanel</name>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Chargers to upgrade</source>
        <translation>Cargadores que actualizar</translation>
    </message>
    <message>
        <source>A greyed charger cannot be upgraded from here: use its maker&apos;s app.</source>
        <translation>Un cargador en gris no se puede actualizar desde aquí: use la aplicación de su fabricante.</translation>
    </message>
    <message>
        <source>No image chosen.</source>
        <translation>No se ha elegido ninguna imagen.</translation>
    </message>
    <message>
        <source>C&amp;hoose an image file…</source>
        <translation>&amp;Elegir un archivo de imagen…</translation>
    </message>
    <message>
        <source>Allow installing an older version (downgrade)</source>
        <translation>Permitir instalar una versión anterior (downgrade)</translation>
    </message>
    <message>
        <source>Chargers to upgrade (the selected one is ticked):</source>
        <translation>Cargadores que actualizar (el seleccionado está marcado):</translation>
    </message>
    <message>
        <source>New password (this upgrade crosses version 5)</source>
        <translation>Nueva contraseña (esta actualización cruza la versión 5)</translation>
    </message>
    <message>
        <source>The charger needs a new unique password right after this upgrade. It is kept in the system keyring only.</source>
        <translation>El cargador necesita una nueva contraseña única justo después de esta actualización. Solo se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Actualizar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{charger}: only with its maker&apos;s app</source>
        <translation>{charger}: solo con la aplicación de su fabricante</translation>
    </message>
    <message>
        <source>Choose a firmware image</source>
        <translation>Elegir una imagen de firmware</translation>
    </message>
    <message>
        <source>Type the new password: at least 8 characters.</source>
        <translation>Escriba la nueva contraseña: al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Upgrading the firmware</source>
        <translation>Actualización del firmware</translation>
    </message>
</context>
<context>
    <name>FirmwareReport</name>
    <message>
        <source>Every picked charger already runs this version.</source>
        <translation>Todos los cargadores elegidos ya tienen esta versión.</translation>
    </message>
    <message>
        <source>The image can be sent to every picked charger.</source>
        <translation>La imagen se puede enviar a todos los cargadores elegidos.</translation>
    </message>
    <message>
        <source>Nothing will be sent until every line above is right.</source>
        <translation>No se enviará nada hasta que todas las líneas anteriores sean correctas.</translation>
    </message>
    <message>
        <source>Image: {family} {kind}, version {version}, header checksum correct.</source>
        <translation>Imagen: {family} {kind}, versión {version}, suma de comprobación de la cabecera correcta.</translation>
    </message>
    <message>
        <source>✖ {name}: {problem}</source>
        <translation>✖ {name}: {problem}</translation>
    </message>
    <message>
        <source>✔ {name} already runs {version}: nothing will be sent.</source>
        <translation>✔ {name} ya tiene la versión {version}: no se enviará nada.</translation>
    </message>
    <message>
        <source>✔ {name}: {before} → {after}</source>
        <translation>✔ {name}: {before} → {after}</translation>
    </message>
    <message>
        <source>(a downgrade, as you allowed)</source>
        <translation>(una versión anterior, como usted ha permitido)</translation>
    </message>
    <message>
        <source>(crosses version 5: a new password is needed)</source>
        <translation>(cruza la versión 5: se necesita una nueva contraseña)</translation>
    </message>
    <message>
        <source>{name} now runs {version}.</source>
        <translation>{name} tiene ahora la versión {version}.</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Qué hacer: {hint}</translation>
    </message>
    <message>
        <source>All {count} chargers run {version}: a network can use them.</source>
        <translation>Los {count} cargadores tienen la versión {version}: una red puede usarlos.</translation>
    </message>
    <message>
        <source>⚠ The chargers run different versions; every member of a network needs the same: {versions}.</source>
        <translation>⚠ Los cargadores tienen versiones distintas; todos los miembros de una red necesitan la misma: {versions}.</translation>
    </message>
</context>
<context>
    <name>FirmwareRows</name>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>esperando su turno</translation>
    </message>
    <message>
        <source>uploading: {sent} of {total}</source>
        <translation>enviando: {sent} de {total}</translation>
    </message>
    <message>
        <source>sent; the charger is still receiving it</source>
        <translation>enviada; el cargador aún la está recibiendo</translation>
    </message>
    <message>
        <source>Status code {code}</source>
        <translation>Código de estado {code}</translation>
    </message>
</context>
<context>
    <name>FirmwareService</name>
    <message>
        <source>Upgrading the firmware of {count} charger(s)</source>
        <translation>Actualización del firmware de {count} cargador(es)</translation>
    </message>
</context>
<context>
    <name>FirmwareWords</name>
    <message>
        <source>logging in</source>
        <translation>iniciando sesión</translation>
    </message>
    <message>
        <source>checking that no other upload runs</source>
        <translation>comprobando que no haya otro envío en curso</translation>
    </message>
    <message>
        <source>setting the clock</source>
        <translation>ajustando el reloj</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>instalando</translation>
    </message>
    <message>
        <source>making it permanent</source>
        <translation>haciéndolo permanente</translation>
    </message>
    <message>
        <source>reading the version</source>
        <translation>leyendo la versión</translation>
    </message>
    <message>
        <source>setting the new password</source>
        <translation>ajustando la nueva contraseña</translation>
    </message>
    <message>
        <source>✖ failed while logging in</source>
        <translation>✖ error al iniciar sesión</translation>
    </message>
    <message>
        <source>✖ not started: the check refused it</source>
        <translation>✖ no iniciado: la comprobación lo ha rechazado</translation>
    </message>
    <message>
        <source>✖ failed while setting the clock</source>
        <translation>✖ error al ajustar el reloj</translation>
    </message>
    <message>
        <source>✖ failed while uploading</source>
        <translation>✖ error durante el envío</translation>
    </message>
    <message>
        <source>✖ failed while installing</source>
        <translation>✖ error durante la instalación</translation>
    </message>
    <message>
        <source>✖ failed while making it permanent</source>
        <translation>✖ error al hacerlo permanente</translation>
    </message>
    <message>
        <source>✖ failed while reading the version</source>
        <translation>✖ error al leer la versión</translation>
    </message>
    <message>
        <source>✖ the new password was refused</source>
        <translation>✖ se ha rechazado la nueva contraseña</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>erasing</source>
        <translation>borrando</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>ready for the image</source>
        <translation>listo para la imagen</translation>
    </message>
    <message>
        <source>receiving the image</source>
        <translation>recibiendo la imagen</translation>
    </message>
    <message>
        <source>image received</source>
        <translation>imagen recibida</translation>
    </message>
    <message>
        <source>image checked</source>
        <translation>imagen comprobada</translation>
    </message>
    <message>
        <source>ready to install</source>
        <translation>listo para instalar</translation>
    </message>
    <message>
        <source>restarting into the new firmware</source>
        <translation>reiniciando con el nuevo firmware</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>checking the image</source>
        <translation>comprobando la imagen</translation>
    </message>
    <message>
        <source>the image was refused</source>
        <translation>se ha rechazado la imagen</translation>
    </message>
    <message>
        <source>the installation failed</source>
        <translation>la instalación ha fallado</translation>
    </message>
    <message>
        <source>going back to the old firmware</source>
        <translation>volviendo al firmware anterior</translation>
    </message>
    <message>
        <source>back on the old firmware</source>
        <translation>de nuevo con el firmware anterior</translation>
    </message>
    <message>
        <source>core firmware</source>
        <translation>firmware principal</translation>
    </message>
    <message>
        <source>display package</source>
        <translation>paquete de pantalla</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>✔ upgraded</source>
        <translation>✔ actualizado</translation>
    </message>
    <message>
        <source>✔ already up to date: nothing sent</source>
        <translation>✔ ya actualizado: no se ha enviado nada</translation>
    </message>
    <message>
        <source>⚠ installed, but it reports another version</source>
        <translation>⚠ instalado, pero indica otra versión</translation>
    </message>
    <message>
        <source>✖ refused: nothing sent</source>
        <translation>✖ rechazado: no se ha enviado nada</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ error</translation>
    </message>
</context>
<context>
    <name>GuideBar</name>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title}</source>
        <translation>Paso {n} de {m}: {title}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title} (not needed for this plan)</source>
        <translation>Paso {n} de {m}: {title} (no es necesario para este plan)</translation>
    </message>
</context>
<context>
    <name>HairDryerControl</name>
    <message>
        <source>Compare the meter with your clamp meter</source>
        <translation>Comparar el contador con su pinza amperimétrica</translation>
    </message>
    <message>
        <source>Test load and temporary maximum</source>
        <translation>Carga de prueba y máximo temporal</translation>
    </message>
    <message>
        <source>Charging session</source>
        <translation>Sesión de carga</translation>
    </message>
    <message>
        <source>Test load on</source>
        <translation>Carga de prueba encendida</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The EV&apos;s own current is read from the charger. Type what your clamp meter shows for the household WITHOUT the EV: clamp the house feed beside the charger&apos;s cable, or take the meter&apos;s reading minus the EV&apos;s current.</source>
        <translation>La corriente propia del VE se lee del cargador. Escriba lo que indica su pinza amperimétrica para la vivienda SIN el VE: coloque la pinza en la alimentación de la vivienda, junto al cable del cargador, o tome la lectura del contador menos la corriente del VE.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A). A temporary maximum meter current below household + test load is proposed; the real value is put back at the end, also on Cancel.</source>
        <translation>Escriba la corriente de su carga de prueba (un secador de 2 kW consume unos 9 A). Se propone como valor temporal una corriente máxima del contador inferior a vivienda + carga de prueba; el valor real se restablece al final, también al cancelar.</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge on the socket; the charger first measures the voltage for about a minute.</source>
        <translation>Un VE (o una caja de pruebas) debe cargar en la toma; el cargador mide primero la tensión durante aproximadamente un minuto.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked; the charger should lower the EV&apos;s current within seconds.</source>
        <translation>Encienda la carga de prueba cuando se le indique; el cargador debería reducir la corriente del VE en pocos segundos.</translation>
    </message>
    <message>
        <source>House power from the charger&apos;s CT clamp</source>
        <translation>Potencia de la vivienda según la pinza CT del cargador</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Carga de prueba</translation>
    </message>
    <message>
        <source>Charging session and temporary contracted power</source>
        <translation>Sesión de carga y potencia contratada temporal</translation>
    </message>
    <message>
        <source>The charger&apos;s CT clamp measures the house without the EV; the test reads it for a few seconds.</source>
        <translation>La pinza CT del cargador mide la vivienda sin el VE; la prueba la lee durante unos segundos.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A).</source>
        <translation>Escriba la corriente de su carga de prueba (un secador de 2 kW consume unos 9 A).</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge. A temporary contracted power is then proposed so that the EV must come down when the load goes on; the real value is put back at the end, also on Cancel.</source>
        <translation>Un VE (o una caja de pruebas) debe estar cargando. A continuación se propone una potencia contratada temporal para que el VE tenga que bajar cuando se encienda la carga; el valor real se restablece al final, también al pulsar Cancelar.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked, anywhere in the house; the charger should lower the EV&apos;s current within seconds so that house + EV stay within the contracted power.</source>
        <translation>Encienda la carga de prueba cuando se le indique, en cualquier punto de la vivienda; el cargador debería reducir la corriente del VE en pocos segundos para que vivienda + VE se mantengan dentro de la potencia contratada.</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Prueba del secador</translation>
    </message>
    <message>
        <source>&amp;Hair-dryer test…</source>
        <translation>Prueba del &amp;secador…</translation>
    </message>
    <message>
        <source>Checks that dynamic power control lowers the EV&apos;s current when a test load (a hair dryer, a kettle) raises the house power, so that house + EV stay within the contracted power.</source>
        <translation>Comprueba que el control dinámico de potencia reduce la corriente del VE cuando una carga de prueba (un secador, un hervidor) aumenta la potencia de la vivienda, de modo que vivienda + VE se mantengan dentro de la potencia contratada.</translation>
    </message>
    <message>
        <source>Checks that active load balancing lowers the EV&apos;s current when a test load (a hair dryer, a kettle) pushes the installation over a temporary maximum.</source>
        <translation>Comprueba que el balanceo dinámico de carga reduce la corriente del VE cuando una carga de prueba (un secador, un hervidor) hace que la instalación supere un máximo temporal.</translation>
    </message>
    <message>
        <source>Show the recorded currents…</source>
        <translation>Mostrar las corrientes registradas…</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar la prueba</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Prueba del secador en {key}</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {step}</source>
        <translation>Paso {n} de {total}: {step}</translation>
    </message>
    <message>
        <source>(read from the charger: nothing to measure)</source>
        <translation>(leída del cargador: no hay nada que medir)</translation>
    </message>
    <message>
        <source>Test cancelled; the real contracted power is back.</source>
        <translation>Prueba cancelada; se ha restablecido la potencia contratada real.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>SUPERADA</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NO SUPERADA</translation>
    </message>
    <message>
        <source>Dynamic power control lowered the EV&apos;s current and kept house + EV within the contracted power.</source>
        <translation>El control dinámico de potencia ha reducido la corriente del VE y ha mantenido vivienda + VE dentro de la potencia contratada.</translation>
    </message>
    <message>
        <source>Active load balancing reacts to the test load as it should.</source>
        <translation>El balanceo dinámico de carga reacciona a la carga de prueba como debe.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
    <message>
        <source>Test stopped: {error}</source>
        <translation>Prueba detenida: {error}</translation>
    </message>
    <message>
        <source>Test cancelled; the real maximum meter current is back.</source>
        <translation>Prueba cancelada; se ha restablecido la corriente máxima real del contador.</translation>
    </message>
</context>
<context>
    <name>HairDryerTexts</name>
    <message>
        <source>Current of the test load (hair dryer, kettle), as on its label:</source>
        <translation>Corriente de la carga de prueba (secador, hervidor), según su etiqueta:</translation>
    </message>
    <message>
        <source>Connect the EV (or a test box) and start a charging session, then press Continue. The charger first measures the voltage for about a minute.</source>
        <translation>Conecte el VE (o una caja de pruebas) e inicie una sesión de carga; después pulse Continuar. El cargador mide primero la tensión durante aproximadamente un minuto.</translation>
    </message>
    <message>
        <source>Continue the hair-dryer test anyway?</source>
        <translation>¿Continuar de todos modos con la prueba del secador?</translation>
    </message>
    <message>
        <source>The EV is charging.</source>
        <translation>El VE está cargando.</translation>
    </message>
    <message>
        <source>Waiting for the EV to charge…</source>
        <translation>Esperando a que el VE cargue…</translation>
    </message>
    <message>
        <source>Recording the charger&apos;s reaction…</source>
        <translation>Registrando la reacción del cargador…</translation>
    </message>
    <message>
        <source>Done: you can switch the test load off.</source>
        <translation>Terminado: puede apagar la carga de prueba.</translation>
    </message>
    <message>
        <source>Reading the charger&apos;s settings…</source>
        <translation>Leyendo los ajustes del cargador…</translation>
    </message>
    <message>
        <source>Plug the test load into any outlet of the house: the charger&apos;s CT clamp measures the whole house feed.</source>
        <translation>Enchufe la carga de prueba en cualquier base de enchufe de la vivienda: la pinza CT del cargador mide toda la alimentación de la vivienda.</translation>
    </message>
    <message>
        <source>Clamp-meter reading of the household current on L{p}, WITHOUT the EV:</source>
        <translation>Lectura de la pinza amperimétrica de la corriente de la vivienda en L{p}, SIN el VE:</translation>
    </message>
    <message>
        <source>Plug the test load into an outlet on grid phase L{p}: the charger&apos;s L1 lands there by its phase mapping, so the EV always draws from it.</source>
        <translation>Enchufe la carga de prueba en una base de enchufe de la fase de red L{p}: por su asignación de fases, la L1 del cargador llega a esa fase, de modo que el VE siempre consume de ella.</translation>
    </message>
    <message>
        <source>For the test the contracted power is set to the value below (in W), so that the EV must come down when the test load goes on; the real value is put back afterwards. Accept it, or type another value.</source>
        <translation>Para la prueba, la potencia contratada se ajusta al valor indicado abajo (en W), para que el VE tenga que bajar cuando se encienda la carga de prueba; después se restablece el valor real. Acéptelo o escriba otro valor.</translation>
    </message>
    <message>
        <source>For the test the maximum meter current is set to the value below, under household + test load (the real {real} is put back afterwards). Accept it, or type another value.</source>
        <translation>Para la prueba, la corriente máxima del contador se ajusta al valor siguiente, inferior a vivienda + carga de prueba (después se restablece el valor real de {real}). Acéptelo o escriba otro valor.</translation>
    </message>
    <message>
        <source>Switch the test load ({load}) on now, then press Continue.</source>
        <translation>Encienda ahora la carga de prueba ({load}) y después pulse Continuar.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Puesta en marcha</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>Monitorización en tiempo real</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Settings and files</source>
        <translation>Ajustes y archivos</translation>
    </message>
    <message>
        <source>Commissioner user guide</source>
        <translation>Guía del usuario de Commissioner</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Páginas de la guía</translation>
    </message>
</context>
<context>
    <name>InterruptedBanner</name>
    <message>
        <source>Re&amp;sume it</source>
        <translation>Rean&amp;udarla</translation>
    </message>
    <message>
        <source>Roll it back to as &amp;found</source>
        <translation>Volver al estado &amp;inicial</translation>
    </message>
    <message>
        <source>⚠ A run of the plan &apos;{plan}&apos; stopped before it finished ({status}). Some settings may be half-applied.</source>
        <translation>⚠ Una ejecución del plan «{plan}» se detuvo antes de terminar ({status}). Puede que algunos ajustes se hayan aplicado solo en parte.</translation>
    </message>
    <message>
        <source>Run {run}</source>
        <translation>Ejecución {run}</translation>
    </message>
    <message>
        <source>({count} more after this one.)</source>
        <translation>({count} más después de esta.)</translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>Licence key</source>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Paste the key as bought: spaces, dashes and lower case are fine. The charger reboots to take a new key.</source>
        <translation>Pegue la clave tal como la compró: se admiten espacios, guiones y minúsculas. El cargador se reinicia para adoptar una clave nueva.</translation>
    </message>
    <message>
        <source>Keep typing: a key has 24 hex digits.</source>
        <translation>Siga escribiendo: una clave tiene 24 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Key complete: {key}</source>
        <translation>Clave completa: {key}</translation>
    </message>
    <message>
        <source>Features this charger has:</source>
        <translation>Funciones de este cargador:</translation>
    </message>
</context>
<context>
    <name>LockLedsPage</name>
    <message>
        <source>A locked charger starts no charge until it is unlocked. The brightness of each LED is 0 (off) to 100 %.</source>
        <translation>Un cargador bloqueado no inicia ninguna carga hasta que se desbloquea. El brillo de cada LED va de 0 (apagado) a 100 %.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Connect to {name}</source>
        <translation>Conectar con {name}</translation>
    </message>
    <message>
        <source>Log in to {name}</source>
        <translation>Iniciar sesión en {name}</translation>
    </message>
    <message>
        <source>Look-alike spellings</source>
        <translation>Grafías parecidas</translation>
    </message>
    <message>
        <source>&amp;Try this spelling</source>
        <translation>Probar esta &amp;grafía</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>No hay llavero del sistema: la contraseña no se recordará.</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Cargador:</translation>
    </message>
    <message>
        <source>This charger&apos;s local API has no password: the program connects at once. Anyone on this network can read and change its settings, so keep the charger on a network only the site uses.</source>
        <translation>La API local de este cargador no tiene contraseña: el programa se conecta de inmediato. Cualquier persona en esta red puede leer y cambiar sus ajustes, así que mantenga el cargador en una red que solo utilice la instalación.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Type the password from the installer card.</source>
        <translation>Escriba la contraseña de la tarjeta del instalador.</translation>
    </message>
    <message>
        <source>The charger refused this password.</source>
        <translation>El cargador ha rechazado esta contraseña.</translation>
    </message>
    <message>
        <source>Check it against the installer card (user admin).</source>
        <translation>Compruébela con la tarjeta del instalador (usuario admin).</translation>
    </message>
    <message>
        <source>The digit 1 and the letter l look alike on the card. These spellings swap them; double-click one to try it. Several wrong tries in a row can lock the account for a while.</source>
        <translation>En la tarjeta, el dígito 1 y la letra l se parecen. Estas grafías los intercambian; haga doble clic en una para probarla. Varios intentos fallidos seguidos pueden bloquear la cuenta durante un tiempo.</translation>
    </message>
    <message>
        <source>close the MyEve app on your phone, or any other tool connected to it;</source>
        <translation>cerrar la app MyEve en su teléfono, o cualquier otra herramienta conectada al cargador;</translation>
    </message>
    <message>
        <source>wait about a minute for the other session to expire, then log in again;</source>
        <translation>esperar un minuto aproximadamente a que caduque la otra sesión y volver a iniciar sesión;</translation>
    </message>
    <message>
        <source>or switch the charger off and on again (this ends every session).</source>
        <translation>o apagar y volver a encender el cargador (esto cierra todas las sesiones).</translation>
    </message>
    <message>
        <source>Another client holds this charger&apos;s only session.</source>
        <translation>Otro cliente ocupa la única sesión de este cargador.</translation>
    </message>
    <message>
        <source>The charger talks to one client at a time. You can:</source>
        <translation>El cargador solo se comunica con un cliente a la vez. Puede:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Commissioner</source>
        <translation>Commissioner</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vista &amp;general</translation>
    </message>
    <message>
        <source>&amp;Commissioning</source>
        <translation>&amp;Puesta en marcha</translation>
    </message>
    <message>
        <source>Live &amp;monitoring</source>
        <translation>&amp;Monitorización en tiempo real</translation>
    </message>
    <message>
        <source>&amp;SCN</source>
        <translation>&amp;SCN</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>Man&amp;tenimiento</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Instalación de demostración</translation>
    </message>
    <message>
        <source>Chargers found: {count}</source>
        <translation>Cargadores encontrados: {count}</translation>
    </message>
    <message>
        <source>logged in and polled: {count}</source>
        <translation>con sesión y consultados: {count}</translation>
    </message>
    <message>
        <source>discovery running ({problem})</source>
        <translation>detección en curso ({problem})</translation>
    </message>
    <message>
        <source>discovery running (mDNS and Bluetooth)</source>
        <translation>detección en curso (mDNS y Bluetooth)</translation>
    </message>
    <message>
        <source>demo site running on 127.0.0.1</source>
        <translation>instalación de demostración activa en 127.0.0.1</translation>
    </message>
    <message>
        <source>The certificate of {key} changed: select it to decide.</source>
        <translation>El certificado de {key} ha cambiado: selecciónelo para decidir.</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>No hay llavero del sistema: la contraseña no se recordará.</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Reading the clock and the name…</source>
        <translation>Leyendo el reloj y el nombre…</translation>
    </message>
    <message>
        <source>Reading the clock</source>
        <translation>Lectura del reloj</translation>
    </message>
    <message>
        <source>Rolling back {plan}</source>
        <translation>Reversión de {plan}</translation>
    </message>
    <message>
        <source>Reading every setting…</source>
        <translation>Leyendo todos los ajustes…</translation>
    </message>
    <message>
        <source>Saving a settings backup</source>
        <translation>Guardado de una copia de seguridad de los ajustes</translation>
    </message>
    <message>
        <source>Comparing the backup with the charger…</source>
        <translation>Comparando la copia de seguridad con el cargador…</translation>
    </message>
    <message>
        <source>Reading a settings backup</source>
        <translation>Lectura de una copia de seguridad de los ajustes</translation>
    </message>
    <message>
        <source>Saving a support bundle</source>
        <translation>Guardado de un paquete de soporte</translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Measurand</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Tipo de dato</translation>
    </message>
    <message>
        <source>Scale (10ⁿ)</source>
        <translation>Escala (10ⁿ)</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Mapa de registros del contador</translation>
    </message>
    <message>
        <source>Row {row} ({measurand}), {column}: {why}</source>
        <translation>Fila {row} ({measurand}), {column}: {why}</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Electrical measurements (from your tester)</source>
        <translation>Mediciones eléctricas (de su comprobador)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Where (circuit or charger)</source>
        <translation>Dónde (circuito o cargador)</translation>
    </message>
    <message>
        <source>Where it was measured</source>
        <translation>Dónde se ha medido</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
</context>
<context>
    <name>MeterPage</name>
    <message>
        <source>Search meters (maker or model)</source>
        <translation>Buscar contadores (fabricante o modelo)</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>C&amp;ustom register map: edit the cells below</source>
        <translation>Mapa de registros &amp;personalizado: edite las celdas de abajo</translation>
    </message>
    <message>
        <source>Starts from the map shown (the chosen preset); type a register, data type or scale.</source>
        <translation>Parte del mapa mostrado (el preajuste elegido); escriba un registro, un tipo de dato o una escala.</translation>
    </message>
    <message>
        <source>Custom map, started from the one shown: double-click a cell to change it.</source>
        <translation>Mapa personalizado, partiendo del mostrado: haga doble clic en una celda para cambiarla.</translation>
    </message>
    <message>
        <source>Choose a preset in the list to leave the custom map.</source>
        <translation>Elija un preajuste en la lista para salir del mapa personalizado.</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>No se han encontrado problemas en esta página.</translation>
    </message>
    <message>
        <source>The charger reads this meter over {protocol}.</source>
        <translation>El cargador lee este contador por {protocol}.</translation>
    </message>
    <message>
        <source>A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP (ALB data source page).</source>
        <translation>Se usa un contador Modbus cuando el protocolo del contador ALB es Modbus RTU o TCP (página Fuente de datos ALB).</translation>
    </message>
</context>
<context>
    <name>MeterPlacementDiagram</name>
    <message>
        <source>Where the meter sits</source>
        <translation>Ubicación del contador</translation>
    </message>
    <message>
        <source>The meter measures the house and the charger: EV included.</source>
        <translation>El contador mide la vivienda y el cargador: VE incluido.</translation>
    </message>
    <message>
        <source>The charger is fed before the meter: the meter sees the house only.</source>
        <translation>El cargador se alimenta antes del contador: el contador solo ve la vivienda.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Vivienda</translation>
    </message>
</context>
<context>
    <name>MeterTestPanel</name>
    <message>
        <source>Test smart meter</source>
        <translation>Probar el contador inteligente</translation>
    </message>
    <message>
        <source>Reads the meter through the charger and directly from this computer (Modbus TCP at the meter IP address, port and unit id), and checks that the values make sense.</source>
        <translation>Lee el contador a través del cargador y directamente desde este ordenador (Modbus TCP en la dirección IP, el puerto y el ID de unidad del contador) y comprueba que los valores tengan sentido.</translation>
    </message>
    <message>
        <source>Site now: not known</source>
        <translation>Instalación ahora: desconocido</translation>
    </message>
    <message>
        <source>Site now: draws from the grid</source>
        <translation>Instalación ahora: consume de la red</translation>
    </message>
    <message>
        <source>Site now: feeds into the grid</source>
        <translation>Instalación ahora: vierte a la red</translation>
    </message>
    <message>
        <source>Lets the check tell a reversed meter from export.</source>
        <translation>Permite a la comprobación distinguir un contador invertido de un vertido a la red.</translation>
    </message>
    <message>
        <source>Clamp A per phase: 10.2, 4.9, 2.1</source>
        <translation>Pinza A por fase: 10.2, 4.9, 2.1</translation>
    </message>
    <message>
        <source>Optional: currents measured with a clamp meter, to check scale and phases.</source>
        <translation>Opcional: corrientes medidas con una pinza amperimétrica, para comprobar la escala y las fases.</translation>
    </message>
    <message>
        <source>Serial port (TIC, RS-485)</source>
        <translation>Puerto serie (TIC, RS-485)</translation>
    </message>
    <message>
        <source>Only for a meter on a serial line. A TIC (Linky) meter: the serial port of the TIC dongle on this computer (/dev/ttyUSB0, COM3) or the address of a TIC gateway (host:port). A Modbus RTU meter: the serial port of the USB–RS-485 adapter on the meter&apos;s line.</source>
        <translation>Solo para un contador en una línea serie. Un contador TIC (Linky): el puerto serie del adaptador TIC en este ordenador (/dev/ttyUSB0, COM3) o la dirección de una pasarela TIC (host:puerto). Un contador Modbus RTU: el puerto serie del adaptador USB–RS-485 en la línea del contador.</translation>
    </message>
    <message>
        <source>&amp;Test smart meter</source>
        <translation>Pro&amp;bar el contador inteligente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Charger (A)</source>
        <translation>Cargador (A)</translation>
    </message>
    <message>
        <source>ALB uses (A)</source>
        <translation>Usada por ALB (A)</translation>
    </message>
    <message>
        <source>Direct (A)</source>
        <translation>Directa (A)</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>¿Igual?</translation>
    </message>
    <message>
        <source>The meter&apos;s currents as the charger reports them (5221).</source>
        <translation>Las corrientes del contador tal como las indica el cargador (5221).</translation>
    </message>
    <message>
        <source>The currents ALB balances on (212F): negative while the site exports.</source>
        <translation>Las corrientes con las que equilibra el ALB (212F): negativas mientras la instalación vierte a la red.</translation>
    </message>
    <message>
        <source>The meter read from this computer with the preset or custom map.</source>
        <translation>El contador leído desde este ordenador con el preajuste o el mapa personalizado.</translation>
    </message>
    <message>
        <source>Whether the charger and this computer read the same current.</source>
        <translation>Si el cargador y este ordenador leen la misma corriente.</translation>
    </message>
    <message>
        <source>Meter currents per phase, both paths</source>
        <translation>Corrientes del contador por fase, por ambas vías</translation>
    </message>
    <message>
        <source>Clamp currents &apos;{text}&apos;: give amperes per phase, like 10.2, 4.9, 2.1.</source>
        <translation>Corrientes de pinza «{text}»: indique los amperios por fase, p. ej. 10.2, 4.9, 2.1.</translation>
    </message>
    <message>
        <source>Log in to a charger and read it first.</source>
        <translation>Primero inicie sesión en un cargador y léalo.</translation>
    </message>
    <message>
        <source>Meter test cancelled.</source>
        <translation>Prueba del contador cancelada.</translation>
    </message>
    <message>
        <source>The charger did not report its meter: {why}</source>
        <translation>El cargador no ha indicado su contador: {why}</translation>
    </message>
    <message>
        <source>Charger&apos;s Modbus meter link: {state}.</source>
        <translation>Enlace Modbus del cargador con el contador: {state}.</translation>
    </message>
    <message>
        <source>The meter cannot be reached directly from this computer: {why}</source>
        <translation>No se puede acceder al contador directamente desde este ordenador: {why}</translation>
    </message>
    <message>
        <source>Only the charger&apos;s view is shown.</source>
        <translation>Solo se muestra la lectura del cargador.</translation>
    </message>
    <message>
        <source>Read directly at {where}.</source>
        <translation>Leído directamente en {where}.</translation>
    </message>
    <message>
        <source>The plan is not applied yet: the charger still uses its meter settings as found, while this computer read the meter with the plan&apos;s. Apply the plan, then test again.</source>
        <translation>El plan aún no se ha aplicado: el cargador sigue usando sus ajustes iniciales del contador, mientras que este ordenador ha leído el contador con los del plan. Aplique el plan y vuelva a hacer la prueba.</translation>
    </message>
    <message>
        <source>The two paths disagree on {phases}: the charger&apos;s register map or address differs from what was read here.</source>
        <translation>Las dos vías no coinciden en {phases}: el mapa de registros o la dirección del cargador difiere de lo leído aquí.</translation>
    </message>
    <message>
        <source>Both paths read the same currents.</source>
        <translation>Ambas vías leen las mismas corrientes.</translation>
    </message>
    <message>
        <source>idle (no Modbus meter in use)</source>
        <translation>inactivo (ningún contador Modbus en uso)</translation>
    </message>
    <message>
        <source>initialising (no answer from the meter yet)</source>
        <translation>inicializando (aún sin respuesta del contador)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>warning (the last poll failed)</source>
        <translation>advertencia (la última lectura ha fallado)</translation>
    </message>
    <message>
        <source>error (the meter is quiet or the settings are unusable)</source>
        <translation>error (el contador no responde o los ajustes no son utilizables)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>código {code}</translation>
    </message>
    <message>
        <source>The values read are not plausible with this preset.</source>
        <translation>Con este preajuste, los valores leídos no son plausibles.</translation>
    </message>
    <message>
        <source>The meter reads, but the preset needs a correction:</source>
        <translation>El contador responde, pero el preajuste necesita una corrección:</translation>
    </message>
    <message>
        <source>The values read are plausible: the preset fits this meter.</source>
        <translation>Los valores leídos son plausibles: el preajuste es adecuado para este contador.</translation>
    </message>
    <message>
        <source>Proposed fix: {fix}.</source>
        <translation>Corrección propuesta: {fix}.</translation>
    </message>
</context>
<context>
    <name>MeterTestService</name>
    <message>
        <source>Reading the meter through the charger…</source>
        <translation>Leyendo el contador a través del cargador…</translation>
    </message>
    <message>
        <source>Reading the meter from this computer…</source>
        <translation>Leyendo el contador desde este ordenador…</translation>
    </message>
    <message>
        <source>Meter test done.</source>
        <translation>Prueba del contador terminada.</translation>
    </message>
    <message>
        <source>Testing the smart meter of {key}</source>
        <translation>Prueba del contador inteligente de {key}</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>not in use (communication idle)</source>
        <translation>sin uso (comunicación inactiva)</translation>
    </message>
    <message>
        <source>initialising</source>
        <translation>inicializando</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Follow &amp;latest</source>
        <translation>Seguir los ú&amp;ltimos valores</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>&amp;Exportar vista como CSV…</translation>
    </message>
    <message>
        <source>Voltages (charger)</source>
        <translation>Tensiones (cargador)</translation>
    </message>
    <message>
        <source>House / grid power</source>
        <translation>Potencia vivienda / red</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potencia contratada</translation>
    </message>
    <message>
        <source>Charging power</source>
        <translation>Potencia de carga</translation>
    </message>
    <message>
        <source>Charging current set</source>
        <translation>Corriente de carga ajustada</translation>
    </message>
    <message>
        <source>CT clamp link</source>
        <translation>Enlace con la pinza CT</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Control dinámico de potencia</translation>
    </message>
    <message>
        <source>on, never below {minimum}</source>
        <translation>activado, nunca por debajo de {minimum}</translation>
    </message>
    <message>
        <source>off: the contracted power is not kept</source>
        <translation>desactivado: no se respeta la potencia contratada</translation>
    </message>
    <message>
        <source>Meter link code {code}</source>
        <translation>Código del enlace con el contador {code}</translation>
    </message>
    <message>
        <source>limit {amps}</source>
        <translation>límite {amps}</translation>
    </message>
    <message>
        <source>Status flags 0x{flags:X}</source>
        <translation>Indicadores de estado 0x{flags:X}</translation>
    </message>
    <message>
        <source>Voltages (meter)</source>
        <translation>Tensiones (contador)</translation>
    </message>
    <message>
        <source>Frequency (meter)</source>
        <translation>Frecuencia (contador)</translation>
    </message>
    <message>
        <source>Meter currents</source>
        <translation>Corrientes del contador</translation>
    </message>
    <message>
        <source>Power meter / socket</source>
        <translation>Potencia contador / toma</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Modo 3</translation>
    </message>
    <message>
        <source>Limit in force</source>
        <translation>Límite vigente</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Balanceo dinámico de carga</translation>
    </message>
    <message>
        <source>Meter link</source>
        <translation>Enlace con el contador</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Live currents of {key}</source>
        <translation>Corrientes en tiempo real de {key}</translation>
    </message>
    <message>
        <source>Log in to a charger to see its live currents.</source>
        <translation>Inicie sesión en un cargador para ver sus corrientes en tiempo real.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Link state code {code}</source>
        <translation>Código de estado del enlace {code}</translation>
    </message>
    <message>
        <source> — the charger does not answer</source>
        <translation> — el cargador no responde</translation>
    </message>
    <message>
        <source>socket {n}: {state}</source>
        <translation>toma {n}: {state}</translation>
    </message>
    <message>
        <source>{polls} polls, {gaps} gaps</source>
        <translation>{polls} lecturas, {gaps} huecos</translation>
    </message>
    <message>
        <source>Export the visible window</source>
        <translation>Exportar la ventana visible</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>One member reads the meter (active load balancing)</source>
        <translation>Un miembro lee el contador (balanceo dinámico de carga)</translation>
    </message>
    <message>
        <source>It keeps its ALB settings; the others need none.</source>
        <translation>Conserva sus ajustes ALB; los demás no necesitan ninguno.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Grid total current</source>
        <translation>Corriente total de la acometida</translation>
    </message>
    <message>
        <source>Total safe current</source>
        <translation>Corriente de seguridad total</translation>
    </message>
    <message>
        <source>Socket safe current</source>
        <translation>Corriente de seguridad por toma</translation>
    </message>
    <message>
        <source>Station maximum</source>
        <translation>Máximo del cargador</translation>
    </message>
    <message>
        <source>Socket maximum</source>
        <translation>Máximo por toma</translation>
    </message>
    <message>
        <source>Alternating period</source>
        <translation>Período de alternancia</translation>
    </message>
    <message>
        <source>Meter-reading member</source>
        <translation>Miembro que lee el contador</translation>
    </message>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Ningún miembro lee un contador: la red reparte su corriente total de la acometida, independientemente de lo que consuma el resto del edificio.</translation>
    </message>
    <message>
        <source>Read the members, then choose the one wired to the meter.</source>
        <translation>Lea los miembros y luego elija el que está conectado al contador.</translation>
    </message>
    <message>
        <source>{name} reads the meter and computes the current available to the whole network: the maximum meter current minus what the rest of the building draws.</source>
        <translation>{name} lee el contador y calcula la corriente disponible para toda la red: la corriente máxima del contador menos lo que consume el resto del edificio.</translation>
    </message>
</context>
<context>
    <name>OverviewControls</name>
    <message>
        <source>timed power on</source>
        <translation>potencia temporizada activada</translation>
    </message>
    <message>
        <source>timed power off</source>
        <translation>potencia temporizada desactivada</translation>
    </message>
    <message>
        <source>minimum power, more when there is room</source>
        <translation>potencia mínima, más cuando hay margen</translation>
    </message>
    <message>
        <source>solar power only</source>
        <translation>solo energía solar</translation>
    </message>
    <message>
        <source>grid and solar</source>
        <translation>red y solar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>clamp reading normally</source>
        <translation>la pinza lee con normalidad</translation>
    </message>
    <message>
        <source>waiting for the clamp</source>
        <translation>esperando a la pinza</translation>
    </message>
    <message>
        <source>clamp fault: check its cable</source>
        <translation>fallo de la pinza: revise su cable</translation>
    </message>
    <message>
        <source>one-phase</source>
        <translation>monofásico</translation>
    </message>
    <message>
        <source>three-phase</source>
        <translation>trifásico</translation>
    </message>
    <message>
        <source>one- or three-phase</source>
        <translation>monofásico o trifásico</translation>
    </message>
    <message>
        <source>Charging settings</source>
        <translation>Ajustes de carga</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Control dinámico de potencia</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Corriente mínima</translation>
    </message>
    <message>
        <source>Maximum current</source>
        <translation>Corriente máxima</translation>
    </message>
    <message>
        <source>Charging current set now</source>
        <translation>Corriente de carga ajustada ahora</translation>
    </message>
    <message>
        <source>Charging phases</source>
        <translation>Fases de carga</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Tensión de la instalación</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>locked: nobody can charge</source>
        <translation>bloqueado: nadie puede cargar</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>Charging paused</source>
        <translation>Carga en pausa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Light LED</source>
        <translation>LED de iluminación</translation>
    </message>
    <message>
        <source>Logo LED</source>
        <translation>LED del logotipo</translation>
    </message>
    <message>
        <source>{power} (≈ {amps} per phase)</source>
        <translation>{power} (≈ {amps} por fase)</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>código {code}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potencia contratada</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pausar al modular</translation>
    </message>
    <message>
        <source>Current clamp</source>
        <translation>Pinza de corriente</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Red wifi</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Wi-Fi signal</source>
        <translation>Señal wifi</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>nivel {level}</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Funciones con licencia</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Tomas</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Toma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Modo 3</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Límites de corriente</translation>
    </message>
    <message>
        <source>Current L1 / L2 / L3</source>
        <translation>Corriente L1 / L2 / L3</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Socket 1</source>
        <translation>Toma 1</translation>
    </message>
    <message>
        <source>Socket 2</source>
        <translation>Toma 2</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Ningún cargador seleccionado</translation>
    </message>
    <message>
        <source>Pick a charger in the list, or add one by its address.</source>
        <translation>Elija un cargador en la lista o añada uno por su dirección.</translation>
    </message>
    <message>
        <source>Log in (user admin, password from the installer card) to read licences, socket states and current limits.</source>
        <translation>Inicie sesión (usuario admin, contraseña de la tarjeta del instalador) para leer las licencias, el estado de las tomas y los límites de corriente.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Serial (Object ID)</source>
        <translation>N.º de serie (Object ID)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Desc&amp;onectar</translation>
    </message>
    <message>
        <source>Connect (no password: its local API has none) to read its state, limits, dynamic power control and network.</source>
        <translation>Conéctese (sin contraseña: su API local no tiene) para leer su estado, sus límites, el control dinámico de potencia y la red.</translation>
    </message>
    <message>
        <source>Charger ID</source>
        <translation>ID del cargador</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Installation phases</source>
        <translation>Fases de la instalación</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Licence device id</source>
        <translation>ID de dispositivo de la licencia</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueada</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Corriente máxima del cargador</translation>
    </message>
    <message>
        <source>Maximum smart-meter current</source>
        <translation>Corriente máxima del contador inteligente</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Corriente de seguridad ALB</translation>
    </message>
    <message>
        <source>Socket maximum current</source>
        <translation>Corriente máxima de la toma</translation>
    </message>
    <message>
        <source>External maximum (RAM)</source>
        <translation>Máximo externo (RAM)</translation>
    </message>
    <message>
        <source>Static load-balancing limit</source>
        <translation>Límite del balanceo estático de carga</translation>
    </message>
    <message>
        <source>Active load-balancing limit</source>
        <translation>Límite del balanceo dinámico de carga</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Vigente ahora</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Checks of this page</source>
        <translation>Comprobaciones de esta página</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>No se han encontrado problemas en esta página.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Páginas del informe</translation>
    </message>
    <message>
        <source>Press Preview pages to see the pages of the report.</source>
        <translation>Pulse Vista previa de las páginas para ver las páginas del informe.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <source>The report has no pages.</source>
        <translation>El informe no tiene páginas.</translation>
    </message>
</context>
<context>
    <name>PhaseIdControl</name>
    <message>
        <source>Phase identification</source>
        <translation>Identificación de fases</translation>
    </message>
    <message>
        <source>&amp;Identify phases…</source>
        <translation>&amp;Identificar fases…</translation>
    </message>
    <message>
        <source>With an EV charging, steps the socket&apos;s current a few times and finds which grid phase each of the charger&apos;s phases lands on (a few minutes).</source>
        <translation>Con un VE cargando, varía varias veces la corriente de la toma y determina a qué fase de la red llega cada fase del cargador (unos minutos).</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Cancelar la identificación</translation>
    </message>
    <message>
        <source>Phase identification started.</source>
        <translation>Identificación de fases iniciada.</translation>
    </message>
    <message>
        <source>Finished on {serial}, socket {socket}.</source>
        <translation>Terminada en {serial}, toma {socket}.</translation>
    </message>
    <message>
        <source>Phase identification stopped: {error}</source>
        <translation>Identificación de fases detenida: {error}</translation>
    </message>
    <message>
        <source>&amp;Use this mapping</source>
        <translation>&amp;Usar esta asignación</translation>
    </message>
    <message>
        <source>Puts the proposed phase mapping into the commissioning plan of this charger.</source>
        <translation>Incluye la asignación de fases propuesta en el plan de puesta en marcha de este cargador.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Phase identification needs an EV charging: connect it and start a session, then press Continue.</source>
        <translation>La identificación de fases necesita un VE cargando: conéctelo e inicie una sesión; después pulse Continuar.</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Identificación de fases en {key}</translation>
    </message>
    <message>
        <source>Step {done} of {total}: the socket&apos;s current is stepped.</source>
        <translation>Paso {done} de {total}: se varía la corriente de la toma.</translation>
    </message>
    <message>
        <source>Phase identification cancelled; the socket&apos;s own maximum is back.</source>
        <translation>Identificación de fases cancelada; se ha restablecido el máximo propio de la toma.</translation>
    </message>
    <message>
        <source>Phase mapping {mapping} put into the commissioning plan.</source>
        <translation>Asignación de fases {mapping} incluida en el plan de puesta en marcha.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Proposed phase mapping: &lt;b&gt;{mapping}&lt;/b&gt;</source>
        <translation>Asignación de fases propuesta: &lt;b&gt;{mapping}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still possible: {mappings}</source>
        <translation>Aún posibles: {mappings}</translation>
    </message>
    <message>
        <source>Wiring fault: the charger is configured as {configured}, which this contradicts. Correct the wiring, or set the phase mapping in the Commissioning tab (Phases).</source>
        <translation>Error de cableado: el cargador está configurado como {configured}, lo que contradice este resultado. Corrija el cableado o ajuste la asignación de fases en la pestaña Puesta en marcha (Fases).</translation>
    </message>
    <message>
        <source>This matches the configured mapping ({configured}).</source>
        <translation>Coincide con la asignación configurada ({configured}).</translation>
    </message>
    <message>
        <source>charger L{k} → grid ?</source>
        <translation>cargador L{k} → red ?</translation>
    </message>
    <message>
        <source>charger L{k} → grid L{g}</source>
        <translation>cargador L{k} → red L{g}</translation>
    </message>
</context>
<context>
    <name>PhaseOrderDiagram</name>
    <message>
        <source>Supply-cable order</source>
        <translation>Orden del cable de alimentación</translation>
    </message>
    <message>
        <source>No phase mapping set.</source>
        <translation>No hay asignación de fases configurada.</translation>
    </message>
    <message>
        <source>supply L{grid} → charger L{own}</source>
        <translation>alimentación L{grid} → cargador L{own}</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>Phase mapping: which supply phase feeds the charger&apos;s L1, L2 and L3 (rotate the chargers of a site so single-phase cars spread over the phases).</source>
        <translation>Asignación de fases: qué fase de la alimentación llega a L1, L2 y L3 del cargador (rote los cargadores de una instalación para repartir los coches monofásicos entre las fases).</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>Añadir &amp;fotos…</translation>
    </message>
    <message>
        <source>What the selected photo shows</source>
        <translation>Lo que muestra la foto seleccionada</translation>
    </message>
    <message>
        <source>Caption, e.g. clamps point to the house</source>
        <translation>Pie de foto, p. ej. las pinzas apuntan a la vivienda</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Muestra:</translation>
    </message>
    <message>
        <source>Photos of the report</source>
        <translation>Fotos del informe</translation>
    </message>
    <message>
        <source>Add photos to the report</source>
        <translation>Añadir fotos al informe</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>No añadida: {why}</translation>
    </message>
    <message>
        <source>Not added: {why} (and {more} more)</source>
        <translation>No añadida: {why} (y {more} más)</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} foto(s) añadida(s).</translation>
    </message>
    <message>
        <source>{file} is damaged: it cannot be shown.</source>
        <translation>{file} está dañado: no se puede mostrar.</translation>
    </message>
    <message>
        <source>{file} could not be copied ({why}).</source>
        <translation>No se ha podido copiar {file} ({why}).</translation>
    </message>
    <message>
        <source>Photos no longer found: {files}</source>
        <translation>Fotos que ya no se encuentran: {files}</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Dirección del cargador</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Corriente máxima del cargador</translation>
    </message>
    <message>
        <source>Socket 1 maximum current</source>
        <translation>Corriente máxima de la toma 1</translation>
    </message>
    <message>
        <source>Socket 2 maximum current</source>
        <translation>Corriente máxima de la toma 2</translation>
    </message>
    <message>
        <source>Chameleon minimum current</source>
        <translation>Corriente mínima Chameleon</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Asignación de fases</translation>
    </message>
    <message>
        <source>1/3-phase switching</source>
        <translation>Conmutación monofásica/trifásica</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Modo de carga</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Tensión de la instalación</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Balanceo dinámico de carga</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>Fuente de datos ALB</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Protocolo del contador</translation>
    </message>
    <message>
        <source>Meter includes the charging EV</source>
        <translation>El contador incluye el VE en carga</translation>
    </message>
    <message>
        <source>Maximum meter current</source>
        <translation>Corriente máxima del contador</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Corriente de seguridad ALB</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Nombre del cargador</translation>
    </message>
    <message>
        <source>Set the clock from the laptop (UTC)</source>
        <translation>Ajustar el reloj desde el portátil (UTC)</translation>
    </message>
    <message>
        <source>P1 interface</source>
        <translation>Interfaz P1</translation>
    </message>
    <message>
        <source>P1 server IP address</source>
        <translation>Dirección IP del servidor P1</translation>
    </message>
    <message>
        <source>P1 server port</source>
        <translation>Puerto del servidor P1</translation>
    </message>
    <message>
        <source>Meter preset</source>
        <translation>Preajuste del contador</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Mapa de registros del contador</translation>
    </message>
    <message>
        <source>Register map measurands</source>
        <translation>Magnitudes del mapa de registros</translation>
    </message>
    <message>
        <source>Register map registers</source>
        <translation>Registros del mapa de registros</translation>
    </message>
    <message>
        <source>Register map data types</source>
        <translation>Tipos de dato del mapa de registros</translation>
    </message>
    <message>
        <source>Register map scales</source>
        <translation>Escalas del mapa de registros</translation>
    </message>
    <message>
        <source>Word order</source>
        <translation>Orden de palabras</translation>
    </message>
    <message>
        <source>Function code</source>
        <translation>Código de función</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>ID de unidad del contador</translation>
    </message>
    <message>
        <source>Meter IP address</source>
        <translation>Dirección IP del contador</translation>
    </message>
    <message>
        <source>Meter TCP port</source>
        <translation>Puerto TCP del contador</translation>
    </message>
    <message>
        <source>RTU baud rate</source>
        <translation>Velocidad RTU (baudios)</translation>
    </message>
    <message>
        <source>RTU parity</source>
        <translation>Paridad RTU</translation>
    </message>
    <message>
        <source>EMS mode</source>
        <translation>Modo EMS</translation>
    </message>
    <message>
        <source>EMS validity time</source>
        <translation>Tiempo de validez EMS</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Control dinámico de potencia</translation>
    </message>
    <message>
        <source>Dynamic power mode</source>
        <translation>Modo de potencia dinámica</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potencia contratada</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pausar al modular</translation>
    </message>
    <message>
        <source>Charger locked</source>
        <translation>Cargador bloqueado</translation>
    </message>
    <message>
        <source>Light LED brightness</source>
        <translation>Brillo del LED de iluminación</translation>
    </message>
    <message>
        <source>Logo LED brightness</source>
        <translation>Brillo del LED del logotipo</translation>
    </message>
    <message>
        <source>Back-office URL</source>
        <translation>URL del back office</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Identidad del cargador (charge box)</translation>
    </message>
    <message>
        <source>SCN name</source>
        <translation>Nombre de la SCN</translation>
    </message>
    <message>
        <source>SCN first socket ID</source>
        <translation>ID de la primera toma SCN</translation>
    </message>
    <message>
        <source>SCN socket count</source>
        <translation>Número de tomas SCN</translation>
    </message>
    <message>
        <source>SCN sockets of this charger</source>
        <translation>Tomas SCN de este cargador</translation>
    </message>
    <message>
        <source>SCN phase mapping</source>
        <translation>Asignación de fases SCN</translation>
    </message>
    <message>
        <source>SCN total current</source>
        <translation>Corriente total SCN</translation>
    </message>
    <message>
        <source>SCN socket safe current</source>
        <translation>Corriente de seguridad por toma SCN</translation>
    </message>
    <message>
        <source>SCN total safe current</source>
        <translation>Corriente de seguridad total SCN</translation>
    </message>
    <message>
        <source>SCN alternating period</source>
        <translation>Período de alternancia SCN</translation>
    </message>
    <message>
        <source>SCN firmware</source>
        <translation>Firmware SCN</translation>
    </message>
    <message>
        <source>SCN subnet</source>
        <translation>Subred SCN</translation>
    </message>
    <message>
        <source>the ALB settings</source>
        <translation>los ajustes ALB</translation>
    </message>
    <message>
        <source>the P1 settings</source>
        <translation>los ajustes P1</translation>
    </message>
    <message>
        <source>the meter settings</source>
        <translation>los ajustes del contador</translation>
    </message>
    <message>
        <source>the meter register map</source>
        <translation>el mapa de registros del contador</translation>
    </message>
    <message>
        <source>the EMS settings</source>
        <translation>los ajustes EMS</translation>
    </message>
    <message>
        <source>the dynamic power control settings</source>
        <translation>los ajustes del control dinámico de potencia</translation>
    </message>
    <message>
        <source>the LED settings</source>
        <translation>los ajustes de los LED</translation>
    </message>
    <message>
        <source>the back-office settings</source>
        <translation>los ajustes del back office</translation>
    </message>
    <message>
        <source>the SCN settings</source>
        <translation>los ajustes SCN</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Smart meter</source>
        <translation>Contador inteligente</translation>
    </message>
    <message>
        <source>Smart meter and energy management system</source>
        <translation>Contador inteligente y sistema de gestión de energía</translation>
    </message>
    <message>
        <source>Energy management system (EMS)</source>
        <translation>Sistema de gestión de energía (EMS)</translation>
    </message>
    <message>
        <source>DSMR P1 port</source>
        <translation>Puerto P1 DSMR</translation>
    </message>
    <message>
        <source>TIC (French Linky meter)</source>
        <translation>TIC (contador Linky francés)</translation>
    </message>
    <message>
        <source>Modbus RTU (RS-485 line)</source>
        <translation>Modbus RTU (línea RS-485)</translation>
    </message>
    <message>
        <source>Modbus TCP (network)</source>
        <translation>Modbus TCP (red)</translation>
    </message>
    <message>
        <source>Serial cable</source>
        <translation>Cable serie</translation>
    </message>
    <message>
        <source>P1 server on the network</source>
        <translation>Servidor P1 en la red</translation>
    </message>
    <message>
        <source>HomeWizard P1 meter</source>
        <translation>Medidor P1 de HomeWizard</translation>
    </message>
    <message>
        <source>High word first</source>
        <translation>Palabra alta primero</translation>
    </message>
    <message>
        <source>Low word first</source>
        <translation>Palabra baja primero</translation>
    </message>
    <message>
        <source>Holding registers</source>
        <translation>Registros de retención (holding)</translation>
    </message>
    <message>
        <source>Input registers</source>
        <translation>Registros de entrada (input)</translation>
    </message>
    <message>
        <source>No parity</source>
        <translation>Sin paridad</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impar</translation>
    </message>
    <message>
        <source>Per socket</source>
        <translation>Por toma</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>One phase</source>
        <translation>Monofásico</translation>
    </message>
    <message>
        <source>Three phases</source>
        <translation>Trifásico</translation>
    </message>
    <message>
        <source>Timed power on</source>
        <translation>Potencia temporizada activada</translation>
    </message>
    <message>
        <source>Timed power off (no longer used)</source>
        <translation>Potencia temporizada desactivada (ya no se usa)</translation>
    </message>
    <message>
        <source>Minimum power plus solar surplus</source>
        <translation>Potencia mínima más excedente solar</translation>
    </message>
    <message>
        <source>Solar surplus only</source>
        <translation>Solo excedente solar</translation>
    </message>
    <message>
        <source>Grid and solar</source>
        <translation>Red y solar</translation>
    </message>
    <message>
        <source>Stop charging</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <source>licence key</source>
        <translation>clave de licencia</translation>
    </message>
    <message>
        <source>charger clock</source>
        <translation>reloj del cargador</translation>
    </message>
    <message>
        <source>charger name</source>
        <translation>nombre del cargador</translation>
    </message>
    <message>
        <source>load balancing off while changing it</source>
        <translation>balanceo de carga desactivado durante el cambio</translation>
    </message>
    <message>
        <source>load balancing on</source>
        <translation>balanceo de carga activado</translation>
    </message>
    <message>
        <source>Smart Charging Network settings</source>
        <translation>ajustes de Smart Charging Network</translation>
    </message>
    <message>
        <source>restart of the charger</source>
        <translation>reinicio del cargador</translation>
    </message>
    <message>
        <source>meter connection</source>
        <translation>conexión del contador</translation>
    </message>
    <message>
        <source>meter register map</source>
        <translation>mapa de registros del contador</translation>
    </message>
    <message>
        <source>load balancing settings</source>
        <translation>ajustes del balanceo de carga</translation>
    </message>
    <message>
        <source>phase settings</source>
        <translation>ajustes de fases</translation>
    </message>
    <message>
        <source>current limits</source>
        <translation>límites de corriente</translation>
    </message>
    <message>
        <source>charge mode and installation voltage</source>
        <translation>modo de carga y tensión de la instalación</translation>
    </message>
    <message>
        <source>dynamic power control</source>
        <translation>control dinámico de potencia</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>bloqueo</translation>
    </message>
    <message>
        <source>LED brightness</source>
        <translation>brillo de los LED</translation>
    </message>
    <message>
        <source>back-office settings</source>
        <translation>ajustes del back office</translation>
    </message>
    <message>
        <source>settings as found</source>
        <translation>ajustes iniciales</translation>
    </message>
    <message>
        <source>load balancing as found</source>
        <translation>balanceo de carga inicial</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>lectura de los ajustes iniciales</translation>
    </message>
    <message>
        <source>reading the settings as left</source>
        <translation>lectura de los ajustes finales</translation>
    </message>
    <message>
        <source>restarting: waiting for the charger to come back</source>
        <translation>reinicio: esperando a que el cargador vuelva a responder</translation>
    </message>
    <message>
        <source>Applied: the charger holds the plan</source>
        <translation>Aplicado: el cargador contiene el plan</translation>
    </message>
    <message>
        <source>Applied, but some settings as left differ from the plan</source>
        <translation>Aplicado, pero algunos ajustes finales difieren del plan</translation>
    </message>
    <message>
        <source>Not applied: the plan breaks a rule for this charger</source>
        <translation>No aplicado: el plan incumple una regla para este cargador</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Detenido antes del final</translation>
    </message>
    <message>
        <source>Rolled back: the settings as found are back</source>
        <translation>Revertido: se han restablecido los ajustes iniciales</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>detenida por un error</translation>
    </message>
    <message>
        <source>settings as left differ from the plan</source>
        <translation>los ajustes finales difieren del plan</translation>
    </message>
    <message>
        <source>the plan broke a rule</source>
        <translation>el plan incumplía una regla</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertida</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <translation>{count} ajustes</translation>
    </message>
    <message>
        <source>{count} measurands mapped</source>
        <translation>{count} magnitudes asignadas</translation>
    </message>
</context>
<context>
    <name>PresetFileBar</name>
    <message>
        <source>&amp;Import preset file…</source>
        <translation>Impor&amp;tar archivo de preajuste…</translation>
    </message>
    <message>
        <source>E&amp;xport preset file…</source>
        <translation>E&amp;xportar archivo de preajuste…</translation>
    </message>
    <message>
        <source>Import a meter preset</source>
        <translation>Importar un preajuste de contador</translation>
    </message>
    <message>
        <source>Export the meter preset</source>
        <translation>Exportar el preajuste del contador</translation>
    </message>
    <message>
        <source>No folder for your presets: log in to a charger first.</source>
        <translation>No hay carpeta para sus preajustes: inicie sesión primero en un cargador.</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>No importado: {why}</translation>
    </message>
    <message>
        <source>Imported {title} from {file}.</source>
        <translation>{title} importado desde {file}.</translation>
    </message>
    <message>
        <source>Choose a preset or type a valid custom map first.</source>
        <translation>Primero elija un preajuste o escriba un mapa personalizado válido.</translation>
    </message>
    <message>
        <source>Exported {title} to {file}.</source>
        <translation>{title} exportado a {file}.</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Limits:</source>
        <translation>Límites:</translation>
    </message>
    <message>
        <source>the usual pass limits, or those of a country</source>
        <translation>los límites de aceptación habituales, o los de un país</translation>
    </message>
    <message>
        <source>Usual limits</source>
        <translation>Límites habituales</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Type a number, e.g. 4.5.</source>
        <translation>Escriba un número, p. ej. 4,5.</translation>
    </message>
    <message>
        <source>Between {low} and {high}.</source>
        <translation>Entre {low} y {high}.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
</context>
<context>
    <name>RebootConfirmation</name>
    <message>
        <source>{name}: not polled, so whether an EV is charging is not known</source>
        <translation>{name}: no consultado, así que no se sabe si hay un VE cargando</translation>
    </message>
    <message>
        <source>{name}: no EV charging</source>
        <translation>{name}: ningún VE cargando</translation>
    </message>
    <message>
        <source>{name}: an EV is charging on socket {sockets}: charging stops</source>
        <translation>{name}: hay un VE cargando en la toma {sockets}: la carga se detiene</translation>
    </message>
    <message>
        <source>Restart chargers?</source>
        <translation>¿Reiniciar los cargadores?</translation>
    </message>
    <message>
        <source>{action} restarts {count} charger(s). A restart takes about a minute; sockets do not charge meanwhile.</source>
        <translation>{action} reinicia {count} cargador(es). Un reinicio dura aproximadamente un minuto; mientras tanto, las tomas no cargan.</translation>
    </message>
    <message>
        <source>⚠ Charging is interrupted where an EV is charging.</source>
        <translation>⚠ La carga se interrumpe donde haya un VE cargando.</translation>
    </message>
    <message>
        <source>Restart {count} charger(s)</source>
        <translation>Reiniciar {count} cargador(es)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Charger {serial}</source>
        <translation>Cargador {serial}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Licences unlocked during the visit</source>
        <translation>Licencias desbloqueadas durante la visita</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>Back office (OCPP)</source>
        <translation>Back office (OCPP)</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Identidad del cargador (charge box)</translation>
    </message>
    <message>
        <source>Back-office registration</source>
        <translation>Registro en el back office</translation>
    </message>
    <message>
        <source>Settings changed (as found → as left)</source>
        <translation>Ajustes modificados (inicial → final)</translation>
    </message>
    <message>
        <source>No settings run was recorded for this charger.</source>
        <translation>No se ha registrado ninguna ejecución de ajustes para este cargador.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>No se ha modificado ningún ajuste.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Other settings as left</source>
        <translation>Otros ajustes finales</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Checks of the settings runs</source>
        <translation>Comprobaciones de las ejecuciones de ajustes</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Custom register map</source>
        <translation>Mapa de registros personalizado</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Protocolo del contador</translation>
    </message>
    <message>
        <source>Preset or map</source>
        <translation>Preajuste o mapa</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>ID de unidad</translation>
    </message>
    <message>
        <source>Scale of the current registers</source>
        <translation>Escala de los registros de corriente</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Dirección del contador</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Automatic tests</source>
        <translation>Pruebas automáticas</translation>
    </message>
    <message>
        <source>Hair-dryer test of load balancing</source>
        <translation>Prueba del secador del balanceo de carga</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Identificación de fases</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Prueba del contador</translation>
    </message>
    <message>
        <source>Fallback to the safe current when the meter link is cut</source>
        <translation>Paso a la corriente de seguridad al cortarse el enlace con el contador</translation>
    </message>
    <message>
        <source>Back-office connection (OCPP)</source>
        <translation>Conexión al back office (OCPP)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Hair-dryer test, socket {socket}</source>
        <translation>Prueba del secador, toma {socket}</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>Tiempo de reacción</translation>
    </message>
    <message>
        <source>Charging current at the end</source>
        <translation>Corriente de carga al final</translation>
    </message>
    <message>
        <source>Test maximum</source>
        <translation>Máximo de prueba</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Carga de prueba</translation>
    </message>
    <message>
        <source>Recorded during the test</source>
        <translation>Registrado durante la prueba</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>tiempo, s</translation>
    </message>
    <message>
        <source>power, W</source>
        <translation>potencia, W</translation>
    </message>
    <message>
        <source>current, A</source>
        <translation>corriente, A</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>carga de prueba encendida</translation>
    </message>
    <message>
        <source>test maximum</source>
        <translation>máximo de prueba</translation>
    </message>
    <message>
        <source>house power</source>
        <translation>potencia de la vivienda</translation>
    </message>
    <message>
        <source>grid power</source>
        <translation>potencia de red</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>potencia contratada</translation>
    </message>
    <message>
        <source>grid meter {phase}</source>
        <translation>contador de red {phase}</translation>
    </message>
    <message>
        <source>charger {phase}</source>
        <translation>cargador {phase}</translation>
    </message>
    <message>
        <source>Phase identification, socket {socket}</source>
        <translation>Identificación de fases, toma {socket}</translation>
    </message>
    <message>
        <source>Wiring found (proposed mapping)</source>
        <translation>Cableado detectado (asignación propuesta)</translation>
    </message>
    <message>
        <source>Mapping configured on the charger</source>
        <translation>Asignación configurada en el cargador</translation>
    </message>
    <message>
        <source>Configured mapping agrees</source>
        <translation>La asignación configurada coincide</translation>
    </message>
    <message>
        <source>Wiring fault</source>
        <translation>Fallo de cableado</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Grid currents the charger reads</source>
        <translation>Corrientes de red que lee el cargador</translation>
    </message>
    <message>
        <source>Grid currents read from the laptop</source>
        <translation>Corrientes de red leídas desde el portátil</translation>
    </message>
    <message>
        <source>Central system on the laptop</source>
        <translation>Sistema central en el portátil</translation>
    </message>
    <message>
        <source>{count} configuration keys read</source>
        <translation>{count} claves de configuración leídas</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>No utilizado</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Informe de puesta en marcha</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Cualificación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Commissioner version</source>
        <translation>Versión de Commissioner</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación eléctrica</translation>
    </message>
    <message>
        <source>Earthing system</source>
        <translation>Sistema de puesta a tierra</translation>
    </message>
    <message>
        <source>Main fuse</source>
        <translation>Fusible principal</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Potencia contratada</translation>
    </message>
    <message>
        <source>Current limit set by</source>
        <translation>Límite de corriente fijado por</translation>
    </message>
    <message>
        <source>Supply cable</source>
        <translation>Cable de alimentación</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Interruptor automático</translation>
    </message>
    <message>
        <source>Residual-current protection</source>
        <translation>Protección diferencial</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Prueba del secador</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Not done or not entered</source>
        <translation>No realizado o no introducido</translation>
    </message>
    <message>
        <source>Every test of the visit was done.</source>
        <translation>Se han realizado todas las pruebas de la visita.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Electrical measurements</source>
        <translation>Mediciones eléctricas</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Pruebas documentales y notas</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>Readings from the installer&apos;s tester, judged against the {profile} limits.</source>
        <translation>Lecturas del comprobador del instalador, evaluadas con los límites del perfil {profile}.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>No measurement was entered.</source>
        <translation>No se ha introducido ninguna medición.</translation>
    </message>
    <message>
        <source>No photo was added.</source>
        <translation>No se ha añadido ninguna foto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Entregado el</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>Lista de comprobación de la entrega</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Antihorario</translation>
    </message>
    <message>
        <source>Capacity tariff peak</source>
        <translation>Pico de la tarifa de capacidad</translation>
    </message>
    <message>
        <source>Charger label</source>
        <translation>Etiqueta del cargador</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Current clamp direction</source>
        <translation>Sentido de la pinza de corriente</translation>
    </message>
    <message>
        <source>Default passwords changed</source>
        <translation>Contraseñas por defecto cambiadas</translation>
    </message>
    <message>
        <source>Distribution board</source>
        <translation>Cuadro de distribución</translation>
    </message>
    <message>
        <source>Earth fault loop impedance</source>
        <translation>Impedancia del bucle de defecto a tierra</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>No conforme</translation>
    </message>
    <message>
        <source>IT (isolated supply)</source>
        <translation>IT (alimentación aislada)</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificada</translation>
    </message>
    <message>
        <source>Insulation resistance (500 V)</source>
        <translation>Resistencia de aislamiento (500 V)</translation>
    </message>
    <message>
        <source>Manuals and documents handed over</source>
        <translation>Manuales y documentos entregados</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No boot notification sent yet</source>
        <translation>Aún no se ha enviado ninguna notificación de arranque</translation>
    </message>
    <message>
        <source>No hair-dryer test for {serial}</source>
        <translation>No hay prueba del secador para {serial}</translation>
    </message>
    <message>
        <source>No meter test for {serial}</source>
        <translation>No hay prueba del contador para {serial}</translation>
    </message>
    <message>
        <source>No phase identification for {serial}</source>
        <translation>No hay identificación de fases para {serial}</translation>
    </message>
    <message>
        <source>No reading of {measurement}</source>
        <translation>No hay lectura de {measurement}</translation>
    </message>
    <message>
        <source>No settings run recorded for {serial}</source>
        <translation>No hay ejecución de ajustes registrada para {serial}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>No identificada</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>Owner shown how to use the charger</source>
        <translation>Se ha explicado al propietario cómo usar el cargador</translation>
    </message>
    <message>
        <source>Partly identified</source>
        <translation>Identificada en parte</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Phase rotation</source>
        <translation>Sentido de rotación de fases</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Prospective short-circuit current</source>
        <translation>Corriente de cortocircuito prevista</translation>
    </message>
    <message>
        <source>Protective conductor continuity</source>
        <translation>Continuidad del conductor de protección</translation>
    </message>
    <message>
        <source>RCD trip current</source>
        <translation>Corriente de disparo del RCD</translation>
    </message>
    <message>
        <source>RCD trip time</source>
        <translation>Tiempo de disparo del RCD</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Subscribed power of the contract</source>
        <translation>Potencia contratada (contrato)</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>Tensión de alimentación</translation>
    </message>
    <message>
        <source>TN (earth from the supply)</source>
        <translation>TN (tierra proporcionada por la red)</translation>
    </message>
    <message>
        <source>TT (own earth electrode)</source>
        <translation>TT (toma de tierra propia)</translation>
    </message>
    <message>
        <source>The plan kept every rule for this charger</source>
        <translation>El plan ha respetado todas las reglas para este cargador</translation>
    </message>
    <message>
        <source>The run finished</source>
        <translation>La ejecución ha terminado</translation>
    </message>
    <message>
        <source>The settings as left are the plan&apos;s</source>
        <translation>Los ajustes finales son los del plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>{minimum} to {maximum}</source>
        <translation>{minimum} a {maximum}</translation>
    </message>
    <message>
        <source>≤ {maximum}</source>
        <translation>≤ {maximum}</translation>
    </message>
    <message>
        <source>≥ {minimum}</source>
        <translation>≥ {minimum}</translation>
    </message>
</context>
<context>
    <name>ReportContents</name>
    <message>
        <source>Hair-dryer test</source>
        <translation>Prueba del secador</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Identificación de fases</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Prueba del contador</translation>
    </message>
    <message>
        <source>Fallback to the safe current</source>
        <translation>Paso a la corriente de seguridad</translation>
    </message>
    <message>
        <source>Back-office check</source>
        <translation>Comprobación del back office</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Last hair-dryer test: reaction in {reaction}, the EV at {final} after it.</source>
        <translation>Última prueba del secador: reacción en {reaction}; después, el VE a {final}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>No settings recorded for this charger.</source>
        <translation>No hay ajustes registrados para este cargador.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Firmware: {firmware}</source>
        <translation>Firmware: {firmware}</translation>
    </message>
    <message>
        <source>Commissioning runs: {count}</source>
        <translation>Ejecuciones de puesta en marcha: {count}</translation>
    </message>
    <message>
        <source>Licences unlocked: {names}</source>
        <translation>Licencias desbloqueadas: {names}</translation>
    </message>
    <message>
        <source>Nothing is missing: every test and reading is there.</source>
        <translation>No falta nada: están todas las pruebas y lecturas.</translation>
    </message>
    <message>
        <source>{measurement}: {reading}, the limit is {limit}.</source>
        <translation>{measurement}: {reading}, el límite es {limit}.</translation>
    </message>
    <message>
        <source>{count} tests or readings are missing (see Chargers and tests).</source>
        <translation>Faltan {count} pruebas o lecturas (véase Cargadores y pruebas).</translation>
    </message>
    <message>
        <source>Every reading passed and nothing is missing.</source>
        <translation>Todas las lecturas son conformes y no falta nada.</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>No se puede leer {file}.</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; take a smaller picture.</source>
        <translation>{file} ocupa más de {mb} MB; haga una foto más pequeña.</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG picture.</source>
        <translation>{file} no es una imagen JPEG ni PNG.</translation>
    </message>
    <message>
        <source>{file} has too many pixels for a report.</source>
        <translation>{file} tiene demasiados píxeles para un informe.</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Reading what was recorded for {serial}…</source>
        <translation>Leyendo lo registrado para {serial}…</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records</source>
        <translation>Lectura de los registros de la visita</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records…</source>
        <translation>Leyendo los registros de la visita…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Writing the JSON twin…</source>
        <translation>Escribiendo el JSON asociado…</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>Exportación del informe</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Dibujando el PDF…</translation>
    </message>
    <message>
        <source>The saved draft could not be read; starting a new one.</source>
        <translation>No se ha podido leer el borrador guardado; se empieza uno nuevo.</translation>
    </message>
    <message>
        <source>the folder {folder} cannot take files ({why}).</source>
        <translation>la carpeta {folder} no admite archivos ({why}).</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Maquetando las páginas…</translation>
    </message>
    <message>
        <source>Drawing page {page} of {pages}…</source>
        <translation>Dibujando la página {page} de {pages}…</translation>
    </message>
</context>
<context>
    <name>ReportSite</name>
    <message>
        <source>Type A 30 mA + 6 mA DC in the charger</source>
        <translation>Tipo A 30 mA + 6 mA CC en el cargador</translation>
    </message>
    <message>
        <source>Type B 30 mA</source>
        <translation>Tipo B 30 mA</translation>
    </message>
    <message>
        <source>Type F 30 mA</source>
        <translation>Tipo F 30 mA</translation>
    </message>
    <message>
        <source>Type EV 30 mA</source>
        <translation>Tipo EV 30 mA</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Anything the next visitor should know: where the meter is, what is left…</source>
        <translation>Lo que debe saber el próximo visitante: dónde está el contador, qué queda pendiente…</translation>
    </message>
    <message>
        <source>Chargers and tests</source>
        <translation>Cargadores y pruebas</translation>
    </message>
    <message>
        <source>Site and installation</source>
        <translation>Instalación y datos eléctricos</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>Photos and notes</source>
        <translation>Fotos y notas</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The drawn signature could not be saved: {why}</source>
        <translation>No se ha podido guardar la firma dibujada: {why}</translation>
    </message>
    <message>
        <source>The records could not be read: {why}</source>
        <translation>No se han podido leer los registros: {why}</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>{count} páginas.</translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}</source>
        <translation>Escrito: {pdf} y {json}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What applying changes (as found → plan):</source>
        <translation>Qué cambia la aplicación (inicial → plan):</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Check against the charger</source>
        <translation>&amp;Comprobar con el cargador</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Pasos de la ejecución</translation>
    </message>
    <message>
        <source>As left:</source>
        <translation>Final:</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>{value} (changed)</source>
        <translation>{value} (cambiado)</translation>
    </message>
    <message>
        <source>The plan holds the settings as found: nothing to apply.</source>
        <translation>El plan contiene los ajustes iniciales: no hay nada que aplicar.</translation>
    </message>
    <message>
        <source>The check found {count} problem(s):</source>
        <translation>La comprobación ha encontrado {count} problema(s):</translation>
    </message>
    <message>
        <source>All checks passed: applying writes {count} setting(s).</source>
        <translation>Todas las comprobaciones superadas: la aplicación escribe {count} ajuste(s).</translation>
    </message>
    <message>
        <source>The charger restarts to take them.</source>
        <translation>El cargador se reinicia para adoptarlos.</translation>
    </message>
</context>
<context>
    <name>ScnOverviewPage</name>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Ningún miembro lee un contador: la red reparte su corriente total de la acometida, independientemente de lo que consuma el resto del edificio.</translation>
    </message>
    <message>
        <source>{names} all read a meter, but only one member of a network may: switch active load balancing off on all but one.</source>
        <translation>{names} leen un contador, pero solo un miembro de una red puede hacerlo: desactive el balanceo dinámico de carga en todos menos en uno.</translation>
    </message>
    <message>
        <source>Meter-reading member: {name}. It computes the current available to the whole network (the maximum meter current minus what the rest of the building draws); the network shares it.</source>
        <translation>Miembro que lee el contador: {name}. Calcula la corriente disponible para toda la red (la corriente máxima del contador menos lo que consume el resto del edificio); la red la reparte.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the members on the set-up page first.</source>
        <translation>Primero lea los miembros en la página Configuración.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Toma</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>ID SCN</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Current per phase</source>
        <translation>Corriente por fase</translation>
    </message>
    <message>
        <source>The network draws {amps} A (grid total current: {limit} per phase)</source>
        <translation>La red consume {amps} A (corriente total de la acometida: {limit} por fase)</translation>
    </message>
    <message>
        <source>in no network</source>
        <translation>en ninguna red</translation>
    </message>
    <message>
        <source>waiting: the network has too little current</source>
        <translation>en espera: la red no tiene suficiente corriente</translation>
    </message>
    <message>
        <source>Alternation</source>
        <translation>Alternancia</translation>
    </message>
    <message>
        <source>Chargers do not report when a pause ends: &apos;until&apos; is when this program first saw the socket paused plus the alternating period.</source>
        <translation>Los cargadores no indican cuándo termina una pausa: «hasta» es el momento en que este programa vio la toma en pausa por primera vez, más el período de alternancia.</translation>
    </message>
    <message>
        <source>paused until about {time}</source>
        <translation>en pausa hasta aproximadamente las {time}</translation>
    </message>
    <message>
        <source>Network consistent: {n} members agree.</source>
        <translation>Red coherente: {n} miembros coinciden.</translation>
    </message>
</context>
<context>
    <name>ScnPage</name>
    <message>
        <source>Set-up</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation>Vista general de la red</translation>
    </message>
</context>
<context>
    <name>ScnProgress</name>
    <message>
        <source>applying the licence key</source>
        <translation>aplicando la clave de licencia</translation>
    </message>
    <message>
        <source>setting the charger clock</source>
        <translation>ajustando el reloj del cargador</translation>
    </message>
    <message>
        <source>writing the charger name</source>
        <translation>escribiendo el nombre del cargador</translation>
    </message>
    <message>
        <source>switching active load balancing off</source>
        <translation>desactivando el balanceo dinámico de carga</translation>
    </message>
    <message>
        <source>switching active load balancing on</source>
        <translation>activando el balanceo dinámico de carga</translation>
    </message>
    <message>
        <source>writing the network settings</source>
        <translation>escribiendo los ajustes de la red</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>reiniciando</translation>
    </message>
    <message>
        <source>writing the meter connection</source>
        <translation>escribiendo la conexión del contador</translation>
    </message>
    <message>
        <source>writing the meter&apos;s register map</source>
        <translation>escribiendo el mapa de registros del contador</translation>
    </message>
    <message>
        <source>writing the load-balancing settings</source>
        <translation>escribiendo los ajustes del balanceo de carga</translation>
    </message>
    <message>
        <source>writing the phase settings</source>
        <translation>escribiendo los ajustes de fases</translation>
    </message>
    <message>
        <source>writing the current limits</source>
        <translation>escribiendo los límites de corriente</translation>
    </message>
    <message>
        <source>writing the back-office settings</source>
        <translation>escribiendo los ajustes del back office</translation>
    </message>
    <message>
        <source>putting the settings back as found</source>
        <translation>restableciendo los ajustes iniciales</translation>
    </message>
    <message>
        <source>putting load balancing back as found</source>
        <translation>restableciendo el balanceo de carga inicial</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>leyendo los ajustes iniciales</translation>
    </message>
    <message>
        <source>reading the settings back</source>
        <translation>releyendo los ajustes</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ terminado</translation>
    </message>
    <message>
        <source>✔ rolled back</source>
        <translation>✔ revertido</translation>
    </message>
    <message>
        <source>⚠ done, but some settings read back differ from the plan</source>
        <translation>⚠ terminado, pero algunos ajustes releídos difieren del plan</translation>
    </message>
    <message>
        <source>✖ not applied: the plan does not suit it</source>
        <translation>✖ no aplicado: el plan no es adecuado para este cargador</translation>
    </message>
    <message>
        <source>✖ stopped (details in the tooltip)</source>
        <translation>✖ detenido (detalles en la información emergente)</translation>
    </message>
    <message>
        <source>restarting, waiting for it to come back</source>
        <translation>reiniciando, esperando a que vuelva a responder</translation>
    </message>
    <message>
        <source>restarting, waiting {time}</source>
        <translation>reiniciando, esperando {time}</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>paso {done} de {total}</translation>
    </message>
</context>
<context>
    <name>ScnService</name>
    <message>
        <source>Reading {n} chargers…</source>
        <translation>Leyendo {n} cargadores…</translation>
    </message>
    <message>
        <source>Reading the SCN members</source>
        <translation>Lectura de los miembros de la SCN</translation>
    </message>
    <message>
        <source>Applying {plan} to every member</source>
        <translation>Aplicación de {plan} a todos los miembros</translation>
    </message>
    <message>
        <source>Rolling back {plan} on every member</source>
        <translation>Reversión de {plan} en todos los miembros</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Leyendo la red…</translation>
    </message>
    <message>
        <source>Reading the SCN</source>
        <translation>Lectura de la SCN</translation>
    </message>
</context>
<context>
    <name>ScnSetupPage</name>
    <message>
        <source>&amp;Read the picked chargers</source>
        <translation>&amp;Leer los cargadores elegidos</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Sockets and phase rotation</source>
        <translation>Tomas y rotación de fases</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Cargador</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Toma</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>ID SCN</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Asignación de fases</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>A greyed charger is not an Alfen charger (a V2C Trydan, say): it does not join an Alfen Smart Charging Network.</source>
        <translation>Un cargador en gris no es un cargador Alfen (por ejemplo, un V2C Trydan): no se une a una Smart Charging Network de Alfen.</translation>
    </message>
    <message>
        <source>&amp;Apply to every member</source>
        <translation>A&amp;plicar a todos los miembros</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Roll &amp;back the last run</source>
        <translation>&amp;Revertir la última ejecución</translation>
    </message>
    <message>
        <source>{charger}: cannot join</source>
        <translation>{charger}: no puede unirse</translation>
    </message>
    <message>
        <source>Only Alfen chargers join an Alfen Smart Charging Network; this {model} does not. It shares the connection on its own (dynamic power control, on its Commissioning tab).</source>
        <translation>Solo los cargadores Alfen se unen a una Smart Charging Network de Alfen; este {model} no. Reparte la acometida por sí mismo (control dinámico de potencia, en su pestaña Puesta en marcha).</translation>
    </message>
    <message>
        <source>Pick the members, then read them.</source>
        <translation>Elija los miembros y luego léalos.</translation>
    </message>
    <message>
        <source>The plan breaks no rule.</source>
        <translation>El plan no incumple ninguna regla.</translation>
    </message>
    <message>
        <source>Applying the network</source>
        <translation>Aplicar la configuración de la red</translation>
    </message>
    <message>
        <source>Rolling back the network</source>
        <translation>Revertir la configuración de la red</translation>
    </message>
    <message>
        <source>Every member is done.</source>
        <translation>Todos los miembros han terminado.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Logging in to {name}…</source>
        <translation>Iniciando sesión en {name}…</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Conectando con {name}…</translation>
    </message>
    <message>
        <source>Connecting to {key}</source>
        <translation>Conexión con {key}</translation>
    </message>
    <message>
        <source>Logging in to {key}</source>
        <translation>Inicio de sesión en {key}</translation>
    </message>
    <message>
        <source>Reading the new certificate…</source>
        <translation>Leyendo el nuevo certificado…</translation>
    </message>
    <message>
        <source>Trusting a new certificate</source>
        <translation>Aceptación de un nuevo certificado</translation>
    </message>
    <message>
        <source>Reading the overview…</source>
        <translation>Leyendo la vista general…</translation>
    </message>
    <message>
        <source>Reading {key}</source>
        <translation>Lectura de {key}</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Desconectando…</translation>
    </message>
    <message>
        <source>Disconnecting from {key}</source>
        <translation>Desconexión de {key}</translation>
    </message>
    <message>
        <source>Logging out of {key}</source>
        <translation>Cierre de sesión en {key}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Números y fechas:</translation>
    </message>
    <message>
        <source>Menus, tab titles, the charger list and the Overview change at once; the other pages change at the next start.</source>
        <translation>Los menús, los títulos de las pestañas, la lista de cargadores y la Vista general cambian de inmediato; las demás páginas cambian en el próximo inicio.</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Cargadores</translation>
    </message>
    <message>
        <source>Charger reply time:</source>
        <translation>Tiempo de respuesta del cargador:</translation>
    </message>
    <message>
        <source>Charger reply time</source>
        <translation>Tiempo de respuesta del cargador</translation>
    </message>
    <message>
        <source>How long to wait for a charger&apos;s answer; raise it on a slow network.</source>
        <translation>Cuánto tiempo esperar la respuesta de un cargador; auméntelo en una red lenta.</translation>
    </message>
    <message>
        <source>Restart wait:</source>
        <translation>Espera tras un reinicio:</translation>
    </message>
    <message>
        <source>Restart wait</source>
        <translation>Espera tras un reinicio</translation>
    </message>
    <message>
        <source>How long a charger may take to come back after a restart.</source>
        <translation>Cuánto puede tardar un cargador en volver a responder tras un reinicio.</translation>
    </message>
    <message>
        <source>Ask before restarting chargers on the simulated site</source>
        <translation>Preguntar antes de reiniciar cargadores en la instalación simulada</translation>
    </message>
    <message>
        <source>On real chargers the program always asks before a restart.</source>
        <translation>Con cargadores reales, el programa siempre pregunta antes de un reinicio.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>From the next start: {folder}</source>
        <translation>A partir del próximo inicio: {folder}</translation>
    </message>
    <message>
        <source>Journals, reports, meter presets and logs are kept here. A new folder is used from the next start; --data-dir on the command line overrides it.</source>
        <translation>Aquí se guardan los diarios de ejecución, los informes, los preajustes de contador y los registros. Una carpeta nueva se usa a partir del próximo inicio; --data-dir en la línea de comandos tiene prioridad.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>No se han podido guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Before signing</source>
        <translation>Antes de firmar</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Escribir el nombre</translation>
    </message>
    <message>
        <source>Signed by typing the full name</source>
        <translation>Firmado escribiendo el nombre completo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad: draw the signature here</source>
        <translation>Panel de firma: dibuje la firma aquí</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>e.g. Dupont residence</source>
        <translation>p. ej. residencia Dupont</translation>
    </message>
    <message>
        <source>e.g. IRVE level 2, or your licence number</source>
        <translation>p. ej. IRVE nivel 2, o su número de habilitación</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>p. ej. 40</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>p. ej. 12</translation>
    </message>
    <message>
        <source>e.g. 5G6 mm² copper, 25 m</source>
        <translation>p. ej. cobre 5G6 mm², 25 m</translation>
    </message>
    <message>
        <source>e.g. C40 4-pole</source>
        <translation>p. ej. C40 tetrapolar</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Site, customer and installer</source>
        <translation>Instalación, cliente e instalador</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Nombre de la instalación:</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Dirección de la instalación:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Installer:</source>
        <translation>Instalador:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>Cualificación:</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Fecha de la visita:</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación eléctrica</translation>
    </message>
    <message>
        <source>Earthing system:</source>
        <translation>Sistema de puesta a tierra:</translation>
    </message>
    <message>
        <source>Main fuse (A):</source>
        <translation>Fusible principal (A):</translation>
    </message>
    <message>
        <source>Subscribed power (kVA):</source>
        <translation>Potencia contratada (kVA):</translation>
    </message>
    <message>
        <source>Limit set by:</source>
        <translation>Límite fijado por:</translation>
    </message>
    <message>
        <source>Supply cable:</source>
        <translation>Cable de alimentación:</translation>
    </message>
    <message>
        <source>Breaker:</source>
        <translation>Interruptor automático:</translation>
    </message>
    <message>
        <source>RCD type:</source>
        <translation>Tipo de RCD:</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>sin sesión</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>another client is connected</source>
        <translation>hay otro cliente conectado</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>certificado cambiado</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Bluetooth only</source>
        <translation>solo Bluetooth</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Static load balancing</source>
        <translation>Balanceo estático de carga</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Balanceo dinámico de carga</translation>
    </message>
    <message>
        <source>32 A per socket</source>
        <translation>32 A por toma</translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation>Lector RFID</translation>
    </message>
    <message>
        <source>ISO 15118</source>
        <translation>ISO 15118</translation>
    </message>
    <message>
        <source>Personalised display</source>
        <translation>Pantalla personalizada</translation>
    </message>
    <message>
        <source>3G/4G modem</source>
        <translation>Módem 3G/4G</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Terminales de pago</translation>
    </message>
    <message>
        <source>Expose smart-meter data</source>
        <translation>Compartir datos del contador inteligente</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>sin vehículo</translation>
    </message>
    <message>
        <source>vehicle connected</source>
        <translation>vehículo conectado</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>charging (ventilation)</source>
        <translation>cargando (ventilación)</translation>
    </message>
    <message>
        <source>no power (error)</source>
        <translation>sin alimentación (error)</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>cable connected</source>
        <translation>cable conectado</translation>
    </message>
    <message>
        <source>EV connected</source>
        <translation>VE conectado</translation>
    </message>
    <message>
        <source>charging power off</source>
        <translation>carga desactivada</translation>
    </message>
    <message>
        <source>power off, maximum current too low</source>
        <translation>desactivada, corriente máxima demasiado baja</translation>
    </message>
    <message>
        <source>waiting for disconnect</source>
        <translation>esperando desconexión</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>inoperative</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>power off, suspended</source>
        <translation>desactivada, suspendida</translation>
    </message>
    <message>
        <source>power off, phase change</source>
        <translation>desactivada, cambio de fases</translation>
    </message>
    <message>
        <source>unknown ({code})</source>
        <translation>desconocido ({code})</translation>
    </message>
    <message>
        <source>error ({code})</source>
        <translation>error ({code})</translation>
    </message>
    <message>
        <source>state {code}</source>
        <translation>estado {code}</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Hair-dryer test: recorded currents</source>
        <translation>Prueba del secador: corrientes registradas</translation>
    </message>
    <message>
        <source>Time since the test started</source>
        <translation>Tiempo desde el inicio de la prueba</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>carga de prueba encendida</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>Hair-dryer test running…</source>
        <translation>Prueba del secador en curso…</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Prueba del secador en {key}</translation>
    </message>
    <message>
        <source>Phase identification: waiting for the EV to charge…</source>
        <translation>Identificación de fases: esperando a que el VE cargue…</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Identificación de fases en {key}</translation>
    </message>
    <message>
        <source>Putting back what an interrupted test left…</source>
        <translation>Restableciendo lo que dejó una prueba interrumpida…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Commissioning plans (*.toml)</source>
        <translation>Planes de puesta en marcha (*.toml)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Charger</source>
        <translation>&amp;Cargador</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;Guía del usuario de esta página</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>&amp;Acerca de Commissioner</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Abrir plan…</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>&amp;Guardar plan…</translation>
    </message>
    <message>
        <source>Recent &amp;plans</source>
        <translation>&amp;Planes recientes</translation>
    </message>
    <message>
        <source>Recent &amp;sites</source>
        <translation>&amp;Instalaciones recientes</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>Añadir por &amp;dirección</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Desc&amp;onectar</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Abrir un plan</translation>
    </message>
    <message>
        <source>Log in and read a charger first: there is no plan to save yet.</source>
        <translation>Primero inicie sesión y lea un cargador: todavía no hay ningún plan que guardar.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>No se ha podido leer {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a plan: {error}</source>
        <translation>{path} no es un plan: {error}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>Plan opened from {path}.</source>
        <translation>Plan abierto desde {path}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>No se ha podido guardar {path}: {error}</translation>
    </message>
    <message>
        <source>Plan saved to {path}.</source>
        <translation>Plan guardado en {path}.</translation>
    </message>
</context>
</TS>
