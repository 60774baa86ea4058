"""Small SCORM packages built by the tests: a manifest and a one-page SCO.

The SCO finds the runtime API in a parent window as real packages do (``API`` for
SCORM 1.2, ``API_1484_11`` for 2004), initialises, shows where it was left, and on its
"Finish the activity" button reports a score, completion and success, commits and
terminates.
"""

import io
import stat
import zipfile

MANIFEST_12 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="clw-test-12" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org1">
    <organization identifier="org1">
      <title>{title}</title>
      <item identifier="item1" identifierref="res1">
        <title>{title}: the activity</title>
        {mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="{launch}">
      <file href="index.html"/><file href="sco.js"/>
    </resource>
  </resources>
</manifest>
"""

MANIFEST_2004 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="clw-test-2004" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org1">
    <organization identifier="org1">
      <title>{title}</title>
      <item identifier="item1" identifierref="res1">
        <title>{title}: the activity</title>
        {mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" adlcp:scormType="sco" href="{launch}">
      <file href="index.html"/><file href="sco.js"/>
    </resource>
  </resources>
</manifest>
"""

MASTERY_12 = "<adlcp:masteryscore>{score}</adlcp:masteryscore>"
MASTERY_2004 = """<imsss:sequencing><imsss:objectives>
          <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
            <imsss:minNormalizedMeasure>{score}</imsss:minNormalizedMeasure>
          </imsss:primaryObjective>
        </imsss:objectives></imsss:sequencing>"""

INDEX_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test activity</title>
<script src="sco.js"></script></head>
<body><main>
<h1>Test activity</h1>
<p>Connected: <span id="connected">no</span></p>
<p>Entry: <span id="entry"></span></p>
<p>Location: <span id="location"></span></p>
<button type="button" id="finish">Finish the activity</button>
</main></body></html>
"""

SCO_JS = """
(function () {
  var VERSION = "%(version)s", SCORE = "%(score)s";
  function findAPI(win) {
    var name = VERSION === "1.2" ? "API" : "API_1484_11";
    for (var i = 0; win && i < 10; i++) {
      if (win[name]) return win[name];
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  var api = findAPI(window.parent);
  var v12 = VERSION === "1.2";
  function call(a, b, c) { return api[v12 ? a : b].apply(api, c || [""]); }
  window.addEventListener("DOMContentLoaded", function () {
    if (!api) return;
    call("LMSInitialize", "Initialize");
    document.getElementById("connected").textContent = "yes";
    document.getElementById("entry").textContent =
      call("LMSGetValue", "GetValue", [v12 ? "cmi.core.entry" : "cmi.entry"]);
    var locationKey = v12 ? "cmi.core.lesson_location" : "cmi.location";
    document.getElementById("location").textContent =
      call("LMSGetValue", "GetValue", [locationKey]);
    call("LMSSetValue", "SetValue", [locationKey, "page-2"]);
    call("LMSSetValue", "SetValue", ["cmi.suspend_data", "seen=1,2"]);
    if (v12) call("LMSSetValue", "", ["cmi.core.lesson_status", "incomplete"]);
    else call("", "SetValue", ["cmi.completion_status", "incomplete"]);
    call("LMSCommit", "Commit");
    document.getElementById("finish").addEventListener("click", function () {
      if (v12) {
        api.LMSSetValue("cmi.core.score.raw", SCORE);
        api.LMSSetValue("cmi.core.lesson_status", "completed");
        api.LMSSetValue("cmi.core.session_time", "0000:02:30.00");
      } else {
        api.SetValue("cmi.score.scaled", String(SCORE / 100));
        api.SetValue("cmi.score.raw", SCORE);
        api.SetValue("cmi.completion_status", "completed");
        api.SetValue("cmi.success_status", SCORE >= 50 ? "passed" : "failed");
        api.SetValue("cmi.session_time", "PT2M30S");
        api.SetValue("cmi.exit", "normal");
      }
      call("LMSCommit", "Commit");
      call("LMSFinish", "Terminate");
      document.getElementById("finish").textContent = "Finished";
    });
  });
})();
"""


def build_package(
    version="1.2",
    title="Welcome to link working",
    launch="index.html",
    mastery=None,
    score=90,
    manifest=None,
    extra=None,
    omit=(),
):
    """The bytes of a SCORM zip. ``extra`` adds {name: bytes}; ``omit`` leaves files out."""
    template, mastery_template = (
        (MANIFEST_12, MASTERY_12) if version == "1.2" else (MANIFEST_2004, MASTERY_2004)
    )
    if manifest is None:
        manifest = template.format(
            title=title,
            launch=launch,
            mastery=mastery_template.format(score=mastery) if mastery is not None else "",
        )
    files = {
        "imsmanifest.xml": manifest.encode(),
        "index.html": INDEX_HTML.encode(),
        "sco.js": (SCO_JS % {"version": version, "score": score}).encode(),
    }
    files.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            if name not in omit:
                archive.writestr(name, content)
    return buffer.getvalue()


def zip_with(entries):
    """A zip of raw entries: (ZipInfo or name, bytes), for the unsafe packages."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in entries:
            archive.writestr(info, content)
    return buffer.getvalue()


def symlink_entry(name, target):
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def add_scorm_lesson(module, version="1.2", title="", **package_options):
    """Import a freshly built package into the module as a published SCORM lesson."""
    from learning.scorm.services import add_lesson

    data = build_package(version=version, **package_options)
    return add_lesson(module, io.BytesIO(data), filename=f"test-{version}.zip", title=title)
