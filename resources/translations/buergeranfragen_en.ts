<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="91" />
        <source>Diese Zeile entfernen</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="157" />
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="157" />
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="159" />
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="165" />
        <source>z. B. WDR, Rheinische Post</source>
        <translation>e.g. WDR, Rheinische Post</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="167" />
        <source>z. B. Landespolitik</source>
        <translation>e.g. state politics</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="174" />
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="204" />
        <source>z. B. 0211 837-1001</source>
        <translation>e.g. 0211 837-1001</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="205" />
        <source>Weitere Rufnummer</source>
        <translation>Add phone number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="210" />
        <source>name@beispiel.de</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="211" />
        <source>Weitere E-Mail-Adresse</source>
        <translation>Add email address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="218" />
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="86" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="221" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="223" />
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="224" />
        <source>&amp;Vorname</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="225" />
        <source>&amp;Nachname</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="227" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="228" />
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="229" />
        <source>&amp;Medium</source>
        <translation>&amp;Outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="231" />
        <source>Ressort</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="236" />
        <source>Rufnummern</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="237" />
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="88" />
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="39" />
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="240" />
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="244" />
        <source>PLZ, Ort</source>
        <translation>Postcode, city</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="245" />
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="248" />
        <source>Kategorien</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="249" />
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="250" />
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="254" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="255" />
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="256" />
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="257" />
        <source>Weiteres</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="84" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="58" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="85" />
        <source>Organisation / Medium</source>
        <translation>Organisation / outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="87" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="40" />
        <source>Mögliche Dubletten</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="65" />
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="67" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="347" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="352" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="364" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="369" />
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="70" />
        <source>Beide Kontakte zu einem vereinen; keine Nummer, Adresse oder Notiz geht verloren.</source>
        <translation>Combine both contacts into one; no number, address or note is lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="97" />
        <source>Suchen: Name, Organisation, Rufnummer in jeder Schreibweise, E-Mail (Strg+F)</source>
        <translation>Search: name, organisation, phone number in any format, email (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="121" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="322" />
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="122" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="52" />
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="124" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="299" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="53" />
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="184" />
        <source>{0} Kontakte</source>
        <translation>{0} contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="184" />
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="224" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="291" />
        <source>Kontakt nicht verfügbar</source>
        <translation>Contact not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="251" />
        <source>Nicht gespeichert: bitte die markierten Felder prüfen.</source>
        <translation>Not saved: please check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="255" />
        <source>Kontakt wurde inzwischen geändert</source>
        <translation>Contact was changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="257" />
        <source>Neu laden (meine Änderungen verwerfen)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="258" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="300" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="54" />
        <source>Weiter bearbeiten</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="264" />
        <source>Kontakt gelöscht</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="268" />
        <source>Ihre Eingaben bleiben im Formular; „Speichern“ legt sie als neuen Kontakt an.</source>
        <translation>Your input stays in the form; “Save” stores it as a new contact.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="275" />
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="280" />
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="297" />
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="298" />
        <source>Die ungespeicherten Eingaben in diesem Kontakt gehen verloren.</source>
        <translation>The unsaved input in this contact will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="305" />
        <source>Eingaben verworfen.</source>
        <translation>Input discarded.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="311" />
        <source>Das Kontaktformular</source>
        <translation>The contact form</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="349" />
        <source>Ihre Eingaben werden dem vorhandenen Kontakt „{0}“ hinzugefügt. Keine Rufnummer, Adresse oder Notiz geht verloren.</source>
        <translation>Your input will be added to the existing contact “{0}”. No number, address or note is lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="353" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="370" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="77" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="111" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="366" />
        <source>„{0}“ wird in „{1}“ übernommen und danach entfernt. Alle Rufnummern, Adressen und Notizen bleiben erhalten.</source>
        <translation>“{0}” is merged into “{1}” and then removed. All numbers, addresses and notes are kept.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="378" />
        <source>Zusammenführen nicht möglich</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="383" />
        <source>Zusammengeführt: {0}</source>
        <translation>Merged: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="21" />
        <source>Büro</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="22" />
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="23" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="24" />
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="29" />
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="29" />
        <source>Dienstlich</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="33" />
        <source>Presse</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="33" />
        <source>Bürger/in</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="38" />
        <source>Anruf</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="40" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="41" />
        <source>Eingegeben</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="53" />
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="57" />
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="53" />
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="53" />
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="66" />
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="59" />
        <source>Die Erfassung von Anrufen und E-Mails und die Anfragenliste sind noch nicht gebaut; sie kommen mit der nächsten Version. Kontakte lassen sich schon pflegen, importieren und exportieren.</source>
        <translation>Logging calls and emails and the list of inquiries are not built yet; they come with the next version. Contacts can already be kept, imported and exported.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="68" />
        <source>Der Wochenbericht für die Referatsleitung ist noch nicht gebaut; er kommt, sobald Anfragen erfasst werden.</source>
        <translation>The weekly report for the head of unit is not built yet; it comes once inquiries are logged.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="96" />
        <source>Datenbank: lokal ({0})</source>
        <translation>Database: local ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="98" />
        <source>Datenbank: gemeinsam ({0})</source>
        <translation>Database: shared ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="114" />
        <source>&amp;Neuer Kontakt</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="115" />
        <source>Kontakt &amp;suchen</source>
        <translation>&amp;Find contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="116" />
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="117" />
        <source>Eingaben &amp;verwerfen</source>
        <translation>&amp;Discard input</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="119" />
        <source>Kontakte &amp;importieren …</source>
        <translation>&amp;Import contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="121" />
        <source>vCard- oder CSV-Dateien einlesen</source>
        <translation>Read vCard or CSV files</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="124" />
        <source>Als &amp;vCard exportieren …</source>
        <translation>As &amp;vCard …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="127" />
        <source>Als &amp;CSV exportieren …</source>
        <translation>As &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="129" />
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="130" />
        <source>Ü&amp;ber Bürgeranfragen</source>
        <translation>&amp;About Bürgeranfragen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="132" />
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="134" />
        <source>Kontakte &amp;exportieren</source>
        <translation>&amp;Export contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="139" />
        <source>&amp;Kontakt</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="142" />
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="144" />
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="171" />
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="177" />
        <source>Kontakte importieren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="172" />
        <source>Kontaktdateien (*.vcf *.vcard *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="178" />
        <source>Als welche Art sollen die Kontakte angelegt werden?</source>
        <translation>Which kind of contact should be created?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="179" />
        <source>Wie in der Datei (sonst Bürger/in)</source>
        <translation>As the file says (otherwise citizen)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="179" />
        <source>Alle als Presse</source>
        <translation>All as press</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="188" />
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="188" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="189" />
        <source>Kontakte exportieren</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="195" />
        <source>Über Bürgeranfragen</source>
        <translation>About Bürgeranfragen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="197" />
        <source>{0} {1}
Anfragen von Bürgerinnen, Bürgern und Presse erfassen, verteilen und beantworten.

{2}</source>
        <translation>{0} {1}
Log, route and answer inquiries from citizens and the press.

{2}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="213" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="112" />
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="215" />
        <source>Ein Import oder Export läuft noch. Bitte warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</source>
        <translation>An import or export is still running. Please wait until it has finished, or cancel it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="32" />
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="35" />
        <source>Einzelheiten stehen im Protokoll:
{0}</source>
        <translation>Details are in the log:
{0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="48" />
        <source>Ungespeicherte Eingaben</source>
        <translation>Unsaved input</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="49" />
        <source>{0} enthält ungespeicherte Eingaben. Was soll damit geschehen?</source>
        <translation>{0} contains unsaved input. What should happen to it?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="33" />
        <source>importiert</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="34" />
        <source>zusammengeführt</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="35" />
        <source>übersprungen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="43" />
        <source>Import abgeschlossen</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="43" />
        <source>Import abgebrochen</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="48" />
        <source>{0} importiert, {1} mit vorhandenen Kontakten zusammengeführt, {2} übersprungen.</source>
        <translation>{0} imported, {1} merged into existing contacts, {2} skipped.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="52" />
        <source>Der Import wurde abgebrochen; die bis dahin gelesenen Einträge sind gespeichert.</source>
        <translation>The import was cancelled; the entries read until then are stored.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="58" />
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="58" />
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="58" />
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="58" />
        <source>Grund / Hinweise</source>
        <translation>Reason / notes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="129" />
        <source>Kontakte werden importiert …</source>
        <translation>Importing contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="144" />
        <source>Kontakte werden exportiert …</source>
        <translation>Exporting contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="155" />
        <source>{0} von {1} Einträgen …</source>
        <translation>{0} of {1} entries …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="177" />
        <source>Export abgeschlossen</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="177" />
        <source>{0} Kontakte gespeichert in {1}.</source>
        <translation>{0} contacts saved to {1}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="183" />
        <source>Vorgang nicht möglich</source>
        <translation>Not possible</translation>
    </message>
</context>
</TS>