"""A small typed check of untrusted JSON (a bundle's manifest): every problem named by its path.

A spec is one of: a Python type (``str``, ``bool``, ``int`` (never a bool)), ``NUMBER`` (a finite int or
float, never a bool, NaN or infinity), ``ANY``, or a tuple ``("list", spec, max_len)``,
``("dict", spec, max_len)`` (string keys), ``("optional", spec)`` (null allowed) or ``("object", {key:
spec}, required_keys)`` (known keys only). Only the spec is walked, so a deeply nested value where the
spec expects a number is one problem, not a recursion.
"""
from __future__ import annotations

import json
import math
from typing import Any

NUMBER = "number"
ANY = "any"
#: Digits beyond which a JSON integer is read as a float: Python refuses to read more than 4300 digits as an
#: int (a ValueError in the middle of json.loads), and numpy cannot make a float of an int above 1.8e308.
MAX_INT_DIGITS = 30


def loads(text: str) -> Any:
    """``json.loads`` for untrusted text: an integer of more than MAX_INT_DIGITS digits becomes a float
    (infinite beyond float's range, which every NUMBER check refuses), never an OverflowError or the digit
    limit's ValueError later; a key given twice in one object is a ValueError (json keeps the last in silence:
    ``"threshold": 0.0001, ..., "threshold": 0.6`` read as 0.6, whichever the file's writer meant). A
    JSONDecodeError (a ValueError) or RecursionError is the caller's to word."""
    return json.loads(text, parse_int=_int, object_pairs_hook=_one_of_each)


def _int(digits: str) -> int | float:
    return int(digits) if len(digits.lstrip("-")) <= MAX_INT_DIGITS else float(digits)


def _one_of_each(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) < len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ValueError(f"key {ascii(twice)[:60]} given twice in one object")
    return obj


def is_number(value: Any) -> bool:
    """An int or float that JSON wrote as a number: "1.5" and true are not numbers, whatever numpy makes of them."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def problems(value: Any, spec: Any, path: str) -> list[str]:
    """``["labels[3] must be a string, got list", ...]``; empty when ``value`` fits ``spec``."""
    if spec == ANY:
        return []
    if spec == NUMBER:
        ok = is_number(value) and math.isfinite(value)
        return [] if ok else [f"{path} must be a finite number, got {_show(value)}"]
    if spec is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{path} must be an integer, got {_show(value)}"]
    if isinstance(spec, type):
        return [] if isinstance(value, spec) else [f"{path} must be {_NAMES.get(spec, spec.__name__)}, got {_show(value)}"]
    kind = spec[0]
    if kind == "optional":
        return [] if value is None else problems(value, spec[1], path)
    if kind == "list":
        if not isinstance(value, list):
            return [f"{path} must be a list, got {_show(value)}"]
        if len(value) > spec[2]:
            return [f"{path} has {len(value)} entries (at most {spec[2]})"]
        return [p for i, item in enumerate(value) for p in problems(item, spec[1], f"{path}[{i}]")]
    if kind == "dict":
        if not isinstance(value, dict):
            return [f"{path} must be an object, got {_show(value)}"]
        if len(value) > spec[2]:
            return [f"{path} has {len(value)} entries (at most {spec[2]})"]
        return [p for key, item in value.items() for p in problems(item, spec[1], f"{path}.{key}")]
    if kind == "object":
        if not isinstance(value, dict):
            return [f"{path} must be an object, got {_show(value)}"]
        fields, required = spec[1], spec[2]
        found = [f"{path} lacks {key}" for key in required if key not in value]
        found += [f"{path}.{key} is not a known field" for key in value if key not in fields]
        return found + [p for key, item in value.items() if key in fields
                        for p in problems(item, fields[key], f"{path}.{key}")]
    raise ValueError(f"bad spec {spec!r}")


_NAMES = {str: "a string", bool: "true or false", dict: "an object", list: "a list"}


def _show(value: Any) -> str:
    """What was found, briefly: a type name, or the value for short scalars."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)[:20]
    if isinstance(value, str):
        return f"the string {value[:20]!r}"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else type(value).__name__
