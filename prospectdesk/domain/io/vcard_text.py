"""Small vCard text helpers shared by the reader and the writer: escapes, labels, charsets.

No regular expressions with nested quantifiers here: everything is a linear scan, so a
hostile file cannot make the reader backtrack for minutes.
"""

from __future__ import annotations

import codecs

# ---------------------------------------------------------------------------- escapes


def unescape_text(text: str, version: str) -> str:
    """Undo vCard text escapes.

    3.0/4.0 define ``\\n \\N \\, \\; \\\\``; real files also write ``\\:`` (Apple's
    ``http\\://``) and ``\\"``, which we read as the bare character. vCard 2.1 has no
    backslash escapes apart from ``\\;`` in compound values (Outlook writes Windows paths
    like ``C:\\new`` unescaped), so there only ``\\;`` and ``\\,`` are undone.
    """
    if "\\" not in text:
        return text
    if "\\\\" not in text:
        # No backslash next to another: each one escapes the character after it alone, and
        # a replace per escape gives what the loop below gives, in C (a note with "\\,").
        if version.startswith("2"):
            return text.replace("\\;", ";").replace("\\,", ",")
        for escape, character in _ESCAPES:
            if escape in text:
                text = text.replace(escape, character)
        return text
    out: list[str] = []
    i = 0
    length = len(text)
    legacy = version.startswith("2")
    while i < length:
        char = text[i]
        if char == "\\" and i + 1 < length:
            nxt = text[i + 1]
            if legacy:
                if nxt in ";,":
                    out.append(nxt)
                    i += 2
                    continue
            elif nxt in "nN":
                out.append("\n")
                i += 2
                continue
            elif nxt in ",;\\:\"'":
                out.append(nxt)
                i += 2
                continue
        out.append(char)
        i += 1
    return "".join(out)


_ESCAPES = (
    ("\\n", "\n"), ("\\N", "\n"), ("\\,", ","), ("\\;", ";"), ("\\:", ":"), ('\\"', '"'),
    ("\\'", "'"),
)  # fmt: skip


def split_unescaped(text: str, separator: str) -> list[str]:
    """Split at ``separator`` unless a backslash escapes it; escapes are kept for
    :func:`unescape_text`."""
    if "\\" not in text:
        return text.split(separator)  # nothing escaped: the common case, in C
    parts: list[str] = []
    current: list[str] = []
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if char == "\\" and i + 1 < length:
            current.append(char)
            current.append(text[i + 1])
            i += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def escape_text(text: str) -> str:
    """Escape a text value for vCard 3.0/4.0 (RFC 6350 section 3.4)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


# ---------------------------------------------------------------------------- labels

# Apple writes its built-in labels as _$!<Name>!$_; these are the ones with a meaning here.
_APPLE_LABELS = {
    "mobile": "mobile",
    "iphone": "mobile",
    "home": "home",
    "work": "work",
    "other": "other",
    "main": "main",
    "homefax": "home fax",
    "workfax": "work fax",
    "otherfax": "fax",
    "pager": "pager",
}


def label_from_ablabel(text: str) -> str:
    """``_$!<Mobile>!$_`` -> ``mobile``; free text (``AssistantPhone``) stays as written."""
    text = text.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        inner = text[4:-4]
        return _APPLE_LABELS.get(inner.lower().replace(" ", ""), inner.lower())
    return text


# TYPE values that carry no label of their own.
_NEUTRAL_TYPES = {"voice", "pref", "internet", "x400", "postal", "parcel", "dom", "intl", "msg"}


def label_from_types(types: list[str], kind: str) -> str:
    """Turn TYPE values (already lower-cased) into one short English label.

    ``kind`` is ``tel``, ``email`` or ``adr``. Vendor ``x-`` types (``X-NEC-FRIEND``) carry
    no portable meaning, so they give no label."""
    wanted = [t for t in types if t and t not in _NEUTRAL_TYPES and not t.startswith("x-")]
    wanted = [t for t in wanted if not t.isdigit()]  # PREF=1 written as a bare type
    has = set(wanted)
    if kind == "tel":
        if "fax" in has:
            if "home" in has:
                return "home fax"
            if "work" in has:
                return "work fax"
            return "fax"
        for token, label in (("cell", "mobile"), ("mobile", "mobile"), ("iphone", "mobile")):
            if token in has:
                return label
        for token in ("pager", "main", "home", "work", "car", "isdn", "video", "modem"):
            if token in has:
                return token
        if "text" in has or "textphone" in has:
            return "text"
    else:
        for token in ("home", "work", "school"):
            if token in has:
                return token
    if "other" in has:
        return "other"
    # A custom TYPE (``TYPE=customtype``) is the user's own label.
    known = {"cell", "fax", "bbs", "pcs", "textphone", "text", "video", "car", "isdn", "modem"}
    custom = [t for t in wanted if t not in known]
    return custom[0] if custom else ""


# ---------------------------------------------------------------------------- charsets


def normalize_charset(name: str) -> str | None:
    """A Python codec name for a declared CHARSET, or None when Python does not know it."""
    cleaned = name.strip().strip('"').lower()
    aliases = {"windows-1252": "cp1252", "ansi": "cp1252", "x-mac-roman": "mac_roman"}
    cleaned = aliases.get(cleaned, cleaned)
    try:
        return codecs.lookup(cleaned).name
    except (LookupError, ValueError):  # ValueError: a NUL in the name (a damaged file)
        return None
