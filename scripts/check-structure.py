#!/usr/bin/env python3
"""Checks the promises ARCHITECTURE.md makes about the code's shape.

1. No two source files import each other: a file's `crate::a::b` and
   `super::x` paths name the module files it uses; a pair that uses each
   other fails. (Paths to items the crate root re-exports, such as
   `crate::Error`, point at the root and are left out: the root is the index.)
2. No crate has more than 2,500 lines of non-test code unless
   ARCHITECTURE.md's "Large crates" section names it and says why.
3. The dependency graph ARCHITECTURE.md states matches `cargo metadata`.

Run from the repository root; exits 1 and says what failed.
"""

import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIMIT = 2500
failures = []


def member_dirs():
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--no-deps", "--format-version", "1"],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
    )
    return meta, {
        p["name"]: pathlib.Path(p["manifest_path"]).parent for p in meta["packages"]
    }


def module_of(src, path):
    """src/foo/bar.rs -> ("foo", "bar"); src/lib.rs, src/main.rs -> ()."""
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "mod" or (len(parts) == 1 and parts[0] in ("lib", "main")):
        parts = parts[:-1]
    return tuple(parts)


def without_tests(text):
    """The file's code before its test module (tests may use what they test)."""
    m = re.search(r"^#\[cfg\(test\)\]\s*\nmod tests", text, re.M)
    return text[: m.start()] if m else text


def check_imports(name, crate_dir):
    src = crate_dir / "src"
    files = {module_of(src, f): f for f in src.rglob("*.rs")}
    uses = {m: set() for m in files}
    for mod, f in files.items():
        code = without_tests(f.read_text())
        for path in re.findall(r"\b(crate(?:::\w+)+|super(?:::\w+)+)", code):
            segs = path.split("::")
            if segs[0] == "crate":
                base, rest = (), segs[1:]
            else:
                base, rest = mod, segs
                while rest and rest[0] == "super":
                    base, rest = base[:-1], rest[1:]
            # The longest module file the path names.
            target = None
            for n in range(len(rest), 0, -1):
                if base + tuple(rest[:n]) in files:
                    target = base + tuple(rest[:n])
                    break
            if target and target != mod and target != ():
                uses[mod].add(target)
    for a, targets in uses.items():
        for b in targets:
            if a < b and a in uses.get(b, ()):
                failures.append(
                    f"{name}: {files[a].relative_to(ROOT)} and "
                    f"{files[b].relative_to(ROOT)} import each other"
                )
    lines = sum(len(without_tests(f.read_text()).splitlines()) for f in files.values())
    return lines


def explained_large_crates():
    text = (ROOT / "ARCHITECTURE.md").read_text()
    m = re.search(r"^### Large crates\n(.*?)(?=^#)", text, re.M | re.S)
    return set(re.findall(r"`([a-z0-9-]+)`", m.group(1))) if m else set()


def stated_graph():
    """`x` → a, b (feature `f`); ... from the Dependency graph paragraph."""
    text = (ROOT / "ARCHITECTURE.md").read_text()
    m = re.search(r"^### Dependency graph\n(.*?)(?=^#)", text, re.M | re.S)
    para = " ".join(m.group(1).split()) if m else ""
    normal = para.split("Tests, benches and fuzz harnesses only:")[0]
    graph = {}
    for who, deps in re.findall(r"`([a-z0-9-]+)` → ([^;.]+)", normal):
        names = re.sub(r"\([^)]*\)", "", deps)
        graph[who] = {d.strip() for d in names.split(",") if d.strip()}
    leaves = re.search(r"^(.*?) depend on no other member", normal)
    for leaf in re.findall(r"`([a-z0-9-]+)`", leaves.group(1)) if leaves else []:
        graph[leaf] = set()
    return graph


def short(name):
    return "app" if name == "harbour-app" else name.removeprefix("harbour-")


def main():
    meta, dirs = member_dirs()
    large = explained_large_crates()
    for name, d in sorted(dirs.items()):
        lines = check_imports(name, d)
        if lines > LIMIT and short(name) not in large:
            failures.append(
                f"{name}: {lines} lines of non-test code (over {LIMIT}, and "
                "ARCHITECTURE.md's Large crates section does not say why)"
            )
    members = {p["name"] for p in meta["packages"]}
    actual = {
        short(p["name"]): {
            short(d["name"])
            for d in p["dependencies"]
            if d["name"] in members and d["kind"] is None and d["name"] != p["name"]
        }
        for p in meta["packages"]
    }
    stated = stated_graph()
    for crate, deps in sorted(actual.items()):
        if stated.get(crate) != deps:
            failures.append(
                f"ARCHITECTURE.md's dependency graph says {crate} → "
                f"{sorted(stated.get(crate, {'(nothing said)'}))}; cargo metadata says {sorted(deps)}"
            )
    for f in failures:
        print(f"check-structure: {f}", file=sys.stderr)
    if not failures:
        print(f"check-structure: {len(actual)} crates, one-way imports, sizes and graph as stated")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
