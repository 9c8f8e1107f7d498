<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/rows.py" line="74"/>
        <location filename="../../src/buergeranfragen/ui/contacts/rows.py" line="75"/>
        <source>Diese Zeile entfernen</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="75"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="75"/>
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="77"/>
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="83"/>
        <source>z. B. WDR, Rheinische Post</source>
        <translation>e.g. WDR, Rheinische Post</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="85"/>
        <source>z. B. Landespolitik</source>
        <translation>e.g. state politics</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="92"/>
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="114"/>
        <source>z. B. 0211 837-1001</source>
        <translation>e.g. 0211 837-1001</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="115"/>
        <source>Weitere Rufnummer</source>
        <translation>Add phone number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="120"/>
        <source>name@beispiel.de</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="121"/>
        <source>Weitere E-Mail-Adresse</source>
        <translation>Add email address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="20"/>
        <source>Nachricht</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="48"/>
        <source>geöffnet</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="31"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="32"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="34"/>
        <source>Kontakt zugeordnet</source>
        <translation>contact assigned</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="33"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="21"/>
        <source>Löschung einer Person</source>
        <translation>Erasure of a person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="25"/>
        <source>Fristen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="28"/>
        <source>Themenliste</source>
        <translation>Topic list</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="163"/>
        <source>Einstellung: {0}</source>
        <translation>Setting: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="49"/>
        <source>Löschung (Art. 17)</source>
        <translation>Erasure (Art. 17)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="35"/>
        <source>anonymisiert (Aufbewahrungsfrist)</source>
        <translation>anonymised (retention period)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="36"/>
        <source>gelöscht (Aufbewahrungsfrist)</source>
        <translation>deleted (retention period)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="37"/>
        <source>Person gelöscht</source>
        <translation>Person erased</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="38"/>
        <source>Auskunft exportiert (Art. 15)</source>
        <translation>Access report exported (Art. 15)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="40"/>
        <source>in einen anderen Kontakt übernommen</source>
        <translation>merged into another contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="41"/>
        <source>durch Import ergänzt</source>
        <translation>completed by an import</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="42"/>
        <source>aufgeteilt</source>
        <translation>split</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="43"/>
        <source>abgeteilt</source>
        <translation>split off</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="44"/>
        <source>verschoben</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="45"/>
        <source>erneut gesendet</source>
        <translation>sent again</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="46"/>
        <source>als gesendet vermerkt</source>
        <translation>marked as sent</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="74"/>
        <source>Einstellung: {name}</source>
        <translation>Setting: {name}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="78"/>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="65"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="105"/>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="198"/>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="235"/>
        <location filename="../../src/buergeranfragen/ui/shell/extras.py" line="99"/>
        <source>Protokoll</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="109"/>
        <source>Benutzername, leer: alle</source>
        <translation>User name, empty: everyone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="111"/>
        <source>Alle Datensätze</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="112"/>
        <source>Anfrage (Aktenzeichen)</source>
        <translation>Inquiry (reference)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="113"/>
        <source>Kontakt (Nummer)</source>
        <translation>Contact (number)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="115"/>
        <source>z. B. BA-2026-00012 oder 42</source>
        <translation>e.g. BA-2026-00012 or 42</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="116"/>
        <source>&amp;Zeitraum</source>
        <translation>Per&amp;iod</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="127"/>
        <source>A&amp;nzeigen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="133"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="137"/>
        <source>&amp;Datensatz</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="144"/>
        <source>&amp;Tage</source>
        <translation>&amp;Days</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="149"/>
        <source>&amp;Art</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="124"/>
        <source>Änderungen und Öffnungen</source>
        <translation>Changes and openings</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="125"/>
        <source>Nur Änderungen</source>
        <translation>Changes only</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="126"/>
        <source>Nur Öffnungen</source>
        <translation>Openings only</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="55"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="122"/>
        <location filename="../../src/buergeranfragen/ui/contacts/model.py" line="39"/>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="146"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="132"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="167"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="171"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="118"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="198"/>
        <source>Die Nummer eines Kontakts besteht aus Ziffern.</source>
        <translation>A contact&apos;s number consists of digits.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="243"/>
        <source>{0} Einträge</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="243"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="57"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="136"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="37"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="56"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="138"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="36"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="102"/>
        <source>Kontakt aufteilen</source>
        <translation>Split contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="106"/>
        <source>Was zu einer anderen Person gehört, wird ein neuer Kontakt: Rufnummern und Adressen ankreuzen und die Person benennen. Anfragen bleiben beim bisherigen Kontakt, außer den angekreuzten.</source>
        <translation>What belongs to another person becomes a new contact: tick the numbers and addresses and name the person. Inquiries stay with the existing contact, except those ticked.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="147"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="139"/>
        <source>&amp;Vorname</source>
        <translation>Fi&amp;rst name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="148"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="140"/>
        <source>N&amp;achname</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="149"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="141"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="154"/>
        <source>Zum neuen Kontakt</source>
        <translation>To the new contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="160"/>
        <source>Anfragen, die zum neuen Kontakt wechseln</source>
        <translation>Inquiries that move to the new contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="166"/>
        <source>Keine Anfragen.</source>
        <translation>No inquiries.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="168"/>
        <source>Es werden nur die neuesten Anfragen gezeigt.</source>
        <translation>Only the most recent inquiries are shown.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="176"/>
        <source>Aufteilen</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="270"/>
        <source>Zum Aufteilen bitte zuerst einen gespeicherten Kontakt öffnen.</source>
        <translation>To split, please open a saved contact first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="293"/>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="324"/>
        <source>Aufteilen nicht möglich</source>
        <translation>Cannot split</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="333"/>
        <source>Aufgeteilt: „{0}“ bleibt, „{1}“ ist neu angelegt.</source>
        <translation>Split: “{0}” stays, “{1}” has been created.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="61"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="142"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="41"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="143"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="145"/>
        <source>&amp;Medium</source>
        <translation>O&amp;utlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="63"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="147"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="43"/>
        <source>Ressort</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="156"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="152"/>
        <source>Rufnummern</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="77"/>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="86"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="118"/>
        <location filename="../../src/buergeranfragen/ui/contacts/model.py" line="39"/>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="157"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="153"/>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="66"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="64"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="156"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="44"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="161"/>
        <source>PLZ, Ort</source>
        <translation>Postcode, city</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="67"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="162"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="47"/>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="69"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="165"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="48"/>
        <source>Kategorien</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="68"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="166"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="167"/>
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="65"/>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="174"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="17"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="175"/>
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="176"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/form.py" line="177"/>
        <source>Weiteres</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="39"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="40"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="38"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="118"/>
        <location filename="../../src/buergeranfragen/ui/contacts/model.py" line="39"/>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="59"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="42"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="38"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="118"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="43"/>
        <source>Verteilt</source>
        <translation>Routed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="44"/>
        <source>Bedingungen</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="48"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="121"/>
        <source>&amp;Neu …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="49"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="117"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="122"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="50"/>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="51"/>
        <source>Nach &amp;unten</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="52"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="123"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="123"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="160"/>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="102"/>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="241"/>
        <source>&amp;Deaktivieren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="53"/>
        <source>&amp;Löschen</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="92"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="75"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="144"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="92"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="75"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="144"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="117"/>
        <source>An&amp;sehen …</source>
        <translation>&amp;View …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="123"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="160"/>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="241"/>
        <source>&amp;Aktivieren</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="160"/>
        <source>Verteilregel löschen</source>
        <translation>Delete routing rule</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="161"/>
        <source>Die Verteilregel „{0}“ löschen?</source>
        <translation>Delete the routing rule “{0}”?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="181"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="75"/>
        <source>Verteilregel ändern</source>
        <translation>Change routing rule</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/model.py" line="39"/>
        <source>Organisation / Medium</source>
        <translation>Organisation / outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="85"/>
        <location filename="../../src/buergeranfragen/ui/contacts/model.py" line="39"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="38"/>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="71"/>
        <source>Mögliche Dubletten</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="58"/>
        <source>Wahrscheinlich dieselbe Person</source>
        <translation>Probably the same person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="60"/>
        <source>dieselbe Person</source>
        <translation>same person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="62"/>
        <source>Gleiche Rufnummer oder Adresse, andere Person</source>
        <translation>Same number or address, another person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="64"/>
        <source>andere Person</source>
        <translation>another person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="66"/>
        <source>Gleicher Name, sonst nichts gemeinsam</source>
        <translation>Same name, nothing else in common</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="68"/>
        <source>andere Person?</source>
        <translation>different person?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="73"/>
        <source>Kontakte mit gleicher Rufnummer oder Adresse</source>
        <translation>Contacts with the same number or address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="75"/>
        <source>Kontakte mit gleichem Namen</source>
        <translation>Contacts with the same name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="108"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="165"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="123"/>
        <source>Nur der Name ist gleich: nur zusammenführen, wenn es dieselbe Person ist. Abweichende Angaben werden vorher zur Wahl gestellt.</source>
        <translation>Only the name is the same: merge only if it is the same person. Differing details are offered for a choice first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="130"/>
        <source>Ein anderer Name: nur zusammenführen, wenn es doch dieselbe Person ist. Abweichende Angaben werden vorher zur Wahl gestellt.</source>
        <translation>A different name: merge only if it is the same person after all. Differing details are offered for choice first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="68"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="118"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="209"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="214"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="261"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="266"/>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="111"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/hints.py" line="116"/>
        <source>Beide Kontakte zu einem vereinen; keine Nummer, Adresse oder Notiz geht verloren.</source>
        <translation>Combine both contacts into one; no number, address or note is lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="84"/>
        <source>Suchen: Name, Organisation, Rufnummer in jeder Schreibweise, E-Mail (Strg+F)</source>
        <translation>Search: name, organisation, phone number in any format, email (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="158"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="97"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="463"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="256"/>
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="101"/>
        <source>Anruf erfassen</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="106"/>
        <source>Rufnummer des Anrufers, z. B. 0211 837-1001</source>
        <translation>Caller&apos;s number, e.g. 0211 837-1001</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="109"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="320"/>
        <source>Noch keine Rufnummer.</source>
        <translation>No number yet.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="121"/>
        <source>Unbekannte Nummer: neuen Kontakt anlegen</source>
        <translation>Unknown number: create a new contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="128"/>
        <source>Organisation oder Medium</source>
        <translation>Organisation or outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="58"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="130"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="38"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="59"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="131"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="39"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="60"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="132"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="40"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="148"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="124"/>
        <source>Redaktionsschluss</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="158"/>
        <source>Am Telefon erledigt</source>
        <translation>Resolved on the phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="161"/>
        <source>Anrufer</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="169"/>
        <source>Anliegen</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="84"/>
        <source>heute {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="91"/>
        <source>Keine Frist</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="95"/>
        <source>Überfällig: war fällig am {0}</source>
        <translation>Overdue: was due on {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="97"/>
        <source>Heute fällig, bis {0}</source>
        <translation>Due today, by {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="98"/>
        <source>Fällig am {0}</source>
        <translation>Due on {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="36"/>
        <source>die Mailadresse des Kontakts</source>
        <translation>the contact&apos;s mail address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="114"/>
        <source>Zwischennachricht senden</source>
        <translation>Send interim reply</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="114"/>
        <source>Antworten</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="115"/>
        <source>Senden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="122"/>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="49"/>
        <source>An</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="131"/>
        <source>Die letzte Mail kam von {0}. Die Antwort geht nur an die Adresse der Anfrage; wer sonst antworten soll, erhält sie nicht.</source>
        <translation>The latest mail came from {0}. The reply goes only to the inquiry’s address; anyone else who should get it does not.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="138"/>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="225"/>
        <source>(kein Textbaustein)</source>
        <translation>(no text template)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="142"/>
        <source>Ihre Anfrage</source>
        <translation>Your inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="154"/>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="244"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="19"/>
        <source>Textbaustein</source>
        <translation>Text template</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="155"/>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="49"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="169"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="72"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="172"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="56"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="26"/>
        <location filename="../../src/buergeranfragen/inquiries/routing.py" line="147"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="157"/>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="308"/>
        <source>Danach</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="164"/>
        <source>Die eingegangene Mail wird unter Ihrem Text zitiert; das Aktenzeichen steht im Betreff.</source>
        <translation>The incoming mail is quoted below your text; the reference is in the subject.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="186"/>
        <source>Bitte einen Text schreiben.</source>
        <translation>Please write a text.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="193"/>
        <source>Der Text enthält noch „{0}“ aus dem Textbaustein; bitte ersetzen.</source>
        <translation>The text still contains “{0}” from the text template; please replace it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="220"/>
        <source>An eine Abteilung weiterleiten</source>
        <translation>Forward to a department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="220"/>
        <source>Weiterleiten</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="245"/>
        <source>Anschreiben (optional)</source>
        <translation>Cover note (optional)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="251"/>
        <source>Die Original-Mail wird vollständig angehängt.</source>
        <translation>The original mail is attached in full.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="253"/>
        <source>Die Gesprächsnotiz wird in die Mail übernommen.</source>
        <translation>The call note is put into the mail.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="283"/>
        <source>Rückruf</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="284"/>
        <source>Telefonisch beantwortet</source>
        <translation>Answered by phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="285"/>
        <source>Per Brief beantwortet</source>
        <translation>Answered by letter</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="286"/>
        <source>Anruf des Bürgers</source>
        <translation>Call from the citizen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="296"/>
        <source>Telefonat oder Brief erfassen</source>
        <translation>Log a call or letter</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="296"/>
        <source>Erfassen</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="306"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="307"/>
        <source>Gesprächsnotiz</source>
        <translation>Call note</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="316"/>
        <source>Status bleibt „{0}“</source>
        <translation>Status stays “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="330"/>
        <location filename="../../src/buergeranfragen/conversation/service.py" line="172"/>
        <source>Bitte festhalten, was besprochen wurde.</source>
        <translation>Please note what was discussed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="174"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="175"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="125"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="27"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="63"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="98"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="186"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="196"/>
        <source>Anruf um {0}</source>
        <translation>Call at {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="302"/>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="314"/>
        <source>Unbekannte Nummer {0}.</source>
        <translation>Unknown number {0}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="318"/>
        <source>Noch keine vollständige Rufnummer.</source>
        <translation>Not a complete number yet.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="347"/>
        <source>{0} Kontakte mit dieser Nummer – bitte wählen, wer anruft.</source>
        <translation>{0} contacts with this number – please choose who is calling.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="352"/>
        <source>Erkannt</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="352"/>
        <source>{0} Kontakte mit dieser Nummer</source>
        <translation>{0} contacts with this number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_parts.py" line="40"/>
        <source>Offene Anfragen</source>
        <translation>Open inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_parts.py" line="41"/>
        <source>Eingabetaste: die Anfrage in der Liste zeigen</source>
        <translation>Enter: show the inquiry in the list</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_parts.py" line="61"/>
        <source>Offene Anfragen (Eingabetaste zeigt sie):</source>
        <translation>Open inquiries (Enter shows one):</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_parts.py" line="63"/>
        <source>Keine offenen Anfragen.</source>
        <translation>No open inquiries.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_parts.py" line="96"/>
        <source>Ein weiterer Anruf wartet: {0}. Er öffnet sich, sobald dieser Anruf gespeichert oder verworfen ist.</source>
        <translation>Another call is waiting: {0}. It opens once this call is saved or discarded.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_parts.py" line="101"/>
        <source>Weitere Anrufe warten: {0}. Sie öffnen sich, sobald dieser Anruf gespeichert oder verworfen ist.</source>
        <translation>More calls waiting: {0}. They open once this call is saved or discarded.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="436"/>
        <source>Mehrere Kontakte haben diese Nummer: bitte wählen, wer anruft.</source>
        <translation>Several contacts have this number: please choose who is calling.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="447"/>
        <source>Anruf nicht gespeichert</source>
        <translation>Call not saved</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="483"/>
        <source>Anruf verwerfen?</source>
        <translation>Discard call?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="484"/>
        <source>Die Eingaben zu diesem Anruf gehen verloren.</source>
        <translation>The input for this call will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="64"/>
        <location filename="../../src/buergeranfragen/ui/common/unsaved.py" line="113"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="100"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="220"/>
        <source>{0} Kontakte</source>
        <translation>{0} contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="220"/>
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="229"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="260"/>
        <source>Filter aktiv: {0} – Esc im Suchfeld setzt zurück</source>
        <translation>Filter active: {0} – Esc in the search field resets</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="230"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="249"/>
        <source>Suche „{0}“</source>
        <translation>Search “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="288"/>
        <source>Kontakt wurde inzwischen geändert und neu geladen.</source>
        <translation>The contact was changed meanwhile and has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="354"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="410"/>
        <source>Kontakt nicht verfügbar</source>
        <translation>Contact not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="76"/>
        <source>Nicht gespeichert: bitte die markierten Felder prüfen.</source>
        <translation>Not saved: please check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="81"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="111"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="292"/>
        <source>Kontakt wurde inzwischen geändert</source>
        <translation>Contact was changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="65"/>
        <location filename="../../src/buergeranfragen/ui/common/unsaved.py" line="113"/>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="84"/>
        <source>Weiter bearbeiten</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="90"/>
        <source>Kontakt gelöscht</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="51"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="486"/>
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="59"/>
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="83"/>
        <source>Neu laden (meine Änderungen verwerfen)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/saving.py" line="94"/>
        <source>Ihre Eingaben bleiben im Formular; „Speichern“ legt sie als neuen Kontakt an.</source>
        <translation>Your input stays in the form; “Save” creates it as a new contact.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="424"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="210"/>
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="293"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="425"/>
        <source>Die ungespeicherten Eingaben in diesem Kontakt gehen verloren.</source>
        <translation>The unsaved input in this contact will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="194"/>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="112"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="260"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="437"/>
        <source>Eingaben verworfen.</source>
        <translation>Input discarded.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/section.py" line="163"/>
        <source>Das Kontaktformular</source>
        <translation>The contact form</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="263"/>
        <source>Ihre Eingaben werden dem vorhandenen Kontakt „{0}“ hinzugefügt. Keine Rufnummer, Adresse oder Notiz geht verloren.</source>
        <translation>Your input will be added to the existing contact “{0}”. No number, address or note is lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="100"/>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="109"/>
        <location filename="../../src/buergeranfragen/ui/common/operations.py" line="372"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="163"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="133"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="143"/>
        <location filename="../../src/buergeranfragen/ui/contacts/split_dialog.py" line="181"/>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="126"/>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="173"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="121"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="215"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="267"/>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="152"/>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="164"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="189"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="150"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="180"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="201"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="211"/>
        <source>„{0}“ wird in „{1}“ übernommen und danach entfernt. Alle Rufnummern, Adressen und Notizen bleiben erhalten.</source>
        <translation>“{0}” is merged into “{1}” and then removed. All numbers, addresses and notes are kept.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="182"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="233"/>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="297"/>
        <source>Zusammenführen nicht möglich</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="49"/>
        <source>(leer)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="76"/>
        <source>Die beiden Kontakte unterscheiden sich in diesen Feldern. Wählen Sie je Feld den Wert, der bleiben soll; der andere Wert wird in die Notizen übernommen.</source>
        <translation>The two contacts differ in these fields. For each field, choose the value to keep; the other value is added to the notes.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="82"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="84"/>
        <source>Geöffnet: {0}</source>
        <translation>Open: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="85"/>
        <source>Anderer Kontakt: {0}</source>
        <translation>Other contact: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="96"/>
        <source>{0} des geöffneten Kontakts</source>
        <translation>{0} of the open contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="99"/>
        <source>{0} des anderen Kontakts</source>
        <translation>{0} of the other contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/merge_dialog.py" line="310"/>
        <source>Zusammengeführt: {0}</source>
        <translation>Merged: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="28"/>
        <source>unbekannt ({0})</source>
        <translation>unknown ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="33"/>
        <source>Büro</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="34"/>
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="35"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="36"/>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="41"/>
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="41"/>
        <source>Dienstlich</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="47"/>
        <source>Presse</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="47"/>
        <source>Bürger/in</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="62"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="42"/>
        <source>Medium</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="65"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="45"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="66"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="46"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="76"/>
        <source>Anruf</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="78"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="79"/>
        <source>Eingegeben</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="87"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="88"/>
        <source>persönlich</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="93"/>
        <source>Presseanfrage</source>
        <translation>Press inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="93"/>
        <source>Bürgeranfrage</source>
        <translation>Citizen inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="100"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="48"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="164"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="101"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="165"/>
        <source>Zugewiesen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="102"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="166"/>
        <source>In Bearbeitung</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="103"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="167"/>
        <source>Rückfrage</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="104"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="49"/>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="38"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="168"/>
        <source>Beantwortet</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="105"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="50"/>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="39"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="171"/>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="106"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="169"/>
        <source>am Telefon erledigt</source>
        <translation>resolved on the phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="107"/>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="170"/>
        <source>abgegeben</source>
        <translation>handed over</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="124"/>
        <source>zur Anfrage hinzugefügt</source>
        <translation>added to the inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="127"/>
        <source>später erneut versuchen</source>
        <translation>retry later</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="98"/>
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="99"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="100"/>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="54"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="213"/>
        <source>Datenbank: lokal ({0})</source>
        <translation>Database: local ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="215"/>
        <source>Datenbank: gemeinsam ({0})</source>
        <translation>Database: shared ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="296"/>
        <source>Weiterer Anruf von {0} wartet, bis dieser Anruf erfasst ist.</source>
        <translation>Another call from {0} is waiting until this call is logged.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="347"/>
        <source>Die Anfrage {0} gibt es nicht (mehr).</source>
        <translation>The inquiry {0} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="473"/>
        <source>Anrufe warten</source>
        <translation>Calls waiting</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="475"/>
        <source>Diese Anrufe warten noch darauf, erfasst zu werden: {0}. Beim Beenden gehen sie verloren (die Nummern stehen nirgends sonst).</source>
        <translation>These calls are still waiting to be logged: {0}. Quitting loses them (the numbers are nowhere else).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="478"/>
        <source>Trotzdem beenden</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="479"/>
        <source>Weiter erfassen</source>
        <translation>Go on logging</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="131"/>
        <source>&amp;Neuer Kontakt</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="129"/>
        <source>Einen Anruf als Anfrage erfassen</source>
        <translation>Log a call as an inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="126"/>
        <source>Anru&amp;f erfassen</source>
        <translation>&amp;Log a call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="132"/>
        <source>Su&amp;chen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="133"/>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="100"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="134"/>
        <source>Eingaben &amp;verwerfen</source>
        <translation>&amp;Discard input</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="137"/>
        <source>Kontakt &amp;aufteilen …</source>
        <translation>&amp;Split contact …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="140"/>
        <source>Rufnummern und Adressen einer anderen Person zu einem neuen Kontakt machen</source>
        <translation>Make another person&apos;s numbers and addresses a new contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="144"/>
        <source>&amp;Verteilen …</source>
        <translation>&amp;Route …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="147"/>
        <source>Die Anfrage (oder die gewählten) an eine Abteilung verteilen</source>
        <translation>Route the inquiry (or the selected ones) to a department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="151"/>
        <source>&amp;Zuweisen …</source>
        <translation>&amp;Assign …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="154"/>
        <source>Festlegen, wer die Anfrage bearbeitet</source>
        <translation>Set who handles the inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="158"/>
        <source>S&amp;tatus ändern …</source>
        <translation>Change s&amp;tatus …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="161"/>
        <source>Den nächsten Schritt der Anfrage festhalten</source>
        <translation>Record the inquiry&apos;s next step</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="165"/>
        <source>Notiz &amp;hinzufügen …</source>
        <translation>Add &amp;note …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="168"/>
        <source>Eine interne Notiz in den Verlauf schreiben</source>
        <translation>Write an internal note into the history</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="172"/>
        <source>&amp;Antworten …</source>
        <translation>&amp;Reply …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="175"/>
        <source>Dem Bürger per Mail antworten (mit Aktenzeichen und Zitat)</source>
        <translation>Reply to the citizen by mail (with reference and quote)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="179"/>
        <source>Zwischen&amp;nachricht …</source>
        <translation>I&amp;nterim reply …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="182"/>
        <source>Eine Zwischennachricht senden; die Anfrage bleibt offen</source>
        <translation>Send an interim reply; the inquiry stays open</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="186"/>
        <source>An Abteilung &amp;weiterleiten …</source>
        <translation>&amp;Forward to department …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="189"/>
        <source>Die Anfrage mit der Original-Mail an eine Abteilung senden</source>
        <translation>Send the inquiry with the original mail to a department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="193"/>
        <source>Telefonat oder Brief &amp;erfassen …</source>
        <translation>&amp;Log call or letter …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="196"/>
        <source>Einen Rückruf oder eine Antwort per Telefon oder Brief festhalten</source>
        <translation>Record a call-back or an answer by phone or letter</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="200"/>
        <source>E-&amp;Mails importieren …</source>
        <translation>Import e&amp;mails …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="203"/>
        <source>.eml- oder .msg-Dateien übernehmen</source>
        <translation>Take in .eml or .msg files</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="205"/>
        <source>Postfach &amp;abrufen</source>
        <translation>&amp;Fetch mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="206"/>
        <source>Post&amp;fächer einrichten …</source>
        <translation>Set up mail&amp;boxes …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="209"/>
        <source>&amp;Abteilungen, Regeln und Personen …</source>
        <translation>&amp;Departments, rules and people …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="211"/>
        <source>Abteilungen, Verteilregeln und Rollen ansehen und (Administration) ändern</source>
        <translation>View departments, routing rules and roles and (Administration) change them</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="215"/>
        <source>&amp;Textbausteine …</source>
        <translation>&amp;Text templates …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="217"/>
        <source>Vorlagen für Antworten, Zwischennachrichten und Weiterleitungen</source>
        <translation>Templates for replies, interim replies and forwards</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="221"/>
        <source>&amp;Wochenbericht …</source>
        <translation>&amp;Weekly report …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="223"/>
        <source>Den Wochenbericht automatisch erstellen und mailen (Ordner, Formate, an wen)</source>
        <translation>Create and mail the weekly report automatically (folder, formats, to whom)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="227"/>
        <source>Auf&amp;bewahrungsfristen …</source>
        <translation>&amp;Retention periods …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="229"/>
        <source>Wann abgeschlossene Anfragen anonymisiert und Kontakte gelöscht werden</source>
        <translation>When closed inquiries are anonymised and contacts deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="233"/>
        <source>&amp;Protokoll …</source>
        <translation>Audit &amp;log …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="235"/>
        <source>Wer hat wann welche Anfrage oder welchen Kontakt geändert oder geöffnet</source>
        <translation>Who changed or opened which inquiry or contact, and when</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="239"/>
        <source>Kontakte &amp;importieren …</source>
        <translation>&amp;Import contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="241"/>
        <source>vCard- oder CSV-Dateien einlesen</source>
        <translation>Read vCard or CSV files</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="244"/>
        <source>Als &amp;vCard exportieren …</source>
        <translation>As &amp;vCard …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="247"/>
        <source>Als &amp;CSV exportieren …</source>
        <translation>As &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="250"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="258"/>
        <source>Ansichten der &amp;Warteschlange</source>
        <translation>&amp;Queue views</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="261"/>
        <source>Zu den Ansichten links der Anfragen (Überfällig, Heute fällig, Abteilungen …)</source>
        <translation>To the views left of the inquiries (Overdue, Due today, departments …)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="265"/>
        <source>Aktuelle Filter als Ansicht &amp;speichern …</source>
        <translation>&amp;Save current filters as a view …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="268"/>
        <source>Die Filter der Warteschlange unter einem Namen in die Ansichten aufnehmen</source>
        <translation>Add the queue&apos;s filters to the views under a name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="272"/>
        <source>&amp;Hilfe zu diesem Bereich</source>
        <translation>&amp;Help for this section</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="278"/>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="280"/>
        <source>Alle Tastenkürzel des Fensters</source>
        <translation>All keyboard shortcuts of the window</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="282"/>
        <source>Ü&amp;ber Bürgeranfragen</source>
        <translation>&amp;About Bürgeranfragen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="289"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="295"/>
        <source>Kontakte &amp;exportieren</source>
        <translation>&amp;Export contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="300"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="305"/>
        <source>A&amp;nfrage</source>
        <translation>&amp;Inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="316"/>
        <source>&amp;Kontakt</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="322"/>
        <source>E&amp;xtras</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="330"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/actions.py" line="335"/>
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="356"/>
        <source>Anruf gespeichert: {0}</source>
        <translation>Call saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="93"/>
        <source>E-Mails importieren</source>
        <translation>Import emails</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="93"/>
        <source>E-Mails (*.eml *.msg *.mbox);;Alle Dateien (*)</source>
        <translation>Emails (*.eml *.msg *.mbox);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="100"/>
        <source>Kein Postfach eingerichtet (Datei → Postfächer einrichten).</source>
        <translation>No mailbox set up (File → Set up mailboxes).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="95"/>
        <source>Postfach wird abgerufen … {0} von {1}</source>
        <translation>Fetching mailbox … {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="85"/>
        <source>Postfach wird abgerufen …</source>
        <translation>Fetching mailbox …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="106"/>
        <source>{0} neue Anfragen aus dem Postfach.</source>
        <translation>{0} new inquiries from the mailbox.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="111"/>
        <source>{0} Antworten zu vorhandenen Anfragen.</source>
        <translation>{0} answers to existing inquiries.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="114"/>
        <source>Wieder geöffnet: {0}.</source>
        <translation>Reopened: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="116"/>
        <source>{0} nicht übernommen (siehe „Nicht übernommen …“).</source>
        <translation>{0} not imported (see “Not imported …”).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_fetch.py" line="118"/>
        <source>{0} folgen beim nächsten Abruf.</source>
        <translation>{0} follow at the next fetch.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="80"/>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="86"/>
        <source>Kontakte importieren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="81"/>
        <source>Kontaktdateien (*.vcf *.vcard *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="87"/>
        <source>Als welche Art sollen die Kontakte angelegt werden?</source>
        <translation>Which kind of contact should be created?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="88"/>
        <source>Wie in der Datei (sonst Bürger/in)</source>
        <translation>As the file says (otherwise citizen)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="88"/>
        <source>Alle als Presse</source>
        <translation>All as press</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="97"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="97"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="98"/>
        <source>Kontakte exportieren</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="421"/>
        <source>Über Bürgeranfragen</source>
        <translation>About Bürgeranfragen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="423"/>
        <source>{0} {1}
Anfragen von Bürgerinnen, Bürgern und Presse erfassen, verteilen und beantworten.

{2}</source>
        <translation>{0} {1}
Log, route and answer inquiries from citizens and the press.

{2}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/operations.py" line="373"/>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="461"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="463"/>
        <source>Ein Import oder Export läuft noch. Bitte warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</source>
        <translation>An import or export is still running. Please wait until it has finished, or cancel it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/call_form.py" line="209"/>
        <source>Das Anrufformular</source>
        <translation>The call form</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="35"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="38"/>
        <source>Einzelheiten stehen im Protokoll:
{0}</source>
        <translation>Details are in the log:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="59"/>
        <source>Ungespeicherte Eingaben</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/prompts.py" line="60"/>
        <source>{0} enthält ungespeicherte Eingaben. Was soll damit geschehen?</source>
        <translation>{0} contains unsaved input. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="114"/>
        <source>importiert</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="115"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="39"/>
        <source>zusammengeführt</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="116"/>
        <source>übersprungen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="55"/>
        <source>Import abgeschlossen</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="55"/>
        <source>Import abgebrochen</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="35"/>
        <source>{0} importiert, {1} mit vorhandenen Kontakten zusammengeführt, {2} übersprungen.</source>
        <translation>{0} imported, {1} merged into existing contacts, {2} skipped.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="41"/>
        <source>Der Import wurde abgebrochen; die bis dahin gelesenen Einträge sind gespeichert.</source>
        <translation>The import was cancelled; the entries read until then are stored.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/file_dialog.py" line="38"/>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="59"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="68"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/file_dialog.py" line="38"/>
        <source>{0}-Datei</source>
        <translation>{0} file</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="59"/>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="59"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="354"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="69"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="59"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="73"/>
        <source>Grund / Hinweise</source>
        <translation>Reason / notes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="29"/>
        <source>{0} Mails als Anfragen übernommen, {1} waren schon vorhanden, {2} abgelehnt.</source>
        <translation>{0} mails taken in as inquiries, {1} were already there, {2} refused.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="34"/>
        <source>1 gehörte zu einer vorhandenen Anfrage und wurde dort hinzugefügt.</source>
        <translation>1 belonged to an existing inquiry and was added there.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="37"/>
        <source>{0} gehörten zu einer vorhandenen Anfrage und wurden dort hinzugefügt.</source>
        <translation>{0} belonged to an existing inquiry and were added there.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="41"/>
        <source>{0} konnten wegen eines Problems der Datenbank oder des Datenträgers nicht gespeichert werden; bitte später erneut importieren.</source>
        <translation>{0} could not be stored because of a database or disk problem; please import them again later.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="46"/>
        <source>Abgelehnte Mails stehen unter „Nicht übernommen …“ im Bereich Anfragen.</source>
        <translation>Rejected mails are listed under “Not imported …” in the Inquiries section.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="49"/>
        <source>Der Import wurde abgebrochen.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="123"/>
        <source>übernommen</source>
        <translation>taken in</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="125"/>
        <source>schon vorhanden</source>
        <translation>already there</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/i18n.py" line="126"/>
        <source>abgelehnt</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="63"/>
        <source>E-Mail-Import abgebrochen</source>
        <translation>Email import cancelled</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="63"/>
        <source>E-Mail-Import abgeschlossen</source>
        <translation>Email import finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="106"/>
        <source>Kontakte werden importiert …</source>
        <translation>Importing contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="101"/>
        <source>Gezogene Mail {0}</source>
        <translation>Dropped mail {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="104"/>
        <source>E-Mails werden übernommen …</source>
        <translation>Taking in emails …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="123"/>
        <source>Kontakte werden exportiert …</source>
        <translation>Exporting contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/operations.py" line="386"/>
        <source>{0} von {1} Einträgen …</source>
        <translation>{0} of {1} entries …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="130"/>
        <source>Export abgeschlossen</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/transfers.py" line="131"/>
        <source>{0} Kontakte gespeichert in {1}.</source>
        <translation>{0} contacts saved to {1}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/operations.py" line="357"/>
        <source>Vorgang nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="101"/>
        <source>Suchen in Betreff, Text, Kontakt und Vorgangsnummer (Strg+F)</source>
        <translation>Search subject, text, contact and reference (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="104"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="108"/>
        <source>Alle Kanäle</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="112"/>
        <source>Jeder Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="66"/>
        <source>Jederzeit</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="67"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="68"/>
        <source>Letzte 7 Tage</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="69"/>
        <source>Letzte 30 Tage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="70"/>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="139"/>
        <source>Nicht übernommen …</source>
        <translation>Not imported …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="142"/>
        <source>Abgelehnte Mails: ansehen, erneut übernehmen, speichern oder löschen</source>
        <translation>Rejected mails: view, import again, save or delete</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="248"/>
        <source>Ansicht „{0}“</source>
        <translation>View “{0}”</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="316"/>
        <source>{0} überfällig</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="318"/>
        <source>{0} heute fällig</source>
        <translation>{0} due today</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="383"/>
        <source>mehr als {0} Anfragen – bitte die Suche eingrenzen</source>
        <translation>more than {0} inquiries – please narrow the search</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="387"/>
        <source>{0} Anfragen</source>
        <translation>{0} inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="387"/>
        <source>1 Anfrage</source>
        <translation>1 inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/main_window.py" line="351"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/section.py" line="431"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="292"/>
        <source>Anfrage nicht verfügbar</source>
        <translation>Inquiry not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="110"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="281"/>
        <source>Keine Anfrage gewählt</source>
        <translation>No inquiry selected</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="165"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="116"/>
        <source>Eingang</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="75"/>
        <source>Neue Verteilregel</source>
        <translation>New routing rule</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="89"/>
        <source>(niemand Bestimmtes)</source>
        <translation>(no one in particular)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="107"/>
        <source>ein Wort oder eine Wortgruppe je Zeile</source>
        <translation>one word or phrase per line</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="112"/>
        <source>z. B. schule.nrw.de, durch Komma getrennt</source>
        <translation>e.g. schule.nrw.de, separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="114"/>
        <source>Schlagwörter des Kontakts, durch Komma getrennt</source>
        <translation>the contact&apos;s tags, separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/person_name.py" line="33"/>
        <source>Namen ändern</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/person_name.py" line="46"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="117"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="59"/>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="109"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/person_name.py" line="51"/>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="104"/>
        <source>Neu &amp;laden</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/person_name.py" line="107"/>
        <source>{0} gibt es nicht mehr.</source>
        <translation>{0} no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/person_name.py" line="117"/>
        <source>Neu geladen. Gespeichert ist jetzt der Name „{0}“. Ihre Eingabe steht noch im Feld; „Speichern“ ersetzt den gespeicherten Namen durch sie.</source>
        <translation>Reloaded. The name now saved is “{0}”. Your input is still in the field; “Save” replaces the saved name with it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="127"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="166"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="117"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="128"/>
        <source>&amp;Wörter</source>
        <translation>&amp;Words</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="129"/>
        <source>A&amp;usnahmen</source>
        <translation>E&amp;xceptions</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="130"/>
        <source>Absender&amp;domänen</source>
        <translation>Sender &amp;domains</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="131"/>
        <source>&amp;Schlagwörter</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="132"/>
        <source>→ A&amp;bteilung</source>
        <translation>→ De&amp;partment</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="133"/>
        <source>→ &amp;Person</source>
        <translation>→ P&amp;erson</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="134"/>
        <source>→ P&amp;riorität</source>
        <translation>→ P&amp;riority</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="139"/>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="140"/>
        <source>&amp;Ausprobieren</source>
        <translation>&amp;Try it</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="200"/>
        <source>Nur zum Lesen: {0} „Ausprobieren“ ändert nichts und geht trotzdem.</source>
        <translation>Read only: {0} “Try” changes nothing and works all the same.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="227"/>
        <source>Wird ausprobiert …</source>
        <translation>Trying …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="251"/>
        <source>Die Regel hätte diese {0} von {1} Anfragen der letzten {2} Wochen an {3} verteilt.</source>
        <translation>The rule would have routed these {0} of {1} inquiries of the last {2} weeks to {3}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="254"/>
        <source>Nach den jetzigen Regeln gehen {0} davon anderswohin.</source>
        <translation>Under the current rules, {0} of them go elsewhere.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="277"/>
        <source>(nach den jetzigen Regeln: {0})</source>
        <translation>(under the current rules: {0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="258"/>
        <source>Nur die neuesten {0} Anfragen wurden geprüft.</source>
        <translation>Only the newest {0} inquiries were checked.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="72"/>
        <source>Verteilregel ansehen</source>
        <translation>View routing rule</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="262"/>
        <source>Ausprobiert wird die Regel für sich, als stünde sie vor allen anderen. Gespeichert kommt sie ans Ende der Liste: Regeln davor verteilen zuerst.</source>
        <translation>The rule is tried on its own, as if it stood before all others. Once saved it goes to the end of the list: rules before it route first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="267"/>
        <source>Ausprobiert wird die Regel für sich, als stünde sie vor allen anderen. In der Liste bleibt sie an ihrer Stelle: Regeln davor verteilen zuerst.</source>
        <translation>The rule is tried on its own, as if it stood before all others. In the list it keeps its place: rules before it route first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="276"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="41"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="67"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="113"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="200"/>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="221"/>
        <source>Nicht zugeordnet</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rule_editor.py" line="301"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="18"/>
        <source>Verteilregel</source>
        <translation>Routing rule</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="172"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="168"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="120"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="15"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="71"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="56"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="121"/>
        <source>Absender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="122"/>
        <source>Weitergeleitet von</source>
        <translation>Forwarded by</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="37"/>
        <source>Neue Abteilung</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="45"/>
        <source>leer: die Absenderadresse des Büros</source>
        <translation>empty: the office&apos;s sender address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="51"/>
        <source>leer: Name, Rufnummer und E-Mail-Adresse der Abteilung</source>
        <translation>empty: the department&apos;s name, phone number and email address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="54"/>
        <source>Steht unter jedem Schreiben der Abteilung; Platzhalter wie {bearbeiter} möglich.</source>
        <translation>Appears below every letter of the department; placeholders such as {bearbeiter} allowed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="58"/>
        <source>&amp;Kürzel</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="60"/>
        <source>&amp;E-Mail zum Weiterleiten</source>
        <translation>&amp;Email for forwarding</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="61"/>
        <source>&amp;Rufnummer</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="62"/>
        <source>&amp;Absenderadresse für Antworten</source>
        <translation>&amp;Sender address for replies</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="63"/>
        <source>&amp;Signatur</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="118"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="123"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="33"/>
        <location filename="../../src/buergeranfragen/db/limits.py" line="49"/>
        <source>Rufnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="118"/>
        <source>Kürzel</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="41"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="38"/>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="243"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="47"/>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="95"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="170"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="311"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="126"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="16"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="173"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="128"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="131"/>
        <source>Verteilt, weil</source>
        <translation>Routed because</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="140"/>
        <source>Kontakt öffnen</source>
        <translation>Open contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="149"/>
        <source>Von wem ist diese Anfrage?</source>
        <translation>Who is this inquiry from?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="153"/>
        <source>Formatierte Ansicht (ohne externe Inhalte)</source>
        <translation>Formatted view (no external content)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="166"/>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="177"/>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="68"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="253"/>
        <source>(ohne Betreff)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="73"/>
        <source>{0} Anfragen: {1}</source>
        <translation>{0} inquiries: {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="211"/>
        <source>Was Sie in diesem Dialog eingegeben haben, geht verloren.</source>
        <translation>What you entered in this dialog will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="297"/>
        <source>Anfrage verteilen</source>
        <translation>Route inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="297"/>
        <source>Anfragen verteilen</source>
        <translation>Route inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="298"/>
        <source>Verteilen</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="231"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="301"/>
        <source>Abteilung wählen …</source>
        <translation>Choose a department …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="312"/>
        <source>Bearbeitung (optional)</source>
        <translation>Handled by (optional)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="325"/>
        <source>Schon verteilt an {0}: bitte einen Grund angeben, warum die Anfrage an eine andere Abteilung geht.</source>
        <translation>Already routed to {0}: please give a reason why the inquiry goes to another department.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="349"/>
        <source>Anfrage zuweisen</source>
        <translation>Assign inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="349"/>
        <source>Anfragen zuweisen</source>
        <translation>Assign inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="350"/>
        <source>Zuweisen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="171"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="355"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="127"/>
        <source>Bearbeitung</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="356"/>
        <source>Grund (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="368"/>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="377"/>
        <source>Neuer Status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="378"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="420"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="379"/>
        <source>An welche Stelle</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="396"/>
        <source>Von diesem Status aus ist kein Schritt möglich.</source>
        <translation>No step is possible from this status.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="418"/>
        <source>Kommentar (nötig für {0} von {1})</source>
        <translation>Comment (required for {0} of {1})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="420"/>
        <source>Kommentar (nötig)</source>
        <translation>Comment (required)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="435"/>
        <source>Notiz hinzufügen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="435"/>
        <source>Notiz speichern</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="439"/>
        <source>Notiz (intern)</source>
        <translation>Note (internal)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="266"/>
        <source>nicht zugeordnet</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/attachments.py" line="18"/>
        <source>Originalmail</source>
        <translation>Original mail</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="130"/>
        <source>Verweist auf</source>
        <translation>Refers to</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="253"/>
        <source>(anonymisiert)</source>
        <translation>(anonymised)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="266"/>
        <source>anonymisiert</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="331"/>
        <source>Mehrere Kontakte haben die Absenderadresse, und der Name im Absender passt zu keinem. Bitte die Anfrage zuordnen:</source>
        <translation>Several contacts have the sender&apos;s address, and the sender&apos;s name matches none of them. Please assign the inquiry:</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="354"/>
        <source>Zuordnen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="356"/>
        <source>Zuordnen: {0}</source>
        <translation>Assign: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="369"/>
        <source>Zuordnen nicht möglich</source>
        <translation>Cannot assign</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="388"/>
        <source>Formatierte Ansicht wird aus der Originalmail erstellt …</source>
        <translation>Building the formatted view from the original mail …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="392"/>
        <source>Formatierte Ansicht nicht verfügbar</source>
        <translation>Formatted view not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="406"/>
        <source>Der Text ist sehr lang; gezeigt werden die ersten {0} Zeichen. Vollständig: Originalmail öffnen.</source>
        <translation>The text is very long; the first {0} characters are shown. Full text: open the original mail.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="428"/>
        <source>Link öffnen?</source>
        <translation>Open link?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="429"/>
        <source>Der Link führt zu:

{0}

Nur öffnen, wenn Sie dem Absender vertrauen.</source>
        <translation>The link leads to:

{0}

Only open it if you trust the sender.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="432"/>
        <source>Link öffnen</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="437"/>
        <source>Link nicht geöffnet</source>
        <translation>Link not opened</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="438"/>
        <source>Für diesen Link ist kein Programm eingerichtet:

{0}</source>
        <translation>No program is set up for this link:

{0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="458"/>
        <source>Anhang nicht verfügbar</source>
        <translation>Attachment not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="472"/>
        <source>Anhang nicht geöffnet</source>
        <translation>Attachment not opened</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="474"/>
        <source>Für „{0}“ ist kein Programm zum Öffnen eingerichtet. Mit „Speichern unter …“ lässt sich der Anhang als Datei ablegen.</source>
        <translation>No program is set up to open “{0}”. Use “Save as …” to store the attachment as a file.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/attachments.py" line="29"/>
        <source>Anhang öffnen?</source>
        <translation>Open attachment?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/attachments.py" line="31"/>
        <source>„{0}“ ist kein gewöhnliches Dokument, sondern: {1}.

Solche Dateien können Programme starten oder Inhalte aus dem Internet laden. Nur öffnen, wenn Sie dem Absender vertrauen.</source>
        <translation>“{0}” is not an ordinary document but: {1}.

Such files can start programs or load content from the internet. Only open it if you trust the sender.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/attachments.py" line="35"/>
        <source>Trotzdem öffnen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/attachments.py" line="36"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="433"/>
        <source>Nicht öffnen</source>
        <translation>Do not open</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="483"/>
        <source>Anhang speichern</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="483"/>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="65"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/model.py" line="164"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="354"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_import.py" line="70"/>
        <source>Vorgang</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="47"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="116"/>
        <source>Postfächer</source>
        <translation>Mailboxes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="49"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="179"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="57"/>
        <source>TLS (Port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="58"/>
        <source>STARTTLS (Port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="56"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="59"/>
        <source>unverschlüsselt (nur im Testnetz)</source>
        <translation>unencrypted (test networks only)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="72"/>
        <source>Nur Mails ab</source>
        <translation>Only mail since</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="77"/>
        <source>leer lassen: Mails bleiben im Ordner</source>
        <translation>leave empty: mails stay in the folder</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="81"/>
        <source>Postfach hinzufügen</source>
        <translation>Add mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="84"/>
        <source>Neues Postfach</source>
        <translation>New mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="49"/>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="111"/>
        <location filename="../../src/buergeranfragen/ui/outbox/watcher.py" line="98"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="26"/>
        <source>Postausgang (SMTP)</source>
        <translation>Outgoing mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="54"/>
        <source>STARTTLS (Port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="55"/>
        <source>TLS (Port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="66"/>
        <source>leer lassen: ohne Anmeldung</source>
        <translation>leave empty: no login</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="69"/>
        <source>leer lassen: gespeichertes Passwort behalten</source>
        <translation>leave empty: keep the stored password</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="78"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="87"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="79"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="88"/>
        <source>Verschlüsselung</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="80"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="89"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="83"/>
        <source>Absenderadresse</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="84"/>
        <source>Absendername</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="85"/>
        <source>Verbindung testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="107"/>
        <source>Passwort speichern</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="148"/>
        <source>Ohne Verschlüsselung gehen das Passwort und alle Mails lesbar über das Netz. Nur in einem abgeschotteten Testnetz verwenden. Trotzdem speichern?</source>
        <translation>Without encryption the password and all mails cross the network readably. Use only in an isolated test network. Save anyway?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="175"/>
        <source>Verbindung wird geprüft …</source>
        <translation>Checking the connection …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="182"/>
        <source>Verbindung und Anmeldung in Ordnung.</source>
        <translation>Connection and login are fine.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/person_name.py" line="45"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="38"/>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="81"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="90"/>
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="38"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="41"/>
        <source>&amp;Namen ändern …</source>
        <translation>Change &amp;name …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="42"/>
        <source>&amp;Rolle ändern …</source>
        <translation>Change &amp;role …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="43"/>
        <source>&amp;Abteilung ändern …</source>
        <translation>Change &amp;department …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="44"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="105"/>
        <source>&amp;Deaktivieren …</source>
        <translation>&amp;Deactivate …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="71"/>
        <source>{0} (inaktiv)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="105"/>
        <source>A&amp;ktivieren …</source>
        <translation>A&amp;ctivate …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="123"/>
        <source>Person deaktivieren</source>
        <translation>Deactivate person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="125"/>
        <source>{0} deaktivieren?

Eine inaktive Person kann weiter alles lesen, aber nichts mehr ändern: keine Anfrage bearbeiten oder anlegen, keinen Kontakt, keine Mail. Ihr werden keine Anfragen mehr zugewiesen, weder von Hand noch durch eine Verteilregel (die verteilt dann nur an die Abteilung). Was sie bisher getan hat, bleibt, wie es ist; sie lässt sich jederzeit wieder aktivieren.</source>
        <translation>Deactivate {0}?

An inactive person can still read everything but can no longer change anything: no handling or creating inquiries, no contacts, no mail. No inquiries are assigned to them any more, neither by hand nor by a routing rule (which then routes to the department only). What they have done so far stays as it is; they can be activated again at any time.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="132"/>
        <source>Deaktivieren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="137"/>
        <source>Person aktivieren</source>
        <translation>Activate person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="139"/>
        <source>{0} wieder aktivieren?

Die Person darf dann wieder ändern, was ihre Rolle ({1}) erlaubt.</source>
        <translation>Activate {0} again?

The person may then again change what their role ({1}) allows.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="142"/>
        <source>Aktivieren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="154"/>
        <source>Rolle ändern</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="155"/>
        <source>Rolle von {0}:</source>
        <translation>Role of {0}:</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="167"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="171"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="37"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="191"/>
        <source>Abteilung ändern</source>
        <translation>Change department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="171"/>
        <source>Abteilung von {0}:</source>
        <translation>Department of {0}:</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="181"/>
        <source>Person ändern</source>
        <translation>Change person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="192"/>
        <source>Person wurde inzwischen geändert</source>
        <translation>Person was changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="82"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="91"/>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/file_dialog.py" line="36"/>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="79"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="92"/>
        <source>Ordner</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="97"/>
        <source>Danach verschieben nach</source>
        <translation>Afterwards move to</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="106"/>
        <source>Eingerichtete Postfächer (das Passwort liegt im Schlüsselbund des Systems):</source>
        <translation>Mailboxes set up (the password is kept in the system keyring):</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="146"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="143"/>
        <source>Unverschlüsselte Verbindung</source>
        <translation>Unencrypted connection</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="145"/>
        <source>Ohne Verschlüsselung gehen das Passwort und alle Mails lesbar über das Netz; wer mitliest, kann sie lesen. Nur in einem abgeschotteten Testnetz verwenden. Das Postfach trotzdem unverschlüsselt speichern?</source>
        <translation>Without encryption the password and all mails travel the network readably; anyone listening can read them. Use only in an isolated test network. Save the mailbox unencrypted anyway?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/settings_dialog.py" line="151"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="149"/>
        <source>Unverschlüsselt speichern</source>
        <translation>Save unencrypted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="177"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="187"/>
        <source>Postfach entfernen</source>
        <translation>Remove mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mailbox_dialog.py" line="178"/>
        <source>Das Postfach „{0}“ wird nicht mehr abgerufen.</source>
        <translation>The mailbox “{0}” will no longer be fetched.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/common/errors.py" line="56"/>
        <source>Es ist ein unerwarteter Fehler aufgetreten. Ihre Eingaben sind noch im Formular; bitte speichern Sie sie erneut.

{0}: {1}</source>
        <translation>An unexpected error occurred. Your input is still in the form; please save it again.

{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/app.py" line="108"/>
        <source>Die Datenbank kann nicht geöffnet werden:
{0}

{1}

Protokoll: {2}</source>
        <translation>The database cannot be opened:
{0}

{1}

Log: {2}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/app.py" line="138"/>
        <source>Die Datenbank ist noch in Gebrauch; es wurde nichts wiederhergestellt.</source>
        <translation>The database is still in use; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/errors.py" line="41"/>
        <source>Ungültige Eingabe.</source>
        <translation>Invalid input.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/passwords.py" line="63"/>
        <source>Der eingestellte Schlüsselbund speichert Passwörter unverschlüsselt in einer Datei ({file}); dort wird kein Passwort abgelegt oder gelesen. Bitte einen Schlüsselbund des Systems (z. B. GNOME Keyring, KWallet) einrichten oder das Paket keyrings.alt entfernen.</source>
        <translation>The configured keyring stores passwords unencrypted in a file ({file}); no password is stored there or read from it. Please set up a system keyring (e.g. GNOME Keyring, KWallet) or remove the keyrings.alt package.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/passwords.py" line="83"/>
        <source>Das Passwort kann nicht im Schlüsselbund des Systems gespeichert werden ({reason}). Ist ein Schlüsselbund (z. B. GNOME Keyring, KWallet) eingerichtet?</source>
        <translation>The password cannot be stored in the system keyring ({reason}). Is a keyring (e.g. GNOME Keyring, KWallet) set up?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/passwords.py" line="98"/>
        <source>Der Schlüsselbund des Systems ist nicht erreichbar ({reason}).</source>
        <translation>The system keyring cannot be reached ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/passwords.py" line="109"/>
        <source>Für das Postfach „{mailbox}“ ist kein Passwort im Schlüsselbund gespeichert. Bitte in den Postfach-Einstellungen eingeben.</source>
        <translation>No password for mailbox “{mailbox}” is stored in the keyring. Please enter it in the mailbox settings.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="36"/>
        <source>ein Outlook-Kontakt</source>
        <translation>an Outlook contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="37"/>
        <source>ein Outlook-Termin</source>
        <translation>an Outlook appointment</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="38"/>
        <source>eine Besprechungsanfrage</source>
        <translation>a meeting request</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="39"/>
        <source>eine Outlook-Aufgabe</source>
        <translation>an Outlook task</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="40"/>
        <source>eine Outlook-Notiz</source>
        <translation>an Outlook note</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="41"/>
        <source>ein Journaleintrag</source>
        <translation>a journal entry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="42"/>
        <source>eine Verteilerliste</source>
        <translation>a distribution list</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="57"/>
        <source>Die Outlook-Datei ist nicht lesbar: {reason}</source>
        <translation>The Outlook file cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="77"/>
        <source>Die Outlook-Datei enthält keine lesbare E-Mail.</source>
        <translation>The Outlook file contains no readable email.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="101"/>
        <source>Die Datei ist {what} ({message_class}), keine E-Mail.</source>
        <translation>The file is {what} ({message_class}), not an email.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="109"/>
        <source>Die Datei ist keine E-Mail ({message_class}).</source>
        <translation>The file is not an email ({message_class}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="135"/>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="162"/>
        <source>Die Mail hat kein lesbares Datum.</source>
        <translation>The mail has no readable date.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outlook.py" line="174"/>
        <source>Anhang „{name}“ konnte nicht gelesen werden.</source>
        <translation>Attachment “{name}” could not be read.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="53"/>
        <source>Die Datei ist größer als {limit} MB und wird nicht gelesen.</source>
        <translation>The file is larger than {limit} MB and is not read.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="59"/>
        <source>Die Datei ist mit {size} MB zu groß (höchstens {limit} MB).</source>
        <translation>The file is too large at {size} MB (at most {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="68"/>
        <source>Die Datei gibt es nicht.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="70"/>
        <location filename="../../src/buergeranfragen/input_files.py" line="82"/>
        <source>Das ist ein Ordner, keine Datei.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="72"/>
        <source>Die Datei darf nicht gelesen werden (fehlende Leserechte).</source>
        <translation>The file may not be read (no read permission).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="74"/>
        <source>Der Dateiname ist zu lang.</source>
        <translation>The file name is too long.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="76"/>
        <source>Die Datei ist nicht lesbar ({reason}).</source>
        <translation>The file cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/input_files.py" line="86"/>
        <source>Das ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket) und wird nicht gelesen.</source>
        <translation>This is not a regular file (but a device, a pipe or a socket) and is not read.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outcomes.py" line="165"/>
        <source>Beim Übernehmen trat ein unerwarteter Fehler auf ({reason}); Einzelheiten stehen im Protokoll.</source>
        <translation>An unexpected error occurred while importing ({reason}); details are in the log.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outcomes.py" line="173"/>
        <source>Die Mail konnte wegen eines Problems mit dem Datenträger nicht gespeichert werden ({reason}); sie wird später erneut versucht.</source>
        <translation>The mail could not be stored because of a disk problem ({reason}); it will be tried again later.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="115"/>
        <source>Die Mail ist mit {size} MB größer als die {limit} MB, die übernommen werden; aufbewahrt ist nur ihr Anfang.</source>
        <translation>The mail is {size} MB, larger than the {limit} MB that are taken; only its beginning is kept.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="138"/>
        <source>Von der Mail Nr. {number} ist nur der Anfang aufbewahrt; sie kann nicht erneut übernommen werden.</source>
        <translation>Only the beginning of mail no. {number} is kept; it cannot be imported again.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="165"/>
        <source>Die Mail konnte nicht gespeichert werden ({reason}).</source>
        <translation>The mail could not be stored ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="174"/>
        <source>Die Datenbank hat die Mail nicht angenommen ({reason}).</source>
        <translation>The database did not accept the mail ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="192"/>
        <source>Die Mail wurde nicht übernommen.</source>
        <translation>The mail was not imported.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="213"/>
        <source>Die Mail wurde nicht übernommen; Betreff, Absender und Grund ließen sich nicht speichern. Einzelheiten stehen im Protokoll.</source>
        <translation>The mail was not imported; its subject, sender and reason could not be stored. Details are in the log.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="236"/>
        <source>Die Mail ist so beschädigt, dass sie nicht lesbar ist ({reason}).</source>
        <translation>The mail is too damaged to be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="242"/>
        <source>Die Datei enthält mehrere Mails; übernommen wurde die erste.</source>
        <translation>The file contains several mails; the first one was taken over.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="413"/>
        <source>{reference} war abgeschlossen und ist durch diese Mail wieder in Bearbeitung.</source>
        <translation>{reference} was finished and is in progress again because of this mail.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="420"/>
        <source>Die Rückfrage zu {reference} ist beantwortet; die Anfrage ist wieder in Bearbeitung.</source>
        <translation>The query on {reference} has been answered; the inquiry is in progress again.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/decisions.py" line="49"/>
        <source>Als Eingangszeit gilt die Zeit des Imports.</source>
        <translation>The time of the import counts as the time received.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/decisions.py" line="57"/>
        <source>Das Datum der Mail ({date}) ist nicht glaubhaft; als Eingangszeit gilt die Zeit des Imports.</source>
        <translation>The mail&apos;s date ({date}) is not credible; the time of the import counts as its arrival.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/decisions.py" line="89"/>
        <source>Der Kommentar der weiterleitenden Person steht im Original.</source>
        <translation>The forwarding person&apos;s comment is in the original.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/intake.py" line="453"/>
        <source>Diese Mail ist schon als {reference} gespeichert.</source>
        <translation>This mail is already stored as {reference}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="76"/>
        <source>Bitte einen Namen für das Postfach angeben.</source>
        <translation>Please enter a name for the mailbox.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="78"/>
        <source>Bitte den Servernamen angeben (z. B. imap.nrw.de).</source>
        <translation>Please enter the server name (e.g. imap.nrw.de).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="80"/>
        <source>Bitte den Benutzernamen angeben.</source>
        <translation>Please enter the user name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="82"/>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="76"/>
        <source>Der Port muss zwischen 1 und 65535 liegen.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="84"/>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="78"/>
        <source>Verschlüsselung: tls, starttls oder none.</source>
        <translation>Encryption: tls, starttls or none.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="86"/>
        <source>Bitte den Ordner angeben (meist INBOX).</source>
        <translation>Please enter the folder (usually INBOX).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="130"/>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="188"/>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="245"/>
        <source>Bitte das Passwort angeben.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="137"/>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="169"/>
        <source>Das Passwort enthält Zeichen, die kein gültiger Text sind (etwa aus einer Eingabe, die nicht UTF-8 ist). Bitte erneut eingeben.</source>
        <translation>The password contains characters that are not valid text (for example from input that is not UTF-8). Please enter it again.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="159"/>
        <source>Postfach Nr. {number} gibt es nicht.</source>
        <translation>Mailbox no. {number} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="200"/>
        <source>Postfach „{mailbox}“ ist nicht erreichbar ({reason}); es wird später erneut versucht.</source>
        <translation>Mailbox “{mailbox}” cannot be reached ({reason}); it will be tried again later.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="213"/>
        <source>Anmeldung am Postfach „{mailbox}“ abgelehnt: {reason}. Bitte Benutzername und Passwort prüfen.</source>
        <translation>Login to mailbox “{mailbox}” refused: {reason}. Please check user name and password.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="222"/>
        <source>Die Verbindung zum Postfach „{mailbox}“ brach ab ({reason}). Bereits übernommene Mails sind gespeichert; der Rest folgt beim nächsten Abruf.</source>
        <translation>The connection to mailbox “{mailbox}” broke off ({reason}). Mails already taken over are stored; the rest follows with the next fetch.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="230"/>
        <source>Das Postfach „{mailbox}“ meldet einen Fehler: {reason}</source>
        <translation>Mailbox “{mailbox}” reports an error: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="236"/>
        <source>Der Abruf des Postfachs „{mailbox}“ wurde unterbrochen: {reason} Der Rest folgt beim nächsten Abruf.</source>
        <translation>Fetching mailbox “{mailbox}” was interrupted: {reason} The rest follows at the next fetch.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="272"/>
        <source>Ordner {folder} nicht gefunden</source>
        <translation>Folder {folder} not found</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="283"/>
        <source>Suche im Postfach fehlgeschlagen</source>
        <translation>Search in the mailbox failed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="306"/>
        <source>Der Server hat die Mail nicht ausgeliefert; sie wird beim nächsten Abruf erneut versucht.</source>
        <translation>The server did not deliver the mail; it will be tried again at the next fetch.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/imap.py" line="396"/>
        <source>Benutzername oder Passwort enthalten Zeichen, die kein gültiger Text sind; bitte das Postfach mit dem richtigen Passwort neu einrichten</source>
        <translation>The user name or password contains characters that are not valid text; please set up the mailbox again with the correct password</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="45"/>
        <source>Die Datei ist leer.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="116"/>
        <source>Die Datei ist keine lesbare E-Mail: ihre Kopfzeilen enthalten Binärdaten (NUL-Zeichen).</source>
        <translation>The file is not a readable e-mail: its headers contain binary data (NUL characters).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="121"/>
        <source>Die Datei ist keine E-Mail (keine Kopfzeilen wie From, Subject, Date).</source>
        <translation>The file is not an email (no header lines such as From, Subject, Date).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="131"/>
        <source>Die Mail ist zu tief verschachtelt (mehr als {depth} Ebenen von Teilen).</source>
        <translation>The mail is nested too deeply (more than {depth} levels of parts).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="137"/>
        <source>Die Kopfzeilen der Mail waren beschädigt und wurden repariert.</source>
        <translation>The mail&apos;s header lines were damaged and have been repaired.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="141"/>
        <source>Die Mail ist beschädigt ({defect}); sie wurde so weit wie möglich gelesen.</source>
        <translation>The mail is damaged ({defect}); it was read as far as possible.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/parsing.py" line="151"/>
        <source>Der Absender ist nicht lesbar.</source>
        <translation>The sender cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/duplicates.py" line="71"/>
        <source>gleiche Rufnummer {number}</source>
        <translation>same phone number {number}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/duplicates.py" line="75"/>
        <source>gleiche E-Mail-Adresse {address}</source>
        <translation>same email address {address}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/duplicates.py" line="79"/>
        <source>gleicher Name bei derselben Organisation</source>
        <translation>same name at the same organisation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/merging.py" line="190"/>
        <source>Unbekannte Auswahl beim Zusammenführen: {field} = {choice}.</source>
        <translation>Unknown choice when merging: {field} = {choice}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/merging.py" line="244"/>
        <source>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>A contact cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/phones.py" line="48"/>
        <source>Bitte eine Rufnummer eingeben.</source>
        <translation>Please enter a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/phones.py" line="60"/>
        <source>„{number}“: Die Ländervorwahl ist unbekannt.</source>
        <translation>“{number}”: unknown country code.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/phones.py" line="62"/>
        <source>„{number}“ ist keine Rufnummer.</source>
        <translation>“{number}” is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/phones.py" line="66"/>
        <source>„{number}“ ist keine gültige Rufnummer (Vorwahl prüfen).</source>
        <translation>“{number}” is not a valid phone number (check the area code).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/phones.py" line="73"/>
        <source>„{number}“ hat nicht die richtige Länge für eine Rufnummer.</source>
        <translation>“{number}” does not have the right length for a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/repository.py" line="102"/>
        <source>Kontakt Nr. {id} gibt es nicht (mehr).</source>
        <translation>Contact no. {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/repository.py" line="106"/>
        <source>„{name}“ wurde inzwischen von jemand anderem geändert. Bitte laden Sie den Kontakt neu; Ihre Eingaben wurden nicht gespeichert.</source>
        <translation>“{name}” has been changed by someone else in the meantime. Please reload the contact; your changes were not saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="85"/>
        <source>Rufnummer „{number}“ nicht erkannt; in den Notizen aufbewahrt.</source>
        <translation>Phone number “{number}” not recognised; kept in the notes.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="99"/>
        <source>E-Mail-Adresse „{address}“ ungültig; in den Notizen aufbewahrt.</source>
        <translation>Email address “{address}” invalid; kept in the notes.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/duplicates.py" line="83"/>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="170"/>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="177"/>
        <source>{names} und {count} weiteren</source>
        <translation>{names} and {count} others</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="189"/>
        <source>gleiche Rufnummer wie {name} – als eigener Kontakt angelegt</source>
        <translation>same number as {name} – created as a separate contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="196"/>
        <source>gleiche E-Mail-Adresse wie {name} – als eigener Kontakt angelegt</source>
        <translation>same email address as {name} – created as a separate contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="216"/>
        <source>Schon vorhanden, nichts ergänzt ({reasons}).</source>
        <translation>Already there, nothing added ({reasons}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/importing.py" line="218"/>
        <source>Mit vorhandenem Kontakt zusammengeführt ({reasons}).</source>
        <translation>Merged with an existing contact ({reasons}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="23"/>
        <source>Bitte eine E-Mail-Adresse eingeben.</source>
        <translation>Please enter an email address.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="29"/>
        <source>„{address}“ ist keine gültige E-Mail-Adresse: {reason}</source>
        <translation>“{address}” is not a valid email address: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="43"/>
        <source>die Domain ist reserviert und nicht erreichbar.</source>
        <translation>the domain is reserved and cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="45"/>
        <source>nach dem @ fehlt der Domainname (z. B. nrw.de).</source>
        <translation>the domain name after the @ is missing (e.g. nrw.de).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="47"/>
        <source>der Teil nach dem @ ist kein gültiger Domainname.</source>
        <translation>the part after the @ is not a valid domain name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="49"/>
        <source>das @-Zeichen fehlt oder steht mehrfach.</source>
        <translation>the @ sign is missing or appears more than once.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="51"/>
        <source>die Adresse ist zu lang.</source>
        <translation>the address is too long.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/emails.py" line="52"/>
        <source>die Schreibweise ist nicht zulässig.</source>
        <translation>the spelling is not allowed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/vcard.py" line="66"/>
        <source>Der Eintrag ist unvollständig (END:VCARD fehlt).</source>
        <translation>The entry is incomplete (END:VCARD missing).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/vcard.py" line="225"/>
        <source>Karte einer Organisation mit Personenname „{person}“: der Name steht in den Notizen.</source>
        <translation>An organisation&apos;s card with a person&apos;s name “{person}”: the name is in the notes.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/vcard.py" line="304"/>
        <source>{count} unlesbare Zeile(n) übersprungen.</source>
        <translation>{count} unreadable line(s) skipped.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/vcard.py" line="312"/>
        <source>Der Eintrag ist beschädigt: {reason}</source>
        <translation>The entry is damaged: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/csvfile.py" line="378"/>
        <source>Die Kopfzeile ist nicht lesbar: {reason}</source>
        <translation>The header line cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/csvfile.py" line="391"/>
        <source>Die Zeile ist nicht lesbar: {reason}</source>
        <translation>The line cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/csvfile.py" line="398"/>
        <source>„{column}“</source>
        <translation>“{column}”</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/csvfile.py" line="400"/>
        <source>Die Spalten der Datei sind nicht erkannt (keine Spalte für Name, Telefon oder E-Mail; die Kopfzeile beginnt mit {columns}).</source>
        <translation>The file&apos;s columns were not recognised (no column for name, phone or email; the header starts with {columns}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/transfer.py" line="76"/>
        <source>Das Format ist nicht bekannt. Importiert werden vCard- (.vcf) und CSV-Dateien (.csv).</source>
        <translation>Unknown format. vCard (.vcf) and CSV (.csv) files can be imported.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/transfer.py" line="92"/>
        <source>Keine Kontaktdatei: {reason}</source>
        <translation>Not a contact file: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/transfer.py" line="146"/>
        <source>Der Eintrag ist nicht lesbar.</source>
        <translation>The entry cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/io/transfer.py" line="182"/>
        <source>Unbekanntes Format „{format}“: möglich sind vcf und csv.</source>
        <translation>Unknown format “{format}”: vcf and csv are possible.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="495"/>
        <location filename="../../src/buergeranfragen/contacts/io/transfer.py" line="203"/>
        <source>Die Datei {path} kann nicht geschrieben werden: {reason}.</source>
        <translation>The file {path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/validation.py" line="107"/>
        <source>Bitte mindestens einen Namen, eine Organisation, eine Rufnummer oder eine E-Mail-Adresse angeben.</source>
        <translation>Please enter at least a name, an organisation, a phone number or an email address.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="83"/>
        <source>Der Ordner der Datenbank {folder} kann nicht angelegt werden ({reason}).</source>
        <translation>The database folder {folder} cannot be created ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="92"/>
        <source>Die Datenbankdatei {path} ist schreibgeschützt oder nicht lesbar. Bürgeranfragen öffnet sie nicht und ändert ihre Rechte nicht; geben Sie ihr Lese- und Schreibrechte oder öffnen Sie eine Kopie.</source>
        <translation>The database file {path} is read-only or not readable. Bürgeranfragen does not open it and does not change its permissions; give it read and write permission or open a copy.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="101"/>
        <source>Im Ordner der Datenbank {folder} darf nicht geschrieben werden; SQLite braucht dort Platz für sein Protokoll. Bitte geben Sie dem Ordner Schreibrechte.</source>
        <translation>The database folder {folder} is not writable; SQLite needs room there for its journal. Please give the folder write permission.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="113"/>
        <source>Die Datenbankdatei {path} kann nicht angelegt werden ({reason}).</source>
        <translation>The database file {path} cannot be created ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="160"/>
        <source>Die Datenbank ist gerade durch einen anderen Vorgang gesperrt. Bitte versuchen Sie es in einigen Sekunden erneut; Ihre Eingaben bleiben erhalten.</source>
        <translation>The database is locked by another operation right now. Please try again in a few seconds; your input is kept.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="165"/>
        <source>Die Datenbank ist schreibgeschützt. Änderungen können nicht gespeichert werden.</source>
        <translation>The database is read-only. Changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="168"/>
        <source>Der Datenträger ist voll. Änderungen können nicht gespeichert werden.</source>
        <translation>The disk is full. Changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="170"/>
        <source>Die Datenbank ist nicht erreichbar. Bitte prüfen Sie die Verbindung.</source>
        <translation>The database cannot be reached. Please check the connection.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="171"/>
        <source>Datenbankfehler: {detail}</source>
        <translation>Database error: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/engine.py" line="214"/>
        <source>Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte laden Sie ihn neu; Ihre Eingaben wurden nicht gespeichert.</source>
        <translation>The record has been changed by someone else in the meantime. Please reload it; your changes were not saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="89"/>
        <location filename="../../src/buergeranfragen/inquiries/service.py" line="165"/>
        <location filename="../../src/buergeranfragen/inquiries/repository.py" line="313"/>
        <location filename="../../src/buergeranfragen/inquiries/acting.py" line="71"/>
        <source>Anfrage Nr. {number} gibt es nicht (mehr).</source>
        <translation>Inquiry no. {number} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/service.py" line="203"/>
        <source>Der Anhang „{name}“ ist nicht mehr gespeichert.</source>
        <translation>The attachment “{name}” is no longer stored.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/service.py" line="208"/>
        <source>Der Anhang „{name}“ ist nicht in der Datenbank: die Datei {path} fehlte im früheren Anhang-Ordner, als die Anhänge in die Datenbank übernommen wurden.</source>
        <translation>The attachment “{name}” is not in the database: the file {path} was missing from the former attachment folder when the attachments were moved into the database.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/service.py" line="228"/>
        <source>Der Anhang „{name}“ kann nicht aus der Datenbank geholt werden: {reason}.</source>
        <translation>The attachment “{name}” cannot be taken from the database: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/service.py" line="236"/>
        <source>Der Anhang „{name}“ ist in der Datenbank beschädigt.</source>
        <translation>The attachment “{name}” is damaged in the database.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/repository.py" line="282"/>
        <location filename="../../src/buergeranfragen/inquiries/repository.py" line="316"/>
        <source>Kontakt Nr. {number} gibt es nicht (mehr).</source>
        <translation>Contact no. {number} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/attachments.py" line="61"/>
        <source>Anhang „{name}“ ist mit {size} MB größer als {limit} MB und wurde nicht gespeichert.</source>
        <translation>Attachment “{name}” is {size} MB, larger than {limit} MB, and was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/attachments.py" line="72"/>
        <source>Anhang „{name}“ wurde nicht gespeichert: zusammen mehr als {limit} MB Anhänge.</source>
        <translation>Attachment “{name}” was not saved: more than {limit} MB of attachments together.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/references.py" line="54"/>
        <source>Diese Mail ist schon als Anfrage gespeichert.</source>
        <translation>This mail is already stored as an inquiry.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/references.py" line="57"/>
        <source>Es konnte keine Vorgangsnummer vergeben werden. Bitte erneut versuchen.</source>
        <translation>No reference number could be assigned. Please try again.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/calls.py" line="37"/>
        <source>Bitte einen Betreff oder eine Notiz zum Anruf eingeben.</source>
        <translation>Please enter a subject or a note for the call.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/calls.py" line="41"/>
        <source>Ein Redaktionsschluss gehört nur zu Presseanfragen.</source>
        <translation>A deadline belongs to press inquiries only.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/service.py" line="229"/>
        <source>Anfrage Nr. {number} gehört nicht zu diesem Kontakt.</source>
        <translation>Inquiry no. {number} does not belong to this contact.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/splitting.py" line="33"/>
        <source>Die Rufnummer {number} gehört nicht zu diesem Kontakt.</source>
        <translation>The number {number} does not belong to this contact.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/splitting.py" line="40"/>
        <source>Die E-Mail-Adresse {address} gehört nicht zu diesem Kontakt.</source>
        <translation>The email address {address} does not belong to this contact.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/splitting.py" line="46"/>
        <source>Bitte den Namen des neuen Kontakts angeben.</source>
        <translation>Please enter the new contact&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/contacts/splitting.py" line="58"/>
        <source>Der bisherige Kontakt hätte danach weder Namen noch Rufnummer noch E-Mail-Adresse. Bitte mindestens eine Angabe bei ihm lassen.</source>
        <translation>The existing contact would then have neither a name nor a number nor an email address. Please leave at least one of them with it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_body.py" line="118"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_body.py" line="130"/>
        <source>Dieser Link wird nicht geöffnet: {0}</source>
        <translation>This link will not be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/mail_body.py" line="120"/>
        <source>Link führt zu: {0}</source>
        <translation>Link leads to: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="47"/>
        <source>Nicht übernommene Mails</source>
        <translation>Mails not imported</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="56"/>
        <source>Abgelehnt am</source>
        <translation>Rejected on</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="104"/>
        <source>Verteilen nicht möglich</source>
        <translation>Routing not possible</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="124"/>
        <source>{0} verteilt an {1}</source>
        <translation>{0} routed to {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="135"/>
        <source>Zuweisen nicht möglich</source>
        <translation>Assigning not possible</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="149"/>
        <source>{0} zugewiesen: {1}</source>
        <translation>{0} assigned: {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="150"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="278"/>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="174"/>
        <source>{0}: Status „{1}“</source>
        <translation>{0}: status “{1}”</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="187"/>
        <source>{0}: Notiz gespeichert</source>
        <translation>{0}: note saved</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="258"/>
        <source>Anfrage wurde inzwischen geändert</source>
        <translation>Inquiry was changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="195"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="261"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="283"/>
        <source>Neu geladen. Bitte prüfen und noch einmal entscheiden; Ihre Eingaben stehen noch.</source>
        <translation>Reloaded. Please check and decide again; your input is still there.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="303"/>
        <source>Anfragen werden bearbeitet …</source>
        <translation>Updating inquiries …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="346"/>
        <source>{0} erledigt, {1} abgelehnt:</source>
        <translation>{0} done, {1} refused:</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="348"/>
        <source>{0} erledigt.</source>
        <translation>{0} done.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="351"/>
        <source>Abgebrochen: {0} Anfragen blieben unverändert.</source>
        <translation>Cancelled: {0} inquiries were left unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="32"/>
        <source>wird gesendet</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="33"/>
        <source>gesendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="34"/>
        <source>nicht gesendet</source>
        <translation>not sent</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="35"/>
        <source>unklar – bitte prüfen</source>
        <translation>unclear – please check</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="46"/>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="77"/>
        <source>Postausgang</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="49"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_actions.py" line="354"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="313"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="56"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="49"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="14"/>
        <source>Anfrage</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="49"/>
        <source>Zustand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="50"/>
        <source>Versuche</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="65"/>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="50"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="57"/>
        <source>&amp;Jetzt senden</source>
        <translation>Send &amp;now</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="59"/>
        <source>&amp;Erneut senden</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/list_dialog.py" line="61"/>
        <source>&amp;Wurde gesendet</source>
        <translation>&amp;Was sent</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="64"/>
        <source>Erneut übernehmen</source>
        <translation>Import again</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="65"/>
        <source>Original speichern …</source>
        <translation>Save original …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="162"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="257"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="313"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="66"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="200"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="108"/>
        <source>1 Mail wurde nicht übernommen; ihr Original ist gespeichert.</source>
        <translation>1 mail was not imported; its original is kept.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="111"/>
        <source>{0} Mails wurden nicht übernommen; ihre Originale sind gespeichert.</source>
        <translation>{0} mails were not imported; their originals are kept.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="114"/>
        <source>Keine nicht übernommenen Mails.</source>
        <translation>No rejected mails.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="144"/>
        <source>Herkunft: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="44"/>
        <source>Pressestelle</source>
        <translation>Press office</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="45"/>
        <source>Bürgerservice</source>
        <translation>Citizen service</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="46"/>
        <source>Sachbearbeitung</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="47"/>
        <source>Leitung</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="48"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="54"/>
        <source>wie üblich</source>
        <translation>as usual</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="56"/>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="57"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="58"/>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="108"/>
        <source>Art: {0}</source>
        <translation>Kind: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="111"/>
        <source>Kanal: {0}</source>
        <translation>Channel: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="113"/>
        <source>Wörter: {0}</source>
        <translation>Words: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="115"/>
        <source>außer: {0}</source>
        <translation>except: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="117"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="145"/>
        <source>Absender: {0}</source>
        <translation>Sender: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/common.py" line="119"/>
        <source>Schlagwörter: {0}</source>
        <translation>Tags: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="47"/>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="131"/>
        <source>Antwort</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="48"/>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="131"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="129"/>
        <source>Zwischennachricht</source>
        <translation>Interim reply</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="49"/>
        <source>Weiterleitung an die Abteilung</source>
        <translation>Forward to the department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="60"/>
        <source>Textbausteine</source>
        <translation>Text templates</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="74"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="86"/>
        <source>&amp;Platzhalter einfügen</source>
        <translation>Insert &amp;placeholder</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="110"/>
        <source>&amp;Zweck</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="111"/>
        <source>&amp;Betreff</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="112"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="114"/>
        <source>&amp;Vorschau (Beispielanfrage)</source>
        <translation>&amp;Preview (sample inquiry)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="169"/>
        <source>Textbausteine dürfen nur die Pressestelle, die Leitung und die Administration ändern. Sie können sie hier ansehen.</source>
        <translation>Only the press office, management and administration may change text templates. You can view them here.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="192"/>
        <source>(deaktiviert)</source>
        <translation>(deactivated)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="222"/>
        <source>Der Textbaustein</source>
        <translation>The text template</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="284"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="146"/>
        <source>Betreff: {0}</source>
        <translation>Subject: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="306"/>
        <source>Textbaustein speichern</source>
        <translation>Save text template</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/templates/dialog.py" line="352"/>
        <source>Textbaustein ändern</source>
        <translation>Change text template</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="147"/>
        <source>Grund: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="148"/>
        <source>Größe: {0} Bytes</source>
        <translation>Size: {0} bytes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="170"/>
        <source>Die Mail wurde übernommen: {0} ({1}).</source>
        <translation>The mail was imported: {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="175"/>
        <source>Die Mail wurde wieder nicht übernommen ({0}): {1}</source>
        <translation>The mail was again not imported ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="185"/>
        <source>Original speichern</source>
        <translation>Save original</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="185"/>
        <source>E-Mails (*.eml *.msg);;Alle Dateien (*)</source>
        <translation>E-mails (*.eml *.msg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="192"/>
        <source>Gespeichert als {0}.</source>
        <translation>Saved as {0}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="198"/>
        <source>Mail löschen</source>
        <translation>Delete mail</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/rejected_dialog.py" line="199"/>
        <source>Das Original dieser Mail wird endgültig gelöscht.</source>
        <translation>The original of this mail will be deleted for good.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/html_view.py" line="138"/>
        <source>Die Mail ist für die formatierte Ansicht zu groß ({size} KB, höchstens {limit} KB). Gezeigt wird der reine Text.</source>
        <translation>The mail is too large for the formatted view ({size} KB, at most {limit} KB). Showing the plain text.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/html_view.py" line="149"/>
        <source>Die Mail hat für die formatierte Ansicht zu viele Elemente ({count}, höchstens {limit}). Gezeigt wird der reine Text.</source>
        <translation>The mail has too many elements for the formatted view ({count}, at most {limit}). Showing the plain text.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/html_view.py" line="214"/>
        <source>Die Mail ist für die formatierte Ansicht zu tief verschachtelt (mehr als {limit} Ebenen). Gezeigt wird der reine Text.</source>
        <translation>The mail is nested too deeply for the formatted view (more than {limit} levels). Showing the plain text.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/html_view.py" line="226"/>
        <source>Die Tabellen der Mail sind für die formatierte Ansicht zu umfangreich oder zu tief verschachtelt. Gezeigt wird der reine Text.</source>
        <translation>The mail&apos;s tables are too large or nested too deeply for the formatted view. Showing the plain text.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/html_view.py" line="254"/>
        <source>Die Mail enthält für die formatierte Ansicht zu lange Wörter (mehr als {limit} Zeichen ohne Leerzeichen). Gezeigt wird der reine Text.</source>
        <translation>The mail contains words too long for the formatted view (more than {limit} characters without a space). Showing the plain text.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/rejected.py" line="120"/>
        <source>Die nicht übernommene Mail Nr. {number} gibt es nicht (mehr).</source>
        <translation>Rejected mail no. {number} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/rejected.py" line="221"/>
        <source>Die Datei {path} gibt es schon; sie wird nicht überschrieben. Bitte einen anderen Namen wählen.</source>
        <translation>The file {path} already exists; it is not overwritten. Please choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/rejected.py" line="229"/>
        <source>Die Mail kann nicht als {path} gespeichert werden ({reason}).</source>
        <translation>The mail cannot be saved as {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="28"/>
        <source>Name des Absenders</source>
        <translation>Sender&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="29"/>
        <source>Adresse des Absenders</source>
        <translation>Sender&apos;s address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="30"/>
        <source>weitergeleitet von</source>
        <translation>forwarded by</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="31"/>
        <source>Dateiname</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="32"/>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="34"/>
        <source>Name des Anhangs</source>
        <translation>Attachment&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="35"/>
        <source>Dateityp des Anhangs</source>
        <translation>Attachment&apos;s file type</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="95"/>
        <source>{field} war mit {length} Zeichen zu lang und wurde auf {limit} Zeichen gekürzt.</source>
        <translation>{field} was too long at {length} characters and was cut to {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/limits.py" line="104"/>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="185"/>
        <source>Höchstens {limit} Zeichen (eingegeben: {length}).</source>
        <translation>At most {limit} characters (entered: {length}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/migrate.py" line="88"/>
        <source>Die Datenbank stammt von einer neueren Version von Bürgeranfragen (Stand „{revision}“). Diese Version kann sie nicht benutzen; es wurde nichts geändert. Bitte installieren Sie die neuere Version.</source>
        <translation>The database comes from a newer version of Bürgeranfragen (revision “{revision}”). This version cannot use it; nothing was changed. Please install the newer version.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/former_files.py" line="67"/>
        <source>Anhang Nr. {number}: die Datei {path} fehlt im früheren Anhang-Ordner und konnte nicht in die Datenbank übernommen werden.</source>
        <translation>Attachment no. {number}: the file {path} is missing from the former attachment folder and could not be moved into the database.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/former_files.py" line="80"/>
        <source>Anhang Nr. {number}: die Datei {path} kann nicht gelesen werden: {reason}.</source>
        <translation>Attachment no. {number}: the file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="50"/>
        <source>PDF-Dokument</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="52"/>
        <source>Textdatei</source>
        <translation>Text file</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="54"/>
        <source>CSV-Tabelle</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="56"/>
        <source>Bild (.{suffix})</source>
        <translation>Image (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="58"/>
        <source>Word-Dokument</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="60"/>
        <source>Excel-Tabelle</source>
        <translation>Excel spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="62"/>
        <source>PowerPoint-Präsentation</source>
        <translation>PowerPoint presentation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="64"/>
        <source>OpenDocument-Datei (.{suffix})</source>
        <translation>OpenDocument file (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="68"/>
        <source>Outlook-E-Mail</source>
        <translation>Outlook e-mail</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="74"/>
        <source>Datei ohne Endung</source>
        <translation>File without an extension</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="76"/>
        <source>Programm (.{suffix})</source>
        <translation>Program (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="78"/>
        <source>Skript, das ein Programm ausführt (.{suffix})</source>
        <translation>Script that runs a program (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="80"/>
        <source>Verknüpfung oder Systemeinstellung (.{suffix})</source>
        <translation>Shortcut or system setting (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="82"/>
        <source>Office-Dokument, das Makros enthalten kann (.{suffix})</source>
        <translation>Office document that may contain macros (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="84"/>
        <source>Webseite oder Datei mit Skripten (.{suffix})</source>
        <translation>Web page or file with scripts (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="86"/>
        <source>Archiv oder Datenträgerabbild (.{suffix})</source>
        <translation>Archive or disk image (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/opening.py" line="87"/>
        <source>Unbekannter Dateityp (.{suffix})</source>
        <translation>Unknown file type (.{suffix})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/help.py" line="79"/>
        <source>Hilfe</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/help.py" line="97"/>
        <source>Zu diesem Bereich gibt es noch keine Hilfeseite.</source>
        <translation>There is no help page for this section yet.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/help.py" line="144"/>
        <source>Fenster</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/help.py" line="153"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/help.py" line="159"/>
        <source>Befehl</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/help.py" line="159"/>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/help.py" line="159"/>
        <source>Menü</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/routing/records.py" line="264"/>
        <source>Die Verteilregeln sind kein gültiges JSON (Zeile {line}).</source>
        <translation>The routing rules are not valid JSON (line {line}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/routing/records.py" line="280"/>
        <source>Verteilregel „{rule}“: unbekannter Wert {value} im Feld {field}.</source>
        <translation>Routing rule “{rule}”: unknown value {value} in the field {field}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/routing/records.py" line="291"/>
        <source>Verteilregel „{rule}“: das Feld {field} fehlt oder hat den falschen Typ.</source>
        <translation>Routing rule “{rule}”: the field {field} is missing or has the wrong type.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="56"/>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="344"/>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="318"/>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="258"/>
        <source>Eine Abteilung mit dem Kürzel {code} gibt es nicht.</source>
        <translation>There is no department with the code {code}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="130"/>
        <source>Das Kürzel {code} ist schon vergeben.</source>
        <translation>The code {code} is already taken.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="161"/>
        <source>Die Abteilung {code} wurde inzwischen von jemand anderem geändert. Bitte neu laden.</source>
        <translation>Someone else has changed the department {code} in the meantime. Please reload.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="200"/>
        <source>Die Abteilung {code} kann nicht gelöscht werden: {count} Anfragen sind ihr zugeordnet oder waren es. Deaktivieren Sie sie stattdessen.</source>
        <translation>The department {code} cannot be deleted: {count} inquiries are or were assigned to it. Deactivate it instead.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="209"/>
        <source>Die Abteilung {code} kann nicht gelöscht werden: {count} Verteilregeln nennen sie. Ändern Sie zuerst diese Regeln oder deaktivieren Sie die Abteilung.</source>
        <translation>The department {code} cannot be deleted: {count} routing rules name it. Change those rules first or deactivate the department.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="253"/>
        <source>{user} wurde inzwischen von {actor} geändert ({when}). Bitte neu laden; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>{user} was changed by {actor} in the meantime ({when}). Please reload; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="260"/>
        <source>{user} wurde inzwischen von jemand anderem geändert. Bitte neu laden; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>{user} was changed by someone else in the meantime. Please reload; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="337"/>
        <source>{user} ist die letzte aktive Administration; bitte zuerst eine andere Person zur Administration machen.</source>
        <translation>{user} is the last active administrator; please make someone else an administrator first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/service.py" line="349"/>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="352"/>
        <location filename="../../src/buergeranfragen/answering/templates.py" line="137"/>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="274"/>
        <source>Eine Person mit der Benutzerkennung {user} gibt es nicht.</source>
        <translation>There is no person with the user name {user}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="32"/>
        <source>Das Kürzel {code} ist ungültig: 1 bis 20 Zeichen, Buchstaben A-Z, Ziffern, - und _, beginnend mit einem Buchstaben.</source>
        <translation>The code {code} is invalid: 1 to 20 characters, letters A-Z, digits, - and _, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="50"/>
        <source>Bitte den Namen der Abteilung angeben.</source>
        <translation>Please enter the department&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="84"/>
        <source>Eine Verteilregel mit der Nummer oder dem Namen „{key}“ gibt es nicht.</source>
        <translation>There is no routing rule with the number or name “{key}”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="197"/>
        <source>Die Verteilregel „{rule}“ kann nicht gelöscht werden: sie hat {count} Anfragen verteilt, die auf sie verweisen. Deaktivieren Sie sie stattdessen.</source>
        <translation>The routing rule “{rule}” cannot be deleted: it routed {count} inquiries that refer to it. Deactivate it instead.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="278"/>
        <source>Bitte der Regel einen Namen geben.</source>
        <translation>Please give the rule a name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="281"/>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="53"/>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="83"/>
        <location filename="../../src/buergeranfragen/answering/validation.py" line="40"/>
        <source>Der Name ist länger als {max} Zeichen.</source>
        <translation>The name is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="299"/>
        <source>„{word}“ enthält keinen Buchstaben und keine Ziffer und kann nicht gefunden werden.</source>
        <translation>“{word}” contains no letter and no digit and can never be found.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="316"/>
        <source>Bitte mindestens eine Bedingung angeben (Art, Kanal, Wörter, Absenderdomäne oder Schlagwort); eine Regel ohne Bedingung nähme jede Anfrage.</source>
        <translation>Please give at least one condition (kind, channel, words, sender domain or tag); a rule without a condition would take every inquiry.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="263"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/handling_dialogs.py" line="333"/>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="324"/>
        <source>Bitte eine Abteilung wählen.</source>
        <translation>Please choose a department.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="367"/>
        <source>Die Verteilregel „{rule}“ wurde inzwischen von jemand anderem geändert. Bitte neu laden.</source>
        <translation>The routing rule “{rule}” has been changed by someone else in the meantime. Please reload.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/rules.py" line="397"/>
        <source>Die Verteilregel Nr. {id} gibt es nicht (mehr). Bitte neu laden.</source>
        <translation>Routing rule no. {id} does not exist (any more). Please reload.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="59"/>
        <source>{email} ist keine gültige E-Mail-Adresse.</source>
        <translation>{email} is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="66"/>
        <source>Die Rufnummer ist länger als {max} Zeichen.</source>
        <translation>The phone number is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="77"/>
        <source>Bitte einen Namen angeben.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="100"/>
        <source>Der Benutzername dieser Anmeldung ist länger als {limit} Zeichen; so kann das Programm niemanden zuordnen. Bitte mit einem kürzeren Benutzernamen anmelden.</source>
        <translation>The user name of this login is longer than {limit} characters; the program cannot match it to anyone. Please log in with a shorter user name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/validation.py" line="108"/>
        <source>Der Benutzername dieser Anmeldung enthält Steuerzeichen; so kann das Programm niemanden zuordnen. Bitte mit einem anderen Benutzernamen anmelden.</source>
        <translation>The user name of this login contains control characters; the program cannot match it to anyone. Please log in with another user name.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="52"/>
        <source>Abteilungen darf nur die Administration anlegen und ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only administrators may add and change departments; {user} does not have that role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="58"/>
        <source>Verteilregeln darf nur die Administration anlegen und ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only administrators may add and change routing rules; {user} does not have that role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="64"/>
        <source>Textbausteine dürfen nur die Pressestelle, die Leitung und die Administration anlegen und ändern; {user} hat keine dieser Rollen.</source>
        <translation>Only the press office, management and administration may create and change text templates; {user} has none of these roles.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="70"/>
        <source>Die Einstellungen des Postausgangsservers darf nur die Administration ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only the administration may change the outgoing server settings; {user} does not have this role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="76"/>
        <source>Die Einstellungen des Wochenberichts darf nur die Administration ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only the administration may change the weekly report&apos;s settings; {user} does not have this role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="82"/>
        <source>Die Themenliste der Berichte darf nur die Administration ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only the administration may change the reports’ topic list; {user} does not have this role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="88"/>
        <source>Die Aufbewahrungsfristen darf nur die Administration ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only the Administration may change the retention periods; {user} does not have this role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="94"/>
        <source>Eine Auskunft nach Art. 15 DSGVO dürfen nur die Leitung, die Administration und der Bürgerservice erstellen; {user} hat keine dieser Rollen.</source>
        <translation>Only the management, the administration and the citizen service may create an Art. 15 GDPR access report; {user} has none of these roles.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="100"/>
        <source>Eine Person nach Art. 17 DSGVO löschen darf nur die Administration; {user} hat diese Rolle nicht.</source>
        <translation>Only the administration may erase a person under Art. 17 GDPR; {user} does not have this role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="106"/>
        <source>Das Protokoll dürfen nur die Leitung und die Administration lesen; {user} hat keine dieser Rollen.</source>
        <translation>Only the management and the administration may read the audit log; {user} has neither of these roles.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="112"/>
        <source>Die Fristen darf nur die Administration ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only the Administration may change the deadlines; {user} does not have this role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="116"/>
        <source>Personen und ihre Rollen darf nur die Administration ändern; {user} hat diese Rolle nicht.</source>
        <translation>Only administrators may change people and their roles; {user} does not have that role.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/organisation/roles.py" line="126"/>
        <location filename="../../src/buergeranfragen/inquiries/acting.py" line="64"/>
        <location filename="../../src/buergeranfragen/context.py" line="105"/>
        <source>{user} ist als inaktiv eingetragen und darf nichts ändern.</source>
        <translation>{user} is marked inactive and may not change anything.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="102"/>
        <source>Bitte angeben, an welche Stelle die Anfrage abgegeben wurde.</source>
        <translation>Please state which authority the inquiry was handed over to.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="108"/>
        <source>An wen abgegeben wurde, gehört nur zum Status „abgegeben“.</source>
        <translation>Whom it was handed over to belongs only to the status “handed over”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="114"/>
        <source>Bitte angeben, warum die Anfrage wieder geöffnet wird.</source>
        <translation>Please state why the inquiry is being reopened.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="120"/>
        <source>Bitte angeben, warum die Anfrage ohne Antwort abgeschlossen wird.</source>
        <translation>Please state why the inquiry is being closed without an answer.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="131"/>
        <source>Den Status „{status}“ kennt diese Version nicht; sie ändert ihn nicht.</source>
        <translation>This version does not know the status “{status}” and does not change it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="135"/>
        <source>Die Anfrage ist schon „{status}“.</source>
        <translation>The inquiry is already “{status}”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="138"/>
        <source>Von „Abgeschlossen“ geht es nur über „Wieder öffnen“ weiter (zurück zu „In Bearbeitung“).</source>
        <translation>From “Closed” the only way on is “Reopen” (back to “In progress”).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="143"/>
        <source>Von „{status}“ geht es nur zu „Abgeschlossen“ oder über „Wieder öffnen“ zurück zu „In Bearbeitung“.</source>
        <translation>From “{status}” the only ways on are “Closed” or “Reopen” back to “In progress”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="148"/>
        <source>Zurück zu „Neu“ geht es nicht.</source>
        <translation>An inquiry cannot go back to “New”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="151"/>
        <source>„Zugewiesen“ folgt nur auf „Neu“; wer zuständig ist, ändert „Zuweisen“, nicht der Status.</source>
        <translation>“Assigned” only follows “New”; who is responsible is changed with “Assign”, not by the status.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="155"/>
        <source>Von „{source}“ nach „{target}“ geht es nicht.</source>
        <translation>An inquiry cannot go from “{source}” to “{target}”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/states.py" line="173"/>
        <source>unbekannt ({value})</source>
        <translation>unknown ({value})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/dialogs.py" line="156"/>
        <location filename="../../src/buergeranfragen/inquiries/routing.py" line="147"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="63"/>
        <source>Eine Anfrage mit dem Aktenzeichen {reference} gibt es nicht.</source>
        <translation>There is no inquiry with the reference {reference}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="95"/>
        <source>{reference} ist schon an {department} verteilt.</source>
        <translation>{reference} is already routed to {department}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="105"/>
        <source>Bitte angeben, warum die Anfrage an eine andere Abteilung geht.</source>
        <translation>Please say why the inquiry goes to another department.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="145"/>
        <source>{reference} ist niemandem zugewiesen.</source>
        <translation>{reference} is not assigned to anyone.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="150"/>
        <source>{reference} ist schon {user} zugewiesen.</source>
        <translation>{reference} is already assigned to {user}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="184"/>
        <source>Die Notiz ist leer.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/acting.py" line="144"/>
        <source>{reference} wurde inzwischen von {user} geändert ({when}). Bitte neu laden und dann noch einmal entscheiden; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>{reference} was changed by {user} in the meantime ({when}). Please reload and decide again; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/acting.py" line="151"/>
        <source>{reference} wurde inzwischen geändert. Bitte neu laden und dann noch einmal entscheiden; Ihre Änderung wurde nicht gespeichert.</source>
        <translation>{reference} was changed in the meantime. Please reload and decide again; your change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="246"/>
        <source>{reference} ist „{status}“; zum Verteilen bitte erst wieder öffnen (Status „In Bearbeitung“).</source>
        <translation>{reference} is “{status}”; to route it, please reopen it first (status “In progress”).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="263"/>
        <source>Die Abteilung {code} ist deaktiviert; an sie wird nichts mehr verteilt.</source>
        <translation>The department {code} is deactivated; nothing is routed to it any more.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="279"/>
        <source>{user} ist als inaktiv eingetragen; bitte jemand anderen wählen.</source>
        <translation>{user} is marked inactive; please choose someone else.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="105"/>
        <source>Die Antwort ist leer.</source>
        <translation>The reply is empty.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="236"/>
        <location filename="../../src/buergeranfragen/conversation/service.py" line="178"/>
        <location filename="../../src/buergeranfragen/inquiries/handling.py" line="296"/>
        <source>Höchstens {limit} Zeichen, bitte kürzen.</source>
        <translation>At most {limit} characters, please shorten.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="111"/>
        <source>Nach einer Antwort ist die Anfrage „Beantwortet“ oder in „Rückfrage“.</source>
        <translation>After a reply the inquiry is “Answered” or “Waiting”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="123"/>
        <source>{reference} ist „{status}“; für eine Antwort bitte erst wieder öffnen.</source>
        <translation>{reference} is “{status}”; please reopen it before replying.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="194"/>
        <source>Es ist kein Postausgangsserver eingerichtet; die Administration richtet ihn unter Extras → Postausgang (SMTP) ein.</source>
        <translation>No outgoing server is set up; the administration sets it up under Extras → Outgoing mail (SMTP).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="293"/>
        <source>Für {reference} ist keine gültige Mailadresse bekannt; bitte beim Kontakt eine eintragen oder telefonisch bzw. per Brief antworten.</source>
        <translation>No valid mail address is known for {reference}; please add one to the contact or answer by phone or letter.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/sending.py" line="331"/>
        <source>Für die Abteilung {code} ist keine gültige Mailadresse hinterlegt; die Administration trägt sie unter Extras → Abteilungen ein.</source>
        <translation>No valid mail address is stored for the department {code}; the administration enters it under Extras → Departments.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/dialog.py" line="24"/>
        <source>Abteilungen, Regeln und Personen</source>
        <translation>Departments, rules and people</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/dialog.py" line="34"/>
        <location filename="../../src/buergeranfragen/ui/organisation/departments.py" line="137"/>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="101"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="149"/>
        <source>Abteilungen</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/dialog.py" line="35"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="81"/>
        <location filename="../../src/buergeranfragen/ui/organisation/rules.py" line="195"/>
        <source>Verteilregeln</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/dialog.py" line="36"/>
        <location filename="../../src/buergeranfragen/ui/organisation/people.py" line="63"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/dialog.py" line="58"/>
        <source>{0} ist als inaktiv eingetragen und darf nichts ändern.</source>
        <translation>{0} is marked inactive and may not change anything.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/dialog.py" line="62"/>
        <source>Verteilregeln darf nur die Administration ändern; Sie ({0}) haben die Rolle {1}.</source>
        <translation>Only the Administration may change routing rules; you ({0}) have the role {1}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/dialog.py" line="73"/>
        <source>Nur die Administration kann Abteilungen, Verteilregeln und Personen ändern; Sie ({0}) haben die Rolle {1}. Die Listen sind deshalb nur zum Lesen.</source>
        <translation>Only the Administration can change departments, routing rules and people; you ({0}) have the role {1}. The lists are therefore read-only.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/cli/rules.py" line="111"/>
        <source>Die Datei {name} enthält {count} Regeln; zum Ausprobieren bitte genau eine.</source>
        <translation>The file {name} contains {count} rules; to try one, please give exactly one.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/view_service.py" line="79"/>
        <source>Eine Ansicht „{name}“ gibt es nicht. Ansichten: {known}</source>
        <translation>There is no view “{name}”. Views: {known}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/view_service.py" line="115"/>
        <source>Die gespeicherte Ansicht Nr. {number} gibt es nicht (mehr).</source>
        <translation>Saved view no. {number} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="177"/>
        <source>Bitte einen Namen für die Ansicht angeben.</source>
        <translation>Please enter a name for the view.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="197"/>
        <source>Eine Ansicht „{name}“ haben Sie schon.</source>
        <translation>You already have a view “{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="215"/>
        <source>Meine offenen</source>
        <translation>My open inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="227"/>
        <source>Heute fällig</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="51"/>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="52"/>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="233"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="53"/>
        <source>Erste Antwort (Median)</source>
        <translation>First answer (median)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="54"/>
        <source>In der Frist</source>
        <translation>Within deadline</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="73"/>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="21"/>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="30"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="95"/>
        <source>Aktenzeichen</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="95"/>
        <source>Arbeitstage überfällig</source>
        <translation>Working days overdue</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/tables.py" line="104"/>
        <source>Doppelklick oder Eingabetaste öffnet die Anfrage</source>
        <translation>Double-click or Enter opens the inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/views.py" line="239"/>
        <source>Presse heute</source>
        <translation>Press today</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="52"/>
        <source>Eingegangen (Status: {0})</source>
        <translation>Received (status: {0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="54"/>
        <source>Verteilt an {0} durch die Regel</source>
        <translation>Routed to {0} by the rule</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="58"/>
        <source>Verteilt an {0} (vorher {1})</source>
        <translation>Routed to {0} (before: {1})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="60"/>
        <source>Verteilt an {0}</source>
        <translation>Routed to {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="63"/>
        <source>Zugewiesen an {0}</source>
        <translation>Assigned to {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="64"/>
        <source>Zuweisung an {0} aufgehoben</source>
        <translation>Unassigned from {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="68"/>
        <source>Status: {0} → {1}, abgegeben an {2}</source>
        <translation>Status: {0} → {1}, handed to {2}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="70"/>
        <source>Status: {0} → {1}</source>
        <translation>Status: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="73"/>
        <source>Notiz: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="96"/>
        <source>Mail von {0}</source>
        <translation>Mail from {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="97"/>
        <source>Anruf von {0}</source>
        <translation>Call from {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="98"/>
        <source>Antwort an {0}</source>
        <translation>Reply to {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="99"/>
        <source>Zwischennachricht an {0}</source>
        <translation>Interim reply to {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="100"/>
        <source>Weitergeleitet an {0}</source>
        <translation>Forwarded to {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="101"/>
        <source>Rückruf{0}</source>
        <translation>Call-back{0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="102"/>
        <source>Telefonisch beantwortet{0}</source>
        <translation>Answered by phone{0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="103"/>
        <source>Per Brief beantwortet{0}</source>
        <translation>Answered by letter{0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="112"/>
        <source> (wird gesendet)</source>
        <translation> (sending)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="114"/>
        <source> (unklar, ob gesendet – im Postausgang prüfen)</source>
        <translation> (unclear whether sent – check in the outbox)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="116"/>
        <source> (nicht gesendet, im Postausgang: {0})</source>
        <translation> (not sent, in the outbox: {0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="165"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="185"/>
        <source>{0} – überfällig</source>
        <translation>{0} – overdue</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="167"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="187"/>
        <source>{0} – heute fällig</source>
        <translation>{0} – due today</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="175"/>
        <source>gesendet am {0}</source>
        <translation>sent on {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="182"/>
        <source>wartet im Postausgang</source>
        <translation>waiting in the outbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="183"/>
        <source>fällig {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="202"/>
        <source>von Hand ({0}): {1}</source>
        <translation>by hand ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="203"/>
        <source>von Hand ({0})</source>
        <translation>by hand ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/timeline.py" line="218"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/detail.py" line="184"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="93"/>
        <source>Die Fristen sind ein JSON-Objekt {{…}}.</source>
        <translation>The deadlines are a JSON object {{…}}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="95"/>
        <source>Unbekannte Einstellung „{key}“.</source>
        <translation>Unknown setting “{key}”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="108"/>
        <source>„end_of_day“: eine Uhrzeit von 06:00 bis 23:59 angeben, wie 16:00.</source>
        <translation>“end_of_day”: give a time from 06:00 to 23:59, such as 16:00.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="128"/>
        <source>„ifg_months“: mindestens ein Monat.</source>
        <translation>“ifg_months”: at least one month.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="145"/>
        <source>„{key}“: eine ganze Zahl von 0 bis {limit} angeben.</source>
        <translation>“{key}”: give a whole number from 0 to {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="158"/>
        <source>„closed_days“: höchstens {limit} Tage.</source>
        <translation>“closed_days”: at most {limit} days.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="168"/>
        <source>„closed_days“: „{day}“ ist kein Tag wie 24.12.</source>
        <translation>“closed_days”: “{day}” is not a day such as 24.12.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="188"/>
        <source>„overrides“: eine Ausnahme hat „kind“, „channel“ und „working_days“.</source>
        <translation>“overrides”: an exception has “kind”, “channel” and “working_days”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="200"/>
        <source>„overrides“: eine Ausnahme nennt „kind“ oder „channel“.</source>
        <translation>“overrides”: an exception names “kind” or “channel”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/deadline_config.py" line="220"/>
        <source>„{value}“ gibt es für „{key}“ nicht (möglich: {allowed}).</source>
        <translation>“{value}” does not exist for “{key}” (possible: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/workflow/calendar_nrw.py" line="66"/>
        <source>Die eingestellten dienstfreien Tage lassen keinen Arbeitstag übrig; bitte die Fristen des Büros prüfen (deadlines show).</source>
        <translation>The closed days set leave no working day; please check the office&apos;s deadlines (deadlines show).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="98"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="148"/>
        <source>Ansichten</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="150"/>
        <source>Meine Ansichten</source>
        <translation>My views</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="256"/>
        <source>Umbenennen …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="259"/>
        <source>Aktuelle Filter als Ansicht speichern …</source>
        <translation>Save current filters as a view …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="266"/>
        <source>Ansicht speichern</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="266"/>
        <source>Name der neuen Ansicht (die aktuellen Filter):</source>
        <translation>Name of the new view (the current filters):</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="275"/>
        <source>Ansicht nicht gespeichert</source>
        <translation>View not saved</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="293"/>
        <source>Ansicht umbenennen</source>
        <translation>Rename view</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="293"/>
        <source>Neuer Name der Ansicht:</source>
        <translation>New name of the view:</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="302"/>
        <source>Ansicht nicht umbenannt</source>
        <translation>View not renamed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="309"/>
        <source>Ansicht löschen</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="310"/>
        <source>Die Ansicht „{0}“ löschen? Die Anfragen bleiben, wie sie sind.</source>
        <translation>Delete the view “{0}”? The inquiries stay as they are.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="56"/>
        <source>{0}: {1} gesendet</source>
        <translation>{0}: {1} sent</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="57"/>
        <source>{0}: {1} gespeichert, noch nicht gesendet – sie liegt im Postausgang</source>
        <translation>{0}: {1} saved, not sent yet – it is in the outbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="110"/>
        <source>Antworten nicht möglich</source>
        <translation>Cannot reply</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="138"/>
        <source>Text ersetzen?</source>
        <translation>Replace text?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="139"/>
        <source>Der Textbaustein ersetzt, was Sie schon geschrieben haben.</source>
        <translation>The text template replaces what you have already written.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="140"/>
        <source>Ersetzen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="141"/>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="314"/>
        <source>Behalten</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="155"/>
        <source>Textbaustein nicht verfügbar</source>
        <translation>Text template not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="172"/>
        <source>Weiterleiten nicht möglich</source>
        <translation>Cannot forward</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="194"/>
        <source>Weiterleitung</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/answering/actions.py" line="212"/>
        <source>{0}: Telefonat bzw. Brief erfasst</source>
        <translation>{0}: call or letter logged</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/views_sidebar.py" line="325"/>
        <source>Ansicht nicht gelöscht</source>
        <translation>View not deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/json_input.py" line="47"/>
        <source>Der Schlüssel „{key}“ steht im selben JSON-Objekt zweimal.</source>
        <translation>The key “{key}” appears twice in the same JSON object.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/json_input.py" line="56"/>
        <source>{value} ist kein gültiger Wert in JSON (nur Zahlen).</source>
        <translation>{value} is not a valid value in JSON (numbers only).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/json_input.py" line="69"/>
        <source>Die Datei ist nicht in UTF-8 geschrieben (Byte {position}); bitte als UTF-8 speichern.</source>
        <translation>The file is not written in UTF-8 (byte {position}); please save it as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/json_input.py" line="83"/>
        <source>Das ist kein gültiges JSON (Zeile {line}, Spalte {column}).</source>
        <translation>This is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/json_input.py" line="89"/>
        <source>Das JSON ist zu tief verschachtelt.</source>
        <translation>The JSON is nested too deeply.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/json_input.py" line="91"/>
        <source>Das JSON enthält eine Zahl mit zu vielen Ziffern.</source>
        <translation>The JSON contains a number with too many digits.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/inquiries/steps.py" line="77"/>
        <source>Eingang {when}</source>
        <translation>Came in {when}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/watcher.py" line="40"/>
        <source>Postausgang (&amp;SMTP) …</source>
        <translation>&amp;Outgoing mail (SMTP) …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/watcher.py" line="42"/>
        <source>&amp;Postausgang …</source>
        <translation>Out&amp;box …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/outbox/watcher.py" line="62"/>
        <source>{0} im Postausgang</source>
        <translation>{0} in the outbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/transport.py" line="81"/>
        <source>Der Postausgangsserver {server} ist nicht erreichbar ({reason}); die Mail bleibt im Postausgang und wird später erneut gesendet.</source>
        <translation>The outgoing server {server} cannot be reached ({reason}); the mail stays in the outbox and will be sent again later.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/transport.py" line="97"/>
        <source>Der Postausgangsserver {server} hat die Empfänger abgelehnt: {answers}</source>
        <translation>The outgoing server {server} refused the recipients: {answers}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/transport.py" line="106"/>
        <source>Der Postausgangsserver {server} hat die Anmeldung abgelehnt ({reply}). Bitte Benutzername und Passwort prüfen.</source>
        <translation>The outgoing server {server} refused the login ({reply}). Please check user name and password.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/transport.py" line="116"/>
        <source>Der Postausgangsserver {server} hat die Mail abgelehnt: {reply}</source>
        <translation>The outgoing server {server} refused the mail: {reply}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/transport.py" line="125"/>
        <source>Die Verbindung zum Postausgangsserver {server} brach ab ({reason}); die Mail bleibt im Postausgang und wird später erneut gesendet.</source>
        <translation>The connection to the outgoing server {server} broke off ({reason}); the mail stays in the outbox and will be sent again later.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/transport.py" line="170"/>
        <source>Der Postausgangsserver {server} bietet keine Verschlüsselung (STARTTLS) an; es wird nichts unverschlüsselt gesendet. Bitte die Einstellungen prüfen.</source>
        <translation>The outgoing server {server} does not offer encryption (STARTTLS); nothing is sent unencrypted. Please check the settings.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/transport.py" line="190"/>
        <source>Der Postausgangsserver {server} nimmt keine Adressen mit Umlauten (SMTPUTF8) an.</source>
        <translation>The outgoing server {server} does not accept addresses with non-ASCII characters (SMTPUTF8).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/envelope.py" line="70"/>
        <source>Die Mail hat keinen Absender (From).</source>
        <translation>The mail has no sender (From).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/envelope.py" line="75"/>
        <source>Die Mail hat keinen Empfänger (An, Cc oder Bcc).</source>
        <translation>The mail has no recipient (To, Cc or Bcc).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outbox.py" line="218"/>
        <source>Nachricht Nr. {number} wartet nicht (mehr) im Postausgang.</source>
        <translation>Message no. {number} is not (or no longer) waiting in the outbox.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outbox.py" line="297"/>
        <source>Es ist kein Postausgangsserver eingerichtet (Extras → Postausgang (SMTP)); die Mail bleibt im Postausgang.</source>
        <translation>No outgoing server is set up (Extras → Outgoing mail (SMTP)); the mail stays in the outbox.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outbox.py" line="317"/>
        <source>Gesendet, aber nicht an alle: der Server nahm {refused} nicht an.</source>
        <translation>Sent, but not to everyone: the server did not accept {refused}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outbox.py" line="338"/>
        <source>Eine zu sendende Nachricht Nr. {number} gibt es nicht.</source>
        <translation>There is no message no. {number} to be sent.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outbox.py" line="365"/>
        <location filename="../../src/buergeranfragen/reports/mailing.py" line="209"/>
        <source>Der Inhalt der Mail ist nicht gespeichert.</source>
        <translation>The mail&apos;s content is not stored.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outbox.py" line="374"/>
        <source>Der gespeicherte Inhalt der Mail ist beschädigt.</source>
        <translation>The stored content of the mail is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/outbox.py" line="406"/>
        <source>Die Mail wurde gesendet, konnte aber nicht als gesendet vermerkt werden ({reason}); sie erscheint später als „unklar“ im Postausgang.</source>
        <translation>The mail was sent but could not be recorded as sent ({reason}); it will appear as “unclear” in the outbox later.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="74"/>
        <source>Bitte den Servernamen angeben (z. B. smtp.nrw.de).</source>
        <translation>Please enter the server name (e.g. smtp.nrw.de).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="84"/>
        <source>Ohne Verschlüsselung gehen Passwort und Mails lesbar über das Netz; das muss ausdrücklich bestätigt werden.</source>
        <translation>Without encryption the password and the mails cross the network readably; this must be confirmed explicitly.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="91"/>
        <source>Der Benutzername enthält Steuerzeichen.</source>
        <translation>The user name contains control characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="99"/>
        <source>Der Absendername enthält Steuerzeichen.</source>
        <translation>The sender name contains control characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="220"/>
        <source>Für den Postausgangsserver {server} ist auf diesem Rechner kein Passwort im Schlüsselbund gespeichert. Bitte unter Extras → Postausgang (SMTP) eingeben.</source>
        <translation>No password for the outgoing server {server} is stored in this computer&apos;s keyring. Please enter it under Extras → Outgoing mail (SMTP).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/mail/smtp_settings.py" line="243"/>
        <source>Es ist kein Postausgangsserver mit Anmeldung eingerichtet.</source>
        <translation>No outgoing server with a login is set up.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="34"/>
        <source>Anredezeile aus Anrede, Titel und Namen des Kontakts</source>
        <translation>Salutation line from the contact&apos;s salutation, title and names</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="37"/>
        <source>Titel des Kontakts</source>
        <translation>Contact&apos;s title</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="38"/>
        <source>Vorname des Kontakts</source>
        <translation>Contact&apos;s first name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="39"/>
        <source>Nachname des Kontakts</source>
        <translation>Contact&apos;s last name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="40"/>
        <source>Vor- und Nachname des Kontakts</source>
        <translation>Contact&apos;s first and last name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="41"/>
        <source>Organisation oder Redaktion des Kontakts</source>
        <translation>Contact&apos;s organisation or newsroom</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="42"/>
        <source>Aktenzeichen der Anfrage</source>
        <translation>Inquiry&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="43"/>
        <source>Eingangsdatum der Anfrage</source>
        <translation>Date the inquiry was received</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="44"/>
        <source>Betreff der Anfrage</source>
        <translation>Inquiry&apos;s subject</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="45"/>
        <source>heutiges Datum</source>
        <translation>today&apos;s date</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="46"/>
        <source>Name der zuständigen Abteilung</source>
        <translation>Name of the responsible department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="47"/>
        <source>Rufnummer der Abteilung</source>
        <translation>Department&apos;s phone number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="48"/>
        <source>E-Mail-Adresse der Abteilung</source>
        <translation>Department&apos;s email address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="49"/>
        <source>Name der bearbeitenden Person</source>
        <translation>Name of the person handling it</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="52"/>
        <source>Rufnummer der bearbeitenden Person (die der Abteilung)</source>
        <translation>Phone number of the person handling it (the department&apos;s)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="86"/>
        <source>Den Platzhalter {placeholder} gibt es nicht. Bekannt sind: {known}.</source>
        <translation>There is no placeholder {placeholder}. Known ones are: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/placeholders.py" line="97"/>
        <source>Eine einzelne geschweifte Klammer ist kein Platzhalter; für eine Klammer im Text bitte {{ oder }} schreiben.</source>
        <translation>A single brace is not a placeholder; for a brace in the text please write {{ or }}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/validation.py" line="37"/>
        <source>Bitte einen Namen für den Textbaustein angeben.</source>
        <translation>Please enter a name for the text template.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/validation.py" line="53"/>
        <source>Den Zweck {purpose} gibt es nicht (reply, interim oder forward).</source>
        <translation>There is no purpose {purpose} (reply, interim or forward).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/validation.py" line="65"/>
        <source>Der Betreff ist länger als {max} Zeichen.</source>
        <translation>The subject is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/validation.py" line="74"/>
        <source>Bitte den Text des Textbausteins angeben.</source>
        <translation>Please enter the text of the template.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/validation.py" line="77"/>
        <source>Der Text ist länger als {max} Zeichen.</source>
        <translation>The text is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/validation.py" line="89"/>
        <source>Die Signatur ist länger als {max} Zeichen.</source>
        <translation>The signature is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/templates.py" line="61"/>
        <source>Einen Textbaustein {name} gibt es nicht.</source>
        <translation>There is no text template {name}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/templates.py" line="69"/>
        <source>Den Namen {name} trägt schon ein Textbaustein.</source>
        <translation>A text template is already called {name}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/templates.py" line="120"/>
        <source>Der Textbaustein {name} ist deaktiviert und wird nicht mehr verwendet.</source>
        <translation>The text template {name} is deactivated and no longer used.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/templates.py" line="133"/>
        <source>Die Anfrage gibt es nicht mehr.</source>
        <translation>The inquiry no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/answering/templates.py" line="231"/>
        <source>Der Textbaustein {name} wurde inzwischen von {user} geändert. Bitte neu laden.</source>
        <translation>The text template {name} has meanwhile been changed by {user}. Please reload.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/conversation/service.py" line="139"/>
        <source>Diese Mail ist schon bei einer Anfrage gespeichert.</source>
        <translation>This mail is already stored with an inquiry.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/conversation/service.py" line="168"/>
        <source>Diese Art von Nachricht lässt sich nicht von Hand erfassen.</source>
        <translation>This kind of message cannot be logged by hand.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/formats.py" line="44"/>
        <source>Das Format {name} kenne ich nicht; möglich sind xlsx, pdf und csv.</source>
        <translation>I do not know the format {name}; possible are xlsx, pdf and csv.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/formats.py" line="51"/>
        <source>Bitte mindestens ein Format angeben: xlsx, pdf oder csv.</source>
        <translation>Please give at least one format: xlsx, pdf or csv.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/formats.py" line="75"/>
        <location filename="../../src/buergeranfragen/privacy/access_files.py" line="172"/>
        <source>Den Ordner {folder} gibt es nicht.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/formats.py" line="82"/>
        <source>In den Ordner {folder} kann ich nicht schreiben.</source>
        <translation>I cannot write to the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/formats.py" line="89"/>
        <location filename="../../src/buergeranfragen/privacy/access_files.py" line="178"/>
        <source>{files} gibt es schon in {folder}; mit --force wird überschrieben.</source>
        <translation>{files} already exists in {folder}; --force overwrites it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/periods.py" line="68"/>
        <source>Die Kalenderwoche {week}/{year} gibt es nicht.</source>
        <translation>There is no calendar week {week}/{year}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/periods.py" line="91"/>
        <source>Einen Monat {month} gibt es nicht.</source>
        <translation>There is no month {month}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/periods.py" line="105"/>
        <source>Ein Quartal {quarter} gibt es nicht.</source>
        <translation>There is no quarter {quarter}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/periods.py" line="119"/>
        <source>Das Ende des Zeitraums liegt vor seinem Anfang.</source>
        <translation>The end of the period lies before its start.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/periods.py" line="121"/>
        <source>Ein Bericht umfasst höchstens fünf Jahre.</source>
        <translation>A report covers at most five years.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/periods.py" line="150"/>
        <source>Den Zeitraum {text} verstehe ich nicht; bitte z. B. 2026-W47, 2026-11, 2026-Q4 oder 2026.</source>
        <translation>I do not understand the period {text}; please use e.g. 2026-W47, 2026-11, 2026-Q4 or 2026.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/shell/extras.py" line="115"/>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="51"/>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="102"/>
        <location filename="../../src/buergeranfragen/ui/reports/weekly_start.py" line="51"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="27"/>
        <source>Wochenbericht</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="163"/>
        <location filename="../../src/buergeranfragen/ui/shell/extras.py" line="133"/>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="93"/>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="132"/>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="134"/>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="199"/>
        <location filename="../../src/buergeranfragen/privacy/audit_names.py" line="24"/>
        <source>Aufbewahrungsfristen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="65"/>
        <source>Anfragen je Tag nach Kanal</source>
        <translation>Inquiries per day by channel</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="66"/>
        <source>Anfragen je Abteilung</source>
        <translation>Inquiries per department</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="67"/>
        <source>Verlauf der letzten 12 Wochen</source>
        <translation>Trend of the last 12 weeks</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="76"/>
        <source>Als &amp;Excel speichern …</source>
        <translation>Save as &amp;Excel …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="77"/>
        <source>Als &amp;CSV speichern …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="78"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="92"/>
        <source>Kennzahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="102"/>
        <source>Überfällig (Doppelklick oder Eingabetaste öffnet)</source>
        <translation>Overdue (double-click or Enter opens)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="125"/>
        <source>Die Zahlen für {0} werden berechnet …</source>
        <translation>Computing the figures for {0} …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="132"/>
        <source>Bericht nicht verfügbar</source>
        <translation>Report not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="141"/>
        <source>Die Zahlen konnten nicht berechnet werden.</source>
        <translation>The figures could not be computed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="146"/>
        <source>{0}: {1} bis {2}</source>
        <translation>{0}: {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/section.py" line="154"/>
        <source>– läuft noch: „am Ende“ heißt hier am {0}, gerechnet mit dem heutigen Stand.</source>
        <translation>– still running: “at the end” here means on {0}, counted from today’s state.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="73"/>
        <source>Kalenderwoche</source>
        <translation>Calendar week</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="74"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="75"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="76"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="77"/>
        <source>Von – Bis</source>
        <translation>From – to</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="81"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="83"/>
        <source>◀ &amp;Vorherige</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="84"/>
        <source>Der Zeitraum davor (Alt+Pfeil links)</source>
        <translation>The period before (Alt+Left arrow)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="85"/>
        <source>&amp;Nächste ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="86"/>
        <source>Der Zeitraum danach (Alt+Pfeil rechts)</source>
        <translation>The period after (Alt+Right arrow)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="92"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="92"/>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/audit/dialog.py" line="141"/>
        <location filename="../../src/buergeranfragen/ui/reports/period_chooser.py" line="96"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="52"/>
        <source>Beim ersten Start einer neuen Woche den &amp;Bericht erstellen</source>
        <translation>Create the &amp;report on the first start of a new week</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="54"/>
        <source>z. B. ein gemeinsamer Ordner im Netz</source>
        <translation>e.g. a shared network folder</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="55"/>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="61"/>
        <source>&amp;Excel (XLSX)</source>
        <translation>&amp;Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="62"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="63"/>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="72"/>
        <source>eine Adresse je Zeile; leer: nicht mailen</source>
        <translation>one address per line; empty: do not mail</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="80"/>
        <source>Formate</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="81"/>
        <source>Mailen an</source>
        <translation>Mail to</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/settings_dialog.py" line="120"/>
        <source>Ordner für den Wochenbericht</source>
        <translation>Folder for the weekly report</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/weekly_start.py" line="17"/>
        <source>Wochenbericht {0} erstellt in {1}.</source>
        <translation>Weekly report {0} created in {1}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/weekly_start.py" line="19"/>
        <source>Gemailt an {0}.</source>
        <translation>Mailed to {0}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/weekly_start.py" line="21"/>
        <source>Nicht gemailt: {0}</source>
        <translation>Not mailed: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/weekly_start.py" line="56"/>
        <source>Der Wochenbericht wird erstellt ({0} von {1} Dateien) …</source>
        <translation>Creating the weekly report ({0} of {1} files) …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/weekly_start.py" line="62"/>
        <source>Wochenbericht nicht erstellt: {0}</source>
        <translation>Weekly report not created: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="22"/>
        <source>Median {0}, 90 % bis {1} Arbeitstage ({2} Anfragen)</source>
        <translation>Median {0}, 90 % within {1} working days ({2} inquiries)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="31"/>
        <source>{0} % ({1} von {2})</source>
        <translation>{0} % ({1} of {2})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="37"/>
        <source>Neue Anfragen</source>
        <translation>New inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="40"/>
        <source>Offen am Ende</source>
        <translation>Open at the end</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="41"/>
        <source>Überfällig am Ende</source>
        <translation>Overdue at the end</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="42"/>
        <source>Bis zur ersten Antwort</source>
        <translation>Until the first answer</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="43"/>
        <source>Bis zum Abschluss</source>
        <translation>Until closing</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="44"/>
        <source>Beim ersten Anruf erledigt</source>
        <translation>Settled on the first call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="45"/>
        <source>Fristgerecht beantwortet</source>
        <translation>Answered within the deadline</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/figures_view.py" line="46"/>
        <source>Zwischennachricht rechtzeitig</source>
        <translation>Interim reply on time</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/exporting.py" line="29"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/exporting.py" line="31"/>
        <source>CSV-Tabelle (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/exporting.py" line="32"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/private_files.py" line="48"/>
        <source>Die Datei {name} konnte nicht geschrieben werden: {reason}</source>
        <translation>The file {name} could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/exporting.py" line="63"/>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/exporting.py" line="71"/>
        <source>Der Bericht wird gespeichert …</source>
        <translation>Saving the report …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/exporting.py" line="80"/>
        <source>Bericht nicht gespeichert</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/reports/exporting.py" line="84"/>
        <source>Bericht gespeichert: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/settings.py" line="57"/>
        <source>Der Ordner enthält Steuerzeichen.</source>
        <translation>The folder contains control characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/settings.py" line="60"/>
        <source>Bitte den Ordner angeben, in den der Bericht kommt.</source>
        <translation>Please give the folder the report goes to.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/settings.py" line="68"/>
        <source>Formate: xlsx, pdf oder csv (nicht {unknown}).</source>
        <translation>Formats: xlsx, pdf or csv (not {unknown}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/settings.py" line="72"/>
        <source>Bitte mindestens ein Format wählen.</source>
        <translation>Please choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/settings.py" line="88"/>
        <source>Höchstens {limit} Empfänger, bitte kürzen.</source>
        <translation>At most {limit} recipients, please shorten.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/weekly.py" line="76"/>
        <source>Der Bericht konnte nicht in {folder} geschrieben werden: {reason}</source>
        <translation>The report could not be written to {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/mailing.py" line="110"/>
        <source>Es ist kein Postausgangsserver eingerichtet (Extras → Postausgang (SMTP)).</source>
        <translation>No outgoing mail server is set up (Extras → Outgoing mail (SMTP)).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/mailing.py" line="165"/>
        <source>Es ist kein Postausgangsserver eingerichtet.</source>
        <translation>No outgoing mail server is set up.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/cli/report.py" line="58"/>
        <source>Bitte eine Kalenderwoche wie 2026-W47 angeben.</source>
        <translation>Please give a calendar week such as 2026-W47.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/cli/report.py" line="64"/>
        <source>Bitte --from und --to zusammen angeben.</source>
        <translation>Please give --from and --to together.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/cli/report.py" line="74"/>
        <source>Das Datum {text} verstehe ich nicht; bitte JJJJ-MM-TT.</source>
        <translation>I do not understand the date {text}; please use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/cli/report.py" line="85"/>
        <source>Bitte mit --output den Ordner für die Dateien angeben.</source>
        <translation>Please give the folder for the files with --output.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="67"/>
        <source>Höchstens {count} Themen.</source>
        <translation>At most {count} topics.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="70"/>
        <source>Ein Thema ist leer oder kein Text.</source>
        <translation>A topic is empty or not text.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="79"/>
        <source>Das Thema {topic} ist länger als {limit} Zeichen.</source>
        <translation>The topic {topic} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="89"/>
        <source>„{topic}“ zählt der Bericht ohnehin für alles andere.</source>
        <translation>The report counts everything else as “{topic}” anyway.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="95"/>
        <source>Das Thema {topic} steht doppelt in der Liste.</source>
        <translation>The topic {topic} is on the list twice.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="111"/>
        <source>Die Themenliste ist kein gültiges JSON.</source>
        <translation>The topic list is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="113"/>
        <source>Die Themenliste muss eine JSON-Liste von Texten sein.</source>
        <translation>The topic list must be a JSON list of strings.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="155"/>
        <source>Die Themenliste wurde inzwischen geändert; bitte neu laden.</source>
        <translation>The topic list has been changed in the meantime; please reload.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/reports/topics.py" line="180"/>
        <source>Das Thema {topic} steht nicht in der Liste.</source>
        <translation>The topic {topic} is not on the list.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="48"/>
        <source>Beim nächsten Lauf: {0}, {1}, {2}.</source>
        <translation>Next run: {0}, {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="51"/>
        <source>1 Anfrage anonymisieren</source>
        <translation>anonymise 1 inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="52"/>
        <source>{0} Anfragen anonymisieren</source>
        <translation>anonymise {0} inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="54"/>
        <source>1 Kontakt löschen</source>
        <translation>delete 1 contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="54"/>
        <source>{0} Kontakte löschen</source>
        <translation>delete {0} contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="57"/>
        <source>1 nicht übernommene Mail löschen</source>
        <translation>delete 1 refused mail</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="58"/>
        <source>{0} nicht übernommene Mails löschen</source>
        <translation>delete {0} refused mails</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="64"/>
        <source>Aufbewahrungsfristen: {0}, {1}, {2}.</source>
        <translation>Retention periods: {0}, {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="65"/>
        <source>1 Anfrage anonymisiert</source>
        <translation>1 inquiry anonymised</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="65"/>
        <source>{0} Anfragen anonymisiert</source>
        <translation>{0} inquiries anonymised</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="66"/>
        <source>1 Kontakt gelöscht</source>
        <translation>1 contact deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="66"/>
        <source>{0} Kontakte gelöscht</source>
        <translation>{0} contacts deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="69"/>
        <source>1 nicht übernommene Mail gelöscht</source>
        <translation>1 refused mail deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="70"/>
        <source>{0} nicht übernommene Mails gelöscht</source>
        <translation>{0} refused mails deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="78"/>
        <source> Monate</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="97"/>
        <source>Wird berechnet …</source>
        <translation>Calculating …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="101"/>
        <source>&amp;Bürgeranfrage anonymisieren, nach dem Abschluss</source>
        <translation>Anonymise a &amp;citizen inquiry, after closing</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="102"/>
        <source>&amp;Presseanfrage anonymisieren, nach dem Abschluss</source>
        <translation>Anonymise a &amp;press inquiry, after closing</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="103"/>
        <source>&amp;Kontakt ohne Anfragen löschen, nach der letzten Änderung</source>
        <translation>&amp;Delete a contact without inquiries, after its last change</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="106"/>
        <source>Mail-Originale und Anhänge gehen mit ihrer Anfrage; nicht übernommene Mails werden nach der Frist der Bürgeranfragen gelöscht. Anonymisieren entfernt die Person und behält, was die Berichte zählen.</source>
        <translation>Mail originals and attachments go with their inquiry; rejected mails are deleted after the citizen inquiries&apos; period. Anonymising removes the person and keeps what the reports count.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="205"/>
        <source>Aufbewahrungsfristen werden angewandt ({0} von {1}) …</source>
        <translation>Applying the retention periods ({0} of {1}) …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/organisation/retention.py" line="210"/>
        <source>Aufbewahrungsfristen nicht angewandt: {0}</source>
        <translation>Retention periods not applied: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="59"/>
        <source>Alle gespeicherten Daten dieser Person als JSON und PDF in einen Ordner</source>
        <translation>All data stored about this person as JSON and PDF into a folder</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="56"/>
        <source>A&amp;uskunft nach Art. 15 exportieren …</source>
        <translation>E&amp;xport access report (Art. 15) …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="61"/>
        <source>Person &amp;löschen (Art. 17) …</source>
        <translation>E&amp;rase person (Art. 17) …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="64"/>
        <source>Die Person mit allen ihren Anfragen, Nachrichten und Anhängen endgültig löschen</source>
        <translation>Erase the person with all their inquiries, messages and attachments for good</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="78"/>
        <source>Kein Kontakt gewählt</source>
        <translation>No contact chosen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="78"/>
        <source>Bitte zuerst einen Kontakt in der Liste wählen.</source>
        <translation>Please choose a contact in the list first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="102"/>
        <source>Ordner für die Auskunft</source>
        <translation>Folder for the access report</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="117"/>
        <source>Auskunft wird geschrieben …</source>
        <translation>Writing the access report …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="123"/>
        <source>Dateien überschreiben?</source>
        <translation>Overwrite files?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="124"/>
        <source>Die Auskunft liegt in diesem Ordner schon vor. Überschreiben?</source>
        <translation>The access report is already in this folder. Overwrite it?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="125"/>
        <source>Überschreiben</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="135"/>
        <source>Auskunft nicht geschrieben</source>
        <translation>Access report not written</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="142"/>
        <source>Auskunft geschrieben</source>
        <translation>Access report written</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="143"/>
        <source>Die Auskunft zu {0} liegt in:
{1}</source>
        <translation>The access report on {0} is in:
{1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="154"/>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="181"/>
        <source>Person nicht gelöscht</source>
        <translation>Person not erased</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="159"/>
        <source>{0} wird endgültig gelöscht, mit allem, was an der Person hängt (Anfragen: {1}, Nachrichten: {2}, Anhänge: {3}, Original-Mails: {4}). Das lässt sich nicht rückgängig machen; im Protokoll bleibt nur, dass gelöscht wurde.</source>
        <translation>{0} will be erased for good, with everything tied to the person (inquiries: {1}, messages: {2}, attachments: {3}, original mails: {4}). This cannot be undone; the audit log keeps only that an erasure happened.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="190"/>
        <source>Person gelöscht (Anfragen: {0}, Nachrichten: {1}).</source>
        <translation>Person erased (inquiries: {0}, messages: {1}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="163"/>
        <source>Der Kontakt</source>
        <translation>The contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="170"/>
        <source>Person löschen (Art. 17)</source>
        <translation>Erase person (Art. 17)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="172"/>
        <source>Endgültig löschen</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts/person_data.py" line="176"/>
        <source>Person wird gelöscht …</source>
        <translation>Erasing the person …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries/presence_hint.py" line="58"/>
        <source>Wird gerade von {0} bearbeitet</source>
        <translation>Currently being edited by {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/person_data.py" line="69"/>
        <source>Zu „{value}“ gibt es keinen Kontakt.</source>
        <translation>There is no contact for “{value}”.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/person_data.py" line="77"/>
        <source>„{value}“ gehört zu mehreren Kontakten ({contacts}). Bitte wählen Sie einen über seine Nummer, z. B. {example}.</source>
        <translation>“{value}” belongs to several contacts ({contacts}). Please choose one by its number, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/person_data.py" line="101"/>
        <source>„{value}“ ist weder die Nummer eines Kontakts noch eine E-Mail-Adresse oder Rufnummer.</source>
        <translation>“{value}” is neither a contact&apos;s number nor an email address or phone number.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/person_data.py" line="125"/>
        <location filename="../../src/buergeranfragen/privacy/person_data.py" line="181"/>
        <source>Einen Kontakt mit der Nummer {id} gibt es nicht.</source>
        <translation>There is no contact with the number {id}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/retention_rules.py" line="51"/>
        <source>Bitte eine ganze Zahl von Monaten zwischen {low} und {high} angeben.</source>
        <translation>Please enter a whole number of months between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/retention_rules.py" line="75"/>
        <source>Die Regeln müssen ein JSON-Objekt sein.</source>
        <translation>The rules must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/retention_rules.py" line="84"/>
        <source>Unbekannte Angaben: {names} (erlaubt: {allowed}).</source>
        <translation>Unknown entries: {names} (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="45"/>
        <source>Sicherungen (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Backups (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="60"/>
        <source>&amp;Sicherung erstellen …</source>
        <translation>&amp;Create backup …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="62"/>
        <source>Die Datenbank in eine Datei sichern (auch während andere Plätze arbeiten)</source>
        <translation>Back up the database into a file (also while other desks work)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="65"/>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore backup …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="67"/>
        <source>Die Datenbank aus einer Sicherung zurückholen; die jetzige bleibt erhalten</source>
        <translation>Bring the database back from a backup; the current one is kept</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="94"/>
        <source>Tägliche Sicherung</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="99"/>
        <source>Tägliche Sicherung erstellt: {0}</source>
        <translation>Daily backup created: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="103"/>
        <source>Tägliche Sicherung nicht erstellt: {0}</source>
        <translation>Daily backup not created: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="114"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="123"/>
        <source>Sicherung erstellen</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="128"/>
        <source>Die Datenbank wird gesichert …</source>
        <translation>Backing up the database …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="136"/>
        <source>Sicherung erstellt</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="136"/>
        <source>Die Datenbank ist gesichert in {0}.</source>
        <translation>The database is backed up in {0}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="144"/>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="151"/>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="164"/>
        <source>Sicherung wiederherstellen</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="157"/>
        <source>Die Datenbank durch die Sicherung {0} vom {1} ersetzen? Sie enthält {2} Anfragen und {3} Kontakte.

Die jetzige Datenbank bleibt als Datei daneben erhalten. Dafür schließt sich das Fenster und öffnet sich danach wieder; andere Fenster von Bürgeranfragen auf dieser Datenbank (auch an anderen Plätzen) müssen vorher geschlossen sein.</source>
        <translation>Replace the database by the backup {0} of {1}? It holds {2} inquiries and {3} contacts.

The current database is kept as a file beside it. For this the window closes and opens again; other Bürgeranfragen windows on this database (also at other desks) must be closed first.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="164"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="178"/>
        <source>Die Sicherung {0} ist wiederhergestellt ({1} Anfragen, {2} Kontakte).</source>
        <translation>The backup {0} is restored ({1} inquiries, {2} contacts).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/backup/commands.py" line="182"/>
        <source>Die bisherige Datenbank liegt unter {0}.</source>
        <translation>The previous database is at {0}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="64"/>
        <source>Sicherungen macht Bürgeranfragen nur bei einer SQLite-Datei. Eine PostgreSQL-Datenbank sichern Sie mit „pg_dump -Fc -f DATEI DATENBANK“ und stellen sie mit „pg_restore --clean -d DATENBANK DATEI“ wieder her (am besten täglich per cron oder Aufgabenplanung).</source>
        <translation>Bürgeranfragen makes backups of SQLite files only. Back up a PostgreSQL database with “pg_dump -Fc -f FILE DATABASE” and restore it with “pg_restore --clean -d DATABASE FILE” (best daily, by cron or the task scheduler).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="123"/>
        <source>Die Datenbank {path} gibt es nicht.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="134"/>
        <source>Die Datei {path} gibt es schon; sie wird nicht überschrieben.</source>
        <translation>The file {path} exists already; it is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="154"/>
        <location filename="../../src/buergeranfragen/db/daily.py" line="83"/>
        <source>Die Sicherung nach {path} ist nicht gelungen ({reason}).</source>
        <translation>The backup to {path} failed ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="166"/>
        <source>Die Datei {path} ist keine brauchbare Sicherung von Bürgeranfragen ({reason}); es wurde nichts geändert.</source>
        <translation>The file {path} is not a usable backup of Bürgeranfragen ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="177"/>
        <source>Die Datei {path} ist keine Datenbank von Bürgeranfragen; es wurde nichts geändert.</source>
        <translation>The file {path} is not a Bürgeranfragen database; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="205"/>
        <source>Die Sicherung {path} stammt von einer neueren Version von Bürgeranfragen (Stand „{revision}“); diese Version kann sie nicht wiederherstellen. Es wurde nichts geändert.</source>
        <translation>The backup {path} comes from a newer version of Bürgeranfragen (revision “{revision}”); this version cannot restore it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="242"/>
        <source>Die Datei {path} ist keine SQLite-Datenbank; es wurde nichts geändert.</source>
        <translation>The file {path} is not a SQLite database; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="262"/>
        <source>Die Kopie der Sicherung konnte nicht geschrieben werden ({reason}); es wurde nichts geändert.</source>
        <translation>The copy of the backup could not be written ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="285"/>
        <source>Die Datenbank {path} ist noch geöffnet (ein Programmfenster oder ein Befehl, hier oder an einem anderen Platz). Bitte schließen Sie alle Fenster von Bürgeranfragen, die diese Datenbank benutzen, und versuchen Sie es erneut; es wurde nichts geändert.</source>
        <translation>The database {path} is still open (a program window or a command, here or at another desk). Please close every Bürgeranfragen window that uses this database and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="127"/>
        <location filename="../../src/buergeranfragen/db/backup.py" line="345"/>
        <source>Die Datei {path} ist die Datenbank selbst; es wurde nichts geändert.</source>
        <translation>The file {path} is the database itself; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/backup.py" line="331"/>
        <source>Die Wiederherstellung ist nicht gelungen ({reason}).</source>
        <translation>The restore failed ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/privacy/retention.py" line="301"/>
        <source>Die Uhr dieses Rechners geht um {minutes} Minuten anders als die des Datenbankservers. Die Aufbewahrungsfristen werden erst angewandt, wenn sie stimmt (sonst würde zu früh anonymisiert).</source>
        <translation>This computer&apos;s clock differs from the database server&apos;s by {minutes} minutes. The retention periods are applied only once it is right (otherwise data would be anonymised too early).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/password.py" line="81"/>
        <source>Ein Passwort gibt es nur für eine PostgreSQL-Datenbank mit Benutzernamen in der Adresse (postgresql+psycopg://BENUTZER@SERVER/DATENBANK).</source>
        <translation>Only a PostgreSQL database with a user name in its address has a password (postgresql+psycopg://USER@SERVER/DATABASE).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/db/password.py" line="92"/>
        <source>Bitte ein Passwort eingeben.</source>
        <translation>Please enter a password.</translation>
    </message>
</context>
</TS>
