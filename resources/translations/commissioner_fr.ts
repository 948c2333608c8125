<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>Commission EV chargers on site: discovery, licences, load balancing, meters, charging networks and verification.</source>
        <translation>Mise en service des bornes de recharge sur site : recherche, licences, équilibrage de charge, compteurs, réseaux de recharge et vérification.</translation>
    </message>
    <message>
        <source>Built with Qt {qt}, PySide6 {pyside} and Python {python}.</source>
        <translation>Construit avec Qt {qt}, PySide6 {pyside} et Python {python}.</translation>
    </message>
    <message>
        <source>Libraries included and their licences:</source>
        <translation>Bibliothèques incluses et leurs licences :</translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation>Sélectionnez une bibliothèque pour lire sa licence.</translation>
    </message>
    <message>
        <source>Logs: {path}</source>
        <translation>Journaux : {path}</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>{name} {version} ships no licence file here; its licence is {licence}.</source>
        <translation>{name} {version} n&apos;inclut pas de fichier de licence ici ; sa licence est {licence}.</translation>
    </message>
</context>
<context>
    <name>ActivityBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the operation under way</source>
        <translation>Annuler l&apos;opération en cours</translation>
    </message>
    <message>
        <source>the charger&apos;s certificate has changed.</source>
        <translation>le certificat de la borne a changé.</translation>
    </message>
    <message>
        <source>{title}: {error}</source>
        <translation>{title} : {error}</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(et {count} autre(s))</translation>
    </message>
</context>
<context>
    <name>AlbPage</name>
    <message>
        <source>Meter includes the charging EV: tick it when the meter also measures this charger (it sits upstream of its supply), so ALB subtracts the EV&apos;s own current.</source>
        <translation>Le compteur inclut le VE en charge : cochez si le compteur mesure aussi cette borne (il est en amont de son alimentation) ; l&apos;ALB soustrait alors le courant du VE lui-même.</translation>
    </message>
    <message>
        <source>P1 cable: at most 20 m from the meter to the charger.</source>
        <translation>Câble P1 : 20 m au plus entre le compteur et la borne.</translation>
    </message>
    <message>
        <source>TIC cable: at most 35 m from the meter to the charger.</source>
        <translation>Câble TIC : 35 m au plus entre le compteur et la borne.</translation>
    </message>
    <message>
        <source>EMS validity time: when the EMS sends nothing for this long, the charger falls back to the safe current.</source>
        <translation>Durée de validité EMS : si l&apos;EMS n&apos;envoie rien pendant cette durée, la borne revient au courant de sécurité.</translation>
    </message>
</context>
<context>
    <name>ApplyProgress</name>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v étapes sur %m</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheck</name>
    <message>
        <source>Putting back what an interrupted check left…</source>
        <translation>Rétablissement des réglages laissés par un contrôle interrompu…</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Contrôle du back-office…</translation>
    </message>
    <message>
        <source>Back office check on {key}</source>
        <translation>Contrôle du back-office sur {key}</translation>
    </message>
</context>
<context>
    <name>BackOfficeCheckPanel</name>
    <message>
        <source>boot notification from {model}</source>
        <translation>notification de démarrage de {model}</translation>
    </message>
    <message>
        <source>no boot notification reached this computer</source>
        <translation>aucune notification de démarrage n&apos;est parvenue à cet ordinateur</translation>
    </message>
    <message>
        <source>identity {identity} as configured</source>
        <translation>identité {identity} conforme à la configuration</translation>
    </message>
    <message>
        <source>the charger connected as {seen}, not as its configured identity {identity}</source>
        <translation>la borne s&apos;est connectée en tant que {seen}, et non avec son identité configurée {identity}</translation>
    </message>
    <message>
        <source>two connections used one identity: two chargers share it</source>
        <translation>deux connexions ont utilisé la même identité : deux bornes la partagent</translation>
    </message>
    <message>
        <source>{count} heartbeat(s) received</source>
        <translation>{count} heartbeat(s) reçu(s)</translation>
    </message>
    <message>
        <source>no heartbeat within the wait</source>
        <translation>aucun heartbeat pendant l&apos;attente</translation>
    </message>
    <message>
        <source>every socket reported its status</source>
        <translation>chaque prise a signalé son état</translation>
    </message>
    <message>
        <source>no status of socket(s) {missing}</source>
        <translation>aucun état reçu de la ou des prises {missing}</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL is back</source>
        <translation>l&apos;URL du back-office du client est rétablie</translation>
    </message>
    <message>
        <source>the customer&apos;s back office URL could not be confirmed back</source>
        <translation>le rétablissement de l&apos;URL du back-office du client n&apos;a pas pu être confirmé</translation>
    </message>
    <message>
        <source>no back office URL is set</source>
        <translation>aucune URL de back-office n&apos;est définie</translation>
    </message>
    <message>
        <source>{host} is a reserved example name: it never resolves (a sample URL left in?)</source>
        <translation>{host} est un nom d&apos;exemple réservé : il n&apos;est jamais résolu (une URL d&apos;exemple restée en place ?)</translation>
    </message>
    <message>
        <source>{host} does not resolve from this computer (check the spelling)</source>
        <translation>{host} n&apos;est pas résolu depuis cet ordinateur (vérifiez l&apos;orthographe)</translation>
    </message>
    <message>
        <source>{host} is {where}, but port {port} does not answer from this computer</source>
        <translation>{host} correspond à {where}, mais le port {port} ne répond pas depuis cet ordinateur</translation>
    </message>
    <message>
        <source>{host} is {where} and port {port} answers from this computer</source>
        <translation>{host} correspond à {where} et le port {port} répond depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Test the connection to the back office</source>
        <translation>Tester la connexion au back-office</translation>
    </message>
    <message>
        <source>Check reads the settings and the boot state and tries the URL from this computer. Test with this computer points the charger at a back office here for about a minute, then puts the customer&apos;s URL back.</source>
        <translation>« Contrôler » lit les réglages et l&apos;état de la notification de démarrage, et essaie l&apos;URL depuis cet ordinateur. « Tester avec cet ordinateur » dirige la borne vers un back-office sur cet ordinateur pendant environ une minute, puis rétablit l&apos;URL du client.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Contrôler</translation>
    </message>
    <message>
        <source>&amp;Test with this computer…</source>
        <translation>&amp;Tester avec cet ordinateur…</translation>
    </message>
    <message>
        <source>Log in to a charger first.</source>
        <translation>Connectez-vous d&apos;abord à une borne.</translation>
    </message>
    <message>
        <source>Testing the back office</source>
        <translation>Test du back-office</translation>
    </message>
    <message>
        <source>Checking the back office…</source>
        <translation>Contrôle du back-office…</translation>
    </message>
    <message>
        <source>The check could not run: {error}</source>
        <translation>Le contrôle n&apos;a pas pu s&apos;exécuter : {error}</translation>
    </message>
    <message>
        <source>The charger reports that its back office accepted it.</source>
        <translation>La borne indique que son back-office l&apos;a acceptée.</translation>
    </message>
    <message>
        <source>The charger is not registered with a back office.</source>
        <translation>La borne n&apos;est enregistrée auprès d&apos;aucun back-office.</translation>
    </message>
    <message>
        <source>Passed: the charger reaches a back office, registers and reports.</source>
        <translation>Réussi : la borne joint un back-office, s&apos;y enregistre et transmet son état.</translation>
    </message>
    <message>
        <source>Failed: see the lines below.</source>
        <translation>Échec : voir les lignes ci-dessous.</translation>
    </message>
    <message>
        <source>Back office URL: {words}</source>
        <translation>URL du back-office : {words}</translation>
    </message>
    <message>
        <source>Saved for the report.</source>
        <translation>Enregistré pour le rapport.</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Trusted until now</source>
        <translation>Approuvé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Presented now</source>
        <translation>Présenté maintenant</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint; select it to copy</source>
        <translation>Empreinte SHA-256 ; sélectionnez-la pour la copier</translation>
    </message>
    <message>
        <source>This happens after a firmware update or when the charger&apos;s board was replaced. It can also mean that another device now answers at this address. Accept the new certificate only if you know why it changed.</source>
        <translation>Cela arrive après une mise à jour du micrologiciel ou un remplacement de la carte de la borne. Cela peut aussi signifier qu&apos;un autre appareil répond maintenant à cette adresse. N&apos;acceptez le nouveau certificat que si vous savez pourquoi il a changé.</translation>
    </message>
    <message>
        <source>I know why the certificate &amp;changed</source>
        <translation>Je sais pourquoi le certificat a &amp;changé</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Approuver le nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Keep the old one</source>
        <translation>&amp;Garder l&apos;ancien</translation>
    </message>
    <message>
        <source>The certificate of charger {serial} has changed.</source>
        <translation>Le certificat de la borne {serial} a changé.</translation>
    </message>
</context>
<context>
    <name>ChargeModePage</name>
    <message>
        <source>Charge mode: one phase or three phases, as the charger is wired. Installation voltage: 230 V for a supply on one phase, 400 V for a supply on three phases.</source>
        <translation>Mode de charge : monophasé ou triphasé, selon le câblage de la borne. Tension de l&apos;installation : 230 V pour une alimentation monophasée, 400 V pour une alimentation triphasée.</translation>
    </message>
</context>
<context>
    <name>ChargerDirectory</name>
    <message>
        <source>the {brand} phone app</source>
        <translation>l’application mobile {brand}</translation>
    </message>
    <message>
        <source>Seen over Bluetooth only. Set its Wi-Fi from {app} over Bluetooth, or connect its Ethernet; once it is on the LAN it joins this row.</source>
        <translation>Vue en Bluetooth seulement. Réglez son Wi-Fi depuis {app} en Bluetooth, ou branchez son Ethernet ; une fois sur le réseau local, elle rejoint cette ligne.</translation>
    </message>
    <message>
        <source>the vendor&apos;s phone app</source>
        <translation>l’application mobile du fabricant</translation>
    </message>
    <message>
        <source>Asking {address} who it is…</source>
        <translation>Interrogation de {address}…</translation>
    </message>
    <message>
        <source>Adding {address}</source>
        <translation>Ajout de {address}</translation>
    </message>
</context>
<context>
    <name>ChargerListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>{state} (not seen lately)</source>
        <translation>{state} (non vue récemment)</translation>
    </message>
    <message>
        <source>Not seen by discovery lately: it may be off or out of reach.</source>
        <translation>La recherche ne l&apos;a pas vue récemment : elle est peut-être éteinte ou hors de portée.</translation>
    </message>
    <message>
        <source>Reachable over: {links}</source>
        <translation>Joignable par : {links}</translation>
    </message>
</context>
<context>
    <name>ChargerListPanel</name>
    <message>
        <source>Search name, serial, model, address…</source>
        <translation>Rechercher nom, n° de série, modèle, adresse…</translation>
    </message>
    <message>
        <source>Search chargers</source>
        <translation>Rechercher des bornes</translation>
    </message>
    <message>
        <source>IP address or host, e.g. 192.168.1.20</source>
        <translation>Adresse IP ou nom d&apos;hôte, p. ex. 192.168.1.20</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Adresse de la borne</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>&amp;Ajouter par adresse</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>Type the charger&apos;s IP address or host name first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse IP ou le nom d&apos;hôte de la borne.</translation>
    </message>
    <message>
        <source>No charger answered there: {error}</source>
        <translation>Aucune borne n&apos;a répondu à cette adresse : {error}</translation>
    </message>
</context>
<context>
    <name>ChargerPicker</name>
    <message>
        <source>Chargers in the report</source>
        <translation>Bornes du rapport</translation>
    </message>
</context>
<context>
    <name>ClockNamePanel</name>
    <message>
        <source>Clock and name</source>
        <translation>Horloge et nom</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Nom de la borne</translation>
    </message>
    <message>
        <source>Charger&apos;s clock:</source>
        <translation>Horloge de la borne :</translation>
    </message>
    <message>
        <source>Laptop (UTC):</source>
        <translation>Ordinateur portable (UTC) :</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Écart :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Set to the &amp;laptop&apos;s time</source>
        <translation>Régler sur l&apos;heure du &amp;portable</translation>
    </message>
    <message>
        <source>Change the &amp;name</source>
        <translation>Changer le &amp;nom</translation>
    </message>
    <message>
        <source>Roll back the last clock or name change</source>
        <translation>Annuler le dernier changement d&apos;horloge ou de nom</translation>
    </message>
    <message>
        <source>This charger keeps its own clock and name: this program cannot set them.</source>
        <translation>Cette borne gère elle-même son horloge et son nom : ce programme ne peut pas les régler.</translation>
    </message>
    <message>
        <source>in step with the laptop (within half a second)</source>
        <translation>à l&apos;heure du portable (à une demi-seconde près)</translation>
    </message>
    <message>
        <source>{amount} ahead of the laptop</source>
        <translation>{amount} d&apos;avance sur le portable</translation>
    </message>
    <message>
        <source>{amount} behind the laptop</source>
        <translation>{amount} de retard sur le portable</translation>
    </message>
    <message>
        <source>Setting the clock</source>
        <translation>Réglage de l&apos;horloge</translation>
    </message>
    <message>
        <source>Changing the name</source>
        <translation>Changement du nom</translation>
    </message>
    <message>
        <source>Rolling back the last change</source>
        <translation>Retour en arrière du dernier changement</translation>
    </message>
    <message>
        <source>{what}: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>{what} : {outcome}. L&apos;opération figure dans le journal et peut être annulée.</translation>
    </message>
    <message>
        <source>{what}: {outcome}.</source>
        <translation>{what} : {outcome}.</translation>
    </message>
</context>
<context>
    <name>CommissioningRuns</name>
    <message>
        <source>– {n}/{m} {step}: skipped, not needed</source>
        <translation>– {n}/{m} {step} : étape ignorée, non nécessaire</translation>
    </message>
    <message>
        <source>– {n}/{m} {step}: skipped, nothing to do</source>
        <translation>– {n}/{m} {step} : étape ignorée, rien à faire</translation>
    </message>
    <message>
        <source>✔ {n}/{m} {step}</source>
        <translation>✔ {n}/{m} {step}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {step}</source>
        <translation>Étape {n} sur {m} : {step}</translation>
    </message>
</context>
<context>
    <name>CommissioningService</name>
    <message>
        <source>Reading the settings as found…</source>
        <translation>Lecture des réglages trouvés…</translation>
    </message>
    <message>
        <source>Reading {key} as found</source>
        <translation>Lecture de {key} tel que trouvé</translation>
    </message>
    <message>
        <source>Comparing the plan with the charger…</source>
        <translation>Comparaison du plan avec la borne…</translation>
    </message>
    <message>
        <source>Previewing the changes</source>
        <translation>Aperçu des modifications</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Application du plan</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run on {key}</source>
        <translation>Retour en arrière de l&apos;exécution interrompue sur {key}</translation>
    </message>
    <message>
        <source>Resuming the interrupted run on {key}</source>
        <translation>Reprise de l&apos;exécution interrompue sur {key}</translation>
    </message>
    <message>
        <source>Waiting for the charger to restart…</source>
        <translation>Attente du redémarrage de la borne…</translation>
    </message>
    <message>
        <source>Reading the settings as left…</source>
        <translation>Lecture des réglages laissés…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Step {n} of {m}</source>
        <translation>Étape {n} sur {m}</translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Read &amp;as found</source>
        <translation>Lire l&apos;&amp;état trouvé</translation>
    </message>
    <message>
        <source>&amp;Undo all changes</source>
        <translation>Ann&amp;uler toutes les modifications</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>Source de données ALB</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Limites de courant</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Mode de charge</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Contrôle dynamique de la puissance</translation>
    </message>
    <message>
        <source>Lock and LEDs</source>
        <translation>Verrouillage et LED</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Select a charger in the list.</source>
        <translation>Sélectionnez une borne dans la liste.</translation>
    </message>
    <message>
        <source>Log in to {key} to commission it.</source>
        <translation>Connectez-vous à {key} pour la mettre en service.</translation>
    </message>
    <message>
        <source>Reading {key} as found…</source>
        <translation>Lecture de {key} telle que trouvée…</translation>
    </message>
    <message>
        <source>{key}: settings as found read; change what the job needs.</source>
        <translation>{key} : réglages trouvés lus ; modifiez ce que le chantier demande.</translation>
    </message>
    <message>
        <source>{key}: plan &apos;{name}&apos; loaded; check it on the pages, then apply.</source>
        <translation>{key} : plan « {name} » chargé ; vérifiez-le sur les pages, puis appliquez-le.</translation>
    </message>
    <message>
        <source>from socket {n}</source>
        <translation>trouvée sur la prise {n}</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifiée</translation>
    </message>
    <message>
        <source>{key}: phase mapping {mapping} {where} is in the plan; apply it on Review.</source>
        <translation>{key} : l&apos;affectation des phases {mapping} {where} est dans le plan ; appliquez-la sur la page Vérification.</translation>
    </message>
    <message>
        <source>Applying the licence key and the plan</source>
        <translation>Application de la clé de licence et du plan</translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation>Application du plan</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>Rolling back the interrupted run</source>
        <translation>Retour en arrière de l&apos;exécution interrompue</translation>
    </message>
    <message>
        <source>Resuming the interrupted run</source>
        <translation>Reprise de l&apos;exécution interrompue</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The key unlocked: {features}</source>
        <translation>La clé a déverrouillé : {features}</translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>The charger registers with the back office by its ChargePointModel; a back office other than the vendor&apos;s must know that model. A new URL or identity takes effect after the reboot that applying does.</source>
        <translation>La borne s&apos;enregistre auprès du back-office avec son ChargePointModel ; un back-office autre que celui du fabricant doit connaître ce modèle. Une nouvelle URL ou identité prend effet après le redémarrage que fait l&apos;application.</translation>
    </message>
    <message>
        <source>not registered: no boot notification accepted yet (no back office set, or not reached)</source>
        <translation>non enregistrée : aucune notification de démarrage acceptée (pas de back-office défini, ou injoignable)</translation>
    </message>
    <message>
        <source>pending: the back office has not accepted the charger yet</source>
        <translation>en attente : le back-office n&apos;a pas encore accepté la borne</translation>
    </message>
    <message>
        <source>accepted: the charger is registered with the back office</source>
        <translation>acceptée : la borne est enregistrée auprès du back-office</translation>
    </message>
    <message>
        <source>rejected: the back office refused the charger (check the charge-box identity)</source>
        <translation>refusée : le back-office a refusé la borne (vérifiez l&apos;identité de la borne)</translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation>inconnu (non lu)</translation>
    </message>
    <message>
        <source>code {code}, not one the tool knows</source>
        <translation>code {code}, inconnu de l&apos;outil</translation>
    </message>
    <message>
        <source>OCPP boot notification: {state}</source>
        <translation>Notification de démarrage OCPP : {state}</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} — {description} (article {article})</source>
        <translation>ChargePointModel : {model} — {description} (article {article})</translation>
    </message>
    <message>
        <source>ChargePointModel: {model} (not in the vendor&apos;s NG910 table; ask the back office which model to register)</source>
        <translation>ChargePointModel : {model} (absent de la table NG910 du fabricant ; demandez au back-office quel modèle enregistrer)</translation>
    </message>
    <message>
        <source>ChargePointModel: unknown (not read)</source>
        <translation>ChargePointModel : inconnu (non lu)</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <source>Read the records a&amp;gain</source>
        <translation>&amp;Relire les enregistrements</translation>
    </message>
    <message>
        <source>Read the journals and test results of the data folder again</source>
        <translation>Relire les journaux et les résultats de test du dossier de données</translation>
    </message>
    <message>
        <source>What the report still lacks</source>
        <translation>Ce qui manque encore au rapport</translation>
    </message>
    <message>
        <source>What the report holds per charger</source>
        <translation>Contenu du rapport par borne</translation>
    </message>
    <message>
        <source>Chargers of the visit</source>
        <translation>Bornes de la visite</translation>
    </message>
    <message>
        <source>Their settings runs and test results are read from the data folder, from the date of the visit on.</source>
        <translation>Leurs exécutions de réglages et résultats de test sont lus dans le dossier de données, à partir de la date de la visite.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <source>Tick the chargers of the visit on the left; the report holds theirs.</source>
        <translation>Cochez à gauche les bornes de la visite ; le rapport reprend leurs données.</translation>
    </message>
</context>
<context>
    <name>ContractedPowerCalculator</name>
    <message>
        <source>Current from the contracted power</source>
        <translation>Courant à partir de la puissance souscrite</translation>
    </message>
    <message>
        <source>type the contracted power</source>
        <translation>saisissez la puissance souscrite</translation>
    </message>
    <message>
        <source>Three phases (400 V)</source>
        <translation>Triphasé (400 V)</translation>
    </message>
    <message>
        <source>One phase (230 V)</source>
        <translation>Monophasé (230 V)</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>&amp;Use as station maximum current</source>
        <translation>&amp;Utiliser comme courant maximum de la borne</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>cos φ (three phases)</source>
        <translation>cos φ (triphasé)</translation>
    </message>
    <message>
        <source>Wiring carries at most</source>
        <translation>Le câblage supporte au plus</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>arrondi à l&apos;ampère inférieur</translation>
    </message>
    <message>
        <source>raised to the 6 A a charger needs at least</source>
        <translation>relevé aux 6 A dont une borne a besoin au minimum</translation>
    </message>
    <message>
        <source>cut to the 32 A a charger takes at most</source>
        <translation>ramené aux 32 A qu&apos;une borne accepte au maximum</translation>
    </message>
    <message>
        <source>cut to what the wiring carries</source>
        <translation>ramené à ce que supporte le câblage</translation>
    </message>
    <message>
        <source>Set {amps} ({why}).</source>
        <translation>Réglez {amps} ({why}).</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect:
{what}</source>
        <translation>Le programme a rencontré une erreur inattendue :
{what}</translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send it with a note of what you were doing. You can keep working; if something looks wrong, restart.</source>
        <translation>Les détails se trouvent dans le fichier journal :
{path}
Envoyez-le avec un mot sur ce que vous faisiez. Vous pouvez continuer à travailler ; si quelque chose semble anormal, redémarrez le programme.</translation>
    </message>
</context>
<context>
    <name>CurrentLimitsPage</name>
    <message>
        <source>Charging current</source>
        <translation>Courant de charge</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Courant minimum</translation>
    </message>
    <message>
        <source>The station maximum is the most the charger ever gives; the charging current is what it offers a car; dynamic power control never goes below the minimum.</source>
        <translation>Le maximum de la borne est le courant le plus élevé qu&apos;elle fournit ; le courant de charge est celui qu&apos;elle propose à un véhicule ; le contrôle dynamique de la puissance ne descend jamais sous le minimum.</translation>
    </message>
</context>
<context>
    <name>CurrentsPlot</name>
    <message>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>Time since monitoring started</source>
        <translation>Temps depuis le début de la surveillance</translation>
    </message>
    <message>
        <source>max. meter current</source>
        <translation>courant max. compteur</translation>
    </message>
    <message>
        <source>socket limit in force</source>
        <translation>limite de prise en vigueur</translation>
    </message>
    <message>
        <source>safe current</source>
        <translation>courant de sécurité</translation>
    </message>
    <message>
        <source>meter L{p}</source>
        <translation>compteur L{p}</translation>
    </message>
    <message>
        <source>charger L{p}</source>
        <translation>borne L{p}</translation>
    </message>
    <message>
        <source>socket {s} L{p}</source>
        <translation>prise {s} L{p}</translation>
    </message>
    <message>
        <source>sockets 1–{n} L{p}</source>
        <translation>prises 1–{n} L{p}</translation>
    </message>
    <message>
        <source>charging current set</source>
        <translation>courant de charge réglé</translation>
    </message>
    <message>
        <source>minimum current</source>
        <translation>courant minimum</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>house power (CT clamp)</source>
        <translation>puissance du logement (pince CT)</translation>
    </message>
    <message>
        <source>grid power (house + EV)</source>
        <translation>puissance réseau (logement + VE)</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>puissance souscrite</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Another client holds the session</source>
        <translation>Un autre client occupe la session</translation>
    </message>
    <message>
        <source>Release the other client</source>
        <translation>Libérer l&apos;autre client</translation>
    </message>
    <message>
        <source>Drop every connection</source>
        <translation>Couper toutes les connexions</translation>
    </message>
    <message>
        <source>Slow replies (8 s)</source>
        <translation>Réponses lentes (8 s)</translation>
    </message>
    <message>
        <source>Normal replies</source>
        <translation>Réponses normales</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>New TLS certificate</source>
        <translation>Nouveau certificat TLS</translation>
    </message>
    <message>
        <source>Grid meter goes silent</source>
        <translation>Le compteur réseau se tait</translation>
    </message>
    <message>
        <source>Grid meter answers again</source>
        <translation>Le compteur réseau répond de nouveau</translation>
    </message>
    <message>
        <source>Grid meter sign inverted</source>
        <translation>Signe du compteur réseau inversé</translation>
    </message>
    <message>
        <source>Grid meter sign right</source>
        <translation>Signe du compteur réseau correct</translation>
    </message>
    <message>
        <source>Slow replies (5 s)</source>
        <translation>Réponses lentes (5 s)</translation>
    </message>
    <message>
        <source>Refuse the next setting change</source>
        <translation>Refuser la prochaine modification de réglage</translation>
    </message>
    <message>
        <source>Current of phase 1 under a misspelt name</source>
        <translation>Courant de la phase 1 sous un nom mal orthographié</translation>
    </message>
    <message>
        <source>Current of phase 1 under its right name</source>
        <translation>Courant de la phase 1 sous son nom correct</translation>
    </message>
    <message>
        <source>Replies with a missing comma</source>
        <translation>Réponses avec une virgule manquante</translation>
    </message>
    <message>
        <source>Well-formed replies</source>
        <translation>Réponses bien formées</translation>
    </message>
    <message>
        <source>Contracted power stuck at 4.6 kW</source>
        <translation>Puissance souscrite bloquée à 4,6 kW</translation>
    </message>
    <message>
        <source>Contracted power follows changes</source>
        <translation>La puissance souscrite suit les modifications</translation>
    </message>
    <message>
        <source>Installation voltage reads 298 V</source>
        <translation>La tension de l&apos;installation indique 298 V</translation>
    </message>
    <message>
        <source>Installation voltage reads right</source>
        <translation>La tension de l&apos;installation est correcte</translation>
    </message>
    <message>
        <source>{serial} socket {socket}</source>
        <translation>{serial} prise {socket}</translation>
    </message>
    <message>
        <source>{serial} (Trydan)</source>
        <translation>{serial} (Trydan)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Charger and socket</source>
        <translation>Borne et prise</translation>
    </message>
    <message>
        <source>3-phase EV</source>
        <translation>VE triphasé</translation>
    </message>
    <message>
        <source>1-phase EV</source>
        <translation>VE monophasé</translation>
    </message>
    <message>
        <source>&amp;Plug in</source>
        <translation>&amp;Brancher</translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation>&amp;Débrancher</translation>
    </message>
    <message>
        <source>True wiring of the socket</source>
        <translation>Câblage réel de la prise</translation>
    </message>
    <message>
        <source>How the socket is really wired; choose another order to miswire it.</source>
        <translation>Comment la prise est réellement câblée ; choisissez un autre ordre pour la câbler de travers.</translation>
    </message>
    <message>
        <source>Re&amp;wire</source>
        <translation>Re&amp;câbler</translation>
    </message>
    <message>
        <source>Wired as</source>
        <translation>Câblée en</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>&amp;Household loads on</source>
        <translation>Charges du &amp;logement allumées</translation>
    </message>
    <message>
        <source>Hair dryer phase</source>
        <translation>Phase du sèche-cheveux</translation>
    </message>
    <message>
        <source>Hair &amp;dryer 9 A on</source>
        <translation>&amp;Sèche-cheveux 9 A allumé</translation>
    </message>
    <message>
        <source>Type these on the ALB data source page.</source>
        <translation>Saisissez-les sur la page Source de données ALB.</translation>
    </message>
    <message>
        <source>Grid meter</source>
        <translation>Compteur réseau</translation>
    </message>
    <message>
        <source>Faults and licences</source>
        <translation>Pannes et licences</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation>&amp;Provoquer</translation>
    </message>
    <message>
        <source>Licence to buy</source>
        <translation>Licence à acheter</translation>
    </message>
    <message>
        <source>&amp;Buy key</source>
        <translation>Ac&amp;heter la clé</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Licence key: type it on the Licences page</source>
        <translation>Clé de licence : saisissez-la sur la page Licences</translation>
    </message>
    <message>
        <source>{serial} socket {socket}: {phases}-phase EV, {amps}</source>
        <translation>{serial} prise {socket} : VE {phases} phase(s), {amps}</translation>
    </message>
    <message>
        <source>{serial}: {phases}-phase EV, {amps}</source>
        <translation>{serial} : VE {phases} phase(s), {amps}</translation>
    </message>
    <message>
        <source>No EV plugged in.</source>
        <translation>Aucun VE branché.</translation>
    </message>
    <message>
        <source>Grid: {currents} A</source>
        <translation>Réseau : {currents} A</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Plugging a {phases}-phase EV into {serial} socket {socket}</source>
        <translation>Branchement d&apos;un VE {phases} phase(s) sur {serial} prise {socket}</translation>
    </message>
    <message>
        <source>Unplugging {serial} socket {socket}</source>
        <translation>Débranchement de {serial} prise {socket}</translation>
    </message>
    <message>
        <source>Switching {name}</source>
        <translation>Commutation de {name}</translation>
    </message>
    <message>
        <source>Switching the hair dryer</source>
        <translation>Commutation du sèche-cheveux</translation>
    </message>
    <message>
        <source>Wiring {serial} socket {socket} as {mapping}</source>
        <translation>Câblage de {serial} prise {socket} en {mapping}</translation>
    </message>
    <message>
        <source>Buying a licence key for {serial}</source>
        <translation>Achat d&apos;une clé de licence pour {serial}</translation>
    </message>
    <message>
        <source>Starting the energy manager of {serial}</source>
        <translation>Démarrage du gestionnaire d&apos;énergie de {serial}</translation>
    </message>
    <message>
        <source>The energy manager of {serial} goes quiet</source>
        <translation>Le gestionnaire d&apos;énergie de {serial} se tait</translation>
    </message>
    <message>
        <source>The energy manager of {serial} speaks again</source>
        <translation>Le gestionnaire d&apos;énergie de {serial} reprend la parole</translation>
    </message>
    <message>
        <source>Switching off the energy manager of {serial}</source>
        <translation>Arrêt du gestionnaire d&apos;énergie de {serial}</translation>
    </message>
    <message>
        <source>Injecting &apos;{kind}&apos; on {serial}</source>
        <translation>Panne « {kind} » sur {serial}</translation>
    </message>
</context>
<context>
    <name>DynamicPowerPage</name>
    <message>
        <source>Dynamic power control: the charger reads the house&apos;s power with its own clamp and lowers its current so that the house stays under the contracted power. Pause when modulating: stop charging instead of keeping the minimum current when there is not enough power left.</source>
        <translation>Contrôle dynamique de la puissance : la borne mesure la puissance du logement avec sa propre pince et réduit son courant pour que le logement reste sous la puissance souscrite. Pause lors de la modulation : arrêter la charge au lieu de maintenir le courant minimum quand il ne reste plus assez de puissance.</translation>
    </message>
</context>
<context>
    <name>EmsBox</name>
    <message>
        <source>Energy manager</source>
        <translation>Gestionnaire d&apos;énergie</translation>
    </message>
    <message>
        <source>Charger steered by the energy manager</source>
        <translation>Borne pilotée par le gestionnaire d&apos;énergie</translation>
    </message>
    <message>
        <source>What the energy manager sets</source>
        <translation>Ce que règle le gestionnaire d&apos;énergie</translation>
    </message>
    <message>
        <source>Socket current</source>
        <translation>Courant de la prise</translation>
    </message>
    <message>
        <source>Network current per phase</source>
        <translation>Courant réseau par phase</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Go &amp;quiet</source>
        <translation>Se &amp;taire</translation>
    </message>
    <message>
        <source>Speak a&amp;gain</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Writing {amps} every {period}.</source>
        <translation>Écrit {amps} toutes les {period}.</translation>
    </message>
    <message>
        <source>Quiet: nothing written yet.</source>
        <translation>Silencieux : rien d&apos;écrit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Quiet: last setpoint {seconds} ago.</source>
        <translation>Silencieux : dernière consigne il y a {seconds}.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;Preview pages</source>
        <translation>&amp;Aperçu des pages</translation>
    </message>
    <message>
        <source>&amp;Export PDF and JSON…</source>
        <translation>&amp;Exporter en PDF et JSON…</translation>
    </message>
    <message>
        <source>Export the commissioning report</source>
        <translation>Exporter le rapport de mise en service</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not written: {why}</source>
        <translation>Non écrit : {why}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>(as found)</source>
        <translation>(tel que trouvé)</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Settings backup and support</source>
        <translation>Sauvegarde des réglages et assistance</translation>
    </message>
    <message>
        <source>Save a &amp;backup…</source>
        <translation>Enregistrer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>&amp;Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <source>Save a &amp;support bundle…</source>
        <translation>Enregistrer un &amp;dossier d&apos;assistance…</translation>
    </message>
    <message>
        <source>Roll back the last restore</source>
        <translation>Annuler la dernière restauration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>On the charger now</source>
        <translation>Actuellement sur la borne</translation>
    </message>
    <message>
        <source>From the backup</source>
        <translation>Dans la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Apply the restore</source>
        <translation>&amp;Appliquer la restauration</translation>
    </message>
    <message>
        <source>Restore a settings backup</source>
        <translation>Restaurer une sauvegarde des réglages</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Backup saved: {count} settings in {path}.</source>
        <translation>Sauvegarde enregistrée : {count} réglages dans {path}.</translation>
    </message>
    <message>
        <source>Secrets are never saved ({count} left out).</source>
        <translation>Les secrets ne sont jamais enregistrés ({count} écartés).</translation>
    </message>
    <message>
        <source>Support bundle saved (no passwords or keys in it): {path}</source>
        <translation>Dossier d&apos;assistance enregistré (sans mot de passe ni clé) : {path}</translation>
    </message>
    <message>
        <source>Backup of {serial} ({model}, firmware {firmware}), taken {taken} UTC.</source>
        <translation>Sauvegarde de {serial} ({model}, micrologiciel {firmware}), faite le {taken} UTC.</translation>
    </message>
    <message>
        <source>The charger already holds these settings: nothing to restore.</source>
        <translation>La borne a déjà ces réglages : rien à restaurer.</translation>
    </message>
    <message>
        <source>Applying it restarts the charger.</source>
        <translation>L&apos;appliquer redémarre la borne.</translation>
    </message>
    <message>
        <source>What is left aside:</source>
        <translation>Ce qui est laissé de côté :</translation>
    </message>
    <message>
        <source>Restoring the settings</source>
        <translation>Restauration des réglages</translation>
    </message>
    <message>
        <source>Rolling back the restore</source>
        <translation>Retour en arrière de la restauration</translation>
    </message>
    <message>
        <source>Roll back of the restore: {outcome}.</source>
        <translation>Retour en arrière de la restauration : {outcome}.</translation>
    </message>
    <message>
        <source>Restore: {outcome}. It is in the journal and can be rolled back.</source>
        <translation>Restauration : {outcome}. Elle figure dans le journal et peut être annulée.</translation>
    </message>
    <message>
        <source>Restore: {outcome}.</source>
        <translation>Restauration : {outcome}.</translation>
    </message>
</context>
<context>
    <name>FirmwarePanel</name>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Chargers to upgrade</source>
        <translation>Bornes à mettre à jour</translation>
    </message>
    <message>
        <source>A greyed charger cannot be upgraded from here: use its maker&apos;s app.</source>
        <translation>Une borne grisée ne peut pas être mise à jour d&apos;ici : utilisez l&apos;application de son fabricant.</translation>
    </message>
    <message>
        <source>No image chosen.</source>
        <translation>Aucune image choisie.</translation>
    </message>
    <message>
        <source>C&amp;hoose an image file…</source>
        <translation>C&amp;hoisir un fichier image…</translation>
    </message>
    <message>
        <source>Allow installing an older version (downgrade)</source>
        <translation>Autoriser l&apos;installation d&apos;une version plus ancienne (rétrogradation)</translation>
    </message>
    <message>
        <source>Chargers to upgrade (the selected one is ticked):</source>
        <translation>Bornes à mettre à jour (celle sélectionnée est cochée) :</translation>
    </message>
    <message>
        <source>New password (this upgrade crosses version 5)</source>
        <translation>Nouveau mot de passe (cette mise à jour franchit la version 5)</translation>
    </message>
    <message>
        <source>The charger needs a new unique password right after this upgrade. It is kept in the system keyring only.</source>
        <translation>La borne a besoin d&apos;un nouveau mot de passe unique juste après cette mise à jour. Il est conservé uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Mettre à jour…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{charger}: only with its maker&apos;s app</source>
        <translation>{charger} : uniquement avec l&apos;application du fabricant</translation>
    </message>
    <message>
        <source>Choose a firmware image</source>
        <translation>Choisir une image de micrologiciel</translation>
    </message>
    <message>
        <source>Type the new password: at least 8 characters.</source>
        <translation>Saisissez le nouveau mot de passe : 8 caractères au moins.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Upgrading the firmware</source>
        <translation>Mise à jour du micrologiciel</translation>
    </message>
</context>
<context>
    <name>FirmwareReport</name>
    <message>
        <source>Every picked charger already runs this version.</source>
        <translation>Toutes les bornes choisies ont déjà cette version.</translation>
    </message>
    <message>
        <source>The image can be sent to every picked charger.</source>
        <translation>L&apos;image peut être envoyée à toutes les bornes choisies.</translation>
    </message>
    <message>
        <source>Nothing will be sent until every line above is right.</source>
        <translation>Rien ne sera envoyé tant que toutes les lignes ci-dessus ne sont pas correctes.</translation>
    </message>
    <message>
        <source>Image: {family} {kind}, version {version}, header checksum correct.</source>
        <translation>Image : {family} {kind}, version {version}, somme de contrôle de l&apos;en-tête correcte.</translation>
    </message>
    <message>
        <source>✖ {name}: {problem}</source>
        <translation>✖ {name} : {problem}</translation>
    </message>
    <message>
        <source>✔ {name} already runs {version}: nothing will be sent.</source>
        <translation>✔ {name} a déjà la version {version} : rien ne sera envoyé.</translation>
    </message>
    <message>
        <source>✔ {name}: {before} → {after}</source>
        <translation>✔ {name} : {before} → {after}</translation>
    </message>
    <message>
        <source>(a downgrade, as you allowed)</source>
        <translation>(une rétrogradation, comme vous l&apos;avez autorisé)</translation>
    </message>
    <message>
        <source>(crosses version 5: a new password is needed)</source>
        <translation>(franchit la version 5 : un nouveau mot de passe est nécessaire)</translation>
    </message>
    <message>
        <source>{name} now runs {version}.</source>
        <translation>{name} est maintenant en version {version}.</translation>
    </message>
    <message>
        <source>What to do: {hint}</source>
        <translation>Que faire : {hint}</translation>
    </message>
    <message>
        <source>All {count} chargers run {version}: a network can use them.</source>
        <translation>Les {count} bornes sont en version {version} : un réseau peut les utiliser.</translation>
    </message>
    <message>
        <source>⚠ The chargers run different versions; every member of a network needs the same: {versions}.</source>
        <translation>⚠ Les bornes ont des versions différentes ; tous les membres d&apos;un réseau doivent avoir la même : {versions}.</translation>
    </message>
</context>
<context>
    <name>FirmwareRows</name>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation>attend son tour</translation>
    </message>
    <message>
        <source>uploading: {sent} of {total}</source>
        <translation>envoi : {sent} sur {total}</translation>
    </message>
    <message>
        <source>sent; the charger is still receiving it</source>
        <translation>envoyé ; la borne le reçoit encore</translation>
    </message>
    <message>
        <source>Status code {code}</source>
        <translation>Code d&apos;état {code}</translation>
    </message>
</context>
<context>
    <name>FirmwareService</name>
    <message>
        <source>Upgrading the firmware of {count} charger(s)</source>
        <translation>Mise à jour du micrologiciel de {count} borne(s)</translation>
    </message>
</context>
<context>
    <name>FirmwareWords</name>
    <message>
        <source>logging in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>checking that no other upload runs</source>
        <translation>vérification qu&apos;aucun autre envoi n&apos;est en cours</translation>
    </message>
    <message>
        <source>setting the clock</source>
        <translation>réglage de l&apos;horloge</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>installing</source>
        <translation>installation</translation>
    </message>
    <message>
        <source>making it permanent</source>
        <translation>validation définitive</translation>
    </message>
    <message>
        <source>reading the version</source>
        <translation>lecture de la version</translation>
    </message>
    <message>
        <source>setting the new password</source>
        <translation>réglage du nouveau mot de passe</translation>
    </message>
    <message>
        <source>✖ failed while logging in</source>
        <translation>✖ échec lors de la connexion</translation>
    </message>
    <message>
        <source>✖ not started: the check refused it</source>
        <translation>✖ non démarré : la vérification l&apos;a refusé</translation>
    </message>
    <message>
        <source>✖ failed while setting the clock</source>
        <translation>✖ échec lors du réglage de l&apos;horloge</translation>
    </message>
    <message>
        <source>✖ failed while uploading</source>
        <translation>✖ échec lors de l&apos;envoi</translation>
    </message>
    <message>
        <source>✖ failed while installing</source>
        <translation>✖ échec lors de l&apos;installation</translation>
    </message>
    <message>
        <source>✖ failed while making it permanent</source>
        <translation>✖ échec lors de la validation définitive</translation>
    </message>
    <message>
        <source>✖ failed while reading the version</source>
        <translation>✖ échec lors de la lecture de la version</translation>
    </message>
    <message>
        <source>✖ the new password was refused</source>
        <translation>✖ le nouveau mot de passe a été refusé</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>erasing</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>ready for the image</source>
        <translation>prêt pour l&apos;image</translation>
    </message>
    <message>
        <source>receiving the image</source>
        <translation>réception de l&apos;image</translation>
    </message>
    <message>
        <source>image received</source>
        <translation>image reçue</translation>
    </message>
    <message>
        <source>image checked</source>
        <translation>image vérifiée</translation>
    </message>
    <message>
        <source>ready to install</source>
        <translation>prêt à installer</translation>
    </message>
    <message>
        <source>restarting into the new firmware</source>
        <translation>redémarrage sur le nouveau micrologiciel</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>checking the image</source>
        <translation>vérification de l&apos;image</translation>
    </message>
    <message>
        <source>the image was refused</source>
        <translation>l&apos;image a été refusée</translation>
    </message>
    <message>
        <source>the installation failed</source>
        <translation>l&apos;installation a échoué</translation>
    </message>
    <message>
        <source>going back to the old firmware</source>
        <translation>retour à l&apos;ancien micrologiciel</translation>
    </message>
    <message>
        <source>back on the old firmware</source>
        <translation>revenu à l&apos;ancien micrologiciel</translation>
    </message>
    <message>
        <source>core firmware</source>
        <translation>micrologiciel principal</translation>
    </message>
    <message>
        <source>display package</source>
        <translation>paquet d&apos;affichage</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>✔ upgraded</source>
        <translation>✔ mis à jour</translation>
    </message>
    <message>
        <source>✔ already up to date: nothing sent</source>
        <translation>✔ déjà à jour : rien d&apos;envoyé</translation>
    </message>
    <message>
        <source>⚠ installed, but it reports another version</source>
        <translation>⚠ installé, mais il indique une autre version</translation>
    </message>
    <message>
        <source>✖ refused: nothing sent</source>
        <translation>✖ refusé : rien d&apos;envoyé</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ échec</translation>
    </message>
</context>
<context>
    <name>GuideBar</name>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title}</source>
        <translation>Étape {n} sur {m} : {title}</translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title} (not needed for this plan)</source>
        <translation>Étape {n} sur {m} : {title} (inutile pour ce plan)</translation>
    </message>
</context>
<context>
    <name>HairDryerControl</name>
    <message>
        <source>Compare the meter with your clamp meter</source>
        <translation>Comparer le compteur avec votre pince ampèremétrique</translation>
    </message>
    <message>
        <source>Test load and temporary maximum</source>
        <translation>Charge de test et maximum provisoire</translation>
    </message>
    <message>
        <source>Charging session</source>
        <translation>Session de charge</translation>
    </message>
    <message>
        <source>Test load on</source>
        <translation>Charge de test allumée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The EV&apos;s own current is read from the charger. Type what your clamp meter shows for the household WITHOUT the EV: clamp the house feed beside the charger&apos;s cable, or take the meter&apos;s reading minus the EV&apos;s current.</source>
        <translation>Le courant du VE lui-même est lu sur la borne. Saisissez ce que votre pince ampèremétrique indique pour le logement SANS le VE : pincez l&apos;alimentation du logement à côté du câble de la borne, ou prenez la valeur du compteur moins le courant du VE.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A). A temporary maximum meter current below household + test load is proposed; the real value is put back at the end, also on Cancel.</source>
        <translation>Saisissez le courant de votre charge de test (un sèche-cheveux de 2 kW consomme environ 9 A). Un courant maximum provisoire du compteur, inférieur à logement + charge de test, est proposé ; la vraie valeur est rétablie à la fin, même en cas d&apos;annulation.</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge on the socket; the charger first measures the voltage for about a minute.</source>
        <translation>Un VE (ou un boîtier de test) doit charger sur la prise ; la borne mesure d&apos;abord la tension pendant environ une minute.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked; the charger should lower the EV&apos;s current within seconds.</source>
        <translation>Allumez la charge de test quand cela vous est demandé ; la borne doit baisser le courant du VE en quelques secondes.</translation>
    </message>
    <message>
        <source>House power from the charger&apos;s CT clamp</source>
        <translation>Puissance du logement mesurée par la pince CT de la borne</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Charge de test</translation>
    </message>
    <message>
        <source>Charging session and temporary contracted power</source>
        <translation>Session de charge et puissance souscrite provisoire</translation>
    </message>
    <message>
        <source>The charger&apos;s CT clamp measures the house without the EV; the test reads it for a few seconds.</source>
        <translation>La pince CT de la borne mesure le logement sans le VE ; le test la lit pendant quelques secondes.</translation>
    </message>
    <message>
        <source>Type the current of your test load (a 2 kW hair dryer draws about 9 A).</source>
        <translation>Saisissez le courant de votre charge de test (un sèche-cheveux de 2 kW consomme environ 9 A).</translation>
    </message>
    <message>
        <source>An EV (or a test box) must charge. A temporary contracted power is then proposed so that the EV must come down when the load goes on; the real value is put back at the end, also on Cancel.</source>
        <translation>Un VE (ou un boîtier de test) doit être en charge. Une puissance souscrite provisoire est alors proposée pour que le VE doive réduire son courant quand la charge est allumée ; la vraie valeur est rétablie à la fin, y compris en cas d&apos;annulation.</translation>
    </message>
    <message>
        <source>Switch the test load on when asked, anywhere in the house; the charger should lower the EV&apos;s current within seconds so that house + EV stay within the contracted power.</source>
        <translation>Allumez la charge de test quand cela vous est demandé, n&apos;importe où dans le logement ; la borne doit réduire le courant du VE en quelques secondes pour que logement + VE restent dans la puissance souscrite.</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Test du sèche-cheveux</translation>
    </message>
    <message>
        <source>&amp;Hair-dryer test…</source>
        <translation>Test du sèche-&amp;cheveux…</translation>
    </message>
    <message>
        <source>Checks that dynamic power control lowers the EV&apos;s current when a test load (a hair dryer, a kettle) raises the house power, so that house + EV stay within the contracted power.</source>
        <translation>Vérifie que le contrôle dynamique de la puissance réduit le courant du VE quand une charge de test (sèche-cheveux, bouilloire) augmente la puissance du logement, pour que logement + VE restent dans la puissance souscrite.</translation>
    </message>
    <message>
        <source>Checks that active load balancing lowers the EV&apos;s current when a test load (a hair dryer, a kettle) pushes the installation over a temporary maximum.</source>
        <translation>Vérifie que l&apos;équilibrage de charge actif baisse le courant du VE quand une charge de test (un sèche-cheveux, une bouilloire) fait passer l&apos;installation au-dessus d&apos;un maximum provisoire.</translation>
    </message>
    <message>
        <source>Show the recorded currents…</source>
        <translation>Afficher les courants enregistrés…</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Test du sèche-cheveux sur {key}</translation>
    </message>
    <message>
        <source>Step {n} of {total}: {step}</source>
        <translation>Étape {n} sur {total} : {step}</translation>
    </message>
    <message>
        <source>(read from the charger: nothing to measure)</source>
        <translation>(lu sur la borne : rien à mesurer)</translation>
    </message>
    <message>
        <source>Test cancelled; the real contracted power is back.</source>
        <translation>Test annulé ; la vraie puissance souscrite est rétablie.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Dynamic power control lowered the EV&apos;s current and kept house + EV within the contracted power.</source>
        <translation>Le contrôle dynamique de la puissance a réduit le courant du VE et maintenu logement + VE dans la puissance souscrite.</translation>
    </message>
    <message>
        <source>Active load balancing reacts to the test load as it should.</source>
        <translation>L&apos;équilibrage de charge actif réagit correctement à la charge de test.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
    <message>
        <source>Test stopped: {error}</source>
        <translation>Test arrêté : {error}</translation>
    </message>
    <message>
        <source>Test cancelled; the real maximum meter current is back.</source>
        <translation>Test annulé ; le vrai courant maximal du compteur est rétabli.</translation>
    </message>
</context>
<context>
    <name>HairDryerTexts</name>
    <message>
        <source>Current of the test load (hair dryer, kettle), as on its label:</source>
        <translation>Courant de la charge de test (sèche-cheveux, bouilloire), selon son étiquette :</translation>
    </message>
    <message>
        <source>Connect the EV (or a test box) and start a charging session, then press Continue. The charger first measures the voltage for about a minute.</source>
        <translation>Branchez le VE (ou un boîtier de test) et démarrez une session de charge, puis appuyez sur Continuer. La borne mesure d&apos;abord la tension pendant environ une minute.</translation>
    </message>
    <message>
        <source>Continue the hair-dryer test anyway?</source>
        <translation>Poursuivre quand même le test du sèche-cheveux ?</translation>
    </message>
    <message>
        <source>The EV is charging.</source>
        <translation>Le VE est en charge.</translation>
    </message>
    <message>
        <source>Waiting for the EV to charge…</source>
        <translation>Attente de la charge du VE…</translation>
    </message>
    <message>
        <source>Recording the charger&apos;s reaction…</source>
        <translation>Enregistrement de la réaction de la borne…</translation>
    </message>
    <message>
        <source>Done: you can switch the test load off.</source>
        <translation>Terminé : vous pouvez éteindre la charge de test.</translation>
    </message>
    <message>
        <source>Reading the charger&apos;s settings…</source>
        <translation>Lecture des réglages de la borne…</translation>
    </message>
    <message>
        <source>Plug the test load into any outlet of the house: the charger&apos;s CT clamp measures the whole house feed.</source>
        <translation>Branchez la charge de test sur n&apos;importe quelle prise du logement : la pince CT de la borne mesure toute l&apos;alimentation du logement.</translation>
    </message>
    <message>
        <source>Clamp-meter reading of the household current on L{p}, WITHOUT the EV:</source>
        <translation>Valeur lue à la pince ampèremétrique pour le courant du logement sur L{p}, SANS le VE :</translation>
    </message>
    <message>
        <source>Plug the test load into an outlet on grid phase L{p}: the charger&apos;s L1 lands there by its phase mapping, so the EV always draws from it.</source>
        <translation>Branchez la charge de test sur une prise de courant de la phase réseau L{p} : selon son affectation des phases, la L1 de la borne y est raccordée, le VE y consomme donc toujours.</translation>
    </message>
    <message>
        <source>For the test the contracted power is set to the value below (in W), so that the EV must come down when the test load goes on; the real value is put back afterwards. Accept it, or type another value.</source>
        <translation>Pour le test, la puissance souscrite est réglée à la valeur ci-dessous (en W), pour que le VE doive réduire son courant quand la charge de test est allumée ; la vraie valeur est rétablie ensuite. Acceptez-la ou saisissez une autre valeur.</translation>
    </message>
    <message>
        <source>For the test the maximum meter current is set to the value below, under household + test load (the real {real} is put back afterwards). Accept it, or type another value.</source>
        <translation>Pour le test, le courant maximum du compteur est réglé sur la valeur ci-dessous, inférieure à logement + charge de test (la vraie valeur, {real}, est rétablie ensuite). Acceptez-la ou saisissez une autre valeur.</translation>
    </message>
    <message>
        <source>Switch the test load ({load}) on now, then press Continue.</source>
        <translation>Allumez maintenant la charge de test ({load}), puis appuyez sur Continuer.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>Surveillance en direct</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Settings and files</source>
        <translation>Paramètres et fichiers</translation>
    </message>
    <message>
        <source>Commissioner user guide</source>
        <translation>Guide d&apos;utilisation de Commissioner</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pages du guide</translation>
    </message>
</context>
<context>
    <name>InterruptedBanner</name>
    <message>
        <source>Re&amp;sume it</source>
        <translation>La &amp;reprendre</translation>
    </message>
    <message>
        <source>Roll it back to as &amp;found</source>
        <translation>Revenir à l&apos;état &amp;trouvé</translation>
    </message>
    <message>
        <source>⚠ A run of the plan &apos;{plan}&apos; stopped before it finished ({status}). Some settings may be half-applied.</source>
        <translation>⚠ Une exécution du plan « {plan} » s&apos;est arrêtée avant la fin ({status}). Certains réglages sont peut-être appliqués à moitié.</translation>
    </message>
    <message>
        <source>Run {run}</source>
        <translation>Exécution {run}</translation>
    </message>
    <message>
        <source>({count} more after this one.)</source>
        <translation>({count} autre(s) après celle-ci.)</translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>Licence key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Paste the key as bought: spaces, dashes and lower case are fine. The charger reboots to take a new key.</source>
        <translation>Collez la clé telle qu&apos;achetée : espaces, tirets et minuscules sont acceptés. La borne redémarre pour prendre une nouvelle clé.</translation>
    </message>
    <message>
        <source>Keep typing: a key has 24 hex digits.</source>
        <translation>Continuez : une clé compte 24 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Key complete: {key}</source>
        <translation>Clé complète : {key}</translation>
    </message>
    <message>
        <source>Features this charger has:</source>
        <translation>Fonctions de cette borne :</translation>
    </message>
</context>
<context>
    <name>LockLedsPage</name>
    <message>
        <source>A locked charger starts no charge until it is unlocked. The brightness of each LED is 0 (off) to 100 %.</source>
        <translation>Une borne verrouillée ne démarre aucune charge tant qu&apos;elle n&apos;est pas déverrouillée. La luminosité de chaque LED va de 0 (éteinte) à 100 %.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to {name}</source>
        <translation>Connexion à {name}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Pas de trousseau système : le mot de passe ne sera pas mémorisé.</translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation>Borne :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Look-alike spellings</source>
        <translation>Graphies voisines</translation>
    </message>
    <message>
        <source>Connect to {name}</source>
        <translation>Connexion à {name}</translation>
    </message>
    <message>
        <source>&amp;Try this spelling</source>
        <translation>&amp;Essayer cette graphie</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>This charger&apos;s local API has no password: the program connects at once. Anyone on this network can read and change its settings, so keep the charger on a network only the site uses.</source>
        <translation>L&apos;API locale de cette borne n&apos;a pas de mot de passe : le programme se connecte immédiatement. Toute personne sur ce réseau peut lire et modifier ses réglages ; gardez donc la borne sur un réseau utilisé uniquement par le site.</translation>
    </message>
    <message>
        <source>Type the password from the installer card.</source>
        <translation>Saisissez le mot de passe de la carte installateur.</translation>
    </message>
    <message>
        <source>The charger refused this password.</source>
        <translation>La borne a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>Check it against the installer card (user admin).</source>
        <translation>Vérifiez-le sur la carte installateur (utilisateur admin).</translation>
    </message>
    <message>
        <source>The digit 1 and the letter l look alike on the card. These spellings swap them; double-click one to try it. Several wrong tries in a row can lock the account for a while.</source>
        <translation>Le chiffre 1 et la lettre l se ressemblent sur la carte. Ces graphies les échangent ; double-cliquez sur l&apos;une d&apos;elles pour l&apos;essayer. Plusieurs essais erronés de suite peuvent bloquer le compte un moment.</translation>
    </message>
    <message>
        <source>close the MyEve app on your phone, or any other tool connected to it;</source>
        <translation>fermer l&apos;application MyEve sur votre téléphone, ou tout autre outil connecté à la borne ;</translation>
    </message>
    <message>
        <source>wait about a minute for the other session to expire, then log in again;</source>
        <translation>attendre environ une minute que l&apos;autre session expire, puis vous reconnecter ;</translation>
    </message>
    <message>
        <source>or switch the charger off and on again (this ends every session).</source>
        <translation>ou éteindre puis rallumer la borne (toutes les sessions prennent fin).</translation>
    </message>
    <message>
        <source>Another client holds this charger&apos;s only session.</source>
        <translation>Un autre client occupe l&apos;unique session de cette borne.</translation>
    </message>
    <message>
        <source>The charger talks to one client at a time. You can:</source>
        <translation>La borne ne dialogue qu&apos;avec un client à la fois. Vous pouvez :</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
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
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Commissioning</source>
        <translation>&amp;Mise en service</translation>
    </message>
    <message>
        <source>Live &amp;monitoring</source>
        <translation>Surveillance en &amp;direct</translation>
    </message>
    <message>
        <source>&amp;SCN</source>
        <translation>&amp;SCN</translation>
    </message>
    <message>
        <source>Main&amp;tenance</source>
        <translation>Main&amp;tenance</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Site de démonstration</translation>
    </message>
    <message>
        <source>Chargers found: {count}</source>
        <translation>Bornes trouvées : {count}</translation>
    </message>
    <message>
        <source>logged in and polled: {count}</source>
        <translation>connectées et interrogées : {count}</translation>
    </message>
    <message>
        <source>discovery running ({problem})</source>
        <translation>recherche en cours ({problem})</translation>
    </message>
    <message>
        <source>discovery running (mDNS and Bluetooth)</source>
        <translation>recherche en cours (mDNS et Bluetooth)</translation>
    </message>
    <message>
        <source>demo site running on 127.0.0.1</source>
        <translation>site de démonstration actif sur 127.0.0.1</translation>
    </message>
    <message>
        <source>The certificate of {key} changed: select it to decide.</source>
        <translation>Le certificat de {key} a changé : sélectionnez-le pour décider.</translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation>Pas de trousseau système : le mot de passe ne sera pas mémorisé.</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Reading the clock and the name…</source>
        <translation>Lecture de l&apos;horloge et du nom…</translation>
    </message>
    <message>
        <source>Reading the clock</source>
        <translation>Lecture de l&apos;horloge</translation>
    </message>
    <message>
        <source>Rolling back {plan}</source>
        <translation>Retour en arrière de {plan}</translation>
    </message>
    <message>
        <source>Reading every setting…</source>
        <translation>Lecture de tous les réglages…</translation>
    </message>
    <message>
        <source>Saving a settings backup</source>
        <translation>Enregistrement d&apos;une sauvegarde des réglages</translation>
    </message>
    <message>
        <source>Comparing the backup with the charger…</source>
        <translation>Comparaison de la sauvegarde avec la borne…</translation>
    </message>
    <message>
        <source>Reading a settings backup</source>
        <translation>Lecture d&apos;une sauvegarde des réglages</translation>
    </message>
    <message>
        <source>Saving a support bundle</source>
        <translation>Enregistrement d&apos;un dossier d&apos;assistance</translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Measurand</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <source>Scale (10ⁿ)</source>
        <translation>Échelle (10ⁿ)</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Table des registres du compteur</translation>
    </message>
    <message>
        <source>Row {row} ({measurand}), {column}: {why}</source>
        <translation>Ligne {row} ({measurand}), {column} : {why}</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Electrical measurements (from your tester)</source>
        <translation>Mesures électriques (de votre testeur)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Valeur relevée</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Where (circuit or charger)</source>
        <translation>Emplacement (circuit ou borne)</translation>
    </message>
    <message>
        <source>Where it was measured</source>
        <translation>Lieu de la mesure</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
</context>
<context>
    <name>MeterPage</name>
    <message>
        <source>Search meters (maker or model)</source>
        <translation>Rechercher un compteur (fabricant ou modèle)</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>C&amp;ustom register map: edit the cells below</source>
        <translation>Table de registres &amp;personnalisée : modifiez les cellules ci-dessous</translation>
    </message>
    <message>
        <source>Starts from the map shown (the chosen preset); type a register, data type or scale.</source>
        <translation>Part de la table affichée (le préréglage choisi) ; saisissez un registre, un type de données ou une échelle.</translation>
    </message>
    <message>
        <source>Custom map, started from the one shown: double-click a cell to change it.</source>
        <translation>Table personnalisée, partie de celle affichée : double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>Choose a preset in the list to leave the custom map.</source>
        <translation>Choisissez un préréglage dans la liste pour quitter la table personnalisée.</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Aucun problème sur cette page.</translation>
    </message>
    <message>
        <source>The charger reads this meter over {protocol}.</source>
        <translation>La borne lit ce compteur en {protocol}.</translation>
    </message>
    <message>
        <source>A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP (ALB data source page).</source>
        <translation>Un compteur Modbus sert quand le protocole du compteur ALB est Modbus RTU ou TCP (page Source de données ALB).</translation>
    </message>
</context>
<context>
    <name>MeterPlacementDiagram</name>
    <message>
        <source>Where the meter sits</source>
        <translation>Emplacement du compteur</translation>
    </message>
    <message>
        <source>The meter measures the house and the charger: EV included.</source>
        <translation>Le compteur mesure le logement et la borne : VE inclus.</translation>
    </message>
    <message>
        <source>The charger is fed before the meter: the meter sees the house only.</source>
        <translation>La borne est alimentée en amont du compteur : le compteur ne voit que le logement.</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Logement</translation>
    </message>
</context>
<context>
    <name>MeterTestPanel</name>
    <message>
        <source>Test smart meter</source>
        <translation>Tester le compteur intelligent</translation>
    </message>
    <message>
        <source>Reads the meter through the charger and directly from this computer (Modbus TCP at the meter IP address, port and unit id), and checks that the values make sense.</source>
        <translation>Lit le compteur via la borne et directement depuis cet ordinateur (Modbus TCP à l&apos;adresse IP, au port et au n° d&apos;unité du compteur), puis vérifie que les valeurs sont cohérentes.</translation>
    </message>
    <message>
        <source>Site now: not known</source>
        <translation>Site maintenant : inconnu</translation>
    </message>
    <message>
        <source>Site now: draws from the grid</source>
        <translation>Site maintenant : soutire du réseau</translation>
    </message>
    <message>
        <source>Site now: feeds into the grid</source>
        <translation>Site maintenant : injecte dans le réseau</translation>
    </message>
    <message>
        <source>Lets the check tell a reversed meter from export.</source>
        <translation>Permet au contrôle de distinguer un compteur inversé d&apos;une injection.</translation>
    </message>
    <message>
        <source>Clamp A per phase: 10.2, 4.9, 2.1</source>
        <translation>Pince A par phase : 10.2, 4.9, 2.1</translation>
    </message>
    <message>
        <source>Optional: currents measured with a clamp meter, to check scale and phases.</source>
        <translation>Facultatif : courants mesurés à la pince ampèremétrique, pour vérifier l&apos;échelle et les phases.</translation>
    </message>
    <message>
        <source>Serial port (TIC, RS-485)</source>
        <translation>Port série (TIC, RS-485)</translation>
    </message>
    <message>
        <source>Only for a meter on a serial line. A TIC (Linky) meter: the serial port of the TIC dongle on this computer (/dev/ttyUSB0, COM3) or the address of a TIC gateway (host:port). A Modbus RTU meter: the serial port of the USB–RS-485 adapter on the meter&apos;s line.</source>
        <translation>Uniquement pour un compteur sur liaison série. Compteur TIC (Linky) : le port série du dongle TIC sur cet ordinateur (/dev/ttyUSB0, COM3) ou l&apos;adresse d&apos;une passerelle TIC (hôte:port). Compteur Modbus RTU : le port série de l&apos;adaptateur USB–RS-485 sur la ligne du compteur.</translation>
    </message>
    <message>
        <source>&amp;Test smart meter</source>
        <translation>&amp;Tester le compteur intelligent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Charger (A)</source>
        <translation>Borne (A)</translation>
    </message>
    <message>
        <source>ALB uses (A)</source>
        <translation>Utilisé par l&apos;ALB (A)</translation>
    </message>
    <message>
        <source>Direct (A)</source>
        <translation>Direct (A)</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Identique ?</translation>
    </message>
    <message>
        <source>The meter&apos;s currents as the charger reports them (5221).</source>
        <translation>Les courants du compteur tels que la borne les indique (5221).</translation>
    </message>
    <message>
        <source>The currents ALB balances on (212F): negative while the site exports.</source>
        <translation>Les courants sur lesquels l&apos;ALB équilibre (212F) : négatifs quand le site injecte.</translation>
    </message>
    <message>
        <source>The meter read from this computer with the preset or custom map.</source>
        <translation>Le compteur lu depuis cet ordinateur avec le préréglage ou la table personnalisée.</translation>
    </message>
    <message>
        <source>Whether the charger and this computer read the same current.</source>
        <translation>Si la borne et cet ordinateur lisent le même courant.</translation>
    </message>
    <message>
        <source>Meter currents per phase, both paths</source>
        <translation>Courants du compteur par phase, par les deux chemins</translation>
    </message>
    <message>
        <source>Clamp currents &apos;{text}&apos;: give amperes per phase, like 10.2, 4.9, 2.1.</source>
        <translation>Courants à la pince « {text} » : indiquez les ampères par phase, p. ex. 10.2, 4.9, 2.1.</translation>
    </message>
    <message>
        <source>Log in to a charger and read it first.</source>
        <translation>Connectez-vous d&apos;abord à une borne et lisez-la.</translation>
    </message>
    <message>
        <source>Meter test cancelled.</source>
        <translation>Test du compteur annulé.</translation>
    </message>
    <message>
        <source>The charger did not report its meter: {why}</source>
        <translation>La borne n&apos;a pas indiqué son compteur : {why}</translation>
    </message>
    <message>
        <source>Charger&apos;s Modbus meter link: {state}.</source>
        <translation>Liaison Modbus de la borne avec le compteur : {state}.</translation>
    </message>
    <message>
        <source>The meter cannot be reached directly from this computer: {why}</source>
        <translation>Le compteur n&apos;est pas joignable directement depuis cet ordinateur : {why}</translation>
    </message>
    <message>
        <source>Only the charger&apos;s view is shown.</source>
        <translation>Seule la vue de la borne est affichée.</translation>
    </message>
    <message>
        <source>Read directly at {where}.</source>
        <translation>Lu directement à {where}.</translation>
    </message>
    <message>
        <source>The plan is not applied yet: the charger still uses its meter settings as found, while this computer read the meter with the plan&apos;s. Apply the plan, then test again.</source>
        <translation>Le plan n&apos;est pas encore appliqué : la borne utilise toujours ses réglages de compteur trouvés, alors que cet ordinateur a lu le compteur avec ceux du plan. Appliquez le plan, puis refaites le test.</translation>
    </message>
    <message>
        <source>The two paths disagree on {phases}: the charger&apos;s register map or address differs from what was read here.</source>
        <translation>Les deux chemins diffèrent sur {phases} : la table de registres ou l&apos;adresse de la borne diffère de ce qui a été lu ici.</translation>
    </message>
    <message>
        <source>Both paths read the same currents.</source>
        <translation>Les deux chemins lisent les mêmes courants.</translation>
    </message>
    <message>
        <source>idle (no Modbus meter in use)</source>
        <translation>inactive (aucun compteur Modbus utilisé)</translation>
    </message>
    <message>
        <source>initialising (no answer from the meter yet)</source>
        <translation>initialisation (pas encore de réponse du compteur)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>warning (the last poll failed)</source>
        <translation>avertissement (la dernière lecture a échoué)</translation>
    </message>
    <message>
        <source>error (the meter is quiet or the settings are unusable)</source>
        <translation>erreur (le compteur se tait ou les réglages sont inutilisables)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>The values read are not plausible with this preset.</source>
        <translation>Les valeurs lues ne sont pas plausibles avec ce préréglage.</translation>
    </message>
    <message>
        <source>The meter reads, but the preset needs a correction:</source>
        <translation>Le compteur répond, mais le préréglage demande une correction :</translation>
    </message>
    <message>
        <source>The values read are plausible: the preset fits this meter.</source>
        <translation>Les valeurs lues sont plausibles : le préréglage convient à ce compteur.</translation>
    </message>
    <message>
        <source>Proposed fix: {fix}.</source>
        <translation>Correction proposée : {fix}.</translation>
    </message>
</context>
<context>
    <name>MeterTestService</name>
    <message>
        <source>Reading the meter through the charger…</source>
        <translation>Lecture du compteur via la borne…</translation>
    </message>
    <message>
        <source>Reading the meter from this computer…</source>
        <translation>Lecture du compteur depuis cet ordinateur…</translation>
    </message>
    <message>
        <source>Meter test done.</source>
        <translation>Test du compteur terminé.</translation>
    </message>
    <message>
        <source>Testing the smart meter of {key}</source>
        <translation>Test du compteur intelligent de {key}</translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>not in use (communication idle)</source>
        <translation>non utilisé (communication inactive)</translation>
    </message>
    <message>
        <source>initialising</source>
        <translation>initialisation</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Follow &amp;latest</source>
        <translation>Suivre les &amp;dernières valeurs</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>&amp;Exporter la vue en CSV…</translation>
    </message>
    <message>
        <source>Voltages (charger)</source>
        <translation>Tensions (borne)</translation>
    </message>
    <message>
        <source>House / grid power</source>
        <translation>Puissance logement / réseau</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Charging power</source>
        <translation>Puissance de charge</translation>
    </message>
    <message>
        <source>Charging current set</source>
        <translation>Courant de charge réglé</translation>
    </message>
    <message>
        <source>CT clamp link</source>
        <translation>Liaison pince CT</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Contrôle dynamique de la puissance</translation>
    </message>
    <message>
        <source>on, never below {minimum}</source>
        <translation>activé, jamais sous {minimum}</translation>
    </message>
    <message>
        <source>off: the contracted power is not kept</source>
        <translation>désactivé : la puissance souscrite n&apos;est pas respectée</translation>
    </message>
    <message>
        <source>Meter link code {code}</source>
        <translation>Code de liaison compteur {code}</translation>
    </message>
    <message>
        <source>limit {amps}</source>
        <translation>limite {amps}</translation>
    </message>
    <message>
        <source>Status flags 0x{flags:X}</source>
        <translation>Indicateurs d&apos;état 0x{flags:X}</translation>
    </message>
    <message>
        <source>Voltages (meter)</source>
        <translation>Tensions (compteur)</translation>
    </message>
    <message>
        <source>Frequency (meter)</source>
        <translation>Fréquence (compteur)</translation>
    </message>
    <message>
        <source>Meter currents</source>
        <translation>Courants du compteur</translation>
    </message>
    <message>
        <source>Power meter / socket</source>
        <translation>Puissance compteur / prise</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Mode 3</translation>
    </message>
    <message>
        <source>Limit in force</source>
        <translation>Limite en vigueur</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Équilibrage de charge actif</translation>
    </message>
    <message>
        <source>Meter link</source>
        <translation>Liaison compteur</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Live currents of {key}</source>
        <translation>Courants en direct de {key}</translation>
    </message>
    <message>
        <source>Log in to a charger to see its live currents.</source>
        <translation>Connectez-vous à une borne pour voir ses courants en direct.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Link state code {code}</source>
        <translation>Code d&apos;état de la liaison {code}</translation>
    </message>
    <message>
        <source> — the charger does not answer</source>
        <translation> — la borne ne répond pas</translation>
    </message>
    <message>
        <source>socket {n}: {state}</source>
        <translation>prise {n} : {state}</translation>
    </message>
    <message>
        <source>{polls} polls, {gaps} gaps</source>
        <translation>{polls} lectures, {gaps} trous</translation>
    </message>
    <message>
        <source>Export the visible window</source>
        <translation>Exporter la fenêtre visible</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>One member reads the meter (active load balancing)</source>
        <translation>Un membre lit le compteur (équilibrage de charge actif)</translation>
    </message>
    <message>
        <source>It keeps its ALB settings; the others need none.</source>
        <translation>Il garde ses réglages ALB ; les autres n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Grid total current</source>
        <translation>Courant total d&apos;alimentation</translation>
    </message>
    <message>
        <source>Total safe current</source>
        <translation>Courant de sécurité total</translation>
    </message>
    <message>
        <source>Socket safe current</source>
        <translation>Courant de sécurité par prise</translation>
    </message>
    <message>
        <source>Station maximum</source>
        <translation>Maximum de la borne</translation>
    </message>
    <message>
        <source>Socket maximum</source>
        <translation>Maximum de la prise</translation>
    </message>
    <message>
        <source>Alternating period</source>
        <translation>Période d&apos;alternance</translation>
    </message>
    <message>
        <source>Meter-reading member</source>
        <translation>Membre qui lit le compteur</translation>
    </message>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Aucun membre ne lit de compteur : les membres du réseau se partagent son courant total d&apos;alimentation, quelle que soit la consommation du reste du bâtiment.</translation>
    </message>
    <message>
        <source>Read the members, then choose the one wired to the meter.</source>
        <translation>Lisez les membres, puis choisissez celui qui est raccordé au compteur.</translation>
    </message>
    <message>
        <source>{name} reads the meter and computes the current available to the whole network: the maximum meter current minus what the rest of the building draws.</source>
        <translation>{name} lit le compteur et calcule le courant disponible pour tout le réseau : le courant maximum du compteur moins ce que consomme le reste du bâtiment.</translation>
    </message>
</context>
<context>
    <name>OverviewControls</name>
    <message>
        <source>timed power on</source>
        <translation>mise en marche programmée</translation>
    </message>
    <message>
        <source>timed power off</source>
        <translation>arrêt programmé</translation>
    </message>
    <message>
        <source>minimum power, more when there is room</source>
        <translation>puissance minimale, davantage s&apos;il reste de la marge</translation>
    </message>
    <message>
        <source>solar power only</source>
        <translation>énergie solaire uniquement</translation>
    </message>
    <message>
        <source>grid and solar</source>
        <translation>réseau et solaire</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>clamp reading normally</source>
        <translation>pince : lecture normale</translation>
    </message>
    <message>
        <source>waiting for the clamp</source>
        <translation>en attente de la pince</translation>
    </message>
    <message>
        <source>clamp fault: check its cable</source>
        <translation>défaut de la pince : vérifiez son câble</translation>
    </message>
    <message>
        <source>one-phase</source>
        <translation>monophasé</translation>
    </message>
    <message>
        <source>three-phase</source>
        <translation>triphasé</translation>
    </message>
    <message>
        <source>one- or three-phase</source>
        <translation>mono- ou triphasé</translation>
    </message>
    <message>
        <source>Charging settings</source>
        <translation>Réglages de charge</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Contrôle dynamique de la puissance</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Minimum current</source>
        <translation>Courant minimum</translation>
    </message>
    <message>
        <source>Maximum current</source>
        <translation>Courant maximum</translation>
    </message>
    <message>
        <source>Charging current set now</source>
        <translation>Courant de charge réglé actuellement</translation>
    </message>
    <message>
        <source>Charging phases</source>
        <translation>Phases de charge</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Tension de l&apos;installation</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>locked: nobody can charge</source>
        <translation>verrouillée : personne ne peut charger</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>déverrouillée</translation>
    </message>
    <message>
        <source>Charging paused</source>
        <translation>Charge en pause</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Light LED</source>
        <translation>LED d&apos;éclairage</translation>
    </message>
    <message>
        <source>Logo LED</source>
        <translation>LED du logo</translation>
    </message>
    <message>
        <source>{power} (≈ {amps} per phase)</source>
        <translation>{power} (≈ {amps} par phase)</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pause lors de la modulation</translation>
    </message>
    <message>
        <source>Current clamp</source>
        <translation>Pince de courant</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Réseau Wi-Fi</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Wi-Fi signal</source>
        <translation>Signal Wi-Fi</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>niveau {level}</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Log in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation>Fonctionnalités sous licence</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation>Mode 3</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation>Limites de courant</translation>
    </message>
    <message>
        <source>Current L1 / L2 / L3</source>
        <translation>Courant L1 / L2 / L3</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Socket 1</source>
        <translation>Prise 1</translation>
    </message>
    <message>
        <source>Socket 2</source>
        <translation>Prise 2</translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation>Aucune borne sélectionnée</translation>
    </message>
    <message>
        <source>Pick a charger in the list, or add one by its address.</source>
        <translation>Choisissez une borne dans la liste, ou ajoutez-en une par son adresse.</translation>
    </message>
    <message>
        <source>Log in (user admin, password from the installer card) to read licences, socket states and current limits.</source>
        <translation>Connectez-vous (utilisateur admin, mot de passe de la carte installateur) pour lire les licences, l&apos;état des prises et les limites de courant.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Serial (Object ID)</source>
        <translation>N° de série (Object ID)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>Connect (no password: its local API has none) to read its state, limits, dynamic power control and network.</source>
        <translation>Connectez-vous (sans mot de passe : son API locale n&apos;en a pas) pour lire son état, ses limites, son contrôle dynamique de la puissance et son réseau.</translation>
    </message>
    <message>
        <source>Charger ID</source>
        <translation>ID de la borne</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Installation phases</source>
        <translation>Phases de l&apos;installation</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Licence device id</source>
        <translation>Identifiant de licence</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>déverrouillée</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Courant maximum de la borne</translation>
    </message>
    <message>
        <source>Maximum smart-meter current</source>
        <translation>Courant maximum du compteur intelligent</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Courant de sécurité de l&apos;ALB</translation>
    </message>
    <message>
        <source>Socket maximum current</source>
        <translation>Courant maximum de la prise</translation>
    </message>
    <message>
        <source>External maximum (RAM)</source>
        <translation>Maximum externe (RAM)</translation>
    </message>
    <message>
        <source>Static load-balancing limit</source>
        <translation>Limite d&apos;équilibrage de charge statique</translation>
    </message>
    <message>
        <source>Active load-balancing limit</source>
        <translation>Limite d&apos;équilibrage de charge actif</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>En vigueur maintenant</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Checks of this page</source>
        <translation>Contrôles de cette page</translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation>Aucun problème sur cette page.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Pages of the report</source>
        <translation>Pages du rapport</translation>
    </message>
    <message>
        <source>Press Preview pages to see the pages of the report.</source>
        <translation>Appuyez sur Aperçu des pages pour voir les pages du rapport.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>The report has no pages.</source>
        <translation>Le rapport n&apos;a aucune page.</translation>
    </message>
</context>
<context>
    <name>PhaseIdControl</name>
    <message>
        <source>Phase identification</source>
        <translation>Identification des phases</translation>
    </message>
    <message>
        <source>&amp;Identify phases…</source>
        <translation>&amp;Identifier les phases…</translation>
    </message>
    <message>
        <source>With an EV charging, steps the socket&apos;s current a few times and finds which grid phase each of the charger&apos;s phases lands on (a few minutes).</source>
        <translation>Avec un VE en charge, fait varier plusieurs fois le courant de la prise et trouve sur quelle phase du réseau arrive chaque phase de la borne (quelques minutes).</translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation>Annuler l&apos;identification</translation>
    </message>
    <message>
        <source>Phase identification started.</source>
        <translation>Identification des phases commencée.</translation>
    </message>
    <message>
        <source>Finished on {serial}, socket {socket}.</source>
        <translation>Terminée sur {serial}, prise {socket}.</translation>
    </message>
    <message>
        <source>Phase identification stopped: {error}</source>
        <translation>Identification des phases arrêtée : {error}</translation>
    </message>
    <message>
        <source>&amp;Use this mapping</source>
        <translation>&amp;Utiliser cette affectation</translation>
    </message>
    <message>
        <source>Puts the proposed phase mapping into the commissioning plan of this charger.</source>
        <translation>Place l&apos;affectation des phases proposée dans le plan de mise en service de cette borne.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Phase identification needs an EV charging: connect it and start a session, then press Continue.</source>
        <translation>L&apos;identification des phases nécessite un VE en charge : branchez-le et démarrez une session, puis appuyez sur Continuer.</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Identification des phases sur {key}</translation>
    </message>
    <message>
        <source>Step {done} of {total}: the socket&apos;s current is stepped.</source>
        <translation>Étape {done} sur {total} : le courant de la prise varie par paliers.</translation>
    </message>
    <message>
        <source>Phase identification cancelled; the socket&apos;s own maximum is back.</source>
        <translation>Identification des phases annulée ; le maximum propre de la prise est rétabli.</translation>
    </message>
    <message>
        <source>Phase mapping {mapping} put into the commissioning plan.</source>
        <translation>Affectation des phases {mapping} placée dans le plan de mise en service.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Pas de réponse.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Proposed phase mapping: &lt;b&gt;{mapping}&lt;/b&gt;</source>
        <translation>Affectation des phases proposée : &lt;b&gt;{mapping}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Still possible: {mappings}</source>
        <translation>Encore possibles : {mappings}</translation>
    </message>
    <message>
        <source>Wiring fault: the charger is configured as {configured}, which this contradicts. Correct the wiring, or set the phase mapping in the Commissioning tab (Phases).</source>
        <translation>Défaut de câblage : la borne est configurée en {configured}, ce que ceci contredit. Corrigez le câblage, ou réglez l&apos;affectation des phases dans l&apos;onglet Mise en service (Phases).</translation>
    </message>
    <message>
        <source>This matches the configured mapping ({configured}).</source>
        <translation>Cela correspond à l&apos;affectation configurée ({configured}).</translation>
    </message>
    <message>
        <source>charger L{k} → grid ?</source>
        <translation>borne L{k} → réseau ?</translation>
    </message>
    <message>
        <source>charger L{k} → grid L{g}</source>
        <translation>borne L{k} → réseau L{g}</translation>
    </message>
</context>
<context>
    <name>PhaseOrderDiagram</name>
    <message>
        <source>Supply-cable order</source>
        <translation>Ordre du câble d&apos;alimentation</translation>
    </message>
    <message>
        <source>No phase mapping set.</source>
        <translation>Aucune affectation de phases définie.</translation>
    </message>
    <message>
        <source>supply L{grid} → charger L{own}</source>
        <translation>alimentation L{grid} → borne L{own}</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>Phase mapping: which supply phase feeds the charger&apos;s L1, L2 and L3 (rotate the chargers of a site so single-phase cars spread over the phases).</source>
        <translation>Affectation des phases : quelle phase d&apos;alimentation arrive sur L1, L2 et L3 de la borne (faites tourner les bornes d&apos;un site pour répartir les voitures monophasées sur les phases).</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>Ajouter des p&amp;hotos…</translation>
    </message>
    <message>
        <source>What the selected photo shows</source>
        <translation>Ce que montre la photo sélectionnée</translation>
    </message>
    <message>
        <source>Caption, e.g. clamps point to the house</source>
        <translation>Légende, p. ex. pinces orientées vers le logement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Montre :</translation>
    </message>
    <message>
        <source>Photos of the report</source>
        <translation>Photos du rapport</translation>
    </message>
    <message>
        <source>Add photos to the report</source>
        <translation>Ajouter des photos au rapport</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>Non ajoutée : {why}</translation>
    </message>
    <message>
        <source>Not added: {why} (and {more} more)</source>
        <translation>Non ajoutées : {why} (et {more} autres)</translation>
    </message>
    <message>
        <source>{count} photo(s) added.</source>
        <translation>{count} photo(s) ajoutée(s).</translation>
    </message>
    <message>
        <source>{file} is damaged: it cannot be shown.</source>
        <translation>{file} est endommagé : impossible de l&apos;afficher.</translation>
    </message>
    <message>
        <source>{file} could not be copied ({why}).</source>
        <translation>{file} n&apos;a pas pu être copié ({why}).</translation>
    </message>
    <message>
        <source>Photos no longer found: {files}</source>
        <translation>Photos introuvables : {files}</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Plan name</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation>Adresse de la borne</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation>Courant maximum de la borne</translation>
    </message>
    <message>
        <source>Socket 1 maximum current</source>
        <translation>Courant maximum de la prise 1</translation>
    </message>
    <message>
        <source>Socket 2 maximum current</source>
        <translation>Courant maximum de la prise 2</translation>
    </message>
    <message>
        <source>Chameleon minimum current</source>
        <translation>Courant minimum Chameleon</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Affectation des phases</translation>
    </message>
    <message>
        <source>1/3-phase switching</source>
        <translation>Commutation mono/triphasée</translation>
    </message>
    <message>
        <source>Charge mode</source>
        <translation>Mode de charge</translation>
    </message>
    <message>
        <source>Installation voltage</source>
        <translation>Tension de l&apos;installation</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Équilibrage de charge actif</translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation>Source de données ALB</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Protocole du compteur</translation>
    </message>
    <message>
        <source>Meter includes the charging EV</source>
        <translation>Le compteur inclut le VE en charge</translation>
    </message>
    <message>
        <source>Maximum meter current</source>
        <translation>Courant maximum du compteur</translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation>Courant de sécurité de l&apos;ALB</translation>
    </message>
    <message>
        <source>Charger name</source>
        <translation>Nom de la borne</translation>
    </message>
    <message>
        <source>Set the clock from the laptop (UTC)</source>
        <translation>Régler l&apos;horloge depuis l&apos;ordinateur (UTC)</translation>
    </message>
    <message>
        <source>P1 interface</source>
        <translation>Interface P1</translation>
    </message>
    <message>
        <source>P1 server IP address</source>
        <translation>Adresse IP du serveur P1</translation>
    </message>
    <message>
        <source>P1 server port</source>
        <translation>Port du serveur P1</translation>
    </message>
    <message>
        <source>Meter preset</source>
        <translation>Préréglage du compteur</translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation>Table des registres du compteur</translation>
    </message>
    <message>
        <source>Register map measurands</source>
        <translation>Grandeurs de la table des registres</translation>
    </message>
    <message>
        <source>Register map registers</source>
        <translation>Registres de la table</translation>
    </message>
    <message>
        <source>Register map data types</source>
        <translation>Types de données de la table</translation>
    </message>
    <message>
        <source>Register map scales</source>
        <translation>Échelles de la table</translation>
    </message>
    <message>
        <source>Word order</source>
        <translation>Ordre des mots</translation>
    </message>
    <message>
        <source>Function code</source>
        <translation>Code de fonction</translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation>N° d&apos;unité du compteur</translation>
    </message>
    <message>
        <source>Meter IP address</source>
        <translation>Adresse IP du compteur</translation>
    </message>
    <message>
        <source>Meter TCP port</source>
        <translation>Port TCP du compteur</translation>
    </message>
    <message>
        <source>RTU baud rate</source>
        <translation>Débit RTU (bauds)</translation>
    </message>
    <message>
        <source>RTU parity</source>
        <translation>Parité RTU</translation>
    </message>
    <message>
        <source>EMS mode</source>
        <translation>Mode EMS</translation>
    </message>
    <message>
        <source>EMS validity time</source>
        <translation>Durée de validité EMS</translation>
    </message>
    <message>
        <source>Dynamic power control</source>
        <translation>Contrôle dynamique de la puissance</translation>
    </message>
    <message>
        <source>Dynamic power mode</source>
        <translation>Mode de puissance dynamique</translation>
    </message>
    <message>
        <source>Contracted power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Pause when modulating</source>
        <translation>Pause lors de la modulation</translation>
    </message>
    <message>
        <source>Charger locked</source>
        <translation>Borne verrouillée</translation>
    </message>
    <message>
        <source>Light LED brightness</source>
        <translation>Luminosité de la LED d&apos;éclairage</translation>
    </message>
    <message>
        <source>Logo LED brightness</source>
        <translation>Luminosité de la LED du logo</translation>
    </message>
    <message>
        <source>Back-office URL</source>
        <translation>URL du back-office</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Identité de la borne</translation>
    </message>
    <message>
        <source>SCN name</source>
        <translation>Nom du SCN</translation>
    </message>
    <message>
        <source>SCN first socket ID</source>
        <translation>Premier ID de prise SCN</translation>
    </message>
    <message>
        <source>SCN socket count</source>
        <translation>Nombre de prises du SCN</translation>
    </message>
    <message>
        <source>SCN sockets of this charger</source>
        <translation>Prises SCN de cette borne</translation>
    </message>
    <message>
        <source>SCN phase mapping</source>
        <translation>Affectation des phases SCN</translation>
    </message>
    <message>
        <source>SCN total current</source>
        <translation>Courant total du SCN</translation>
    </message>
    <message>
        <source>SCN socket safe current</source>
        <translation>Courant de sécurité par prise du SCN</translation>
    </message>
    <message>
        <source>SCN total safe current</source>
        <translation>Courant de sécurité total du SCN</translation>
    </message>
    <message>
        <source>SCN alternating period</source>
        <translation>Période d&apos;alternance du SCN</translation>
    </message>
    <message>
        <source>SCN firmware</source>
        <translation>Micrologiciel SCN</translation>
    </message>
    <message>
        <source>SCN subnet</source>
        <translation>Sous-réseau SCN</translation>
    </message>
    <message>
        <source>the ALB settings</source>
        <translation>les réglages ALB</translation>
    </message>
    <message>
        <source>the P1 settings</source>
        <translation>les réglages P1</translation>
    </message>
    <message>
        <source>the meter settings</source>
        <translation>les réglages du compteur</translation>
    </message>
    <message>
        <source>the meter register map</source>
        <translation>la table des registres du compteur</translation>
    </message>
    <message>
        <source>the EMS settings</source>
        <translation>les réglages EMS</translation>
    </message>
    <message>
        <source>the dynamic power control settings</source>
        <translation>les réglages du contrôle dynamique de la puissance</translation>
    </message>
    <message>
        <source>the LED settings</source>
        <translation>les réglages des LED</translation>
    </message>
    <message>
        <source>the back-office settings</source>
        <translation>les réglages du back-office</translation>
    </message>
    <message>
        <source>the SCN settings</source>
        <translation>les réglages SCN</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>Smart meter</source>
        <translation>Compteur intelligent</translation>
    </message>
    <message>
        <source>Smart meter and energy management system</source>
        <translation>Compteur intelligent et système de gestion de l&apos;énergie</translation>
    </message>
    <message>
        <source>Energy management system (EMS)</source>
        <translation>Système de gestion de l&apos;énergie (EMS)</translation>
    </message>
    <message>
        <source>DSMR P1 port</source>
        <translation>Port P1 DSMR</translation>
    </message>
    <message>
        <source>TIC (French Linky meter)</source>
        <translation>TIC (compteur Linky)</translation>
    </message>
    <message>
        <source>Modbus RTU (RS-485 line)</source>
        <translation>Modbus RTU (ligne RS-485)</translation>
    </message>
    <message>
        <source>Modbus TCP (network)</source>
        <translation>Modbus TCP (réseau)</translation>
    </message>
    <message>
        <source>Serial cable</source>
        <translation>Câble série</translation>
    </message>
    <message>
        <source>P1 server on the network</source>
        <translation>Serveur P1 sur le réseau</translation>
    </message>
    <message>
        <source>HomeWizard P1 meter</source>
        <translation>Compteur P1 HomeWizard</translation>
    </message>
    <message>
        <source>High word first</source>
        <translation>Mot de poids fort en premier</translation>
    </message>
    <message>
        <source>Low word first</source>
        <translation>Mot de poids faible en premier</translation>
    </message>
    <message>
        <source>Holding registers</source>
        <translation>Registres de maintien (holding)</translation>
    </message>
    <message>
        <source>Input registers</source>
        <translation>Registres d&apos;entrée (input)</translation>
    </message>
    <message>
        <source>No parity</source>
        <translation>Sans parité</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impaire</translation>
    </message>
    <message>
        <source>Per socket</source>
        <translation>Par prise</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>One phase</source>
        <translation>Monophasé</translation>
    </message>
    <message>
        <source>Three phases</source>
        <translation>Triphasé</translation>
    </message>
    <message>
        <source>Timed power on</source>
        <translation>Mise en marche programmée</translation>
    </message>
    <message>
        <source>Timed power off (no longer used)</source>
        <translation>Arrêt programmé (n&apos;est plus utilisé)</translation>
    </message>
    <message>
        <source>Minimum power plus solar surplus</source>
        <translation>Puissance minimale plus surplus solaire</translation>
    </message>
    <message>
        <source>Solar surplus only</source>
        <translation>Surplus solaire uniquement</translation>
    </message>
    <message>
        <source>Grid and solar</source>
        <translation>Réseau et solaire</translation>
    </message>
    <message>
        <source>Stop charging</source>
        <translation>Arrêter la charge</translation>
    </message>
    <message>
        <source>licence key</source>
        <translation>clé de licence</translation>
    </message>
    <message>
        <source>charger clock</source>
        <translation>horloge de la borne</translation>
    </message>
    <message>
        <source>charger name</source>
        <translation>nom de la borne</translation>
    </message>
    <message>
        <source>load balancing off while changing it</source>
        <translation>équilibrage de charge désactivé pendant la modification</translation>
    </message>
    <message>
        <source>load balancing on</source>
        <translation>équilibrage de charge réactivé</translation>
    </message>
    <message>
        <source>Smart Charging Network settings</source>
        <translation>réglages Smart Charging Network</translation>
    </message>
    <message>
        <source>restart of the charger</source>
        <translation>redémarrage de la borne</translation>
    </message>
    <message>
        <source>meter connection</source>
        <translation>liaison avec le compteur</translation>
    </message>
    <message>
        <source>meter register map</source>
        <translation>table des registres du compteur</translation>
    </message>
    <message>
        <source>load balancing settings</source>
        <translation>réglages d&apos;équilibrage de charge</translation>
    </message>
    <message>
        <source>phase settings</source>
        <translation>réglages des phases</translation>
    </message>
    <message>
        <source>current limits</source>
        <translation>limites de courant</translation>
    </message>
    <message>
        <source>charge mode and installation voltage</source>
        <translation>mode de charge et tension de l&apos;installation</translation>
    </message>
    <message>
        <source>dynamic power control</source>
        <translation>contrôle dynamique de la puissance</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>verrouillage</translation>
    </message>
    <message>
        <source>LED brightness</source>
        <translation>luminosité des LED</translation>
    </message>
    <message>
        <source>back-office settings</source>
        <translation>réglages du back-office</translation>
    </message>
    <message>
        <source>settings as found</source>
        <translation>réglages trouvés</translation>
    </message>
    <message>
        <source>load balancing as found</source>
        <translation>équilibrage de charge tel que trouvé</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>lecture des réglages trouvés</translation>
    </message>
    <message>
        <source>reading the settings as left</source>
        <translation>lecture des réglages laissés</translation>
    </message>
    <message>
        <source>restarting: waiting for the charger to come back</source>
        <translation>redémarrage : attente du retour de la borne</translation>
    </message>
    <message>
        <source>Applied: the charger holds the plan</source>
        <translation>Appliqué : la borne contient le plan</translation>
    </message>
    <message>
        <source>Applied, but some settings as left differ from the plan</source>
        <translation>Appliqué, mais certains réglages laissés diffèrent du plan</translation>
    </message>
    <message>
        <source>Not applied: the plan breaks a rule for this charger</source>
        <translation>Non appliqué : le plan enfreint une règle pour cette borne</translation>
    </message>
    <message>
        <source>Stopped before the end</source>
        <translation>Arrêté avant la fin</translation>
    </message>
    <message>
        <source>Rolled back: the settings as found are back</source>
        <translation>Retour en arrière : les réglages trouvés sont rétablis</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>arrêtée par une erreur</translation>
    </message>
    <message>
        <source>settings as left differ from the plan</source>
        <translation>les réglages laissés diffèrent du plan</translation>
    </message>
    <message>
        <source>the plan broke a rule</source>
        <translation>le plan enfreignait une règle</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>retour en arrière effectué</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entrée(s)</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <translation>{count} réglage(s)</translation>
    </message>
    <message>
        <source>{count} measurands mapped</source>
        <translation>{count} grandeur(s) affectée(s)</translation>
    </message>
</context>
<context>
    <name>PresetFileBar</name>
    <message>
        <source>&amp;Import preset file…</source>
        <translation>&amp;Importer un fichier de préréglage…</translation>
    </message>
    <message>
        <source>E&amp;xport preset file…</source>
        <translation>E&amp;xporter le fichier de préréglage…</translation>
    </message>
    <message>
        <source>Import a meter preset</source>
        <translation>Importer un préréglage de compteur</translation>
    </message>
    <message>
        <source>Export the meter preset</source>
        <translation>Exporter le préréglage de compteur</translation>
    </message>
    <message>
        <source>No folder for your presets: log in to a charger first.</source>
        <translation>Aucun dossier pour vos préréglages : connectez-vous d&apos;abord à une borne.</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Non importé : {why}</translation>
    </message>
    <message>
        <source>Imported {title} from {file}.</source>
        <translation>{title} importé depuis {file}.</translation>
    </message>
    <message>
        <source>Choose a preset or type a valid custom map first.</source>
        <translation>Choisissez d&apos;abord un préréglage ou saisissez une table personnalisée valide.</translation>
    </message>
    <message>
        <source>Exported {title} to {file}.</source>
        <translation>{title} exporté vers {file}.</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>the usual pass limits, or those of a country</source>
        <translation>les limites d&apos;acceptation usuelles, ou celles d&apos;un pays</translation>
    </message>
    <message>
        <source>Usual limits</source>
        <translation>Limites usuelles</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Type a number, e.g. 4.5.</source>
        <translation>Saisissez un nombre, p. ex. 4.5.</translation>
    </message>
    <message>
        <source>Between {low} and {high}.</source>
        <translation>Entre {low} et {high}.</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
</context>
<context>
    <name>RebootConfirmation</name>
    <message>
        <source>{name}: not polled, so whether an EV is charging is not known</source>
        <translation>{name} : non interrogée, on ne sait pas si un VE charge</translation>
    </message>
    <message>
        <source>{name}: no EV charging</source>
        <translation>{name} : aucun VE en charge</translation>
    </message>
    <message>
        <source>{name}: an EV is charging on socket {sockets}: charging stops</source>
        <translation>{name} : un VE charge sur la prise {sockets} : la charge s’arrête</translation>
    </message>
    <message>
        <source>Restart chargers?</source>
        <translation>Redémarrer les bornes ?</translation>
    </message>
    <message>
        <source>{action} restarts {count} charger(s). A restart takes about a minute; sockets do not charge meanwhile.</source>
        <translation>{action} redémarre {count} borne(s). Un redémarrage dure environ une minute ; les prises ne chargent pas pendant ce temps.</translation>
    </message>
    <message>
        <source>⚠ Charging is interrupted where an EV is charging.</source>
        <translation>⚠ La charge est interrompue là où un VE charge.</translation>
    </message>
    <message>
        <source>Restart {count} charger(s)</source>
        <translation>Redémarrer {count} borne(s)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Charger {serial}</source>
        <translation>Borne {serial}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Licences unlocked during the visit</source>
        <translation>Licences débloquées pendant la visite</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>Back office (OCPP)</source>
        <translation>Back-office (OCPP)</translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation>Identité de la borne</translation>
    </message>
    <message>
        <source>Back-office registration</source>
        <translation>Inscription auprès du back-office</translation>
    </message>
    <message>
        <source>Settings changed (as found → as left)</source>
        <translation>Réglages modifiés (trouvé → laissé)</translation>
    </message>
    <message>
        <source>No settings run was recorded for this charger.</source>
        <translation>Aucune exécution de réglages n&apos;a été enregistrée pour cette borne.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Aucun réglage n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Laissé</translation>
    </message>
    <message>
        <source>Other settings as left</source>
        <translation>Autres réglages laissés</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Checks of the settings runs</source>
        <translation>Contrôles des exécutions de réglages</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Custom register map</source>
        <translation>Table de registres personnalisée</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation>Protocole du compteur</translation>
    </message>
    <message>
        <source>Preset or map</source>
        <translation>Préréglage ou table</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>N° d&apos;unité</translation>
    </message>
    <message>
        <source>Scale of the current registers</source>
        <translation>Échelle des registres de courant</translation>
    </message>
    <message>
        <source>Meter address</source>
        <translation>Adresse du compteur</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Automatic tests</source>
        <translation>Tests automatiques</translation>
    </message>
    <message>
        <source>Hair-dryer test of load balancing</source>
        <translation>Test du sèche-cheveux de l&apos;équilibrage de charge</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Identification des phases</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Test du compteur</translation>
    </message>
    <message>
        <source>Fallback to the safe current when the meter link is cut</source>
        <translation>Repli sur le courant de sécurité quand la liaison compteur est coupée</translation>
    </message>
    <message>
        <source>Back-office connection (OCPP)</source>
        <translation>Connexion au back-office (OCPP)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Hair-dryer test, socket {socket}</source>
        <translation>Test du sèche-cheveux, prise {socket}</translation>
    </message>
    <message>
        <source>Reaction time</source>
        <translation>Temps de réaction</translation>
    </message>
    <message>
        <source>Charging current at the end</source>
        <translation>Courant de charge à la fin</translation>
    </message>
    <message>
        <source>Test maximum</source>
        <translation>Maximum de test</translation>
    </message>
    <message>
        <source>Test load</source>
        <translation>Charge de test</translation>
    </message>
    <message>
        <source>Recorded during the test</source>
        <translation>Enregistré pendant le test</translation>
    </message>
    <message>
        <source>time, s</source>
        <translation>temps, s</translation>
    </message>
    <message>
        <source>power, W</source>
        <translation>puissance, W</translation>
    </message>
    <message>
        <source>current, A</source>
        <translation>courant, A</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>charge de test allumée</translation>
    </message>
    <message>
        <source>test maximum</source>
        <translation>maximum de test</translation>
    </message>
    <message>
        <source>house power</source>
        <translation>puissance du logement</translation>
    </message>
    <message>
        <source>grid power</source>
        <translation>puissance réseau</translation>
    </message>
    <message>
        <source>contracted power</source>
        <translation>puissance souscrite</translation>
    </message>
    <message>
        <source>grid meter {phase}</source>
        <translation>compteur réseau {phase}</translation>
    </message>
    <message>
        <source>charger {phase}</source>
        <translation>borne {phase}</translation>
    </message>
    <message>
        <source>Phase identification, socket {socket}</source>
        <translation>Identification des phases, prise {socket}</translation>
    </message>
    <message>
        <source>Wiring found (proposed mapping)</source>
        <translation>Câblage trouvé (affectation proposée)</translation>
    </message>
    <message>
        <source>Mapping configured on the charger</source>
        <translation>Affectation configurée sur la borne</translation>
    </message>
    <message>
        <source>Configured mapping agrees</source>
        <translation>L&apos;affectation configurée concorde</translation>
    </message>
    <message>
        <source>Wiring fault</source>
        <translation>Défaut de câblage</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Grid currents the charger reads</source>
        <translation>Courants réseau lus par la borne</translation>
    </message>
    <message>
        <source>Grid currents read from the laptop</source>
        <translation>Courants réseau lus depuis le portable</translation>
    </message>
    <message>
        <source>Central system on the laptop</source>
        <translation>Système central sur l&apos;ordinateur portable</translation>
    </message>
    <message>
        <source>{count} configuration keys read</source>
        <translation>{count} clés de configuration lues</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Commissioning report</source>
        <translation>Rapport de mise en service</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Commissioner version</source>
        <translation>Version de Commissioner</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Earthing system</source>
        <translation>Schéma de liaison à la terre</translation>
    </message>
    <message>
        <source>Main fuse</source>
        <translation>Fusible principal</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Current limit set by</source>
        <translation>Limite de courant fixée par</translation>
    </message>
    <message>
        <source>Supply cable</source>
        <translation>Câble d&apos;alimentation</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <source>Residual-current protection</source>
        <translation>Protection différentielle</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Hair-dryer test</source>
        <translation>Test du sèche-cheveux</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Not done or not entered</source>
        <translation>Non fait ou non saisi</translation>
    </message>
    <message>
        <source>Every test of the visit was done.</source>
        <translation>Tous les tests de la visite ont été faits.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Electrical measurements</source>
        <translation>Mesures électriques</translation>
    </message>
    <message>
        <source>Evidence and notes</source>
        <translation>Justificatifs et remarques</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation et signatures</translation>
    </message>
    <message>
        <source>Readings from the installer&apos;s tester, judged against the {profile} limits.</source>
        <translation>Valeurs relevées avec le testeur de l&apos;installateur, jugées selon le profil de limites « {profile} ».</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Valeur relevée</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>No measurement was entered.</source>
        <translation>Aucune mesure n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>No photo was added.</source>
        <translation>Aucune photo n&apos;a été ajoutée.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <source>Handover checklist</source>
        <translation>Liste de contrôle de la remise</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Sens antihoraire</translation>
    </message>
    <message>
        <source>Capacity tariff peak</source>
        <translation>Pointe du tarif capacitaire</translation>
    </message>
    <message>
        <source>Charger label</source>
        <translation>Étiquette de la borne</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Sens horaire</translation>
    </message>
    <message>
        <source>Current clamp direction</source>
        <translation>Sens de la pince de courant</translation>
    </message>
    <message>
        <source>Default passwords changed</source>
        <translation>Mots de passe par défaut changés</translation>
    </message>
    <message>
        <source>Distribution board</source>
        <translation>Tableau électrique</translation>
    </message>
    <message>
        <source>Earth fault loop impedance</source>
        <translation>Impédance de boucle de défaut</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>IT (isolated supply)</source>
        <translation>IT (neutre isolé)</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiées</translation>
    </message>
    <message>
        <source>Insulation resistance (500 V)</source>
        <translation>Résistance d&apos;isolement (500 V)</translation>
    </message>
    <message>
        <source>Manuals and documents handed over</source>
        <translation>Notices et documents remis</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No boot notification sent yet</source>
        <translation>Aucune notification de démarrage envoyée pour l&apos;instant</translation>
    </message>
    <message>
        <source>No hair-dryer test for {serial}</source>
        <translation>Aucun test du sèche-cheveux pour {serial}</translation>
    </message>
    <message>
        <source>No meter test for {serial}</source>
        <translation>Aucun test du compteur pour {serial}</translation>
    </message>
    <message>
        <source>No phase identification for {serial}</source>
        <translation>Aucune identification des phases pour {serial}</translation>
    </message>
    <message>
        <source>No reading of {measurement}</source>
        <translation>Aucune valeur relevée pour {measurement}</translation>
    </message>
    <message>
        <source>No settings run recorded for {serial}</source>
        <translation>Aucune exécution de réglages enregistrée pour {serial}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Non identifiées</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non jugé</translation>
    </message>
    <message>
        <source>Owner shown how to use the charger</source>
        <translation>Utilisation de la borne expliquée au propriétaire</translation>
    </message>
    <message>
        <source>Partly identified</source>
        <translation>Partiellement identifiées</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Phase rotation</source>
        <translation>Ordre des phases</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Prospective short-circuit current</source>
        <translation>Courant de court-circuit présumé</translation>
    </message>
    <message>
        <source>Protective conductor continuity</source>
        <translation>Continuité du conducteur de protection</translation>
    </message>
    <message>
        <source>RCD trip current</source>
        <translation>Courant de déclenchement du RCD</translation>
    </message>
    <message>
        <source>RCD trip time</source>
        <translation>Temps de déclenchement du RCD</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Subscribed power of the contract</source>
        <translation>Puissance souscrite du contrat</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>Tension d&apos;alimentation</translation>
    </message>
    <message>
        <source>TN (earth from the supply)</source>
        <translation>TN (terre du réseau)</translation>
    </message>
    <message>
        <source>TT (own earth electrode)</source>
        <translation>TT (prise de terre propre)</translation>
    </message>
    <message>
        <source>The plan kept every rule for this charger</source>
        <translation>Le plan respecte toutes les règles pour cette borne</translation>
    </message>
    <message>
        <source>The run finished</source>
        <translation>L&apos;exécution s&apos;est terminée</translation>
    </message>
    <message>
        <source>The settings as left are the plan&apos;s</source>
        <translation>Les réglages laissés sont ceux du plan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>{minimum} to {maximum}</source>
        <translation>{minimum} à {maximum}</translation>
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
        <translation>Test du sèche-cheveux</translation>
    </message>
    <message>
        <source>Phase identification</source>
        <translation>Identification des phases</translation>
    </message>
    <message>
        <source>Meter test</source>
        <translation>Test du compteur</translation>
    </message>
    <message>
        <source>Fallback to the safe current</source>
        <translation>Repli sur le courant de sécurité</translation>
    </message>
    <message>
        <source>Back-office check</source>
        <translation>Contrôle du back-office</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Last hair-dryer test: reaction in {reaction}, the EV at {final} after it.</source>
        <translation>Dernier test du sèche-cheveux : réaction en {reaction}, le VE à {final} ensuite.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>No settings recorded for this charger.</source>
        <translation>Aucun réglage enregistré pour cette borne.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Laissé</translation>
    </message>
    <message>
        <source>Firmware: {firmware}</source>
        <translation>Micrologiciel : {firmware}</translation>
    </message>
    <message>
        <source>Commissioning runs: {count}</source>
        <translation>Exécutions de mise en service : {count}</translation>
    </message>
    <message>
        <source>Licences unlocked: {names}</source>
        <translation>Licences débloquées : {names}</translation>
    </message>
    <message>
        <source>Nothing is missing: every test and reading is there.</source>
        <translation>Rien ne manque : tous les tests et toutes les mesures sont présents.</translation>
    </message>
    <message>
        <source>{measurement}: {reading}, the limit is {limit}.</source>
        <translation>{measurement} : {reading}, la limite est {limit}.</translation>
    </message>
    <message>
        <source>{count} tests or readings are missing (see Chargers and tests).</source>
        <translation>{count} tests ou mesures manquent (voir Bornes et tests).</translation>
    </message>
    <message>
        <source>Every reading passed and nothing is missing.</source>
        <translation>Toutes les mesures sont conformes et rien ne manque.</translation>
    </message>
</context>
<context>
    <name>ReportPhotos</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} est illisible.</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; take a smaller picture.</source>
        <translation>{file} dépasse {mb} Mo ; prenez une photo plus petite.</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG picture.</source>
        <translation>{file} n&apos;est pas une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>{file} has too many pixels for a report.</source>
        <translation>{file} a trop de pixels pour un rapport.</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Reading what was recorded for {serial}…</source>
        <translation>Lecture de ce qui a été enregistré pour {serial}…</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records</source>
        <translation>Lecture des enregistrements de la visite</translation>
    </message>
    <message>
        <source>Reading the visit&apos;s records…</source>
        <translation>Lecture des enregistrements de la visite…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Writing the JSON twin…</source>
        <translation>Écriture du fichier JSON jumeau…</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>Export du rapport</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Dessin du PDF…</translation>
    </message>
    <message>
        <source>The saved draft could not be read; starting a new one.</source>
        <translation>Le brouillon enregistré est illisible ; un nouveau est commencé.</translation>
    </message>
    <message>
        <source>the folder {folder} cannot take files ({why}).</source>
        <translation>le dossier {folder} n&apos;accepte pas de fichiers ({why}).</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Drawing page {page} of {pages}…</source>
        <translation>Dessin de la page {page} sur {pages}…</translation>
    </message>
</context>
<context>
    <name>ReportSite</name>
    <message>
        <source>Type A 30 mA + 6 mA DC in the charger</source>
        <translation>Type A 30 mA + 6 mA DC dans la borne</translation>
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
        <translation>Tout ce que le prochain intervenant doit savoir : où est le compteur, ce qui reste à faire…</translation>
    </message>
    <message>
        <source>Chargers and tests</source>
        <translation>Bornes et tests</translation>
    </message>
    <message>
        <source>Site and installation</source>
        <translation>Site et installation</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Photos and notes</source>
        <translation>Photos et remarques</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>The drawn signature could not be saved: {why}</source>
        <translation>La signature dessinée n&apos;a pas pu être enregistrée : {why}</translation>
    </message>
    <message>
        <source>The records could not be read: {why}</source>
        <translation>Les enregistrements n&apos;ont pas pu être lus : {why}</translation>
    </message>
    <message>
        <source>{count} pages.</source>
        <translation>{count} pages.</translation>
    </message>
    <message>
        <source>Written: {pdf} and {json}</source>
        <translation>Écrits : {pdf} et {json}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What applying changes (as found → plan):</source>
        <translation>Ce que l&apos;application change (trouvé → plan) :</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Check against the charger</source>
        <translation>&amp;Comparer avec la borne</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Étapes de l&apos;exécution</translation>
    </message>
    <message>
        <source>As left:</source>
        <translation>Laissé :</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>Laissé</translation>
    </message>
    <message>
        <source>{value} (changed)</source>
        <translation>{value} (modifié)</translation>
    </message>
    <message>
        <source>The plan holds the settings as found: nothing to apply.</source>
        <translation>Le plan contient les réglages trouvés : rien à appliquer.</translation>
    </message>
    <message>
        <source>The check found {count} problem(s):</source>
        <translation>Le contrôle a trouvé {count} problème(s) :</translation>
    </message>
    <message>
        <source>All checks passed: applying writes {count} setting(s).</source>
        <translation>Tous les contrôles sont réussis : l&apos;application écrit {count} réglage(s).</translation>
    </message>
    <message>
        <source>The charger restarts to take them.</source>
        <translation>La borne redémarre pour les prendre en compte.</translation>
    </message>
</context>
<context>
    <name>ScnOverviewPage</name>
    <message>
        <source>No member reads a meter: the network shares its grid total current, whatever else the building draws.</source>
        <translation>Aucun membre ne lit de compteur : les membres du réseau se partagent son courant total d&apos;alimentation, quelle que soit la consommation du reste du bâtiment.</translation>
    </message>
    <message>
        <source>{names} all read a meter, but only one member of a network may: switch active load balancing off on all but one.</source>
        <translation>{names} lisent toutes un compteur, mais un seul membre d&apos;un réseau peut le faire : désactivez l&apos;équilibrage de charge actif sur toutes sauf une.</translation>
    </message>
    <message>
        <source>Meter-reading member: {name}. It computes the current available to the whole network (the maximum meter current minus what the rest of the building draws); the network shares it.</source>
        <translation>Membre qui lit le compteur : {name}. Il calcule le courant disponible pour tout le réseau (le courant maximum du compteur moins ce que consomme le reste du bâtiment) ; les membres du réseau se le partagent.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the members on the set-up page first.</source>
        <translation>Lisez d&apos;abord les membres sur la page Configuration.</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>ID SCN</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Current per phase</source>
        <translation>Courant par phase</translation>
    </message>
    <message>
        <source>The network draws {amps} A (grid total current: {limit} per phase)</source>
        <translation>Le réseau consomme {amps} A (courant total d&apos;alimentation : {limit} par phase)</translation>
    </message>
    <message>
        <source>in no network</source>
        <translation>hors réseau</translation>
    </message>
    <message>
        <source>waiting: the network has too little current</source>
        <translation>en attente : le réseau manque de courant</translation>
    </message>
    <message>
        <source>Alternation</source>
        <translation>Alternance</translation>
    </message>
    <message>
        <source>Chargers do not report when a pause ends: &apos;until&apos; is when this program first saw the socket paused plus the alternating period.</source>
        <translation>Les bornes n&apos;indiquent pas la fin d&apos;une pause : « jusqu&apos;à » est l&apos;instant où ce programme a vu la prise en pause pour la première fois, plus la période d&apos;alternance.</translation>
    </message>
    <message>
        <source>paused until about {time}</source>
        <translation>en pause jusque vers {time}</translation>
    </message>
    <message>
        <source>Network consistent: {n} members agree.</source>
        <translation>Réseau cohérent : {n} membres concordent.</translation>
    </message>
</context>
<context>
    <name>ScnPage</name>
    <message>
        <source>Set-up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation>Vue du réseau</translation>
    </message>
</context>
<context>
    <name>ScnProgress</name>
    <message>
        <source>applying the licence key</source>
        <translation>application de la clé de licence</translation>
    </message>
    <message>
        <source>setting the charger clock</source>
        <translation>réglage de l&apos;horloge de la borne</translation>
    </message>
    <message>
        <source>writing the charger name</source>
        <translation>écriture du nom de la borne</translation>
    </message>
    <message>
        <source>switching active load balancing off</source>
        <translation>désactivation de l&apos;équilibrage de charge actif</translation>
    </message>
    <message>
        <source>switching active load balancing on</source>
        <translation>activation de l&apos;équilibrage de charge actif</translation>
    </message>
    <message>
        <source>writing the network settings</source>
        <translation>écriture des réglages du réseau</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>writing the meter connection</source>
        <translation>écriture de la liaison avec le compteur</translation>
    </message>
    <message>
        <source>writing the meter&apos;s register map</source>
        <translation>écriture de la table des registres du compteur</translation>
    </message>
    <message>
        <source>writing the load-balancing settings</source>
        <translation>écriture des réglages d&apos;équilibrage de charge</translation>
    </message>
    <message>
        <source>writing the phase settings</source>
        <translation>écriture des réglages des phases</translation>
    </message>
    <message>
        <source>writing the current limits</source>
        <translation>écriture des limites de courant</translation>
    </message>
    <message>
        <source>writing the back-office settings</source>
        <translation>écriture des réglages du back-office</translation>
    </message>
    <message>
        <source>putting the settings back as found</source>
        <translation>rétablissement des réglages trouvés</translation>
    </message>
    <message>
        <source>putting load balancing back as found</source>
        <translation>rétablissement de l&apos;équilibrage de charge trouvé</translation>
    </message>
    <message>
        <source>reading the settings as found</source>
        <translation>lecture des réglages trouvés</translation>
    </message>
    <message>
        <source>reading the settings back</source>
        <translation>relecture des réglages</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ terminé</translation>
    </message>
    <message>
        <source>✔ rolled back</source>
        <translation>✔ retour en arrière effectué</translation>
    </message>
    <message>
        <source>⚠ done, but some settings read back differ from the plan</source>
        <translation>⚠ terminé, mais certains réglages relus diffèrent du plan</translation>
    </message>
    <message>
        <source>✖ not applied: the plan does not suit it</source>
        <translation>✖ non appliqué : le plan ne convient pas à cette borne</translation>
    </message>
    <message>
        <source>✖ stopped (details in the tooltip)</source>
        <translation>✖ arrêté (détails dans l&apos;infobulle)</translation>
    </message>
    <message>
        <source>restarting, waiting for it to come back</source>
        <translation>redémarrage, attente du retour de la borne</translation>
    </message>
    <message>
        <source>restarting, waiting {time}</source>
        <translation>redémarrage, attente depuis {time}</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>étape {done} sur {total}</translation>
    </message>
</context>
<context>
    <name>ScnService</name>
    <message>
        <source>Reading {n} chargers…</source>
        <translation>Lecture de {n} bornes…</translation>
    </message>
    <message>
        <source>Reading the SCN members</source>
        <translation>Lecture des membres du SCN</translation>
    </message>
    <message>
        <source>Applying {plan} to every member</source>
        <translation>Application de {plan} à tous les membres</translation>
    </message>
    <message>
        <source>Rolling back {plan} on every member</source>
        <translation>Retour en arrière de {plan} sur tous les membres</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Lecture du réseau…</translation>
    </message>
    <message>
        <source>Reading the SCN</source>
        <translation>Lecture du SCN</translation>
    </message>
</context>
<context>
    <name>ScnSetupPage</name>
    <message>
        <source>&amp;Read the picked chargers</source>
        <translation>&amp;Lire les bornes choisies</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Sockets and phase rotation</source>
        <translation>Prises et rotation des phases</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation>ID SCN</translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation>Affectation des phases</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>A greyed charger is not an Alfen charger (a V2C Trydan, say): it does not join an Alfen Smart Charging Network.</source>
        <translation>Une borne grisée n&apos;est pas une borne Alfen (une V2C Trydan, par exemple) : elle ne rejoint pas un Smart Charging Network Alfen.</translation>
    </message>
    <message>
        <source>&amp;Apply to every member</source>
        <translation>&amp;Appliquer à tous les membres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Roll &amp;back the last run</source>
        <translation>Annuler la &amp;dernière exécution</translation>
    </message>
    <message>
        <source>{charger}: cannot join</source>
        <translation>{charger} : ne peut pas rejoindre</translation>
    </message>
    <message>
        <source>Only Alfen chargers join an Alfen Smart Charging Network; this {model} does not. It shares the connection on its own (dynamic power control, on its Commissioning tab).</source>
        <translation>Seules les bornes Alfen rejoignent un Smart Charging Network Alfen ; cette borne {model} ne le peut pas. Elle partage le raccordement par elle-même (contrôle dynamique de la puissance, dans son onglet Mise en service).</translation>
    </message>
    <message>
        <source>Pick the members, then read them.</source>
        <translation>Choisissez les membres, puis lisez-les.</translation>
    </message>
    <message>
        <source>The plan breaks no rule.</source>
        <translation>Le plan respecte toutes les règles.</translation>
    </message>
    <message>
        <source>Applying the network</source>
        <translation>Application du réseau</translation>
    </message>
    <message>
        <source>Rolling back the network</source>
        <translation>Retour en arrière du réseau</translation>
    </message>
    <message>
        <source>Every member is done.</source>
        <translation>Tous les membres sont terminés.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Logging in to {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <source>Connecting to {key}</source>
        <translation>Connexion à {key}</translation>
    </message>
    <message>
        <source>Logging in to {key}</source>
        <translation>Connexion à {key}</translation>
    </message>
    <message>
        <source>Reading the new certificate…</source>
        <translation>Lecture du nouveau certificat…</translation>
    </message>
    <message>
        <source>Trusting a new certificate</source>
        <translation>Approbation d&apos;un nouveau certificat</translation>
    </message>
    <message>
        <source>Reading the overview…</source>
        <translation>Lecture de la vue d&apos;ensemble…</translation>
    </message>
    <message>
        <source>Reading {key}</source>
        <translation>Lecture de {key}</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Disconnecting from {key}</source>
        <translation>Déconnexion de {key}</translation>
    </message>
    <message>
        <source>Logging out of {key}</source>
        <translation>Déconnexion de {key}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Nombres et dates :</translation>
    </message>
    <message>
        <source>Menus, tab titles, the charger list and the Overview change at once; the other pages change at the next start.</source>
        <translation>Les menus, les titres des onglets, la liste des bornes et la vue d&apos;ensemble changent tout de suite ; les autres pages changent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Bornes</translation>
    </message>
    <message>
        <source>Charger reply time:</source>
        <translation>Délai de réponse des bornes :</translation>
    </message>
    <message>
        <source>Charger reply time</source>
        <translation>Délai de réponse des bornes</translation>
    </message>
    <message>
        <source>How long to wait for a charger&apos;s answer; raise it on a slow network.</source>
        <translation>Durée d&apos;attente de la réponse d&apos;une borne ; augmentez-la sur un réseau lent.</translation>
    </message>
    <message>
        <source>Restart wait:</source>
        <translation>Attente au redémarrage :</translation>
    </message>
    <message>
        <source>Restart wait</source>
        <translation>Attente au redémarrage</translation>
    </message>
    <message>
        <source>How long a charger may take to come back after a restart.</source>
        <translation>Temps qu&apos;une borne peut mettre à revenir après un redémarrage.</translation>
    </message>
    <message>
        <source>Ask before restarting chargers on the simulated site</source>
        <translation>Demander avant de redémarrer les bornes du site simulé</translation>
    </message>
    <message>
        <source>On real chargers the program always asks before a restart.</source>
        <translation>Sur de vraies bornes, le programme demande toujours avant un redémarrage.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>From the next start: {folder}</source>
        <translation>À partir du prochain démarrage : {folder}</translation>
    </message>
    <message>
        <source>Journals, reports, meter presets and logs are kept here. A new folder is used from the next start; --data-dir on the command line overrides it.</source>
        <translation>Les historiques d&apos;exécution, les rapports, les préréglages de compteur et les journaux sont conservés ici. Un nouveau dossier est utilisé à partir du prochain démarrage ; --data-dir sur la ligne de commande a priorité.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés : {error}</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Before signing</source>
        <translation>Avant de signer</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Saisir le nom</translation>
    </message>
    <message>
        <source>Signed by typing the full name</source>
        <translation>Signé en saisissant le nom complet</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad: draw the signature here</source>
        <translation>Zone de signature : dessinez la signature ici</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>e.g. Dupont residence</source>
        <translation>p. ex. résidence Dupont</translation>
    </message>
    <message>
        <source>e.g. IRVE level 2, or your licence number</source>
        <translation>p. ex. IRVE mention P2, ou votre n° de qualification</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>p. ex. 40</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>p. ex. 12</translation>
    </message>
    <message>
        <source>e.g. 5G6 mm² copper, 25 m</source>
        <translation>p. ex. 5G6 mm² cuivre, 25 m</translation>
    </message>
    <message>
        <source>e.g. C40 4-pole</source>
        <translation>p. ex. C40 tétrapolaire</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Site, customer and installer</source>
        <translation>Site, client et installateur</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Nom du site :</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adresse du site :</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Installer:</source>
        <translation>Installateur :</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>Qualification :</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Date de la visite :</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Earthing system:</source>
        <translation>Schéma de liaison à la terre :</translation>
    </message>
    <message>
        <source>Main fuse (A):</source>
        <translation>Fusible principal (A) :</translation>
    </message>
    <message>
        <source>Subscribed power (kVA):</source>
        <translation>Puissance souscrite (kVA) :</translation>
    </message>
    <message>
        <source>Limit set by:</source>
        <translation>Limite fixée par :</translation>
    </message>
    <message>
        <source>Supply cable:</source>
        <translation>Câble d&apos;alimentation :</translation>
    </message>
    <message>
        <source>Breaker:</source>
        <translation>Disjoncteur :</translation>
    </message>
    <message>
        <source>RCD type:</source>
        <translation>Type de RCD :</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>another client is connected</source>
        <translation>un autre client est connecté</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>certificat changé</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>Bluetooth only</source>
        <translation>Bluetooth seulement</translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation>Smart Charging Network</translation>
    </message>
    <message>
        <source>Static load balancing</source>
        <translation>Équilibrage de charge statique</translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation>Équilibrage de charge actif</translation>
    </message>
    <message>
        <source>32 A per socket</source>
        <translation>32 A par prise</translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation>Lecteur RFID</translation>
    </message>
    <message>
        <source>ISO 15118</source>
        <translation>ISO 15118</translation>
    </message>
    <message>
        <source>Personalised display</source>
        <translation>Écran personnalisé</translation>
    </message>
    <message>
        <source>3G/4G modem</source>
        <translation>Modem 3G/4G</translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation>Terminaux de paiement</translation>
    </message>
    <message>
        <source>Expose smart-meter data</source>
        <translation>Partage des données du compteur intelligent</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>pas de véhicule</translation>
    </message>
    <message>
        <source>vehicle connected</source>
        <translation>véhicule connecté</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>en charge</translation>
    </message>
    <message>
        <source>charging (ventilation)</source>
        <translation>en charge (ventilation)</translation>
    </message>
    <message>
        <source>no power (error)</source>
        <translation>pas d&apos;alimentation (erreur)</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>défaut</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>cable connected</source>
        <translation>câble branché</translation>
    </message>
    <message>
        <source>EV connected</source>
        <translation>VE connecté</translation>
    </message>
    <message>
        <source>charging power off</source>
        <translation>charge coupée</translation>
    </message>
    <message>
        <source>power off, maximum current too low</source>
        <translation>coupée, courant maximum trop faible</translation>
    </message>
    <message>
        <source>waiting for disconnect</source>
        <translation>en attente de débranchement</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>inoperative</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>power off, suspended</source>
        <translation>coupée, suspendue</translation>
    </message>
    <message>
        <source>power off, phase change</source>
        <translation>coupée, changement de phases</translation>
    </message>
    <message>
        <source>unknown ({code})</source>
        <translation>inconnu ({code})</translation>
    </message>
    <message>
        <source>error ({code})</source>
        <translation>erreur ({code})</translation>
    </message>
    <message>
        <source>state {code}</source>
        <translation>état {code}</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Hair-dryer test: recorded currents</source>
        <translation>Test du sèche-cheveux : courants enregistrés</translation>
    </message>
    <message>
        <source>Time since the test started</source>
        <translation>Temps depuis le début du test</translation>
    </message>
    <message>
        <source>test load on</source>
        <translation>charge de test allumée</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>Hair-dryer test running…</source>
        <translation>Test du sèche-cheveux en cours…</translation>
    </message>
    <message>
        <source>Hair-dryer test on {key}</source>
        <translation>Test du sèche-cheveux sur {key}</translation>
    </message>
    <message>
        <source>Phase identification: waiting for the EV to charge…</source>
        <translation>Identification des phases : attente de la charge du VE…</translation>
    </message>
    <message>
        <source>Phase identification on {key}</source>
        <translation>Identification des phases sur {key}</translation>
    </message>
    <message>
        <source>Putting back what an interrupted test left…</source>
        <translation>Rétablissement des réglages laissés par un test interrompu…</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Commissioning plans (*.toml)</source>
        <translation>Plans de mise en service (*.toml)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Charger</source>
        <translation>&amp;Borne</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User guide for this page</source>
        <translation>&amp;Guide d&apos;utilisation de cette page</translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation>À &amp;propos de Commissioner</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>&amp;Save plan…</source>
        <translation>&amp;Enregistrer le plan…</translation>
    </message>
    <message>
        <source>Recent &amp;plans</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <source>Recent &amp;sites</source>
        <translation>&amp;Sites récents</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation>Ajouter &amp;par adresse</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Log in and read a charger first: there is no plan to save yet.</source>
        <translation>Connectez-vous d&apos;abord à une borne et lisez-la : il n&apos;y a pas encore de plan à enregistrer.</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>{path} is not a plan: {error}</source>
        <translation>{path} n&apos;est pas un plan : {error}</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path} : {error}</translation>
    </message>
    <message>
        <source>Plan opened from {path}.</source>
        <translation>Plan ouvert depuis {path}.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d&apos;enregistrer {path} : {error}</translation>
    </message>
    <message>
        <source>Plan saved to {path}.</source>
        <translation>Plan enregistré dans {path}.</translation>
    </message>
</context>
</TS>
