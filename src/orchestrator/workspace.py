"""A workspace is a folder: ``config.toml``, ``campaigns/``, the ledger and exports.

Where it is: ``--home DIR``, else ``$OUTREACH_HOME``, else the user data directory
(platformdirs). Files holding contact data are created with mode 0600 and folders 0700
(:func:`make_private_dir`, parents included), whatever the umask: a ledger is a list of
people and what was said to them.
"""

from __future__ import annotations

import os
import tomllib
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from attrs import define, field

from .errors import ConfigError

if TYPE_CHECKING:
    from .channels import ChannelManifest

HOME_ENV = "OUTREACH_HOME"
CONFIG_NAME = "config.toml"
LEDGER_NAME = "ledger.db"

# The [sender] table; each installed channel's table follows, generated from its manifest
# (orchestrator.settings.config_section), every line commented out.
CONFIG_TEMPLATE = """\
# outreach-orchestrator workspace configuration.
# Secrets (passwords, tokens) never go here: use the environment or `outreach ... login`.

[sender]
name = "{name}"
headline = "{headline}"
"""


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("outreach-orchestrator", appauthor=False))


def resolve_home(home: str | os.PathLike | None = None) -> Path:
    if home:
        return Path(home).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return default_home()


def make_private_dir(path: Path) -> None:
    """Create ``path`` and every missing parent with mode 0700, whatever the umask.

    ``Path.mkdir(parents=True, mode=0o700)`` gives the parents it creates the umask's mode
    (``exports/`` came out 0755 under umask 022); here each folder is created and chmod-ed
    on its own. Folders that already exist are left as they are.
    """
    path = Path(path)
    missing: list[Path] = []
    current = path
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if folder.is_dir():
                continue  # another process made it meanwhile: not ours to change
            raise
        os.chmod(folder, 0o700)


def write_private(path: Path, data: bytes | str, *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` atomically with mode 0600 (never readable by others)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    make_private_dir(path.parent)
    if exclusive and path.exists():
        raise FileExistsError(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside (SQLite's -wal and -shm included) are 0600."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


@define
class Workspace:
    home: Path
    _config: dict[str, Any] | None = field(default=None, alias="config")

    @classmethod
    def at(cls, home: str | os.PathLike | None = None) -> "Workspace":
        return cls(resolve_home(home))

    @property
    def config_path(self) -> Path:
        return self.home / CONFIG_NAME

    @property
    def campaigns_dir(self) -> Path:
        return self.home / "campaigns"

    @property
    def ledger_path(self) -> Path:
        return self.home / LEDGER_NAME

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"

    def exists(self) -> bool:
        return self.config_path.exists() or self.ledger_path.exists()

    def init(self, sender_name: str = "", sender_headline: str = "",
             manifests: Iterable["ChannelManifest"] = ()) -> bool:
        """Create the folder layout and a commented config; False if it already existed.

        ``manifests`` (the installed channels') each add a commented-out table to the
        config, generated from what the manifest declares.
        """
        created = not self.config_path.exists()
        make_private_dir(self.home)
        make_private_dir(self.campaigns_dir)
        if created:
            write_private(self.config_path,
                          config_template(sender_name, sender_headline, manifests))
        self._config = None
        return created

    @property
    def config(self) -> dict[str, Any]:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    def settings(self, table: str) -> Mapping[str, Any]:
        value = self.config.get(table, {})
        if not isinstance(value, dict):
            raise ConfigError(f"{self.config_path}: [{table}] must be a table")
        return value

    @property
    def sender(self) -> dict[str, str]:
        sender = self.settings("sender")
        return {
            "name": str(sender.get("name", "")),
            "headline": str(sender.get("headline", "")),
            **{k: str(v) for k, v in sender.items() if k not in {"name", "headline"}},
        }


def load_config(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}", "Fix the file and try again.") from exc
    except UnicodeDecodeError as exc:
        line = _line_of(path, exc.start)
        raise ConfigError(f"{path}:{line}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x})",
                          "Save config.toml as UTF-8 and try again.") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply",
                          "Fix the file and try again.") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from exc


def _line_of(path: Path, offset: int) -> int:
    try:
        return path.read_bytes()[:offset].count(b"\n") + 1
    except OSError:
        return 1


def config_template(sender_name: str = "", sender_headline: str = "",
                    manifests: Iterable["ChannelManifest"] = ()) -> str:
    """The ``config.toml`` of a new workspace: ``[sender]``, then one commented-out table per
    channel manifest (valid TOML: only ``[sender]`` is not a comment)."""
    from .settings import config_section

    text = CONFIG_TEMPLATE.format(name=_toml_escape(sender_name),
                                  headline=_toml_escape(sender_headline))
    for manifest in manifests:
        text += "\n" + config_section(manifest)
    return text


def _toml_escape(text: str) -> str:
    """``text`` for inside a TOML basic string ("..."): quotes, backslashes and control
    characters escaped."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in text)
