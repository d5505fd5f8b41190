"""Who says what: direct, partial and indirect quotes, reported positions and silence.

``find_utterances(doc)`` returns one :class:`Utterance` per thing a speaker said, was reported
to think, or declined to say: the content span (offsets into ``doc.text``), the speaker, the actor
they speak for (from the actor registry), the mode, the cue words and the rule (``method``).

Modes and the decisions behind them
-----------------------------------
* ``direct``: a full quotation. Its span is the quoted words without the marks. Attributed by the
  words after it (``quote:quote-first`` '"…," Blinken told media'; ``quote:verb-first`` '"…," said
  Blinken'), before it (``quote:speaker-first`` 'Blinken said: "…"'), or as the continuation of a
  quotation already attributed (``quote:continuation``: a second quoted sentence, a split quote
  '"…," she said, "…"', or paragraphs that open a quotation without closing it, attributed by the
  paragraph that finally closes it).
* ``indirect``: reported speech ("X said (that) …", "…, X warned", "according to X", "X urged Y to …",
  passives "… was announced by X", "X was quoted as saying …"). Verbs whose object is the message
  ("condemned the deployment", "urged restraint") keep the verb in the content.
* ``partial``: an indirect utterance whose content holds a quoted fragment
  ('Blinken also said Biden was "committed to …"'): ONE row, mode ``partial``; the fragment is
  not a separate row.
* ``reported``: attitudes and cognition ("X fears …", "X expressed concerns …", "X is confident …").
* ``silence``: "declined to answer …", "has not commented …", "without addressing …", "referred
  questions to …", "did not deny …"; the content is the cue with its object.

Further decisions: a participle after an utterance ("…, calling for …", "…, saying …", "…, adding
that …") is a further ``indirect`` row of the same speaker; a statement by several governments
("both the United States and South Korea confirmed …") gives one row per government with the
same span (``method`` ends in ``+joint``); a cue of another speaker inside reported content
('Guterres is deeply concerned …, his spokesman said') gives its own row as well; a news agency or
"according to" that only credits where an already attributed statement came from ('…, Yonhap
reported'; '… believes …, according to the lawmakers') gives no row.

Round 4 (v4): a document speaks for whoever issued it ('The statement said …'; 'It noted …' then refers
back); a cue after ', who' belongs to the person named before it; a cue nested in reported content
takes its subject after the outer verb ('Lee said the agency believed …') unless it is a pronoun for
the same speaker ('said it had confirmed that …'), and a third party's '<X> says that …' inside a
quotation gives X a row; content ends at ', while <speaker> <verb>', at ', with <speaker> warning …'
(a row of its own) and before a trailing 'at a … meeting'; refusals worded as participles
('…, declining to say whether …') are silences; 'In her view, …' is the view of the person referred to.

Round 5 (v5): two verbs joined by 'and' are two rows ('dismissed the claim as "a fairy tale" and said …');
'Neither X nor Y has acknowledged …' is a silence of each, and an outlet's unanswered request ('The BBC asked
the embassy … but did not receive a reply') a silence of the one asked (the outlet is no speaker); 'Both leaders'
are the two persons named before, 'one of the diplomats' a member of the group named before, with its actor;
'known as the SBU' names the agency again, so a captive's words inside the agency's account give both rows; a
participle after a postposed verb is a row too, also past a time or setting ('…, Hayashi said Friday, warning
that …'); cue words in scare quotes still report an attitude ('Guterres is "deeply troubled" by …'); a
government title without a country on a name the registry does not know takes the dateline's country, else
the speakers' ('Presidential spokesperson Kang Yu-jung'); '<A> quoted <B> as saying' is B's; a title before two
names describes both; a country ending a longer name ('RBC Ukraine') and a time adverbial are no speakers;
reduced passives ('troops believed to be in Russia'), nouns before of/from ('reports from Kyiv') and 'what he
called' are no cues; content ends at ', after/as <speaker> <verb>'. Spelling variants of registered names
('Zelensky') resolve through ``actors.yml``; the speaker column gives the registry's spelling.

Round 6 (v6): a bare participle after an utterance is a row of its own ('…, calling the deployment "…"', 'describing
… as', 'claiming that'); an outlet crediting a narrated act ('Kim awarded …, calling them "…," state media reported')
gives the participle to the person opening the sentence and no row to the outlet; a sentence-final 'according to'
after a direct quotation gives no row; the object of a silence is no speech ('declined to comment on reports that
…'); 'would not be drawn', 'has never (publicly) mentioned/acknowledged', 'left without comment', 'an evasive
answer' are silences; a relative clause between speaker and verb is read past ('The official, who spoke on
condition of anonymity …, said'); an anonymity request ('asked not to be named') is no cue; 'the two'/'both' after
'X spoke with Y' are those two ('agreed that' is a cue); a coordinated clause's own subject never falls back to the
clause before; a quoted attitude inside reported words is a row when it takes a that-clause or is another person's
('said the US was "concerned" that …'; 'said Guterres was "deeply concerned" by …'), never the speaker's own
government concerned by a thing; a base-form verb inside what was demanded is no utterance ('demanded that Russia
say whether …'); content ends at ', at a … session'; a quoted question closing its sentence is attributed by the
lower-case words after it; title-case datelines with a bracketed agency ('Washington (CNN) - ') are boilerplate.

Round 7 (v7): a pronoun or a same-head description prefers the latest speaker known only by a title or description
('A commander of a special operations unit told …. "…," he said'; 'the diplomat' after 'One senior EU diplomat'),
never a plural group; a described speaker with a restrictive relative clause is the description ('A former officer
who defected in 2019 and now works with … said'), and a former official speaks for no government; a registered person
ending a title the registry reads as a body ('Russian Security Council Secretary Sergei Shoigu', 'X and his South
Korean counterpart Cho Tae-yul confirmed' -> a row each), and a title after words the registry does not know ('Kursk
Region Governor X'; a governor is a government title, the context gives the country) name that person; an indefinite
apposition after a name only describes it ('Rep. Yu … of the ruling party, a former army officer, called on'); a
withheld source or a refusal to speculate in a second clause is a silence ('…, but did not give a source for the
figure'; 'said … but would not speculate on'); a speech participle after a narrated act is said by the person opening
the sentence ('Rutte struck a similar tone, telling reporters that …'); a quoted attitude about an embedded question
is a row ('the UK was "deeply worried" about what …'); 'said separately it had confirmed' is the speaker's own act;
a standfirst (a summary line with no sentence end under the headline) is boilerplate.

Other events (v8): the registry knows only some owners, and one it lacks never hands the speaker to an earlier one.
A possessive or adjective naming a place or proper noun the registry lacks before a title ("Freedonia's foreign
minister", "Acme Corp's spokesman", 'the Freedonian foreign ministry') is a new speaker with actor ""; 'its/their
<title>' belongs to the nearest state or body named before it in the same sentence ('China abstained, and its envoy
said' -> CHN; actor "" when that nearest owner is a proper name the registry lacks), else refers back as before; an
indefinite person the registry lacks ('A café owner in Port-au-Prince', 'one retired teacher') speaks for no government,
and a capital after in/from/near only says where a speaker is (only a government noun joined to it in the registry,
'the government in Kyiv', speaks for it); a capitalised name ending in a word for an organisation or a country that
the registry lacks ('Acme Corp said', 'The Freedonian Republic said') speaks for no government, and 'It added' is
it; a bare surname of a person the document named after a title ('Harris' after 'spokesman Tom Harris') is that
person, not a registered namesake. A bare full name the registry lacks ('Ivan Petrov said', '"…," Maria Kovacs told') is
a person with actor "" (an apposition still gives a government: 'Ivan Petrov, a Ukrainian army spokesman,'), and its
bare surname later is that person, even before the name has spoken in the paragraph; it needs two to four capitalised
words (particles, hyphens, apostrophes, any script), none a time, title, place, outlet or group word, none written in
lower case elsewhere in the document, none the registry knows, so 'Sudzha said', 'Sky News said', 'Officials said'
stay as they were; a registered name opening a longer one ('Jean-Pierre Dubois') is someone else.

Round 9 (v9, tuned on heldout8): an explicit place or body beats the dateline, which beats earlier speakers. A title
on a name the registry lacks takes the state or organisation its title names, whatever the title ('UN humanitarian
chief X' -> UN; 'of/at/for X' after the name too, never words after a verb: 'met the officers'); a government title
(now also an army chief) else takes a place opening the sentence ('In Nairobi, President X' -> KEN, 'In Islamabad, …'
beats a NEW DELHI dateline), else the dateline, else an earlier speaker's state (never an organisation's: a UN
official is no country's context). Datelines may end in a colon or an em dash ('NEW DELHI:', 'PORT-AU-PRINCE, Haiti
(AP) —', also after a caption line) and a city the registry lacks gives way to the country after it (not 'UNITED
NATIONS, United States'). Unregistered government nouns and officials ('the foreign ministry', 'a senior defence
official') take the place or dateline before an earlier speaker's country; 'Government sources in New Delhi' speak
for that state, other plural speakers in a capital only say where they are.

The cue words come from ``resources/speech_verbs.yml``. Speakers are resolved with the actor
registry; pronouns (he, she, it, they, him), surnames ("Wang" after "Wang Yi") and descriptions
("the spokesman", "the NATO chief", "the agency") link to the most recent compatible speaker in the
document (then to persons mentioned earlier). Boilerplate sentences (headlines, link blocks,
credits) and narration yield nothing. Unbalanced quotation marks never raise: an unclosed
quotation runs to the end of its paragraph and is only attributed when words around it say who.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from .actors import _NAME_NEXT, _NAME_WORD, _NOT_NAMES, Registry, SpeakerInfo, load_registry, name_re, trie_pattern
from .corpus import Document
from .text import Sentence, sentences as doc_sentences  # not text.split_sentences (spans of a string)

QUOTE = '"'
MAX_SPEAKER_WORDS = 14
SUBJECT_PRONOUNS = {"he": "m", "she": "f", "they": "", "it": ""}
OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "", "it": ""}
#: Titles of a national government's offices: with a person the registry does not know and no country named,
#: the context says whose ('Presidential spokesperson Kang Yu-jung').
GOVERNMENT_ROLES = frozenset({"spokesperson", "head_of_state", "head_of_government", "foreign_minister",
                              "defence_minister", "security_adviser", "minister", "intelligence", "military"})
#: ' in New Delhi' after a speaker phrase: where the speaker is.
IN_PLACE_AFTER = name_re(r"\s+in\s+\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}")
#: A place opening a sentence ('In Nairobi, President William Ruto told …'): where the speaker acts for.
SENTENCE_PLACE = name_re(r"\s*(?:In|From)\s+(?P<place>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}),")
#: Nouns that refer back to an institution already speaking ("The agency said ...").
ANAPHORIC_NOUNS = re.compile(r"^(?:the\s+)?(?:agency|ministry|department|office|service|committee|council|government|"
                             r"alliance|bloc|organi[sz]ation|body|administration)$", re.IGNORECASE)

CLAUSE_BOUNDARY = re.compile(
    r"(?:^|[;:]|,|\b(?:that|(?<!known )(?<!such )(?<!referred to )as|after|before|when|while|because|since|and then|but|although|whereas|where|if)\b)\s*",
    re.IGNORECASE)
LEADING_FILLER = re.compile(
    r"^(?:(?:on|last|earlier|later|in|at|during|meanwhile|separately|however|also|but|and|yet|so|still|"
    r"this|next|on\s+\w+day)\b[^,]*?,\s*)+", re.IGNORECASE)
TRAILING_FILLER = re.compile(
    r"(?:\s+(?:also|again|later|earlier|previously|repeatedly|further|then|has|have|had|would|will|strongly|"
    r"firmly|sharply|publicly|separately|reportedly|now|too|once|on\s+\w+|last\s+\w+|this\s+\w+|in\s+\w+|"
    r"at\s+\w+(?:\s+\w+)?))+$",
    re.IGNORECASE)
PARENTHETICAL = re.compile(r"^(?:however|meanwhile|though|too|also|in turn|in response|for (?:his|her|its|their) part|"
                           r"in a statement|separately|instead|nevertheless)$", re.IGNORECASE)
PARTICIPIAL_LEAD = re.compile(r"^\s*(?:when\s+)?(?:asked|speaking|commenting|responding|answering|referring|"
                              r"addressing|writing|meeting|talking)\b", re.IGNORECASE)
#: Participles continuing an utterance; a bare 'calling'/'describing' takes the label's object ('…, calling the
#: deployment "illegal"'; '…, describing its role as "…"'), 'claiming/insisting/arguing that' a further claim.
CONTINUATIONS = re.compile(r",\s+(without\s+\w+ing|(?:declining|refusing)\s+to|calling(?:\s+(?:for|on))?|saying|adding|"
                           r"noting|urging|warning|describing|claiming|insisting|arguing)\b",
                           re.IGNORECASE)
SPEECH_PARTICIPLE = re.compile(r"(?:saying|adding|noting|warning|calling(?!\s+(?:for|on)\b)|describing|claiming|"
                               r"insisting|arguing)(?:\s+(?:only|simply|merely))?(?:\s+that)?\s+", re.IGNORECASE)
#: Silences worded as a participle after an utterance: '..., he said, declining to say whether ...'.
SILENT_PARTICIPLE = re.compile(r"without|declining|refusing", re.IGNORECASE)
LISTENER = name_re(r"\s*(?:(?:reporters|journalists|media|the media|the press|lawmakers|legislators|parliament|"
                      r"interrogators|investigators|diplomats|envoys|counterparts|delegates|"
                      r"a\s+[\w\s-]{0,30}?(?:briefing|conference|meeting|session|interview|forum|hearing)|"
                      r"the\s+\w+(?:\s+\w+)?\s+(?:briefing|conference|meeting|session|council|committee)|"
                      r"(?:the\s+)?\p{Lu}[\w.&'-]*(?:\s+\p{Lu}[\w.&'-]*){0,3})\b)?"
                      r"(?:\s+(?:on|in|at(?!\s+(?:least|most)\b)|last|this)\s+\w+(?:\s+\w+)?)?\s*")
#: Verbs with a listener before the message ('told reporters that', 'notified the Russian side that').
LISTENER_VERBS = frozenset({"tell", "brief", "inform", "notify"})
LISTENER_THAT = re.compile(r"\s+(?:[\w.'-]+\s+){1,6}?that\b")
#: Nouns for a document that speaks for whoever issued it.
_DOCUMENTS = (r"(?:statement|communiqu[eé]|declaration|editorial|commentary|letter|message|readout|press release|report|"
              r"resolution|notice|dispatch|article)")
#: A document standing for its issuer ('The statement said ...', 'The communique noted ...').
DOCUMENT_NOUN = re.compile(
    r"(?:the|this|that|its|their|his|her)?\s*(?:(?:joint|written|official|formal|new|latest|lengthy|brief|same)\s+)?"
    + _DOCUMENTS, re.IGNORECASE)
#: 'The Central Military Commission issued a written statement': who issued which document.
ISSUED = re.compile(
    r"\b(?:issued|released|published|adopted|put out|sent|delivered|read out|carried|ran)\s+(?:a|an|its|the|their|his|"
    rf"her)\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENTS}s?\b", re.IGNORECASE)
#: 'was quoted by the statement as saying', 'were cited by state media as saying'.
QUOTED_BY = re.compile(r"\b(?:was|were)\s+(?:quoted|cited)\s+(?:by|in)\s+[^,.;:\"]{2,60}?\s+as\s+saying\b")
#: ', while Moscow's envoy dismissed …': a contrasting clause of another speaker ends the content.
CONTRAST = re.compile(r",\s+(?:while|whereas|after|as|even as|before)\s+", re.IGNORECASE)
#: ', with the top government spokesman warning that …': an absolute clause with a speaker of its own.
WITH_SPEAKER = re.compile(r",\s+with\s+(?P<who>(?:the\s+|its\s+|his\s+|her\s+)?[\w.'-]+(?:\s+[\w.'-]+){0,5}?)\s+"
                          r"(?P<cue>saying|warning|adding|noting|insisting|arguing|stressing|calling\s+(?:for|on)|urging)"
                          r"\b(?:\s+that\b)?\s*", re.IGNORECASE)
#: An occasion of speaking: 'a heated Security Council meeting', 'the weekly briefing'.
_VENUE = (r"(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?(?:meeting|session|briefing|conference|summit|hearing|forum|"
          r"interview|ceremony|rally|debate)")
#: Where it was said, after the message: '… at a heated Security Council meeting'.
TRAILING_SETTING = re.compile(rf"\s+(?:at|during|in)\s+{_VENUE}$", re.IGNORECASE)
#: ', at a tense Security Council session called by …': where it was said, after a comma, ends the content.
SETTING_AFTER_COMMA = re.compile(rf",\s+(?:at|during)\s+{_VENUE}\b", re.IGNORECASE)
#: Verbs asking for speech: 'demanded that Russia say whether …' (the base form 'say' is asked for, not said).
MANDATIVE = frozenset({"demand", "urge", "call", "ask", "insist"})
#: 'Neither Moscow nor Pyongyang has (officially) acknowledged …': a silence of each party.
NEITHER = re.compile(r"\b[Nn]either\s+(?P<a>[\w.'-]+(?:\s+[\w.'-]+){0,4}?)\s+nor\s+(?P<b>[\w.'-]+(?:\s+[\w.'-]+){0,4}?)"
                     r"(?:\s*,[^,]{0,80},)?(?P<verb>\s+(?:(?:has|have|had|did|does|do|would|will|could)\s+)?"
                     r"(?:(?:yet|so far|ever)\s+)?(?:\w+ly\s+)?)$")
#: 'The BBC asked the Russian embassy … but did not receive a reply': a silence of the one asked.
UNANSWERED = re.compile(
    r"\b(?:asked|contacted|approached|reached out to|sought comment from|requested comment from)\s+"
    r"(?P<whom>(?:the\s+)?[^,.;]+?)(?:\s+(?:about|on|for|over|regarding|whether|if|to)\b[^.;]*?)?,?\s+but\s+"
    r"(?P<silence>(?:did not|didn't|has not|had not|have not)\s+(?:yet\s+)?(?:receive|get)\s+(?:a|an|any)\s+"
    r"(?:reply|response|answer)|(?:received|got)\s+no\s+(?:reply|response|answer))", re.IGNORECASE)
#: 'Lee quoted the spy agency as saying (that) …': the words are the agency's; whoever quotes only passes them on.
QUOTED_AS = re.compile(r"(?<!was )(?<!were )(?<!been )\b(?:quoted|cited)\s+"
                       r"(?P<whom>(?!(?:as|by|in)\b)[^,.;:\"]{2,60}?)\s+as\s+(?:saying|telling\s+\w+)(?:\s+that\b)?\s*")
#: 'Guterres is "deeply troubled" by …': an attitude whose cue words are themselves quoted.
QUOTED_ATTITUDE = re.compile(r"\b(?:is|are|was|were|remains|remain)\s+\"\s*(?:(?:deeply|gravely|seriously|very|extremely|"
                             r"increasingly)\s+)?(?:concerned|troubled|alarmed|worried|disturbed)\s*\"\s+"
                             r"(?:by|about|over|at|with|that)\s+", re.IGNORECASE)
#: 'one of the diplomats', 'One of the two men': one member of a group, maybe named before ('Two EU diplomats').
ONE_OF = re.compile(r"(?:one|another|each|either)\s+of\s+(?:the|those|these|its|their)\s+(?:(?:two|three|four|\w+ed)\s+)?"
                    r"(?P<noun>[a-z][\w-]*s|men|women|people)", re.IGNORECASE)
#: 'Both leaders', 'The two ministers', 'the two' (after 'X spoke by phone with Y'): the last two persons named before.
BOTH_PERSONS = re.compile(r"(?:both|the two)(?:\s+(?:\w+\s+)?(?:leaders|ministers|presidents|men|women|officials|envoys|"
                          r"diplomats|sides|heads of state))?", re.IGNORECASE)
PROPER_NAME = name_re(r"(?:[Tt]he\s+)?\p{Lu}[\w'.-]*(?:\s+(?:\p{Lu}[\w'.-]*|of|the|and|for|on))*")
PLURAL_ROLE = re.compile(r"\b(?:officials|diplomats|sources|aides|ministers|envoys|lawmakers|authorities|officers|"
                         r"commanders|leaders|representatives|spokespeople|spokespersons|negotiators)\b", re.IGNORECASE)
#: A described speaker with a restrictive relative clause before the verb: the description alone says who.
RESTRICTIVE_RELATIVE = re.compile(r"((?:a|an|one|another|the)\s+[^,;\"]*?)\s+who\s", re.IGNORECASE)
#: Capitalised words before a title that the registry does not know ('Kursk Region Governor …').
TITLE_QUALIFIER = name_re(r"(?:\p{Lu}[\w'-]+\s+){1,3}(?=\p{Lu}\p{Ll}+\s+\p{Lu})")
#: 'In her view, …', 'In his opinion, …': the view of the person referred to.
IN_VIEW = re.compile(r"\s*In\s+(?P<owner>his|her|its|their)\s+(?:view|opinion|assessment|words)\s*,\s*", re.IGNORECASE)
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: 'its envoy', 'their spokesman', 'his aide': a title owned by someone named earlier in the same sentence.
POSSESSED_TITLE = re.compile(r"(?:and\s+|but\s+)?(?P<owner>its|their|his|her)\s+\S", re.IGNORECASE)
#: A proper name the registry does not know that may own 'its envoy': inside the sentence, or opening it before a
#: verb ('Freedonia abstained, and its envoy said'; 'The Acme Group, which …, said its spokesman …').
UNKNOWN_OWNER = name_re(r"(?:(?<=[a-z,;]\s)|^\s*(?:[Tt]he\s+)?(?=\p{Lu}[\w'&.-]*(?:\s+\p{Lu}[\w'&.-]*)*\s+(?:\w+ed|"
                           r"has|had|was|is|did|does|would|will)\b))(?P<name>\p{Lu}[\w'&.-]*(?:\s+\p{Lu}[\w'&.-]*)*)")
#: A place after a preposition ('voted in New York') owns nothing.
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|on|into|across|over|around|inside|outside|during|until|since)\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
#: 'A café owner in Port-au-Prince': a place after a preposition only says where the speaker is, never who.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|from|near|outside|inside|across|around|throughout)\s+(?:the\s+)?$",
                             re.IGNORECASE)
#: 'A café owner in Port-au-Prince', 'one young mother of three': an indefinite person the registry does not know
#: (a common noun heading it, maybe a place or group after it) speaks for no government.
INDEFINITE_PERSON = re.compile(r"(?:a|an|one|another)\s+(?:[\w'-]+\s+){0,3}?(?P<head>[a-z][\w-]*[a-z])"
                               r"(?:\s+(?:in|from|at|of|near|outside|with|on|for)\s+[^,;:\"]{2,60})?", re.IGNORECASE)
HUMAN_NOUNS = frozenset(
    "man woman person child boy girl mother father parent son daughter wife husband sister brother uncle aunt cousin "
    "nephew niece widow orphan youth teenager adult elder student resident owner nurse teacher farmer vendor trader "
    "worker mechanic priest pastor imam monk nun cook chef guard medic paramedic surgeon veteran victim survivor "
    "tourist pilgrim migrant neighbour neighbor friend colleague staffer clerk merchant shopkeeper shopper customer "
    "passenger commuter voter retiree pensioner grandmother grandfather villager local parishioner entrepreneur "
    "engineer lawyer doctor mayor executive".split())
#: Endings of nouns for people ('shopkeeper', 'vendor', 'economist', 'technician', 'fisherman', 'migrant',
#: 'detainee'), minus the common things that end the same way.
HUMAN_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|ant|ee)$")
NOT_HUMAN = frozenset(
    "letter paper order number chapter poster banner flyer charter register border computer answer matter newsletter "
    "cover filter power center centre cluster folder water weather trailer container corner layer parameter meter "
    "motor sector factor mirror floor door error reactor indicator tractor terror color colour major honor honour "
    "humor labor labour harbor vapor rumor rumour list checklist playlist twist wrist mist fist gist plant grant "
    "warrant implant restaurant committee coffee degree decree guarantee fee tree knee jubilee tower river shelter "
    "cancer helicopter dollar calendar barrier bunker tanker carrier launcher sticker marker printer server "
    "transcript statement document report video tweet post caption manifesto leaflet photo".split())
#: 'Acme Corp', 'The Freedonian Republic': a capitalised name ending in a word for an organisation or a country.
ORGANISATION_NAME = name_re(
    r"(?:[Tt]he\s+)?\p{Lu}[\w&.'-]*(?:\s+(?:\p{Lu}[\w&.'-]*|of|for|and|on|the|de)){0,6}?\s+"
    r"(?:Republic|Kingdom|Federation|Union|Emirates|States|Islands|Corp\.?|Corporation|Inc\.?|Ltd\.?|LLC|Group|"
    r"Company|Co\.|Holdings|Bank|Fund|Institute|Foundation|Association|Society|Party|Front|Movement|Council|"
    r"Committee|Commission|Agency|Authority|Ministry|Department|Alliance|Coalition|Court|Tribunal|Assembly|"
    r"Parliament|Organi[sz]ation|Network|Secretariat|Programme|Program|Initiative|University|Church|Cross|"
    r"Crescent|Airlines|Airways|Industries|Partners|Board|Bureau|League|Community|Caucus|Federation|Forces|Army)")
#: A relative clause between the speaker and the verb: 'The official, who spoke on condition of anonymity, said'.
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\s[^,;\"]*,\s*$", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"   # an alternation for the patterns below
WEEKDAY_TIME = re.compile(rf"\s*(?:(?:on|last|this|late|early|earlier)\s+)?(?:{WEEKDAYS}|"
                          r"today|yesterday|earlier|later|previously|again|also|repeatedly)\b")
ADJUNCT_START = re.compile(r"\s*(?:on|in|at|during|after|before|via|through|from|with|while|when|as|last|this|"
                           r"to|late|early|earlier|later|citing|according|asking|speaking|without|following)\b",
                           re.IGNORECASE)
SUBORDINATE_START = re.compile(r"\s*(?:after|before|when|while|as|following|citing|asking|speaking|without|"
                               r"according|amid|despite|because|since)\b", re.IGNORECASE)
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|these|those|this|that|such|its|his|her|their|our|my|your|media|news|press|recent|new|"
    r"about|of|on|over|amid|despite|following|with|by|unconfirmed|initial|first|latest|some|many|several|no|"
    r"any|and|or|to|for|from|in|into|satellite|so-called|(?-i:[a-z]{2,}ing))|'s)\s*$", re.IGNORECASE)
NOUN_MODIFIERS = frozenset({"media", "news", "press"})   # in DETERMINER_BEFORE: nouns, not determiners
PAST_FORM = re.compile(r"said|thought|\w+ed")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s*$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+tanks?\b", re.IGNORECASE)
ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|that\s+(?:his|her|their)\s+name)\b",
                       re.IGNORECASE)
#: Words right after a cue, matched in place (the cue scan runs over the whole document: no slices of its rest).
THAT_AFTER = re.compile(r"\s+that\b")
NOUN_OF_AFTER = re.compile(r"\s+(?:of|from|about)\b")   # 'reports from Ukraine', 'claims of casualties'
TO_AFTER = re.compile(r"\s+to\b")
REDUCED_PASSIVE = re.compile(r"\s+to\s+(?:be|have|show|include|number|total|involve|contain|belong|originate)\b")
AGENTLESS_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|could|can|must|might|may|should|cannot|to)\s+(?:not\s+)?$", re.I)
ACCORDING_TO = re.compile(r"\baccording to\s+", re.IGNORECASE)
THAT_SKIP = name_re(r"(?:\s+(?:by\s+\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,3}|(?:on|last|this|in|at|during|after|"
                       r"with|before|from|to|earlier|again|also|late|early)\b(?:\s+(?!that\b)[\w.'-]+){0,6}?(?=\s+that\b)|"
                       r"(?:on|last|this)\s+\w+(?:\s+\d+)?|earlier|again|also|separately|publicly|privately|later|"
                       rf"{WEEKDAYS}|today|yesterday))*\s*(?:that\b|,|:)?\s*")
WHEN_ASKED = re.compile(r"\s+(?:when|after|as|while)\s+(?:asked|questioned|pressed)\b", re.IGNORECASE)
TRANSCRIPT_LABEL = name_re(r"(\p{Lu}[\w.'-]*(?:\s+\p{Lu}[\w.'-]*){0,3}):\s+(?=\S)")
COORDINATED = re.compile(r",?\s+(?:and|but|yet)\s+(?:also\s+|then\s+)?$", re.IGNORECASE)
CAPITALISED_NAME = name_re(r"^(?:[^\W\d_][\w'-]+|\p{Lu}\.)(?:\s+(?:[^\W\d_][\w'-]+|\p{Lu}\.)){1,3}$")
#: A time adverbial is never a name ('On Sunday, the NIS said' is not a person 'On Sunday').
TIME_WORDS = re.compile(r"^(?:On|In|At|Last|This|Next|Earlier|Later|During|After|Before|Since|Meanwhile|Separately|"
                        rf"However|Also|But|And)\b|\b(?:{WEEKDAYS}|"
                        r"January|February|March|April|June|July|August|September|October|November|December)\b")
#: 'denounced what he called inaction': a label inside the content, no cue.
WHAT_LABEL = name_re(r"\bwhat\s+(?:he|she|they|it|\p{Lu}[\w.'-]*)\s*$")
#: A surname or a two-word name ('Wang', 'Cho Tae-yul'), and a single capitalised word ('Harris').
SURNAME_PHRASE = name_re(r"\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)?")
SINGLE_NAME = name_re(r"\p{Lu}[\w'-]+")
#: Capitalised words right before a registered place ('RBC Ukraine': the country ends a longer name).
CAPITALISED_BEFORE = name_re(r"\b\p{Lu}[\w.&'-]*(?:\s+\p{Lu}[\w.&'-]*)*\s+$")
#: Up to three capitalised words before a name opening a sentence ('Unification Minister Chung').
TITLE_WORDS = name_re(r"(?:\p{Lu}[\w.'-]*\s+){0,3}")
#: A dateline's place: 'SEOUL, Oct. 29 (Yonhap) --', 'NEW DELHI:', 'PORT-AU-PRINCE, Haiti (AP) —' (city, country).
DATELINE_PLACE = name_re(r"\s*(\p{Lu}[\w .'-]*?)\s*(?:,\s*(\p{Lu}[\w .'-]*?)\s*(?=[,(]|\s-|\s\u2014|$))?"
                         r"\s*(?:,|\(|--|:|\s-\s|\u2014|\u2013|$)")
NAME_PARTICLES = {"de", "von", "der", "van", "bin", "al", "la", "le", "da", "di"}
#: 'Ivan Petrov', 'Maria de la Cruz', 'Ahmed al-Sharaa': two to four capitalised words (particles between) the registry
#: lacks, read as a person only when nothing else reads them and no word of them is a common word (see below).
PERSON_NAME = name_re(rf"{_NAME_WORD}{_NAME_NEXT}{{1,3}}")
#: Capitalised words that are no part of a personal name ('Local Residents', 'Sky News', 'Human Rights Watch').
NOT_PERSON_WORDS = _NOT_NAMES | frozenset(
    "News Press Times Post Media Radio Television Daily Journal Herald Telegraph Guardian Independent Watch Tribune "
    "International Global National Local State Regional Federal Central General Human Rights Police Officials Sources "
    "Reports Residents Witnesses Analysts Experts Observers Critics Officers Soldiers Troops Staff Service Services "
    "Office Government Administration Mayor Governor Minister Deputy President Chief Head Spokesman Spokeswoman "
    "Spokesperson Secretary Director Commander General Colonel Captain Major Lieutenant Sergeant Doctor Professor "
    "Senator Representative Ambassador Envoy Prime Foreign Defence Defense Interior Justice Energy Health Emergency "
    "Emergencies Security Intelligence Military Navy Air Naval Border Guard Coast Red Green Blue White Black North "
    "South East West Northern Southern Eastern Western Upper Lower Greater New Old Saint St Mount Lake River City "
    "Region Province District Oblast County Street Square Hospital School Airport Station Centre Center Institute "
    "Town Village Valley Amnesty Doctors Borders Reporters Without Crisis Action Group Network Agency Channel Wire Online Today Weekly "
    "Monitor Observer Review Report Statement Video Footage Images Photos Data Figures Officials Authorities "
    "Prosecutors Investigators Rescuers Volunteers Medics Villagers Locals Many Some Several Both All Most Few "
    "Other Others Every Each Then Now Here There Yet Still Only Even Not No Yes Why How What Who Where".split())


#: Verbs whose object is what was said ("condemned the deployment as a provocation"): the content
#: keeps the verb, so its force stays with the words.
OBJECT_VERBS = {"condemn", "denounce", "praise", "accuse", "dismiss", "describe", "call", "thank", "urge", "welcome",
                "reject", "hail", "criticise", "slam", "deny", "threaten", "demand", "pledge", "vow", "reiterate",
                "blame", "label", "repeat", "underline"}


@dataclass(frozen=True)
class Utterance:
    """One utterance: content span in ``doc.text``, who, for whom, how, and which rule."""

    start: int
    end: int
    speaker: str
    actor: str
    mode: str
    cue: str
    method: str
    speaker_start: int = -1
    speaker_end: int = -1
    sent_id: int = -1


@dataclass(frozen=True)
class Cue:
    """A cue found in the text: offsets, the words as written, class and lemma."""

    start: int
    end: int
    text: str
    kind: str  # speech | attitude | silence | passive
    lemma: str


# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def _raw_lexicon() -> dict:
    return yaml.safe_load(resources.files("analysis").joinpath("resources", "speech_verbs.yml").read_text("utf-8"))


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) -> (class, lemma); class is speech, attitude, silence or passive."""
    return {form.lower(): (kind, lemma) for kind, lemmas in _raw_lexicon().items()
            if kind not in ("noun_like", "that_only")
            for lemma, forms in lemmas.items() for form in forms}


@lru_cache(maxsize=1)
def noun_like_forms() -> frozenset[str]:
    """Forms that are cues only when no article, possessive or preposition precedes them."""
    return frozenset(form.lower() for form in _raw_lexicon().get("noun_like", []))


@lru_cache(maxsize=1)
def that_only_forms() -> frozenset[str]:
    """Forms that are cues only before a that-clause ('media report that ...', not 'a UN report said')."""
    return frozenset(form.lower() for form in _raw_lexicon().get("that_only", []))


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    # a character trie, longest form first: far faster than "a|b|c" over hundreds of forms
    return re.compile(r"(?<![\w'-])(?:" + trie_pattern(verb_lexicon()) + r")(?![\w-])", re.IGNORECASE)


def find_cues(norm: str, start: int, end: int) -> list[Cue]:
    """Cues in ``norm[start:end]`` that read as verbs: lower case (a capital 'Says' opens a headline
    or a name), not after a modal or 'to' (except silences), not a noun after an article."""
    return [cue for cue in _verb_cues(norm, start, end) if _reads_as_verb(cue, start)]


def _reads_as_verb(cue: Cue, start: int) -> bool:
    """A cue in lower case, or opening the span searched: a capital 'Says' inside it is a headline or a name."""
    return cue.text[0].islower() or cue.start == start


def _verb_cues(norm: str, start: int, end: int) -> list[Cue]:
    """Cues of ``norm[start:end]`` passing the modal and article checks, in any case."""
    lexicon, nouns, that_only = verb_lexicon(), noun_like_forms(), that_only_forms()
    found = []
    for match in cue_regex().finditer(norm, start, end):
        text = match.group()
        key = re.sub(r"\s+", " ", text.lower())
        kind, lemma = lexicon[key]
        window = norm[max(start, match.start() - 24):match.start()]
        that_follows = THAT_AFTER.match(norm, match.end(), end) is not None
        if key in that_only and not that_follows:
            continue
        if NOUN_AFTER.match(norm, match.end(), end):
            continue  # "think tank": a compound noun, not a verb
        if lemma == "ask" and ANONYMITY.match(norm, match.end(), end):
            continue  # "who asked not to be named": a condition of the interview, not a message
        if key in nouns and key.endswith("s") and NOUN_OF_AFTER.match(norm, match.end(), end):
            continue  # "previous reports from Ukraine", "claims of casualties": a noun
        if kind in ("speech", "attitude") and AGENTLESS_PASSIVE.search(window) and \
                TO_AFTER.match(norm, match.end(), end) and PAST_FORM.fullmatch(key):
            continue  # "troops are believed to have been sent": nobody is named as believing it
        if kind in ("speech", "attitude") and REDUCED_PASSIVE.match(norm, match.end(), end) and PAST_FORM.fullmatch(key):
            continue  # "the troops believed to be in Russia", "a video said to show": no speaker either
        if lemma in ("call", "describe", "label") and WHAT_LABEL.search(window):
            continue  # "denounced what he called inaction": a label inside the content
        if kind not in ("silence", "passive") and MODAL_BEFORE.search(window):
            if not re.search(r"except\s+to\s*$", window, re.I):
                continue
        if kind != "silence" and key in nouns and (found_before := DETERMINER_BEFORE.search(window)):
            # "media reports" is a noun, but "state media said/reported" is a verb after a noun
            # ... and so is "Japanese media report that" (no article before the modifier, a that-clause after)
            before_word = found_before.group().strip().lower()
            if not (before_word in NOUN_MODIFIERS and
                    (PAST_FORM.fullmatch(key) or
                     (that_follows and not ARTICLE_BEFORE.search(window, 0, found_before.start())))) and \
                    not (before_word in ("and", "or", "but") and PAST_FORM.fullmatch(key) and
                         not re.search(r"\b(?:the|a|an|its|their|his|her)\s+\w+ed\s*$", window[:found_before.start()],
                                       re.IGNORECASE)):
                continue  # ... but 'dismissed the claim and said ...' joins a second verb
        found.append(Cue(match.start(), match.end(), text, kind, lemma))
    quoted = [Cue(m.start(), m.end(), m.group(), "speech", "quote") for m in QUOTED_BY.finditer(norm, start, end)]
    if quoted:  # the quoting source sits inside the cue: drop the cues it covers ("quoted by the statement")
        found = sorted([c for c in found if not any(q.start <= c.start < q.end for q in quoted)] + quoted,
                       key=lambda c: c.start)
    return found


def is_participle(cue: Cue) -> bool:
    """'saying', 'calling for': a participle continuing an utterance, not a finite verb."""
    return re.fullmatch(r"\w+ing(?:\s+(?:for|on))?", cue.text.lower()) is not None


def _silent_participle_method(word: str) -> str:
    """The method of a silence opened by a SILENT_PARTICIPLE word (lower case)."""
    return "silence:without" if word.startswith("without") else "silence:participle"


# --------------------------------------------------------------------------- quotes


#: A mark that can only open a quotation (after a start, space or bracket, before a word) or only close one.
_OPENS_AFTER = " \t\n([{:\u2014\u2013-/"
_CLOSES_BEFORE = " \t\n.,;:!?)]}\u2014\u2013-'"


def quote_spans(norm: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quotations in ``norm[start:end]``: (open mark, close mark or end, closed?).

    Marks pair by what stands beside them, not by position, so one stray mark costs at most its own
    quotation: a mark after a digit with no quotation open is an inch mark ('122"'); a mark that can only
    close while none is open is dropped; a mark that can only open while one is open ends the unclosed one
    there (closed? False). Only a quotation whose closing mark never comes runs to ``end``: the news
    convention of a quotation continued in the next paragraph."""
    spans: list[tuple[int, int, bool]] = []
    open_at = None
    for mark in (start + m.start() for m in re.finditer(QUOTE, norm[start:end])):
        before = norm[mark - 1] if mark > start else " "
        after = norm[mark + 1] if mark + 1 < end else " "
        opens = before in _OPENS_AFTER and not after.isspace()
        closes = after in _CLOSES_BEFORE and not before.isspace()
        if open_at is None:
            if before.isdigit() or closes and not opens:
                continue  # an inch mark, or a closing mark without an opening one
            open_at = mark
        elif opens and not closes:
            spans.append((open_at, mark, False))  # never closed: it ends where the next quotation opens
            open_at = mark
        else:
            spans.append((open_at, mark, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end, False))
    return spans


def content_bounds(norm: str, open_at: int, close_at: int) -> tuple[int, int]:
    """The quoted words without marks, trailing comma or surrounding spaces."""
    start, end = open_at + 1, close_at
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1] in " ,;:":
        end -= 1
    return start, end


def trim(norm: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and clause punctuation from both ends of a span."""
    while start < end and norm[start] in " ,:;":
        start += 1
    while end > start and norm[end - 1] in " .,;:":
        end -= 1
    return start, end


# --------------------------------------------------------------------------- speakers


class Speakers:
    """The document's speakers so far, and persons mentioned, for pronouns, surnames and descriptions."""

    def __init__(self, registry: Registry, date: str | None, mentions: list[tuple[int, int, SpeakerInfo]] = ()):
        self.registry, self.date = registry, date
        self.history: list[SpeakerInfo] = []
        self.mentions = [m for m in mentions if m[2].kind == "person"]
        self.position = 0  # mentions before this offset are "earlier"
        self.issuers: list[tuple[int, SpeakerInfo]] = []  # who issued a statement, report, ... and where
        self.history_at: list[int] = []  # where each speaker of ``history`` spoke
        self.subjects: list[tuple[int, SpeakerInfo]] = []  # persons opening a sentence ('Minister Chung struck …')
        self.home = ""  # the dateline's country, if any
        self.vocabulary: frozenset[str] = frozenset()  # the document's lower-case words ('residents', 'news')
        self.text = ""  # the document's normalised text (for full names the registry lacks, before a surname)

    def remember(self, info: SpeakerInfo) -> None:
        if info.actor or info.kind in ("person", "other", "institution", "official", "state"):
            self.history.append(info)
            self.history_at.append(self.position)

    def _earlier_persons(self, until: int = -1) -> list[SpeakerInfo]:
        until = self.position if until < 0 else until
        return [info for start, _, info in self.mentions if start < until]

    def pronoun(self, word: str) -> SpeakerInfo | None:
        word = word.lower()
        gender = SUBJECT_PRONOUNS.get(word, OBJECT_PRONOUNS.get(word, ""))
        if gender:
            # the latest person speaking whose gender is this one or unknown ('Lee said …. He added …'), unless a
            # person of this gender opens a later sentence ('Minister Chung struck a cautious note. "…," he said')
            spoke = next(((at, info) for at, info in zip(reversed(self.history_at), reversed(self.history))
                          if (info.kind == "person" or unnamed_individual(info)) and info.gender in (gender, "")),
                         None)  # 'A commander … told …. "…," he said': the unnamed commander, not a name before
            opened = next(((at, info) for at, info in reversed(self.subjects)
                           if at < self.position and info.gender == gender), None)
            if opened and (spoke is None or opened[0] > spoke[0]):
                return opened[1]
            if spoke:
                return spoke[1]
            for info in reversed(self._earlier_persons()):
                if info.gender == gender:
                    return info
            return None
        for info in reversed(self.history):
            if word == "it" and info.kind in ("state", "institution"):
                return info
            if word in ("they", "them") and info.kind != "person":
                return info
        return None

    def surname(self, phrase: str) -> SpeakerInfo | None:
        """'Wang' after 'Wang Yi', 'Cho' after 'Cho Tae-yul', 'Rutte' after 'Mark Rutte'."""
        if not SURNAME_PHRASE.fullmatch(phrase):
            return None
        for info in [*reversed(self.history), *reversed(self._earlier_persons())]:
            if info.kind != "person":
                continue
            words = info.speaker.split()
            if len(words) > 1 and phrase in (words[-1], words[0], " ".join(words[-2:]), " ".join(words[:2])):
                return info
        return self.earlier_full_name(phrase)

    def earlier_full_name(self, phrase: str) -> SpeakerInfo | None:
        """'Petrov' after 'Ivan Petrov' earlier in the document, a full name the registry lacks that has not spoken
        yet (a quotation is read before the reported speech around it: 'Ivan Petrov said …. "…," Petrov said')."""
        if " " in phrase or not self.text or self.text.find(phrase, 0, self.position) < 0:
            return None  # (the pattern below has huge letter classes: compile it only when the word came before)
        found = None
        pattern = name_re(rf"{_NAME_WORD}(?:{_NAME_NEXT}){{0,2}}\s+{re.escape(phrase)}(?![\w'-])")
        for found in pattern.finditer(self.text, 0, self.position):
            pass
        if found is None:
            return None
        words = found.group().split()
        for first in range(len(words) - 1):
            name = " ".join(words[first:])
            if words[first][0].isupper() and (self.personal_name(name) or self.longer_name(name)):
                return unknown_person(name)
        return None

    def description(self, info: SpeakerInfo, phrase: str = "") -> SpeakerInfo:
        """See :meth:`_description`; a plural ('some officials in Tokyo') is never one person named before."""
        if PLURAL_ROLE.search(info.speaker) and info.kind == "official" and not re.match(r"the\s", phrase, re.I):
            if not info.actor and re.match(r"government\s", info.speaker, re.I) and \
                    (placed := self.named_owner(self.placed_phrase(phrase))):  # 'Government sources in Delhi'
                return replace(info, actor=placed, method=f"coref:place-actor({info.method})")
            return info
        return self._description(info, phrase)

    def _national_title(self, info: SpeakerInfo, phrase: str) -> SpeakerInfo:
        """'Presidential spokesperson Kang Yu-jung' (a name the registry does not know, a government title without
        a country) speaks for the state or body the phrase names ('UN humanitarian chief Tom Fletcher'), else the
        place opening its sentence ('In Nairobi, President William Ruto'), else the dateline's country, else the
        country of the speakers so far."""
        if info.kind != "person" or info.actor or info.method != "title:generic":
            return info
        named_at = phrase.find(info.speaker)
        named_end = named_at + len(info.speaker)
        mentions = [m for m in self.registry.find_mentions(phrase, date=self.date)
                    if named_at < 0 or m[0] < named_at or  # the title's words and '… of Bloomberg', not 'met the
                    re.fullmatch(r",?\s*(?:of|at|for|from|with)\s+(?:the\s+)?", phrase[named_end:m[0]])]  # officers
        if any(m[2].actor or m[2].kind != "person" for m in mentions):
            named = self.named_owner(phrase, mentions)
            return replace(info, actor=named, method="title:phrase-actor") if named else info
        if info.role not in GOVERNMENT_ROLES:
            return info
        actor = self.place_actor() or self.home or \
            next((earlier.actor for earlier in reversed(self.history) if self.is_state(earlier.actor)), "")
        return replace(info, actor=actor, method="title:context-actor") if actor else info

    def named_owner(self, phrase: str, mentions: list | None = None) -> str:
        """The state or body a speaker phrase names before its head ('UN humanitarian chief Tom Fletcher' -> UN,
        'Government sources in New Delhi' -> IND), or ''; '… of the European Commission' is left to the registry."""
        if mentions is None:
            mentions = self.registry.find_mentions(phrase, date=self.date)
        owners = [m for m in mentions if m[2].actor and m[2].kind in ("state", "institution")]
        if len(owners) != 1 or re.search(r"\b(?:of|for|to|by|with)\b", phrase[:owners[0][0]]) or \
                re.match(r"(?:a|an|one)\s", phrase, re.I):
            return ""
        return owners[0][2].actor

    def placed_phrase(self, phrase: str) -> str:
        """``phrase`` with the 'in <Place>' that follows it in the current sentence ('Government sources' ->
        'Government sources in New Delhi'), when the speaker span left it out; else ``phrase``."""
        end = self.position + 400
        at = self.text.find(phrase, self.position, end) if self.text else -1
        while at >= 0:  # the first occurrence followed by 'in <Place>'
            found = IN_PLACE_AFTER.match(self.text, at + len(phrase), end)
            if found:
                return self.text[at:found.end()]
            at = self.text.find(phrase, at + 1, end)
        return phrase

    def is_state(self, actor: str) -> bool:
        """A registered state's code (not an organisation's: a UN official is no country's context)."""
        found = self.registry.actors.get(actor) if actor else None
        return found is not None and found.kind == "state"

    def place_actor(self) -> str:
        """The state of a place opening the current sentence ('In Islamabad, …' -> PAK), or ''."""
        found = SENTENCE_PLACE.match(self.text, self.position) if self.text else None
        if found is None:
            return ""
        info = self.registry.resolve(found.group("place"), date=self.date)
        return info.actor if info is not None and info.kind == "state" else ""

    def _description(self, info: SpeakerInfo, phrase: str = "") -> SpeakerInfo:
        """Link 'the spokesman', "America's top diplomat", 'the NATO chief' to an earlier named speaker;
        a generic description with no actor takes the actor of the context. An indefinite description
        ('a JCS official') or someone's aide ("President Yoon's spokesman") is a new speaker."""
        if info.method == "title:unregistered":
            return info  # "Freedonia's foreign minister", "Acme Corp's spokesman": a new speaker, never one before
        if info.kind not in ("official", "institution") or (info.kind == "institution" and info.actor):
            return self._national_title(info, phrase)
        if info.method.startswith("nongov"):
            return info  # 'a former North Korean officer' speaks for no government, whoever spoke before
        generic_role = info.role in ("", "official")
        new_referent = bool(re.match(r"(?:a|an|one|another|other)\s", phrase, re.I)) or info.method == "title:person"
        if info.kind == "official" and not new_referent:
            for earlier in [*reversed(self.history), *reversed(self._earlier_persons())]:
                if unnamed_individual(earlier) and earlier.speaker.split()[-1].lower() == \
                        info.speaker.split()[-1].lower():  # 'One senior EU diplomat said …. "…," the diplomat said'
                    return replace(earlier, method=f"coref:description({info.method})")
                if earlier.kind != "person" or (info.gender and earlier.gender and info.gender != earlier.gender):
                    continue
                if info.actor and earlier.actor != info.actor:
                    continue
                if earlier.role == info.role or generic_role:
                    return replace(earlier, method=f"coref:description({info.method})")
        if not info.actor:
            for earlier in reversed(self.history):
                if info.kind == "institution" and earlier.kind == "institution" and earlier.actor and \
                        earlier.role == info.role:
                    return replace(earlier, method=f"coref:description({info.method})")
            placed = self.named_owner(phrase or info.speaker) or self.place_actor() or self.home
            if placed:  # 'Government sources in New Delhi', Yonhap's 'the foreign ministry': the place, not a speaker
                return replace(info, actor=placed, method=f"coref:place-actor({info.method})")
            for earlier in reversed(self.history):
                if earlier.actor:
                    return replace(info, actor=earlier.actor, method=f"coref:context-actor({info.method})")
        return info

    def document(self, phrase: str) -> SpeakerInfo | None:
        """'The statement said' -> who issued the statement, else the institution speaking so far."""
        if not DOCUMENT_NOUN.fullmatch(phrase):
            return None
        for position, info in reversed(self.issuers):
            if position < self.position:
                return replace(info, method="coref:document")
        for earlier in reversed(self.history):
            if earlier.kind in ("institution", "state") and earlier.actor:
                return replace(earlier, method="coref:document")
        return None

    def anaphor(self, phrase: str) -> SpeakerInfo | None:
        """'The agency said' -> the most recent institution speaking."""
        if not ANAPHORIC_NOUNS.match(phrase):
            return None
        for earlier in reversed(self.history):
            if earlier.kind in ("institution", "state") and earlier.actor:
                return replace(earlier, method="coref:anaphor")
        return None

    def resolve(self, phrase: str, before: str = "") -> SpeakerInfo | None:
        """Who ``phrase`` is; ``before`` is the sentence's text before it (for 'China abstained, and its envoy')."""
        phrase = re.sub(r"\s*\([^)]*\)\s*$", "", phrase.strip(" ,"))  # "the Joint Chiefs of Staff (JCS)"
        restrictive = RESTRICTIVE_RELATIVE.match(phrase)  # 'A former officer who defected in 2019 and now works …'
        phrase = restrictive.group(1) if restrictive else phrase
        words = phrase.split()
        if not phrase or len(words) > MAX_SPEAKER_WORDS:
            return None
        last = words[-1].lower()
        if len(words) <= 2 and (last in SUBJECT_PRONOUNS or last in OBJECT_PRONOUNS):
            found = self.pronoun(last)
            return replace(found, method="coref:pronoun") if found else None
        if DOCUMENT_NOUN.fullmatch(phrase):
            return self.document(phrase)
        if ONE_OF.fullmatch(phrase):
            return self.one_of(phrase)
        if SINGLE_NAME.fullmatch(phrase) and (named := self.surname(phrase)) is not None and \
                not named.method.startswith("registry"):
            # 'Harris said' after 'spokesman Tom Harris': the person this document named, not a registered Harris
            return replace(named, method="coref:surname")
        info = self.registry.resolve(phrase, date=self.date)
        if info is not None and info.kind == "person" and self.longer_name(phrase):
            # 'Jean-Pierre Dubois': a registered name ('Jean-Pierre') opening a longer name is someone else
            return unknown_person(phrase)
        if info is None or info.kind in ("institution", "state"):
            info = self.titled_person(phrase) or info
        if info is None:
            info = self.surname(phrase)
            if info is not None:
                return replace(info, method="coref:surname")
            info = self.anaphor(phrase)
            if info is not None:
                return info
            last = self.named_at_end(phrase)
            info = last[2] if last else None
        if info is None:
            return self.unknown_speaker(phrase)
        if before and (owned := self.possessor(phrase, info, before)) is not None:
            return owned
        if info.kind in ("official", "institution") and info.method.startswith("title:generic") \
                and (found := self.anaphor(phrase)) is not None and ANAPHORIC_NOUNS.match(phrase):
            return found
        return self.description(info, phrase)

    def possessor(self, phrase: str, info: SpeakerInfo, before: str) -> SpeakerInfo | None:
        """'China abstained, and its envoy said …': 'its' is the nearest state or body named before it in the same
        sentence ('his'/'her' the nearest person), before any earlier speaker; None if the sentence names none."""
        owner = POSSESSED_TITLE.match(phrase)
        if owner is None or info.kind not in ("official", "institution") or info.actor or \
                not info.method.startswith("title:generic"):
            return None
        word = owner.group("owner").lower()
        wanted = ("person",) if word in ("his", "her") else ("state", "institution")
        gender = {"his": "m", "her": "f"}.get(word, "")
        mentions = self.registry.find_mentions(before, date=self.date)
        unknown = [m for m in UNKNOWN_OWNER.finditer(before) if not TIME_WORDS.search(m.group("name")) and
                   not PLACE_BEFORE.search(before, 0, m.start("name")) and
                   not any(start < m.end("name") and m.start("name") < end for start, end, _ in mentions)] \
            if word in ("its", "their") else []
        for start, _, earlier in reversed(mentions):
            if unknown and unknown[-1].start("name") > start:
                break
            if earlier.kind in wanted and earlier.actor and earlier.gender in (gender, ""):
                return replace(info, actor=earlier.actor, method=f"coref:possessive({info.method})")
        if unknown:  # 'Freedonia abstained, and its envoy said …': an owner the registry lacks, not a speaker before
            return replace(info, actor="", method=f"coref:possessive-unregistered({info.method})")
        return None

    def unknown_speaker(self, phrase: str) -> SpeakerInfo | None:
        """A speaker the registry does not know, for no government: an indefinite person ('A café owner in
        Port-au-Prince', 'a shopkeeper') or a capitalised organisation or country ('Acme Corp', 'The Freedonian
        Republic'); else None."""
        person = INDEFINITE_PERSON.fullmatch(phrase)
        if person is not None:
            head = person.group("head").lower()
            if head in HUMAN_NOUNS or (HUMAN_SUFFIX.search(head) and head not in NOT_HUMAN):
                return SpeakerInfo(speaker=phrase, actor="", kind="other", role="", gender="",
                                   method="nongov:individual")
            return None
        if ORGANISATION_NAME.fullmatch(phrase) and not TIME_WORDS.search(phrase):
            return SpeakerInfo(speaker=phrase, actor="",
                               kind="institution", role="", gender="", method="unknown-name")
        if self.personal_name(phrase):
            return unknown_person(phrase)
        return None

    def longer_name(self, phrase: str) -> bool:
        """A personal name (:meth:`personal_name`, registered mentions aside) whose registered mentions all end before
        its last word: 'Jean-Pierre Dubois', not 'Karine Jean-Pierre' or 'Putin Tuesday'."""
        if not self.personal_name(phrase, registered=True):
            return False
        mentions = self.registry.find_mentions(phrase, date=self.date)
        return bool(mentions) and mentions[-1][1] < phrase.rfind(" ") + 1

    def personal_name(self, phrase: str, registered: bool = False) -> bool:
        """'Ivan Petrov', 'Maria Kovacs': two to four capitalised words the registry does not know, none a word for a
        time, title, place, group or outlet, none written in lower case elsewhere in the document ('Local
        Residents said' when the text has 'residents'), and no registered mention inside ('Kursk Governor')."""
        if not PERSON_NAME.fullmatch(phrase) or TIME_WORDS.search(phrase):
            return False
        for word in phrase.split():
            if not word[0].isupper():
                continue   # a particle: 'de', 'von', 'al-Sharaa'
            if word.rstrip(".") in NOT_PERSON_WORDS or word.lower() in self.vocabulary or \
                    (len(word) > 2 and word.isupper()):
                return False
        return registered or not self.registry.find_mentions(phrase, date=self.date)

    def titled_person(self, phrase: str) -> SpeakerInfo | None:
        """A person named at the end of a title the registry reads as a body or place: 'Russian Security Council
        Secretary Sergei Shoigu', 'his South Korean counterpart Cho Tae-yul'; or a title after words the registry
        does not know: 'Kursk Region Governor Alexander Khinshtein' (a regional office: the context's country)."""
        last = self.named_at_end(phrase)
        if last is not None and last[2].kind == "person" and last[0] > 0 and \
                not re.search(r"\b(?:of|for|to|by|with|from)\b", phrase[:last[0]]):  # not 'the office of President X'
            return last[2]
        qualifier = TITLE_QUALIFIER.match(phrase)
        if last is None and qualifier:
            titled = self.registry.resolve(phrase[qualifier.end():], date=self.date)
            if titled is not None and titled.kind == "person" and titled.method == "title:generic":
                return titled
        return None

    def one_of(self, phrase: str) -> SpeakerInfo:
        """'one of the diplomats' after 'Two EU diplomats said': a member of that group, with its actor;
        else a new speaker whose group the registry may know ('one of the officials'), else nobody's."""
        noun = ONE_OF.fullmatch(phrase).group("noun").lower()
        for earlier in reversed(self.history):
            if earlier.kind != "person" and earlier.speaker.lower().split()[-1:] == [noun]:
                return replace(earlier, speaker=phrase, method="coref:one-of")
        group = self.registry.resolve(noun, date=self.date)
        if group is not None and group.kind == "official":
            return replace(self.description(group, phrase), speaker=phrase, method="one-of")
        return SpeakerInfo(speaker=phrase, actor="", kind="other", role="", gender="", method="one-of")

    def last_two_persons(self, until: int = -1) -> list[SpeakerInfo]:
        """The two persons named last before ``until`` (default: the current sentence) ('Both leaders' refers
        back to them; 'X spoke by phone with Y, and the two agreed' to the two just named)."""
        found: list[SpeakerInfo] = []
        for info in reversed(self._earlier_persons(until)):
            if all(info.speaker != other.speaker for other in found):
                found.append(info)
            if len(found) == 2:
                return found[::-1]
        return []

    def named_at_end(self, phrase: str) -> tuple[int, int, SpeakerInfo] | None:
        """The registry's last mention in ``phrase`` if it ends the phrase ('… made by Kim Jong Un')."""
        mentions = self.registry.find_mentions(phrase, date=self.date)
        if mentions and mentions[-1][1] >= len(phrase.rstrip(" ,.")) - 1:
            if mentions[-1][2].kind == "state" and LOCATIVE_BEFORE.search(phrase, 0, mentions[-1][0]):
                return None  # 'A café owner in Port-au-Prince': where the speaker is, not who
            longer = CAPITALISED_BEFORE.search(phrase[:mentions[-1][0]])
            if mentions[-1][2].kind == "state" and longer:  # a country ending a longer name: 'RBC Ukraine'
                name = phrase[longer.start():mentions[-1][1]]
                return longer.start(), mentions[-1][1], SpeakerInfo(speaker=name, actor="", kind="other", role="",
                                                                    gender="", method="unknown-name")
            return mentions[-1]
        return None

    def named_with_apposition(self, name: str, apposition: str) -> SpeakerInfo | None:
        """'Victor Cha, a Korea expert at CSIS' -> Victor Cha, with what the apposition says he is."""
        name = name.strip(" ,")
        if not CAPITALISED_NAME.match(name) or TIME_WORDS.search(name) or \
                not all(word[0].isupper() or word in NAME_PARTICLES for word in name.split()):
            return None
        described = self.registry.resolve(apposition.strip(" ,"), date=self.date)
        if described is None:
            mentions = self.registry.find_mentions(apposition, date=self.date)
            described = mentions[0][2] if mentions else None
        if described is None and re.match(r"\s*(?:a|an)\s+\w+", apposition):
            described = SpeakerInfo(speaker=name, actor="", kind="other", role="", gender="", method="unknown")
        if described is None or described.kind == "state":
            return None
        return SpeakerInfo(speaker=name, actor=described.actor, kind="person", role=described.role,
                           gender=described.gender, method=f"apposition({described.method})")


def unknown_person(name: str) -> SpeakerInfo:
    """A person the registry lacks ('Ivan Petrov'), for no government."""
    return SpeakerInfo(speaker=name, actor="", kind="person", role="", gender="", method="unknown-person")


def unnamed_individual(info: SpeakerInfo) -> bool:
    """One person known only by a title or description ('a commander of a special operations unit', 'one senior EU
    diplomat', 'a defector'): pronouns and descriptions after them refer to them, not to a name before."""
    return (info.kind == "official" or info.kind == "other" and info.method == "nongov:individual") and \
        not PLURAL_ROLE.search(info.speaker) and not info.speaker.lower().endswith("s")


def speaker_phrase(norm: str, clause_start: int, verb_start: int) -> tuple[int, int]:
    """The words between the clause start and the verb, minus leading and trailing fillers."""
    segment = norm[clause_start:verb_start]
    lead = LEADING_FILLER.match(segment)
    offset = lead.end() if lead else 0
    body = segment[offset:].rstrip()
    trail = TRAILING_FILLER.search(body)
    body_end = trail.start() if trail else len(body.rstrip())
    start = clause_start + offset + (len(body) - len(body.lstrip()))
    return start, clause_start + offset + len(body[:body_end].rstrip())


def clause_start(norm: str, floor: int, position: int) -> int:
    """Where the clause holding ``position`` begins (after a comma, 'that', 'as', 'after', ...)."""
    start = floor
    for match in CLAUSE_BOUNDARY.finditer(norm, floor, position):
        if match.end() <= position and match.group().strip():
            start = match.end()
    return start


def joint_speakers(speakers: Speakers, phrase: str, until: int = -1) -> list[SpeakerInfo]:
    """'both the United States and South Korea' -> one speaker per government named; 'Both leaders' -> the
    two persons named last (before ``until``)."""
    if BOTH_PERSONS.fullmatch(re.sub(r"^(?:and|but)\s+", "", phrase.strip(), flags=re.I)):
        return speakers.last_two_persons(until)
    parts = [p for p in re.split(r"\s+and\s+|,\s*", re.sub(r"^both\s+", "", phrase.strip(), flags=re.I)) if p]
    if len(parts) < 2:
        return []
    infos = [speakers.resolve(p) for p in parts]
    if infos[0] is not None and infos[0].kind == "person" and infos[0].speaker != parts[0].strip() and \
            all(i is None and CAPITALISED_NAME.match(p.strip()) for i, p in zip(infos[1:], parts[1:])):
        # 'lawmakers Lee Sung-kwon and Park Sun-won': the title before the first name describes each
        infos = [infos[0], *(replace(infos[0], speaker=p.strip(), method="joint:shared-title") for p in parts[1:])]
    if all(i and i.kind == "person" and not i.actor for i in infos) and len({i.speaker for i in infos}) == len(infos):
        return infos  # two lawmakers or analysts
    if not all(i and i.actor for i in infos):
        return []
    if all(i.kind in ("state", "institution") for i in infos) and len({i.actor for i in infos}) == len(infos):
        return infos  # "both the United States and South Korea"
    if all(i.kind == "person" for i in infos) and len({i.speaker for i in infos}) == len(infos):
        return infos  # "Ishiba and Rutte"
    return []


def postposed_tail(norm: str, start: int, end: int) -> bool:
    """After a postposed verb ('…, Peskov told reporters on Monday.') only adjuncts follow:
    a listener, a time, a prepositional phrase or a participle clause, never 'that' or a clause."""
    segment_end = norm.find(",", start, end)
    segment_end = end if segment_end < 0 else segment_end
    position = start
    listener = LISTENER.match(norm, position, segment_end)
    if listener and listener.end() > position and not re.match(r"\s*that\b", norm[listener.end():segment_end]):
        position = listener.end()
    while (time := WEEKDAY_TIME.match(norm, position, segment_end)) and time.end() > position:
        position = time.end()
    rest = norm[position:segment_end]
    if not rest.strip(" .;:!?\"'"):
        return True
    if SUBORDINATE_START.match(rest):
        return True
    if ADJUNCT_START.match(rest):
        return not re.search(r"\bthat\b|[:\"]", rest)
    return False


# --------------------------------------------------------------------------- the engine


class _Extractor:
    def __init__(self, doc: Document, registry: Registry):
        self.doc, self.norm = doc, doc.norm
        mentions = registry.find_mentions(doc.norm, date=doc.date)
        self.speakers = Speakers(registry, doc.date, mentions)
        self.speakers.home = self._dateline_actor(doc, registry)
        self.speakers.text = doc.norm
        self.speakers.vocabulary = frozenset(re.findall(r"(?<![\w'-])[a-z][a-z'-]*", doc.norm))
        self.out: list[Utterance] = []
        self.last_direct: SpeakerInfo | None = None
        self.quotes: list[tuple[int, int, bool]] = []
        self.consumed: list[tuple[int, int]] = []
        self._cues = _verb_cues(doc.norm, 0, len(doc.norm))  # one scan per document
        self._cue_starts = [cue.start for cue in self._cues]

    @staticmethod
    def _dateline_actor(doc: Document, registry: Registry) -> str:
        """The country of the dateline ('SEOUL, Oct. 29 (Yonhap) --' -> KOR), or ''."""
        for mark in doc.boilerplate:
            place = DATELINE_PLACE.match(doc.norm[mark.start:mark.end]) if mark.kind == "dateline" else None
            if place:  # 'SEOUL' -> 'Seoul'; 'PORT-AU-PRINCE, Haiti (AP)' -> the country after the city
                info = registry.resolve(place.group(1).title(), date=doc.date)
                if info is None and place.group(2):  # not 'UNITED NATIONS, United States (AFP)'
                    info = registry.resolve(place.group(2), date=doc.date)
                return info.actor if info is not None and info.kind == "state" else ""
        return ""

    def cues(self, start: int, end: int) -> list[Cue]:
        """:func:`find_cues` of ``norm[start:end]`` from the document's single scan."""
        first = bisect_left(self._cue_starts, start)
        found = []
        for cue in self._cues[first:]:
            if cue.start >= end:
                break
            if cue.end <= end and _reads_as_verb(cue, start):
                found.append(cue)
        return found

    def emit(self, start: int, end: int, info: SpeakerInfo, mode: str, cue: str, method: str,
             sent: Sentence, speaker_span: tuple[int, int] = (-1, -1)) -> bool:
        start, end = trim(self.norm, start, end)
        if end <= start:
            return False
        if mode == "indirect" and any(start <= open_at < end or closed and start <= close < end
                                      for open_at, close, closed in self.quotes):
            mode = "partial"  # a quoted fragment inside (an inch mark or a stray closing mark is none)
        self.out.append(Utterance(start, end, info.speaker, info.actor, mode, cue.strip(), method,
                                  speaker_span[0], speaker_span[1], sent.sent_id))
        self.speakers.remember(info)
        return True

    # direct quotations --------------------------------------------------------------
    def _sentence_at(self, sents: list[Sentence], position: int) -> Sentence:
        for sent in sents:
            if sent.start <= position < sent.end + 1:
                return sent
        return sents[-1]

    def attribute_quote(self, sents: list[Sentence], open_at: int, close_at: int, closed: bool, previous):
        """Who says the quotation [open_at, close_at]: (info, cue, method, speaker span, attribution span)."""
        norm = self.norm
        sent = self._sentence_at(sents, open_at)
        self.speakers.position = sent.start
        before = norm[sent.start:open_at]
        opens_sentence = not before.strip(" -") or before.rstrip().endswith(":")
        if closed and opens_sentence:
            closing = self._sentence_at(sents, close_at)
            following = next((s for s in sents if s.start > close_at), None)
            if following is not None and norm[close_at - 1] in "?!" and not norm[close_at + 1:following.start].strip() \
                    and norm[following.start].islower():
                closing = replace(closing, end=following.end)  # '"… troops in Russia?" \n deputy envoy X asked.'
            found = self._after(closing, close_at)
            if found:
                return found
        if previous is not None and previous[0] is not None:
            # a second quotation right after an attributed one: '"…," she said, "…"' / '"…," he said. "…"'
            gap = norm[previous[1]:open_at]
            if previous[1] <= open_at and QUOTE not in gap and len(gap.split()) <= 12 \
                    and re.search(r"[,.;:]\s*$", gap) and not self.cues(previous[1], open_at):
                return previous[0], "", "quote:continuation", (-1, -1), (open_at, open_at)
        if before.strip():
            return self._before(sent, open_at)
        return None

    def direct(self, paragraph: list[Sentence], quotes, pending: list) -> list:
        """Attribute the quotations of one paragraph; returns the quotations still waiting for a speaker
        (a paragraph that opens a quotation and never closes it)."""
        norm = self.norm
        para_start, para_end = paragraph[0].start, paragraph[-1].end
        previous = None  # (info, end of attribution) of the last attributed quotation in this paragraph
        for index, (open_at, close_at, closed) in enumerate(quotes):
            content = content_bounds(norm, open_at, close_at)
            if len(norm[content[0]:content[1]].split()) < 3:
                continue  # a scare quote or a short fragment: partial speech, handled with its verb
            if index == 0 and open_at == para_start and not closed:
                return [*pending, (content, self._sentence_at(paragraph, open_at))]
            found = self.attribute_quote(paragraph, open_at, close_at, closed, previous)
            if found is None and index == 0 and open_at == para_start and self.last_direct is not None \
                    and not pending:
                found = (self.last_direct, "", "quote:continuation", (-1, -1), (open_at, open_at))
            if found is None:
                continue  # embedded fragment: part of reported speech
            info, cue, method, span, used = found
            for waiting, waiting_sent in pending:
                self.emit(*waiting, info, "direct", "", "quote:continuation", waiting_sent)
            pending = []
            self.consumed.append((min(open_at, used[0]), max(close_at, used[1])))
            sent = self._sentence_at(paragraph, open_at)
            self.emit(*content, info, "direct", cue, method, sent, span)
            self._nested_in_quote(paragraph, content, info)
            self.last_direct = info
            previous = (info, max(close_at + 1, used[1]))
            self._participle(self._sentence_at(paragraph, close_at), max(close_at + 1, used[1]), info)
        return pending

    def _nested_in_quote(self, paragraph: list[Sentence], content: tuple[int, int], quoted: SpeakerInfo) -> None:
        """'"Our intelligence service assesses that …," Lee said': a third party's cue with a that-clause
        inside a quotation gives that party a row too (never I/we/you, never the quoted speaker)."""
        norm = self.norm
        for cue in self.cues(content[0], content[1]):
            if cue.kind not in ("speech", "attitude") or is_participle(cue):
                continue
            that = re.match(r"\s+that\s+", norm[cue.end:content[1]])
            clause = clause_start(norm, content[0], cue.start)
            phrase = norm[slice(*speaker_phrase(norm, clause, cue.start))].strip()
            if not that or not phrase or re.match(r"(?:I|we|you|they|he|she|it)$", phrase, re.I):
                continue
            info = self.speakers.resolve(phrase)
            if info is None or info.speaker == quoted.speaker or info.kind not in ("institution", "state", "official"):
                continue
            start = cue.end + that.end()
            end = self.content_end(start, content[1])
            coordinated = re.search(r"[,;]\s+(?:and|but|yet|while)\s", norm[start:end])  # '…, and we agree'
            end = start + coordinated.start() if coordinated else end
            if len(norm[start:end].split()) >= 3:
                self.emit(start, end, info, "reported" if cue.kind == "attitude" else "indirect",
                          norm[cue.start:start].strip(), "reported:in-quote", self._sentence_at(paragraph, cue.start))

    def _participle(self, sent: Sentence, position: int, info: SpeakerInfo) -> None:
        """'..., calling for X' / ', saying X' after an utterance: a further utterance of the speaker;
        '..., without providing details': a silence of the speaker."""
        found = CONTINUATIONS.search(self.norm, position, sent.end)
        if not found or self._inside_quote(found.start()):
            return
        gap = self.norm[position:found.start()]
        if len(gap) > 2 and not ((ADJUNCT_START.match(gap) or WEEKDAY_TIME.match(gap)) and len(gap.split()) <= 8 and
                                 not re.search(r"[\";:,]", gap) and not self.cues(position, found.start())):
            return  # '…, Miller said at a separate briefing, adding that …': a setting or time may come between
        start, end = found.start(1), self.content_end(found.end(), sent.end)
        word = found.group(1).lower()
        if SILENT_PARTICIPLE.match(word):
            cues = [c for c in self.cues(found.start(1), sent.end) if c.kind == "silence"]
            if cues and cues[0].start == found.start(1):
                self.emit(start, end, info, "silence", cues[0].text, _silent_participle_method(word), sent)
            return
        said = SPEECH_PARTICIPLE.match(self.norm, start, end)
        if said:
            start = said.end()
        self.emit(start, end, info, "indirect", found.group(1), "reported:participle", sent)

    def _after(self, sent: Sentence, close_at: int):
        norm = self.norm
        tail_start, tail_end = close_at + 1, sent.end
        for cue in self.cues(tail_start, tail_end):
            if cue.kind in ("silence", "passive"):
                break
            between = norm[tail_start:cue.start]
            if between.strip(" ,") == "":  # '"...," said Blinken'
                match = re.match(r"\s*([^,.;\"]+)(?:,\s*([^,;\"]+?)(?=,|\.?$|\.\s))?", norm[cue.end:tail_end])
                if match:
                    span = (cue.end + match.start(1), cue.end + match.end(1))
                    info = self.speakers.resolve(norm[span[0]:span[1]])
                    if (info is None or info.method == "unknown-person") and match.group(2):
                        info = self.speakers.named_with_apposition(match.group(1), match.group(2)) or info
                    if info:
                        return info, cue.text, "quote:verb-first", span, (tail_start, span[1])
            elif len(between.split()) <= MAX_SPEAKER_WORDS and QUOTE not in between:
                span = speaker_phrase(norm, tail_start, cue.start)
                span = (span[0] + len(norm[span[0]:span[1]]) - len(norm[span[0]:span[1]].lstrip(" ,")), span[1])
                info = None
                if "," in norm[span[0]:span[1]] and norm[span[0]].islower():
                    # '"… are communicating" with the security services, Zelenskyy said': the quoted sentence
                    # goes on before the speaker
                    span = (norm.rfind(",", span[0], span[1]) + 1, span[1])
                    span = (span[0] + len(norm[span[0]:span[1]]) - len(norm[span[0]:span[1]].lstrip()), span[1])
                if "," in norm[span[0]:span[1]]:  # '"…," Lee, a fellow at a Seoul think tank, told': the name
                    name, _, apposition = norm[span[0]:span[1]].partition(",")
                    info = self.speakers.resolve(name)
                    if info is None or info.method == "unknown-person":
                        info = self.speakers.named_with_apposition(name, apposition) or info
                info = info or self._resolve_span(span)
                if info:
                    listener = LISTENER.match(norm, cue.end) if cue.lemma in LISTENER_VERBS else None
                    cue_end = listener.end() if listener and listener.end() > cue.end else cue.end
                    cue_end = min(cue_end, tail_end)
                    return info, norm[cue.start:cue_end].strip(" ,."), "quote:quote-first", span, (tail_start, cue_end)
            break
        return None

    def _before(self, sent: Sentence, open_at: int):
        norm = self.norm
        before = norm[sent.start:open_at]
        if not re.search(r"[:,]\s*$", before):
            return None
        for cue in reversed(self.cues(sent.start, open_at)):
            if cue.kind not in ("speech",):
                continue
            clause = clause_start(norm, sent.start, cue.start)
            span = speaker_phrase(norm, clause, cue.start)
            info = self._resolve_span(span)
            if info is None:  # 'Kim, general secretary of the party, was quoted ... as saying: "…"'
                name_end = norm.find(",", sent.start, cue.start)
                named = self.speakers.resolve(norm[sent.start:name_end]) if name_end > 0 else None
                if named is not None and named.kind == "person":
                    clause, span, info = sent.start, (sent.start, name_end), named
                else:
                    clause, span, infos = self._subject(sent, cue)
                    info = infos[0] if len(infos) == 1 else None
            if info and len(norm[cue.end:open_at].split()) <= 6:
                return info, norm[cue.start:open_at].strip(" ,:"), "quote:speaker-first", span, (clause, open_at)
        return None

    def _resolve_span(self, span: tuple[int, int]) -> SpeakerInfo | None:
        """Resolve the subject phrase at ``span`` (commas around it stripped)."""
        return self.speakers.resolve(self.norm[span[0]:span[1]].strip(" ,"))

    # reported speech ------------------------------------------------------------------
    def reported(self, sent: Sentence) -> None:
        norm = self.norm
        emitted_before = len(self.out)
        cues = [c for c in self.cues(sent.start, sent.end)
                if not self._inside_quote(c.start) and not any(a <= c.start < b for a, b in self.consumed)]
        cues = self._quoted_as(sent, self._unanswered(sent, cues))
        subjects = {}
        for cue in cues:
            if cue.kind in ("speech", "attitude") and not is_participle(cue):
                subjects[cue] = self._subject(sent, cue)
        # postposed attributions ('<content>, Peskov told reporters.') cut the content of earlier cues
        postposed = {cue: found[0] for cue, found in subjects.items()
                     if found[2] and cue.kind == "speech" and self._postposed(sent, found[0], cue)}
        cut_points = sorted(self._comma_before(clause) for clause in postposed.values())
        sentence_speaker: SpeakerInfo | None = self._direct_speaker_in(sent)
        silenced: list[tuple[int, int]] = []  # 'declined to comment on reports that …': the object is not speech
        for cue in cues:
            if any(a <= cue.start < b for a, b in silenced) or self._asked_for(sent, cue):
                continue
            limit = next((cut for cut in cut_points if cut > cue.end), sent.end)
            low = cue.text.lower()
            if cue.kind == "silence" and SILENT_PARTICIPLE.match(low):
                if sentence_speaker and not any(u.mode == "silence" and u.start == cue.start for u in self.out):
                    end = self.content_end(cue.end, limit)
                    self.emit(cue.start, end, sentence_speaker, "silence", cue.text, _silent_participle_method(low),
                              sent)
                continue
            if cue.kind != "silence" and is_participle(cue):
                opener = self._narrating_subject(sent, cue, emitted_before)
                if opener is not None:  # 'Rutte struck a similar tone, telling reporters that …'
                    self._content_after(sent, cue, opener, "reported:participle-of-narration", (-1, -1), limit)
                    sentence_speaker = opener
                continue  # participles ("saying", "calling for") continue an earlier utterance
            if cue.kind in ("speech", "attitude") and self._neither(sent, cue, limit):
                continue
            if re.search(r"except\s+to\s*$", norm[max(sent.start, cue.start - 12):cue.start], re.I):
                if sentence_speaker:
                    self._content_after(sent, cue, sentence_speaker, "reported:except-to", (-1, -1), limit)
                continue
            if cue.kind == "passive":
                info = self._passive(sent, cue)
                if info:
                    sentence_speaker = info
                continue
            if sentence_speaker and COORDINATED.search(norm, sent.start, cue.start):
                infos, span, clause = [sentence_speaker], (-1, -1), cue.start  # "X said … and warned …"
            else:
                clause, span, infos = subjects.get(cue) or self._subject(sent, cue)
                if not infos:
                    continue
                if re.sub(r"^\w+ly\s+", "", norm[span[0]:span[1]].lower()) in SUBJECT_PRONOUNS and any(
                        u.sent_id == sent.sent_id and u.start <= cue.start < u.end for u in self.out[emitted_before:]):
                    continue  # 'said it had confirmed that …': the speaker's own act, already in the content
            relative = RELATIVE_BEFORE.search(norm, sent.start, cue.start) is not None
            for info in infos:
                joint = "+joint" if len(infos) > 1 else ""
                if cue.kind == "silence":
                    end = self._coordinated_end(cue.end, self.content_end(cue.end, limit))
                    end = min(end, self._except(cue.end, end))
                    when = WHEN_ASKED.search(norm, cue.end, end)
                    end = when.start() if when else end
                    self.emit(cue.start, end, info, "silence", cue.text,
                              f"silence:{cue.lemma.replace(' ', '-')}{joint}", sent, span)
                    silenced.append((cue.end, end))
                    if end < limit:
                        self._participle(sent, end, info)
                elif cue in postposed:
                    content_start = self._postposed_start(sent, clause)
                    if info.role == "media" and self._has_attribution(content_start, clause):
                        continue  # '…, Yonhap reported': the outlet only credits an attributed statement
                    if info.role == "media" and self._credited_participle(sent, content_start, clause):
                        continue  # 'Kim awarded …, calling them "…", state media reported': Kim's words
                    cue_end = self._cue_end(cue, sent.end)
                    self.emit(content_start, self._comma_before(clause), info, "reported" if cue.kind == "attitude"
                              else "indirect", norm[cue.start:cue_end].strip(" ,."), f"reported:postposed{joint}",
                              sent, span)
                    self._participle(sent, cue_end, info)  # '…, Hayashi said Friday, warning that …'
                else:
                    self._content_after(sent, cue, info, f"reported:{cue.kind}{joint}", span, limit)
            if not relative:  # '…, who notified Moscow that …': a cue of the person named, inside the content
                sentence_speaker = infos[-1]
        self._quoted_attitude(sent, cut_points)
        self._with_speakers(sent)
        self._according_to(sent)
        self._in_view(sent, emitted_before)

    def _narrating_subject(self, sent: Sentence, cue: Cue, emitted_before: int) -> SpeakerInfo | None:
        """'NATO Secretary General Mark Rutte struck a similar tone, telling reporters that …': a speech participle
        after a narrated act (no utterance before it in the sentence) is said by the person opening the sentence."""
        if cue.kind != "speech" or not re.search(r",\s*$", self.norm[sent.start:cue.start]) or \
                self._inside_quote(cue.start) or len(self.out) > emitted_before or self._direct_speaker_in(sent):
            return None
        return next((info for at, info in self.speakers.subjects if sent.start <= at < cue.start), None)

    def _quoted_attitude(self, sent: Sentence, cut_points: list[int]) -> None:
        """'Guterres is "deeply troubled" by any widening …, his spokesman said': the quoted cue words
        still report the subject's attitude (the spokesman's row comes from the postposed verb)."""
        norm = self.norm
        for found in QUOTED_ATTITUDE.finditer(norm, sent.start, sent.end):
            outer = [c for c in self.cues(sent.start, found.start()) if c.kind in ("speech", "attitude")]
            floor = self._cue_end(outer[-1], found.start()) if outer else sent.start
            span = speaker_phrase(norm, clause_start(norm, floor, found.start()), found.start())
            info = self.speakers.resolve(norm[span[0]:span[1]])
            if info is None:
                continue
            if outer:
                # 'Sullivan said the United States was "deeply concerned" by …': his words, one row; but another
                # person's attitude ('Dujarric said Guterres was "deeply concerned" by …') or an attitude to a
                # proposition ('Kirby said the US was "concerned" that Russia …') is a row of its own too
                speaker = next((u.speaker for u in reversed(self.out) if u.sent_id == sent.sent_id and
                                u.start <= found.start() < u.end), None)
                proposition = found.group().rstrip().endswith("that") or \
                    re.match(r"(?:what|whether|how|why|who)\b", norm[found.end():found.end() + 8], re.I)
                if speaker is None or not (proposition or info.kind == "person" and info.speaker != speaker):
                    continue
            limit = next((cut for cut in cut_points if cut > found.end()), sent.end)
            end = self.content_end(found.end(), limit)
            cue = norm[found.start():found.end()].strip()
            if len(norm[found.end():end].split()) >= 2:
                self.emit(found.end(), end, info, "reported", cue, "reported:quoted-attitude", sent, span)

    def _quoted_as(self, sent: Sentence, cues: list[Cue]) -> list[Cue]:
        """'Lee quoted the spy agency as saying that …': a row for the one quoted, none for who quotes."""
        for found in QUOTED_AS.finditer(self.norm, sent.start, sent.end):
            if self._inside_quote(found.start()):
                continue
            info = self.speakers.resolve(self.norm[found.start("whom"):found.end("whom")])
            if info is None:
                continue
            end = self._coordinated_end(found.end(), self.content_end(found.end(), sent.end))
            if len(self.norm[found.end():end].split()) >= 3:
                self.emit(found.end(), end, info, "indirect", self.norm[found.start():found.end()].strip(),
                          "reported:quoted-as", sent, found.span("whom"))
                self._participle(sent, end, info)
                cues = [c for c in cues if not sent.start <= c.start < end]
        return cues

    def _neither(self, sent: Sentence, cue: Cue, limit: int) -> bool:
        """'Neither Moscow nor Pyongyang has officially acknowledged …': one silence row per party."""
        found = NEITHER.search(self.norm, sent.start, cue.start)
        if not found:
            return False
        infos = [self.speakers.resolve(found.group(part)) for part in ("a", "b")]
        if not all(infos):
            return False
        end = self._coordinated_end(cue.end, self.content_end(cue.end, limit))
        for info, part in zip(infos, ("a", "b")):
            self.emit(found.start("verb"), end, info, "silence", self.norm[found.start("verb"):cue.end].strip(),
                      "silence:neither-nor", sent, found.span(part))
        return True

    def _unanswered(self, sent: Sentence, cues: list[Cue]) -> list[Cue]:
        """'The BBC asked the Russian embassy … but did not receive a reply': a silence of the one asked;
        whoever asked (often the outlet itself) is no speaker."""
        found = UNANSWERED.search(self.norm, sent.start, sent.end)
        if not found or self._inside_quote(found.start()):
            return cues
        info = self.speakers.resolve(self.norm[found.start("whom"):found.end("whom")])
        if info is not None:
            self.emit(found.start("silence"), found.end("silence"), info, "silence", found.group("silence"),
                      "silence:unanswered", sent, found.span("whom"))
        return [c for c in cues if not found.start() <= c.start < found.end()]

    def _direct_speaker_in(self, sent: Sentence) -> SpeakerInfo | None:
        for u in reversed(self.out):
            if u.sent_id == sent.sent_id and u.mode == "direct":
                return self.last_direct
        return None

    def _has_attribution(self, start: int, end: int) -> bool:
        return any(start <= u.start < end for u in self.out)

    def _cue_end(self, cue: Cue, limit: int) -> int:
        if cue.lemma in LISTENER_VERBS:
            listener = LISTENER.match(self.norm, cue.end, limit)
            if listener and listener.end() > cue.end:
                return listener.end()
        return cue.end

    def _comma_before(self, clause: int) -> int:
        position = clause
        while position > 0 and self.norm[position - 1] in " ,":
            position -= 1
        return position

    def _asked_for(self, sent: Sentence, cue: Cue) -> bool:
        """'demanded that Russia say whether …': a base-form verb inside what was demanded is no utterance."""
        lexicon = verb_lexicon()
        return cue.text.lower() == cue.lemma and any(
            u.sent_id == sent.sent_id and u.start <= cue.start < u.end and
            lexicon.get(u.cue.split()[0].lower(), ("", ""))[1] in MANDATIVE for u in self.out if u.cue)

    def _credited_participle(self, sent: Sentence, start: int, clause: int) -> bool:
        """'<Person> has awarded honours …, calling them "…," state media reported': the outlet credits a
        narrated act; the participle is what the person opening the sentence said (a row of theirs, none
        of the outlet's)."""
        found = CONTINUATIONS.search(self.norm, start, clause)
        subject = next((info for at, info in self.speakers.subjects if start <= at < found.start()), None) \
            if found and not self._inside_quote(found.start()) else None
        if subject is None or SILENT_PARTICIPLE.match(found.group(1)):
            return False
        content = SPEECH_PARTICIPLE.match(self.norm, found.start(1), clause)
        self.emit(content.end() if content else found.start(1), self._comma_before(clause), subject, "indirect",
                  found.group(1), "reported:credited-participle", sent)
        return True

    def _postposed_start(self, sent: Sentence, clause: int) -> int:
        """Content of a postposed verb starts at the sentence start, or after an earlier ', X said,'."""
        start = sent.start
        for u in self.out:
            if u.sent_id == sent.sent_id and u.method.startswith("reported:postposed") and u.speaker_end < clause:
                start = max(start, u.speaker_end)
        return start

    def _according_to(self, sent: Sentence) -> None:
        norm = self.norm
        for match in ACCORDING_TO.finditer(norm, sent.start, sent.end):
            if self._inside_quote(match.start()):
                continue
            # a period inside the sentence belongs to an abbreviation ("according to Sen. Jane Roe")
            phrase_end = re.search(r"[,;]|\.[\s\"')\]]*$|$", norm[match.end():sent.end]).start() + match.end()
            phrase_end = trim(norm, match.end(), phrase_end)[1]
            info = self.speakers.resolve(norm[match.end():phrase_end])
            if not info:
                continue
            sentence_final = match.start() > sent.start + 10
            if sentence_final and any(u.sent_id == sent.sent_id and u.start < match.start() or
                                      u.mode == "direct" and u.start < match.start() and u.end > sent.start
                                      for u in self.out):
                continue  # the source of an already attributed statement, not a second speaker
            content_end = match.start() if sentence_final else sent.end
            content_start = sent.start if sentence_final else phrase_end
            self.emit(content_start, content_end, info, "indirect", "according to", "reported:according-to",
                      sent, (match.end(), phrase_end))

    def _passive(self, sent: Sentence, cue: Cue) -> SpeakerInfo | None:
        """'<content> was announced by <speaker> ...'."""
        norm = self.norm
        match = re.match(r"\s*([^,.;]+?)(?=\s+(?:on|in|at|last|this|during|after|before)\b|[,.;]|$)",
                         norm[cue.end:sent.end])
        if not match:
            return None
        span = (cue.end + match.start(1), cue.end + match.end(1))
        info = self.speakers.resolve(norm[span[0]:span[1]])
        if info is None:
            return None
        start = clause_start(norm, sent.start, cue.start)
        if len(norm[start:cue.start].split()) < 2:
            return None
        self.emit(start, cue.start, info, "indirect", cue.text, f"reported:passive-{cue.lemma}", sent, span)
        return info

    def _subject(self, sent: Sentence, cue: Cue) -> tuple[int, tuple[int, int], list[SpeakerInfo]]:
        """The speaker(s) before a cue. Appositions ("Peskov, the Kremlin spokesman, said"; "Victor Cha,
        a Korea expert, said"), parentheticals ("South Korean officials, however, believe") and lists
        ("The United States, Japan and South Korea condemned") are read by stepping back over commas."""
        norm, floor = self.norm, sent.start
        end = cue.start
        outer = [c for c in self.cues(sent.start, cue.start) if c.end < cue.start and c.kind in ("speech", "attitude")
                 and not is_participle(c) and not self._inside_quote(c.start)]
        if outer:  # 'Lee said the agency believed …': the nested subject starts after the outer verb
            floor = outer[-1].end
        if RELATIVE_BEFORE.search(norm, floor, end):
            return self._relative_subject(floor, norm.rfind(",", floor, end))
        relative = RELATIVE_CLAUSE.search(norm, floor, end)  # 'The official, who spoke on condition …, said'
        if relative:
            end = relative.start()
        clause = clause_start(norm, floor, end)
        for _ in range(4):
            span = speaker_phrase(norm, clause, end)
            phrase = norm[span[0]:span[1]].strip(" ,")
            comma_before = clause - 2 > floor and norm[clause - 2:clause].strip().endswith(",")
            earlier, previous_end, earlier_phrase = clause, clause, ""
            if comma_before:
                previous_end = self._comma_before(clause)
                earlier = clause_start(norm, floor, previous_end)
                earlier_phrase = norm[earlier:previous_end].strip(" ,")
            if not phrase or PARENTHETICAL.match(phrase) or re.match(r"(?:also\s+|better\s+)?known\s+as\s", phrase):
                if not comma_before:  # 'the Security Service of Ukraine, known as the SBU, said': the name before
                    break
                clause, end = earlier, previous_end
                continue
            infos = joint_speakers(self.speakers, phrase, span[0]) or \
                [self.speakers.resolve(phrase, before=norm[sent.start:span[0]])]
            # ', and the two armies agreed': a clause with a subject of its own, never the one before
            own_subject = re.match(r"(?:and|but)\s", phrase, re.I) is not None
            if comma_before and earlier_phrase and not own_subject:
                if infos[0] and infos[0].kind in ("state", "institution") and re.search(r"\band\b", phrase):
                    joint = joint_speakers(self.speakers, f"{earlier_phrase}, {phrase}")
                    if joint:
                        return earlier, (earlier, span[1]), joint
                if infos[0] is not None and infos[0].kind == "person" and re.match(r"(?:the|a|an)\s", phrase, re.I):
                    # "Kim Yo Jong, the sister of leader Kim Jong Un, said": the person named in the
                    # apposition only describes the speaker before it
                    named = self.speakers.registry.resolve(earlier_phrase, date=self.speakers.date)
                    if named and named.kind == "person" and named.speaker != infos[0].speaker:
                        return earlier, (earlier, span[1]), [named]
                if infos[0] is not None and infos[0].kind in ("official", "other", "institution"):
                    named = self.speakers.resolve(earlier_phrase)
                    if named is not None and named.method == "unknown-person":  # 'Ivan Petrov, a Ukrainian army
                        named = self.speakers.named_with_apposition(earlier_phrase, phrase) or named  # spokesman,'
                    if named and named.kind == "person" and (not infos[0].actor or named.actor == infos[0].actor or
                                                             re.match(r"(?:a|an)\s", phrase, re.I)):
                        # 'Rep. Yu … of the ruling party, a former army officer, called on …': the apposition only
                        # describes the person named (whose own actor stands)
                        return earlier, (earlier, span[1]), [named]
                    registered = self.speakers.registry.resolve(earlier_phrase, date=self.speakers.date) \
                        if PROPER_NAME.fullmatch(earlier_phrase) else None
                    if registered and registered.method.startswith("registry") and \
                            registered.kind in ("institution", "state") and registered.role == infos[0].role and \
                            not infos[0].method.startswith("registry") and \
                            (not infos[0].actor or registered.actor == infos[0].actor):
                        return earlier, (earlier, span[1]), [registered]  # 'The Rodong Sinmun, the party's paper,'
                    if named is None:
                        named = self.speakers.named_with_apposition(earlier_phrase, phrase)
                        if named:
                            return earlier, (earlier, span[1]), [named]
            if infos[0]:
                return clause, span, infos
            if not comma_before or own_subject:
                break
            clause, end = earlier, previous_end
        return clause, (-1, -1), []

    def _relative_subject(self, floor: int, comma: int) -> tuple[int, tuple[int, int], list[SpeakerInfo]]:
        """'… made by Kim Jong Un, who notified Moscow that …': the speaker named right before ', who'."""
        last = self.speakers.named_at_end(self.norm[floor:comma])
        if last:
            start, end, info = last
            return comma, (floor + start, floor + end), [self.speakers.description(info)]
        return comma, (-1, -1), []

    def _except(self, start: int, end: int) -> int:
        found = re.search(r"\bexcept\b", self.norm[start:end])
        return start + found.start() if found else end

    def _postposed(self, sent: Sentence, clause: int, cue: Cue) -> bool:
        """'<content>, Blinken warned (after …)': the verb follows its content."""
        norm = self.norm
        before = norm[sent.start:clause]
        if clause <= sent.start or not before.rstrip().endswith(",") or len(before.split()) < 4:
            return False
        if PARTICIPIAL_LEAD.match(before):
            return False
        return postposed_tail(norm, self._cue_end(cue, sent.end), sent.end)

    def content_end(self, start: int, end: int) -> int:
        """Reported content runs to ``end`` or to a participle clause (', without addressing'),
        an ', according to', a '; ' outside quotation marks."""
        norm, inside = self.norm, False
        for index in range(start, end):
            char = norm[index]
            if char == QUOTE:
                inside = not inside
            elif not inside and char == "," and (CONTINUATIONS.match(norm, index) or
                                                 re.match(r",\s+according to\b", norm[index:index + 20]) or
                                                 SETTING_AFTER_COMMA.match(norm, index, end) or
                                                 WITH_SPEAKER.match(norm, index, end) or self._contrast(index, end)):
                return index
        return end

    def _contrast(self, index: int, end: int) -> bool:
        """', while Moscow's envoy dismissed …' (a speech cue follows within the clause)."""
        found = CONTRAST.match(self.norm, index, end)
        if not found:
            return False
        clause_end = self.norm.find(",", found.end(), end)
        return any(c.kind in ("speech", "attitude", "silence") and not is_participle(c)
                   for c in self.cues(found.end(), end if clause_end < 0 else clause_end))

    def _in_view(self, sent: Sentence, emitted_before: int) -> None:
        """'In her view, Washington has every interest in …': the view of the person referred to."""
        found = IN_VIEW.match(self.norm, sent.start, sent.end)
        if not found or len(self.out) > emitted_before:
            return
        info = self.speakers.pronoun(POSSESSIVE_PRONOUNS[found.group("owner").lower()])
        if info is not None:
            self.emit(found.end(), sent.end, info, "indirect", found.group().strip(" ,"), "reported:in-view", sent)

    def _with_speakers(self, sent: Sentence) -> None:
        """'…, with the top government spokesman warning that …': a further row for that speaker."""
        for found in WITH_SPEAKER.finditer(self.norm, sent.start, sent.end):
            if self._inside_quote(found.start()):
                continue
            who = (found.start("who"), found.end("who"))
            info = self.speakers.resolve(self.norm[who[0]:who[1]])
            if info is None:
                continue
            end = self.content_end(found.end(), sent.end)
            if len(self.norm[found.end():end].split()) >= 3:
                self.emit(found.end(), end, info, "indirect", found.group("cue"), "reported:with-participle", sent,
                          who)

    def _content_after(self, sent: Sentence, cue: Cue, info: SpeakerInfo, method: str, span, limit: int) -> None:
        norm = self.norm
        start = cue.end
        if cue.lemma in LISTENER_VERBS:
            listener = LISTENER.match(norm, start, limit)
            to_that = LISTENER_THAT.match(norm, start, limit)  # 'told journalists on a conference call that'
            if to_that:
                start = to_that.end()
            elif listener and not re.match(r"\s*that\b", norm[start:limit]):
                start = cue.end + len(norm[cue.end:listener.end()].rstrip())
        that = THAT_SKIP.match(norm, start, limit)
        if that:
            start = that.end()
        end = self._coordinated_end(start, self.content_end(start, limit))
        setting = TRAILING_SETTING.search(norm, start, trim(norm, start, end)[1])
        if setting and not self._inside_quote(setting.start()):
            end = setting.start()
        mode = "reported" if cue.kind == "attitude" else "indirect"
        cue_text = norm[cue.start:start].strip(" ,:")
        minimum = 3
        if cue.lemma in OBJECT_VERBS and not (that and "that" in that.group()):
            start, minimum = cue.start, 2
        if len(norm[start:end].split()) >= minimum:
            self.emit(start, end, info, mode, cue_text, method, sent, span)
        if end < limit:
            self._participle(sent, end, info)

    def _coordinated_end(self, start: int, end: int) -> int:
        """Content ends before a second verb joined by 'and' ('dismissed the claim … and said …')."""
        for later in self.cues(start, end):
            coordinated = COORDINATED.search(self.norm, max(start, later.start - 40), later.start)
            if coordinated and not self._inside_quote(later.start):
                return coordinated.start()
        return end

    def transcript(self, paragraph: list[Sentence]) -> bool:
        """A briefing transcript line 'Mao Ning: I'm not familiar with ...' is a direct utterance."""
        first = paragraph[0]
        label = TRANSCRIPT_LABEL.match(self.norm, first.start, first.end)
        if not label:
            return False
        info = self.speakers.resolve(label.group(1))
        if info is None or info.kind != "person":
            return False
        start, end = label.end(), paragraph[-1].end
        while end > start and self.norm[end - 1].isspace():
            end -= 1
        self.emit(start, end, info, "direct", "", "quote:transcript", first, (label.start(1), label.end(1)))
        self.last_direct = info
        return True

    def _inside_quote(self, position: int) -> bool:
        return any(open_at < position < close_at for open_at, close_at, _ in self.quotes)

    def _sentence_subjects(self, sentences: list[Sentence]) -> list[tuple[int, SpeakerInfo]]:
        """Persons named at the start of a sentence, after at most a title ('Unification Minister Chung …')."""
        starts = [sent.start for sent in sentences]
        found = []
        for start, _, info in self.speakers.mentions:
            index = bisect_right(starts, start) - 1
            sent = sentences[index] if index >= 0 else None
            if sent is not None and not sent.boilerplate and \
                    TITLE_WORDS.fullmatch(self.norm[sent.start:start]):
                found.append((start, info))
        return found

    def _issuers(self, sentences: list[Sentence]) -> list[tuple[int, SpeakerInfo]]:
        """'The Central Military Commission issued a written statement': who issued which document, where."""
        found = []
        for sent in sentences:
            for match in ISSUED.finditer(self.norm, sent.start, sent.end):
                span = speaker_phrase(self.norm, clause_start(self.norm, sent.start, match.start()), match.start())
                phrase = re.split(r"\s[-\u2013\u2014]{1,2}\s", self.norm[span[0]:span[1]])[-1]  # after a dateline
                info = self.speakers.registry.resolve(phrase, date=self.speakers.date)
                last = self.speakers.named_at_end(phrase) if info is None else None
                info = last[2] if last else info
                if info is not None and info.kind in ("institution", "state", "person"):
                    found.append((match.start(), info))
        return found

    def run(self, sentences: list[Sentence]) -> list[Utterance]:
        self.speakers.issuers = self._issuers(sentences)
        self.speakers.subjects = self._sentence_subjects(sentences)
        by_paragraph: dict[int, list[Sentence]] = {}
        for sent in sentences:
            if not sent.boilerplate:
                by_paragraph.setdefault(sent.paragraph, []).append(sent)
        pending: list = []
        for paragraph in by_paragraph.values():
            para_start, para_end = paragraph[0].start, paragraph[-1].end
            self.quotes = quote_spans(self.norm, para_start, para_end)
            self.consumed = []
            if not self.quotes or self.quotes[0][0] > para_start:
                pending = []  # a waiting quotation is only closed by a paragraph opening with a quote mark
            self.speakers.position = para_start
            if self.transcript(paragraph):
                continue
            pending = self.direct(paragraph, self.quotes, pending)
            for sent in paragraph:
                self.speakers.position = sent.start
                self.reported(sent)
            if not self.quotes:
                self.last_direct = None
        seen, result = set(), []
        for u in sorted(self.out, key=lambda u: (u.start, u.end, u.actor, u.speaker)):
            key = (u.start, u.end, u.speaker, u.actor, u.mode)
            if key not in seen:
                seen.add(key)
                result.append(u)
        return result


def find_utterances(doc: Document, sentences: list[Sentence] | None = None, *,
                    registry: Registry | None = None) -> list[Utterance]:
    """Every utterance in ``doc`` (sorted by position); boilerplate and narration yield none."""
    registry = registry or load_registry()
    sents = doc_sentences(doc) if sentences is None else sentences
    return _Extractor(doc, registry).run(sents)
