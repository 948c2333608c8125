<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>Commission EV chargers on site: discovery, licences, load balancing, meters, charging networks and verification.</source>
        <translation>Ladestationen vor Ort in Betrieb nehmen: Suche, Lizenzen, Lastmanagement, Zähler, Ladenetzwerke und Prüfung.</translation>
    </message>
    <message>
        <source>Built with Qt {qt}, PySide6 {pyside} and Python {python}.</source>
        <translation>Erstellt mit Qt {qt}, PySide6 {pyside} und Python {python}.</translation>
    </message>
    <message>
        <source>Libraries included and their licences:</source>
        <translation>Enthaltene Bibliotheken und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Wählen Sie eine Bibliothek aus, um ihre Lizenz zu lesen.</translation>
    </message>
    <message>
        <source>Logs: {path}</source>
        <translation>Protokolle: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>{name} {version} ships no licence file here; its licence is {licence}.</source>
        <translation>{name} {version} liefert hier keine Lizenzdatei mit; die Lizenz ist {licence}.</translation>
    </message>
</context>
<context>
    <name>ActivityBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the operation under way</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>the charger&apos;s certificate has changed.</source>
        <translation>Das Zertifikat der Ladestation hat sich geändert.</translation>
    </message>
    <message>
        <source>{title}: {error}</source>
        <translation>{title}: {error}</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(und {count} weitere)</translation>
    </message>
</context>
<context>
    <name>AlbPage</name>
    <message>
        <source>Meter includes the charging EV: tick it when the meter also measures this charger (it sits upstream of its supply), so ALB subtracts the EV&apos;s own current.</source>
        <translation>Zähler erfasst das ladende E-Fahrzeug: Aktivieren Sie dies, wenn der Zähler auch diese Ladestation misst (er liegt vor ihrer Zuleitung), damit ALB den Strom des E-Fahrzeugs selbst abzieht.</translation>
    </message>
    <message>
        <source>P1 cable: at most 20 m from the meter to the charger.</source>
        <translation>P1-Kabel: höchstens 20 m vom Zähler bis zur Ladestation.</translation>
    </message>
    <message>
        <source>TIC cable: at most 35 m from the meter to the charger.</source>
        <translation>TIC-Kabel: höchstens 35 m vom Zähler bis zur Ladestation.</translation>
    </message>
    <message>
        <source>EMS validity time: when the EMS sends nothing for this long, the charger falls back to the safe current.</source>
        <translation>EMS-Gültigkeitsdauer: Sendet das EMS so lange nichts, fällt die Ladestation auf den sicheren Strom zurück.</translation>
    </message>
</context>
<context>
    <name>ApplyProgress</name>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheck</name>
    <message>
        <source>Putting back what an interrupted check left…</source>
        <translation>Was eine unterbrochene Prüfung hinterlassen hat, wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Backend wird geprüft…</translation>
    </message>
    <message>
        <source>Back office check on {key}</source>
        <translation>Backend-Prüfung an {key}</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheckPanel</name>
    <message>
        <source>boot notification from {model}</source>
        <translation>Boot-Benachrichtigung von {model}</translation>
    </message>
    <message>
        <source>no boot notification reached this computer</source>
        <translation>keine Boot-Benachrichtigung hat diesen Computer erreicht</translation>
    </message>
    <message>
        <source>identity {identity} as configured</source>
        <translation>Identität {identity} wie konfiguriert</translation>
    </message>
    <message>
        <source>the charger connected as {seen}, not as its configured identity {identity}</source>
        <translation>die Ladestation hat sich als {seen} verbunden, nicht mit ihrer konfigurierten Identität {identity}</translation>
    </message>
    <message>
        <source>two connections used one identity: two chargers share it</source>
        <translation>zwei Verbindungen haben dieselbe Identität verwendet: zwei Ladestationen teilen sie sich</translation>
    </message>
    <message>
        <source>{count} heartbeat(s) received</source>
        <translation>{count} Heartbeat(s) empfangen</translation>
    </message>
    <message>
        <source>no heartbeat within the wait</source>
        <translation>kein Heartbeat innerhalb der Wartezeit</translation>
    </message>
    <message>
        <source>every socket reported its status</source>
        <translation>jeder Ladepunkt hat seinen Status gemeldet</translation>
    </message>
    <message>
        <source>no status of socket(s) {missing}</source>
        <translation>kein Status von Ladepunkt(en) {missing}</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL is back</source>
        <translation>die Backend-URL des Kunden ist wiederhergestellt</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL could not be confirmed back</source>
        <translation>die Wiederherstellung der Backend-URL des Kunden konnte nicht bestätigt werden</translation>
    </message>
    <message>
        <source>no back office URL is set</source>
        <translation>keine Backend-URL eingestellt</translation>
    </message>
    <message>
        <source>{host} is a reserved example name: it never resolves (a sample URL left in?)</source>
        <translation>{host} ist ein reservierter Beispielname: Er wird nie aufgelöst (eine Beispiel-URL stehen gelassen?)</translation>
    </message>
    <message>
        <source>{host} does not resolve from this computer (check the spelling)</source>
        <translation>{host} lässt sich von diesem Computer aus nicht auflösen (prüfen Sie die Schreibweise)</translation>
    </message>
    <message>
        <source>{host} is {where}, but port {port} does not answer from this computer</source>
        <translation>{host} ist {where}, aber Port {port} antwortet diesem Computer nicht</translation>
    </message>
    <message>
        <source>{host} is {where} and port {port} answers from this computer</source>
        <translation>{host} ist {where} und Port {port} antwortet diesem Computer</translation>
    </message>
    <message>
        <source>Test the connection to the back office</source>
        <translation>Verbindung zum Backend testen</translation>
    </message>
    <message>
        <source>Check reads the settings and the boot state and tries the URL from this computer. Test with this computer points the charger at a back office here for about a minute, then puts the customer&apos;s URL back.</source>
        <translation>„Prüfen“ liest die Einstellungen und den Boot-Status und testet die URL von diesem Computer aus. „Mit diesem Computer testen“ verbindet die Ladestation für etwa eine Minute mit einem Backend auf diesem Computer und stellt danach die URL des Kunden wieder her.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Test with this computer…</source>
        <translation>Mit diesem Computer &amp;testen…</translation>
    </message>
    <message>
        <source>Log in to a charger first.</source>
        <translation>Melden Sie sich zuerst bei einer Ladestation an.</translation>
    </message>
    <message>
        <source>Testing the back office</source>
        <translation>Backend testen</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Backend wird geprüft…</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message>
        <source>The charger reports that its back office accepted it.</source>
        <translation>Die Ladestation meldet, dass ihr Backend sie angenommen hat.</translation>
    </message>
    <message>
        <source>The charger is not registered with a back office.</source>
        <translation>Die Ladestation ist bei keinem Backend registriert.</translation>
    </message>
    <message>
        <source>Passed: the charger reaches a back office, registers and reports.</source>
        <translation>Bestanden: Die Ladestation erreicht ein Backend, registriert sich und meldet Daten.</translation>
    </message>
    <message>
        <source>Failed: see the lines below.</source>
        <translation>Nicht bestanden: siehe die Zeilen unten.</translation>
    </message>
    <message>
        <source>Back office URL: {words}</source>
        <translation>Backend-URL: {words}</translation>
    </message>
    <message>
        <source>Saved for the report.</source>
        <translation>Für den Bericht gespeichert.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Trusted until now</source>
        <translation>Bisher vertraut</translation>
    </message>
    <message>
        <source>Presented now</source>
        <translation>Jetzt vorgelegt</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint; select it to copy</source>
        <translation>SHA-256-Fingerabdruck; zum Kopieren markieren</translation>
    </message>
    <message>
        <source>This happens after a firmware update or when the charger&apos;s board was replaced. It can also mean that another device now answers at this address. Accept the new certificate only if you know why it changed.</source>
        <translation>Das geschieht nach einem Firmware-Update oder wenn die Platine der Ladestation ausgetauscht wurde. Es kann auch bedeuten, dass jetzt ein anderes Gerät unter dieser Adresse antwortet. Akzeptieren Sie das neue Zertifikat nur, wenn Sie wissen, warum es sich geändert hat.</translation>
    </message>
    <message>
        <source>I know why the certificate &amp;changed</source>
        <translation>Ich weiß, warum sich das Zertifikat &amp;geändert hat</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Keep the old one</source>
        <translation>Das &amp;alte behalten</translation>
    </message>
    <message>
        <source>The certificate of charger {serial} has changed.</source>
        <translation>Das Zertifikat der Ladestation {serial} hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>ChargeModePage</name>
    <message>
        <source>Charge mode: one phase or three phases, as the charger is wired. Installation voltage: 230 V for a supply on one phase, 400 V for a supply on three phases.</source>
        <translation>Lademodus: einphasig oder dreiphasig, je nachdem, wie die Ladestation angeschlossen ist. Installationsspannung: 230 V bei einphasiger Versorgung, 400 V bei dreiphasiger Versorgung.</translation>
    </message>
</context>
<context>
    <name>ChargerDirectory</name>
    <message>
        <source>the {brand} phone app</source>
        <translation>die {brand}-App</translation>
    </message>
    <message>
        <source>Seen over Bluetooth only. Set its Wi-Fi from {app} over Bluetooth, or connect its Ethernet; once it is on the LAN it joins this row.</source>
        <translation>Nur über Bluetooth gesehen. Richten Sie das WLAN mit {app} über Bluetooth ein oder schließen Sie Ethernet an; sobald die Ladestation im lokalen Netz ist, erscheint sie in dieser Zeile.</translation>
    </message>
    <message>
        <source>the vendor&apos;s phone app</source>
        <translation>die App des Herstellers</translation>
    </message>
    <message>
        <source>Asking {address} who it is…</source>
        <translation>{address} wird nach der Kennung gefragt…</translation>
    </message>
    <message>
        <source>Adding {address}</source>
        <translation>{address} hinzufügen</translation>
    </message>
</context>
<context>
    <name>ChargerListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>{state} (not seen lately)</source>
        <translation>{state} (länger nicht gesehen)</translation>
    </message>
    <message>
        <source>Not seen by discovery lately: it may be off or out of reach.</source>
        <translation>Von der Suche länger nicht gefunden: Sie ist möglicherweise ausgeschaltet oder außer Reichweite.</translation>
    </message>
    <message>
        <source>Reachable over: {links}</source>
        <translation>Erreichbar über: {links}</translation>
    </message>
</context>
<context>
    <name>ChargerListPanel</name>
    <message>
        <source>Search name, serial, model, address…</source>
        <translation>Name, Seriennummer, Modell, Adresse suchen…</translation>
    </message>
    <message>
        <source>Search chargers</source>
        <translation>Ladestationen suchen</translation>
    </message>
    <message>
        <source>IP address or host, e.g. 192.168.1.20</source>
        <translation>IP-Adresse oder Hostname, z. B. 192.168.1.20</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Adresse der Ladestation</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>Per Adresse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Ladestationen</translation>
    </message>
    <message>
        <source>Type the charger&apos;s IP address or host name first.</source>
        <translation>Geben Sie zuerst die IP-Adresse oder den Hostnamen der Ladestation ein.</translation>
    </message>
    <message>
        <source>No charger answered there: {error}</source>
        <translation>Unter dieser Adresse hat keine Ladestation geantwortet: {error}</translation>
    </message>
</context>
<context>
    <name>ChargerPicker</name>
    <message>
        <source>Chargers in the report</source>
        <translation>Ladestationen im Bericht</translation>
    </message>
</context>
<context>
    <name>ClockNamePanel</name>
    <message>
        <source>Clock and name</source>
        <translation>Uhr und Name</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Name der Ladestation</translation>
    </message>
    <message>
        <source>Charger&apos;s clock:</source>
        <translation>Uhr der Ladestation:</translation>
    </message>
    <message>
        <source>Laptop (UTC):</source>
        <translation>Laptop (UTC):</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Abweichung:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>L&amp;esen</translation>
    </message>
    <message>
        <source>Set to the &amp;laptop&apos;s time</source>
        <translation>Auf die Laptop-&amp;Zeit stellen</translation>
    </message>
    <message>
        <source>Change the &amp;name</source>
        <translation>&amp;Name ändern</translation>
    </message>
    <message>
        <source>Roll back the last clock or name change</source>
        <translation>Letzte Änderung von Uhr oder Name zurücknehmen</translation>
    </message>
    <message>
        <source>This charger keeps its own clock and name: this program cannot set them.</source>
        <translation>Diese Ladestation verwaltet Uhr und Name selbst: Dieses Programm kann sie nicht einstellen.</translation>
    </message>
    <message>
        <source>in step with the laptop (within half a second)</source>
        <translation>gleich mit dem Laptop (auf eine halbe Sekunde genau)</translation>
    </message>
    <message>
        <source>{amount} ahead of the laptop</source>
        <translation>{amount} vor dem Laptop</translation>
    </message>
    <message>
        <source>{amount} behind the laptop</source>
        <translation>{amount} hinter dem Laptop</translation>
    </message>
    <message>
        <source>Setting the clock</source>
        <translation>Uhr stellen</translation>
    </message>
    <message>
        <source>Changing the name</source>
        <translation>Name ändern</translation>
    </message>
    <message>
        <source>Rolling back the last change</source>
        <translation>Letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>{what}: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>{what}: {outcome}. Die Änderung steht im Journal und kann zurückgenommen werden.</translation>
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
        <translation>– {n}/{m} {step}: übersprungen, nicht nötig</translation>
    </message>
    <message>
        <source>– {n}/{m} {step}: skipped, nothing to do</source>
        <translation>– {n}/{m} {step}: übersprungen, nichts zu tun</translation>
    </message>
    <message>
        <source>✔ {n}/{m} {step}</source>
        <translation>✔ {n}/{m} {step}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {step}</source>
        <translation>Schritt {n} von {m}: {step}</translation>
    </message>
</context>
<context>
    <name>CommissioningService</name>
    <message>
        <source>Reading the settings as found…</source>
        <translation>Vorgefundene Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading {key} as found</source>
        <translation>Vorgefundenen Zustand von {key} lesen</translation>
    </message>
    <message>
        <source>Comparing the plan with the charger…</source>
        <translation>Plan wird mit der Ladestation abgeglichen…</translation>
    </message>
    <message>
        <source>Previewing the changes</source>
        <translation>Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run on {key}</source>
        <translation>Unterbrochenen Durchlauf an {key} zurücknehmen</translation>
    </message>
    <message>
        <source>Resuming the interrupted run on {key}</source>
        <translation>Unterbrochenen Durchlauf an {key} fortsetzen</translation>
    </message>
    <message>
        <source>Waiting for the charger to restart…</source>
        <translation>Warten auf den Neustart der Ladestation…</translation>
    </message>
    <message>
        <source>Reading the settings as left…</source>
        <translation>Hinterlassene Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation>Schritt {n} von {m}</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Read &amp;as found</source>
        <translation>&amp;Vorgefundenen Zustand lesen</translation>
    </message>
    <message>
        <source>&amp;Undo all changes</source>
        <translation>Alle Änderungen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>ALB-Datenquelle</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Konnektivität</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Stromlimits</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Lademodus</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische Leistungsregelung</translation>
    </message>
    <message>
        <source>Lock and LEDs</source>
        <translation>Sperre und LEDs</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Select a charger in the list.</source>
        <translation>Wählen Sie eine Ladestation in der Liste aus.</translation>
    </message>
    <message>
        <source>Log in to {key} to commission it.</source>
        <translation>Melden Sie sich bei {key} an, um sie in Betrieb zu nehmen.</translation>
    </message>
    <message>
        <source>Reading {key} as found…</source>
        <translation>Vorgefundener Zustand von {key} wird gelesen…</translation>
    </message>
    <message>
        <source>{key}: settings as found read; change what the job needs.</source>
        <translation>{key}: vorgefundene Einstellungen gelesen; ändern Sie, was der Auftrag erfordert.</translation>
    </message>
    <message>
        <source>{key}: plan &apos;{name}&apos; loaded; check it on the pages, then apply.</source>
        <translation>{key}: Plan &apos;{name}&apos; geladen; prüfen Sie ihn auf den Seiten und wenden Sie ihn dann an.</translation>
    </message>
    <message>
        <source>from socket {n}</source>
        <translation>an Ladepunkt {n} ermittelte</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>ermittelte</translation>
    </message>
    <message>
        <source>{key}: phase mapping {mapping} {where} is in the plan; apply it on Review.</source>
        <translation>{key}: Die {where} Phasenzuordnung {mapping} steht im Plan; wenden Sie sie auf der Seite Überprüfung an.</translation>
    </message>
    <message>
        <source>Applying the licence key and the plan</source>
        <translation>Lizenzschlüssel und Plan anwenden</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Plan anwenden</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run</source>
        <translation>Unterbrochenen Durchlauf zurücknehmen</translation>
    </message>
    <message>
        <source>Resuming the interrupted run</source>
        <translation>Unterbrochenen Durchlauf fortsetzen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The key unlocked: {features}</source>
        <translation>Der Schlüssel hat freigeschaltet: {features}</translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>The charger registers with the back office by its ChargePointModel; a back office other than the vendor&apos;s must know that model. A new URL or identity takes effect after the reboot that applying does.</source>
        <translation>Die Ladestation meldet sich mit ihrem ChargePointModel beim Backend an; ein anderes Backend als das des Herstellers muss dieses Modell kennen. Eine neue URL oder Identität wird nach dem Neustart wirksam, den das Anwenden auslöst.</translation>
    </message>
    <message>
        <source>not registered: no boot notification accepted yet (no back office set, or not reached)</source>
        <translation>nicht registriert: noch keine Boot-Benachrichtigung angenommen (kein Backend eingestellt oder nicht erreicht)</translation>
    </message>
    <message>
        <source>pending: the back office has not accepted the charger yet</source>
        <translation>ausstehend: Das Backend hat die Ladestation noch nicht angenommen</translation>
    </message>
    <message>
        <source>accepted: the charger is registered with the back office</source>
        <translation>angenommen: Die Ladestation ist beim Backend registriert</translation>
    </message>
    <message>
        <source>rejected: the back office refused the charger (check the charge-box identity)</source>
        <translation>abgelehnt: Das Backend hat die Ladestation abgelehnt (prüfen Sie die Charge-Box-Identität)</translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation>unbekannt (nicht gelesen)</translation>
    </message>
    <message>
        <source>code {code}, not one the tool knows</source>
        <translation>Code {code}, diesem Programm unbekannt</translation>
    </message>
    <message>
        <source>OCPP boot notification: {state}</source>
        <translation>OCPP-Boot-Benachrichtigung: {state}</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} — {description} (article {article})</source>
        <translation>ChargePointModel: {model} — {description} (Artikel {article})</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} (not in the vendor&apos;s NG910 table; ask the back office which model to register)</source>
        <translation>ChargePointModel: {model} (nicht in der NG910-Tabelle des Herstellers; fragen Sie beim Backend nach, welches Modell registriert werden soll)</translation>
    </message>
    <message>
        <source>ChargePointModel: unknown (not read)</source>
        <translation>ChargePointModel: unbekannt (nicht gelesen)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>Read the records a&amp;gain</source>
        <translation>Aufzeichnungen er&amp;neut lesen</translation>
    </message>
    <message>
        <source>Read the journals and test results of the data folder again</source>
        <translation>Journale und Testergebnisse aus dem Datenordner erneut lesen</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Was dem Bericht noch fehlt</translation>
    </message>
    <message>
        <source>What the report holds per charger</source>
        <translation>Was der Bericht pro Ladestation enthält</translation>
    </message>
    <message>
        <source>Chargers of the visit</source>
        <translation>Ladestationen des Einsatzes</translation>
    </message>
    <message>
        <source>Their settings runs and test results are read from the data folder, from the date of the visit on.</source>
        <translation>Ihre Einstellungsdurchläufe und Testergebnisse werden ab dem Datum des Einsatzes aus dem Datenordner gelesen.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>Was der Bericht enthält</translation>
    </message>
    <message>
        <source>Tick the chargers of the visit on the left; the report holds theirs.</source>
        <translation>Haken Sie links die Ladestationen des Einsatzes an; der Bericht enthält deren Daten.</translation>
    </message>
</context>
<context>
    <name>ContractedPowerCalculator</name>
    <message>
        <source>Current from the contracted power</source>
        <translation>Strom aus der Vertragsleistung</translation>
    </message>
    <message>
        <source>type the contracted power</source>
        <translation>Vertragsleistung eingeben</translation>
    </message>
    <message>
        <source>Three phases (400 V)</source>
        <translation>Dreiphasig (400 V)</translation>
    </message>
    <message>
        <source>One phase (230 V)</source>
        <translation>Einphasig (230 V)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>nicht begrenzt</translation>
    </message>
    <message>
        <source>&amp;Use as station maximum current</source>
        <translation>Als Maximalstrom der Ladestation &amp;übernehmen</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Vertragsleistung</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <source>cos φ (three phases)</source>
        <translation>cos φ (dreiphasig)</translation>
    </message>
    <message>
        <source>Wiring carries at most</source>
        <translation>Leitung belastbar bis</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
        <translation>auf ganze Ampere abgerundet</translation>
    </message>
    <message>
        <source>raised to the 6 A a charger needs at least</source>
        <translation>auf die 6 A angehoben, die eine Ladestation mindestens braucht</translation>
    </message>
    <message>
        <source>cut to the 32 A a charger takes at most</source>
        <translation>auf die 32 A begrenzt, die eine Ladestation höchstens aufnimmt</translation>
    </message>
    <message>
        <source>cut to what the wiring carries</source>
        <translation>auf die Belastbarkeit der Leitung begrenzt</translation>
    </message>
    <message>
        <source>Set {amps} ({why}).</source>
        <translation>{amps} einstellen ({why}).</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect:
{what}</source>
        <translation>Es ist ein Fehler aufgetreten, den das Programm nicht erwartet hat:
{what}</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send it with a note of what you were doing. You can keep working; if something looks wrong, restart.</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:
{path}
Bitte senden Sie sie mit einer kurzen Beschreibung dessen, was Sie gerade getan haben. Sie können weiterarbeiten; wenn etwas nicht stimmt, starten Sie das Programm neu.</translation>
    </message>
</context>
<context>
    <name>CurrentLimitsPage</name>
    <message>
        <source>Charging current</source>
        <translation>Ladestrom</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Mindeststrom</translation>
    </message>
    <message>
        <source>The station maximum is the most the charger ever gives; the charging current is what it offers a car; dynamic power control never goes below the minimum.</source>
        <translation>Das Maximum der Ladestation ist das Höchste, was die Ladestation jemals abgibt; der Ladestrom ist das, was sie einem Fahrzeug anbietet; die dynamische Leistungsregelung geht nie unter den Mindeststrom.</translation>
    </message>
</context>
<context>
    <name>CurrentsPlot</name>
    <message>
        <source>Current</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Time since monitoring started</source>
        <translation>Zeit seit Beginn der Überwachung</translation>
    </message>
    <message>
        <source>max. meter current</source>
        <translation>max. Zählerstrom</translation>
    </message>
    <message>
        <source>socket limit in force</source>
        <translation>geltendes Ladepunktlimit</translation>
    </message>
    <message>
        <source>safe current</source>
        <translation>sicherer Strom</translation>
    </message>
    <message>
        <source>meter L{p}</source>
        <translation>Zähler L{p}</translation>
    </message>
    <message>
        <source>charger L{p}</source>
        <translation>Ladestation L{p}</translation>
    </message>
    <message>
        <source>socket {s} L{p}</source>
        <translation>Ladepunkt {s} L{p}</translation>
    </message>
    <message>
        <source>sockets 1–{n} L{p}</source>
        <translation>Ladepunkte 1–{n} L{p}</translation>
    </message>
    <message>
        <source>charging current set</source>
        <translation>eingestellter Ladestrom</translation>
    </message>
    <message>
        <source>minimum current</source>
        <translation>Mindeststrom</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>house power (CT clamp)</source>
        <translation>Hausleistung (Stromwandler)</translation>
    </message>
    <message>
        <source>grid power (house + EV)</source>
        <translation>Netzleistung (Haus + E-Fahrzeug)</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>Vertragsleistung</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Another client holds the session</source>
        <translation>Ein anderer Client belegt die Sitzung</translation>
    </message>
    <message>
        <source>Release the other client</source>
        <translation>Den anderen Client freigeben</translation>
    </message>
    <message>
        <source>Drop every connection</source>
        <translation>Alle Verbindungen trennen</translation>
    </message>
    <message>
        <source>Slow replies (8 s)</source>
        <translation>Langsame Antworten (8 s)</translation>
    </message>
    <message>
        <source>Normal replies</source>
        <translation>Normale Antworten</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>New TLS certificate</source>
        <translation>Neues TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Grid meter goes silent</source>
        <translation>Netzzähler verstummt</translation>
    </message>
    <message>
        <source>Grid meter answers again</source>
        <translation>Netzzähler antwortet wieder</translation>
    </message>
    <message>
        <source>Grid meter sign inverted</source>
        <translation>Vorzeichen des Netzzählers vertauscht</translation>
    </message>
    <message>
        <source>Grid meter sign right</source>
        <translation>Vorzeichen des Netzzählers richtig</translation>
    </message>
    <message>
        <source>Slow replies (5 s)</source>
        <translation>Langsame Antworten (5 s)</translation>
    </message>
    <message>
        <source>Refuse the next setting change</source>
        <translation>Nächste Einstellungsänderung ablehnen</translation>
    </message>
    <message>
        <source>Current of phase 1 under a misspelt name</source>
        <translation>Strom von Phase 1 unter falsch geschriebenem Namen</translation>
    </message>
    <message>
        <source>Current of phase 1 under its right name</source>
        <translation>Strom von Phase 1 unter richtigem Namen</translation>
    </message>
    <message>
        <source>Replies with a missing comma</source>
        <translation>Antworten mit fehlendem Komma</translation>
    </message>
    <message>
        <source>Well-formed replies</source>
        <translation>Wohlgeformte Antworten</translation>
    </message>
    <message>
        <source>Contracted power stuck at 4.6 kW</source>
        <translation>Vertragsleistung hängt bei 4,6 kW fest</translation>
    </message>
    <message>
        <source>Contracted power follows changes</source>
        <translation>Vertragsleistung folgt Änderungen</translation>
    </message>
    <message>
        <source>Installation voltage reads 298 V</source>
        <translation>Installationsspannung zeigt 298 V</translation>
    </message>
    <message>
        <source>Installation voltage reads right</source>
        <translation>Installationsspannung zeigt richtigen Wert</translation>
    </message>
    <message>
        <source>{serial} socket {socket}</source>
        <translation>{serial} Ladepunkt {socket}</translation>
    </message>
    <message>
        <source>{serial} (Trydan)</source>
        <translation>{serial} (Trydan)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Charger and socket</source>
        <translation>Ladestation und Ladepunkt</translation>
    </message>
    <message>
        <source>3-phase EV</source>
        <translation>3-phasiges E-Fahrzeug</translation>
    </message>
    <message>
        <source>1-phase EV</source>
        <translation>1-phasiges E-Fahrzeug</translation>
    </message>
    <message>
        <source>&amp;Plug in</source>
        <translation>&amp;Anstecken</translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation>A&amp;bstecken</translation>
    </message>
    <message>
        <source>True wiring of the socket</source>
        <translation>Tatsächliche Verdrahtung des Ladepunkts</translation>
    </message>
    <message>
        <source>How the socket is really wired; choose another order to miswire it.</source>
        <translation>Wie der Ladepunkt tatsächlich verdrahtet ist; wählen Sie eine andere Reihenfolge, um ihn falsch zu verdrahten.</translation>
    </message>
    <message>
        <source>Re&amp;wire</source>
        <translation>Neu &amp;verdrahten</translation>
    </message>
    <message>
        <source>Wired as</source>
        <translation>Verdrahtet als</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>&amp;Household loads on</source>
        <translation>&amp;Haushaltsverbraucher ein</translation>
    </message>
    <message>
        <source>Hair dryer phase</source>
        <translation>Phase des Föhns</translation>
    </message>
    <message>
        <source>Hair &amp;dryer 9 A on</source>
        <translation>&amp;Föhn 9 A ein</translation>
    </message>
    <message>
        <source>Type these on the ALB data source page.</source>
        <translation>Geben Sie diese auf der Seite ALB-Datenquelle ein.</translation>
    </message>
    <message>
        <source>Grid meter</source>
        <translation>Netzzähler</translation>
    </message>
    <message>
        <source>Faults and licences</source>
        <translation>Störungen und Lizenzen</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>Aus&amp;lösen</translation>
    </message>
    <message>
        <source>Licence to buy</source>
        <translation>Zu kaufende Lizenz</translation>
    </message>
    <message>
        <source>&amp;Buy key</source>
        <translation>Schlüssel &amp;kaufen</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Licence key: type it on the Licences page</source>
        <translation>Lizenzschlüssel: Geben Sie ihn auf der Seite Lizenzen ein</translation>
    </message>
    <message>
        <source>{serial} socket {socket}: {phases}-phase EV, {amps}</source>
        <translation>{serial} Ladepunkt {socket}: {phases}-phasiges E-Fahrzeug, {amps}</translation>
    </message>
    <message>
        <source>{serial}: {phases}-phase EV, {amps}</source>
        <translation>{serial}: {phases}-phasiges E-Fahrzeug, {amps}</translation>
    </message>
    <message>
        <source>No EV plugged in.</source>
        <translation>Kein E-Fahrzeug angesteckt.</translation>
    </message>
    <message>
        <source>Grid: {currents} A</source>
        <translation>Netz: {currents} A</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Plugging a {phases}-phase EV into {serial} socket {socket}</source>
        <translation>{phases}-phasiges E-Fahrzeug an {serial} Ladepunkt {socket} anstecken</translation>
    </message>
    <message>
        <source>Unplugging {serial} socket {socket}</source>
        <translation>{serial} Ladepunkt {socket} abstecken</translation>
    </message>
    <message>
        <source>Switching {name}</source>
        <translation>{name} schalten</translation>
    </message>
    <message>
        <source>Switching the hair dryer</source>
        <translation>Föhn schalten</translation>
    </message>
    <message>
        <source>Wiring {serial} socket {socket} as {mapping}</source>
        <translation>{serial} Ladepunkt {socket} als {mapping} verdrahten</translation>
    </message>
    <message>
        <source>Buying a licence key for {serial}</source>
        <translation>Lizenzschlüssel für {serial} kaufen</translation>
    </message>
    <message>
        <source>Starting the energy manager of {serial}</source>
        <translation>Energiemanager von {serial} starten</translation>
    </message>
    <message>
        <source>The energy manager of {serial} goes quiet</source>
        <translation>Der Energiemanager von {serial} verstummt</translation>
    </message>
    <message>
        <source>The energy manager of {serial} speaks again</source>
        <translation>Der Energiemanager von {serial} sendet wieder</translation>
    </message>
    <message>
        <source>Switching off the energy manager of {serial}</source>
        <translation>Energiemanager von {serial} ausschalten</translation>
    </message>
    <message>
        <source>Injecting &apos;{kind}&apos; on {serial}</source>
        <translation>Störung &apos;{kind}&apos; an {serial} auslösen</translation>
    </message>
</context>
<context>
    <name>DynamicPowerPage</name>
    <message>
        <source>Dynamic power control: the charger reads the house&apos;s power with its own clamp and lowers its current so that the house stays under the contracted power. Pause when modulating: stop charging instead of keeping the minimum current when there is not enough power left.</source>
        <translation>Dynamische Leistungsregelung: Die Ladestation misst die Leistung des Hauses mit ihrem eigenen Stromwandler und senkt ihren Strom, sodass das Haus unter der Vertragsleistung bleibt. Pause bei Modulation: Das Laden wird gestoppt, statt mit dem Mindeststrom weiterzuladen, wenn nicht genug Leistung übrig ist.</translation>
    </message>
</context>
<context>
    <name>EmsBox</name>
    <message>
        <source>Energy manager</source>
        <translation>Energiemanager</translation>
    </message>
    <message>
        <source>Charger steered by the energy manager</source>
        <translation>Vom Energiemanager gesteuerte Ladestation</translation>
    </message>
    <message>
        <source>What the energy manager sets</source>
        <translation>Was der Energiemanager vorgibt</translation>
    </message>
    <message>
        <source>Socket current</source>
        <translation>Strom des Ladepunkts</translation>
    </message>
    <message>
        <source>Network current per phase</source>
        <translation>Netzwerkstrom pro Phase</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Sollwert</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Go &amp;quiet</source>
        <translation>Ve&amp;rstummen</translation>
    </message>
    <message>
        <source>Speak a&amp;gain</source>
        <translation>&amp;Wieder senden</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>Ausschal&amp;ten</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <source>Writing {amps} every {period}.</source>
        <translation>Schreibt {amps} alle {period}.</translation>
    </message>
    <message>
        <source>Quiet: nothing written yet.</source>
        <translation>Stumm: noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Quiet: last setpoint {seconds} ago.</source>
        <translation>Stumm: letzter Sollwert vor {seconds}.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;Preview pages</source>
        <translation>Seiten&amp;vorschau</translation>
    </message>
    <message>
        <source>&amp;Export PDF and JSON…</source>
        <translation>PDF und JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the commissioning report</source>
        <translation>Inbetriebnahmebericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written: {why}</source>
        <translation>Nicht geschrieben: {why}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>(as found)</source>
        <translation>(wie vorgefunden)</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Settings backup and support</source>
        <translation>Sicherung der Einstellungen und Support</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Si&amp;cherung speichern…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Aus Datei wiederhers&amp;tellen…</translation>
    </message>
    <message>
        <source>Save a &amp;support bundle…</source>
        <translation>Su&amp;pportpaket speichern…</translation>
    </message>
    <message>
        <source>Roll back the last restore</source>
        <translation>Letzte Wiederherstellung zurücknehmen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>On the charger now</source>
        <translation>Derzeit auf der Ladestation</translation>
    </message>
    <message>
        <source>From the backup</source>
        <translation>Aus der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Apply the restore</source>
        <translation>Wiederherstellung &amp;anwenden</translation>
    </message>
    <message>
        <source>Restore a settings backup</source>
        <translation>Sicherung der Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Backup saved: {count} settings in {path}.</source>
        <translation>Sicherung gespeichert: {count} Einstellungen in {path}.</translation>
    </message>
    <message>
        <source>Secrets are never saved ({count} left out).</source>
        <translation>Geheimnisse werden nie gespeichert ({count} ausgelassen).</translation>
    </message>
    <message>
        <source>Support bundle saved (no passwords or keys in it): {path}</source>
        <translation>Supportpaket gespeichert (ohne Passwörter oder Schlüssel): {path}</translation>
    </message>
    <message>
        <source>Backup of {serial} ({model}, firmware {firmware}), taken {taken} UTC.</source>
        <translation>Sicherung von {serial} ({model}, Firmware {firmware}), erstellt {taken} UTC.</translation>
    </message>
    <message>
        <source>The charger already holds these settings: nothing to restore.</source>
        <translation>Die Ladestation hat diese Einstellungen bereits: nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Applying it restarts the charger.</source>
        <translation>Beim Anwenden startet die Ladestation neu.</translation>
    </message>
    <message>
        <source>What is left aside:</source>
        <translation>Was ausgelassen wird:</translation>
    </message>
    <message>
        <source>Restoring the settings</source>
        <translation>Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Rolling back the restore</source>
        <translation>Wiederherstellung zurücknehmen</translation>
    </message>
    <message>
        <source>Roll back of the restore: {outcome}.</source>
        <translation>Zurücknahme der Wiederherstellung: {outcome}.</translation>
    </message>
    <message>
        <source>Restore: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>Wiederherstellung: {outcome}. Sie steht im Journal und kann zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Restore: {outcome}.</source>
        <translation>Wiederherstellung: {outcome}.</translation>
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
        <translation>Zu aktualisierende Ladestationen</translation>
    </message>
    <message>
        <source>A greyed charger cannot be upgraded from here: use its maker&apos;s app.</source>
        <translation>Eine ausgegraute Ladestation kann nicht von hier aus aktualisiert werden: Verwenden Sie die App des Herstellers.</translation>
    </message>
    <message>
        <source>No image chosen.</source>
        <translation>Kein Image gewählt.</translation>
    </message>
    <message>
        <source>C&amp;hoose an image file…</source>
        <translation>I&amp;mage-Datei wählen…</translation>
    </message>
    <message>
        <source>Allow installing an older version (downgrade)</source>
        <translation>Installation einer älteren Version erlauben (Downgrade)</translation>
    </message>
    <message>
        <source>Chargers to upgrade (the selected one is ticked):</source>
        <translation>Zu aktualisierende Ladestationen (die ausgewählte ist angehakt):</translation>
    </message>
    <message>
        <source>New password (this upgrade crosses version 5)</source>
        <translation>Neues Passwort (dieses Update überschreitet Version 5)</translation>
    </message>
    <message>
        <source>The charger needs a new unique password right after this upgrade. It is kept in the system keyring only.</source>
        <translation>Die Ladestation benötigt direkt nach diesem Update ein neues, eindeutiges Passwort. Es wird nur im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>Akt&amp;ualisieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{charger}: only with its maker&apos;s app</source>
        <translation>{charger}: nur mit der App des Herstellers</translation>
    </message>
    <message>
        <source>Choose a firmware image</source>
        <translation>Firmware-Image wählen</translation>
    </message>
    <message>
        <source>Type the new password: at least 8 characters.</source>
        <translation>Geben Sie das neue Passwort ein: mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Upgrading the firmware</source>
        <translation>Firmware aktualisieren</translation>
    </message>
</context>
<context>
    <name>FirmwareReport</name>
    <message>
        <source>Every picked charger already runs this version.</source>
        <translation>Alle gewählten Ladestationen haben diese Version bereits.</translation>
    </message>
    <message>
        <source>The image can be sent to every picked charger.</source>
        <translation>Das Image kann an alle gewählten Ladestationen gesendet werden.</translation>
    </message>
    <message>
        <source>Nothing will be sent until every line above is right.</source>
        <translation>Es wird nichts gesendet, solange nicht jede Zeile oben in Ordnung ist.</translation>
    </message>
    <message>
        <source>Image: {family} {kind}, version {version}, header checksum correct.</source>
        <translation>Image: {family} {kind}, Version {version}, Prüfsumme des Headers korrekt.</translation>
    </message>
    <message>
        <source>✖ {name}: {problem}</source>
        <translation>✖ {name}: {problem}</translation>
    </message>
    <message>
        <source>✔ {name} already runs {version}: nothing will be sent.</source>
        <translation>✔ {name} hat bereits {version}: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>✔ {name}: {before} → {after}</source>
        <translation>✔ {name}: {before} → {after}</translation>
    </message>
    <message>
        <source>(a downgrade, as you allowed)</source>
        <translation>(ein Downgrade, wie von Ihnen erlaubt)</translation>
    </message>
    <message>
        <source>(crosses version 5: a new password is needed)</source>
        <translation>(überschreitet Version 5: Ein neues Passwort ist nötig)</translation>
    </message>
    <message>
        <source>{name} now runs {version}.</source>
        <translation>{name} hat jetzt {version}.</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Was zu tun ist: {hint}</translation>
    </message>
    <message>
        <source>All {count} chargers run {version}: a network can use them.</source>
        <translation>Alle {count} Ladestationen haben {version}: Ein Netzwerk kann sie verwenden.</translation>
    </message>
    <message>
        <source>⚠ The chargers run different versions; every member of a network needs the same: {versions}.</source>
        <translation>⚠ Die Ladestationen haben unterschiedliche Versionen; alle Mitglieder eines Netzwerks benötigen dieselbe: {versions}.</translation>
    </message>
</context>
<context>
    <name>FirmwareRows</name>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>wartet, bis sie an der Reihe ist</translation>
    </message>
    <message>
        <source>uploading: {sent} of {total}</source>
        <translation>Hochladen: {sent} von {total}</translation>
    </message>
    <message>
        <source>sent; the charger is still receiving it</source>
        <translation>gesendet; die Ladestation empfängt noch</translation>
    </message>
    <message>
        <source>Status code {code}</source>
        <translation>Statuscode {code}</translation>
    </message>
</context>
<context>
    <name>FirmwareService</name>
    <message>
        <source>Upgrading the firmware of {count} charger(s)</source>
        <translation>Firmware von {count} Ladestation(en) aktualisieren</translation>
    </message>
</context>
<context>
    <name>FirmwareWords</name>
    <message>
        <source>logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>checking that no other upload runs</source>
        <translation>Prüfen, dass kein anderer Upload läuft</translation>
    </message>
    <message>
        <source>setting the clock</source>
        <translation>Uhr stellen</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>making it permanent</source>
        <translation>dauerhaft übernehmen</translation>
    </message>
    <message>
        <source>reading the version</source>
        <translation>Version lesen</translation>
    </message>
    <message>
        <source>setting the new password</source>
        <translation>neues Passwort setzen</translation>
    </message>
    <message>
        <source>✖ failed while logging in</source>
        <translation>✖ beim Anmelden fehlgeschlagen</translation>
    </message>
    <message>
        <source>✖ not started: the check refused it</source>
        <translation>✖ nicht gestartet: von der Prüfung abgelehnt</translation>
    </message>
    <message>
        <source>✖ failed while setting the clock</source>
        <translation>✖ beim Stellen der Uhr fehlgeschlagen</translation>
    </message>
    <message>
        <source>✖ failed while uploading</source>
        <translation>✖ beim Hochladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>✖ failed while installing</source>
        <translation>✖ beim Installieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>✖ failed while making it permanent</source>
        <translation>✖ beim dauerhaften Übernehmen fehlgeschlagen</translation>
    </message>
    <message>
        <source>✖ failed while reading the version</source>
        <translation>✖ beim Lesen der Version fehlgeschlagen</translation>
    </message>
    <message>
        <source>✖ the new password was refused</source>
        <translation>✖ das neue Passwort wurde abgelehnt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>erasing</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>ready for the image</source>
        <translation>bereit für das Image</translation>
    </message>
    <message>
        <source>receiving the image</source>
        <translation>empfängt das Image</translation>
    </message>
    <message>
        <source>image received</source>
        <translation>Image empfangen</translation>
    </message>
    <message>
        <source>image checked</source>
        <translation>Image geprüft</translation>
    </message>
    <message>
        <source>ready to install</source>
        <translation>bereit zur Installation</translation>
    </message>
    <message>
        <source>restarting into the new firmware</source>
        <translation>startet mit der neuen Firmware neu</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>checking the image</source>
        <translation>prüft das Image</translation>
    </message>
    <message>
        <source>the image was refused</source>
        <translation>das Image wurde abgelehnt</translation>
    </message>
    <message>
        <source>the installation failed</source>
        <translation>die Installation ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>going back to the old firmware</source>
        <translation>kehrt zur alten Firmware zurück</translation>
    </message>
    <message>
        <source>back on the old firmware</source>
        <translation>wieder auf der alten Firmware</translation>
    </message>
    <message>
        <source>core firmware</source>
        <translation>Kern-Firmware</translation>
    </message>
    <message>
        <source>display package</source>
        <translation>Display-Paket</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>✔ upgraded</source>
        <translation>✔ aktualisiert</translation>
    </message>
    <message>
        <source>✔ already up to date: nothing sent</source>
        <translation>✔ bereits aktuell: nichts gesendet</translation>
    </message>
    <message>
        <source>⚠ installed, but it reports another version</source>
        <translation>⚠ installiert, meldet aber eine andere Version</translation>
    </message>
    <message>
        <source>✖ refused: nothing sent</source>
        <translation>✖ abgelehnt: nichts gesendet</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>GuideBar</name>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title}</source>
        <translation>Schritt {n} von {m}: {title}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title} (not needed for this plan)</source>
        <translation>Schritt {n} von {m}: {title} (für diesen Plan nicht nötig)</translation>
    </message>
</context>
<context>
    <name>HairDryerControl</name>
    <message>
        <source>Compare the meter with your clamp meter</source>
        <translation>Zähler mit Ihrer Stromzange vergleichen</translation>
    </message>
    <message>
        <source>Test load and temporary maximum</source>
        <translation>Testlast und vorübergehendes Maximum</translation>
    </message>
    <message>
        <source>Charging session</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Test load on</source>
        <translation>Testlast ein</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The EV&apos;s own current is read from the charger. Type what your clamp meter shows for the household WITHOUT the EV: clamp the house feed beside the charger&apos;s cable, or take the meter&apos;s reading minus the EV&apos;s current.</source>
        <translation>Der Strom des E-Fahrzeugs selbst wird von der Ladestation gelesen. Geben Sie ein, was Ihre Stromzange für den Haushalt OHNE das E-Fahrzeug anzeigt: Messen Sie die Hauszuleitung neben dem Kabel der Ladestation, oder nehmen Sie den Zählerwert abzüglich des Stroms des E-Fahrzeugs.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A). A temporary maximum meter current below household + test load is proposed; the real value is put back at the end, also on Cancel.</source>
        <translation>Geben Sie den Strom Ihrer Testlast ein (ein Föhn mit 2 kW zieht etwa 9 A). Es wird ein vorübergehender maximaler Zählerstrom unterhalb von Haushalt + Testlast vorgeschlagen; der echte Wert wird am Ende wiederhergestellt, auch bei Abbrechen.</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge on the socket; the charger first measures the voltage for about a minute.</source>
        <translation>Ein E-Fahrzeug (oder eine Prüfbox) muss am Ladepunkt laden; die Ladestation misst zunächst etwa eine Minute lang die Spannung.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked; the charger should lower the EV&apos;s current within seconds.</source>
        <translation>Schalten Sie die Testlast ein, wenn Sie dazu aufgefordert werden; die Ladestation sollte den Strom des E-Fahrzeugs innerhalb von Sekunden senken.</translation>
    </message>
    <message>
        <source>House power from the charger&apos;s CT clamp</source>
        <translation>Hausleistung vom Stromwandler der Ladestation</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Testlast</translation>
    </message>
    <message>
        <source>Charging session and temporary contracted power</source>
        <translation>Ladevorgang und vorübergehende Vertragsleistung</translation>
    </message>
    <message>
        <source>The charger&apos;s CT clamp measures the house without the EV; the test reads it for a few seconds.</source>
        <translation>Der Stromwandler der Ladestation misst das Haus ohne das E-Fahrzeug; der Test liest ihn einige Sekunden lang aus.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A).</source>
        <translation>Geben Sie den Strom Ihrer Testlast ein (ein Föhn mit 2 kW zieht etwa 9 A).</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge. A temporary contracted power is then proposed so that the EV must come down when the load goes on; the real value is put back at the end, also on Cancel.</source>
        <translation>Ein E-Fahrzeug (oder eine Prüfbox) muss laden. Dann wird eine vorübergehende Vertragsleistung vorgeschlagen, sodass das E-Fahrzeug seinen Strom senken muss, wenn die Last eingeschaltet wird; der echte Wert wird am Ende wiederhergestellt, auch bei Abbrechen.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked, anywhere in the house; the charger should lower the EV&apos;s current within seconds so that house + EV stay within the contracted power.</source>
        <translation>Schalten Sie die Testlast ein, wenn Sie dazu aufgefordert werden, an beliebiger Stelle im Haus; die Ladestation sollte den Strom des E-Fahrzeugs innerhalb von Sekunden senken, sodass Haus + E-Fahrzeug innerhalb der Vertragsleistung bleiben.</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Föhntest</translation>
    </message>
    <message>
        <source>&amp;Hair-dryer test…</source>
        <translation>Föhn&amp;test…</translation>
    </message>
    <message>
        <source>Checks that dynamic power control lowers the EV&apos;s current when a test load (a hair dryer, a kettle) raises the house power, so that house + EV stay within the contracted power.</source>
        <translation>Prüft, ob die dynamische Leistungsregelung den Strom des E-Fahrzeugs senkt, wenn eine Testlast (ein Föhn, ein Wasserkocher) die Leistung des Hauses erhöht, sodass Haus + E-Fahrzeug innerhalb der Vertragsleistung bleiben.</translation>
    </message>
    <message>
        <source>Checks that active load balancing lowers the EV&apos;s current when a test load (a hair dryer, a kettle) pushes the installation over a temporary maximum.</source>
        <translation>Prüft, ob das dynamische Lastmanagement den Strom des E-Fahrzeugs senkt, wenn eine Testlast (ein Föhn, ein Wasserkocher) die Anlage über ein vorübergehendes Maximum bringt.</translation>
    </message>
    <message>
        <source>Show the recorded currents…</source>
        <translation>Aufgezeichnete Ströme anzeigen…</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Föhntest an {key}</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {step}</source>
        <translation>Schritt {n} von {total}: {step}</translation>
    </message>
    <message>
        <source>(read from the charger: nothing to measure)</source>
        <translation>(von der Ladestation gelesen: nichts zu messen)</translation>
    </message>
    <message>
        <source>Test cancelled; the real contracted power is back.</source>
        <translation>Test abgebrochen; die echte Vertragsleistung ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Dynamic power control lowered the EV&apos;s current and kept house + EV within the contracted power.</source>
        <translation>Die dynamische Leistungsregelung hat den Strom des E-Fahrzeugs gesenkt und Haus + E-Fahrzeug innerhalb der Vertragsleistung gehalten.</translation>
    </message>
    <message>
        <source>Active load balancing reacts to the test load as it should.</source>
        <translation>Das dynamische Lastmanagement reagiert wie vorgesehen auf die Testlast.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Bericht gespeichert: {path}</translation>
    </message>
    <message>
        <source>Test stopped: {error}</source>
        <translation>Test beendet: {error}</translation>
    </message>
    <message>
        <source>Test cancelled; the real maximum meter current is back.</source>
        <translation>Test abgebrochen; der echte maximale Zählerstrom ist wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>HairDryerTexts</name>
    <message>
        <source>Current of the test load (hair dryer, kettle), as on its label:</source>
        <translation>Strom der Testlast (Föhn, Wasserkocher) laut Typenschild:</translation>
    </message>
    <message>
        <source>Connect the EV (or a test box) and start a charging session, then press Continue. The charger first measures the voltage for about a minute.</source>
        <translation>Schließen Sie das E-Fahrzeug (oder eine Prüfbox) an und starten Sie einen Ladevorgang; drücken Sie dann Weiter. Die Ladestation misst zunächst etwa eine Minute lang die Spannung.</translation>
    </message>
    <message>
        <source>Continue the hair-dryer test anyway?</source>
        <translation>Föhntest trotzdem fortsetzen?</translation>
    </message>
    <message>
        <source>The EV is charging.</source>
        <translation>Das E-Fahrzeug lädt.</translation>
    </message>
    <message>
        <source>Waiting for the EV to charge…</source>
        <translation>Warten, bis das E-Fahrzeug lädt…</translation>
    </message>
    <message>
        <source>Recording the charger&apos;s reaction…</source>
        <translation>Reaktion der Ladestation wird aufgezeichnet…</translation>
    </message>
    <message>
        <source>Done: you can switch the test load off.</source>
        <translation>Fertig: Sie können die Testlast ausschalten.</translation>
    </message>
    <message>
        <source>Reading the charger&apos;s settings…</source>
        <translation>Einstellungen der Ladestation werden gelesen…</translation>
    </message>
    <message>
        <source>Plug the test load into any outlet of the house: the charger&apos;s CT clamp measures the whole house feed.</source>
        <translation>Stecken Sie die Testlast in eine beliebige Steckdose des Hauses: Der Stromwandler der Ladestation misst die gesamte Hauszuleitung.</translation>
    </message>
    <message>
        <source>Clamp-meter reading of the household current on L{p}, WITHOUT the EV:</source>
        <translation>Mit der Stromzange gemessener Haushaltsstrom auf L{p}, OHNE das E-Fahrzeug:</translation>
    </message>
    <message>
        <source>Plug the test load into an outlet on grid phase L{p}: the charger&apos;s L1 lands there by its phase mapping, so the EV always draws from it.</source>
        <translation>Stecken Sie die Testlast in eine Steckdose auf Netzphase L{p}: Dort liegt L1 der Ladestation gemäß ihrer Phasenzuordnung, daher bezieht das E-Fahrzeug immer Strom von dieser Phase.</translation>
    </message>
    <message>
        <source>For the test the contracted power is set to the value below (in W), so that the EV must come down when the test load goes on; the real value is put back afterwards. Accept it, or type another value.</source>
        <translation>Für den Test wird die Vertragsleistung auf den Wert unten (in W) gesetzt, sodass das E-Fahrzeug seinen Strom senken muss, wenn die Testlast eingeschaltet wird; der echte Wert wird danach wiederhergestellt. Übernehmen Sie ihn oder geben Sie einen anderen Wert ein.</translation>
    </message>
    <message>
        <source>For the test the maximum meter current is set to the value below, under household + test load (the real {real} is put back afterwards). Accept it, or type another value.</source>
        <translation>Für den Test wird der maximale Zählerstrom auf den Wert unten gesetzt, unterhalb von Haushalt + Testlast (der echte Wert {real} wird danach wiederhergestellt). Übernehmen Sie ihn oder geben Sie einen anderen Wert ein.</translation>
    </message>
    <message>
        <source>Switch the test load ({load}) on now, then press Continue.</source>
        <translation>Schalten Sie jetzt die Testlast ({load}) ein und drücken Sie dann Weiter.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Inbetriebnahme</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>Live-Überwachung</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Settings and files</source>
        <translation>Einstellungen und Dateien</translation>
    </message>
    <message>
        <source>Commissioner user guide</source>
        <translation>Benutzerhandbuch von Commissioner</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Seiten des Handbuchs</translation>
    </message>
</context>
<context>
    <name>InterruptedBanner</name>
    <message>
        <source>Re&amp;sume it</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Roll it back to as &amp;found</source>
        <translation>Auf v&amp;orgefundenen Zustand zurücknehmen</translation>
    </message>
    <message>
        <source>⚠ A run of the plan &apos;{plan}&apos; stopped before it finished ({status}). Some settings may be half-applied.</source>
        <translation>⚠ Ein Durchlauf des Plans &apos;{plan}&apos; wurde vor dem Ende abgebrochen ({status}). Einige Einstellungen sind möglicherweise nur teilweise angewendet.</translation>
    </message>
    <message>
        <source>Run {run}</source>
        <translation>Durchlauf {run}</translation>
    </message>
    <message>
        <source>({count} more after this one.)</source>
        <translation>(Danach noch {count} weitere.)</translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Paste the key as bought: spaces, dashes and lower case are fine. The charger reboots to take a new key.</source>
        <translation>Fügen Sie den Schlüssel so ein, wie er gekauft wurde: Leerzeichen, Bindestriche und Kleinbuchstaben sind kein Problem. Die Ladestation startet neu, um einen neuen Schlüssel zu übernehmen.</translation>
    </message>
    <message>
        <source>Keep typing: a key has 24 hex digits.</source>
        <translation>Weiter eingeben: Ein Schlüssel hat 24 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Key complete: {key}</source>
        <translation>Schlüssel vollständig: {key}</translation>
    </message>
    <message>
        <source>Features this charger has:</source>
        <translation>Funktionen dieser Ladestation:</translation>
    </message>
</context>
<context>
    <name>LockLedsPage</name>
    <message>
        <source>A locked charger starts no charge until it is unlocked. The brightness of each LED is 0 (off) to 100 %.</source>
        <translation>Eine gesperrte Ladestation startet keinen Ladevorgang, bis sie entsperrt wird. Die Helligkeit jeder LED reicht von 0 (aus) bis 100 %.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Connect to {name}</source>
        <translation>Mit {name} verbinden</translation>
    </message>
    <message>
        <source>Log in to {name}</source>
        <translation>Bei {name} anmelden</translation>
    </message>
    <message>
        <source>Look-alike spellings</source>
        <translation>Ähnliche Schreibweisen</translation>
    </message>
    <message>
        <source>&amp;Try this spelling</source>
        <translation>Diese Schreibweise &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Kein System-Schlüsselbund: Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Ladestation:</translation>
    </message>
    <message>
        <source>This charger&apos;s local API has no password: the program connects at once. Anyone on this network can read and change its settings, so keep the charger on a network only the site uses.</source>
        <translation>Die lokale API dieser Ladestation hat kein Passwort: Das Programm verbindet sich sofort. Jeder in diesem Netzwerk kann ihre Einstellungen lesen und ändern; betreiben Sie die Ladestation daher in einem Netzwerk, das nur dieser Standort nutzt.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type the password from the installer card.</source>
        <translation>Geben Sie das Passwort von der Installateurkarte ein.</translation>
    </message>
    <message>
        <source>The charger refused this password.</source>
        <translation>Die Ladestation hat dieses Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Check it against the installer card (user admin).</source>
        <translation>Prüfen Sie es anhand der Installateurkarte (Benutzer admin).</translation>
    </message>
    <message>
        <source>The digit 1 and the letter l look alike on the card. These spellings swap them; double-click one to try it. Several wrong tries in a row can lock the account for a while.</source>
        <translation>Die Ziffer 1 und der Buchstabe l sehen auf der Karte gleich aus. Diese Schreibweisen vertauschen sie; doppelklicken Sie auf eine, um sie zu testen. Mehrere Fehlversuche hintereinander können das Konto für eine Weile sperren.</translation>
    </message>
    <message>
        <source>close the MyEve app on your phone, or any other tool connected to it;</source>
        <translation>die MyEve-App auf Ihrem Telefon oder jedes andere mit der Ladestation verbundene Programm schließen;</translation>
    </message>
    <message>
        <source>wait about a minute for the other session to expire, then log in again;</source>
        <translation>etwa eine Minute warten, bis die andere Sitzung abläuft, und sich dann erneut anmelden;</translation>
    </message>
    <message>
        <source>or switch the charger off and on again (this ends every session).</source>
        <translation>oder die Ladestation aus- und wieder einschalten (das beendet alle Sitzungen).</translation>
    </message>
    <message>
        <source>Another client holds this charger&apos;s only session.</source>
        <translation>Ein anderer Client belegt die einzige Sitzung dieser Ladestation.</translation>
    </message>
    <message>
        <source>The charger talks to one client at a time. You can:</source>
        <translation>Die Ladestation kommuniziert immer nur mit einem Client. Sie können:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
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
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Commissioning</source>
        <translation>&amp;Inbetriebnahme</translation>
    </message>
    <message>
        <source>Live &amp;monitoring</source>
        <translation>&amp;Live-Überwachung</translation>
    </message>
    <message>
        <source>&amp;SCN</source>
        <translation>&amp;SCN</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Demo-Standort</translation>
    </message>
    <message>
        <source>Chargers found: {count}</source>
        <translation>Gefundene Ladestationen: {count}</translation>
    </message>
    <message>
        <source>logged in and polled: {count}</source>
        <translation>angemeldet und abgefragt: {count}</translation>
    </message>
    <message>
        <source>discovery running ({problem})</source>
        <translation>Suche läuft ({problem})</translation>
    </message>
    <message>
        <source>discovery running (mDNS and Bluetooth)</source>
        <translation>Suche läuft (mDNS und Bluetooth)</translation>
    </message>
    <message>
        <source>demo site running on 127.0.0.1</source>
        <translation>Demo-Standort läuft auf 127.0.0.1</translation>
    </message>
    <message>
        <source>The certificate of {key} changed: select it to decide.</source>
        <translation>Das Zertifikat von {key} hat sich geändert: Wählen Sie die Ladestation aus, um zu entscheiden.</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Kein System-Schlüsselbund: Das Passwort wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Reading the clock and the name…</source>
        <translation>Uhr und Name werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the clock</source>
        <translation>Uhr lesen</translation>
    </message>
    <message>
        <source>Rolling back {plan}</source>
        <translation>{plan} zurücknehmen</translation>
    </message>
    <message>
        <source>Reading every setting…</source>
        <translation>Alle Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Saving a settings backup</source>
        <translation>Sicherung der Einstellungen speichern</translation>
    </message>
    <message>
        <source>Comparing the backup with the charger…</source>
        <translation>Sicherung wird mit der Ladestation abgeglichen…</translation>
    </message>
    <message>
        <source>Reading a settings backup</source>
        <translation>Sicherung der Einstellungen lesen</translation>
    </message>
    <message>
        <source>Saving a support bundle</source>
        <translation>Supportpaket speichern</translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Measurand</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Scale (10ⁿ)</source>
        <translation>Skala (10ⁿ)</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Registertabelle des Zählers</translation>
    </message>
    <message>
        <source>Row {row} ({measurand}), {column}: {why}</source>
        <translation>Zeile {row} ({measurand}), {column}: {why}</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Electrical measurements (from your tester)</source>
        <translation>Elektrische Messungen (von Ihrem Prüfgerät)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Where (circuit or charger)</source>
        <translation>Ort (Stromkreis oder Ladestation)</translation>
    </message>
    <message>
        <source>Where it was measured</source>
        <translation>Wo gemessen wurde</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
</context>
<context>
    <name>MeterPage</name>
    <message>
        <source>Search meters (maker or model)</source>
        <translation>Zähler suchen (Hersteller oder Modell)</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>C&amp;ustom register map: edit the cells below</source>
        <translation>&amp;Eigene Registertabelle: Zellen unten bearbeiten</translation>
    </message>
    <message>
        <source>Starts from the map shown (the chosen preset); type a register, data type or scale.</source>
        <translation>Geht von der angezeigten Tabelle aus (der gewählten Voreinstellung); geben Sie ein Register, einen Datentyp oder eine Skala ein.</translation>
    </message>
    <message>
        <source>Custom map, started from the one shown: double-click a cell to change it.</source>
        <translation>Eigene Tabelle, ausgehend von der angezeigten: Doppelklicken Sie auf eine Zelle, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Choose a preset in the list to leave the custom map.</source>
        <translation>Wählen Sie eine Voreinstellung in der Liste, um die eigene Tabelle zu verlassen.</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Auf dieser Seite wurden keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>The charger reads this meter over {protocol}.</source>
        <translation>Die Ladestation liest diesen Zähler über {protocol} aus.</translation>
    </message>
    <message>
        <source>A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP (ALB data source page).</source>
        <translation>Ein Modbus-Zähler wird verwendet, wenn das ALB-Zählerprotokoll Modbus RTU oder TCP ist (Seite ALB-Datenquelle).</translation>
    </message>
</context>
<context>
    <name>MeterPlacementDiagram</name>
    <message>
        <source>Where the meter sits</source>
        <translation>Wo der Zähler sitzt</translation>
    </message>
    <message>
        <source>The meter measures the house and the charger: EV included.</source>
        <translation>Der Zähler misst das Haus und die Ladestation: E-Fahrzeug inbegriffen.</translation>
    </message>
    <message>
        <source>The charger is fed before the meter: the meter sees the house only.</source>
        <translation>Die Ladestation wird vor dem Zähler versorgt: Der Zähler sieht nur das Haus.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Haus</translation>
    </message>
</context>
<context>
    <name>MeterTestPanel</name>
    <message>
        <source>Test smart meter</source>
        <translation>Smart Meter testen</translation>
    </message>
    <message>
        <source>Reads the meter through the charger and directly from this computer (Modbus TCP at the meter IP address, port and unit id), and checks that the values make sense.</source>
        <translation>Liest den Zähler über die Ladestation und direkt von diesem Computer aus (Modbus TCP an IP-Adresse, Port und Unit-ID des Zählers) und prüft, ob die Werte plausibel sind.</translation>
    </message>
    <message>
        <source>Site now: not known</source>
        <translation>Standort jetzt: unbekannt</translation>
    </message>
    <message>
        <source>Site now: draws from the grid</source>
        <translation>Standort jetzt: bezieht aus dem Netz</translation>
    </message>
    <message>
        <source>Site now: feeds into the grid</source>
        <translation>Standort jetzt: speist ins Netz ein</translation>
    </message>
    <message>
        <source>Lets the check tell a reversed meter from export.</source>
        <translation>Damit kann die Prüfung einen verkehrt angeschlossenen Zähler von Einspeisung unterscheiden.</translation>
    </message>
    <message>
        <source>Clamp A per phase: 10.2, 4.9, 2.1</source>
        <translation>Zange A pro Phase: 10.2, 4.9, 2.1</translation>
    </message>
    <message>
        <source>Optional: currents measured with a clamp meter, to check scale and phases.</source>
        <translation>Optional: mit einer Stromzange gemessene Ströme, um Skala und Phasen zu prüfen.</translation>
    </message>
    <message>
        <source>Serial port (TIC, RS-485)</source>
        <translation>Serielle Schnittstelle (TIC, RS-485)</translation>
    </message>
    <message>
        <source>Only for a meter on a serial line. A TIC (Linky) meter: the serial port of the TIC dongle on this computer (/dev/ttyUSB0, COM3) or the address of a TIC gateway (host:port). A Modbus RTU meter: the serial port of the USB–RS-485 adapter on the meter&apos;s line.</source>
        <translation>Nur für einen Zähler an einer seriellen Leitung. Ein TIC-Zähler (Linky): die serielle Schnittstelle des TIC-Dongles an diesem Computer (/dev/ttyUSB0, COM3) oder die Adresse eines TIC-Gateways (Host:Port). Ein Modbus-RTU-Zähler: die serielle Schnittstelle des USB–RS-485-Adapters an der Leitung des Zählers.</translation>
    </message>
    <message>
        <source>&amp;Test smart meter</source>
        <translation>Smart Meter &amp;testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Charger (A)</source>
        <translation>Ladestation (A)</translation>
    </message>
    <message>
        <source>ALB uses (A)</source>
        <translation>ALB nutzt (A)</translation>
    </message>
    <message>
        <source>Direct (A)</source>
        <translation>Direkt (A)</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Gleich?</translation>
    </message>
    <message>
        <source>The meter&apos;s currents as the charger reports them (5221).</source>
        <translation>Die Zählerströme, wie die Ladestation sie meldet (5221).</translation>
    </message>
    <message>
        <source>The currents ALB balances on (212F): negative while the site exports.</source>
        <translation>Die Ströme, nach denen ALB regelt (212F): negativ, solange der Standort einspeist.</translation>
    </message>
    <message>
        <source>The meter read from this computer with the preset or custom map.</source>
        <translation>Der Zähler, von diesem Computer mit der Voreinstellung oder eigenen Tabelle gelesen.</translation>
    </message>
    <message>
        <source>Whether the charger and this computer read the same current.</source>
        <translation>Ob die Ladestation und dieser Computer denselben Strom lesen.</translation>
    </message>
    <message>
        <source>Meter currents per phase, both paths</source>
        <translation>Zählerströme pro Phase, beide Wege</translation>
    </message>
    <message>
        <source>Clamp currents &apos;{text}&apos;: give amperes per phase, like 10.2, 4.9, 2.1.</source>
        <translation>Zangenströme &apos;{text}&apos;: Geben Sie Ampere pro Phase an, etwa 10.2, 4.9, 2.1.</translation>
    </message>
    <message>
        <source>Log in to a charger and read it first.</source>
        <translation>Melden Sie sich zuerst bei einer Ladestation an und lesen Sie sie aus.</translation>
    </message>
    <message>
        <source>Meter test cancelled.</source>
        <translation>Zählertest abgebrochen.</translation>
    </message>
    <message>
        <source>The charger did not report its meter: {why}</source>
        <translation>Die Ladestation hat ihren Zähler nicht gemeldet: {why}</translation>
    </message>
    <message>
        <source>Charger&apos;s Modbus meter link: {state}.</source>
        <translation>Modbus-Zählerverbindung der Ladestation: {state}.</translation>
    </message>
    <message>
        <source>The meter cannot be reached directly from this computer: {why}</source>
        <translation>Der Zähler ist von diesem Computer aus nicht direkt erreichbar: {why}</translation>
    </message>
    <message>
        <source>Only the charger&apos;s view is shown.</source>
        <translation>Es werden nur die Werte der Ladestation angezeigt.</translation>
    </message>
    <message>
        <source>Read directly at {where}.</source>
        <translation>Direkt gelesen an {where}.</translation>
    </message>
    <message>
        <source>The plan is not applied yet: the charger still uses its meter settings as found, while this computer read the meter with the plan&apos;s. Apply the plan, then test again.</source>
        <translation>Der Plan ist noch nicht angewendet: Die Ladestation verwendet noch ihre vorgefundenen Zählereinstellungen, während dieser Computer den Zähler mit denen des Plans gelesen hat. Wenden Sie den Plan an und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The two paths disagree on {phases}: the charger&apos;s register map or address differs from what was read here.</source>
        <translation>Die beiden Wege weichen bei {phases} voneinander ab: Registertabelle oder Adresse der Ladestation unterscheiden sich von dem, was hier gelesen wurde.</translation>
    </message>
    <message>
        <source>Both paths read the same currents.</source>
        <translation>Beide Wege lesen dieselben Ströme.</translation>
    </message>
    <message>
        <source>idle (no Modbus meter in use)</source>
        <translation>inaktiv (kein Modbus-Zähler in Gebrauch)</translation>
    </message>
    <message>
        <source>initialising (no answer from the meter yet)</source>
        <translation>Initialisierung (noch keine Antwort vom Zähler)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>warning (the last poll failed)</source>
        <translation>Warnung (die letzte Abfrage ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>error (the meter is quiet or the settings are unusable)</source>
        <translation>Fehler (der Zähler schweigt oder die Einstellungen sind unbrauchbar)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>The values read are not plausible with this preset.</source>
        <translation>Die gelesenen Werte sind mit dieser Voreinstellung nicht plausibel.</translation>
    </message>
    <message>
        <source>The meter reads, but the preset needs a correction:</source>
        <translation>Der Zähler liefert Werte, aber die Voreinstellung muss korrigiert werden:</translation>
    </message>
    <message>
        <source>The values read are plausible: the preset fits this meter.</source>
        <translation>Die gelesenen Werte sind plausibel: Die Voreinstellung passt zu diesem Zähler.</translation>
    </message>
    <message>
        <source>Proposed fix: {fix}.</source>
        <translation>Vorgeschlagene Korrektur: {fix}.</translation>
    </message>
</context>
<context>
    <name>MeterTestService</name>
    <message>
        <source>Reading the meter through the charger…</source>
        <translation>Zähler wird über die Ladestation gelesen…</translation>
    </message>
    <message>
        <source>Reading the meter from this computer…</source>
        <translation>Zähler wird von diesem Computer aus gelesen…</translation>
    </message>
    <message>
        <source>Meter test done.</source>
        <translation>Zählertest abgeschlossen.</translation>
    </message>
    <message>
        <source>Testing the smart meter of {key}</source>
        <translation>Smart Meter von {key} testen</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>not in use (communication idle)</source>
        <translation>nicht in Gebrauch (Kommunikation inaktiv)</translation>
    </message>
    <message>
        <source>initialising</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Follow &amp;latest</source>
        <translation>&amp;Neuesten Werten folgen</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Voltages (charger)</source>
        <translation>Spannungen (Ladestation)</translation>
    </message>
    <message>
        <source>House / grid power</source>
        <translation>Haus- / Netzleistung</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Vertragsleistung</translation>
    </message>
    <message>
        <source>Charging power</source>
        <translation>Ladeleistung</translation>
    </message>
    <message>
        <source>Charging current set</source>
        <translation>Eingestellter Ladestrom</translation>
    </message>
    <message>
        <source>CT clamp link</source>
        <translation>Verbindung zum Stromwandler</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische Leistungsregelung</translation>
    </message>
    <message>
        <source>on, never below {minimum}</source>
        <translation>ein, nie unter {minimum}</translation>
    </message>
    <message>
        <source>off: the contracted power is not kept</source>
        <translation>aus: Die Vertragsleistung wird nicht eingehalten</translation>
    </message>
    <message>
        <source>Meter link code {code}</source>
        <translation>Code der Zählerverbindung {code}</translation>
    </message>
    <message>
        <source>limit {amps}</source>
        <translation>Limit {amps}</translation>
    </message>
    <message>
        <source>Status flags 0x{flags:X}</source>
        <translation>Status-Flags 0x{flags:X}</translation>
    </message>
    <message>
        <source>Voltages (meter)</source>
        <translation>Spannungen (Zähler)</translation>
    </message>
    <message>
        <source>Frequency (meter)</source>
        <translation>Frequenz (Zähler)</translation>
    </message>
    <message>
        <source>Meter currents</source>
        <translation>Zählerströme</translation>
    </message>
    <message>
        <source>Power meter / socket</source>
        <translation>Leistung Zähler / Ladepunkt</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Mode 3</translation>
    </message>
    <message>
        <source>Limit in force</source>
        <translation>Geltendes Limit</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Dynamisches Lastmanagement</translation>
    </message>
    <message>
        <source>Meter link</source>
        <translation>Zählerverbindung</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Abtastung</translation>
    </message>
    <message>
        <source>Live currents of {key}</source>
        <translation>Live-Ströme von {key}</translation>
    </message>
    <message>
        <source>Log in to a charger to see its live currents.</source>
        <translation>Melden Sie sich bei einer Ladestation an, um ihre Live-Ströme zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Link state code {code}</source>
        <translation>Code des Verbindungsstatus {code}</translation>
    </message>
    <message>
        <source> — the charger does not answer</source>
        <translation> — die Ladestation antwortet nicht</translation>
    </message>
    <message>
        <source>socket {n}: {state}</source>
        <translation>Ladepunkt {n}: {state}</translation>
    </message>
    <message>
        <source>{polls} polls, {gaps} gaps</source>
        <translation>{polls} Abfragen, {gaps} Lücken</translation>
    </message>
    <message>
        <source>Export the visible window</source>
        <translation>Das sichtbare Zeitfenster exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>One member reads the meter (active load balancing)</source>
        <translation>Ein Mitglied liest den Zähler (dynamisches Lastmanagement)</translation>
    </message>
    <message>
        <source>It keeps its ALB settings; the others need none.</source>
        <translation>Es behält seine ALB-Einstellungen; die anderen brauchen keine.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grid total current</source>
        <translation>Gesamtstrom des Netzanschlusses</translation>
    </message>
    <message>
        <source>Total safe current</source>
        <translation>Sicherer Gesamtstrom</translation>
    </message>
    <message>
        <source>Socket safe current</source>
        <translation>Sicherer Strom pro Ladepunkt</translation>
    </message>
    <message>
        <source>Station maximum</source>
        <translation>Maximum der Ladestation</translation>
    </message>
    <message>
        <source>Socket maximum</source>
        <translation>Maximum pro Ladepunkt</translation>
    </message>
    <message>
        <source>Alternating period</source>
        <translation>Wechselperiode</translation>
    </message>
    <message>
        <source>Meter-reading member</source>
        <translation>Zählerlesendes Mitglied</translation>
    </message>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Kein Mitglied liest einen Zähler: Das Netzwerk teilt sich den Gesamtstrom des Netzanschlusses, unabhängig davon, was das Gebäude sonst bezieht.</translation>
    </message>
    <message>
        <source>Read the members, then choose the one wired to the meter.</source>
        <translation>Lesen Sie die Mitglieder aus und wählen Sie dann das Mitglied, das mit dem Zähler verbunden ist.</translation>
    </message>
    <message>
        <source>{name} reads the meter and computes the current available to the whole network: the maximum meter current minus what the rest of the building draws.</source>
        <translation>{name} liest den Zähler und berechnet den für das gesamte Netzwerk verfügbaren Strom: den maximalen Zählerstrom abzüglich dessen, was der Rest des Gebäudes bezieht.</translation>
    </message>
</context>
<context>
    <name>OverviewControls</name>
    <message>
        <source>timed power on</source>
        <translation>zeitgesteuerte Leistung ein</translation>
    </message>
    <message>
        <source>timed power off</source>
        <translation>zeitgesteuerte Leistung aus</translation>
    </message>
    <message>
        <source>minimum power, more when there is room</source>
        <translation>Mindestleistung, mehr bei Reserve</translation>
    </message>
    <message>
        <source>solar power only</source>
        <translation>nur Solarleistung</translation>
    </message>
    <message>
        <source>grid and solar</source>
        <translation>Netz und Solar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>clamp reading normally</source>
        <translation>Stromwandler misst normal</translation>
    </message>
    <message>
        <source>waiting for the clamp</source>
        <translation>warten auf den Stromwandler</translation>
    </message>
    <message>
        <source>clamp fault: check its cable</source>
        <translation>Stromwandlerfehler: Kabel prüfen</translation>
    </message>
    <message>
        <source>one-phase</source>
        <translation>einphasig</translation>
    </message>
    <message>
        <source>three-phase</source>
        <translation>dreiphasig</translation>
    </message>
    <message>
        <source>one- or three-phase</source>
        <translation>ein- oder dreiphasig</translation>
    </message>
    <message>
        <source>Charging settings</source>
        <translation>Ladeeinstellungen</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische Leistungsregelung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Mindeststrom</translation>
    </message>
    <message>
        <source>Maximum current</source>
        <translation>Maximalstrom</translation>
    </message>
    <message>
        <source>Charging current set now</source>
        <translation>Aktuell eingestellter Ladestrom</translation>
    </message>
    <message>
        <source>Charging phases</source>
        <translation>Ladephasen</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Installationsspannung</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>locked: nobody can charge</source>
        <translation>gesperrt: niemand kann laden</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <source>Charging paused</source>
        <translation>Laden pausiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Light LED</source>
        <translation>Licht-LED</translation>
    </message>
    <message>
        <source>Logo LED</source>
        <translation>Logo-LED</translation>
    </message>
    <message>
        <source>{power} (≈ {amps} per phase)</source>
        <translation>{power} (≈ {amps} pro Phase)</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Vertragsleistung</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pause bei Modulation</translation>
    </message>
    <message>
        <source>Current clamp</source>
        <translation>Stromwandler</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>WLAN-Netz</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Wi-Fi signal</source>
        <translation>WLAN-Signal</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Lizenzierte Funktionen</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Ladepunkte</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Ladepunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Mode 3</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Geltend</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Stromlimits</translation>
    </message>
    <message>
        <source>Current L1 / L2 / L3</source>
        <translation>Strom L1 / L2 / L3</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Socket 1</source>
        <translation>Ladepunkt 1</translation>
    </message>
    <message>
        <source>Socket 2</source>
        <translation>Ladepunkt 2</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Keine Ladestation ausgewählt</translation>
    </message>
    <message>
        <source>Pick a charger in the list, or add one by its address.</source>
        <translation>Wählen Sie eine Ladestation in der Liste aus oder fügen Sie eine über ihre Adresse hinzu.</translation>
    </message>
    <message>
        <source>Log in (user admin, password from the installer card) to read licences, socket states and current limits.</source>
        <translation>Melden Sie sich an (Benutzer admin, Passwort von der Installateurkarte), um Lizenzen, Ladepunktzustände und Stromlimits zu lesen.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Serial (Object ID)</source>
        <translation>Seriennummer (Object ID)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Connect (no password: its local API has none) to read its state, limits, dynamic power control and network.</source>
        <translation>Verbinden Sie sich (ohne Passwort: die lokale API hat keins), um Zustand, Limits, dynamische Leistungsregelung und Netzwerk auszulesen.</translation>
    </message>
    <message>
        <source>Charger ID</source>
        <translation>ID der Ladestation</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Installation phases</source>
        <translation>Phasen der Installation</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Licence device id</source>
        <translation>Lizenz-Geräte-ID</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>freigeschaltet</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Maximalstrom der Ladestation</translation>
    </message>
    <message>
        <source>Maximum smart-meter current</source>
        <translation>Maximalstrom Smart Meter</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Sicherer Strom ALB</translation>
    </message>
    <message>
        <source>Socket maximum current</source>
        <translation>Maximalstrom des Ladepunkts</translation>
    </message>
    <message>
        <source>External maximum (RAM)</source>
        <translation>Externes Maximum (RAM)</translation>
    </message>
    <message>
        <source>Static load-balancing limit</source>
        <translation>Limit statisches Lastmanagement</translation>
    </message>
    <message>
        <source>Active load-balancing limit</source>
        <translation>Limit dynamisches Lastmanagement</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Jetzt geltend</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Checks of this page</source>
        <translation>Prüfungen dieser Seite</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Auf dieser Seite wurden keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Seiten des Berichts</translation>
    </message>
    <message>
        <source>Press Preview pages to see the pages of the report.</source>
        <translation>Drücken Sie auf Seitenvorschau, um die Seiten des Berichts zu sehen.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Seite {number}</translation>
    </message>
    <message>
        <source>The report has no pages.</source>
        <translation>Der Bericht hat keine Seiten.</translation>
    </message>
</context>
<context>
    <name>PhaseIdControl</name>
    <message>
        <source>Phase identification</source>
        <translation>Phasenerkennung</translation>
    </message>
    <message>
        <source>&amp;Identify phases…</source>
        <translation>Phasen &amp;identifizieren…</translation>
    </message>
    <message>
        <source>With an EV charging, steps the socket&apos;s current a few times and finds which grid phase each of the charger&apos;s phases lands on (a few minutes).</source>
        <translation>Verändert bei ladendem E-Fahrzeug den Strom des Ladepunkts einige Male stufenweise und ermittelt, auf welcher Netzphase jede Phase der Ladestation liegt (einige Minuten).</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Erkennung abbrechen</translation>
    </message>
    <message>
        <source>Phase identification started.</source>
        <translation>Phasenerkennung gestartet.</translation>
    </message>
    <message>
        <source>Finished on {serial}, socket {socket}.</source>
        <translation>Abgeschlossen an {serial}, Ladepunkt {socket}.</translation>
    </message>
    <message>
        <source>Phase identification stopped: {error}</source>
        <translation>Phasenerkennung beendet: {error}</translation>
    </message>
    <message>
        <source>&amp;Use this mapping</source>
        <translation>Diese Zuordnung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Puts the proposed phase mapping into the commissioning plan of this charger.</source>
        <translation>Übernimmt die vorgeschlagene Phasenzuordnung in den Inbetriebnahmeplan dieser Ladestation.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Phase identification needs an EV charging: connect it and start a session, then press Continue.</source>
        <translation>Die Phasenerkennung benötigt ein ladendes E-Fahrzeug: Schließen Sie es an und starten Sie einen Ladevorgang; drücken Sie dann Weiter.</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Phasenerkennung an {key}</translation>
    </message>
    <message>
        <source>Step {done} of {total}: the socket&apos;s current is stepped.</source>
        <translation>Schritt {done} von {total}: Der Strom des Ladepunkts wird stufenweise verändert.</translation>
    </message>
    <message>
        <source>Phase identification cancelled; the socket&apos;s own maximum is back.</source>
        <translation>Phasenerkennung abgebrochen; das eigene Maximum des Ladepunkts ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>Phase mapping {mapping} put into the commissioning plan.</source>
        <translation>Phasenzuordnung {mapping} in den Inbetriebnahmeplan übernommen.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Proposed phase mapping: &lt;b&gt;{mapping}&lt;/b&gt;</source>
        <translation>Vorgeschlagene Phasenzuordnung: &lt;b&gt;{mapping}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still possible: {mappings}</source>
        <translation>Noch möglich: {mappings}</translation>
    </message>
    <message>
        <source>Wiring fault: the charger is configured as {configured}, which this contradicts. Correct the wiring, or set the phase mapping in the Commissioning tab (Phases).</source>
        <translation>Verdrahtungsfehler: Die Ladestation ist als {configured} konfiguriert, was dem widerspricht. Korrigieren Sie die Verdrahtung oder stellen Sie die Phasenzuordnung im Reiter Inbetriebnahme (Phasen) ein.</translation>
    </message>
    <message>
        <source>This matches the configured mapping ({configured}).</source>
        <translation>Das entspricht der konfigurierten Zuordnung ({configured}).</translation>
    </message>
    <message>
        <source>charger L{k} → grid ?</source>
        <translation>Ladestation L{k} → Netz ?</translation>
    </message>
    <message>
        <source>charger L{k} → grid L{g}</source>
        <translation>Ladestation L{k} → Netz L{g}</translation>
    </message>
</context>
<context>
    <name>PhaseOrderDiagram</name>
    <message>
        <source>Supply-cable order</source>
        <translation>Reihenfolge der Zuleitung</translation>
    </message>
    <message>
        <source>No phase mapping set.</source>
        <translation>Keine Phasenzuordnung eingestellt.</translation>
    </message>
    <message>
        <source>supply L{grid} → charger L{own}</source>
        <translation>Zuleitung L{grid} → Ladestation L{own}</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Zuleitung</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>Phase mapping: which supply phase feeds the charger&apos;s L1, L2 and L3 (rotate the chargers of a site so single-phase cars spread over the phases).</source>
        <translation>Phasenzuordnung: welche Phase der Zuleitung auf L1, L2 und L3 der Ladestation liegt (drehen Sie die Ladestationen eines Standorts durch, damit sich einphasige Fahrzeuge auf die Phasen verteilen).</translation>
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
        <translation>F&amp;otos hinzufügen…</translation>
    </message>
    <message>
        <source>What the selected photo shows</source>
        <translation>Was das ausgewählte Foto zeigt</translation>
    </message>
    <message>
        <source>Caption, e.g. clamps point to the house</source>
        <translation>Bildunterschrift, z. B. Stromwandler zeigen zum Haus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Zeigt:</translation>
    </message>
    <message>
        <source>Photos of the report</source>
        <translation>Fotos des Berichts</translation>
    </message>
    <message>
        <source>Add photos to the report</source>
        <translation>Fotos zum Bericht hinzufügen</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>Nicht hinzugefügt: {why}</translation>
    </message>
    <message>
        <source>Not added: {why} (and {more} more)</source>
        <translation>Nicht hinzugefügt: {why} (und {more} weitere)</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} Foto(s) hinzugefügt.</translation>
    </message>
    <message>
        <source>{file} is damaged: it cannot be shown.</source>
        <translation>{file} ist beschädigt: Die Datei kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>{file} could not be copied ({why}).</source>
        <translation>{file} konnte nicht kopiert werden ({why}).</translation>
    </message>
    <message>
        <source>Photos no longer found: {files}</source>
        <translation>Nicht mehr gefundene Fotos: {files}</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Plan name</source>
        <translation>Planname</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Adresse der Ladestation</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Maximalstrom der Ladestation</translation>
    </message>
    <message>
        <source>Socket 1 maximum current</source>
        <translation>Maximalstrom Ladepunkt 1</translation>
    </message>
    <message>
        <source>Socket 2 maximum current</source>
        <translation>Maximalstrom Ladepunkt 2</translation>
    </message>
    <message>
        <source>Chameleon minimum current</source>
        <translation>Mindeststrom Chameleon</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Phasenzuordnung</translation>
    </message>
    <message>
        <source>1/3-phase switching</source>
        <translation>1/3-Phasen-Umschaltung</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Lademodus</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Installationsspannung</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Dynamisches Lastmanagement</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>ALB-Datenquelle</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Zählerprotokoll</translation>
    </message>
    <message>
        <source>Meter includes the charging EV</source>
        <translation>Zähler erfasst das ladende E-Fahrzeug</translation>
    </message>
    <message>
        <source>Maximum meter current</source>
        <translation>Maximaler Zählerstrom</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Sicherer Strom ALB</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Name der Ladestation</translation>
    </message>
    <message>
        <source>Set the clock from the laptop (UTC)</source>
        <translation>Uhr vom Laptop stellen (UTC)</translation>
    </message>
    <message>
        <source>P1 interface</source>
        <translation>P1-Schnittstelle</translation>
    </message>
    <message>
        <source>P1 server IP address</source>
        <translation>IP-Adresse P1-Server</translation>
    </message>
    <message>
        <source>P1 server port</source>
        <translation>Port P1-Server</translation>
    </message>
    <message>
        <source>Meter preset</source>
        <translation>Zähler-Voreinstellung</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Registertabelle des Zählers</translation>
    </message>
    <message>
        <source>Register map measurands</source>
        <translation>Messgrößen der Registertabelle</translation>
    </message>
    <message>
        <source>Register map registers</source>
        <translation>Register der Registertabelle</translation>
    </message>
    <message>
        <source>Register map data types</source>
        <translation>Datentypen der Registertabelle</translation>
    </message>
    <message>
        <source>Register map scales</source>
        <translation>Skalen der Registertabelle</translation>
    </message>
    <message>
        <source>Word order</source>
        <translation>Wortreihenfolge</translation>
    </message>
    <message>
        <source>Function code</source>
        <translation>Funktionscode</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>Unit-ID des Zählers</translation>
    </message>
    <message>
        <source>Meter IP address</source>
        <translation>IP-Adresse des Zählers</translation>
    </message>
    <message>
        <source>Meter TCP port</source>
        <translation>TCP-Port des Zählers</translation>
    </message>
    <message>
        <source>RTU baud rate</source>
        <translation>RTU-Baudrate</translation>
    </message>
    <message>
        <source>RTU parity</source>
        <translation>RTU-Parität</translation>
    </message>
    <message>
        <source>EMS mode</source>
        <translation>EMS-Modus</translation>
    </message>
    <message>
        <source>EMS validity time</source>
        <translation>EMS-Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische Leistungsregelung</translation>
    </message>
    <message>
        <source>Dynamic power mode</source>
        <translation>Modus der dynamischen Leistungsregelung</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Vertragsleistung</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pause bei Modulation</translation>
    </message>
    <message>
        <source>Charger locked</source>
        <translation>Ladestation gesperrt</translation>
    </message>
    <message>
        <source>Light LED brightness</source>
        <translation>Helligkeit Licht-LED</translation>
    </message>
    <message>
        <source>Logo LED brightness</source>
        <translation>Helligkeit Logo-LED</translation>
    </message>
    <message>
        <source>Back-office URL</source>
        <translation>Backend-URL</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Charge-Box-Identität</translation>
    </message>
    <message>
        <source>SCN name</source>
        <translation>SCN-Name</translation>
    </message>
    <message>
        <source>SCN first socket ID</source>
        <translation>SCN-ID des ersten Ladepunkts</translation>
    </message>
    <message>
        <source>SCN socket count</source>
        <translation>Anzahl SCN-Ladepunkte</translation>
    </message>
    <message>
        <source>SCN sockets of this charger</source>
        <translation>SCN-Ladepunkte dieser Ladestation</translation>
    </message>
    <message>
        <source>SCN phase mapping</source>
        <translation>SCN-Phasenzuordnung</translation>
    </message>
    <message>
        <source>SCN total current</source>
        <translation>SCN-Gesamtstrom</translation>
    </message>
    <message>
        <source>SCN socket safe current</source>
        <translation>Sicherer Strom pro SCN-Ladepunkt</translation>
    </message>
    <message>
        <source>SCN total safe current</source>
        <translation>Sicherer SCN-Gesamtstrom</translation>
    </message>
    <message>
        <source>SCN alternating period</source>
        <translation>SCN-Wechselperiode</translation>
    </message>
    <message>
        <source>SCN firmware</source>
        <translation>SCN-Firmware</translation>
    </message>
    <message>
        <source>SCN subnet</source>
        <translation>SCN-Subnetz</translation>
    </message>
    <message>
        <source>the ALB settings</source>
        <translation>die ALB-Einstellungen</translation>
    </message>
    <message>
        <source>the P1 settings</source>
        <translation>die P1-Einstellungen</translation>
    </message>
    <message>
        <source>the meter settings</source>
        <translation>die Zählereinstellungen</translation>
    </message>
    <message>
        <source>the meter register map</source>
        <translation>die Registertabelle des Zählers</translation>
    </message>
    <message>
        <source>the EMS settings</source>
        <translation>die EMS-Einstellungen</translation>
    </message>
    <message>
        <source>the dynamic power control settings</source>
        <translation>die Einstellungen der dynamischen Leistungsregelung</translation>
    </message>
    <message>
        <source>the LED settings</source>
        <translation>die LED-Einstellungen</translation>
    </message>
    <message>
        <source>the back-office settings</source>
        <translation>die Backend-Einstellungen</translation>
    </message>
    <message>
        <source>the SCN settings</source>
        <translation>die SCN-Einstellungen</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Smart meter</source>
        <translation>Smart Meter</translation>
    </message>
    <message>
        <source>Smart meter and energy management system</source>
        <translation>Smart Meter und Energiemanagementsystem</translation>
    </message>
    <message>
        <source>Energy management system (EMS)</source>
        <translation>Energiemanagementsystem (EMS)</translation>
    </message>
    <message>
        <source>DSMR P1 port</source>
        <translation>DSMR-P1-Port</translation>
    </message>
    <message>
        <source>TIC (French Linky meter)</source>
        <translation>TIC (französischer Linky-Zähler)</translation>
    </message>
    <message>
        <source>Modbus RTU (RS-485 line)</source>
        <translation>Modbus RTU (RS-485-Leitung)</translation>
    </message>
    <message>
        <source>Modbus TCP (network)</source>
        <translation>Modbus TCP (Netzwerk)</translation>
    </message>
    <message>
        <source>Serial cable</source>
        <translation>Serielles Kabel</translation>
    </message>
    <message>
        <source>P1 server on the network</source>
        <translation>P1-Server im Netzwerk</translation>
    </message>
    <message>
        <source>HomeWizard P1 meter</source>
        <translation>HomeWizard-P1-Zähler</translation>
    </message>
    <message>
        <source>High word first</source>
        <translation>Höherwertiges Wort zuerst</translation>
    </message>
    <message>
        <source>Low word first</source>
        <translation>Niederwertiges Wort zuerst</translation>
    </message>
    <message>
        <source>Holding registers</source>
        <translation>Holding-Register</translation>
    </message>
    <message>
        <source>Input registers</source>
        <translation>Input-Register</translation>
    </message>
    <message>
        <source>No parity</source>
        <translation>Keine Parität</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Ungerade</translation>
    </message>
    <message>
        <source>Per socket</source>
        <translation>Pro Ladepunkt</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>One phase</source>
        <translation>Einphasig</translation>
    </message>
    <message>
        <source>Three phases</source>
        <translation>Dreiphasig</translation>
    </message>
    <message>
        <source>Timed power on</source>
        <translation>Zeitgesteuerte Leistung ein</translation>
    </message>
    <message>
        <source>Timed power off (no longer used)</source>
        <translation>Zeitgesteuerte Leistung aus (nicht mehr verwendet)</translation>
    </message>
    <message>
        <source>Minimum power plus solar surplus</source>
        <translation>Mindestleistung plus Solarüberschuss</translation>
    </message>
    <message>
        <source>Solar surplus only</source>
        <translation>Nur Solarüberschuss</translation>
    </message>
    <message>
        <source>Grid and solar</source>
        <translation>Netz und Solar</translation>
    </message>
    <message>
        <source>Stop charging</source>
        <translation>Laden stoppen</translation>
    </message>
    <message>
        <source>licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>charger clock</source>
        <translation>Uhr der Ladestation</translation>
    </message>
    <message>
        <source>charger name</source>
        <translation>Name der Ladestation</translation>
    </message>
    <message>
        <source>load balancing off while changing it</source>
        <translation>Lastmanagement während der Änderung aus</translation>
    </message>
    <message>
        <source>load balancing on</source>
        <translation>Lastmanagement ein</translation>
    </message>
    <message>
        <source>Smart Charging Network settings</source>
        <translation>Einstellungen des Smart Charging Network</translation>
    </message>
    <message>
        <source>restart of the charger</source>
        <translation>Neustart der Ladestation</translation>
    </message>
    <message>
        <source>meter connection</source>
        <translation>Zählerverbindung</translation>
    </message>
    <message>
        <source>meter register map</source>
        <translation>Registertabelle des Zählers</translation>
    </message>
    <message>
        <source>load balancing settings</source>
        <translation>Lastmanagement-Einstellungen</translation>
    </message>
    <message>
        <source>phase settings</source>
        <translation>Phaseneinstellungen</translation>
    </message>
    <message>
        <source>current limits</source>
        <translation>Stromlimits</translation>
    </message>
    <message>
        <source>charge mode and installation voltage</source>
        <translation>Lademodus und Installationsspannung</translation>
    </message>
    <message>
        <source>dynamic power control</source>
        <translation>dynamische Leistungsregelung</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>LED brightness</source>
        <translation>LED-Helligkeit</translation>
    </message>
    <message>
        <source>back-office settings</source>
        <translation>Backend-Einstellungen</translation>
    </message>
    <message>
        <source>settings as found</source>
        <translation>vorgefundene Einstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>load balancing as found</source>
        <translation>vorgefundenes Lastmanagement wiederherstellen</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>vorgefundene Einstellungen lesen</translation>
    </message>
    <message>
        <source>reading the settings as left</source>
        <translation>hinterlassene Einstellungen lesen</translation>
    </message>
    <message>
        <source>restarting: waiting for the charger to come back</source>
        <translation>Neustart: Warten, bis die Ladestation wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Applied: the charger holds the plan</source>
        <translation>Angewendet: Die Ladestation hat den Plan übernommen</translation>
    </message>
    <message>
        <source>Applied, but some settings as left differ from the plan</source>
        <translation>Angewendet, aber einige hinterlassene Einstellungen weichen vom Plan ab</translation>
    </message>
    <message>
        <source>Not applied: the plan breaks a rule for this charger</source>
        <translation>Nicht angewendet: Der Plan verletzt eine Regel für diese Ladestation</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <source>Rolled back: the settings as found are back</source>
        <translation>Zurückgenommen: Die vorgefundenen Einstellungen sind wiederhergestellt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>durch einen Fehler abgebrochen</translation>
    </message>
    <message>
        <source>settings as left differ from the plan</source>
        <translation>hinterlassene Einstellungen weichen vom Plan ab</translation>
    </message>
    <message>
        <source>the plan broke a rule</source>
        <translation>der Plan hat eine Regel verletzt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} Einträge</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <translation>{count} Einstellungen</translation>
    </message>
    <message>
        <source>{count} measurands mapped</source>
        <translation>{count} Messgrößen zugeordnet</translation>
    </message>
</context>
<context>
    <name>PresetFileBar</name>
    <message>
        <source>&amp;Import preset file…</source>
        <translation>Voreinstellungsdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport preset file…</source>
        <translation>Voreinstellungsdatei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import a meter preset</source>
        <translation>Zähler-Voreinstellung importieren</translation>
    </message>
    <message>
        <source>Export the meter preset</source>
        <translation>Zähler-Voreinstellung exportieren</translation>
    </message>
    <message>
        <source>No folder for your presets: log in to a charger first.</source>
        <translation>Kein Ordner für Ihre Voreinstellungen: Melden Sie sich zuerst bei einer Ladestation an.</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Nicht importiert: {why}</translation>
    </message>
    <message>
        <source>Imported {title} from {file}.</source>
        <translation>{title} aus {file} importiert.</translation>
    </message>
    <message>
        <source>Choose a preset or type a valid custom map first.</source>
        <translation>Wählen Sie zuerst eine Voreinstellung oder geben Sie eine gültige eigene Tabelle ein.</translation>
    </message>
    <message>
        <source>Exported {title} to {file}.</source>
        <translation>{title} nach {file} exportiert.</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Limits:</source>
        <translation>Grenzwerte:</translation>
    </message>
    <message>
        <source>the usual pass limits, or those of a country</source>
        <translation>die üblichen Grenzwerte oder die eines Landes</translation>
    </message>
    <message>
        <source>Usual limits</source>
        <translation>Übliche Grenzwerte</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Type a number, e.g. 4.5.</source>
        <translation>Geben Sie eine Zahl ein, z. B. 4.5.</translation>
    </message>
    <message>
        <source>Between {low} and {high}.</source>
        <translation>Zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
</context>
<context>
    <name>RebootConfirmation</name>
    <message>
        <source>{name}: not polled, so whether an EV is charging is not known</source>
        <translation>{name}: nicht abgefragt, daher ist unbekannt, ob ein E-Fahrzeug lädt</translation>
    </message>
    <message>
        <source>{name}: no EV charging</source>
        <translation>{name}: kein ladendes E-Fahrzeug</translation>
    </message>
    <message>
        <source>{name}: an EV is charging on socket {sockets}: charging stops</source>
        <translation>{name}: Ein E-Fahrzeug lädt an Ladepunkt {sockets}: Der Ladevorgang stoppt</translation>
    </message>
    <message>
        <source>Restart chargers?</source>
        <translation>Ladestationen neu starten?</translation>
    </message>
    <message>
        <source>{action} restarts {count} charger(s). A restart takes about a minute; sockets do not charge meanwhile.</source>
        <translation>{action} startet {count} Ladestation(en) neu. Ein Neustart dauert etwa eine Minute; die Ladepunkte laden in dieser Zeit nicht.</translation>
    </message>
    <message>
        <source>⚠ Charging is interrupted where an EV is charging.</source>
        <translation>⚠ Wo ein E-Fahrzeug lädt, wird der Ladevorgang unterbrochen.</translation>
    </message>
    <message>
        <source>Restart {count} charger(s)</source>
        <translation>{count} Ladestation(en) neu starten</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Charger {serial}</source>
        <translation>Ladestation {serial}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Licences unlocked during the visit</source>
        <translation>Während des Einsatzes freigeschaltete Lizenzen</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netzwerkadresse</translation>
    </message>
    <message>
        <source>Back office (OCPP)</source>
        <translation>Backend (OCPP)</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Charge-Box-Identität</translation>
    </message>
    <message>
        <source>Back-office registration</source>
        <translation>Registrierung beim Backend</translation>
    </message>
    <message>
        <source>Settings changed (as found → as left)</source>
        <translation>Geänderte Einstellungen (vorgefunden → hinterlassen)</translation>
    </message>
    <message>
        <source>No settings run was recorded for this charger.</source>
        <translation>Für diese Ladestation wurde kein Einstellungsdurchlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Keine Einstellung wurde geändert.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Vorgefunden</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Hinterlassen</translation>
    </message>
    <message>
        <source>Other settings as left</source>
        <translation>Weitere hinterlassene Einstellungen</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Checks of the settings runs</source>
        <translation>Prüfungen der Einstellungsdurchläufe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Custom register map</source>
        <translation>Eigene Registertabelle</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Zählerprotokoll</translation>
    </message>
    <message>
        <source>Preset or map</source>
        <translation>Voreinstellung oder Tabelle</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>Unit-ID</translation>
    </message>
    <message>
        <source>Scale of the current registers</source>
        <translation>Skala der Stromregister</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Zähleradresse</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Automatic tests</source>
        <translation>Automatische Tests</translation>
    </message>
    <message>
        <source>Hair-dryer test of load balancing</source>
        <translation>Föhntest des Lastmanagements</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Phasenerkennung</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Zählertest</translation>
    </message>
    <message>
        <source>Fallback to the safe current when the meter link is cut</source>
        <translation>Rückfall auf den sicheren Strom bei unterbrochener Zählerverbindung</translation>
    </message>
    <message>
        <source>Back-office connection (OCPP)</source>
        <translation>Backend-Verbindung (OCPP)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Hair-dryer test, socket {socket}</source>
        <translation>Föhntest, Ladepunkt {socket}</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <source>Charging current at the end</source>
        <translation>Ladestrom am Ende</translation>
    </message>
    <message>
        <source>Test maximum</source>
        <translation>Testmaximum</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Testlast</translation>
    </message>
    <message>
        <source>Recorded during the test</source>
        <translation>Während des Tests aufgezeichnet</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>Zeit, s</translation>
    </message>
    <message>
        <source>power, W</source>
        <translation>Leistung, W</translation>
    </message>
    <message>
        <source>current, A</source>
        <translation>Strom, A</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>Testlast ein</translation>
    </message>
    <message>
        <source>test maximum</source>
        <translation>Testmaximum</translation>
    </message>
    <message>
        <source>house power</source>
        <translation>Hausleistung</translation>
    </message>
    <message>
        <source>grid power</source>
        <translation>Netzleistung</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>Vertragsleistung</translation>
    </message>
    <message>
        <source>grid meter {phase}</source>
        <translation>Netzzähler {phase}</translation>
    </message>
    <message>
        <source>charger {phase}</source>
        <translation>Ladestation {phase}</translation>
    </message>
    <message>
        <source>Phase identification, socket {socket}</source>
        <translation>Phasenerkennung, Ladepunkt {socket}</translation>
    </message>
    <message>
        <source>Wiring found (proposed mapping)</source>
        <translation>Festgestellte Verdrahtung (vorgeschlagene Zuordnung)</translation>
    </message>
    <message>
        <source>Mapping configured on the charger</source>
        <translation>Auf der Ladestation eingestellte Zuordnung</translation>
    </message>
    <message>
        <source>Configured mapping agrees</source>
        <translation>Eingestellte Zuordnung stimmt überein</translation>
    </message>
    <message>
        <source>Wiring fault</source>
        <translation>Verdrahtungsfehler</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Grid currents the charger reads</source>
        <translation>Von der Ladestation gelesene Netzströme</translation>
    </message>
    <message>
        <source>Grid currents read from the laptop</source>
        <translation>Vom Laptop gelesene Netzströme</translation>
    </message>
    <message>
        <source>Central system on the laptop</source>
        <translation>Zentralsystem auf dem Laptop</translation>
    </message>
    <message>
        <source>{count} configuration keys read</source>
        <translation>{count} Konfigurationsschlüssel gelesen</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Inbetriebnahmebericht</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commissioner version</source>
        <translation>Commissioner-Version</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Earthing system</source>
        <translation>Netzform</translation>
    </message>
    <message>
        <source>Main fuse</source>
        <translation>Hauptsicherung</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Vertragsleistung</translation>
    </message>
    <message>
        <source>Current limit set by</source>
        <translation>Strombegrenzung durch</translation>
    </message>
    <message>
        <source>Supply cable</source>
        <translation>Zuleitung</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Leitungsschutzschalter</translation>
    </message>
    <message>
        <source>Residual-current protection</source>
        <translation>Fehlerstromschutz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Föhntest</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Not done or not entered</source>
        <translation>Nicht durchgeführt oder nicht eingegeben</translation>
    </message>
    <message>
        <source>Every test of the visit was done.</source>
        <translation>Alle Tests des Einsatzes wurden durchgeführt.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Electrical measurements</source>
        <translation>Elektrische Messungen</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Nachweise und Notizen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Readings from the installer&apos;s tester, judged against the {profile} limits.</source>
        <translation>Messwerte vom Prüfgerät des Installateurs, bewertet nach den Grenzwerten {profile}.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>No measurement was entered.</source>
        <translation>Es wurde keine Messung eingegeben.</translation>
    </message>
    <message>
        <source>No photo was added.</source>
        <translation>Es wurde kein Foto hinzugefügt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Übergeben am</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>Checkliste zur Übergabe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Linksdrehfeld</translation>
    </message>
    <message>
        <source>Capacity tariff peak</source>
        <translation>Leistungsspitze des Kapazitätstarifs</translation>
    </message>
    <message>
        <source>Charger label</source>
        <translation>Typenschild der Ladestation</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Rechtsdrehfeld</translation>
    </message>
    <message>
        <source>Current clamp direction</source>
        <translation>Richtung der Stromwandler</translation>
    </message>
    <message>
        <source>Default passwords changed</source>
        <translation>Standardpasswörter geändert</translation>
    </message>
    <message>
        <source>Distribution board</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Earth fault loop impedance</source>
        <translation>Schleifenimpedanz</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>IT (isolated supply)</source>
        <translation>IT (isoliertes Netz)</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Insulation resistance (500 V)</source>
        <translation>Isolationswiderstand (500 V)</translation>
    </message>
    <message>
        <source>Manuals and documents handed over</source>
        <translation>Anleitungen und Unterlagen übergeben</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No boot notification sent yet</source>
        <translation>Noch keine Boot-Benachrichtigung gesendet</translation>
    </message>
    <message>
        <source>No hair-dryer test for {serial}</source>
        <translation>Kein Föhntest für {serial}</translation>
    </message>
    <message>
        <source>No meter test for {serial}</source>
        <translation>Kein Zählertest für {serial}</translation>
    </message>
    <message>
        <source>No phase identification for {serial}</source>
        <translation>Keine Phasenerkennung für {serial}</translation>
    </message>
    <message>
        <source>No reading of {measurement}</source>
        <translation>Kein Messwert für {measurement}</translation>
    </message>
    <message>
        <source>No settings run recorded for {serial}</source>
        <translation>Kein Einstellungsdurchlauf für {serial} aufgezeichnet</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht durchgeführt</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Owner shown how to use the charger</source>
        <translation>Bedienung der Ladestation dem Eigentümer erklärt</translation>
    </message>
    <message>
        <source>Partly identified</source>
        <translation>Teilweise erkannt</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Phase rotation</source>
        <translation>Drehfeld</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Prospective short-circuit current</source>
        <translation>Unbeeinflusster Kurzschlussstrom</translation>
    </message>
    <message>
        <source>Protective conductor continuity</source>
        <translation>Durchgängigkeit des Schutzleiters</translation>
    </message>
    <message>
        <source>RCD trip current</source>
        <translation>RCD-Auslösestrom</translation>
    </message>
    <message>
        <source>RCD trip time</source>
        <translation>RCD-Auslösezeit</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Subscribed power of the contract</source>
        <translation>Vertragsleistung des Stromvertrags</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>Netzspannung</translation>
    </message>
    <message>
        <source>TN (earth from the supply)</source>
        <translation>TN (Erdung über das Versorgungsnetz)</translation>
    </message>
    <message>
        <source>TT (own earth electrode)</source>
        <translation>TT (eigener Erder)</translation>
    </message>
    <message>
        <source>The plan kept every rule for this charger</source>
        <translation>Der Plan hat alle Regeln für diese Ladestation eingehalten</translation>
    </message>
    <message>
        <source>The run finished</source>
        <translation>Der Durchlauf wurde abgeschlossen</translation>
    </message>
    <message>
        <source>The settings as left are the plan&apos;s</source>
        <translation>Die hinterlassenen Einstellungen entsprechen dem Plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{minimum} to {maximum}</source>
        <translation>{minimum} bis {maximum}</translation>
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
        <translation>Föhntest</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Phasenerkennung</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Zählertest</translation>
    </message>
    <message>
        <source>Fallback to the safe current</source>
        <translation>Rückfall auf den sicheren Strom</translation>
    </message>
    <message>
        <source>Back-office check</source>
        <translation>Backend-Prüfung</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Last hair-dryer test: reaction in {reaction}, the EV at {final} after it.</source>
        <translation>Letzter Föhntest: Reaktion in {reaction}, danach das E-Fahrzeug bei {final}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>No settings recorded for this charger.</source>
        <translation>Für diese Ladestation sind keine Einstellungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Vorgefunden</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Hinterlassen</translation>
    </message>
    <message>
        <source>Firmware: {firmware}</source>
        <translation>Firmware: {firmware}</translation>
    </message>
    <message>
        <source>Commissioning runs: {count}</source>
        <translation>Inbetriebnahme-Durchläufe: {count}</translation>
    </message>
    <message>
        <source>Licences unlocked: {names}</source>
        <translation>Freigeschaltete Lizenzen: {names}</translation>
    </message>
    <message>
        <source>Nothing is missing: every test and reading is there.</source>
        <translation>Es fehlt nichts: Alle Tests und Messwerte sind vorhanden.</translation>
    </message>
    <message>
        <source>{measurement}: {reading}, the limit is {limit}.</source>
        <translation>{measurement}: {reading}, der Grenzwert ist {limit}.</translation>
    </message>
    <message>
        <source>{count} tests or readings are missing (see Chargers and tests).</source>
        <translation>{count} Tests oder Messwerte fehlen (siehe Ladestationen und Tests).</translation>
    </message>
    <message>
        <source>Every reading passed and nothing is missing.</source>
        <translation>Alle Messwerte liegen innerhalb der Grenzwerte und es fehlt nichts.</translation>
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
        <translation>{file} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; take a smaller picture.</source>
        <translation>{file} ist größer als {mb} MB; nehmen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG picture.</source>
        <translation>{file} ist kein JPEG- oder PNG-Bild.</translation>
    </message>
    <message>
        <source>{file} has too many pixels for a report.</source>
        <translation>{file} hat zu viele Pixel für einen Bericht.</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Reading what was recorded for {serial}…</source>
        <translation>Aufzeichnungen zu {serial} werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records</source>
        <translation>Aufzeichnungen des Einsatzes lesen</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records…</source>
        <translation>Aufzeichnungen des Einsatzes werden gelesen…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Writing the JSON twin…</source>
        <translation>JSON-Gegenstück wird geschrieben…</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>Berichtsexport</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>The saved draft could not be read; starting a new one.</source>
        <translation>Der gespeicherte Entwurf konnte nicht gelesen werden; ein neuer wird begonnen.</translation>
    </message>
    <message>
        <source>the folder {folder} cannot take files ({why}).</source>
        <translation>in den Ordner {folder} können keine Dateien geschrieben werden ({why}).</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>Drawing page {page} of {pages}…</source>
        <translation>Seite {page} von {pages} wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ReportSite</name>
    <message>
        <source>Type A 30 mA + 6 mA DC in the charger</source>
        <translation>Typ A 30 mA + 6 mA DC in der Ladestation</translation>
    </message>
    <message>
        <source>Type B 30 mA</source>
        <translation>Typ B 30 mA</translation>
    </message>
    <message>
        <source>Type F 30 mA</source>
        <translation>Typ F 30 mA</translation>
    </message>
    <message>
        <source>Type EV 30 mA</source>
        <translation>Typ EV 30 mA</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Anything the next visitor should know: where the meter is, what is left…</source>
        <translation>Alles, was der nächste Techniker wissen sollte: wo der Zähler ist, was noch offen ist…</translation>
    </message>
    <message>
        <source>Chargers and tests</source>
        <translation>Ladestationen und Tests</translation>
    </message>
    <message>
        <source>Site and installation</source>
        <translation>Standort und Installation</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>Photos and notes</source>
        <translation>Fotos und Notizen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The drawn signature could not be saved: {why}</source>
        <translation>Die gezeichnete Unterschrift konnte nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <source>The records could not be read: {why}</source>
        <translation>Die Aufzeichnungen konnten nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>{count} Seiten.</translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}</source>
        <translation>Geschrieben: {pdf} und {json}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What applying changes (as found → plan):</source>
        <translation>Was das Anwenden ändert (vorgefunden → Plan):</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Vorgefunden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Check against the charger</source>
        <translation>&amp;Mit der Ladestation abgleichen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>Zurück&amp;nehmen</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Durchlaufs</translation>
    </message>
    <message>
        <source>As left:</source>
        <translation>Hinterlassen:</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Hinterlassen</translation>
    </message>
    <message>
        <source>{value} (changed)</source>
        <translation>{value} (geändert)</translation>
    </message>
    <message>
        <source>The plan holds the settings as found: nothing to apply.</source>
        <translation>Der Plan enthält die vorgefundenen Einstellungen: nichts anzuwenden.</translation>
    </message>
    <message>
        <source>The check found {count} problem(s):</source>
        <translation>Die Prüfung hat {count} Problem(e) gefunden:</translation>
    </message>
    <message>
        <source>All checks passed: applying writes {count} setting(s).</source>
        <translation>Alle Prüfungen bestanden: Das Anwenden schreibt {count} Einstellung(en).</translation>
    </message>
    <message>
        <source>The charger restarts to take them.</source>
        <translation>Die Ladestation startet neu, um sie zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>ScnOverviewPage</name>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Kein Mitglied liest einen Zähler: Das Netzwerk teilt sich den Gesamtstrom des Netzanschlusses, unabhängig davon, was das Gebäude sonst bezieht.</translation>
    </message>
    <message>
        <source>{names} all read a meter, but only one member of a network may: switch active load balancing off on all but one.</source>
        <translation>{names} lesen alle einen Zähler, aber das darf nur ein Mitglied eines Netzwerks: Schalten Sie das dynamische Lastmanagement bei allen außer einem aus.</translation>
    </message>
    <message>
        <source>Meter-reading member: {name}. It computes the current available to the whole network (the maximum meter current minus what the rest of the building draws); the network shares it.</source>
        <translation>Zählerlesendes Mitglied: {name}. Es berechnet den für das gesamte Netzwerk verfügbaren Strom (maximaler Zählerstrom abzüglich dessen, was der Rest des Gebäudes bezieht); das Netzwerk teilt ihn sich.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the members on the set-up page first.</source>
        <translation>Lesen Sie zuerst die Mitglieder auf der Seite Einrichtung aus.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Ladepunkt</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>SCN-ID</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current per phase</source>
        <translation>Strom pro Phase</translation>
    </message>
    <message>
        <source>The network draws {amps} A (grid total current: {limit} per phase)</source>
        <translation>Das Netzwerk bezieht {amps} A (Gesamtstrom des Netzanschlusses: {limit} pro Phase)</translation>
    </message>
    <message>
        <source>in no network</source>
        <translation>in keinem Netzwerk</translation>
    </message>
    <message>
        <source>waiting: the network has too little current</source>
        <translation>wartet: Das Netzwerk hat zu wenig Strom</translation>
    </message>
    <message>
        <source>Alternation</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Chargers do not report when a pause ends: &apos;until&apos; is when this program first saw the socket paused plus the alternating period.</source>
        <translation>Ladestationen melden nicht, wann eine Pause endet: &apos;bis&apos; ist der Zeitpunkt, zu dem dieses Programm den Ladepunkt zum ersten Mal pausiert sah, plus die Wechselperiode.</translation>
    </message>
    <message>
        <source>paused until about {time}</source>
        <translation>pausiert bis etwa {time}</translation>
    </message>
    <message>
        <source>Network consistent: {n} members agree.</source>
        <translation>Netzwerk konsistent: {n} Mitglieder stimmen überein.</translation>
    </message>
</context>
<context>
    <name>ScnPage</name>
    <message>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation>Netzwerkübersicht</translation>
    </message>
</context>
<context>
    <name>ScnProgress</name>
    <message>
        <source>applying the licence key</source>
        <translation>Lizenzschlüssel wird angewendet</translation>
    </message>
    <message>
        <source>setting the charger clock</source>
        <translation>Uhr der Ladestation wird gestellt</translation>
    </message>
    <message>
        <source>writing the charger name</source>
        <translation>Name der Ladestation wird geschrieben</translation>
    </message>
    <message>
        <source>switching active load balancing off</source>
        <translation>Dynamisches Lastmanagement wird ausgeschaltet</translation>
    </message>
    <message>
        <source>switching active load balancing on</source>
        <translation>Dynamisches Lastmanagement wird eingeschaltet</translation>
    </message>
    <message>
        <source>writing the network settings</source>
        <translation>Netzwerkeinstellungen werden geschrieben</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <source>writing the meter connection</source>
        <translation>Zählerverbindung wird geschrieben</translation>
    </message>
    <message>
        <source>writing the meter&apos;s register map</source>
        <translation>Registertabelle des Zählers wird geschrieben</translation>
    </message>
    <message>
        <source>writing the load-balancing settings</source>
        <translation>Lastmanagement-Einstellungen werden geschrieben</translation>
    </message>
    <message>
        <source>writing the phase settings</source>
        <translation>Phaseneinstellungen werden geschrieben</translation>
    </message>
    <message>
        <source>writing the current limits</source>
        <translation>Stromlimits werden geschrieben</translation>
    </message>
    <message>
        <source>writing the back-office settings</source>
        <translation>Backend-Einstellungen werden geschrieben</translation>
    </message>
    <message>
        <source>putting the settings back as found</source>
        <translation>Vorgefundene Einstellungen werden wiederhergestellt</translation>
    </message>
    <message>
        <source>putting load balancing back as found</source>
        <translation>Vorgefundenes Lastmanagement wird wiederhergestellt</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>Vorgefundene Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>reading the settings back</source>
        <translation>Einstellungen werden zurückgelesen</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ fertig</translation>
    </message>
    <message>
        <source>✔ rolled back</source>
        <translation>✔ zurückgenommen</translation>
    </message>
    <message>
        <source>⚠ done, but some settings read back differ from the plan</source>
        <translation>⚠ fertig, aber einige zurückgelesene Einstellungen weichen vom Plan ab</translation>
    </message>
    <message>
        <source>✖ not applied: the plan does not suit it</source>
        <translation>✖ nicht angewendet: Der Plan passt nicht zu dieser Ladestation</translation>
    </message>
    <message>
        <source>✖ stopped (details in the tooltip)</source>
        <translation>✖ abgebrochen (Einzelheiten im Tooltip)</translation>
    </message>
    <message>
        <source>restarting, waiting for it to come back</source>
        <translation>Neustart, Warten, bis die Ladestation wieder erreichbar ist</translation>
    </message>
    <message>
        <source>restarting, waiting {time}</source>
        <translation>Neustart, wartet seit {time}</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>Schritt {done} von {total}</translation>
    </message>
</context>
<context>
    <name>ScnService</name>
    <message>
        <source>Reading {n} chargers…</source>
        <translation>{n} Ladestationen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the SCN members</source>
        <translation>SCN-Mitglieder lesen</translation>
    </message>
    <message>
        <source>Applying {plan} to every member</source>
        <translation>{plan} auf alle Mitglieder anwenden</translation>
    </message>
    <message>
        <source>Rolling back {plan} on every member</source>
        <translation>{plan} bei allen Mitgliedern zurücknehmen</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Netzwerk wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the SCN</source>
        <translation>SCN lesen</translation>
    </message>
</context>
<context>
    <name>ScnSetupPage</name>
    <message>
        <source>&amp;Read the picked chargers</source>
        <translation>Gewählte Ladestationen &amp;lesen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Sockets and phase rotation</source>
        <translation>Ladepunkte und Phasenrotation</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Ladestation</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Ladepunkt</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>SCN-ID</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Phasenzuordnung</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>A greyed charger is not an Alfen charger (a V2C Trydan, say): it does not join an Alfen Smart Charging Network.</source>
        <translation>Eine ausgegraute Ladestation ist keine Alfen-Ladestation (etwa eine V2C Trydan): Sie tritt keinem Alfen Smart Charging Network bei.</translation>
    </message>
    <message>
        <source>&amp;Apply to every member</source>
        <translation>Auf alle Mitglieder &amp;anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Roll &amp;back the last run</source>
        <translation>Letzten Durchlauf &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>{charger}: cannot join</source>
        <translation>{charger}: kann nicht beitreten</translation>
    </message>
    <message>
        <source>Only Alfen chargers join an Alfen Smart Charging Network; this {model} does not. It shares the connection on its own (dynamic power control, on its Commissioning tab).</source>
        <translation>Nur Alfen-Ladestationen treten einem Alfen Smart Charging Network bei; diese {model} nicht. Sie teilt den Anschluss eigenständig auf (dynamische Leistungsregelung, auf ihrer Registerkarte Inbetriebnahme).</translation>
    </message>
    <message>
        <source>Pick the members, then read them.</source>
        <translation>Wählen Sie die Mitglieder und lesen Sie sie dann aus.</translation>
    </message>
    <message>
        <source>The plan breaks no rule.</source>
        <translation>Der Plan verletzt keine Regel.</translation>
    </message>
    <message>
        <source>Applying the network</source>
        <translation>Netzwerk anwenden</translation>
    </message>
    <message>
        <source>Rolling back the network</source>
        <translation>Netzwerk zurücknehmen</translation>
    </message>
    <message>
        <source>Every member is done.</source>
        <translation>Alle Mitglieder sind fertig.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Logging in to {name}…</source>
        <translation>Anmeldung bei {name}…</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Verbindung mit {name} wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to {key}</source>
        <translation>Mit {key} verbinden</translation>
    </message>
    <message>
        <source>Logging in to {key}</source>
        <translation>Bei {key} anmelden</translation>
    </message>
    <message>
        <source>Reading the new certificate…</source>
        <translation>Neues Zertifikat wird gelesen…</translation>
    </message>
    <message>
        <source>Trusting a new certificate</source>
        <translation>Neuem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Reading the overview…</source>
        <translation>Übersicht wird gelesen…</translation>
    </message>
    <message>
        <source>Reading {key}</source>
        <translation>{key} lesen</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Abmeldung…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbindung wird getrennt…</translation>
    </message>
    <message>
        <source>Disconnecting from {key}</source>
        <translation>Verbindung zu {key} trennen</translation>
    </message>
    <message>
        <source>Logging out of {key}</source>
        <translation>Von {key} abmelden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Zahlen und Datumsangaben:</translation>
    </message>
    <message>
        <source>Menus, tab titles, the charger list and the Overview change at once; the other pages change at the next start.</source>
        <translation>Menüs, Reitertitel, die Liste der Ladestationen und die Übersicht wechseln sofort; die anderen Seiten beim nächsten Start.</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Ladestationen</translation>
    </message>
    <message>
        <source>Charger reply time:</source>
        <translation>Antwortzeit der Ladestation:</translation>
    </message>
    <message>
        <source>Charger reply time</source>
        <translation>Antwortzeit der Ladestation</translation>
    </message>
    <message>
        <source>How long to wait for a charger&apos;s answer; raise it on a slow network.</source>
        <translation>Wie lange auf die Antwort einer Ladestation gewartet wird; erhöhen Sie den Wert bei einem langsamen Netzwerk.</translation>
    </message>
    <message>
        <source>Restart wait:</source>
        <translation>Wartezeit beim Neustart:</translation>
    </message>
    <message>
        <source>Restart wait</source>
        <translation>Wartezeit beim Neustart</translation>
    </message>
    <message>
        <source>How long a charger may take to come back after a restart.</source>
        <translation>Wie lange eine Ladestation nach einem Neustart brauchen darf, bis sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Ask before restarting chargers on the simulated site</source>
        <translation>Vor dem Neustart von Ladestationen am simulierten Standort nachfragen</translation>
    </message>
    <message>
        <source>On real chargers the program always asks before a restart.</source>
        <translation>Bei echten Ladestationen fragt das Programm vor einem Neustart immer nach.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <source>From the next start: {folder}</source>
        <translation>Ab dem nächsten Start: {folder}</translation>
    </message>
    <message>
        <source>Journals, reports, meter presets and logs are kept here. A new folder is used from the next start; --data-dir on the command line overrides it.</source>
        <translation>Hier werden Journale, Berichte, Zähler-Voreinstellungen und Protokolle abgelegt. Ein neuer Ordner wird ab dem nächsten Start verwendet; --data-dir in der Befehlszeile hat Vorrang.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Before signing</source>
        <translation>Vor der Unterschrift</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Name eingeben</translation>
    </message>
    <message>
        <source>Signed by typing the full name</source>
        <translation>Durch Eingabe des vollständigen Namens unterschrieben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Unterschrift:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad: draw the signature here</source>
        <translation>Unterschriftenfeld: Unterschreiben Sie hier</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>e.g. Dupont residence</source>
        <translation>z. B. Wohnhaus Müller</translation>
    </message>
    <message>
        <source>e.g. IRVE level 2, or your licence number</source>
        <translation>z. B. Elektrofachkraft oder Ihre Eintragungsnummer</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>z. B. 40</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>z. B. 12</translation>
    </message>
    <message>
        <source>e.g. 5G6 mm² copper, 25 m</source>
        <translation>z. B. 5G6 mm² Kupfer, 25 m</translation>
    </message>
    <message>
        <source>e.g. C40 4-pole</source>
        <translation>z. B. C40 4-polig</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Site, customer and installer</source>
        <translation>Standort, Kunde und Installateur</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Name des Standorts:</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adresse des Standorts:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Installer:</source>
        <translation>Installateur:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>Qualifikation:</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Datum des Einsatzes:</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Earthing system:</source>
        <translation>Netzform:</translation>
    </message>
    <message>
        <source>Main fuse (A):</source>
        <translation>Hauptsicherung (A):</translation>
    </message>
    <message>
        <source>Subscribed power (kVA):</source>
        <translation>Vertragsleistung (kVA):</translation>
    </message>
    <message>
        <source>Limit set by:</source>
        <translation>Begrenzt durch:</translation>
    </message>
    <message>
        <source>Supply cable:</source>
        <translation>Zuleitung:</translation>
    </message>
    <message>
        <source>Breaker:</source>
        <translation>Leitungsschutzschalter:</translation>
    </message>
    <message>
        <source>RCD type:</source>
        <translation>RCD-Typ:</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>another client is connected</source>
        <translation>ein anderer Client ist verbunden</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Bluetooth only</source>
        <translation>nur Bluetooth</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Static load balancing</source>
        <translation>Statisches Lastmanagement</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Dynamisches Lastmanagement</translation>
    </message>
    <message>
        <source>32 A per socket</source>
        <translation>32 A pro Ladepunkt</translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation>RFID-Leser</translation>
    </message>
    <message>
        <source>ISO 15118</source>
        <translation>ISO 15118</translation>
    </message>
    <message>
        <source>Personalised display</source>
        <translation>Personalisiertes Display</translation>
    </message>
    <message>
        <source>3G/4G modem</source>
        <translation>3G/4G-Modem</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Bezahlterminals</translation>
    </message>
    <message>
        <source>Expose smart-meter data</source>
        <translation>Smart-Meter-Daten bereitstellen</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>kein Fahrzeug</translation>
    </message>
    <message>
        <source>vehicle connected</source>
        <translation>Fahrzeug verbunden</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>lädt</translation>
    </message>
    <message>
        <source>charging (ventilation)</source>
        <translation>lädt (Belüftung)</translation>
    </message>
    <message>
        <source>no power (error)</source>
        <translation>keine Versorgung (Fehler)</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>cable connected</source>
        <translation>Kabel angesteckt</translation>
    </message>
    <message>
        <source>EV connected</source>
        <translation>E-Fahrzeug verbunden</translation>
    </message>
    <message>
        <source>charging power off</source>
        <translation>Ladeleistung aus</translation>
    </message>
    <message>
        <source>power off, maximum current too low</source>
        <translation>Leistung aus, Maximalstrom zu niedrig</translation>
    </message>
    <message>
        <source>waiting for disconnect</source>
        <translation>wartet auf Abstecken</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>inoperative</source>
        <translation>außer Betrieb</translation>
    </message>
    <message>
        <source>power off, suspended</source>
        <translation>Leistung aus, unterbrochen</translation>
    </message>
    <message>
        <source>power off, phase change</source>
        <translation>Leistung aus, Phasenwechsel</translation>
    </message>
    <message>
        <source>unknown ({code})</source>
        <translation>unbekannt ({code})</translation>
    </message>
    <message>
        <source>error ({code})</source>
        <translation>Fehler ({code})</translation>
    </message>
    <message>
        <source>state {code}</source>
        <translation>Zustand {code}</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Hair-dryer test: recorded currents</source>
        <translation>Föhntest: aufgezeichnete Ströme</translation>
    </message>
    <message>
        <source>Time since the test started</source>
        <translation>Zeit seit Beginn des Tests</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>Testlast ein</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>Hair-dryer test running…</source>
        <translation>Föhntest läuft…</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Föhntest an {key}</translation>
    </message>
    <message>
        <source>Phase identification: waiting for the EV to charge…</source>
        <translation>Phasenerkennung: Warten, bis das E-Fahrzeug lädt…</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Phasenerkennung an {key}</translation>
    </message>
    <message>
        <source>Putting back what an interrupted test left…</source>
        <translation>Was ein unterbrochener Test hinterlassen hat, wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Commissioning plans (*.toml)</source>
        <translation>Inbetriebnahmepläne (*.toml)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Charger</source>
        <translation>&amp;Ladestation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;Handbuch zu dieser Seite</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>Ü&amp;ber Commissioner</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>Plan &amp;speichern…</translation>
    </message>
    <message>
        <source>Recent &amp;plans</source>
        <translation>Zuletzt verwendete &amp;Pläne</translation>
    </message>
    <message>
        <source>Recent &amp;sites</source>
        <translation>Zuletzt verwendete S&amp;tandorte</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>Per Adresse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Log in and read a charger first: there is no plan to save yet.</source>
        <translation>Melden Sie sich zuerst bei einer Ladestation an und lesen Sie sie aus: Es gibt noch keinen Plan zum Speichern.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>{path} konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{path} is not a plan: {error}</source>
        <translation>{path} ist kein Plan: {error}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>Plan opened from {path}.</source>
        <translation>Plan aus {path} geöffnet.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Plan saved to {path}.</source>
        <translation>Plan in {path} gespeichert.</translation>
    </message>
</context>
</TS>
