<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Informazioni su {name}</translation>
    </message>
    <message>
        <source>Commission EV chargers on site: discovery, licences, load balancing, meters, charging networks and verification.</source>
        <translation>Messa in servizio delle stazioni di ricarica in loco: rilevamento, licenze, bilanciamento del carico, contatori, reti di ricarica e verifica.</translation>
    </message>
    <message>
        <source>Built with Qt {qt}, PySide6 {pyside} and Python {python}.</source>
        <translation>Realizzato con Qt {qt}, PySide6 {pyside} e Python {python}.</translation>
    </message>
    <message>
        <source>Libraries included and their licences:</source>
        <translation>Librerie incluse e relative licenze:</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Selezioni una libreria per leggerne la licenza.</translation>
    </message>
    <message>
        <source>Logs: {path}</source>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Apri la cartella dei log</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>{name} {version} ships no licence file here; its licence is {licence}.</source>
        <translation>{name} {version} non include qui un file di licenza; la sua licenza è {licence}.</translation>
    </message>
</context>
<context>
    <name>ActivityBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel the operation under way</source>
        <translation>Annulla l&apos;operazione in corso</translation>
    </message>
    <message>
        <source>the charger&apos;s certificate has changed.</source>
        <translation>il certificato della stazione è cambiato.</translation>
    </message>
    <message>
        <source>{title}: {error}</source>
        <translation>{title}: {error}</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(e altri {count})</translation>
    </message>
</context>
<context>
    <name>AlbPage</name>
    <message>
        <source>Meter includes the charging EV: tick it when the meter also measures this charger (it sits upstream of its supply), so ALB subtracts the EV&apos;s own current.</source>
        <translation>Il contatore include il VE in carica: lo spunti se il contatore misura anche questa stazione di ricarica (si trova a monte della sua alimentazione), così l&apos;ALB sottrae la corrente del VE stesso.</translation>
    </message>
    <message>
        <source>P1 cable: at most 20 m from the meter to the charger.</source>
        <translation>Cavo P1: al massimo 20 m dal contatore alla stazione di ricarica.</translation>
    </message>
    <message>
        <source>TIC cable: at most 35 m from the meter to the charger.</source>
        <translation>Cavo TIC: al massimo 35 m dal contatore alla stazione di ricarica.</translation>
    </message>
    <message>
        <source>EMS validity time: when the EMS sends nothing for this long, the charger falls back to the safe current.</source>
        <translation>Tempo di validità EMS: se l&apos;EMS non invia nulla per questo tempo, la stazione torna alla corrente di sicurezza.</translation>
    </message>
</context>
<context>
    <name>ApplyProgress</name>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v di %m passi</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>avvio</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheck</name>
    <message>
        <source>Putting back what an interrupted check left…</source>
        <translation>Ripristino di quanto lasciato da una verifica interrotta…</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Verifica del back office…</translation>
    </message>
    <message>
        <source>Back office check on {key}</source>
        <translation>Verifica del back office su {key}</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheckPanel</name>
    <message>
        <source>boot notification from {model}</source>
        <translation>notifica di avvio da {model}</translation>
    </message>
    <message>
        <source>no boot notification reached this computer</source>
        <translation>nessuna notifica di avvio è arrivata a questo computer</translation>
    </message>
    <message>
        <source>identity {identity} as configured</source>
        <translation>identità {identity} come configurata</translation>
    </message>
    <message>
        <source>the charger connected as {seen}, not as its configured identity {identity}</source>
        <translation>la stazione si è connessa come {seen}, non con l&apos;identità configurata {identity}</translation>
    </message>
    <message>
        <source>two connections used one identity: two chargers share it</source>
        <translation>due connessioni hanno usato la stessa identità: due stazioni la condividono</translation>
    </message>
    <message>
        <source>{count} heartbeat(s) received</source>
        <translation>heartbeat ricevuti: {count}</translation>
    </message>
    <message>
        <source>no heartbeat within the wait</source>
        <translation>nessun heartbeat durante l&apos;attesa</translation>
    </message>
    <message>
        <source>every socket reported its status</source>
        <translation>ogni presa ha comunicato il suo stato</translation>
    </message>
    <message>
        <source>no status of socket(s) {missing}</source>
        <translation>nessuno stato ricevuto dalla/e presa/e {missing}</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL is back</source>
        <translation>l&apos;URL del back office del cliente è stato ripristinato</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL could not be confirmed back</source>
        <translation>non è stato possibile confermare il ripristino dell&apos;URL del back office del cliente</translation>
    </message>
    <message>
        <source>no back office URL is set</source>
        <translation>nessun URL del back office impostato</translation>
    </message>
    <message>
        <source>{host} is a reserved example name: it never resolves (a sample URL left in?)</source>
        <translation>{host} è un nome di esempio riservato: non viene mai risolto (è rimasto un URL di esempio?)</translation>
    </message>
    <message>
        <source>{host} does not resolve from this computer (check the spelling)</source>
        <translation>{host} non viene risolto da questo computer (ne controlli l&apos;ortografia)</translation>
    </message>
    <message>
        <source>{host} is {where}, but port {port} does not answer from this computer</source>
        <translation>{host} corrisponde a {where}, ma la porta {port} non risponde da questo computer</translation>
    </message>
    <message>
        <source>{host} is {where} and port {port} answers from this computer</source>
        <translation>{host} corrisponde a {where} e la porta {port} risponde da questo computer</translation>
    </message>
    <message>
        <source>Test the connection to the back office</source>
        <translation>Test della connessione al back office</translation>
    </message>
    <message>
        <source>Check reads the settings and the boot state and tries the URL from this computer. Test with this computer points the charger at a back office here for about a minute, then puts the customer&apos;s URL back.</source>
        <translation>«Verifica» legge le impostazioni e lo stato di avvio e prova l&apos;URL da questo computer. «Prova con questo computer» indirizza la stazione verso un back office su questo computer per circa un minuto, poi rimette l&apos;URL del cliente.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>&amp;Test with this computer…</source>
        <translation>&amp;Prova con questo computer…</translation>
    </message>
    <message>
        <source>Log in to a charger first.</source>
        <translation>Prima acceda a una stazione.</translation>
    </message>
    <message>
        <source>Testing the back office</source>
        <translation>Test del back office</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Verifica del back office…</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>Non è stato possibile eseguire la verifica: {error}</translation>
    </message>
    <message>
        <source>The charger reports that its back office accepted it.</source>
        <translation>La stazione riferisce che il suo back office l&apos;ha accettata.</translation>
    </message>
    <message>
        <source>The charger is not registered with a back office.</source>
        <translation>La stazione non è registrata presso un back office.</translation>
    </message>
    <message>
        <source>Passed: the charger reaches a back office, registers and reports.</source>
        <translation>Superato: la stazione raggiunge un back office, si registra e comunica il suo stato.</translation>
    </message>
    <message>
        <source>Failed: see the lines below.</source>
        <translation>Non superato: veda le righe qui sotto.</translation>
    </message>
    <message>
        <source>Back office URL: {words}</source>
        <translation>URL del back office: {words}</translation>
    </message>
    <message>
        <source>Saved for the report.</source>
        <translation>Salvato per il rapporto.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Trusted until now</source>
        <translation>Attendibile finora</translation>
    </message>
    <message>
        <source>Presented now</source>
        <translation>Presentato ora</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint; select it to copy</source>
        <translation>Impronta SHA-256; la selezioni per copiarla</translation>
    </message>
    <message>
        <source>This happens after a firmware update or when the charger&apos;s board was replaced. It can also mean that another device now answers at this address. Accept the new certificate only if you know why it changed.</source>
        <translation>Succede dopo un aggiornamento del firmware o quando la scheda della stazione è stata sostituita. Può anche significare che a questo indirizzo ora risponde un altro dispositivo. Accetti il nuovo certificato solo se sa perché è cambiato.</translation>
    </message>
    <message>
        <source>I know why the certificate &amp;changed</source>
        <translation>So perché il certificato è &amp;cambiato</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Accetta il &amp;nuovo certificato</translation>
    </message>
    <message>
        <source>&amp;Keep the old one</source>
        <translation>&amp;Mantieni quello vecchio</translation>
    </message>
    <message>
        <source>The certificate of charger {serial} has changed.</source>
        <translation>Il certificato della stazione {serial} è cambiato.</translation>
    </message>
</context>
<context>
    <name>ChargeModePage</name>
    <message>
        <source>Charge mode: one phase or three phases, as the charger is wired. Installation voltage: 230 V for a supply on one phase, 400 V for a supply on three phases.</source>
        <translation>Modalità di ricarica: monofase o trifase, secondo il cablaggio della stazione. Tensione dell&apos;impianto: 230 V per un&apos;alimentazione monofase, 400 V per un&apos;alimentazione trifase.</translation>
    </message>
</context>
<context>
    <name>ChargerDirectory</name>
    <message>
        <source>the {brand} phone app</source>
        <translation>l’app {brand}</translation>
    </message>
    <message>
        <source>Seen over Bluetooth only. Set its Wi-Fi from {app} over Bluetooth, or connect its Ethernet; once it is on the LAN it joins this row.</source>
        <translation>Vista solo via Bluetooth. Configuri il Wi-Fi con {app} via Bluetooth, oppure colleghi l’Ethernet; appena la stazione è sulla rete locale, compare in questa riga.</translation>
    </message>
    <message>
        <source>the vendor&apos;s phone app</source>
        <translation>l’app del produttore</translation>
    </message>
    <message>
        <source>Asking {address} who it is…</source>
        <translation>Identificazione di {address}…</translation>
    </message>
    <message>
        <source>Adding {address}</source>
        <translation>Aggiunta di {address}</translation>
    </message>
</context>
<context>
    <name>ChargerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N. di serie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connessa</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connessa</translation>
    </message>
    <message>
        <source>{state} (not seen lately)</source>
        <translation>{state} (non vista di recente)</translation>
    </message>
    <message>
        <source>Not seen by discovery lately: it may be off or out of reach.</source>
        <translation>Il rilevamento non l&apos;ha vista di recente: potrebbe essere spenta o fuori portata.</translation>
    </message>
    <message>
        <source>Reachable over: {links}</source>
        <translation>Raggiungibile tramite: {links}</translation>
    </message>
</context>
<context>
    <name>ChargerListPanel</name>
    <message>
        <source>Search name, serial, model, address…</source>
        <translation>Cerca nome, n. di serie, modello, indirizzo…</translation>
    </message>
    <message>
        <source>Search chargers</source>
        <translation>Cerca stazioni</translation>
    </message>
    <message>
        <source>IP address or host, e.g. 192.168.1.20</source>
        <translation>Indirizzo IP o nome host, es. 192.168.1.20</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Indirizzo della stazione</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>Aggiungi per &amp;indirizzo</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Stazioni di ricarica</translation>
    </message>
    <message>
        <source>Type the charger&apos;s IP address or host name first.</source>
        <translation>Digiti prima l&apos;indirizzo IP o il nome host della stazione.</translation>
    </message>
    <message>
        <source>No charger answered there: {error}</source>
        <translation>Nessuna stazione ha risposto a questo indirizzo: {error}</translation>
    </message>
</context>
<context>
    <name>ChargerPicker</name>
    <message>
        <source>Chargers in the report</source>
        <translation>Stazioni nel rapporto</translation>
    </message>
</context>
<context>
    <name>ClockNamePanel</name>
    <message>
        <source>Clock and name</source>
        <translation>Orologio e nome</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Nome della stazione</translation>
    </message>
    <message>
        <source>Charger&apos;s clock:</source>
        <translation>Orologio della stazione:</translation>
    </message>
    <message>
        <source>Laptop (UTC):</source>
        <translation>Portatile (UTC):</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Differenza:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leggi</translation>
    </message>
    <message>
        <source>Set to the &amp;laptop&apos;s time</source>
        <translation>Imposta l&apos;ora del &amp;portatile</translation>
    </message>
    <message>
        <source>Change the &amp;name</source>
        <translation>Cambia il &amp;nome</translation>
    </message>
    <message>
        <source>Roll back the last clock or name change</source>
        <translation>Ripristina l&apos;ultima modifica dell&apos;orologio o del nome</translation>
    </message>
    <message>
        <source>This charger keeps its own clock and name: this program cannot set them.</source>
        <translation>Questa stazione gestisce da sé orologio e nome: questo programma non può impostarli.</translation>
    </message>
    <message>
        <source>in step with the laptop (within half a second)</source>
        <translation>allineato al portatile (entro mezzo secondo)</translation>
    </message>
    <message>
        <source>{amount} ahead of the laptop</source>
        <translation>{amount} avanti rispetto al portatile</translation>
    </message>
    <message>
        <source>{amount} behind the laptop</source>
        <translation>{amount} indietro rispetto al portatile</translation>
    </message>
    <message>
        <source>Setting the clock</source>
        <translation>Impostazione dell&apos;orologio</translation>
    </message>
    <message>
        <source>Changing the name</source>
        <translation>Modifica del nome</translation>
    </message>
    <message>
        <source>Rolling back the last change</source>
        <translation>Ripristino dell&apos;ultima modifica</translation>
    </message>
    <message>
        <source>{what}: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>{what}: {outcome}. È registrato nel giornale e può essere ripristinato.</translation>
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
        <translation>– {n}/{m} {step}: saltato, non necessario</translation>
    </message>
    <message>
        <source>– {n}/{m} {step}: skipped, nothing to do</source>
        <translation>– {n}/{m} {step}: saltato, niente da fare</translation>
    </message>
    <message>
        <source>✔ {n}/{m} {step}</source>
        <translation>✔ {n}/{m} {step}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {step}</source>
        <translation>Passo {n} di {m}: {step}</translation>
    </message>
</context>
<context>
    <name>CommissioningService</name>
    <message>
        <source>Reading the settings as found…</source>
        <translation>Lettura delle impostazioni iniziali…</translation>
    </message>
    <message>
        <source>Reading {key} as found</source>
        <translation>Lettura dello stato iniziale di {key}</translation>
    </message>
    <message>
        <source>Comparing the plan with the charger…</source>
        <translation>Confronto del piano con la stazione…</translation>
    </message>
    <message>
        <source>Previewing the changes</source>
        <translation>Anteprima delle modifiche</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Applicazione del piano</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run on {key}</source>
        <translation>Ripristino dell&apos;esecuzione interrotta su {key}</translation>
    </message>
    <message>
        <source>Resuming the interrupted run on {key}</source>
        <translation>Ripresa dell&apos;esecuzione interrotta su {key}</translation>
    </message>
    <message>
        <source>Waiting for the charger to restart…</source>
        <translation>Attesa del riavvio della stazione…</translation>
    </message>
    <message>
        <source>Reading the settings as left…</source>
        <translation>Lettura delle impostazioni finali…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Completato.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applicazione…</translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation>Passo {n} di {m}</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Read &amp;as found</source>
        <translation>&amp;Leggi lo stato iniziale</translation>
    </message>
    <message>
        <source>&amp;Undo all changes</source>
        <translation>Annulla tutte le &amp;modifiche</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>Sorgente dati ALB</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connettività</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Limiti di corrente</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Modalità di ricarica</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Controllo dinamico della potenza</translation>
    </message>
    <message>
        <source>Lock and LEDs</source>
        <translation>Blocco e LED</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Select a charger in the list.</source>
        <translation>Selezioni una stazione nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Log in to {key} to commission it.</source>
        <translation>Acceda a {key} per metterla in servizio.</translation>
    </message>
    <message>
        <source>Reading {key} as found…</source>
        <translation>Lettura dello stato iniziale di {key}…</translation>
    </message>
    <message>
        <source>{key}: settings as found read; change what the job needs.</source>
        <translation>{key}: impostazioni iniziali lette; modifichi ciò che serve per l&apos;intervento.</translation>
    </message>
    <message>
        <source>{key}: plan &apos;{name}&apos; loaded; check it on the pages, then apply.</source>
        <translation>{key}: piano «{name}» caricato; lo verifichi nelle pagine, poi lo applichi.</translation>
    </message>
    <message>
        <source>from socket {n}</source>
        <translation>dalla presa {n}</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificata</translation>
    </message>
    <message>
        <source>{key}: phase mapping {mapping} {where} is in the plan; apply it on Review.</source>
        <translation>{key}: l&apos;assegnazione delle fasi {mapping} {where} è nel piano; la applichi in Verifica.</translation>
    </message>
    <message>
        <source>Applying the licence key and the plan</source>
        <translation>Applicazione della chiave di licenza e del piano</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Applicazione del piano</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run</source>
        <translation>Ripristino dell&apos;esecuzione interrotta</translation>
    </message>
    <message>
        <source>Resuming the interrupted run</source>
        <translation>Ripresa dell&apos;esecuzione interrotta</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The key unlocked: {features}</source>
        <translation>La chiave ha sbloccato: {features}</translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>The charger registers with the back office by its ChargePointModel; a back office other than the vendor&apos;s must know that model. A new URL or identity takes effect after the reboot that applying does.</source>
        <translation>La stazione si registra presso il back office con il suo ChargePointModel; un back office diverso da quello del produttore deve conoscere quel modello. Un nuovo URL o una nuova identità hanno effetto dopo il riavvio eseguito dall&apos;applicazione del piano.</translation>
    </message>
    <message>
        <source>not registered: no boot notification accepted yet (no back office set, or not reached)</source>
        <translation>non registrata: nessuna notifica di avvio ancora accettata (back office non impostato o non raggiunto)</translation>
    </message>
    <message>
        <source>pending: the back office has not accepted the charger yet</source>
        <translation>in attesa: il back office non ha ancora accettato la stazione</translation>
    </message>
    <message>
        <source>accepted: the charger is registered with the back office</source>
        <translation>accettata: la stazione è registrata presso il back office</translation>
    </message>
    <message>
        <source>rejected: the back office refused the charger (check the charge-box identity)</source>
        <translation>rifiutata: il back office ha rifiutato la stazione (verifichi l&apos;identità della stazione)</translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation>sconosciuto (non letto)</translation>
    </message>
    <message>
        <source>code {code}, not one the tool knows</source>
        <translation>codice {code}, sconosciuto al programma</translation>
    </message>
    <message>
        <source>OCPP boot notification: {state}</source>
        <translation>Notifica di avvio OCPP: {state}</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} — {description} (article {article})</source>
        <translation>ChargePointModel: {model} — {description} (articolo {article})</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} (not in the vendor&apos;s NG910 table; ask the back office which model to register)</source>
        <translation>ChargePointModel: {model} (assente dalla tabella NG910 del produttore; chieda al back office quale modello registrare)</translation>
    </message>
    <message>
        <source>ChargePointModel: unknown (not read)</source>
        <translation>ChargePointModel: sconosciuto (non letto)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>Read the records a&amp;gain</source>
        <translation>Rileggi le registra&amp;zioni</translation>
    </message>
    <message>
        <source>Read the journals and test results of the data folder again</source>
        <translation>Rileggi i giornali e i risultati dei test dalla cartella dei dati</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Cosa manca ancora al rapporto</translation>
    </message>
    <message>
        <source>What the report holds per charger</source>
        <translation>Contenuto del rapporto per stazione</translation>
    </message>
    <message>
        <source>Chargers of the visit</source>
        <translation>Stazioni della visita</translation>
    </message>
    <message>
        <source>Their settings runs and test results are read from the data folder, from the date of the visit on.</source>
        <translation>Le loro esecuzioni delle impostazioni e i risultati dei test vengono letti dalla cartella dei dati, a partire dalla data della visita.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mancante</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>Contenuto del rapporto</translation>
    </message>
    <message>
        <source>Tick the chargers of the visit on the left; the report holds theirs.</source>
        <translation>Spunti a sinistra le stazioni della visita; il rapporto contiene i loro dati.</translation>
    </message>
</context>
<context>
    <name>ContractedPowerCalculator</name>
    <message>
        <source>Current from the contracted power</source>
        <translation>Corrente dalla potenza contrattuale</translation>
    </message>
    <message>
        <source>type the contracted power</source>
        <translation>digiti la potenza contrattuale</translation>
    </message>
    <message>
        <source>Three phases (400 V)</source>
        <translation>Trifase (400 V)</translation>
    </message>
    <message>
        <source>One phase (230 V)</source>
        <translation>Monofase (230 V)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>&amp;Use as station maximum current</source>
        <translation>&amp;Usa come corrente massima della stazione</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potenza contrattuale</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <source>cos φ (three phases)</source>
        <translation>cos φ (trifase)</translation>
    </message>
    <message>
        <source>Wiring carries at most</source>
        <translation>Portata massima del cablaggio</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
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
        <translation>arrotondata per difetto all&apos;ampere intero</translation>
    </message>
    <message>
        <source>raised to the 6 A a charger needs at least</source>
        <translation>alzata ai 6 A minimi richiesti da una stazione</translation>
    </message>
    <message>
        <source>cut to the 32 A a charger takes at most</source>
        <translation>ridotta ai 32 A massimi accettati da una stazione</translation>
    </message>
    <message>
        <source>cut to what the wiring carries</source>
        <translation>ridotta alla portata del cablaggio</translation>
    </message>
    <message>
        <source>Set {amps} ({why}).</source>
        <translation>Imposti {amps} ({why}).</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect:
{what}</source>
        <translation>Si è verificato un errore che il programma non prevedeva:
{what}</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send it with a note of what you were doing. You can keep working; if something looks wrong, restart.</source>
        <translation>I dettagli sono nel file di log:
{path}
Lo invii con una nota su ciò che stava facendo. Può continuare a lavorare; se qualcosa non sembra corretto, riavvii il programma.</translation>
    </message>
</context>
<context>
    <name>CurrentLimitsPage</name>
    <message>
        <source>Charging current</source>
        <translation>Corrente di ricarica</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Corrente minima</translation>
    </message>
    <message>
        <source>The station maximum is the most the charger ever gives; the charging current is what it offers a car; dynamic power control never goes below the minimum.</source>
        <translation>Il massimo della stazione è la corrente più alta che la stazione eroga; la corrente di ricarica è quella che offre a un&apos;auto; il controllo dinamico della potenza non scende mai sotto il minimo.</translation>
    </message>
</context>
<context>
    <name>CurrentsPlot</name>
    <message>
        <source>Current</source>
        <translation>Corrente</translation>
    </message>
    <message>
        <source>Time since monitoring started</source>
        <translation>Tempo dall&apos;inizio del monitoraggio</translation>
    </message>
    <message>
        <source>max. meter current</source>
        <translation>corrente max. contatore</translation>
    </message>
    <message>
        <source>socket limit in force</source>
        <translation>limite presa in vigore</translation>
    </message>
    <message>
        <source>safe current</source>
        <translation>corrente di sicurezza</translation>
    </message>
    <message>
        <source>meter L{p}</source>
        <translation>contatore L{p}</translation>
    </message>
    <message>
        <source>charger L{p}</source>
        <translation>stazione L{p}</translation>
    </message>
    <message>
        <source>socket {s} L{p}</source>
        <translation>presa {s} L{p}</translation>
    </message>
    <message>
        <source>sockets 1–{n} L{p}</source>
        <translation>prese 1–{n} L{p}</translation>
    </message>
    <message>
        <source>charging current set</source>
        <translation>corrente di ricarica impostata</translation>
    </message>
    <message>
        <source>minimum current</source>
        <translation>corrente minima</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potenza</translation>
    </message>
    <message>
        <source>house power (CT clamp)</source>
        <translation>potenza della casa (pinza CT)</translation>
    </message>
    <message>
        <source>grid power (house + EV)</source>
        <translation>potenza di rete (casa + VE)</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>potenza contrattuale</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Another client holds the session</source>
        <translation>Un altro client occupa la sessione</translation>
    </message>
    <message>
        <source>Release the other client</source>
        <translation>Libera l&apos;altro client</translation>
    </message>
    <message>
        <source>Drop every connection</source>
        <translation>Interrompi tutte le connessioni</translation>
    </message>
    <message>
        <source>Slow replies (8 s)</source>
        <translation>Risposte lente (8 s)</translation>
    </message>
    <message>
        <source>Normal replies</source>
        <translation>Risposte normali</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>New TLS certificate</source>
        <translation>Nuovo certificato TLS</translation>
    </message>
    <message>
        <source>Grid meter goes silent</source>
        <translation>Il contatore di rete tace</translation>
    </message>
    <message>
        <source>Grid meter answers again</source>
        <translation>Il contatore di rete risponde di nuovo</translation>
    </message>
    <message>
        <source>Grid meter sign inverted</source>
        <translation>Segno del contatore di rete invertito</translation>
    </message>
    <message>
        <source>Grid meter sign right</source>
        <translation>Segno del contatore di rete corretto</translation>
    </message>
    <message>
        <source>Slow replies (5 s)</source>
        <translation>Risposte lente (5 s)</translation>
    </message>
    <message>
        <source>Refuse the next setting change</source>
        <translation>Rifiuta la prossima modifica di impostazione</translation>
    </message>
    <message>
        <source>Current of phase 1 under a misspelt name</source>
        <translation>Corrente della fase 1 con un nome errato</translation>
    </message>
    <message>
        <source>Current of phase 1 under its right name</source>
        <translation>Corrente della fase 1 con il nome corretto</translation>
    </message>
    <message>
        <source>Replies with a missing comma</source>
        <translation>Risposte con una virgola mancante</translation>
    </message>
    <message>
        <source>Well-formed replies</source>
        <translation>Risposte ben formate</translation>
    </message>
    <message>
        <source>Contracted power stuck at 4.6 kW</source>
        <translation>Potenza contrattuale bloccata a 4,6 kW</translation>
    </message>
    <message>
        <source>Contracted power follows changes</source>
        <translation>La potenza contrattuale segue le modifiche</translation>
    </message>
    <message>
        <source>Installation voltage reads 298 V</source>
        <translation>Tensione dell&apos;impianto letta a 298 V</translation>
    </message>
    <message>
        <source>Installation voltage reads right</source>
        <translation>Tensione dell&apos;impianto letta correttamente</translation>
    </message>
    <message>
        <source>{serial} socket {socket}</source>
        <translation>{serial} presa {socket}</translation>
    </message>
    <message>
        <source>{serial} (Trydan)</source>
        <translation>{serial} (Trydan)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veicoli</translation>
    </message>
    <message>
        <source>Charger and socket</source>
        <translation>Stazione e presa</translation>
    </message>
    <message>
        <source>3-phase EV</source>
        <translation>VE trifase</translation>
    </message>
    <message>
        <source>1-phase EV</source>
        <translation>VE monofase</translation>
    </message>
    <message>
        <source>&amp;Plug in</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation>&amp;Scollega</translation>
    </message>
    <message>
        <source>True wiring of the socket</source>
        <translation>Cablaggio reale della presa</translation>
    </message>
    <message>
        <source>How the socket is really wired; choose another order to miswire it.</source>
        <translation>Come è realmente cablata la presa; scelga un altro ordine per cablarla in modo errato.</translation>
    </message>
    <message>
        <source>Re&amp;wire</source>
        <translation>&amp;Ricabla</translation>
    </message>
    <message>
        <source>Wired as</source>
        <translation>Cablata come</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Carichi</translation>
    </message>
    <message>
        <source>&amp;Household loads on</source>
        <translation>Carichi &amp;domestici accesi</translation>
    </message>
    <message>
        <source>Hair dryer phase</source>
        <translation>Fase dell&apos;asciugacapelli</translation>
    </message>
    <message>
        <source>Hair &amp;dryer 9 A on</source>
        <translation>&amp;Asciugacapelli 9 A acceso</translation>
    </message>
    <message>
        <source>Type these on the ALB data source page.</source>
        <translation>Li digiti nella pagina Sorgente dati ALB.</translation>
    </message>
    <message>
        <source>Grid meter</source>
        <translation>Contatore di rete</translation>
    </message>
    <message>
        <source>Faults and licences</source>
        <translation>Guasti e licenze</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Guasto</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Provoca</translation>
    </message>
    <message>
        <source>Licence to buy</source>
        <translation>Licenza da acquistare</translation>
    </message>
    <message>
        <source>&amp;Buy key</source>
        <translation>Ac&amp;quista la chiave</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Chiave di licenza</translation>
    </message>
    <message>
        <source>Licence key: type it on the Licences page</source>
        <translation>Chiave di licenza: la digiti nella pagina Licenze</translation>
    </message>
    <message>
        <source>{serial} socket {socket}: {phases}-phase EV, {amps}</source>
        <translation>{serial} presa {socket}: VE a {phases} fasi, {amps}</translation>
    </message>
    <message>
        <source>{serial}: {phases}-phase EV, {amps}</source>
        <translation>{serial}: VE a {phases} fasi, {amps}</translation>
    </message>
    <message>
        <source>No EV plugged in.</source>
        <translation>Nessun VE collegato.</translation>
    </message>
    <message>
        <source>Grid: {currents} A</source>
        <translation>Rete: {currents} A</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Plugging a {phases}-phase EV into {serial} socket {socket}</source>
        <translation>Collegamento di un VE a {phases} fasi a {serial} presa {socket}</translation>
    </message>
    <message>
        <source>Unplugging {serial} socket {socket}</source>
        <translation>Scollegamento di {serial} presa {socket}</translation>
    </message>
    <message>
        <source>Switching {name}</source>
        <translation>Commutazione di {name}</translation>
    </message>
    <message>
        <source>Switching the hair dryer</source>
        <translation>Commutazione dell&apos;asciugacapelli</translation>
    </message>
    <message>
        <source>Wiring {serial} socket {socket} as {mapping}</source>
        <translation>Cablaggio di {serial} presa {socket} come {mapping}</translation>
    </message>
    <message>
        <source>Buying a licence key for {serial}</source>
        <translation>Acquisto di una chiave di licenza per {serial}</translation>
    </message>
    <message>
        <source>Starting the energy manager of {serial}</source>
        <translation>Avvio del gestore dell&apos;energia di {serial}</translation>
    </message>
    <message>
        <source>The energy manager of {serial} goes quiet</source>
        <translation>Il gestore dell&apos;energia di {serial} tace</translation>
    </message>
    <message>
        <source>The energy manager of {serial} speaks again</source>
        <translation>Il gestore dell&apos;energia di {serial} riprende a comunicare</translation>
    </message>
    <message>
        <source>Switching off the energy manager of {serial}</source>
        <translation>Spegnimento del gestore dell&apos;energia di {serial}</translation>
    </message>
    <message>
        <source>Injecting &apos;{kind}&apos; on {serial}</source>
        <translation>Guasto «{kind}» su {serial}</translation>
    </message>
</context>
<context>
    <name>DynamicPowerPage</name>
    <message>
        <source>Dynamic power control: the charger reads the house&apos;s power with its own clamp and lowers its current so that the house stays under the contracted power. Pause when modulating: stop charging instead of keeping the minimum current when there is not enough power left.</source>
        <translation>Controllo dinamico della potenza: la stazione legge la potenza della casa con la propria pinza e riduce la sua corrente affinché la casa resti sotto la potenza contrattuale. Pausa durante la modulazione: interrompe la ricarica invece di mantenere la corrente minima quando la potenza residua non basta.</translation>
    </message>
</context>
<context>
    <name>EmsBox</name>
    <message>
        <source>Energy manager</source>
        <translation>Gestore dell&apos;energia</translation>
    </message>
    <message>
        <source>Charger steered by the energy manager</source>
        <translation>Stazione comandata dal gestore dell&apos;energia</translation>
    </message>
    <message>
        <source>What the energy manager sets</source>
        <translation>Cosa imposta il gestore dell&apos;energia</translation>
    </message>
    <message>
        <source>Socket current</source>
        <translation>Corrente della presa</translation>
    </message>
    <message>
        <source>Network current per phase</source>
        <translation>Corrente della rete per fase</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Valore impostato</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ogni</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Go &amp;quiet</source>
        <translation>&amp;Silenzio</translation>
    </message>
    <message>
        <source>Speak a&amp;gain</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>Spe&amp;gni</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Spento.</translation>
    </message>
    <message>
        <source>Writing {amps} every {period}.</source>
        <translation>Scrive {amps} ogni {period}.</translation>
    </message>
    <message>
        <source>Quiet: nothing written yet.</source>
        <translation>In silenzio: ancora nulla scritto.</translation>
    </message>
    <message>
        <source>Quiet: last setpoint {seconds} ago.</source>
        <translation>In silenzio: ultimo valore impostato {seconds} fa.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;Preview pages</source>
        <translation>Anteprima delle pa&amp;gine</translation>
    </message>
    <message>
        <source>&amp;Export PDF and JSON…</source>
        <translation>&amp;Esporta PDF e JSON…</translation>
    </message>
    <message>
        <source>Export the commissioning report</source>
        <translation>Esporta il rapporto di messa in servizio</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written: {why}</source>
        <translation>Non scritto: {why}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>(as found)</source>
        <translation>(iniziale)</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Settings backup and support</source>
        <translation>Backup delle impostazioni e assistenza</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Salva un &amp;backup…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Ripristina da un &amp;file…</translation>
    </message>
    <message>
        <source>Save a &amp;support bundle…</source>
        <translation>Salva un pacchetto per l&apos;a&amp;ssistenza…</translation>
    </message>
    <message>
        <source>Roll back the last restore</source>
        <translation>Annulla l&apos;ultimo ripristino</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>On the charger now</source>
        <translation>Ora sulla stazione</translation>
    </message>
    <message>
        <source>From the backup</source>
        <translation>Dal backup</translation>
    </message>
    <message>
        <source>&amp;Apply the restore</source>
        <translation>&amp;Applica il ripristino</translation>
    </message>
    <message>
        <source>Restore a settings backup</source>
        <translation>Ripristina un backup delle impostazioni</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Backup saved: {count} settings in {path}.</source>
        <translation>Backup salvato: {count} impostazioni in {path}.</translation>
    </message>
    <message>
        <source>Secrets are never saved ({count} left out).</source>
        <translation>I dati segreti non vengono mai salvati ({count} esclusi).</translation>
    </message>
    <message>
        <source>Support bundle saved (no passwords or keys in it): {path}</source>
        <translation>Pacchetto per l&apos;assistenza salvato (senza password né chiavi): {path}</translation>
    </message>
    <message>
        <source>Backup of {serial} ({model}, firmware {firmware}), taken {taken} UTC.</source>
        <translation>Backup di {serial} ({model}, firmware {firmware}), eseguito il {taken} UTC.</translation>
    </message>
    <message>
        <source>The charger already holds these settings: nothing to restore.</source>
        <translation>La stazione ha già queste impostazioni: niente da ripristinare.</translation>
    </message>
    <message>
        <source>Applying it restarts the charger.</source>
        <translation>L&apos;applicazione riavvia la stazione.</translation>
    </message>
    <message>
        <source>What is left aside:</source>
        <translation>Cosa viene tralasciato:</translation>
    </message>
    <message>
        <source>Restoring the settings</source>
        <translation>Ripristino delle impostazioni</translation>
    </message>
    <message>
        <source>Rolling back the restore</source>
        <translation>Annullamento del ripristino</translation>
    </message>
    <message>
        <source>Roll back of the restore: {outcome}.</source>
        <translation>Annullamento del ripristino: {outcome}.</translation>
    </message>
    <message>
        <source>Restore: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>Ripristino: {outcome}. È registrato nel giornale e può essere annullato.</translation>
    </message>
    <message>
        <source>Restore: {outcome}.</source>
        <translation>Ripristino: {outcome}.</translation>
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
        <translation>Stazioni da aggiornare</translation>
    </message>
    <message>
        <source>A greyed charger cannot be upgraded from here: use its maker&apos;s app.</source>
        <translation>Una stazione in grigio non può essere aggiornata da qui: usi l&apos;app del produttore.</translation>
    </message>
    <message>
        <source>No image chosen.</source>
        <translation>Nessuna immagine scelta.</translation>
    </message>
    <message>
        <source>C&amp;hoose an image file…</source>
        <translation>Scegli un file &amp;immagine…</translation>
    </message>
    <message>
        <source>Allow installing an older version (downgrade)</source>
        <translation>Consenti l&apos;installazione di una versione precedente (downgrade)</translation>
    </message>
    <message>
        <source>Chargers to upgrade (the selected one is ticked):</source>
        <translation>Stazioni da aggiornare (quella selezionata è spuntata):</translation>
    </message>
    <message>
        <source>New password (this upgrade crosses version 5)</source>
        <translation>Nuova password (questo aggiornamento supera la versione 5)</translation>
    </message>
    <message>
        <source>The charger needs a new unique password right after this upgrade. It is kept in the system keyring only.</source>
        <translation>Subito dopo questo aggiornamento la stazione richiede una nuova password univoca. Viene conservata solo nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nuova password:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ripeta:</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>A&amp;ggiorna…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>{charger}: only with its maker&apos;s app</source>
        <translation>{charger}: solo con l&apos;app del produttore</translation>
    </message>
    <message>
        <source>Choose a firmware image</source>
        <translation>Scelga un&apos;immagine firmware</translation>
    </message>
    <message>
        <source>Type the new password: at least 8 characters.</source>
        <translation>Digiti la nuova password: almeno 8 caratteri.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>Upgrading the firmware</source>
        <translation>Aggiornamento del firmware</translation>
    </message>
</context>
<context>
    <name>FirmwareReport</name>
    <message>
        <source>Every picked charger already runs this version.</source>
        <translation>Tutte le stazioni scelte hanno già questa versione.</translation>
    </message>
    <message>
        <source>The image can be sent to every picked charger.</source>
        <translation>L&apos;immagine può essere inviata a tutte le stazioni scelte.</translation>
    </message>
    <message>
        <source>Nothing will be sent until every line above is right.</source>
        <translation>Non verrà inviato nulla finché tutte le righe qui sopra non saranno corrette.</translation>
    </message>
    <message>
        <source>Image: {family} {kind}, version {version}, header checksum correct.</source>
        <translation>Immagine: {family} {kind}, versione {version}, checksum dell&apos;intestazione corretto.</translation>
    </message>
    <message>
        <source>✖ {name}: {problem}</source>
        <translation>✖ {name}: {problem}</translation>
    </message>
    <message>
        <source>✔ {name} already runs {version}: nothing will be sent.</source>
        <translation>✔ {name} ha già la versione {version}: non verrà inviato nulla.</translation>
    </message>
    <message>
        <source>✔ {name}: {before} → {after}</source>
        <translation>✔ {name}: {before} → {after}</translation>
    </message>
    <message>
        <source>(a downgrade, as you allowed)</source>
        <translation>(un downgrade, come da Lei consentito)</translation>
    </message>
    <message>
        <source>(crosses version 5: a new password is needed)</source>
        <translation>(supera la versione 5: serve una nuova password)</translation>
    </message>
    <message>
        <source>{name} now runs {version}.</source>
        <translation>{name} ora ha la versione {version}.</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Cosa fare: {hint}</translation>
    </message>
    <message>
        <source>All {count} chargers run {version}: a network can use them.</source>
        <translation>Tutte le {count} stazioni hanno la versione {version}: una rete può usarle.</translation>
    </message>
    <message>
        <source>⚠ The chargers run different versions; every member of a network needs the same: {versions}.</source>
        <translation>⚠ Le stazioni hanno versioni diverse; tutti i membri di una rete devono avere la stessa: {versions}.</translation>
    </message>
</context>
<context>
    <name>FirmwareRows</name>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>in attesa del proprio turno</translation>
    </message>
    <message>
        <source>uploading: {sent} of {total}</source>
        <translation>caricamento: {sent} di {total}</translation>
    </message>
    <message>
        <source>sent; the charger is still receiving it</source>
        <translation>inviato; la stazione lo sta ancora ricevendo</translation>
    </message>
    <message>
        <source>Status code {code}</source>
        <translation>Codice di stato {code}</translation>
    </message>
</context>
<context>
    <name>FirmwareService</name>
    <message>
        <source>Upgrading the firmware of {count} charger(s)</source>
        <translation>Aggiornamento del firmware di {count} stazione/i</translation>
    </message>
</context>
<context>
    <name>FirmwareWords</name>
    <message>
        <source>logging in</source>
        <translation>accesso</translation>
    </message>
    <message>
        <source>checking that no other upload runs</source>
        <translation>verifica che non sia in corso un altro caricamento</translation>
    </message>
    <message>
        <source>setting the clock</source>
        <translation>impostazione dell&apos;orologio</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>caricamento</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>installazione</translation>
    </message>
    <message>
        <source>making it permanent</source>
        <translation>conferma definitiva</translation>
    </message>
    <message>
        <source>reading the version</source>
        <translation>lettura della versione</translation>
    </message>
    <message>
        <source>setting the new password</source>
        <translation>impostazione della nuova password</translation>
    </message>
    <message>
        <source>✖ failed while logging in</source>
        <translation>✖ non riuscito durante l&apos;accesso</translation>
    </message>
    <message>
        <source>✖ not started: the check refused it</source>
        <translation>✖ non avviato: il controllo l&apos;ha rifiutato</translation>
    </message>
    <message>
        <source>✖ failed while setting the clock</source>
        <translation>✖ non riuscito durante l&apos;impostazione dell&apos;orologio</translation>
    </message>
    <message>
        <source>✖ failed while uploading</source>
        <translation>✖ non riuscito durante il caricamento</translation>
    </message>
    <message>
        <source>✖ failed while installing</source>
        <translation>✖ non riuscito durante l&apos;installazione</translation>
    </message>
    <message>
        <source>✖ failed while making it permanent</source>
        <translation>✖ non riuscito durante la conferma definitiva</translation>
    </message>
    <message>
        <source>✖ failed while reading the version</source>
        <translation>✖ non riuscito durante la lettura della versione</translation>
    </message>
    <message>
        <source>✖ the new password was refused</source>
        <translation>✖ la nuova password è stata rifiutata</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <source>erasing</source>
        <translation>cancellazione</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>cancellato</translation>
    </message>
    <message>
        <source>ready for the image</source>
        <translation>pronto per l&apos;immagine</translation>
    </message>
    <message>
        <source>receiving the image</source>
        <translation>ricezione dell&apos;immagine</translation>
    </message>
    <message>
        <source>image received</source>
        <translation>immagine ricevuta</translation>
    </message>
    <message>
        <source>image checked</source>
        <translation>immagine verificata</translation>
    </message>
    <message>
        <source>ready to install</source>
        <translation>pronto per l&apos;installazione</translation>
    </message>
    <message>
        <source>restarting into the new firmware</source>
        <translation>riavvio con il nuovo firmware</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installato</translation>
    </message>
    <message>
        <source>checking the image</source>
        <translation>verifica dell&apos;immagine</translation>
    </message>
    <message>
        <source>the image was refused</source>
        <translation>l&apos;immagine è stata rifiutata</translation>
    </message>
    <message>
        <source>the installation failed</source>
        <translation>l&apos;installazione non è riuscita</translation>
    </message>
    <message>
        <source>going back to the old firmware</source>
        <translation>ritorno al firmware precedente</translation>
    </message>
    <message>
        <source>back on the old firmware</source>
        <translation>di nuovo con il firmware precedente</translation>
    </message>
    <message>
        <source>core firmware</source>
        <translation>firmware principale</translation>
    </message>
    <message>
        <source>display package</source>
        <translation>pacchetto del display</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configurazione</translation>
    </message>
    <message>
        <source>✔ upgraded</source>
        <translation>✔ aggiornato</translation>
    </message>
    <message>
        <source>✔ already up to date: nothing sent</source>
        <translation>✔ già aggiornato: nulla inviato</translation>
    </message>
    <message>
        <source>⚠ installed, but it reports another version</source>
        <translation>⚠ installato, ma riporta un&apos;altra versione</translation>
    </message>
    <message>
        <source>✖ refused: nothing sent</source>
        <translation>✖ rifiutato: nulla inviato</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ non riuscito</translation>
    </message>
</context>
<context>
    <name>GuideBar</name>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Avanti ▶</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title}</source>
        <translation>Passo {n} di {m}: {title}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title} (not needed for this plan)</source>
        <translation>Passo {n} di {m}: {title} (non necessario per questo piano)</translation>
    </message>
</context>
<context>
    <name>HairDryerControl</name>
    <message>
        <source>Compare the meter with your clamp meter</source>
        <translation>Confronto del contatore con la pinza amperometrica</translation>
    </message>
    <message>
        <source>Test load and temporary maximum</source>
        <translation>Carico di prova e massimo temporaneo</translation>
    </message>
    <message>
        <source>Charging session</source>
        <translation>Sessione di ricarica</translation>
    </message>
    <message>
        <source>Test load on</source>
        <translation>Carico di prova acceso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>The EV&apos;s own current is read from the charger. Type what your clamp meter shows for the household WITHOUT the EV: clamp the house feed beside the charger&apos;s cable, or take the meter&apos;s reading minus the EV&apos;s current.</source>
        <translation>La corrente del VE stesso viene letta dalla stazione. Digiti ciò che la pinza amperometrica indica per l&apos;abitazione SENZA il VE: applichi la pinza alla linea di alimentazione dell&apos;abitazione accanto al cavo della stazione, oppure prenda la lettura del contatore meno la corrente del VE.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A). A temporary maximum meter current below household + test load is proposed; the real value is put back at the end, also on Cancel.</source>
        <translation>Digiti la corrente del carico di prova (un asciugacapelli da 2 kW assorbe circa 9 A). Viene proposta una corrente massima del contatore temporanea inferiore ad abitazione + carico di prova; il valore reale viene ripristinato alla fine, anche con Annulla.</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge on the socket; the charger first measures the voltage for about a minute.</source>
        <translation>Un VE (o un simulatore di veicolo) deve essere in carica sulla presa; la stazione misura prima la tensione per circa un minuto.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked; the charger should lower the EV&apos;s current within seconds.</source>
        <translation>Accenda il carico di prova quando richiesto; la stazione dovrebbe ridurre la corrente del VE entro pochi secondi.</translation>
    </message>
    <message>
        <source>House power from the charger&apos;s CT clamp</source>
        <translation>Potenza della casa dalla pinza CT della stazione</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Carico di prova</translation>
    </message>
    <message>
        <source>Charging session and temporary contracted power</source>
        <translation>Sessione di ricarica e potenza contrattuale temporanea</translation>
    </message>
    <message>
        <source>The charger&apos;s CT clamp measures the house without the EV; the test reads it for a few seconds.</source>
        <translation>La pinza CT della stazione misura la casa senza il VE; il test la legge per alcuni secondi.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A).</source>
        <translation>Digiti la corrente del carico di prova (un asciugacapelli da 2 kW assorbe circa 9 A).</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge. A temporary contracted power is then proposed so that the EV must come down when the load goes on; the real value is put back at the end, also on Cancel.</source>
        <translation>Un VE (o un simulatore di veicolo) deve essere in carica. Viene quindi proposta una potenza contrattuale temporanea, così che il VE debba ridursi quando il carico si accende; il valore reale viene ripristinato alla fine, anche con Annulla.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked, anywhere in the house; the charger should lower the EV&apos;s current within seconds so that house + EV stay within the contracted power.</source>
        <translation>Accenda il carico di prova quando richiesto, in un punto qualsiasi della casa; la stazione dovrebbe ridurre la corrente del VE entro pochi secondi affinché casa + VE restino entro la potenza contrattuale.</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Test asciugacapelli</translation>
    </message>
    <message>
        <source>&amp;Hair-dryer test…</source>
        <translation>Test &amp;asciugacapelli…</translation>
    </message>
    <message>
        <source>Checks that dynamic power control lowers the EV&apos;s current when a test load (a hair dryer, a kettle) raises the house power, so that house + EV stay within the contracted power.</source>
        <translation>Verifica che il controllo dinamico della potenza riduca la corrente del VE quando un carico di prova (un asciugacapelli, un bollitore) aumenta la potenza della casa, affinché casa + VE restino entro la potenza contrattuale.</translation>
    </message>
    <message>
        <source>Checks that active load balancing lowers the EV&apos;s current when a test load (a hair dryer, a kettle) pushes the installation over a temporary maximum.</source>
        <translation>Verifica che il bilanciamento dinamico del carico riduca la corrente del VE quando un carico di prova (un asciugacapelli, un bollitore) porta l&apos;impianto oltre un massimo temporaneo.</translation>
    </message>
    <message>
        <source>Show the recorded currents…</source>
        <translation>Mostra le correnti registrate…</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annulla il test</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Test asciugacapelli su {key}</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {step}</source>
        <translation>Passo {n} di {total}: {step}</translation>
    </message>
    <message>
        <source>(read from the charger: nothing to measure)</source>
        <translation>(valore letto dalla stazione: niente da misurare)</translation>
    </message>
    <message>
        <source>Test cancelled; the real contracted power is back.</source>
        <translation>Test annullato; la potenza contrattuale reale è stata ripristinata.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>SUPERATO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NON SUPERATO</translation>
    </message>
    <message>
        <source>Dynamic power control lowered the EV&apos;s current and kept house + EV within the contracted power.</source>
        <translation>Il controllo dinamico della potenza ha ridotto la corrente del VE e ha mantenuto casa + VE entro la potenza contrattuale.</translation>
    </message>
    <message>
        <source>Active load balancing reacts to the test load as it should.</source>
        <translation>Il bilanciamento dinamico del carico reagisce correttamente al carico di prova.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapporto salvato: {path}</translation>
    </message>
    <message>
        <source>Test stopped: {error}</source>
        <translation>Test interrotto: {error}</translation>
    </message>
    <message>
        <source>Test cancelled; the real maximum meter current is back.</source>
        <translation>Test annullato; è stata ripristinata la vera corrente massima del contatore.</translation>
    </message>
</context>
<context>
    <name>HairDryerTexts</name>
    <message>
        <source>Current of the test load (hair dryer, kettle), as on its label:</source>
        <translation>Corrente del carico di prova (asciugacapelli, bollitore), come indicata sulla targhetta:</translation>
    </message>
    <message>
        <source>Connect the EV (or a test box) and start a charging session, then press Continue. The charger first measures the voltage for about a minute.</source>
        <translation>Colleghi il VE (o un simulatore di veicolo) e avvii una sessione di ricarica, poi prema Continua. La stazione misura prima la tensione per circa un minuto.</translation>
    </message>
    <message>
        <source>Continue the hair-dryer test anyway?</source>
        <translation>Continuare comunque il test asciugacapelli?</translation>
    </message>
    <message>
        <source>The EV is charging.</source>
        <translation>Il VE è in carica.</translation>
    </message>
    <message>
        <source>Waiting for the EV to charge…</source>
        <translation>Attesa che il VE si metta in carica…</translation>
    </message>
    <message>
        <source>Recording the charger&apos;s reaction…</source>
        <translation>Registrazione della reazione della stazione…</translation>
    </message>
    <message>
        <source>Done: you can switch the test load off.</source>
        <translation>Fatto: può spegnere il carico di prova.</translation>
    </message>
    <message>
        <source>Reading the charger&apos;s settings…</source>
        <translation>Lettura delle impostazioni della stazione…</translation>
    </message>
    <message>
        <source>Plug the test load into any outlet of the house: the charger&apos;s CT clamp measures the whole house feed.</source>
        <translation>Colleghi il carico di prova a una qualsiasi presa della casa: la pinza CT della stazione misura l&apos;intera alimentazione della casa.</translation>
    </message>
    <message>
        <source>Clamp-meter reading of the household current on L{p}, WITHOUT the EV:</source>
        <translation>Lettura con pinza amperometrica della corrente dell&apos;abitazione su L{p}, SENZA il VE:</translation>
    </message>
    <message>
        <source>Plug the test load into an outlet on grid phase L{p}: the charger&apos;s L1 lands there by its phase mapping, so the EV always draws from it.</source>
        <translation>Colleghi il carico di prova a una presa di corrente sulla fase di rete L{p}: per l&apos;assegnazione delle fasi la L1 della stazione arriva lì, quindi il VE preleva sempre da quella fase.</translation>
    </message>
    <message>
        <source>For the test the contracted power is set to the value below (in W), so that the EV must come down when the test load goes on; the real value is put back afterwards. Accept it, or type another value.</source>
        <translation>Per il test la potenza contrattuale viene impostata al valore qui sotto (in W), così che il VE debba ridursi quando il carico di prova si accende; il valore reale viene ripristinato dopo. Lo accetti o digiti un altro valore.</translation>
    </message>
    <message>
        <source>For the test the maximum meter current is set to the value below, under household + test load (the real {real} is put back afterwards). Accept it, or type another value.</source>
        <translation>Per il test la corrente massima del contatore viene impostata al valore qui sotto, inferiore ad abitazione + carico di prova (il valore reale di {real} viene ripristinato dopo). Lo accetti o digiti un altro valore.</translation>
    </message>
    <message>
        <source>Switch the test load ({load}) on now, then press Continue.</source>
        <translation>Accenda ora il carico di prova ({load}), poi prema Continua.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Messa in servizio</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>Monitoraggio in tempo reale</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <source>Settings and files</source>
        <translation>Impostazioni e file</translation>
    </message>
    <message>
        <source>Commissioner user guide</source>
        <translation>Guida utente di Commissioner</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pagine della guida</translation>
    </message>
</context>
<context>
    <name>InterruptedBanner</name>
    <message>
        <source>Re&amp;sume it</source>
        <translation>Riprendi l&apos;&amp;esecuzione</translation>
    </message>
    <message>
        <source>Roll it back to as &amp;found</source>
        <translation>Ripri&amp;stina lo stato iniziale</translation>
    </message>
    <message>
        <source>⚠ A run of the plan &apos;{plan}&apos; stopped before it finished ({status}). Some settings may be half-applied.</source>
        <translation>⚠ Un&apos;esecuzione del piano «{plan}» si è interrotta prima della fine ({status}). Alcune impostazioni potrebbero essere applicate solo in parte.</translation>
    </message>
    <message>
        <source>Run {run}</source>
        <translation>Esecuzione {run}</translation>
    </message>
    <message>
        <source>({count} more after this one.)</source>
        <translation>(altre {count} dopo questa.)</translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>Licence key</source>
        <translation>Chiave di licenza</translation>
    </message>
    <message>
        <source>Paste the key as bought: spaces, dashes and lower case are fine. The charger reboots to take a new key.</source>
        <translation>Incolli la chiave così come acquistata: spazi, trattini e minuscole vanno bene. La stazione si riavvia per acquisire una nuova chiave.</translation>
    </message>
    <message>
        <source>Keep typing: a key has 24 hex digits.</source>
        <translation>Continui a digitare: una chiave ha 24 cifre esadecimali.</translation>
    </message>
    <message>
        <source>Key complete: {key}</source>
        <translation>Chiave completa: {key}</translation>
    </message>
    <message>
        <source>Features this charger has:</source>
        <translation>Funzioni di questa stazione:</translation>
    </message>
</context>
<context>
    <name>LockLedsPage</name>
    <message>
        <source>A locked charger starts no charge until it is unlocked. The brightness of each LED is 0 (off) to 100 %.</source>
        <translation>Una stazione bloccata non avvia alcuna ricarica finché non viene sbloccata. La luminosità di ogni LED va da 0 (spento) a 100 %.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Connect to {name}</source>
        <translation>Connessione a {name}</translation>
    </message>
    <message>
        <source>Log in to {name}</source>
        <translation>Accesso a {name}</translation>
    </message>
    <message>
        <source>Look-alike spellings</source>
        <translation>Grafie simili</translation>
    </message>
    <message>
        <source>&amp;Try this spelling</source>
        <translation>Prova questa &amp;grafia</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostra la password</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Nessun portachiavi di sistema: la password non verrà ricordata.</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Stazione:</translation>
    </message>
    <message>
        <source>This charger&apos;s local API has no password: the program connects at once. Anyone on this network can read and change its settings, so keep the charger on a network only the site uses.</source>
        <translation>L&apos;API locale di questa stazione non ha password: il programma si connette subito. Chiunque su questa rete può leggerne e modificarne le impostazioni, quindi tenga la stazione su una rete usata solo dal sito.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Type the password from the installer card.</source>
        <translation>Digiti la password riportata sulla scheda installatore.</translation>
    </message>
    <message>
        <source>The charger refused this password.</source>
        <translation>La stazione ha rifiutato questa password.</translation>
    </message>
    <message>
        <source>Check it against the installer card (user admin).</source>
        <translation>La verifichi sulla scheda installatore (utente admin).</translation>
    </message>
    <message>
        <source>The digit 1 and the letter l look alike on the card. These spellings swap them; double-click one to try it. Several wrong tries in a row can lock the account for a while.</source>
        <translation>Sulla scheda la cifra 1 e la lettera l si somigliano. Queste grafie le scambiano; faccia doppio clic su una per provarla. Diversi tentativi errati di seguito possono bloccare l&apos;account per un po&apos;.</translation>
    </message>
    <message>
        <source>close the MyEve app on your phone, or any other tool connected to it;</source>
        <translation>chiudere l&apos;app MyEve sul telefono o qualsiasi altro strumento collegato alla stazione;</translation>
    </message>
    <message>
        <source>wait about a minute for the other session to expire, then log in again;</source>
        <translation>attendere circa un minuto che l&apos;altra sessione scada, poi accedere di nuovo;</translation>
    </message>
    <message>
        <source>or switch the charger off and on again (this ends every session).</source>
        <translation>oppure spegnere e riaccendere la stazione (questo chiude tutte le sessioni).</translation>
    </message>
    <message>
        <source>Another client holds this charger&apos;s only session.</source>
        <translation>Un altro client occupa l&apos;unica sessione di questa stazione.</translation>
    </message>
    <message>
        <source>The charger talks to one client at a time. You can:</source>
        <translation>La stazione comunica con un solo client alla volta. Può:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>R&amp;iprova</translation>
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
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <source>&amp;Commissioning</source>
        <translation>&amp;Messa in servizio</translation>
    </message>
    <message>
        <source>Live &amp;monitoring</source>
        <translation>Monitoraggio in tempo &amp;reale</translation>
    </message>
    <message>
        <source>&amp;SCN</source>
        <translation>&amp;SCN</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>Ma&amp;nutenzione</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Rapp&amp;orto</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Sito dimostrativo</translation>
    </message>
    <message>
        <source>Chargers found: {count}</source>
        <translation>Stazioni trovate: {count}</translation>
    </message>
    <message>
        <source>logged in and polled: {count}</source>
        <translation>con accesso e interrogate: {count}</translation>
    </message>
    <message>
        <source>discovery running ({problem})</source>
        <translation>rilevamento in corso ({problem})</translation>
    </message>
    <message>
        <source>discovery running (mDNS and Bluetooth)</source>
        <translation>rilevamento in corso (mDNS e Bluetooth)</translation>
    </message>
    <message>
        <source>demo site running on 127.0.0.1</source>
        <translation>sito dimostrativo attivo su 127.0.0.1</translation>
    </message>
    <message>
        <source>The certificate of {key} changed: select it to decide.</source>
        <translation>Il certificato di {key} è cambiato: la selezioni per decidere.</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Nessun portachiavi di sistema: la password non verrà ricordata.</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Reading the clock and the name…</source>
        <translation>Lettura dell&apos;orologio e del nome…</translation>
    </message>
    <message>
        <source>Reading the clock</source>
        <translation>Lettura dell&apos;orologio</translation>
    </message>
    <message>
        <source>Rolling back {plan}</source>
        <translation>Ripristino di {plan}</translation>
    </message>
    <message>
        <source>Reading every setting…</source>
        <translation>Lettura di tutte le impostazioni…</translation>
    </message>
    <message>
        <source>Saving a settings backup</source>
        <translation>Salvataggio di un backup delle impostazioni</translation>
    </message>
    <message>
        <source>Comparing the backup with the charger…</source>
        <translation>Confronto del backup con la stazione…</translation>
    </message>
    <message>
        <source>Reading a settings backup</source>
        <translation>Lettura di un backup delle impostazioni</translation>
    </message>
    <message>
        <source>Saving a support bundle</source>
        <translation>Salvataggio di un pacchetto per l&apos;assistenza</translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Measurand</source>
        <translation>Grandezza</translation>
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
        <translation>Tipo di dato</translation>
    </message>
    <message>
        <source>Scale (10ⁿ)</source>
        <translation>Scala (10ⁿ)</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Mappa dei registri del contatore</translation>
    </message>
    <message>
        <source>Row {row} ({measurand}), {column}: {why}</source>
        <translation>Riga {row} ({measurand}), {column}: {why}</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Electrical measurements (from your tester)</source>
        <translation>Misure elettriche (dal Suo strumento di verifica)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurato</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Valore letto</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Where (circuit or charger)</source>
        <translation>Dove (circuito o stazione)</translation>
    </message>
    <message>
        <source>Where it was measured</source>
        <translation>Punto in cui è stata eseguita la misura</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>non è un numero</translation>
    </message>
</context>
<context>
    <name>MeterPage</name>
    <message>
        <source>Search meters (maker or model)</source>
        <translation>Cerca contatori (produttore o modello)</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>C&amp;ustom register map: edit the cells below</source>
        <translation>Mappa dei registri &amp;personalizzata: modifichi le celle qui sotto</translation>
    </message>
    <message>
        <source>Starts from the map shown (the chosen preset); type a register, data type or scale.</source>
        <translation>Parte dalla mappa mostrata (il preset scelto); digiti un registro, un tipo di dato o una scala.</translation>
    </message>
    <message>
        <source>Custom map, started from the one shown: double-click a cell to change it.</source>
        <translation>Mappa personalizzata, partita da quella mostrata: faccia doppio clic su una cella per modificarla.</translation>
    </message>
    <message>
        <source>Choose a preset in the list to leave the custom map.</source>
        <translation>Scelga un preset nell&apos;elenco per abbandonare la mappa personalizzata.</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Nessun problema in questa pagina.</translation>
    </message>
    <message>
        <source>The charger reads this meter over {protocol}.</source>
        <translation>La stazione legge questo contatore tramite {protocol}.</translation>
    </message>
    <message>
        <source>A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP (ALB data source page).</source>
        <translation>Un contatore Modbus viene usato quando il protocollo del contatore ALB è Modbus RTU o TCP (pagina Sorgente dati ALB).</translation>
    </message>
</context>
<context>
    <name>MeterPlacementDiagram</name>
    <message>
        <source>Where the meter sits</source>
        <translation>Posizione del contatore</translation>
    </message>
    <message>
        <source>The meter measures the house and the charger: EV included.</source>
        <translation>Il contatore misura l&apos;abitazione e la stazione: VE incluso.</translation>
    </message>
    <message>
        <source>The charger is fed before the meter: the meter sees the house only.</source>
        <translation>La stazione è alimentata a monte del contatore: il contatore vede solo l&apos;abitazione.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Abitazione</translation>
    </message>
</context>
<context>
    <name>MeterTestPanel</name>
    <message>
        <source>Test smart meter</source>
        <translation>Test del contatore intelligente</translation>
    </message>
    <message>
        <source>Reads the meter through the charger and directly from this computer (Modbus TCP at the meter IP address, port and unit id), and checks that the values make sense.</source>
        <translation>Legge il contatore tramite la stazione e direttamente da questo computer (Modbus TCP all&apos;indirizzo IP, alla porta e all&apos;ID unità del contatore) e verifica che i valori siano plausibili.</translation>
    </message>
    <message>
        <source>Site now: not known</source>
        <translation>Sito ora: sconosciuto</translation>
    </message>
    <message>
        <source>Site now: draws from the grid</source>
        <translation>Sito ora: preleva dalla rete</translation>
    </message>
    <message>
        <source>Site now: feeds into the grid</source>
        <translation>Sito ora: immette in rete</translation>
    </message>
    <message>
        <source>Lets the check tell a reversed meter from export.</source>
        <translation>Permette al controllo di distinguere un contatore invertito da un&apos;immissione.</translation>
    </message>
    <message>
        <source>Clamp A per phase: 10.2, 4.9, 2.1</source>
        <translation>Pinza A per fase: 10.2, 4.9, 2.1</translation>
    </message>
    <message>
        <source>Optional: currents measured with a clamp meter, to check scale and phases.</source>
        <translation>Facoltativo: correnti misurate con una pinza amperometrica, per verificare scala e fasi.</translation>
    </message>
    <message>
        <source>Serial port (TIC, RS-485)</source>
        <translation>Porta seriale (TIC, RS-485)</translation>
    </message>
    <message>
        <source>Only for a meter on a serial line. A TIC (Linky) meter: the serial port of the TIC dongle on this computer (/dev/ttyUSB0, COM3) or the address of a TIC gateway (host:port). A Modbus RTU meter: the serial port of the USB–RS-485 adapter on the meter&apos;s line.</source>
        <translation>Solo per un contatore su una linea seriale. Un contatore TIC (Linky): la porta seriale del dongle TIC su questo computer (/dev/ttyUSB0, COM3) o l&apos;indirizzo di un gateway TIC (host:porta). Un contatore Modbus RTU: la porta seriale dell&apos;adattatore USB–RS-485 sulla linea del contatore.</translation>
    </message>
    <message>
        <source>&amp;Test smart meter</source>
        <translation>Pro&amp;va il contatore intelligente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Charger (A)</source>
        <translation>Stazione (A)</translation>
    </message>
    <message>
        <source>ALB uses (A)</source>
        <translation>Usata da ALB (A)</translation>
    </message>
    <message>
        <source>Direct (A)</source>
        <translation>Diretta (A)</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Uguale?</translation>
    </message>
    <message>
        <source>The meter&apos;s currents as the charger reports them (5221).</source>
        <translation>Le correnti del contatore come le riporta la stazione (5221).</translation>
    </message>
    <message>
        <source>The currents ALB balances on (212F): negative while the site exports.</source>
        <translation>Le correnti su cui l&apos;ALB bilancia (212F): negative mentre il sito immette in rete.</translation>
    </message>
    <message>
        <source>The meter read from this computer with the preset or custom map.</source>
        <translation>Il contatore letto da questo computer con il preset o la mappa personalizzata.</translation>
    </message>
    <message>
        <source>Whether the charger and this computer read the same current.</source>
        <translation>Se la stazione e questo computer leggono la stessa corrente.</translation>
    </message>
    <message>
        <source>Meter currents per phase, both paths</source>
        <translation>Correnti del contatore per fase, da entrambi i percorsi</translation>
    </message>
    <message>
        <source>Clamp currents &apos;{text}&apos;: give amperes per phase, like 10.2, 4.9, 2.1.</source>
        <translation>Correnti a pinza «{text}»: indichi gli ampere per fase, ad es. 10.2, 4.9, 2.1.</translation>
    </message>
    <message>
        <source>Log in to a charger and read it first.</source>
        <translation>Prima acceda a una stazione e la legga.</translation>
    </message>
    <message>
        <source>Meter test cancelled.</source>
        <translation>Test del contatore annullato.</translation>
    </message>
    <message>
        <source>The charger did not report its meter: {why}</source>
        <translation>La stazione non ha riportato il suo contatore: {why}</translation>
    </message>
    <message>
        <source>Charger&apos;s Modbus meter link: {state}.</source>
        <translation>Collegamento Modbus della stazione con il contatore: {state}.</translation>
    </message>
    <message>
        <source>The meter cannot be reached directly from this computer: {why}</source>
        <translation>Il contatore non è raggiungibile direttamente da questo computer: {why}</translation>
    </message>
    <message>
        <source>Only the charger&apos;s view is shown.</source>
        <translation>Viene mostrata solo la lettura della stazione.</translation>
    </message>
    <message>
        <source>Read directly at {where}.</source>
        <translation>Letto direttamente su {where}.</translation>
    </message>
    <message>
        <source>The plan is not applied yet: the charger still uses its meter settings as found, while this computer read the meter with the plan&apos;s. Apply the plan, then test again.</source>
        <translation>Il piano non è ancora applicato: la stazione usa ancora le impostazioni iniziali del contatore, mentre questo computer ha letto il contatore con quelle del piano. Applichi il piano, poi ripeta il test.</translation>
    </message>
    <message>
        <source>The two paths disagree on {phases}: the charger&apos;s register map or address differs from what was read here.</source>
        <translation>I due percorsi non concordano su {phases}: la mappa dei registri o l&apos;indirizzo della stazione differisce da ciò che è stato letto qui.</translation>
    </message>
    <message>
        <source>Both paths read the same currents.</source>
        <translation>Entrambi i percorsi leggono le stesse correnti.</translation>
    </message>
    <message>
        <source>idle (no Modbus meter in use)</source>
        <translation>inattivo (nessun contatore Modbus in uso)</translation>
    </message>
    <message>
        <source>initialising (no answer from the meter yet)</source>
        <translation>inizializzazione (ancora nessuna risposta dal contatore)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>warning (the last poll failed)</source>
        <translation>avviso (l&apos;ultima lettura non è riuscita)</translation>
    </message>
    <message>
        <source>error (the meter is quiet or the settings are unusable)</source>
        <translation>errore (il contatore non risponde o le impostazioni non sono utilizzabili)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non riportato</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>codice {code}</translation>
    </message>
    <message>
        <source>The values read are not plausible with this preset.</source>
        <translation>Con questo preset i valori letti non sono plausibili.</translation>
    </message>
    <message>
        <source>The meter reads, but the preset needs a correction:</source>
        <translation>Il contatore risponde, ma il preset richiede una correzione:</translation>
    </message>
    <message>
        <source>The values read are plausible: the preset fits this meter.</source>
        <translation>I valori letti sono plausibili: il preset è adatto a questo contatore.</translation>
    </message>
    <message>
        <source>Proposed fix: {fix}.</source>
        <translation>Correzione proposta: {fix}.</translation>
    </message>
</context>
<context>
    <name>MeterTestService</name>
    <message>
        <source>Reading the meter through the charger…</source>
        <translation>Lettura del contatore tramite la stazione…</translation>
    </message>
    <message>
        <source>Reading the meter from this computer…</source>
        <translation>Lettura del contatore da questo computer…</translation>
    </message>
    <message>
        <source>Meter test done.</source>
        <translation>Test del contatore completato.</translation>
    </message>
    <message>
        <source>Testing the smart meter of {key}</source>
        <translation>Test del contatore intelligente di {key}</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>not in use (communication idle)</source>
        <translation>non in uso (comunicazione inattiva)</translation>
    </message>
    <message>
        <source>initialising</source>
        <translation>inizializzazione</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>errore</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Follow &amp;latest</source>
        <translation>Segui gli &amp;ultimi valori</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>&amp;Esporta la vista in CSV…</translation>
    </message>
    <message>
        <source>Voltages (charger)</source>
        <translation>Tensioni (stazione)</translation>
    </message>
    <message>
        <source>House / grid power</source>
        <translation>Potenza casa / rete</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potenza contrattuale</translation>
    </message>
    <message>
        <source>Charging power</source>
        <translation>Potenza di ricarica</translation>
    </message>
    <message>
        <source>Charging current set</source>
        <translation>Corrente di ricarica impostata</translation>
    </message>
    <message>
        <source>CT clamp link</source>
        <translation>Collegamento della pinza CT</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Controllo dinamico della potenza</translation>
    </message>
    <message>
        <source>on, never below {minimum}</source>
        <translation>attivo, mai sotto {minimum}</translation>
    </message>
    <message>
        <source>off: the contracted power is not kept</source>
        <translation>disattivo: la potenza contrattuale non è rispettata</translation>
    </message>
    <message>
        <source>Meter link code {code}</source>
        <translation>Codice del collegamento del misuratore {code}</translation>
    </message>
    <message>
        <source>limit {amps}</source>
        <translation>limite {amps}</translation>
    </message>
    <message>
        <source>Status flags 0x{flags:X}</source>
        <translation>Flag di stato 0x{flags:X}</translation>
    </message>
    <message>
        <source>Voltages (meter)</source>
        <translation>Tensioni (contatore)</translation>
    </message>
    <message>
        <source>Frequency (meter)</source>
        <translation>Frequenza (contatore)</translation>
    </message>
    <message>
        <source>Meter currents</source>
        <translation>Correnti del contatore</translation>
    </message>
    <message>
        <source>Power meter / socket</source>
        <translation>Potenza contatore / presa</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Modo 3</translation>
    </message>
    <message>
        <source>Limit in force</source>
        <translation>Limite in vigore</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Bilanciamento dinamico del carico</translation>
    </message>
    <message>
        <source>Meter link</source>
        <translation>Collegamento contatore</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Campionamento</translation>
    </message>
    <message>
        <source>Live currents of {key}</source>
        <translation>Correnti in tempo reale di {key}</translation>
    </message>
    <message>
        <source>Log in to a charger to see its live currents.</source>
        <translation>Acceda a una stazione per vederne le correnti in tempo reale.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>Link state code {code}</source>
        <translation>Codice di stato del collegamento {code}</translation>
    </message>
    <message>
        <source> — the charger does not answer</source>
        <translation> — la stazione non risponde</translation>
    </message>
    <message>
        <source>socket {n}: {state}</source>
        <translation>presa {n}: {state}</translation>
    </message>
    <message>
        <source>{polls} polls, {gaps} gaps</source>
        <translation>{polls} letture, {gaps} lacune</translation>
    </message>
    <message>
        <source>Export the visible window</source>
        <translation>Esporta la finestra visibile</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>One member reads the meter (active load balancing)</source>
        <translation>Un membro legge il contatore (bilanciamento dinamico del carico)</translation>
    </message>
    <message>
        <source>It keeps its ALB settings; the others need none.</source>
        <translation>Mantiene le sue impostazioni ALB; gli altri non ne hanno bisogno.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Grid total current</source>
        <translation>Corrente totale dell&apos;allacciamento</translation>
    </message>
    <message>
        <source>Total safe current</source>
        <translation>Corrente di sicurezza totale</translation>
    </message>
    <message>
        <source>Socket safe current</source>
        <translation>Corrente di sicurezza per presa</translation>
    </message>
    <message>
        <source>Station maximum</source>
        <translation>Massimo della stazione</translation>
    </message>
    <message>
        <source>Socket maximum</source>
        <translation>Massimo per presa</translation>
    </message>
    <message>
        <source>Alternating period</source>
        <translation>Periodo di alternanza</translation>
    </message>
    <message>
        <source>Meter-reading member</source>
        <translation>Membro che legge il contatore</translation>
    </message>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Nessun membro legge un contatore: la rete si ripartisce la corrente totale dell&apos;allacciamento, indipendentemente da quanto assorbe il resto dell&apos;edificio.</translation>
    </message>
    <message>
        <source>Read the members, then choose the one wired to the meter.</source>
        <translation>Legga i membri, poi scelga quello collegato al contatore.</translation>
    </message>
    <message>
        <source>{name} reads the meter and computes the current available to the whole network: the maximum meter current minus what the rest of the building draws.</source>
        <translation>{name} legge il contatore e calcola la corrente disponibile per l&apos;intera rete: la corrente massima del contatore meno quanto assorbe il resto dell&apos;edificio.</translation>
    </message>
</context>
<context>
    <name>OverviewControls</name>
    <message>
        <source>timed power on</source>
        <translation>potenza programmata attiva</translation>
    </message>
    <message>
        <source>timed power off</source>
        <translation>potenza programmata disattivata</translation>
    </message>
    <message>
        <source>minimum power, more when there is room</source>
        <translation>potenza minima, di più quando c&apos;è margine</translation>
    </message>
    <message>
        <source>solar power only</source>
        <translation>solo energia solare</translation>
    </message>
    <message>
        <source>grid and solar</source>
        <translation>rete e solare</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>ricarica arrestata</translation>
    </message>
    <message>
        <source>clamp reading normally</source>
        <translation>la pinza legge normalmente</translation>
    </message>
    <message>
        <source>waiting for the clamp</source>
        <translation>in attesa della pinza</translation>
    </message>
    <message>
        <source>clamp fault: check its cable</source>
        <translation>guasto della pinza: ne controlli il cavo</translation>
    </message>
    <message>
        <source>one-phase</source>
        <translation>monofase</translation>
    </message>
    <message>
        <source>three-phase</source>
        <translation>trifase</translation>
    </message>
    <message>
        <source>one- or three-phase</source>
        <translation>monofase o trifase</translation>
    </message>
    <message>
        <source>Charging settings</source>
        <translation>Impostazioni di ricarica</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Controllo dinamico della potenza</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Corrente minima</translation>
    </message>
    <message>
        <source>Maximum current</source>
        <translation>Corrente massima</translation>
    </message>
    <message>
        <source>Charging current set now</source>
        <translation>Corrente di ricarica impostata ora</translation>
    </message>
    <message>
        <source>Charging phases</source>
        <translation>Fasi di ricarica</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Tensione dell&apos;impianto</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <source>locked: nobody can charge</source>
        <translation>bloccata: nessuno può ricaricare</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>sbloccata</translation>
    </message>
    <message>
        <source>Charging paused</source>
        <translation>Ricarica in pausa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Light LED</source>
        <translation>LED di illuminazione</translation>
    </message>
    <message>
        <source>Logo LED</source>
        <translation>LED del logo</translation>
    </message>
    <message>
        <source>{power} (≈ {amps} per phase)</source>
        <translation>{power} (≈ {amps} per fase)</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>codice {code}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potenza contrattuale</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pausa durante la modulazione</translation>
    </message>
    <message>
        <source>Current clamp</source>
        <translation>Pinza amperometrica</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Rete Wi-Fi</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <source>Wi-Fi signal</source>
        <translation>Segnale Wi-Fi</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>livello {level}</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Indirizzo MAC</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Funzioni con licenza</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Prese</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Presa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Modo 3</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Limiti di corrente</translation>
    </message>
    <message>
        <source>Current L1 / L2 / L3</source>
        <translation>Corrente L1 / L2 / L3</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Socket 1</source>
        <translation>Presa 1</translation>
    </message>
    <message>
        <source>Socket 2</source>
        <translation>Presa 2</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Nessuna stazione selezionata</translation>
    </message>
    <message>
        <source>Pick a charger in the list, or add one by its address.</source>
        <translation>Scelga una stazione nell&apos;elenco o ne aggiunga una tramite il suo indirizzo.</translation>
    </message>
    <message>
        <source>Log in (user admin, password from the installer card) to read licences, socket states and current limits.</source>
        <translation>Acceda (utente admin, password dalla scheda installatore) per leggere licenze, stato delle prese e limiti di corrente.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome del dispositivo</translation>
    </message>
    <message>
        <source>Serial (Object ID)</source>
        <translation>N. di serie (Object ID)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Dis&amp;connetti</translation>
    </message>
    <message>
        <source>Connect (no password: its local API has none) to read its state, limits, dynamic power control and network.</source>
        <translation>Si connetta (senza password: la sua API locale non ne ha) per leggerne lo stato, i limiti, il controllo dinamico della potenza e la rete.</translation>
    </message>
    <message>
        <source>Charger ID</source>
        <translation>ID della stazione</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Installation phases</source>
        <translation>Fasi dell&apos;impianto</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Indirizzo MAC</translation>
    </message>
    <message>
        <source>Licence device id</source>
        <translation>ID dispositivo per la licenza</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>sbloccata</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Corrente massima della stazione</translation>
    </message>
    <message>
        <source>Maximum smart-meter current</source>
        <translation>Corrente massima del contatore intelligente</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Corrente di sicurezza ALB</translation>
    </message>
    <message>
        <source>Socket maximum current</source>
        <translation>Corrente massima della presa</translation>
    </message>
    <message>
        <source>External maximum (RAM)</source>
        <translation>Massimo esterno (RAM)</translation>
    </message>
    <message>
        <source>Static load-balancing limit</source>
        <translation>Limite del bilanciamento statico del carico</translation>
    </message>
    <message>
        <source>Active load-balancing limit</source>
        <translation>Limite del bilanciamento dinamico del carico</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>In vigore ora</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Checks of this page</source>
        <translation>Controlli di questa pagina</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Nessun problema in questa pagina.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Pagine del rapporto</translation>
    </message>
    <message>
        <source>Press Preview pages to see the pages of the report.</source>
        <translation>Prema Anteprima delle pagine per vedere le pagine del rapporto.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Pagina {number}</translation>
    </message>
    <message>
        <source>The report has no pages.</source>
        <translation>Il rapporto non ha pagine.</translation>
    </message>
</context>
<context>
    <name>PhaseIdControl</name>
    <message>
        <source>Phase identification</source>
        <translation>Identificazione delle fasi</translation>
    </message>
    <message>
        <source>&amp;Identify phases…</source>
        <translation>&amp;Identifica le fasi…</translation>
    </message>
    <message>
        <source>With an EV charging, steps the socket&apos;s current a few times and finds which grid phase each of the charger&apos;s phases lands on (a few minutes).</source>
        <translation>Con un VE in carica, varia più volte la corrente della presa e individua su quale fase di rete arriva ciascuna fase della stazione (alcuni minuti).</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annulla l&apos;identificazione</translation>
    </message>
    <message>
        <source>Phase identification started.</source>
        <translation>Identificazione delle fasi avviata.</translation>
    </message>
    <message>
        <source>Finished on {serial}, socket {socket}.</source>
        <translation>Completata su {serial}, presa {socket}.</translation>
    </message>
    <message>
        <source>Phase identification stopped: {error}</source>
        <translation>Identificazione delle fasi interrotta: {error}</translation>
    </message>
    <message>
        <source>&amp;Use this mapping</source>
        <translation>&amp;Usa questa assegnazione</translation>
    </message>
    <message>
        <source>Puts the proposed phase mapping into the commissioning plan of this charger.</source>
        <translation>Inserisce l&apos;assegnazione delle fasi proposta nel piano di messa in servizio di questa stazione.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Phase identification needs an EV charging: connect it and start a session, then press Continue.</source>
        <translation>L&apos;identificazione delle fasi richiede un VE in carica: lo colleghi e avvii una sessione, poi prema Continua.</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Identificazione delle fasi su {key}</translation>
    </message>
    <message>
        <source>Step {done} of {total}: the socket&apos;s current is stepped.</source>
        <translation>Passo {done} di {total}: la corrente della presa viene variata a gradini.</translation>
    </message>
    <message>
        <source>Phase identification cancelled; the socket&apos;s own maximum is back.</source>
        <translation>Identificazione delle fasi annullata; è stato ripristinato il massimo proprio della presa.</translation>
    </message>
    <message>
        <source>Phase mapping {mapping} put into the commissioning plan.</source>
        <translation>Assegnazione delle fasi {mapping} inserita nel piano di messa in servizio.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Nessuna risposta.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
    <message>
        <source>Proposed phase mapping: &lt;b&gt;{mapping}&lt;/b&gt;</source>
        <translation>Assegnazione delle fasi proposta: &lt;b&gt;{mapping}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still possible: {mappings}</source>
        <translation>Ancora possibili: {mappings}</translation>
    </message>
    <message>
        <source>Wiring fault: the charger is configured as {configured}, which this contradicts. Correct the wiring, or set the phase mapping in the Commissioning tab (Phases).</source>
        <translation>Errore di cablaggio: la stazione è configurata come {configured}, in contraddizione con questo risultato. Corregga il cablaggio o imposti l&apos;assegnazione delle fasi nella scheda Messa in servizio (Fasi).</translation>
    </message>
    <message>
        <source>This matches the configured mapping ({configured}).</source>
        <translation>Corrisponde all&apos;assegnazione configurata ({configured}).</translation>
    </message>
    <message>
        <source>charger L{k} → grid ?</source>
        <translation>stazione L{k} → rete ?</translation>
    </message>
    <message>
        <source>charger L{k} → grid L{g}</source>
        <translation>stazione L{k} → rete L{g}</translation>
    </message>
</context>
<context>
    <name>PhaseOrderDiagram</name>
    <message>
        <source>Supply-cable order</source>
        <translation>Ordine del cavo di alimentazione</translation>
    </message>
    <message>
        <source>No phase mapping set.</source>
        <translation>Nessuna assegnazione delle fasi impostata.</translation>
    </message>
    <message>
        <source>supply L{grid} → charger L{own}</source>
        <translation>alimentazione L{grid} → stazione L{own}</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>Phase mapping: which supply phase feeds the charger&apos;s L1, L2 and L3 (rotate the chargers of a site so single-phase cars spread over the phases).</source>
        <translation>Assegnazione delle fasi: quale fase di alimentazione arriva su L1, L2 e L3 della stazione (ruoti le stazioni di un sito in modo che le auto monofase si distribuiscano sulle fasi).</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>Aggiungi &amp;foto…</translation>
    </message>
    <message>
        <source>What the selected photo shows</source>
        <translation>Cosa mostra la foto selezionata</translation>
    </message>
    <message>
        <source>Caption, e.g. clamps point to the house</source>
        <translation>Didascalia, ad es. pinze orientate verso la casa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Photos of the report</source>
        <translation>Foto del rapporto</translation>
    </message>
    <message>
        <source>Add photos to the report</source>
        <translation>Aggiungi foto al rapporto</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>Non aggiunta: {why}</translation>
    </message>
    <message>
        <source>Not added: {why} (and {more} more)</source>
        <translation>Non aggiunte: {why} (e altre {more})</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} foto aggiunta/e.</translation>
    </message>
    <message>
        <source>{file} is damaged: it cannot be shown.</source>
        <translation>{file} è danneggiato: non può essere mostrato.</translation>
    </message>
    <message>
        <source>{file} could not be copied ({why}).</source>
        <translation>Impossibile copiare {file} ({why}).</translation>
    </message>
    <message>
        <source>Photos no longer found: {files}</source>
        <translation>Foto non più trovate: {files}</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Plan name</source>
        <translation>Nome del piano</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Indirizzo della stazione</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Chiave di licenza</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Corrente massima della stazione</translation>
    </message>
    <message>
        <source>Socket 1 maximum current</source>
        <translation>Corrente massima della presa 1</translation>
    </message>
    <message>
        <source>Socket 2 maximum current</source>
        <translation>Corrente massima della presa 2</translation>
    </message>
    <message>
        <source>Chameleon minimum current</source>
        <translation>Corrente minima Chameleon</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Assegnazione delle fasi</translation>
    </message>
    <message>
        <source>1/3-phase switching</source>
        <translation>Commutazione mono/trifase</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Modalità di ricarica</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Tensione dell&apos;impianto</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Bilanciamento dinamico del carico</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>Sorgente dati ALB</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Protocollo del contatore</translation>
    </message>
    <message>
        <source>Meter includes the charging EV</source>
        <translation>Il contatore include il VE in carica</translation>
    </message>
    <message>
        <source>Maximum meter current</source>
        <translation>Corrente massima del contatore</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Corrente di sicurezza ALB</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Nome della stazione</translation>
    </message>
    <message>
        <source>Set the clock from the laptop (UTC)</source>
        <translation>Imposta l&apos;orologio dal portatile (UTC)</translation>
    </message>
    <message>
        <source>P1 interface</source>
        <translation>Interfaccia P1</translation>
    </message>
    <message>
        <source>P1 server IP address</source>
        <translation>Indirizzo IP del server P1</translation>
    </message>
    <message>
        <source>P1 server port</source>
        <translation>Porta del server P1</translation>
    </message>
    <message>
        <source>Meter preset</source>
        <translation>Preset del contatore</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Mappa dei registri del contatore</translation>
    </message>
    <message>
        <source>Register map measurands</source>
        <translation>Grandezze della mappa dei registri</translation>
    </message>
    <message>
        <source>Register map registers</source>
        <translation>Registri della mappa dei registri</translation>
    </message>
    <message>
        <source>Register map data types</source>
        <translation>Tipi di dato della mappa dei registri</translation>
    </message>
    <message>
        <source>Register map scales</source>
        <translation>Scale della mappa dei registri</translation>
    </message>
    <message>
        <source>Word order</source>
        <translation>Ordine delle word</translation>
    </message>
    <message>
        <source>Function code</source>
        <translation>Codice funzione</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>ID unità del contatore</translation>
    </message>
    <message>
        <source>Meter IP address</source>
        <translation>Indirizzo IP del contatore</translation>
    </message>
    <message>
        <source>Meter TCP port</source>
        <translation>Porta TCP del contatore</translation>
    </message>
    <message>
        <source>RTU baud rate</source>
        <translation>Velocità RTU (baud)</translation>
    </message>
    <message>
        <source>RTU parity</source>
        <translation>Parità RTU</translation>
    </message>
    <message>
        <source>EMS mode</source>
        <translation>Modalità EMS</translation>
    </message>
    <message>
        <source>EMS validity time</source>
        <translation>Tempo di validità EMS</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Controllo dinamico della potenza</translation>
    </message>
    <message>
        <source>Dynamic power mode</source>
        <translation>Modalità della potenza dinamica</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Potenza contrattuale</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pausa durante la modulazione</translation>
    </message>
    <message>
        <source>Charger locked</source>
        <translation>Stazione bloccata</translation>
    </message>
    <message>
        <source>Light LED brightness</source>
        <translation>Luminosità del LED di illuminazione</translation>
    </message>
    <message>
        <source>Logo LED brightness</source>
        <translation>Luminosità del LED del logo</translation>
    </message>
    <message>
        <source>Back-office URL</source>
        <translation>URL del back office</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Identità della stazione (charge box)</translation>
    </message>
    <message>
        <source>SCN name</source>
        <translation>Nome SCN</translation>
    </message>
    <message>
        <source>SCN first socket ID</source>
        <translation>ID della prima presa SCN</translation>
    </message>
    <message>
        <source>SCN socket count</source>
        <translation>Numero di prese SCN</translation>
    </message>
    <message>
        <source>SCN sockets of this charger</source>
        <translation>Prese SCN di questa stazione</translation>
    </message>
    <message>
        <source>SCN phase mapping</source>
        <translation>Assegnazione delle fasi SCN</translation>
    </message>
    <message>
        <source>SCN total current</source>
        <translation>Corrente totale SCN</translation>
    </message>
    <message>
        <source>SCN socket safe current</source>
        <translation>Corrente di sicurezza per presa SCN</translation>
    </message>
    <message>
        <source>SCN total safe current</source>
        <translation>Corrente di sicurezza totale SCN</translation>
    </message>
    <message>
        <source>SCN alternating period</source>
        <translation>Periodo di alternanza SCN</translation>
    </message>
    <message>
        <source>SCN firmware</source>
        <translation>Firmware SCN</translation>
    </message>
    <message>
        <source>SCN subnet</source>
        <translation>Sottorete SCN</translation>
    </message>
    <message>
        <source>the ALB settings</source>
        <translation>le impostazioni ALB</translation>
    </message>
    <message>
        <source>the P1 settings</source>
        <translation>le impostazioni P1</translation>
    </message>
    <message>
        <source>the meter settings</source>
        <translation>le impostazioni del contatore</translation>
    </message>
    <message>
        <source>the meter register map</source>
        <translation>la mappa dei registri del contatore</translation>
    </message>
    <message>
        <source>the EMS settings</source>
        <translation>le impostazioni EMS</translation>
    </message>
    <message>
        <source>the dynamic power control settings</source>
        <translation>le impostazioni del controllo dinamico della potenza</translation>
    </message>
    <message>
        <source>the LED settings</source>
        <translation>le impostazioni dei LED</translation>
    </message>
    <message>
        <source>the back-office settings</source>
        <translation>le impostazioni del back office</translation>
    </message>
    <message>
        <source>the SCN settings</source>
        <translation>le impostazioni SCN</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Smart meter</source>
        <translation>Contatore intelligente</translation>
    </message>
    <message>
        <source>Smart meter and energy management system</source>
        <translation>Contatore intelligente e sistema di gestione dell&apos;energia</translation>
    </message>
    <message>
        <source>Energy management system (EMS)</source>
        <translation>Sistema di gestione dell&apos;energia (EMS)</translation>
    </message>
    <message>
        <source>DSMR P1 port</source>
        <translation>Porta P1 DSMR</translation>
    </message>
    <message>
        <source>TIC (French Linky meter)</source>
        <translation>TIC (contatore Linky francese)</translation>
    </message>
    <message>
        <source>Modbus RTU (RS-485 line)</source>
        <translation>Modbus RTU (linea RS-485)</translation>
    </message>
    <message>
        <source>Modbus TCP (network)</source>
        <translation>Modbus TCP (rete)</translation>
    </message>
    <message>
        <source>Serial cable</source>
        <translation>Cavo seriale</translation>
    </message>
    <message>
        <source>P1 server on the network</source>
        <translation>Server P1 in rete</translation>
    </message>
    <message>
        <source>HomeWizard P1 meter</source>
        <translation>HomeWizard P1 Meter</translation>
    </message>
    <message>
        <source>High word first</source>
        <translation>Prima la word alta</translation>
    </message>
    <message>
        <source>Low word first</source>
        <translation>Prima la word bassa</translation>
    </message>
    <message>
        <source>Holding registers</source>
        <translation>Holding register</translation>
    </message>
    <message>
        <source>Input registers</source>
        <translation>Input register</translation>
    </message>
    <message>
        <source>No parity</source>
        <translation>Nessuna parità</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Pari</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Dispari</translation>
    </message>
    <message>
        <source>Per socket</source>
        <translation>Per presa</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>One phase</source>
        <translation>Monofase</translation>
    </message>
    <message>
        <source>Three phases</source>
        <translation>Trifase</translation>
    </message>
    <message>
        <source>Timed power on</source>
        <translation>Potenza programmata attiva</translation>
    </message>
    <message>
        <source>Timed power off (no longer used)</source>
        <translation>Potenza programmata disattivata (non più usata)</translation>
    </message>
    <message>
        <source>Minimum power plus solar surplus</source>
        <translation>Potenza minima più surplus solare</translation>
    </message>
    <message>
        <source>Solar surplus only</source>
        <translation>Solo surplus solare</translation>
    </message>
    <message>
        <source>Grid and solar</source>
        <translation>Rete e solare</translation>
    </message>
    <message>
        <source>Stop charging</source>
        <translation>Arresto della ricarica</translation>
    </message>
    <message>
        <source>licence key</source>
        <translation>chiave di licenza</translation>
    </message>
    <message>
        <source>charger clock</source>
        <translation>orologio della stazione</translation>
    </message>
    <message>
        <source>charger name</source>
        <translation>nome della stazione</translation>
    </message>
    <message>
        <source>load balancing off while changing it</source>
        <translation>bilanciamento del carico disattivato durante la modifica</translation>
    </message>
    <message>
        <source>load balancing on</source>
        <translation>bilanciamento del carico attivato</translation>
    </message>
    <message>
        <source>Smart Charging Network settings</source>
        <translation>impostazioni Smart Charging Network</translation>
    </message>
    <message>
        <source>restart of the charger</source>
        <translation>riavvio della stazione</translation>
    </message>
    <message>
        <source>meter connection</source>
        <translation>collegamento del contatore</translation>
    </message>
    <message>
        <source>meter register map</source>
        <translation>mappa dei registri del contatore</translation>
    </message>
    <message>
        <source>load balancing settings</source>
        <translation>impostazioni del bilanciamento del carico</translation>
    </message>
    <message>
        <source>phase settings</source>
        <translation>impostazioni delle fasi</translation>
    </message>
    <message>
        <source>current limits</source>
        <translation>limiti di corrente</translation>
    </message>
    <message>
        <source>charge mode and installation voltage</source>
        <translation>modalità di ricarica e tensione dell&apos;impianto</translation>
    </message>
    <message>
        <source>dynamic power control</source>
        <translation>controllo dinamico della potenza</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>blocco</translation>
    </message>
    <message>
        <source>LED brightness</source>
        <translation>luminosità dei LED</translation>
    </message>
    <message>
        <source>back-office settings</source>
        <translation>impostazioni del back office</translation>
    </message>
    <message>
        <source>settings as found</source>
        <translation>impostazioni iniziali</translation>
    </message>
    <message>
        <source>load balancing as found</source>
        <translation>bilanciamento del carico iniziale</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>lettura delle impostazioni iniziali</translation>
    </message>
    <message>
        <source>reading the settings as left</source>
        <translation>lettura delle impostazioni finali</translation>
    </message>
    <message>
        <source>restarting: waiting for the charger to come back</source>
        <translation>riavvio: attesa che la stazione torni disponibile</translation>
    </message>
    <message>
        <source>Applied: the charger holds the plan</source>
        <translation>Applicato: la stazione contiene il piano</translation>
    </message>
    <message>
        <source>Applied, but some settings as left differ from the plan</source>
        <translation>Applicato, ma alcune impostazioni finali differiscono dal piano</translation>
    </message>
    <message>
        <source>Not applied: the plan breaks a rule for this charger</source>
        <translation>Non applicato: il piano viola una regola per questa stazione</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Interrotto prima della fine</translation>
    </message>
    <message>
        <source>Rolled back: the settings as found are back</source>
        <translation>Ripristinato: le impostazioni iniziali sono di nuovo in vigore</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>interrotta da un errore</translation>
    </message>
    <message>
        <source>settings as left differ from the plan</source>
        <translation>le impostazioni finali differiscono dal piano</translation>
    </message>
    <message>
        <source>the plan broke a rule</source>
        <translation>il piano ha violato una regola</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>ripristinata</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} voci</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <translation>{count} impostazioni</translation>
    </message>
    <message>
        <source>{count} measurands mapped</source>
        <translation>{count} grandezze mappate</translation>
    </message>
</context>
<context>
    <name>PresetFileBar</name>
    <message>
        <source>&amp;Import preset file…</source>
        <translation>Impor&amp;ta un file di preset…</translation>
    </message>
    <message>
        <source>E&amp;xport preset file…</source>
        <translation>Esporta il &amp;file di preset…</translation>
    </message>
    <message>
        <source>Import a meter preset</source>
        <translation>Importa un preset del contatore</translation>
    </message>
    <message>
        <source>Export the meter preset</source>
        <translation>Esporta il preset del contatore</translation>
    </message>
    <message>
        <source>No folder for your presets: log in to a charger first.</source>
        <translation>Nessuna cartella per i Suoi preset: prima acceda a una stazione.</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Non importato: {why}</translation>
    </message>
    <message>
        <source>Imported {title} from {file}.</source>
        <translation>{title} importato da {file}.</translation>
    </message>
    <message>
        <source>Choose a preset or type a valid custom map first.</source>
        <translation>Prima scelga un preset o digiti una mappa personalizzata valida.</translation>
    </message>
    <message>
        <source>Exported {title} to {file}.</source>
        <translation>{title} esportato in {file}.</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Limits:</source>
        <translation>Limiti:</translation>
    </message>
    <message>
        <source>the usual pass limits, or those of a country</source>
        <translation>i limiti di accettazione usuali o quelli di un paese</translation>
    </message>
    <message>
        <source>Usual limits</source>
        <translation>Limiti usuali</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Type a number, e.g. 4.5.</source>
        <translation>Digiti un numero, ad es. 4,5.</translation>
    </message>
    <message>
        <source>Between {low} and {high}.</source>
        <translation>Tra {low} e {high}.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
</context>
<context>
    <name>RebootConfirmation</name>
    <message>
        <source>{name}: not polled, so whether an EV is charging is not known</source>
        <translation>{name}: non interrogata, quindi non si sa se un VE sia in carica</translation>
    </message>
    <message>
        <source>{name}: no EV charging</source>
        <translation>{name}: nessun VE in carica</translation>
    </message>
    <message>
        <source>{name}: an EV is charging on socket {sockets}: charging stops</source>
        <translation>{name}: un VE è in carica sulla presa {sockets}: la ricarica si interrompe</translation>
    </message>
    <message>
        <source>Restart chargers?</source>
        <translation>Riavviare le stazioni?</translation>
    </message>
    <message>
        <source>{action} restarts {count} charger(s). A restart takes about a minute; sockets do not charge meanwhile.</source>
        <translation>{action} riavvia {count} stazione/i. Un riavvio dura circa un minuto; nel frattempo le prese non caricano.</translation>
    </message>
    <message>
        <source>⚠ Charging is interrupted where an EV is charging.</source>
        <translation>⚠ La ricarica viene interrotta dove un VE è in carica.</translation>
    </message>
    <message>
        <source>Restart {count} charger(s)</source>
        <translation>Riavvia {count} stazione/i</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Charger {serial}</source>
        <translation>Stazione {serial}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numero di serie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Licences unlocked during the visit</source>
        <translation>Licenze sbloccate durante la visita</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Indirizzo di rete</translation>
    </message>
    <message>
        <source>Back office (OCPP)</source>
        <translation>Back office (OCPP)</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Identità della stazione</translation>
    </message>
    <message>
        <source>Back-office registration</source>
        <translation>Registrazione presso il back office</translation>
    </message>
    <message>
        <source>Settings changed (as found → as left)</source>
        <translation>Impostazioni modificate (iniziale → finale)</translation>
    </message>
    <message>
        <source>No settings run was recorded for this charger.</source>
        <translation>Per questa stazione non è stata registrata alcuna esecuzione delle impostazioni.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Nessuna impostazione è stata modificata.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Other settings as left</source>
        <translation>Altre impostazioni finali</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Checks of the settings runs</source>
        <translation>Controlli delle esecuzioni delle impostazioni</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Custom register map</source>
        <translation>Mappa dei registri personalizzata</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sorgente dati</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Protocollo del contatore</translation>
    </message>
    <message>
        <source>Preset or map</source>
        <translation>Preset o mappa</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>ID unità</translation>
    </message>
    <message>
        <source>Scale of the current registers</source>
        <translation>Scala dei registri di corrente</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Indirizzo del contatore</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <source>Automatic tests</source>
        <translation>Test automatici</translation>
    </message>
    <message>
        <source>Hair-dryer test of load balancing</source>
        <translation>Test asciugacapelli del bilanciamento del carico</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Identificazione delle fasi</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Test del contatore</translation>
    </message>
    <message>
        <source>Fallback to the safe current when the meter link is cut</source>
        <translation>Ritorno alla corrente di sicurezza quando il collegamento con il contatore si interrompe</translation>
    </message>
    <message>
        <source>Back-office connection (OCPP)</source>
        <translation>Connessione al back office (OCPP)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Hair-dryer test, socket {socket}</source>
        <translation>Test asciugacapelli, presa {socket}</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>Tempo di reazione</translation>
    </message>
    <message>
        <source>Charging current at the end</source>
        <translation>Corrente di ricarica alla fine</translation>
    </message>
    <message>
        <source>Test maximum</source>
        <translation>Massimo di prova</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Carico di prova</translation>
    </message>
    <message>
        <source>Recorded during the test</source>
        <translation>Registrato durante il test</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>tempo, s</translation>
    </message>
    <message>
        <source>power, W</source>
        <translation>potenza, W</translation>
    </message>
    <message>
        <source>current, A</source>
        <translation>corrente, A</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>carico di prova acceso</translation>
    </message>
    <message>
        <source>test maximum</source>
        <translation>massimo di prova</translation>
    </message>
    <message>
        <source>house power</source>
        <translation>potenza della casa</translation>
    </message>
    <message>
        <source>grid power</source>
        <translation>potenza di rete</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>potenza contrattuale</translation>
    </message>
    <message>
        <source>grid meter {phase}</source>
        <translation>contatore di rete {phase}</translation>
    </message>
    <message>
        <source>charger {phase}</source>
        <translation>stazione {phase}</translation>
    </message>
    <message>
        <source>Phase identification, socket {socket}</source>
        <translation>Identificazione delle fasi, presa {socket}</translation>
    </message>
    <message>
        <source>Wiring found (proposed mapping)</source>
        <translation>Cablaggio rilevato (assegnazione proposta)</translation>
    </message>
    <message>
        <source>Mapping configured on the charger</source>
        <translation>Assegnazione configurata sulla stazione</translation>
    </message>
    <message>
        <source>Configured mapping agrees</source>
        <translation>L&apos;assegnazione configurata concorda</translation>
    </message>
    <message>
        <source>Wiring fault</source>
        <translation>Errore di cablaggio</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Grid currents the charger reads</source>
        <translation>Correnti di rete lette dalla stazione</translation>
    </message>
    <message>
        <source>Grid currents read from the laptop</source>
        <translation>Correnti di rete lette dal portatile</translation>
    </message>
    <message>
        <source>Central system on the laptop</source>
        <translation>Sistema centrale sul portatile</translation>
    </message>
    <message>
        <source>{count} configuration keys read</source>
        <translation>Chiavi di configurazione lette: {count}</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non usato</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Rilievo</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Rapporto di messa in servizio</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installatore</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Commissioner version</source>
        <translation>Versione di Commissioner</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Impianto</translation>
    </message>
    <message>
        <source>Earthing system</source>
        <translation>Sistema di messa a terra</translation>
    </message>
    <message>
        <source>Main fuse</source>
        <translation>Fusibile generale</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Potenza impegnata</translation>
    </message>
    <message>
        <source>Current limit set by</source>
        <translation>Limite di corrente stabilito da</translation>
    </message>
    <message>
        <source>Supply cable</source>
        <translation>Cavo di alimentazione</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Interruttore automatico</translation>
    </message>
    <message>
        <source>Residual-current protection</source>
        <translation>Protezione differenziale</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Test asciugacapelli</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Not done or not entered</source>
        <translation>Non eseguito o non inserito</translation>
    </message>
    <message>
        <source>Every test of the visit was done.</source>
        <translation>Tutti i test della visita sono stati eseguiti.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommario</translation>
    </message>
    <message>
        <source>Electrical measurements</source>
        <translation>Misure elettriche</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Documentazione e note</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Readings from the installer&apos;s tester, judged against the {profile} limits.</source>
        <translation>Valori letti dallo strumento di verifica dell&apos;installatore, valutati rispetto ai limiti {profile}.</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Valore letto</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>No measurement was entered.</source>
        <translation>Non è stata inserita alcuna misura.</translation>
    </message>
    <message>
        <source>No photo was added.</source>
        <translation>Non è stata aggiunta alcuna foto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Consegnato il</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>Lista di controllo della consegna</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Antiorario</translation>
    </message>
    <message>
        <source>Capacity tariff peak</source>
        <translation>Picco della tariffa di potenza</translation>
    </message>
    <message>
        <source>Charger label</source>
        <translation>Targhetta della stazione</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Current clamp direction</source>
        <translation>Orientamento della pinza di corrente</translation>
    </message>
    <message>
        <source>Default passwords changed</source>
        <translation>Password predefinite cambiate</translation>
    </message>
    <message>
        <source>Distribution board</source>
        <translation>Quadro elettrico</translation>
    </message>
    <message>
        <source>Earth fault loop impedance</source>
        <translation>Impedenza dell&apos;anello di guasto a terra</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>IT (isolated supply)</source>
        <translation>IT (alimentazione isolata da terra)</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificate</translation>
    </message>
    <message>
        <source>Insulation resistance (500 V)</source>
        <translation>Resistenza di isolamento (500 V)</translation>
    </message>
    <message>
        <source>Manuals and documents handed over</source>
        <translation>Manuali e documenti consegnati</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No boot notification sent yet</source>
        <translation>Nessuna notifica di avvio ancora inviata</translation>
    </message>
    <message>
        <source>No hair-dryer test for {serial}</source>
        <translation>Nessun test asciugacapelli per {serial}</translation>
    </message>
    <message>
        <source>No meter test for {serial}</source>
        <translation>Nessun test del contatore per {serial}</translation>
    </message>
    <message>
        <source>No phase identification for {serial}</source>
        <translation>Nessuna identificazione delle fasi per {serial}</translation>
    </message>
    <message>
        <source>No reading of {measurement}</source>
        <translation>Nessun valore letto: {measurement}</translation>
    </message>
    <message>
        <source>No settings run recorded for {serial}</source>
        <translation>Nessuna esecuzione delle impostazioni registrata per {serial}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non eseguito</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Non identificate</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>Owner shown how to use the charger</source>
        <translation>Uso della stazione mostrato al proprietario</translation>
    </message>
    <message>
        <source>Partly identified</source>
        <translation>Identificate in parte</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Phase rotation</source>
        <translation>Senso ciclico delle fasi</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Prospective short-circuit current</source>
        <translation>Corrente di cortocircuito presunta</translation>
    </message>
    <message>
        <source>Protective conductor continuity</source>
        <translation>Continuità del conduttore di protezione</translation>
    </message>
    <message>
        <source>RCD trip current</source>
        <translation>Corrente di intervento RCD</translation>
    </message>
    <message>
        <source>RCD trip time</source>
        <translation>Tempo di intervento RCD</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Subscribed power of the contract</source>
        <translation>Potenza impegnata del contratto</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>Tensione di alimentazione</translation>
    </message>
    <message>
        <source>TN (earth from the supply)</source>
        <translation>TN (terra fornita dal distributore)</translation>
    </message>
    <message>
        <source>TT (own earth electrode)</source>
        <translation>TT (dispersore proprio)</translation>
    </message>
    <message>
        <source>The plan kept every rule for this charger</source>
        <translation>Il piano ha rispettato tutte le regole per questa stazione</translation>
    </message>
    <message>
        <source>The run finished</source>
        <translation>L&apos;esecuzione è terminata</translation>
    </message>
    <message>
        <source>The settings as left are the plan&apos;s</source>
        <translation>Le impostazioni finali sono quelle del piano</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>{minimum} to {maximum}</source>
        <translation>da {minimum} a {maximum}</translation>
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
        <translation>Test asciugacapelli</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Identificazione delle fasi</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Test del contatore</translation>
    </message>
    <message>
        <source>Fallback to the safe current</source>
        <translation>Ritorno alla corrente di sicurezza</translation>
    </message>
    <message>
        <source>Back-office check</source>
        <translation>Verifica del back office</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Last hair-dryer test: reaction in {reaction}, the EV at {final} after it.</source>
        <translation>Ultimo test asciugacapelli: reazione in {reaction}, il VE a {final} dopo il test.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>No settings recorded for this charger.</source>
        <translation>Nessuna impostazione registrata per questa stazione.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Firmware: {firmware}</source>
        <translation>Firmware: {firmware}</translation>
    </message>
    <message>
        <source>Commissioning runs: {count}</source>
        <translation>Esecuzioni della messa in servizio: {count}</translation>
    </message>
    <message>
        <source>Licences unlocked: {names}</source>
        <translation>Licenze sbloccate: {names}</translation>
    </message>
    <message>
        <source>Nothing is missing: every test and reading is there.</source>
        <translation>Non manca nulla: sono presenti tutti i test e tutti i valori letti.</translation>
    </message>
    <message>
        <source>{measurement}: {reading}, the limit is {limit}.</source>
        <translation>{measurement}: {reading}, il limite è {limit}.</translation>
    </message>
    <message>
        <source>{count} tests or readings are missing (see Chargers and tests).</source>
        <translation>Mancano {count} test o valori letti (vedere Stazioni e test).</translation>
    </message>
    <message>
        <source>Every reading passed and nothing is missing.</source>
        <translation>Tutti i valori letti sono conformi e non manca nulla.</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} non può essere letto.</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; take a smaller picture.</source>
        <translation>{file} supera {mb} MB; scatti una foto più piccola.</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG picture.</source>
        <translation>{file} non è un&apos;immagine JPEG o PNG.</translation>
    </message>
    <message>
        <source>{file} has too many pixels for a report.</source>
        <translation>{file} ha troppi pixel per un rapporto.</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Reading what was recorded for {serial}…</source>
        <translation>Lettura di quanto registrato per {serial}…</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records</source>
        <translation>Lettura delle registrazioni della visita</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records…</source>
        <translation>Lettura delle registrazioni della visita…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Anteprima del rapporto</translation>
    </message>
    <message>
        <source>Writing the JSON twin…</source>
        <translation>Scrittura della copia JSON…</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>Esportazione del rapporto</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Disegno del PDF…</translation>
    </message>
    <message>
        <source>The saved draft could not be read; starting a new one.</source>
        <translation>Impossibile leggere la bozza salvata; ne viene iniziata una nuova.</translation>
    </message>
    <message>
        <source>the folder {folder} cannot take files ({why}).</source>
        <translation>la cartella {folder} non accetta file ({why}).</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Impaginazione…</translation>
    </message>
    <message>
        <source>Drawing page {page} of {pages}…</source>
        <translation>Disegno della pagina {page} di {pages}…</translation>
    </message>
</context>
<context>
    <name>ReportSite</name>
    <message>
        <source>Type A 30 mA + 6 mA DC in the charger</source>
        <translation>Tipo A 30 mA + 6 mA DC nella stazione</translation>
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
        <translation>Tutto ciò che il prossimo tecnico deve sapere: dove si trova il contatore, cosa resta da fare…</translation>
    </message>
    <message>
        <source>Chargers and tests</source>
        <translation>Stazioni e test</translation>
    </message>
    <message>
        <source>Site and installation</source>
        <translation>Sito e impianto</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Photos and notes</source>
        <translation>Foto e note</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The drawn signature could not be saved: {why}</source>
        <translation>Impossibile salvare la firma disegnata: {why}</translation>
    </message>
    <message>
        <source>The records could not be read: {why}</source>
        <translation>Impossibile leggere le registrazioni: {why}</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>{count} pagine.</translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}</source>
        <translation>Scritti: {pdf} e {json}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What applying changes (as found → plan):</source>
        <translation>Cosa cambia l&apos;applicazione (iniziale → piano):</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Iniziale</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>&amp;Check against the charger</source>
        <translation>&amp;Confronta con la stazione</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Passi dell&apos;esecuzione</translation>
    </message>
    <message>
        <source>As left:</source>
        <translation>Finale:</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>{value} (changed)</source>
        <translation>{value} (modificato)</translation>
    </message>
    <message>
        <source>The plan holds the settings as found: nothing to apply.</source>
        <translation>Il piano contiene le impostazioni iniziali: niente da applicare.</translation>
    </message>
    <message>
        <source>The check found {count} problem(s):</source>
        <translation>Il controllo ha trovato {count} problema/i:</translation>
    </message>
    <message>
        <source>All checks passed: applying writes {count} setting(s).</source>
        <translation>Tutti i controlli sono superati: l&apos;applicazione scrive {count} impostazione/i.</translation>
    </message>
    <message>
        <source>The charger restarts to take them.</source>
        <translation>La stazione si riavvia per acquisirle.</translation>
    </message>
</context>
<context>
    <name>ScnOverviewPage</name>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Nessun membro legge un contatore: la rete si ripartisce la corrente totale dell&apos;allacciamento, indipendentemente da quanto assorbe il resto dell&apos;edificio.</translation>
    </message>
    <message>
        <source>{names} all read a meter, but only one member of a network may: switch active load balancing off on all but one.</source>
        <translation>{names} leggono tutti un contatore, ma in una rete può farlo un solo membro: disattivi il bilanciamento dinamico del carico su tutti tranne uno.</translation>
    </message>
    <message>
        <source>Meter-reading member: {name}. It computes the current available to the whole network (the maximum meter current minus what the rest of the building draws); the network shares it.</source>
        <translation>Membro che legge il contatore: {name}. Calcola la corrente disponibile per l&apos;intera rete (la corrente massima del contatore meno quanto assorbe il resto dell&apos;edificio); la rete se la ripartisce.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Read the members on the set-up page first.</source>
        <translation>Prima legga i membri nella pagina Configurazione.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Presa</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>ID SCN</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Current per phase</source>
        <translation>Corrente per fase</translation>
    </message>
    <message>
        <source>The network draws {amps} A (grid total current: {limit} per phase)</source>
        <translation>La rete assorbe {amps} A (corrente totale dell&apos;allacciamento: {limit} per fase)</translation>
    </message>
    <message>
        <source>in no network</source>
        <translation>in nessuna rete</translation>
    </message>
    <message>
        <source>waiting: the network has too little current</source>
        <translation>in attesa: la rete ha troppo poca corrente</translation>
    </message>
    <message>
        <source>Alternation</source>
        <translation>Alternanza</translation>
    </message>
    <message>
        <source>Chargers do not report when a pause ends: &apos;until&apos; is when this program first saw the socket paused plus the alternating period.</source>
        <translation>Le stazioni non segnalano quando termina una pausa: «fino alle» indica il momento in cui questo programma ha visto la presa in pausa per la prima volta, più il periodo di alternanza.</translation>
    </message>
    <message>
        <source>paused until about {time}</source>
        <translation>in pausa fino alle {time} circa</translation>
    </message>
    <message>
        <source>Network consistent: {n} members agree.</source>
        <translation>Rete coerente: {n} membri concordano.</translation>
    </message>
</context>
<context>
    <name>ScnPage</name>
    <message>
        <source>Set-up</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation>Panoramica della rete</translation>
    </message>
</context>
<context>
    <name>ScnProgress</name>
    <message>
        <source>applying the licence key</source>
        <translation>applicazione della chiave di licenza</translation>
    </message>
    <message>
        <source>setting the charger clock</source>
        <translation>impostazione dell&apos;orologio della stazione</translation>
    </message>
    <message>
        <source>writing the charger name</source>
        <translation>scrittura del nome della stazione</translation>
    </message>
    <message>
        <source>switching active load balancing off</source>
        <translation>disattivazione del bilanciamento dinamico del carico</translation>
    </message>
    <message>
        <source>switching active load balancing on</source>
        <translation>attivazione del bilanciamento dinamico del carico</translation>
    </message>
    <message>
        <source>writing the network settings</source>
        <translation>scrittura delle impostazioni di rete</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>riavvio</translation>
    </message>
    <message>
        <source>writing the meter connection</source>
        <translation>scrittura del collegamento del contatore</translation>
    </message>
    <message>
        <source>writing the meter&apos;s register map</source>
        <translation>scrittura della mappa dei registri del contatore</translation>
    </message>
    <message>
        <source>writing the load-balancing settings</source>
        <translation>scrittura delle impostazioni del bilanciamento del carico</translation>
    </message>
    <message>
        <source>writing the phase settings</source>
        <translation>scrittura delle impostazioni delle fasi</translation>
    </message>
    <message>
        <source>writing the current limits</source>
        <translation>scrittura dei limiti di corrente</translation>
    </message>
    <message>
        <source>writing the back-office settings</source>
        <translation>scrittura delle impostazioni del back office</translation>
    </message>
    <message>
        <source>putting the settings back as found</source>
        <translation>ripristino delle impostazioni iniziali</translation>
    </message>
    <message>
        <source>putting load balancing back as found</source>
        <translation>ripristino del bilanciamento del carico iniziale</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>lettura delle impostazioni iniziali</translation>
    </message>
    <message>
        <source>reading the settings back</source>
        <translation>rilettura delle impostazioni</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ completato</translation>
    </message>
    <message>
        <source>✔ rolled back</source>
        <translation>✔ ripristinato</translation>
    </message>
    <message>
        <source>⚠ done, but some settings read back differ from the plan</source>
        <translation>⚠ completato, ma alcune impostazioni rilette differiscono dal piano</translation>
    </message>
    <message>
        <source>✖ not applied: the plan does not suit it</source>
        <translation>✖ non applicato: il piano non è adatto a questa stazione</translation>
    </message>
    <message>
        <source>✖ stopped (details in the tooltip)</source>
        <translation>✖ interrotto (dettagli nel tooltip)</translation>
    </message>
    <message>
        <source>restarting, waiting for it to come back</source>
        <translation>riavvio, attesa che torni disponibile</translation>
    </message>
    <message>
        <source>restarting, waiting {time}</source>
        <translation>riavvio, attesa {time}</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>passo {done} di {total}</translation>
    </message>
</context>
<context>
    <name>ScnService</name>
    <message>
        <source>Reading {n} chargers…</source>
        <translation>Lettura di {n} stazioni…</translation>
    </message>
    <message>
        <source>Reading the SCN members</source>
        <translation>Lettura dei membri SCN</translation>
    </message>
    <message>
        <source>Applying {plan} to every member</source>
        <translation>Applicazione di {plan} a tutti i membri</translation>
    </message>
    <message>
        <source>Rolling back {plan} on every member</source>
        <translation>Ripristino di {plan} su tutti i membri</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Lettura della rete…</translation>
    </message>
    <message>
        <source>Reading the SCN</source>
        <translation>Lettura della SCN</translation>
    </message>
</context>
<context>
    <name>ScnSetupPage</name>
    <message>
        <source>&amp;Read the picked chargers</source>
        <translation>&amp;Leggi le stazioni scelte</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Sockets and phase rotation</source>
        <translation>Prese e rotazione delle fasi</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Stazione</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Presa</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>ID SCN</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Assegnazione delle fasi</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>A greyed charger is not an Alfen charger (a V2C Trydan, say): it does not join an Alfen Smart Charging Network.</source>
        <translation>Una stazione in grigio non è una stazione Alfen (ad esempio una V2C Trydan): non può entrare in una Smart Charging Network Alfen.</translation>
    </message>
    <message>
        <source>&amp;Apply to every member</source>
        <translation>&amp;Applica a tutti i membri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Roll &amp;back the last run</source>
        <translation>Ripristina l&apos;&amp;ultima esecuzione</translation>
    </message>
    <message>
        <source>{charger}: cannot join</source>
        <translation>{charger}: non può entrare</translation>
    </message>
    <message>
        <source>Only Alfen chargers join an Alfen Smart Charging Network; this {model} does not. It shares the connection on its own (dynamic power control, on its Commissioning tab).</source>
        <translation>Solo le stazioni Alfen entrano in una Smart Charging Network Alfen; questa {model} no. Ripartisce l&apos;allacciamento da sola (controllo dinamico della potenza, nella sua scheda Messa in servizio).</translation>
    </message>
    <message>
        <source>Pick the members, then read them.</source>
        <translation>Scelga i membri, poi li legga.</translation>
    </message>
    <message>
        <source>The plan breaks no rule.</source>
        <translation>Il piano non viola alcuna regola.</translation>
    </message>
    <message>
        <source>Applying the network</source>
        <translation>Applicazione della rete</translation>
    </message>
    <message>
        <source>Rolling back the network</source>
        <translation>Ripristino della rete</translation>
    </message>
    <message>
        <source>Every member is done.</source>
        <translation>Tutti i membri sono completati.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Logging in to {name}…</source>
        <translation>Accesso a {name}…</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Connessione a {name}…</translation>
    </message>
    <message>
        <source>Connecting to {key}</source>
        <translation>Connessione a {key}</translation>
    </message>
    <message>
        <source>Logging in to {key}</source>
        <translation>Accesso a {key}</translation>
    </message>
    <message>
        <source>Reading the new certificate…</source>
        <translation>Lettura del nuovo certificato…</translation>
    </message>
    <message>
        <source>Trusting a new certificate</source>
        <translation>Accettazione di un nuovo certificato</translation>
    </message>
    <message>
        <source>Reading the overview…</source>
        <translation>Lettura della panoramica…</translation>
    </message>
    <message>
        <source>Reading {key}</source>
        <translation>Lettura di {key}</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Disconnessione…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnessione…</translation>
    </message>
    <message>
        <source>Disconnecting from {key}</source>
        <translation>Disconnessione da {key}</translation>
    </message>
    <message>
        <source>Logging out of {key}</source>
        <translation>Disconnessione da {key}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Numeri e date:</translation>
    </message>
    <message>
        <source>Menus, tab titles, the charger list and the Overview change at once; the other pages change at the next start.</source>
        <translation>Menu, titoli delle schede, elenco delle stazioni e Panoramica cambiano subito; le altre pagine cambiano al prossimo avvio.</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Stazioni di ricarica</translation>
    </message>
    <message>
        <source>Charger reply time:</source>
        <translation>Tempo di risposta della stazione:</translation>
    </message>
    <message>
        <source>Charger reply time</source>
        <translation>Tempo di risposta della stazione</translation>
    </message>
    <message>
        <source>How long to wait for a charger&apos;s answer; raise it on a slow network.</source>
        <translation>Quanto attendere la risposta di una stazione; lo aumenti su una rete lenta.</translation>
    </message>
    <message>
        <source>Restart wait:</source>
        <translation>Attesa del riavvio:</translation>
    </message>
    <message>
        <source>Restart wait</source>
        <translation>Attesa del riavvio</translation>
    </message>
    <message>
        <source>How long a charger may take to come back after a restart.</source>
        <translation>Quanto tempo può impiegare una stazione per tornare disponibile dopo un riavvio.</translation>
    </message>
    <message>
        <source>Ask before restarting chargers on the simulated site</source>
        <translation>Chiedi conferma prima di riavviare le stazioni del sito simulato</translation>
    </message>
    <message>
        <source>On real chargers the program always asks before a restart.</source>
        <translation>Sulle stazioni reali il programma chiede sempre conferma prima di un riavvio.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambia…</translation>
    </message>
    <message>
        <source>From the next start: {folder}</source>
        <translation>Dal prossimo avvio: {folder}</translation>
    </message>
    <message>
        <source>Journals, reports, meter presets and logs are kept here. A new folder is used from the next start; --data-dir on the command line overrides it.</source>
        <translation>Qui sono conservati i giornali delle esecuzioni, i rapporti, i preset dei contatori e i log. Una nuova cartella viene usata dal prossimo avvio; --data-dir sulla riga di comando ha la precedenza.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Seleziona la cartella dei dati</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossibile salvare le impostazioni: {error}</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Installer</source>
        <translation>Installatore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Before signing</source>
        <translation>Prima di firmare</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Draw</source>
        <translation>Disegna</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Digita il nome</translation>
    </message>
    <message>
        <source>Signed by typing the full name</source>
        <translation>Firmato digitando il nome completo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
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
        <translation>Area di firma: disegni qui la firma</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>e.g. Dupont residence</source>
        <translation>ad es. abitazione Rossi</translation>
    </message>
    <message>
        <source>e.g. IRVE level 2, or your licence number</source>
        <translation>ad es. abilitazione DM 37/08, o il numero della Sua abilitazione</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>ad es. 40</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>ad es. 12</translation>
    </message>
    <message>
        <source>e.g. 5G6 mm² copper, 25 m</source>
        <translation>ad es. 5G6 mm² rame, 25 m</translation>
    </message>
    <message>
        <source>e.g. C40 4-pole</source>
        <translation>ad es. C40 4 poli</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Site, customer and installer</source>
        <translation>Sito, cliente e installatore</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Nome del sito:</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Indirizzo del sito:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Installer:</source>
        <translation>Installatore:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Azienda:</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>Qualifica:</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Data della visita:</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Impianto</translation>
    </message>
    <message>
        <source>Earthing system:</source>
        <translation>Sistema di messa a terra:</translation>
    </message>
    <message>
        <source>Main fuse (A):</source>
        <translation>Fusibile generale (A):</translation>
    </message>
    <message>
        <source>Subscribed power (kVA):</source>
        <translation>Potenza impegnata (kVA):</translation>
    </message>
    <message>
        <source>Limit set by:</source>
        <translation>Limite stabilito da:</translation>
    </message>
    <message>
        <source>Supply cable:</source>
        <translation>Cavo di alimentazione:</translation>
    </message>
    <message>
        <source>Breaker:</source>
        <translation>Interruttore automatico:</translation>
    </message>
    <message>
        <source>RCD type:</source>
        <translation>Tipo di RCD:</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>checking…</source>
        <translation>verifica…</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>accesso non effettuato</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>accesso effettuato</translation>
    </message>
    <message>
        <source>another client is connected</source>
        <translation>è connesso un altro client</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>irraggiungibile</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>certificato cambiato</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>accesso rifiutato</translation>
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
        <translation>Bilanciamento statico del carico</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Bilanciamento dinamico del carico</translation>
    </message>
    <message>
        <source>32 A per socket</source>
        <translation>32 A per presa</translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation>Lettore RFID</translation>
    </message>
    <message>
        <source>ISO 15118</source>
        <translation>ISO 15118</translation>
    </message>
    <message>
        <source>Personalised display</source>
        <translation>Display personalizzato</translation>
    </message>
    <message>
        <source>3G/4G modem</source>
        <translation>Modem 3G/4G</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Terminali di pagamento</translation>
    </message>
    <message>
        <source>Expose smart-meter data</source>
        <translation>Condivisione dei dati del contatore intelligente</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>nessun veicolo</translation>
    </message>
    <message>
        <source>vehicle connected</source>
        <translation>veicolo collegato</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>in carica</translation>
    </message>
    <message>
        <source>charging (ventilation)</source>
        <translation>in carica (ventilazione)</translation>
    </message>
    <message>
        <source>no power (error)</source>
        <translation>nessuna alimentazione (errore)</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>guasto</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponibile</translation>
    </message>
    <message>
        <source>cable connected</source>
        <translation>cavo collegato</translation>
    </message>
    <message>
        <source>EV connected</source>
        <translation>VE collegato</translation>
    </message>
    <message>
        <source>charging power off</source>
        <translation>ricarica disattivata</translation>
    </message>
    <message>
        <source>power off, maximum current too low</source>
        <translation>disattivata, corrente massima troppo bassa</translation>
    </message>
    <message>
        <source>waiting for disconnect</source>
        <translation>in attesa di scollegamento</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>sospesa</translation>
    </message>
    <message>
        <source>inoperative</source>
        <translation>fuori servizio</translation>
    </message>
    <message>
        <source>power off, suspended</source>
        <translation>disattivata, sospesa</translation>
    </message>
    <message>
        <source>power off, phase change</source>
        <translation>disattivata, cambio di fase</translation>
    </message>
    <message>
        <source>unknown ({code})</source>
        <translation>sconosciuto ({code})</translation>
    </message>
    <message>
        <source>error ({code})</source>
        <translation>errore ({code})</translation>
    </message>
    <message>
        <source>state {code}</source>
        <translation>stato {code}</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Hair-dryer test: recorded currents</source>
        <translation>Test asciugacapelli: correnti registrate</translation>
    </message>
    <message>
        <source>Time since the test started</source>
        <translation>Tempo dall&apos;inizio del test</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>carico di prova acceso</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>Hair-dryer test running…</source>
        <translation>Test asciugacapelli in corso…</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Test asciugacapelli su {key}</translation>
    </message>
    <message>
        <source>Phase identification: waiting for the EV to charge…</source>
        <translation>Identificazione delle fasi: attesa che il VE si metta in carica…</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Identificazione delle fasi su {key}</translation>
    </message>
    <message>
        <source>Putting back what an interrupted test left…</source>
        <translation>Ripristino di quanto lasciato da un test interrotto…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Commissioning plans (*.toml)</source>
        <translation>Piani di messa in servizio (*.toml)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Charger</source>
        <translation>S&amp;tazione</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;Guida utente per questa pagina</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>&amp;Informazioni su Commissioner</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Apri piano…</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>&amp;Salva piano…</translation>
    </message>
    <message>
        <source>Recent &amp;plans</source>
        <translation>&amp;Piani recenti</translation>
    </message>
    <message>
        <source>Recent &amp;sites</source>
        <translation>Siti &amp;recenti</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>Aggiungi per &amp;indirizzo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connetti…</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Dis&amp;connetti</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Apri un piano</translation>
    </message>
    <message>
        <source>Log in and read a charger first: there is no plan to save yet.</source>
        <translation>Prima acceda a una stazione e la legga: non c&apos;è ancora alcun piano da salvare.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Salva il piano</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>Impossibile leggere {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a plan: {error}</source>
        <translation>{path} non è un piano: {error}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>Plan opened from {path}.</source>
        <translation>Piano aperto da {path}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
    <message>
        <source>Plan saved to {path}.</source>
        <translation>Piano salvato in {path}.</translation>
    </message>
</context>
</TS>
