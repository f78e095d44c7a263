#!/usr/bin/env python3
"""LibreOffice accepts and rejects the export's tracked changes.

    tests/check-office-changes.py RESDIFF OLD.pdf NEW.pdf OUTDIR FORMAT

Writes OLD against NEW as OUTDIR/marked-up.FORMAT (odt or docx) with
resdiff, then has LibreOffice headless (a private profile) open it and run
its own "Accept All" and "Reject All" (.uno:AcceptAllTrackedChanges,
.uno:RejectAllTrackedChanges, through a Basic macro put in the profile) and
save the text.  Accepted, the text must hold every paragraph of the new
version (resdiff --structure) and rejected every paragraph of the old one,
each in order; the paragraphs only one version has must be missing from
the other's text.  So LibreOffice reads every change as a tracked change,
with the meaning Resdiff gave it.  It also converts the document to PDF,
checks that LibreOffice prints both versions' symbols (changes shown), and
keeps the PDF and a PNG of page one in OUTDIR to look at.
"""

import json
import os
import re
import shutil
import subprocess
import sys

# soffice starts slowly, more so on a loaded machine.
SOFFICE_TIMEOUT = 600

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Resolve
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(Environ(&quot;RD_IN&quot;)), &quot;_blank&quot;, 0, load())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  helper.executeDispatch(doc.CurrentController.Frame, Environ(&quot;RD_COMMAND&quot;), &quot;&quot;, 0, Array())
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Text (encoded)&quot;
  doc.storeToURL(ConvertToURL(Environ(&quot;RD_OUT&quot;)), store())
  doc.close(True)
End Sub
</script:module>
"""


def squeeze(text):
    return re.sub(r"\s+", "", text)


def letters(text):
    """@text without white space and figures: LibreOffice's text puts a
    footnote's number where its mark is, which --structure leaves out."""
    return re.sub(r"[\s\d]+", "", text)


def structure(resdiff, path):
    run = subprocess.run([resdiff, "--structure", path], check=True, capture_output=True, text=True)
    return json.loads(run.stdout)


def soffice(profile, *args, env=None):
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore", *args],
                   check=True, capture_output=True, timeout=SOFFICE_TIMEOUT, env=env)


def in_order(paragraphs, text):
    """How many of @paragraphs' texts @text holds, each after the one before."""
    found, at = 0, 0
    for paragraph in paragraphs:
        where = text.find(paragraph, at)
        if where >= 0:
            found += 1
            at = where + len(paragraph)
    return found


def main():
    resdiff, old, new, outdir, kind = sys.argv[1:6]
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    document = os.path.join(outdir, "marked-up." + kind)

    run = subprocess.run([resdiff, old, new, "-o", document], capture_output=True, text=True)
    if run.returncode != 1:
        sys.exit(f"resdiff exited {run.returncode}: {run.stderr}")
    versions = {"new": structure(resdiff, new), "old": structure(resdiff, old)}

    profile_dir = os.path.abspath(os.path.join(outdir, "profile"))
    profile = "file://" + profile_dir
    # The first run makes the profile, the PDF to look at.
    soffice(profile, "--convert-to", "pdf", "--outdir", outdir, document)
    pdf = os.path.join(outdir, "marked-up.pdf")
    if not os.path.exists(pdf):
        sys.exit("LibreOffice wrote no PDF")
    printed = squeeze(subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                                     capture_output=True, text=True).stdout)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf,
                    os.path.join(outdir, "page")], check=True)

    failures = []
    for name, version in versions.items():
        missing = [w for w in re.findall(r"\w+", version.get("symbol") or "") if w not in printed]
        if missing:
            failures.append(f"the {name} symbol is not printed: {missing}")

    module = os.path.join(profile_dir, "user", "basic", "Standard", "Module1.xba")
    if not os.path.exists(module):
        sys.exit(f"LibreOffice made no Basic library in its profile ({module})")
    with open(module, "w", encoding="utf-8") as out:
        out.write(MACRO)

    texts = {}
    for name, command in (("new", ".uno:AcceptAllTrackedChanges"), ("old", ".uno:RejectAllTrackedChanges")):
        output = os.path.join(outdir, f"{'accepted' if name == 'new' else 'rejected'}.txt")
        env = dict(os.environ, RD_IN=os.path.abspath(document), RD_OUT=os.path.abspath(output), RD_COMMAND=command)
        soffice(profile, "vnd.sun.star.script:Standard.Module1.Resolve?language=Basic&location=application", env=env)
        if not os.path.exists(output):
            sys.exit(f"LibreOffice saved no text for {command}")
        with open(output, encoding="utf-8-sig") as text:
            texts[name] = letters(text.read())

    paragraphs = {name: [letters(p["text"]) for p in version["paragraphs"]] for name, version in versions.items()}
    for name, other in (("new", "old"), ("old", "new")):
        found = in_order(paragraphs[name], texts[name])
        print(f"{'accepted' if name == 'new' else 'rejected'}: {found} of {len(paragraphs[name])} "
              f"paragraphs of the {name} version, in order")
        if found != len(paragraphs[name]):
            missing = [p for p in paragraphs[name] if p not in texts[name]]
            failures.append(f"{len(paragraphs[name]) - found} paragraphs of the {name} version missing "
                            f"with the changes {'accepted' if name == 'new' else 'rejected'}: {missing[:3]}")
        only = [p for p in paragraphs[other] if p not in set(paragraphs[name]) and len(p) > 20]
        stray = [p for p in only if p in texts[name]]
        if not only:
            failures.append(f"no paragraph only in the {other} version: the pair does not test anything")
        if stray:
            failures.append(f"{len(stray)} paragraphs only in the {other} version stay: {stray[:3]}")

    if failures:
        sys.exit("\n".join(failures))


if __name__ == "__main__":
    main()
