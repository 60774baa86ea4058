/*
 * The SCORM runtime of a SCORM lesson page.
 *
 * Provides window.API (SCORM 1.2) or window.API_1484_11 (SCORM 2004) to the package
 * framed in the page, keeps its CMI data and sends what changed to the lesson's
 * runtime endpoint (JSON, with the CSRF token). Each page load is a session with its
 * own id; each commit carries the next sequence number, so a commit sent twice (a
 * retry) is applied once. Commits are sent one at a time, retried with back-off when
 * the network or the server fails, and the last one is sent with keepalive when the
 * learner leaves the page. The server checks everything again.
 */
(function () {
  "use strict";

  var frame = document.getElementById("scorm-frame");
  var stateScript = document.getElementById("scorm-state");
  if (!frame || !stateScript) return;

  var state = JSON.parse(stateScript.textContent);
  var is12 = state.version === "1.2";
  var runtimeUrl = frame.dataset.runtime;
  var record = state.record && !!runtimeUrl;
  var statusBox = document.getElementById("scorm-status");
  var sessionId = (window.crypto && window.crypto.randomUUID) ? window.crypto.randomUUID() : fallbackUuid();

  function fallbackUuid() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  /* ---- The data model ---------------------------------------------------------- */

  var DECIMAL = /^-?\d{1,10}(\.\d{1,7})?$/;
  var TIME_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
  var DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;

  function text(limit) { return function (v) { return v.length <= limit ? 0 : (is12 ? 405 : 407); }; }
  function choice(list) { return function (v) { return list.indexOf(v) >= 0 ? 0 : (is12 ? 405 : 406); }; }
  function number(low, high, blank) {
    return function (v) {
      if (v === "" && blank !== false) return 0;
      if (!DECIMAL.test(v)) return is12 ? 405 : 406;
      var n = parseFloat(v);
      if ((low !== undefined && n < low) || (high !== undefined && n > high)) return is12 ? 405 : 407;
      return 0;
    };
  }
  function pattern(re) { return function (v) { return re.test(v) ? 0 : (is12 ? 405 : 406); }; }

  var WRITABLE = is12 ? {
    "cmi.core.lesson_location": text(255),
    "cmi.core.lesson_status": choice(["passed", "completed", "failed", "incomplete", "browsed"]),
    "cmi.core.score.raw": number(0, 100),
    "cmi.core.score.min": number(0, 100),
    "cmi.core.score.max": number(0, 100),
    "cmi.core.exit": choice(["", "time-out", "suspend", "logout"]),
    "cmi.core.session_time": pattern(TIME_12),
    "cmi.suspend_data": text(4096),
    "cmi.comments": text(4096),
    "cmi.student_preference.audio": number(-1, 100),
    "cmi.student_preference.language": text(255),
    "cmi.student_preference.speed": number(-100, 100),
    "cmi.student_preference.text": number(-1, 1)
  } : {
    "cmi.location": text(1000),
    "cmi.completion_status": choice(["completed", "incomplete", "not attempted", "unknown"]),
    "cmi.success_status": choice(["passed", "failed", "unknown"]),
    "cmi.score.scaled": number(-1, 1, false),
    "cmi.score.raw": number(undefined, undefined, false),
    "cmi.score.min": number(undefined, undefined, false),
    "cmi.score.max": number(undefined, undefined, false),
    "cmi.progress_measure": number(0, 1, false),
    "cmi.exit": choice(["", "time-out", "suspend", "logout", "normal"]),
    "cmi.session_time": pattern(DURATION),
    "cmi.suspend_data": text(64000),
    "cmi.learner_preference.audio_level": number(0, undefined, false),
    "cmi.learner_preference.language": text(250),
    "cmi.learner_preference.delivery_speed": number(0, undefined, false),
    "cmi.learner_preference.audio_captioning": choice(["-1", "0", "1"]),
    "adl.nav.request": text(4000)
  };
  var WRITE_ONLY = is12 ? ["cmi.core.exit", "cmi.core.session_time"] : ["cmi.exit", "cmi.session_time"];

  var READ_ONLY = is12 ? {
    "cmi._version": "3.4",
    "cmi.core._children": "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time",
    "cmi.core.score._children": "raw,min,max",
    "cmi.core.student_id": state.learnerId,
    "cmi.core.student_name": state.learnerName,
    "cmi.core.credit": "credit",
    "cmi.core.entry": state.entry,
    "cmi.core.total_time": state.totalTime,
    "cmi.core.lesson_mode": "normal",
    "cmi.launch_data": state.launchData,
    "cmi.comments_from_lms": "",
    "cmi.student_data._children": "mastery_score,max_time_allowed,time_limit_action",
    "cmi.student_data.mastery_score": state.masteryScore,
    "cmi.student_data.max_time_allowed": "",
    "cmi.student_data.time_limit_action": "continue,no message",
    "cmi.student_preference._children": "audio,language,speed,text",
    "cmi.objectives._children": "id,score,status",
    "cmi.interactions._children": "id,objectives,time,type,correct_responses,weighting,student_response,result,latency"
  } : {
    "cmi._version": "1.0",
    "cmi.learner_id": state.learnerId,
    "cmi.learner_name": state.learnerName,
    "cmi.credit": "credit",
    "cmi.entry": state.entry,
    "cmi.mode": "normal",
    "cmi.total_time": state.totalTime,
    "cmi.launch_data": state.launchData,
    "cmi.time_limit_action": "continue,no message",
    "cmi.score._children": "scaled,raw,min,max",
    "cmi.learner_preference._children": "audio_level,language,delivery_speed,audio_captioning",
    "cmi.objectives._children": "id,score,success_status,completion_status,progress_measure,description",
    "cmi.interactions._children": "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description",
    "cmi.comments_from_learner._children": "comment,location,timestamp",
    "cmi.comments_from_lms._count": "0"
  };
  if (!is12) {
    if (state.scaledPassingScore !== "") READ_ONLY["cmi.scaled_passing_score"] = state.scaledPassingScore;
    if (state.completionThreshold !== "") READ_ONLY["cmi.completion_threshold"] = state.completionThreshold;
  }
  var DEFAULTS = is12 ? {
    "cmi.core.lesson_location": "",
    "cmi.core.lesson_status": "not attempted",
    "cmi.core.score.raw": "",
    "cmi.core.score.min": "",
    "cmi.core.score.max": "",
    "cmi.suspend_data": "",
    "cmi.comments": "",
    "cmi.student_preference.audio": "0",
    "cmi.student_preference.language": "",
    "cmi.student_preference.speed": "0",
    "cmi.student_preference.text": "0"
  } : {
    "cmi.completion_status": "unknown",
    "cmi.success_status": "unknown",
    "cmi.learner_preference.audio_level": "1",
    "cmi.learner_preference.language": "",
    "cmi.learner_preference.delivery_speed": "1",
    "cmi.learner_preference.audio_captioning": "0"
  };
  var COLLECTION = is12
    ? /^cmi\.(objectives|interactions)\.(\d+)\.([a-z_.0-9]+)$/
    : /^cmi\.(objectives|interactions|comments_from_learner)\.(\d+)\.([a-z_.0-9]+)$/;
  var COUNT = /^cmi\.(objectives|interactions|comments_from_learner)\._count$/;

  var data = {};
  Object.keys(state.data || {}).forEach(function (key) { data[key] = String(state.data[key]); });

  function count(name) {
    var prefix = "cmi." + name + ".";
    var highest = -1;
    Object.keys(data).forEach(function (key) {
      if (key.indexOf(prefix) === 0) {
        var index = parseInt(key.slice(prefix.length), 10);
        if (!isNaN(index) && index > highest) highest = index;
      }
    });
    return highest + 1;
  }

  /* ---- Sending commits --------------------------------------------------------- */

  var pending = {};
  var seq = 0;
  var inFlight = null;
  var retryDelay = 1000;
  var finishing = false;
  var finishSent = false;

  function say(message) { if (statusBox) statusBox.textContent = message; }

  function showResult(body) {
    var bar = document.getElementById("module-progress");
    var label = document.getElementById("module-progress-label");
    if (bar && typeof body.progress === "number") {
      bar.value = body.progress;
      bar.textContent = body.progress + "%";
      if (label) label.textContent = label.textContent.replace(/\d+\s*%/, body.progress + "%");
    }
    var done = document.getElementById("scorm-done");
    if (body.lessonComplete && done && done.hidden) {
      done.hidden = false;
      say(frame.dataset.completed);
    }
  }

  function send(keepalive) {
    if (!record || inFlight) return;
    var needFinish = finishing && !finishSent;
    if (!Object.keys(pending).length && !needFinish) return;
    var values = pending;
    pending = {};
    seq += 1;
    if (needFinish) finishSent = true;
    inFlight = { seq: seq, values: values, finish: needFinish };
    post(inFlight, keepalive);
  }

  function post(commit, keepalive) {
    fetch(runtimeUrl, {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,
      headers: { "Content-Type": "application/json", "X-CSRFToken": frame.dataset.csrf },
      body: JSON.stringify({
        attempt: state.attempt, session: sessionId, seq: commit.seq,
        values: commit.values, finish: commit.finish
      })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok) {
          if (body.attempt) state.attempt = body.attempt;  // made by the first commit
          inFlight = null;
          retryDelay = 1000;
          showResult(body);
          send(false);
        } else if (response.status >= 500 || response.status === 429) {
          retry(commit);
        } else {
          inFlight = null;
          say(frame.dataset.refused + " " + (body.error || response.status));
        }
      });
    }).catch(function () { retry(commit); });
  }

  function retry(commit) {
    say(frame.dataset.failed);
    window.setTimeout(function () { post(commit, false); }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  window.addEventListener("pagehide", function () {
    if (!record) return;
    if (!inFlight) { send(true); return; }
    // One commit with everything not yet confirmed, under a new number: whichever of
    // the two arrives last, the server ends up with all of it.
    var values = Object.assign({}, inFlight.values, pending);
    pending = {};
    seq += 1;
    var needFinish = inFlight.finish || (finishing && !finishSent);
    if (needFinish) finishSent = true;
    inFlight = { seq: seq, values: values, finish: needFinish };
    post(inFlight, true);
  });

  /* ---- The API ----------------------------------------------------------------- */

  var NOT_INITIALIZED = 0, RUNNING = 1, TERMINATED = 2;
  var phase = NOT_INITIALIZED;
  var lastError = 0;

  var MESSAGES = is12 ? {
    0: "No error", 101: "General exception", 201: "Invalid argument error",
    202: "Element cannot have children", 203: "Element not an array - cannot have count",
    301: "Not initialized", 401: "Not implemented error", 402: "Invalid set value, element is a keyword",
    403: "Element is read only", 404: "Element is write only", 405: "Incorrect data type"
  } : {
    0: "No error", 101: "General exception", 102: "General initialization failure",
    103: "Already initialized", 104: "Content instance terminated", 111: "General termination failure",
    112: "Termination before initialization", 113: "Termination after termination",
    122: "Retrieve data before initialization", 123: "Retrieve data after termination",
    132: "Store data before initialization", 133: "Store data after termination",
    142: "Commit before initialization", 143: "Commit after termination",
    201: "General argument error", 301: "General get failure", 351: "General set failure",
    391: "General commit failure", 401: "Undefined data model element",
    402: "Unimplemented data model element", 403: "Data model element value not initialized",
    404: "Data model element is read only", 405: "Data model element is write only",
    406: "Data model element type mismatch", 407: "Data model element value out of range",
    408: "Data model dependency not established"
  };

  function fail(code, result) { lastError = code; return result; }

  function initialize(arg) {
    if (arg !== "" && arg !== undefined && arg !== null) return fail(is12 ? 201 : 201, "false");
    if (phase === RUNNING) return fail(is12 ? 101 : 103, "false");
    if (phase === TERMINATED) return fail(is12 ? 101 : 104, "false");
    phase = RUNNING;
    return fail(0, "true");
  }

  function terminate(arg) {
    if (arg !== "" && arg !== undefined && arg !== null) return fail(201, "false");
    if (phase === NOT_INITIALIZED) return fail(is12 ? 301 : 112, "false");
    if (phase === TERMINATED) return fail(is12 ? 101 : 113, "false");
    phase = TERMINATED;
    finishing = true;
    send(true);
    return fail(0, "true");
  }

  function getValue(element) {
    element = String(element === undefined || element === null ? "" : element);
    if (phase === NOT_INITIALIZED) return fail(is12 ? 301 : 122, "");
    if (phase === TERMINATED) return fail(is12 ? 101 : 123, "");
    if (element === "") return fail(is12 ? 201 : 301, "");
    if (Object.prototype.hasOwnProperty.call(READ_ONLY, element)) return fail(0, READ_ONLY[element]);
    if (WRITE_ONLY.indexOf(element) >= 0) return fail(is12 ? 404 : 405, "");
    var counted = COUNT.exec(element);
    if (counted && COLLECTION.test("cmi." + counted[1] + ".0.id")) return fail(0, String(count(counted[1])));
    if (Object.prototype.hasOwnProperty.call(WRITABLE, element)) {
      if (Object.prototype.hasOwnProperty.call(data, element)) return fail(0, data[element]);
      if (Object.prototype.hasOwnProperty.call(DEFAULTS, element)) return fail(0, DEFAULTS[element]);
      return fail(is12 ? 0 : 403, "");
    }
    if (COLLECTION.test(element)) {
      if (Object.prototype.hasOwnProperty.call(data, element)) return fail(0, data[element]);
      return fail(is12 ? 0 : 403, "");
    }
    if (/\._children$/.test(element)) return fail(is12 ? 202 : 301, "");
    if (/\._count$/.test(element)) return fail(is12 ? 203 : 301, "");
    return fail(is12 ? 201 : 401, "");
  }

  function setValue(element, value) {
    element = String(element === undefined || element === null ? "" : element);
    value = String(value === undefined || value === null ? "" : value);
    if (phase === NOT_INITIALIZED) return fail(is12 ? 301 : 132, "false");
    if (phase === TERMINATED) return fail(is12 ? 101 : 133, "false");
    if (element === "") return fail(is12 ? 201 : 351, "false");
    if (Object.prototype.hasOwnProperty.call(READ_ONLY, element) || COUNT.test(element)) {
      return fail(is12 ? (/\._(children|count)$/.test(element) ? 402 : 403) : 404, "false");
    }
    var code;
    if (Object.prototype.hasOwnProperty.call(WRITABLE, element)) {
      code = WRITABLE[element](value);
    } else {
      var match = COLLECTION.exec(element);
      if (!match) return fail(is12 ? 201 : 401, "false");
      var index = parseInt(match[2], 10);
      if (index > count(match[1]) || index > 999) return fail(is12 ? 201 : 351, "false");
      code = value.length <= 4000 ? 0 : (is12 ? 405 : 407);
    }
    if (code) return fail(code, "false");
    data[element] = value;
    pending[element] = value;
    return fail(0, "true");
  }

  function commit(arg) {
    if (arg !== "" && arg !== undefined && arg !== null) return fail(201, "false");
    if (phase === NOT_INITIALIZED) return fail(is12 ? 301 : 142, "false");
    if (phase === TERMINATED) return fail(is12 ? 101 : 143, "false");
    send(false);
    return fail(0, "true");
  }

  function errorString(code) { return MESSAGES[parseInt(code, 10)] || ""; }
  function diagnostic(code) {
    return errorString(code === "" || code === undefined || code === null ? lastError : code);
  }
  function lastErrorCode() { return String(lastError); }

  if (is12) {
    window.API = {
      LMSInitialize: initialize, LMSFinish: terminate, LMSGetValue: getValue,
      LMSSetValue: setValue, LMSCommit: commit, LMSGetLastError: lastErrorCode,
      LMSGetErrorString: errorString, LMSGetDiagnostic: diagnostic
    };
  } else {
    window.API_1484_11 = {
      Initialize: initialize, Terminate: terminate, GetValue: getValue, SetValue: setValue,
      Commit: commit, GetLastError: lastErrorCode, GetErrorString: errorString,
      GetDiagnostic: diagnostic, version: "1.0"
    };
  }

  // Only now that the API is in place does the package start.
  frame.src = frame.dataset.src;
})();
