// Siap Mendunia on another website. Paste where the check should appear:
//   <div data-siap-mendunia data-lang="id" data-accent="#0b6e4f"></div>
//   <script src="https://APP-ADDRESS/embed.js" async></script>
// Each such element gets a frame of the app (embed.html) whose height follows its content;
// changing its data-lang later switches the app's language.
// With data-events="result", the element also fires a "siap-mendunia:result" DOM event when
// the owner reaches their result, with the level and pillar scores (never the answers).
// Messages are accepted only from the app's origin and from that element's own frame.
(function () {
  'use strict';
  var SOURCE = 'siap-mendunia';
  var script = document.currentScript;
  var appUrl = new URL('embed.html', script ? script.src : location.href);
  var TITLE = { id: 'Siap Mendunia — cek kesiapan ekspor UMKM', en: 'Siap Mendunia — export readiness check' };

  function embed(placeholder) {
    if (placeholder.querySelector('iframe')) return;
    var pageLang = /^(id|en)\b/.exec(document.documentElement.lang);
    var lang = placeholder.getAttribute('data-lang') || (pageLang ? pageLang[1] : 'id');
    var src = new URL(appUrl);
    src.searchParams.set('lang', lang);
    if (placeholder.hasAttribute('data-accent')) src.searchParams.set('accent', placeholder.getAttribute('data-accent'));
    if (placeholder.getAttribute('data-events') === 'result') src.searchParams.set('events', 'result');
    src.searchParams.set('host', location.origin);
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = TITLE[lang] || TITLE.id;
    frame.setAttribute('allow', 'clipboard-write; web-share');
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0;';
    placeholder.appendChild(frame);

    // The host changes the language by changing data-lang, e.g. from its own language switch.
    new MutationObserver(function () {
      var message = { source: SOURCE, type: 'set-language', lang: placeholder.getAttribute('data-lang') };
      frame.contentWindow.postMessage(message, appUrl.origin);
    }).observe(placeholder, { attributes: true, attributeFilter: ['data-lang'] });

    addEventListener('message', function (event) {
      var data = event.data;
      if (event.origin !== appUrl.origin || event.source !== frame.contentWindow) return;
      if (!data || data.source !== SOURCE) return;
      if (data.type === 'height' && typeof data.height === 'number' && data.height > 0) {
        frame.style.height = Math.ceil(data.height) + 'px';
      } else if (data.type === 'navigated' && frame.getBoundingClientRect().top < 0) {
        frame.scrollIntoView();
      } else if (data.type === 'result' && data.result && typeof data.result === 'object') {
        placeholder.dispatchEvent(new CustomEvent('siap-mendunia:result', { detail: data.result, bubbles: true }));
      }
    });
  }

  function embedAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-siap-mendunia]'), embed);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
  else embedAll();
})();
