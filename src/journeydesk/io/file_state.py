"""Has a map file changed on disk since we loaded or saved it?

``FileState`` records size, modification time and a SHA-256 of the content.
Size and time decide cheaply when nothing changed; the hash decides the rest (a
sync tool that touches a file without changing it is not a change). ``compare``
also counts what differs between our map and the one on disk, for the question
"Overwrite, Save As or Reload?".
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from ..i18n import translate
from ..model import JourneyDocument

SAME, CHANGED, MISSING = "same", "changed", "missing"
_KINDS = ("stage", "lane", "persona", "touchpoint", "link", "friction")


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    sha256: str
    inode: tuple[int, int]

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileState | None:
        """The file's state now, or None when it is not there."""
        try:
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                digest = hashlib.sha256()
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
        except FileNotFoundError:
            return None
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns, digest.hexdigest(), (st.st_dev, st.st_ino))

    @classmethod
    def of_bytes(cls, path: str | os.PathLike[str], data: bytes) -> FileState | None:
        """The state of a file we just wrote ``data`` to (no second read)."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest(), (st.st_dev, st.st_ino))


def check(path: str | os.PathLike[str], recorded: FileState | None) -> str:
    """SAME, CHANGED or MISSING, against what we recorded at load or save."""
    try:
        st = os.stat(path)
    except OSError:
        return MISSING
    if recorded is None:
        return CHANGED  # a file appeared where we had none
    if st.st_size == recorded.size and st.st_mtime_ns == recorded.mtime_ns:
        return SAME
    now = FileState.of(path)
    if now is None:
        return MISSING
    return SAME if now.sha256 == recorded.sha256 else CHANGED


def counts(doc: JourneyDocument) -> dict[str, int]:
    return {k: doc.count(k) for k in _KINDS}


def differences(ours: JourneyDocument, theirs: JourneyDocument) -> list[str]:
    """What differs, in counts: ['touchpoints: 14 here, 12 on disk', ...] plus
    items changed on both sides counted by id."""
    lines = []
    a, b = counts(ours), counts(theirs)
    labels = {
        "stage": translate("io.file_state", "stages"),
        "lane": translate("io.file_state", "lanes"),
        "persona": translate("io.file_state", "personas"),
        "touchpoint": translate("io.file_state", "touchpoints"),
        "link": translate("io.file_state", "links"),
        "friction": translate("io.file_state", "frictions"),
    }
    for kind in _KINDS:
        if a[kind] != b[kind]:
            lines.append(
                translate("io.file_state", "{what}: {here} here, {disk} on disk").format(
                    what=labels[kind], here=a[kind], disk=b[kind]
                )
            )
    changed = 0
    for kind in ("touchpoint", "friction", "stage", "lane", "persona"):
        for item in ours.items(kind):
            if item in theirs and ours.get(item) != theirs.get(item):
                changed += 1
    if changed:
        lines.append(translate("io.file_state", "%Ln item(s) edited differently", None, changed))
    return lines
