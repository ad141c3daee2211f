"""Bytes → text: refuse binaries, then find the encoding, most certain evidence first.

Order: known binary signatures; byte-order marks (UTF-32, UTF-8, UTF-16); UTF-16 without a BOM
when the zero bytes sit in every other position; strict UTF-8; the charset an HTML page
declares; Windows-1252 when the result reads as Western European text; and finally
``charset_normalizer``'s guess. Windows-1252 is tried before the statistical guess because on
short English texts with a few curly quotes the guesser prefers look-alike code pages (cp1250,
cp852) that turn ``’`` into ``ĺ``.
"""

from __future__ import annotations

import codecs
import re

from ..errors import ContentError

#: (prefix, what it is) for file types people accidentally pass instead of text.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media file"),
    (b"fLaC", "FLAC audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00asm", "WebAssembly module"),
    (b"{\\rtf", "RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Share of control characters above which decoded "text" is taken for a binary file.
CONTROL_SHARE = 0.05
#: Share of a UTF-16 text's byte pairs that must hold a zero byte on one side only.
UTF16_ZERO_SHARE = 0.6
#: Highest share of accented letters in text accepted as Windows-1252 (Western European).
WESTERN_ACCENT_SHARE = 0.3

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][\xa1-\xbf\xd7\xf7][^\W\d_]")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def signature(data: bytes) -> str | None:
    """What a known binary file type this is, from its first bytes; None for anything else."""
    for prefix, kind in _SIGNATURES:
        if data.startswith(prefix):
            return kind
    if data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if data[:4] == b"RIFF" and len(data) >= 12:
        return "RIFF media file"
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media file"
    if data[:3] == b"ID3" and len(data) > 3 and data[3] in (2, 3, 4):
        return "MP3 audio"
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return "Windows executable"
    return None


def codec_name(name: str) -> str:
    """Python's canonical lower-case codec name (``windows-1252`` → ``cp1252``)."""
    return codecs.lookup(name).name


def _utf16_without_bom(data: bytes) -> str | None:
    pairs = len(data) // 2
    if pairs == 0 or len(data) % 2:
        return None
    zeros_even, zeros_odd = data[0::2].count(0), data[1::2].count(0)
    if zeros_odd >= UTF16_ZERO_SHARE * pairs and zeros_even <= 0.05 * pairs:
        return "utf-16-le"
    if zeros_even >= UTF16_ZERO_SHARE * pairs and zeros_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _reads_western(text: str) -> bool:
    """Does Windows-1252 output look like English/Western European text, not mojibake?

    Cyrillic or Greek bytes decode to runs of accented Latin letters (most letters are
    non-ASCII); Central European bytes put symbols such as ``³`` inside words.
    """
    letters = sum(1 for char in text if char.isalpha())
    accented = sum(1 for char in text if ord(char) > 127 and char.isalpha())
    if letters == 0 or accented > WESTERN_ACCENT_SHARE * letters:
        return False
    return _SYMBOL_IN_WORD.search(text) is None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codec_name(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    for match in from_bytes(data):
        name = codec_name(match.encoding)
        if name.startswith(("utf-16", "utf-32")):
            continue  # without a BOM or the zero-byte pattern, UTF-16 guesses are noise
        return str(match), name
    return None


def _detect(data: bytes, label: str, *, html: bool) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            if text is not None:
                return text, encoding
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        text = _try(data, encoding) if encoding else None
        if encoding is None or text is None:
            raise ContentError(f"{label} looks binary (it contains NUL bytes), not text")
        return text, encoding
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared = _declared_charset(data) if html else None
    if declared and not declared.startswith(("utf-16", "utf-32")):
        text = _try(data, declared)
        if text is not None:
            return text, declared
    text = _try(data, "cp1252")
    if text is not None and _reads_western(text):
        return text, "cp1252"
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    raise ContentError(
        f"{label} cannot be decoded as text (not UTF-8, UTF-16 or a recognisable legacy encoding)"
    )


def decode(data: bytes, label: str, *, html: bool = False) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding). ``label`` names the input in error messages.

    Raises :class:`ContentError` for binary or undecodable input. The BOM is not part of the
    text. Newlines are left alone (see :func:`normalise_newlines`).
    """
    kind = signature(data)
    if kind is not None:
        raise ContentError(f"{label} looks binary ({kind}), not text")
    text, encoding = _detect(data, label, html=html)
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = len(_CONTROL.findall(text))
    if controls and controls > CONTROL_SHARE * len(text):
        raise ContentError(f"{label} looks binary (mostly control characters), not text")
    return text, encoding


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` → ``\\n``; nothing else in the text changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
