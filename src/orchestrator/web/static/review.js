// The weekly review page. No library: the server renders, this script only talks to the
// same core functions through the page's small JSON API and shows what they answer.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var meta = document.getElementById("plan-meta");
  var planId = meta ? meta.dataset.plan : null;
  var timers = {};
  var pending = {};

  function toast(text) {
    var t = document.getElementById("toast");
    t.textContent = text;
    t.className = "show";
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { t.className = ""; }, 2500);
  }

  function api(method, url, body) {
    var options = {method: method, credentials: "same-origin",
                   headers: {"X-CSRF-Token": csrf, "Content-Type": "application/json"}};
    if (body !== undefined) { options.body = JSON.stringify(body); }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          throw new Error((data.error || response.statusText) + (data.hint ? " " + data.hint : ""));
        }
        return data;
      });
    });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function render(card) {
    var d = card.draft;
    var node = document.getElementById("card-" + d.id);
    if (!node) { return; }
    node.dataset.json = JSON.stringify(card);
    node.classList.remove("allow", "refuse");
    node.classList.add(d.verdict.decision);
    node.classList.toggle("skipped", d.status === "skipped");
    var verdict = node.querySelector(".verdict");
    verdict.textContent = "";
    var badge = el("p", "badge " + d.verdict.decision,
                   d.status === "skipped" ? "SKIPPED" : d.verdict.decision.toUpperCase());
    verdict.appendChild(badge);
    if (d.render_error) { verdict.appendChild(el("p", "reason", "Cannot be sent: " + d.render_error)); }
    d.verdict.reasons.forEach(function (r) {
      verdict.appendChild(el("p", "reason", "✗ " + r.code + ": " + r.message));
      if (r.fix && r.message.indexOf(r.fix) < 0) { verdict.appendChild(el("p", "fix", "Fix: " + r.fix)); }
    });
    d.verdict.warnings.forEach(function (w) {
      verdict.appendChild(el("p", "warning", "! " + w.code + ": " + w.message));
    });
    if (d.verdict.decision === "allow" && d.verdict.evidence.length) {
      verdict.appendChild(el("p", "evidence", "✓ specific detail: " + d.verdict.evidence.join(", ")));
    }
    node.querySelector(".subject").textContent = d.subject ? "Subject: " + d.subject : "";
    node.querySelector(".text").textContent = d.text;
    var length = node.querySelector(".length");
    length.textContent = d.length + (d.limit ? " of " + d.limit : "") + " characters";
    length.classList.toggle("over", !!(d.limit && d.length > d.limit));
    var note = node.querySelector("textarea.note");
    if (note && document.activeElement !== note && !pending[d.id]) { note.value = d.personal_note; }
    node.querySelector(".skip").textContent = d.status === "skipped" ? "Keep" : "Skip";
    var open = node.querySelector(".open");
    var allowed = d.verdict.decision === "allow" && d.status !== "skipped";
    if (d.link && allowed) { open.href = d.link; open.hidden = false; } else { open.hidden = true; }
    node.querySelector(".copy").hidden = !allowed;
    node.querySelector(".confirm").hidden = !d.can_confirm;
    node.querySelector(".confirm-edited").hidden = !d.can_confirm;
    node.querySelector(".state").textContent = d.delivery ? "delivery: " + d.delivery : "";
  }

  function renderAll(list) { list.forEach(render); }

  document.querySelectorAll("article.card script.card-data").forEach(function (s) {
    render(JSON.parse(s.textContent));
  });

  function saveNote(id, value) {
    pending[id] = true;
    var node = document.getElementById("card-" + id);
    node.querySelector(".verdict").classList.add("checking");
    return api("POST", "/api/draft/" + encodeURIComponent(id) + "/note", {note: value})
      .then(function (data) { delete pending[id]; renderAll(data.cards); })
      .catch(function (error) { delete pending[id]; toast(error.message); })
      .then(function () { node.querySelector(".verdict").classList.remove("checking"); });
  }

  document.addEventListener("input", function (event) {
    var area = event.target;
    if (!area.classList || !area.classList.contains("note")) { return; }
    var id = area.dataset.draft;
    pending[id] = true;
    clearTimeout(timers[id]);
    timers[id] = setTimeout(function () { saveNote(id, area.value); }, 450);
  });

  function cardOf(node) { return node.closest("article.card"); }
  function data(card) { return card.dataset.json ? JSON.parse(card.dataset.json).draft : {id: card.dataset.draft}; }

  function copy(card) {
    var text = card.querySelector(".text").textContent;
    var done = function () { toast("Copied."); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else { fallbackCopy(text); done(); }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing else to try */ }
    area.remove();
  }

  function toggleSkip(card) {
    var d = data(card);
    var status = d.status === "skipped" ? "draft" : "skipped";
    api("POST", "/api/draft/" + encodeURIComponent(d.id) + "/status", {status: status})
      .then(function (result) { renderAll(result.cards); })
      .catch(function (error) { toast(error.message); });
  }

  function confirmSent(card, edited) {
    var d = data(card);
    var body = {};
    if (edited) {
      var text = window.prompt("Paste the text you really sent:", card.querySelector(".text").textContent);
      if (text === null) { return; }
      body.text = text;
    }
    api("POST", "/api/draft/" + encodeURIComponent(d.id) + "/confirm", body)
      .then(function (result) {
        if (result.draft) { var c = JSON.parse(card.dataset.json || "{}"); if (c.draft) { c.draft = result.draft; render(c); } }
        card.querySelector(".state").textContent = "delivery: " + result.delivery.state;
        card.classList.add("sent");
        toast("Recorded as sent.");
      })
      .catch(function (error) { toast(error.message); });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var card = target.closest && cardOf(target);
    if (!card) { return; }
    if (target.classList.contains("copy")) { copy(card); }
    else if (target.classList.contains("skip")) { toggleSkip(card); }
    else if (target.classList.contains("confirm")) { confirmSent(card, false); }
    else if (target.classList.contains("confirm-edited")) { confirmSent(card, true); }
  });

  // --- keyboard ------------------------------------------------------------------------
  function cards() { return Array.prototype.slice.call(document.querySelectorAll("article.card")); }
  function current() {
    var active = document.activeElement;
    var card = active && active.closest ? active.closest("article.card") : null;
    return card || document.querySelector("article.card.current") || cards()[0];
  }
  function go(step) {
    var list = cards();
    if (!list.length) { return; }
    var index = list.indexOf(current());
    var next = list[Math.max(0, Math.min(list.length - 1, index + step))];
    list.forEach(function (c) { c.classList.remove("current"); });
    next.classList.add("current");
    next.focus();
    next.scrollIntoView({block: "center"});
  }
  document.addEventListener("keydown", function (event) {
    var typing = event.target.tagName === "TEXTAREA" || event.target.tagName === "INPUT";
    if (typing) {
      if (event.key === "Escape") { cardOf(event.target).focus(); event.preventDefault(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var card = current();
    switch (event.key) {
      case "j": go(1); break;
      case "k": go(-1); break;
      case "n": if (card && card.querySelector("textarea")) { card.querySelector("textarea").focus(); event.preventDefault(); } break;
      case "s": if (card && card.querySelector(".skip")) { toggleSkip(card); } break;
      case "c": if (card) { copy(card); } break;
      case "o": if (card) { var o = card.querySelector(".open"); if (o && !o.hidden && o.href) { window.open(o.href, "_blank", "noopener"); } } break;
      case "m": if (card) { var m = card.querySelector(".confirm"); if (m && !m.hidden) { confirmSent(card, false); } } break;
      default: return;
    }
  });

  // --- sending ---------------------------------------------------------------------------
  var sendButton = document.getElementById("send-plan");
  function poll() {
    api("GET", "/api/plan/" + encodeURIComponent(planId) + "/send").then(function (job) {
      var status = document.getElementById("send-status");
      if (job.running) {
        status.textContent = "Sending… " + (job.done || 0) + " of " + (job.total || "?");
        setTimeout(poll, 400);
        return;
      }
      sendButton.disabled = false;
      if (job.error) { status.textContent = "Not sent: " + job.error; return; }
      if (job.summary) {
        var s = job.summary;
        status.textContent = "Done: " + s.sent + " sent, " + s.waiting + " waiting for you, " +
          s.refused_by_policy + " refused, " + s.held_by_quota + " held by quota, " +
          s.failed + " failed, " + s.unknown + " unknown.";
        var box = document.getElementById("send-summary");
        box.textContent = JSON.stringify(s, null, 2);
        box.hidden = false;
        refresh();
      }
    }).catch(function (error) { toast(error.message); sendButton.disabled = false; });
  }
  if (sendButton) {
    sendButton.addEventListener("click", function () {
      sendButton.disabled = true;
      api("POST", "/api/plan/" + encodeURIComponent(planId) + "/send", {})
        .then(poll).catch(function (error) { toast(error.message); sendButton.disabled = false; });
    });
  }

  // Another tab or the CLI may change the plan: show what changed, keep what you type.
  function refresh() {
    if (!planId) { return; }
    api("GET", "/api/plan/" + encodeURIComponent(planId)).then(function (result) {
      result.cards.forEach(function (card) {
        var node = document.getElementById("card-" + card.draft.id);
        if (node && node.dataset.json !== JSON.stringify(card)) { render(card); }
      });
    }).catch(function () { /* the next refresh will try again */ });
  }
  if (planId) {
    setInterval(function () { if (!document.hidden) { refresh(); } }, 5000);
  }
})();
