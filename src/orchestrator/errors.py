"""Our errors, and the exit codes the CLI turns them into.

Every error the user can cause or fix is an :class:`OutreachError`: one line saying what went
wrong, and a hint saying how to fix it. The CLI's single error boundary prints it without a
traceback (set ``OUTREACH_TRACEBACK=1`` to see one) and exits with its ``exit_code``.

Exit codes (documented in the README):

== ===========================================================================
0  success
1  done, but something was refused or failed (policy refusals, failed sends)
2  bad input: usage, unreadable files, invalid campaign or template
3  configuration or workspace problem (missing setting, credentials, lock)
4  a plugin problem (failed to load in strict mode, unknown channel)
5  a remote service failed (SMTP, X API) after retries
130 interrupted
== ===========================================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INPUT = 2
EXIT_CONFIG = 3
EXIT_PLUGIN = 4
EXIT_SERVICE = 5
EXIT_INTERRUPTED = 130


class OutreachError(Exception):
    exit_code = EXIT_INPUT

    def __init__(self, message: str, hint: str = "", *, exit_code: int | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message


class InputError(OutreachError):
    """A file, argument or record we cannot use. Names the file and line when there is one."""

    exit_code = EXIT_INPUT


class ImportFailed(InputError):
    def __init__(self, path: str, line: int | None, message: str, hint: str = ""):
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}", hint or "Nothing was imported; fix the file and import it again.")
        self.path = path
        self.line = line


class CampaignError(InputError):
    pass


class ConfigError(OutreachError):
    exit_code = EXIT_CONFIG


class WorkspaceBusy(ConfigError):
    """Another process holds the workspace lock this command needs."""


class PluginError(OutreachError):
    exit_code = EXIT_PLUGIN


class ServiceError(OutreachError):
    exit_code = EXIT_SERVICE


class NotFound(InputError):
    pass
