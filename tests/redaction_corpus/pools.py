"""Fictional people and identifier generators for the development corpus.

Every name, number and address here is invented; phone numbers use Ofcom's drama ranges,
IP addresses the documentation ranges (RFC 5737), NHS numbers only satisfy the checksum.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

# (first, last, aliases) -- a mix of backgrounds, accents, hyphens, apostrophes, and first
# names that are also ordinary English words (Will, Hope, Grace, Mark, Rose, Faith).
SUBJECTS: list[tuple[str, str, tuple[str, ...]]] = [
    ("Amir", "Khan", ("Ami",)),
    ("Chloe", "Barnes", ()),
    ("Daniel", "O'Connor", ("Danny",)),
    ("Fatima", "Al-Sayed", ()),
    ("Piotr", "Nowak", ()),
    ("Zoë", "Lefèvre", ()),
    ("Kwame", "Mensah", ()),
    ("Liam", "Doyle-Hart", ()),
    ("Aisha", "Rahman", ("Aish",)),
    ("Tomasz", "Wiśniewski", ("Tom",)),
    ("Grace", "Adebayo", ()),
    ("Will", "Thornton", ("Billy",)),
]

THIRD_PARTIES: list[tuple[str, str]] = [
    ("Sarah", "Jones"),
    ("Will", "Brown"),
    ("Hope", "Patel"),
    ("Mark", "Davies"),
    ("Grace", "Lee"),
    ("Rose", "Whitfield"),
    ("Faith", "Okoro"),
    ("Piotr", "Król"),
    ("Siobhán", "Murphy"),
    ("Mary-Jane", "Ellis"),
    ("Jean-Luc", "Moreau"),
    ("Yusuf", "Hussain"),
    ("Megan", "Price"),
    ("Oluwaseun", "Adeyemi"),
    ("Hannah", "Brook"),
    ("Callum", "McLeod"),
    ("Priya", "Sharma"),
    ("Declan", "O'Neill"),
    ("Joanna", "Kowalska"),
    ("Ethan", "Marsh"),
    ("Leila", "Haddad"),
    ("Ruth", "Fairbairn"),
    ("Ahmed", "Farouk"),
    ("Bethany", "Cole"),
    ("Nikolai", "Petrov"),
    ("Ellie", "Thompson"),
    ("Jack", "Hill"),
    ("Ayesha", "Siddiqui"),
    ("Connor", "Walsh"),
    ("Rhiannon", "Evans"),
    ("Marek", "Dvořák"),
    ("Imogen", "Clarke"),
    ("Tariq", "Mahmood"),
    ("Harriet", "Greenwood"),
    ("Olumide", "Bakare"),
    ("Sophie", "Nguyen"),
]

# People not listed in the case roster (must be found by NER / title / relation rules).
UNLISTED: list[tuple[str, str]] = [
    ("Helen", "Carter"),
    ("Martin", "Fowler"),
    ("Rebecca", "Stone"),
    ("Gareth", "Lloyd"),
    ("Nadia", "Begum"),
    ("Oliver", "Grant"),
    ("Lucy", "Harrison"),
    ("Samuel", "Okafor"),
    ("Katie", "Morgan"),
    ("Ravi", "Chauhan"),
    ("Emma", "Wilson"),
    ("Patrick", "Byrne"),
]

TOWNS = [
    "Leeds",
    "Manchester",
    "Bradford",
    "Sheffield",
    "Birmingham",
    "Luton",
    "Cardiff",
    "Glasgow",
    "Bristol",
    "Leicester",
    "Newcastle",
    "Nottingham",
]
STREETS = [
    "Elm Grove",
    "Victoria Road",
    "Cranbrook Avenue",
    "Station Road",
    "Mill Lane",
    "Hawthorn Close",
    "Queen Street",
    "Park View",
    "Beech Drive",
    "Chapel Street",
    "Kirkstall Road",
    "Albion Terrace",
]
POSTCODES = [
    "LS6 2AB",
    "M14 5RX",
    "BD7 1DP",
    "S10 2TN",
    "B15 2TT",
    "LU1 3JU",
    "CF24 4HQ",
    "G12 8QQ",
    "BS8 1TH",
    "LE1 7RH",
    "NE1 7RU",
    "NG7 2RD",
]
MODULES = ["PSY2031", "LAW1104", "CS3302", "HIS2210", "ENG1005", "BUS2040", "SOC3101"]
PLATFORMS = ["Teams", "Telegram", "WhatsApp", "Moodle", "Discord", "Instagram", "Zoom"]


@dataclass
class Ids:
    rng: random.Random

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def mobile(self) -> str:
        n = f"07700 900{self.digits(3)}"
        return self.rng.choice(
            [n, n.replace(" ", ""), "+44 7700 900" + n[-3:], f"07700 900 {n[-3:]}"]
        )

    def landline(self) -> str:
        return self.rng.choice(
            [
                f"0113 496 0{self.digits(3)}",
                f"020 7946 0{self.digits(3)}",
                f"0161 496 0{self.digits(3)}",
            ]
        )

    def nhs(self) -> str:
        while True:
            d = [self.rng.randint(0, 9) for _ in range(9)]
            d[0] = self.rng.randint(4, 9)
            total = sum(v * (10 - i) for i, v in enumerate(d))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check == 10:
                continue
            s = "".join(map(str, d)) + str(check)
            return self.rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    def nino(self) -> str:
        first = self.rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = self.rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if first + second in {"BG", "GB", "NK", "KN", "NT", "TN", "ZZ"}:
            first, second = "J", "T"
        d = self.digits(6)
        return self.rng.choice(
            [
                f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {self.rng.choice('ABCD')}",
                f"{first}{second}{d}{self.rng.choice('ABCD')}",
            ]
        )

    def passport(self) -> str:
        return self.digits(9)

    def licence(self, last: str, first: str) -> str:
        sur = "".join(c for c in last.upper() if c.isascii() and c.isalpha())[:5].ljust(5, "9")
        year = self.rng.randint(1990, 2006)
        month = self.rng.randint(1, 12) + (50 if self.rng.random() < 0.5 else 0)
        day = self.rng.randint(1, 28)
        ini = first[0].upper() + "9"
        return (
            f"{sur}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{ini}"
            f"{self.rng.randint(0, 9)}{self.rng.choice('ABCDEFGH')}{self.rng.choice('JKLMN')}"
        )

    def vehicle(self) -> str:
        letters1 = "ABCDEFGHJKLMNOPRSTUVWXY"
        letters3 = "ABCDEFGHJKLMNOPRSTUVWXYZ"
        age = self.rng.choice(["05", "12", "14", "17", "19", "21", "63", "66", "68", "71"])
        reg = (
            self.rng.choice(letters1)
            + self.rng.choice(letters1)
            + age
            + " "
            + "".join(self.rng.choice(letters3) for _ in range(3))
        )
        return reg if self.rng.random() < 0.8 else reg.replace(" ", "")

    def ip(self) -> str:
        return self.rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(
            self.rng.randint(2, 250)
        )

    def iban(self) -> str:
        bank = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
        acct = self.digits(14)
        base = bank + acct + "GB00"
        num = "".join(str(int(c, 36)) for c in base)
        check = 98 - int(num) % 97
        s = f"GB{check:02d}{bank}{acct}"
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))

    def sort_code(self) -> str:
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}"

    def account(self) -> str:
        return str(self.rng.randint(1, 9)) + self.digits(7)

    def student_no(self) -> str:
        return "S" + str(self.rng.randint(1, 9)) + self.digits(6)

    def dob(self) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1998, 2006)
        months = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
        return self.rng.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {months[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}.{m}.{y}",
            ]
        )

    def address(self) -> str:
        n = self.rng.randint(2, 140)
        street = self.rng.choice(STREETS)
        return self.rng.choice([f"{n} {street}", f"Flat {self.rng.randint(1, 12)}, {n} {street}"])
