// What a host page may do with the embedded check: hear the owner's result (level and pillar
// scores, never the answers) and switch the check's language from its own buttons.
(function () {
  var check = document.querySelector('[data-siap-mendunia]');
  var status = document.getElementById('gov-result');
  check.addEventListener('siap-mendunia:result', function (event) {
    var result = event.detail;
    status.textContent = 'Terima kasih! Hasil cek: ' + result.levelName + ' (skor ' + result.score +
      '). Petugas kami siap mendampingi langkah berikutnya.';
  });
  document.querySelectorAll('[data-set-lang]').forEach(function (button) {
    button.addEventListener('click', function () {
      check.setAttribute('data-lang', button.getAttribute('data-set-lang'));
    });
  });
})();
