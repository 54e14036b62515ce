// ClaimGraph pages: the one script, loaded from this server (no inline script is allowed).
// A text file chosen in the check form is read into the article's text box.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[type=file][data-into]').forEach(function (input) {
    input.addEventListener('change', function () {
      var target = document.getElementById(input.getAttribute('data-into'));
      var file = input.files && input.files[0];
      if (!target || !file) return;
      var reader = new FileReader();
      reader.onload = function () { target.value = String(reader.result); };
      reader.readAsText(file, 'utf-8');
    });
  });
});
