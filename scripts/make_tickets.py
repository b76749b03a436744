"""Generate the bundled example dataset: customer-support tickets to triage into six categories.

    python scripts/make_tickets.py                       # writes data/raw/tickets.jsonl
    python scripts/make_tickets.py --out /tmp/t.jsonl    # anywhere else (tests compare bytes)

Deterministic (fixed seed, `random.Random`), standard library plus `tasks.lib`. Every record is
[system, user, assistant]: the system prompt is `task.system_prompt` from params.yaml, the user turn
a ticket, the assistant turn its label. Planted on purpose, so the data stages have work to do:
- near-duplicates of other tickets (typo, casing, punctuation, a word swapped, "thanks!" appended)
  that dedup at threshold 90 on the user text must catch;
- tickets carrying fake PII that scrub_pii must replace: example.com emails, 555 / drama-range
  phone numbers, card-network test numbers, documentation IPs (RFC 5737), and SSNs that were
  voided or used in advertising (never a real person's).
Tickets also carry look-alikes that are NOT PII (order ids, dates, versions, amounts, tracking
numbers, times), which scrub_pii must leave alone.
"""

from __future__ import annotations

import argparse
import difflib
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a plain script from a checkout
    sys.path.insert(0, str(REPO))

from tasks.lib.io import write_jsonl  # noqa: E402
from tasks.lib.params import load_params  # noqa: E402
from tasks.lib.records import record_id  # noqa: E402

SEED = 20241104
PER_LABEL = 66  # base tickets per label; + near-duplicates = about 420 records
N_NEAR_DUPS = 24
MAX_SAME_TEMPLATE_SIMILARITY = 0.80  # two fills of one template must differ at least this much
MIN_NEAR_DUP_SIMILARITY = 0.92  # difflib ratio <= rapidfuzz ratio, so a safe margin over 90

# ---------------------------------------------------------------------------------------------
# Slot fillers
# ---------------------------------------------------------------------------------------------

# data tables: compact rows read better than one item per line
# fmt: off
SLOTS: dict[str, list[str]] = {
    "product": [
        "the Nimbus 2 earbuds", "my TrailPro 40L backpack", "the ceramic pour-over set",
        "the standing desk frame", "the BrewMate coffee maker", "the linen duvet cover",
        "two pairs of running shoes", "the Orbit smart lamp", "the monitor arm",
        "the kids' rain jacket", "the Atlas hiking boots", "the cast-iron skillet",
        "the yoga mat bundle", "the Lumen desk light", "the noise-cancelling headphones",
        "the phone case", "the espresso grinder", "the glass storage jars",
        "the weighted blanket", "the Pulse fitness tracker", "the wool sweater (size M)",
        "the garden hose reel", "the air fryer", "the baby carrier",
    ],
    "order": [],  # filled by _order_number()
    "date": [  # past, after "on" / "since"
        "Nov 3", "October 28th", "2024-11-02", "the 14th", "Monday", "12/11/2024",
        "3 November", "Friday", "Oct 30",
    ],
    "due": [  # future, after "by" / "until" / "before"
        "Friday", "the 14th", "Dec 2", "next Monday", "2024-12-01", "the weekend", "the 20th",
    ],
    "amount": ["$49.99", "$129.00", "$18.50", "€74.90", "£32.00", "$9.99", "$240.15", "€15"],
    "carrier": ["UPS", "FedEx", "DHL", "USPS", "Royal Mail", "DPD", "Canada Post"],
    "days": ["three days", "a week", "10 days", "two weeks", "almost a month", "five days"],
    "device": [
        "iPhone 13", "Pixel 8", "Galaxy S23", "iPad Air", "Windows 11 laptop", "MacBook",
        "Chromebook", "OnePlus 11",
    ],
    "version": ["3.2.1", "3.2.4", "4.0.0", "4.0.2", "2.9.7", "4.1.0"],
    "browser": ["Chrome", "Firefox", "Safari", "Edge", "the Brave browser"],
    "plan": ["Plus", "Premium", "Family", "Pro", "Basic"],
    "city": [
        "Denver", "Leeds", "Lyon", "Austin", "Melbourne", "Toronto", "Glasgow", "Portland",
        "Dublin", "Phoenix",
    ],
    "code": ["E-1042", "403", "500", "E-217", "ERR_TIMEOUT", "0x80070005", "429"],
    "promo": ["WELCOME15", "FALL20", "FREESHIP", "VIP10", "SPRING-25"],
    "tracking": ["7749 8372 1044", "1Z999AA10123456784", "JD014600006281234", "9261 2900 1043"],
    "time": ["9am", "14:30", "around noon", "7:45 pm", "08:15"],
}

# ---------------------------------------------------------------------------------------------
# Ticket cores: the sentence(s) that carry the meaning. At least 25 per label.
# ---------------------------------------------------------------------------------------------

CORES: dict[str, list[str]] = {
    "SHIPPING": [
        "My order {order} still hasn't arrived and the tracking hasn't updated since {date}.",
        "Where is my package? I ordered {product} {days} ago and it still says 'label created'.",
        "The {carrier} tracking for {order} says delivered, but there's nothing at my door or "
        "with the neighbours.",
        "Can I change the delivery address on {order}? I'm moving to {city} this weekend.",
        "How long does standard shipping to {city} usually take?",
        "Do you ship to Canada? And roughly what would it cost for {product}?",
        "My parcel has been sitting at the {carrier} depot in {city} for {days}.",
        "I paid for express delivery but {order} is coming by ground, estimated next week.",
        "Only half my order showed up. The box had {product} but the second item wasn't in it.",
        "Could you hold my delivery until {due}? I'm away and don't want it left outside.",
        "The delivery date for {order} keeps moving. First it was {date}, now it just says "
        "'delayed'.",
        "Tracking number {tracking} isn't recognised on the {carrier} website.",
        "Can you ship {product} now and send the backordered item separately later?",
        "The driver left a card saying they couldn't deliver {order}. How do I rebook delivery?",
        "Has {order} actually shipped? I got a confirmation email but no tracking link.",
        "My package was delivered to the wrong address, the photo shows a house I don't know.",
        "I need {product} by {due} for a birthday. Will standard delivery get it here in time?",
        "It's said 'out for delivery' since yesterday morning but nothing came.",
        "Can you deliver to a PO box? Parcels left at my street address keep going missing.",
        "Order {order} has been 'processing' for {days}. When will it actually be dispatched?",
        "The {carrier} driver keeps marking my parcel 'customer not available' though I was home "
        "all day.",
        "Does {order} need a signature on delivery? Nobody is home during the day.",
        "Tracking shows {order} was sent back to the sender. Why would that happen?",
        "What delivery options do you have to {city}? Next-day if possible.",
        "The parcel with {product} went to my old address even though I updated it before "
        "ordering.",
        "Can I collect my order from a pickup point instead of home delivery?",
        "The courier's time slot was {time} today, it's now evening and still no sign of it.",
    ],
    "BILLING": [
        "I was charged twice for {order}, I can see two payments of {amount} on my statement.",
        "Why did my monthly subscription go up to {amount} without any notice?",
        "Can I get a copy of the invoice for {order}? I need it for my expense report.",
        "I cancelled my {plan} plan on {date} but I was still billed this month.",
        "My card keeps getting declined at checkout even though there's money on it.",
        "How do I update the payment method on file? My old card expired.",
        "The promo code {promo} didn't apply and I was charged full price.",
        "There's a charge of {amount} from you on {date} that I don't recognise.",
        "Can I switch from monthly to annual billing and get the yearly discount?",
        "{product} dropped in price a day after I bought it. Can I get the difference back?",
        "We're a VAT-registered business. Can you reissue the invoice for {order} with our VAT "
        "number on it?",
        "You charged me {amount} for delivery when the site said shipping was free over $50.",
        "Is it possible to pay for a bigger order in instalments?",
        "The pending authorisation of {amount} from {date} is still on my card. When does it drop "
        "off?",
        "I'm still being billed for {plan} but I downgraded to the free tier last month.",
        "Do you take PayPal or Apple Pay, or only cards?",
        "The receipt shows the wrong billing address, can you correct it for my records?",
        "I got an email saying my payment failed, but my bank shows the money left my account.",
        "What is the {amount} 'service fee' on my latest invoice?",
        "Can I split payment for one order across two gift cards?",
        "Our finance team needs to be invoiced on net-30 terms rather than paying by card.",
        "My bill suddenly switched to euros and my bank is adding a conversion fee.",
        "I was charged {amount} when the free trial ended and never got a reminder email.",
        "Why is sales tax on {order}? I'm tax-exempt and sent the certificate on {date}.",
        "Please refund the duplicate renewal charge from {date}.",
        "Could you email me every invoice from this year as a PDF?",
        "The total I paid doesn't match the price shown in the cart, I was billed {amount} more.",
    ],
    "ACCOUNT": [
        "I can't log in and the password reset email never arrives.",
        "My account got locked after too many attempts. How do I unlock it?",
        "How do I change the email address on my account?",
        "Please delete my account and all the data you have on me.",
        "I lost my phone, so I can't get the two-factor codes any more.",
        "Someone changed my password and I didn't do it. I think my account was hacked.",
        "I accidentally made two accounts. Can you merge them so all my orders are in one place?",
        "How do I change my display name? It still shows my maiden name.",
        "I signed up with Google and would rather use a normal password now.",
        "The verification link in the sign-up email says it has expired.",
        "Can I add my partner to my {plan} membership as a second user?",
        "My loyalty points vanished from my profile after I changed my email.",
        "The SMS login code stopped arriving on my phone.",
        "How do I stop marketing emails but still get order updates?",
        "It says 'an account with this email already exists', but I've never registered.",
        "I'd like a copy of all the personal data you hold about me.",
        "My profile is showing someone else's name and address. Did something get mixed up?",
        "How can I reopen an account I closed last year?",
        "I changed my phone number and now I can't verify my identity to sign in.",
        "Can I change the country on my account? I've moved to {city}.",
        "All my saved addresses were wiped from my profile.",
        "I'm locked out because the security questions don't match what I set up.",
        "How do I set up two-factor authentication with an authenticator app?",
        "My kid made a profile under my account. Could you remove it?",
        "I keep getting 'invalid credentials' even right after resetting my password.",
        "Can I transfer my membership and order history to a new email address?",
        "I got an alert about a sign-in from {city}, which wasn't me.",
    ],
    "TECHNICAL": [
        "The app crashes every time I open my order history on my {device} (version {version}).",
        "The checkout page just shows a spinning wheel in {browser}.",
        "I get error {code} whenever I try to upload a photo with my review.",
        "Since updating to {version}, push notifications stopped working on my {device}.",
        "Your website won't load on {browser}, just a blank white page.",
        "{product} won't pair with my {device} over Bluetooth.",
        "The firmware update for {product} failed halfway and now it won't turn on.",
        "Search returns no results for anything, even products I know you sell.",
        "The app logs me out every few minutes on my {device}.",
        "Images on the product pages are broken, just grey boxes with a little icon.",
        "The size filter doesn't do anything, it shows every size whatever I pick.",
        "I keep getting 'Something went wrong ({code})' when I add items to the cart.",
        "The companion app for {product} hasn't synced since {date}.",
        "In version {version} dark mode makes the text almost unreadable.",
        "The barcode scanner in the app only shows a black screen on my {device}.",
        "Your API has returned {code} for every request since {time}, our integration is down.",
        "The page reloads in a loop when I click 'Continue to payment'.",
        "The app drains my {device} battery even when it's closed.",
        "Videos on the product pages won't play in {browser}.",
        "Is the site down? I've been getting timeouts since {time}.",
        "The desktop app freezes on my {device} whenever I export a report.",
        "{product} drops its Wi-Fi connection every hour or so.",
        "The captcha never loads, so I can't submit the contact form.",
        "After the {version} update the app is stuck on the splash screen.",
        "The date picker in the booking form won't let me choose anything after {due}.",
        "On my {device} the text overlaps the buttons at checkout, so I can't tap 'Pay'.",
        "The 'add to wishlist' button does nothing in {browser}, no error or anything.",
    ],
    "RETURNS": [
        "I'd like to return {product}, it's the wrong size. How do I start a return?",
        "Can I exchange {product} for a different colour?",
        "I posted my return on {date} but haven't heard anything since.",
        "The return label in my email won't print. Could you send a new one?",
        "Is it too late to return something I bought {days} ago?",
        "{product} arrived broken and I want to send it back for a replacement.",
        "Do I have to pay for return postage if the item is faulty?",
        "I sent back two items but only got refunded for one of them.",
        "The item looks nothing like the photos. I want to return it for a full refund.",
        "Can I return a gift without the receipt? Store credit would be fine.",
        "I dropped my return off with {carrier}. How long until you process it?",
        "Can I return part of a bundle, or does the whole set have to go back?",
        "{product} came with a scratch on the front. Can I swap it for a new one?",
        "Do you take returns on opened items? I tried {product} once and it's not for me.",
        "My return was rejected for 'signs of use' but I only tried it on.",
        "I need to swap {product} for the next size up before {due}.",
        "Where do I find the RMA number for a return?",
        "Can I bring an online order back to one of your stores?",
        "I ordered {product} and got something completely different. How do I send it back?",
        "What is your return policy on sale items?",
        "The refund for the {product} I sent back went to a card I've closed. Can you redirect "
        "it?",
        "I threw away the original packaging. Can I still return {product}?",
        "Could you arrange a pickup for my return? It's too heavy to carry to the post office.",
        "{product} stopped working after {days}. Am I still inside the return window?",
        "Please cancel my exchange, I'd rather just get my money back.",
        "The returns portal says {order} isn't eligible for return. Why not?",
        "I want to send back {product} from {order}, it doesn't fit the space I bought it for.",
    ],
    "OTHER": [
        "Do you have a physical shop in {city}?",
        "I just wanted to say the help I got from your team last week was fantastic.",
        "Are you hiring for seasonal warehouse jobs?",
        "I'm a journalist writing about sustainable packaging. Could I talk to someone on your "
        "team?",
        "Does your company sponsor local sports clubs or charity events?",
        "What are your opening hours over the holidays?",
        "Is {product} made in Europe? I'm trying to buy local where I can.",
        "I have an idea for a product you could sell. Where can I send it?",
        "Is your packaging recyclable?",
        "We run a small shop in {city} and would love to stock your products wholesale.",
        "Just some feedback: the new website design is much easier to use.",
        "Do you have a printed catalogue I could flip through?",
        "Is {product} safe for someone with a latex allergy?",
        "Who should I talk to about an affiliate or partnership programme?",
        "Your delivery driver was lovely to my grandmother today, please pass on our thanks.",
        "Any plans to open a store in {city}?",
        "Does {product} come with instructions in Spanish?",
        "Are your products tested on animals?",
        "Could my class visit your warehouse for a school project?",
        "I'm running a survey of online shops. Would you answer a few questions?",
        "Heads up, there's a typo in the banner on your homepage.",
        "How do I sign up to be a product tester?",
        "Is your customer service available in French?",
        "Do you donate unsold stock to charity?",
        "When does the winter collection come out?",
        "Which of your products are vegan? I couldn't find a filter for it.",
        "Can I use photos of {product} in a blog review I'm writing?",
    ],
}

EXTRAS: dict[str, list[str]] = {
    "SHIPPING": [
        "It's a present, so the timing really matters.",
        "The tracking page hasn't changed in days.",
        "I've already asked the neighbours.",
        "Happy to wait, I'd just like to know what's going on.",
        "The confirmation said it would be here by {date}.",
    ],
    "BILLING": [
        "I can send a screenshot of the statement.",
        "This is the second month in a row.",
        "My accountant needs this sorted by {due}.",
        "My bank told me to contact you first.",
        "The amount was {amount}.",
    ],
    "ACCOUNT": [
        "I've tried three different browsers.",
        "I do still have access to my email.",
        "I've been a member since 2019.",
        "Please don't close it, there's store credit on it.",
        "I'm on the {plan} plan if that matters.",
    ],
    "TECHNICAL": [
        "I've already tried reinstalling.",
        "Clearing the cache didn't help.",
        "It was fine until last week.",
        "Happy to send logs if that helps.",
        "Same thing on Wi-Fi and on mobile data.",
        "I'm on app version {version}.",
    ],
    "RETURNS": [
        "The tags are still on.",
        "I still have the original box.",
        "I'd prefer a refund to store credit.",
        "It's completely unused.",
        "The order number is {order}.",
    ],
    "OTHER": [
        "No rush at all.",
        "Thanks for reading this.",
        "Just curious really.",
        "I couldn't find it on your website.",
    ],
    "ANY": [
        "This is quite urgent for me.",
        "I couldn't find the answer in your FAQ.",
        "I've been a customer for years.",
        "Sorry if this is the wrong place to ask.",
        "I emailed on {date} but didn't get a reply.",
    ],
}

GREETINGS = [
    "Hi,", "Hello,", "Hi there,", "Hey,", "Good morning,", "Hello team,", "Hi support,",
    "Dear customer service,", "Hiya,",
]
CLOSINGS = [
    "Thanks.", "Thanks in advance!", "Appreciate the help.", "Any help would be great.",
    "Thank you, Priya", "Cheers, Tom", "Regards, Daniel", "Thanks! - Maria", "Kind regards,\nAnne",
    "Many thanks.", "Let me know, thanks.",
]

# ---------------------------------------------------------------------------------------------
# Planted PII: all fake by construction (see module docstring).
# ---------------------------------------------------------------------------------------------

PII_VALUES: dict[str, list[str]] = {
    "email": [
        "jane.m.doe@example.com", "k.tanaka@example.org", "bills+shop@example.net",
        "marco_r@example.com", "sam.lee1987@example.com", "accounts@example.org",
        "priya.n@mail.example.com", "old.address@example.net",
    ],
    "phone": [
        "+1 (555) 010-2231", "555-010-8842", "(555) 013 9920", "555.010.3371",
        "+1 555 012 7710", "+44 20 7946 0958", "+44 20 7946 0321", "+61 2 5550 1234",
    ],
    "card": [
        "4111 1111 1111 1111", "4012-8888-8888-1881", "5555555555554444", "5105 1051 0510 5100",
        "3782 822463 10005", "6011 1111 1111 1117",
    ],
    "ip": ["192.0.2.14", "198.51.100.23", "203.0.113.7", "203.0.113.250", "192.0.2.201"],
    "ssn": ["123-45-6789", "078-05-1120", "219-09-9999"],
}
ALL = ("SHIPPING", "BILLING", "ACCOUNT", "TECHNICAL", "RETURNS", "OTHER")
# entity -> (sentence, labels it reads naturally in)
PII_SENTENCES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "email": [
        ("You can reach me at {v}.", ALL),
        ("My account email is {v}.", ("BILLING", "ACCOUNT", "RETURNS", "SHIPPING")),
        ("Please reply to {v}, not the address on file.", ALL),
        ("Please send the confirmation to {v} instead.", ("SHIPPING", "BILLING", "RETURNS")),
    ],
    "phone": [
        ("Call me at {v} if that's easier.", ALL),
        ("My number is {v}.", ALL),
        ("Best to text me on {v}.", ALL),
        ("The courier can ring {v} when they get here.", ("SHIPPING", "RETURNS")),
    ],
    "card": [
        ("The charge was on my card {v}.", ("BILLING",)),
        ("I paid with my card, number {v}.", ("BILLING",)),
        ("Card used was {v}.", ("BILLING",)),
    ],
    "ip": [
        ("It happens when I connect from {v}.", ("TECHNICAL",)),
        ("Our office IP is {v} in case you need to whitelist it.", ("TECHNICAL",)),
        ("The sign-in attempts came from {v}, which isn't me.", ("ACCOUNT",)),
        ("My home IP is {v}, if that helps you check the logins.", ("ACCOUNT",)),
    ],
    "ssn": [
        ("For verification, my SSN is {v}.", ("ACCOUNT", "BILLING")),
        ("The tax form you sent has SSN {v} on it, is that right?", ("BILLING",)),
        ("I entered my social security number {v} during the ID check.", ("ACCOUNT",)),
    ],
}
# Labels each PII type can be planted in.
PII_LABELS = {
    entity: sorted({label for _, labels in sentences for label in labels})
    for entity, sentences in PII_SENTENCES.items()
}
# Tickets carrying a second value of another type, on top of one value per PII_VALUES entry.
N_SECOND_PII = 2

# ---------------------------------------------------------------------------------------------
# Near-duplicate perturbations
# ---------------------------------------------------------------------------------------------

SWAPS = [
    ("order", "purchase"), ("package", "parcel"), ("parcel", "package"), ("please", "pls"),
    ("can't", "cannot"), ("I'd like", "I would like"), ("haven't", "have not"),
    ("still", "STILL"), ("every", "each"), ("Could you", "Can you"), ("my", "the"),
]
# fmt: on


@dataclass
class Ticket:
    label: str
    body: list[str]  # greeting?, core, extra?, planted PII sentences
    closing: str = ""
    lower: bool = False  # some people type in lower case without a final full stop
    pii: list[tuple[str, str]] = field(default_factory=list)  # (entity, value)
    dup_of: int | None = None  # index of the ticket this one near-duplicates
    dup_kind: str = ""
    override: str | None = None  # a near-duplicate's perturbed text

    @property
    def text(self) -> str:
        if self.override is not None:
            return self.override
        text = " ".join(self.body + ([self.closing] if self.closing else []))
        text = text.replace("\n ", "\n")
        return text.lower().rstrip(".") if self.lower else text


@dataclass
class Manifest:
    """What was planted, by record id (what the pipeline sees)."""

    near_dups: list[tuple[str, str, str]]  # (original id, duplicate id, kind)
    pii: list[tuple[str, str, str]]  # (record id, entity, value)
    label_counts: dict[str, int]


def _order_number(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"#{rng.randint(10000, 999999)}"
    return f"ORD-{rng.choice([2023, 2024])}-{rng.randint(10000, 99999)}"


def _fill(template: str, rng: random.Random) -> str:
    def one(m: re.Match) -> str:
        name = m[1]
        return _order_number(rng) if name == "order" else rng.choice(SLOTS[name])

    text = re.sub(r"\{(\w+)\}", one, template)
    return text[0].upper() + text[1:]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _norm(a), _norm(b), autojunk=False).ratio()


def _compose(label: str, core: str, rng: random.Random) -> Ticket:
    """Greeting? + core + extra sentence? + closing?: 1 to 4 sentences, like real tickets."""
    body = []
    if rng.random() < 0.35:
        body.append(rng.choice(GREETINGS) + ("\n" if rng.random() < 0.3 else ""))
    core_text = _fill(core, rng)
    if body and not body[0].endswith("\n") and not re.match(r"I\b", core_text):
        core_text = core_text[0].lower() + core_text[1:]  # "Hi, the app ..." not "Hi, The app"
    body.append(core_text)
    if rng.random() < 0.45:
        pool = EXTRAS[label] if rng.random() < 0.7 else EXTRAS["ANY"]
        body.append(_fill(rng.choice(pool), rng))
    closing = rng.choice(CLOSINGS) if rng.random() < 0.35 else ""
    return Ticket(label, body, closing, lower=rng.random() < 0.12)


def _base_tickets(rng: random.Random) -> list[Ticket]:
    tickets: list[Ticket] = []
    seen: set[str] = set()
    for label, cores in CORES.items():
        order = [cores[i % len(cores)] for i in range(PER_LABEL)]
        rng.shuffle(order)
        by_template: dict[str, list[str]] = {}
        for core in order:
            for _ in range(50):  # re-draw fillers until this fill is unlike its siblings
                ticket = _compose(label, core, rng)
                siblings = by_template.get(core, [])
                if _norm(ticket.text) not in seen and all(
                    _similarity(ticket.text, s) < MAX_SAME_TEMPLATE_SIMILARITY for s in siblings
                ):
                    break
            else:
                raise RuntimeError(f"could not vary template {core[:30]!r} enough")
            seen.add(_norm(ticket.text))
            by_template.setdefault(core, []).append(ticket.text)
            tickets.append(ticket)
    return tickets


def _plant_pii(tickets: list[Ticket], rng: random.Random) -> None:
    """Put each PII value into its own ticket (plus a few second values) of a fitting label."""
    free = list(range(len(tickets)))
    rng.shuffle(free)

    def take(labels: list[str]) -> Ticket:
        i = next(i for i in free if tickets[i].label in labels)
        free.remove(i)
        return tickets[i]

    def add(ticket: Ticket, entity: str, value: str) -> None:
        # in the body, so a sign-off still comes last
        sentences = [text for text, labels in PII_SENTENCES[entity] if ticket.label in labels]
        ticket.body.append(rng.choice(sentences).format(v=value))
        ticket.pii.append((entity, value))

    carriers: list[Ticket] = []
    for entity, values in PII_VALUES.items():
        for value in values:
            ticket = take(PII_LABELS[entity])
            add(ticket, entity, value)
            carriers.append(ticket)
    for ticket in rng.sample(carriers, N_SECOND_PII):
        entity = "email" if ticket.pii[0][0] != "email" else "phone"
        add(ticket, entity, rng.choice(PII_VALUES[entity]))


def _perturb(text: str, kind: str, rng: random.Random) -> str | None:
    if kind == "typo":
        words = list(re.finditer(r"[A-Za-z]{5,}", text))
        m = rng.choice(words)
        k = rng.randrange(1, len(m[0]) - 2)
        w = m[0][:k] + m[0][k + 1] + m[0][k] + m[0][k + 2 :]
        return text[: m.start()] + w + text[m.end() :]
    if kind == "case":
        return text.lower() if text != text.lower() else text.upper()
    if kind == "punct":
        return text.rstrip(".!?") + rng.choice(["!!", "??", "...", "!?"])
    if kind == "swap":
        options = [(a, b) for a, b in SWAPS if re.search(rf"\b{re.escape(a)}\b", text)]
        if not options:
            return None
        a, b = rng.choice(options)
        return re.sub(rf"\b{re.escape(a)}\b", b, text, count=1)
    if kind == "thanks":
        return text + rng.choice([" thanks!", " Thanks!", " thank you!!"])
    if kind == "typo+thanks":
        once = _perturb(text, "typo", rng)
        return once and _perturb(once, "thanks", rng)
    raise ValueError(kind)


DUP_KINDS = ["typo", "swap", "thanks", "case", "punct", "typo+thanks"]


def _plant_near_dups(tickets: list[Ticket], rng: random.Random) -> list[Ticket]:
    """Copies of long, PII-free tickets with one small change each (same label)."""
    candidates = [i for i, t in enumerate(tickets) if not t.pii and len(t.text) >= 80]
    rng.shuffle(candidates)
    dups: list[Ticket] = []
    for i in candidates:
        if len(dups) == N_NEAR_DUPS:
            break
        kind = DUP_KINDS[len(dups) % len(DUP_KINDS)]
        text = _perturb(tickets[i].text, kind, rng)
        if not text or text == tickets[i].text:
            continue
        if _similarity(text, tickets[i].text) < MIN_NEAR_DUP_SIMILARITY:
            continue
        dups.append(Ticket(tickets[i].label, [], override=text, dup_of=i, dup_kind=kind))
    if len(dups) < N_NEAR_DUPS:
        raise RuntimeError(f"only {len(dups)} near-duplicates could be planted")
    return dups


def build_tickets(system_prompt: str, seed: int = SEED) -> tuple[list[dict], Manifest]:
    """All records (shuffled) and what was planted in them."""
    rng = random.Random(seed)
    base = _base_tickets(rng)
    _plant_pii(base, rng)
    tickets = base + _plant_near_dups(base, rng)

    def record(t: Ticket) -> dict:
        return {
            "messages": [
                {"role": "system", "content": system_prompt},
                {"role": "user", "content": t.text},
                {"role": "assistant", "content": t.label},
            ]
        }

    records = [record(t) for t in tickets]
    ids = [record_id(r["messages"]) for r in records]
    manifest = Manifest(
        near_dups=[
            (ids[t.dup_of], ids[i], t.dup_kind) for i, t in enumerate(tickets) if t.dup_kind
        ],
        pii=[(ids[i], e, v) for i, t in enumerate(tickets) for e, v in t.pii],
        label_counts={label: sum(t.label == label for t in tickets) for label in CORES},
    )
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--params", type=Path, default=REPO / "params.yaml", help="where task.system_prompt is"
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="output JSONL (default: data.input from params)"
    )
    args = parser.parse_args(argv)
    params = load_params(args.params)
    if sorted(params.task.labels) != sorted(CORES):
        parser.error(f"task.labels in {args.params} must be {sorted(CORES)} for this dataset")
    out = args.out or args.params.parent / params.data.input
    records, manifest = build_tickets(params.task.system_prompt)
    write_jsonl(out, records)
    by_entity: dict[str, int] = {}
    for _, entity, _ in manifest.pii:
        by_entity[entity] = by_entity.get(entity, 0) + 1
    print(f"wrote {len(records)} tickets to {out}")
    print(f"labels: {manifest.label_counts}")
    print(f"planted near-duplicates: {len(manifest.near_dups)}")
    print(
        f"planted PII: {len({rid for rid, _, _ in manifest.pii})} tickets, "
        f"{len(manifest.pii)} values {by_entity}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
