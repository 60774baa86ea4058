"""The project's layers hold: no import circles between its modules.

Reads every project module with ``ast`` (nothing is imported), so it is fast and
independent of the database. Imports inside functions count too: a lazy import only
hides a circle. The one allowed exception is a page model handing its request to its
app's ``page_views`` from ``serve`` or a RoutablePage route (the models describe the
content; the views import them).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["portal", "learning", "frameworks", "network"]
#: (importing module prefix, imported module): the documented request hand-offs.
HAND_OFFS = {
    ("learning.models", "learning.page_views"),
    ("frameworks.models", "frameworks.page_views"),
    ("portal.core.models", "portal.core.page_views"),  # the home page's blocks
    ("learning.scorm.models", "learning.scorm.views"),  # the SCORM lesson's routes
}


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_modules():
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            modules[_module_name(path)] = path
    return modules


def _resolve(module, node, is_package):
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module, path, modules):
    """The project modules ``module`` imports (``from x import y`` counts y if a module)."""
    found = set()
    tree = ast.parse(path.read_text(), str(path))
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node, is_package)
            names = [target] + [f"{target}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module and not _is_hand_off(module, name):
                found.add(name)
    return found


#: Circles allowed to stay: none (the SCORM and xAPI ones are gone). A new circle fails.
KNOWN_CIRCLES = []


def _is_hand_off(importer, imported):
    return any(importer.startswith(a) and imported == b for a, b in HAND_OFFS)


def _graph():
    modules = _project_modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, result = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                on_stack.discard(item)
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def test_no_import_circles_between_modules():
    graph = _graph()
    # A package's __init__ re-exporting its own submodules is not a circle.
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not (t.startswith(name + "."))}
    assert [c for c in _cycles(graph) if c not in KNOWN_CIRCLES] == []


def test_core_stands_below_search_and_the_apps():
    """portal.core imports no other part of the project (its demo loader aside)."""
    graph = _graph()
    upward = {
        (name, target)
        for name, targets in graph.items()
        if name.startswith("portal.core") and not name.startswith("portal.core.demo")
        for target in targets
        if not target.startswith("portal.core")
    }
    assert upward == set()


def test_the_checker_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
