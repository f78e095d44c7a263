#!/usr/bin/env python3
"""The Word export opens in LibreOffice and prints what it should.

    tests/check-word-export.py RESDIFF OLD.pdf NEW.pdf OUTDIR

Writes OLD against NEW as OUTDIR/marked-up.docx with resdiff, converts it to
PDF with LibreOffice headless (a private profile, so no running office is
disturbed and none of the user's settings counts), and checks the PDF's
text (pdftotext): the symbol, date and title, both versions' when they
changed (LibreOffice prints tracked changes, deletions struck through), the
opening words of nearly every paragraph of the new version, and the
operative paragraphs numbered by Word's numbering.  A document LibreOffice
thinks damaged converts to nothing or to an empty page, and fails here.
OUTDIR keeps the .docx, the PDF and a PNG of the first page to look at.
"""

import json
import os
import re
import shutil
import subprocess
import sys

# soffice starts slowly, more so on a loaded machine.
SOFFICE_TIMEOUT = 600

# A paragraph's opening words are looked for in the PDF's text; a few may
# be cut by a change inside them (a deleted word printed between them).
MIN_FOUND = 0.9
OPENING_CHARACTERS = 40


def squeeze(text):
    return re.sub(r"\s+", "", text)


def main():
    resdiff, old, new, outdir = sys.argv[1:5]
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    docx = os.path.join(outdir, "marked-up.docx")
    pdf = os.path.join(outdir, "marked-up.pdf")

    run = subprocess.run([resdiff, old, new, "-o", docx], capture_output=True, text=True)
    if run.returncode != 1:
        sys.exit(f"resdiff exited {run.returncode}: {run.stderr}")
    structure = json.loads(subprocess.run([resdiff, "--structure", new], check=True,
                                          capture_output=True, text=True).stdout)
    old_structure = json.loads(subprocess.run([resdiff, "--structure", old], check=True,
                                              capture_output=True, text=True).stdout)

    profile = "file://" + os.path.abspath(os.path.join(outdir, "profile"))
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", outdir, docx],
                   check=True, capture_output=True, timeout=SOFFICE_TIMEOUT)
    if not os.path.exists(pdf):
        sys.exit("LibreOffice wrote no PDF")
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = squeeze(text)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf,
                    os.path.join(outdir, "page")], check=True)

    failures = []
    # A field that changed is printed as a redline ("L.1758": "17" struck
    # through, "58" underlined): each of its words is looked for.
    for field in ("symbol", "date", "title"):
        for version in (old_structure, structure):
            value = version.get(field) or ""
            missing = [w for w in re.findall(r"\w+", value) if w not in flat]
            if missing:
                failures.append(f"the {field} {value!r} is not printed: {missing}")

    paragraphs = structure["paragraphs"]
    found = sum(1 for p in paragraphs if squeeze(p["text"][:OPENING_CHARACTERS]) in flat)
    if found < MIN_FOUND * len(paragraphs):
        failures.append(f"only {found} of {len(paragraphs)} paragraphs are printed")

    numbered = [p for p in paragraphs if p["kind"] == "operative" and p["number"]]
    for p in numbered[:3]:
        if not re.search(r"(^|\n)\s*" + re.escape(p["number"]) + r"\.\s", text):
            failures.append(f"operative paragraph {p['number']} is not numbered")

    print(f"{found} of {len(paragraphs)} paragraphs printed, {len(text)} characters")
    if failures:
        sys.exit("\n".join(failures))


if __name__ == "__main__":
    main()
