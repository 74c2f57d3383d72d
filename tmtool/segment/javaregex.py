"""Translate Java regular expressions (the dialect of SRX files) for the ``regex`` module.

SRX rule files are written for ``java.util.regex``. Most of the syntax is shared;
the differences that change results are handled here:

* ``\\s \\w \\d`` (and their negations, and the POSIX ``\\p{Alpha}`` family) are
  ASCII-only in Java unless ``(?U)`` is on; Python's are Unicode.
* ``\\h \\v \\R \\x{...} \\Q...\\E \\z \\Z \\e \\a \\cX \\0ooo`` have no (or another) meaning in ``regex``.
* ``[a-z&&[^aeiou]]`` (intersection) and ``[a[bc]]`` (union) need ``regex.V1``;
  V1 in turn treats ``--``, ``||`` and ``~~`` inside a class as operators, which
  Java reads literally, so ``|`` and ``~`` are escaped there.
* Capturing groups become non-capturing (rules are combined into one pattern,
  where numbered groups would clash) unless the pattern uses back-references;
  those groups get names unique to the rule instead.
* The Java-only flags ``u``, ``d`` and ``U`` are dropped (``U`` switches the
  translation of ``\\s \\w \\d`` to Unicode for the rest of the pattern).
"""

from __future__ import annotations

import regex

FLAGS = regex.V1

_ASCII_SPACE = r" \t\n\x0B\f\r"
_H_SPACE = r" \t\xA0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000"
_V_SPACE = r"\n\x0B\f\r\x85\u2028\u2029"
_ASCII_CLASSES = {"s": _ASCII_SPACE, "w": "a-zA-Z0-9_", "d": "0-9"}
_ALWAYS_CLASSES = {"h": _H_SPACE, "v": _V_SPACE}
# Java's POSIX property names are ASCII-only (without (?U)).
_POSIX = {
    "Lower": "a-z", "Upper": "A-Z", "ASCII": r"\x00-\x7F", "Alpha": "a-zA-Z", "Digit": "0-9",
    "Alnum": "a-zA-Z0-9", "Punct": r"!-/:-@\[-`{-~", "Graph": r"!-~", "Print": r" -~",
    "Blank": r" \t", "Cntrl": r"\x00-\x1F\x7F", "XDigit": "0-9a-fA-F", "Space": _ASCII_SPACE,
}
_JAVA_PROPS = {
    "javaLowerCase": "Ll", "javaUpperCase": "Lu", "javaWhitespace": "White_Space",
    "javaLetter": "L", "javaDigit": "Nd", "javaLetterOrDigit": "Alnum", "javaAlphabetic": "Alphabetic",
}
_SIMPLE_ESCAPES = {"e": r"\x1B", "a": r"\x07", "t": r"\t", "n": r"\n", "r": r"\r", "f": r"\f"}


class JavaRegexError(ValueError):
    """A Java pattern that cannot be translated."""


def _char(code: int) -> str:
    return f"\\U{code:08X}"


class _Translator:
    def __init__(self, pattern: str, group_prefix: str):
        self.p = pattern
        self.i = 0
        self.out: list[str] = []
        self.unicode = False
        self.named_groups = _has_backreference(pattern)
        self.group_prefix = group_prefix
        self.groups = 0

    def run(self) -> str:
        while self.i < len(self.p):
            c = self.p[self.i]
            if c == "\\":
                self.out.append(self.escape(in_class=False))
            elif c == "[":
                self.out.append(self.char_class())
            elif c == "(":
                self.out.append(self.group_open())
            else:
                self.out.append(c)
                self.i += 1
        return "".join(self.out)

    def escape(self, in_class: bool) -> str:
        p, i = self.p, self.i
        if i + 1 >= len(p):
            raise JavaRegexError("pattern ends with a lone backslash")
        c = p[i + 1]
        self.i = i + 2
        if c == "Q":
            end = p.find("\\E", self.i)
            end = len(p) if end < 0 else end
            literal = p[self.i:end]
            self.i = end + 2
            return "".join(_escape_literal(ch, in_class) for ch in literal)
        lower = c.lower()
        if lower in _ASCII_CLASSES and not self.unicode:
            return _class_ref(_ASCII_CLASSES[lower], negated=c.isupper(), in_class=in_class)
        if lower in _ALWAYS_CLASSES:
            return _class_ref(_ALWAYS_CLASSES[lower], negated=c.isupper(), in_class=in_class)
        if c == "R" and not in_class:
            return rf"(?:\r\n|[{_V_SPACE}])"
        if c == "x" and p.startswith("{", self.i):
            end = p.index("}", self.i)
            code = int(p[self.i + 1:end], 16)
            self.i = end + 1
            return _char(code)
        if c == "0":
            digits = regex.match(r"[0-7]{1,3}", p[self.i:])
            if not digits:
                raise JavaRegexError(r"\0 must be followed by octal digits")
            self.i += len(digits.group())
            return _char(int(digits.group(), 8))
        if c == "c":
            self.i += 1
            return _char(ord(p[self.i - 1]) ^ 64)
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "z" and not in_class:
            return r"\Z"
        if c == "Z" and not in_class:
            return r"(?=\n?\Z)"
        if c in "pP":
            return self.property(c == "P", in_class)
        if c.isdigit() and not in_class:
            return self.backreference(c)
        return "\\" + c

    def property(self, negated: bool, in_class: bool) -> str:
        p = self.p
        if p.startswith("{", self.i):
            end = p.index("}", self.i)
            name = p[self.i + 1:end]
            self.i = end + 1
        else:
            name = p[self.i]
            self.i += 1
        if name in _POSIX and not self.unicode:
            return _class_ref(_POSIX[name], negated, in_class)
        name = _JAVA_PROPS.get(name, name)
        if name.startswith("Is") and len(name) <= 4:  # \p{IsLu}: a general category
            name = name[2:]
        return ("\\P{" if negated else "\\p{") + name + "}"

    def backreference(self, first: str) -> str:
        digits = first
        while self.i < len(self.p) and self.p[self.i].isdigit() and int(digits + self.p[self.i]) <= self.groups:
            digits += self.p[self.i]
            self.i += 1
        return f"(?P={self.group_prefix}{digits})"

    def group_open(self) -> str:
        p = self.p
        if not p.startswith("(?", self.i):
            self.i += 1
            if self.named_groups:
                self.groups += 1
                return f"(?P<{self.group_prefix}{self.groups}>"
            return "(?:"
        flags = regex.match(r"\(\?([a-zA-Z]*)(-[a-zA-Z]*)?([:)])", p[self.i:])
        if not flags:  # (?: (?= (?! (?<= (?<! (?> (?<name>
            named = regex.match(r"\(\?<([a-zA-Z][a-zA-Z0-9]*)>", p[self.i:])
            if named:
                self.i += len(named.group())
                return f"(?P<{self.group_prefix}{named.group(1)}>"
            self.i += 2
            return "(?"
        self.i += len(flags.group())
        on, off, close = flags.group(1), (flags.group(2) or "")[1:], flags.group(3)
        if "U" in on:
            self.unicode = True
        on = "".join(f for f in on if f in "imsx")
        off = "".join(f for f in off if f in "imsx")
        spec = on + ("-" + off if off else "")
        if close == ":":
            return f"(?{spec}:"
        return f"(?{spec})" if spec else ""

    def char_class(self) -> str:
        """Copy one (possibly nested) Java character class, translating escapes."""
        p = self.p
        out = ["["]
        self.i += 1
        if p.startswith("^", self.i):
            out.append("^")
            self.i += 1
        first = True
        while self.i < len(p):
            c = p[self.i]
            if c == "]" and not first:
                self.i += 1
                out.append("]")
                return "".join(out)
            if c == "\\":
                out.append(self.escape(in_class=True))
            elif c == "[":
                out.append(self.char_class())
            elif c == "&" and p.startswith("&&", self.i):
                out.append("&&")
                self.i += 2
            elif c == "-" and p.startswith("--", self.i):
                out.append(r"-\-")
                self.i += 2
            else:
                out.append(_escape_literal(c, in_class=True) if c in "|~" or (c == "]" and first) else c)
                self.i += 1
            first = False
        raise JavaRegexError("unterminated character class")


def _escape_literal(ch: str, in_class: bool) -> str:
    special = "\\]^-[|~&" if in_class else "\\.^$|?*+()[]{}"
    return "\\" + ch if ch in special else ch


def _class_ref(members: str, negated: bool, in_class: bool) -> str:
    if in_class:
        return f"[^{members}]" if negated else members
    return f"[^{members}]" if negated else f"[{members}]"


def _has_backreference(pattern: str) -> bool:
    return regex.search(r"(?<!\\)(?:\\\\)*\\[1-9]", pattern) is not None


def translate(pattern: str, group_prefix: str = "g") -> str:
    """The ``regex`` (V1) equivalent of the Java pattern ``pattern``."""
    return _Translator(pattern, group_prefix).run()


def compile_java(pattern: str) -> regex.Pattern:
    """Compile a Java pattern; raises ``JavaRegexError`` or ``regex.error``."""
    return regex.compile(translate(pattern), FLAGS)
