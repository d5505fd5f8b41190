"""Text patterns that several stages share, compiled once. A pattern used by one stage lives beside it.

Name patterns use ``\\p{Lu}``/``\\p{Ll}`` (letters of any script) through :func:`analysis.actors.name_re`.
"""

from __future__ import annotations

import re

from ..actors import name_re
from .lexicon import alternation

QUOTE = '"'
#: A listener after 'told', 'briefed' …: 'reporters', 'a news conference', 'the UN Security Council', a name.
LISTENER = name_re(r"\s*(?:(?:reporters|journalists|media|the media|the press|lawmakers|legislators|parliament|"
                   r"interrogators|investigators|diplomats|envoys|counterparts|delegates|"
                   r"a\s+[\w\s-]{0,30}?(?:briefing|conference|meeting|session|interview|forum|hearing)|"
                   r"the\s+\w+(?:\s+\w+)?\s+(?:briefing|conference|meeting|session|council|committee)|"
                   r"(?:the\s+)?\p{Lu}[\w.&'-]*(?:\s+\p{Lu}[\w.&'-]*){0,3})\b)?"
                   r"(?:\s+(?:on|in|at(?!\s+(?:least|most)\b)|last|this)\s+\w+(?:\s+\w+)?)?\s*")
#: Participles continuing an utterance; a bare 'calling'/'describing' takes the label's object ('…, calling the
#: deployment "illegal"'; '…, describing its role as "…"'), 'claiming/insisting/arguing that' a further claim.
CONTINUATIONS = re.compile(r",\"?\s+(without\s+\w+ing|(?:declining|refusing)\s+to|calling(?:\s+(?:for|on))?|saying|stating|adding|"
                           r"noting|urging|warning|describing|claiming|insisting|arguing|condemning|criticizing|"
                           r"criticising|praising|accusing|denying|rejecting|demanding|dismissing|blaming|vowing|"
                           r"pledging|stressing|underscoring|highlighting|underlining|emphasizing|emphasising|repeating|reiterating|welcoming|expressing)\b",
                           re.IGNORECASE)
#: The words of a speech participle before its content ('saying that', 'calling').
SPEECH_PARTICIPLE = re.compile(r"(?:saying|stating|adding|noting|warning|calling(?!\s+(?:for|on)\b)|describing|claiming|"
                               r"insisting|arguing)(?:\s+(?:only|simply|merely))?(?:\s+that)?\s+", re.IGNORECASE)
#: ', with the top government spokesman warning that …': an absolute clause with a speaker of its own.
WITH_SPEAKER = re.compile(r",\"?\s+with\s+(?P<who>(?:the\s+|its\s+|his\s+|her\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,5}?)\s+"
                          r"(?P<cue>saying|warning|adding|noting|insisting|arguing|stressing|calling\s+(?:for|on)|urging)"
                          r"\b(?:\s+that\b)?\s*", re.IGNORECASE)
#: '… and 24 percent saying they disapprove': a second speaker of an absolute clause, after 'and'.
AND_WITH_SPEAKER = re.compile(r"\s+and\s+(?P<who>(?:the\s+|its\s+|his\s+|her\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,5}?)\s+"
                              r"(?P<cue>saying|warning|adding|noting|insisting|arguing|stressing|calling\s+(?:for|on)|"
                              r"urging)\b(?:\s+that\b)?\s*", re.IGNORECASE)
#: 'and', 'but' or 'yet' before a second verb of the same speaker ('dismissed the claim … and said …').
COORDINATED = re.compile(r",?\s+(?:and|but|yet)\s+(?:also\s+|then\s+)?$", re.IGNORECASE)
#: ', who' or ', which' right before a cue: the cue belongs to the one named before the comma.
RELATIVE_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
#: ', who has (long) questioned …': the outlet describing someone's record in passing, not an utterance.
RECORD_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:has|have|had)\s+(?:long\s+|\w+ly\s+|also\s+)?$", re.IGNORECASE)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"   # an alternation for the patterns below
#: A time or a frequency adverb ('on Monday', 'earlier', 'again').
WEEKDAY_TIME = re.compile(rf"\s*(?:(?:on|last|this|late|early|earlier)\s+)?(?:{WEEKDAYS}|"
                          r"today|yesterday|earlier|later|previously|again|also|repeatedly)\b")
#: An adjunct opening: a preposition, a time, a participle ('at a briefing', 'citing', 'without').
ADJUNCT_START = re.compile(r"\s*(?:on|in|at|during|after|before|via|through|from|with|while|when|as|last|this|"
                           r"to|late|early|earlier|later|citing|according|asking|speaking|without|following)\b",
                           re.IGNORECASE)
#: A time adverbial is never a name ('On Sunday, the NIS said' is not a person 'On Sunday').
TIME_WORDS = re.compile(r"^(?:On|In|At|Last|This|Next|Earlier|Later|During|After|Before|Since|Meanwhile|Separately|"
                        rf"However|Also|But|And)\b|\b(?:{WEEKDAYS}|"
                        r"January|February|March|April|June|July|August|September|October|November|December)\b")
#: Two to four capitalised words or initials ('Victor Cha', 'J. D. Vance').
CAPITALISED_NAME = name_re(r"^(?:[^\W\d_][\w'-]+|\p{Lu}\.)(?:\s+(?:[^\W\d_][\w'-]+|\p{Lu}\.)){1,3}$")
#: Plural nouns for several officials: a group, never one person named before.
PLURAL_ROLE = re.compile(rf"\b{alternation('plural_roles')}\b", re.IGNORECASE)
#: A document standing for its issuer ('The statement said ...', 'The communique noted ...').
DOCUMENTS = alternation("document_nouns")
DOCUMENT_NOUN = re.compile(
    r"(?:the|this|that|its|their|his|her)?\s*(?:(?:joint|written|official|formal|new|latest|lengthy|brief|same)\s+)?"
    + DOCUMENTS, re.IGNORECASE)
#: An occasion of speaking: 'a heated Security Council meeting', 'the weekly briefing'.
VENUE = rf"(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}?{alternation('venue_nouns')}"
