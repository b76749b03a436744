"""Beacon PII corpus: independent, labelled, multi-locale documents for measuring PII detectors.

THIS CORPUS MUST NEVER BE USED FOR TUNING. Not for thresholds, not for regexes, not for word
lists, not for picking a model, not for training data, not for "just one quick look" at what a
detector misses. It exists to measure detectors that were built without seeing it. The moment a
detector is adjusted because of a result on Beacon, Beacon stops measuring anything: build another
independent corpus instead.

Data card
---------
Locales (one doc each, in turn): en_US, en_GB, en_CA, en_AU, en_IE, de_DE, fr_FR, es_ES, it_IT,
nl_BE, pt_BR, sv_SE. Each doc is written in the locale's language with that country's names
(Faker), street, postcode and city-line formats, and phone numbers drawn from the country's
number plan (mobile and landline, kept only when `phonenumbers` accepts them for the region),
written in national, international, E.164 and local separator styles; extensions stay outside
the span. IBANs are mod-97 valid and of the country's length, grouped in fours or not; countries
without IBANs use a neighbour's or a usual partner's: en_US and en_AU use GB IBANs (a UK
supplier), en_CA uses FR IBANs (France's IBAN covers Saint-Pierre-et-Miquelon, Canada's
neighbour).

Situations: see SITUATIONS (e-commerce, account access, IT helpdesk, banking, insurance, travel,
utilities, healthcare, rentals, HR/payroll, tax, telecom, education, recruiting, events, car
rental, legal, charity, subscriptions, B2B invoices). Shapes: see SHAPES (prose, HTML, quoted and
forwarded e-mails, internal and CRM notes, three chat export styles, web forms, CSV, markdown and
spreadsheet tables, JSON/API payloads, logs, YAML/.env/INI config, ticket exports, call
transcripts, SMS threads, minutes, calendar invites, shipping labels, vCards, invoices, git
commits with review comments).

What counts as PII (the spans): person (full or partial names, initials + surname, "Last, First",
ALL CAPS, chat handles made from the name; titles outside), address (street + number or PO box
through postcode and city, and a country line when present, one span across lines), phone,
personal e-mail (role mailboxes are not PII), card (Luhn-valid Visa/Mastercard/Amex), iban, ip
(public only), secret (the value of a password, token or API key), url_credentials (the whole
URL with user:password@), dob (a date the text marks as a birth date), ssn (en_US only). Every
occurrence of a labelled value is labelled. About 15% of docs hold no PII at all.

Negatives (BEACON_NEGATIVE_KINDS): hard look-alikes planted in about 60% of docs, 1-4 each:
phone-shaped customer/contract/meter/policy/member/case/reference numbers, IMEIs, serials,
order/tracking/invoice ids, non-birth dates, times, amounts, versions, private IPs, role
mailboxes, product names holding a first name, company names holding a surname, a street, city
or postcode alone, hostnames, UUIDs, hashes, git SHAs, VAT ids, payment references, booking
codes, flight, seat and room numbers, masked cards. They never overlap a span.

Judgement calls: a name handle ("anna.rossi", "arossi") is a person span outside e-mail
addresses; a name-based work address (j.smith@company) is a personal e-mail; any valid phone
number, IBAN or street address is PII whoever it belongs to (a company's IBAN on an invoice
too); a c/o line names a company, never a person, so no name nests inside an address; in a
quoted reply a multi-line address is quoted on one line; a vCard ADR value is one address span;
initials never start with "M." (French "M." is a title); one-time codes are left out entirely.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import random
import re
import sys
import unicodedata
import uuid
from pathlib import Path

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat, PhoneNumberType

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import (  # noqa: E402
    assemble_doc,
    corpus_main,
    every_occurrence_labelled,
    luhn_valid,
)

Piece = tuple[str, str | None, str | None]

BEACON_LOCALES = (
    "en_US",
    "en_GB",
    "en_CA",
    "en_AU",
    "en_IE",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_BE",
    "pt_BR",
    "sv_SE",
)
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_CA": "CA",
    "en_AU": "AU",
    "en_IE": "IE",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "sv_SE": "SE",
}
LANG = {loc: loc.split("_")[0] for loc in BEACON_LOCALES}
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "sv")
IBAN_LENGTH = {
    "GB": 22,
    "IE": 22,
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "BE": 16,
    "BR": 29,
    "SE": 24,
}
IBAN_COUNTRY = {"US": "GB", "AU": "GB", "CA": "FR"}
COUNTRY_NAME = {
    "en_US": "USA",
    "en_GB": "United Kingdom",
    "en_CA": "Canada",
    "en_AU": "Australia",
    "en_IE": "Ireland",
    "de_DE": "Deutschland",
    "fr_FR": "France",
    "es_ES": "España",
    "it_IT": "Italia",
    "nl_BE": "België",
    "pt_BR": "Brasil",
    "sv_SE": "Sverige",
}
DATE_FMT = {
    "en_US": "%m/%d/%Y",
    "en_CA": "%Y-%m-%d",
    "sv_SE": "%Y-%m-%d",
    "de_DE": "%d.%m.%Y",
    "nl_BE": "%d-%m-%Y",
}

# situation | likely PII types | likely negative kinds | topic in en|de|fr|es|it|nl|pt|sv
_SITUATION_TEXT = """\
ecommerce|address phone email card|order_id tracking_number product_name amount masked_card|my order and the return|meine Bestellung und die Rücksendung|ma commande et le retour|mi pedido y la devolución|il mio ordine e il reso|mijn bestelling en de retour|meu pedido e a devolução|min beställning och returen
account_access|email phone ip secret|version uuid time role_email customer_number|access to my account|den Zugang zu meinem Konto|l'accès à mon compte|el acceso a mi cuenta|l'accesso al mio account|de toegang tot mijn account|o acesso à minha conta|inloggningen till mitt konto
it_helpdesk|ip secret url_credentials email|hostname private_ip version serial_number git_sha hash|the VPN and my laptop|das VPN und meinen Laptop|le VPN et mon ordinateur|la VPN y mi portátil|la VPN e il mio portatile|de VPN en mijn laptop|a VPN e meu notebook|VPN:en och min dator
banking|iban card dob address ssn|amount payment_reference masked_card date customer_number|a card payment I do not recognise|eine Kartenzahlung, die ich nicht kenne|un paiement par carte inconnu|un cargo en la tarjeta que no reconozco|un addebito sulla carta che non riconosco|een kaartbetaling die ik niet herken|uma compra no cartão que não reconheço|en kortbetalning jag inte känner igen
insurance|dob address phone iban|policy_number case_number date amount|my claim after the water damage|meine Schadensmeldung (Wasserschaden)|ma déclaration de sinistre dégât des eaux|mi parte por daños de agua|la mia denuncia di sinistro|mijn schadeclaim voor waterschade|meu sinistro de dano por água|min skadeanmälan om vattenskada
travel|phone email dob card|booking_code flight_number seat_number room_number date time|my hotel booking and flight|meine Hotelbuchung und den Flug|ma réservation d'hôtel et mon vol|mi reserva de hotel y el vuelo|la prenotazione dell'hotel e il volo|mijn hotelboeking en vlucht|minha reserva de hotel e o voo|min hotellbokning och flyget
utilities|address iban phone|meter_number contract_number amount date postcode_only|my meter reading and the bill|meinen Zählerstand und die Abrechnung|mon relevé de compteur et la facture|la lectura del contador y la factura|la lettura del contatore e la bolletta|mijn meterstand en de afrekening|a leitura do medidor e a conta|min mätarställning och fakturan
healthcare|dob phone address ssn|member_number date time room_number case_number|my appointment and prescription|meinen Termin und das Rezept|mon rendez-vous et mon ordonnance|mi cita y la receta|il mio appuntamento e la ricetta|mijn afspraak en het recept|minha consulta e a receita|min tid och mitt recept
rental|address iban phone|contract_number street_only amount date company_name|the repair in my flat|die Reparatur in meiner Wohnung|la réparation dans mon appartement|la reparación en mi piso|la riparazione nel mio appartamento|de herstelling in mijn appartement|o conserto no meu apartamento|reparationen i min lägenhet
hr_payroll|iban dob address ssn email|member_number date amount company_name|my onboarding and first payslip|mein Onboarding und die erste Gehaltsabrechnung|mon intégration et ma première fiche de paie|mi incorporación y la primera nómina|il mio onboarding e la prima busta paga|mijn onboarding en eerste loonstrook|minha admissão e o primeiro holerite|min introduktion och första lönespecifikation
tax_gov|dob address ssn iban|case_number reference date amount vat_id|my tax return form|meine Steuererklärung|ma déclaration d'impôts|mi declaración de la renta|la mia dichiarazione dei redditi|mijn belastingaangifte|minha declaração de imposto|min deklaration
telecom|phone dob address|imei contract_number customer_number serial_number|my SIM swap and the new phone|den SIM-Tausch und das neue Handy|le changement de carte SIM|el cambio de SIM y el móvil nuevo|il cambio SIM e il nuovo telefono|de simwissel en mijn nieuwe toestel|a troca do chip e o celular novo|SIM-bytet och min nya telefon
education|dob email address|member_number date room_number time|my enrolment and the exam|meine Einschreibung und die Prüfung|mon inscription et l'examen|mi matrícula y el examen|la mia iscrizione e l'esame|mijn inschrijving en het examen|minha matrícula e a prova|min antagning och tentan
recruiting|email phone address|reference date time company_name|my application for the open position|meine Bewerbung auf die Stelle|ma candidature au poste|mi candidatura al puesto|la mia candidatura per la posizione|mijn sollicitatie voor de vacature|minha candidatura à vaga|min ansökan till tjänsten
events|email phone card|booking_code seat_number amount date city_only|my tickets for the conference|meine Tickets für die Konferenz|mes billets pour la conférence|mis entradas para el congreso|i miei biglietti per la conferenza|mijn tickets voor het congres|meus ingressos para a conferência|mina biljetter till konferensen
car_rental|card dob phone address|booking_code amount date time|my rental car and the deposit|meinen Mietwagen und die Kaution|ma voiture de location et la caution|mi coche de alquiler y la fianza|l'auto a noleggio e il deposito|mijn huurauto en de borg|meu carro alugado e o depósito|min hyrbil och depositionen
legal|address dob phone|case_number date company_name reference|the notice about my lease|das Schreiben zu meinem Mietvertrag|le courrier concernant mon bail|la carta sobre mi contrato de alquiler|la lettera sul mio contratto|de brief over mijn huurcontract|a notificação sobre meu contrato|brevet om mitt hyresavtal
charity|iban address email|member_number payment_reference amount date|my monthly donation|meine monatliche Spende|mon don mensuel|mi donación mensual|la mia donazione mensile|mijn maandelijkse gift|minha doação mensal|min månatliga gåva
subscription|card email ip|customer_number amount date version masked_card|cancelling my subscription|die Kündigung meines Abos|la résiliation de mon abonnement|la baja de mi suscripción|la disdetta del mio abbonamento|het opzeggen van mijn abonnement|o cancelamento da assinatura|uppsägningen av min prenumeration
b2b_invoice|iban email phone address|invoice_number vat_id payment_reference amount company_name|the open invoice from last month|die offene Rechnung vom letzten Monat|la facture impayée du mois dernier|la factura pendiente del mes pasado|la fattura aperta del mese scorso|de openstaande factuur van vorige maand|a fatura em aberto do mês passado|den obetalda fakturan från förra månaden
"""  # noqa: E501
_SITUATION_TABLE = tuple(
    (row[0], "|".join(row[3:]), row[1], row[2])
    for row in (line.split("|") for line in _SITUATION_TEXT.splitlines())
)
SITUATIONS = tuple(row[0] for row in _SITUATION_TABLE)
_SIT = {row[0]: (row[1].split("|"), row[2].split(), row[3].split()) for row in _SITUATION_TABLE}
_TECH_SITUATIONS = (
    "it_helpdesk",
    "account_access",
    "subscription",
    "ecommerce",
    "banking",
    "telecom",
)

SHAPES = (
    "email",
    "html_email",
    "quoted_reply",
    "forwarded",
    "internal_note",
    "chat_slack",
    "chat_whatsapp",
    "chat_widget",
    "web_form",
    "csv",
    "markdown_table",
    "spreadsheet_paste",
    "json_record",
    "app_log",
    "config",
    "ticket_export",
    "call_transcript",
    "sms_thread",
    "meeting_minutes",
    "crm_note",
    "calendar_invite",
    "shipping_label",
    "vcard",
    "invoice_text",
    "git_commit",
)
_TECH_SHAPES = ("app_log", "config", "git_commit", "json_record")

# Words per language, "|"-separated in LANGS order; lists inside one language use "~".
_WORDS_TABLE = {
    "hi": "Hi|Hallo|Bonjour|Hola|Ciao|Hallo|Olá|Hej",
    "dear": "Dear|Guten Tag|Bonjour|Estimado/a|Gentile|Beste|Prezado(a)|Hej",
    "thanks": "Thanks,|Danke!|Merci d'avance,|Gracias,|Grazie,|Bedankt,|Obrigado,|Tack!",
    "regards": "Best regards,|Viele Grüße|Cordialement,|Un saludo,|Cordiali saluti,|Met vriendelijke groeten,|Atenciosamente,|Vänliga hälsningar,",  # noqa: E501
    "all": "team|zusammen|à tous|equipo|a tutti|allemaal|equipe|alla",
    "support": "Customer Support|Kundenservice|Service client|Atención al cliente|Assistenza clienti|Klantenservice|Atendimento ao cliente|Kundtjänst",  # noqa: E501
    "subject": "Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Assunto|Ämne",
    "from": "From|Von|De|De|Da|Van|De|Från",
    "to": "To|An|À|Para|A|Aan|Para|Till",
    "date": "Date|Datum|Date|Fecha|Data|Datum|Data|Datum",
    "wrote": "wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev",
    "on": "On|Am|Le|El|Il|Op|Em|Den",
    "fwd": "Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada|Vidarebefordrat meddelande",  # noqa: E501
    "fyi": "FYI, see the customer's mail below.|Zur Info, siehe Mail unten.|Pour info, voir le mail ci-dessous.|Para tu información, ver el correo abajo.|Per conoscenza, vedi la mail sotto.|Ter info, zie de mail hieronder.|Para conhecimento, veja o e-mail abaixo.|För kännedom, se mejlet nedan.",  # noqa: E501
    "note": "Internal note|Interne Notiz|Note interne|Nota interna|Nota interna|Interne notitie|Nota interna|Intern anteckning",  # noqa: E501
    "customer": "Customer|Kunde|Client|Cliente|Cliente|Klant|Cliente|Kund",
    "agent": "Agent|Mitarbeiter|Conseiller|Agente|Operatore|Medewerker|Atendente|Handläggare",
    "me": "Me|Ich|Moi|Yo|Io|Ik|Eu|Jag",
    "minutes": "Meeting minutes|Protokoll|Compte rendu|Acta de la reunión|Verbale della riunione|Notulen|Ata da reunião|Mötesprotokoll",  # noqa: E501
    "attendees": "Attendees|Teilnehmer|Participants|Asistentes|Partecipanti|Aanwezig|Participantes|Närvarande",  # noqa: E501
    "actions": "Action items|Aufgaben|Actions|Tareas|Azioni|Actiepunten|Ações|Åtgärder",
    "invoice": "INVOICE|RECHNUNG|FACTURE|FACTURA|FATTURA|FACTUUR|FATURA|FAKTURA",
    "bill_to": "Bill to|Rechnungsadresse|Facturé à|Facturar a|Intestatario|Factuuradres|Faturar para|Fakturaadress",  # noqa: E501
    "ship_to": "SHIP TO|LIEFERADRESSE|DESTINATAIRE|DESTINATARIO|DESTINATARIO|LEVERADRES|DESTINATÁRIO|MOTTAGARE",  # noqa: E501
    "sender": "FROM|ABSENDER|EXPÉDITEUR|REMITENTE|MITTENTE|AFZENDER|REMETENTE|AVSÄNDARE",
    "total": "Total due|Gesamtbetrag|Total TTC|Total|Totale|Totaal|Total|Att betala",
    "pay_to": "Please pay to|Bitte überweisen auf|Merci de régler sur|Pague a la cuenta|Pagare su|Gelieve te betalen op|Pagar na conta|Betala till",  # noqa: E501
    "ext": "ext.|Durchwahl|poste|ext.|int.|toestel|ramal|ankn.",
    "reach": "You can reach me on {phonex}.|Sie erreichen mich unter {phonex}.|Vous pouvez me joindre au {phonex}.|Pueden llamarme al {phonex}.|Potete chiamarmi al {phonex}.|U kunt mij bereiken op {phonex}.|Podem me ligar no {phonex}.|Ni når mig på {phonex}.",  # noqa: E501
    "born": "My date of birth is {dob}.|Mein Geburtsdatum ist der {dob}.|Je suis né(e) le {dob}.|Mi fecha de nacimiento es {dob}.|Sono nato/a il {dob}.|Mijn geboortedatum is {dob}.|Minha data de nascimento é {dob}.|Jag är född {dob}.",  # noqa: E501
    "on_file": "We have these details on file:|Folgende Daten haben wir gespeichert:|Voici les coordonnées enregistrées :|Estos son los datos que tenemos registrados:|Questi sono i dati registrati:|Deze gegevens hebben we geregistreerd:|Estes são os dados cadastrados:|Följande uppgifter finns registrerade:",  # noqa: E501
    "myaddr": "My address is:|Meine Adresse:|Mon adresse :|Mi dirección:|Il mio indirizzo:|Mijn adres:|Meu endereço:|Min adress:",  # noqa: E501
    "details": "Here are my details:|Hier meine Daten:|Voici mes coordonnées :|Estos son mis datos:|Ecco i miei dati:|Hier zijn mijn gegevens:|Seguem meus dados:|Här är mina uppgifter:",  # noqa: E501
    "ask": "I'm writing about {topic}.~Could you please help me with {topic}?~I still have a problem with {topic}.~Quick question regarding {topic}.|Es geht um {topic}.~Könnten Sie bitte {topic} prüfen?~Ich möchte {topic} klären.~Betrifft: {topic}.|Je vous écris au sujet de {topic}.~Pourriez-vous m'aider pour {topic} ?~J'ai toujours un problème avec {topic}.~Petite question concernant {topic}.|Les escribo por {topic}.~¿Podrían ayudarme con {topic}?~Sigo teniendo un problema con {topic}.~Una consulta rápida sobre {topic}.|Vi scrivo per {topic}.~Potete aiutarmi con {topic}?~Ho ancora un problema con {topic}.~Ho bisogno di aiuto per {topic}.|Ik schrijf u over {topic}.~Kunt u mij helpen met {topic}?~Ik heb nog steeds een probleem met {topic}.~Korte vraag over {topic}.|Escrevo sobre {topic}.~Vocês podem me ajudar com {topic}?~Continuo com um problema com {topic}.~Uma dúvida rápida sobre {topic}.|Jag skriver angående {topic}.~Kan ni hjälpa mig med {topic}?~Jag har fortfarande problem med {topic}.~En snabb fråga om {topic}.",  # noqa: E501
    "reply": "Thanks for getting in touch.~I have checked your request and updated your file.~We have escalated your case to the right team.~Your request has been processed.|Danke für Ihre Nachricht.~Ich habe Ihr Anliegen geprüft und Ihre Daten aktualisiert.~Wir haben Ihren Fall an die zuständige Abteilung weitergegeben.~Ihre Anfrage wurde bearbeitet.|Merci pour votre message.~J'ai vérifié votre demande et mis à jour votre dossier.~Nous avons transmis votre dossier au service compétent.~Votre demande a été traitée.|Gracias por escribirnos.~He revisado su solicitud y actualizado su ficha.~Hemos escalado su caso al equipo correspondiente.~Su solicitud ha sido tramitada.|Grazie per averci scritto.~Ho verificato la sua richiesta e aggiornato la pratica.~Abbiamo inoltrato il suo caso al reparto competente.~La sua richiesta è stata elaborata.|Bedankt voor uw bericht.~Ik heb uw aanvraag nagekeken en uw dossier bijgewerkt.~We hebben uw dossier doorgestuurd naar het juiste team.~Uw aanvraag is verwerkt.|Obrigado pelo contato.~Verifiquei sua solicitação e atualizei seu cadastro.~Encaminhamos seu caso para a equipe responsável.~Sua solicitação foi processada.|Tack för att du hörde av dig.~Jag har kontrollerat ditt ärende och uppdaterat dina uppgifter.~Vi har skickat ditt ärende vidare till rätt avdelning.~Din förfrågan är hanterad.",  # noqa: E501
    "hello": "Hi, how can I help you today?|Hallo, wie kann ich Ihnen helfen?|Bonjour, comment puis-je vous aider ?|Hola, ¿en qué puedo ayudarle?|Buongiorno, come posso aiutarla?|Hallo, waarmee kan ik u helpen?|Olá, como posso ajudar?|Hej, vad kan jag hjälpa dig med?",  # noqa: E501
    "chat_a": "Let me check that for you.~Could you confirm a few details?~Thanks, one moment please.|Ich schaue kurz nach.~Können Sie mir ein paar Angaben bestätigen?~Danke, einen Moment bitte.|Je regarde tout de suite.~Pouvez-vous me confirmer quelques informations ?~Merci, un instant s'il vous plaît.|Lo reviso ahora mismo.~¿Puede confirmarme algunos datos?~Gracias, un momento por favor.|Controllo subito.~Può confermarmi alcuni dati?~Grazie, un attimo per favore.|Ik kijk het even na.~Kunt u enkele gegevens bevestigen?~Bedankt, een ogenblik alstublieft.|Vou verificar para você.~Pode confirmar alguns dados?~Obrigado, um momento por favor.|Jag kollar det åt dig.~Kan du bekräfta några uppgifter?~Tack, ett ögonblick.",  # noqa: E501
    "close": "Great, thank you!~Perfect, thanks a lot.|Super, vielen Dank!~Perfekt, danke.|Parfait, merci beaucoup !~Super, merci.|¡Perfecto, muchas gracias!~Genial, gracias.|Perfetto, grazie mille!~Ottimo, grazie.|Super, hartelijk bedankt!~Perfect, dank u.|Perfeito, muito obrigado!~Ótimo, obrigado.|Toppen, tack så mycket!~Perfekt, tack.",  # noqa: E501
    "done": "All sorted, closing the ticket.~Customer informed, waiting for reply.|Erledigt, Ticket wird geschlossen.~Kunde informiert, warten auf Antwort.|Réglé, ticket clôturé.~Client informé, en attente de réponse.|Resuelto, cierro el ticket.~Cliente informado, a la espera de respuesta.|Risolto, chiudo il ticket.~Cliente informato, in attesa di risposta.|Opgelost, ticket wordt gesloten.~Klant geïnformeerd, wacht op antwoord.|Resolvido, encerrando o chamado.~Cliente informado, aguardando retorno.|Löst, stänger ärendet.~Kunden informerad, väntar på svar.",  # noqa: E501
    "labels": "Name~Address~Phone~Mobile~E-mail~Date of birth~Card number~IBAN~Password~API key~IP address~SSN~Database URL|Name~Adresse~Telefon~Handy~E-Mail~Geburtsdatum~Kartennummer~IBAN~Passwort~API-Schlüssel~IP-Adresse~SSN~Datenbank-URL|Nom~Adresse~Téléphone~Portable~E-mail~Date de naissance~Numéro de carte~IBAN~Mot de passe~Clé API~Adresse IP~SSN~URL de la base|Nombre~Dirección~Teléfono~Móvil~Correo~Fecha de nacimiento~Número de tarjeta~IBAN~Contraseña~Clave API~Dirección IP~SSN~URL de la base de datos|Nome~Indirizzo~Telefono~Cellulare~E-mail~Data di nascita~Numero carta~IBAN~Password~Chiave API~Indirizzo IP~SSN~URL database|Naam~Adres~Telefoon~Gsm~E-mail~Geboortedatum~Kaartnummer~IBAN~Wachtwoord~API-sleutel~IP-adres~SSN~Database-URL|Nome~Endereço~Telefone~Celular~E-mail~Data de nascimento~Número do cartão~IBAN~Senha~Chave de API~Endereço IP~SSN~URL do banco|Namn~Adress~Telefon~Mobil~E-post~Födelsedatum~Kortnummer~IBAN~Lösenord~API-nyckel~IP-adress~SSN~Databas-URL",  # noqa: E501
    "title_m": "Mr|Herr|M.|Sr.|Sig.|dhr.|Sr.|",
    "title_f": "Ms|Frau|Mme|Sra.|Sig.ra|mevr.|Sra.|",
}
WORDS = {
    lang: {key: row.split("|")[i] for key, row in _WORDS_TABLE.items()}
    for i, lang in enumerate(LANGS)
}
_LIST_WORDS = ("ask", "reply", "chat_a", "close", "done", "labels")
_FIELD_KEYS = (
    "name",
    "address",
    "phone",
    "mobile",
    "email",
    "dob",
    "card",
    "iban",
    "password",
    "token",
    "ip",
    "ssn",
    "db_url",
)
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # noqa: E501
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # noqa: E501
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # noqa: E501
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}

# ----------------------------------------------------------------------------------------------
# Negatives: kind -> label (en|de|fr|es|it|nl|pt|sv, or one label for all)
_NEG_LABELS = {
    "customer_number": "Customer no.|Kundennummer|N° client|N.º de cliente|Codice cliente|Klantnummer|Nº do cliente|Kundnummer",  # noqa: E501
    "contract_number": "Contract no.|Vertragsnummer|N° de contrat|N.º de contrato|N. contratto|Contractnummer|Nº do contrato|Avtalsnummer",  # noqa: E501
    "meter_number": "Meter no.|Zählernummer|N° de compteur|N.º de contador|Matricola contatore|Meternummer|Nº do medidor|Mätarnummer",  # noqa: E501
    "policy_number": "Policy no.|Versicherungsschein-Nr.|N° de police|N.º de póliza|N. polizza|Polisnummer|Nº da apólice|Försäkringsnummer",  # noqa: E501
    "member_number": "Member ID|Mitgliedsnummer|N° d'adhérent|N.º de socio|N. tessera|Lidnummer|Nº de sócio|Medlemsnummer",  # noqa: E501
    "case_number": "Case no.|Vorgangsnummer|N° de dossier|N.º de expediente|N. pratica|Dossiernummer|Nº do protocolo|Ärendenummer",  # noqa: E501
    "reference": "Reference|Referenz|Référence|Referencia|Riferimento|Referentie|Referência|Referens",  # noqa: E501
    "imei": "IMEI",
    "serial_number": "Serial no.|Seriennummer|N° de série|N.º de serie|Numero di serie|Serienummer|Nº de série|Serienummer",  # noqa: E501
    "order_id": "Order|Bestellung|Commande|Pedido|Ordine|Bestelling|Pedido|Order",
    "tracking_number": "Tracking no.|Sendungsnummer|N° de suivi|N.º de seguimiento|Tracking|Trackingnummer|Código de rastreio|Kollinummer",  # noqa: E501
    "invoice_number": "Invoice|Rechnung|Facture|Factura|Fattura|Factuur|Fatura|Faktura",
    "date": "Due date|Fällig am|Échéance|Vencimiento|Scadenza|Vervaldatum|Vencimento|Förfallodatum",  # noqa: E501
    "time": "Time|Uhrzeit|Heure|Hora|Ora|Tijd|Horário|Tid",
    "amount": "Amount|Betrag|Montant|Importe|Importo|Bedrag|Valor|Belopp",
    "version": "App version|App-Version|Version de l'app|Versión de la app|Versione app|App-versie|Versão do app|Appversion",  # noqa: E501
    "private_ip": "Internal IP|Interne IP|IP interne|IP interna|IP interno|Intern IP|IP interno|Intern IP",  # noqa: E501
    "role_email": "Contact|Kontakt|Contact|Contacto|Contatto|Contact|Contato|Kontakt",
    "product_name": "Product|Produkt|Produit|Producto|Prodotto|Product|Produto|Produkt",
    "company_name": "Supplier|Lieferant|Fournisseur|Proveedor|Fornitore|Leverancier|Fornecedor|Leverantör",  # noqa: E501
    "street_only": "Closed street|Gesperrte Straße|Rue fermée|Calle cortada|Strada chiusa|Afgesloten straat|Rua interditada|Avstängd gata",  # noqa: E501
    "city_only": "Branch|Filiale|Agence|Oficina|Filiale|Filiaal|Agência|Kontor",
    "postcode_only": "Delivery area|Liefergebiet (PLZ)|Zone de livraison|Zona de reparto (CP)|Zona di consegna (CAP)|Leveringszone|Área de entrega (CEP)|Leveransområde",  # noqa: E501
    "hostname": "Host",
    "uuid": "Request ID",
    "hash": "SHA-256",
    "git_sha": "Commit",
    "vat_id": "VAT no.|USt-IdNr.|N° TVA|NIF-IVA|P.IVA|Btw-nr.|Inscrição Estadual|Momsreg.nr",
    "payment_reference": "Payment reference|Verwendungszweck|Référence de paiement|Concepto|Causale|Mededeling|Referência do pagamento|OCR",  # noqa: E501
    "booking_code": "Booking code|Buchungscode|Code de réservation|Localizador|Codice prenotazione|Boekingscode|Código da reserva|Bokningskod",  # noqa: E501
    "flight_number": "Flight|Flug|Vol|Vuelo|Volo|Vlucht|Voo|Flyg",
    "seat_number": "Seat|Sitzplatz|Siège|Asiento|Posto|Stoel|Assento|Plats",
    "room_number": "Room|Zimmer|Chambre|Habitación|Camera|Kamer|Quarto|Rum",
    "masked_card": "Card|Karte|Carte|Tarjeta|Carta|Kaart|Cartão|Kort",
}
BEACON_NEGATIVE_KINDS = tuple(_NEG_LABELS)
_PRODUCTS = (
    "Emma Original mattress",
    "Echo Dot with Alexa",
    "Kate Spade tote bag",
    "Tommy Hilfiger polo shirt",
    "Sofia armchair",
    "Oscar desk lamp",
    "Lucas coffee table",
    "Marie biscuits 200 g",
    "Victoria sponge mix",
    "Oliver kids' bike",
    "Paula's Choice BHA exfoliant",
    "Hugo Boss Bottled 100 ml",
    "Ruby red grapefruit juice",
    "Jasmine rice 5 kg",
    "Peter Rabbit plush toy",
    "Max Pro blender",
    "Leo floor lamp",
    "Sarah Jessica Parker Lovely EDP",
    "Elsa dress-up costume",
    "Henry hoover HVR160",
)
_AIRLINES = ("LH", "BA", "AF", "IB", "AZ", "SN", "LA", "SK", "AA", "AC", "QF", "EI", "KL", "FR")
_CA_PROV = ("ON", "QC", "BC", "AB", "MB", "NS", "NB", "SK", "NL", "PE")
_EIRCODE_KEYS = (
    "D02",
    "D04",
    "D06",
    "D08",
    "D15",
    "A65",
    "A94",
    "T12",
    "T23",
    "H91",
    "V94",
    "X91",
    "F92",
    "R95",
    "W23",
    "K78",
    "P31",
)
_NICKS = {
    "William": "Bill",
    "Robert": "Bob",
    "Elizabeth": "Liz",
    "Katherine": "Kate",
    "Michael": "Mike",
    "Jennifer": "Jen",
    "Christopher": "Chris",
    "Matthew": "Matt",
    "Daniel": "Dan",
    "Alexander": "Alex",
    "Margaret": "Maggie",
    "Thomas": "Tom",
    "Joseph": "Joe",
    "Patricia": "Patty",
    "Rebecca": "Becky",
    "Samuel": "Sam",
    "Benjamin": "Ben",
    "Jessica": "Jess",
    "Nicholas": "Nick",
    "Anthony": "Tony",
    "Francesco": "Checco",
    "Giuseppe": "Beppe",
    "Alessandro": "Ale",
    "Francisco": "Paco",
    "José": "Pepe",
    "Wolfgang": "Wolfi",
    "Johannes": "Hannes",
    "Gabriele": "Gabi",
    "Eduardo": "Edu",
    "Antônio": "Tonho",
    "Frédéric": "Fred",
}
_ROLES = ("support", "noreply", "billing", "info", "help", "service", "hr", "accounts")
_ENVS = ("prod", "stg", "eu-west-1", "int")
_HOSTS = ("db", "api", "mail", "vpn", "git", "cache", "auth", "files", "queue", "ci")
_BANKS = {"GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"), "IE": ("AIBK", "BOFI", "IPBS")}


def _words(lang: str, key: str):
    value = WORDS[lang][key]
    return value.split("~") if key in _LIST_WORDS else value


def _fold(s: str) -> str:
    """ASCII, lower case, letters and digits only (for e-mail local parts and handles)."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = "") -> str:
    alphabet = alphabet or "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------- values
def _phone_number(rng: random.Random, region: str, kind: str):
    """A number from the region's plan: the example number's first digit kept, the rest drawn,
    kept only when phonenumbers calls it valid and of the wanted type."""
    ptype = PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, ptype)
    cc = example.country_code
    nsn = phonenumbers.format_number(example, PhoneNumberFormat.E164)[1 + len(str(cc)) :]
    ok_types = (ptype, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    for _ in range(400):
        num = phonenumbers.parse(f"+{cc}{nsn[0]}{_digits(rng, len(nsn) - 1)}")
        valid = phonenumbers.is_valid_number_for_region(num, region)
        if valid and phonenumbers.number_type(num) in ok_types:
            return num
    return example


def _phone_text(rng: random.Random, region: str, kind: str) -> str:
    """The number written in one of the styles people use, checked to parse back for region."""
    num = _phone_number(rng, region, kind)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    styles = [
        nat,
        nat,
        intl,
        intl,
        e164,
        nat.replace(" ", ""),
        intl.replace(" ", "-"),
        "00" + intl[1:],
    ]
    if region in ("US", "CA"):
        d = str(num.national_number)
        styles += [
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"+1 {d[:3]} {d[3:6]} {d[6:]}",
            f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
        ]
    elif region in ("GB", "IE", "DE", "IT", "BE"):
        styles += [nat.replace(" ", "-"), intl.replace(" ", " ", 1)]
        if nat.startswith("0") and region != "IT":
            styles.append(f"+{num.country_code} (0){nat[1:]}")
    elif region in ("FR", "ES", "SE", "BR", "AU"):
        styles += [nat.replace(" ", "."), nat.replace(" ", "-")]
    for _ in range(6):
        text = rng.choice(styles)
        try:
            back = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        valid = phonenumbers.is_valid_number_for_region(back, region)
        if valid and back.national_number == num.national_number:
            return text
    return nat


def _card(rng: random.Random) -> str:
    brand = rng.choice(("visa", "visa", "mc", "mc2", "amex"))
    if brand == "amex":
        body = rng.choice(("34", "37")) + _digits(rng, 12)
    elif brand == "visa":
        body = "4" + _digits(rng, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + _digits(rng, 13)
    else:
        body = str(rng.randint(2221, 2720)) + _digits(rng, 11)
    number = next(body + d for d in "0123456789" if luhn_valid(body + d))
    sep = rng.choice((" ", " ", "-", ""))
    groups = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
    out, pos = [], 0
    for g in groups:
        out.append(number[pos : pos + g])
        pos += g
    return sep.join(out)


def _mod97(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def _bban(rng: random.Random, country: str) -> str:
    if country in ("GB", "IE"):
        return rng.choice(_BANKS[country]) + _digits(rng, 14)
    if country == "DE":
        return _digits(rng, 18)
    if country == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if country == "ES":
        bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

        def dc(digits: str) -> str:
            v = 11 - sum(int(x) * w for x, w in zip(digits, weights, strict=True)) % 11
            return str({11: 0, 10: 1}.get(v, v))

        return f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
    if country == "IT":
        return rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + _digits(rng, 22)
    if country == "BE":
        first = _digits(rng, 10)
        return f"{first}{(int(first) % 97) or 97:02d}"
    if country == "BR":
        return _digits(rng, 23) + "C1"
    return rng.choice(("500", "300", "800", "600", "120")) + _digits(rng, 17)  # SE


def _iban(rng: random.Random, country: str) -> str:
    bban = _bban(rng, country)
    iban = f"{country}{98 - _mod97(bban + country + '00'):02d}{bban}"
    assert len(iban) == IBAN_LENGTH[country] and _mod97(iban[4:] + iban[:4]) == 1
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def _public_ip(rng: random.Random, v6: bool = False) -> str:
    while True:
        if v6:
            head = rng.choice(("2a00", "2a02", "2a01", "2001", "2600", "2607", "2804", "2c0f"))
            tail = ":".join(f"{rng.getrandbits(16):x}" for _ in range(7))
            ip = ipaddress.ip_address(f"{head}:{tail}")
        else:
            ip = ipaddress.ip_address(
                f"{rng.randint(1, 223)}.{rng.randint(0, 255)}."
                f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            )
        if ip.is_global and not ip.is_multicast and not ip.is_private:
            return str(ip)


def _private_ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "127.0.0.1",
            f"fd{rng.getrandbits(8):02x}:{rng.getrandbits(16):x}::{rng.getrandbits(16):x}",
            f"192.0.2.{rng.randint(1, 254)}",
        )
    )


def _secret(rng: random.Random, kind: str) -> str:
    a = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    if kind == "password":
        word = rng.choice(
            (
                "Sommer",
                "Winter",
                "Bella",
                "Dragon",
                "Sunshine",
                "Primavera",
                "Kattunge",
                "Soleil",
                "Liberty",
                "Monkey",
                "Futebol",
                "Amsterdam",
            )
        )
        return rng.choice(
            (
                f"{word}{rng.randint(1970, 2024)}{rng.choice('!?#$%&*')}",
                _alnum(rng, rng.randint(10, 16), a + "!#$%&*+-"),
                f"{word.lower()}_{_digits(rng, 3)}{rng.choice('!#.')}{word[0]}",
            )
        )
    return rng.choice(
        (
            "sk_live_" + _alnum(rng, 24, a),
            "ghp_" + _alnum(rng, 36, a),
            "xoxb-" + _digits(rng, 12) + "-" + _digits(rng, 13) + "-" + _alnum(rng, 24, a),
            "AKIA" + _alnum(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _alnum(rng, 48, a) + "." + _alnum(rng, 43, a),
            "glpat-" + _alnum(rng, 20, a),
            _alnum(rng, 40, a + "/+"),
            "SG." + _alnum(rng, 22, a) + "." + _alnum(rng, 43, a),
        )
    )


def _date_text(ctx: Ctx, year0: int, year1: int, long_form: bool | None = None) -> str:
    rng = ctx.rng
    y, m, d = rng.randint(year0, year1), rng.randint(1, 12), rng.randint(1, 28)
    if long_form is None:
        long_form = rng.random() < 0.3
    if long_form:
        month = _MONTHS[ctx.lang].split()[m - 1]
        if ctx.locale == "en_US":
            return f"{month} {d}, {y}"
        if ctx.lang in ("es", "pt"):
            return f"{d} de {month} de {y}"
        return f"{d}. {month} {y}" if ctx.lang == "de" else f"{d} {month} {y}"
    fmt = DATE_FMT.get(ctx.locale, "%d/%m/%Y")
    return fmt.replace("%Y", str(y)).replace("%m", f"{m:02d}").replace("%d", f"{d:02d}")


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


# ---------------------------------------------------------------------------------- people
def _surname(ctx: Ctx) -> str:
    fk, rng, lang = ctx.fk, ctx.rng, ctx.lang
    last = fk.last_name()
    roll = rng.random()
    if lang == "es" and roll < 0.6 or lang == "pt" and roll < 0.4:
        last = f"{last} {fk.last_name()}"
    elif lang == "pt" and roll < 0.55 and last[0].isupper():
        last = f"{rng.choice(('da', 'dos', 'de'))} {last}"
    elif lang in ("de", "fr", "en") and roll < 0.08:
        last = f"{last}-{fk.last_name()}"
    elif lang == "de" and roll < 0.12:
        last = f"von {last}"
    elif lang == "fr" and roll < 0.12:
        last = f"de {last}"
    return last


def _new_person(ctx: Ctx) -> dict:
    fk, rng = ctx.fk, ctx.rng
    male = rng.random() < 0.5
    first = fk.first_name_male() if male else fk.first_name_female()
    last = _surname(ctx)
    title = _words(ctx.lang, "title_m" if male else "title_f")
    if ctx.lang == "en" and rng.random() < 0.15:
        title = "Dr"
    f, la = _fold(first), _fold(last)
    handle = rng.choice((f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la[0]}", f"{f}{la[:3]}", f"{la}.{f}"))
    local = rng.choice((handle, f"{f}.{la}", f"{f}{rng.randint(1, 99)}", f"{f[0]}.{la}"))
    domain = fk.free_email_domain()
    return {
        "first": first,
        "last": last,
        "title": title,
        "handle": handle,
        "email": f"{local}@{domain}",
        "nick": _NICKS.get(first, first),
    }


def _name_form(p: dict, form: str) -> list[Piece] | None:
    first, last = p["first"], p["last"]
    if form == "tlast":
        if not p["title"]:
            return [(f"{first} {last}", "person", None)]
        return [(p["title"] + " ", None, None), (last, "person", None)]
    text = {
        "full": f"{first} {last}",
        "first": first,
        "last": last,
        "lastfirst": f"{last}, {first}",
        "caps": f"{last.upper()} {first}",
        "upper": f"{first} {last}".upper(),
        "initials": f"{first[0]}. {last}" if first[0] != "M" else f"{first} {last}",
        "handle": p["handle"],
        "nick": p["nick"],
        "email": p["email"],
    }.get(form)
    if text is None:
        return None
    return [(text, "email" if form == "email" else "person", None)]


# ---------------------------------------------------------------------------------- addresses
_ADDR = {
    "en_US": (
        "{num} {street}\n{city}, {state} {pc}",
        "{num} {street}, {unit}\n{city}, {state} {pc}",
        "{num} {street}\n{unit}\n{city}, {state} {pc}",
        "PO Box {box}\n{city}, {state} {pc}",
        "{num} {street} {unit}\n{city} {state} {pc}",
    ),
    "en_GB": (
        "{num} {street}\n{city}\n{pc}",
        "{unit}\n{num} {street}\n{city}\n{pc}",
        "{unit}, {num} {street}\n{city} {pc}",
        "PO Box {box}\n{city}\n{pc}",
    ),
    "en_CA": (
        "{num} {street}\n{city} {state} {pc}",
        "{unit}-{num} {street}\n{city}, {state} {pc}",
        "PO Box {box}, Stn Main\n{city} {state} {pc}",
    ),
    "en_AU": (
        "{num} {street}\n{city} {state} {pc}",
        "{unit}/{num} {street}\n{city} {state} {pc}",
        "PO Box {box}\n{city} {state} {pc}",
    ),
    "en_IE": (
        "{num} {street}\n{city}\nCo. {state}\n{pc}",
        "Apt {unit}, {num} {street}\n{city}\n{pc}",
        "{num} {street}\n{city}, Co. {state}\n{pc}",
    ),
    "de_DE": (
        "{street} {num}\n{pc} {city}",
        "{street} {num}, {unit}\n{pc} {city}",
        "Postfach {box}\n{pc} {city}",
    ),
    "fr_FR": (
        "{num} {street}\n{pc} {city}",
        "{unit}\n{num} {street}\n{pc} {city}",
        "BP {box}\n{pc} {city} CEDEX",
        "{num}, {street}\n{pc} {city}",
    ),
    "es_ES": (
        "{street}, {num}, {unit}\n{pc} {city}",
        "{street} {num}\n{pc} {city} ({state})",
        "Apartado de Correos {box}\n{pc} {city}",
    ),
    "it_IT": (
        "{street} {num}\n{pc} {city} ({state})",
        "{street}, {num} {unit}\n{pc} {city} {state}",
        "Casella Postale {box}\n{pc} {city} ({state})",
    ),
    "nl_BE": (
        "{street} {num}\n{pc} {city}",
        "{street} {num} {unit}\n{pc} {city}",
        "Postbus {box}\n{pc} {city}",
    ),
    "pt_BR": (
        "{street}, {num} - {unit}\n{bairro}\n{city} - {state}\n{pc}",
        "{street}, {num}\n{bairro}, {city} - {state}\n{pc}",
        "Caixa Postal {box}\n{pc} {city} - {state}",
    ),
    "sv_SE": (
        "{street} {num}\n{pc} {city}",
        "{street} {num}, {unit}\n{pc} {city}",
        "Box {box}\n{pc} {city}",
    ),
}
_UNITS = {
    "en_US": ("Apt {n}", "Suite {n}0", "Unit {n}B", "Apt {n}C"),
    "en_GB": ("Flat {n}", "Flat {n}B"),
    "en_CA": ("{n}", "{n}0"),
    "en_AU": ("{n}",),
    "en_IE": ("{n}",),
    "de_DE": ("Hinterhaus", "{n}. OG", "Whg. {n}"),
    "fr_FR": ("Bât. B, Apt {n}", "Résidence Les Pins, Apt {n}", "Appartement {n}"),
    "es_ES": ("{n}º B", "{n}º A", "Bajo", "{n}º {n}ª"),
    "it_IT": ("int. {n}", "scala B int. {n}"),
    "nl_BE": ("bus {n}", "bus {n}0"),
    "pt_BR": ("Apto {n}01", "Bloco B, Apto {n}2", "Casa {n}"),
    "sv_SE": ("lgh 1{n}02", "{n} tr"),
}


def _address_parts(ctx: Ctx) -> dict:
    fk, rng, loc = ctx.fk, ctx.rng, ctx.locale
    pc = fk.postcode()
    if loc == "pt_BR":
        digits = re.sub(r"\D", "", pc).ljust(8, "0")
        pc = f"{digits[:5]}-{digits[5:8]}"
    elif loc == "sv_SE":
        digits = re.sub(r"\D", "", pc)
        pc = f"{digits[:3]} {digits[3:5]}"
    elif loc == "en_IE":
        pc = f"{rng.choice(_EIRCODE_KEYS)} {_alnum(rng, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    elif loc == "en_US" and rng.random() < 0.2:
        pc = f"{pc}-{_digits(rng, 4)}"
    state = ""
    if loc in ("en_US",):
        state = fk.state_abbr(include_territories=False)
    elif loc in ("en_AU", "it_IT"):
        state = fk.state_abbr()
    elif loc == "pt_BR":
        state = fk.estado_sigla()
    elif loc == "en_CA":
        state = rng.choice(_CA_PROV)
    elif loc in ("en_IE", "es_ES"):
        state = fk.administrative_unit()
    num = str(rng.randint(1, 240)) if rng.random() < 0.85 else str(rng.randint(1000, 9999))
    if loc in ("de_DE", "nl_BE") and rng.random() < 0.15:
        num += rng.choice("abc")
    n = str(rng.randint(1, 9))
    return {
        "num": num,
        "street": fk.street_name(),
        "unit": rng.choice(_UNITS[loc]).replace("{n}", n),
        "pc": pc,
        "city": fk.city(),
        "state": state,
        "box": str(rng.randint(10, 9999)),
        "bairro": fk.bairro() if loc == "pt_BR" else "",
    }


def _address(ctx: Ctx) -> str:
    rng = ctx.rng
    parts = _address_parts(ctx)
    text = rng.choice(_ADDR[ctx.locale])
    for key, value in parts.items():
        text = text.replace("{" + key + "}", value)
    if rng.random() < 0.08 and ctx.locale != "pt_BR" and not re.search("Box|BP|Post", text):
        text = f"c/o {ctx.fk.company()}\n{text}"
    if rng.random() < 0.25:
        text += "\n" + COUNTRY_NAME[ctx.locale]
    return text


# ---------------------------------------------------------------------------------- negatives
def _phone_shaped(rng: random.Random) -> str:
    pattern = rng.choice(
        (
            "#### ### ####",
            "### ### ####",
            "####-###-###",
            "## ## ## ## ##",
            "#### ######",
            "###-####-###",
            "### #### ####",
            "##########",
        )
    )
    return "".join(rng.choice("0123456789") if ch == "#" else ch for ch in pattern)


def _imei(rng: random.Random) -> str:
    body = rng.choice(("35", "86", "01", "99")) + _digits(rng, 12)
    imei = next(body + d for d in "0123456789" if luhn_valid(body + d))
    return rng.choice((imei, f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}"))


def _vat(ctx: Ctx) -> str:
    rng, loc = ctx.rng, ctx.locale
    return {
        "en_US": f"{_digits(rng, 2)}-{_digits(rng, 7)}",
        "en_GB": f"GB{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}",
        "en_CA": f"{_digits(rng, 9)} RT0001",
        "en_AU": f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "en_IE": f"IE{_digits(rng, 7)}{rng.choice('ABCDEFGHW')}",
        "de_DE": f"DE{_digits(rng, 9)}",
        "fr_FR": f"FR{_digits(rng, 2)} {_digits(rng, 9)}",
        "es_ES": f"ES{rng.choice('ABG')}{_digits(rng, 8)}",
        "it_IT": f"IT{_digits(rng, 11)}",
        "nl_BE": f"BE0{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
        "pt_BR": f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
        "sv_SE": f"SE{_digits(rng, 10)}01",
    }[loc]


def _payment_reference(ctx: Ctx) -> str:
    rng = ctx.rng
    if ctx.locale == "nl_BE":
        d = _digits(rng, 10)
        return f"+++{d[:3]}/{d[3:7]}/{d[7:]}{(int(d) % 97) or 97:02d}+++"
    if ctx.locale == "sv_SE":
        return _digits(rng, rng.randint(8, 14))
    ref = _alnum(rng, rng.randint(6, 12))
    check = 98 - _mod97(ref + "RF00")
    value = f"RF{check:02d}{ref}"
    return rng.choice(
        (
            value,
            " ".join(value[i : i + 4] for i in range(0, len(value), 4)),
            f"{ctx.brand[:3].upper()}-{_digits(rng, 8)}",
        )
    )


def _amount(ctx: Ctx, v: float | None = None) -> str:
    rng = ctx.rng
    if v is None:
        v = rng.randint(5, 2500) + rng.randint(0, 99) / 100
    en = f"{v:,.2f}"
    eu = en.replace(",", " ").replace(".", ",").replace(" ", ".")
    return {
        "en_US": f"${en}",
        "en_CA": f"CA${en}",
        "en_AU": f"A${en}",
        "en_GB": f"£{en}",
        "en_IE": f"€{en}",
        "pt_BR": f"R$ {eu}",
        "sv_SE": f"{eu.replace('.', ' ')} kr",
        "de_DE": f"{eu} €",
        "fr_FR": f"{eu.replace('.', ' ')} €",
    }.get(ctx.locale, f"{eu} €")


def _id_value(ctx: Ctx, kind: str) -> str:
    """Negatives written in one of a few shapes."""
    rng = ctx.rng
    year, d4 = rng.randint(2022, 2025), _digits(rng, 4)
    forms = {
        "order_id": lambda: (
            f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
            f"ORD-{year}-{_digits(rng, 6)}",
            _digits(rng, 8),
        ),
        "tracking_number": lambda: (
            "1Z" + _alnum(rng, 6) + _digits(rng, 10),
            "JJD" + _digits(rng, 18),
            f"LX{_digits(rng, 9)}{ctx.region}",
        ),
        "invoice_number": lambda: (
            f"INV-{year}-{_digits(rng, 5)}",
            f"RE-{year}/{d4}",
            f"F{_digits(rng, 8)}",
        ),
        "time": lambda: (
            f"{rng.randint(7, 20)}:{rng.choice(('00', '15', '30', '45'))}",
            f"{rng.randint(1, 12)}:{rng.randint(10, 59)} pm",
        ),
        "version": lambda: (
            f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{d4[0]}-rc{d4[1]}",
        ),
        "masked_card": lambda: (f"**** **** **** {d4}", f"XXXX-XXXX-XXXX-{d4}", f"•••• {d4}"),
    }
    return rng.choice(forms[kind]())


def _neg_value(ctx: Ctx, kind: str) -> str:
    rng, fk = ctx.rng, ctx.fk
    phone_shaped = (
        "customer_number",
        "contract_number",
        "meter_number",
        "policy_number",
        "member_number",
        "case_number",
        "reference",
    )
    if kind in phone_shaped:
        return _phone_shaped(rng)
    gens = {
        "imei": lambda: _imei(rng),
        "serial_number": lambda: _alnum(rng, rng.randint(10, 12)),
        "date": lambda: _date_text(ctx, 2023, 2026),
        "amount": lambda: _amount(ctx),
        "private_ip": lambda: _private_ip(rng),
        "role_email": lambda: f"{rng.choice(_ROLES)}@{ctx.site}",
        "product_name": lambda: rng.choice(_PRODUCTS),
        "company_name": lambda: fk.company(),
        "street_only": lambda: fk.street_name(),
        "city_only": lambda: fk.city(),
        "postcode_only": lambda: _address_parts(ctx)["pc"],
        "hostname": lambda: (
            f"{rng.choice(_HOSTS)}-{rng.randint(1, 9):02d}.{rng.choice(_ENVS)}.{ctx.site}"
        ),  # noqa: E501
        "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "hash": lambda: hashlib.sha256(_digits(rng, 20).encode()).hexdigest(),
        "git_sha": lambda: hashlib.sha1(_digits(rng, 20).encode()).hexdigest()[
            : rng.choice((7, 8, 40))
        ],
        "vat_id": lambda: _vat(ctx),
        "payment_reference": lambda: _payment_reference(ctx),
        "booking_code": lambda: _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        "flight_number": lambda: f"{rng.choice(_AIRLINES)} {rng.randint(10, 4999)}",
        "seat_number": lambda: f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}",
        "room_number": lambda: str(rng.choice((rng.randint(101, 950), rng.randint(1, 40)))),
    }
    if kind not in gens:
        return _id_value(ctx, kind)
    return gens[kind]()


def _neg_label(ctx: Ctx, kind: str) -> str:
    labels = _NEG_LABELS[kind].split("|")
    label = labels[LANGS.index(ctx.lang)] if len(labels) > 1 else labels[0]
    if kind == "vat_id" and ctx.locale in ("en_US", "en_AU", "en_CA"):
        label = {"en_US": "EIN", "en_AU": "ABN", "en_CA": "GST/HST no."}[ctx.locale]
    return label


def _draw_negatives(ctx: Ctx) -> list[tuple[str, str, str, str]]:
    """1-4 (key, label, value, kind): half from the situation's usual kinds, half from all."""
    rng = ctx.rng
    kinds: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
        pool = _SIT[ctx.situation][2] if rng.random() < 0.4 else BEACON_NEGATIVE_KINDS
        kind = rng.choice(pool)
        if kind not in kinds:
            kinds.append(kind)
    return [(k, _neg_label(ctx, k), _neg_value(ctx, k), k) for k in kinds]


# ---------------------------------------------------------------------------------- context
class Ctx:
    """One doc being drawn: its locale, situation, which PII types it holds, and the values
    (drawn once, so every mention of the customer is the same value)."""

    def __init__(self, rng, fk, locale: str, situation: str, clean: bool, need=()) -> None:
        self.rng, self.fk, self.locale, self.situation = rng, fk, locale, situation
        self.lang, self.region, self.clean = LANG[locale], REGION[locale], clean
        self.company = fk.company()
        words = [w for w in re.split(r"[ ,&-]+", self.company) if len(w) > 2 and w[0].isupper()]
        self.brand = words[0] if words else "Nordwind"
        self.site = f"{_fold(self.brand) or 'shop'}.{self._tld()}"
        self.types = self._draw_types()
        if not clean:
            self.types += [t for t in need if t not in self.types]
        self.p = _new_person(self) if "person" in self.types else None
        self.a = _new_person(self) if self.p and rng.random() < 0.75 else None
        self.c = _new_person(self) if self.p and rng.random() < 0.5 else None
        if self.a:
            local = rng.choice(("{f}.{l}", "{f}", "{i}{l}", "{i}.{l}"))
            f, la = _fold(self.a["first"]), _fold(self.a["last"])
            self.a["email"] = local.format(f=f, l=la, i=f[:1]) + "@" + self.site
        self.negs: list[tuple[str, str, str, str]] = []
        self.said: list[str] = []
        self._cache: dict[str, str] = {}

    def _tld(self) -> str:
        return {
            "en_US": "com",
            "en_GB": "co.uk",
            "en_CA": "ca",
            "en_AU": "com.au",
            "en_IE": "ie",
            "pt_BR": "com.br",
            "nl_BE": "be",
            "sv_SE": "se",
        }.get(self.locale, self.region.lower())

    def _draw_types(self) -> list[str]:
        if self.clean:
            return []
        rng = self.rng
        likely = _SIT[self.situation][1]
        types = ["person"] if rng.random() < 0.93 else []
        for t in (
            "email",
            "phone",
            "address",
            "card",
            "iban",
            "ip",
            "secret",
            "url_credentials",
            "dob",
            "ssn",
        ):
            if t == "ssn" and self.locale != "en_US":
                continue
            p = 0.6 if t in likely else 0.35 if t == "ssn" else 0.07
            if t in ("email", "phone"):
                p = max(p, 0.4)
            if rng.random() < p:
                types.append(t)
        if not types:
            types.append(rng.choice(("email", "phone", "address")))
        return types

    def has(self, t: str) -> bool:
        return t in self.types

    def val(self, key: str) -> str | None:
        """The doc's value for key (drawn once), or None when the doc holds no such value."""
        need = _TYPE_OF[key]
        if need not in self.types or (key == "email" and not self.p):
            return None
        if key not in self._cache:
            self._cache[key] = self._draw_value(key)
        return self._cache[key]

    def _draw_value(self, key: str) -> str:
        rng = self.rng
        if key == "email":
            return self.p["email"]
        if key in ("phone", "mobile", "office"):
            kind = "fixed" if key == "office" else "mobile" if key == "mobile" else "any"
            if kind == "any":
                kind = rng.choice(("mobile", "fixed"))
            return _phone_text(rng, self.region, kind)
        if key == "addr":
            return _address(self)
        if key in ("ip", "ip6"):
            return _public_ip(rng, v6=key == "ip6")
        if key in ("password", "token"):
            return _secret(rng, key)
        if key == "urlcred":
            user = rng.choice(
                ("deploy", "app_rw", "svc-backup", "admin", self.p["handle"] if self.p else "ci")
            )  # noqa: E501
            host = f"{rng.choice(_HOSTS)}.{self.site}"
            return rng.choice(
                (
                    f"postgres://{user}:{_secret(rng, 'password')}@{host}:5432/{self.brand.lower()}",  # noqa: E501
                    f"https://{user}:{_secret(rng, 'password')}@{host}/repo.git",
                    f"mysql://{user}:{_alnum(rng, 14)}@{host}:3306/app",
                    f"ftp://{user}:{_secret(rng, 'password')}@{host}/upload",
                    f"redis://:{_alnum(rng, 20)}@{host}:6379/0",
                    f"amqp://{user}:{_alnum(rng, 16)}@{host}:5672/%2F",
                )
            )
        if key == "dob":
            return _date_text(self, 1942, 2006)
        if key == "ssn":
            return _ssn(rng)
        if key == "card":
            return _card(rng)
        country = IBAN_COUNTRY.get(self.region, self.region)
        return _iban(rng, country)

    def word(self, key: str):
        return _words(self.lang, key)

    def label(self, field: str) -> str:
        return self.word("labels")[_FIELD_KEYS.index(field)]

    def date(self) -> str:
        return _date_text(self, 2024, 2025, long_form=False)

    def time(self) -> str:
        return f"{self.rng.randint(7, 19):02d}:{self.rng.randint(0, 59):02d}"


# ---------------------------------------------------------------------------------- templates
_SLOT = re.compile(r"\{(\w+)\}")
_TYPE_OF = {
    "email": "email",
    "phone": "phone",
    "mobile": "phone",
    "office": "phone",
    "addr": "address",
    "card": "card",
    "iban": "iban",
    "ip": "ip",
    "ip6": "ip",
    "password": "secret",
    "token": "secret",
    "urlcred": "url_credentials",
    "dob": "dob",
    "ssn": "ssn",
}


def _slot(ctx: Ctx, key: str) -> list[Piece] | None:
    rng = ctx.rng
    if key.startswith("w_"):
        got = _line(ctx, ctx.word(key[2:]))
        if got is not None and key in ("w_born", "w_reach"):
            ctx.said.append("dob" if key == "w_born" else "phone")
        return got
    for prefix, person in (("a_", ctx.a), ("c_", ctx.c), ("", ctx.p)):
        if key.startswith(prefix) and person is not None:
            form = _name_form(person, key[len(prefix) :])
            if form is not None and (prefix or key != "email" or ctx.has("email")):
                return form
    if key in _TYPE_OF:
        value = ctx.val(key)
        return None if value is None else [(value, _TYPE_OF[key], None)]
    if key == "addr1":
        value = ctx.val("addr")
        return None if value is None else [(value.replace("\n", ", "), "address", None)]
    if key == "addr_up":
        value = ctx.val("addr")
        return None if value is None else [(value.upper(), "address", None)]
    if key == "phonex":
        value = ctx.val("phone")
        if value is None:
            return None
        out: list[Piece] = [(value, "phone", None)]
        if rng.random() < 0.25:
            out.append((f" {ctx.word('ext')} {rng.randint(10, 499)}", None, None))
        return out
    if key == "greet":
        if not ctx.p:
            return [(ctx.word("all"), None, None)]
        return _name_form(ctx.p, rng.choice(("first", "first", "tlast", "full", "nick")))
    if key == "sign":
        if not ctx.a:
            return [(f"{ctx.brand} {ctx.word('support')}", None, None)]
        return _name_form(ctx.a, rng.choice(("full", "first", "initials")))
    if key == "csign":
        return _name_form(ctx.p, rng.choice(("full", "first", "nick"))) if ctx.p else None
    if key in ("ask", "reply", "chat_a", "close", "done"):
        return _line(ctx, rng.choice(ctx.word(key)))
    if key == "topic":
        return [(_SIT[ctx.situation][0][LANGS.index(ctx.lang)], None, None)]
    if key == "negs":
        return _neg_lines(ctx)
    if key == "negs1":
        return _neg_lines(ctx, sep=" | ")
    if key == "kv":
        return _kv(ctx)
    if key in ("details", "on_file"):
        kv = _kv(ctx)
        return None if kv is None else [(ctx.word(key) + "\n", None, None), *kv]
    plain = {
        "company": ctx.company,
        "brand": ctx.brand,
        "site": ctx.site,
        "role": f"{rng.choice(('support', 'service', 'help', 'contact'))}@{ctx.site}",
        "noreply": f"noreply@{ctx.site}",
        "date": ctx.date(),
        "time": ctx.time(),
        "ticket": _digits(rng, 6),
        "year": str(rng.randint(2023, 2025)),
        "situation": ctx.situation,
    }
    if key in plain:
        return [(plain[key], None, None)]
    return _extra_slot(ctx, key)


def _line(ctx: Ctx, line: str) -> list[Piece] | None:
    """One template line: None when any slot in it has no value in this doc."""
    out: list[Piece] = []
    for i, part in enumerate(_SLOT.split(line)):
        if i % 2 == 0:
            if part:
                out.append((part, None, None))
            continue
        got = _slot(ctx, part)
        if got is None:
            return None
        out.extend(got)
    return out


def render(ctx: Ctx, template: str) -> list[Piece]:
    """A template, line by line; a line whose slots the doc cannot fill is left out, and a line
    "A || B" is the first of its alternatives the doc can fill."""
    out: list[Piece] = []
    for line in template.splitlines(keepends=True):
        end = "\n" if line.endswith("\n") else ""
        for alt in line[: len(line) - len(end)].split(" || "):
            got = _line(ctx, alt + end)
            if got is not None:
                out.extend(got)
                break
    return out


def fields(ctx: Ctx, oneline: bool = True) -> list[tuple[str, str, str, str]]:
    """(key, label, value, type) for the customer's details this doc holds (not the name)."""
    out = []
    for key, vkey in (
        ("email", "email"),
        ("phone", "phone"),
        ("mobile", "mobile"),
        ("address", "addr"),
        ("dob", "dob"),
        ("card", "card"),
        ("iban", "iban"),
        ("ip", "ip"),
        ("password", "password"),
        ("token", "token"),
        ("db_url", "urlcred"),
        ("ssn", "ssn"),
    ):
        if key == "mobile" and ctx.rng.random() < 0.6:
            continue
        if key in ("password", "token") and ctx.rng.random() < 0.4 or key in ctx.said:
            continue
        value = ctx.val(vkey)
        if value is None:
            continue
        if key == "address" and oneline:
            value = value.replace("\n", ", ")
        out.append((key, ctx.label(key), value, _TYPE_OF[vkey]))
    return out


def _kv(ctx: Ctx, fmt: str = "{label}: {value}", sep: str = "\n", oneline: bool = False):
    """The customer's details, one per fmt, joined by sep (None when there are none). A
    multi-line address under a "label:" goes on the lines after its label."""
    chunks = []
    for key, label, value, etype in fields(ctx, oneline):
        head, tail = fmt.replace("{label}", label).replace("{key}", key).split("{value}")
        if "\n" in value and head.endswith(": "):
            head = head[:-1] + "\n"
        chunks.append([(head, None, None), (value, etype, None), (tail, None, None)])
    return _joined(chunks, sep)


def _neg_lines(ctx: Ctx, fmt: str = "{label}: {value}", sep: str = "\n"):
    """The planted negatives, one per fmt, joined by sep (None when the doc has none)."""
    chunks = []
    for key, label, value, kind in ctx.negs:
        head, tail = fmt.replace("{label}", label).replace("{key}", key).split("{value}")
        chunks.append([(head, None, None), (value, None, kind), (tail, None, None)])
    return _joined(chunks, sep)


def _joined(chunks: list[list[Piece]], sep: str) -> list[Piece] | None:
    if not chunks:
        return None
    out: list[Piece] = []
    for k, chunk in enumerate(chunks):
        if k:
            out.append((sep, None, None))
        out.extend(p for p in chunk if p[0])
    return out


def _quote(pieces: list[Piece]) -> list[Piece]:
    """The pieces as a quoted reply: '> ' at the start of every line."""
    out: list[Piece] = [("> ", None, None)]
    for text, etype, neg in pieces:
        if etype or neg:
            out.append((text.replace("\n", ", "), etype, neg))
        else:
            out.append((text.replace("\n", "\n> "), None, None))
    if out[-1][0].endswith("\n> "):
        out[-1] = (out[-1][0][:-2], None, None)
    return out


# ---------------------------------------------------------------------------------- shapes
_EMAIL_IN = """{w_from}: {full} <{email}>
{w_to}: {role}
{w_subject}: {topic}

{w_hi} {brand}, || {w_hi},

{ask}
{w_born}
{w_reach}
{details}
{negs}

{w_thanks}
{csign}
{phone}
"""
_EMAIL_OUT = """{w_subject}: Re: {topic}

{w_dear} {greet},

{reply}
{on_file}
{negs}

{w_regards}
{sign}
{a_email}
{office}
{company}
"""
_HTML = """<html><body>
<p>{w_dear} {greet},</p>
<p>{reply}</p>
<p>{ask}</p>
<table>{kv_html}</table>
<p>{negs_html}</p>
<p>{w_regards}<br>
{sign}<br>
<a href="mailto:{a_email}">{a_email}</a></p>
<p style="font-size:10px">{company} &middot; <a href="https://www.{site}">www.{site}</a></p>
</body></html>
"""
_QUOTED_HEAD = """{reply}
{negs}

{w_regards}
{sign}

"""
_FORWARD = """{fyi}

---------- {w_fwd} ---------
{w_from}: {full} <{email}> || {w_from}: {full} || {w_from}: {role}
{w_date}: {date} {time}
{w_subject}: {topic}
{w_to}: {role}
Cc: {c_full} <{c_email}>

{w_hi},
{ask}
{details}
{negs}
{csign}
"""
_NOTE = """[{w_note}] #{ticket} {date} {time}
{w_customer}: {caps}
{reply}
{kv}
{negs}
{done}
-- {a_initials}
"""
_TICKET = """Ticket #{ticket} | {w_subject}: {topic} | Status: open | Priority: normal
Requester: {full} <{email}> || Requester: {full} || Requester: {role}
Assignee: {a_full}
Created: {date} {time}
----------------------------------------
[{date} {time}] {lastfirst}
{ask}
{details}
----------------------------------------
[{date} {time}] {a_first} ({brand}) || [{date} {time}] {brand}
{reply}
{negs}
"""
_MINUTES = """# {w_minutes}: {topic}
{w_date}: {date}
{w_attendees}: {full}, {a_full}, {c_full} || {w_attendees}: {full}, {a_full} || {w_attendees}: {full}, {c_full} || {w_attendees}: {full} || {w_attendees}: {brand} {w_support}

1. {reply}
2. {ask}
{negs}

## {w_actions}
- {first}: {done}
- {a_initials}: {close}
- {c_first}: {w_born}
"""  # noqa: E501
_CRM = """CRM · {company} · {lastfirst} || CRM · {company} · #{ticket}
{date} {a_initials}: {reply} || {date}: {reply}
{w_customer}: {tlast}
{kv}
{negs}
{done}
"""
_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//{brand}//Calendar//EN
BEGIN:VEVENT
DTSTART:{ics_date}
SUMMARY:{topic}
ORGANIZER;CN={a_full}:mailto:{a_email} || ORGANIZER:mailto:{noreply}
ATTENDEE;CN={full};RSVP=TRUE:mailto:{email}
ATTENDEE;CN={c_full}:mailto:{c_email}
LOCATION:{addr1}
DESCRIPTION:Dial-in {office}
COMMENT:{negs1}
END:VEVENT
END:VCALENDAR
"""
_LABEL = """{w_sender}:
{company}
{w_ship_to}:
{upper}
{addr_up}
TEL {phone}
{negs}
"""
_VCARD = """BEGIN:VCARD
VERSION:3.0
N:{last};{first};;;
FN:{full}
ORG:{company}
TEL;TYPE=CELL:{mobile}
TEL;TYPE=HOME:{phone}
EMAIL;TYPE=INTERNET:{email}
ADR;TYPE=HOME:;;{addr1};;;;
BDAY:{dob}
NOTE:{negs1}
END:VCARD
"""
_INVOICE = """{company}
{w_invoice}                                   {w_date}: {date}

{w_bill_to}:
{full}
{addr}
{phone}

Pos   Description                         Qty        Amount
{items}
{w_pay_to}: {iban}
{negs}
"""
_GIT = """commit {sha}
Author: {full} <{email}> || Author: {handle} <{a_email}> || Author: ci-bot <{noreply}>
Date:   {gitdate}

    {commit_subj}

    Remove the credentials that were committed by mistake.
    Reported-by: {c_full} <{c_email}>

diff --git a/config/settings.py b/config/settings.py
-API_KEY = "{token}"
+API_KEY = os.environ["API_KEY"]
-DATABASE_URL = "{urlcred}"
+DATABASE_URL = os.environ["DATABASE_URL"]
-ADMIN_PASSWORD = "{password}"
+ADMIN_PASSWORD = os.environ["ADMIN_PASSWORD"]

--- review comment by {a_handle} --- || --- review comment ---
@{handle} please rotate these before merging. || Please rotate these before merging.
{negs1}
"""
_COMMITS = (
    "Move secrets out of settings",
    "Fix token refresh on login",
    "Rotate leaked credentials",
    "Hotfix: payment webhook retries",
    "Add customer export job",
    "Fix VPN profile script",
    "Clean up debug logging",
)
_ITEMS = (
    "Service fee",
    "Consulting (hours)",
    "Annual licence",
    "Shipping",
    "Support plan",
    "Installation",
    "Spare parts",
    "Cleaning service",
    "Monthly plan",
    "Setup fee",
)


def _extra_slot(ctx: Ctx, key: str) -> list[Piece] | None:
    """Slots only some shapes use (markup and filler)."""
    rng = ctx.rng
    if key == "kv_html":
        return _kv(ctx, "<tr><td>{label}</td><td>{value}</td></tr>", "", oneline=True)
    if key == "negs_html":
        return _neg_lines(ctx, "{label}: {value}", "<br>\n")
    if key == "fyi":
        return [(ctx.word("fyi"), None, None)]
    if key == "ics_date":
        return [
            (
                f"2025{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(8, 17):02d}0000Z",  # noqa: E501
                None,
                None,
            )
        ]  # noqa: E501
    if key == "items":
        lines, total = [], 0.0
        for pos in range(1, rng.randint(2, 4)):
            qty, price = rng.randint(1, 3), rng.randint(5, 900) + rng.choice((0, 0.5, 0.99))
            total += qty * price
            lines.append(f"{pos:<6}{rng.choice(_ITEMS):<36}{qty:<11}{_amount(ctx, qty * price)}")
        lines.append(f"\n{ctx.word('total') + ':':<53}{_amount(ctx, total)}")
        return [("\n".join(lines), None, None)]
    if key == "commit_subj":
        return [(rng.choice(_COMMITS), None, None)]
    if key == "sha":
        return [(hashlib.sha1(_digits(rng, 12).encode()).hexdigest(), None, None)]
    if key == "gitdate":
        return [
            (
                f"Tue Mar {rng.randint(1, 28)} {ctx.time()}:{rng.randint(10, 59)} 2025 +0100",
                None,
                None,
            )
        ]  # noqa: E501
    return None


def _shape_email(ctx: Ctx) -> list[Piece]:
    return render(ctx, _EMAIL_IN if ctx.rng.random() < 0.5 else _EMAIL_OUT)


def _shape_html(ctx: Ctx) -> list[Piece]:
    return render(ctx, _HTML)


def _shape_quoted(ctx: Ctx) -> list[Piece]:
    head = render(ctx, _QUOTED_HEAD)
    who = render(ctx, "{w_on} {date} {time}, {full} <{email}> {w_wrote}:\n")
    if not who:
        who = render(ctx, "{w_on} {date} {time}, {role} {w_wrote}:\n")
    body = render(ctx, "{w_hi},\n\n{ask}\n{w_born}\n{details}\n\n{csign}\n")
    return head + who + _quote(body)


def _dialogue(ctx: Ctx, style: str) -> list[Piece]:
    """A chat or call: the customer asks, gives details, the agent answers."""
    rng = ctx.rng
    c_form, a_form = {
        "slack": ("handle", "handle"),
        "whatsapp": ("full", "first"),
        "widget": ("first", "first"),
        "call": ("first", "first"),
    }[style]
    cust = _name_form(ctx.p, c_form) if ctx.p else [(ctx.word("customer"), None, None)]
    agent = (
        _name_form(ctx.a, a_form)
        if ctx.a
        else [("Bot" if style != "call" else ctx.word("agent"), None, None)]
    )  # noqa: E501
    turns: list[tuple[list[Piece], list[Piece] | None]] = [
        (agent, _line(ctx, ctx.word("hello"))),
        (cust, _line(ctx, rng.choice(ctx.word("ask")))),
        (agent, _line(ctx, rng.choice(ctx.word("chat_a")))),
    ]
    for _key, label, value, etype in fields(ctx):
        turns.append((cust, [(f"{label}: ", None, None), (value, etype, None)]))
    for chunk in ctx.negs:
        turns.append((agent, [(f"{chunk[1]}: ", None, None), (chunk[2], None, chunk[3])]))
    turns.append((agent, _line(ctx, rng.choice(ctx.word("reply")))))
    turns.append((cust, _line(ctx, rng.choice(ctx.word("close")))))
    day, minute, sec = ctx.date(), rng.randint(8 * 60, 18 * 60), 0
    out: list[Piece] = []
    if style == "call":
        out += render(ctx, "{date} {time} · {phone}\n{w_agent}: {a_full}\n{w_customer}: {full}\n\n")
    for who, msg in turns:
        if msg is None:
            continue
        minute, sec = minute + rng.randint(0, 2), sec + rng.randint(3, 40)
        stamp = {
            "slack": f"[{minute // 60:02d}:{minute % 60:02d}] ",
            "whatsapp": f"{day}, {minute // 60:02d}:{minute % 60:02d} - ",
            "widget": f"{minute // 60:02d}:{minute % 60:02d} | ",
            "call": f"[00:{sec // 60:02d}:{sec % 60:02d}] ",
        }[style]
        out += [(stamp, None, None), *who, (": ", None, None), *msg, ("\n", None, None)]
    return out


def _shape_form(ctx: Ctx) -> list[Piece]:
    out = render(
        ctx, "=== New form submission ({site}) ===\nform: {situation}\nsubmitted: {date} {time}\n"
    )  # noqa: E501
    if ctx.p:
        out += render(ctx, "first_name: {first}\nlast_name: {last}\n")
    kv = _kv(ctx, "{key}: {value}", oneline=True)
    out += (kv or []) + [("\n", None, None)] if kv else []
    out += render(ctx, "message: {ask}\nconsent: yes\n")
    negs = _neg_lines(ctx, "{key}: {value}")
    return out + (negs + [("\n", None, None)] if negs else [])


def _cell(value: str, style: str) -> str:
    return f'"{value}"' if style == "csv" and ("," in value or '"' in value) else value


def _table(ctx: Ctx, style: str) -> list[Piece]:
    rng = ctx.rng
    cols = [("name", "person")] if ctx.p else [("id", "plain")]
    cols += [
        (k, t)
        for k, t in (
            ("email", "email"),
            ("phone", "phone"),
            ("address", "address"),
            ("dob", "dob"),
            ("iban", "iban"),
        )
        if ctx.has(t) and ctx.p
    ]
    cols += [(n[0], "neg") for n in ctx.negs]
    cols += [(c, "plain") for c in rng.sample(("item", "updated", "status"), rng.randint(1, 3))]
    n_rows = rng.randint(1, 3)
    people = [ctx.p] + [_new_person(ctx) for _ in range(n_rows - 1)] if ctx.p else [None] * n_rows
    rows: list[list[Piece]] = []
    for r, person in enumerate(people):
        row: list[Piece] = []
        for key, etype in cols:
            if key == "name":
                cell = (f"{person['first']} {person['last']}", "person", None)
            elif etype == "plain":
                cell = (
                    {
                        "id": _digits(rng, 6),
                        "item": rng.choice(_ITEMS),
                        "updated": ctx.date(),
                        "status": rng.choice(("open", "closed", "pending", "paid")),
                    }[key],
                    None,
                    None,
                )
            elif etype == "neg":
                neg = next(n for n in ctx.negs if n[0] == key)
                cell = (neg[2] if r == 0 else _neg_value(ctx, neg[3]), None, neg[3])
            else:
                cell = (_row_value(ctx, person, key, r == 0), etype, None)
            row.append(cell)
        rows.append(row)
    sep = {"csv": ",", "tsv": "\t", "md": " | "}[style]
    out: list[Piece] = []
    head = sep.join(k for k, _ in cols)
    out.append(
        (f"| {head} |\n|{'---|' * len(cols)}\n" if style == "md" else head + "\n", None, None)
    )  # noqa: E501
    for row in rows:
        out.append(("| " if style == "md" else "", None, None))
        for i, (text, etype, neg) in enumerate(row):
            if i:
                out.append((sep, None, None))
            shown = _cell(text, style)
            if shown != text:
                out += [('"', None, None), (text, etype, neg), ('"', None, None)]
            else:
                out.append((text, etype, neg))
        out.append((" |\n" if style == "md" else "\n", None, None))
    return out


def _row_value(ctx: Ctx, person: dict, key: str, main: bool) -> str:
    if key == "email":
        return person["email"]
    vkey = {"phone": "phone", "address": "addr", "dob": "dob", "iban": "iban"}[key]
    if main:
        value = ctx.val(vkey)
    else:
        value = {
            "phone": lambda: _phone_text(ctx.rng, ctx.region, "mobile"),
            "addr": lambda: _address(ctx),
            "dob": lambda: _date_text(ctx, 1950, 2005, False),
            "iban": lambda: _iban(ctx.rng, IBAN_COUNTRY.get(ctx.region, ctx.region)),
        }[vkey]()
    return value.replace("\n", ", ")


def _shape_json(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    out: list[Piece] = []
    if rng.random() < 0.5:
        out += render(
            ctx,
            "POST /v2/customers HTTP/1.1\nHost: api.{site}\nAuthorization: Bearer {token}\nContent-Type: application/json\n\n",  # noqa: E501
        )  # noqa: E501
    entries: list[list[Piece]] = [[(f'"id": "{_digits(rng, 7)}"', None, None)]]
    if ctx.p:
        form = rng.choice(("full", "split"))
        if form == "full":
            entries.append(
                [('"name": "', None, None), *_name_form(ctx.p, "full"), ('"', None, None)]
            )  # noqa: E501
        else:
            entries.append(
                [
                    ('"first_name": "', None, None),
                    *_name_form(ctx.p, "first"),
                    ('", "last_name": "', None, None),
                    *_name_form(ctx.p, "last"),
                    ('"', None, None),
                ]
            )  # noqa: E501
    for key, _label, value, etype in fields(ctx):
        if key != "token" or not out:
            entries.append([(f'"{key}": "', None, None), (value, etype, None), ('"', None, None)])
    for key, _label, value, kind in ctx.negs:
        entries.append([(f'"{key}": "', None, None), (value, None, kind), ('"', None, None)])
    entries.append([(f'"locale": "{ctx.locale}"', None, None)])
    ind = "  " if rng.random() < 0.7 else ""
    nl = "\n" if ind else " "
    out.append(("{" + nl, None, None))
    for k, entry in enumerate(entries):
        out += [(ind, None, None), *entry, ("," + nl if k < len(entries) - 1 else nl, None, None)]
    return [p for p in out if p[0]] + [("}\n", None, None)]


_LOG_LINES = (
    "INFO  [auth] login ok user={handle} ip={ip}",
    "WARN  [auth] failed login for {email} from {ip6}",
    "INFO  [auth] password reset requested email={email} ip={ip}",
    "DEBUG [db] connecting to {urlcred}",
    "ERROR [api] upstream rejected key={token} (401)",
    'INFO  [billing] charge ok card={card} customer="{full}"',
    "INFO  [profile] updated phone={phone} user={handle}",
    "WARN  [kyc] dob mismatch dob={dob} user={handle}",
    "INFO  [worker] job finished in {ms}ms",
    "INFO  [http] GET /health 200",
    "DEBUG [cache] miss ratio 0.{ms}",
)


def _shape_log(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    out: list[Piece] = []
    lines = list(_LOG_LINES)
    rng.shuffle(lines)
    negs = _neg_lines(ctx, "{key}={value}", " ")
    hh, mm = rng.randint(0, 22), rng.randint(0, 50)
    for k, line in enumerate(lines[: rng.randint(4, 9)] + ["{negline}"]):
        if line == "{negline}":
            if not negs:
                continue
            body = [("INFO  [req] done ", None, None), *negs]
        else:
            body = _line(ctx, line.replace("{ms}", str(rng.randint(3, 999))))
            if body is None:
                continue
        stamp = f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T{hh:02d}:{mm + k:02d}:{rng.randint(10, 59)}Z "  # noqa: E501
        out += [(stamp, None, None), *body, ("\n", None, None)]
    return out


def _shape_config(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    style = rng.choice(("yaml", "env", "ini"))
    items = [
        ("database_url", "{urlcred}"),
        ("api_key", "{token}"),
        ("smtp_password", "{password}"),
        ("admin_email", "{email}"),
        ("owner", "{full}"),
        ("allowed_ip", "{ip}"),
        ("support_phone", "{phone}"),
        ("timeout", "30"),
        ("log_level", "info"),
        ("from_address", "{noreply}"),
    ]
    rng.shuffle(items)
    out: list[Piece] = render(
        ctx,
        {
            "yaml": "# {brand} service settings\nservice:\n  name: {brand}-api\n",  # noqa: E501
            "env": "# .env ({brand})\nAPP_ENV=production\n",
            "ini": "; {brand} settings\n[service]\nenv = production\n",
        }[style],
    )
    for key, value in items:
        body = _line(ctx, value)
        if body is None:
            continue
        if style == "yaml":
            quote = '"' if value == "{full}" else ""
            out += [(f"  {key}: {quote}", None, None), *body, (f"{quote}\n", None, None)]
        elif style == "env":
            out += [(f"{key.upper()}=", None, None), *body, ("\n", None, None)]
        else:
            out += [(f"{key} = ", None, None), *body, ("\n", None, None)]
    fmt = {"yaml": "  {key}: {value}", "env": "{key}={value}", "ini": "{key} = {value}"}[style]
    negs = _neg_lines(ctx, fmt.replace("{key}", "{KEY}") if style == "env" else fmt)
    if negs:
        if style == "env":
            negs = [
                (
                    t.replace(t.split("=")[0], t.split("=")[0].upper())
                    if not (e or n) and "=" in t
                    else t,
                    e,
                    n,
                )
                for t, e, n in negs
            ]  # noqa: E501
        out += [*negs, ("\n", None, None)]
    return out


def _shape_sms(ctx: Ctx) -> list[Piece]:
    rng = ctx.rng
    out = render(ctx, "SMS · {phone} || SMS · {brand}\n")
    msgs = [
        ("{brand}", "{w_hi} {greet}, {reply}"),
        ("{w_me}", "{ask}"),
        ("{brand}", "{negs1}"),
        ("{w_me}", "{w_born}"),
        ("{w_me}", "{close}"),
    ]
    day, minute = ctx.date(), rng.randint(8 * 60, 20 * 60)
    for who, text in msgs:
        minute += rng.randint(1, 30)
        body = _line(ctx, f"{day} {minute // 60:02d}:{minute % 60:02d}  {who}: {text}\n")
        if body is not None and (rng.random() < 0.85 or "negs" in text):
            out += body
    return out


def _shape_label(ctx: Ctx) -> list[Piece]:
    return render(ctx, _LABEL)


SHAPE_FUNCS = {
    "email": _shape_email,
    "html_email": _shape_html,
    "quoted_reply": _shape_quoted,
    "forwarded": lambda ctx: render(ctx, _FORWARD),
    "internal_note": lambda ctx: render(ctx, _NOTE),
    "chat_slack": lambda ctx: _dialogue(ctx, "slack"),
    "chat_whatsapp": lambda ctx: _dialogue(ctx, "whatsapp"),
    "chat_widget": lambda ctx: _dialogue(ctx, "widget"),
    "web_form": _shape_form,
    "csv": lambda ctx: _table(ctx, "csv"),
    "markdown_table": lambda ctx: _table(ctx, "md"),
    "spreadsheet_paste": lambda ctx: _table(ctx, "tsv"),
    "json_record": _shape_json,
    "app_log": _shape_log,
    "config": _shape_config,
    "ticket_export": lambda ctx: render(ctx, _TICKET),
    "call_transcript": lambda ctx: _dialogue(ctx, "call"),
    "sms_thread": _shape_sms,
    "meeting_minutes": lambda ctx: render(ctx, _MINUTES),
    "crm_note": lambda ctx: render(ctx, _CRM),
    "calendar_invite": lambda ctx: render(ctx, _ICS),
    "shipping_label": _shape_label,
    "vcard": lambda ctx: render(ctx, _VCARD),
    "invoice_text": lambda ctx: render(ctx, _INVOICE),
    "git_commit": lambda ctx: render(ctx, _GIT),
}
assert tuple(SHAPE_FUNCS) == SHAPES
# shapes that only make sense around a person: never drawn clean
_PERSON_SHAPES = (
    "web_form",
    "calendar_invite",
    "shipping_label",
    "vcard",
    "call_transcript",
    "invoice_text",
)
# types a shape is drawn around (when the doc is not clean)
_SHAPE_NEEDS = {
    "shipping_label": ("person", "address"),
    "invoice_text": ("address",),
    "vcard": ("person", "phone"),
    "calendar_invite": ("person", "email"),
}


# ---------------------------------------------------------------------------------- build
@functools.cache
def _faker(locale: str) -> Faker:
    fk = Faker(locale)
    for provider in fk.providers:
        if isinstance(getattr(provider, "cities", None), list):
            provider.cities = sorted(provider.cities)  # it_IT builds it from a set
    return fk


def _draw_doc(rng: random.Random, fk: Faker, locale: str) -> tuple[dict, dict]:
    shape = rng.choice(SHAPES)
    situation = rng.choice(_TECH_SITUATIONS if shape in _TECH_SHAPES else SITUATIONS)
    clean = shape not in _PERSON_SHAPES and rng.random() < 0.16
    ctx = Ctx(rng, fk, locale, situation, clean, _SHAPE_NEEDS.get(shape, ()))
    if rng.random() < 0.6:
        ctx.negs = _draw_negatives(ctx)
    pieces = [p for p in SHAPE_FUNCS[shape](ctx) if p[0]]
    doc = assemble_doc(locale, _merge_plain(pieces))
    plan = {
        "situation": situation,
        "shape": shape,
        "clean": not doc["spans"],
        "types": sorted({s["type"] for s in doc["spans"]}),
        "negatives": len(doc["negatives"]),
    }
    return doc, plan


def _merge_plain(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if out and not (piece[1] or piece[2]) and not (out[-1][1] or out[-1][2]):
            out[-1] = (out[-1][0] + piece[0], None, None)
        else:
            out.append(piece)
    return out


def build_beacon_docs(n_docs: int, seed: int = 0) -> list[tuple[dict, dict]]:
    """(doc, plan) pairs; locales take turns, one doc each. A doc where some copy of a labelled
    value stands unlabelled (a name inside a company or city name) is drawn again."""
    rng = random.Random(f"beacon:{seed}")
    fakers = {}
    for locale in BEACON_LOCALES:
        fk = _faker(locale)
        fk.seed_instance(rng.randrange(2**32))
        fakers[locale] = fk
    out = []
    for k in range(n_docs):
        locale = BEACON_LOCALES[k % len(BEACON_LOCALES)]
        for _ in range(100):
            doc, plan = _draw_doc(rng, fakers[locale], locale)
            if every_occurrence_labelled(doc):
                break
        else:
            raise RuntimeError(f"no clean draw for doc {k}")
        out.append((doc, plan))
    return out


def build_beacon_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """The docs alone (see build_beacon_docs)."""
    return [doc for doc, _plan in build_beacon_docs(n_docs, seed)]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_beacon_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
