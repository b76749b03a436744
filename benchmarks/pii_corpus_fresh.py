"""A third labelled PII corpus ("fresh"): nine locales of support mail, chat and CRM notes.

    from benchmarks.pii_corpus_fresh import build_fresh_corpus
    docs = build_fresh_corpus(2000, seed=0)   # [{"text", "locale", "spans", "negatives"}, ...]

    python benchmarks/pii_corpus_fresh.py --n 20 --seed 0                 # JSONL on stdout
    python benchmarks/pii_corpus_fresh.py --n 2000 --out /tmp/fresh.jsonl

NEVER TUNE A DETECTOR ON THIS CORPUS. It exists because the "dev" corpus and then the "heldout"
corpus of benchmarks/pii_corpus.py were both used to tune the scrubber, so neither is an honest
estimate any more. This one was written without reading the detectors (tasks/lib/pii*.py) and
without running them on it; once someone looks at its misses to change a detector, it is spent
too, and the next honest estimate needs yet another corpus.

It imitates the real data a user measured (support messages in nine locales, where street
addresses are the weakest type, then phone numbers and person names), so those three types get
most of the weight and the most formats:

- addresses as written in each country: house number before the street (en_US/en_GB/en_NZ, fr_FR)
  or after it (es_ES, it_IT, nl_NL, de_DE, pt_BR), unit lines ("Apt 4B", "Flat 2", "2/45",
  "Appartement 12", "3º B", "int. 5", "-2", "Whg. 12", "apto 45"), postcode + city lines, PO
  boxes ("PO Box", "Private Bag", "BP ... CEDEX", "Apartado de correos", "Casella Postale",
  "Postbus", "Postfach", "Caixa Postal"), and multi-line blocks (shipping details, signatures).
  One address is ONE span, newlines included when it is written as a block; a street alone ("the
  shop on Kalverstraat") or a city alone ("ships from Lyon") is never labelled.
- names: "First Last", "First Q. Last", "Last, First", ALL CAPS ("JANE DOE", "DUPONT Marie"),
  a first or last name in greetings ("Hi Jane,", "Dear Mr Okafor,"), sign-offs ("Thanks,
  Priya") and "-- " signature blocks, "c/o" lines, and (English locales) names from outside
  Faker's mostly Anglo lists. Titles stay outside the span.
- phones in each country's national and international forms: +CC, 00CC, "(0)" trunk prefixes,
  spaces/dots/dashes/slashes, and extensions, which are inside the span (" ext. 214", " x31",
  " poste 12", " ramal 30", German "-214" Durchwahl). Every number is a valid number of the
  doc's country for `phonenumbers`.

Every other type occurs in every locale (ssn only in en_US, cpf/cnpj only in pt_BR). Same doc
shape, TYPES and `check_doc` as benchmarks/pii_corpus.py; templates, situations, value formats
and hard-negative kinds are this module's own. About 15% of docs hold no PII, the rest 1-5
entities; about 60% hold planted hard negatives (FRESH_NEGATIVE_KINDS: name-like brands and
companies, street-like names, streets or cities alone, order/ticket/tracking/invoice numbers,
versions, non-birth dates, times, prices, postcode-like product codes, room numbers, IBANs with a
wrong checksum, card-like numbers failing Luhn, plain URLs, git SHAs, company registration
numbers, flight numbers). Same (n, seed) gives the same corpus.
"""

from __future__ import annotations

import random
import re
import string
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO))

if __package__ in (None, ""):  # `python benchmarks/pii_corpus_fresh.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pii_corpus import (  # noqa: E402
    LOCALE_ONLY,
    TYPES,
    assemble_doc,
    corpus_main,
    luhn_valid,
)

FRESH_LOCALES = (
    "en_US",
    "en_GB",
    "en_NZ",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "de_DE",
    "pt_BR",
)
FRESH_LANG = {
    "en_US": "en",
    "en_GB": "en",
    "en_NZ": "en",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "de_DE": "de",
    "pt_BR": "pt",
}
FRESH_REGION = {loc: loc[3:] for loc in FRESH_LOCALES}
FRESH_NEGATIVE_KINDS = (
    "brand",
    "company",
    "street_lookalike",
    "street_alone",
    "city_alone",
    "order_no",
    "ticket_no",
    "tracking_no",
    "invoice_no",
    "version",
    "date",
    "time",
    "price",
    "product_code",
    "room",
    "bad_iban",
    "bad_card",
    "plain_url",
    "git_sha",
    "company_id",
    "flight",
)
# picked as a unit's type this much more often (the weak types of the real data)
TYPE_WEIGHT = {"address": 4.0, "phone": 2.6, "person": 1.0, "ssn": 2.0, "cpf": 2.0, "cnpj": 2.0}
_SLOT = re.compile(r"\{([^{}]+)\}")

# ---------------------------------------------------------------------------------------------
# Templates. "{type}" / "{type:variant}" is a labelled slot, "{~kind}" a hard negative, "{=deco}"
# unlabelled decoration (title, job role). "open" units start a doc, "close" units end it.
# ---------------------------------------------------------------------------------------------

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "open": [
            "Hi {person:first}, hope you're well.",
            "Hey {person:first} -",
            "Dear {=title} {person:last}, thank you for getting back to me.",
            "Good morning {person:first},",
            "Hello {person:first} and team,",
            "Dear customer {person:inv},",
            "Morning all,",
            "To whom it may concern,",
            "Hi there,",
        ],
        "close": [
            "Thanks heaps, {person:first}",
            "Many thanks\n{person}",
            "-- \n{person} | {=role}\nMobile {phone}",
            "-- \n{person}\n{=role} | {~company}",
            "Best wishes,\n{person:caps}\n{address:block}",
            "Regards,\n\n{person}\n{=role}, {~company}\nDirect: {phone} | Mobile: {phone}",
            "Kind regards,\n{person}\n{=role}\n{~company}\n{address:block}\nT {phone}",
            "{person:inv} – {=role}\nReach me at {phone} or {email}",
            "Ta, {person:first}",
            "Sent from my phone",
            "Thanks in advance!",
        ],
        "body": [
            "Could you update my delivery address to {address:line}? I moved last week.",
            "Shipping details:\n{person}\n{address:block}",
            "Please send the replacement to:\n{address:block}",
            "The billing address you have, {address:street}, is out of date.",
            "Our postal address is {address:pobox}, please don't send parcels to the warehouse.",
            "Return label should go to\n{person}\n{address:block}\n{phone}",
            "The courier left the box at {address:street} instead of next door.",
            "Deliver to: {address:line} (ring the bell twice)",
            "Ship-to: {person:caps}, {address:line}, tel {phone}",
            "Mail any paperwork to\n{address:pobox_block}",
            "I'm staying with family for a while:\n{person}\nc/o {person}\n{address:block}",
            "New address from Monday: {address}",
            "Customer {person:inv} called about a late refund.",
            "Account holder: {person:caps}",
            "I spoke with {person} from your billing team on the phone.",
            "Can {person:first} pick this ticket up again? They know the history.",
            "The order is under my partner's name, {person}.",
            "Escalated to {=title} {person:last} in finance.",
            "Contact: {person:inv}, {phone}",
            "Best number to reach me is {phone}.",
            "Tel: {phone}",
            "You can text {phone} any time after six.",
            "My old number {phone} is disconnected, please use {phone} instead.",
            "Landline {phone} / mobile {phone}",
            "If nobody picks up, try my office on {phone}.",
            "Please reply to {email} rather than this address.",
            "Invoice copies to {email} please.",
            "E-mail: {email} | Phone: {phone}",
            "The charge on my card {card} shows up twice.",
            "Card used: {card}, expiry 11/28",
            "Refund account (IBAN): {iban}",
            "Could you pay the deposit back to {iban}? Account name {person}.",
            "Our office IP {ip} keeps getting rate-limited.",
            "Seeing sign-ins from {ip} that aren't mine.",
            "The webhook points at {url_credentials} and returns 403.",
            "DSN from the error log: {url_credentials}",
            "My integration key is {secret}, can you check whether it was revoked?",
            "Oops, I pasted our token {secret} in the last message, please delete it.",
            "Date of birth: {dob}",
            "The policy is for my son, born {dob}.",
            "Your form rejects my birthday ({dob}) as invalid.",
            "SSN for the W-9: {ssn}",
            "Last time I gave my social ({ssn}) over the phone, is that safe?",
        ],
        "neg": [
            "Order {~order_no} still shows as processing.",
            "Tracking {~tracking_no} hasn't moved since {~date}.",
            "Ticket {~ticket_no} was closed without a reply.",
            "App version {~version} crashes at start-up.",
            "You charged me {~price} instead of {~price}.",
            "The model number is {~product_code}, in case it matters.",
            "Meeting room {~room} is booked for {~time}.",
            "Invoice {~invoice_no} dated {~date} is missing VAT.",
            "I bought it at {~brand} last month.",
            "I read about the outage in the {~street_lookalike}.",
            "We ship from {~city_alone} on weekdays.",
            "The shop on {~street_alone} was closed.",
            "The bank says {~bad_iban} is not a valid IBAN, can you check your details?",
            "The reference {~bad_card} on my statement means nothing to me.",
            "See {~plain_url} for the error page.",
            "Deployed commit {~git_sha} this morning and it broke checkout.",
            "Company no. {~company_id}, if you need it for the invoice.",
            "My flight {~flight} lands at {~time}, so I can't collect before then.",
        ],
        "fill": [
            "Any update would be appreciated.",
            "This is the third time I'm writing about this.",
            "Sorry for the long message.",
            "No rush, just wanted it on record.",
        ],
    },
    "fr": {
        "open": [
            "Bonjour {person:first},",
            "Bonjour {=title} {person:last},",
            "Bonsoir {person:first},",
            "Salut {person:first} !",
            "Bonjour,",
            "Madame, Monsieur,",
        ],
        "close": [
            "Merci, {person:first}",
            "Cordialement,\n{person}",
            "Bien à vous et bonne journée,\n{person:caps}\n{address:block}",
            "-- \n{person}\n{=role}\n{~company}\nTél. : {phone}",
            "Bonne journée,\n{person}\n{=role}\nPortable : {phone}",
            "{person:caps}\n{=role}\n{address:block}\n{email}",
            "Merci d'avance !",
            "Envoyé de mon iPhone",
        ],
        "body": [
            "Merci de livrer à l'adresse suivante :\n{person}\n{address:block}",
            "J'ai déménagé, ma nouvelle adresse est {address:line}.",
            "Le livreur a laissé le colis à l'adresse {address:street}, ce n'est pas chez moi.",
            "Adresse de facturation : {address:line}",
            "Pour le courrier, écrivez plutôt à {address:pobox}.",
            "Expédition :\n{person:caps}\n{address:block}\nTél. {phone}",
            "Envoyez le retour à\n{person}\nchez {person}\n{address:block}",
            "Nouvelle adresse à partir de lundi : {address}",
            "Correspondance :\n{address:pobox_block}",
            "Le client {person:inv} a rappelé pour son remboursement.",
            "Titulaire du compte : {person:caps}",
            "J'ai eu {person} au téléphone hier soir.",
            "Merci de transmettre à {=title} {person:last}, service comptabilité.",
            "La commande est au nom de ma femme, {person}.",
            "Interlocuteur : {person:inv} ({phone})",
            "Vous pouvez me joindre au {phone}.",
            "Mon portable : {phone}, fixe : {phone}",
            "Tél. {phone}",
            "Mon ancien numéro {phone} n'est plus attribué.",
            "En cas d'absence, appelez le standard au {phone}.",
            "Répondez-moi sur {email} s'il vous plaît.",
            "Adresse e-mail : {email}",
            "Ma carte {card} a été débitée deux fois.",
            "Carte bancaire : {card}",
            "Remboursement sur le compte {iban}, merci.",
            "Mon RIB : IBAN {iban}",
            "Les connexions suspectes viennent de {ip}.",
            "Notre serveur ({ip}) est bloqué par votre pare-feu.",
            "La chaîne de connexion est {url_credentials}, elle ne marche plus.",
            "Voici notre clé d'API : {secret}",
            "J'ai publié le jeton {secret} par erreur, pouvez-vous le révoquer ?",
            "Date de naissance : {dob}",
            "Mon fils est né le {dob}.",
        ],
        "neg": [
            "Ma commande {~order_no} est toujours en préparation.",
            "Le suivi {~tracking_no} n'a pas bougé depuis le {~date}.",
            "Le dossier {~ticket_no} a été clôturé sans réponse.",
            "La version {~version} plante au démarrage.",
            "J'ai payé {~price} au lieu de {~price}.",
            "Référence produit : {~product_code}",
            "RDV salle {~room} à {~time}.",
            "La facture {~invoice_no} du {~date} est incorrecte.",
            "Acheté chez {~brand} le mois dernier.",
            "On en parle même dans le {~street_lookalike}.",
            "Les colis partent de {~city_alone} chaque matin.",
            "La boutique {~street_alone} était fermée.",
            "La banque refuse l'IBAN {~bad_iban}, il est invalide.",
            "Le numéro {~bad_card} sur mon relevé ne me dit rien.",
            "Voir {~plain_url} pour le message d'erreur.",
            "Le commit {~git_sha} a cassé le paiement.",
            "SIRET {~company_id}",
            "Mon vol {~flight} arrive à {~time}.",
        ],
        "fill": [
            "Merci de votre retour rapide.",
            "C'est la troisième fois que je vous écris.",
            "Désolé pour le long message.",
        ],
    },
    "es": {
        "open": [
            "Hola {person:first}:",
            "Estimado {=title} {person:last}:",
            "Buenos días, {person:first}.",
            "Hola,",
            "Buenas tardes:",
        ],
        "close": [
            "Gracias, {person:first}",
            "Un saludo,\n{person}",
            "Atentamente,\n{person:caps}\n{address:block}",
            "-- \n{person}\n{=role}\n{~company}\nTel. {phone}",
            "Saludos cordiales\n{person}\n{=role}\nMóvil: {phone}",
            "{person:inv}\n{=role}\n{address:block}\n{email}",
            "Enviado desde mi móvil",
            "¡Gracias de antemano!",
        ],
        "body": [
            "Por favor, enviad el pedido a:\n{person}\n{address:block}",
            "Me he mudado, la dirección nueva es {address:line}.",
            "El repartidor lo dejó en {address:street} y no es mi casa.",
            "Dirección de facturación: {address:line}",
            "La correspondencia, mejor a {address:pobox}.",
            "Datos de envío:\n{person:caps}\n{address:block}\nTeléfono: {phone}",
            "Enviar a\n{person}\na la atención de {person}\n{address:block}",
            "Desde el lunes vivo en {address}",
            "Dirección postal:\n{address:pobox_block}",
            "El cliente {person:inv} ha llamado por el reembolso.",
            "Titular: {person:caps}",
            "Hablé ayer con {person} de vuestro departamento de cobros.",
            "Que me llame {=title} {person:last}, por favor.",
            "El pedido está a nombre de mi marido, {person}.",
            "Persona de contacto {person:inv} (móvil {phone})",
            "Podéis llamarme al {phone}.",
            "Móvil {phone} / fijo {phone}",
            "Teléfono: {phone}",
            "Mi antiguo número, {phone}, ya no funciona.",
            "Si no contesto, probad en la oficina: {phone}",
            "Respondedme a {email}, gracias.",
            "Correo: {email}",
            "Me han cobrado dos veces en la tarjeta {card}.",
            "Tarjeta: {card}",
            "Devolución a la cuenta {iban}, por favor.",
            "Mi IBAN es {iban}, titular {person}.",
            "Hay accesos raros desde la IP {ip}.",
            "Nuestro servidor {ip} está bloqueado.",
            "La cadena de conexión {url_credentials} ya no funciona.",
            "Nuestra clave de API: {secret}",
            "Pegué el token {secret} en el chat público, ¿podéis anularlo?",
            "Fecha nac.: {dob}",
            "Mi hija nació el {dob}.",
        ],
        "neg": [
            "El pedido {~order_no} sigue en preparación.",
            "El envío {~tracking_no} no se mueve desde el {~date}.",
            "La incidencia {~ticket_no} se cerró sin respuesta.",
            "La versión {~version} se cierra al abrirla.",
            "Me cobrasteis {~price} en vez de {~price}.",
            "Código de artículo: {~product_code}",
            "Nos vemos en la sala {~room} a las {~time}.",
            "La factura {~invoice_no} del {~date} tiene un error.",
            "Lo compré en {~brand} hace un mes.",
            "Salió hasta en {~street_lookalike}.",
            "Los paquetes salen de {~city_alone} cada día.",
            "La tienda de {~street_alone} estaba cerrada.",
            "El banco dice que el IBAN {~bad_iban} no es válido.",
            "No reconozco la referencia {~bad_card} del extracto.",
            "Más información en {~plain_url}",
            "El commit {~git_sha} rompió el pago.",
            "CIF {~company_id}",
            "Mi vuelo {~flight} llega a las {~time}.",
        ],
        "fill": [
            "Quedo a la espera de vuestra respuesta.",
            "Es la tercera vez que escribo por esto.",
            "Perdón por el mensaje tan largo.",
        ],
    },
    "it": {
        "open": [
            "Ciao {person:first},",
            "Gentile {=title} {person:last},",
            "Buongiorno {person:first},",
            "Salve,",
            "Buongiorno,",
        ],
        "close": [
            "Grazie, {person:first}",
            "Cordiali saluti,\n{person}",
            "Distinti saluti\n{person:caps}\n{address:block}",
            "-- \n{person}\n{=role}\n{~company}\nTel. {phone}",
            "Un saluto,\n{person}\n{=role}\nCell. {phone}",
            "{person:inv}\n{=role}\n{address:block}\n{email}",
            "Inviato da smartphone",
            "Grazie mille!",
        ],
        "body": [
            "Vi prego di spedire a:\n{person}\n{address:block}",
            "Ho cambiato casa, il nuovo indirizzo è {address:line}.",
            "Il corriere ha lasciato il pacco in {address:street}, non è casa mia.",
            "Indirizzo di fatturazione: {address:line}",
            "Per la posta usate {address:pobox}.",
            "Dati di spedizione:\n{person:caps}\n{address:block}\nTel. {phone}",
            "Spedire a\n{person}\npresso {person}\n{address:block}",
            "Da lunedì abito in {address}",
            "Recapito postale:\n{address:pobox_block}",
            "Il cliente {person:inv} ha richiamato per il rimborso.",
            "Intestatario: {person:caps}",
            "Ho parlato ieri con {person} dell'ufficio amministrazione.",
            "Per favore mi faccia richiamare: {=title} {person:last}.",
            "L'ordine è intestato a mia moglie, {person}.",
            "Referente: {person:inv}, cell. {phone}",
            "Potete chiamarmi al {phone}.",
            "Cellulare {phone}, fisso {phone}",
            "Tel.: {phone}",
            "Il vecchio numero {phone} non è più attivo.",
            "Se non rispondo, provate in ufficio al {phone}.",
            "Rispondete a {email}, grazie.",
            "Email: {email}",
            "Sulla carta {card} vedo due addebiti.",
            "Carta: {card}",
            "Rimborso sull'IBAN {iban}, per favore.",
            "Le mie coordinate: {iban}, intestato a {person}.",
            "Accessi sospetti dall'IP {ip}.",
            "Il nostro server {ip} risulta bloccato.",
            "La stringa di connessione {url_credentials} non funziona più.",
            "La nostra chiave API è {secret}",
            "Ho incollato il token {secret} nel canale pubblico, potete revocarlo?",
            "Data di nascita del titolare: {dob}",
            "Mio figlio è nato il {dob}.",
        ],
        "neg": [
            "L'ordine {~order_no} risulta ancora in lavorazione.",
            "La spedizione {~tracking_no} è ferma dal {~date}.",
            "La pratica {~ticket_no} è stata chiusa senza risposta.",
            "La versione {~version} si chiude all'avvio.",
            "Ho pagato {~price} invece di {~price}.",
            "Codice articolo: {~product_code}",
            "Riunione in sala {~room} alle {~time}.",
            "La fattura {~invoice_no} del {~date} è sbagliata.",
            "L'ho comprato da {~brand} il mese scorso.",
            "Ne parlava anche il {~street_lookalike}.",
            "Spediamo da {~city_alone} ogni giorno.",
            "Il negozio di {~street_alone} era chiuso.",
            "La banca dice che l'IBAN {~bad_iban} non è valido.",
            "Non riconosco il riferimento {~bad_card} sull'estratto conto.",
            "Dettagli su {~plain_url}",
            "Il commit {~git_sha} ha rotto il checkout.",
            "P.IVA {~company_id}",
            "Il mio volo {~flight} atterra alle {~time}.",
        ],
        "fill": [
            "Attendo un vostro riscontro.",
            "È la terza volta che scrivo.",
            "Scusate il messaggio lungo.",
        ],
    },
    "nl": {
        "open": [
            "Hoi {person:first},",
            "Beste {person:first},",
            "Geachte {=title} {person:last},",
            "Goedemiddag,",
            "Hallo zusammen,",
        ],
        "close": [
            "Dank je, {person:first}",
            "Met vriendelijke groet,\n{person}",
            "Groet,\n{person:caps}\n{address:block}",
            "-- \n{person}\n{=role}\n{~company}\nT: {phone}",
            "Mvg,\n{person}\n{=role}\nMobiel: {phone}",
            "{person:inv}\n{=role}\n{address:block}\n{email}",
            "Verstuurd vanaf mijn telefoon",
            "Alvast bedankt!",
        ],
        "body": [
            "Graag verzenden naar:\n{person}\n{address:block}",
            "Ik ben verhuisd, mijn nieuwe adres is {address:line}.",
            "De bezorger heeft het pakket op {address:street} afgeleverd, dat is niet mijn huis.",
            "Factuuradres: {address:line}",
            "Post graag naar {address:pobox}.",
            "Verzendgegevens:\n{person:caps}\n{address:block}\nTel. {phone}",
            "Retour naar\n{person}\np/a {person}\n{address:block}",
            "Vanaf maandag woon ik op {address}",
            "Correspondentieadres:\n{address:pobox_block}",
            "Klant {person:inv} belde over de terugbetaling.",
            "Rekeninghouder: {person:caps}",
            "Ik heb gisteren {person} van de administratie gesproken.",
            "Kan {=title} {person:last} mij terugbellen?",
            "De bestelling staat op naam van mijn vriend, {person}.",
            "Contactpersoon: {person:inv}, {phone}",
            "Bel me gerust op {phone}.",
            "Mobiel {phone}, vast {phone}",
            "Tel.: {phone}",
            "Mijn oude nummer {phone} werkt niet meer.",
            "Lukt het niet, bel dan kantoor: {phone}",
            "Antwoord graag naar {email}.",
            "E-mail: {email}",
            "Mijn kaart {card} is twee keer belast.",
            "Creditcard: {card}",
            "Terugbetalen op {iban} graag.",
            "Mijn rekeningnummer is {iban} t.n.v. {person}.",
            "Er wordt ingelogd vanaf {ip}, dat ben ik niet.",
            "Onze server {ip} wordt door jullie firewall geblokkeerd.",
            "De connectiestring {url_credentials} werkt niet meer.",
            "Onze API-sleutel: {secret}",
            "Ik heb per ongeluk het token {secret} gedeeld, kunnen jullie het intrekken?",
            "Geboortedatum: {dob}",
            "Mijn dochter is geboren op {dob}.",
        ],
        "neg": [
            "Bestelling {~order_no} staat nog op 'in behandeling'.",
            "Zending {~tracking_no} staat stil sinds {~date}.",
            "Melding {~ticket_no} is zonder antwoord gesloten.",
            "Versie {~version} crasht bij het opstarten.",
            "Ik heb {~price} betaald in plaats van {~price}.",
            "Artikelnummer: {~product_code}",
            "Overleg in zaal {~room} om {~time}.",
            "Factuur {~invoice_no} van {~date} klopt niet.",
            "Gekocht bij {~brand} vorige maand.",
            "Het stond zelfs in de {~street_lookalike}.",
            "We versturen elke dag vanuit {~city_alone}.",
            "De winkel in de {~street_alone} was dicht.",
            "De bank zegt dat IBAN {~bad_iban} ongeldig is.",
            "Het kenmerk {~bad_card} op mijn afschrift ken ik niet.",
            "Zie {~plain_url} voor de foutmelding.",
            "Commit {~git_sha} heeft de betaling gebroken.",
            "KvK-nummer {~company_id}",
            "Mijn vlucht {~flight} landt om {~time}.",
        ],
        "fill": [
            "Ik hoor graag van jullie.",
            "Dit is al de derde keer dat ik mail.",
            "Sorry voor het lange bericht.",
        ],
    },
    "de": {
        "open": [
            "Hallo {person:first}, kurze Frage:",
            "Sehr geehrter {=title} {person:last},",
            "Servus {person:first},",
            "Moin,",
            "Guten Morgen,",
        ],
        "close": [
            "Danke dir, {person:first}",
            "Viele Grüße aus dem Büro\n{person}",
            "Freundliche Grüße nach draußen\n{person:caps}\n{address:block}",
            "-- \n{person}\n{=role}\n{~company}\nTel.: {phone}",
            "Beste Grüße,\n{person}\n{=role}\nMobil: {phone}",
            "{person:inv}\n{=role}\n{address:block}\n{email}",
            "Von meinem Handy gesendet",
            "Vielen Dank im Voraus!",
        ],
        "body": [
            "Lieferanschrift bitte ändern auf:\n{person}\n{address:block}",
            "Ich bin umgezogen, die neue Anschrift lautet {address:line}.",
            "Das Paket wurde an {address:street} zugestellt, da wohne ich nicht.",
            "Rechnungsadresse: {address:line}",
            "Post bitte an {address:pobox}.",
            "Lieferdaten:\n{person:caps}\n{address:block}\nTel. {phone}",
            "Rücksendung an\n{person}\nc/o {person}\n{address:block}",
            "Ab Montag gilt meine neue Adresse: {address}",
            "Postanschrift:\n{address:pobox_block}",
            "Kunde {person:inv} hat wegen der Erstattung angerufen.",
            "Kontoinhaber: {person:caps}",
            "Ich habe gestern mit {person} aus der Buchhaltung telefoniert.",
            "Bitte an {=title} {person:last} weiterleiten.",
            "Die Bestellung läuft auf meine Frau, {person}.",
            "Ansprechpartner: {person:inv}, {phone}",
            "Sie erreichen mich unter {phone}.",
            "Mobil erreichbar unter {phone}, tagsüber auch {phone}",
            "Tel.: {phone}",
            "Meine alte Nummer {phone} ist abgemeldet.",
            "Falls ich nicht rangehe: Büro {phone}",
            "Antworten bitte an {email}.",
            "E-Mail: {email}",
            "Meine Karte {card} wurde doppelt belastet.",
            "Kreditkarte: {card}",
            "Bitte auf {iban} zurücküberweisen.",
            "Erstattung bitte an {person}, IBAN {iban}.",
            "Es gibt Logins von {ip}, das war ich nicht.",
            "Seit dem Update kommt unser Server {ip} nicht mehr durch.",
            "Der Connection-String {url_credentials} geht nicht mehr.",
            "Unser API-Schlüssel lautet {secret}",
            "Das Token {secret} ist aus Versehen im Ticket gelandet, bitte ungültig machen.",
            "Geburtsdatum (für die Versicherung): {dob}",
            "Meine Tochter ist am {dob} geboren.",
        ],
        "neg": [
            "Bestellung {~order_no} ist immer noch in Bearbeitung.",
            "Sendung {~tracking_no} bewegt sich seit dem {~date} nicht.",
            "Vorgang {~ticket_no} wurde ohne Antwort geschlossen.",
            "Version {~version} stürzt beim Start ab.",
            "Ich habe {~price} statt {~price} bezahlt.",
            "Artikelnummer: {~product_code}",
            "Termin in Raum {~room} um {~time}.",
            "Rechnung {~invoice_no} vom {~date} ist fehlerhaft.",
            "Gekauft bei {~brand} letzten Monat.",
            "Das stand sogar im {~street_lookalike}.",
            "Wir versenden täglich ab {~city_alone}.",
            "Der Laden auf der {~street_alone} hatte zu.",
            "Die Bank sagt, die IBAN {~bad_iban} ist ungültig.",
            "Die Referenz {~bad_card} auf dem Auszug kenne ich nicht.",
            "Siehe {~plain_url} für die Fehlermeldung.",
            "Commit {~git_sha} hat den Checkout kaputt gemacht.",
            "Handelsregister: {~company_id}",
            "Mein Flug {~flight} landet um {~time}.",
        ],
        "fill": [
            "Ich freue mich auf eine baldige Rückmeldung.",
            "Das ist schon meine dritte Nachricht dazu.",
            "Sorry für die lange Mail.",
        ],
    },
    "pt": {
        "open": [
            "Oi {person:first}, tudo bem?",
            "Prezado {=title} {person:last},",
            "Boa tarde, {person:first}!",
            "Olá, pessoal.",
            "Bom dia, equipe!",
        ],
        "close": [
            "Valeu, {person:first}",
            "Fico no aguardo,\n{person}",
            "Abraços,\n{person:caps}\n{address:block}",
            "-- \n{person}\n{=role}\n{~company}\nTel.: {phone}",
            "Att.,\n{person}\n{=role}\nCel.: {phone}",
            "{person:inv}\n{=role}\n{address:block}\n{email}",
            "Enviado do meu celular",
            "Desde já agradeço!",
        ],
        "body": [
            "Segue o endereço de entrega:\n{person}\n{address:block}",
            "Mudei de casa, o endereço novo é {address:line}.",
            "O entregador deixou a caixa no endereço {address:street}, que não é o meu.",
            "Endereço de cobrança: {address:line}",
            "Correspondência, só pela {address:pobox}.",
            "Dados para envio:\n{person:caps}\n{address:block}\nFone {phone}",
            "Devolver para\n{person}\naos cuidados de {person}\n{address:block}",
            "A partir de segunda meu endereço é {address}",
            "Endereço postal:\n{address:pobox_block}",
            "O cliente {person:inv} ligou de novo sobre o estorno.",
            "Titular da conta: {person:caps}",
            "Falei ontem com {person} do financeiro.",
            "Quem me atendeu foi {=title} {person:last}.",
            "O pedido está no nome da minha mãe, {person}.",
            "Contato: {person:inv}, {phone}",
            "Pode me ligar no {phone}.",
            "Celular {phone} / fixo {phone}",
            "WhatsApp: {phone}",
            "Meu número antigo {phone} foi desativado.",
            "Se eu não atender, liga no escritório: {phone}",
            "Responde pra {email}, por favor.",
            "E-mail: {email}",
            "Cobraram duas vezes no cartão {card}.",
            "Cartão de crédito: {card}",
            "Devolvam o valor para o IBAN {iban}, tenho conta lá fora.",
            "Meus dados bancários internacionais: {iban}, titular {person}.",
            "Tem acesso estranho vindo do IP {ip}.",
            "O firewall de vocês barrou nosso servidor ({ip}).",
            "A string de conexão {url_credentials} parou de funcionar.",
            "Nossa chave de API: {secret}",
            "Colei o token {secret} no grupo sem querer, dá pra revogar?",
            "Nascimento: {dob}",
            "Minha filha nasceu em {dob}.",
            "Segue meu CPF pra cadastro: {cpf}",
            "CPF do titular: {cpf}, nascido em {dob}",
            "A nota tem que sair no CNPJ {cnpj}.",
            "Empresa: {~company}, CNPJ {cnpj}",
        ],
        "neg": [
            "O pedido {~order_no} continua em separação.",
            "O rastreio {~tracking_no} está parado desde {~date}.",
            "O chamado {~ticket_no} foi fechado sem resposta.",
            "A versão {~version} fecha sozinha ao abrir.",
            "Paguei {~price} e não {~price}.",
            "Código do produto: {~product_code}",
            "Reunião na sala {~room} às {~time}.",
            "A nota fiscal {~invoice_no} de {~date} veio errada.",
            "Comprei na {~brand} mês passado.",
            "Saiu até no {~street_lookalike}.",
            "Despachamos de {~city_alone} todo dia.",
            "A loja da {~street_alone} estava fechada.",
            "O banco diz que o IBAN {~bad_iban} é inválido.",
            "Não reconheço a referência {~bad_card} na fatura.",
            "Mais detalhes em {~plain_url}",
            "O commit {~git_sha} quebrou o checkout.",
            "Inscrição estadual {~company_id}",
            "Meu voo {~flight} chega às {~time}.",
        ],
        "fill": [
            "Aguardo retorno.",
            "Já é a terceira vez que escrevo sobre isso.",
            "Desculpa o textão.",
        ],
    },
}

# chat turns and CRM notes: a prefix per body unit
STYLE_PREFIX = {
    "en": {"chat": ["Customer: ", "Me: ", "> "], "note": ["- ", "* ", "Note: "]},
    "fr": {"chat": ["Client : ", "Moi : "], "note": ["- ", "Remarque : "]},
    "es": {"chat": ["Cliente: ", "Yo: "], "note": ["- ", "Nota: "]},
    "it": {"chat": ["Cliente: ", "Io: "], "note": ["- ", "Nota: "]},
    "nl": {"chat": ["Klant: ", "Ik: "], "note": ["- ", "Notitie: "]},
    "de": {"chat": ["Kunde: ", "Ich: "], "note": ["- ", "Notiz: "]},
    "pt": {"chat": ["Cliente: ", "Eu: "], "note": ["- ", "Obs.: "]},
}

# ---------------------------------------------------------------------------------------------
# value material: titles, roles, cities, name-like brands, street-like names, companies
# ---------------------------------------------------------------------------------------------

TITLES = {
    "en_US": ["Mr.", "Ms.", "Mrs.", "Dr."],
    "en_GB": ["Mr", "Mrs", "Ms", "Miss", "Dr"],
    "en_NZ": ["Mr", "Mrs", "Ms", "Dr"],
    "fr_FR": ["M.", "Mme", "Monsieur", "Madame"],
    "es_ES": ["Sr.", "Sra.", "D.", "Dña."],
    "it_IT": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"],
    "nl_NL": ["dhr.", "mevr.", "heer", "mevrouw"],
    "de_DE": ["Herr", "Frau", "Dr.", "Herr Dr."],
    "pt_BR": ["Sr.", "Sra.", "Dr.", "Dra."],
}
ROLES = {
    "en": ["Senior Buyer", "Office Manager", "Head of Procurement", "Accounts Payable", "CTO"],
    "fr": ["Responsable achats", "Assistante de direction", "Chef de projet", "Comptable"],
    "es": ["Jefa de compras", "Administración", "Director técnico", "Responsable de logística"],
    "it": ["Ufficio acquisti", "Responsabile amministrativa", "Project manager", "Titolare"],
    "nl": ["Inkoper", "Officemanager", "Hoofd financiën", "Projectleider"],
    "de": ["Einkauf", "Teamassistenz", "Leitung Buchhaltung", "Geschäftsführer"],
    "pt": ["Compras", "Gerente administrativo", "Analista financeira", "Sócio-diretor"],
}
CITIES = {
    "en_US": ["Tucson", "Boise", "Raleigh", "Omaha", "Spokane", "Madison", "Savannah"],
    "en_GB": ["Leeds", "Bristol", "Norwich", "Cardiff", "Glasgow", "York", "Exeter"],
    "en_NZ": ["Auckland", "Wellington", "Christchurch", "Hamilton", "Dunedin", "Nelson"],
    "fr_FR": ["Lyon", "Nantes", "Lille", "Rennes", "Montpellier", "Grenoble", "Dijon"],
    "es_ES": ["Zaragoza", "Valencia", "Sevilla", "Bilbao", "Málaga", "Valladolid", "Murcia"],
    "it_IT": ["Bologna", "Torino", "Verona", "Bari", "Padova", "Genova", "Firenze"],
    "nl_NL": ["Utrecht", "Eindhoven", "Groningen", "Haarlem", "Zwolle", "Leiden", "Tilburg"],
    "de_DE": ["Leipzig", "Dresden", "Kassel", "Münster", "Freiburg", "Nürnberg", "Bremen"],
    "pt_BR": ["Campinas", "Recife", "Goiânia", "Belém", "Fortaleza", "Joinville", "Manaus"],
}
STREETS_ALONE = {
    "en_US": ["Fifth Avenue", "Michigan Avenue", "Sunset Boulevard", "Market Street"],
    "en_GB": ["Oxford Street", "Deansgate", "Princes Street", "the High Street"],
    "en_NZ": ["Queen Street", "Lambton Quay", "Cuba Street", "Colombo Street"],
    "fr_FR": ["rue de Rivoli", "boulevard Haussmann", "la Canebière", "rue Sainte-Catherine"],
    "es_ES": ["Gran Vía", "Calle Mayor", "Paseo de Gracia", "calle Serrano"],
    "it_IT": ["via del Corso", "via Montenapoleone", "corso Buenos Aires", "via Toledo"],
    "nl_NL": ["Kalverstraat", "Lijnbaan", "Damrak", "Oudegracht"],
    "de_DE": ["Königsallee", "Zeil", "Schildergasse", "Mönckebergstraße"],
    "pt_BR": ["Avenida Paulista", "Rua Oscar Freire", "Rua Augusta", "Avenida Atlântica"],
}
STREET_LOOKALIKES = {
    "en": [
        "Wall Street Journal",
        "Main Street Capital",
        "Coronation Street finale",
        "Sesame Street",
    ],
    "fr": ["Boulevard des Airs", "Rue du Commerce", "Avenue Montaigne Magazine"],
    "es": ["Calle 13", "Plaza Mayor Ediciones", "Avenida Press"],
    "it": ["Via Veneto Jazz", "Corriere della Sera", "Piazza Affari Daily"],
    "nl": ["Straatnieuws", "Wall Street Journal", "Kalverstraat Nieuws"],
    "de": ["Lindenstraße", "Sesamstraße", "Wall Street Journal"],
    "pt": ["Wall Street Journal", "Rua Sésamo", "Avenida Brasil (a novela)"],
}
BRANDS = [
    "Ben & Jerry's",
    "Marks & Spencer",
    "Jack Daniel's",
    "Tommy Hilfiger",
    "Calvin Klein",
    "Ralph Lauren",
    "Hugo Boss",
    "Dr. Oetker",
    "Albert Heijn",
    "Giorgio Armani",
    "Massimo Dutti",
    "Yves Rocher",
    "Ted Baker",
    "John Lewis",
    "Sainsbury's",
    "Mrs. Fields",
    "Johnnie Walker",
    "Tim Hortons",
    "Pierre Cardin",
    "Carolina Herrera",
]
COMPANIES = {
    "en": ["Hargreaves & Sons Ltd", "Northwind Traders", "Kestrel Logistics LLC", "Tui Print Ltd"],
    "fr": ["Dupont Frères SARL", "Atelier Bleu", "Transports Morel & Fils"],
    "es": ["Hermanos Ortega S.L.", "Transportes Almendro S.A.", "Gráficas Sol"],
    "it": ["Rossi & Figli S.p.A.", "Ferramenta Lusso S.r.l.", "Studio Bianchi Associati"],
    "nl": ["Van Dijk Installatietechniek B.V.", "Bakkerij De Zon", "Jansen & Zn."],
    "de": ["Müller & Söhne KG", "Kestrel Logistik GmbH", "Schreinerei Vogt"],
    "pt": ["Comercial Ipê Ltda.", "Irmãos Tavares & Cia", "Padaria Estrela"],
}
# English-locale names from outside Faker's mostly Anglo lists
WORLD_FIRST = ["Priya", "Chidi", "Mei", "Arjun", "Oluwaseun", "Aroha", "Wiremu", "Siosaia"]
WORLD_FIRST += ["Fatima", "Kwame", "Yuki", "Aisha", "Tane", "Ngaire", "Mateo", "Zofia"]
WORLD_LAST = ["Okafor", "Patel", "Nguyen", "Singh", "Kowalski", "Adeyemi", "Ngata", "Tupou"]
WORLD_LAST += ["Chen", "O'Brien", "MacLeod", "Te Huia", "van der Merwe", "Haddad", "Mensah"]
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}
FREE_MAIL = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
    "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"],
    "en_NZ": ["xtra.co.nz", "gmail.com", "outlook.co.nz"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"],
    "es_ES": ["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es"],
    "it_IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
}
PHONE_EXT = {
    "en": [" ext. {n}", " x{n}", " ext {n}"],
    "fr": [" poste {n}"],
    "es": [" ext. {n}"],
    "it": [" int. {n}"],
    "nl": [" toestel {n}"],
    "de": ["-{n}"],
    "pt": [" ramal {n}"],
}
COUNTRY_LINES = {
    "en_US": ["USA"],
    "en_GB": ["United Kingdom", "UK"],
    "en_NZ": ["New Zealand", "NEW ZEALAND"],
    "fr_FR": ["France", "FRANCE"],
    "es_ES": ["España", "Spain"],
    "it_IT": ["Italia", "ITALY"],
    "nl_NL": ["Nederland", "The Netherlands"],
    "de_DE": ["Deutschland", "Germany"],
    "pt_BR": ["Brasil", "BRAZIL"],
}
IBAN_SOURCES = ("fr_FR", "es_ES", "it_IT", "nl_NL", "de_DE", "en_GB")
_B62 = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_UP = string.ascii_uppercase


def iban_valid(iban: str) -> bool:
    """True when the IBAN's mod-97 checksum holds (spaces ignored)."""
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _ascii(s: str) -> str:
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", folded).lower()


def _groups(s: str, sizes: tuple[int, ...], sep: str) -> str:
    out, k = [], 0
    for size in sizes:
        out.append(s[k : k + size])
        k += size
    if k < len(s):
        out.append(s[k:])
    return sep.join(p for p in out if p)


def _rand(r: random.Random, n: int, alphabet: str = _B62) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# phones: each country's forms, kept only when `phonenumbers` calls them valid there
# ---------------------------------------------------------------------------------------------


def _phone_forms_nanp_gb_nz(reg: str, mobile: bool, r: random.Random) -> list[str]:
    d = lambda n: _rand(r, n, string.digits)  # noqa: E731
    x = str(r.randint(2, 9))
    if reg == "US":
        a = r.choice(["212", "305", "312", "415", "503", "617", "702", "713", "808", "919"])
        n, s = f"{x}{d(2)}", d(4)
        return [
            f"({a}) {n}-{s}",
            f"{a}-{n}-{s}",
            f"{a}.{n}.{s}",
            f"+1 {a} {n} {s}",
            f"+1-{a}-{n}-{s}",
            f"1 ({a}) {n}-{s}",
        ]
    if reg == "GB":
        if mobile:
            m, s = f"7{r.choice('4579')}{d(2)}", d(6)
            return [f"0{m} {s}", f"+44 {m} {s}", f"+44 (0){m} {s[:3]} {s[3:]}", f"0044 {m} {s}"]
        a, s = r.choice(
            [
                ("20", f"{r.choice('378')}{d(3)} {d(4)}"),
                ("161", f"{x}{d(2)} {d(4)}"),
                ("113", f"{r.choice('234')}{d(2)} {d(4)}"),
                ("131", f"{x}{d(2)} {d(4)}"),
                ("1223", f"{x}{d(5)}"),
            ]
        )
        return [f"0{a} {s}", f"+44 (0){a} {s}", f"+44 {a} {s}", f"(0{a}) {s}", f"0044 {a} {s}"]
    if mobile:  # NZ
        m, s = r.choice(["21", "22", "27"]), f"{x}{d(6)}"
        return [
            f"0{m} {s[:3]} {s[3:]}",
            f"+64 {m} {s[:3]} {s[3:]}",
            f"0{m}-{s}",
            f"+64 (0){m} {s[:3]} {s[3:]}",
        ]
    a, s = r.choice("34679"), f"{x}{d(6)}"
    return [
        f"(0{a}) {s[:3]} {s[3:]}",
        f"0{a} {s[:3]} {s[3:]}",
        f"+64 {a} {s[:3]} {s[3:]}",
        f"0{a}-{s[:3]} {s[3:]}",
        f"+64 (0){a} {s}",
    ]


def _phone_forms_fr_es_it(reg: str, mobile: bool, r: random.Random) -> list[str]:
    d = lambda n: _rand(r, n, string.digits)  # noqa: E731
    if reg == "FR":
        p, n = (r.choice("67") if mobile else r.choice("12345")), d(8)
        g = " ".join(n[i : i + 2] for i in range(0, 8, 2))
        return [
            f"0{p} {g}",
            f"+33 {p} {g}",
            f"+33 (0){p} {g}",
            f"0{p}.{g.replace(' ', '.')}",
            f"0033 {p} {g}",
            f"0{p}{n}",
            f"0{p}-{g.replace(' ', '-')}",
        ]
    if reg == "ES":
        n = r.choice("67") + d(8) if mobile else r.choice(["91", "93", "96", "95"]) + d(7)
        return [
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"+34 {n[:3]} {n[3:6]} {n[6:]}",
            f"0034 {n}",
            f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"+34 {n}",
            f"{n[:3]}-{n[3:6]}-{n[6:]}",
        ]
    if mobile:  # IT
        n = f"3{r.choice('2345789')}{d(8)}"
        return [
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"+39 {n[:3]} {n[3:]}",
            f"{n[:3]}-{n[3:]}",
            f"+39 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
            f"0039 {n}",
        ]
    a, s = r.choice([("06", d(8)), ("02", d(8)), ("011", d(7)), ("055", d(7)), ("081", d(7))])
    return [f"{a} {s[:4]} {s[4:]}", f"+39 {a} {s}", f"{a}/{s}", f"+39 {a} {s[:4]} {s[4:]}"]


def _phone_forms_nl_de_br(reg: str, mobile: bool, r: random.Random) -> list[str]:
    d = lambda n: _rand(r, n, string.digits)  # noqa: E731
    x = str(r.randint(2, 9))
    if reg == "NL":
        if mobile:
            n = d(8)
            g = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
            return [f"06-{n}", f"06 {g}", f"+31 6 {n[:4]} {n[4:]}", f"+31 (0)6 {n}", f"0031 6 {n}"]
        a, s = r.choice(["20", "10", "30", "70", "40"]), f"{x}{d(6)}"
        return [
            f"0{a}-{s[:3]} {s[3:]}",
            f"+31 {a} {s[:3]} {s[3:]}",
            f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}",
            f"+31 (0){a} {s[:3]} {s[3:]}",
        ]
    if reg == "DE":
        if mobile:
            p = r.choice(["151", "152", "160", "162", "170", "171", "172", "176", "179"])
            n = d(8 if p[:2] == "15" else 7)
            return [
                f"0{p} {n}",
                f"+49 {p} {n}",
                f"+49 (0){p} {n[:3]} {n[3:5]} {n[5:]}",
                f"0{p}-{n}",
                f"0049 {p} {n}",
                f"0{p} / {n[:3]} {n[3:]}",
            ]
        a, s = r.choice([("30", d(7)), ("89", d(6)), ("40", d(6)), ("221", d(5)), ("69", d(7))])
        s = x + s
        return [
            f"0{a} {s}",
            f"+49 {a} {s}",
            f"(0{a}) {s[:3]} {s[3:]}",
            f"0{a}/{s}",
            f"+49 (0){a} {s}",
        ]
    ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
    n = "9" + r.choice("6789") + d(7) if mobile else r.choice("2345") + d(7)
    h, t = n[:-4], n[-4:]
    return [
        f"({ddd}) {h}-{t}",
        f"+55 {ddd} {h}-{t}",
        f"{ddd} {h} {t}",
        f"+55 ({ddd}) {h}-{t}",
        f"0{ddd} {h}-{t}",
        f"({ddd}){h}{t}",
    ]


def phone_valid(number: str, region: str) -> bool:
    """True when `phonenumbers` reads `number` (extension included) as valid in `region`."""
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def _phone(locale: str, variant: str, r: random.Random) -> str:
    reg, lang = FRESH_REGION[locale], FRESH_LANG[locale]
    if reg in ("US", "GB", "NZ"):
        make = _phone_forms_nanp_gb_nz
    elif reg in ("FR", "ES", "IT"):
        make = _phone_forms_fr_es_it
    else:
        make = _phone_forms_nl_de_br
    for _ in range(200):
        mobile = variant == "mobile" or (variant != "landline" and r.random() < 0.55)
        number = r.choice(make(reg, mobile, r))
        if not phone_valid(number, reg):
            continue
        if not mobile and r.random() < 0.18:  # an office extension
            ext = r.choice(PHONE_EXT[lang]).format(n=r.randint(2, 499))
            if lang != "de" or phone_valid(number + ext, reg):
                return number + ext
        return number
    raise RuntimeError(f"no valid {reg} phone number drawn")  # pragma: no cover


# ---------------------------------------------------------------------------------------------
# addresses: street line(s) + town line(s), in each country's order
# ---------------------------------------------------------------------------------------------


class _Address:
    """Address parts for one locale; all randomness from one Random and the seeded Fakers."""

    def __init__(self, locale: str, r: random.Random, f: object) -> None:
        self.locale, self.r, self.f = locale, r, f

    def city(self) -> str:
        return self.r.choice(CITIES[self.locale]) if self.r.random() < 0.5 else self.f.city()

    def postcode(self) -> str:
        r, loc = self.r, self.locale
        if loc == "nl_NL":
            return f"{r.randint(1011, 9999)}{r.choice([' ', ' ', ''])}{_rand(r, 2, _UP)}"
        if loc == "en_NZ":
            return f"{r.randint(110, 9893):04d}"
        if loc == "pt_BR":
            digits = re.sub(r"\D", "", self.f.postcode())
            return f"{digits[:5]}-{digits[5:8]}"
        if loc == "en_US" and r.random() < 0.2:
            return f"{self.f.zipcode()}-{r.randint(1000, 9999)}"
        return self.f.postcode()

    def street_lines(self) -> list[str]:
        r, f, loc = self.r, self.f, self.locale
        n = str(r.choice([r.randint(1, 60), r.randint(1, 250), r.randint(1, 2400)]))
        street = f.street_name()
        unit = r.random() < 0.35
        if loc == "en_US":
            apt = r.choice(
                [f"Apt {r.randint(1, 30)}{r.choice('ABCD')}", f"Suite {r.randint(100, 990)}"]
            )
            apt = r.choice([apt, f"Unit {r.randint(1, 40)}", f"#{r.randint(100, 999)}"])
            return [f"{n} {street}" + (f", {apt}" if unit else "")]
        if loc == "en_GB":
            line = f"{n} {street}"
            flat = r.choice(
                [f"Flat {r.randint(1, 40)}", f"Flat {r.randint(1, 9)}{r.choice('ABC')}"]
            )
            if unit:
                return r.choice([[f"{flat}, {line}"], [flat, line]])
            return [line]
        if loc == "en_NZ":
            line = f"{n} {street}"
            if unit:
                line = r.choice([f"{r.randint(1, 12)}/{line}", f"Flat {r.randint(1, 9)}, {line}"])
            return [line]
        if loc == "fr_FR":
            bis = r.choice(["", "", "", " bis", " ter"])
            line = r.choice([f"{n}{bis} {street}", f"{n}{bis}, {street}"])
            apt = r.choice([f"Appartement {r.randint(1, 60)}", f"Bât. {r.choice('ABC')}, esc. 2"])
            return [apt, line] if unit else [line]
        if loc == "es_ES":
            line = r.choice(
                [f"{street}, {n}", f"{street} {n}", f"C/ {street.split(' ', 1)[-1]}, {n}"]
            )
            floor = r.choice(
                [f"{r.randint(1, 9)}º {r.choice('ABCD')}", f"{r.randint(1, 6)}º izda."]
            )
            floor = r.choice([floor, "bajo", f"piso {r.randint(1, 9)}, puerta {r.randint(1, 4)}"])
            return [f"{line}, {floor}" if unit else line]
        if loc == "it_IT":
            line = r.choice([f"{street}, {n}", f"{street} {n}", f"{street}, {n}/{r.choice('ABC')}"])
            inner = r.choice([f"int. {r.randint(1, 20)}", f"scala {r.choice('ABC')}"])
            return [f"{line}, {inner}" if unit else line]
        if loc == "nl_NL":
            extra = r.choice(["-2", " A", "-III", " bis", " hs", f"-{r.randint(1, 4)}"])
            return [f"{street} {n}" + (extra if unit else "")]
        if loc == "de_DE":
            line = f"{street} {n}{r.choice(['', '', '', 'a', 'b'])}"
            whg = r.choice([f"Whg. {r.randint(1, 30)}", f"{r.randint(1, 5)}. OG", "Hinterhaus"])
            return r.choice([[f"{line}, {whg}"], [line, whg]]) if unit else [line]
        line = r.choice([f"{street}, {n}", f"{street}, nº {n}", f"{street} {n}"])
        apto = r.choice([f"apto {r.randint(11, 1204)}", f"bloco {r.choice('ABC')}, apto 32"])
        return [f"{line}, {apto}" if unit else line]

    def town_lines(self, pobox: bool = False) -> list[str]:
        r, f, loc, pc, city = self.r, self.f, self.locale, self.postcode(), self.city()
        if loc == "en_US":
            return [f"{city}, {f.state_abbr()} {pc}"]
        if loc == "en_GB":
            return r.choice([[city, pc], [f"{city} {pc}"], [city.upper(), pc]])
        if loc == "en_NZ":
            return r.choice([[f"{city} {pc}"], [f.city(), f"{city} {pc}"]])
        if loc == "fr_FR":
            cedex = " CEDEX" if pobox and r.random() < 0.6 else ""
            return [f"{pc} {r.choice([city, city.upper()])}{cedex}"]
        if loc == "es_ES":
            return [r.choice([f"{pc} {city}", f"{pc} {city} ({f.state()})"])]
        if loc == "it_IT":
            return [r.choice([f"{pc} {city} ({f.state_abbr()})", f"{pc} {city}"])]
        if loc == "nl_NL":
            return [f"{pc}{r.choice([' ', '  '])}{r.choice([city, city.upper()])}"]
        if loc == "de_DE":
            return [f"{pc} {city}"]
        uf = f.estado_sigla()
        return r.choice(
            [
                [f"{pc} {city} - {uf}"],
                [f"{city}/{uf}", f"CEP {pc}"],
                [f.bairro(), f"{city} - {uf}, {pc}"],
            ]
        )

    def pobox(self) -> str:
        r, loc = self.r, self.locale
        n = r.randint(1, 9999)
        return {
            "en_US": r.choice([f"PO Box {n}", f"P.O. Box {n}"]),
            "en_GB": f"PO Box {n}",
            "en_NZ": r.choice([f"PO Box {n}", f"Private Bag {r.randint(1, 99999)}"]),
            "fr_FR": r.choice([f"BP {r.randint(1, 999)}", f"CS {r.randint(10000, 99999)}"]),
            "es_ES": r.choice([f"Apartado de correos {n}", f"Apdo. {n}"]),
            "it_IT": r.choice([f"Casella Postale {n}", f"C.P. {n}"]),
            "nl_NL": f"Postbus {n}",
            "de_DE": r.choice(
                [
                    f"Postfach {_groups(str(r.randint(100000, 999999)), (2, 2, 2), ' ')}",
                    f"Postfach {n}",
                ]
            ),
            "pt_BR": f"Caixa Postal {n}",
        }[loc]

    def value(self, variant: str) -> str:
        r = self.r
        if not variant:
            variant = r.choices(["street", "line", "block"], weights=[3, 5, 2])[0]
        if variant.startswith("pobox"):
            lines = [self.pobox(), *self.town_lines(pobox=True)]
        else:
            lines = self.street_lines()
            if variant == "street":
                return ", ".join(lines)
            lines += self.town_lines()
        if variant.endswith("block") and r.random() < 0.1:
            lines.append(r.choice(COUNTRY_LINES[self.locale]))
        return ("\n" if variant.endswith("block") else ", ").join(lines)


# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------


class _FreshValues:
    """Value generators for one doc's locale (labelled types, hard negatives, decoration)."""

    def __init__(self, locale: str, r: random.Random, fakers: dict[str, object]) -> None:
        self.locale, self.lang, self.r = locale, FRESH_LANG[locale], r
        self.f = fakers[locale]
        self.fakers = fakers
        self.addr = _Address(locale, r, self.f)

    def _d(self, n: int) -> str:
        return _rand(self.r, n, string.digits)

    # --- labelled types ----------------------------------------------------------------------
    def address(self, variant: str) -> str:
        return self.addr.value(variant)

    def phone(self, variant: str) -> str:
        return _phone(self.locale, variant, self.r)

    def _names(self) -> tuple[str, str]:
        f, r = self.f, self.r
        if self.lang == "en" and r.random() < 0.3:
            return r.choice(WORLD_FIRST), r.choice(WORLD_LAST)
        first, last = f.first_name(), f.last_name()
        if self.locale in ("es_ES", "pt_BR") and r.random() < 0.4:  # two surnames
            last = f"{last} {f.last_name()}"
        return first, last

    def person(self, variant: str) -> str:
        r = self.r
        first, last = self._names()
        if variant == "first":
            return first
        if variant == "last":
            return last
        if variant == "inv":
            return f"{last}, {first}"
        if variant == "caps":
            return r.choice([f"{first} {last}".upper(), f"{last.upper()} {first}"])
        if r.random() < 0.12:
            return f"{first} {r.choice(_UP)}. {last}"
        return f"{first} {last}"

    def email(self, variant: str) -> str:
        f, r = self.f, self.r
        first, last = (_ascii(x) or "info" for x in self._names())
        pick = r.random()
        if pick < 0.25:
            return f.email()
        dom = r.choice(FREE_MAIL[self.locale]) if pick < 0.6 else f.domain_name()
        local = r.choice(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}_{last}{r.randint(1, 99)}",
                f"{last}{first[0]}",
                f"{first}{r.randint(1950, 2005)}",
            ]
        )
        if pick > 0.9:
            return f"{first.title()}.{last.title()}@{dom}"
        return f"{local}@{dom}"

    def card(self, variant: str) -> str:
        r = self.r
        kind = r.choice(
            ["visa16", "visa16", "mastercard", "mastercard", "amex", "discover", "jcb16"]
        )
        number = self.f.credit_card_number(card_type=kind)
        assert luhn_valid(number), number
        sizes = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
        sep = r.choices(["", " ", "-", "."], weights=[25, 50, 20, 5])[0]
        return _groups(number, sizes, sep) if sep else number

    def iban(self, variant: str) -> str:
        loc = self.locale if self.locale in IBAN_SOURCES + ("pt_BR",) else None
        iban = self.fakers[loc or self.r.choice(IBAN_SOURCES)].iban()
        assert iban_valid(iban), iban
        return _groups(iban, (4,) * 8, " ") if self.r.random() < 0.55 else iban

    def ssn(self, variant: str) -> str:
        while True:
            ssn = self.fakers["en_US"].ssn()
            area, group, serial = ssn.split("-")
            if area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000":
                return ssn.replace("-", " ") if self.r.random() < 0.2 else ssn

    def cpf(self, variant: str) -> str:
        cpf = self.fakers["pt_BR"].cpf()
        return re.sub(r"\D", "", cpf) if self.r.random() < 0.25 else cpf

    def cnpj(self, variant: str) -> str:
        cnpj = self.fakers["pt_BR"].cnpj()
        return re.sub(r"\D", "", cnpj) if self.r.random() < 0.2 else cnpj

    def ip(self, variant: str) -> str:
        f, r = self.f, self.r
        pick = r.random()
        if pick < 0.5:
            return f.ipv4_public()
        if pick < 0.7:
            return r.choice(
                [
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                ]
            )
        return f.ipv6()

    def url_credentials(self, variant: str) -> str:
        f, r = self.f, self.r
        user = r.choice([_ascii(f.first_name()) or "ops", "svc_backup", "deploy", "admin", "etl"])
        pw = _rand(r, r.randint(8, 18), _B62 + "!%*_-") + str(r.randint(0, 9))
        host, dom = r.choice(["db", "files", "mq", "cache", "repo"]), f.domain_name()
        return r.choice(
            [
                f"sftp://{user}:{pw}@{host}.{dom}:22/inbound",
                f"smtp://{user}:{pw}@smtp.{dom}:587",
                f"amqps://{user}:{pw}@{host}.{dom}/prod",
                f"mongodb+srv://{user}:{pw}@cluster0.{_rand(r, 5, 'abcdefghkmnpqrstuvwxyz')}"
                ".mongodb.net/orders",
                f"rediss://:{pw}@{host}.{dom}:6380/0",
                f"https://{user}:{pw}@{host}.{dom}/repository/",
                f"mssql://sa:{pw}@10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
                ":1433/ERP",
            ]
        )

    def secret(self, variant: str) -> str:
        r = self.r
        b = lambda n, a=_B62: _rand(r, n, a)  # noqa: E731
        makers = [
            lambda: "dckr_pat_" + b(27, _B62 + "-_"),
            lambda: "figd_" + b(40, _B62 + "-_"),
            lambda: "secret_" + b(43),
            lambda: "r8_" + b(37),
            lambda: "gsk_" + b(52),
            lambda: f"tskey-auth-{b(11)}-{b(33)}",
            lambda: "dapi" + b(32, _HEX),
            lambda: "SK" + b(32, _HEX),
            lambda: "sk-or-v1-" + b(64, _HEX),
            lambda: "sq0csp-" + b(43, _B62 + "-_"),
            lambda: "pat-eu1-" + "-".join(b(n, _HEX) for n in (8, 4, 4, 4, 12)),
            lambda: (
                "xapp-1-"
                + b(11, _UP + string.digits)
                + "-"
                + b(13, string.digits)
                + "-"
                + b(64, _HEX)
            ),
        ]
        return r.choice(makers)()

    def _date(self, y: int, m: int, d: int) -> str:
        r, loc = self.r, self.locale
        month = MONTH_NAMES[self.lang].split()[m - 1]
        forms = {
            "en_US": [
                f"{m:02d}/{d:02d}/{y}",
                f"{month} {d}, {y}",
                f"{month[:3]} {d} {y}",
                f"{m}/{d}/{y % 100:02d}",
            ],
            "en_GB": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}-{month[:3]}-{y}"],
            "en_NZ": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}-{m:02d}-{y}"],
            "fr_FR": [f"{d:02d}/{m:02d}/{y}", f"{'1er' if d == 1 else d} {month} {y}"],
            "es_ES": [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{d:02d}-{m:02d}-{y}"],
            "it_IT": [f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d:02d}.{m:02d}.{y}"],
            "nl_NL": [f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}", f"{d}/{m}/{y}"],
            "de_DE": [f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}.{y % 100:02d}"],
            "pt_BR": [f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}", f"{d}/{m}/{y}"],
        }[loc]
        return r.choice(forms + [f"{y}-{m:02d}-{d:02d}"])

    def dob(self, variant: str) -> str:
        r = self.r
        return self._date(r.randint(1936, 2008), r.randint(1, 12), r.randint(1, 28))

    # --- hard negatives and decoration -------------------------------------------------------
    def deco(self, kind: str) -> str:
        if kind == "title":
            return self.r.choice(TITLES[self.locale])
        if kind == "role":
            return self.r.choice(ROLES[self.lang])
        raise ValueError(f"unknown decoration {{={kind}}}")

    def negative(self, kind: str) -> str:
        r, d, loc, lang = self.r, self._d, self.locale, self.lang
        y = r.randint(2021, 2026)
        if kind == "brand":
            return r.choice(BRANDS)
        if kind == "company":
            return r.choice(COMPANIES[lang])
        if kind == "street_lookalike":
            return r.choice(STREET_LOOKALIKES[lang])
        if kind == "street_alone":
            return r.choice(STREETS_ALONE[loc])
        if kind == "city_alone":
            return r.choice(CITIES[loc])
        if kind == "order_no":
            return r.choice([f"#{d(r.randint(6, 9))}", f"{d(3)}-{d(7)}-{d(7)}", f"A{d(3)}-{d(7)}"])
        if kind == "ticket_no":
            return r.choice([f"#{d(5)}", f"INC{d(7)}", f"SUP-{d(4)}", f"CS-{y}-{d(5)}"])
        if kind == "tracking_no":
            return r.choice(
                [
                    f"JJD{d(18)}",
                    f"00340434{d(12)}",
                    f"3S{_rand(r, 4, _UP)}{d(9)}",
                    f"{_rand(r, 2, _UP)}{d(9)}GB",
                    f"LB{d(9)}BR",
                    f"6A{d(11)}",
                ]
            )
        if kind == "invoice_no":
            return r.choice([f"F{y}-{d(4)}", f"FAC-{d(6)}", f"RG {y}/{d(4)}", f"INV{d(7)}"])
        if kind == "version":
            a, b, c = r.randint(1, 17), r.randint(0, 40), r.randint(0, 12)
            return r.choice([f"{a}.{b}.{c}", f"v{a}.{b}", f"{a}.{b}.{c}.{r.randint(300, 9999)}"])
        if kind == "date":
            return self._date(y, r.randint(1, 12), r.randint(1, 28))
        if kind == "time":
            hh, mm = r.randint(6, 21), r.choice(["00", "05", "20", "30", "45"])
            return r.choice([f"{hh}:{mm}", f"{hh}h{mm}" if lang == "fr" else f"{hh}.{mm}"])
        if kind == "price":
            return self._price()
        if kind == "product_code":  # shaped like the locale's postcode
            return {
                "en_US": d(5),
                "en_GB": f"{_rand(r, 2, _UP)}{d(2)} {d(1)}{_rand(r, 2, _UP)}",
                "en_NZ": d(4),
                "nl_NL": f"{r.randint(1000, 9999)} {_rand(r, 2, _UP)}",
                "pt_BR": f"{d(5)}-{d(3)}",
            }.get(loc, f"{r.randint(10, 99)}{d(3)}")
        if kind == "room":
            return r.choice(
                [f"{r.randint(0, 6)}.{r.randint(1, 40):02d}", f"B{r.randint(101, 420)}"]
            )
        if kind == "bad_iban":
            return self._bad_iban()
        if kind == "bad_card":
            while True:
                digits = r.choice("45") + d(15)
                if not luhn_valid(digits):
                    return _groups(digits, (4, 4, 4, 4), " ") if r.random() < 0.5 else digits
        if kind == "plain_url":
            dom = self.f.domain_name()
            return r.choice(
                [f"https://www.{dom}/help/{d(4)}", f"https://status.{dom}", f"{dom}/faq"]
            )
        if kind == "git_sha":
            return _rand(r, r.choice([40, 12]), _HEX)
        if kind == "company_id":
            return self._company_id()
        if kind == "flight":
            airline = r.choice(["LH", "BA", "IB", "AZ", "KL", "AF", "LA", "NZ", "UA"])
            return f"{airline}{r.choice(['', ' '])}{r.randint(10, 4999)}"
        raise ValueError(f"unknown hard negative {{~{kind}}}")

    def _price(self) -> str:
        r, loc = self.r, self.locale
        whole, cents = r.randint(2, 3999), r.randint(0, 99)
        en = f"{whole:,}.{cents:02d}"
        eu = f"{whole:,}".replace(",", ".") + f",{cents:02d}"
        return r.choice(
            {
                "en_US": [f"${en}", f"USD {en}"],
                "en_GB": [f"£{en}"],
                "en_NZ": [f"NZ${en}", f"${en}"],
                "pt_BR": [f"R$ {eu}"],
            }.get(loc, [f"{eu} €", f"€ {eu}", f"EUR {eu}"])
        )

    def _bad_iban(self) -> str:
        r = self.r
        iban = self.fakers[self.locale if self.locale in IBAN_SOURCES else "de_DE"].iban()
        while True:
            k = r.randrange(4, len(iban))
            bad = iban[:k] + str((int(iban[k], 36) + r.randint(1, 8)) % 10) + iban[k + 1 :]
            if not iban_valid(bad):
                return _groups(bad, (4,) * 8, " ") if r.random() < 0.5 else bad

    def _company_id(self) -> str:
        r, d = self.r, self._d
        return {
            "en_US": f"{d(2)}-{d(7)}",
            "en_GB": f"0{d(7)}",
            "en_NZ": f"9429{d(9)}",
            "fr_FR": f"{d(3)} {d(3)} {d(3)} {d(5)}",
            "es_ES": f"{r.choice('ABG')}{d(8)}",
            "it_IT": f"IT{d(11)}",
            "nl_NL": d(8),
            "de_DE": r.choice([f"HRB {r.randint(1000, 99999)}", f"DE{d(9)}"]),
            "pt_BR": f"{d(3)}.{d(3)}.{d(3)}.{d(3)}",
        }[self.locale]


# ---------------------------------------------------------------------------------------------
# docs
# ---------------------------------------------------------------------------------------------

Piece = tuple[str, str | None, str | None]  # (text, entity type, negative kind)


def slot_types(template: str) -> list[str]:
    """The labelled types of a template's slots, in order ("{person:first}" -> "person")."""
    return [s.partition(":")[0] for s in _SLOT.findall(template) if s[0] not in "~="]


def _render(template: str, values: _FreshValues, pieces: list[Piece]) -> None:
    for k, part in enumerate(_SLOT.split(template)):
        if k % 2 == 0:
            if part:
                pieces.append((part, None, None))
        elif part[0] == "~":
            pieces.append((values.negative(part[1:]), None, part[1:]))
        elif part[0] == "=":
            pieces.append((values.deco(part[1:]), None, None))
        else:
            etype, _, variant = part.partition(":")
            pieces.append((getattr(values, etype)(variant), etype, None))


def _fits(pool: list[str], left: int, allowed: set[str]) -> list[str]:
    return [t for t in pool if len(slot_types(t)) <= left and set(slot_types(t)) <= allowed]


def _pick_units(
    spec: dict[str, list[str]], allowed: set[str], k: int, mail: bool, r: random.Random
) -> tuple[str | None, list[str], str | None]:
    """(opener, body units, closer) holding exactly `k` labelled slots in all."""
    left = k
    opener = closer = None
    for which in ("open", "close"):
        pool = _fits(spec[which], left, allowed)
        named = [t for t in pool if slot_types(t)]
        plain = [t for t in pool if not slot_types(t)]
        if r.random() < (0.55 if mail else 0.15):
            unit = r.choice(named) if named and (left and r.random() < 0.7) else r.choice(plain)
            left -= len(slot_types(unit))
            opener, closer = (unit, closer) if which == "open" else (opener, unit)
    body: list[str] = []
    while left > 0:
        fits = [t for t in _fits(spec["body"], left, allowed) if slot_types(t)]
        fits = [t for t in fits if t not in body] or fits
        types = sorted({s for t in fits for s in slot_types(t)})
        etype = r.choices(types, weights=[TYPE_WEIGHT.get(t, 1.0) for t in types])[0]
        unit = r.choice([t for t in fits if etype in slot_types(t)])
        body.append(unit)
        left -= len(slot_types(unit))
    r.shuffle(body)
    return opener, body, closer


def build_fresh_doc(locale: str, r: random.Random, fakers: dict[str, object]) -> dict:
    """One labelled doc in `locale` (same shape as benchmarks.pii_corpus.build_doc's)."""
    lang = FRESH_LANG[locale]
    spec = TEMPLATES[lang]
    values = _FreshValues(locale, r, fakers)
    allowed = {t for t in TYPES if locale in LOCALE_ONLY.get(t, (locale,))}
    style = r.choices(["mail", "chat", "note"], weights=[5, 3, 2])[0]
    k = 0 if r.random() < 0.15 else r.choices([1, 2, 3, 4, 5], weights=[22, 28, 25, 15, 10])[0]
    opener, body, closer = _pick_units(spec, allowed, k, style == "mail", r)
    if r.random() < 0.58:  # planted hard negatives, anywhere in the body
        for unit in r.sample(spec["neg"], r.choice([1, 1, 2, 2, 3])):
            body.insert(r.randint(0, len(body)), unit)
    if not body or r.random() < 0.3:
        body.insert(r.randint(0, len(body)), r.choice(spec["fill"]))

    pieces: list[Piece] = []
    if opener:
        _render(opener, values, pieces)
        pieces.append((r.choice(["\n", "\n\n"]), None, None))
    join = {"mail": r.choice([" ", "\n", "\n\n"]), "chat": "\n", "note": "\n"}[style]
    prefixes = STYLE_PREFIX[lang].get(style, [""])
    prefix = r.choice(prefixes)
    for j, unit in enumerate(body):
        if j:  # a block (an address, a form) ends its line
            pieces.append(("\n" if "\n" in unit + body[j - 1] else join, None, None))
        if prefix:
            pieces.append((prefix, None, None))
        _render(unit, values, pieces)
    if closer:
        pieces.append((r.choice(["\n", "\n\n"]), None, None))
        _render(closer, values, pieces)
    return assemble_doc(locale, pieces)


def build_fresh_corpus(n_docs: int, seed: int = 0) -> list[dict]:
    """`n_docs` labelled docs, the nine FRESH_LOCALES taking turns.

    Args:
        n_docs: number of docs.
        seed: everything random derives from it (its own Random and Faker seeds, not those of
            the dev or held-out corpora).

    Returns:
        Docs as described in the module docstring. NEVER tune a detector on them.
    """
    from faker import Faker

    r = random.Random(f"fresh-{seed}")
    fakers: dict[str, object] = {}
    for k, loc in enumerate(FRESH_LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 7919 + 31337 + k)
    return [
        build_fresh_doc(FRESH_LOCALES[i % len(FRESH_LOCALES)], r, fakers) for i in range(n_docs)
    ]


def main(argv: list[str] | None = None) -> int:
    return corpus_main(build_fresh_corpus, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
