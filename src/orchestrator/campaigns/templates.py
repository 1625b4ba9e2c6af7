"""Template rendering in Jinja2's sandbox with StrictUndefined, within limits.

Campaign files are plain text a user may have copied from anywhere, so templates render in
an immutable :class:`~jinja2.sandbox.SandboxedEnvironment` (no attribute tricks reach Python
internals, no list or dict is changed in place) and an undefined variable is an error
naming the template and line, never an empty string quietly sent to someone.

Two rules hold for everything a template can reach or do:

* **Files**: a step's ``template =``, and every ``{% include %}``, ``{% import %}`` and
  ``{% extends %}``, is read through :func:`template_path`: its real path (symlinks
  followed) must be a regular file under the campaigns folder, at most
  :data:`MAX_TEMPLATE_BYTES`. A symlink to ``~/.ssh/id_rsa`` is refused, not included.
* **Limits**: one render of a subject or body may take :data:`MAX_RENDER_SECONDS`, run
  :data:`MAX_STEPS` loop iterations and calls, write :data:`MAX_WRITTEN` characters in all
  (macro and ``{% set %}`` blocks included) and return :data:`MAX_OUTPUT`; no single
  string or list it builds may exceed :data:`MAX_VALUE` (``'A' * 200000000`` is refused
  before it is built). Going over is a :class:`TemplateLimitError`, which callers turn
  into a render error naming the template - as they do any error a template raises at
  run time (``IndexError``, ``ZeroDivisionError``, ``RecursionError``...).
"""

from __future__ import annotations

import contextvars
import os
import re
import stat
import time
from functools import wraps
from pathlib import Path
from typing import Any, Callable, Mapping

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from ..errors import CampaignError, OutreachError
from ..model import Contact

CONTACT_FIELDS = ("first_name", "last_name", "name", "company", "title", "headline", "notes",
                  "location", "interests", "tags")

MAX_TEMPLATE_BYTES = 256 * 1024  # a template file (or include) on disk
MAX_RENDER_SECONDS = 2.0  # wall clock for one subject or body
MAX_STEPS = 100_000  # loop iterations, calls and output pieces in one render
MAX_VALUE = 1_000_000  # about the characters one value a template builds prints as
MAX_OUTPUT = 100_000  # characters of a rendered subject or body
MAX_WRITTEN = 2_000_000  # characters written in one render, captured blocks included
MAX_INT_BITS = 4096  # integers a template computes (2 ** 4096 has 1,234 digits)

LIMITS_HINT = ("Templates are message text: keep loops small and strings short "
               f"(at most {MAX_STEPS:,} steps, {MAX_VALUE:,} characters per value, "
               f"{MAX_RENDER_SECONDS:g} s per message).")


class TemplateLimitError(TemplateRuntimeError):
    """A render went over one of the limits (time, steps, size)."""


class TemplatePathError(SecurityError):
    """A template file, include, import or extends that leads outside the campaigns folder."""


# --- files ---------------------------------------------------------------------------


def template_path(root: Path | str, name: str) -> Path:
    """The real path of template ``name`` under ``root``; :class:`TemplatePathError` if it
    (or a symlink on the way) leads outside ``root``, :class:`jinja2.TemplateNotFound` if
    there is no such file. The one rule for ``template =`` and every include."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(os.path.join(real_root, name))
    if os.path.commonpath([real_root, real]) != real_root or real == real_root:
        raise TemplatePathError(
            f"template {name!r} leads outside the campaigns folder {real_root} "
            "(through '..', an absolute path or a symlink); templates, includes, imports "
            "and extends must stay under it")
    try:
        info = os.stat(real)
    except OSError:
        raise jinja2.TemplateNotFound(name, f"no template {name!r} under {real_root}") from None
    if not stat.S_ISREG(info.st_mode):
        raise TemplatePathError(f"template {name!r} is not a regular file")
    if info.st_size > MAX_TEMPLATE_BYTES:
        raise TemplatePathError(f"template {name!r} is {info.st_size:,} bytes; "
                                f"a template may have {MAX_TEMPLATE_BYTES:,}")
    return Path(real)


def read_template(path: Path) -> str:
    """The text of a file :func:`template_path` returned (UTF-8, size-capped)."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_TEMPLATE_BYTES + 1)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplatePathError(f"template {path.name!r} is larger than "
                                f"{MAX_TEMPLATE_BYTES:,} bytes")
    return data.decode("utf-8")


class CampaignLoader(jinja2.BaseLoader):
    """Loads includes, imports and extends from the campaigns folder, by :func:`template_path`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def get_source(self, environment, template: str):
        path = template_path(self.root, template)
        try:
            source = read_template(path)
        except UnicodeDecodeError:
            raise TemplatePathError(f"template {template!r} is not UTF-8 text") from None
        mtime = path.stat().st_mtime
        filename = os.path.normpath(os.path.join(self.root, template))

        def uptodate() -> bool:
            try:
                return path.stat().st_mtime == mtime
            except OSError:
                return False

        return source, filename, uptodate


# --- limits --------------------------------------------------------------------------


class _Budget:
    __slots__ = ("deadline", "steps", "written")

    def __init__(self) -> None:
        self.deadline = time.monotonic() + MAX_RENDER_SECONDS
        self.steps = 0
        self.written = 0

    def tick(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise TemplateLimitError(f"more than {MAX_STEPS:,} loop steps and calls")
        if time.monotonic() > self.deadline:
            raise TemplateLimitError(f"rendering took longer than {MAX_RENDER_SECONDS:g} s")


_BUDGET: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar(
    "orchestrator_template_budget", default=None)


def _tick() -> None:
    budget = _BUDGET.get()
    if budget is not None:
        budget.tick()


_CONTAINERS = (list, tuple, set, frozenset, dict)
MAX_NESTING = 50


def _weight(value: Any, what: str = "a value", limit: int = MAX_VALUE) -> int:
    """About how many characters ``value`` prints as (a list of the same long string
    100,000 times weighs 100,000 of them); :class:`TemplateLimitError` once over ``limit``.
    Stops as soon as it is over, so checking costs at most ``limit`` steps."""
    if value.__class__ is str:
        # Nearly every value a template prints is plain text: no walk, no memo.
        weight = len(value)
        if weight > limit:
            raise TemplateLimitError(f"{what} of more than {limit:,} characters or items")
        return weight
    memo: dict[int, int] = {}

    def weigh(item: Any, depth: int) -> int:
        if isinstance(item, (str, bytes)):
            return len(item)
        if isinstance(item, bool) or item is None:
            return 1
        if isinstance(item, int):
            if item.bit_length() > MAX_INT_BITS:
                raise TemplateLimitError(f"{what}: a number of more than {MAX_INT_BITS} bits")
            return item.bit_length() // 3 + 1
        if not isinstance(item, _CONTAINERS):
            return 1
        key = id(item)
        if key in memo:
            return memo[key]
        if depth > MAX_NESTING:
            raise TemplateLimitError(f"{what}: nested more than {MAX_NESTING} deep")
        memo[key] = 0  # a cycle (a namespace holding itself) weighs nothing more
        total = len(item)
        parts = item.items() if isinstance(item, dict) else ((v,) for v in item)
        for group in parts:
            for part in group:
                total += weigh(part, depth + 1)
            if total > limit:
                break
        memo[key] = total
        return total

    weight = weigh(value, 0)
    if weight > limit:
        raise TemplateLimitError(f"{what} of more than {limit:,} characters or items")
    return weight


def _too_big(what: str) -> TemplateLimitError:
    return TemplateLimitError(f"{what} that would build more than {MAX_VALUE:,} characters")


def _check_count(n: Any, what: str) -> None:
    if isinstance(n, int) and not isinstance(n, bool) and n > MAX_VALUE:
        raise TemplateLimitError(f"{what} {n:,} (at most {MAX_VALUE:,})")


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\d*|\*)(?:\.(\d*|\*))?")
_BRACE_FIELD = re.compile(r"\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")


def _check_percent(fmt: str, args: Any) -> None:
    """``'%999999999s' % x`` and ``'%*d' % (n, x)`` may not build a huge string."""
    for width, precision in _PERCENT_SPEC.findall(fmt):
        for number in (width, precision):
            if number.isdigit():
                _check_count(int(number), "a width of")
    for arg in (args if isinstance(args, tuple) else (args,)):
        _check_count(arg, "a width of")
    _weight(args, "the values to format")


def _check_format(fmt: str, args: tuple, kwargs: Mapping) -> None:
    """``'{:>999999999}'.format(x)`` and ``'{:{}}'.format(x, 10**9)`` may not build a
    huge string."""
    nested = False
    for field in _BRACE_FIELD.findall(fmt):
        spec = field.partition(":")[2]
        nested = nested or "{" in spec
        for number in re.findall(r"\d+", spec):
            _check_count(int(number), "a width of")
    if nested:  # widths given as arguments
        for arg in (*args, *kwargs.values()):
            _check_count(arg, "a width of")
    _weight((args, dict(kwargs)), "the values to format")


def _check_join(separator: Any, items: Any) -> list:
    """The items of a join, materialized, if the joined string stays within the limit."""
    items = list(items)
    total = len(str(separator)) * max(len(items) - 1, 0)
    for item in items:
        total += _weight(item, "a value to join")
        if total > MAX_VALUE:
            raise _too_big("a join")
    return items


def _check_replace(value: Any, old: Any, new: Any, count: Any = -1) -> None:
    if isinstance(value, str) and isinstance(old, str) and isinstance(new, str):
        hits = value.count(old)
        if isinstance(count, int) and count >= 0:
            hits = min(hits, count)
        if len(value) + hits * len(new) > MAX_VALUE:
            raise _too_big("a replace")


# str methods a template may call; the others (expandtabs, translate, maketrans, encode...)
# could build huge strings and no message needs them.
STR_METHODS = frozenset({
    "capitalize", "casefold", "center", "count", "endswith", "find", "format", "format_map",
    "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
    "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust",
    "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind",
    "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith",
    "strip", "swapcase", "title", "upper", "zfill",
})


def _check_str_call(obj: Any, args: tuple, kwargs: dict) -> tuple:
    owner = getattr(obj, "__self__", None)
    if not isinstance(owner, str):
        return args
    name = getattr(obj, "__name__", "")
    if name in ("center", "ljust", "rjust", "zfill"):
        for arg in (*args, *kwargs.values()):
            _check_count(arg, "a width of")
    elif name == "replace" and len(args) >= 2:
        _check_replace(owner, *args[:3])
    elif name == "join" and args:
        args = (_check_join(owner, args[0]), *args[1:])
    return args


def _limited_filter(name: str, func: Callable) -> Callable:
    """A built-in filter with its input weighed, its amplifying arguments checked and its
    result capped."""
    offset = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @wraps(func)
    def limited(*args: Any, **kwargs: Any) -> Any:
        _tick()
        if len(args) <= offset:
            return func(*args, **kwargs)
        value, rest = args[offset], args[offset + 1:]
        if name == "join":
            separator = rest[0] if rest else kwargs.get("d", "")
            args = (*args[:offset], _check_join(separator, value), *rest)
        else:
            _weight(value, f"the input of |{name}")
        if name in ("center", "batch", "slice", "tojson"):
            for arg in (*rest, *kwargs.values()):
                _check_count(arg, "a width or count of")
        elif name == "wordwrap":
            width = rest[0] if rest else kwargs.get("width", 79)
            wrapstring = rest[2] if len(rest) > 2 else kwargs.get("wrapstring") or "\n"
            wraps_ = len(str(value)) // max(width if isinstance(width, int) else 1, 1) + 1
            if len(str(value)) + wraps_ * len(str(wrapstring)) > MAX_VALUE:
                raise _too_big("a wordwrap")
        elif name == "indent":
            width = rest[0] if rest else kwargs.get("width", 4)
            lines = str(value).count("\n") + 1
            size = width if isinstance(width, int) else len(str(width))
            if len(str(value)) + lines * max(size, 0) > MAX_VALUE:
                raise _too_big("an indent")
        elif name == "format":
            _check_percent(str(value), tuple(rest) or tuple(kwargs.values()))
        elif name == "replace" and len(rest) >= 2:
            _check_replace(str(value), *rest[:3])
        result = func(*args, **kwargs)
        _weight(result, f"the result of |{name}")
        return result

    return limited


class _Instrument(NodeTransformer):
    """Puts a budget check into every loop, every output and every ``~``."""

    @staticmethod
    def _call(name: str, node: nodes.Expr) -> nodes.Call:
        return nodes.Call(nodes.EnvironmentAttribute(name, lineno=node.lineno), [node], [],
                          None, None, lineno=node.lineno)

    def visit_For(self, node: nodes.For) -> nodes.For:
        node = self.generic_visit(node)
        node.iter = self._call("limited_iter", node.iter)
        return node

    def visit_Output(self, node: nodes.Output) -> nodes.Output:
        node = self.generic_visit(node)
        node.nodes = [self._call("limited_output", child) for child in node.nodes]
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Call:
        node = self.generic_visit(node)
        node.nodes = [self._call("limited_value", child) for child in node.nodes]
        return self._call("limited_value", node)


# The hooks _Instrument inserts: the environment's own methods, called directly. Through the
# sandbox's call() every output piece of every draft paid for a safety check it does not
# need; each hook counts its budget step itself instead.
_HOOKS = frozenset({"limited_iter", "limited_output", "limited_value"})


class _LimitedCodeGenerator(CodeGenerator):
    def visit_Template(self, node, frame=None):
        _Instrument().visit(node)
        return super().visit_Template(node, frame)

    def visit_Call(self, node, frame, forward_caller=False):
        hook = node.node
        if isinstance(hook, nodes.EnvironmentAttribute) and hook.name in _HOOKS:
            (argument,) = node.args
            self.write(f"environment.{hook.name}(")
            self.visit(argument, frame)
            self.write(")")
            return
        super().visit_Call(node, frame, forward_caller=forward_caller)


class _LimitedIterator:
    """A loop's iterable, one budget step per item (``loop.length`` still works)."""

    def __init__(self, iterable: Any) -> None:
        self._iterable = iterable
        self._iterator = iter(iterable)

    def __iter__(self) -> "_LimitedIterator":
        return self

    def __next__(self) -> Any:
        _tick()
        return next(self._iterator)

    def __len__(self) -> int:
        return len(self._iterable)


class LimitedTemplate(jinja2.Template):
    def render(self, *args: Any, **kwargs: Any) -> str:
        token = _BUDGET.set(_Budget()) if _BUDGET.get() is None else None
        try:
            text = super().render(*args, **kwargs)
        finally:
            if token is not None:
                _BUDGET.reset(token)
        if len(text) > MAX_OUTPUT:
            raise TemplateLimitError(f"the message would be {len(text):,} characters "
                                     f"(at most {MAX_OUTPUT:,})")
        return text


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with every loop, call, output and amplifying operator within limits."""

    code_generator_class = _LimitedCodeGenerator
    template_class = LimitedTemplate
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals.pop("lipsum", None)  # lorem ipsum: megabytes on request, no use here
        self.filters = {name: _limited_filter(name, func) for name, func in self.filters.items()}

    # -- hooks the instrumented templates call ------------------------------------------

    def limited_iter(self, iterable: Any) -> _LimitedIterator:
        _tick()
        return _LimitedIterator(iterable)

    def limited_output(self, value: Any) -> str:
        _tick()
        if value.__class__ is str:
            text = value  # weighed below, once
        else:
            _weight(value, "an output", MAX_WRITTEN)
            text = str(value)
        budget = _BUDGET.get()
        if budget is not None:
            budget.written += len(text)
            if budget.written > MAX_WRITTEN:
                raise TemplateLimitError(f"more than {MAX_WRITTEN:,} characters written")
        _weight(text, "a value")
        return text

    def limited_value(self, value: Any) -> Any:
        _tick()
        _weight(value, "a string")
        return value

    # -- the sandbox's own hooks --------------------------------------------------------

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and callable(value) and attr not in STR_METHODS:
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call(__self, __context, __obj, *args, **kwargs):  # the sandbox's own signature
        _tick()
        args = _check_str_call(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        _weight(result, "a value")
        return result

    def wrap_str_format(self, value: Any):
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        fmt, is_map = value.__self__, value.__name__ == "format_map"

        @wraps(wrapper)
        def checked(*args: Any, **kwargs: Any) -> str:
            if is_map and args:
                _check_format(fmt, (), dict(args[0]))
            else:
                _check_format(fmt, args, kwargs)
            result = wrapper(*args, **kwargs)
            _weight(result, "a formatted string")
            return result

        return checked

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
                    size = _weight(seq) * max(n, 0)
                    if size > MAX_VALUE:
                        kind = "string" if isinstance(seq, str) else "list"
                        raise TemplateLimitError(
                            f"a {kind} times {n:,} would be {size:,} characters or items "
                            f"(at most {MAX_VALUE:,})")
            if (isinstance(left, int) and isinstance(right, int)
                    and left.bit_length() + right.bit_length() > MAX_INT_BITS):
                raise TemplateLimitError(f"a number of more than {MAX_INT_BITS} bits")
        elif operator == "**":
            if (isinstance(left, int) and isinstance(right, int) and abs(left) > 1
                    and right > 0 and right * left.bit_length() > MAX_INT_BITS):
                raise TemplateLimitError(f"a number of more than {MAX_INT_BITS} bits")
        elif operator == "+":
            if (isinstance(left, (str, list, tuple)) and isinstance(right, (str, list, tuple))
                    and _weight(left) + _weight(right) > MAX_VALUE):
                raise TemplateLimitError(f"a value of more than {MAX_VALUE:,} characters or items")
        elif operator == "%" and isinstance(left, str):
            _check_percent(left, right)
        result = super().call_binop(context, operator, left, right)
        _weight(result)
        return result


def make_environment(root: Path | None = None) -> LimitedEnvironment:
    """The environment every campaign template renders in; ``root`` is the campaigns folder
    includes, imports and extends come from (none without it)."""
    return LimitedEnvironment(
        loader=CampaignLoader(root) if root else None,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text messages; the HTML preview escapes on its own
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_error(name: str, exc: BaseException, whom: str = "") -> CampaignError:
    """The :class:`CampaignError` (exit 2) for an error a template raised while rendering."""
    where = f"{name}{f' ({whom})' if whom else ''}"
    if isinstance(exc, TemplateLimitError):
        return CampaignError(f"{where}: template over its limits: {exc}", LIMITS_HINT)
    if isinstance(exc, jinja2.UndefinedError):
        return CampaignError(
            f"{where}: {exc.message}",
            "Template variables are contact, sender, personal_note and campaign; "
            "see `outreach campaigns show`.")
    if isinstance(exc, SecurityError):
        return CampaignError(f"{where}: not allowed in a template: {exc}")
    if isinstance(exc, jinja2.TemplateError):
        return CampaignError(f"{where}: {exc}")
    if isinstance(exc, RecursionError):
        return CampaignError(f"{where}: render error: recursion too deep (a macro calling "
                             "itself without end?)", LIMITS_HINT)
    if isinstance(exc, MemoryError):
        return CampaignError(f"{where}: render error: out of memory", LIMITS_HINT)
    return CampaignError(f"{where}: render error: {type(exc).__name__}: {exc}",
                         "Fix the template; `outreach campaigns check` renders it for a "
                         "sample person.")


def contact_vars(contact: Contact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in CONTACT_FIELDS}


class StepTemplates:
    """A step's compiled subject and body, rendered per contact."""

    def __init__(self, env: jinja2.Environment, body: str, body_name: str,
                 subject: str | None) -> None:
        self.body_name = body_name
        self.body = self._compile(env, body, body_name)
        self.subject = self._compile(env, subject, f"{body_name} (subject)") if subject else None

    @staticmethod
    def _compile(env, source: str, name: str) -> jinja2.Template:
        try:
            return env.from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise CampaignError(f"{name}:{exc.lineno}: template syntax error: {exc.message}") from exc
        except (RecursionError, MemoryError) as exc:
            raise CampaignError(f"{name}: template syntax error: nested too deeply") from exc

    def render(self, variables: Mapping[str, Any], whom: str = "") -> tuple[str | None, str]:
        """``(subject, body)``; ``whom`` (e.g. ``contact 12``) goes into a render error."""
        subject = self._render(self.subject, variables, f"{self.body_name} (subject)", whom)
        body = self._render(self.body, variables, self.body_name, whom)
        if subject is not None:
            subject = " ".join(subject.split())
        return subject, body.strip()

    @staticmethod
    def _render(template, variables, name: str, whom: str = "") -> str | None:
        if template is None:
            return None
        try:
            return template.render(**variables)
        except OutreachError:
            raise
        except Exception as exc:  # any error a template raises is the template's, exit 2
            raise render_error(name, exc, whom) from exc
