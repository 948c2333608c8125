<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission EV chargers on site: discovery, licences, load balancing, meters, charging networks and verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt {qt}, PySide6 {pyside} and Python {python}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries included and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a library to read its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {version} ships no licence file here; its licence is {licence}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the operation under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlbPage</name>
    <message>
        <source>Meter includes the charging EV: tick it when the meter also measures this charger (it sits upstream of its supply), so ALB subtracts the EV&apos;s own current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 cable: at most 20 m from the meter to the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIC cable: at most 35 m from the meter to the charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS validity time: when the EMS sends nothing for this long, the charger falls back to the safe current.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <source>Trusted until now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happens after a firmware update or when the charger&apos;s board was replaced. It can also mean that another device now answers at this address. Accept the new certificate only if you know why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know why the certificate &amp;changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of charger {serial} has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerDirectory</name>
    <message>
        <source>Asking {address} who it is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} (not seen lately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen by discovery lately: it may be off or out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable over: {links}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargerListPanel</name>
    <message>
        <source>Search name, serial, model, address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or host, e.g. 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the charger&apos;s IP address or host name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charger answered there: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissioningService</name>
    <message>
        <source>Reading the settings as found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {key} as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the plan with the charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back run {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run {run}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommissioningTab</name>
    <message>
        <source>Read &amp;as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a charger in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to {key} to commission it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {key} as found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: settings as found read; change what the job needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key unlocked: {features}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectivityPage</name>
    <message>
        <source>The charger registers with the back office by its ChargePointModel; a back office other than the vendor&apos;s must know that model. A new URL or identity takes effect after the reboot that applying does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered: no boot notification accepted yet (no back office set, or not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: the back office has not accepted the charger yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: the charger is registered with the back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: the back office refused the charger (check the charge-box identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {code}, not one the tool knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCPP boot notification: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChargePointModel: {model} — {description} (article {article})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChargePointModel: {model} (not in the vendor&apos;s NG910 table; ask the back office which model to register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChargePointModel: unknown (not read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect:
{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file:
{path}
Please send it with a note of what you were doing. You can keep working; if something looks wrong, restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentsPlot</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since monitoring started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max. meter current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket limit in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meter L{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket {s} L{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sockets 1–{n} L{p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Another client holds the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the other client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow replies (8 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid meter goes silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid meter answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid meter sign inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid meter sign right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial} socket {socket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger and socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-phase EV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-phase EV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plug in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True wiring of the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the socket is really wired; choose another order to miswire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wired as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household loads on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair dryer phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair &amp;dryer 9 A on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type these on the ALB data source page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence key: type it on the Licences page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{serial}/{socket}: {phases}-phase EV, {amps:.1f} A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No EV plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: {currents} A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Plugging a {phases}-phase EV into {serial} socket {socket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplugging {serial} socket {socket}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the hair dryer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiring {serial} socket {socket} as {mapping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying a licence key for {serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injecting &apos;{kind}&apos; on {serial}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>(as found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideBar</name>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {m}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (not needed for this plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HairDryerControl</name>
    <message>
        <source>&amp;Hair-dryer test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair-dryer test started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled; the real maximum meter current is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HairDryerPrompter</name>
    <message>
        <source>Hair-dryer test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterruptedBanner</name>
    <message>
        <source>Re&amp;sume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll it back to as &amp;found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Run {run} ({plan}) stopped before it finished: {status}. Some settings may be half-applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count} more after this one.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesPage</name>
    <message>
        <source>Licence key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key as bought: spaces, dashes and lower case are fine. The charger reboots to take a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing: a key has 24 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key complete: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features this charger has:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-alike spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try this spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password from the installer card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger refused this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it against the installer card (user admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit 1 and the letter l look alike on the card. These spellings swap them; double-click one to try it. Several wrong tries in a row can lock the account for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the MyEve app on your phone, or any other tool connected to it;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait about a minute for the other session to expire, then log in again;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or switch the charger off and on again (this ends every session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client holds this charger&apos;s only session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger talks to one client at a time. You can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commissioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SCN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Commissioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers found: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in and polled: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery running ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery running (mDNS and Bluetooth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo site running on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {key} changed: select it to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring: the password will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Measurand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (10ⁿ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} ({measurand}), {column}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterPage</name>
    <message>
        <source>Search meters (maker or model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom register map: edit the cells below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts from the map shown (the chosen preset); type a register, data type or scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom map, started from the one shown: double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset in the list to leave the custom map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger reads this meter over {protocol}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Modbus meter is used when the ALB meter protocol is Modbus RTU or TCP (ALB data source page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterPlacementDiagram</name>
    <message>
        <source>Where the meter sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter measures the house and the charger: EV included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger is fed before the meter: the meter sees the house only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterTestPanel</name>
    <message>
        <source>Test smart meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the meter through the charger and directly from this computer (Modbus TCP at the IP, port and unit above), and checks that the values make sense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site now: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site now: draws from the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site now: feeds into the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the check tell a reversed meter from export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamp A per phase: 10.2, 4.9, 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: currents measured with a clamp meter, to check scale and phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test smart meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALB uses (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter&apos;s currents as the charger reports them (5221).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currents ALB balances on (212F): negative while the site exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter read from this computer with the preset or custom map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the charger and this computer read the same current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter currents per phase, both paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clamp currents &apos;{text}&apos;: give amperes per phase, like 10.2, 4.9, 2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a charger and read it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger did not report its meter: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger&apos;s Modbus meter link: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter cannot be reached directly from this computer: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the charger&apos;s view is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read directly at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two paths disagree on {phases}: the charger&apos;s register map or address differs from what was read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both paths read the same currents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle (no Modbus meter in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialising (no answer from the meter yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning (the last poll failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error (the meter is quiet or the settings are unusable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values read are not plausible with this preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter reads, but the preset needs a correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values read are plausible: the preset fits this meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed fix: {fix}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeterTestService</name>
    <message>
        <source>Reading the meter through the charger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the meter from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter test done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the smart meter of {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringTab</name>
    <message>
        <source>not in use (communication idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltages (meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency (meter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter currents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power meter / socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live currents of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a charger to see its live currents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket {n}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{polls} polls, {gaps} gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — no answer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the visible window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit {amps} A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, status flags 0x{flags:X}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Log in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charger selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a charger in the list, or add one by its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in (user admin, password from the installer card) to read licences, socket states and current limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial (Object ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum smart-meter current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket maximum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External maximum (RAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static load-balancing limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active load-balancing limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseIdControl</name>
    <message>
        <source>Phase identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identify phases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an EV charging, steps the socket&apos;s current a few times and finds which grid phase each of the charger&apos;s phases lands on (a few minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase identification started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on {serial}, socket {socket}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase identification stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase identification cancelled; the socket&apos;s own maximum is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed phase mapping: &lt;b&gt;{mapping}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still possible: {mappings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiring fault: the charger is configured as {configured}, which this contradicts. Correct the wiring, or set the phase mapping in the Commissioning tab (Phases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matches the configured mapping ({configured}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charger L{k} → grid ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charger L{k} → grid L{g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseOrderDiagram</name>
    <message>
        <source>Supply-cable order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phase mapping set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supply L{grid} → charger L{own}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <source>Phase mapping: which supply phase feeds the charger&apos;s L1, L2 and L3 (rotate the chargers of a site so single-phase cars spread over the phases).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station maximum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket 1 maximum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket 2 maximum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chameleon minimum current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/3-phase switching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALB data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter includes the charging EV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum meter current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALB safe current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 server IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter register map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map measurands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register map scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter unit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter TCP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTU baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTU parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS validity time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge-box identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN first socket ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN socket count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN sockets of this charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN phase mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN total current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN socket safe current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN total safe current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN alternating period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ALB settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the P1 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meter register map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EMS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the back-office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SCN settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetFileBar</name>
    <message>
        <source>&amp;Import preset file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport preset file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a meter preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the meter preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder for your presets: log in to a charger first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {title} from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset or type a valid custom map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {title} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebootConfirmation</name>
    <message>
        <source>{name}: not polled, so whether an EV is charging is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no EV charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: an EV is charging on socket {sockets}: charging stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart chargers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} restarts {count} charger(s). A restart takes about a minute; sockets do not charge meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Charging is interrupted where an EV is charging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart {count} charger(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What applying changes (as found → plan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check against the charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan holds the settings as found: nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charger reboots to take these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScnOverviewPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers do not report when a pause ends: &apos;until&apos; is when this program first saw the socket paused plus the alternating period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network total {amps} A of {limit} A per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused until about {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network consistent: {n} members agree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScnPage</name>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScnService</name>
    <message>
        <source>Reading {n} chargers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SCN members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} run {run}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SCN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScnSetupPage</name>
    <message>
        <source>&amp;Read the picked chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply to every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member reads the meter (ALB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps its ALB settings; the others need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid total current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total safe current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket safe current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternating period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the members, then read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan breaks no rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Logging in to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the new certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusting a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out of {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another client is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart Charging Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 A per socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFID reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 15118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3G/4G modem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expose smart-meter data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging (ventilation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no power (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cable connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EV connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charging power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power off, maximum current too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inoperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power off, suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power off, phase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>Hair-dryer test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
