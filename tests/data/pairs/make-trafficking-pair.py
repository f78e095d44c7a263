#!/usr/bin/env python3
"""Makes the trafficking pair from the seed: an old and a new version that a
negotiator might have produced, with one edit of each kind the HTML export
shows.  Run from anywhere; writes trafficking-old.txt and trafficking-new.txt
beside this script.  The outputs are committed; this script says how.

old: the seed as the first draft (symbol A/C.3/68/L.17, 1 November 2013,
     "draft resolution"), Kenya among the sponsors, Uganda and Vanuatu not yet.
new: the seed as the revised draft (A/C.3/68/L.17/Rev.1, 8 November 2013),
     with these edits:
  - PP 2 reworded ("needs" -> "requires ... and coordinated");
  - PP 16 ("Recognizing also the importance of bilateral ...") moved ten
    paragraphs later;
  - a new OP 3 inserted (later operative paragraphs renumbered);
  - OP 7 -> 8: "Encourages" -> "Urges" (an operative verb change);
  - OP 11 -> 12 split in two at "and invites Member States";
  - OP 17 ("Invites Member States and other international and bilateral
    donors ...") deleted;
  - footnote 10 edited.
"""

import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "trafficking-2013-revised-draft.en.txt")


def chunks_of(text):
    return [c.strip() for c in re.split(r"\n\s*\n", text) if c.strip()]


def find(chunks, prefix):
    for i, chunk in enumerate(chunks):
        if chunk.startswith(prefix):
            return i
    raise SystemExit("no chunk starts with %r" % prefix)


def replace(chunks, prefix, old, new):
    i = find(chunks, prefix)
    assert old in chunks[i], (prefix, old)
    chunks[i] = chunks[i].replace(old, new, 1)


def renumber(chunks, start, delta):
    for i in range(start, len(chunks)):
        m = re.match(r"^(\d+)(\. \*.*)$", chunks[i], re.S)
        if m:
            chunks[i] = "%d%s" % (int(m.group(1)) + delta, m.group(2))


def write(name, chunks):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
        out.write("\n\n".join(chunks) + "\n")


seed = chunks_of(open(SEED, encoding="utf-8").read())
SPONSORS = "Armenia, Azerbaijan"

# The old version: the first draft.
old = list(seed)
old.insert(0, "A/C.3/68/L.17")
replace(old, "Distr.: Limited", "8 November 2013", "1 November 2013")
replace(old, SPONSORS, ": revised draft resolution", ": draft resolution")
replace(old, SPONSORS, "Iceland, Israel,", "Iceland, Israel, Kenya,")
replace(old, SPONSORS, " Turkmenistan, Uganda, United States of America, Uzbekistan, Vanuatu and Venezuela",
        " Turkmenistan, United States of America, Uzbekistan and Venezuela")

# The new version: the revised draft.
new = list(seed)
new.insert(0, "A/C.3/68/L.17/Rev.1")
replace(new, "Reiterating its concern that", "and needs a more concerted collective",
        "and requires a more concerted and coordinated collective")
moved_at = find(new, "Recognizing also the importance of bilateral")
moved = new.pop(moved_at)
new.insert(moved_at + 10, moved)
replace(new, "7. *Encourages*", "*Encourages*", "*Urges*")
replace(new, "11. *Calls upon*", " with full respect for their human rights, and invites Member States to continue to support",
        " with full respect for their human rights;\n\n12. *Invites* Member States to continue to support")
new = chunks_of("\n\n".join(new))  # the split paragraph is two chunks now
renumber(new, find(new, "12. *Invites* Member States to continue") + 1, 1)
del new[find(new, "18. *Invites* Member States and other international and bilateral donors")]
renumber(new, find(new, "19. *Requests* the Secretary-General"), -1)
at = find(new, "3. *Welcomes*")
renumber(new, at, 1)
new.insert(at, "3. *Calls upon* Member States to strengthen the identification of victims of trafficking in persons, "
               "including through the training of officials who may come into contact with them, and to refer "
               "victims to appropriate assistance without delay;")
replace(new, "¹⁰ Available from", "publications.html.", "publications.html (accessed 1 November 2013).")

write("trafficking-old.txt", old)
write("trafficking-new.txt", new)
