"""Summit PII corpus: independent, labelled, multi-locale documents for measuring PII detectors.

THIS CORPUS MUST NEVER BE USED FOR TUNING. It exists only to measure detectors: do not fit
thresholds, patterns, name lists, model weights or prompts to it, do not read its documents while
changing a detector, and do not copy its templates anywhere. Once a detector has been tuned on it,
its numbers say nothing about real data. It was written from the labelling contract alone, without
looking at any detector or any other corpus.

Data card
---------
Locales (12, one document each in turn): en_US, en_GB, en_AU, en_IE, en_IN, de_DE, de_CH, fr_FR,
it_IT, nl_NL, es_MX, pt_PT. Each document is written in its locale's language with that country's
names (Faker, seeded), street/postcode/city conventions (house number before or after the street,
flat/unit/c-o lines, PO boxes, postcode + city lines, state/province/county lines, a country line
sometimes, one line or several) and phone styles: numbers are drawn from each country's numbering
plan (mobile and landline), kept only when `phonenumbers` accepts them for the region, and written
nationally and internationally (spaces, dashes, dots, slashes, parentheses, +CC, 00CC, "+CC (0)"),
extensions outside the span. IBANs are mod-97 valid with the country's length, grouped in fours or
not; countries without IBANs quote a neighbour's or a usual partner's: en_US and en_AU a British
(GB) one, en_IN one from the United Arab Emirates (AE), es_MX one from Guatemala (GT).

Situations (20): deliveries, returns, account access, IT helpdesk, banking, insurance claims, travel
bookings, utilities, healthcare appointments, rentals, payroll/HR, tax forms, telecom, schools,
recruiting, events, car repair, legal/notary, charity donations, subscriptions.

Shapes (26): e-mails (plain, HTML remnants, quoted replies, forwarded with headers), internal notes,
chat transcripts (four export styles), web-form dumps, CSV, TSV, markdown tables, spreadsheet
pastes, JSON records, application logs, YAML/.env/INI config, ticket exports, call and voicemail
transcripts, SMS/messenger threads, meeting minutes, CRM notes, calendar invites (ICS), shipping
labels and vCards.

What is PII (spans, types from TYPES; never cpf/cnpj): person (full or partial names, first names
alone, surnames after a title with the title outside, "Last, First", ALL CAPS, initials + surname,
nicknames, chat handles made from the name outside e-mail addresses), address (street + number or a
PO box, through postcode and city, country line included; flat and c/o lines open the span),
phone, email (personal and named work mailboxes), card (Luhn-valid Visa/Mastercard/Amex), iban, ip
(public IPv4/IPv6 only), secret (the value of a password, API key or token, never its key name),
url_credentials (the whole URL holding user:password@), dob (a date the text marks as a birth date),
ssn (en_US only). Every occurrence of a labelled value is labelled. About 15% of documents hold no
PII at all.

Negatives (hard look-alikes in "negatives", never overlapping a span): about 60% of documents hold
1-4 of 34 kinds (SUMMIT_NEGATIVE_KINDS): phone-shaped customer/contract/meter/policy/member/case/
reference numbers, IMEIs (Luhn-valid), serial numbers, order/tracking/invoice ids, non-birth dates,
times, amounts, versions, private/loopback/documentation IPs, product names holding a first name,
company names holding a surname, a street, city or postcode alone, hostnames, UUIDs, hashes, git
SHAs, VAT/tax ids of businesses, payment references, booking codes, flight, seat and room numbers,
role mailboxes (support@, noreply@) and masked card endings.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
from faker import Faker

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import (  # noqa: E402
    assemble_doc,
    corpus_main,
    every_occurrence_labelled,
    luhn_valid,
)

Piece = tuple[str, str | None, str | None]

SUMMIT_LOCALES = (
    "en_US",
    "en_GB",
    "en_AU",
    "en_IE",
    "en_IN",
    "de_DE",
    "de_CH",
    "fr_FR",
    "it_IT",
    "nl_NL",
    "es_MX",
    "pt_PT",
)
REGION = {
    "en_US": "US",
    "en_GB": "GB",
    "en_AU": "AU",
    "en_IE": "IE",
    "en_IN": "IN",
    "de_DE": "DE",
    "de_CH": "CH",
    "fr_FR": "FR",
    "it_IT": "IT",
    "nl_NL": "NL",
    "es_MX": "MX",
    "pt_PT": "PT",
}
IBAN_LENGTH = {
    "GB": 22,
    "IE": 22,
    "DE": 22,
    "CH": 21,
    "FR": 27,
    "IT": 27,
    "NL": 18,
    "PT": 25,
    "AE": 23,
    "GT": 28,
}
IBAN_COUNTRY = {
    "en_US": "GB",
    "en_GB": "GB",
    "en_AU": "GB",
    "en_IE": "IE",
    "en_IN": "AE",
    "de_DE": "DE",
    "de_CH": "CH",
    "fr_FR": "FR",
    "it_IT": "IT",
    "nl_NL": "NL",
    "es_MX": "GT",
    "pt_PT": "PT",
}
# the BBAN after the check digits: a = capital letter, n = digit
IBAN_BBAN = {
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "DE": "n" * 18,
    "CH": "n" * 17,
    "FR": "n" * 23,
    "IT": "a" + "n" * 22,
    "NL": "aaaa" + "n" * 10,
    "PT": "n" * 21,
    "AE": "n" * 19,
    "GT": "aaaa" + "n" * 20,
}
LANGS = ("en", "de", "fr", "it", "nl", "es", "pt")

SITUATIONS = (
    "delivery",
    "returns",
    "account_access",
    "it_helpdesk",
    "banking",
    "insurance_claim",
    "travel_booking",
    "utilities",
    "healthcare",
    "rental",
    "payroll_hr",
    "tax_form",
    "telecom",
    "school",
    "recruiting",
    "events",
    "car_repair",
    "legal_notary",
    "charity",
    "subscription",
)
SHAPES = (
    "email",
    "html_email",
    "quoted_reply",
    "forwarded",
    "internal_note",
    "chat_bracket",
    "chat_paren",
    "chat_irc",
    "chat_json",
    "web_form",
    "csv",
    "tsv",
    "markdown_table",
    "spreadsheet_paste",
    "json_record",
    "log_lines",
    "config",
    "ticket_export",
    "call_transcript",
    "voicemail",
    "sms_thread",
    "meeting_minutes",
    "crm_note",
    "calendar_invite",
    "shipping_label",
    "vcard",
)
SUMMIT_NEGATIVE_KINDS = (
    "customer_number",
    "contract_number",
    "meter_number",
    "policy_number",
    "member_number",
    "case_number",
    "reference_number",
    "imei",
    "serial_number",
    "order_id",
    "tracking_number",
    "invoice_id",
    "date",
    "time",
    "amount",
    "version",
    "private_ip",
    "product_name",
    "company_name",
    "street",
    "city",
    "postcode",
    "hostname",
    "uuid",
    "hash",
    "git_sha",
    "vat_id",
    "payment_reference",
    "booking_code",
    "flight_number",
    "seat_number",
    "room_number",
    "role_email",
    "card_last4",
)


def _t(s: str) -> dict[str, str]:
    """A phrase per language from 'en|de|fr|it|nl|es|pt'."""
    return dict(zip(LANGS, s.split("|"), strict=True))


# situation -> (subject, opener) per language, in LANGS order
SIT_TEXT = {
    "delivery": (
        ("Parcel not delivered", "My parcel was marked as delivered but it never arrived."),
        ("Paket nicht zugestellt", "Mein Paket wurde als zugestellt markiert, kam aber nie an."),
        ("Colis non livré", "Mon colis est indiqué comme livré mais je ne l'ai jamais reçu."),
        ("Pacco non consegnato", "Il mio pacco risulta consegnato ma non è mai arrivato."),
        ("Pakket niet bezorgd", "Mijn pakket staat als bezorgd, maar het is nooit aangekomen."),
        ("Paquete no entregado", "Mi paquete aparece como entregado pero nunca llegó."),
        ("Encomenda não entregue", "A minha encomenda aparece como entregue mas nunca chegou."),
    ),
    "returns": (
        ("Return request", "I would like to return the jacket I ordered, it is too small."),
        ("Rücksendung", "Ich möchte die bestellte Jacke zurückschicken, sie ist zu klein."),
        ("Demande de retour", "Je souhaite retourner la veste commandée, elle est trop petite."),
        ("Richiesta di reso", "Vorrei restituire la giacca ordinata, è troppo piccola."),
        ("Retourverzoek", "Ik wil de bestelde jas terugsturen, hij is te klein."),
        ("Solicitud de devolución", "Quisiera devolver la chamarra que pedí, me queda chica."),
        ("Pedido de devolução", "Gostaria de devolver o casaco que encomendei, é pequeno."),
    ),
    "account_access": (
        ("Locked out of my account", "I can't log in since yesterday, the reset link fails."),
        ("Konto gesperrt", "Ich kann mich seit gestern nicht anmelden, der Reset-Link geht nicht."),
        ("Compte bloqué", "Je n'arrive plus à me connecter depuis hier, le lien ne marche pas."),
        ("Account bloccato", "Da ieri non riesco ad accedere, il link di reset non funziona."),
        ("Account geblokkeerd", "Ik kan sinds gisteren niet inloggen, de resetlink werkt niet."),
        ("Cuenta bloqueada", "Desde ayer no puedo entrar y el enlace de recuperación no sirve."),
        ("Conta bloqueada", "Desde ontem não consigo entrar e o link de recuperação falha."),
    ),
    "it_helpdesk": (
        ("VPN keeps dropping", "The VPN disconnects every few minutes since the last update."),
        ("VPN bricht ab", "Das VPN trennt seit dem letzten Update alle paar Minuten."),
        ("Le VPN se déconnecte", "Le VPN se coupe sans arrêt depuis la dernière mise à jour."),
        ("La VPN cade", "La VPN si disconnette ogni pochi minuti dall'ultimo aggiornamento."),
        ("VPN valt steeds weg", "De VPN verbreekt sinds de laatste update om de paar minuten."),
        ("La VPN se cae", "La VPN se desconecta cada pocos minutos desde la actualización."),
        ("VPN cai constantemente", "A VPN desliga-se a toda a hora desde a última atualização."),
    ),
    "banking": (
        ("Unknown card payment", "There is a card payment on my statement I don't recognise."),
        (
            "Unbekannte Kartenzahlung",
            "Auf meinem Kontoauszug ist eine Zahlung, die ich nicht kenne.",
        ),
        ("Paiement inconnu", "Je ne reconnais pas un paiement par carte sur mon relevé."),
        ("Pagamento sconosciuto", "Nell'estratto conto c'è un pagamento che non riconosco."),
        (
            "Onbekende kaartbetaling",
            "Er staat een kaartbetaling op mijn afschrift die ik niet ken.",
        ),
        ("Cargo no reconocido", "En mi estado de cuenta aparece un cargo que no reconozco."),
        ("Pagamento desconhecido", "No meu extrato aparece um pagamento que não reconheço."),
    ),
    "insurance_claim": (
        ("Claim for water damage", "Water leaked from the flat upstairs into my kitchen ceiling."),
        ("Schadensmeldung Wasserschaden", "Aus der Wohnung über mir ist Wasser ausgetreten."),
        ("Déclaration de dégât des eaux", "Une fuite chez le voisin a abîmé le plafond."),
        ("Denuncia danni da acqua", "Un'infiltrazione dal piano di sopra ha rovinato il soffitto."),
        ("Schademelding waterschade", "Er is water gelekt uit de bovenwoning in mijn keuken."),
        ("Reclamo por daño de agua", "Hubo una fuga en el departamento de arriba."),
        ("Participação de sinistro", "Houve uma infiltração do andar de cima na cozinha."),
    ),
    "travel_booking": (
        ("Change to my booking", "I need to move my flight to a later date and add a bag."),
        ("Umbuchung", "Ich muss meinen Flug verschieben und einen Koffer dazubuchen."),
        ("Modification de réservation", "Je dois décaler mon vol et ajouter un bagage en soute."),
        ("Modifica prenotazione", "Devo spostare il volo e aggiungere un bagaglio da stiva."),
        ("Wijziging boeking", "Ik wil mijn vlucht verzetten en een koffer toevoegen."),
        ("Cambio de reservación", "Necesito cambiar mi vuelo y agregar una maleta."),
        ("Alteração de reserva", "Preciso de mudar o voo para mais tarde e juntar uma mala."),
    ),
    "utilities": (
        ("Meter reading and bill", "My last electricity bill is far too high for a small flat."),
        ("Zählerstand und Abrechnung", "Meine letzte Stromrechnung ist viel zu hoch."),
        ("Relevé de compteur", "Ma dernière facture d'électricité me semble bien trop élevée."),
        ("Lettura contatore", "L'ultima bolletta della luce mi sembra troppo alta."),
        ("Meterstand en afrekening", "Mijn laatste energierekening is veel te hoog."),
        ("Lectura del medidor", "Mi último recibo de luz salió demasiado alto."),
        ("Leitura do contador", "A última fatura da luz parece-me demasiado alta."),
    ),
    "healthcare": (
        ("Appointment request", "I'd like to book a follow-up with the dermatology clinic."),
        ("Terminanfrage", "Ich möchte einen Kontrolltermin in der Dermatologie vereinbaren."),
        ("Demande de rendez-vous", "Je voudrais un rendez-vous de contrôle en dermatologie."),
        ("Richiesta appuntamento", "Vorrei prenotare una visita di controllo in dermatologia."),
        ("Afspraak maken", "Ik wil graag een controleafspraak bij de dermatologie."),
        ("Solicitud de cita", "Quisiera agendar una cita de seguimiento en dermatología."),
        ("Pedido de consulta", "Gostaria de marcar uma consulta de seguimento."),
    ),
    "rental": (
        ("Tenancy deposit", "I moved out last month and still haven't got my deposit back."),
        ("Mietkaution", "Ich bin letzten Monat ausgezogen und habe die Kaution nicht zurück."),
        ("Dépôt de garantie", "J'ai quitté le logement le mois dernier, sans retour de caution."),
        ("Deposito cauzionale", "Ho lasciato la casa il mese scorso e aspetto ancora la cauzione."),
        ("Waarborgsom", "Ik ben vorige maand verhuisd en heb mijn borg nog niet terug."),
        ("Depósito de renta", "Me mudé el mes pasado y todavía no me devuelven el depósito."),
        ("Caução do arrendamento", "Saí da casa no mês passado e ainda não recebi a caução."),
    ),
    "payroll_hr": (
        ("Payroll details update", "Please update my bank details before the next payroll run."),
        (
            "Änderung Gehaltskonto",
            "Bitte ändern Sie meine Bankverbindung vor der nächsten Abrechnung.",
        ),
        ("Changement de RIB", "Merci de mettre à jour mes coordonnées bancaires avant la paie."),
        ("Aggiornamento dati stipendio", "Vi chiedo di aggiornare le mie coordinate bancarie."),
        ("Wijziging salarisrekening", "Wilt u mijn rekeningnummer aanpassen vóór de salarisrun?"),
        ("Actualización de nómina", "Por favor actualicen mis datos bancarios para la nómina."),
        ("Atualização de dados salariais", "Atualizem por favor os meus dados bancários."),
    ),
    "tax_form": (
        ("Tax form correction", "The form you sent has my old address and a typo in my name."),
        ("Korrektur Steuerformular", "Im Formular stehen meine alte Adresse und ein Tippfehler."),
        ("Correction du formulaire fiscal", "Le formulaire indique mon ancienne adresse."),
        ("Correzione modulo fiscale", "Nel modulo c'è il mio vecchio indirizzo."),
        ("Correctie belastingformulier", "Op het formulier staat nog mijn oude adres."),
        ("Corrección de formulario fiscal", "El formulario tiene mi domicilio anterior."),
        ("Correção de declaração", "O formulário tem a minha morada antiga."),
    ),
    "telecom": (
        ("Porting my number", "I want to keep my mobile number when I switch to your network."),
        ("Rufnummernmitnahme", "Ich möchte meine Handynummer beim Wechsel mitnehmen."),
        ("Portabilité du numéro", "Je souhaite garder mon numéro en changeant d'opérateur."),
        ("Portabilità del numero", "Vorrei mantenere il mio numero passando a voi."),
        ("Nummerbehoud", "Ik wil mijn mobiele nummer meenemen als ik overstap."),
        ("Portabilidad", "Quiero conservar mi número de celular al cambiarme con ustedes."),
        ("Portabilidade", "Quero manter o meu número de telemóvel ao mudar de operador."),
    ),
    "school": (
        ("Absence note", "My son will be absent on Friday because of a medical appointment."),
        ("Entschuldigung", "Mein Sohn fehlt am Freitag wegen eines Arzttermins."),
        ("Mot d'absence", "Mon fils sera absent vendredi pour un rendez-vous médical."),
        ("Giustificazione assenza", "Mio figlio sarà assente venerdì per una visita medica."),
        ("Afwezigheid", "Mijn zoon is vrijdag afwezig vanwege een doktersafspraak."),
        ("Justificante de falta", "Mi hijo faltará el viernes por una cita médica."),
        ("Justificação de falta", "O meu filho vai faltar na sexta-feira por causa do médico."),
    ),
    "recruiting": (
        ("Application: Data Analyst", "Please find my application for the Data Analyst role."),
        ("Bewerbung als Datenanalyst", "Anbei sende ich Ihnen meine Bewerbungsunterlagen."),
        ("Candidature analyste de données", "Veuillez trouver ci-joint ma candidature."),
        ("Candidatura Data Analyst", "In allegato trovate la mia candidatura."),
        ("Sollicitatie data-analist", "Hierbij stuur ik mijn sollicitatie voor de functie."),
        ("Postulación analista de datos", "Adjunto mi CV para la vacante de analista de datos."),
        ("Candidatura analista de dados", "Envio em anexo a minha candidatura."),
    ),
    "events": (
        ("Conference registration", "I registered for the conference but got no confirmation."),
        ("Anmeldung Konferenz", "Ich habe mich angemeldet, aber keine Bestätigung erhalten."),
        (
            "Inscription à la conférence",
            "Je me suis inscrit mais je n'ai reçu aucune confirmation.",
        ),
        ("Iscrizione al convegno", "Mi sono iscritto ma non ho ricevuto la conferma."),
        ("Inschrijving congres", "Ik heb me ingeschreven maar nooit een bevestiging gekregen."),
        ("Registro al congreso", "Me registré pero nunca recibí la confirmación."),
        ("Inscrição na conferência", "Fiz a inscrição mas nunca recebi confirmação."),
    ),
    "car_repair": (
        ("Car service invoice", "The garage quoted one price and charged another for the brakes."),
        ("Werkstattrechnung", "Die Werkstatt hat für die Bremsen mehr berechnet als angeboten."),
        ("Réparation auto", "Le garage a facturé plus que le devis pour les freins."),
        ("Riparazione auto", "L'officina ha fatturato più del preventivo per i freni."),
        ("Autoreparatie", "De garage rekende meer dan de offerte voor de remmen."),
        ("Servicio del auto", "El taller cobró más de lo cotizado por los frenos."),
        ("Reparação automóvel", "A oficina cobrou mais do que o orçamento pelos travões."),
    ),
    "legal_notary": (
        ("Signing appointment", "We need to reschedule the signing of the purchase deed."),
        ("Notartermin", "Wir müssen den Beurkundungstermin für den Kaufvertrag verschieben."),
        ("Rendez-vous chez le notaire", "Nous devons décaler la signature de l'acte de vente."),
        ("Appuntamento dal notaio", "Dobbiamo spostare la firma del rogito."),
        ("Afspraak notaris", "We moeten het passeren van de akte verzetten."),
        ("Cita en notaría", "Necesitamos reprogramar la firma de la escritura."),
        ("Escritura no notário", "Precisamos de reagendar a assinatura da escritura."),
    ),
    "charity": (
        ("Monthly donation", "I'd like to increase my monthly donation and get a tax receipt."),
        ("Dauerspende", "Ich möchte meine monatliche Spende erhöhen und eine Quittung."),
        ("Don mensuel", "Je souhaite augmenter mon don mensuel et recevoir un reçu fiscal."),
        ("Donazione mensile", "Vorrei aumentare la donazione mensile e ricevere la ricevuta."),
        ("Maandelijkse gift", "Ik wil mijn maandelijkse gift verhogen en een giftenbewijs."),
        ("Donativo mensual", "Quisiera aumentar mi donativo mensual y recibir un recibo."),
        ("Donativo mensal", "Gostaria de aumentar o meu donativo mensal e receber o recibo."),
    ),
    "subscription": (
        ("Cancel subscription", "Please cancel my subscription at the end of the current period."),
        ("Kündigung Abo", "Bitte kündigen Sie mein Abo zum Ende der Laufzeit."),
        ("Résiliation d'abonnement", "Merci de résilier mon abonnement à la fin de la période."),
        ("Disdetta abbonamento", "Vi chiedo di disdire l'abbonamento alla fine del periodo."),
        ("Abonnement opzeggen", "Graag mijn abonnement opzeggen per het einde van de looptijd."),
        ("Cancelar suscripción", "Por favor cancelen mi suscripción al final del periodo."),
        ("Cancelar subscrição", "Por favor cancelem a minha subscrição no fim do período."),
    ),
}
# situation -> (brands, PII facts it tends to carry, negative kinds it tends to carry)
SIT_META = {
    "delivery": (
        ("Parcelway", "Expedo"),
        ("address", "phone", "email"),
        ("tracking_number", "order_id", "date", "street", "postcode", "time"),
    ),
    "returns": (
        ("ShopNova", "Modaleta"),
        ("address", "email", "iban", "card"),
        ("order_id", "amount", "invoice_id", "product_name", "card_last4"),
    ),
    "account_access": (
        ("Loomly", "Cloudora"),
        ("email", "ip", "password", "phone", "dob"),
        ("member_number", "time", "private_ip", "version", "role_email", "uuid"),
    ),
    "it_helpdesk": (
        ("Nexivo IT", "Stackwell"),
        ("ip", "apikey", "url", "email", "phone", "password"),
        ("private_ip", "hostname", "version", "uuid", "hash", "git_sha", "serial_number"),
    ),
    "banking": (
        ("Fidora Bank", "Crestline Bank"),
        ("card", "iban", "dob", "phone", "address", "ip"),
        ("amount", "card_last4", "payment_reference", "reference_number", "date"),
    ),
    "insurance_claim": (
        ("Assurio", "Protegis"),
        ("address", "phone", "iban", "dob"),
        ("policy_number", "case_number", "date", "amount", "company_name"),
    ),
    "travel_booking": (
        ("Skyvia", "Tripsail"),
        ("dob", "email", "phone", "card"),
        ("booking_code", "flight_number", "seat_number", "date", "time", "room_number"),
    ),
    "utilities": (
        ("Voltaro Energy", "Aquena"),
        ("address", "iban", "phone"),
        ("meter_number", "contract_number", "amount", "customer_number", "date"),
    ),
    "healthcare": (
        ("Clinora", "Medivia"),
        ("dob", "phone", "address", "ssn", "email"),
        ("date", "time", "room_number", "member_number", "case_number"),
    ),
    "rental": (
        ("Homerra", "Leasewell"),
        ("address", "iban", "phone", "email"),
        ("amount", "contract_number", "street", "city", "date"),
    ),
    "payroll_hr": (
        ("Paylora", "Workbright"),
        ("iban", "ssn", "address", "dob", "url"),
        ("amount", "reference_number", "date", "company_name", "vat_id"),
    ),
    "tax_form": (
        ("Taxello", "Fiscanet"),
        ("ssn", "dob", "address", "url", "ip"),
        ("reference_number", "vat_id", "date", "city", "postcode"),
    ),
    "telecom": (
        ("Telvana", "Mobiqo"),
        ("phone", "address", "dob", "iban"),
        ("imei", "contract_number", "customer_number", "serial_number", "amount"),
    ),
    "school": (
        ("Northfield Academy", "Schoolbridge"),
        ("phone", "email", "address"),
        ("date", "time", "room_number", "member_number"),
    ),
    "recruiting": (
        ("Talentory", "Hirewise"),
        ("email", "phone", "address", "dob"),
        ("date", "time", "company_name", "reference_number", "city"),
    ),
    "events": (
        ("Eventide", "Confluxa"),
        ("email", "card", "phone"),
        ("booking_code", "date", "time", "room_number", "amount", "invoice_id"),
    ),
    "car_repair": (
        ("Motorwerk", "Autoprime"),
        ("phone", "card", "address"),
        ("amount", "invoice_id", "serial_number", "date", "company_name"),
    ),
    "legal_notary": (
        ("Notaria Plus", "Lexcura"),
        ("address", "dob", "iban"),
        ("case_number", "date", "time", "company_name", "city"),
    ),
    "charity": (
        ("Hopewell Aid", "Kindra"),
        ("iban", "card", "address", "email"),
        ("amount", "payment_reference", "member_number", "date"),
    ),
    "subscription": (
        ("Streamora", "Readly Plus"),
        ("email", "card", "iban", "password", "ip"),
        ("customer_number", "invoice_id", "amount", "date", "product_name", "version"),
    ),
}
PII_KEYS = ("address", "phone", "email", "iban", "card", "dob", "ip", "password", "apikey", "url")
EXTRA_KEYS = PII_KEYS + ("ip", "ip", "url", "url", "apikey")
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_AU": "com.au",
    "en_IE": "ie",
    "en_IN": "in",
    "de_DE": "de",
    "de_CH": "ch",
    "fr_FR": "fr",
    "it_IT": "it",
    "nl_NL": "nl",
    "es_MX": "com.mx",
    "pt_PT": "pt",
}
MAIL_DOMAINS = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"),
    "en_GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"),
    "en_AU": ("gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"),
    "en_IE": ("gmail.com", "eircom.net", "hotmail.com", "outlook.ie"),
    "en_IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "de_DE": ("gmail.com", "web.de", "gmx.de", "t-online.de", "posteo.de"),
    "de_CH": ("gmail.com", "bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch"),
    "fr_FR": ("gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr"),
    "it_IT": ("gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it"),
    "nl_NL": ("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"),
    "es_MX": ("gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx", "outlook.com"),
    "pt_PT": ("gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt", "outlook.pt"),
}
TITLES = {
    "en": (("Mr", "Mr.", "Dr"), ("Ms", "Mrs", "Ms.", "Dr")),
    "de": (("Herr", "Herr Dr."), ("Frau", "Frau Dr.")),
    "fr": (("M.", "Monsieur"), ("Mme", "Madame")),
    "it": (("Sig.", "Dott."), ("Sig.ra", "Dott.ssa")),
    "nl": (("dhr.", "de heer"), ("mevr.", "mevrouw")),
    "es": (("Sr.", "Lic."), ("Sra.", "Lic.")),
    "pt": (("Sr.", "Dr."), ("Sra.", "Dra.")),
}
NICKS = {
    "en": {
        "Robert": "Bob",
        "William": "Bill",
        "Elizabeth": "Liz",
        "Katherine": "Kate",
        "Michael": "Mike",
        "Christopher": "Chris",
        "Jennifer": "Jen",
        "Thomas": "Tom",
        "Margaret": "Maggie",
        "Nicholas": "Nick",
        "Samantha": "Sam",
        "Patrick": "Paddy",
    },
    "de": {"Johannes": "Hannes", "Maximilian": "Max", "Katharina": "Kathi", "Susanne": "Susi"},
    "fr": {"Dominique": "Dom", "Alexandre": "Alex", "Christophe": "Chris", "Isabelle": "Isa"},
    "it": {"Giuseppe": "Beppe", "Francesca": "Franci", "Alessandro": "Ale", "Roberto": "Roby"},
    "nl": {"Johannes": "Hans", "Willem": "Wim", "Cornelis": "Kees", "Elisabeth": "Lies"},
    "es": {"Francisco": "Paco", "José": "Pepe", "Guadalupe": "Lupe", "Jesús": "Chuy"},
    "pt": {"Francisco": "Chico", "José": "Zé", "Margarida": "Guida", "Manuel": "Manel"},
}
GENDER_OF_NICK = {
    "Elizabeth", "Katherine", "Jennifer", "Margaret", "Samantha", "Katharina", "Susanne",
    "Isabelle", "Francesca", "Elisabeth", "Guadalupe", "Margarida", "Dominique",
}  # fmt: skip
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}
W = {  # short phrases per language
    "team": _t(
        "Customer Service|Kundenservice|Service client|Servizio clienti|Klantenservice|"
        "Atención al cliente|Apoio ao cliente"
    ),
    "role": _t("Customer|Kunde|Client|Cliente|Klant|Cliente|Cliente"),
    "agent": _t("Agent|Mitarbeiter|Conseiller|Operatore|Medewerker|Agente|Operador"),
    "caller": _t("Caller|Anrufer|Appelant|Chiamante|Beller|Llamante|Cliente"),
    "hello": _t("Hello|Guten Tag|Bonjour|Buongiorno|Goedendag|Hola|Bom dia"),
    "hi": _t("Hi|Hallo|Salut|Ciao|Hoi|Hola|Olá"),
    "dear_team": _t(
        "Dear {brand} team|Liebes {brand}-Team|Chère équipe {brand}|Gentile team {brand}|"
        "Beste {brand}|Estimado equipo de {brand}|Cara equipa {brand}"
    ),
    "formal_m": _t("Dear|Sehr geehrter|Bonjour|Gentile|Geachte|Estimado|Caro"),
    "formal_f": _t("Dear|Sehr geehrte|Bonjour|Gentile|Geachte|Estimada|Cara"),
    "closing": _t(
        "Best regards|Mit freundlichen Grüßen|Cordialement|Cordiali saluti|Met vriendelijke groet|"
        "Saludos cordiales|Com os melhores cumprimentos"
    ),
    "thanks": _t("Thanks|Danke|Merci|Grazie|Bedankt|Gracias|Obrigado"),
    "on_file": _t(
        "We have the following details on file:|Folgende Angaben liegen uns vor:|"
        "Voici les informations enregistrées :|Risultano i seguenti dati:|"
        "Wij hebben de volgende gegevens genoteerd:|Tenemos registrados los siguientes datos:|"
        "Temos registados os seguintes dados:"
    ),
    "request": _t(
        "Could you please look into this?|Könnten Sie das bitte prüfen?|"
        "Pourriez-vous vérifier, s'il vous plaît ?|Potreste verificare, per favore?|"
        "Kunt u dit nagaan?|¿Podrían revisarlo, por favor?|Podem verificar, por favor?"
    ),
    "wrote": _t("wrote|schrieb|a écrit|ha scritto|schreef|escribió|escreveu"),
    "on": _t("On|Am|Le|Il|Op|El|Em"),
    "fwd": _t(
        "Forwarded message|Weitergeleitete Nachricht|Message transféré|Messaggio inoltrato|"
        "Doorgestuurd bericht|Mensaje reenviado|Mensagem reencaminhada"
    ),
    "note": _t(
        "Internal note|Interne Notiz|Note interne|Nota interna|Interne notitie|Nota interna|"
        "Nota interna"
    ),
    "minutes": _t("Meeting minutes|Protokoll|Compte rendu|Verbale|Notulen|Minuta|Ata"),
    "attendees": _t(
        "Attendees|Teilnehmende|Participants|Partecipanti|Aanwezig|Asistentes|Participantes"
    ),
    "actions": _t("Actions|Aufgaben|Actions|Azioni|Actiepunten|Acciones|Ações"),
    "to_contact": _t(
        "{a} to contact {p}|{a} kontaktiert {p}|{a} contacte {p}|{a} contatta {p}|"
        "{a} belt {p}|{a} contactará a {p}|{a} contacta {p}"
    ),
    "called": _t(
        "called about|rief an wegen|a appelé pour|ha chiamato per|belde over|llamó por|ligou sobre"
    ),
    "voicemail": _t(
        "Voicemail|Sprachnachricht|Message vocal|Messaggio vocale|Voicemail|Mensaje de voz|"
        "Mensagem de voz"
    ),
    "from": _t("from|von|de|da|van|de|de"),
    "unknown": _t(
        "unknown number|unbekannte Nummer|numéro masqué|numero privato|onbekend nummer|"
        "número privado|número privado"
    ),
    "this_is": _t(
        "Hi, this is {n}.|Hallo, hier ist {n}.|Bonjour, c'est {n}.|Buongiorno, sono {n}.|"
        "Hallo, met {n}.|Hola, habla {n}.|Olá, é {n}."
    ),
    "call_back": _t(
        "Please call me back, thanks.|Bitte rufen Sie zurück, danke.|Merci de me rappeler.|"
        "Mi richiamate, grazie.|Bel me even terug, bedankt.|Llámenme, gracias.|"
        "Liguem-me de volta, obrigado."
    ),
    "agent_intro": _t(
        "Thank you for calling {brand}, you're speaking with {n}. How can I help?|"
        "{brand}, guten Tag, Sie sprechen mit {n}. Wie kann ich helfen?|"
        "{brand} bonjour, {n} à l'appareil, que puis-je faire pour vous ?|"
        "{brand}, buongiorno, sono {n}, come posso aiutarla?|"
        "Goedemorgen, {brand}, u spreekt met {n}. Waarmee kan ik helpen?|"
        "Gracias por llamar a {brand}, le atiende {n}. ¿En qué le ayudo?|"
        "{brand}, bom dia, fala {n}. Em que posso ajudar?"
    ),
    "caller_intro": _t(
        "Hi, yes, my name is {n}.|Ja, hallo, mein Name ist {n}.|Oui bonjour, je suis {n}.|"
        "Buongiorno, sono {n}.|Goedemorgen, met {n}.|Hola, sí, mi nombre es {n}.|"
        "Bom dia, fala {n}."
    ),
    "me": _t("Me|Ich|Moi|Io|Ik|Yo|Eu"),
    "contact": _t("Contact|Kontakt|Contact|Contatto|Contact|Contacto|Contacto"),
    "owner": _t("Owner|Betreuer|Responsable|Referente|Eigenaar|Responsable|Responsável"),
    "activity": _t(
        "Last activity|Letzte Aktivität|Dernière activité|Ultima attività|Laatste activiteit|"
        "Última actividad|Última atividade"
    ),
    "ship_to": _t(
        "SHIP TO|EMPFÄNGER|DESTINATAIRE|DESTINATARIO|ONTVANGER|DESTINATARIO|DESTINATÁRIO"
    ),
    "sender": _t("FROM|ABSENDER|EXPÉDITEUR|MITTENTE|AFZENDER|REMITENTE|REMETENTE"),
    "weight": _t("WEIGHT|GEWICHT|POIDS|PESO|GEWICHT|PESO|PESO"),
    "message": _t("Message|Nachricht|Message|Messaggio|Bericht|Mensaje|Mensagem"),
    "status": _t("open|offen|ouvert|aperto|open|abierto|aberto"),
    "ext": _t("ext.|Durchwahl|poste|int.|toestel|ext.|ext."),
    "country": _t("Country|Land|Pays|Paese|Land|País|País"),
}
AGENT_LINES = {
    "en": ("Thanks, let me check that for you.", "One moment please.",
           "I've updated your details.", "Is there anything else I can help with?",
           "Could you confirm a few details for me?"),
    "de": ("Danke, ich schaue kurz nach.", "Einen Augenblick bitte.",
           "Ich habe Ihre Daten aktualisiert.", "Kann ich sonst noch helfen?",
           "Können Sie mir ein paar Angaben bestätigen?"),
    "fr": ("Merci, je vérifie.", "Un instant s'il vous plaît.",
           "J'ai mis à jour vos informations.", "Puis-je vous aider pour autre chose ?",
           "Pouvez-vous confirmer quelques informations ?"),
    "it": ("Grazie, controllo subito.", "Un attimo, per favore.", "Ho aggiornato i suoi dati.",
           "Posso aiutarla in altro?", "Può confermarmi alcuni dati?"),
    "nl": ("Bedankt, ik kijk het even na.", "Een ogenblik alstublieft.",
           "Ik heb uw gegevens bijgewerkt.", "Kan ik u nog ergens mee helpen?",
           "Kunt u een paar gegevens bevestigen?"),
    "es": ("Gracias, lo reviso.", "Un momento, por favor.", "Ya actualicé sus datos.",
           "¿Le puedo ayudar en algo más?", "¿Me confirma algunos datos?"),
    "pt": ("Obrigado, vou verificar.", "Um momento, por favor.", "Atualizei os seus dados.",
           "Posso ajudar em mais alguma coisa?", "Pode confirmar alguns dados?"),
}  # fmt: skip
# fact key -> language -> sentence templates; "\n{v}" takes a multi-line address
PROSE = {
    "name": {
        "en": ("My name is {v}.", "This is {v} writing."),
        "de": ("Mein Name ist {v}.", "Hier schreibt {v}."),
        "fr": ("Je m'appelle {v}.", "Ici {v}."),
        "it": ("Mi chiamo {v}.", "Vi scrive {v}."),
        "nl": ("Mijn naam is {v}.", "U spreekt met {v}."),
        "es": ("Me llamo {v}.", "Les escribe {v}."),
        "pt": ("Chamo-me {v}.", "Escreve {v}."),
    },
    "address": {
        "en": ("My address is {v}.", "Please send it to:\n{v}"),
        "de": ("Meine Adresse lautet {v}.", "Bitte schicken Sie es an:\n{v}"),
        "fr": ("Mon adresse est {v}.", "Merci de l'envoyer à :\n{v}"),
        "it": ("Il mio indirizzo è {v}.", "Per favore speditelo a:\n{v}"),
        "nl": ("Mijn adres is {v}.", "Graag versturen naar:\n{v}"),
        "es": ("Mi domicilio es {v}.", "Por favor envíenlo a:\n{v}"),
        "pt": ("A minha morada é {v}.", "Por favor enviem para:\n{v}"),
    },
    "phone": {
        "en": ("You can reach me on {v}.", "Call me back at {v}, please."),
        "de": ("Sie erreichen mich unter {v}.", "Bitte rufen Sie mich unter {v} zurück."),
        "fr": ("Vous pouvez me joindre au {v}.", "Rappelez-moi au {v} svp."),
        "it": ("Potete contattarmi al {v}.", "Richiamatemi al {v}, grazie."),
        "nl": ("U kunt mij bereiken op {v}.", "Bel me terug op {v} a.u.b."),
        "es": ("Me pueden localizar al {v}.", "Llámenme al {v}, por favor."),
        "pt": ("Podem contactar-me pelo {v}.", "Liguem-me para o {v}, por favor."),
    },
    "email": {
        "en": ("My email is {v}.", "Please reply to {v} instead."),
        "de": ("Meine E-Mail-Adresse ist {v}.", "Bitte antworten Sie an {v}."),
        "fr": ("Mon adresse e-mail est {v}.", "Merci de répondre à {v}."),
        "it": ("La mia email è {v}.", "Rispondete pure a {v}."),
        "nl": ("Mijn e-mailadres is {v}.", "Stuur het antwoord naar {v}."),
        "es": ("Mi correo es {v}.", "Respondan a {v}, por favor."),
        "pt": ("O meu email é {v}.", "Respondam para {v}, por favor."),
    },
    "iban": {
        "en": ("Please refund to IBAN {v}.", "My bank account is {v}."),
        "de": ("Bitte überweisen Sie auf IBAN {v}.", "Meine Bankverbindung: {v}"),
        "fr": ("Merci de rembourser sur l'IBAN {v}.", "Mon IBAN : {v}"),
        "it": ("Vi prego di accreditare sull'IBAN {v}.", "Il mio IBAN è {v}."),
        "nl": ("Graag terugstorten op {v}.", "Mijn IBAN is {v}."),
        "es": ("Depositen el reembolso a la cuenta IBAN {v}.", "Mi IBAN es {v}."),
        "pt": ("Reembolsem para o IBAN {v}.", "O meu IBAN é {v}."),
    },
    "card": {
        "en": ("I paid with card {v}.", "Card number: {v}"),
        "de": ("Ich habe mit der Karte {v} bezahlt.", "Kartennummer: {v}"),
        "fr": ("J'ai payé avec la carte {v}.", "Numéro de carte : {v}"),
        "it": ("Ho pagato con la carta {v}.", "Numero carta: {v}"),
        "nl": ("Ik heb betaald met kaart {v}.", "Kaartnummer: {v}"),
        "es": ("Pagué con la tarjeta {v}.", "Número de tarjeta: {v}"),
        "pt": ("Paguei com o cartão {v}.", "Número do cartão: {v}"),
    },
    "dob": {
        "en": ("My date of birth is {v}.", "I was born on {v}."),
        "de": ("Mein Geburtsdatum ist der {v}.", "Ich bin am {v} geboren."),
        "fr": ("Je suis né(e) le {v}.", "Date de naissance : {v}"),
        "it": ("Sono nato/a il {v}.", "Data di nascita: {v}"),
        "nl": ("Mijn geboortedatum is {v}.", "Ik ben geboren op {v}."),
        "es": ("Mi fecha de nacimiento es {v}.", "Nací el {v}."),
        "pt": ("A minha data de nascimento é {v}.", "Nasci a {v}."),
    },
    "ip": {
        "en": ("I'm connecting from {v}.", "The error page shows my IP as {v}."),
        "de": ("Ich verbinde mich von {v} aus.", "Laut Fehlermeldung ist meine IP {v}."),
        "fr": ("Je me connecte depuis {v}.", "Le message indique mon IP : {v}."),
        "it": ("Mi collego da {v}.", "L'errore riporta il mio IP {v}."),
        "nl": ("Ik maak verbinding vanaf {v}.", "De foutmelding toont mijn IP {v}."),
        "es": ("Me conecto desde {v}.", "El error muestra mi IP {v}."),
        "pt": ("Estou a ligar-me a partir de {v}.", "O erro mostra o meu IP {v}."),
    },
    "password": {
        "en": ("The password I set is {v}", "Temporary password: {v}"),
        "de": ("Das Passwort lautet {v}", "Vorläufiges Passwort: {v}"),
        "fr": ("Le mot de passe est {v}", "Mot de passe provisoire : {v}"),
        "it": ("La password è {v}", "Password temporanea: {v}"),
        "nl": ("Het wachtwoord is {v}", "Tijdelijk wachtwoord: {v}"),
        "es": ("La contraseña es {v}", "Contraseña temporal: {v}"),
        "pt": ("A palavra-passe é {v}", "Palavra-passe temporária: {v}"),
    },
    "apikey": {
        "en": ("Here is the API key: {v}", "We use this token: {v}"),
        "de": ("Hier der API-Schlüssel: {v}", "Wir nutzen diesen Token: {v}"),
        "fr": ("Voici la clé API : {v}", "Nous utilisons ce jeton : {v}"),
        "it": ("Ecco la chiave API: {v}", "Usiamo questo token: {v}"),
        "nl": ("Hier is de API-sleutel: {v}", "We gebruiken dit token: {v}"),
        "es": ("Aquí está la clave API: {v}", "Usamos este token: {v}"),
        "pt": ("Aqui está a chave da API: {v}", "Usamos este token: {v}"),
    },
    "url": {
        "en": ("The connection string is {v}", "It fails on {v}"),
        "de": ("Der Connection-String lautet {v}", "Es scheitert bei {v}"),
        "fr": ("La chaîne de connexion est {v}", "Ça échoue sur {v}"),
        "it": ("La stringa di connessione è {v}", "Fallisce su {v}"),
        "nl": ("De connectiestring is {v}", "Het faalt op {v}"),
        "es": ("La cadena de conexión es {v}", "Falla en {v}"),
        "pt": ("A connection string é {v}", "Falha em {v}"),
    },
    "ssn": {"en": ("My SSN is {v}.", "Social Security number: {v}")},
}
NEG_PROSE = {
    "en": ("For reference: {label} {v}.", "Re {label} {v}."),
    "de": ("Zur Info: {label} {v}.", "Betrifft {label} {v}."),
    "fr": ("Pour info : {label} {v}.", "Concerne {label} {v}."),
    "it": ("Per riferimento: {label} {v}.", "Rif. {label} {v}."),
    "nl": ("Ter referentie: {label} {v}.", "Betreft {label} {v}."),
    "es": ("Para referencia: {label} {v}.", "Ref. {label} {v}."),
    "pt": ("Para referência: {label} {v}.", "Ref. {label} {v}."),
}
# fact key -> (form label per language, machine field name)
FIELD = {
    "name": (_t("Name|Name|Nom|Nome|Naam|Nombre|Nome"), "name"),
    "first": (_t("First name|Vorname|Prénom|Nome|Voornaam|Nombre|Nome próprio"), "first_name"),
    "last": (_t("Last name|Nachname|Nom|Cognome|Achternaam|Apellidos|Apelido"), "last_name"),
    "address": (_t("Address|Adresse|Adresse|Indirizzo|Adres|Domicilio|Morada"), "address"),
    "phone": (_t("Phone|Telefon|Téléphone|Telefono|Telefoon|Teléfono|Telefone"), "phone"),
    "email": (_t("Email|E-Mail|E-mail|Email|E-mail|Correo|Email"), "email"),
    "iban": (_t("IBAN|IBAN|IBAN|IBAN|IBAN|IBAN|IBAN"), "iban"),
    "card": (
        _t(
            "Card number|Kartennummer|Numéro de carte|Numero carta|Kaartnummer|"
            "Número de tarjeta|Número do cartão"
        ),
        "card_number",
    ),
    "dob": (
        _t(
            "Date of birth|Geburtsdatum|Date de naissance|Data di nascita|Geboortedatum|"
            "Fecha de nacimiento|Data de nascimento"
        ),
        "date_of_birth",
    ),
    "ip": (_t("IP address|IP-Adresse|Adresse IP|Indirizzo IP|IP-adres|Dirección IP|Endereço IP"),
           "client_ip"),
    "password": (_t("Password|Passwort|Mot de passe|Password|Wachtwoord|Contraseña|"
                    "Palavra-passe"), "password"),
    "apikey": (_t("API key|API-Schlüssel|Clé API|Chiave API|API-sleutel|Clave API|Chave API"),
               "api_key"),
    "url": (_t("Connection URL|Verbindungs-URL|URL de connexion|URL di connessione|"
               "Verbindings-URL|URL de conexión|URL de ligação"), "database_url"),
    "ssn": (_t("SSN|SSN|SSN|SSN|SSN|SSN|SSN"), "ssn"),
}  # fmt: skip
NEG_LABELS = {
    "customer_number": "customer no.|Kundennummer|n° client|codice cliente|klantnummer|"
    "número de cliente|n.º de cliente",
    "contract_number": "contract no.|Vertragsnummer|n° de contrat|numero contratto|"
    "contractnummer|número de contrato|n.º de contrato",
    "meter_number": "meter no.|Zählernummer|n° de compteur|matricola contatore|meternummer|"
    "número de medidor|n.º do contador",
    "policy_number": "policy no.|Versicherungsschein-Nr.|n° de police|numero polizza|polisnummer|"
    "número de póliza|n.º da apólice",
    "member_number": "member no.|Mitgliedsnummer|n° d'adhérent|numero socio|lidnummer|"
    "número de socio|n.º de sócio",
    "case_number": "case no.|Vorgangsnummer|n° de dossier|numero pratica|dossiernummer|"
    "número de caso|n.º do processo",
    "reference_number": "reference|Aktenzeichen|référence|riferimento|kenmerk|referencia|"
    "referência",
    "imei": "IMEI|IMEI|IMEI|IMEI|IMEI|IMEI|IMEI",
    "serial_number": "serial no.|Seriennummer|n° de série|numero di serie|serienummer|"
    "número de serie|n.º de série",
    "order_id": "order|Bestellung|commande|ordine|bestelling|pedido|encomenda",
    "tracking_number": "tracking no.|Sendungsnummer|n° de suivi|codice di tracking|track & trace|"
    "número de rastreo|n.º de seguimento",
    "invoice_id": "invoice|Rechnung|facture|fattura|factuur|factura|fatura",
    "date": "delivery date|Liefertermin|date de livraison|data di consegna|bezorgdatum|"
    "fecha de entrega|data de entrega",
    "time": "time slot|Uhrzeit|créneau|fascia oraria|tijdslot|horario|horário",
    "amount": "amount|Betrag|montant|importo|bedrag|importe|montante",
    "version": "app version|App-Version|version de l'appli|versione app|app-versie|"
    "versión de la app|versão da app",
    "private_ip": "gateway|Gateway|passerelle|gateway|gateway|puerta de enlace|gateway",
    "product_name": "product|Produkt|produit|prodotto|product|producto|produto",
    "company_name": "contractor|Auftragnehmer|prestataire|ditta|aannemer|proveedor|empresa",
    "street": "pick-up point|Abholstation|point relais|punto di ritiro|afhaalpunt|"
    "punto de recogida|ponto de recolha",
    "city": "branch|Filiale|agence|filiale|vestiging|sucursal|balcão",
    "postcode": "delivery area|Zustellbezirk|secteur|zona CAP|bezorggebied|zona postal|zona postal",
    "hostname": "server|Server|serveur|server|server|servidor|servidor",
    "uuid": "request ID|Request-ID|ID de requête|ID richiesta|request-ID|ID de solicitud|"
    "ID do pedido",
    "hash": "checksum|Prüfsumme|somme de contrôle|checksum|checksum|checksum|checksum",
    "git_sha": "commit|Commit|commit|commit|commit|commit|commit",
    "vat_id": "VAT no.|USt-IdNr.|n° TVA|P.IVA|btw-nummer|RFC|NIF",
    "payment_reference": "payment reference|Verwendungszweck|référence de paiement|causale|"
    "betalingskenmerk|referencia de pago|referência de pagamento",
    "booking_code": "booking code|Buchungscode|code de réservation|codice prenotazione|"
    "boekingscode|código de reservación|código de reserva",
    "flight_number": "flight|Flug|vol|volo|vlucht|vuelo|voo",
    "seat_number": "seat|Sitzplatz|siège|posto|stoel|asiento|lugar",
    "room_number": "room|Raum|salle|stanza|kamer|sala|sala",
    "role_email": "contact|Kontakt|contact|contatto|contact|contacto|contacto",
    "card_last4": "card|Karte|carte|carta|kaart|tarjeta|cartão",
}
VAT_LABEL = {"en_US": "EIN", "en_AU": "ABN", "en_IN": "GSTIN", "de_CH": "UID", "en_IE": "VAT no."}
# real places: (city, region, postcode prefix) where Faker's are invented or inconsistent
CITIES = {
    "en_US": (
        ("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
        ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"),
        ("Albany", "NY", "122"), ("Spokane", "WA", "992"), ("Boise", "ID", "837"),
        ("Savannah", "GA", "314"), ("Omaha", "NE", "681"), ("Richmond", "VA", "232"),
    ),
    "en_GB": (
        ("Leeds", "", "LS"), ("Bristol", "", "BS"), ("Norwich", "", "NR"), ("Cardiff", "", "CF"),
        ("Glasgow", "", "G"), ("Sheffield", "", "S"), ("Reading", "", "RG"), ("York", "", "YO"),
        ("Leicester", "", "LE"), ("Brighton", "", "BN"), ("Derby", "", "DE"), ("Exeter", "", "EX"),
    ),
    "en_AU": (
        ("Brisbane", "QLD", "40"), ("Geelong", "VIC", "32"), ("Newcastle", "NSW", "23"),
        ("Perth", "WA", "60"), ("Hobart", "TAS", "70"), ("Adelaide", "SA", "50"),
        ("Canberra", "ACT", "26"), ("Darwin", "NT", "08"), ("Parramatta", "NSW", "21"),
        ("Ballarat", "VIC", "33"),
    ),
    "en_IE": (
        ("Dublin 8", "", "D08"), ("Cork", "Co. Cork", "T12"), ("Galway", "Co. Galway", "H91"),
        ("Limerick", "Co. Limerick", "V94"), ("Waterford", "Co. Waterford", "X91"),
        ("Kilkenny", "Co. Kilkenny", "R95"), ("Sligo", "Co. Sligo", "F91"),
        ("Athlone", "Co. Westmeath", "N37"), ("Dublin 6", "", "D06"),
    ),
    "fr_FR": (
        ("Lyon", "", "6900"), ("Nantes", "", "4400"), ("Rennes", "", "3500"),
        ("Lille", "", "5900"), ("Toulouse", "", "3100"), ("Bordeaux", "", "3300"),
        ("Grenoble", "", "3800"), ("Dijon", "", "2100"), ("Angers", "", "4900"),
        ("Montpellier", "", "3400"), ("Tours", "", "3700"), ("Metz", "", "5700"),
    ),
    "it_IT": (
        ("Milano", "MI", "201"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"),
        ("Firenze", "FI", "501"), ("Napoli", "NA", "801"), ("Bari", "BA", "701"),
        ("Verona", "VR", "371"), ("Padova", "PD", "351"), ("Roma", "RM", "001"),
        ("Genova", "GE", "161"),
    ),
    "es_MX": (
        ("Ciudad de México", "CDMX", "06"), ("Guadalajara", "Jal.", "44"),
        ("Monterrey", "N.L.", "64"), ("Puebla", "Pue.", "72"), ("Querétaro", "Qro.", "76"),
        ("Mérida", "Yuc.", "97"), ("León", "Gto.", "37"), ("Toluca", "Méx.", "50"),
        ("Morelia", "Mich.", "58"), ("Oaxaca", "Oax.", "68"),
    ),
}  # fmt: skip
COLONIAS = ("Centro", "Del Valle", "Roma Norte", "Jardines del Sur", "Las Águilas", "San Rafael",
            "Chapultepec", "Lomas Altas", "Reforma", "Santa María")  # fmt: skip
COUNTRY_LINE = {
    "en_US": ("USA", "United States"),
    "en_GB": ("United Kingdom", "UK"),
    "en_AU": ("Australia",),
    "en_IE": ("Ireland",),
    "en_IN": ("India",),
    "de_DE": ("Deutschland", "Germany"),
    "de_CH": ("Schweiz", "Switzerland"),
    "fr_FR": ("France",),
    "it_IT": ("Italia", "Italy"),
    "nl_NL": ("Nederland", "Netherlands"),
    "es_MX": ("México", "Mexico"),
    "pt_PT": ("Portugal",),
}
# national significant number prefixes and lengths, from each country's numbering plan
PHONE_PLANS = {
    "US": tuple((a, 10) for a in "212 415 312 617 202 305 512 206 303 404 615 702 919".split()),
    "GB": tuple((p, 10) for p in "71 73 74 75 77 78 79 20 161 121 131 117 113 114".split()),
    "AU": tuple((p, 9) for p in "40 41 42 43 45 47 29 38 39 73 89 26".split()),
    "IE": (("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9), ("1", 8), ("21", 9), ("91", 9)),
    "IN": tuple((p, 10) for p in "98 97 96 95 94 93 91 90 88 87 70 63 11 22 80 44".split()),
    "DE": (("151", 11), ("152", 11), ("157", 11), ("160", 10), ("170", 10), ("171", 10),
           ("172", 10), ("176", 11), ("177", 10), ("179", 10), ("30", 10), ("40", 10),
           ("89", 10), ("221", 10), ("69", 10), ("211", 10), ("711", 10), ("351", 10)),
    "CH": tuple((p, 9) for p in "75 76 77 78 79 44 43 22 31 61 21 41 71".split()),
    "FR": tuple((p, 9) for p in "6 7 1 2 3 4 5 9".split()),
    "IT": tuple((p, 10) for p in "320 328 333 338 340 347 349 366 388 393 02 06 011 055 081 051"
                .split()),
    "NL": tuple((p, 9) for p in "6 6 6 20 10 30 70 40 50 23".split()),
    "MX": tuple((p, 10) for p in "55 33 81 222 442 664 998 477".split()),
    "PT": tuple((p, 9) for p in "91 92 93 96 21 22 239 253".split()),
}  # fmt: skip
TRUNK0 = ("GB", "DE", "CH", "FR", "NL", "AU", "IE")


# ---------------------------------------------------------------------------------------------
# pieces
# ---------------------------------------------------------------------------------------------


def txt(s: str) -> Piece:
    return (s, None, None)


def ent(s: str, etype: str) -> Piece:
    return (s, etype, None)


def neg(s: str, kind: str) -> Piece:
    return (s, None, kind)


def _as_pieces(v) -> list[Piece]:
    if isinstance(v, str):
        return [txt(v)]
    if isinstance(v, tuple):
        return [v]
    return list(v)


def fill(tpl: str, **slots) -> list[Piece]:
    """The template's text with each {slot} replaced by its pieces."""
    out: list[Piece] = []
    for part in re.split(r"(\{\w+\})", tpl):
        if part[:1] == "{" and part[1:-1] in slots:
            out.extend(_as_pieces(slots[part[1:-1]]))
        elif part:
            out.append(txt(part))
    return out


def plain(pieces: list[Piece]) -> str:
    return "".join(p[0] for p in pieces)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s.lower() if ch in string.ascii_lowercase + string.digits)


# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str
    gender: str
    title: str
    nick: str | None
    handle: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _surname(rng: random.Random, fake: Faker, loc: str) -> str:
    last = fake.last_name()
    while last.startswith("auch "):
        last = fake.last_name()
    roll = rng.random()
    if loc in ("es_MX", "pt_PT") and roll < 0.7:
        return f"{last} {fake.last_name()}"
    if loc in ("de_DE", "de_CH", "fr_FR", "en_GB", "nl_NL") and roll < 0.08:
        return f"{last}-{fake.last_name()}"
    if loc == "de_DE" and roll < 0.12:
        return f"von {last}"
    if loc == "it_IT" and roll < 0.12:
        return rng.choice(("De ", "Di ", "Lo ", "La ")) + last
    if loc == "fr_FR" and roll < 0.13:
        return rng.choice(("de ", "Le ", "de La ")) + last
    return last


def make_person(rng: random.Random, fake: Faker, loc: str, lang: str) -> Person:
    gender = rng.choice("mf")
    nicks = NICKS[lang]
    if rng.random() < 0.1:
        first = rng.choice(sorted(nicks))
        gender = "f" if first in GENDER_OF_NICK else "m"
    else:
        first = fake.first_name_male() if gender == "m" else fake.first_name_female()
    last = _surname(rng, fake, loc)
    if first in last.split() or last in first.split():
        last = fake.last_name() + "-" + fake.last_name()
    title = rng.choice(TITLES[lang][gender == "f"])
    f, lst = _slug(first.split()[0]), _slug(last.split()[0] if lang in ("es", "pt") else last)
    handle = rng.choice(
        (f"{f}.{lst}", f"{f[0]}{lst}", f"{f}{lst[0]}", f"{f}_{lst}", f"{f}.{lst[0]}")
    )
    return Person(first, last, gender, title, nicks.get(first), handle)


def email_for(rng: random.Random, p: Person, domains: tuple[str, ...]) -> str:
    f = _slug(p.first.split()[0])
    lst = _slug(p.last.split()[0] if " " in p.last and "-" not in p.last else p.last)
    local = rng.choice(
        (
            f"{f}.{lst}",
            f"{f[0]}{lst}",
            f"{f}{lst}",
            f"{f}_{lst}",
            f"{lst}.{f}",
            f"{f}.{lst}{rng.randint(1, 99)}",
            f"{f[0]}.{lst}",
            f"{f}{rng.randint(1960, 2004)}",
        )
    )
    return f"{local}@{rng.choice(domains)}"


def _postcode(rng: random.Random, fake: Faker, loc: str, prefix: str) -> str:
    if loc == "en_US":
        return prefix + _digits(rng, 2) + (f"-{_digits(rng, 4)}" if rng.random() < 0.15 else "")
    if loc == "en_GB":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{prefix}{rng.randint(1, 20)} {rng.randint(1, 9)}{_alnum(rng, 2, letters)}"
    if loc == "en_AU":
        return prefix + _digits(rng, 2)
    if loc == "en_IE":
        return f"{prefix} {_alnum(rng, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if loc == "fr_FR":
        return prefix + str(rng.randint(0, 9))
    if loc == "it_IT":
        return prefix + _digits(rng, 2)
    if loc == "es_MX":
        return prefix + _digits(rng, 3)
    if loc == "nl_NL":
        return f"{rng.randint(1000, 9999)} {_alnum(rng, 2, 'ABCEGHJKLMNPRSTVXZ')}"
    if loc == "en_IN":
        return str(rng.randint(110001, 855999))
    return fake.postcode()


def _street_line(rng: random.Random, fake: Faker, loc: str) -> str:
    street, num = fake.street_name(), str(rng.randint(1, 240))
    if loc in ("de_DE", "de_CH", "nl_NL"):
        suffix = (
            rng.choice(("", "", "", "a", "b"))
            if loc != "nl_NL"
            else rng.choice(("", "", "", "A", "-2", " bis", "-hs"))
        )
        return f"{street} {num}{suffix}"
    if loc == "it_IT":
        return rng.choice((f"{street}, {num}", f"{street} {num}"))
    if loc == "pt_PT":
        return rng.choice((f"{street}, {num}", f"{street}, n.º {num}", f"{street} {num}"))
    if loc == "es_MX":
        return f"{street} {num}" + rng.choice(("", "", f" Int. {rng.randint(1, 12)}"))
    if loc == "fr_FR":
        return f"{num}{rng.choice(('', '', ' bis', ' ter'))} {street}"
    if loc == "en_AU" and rng.random() < 0.3:
        return f"{rng.randint(1, 30)}/{num} {street}"
    return f"{num} {street}"


def _unit_line(rng: random.Random, loc: str) -> str | None:
    if rng.random() > 0.25:
        return None
    n = rng.randint(1, 40)
    return {
        "en_US": f"Apt {n}{rng.choice('ABC')}",
        "en_GB": f"Flat {n}",
        "en_IE": f"Apartment {n}",
        "en_IN": f"Flat {n}0{rng.randint(1, 9)}, {rng.choice(('Sai', 'Shanti'))} Residency",
        "fr_FR": f"Appartement {n}, Bâtiment {rng.choice('ABC')}",
        "de_DE": f"{rng.randint(1, 5)}. OG links",
        "de_CH": f"Wohnung {n}",
        "it_IT": f"Scala {rng.choice('ABC')}, interno {n}",
        "pt_PT": f"{rng.randint(1, 8)}.º Esq.",
    }.get(loc)


def _po_box(rng: random.Random, loc: str) -> str | None:
    return {
        "en_US": f"PO Box {rng.randint(100, 9999)}",
        "en_GB": f"PO Box {rng.randint(100, 999)}",
        "en_AU": f"PO Box {rng.randint(100, 999)}",
        "de_DE": f"Postfach {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "de_CH": f"Postfach {rng.randint(100, 9999)}",
        "fr_FR": f"BP {rng.randint(10, 999)}",
        "it_IT": f"Casella Postale {rng.randint(10, 999)}",
        "nl_NL": f"Postbus {rng.randint(10, 9999)}",
        "es_MX": f"Apartado Postal {rng.randint(10, 999)}",
        "pt_PT": f"Apartado {rng.randint(10, 999)}",
    }.get(loc)


def _city_lines(rng: random.Random, fake: Faker, loc: str) -> list[str]:
    if loc in CITIES:
        city, region, prefix = rng.choice(CITIES[loc])
    else:
        city, region, prefix = fake.city(), "", ""
    pc = _postcode(rng, fake, loc, prefix)
    if loc == "en_US":
        return [f"{city}, {region} {pc}"]
    if loc == "en_GB":
        return rng.choice(([city, pc], [f"{city} {pc}"], [city.upper(), pc]))
    if loc == "en_AU":
        line = f"{city} {region} {pc}"
        return [line.upper() if rng.random() < 0.4 else line]
    if loc == "en_IE":
        return [city] + ([region] if region else []) + [pc]
    if loc == "en_IN":
        return rng.choice(([f"{city} - {pc}"], [f"{city} {pc}", fake.state()]))
    if loc == "fr_FR":
        return [f"{pc} {city.upper() if rng.random() < 0.6 else city}"]
    if loc == "it_IT":
        return [f"{pc} {city} ({region})"]
    if loc == "es_MX":
        col = f"Col. {rng.choice(COLONIAS)}"
        return rng.choice(([col, f"{pc} {city}, {region}"], [col, f"C.P. {pc}, {city}, {region}"]))
    if loc == "nl_NL":
        return [f"{pc} {city.upper() if rng.random() < 0.4 else city}"]
    if loc == "de_CH":
        return [f"{rng.choice(('', '', 'CH-'))}{pc} {city}"]
    return [f"{pc} {city}"]


CO_WORD = {"en": "c/o", "de": "c/o", "fr": "chez", "it": "presso", "nl": "p/a", "es": "a/c",
           "pt": "a/c"}  # fmt: skip


def make_address(rng: random.Random, fake: Faker, loc: str, lang: str) -> list[str]:
    """An address as its lines, in the country's order."""
    street = _street_line(rng, fake, loc)
    unit = _unit_line(rng, loc)
    box = _po_box(rng, loc) if rng.random() < 0.08 else None
    if box:
        lines = [box]
    elif unit and loc in ("en_US", "pt_PT", "it_IT"):
        lines = [f"{street}, {unit}"] if rng.random() < 0.6 else [street, unit]
    elif unit and loc in ("de_DE", "de_CH"):
        lines = [street, unit]
    elif unit:
        lines = [unit, street]
    else:
        lines = [street]
    if not box and rng.random() < 0.06:
        lines.insert(0, f"{CO_WORD[lang]} {fake.first_name()} {fake.last_name()}")
    lines += _city_lines(rng, fake, loc)
    if rng.random() < 0.2:
        lines.append(rng.choice(COUNTRY_LINE[loc]))
    return lines


def _phone_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber:
    cc = phonenumbers.country_code_for_region(region)
    while True:
        prefix, length = rng.choice(PHONE_PLANS[region])
        nsn = prefix + _digits(rng, length - len(prefix))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number_for_region(num, region):
            return num


def _phone_styles(num: phonenumbers.PhoneNumber, region: str) -> list[str]:
    fmt = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(num, fmt.NATIONAL)
    intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
    cc = str(num.country_code)
    out = [intl, intl, nat, nat, nat, "00" + intl[1:], phonenumbers.format_number(num, fmt.E164)]
    out += [nat.replace(" ", "-"), nat.replace(" ", ""), intl.replace(" ", "-")]
    if region in TRUNK0:
        out.append(f"+{cc} (0){intl[len(cc) + 2 :]}")
    if region == "DE":
        out += [nat.replace(" ", "/", 1), nat.replace(" ", "/", 1)]
    if region in ("FR", "CH", "IT"):
        out.append(nat.replace(" ", "."))
    fixed = phonenumbers.number_type(num) == phonenumbers.PhoneNumberType.FIXED_LINE
    if fixed and " " in nat and nat[:1] == "0" and region not in ("FR", "IT"):
        area, rest = nat.split(" ", 1)
        out.append(f"({area}) {rest}")
    if region == "US":
        d = str(num.national_number)
        out += [
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
        ]
        out.append(f"+1 {d[:3]}-{d[3:6]}-{d[6:]}")
    return out


def make_phone(rng: random.Random, region: str) -> str:
    """A valid number for the region, written in one of the country's usual styles."""
    num = _phone_number(rng, region)
    styles = _phone_styles(num, region)
    rng.shuffle(styles)
    for s in styles:
        back = phonenumbers.parse(s, region)
        if (
            phonenumbers.is_valid_number_for_region(back, region)
            and back.national_number == num.national_number
        ):
            return s
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def make_iban(rng: random.Random, country: str) -> str:
    bban = "".join(
        rng.choice(string.ascii_uppercase) if ch == "a" else rng.choice(string.digits)
        for ch in IBAN_BBAN[country]
    )
    rearranged = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in rearranged))
    iban = f"{country}{98 - number % 97:02d}{bban}"
    assert len(iban) == IBAN_LENGTH[country]
    if rng.random() < 0.6:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def make_card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "visa", "mc", "mc", "amex"))
    if kind == "visa":
        body = "4" + _digits(rng, 14)
    elif kind == "mc":
        body = rng.choice(("51", "52", "53", "54", "55", "2221", "2720")) + ""
        body += _digits(rng, 15 - len(body))
    else:
        body = rng.choice(("34", "37")) + _digits(rng, 12)
    check = next(d for d in string.digits if luhn_valid(body + d))
    digits = body + check
    sep = rng.choice((" ", " ", "-", ""))
    if len(digits) == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


def make_public_ip(rng: random.Random) -> str:
    while True:
        if rng.random() < 0.8:
            ip = ipaddress.ip_address(".".join(str(rng.randint(1, 254)) for _ in range(4)))
        else:
            head = rng.choice(("2a01", "2a02", "2a00", "2001", "2600", "2604", "2803", "2c0f"))
            groups = [head] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(3)]
            tail = rng.choice(("::1", f"::{rng.randint(1, 0xFFFF):x}", ":0:0:0:" + "1"))
            ip = ipaddress.ip_address(":".join(groups) + tail)
        if ip.is_global and not ip.is_multicast:
            return ip.compressed


def make_private_ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 10)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "127.0.0.1",
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"fd{rng.randint(0, 255):02x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 99)}",
            f"fe80::{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}",
        )
    )


PW_WORDS = (
    "Sunflower",
    "Bluebird",
    "Mondschein",
    "Soleil",
    "Girasole",
    "Zonnebloem",
    "Mariposa",
    "Saudade",
    "Kangaroo",
    "Shamrock",
    "Himalaya",
    "Edelweiss",
    "Tramonto",
    "Tulpen",
)
B64 = string.ascii_letters + string.digits


def make_password(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(PW_WORDS)}{rng.randint(1, 2025)}{rng.choice('!#$%&*?')}"
    core = _alnum(rng, rng.randint(10, 16), B64 + "!#$%&*?-_=+")
    return _alnum(rng, 1, B64) + core + _alnum(rng, 1, B64)


def make_token(rng: random.Random) -> tuple[str, str]:
    """(config key, token value)."""
    kind = rng.randrange(6)
    if kind == 0:
        return "STRIPE_SECRET_KEY", "sk_live_" + _alnum(rng, 24)
    if kind == 1:
        return "GITHUB_TOKEN", "ghp_" + _alnum(rng, 36)
    if kind == 2:
        return "SLACK_BOT_TOKEN", f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_alnum(rng, 24)}"
    if kind == 3:
        return "AWS_SECRET_ACCESS_KEY", _alnum(rng, 40, B64 + "/+")[:-1] + _alnum(rng, 1)
    if kind == 4:
        b64u = B64 + "-_"
        body = f"{_alnum(rng, rng.randint(30, 60), b64u)}.{_alnum(rng, 43, b64u)}"
        return "JWT", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + body
    return "API_KEY", _alnum(rng, 32, "0123456789abcdef")


def make_cred_url(rng: random.Random, domain: str, p: Person | None) -> str:
    scheme, port, path = rng.choice(
        (
            ("postgres", ":5432", "/crm"),
            ("postgresql", "", "/orders"),
            ("mysql", ":3306", "/shop"),
            ("redis", ":6379", "/0"),
            ("mongodb", ":27017", "/app"),
            ("amqp", ":5672", "/vhost"),
            ("https", "", "/dav/backup/"),
            ("ftp", "", "/upload"),
            ("sftp", ":22", "/exports"),
        )
    )
    user = (
        p.handle
        if p is not None and rng.random() < 0.5
        else rng.choice(("admin", "svc_backup", "deploy", "app", "reporting", "etl"))
    )
    pw = _alnum(rng, rng.randint(8, 16), B64 + "!$*-_")
    host = rng.choice(("db-prod-01", "ftp", "files", "cache-eu", "mq", "backup")) + "." + domain
    return f"{scheme}://{user}:{pw}@{host}{port}{path}"


def make_ssn(rng: random.Random) -> str:
    while True:
        area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if area != 666:
            sep = "-" if rng.random() < 0.85 else " "
            return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def fmt_date(rng: random.Random, loc: str, lang: str, d: datetime.date, iso: bool = False) -> str:
    if iso:
        return d.isoformat()
    month = MONTHS[lang].split()[d.month - 1]
    numeric = {
        "en_US": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "de_DE": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "de_CH": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "nl_NL": f"{d.day:02d}-{d.month:02d}-{d.year}",
    }.get(loc, f"{d.day:02d}/{d.month:02d}/{d.year}")
    long = {
        "en": f"{month} {d.day}, {d.year}" if loc == "en_US" else f"{d.day} {month} {d.year}",
        "de": f"{d.day}. {month} {d.year}",
        "es": f"{d.day} de {month} de {d.year}",
        "pt": f"{d.day} de {month} de {d.year}",
    }.get(lang, f"{d.day} {month} {d.year}")
    return rng.choice((numeric, numeric, long, d.isoformat()))


def _rand_date(rng: random.Random, y0: int, y1: int) -> datetime.date:
    start = datetime.date(y0, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(y1, 12, 31).toordinal()))


def _phone_shaped(rng: random.Random) -> str:
    pattern = rng.choice(
        ("ddd-ddd-dddd", "dddd dddddd", "0ddd ddd dddd", "dd dd dd dd dd", "ddd.ddd.dddd",
         "dddddddddd", "dddd-dddd-dd", "ddd ddd ddd", "ddddddd-dd")
    )  # fmt: skip
    return "".join(rng.choice(string.digits) if ch == "d" else ch for ch in pattern)


def _imei(rng: random.Random) -> str:
    body = rng.choice(("35", "86", "01", "35")) + _digits(rng, 12)
    digits = body + next(d for d in string.digits if luhn_valid(body + d))
    if rng.random() < 0.5:
        return digits
    return f"{digits[:2]} {digits[2:8]} {digits[8:14]} {digits[14]}"


def _amount(rng: random.Random, loc: str) -> str:
    v = rng.randint(500, 250000) / 100
    dot = f"{v:,.2f}"
    comma = dot.replace(",", " ").replace(".", ",")
    return {
        "en_US": f"${dot}",
        "en_GB": f"£{dot}",
        "en_AU": rng.choice((f"A${dot}", f"${dot} AUD")),
        "en_IE": f"€{dot}",
        "en_IN": rng.choice((f"₹{dot}", f"Rs. {dot}")),
        "de_DE": rng.choice((f"{comma} €", f"EUR {comma}")),
        "de_CH": rng.choice((f"CHF {dot.replace(',', chr(39))}", f"Fr. {v:.2f}")),
        "fr_FR": f"{comma} €",
        "it_IT": f"€ {comma}",
        "nl_NL": f"€ {comma}",
        "es_MX": f"${dot} MXN",
        "pt_PT": f"{comma} €",
    }[loc]


def _vat(rng: random.Random, loc: str) -> str:
    up = string.ascii_uppercase
    return {
        "en_US": f"{_digits(rng, 2)}-{_digits(rng, 7)}",
        "en_GB": f"GB{_digits(rng, 9)}",
        "en_AU": f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        "en_IE": f"IE{_digits(rng, 7)}{rng.choice(up)}",
        "en_IN": f"{_digits(rng, 2)}{_alnum(rng, 5, up)}{_digits(rng, 4)}{rng.choice(up)}1Z"
        f"{_alnum(rng, 1, up + string.digits)}",
        "de_DE": f"DE{_digits(rng, 9)}",
        "de_CH": f"CHE-{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)} MWST",
        "fr_FR": f"FR{_digits(rng, 11)}",
        "it_IT": f"IT{_digits(rng, 11)}",
        "nl_NL": f"NL{_digits(rng, 9)}B0{rng.randint(1, 9)}",
        "es_MX": f"{_alnum(rng, 3, up)}{_digits(rng, 6)}{_alnum(rng, 3, up + string.digits)}",
        "pt_PT": f"PT5{_digits(rng, 8)}",
    }[loc]


PRODUCTS = (
    "Smart Thermostat",
    "Pro Blender",
    "Air Purifier",
    "Robot Vacuum",
    "Desk Lamp",
    "Wireless Earbuds",
    "Baby Monitor",
    "Coffee Grinder",
    "Fitness Band",
    "E-Reader",
)
COMPANY_FORMS = {
    "en": ("{s} & Sons Ltd", "{s} Plumbing", "{s} Legal LLP", "{s} Motors"),
    "de": ("{s} & Söhne GmbH", "Malerbetrieb {s}", "{s} Bau GmbH", "Autohaus {s}"),
    "fr": ("{s} Immobilier SARL", "Garage {s}", "Cabinet {s}", "{s} et Fils"),
    "it": ("{s} Costruzioni S.r.l.", "Officina {s}", "Studio {s}", "{s} & Figli S.p.A."),
    "nl": ("{s} B.V.", "Installatiebedrijf {s}", "{s} Advocaten", "Garage {s}"),
    "es": ("Grupo {s} S.A. de C.V.", "Taller {s}", "Despacho {s}", "{s} y Asociados"),
    "pt": ("{s} & Filhos, Lda.", "Oficina {s}", "{s} Advogados", "Construções {s}, S.A."),
}


def _neg_value(c: Ctx, kind: str) -> str:
    """A value for a negative kind: numbers, dates, names and places."""
    rng, loc = c.rng, c.loc
    up = string.ascii_uppercase
    if kind in ("customer_number", "contract_number", "meter_number", "policy_number",
                "member_number", "case_number", "reference_number"):  # fmt: skip
        return _phone_shaped(rng)
    if kind == "imei":
        return _imei(rng)
    if kind == "serial_number":
        return rng.choice((_alnum(rng, 12, up + string.digits), f"SN{_digits(rng, 10)}"))
    if kind == "order_id":
        return rng.choice(
            (f"#{_digits(rng, 4)}-{_digits(rng, 5)}", f"ORD-{rng.randint(2022, 2025)}-"
             f"{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}")
        )  # fmt: skip
    if kind == "tracking_number":
        return rng.choice(
            (f"1Z{_alnum(rng, 6, up + string.digits)}{_digits(rng, 10)}",
             f"JJD{_digits(rng, 15)}", f"RR{_digits(rng, 9)}{REGION[loc]}", _digits(rng, 20))
        )  # fmt: skip
    if kind == "invoice_id":
        return rng.choice((f"INV-{rng.randint(2022, 2025)}-{_digits(rng, 5)}",
                           f"RE-{rng.randint(2022, 2025)}/{_digits(rng, 4)}",
                           f"FA{_digits(rng, 6)}"))  # fmt: skip
    if kind == "date":
        return fmt_date(rng, loc, c.lang, _rand_date(rng, 2023, 2025))
    if kind == "time":
        h, m = rng.randint(7, 19), rng.choice((0, 15, 30, 45))
        if loc == "en_US":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        return f"{h}h{m:02d}" if c.lang == "fr" else f"{h:02d}:{m:02d}"
    if kind == "amount":
        return _amount(rng, loc)
    if kind == "version":
        return rng.choice(
            (
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                f"{rng.randint(10, 18)}.{rng.randint(0, 6)}.{rng.randint(0, 3)}",
            )
        )
    if kind == "private_ip":
        return make_private_ip(rng)
    if kind == "product_name":
        return f"{c.fake.first_name()} {rng.choice(PRODUCTS)}"
    if kind == "company_name":
        return rng.choice(COMPANY_FORMS[c.lang]).format(s=c.fake.last_name())
    if kind == "street":
        return c.fake.street_name()
    if kind == "city":
        return rng.choice(CITIES[loc])[0] if loc in CITIES else c.fake.city()
    if kind == "postcode":
        prefix = rng.choice(CITIES[loc])[2] if loc in CITIES else ""
        return _postcode(rng, c.fake, loc, prefix)
    return _code_value(c, kind)


def _code_value(c: Ctx, kind: str) -> str:
    """A value for a negative kind: codes, ids and machine strings."""
    rng, hexd = c.rng, "0123456789abcdef"
    if kind == "hostname":
        return rng.choice(("srv-db02.corp.local", "mail-eu-3.internal", "build-runner-7.lan",
                           "fileserver01.intra", "vpn-gw2.office.local"))  # fmt: skip
    if kind == "uuid":
        h = _alnum(rng, 32, hexd)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "hash":
        return _alnum(rng, rng.choice((32, 64)), hexd)
    if kind == "git_sha":
        return _alnum(rng, rng.choice((7, 40)), hexd)
    if kind == "vat_id":
        return _vat(rng, c.loc)
    if kind == "payment_reference":
        return f"RF{rng.randint(10, 99)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"
    if kind == "booking_code":
        return _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if kind == "flight_number":
        air = rng.choice(("LH", "BA", "AF", "KL", "AZ", "TP", "EI", "QF", "AI", "LX", "AM", "UA"))
        return f"{air}{rng.choice(('', ' '))}{rng.randint(10, 2999)}"
    if kind == "seat_number":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "room_number":
        return rng.choice(
            (
                f"{rng.randint(1, 5)}.{rng.randint(1, 40):02d}",
                str(rng.randint(101, 540)),
                f"B{rng.randint(1, 4)}-{rng.randint(1, 30)}",
            )
        )
    if kind == "role_email":
        return f"{rng.choice(('support', 'noreply', 'info', 'billing', 'service'))}@{c.domain}"
    if kind == "card_last4":
        last4 = _digits(rng, 4)
        return rng.choice((f"**** **** **** {last4}", f"•••• {last4}", f"XXXX-{last4}"))
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# facts: a labelled value with its label, as pieces for prose and for one-line fields
# ---------------------------------------------------------------------------------------------


@dataclass
class Fact:
    key: str
    label: str
    field: str
    multi: list[Piece]
    one: list[Piece]
    neg: bool = False
    lines: tuple[str, ...] = ()


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker
    loc: str
    lang: str
    sit: str
    brand: str
    domain: str
    subject: str
    opener: str
    P: Person | None
    A: Person | None
    email: str | None
    facts: list[Fact]
    negs: list[Fact]


def make_neg(c: Ctx, kind: str) -> Fact:
    label = _t(NEG_LABELS[kind])[c.lang]
    if kind == "vat_id":
        label = VAT_LABEL.get(c.loc, label)
    if kind == "date" and c.rng.random() < 0.5:
        label = _t("appointment|Termin|rendez-vous|appuntamento|afspraak|cita|marcação")[c.lang]
    pieces = [neg(_neg_value(c, kind), kind)]
    return Fact(kind, label, kind, pieces, pieces, neg=True)


def make_fact(c: Ctx, key: str, p: Person) -> Fact:
    rng = c.rng
    label, field = FIELD[key][0][c.lang], FIELD[key][1]
    if key == "address":
        lines = make_address(rng, c.fake, c.loc, c.lang)
        multi = [ent("\n".join(lines), "address")]
        return Fact(
            key, label, field, multi, [ent(", ".join(lines), "address")], lines=tuple(lines)
        )
    if key == "phone":
        pieces = [ent(make_phone(rng, REGION[c.loc]), "phone")]
        if rng.random() < 0.08:
            ext = rng.randint(10, 499)
            pieces.append(txt(f" x{ext}" if c.loc == "en_US" else f" ({W['ext'][c.lang]} {ext})"))
        field = rng.choice(("phone", "mobile", "tel"))
        return Fact(key, label, field, pieces, pieces)
    if key == "apikey":
        field, value = make_token(rng)
        value_pieces = [ent(value, "secret")]
        return Fact(key, label, field.lower(), value_pieces, value_pieces)
    value, etype = {
        "email": lambda: (
            c.email if p is c.P and c.email else email_for(rng, p, MAIL_DOMAINS[c.loc]),
            "email",
        ),
        "iban": lambda: (make_iban(rng, IBAN_COUNTRY[c.loc]), "iban"),
        "card": lambda: (make_card(rng), "card"),
        "dob": lambda: (fmt_date(rng, c.loc, c.lang, _rand_date(rng, 1938, 2005)), "dob"),
        "ip": lambda: (make_public_ip(rng), "ip"),
        "password": lambda: (make_password(rng), "secret"),
        "url": lambda: (make_cred_url(rng, c.domain, p), "url_credentials"),
        "ssn": lambda: (make_ssn(rng), "ssn"),
    }[key]()
    return Fact(key, label, field, [ent(value, etype)], [ent(value, etype)])


# ---------------------------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------------------------

W["subject"] = _t("Subject|Betreff|Objet|Oggetto|Onderwerp|Asunto|Assunto")
PROSE_FORMS = ("full", "full", "first", "title_last", "title_full", "initial_last", "last_first",
               "LAST_first", "caps", "nick")  # fmt: skip


def name(
    c: Ctx, p: Person | None, forms: tuple[str, ...] = PROSE_FORMS, role: str = "role"
) -> list[Piece]:
    """The person's name in one of the forms (titles outside the span); a role word if none."""
    if p is None:
        return [txt(W[role][c.lang])]
    form = c.rng.choice(forms)
    if form == "initial_last" and p.first[0] == "M":  # "M." reads as Monsieur
        form = "full"
    value = {
        "full": p.full,
        "first": p.first,
        "last_first": f"{p.last}, {p.first}",
        "LAST_first": f"{p.last.upper()} {p.first}",
        "caps": p.full.upper(),
        "initial_last": f"{p.first[0]}. {p.last}",
        "handle": p.handle,
        "nick": p.nick or p.first,
        "last": p.last,
    }.get(form)
    if form in ("title_last", "title_full"):
        return [txt(p.title + " "), ent(p.last if form == "title_last" else p.full, "person")]
    return [ent(value, "person")]


def prose(c: Ctx, f: Fact, oneline: bool = False) -> list[Piece]:
    if f.neg:
        return fill(c.rng.choice(NEG_PROSE[c.lang]), label=f.label, v=f.one)
    tpl = c.rng.choice(PROSE[f.key].get(c.lang) or PROSE[f.key]["en"])
    if oneline:
        tpl = tpl.replace(":\n{v}", ": {v}")
    return fill(tpl, v=f.multi if "\n{v}" in tpl else f.one)


def all_facts(c: Ctx) -> list[Fact]:
    items = c.facts + c.negs
    c.rng.shuffle(items)
    return items


def cust_body(c: Ctx, oneline: bool = False, sep: str = " ") -> list[Piece]:
    out = [txt(c.opener)]
    if c.P is not None and c.rng.random() < 0.3:
        out += [txt(sep)] + fill(c.rng.choice(PROSE["name"][c.lang]), v=name(c, c.P, ("full",)))
    after_block = False
    for f in all_facts(c):
        said = prose(c, f, oneline)
        block = any("\n" in s for s, _, _ in said)
        out += [txt("\n" if block or after_block else sep)] + said
        after_block = block
    return out + [txt(("\n" if after_block else sep) + W["request"][c.lang])]


def name_fields(c: Ctx, p: Person | None) -> list[tuple[str, str, list[Piece]]]:
    """(label, field, pieces) rows naming the person in a form."""
    if p is None:
        return []
    (lab, fld), lang = FIELD["name"], c.lang
    roll = c.rng.random()
    if roll < 0.3:
        return [
            (FIELD["first"][0][lang], "first_name", [ent(p.first, "person")]),
            (FIELD["last"][0][lang], "last_name", [ent(p.last, "person")]),
        ]
    forms = ("full", "full", "full", "last_first", "LAST_first", "caps")
    return [(lab[lang], fld, name(c, p, forms))]


def form_lines(c: Ctx, sep: str = ": ", facts: list[Fact] | None = None) -> list[Piece]:
    out: list[Piece] = []
    rows = name_fields(c, c.P) + [(f.label, f.field, f.one) for f in (facts or all_facts(c))]
    for label, _, pieces in rows:
        out += [txt(label[:1].upper() + label[1:] + sep)] + pieces + [txt("\n")]
    return out


def greet_person(c: Ctx) -> list[Piece]:
    p, lang = c.P, c.lang
    if p is None:
        return [txt(W["hello"][lang] + ",")]
    if c.rng.random() < 0.5:
        return [txt(W["hi"][lang] + " "), *name(c, p, ("first", "first", "nick")), txt(",")]
    word = W["formal_f" if p.gender == "f" else "formal_m"][lang]
    return [txt(f"{word} {p.title} "), ent(p.last, "person"), txt(",")]


def greet_team(c: Ctx) -> list[Piece]:
    if c.rng.random() < 0.5:
        return [txt(W["hello"][c.lang] + ",")]
    return [txt(W["dear_team"][c.lang].format(brand=c.brand) + ",")]


def work_email(c: Ctx, p: Person) -> str:
    f, lst = _slug(p.first.split()[0]), _slug(p.last.replace(" ", ""))
    return c.rng.choice((f"{f}.{lst}", f"{f[0]}.{lst}", f"{f[0]}{lst}")) + "@" + c.domain


def agent_sig(c: Ctx) -> list[Piece]:
    out = [txt(W["closing"][c.lang] + ",\n")]
    if c.A is None:
        return out + [txt(f"{W['team'][c.lang]} | {c.brand}")]
    out += name(c, c.A, ("full", "full", "first", "initial_last"))
    out += [txt(f"\n{W['team'][c.lang]} | {c.brand}")]
    if c.rng.random() < 0.4:
        out += [txt("\n"), ent(work_email(c, c.A), "email")]
    return out


def cust_sig(c: Ctx) -> list[Piece]:
    out = [txt(c.rng.choice((W["closing"][c.lang] + ",", W["thanks"][c.lang] + "!")) + "\n")]
    if c.P is None:
        return [txt(out[0][0].rstrip())]
    out += name(c, c.P, ("full", "full", "first", "nick", "initial_last"))
    phones = [f for f in c.facts if f.key == "phone"]
    if phones and c.rng.random() < 0.4:
        out += [txt("\n")] + phones[0].one
    return out


def quote(pieces: list[Piece], prefix: str = "> ") -> list[Piece]:
    out = [txt(prefix)]
    for s, t, n in pieces:
        if t is None and n is None:
            out.append(txt(s.replace("\n", "\n" + prefix)))
        else:
            assert "\n" not in s, s
            out.append((s, t, n))
    return out


def _clock(c: Ctx, start: int, k: int) -> str:
    minutes = start + 2 * k + c.rng.randint(0, 1)
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _iso_day(c: Ctx) -> str:
    return _rand_date(c.rng, 2023, 2025).isoformat()


# ---------------------------------------------------------------------------------------------
# shapes
# ---------------------------------------------------------------------------------------------


def shape_email(c: Ctx, oneline: bool = False) -> list[Piece]:
    rng, lang = c.rng, c.lang
    out = [txt(f"{W['subject'][lang]}: {c.subject}\n\n")] if rng.random() < 0.5 else []
    if c.P is None or rng.random() < 0.6:
        out += greet_team(c) + [txt("\n\n")] + cust_body(c, oneline) + [txt("\n\n")]
        return out + cust_sig(c)
    out += greet_person(c) + [txt("\n\n" + AGENT_LINES[lang][2] + "\n")]
    if c.facts or c.negs:
        out += [txt(W["on_file"][lang] + "\n")] + form_lines(c) + [txt("\n")]
    return out + agent_sig(c)


def shape_html_email(c: Ctx) -> list[Piece]:
    out = [txt(c.rng.choice(("<html><body>", '<div dir="ltr">', "<body><div>")) + "<p>")]
    for s, t, n in shape_email(c, oneline=True):
        if t is None and n is None:
            s = s.replace("\n\n", "</p>\0<p>").replace("\n", "<br>").replace("\0", "\n")
        out.append((s, t, n))
    return out + [txt("</p>" + c.rng.choice(("</body></html>", "</div>", "&nbsp;</div></body>")))]


def shape_quoted_reply(c: Ctx) -> list[Piece]:
    rng, lang = c.rng, c.lang
    out = greet_person(c) + [txt("\n\n" + " ".join(rng.sample(AGENT_LINES[lang], 2)) + "\n\n")]
    out += agent_sig(c) + [txt(f"\n\n{W['on'][lang]} {_iso_day(c)}, ")]
    out += name(c, c.P, ("full", "full", "caps"))
    if c.email:
        out += [txt(" <"), ent(c.email, "email"), txt(">")]
    inner = greet_team(c) + [txt("\n\n")] + cust_body(c, oneline=True) + [txt("\n\n")] + cust_sig(c)
    return out + [txt(f" {W['wrote'][lang]}:\n")] + quote(inner)


def shape_forwarded(c: Ctx) -> list[Piece]:
    out = [txt(f"---------- {W['fwd'][c.lang]} ---------\nFrom: ")]
    out += name(c, c.P, ("full", "full", "caps", "last_first"))
    if c.email:
        out += [txt(" <"), ent(c.email, "email"), txt(">")]
    out += [txt(f"\nDate: {_iso_day(c)} {_clock(c, 480, 3)}\nSubject: {c.subject}\n")]
    out += [txt(f"To: {c.brand} {W['team'][c.lang]}\n")]
    if c.A is not None and c.rng.random() < 0.6:
        out += (
            [txt("Cc: ")] + name(c, c.A, ("full",)) + [txt(" <"), ent(work_email(c, c.A), "email")]
        )
        out += [txt(">\n")]
    out += [txt("\n")] + greet_team(c) + [txt("\n\n")] + cust_body(c) + [txt("\n\n")] + cust_sig(c)
    return out


def shape_internal_note(c: Ctx) -> list[Piece]:
    rng, lang = c.rng, c.lang
    out = [txt(f"[{W['note'][lang]}] ")]
    out += name(c, c.A, ("initial_last", "handle", "first"), "agent")
    out += [txt(f" – {_iso_day(c)} {_clock(c, 540, 4)}\n{W['role'][lang]}: ")]
    out += name(c, c.P, ("title_last", "full", "LAST_first", "last_first"))
    out += [txt(f" {W['called'][lang]} “{c.subject}”. ")]
    for f in all_facts(c):
        out += [txt(f.label + ": ")] + f.one + [txt("; ")]
    return out + [txt(rng.choice(AGENT_LINES[lang]))]


def conversation(c: Ctx) -> list[tuple[str, list[Piece]]]:
    """(who, message) turns: 'P' the customer, 'A' the agent; one-line values only."""
    rng, lang = c.rng, c.lang
    turns = [("A", [txt(W["hi"][lang] + " ")] + name(c, c.P, ("first", "nick"))
              + [txt("! " + AGENT_LINES[lang][4])])] if c.P is not None else []  # fmt: skip
    turns.append(("P", [txt(c.opener)]))
    for f in all_facts(c):
        turns.append(("P", prose(c, f, oneline=True)))
        if rng.random() < 0.4:
            turns.append(("A", [txt(rng.choice(AGENT_LINES[lang][:2]))]))
    turns.append(("A", [txt(rng.choice(AGENT_LINES[lang][2:4]))]))
    turns.append(("P", [txt(W["thanks"][lang] + "!")]))
    return turns


def _speakers(c: Ctx, forms_p: tuple[str, ...], forms_a: tuple[str, ...]) -> dict:
    """One speaker label per side, kept for the whole chat."""
    return {"P": name(c, c.P, forms_p), "A": name(c, c.A, forms_a, "agent")}


def shape_chat_bracket(c: Ctx) -> list[Piece]:
    who = _speakers(c, ("first", "full", "nick"), ("first", "full"))
    start, out = c.rng.randint(480, 1200), []
    for k, (side, msg) in enumerate(conversation(c)):
        out += [txt(f"[{_clock(c, start, k)}] ")] + who[side] + [txt(": ")] + msg + [txt("\n")]
    return out


def shape_chat_paren(c: Ctx) -> list[Piece]:
    who = _speakers(c, ("full", "first"), ("first", "full"))
    start, out = c.rng.randint(480, 1200), []
    for k, (side, msg) in enumerate(conversation(c)):
        out += who[side] + [txt(f" ({_clock(c, start, k)}):\n")] + msg + [txt("\n\n")]
    return out


def shape_chat_irc(c: Ctx) -> list[Piece]:
    who = _speakers(c, ("handle",), ("handle",))
    stamp, start, out = c.rng.random() < 0.5, c.rng.randint(480, 1200), []
    for k, (side, msg) in enumerate(conversation(c)):
        out += [txt(f"[{_clock(c, start, k)}] <" if stamp else "<")] + who[side]
        out += [txt("> ")] + msg + [txt("\n")]
    return out


def _json_text(pieces: list[Piece]) -> list[Piece]:
    return [
        (json.dumps(s, ensure_ascii=False)[1:-1], t, n) if t is None and n is None else (s, t, n)
        for s, t, n in pieces
    ]


def shape_chat_json(c: Ctx) -> list[Piece]:
    who = _speakers(c, ("full", "handle", "first"), ("full", "first"))
    day, start, out = _iso_day(c), c.rng.randint(480, 1200), [txt("[\n")]
    turns = conversation(c)
    for k, (side, msg) in enumerate(turns):
        out += [txt(f'  {{"ts": "{day}T{_clock(c, start, k)}:{c.rng.randint(10, 59)}Z", "from": "')]
        out += who[side] + [txt('", "text": "')] + _json_text(msg)
        out += [txt('"}' + ("," if k < len(turns) - 1 else "") + "\n")]
    return out + [txt("]")]


def shape_web_form(c: Ctx) -> list[Piece]:
    head = c.rng.choice((f"--- {c.brand} web form ---\n", f"New submission: {c.subject}\n\n", ""))
    sep = c.rng.choice((": ", ": ", ":\t", " = "))
    out = [txt(head)] + form_lines(c, sep)
    return out + [txt(f"{W['message'][c.lang]}{sep}{c.opener}\n")]


def table_data(c: Ctx) -> tuple[list[str], list[list[list[Piece]]]]:
    """Header and rows (cells as pieces): the customer's row, sometimes others' too."""
    rng, lang = c.rng, c.lang
    machine = rng.random() < 0.5
    people: list[Person | None] = [c.P]
    if c.P is not None and rng.random() < 0.6:
        extra = min(rng.randint(1, 2), max(0, 4 // max(1, len(c.negs)) - 1))
        people += [make_person(rng, c.fake, c.loc, lang) for _ in range(extra)]
    name_style = rng.choice(("full", "split", "LAST_first"))
    header: list[str] = []
    if c.P is not None:
        labels = [FIELD["first"], FIELD["last"]] if name_style == "split" else [FIELD["name"]]
        header += [fld if machine else lab[lang] for lab, fld in labels]
    header += [f.field if machine else f.label for f in c.facts + c.negs]
    header.append("status")
    rows = []
    for p in people:
        row: list[list[Piece]] = []
        if p is not None and name_style == "split":
            row += [[ent(p.first, "person")], [ent(p.last, "person")]]
        elif p is not None:
            row.append(name(c, p, (name_style if name_style != "full" else "full",)))
        facts = c.facts if p is c.P else [make_fact(c, f.key, p) for f in c.facts]
        negs = c.negs if p is c.P else [make_neg(c, f.key) for f in c.negs]
        row += [f.one for f in facts + negs]
        row.append([txt(rng.choice((W["status"][lang], "closed", "pending", "ok")))])
        rows.append(row)
    return header, rows


def _delimited(c: Ctx, sep: str, with_header: bool = True) -> list[Piece]:
    header, rows = table_data(c)
    out: list[Piece] = [txt(sep.join(header) + "\n")] if with_header else []
    for row in rows:
        for k, cell in enumerate(row):
            value = plain(cell)
            quoted = sep in value or '"' in value
            out += [txt(sep if k else "")] + ([txt('"')] + cell + [txt('"')] if quoted else cell)
        out.append(txt("\n"))
    return out


def shape_csv(c: Ctx) -> list[Piece]:
    return _delimited(c, c.rng.choice((",", ",", ";")))


def shape_tsv(c: Ctx) -> list[Piece]:
    return _delimited(c, "\t")


def shape_spreadsheet_paste(c: Ctx) -> list[Piece]:
    lead = c.rng.choice(("", f"{c.subject}\n", "pasted from export:\n"))
    return [txt(lead)] + _delimited(c, "\t", with_header=c.rng.random() < 0.5)


def shape_markdown_table(c: Ctx) -> list[Piece]:
    header, rows = table_data(c)
    out = [txt(f"### {c.subject}\n\n| " + " | ".join(header) + " |\n|")]
    out.append(txt("|".join("---" for _ in header) + "|\n"))
    for row in rows:
        out.append(txt("| "))
        for k, cell in enumerate(row):
            out += [txt(" | " if k else "")] + cell
        out.append(txt(" |\n"))
    return out


def _json_pairs(pairs: list[tuple[str, list[Piece]]], indent: str) -> list[Piece]:
    out: list[Piece] = []
    for k, (key, value) in enumerate(pairs):
        comma = "," if k < len(pairs) - 1 else ""
        out += [txt(f'{indent}"{key}": "')] + _json_text(value) + [txt(f'"{comma}\n')]
    return out


def shape_json_record(c: Ctx) -> list[Piece]:
    rng = c.rng
    out = [txt('{\n  "id": ' + str(rng.randint(10000, 999999)) + ",\n")]
    out.append(
        txt(f'  "type": "{c.sit}",\n  "created_at": "{_iso_day(c)}T{_clock(c, 500, 1)}:00Z",\n')
    )
    inner = [(fld, pieces) for _, fld, pieces in name_fields(c, c.P)]
    inner += [(f.field, f.one) for f in c.facts]
    if inner:
        out.append(txt('  "customer": {\n'))
        out += _json_pairs(inner, "    ") + [txt("  },\n")]
    outer = [(f.field, f.one) for f in c.negs] + [("status", [txt(W["status"][c.lang])])]
    return out + _json_pairs(outer, "  ") + [txt("}")]


LOG_COMPONENTS = ("auth", "api", "billing", "worker", "notify", "sync")


def shape_log_lines(c: Ctx) -> list[Piece]:
    rng = c.rng
    day, start = _iso_day(c), rng.randint(0, 1400)
    iso = rng.random() < 0.5
    out: list[Piece] = []
    items: list[tuple[str, list[Piece]]] = []
    if c.P is not None:
        who = name(c, c.P, ("handle", "handle", "full"))
        quote_ = '"' if " " in plain(who) else ""
        items.append(("user", [txt(quote_)] + who + [txt(quote_)]))
    if c.P is not None and rng.random() < 0.6 and not any(f.key == "ip" for f in c.facts):
        c.facts.append(make_fact(c, "ip", c.P))
    items += [(f.field, f.one) for f in all_facts(c)]
    items.append(("event", [txt(rng.choice(("request_ok", "retry", "login_failed", "timeout")))]))
    for k, (key, value) in enumerate(items):
        clock = f"{_clock(c, start, k)}:{rng.randint(10, 59)}.{rng.randint(100, 999)}"
        stamp = f"{day}T{clock}Z" if iso else f"{day} {clock.replace('.', ',')}"
        level = rng.choice(("INFO", "INFO", "WARN", "DEBUG", "ERROR"))
        msg = rng.choice(("handled request", "field update", "validation", "lookup"))
        out += [txt(f"{stamp} {level:<5} [{rng.choice(LOG_COMPONENTS)}] {msg} {key}=")]
        out += [v for v in value] + [txt("\n")]
    return out


def shape_config(c: Ctx) -> list[Piece]:
    rng, style = c.rng, c.rng.choice(("yaml", "env", "ini"))
    items: list[tuple[str, list[Piece]]] = []
    items += [("contact_" + fld, pieces) for _, fld, pieces in name_fields(c, c.P)]
    items += [(f.field, f.one) for f in all_facts(c)]
    items.append(("service_name", [txt(_slug(c.brand))]))
    if style == "yaml":
        out = [txt(f"# {c.brand}: {c.subject}\n{_slug(c.brand)}:\n")]
        for key, value in items:
            q = '"' if any(ch in plain(value) for ch in ":#,") else ""
            out += [txt(f"  {key}: {q}")] + value + [txt(f"{q}\n")]
        return out
    if style == "env":
        out = [txt(f"# {c.subject}\n")]
        for key, value in items:
            q = '"' if " " in plain(value) else ""
            out += [txt(f"{key.upper()}={q}")] + value + [txt(f"{q}\n")]
        return out
    out = [txt(f"; {c.subject}\n[{_slug(c.brand)}]\n")]
    for key, value in items:
        out += [txt(f"{key} = ")] + value + [txt("\n")]
    return out + [txt(f"\n[logging]\nlevel = {rng.choice(('info', 'debug'))}\n")]


def shape_ticket_export(c: Ctx) -> list[Piece]:
    rng, lang = c.rng, c.lang
    out = [txt(f"Ticket #{rng.randint(10000, 99999)} | Status: {W['status'][lang]}\nRequester: ")]
    out += name(c, c.P, ("full", "full", "last_first", "caps"))
    if c.email:
        out += [txt(" <"), ent(c.email, "email"), txt(">")]
    out += [txt("\nAssignee: ")] + name(c, c.A, ("full", "initial_last", "handle"), "agent")
    out += [txt(f"\nCreated: {_iso_day(c)} {_clock(c, 420, 2)}\nSubject: {c.subject}\n\n")]
    out += [txt("Description:\n")] + cust_body(c, sep="\n") + [txt("\n\nComments:\n")]
    out += name(c, c.A, ("first", "full"), "agent") + [txt(f" ({_iso_day(c)}): ")]
    out.append(txt(rng.choice(AGENT_LINES[lang])))
    if c.P is not None and rng.random() < 0.5:
        out += [txt(" ")] + name(c, c.P, ("title_last", "first"))
        out.append(txt(f", {W['thanks'][lang].lower()}."))
    return out


def shape_call_transcript(c: Ctx) -> list[Piece]:
    rng, lang = c.rng, c.lang
    agent, caller = W["agent"][lang], W["caller"][lang]
    mm, ss = rng.randint(1, 14), rng.randint(0, 59)
    out = [txt(f"[transcript {_iso_day(c)} | {mm:02d}:{ss:02d}]\n{agent}: ")]
    agent_name = name(c, c.A, ("first",)) if c.A is not None else W["team"][lang]
    out += fill(W["agent_intro"][lang], brand=c.brand, n=agent_name)
    if c.P is not None:
        callee = name(c, c.P, ("full", "full", "first"))
        out += [txt(f"\n{caller}: ")] + fill(W["caller_intro"][lang], n=callee)
    else:
        out.append(txt(f"\n{caller}: {W['hello'][lang]}."))
    out += [txt(f" {c.opener}\n{agent}: {AGENT_LINES[lang][4]}\n")]
    for f in all_facts(c):
        out += [txt(f"{caller}: ")] + prose(c, f, oneline=True) + [txt("\n")]
        if rng.random() < 0.5:
            out += [txt(f"{agent}: {rng.choice(AGENT_LINES[lang][:2])}\n")]
    return out + [txt(f"{agent}: {AGENT_LINES[lang][3]}\n{caller}: {W['thanks'][lang]}.")]


def shape_voicemail(c: Ctx) -> list[Piece]:
    lang = c.lang
    phones = [f for f in c.facts if f.key == "phone"]
    out = [txt(f"{W['voicemail'][lang]} {W['from'][lang]} ")]
    out += phones[0].one if phones else [txt(W["unknown"][lang])]
    out += [txt(f' – {_iso_day(c)} {_clock(c, 600, 5)}\n"')]
    if c.P is not None:
        out += fill(W["this_is"][lang], n=name(c, c.P, ("full", "first", "full")))
    else:
        out.append(txt(W["hello"][lang] + "."))
    out += [txt(" " + c.opener)]
    for f in all_facts(c):
        out += [txt(" ")] + prose(c, f, oneline=True)
    return out + [txt(" " + W["call_back"][lang] + '"')]


def shape_sms_thread(c: Ctx) -> list[Piece]:
    rng = c.rng
    day = _rand_date(rng, 2023, 2025)
    stamp = day.strftime("%m/%d/%y" if c.loc == "en_US" else "%d/%m/%Y")
    who = _speakers(c, ("full", "first", "nick"), ("first",))
    if rng.random() < 0.5:
        who["A"] = [txt(c.brand)]
    start, out = rng.randint(420, 1300), []
    for k, (side, msg) in enumerate(conversation(c)):
        out += [txt(f"{stamp}, {_clock(c, start, k)} - ")] + who[side] + [txt(": ")] + msg
        out.append(txt("\n"))
    return out


def shape_meeting_minutes(c: Ctx) -> list[Piece]:
    rng, lang = c.rng, c.lang
    out = [txt(f"{W['minutes'][lang]} – {_iso_day(c)}\n{W['attendees'][lang]}: ")]
    staff: list[Person | None] = [c.A] if c.A is not None or c.P is None else []
    if c.P is not None:
        staff += [make_person(rng, c.fake, c.loc, lang) for _ in range(rng.randint(len(staff), 2))]
    for k, p in enumerate(staff):
        out += [txt(", " if k else "")] + name(c, p, ("full", "initial_last", "first"), "agent")
    out += [txt(f"\n\n1. {c.subject}\n- {c.opener}\n")]
    for f in all_facts(c):
        out += [txt(f"- {f.label}: ")] + f.one + [txt("\n")]
    out += [txt(f"\n{W['actions'][lang]}:\n- ")]
    a_name = name(c, c.A, ("first", "initial_last"), "agent")
    return out + fill(W["to_contact"][lang], a=a_name, p=name(c, c.P, ("full", "title_last")))


def shape_crm_note(c: Ctx) -> list[Piece]:
    lang = c.lang
    out = [txt(f"{W['contact'][lang]}: ")] + name(c, c.P, ("LAST_first", "last_first", "full"))
    out += [txt(f"\n{W['owner'][lang]}: ")] + name(c, c.A, ("handle", "full"), "agent")
    out += [txt(f"\n{W['activity'][lang]}: {_iso_day(c)}\n----\n{c.subject}. {c.opener}\n")]
    return out + _fact_lines(c)


def _fact_lines(c: Ctx) -> list[Piece]:
    out: list[Piece] = []
    for f in all_facts(c):
        out += [txt(f"* {f.label}: ")] + f.one + [txt("\n")]
    return out


def shape_calendar_invite(c: Ctx) -> list[Piece]:
    rng = c.rng
    day = _rand_date(rng, 2023, 2025).strftime("%Y%m%d")
    out = [txt(f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:{day}T{rng.randint(7, 17):02d}0000Z\n")]
    out.append(txt(f"SUMMARY:{c.subject}\n"))
    if c.A is not None:
        out += [txt("ORGANIZER;CN=")] + name(c, c.A, ("full",)) + [txt(":mailto:")]
        out += [ent(work_email(c, c.A), "email"), txt("\n")]
    if c.P is not None:
        out += [txt("ATTENDEE;CN=")] + name(c, c.P, ("full",)) + [txt(":mailto:")]
        out += [ent(c.email, "email") if c.email else txt(f"noreply@{c.domain}"), txt("\n")]
    addr = [f for f in c.facts if f.key == "address"]
    rest = [f for f in all_facts(c) if f.key != "address"]
    if addr:
        out += [txt("LOCATION:")] + addr[0].one + [txt("\n")]
    out += [txt(f"DESCRIPTION:{c.opener}")]
    for f in rest:
        out += [txt(f" {f.label}: ")] + f.one
    return out + [txt("\nEND:VEVENT\nEND:VCALENDAR")]


def shape_shipping_label(c: Ctx) -> list[Piece]:
    rng, lang = c.rng, c.lang
    out = [txt(f"{W['sender'][lang]}: {c.brand.upper()}\n{W['ship_to'][lang]}:\n")]
    if c.P is None:
        out.append(txt(f"{c.brand.upper()} – {W['team'][lang].upper()}\n"))
    else:
        if not any(f.key == "address" for f in c.facts):
            c.facts.append(make_fact(c, "address", c.P))
        out += name(c, c.P, ("caps", "caps", "full", "title_full")) + [txt("\n")]
    for f in c.facts:
        if f.key == "address":
            upper = rng.random() < 0.6
            out += [ent("\n".join(x.upper() if upper else x for x in f.lines), "address")]
            out.append(txt("\n"))
    for f in c.facts:
        if f.key == "phone":
            out += [txt("TEL: ")] + f.one + [txt("\n")]
    out.append(txt(f"{W['weight'][lang]}: {rng.randint(1, 30)}.{rng.randint(0, 9)} kg\n"))
    for f in c.negs + [f for f in c.facts if f.key not in ("address", "phone")]:
        out += [txt(f"{f.label.upper()}: ")] + f.one + [txt("\n")]
    return out


def shape_vcard(c: Ctx) -> list[Piece]:
    out = [txt("BEGIN:VCARD\nVERSION:3.0\n")]
    p = c.P
    if p is None:
        out.append(txt(f"FN:{c.brand} {W['team'][c.lang]}\nORG:{c.brand}\n"))
    else:
        out += [txt("N:"), ent(p.last, "person"), txt(";"), ent(p.first, "person"), txt(";;;\n")]
        out += [txt("FN:")] + name(c, p, ("full",)) + [txt("\n")]
    tags = {"phone": "TEL;TYPE=CELL", "email": "EMAIL;TYPE=HOME", "address": "LABEL;TYPE=HOME",
            "dob": "BDAY"}  # fmt: skip
    notes = []
    for f in c.facts:
        if f.key in tags:
            out += [txt(tags[f.key] + ":")] + f.one + [txt("\n")]
        else:
            notes.append(f)
    for f in notes + c.negs:
        out += [txt(f"NOTE:{f.label}: ")] + f.one + [txt("\n")]
    return out + [txt("END:VCARD")]


SHAPE_FUNCS = {
    "email": shape_email,
    "html_email": shape_html_email,
    "quoted_reply": shape_quoted_reply,
    "forwarded": shape_forwarded,
    "internal_note": shape_internal_note,
    "chat_bracket": shape_chat_bracket,
    "chat_paren": shape_chat_paren,
    "chat_irc": shape_chat_irc,
    "chat_json": shape_chat_json,
    "web_form": shape_web_form,
    "csv": shape_csv,
    "tsv": shape_tsv,
    "markdown_table": shape_markdown_table,
    "spreadsheet_paste": shape_spreadsheet_paste,
    "json_record": shape_json_record,
    "log_lines": shape_log_lines,
    "config": shape_config,
    "ticket_export": shape_ticket_export,
    "call_transcript": shape_call_transcript,
    "voicemail": shape_voicemail,
    "sms_thread": shape_sms_thread,
    "meeting_minutes": shape_meeting_minutes,
    "crm_note": shape_crm_note,
    "calendar_invite": shape_calendar_invite,
    "shipping_label": shape_shipping_label,
    "vcard": shape_vcard,
}
assert tuple(SHAPE_FUNCS) == SHAPES

# ---------------------------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------------------------

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, seed: int) -> Faker:
    """The locale's Faker, reseeded: its output depends on the seed alone."""
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    fake = _FAKERS[loc]
    fake.seed_instance(seed)
    return fake


def _choose_keys(rng: random.Random, loc: str, preferred: tuple[str, ...]) -> list[str]:
    pool = [k for k in preferred if k != "ssn" or loc == "en_US"]
    rng.shuffle(pool)
    keys = pool[: rng.choice((0, 1, 1, 2, 2, 2, 3, 3, 4))]
    if rng.random() < 0.35:
        keys.append(rng.choice(EXTRA_KEYS))
    if loc == "en_US" and rng.random() < 0.25:
        keys.append("ssn")
    return list(dict.fromkeys(keys))


def _choose_negs(rng: random.Random, n: int, preferred: tuple[str, ...]) -> list[str]:
    kinds: list[str] = []
    while len(kinds) < n:
        kind = rng.choice(preferred if rng.random() < 0.45 else SUMMIT_NEGATIVE_KINDS)
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def _draw_doc(rng: random.Random, loc: str) -> tuple[dict, dict]:
    lang = loc[:2]
    fake = _faker(loc, rng.getrandbits(48))
    sit, shape = rng.choice(SITUATIONS), rng.choice(SHAPES)
    clean = rng.random() < 0.15
    n_negs = rng.choice((1, 1, 2, 2, 3, 4)) if rng.random() < 0.6 else 0
    brands, preferred_keys, preferred_negs = SIT_META[sit]
    brand = rng.choice(brands)
    subject, opener = SIT_TEXT[sit][LANGS.index(lang)]
    c = Ctx(rng, fake, loc, lang, sit, brand, _slug(brand) + "." + TLD[loc], subject, opener,
            None, None, None, [], [])  # fmt: skip
    if not clean:
        c.P = make_person(rng, fake, loc, lang)
        c.A = make_person(rng, fake, loc, lang) if rng.random() < 0.8 else None
        keys = _choose_keys(rng, loc, preferred_keys)
        if "email" in keys or rng.random() < 0.4:
            c.email = email_for(rng, c.P, MAIL_DOMAINS[loc])
        c.facts = [make_fact(c, k, c.P) for k in keys]
    c.negs = [make_neg(c, kind) for kind in _choose_negs(rng, n_negs, preferred_negs)]
    doc = assemble_doc(loc, SHAPE_FUNCS[shape](c))
    plan = {"locale": loc, "situation": sit, "shape": shape, "clean": clean,
            "negatives": len(doc["negatives"])}  # fmt: skip
    return doc, plan


def build_summit_docs(n_docs: int, seed: int = 0) -> list[tuple[dict, dict]]:
    """(doc, plan) pairs; locales take turns. A draw that leaves an occurrence of a labelled value
    unlabelled (or a PII doc without spans) is redrawn."""
    rng = random.Random(f"summit:{seed}")
    out = []
    for k in range(n_docs):
        loc = SUMMIT_LOCALES[k % len(SUMMIT_LOCALES)]
        while True:
            doc, plan = _draw_doc(rng, loc)
            if every_occurrence_labelled(doc) and (plan["clean"] or doc["spans"]):
                break
        out.append((doc, plan))
    return out


def build_summit_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """The docs alone."""
    return [doc for doc, _ in build_summit_docs(n_docs, seed)]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_summit_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
