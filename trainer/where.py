"""``--where``: a simple filter of the tile layer's fields, checked before GDAL sees it.

A GeoPackage hands an attribute filter to SQLite as it is, so a filter may call functions, hold
sub-queries or a second statement. Only this grammar is let through, every name checked against the
layer's fields:

    filter     := term (OR term)*          term := factor (AND factor)*
    factor     := NOT factor | '(' filter ')' | comparison
    comparison := FIELD op VALUE | FIELD IS [NOT] NULL | FIELD [NOT] IN (VALUE, ...)
                | FIELD [NOT] LIKE 'text' | FIELD [NOT] BETWEEN VALUE AND VALUE
    op := = == != <> < <= > >=             VALUE := number | 'text'
"""
from __future__ import annotations

import re

from .data import DataError

MAX_LENGTH = 1000
MAX_DEPTH = 20
KEYWORDS = {"AND", "OR", "NOT", "IS", "NULL", "IN", "LIKE", "BETWEEN"}
_TOKEN = re.compile(r"""\s*(?:
    (?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
  | (?P<text>'(?:[^']|'')*')
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*|"(?:[^"]|"")+")
  | (?P<op><=|>=|<>|!=|==|=|<|>)
  | (?P<punct>[(),])
)""", re.X)
EXAMPLE = "e.g. \"reviewed = 1 AND tags LIKE '%primary%'\""


def check_where(where: str, fields: list[str]) -> str:
    """``where`` itself if it is a simple filter of ``fields``; DataError (one line) otherwise."""
    if len(where) > MAX_LENGTH:
        raise DataError(f"--where is {len(where)} characters long; a filter of the tiles needs far fewer")
    tokens = _tokens(where)
    parser = _Parser(where, tokens, {f.lower(): f for f in fields})
    parser.filter(0)
    if parser.i != len(tokens):
        parser.fail(f"unexpected {tokens[parser.i][1]!r}")
    return where


def _tokens(where: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    while pos < len(where):
        if not where[pos:].strip():
            break
        match = _TOKEN.match(where, pos)
        if match is None or match.end() == pos:
            raise DataError(f"--where {where!r} is not a simple filter: {where[pos:].strip()[:20]!r} is not allowed "
                            f"(fields compared with numbers or 'text', joined by AND / OR / NOT; {EXAMPLE})")
        kind = match.lastgroup
        value = match.group(kind)
        if kind == "name" and value.upper() in KEYWORDS:
            kind, value = "keyword", value.upper()
        tokens.append((kind, value))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, where: str, tokens: list[tuple[str, str]], fields: dict[str, str]):
        self.where, self.tokens, self.fields, self.i = where, tokens, fields, 0

    def fail(self, what: str):
        raise DataError(f"--where {self.where!r} is not a simple filter ({what}): compare fields with numbers or "
                        f"'text' (= <> < <= > >= IN LIKE BETWEEN IS NULL), joined by AND / OR / NOT; {EXAMPLE}")

    def peek(self, kind: str, value: str | None = None) -> bool:
        if self.i < len(self.tokens):
            k, v = self.tokens[self.i]
            return k == kind and (value is None or v == value)
        return False

    def take(self, kind: str, value: str | None = None) -> str:
        if not self.peek(kind, value):
            found = repr(self.tokens[self.i][1]) if self.i < len(self.tokens) else "the end"
            self.fail(f"expected {value or kind}, found {found}")
        self.i += 1
        return self.tokens[self.i - 1][1]

    def filter(self, depth: int) -> None:
        if depth > MAX_DEPTH:
            self.fail(f"nested more than {MAX_DEPTH} deep")
        self.term(depth)
        while self.peek("keyword", "OR"):
            self.i += 1
            self.term(depth)

    def term(self, depth: int) -> None:
        self.factor(depth)
        while self.peek("keyword", "AND"):
            self.i += 1
            self.factor(depth)

    def factor(self, depth: int) -> None:
        if self.peek("keyword", "NOT"):
            self.i += 1
            return self.factor(depth + 1)
        if self.peek("punct", "("):
            self.i += 1
            self.filter(depth + 1)
            self.take("punct", ")")
            return None
        return self.comparison()

    def comparison(self) -> None:
        name = self.take("name")
        bare = name[1:-1].replace('""', '"') if name.startswith('"') else name
        if bare.lower() not in self.fields:
            shown = ", ".join(sorted(self.fields.values())[:12]) + (", ..." if len(self.fields) > 12 else "")
            raise DataError(f"--where {self.where!r}: layer 'tiles' has no field {bare!r} (its fields: {shown})")
        if self.peek("op"):
            self.i += 1
            return self.value()
        if self.peek("keyword", "IS"):
            self.i += 1
            if self.peek("keyword", "NOT"):
                self.i += 1
            self.take("keyword", "NULL")
            return None
        if self.peek("keyword", "NOT"):
            self.i += 1
        if self.peek("keyword", "IN"):
            self.i += 1
            self.take("punct", "(")
            self.value()
            while self.peek("punct", ","):
                self.i += 1
                self.value()
            self.take("punct", ")")
        elif self.peek("keyword", "LIKE"):
            self.i += 1
            self.take("text")
        elif self.peek("keyword", "BETWEEN"):
            self.i += 1
            self.value()
            self.take("keyword", "AND")
            self.value()
        else:
            self.fail(f"{bare} is not followed by a comparison")
        return None

    def value(self) -> None:
        if self.peek("number") or self.peek("text"):
            self.i += 1
        else:
            found = repr(self.tokens[self.i][1]) if self.i < len(self.tokens) else "the end"
            self.fail(f"expected a number or 'text', found {found}")
