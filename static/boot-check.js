// Shows the static "the app could not run" message when the app cannot start: a browser
// without WebAssembly, or an app file that failed to load or compile. Runs before the app's
// loader (both are deferred, in document order), so no failure slips past it.
(function () {
  var started = false;
  function fail() {
    var message = document.getElementById('sm-fatal');
    if (!started && message) message.hidden = false;
  }
  if (typeof WebAssembly !== 'object') return fail();
  addEventListener('TrunkApplicationStarted', function () { started = true; });
  // Capture, because a script or preload that fails to load does not bubble its error.
  addEventListener('error', fail, true);
  addEventListener('unhandledrejection', fail);
})();
