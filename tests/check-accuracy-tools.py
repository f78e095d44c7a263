#!/usr/bin/env python3
"""build-aux/accuracy and build-aux/sweep run against this build's resdiff:
every truth file is scored without trouble, the formats fixtures are read,
and both tools fail as documented.

    check-accuracy-tools.py SOURCE_ROOT RESDIFF
"""

import glob
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import tempfile
import types

top, resdiff = sys.argv[1], sys.argv[2]
accuracy = os.path.join(top, "build-aux", "accuracy")
sweep = os.path.join(top, "build-aux", "sweep")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(argv):
    return subprocess.run([sys.executable] + argv, capture_output=True, text=True)



def load_accuracy():
    """build-aux/accuracy as a module (it has no .py suffix)."""
    import importlib.machinery
    import importlib.util
    loader = importlib.machinery.SourceFileLoader("accuracy", accuracy)
    spec = importlib.util.spec_from_loader("accuracy", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


# "accept": ["deleted+inserted"] is allowed on any change: a move (or a
# split) a reader could call deletions plus insertions is met by them, not
# only a modification; without "accept" it is not.
scorer = load_accuracy()
for truth_type, old, new in (("modified", [1], [2]), ("moved", [1], [7]), ("split", [1], [2, 3])):
    for accepted in (True, False):
        entry = {"type": truth_type, "accept": ["deleted+inserted"]} if accepted else {"type": truth_type}
        truth = [{"entry": entry, "type": truth_type, "old": frozenset(old), "new": frozenset(new), "met_by": []}]
        output = [{"type": "deleted", "old": frozenset([p]), "new": frozenset(), "right": False} for p in old]
        output += [{"type": "inserted", "old": frozenset(), "new": frozenset([p]), "right": False} for p in new]
        scorer.match_changes(truth, output)
        met = bool(truth[0]["met_by"]) and all(o["right"] for o in output)
        check(met == accepted, "accuracy: %s %s accept: met %s" % (truth_type, "with" if accepted else "without", met))
# Half of it is not enough: the deletion alone does not meet the move.
truth = [{"entry": {"type": "moved", "accept": ["deleted+inserted"]}, "type": "moved",
          "old": frozenset([1]), "new": frozenset([7]), "met_by": []}]
output = [{"type": "deleted", "old": frozenset([1]), "new": frozenset(), "right": False}]
scorer.match_changes(truth, output)
check(not truth[0]["met_by"] and not output[0]["right"], "accuracy: a move met by its deletion alone")

with tempfile.TemporaryDirectory() as tmp:
    # Scoring: one result per truth file, each with both comparisons read.
    report_path = os.path.join(tmp, "accuracy.json")
    done = run([accuracy, "--resdiff", resdiff, "--no-identical", "--json", report_path])
    check(done.returncode == 0, "accuracy: exit %d: %s" % (done.returncode, done.stderr.strip()))
    truths = sorted(os.path.basename(p)[: -len(".json")]
                    for p in glob.glob(os.path.join(top, "tests", "data", "accuracy", "truth", "*.json")))
    if os.path.exists(report_path):
        report = json.load(open(report_path, encoding="utf-8"))
        check(sorted(p["name"] for p in report["pairs"]) == truths, "accuracy: not one result per truth file")
        for pair in report["pairs"]:
            check(not pair["problem"], "accuracy: %s: %s" % (pair["name"], pair["problem"]))
            check(pair["header_read"]["total"] > 0, "accuracy: %s: no header field scored" % pair["name"])
        dev = report["totals"].get("dev", {}).get("figures", {})
        for section in ("paragraphs", "footnotes"):
            value = dev.get(section, {}).get("recall")
            check(value is not None and 0.0 <= value <= 1.0, "accuracy: dev %s recall %r" % (section, value))
    else:
        failures.append("accuracy: --json wrote nothing")
    check("total (" in done.stdout, "accuracy: no totals line")

    # Explaining one pair names its files; a pair that is not there is trouble.
    name = truths[0]
    done = run([accuracy, "--resdiff", resdiff, "--pair", name])
    check(done.returncode == 0 and name in done.stdout and "Header read:" in done.stdout,
          "accuracy --pair %s: exit %d" % (name, done.returncode))
    done = run([accuracy, "--resdiff", resdiff, "--pair", "no-such-pair"])
    check(done.returncode == 2 and "no such truth file" in done.stderr, "accuracy --pair no-such-pair: exit %d" % done.returncode)

    # No figure can reach 1.01, so --min 1.01 fails; a missing resdiff is trouble.
    done = run([accuracy, "--resdiff", resdiff, "--no-identical", "--min", "1.01"])
    check(done.returncode == 1 and "below 1.010" in done.stdout, "accuracy --min 1.01: exit %d" % done.returncode)
    done = run([accuracy, "--resdiff", os.path.join(tmp, "none")])
    check(done.returncode == 2 and "no resdiff there" in done.stderr, "accuracy without resdiff: exit %d" % done.returncode)

    # The sweep reads the five format fixtures of one resolution (README.md
    # is no document; the other fixtures are fragments made for one test).
    sweep_path = os.path.join(tmp, "sweep.json")
    formats = os.path.join(tmp, "formats")
    os.mkdir(formats)
    for name in ("README.md", "resolution.akn.xml", "resolution.docx", "resolution.fodt", "resolution.html", "resolution.odt"):
        shutil.copy(os.path.join(top, "tests", "data", "formats", name), formats)
    done = run([sweep, "--resdiff", resdiff, "--jobs", "2", "--json", sweep_path, formats])
    check(done.returncode == 0, "sweep: exit %d: %s" % (done.returncode, done.stderr.strip()))
    if os.path.exists(sweep_path):
        swept = json.load(open(sweep_path, encoding="utf-8"))
        summary = swept["summary"]
        check(summary["files"] == 5 and summary["skipped"] == 1, "sweep: %d files, %d skipped" % (summary["files"], summary["skipped"]))
        check(summary["read"] == 5, "sweep: %d of 5 read" % summary["read"])
        for record in swept["files"]:
            check(record.get("symbol"), "sweep: %s: no symbol" % record["file"])
            check(record.get("counts", {}).get("operative", 0) > 0, "sweep: %s: no operative paragraph" % record["file"])
        check(set(summary["classes"]) >= {"furniture", "short_paragraph", "no_operative", "timeout"},
              "sweep: anomaly classes missing from the summary")
    else:
        failures.append("sweep: --json wrote nothing")

    # A file that is no document is reported, not fatal.
    broken = os.path.join(tmp, "broken")
    os.mkdir(broken)
    with open(os.path.join(broken, "empty.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n")
    done = run([sweep, "--resdiff", resdiff, broken])
    check(done.returncode == 0 and "UNREADABLE" in done.stdout, "sweep of a broken PDF: exit %d" % done.returncode)
    done = run([sweep, "--resdiff", resdiff, "--strict", broken])
    check(done.returncode == 1, "sweep --strict of a broken PDF: exit %d" % done.returncode)

    # Explained, it is listed as such and --strict passes; an explanation
    # of a class the file does not show is stale, and fails --strict.  A
    # file the list says is no document is skipped.
    with open(os.path.join(broken, "pending.txt"), "w", encoding="utf-8") as f:
        f.write("a list of names\n")
    explained = {"not_documents": {"pending.txt": "a list"},
                 "explained": {"empty.pdf": {"unreadable": "cut after its header, on purpose"}}}
    with open(os.path.join(broken, "sweep-explained.json"), "w", encoding="utf-8") as f:
        json.dump(explained, f)
    done = run([sweep, "--resdiff", resdiff, "--strict", broken])
    check(done.returncode == 0 and "explained: unreadable" in done.stdout and "pending.txt" not in done.stdout,
          "sweep --strict with the broken PDF explained: exit %d: %s" % (done.returncode, done.stdout))
    explained["explained"]["empty.pdf"]["furniture"] = "not so"
    with open(os.path.join(broken, "sweep-explained.json"), "w", encoding="utf-8") as f:
        json.dump(explained, f)
    done = run([sweep, "--resdiff", resdiff, "--strict", broken])
    check(done.returncode == 1 and "stale explanation: furniture" in done.stdout,
          "sweep --strict with a stale explanation: exit %d" % done.returncode)
    done = run([sweep, "--resdiff", resdiff, os.path.join(tmp, "no-such-folder")])
    check(done.returncode == 2 and "no such folder" in done.stderr, "sweep of a missing folder: exit %d" % done.returncode)

# Verb changes: a modification the truth accepts as a deletion plus an
# insertion, read so by the output, asks for no verb change; read as a
# modification, it does.
loader = importlib.machinery.SourceFileLoader("accuracy", accuracy)
scorer = types.ModuleType(loader.name)
scorer.__file__ = accuracy
loader.exec_module(scorer)
entry = {"type": "modified", "accept": ["deleted+inserted"], "verb": {"old": "Welcoming", "new": "Noting"},
         "old": [{"label": "PP 9"}], "new": [{"label": "PP 9"}]}
truth = [{"entry": entry, "type": "modified", "old": frozenset([3]), "new": frozenset([4]), "unfound": [], "met_by": []}]
output = [{"change": {}, "type": "deleted", "old": frozenset([3]), "new": frozenset(), "verb_changed": False, "right": False},
          {"change": {}, "type": "inserted", "old": frozenset(), "new": frozenset([4]), "verb_changed": False, "right": False}]
score = scorer.score_changes(truth, output)
check(score["truth_met"] == 1 and score["verbs_truth"] == 0,
      "accuracy: a verb change asked of an accepted deletion plus insertion: %r" % score)
truth[0]["met_by"] = []
output = [{"change": {}, "type": "modified", "old": frozenset([3]), "new": frozenset([4]), "verb_changed": False, "right": False}]
score = scorer.score_changes(truth, output)
check(score["truth_met"] == 1 and score["verbs_truth"] == 1 and score["verbs_truth_met"] == 0,
      "accuracy: a verb change missed on a modification: %r" % score)

# A `start` leaves out a heading's number as it leaves out "7.": "XVI"
# (its full stop lost in the text layer) and "B." are numbers; the "A" of
# a heading "A new agenda" is a word.
located = scorer.Located([{"kind": "heading", "text": "XVI Eightieth session of the General Assembly"},
                          {"kind": "heading", "text": "B. Fisheries"},
                          {"kind": "heading", "text": "A new agenda for peace"},
                          {"kind": "operative", "text": "I Decides"}])
check(located.find("Eightieth session of the General Assembly") == (0, "")
      and located.find("Fisheries") == (1, "") and located.find("A new agenda") == (2, "")
      and located.find("Decides") == (None, None),
      "accuracy: heading numbers: %r" % [located.find(s) for s in ("Eightieth session", "Fisheries", "A new agenda", "Decides")])

check(scorer.only_labels({"old": [{"text": "Annex"}], "new": []})
      and scorer.only_labels({"old": [{"text": "Annex I"}], "new": [{"text": "Annex II"}]})
      and not scorer.only_labels({"old": [{"text": "Annex"}], "new": [{"text": "Annexes the report"}]})
      and not scorer.only_labels({"old": [], "new": []}),
      "accuracy: annex labels")

# The sweep counts each ideograph of Chinese (written without spaces) as a
# word: a Chinese paragraph is not "short".
loader = importlib.machinery.SourceFileLoader("sweep", sweep)
sweeper = types.ModuleType(loader.name)
sweeper.__file__ = sweep
loader.exec_module(sweeper)
check(sweeper.count_words("鉴于对人类家庭所有成员的固有尊严") >= 3 and sweeper.count_words("Now, therefore,") == 2,
      "sweep: words of a Chinese and an English line")

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
