#!/usr/bin/env python3
"""Every program the tests call comes from a package build-aux/setup installs.

    tests/check-test-programs.py [SOURCE-ROOT]

A clone on a developer's machine sees everything installed there by hand; CI
and a new user's machine see only what `build-aux/setup --list` installs (and
the base system).  So this finds the programs the tests call -- in the test
sources, the test scripts, the meson files that define tests and
build-aux/test -- and asks dpkg which package provides each one found on
this machine.  It fails when that package is neither in the setup list nor
part of every Debian system (Priority: required, or Essential), and when a
program the tests are known to need is not installed at all (the setup list
would not give it either, or the test would skip).

Where programs are looked for (a heuristic that errs on the side of
finding too much; a word that is no program on this machine is ignored):
  - C: `g_find_program_in_path ("x")`, the first string of an argv array
    (`argv[] = { "x", ...`), and `"x"` passed to g_subprocess_new;
  - meson: every name given to find_program();
  - shell: the command word of each command (line start, after | ; && ||
    $( ` then do else exec, after `timeout N`, `xvfb-run` options and
    `command -v`), and the words of a `for x in a b` list whose variable is
    later run through `command -v`;
  - python: the first string of a subprocess argument list (`["x", ...`).

Exit 0 when every program is accounted for, 1 otherwise; the table says
which program came from which package.
"""

import os
import re
import subprocess
import sys

# Programs the tests are known to call: when one of them is missing here, the
# setup list does not install it (or this machine was never set up), and a
# test would fail or skip on a fresh machine.
KNOWN = """chromium pdftotext pdftoppm pdfinfo xvfb-run desktop-file-validate
appstreamcli msgfmt xgettext msgmerge msgattrib glib-compile-schemas python3
perl soffice""".split()

SHELL_WORDS = set("""if then else elif fi for in do done while until case esac
function return local export set unset shift exit break continue echo printf
read cd pwd test true false eval source trap wait exec command type declare
readonly let select time""".split())


def setup_packages(top):
    out = subprocess.run([os.path.join(top, "build-aux", "setup"), "--list"],
                         check=True, capture_output=True, text=True).stdout
    return set(out.split())


def path_variants(path):
    """@path as found, resolved, and under /bin and /usr/bin alike (a merged
    /usr lists many programs under /bin only)."""
    variants = [path, os.path.realpath(path)]
    for p in list(variants):
        if p.startswith(("/usr/bin/", "/usr/sbin/")):
            variants.append(p[4:])
        elif p.startswith(("/bin/", "/sbin/")):
            variants.append("/usr" + p)
    return variants


def all_on_path(program):
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        path = os.path.join(folder or ".", program)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            yield path


def packages_of(paths):
    """Path -> the package dpkg says provides it, in one call to dpkg (each
    call reads its whole database)."""
    owners = {}
    if not paths:
        return owners
    result = subprocess.run(["dpkg", "-S"] + sorted(set(paths)), capture_output=True, text=True)
    for line in result.stdout.splitlines():
        packages, sep, path = line.partition(": ")
        if sep and path.strip() in paths:
            owners[path.strip()] = packages.split(",")[0].split(":")[0].strip()
    return owners


def find_program(program, owners):
    """The first @program on $PATH that a package provides, with its
    package; else the first one found (installed by hand) and None."""
    first = None
    for path in all_on_path(program):
        first = first or path
        for variant in path_variants(path):
            if variant in owners:
                return path, owners[variant]
    return first, None


def package_fields(packages, fields):
    """Package -> its dpkg fields (a format such as "${Priority}"), in one
    call to dpkg-query."""
    if not packages:
        return {}
    result = subprocess.run(["dpkg-query", "-W", "-f=${Package}\t" + fields + "\n"] + sorted(packages),
                            capture_output=True, text=True)
    values = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition("\t")
        values[name.split(":")[0]] = value
    return values


def dependencies_of(packages):
    """Package -> the listed package whose direct dependency it is: apt
    installs those with it on every machine."""
    by = {}
    for package, depends in sorted(package_fields(packages, "${Depends},${Pre-Depends}").items()):
        for alternative in depends.split(","):
            name = alternative.split("|")[0].split("(")[0].split(":")[0].strip()
            if name:
                by.setdefault(name, package)
    return by


def strip_shell_comment(line):
    quote = None
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or line[i - 1] in " \t;"):
            return line[:i]
    return line


COMMAND_START = re.compile(
    r"(?:^|[|;&(`]|\$\(|\bthen\b|\bdo\b|\belse\b|\bexec\b|\bcommand\s+-v\b|"
    r"\btimeout\s+\d+[smh]?\b|\bxvfb-run(?:\s+-\S+(?:\s+\"[^\"]*\")?)*)\s*"
    r"(?:[A-Z_][A-Z0-9_]*=\S*\s+)*([A-Za-z][A-Za-z0-9._+-]*)")


def without_quoted_text(line):
    """@line with the text of its quotes blanked out (a `$(` inside double
    quotes is kept: it runs a command)."""
    line = re.sub(r"'[^']*'", "''", line)
    return re.sub(r'"([^"$]|\$(?!\())*"', '""', line)


def programs_in_shell(text):
    found = set()
    lines = [strip_shell_comment(line) for line in text.splitlines()]
    for line in lines:
        for match in COMMAND_START.finditer(without_quoted_text(line.strip())):
            rest = match.string[match.end():]
            if rest.startswith("=") or rest.lstrip().startswith("()"):
                continue  # an assignment or a function's definition
            found.add(match.group(1))
    body = "\n".join(lines)
    for match in re.finditer(r"\bfor\s+(\w+)\s+in\s+([^;\n]+)", body):
        var, words = match.group(1), match.group(2)
        if re.search(r"command\s+-v\s+\"?\$\{?" + var + r"\b", body):
            found.update(w for w in words.split() if re.match(r"^[A-Za-z][\w.+-]*$", w))
    return found


def programs_in_c(text):
    found = set(re.findall(r'g_find_program_in_path\s*\(\s*"([^"]+)"', text))
    found.update(re.findall(r'argv\w*\s*\[\s*\]\s*=\s*\{\s*"([A-Za-z][A-Za-z0-9._+-]*)"', text))
    found.update(re.findall(r'g_subprocess_new\s*\([^,]*,\s*[^,]*,\s*"([^"]+)"', text))
    return found


def programs_in_meson(text):
    found = set()
    for args in re.findall(r"find_program\s*\(([^)]*)\)", text):
        found.update(re.findall(r"'([^']+)'", args))
    return {f for f in found if "/" not in f and not f.endswith((".sh", ".py"))}


def programs_in_python(text):
    return set(re.findall(r'\[\s*"([A-Za-z][A-Za-z0-9._+-]*)"\s*,', text))


def sources(top):
    yield os.path.join(top, "build-aux", "test"), programs_in_shell
    for folder in ("tests", "data", "po", "help"):
        root = os.path.join(top, folder)
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in ("data", "output")]
            for name in filenames:
                path = os.path.join(dirpath, name)
                if name == "meson.build":
                    yield path, programs_in_meson
                elif folder != "tests":
                    continue
                elif name.endswith((".c", ".h")):
                    yield path, programs_in_c
                elif name.endswith(".sh"):
                    yield path, programs_in_shell
                elif name.endswith(".py"):
                    yield path, programs_in_python


def main():
    top = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                          os.path.join(os.path.dirname(__file__), ".."))
    listed = setup_packages(top)
    pulled_in = dependencies_of(listed)
    wanted = {}
    for path, finder in sources(top):
        with open(path, encoding="utf-8", errors="replace") as f:
            for program in finder(f.read()):
                if program in SHELL_WORDS:
                    continue
                wanted.setdefault(program, set()).add(os.path.relpath(path, top))
    for program in KNOWN:
        wanted.setdefault(program, set()).add("(known test tool)")

    paths = [v for program in wanted for path in all_on_path(program) for v in path_variants(path)]
    owners = packages_of(paths)
    found = {program: find_program(program, owners) for program in sorted(wanted)}
    packages = {package for _, package in found.values() if package}
    base = {package for package, fields in package_fields(packages, "${Priority} ${Essential}").items()
            if "required" in fields.split() or "yes" in fields.split()}

    problems = []
    rows = []
    for program in sorted(wanted):
        path, package = found[program]
        called_in = ", ".join(sorted(wanted[program]))
        if path is None:
            if program in KNOWN:
                problems.append(f"{program}: not installed, but the tests call it ({called_in}); "
                                "add its package to build-aux/setup")
            continue
        if package is None:
            problems.append(f"{program} ({path}): no Debian package provides it (installed by hand?); "
                            f"the tests call it ({called_in})")
            continue
        if package in listed:
            how = "setup"
        elif package in pulled_in:
            how = "setup (needed by " + pulled_in[package] + ")"
        elif package in base:
            how = "base system"
        else:
            how = "MISSING FROM SETUP"
            problems.append(f"{program}: from package {package}, which build-aux/setup does not install "
                            f"(called in {called_in})")
        rows.append(f"{program:24} {package:28} {how}")

    print("\n".join(rows))
    if problems:
        print("", file=sys.stderr)
        for problem in problems:
            print("check-test-programs: " + problem, file=sys.stderr)
        return 1
    print(f"{len(rows)} programs, each from build-aux/setup's list or the base system")
    return 0


if __name__ == "__main__":
    sys.exit(main())
