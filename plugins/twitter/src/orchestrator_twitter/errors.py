"""What the X plugin raises, as ``orchestrator.api`` error types the CLI already handles.

* :class:`XApiError` (a ``ServiceError``, exit code 5): X answered with an error or could not
  be reached after bounded retries. Carries the HTTP status and the parsed problem document.
* :class:`XRateLimited`: a 429 whose reset lies further away than the caller allows waiting;
  ``reset_at`` says when to come back (persist the page cursor and resume then).
* :class:`XNotFound`: the account asked for does not exist (or is suspended).
* :class:`XAuthError` (a ``ConfigError``, exit code 3): no usable token, a refused refresh,
  a failed login. The fix is ``outreach twitter login`` or the token environment variables.

Sending a DM raises the channel's own delivery errors (``orchestrator.api``) instead,
because the core decides per message whether it may be retried.

Every message passes through :func:`orchestrator.api.mask`, so a token that a server
echoes back never reaches a terminal or a log.
"""

from __future__ import annotations

from orchestrator.api import ConfigError, ServiceError, mask

from .models import ApiProblem

LOGIN_HINT = ("Run `outreach twitter login`, or set OUTREACH_X_ACCESS_TOKEN "
              "(and OUTREACH_X_REFRESH_TOKEN) for headless runs.")


class XApiError(ServiceError):
    def __init__(self, message: str, *, status: int | None = None,
                 problem: ApiProblem | None = None, endpoint: str = "", hint: str = ""):
        super().__init__(mask(message), mask(hint))
        self.status = status
        self.problem = problem
        self.endpoint = endpoint


class XNotFound(XApiError):
    pass


class XRateLimited(XApiError):
    def __init__(self, message: str, *, reset_at: float | None, retry_after: float | None,
                 endpoint: str = "", status: int | None = 429,
                 problem: ApiProblem | None = None,
                 hint: str = "Resume from the last saved cursor after the reset."):
        super().__init__(message, status=status, problem=problem, endpoint=endpoint,
                         hint=hint)
        self.reset_at = reset_at
        self.retry_after = retry_after


class XAuthError(ConfigError):
    def __init__(self, message: str, hint: str = LOGIN_HINT):
        super().__init__(mask(message), mask(hint))
