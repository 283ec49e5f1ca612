"""Turn a file's bytes into text and say what had to be repaired.

:func:`decode_bytes` is the one door: byte-order marks first (UTF-32 before
UTF-16, whose mark is a prefix of UTF-32's), then stray NUL bytes in UTF-8 text,
then UTF-16/UTF-32 without a mark (their text has NUL bytes), then UTF-8, and finally, line by line, whatever
legacy encoding the lines that are not UTF-8 are in. Detection is
charset-normalizer's; kit only breaks its ties (see :func:`_legacy_codec`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Any

__all__ = ["NotText", "decode_bytes"]

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
_NAMES = {"latin_1": "Latin-1 (ISO-8859-1)",
          "utf_16_le": "UTF-16 (little-endian)", "utf_16_be": "UTF-16 (big-endian)",
          "utf_32_le": "UTF-32 (little-endian)", "utf_32_be": "UTF-32 (big-endian)"}
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters but whitespace (tab to carriage return)
_SHOWN_LINES = 5
STRAY_NUL_SHARE = 0.1
"""Up to this share of NUL bytes, UTF-8 text with NULs is read as text with stray NULs
(UTF-16/32 text of Latin letters has a NUL in every other byte or more)."""
ONE_SCRIPT_SHARE = 0.8
"""A UTF-16/32 reading without a byte-order mark is kept when this share of its letters
are of one script."""
_CJK = {"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "KATAKANA-HIRAGANA", "IDEOGRAPHIC"}


class NotText(ValueError):
    """The bytes are not readable text (binary data under a text suffix)."""


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode file bytes to text and say what had to be repaired.

    A byte-order mark picks UTF-32, UTF-16 or UTF-8 (the UTF-8 mark is
    removed). Bytes with NUL bytes are UTF-8 with stray NULs (removed) when they
    are few and the rest is clean UTF-8, else UTF-16 or UTF-32 without a mark
    when charset-normalizer reads them as such and the letters are mostly of one
    script, else binary. Other bytes are UTF-8;
    lines that are not are decoded in the legacy encoding charset-normalizer
    detects for them (Windows-1252 when it cannot tell single-byte encodings
    apart), so a file mixing UTF-8 and cp1252 is repaired line by line.

    Raises
    ------
    NotText
        When the bytes are binary (NUL bytes that are not UTF-16/32 text, or
        many control characters).

    Examples
    --------
    >>> decode_bytes("caf\\u00e9".encode("cp1252"))
    ('café', ['not valid UTF-8 (first bad byte at offset 3): decoded as Windows-1252 (cp1252)'])
    >>> decode_bytes("Bárcena\\n".encode() + "Bárcena".encode("cp1252"))[1]
    ['mixed encodings: line 2 is not UTF-8 and was decoded as Windows-1252 (cp1252); the other lines are UTF-8']
    """
    text, repairs = _decode(data)
    sample = text[:20_000]
    if sample and len(CONTROL.findall(sample)) > 0.01 * len(sample):
        raise NotText("binary file (it is full of control characters), not text")
    return text, repairs


def _decode(data: bytes) -> tuple[str, list[str]]:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, f"{name} with a byte-order mark"), [f"decoded from {name}"]
    if b"\x00" in data:
        stray = _without_stray_nuls(data)
        if stray is not None:
            return stray
        wide, how = _best(data, _WIDE), "charset-normalizer"
        if wide is None:
            wide, how = _utf32_by_structure(data), "its byte structure"
        if wide is None:
            raise NotText("binary file (it contains NUL bytes), not text")
        if not _one_script(_strict(data, wide, _name(wide))):
            raise NotText(f"binary file (it contains NUL bytes), not text: read as {_name(wide)} "
                          "it gives letters of many scripts")
        return _strict(data, wide, _name(wide)), [
            f"no byte-order mark: detected as {_name(wide)} by {how}"]
    repairs = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        repairs.append("removed the UTF-8 byte-order mark (BOM)")
    try:
        return data.decode("utf-8"), repairs
    except UnicodeDecodeError as err:
        text, note = _by_line(data, err.start)
        return text, [*repairs, note]


def _without_stray_nuls(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 text with a few stray NUL bytes (a bad export, a truncated write): the
    text without them, when NULs are at most :data:`STRAY_NUL_SHARE` of the bytes and
    the rest is valid UTF-8 without other control characters. UTF-16/32 text is not:
    its Latin letters come with a NUL each (half the bytes or more), and its other
    letters are not UTF-8 once the NULs are gone (or leave control bytes)."""
    nuls = data.count(b"\x00")
    if nuls > STRAY_NUL_SHARE * len(data):
        return None
    rest = data.replace(b"\x00", b"")
    if rest.startswith(codecs.BOM_UTF8):
        return None  # a UTF-8 mark and stray NULs: leave it to the other rules
    try:
        text = rest.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text.strip() or CONTROL.search(text):
        return None
    return text, [f"{nuls} NUL byte{'s' if nuls > 1 else ''} removed"]


def _one_script(text: str) -> bool:
    """Whether the letters of ``text`` are mostly (:data:`ONE_SCRIPT_SHARE`) of one
    script (Chinese, Japanese and Korean count as one) or of one script and plain ASCII
    letters (a Russian report quoting English names), as real text is; bytes read in the wrong
    encoding give letters of several scripts."""
    scripts: dict[str, int] = {}
    for ch in text[:20_000]:
        if ch.isalpha():
            name = "ASCII" if ch.isascii() else unicodedata.name(ch, "UNKNOWN").split()[0]
            script = "CJK" if name in _CJK else name
            scripts[script] = scripts.get(script, 0) + 1
    letters = sum(scripts.values())
    ascii_letters = scripts.pop("ASCII", 0)  # plain Latin letters beside any one script
    return not letters or ascii_letters + max(scripts.values(), default=0) >= ONE_SCRIPT_SHARE * letters


def _utf32_by_structure(data: bytes) -> str | None:
    """UTF-32 without a mark that charset-normalizer does not name (seen with HTML in
    UTF-32-BE): the bytes decode as UTF-32 and most of the text is printable ASCII.
    Binary data almost never decodes as UTF-32 (code points past U+10FFFF)."""
    if len(data) % 4:
        return None
    for codec in ("utf_32_be", "utf_32_le"):
        try:
            sample = data[:16_000].decode(codec)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isascii() and (ch.isprintable() or ch in "\n\r\t") for ch in sample)
        if sample and printable >= 0.5 * len(sample):
            return codec
    return None


def _strict(data: bytes, codec: str, what: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise NotText(f"binary file: it looks like {what} but byte {err.start} cannot be "
                      "decoded as such") from err


def _by_line(data: bytes, first_bad: int) -> tuple[str, str]:
    """Keep the UTF-8 lines; decode the others in their detected legacy encoding."""
    lines = data.split(b"\n")
    bad: list[int] = []
    texts: list[str | None] = []
    utf8_non_ascii = 0
    for number, line in enumerate(lines):
        try:
            texts.append(line.decode("utf-8"))
            utf8_non_ascii += not line.isascii()
        except UnicodeDecodeError:
            texts.append(None)
            bad.append(number)
    legacy = b"\n".join(lines[n] for n in bad)
    codec = _legacy_codec(legacy)
    out = [t if t is not None else _lenient(lines[n], codec) for n, t in enumerate(texts)]
    if not utf8_non_ascii:
        return "\n".join(out), (f"not valid UTF-8 (first bad byte at offset {first_bad}): "
                                f"decoded as {_name(codec)}")
    shown = ", ".join(str(n + 1) for n in bad[:_SHOWN_LINES])
    more = f" and {len(bad) - _SHOWN_LINES} more" if len(bad) > _SHOWN_LINES else ""
    lines_are = f"line {shown} is" if len(bad) == 1 else f"lines {shown}{more} are"
    return "\n".join(out), (f"mixed encodings: {lines_are} not UTF-8 and "
                            f"{'was' if len(bad) == 1 else 'were'} decoded as {_name(codec)}; "
                            "the other lines are UTF-8")


def _lenient(line: bytes, codec: str) -> str:
    try:
        return line.decode(codec)
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def _legacy_codec(data: bytes) -> str:
    """The encoding of bytes that are not UTF-8, as charset-normalizer detects it.

    On short or mostly-ASCII samples the detector ranks many single-byte code
    pages equally (cp1250, cp1257, ... decode "Bárcena" alike or as nonsense);
    among its equally plausible answers kit takes Windows-1252, the most common
    legacy encoding of Western news (and what browsers assume for Latin-1),
    and otherwise the detector's best (cp1251 for Russian, cp932 for Japanese).
    """
    return _best(data, None, prefer="cp1252") or "cp1252"


def _best(data: bytes, only: list[str] | None, prefer: str = "") -> str | None:
    from charset_normalizer import from_bytes  # deferred: importing kit stays fast

    matches: list[Any] = list(from_bytes(data, cp_isolation=only))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos == least]
    if prefer and any(prefer in m.could_be_from_charset for m in tied):
        return prefer
    # UTF-16/32 of a few characters: the reading with more ASCII is the likely one
    best = max(tied, key=lambda m: (sum(c.isascii() for c in str(m)), -tied.index(m)))
    return str(best.encoding)


def _name(codec: str) -> str:
    windows = re.fullmatch(r"cp(125\d)", codec)
    return f"Windows-{windows.group(1)} ({codec})" if windows else _NAMES.get(codec, codec)
