// Postwright's first script: runs before the WebAssembly app, as a classic script from the
// page's own origin (the Content-Security-Policy allows no inline script but Trunk's loader).
//
// 1. Trusted Types (`require-trusted-types-for 'script'`): every DOM sink that can run script
//    (innerHTML, script URLs, eval) needs a trusted value, and the policy allows exactly two
//    policies, created here:
//    - "postwright-sw": turns the service worker's URL, and nothing else, into a
//      TrustedScriptURL for `navigator.serviceWorker.register`;
//    - "default": called by the browser for plain strings. Leptos writes its static markup
//      through `<template>.innerHTML`; this policy passes that markup and refuses (throws on)
//      any HTML that carries a script element, an embedded document, an inline event handler
//      or a `javascript:` URL. It creates no scripts and no script URLs, so `eval`,
//      `new Function` and `script.src = "..."` stay blocked.
// 2. Registers the service worker (offline support).
// 3. Wires the "Reload" button of the fatal-error panel (no inline `onclick`).
"use strict";

(function () {
  var WORKER_URL = "./sw.js";

  /** True when `html` holds markup that could run script. */
  function isDangerousHtml(html) {
    var text = String(html);
    if (/<\s*\/?\s*(script|iframe|frame|object|embed|base|meta|link)\b/i.test(text)) {
      return true;
    }
    var tags = text.match(/<[^>]*>?/g) || [];
    for (var i = 0; i < tags.length; i++) {
      var tag = decodeEntities(tags[i]);
      // An attribute named on... (onload, onerror, onclick, ...), after a space, quote or slash.
      if (/[\s"'\/]on[a-z0-9_-]*\s*=/i.test(tag)) return true;
      // URL schemes that run code, even spelled with entities, tabs or newlines inside.
      var squeezed = tag.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "").toLowerCase();
      if (/(javascript|vbscript|livescript):/.test(squeezed)) return true;
      if (/data:(text\/html|image\/svg|application\/xhtml|text\/xml|application\/xml)/.test(squeezed)) {
        return true;
      }
      if (/\ssrcdoc\s*=/i.test(tag)) return true;
    }
    return false;
  }

  /** Decodes numeric character references and the named ones used to hide a colon or a tab. */
  function decodeEntities(text) {
    return text
      .replace(/&#x([0-9a-f]+);?/gi, function (_, hex) {
        return safeChar(parseInt(hex, 16));
      })
      .replace(/&#([0-9]+);?/g, function (_, decimal) {
        return safeChar(parseInt(decimal, 10));
      })
      .replace(/&colon;/gi, ":")
      .replace(/&tab;/gi, "\t")
      .replace(/&newline;/gi, "\n");
  }

  function safeChar(code) {
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  }

  var workerUrl = WORKER_URL;
  if (window.trustedTypes && window.trustedTypes.createPolicy) {
    var workerPolicy = window.trustedTypes.createPolicy("postwright-sw", {
      createScriptURL: function (url) {
        if (url !== WORKER_URL) {
          throw new TypeError("Postwright: refused script URL " + JSON.stringify(url));
        }
        return url;
      },
    });
    workerUrl = workerPolicy.createScriptURL(WORKER_URL);
    window.trustedTypes.createPolicy("default", {
      createHTML: function (html) {
        if (isDangerousHtml(html)) {
          throw new TypeError("Postwright: refused HTML that could run script");
        }
        return html;
      },
    });
  }

  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register(workerUrl).catch(function (error) {
        console.warn("Postwright: offline support unavailable:", error);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var reload = document.getElementById("fatal-error-reload");
    if (reload) {
      reload.addEventListener("click", function () {
        location.reload();
      });
    }
  });
})();
