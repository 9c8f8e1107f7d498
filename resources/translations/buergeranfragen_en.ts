<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="94" />
        <source>Diese Zeile entfernen</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="160" />
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="160" />
        <source>Herr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="162" />
        <source>z. B. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="168" />
        <source>z. B. WDR, Rheinische Post</source>
        <translation>e.g. WDR, Rheinische Post</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="170" />
        <source>z. B. Landespolitik</source>
        <translation>e.g. state politics</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="177" />
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="194" />
        <source>z. B. 0211 837-1001</source>
        <translation>e.g. 0211 837-1001</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="195" />
        <source>Weitere Rufnummer</source>
        <translation>Add phone number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="200" />
        <source>name@beispiel.de</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="201" />
        <source>Weitere E-Mail-Adresse</source>
        <translation>Add email address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="208" />
        <location filename="../../src/buergeranfragen/ui/inquiry_model.py" line="51" />
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="112" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="136" />
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="34" />
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="211" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="213" />
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="214" />
        <source>&amp;Vorname</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="215" />
        <source>&amp;Nachname</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="217" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="218" />
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="219" />
        <source>&amp;Medium</source>
        <translation>&amp;Outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="221" />
        <source>Ressort</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="226" />
        <source>Rufnummern</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="227" />
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="40" />
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="49" />
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="34" />
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="230" />
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="234" />
        <source>PLZ, Ort</source>
        <translation>Postcode, city</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="235" />
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="238" />
        <source>Kategorien</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="239" />
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="240" />
        <source>Herkunft</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="244" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="245" />
        <source>Erreichbarkeit</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="246" />
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_form.py" line="247" />
        <source>Weiteres</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="78" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="97" />
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="34" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="34" />
        <source>Organisation / Medium</source>
        <translation>Organisation / outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="48" />
        <location filename="../../src/buergeranfragen/ui/contact_model.py" line="34" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="38" />
        <source>Mögliche Dubletten</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="63" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="166" />
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="65" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="332" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="337" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="349" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="354" />
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="68" />
        <source>Beide Kontakte zu einem vereinen; keine Nummer, Adresse oder Notiz geht verloren.</source>
        <translation>Combine both contacts into one; no number, address or note is lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="95" />
        <source>Suchen: Name, Organisation, Rufnummer in jeder Schreibweise, E-Mail (Strg+F)</source>
        <translation>Search: name, organisation, phone number in any format, email (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="105" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="307" />
        <source>Neuer Kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="55" />
        <source>Anruf erfassen</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="60" />
        <source>Rufnummer des Anrufers, z. B. 0211 837-1001</source>
        <translation>Caller's number, e.g. 0211 837-1001</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="63" />
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="181" />
        <source>Noch keine Rufnummer.</source>
        <translation>No number yet.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="71" />
        <source>Unbekannte Nummer: neuen Kontakt anlegen</source>
        <translation>Unknown number: create a new contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="75" />
        <source>Organisation oder Medium</source>
        <translation>Organisation or outlet</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="77" />
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="78" />
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="79" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="92" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="142" />
        <source>Redaktionsschluss</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="100" />
        <source>Am Telefon erledigt</source>
        <translation>Resolved on the phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="102" />
        <source>Anrufer</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="110" />
        <source>Anliegen</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_model.py" line="53" />
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="113" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="137" />
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="115" />
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="116" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="143" />
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="106" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="52" />
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="126" />
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="134" />
        <source>Anruf um {0}</source>
        <translation>Call at {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="175" />
        <source>Unbekannte Nummer {0}.</source>
        <translation>Unknown number {0}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="179" />
        <source>Noch keine vollständige Rufnummer.</source>
        <translation>Not a complete number yet.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="199" />
        <source>Erkannt</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="199" />
        <source>{0} Kontakte mit dieser Nummer</source>
        <translation>{0} contacts with this number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="208" />
        <source>Offene Anfragen:</source>
        <translation>Open inquiries:</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="210" />
        <source>Keine offenen Anfragen.</source>
        <translation>No open inquiries.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="285" />
        <source>Anruf nicht gespeichert</source>
        <translation>Call not saved</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="293" />
        <source>Anruf verwerfen?</source>
        <translation>Discard call?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="294" />
        <source>Die Eingaben zu diesem Anruf gehen verloren.</source>
        <translation>The input for this call will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="108" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="284" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="53" />
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="295" />
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="169" />
        <source>{0} Kontakte</source>
        <translation>{0} contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="169" />
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="209" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="276" />
        <source>Kontakt nicht verfügbar</source>
        <translation>Contact not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="236" />
        <source>Nicht gespeichert: bitte die markierten Felder prüfen.</source>
        <translation>Not saved: please check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="240" />
        <source>Kontakt wurde inzwischen geändert</source>
        <translation>Contact was changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="242" />
        <source>Neu laden (meine Änderungen verwerfen)</source>
        <translation>Reload (discard my changes)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="243" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="285" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="54" />
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="296" />
        <source>Weiter bearbeiten</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="249" />
        <source>Kontakt gelöscht</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="253" />
        <source>Ihre Eingaben bleiben im Formular; „Speichern“ legt sie als neuen Kontakt an.</source>
        <translation>Your input stays in the form; “Save” stores it as a new contact.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="260" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="279" />
        <source>Speichern nicht möglich</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="265" />
        <source>Gespeichert: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="282" />
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="283" />
        <source>Die ungespeicherten Eingaben in diesem Kontakt gehen verloren.</source>
        <translation>The unsaved input in this contact will be lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="290" />
        <source>Eingaben verworfen.</source>
        <translation>Input discarded.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="296" />
        <source>Das Kontaktformular</source>
        <translation>The contact form</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="334" />
        <source>Ihre Eingaben werden dem vorhandenen Kontakt „{0}“ hinzugefügt. Keine Rufnummer, Adresse oder Notiz geht verloren.</source>
        <translation>Your input will be added to the existing contact “{0}”. No number, address or note is lost.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="338" />
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="355" />
        <location filename="../../src/buergeranfragen/ui/prompts.py" line="77" />
        <location filename="../../src/buergeranfragen/ui/call_form.py" line="127" />
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="151" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="173" />
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="351" />
        <source>„{0}“ wird in „{1}“ übernommen und danach entfernt. Alle Rufnummern, Adressen und Notizen bleiben erhalten.</source>
        <translation>“{0}” is merged into “{1}” and then removed. All numbers, addresses and notes are kept.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="363" />
        <source>Zusammenführen nicht möglich</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/contacts_section.py" line="368" />
        <source>Zusammengeführt: {0}</source>
        <translation>Merged: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="22" />
        <source>Büro</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="23" />
        <source>Mobil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="24" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="25" />
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="30" />
        <source>Privat</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="30" />
        <source>Dienstlich</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="34" />
        <source>Presse</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="34" />
        <source>Bürger/in</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="39" />
        <source>Anruf</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="41" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="42" />
        <source>Eingegeben</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="50" />
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="51" />
        <source>persönlich</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="56" />
        <source>Presseanfrage</source>
        <translation>Press inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="56" />
        <source>Bürgeranfrage</source>
        <translation>Citizen inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="61" />
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/i18n.py" line="62" />
        <source>am Telefon erledigt</source>
        <translation>resolved on the phone</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="64" />
        <source>Anfragen</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="64" />
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="64" />
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="70" />
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="108" />
        <source>Datenbank: lokal ({0})</source>
        <translation>Database: local ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="110" />
        <source>Datenbank: gemeinsam ({0})</source>
        <translation>Database: shared ({0})</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="135" />
        <source>&amp;Neuer Kontakt</source>
        <translation>&amp;New contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="72" />
        <source>Der Wochenbericht für die Referatsleitung ist noch nicht gebaut; er kommt mit der Verteilung und Verfolgung der Anfragen.</source>
        <translation>The weekly report for the head of unit is not built yet; it comes with routing and tracking of inquiries.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="130" />
        <source>&amp;Anruf erfassen</source>
        <translation>&amp;Log a call</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="133" />
        <source>Einen Anruf als Anfrage erfassen</source>
        <translation>Log a call as an inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="136" />
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="137" />
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="138" />
        <source>Eingaben &amp;verwerfen</source>
        <translation>&amp;Discard input</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="140" />
        <source>E-&amp;Mails importieren …</source>
        <translation>Import e&amp;mails …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="142" />
        <source>.eml- oder .msg-Dateien übernehmen</source>
        <translation>Take in .eml or .msg files</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="144" />
        <source>Postfach &amp;abrufen</source>
        <translation>&amp;Fetch mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="145" />
        <source>Post&amp;fächer einrichten …</source>
        <translation>Set up mail&amp;boxes …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="147" />
        <source>Kontakte &amp;importieren …</source>
        <translation>&amp;Import contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="149" />
        <source>vCard- oder CSV-Dateien einlesen</source>
        <translation>Read vCard or CSV files</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="152" />
        <source>Als &amp;vCard exportieren …</source>
        <translation>As &amp;vCard …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="155" />
        <source>Als &amp;CSV exportieren …</source>
        <translation>As &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="158" />
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="160" />
        <source>Ü&amp;ber Bürgeranfragen</source>
        <translation>&amp;About Bürgeranfragen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="162" />
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="168" />
        <source>Kontakte &amp;exportieren</source>
        <translation>&amp;Export contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="173" />
        <source>A&amp;nfrage</source>
        <translation>&amp;Inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="175" />
        <source>&amp;Kontakt</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="178" />
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="180" />
        <source>Werkzeuge</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="243" />
        <source>Anruf gespeichert: {0}</source>
        <translation>Call saved: {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="258" />
        <source>E-Mails importieren</source>
        <translation>Import emails</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="258" />
        <source>E-Mails (*.eml *.msg *.mbox);;Alle Dateien (*)</source>
        <translation>Emails (*.eml *.msg *.mbox);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="295" />
        <source>Kein Postfach eingerichtet (Datei → Postfächer einrichten).</source>
        <translation>No mailbox set up (File → Set up mailboxes).</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="302" />
        <source>Postfach wird abgerufen … {0} von {1}</source>
        <translation>Fetching mailbox … {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="307" />
        <source>Postfach wird abgerufen …</source>
        <translation>Fetching mailbox …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="315" />
        <source>{0} neue Anfragen aus dem Postfach.</source>
        <translation>{0} new inquiries from the mailbox.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="339" />
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="345" />
        <source>Kontakte importieren</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="340" />
        <source>Kontaktdateien (*.vcf *.vcard *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="346" />
        <source>Als welche Art sollen die Kontakte angelegt werden?</source>
        <translation>Which kind of contact should be created?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="347" />
        <source>Wie in der Datei (sonst Bürger/in)</source>
        <translation>As the file says (otherwise citizen)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="347" />
        <source>Alle als Presse</source>
        <translation>All as press</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="356" />
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="356" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="357" />
        <source>Kontakte exportieren</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="363" />
        <source>Über Bürgeranfragen</source>
        <translation>About Bürgeranfragen</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="365" />
        <source>{0} {1}
Anfragen von Bürgerinnen, Bürgern und Presse erfassen, verteilen und beantworten.

{2}</source>
        <translation>{0} {1}
Log, route and answer inquiries from citizens and the press.

{2}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="380" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="174" />
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="382" />
        <source>Ein Import oder Export läuft noch. Bitte warten Sie, bis er fertig ist, oder brechen Sie ihn ab.</source>
        <translation>An import or export is still running. Please wait until it has finished, or cancel it.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/main_window.py" line="390" />
        <source>Das Anrufformular</source>
        <translation>The call form</translation>
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
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="35" />
        <source>importiert</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="36" />
        <source>zusammengeführt</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="37" />
        <source>übersprungen</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="93" />
        <source>Import abgeschlossen</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="93" />
        <source>Import abgebrochen</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="75" />
        <source>{0} importiert, {1} mit vorhandenen Kontakten zusammengeführt, {2} übersprungen.</source>
        <translation>{0} imported, {1} merged into existing contacts, {2} skipped.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="79" />
        <source>Der Import wurde abgebrochen; die bis dahin gelesenen Einträge sind gespeichert.</source>
        <translation>The import was cancelled; the entries read until then are stored.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="97" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="133" />
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="97" />
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="97" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="134" />
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="97" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="138" />
        <source>Grund / Hinweise</source>
        <translation>Reason / notes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="106" />
        <source>{0} Mails als Anfragen übernommen, {1} waren schon vorhanden, {2} abgelehnt.</source>
        <translation>{0} mails taken in as inquiries, {1} were already there, {2} refused.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="109" />
        <source>Der Import wurde abgebrochen.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="111" />
        <source>übernommen</source>
        <translation>taken in</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="112" />
        <source>schon vorhanden</source>
        <translation>already there</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="113" />
        <source>abgelehnt</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="128" />
        <source>E-Mail-Import abgebrochen</source>
        <translation>Email import cancelled</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="128" />
        <source>E-Mail-Import abgeschlossen</source>
        <translation>Email import finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="219" />
        <source>Kontakte werden importiert …</source>
        <translation>Importing contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="235" />
        <source>Gezogene Mail {0}</source>
        <translation>Dropped mail {0}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="246" />
        <source>E-Mails werden übernommen …</source>
        <translation>Taking in emails …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="262" />
        <source>Kontakte werden exportiert …</source>
        <translation>Exporting contacts …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="268" />
        <source>{0} von {1} Einträgen …</source>
        <translation>{0} of {1} entries …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="258" />
        <source>Export abgeschlossen</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="259" />
        <source>{0} Kontakte gespeichert in {1}.</source>
        <translation>{0} contacts saved to {1}.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="283" />
        <source>Vorgang nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="59" />
        <source>Suchen in Betreff, Text, Kontakt und Vorgangsnummer (Strg+F)</source>
        <translation>Search subject, text, contact and reference (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="63" />
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="67" />
        <source>Alle Kanäle</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="71" />
        <source>Jeder Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="78" />
        <source>Jederzeit</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="79" />
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="80" />
        <source>Letzte 7 Tage</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="81" />
        <source>Letzte 30 Tage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="82" />
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="150" />
        <source>mehr als {0} Anfragen – bitte die Suche eingrenzen</source>
        <translation>more than {0} inquiries – please narrow the search</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="154" />
        <source>{0} Anfragen</source>
        <translation>{0} inquiries</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="154" />
        <source>1 Anfrage</source>
        <translation>1 inquiry</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiries_section.py" line="173" />
        <source>Anfrage nicht verfügbar</source>
        <translation>Inquiry not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="128" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="208" />
        <source>Keine Anfrage gewählt</source>
        <translation>No inquiry selected</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_model.py" line="49" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="134" />
        <source>Eingang</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_model.py" line="50" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="135" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_model.py" line="54" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="137" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_model.py" line="52" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="138" />
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="136" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="139" />
        <source>Absender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="140" />
        <source>Weitergeleitet von</source>
        <translation>Forwarded by</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="141" />
        <source>Rufnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="152" />
        <source>Kontakt öffnen</source>
        <translation>Open contact</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="161" />
        <source>Formatierte Ansicht (ohne externe Inhalte)</source>
        <translation>Formatted view (no external content)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="167" />
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="173" />
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="190" />
        <source>(ohne Betreff)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="219" />
        <source>Originalmail</source>
        <translation>Original mail</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="250" />
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="268" />
        <source>Anhang nicht verfügbar</source>
        <translation>Attachment not available</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="253" />
        <source>Anhang öffnen?</source>
        <translation>Open attachment?</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="254" />
        <source>„{0}“ kann ein Programm starten. Nur öffnen, wenn Sie dem Absender vertrauen.</source>
        <translation>“{0}” can start a program. Only open it if you trust the sender.</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="256" />
        <source>Trotzdem öffnen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="256" />
        <source>Nicht öffnen</source>
        <translation>Do not open</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="271" />
        <source>Anhang speichern</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="271" />
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_detail.py" line="280" />
        <source>Die Datei {0} kann nicht geschrieben werden: {1}</source>
        <translation>The file {0} cannot be written: {1}</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/inquiry_model.py" line="48" />
        <location filename="../../src/buergeranfragen/ui/transfer_dialogs.py" line="135" />
        <source>Vorgang</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="39" />
        <source>Postfächer</source>
        <translation>Mailboxes</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="41" />
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="150" />
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="49" />
        <source>TLS (Port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="50" />
        <source>STARTTLS (Port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="51" />
        <source>unverschlüsselt (nur im Testnetz)</source>
        <translation>unencrypted (test networks only)</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="64" />
        <source>Nur Mails ab</source>
        <translation>Only mail since</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="69" />
        <source>leer lassen: Mails bleiben im Ordner</source>
        <translation>leave empty: mails stay in the folder</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="73" />
        <source>Postfach hinzufügen</source>
        <translation>Add mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="76" />
        <source>Neues Postfach</source>
        <translation>New mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="79" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="80" />
        <source>Verschlüsselung</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="81" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="82" />
        <source>Benutzer</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="83" />
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="84" />
        <source>Ordner</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="89" />
        <source>Danach verschieben nach</source>
        <translation>Afterwards move to</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="98" />
        <source>Eingerichtete Postfächer (das Passwort liegt im Schlüsselbund des Systems):</source>
        <translation>Mailboxes set up (the password is kept in the system keyring):</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="148" />
        <source>Postfach entfernen</source>
        <translation>Remove mailbox</translation>
    </message>
    <message>
        <location filename="../../src/buergeranfragen/ui/mailbox_dialog.py" line="149" />
        <source>Das Postfach „{0}“ wird nicht mehr abgerufen.</source>
        <translation>The mailbox “{0}” will no longer be fetched.</translation>
    </message>
</context>
</TS>