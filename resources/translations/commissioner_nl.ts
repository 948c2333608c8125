<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Over {name}</translation>
    </message>
    <message>
        <source>Commission EV chargers on site: discovery, licences, load balancing, meters, charging networks and verification.</source>
        <translation>Laadpalen ter plaatse in bedrijf stellen: zoeken, licenties, load balancing, meters, laadnetwerken en controle.</translation>
    </message>
    <message>
        <source>Built with Qt {qt}, PySide6 {pyside} and Python {python}.</source>
        <translation>Gebouwd met Qt {qt}, PySide6 {pyside} en Python {python}.</translation>
    </message>
    <message>
        <source>Libraries included and their licences:</source>
        <translation>Meegeleverde bibliotheken en hun licenties:</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Selecteer een bibliotheek om de licentie te lezen.</translation>
    </message>
    <message>
        <source>Logs: {path}</source>
        <translation>Logbestanden: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>{name} {version} ships no licence file here; its licence is {licence}.</source>
        <translation>{name} {version} heeft hier geen licentiebestand; de licentie is {licence}.</translation>
    </message>
</context>
<context>
    <name>ActivityBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the operation under way</source>
        <translation>De lopende bewerking annuleren</translation>
    </message>
    <message>
        <source>the charger&apos;s certificate has changed.</source>
        <translation>het certificaat van de laadpaal is gewijzigd.</translation>
    </message>
    <message>
        <source>{title}: {error}</source>
        <translation>{title}: {error}</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(en nog {count})</translation>
    </message>
</context>
<context>
    <name>AlbPage</name>
    <message>
        <source>Meter includes the charging EV: tick it when the meter also measures this charger (it sits upstream of its supply), so ALB subtracts the EV&apos;s own current.</source>
        <translation>Meter omvat de ladende EV: vink dit aan als de meter ook deze laadpaal meet (de meter zit vóór de voeding van de laadpaal), zodat ALB de stroom van de EV zelf aftrekt.</translation>
    </message>
    <message>
        <source>P1 cable: at most 20 m from the meter to the charger.</source>
        <translation>P1-kabel: maximaal 20 m van de meter tot de laadpaal.</translation>
    </message>
    <message>
        <source>TIC cable: at most 35 m from the meter to the charger.</source>
        <translation>TIC-kabel: maximaal 35 m van de meter tot de laadpaal.</translation>
    </message>
    <message>
        <source>EMS validity time: when the EMS sends nothing for this long, the charger falls back to the safe current.</source>
        <translation>EMS-geldigheidsduur: als het EMS zo lang niets stuurt, valt de laadpaal terug op de veilige stroom.</translation>
    </message>
</context>
<context>
    <name>ApplyProgress</name>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v van %m stappen</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starten</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheck</name>
    <message>
        <source>Putting back what an interrupted check left…</source>
        <translation>Terugzetten wat een onderbroken controle heeft achtergelaten…</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Backoffice controleren…</translation>
    </message>
    <message>
        <source>Back office check on {key}</source>
        <translation>Backoffice-controle op {key}</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheckPanel</name>
    <message>
        <source>boot notification from {model}</source>
        <translation>bootmelding van {model}</translation>
    </message>
    <message>
        <source>no boot notification reached this computer</source>
        <translation>er heeft geen bootmelding deze computer bereikt</translation>
    </message>
    <message>
        <source>identity {identity} as configured</source>
        <translation>identiteit {identity} zoals ingesteld</translation>
    </message>
    <message>
        <source>the charger connected as {seen}, not as its configured identity {identity}</source>
        <translation>de laadpaal maakte verbinding als {seen}, niet als de ingestelde identiteit {identity}</translation>
    </message>
    <message>
        <source>two connections used one identity: two chargers share it</source>
        <translation>twee verbindingen gebruikten dezelfde identiteit: twee laadpalen delen die</translation>
    </message>
    <message>
        <source>{count} heartbeat(s) received</source>
        <translation>{count} heartbeat(s) ontvangen</translation>
    </message>
    <message>
        <source>no heartbeat within the wait</source>
        <translation>geen heartbeat binnen de wachttijd</translation>
    </message>
    <message>
        <source>every socket reported its status</source>
        <translation>elk laadpunt heeft zijn status gemeld</translation>
    </message>
    <message>
        <source>no status of socket(s) {missing}</source>
        <translation>geen status van laadpunt(en) {missing}</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL is back</source>
        <translation>de backoffice-URL van de klant is teruggezet</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL could not be confirmed back</source>
        <translation>niet bevestigd dat de backoffice-URL van de klant is teruggezet</translation>
    </message>
    <message>
        <source>no back office URL is set</source>
        <translation>er is geen backoffice-URL ingesteld</translation>
    </message>
    <message>
        <source>{host} is a reserved example name: it never resolves (a sample URL left in?)</source>
        <translation>{host} is een gereserveerde voorbeeldnaam: die wordt nooit omgezet (een voorbeeld-URL blijven staan?)</translation>
    </message>
    <message>
        <source>{host} does not resolve from this computer (check the spelling)</source>
        <translation>{host} wordt vanaf deze computer niet omgezet (controleer de spelling)</translation>
    </message>
    <message>
        <source>{host} is {where}, but port {port} does not answer from this computer</source>
        <translation>{host} is {where}, maar poort {port} antwoordt niet vanaf deze computer</translation>
    </message>
    <message>
        <source>{host} is {where} and port {port} answers from this computer</source>
        <translation>{host} is {where} en poort {port} antwoordt vanaf deze computer</translation>
    </message>
    <message>
        <source>Test the connection to the back office</source>
        <translation>Verbinding met de backoffice testen</translation>
    </message>
    <message>
        <source>Check reads the settings and the boot state and tries the URL from this computer. Test with this computer points the charger at a back office here for about a minute, then puts the customer&apos;s URL back.</source>
        <translation>Controleren leest de instellingen en de bootstatus en probeert de URL vanaf deze computer. Testen met deze computer laat de laadpaal ongeveer een minuut naar een backoffice op deze computer wijzen en zet daarna de URL van de klant terug.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>&amp;Test with this computer…</source>
        <translation>&amp;Testen met deze computer…</translation>
    </message>
    <message>
        <source>Log in to a charger first.</source>
        <translation>Log eerst in op een laadpaal.</translation>
    </message>
    <message>
        <source>Testing the back office</source>
        <translation>Backoffice testen</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Backoffice controleren…</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>De controle kon niet worden uitgevoerd: {error}</translation>
    </message>
    <message>
        <source>The charger reports that its back office accepted it.</source>
        <translation>De laadpaal meldt dat zijn backoffice hem heeft geaccepteerd.</translation>
    </message>
    <message>
        <source>The charger is not registered with a back office.</source>
        <translation>De laadpaal is niet geregistreerd bij een backoffice.</translation>
    </message>
    <message>
        <source>Passed: the charger reaches a back office, registers and reports.</source>
        <translation>Geslaagd: de laadpaal bereikt een backoffice, registreert zich en rapporteert.</translation>
    </message>
    <message>
        <source>Failed: see the lines below.</source>
        <translation>Mislukt: zie de regels hieronder.</translation>
    </message>
    <message>
        <source>Back office URL: {words}</source>
        <translation>Backoffice-URL: {words}</translation>
    </message>
    <message>
        <source>Saved for the report.</source>
        <translation>Opgeslagen voor het rapport.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Trusted until now</source>
        <translation>Tot nu toe vertrouwd</translation>
    </message>
    <message>
        <source>Presented now</source>
        <translation>Nu aangeboden</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint; select it to copy</source>
        <translation>SHA-256-vingerafdruk; selecteer deze om te kopiëren</translation>
    </message>
    <message>
        <source>This happens after a firmware update or when the charger&apos;s board was replaced. It can also mean that another device now answers at this address. Accept the new certificate only if you know why it changed.</source>
        <translation>Dit gebeurt na een firmware-update of wanneer de printplaat van de laadpaal is vervangen. Het kan ook betekenen dat een ander apparaat nu op dit adres antwoordt. Accepteer het nieuwe certificaat alleen als u weet waarom het is gewijzigd.</translation>
    </message>
    <message>
        <source>I know why the certificate &amp;changed</source>
        <translation>Ik weet waarom het certificaat is &amp;gewijzigd</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Het nieuwe certificaat &amp;vertrouwen</translation>
    </message>
    <message>
        <source>&amp;Keep the old one</source>
        <translation>Het &amp;oude behouden</translation>
    </message>
    <message>
        <source>The certificate of charger {serial} has changed.</source>
        <translation>Het certificaat van laadpaal {serial} is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ChargeModePage</name>
    <message>
        <source>Charge mode: one phase or three phases, as the charger is wired. Installation voltage: 230 V for a supply on one phase, 400 V for a supply on three phases.</source>
        <translation>Laadmodus: één fase of drie fasen, zoals de laadpaal is bedraad. Installatiespanning: 230 V voor een eenfasige voeding, 400 V voor een driefasige voeding.</translation>
    </message>
</context>
<context>
    <name>ChargerDirectory</name>
    <message>
        <source>the {brand} phone app</source>
        <translation>de {brand}-app</translation>
    </message>
    <message>
        <source>Seen over Bluetooth only. Set its Wi-Fi from {app} over Bluetooth, or connect its Ethernet; once it is on the LAN it joins this row.</source>
        <translation>Alleen via Bluetooth gezien. Stel de wifi in met {app} via Bluetooth, of sluit de ethernetkabel aan; zodra de laadpaal op het lokale netwerk is, komt hij in deze rij.</translation>
    </message>
    <message>
        <source>the vendor&apos;s phone app</source>
        <translation>de app van de fabrikant</translation>
    </message>
    <message>
        <source>Asking {address} who it is…</source>
        <translation>{address} vragen wie het is…</translation>
    </message>
    <message>
        <source>Adding {address}</source>
        <translation>{address} toevoegen</translation>
    </message>
</context>
<context>
    <name>ChargerListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <source>{state} (not seen lately)</source>
        <translation>{state} (recent niet gezien)</translation>
    </message>
    <message>
        <source>Not seen by discovery lately: it may be off or out of reach.</source>
        <translation>Recent niet gevonden bij het zoeken: de laadpaal staat mogelijk uit of is buiten bereik.</translation>
    </message>
    <message>
        <source>Reachable over: {links}</source>
        <translation>Bereikbaar via: {links}</translation>
    </message>
</context>
<context>
    <name>ChargerListPanel</name>
    <message>
        <source>Search name, serial, model, address…</source>
        <translation>Zoek op naam, serienummer, model, adres…</translation>
    </message>
    <message>
        <source>Search chargers</source>
        <translation>Laadpalen zoeken</translation>
    </message>
    <message>
        <source>IP address or host, e.g. 192.168.1.20</source>
        <translation>IP-adres of hostnaam, bijv. 192.168.1.20</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Adres van de laadpaal</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>&amp;Toevoegen via adres</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Laadpalen</translation>
    </message>
    <message>
        <source>Type the charger&apos;s IP address or host name first.</source>
        <translation>Voer eerst het IP-adres of de hostnaam van de laadpaal in.</translation>
    </message>
    <message>
        <source>No charger answered there: {error}</source>
        <translation>Geen laadpaal antwoordde op dat adres: {error}</translation>
    </message>
</context>
<context>
    <name>ChargerPicker</name>
    <message>
        <source>Chargers in the report</source>
        <translation>Laadpalen in het rapport</translation>
    </message>
</context>
<context>
    <name>ClockNamePanel</name>
    <message>
        <source>Clock and name</source>
        <translation>Klok en naam</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Naam van de laadpaal</translation>
    </message>
    <message>
        <source>Charger&apos;s clock:</source>
        <translation>Klok van de laadpaal:</translation>
    </message>
    <message>
        <source>Laptop (UTC):</source>
        <translation>Laptop (UTC):</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Verschil:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Uitlezen</translation>
    </message>
    <message>
        <source>Set to the &amp;laptop&apos;s time</source>
        <translation>Gelijkzetten met de &amp;laptop</translation>
    </message>
    <message>
        <source>Change the &amp;name</source>
        <translation>&amp;Naam wijzigen</translation>
    </message>
    <message>
        <source>Roll back the last clock or name change</source>
        <translation>De laatste klok- of naamwijziging terugdraaien</translation>
    </message>
    <message>
        <source>This charger keeps its own clock and name: this program cannot set them.</source>
        <translation>Deze laadpaal beheert zijn eigen klok en naam: dit programma kan ze niet instellen.</translation>
    </message>
    <message>
        <source>in step with the laptop (within half a second)</source>
        <translation>gelijk met de laptop (binnen een halve seconde)</translation>
    </message>
    <message>
        <source>{amount} ahead of the laptop</source>
        <translation>{amount} voor op de laptop</translation>
    </message>
    <message>
        <source>{amount} behind the laptop</source>
        <translation>{amount} achter op de laptop</translation>
    </message>
    <message>
        <source>Setting the clock</source>
        <translation>Klok instellen</translation>
    </message>
    <message>
        <source>Changing the name</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Rolling back the last change</source>
        <translation>Laatste wijziging terugdraaien</translation>
    </message>
    <message>
        <source>{what}: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>{what}: {outcome}. Dit staat in het journaal en kan worden teruggedraaid.</translation>
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
        <translation>– {n}/{m} {step}: overgeslagen, niet nodig</translation>
    </message>
    <message>
        <source>– {n}/{m} {step}: skipped, nothing to do</source>
        <translation>– {n}/{m} {step}: overgeslagen, niets te doen</translation>
    </message>
    <message>
        <source>✔ {n}/{m} {step}</source>
        <translation>✔ {n}/{m} {step}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {step}</source>
        <translation>Stap {n} van {m}: {step}</translation>
    </message>
</context>
<context>
    <name>CommissioningService</name>
    <message>
        <source>Reading the settings as found…</source>
        <translation>Aangetroffen instellingen lezen…</translation>
    </message>
    <message>
        <source>Reading {key} as found</source>
        <translation>Aangetroffen toestand van {key} lezen</translation>
    </message>
    <message>
        <source>Comparing the plan with the charger…</source>
        <translation>Plan vergelijken met de laadpaal…</translation>
    </message>
    <message>
        <source>Previewing the changes</source>
        <translation>Voorbeeld van de wijzigingen</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Plan toepassen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run on {key}</source>
        <translation>Onderbroken uitvoering op {key} terugdraaien</translation>
    </message>
    <message>
        <source>Resuming the interrupted run on {key}</source>
        <translation>Onderbroken uitvoering op {key} hervatten</translation>
    </message>
    <message>
        <source>Waiting for the charger to restart…</source>
        <translation>Wachten tot de laadpaal is herstart…</translation>
    </message>
    <message>
        <source>Reading the settings as left…</source>
        <translation>Achtergelaten instellingen lezen…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Voltooid.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Toepassen…</translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation>Stap {n} van {m}</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Read &amp;as found</source>
        <translation>Aangetroffen toestand &amp;lezen</translation>
    </message>
    <message>
        <source>&amp;Undo all changes</source>
        <translation>Alle wijzigingen &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>ALB-gegevensbron</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectiviteit</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Stroomlimieten</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Laadmodus</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische vermogensregeling</translation>
    </message>
    <message>
        <source>Lock and LEDs</source>
        <translation>Vergrendeling en leds</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Select a charger in the list.</source>
        <translation>Selecteer een laadpaal in de lijst.</translation>
    </message>
    <message>
        <source>Log in to {key} to commission it.</source>
        <translation>Log in op {key} om de laadpaal in bedrijf te stellen.</translation>
    </message>
    <message>
        <source>Reading {key} as found…</source>
        <translation>Aangetroffen toestand van {key} lezen…</translation>
    </message>
    <message>
        <source>{key}: settings as found read; change what the job needs.</source>
        <translation>{key}: aangetroffen instellingen gelezen; wijzig wat de klus vereist.</translation>
    </message>
    <message>
        <source>{key}: plan &apos;{name}&apos; loaded; check it on the pages, then apply.</source>
        <translation>{key}: plan &apos;{name}&apos; geladen; controleer het op de pagina&apos;s en pas het dan toe.</translation>
    </message>
    <message>
        <source>from socket {n}</source>
        <translation>van laadpunt {n}</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>uit de identificatie</translation>
    </message>
    <message>
        <source>{key}: phase mapping {mapping} {where} is in the plan; apply it on Review.</source>
        <translation>{key}: de fasetoewijzing {mapping} {where} staat in het plan; pas deze toe op de pagina Controle.</translation>
    </message>
    <message>
        <source>Applying the licence key and the plan</source>
        <translation>Licentiesleutel en plan toepassen</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Plan toepassen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run</source>
        <translation>Onderbroken uitvoering terugdraaien</translation>
    </message>
    <message>
        <source>Resuming the interrupted run</source>
        <translation>Onderbroken uitvoering hervatten</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The key unlocked: {features}</source>
        <translation>De sleutel heeft vrijgegeven: {features}</translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>The charger registers with the back office by its ChargePointModel; a back office other than the vendor&apos;s must know that model. A new URL or identity takes effect after the reboot that applying does.</source>
        <translation>De laadpaal meldt zich bij de backoffice aan met zijn ChargePointModel; een andere backoffice dan die van de fabrikant moet dat model kennen. Een nieuwe URL of identiteit wordt actief na de herstart die het toepassen uitvoert.</translation>
    </message>
    <message>
        <source>not registered: no boot notification accepted yet (no back office set, or not reached)</source>
        <translation>niet geregistreerd: nog geen bootmelding geaccepteerd (geen backoffice ingesteld, of niet bereikt)</translation>
    </message>
    <message>
        <source>pending: the back office has not accepted the charger yet</source>
        <translation>in behandeling: de backoffice heeft de laadpaal nog niet geaccepteerd</translation>
    </message>
    <message>
        <source>accepted: the charger is registered with the back office</source>
        <translation>geaccepteerd: de laadpaal is geregistreerd bij de backoffice</translation>
    </message>
    <message>
        <source>rejected: the back office refused the charger (check the charge-box identity)</source>
        <translation>geweigerd: de backoffice heeft de laadpaal geweigerd (controleer de charge-box-identiteit)</translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation>onbekend (niet gelezen)</translation>
    </message>
    <message>
        <source>code {code}, not one the tool knows</source>
        <translation>code {code}, onbekend voor dit programma</translation>
    </message>
    <message>
        <source>OCPP boot notification: {state}</source>
        <translation>OCPP-bootmelding: {state}</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} — {description} (article {article})</source>
        <translation>ChargePointModel: {model} — {description} (artikel {article})</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} (not in the vendor&apos;s NG910 table; ask the back office which model to register)</source>
        <translation>ChargePointModel: {model} (niet in de NG910-tabel van de fabrikant; vraag de backoffice welk model geregistreerd moet worden)</translation>
    </message>
    <message>
        <source>ChargePointModel: unknown (not read)</source>
        <translation>ChargePointModel: onbekend (niet gelezen)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>Read the records a&amp;gain</source>
        <translation>Gegevens &amp;opnieuw lezen</translation>
    </message>
    <message>
        <source>Read the journals and test results of the data folder again</source>
        <translation>De journalen en testresultaten in de gegevensmap opnieuw lezen</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Wat nog in het rapport ontbreekt</translation>
    </message>
    <message>
        <source>What the report holds per charger</source>
        <translation>Wat het rapport per laadpaal bevat</translation>
    </message>
    <message>
        <source>Chargers of the visit</source>
        <translation>Laadpalen van het bezoek</translation>
    </message>
    <message>
        <source>Their settings runs and test results are read from the data folder, from the date of the visit on.</source>
        <translation>Hun instellingsuitvoeringen en testresultaten worden uit de gegevensmap gelezen, vanaf de datum van het bezoek.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ontbreekt</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>Wat het rapport bevat</translation>
    </message>
    <message>
        <source>Tick the chargers of the visit on the left; the report holds theirs.</source>
        <translation>Vink links de laadpalen van het bezoek aan; het rapport bevat hun gegevens.</translation>
    </message>
</context>
<context>
    <name>ContractedPowerCalculator</name>
    <message>
        <source>Current from the contracted power</source>
        <translation>Stroom uit het gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>type the contracted power</source>
        <translation>voer het gecontracteerd vermogen in</translation>
    </message>
    <message>
        <source>Three phases (400 V)</source>
        <translation>Drie fasen (400 V)</translation>
    </message>
    <message>
        <source>One phase (230 V)</source>
        <translation>Eén fase (230 V)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>niet beperkt</translation>
    </message>
    <message>
        <source>&amp;Use as station maximum current</source>
        <translation>&amp;Gebruiken als maximale stroom laadpaal</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Voeding</translation>
    </message>
    <message>
        <source>cos φ (three phases)</source>
        <translation>cos φ (drie fasen)</translation>
    </message>
    <message>
        <source>Wiring carries at most</source>
        <translation>Bedrading verdraagt maximaal</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
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
        <translation>naar beneden afgerond op hele ampères</translation>
    </message>
    <message>
        <source>raised to the 6 A a charger needs at least</source>
        <translation>verhoogd tot de 6 A die een laadpaal minimaal nodig heeft</translation>
    </message>
    <message>
        <source>cut to the 32 A a charger takes at most</source>
        <translation>begrensd tot de 32 A die een laadpaal maximaal afneemt</translation>
    </message>
    <message>
        <source>cut to what the wiring carries</source>
        <translation>begrensd tot wat de bedrading verdraagt</translation>
    </message>
    <message>
        <source>Set {amps} ({why}).</source>
        <translation>Stel {amps} in ({why}).</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect:
{what}</source>
        <translation>Er ging iets mis dat het programma niet verwachtte:
{what}</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send it with a note of what you were doing. You can keep working; if something looks wrong, restart.</source>
        <translation>De details staan in het logbestand:
{path}
Stuur het op met een korte beschrijving van wat u aan het doen was. U kunt verder werken; als iets niet klopt, start het programma opnieuw.</translation>
    </message>
</context>
<context>
    <name>CurrentLimitsPage</name>
    <message>
        <source>Charging current</source>
        <translation>Laadstroom</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Minimale stroom</translation>
    </message>
    <message>
        <source>The station maximum is the most the charger ever gives; the charging current is what it offers a car; dynamic power control never goes below the minimum.</source>
        <translation>Het maximum van de laadpaal is het meeste dat de laadpaal ooit levert; de laadstroom is wat hij een auto aanbiedt; de dynamische vermogensregeling gaat nooit onder het minimum.</translation>
    </message>
</context>
<context>
    <name>CurrentsPlot</name>
    <message>
        <source>Current</source>
        <translation>Stroom</translation>
    </message>
    <message>
        <source>Time since monitoring started</source>
        <translation>Tijd sinds start van de monitoring</translation>
    </message>
    <message>
        <source>max. meter current</source>
        <translation>max. meterstroom</translation>
    </message>
    <message>
        <source>socket limit in force</source>
        <translation>geldende laadpuntlimiet</translation>
    </message>
    <message>
        <source>safe current</source>
        <translation>veilige stroom</translation>
    </message>
    <message>
        <source>meter L{p}</source>
        <translation>meter L{p}</translation>
    </message>
    <message>
        <source>charger L{p}</source>
        <translation>laadpaal L{p}</translation>
    </message>
    <message>
        <source>socket {s} L{p}</source>
        <translation>laadpunt {s} L{p}</translation>
    </message>
    <message>
        <source>sockets 1–{n} L{p}</source>
        <translation>laadpunten 1–{n} L{p}</translation>
    </message>
    <message>
        <source>charging current set</source>
        <translation>ingestelde laadstroom</translation>
    </message>
    <message>
        <source>minimum current</source>
        <translation>minimale stroom</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>house power (CT clamp)</source>
        <translation>vermogen woning (CT-klem)</translation>
    </message>
    <message>
        <source>grid power (house + EV)</source>
        <translation>netvermogen (woning + EV)</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>gecontracteerd vermogen</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Another client holds the session</source>
        <translation>Een andere client bezet de sessie</translation>
    </message>
    <message>
        <source>Release the other client</source>
        <translation>De andere client vrijgeven</translation>
    </message>
    <message>
        <source>Drop every connection</source>
        <translation>Alle verbindingen verbreken</translation>
    </message>
    <message>
        <source>Slow replies (8 s)</source>
        <translation>Trage antwoorden (8 s)</translation>
    </message>
    <message>
        <source>Normal replies</source>
        <translation>Normale antwoorden</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Nu herstarten</translation>
    </message>
    <message>
        <source>New TLS certificate</source>
        <translation>Nieuw TLS-certificaat</translation>
    </message>
    <message>
        <source>Grid meter goes silent</source>
        <translation>Netmeter valt stil</translation>
    </message>
    <message>
        <source>Grid meter answers again</source>
        <translation>Netmeter antwoordt weer</translation>
    </message>
    <message>
        <source>Grid meter sign inverted</source>
        <translation>Teken van netmeter omgekeerd</translation>
    </message>
    <message>
        <source>Grid meter sign right</source>
        <translation>Teken van netmeter correct</translation>
    </message>
    <message>
        <source>Slow replies (5 s)</source>
        <translation>Trage antwoorden (5 s)</translation>
    </message>
    <message>
        <source>Refuse the next setting change</source>
        <translation>Volgende instellingswijziging weigeren</translation>
    </message>
    <message>
        <source>Current of phase 1 under a misspelt name</source>
        <translation>Stroom van fase 1 onder een verkeerd gespelde naam</translation>
    </message>
    <message>
        <source>Current of phase 1 under its right name</source>
        <translation>Stroom van fase 1 onder de juiste naam</translation>
    </message>
    <message>
        <source>Replies with a missing comma</source>
        <translation>Antwoorden met een ontbrekende komma</translation>
    </message>
    <message>
        <source>Well-formed replies</source>
        <translation>Correct opgebouwde antwoorden</translation>
    </message>
    <message>
        <source>Contracted power stuck at 4.6 kW</source>
        <translation>Gecontracteerd vermogen blijft op 4,6 kW hangen</translation>
    </message>
    <message>
        <source>Contracted power follows changes</source>
        <translation>Gecontracteerd vermogen volgt wijzigingen</translation>
    </message>
    <message>
        <source>Installation voltage reads 298 V</source>
        <translation>Installatiespanning geeft 298 V aan</translation>
    </message>
    <message>
        <source>Installation voltage reads right</source>
        <translation>Installatiespanning geeft correcte waarde aan</translation>
    </message>
    <message>
        <source>{serial} socket {socket}</source>
        <translation>{serial} laadpunt {socket}</translation>
    </message>
    <message>
        <source>{serial} (Trydan)</source>
        <translation>{serial} (Trydan)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Voertuigen</translation>
    </message>
    <message>
        <source>Charger and socket</source>
        <translation>Laadpaal en laadpunt</translation>
    </message>
    <message>
        <source>3-phase EV</source>
        <translation>3-fase-EV</translation>
    </message>
    <message>
        <source>1-phase EV</source>
        <translation>1-fase-EV</translation>
    </message>
    <message>
        <source>&amp;Plug in</source>
        <translation>&amp;Aansluiten</translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation>&amp;Loskoppelen</translation>
    </message>
    <message>
        <source>True wiring of the socket</source>
        <translation>Werkelijke bedrading van het laadpunt</translation>
    </message>
    <message>
        <source>How the socket is really wired; choose another order to miswire it.</source>
        <translation>Hoe het laadpunt werkelijk is bedraad; kies een andere volgorde om het verkeerd te bedraden.</translation>
    </message>
    <message>
        <source>Re&amp;wire</source>
        <translation>Opnieuw be&amp;draden</translation>
    </message>
    <message>
        <source>Wired as</source>
        <translation>Bedraad als</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Verbruikers</translation>
    </message>
    <message>
        <source>&amp;Household loads on</source>
        <translation>&amp;Huishoudelijke verbruikers aan</translation>
    </message>
    <message>
        <source>Hair dryer phase</source>
        <translation>Fase van de föhn</translation>
    </message>
    <message>
        <source>Hair &amp;dryer 9 A on</source>
        <translation>&amp;Föhn 9 A aan</translation>
    </message>
    <message>
        <source>Type these on the ALB data source page.</source>
        <translation>Voer deze in op de pagina ALB-gegevensbron.</translation>
    </message>
    <message>
        <source>Grid meter</source>
        <translation>Netmeter</translation>
    </message>
    <message>
        <source>Faults and licences</source>
        <translation>Storingen en licenties</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Storing</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Veroorzaken</translation>
    </message>
    <message>
        <source>Licence to buy</source>
        <translation>Te kopen licentie</translation>
    </message>
    <message>
        <source>&amp;Buy key</source>
        <translation>Sleutel &amp;kopen</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Licentiesleutel</translation>
    </message>
    <message>
        <source>Licence key: type it on the Licences page</source>
        <translation>Licentiesleutel: voer deze in op de pagina Licenties</translation>
    </message>
    <message>
        <source>{serial} socket {socket}: {phases}-phase EV, {amps}</source>
        <translation>{serial} laadpunt {socket}: {phases}-fase-EV, {amps}</translation>
    </message>
    <message>
        <source>{serial}: {phases}-phase EV, {amps}</source>
        <translation>{serial}: {phases}-fase-EV, {amps}</translation>
    </message>
    <message>
        <source>No EV plugged in.</source>
        <translation>Geen EV aangesloten.</translation>
    </message>
    <message>
        <source>Grid: {currents} A</source>
        <translation>Net: {currents} A</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Plugging a {phases}-phase EV into {serial} socket {socket}</source>
        <translation>{phases}-fase-EV aansluiten op {serial} laadpunt {socket}</translation>
    </message>
    <message>
        <source>Unplugging {serial} socket {socket}</source>
        <translation>{serial} laadpunt {socket} loskoppelen</translation>
    </message>
    <message>
        <source>Switching {name}</source>
        <translation>{name} schakelen</translation>
    </message>
    <message>
        <source>Switching the hair dryer</source>
        <translation>Föhn schakelen</translation>
    </message>
    <message>
        <source>Wiring {serial} socket {socket} as {mapping}</source>
        <translation>{serial} laadpunt {socket} bedraden als {mapping}</translation>
    </message>
    <message>
        <source>Buying a licence key for {serial}</source>
        <translation>Licentiesleutel kopen voor {serial}</translation>
    </message>
    <message>
        <source>Starting the energy manager of {serial}</source>
        <translation>Energiemanager van {serial} starten</translation>
    </message>
    <message>
        <source>The energy manager of {serial} goes quiet</source>
        <translation>De energiemanager van {serial} valt stil</translation>
    </message>
    <message>
        <source>The energy manager of {serial} speaks again</source>
        <translation>De energiemanager van {serial} zendt weer</translation>
    </message>
    <message>
        <source>Switching off the energy manager of {serial}</source>
        <translation>Energiemanager van {serial} uitschakelen</translation>
    </message>
    <message>
        <source>Injecting &apos;{kind}&apos; on {serial}</source>
        <translation>Storing &apos;{kind}&apos; veroorzaken op {serial}</translation>
    </message>
</context>
<context>
    <name>DynamicPowerPage</name>
    <message>
        <source>Dynamic power control: the charger reads the house&apos;s power with its own clamp and lowers its current so that the house stays under the contracted power. Pause when modulating: stop charging instead of keeping the minimum current when there is not enough power left.</source>
        <translation>Dynamische vermogensregeling: de laadpaal meet het vermogen van de woning met zijn eigen klem en verlaagt zijn stroom zodat de woning onder het gecontracteerd vermogen blijft. Pauzeren bij modulatie: het laden stoppen in plaats van de minimale stroom aan te houden wanneer er niet genoeg vermogen over is.</translation>
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
        <translation>Laadpaal die de energiemanager aanstuurt</translation>
    </message>
    <message>
        <source>What the energy manager sets</source>
        <translation>Wat de energiemanager instelt</translation>
    </message>
    <message>
        <source>Socket current</source>
        <translation>Stroom per laadpunt</translation>
    </message>
    <message>
        <source>Network current per phase</source>
        <translation>Netwerkstroom per fase</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Setpoint</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Go &amp;quiet</source>
        <translation>Stil &amp;vallen</translation>
    </message>
    <message>
        <source>Speak a&amp;gain</source>
        <translation>&amp;Weer zenden</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Uit.</translation>
    </message>
    <message>
        <source>Writing {amps} every {period}.</source>
        <translation>Schrijft {amps} elke {period}.</translation>
    </message>
    <message>
        <source>Quiet: nothing written yet.</source>
        <translation>Stil: nog niets geschreven.</translation>
    </message>
    <message>
        <source>Quiet: last setpoint {seconds} ago.</source>
        <translation>Stil: laatste setpoint {seconds} geleden.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;Preview pages</source>
        <translation>&amp;Voorbeeld pagina&apos;s</translation>
    </message>
    <message>
        <source>&amp;Export PDF and JSON…</source>
        <translation>PDF en JSON &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export the commissioning report</source>
        <translation>Het inbedrijfstellingsrapport exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written: {why}</source>
        <translation>Niet geschreven: {why}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>(as found)</source>
        <translation>(aangetroffen)</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Settings backup and support</source>
        <translation>Back-up van instellingen en ondersteuning</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>&amp;Back-up opslaan…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Terugzetten &amp;uit een bestand…</translation>
    </message>
    <message>
        <source>Save a &amp;support bundle…</source>
        <translation>&amp;Supportpakket opslaan…</translation>
    </message>
    <message>
        <source>Roll back the last restore</source>
        <translation>De laatste terugzetting terugdraaien</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>On the charger now</source>
        <translation>Nu op de laadpaal</translation>
    </message>
    <message>
        <source>From the backup</source>
        <translation>Uit de back-up</translation>
    </message>
    <message>
        <source>&amp;Apply the restore</source>
        <translation>Terugzetting &amp;toepassen</translation>
    </message>
    <message>
        <source>Restore a settings backup</source>
        <translation>Een back-up van instellingen terugzetten</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Backup saved: {count} settings in {path}.</source>
        <translation>Back-up opgeslagen: {count} instellingen in {path}.</translation>
    </message>
    <message>
        <source>Secrets are never saved ({count} left out).</source>
        <translation>Geheimen worden nooit opgeslagen ({count} weggelaten).</translation>
    </message>
    <message>
        <source>Support bundle saved (no passwords or keys in it): {path}</source>
        <translation>Supportpakket opgeslagen (zonder wachtwoorden of sleutels): {path}</translation>
    </message>
    <message>
        <source>Backup of {serial} ({model}, firmware {firmware}), taken {taken} UTC.</source>
        <translation>Back-up van {serial} ({model}, firmware {firmware}), gemaakt op {taken} UTC.</translation>
    </message>
    <message>
        <source>The charger already holds these settings: nothing to restore.</source>
        <translation>De laadpaal heeft deze instellingen al: niets terug te zetten.</translation>
    </message>
    <message>
        <source>Applying it restarts the charger.</source>
        <translation>Bij het toepassen herstart de laadpaal.</translation>
    </message>
    <message>
        <source>What is left aside:</source>
        <translation>Wat buiten beschouwing blijft:</translation>
    </message>
    <message>
        <source>Restoring the settings</source>
        <translation>Instellingen terugzetten</translation>
    </message>
    <message>
        <source>Rolling back the restore</source>
        <translation>Terugzetting terugdraaien</translation>
    </message>
    <message>
        <source>Roll back of the restore: {outcome}.</source>
        <translation>Terugdraaien van de terugzetting: {outcome}.</translation>
    </message>
    <message>
        <source>Restore: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>Terugzetting: {outcome}. Dit staat in het journaal en kan worden teruggedraaid.</translation>
    </message>
    <message>
        <source>Restore: {outcome}.</source>
        <translation>Terugzetting: {outcome}.</translation>
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
        <translation>Te upgraden laadpalen</translation>
    </message>
    <message>
        <source>A greyed charger cannot be upgraded from here: use its maker&apos;s app.</source>
        <translation>Een grijs weergegeven laadpaal kan hier niet worden geüpgraded: gebruik de app van de fabrikant.</translation>
    </message>
    <message>
        <source>No image chosen.</source>
        <translation>Geen image gekozen.</translation>
    </message>
    <message>
        <source>C&amp;hoose an image file…</source>
        <translation>Image&amp;bestand kiezen…</translation>
    </message>
    <message>
        <source>Allow installing an older version (downgrade)</source>
        <translation>Installeren van een oudere versie toestaan (downgrade)</translation>
    </message>
    <message>
        <source>Chargers to upgrade (the selected one is ticked):</source>
        <translation>Te upgraden laadpalen (de geselecteerde is aangevinkt):</translation>
    </message>
    <message>
        <source>New password (this upgrade crosses version 5)</source>
        <translation>Nieuw wachtwoord (deze upgrade gaat over versie 5 heen)</translation>
    </message>
    <message>
        <source>The charger needs a new unique password right after this upgrade. It is kept in the system keyring only.</source>
        <translation>De laadpaal heeft direct na deze upgrade een nieuw, uniek wachtwoord nodig. Het wordt alleen in de sleutelbos van het systeem bewaard.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Nogmaals:</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Upgraden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{charger}: only with its maker&apos;s app</source>
        <translation>{charger}: alleen met de app van de fabrikant</translation>
    </message>
    <message>
        <source>Choose a firmware image</source>
        <translation>Een firmware-image kiezen</translation>
    </message>
    <message>
        <source>Type the new password: at least 8 characters.</source>
        <translation>Voer het nieuwe wachtwoord in: minstens 8 tekens.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Upgrading the firmware</source>
        <translation>Firmware upgraden</translation>
    </message>
</context>
<context>
    <name>FirmwareReport</name>
    <message>
        <source>Every picked charger already runs this version.</source>
        <translation>Elke gekozen laadpaal draait deze versie al.</translation>
    </message>
    <message>
        <source>The image can be sent to every picked charger.</source>
        <translation>De image kan naar elke gekozen laadpaal worden verstuurd.</translation>
    </message>
    <message>
        <source>Nothing will be sent until every line above is right.</source>
        <translation>Er wordt niets verstuurd zolang niet elke regel hierboven in orde is.</translation>
    </message>
    <message>
        <source>Image: {family} {kind}, version {version}, header checksum correct.</source>
        <translation>Image: {family} {kind}, versie {version}, checksum van de header correct.</translation>
    </message>
    <message>
        <source>✖ {name}: {problem}</source>
        <translation>✖ {name}: {problem}</translation>
    </message>
    <message>
        <source>✔ {name} already runs {version}: nothing will be sent.</source>
        <translation>✔ {name} draait al {version}: er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>✔ {name}: {before} → {after}</source>
        <translation>✔ {name}: {before} → {after}</translation>
    </message>
    <message>
        <source>(a downgrade, as you allowed)</source>
        <translation>(een downgrade, zoals u hebt toegestaan)</translation>
    </message>
    <message>
        <source>(crosses version 5: a new password is needed)</source>
        <translation>(gaat over versie 5 heen: een nieuw wachtwoord is nodig)</translation>
    </message>
    <message>
        <source>{name} now runs {version}.</source>
        <translation>{name} draait nu {version}.</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Wat te doen: {hint}</translation>
    </message>
    <message>
        <source>All {count} chargers run {version}: a network can use them.</source>
        <translation>Alle {count} laadpalen draaien {version}: een netwerk kan ze gebruiken.</translation>
    </message>
    <message>
        <source>⚠ The chargers run different versions; every member of a network needs the same: {versions}.</source>
        <translation>⚠ De laadpalen draaien verschillende versies; alle leden van een netwerk hebben dezelfde nodig: {versions}.</translation>
    </message>
</context>
<context>
    <name>FirmwareRows</name>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>wacht op zijn beurt</translation>
    </message>
    <message>
        <source>uploading: {sent} of {total}</source>
        <translation>uploaden: {sent} van {total}</translation>
    </message>
    <message>
        <source>sent; the charger is still receiving it</source>
        <translation>verstuurd; de laadpaal ontvangt het nog</translation>
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
        <translation>Firmware van {count} laadpaal/laadpalen upgraden</translation>
    </message>
</context>
<context>
    <name>FirmwareWords</name>
    <message>
        <source>logging in</source>
        <translation>inloggen</translation>
    </message>
    <message>
        <source>checking that no other upload runs</source>
        <translation>controleren dat er geen andere upload loopt</translation>
    </message>
    <message>
        <source>setting the clock</source>
        <translation>klok instellen</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>uploaden</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>installeren</translation>
    </message>
    <message>
        <source>making it permanent</source>
        <translation>permanent maken</translation>
    </message>
    <message>
        <source>reading the version</source>
        <translation>versie lezen</translation>
    </message>
    <message>
        <source>setting the new password</source>
        <translation>nieuw wachtwoord instellen</translation>
    </message>
    <message>
        <source>✖ failed while logging in</source>
        <translation>✖ mislukt bij het inloggen</translation>
    </message>
    <message>
        <source>✖ not started: the check refused it</source>
        <translation>✖ niet gestart: de controle heeft het geweigerd</translation>
    </message>
    <message>
        <source>✖ failed while setting the clock</source>
        <translation>✖ mislukt bij het instellen van de klok</translation>
    </message>
    <message>
        <source>✖ failed while uploading</source>
        <translation>✖ mislukt bij het uploaden</translation>
    </message>
    <message>
        <source>✖ failed while installing</source>
        <translation>✖ mislukt bij het installeren</translation>
    </message>
    <message>
        <source>✖ failed while making it permanent</source>
        <translation>✖ mislukt bij het permanent maken</translation>
    </message>
    <message>
        <source>✖ failed while reading the version</source>
        <translation>✖ mislukt bij het lezen van de versie</translation>
    </message>
    <message>
        <source>✖ the new password was refused</source>
        <translation>✖ het nieuwe wachtwoord is geweigerd</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>erasing</source>
        <translation>wissen</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>ready for the image</source>
        <translation>klaar voor de image</translation>
    </message>
    <message>
        <source>receiving the image</source>
        <translation>bezig de image te ontvangen</translation>
    </message>
    <message>
        <source>image received</source>
        <translation>image ontvangen</translation>
    </message>
    <message>
        <source>image checked</source>
        <translation>image gecontroleerd</translation>
    </message>
    <message>
        <source>ready to install</source>
        <translation>klaar om te installeren</translation>
    </message>
    <message>
        <source>restarting into the new firmware</source>
        <translation>herstarten met de nieuwe firmware</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>geïnstalleerd</translation>
    </message>
    <message>
        <source>checking the image</source>
        <translation>image controleren</translation>
    </message>
    <message>
        <source>the image was refused</source>
        <translation>de image is geweigerd</translation>
    </message>
    <message>
        <source>the installation failed</source>
        <translation>de installatie is mislukt</translation>
    </message>
    <message>
        <source>going back to the old firmware</source>
        <translation>terugkeren naar de oude firmware</translation>
    </message>
    <message>
        <source>back on the old firmware</source>
        <translation>terug op de oude firmware</translation>
    </message>
    <message>
        <source>core firmware</source>
        <translation>kernfirmware</translation>
    </message>
    <message>
        <source>display package</source>
        <translation>displaypakket</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuratie</translation>
    </message>
    <message>
        <source>✔ upgraded</source>
        <translation>✔ geüpgraded</translation>
    </message>
    <message>
        <source>✔ already up to date: nothing sent</source>
        <translation>✔ al up-to-date: niets verstuurd</translation>
    </message>
    <message>
        <source>⚠ installed, but it reports another version</source>
        <translation>⚠ geïnstalleerd, maar meldt een andere versie</translation>
    </message>
    <message>
        <source>✖ refused: nothing sent</source>
        <translation>✖ geweigerd: niets verstuurd</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ mislukt</translation>
    </message>
</context>
<context>
    <name>GuideBar</name>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Vol&amp;gende ▶</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title}</source>
        <translation>Stap {n} van {m}: {title}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title} (not needed for this plan)</source>
        <translation>Stap {n} van {m}: {title} (niet nodig voor dit plan)</translation>
    </message>
</context>
<context>
    <name>HairDryerControl</name>
    <message>
        <source>Compare the meter with your clamp meter</source>
        <translation>Meter vergelijken met uw stroomtang</translation>
    </message>
    <message>
        <source>Test load and temporary maximum</source>
        <translation>Testbelasting en tijdelijk maximum</translation>
    </message>
    <message>
        <source>Charging session</source>
        <translation>Laadsessie</translation>
    </message>
    <message>
        <source>Test load on</source>
        <translation>Testbelasting aan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>The EV&apos;s own current is read from the charger. Type what your clamp meter shows for the household WITHOUT the EV: clamp the house feed beside the charger&apos;s cable, or take the meter&apos;s reading minus the EV&apos;s current.</source>
        <translation>De stroom van de EV zelf wordt uit de laadpaal gelezen. Voer in wat uw stroomtang voor het huishouden ZONDER de EV aangeeft: plaats de tang om de voeding van de woning, naast de kabel van de laadpaal, of neem de meterwaarde min de stroom van de EV.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A). A temporary maximum meter current below household + test load is proposed; the real value is put back at the end, also on Cancel.</source>
        <translation>Voer de stroom van uw testbelasting in (een föhn van 2 kW neemt ongeveer 9 A af). Er wordt een tijdelijke maximale meterstroom onder huishouden + testbelasting voorgesteld; de echte waarde wordt aan het einde teruggezet, ook bij Annuleren.</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge on the socket; the charger first measures the voltage for about a minute.</source>
        <translation>Er moet een EV (of een testbox) op het laadpunt laden; de laadpaal meet eerst ongeveer een minuut de spanning.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked; the charger should lower the EV&apos;s current within seconds.</source>
        <translation>Schakel de testbelasting in wanneer daarom wordt gevraagd; de laadpaal hoort de stroom van de EV binnen enkele seconden te verlagen.</translation>
    </message>
    <message>
        <source>House power from the charger&apos;s CT clamp</source>
        <translation>Vermogen van de woning via de CT-klem van de laadpaal</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Testbelasting</translation>
    </message>
    <message>
        <source>Charging session and temporary contracted power</source>
        <translation>Laadsessie en tijdelijk gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>The charger&apos;s CT clamp measures the house without the EV; the test reads it for a few seconds.</source>
        <translation>De CT-klem van de laadpaal meet de woning zonder de EV; de test leest deze enkele seconden uit.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A).</source>
        <translation>Voer de stroom van uw testbelasting in (een föhn van 2 kW neemt ongeveer 9 A af).</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge. A temporary contracted power is then proposed so that the EV must come down when the load goes on; the real value is put back at the end, also on Cancel.</source>
        <translation>Er moet een EV (of een testbox) laden. Daarna wordt een tijdelijk gecontracteerd vermogen voorgesteld, zodat de EV omlaag moet wanneer de belasting wordt ingeschakeld; de echte waarde wordt aan het einde teruggezet, ook bij Annuleren.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked, anywhere in the house; the charger should lower the EV&apos;s current within seconds so that house + EV stay within the contracted power.</source>
        <translation>Schakel de testbelasting in wanneer daarom wordt gevraagd, ergens in de woning; de laadpaal hoort de stroom van de EV binnen enkele seconden te verlagen, zodat woning + EV binnen het gecontracteerd vermogen blijven.</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Föhntest</translation>
    </message>
    <message>
        <source>&amp;Hair-dryer test…</source>
        <translation>&amp;Föhntest…</translation>
    </message>
    <message>
        <source>Checks that dynamic power control lowers the EV&apos;s current when a test load (a hair dryer, a kettle) raises the house power, so that house + EV stay within the contracted power.</source>
        <translation>Controleert of de dynamische vermogensregeling de stroom van de EV verlaagt wanneer een testbelasting (een föhn, een waterkoker) het vermogen van de woning verhoogt, zodat woning + EV binnen het gecontracteerd vermogen blijven.</translation>
    </message>
    <message>
        <source>Checks that active load balancing lowers the EV&apos;s current when a test load (a hair dryer, a kettle) pushes the installation over a temporary maximum.</source>
        <translation>Controleert of actieve load balancing de stroom van de EV verlaagt wanneer een testbelasting (een föhn, een waterkoker) de installatie boven een tijdelijk maximum brengt.</translation>
    </message>
    <message>
        <source>Show the recorded currents…</source>
        <translation>Geregistreerde stromen tonen…</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Föhntest op {key}</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {step}</source>
        <translation>Stap {n} van {total}: {step}</translation>
    </message>
    <message>
        <source>(read from the charger: nothing to measure)</source>
        <translation>(uit de laadpaal gelezen: niets te meten)</translation>
    </message>
    <message>
        <source>Test cancelled; the real contracted power is back.</source>
        <translation>Test geannuleerd; het echte gecontracteerd vermogen is hersteld.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>GESLAAGD</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>Dynamic power control lowered the EV&apos;s current and kept house + EV within the contracted power.</source>
        <translation>De dynamische vermogensregeling heeft de stroom van de EV verlaagd en woning + EV binnen het gecontracteerd vermogen gehouden.</translation>
    </message>
    <message>
        <source>Active load balancing reacts to the test load as it should.</source>
        <translation>Actieve load balancing reageert zoals het hoort op de testbelasting.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Opmerking: {note}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Test stopped: {error}</source>
        <translation>Test gestopt: {error}</translation>
    </message>
    <message>
        <source>Test cancelled; the real maximum meter current is back.</source>
        <translation>Test geannuleerd; de echte maximale meterstroom is hersteld.</translation>
    </message>
</context>
<context>
    <name>HairDryerTexts</name>
    <message>
        <source>Current of the test load (hair dryer, kettle), as on its label:</source>
        <translation>Stroom van de testbelasting (föhn, waterkoker), zoals op het typeplaatje:</translation>
    </message>
    <message>
        <source>Connect the EV (or a test box) and start a charging session, then press Continue. The charger first measures the voltage for about a minute.</source>
        <translation>Sluit de EV (of een testbox) aan en start een laadsessie; druk dan op Doorgaan. De laadpaal meet eerst ongeveer een minuut de spanning.</translation>
    </message>
    <message>
        <source>Continue the hair-dryer test anyway?</source>
        <translation>Föhntest toch voortzetten?</translation>
    </message>
    <message>
        <source>The EV is charging.</source>
        <translation>De EV laadt.</translation>
    </message>
    <message>
        <source>Waiting for the EV to charge…</source>
        <translation>Wachten tot de EV laadt…</translation>
    </message>
    <message>
        <source>Recording the charger&apos;s reaction…</source>
        <translation>Reactie van de laadpaal registreren…</translation>
    </message>
    <message>
        <source>Done: you can switch the test load off.</source>
        <translation>Klaar: u kunt de testbelasting uitschakelen.</translation>
    </message>
    <message>
        <source>Reading the charger&apos;s settings…</source>
        <translation>Instellingen van de laadpaal uitlezen…</translation>
    </message>
    <message>
        <source>Plug the test load into any outlet of the house: the charger&apos;s CT clamp measures the whole house feed.</source>
        <translation>Steek de stekker van de testbelasting in een willekeurig stopcontact van de woning: de CT-klem van de laadpaal meet de volledige voeding van de woning.</translation>
    </message>
    <message>
        <source>Clamp-meter reading of the household current on L{p}, WITHOUT the EV:</source>
        <translation>Stroomtangmeting van de huishoudelijke stroom op L{p}, ZONDER de EV:</translation>
    </message>
    <message>
        <source>Plug the test load into an outlet on grid phase L{p}: the charger&apos;s L1 lands there by its phase mapping, so the EV always draws from it.</source>
        <translation>Steek de stekker van de testbelasting in een stopcontact op netfase L{p}: volgens de fasetoewijzing komt L1 van de laadpaal daar uit, dus de EV neemt altijd stroom van die fase af.</translation>
    </message>
    <message>
        <source>For the test the contracted power is set to the value below (in W), so that the EV must come down when the test load goes on; the real value is put back afterwards. Accept it, or type another value.</source>
        <translation>Voor de test wordt het gecontracteerd vermogen ingesteld op de waarde hieronder (in W), zodat de EV omlaag moet wanneer de testbelasting wordt ingeschakeld; de echte waarde wordt daarna teruggezet. Accepteer deze waarde of voer een andere in.</translation>
    </message>
    <message>
        <source>For the test the maximum meter current is set to the value below, under household + test load (the real {real} is put back afterwards). Accept it, or type another value.</source>
        <translation>Voor de test wordt de maximale meterstroom ingesteld op de waarde hieronder, onder huishouden + testbelasting (de echte {real} wordt daarna teruggezet). Accepteer deze waarde of voer een andere in.</translation>
    </message>
    <message>
        <source>Switch the test load ({load}) on now, then press Continue.</source>
        <translation>Schakel de testbelasting ({load}) nu in en druk dan op Doorgaan.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Inbedrijfstelling</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>Live-monitoring</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Onderhoud</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>Settings and files</source>
        <translation>Instellingen en bestanden</translation>
    </message>
    <message>
        <source>Commissioner user guide</source>
        <translation>Gebruikershandleiding van Commissioner</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pagina&apos;s van de handleiding</translation>
    </message>
</context>
<context>
    <name>InterruptedBanner</name>
    <message>
        <source>Re&amp;sume it</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Roll it back to as &amp;found</source>
        <translation>Terugdraaien naar &amp;aangetroffen toestand</translation>
    </message>
    <message>
        <source>⚠ A run of the plan &apos;{plan}&apos; stopped before it finished ({status}). Some settings may be half-applied.</source>
        <translation>⚠ Een uitvoering van het plan &apos;{plan}&apos; is gestopt voordat die klaar was ({status}). Sommige instellingen zijn mogelijk maar half toegepast.</translation>
    </message>
    <message>
        <source>Run {run}</source>
        <translation>Uitvoering {run}</translation>
    </message>
    <message>
        <source>({count} more after this one.)</source>
        <translation>(Hierna nog {count}.)</translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>Licence key</source>
        <translation>Licentiesleutel</translation>
    </message>
    <message>
        <source>Paste the key as bought: spaces, dashes and lower case are fine. The charger reboots to take a new key.</source>
        <translation>Plak de sleutel zoals gekocht: spaties, streepjes en kleine letters zijn geen probleem. De laadpaal herstart om een nieuwe sleutel over te nemen.</translation>
    </message>
    <message>
        <source>Keep typing: a key has 24 hex digits.</source>
        <translation>Typ verder: een sleutel heeft 24 hexadecimale cijfers.</translation>
    </message>
    <message>
        <source>Key complete: {key}</source>
        <translation>Sleutel compleet: {key}</translation>
    </message>
    <message>
        <source>Features this charger has:</source>
        <translation>Functies van deze laadpaal:</translation>
    </message>
</context>
<context>
    <name>LockLedsPage</name>
    <message>
        <source>A locked charger starts no charge until it is unlocked. The brightness of each LED is 0 (off) to 100 %.</source>
        <translation>Een vergrendelde laadpaal start geen enkele laadbeurt totdat hij ontgrendeld is. De helderheid van elke led is 0 (uit) tot 100 %.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Connect to {name}</source>
        <translation>Verbinding maken met {name}</translation>
    </message>
    <message>
        <source>Log in to {name}</source>
        <translation>Inloggen op {name}</translation>
    </message>
    <message>
        <source>Look-alike spellings</source>
        <translation>Gelijkende schrijfwijzen</translation>
    </message>
    <message>
        <source>&amp;Try this spelling</source>
        <translation>Deze schrijfwijze &amp;proberen</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Verbinding &amp;maken</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Onthouden in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Geen sleutelbos van het systeem: het wachtwoord wordt niet onthouden.</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Laadpaal:</translation>
    </message>
    <message>
        <source>This charger&apos;s local API has no password: the program connects at once. Anyone on this network can read and change its settings, so keep the charger on a network only the site uses.</source>
        <translation>De lokale API van deze laadpaal heeft geen wachtwoord: het programma maakt direct verbinding. Iedereen op dit netwerk kan de instellingen lezen en wijzigen; houd de laadpaal daarom op een netwerk dat alleen deze locatie gebruikt.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Type the password from the installer card.</source>
        <translation>Voer het wachtwoord van de installateurskaart in.</translation>
    </message>
    <message>
        <source>The charger refused this password.</source>
        <translation>De laadpaal heeft dit wachtwoord geweigerd.</translation>
    </message>
    <message>
        <source>Check it against the installer card (user admin).</source>
        <translation>Controleer het aan de hand van de installateurskaart (gebruiker admin).</translation>
    </message>
    <message>
        <source>The digit 1 and the letter l look alike on the card. These spellings swap them; double-click one to try it. Several wrong tries in a row can lock the account for a while.</source>
        <translation>Het cijfer 1 en de letter l lijken op de kaart op elkaar. Deze schrijfwijzen verwisselen ze; dubbelklik op een ervan om die te proberen. Meerdere foute pogingen achter elkaar kunnen het account een tijd blokkeren.</translation>
    </message>
    <message>
        <source>close the MyEve app on your phone, or any other tool connected to it;</source>
        <translation>de MyEve-app op uw telefoon sluiten, of een ander programma dat met de laadpaal verbonden is;</translation>
    </message>
    <message>
        <source>wait about a minute for the other session to expire, then log in again;</source>
        <translation>ongeveer een minuut wachten tot de andere sessie verloopt en dan opnieuw inloggen;</translation>
    </message>
    <message>
        <source>or switch the charger off and on again (this ends every session).</source>
        <translation>of de laadpaal uit- en weer aanzetten (dat beëindigt alle sessies).</translation>
    </message>
    <message>
        <source>Another client holds this charger&apos;s only session.</source>
        <translation>Een andere client bezet de enige sessie van deze laadpaal.</translation>
    </message>
    <message>
        <source>The charger talks to one client at a time. You can:</source>
        <translation>De laadpaal communiceert met één client tegelijk. U kunt:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw p&amp;roberen</translation>
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
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;Commissioning</source>
        <translation>&amp;Inbedrijfstelling</translation>
    </message>
    <message>
        <source>Live &amp;monitoring</source>
        <translation>Live-&amp;monitoring</translation>
    </message>
    <message>
        <source>&amp;SCN</source>
        <translation>&amp;SCN</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>On&amp;derhoud</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Demolocatie</translation>
    </message>
    <message>
        <source>Chargers found: {count}</source>
        <translation>Laadpalen gevonden: {count}</translation>
    </message>
    <message>
        <source>logged in and polled: {count}</source>
        <translation>ingelogd en uitgelezen: {count}</translation>
    </message>
    <message>
        <source>discovery running ({problem})</source>
        <translation>zoeken actief ({problem})</translation>
    </message>
    <message>
        <source>discovery running (mDNS and Bluetooth)</source>
        <translation>zoeken actief (mDNS en Bluetooth)</translation>
    </message>
    <message>
        <source>demo site running on 127.0.0.1</source>
        <translation>demolocatie actief op 127.0.0.1</translation>
    </message>
    <message>
        <source>The certificate of {key} changed: select it to decide.</source>
        <translation>Het certificaat van {key} is gewijzigd: selecteer de laadpaal om te beslissen.</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Geen sleutelbos van het systeem: het wachtwoord wordt niet onthouden.</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Reading the clock and the name…</source>
        <translation>Klok en naam lezen…</translation>
    </message>
    <message>
        <source>Reading the clock</source>
        <translation>Klok lezen</translation>
    </message>
    <message>
        <source>Rolling back {plan}</source>
        <translation>{plan} terugdraaien</translation>
    </message>
    <message>
        <source>Reading every setting…</source>
        <translation>Alle instellingen lezen…</translation>
    </message>
    <message>
        <source>Saving a settings backup</source>
        <translation>Back-up van instellingen opslaan</translation>
    </message>
    <message>
        <source>Comparing the backup with the charger…</source>
        <translation>Back-up vergelijken met de laadpaal…</translation>
    </message>
    <message>
        <source>Reading a settings backup</source>
        <translation>Back-up van instellingen lezen</translation>
    </message>
    <message>
        <source>Saving a support bundle</source>
        <translation>Supportpakket opslaan</translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Measurand</source>
        <translation>Meetgrootheid</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Gegevenstype</translation>
    </message>
    <message>
        <source>Scale (10ⁿ)</source>
        <translation>Schaal (10ⁿ)</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Registertabel van de meter</translation>
    </message>
    <message>
        <source>Row {row} ({measurand}), {column}: {why}</source>
        <translation>Rij {row} ({measurand}), {column}: {why}</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Electrical measurements (from your tester)</source>
        <translation>Elektrische metingen (van uw installatietester)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>niet gemeten</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenswaarde</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Where (circuit or charger)</source>
        <translation>Waar (groep of laadpaal)</translation>
    </message>
    <message>
        <source>Where it was measured</source>
        <translation>Waar er gemeten is</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
</context>
<context>
    <name>MeterPage</name>
    <message>
        <source>Search meters (maker or model)</source>
        <translation>Meters zoeken (fabrikant of model)</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>C&amp;ustom register map: edit the cells below</source>
        <translation>&amp;Eigen registertabel: bewerk de cellen hieronder</translation>
    </message>
    <message>
        <source>Starts from the map shown (the chosen preset); type a register, data type or scale.</source>
        <translation>Begint bij de getoonde tabel (de gekozen voorinstelling); voer een register, gegevenstype of schaal in.</translation>
    </message>
    <message>
        <source>Custom map, started from the one shown: double-click a cell to change it.</source>
        <translation>Eigen tabel, gebaseerd op de getoonde: dubbelklik op een cel om die te wijzigen.</translation>
    </message>
    <message>
        <source>Choose a preset in the list to leave the custom map.</source>
        <translation>Kies een voorinstelling in de lijst om de eigen tabel te verlaten.</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Geen problemen gevonden op deze pagina.</translation>
    </message>
    <message>
        <source>The charger reads this meter over {protocol}.</source>
        <translation>De laadpaal leest deze meter uit via {protocol}.</translation>
    </message>
    <message>
        <source>A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP (ALB data source page).</source>
        <translation>Een Modbus-meter wordt gebruikt als het ALB-meterprotocol Modbus RTU of TCP is (pagina ALB-gegevensbron).</translation>
    </message>
</context>
<context>
    <name>MeterPlacementDiagram</name>
    <message>
        <source>Where the meter sits</source>
        <translation>Waar de meter zit</translation>
    </message>
    <message>
        <source>The meter measures the house and the charger: EV included.</source>
        <translation>De meter meet de woning en de laadpaal: EV inbegrepen.</translation>
    </message>
    <message>
        <source>The charger is fed before the meter: the meter sees the house only.</source>
        <translation>De laadpaal wordt vóór de meter gevoed: de meter ziet alleen de woning.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Woning</translation>
    </message>
</context>
<context>
    <name>MeterTestPanel</name>
    <message>
        <source>Test smart meter</source>
        <translation>Slimme meter testen</translation>
    </message>
    <message>
        <source>Reads the meter through the charger and directly from this computer (Modbus TCP at the meter IP address, port and unit id), and checks that the values make sense.</source>
        <translation>Leest de meter uit via de laadpaal en rechtstreeks vanaf deze computer (Modbus TCP op het IP-adres, de poort en de unit-ID van de meter) en controleert of de waarden kloppen.</translation>
    </message>
    <message>
        <source>Site now: not known</source>
        <translation>Locatie nu: onbekend</translation>
    </message>
    <message>
        <source>Site now: draws from the grid</source>
        <translation>Locatie nu: neemt af van het net</translation>
    </message>
    <message>
        <source>Site now: feeds into the grid</source>
        <translation>Locatie nu: levert terug aan het net</translation>
    </message>
    <message>
        <source>Lets the check tell a reversed meter from export.</source>
        <translation>Hiermee kan de controle een omgekeerde meter onderscheiden van teruglevering.</translation>
    </message>
    <message>
        <source>Clamp A per phase: 10.2, 4.9, 2.1</source>
        <translation>Tang A per fase: 10.2, 4.9, 2.1</translation>
    </message>
    <message>
        <source>Optional: currents measured with a clamp meter, to check scale and phases.</source>
        <translation>Optioneel: stromen gemeten met een stroomtang, om schaal en fasen te controleren.</translation>
    </message>
    <message>
        <source>Serial port (TIC, RS-485)</source>
        <translation>Seriële poort (TIC, RS-485)</translation>
    </message>
    <message>
        <source>Only for a meter on a serial line. A TIC (Linky) meter: the serial port of the TIC dongle on this computer (/dev/ttyUSB0, COM3) or the address of a TIC gateway (host:port). A Modbus RTU meter: the serial port of the USB–RS-485 adapter on the meter&apos;s line.</source>
        <translation>Alleen voor een meter op een seriële lijn. Een TIC-meter (Linky): de seriële poort van de TIC-dongle op deze computer (/dev/ttyUSB0, COM3) of het adres van een TIC-gateway (host:poort). Een Modbus RTU-meter: de seriële poort van de USB–RS-485-adapter op de lijn van de meter.</translation>
    </message>
    <message>
        <source>&amp;Test smart meter</source>
        <translation>Slimme meter &amp;testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Charger (A)</source>
        <translation>Laadpaal (A)</translation>
    </message>
    <message>
        <source>ALB uses (A)</source>
        <translation>ALB gebruikt (A)</translation>
    </message>
    <message>
        <source>Direct (A)</source>
        <translation>Direct (A)</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Gelijk?</translation>
    </message>
    <message>
        <source>The meter&apos;s currents as the charger reports them (5221).</source>
        <translation>De meterstromen zoals de laadpaal ze meldt (5221).</translation>
    </message>
    <message>
        <source>The currents ALB balances on (212F): negative while the site exports.</source>
        <translation>De stromen waarop ALB regelt (212F): negatief zolang de locatie teruglevert.</translation>
    </message>
    <message>
        <source>The meter read from this computer with the preset or custom map.</source>
        <translation>De meter uitgelezen vanaf deze computer met de voorinstelling of eigen tabel.</translation>
    </message>
    <message>
        <source>Whether the charger and this computer read the same current.</source>
        <translation>Of de laadpaal en deze computer dezelfde stroom lezen.</translation>
    </message>
    <message>
        <source>Meter currents per phase, both paths</source>
        <translation>Meterstromen per fase, via beide wegen</translation>
    </message>
    <message>
        <source>Clamp currents &apos;{text}&apos;: give amperes per phase, like 10.2, 4.9, 2.1.</source>
        <translation>Tangstromen &apos;{text}&apos;: geef ampère per fase, zoals 10.2, 4.9, 2.1.</translation>
    </message>
    <message>
        <source>Log in to a charger and read it first.</source>
        <translation>Log eerst in op een laadpaal en lees die uit.</translation>
    </message>
    <message>
        <source>Meter test cancelled.</source>
        <translation>Metertest geannuleerd.</translation>
    </message>
    <message>
        <source>The charger did not report its meter: {why}</source>
        <translation>De laadpaal heeft zijn meter niet gemeld: {why}</translation>
    </message>
    <message>
        <source>Charger&apos;s Modbus meter link: {state}.</source>
        <translation>Modbus-meterverbinding van de laadpaal: {state}.</translation>
    </message>
    <message>
        <source>The meter cannot be reached directly from this computer: {why}</source>
        <translation>De meter is niet rechtstreeks bereikbaar vanaf deze computer: {why}</translation>
    </message>
    <message>
        <source>Only the charger&apos;s view is shown.</source>
        <translation>Alleen de gegevens van de laadpaal worden getoond.</translation>
    </message>
    <message>
        <source>Read directly at {where}.</source>
        <translation>Rechtstreeks uitgelezen op {where}.</translation>
    </message>
    <message>
        <source>The plan is not applied yet: the charger still uses its meter settings as found, while this computer read the meter with the plan&apos;s. Apply the plan, then test again.</source>
        <translation>Het plan is nog niet toegepast: de laadpaal gebruikt nog de aangetroffen meterinstellingen, terwijl deze computer de meter met die van het plan heeft uitgelezen. Pas het plan toe en test dan opnieuw.</translation>
    </message>
    <message>
        <source>The two paths disagree on {phases}: the charger&apos;s register map or address differs from what was read here.</source>
        <translation>De twee wegen verschillen op {phases}: de registertabel of het adres van de laadpaal wijkt af van wat hier is uitgelezen.</translation>
    </message>
    <message>
        <source>Both paths read the same currents.</source>
        <translation>Beide wegen lezen dezelfde stromen.</translation>
    </message>
    <message>
        <source>idle (no Modbus meter in use)</source>
        <translation>inactief (geen Modbus-meter in gebruik)</translation>
    </message>
    <message>
        <source>initialising (no answer from the meter yet)</source>
        <translation>initialiseren (nog geen antwoord van de meter)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normaal</translation>
    </message>
    <message>
        <source>warning (the last poll failed)</source>
        <translation>waarschuwing (de laatste uitlezing is mislukt)</translation>
    </message>
    <message>
        <source>error (the meter is quiet or the settings are unusable)</source>
        <translation>fout (de meter zwijgt of de instellingen zijn onbruikbaar)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>The values read are not plausible with this preset.</source>
        <translation>De gelezen waarden zijn niet aannemelijk met deze voorinstelling.</translation>
    </message>
    <message>
        <source>The meter reads, but the preset needs a correction:</source>
        <translation>De meter wordt uitgelezen, maar de voorinstelling moet worden gecorrigeerd:</translation>
    </message>
    <message>
        <source>The values read are plausible: the preset fits this meter.</source>
        <translation>De gelezen waarden zijn aannemelijk: de voorinstelling past bij deze meter.</translation>
    </message>
    <message>
        <source>Proposed fix: {fix}.</source>
        <translation>Voorgestelde correctie: {fix}.</translation>
    </message>
</context>
<context>
    <name>MeterTestService</name>
    <message>
        <source>Reading the meter through the charger…</source>
        <translation>Meter uitlezen via de laadpaal…</translation>
    </message>
    <message>
        <source>Reading the meter from this computer…</source>
        <translation>Meter uitlezen vanaf deze computer…</translation>
    </message>
    <message>
        <source>Meter test done.</source>
        <translation>Metertest voltooid.</translation>
    </message>
    <message>
        <source>Testing the smart meter of {key}</source>
        <translation>Slimme meter van {key} testen</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>not in use (communication idle)</source>
        <translation>niet in gebruik (communicatie inactief)</translation>
    </message>
    <message>
        <source>initialising</source>
        <translation>initialiseren</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normaal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauze</translation>
    </message>
    <message>
        <source>Follow &amp;latest</source>
        <translation>&amp;Nieuwste volgen</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>Weergave &amp;exporteren als CSV…</translation>
    </message>
    <message>
        <source>Voltages (charger)</source>
        <translation>Spanningen (laadpaal)</translation>
    </message>
    <message>
        <source>House / grid power</source>
        <translation>Vermogen woning / net</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>Charging power</source>
        <translation>Laadvermogen</translation>
    </message>
    <message>
        <source>Charging current set</source>
        <translation>Ingestelde laadstroom</translation>
    </message>
    <message>
        <source>CT clamp link</source>
        <translation>Verbinding CT-klem</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische vermogensregeling</translation>
    </message>
    <message>
        <source>on, never below {minimum}</source>
        <translation>aan, nooit onder {minimum}</translation>
    </message>
    <message>
        <source>off: the contracted power is not kept</source>
        <translation>uit: het gecontracteerd vermogen wordt niet bewaakt</translation>
    </message>
    <message>
        <source>Meter link code {code}</source>
        <translation>Code meterverbinding {code}</translation>
    </message>
    <message>
        <source>limit {amps}</source>
        <translation>limiet {amps}</translation>
    </message>
    <message>
        <source>Status flags 0x{flags:X}</source>
        <translation>Statusvlaggen 0x{flags:X}</translation>
    </message>
    <message>
        <source>Voltages (meter)</source>
        <translation>Spanningen (meter)</translation>
    </message>
    <message>
        <source>Frequency (meter)</source>
        <translation>Frequentie (meter)</translation>
    </message>
    <message>
        <source>Meter currents</source>
        <translation>Meterstromen</translation>
    </message>
    <message>
        <source>Power meter / socket</source>
        <translation>Vermogen meter / laadpunt</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Mode 3</translation>
    </message>
    <message>
        <source>Limit in force</source>
        <translation>Geldende limiet</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Actieve load balancing</translation>
    </message>
    <message>
        <source>Meter link</source>
        <translation>Meterverbinding</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Bemonstering</translation>
    </message>
    <message>
        <source>Live currents of {key}</source>
        <translation>Live stromen van {key}</translation>
    </message>
    <message>
        <source>Log in to a charger to see its live currents.</source>
        <translation>Log in op een laadpaal om de live stromen te zien.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Link state code {code}</source>
        <translation>Code verbindingsstatus {code}</translation>
    </message>
    <message>
        <source> — the charger does not answer</source>
        <translation> — de laadpaal antwoordt niet</translation>
    </message>
    <message>
        <source>socket {n}: {state}</source>
        <translation>laadpunt {n}: {state}</translation>
    </message>
    <message>
        <source>{polls} polls, {gaps} gaps</source>
        <translation>{polls} uitlezingen, {gaps} onderbrekingen</translation>
    </message>
    <message>
        <source>Export the visible window</source>
        <translation>Het zichtbare tijdvenster exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>One member reads the meter (active load balancing)</source>
        <translation>Eén lid leest de meter uit (actieve load balancing)</translation>
    </message>
    <message>
        <source>It keeps its ALB settings; the others need none.</source>
        <translation>Dit lid behoudt zijn ALB-instellingen; de andere hebben er geen nodig.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Grid total current</source>
        <translation>Totale stroom netaansluiting</translation>
    </message>
    <message>
        <source>Total safe current</source>
        <translation>Totale veilige stroom</translation>
    </message>
    <message>
        <source>Socket safe current</source>
        <translation>Veilige stroom per laadpunt</translation>
    </message>
    <message>
        <source>Station maximum</source>
        <translation>Maximum laadpaal</translation>
    </message>
    <message>
        <source>Socket maximum</source>
        <translation>Maximum per laadpunt</translation>
    </message>
    <message>
        <source>Alternating period</source>
        <translation>Wisselperiode</translation>
    </message>
    <message>
        <source>Meter-reading member</source>
        <translation>Lid dat de meter uitleest</translation>
    </message>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Geen lid leest een meter uit: het netwerk verdeelt de totale stroom van de netaansluiting, ongeacht wat de rest van het gebouw afneemt.</translation>
    </message>
    <message>
        <source>Read the members, then choose the one wired to the meter.</source>
        <translation>Lees de leden uit en kies dan het lid dat op de meter is aangesloten.</translation>
    </message>
    <message>
        <source>{name} reads the meter and computes the current available to the whole network: the maximum meter current minus what the rest of the building draws.</source>
        <translation>{name} leest de meter uit en berekent de stroom die voor het hele netwerk beschikbaar is: de maximale meterstroom min wat de rest van het gebouw afneemt.</translation>
    </message>
</context>
<context>
    <name>OverviewControls</name>
    <message>
        <source>timed power on</source>
        <translation>tijdgestuurd vermogen aan</translation>
    </message>
    <message>
        <source>timed power off</source>
        <translation>tijdgestuurd vermogen uit</translation>
    </message>
    <message>
        <source>minimum power, more when there is room</source>
        <translation>minimaal vermogen, meer als er ruimte is</translation>
    </message>
    <message>
        <source>solar power only</source>
        <translation>alleen zonne-energie</translation>
    </message>
    <message>
        <source>grid and solar</source>
        <translation>net en zon</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>clamp reading normally</source>
        <translation>klem meet normaal</translation>
    </message>
    <message>
        <source>waiting for the clamp</source>
        <translation>wachten op de klem</translation>
    </message>
    <message>
        <source>clamp fault: check its cable</source>
        <translation>klemstoring: controleer de kabel</translation>
    </message>
    <message>
        <source>one-phase</source>
        <translation>eenfasig</translation>
    </message>
    <message>
        <source>three-phase</source>
        <translation>driefasig</translation>
    </message>
    <message>
        <source>one- or three-phase</source>
        <translation>een- of driefasig</translation>
    </message>
    <message>
        <source>Charging settings</source>
        <translation>Laadinstellingen</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische vermogensregeling</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Minimale stroom</translation>
    </message>
    <message>
        <source>Maximum current</source>
        <translation>Maximale stroom</translation>
    </message>
    <message>
        <source>Charging current set now</source>
        <translation>Nu ingestelde laadstroom</translation>
    </message>
    <message>
        <source>Charging phases</source>
        <translation>Laadfasen</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Installatiespanning</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendeling</translation>
    </message>
    <message>
        <source>locked: nobody can charge</source>
        <translation>vergrendeld: niemand kan laden</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>ontgrendeld</translation>
    </message>
    <message>
        <source>Charging paused</source>
        <translation>Laden gepauzeerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Light LED</source>
        <translation>Verlichtingsled</translation>
    </message>
    <message>
        <source>Logo LED</source>
        <translation>Logoled</translation>
    </message>
    <message>
        <source>{power} (≈ {amps} per phase)</source>
        <translation>{power} (≈ {amps} per fase)</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pauzeren bij modulatie</translation>
    </message>
    <message>
        <source>Current clamp</source>
        <translation>Stroomklem</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Wifi-netwerk</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-adres</translation>
    </message>
    <message>
        <source>Wi-Fi signal</source>
        <translation>Wifi-signaal</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>niveau {level}</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Inloggen…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Gelicentieerde functies</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Laadpunten</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Laadpunt</translation>
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
        <translation>Geldend</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Stroomlimieten</translation>
    </message>
    <message>
        <source>Current L1 / L2 / L3</source>
        <translation>Stroom L1 / L2 / L3</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limiet</translation>
    </message>
    <message>
        <source>Socket 1</source>
        <translation>Laadpunt 1</translation>
    </message>
    <message>
        <source>Socket 2</source>
        <translation>Laadpunt 2</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Geen laadpaal geselecteerd</translation>
    </message>
    <message>
        <source>Pick a charger in the list, or add one by its address.</source>
        <translation>Kies een laadpaal in de lijst, of voeg er een toe via het adres.</translation>
    </message>
    <message>
        <source>Log in (user admin, password from the installer card) to read licences, socket states and current limits.</source>
        <translation>Log in (gebruiker admin, wachtwoord van de installateurskaart) om licenties, laadpuntstatussen en stroomlimieten te lezen.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Apparaatnaam</translation>
    </message>
    <message>
        <source>Serial (Object ID)</source>
        <translation>Serienummer (Object ID)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Verbinding &amp;maken</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Verbinding ver&amp;breken</translation>
    </message>
    <message>
        <source>Connect (no password: its local API has none) to read its state, limits, dynamic power control and network.</source>
        <translation>Maak verbinding (geen wachtwoord: de lokale API heeft er geen) om de status, limieten, dynamische vermogensregeling en het netwerk te lezen.</translation>
    </message>
    <message>
        <source>Charger ID</source>
        <translation>Laadpaal-ID</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Installation phases</source>
        <translation>Fasen van de installatie</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <source>Licence device id</source>
        <translation>Licentie-apparaat-ID</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>vrijgegeven</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Maximale stroom laadpaal</translation>
    </message>
    <message>
        <source>Maximum smart-meter current</source>
        <translation>Maximale stroom slimme meter</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Veilige stroom ALB</translation>
    </message>
    <message>
        <source>Socket maximum current</source>
        <translation>Maximale stroom laadpunt</translation>
    </message>
    <message>
        <source>External maximum (RAM)</source>
        <translation>Extern maximum (RAM)</translation>
    </message>
    <message>
        <source>Static load-balancing limit</source>
        <translation>Limiet statische load balancing</translation>
    </message>
    <message>
        <source>Active load-balancing limit</source>
        <translation>Limiet actieve load balancing</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Nu geldend</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Checks of this page</source>
        <translation>Controles van deze pagina</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Geen problemen gevonden op deze pagina.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Pagina&apos;s van het rapport</translation>
    </message>
    <message>
        <source>Press Preview pages to see the pages of the report.</source>
        <translation>Druk op Voorbeeld pagina&apos;s om de pagina&apos;s van het rapport te zien.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Pagina {number}</translation>
    </message>
    <message>
        <source>The report has no pages.</source>
        <translation>Het rapport heeft geen pagina&apos;s.</translation>
    </message>
</context>
<context>
    <name>PhaseIdControl</name>
    <message>
        <source>Phase identification</source>
        <translation>Fase-identificatie</translation>
    </message>
    <message>
        <source>&amp;Identify phases…</source>
        <translation>Fasen &amp;identificeren…</translation>
    </message>
    <message>
        <source>With an EV charging, steps the socket&apos;s current a few times and finds which grid phase each of the charger&apos;s phases lands on (a few minutes).</source>
        <translation>Verandert bij een ladende EV een paar keer stapsgewijs de stroom van het laadpunt en bepaalt op welke netfase elke fase van de laadpaal uitkomt (enkele minuten).</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Identificatie annuleren</translation>
    </message>
    <message>
        <source>Phase identification started.</source>
        <translation>Fase-identificatie gestart.</translation>
    </message>
    <message>
        <source>Finished on {serial}, socket {socket}.</source>
        <translation>Voltooid op {serial}, laadpunt {socket}.</translation>
    </message>
    <message>
        <source>Phase identification stopped: {error}</source>
        <translation>Fase-identificatie gestopt: {error}</translation>
    </message>
    <message>
        <source>&amp;Use this mapping</source>
        <translation>Deze toewijzing &amp;gebruiken</translation>
    </message>
    <message>
        <source>Puts the proposed phase mapping into the commissioning plan of this charger.</source>
        <translation>Zet de voorgestelde fasetoewijzing in het inbedrijfstellingsplan van deze laadpaal.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Phase identification needs an EV charging: connect it and start a session, then press Continue.</source>
        <translation>Voor fase-identificatie moet een EV laden: sluit de EV aan en start een sessie; druk dan op Doorgaan.</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Fase-identificatie op {key}</translation>
    </message>
    <message>
        <source>Step {done} of {total}: the socket&apos;s current is stepped.</source>
        <translation>Stap {done} van {total}: de stroom van het laadpunt wordt stapsgewijs veranderd.</translation>
    </message>
    <message>
        <source>Phase identification cancelled; the socket&apos;s own maximum is back.</source>
        <translation>Fase-identificatie geannuleerd; het eigen maximum van het laadpunt is hersteld.</translation>
    </message>
    <message>
        <source>Phase mapping {mapping} put into the commissioning plan.</source>
        <translation>Fasetoewijzing {mapping} in het inbedrijfstellingsplan gezet.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Geen antwoord.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <source>Proposed phase mapping: &lt;b&gt;{mapping}&lt;/b&gt;</source>
        <translation>Voorgestelde fasetoewijzing: &lt;b&gt;{mapping}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still possible: {mappings}</source>
        <translation>Nog mogelijk: {mappings}</translation>
    </message>
    <message>
        <source>Wiring fault: the charger is configured as {configured}, which this contradicts. Correct the wiring, or set the phase mapping in the Commissioning tab (Phases).</source>
        <translation>Bedradingsfout: de laadpaal is ingesteld als {configured}, wat hiermee in tegenspraak is. Corrigeer de bedrading, of stel de fasetoewijzing in op het tabblad Inbedrijfstelling (Fasen).</translation>
    </message>
    <message>
        <source>This matches the configured mapping ({configured}).</source>
        <translation>Dit komt overeen met de ingestelde toewijzing ({configured}).</translation>
    </message>
    <message>
        <source>charger L{k} → grid ?</source>
        <translation>laadpaal L{k} → net ?</translation>
    </message>
    <message>
        <source>charger L{k} → grid L{g}</source>
        <translation>laadpaal L{k} → net L{g}</translation>
    </message>
</context>
<context>
    <name>PhaseOrderDiagram</name>
    <message>
        <source>Supply-cable order</source>
        <translation>Volgorde voedingskabel</translation>
    </message>
    <message>
        <source>No phase mapping set.</source>
        <translation>Geen fasetoewijzing ingesteld.</translation>
    </message>
    <message>
        <source>supply L{grid} → charger L{own}</source>
        <translation>voeding L{grid} → laadpaal L{own}</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Voeding</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>Phase mapping: which supply phase feeds the charger&apos;s L1, L2 and L3 (rotate the chargers of a site so single-phase cars spread over the phases).</source>
        <translation>Fasetoewijzing: welke voedingsfase op L1, L2 en L3 van de laadpaal komt (roteer de laadpalen van een locatie, zodat eenfase-auto&apos;s over de fasen worden verdeeld).</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>&amp;Foto&apos;s toevoegen…</translation>
    </message>
    <message>
        <source>What the selected photo shows</source>
        <translation>Wat de geselecteerde foto toont</translation>
    </message>
    <message>
        <source>Caption, e.g. clamps point to the house</source>
        <translation>Bijschrift, bijv. klemmen wijzen naar de woning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Toont:</translation>
    </message>
    <message>
        <source>Photos of the report</source>
        <translation>Foto&apos;s van het rapport</translation>
    </message>
    <message>
        <source>Add photos to the report</source>
        <translation>Foto&apos;s aan het rapport toevoegen</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>Niet toegevoegd: {why}</translation>
    </message>
    <message>
        <source>Not added: {why} (and {more} more)</source>
        <translation>Niet toegevoegd: {why} (en nog {more})</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} foto(&apos;s) toegevoegd.</translation>
    </message>
    <message>
        <source>{file} is damaged: it cannot be shown.</source>
        <translation>{file} is beschadigd: het kan niet worden weergegeven.</translation>
    </message>
    <message>
        <source>{file} could not be copied ({why}).</source>
        <translation>{file} kon niet worden gekopieerd ({why}).</translation>
    </message>
    <message>
        <source>Photos no longer found: {files}</source>
        <translation>Foto&apos;s niet meer gevonden: {files}</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Plan name</source>
        <translation>Plannaam</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Adres van de laadpaal</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Licentiesleutel</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Maximale stroom laadpaal</translation>
    </message>
    <message>
        <source>Socket 1 maximum current</source>
        <translation>Maximale stroom laadpunt 1</translation>
    </message>
    <message>
        <source>Socket 2 maximum current</source>
        <translation>Maximale stroom laadpunt 2</translation>
    </message>
    <message>
        <source>Chameleon minimum current</source>
        <translation>Minimale stroom Chameleon</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Fasetoewijzing</translation>
    </message>
    <message>
        <source>1/3-phase switching</source>
        <translation>1/3-fase-omschakeling</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Laadmodus</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Installatiespanning</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Actieve load balancing</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>ALB-gegevensbron</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Meterprotocol</translation>
    </message>
    <message>
        <source>Meter includes the charging EV</source>
        <translation>Meter omvat de ladende EV</translation>
    </message>
    <message>
        <source>Maximum meter current</source>
        <translation>Maximale meterstroom</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Veilige stroom ALB</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Naam van de laadpaal</translation>
    </message>
    <message>
        <source>Set the clock from the laptop (UTC)</source>
        <translation>Klok gelijkzetten met de laptop (UTC)</translation>
    </message>
    <message>
        <source>P1 interface</source>
        <translation>P1-interface</translation>
    </message>
    <message>
        <source>P1 server IP address</source>
        <translation>IP-adres P1-server</translation>
    </message>
    <message>
        <source>P1 server port</source>
        <translation>Poort P1-server</translation>
    </message>
    <message>
        <source>Meter preset</source>
        <translation>Voorinstelling meter</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Registertabel van de meter</translation>
    </message>
    <message>
        <source>Register map measurands</source>
        <translation>Meetgrootheden registertabel</translation>
    </message>
    <message>
        <source>Register map registers</source>
        <translation>Registers registertabel</translation>
    </message>
    <message>
        <source>Register map data types</source>
        <translation>Gegevenstypen registertabel</translation>
    </message>
    <message>
        <source>Register map scales</source>
        <translation>Schalen registertabel</translation>
    </message>
    <message>
        <source>Word order</source>
        <translation>Woordvolgorde</translation>
    </message>
    <message>
        <source>Function code</source>
        <translation>Functiecode</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>Unit-ID meter</translation>
    </message>
    <message>
        <source>Meter IP address</source>
        <translation>IP-adres meter</translation>
    </message>
    <message>
        <source>Meter TCP port</source>
        <translation>TCP-poort meter</translation>
    </message>
    <message>
        <source>RTU baud rate</source>
        <translation>RTU-baudrate</translation>
    </message>
    <message>
        <source>RTU parity</source>
        <translation>RTU-pariteit</translation>
    </message>
    <message>
        <source>EMS mode</source>
        <translation>EMS-modus</translation>
    </message>
    <message>
        <source>EMS validity time</source>
        <translation>EMS-geldigheidsduur</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Dynamische vermogensregeling</translation>
    </message>
    <message>
        <source>Dynamic power mode</source>
        <translation>Modus dynamisch vermogen</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pauzeren bij modulatie</translation>
    </message>
    <message>
        <source>Charger locked</source>
        <translation>Laadpaal vergrendeld</translation>
    </message>
    <message>
        <source>Light LED brightness</source>
        <translation>Helderheid verlichtingsled</translation>
    </message>
    <message>
        <source>Logo LED brightness</source>
        <translation>Helderheid logoled</translation>
    </message>
    <message>
        <source>Back-office URL</source>
        <translation>Backoffice-URL</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Charge-box-identiteit</translation>
    </message>
    <message>
        <source>SCN name</source>
        <translation>SCN-naam</translation>
    </message>
    <message>
        <source>SCN first socket ID</source>
        <translation>SCN-ID eerste laadpunt</translation>
    </message>
    <message>
        <source>SCN socket count</source>
        <translation>Aantal SCN-laadpunten</translation>
    </message>
    <message>
        <source>SCN sockets of this charger</source>
        <translation>SCN-laadpunten van deze laadpaal</translation>
    </message>
    <message>
        <source>SCN phase mapping</source>
        <translation>SCN-fasetoewijzing</translation>
    </message>
    <message>
        <source>SCN total current</source>
        <translation>SCN-totaalstroom</translation>
    </message>
    <message>
        <source>SCN socket safe current</source>
        <translation>Veilige stroom per SCN-laadpunt</translation>
    </message>
    <message>
        <source>SCN total safe current</source>
        <translation>Totale veilige stroom SCN</translation>
    </message>
    <message>
        <source>SCN alternating period</source>
        <translation>SCN-wisselperiode</translation>
    </message>
    <message>
        <source>SCN firmware</source>
        <translation>SCN-firmware</translation>
    </message>
    <message>
        <source>SCN subnet</source>
        <translation>SCN-subnet</translation>
    </message>
    <message>
        <source>the ALB settings</source>
        <translation>de ALB-instellingen</translation>
    </message>
    <message>
        <source>the P1 settings</source>
        <translation>de P1-instellingen</translation>
    </message>
    <message>
        <source>the meter settings</source>
        <translation>de meterinstellingen</translation>
    </message>
    <message>
        <source>the meter register map</source>
        <translation>de registertabel van de meter</translation>
    </message>
    <message>
        <source>the EMS settings</source>
        <translation>de EMS-instellingen</translation>
    </message>
    <message>
        <source>the dynamic power control settings</source>
        <translation>de instellingen van de dynamische vermogensregeling</translation>
    </message>
    <message>
        <source>the LED settings</source>
        <translation>de ledinstellingen</translation>
    </message>
    <message>
        <source>the back-office settings</source>
        <translation>de backoffice-instellingen</translation>
    </message>
    <message>
        <source>the SCN settings</source>
        <translation>de SCN-instellingen</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Smart meter</source>
        <translation>Slimme meter</translation>
    </message>
    <message>
        <source>Smart meter and energy management system</source>
        <translation>Slimme meter en energiemanagementsysteem</translation>
    </message>
    <message>
        <source>Energy management system (EMS)</source>
        <translation>Energiemanagementsysteem (EMS)</translation>
    </message>
    <message>
        <source>DSMR P1 port</source>
        <translation>DSMR P1-poort</translation>
    </message>
    <message>
        <source>TIC (French Linky meter)</source>
        <translation>TIC (Franse Linky-meter)</translation>
    </message>
    <message>
        <source>Modbus RTU (RS-485 line)</source>
        <translation>Modbus RTU (RS-485-lijn)</translation>
    </message>
    <message>
        <source>Modbus TCP (network)</source>
        <translation>Modbus TCP (netwerk)</translation>
    </message>
    <message>
        <source>Serial cable</source>
        <translation>Seriële kabel</translation>
    </message>
    <message>
        <source>P1 server on the network</source>
        <translation>P1-server in het netwerk</translation>
    </message>
    <message>
        <source>HomeWizard P1 meter</source>
        <translation>HomeWizard P1-meter</translation>
    </message>
    <message>
        <source>High word first</source>
        <translation>Hoog woord eerst</translation>
    </message>
    <message>
        <source>Low word first</source>
        <translation>Laag woord eerst</translation>
    </message>
    <message>
        <source>Holding registers</source>
        <translation>Holding registers</translation>
    </message>
    <message>
        <source>Input registers</source>
        <translation>Input registers</translation>
    </message>
    <message>
        <source>No parity</source>
        <translation>Geen pariteit</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Even</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Oneven</translation>
    </message>
    <message>
        <source>Per socket</source>
        <translation>Per laadpunt</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>One phase</source>
        <translation>Eén fase</translation>
    </message>
    <message>
        <source>Three phases</source>
        <translation>Drie fasen</translation>
    </message>
    <message>
        <source>Timed power on</source>
        <translation>Tijdgestuurd vermogen aan</translation>
    </message>
    <message>
        <source>Timed power off (no longer used)</source>
        <translation>Tijdgestuurd vermogen uit (niet meer gebruikt)</translation>
    </message>
    <message>
        <source>Minimum power plus solar surplus</source>
        <translation>Minimaal vermogen plus zonne-overschot</translation>
    </message>
    <message>
        <source>Solar surplus only</source>
        <translation>Alleen zonne-overschot</translation>
    </message>
    <message>
        <source>Grid and solar</source>
        <translation>Net en zon</translation>
    </message>
    <message>
        <source>Stop charging</source>
        <translation>Laden stoppen</translation>
    </message>
    <message>
        <source>licence key</source>
        <translation>licentiesleutel</translation>
    </message>
    <message>
        <source>charger clock</source>
        <translation>klok van de laadpaal</translation>
    </message>
    <message>
        <source>charger name</source>
        <translation>naam van de laadpaal</translation>
    </message>
    <message>
        <source>load balancing off while changing it</source>
        <translation>load balancing uit tijdens het wijzigen</translation>
    </message>
    <message>
        <source>load balancing on</source>
        <translation>load balancing aan</translation>
    </message>
    <message>
        <source>Smart Charging Network settings</source>
        <translation>Smart Charging Network-instellingen</translation>
    </message>
    <message>
        <source>restart of the charger</source>
        <translation>herstart van de laadpaal</translation>
    </message>
    <message>
        <source>meter connection</source>
        <translation>meterverbinding</translation>
    </message>
    <message>
        <source>meter register map</source>
        <translation>registertabel van de meter</translation>
    </message>
    <message>
        <source>load balancing settings</source>
        <translation>instellingen voor load balancing</translation>
    </message>
    <message>
        <source>phase settings</source>
        <translation>fase-instellingen</translation>
    </message>
    <message>
        <source>current limits</source>
        <translation>stroomlimieten</translation>
    </message>
    <message>
        <source>charge mode and installation voltage</source>
        <translation>laadmodus en installatiespanning</translation>
    </message>
    <message>
        <source>dynamic power control</source>
        <translation>dynamische vermogensregeling</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>vergrendeling</translation>
    </message>
    <message>
        <source>LED brightness</source>
        <translation>ledhelderheid</translation>
    </message>
    <message>
        <source>back-office settings</source>
        <translation>backoffice-instellingen</translation>
    </message>
    <message>
        <source>settings as found</source>
        <translation>aangetroffen instellingen</translation>
    </message>
    <message>
        <source>load balancing as found</source>
        <translation>aangetroffen load balancing</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>aangetroffen instellingen lezen</translation>
    </message>
    <message>
        <source>reading the settings as left</source>
        <translation>achtergelaten instellingen lezen</translation>
    </message>
    <message>
        <source>restarting: waiting for the charger to come back</source>
        <translation>herstarten: wachten tot de laadpaal weer bereikbaar is</translation>
    </message>
    <message>
        <source>Applied: the charger holds the plan</source>
        <translation>Toegepast: de laadpaal bevat het plan</translation>
    </message>
    <message>
        <source>Applied, but some settings as left differ from the plan</source>
        <translation>Toegepast, maar sommige achtergelaten instellingen wijken af van het plan</translation>
    </message>
    <message>
        <source>Not applied: the plan breaks a rule for this charger</source>
        <translation>Niet toegepast: het plan overtreedt een regel voor deze laadpaal</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Gestopt vóór het einde</translation>
    </message>
    <message>
        <source>Rolled back: the settings as found are back</source>
        <translation>Teruggedraaid: de aangetroffen instellingen zijn hersteld</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>gestopt door een fout</translation>
    </message>
    <message>
        <source>settings as left differ from the plan</source>
        <translation>achtergelaten instellingen wijken af van het plan</translation>
    </message>
    <message>
        <source>the plan broke a rule</source>
        <translation>het plan overtrad een regel</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>teruggedraaid</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} elementen</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <translation>{count} instellingen</translation>
    </message>
    <message>
        <source>{count} measurands mapped</source>
        <translation>{count} meetgrootheden toegewezen</translation>
    </message>
</context>
<context>
    <name>PresetFileBar</name>
    <message>
        <source>&amp;Import preset file…</source>
        <translation>Voorinstellingsbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport preset file…</source>
        <translation>Voorinstellingsbestand e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Import a meter preset</source>
        <translation>Een metervoorinstelling importeren</translation>
    </message>
    <message>
        <source>Export the meter preset</source>
        <translation>De metervoorinstelling exporteren</translation>
    </message>
    <message>
        <source>No folder for your presets: log in to a charger first.</source>
        <translation>Geen map voor uw voorinstellingen: log eerst in op een laadpaal.</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Niet geïmporteerd: {why}</translation>
    </message>
    <message>
        <source>Imported {title} from {file}.</source>
        <translation>{title} geïmporteerd uit {file}.</translation>
    </message>
    <message>
        <source>Choose a preset or type a valid custom map first.</source>
        <translation>Kies eerst een voorinstelling of voer een geldige eigen tabel in.</translation>
    </message>
    <message>
        <source>Exported {title} to {file}.</source>
        <translation>{title} geëxporteerd naar {file}.</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Limits:</source>
        <translation>Grenswaarden:</translation>
    </message>
    <message>
        <source>the usual pass limits, or those of a country</source>
        <translation>de gebruikelijke grenswaarden, of die van een land</translation>
    </message>
    <message>
        <source>Usual limits</source>
        <translation>Gebruikelijke grenswaarden</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>Type a number, e.g. 4.5.</source>
        <translation>Voer een getal in, bijv. 4,5.</translation>
    </message>
    <message>
        <source>Between {low} and {high}.</source>
        <translation>Tussen {low} en {high}.</translation>
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
        <translation>{name}: niet uitgelezen, dus onbekend of er een EV laadt</translation>
    </message>
    <message>
        <source>{name}: no EV charging</source>
        <translation>{name}: geen EV aan het laden</translation>
    </message>
    <message>
        <source>{name}: an EV is charging on socket {sockets}: charging stops</source>
        <translation>{name}: er laadt een EV op laadpunt {sockets}: het laden stopt</translation>
    </message>
    <message>
        <source>Restart chargers?</source>
        <translation>Laadpalen herstarten?</translation>
    </message>
    <message>
        <source>{action} restarts {count} charger(s). A restart takes about a minute; sockets do not charge meanwhile.</source>
        <translation>{action} herstart {count} laadpaal/laadpalen. Een herstart duurt ongeveer een minuut; de laadpunten laden in die tijd niet.</translation>
    </message>
    <message>
        <source>⚠ Charging is interrupted where an EV is charging.</source>
        <translation>⚠ Het laden wordt onderbroken waar een EV laadt.</translation>
    </message>
    <message>
        <source>Restart {count} charger(s)</source>
        <translation>{count} laadpaal/laadpalen herstarten</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Charger {serial}</source>
        <translation>Laadpaal {serial}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Licences unlocked during the visit</source>
        <translation>Tijdens het bezoek vrijgegeven licenties</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netwerkadres</translation>
    </message>
    <message>
        <source>Back office (OCPP)</source>
        <translation>Backoffice (OCPP)</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Charge-box-identiteit</translation>
    </message>
    <message>
        <source>Back-office registration</source>
        <translation>Registratie bij de backoffice</translation>
    </message>
    <message>
        <source>Settings changed (as found → as left)</source>
        <translation>Gewijzigde instellingen (aangetroffen → achtergelaten)</translation>
    </message>
    <message>
        <source>No settings run was recorded for this charger.</source>
        <translation>Voor deze laadpaal is geen uitvoering van instellingen vastgelegd.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Er is geen instelling gewijzigd.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Aangetroffen</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Achtergelaten</translation>
    </message>
    <message>
        <source>Other settings as left</source>
        <translation>Overige achtergelaten instellingen</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Checks of the settings runs</source>
        <translation>Controles van de instellingsuitvoeringen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Custom register map</source>
        <translation>Eigen registertabel</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Gegevensbron</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Meterprotocol</translation>
    </message>
    <message>
        <source>Preset or map</source>
        <translation>Voorinstelling of tabel</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>Unit-ID</translation>
    </message>
    <message>
        <source>Scale of the current registers</source>
        <translation>Schaal van de stroomregisters</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Meteradres</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Automatic tests</source>
        <translation>Automatische tests</translation>
    </message>
    <message>
        <source>Hair-dryer test of load balancing</source>
        <translation>Föhntest van de load balancing</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Fase-identificatie</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Metertest</translation>
    </message>
    <message>
        <source>Fallback to the safe current when the meter link is cut</source>
        <translation>Terugval op de veilige stroom bij onderbroken meterverbinding</translation>
    </message>
    <message>
        <source>Back-office connection (OCPP)</source>
        <translation>Backoffice-verbinding (OCPP)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Hair-dryer test, socket {socket}</source>
        <translation>Föhntest, laadpunt {socket}</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>Reactietijd</translation>
    </message>
    <message>
        <source>Charging current at the end</source>
        <translation>Laadstroom aan het einde</translation>
    </message>
    <message>
        <source>Test maximum</source>
        <translation>Testmaximum</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Testbelasting</translation>
    </message>
    <message>
        <source>Recorded during the test</source>
        <translation>Vastgelegd tijdens de test</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>tijd, s</translation>
    </message>
    <message>
        <source>power, W</source>
        <translation>vermogen, W</translation>
    </message>
    <message>
        <source>current, A</source>
        <translation>stroom, A</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>testbelasting aan</translation>
    </message>
    <message>
        <source>test maximum</source>
        <translation>testmaximum</translation>
    </message>
    <message>
        <source>house power</source>
        <translation>vermogen woning</translation>
    </message>
    <message>
        <source>grid power</source>
        <translation>netvermogen</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>grid meter {phase}</source>
        <translation>netmeter {phase}</translation>
    </message>
    <message>
        <source>charger {phase}</source>
        <translation>laadpaal {phase}</translation>
    </message>
    <message>
        <source>Phase identification, socket {socket}</source>
        <translation>Fase-identificatie, laadpunt {socket}</translation>
    </message>
    <message>
        <source>Wiring found (proposed mapping)</source>
        <translation>Gevonden bedrading (voorgestelde toewijzing)</translation>
    </message>
    <message>
        <source>Mapping configured on the charger</source>
        <translation>Op de laadpaal ingestelde toewijzing</translation>
    </message>
    <message>
        <source>Configured mapping agrees</source>
        <translation>Ingestelde toewijzing klopt</translation>
    </message>
    <message>
        <source>Wiring fault</source>
        <translation>Bedradingsfout</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <source>Grid currents the charger reads</source>
        <translation>Netstromen zoals de laadpaal ze leest</translation>
    </message>
    <message>
        <source>Grid currents read from the laptop</source>
        <translation>Netstromen gelezen vanaf de laptop</translation>
    </message>
    <message>
        <source>Central system on the laptop</source>
        <translation>Centraal systeem op de laptop</translation>
    </message>
    <message>
        <source>{count} configuration keys read</source>
        <translation>{count} configuratiesleutels gelezen</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Niet gebruikt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Inbedrijfstellingsrapport</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kwalificatie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commissioner version</source>
        <translation>Versie van Commissioner</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Earthing system</source>
        <translation>Aardingsstelsel</translation>
    </message>
    <message>
        <source>Main fuse</source>
        <translation>Hoofdzekering</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Gecontracteerd vermogen</translation>
    </message>
    <message>
        <source>Current limit set by</source>
        <translation>Stroomlimiet bepaald door</translation>
    </message>
    <message>
        <source>Supply cable</source>
        <translation>Voedingskabel</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Installatieautomaat</translation>
    </message>
    <message>
        <source>Residual-current protection</source>
        <translation>Aardlekbeveiliging</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Föhntest</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Not done or not entered</source>
        <translation>Niet uitgevoerd of niet ingevoerd</translation>
    </message>
    <message>
        <source>Every test of the visit was done.</source>
        <translation>Alle tests van het bezoek zijn uitgevoerd.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Electrical measurements</source>
        <translation>Elektrische metingen</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Bewijsmateriaal en opmerkingen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Readings from the installer&apos;s tester, judged against the {profile} limits.</source>
        <translation>Meetwaarden van de installatietester van de installateur, beoordeeld volgens de grenswaarden van het profiel {profile}.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Meetwaarde</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenswaarde</translation>
    </message>
    <message>
        <source>No measurement was entered.</source>
        <translation>Er is geen meting ingevoerd.</translation>
    </message>
    <message>
        <source>No photo was added.</source>
        <translation>Er is geen foto toegevoegd.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Overgedragen op</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>Checklist voor de overdracht</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Linksom</translation>
    </message>
    <message>
        <source>Capacity tariff peak</source>
        <translation>Piek van het capaciteitstarief</translation>
    </message>
    <message>
        <source>Charger label</source>
        <translation>Label van de laadpaal</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Rechtsom</translation>
    </message>
    <message>
        <source>Current clamp direction</source>
        <translation>Richting van de stroomklem</translation>
    </message>
    <message>
        <source>Default passwords changed</source>
        <translation>Standaardwachtwoorden gewijzigd</translation>
    </message>
    <message>
        <source>Distribution board</source>
        <translation>Verdeelkast</translation>
    </message>
    <message>
        <source>Earth fault loop impedance</source>
        <translation>Foutlusimpedantie</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>IT (isolated supply)</source>
        <translation>IT (geïsoleerde voeding)</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Geïdentificeerd</translation>
    </message>
    <message>
        <source>Insulation resistance (500 V)</source>
        <translation>Isolatieweerstand (500 V)</translation>
    </message>
    <message>
        <source>Manuals and documents handed over</source>
        <translation>Handleidingen en documenten overhandigd</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No boot notification sent yet</source>
        <translation>Nog geen bootmelding verstuurd</translation>
    </message>
    <message>
        <source>No hair-dryer test for {serial}</source>
        <translation>Geen föhntest voor {serial}</translation>
    </message>
    <message>
        <source>No meter test for {serial}</source>
        <translation>Geen metertest voor {serial}</translation>
    </message>
    <message>
        <source>No phase identification for {serial}</source>
        <translation>Geen fase-identificatie voor {serial}</translation>
    </message>
    <message>
        <source>No reading of {measurement}</source>
        <translation>Geen meetwaarde voor {measurement}</translation>
    </message>
    <message>
        <source>No settings run recorded for {serial}</source>
        <translation>Geen uitvoering van instellingen vastgelegd voor {serial}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gedaan</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Niet geïdentificeerd</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Owner shown how to use the charger</source>
        <translation>Eigenaar uitgelegd hoe de laadpaal werkt</translation>
    </message>
    <message>
        <source>Partly identified</source>
        <translation>Gedeeltelijk geïdentificeerd</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Phase rotation</source>
        <translation>Draaiveld</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Prospective short-circuit current</source>
        <translation>Prospectieve kortsluitstroom</translation>
    </message>
    <message>
        <source>Protective conductor continuity</source>
        <translation>Continuïteit van de beschermingsleiding</translation>
    </message>
    <message>
        <source>RCD trip current</source>
        <translation>Aanspreekstroom RCD</translation>
    </message>
    <message>
        <source>RCD trip time</source>
        <translation>Uitschakeltijd RCD</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Subscribed power of the contract</source>
        <translation>Gecontracteerd vermogen van het contract</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>Voedingsspanning</translation>
    </message>
    <message>
        <source>TN (earth from the supply)</source>
        <translation>TN (aarde via het net)</translation>
    </message>
    <message>
        <source>TT (own earth electrode)</source>
        <translation>TT (eigen aardelektrode)</translation>
    </message>
    <message>
        <source>The plan kept every rule for this charger</source>
        <translation>Het plan voldeed aan alle regels voor deze laadpaal</translation>
    </message>
    <message>
        <source>The run finished</source>
        <translation>De uitvoering is voltooid</translation>
    </message>
    <message>
        <source>The settings as left are the plan&apos;s</source>
        <translation>De achtergelaten instellingen zijn die van het plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{minimum} to {maximum}</source>
        <translation>{minimum} tot {maximum}</translation>
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
        <translation>Fase-identificatie</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Metertest</translation>
    </message>
    <message>
        <source>Fallback to the safe current</source>
        <translation>Terugval op de veilige stroom</translation>
    </message>
    <message>
        <source>Back-office check</source>
        <translation>Backoffice-controle</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Last hair-dryer test: reaction in {reaction}, the EV at {final} after it.</source>
        <translation>Laatste föhntest: reactie in {reaction}, daarna de EV op {final}.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>No settings recorded for this charger.</source>
        <translation>Geen instellingen vastgelegd voor deze laadpaal.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Aangetroffen</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Achtergelaten</translation>
    </message>
    <message>
        <source>Firmware: {firmware}</source>
        <translation>Firmware: {firmware}</translation>
    </message>
    <message>
        <source>Commissioning runs: {count}</source>
        <translation>Uitvoeringen van de inbedrijfstelling: {count}</translation>
    </message>
    <message>
        <source>Licences unlocked: {names}</source>
        <translation>Vrijgegeven licenties: {names}</translation>
    </message>
    <message>
        <source>Nothing is missing: every test and reading is there.</source>
        <translation>Er ontbreekt niets: alle tests en meetwaarden zijn aanwezig.</translation>
    </message>
    <message>
        <source>{measurement}: {reading}, the limit is {limit}.</source>
        <translation>{measurement}: {reading}, de grenswaarde is {limit}.</translation>
    </message>
    <message>
        <source>{count} tests or readings are missing (see Chargers and tests).</source>
        <translation>Er ontbreken {count} tests of meetwaarden (zie Laadpalen en tests).</translation>
    </message>
    <message>
        <source>Every reading passed and nothing is missing.</source>
        <translation>Alle meetwaarden zijn in orde en er ontbreekt niets.</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; take a smaller picture.</source>
        <translation>{file} is groter dan {mb} MB; maak een kleinere foto.</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG picture.</source>
        <translation>{file} is geen JPEG- of PNG-afbeelding.</translation>
    </message>
    <message>
        <source>{file} has too many pixels for a report.</source>
        <translation>{file} heeft te veel pixels voor een rapport.</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Reading what was recorded for {serial}…</source>
        <translation>Lezen wat voor {serial} is vastgelegd…</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records</source>
        <translation>Gegevens van het bezoek lezen</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records…</source>
        <translation>Gegevens van het bezoek lezen…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>Writing the JSON twin…</source>
        <translation>JSON-tegenhanger schrijven…</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>PDF tekenen…</translation>
    </message>
    <message>
        <source>The saved draft could not be read; starting a new one.</source>
        <translation>Het opgeslagen concept kon niet worden gelezen; er wordt een nieuw begonnen.</translation>
    </message>
    <message>
        <source>the folder {folder} cannot take files ({why}).</source>
        <translation>de map {folder} kan geen bestanden opnemen ({why}).</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Pagina&apos;s opmaken…</translation>
    </message>
    <message>
        <source>Drawing page {page} of {pages}…</source>
        <translation>Pagina {page} van {pages} tekenen…</translation>
    </message>
</context>
<context>
    <name>ReportSite</name>
    <message>
        <source>Type A 30 mA + 6 mA DC in the charger</source>
        <translation>Type A 30 mA + 6 mA DC in de laadpaal</translation>
    </message>
    <message>
        <source>Type B 30 mA</source>
        <translation>Type B 30 mA</translation>
    </message>
    <message>
        <source>Type F 30 mA</source>
        <translation>Type F 30 mA</translation>
    </message>
    <message>
        <source>Type EV 30 mA</source>
        <translation>Type EV 30 mA</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Anything the next visitor should know: where the meter is, what is left…</source>
        <translation>Alles wat de volgende bezoeker moet weten: waar de meter zit, wat nog openstaat…</translation>
    </message>
    <message>
        <source>Chargers and tests</source>
        <translation>Laadpalen en tests</translation>
    </message>
    <message>
        <source>Site and installation</source>
        <translation>Locatie en installatie</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Photos and notes</source>
        <translation>Foto&apos;s en opmerkingen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>The drawn signature could not be saved: {why}</source>
        <translation>De getekende handtekening kon niet worden opgeslagen: {why}</translation>
    </message>
    <message>
        <source>The records could not be read: {why}</source>
        <translation>De gegevens konden niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>{count} pagina&apos;s.</translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}</source>
        <translation>Geschreven: {pdf} en {json}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What applying changes (as found → plan):</source>
        <translation>Wat het toepassen wijzigt (aangetroffen → plan):</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Aangetroffen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Check against the charger</source>
        <translation>&amp;Controleren bij de laadpaal</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuleren</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>Te&amp;rugdraaien</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Stappen van de uitvoering</translation>
    </message>
    <message>
        <source>As left:</source>
        <translation>Achtergelaten:</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Achtergelaten</translation>
    </message>
    <message>
        <source>{value} (changed)</source>
        <translation>{value} (gewijzigd)</translation>
    </message>
    <message>
        <source>The plan holds the settings as found: nothing to apply.</source>
        <translation>Het plan bevat de aangetroffen instellingen: niets toe te passen.</translation>
    </message>
    <message>
        <source>The check found {count} problem(s):</source>
        <translation>De controle heeft {count} probleem/problemen gevonden:</translation>
    </message>
    <message>
        <source>All checks passed: applying writes {count} setting(s).</source>
        <translation>Alle controles geslaagd: het toepassen schrijft {count} instelling(en).</translation>
    </message>
    <message>
        <source>The charger restarts to take them.</source>
        <translation>De laadpaal herstart om ze over te nemen.</translation>
    </message>
</context>
<context>
    <name>ScnOverviewPage</name>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Geen lid leest een meter uit: het netwerk verdeelt de totale stroom van de netaansluiting, ongeacht wat de rest van het gebouw afneemt.</translation>
    </message>
    <message>
        <source>{names} all read a meter, but only one member of a network may: switch active load balancing off on all but one.</source>
        <translation>{names} lezen allemaal een meter uit, maar slechts één lid van een netwerk mag dat: schakel actieve load balancing uit op alle leden op één na.</translation>
    </message>
    <message>
        <source>Meter-reading member: {name}. It computes the current available to the whole network (the maximum meter current minus what the rest of the building draws); the network shares it.</source>
        <translation>Lid dat de meter uitleest: {name}. Dit lid berekent de stroom die voor het hele netwerk beschikbaar is (de maximale meterstroom min wat de rest van het gebouw afneemt); het netwerk verdeelt die.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the members on the set-up page first.</source>
        <translation>Lees eerst de leden uit op de pagina Instellen.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Laadpunt</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>SCN-ID</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current per phase</source>
        <translation>Stroom per fase</translation>
    </message>
    <message>
        <source>The network draws {amps} A (grid total current: {limit} per phase)</source>
        <translation>Het netwerk neemt {amps} A af (totale stroom netaansluiting: {limit} per fase)</translation>
    </message>
    <message>
        <source>in no network</source>
        <translation>niet in een netwerk</translation>
    </message>
    <message>
        <source>waiting: the network has too little current</source>
        <translation>wachtend: het netwerk heeft te weinig stroom</translation>
    </message>
    <message>
        <source>Alternation</source>
        <translation>Wisseling</translation>
    </message>
    <message>
        <source>Chargers do not report when a pause ends: &apos;until&apos; is when this program first saw the socket paused plus the alternating period.</source>
        <translation>Laadpalen melden niet wanneer een pauze eindigt: &apos;tot&apos; is het moment waarop dit programma het laadpunt voor het eerst gepauzeerd zag, plus de wisselperiode.</translation>
    </message>
    <message>
        <source>paused until about {time}</source>
        <translation>gepauzeerd tot ongeveer {time}</translation>
    </message>
    <message>
        <source>Network consistent: {n} members agree.</source>
        <translation>Netwerk consistent: {n} leden komen overeen.</translation>
    </message>
</context>
<context>
    <name>ScnPage</name>
    <message>
        <source>Set-up</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation>Netwerkoverzicht</translation>
    </message>
</context>
<context>
    <name>ScnProgress</name>
    <message>
        <source>applying the licence key</source>
        <translation>licentiesleutel toepassen</translation>
    </message>
    <message>
        <source>setting the charger clock</source>
        <translation>klok van de laadpaal instellen</translation>
    </message>
    <message>
        <source>writing the charger name</source>
        <translation>naam van de laadpaal schrijven</translation>
    </message>
    <message>
        <source>switching active load balancing off</source>
        <translation>actieve load balancing uitschakelen</translation>
    </message>
    <message>
        <source>switching active load balancing on</source>
        <translation>actieve load balancing inschakelen</translation>
    </message>
    <message>
        <source>writing the network settings</source>
        <translation>netwerkinstellingen schrijven</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>herstarten</translation>
    </message>
    <message>
        <source>writing the meter connection</source>
        <translation>meterverbinding schrijven</translation>
    </message>
    <message>
        <source>writing the meter&apos;s register map</source>
        <translation>registertabel van de meter schrijven</translation>
    </message>
    <message>
        <source>writing the load-balancing settings</source>
        <translation>instellingen voor load balancing schrijven</translation>
    </message>
    <message>
        <source>writing the phase settings</source>
        <translation>fase-instellingen schrijven</translation>
    </message>
    <message>
        <source>writing the current limits</source>
        <translation>stroomlimieten schrijven</translation>
    </message>
    <message>
        <source>writing the back-office settings</source>
        <translation>backoffice-instellingen schrijven</translation>
    </message>
    <message>
        <source>putting the settings back as found</source>
        <translation>aangetroffen instellingen terugzetten</translation>
    </message>
    <message>
        <source>putting load balancing back as found</source>
        <translation>aangetroffen load balancing terugzetten</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>aangetroffen instellingen lezen</translation>
    </message>
    <message>
        <source>reading the settings back</source>
        <translation>instellingen teruglezen</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ klaar</translation>
    </message>
    <message>
        <source>✔ rolled back</source>
        <translation>✔ teruggedraaid</translation>
    </message>
    <message>
        <source>⚠ done, but some settings read back differ from the plan</source>
        <translation>⚠ klaar, maar sommige teruggelezen instellingen wijken af van het plan</translation>
    </message>
    <message>
        <source>✖ not applied: the plan does not suit it</source>
        <translation>✖ niet toegepast: het plan past niet bij deze laadpaal</translation>
    </message>
    <message>
        <source>✖ stopped (details in the tooltip)</source>
        <translation>✖ gestopt (details in de tooltip)</translation>
    </message>
    <message>
        <source>restarting, waiting for it to come back</source>
        <translation>herstarten, wachten tot de laadpaal weer bereikbaar is</translation>
    </message>
    <message>
        <source>restarting, waiting {time}</source>
        <translation>herstarten, {time} wachten</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>stap {done} van {total}</translation>
    </message>
</context>
<context>
    <name>ScnService</name>
    <message>
        <source>Reading {n} chargers…</source>
        <translation>{n} laadpalen uitlezen…</translation>
    </message>
    <message>
        <source>Reading the SCN members</source>
        <translation>SCN-leden uitlezen</translation>
    </message>
    <message>
        <source>Applying {plan} to every member</source>
        <translation>{plan} toepassen op alle leden</translation>
    </message>
    <message>
        <source>Rolling back {plan} on every member</source>
        <translation>{plan} terugdraaien op alle leden</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Netwerk uitlezen…</translation>
    </message>
    <message>
        <source>Reading the SCN</source>
        <translation>SCN uitlezen</translation>
    </message>
</context>
<context>
    <name>ScnSetupPage</name>
    <message>
        <source>&amp;Read the picked chargers</source>
        <translation>Gekozen laadpalen &amp;lezen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Sockets and phase rotation</source>
        <translation>Laadpunten en faserotatie</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Laadpaal</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Laadpunt</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>SCN-ID</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Fasetoewijzing</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>A greyed charger is not an Alfen charger (a V2C Trydan, say): it does not join an Alfen Smart Charging Network.</source>
        <translation>Een grijs weergegeven laadpaal is geen Alfen-laadpaal (bijvoorbeeld een V2C Trydan): die kan niet deelnemen aan een Alfen Smart Charging Network.</translation>
    </message>
    <message>
        <source>&amp;Apply to every member</source>
        <translation>Op alle leden &amp;toepassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Roll &amp;back the last run</source>
        <translation>Laatste uitvoering te&amp;rugdraaien</translation>
    </message>
    <message>
        <source>{charger}: cannot join</source>
        <translation>{charger}: kan niet deelnemen</translation>
    </message>
    <message>
        <source>Only Alfen chargers join an Alfen Smart Charging Network; this {model} does not. It shares the connection on its own (dynamic power control, on its Commissioning tab).</source>
        <translation>Alleen Alfen-laadpalen kunnen deelnemen aan een Alfen Smart Charging Network; deze {model} niet. Hij verdeelt de aansluiting zelfstandig (dynamische vermogensregeling, op zijn tabblad Inbedrijfstelling).</translation>
    </message>
    <message>
        <source>Pick the members, then read them.</source>
        <translation>Kies de leden en lees ze dan uit.</translation>
    </message>
    <message>
        <source>The plan breaks no rule.</source>
        <translation>Het plan overtreedt geen enkele regel.</translation>
    </message>
    <message>
        <source>Applying the network</source>
        <translation>Netwerk toepassen</translation>
    </message>
    <message>
        <source>Rolling back the network</source>
        <translation>Netwerk terugdraaien</translation>
    </message>
    <message>
        <source>Every member is done.</source>
        <translation>Alle leden zijn klaar.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Logging in to {name}…</source>
        <translation>Inloggen op {name}…</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Verbinding maken met {name}…</translation>
    </message>
    <message>
        <source>Connecting to {key}</source>
        <translation>Verbinding maken met {key}</translation>
    </message>
    <message>
        <source>Logging in to {key}</source>
        <translation>Inloggen op {key}</translation>
    </message>
    <message>
        <source>Reading the new certificate…</source>
        <translation>Nieuw certificaat lezen…</translation>
    </message>
    <message>
        <source>Trusting a new certificate</source>
        <translation>Nieuw certificaat vertrouwen</translation>
    </message>
    <message>
        <source>Reading the overview…</source>
        <translation>Overzicht lezen…</translation>
    </message>
    <message>
        <source>Reading {key}</source>
        <translation>{key} lezen</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Uitloggen…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Verbinding verbreken…</translation>
    </message>
    <message>
        <source>Disconnecting from {key}</source>
        <translation>Verbinding met {key} verbreken</translation>
    </message>
    <message>
        <source>Logging out of {key}</source>
        <translation>Uitloggen bij {key}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Getallen en datums:</translation>
    </message>
    <message>
        <source>Menus, tab titles, the charger list and the Overview change at once; the other pages change at the next start.</source>
        <translation>Menu&apos;s, tabbladtitels, de lijst met laadpalen en het Overzicht veranderen direct; de andere pagina&apos;s veranderen bij de volgende start.</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Laadpalen</translation>
    </message>
    <message>
        <source>Charger reply time:</source>
        <translation>Antwoordtijd laadpaal:</translation>
    </message>
    <message>
        <source>Charger reply time</source>
        <translation>Antwoordtijd laadpaal</translation>
    </message>
    <message>
        <source>How long to wait for a charger&apos;s answer; raise it on a slow network.</source>
        <translation>Hoe lang op het antwoord van een laadpaal wordt gewacht; verhoog dit bij een traag netwerk.</translation>
    </message>
    <message>
        <source>Restart wait:</source>
        <translation>Wachttijd herstart:</translation>
    </message>
    <message>
        <source>Restart wait</source>
        <translation>Wachttijd herstart</translation>
    </message>
    <message>
        <source>How long a charger may take to come back after a restart.</source>
        <translation>Hoe lang een laadpaal erover mag doen om na een herstart weer bereikbaar te zijn.</translation>
    </message>
    <message>
        <source>Ask before restarting chargers on the simulated site</source>
        <translation>Vragen voordat laadpalen op de gesimuleerde locatie worden herstart</translation>
    </message>
    <message>
        <source>On real chargers the program always asks before a restart.</source>
        <translation>Bij echte laadpalen vraagt het programma altijd om bevestiging vóór een herstart.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>From the next start: {folder}</source>
        <translation>Vanaf de volgende start: {folder}</translation>
    </message>
    <message>
        <source>Journals, reports, meter presets and logs are kept here. A new folder is used from the next start; --data-dir on the command line overrides it.</source>
        <translation>Journalen, rapporten, metervoorinstellingen en logbestanden worden hier bewaard. Een nieuwe map wordt vanaf de volgende start gebruikt; --data-dir op de opdrachtregel heeft voorrang.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Gegevensmap kiezen</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>De instellingen konden niet worden opgeslagen: {error}</translation>
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
        <translation>Klant</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Before signing</source>
        <translation>Vóór het ondertekenen</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Naam typen</translation>
    </message>
    <message>
        <source>Signed by typing the full name</source>
        <translation>Ondertekend door de volledige naam te typen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad: draw the signature here</source>
        <translation>Handtekeningveld: teken hier de handtekening</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>e.g. Dupont residence</source>
        <translation>bijv. woning Dupont</translation>
    </message>
    <message>
        <source>e.g. IRVE level 2, or your licence number</source>
        <translation>bijv. IRVE niveau 2, of uw erkenningsnummer</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>bijv. 40</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>bijv. 12</translation>
    </message>
    <message>
        <source>e.g. 5G6 mm² copper, 25 m</source>
        <translation>bijv. 5G6 mm² koper, 25 m</translation>
    </message>
    <message>
        <source>e.g. C40 4-pole</source>
        <translation>bijv. C40 4-polig</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Site, customer and installer</source>
        <translation>Locatie, klant en installateur</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Naam van de locatie:</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adres van de locatie:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Installer:</source>
        <translation>Installateur:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Bedrijf:</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>Kwalificatie:</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Datum van het bezoek:</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Earthing system:</source>
        <translation>Aardingsstelsel:</translation>
    </message>
    <message>
        <source>Main fuse (A):</source>
        <translation>Hoofdzekering (A):</translation>
    </message>
    <message>
        <source>Subscribed power (kVA):</source>
        <translation>Gecontracteerd vermogen (kVA):</translation>
    </message>
    <message>
        <source>Limit set by:</source>
        <translation>Limiet bepaald door:</translation>
    </message>
    <message>
        <source>Supply cable:</source>
        <translation>Voedingskabel:</translation>
    </message>
    <message>
        <source>Breaker:</source>
        <translation>Installatieautomaat:</translation>
    </message>
    <message>
        <source>RCD type:</source>
        <translation>Type RCD:</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>checking…</source>
        <translation>controleren…</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>niet ingelogd</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>ingelogd</translation>
    </message>
    <message>
        <source>another client is connected</source>
        <translation>een andere client is verbonden</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>certificaat gewijzigd</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>inloggen geweigerd</translation>
    </message>
    <message>
        <source>Bluetooth only</source>
        <translation>alleen Bluetooth</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Static load balancing</source>
        <translation>Statische load balancing</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Actieve load balancing</translation>
    </message>
    <message>
        <source>32 A per socket</source>
        <translation>32 A per laadpunt</translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation>RFID-lezer</translation>
    </message>
    <message>
        <source>ISO 15118</source>
        <translation>ISO 15118</translation>
    </message>
    <message>
        <source>Personalised display</source>
        <translation>Gepersonaliseerd display</translation>
    </message>
    <message>
        <source>3G/4G modem</source>
        <translation>3G/4G-modem</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Betaalterminals</translation>
    </message>
    <message>
        <source>Expose smart-meter data</source>
        <translation>Slimme-metergegevens delen</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>geen voertuig</translation>
    </message>
    <message>
        <source>vehicle connected</source>
        <translation>voertuig aangesloten</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>laden</translation>
    </message>
    <message>
        <source>charging (ventilation)</source>
        <translation>laden (ventilatie)</translation>
    </message>
    <message>
        <source>no power (error)</source>
        <translation>geen voeding (fout)</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>storing</translation>
    </message>
    <message>
        <source>available</source>
        <translation>beschikbaar</translation>
    </message>
    <message>
        <source>cable connected</source>
        <translation>kabel aangesloten</translation>
    </message>
    <message>
        <source>EV connected</source>
        <translation>EV aangesloten</translation>
    </message>
    <message>
        <source>charging power off</source>
        <translation>laadvermogen uit</translation>
    </message>
    <message>
        <source>power off, maximum current too low</source>
        <translation>vermogen uit, maximale stroom te laag</translation>
    </message>
    <message>
        <source>waiting for disconnect</source>
        <translation>wacht op loskoppelen</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>inoperative</source>
        <translation>buiten bedrijf</translation>
    </message>
    <message>
        <source>power off, suspended</source>
        <translation>vermogen uit, onderbroken</translation>
    </message>
    <message>
        <source>power off, phase change</source>
        <translation>vermogen uit, fasewissel</translation>
    </message>
    <message>
        <source>unknown ({code})</source>
        <translation>onbekend ({code})</translation>
    </message>
    <message>
        <source>error ({code})</source>
        <translation>fout ({code})</translation>
    </message>
    <message>
        <source>state {code}</source>
        <translation>status {code}</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Hair-dryer test: recorded currents</source>
        <translation>Föhntest: geregistreerde stromen</translation>
    </message>
    <message>
        <source>Time since the test started</source>
        <translation>Tijd sinds start van de test</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>testbelasting aan</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>Hair-dryer test running…</source>
        <translation>Föhntest loopt…</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Föhntest op {key}</translation>
    </message>
    <message>
        <source>Phase identification: waiting for the EV to charge…</source>
        <translation>Fase-identificatie: wachten tot de EV laadt…</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Fase-identificatie op {key}</translation>
    </message>
    <message>
        <source>Putting back what an interrupted test left…</source>
        <translation>Herstellen wat een onderbroken test heeft gewijzigd…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Commissioning plans (*.toml)</source>
        <translation>Inbedrijfstellingsplannen (*.toml)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Charger</source>
        <translation>&amp;Laadpaal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;eld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;Handleiding voor deze pagina</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>&amp;Over Commissioner</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>Plan op&amp;slaan…</translation>
    </message>
    <message>
        <source>Recent &amp;plans</source>
        <translation>Recente &amp;plannen</translation>
    </message>
    <message>
        <source>Recent &amp;sites</source>
        <translation>Recente &amp;locaties</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ins&amp;tellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Inloggen…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>&amp;Toevoegen via adres</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Verbinding &amp;maken…</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Verbinding ver&amp;breken</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Een plan openen</translation>
    </message>
    <message>
        <source>Log in and read a charger first: there is no plan to save yet.</source>
        <translation>Log eerst in op een laadpaal en lees die uit: er is nog geen plan om op te slaan.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Het plan opslaan</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>Kan {path} niet lezen: {error}</translation>
    </message>
    <message>
        <source>{path} is not a plan: {error}</source>
        <translation>{path} is geen plan: {error}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>Plan opened from {path}.</source>
        <translation>Plan geopend uit {path}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Kan {path} niet opslaan: {error}</translation>
    </message>
    <message>
        <source>Plan saved to {path}.</source>
        <translation>Plan opgeslagen in {path}.</translation>
    </message>
</context>
</TS>
