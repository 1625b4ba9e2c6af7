"""The built-in customization policy: refuse every message not written for its reader.

A message is customized when a reader could tell it was written for them: it names a
specific detail about them or how the sender knows them, and the contact's record (notes,
headline, interests) confirms it. Names, company and title never count: any mail merge fills
them in. Each file does one thing:

* :mod:`.normalize`, :mod:`.text` - folding, tokens, clauses, language, stems;
* :mod:`.cjk` - Chinese, Japanese and Korean: character bigrams instead of words, their stop
  words, generic words and cues (no segmenter, no dictionary);
* :mod:`.lexicon` - stop words, generic words, cues, built-in boilerplate (multilingual data);
* :mod:`.identity` - merge fields (recipient and sender) and masking them;
* :mod:`.placeholders` - unfilled merge syntax of any style;
* :mod:`.phrases` - platform default notes and generic boilerplate;
* :mod:`.template` - shared template text versus each draft's personal part;
* :mod:`.record`, :mod:`.details` - the contact's record and matching details against it:
  what is confirmed, what is vague, what the record contradicts (the wrong venue, place,
  edition or name, loving what the reader complained about), interest tags pasted as a list;
* :mod:`.topics` - what a talk, post or conversation was about, to catch a wrong subject;
* :mod:`.facts` - the year, figure or kind a matched detail comes with ("the 2021 qualifiers"
  for the 2023 ones, "100K" for "50K", "陶艺课" for "书法课"), and a capitalized adjective
  matched alone ("Victorian"), which is a loose word, not a name;
* :mod:`.quantities` - a number of any shape tied to a recorded word ("3,000명", "12 mil",
  "15 June", "phase 2", "12英寸", "4x100") that the record gives otherwise;
* :mod:`.placings` - a better result than the record gives ("congrats on winning the
  Northern Clash" when the notes say the team finished second, "優勝" for "準優勝");
* :mod:`.cjk_facts` - the place of an occasion and the subject of a talk in Chinese,
  Japanese and Korean, read from the few shapes that attach them;
* :mod:`.crosslang` - notes in one language, message in another: what survives translation
  (scaled numbers and decades, a small topic gloss, cognates, Hangul names) and a figure
  translated wrongly;
* :mod:`.greeting` - a greeting rendered from a first name that is not a name;
* :mod:`.duplicates` - near-duplicates across a batch, without comparing all pairs;
* :mod:`.introduction` - does a first message say who is writing;
* :mod:`.analysis` - all of the above once per batch, shared by the checks;
* :mod:`.parallel` - a big batch's analysis and checks shared by several processes;
* :mod:`.checks` - the checks themselves: codes, severities, messages with fixes.

A regular install compiles these modules with Cython (see setup.py); an editable one runs
them as source. Either way the verdicts are the same: :func:`compiled` tells which runs.
"""

from importlib.machinery import EXTENSION_SUFFIXES

from . import analysis
from .checks import builtin_checks

__all__ = ["builtin_checks", "compiled"]


def compiled() -> bool:
    """Whether the policy runs as the Cython build of these modules (faster, same verdicts)."""
    return (analysis.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
