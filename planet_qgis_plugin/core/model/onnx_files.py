"""The files an ONNX model reads besides itself: tensors kept as external data, each naming its file (``location``).

ONNX Runtime reads them as it loads the model, from where the model file is. Only since December 2025 (onnxruntime
pull request 26776, in 1.24) does it refuse a location outside the model's folder; the plugin takes onnxruntime 1.16
and later (deps.REQUIRED), so a bundle's model.onnx naming ``/etc/passwd``, ``../secret.bin`` or a link to
``/dev/zero`` had an older one read that file as weights (or wait on a FIFO for ever). The model's own protobuf is
read here, its tensors' headers only (mapped, not read whole: their data is skipped), without the onnx package:
3 ms for the shipped model.
"""
from __future__ import annotations

import mmap
from pathlib import Path
from typing import Iterator

#: onnx.proto's field numbers, by message: the fields that hold the messages below (each field -> its message).
_HOLDS = {
    "model": {7: "graph", 20: "training", 25: "function"},
    "training": {1: "graph", 2: "graph"},
    "function": {7: "node"},
    "graph": {1: "node", 5: "tensor", 15: "sparse"},
    "node": {5: "attribute"},
    "attribute": {5: "tensor", 6: "graph", 10: "tensor", 11: "graph", 22: "sparse", 23: "sparse"},
    "sparse": {1: "tensor", 2: "tensor"},
}
TENSOR_EXTERNAL_DATA = 13   # TensorProto.external_data: StringStringEntryProto (key 1, value 2) ...
LOCATION = "location"       # ... whose "location" names the file


def external_files(path: str | Path) -> list[str]:
    """The file names (``location``) of the external data of the ONNX model at ``path``, in the order found, each
    once; ValueError where the file is not a protobuf message (onnxruntime then says what it finds)."""
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        if not size:
            return []
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return list(dict.fromkeys(_locations(mapped, 0, size, "model")))


def _locations(data: mmap.mmap, start: int, end: int, message: str) -> Iterator[str]:
    holds = _HOLDS.get(message, {})
    for number, field in _fields(data, start, end):
        if field is None:
            continue
        if message == "tensor" and number == TENSOR_EXTERNAL_DATA:
            entry = {key: data[text[0]:text[1]].decode("utf-8", "replace")
                     for key, text in _fields(data, *field) if text is not None}
            if entry.get(1) == LOCATION:
                yield entry.get(2, "")
        elif number in holds:
            yield from _locations(data, *field, holds[number])


def _fields(data: mmap.mmap, start: int, end: int) -> Iterator[tuple[int, tuple[int, int] | None]]:
    """(field number, (start, end) of a length-delimited field's bytes or None) of each field of the protobuf
    message in ``data[start:end]``."""
    at = start
    while at < end:
        key, at = _varint(data, at, end)
        wire = key & 7
        field = None
        if wire == 0:
            _, at = _varint(data, at, end)
        elif wire == 1:
            at += 8
        elif wire == 5:
            at += 4
        elif wire == 2:
            length, at = _varint(data, at, end)
            field = (at, at + length)
            at += length
        else:   # groups (3, 4) are in no field of onnx.proto
            raise ValueError(f"wire type {wire}")
        if at > end:
            raise ValueError("a field runs past the end")
        yield key >> 3, field


def _varint(data: mmap.mmap, at: int, end: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= end or shift > 63:
            raise ValueError("a number runs past the end")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7
