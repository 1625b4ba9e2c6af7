"""Another tool than the one the reader uses (R4): the record names the software, app or
platform the reader uses ("Usa el software Agendix", "Utilise le logiciel FleetOra") and the
message has them use another by name ("Vous utilisez Gestiflotte"), a name the record holds
nowhere, without naming the recorded one. Read only when the message has a verb of using and
the record a named tool after one."""

from __future__ import annotations

from .normalize import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


USE_VERBS = _words("""use uses using used usa usas usan usáis usamos usó utiliza utilizas
    utilizan utilizáis utilizó nutzt nutzen nutzte verwendet verwenden verwendete utilise
    utilisez utilisent utilisait utilisiez usi usate usano utilizza utilizzi utilizzate
    utilizzano usam utilizam utilizou usou""")
# What may stand between the verb and the name ("el software", "le logiciel", "die App").
_BETWEEN = _words("""the a an el la los las un una le les l un une die der das den dem ein
    eine il lo i gli o os as um uma software logiciel tool herramienta werkzeug outil
    strumento ferramenta app aplicación application applicazione aplicativo platform
    plataforma plattform plateforme piattaforma programa programm programme
    system sistema système systeme""")


def _tool_after(tokens: list, i: int) -> list:
    """The capitalized name after the verb at ``i`` (past up to three small words)."""
    n, clause, k = len(tokens), tokens[i].clause, i + 1
    while k < n and k - i <= 3 and tokens[k].fold in _BETWEEN and tokens[k].clause == clause:
        k += 1
    run = []
    while k < n and tokens[k].capital and not tokens[k].initial and tokens[k].clause == clause \
            and len(run) < 3:
        run.append(tokens[k])
        k += 1
    return run


def _recorded_tools(record) -> tuple[str, ...]:
    found = record.tools
    if found is None:
        found = ()
        written = record.written
        if not USE_VERBS.isdisjoint(fold(w) for w in written.split()):
            from .text import tokenize

            tokens = tokenize(written)
            found = tuple(written[run[0].start:run[-1].end]
                          for i, t in enumerate(tokens) if t.fold in USE_VERBS
                          for run in (_tool_after(tokens, i),) if run)
        record.tools = found
    return found


def tool_clash(text: str, tokens: list, personal: list[int], record, message_keys, exclude
               ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if USE_VERBS.isdisjoint(message_keys):
        return None
    recorded = _recorded_tools(record)
    if not recorded:
        return None
    folded = fold(text)
    if any(fold(tool) in folded for tool in recorded):
        return None
    for i in personal:
        if tokens[i].fold not in USE_VERBS:
            continue
        run = _tool_after(tokens, i)
        if not run or any(t.key in exclude or t.key in record.keys for t in run):
            continue
        return (text[run[0].start:run[-1].end],), (recorded[0],)
    return None
