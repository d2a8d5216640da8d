// Runs inside embed.html, the page a host site frames. Applies the host's accent colour, and
// talks to the host page (static/embed.js) by postMessage, only ever to the host's own origin:
// the app's height (so the frame never scrolls inside), a note when the screen changes, and,
// if the host asked for it with events=result, the level and pillar scores when the owner
// reaches their result (never the answers). From the host it accepts only a language change,
// only from the parent window at that origin.
(function () {
  'use strict';
  var SOURCE = 'siap-mendunia';
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;

  function warn(message) {
    console.warn('Siap Mendunia: ' + message);
  }

  // The accent replaces the brand colour, which carries white text on buttons: it must be a
  // hex colour dark enough for that (WCAG AA, 4.5:1), or the default stays.
  function channels(hex) {
    var digits = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&').slice(1) : hex.slice(1);
    return [0, 2, 4].map(function (i) { return parseInt(digits.slice(i, i + 2), 16); });
  }
  function luminance(rgb) {
    var linear = rgb.map(function (c) {
      c /= 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }
  function mix(rgb, toward, share) {
    return 'rgb(' + rgb.map(function (c) { return Math.round(c + (toward - c) * share); }).join(' ') + ')';
  }
  var accent = params.get('accent');
  if (accent !== null) {
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) {
      warn('accent "' + accent + '" is not a colour like #0b6e4f; the default colour is used.');
    } else if (1.05 / (luminance(channels(accent)) + 0.05) < 4.5) {
      warn('accent "' + accent + '" is too light for white text (contrast below 4.5:1); the default colour is used.');
    } else {
      var rgb = channels(accent);
      root.style.setProperty('--sm-color-brand', accent);
      root.style.setProperty('--sm-color-brand-strong', mix(rgb, 0, 0.25));
      root.style.setProperty('--sm-color-brand-soft', mix(rgb, 255, 0.88));
    }
  }
  var lang = params.get('lang');
  if (lang !== null && lang !== 'id' && lang !== 'en') {
    warn('lang "' + lang + '" is not "id" or "en"; Bahasa Indonesia is used.');
  }

  // The host's origin: the browser's own record where it has one, else what embed.js passed,
  // else the referrer. Messages are addressed to it, so no other page can read them.
  function originOf(url) {
    try { return new URL(url).origin; } catch (error) { return null; }
  }
  var host = (location.ancestorOrigins && location.ancestorOrigins[0]) ||
    originOf(params.get('host')) || originOf(document.referrer);
  if (window.parent === window || !host || host === 'null') return;

  function post(message) {
    message.source = SOURCE;
    window.parent.postMessage(message, host);
  }
  var lastHeight = 0;
  new ResizeObserver(function () {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== lastHeight) post({ type: 'height', height: (lastHeight = height) });
  }).observe(root);
  addEventListener('hashchange', function () { post({ type: 'navigated' }); });
  if (params.get('events') === 'result') {
    addEventListener('siap-mendunia:result', function (event) {
      post({ type: 'result', result: event.detail });
    });
  }
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== window.parent || event.origin !== host) return;
    if (!data || data.source !== SOURCE || data.type !== 'set-language') return;
    var button = (data.lang === 'id' || data.lang === 'en') &&
      document.querySelector('.sm-lang__option[lang="' + data.lang + '"]');
    if (button) button.click();
  });
})();
