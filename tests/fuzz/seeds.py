#!/usr/bin/env python3
# seeds.py OUTDIR: makes the seed corpus of each fuzz target in
# OUTDIR/<target>/ from tests/data (small files only: libFuzzer's speed
# falls with the size of its inputs) plus a few inputs written here.
# Nothing is committed twice: the seeds are made afresh in the build tree.

import os
import shutil
import sys
import zipfile
import io
import zlib

top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(top, "tests", "data")
out = sys.argv[1]

# Seeds above this are cut (text) or left out (binary formats).
MAX_SEED = 16 * 1024


def put(target, name, content):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(content)


def read(*path):
    with open(os.path.join(data, *path), "rb") as f:
        return f.read()


def cut(content, limit=MAX_SEED):
    return content[:limit]


def hostile():
    """tests/data/hostile (defects found by fuzzing), when present."""
    d = os.path.join(data, "hostile")
    if not os.path.isdir(d):
        return []
    return sorted(
        (n, read("hostile", n))
        for n in os.listdir(d)
        if os.path.isfile(os.path.join(d, n)) and not n.endswith(".md")
        and os.path.getsize(os.path.join(d, n)) <= MAX_SEED
    )


def tiny_pdf(lines):
    """A one-page PDF whose text layer holds @lines, in Helvetica."""
    stream = b"BT /F1 11 Tf 72 720 Td 14 TL\n"
    for line in lines:
        stream += b"(" + line.replace(b"(", b"\\(").replace(b")", b"\\)") + b") '\n"
    stream += b"ET\n"
    compressed = zlib.compress(stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed)
        + compressed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return pdf


RESOLUTION = [
    b"United Nations A/80/L.1",
    b"General Assembly Distr.: Limited",
    b"Utopia: draft resolution",
    b"The General Assembly,",
    b"Recalling its resolution 70/1 of 25 September 2015,",
    b"1. Decides to remain seized of the matter;",
    b"2. Requests the Secretary-General to report.",
]

texts = [
    ("novel-chapter.txt", read("novel-chapter.txt")),
    ("trafficking-draft.txt", cut(read("trafficking-2013-revised-draft.en.txt"))),
    ("trafficking-old.txt", cut(read("pairs", "trafficking-old.txt"))),
    ("resolution.txt", b"\n\n".join(RESOLUTION) + b"\n"),
    ("tab-indented.txt", b"The General Assembly,\n\n\tRecalling its resolution 70/1,\n\n"
     b"\t1.\tDecides to remain seized of the matter.\n"),
    ("utf16.txt", ("\ufeffThe General Assembly,\n\n1. Décide.\n").encode("utf-16-le")),
    ("latin1.txt", "L'Assemblée générale,\n\n1. Décide.\n".encode("latin-1")),
]
for name, content in texts:
    put("text", name, content)
    put("detect", name, content)

html = [
    ("resolution.html", read("formats", "resolution.html")),
    ("udhr.en.html", cut(read("udhr", "A_RES_217_III_UDHR.en.html"))),
    ("udhr.zh.html", cut(read("udhr", "A_RES_217_III_UDHR.zh.html"))),
    ("lists.html", b"<html><body><p>The General Assembly,</p><ol start=\"3\" type=\"a\">"
     b"<li>One;</li><li value=\"7\">Two;<ol reversed><li>x</li><li>y</li></ol></li></ol>"
     b"<table><tr><td>1.</td><td>Decides</td></tr></table></body></html>"),
]
for name, content in html:
    put("html", name, content)
    put("detect", name, content)

def stored(content):
    """The same zip package with its members stored, not deflated: the
    fuzzer then mutates the XML inside, not compressed bytes."""
    result = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, \
            zipfile.ZipFile(result, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            if not (info.filename.endswith(".xml") or info.filename == "mimetype"):
                continue  # thumbnails and pictures: nothing a reader reads
            target.writestr(info.filename, source.read(info.filename), zipfile.ZIP_STORED)
    return result.getvalue()


for target, name in [("docx", "resolution.docx"), ("odt", "resolution.odt")]:
    put(target, "stored-" + name, stored(read("formats", name)))

for target, name in [("docx", "resolution.docx"), ("odt", "resolution.odt"),
                     ("odt", "resolution.fodt"), ("odt", "tracked-changes.fodt"),
                     ("akn", "resolution.akn.xml")]:
    put(target, name, read("formats", name))
    put("detect", name, read("formats", name))

pdfs = [("resolution.pdf", tiny_pdf(RESOLUTION))]
for name in sorted(os.listdir(os.path.join(data, "pdf"))):
    path = os.path.join(data, "pdf", name)
    if name.endswith(".pdf") and os.path.getsize(path) <= MAX_SEED:
        pdfs.append((name, read("pdf", name)))
for name, content in pdfs:
    put("pdf", name, content)
    put("detect", name, content)

# The comparison: two versions joined by a NUL byte.
old = read("pairs", "trafficking-old.txt")
new = read("pairs", "trafficking-new.txt")
put("compare", "trafficking-head", old[:4096] + b"\0" + new[:4096])
put("compare", "trafficking-tail", old[-4096:] + b"\0" + new[-4096:])
put("compare", "resolution", b"\n\n".join(RESOLUTION) + b"\0"
    + b"\n\n".join(RESOLUTION[:3] + [b"Belgium and Utopia: draft resolution"] + RESOLUTION[4:5]
                   + [b"1. Requests the Secretary-General to report;",
                      b"2. Decides to remain seized of the matter, and to act."]))

instructions = [
    b"Delete the thirty-eighth preambular paragraph reading:\n\xe2\x80\x9cRecalling its resolution 70/1,\xe2\x80\x9d",
    b"1. Delete operative paragraphs 9 to 11.\n2. Delete the second and third preambular paragraphs.",
    b"Replace operative paragraph 200 with the following text:\nDecides to do everything;",
    b"Delete subparagraph (b) of operative paragraph 5.",
    b"Replace \xe2\x80\x9cwidget\xe2\x80\x9d by \xe2\x80\x9cgadget\xe2\x80\x9d throughout the text.",
    b"Operative paragraph 5 shall read as follows:\nDecides to do everything;",
    b"Add the following words at the end of operative paragraph 3: \xe2\x80\x9cand gadgets\xe2\x80\x9d.",
    b"Insert a new operative paragraph 5 bis reading: \xe2\x80\x9cDecides to act;\xe2\x80\x9d",
    b"After the fifth preambular paragraph, insert a new paragraph reading:\n\xe2\x80\x9cNoting with concern,\xe2\x80\x9d",
    b"In operative paragraph 1, replace \xe2\x80\x9ca\xe2\x80\x9d with \xe2\x80\x9cb\xe2\x80\x9d in the title, the preambular paragraphs and the operative paragraphs.",
    b"two hundred and fifth",
]
for number, content in enumerate(instructions):
    put("instructions", "instruction-%02d" % number, content)

for name, content in hostile():
    for target in ("detect", "text", "html"):
        put(target, "hostile-" + name, content)
